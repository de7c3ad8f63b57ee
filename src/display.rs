//! How amounts read on the page: currency symbol, grouping, and a named rounding rule.
//! Pure, so the exact strings are tested natively.

use rust_decimal::{Decimal, RoundingStrategy};

use crate::i18n::Texts;
use crate::numerals::decimal_text;
use crate::pricing::{self, Schedule};

/// Digits shown for an average cost per message: four, since add-on prices go down to 0.011.
const PER_MESSAGE_DECIMALS: u32 = 4;

/// A schedule's period in short: "2026-11-01 起", "2023-09-01 至 2026-10-31".
pub fn period(t: &Texts, schedule: &Schedule) -> String {
    match &schedule.effective_to {
        Some(to) => t.period_span.fill(&[&schedule.effective_from, to]),
        None => t.period_since.fill(&[&schedule.effective_from]),
    }
}

/// A schedule's period as a phrase: "自 2026-11-01 起適用", "適用期間 2023-09-01 至 2026-10-31".
pub fn period_in_force(t: &Texts, schedule: &Schedule) -> String {
    match &schedule.effective_to {
        Some(to) => t
            .schedule_period_retired
            .fill(&[&schedule.effective_from, to]),
        None => t.schedule_period_current.fill(&[&schedule.effective_from]),
    }
}

/// An amount in the schedule's currency, e.g. "NT$1,200" or "NT$1,200.20".
pub fn money(schedule: &Schedule, amount: Decimal) -> String {
    with_symbol(
        schedule,
        &pricing::format_amount(amount, schedule.currency.decimals),
    )
}

/// An amount to type into LINE's purchase-cap dialog (變更上限), with its marker: tax excluded
/// whatever the tax view, as LINE lists its prices (whether the dialog shows tax, no source says),
/// and marked as an upper estimate where it rests on an unconfirmed price. The one way every card
/// gives the dialog's amount, so two cards never give two amounts for the same dialog.
pub fn dialog_amount(t: &Texts, schedule: &Schedule, amount: Decimal, estimate: bool) -> String {
    let mut marker = t.dialog_amount_tax.to_owned();
    if estimate {
        marker.push_str(t.marker_separator);
        marker.push_str(t.upper_bound_marker);
    }
    t.with_marker.fill(&[&money(schedule, amount), &marker])
}

/// A unit price exactly as the schedule lists it ("NT$0.2", "NT$0.011"): never rounded.
pub fn unit_price(schedule: &Schedule, price: Decimal) -> String {
    with_symbol(schedule, &decimal_text(price.normalize()))
}

/// An average cost per message, rounded half away from zero to four decimals.
pub fn per_message(schedule: &Schedule, average: Decimal) -> String {
    let rounded = average
        .round_dp_with_strategy(PER_MESSAGE_DECIMALS, RoundingStrategy::MidpointAwayFromZero);
    with_symbol(schedule, &decimal_text(rounded.normalize()))
}

/// A tax rate as a percentage without trailing zeros: 0.05 -> "5".
pub fn percent(rate: Decimal) -> String {
    decimal_text((rate * Decimal::ONE_HUNDRED).normalize())
}

/// Names in a row, `separator` between them ("輕用量、中用量"): a loop rather than `join`, whose
/// generic copy costs the bundle more than this.
pub fn list(items: &[&str], separator: &str) -> String {
    let mut text = String::new();
    for (index, item) in items.iter().enumerate() {
        if index > 0 {
            text.push_str(separator);
        }
        text.push_str(item);
    }
    text
}

/// "NT$" + the number (concatenation rather than `format!`: this runs for every cell).
fn with_symbol(schedule: &Schedule, number: &str) -> String {
    let mut text = schedule.currency.symbol.to_string();
    text.push_str(number);
    text
}

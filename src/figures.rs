//! Every amount the tables show, computed and rounded once, here (pure, tested natively): the plan
//! table's rows and the tier breakdown's lines, in the reader's tax view.
//!
//! Rows add up to their total as displayed. Each amount is exact until shown, and a tax-included
//! view multiplies each part separately, so rounding the parts one by one could leave a row a cent
//! off its own total. [`allocate`] rounds the total once (half away from zero, as everywhere) and
//! hands the parts the cents by largest remainder, so the printed parts always sum to the printed
//! total, and that total is the one the summary and the fields show.

use rust_decimal::{Decimal, RoundingStrategy};

use crate::display;
use crate::i18n::Texts;
use crate::pricing::{
    format_count, AddonQuote, Feasibility, InfeasibleReason, PlanBill, PlanComparison, Schedule,
    TaxView,
};

/// Rounds `parts` to `decimals` places so that they sum exactly to their rounded total, which is
/// returned too. Parts must not be negative (amounts never are); a part is never moved by more than
/// one unit of the last place.
///
/// ```
/// use line_oa_calc::figures::allocate;
/// use rust_decimal::Decimal;
/// let d = |s| Decimal::from_str_exact(s).unwrap();
/// // 1,470 + 1,260.105 (tax included) = 2,730.105: rounded alone, 1,260.11 would make 2,730.11.
/// let (parts, total) = allocate(&[d("1470"), d("1260.105")], 2);
/// assert_eq!(total, d("2730.11"));
/// assert_eq!(parts, [d("1470"), d("1260.11")]);
/// let (parts, total) = allocate(&[d("0.005"), d("0.005")], 2);
/// assert_eq!((parts[0] + parts[1], total), (d("0.01"), d("0.01")));
/// ```
pub fn allocate(parts: &[Decimal], decimals: u32) -> (Vec<Decimal>, Decimal) {
    let exact: Decimal = parts.iter().copied().sum();
    let total = exact.round_dp_with_strategy(decimals, RoundingStrategy::MidpointAwayFromZero);
    let mut shown: Vec<Decimal> = parts
        .iter()
        .map(|part| part.round_dp_with_strategy(decimals, RoundingStrategy::ToZero))
        .collect();
    let unit = Decimal::new(1, decimals);
    // The cents still to hand out go to the parts that lost most to truncation (earlier first on ties).
    let mut order: Vec<usize> = (0..parts.len()).collect();
    order.sort_by(|&a, &b| (parts[b] - shown[b]).cmp(&(parts[a] - shown[a])));
    // Truncation lost less than a unit per part, so one pass hands out every unit left.
    let mut left = total - shown.iter().copied().sum::<Decimal>();
    for index in order {
        if left < unit {
            break;
        }
        shown[index] += unit;
        left -= unit;
    }
    (shown, total)
}

/// One amount as shown, and whether it rests on an unconfirmed price.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Shown {
    pub text: String,
    pub estimate: bool,
}

/// A plan table row: every cell's text, in column order after the plan name.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PlanRow {
    pub plan_id: String,
    pub name: String,
    pub recommended: bool,
    pub feasible: bool,
    /// Monthly fee, included messages, add-on allowed; then, for a feasible plan, add-on messages, add-on
    /// cost, total, average per message, status (for an infeasible one: not applicable, and why).
    pub cells: [Shown; 8],
    /// The amounts the row adds up, as shown: fee + add-on cost = total (feasible plans only).
    pub sum: Option<(Decimal, Decimal, Decimal)>,
}

/// The plan table's rows for `comparison`, in `view`.
pub fn plan_rows(
    t: &Texts,
    schedule: &Schedule,
    comparison: &PlanComparison,
    view: TaxView,
    lang: &str,
) -> Vec<PlanRow> {
    comparison
        .bills
        .iter()
        .enumerate()
        .map(|(index, bill)| {
            plan_row(
                t,
                schedule,
                bill,
                comparison.recommended == Some(index),
                view,
                lang,
            )
        })
        .collect()
}

fn plan_row(
    t: &Texts,
    schedule: &Schedule,
    bill: &PlanBill,
    recommended: bool,
    view: TaxView,
    lang: &str,
) -> PlanRow {
    let plan = schedule.plan(&bill.plan_id);
    let decimals = schedule.currency.decimals;
    let taxed = |amount: Decimal| schedule.tax.apply(amount, view).ok();
    let plain = |text: String| Shown {
        text,
        estimate: false,
    };
    let na = || plain(t.not_applicable.to_owned());
    let estimate = !bill.confirmed();
    let addon_exact = bill
        .addon
        .as_ref()
        .map_or(Decimal::ZERO, |quote| quote.amount);
    // Fee and add-on cost, each in the tax view, rounded together so they add up to the total.
    let parts = taxed(bill.monthly_fee).zip(taxed(addon_exact));
    let (fee, addon, total) = match parts {
        Some((fee, addon)) => {
            let (shown, total) = allocate(&[fee, addon], decimals);
            (Some(shown[0]), Some(shown[1]), Some(total))
        }
        None => (None, None, None),
    };
    let money = |amount: Option<Decimal>| amount.map(|a| display::money(schedule, a));
    let fee_cell = money(fee).map_or_else(na, plain);
    let included = plain(format_count(bill.included_messages));
    let allowed = plain(
        if plan.is_some_and(|plan| plan.addon.is_some()) {
            t.yes
        } else {
            t.no
        }
        .to_owned(),
    );
    let (rest, sum) = match &bill.feasibility {
        Feasibility::Feasible => {
            let addon_cell = match &bill.addon {
                Some(quote) => money(addon).map_or_else(na, |text| Shown {
                    text,
                    estimate: estimate && quote.messages > 0,
                }),
                None => na(),
            };
            let per_message = bill
                .cost_per_message(&schedule.tax, view)
                .map(|average| display::per_message(schedule, average));
            let cells = [
                plain(format_count(bill.addon_messages)),
                addon_cell,
                money(total).map_or_else(na, |text| Shown { text, estimate }),
                per_message.map_or_else(na, plain),
                plain(t.feasible.to_owned()),
            ];
            (
                cells,
                fee.zip(addon).zip(total).map(|((f, a), s)| (f, a, s)),
            )
        }
        Feasibility::Infeasible(reason) => {
            let why = match reason {
                InfeasibleReason::AddonNotAvailable { included } => {
                    t.infeasible_no_addon.fill(&[&format_count(*included)])
                }
                InfeasibleReason::AboveAddonMaximum { max_total } => {
                    t.infeasible_above_max.fill(&[&format_count(*max_total)])
                }
            };
            ([na(), na(), na(), na(), plain(why)], None)
        }
    };
    let [a, b, c, d, e] = rest;
    PlanRow {
        plan_id: bill.plan_id.to_string(),
        name: plan
            .map_or(&*bill.plan_id, |plan| plan.name.text(lang))
            .to_owned(),
        recommended,
        feasible: bill.is_feasible(),
        cells: [fee_cell, included, allowed, a, b, c, d, e],
        sum,
    }
}

/// One line of the tier breakdown.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TierRow {
    pub first: u64,
    pub last: Option<u64>,
    pub messages: String,
    /// As LINE lists it: tax excluded, never rounded.
    pub unit_price: String,
    pub subtotal: String,
    pub confirmed: bool,
}

/// The tier breakdown: its lines and their total, which they add up to as shown.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TierTable {
    pub rows: Vec<TierRow>,
    pub messages: String,
    pub total: String,
    /// The subtotals and total as shown, for checking that they add up.
    pub sum: Option<(Vec<Decimal>, Decimal)>,
}

/// The tier breakdown of `quote` in `view` (subtotals and total carry the tax; unit prices do not).
pub fn tier_table(t: &Texts, schedule: &Schedule, quote: &AddonQuote, view: TaxView) -> TierTable {
    let taxed: Option<Vec<Decimal>> = quote
        .lines
        .iter()
        .map(|line| schedule.tax.apply(line.subtotal, view).ok())
        .collect();
    let sum = taxed.map(|parts| allocate(&parts, schedule.currency.decimals));
    let shown = |index: Option<usize>| {
        match (&sum, index) {
            (Some((parts, _)), Some(i)) => parts.get(i).map(|a| display::money(schedule, *a)),
            (Some((_, total)), None) => Some(display::money(schedule, *total)),
            (None, _) => None,
        }
        .unwrap_or_else(|| t.not_applicable.to_owned())
    };
    let rows = quote
        .lines
        .iter()
        .enumerate()
        .map(|(index, line)| TierRow {
            first: line.first,
            last: line.last,
            messages: format_count(line.messages),
            unit_price: display::unit_price(schedule, line.unit_price),
            subtotal: shown(Some(index)),
            confirmed: line.confirmed,
        })
        .collect();
    TierTable {
        rows,
        messages: format_count(quote.messages),
        total: shown(None),
        sum,
    }
}

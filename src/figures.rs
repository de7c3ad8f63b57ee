//! The amounts the tables show, rounded once, here (pure, tested natively), so that every row adds
//! up to its total as displayed: a plan's fee + add-on cost = its monthly total, and the tier
//! breakdown's subtotals = its total.
//!
//! Each amount is exact until shown, and a tax-included view multiplies each part separately, so
//! rounding the parts one by one could leave a row a cent off its own total. Here a row's parts are
//! the steps between its rounded running sums (half away from zero, as everywhere): they add up to
//! the rounded total by construction, each stays within one unit of its exact value, and that total
//! is the one the summary and the fields show.

use rust_decimal::Decimal;

use crate::pricing::{self, AddonQuote, PlanBill, Schedule, TaxView};

/// A plan's bill as its table row shows it, in one tax view: `fee + addon == total`, each rounded to
/// the currency's decimals.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct BillFigures {
    pub fee: Decimal,
    pub addon: Decimal,
    pub total: Decimal,
}

/// The row figures of `bill` in `view` (None only beyond the supported range).
///
/// ```
/// use line_oa_calc::figures::bill_figures;
/// use line_oa_calc::pricing::{monthly_bill, schedule_by_id, TaxView};
/// let tw = schedule_by_id("tw-2026-11").unwrap();
/// let bill = monthly_bill(tw.plan("high").unwrap(), 6_001).unwrap();
/// let row = bill_figures(tw, &bill, TaxView::Included).unwrap();
/// let d = |s| rust_decimal::Decimal::from_str_exact(s).unwrap();
/// assert_eq!((row.fee, row.addon, row.total), (d("1470"), d("0.21"), d("1470.21")));
/// ```
pub fn bill_figures(schedule: &Schedule, bill: &PlanBill, view: TaxView) -> Option<BillFigures> {
    let shown = |amount| Some(rounded(schedule, schedule.tax.apply(amount, view).ok()?));
    // The bill's exact total is fee + add-on cost, so the add-on's share is the step from the fee.
    let fee = shown(bill.monthly_fee)?;
    let total = shown(bill.total)?;
    Some(BillFigures {
        fee,
        addon: pricing::difference(total, fee).ok()?,
        total,
    })
}

/// The tier breakdown's subtotals and total in `view`, the subtotals adding up to the total (None only
/// beyond the supported range). Unit prices are shown as listed.
///
/// ```
/// use line_oa_calc::figures::tier_figures;
/// use line_oa_calc::pricing::{addon_cost, schedule_by_id, TaxView};
/// let tw = schedule_by_id("tw-2026-11").unwrap();
/// let quote = addon_cost(tw.addon_dialog().unwrap().1, 94_000).unwrap();
/// let (subtotals, total) = tier_figures(tw, &quote, TaxView::Included).unwrap();
/// assert_eq!(subtotals.iter().sum::<rust_decimal::Decimal>(), total);
/// assert_eq!(total, rust_decimal::Decimal::from(17_430));
/// ```
pub fn tier_figures(
    schedule: &Schedule,
    quote: &AddonQuote,
    view: TaxView,
) -> Option<(Vec<Decimal>, Decimal)> {
    let mut exact = Decimal::ZERO;
    let mut shown_so_far = Decimal::ZERO;
    let mut subtotals = Vec::with_capacity(quote.lines.len());
    for line in &quote.lines {
        exact = pricing::add(exact, line.subtotal).ok()?;
        let running = rounded(schedule, schedule.tax.apply(exact, view).ok()?);
        subtotals.push(pricing::difference(running, shown_so_far).ok()?);
        shown_so_far = running;
    }
    Some((subtotals, shown_so_far))
}

/// An amount rounded as it is shown: to the currency's decimals, half away from zero.
fn rounded(schedule: &Schedule, amount: Decimal) -> Decimal {
    pricing::round_for_display(amount, schedule.currency.decimals)
}

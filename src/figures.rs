//! Every amount the tables show, computed and rounded once, here (pure, tested natively): the plan
//! table's rows and the tier breakdown's lines, in the reader's tax view. The views only print them.
//!
//! Rows add up to their total as displayed. Each amount is exact until shown, and a tax-included
//! view multiplies each part separately, so rounding the parts one by one could leave a row a cent
//! off its own total. [`allocate`] rounds the total once (half away from zero, as everywhere) and
//! hands the parts the cents by largest remainder, so the printed parts always sum to the printed
//! total, and that total is the one the summary and the fields show.

use rust_decimal::{Decimal, RoundingStrategy};

use crate::pricing::{AddonQuote, PlanBill, Schedule, TaxView};

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
    // The units still to hand out go to the parts that lost most to truncation (earlier first on
    // ties). Truncation lost less than a unit per part, so each part gets at most one. A handful of
    // parts: picking the largest each time beats carrying a sort into the bundle.
    let mut left = total - shown.iter().copied().sum::<Decimal>();
    let mut given = vec![false; parts.len()];
    while left >= unit {
        let mut pick: Option<usize> = None;
        for index in (0..parts.len()).filter(|&i| !given[i]) {
            let lost = parts[index] - shown[index];
            if pick.is_none_or(|p| lost > parts[p] - shown[p]) {
                pick = Some(index);
            }
        }
        let Some(index) = pick else { break };
        given[index] = true;
        shown[index] += unit;
        left -= unit;
    }
    (shown, total)
}

/// A plan's bill as its table row shows it, in one tax view: fee + add-on cost = total, each rounded.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct BillFigures {
    pub fee: Decimal,
    pub addon: Decimal,
    pub total: Decimal,
}

/// The row figures of `bill` in `view` (None only for an amount beyond the supported range).
///
/// ```
/// use line_oa_calc::figures::bill_figures;
/// use line_oa_calc::pricing::{monthly_bill, schedule_by_id, TaxView};
/// let tw = schedule_by_id("tw-2026-11").unwrap();
/// let bill = monthly_bill(tw.plan("high").unwrap(), 6_001).unwrap();
/// let row = bill_figures(tw, &bill, TaxView::Included).unwrap();
/// assert_eq!(row.fee + row.addon, row.total);
/// assert_eq!(row.total.to_string(), "1470.21");
/// ```
pub fn bill_figures(schedule: &Schedule, bill: &PlanBill, view: TaxView) -> Option<BillFigures> {
    let addon = bill
        .addon
        .as_ref()
        .map_or(Decimal::ZERO, |quote| quote.amount);
    let fee = schedule.tax.apply(bill.monthly_fee, view).ok()?;
    let addon = schedule.tax.apply(addon, view).ok()?;
    let (parts, total) = allocate(&[fee, addon], schedule.currency.decimals);
    Some(BillFigures {
        fee: parts[0],
        addon: parts[1],
        total,
    })
}

/// The tier breakdown's subtotals and total in `view`, each rounded, the subtotals adding up to the total
/// (None only for an amount beyond the supported range). Unit prices are shown as listed, tax excluded.
pub fn tier_figures(
    schedule: &Schedule,
    quote: &AddonQuote,
    view: TaxView,
) -> Option<(Vec<Decimal>, Decimal)> {
    let parts: Option<Vec<Decimal>> = quote
        .lines
        .iter()
        .map(|line| schedule.tax.apply(line.subtotal, view).ok())
        .collect();
    Some(allocate(&parts?, schedule.currency.decimals))
}

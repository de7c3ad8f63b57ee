//! The tables' figures: every row adds up to its total as displayed, in both tax views, and the
//! totals are the ones shown everywhere else.
#![cfg(not(target_arch = "wasm32"))]

use line_oa_calc::figures::{bill_figures, tier_figures};
use line_oa_calc::pricing::{
    addon_cost, compare_plans, monthly_bill, schedule_by_id, shipped_schedules, TaxView,
};
use proptest::prelude::*;
use rust_decimal::{Decimal, RoundingStrategy};

fn dec(text: &str) -> Decimal {
    Decimal::from_str_exact(text).expect("a decimal")
}

fn round(amount: Decimal, decimals: u32) -> Decimal {
    amount.round_dp_with_strategy(decimals, RoundingStrategy::MidpointAwayFromZero)
}

#[test]
fn a_tax_included_row_adds_up_to_its_total() {
    let tw = schedule_by_id("tw-2026-11").unwrap();
    let bill = monthly_bill(tw.plan("high").unwrap(), 6_001).unwrap();
    let row = bill_figures(tw, &bill, TaxView::Included).unwrap();
    assert_eq!(
        (row.fee, row.addon, row.total),
        (dec("1470"), dec("0.21"), dec("1470.21"))
    );
    // 高用量 at 6,011 with tax: the add-on's own 2.1105 would round to 2.11, but the row's total is
    // 1,472.1105 → 1,472.11, so the add-on shows 2.11 and fee + add-on = total as shown.
    let bill = monthly_bill(tw.plan("high").unwrap(), 6_011).unwrap();
    let row = bill_figures(tw, &bill, TaxView::Included).unwrap();
    assert_eq!(row.fee + row.addon, row.total);
}

#[test]
fn the_tier_breakdown_carries_tax_on_its_subtotals_and_adds_up() {
    let tw = schedule_by_id("tw-2026-11").unwrap();
    let quote = addon_cost(tw.addon_dialog().unwrap().1, 94_000).unwrap();
    let (subtotals, total) = tier_figures(tw, &quote, TaxView::Included).unwrap();
    assert_eq!(subtotals, [dec("10500"), dec("6930")]);
    assert_eq!(total, dec("17430"));
    // Odd counts: 50,001 add-on messages with tax are 10,500 + 0.1575; shown 10,500 + 0.16 = 10,500.16.
    let quote = addon_cost(tw.addon_dialog().unwrap().1, 50_001).unwrap();
    let (subtotals, total) = tier_figures(tw, &quote, TaxView::Included).unwrap();
    assert_eq!((subtotals[1], total), (dec("0.16"), dec("10500.16")));
}

proptest! {
    #[test]
    fn every_table_adds_up_as_shown(messages in 0..3_000_000_u64, schedule in 0..6_usize, taxed: bool) {
        let schedules = shipped_schedules();
        let schedule = &schedules[schedule % schedules.len()];
        let view = if taxed { TaxView::Included } else { TaxView::Excluded };
        let decimals = schedule.currency.decimals;
        let unit = Decimal::new(1, decimals);
        for bill in &compare_plans(schedule, messages).unwrap().bills {
            let row = bill_figures(schedule, bill, view).unwrap();
            prop_assert_eq!(row.fee + row.addon, row.total, "{} at {}", bill.plan_id, messages);
            // The row's total is the amount the summary and the fields show.
            prop_assert_eq!(row.total, round(schedule.tax.apply(bill.total, view).unwrap(), decimals));
            let addon = bill.addon.as_ref().map_or(Decimal::ZERO, |q| q.amount);
            let exact = schedule.tax.apply(addon, view).unwrap();
            prop_assert!(row.addon >= Decimal::ZERO && (row.addon - exact).abs() < unit);
        }
        if let Some((_, addon)) = schedule.addon_dialog() {
            let quote = addon_cost(addon, messages).unwrap();
            let (subtotals, total) = tier_figures(schedule, &quote, view).unwrap();
            prop_assert_eq!(subtotals.iter().copied().sum::<Decimal>(), total);
            prop_assert_eq!(total, round(schedule.tax.apply(quote.amount, view).unwrap(), decimals));
            for (shown, line) in subtotals.iter().zip(&quote.lines) {
                let exact = schedule.tax.apply(line.subtotal, view).unwrap();
                prop_assert!(*shown >= Decimal::ZERO && (*shown - exact).abs() < unit);
            }
        }
    }
}

//! The tables' figures: every row adds up to its total as displayed, in both tax views, and the
//! totals are the ones shown everywhere else.
#![cfg(not(target_arch = "wasm32"))]

use line_oa_calc::figures::{allocate, bill_figures, tier_figures};
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
fn the_2026_11_tier_breakdown_carries_tax_on_its_subtotals() {
    let tw = schedule_by_id("tw-2026-11").unwrap();
    let quote = addon_cost(tw.addon_dialog().unwrap().1, 94_000).unwrap();
    let (subtotals, total) = tier_figures(tw, &quote, TaxView::Included).unwrap();
    assert_eq!(subtotals, [dec("10500"), dec("6930")]);
    assert_eq!(total, dec("17430"));
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
    // Three half cents: rounded one by one they would show 0.33 against a total of 0.32.
    let (parts, total) = allocate(&[dec("0.105"), dec("0.105"), dec("0.105")], 2);
    assert_eq!(total, dec("0.32"));
    assert_eq!(parts, [dec("0.11"), dec("0.11"), dec("0.10")]);
}

proptest! {
    #[test]
    fn allocated_parts_add_up_and_stay_within_a_unit(
        cents in prop::collection::vec(0..10_000_000_u64, 1..6),
        scale in 0..=6_u32,
        decimals in 0..=4_u32,
    ) {
        let parts: Vec<Decimal> = cents.iter().map(|&c| Decimal::new(c as i64, scale)).collect();
        let (shown, total) = allocate(&parts, decimals);
        prop_assert_eq!(shown.iter().copied().sum::<Decimal>(), total);
        prop_assert_eq!(total, round(parts.iter().copied().sum(), decimals));
        let unit = Decimal::new(1, decimals);
        for (part, shown) in parts.iter().zip(&shown) {
            prop_assert!((*part - *shown).abs() < unit, "{} shown as {}", part, shown);
            prop_assert_eq!(shown.normalize().scale() <= decimals, true);
        }
    }

    #[test]
    fn every_table_adds_up_as_shown(messages in 0..3_000_000_u64, schedule in 0..6_usize, taxed: bool) {
        let schedules = shipped_schedules();
        let schedule = &schedules[schedule % schedules.len()];
        let view = if taxed { TaxView::Included } else { TaxView::Excluded };
        let decimals = schedule.currency.decimals;
        for bill in &compare_plans(schedule, messages).unwrap().bills {
            let row = bill_figures(schedule, bill, view).unwrap();
            prop_assert_eq!(row.fee + row.addon, row.total, "{} at {}", bill.plan_id, messages);
            // The row's total is the amount the summary and the fields show.
            prop_assert_eq!(row.total, round(schedule.tax.apply(bill.total, view).unwrap(), decimals));
        }
        if let Some((_, addon)) = schedule.addon_dialog() {
            let quote = addon_cost(addon, messages).unwrap();
            let (subtotals, total) = tier_figures(schedule, &quote, view).unwrap();
            prop_assert_eq!(subtotals.iter().copied().sum::<Decimal>(), total);
            prop_assert_eq!(total, round(schedule.tax.apply(quote.amount, view).unwrap(), decimals));
        }
    }
}

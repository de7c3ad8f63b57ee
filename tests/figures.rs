//! The tables' figures: every row adds up to its total as displayed, in both tax views, and the
//! totals are the ones shown everywhere else.
#![cfg(not(target_arch = "wasm32"))]

use line_oa_calc::display;
use line_oa_calc::figures::{allocate, plan_rows, tier_table};
use line_oa_calc::i18n::Lang;
use line_oa_calc::pricing::{
    addon_cost, compare_plans, schedule_by_id, shipped_schedules, TaxView,
};
use proptest::prelude::*;
use rust_decimal::{Decimal, RoundingStrategy};

fn dec(text: &str) -> Decimal {
    Decimal::from_str_exact(text).expect("a decimal")
}

#[test]
fn the_2026_11_tier_breakdown_shows_listed_prices_and_taxed_subtotals() {
    let tw = schedule_by_id("tw-2026-11").unwrap();
    let quote = addon_cost(tw.addon_dialog().unwrap().1, 94_000).unwrap();
    let t = Lang::ZhTw.texts();
    let table = tier_table(t, tw, &quote, TaxView::Included);
    let prices: Vec<&str> = table.rows.iter().map(|r| r.unit_price.as_str()).collect();
    assert_eq!(
        prices,
        ["NT$0.2", "NT$0.15"],
        "unit prices as LINE lists them, tax excluded"
    );
    let subtotals: Vec<&str> = table.rows.iter().map(|r| r.subtotal.as_str()).collect();
    assert_eq!(subtotals, ["NT$10,500", "NT$6,930"]);
    assert_eq!(table.total, "NT$17,430");
}

#[test]
fn a_tax_included_row_adds_up_to_its_total() {
    // 高用量 at 6,001 with tax: 1,470 + 0.21 = 1,470.21; and a case where cents must be shared out.
    let tw = schedule_by_id("tw-2026-11").unwrap();
    let t = Lang::En.texts();
    let rows = plan_rows(
        t,
        tw,
        &compare_plans(tw, 6_001).unwrap(),
        TaxView::Included,
        "en",
    );
    let high = rows.iter().find(|r| r.plan_id == "high").unwrap();
    assert_eq!(high.sum, Some((dec("1470"), dec("0.21"), dec("1470.21"))));
    assert_eq!(high.cells[5].text, "NT$1,470.21");
    let (parts, total) = allocate(&[dec("0.105"), dec("0.105"), dec("0.105")], 2);
    assert_eq!(total, dec("0.32"));
    assert_eq!(parts.iter().copied().sum::<Decimal>(), total);
}

fn round(amount: Decimal, decimals: u32) -> Decimal {
    amount.round_dp_with_strategy(decimals, RoundingStrategy::MidpointAwayFromZero)
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
        }
    }

    #[test]
    fn every_table_adds_up_as_shown(messages in 0..3_000_000_u64, schedule in 0..6_usize, taxed: bool) {
        let schedules = shipped_schedules();
        let schedule = &schedules[schedule % schedules.len()];
        let view = if taxed { TaxView::Included } else { TaxView::Excluded };
        let t = Lang::ZhTw.texts();
        let comparison = compare_plans(schedule, messages).unwrap();
        for (row, bill) in plan_rows(t, schedule, &comparison, view, "zh-TW").iter().zip(&comparison.bills) {
            if let Some((fee, addon, total)) = row.sum {
                prop_assert_eq!(fee + addon, total, "{} at {}", row.plan_id, messages);
                // The row's total is the amount the summary and the fields show.
                let exact = schedule.tax.apply(bill.total, view).unwrap();
                prop_assert_eq!(&row.cells[5].text, &display::money(schedule, exact));
            }
        }
        if let Some((_, addon)) = schedule.addon_dialog() {
            let quote = addon_cost(addon, messages).unwrap();
            let table = tier_table(t, schedule, &quote, view);
            let (parts, total) = table.sum.expect("amounts in range");
            prop_assert_eq!(parts.iter().copied().sum::<Decimal>(), total);
            prop_assert_eq!(&table.total, &display::money(schedule, schedule.tax.apply(quote.amount, view).unwrap()));
        }
    }
}

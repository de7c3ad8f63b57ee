//! Property tests over the whole supported range (counts to 10^15, amounts to 10^15).
#![cfg(not(target_arch = "wasm32"))]

mod pricing_fixtures;

use line_oa_calc::pricing::{
    addon_cost, addon_messages_for_budget, compare_plans, format_amount, format_count,
    monthly_bill, most_messages_for_budget, parse_amount, parse_message_count, schedule_by_id,
    AddonPricing, PricingError, Schedule, TaxRule, TaxView, MAX_AMOUNT, MAX_MESSAGES,
};
use pricing_fixtures::{all_schedules, all_tables, twd};
use proptest::prelude::*;
use rust_decimal::{Decimal, RoundingStrategy};

fn tax() -> &'static TaxRule {
    &schedule_by_id("tw-2023-09").unwrap().tax
}

/// Random valid tier tables: 1–5 tiers of 1 to 10^12 messages, positive non-increasing prices with up to 6
/// decimals, the last tier bounded or not.
fn random_table() -> impl Strategy<Value = AddonPricing> {
    let widths = prop::collection::vec(prop_oneof![1..1_000_u64, 1..1_000_000_000_000_u64], 1..=5);
    let prices = prop::collection::vec((1..100_000_i64, 0..=6_u32), 5);
    (widths, prices, any::<bool>()).prop_map(|(widths, prices, bounded)| {
        pricing_fixtures::graduated(widths, prices, bounded, |i| i % 2 == 0)
    })
}

fn any_table() -> impl Strategy<Value = AddonPricing> {
    prop_oneof![
        prop::sample::select(all_tables()).prop_map(|(_, t)| t),
        random_table()
    ]
}

fn any_schedule() -> impl Strategy<Value = Schedule> {
    prop::sample::select(all_schedules())
}

fn messages() -> impl Strategy<Value = u64> {
    prop_oneof![0..200_000_u64, 0..=10_000_000_000_000_u64, 0..=MAX_MESSAGES]
}

/// Amounts from 0 to MAX_AMOUNT with 0–4 decimals, weighted towards everyday sizes.
fn budget() -> impl Strategy<Value = Decimal> {
    let amount = |max: u64| {
        (0..=max, 0..=4_u32).prop_map(|(m, s)| Decimal::from(m) / Decimal::from(10_u64.pow(s)))
    };
    prop_oneof![
        amount(100_000_000),
        amount(10_000_000_000_000_000),
        Just(MAX_AMOUNT)
    ]
    .prop_map(|b| b.min(MAX_AMOUNT))
}

fn view() -> impl Strategy<Value = TaxView> {
    prop_oneof![Just(TaxView::Excluded), Just(TaxView::Included)]
}

/// `Some(cost)` of `m` messages in a view, `None` where message `m` does not exist. A cost above MAX_AMOUNT
/// (an error from the engine) is `Decimal::MAX`: more than any budget.
fn cost_in(table: &AddonPricing, m: u64, view: TaxView) -> Option<Decimal> {
    match addon_cost(table, m) {
        Ok(q) => Some(tax().apply(q.amount, view).unwrap()),
        Err(PricingError::AmountTooLarge { .. }) => Some(Decimal::MAX),
        Err(PricingError::BeyondLastTier { .. } | PricingError::TooManyMessages { .. }) => None,
        Err(e) => panic!("unexpected {e}"),
    }
}

/// The inverse is maximal: cost(m) <= budget < cost(m + 1) whenever message m + 1 exists.
fn assert_maximal(
    table: &AddonPricing,
    budget: Decimal,
    view: TaxView,
) -> Result<(), TestCaseError> {
    let q = addon_messages_for_budget(table, budget, tax(), view).unwrap();
    prop_assert!(q.amount_in(tax(), view).unwrap() <= budget);
    prop_assert_eq!(
        Some(q.amount_in(tax(), view).unwrap()),
        cost_in(table, q.messages, view)
    );
    match cost_in(table, q.messages + 1, view) {
        Some(next) if !q.capped => {
            prop_assert!(next > budget, "{} more fits {}", q.messages + 1, budget)
        }
        Some(_) => prop_assert_eq!(q.messages, MAX_MESSAGES),
        None => prop_assert!(q.capped),
    }
    prop_assert_eq!(q.lines.iter().map(|l| l.messages).sum::<u64>(), q.messages);
    prop_assert_eq!(
        q.lines.iter().map(|l| l.subtotal).sum::<Decimal>(),
        q.amount
    );
    Ok(())
}

proptest! {
    #[test]
    fn cost_is_monotone(table in any_table(), a in messages(), b in messages()) {
        let (lo, hi) = (a.min(b), a.max(b));
        if let (Some(lo_cost), Some(hi_cost)) = (cost_in(&table, lo, TaxView::Excluded), cost_in(&table, hi, TaxView::Excluded)) {
            prop_assert!(lo_cost <= hi_cost);
        }
    }

    #[test]
    fn inverse_is_maximal(table in any_table(), budget in budget()) {
        assert_maximal(&table, budget, TaxView::Excluded)?;
    }

    #[test]
    fn tax_included_inverse_is_maximal(table in any_table(), budget in budget()) {
        assert_maximal(&table, budget, TaxView::Included)?;
    }

    #[test]
    fn inverse_of_cost_is_the_count(table in any_table(), m in messages(), view in view()) {
        if let Some(cost) = cost_in(&table, m, view).filter(|c| *c <= MAX_AMOUNT) {
            prop_assert_eq!(addon_messages_for_budget(&table, cost, tax(), view).unwrap().messages, m);
        }
    }

    #[test]
    fn best_plan_is_never_dearer(schedule in any_schedule(), m in messages()) {
        // Far beyond real use a plan's bill can exceed MAX_AMOUNT: that is a typed error, not a comparison.
        let cmp = match compare_plans(&schedule, m) {
            Err(PricingError::AmountTooLarge { .. }) => return Ok(()),
            result => result.unwrap(),
        };
        let feasible: Vec<_> = cmp.bills.iter().filter(|b| b.is_feasible()).collect();
        prop_assert_eq!(cmp.recommended.is_some(), !feasible.is_empty());
        if let Some(best) = cmp.recommended.map(|i| &cmp.bills[i]) {
            prop_assert!(best.is_feasible());
            for bill in feasible {
                prop_assert!(best.total <= bill.total);
            }
        }
    }

    #[test]
    fn budget_pick_is_maximal(schedule in any_schedule(), budget in budget(), view in view()) {
        let pick = most_messages_for_budget(&schedule, budget, view).unwrap();
        let Some(pick) = pick else {
            for plan in schedule.plans.iter() {
                prop_assert!(schedule.tax.apply(plan.monthly_fee, view).unwrap() > budget);
            }
            return Ok(());
        };
        prop_assert!(pick.bill.total_in(&schedule.tax, view).unwrap() <= budget);
        prop_assert_eq!(&monthly_bill(&schedule.plans[pick.plan_index], pick.messages).unwrap().total, &pick.bill.total);
        if pick.messages < MAX_MESSAGES {
            for plan in schedule.plans.iter() {
                match monthly_bill(plan, pick.messages + 1) {
                    Err(PricingError::AmountTooLarge { .. }) => {} // above MAX_AMOUNT, so above the budget
                    more => {
                        let more = more.unwrap();
                        let dearer = !more.is_feasible() || more.total_in(&schedule.tax, view).unwrap() > budget;
                        prop_assert!(dearer, "{} carries {} within {}", plan.id, pick.messages + 1, budget);
                    }
                }
            }
        }
    }

    #[test]
    fn parsing_never_panics(text in any::<String>(), decimals in any::<u32>()) {
        let _ = parse_message_count(&text);
        if let Ok(v) = parse_amount(&text, &twd(decimals)) {
            prop_assert!(v >= Decimal::ZERO && v <= MAX_AMOUNT);
        }
    }

    #[test]
    fn parsing_number_like_text_never_panics(
        chars in prop::collection::vec(prop::sample::select(vec![
            '0', '1', '9', '０', '５', '９', ',', '，', '.', '．', ' ', '\u{3000}', '-', '－', 'N', 'T', '$', '＄',
            '元', '則', 'e', '\u{0301}', '٣',
        ]), 0..24),
        decimals in 0..=6_u32,
    ) {
        let text: String = chars.into_iter().collect();
        if let Ok(n) = parse_message_count(&text) {
            prop_assert!(n <= MAX_MESSAGES);
        }
        if let Ok(v) = parse_amount(&text, &twd(decimals)) {
            prop_assert!(v.normalize().scale() <= decimals && v <= MAX_AMOUNT);
        }
    }

    #[test]
    fn counts_round_trip(n in messages()) {
        prop_assert_eq!(parse_message_count(&format_count(n)), Ok(n));
    }

    #[test]
    fn amounts_round_trip(
        int in prop_oneof![0..100_000_u64, 0..=MAX_MESSAGES],
        frac in 0..1_000_000_u64,
        scale in 0..=6_u32,
        decimals in 0..=4_u32,
    ) {
        let shift = 10_u64.pow(scale);
        let x = Decimal::from_i128_with_scale(i128::from(int) * i128::from(shift) + i128::from(frac % shift), scale);
        let rounded = x.round_dp_with_strategy(decimals, RoundingStrategy::MidpointAwayFromZero);
        prop_assume!(rounded <= MAX_AMOUNT);
        prop_assert_eq!(parse_amount(&format_amount(x, decimals), &twd(decimals)), Ok(rounded));
    }
}

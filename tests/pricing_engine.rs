//! Table tests at every tier boundary and the worked examples of PRICING.md.
#![cfg(not(target_arch = "wasm32"))]

mod pricing_fixtures;

use line_oa_calc::pricing::{
    addon_cost, addon_messages_for_budget, compare_plans, monthly_bill, most_messages_for_budget,
    schedule_by_id, AddonPricing, Feasibility, InfeasibleReason, PricingError, Schedule, TaxRule,
    TaxView, TierFault, MAX_AMOUNT, MAX_MESSAGES,
};
use pricing_fixtures::{
    all_tables, bounded, dec, four_tier, japan, japan_schedule, plan, schedule, table,
};
use rust_decimal::Decimal;
use TaxView::{Excluded, Included};

fn tw() -> &'static Schedule {
    schedule_by_id("tw-2023-09").unwrap()
}

fn old() -> &'static Schedule {
    schedule_by_id("tw-2019-04").unwrap()
}

fn tax() -> &'static TaxRule {
    &tw().tax
}

fn high() -> &'static AddonPricing {
    tw().addon_dialog().unwrap().1
}

fn cost(pricing: &AddonPricing, messages: u64) -> Decimal {
    addon_cost(pricing, messages).unwrap().amount
}

fn inverse(pricing: &AddonPricing, budget: &str, view: TaxView) -> u64 {
    addon_messages_for_budget(pricing, dec(budget), tax(), view)
        .unwrap()
        .messages
}

/// `(messages, exact cost)` rows: cost(messages) == cost, inverse(cost) == messages, and one cent below the
/// cost buys one message fewer (every table's prices are above one cent).
fn check_rows(pricing: &AddonPricing, rows: &[(u64, &str)]) {
    for &(messages, amount) in rows {
        assert_eq!(cost(pricing, messages), dec(amount), "cost of {messages}");
        assert_eq!(
            inverse(pricing, amount, Excluded),
            messages,
            "inverse of {amount}"
        );
        if messages > 0 {
            let below = (dec(amount) - dec("0.01")).to_string();
            assert_eq!(
                inverse(pricing, &below, Excluded),
                messages - 1,
                "inverse of {below}"
            );
        }
    }
}

#[test]
fn shipped_tables_at_every_boundary() {
    // Each shipped add-on is one unbounded tier from message 1: its boundaries are 0 | 1.
    check_rows(high(), &[(0, "0"), (1, "0.2"), (2, "0.4"), (1_000, "200")]);
    check_rows(
        old().plan("medium").unwrap().addon.as_ref().unwrap(),
        &[(0, "0"), (1, "0.2"), (16_000, "3200")],
    );
    check_rows(
        old().plan("high").unwrap().addon.as_ref().unwrap(),
        &[(0, "0"), (1, "0.15"), (1_000, "150")],
    );
}

#[test]
fn japan_table_at_every_boundary() {
    check_rows(
        &japan(),
        &[
            (1, "3"),
            (50_000, "150000"),
            (50_001, "150002.8"),
            (70_000, "206000"),
        ],
    );
    // One yen (the currency's unit) below a boundary also buys one message fewer.
    assert_eq!(inverse(&japan(), "149999", Excluded), 49_999);
    assert_eq!(inverse(&japan(), "150002", Excluded), 50_000);
}

#[test]
fn four_tier_table_at_every_boundary() {
    check_rows(
        &four_tier(),
        &[
            (1, "0.2"),
            (1_000, "200"),
            (1_001, "200.15"),
            (10_000, "1550"),
            (10_001, "1550.05"),
            (100_000, "6050"),
            (100_001, "6050.011"),
        ],
    );
    let lines = addon_cost(&four_tier(), 100_001).unwrap().lines;
    let subtotals: Vec<(u64, Decimal)> = lines.iter().map(|l| (l.messages, l.subtotal)).collect();
    assert_eq!(
        subtotals,
        [
            (1_000, dec("200")),
            (9_000, dec("1350")),
            (90_000, dec("4500")),
            (1, dec("0.011"))
        ]
    );
    // Tax included: every boundary amount × 1.05.
    for (messages, amount) in [(1_000, "210"), (10_000, "1627.5"), (100_001, "6352.51155")] {
        assert_eq!(inverse(&four_tier(), amount, Included), messages);
        let below = (dec(amount) - dec("0.01")).to_string();
        assert_eq!(inverse(&four_tier(), &below, Included), messages - 1);
    }
}

#[test]
fn bounded_table_ends() {
    check_rows(&bounded(), &[(100, "100"), (101, "100.5"), (200, "150")]);
    assert_eq!(
        addon_cost(&bounded(), 201),
        Err(PricingError::BeyondLastTier { max_addon: 200 })
    );
    let all = addon_messages_for_budget(&bounded(), dec("1000"), tax(), Excluded).unwrap();
    assert_eq!(
        (all.messages, all.amount, all.capped),
        (200, dec("150"), true)
    );
    let some = addon_messages_for_budget(&bounded(), dec("149.99"), tax(), Excluded).unwrap();
    assert_eq!((some.messages, some.capped), (199, false));
}

#[test]
fn quote_lines_and_confirmation() {
    assert!(addon_cost(high(), 0).unwrap().lines.is_empty());
    assert!(
        addon_cost(high(), 0).unwrap().confirmed,
        "nothing depends on a price"
    );
    let one = addon_cost(&japan(), 50_000).unwrap();
    assert!(one.confirmed, "only the confirmed first tier is touched");
    assert!(!addon_cost(&japan(), 50_001).unwrap().confirmed);
    // The inverse also depends on the tier whose price stopped the budget.
    let at_end = addon_messages_for_budget(&japan(), dec("150002"), tax(), Excluded).unwrap();
    assert_eq!((at_end.messages, at_end.confirmed), (50_000, false));
    let inside = addon_messages_for_budget(&japan(), dec("100"), tax(), Excluded).unwrap();
    assert_eq!((inside.messages, inside.confirmed), (33, true));
}

#[test]
fn worked_examples_taiwan_2023() {
    let bill = |id: &str, n: u64| monthly_bill(tw().plan(id).unwrap(), n).unwrap();
    assert_eq!(bill("high", 6_000).total, dec("1200"));
    assert_eq!(bill("high", 6_001).total, dec("1200.2"));
    assert_eq!(
        bill("high", 6_001).total_in(tax(), Included),
        Ok(dec("1260.21"))
    );
    assert_eq!(
        bill("medium", 3_001).feasibility,
        Feasibility::Infeasible(InfeasibleReason::AddonNotAvailable { included: 3_000 })
    );
    assert_eq!(
        bill("light", 201).feasibility,
        Feasibility::Infeasible(InfeasibleReason::AddonNotAvailable { included: 200 })
    );
    // The seed's cap example: a cap of 1,000 add-on messages on 高用量.
    let cap = addon_cost(high(), 1_000).unwrap();
    assert_eq!(
        (cap.amount, cap.amount_in(tax(), Included)),
        (dec("200"), Ok(dec("210")))
    );
    assert_eq!(inverse(high(), "200", Excluded), 1_000);
    assert_eq!(inverse(high(), "210", Included), 1_000);
    assert_eq!(inverse(high(), "209.99", Included), 999);
}

fn recommended(schedule: &Schedule, messages: u64) -> Option<String> {
    let cmp = compare_plans(schedule, messages).unwrap();
    cmp.recommended.map(|i| cmp.bills[i].plan_id.to_string())
}

#[test]
fn best_plan_for_a_count() {
    for (messages, best) in [
        (0, "light"),
        (200, "light"),
        (201, "medium"),
        (3_000, "medium"),
        (3_001, "high"),
    ] {
        assert_eq!(
            recommended(tw(), messages).as_deref(),
            Some(best),
            "{messages} messages"
        );
    }
    // Old schedule: at 20,000 messages 中用量 (800 + 16,000 × 0.2) ties 高用量 at NT$4,000: the plan with more
    // included messages wins (issue 21, point 6), and the tie is there to say so.
    assert_eq!(
        compare_plans(old(), 20_000).unwrap().bills[1].total,
        dec("4000")
    );
    assert_eq!(
        compare_plans(old(), 20_000).unwrap().bills[2].total,
        dec("4000")
    );
    assert_eq!(recommended(old(), 20_000).as_deref(), Some("high"));
    let tie = compare_plans(old(), 20_000).unwrap();
    assert_eq!(tie.tied_with_recommended().collect::<Vec<_>>(), [1]);
    assert_eq!(recommended(old(), 19_999).as_deref(), Some("medium"));
    assert_eq!(recommended(old(), 20_001).as_deref(), Some("high"));
    assert_eq!(
        compare_plans(old(), 20_001)
            .unwrap()
            .tied_with_recommended()
            .count(),
        0
    );
    assert_eq!(recommended(old(), 4_001).as_deref(), Some("medium"));
    // Japan: 100,000 messages on スタンダード = ¥15,000 + ¥206,000.
    assert_eq!(
        monthly_bill(&japan_schedule().plans[2], 100_000)
            .unwrap()
            .total,
        dec("221000")
    );
    // Nothing can carry it: no recommendation.
    let none = schedule(vec![
        plan("a", "0", 10, None),
        plan("b", "5", 20, Some(bounded())),
    ]);
    assert_eq!(recommended(&none, 221), None);
    assert_eq!(
        compare_plans(&none, 221).unwrap().bills[1].feasibility,
        Feasibility::Infeasible(InfeasibleReason::AboveAddonMaximum { max_total: 220 })
    );
    assert_eq!(recommended(&none, 220).as_deref(), Some("b"));
}

fn pick(schedule: &Schedule, budget: &str, view: TaxView) -> Option<(String, u64)> {
    most_messages_for_budget(schedule, dec(budget), view)
        .unwrap()
        .map(|p| (p.plan_id.to_string(), p.messages))
}

#[test]
fn most_messages_for_a_budget() {
    let at = |id: &str, n| Some((id.to_owned(), n));
    assert_eq!(pick(tw(), "0", Excluded), at("light", 200));
    assert_eq!(pick(tw(), "900", Excluded), at("medium", 3_000));
    assert_eq!(pick(tw(), "1200", Excluded), at("high", 6_000));
    assert_eq!(pick(tw(), "1200.19", Excluded), at("high", 6_000));
    assert_eq!(pick(tw(), "1200.2", Excluded), at("high", 6_001));
    assert_eq!(pick(tw(), "1260", Included), at("high", 6_000));
    assert_eq!(pick(tw(), "1259.99", Included), at("medium", 3_000));
    assert_eq!(pick(old(), "4000", Excluded), at("high", 25_000));
    assert_eq!(pick(old(), "3999.99", Excluded), at("medium", 19_999));
    // Ties: same messages → the cheaper bill; same bill too → the smaller plan.
    let tie = schedule(vec![
        plan("dear", "10", 100, None),
        plan("cheap", "0", 100, None),
    ]);
    assert_eq!(pick(&tie, "10", Excluded), at("cheap", 100));
    let same = schedule(vec![
        plan("big", "10", 100, None),
        plan("small", "0", 90, Some(table(&[(1, None, "1")]))),
    ]);
    assert_eq!(pick(&same, "10", Excluded), at("small", 100));
    // No plan's fee fits.
    assert_eq!(
        pick(
            &schedule(vec![plan("paid", "1", 10, None)]),
            "0.99",
            Excluded
        ),
        None
    );
}

#[test]
fn the_budget_pick_carries_the_inverse_quote() {
    let p = most_messages_for_budget(tw(), dec("1200.1"), Excluded)
        .unwrap()
        .unwrap();
    let quote = p.bill.addon.as_ref().unwrap();
    assert_eq!(
        (quote.messages, quote.confirmed, quote.capped),
        (0, false, false)
    );
    assert!(
        !p.bill.confirmed(),
        "the count depends on the unconfirmed tier's price"
    );
}

#[test]
fn limits_are_typed_errors() {
    let too_many = PricingError::TooManyMessages { max: MAX_MESSAGES };
    assert_eq!(addon_cost(high(), MAX_MESSAGES + 1).unwrap_err(), too_many);
    assert_eq!(
        monthly_bill(tw().plan("high").unwrap(), u64::MAX).unwrap_err(),
        too_many
    );
    assert_eq!(compare_plans(tw(), MAX_MESSAGES + 1).unwrap_err(), too_many);
    let budget =
        |b: Decimal| addon_messages_for_budget(high(), b, tax(), Excluded).map(|q| q.messages);
    assert_eq!(
        budget(MAX_AMOUNT + dec("0.01")),
        Err(PricingError::AmountTooLarge { max: MAX_AMOUNT })
    );
    assert_eq!(budget(dec("-0.01")), Err(PricingError::NegativeAmount));
    assert_eq!(
        most_messages_for_budget(tw(), Decimal::MAX, Excluded).map(|p| p.is_some()),
        Err(PricingError::AmountTooLarge { max: MAX_AMOUNT })
    );
    let broken = table(&[(1, Some(10), "1"), (12, None, "1")]);
    assert_eq!(
        addon_cost(&broken, 1).map(|q| q.messages),
        Err(PricingError::InvalidTiers(TierFault::Gap {
            index: 1,
            expected: 11,
            found: 12
        }))
    );
    let huge = table(&[(1, None, "100000000000000")]);
    assert_eq!(
        addon_cost(&huge, 11).map(|q| q.messages),
        Err(PricingError::AmountTooLarge { max: MAX_AMOUNT })
    );
    let absurd = table(&[(1, None, "79228162514264337593543950335")]);
    assert_eq!(
        addon_cost(&absurd, 2).map(|q| q.messages),
        Err(PricingError::Overflow)
    );
}

#[test]
fn huge_counts_and_budgets_work_exactly() {
    let t12 = 1_000_000_000_000_u64;
    assert_eq!(
        monthly_bill(tw().plan("high").unwrap(), t12).unwrap().total,
        dec("200000000000")
    ); // 1200 + 0.2 × (10^12 − 6000)
    assert_eq!(
        cost(&four_tier(), MAX_MESSAGES),
        dec("6050") + dec("0.011") * Decimal::from(MAX_MESSAGES - 100_000)
    );
    // NT$10^15 buys more than MAX_MESSAGES: the count stops at the limit and says so.
    let all = addon_messages_for_budget(high(), MAX_AMOUNT, tax(), Included).unwrap();
    assert_eq!((all.messages, all.capped), (MAX_MESSAGES, true));
    let p = most_messages_for_budget(tw(), MAX_AMOUNT, Included)
        .unwrap()
        .unwrap();
    assert_eq!((&*p.plan_id, p.messages), ("high", MAX_MESSAGES));
    assert!(p.bill.addon.as_ref().unwrap().capped);
    for (name, pricing) in all_tables() {
        let q =
            addon_messages_for_budget(&pricing, dec("123456789012.34"), tax(), Included).unwrap();
        assert!(
            q.amount_in(tax(), Included).unwrap() <= dec("123456789012.34"),
            "{name}"
        );
    }
}

#[test]
fn cost_per_message() {
    let bill = monthly_bill(tw().plan("high").unwrap(), 12_000).unwrap();
    assert_eq!(bill.cost_per_message(tax(), Excluded), Some(dec("0.2")));
    assert_eq!(bill.cost_per_message(tax(), Included), Some(dec("0.21")));
    assert_eq!(
        monthly_bill(tw().plan("light").unwrap(), 0)
            .unwrap()
            .cost_per_message(tax(), Excluded),
        None
    );
    assert_eq!(
        monthly_bill(tw().plan("light").unwrap(), 201)
            .unwrap()
            .cost_per_message(tax(), Excluded),
        None
    );
}

/// Issue 21, point 6: PRICING.md's Thailand tie — at exactly 20,000 messages Basic (฿1,280 + 5,000 ×
/// ฿0.10) and Pro (฿1,780, 35,000 included) both cost ฿1,780; Pro leaves 15,000 more messages.
#[test]
fn at_equal_cost_the_plan_with_more_included_messages_is_recommended() {
    let th = schedule_by_id("th-2024-08").unwrap();
    let at_edge = compare_plans(th, 20_000).unwrap();
    let ids = |indices: Vec<usize>| -> Vec<String> {
        indices
            .into_iter()
            .map(|i| at_edge.bills[i].plan_id.to_string())
            .collect()
    };
    assert_eq!(at_edge.bills[1].total, at_edge.bills[2].total);
    assert_eq!(ids(at_edge.recommended.into_iter().collect()), ["pro"]);
    assert_eq!(ids(at_edge.tied_with_recommended().collect()), ["basic"]);
    let below = compare_plans(th, 19_999).unwrap();
    assert_eq!(
        below.recommended.map(|i| &*below.bills[i].plan_id),
        Some("basic")
    );
    assert_eq!(below.tied_with_recommended().count(), 0);
}

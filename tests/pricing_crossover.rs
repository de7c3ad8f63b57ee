//! Bill curves and cheapest-plan ranges checked against `monthly_bill` and `compare_plans`: on every shipped
//! schedule, hand-worked examples, and random multi-tier plan sets.
#![cfg(not(target_arch = "wasm32"))]

mod pricing_fixtures;

use line_oa_calc::pricing::{
    bill_curve, cheapest_ranges, compare_plans, crossovers, monthly_bill, schedule_by_id,
    shipped_schedules, AddonPricing, CheapestRange, Plan, PricingError, Schedule, MAX_AMOUNT,
    MAX_MESSAGES,
};
use pricing_fixtures::{bounded, dec, four_tier, japan, japan_schedule, plan, schedule};
use proptest::prelude::*;
use proptest::test_runner::TestCaseError;
use rust_decimal::Decimal;

/// `compare_plans`' pick at `n`.
fn recommended(schedule: &Schedule, n: u64) -> Option<usize> {
    compare_plans(schedule, n).unwrap().recommended
}

/// `(plan id, first, last)` rows, for readable expectations.
fn rows(schedule: &Schedule, ranges: &[CheapestRange]) -> Vec<(String, u64, u64)> {
    ranges
        .iter()
        .map(|r| {
            let id = schedule.plans[r.plan_index].id.to_string();
            (id, r.first, r.last)
        })
        .collect()
}

fn expect(rows: &[(&str, u64, u64)]) -> Vec<(String, u64, u64)> {
    rows.iter()
        .map(|&(id, first, last)| (id.to_owned(), first, last))
        .collect()
}

/// Whether the plan at `a` is preferred to the plan at `b` at `n`, by `compare_plans`' rule.
fn preferred(schedule: &Schedule, a: usize, b: usize, n: u64) -> bool {
    let (pa, pb) = (&schedule.plans[a], &schedule.plans[b]);
    let (ba, bb) = (monthly_bill(pa, n).unwrap(), monthly_bill(pb, n).unwrap());
    match (ba.is_feasible(), bb.is_feasible()) {
        // At equal cost the plan with more included messages (issue 21, point 6), then the earlier.
        (true, true) => {
            (ba.total, std::cmp::Reverse(pa.included_messages), a)
                < (bb.total, std::cmp::Reverse(pb.included_messages), b)
        }
        (feasible_a, _) => feasible_a,
    }
}

/// Every property of `cheapest_ranges` and `bill_curve` at `up_to`, plus agreement with `compare_plans` at each
/// of `probes` (taken modulo `up_to + 1`). Returns the ranges.
fn check(
    schedule: &Schedule,
    up_to: u64,
    probes: &[u64],
) -> Result<Vec<CheapestRange>, TestCaseError> {
    let plans = &schedule.plans;
    let ranges = cheapest_ranges(plans, up_to).unwrap();
    for plan in plans.iter() {
        check_curve(plan, up_to)?;
    }
    let (Some(head), Some(tail)) = (ranges.first(), ranges.last()) else {
        prop_assert!(plans.is_empty(), "no ranges for {} plans", plans.len());
        return Ok(ranges);
    };
    prop_assert_eq!(head.first, 0);
    prop_assert!(tail.last <= up_to);
    if tail.last < up_to {
        prop_assert_eq!(recommended(schedule, tail.last + 1), None, "past the end");
    }
    for range in &ranges {
        prop_assert!(range.first <= range.last);
        let mid = range.first + (range.last - range.first) / 2;
        for n in [
            range.first,
            range.first + 1,
            mid,
            range.last.saturating_sub(1),
            range.last,
        ] {
            if (range.first..=range.last).contains(&n) {
                prop_assert_eq!(recommended(schedule, n), Some(range.plan_index), "at {}", n);
            }
        }
    }
    for pair in ranges.windows(2) {
        let (before, after) = (pair[0], pair[1]);
        prop_assert_eq!(after.first, before.last + 1, "contiguous");
        prop_assert_ne!(before.plan_index, after.plan_index, "maximal");
        // The crossover c: the new plan is preferred at c (the old one is dearer, cannot carry c, or ties a
        // plan with more included messages), and was not at c - 1.
        let c = after.first;
        prop_assert!(preferred(schedule, after.plan_index, before.plan_index, c));
        prop_assert!(preferred(
            schedule,
            before.plan_index,
            after.plan_index,
            c - 1
        ));
        let old = monthly_bill(&plans[before.plan_index], c).unwrap();
        let new = monthly_bill(&plans[after.plan_index], c).unwrap();
        prop_assert!(!old.is_feasible() || old.total >= new.total);
    }
    let found = crossovers(plans, up_to).unwrap();
    prop_assert_eq!(found.len(), ranges.len() - 1);
    for (crossover, pair) in found.iter().zip(ranges.windows(2)) {
        prop_assert_eq!(
            (crossover.messages, crossover.from, crossover.to),
            (pair[1].first, pair[0].plan_index, pair[1].plan_index)
        );
        let from = monthly_bill(&plans[crossover.from], crossover.messages).unwrap();
        prop_assert_eq!(crossover.from_ran_out, !from.is_feasible());
    }
    for &probe in probes {
        let n = probe % up_to.saturating_add(1);
        let expected = ranges
            .iter()
            .find(|r| (r.first..=r.last).contains(&n))
            .map(|r| r.plan_index);
        prop_assert_eq!(recommended(schedule, n), expected, "probe {}", n);
    }
    Ok(ranges)
}

/// The curve's points are `monthly_bill` at those counts, it ends where it should, and the bill is a straight
/// line between consecutive points (same marginal price at both ends of a piece; marginal prices never rise,
/// so that makes the whole piece straight).
fn check_curve(plan: &Plan, up_to: u64) -> Result<(), TestCaseError> {
    let curve = bill_curve(plan, up_to).unwrap();
    let bill = |n: u64| monthly_bill(plan, n).unwrap();
    prop_assert_eq!(curve.points.first().map(|p| p.messages), Some(0));
    for point in &curve.points {
        let exact = bill(point.messages);
        prop_assert!(exact.is_feasible());
        prop_assert_eq!(point.bill, exact.total, "{} at {}", plan.id, point.messages);
    }
    let end = curve.points.last().unwrap().messages;
    prop_assert_eq!(curve.ends_infeasible, end < up_to);
    if curve.ends_infeasible {
        prop_assert!(
            !bill(end + 1).is_feasible(),
            "{} carries {}",
            plan.id,
            end + 1
        );
    }
    for pair in curve.points.windows(2) {
        let (a, b) = (pair[0], pair[1]);
        prop_assert!(a.messages < b.messages);
        if b.messages - a.messages >= 2 {
            let first = bill(a.messages + 1).total - a.bill;
            let last = b.bill - bill(b.messages - 1).total;
            prop_assert_eq!(
                first,
                last,
                "{} bends inside {}..{}",
                plan.id,
                a.messages,
                b.messages
            );
        }
    }
    Ok(())
}

#[test]
fn every_shipped_schedule() {
    let probes: Vec<u64> = (0..200_u64).map(|i| i * i * 7_919 + i).collect();
    for schedule in shipped_schedules() {
        for up_to in [
            0,
            1,
            199,
            200,
            201,
            6_000,
            100_000,
            1_000_000_000,
            // The largest count every shipped bill stays under MAX_AMOUNT for (¥2.8 × 10^13).
            10_000_000_000_000,
        ] {
            let ranges = check(schedule, up_to, &probes)
                .unwrap_or_else(|e| panic!("{} up to {up_to}: {e}", schedule.id));
            // Every shipped schedule has a plan with an unbounded add-on: the ranges reach up_to.
            assert_eq!(
                ranges.last().map(|r| r.last),
                Some(up_to),
                "{}",
                schedule.id
            );
        }
    }
}

#[test]
fn taiwan_since_2023_09() {
    // light NT$0/200, medium NT$800/3,000 (no add-on), high NT$1,200/6,000 + NT$0.2: light is free but stops at
    // 200, medium stops at 3,000, and high is the only plan beyond. Medium is never dearer than high while it
    // can carry the count (800 < 1,200), so the crossovers are exactly where the smaller plans run out.
    let tw = schedule_by_id("tw-2023-09").unwrap();
    let ranges = cheapest_ranges(&tw.plans, 1_000_000).unwrap();
    assert_eq!(
        rows(tw, &ranges),
        expect(&[
            ("light", 0, 200),
            ("medium", 201, 3_000),
            ("high", 3_001, 1_000_000)
        ])
    );
    let at: Vec<(u64, bool)> = crossovers(&tw.plans, 1_000_000)
        .unwrap()
        .iter()
        .map(|c| (c.messages, c.from_ran_out))
        .collect();
    assert_eq!(at, [(201, true), (3_001, true)]);
}

#[test]
fn taiwan_until_2023_08() {
    // light NT$0/500 (no add-on), medium NT$800/4,000 + NT$0.2, high NT$4,000/25,000 + NT$0.15.
    // - 501: light cannot carry it; medium (NT$800) is cheaper than high (NT$4,000).
    // - 4,001 is NOT a crossover: medium starts buying add-ons there (NT$800.2), still far below high.
    // - medium = 800 + 0.2 × (n − 4,000) reaches high's flat NT$4,000 at n − 4,000 = 16,000, i.e. n = 20,000:
    //   a tie, which the plan with more included messages (high) wins: from 20,000 high is the advice.
    // - Past 25,000 high rises at 0.15 < 0.2, so medium never comes back.
    let old = schedule_by_id("tw-2019-04").unwrap();
    let ranges = cheapest_ranges(&old.plans, 1_000_000).unwrap();
    assert_eq!(
        rows(old, &ranges),
        expect(&[
            ("light", 0, 500),
            ("medium", 501, 19_999),
            ("high", 20_000, 1_000_000)
        ])
    );
    let medium = old.plan("medium").unwrap();
    let high = old.plan("high").unwrap();
    assert_eq!(monthly_bill(medium, 20_000).unwrap().total, dec("4000"));
    assert_eq!(monthly_bill(high, 20_000).unwrap().total, dec("4000"));
    assert_eq!(monthly_bill(medium, 20_001).unwrap().total, dec("4000.2"));
    let at: Vec<(u64, bool)> = crossovers(&old.plans, 1_000_000)
        .unwrap()
        .iter()
        .map(|c| (c.messages, c.from_ran_out))
        .collect();
    assert_eq!(at, [(501, true), (20_000, false)]);
    // Stopping inside a range cuts it there.
    assert_eq!(
        rows(old, &cheapest_ranges(&old.plans, 10_000).unwrap()),
        expect(&[("light", 0, 500), ("medium", 501, 10_000)])
    );
}

#[test]
fn japan_like_plans() {
    // ¥0/200; ¥5,000/5,000 (no add-on); ¥15,000/30,000 + 50,000 add-ons at ¥3, then ¥2.8.
    let japan = japan_schedule();
    let ranges = check(&japan, 1_000_000, &[]).unwrap();
    assert_eq!(
        rows(&japan, &ranges),
        expect(&[
            ("communication", 0, 200),
            ("light", 201, 5_000),
            ("standard", 5_001, 1_000_000)
        ])
    );
    let curve = bill_curve(&japan.plans[2], 200_000).unwrap();
    let points: Vec<(u64, Decimal)> = curve.points.iter().map(|p| (p.messages, p.bill)).collect();
    // 30,000 + 50,000 add-ons at ¥3 = ¥150,000 more; then 120,000 at ¥2.8 = ¥336,000 more.
    assert_eq!(
        points,
        [
            (0, dec("15000")),
            (30_000, dec("15000")),
            (80_000, dec("165000")),
            (200_000, dec("501000"))
        ]
    );
    assert!(!curve.ends_infeasible);
}

#[test]
fn curves_of_shipped_plans() {
    let old = schedule_by_id("tw-2019-04").unwrap();
    let curve = bill_curve(old.plan("medium").unwrap(), 100_000).unwrap();
    let points: Vec<(u64, Decimal)> = curve.points.iter().map(|p| (p.messages, p.bill)).collect();
    assert_eq!(
        points,
        [
            (0, dec("800")),
            (4_000, dec("800")),
            (100_000, dec("20000"))
        ]
    );
    let light = bill_curve(old.plan("light").unwrap(), 100_000).unwrap();
    assert_eq!(light.points.len(), 2);
    assert_eq!(light.points[1].messages, 500);
    assert!(light.ends_infeasible);
    // Stopping before the included messages end: flat to up_to, and feasible.
    let short = bill_curve(old.plan("high").unwrap(), 10).unwrap();
    assert_eq!(
        short.points.iter().map(|p| p.messages).collect::<Vec<_>>(),
        [0, 10]
    );
    assert!(!short.ends_infeasible);
    let zero = bill_curve(old.plan("high").unwrap(), 0).unwrap();
    assert_eq!(zero.points.len(), 1);
    assert_eq!(zero.points[0].bill, dec("4000"));
}

#[test]
fn curve_of_a_bounded_table() {
    // 1,000 included, then 100 add-ons at 1 and 100 at 0.5, and no more.
    let capped = plan("capped", "50", 1_000, Some(bounded()));
    let points = |up_to| -> (Vec<(u64, Decimal)>, bool) {
        let curve = bill_curve(&capped, up_to).unwrap();
        let points = curve.points.iter().map(|p| (p.messages, p.bill)).collect();
        (points, curve.ends_infeasible)
    };
    let full = vec![
        (0, dec("50")),
        (1_000, dec("50")),
        (1_100, dec("150")),
        (1_200, dec("200")),
    ];
    assert_eq!(points(5_000), (full.clone(), true));
    assert_eq!(points(1_200), (full, false));
    assert_eq!(
        points(1_150),
        (
            vec![
                (0, dec("50")),
                (1_000, dec("50")),
                (1_100, dec("150")),
                (1_150, dec("175"))
            ],
            false
        )
    );
    for up_to in [
        0, 1, 999, 1_000, 1_001, 1_099, 1_100, 1_101, 1_199, 1_200, 1_201,
    ] {
        check_curve(&capped, up_to).unwrap();
    }
    // Included messages start at 0: the first two vertices are one.
    let from_zero = plan("small", "0", 0, Some(four_tier()));
    let counts: Vec<u64> = bill_curve(&from_zero, 1_000_000)
        .unwrap()
        .points
        .iter()
        .map(|p| p.messages)
        .collect();
    assert_eq!(counts, [0, 1_000, 10_000, 100_000, 1_000_000]);
    check_curve(&from_zero, 1_000_000).unwrap();
}

#[test]
fn list_ends_where_no_plan_can_carry_the_count() {
    let capped = schedule(vec![
        plan("a", "0", 10, None),
        plan("b", "5", 20, Some(bounded())),
    ]);
    let ranges = check(&capped, 1_000, &[]).unwrap();
    assert_eq!(
        rows(&capped, &ranges),
        expect(&[("a", 0, 10), ("b", 11, 220)])
    );
    assert!(crossovers(&capped.plans, 1_000).unwrap()[0].from_ran_out);
    assert_eq!(cheapest_ranges(&[], 1_000), Ok(vec![]));
}

#[test]
fn a_plan_can_come_back() {
    // "a" (free, 100 included, then 1 each) wins to 149; at 150 both cost 50 and "b" (flat 50 up to 200, no
    // add-on, more included) wins to 200; past that only "a" can carry the count again.
    let plans = schedule(vec![
        plan(
            "a",
            "0",
            100,
            Some(pricing_fixtures::table(&[(1, None, "1")])),
        ),
        plan("b", "50", 200, None),
    ]);
    let ranges = check(&plans, 1_000, &[]).unwrap();
    assert_eq!(
        rows(&plans, &ranges),
        expect(&[("a", 0, 149), ("b", 150, 200), ("a", 201, 1_000)])
    );
}

#[test]
fn ties_go_to_the_plan_with_more_included_messages_not_the_earlier() {
    // "p" (50 included) costs 3 × (n − 50); "q" (0 included) costs 100 + n. They tie at n = 125 (NT$225 each),
    // and compare_plans gives ties to more included messages (headroom, no add-on to set): p up to 125, q from
    // 126. Listed the other way round, the same.
    let plans = schedule(vec![
        plan(
            "p",
            "0",
            50,
            Some(pricing_fixtures::table(&[(1, None, "3")])),
        ),
        plan(
            "q",
            "100",
            0,
            Some(pricing_fixtures::table(&[(1, None, "1")])),
        ),
    ]);
    assert_eq!(
        monthly_bill(&plans.plans[0], 125).unwrap().total,
        monthly_bill(&plans.plans[1], 125).unwrap().total
    );
    let ranges = check(&plans, 1_000, &[]).unwrap();
    assert_eq!(
        rows(&plans, &ranges),
        expect(&[("p", 0, 125), ("q", 126, 1_000)])
    );
    let reversed = schedule(plans.plans.iter().rev().cloned().collect());
    let ranges = check(&reversed, 1_000, &[]).unwrap();
    assert_eq!(
        rows(&reversed, &ranges),
        expect(&[("p", 0, 125), ("q", 126, 1_000)])
    );
}

#[test]
fn rounding_never_moves_a_crossover() {
    // "h" costs n; "c" a flat 1 (1,000 included, so larger). Solving the crossing on 0..=3 computes
    // 3 × (1 / 3) = 0.9999…, just below the true tie at 1; the exact check must still find 1 (the tie goes to
    // c, the plan with more included messages).
    assert_ne!(
        Decimal::ONE / Decimal::from(3) * Decimal::from(3),
        Decimal::ONE
    );
    let plans = schedule(vec![
        plan(
            "h",
            "0",
            0,
            Some(pricing_fixtures::table(&[(1, None, "1")])),
        ),
        plan("c", "1", 1_000, None),
    ]);
    let ranges = check(&plans, 3, &[]).unwrap();
    assert_eq!(rows(&plans, &ranges), expect(&[("h", 0, 0), ("c", 1, 3)]));
    // Same with a crossing at 10^12 and a 6-decimal price: c (flat 123,456.789012) vs h at 0.000001 per message.
    let far = schedule(vec![
        plan(
            "h",
            "0",
            0,
            Some(pricing_fixtures::table(&[(1, None, "0.000001")])),
        ),
        plan("c", "123456.789012", MAX_MESSAGES, None),
    ]);
    let ranges = check(&far, MAX_MESSAGES, &[]).unwrap();
    assert_eq!(
        rows(&far, &ranges),
        expect(&[
            ("h", 0, 123_456_789_011),
            ("c", 123_456_789_012, MAX_MESSAGES)
        ])
    );
}

#[test]
fn errors_match_compare_plans() {
    let tw = schedule_by_id("tw-2023-09").unwrap();
    let too_many = PricingError::TooManyMessages { max: MAX_MESSAGES };
    assert_eq!(cheapest_ranges(&tw.plans, MAX_MESSAGES + 1), Err(too_many));
    assert_eq!(
        bill_curve(&tw.plans[0], MAX_MESSAGES + 1).err(),
        Some(too_many)
    );
    // At 10 a message, 10^15 messages cost more than MAX_AMOUNT: the same error compare_plans gives there.
    let dear = schedule(vec![plan(
        "dear",
        "0",
        0,
        Some(pricing_fixtures::table(&[(1, None, "10")])),
    )]);
    let too_large = PricingError::AmountTooLarge { max: MAX_AMOUNT };
    assert_eq!(cheapest_ranges(&dear.plans, MAX_MESSAGES), Err(too_large));
    assert_eq!(compare_plans(&dear, MAX_MESSAGES), Err(too_large));
    assert!(cheapest_ranges(&dear.plans, MAX_MESSAGES / 10).is_ok());
    // A broken tier table is reported once the range reaches the add-on, as monthly_bill does.
    let broken = vec![plan(
        "broken",
        "0",
        100,
        Some(AddonPricing {
            tiers: vec![].into(),
        }),
    )];
    assert!(cheapest_ranges(&broken, 100).is_ok());
    assert!(matches!(
        cheapest_ranges(&broken, 101),
        Err(PricingError::InvalidTiers(_))
    ));
}

/// Random valid tier tables: 1–4 tiers, each 1 to 10^3 or 10^9 messages wide, positive non-increasing prices
/// with up to 6 decimals (NT$0.000001 to NT$100), the last tier bounded or not.
fn random_table() -> impl Strategy<Value = AddonPricing> {
    let widths = prop::collection::vec(prop_oneof![1..1_000_u64, 1..1_000_000_000_u64], 1..=4);
    let prices = prop::collection::vec((1..100_000_i64, 3..=6_u32), 4);
    (widths, prices, any::<bool>())
        .prop_map(|(widths, prices, bounded)| tiers(widths, prices, bounded))
}

/// Small tables (tiers 1–300 wide, 0.01 to 9.99 a message), for plan sets checked at every count.
fn small_table() -> impl Strategy<Value = AddonPricing> {
    let widths = prop::collection::vec(1..300_u64, 1..=4);
    let prices = prop::collection::vec((1..1_000_i64, 2..=2_u32), 4);
    (widths, prices, any::<bool>())
        .prop_map(|(widths, prices, bounded)| tiers(widths, prices, bounded))
}

fn tiers(widths: Vec<u64>, prices: Vec<(i64, u32)>, bounded: bool) -> AddonPricing {
    pricing_fixtures::graduated(widths, prices, bounded, |_| true)
}

/// A fee with up to 2 decimals, some included messages, and maybe an add-on table.
fn random_plan(
    fee: impl Strategy<Value = i64>,
    included: impl Strategy<Value = u64>,
    table: impl Strategy<Value = AddonPricing>,
) -> impl Strategy<Value = (i64, u32, u64, Option<AddonPricing>)> {
    (fee, 0..=2_u32, included, prop::option::weighted(0.7, table))
}

fn plan_set(
    plans: impl Strategy<Value = (i64, u32, u64, Option<AddonPricing>)>,
) -> impl Strategy<Value = Schedule> {
    prop::collection::vec(plans, 1..=4).prop_map(|plans| {
        schedule(
            plans
                .into_iter()
                .enumerate()
                .map(|(i, (fee, scale, included, addon))| {
                    let fee = Decimal::new(fee, scale).to_string();
                    plan(&format!("p{i}"), &fee, included, addon)
                })
                .collect(),
        )
    })
}

fn any_plan_set() -> impl Strategy<Value = Schedule> {
    let included = prop_oneof![0..1_000_u64, 0..1_000_000_u64, 0..1_000_000_000_000_u64];
    prop_oneof![
        plan_set(random_plan(0..2_000_000_i64, included, random_table())),
        // Plans that share fees and prices, so bills tie often.
        plan_set(random_plan(
            prop::sample::select(vec![0_i64, 500, 1_000]),
            prop::sample::select(vec![0_u64, 100, 200, 1_000]),
            prop::sample::select(vec![japan(), four_tier(), bounded()]),
        )),
    ]
}

fn up_to() -> impl Strategy<Value = u64> {
    prop_oneof![0..5_000_u64, 0..1_000_000_000_u64, 0..=MAX_MESSAGES]
}

proptest! {
    #[test]
    fn ranges_agree_with_compare_plans(
        plans in any_plan_set(),
        up_to in up_to(),
        probes in prop::collection::vec(any::<u64>(), 16),
    ) {
        match cheapest_ranges(&plans.plans, up_to) {
            Ok(_) => {
                check(&plans, up_to, &probes)?;
            }
            Err(e) => {
                // Far past real use a bill can exceed MAX_AMOUNT: then compare_plans fails at some count in range
                // too, at the latest where a plan's bill peaks (up_to, or where the plan runs out).
                prop_assert!(matches!(e, PricingError::AmountTooLarge { .. }), "{e}");
                let peaks = plans.plans.iter().map(|p| {
                    bill_curve(p, up_to).map_or(up_to, |c| c.points.last().unwrap().messages)
                });
                let fails = peaks.chain([up_to]).any(|n| compare_plans(&plans, n) == Err(e));
                prop_assert!(fails, "compare_plans never fails with {e}");
            }
        }
    }

    #[test]
    fn ranges_agree_at_every_count(
        plans in plan_set(random_plan(0..2_000_i64, 0..1_000_u64, small_table())),
        up_to in 0..2_500_u64,
    ) {
        let ranges = cheapest_ranges(&plans.plans, up_to).unwrap();
        let mut at = ranges.iter().flat_map(|r| (r.first..=r.last).map(move |_| Some(r.plan_index)));
        for n in 0..=up_to {
            let expected = at.next().flatten();
            prop_assert_eq!(recommended(&plans, n), expected, "at {}", n);
        }
    }

    #[test]
    fn crossovers_are_exact(plans in any_plan_set(), up_to in up_to()) {
        let Ok(found) = crossovers(&plans.plans, up_to) else { return Ok(()) };
        for c in found {
            prop_assert!(preferred(&plans, c.to, c.from, c.messages), "at {}", c.messages);
            prop_assert!(preferred(&plans, c.from, c.to, c.messages - 1), "at {}", c.messages - 1);
            prop_assert_eq!(recommended(&plans, c.messages), Some(c.to));
            prop_assert_eq!(recommended(&plans, c.messages - 1), Some(c.from));
        }
    }
}

//! Where plans' bills cross: each plan's bill as exact chart vertices, and the message ranges in which each plan
//! is the cheapest.
//!
//! A plan's monthly bill is piecewise linear in the month's messages: flat at the fee up to the included
//! messages, then one straight piece per add-on tier. So a chart needs only the vertices. Between two
//! consecutive vertices of all plans every bill is a straight line and no plan runs out, so each plan is the
//! cheapest on at most one interval there: a binary search over exact bills finds where the cheapest plan
//! changes, a few dozen bill evaluations instead of a scan of every count (counts go up to 10^15). Nothing is
//! solved in `Decimal` division, so no rounding can move a crossover, and the ranges agree with
//! [`compare_plans`] at every count (it is the same choice, made by the same function).
//!
//! [`compare_plans`]: super::compare_plans

use rust_decimal::Decimal;

use super::bill::{cheapest_plan, monthly_bill};
use super::limits::{check_messages, PricingError};
use super::schedule::Plan;
use super::tiers::check_tiers;

/// One vertex of a plan's bill curve.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BillPoint {
    /// Messages in the month, included and add-on together.
    pub messages: u64,
    /// The exact monthly bill for them, tax excluded.
    pub bill: Decimal,
}

/// A plan's monthly bill over `0..=up_to` messages, as the vertices of a line chart.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BillCurve {
    /// Strictly increasing counts starting at 0. Between two consecutive points the bill is exactly the
    /// straight line joining them, so drawing the polyline draws the bill, with no sampling.
    pub points: Vec<BillPoint>,
    /// `true` when the plan cannot carry `up_to` messages: the last point is then the most it can carry (its
    /// included messages, or the end of its bounded final add-on tier) and the plan has no bill past it, so a
    /// chart should stop the line there rather than extend it.
    pub ends_infeasible: bool,
}

/// The vertices of `plan`'s monthly bill (tax excluded) over `0..=up_to` messages: `(0, fee)`, `(included, fee)`,
/// the end of every bounded add-on tier before `up_to`, then `up_to`, or the last count the plan can carry if
/// that is smaller. Every bill comes from [`monthly_bill`], so the points are exact.
///
/// Errors: `up_to` above [`MAX_MESSAGES`](super::MAX_MESSAGES), and whatever [`monthly_bill`] reports for a
/// count on the curve (e.g. a bill above [`MAX_AMOUNT`](super::MAX_AMOUNT), or a tier table that
/// [`check_tiers`] rejects when the curve reaches the add-on).
///
/// ```
/// use line_oa_calc::pricing::{bill_curve, schedule_by_id};
/// use rust_decimal::Decimal;
/// let tw = schedule_by_id("tw-2023-09").unwrap();
/// let points = |plan, up_to| -> Vec<(u64, Decimal)> {
///     let curve = bill_curve(tw.plan(plan).unwrap(), up_to).unwrap();
///     curve.points.iter().map(|p| (p.messages, p.bill)).collect()
/// };
/// // 高用量: NT$1,200 up to 6,000 messages, then NT$0.2 per message.
/// assert_eq!(points("high", 10_000), [(0, 1_200.into()), (6_000, 1_200.into()), (10_000, 2_000.into())]);
/// // 中用量 sells no add-on messages: its line stops at 3,000.
/// let medium = bill_curve(tw.plan("medium").unwrap(), 10_000).unwrap();
/// assert!(medium.ends_infeasible);
/// assert_eq!(medium.points.last().unwrap().messages, 3_000);
/// ```
pub fn bill_curve(plan: &Plan, up_to: u64) -> Result<BillCurve, PricingError> {
    check_messages(up_to)?;
    let included = plan.included_messages;
    let mut counts = vec![0, included.min(up_to)];
    // The most messages the plan carries; `None` = no limit.
    let mut reach = Some(included);
    if let Some(pricing) = plan.addon.as_ref().filter(|_| up_to > included) {
        // The same check `monthly_bill` makes once add-on messages are billed: the bounds below rely on it.
        check_tiers(&pricing.tiers).map_err(PricingError::InvalidTiers)?;
        for tier in pricing.tiers.iter() {
            // Each tier is one straight piece, ending at its last add-on message.
            reach = tier.last.map(|last| included.saturating_add(last));
            counts.extend(reach.filter(|&end| end < up_to));
        }
    }
    let end = reach.map_or(up_to, |reach| reach.min(up_to));
    counts.push(end);
    sort_dedup(&mut counts);
    let points = counts
        .into_iter()
        .map(|messages| {
            // Every count here is at most `end`, which the plan carries: a feasible bill.
            let bill = monthly_bill(plan, messages)?.total;
            Ok(BillPoint { messages, bill })
        })
        .collect::<Result<Vec<_>, PricingError>>()?;
    Ok(BillCurve {
        points,
        ends_infeasible: end < up_to,
    })
}

/// A maximal range of monthly message counts over which one plan is the cheapest that can carry them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CheapestRange {
    /// Index into the plans given to [`cheapest_ranges`].
    pub plan_index: usize,
    /// First count of the range.
    pub first: u64,
    /// Last count of the range (inclusive).
    pub last: u64,
}

/// Splits `0..=up_to` messages into maximal ranges in which the same plan is the cheapest one that can carry
/// the count: at every count the range's plan is exactly [`compare_plans`](super::compare_plans)'
/// `recommended` (ties go to the plan with more included messages, then the earlier in `plans`).
///
/// The ranges are in order, contiguous from 0, and consecutive ranges have different plans. The `first` of
/// each range after the first is a crossover: the smallest count at which the previous plan stops being the
/// cheapest, because another plan's bill is now lower (or equal, on a plan with more included messages) or because the previous
/// plan cannot carry the count. The list ends at `up_to`, or earlier at the last count any plan can carry; it is
/// empty only for an empty `plans`.
///
/// Exact and fast: work grows with the number of plans and tiers, not with `up_to` (see the module docs).
/// Errors: those of [`bill_curve`] for any plan; they match the counts where `compare_plans` would fail.
///
/// ```
/// use line_oa_calc::pricing::{cheapest_ranges, schedule_by_id};
/// let ranges = |id: &str, up_to| -> Vec<(&str, u64, u64)> {
///     let schedule = schedule_by_id(id).unwrap();
///     let ranges = cheapest_ranges(&schedule.plans, up_to).unwrap();
///     ranges.iter().map(|r| (&*schedule.plans[r.plan_index].id, r.first, r.last)).collect()
/// };
/// // Since 2023-09: light NT$0/200, medium NT$800/3,000 (no add-on), high NT$1,200/6,000 + NT$0.2.
/// assert_eq!(
///     ranges("tw-2023-09", 1_000_000_000),
///     [("light", 0, 200), ("medium", 201, 3_000), ("high", 3_001, 1_000_000_000)]
/// );
/// // Until 2023-08: light NT$0/500, medium NT$800/4,000 + NT$0.2, high NT$4,000/25,000 + NT$0.15.
/// // At 20,000 medium costs 800 + 16,000 × 0.2 = NT$4,000, a tie that high wins (more included
/// // messages); at 20,001 medium costs NT$4,000.2, more than high.
/// assert_eq!(
///     ranges("tw-2019-04", 100_000),
///     [("light", 0, 500), ("medium", 501, 19_999), ("high", 20_000, 100_000)]
/// );
/// ```
pub fn cheapest_ranges(plans: &[Plan], up_to: u64) -> Result<Vec<CheapestRange>, PricingError> {
    let mut vertices = Vec::new();
    for plan in plans {
        vertices.extend(bill_curve(plan, up_to)?.points.iter().map(|p| p.messages));
    }
    sort_dedup(&mut vertices);
    let cheapest = |messages| cheapest_plan(plans, messages);
    let mut ranges = Vec::new();
    let Some(mut current) = cheapest(0)? else {
        return Ok(ranges);
    };
    let mut first = 0;
    let mut done = 0; // `current` is the cheapest at `done`
    while done < up_to {
        // The piece after `done`: every bill is one straight line on it and no plan runs out
        // inside it, so each plan is the cheapest on one interval of it (ties are broken the
        // same way everywhere), and a binary search finds where that interval ends.
        let end = vertices
            .iter()
            .copied()
            .find(|&v| v > done)
            .unwrap_or(up_to);
        let mut at = done + 1;
        let mut winner = cheapest(at)?;
        loop {
            if winner != Some(current) {
                ranges.push(CheapestRange {
                    plan_index: current,
                    first,
                    last: at - 1,
                });
                let Some(next) = winner else {
                    return Ok(ranges); // no plan carries `at`
                };
                (current, first) = (next, at);
            }
            if cheapest(end)? == Some(current) {
                break;
            }
            let (mut wins, mut loses) = (at, end);
            while loses - wins > 1 {
                let middle = wins + (loses - wins) / 2;
                if cheapest(middle)? == Some(current) {
                    wins = middle;
                } else {
                    loses = middle;
                }
            }
            at = loses;
            winner = cheapest(at)?;
        }
        done = end;
    }
    ranges.push(CheapestRange {
        plan_index: current,
        first,
        last: done,
    });
    Ok(ranges)
}

/// The point where the cheapest plan changes, for advice such as "from 3,001 messages, 高用量 is cheaper".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Crossover {
    /// The first count at which `to` is the cheapest plan.
    pub messages: u64,
    /// Index of the plan that was the cheapest up to `messages - 1`.
    pub from: usize,
    /// Index of the plan that is the cheapest from `messages`.
    pub to: usize,
    /// `true` when `from` cannot carry `messages` at all; `false` when it can but `to` is cheaper (or as cheap
    /// with more included messages).
    pub from_ran_out: bool,
}

/// The crossovers of [`cheapest_ranges`]: where each range after the first begins, with the plans on either side.
///
/// ```
/// use line_oa_calc::pricing::{crossovers, schedule_by_id};
/// let old = schedule_by_id("tw-2019-04").unwrap();
/// let found = crossovers(&old.plans, 100_000).unwrap();
/// let at: Vec<(u64, bool)> = found.iter().map(|c| (c.messages, c.from_ran_out)).collect();
/// // Light runs out after 500 messages; from 20,000 high costs no more than medium and includes more.
/// assert_eq!(at, [(501, true), (20_000, false)]);
/// ```
pub fn crossovers(plans: &[Plan], up_to: u64) -> Result<Vec<Crossover>, PricingError> {
    let ranges = cheapest_ranges(plans, up_to)?;
    let mut found = Vec::with_capacity(ranges.len().saturating_sub(1));
    for pair in ranges.windows(2) {
        let &[before, after] = pair else { continue };
        let from_ran_out = match plans.get(before.plan_index) {
            Some(plan) => !monthly_bill(plan, after.first)?.is_feasible(),
            None => false,
        };
        found.push(Crossover {
            messages: after.first,
            from: before.plan_index,
            to: after.plan_index,
            from_ran_out,
        });
    }
    Ok(found)
}

/// Sorts and deduplicates a handful of counts (a plan's tier ends). An insertion sort: these
/// lists are a few entries long, and the standard library's sort would add kilobytes to the
/// wasm bundle.
fn sort_dedup(counts: &mut Vec<u64>) {
    for i in 1..counts.len() {
        let mut j = i;
        while j > 0 && counts[j - 1] > counts[j] {
            counts.swap(j - 1, j);
            j -= 1;
        }
    }
    counts.dedup();
}

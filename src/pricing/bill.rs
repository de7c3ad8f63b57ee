//! Monthly bills per plan, the best plan for a message count, and the most messages a monthly budget buys.

use std::cmp::Ordering;

use rust_decimal::Decimal;

use super::engine::{addon_cost, addon_inverse, AddonQuote};
use super::limits::{add, check_amount, check_messages, quotient, PricingError, MAX_MESSAGES};
use super::schedule::{Plan, Schedule, TaxRule, Text};
use super::tax::TaxView;

/// Whether a plan can carry the month's messages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Feasibility {
    Feasible,
    Infeasible(InfeasibleReason),
}

/// Why a plan cannot carry the month's messages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InfeasibleReason {
    /// The plan sells no add-on messages (e.g. 中用量 since 2023-09) and `included` is its whole allowance.
    AddonNotAvailable { included: u64 },
    /// The plan's add-on table ends: `max_total` is the most messages a month it can carry.
    AboveAddonMaximum { max_total: u64 },
}

/// One plan's bill for a month.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlanBill {
    pub plan_id: Text,
    /// Tax excluded.
    pub monthly_fee: Decimal,
    pub included_messages: u64,
    /// The month's messages, included and add-on together.
    pub total_messages: u64,
    /// Messages beyond the included ones (for an infeasible bill: the ones the plan cannot carry).
    pub addon_messages: u64,
    /// The add-on charge with its tier breakdown. From [`monthly_bill`]: `None` when no add-on messages are
    /// billed. In a [`BudgetPick`] on a plan that sells add-ons: always `Some`, even for 0 messages, because its
    /// `confirmed` and `capped` flags describe the budget inverse.
    pub addon: Option<AddonQuote>,
    /// Fee plus add-on charge, tax excluded, exact. For an infeasible bill only the fee: check `feasibility`.
    pub total: Decimal,
    pub feasibility: Feasibility,
}

impl PlanBill {
    /// Whether the plan carries the month's messages.
    ///
    /// ```
    /// use line_oa_calc::pricing::{monthly_bill, schedule_by_id};
    /// let tw = schedule_by_id("tw-2023-09").unwrap();
    /// assert!(monthly_bill(tw.plan("medium").unwrap(), 3_000).unwrap().is_feasible());
    /// assert!(!monthly_bill(tw.plan("medium").unwrap(), 3_001).unwrap().is_feasible());
    /// ```
    pub fn is_feasible(&self) -> bool {
        self.feasibility == Feasibility::Feasible
    }

    /// Whether the amount depends only on confirmed prices (see [`AddonQuote::confirmed`]).
    ///
    /// ```
    /// use line_oa_calc::pricing::{monthly_bill, schedule_by_id};
    /// let high = schedule_by_id("tw-2023-09").unwrap().plan("high").unwrap();
    /// assert!(monthly_bill(high, 6_000).unwrap().confirmed());
    /// assert!(!monthly_bill(high, 6_001).unwrap().confirmed());
    /// ```
    pub fn confirmed(&self) -> bool {
        self.addon.as_ref().is_none_or(|q| q.confirmed)
    }

    /// The total in a tax view.
    ///
    /// ```
    /// use line_oa_calc::pricing::{monthly_bill, schedule_by_id, TaxView};
    /// use rust_decimal::Decimal;
    /// let tw = schedule_by_id("tw-2023-09").unwrap();
    /// let bill = monthly_bill(tw.plan("high").unwrap(), 7_000).unwrap();
    /// assert_eq!(bill.total_in(&tw.tax, TaxView::Included), Ok(Decimal::from(1_470)));
    /// ```
    pub fn total_in(&self, tax: &TaxRule, view: TaxView) -> Result<Decimal, PricingError> {
        tax.apply(self.total, view)
    }

    /// Average cost per message in a tax view; `None` for 0 messages or an infeasible bill. Rounded by
    /// `Decimal` division to 28 significant digits: for display only.
    ///
    /// ```
    /// use line_oa_calc::pricing::{monthly_bill, schedule_by_id, TaxView};
    /// use rust_decimal::Decimal;
    /// let tw = schedule_by_id("tw-2023-09").unwrap();
    /// let bill = monthly_bill(tw.plan("high").unwrap(), 6_000).unwrap();
    /// assert_eq!(bill.cost_per_message(&tw.tax, TaxView::Excluded), Some(Decimal::new(2, 1)));
    /// ```
    pub fn cost_per_message(&self, tax: &TaxRule, view: TaxView) -> Option<Decimal> {
        if self.total_messages == 0 || !self.is_feasible() {
            return None;
        }
        quotient(
            self.total_in(tax, view).ok()?,
            Decimal::from(self.total_messages),
        )
    }
}

/// The bill for `total_messages` in a month on `plan`: the fee plus the graduated add-on charge beyond the
/// included messages. A plan that cannot carry the count gives an infeasible bill (not an error).
///
/// ```
/// use line_oa_calc::pricing::{monthly_bill, schedule_by_id, Feasibility, InfeasibleReason};
/// use rust_decimal::Decimal;
/// let tw = schedule_by_id("tw-2023-09").unwrap();
/// assert_eq!(monthly_bill(tw.plan("high").unwrap(), 6_001).unwrap().total, Decimal::new(12002, 1));
/// assert_eq!(
///     monthly_bill(tw.plan("medium").unwrap(), 3_001).unwrap().feasibility,
///     Feasibility::Infeasible(InfeasibleReason::AddonNotAvailable { included: 3_000 })
/// );
/// ```
pub fn monthly_bill(plan: &Plan, total_messages: u64) -> Result<PlanBill, PricingError> {
    check_messages(total_messages)?;
    let addon_messages = total_messages.saturating_sub(plan.included_messages);
    if addon_messages == 0 {
        return bill(plan, total_messages, None);
    }
    let infeasible = |reason| -> Result<PlanBill, PricingError> {
        let mut bill = bill(plan, total_messages, None)?;
        bill.addon_messages = addon_messages;
        bill.feasibility = Feasibility::Infeasible(reason);
        Ok(bill)
    };
    let Some(pricing) = &plan.addon else {
        return infeasible(InfeasibleReason::AddonNotAvailable {
            included: plan.included_messages,
        });
    };
    match addon_cost(pricing, addon_messages) {
        Ok(quote) => bill(plan, total_messages, Some(quote)),
        Err(PricingError::BeyondLastTier { max_addon }) => {
            infeasible(InfeasibleReason::AboveAddonMaximum {
                max_total: plan.included_messages.saturating_add(max_addon),
            })
        }
        Err(e) => Err(e),
    }
}

/// A feasible bill from its parts; `total_messages` must equal included (or fewer) plus the quote's messages.
fn bill(
    plan: &Plan,
    total_messages: u64,
    addon: Option<AddonQuote>,
) -> Result<PlanBill, PricingError> {
    let fee = check_amount(plan.monthly_fee)?;
    let total = check_amount(add(
        fee,
        addon.as_ref().map_or(Decimal::ZERO, |q| q.amount),
    )?)?;
    Ok(PlanBill {
        plan_id: plan.id.clone(),
        monthly_fee: fee,
        included_messages: plan.included_messages,
        total_messages,
        addon_messages: addon.as_ref().map_or(0, |q| q.messages),
        addon,
        total,
        feasibility: Feasibility::Feasible,
    })
}

/// Every plan's bill for one month's message count, and the recommended plan.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlanComparison {
    pub total_messages: u64,
    /// One bill per plan, in the schedule's plan order.
    pub bills: Vec<PlanBill>,
    /// Index into `bills` of the cheapest feasible plan; at equal cost, the plan that leaves more
    /// included messages (more headroom, no add-ons to set), then the earlier in the data. `None`
    /// if no plan can carry the count.
    pub recommended: Option<usize>,
}

impl PlanComparison {
    /// The other feasible plans that cost exactly as much as the recommended one (a tie the advice
    /// must mention), in plan order.
    ///
    /// ```
    /// use line_oa_calc::pricing::{compare_plans, schedule_by_id};
    /// let th = schedule_by_id("th-2024-08").unwrap();
    /// let at_edge = compare_plans(th, 20_000).unwrap();
    /// assert_eq!(at_edge.recommended.map(|i| &*at_edge.bills[i].plan_id), Some("pro"));
    /// assert_eq!(at_edge.tied_with_recommended().map(|i| &*at_edge.bills[i].plan_id).collect::<Vec<_>>(), ["basic"]);
    /// assert_eq!(compare_plans(th, 20_001).unwrap().tied_with_recommended().count(), 0);
    /// ```
    pub fn tied_with_recommended(&self) -> impl Iterator<Item = usize> + '_ {
        tied_with(self.bills.len(), self.recommended, |index| {
            let bill = self.bills.get(index)?;
            bill.is_feasible().then_some(bill.total)
        })
    }
}

/// Bills every plan for `total_messages` and recommends the cheapest feasible one.
///
/// ```
/// use line_oa_calc::pricing::{compare_plans, schedule_by_id};
/// let tw = schedule_by_id("tw-2023-09").unwrap();
/// let cmp = compare_plans(tw, 3_001).unwrap();
/// assert_eq!(cmp.bills.len(), 3);
/// assert_eq!(cmp.recommended.map(|i| &*cmp.bills[i].plan_id), Some("high"));
/// ```
pub fn compare_plans(
    schedule: &Schedule,
    total_messages: u64,
) -> Result<PlanComparison, PricingError> {
    let bills = schedule
        .plans
        .iter()
        .map(|p| monthly_bill(p, total_messages))
        .collect::<Result<Vec<_>, _>>()?;
    let recommended = cheapest_of(&bills);
    Ok(PlanComparison {
        total_messages,
        bills,
        recommended,
    })
}

/// The cheapest feasible bill's index, by the tie rule ([`cheapest_by`]).
fn cheapest_of(bills: &[PlanBill]) -> Option<usize> {
    cheapest_by(
        bills,
        |bill| bill.is_feasible().then_some(bill.total),
        |bill| bill.included_messages,
    )
}

/// The tie rule, the one place it is written: the index of the cheapest of `items` that has a
/// `cost`; at equal cost the one that leaves more `included` messages (headroom, and no add-on cap
/// to set), then the earlier. The plan table and the month planner both recommend by it.
pub fn cheapest_by<T>(
    items: &[T],
    cost: impl Fn(&T) -> Option<Decimal>,
    included: impl Fn(&T) -> u64,
) -> Option<usize> {
    items
        .iter()
        .enumerate()
        .filter_map(|(index, item)| Some((index, cost(item)?, included(item))))
        .min_by(|(i, a, a_included), (j, b, b_included)| {
            a.cmp(b).then(b_included.cmp(a_included)).then(i.cmp(j))
        })
        .map(|(index, _, _)| index)
}

/// The other items that cost exactly as much as `best` (a tie the advice must mention), in order.
pub fn tied_with(
    count: usize,
    best: Option<usize>,
    cost: impl Fn(usize) -> Option<Decimal>,
) -> impl Iterator<Item = usize> {
    let best_cost = best.and_then(&cost).map(|c| (best, c));
    (0..count).filter(move |index| {
        best_cost.is_some_and(|(best, c)| Some(*index) != best && cost(*index) == Some(c))
    })
}

/// The plan [`compare_plans`] would recommend for `total_messages`, without the comparison.
pub(crate) fn cheapest_plan(
    plans: &[Plan],
    total_messages: u64,
) -> Result<Option<usize>, PricingError> {
    let bills = plans
        .iter()
        .map(|p| monthly_bill(p, total_messages))
        .collect::<Result<Vec<_>, _>>()?;
    Ok(cheapest_of(&bills))
}

/// Orders plans smallest first: fewer included messages, then earlier in the data.
fn smaller_plan(a: &PlanBill, i: usize, b: &PlanBill, j: usize) -> Ordering {
    a.included_messages
        .cmp(&b.included_messages)
        .then(i.cmp(&j))
}

/// The plan on which a monthly budget buys the most messages.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BudgetPick {
    /// Index into the schedule's plans.
    pub plan_index: usize,
    pub plan_id: Text,
    /// Messages a month, included and add-on together.
    pub messages: u64,
    /// The bill for those messages; its add-on quote (if any) carries `capped` and `confirmed` from the inverse.
    pub bill: PlanBill,
}

/// The most monthly messages `budget` (seen in `view`) buys across the schedule's plans: each plan's fee, then
/// the add-on inverse on what is left. A plan whose fee exceeds the budget buys nothing. Ties go to the cheaper
/// bill, then the smaller plan. `None` if no plan's fee fits the budget.
///
/// ```
/// use line_oa_calc::pricing::{most_messages_for_budget, schedule_by_id, TaxView};
/// use rust_decimal::Decimal;
/// let tw = schedule_by_id("tw-2023-09").unwrap();
/// let pick = most_messages_for_budget(tw, Decimal::from(900), TaxView::Excluded).unwrap().unwrap();
/// assert_eq!((&*pick.plan_id, pick.messages), ("medium", 3_000));
/// ```
pub fn most_messages_for_budget(
    schedule: &Schedule,
    budget: Decimal,
    view: TaxView,
) -> Result<Option<BudgetPick>, PricingError> {
    let budget = check_amount(budget)?;
    let mut best: Option<BudgetPick> = None;
    for (plan_index, plan) in schedule.plans.iter().enumerate() {
        let fee = schedule.tax.apply(check_amount(plan.monthly_fee)?, view)?;
        if fee > budget {
            continue;
        }
        let included = plan.included_messages.min(MAX_MESSAGES);
        let quote = match &plan.addon {
            Some(pricing) => {
                let left = budget.checked_sub(fee).ok_or(PricingError::Overflow)?;
                Some(addon_inverse(
                    pricing,
                    left,
                    &schedule.tax,
                    view,
                    MAX_MESSAGES.saturating_sub(included),
                )?)
            }
            None => None,
        };
        let messages = included.saturating_add(quote.as_ref().map_or(0, |q| q.messages));
        let pick = BudgetPick {
            plan_index,
            plan_id: plan.id.clone(),
            messages,
            bill: bill(plan, messages, quote)?,
        };
        if best.as_ref().is_none_or(|b| better_pick(&pick, b)) {
            best = Some(pick);
        }
    }
    Ok(best)
}

/// More messages; then the cheaper bill; then the smaller plan.
fn better_pick(new: &BudgetPick, old: &BudgetPick) -> bool {
    let order = old
        .messages
        .cmp(&new.messages)
        .then(new.bill.total.cmp(&old.bill.total))
        .then(smaller_plan(
            &new.bill,
            new.plan_index,
            &old.bill,
            old.plan_index,
        ));
    order == Ordering::Less
}

/// A plan's month prorated by days: its fee × `days_left` ÷ `days_in_month` (exact; no source gives LINE's
/// rounding) and its included messages × the same share, rounded down. `days_left` counts the day of the change.
///
/// ```
/// use line_oa_calc::pricing::{prorated_month, schedule_by_id};
/// use rust_decimal::Decimal;
/// let medium = schedule_by_id("tw-2023-09").unwrap().plan("medium").unwrap();
/// assert_eq!(prorated_month(medium, 15, 30), Ok((Decimal::from(400), 1_500)));
/// assert!(prorated_month(medium, 1, 0).is_err());
/// ```
pub fn prorated_month(
    plan: &Plan,
    days_left: u8,
    days_in_month: u8,
) -> Result<(Decimal, u64), PricingError> {
    let (left, month) = (u64::from(days_left), u64::from(days_in_month));
    if month == 0 || left > month {
        return Err(PricingError::Overflow);
    }
    let fee = quotient(
        super::limits::times(plan.monthly_fee, left)?,
        Decimal::from(month),
    )
    .ok_or(PricingError::Overflow)?;
    let messages = u128::from(plan.included_messages)
        .checked_mul(u128::from(left))
        .and_then(|share| share.checked_div(u128::from(month)))
        .and_then(|share| u64::try_from(share).ok())
        .ok_or(PricingError::Overflow)?;
    Ok((check_amount(fee)?, messages))
}

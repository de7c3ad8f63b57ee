//! The pricing engine: LINE Official Account message prices as data, exact in both directions.
//!
//! Pure Rust (no Yew, no web-sys), tested natively. The pieces:
//! - [`Schedule`]s are JSON files under `assets/schedules/`, embedded at compile time ([`shipped_schedules`]) and
//!   checked by [`validate`]; adding a region is a data file only.
//! - [`addon_cost`] / [`addon_messages_for_budget`]: graduated (累進) add-on pricing, messages ↔ amount, exact.
//! - [`monthly_bill`], [`compare_plans`], [`most_messages_for_budget`]: whole-plan answers.
//! - [`bill_curve`], [`cheapest_ranges`], [`crossovers`]: bills as exact chart vertices, and the message counts
//!   where the cheapest plan changes, found without scanning every count.
//! - [`TaxRule::apply`]: every amount tax excluded (as LINE lists it) or included.
//! - [`parse_message_count`], [`parse_amount`], [`format_count`], [`format_amount`]: what the user types and reads.
//!
//! Amounts stay exact `Decimal`s everywhere; only [`format_amount`] rounds, because no source states how LINE
//! rounds its invoices.

mod bill;
mod crossover;
mod date;
mod engine;
mod limits;
mod number;
mod parse;
mod schedule;
mod shipped;
mod tax;
mod tiers;
mod validate;

pub use bill::{
    cheapest_by, compare_plans, monthly_bill, most_messages_for_budget, prorated_month, tied_with,
    BudgetPick, Feasibility, InfeasibleReason, PlanBill, PlanComparison,
};
pub use crossover::{
    bill_curve, cheapest_ranges, crossovers, BillCurve, BillPoint, CheapestRange, Crossover,
};
pub use date::CalendarDate;
pub use engine::{addon_cost, addon_messages_for_budget, AddonQuote, TierLine};
pub(crate) use limits::{add, difference};
pub use limits::{check_amount, check_messages, PricingError, MAX_AMOUNT, MAX_MESSAGES};
pub use number::{
    format_amount, format_count, is_number_prefix, parse_amount, parse_message_count,
    round_for_display, NumberError, MAX_DECIMALS,
};
pub use parse::parse_schedule;
pub use schedule::{
    AddonPricing, ChangeBilling, Currency, EndDoubt, Localized, Plan, PlanChange, Schedule, Source,
    TaxRule, Tier, REQUIRED_LANGUAGES,
};
pub use shipped::{
    next_month_schedule, next_schedule, previous_schedule, region_schedules, schedule_by_id,
    schedule_in_force, schedules_in_force, shipped_schedule_errors, shipped_schedules,
    DEFAULT_REGION,
};
pub use tax::TaxView;
pub use tiers::{check_tiers, TierFault, MAX_PRICE_DECIMALS};
pub use validate::{
    validate, ScheduleError, ScheduleFault, MAX_CURRENCY_DECIMALS, MAX_TAX_RATE_DECIMALS,
};

//! The schedules shipped in `assets/schedules/`, compiled in by `build.rs`.
//!
//! They are validated by the test suite, not at start-up: the data is compiled into the bundle,
//! so it cannot change after the tests passed, and the reader's phone is spared the work.

use std::borrow::Cow;

use rust_decimal::Decimal;

use super::schedule::{AddonPricing, Currency, Localized, Plan, Schedule, Source, TaxRule, Tier};
use super::validate::{validate, ScheduleError};

// `SHIPPED_FILES` and `SHIPPED`: every `assets/schedules/*.json` in file-name order, as `build.rs`
// translated them (a native test checks each equals `parse_schedule` of its file).
include!(concat!(env!("OUT_DIR"), "/shipped_schedules.rs"));

/// The region shown when nothing asks for another: the product is for Taiwan first.
pub const DEFAULT_REGION: &str = "TW";

/// Every shipped schedule, in file-name order.
///
/// ```
/// let ids: Vec<&str> = line_oa_calc::pricing::shipped_schedules().iter().map(|s| &*s.id).collect();
/// assert!(ids.contains(&"tw-2023-09"));
/// ```
pub fn shipped_schedules() -> &'static [Schedule] {
    SHIPPED
}

/// What is wrong with the shipped schedules, naming each file; a test keeps this empty.
///
/// ```
/// assert!(line_oa_calc::pricing::shipped_schedule_errors().is_empty());
/// ```
pub fn shipped_schedule_errors() -> Vec<ScheduleError> {
    SHIPPED_FILES
        .iter()
        .zip(SHIPPED)
        .filter_map(|(file, schedule)| validate(file, schedule).err())
        .collect()
}

/// The shipped schedule with this id.
///
/// ```
/// let tw = line_oa_calc::pricing::schedule_by_id("tw-2023-09").unwrap();
/// assert_eq!(tw.currency.symbol, "NT$");
/// assert!(line_oa_calc::pricing::schedule_by_id("xx").is_none());
/// ```
pub fn schedule_by_id(id: &str) -> Option<&'static Schedule> {
    shipped_schedules().iter().find(|s| s.id == id)
}

/// The shipped schedule for `region` in force on `date` (`YYYY-MM-DD`), e.g. the current one for today.
///
/// ```
/// use line_oa_calc::pricing::schedule_in_force;
/// assert_eq!(schedule_in_force("TW", "2024-01-15").unwrap().id, "tw-2023-09");
/// assert_eq!(schedule_in_force("TW", "2023-08-31").unwrap().id, "tw-2019-04");
/// assert!(schedule_in_force("TW", "2000-01-01").is_none());
/// ```
pub fn schedule_in_force(region: &str, date: &str) -> Option<&'static Schedule> {
    // Validated dates are YYYY-MM-DD, so string order is date order.
    shipped_schedules().iter().find(|s| {
        s.region == region
            && &*s.effective_from <= date
            && s.effective_to.as_deref().is_none_or(|to| date <= to)
    })
}

/// The current shipped schedule for `region`: the one with no end date (the latest start if several).
///
/// ```
/// assert_eq!(line_oa_calc::pricing::current_schedule("TW").unwrap().id, "tw-2023-09");
/// assert_eq!(line_oa_calc::pricing::current_schedule("JP").unwrap().id, "jp-2023-06");
/// assert!(line_oa_calc::pricing::current_schedule("XX").is_none());
/// ```
pub fn current_schedule(region: &str) -> Option<&'static Schedule> {
    shipped_schedules()
        .iter()
        .filter(|s| s.region == region && s.effective_to.is_none())
        .max_by(|a, b| a.effective_from.cmp(&b.effective_from))
}

/// The current schedule of every region, the default region first, then in file-name order:
/// the page's region picker.
///
/// ```
/// let regions: Vec<&str> = line_oa_calc::pricing::current_schedules().iter().map(|s| &*s.region).collect();
/// assert_eq!(regions[0], "TW");
/// assert!(regions.contains(&"JP"));
/// ```
pub fn current_schedules() -> Vec<&'static Schedule> {
    let current =
        |s: &&'static Schedule| current_schedule(&s.region).is_some_and(|c| std::ptr::eq(c, *s));
    let is_default = |s: &&'static Schedule| s.region == DEFAULT_REGION;
    let all = || shipped_schedules().iter().filter(current);
    all()
        .filter(is_default)
        .chain(all().filter(|s| !is_default(s)))
        .collect()
}

/// The shipped schedule of the same region that `schedule` replaced: the latest that started before it.
///
/// ```
/// use line_oa_calc::pricing::{current_schedule, previous_schedule};
/// let now = current_schedule("TW").unwrap();
/// let before = previous_schedule(now).unwrap();
/// assert_eq!(before.id, "tw-2019-04");
/// assert!(previous_schedule(before).is_none());
/// ```
pub fn previous_schedule(schedule: &Schedule) -> Option<&'static Schedule> {
    shipped_schedules()
        .iter()
        .filter(|s| s.region == schedule.region && s.effective_from < schedule.effective_from)
        .max_by(|a, b| a.effective_from.cmp(&b.effective_from))
}

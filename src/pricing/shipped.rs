//! The schedules shipped in `assets/schedules/`, compiled in by `build.rs`.
//!
//! They are validated by the test suite, not at start-up: the data is compiled into the bundle,
//! so it cannot change after the tests passed, and the reader's phone is spared the work.

use std::borrow::Cow;

use rust_decimal::Decimal;

use super::date::CalendarDate;
use super::schedule::{
    AddonPricing, ChangeBilling, Currency, EndDoubt, Localized, Plan, PlanChange, Schedule, Source,
    TaxRule, Tier,
};
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

/// The shipped schedule for `region` in force on `date`: the reader's calendar day decides, so a schedule
/// shipped ahead of its start takes effect by itself on that day.
///
/// ```
/// use line_oa_calc::pricing::{schedule_in_force, CalendarDate};
/// let on = |d| schedule_in_force("TW", CalendarDate::parse(d).unwrap()).map(|s| &*s.id);
/// assert_eq!(on("2026-10-31"), Some("tw-2023-09"));
/// assert_eq!(on("2026-11-01"), Some("tw-2026-11"));
/// assert_eq!(on("2023-08-31"), Some("tw-2019-04"));
/// assert_eq!(on("2000-01-01"), None);
/// ```
pub fn schedule_in_force(region: &str, date: CalendarDate) -> Option<&'static Schedule> {
    region_schedules(region).find(|s| s.in_force_on(date))
}

/// Every shipped schedule of `region`, oldest first: the page's schedule picker.
///
/// ```
/// let ids: Vec<&str> = line_oa_calc::pricing::region_schedules("TW").map(|s| &*s.id).collect();
/// assert_eq!(ids, ["tw-2019-04", "tw-2023-09", "tw-2026-11"]);
/// ```
pub fn region_schedules(region: &str) -> impl Iterator<Item = &'static Schedule> + '_ {
    // File names are `<region>-<start>`, so file order is start order within a region.
    shipped_schedules()
        .iter()
        .filter(move |s| s.region == region)
}

/// The schedule in force on `date` in every region that has one, the default region first, then in file-name
/// order: the page's region picker.
///
/// ```
/// use line_oa_calc::pricing::{schedules_in_force, CalendarDate};
/// let today = CalendarDate::parse("2026-12-01").unwrap();
/// let ids: Vec<&str> = schedules_in_force(today).iter().map(|s| &*s.id).collect();
/// assert_eq!(ids, ["tw-2026-11", "jp-2026-10", "th-2024-08"]);
/// ```
pub fn schedules_in_force(date: CalendarDate) -> Vec<&'static Schedule> {
    let in_force = || {
        shipped_schedules()
            .iter()
            .filter(move |s| s.in_force_on(date))
    };
    in_force()
        .filter(|s| s.region == DEFAULT_REGION)
        .chain(in_force().filter(|s| s.region != DEFAULT_REGION))
        .collect()
}

/// The shipped schedule of the same region that `schedule` replaced: the latest that started before it.
///
/// ```
/// use line_oa_calc::pricing::{previous_schedule, schedule_by_id};
/// let now = schedule_by_id("tw-2026-11").unwrap();
/// let before = previous_schedule(now).unwrap();
/// assert_eq!(before.id, "tw-2023-09");
/// assert_eq!(previous_schedule(before).unwrap().id, "tw-2019-04");
/// ```
pub fn previous_schedule(schedule: &Schedule) -> Option<&'static Schedule> {
    region_schedules(&schedule.region)
        .filter(|s| s.effective_from < schedule.effective_from)
        .last()
}

/// The shipped schedule of the same region that replaces `schedule`: the first that starts after it.
///
/// ```
/// use line_oa_calc::pricing::{next_schedule, schedule_by_id};
/// let old = schedule_by_id("tw-2023-09").unwrap();
/// assert_eq!(next_schedule(old).unwrap().id, "tw-2026-11");
/// assert!(next_schedule(next_schedule(old).unwrap()).is_none());
/// ```
pub fn next_schedule(schedule: &Schedule) -> Option<&'static Schedule> {
    region_schedules(&schedule.region).find(|s| s.effective_from > schedule.effective_from)
}

/// The region's schedule in force on the 1st of the month after `date` (`schedule` itself when no
/// other is known then): what next month is billed by, announced changes included.
pub fn next_month_schedule(
    schedule: &'static Schedule,
    date: CalendarDate,
) -> Option<&'static Schedule> {
    let first = date.with_day(date.days_in_month())?.next_day()?;
    Some(schedule_in_force(&schedule.region, first).unwrap_or(schedule))
}

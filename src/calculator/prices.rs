//! The prices in view: the schedule priced, the region's schedule in force today and the one
//! announced after it, the schedule it replaced (for the old-vs-new comparison), and the tax view.

use crate::pricing::{self, CalendarDate, Schedule, TaxView};

/// A shipped schedule, compared by identity: schedules are static data, so two references are
/// the same schedule exactly when they point at the same one (and props compare in O(1)).
#[derive(Clone, Copy, Debug)]
pub struct ScheduleRef(pub &'static Schedule);

impl PartialEq for ScheduleRef {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self.0, other.0)
    }
}

impl std::ops::Deref for ScheduleRef {
    type Target = Schedule;

    fn deref(&self) -> &Schedule {
        self.0
    }
}

/// Which prices are shown. Built only by [`Prices::showing`], so the schedules around the one
/// priced always belong to it (its region's today's, previous and coming ones).
#[derive(Clone, Debug, PartialEq)]
pub(super) struct Prices {
    schedule: ScheduleRef,
    in_force: ScheduleRef,
    previous: Option<ScheduleRef>,
    upcoming: Option<ScheduleRef>,
    tax_included: bool,
    compare_old: bool,
}

impl Prices {
    /// `schedule`'s prices, with its region's today's and coming schedules beside it; the switches
    /// as they were (the comparison only while there is a previous schedule to compare with).
    pub(super) fn showing(
        schedule: &'static Schedule,
        today: CalendarDate,
        was: Option<&Prices>,
    ) -> Prices {
        let schedule = ScheduleRef(schedule);
        let in_force =
            pricing::schedule_in_force(&schedule.region, today).map_or(schedule, ScheduleRef);
        let previous = pricing::previous_schedule(&schedule).map(ScheduleRef);
        let upcoming = pricing::next_schedule(&in_force)
            .filter(|next| CalendarDate::parse(&next.effective_from).is_some_and(|d| d > today))
            .map(ScheduleRef);
        Prices {
            schedule,
            in_force,
            previous,
            upcoming,
            tax_included: was.is_some_and(|was| was.tax_included),
            compare_old: was.is_some_and(|was| was.compare_old) && previous.is_some(),
        }
    }

    /// The schedule priced: the one in force today, unless the reader picked another of the region's.
    pub(super) fn schedule(&self) -> ScheduleRef {
        self.schedule
    }

    /// The region's schedule in force today (the same as `schedule` unless another was picked).
    pub(super) fn in_force(&self) -> ScheduleRef {
        self.in_force
    }

    /// The schedule `schedule` replaced, for the old-vs-new comparison.
    pub(super) fn previous(&self) -> Option<ScheduleRef> {
        self.previous
    }

    /// A schedule LINE has announced for the region that starts after today.
    pub(super) fn upcoming(&self) -> Option<ScheduleRef> {
        self.upcoming
    }

    pub(super) fn tax_included(&self) -> bool {
        self.tax_included
    }

    pub(super) fn compare_old(&self) -> bool {
        self.compare_old
    }

    pub(super) fn set_tax_included(&mut self, included: bool) {
        self.tax_included = included;
    }

    pub(super) fn set_compare_old(&mut self, on: bool) {
        self.compare_old = on;
    }

    pub(super) fn tax_view(&self) -> TaxView {
        if self.tax_included {
            TaxView::Included
        } else {
            TaxView::Excluded
        }
    }

    /// The previous schedule, while the comparison with it is switched on.
    pub(super) fn previous_compared(&self) -> Option<ScheduleRef> {
        self.previous.filter(|_| self.compare_old)
    }
}

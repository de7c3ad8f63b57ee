//! The month planner: from the count LINE's manager shows mid-month, will the included messages run out, on
//! which day, and what is the cheapest way to finish the month. Pure (no Yew, no web-sys), tested natively.
//!
//! Semantics, so that every figure can be checked by hand:
//! - the manager's count on date D covers days 1 … D−1 (it is updated once a day), so `days = D − 1`;
//! - the projected month is `ceil(used × days_in_month ÷ days)`; on the 1st there is none (`days = 0`);
//! - an allowance (the included messages, or those plus the add-on cap) runs out on day
//!   `ceil(allowance × days ÷ used)` when that is within the month (it may be past);
//! - the prices are the schedule in force on D, and every amount is the pricing engine's.

use rust_decimal::Decimal;

use crate::fields::{Entry, NumberField, Reading};
use crate::pricing::{
    self, CalendarDate, ChangeBilling, Feasibility, InfeasibleReason, NumberError, Plan,
    PlanChange, PricingError, Schedule,
};

/// What the reader typed into the planner, kept as typed (the view never rewrites it).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Planner {
    /// A plan id of the schedule in force on the date; empty or unknown means the first paid plan.
    plan: String,
    used: Entry,
    cap: Entry,
    /// `YYYY-MM-DD` as the date input reports it: None until the reader sets one (then it is the
    /// reader's today), empty while they have cleared it (no date, so no month).
    date: Option<String>,
}

/// What the reader can pick in the planner (its number fields are typed through
/// `crate::calculator::Action::Type`, like every number field).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PlannerAction {
    SetPlan(String),
    SetDate(String),
}

/// Why a planner field cannot be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PlannerError {
    Number(NumberError),
    /// More than the plan can have sent this month (`max`: its included messages, plus the cap when one is set).
    BeyondPlan {
        max: u64,
    },
    /// The date is not a calendar date.
    BadDate,
    /// No schedule of the region was in force on that date.
    NoSchedule,
}

/// The planner's answer for what the reader typed.
#[derive(Clone, Debug, PartialEq)]
pub struct PlannerView {
    pub date: CalendarDate,
    /// The schedule in force on `date` (None: the region had none then; see `date_error`).
    pub schedule: Option<&'static Schedule>,
    pub plan: Option<&'static Plan>,
    pub used_error: Option<PlannerError>,
    pub cap_error: Option<PlannerError>,
    pub date_error: Option<PlannerError>,
    /// The month, once the count reads.
    pub month: Option<Month>,
}

/// The month as projected from the count.
#[derive(Clone, Debug, PartialEq)]
pub struct Month {
    pub used: u64,
    /// `D − 1`: the days the count covers.
    pub days_counted: u8,
    pub days_in_month: u8,
    /// None on the 1st.
    pub projected: Option<u64>,
    /// The day the included messages run out, when within the month.
    pub runs_out: Option<CalendarDate>,
    /// The day the add-on cap runs out, when one is set and it runs out within the month.
    pub cap_runs_out: Option<CalendarDate>,
    /// What the month costs as the plan is set (fee and add-ons up to the cap), tax excluded, and whether it
    /// rests on confirmed prices only.
    pub bill: Option<(Decimal, bool)>,
    pub options: Vec<PlanOption>,
    /// Index of the cheapest option that sends the whole month.
    pub cheapest: Option<usize>,
    /// Another whole-month option costs exactly as much as the cheapest (its index).
    pub tied_with: Option<usize>,
}

/// An amount, tax excluded, and whether it rests on an unconfirmed price or rule: an estimate,
/// marked wherever it shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Priced {
    pub amount: Decimal,
    pub estimate: bool,
}

/// One way to finish the month.
#[derive(Clone, Debug, PartialEq)]
pub struct PlanOption {
    pub kind: OptionKind,
    /// What this month costs with it, tax excluded; None where no source says how LINE bills it.
    pub this_month: Option<Decimal>,
    /// `this_month` rests on an unconfirmed rule or price.
    pub estimate: bool,
    /// The same month's count on the plan from next month (next month's schedule), tax excluded.
    pub next_month: Option<Priced>,
    /// Whether it sends the whole projected month.
    pub sends_all: bool,
    /// The included messages it leaves (at equal cost, more is better).
    pub included: u64,
}

#[derive(Clone, Debug, PartialEq)]
pub enum OptionKind {
    /// Stay on the plan and send `fewer` messages than projected: `left` can still go out this month.
    SendFewer {
        fewer: u64,
        left: u64,
        /// With the estimator's friend count: broadcasts to all friends fewer, and left.
        broadcasts: Option<(u64, u64, u64)>,
    },
    /// Set the add-on cap in 變更上限 to `cap` messages, whose amount is `amount` (tax excluded).
    SetCap { cap: u64, amount: Decimal },
    /// Change to a bigger plan now, billed by `rule` (None: no source gives one).
    Upgrade {
        plan: &'static Plan,
        rule: Option<&'static PlanChange>,
    },
}

impl Planner {
    pub fn apply(&mut self, action: PlannerAction) {
        match action {
            PlannerAction::SetPlan(id) => self.plan = id,
            PlannerAction::SetDate(text) => self.date = Some(text.trim().to_owned()),
        }
    }

    /// The plan id as picked (empty: none picked).
    pub fn plan_id(&self) -> &str {
        &self.plan
    }

    /// The date as the reader set it (None: not set, the reader's today).
    pub fn date_text(&self) -> Option<&str> {
        self.date.as_deref()
    }

    /// The planner's number field `field` (None for a field of another card).
    pub fn entry(&self, field: NumberField) -> Option<&Entry> {
        match field {
            NumberField::PlannerUsed => Some(&self.used),
            NumberField::PlannerCap => Some(&self.cap),
            _ => None,
        }
    }

    fn entry_mut(&mut self, field: NumberField) -> Option<&mut Entry> {
        match field {
            NumberField::PlannerUsed => Some(&mut self.used),
            NumberField::PlannerCap => Some(&mut self.cap),
            _ => None,
        }
    }

    pub fn type_in(&mut self, field: NumberField, text: String) {
        if let Some(entry) = self.entry_mut(field) {
            entry.type_in(text);
        }
    }

    pub fn leave(&mut self, field: NumberField) {
        if let Some(entry) = self.entry_mut(field) {
            entry.leave();
        }
    }

    /// Whether a planner field reads as a count.
    pub fn reads(&self, field: NumberField) -> bool {
        self.entry(field)
            .is_some_and(|entry| entry.read(pricing::parse_message_count).figure().is_some())
    }

    /// Whether the reader has typed a count so far (the share link is then worth showing).
    pub fn has_count(&self) -> bool {
        !self.used.text().is_empty()
    }

    /// The date planned for: the one set, else `today` (None while cleared or not a date).
    pub fn date_or(&self, today: CalendarDate) -> Option<CalendarDate> {
        match &self.date {
            None => Some(today),
            Some(text) => CalendarDate::parse(text),
        }
    }

    /// The planner's answer in `region`, with the estimator's friend count when it has one.
    pub fn view(&self, region: &str, today: CalendarDate, friends: Option<u64>) -> PlannerView {
        let mut view = PlannerView {
            date: today,
            schedule: None,
            plan: None,
            used_error: None,
            cap_error: None,
            date_error: None,
            month: None,
        };
        let Some(date) = self.date_or(today) else {
            // Cleared (a segment deleted on the way to another date): no month, and no error yet.
            if self.date.as_deref() != Some("") {
                view.date_error = Some(PlannerError::BadDate);
            }
            return view;
        };
        view.date = date;
        let Some(schedule) = pricing::schedule_in_force(region, date) else {
            view.date_error = Some(PlannerError::NoSchedule);
            return view;
        };
        view.schedule = Some(schedule);
        let Some(plan) = schedule.plan(&self.plan).or_else(|| default_plan(schedule)) else {
            return view;
        };
        view.plan = Some(plan);
        let cap = match plan.addon {
            Some(_) => read(&self.cap, &mut view.cap_error),
            None => Ok(None),
        };
        let Ok(cap) = cap else {
            return view;
        };
        if let (Some(cap), Some(addon)) = (cap, &plan.addon) {
            if let Err(PricingError::BeyondLastTier { max_addon }) = pricing::addon_cost(addon, cap)
            {
                view.cap_error = Some(PlannerError::BeyondPlan { max: max_addon });
            }
        }
        let Ok(Some(used)) = read(&self.used, &mut view.used_error) else {
            return view;
        };
        let limit = plan_limit(plan, cap);
        if limit.is_some_and(|max| used > max) {
            view.used_error = limit.map(|max| PlannerError::BeyondPlan { max });
            return view;
        }
        if view.cap_error.is_some() {
            return view;
        }
        match month(schedule, plan, cap, used, date, friends) {
            Ok(month) => view.month = Some(month),
            // The month is priced at its projection, which can pass the engine's limits while the
            // count does not: say so, with the largest count whose projection the plan can price.
            Err(_) => {
                let max = largest_passing(used, |count| {
                    projected(count, days_counted(date), date.days_in_month())
                        .is_some_and(|month| pricing::monthly_bill(plan, month).is_ok())
                });
                view.used_error = Some(PlannerError::Number(NumberError::TooLarge { max }));
            }
        }
        view
    }
}

/// A field's count, `Ok(None)` when it is empty. `Err` when its text gives no count, with the error
/// to show once there is one to show (not while it is a number still being typed, see
/// [`Entry::read`]). Either way the planner then shows no month: no figure answers a text the field
/// no longer holds.
fn read(entry: &Entry, error: &mut Option<PlannerError>) -> Result<Option<u64>, ()> {
    match entry.read(pricing::parse_message_count) {
        Reading::Figure(count) => Ok(Some(count)),
        Reading::Empty => Ok(None),
        Reading::Typing(_) => Err(()),
        Reading::Wrong(e) => {
            *error = Some(PlannerError::Number(e));
            Err(())
        }
    }
}

/// The plan shown before the reader picks one: the first with a fee (the one whose messages can run out
/// expensively), else the first.
pub fn default_plan(schedule: &Schedule) -> Option<&Plan> {
    schedule
        .plans
        .iter()
        .find(|plan| !plan.monthly_fee.is_zero())
        .or_else(|| schedule.plans.first())
}

/// The most a plan can send in a month as set: its included messages without add-ons, those plus the cap,
/// or the end of its add-on table (None: no end).
fn plan_limit(plan: &Plan, cap: Option<u64>) -> Option<u64> {
    match (&plan.addon, cap) {
        (None, _) => Some(plan.included_messages),
        (Some(_), Some(cap)) => plan.included_messages.checked_add(cap),
        (Some(_), None) => match pricing::monthly_bill(plan, pricing::MAX_MESSAGES) {
            Ok(bill) => match bill.feasibility {
                Feasibility::Infeasible(InfeasibleReason::AboveAddonMaximum { max_total }) => {
                    Some(max_total)
                }
                _ => None,
            },
            Err(_) => None,
        },
    }
}

/// The largest count below `failing` that passes `passes`, which holds up to some count and fails
/// from there on (binary search; 0 when nothing passes).
fn largest_passing(failing: u64, passes: impl Fn(u64) -> bool) -> u64 {
    let (mut passing, mut failing) = (0, failing);
    while failing.saturating_sub(passing) > 1 {
        let middle = passing + (failing - passing) / 2;
        if passes(middle) {
            passing = middle;
        } else {
            failing = middle;
        }
    }
    passing
}

/// `ceil(a × b ÷ c)` exactly (u128 products cannot overflow u64 × u64); None for `c = 0` or a result beyond u64.
pub fn ceil_ratio(a: u64, b: u64, c: u64) -> Option<u64> {
    let product = u128::from(a).checked_mul(u128::from(b))?;
    let c = u128::from(c);
    let whole = product.checked_div(c)?;
    let rounded = if product.checked_rem(c)? == 0 {
        whole
    } else {
        whole.checked_add(1)?
    };
    u64::try_from(rounded).ok()
}

/// The days the manager's count covers on `date`: `D − 1` (it is updated once a day; 0 on the 1st).
fn days_counted(date: CalendarDate) -> u8 {
    date.day().saturating_sub(1)
}

/// The projected month: `ceil(used × days_in_month ÷ days)`; None on the 1st (`days = 0`).
///
/// ```
/// assert_eq!(line_oa_calc::planner::projected(2_220, 15, 31), Some(4_588));
/// assert_eq!(line_oa_calc::planner::projected(2_220, 0, 31), None);
/// ```
pub fn projected(used: u64, days: u8, days_in_month: u8) -> Option<u64> {
    ceil_ratio(used, u64::from(days_in_month), u64::from(days))
}

/// The day of the month `allowance` runs out at this pace: `ceil(allowance × days ÷ used)`, when it is within
/// the month (at least day 1); None when it lasts the month, nothing was sent, or on the 1st.
///
/// ```
/// assert_eq!(line_oa_calc::planner::run_out_day(3_000, 2_220, 15, 31), Some(21));
/// assert_eq!(line_oa_calc::planner::run_out_day(6_000, 2_220, 15, 31), None);
/// ```
pub fn run_out_day(allowance: u64, used: u64, days: u8, days_in_month: u8) -> Option<u8> {
    if days == 0 {
        return None;
    }
    let day = ceil_ratio(allowance, u64::from(days), used)?.max(1);
    u8::try_from(day).ok().filter(|d| *d <= days_in_month)
}

fn month(
    schedule: &'static Schedule,
    plan: &'static Plan,
    cap: Option<u64>,
    used: u64,
    date: CalendarDate,
    friends: Option<u64>,
) -> Result<Month, PricingError> {
    let days_in_month = date.days_in_month();
    let days = days_counted(date);
    let projected = projected(used, days, days_in_month);
    let on_day = |allowance: u64| {
        run_out_day(allowance, used, days, days_in_month).and_then(|day| date.with_day(day))
    };
    let runs_out = on_day(plan.included_messages);
    let allowance = match (&plan.addon, cap) {
        (None, _) => Some(plan.included_messages),
        (Some(_), Some(cap)) => plan.included_messages.checked_add(cap),
        (Some(_), None) => None,
    };
    let cap_runs_out = cap.and(allowance).and_then(on_day);
    let mut month = Month {
        used,
        days_counted: days,
        days_in_month,
        projected,
        runs_out,
        cap_runs_out,
        bill: None,
        options: Vec::new(),
        cheapest: None,
        tied_with: None,
    };
    let Some(projected) = projected else {
        return Ok(month);
    };
    let sent = allowance.map_or(projected, |allowance| projected.min(allowance));
    let bill = pricing::monthly_bill(plan, sent)?;
    month.bill = Some((bill.total, bill.confirmed()));
    if projected <= plan.included_messages {
        return Ok(month);
    }
    let next = pricing::next_month_schedule(schedule, date);
    let next_bill = |plan_id: &str, messages: u64| -> Option<Priced> {
        let bill = pricing::monthly_bill(next?.plan(plan_id)?, messages).ok()?;
        bill.is_feasible().then_some(Priced {
            amount: bill.total,
            estimate: !bill.confirmed(),
        })
    };
    // Send fewer: keep the plan as set, and send what it still allows.
    if let Some(allowance) = allowance.filter(|allowance| *allowance < projected) {
        let fewer = projected.saturating_sub(allowance);
        let left = allowance.saturating_sub(used);
        let broadcasts = friends
            .filter(|f| *f > 0)
            .and_then(|f| Some((f, ceil_ratio(fewer, 1, f)?, left.checked_div(f)?)));
        month.options.push(PlanOption {
            kind: OptionKind::SendFewer {
                fewer,
                left,
                broadcasts,
            },
            this_month: Some(bill.total),
            estimate: !bill.confirmed(),
            next_month: next_bill(&plan.id, allowance),
            sends_all: false,
            included: plan.included_messages,
        });
    }
    // The cap that sends the whole month on this plan.
    if let Some(addon) = &plan.addon {
        let needed = projected.saturating_sub(plan.included_messages);
        if let Ok(quote) = pricing::addon_cost(addon, needed) {
            let whole = pricing::monthly_bill(plan, projected)?;
            month.options.push(PlanOption {
                kind: OptionKind::SetCap {
                    cap: needed,
                    amount: quote.amount,
                },
                this_month: Some(whole.total),
                estimate: !whole.confirmed(),
                next_month: next_bill(&plan.id, projected),
                sends_all: true,
                included: plan.included_messages,
            });
        }
    }
    // Upgrade now to each bigger plan that can carry the month.
    let position = schedule.plans.iter().position(|p| std::ptr::eq(p, plan));
    for bigger in schedule
        .plans
        .iter()
        .skip(position.map_or(usize::MAX, |i| i + 1))
    {
        let whole = pricing::monthly_bill(bigger, projected)?;
        if !whole.is_feasible() {
            continue;
        }
        let rule = schedule.plan_change(&plan.id, &bigger.id);
        let (this_month, sends_all, estimate) = match rule.map(|r| (r.billing, r.confirmed)) {
            // Topped up to the new plan's month, the fee difference billed: the new plan's bill.
            Some((ChangeBilling::TopUp, confirmed)) => {
                (Some(whole.total), true, !confirmed || !whole.confirmed())
            }
            Some((ChangeBilling::Prorated, confirmed)) => {
                let (amount, sends_all, priced) =
                    prorated_upgrade(plan, bigger, used, projected, date)?;
                (Some(amount), sends_all, !confirmed || !priced)
            }
            Some((ChangeBilling::Unknown, _)) | None => (None, false, true),
        };
        month.options.push(PlanOption {
            kind: OptionKind::Upgrade { plan: bigger, rule },
            this_month,
            estimate,
            next_month: next_bill(&bigger.id, projected),
            sends_all,
            included: bigger.included_messages,
        });
    }
    (month.cheapest, month.tied_with) = cheapest(&month.options);
    Ok(month)
}

/// Free → paid, prorated: this month costs the old plan's fee plus the new fee for the days left (today
/// included), and the rest of the month gets the new plan's included messages for those days, then its add-ons
/// if it sells any. Returns the amount, whether it sends the whole month, and whether its prices are confirmed.
fn prorated_upgrade(
    from: &Plan,
    to: &Plan,
    used: u64,
    projected: u64,
    date: CalendarDate,
) -> Result<(Decimal, bool, bool), PricingError> {
    let days_in_month = date.days_in_month();
    let days_left = days_in_month.saturating_sub(date.day()).saturating_add(1);
    let (fee, messages) = pricing::prorated_month(to, days_left, days_in_month)?;
    let amount = pricing::add(from.monthly_fee, fee)?;
    let rest = projected.saturating_sub(used);
    let beyond = rest.saturating_sub(messages);
    if beyond == 0 {
        return Ok((amount, true, true));
    }
    match &to.addon {
        Some(addon) => match pricing::addon_cost(addon, beyond) {
            Ok(quote) => Ok((pricing::add(amount, quote.amount)?, true, quote.confirmed)),
            Err(PricingError::BeyondLastTier { .. }) => Ok((amount, false, true)),
            Err(e) => Err(e),
        },
        None => Ok((amount, false, true)),
    }
}

/// The cheapest option that sends the whole month with a known amount; at equal cost the one leaving more
/// included messages (more headroom), and the other one of the same cost.
pub fn cheapest(options: &[PlanOption]) -> (Option<usize>, Option<usize>) {
    let priced = |option: &PlanOption| option.this_month.filter(|_| option.sends_all);
    let best = pricing::cheapest_by(options, priced, |option| option.included);
    let tied = pricing::tied_with(options.len(), best, |i| options.get(i).and_then(priced)).next();
    (best, tied)
}

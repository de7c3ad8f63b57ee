//! The widget's state and its transitions, pure (no Yew, no web-sys), so it is tested natively.
//!
//! The field the user typed in is the *source*: its text is kept exactly as typed. The other
//! field is *derived* and shows a formatted value. Every figure on screen answers the source text
//! as it reads now: while it does not read as a figure (an error, or a number half typed such as
//! `2,60`), there is no outcome and the derived field is empty; never the answer to an earlier
//! text. Nothing the reader typed is replaced: a switch of scope and its reverse give back the
//! reader's own text.

use rust_decimal::Decimal;

use crate::i18n::Lang;
use crate::planner::{Planner, PlannerAction};
use crate::pricing::{
    self, AddonQuote, CalendarDate, NumberError, PlanComparison, PricingError, Schedule, TaxView,
};

pub use crate::pricing::DEFAULT_REGION;

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

/// What the two linked fields mean.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Scope {
    /// Total messages a month <-> the whole monthly bill on the cheapest plan.
    #[default]
    Monthly,
    /// LINE's purchase-cap dialog: add-on message cap <-> add-on amount cap.
    Addon,
}

impl Scope {
    pub const ALL: [Scope; 2] = [Scope::Monthly, Scope::Addon];

    pub fn tag(self) -> &'static str {
        match self {
            Scope::Monthly => "monthly",
            Scope::Addon => "addon",
        }
    }

    pub fn from_tag(tag: &str) -> Option<Scope> {
        Scope::ALL.into_iter().find(|scope| scope.tag() == tag)
    }
}

/// One of the two linked inputs.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Field {
    #[default]
    Messages,
    Budget,
}

impl Field {
    /// The id of the field's input on the page.
    pub fn id(self) -> &'static str {
        match self {
            Field::Messages => "messages",
            Field::Budget => "budget",
        }
    }
}

/// Why the source field's text gives no result.
#[derive(Clone, Debug, PartialEq)]
pub enum InputError {
    Number(NumberError),
    Pricing(PricingError),
    /// No plan of the schedule can carry that many messages.
    NoPlan,
    /// The budget does not cover even the cheapest plan's fee.
    BudgetTooSmall,
}

/// How far a derived figure can be trusted, given which price tiers are confirmed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Certainty {
    Exact,
    /// An amount computed with an unconfirmed tier: LINE's real amount is at most this.
    UpperEstimate,
    /// A message count computed with an unconfirmed tier: LINE's real count is at least this.
    LowerEstimate,
}

impl Certainty {
    /// The certainty of an amount priced with or without unconfirmed facts.
    pub fn of_amount(confirmed: bool) -> Certainty {
        if confirmed {
            Certainty::Exact
        } else {
            Certainty::UpperEstimate
        }
    }

    /// The certainty of a message count a budget buys, found with or without unconfirmed facts.
    pub fn of_count(confirmed: bool) -> Certainty {
        if confirmed {
            Certainty::Exact
        } else {
            Certainty::LowerEstimate
        }
    }

    /// The certainty of `-x` for an `x` of this certainty: a bound from above becomes one from below.
    pub fn negated(self) -> Certainty {
        match self {
            Certainty::Exact => Certainty::Exact,
            Certainty::UpperEstimate => Certainty::LowerEstimate,
            Certainty::LowerEstimate => Certainty::UpperEstimate,
        }
    }

    /// The certainty of `a + b`: bounds the same way add up to a bound that way; bounds opposite
    /// ways say nothing about the sum (None).
    ///
    /// ```
    /// use line_oa_calc::calculator::Certainty::{self, *};
    /// assert_eq!(Certainty::of_sum(Exact, UpperEstimate), Some(UpperEstimate));
    /// assert_eq!(Certainty::of_sum(LowerEstimate, LowerEstimate), Some(LowerEstimate));
    /// assert_eq!(Certainty::of_sum(UpperEstimate, LowerEstimate), None);
    /// ```
    pub fn of_sum(a: Certainty, b: Certainty) -> Option<Certainty> {
        match (a, b) {
            (Certainty::Exact, other) | (other, Certainty::Exact) => Some(other),
            (a, b) if a == b => Some(a),
            _ => None,
        }
    }

    /// The certainty of `a - b`: an increase over an upper estimate is "at least" (NT$2,600 now against
    /// at most NT$2,400 before is at least NT$200 more).
    ///
    /// ```
    /// use line_oa_calc::calculator::Certainty::{self, *};
    /// assert_eq!(Certainty::of_difference(Exact, UpperEstimate), Some(LowerEstimate));
    /// assert_eq!(Certainty::of_difference(UpperEstimate, Exact), Some(UpperEstimate));
    /// assert_eq!(Certainty::of_difference(UpperEstimate, UpperEstimate), None);
    /// ```
    pub fn of_difference(minuend: Certainty, subtrahend: Certainty) -> Option<Certainty> {
        Certainty::of_sum(minuend, subtrahend.negated())
    }

    /// The certainty of `a / b` for positive `a` and `b` (an amount per message): dividing by an upper
    /// estimate gives a lower one, as subtracting does.
    pub fn of_ratio(numerator: Certainty, denominator: Certainty) -> Option<Certainty> {
        Certainty::of_difference(numerator, denominator)
    }
}

/// Everything the page shows for one valid source value.
#[derive(Clone, Debug, PartialEq)]
pub struct Outcome {
    /// The value of the messages field, in the current scope's meaning.
    pub messages: u64,
    /// The value of the budget field, in the current scope's meaning and tax view.
    pub amount: Decimal,
    /// The monthly message count the plan table compares.
    pub monthly_messages: u64,
    pub comparison: PlanComparison,
    /// The same count on the schedule in force before the current one, when there is one.
    pub previous_comparison: Option<PlanComparison>,
    /// The plan whose bill the summary, the dialog hint and the tier breakdown describe.
    pub focus_plan: usize,
    pub certainty: Certainty,
    /// The view the figures were computed in: a kept outcome must belong to the one shown.
    pub schedule: ScheduleRef,
    pub scope: Scope,
    pub tax_view: TaxView,
}

impl Outcome {
    /// The add-on quote of the focus plan (None when it buys no add-on messages).
    pub fn focus_addon(&self) -> Option<&AddonQuote> {
        self.comparison.bills.get(self.focus_plan)?.addon.as_ref()
    }
}

/// What the reader's month costs on the schedule before this one, against now: the cheapest plan on each.
#[derive(Clone, Debug, PartialEq)]
pub struct PriceChange {
    /// Index into the previous comparison's bills, and its total in the outcome's tax view.
    pub previous_plan: usize,
    pub previous_total: Decimal,
    /// Index into the current comparison's bills, and its total in the outcome's tax view.
    pub current_plan: usize,
    pub current_total: Decimal,
    /// `current_total - previous_total`: positive when the month costs more now.
    pub difference: Decimal,
    /// Whether each total rests on confirmed prices only.
    pub previous_confirmed: bool,
    pub current_confirmed: bool,
    /// How far `difference` can be trusted (see [`Certainty::of_difference`]); None when the two
    /// estimates bound it opposite ways and nothing can be said of it.
    pub difference_certainty: Option<Certainty>,
}

/// One of the estimator's two inputs (目標好友數 × 每月群發次數).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EstimatorField {
    Friends,
    Broadcasts,
}

/// The estimator's last result: what it put into the messages field.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Estimate {
    pub friends: u64,
    pub broadcasts: u64,
    pub messages: u64,
    /// The fields were in the add-on scope and now are in the monthly one (an estimate is a
    /// month's total): the estimator says so.
    pub switched_scope: bool,
}

/// What a switch of scope did to the reader's figure: the same month, in the new scope's terms
/// (80,000 a month is 74,000 add-on messages on 高用量, and back). The figure after is the messages
/// field's text: the month is carried by its count, and the amount follows.
#[derive(Clone, Debug, PartialEq)]
pub struct ScopeCarry {
    /// The field the reader had typed in, the scope it was in, and its text.
    pub field: Field,
    pub from: Scope,
    pub before: String,
}

/// Everything the user can change.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    TypeMessages(String),
    TypeBudget(String),
    TypeFriends(String),
    TypeBroadcasts(String),
    SetScope(Scope),
    SetTaxIncluded(bool),
    SetLang(Lang),
    SetCompareOld(bool),
    /// A region code (`"TW"`, `"JP"`, …): the schedule in force there today; unknown codes are ignored.
    SetRegion(String),
    /// A shipped schedule id (`"tw-2019-04"`): its prices, whatever today's are; unknown ids are ignored.
    SetSchedule(String),
    /// The reader is done with a field (`change`: left it, or Enter): its held-back error shows, a
    /// readable value is written with separators.
    LeaveField(Field),
    /// Anything done in the month planner (its own state: see `crate::planner`).
    Planner(PlannerAction),
}

#[derive(Clone, Debug, PartialEq)]
pub struct Calculator {
    /// The reader's calendar day: it picks the schedule in force.
    pub today: CalendarDate,
    pub lang: Lang,
    pub scope: Scope,
    pub tax_included: bool,
    pub compare_old: bool,
    /// The schedule priced: the one in force today, unless the reader picked another of the region's.
    pub schedule: ScheduleRef,
    /// The region's schedule in force today (the same as `schedule` unless another was picked).
    pub in_force: ScheduleRef,
    /// The schedule `schedule` replaced, for the old-vs-new comparison.
    pub previous_schedule: Option<ScheduleRef>,
    /// A schedule LINE has announced for the region that starts after today.
    pub upcoming: Option<ScheduleRef>,
    pub source: Field,
    pub messages_text: String,
    pub budget_text: String,
    /// Set while the source field's text gives no result; the other field is then empty.
    pub error: Option<InputError>,
    /// The source text is the beginning of a number (`12,` on the way to `12,000`): its error is held
    /// back until the reader leaves the field, so typing never flashes a false error.
    pub unfinished: bool,
    /// What the source text reads as now; None while it is empty or does not read as a figure.
    pub outcome: Option<Outcome>,
    /// The estimator's fields, kept as typed, and the field that cannot be read, if any.
    pub friends_text: String,
    pub broadcasts_text: String,
    pub estimator_error: Option<(EstimatorField, InputError)>,
    /// Set while friends × broadcasts both read but their product is more messages than the
    /// calculator takes (neither field is wrong on its own): the limit it broke.
    pub estimate_too_large: Option<u64>,
    /// Set while the messages field (monthly scope) holds the product of the estimator's fields as they
    /// read now; cleared by any change that makes it untrue.
    pub estimate: Option<Estimate>,
    /// Set by a switch of scope that rewrote the reader's figure: what the reader had, given back by
    /// the reverse switch. Cleared when a field's text or the prices change.
    pub scope_carry: Option<ScopeCarry>,
    /// The month planner's fields (it prices the schedule in force on its own date).
    pub planner: Planner,
}

impl Calculator {
    /// A calculator on the schedule in force for `region` on `today` (None if no shipped schedule is).
    pub fn new(region: &str, lang: Lang, today: CalendarDate) -> Option<Calculator> {
        let schedule = ScheduleRef(pricing::schedule_in_force(region, today)?);
        let mut calculator = Calculator {
            today,
            lang,
            scope: Scope::default(),
            tax_included: false,
            compare_old: false,
            schedule,
            in_force: schedule,
            previous_schedule: None,
            upcoming: None,
            source: Field::Messages,
            messages_text: String::new(),
            budget_text: String::new(),
            error: None,
            unfinished: false,
            outcome: None,
            friends_text: String::new(),
            broadcasts_text: String::new(),
            estimator_error: None,
            estimate_too_large: None,
            estimate: None,
            scope_carry: None,
            planner: Planner::default(),
        };
        calculator.show(schedule.0);
        Some(calculator)
    }

    /// Prices `schedule` from now on, with its region's today's and coming schedules beside it.
    fn show(&mut self, schedule: &'static Schedule) {
        self.schedule = ScheduleRef(schedule);
        self.in_force = pricing::schedule_in_force(&schedule.region, self.today)
            .map_or(self.schedule, ScheduleRef);
        self.previous_schedule = pricing::previous_schedule(schedule).map(ScheduleRef);
        self.compare_old &= self.previous_schedule.is_some();
        self.upcoming = pricing::next_schedule(&self.in_force)
            .filter(|next| {
                CalendarDate::parse(&next.effective_from).is_some_and(|d| d > self.today)
            })
            .map(ScheduleRef);
    }

    /// The plan table to show: the outcome's, or before any input the plans' own figures at zero
    /// messages with nothing recommended.
    pub fn comparison_shown(&self) -> Option<std::borrow::Cow<'_, PlanComparison>> {
        use std::borrow::Cow;
        match &self.outcome {
            Some(outcome) => Some(Cow::Borrowed(&outcome.comparison)),
            None => {
                let mut empty = pricing::compare_plans(&self.schedule, 0).ok()?;
                empty.recommended = None;
                Some(Cow::Owned(empty))
            }
        }
    }

    /// The plan the summary, the dialog hint and the tier breakdown describe, with its add-on quote (no
    /// add-on messages when it buys none).
    pub fn focus(&self) -> Option<(&'static pricing::Plan, AddonQuote)> {
        let outcome = self.outcome.as_ref()?;
        let bill = outcome.comparison.bills.get(outcome.focus_plan)?;
        let plan = self.schedule.0.plan(&bill.plan_id)?;
        let quote = outcome
            .focus_addon()
            .cloned()
            .unwrap_or_else(AddonQuote::none);
        Some((plan, quote))
    }

    /// The reader's month on the previous schedule against the current one, while the comparison is shown and
    /// both schedules have a plan that carries it.
    pub fn price_change(&self) -> Option<PriceChange> {
        let outcome = self.outcome.as_ref()?;
        let previous = self.previous_schedule?;
        let before = outcome.previous_comparison.as_ref()?;
        let (previous_plan, current_plan) = (before.recommended?, outcome.comparison.recommended?);
        let (old_bill, new_bill) = (
            before.bills.get(previous_plan)?,
            outcome.comparison.bills.get(current_plan)?,
        );
        let previous_total = previous.tax.apply(old_bill.total, outcome.tax_view).ok()?;
        let current_total = self
            .schedule
            .tax
            .apply(new_bill.total, outcome.tax_view)
            .ok()?;
        Some(PriceChange {
            previous_plan,
            previous_total,
            current_plan,
            current_total,
            difference: pricing::difference(current_total, previous_total).ok()?,
            previous_confirmed: old_bill.confirmed(),
            current_confirmed: new_bill.confirmed(),
            difference_certainty: Certainty::of_difference(
                Certainty::of_amount(new_bill.confirmed()),
                Certainty::of_amount(old_bill.confirmed()),
            ),
        })
    }

    /// Whether the schedule priced is the one in force today (not an older or a coming one).
    pub fn shows_prices_in_force(&self) -> bool {
        self.schedule == self.in_force
    }

    /// The region whose schedules are shown.
    pub fn region(&self) -> &'static str {
        &self.schedule.0.region
    }

    pub fn tax_view(&self) -> TaxView {
        if self.tax_included {
            TaxView::Included
        } else {
            TaxView::Excluded
        }
    }

    /// The error of one field, if that field is the source and cannot be read (and is not a number
    /// still being typed).
    pub fn error_of(&self, field: Field) -> Option<&InputError> {
        self.error
            .as_ref()
            .filter(|_| self.source == field && !self.unfinished)
    }

    pub fn apply(&mut self, action: Action) {
        if let Action::Planner(action) = action {
            return self.planner.apply(action);
        }
        // The figure a scope switch wrote stays the reader's to take back until the fields or the
        // prices change (a switch of tax view, language or comparison leaves it as it was).
        if matches!(
            action,
            Action::TypeMessages(_)
                | Action::TypeBudget(_)
                | Action::TypeFriends(_)
                | Action::TypeBroadcasts(_)
                | Action::SetRegion(_)
                | Action::SetSchedule(_)
        ) {
            self.scope_carry = None;
        }
        self.step(action);
        self.settle_estimate();
    }

    fn step(&mut self, action: Action) {
        match action {
            Action::TypeMessages(text) => {
                self.source = Field::Messages;
                self.messages_text = text;
                self.estimate = None;
            }
            Action::TypeBudget(text) => {
                self.source = Field::Budget;
                self.budget_text = text;
                self.estimate = None;
            }
            Action::TypeFriends(text) => {
                self.friends_text = text;
                return self.estimate();
            }
            Action::TypeBroadcasts(text) => {
                self.broadcasts_text = text;
                return self.estimate();
            }
            Action::SetRegion(code) => {
                let region = code.trim().to_ascii_uppercase();
                let Some(schedule) = pricing::schedule_in_force(&region, self.today) else {
                    return;
                };
                self.show(schedule);
            }
            Action::SetSchedule(id) => {
                let Some(schedule) = pricing::schedule_by_id(id.trim()) else {
                    return;
                };
                self.show(schedule);
            }
            Action::SetScope(scope) => self.switch_scope(scope),
            Action::SetTaxIncluded(included) => self.tax_included = included,
            Action::SetLang(lang) => {
                self.lang = lang;
                return; // numbers read and print the same in every language
            }
            Action::SetCompareOld(on) => self.compare_old = on,
            Action::LeaveField(field) => return self.leave(field),
            Action::Planner(_) => return,
        }
        self.recompute();
    }

    /// Switches what the fields mean, carrying the reader's month across: its message count is
    /// written in the new scope's terms (less or plus the dialog plan's included messages), and
    /// the amount follows from it, so the advice stays about the same month. The reverse switch
    /// gives back the reader's own text (3,000 a month is no add-on message, but back in the
    /// monthly scope it is 3,000 again, not the plan's 6,000 included).
    fn switch_scope(&mut self, scope: Scope) {
        if scope == self.scope {
            return;
        }
        match self.scope_carry.take() {
            Some(carry) if carry.from == scope => {
                // The line still says what the switch did; switching again gives this figure back.
                let shown = ScopeCarry {
                    field: self.source,
                    from: self.scope,
                    before: match self.source {
                        Field::Messages => self.messages_text.clone(),
                        Field::Budget => self.budget_text.clone(),
                    },
                };
                self.source = carry.field;
                match carry.field {
                    Field::Messages => self.messages_text = carry.before,
                    Field::Budget => self.budget_text = carry.before,
                }
                self.scope_carry = Some(shown);
            }
            _ => {
                if let Some((carry, text)) = self.carried_to(scope) {
                    self.messages_text = text;
                    self.source = Field::Messages;
                    self.scope_carry = Some(carry);
                }
            }
        }
        self.scope = scope;
    }

    /// The month's count in `scope`'s terms (None without a readable figure, a dialog plan or a
    /// change of scope). A month the included messages cover is no add-on at all: 0.
    fn carried_to(&self, scope: Scope) -> Option<(ScopeCarry, String)> {
        let outcome = self.outcome.as_ref()?;
        let (plan, _) = self.schedule.0.addon_dialog()?;
        let after = match (self.scope, scope) {
            (Scope::Monthly, Scope::Addon) => outcome
                .monthly_messages
                .saturating_sub(plan.included_messages),
            (Scope::Addon, Scope::Monthly) => outcome.monthly_messages,
            _ => return None,
        };
        let before = match self.source {
            Field::Messages => &self.messages_text,
            Field::Budget => &self.budget_text,
        };
        let carry = ScopeCarry {
            field: self.source,
            from: self.scope,
            before: before.clone(),
        };
        Some((carry, pricing::format_count(after)))
    }

    /// The reader is done with `field`: a held-back error shows, and a value that reads is written
    /// the way the page writes numbers (only now: never under the reader's cursor).
    fn leave(&mut self, field: Field) {
        if field != self.source {
            return;
        }
        self.unfinished = false;
        let Some(outcome) = self.outcome.as_ref() else {
            return;
        };
        let (text, value, decimals) = match field {
            Field::Messages => (&mut self.messages_text, Decimal::from(outcome.messages), 0),
            Field::Budget => (
                &mut self.budget_text,
                outcome.amount,
                self.schedule.currency.decimals,
            ),
        };
        *text = pricing::format_amount(value, decimals);
    }

    /// Whether `text` reads as a number once more digits follow (`12,` → `12,000`, `1,2` → `1,200`).
    fn is_number_prefix(&self, text: &str) -> bool {
        let mut longer = text.to_owned();
        (0..3).any(|_| {
            longer.push('0');
            match self.source {
                Field::Messages => pricing::parse_message_count(&longer).is_ok(),
                Field::Budget => pricing::parse_amount(&longer, &self.schedule.currency).is_ok(),
            }
        })
    }

    /// Friends × broadcasts into the messages field, as LINE's own estimator does, once both
    /// read as whole numbers; a field that cannot be read gets the error.
    fn estimate(&mut self) {
        self.estimate_too_large = None;
        let (friends, broadcasts) = match self.estimator_pair() {
            Err(error) => return self.estimator_error = Some(error),
            Ok(None) => return self.estimator_error = None,
            Ok(Some(pair)) => pair,
        };
        self.estimator_error = None;
        let messages = match friends.checked_mul(broadcasts) {
            Some(messages) if messages <= pricing::MAX_MESSAGES => messages,
            // Neither field is wrong on its own: the product is what is too large.
            _ => return self.estimate_too_large = Some(pricing::MAX_MESSAGES),
        };
        // LINE's estimate is a monthly total, whatever the fields meant before.
        let switched_scope = self.scope != Scope::Monthly;
        self.scope = Scope::Monthly;
        self.step(Action::TypeMessages(pricing::format_count(messages)));
        self.estimate = Some(Estimate {
            friends,
            broadcasts,
            messages,
            switched_scope,
        });
    }

    /// The estimator's two fields as they read now: both counts, nothing yet (one is empty), or the
    /// first field that cannot be read.
    fn estimator_pair(&self) -> Result<Option<(u64, u64)>, (EstimatorField, InputError)> {
        let read = |field: EstimatorField, text: &str| match pricing::parse_message_count(text) {
            Err(NumberError::Empty) => Ok(None),
            Err(error) => Err((field, InputError::Number(error))),
            Ok(count) => Ok(Some(count)),
        };
        let friends = read(EstimatorField::Friends, &self.friends_text)?;
        let broadcasts = read(EstimatorField::Broadcasts, &self.broadcasts_text)?;
        Ok(friends.zip(broadcasts))
    }

    /// The estimator's line answers its fields and the messages field as they read now: once either
    /// changes (cleared, a negative count, a figure of the reader's own, another scope), it is gone;
    /// once the messages field holds the product again (a scope switch reversed), it is back.
    fn settle_estimate(&mut self) {
        let held = self
            .estimator_pair()
            .ok()
            .flatten()
            .and_then(|(friends, broadcasts)| {
                let messages = friends.checked_mul(broadcasts)?;
                let holds = self.scope == Scope::Monthly
                    && self.source == Field::Messages
                    && pricing::parse_message_count(&self.messages_text) == Ok(messages);
                holds.then_some((friends, broadcasts, messages))
            });
        self.estimate = match (held, self.estimate) {
            (None, _) => None,
            (Some(pair), Some(estimate))
                if pair == (estimate.friends, estimate.broadcasts, estimate.messages) =>
            {
                Some(estimate)
            }
            (Some((friends, broadcasts, messages)), _) => Some(Estimate {
                friends,
                broadcasts,
                messages,
                switched_scope: false,
            }),
        };
    }

    /// Whether the estimator's fields still read as a product that the messages field no longer
    /// holds: the reader has typed a count or a budget of their own since.
    pub fn estimate_superseded(&self) -> bool {
        self.estimate.is_none()
            && self.outcome.is_some()
            && self.estimate_too_large.is_none()
            && matches!(self.estimator_pair(), Ok(Some(_)))
    }

    /// The error of one estimator field, if it cannot be read.
    pub fn estimator_error_of(&self, field: EstimatorField) -> Option<&InputError> {
        self.estimator_error
            .as_ref()
            .filter(|(errored, _)| *errored == field)
            .map(|(_, error)| error)
    }

    /// Re-derives the other field and the outcome from the source field's text.
    fn recompute(&mut self) {
        let source_text = match self.source {
            Field::Messages => &self.messages_text,
            Field::Budget => &self.budget_text,
        };
        let result = match self.source {
            Field::Messages => pricing::parse_message_count(source_text)
                .map_err(InputError::Number)
                .and_then(|messages| self.outcome_for_messages(messages)),
            Field::Budget => pricing::parse_amount(source_text, &self.schedule.currency)
                .map_err(InputError::Number)
                .and_then(|amount| self.outcome_for_amount(amount)),
        };
        self.unfinished = matches!(&result, Err(InputError::Number(e)) if !matches!(e, NumberError::Empty))
            && self.is_number_prefix(source_text);
        let derived = match self.source {
            Field::Messages => &mut self.budget_text,
            Field::Budget => &mut self.messages_text,
        };
        match result {
            Ok(outcome) => {
                *derived = match self.source {
                    Field::Messages => {
                        pricing::format_amount(outcome.amount, self.schedule.currency.decimals)
                    }
                    Field::Budget => pricing::format_count(outcome.messages),
                };
                self.error = None;
                self.outcome = Some(outcome);
            }
            Err(error) => {
                // No figure answers a text that reads as none: not the last readable prefix's
                // (`2,60` is not 2,600), not another view's. An empty field is a fresh start, not
                // a mistake; a number half typed keeps its error until the field is left.
                derived.clear();
                self.outcome = None;
                self.error = match error {
                    InputError::Number(NumberError::Empty) => None,
                    error => Some(error),
                };
            }
        }
    }

    fn outcome_for_messages(&self, messages: u64) -> Result<Outcome, InputError> {
        let view = self.tax_view();
        match self.scope {
            Scope::Monthly => {
                let comparison = self.compare(messages)?;
                let focus_plan = comparison.recommended.ok_or(InputError::NoPlan)?;
                let bill = comparison.bills.get(focus_plan).ok_or(InputError::NoPlan)?;
                let amount = self.taxed(bill.total, view)?;
                let certainty = Certainty::of_amount(bill.confirmed());
                self.outcome(
                    messages, amount, messages, comparison, focus_plan, certainty,
                )
            }
            Scope::Addon => {
                let (focus_plan, plan, addon) = self.dialog_plan()?;
                let quote = pricing::addon_cost(addon, messages).map_err(InputError::Pricing)?;
                let amount = self.taxed(quote.amount, view)?;
                let monthly = plan
                    .included_messages
                    .checked_add(messages)
                    .ok_or(InputError::Pricing(PricingError::Overflow))?;
                let certainty = Certainty::of_amount(quote.confirmed);
                let comparison = self.compare(monthly)?;
                self.outcome(messages, amount, monthly, comparison, focus_plan, certainty)
            }
        }
    }

    fn outcome_for_amount(&self, amount: Decimal) -> Result<Outcome, InputError> {
        let view = self.tax_view();
        match self.scope {
            Scope::Monthly => {
                let pick = pricing::most_messages_for_budget(&self.schedule, amount, view)
                    .map_err(InputError::Pricing)?
                    .ok_or(InputError::BudgetTooSmall)?;
                let certainty = Certainty::of_count(pick.bill.confirmed());
                let comparison = self.compare(pick.messages)?;
                self.outcome(
                    pick.messages,
                    amount,
                    pick.messages,
                    comparison,
                    pick.plan_index,
                    certainty,
                )
            }
            Scope::Addon => {
                let (focus_plan, plan, addon) = self.dialog_plan()?;
                let quote =
                    pricing::addon_messages_for_budget(addon, amount, &self.schedule.tax, view)
                        .map_err(InputError::Pricing)?;
                let monthly = plan
                    .included_messages
                    .checked_add(quote.messages)
                    .ok_or(InputError::Pricing(PricingError::Overflow))?;
                let certainty = Certainty::of_count(quote.confirmed);
                let comparison = self.compare(monthly)?;
                self.outcome(
                    quote.messages,
                    amount,
                    monthly,
                    comparison,
                    focus_plan,
                    certainty,
                )
            }
        }
    }

    fn outcome(
        &self,
        messages: u64,
        amount: Decimal,
        monthly_messages: u64,
        comparison: PlanComparison,
        focus_plan: usize,
        certainty: Certainty,
    ) -> Result<Outcome, InputError> {
        // Priced only while shown: switching it on recomputes.
        let previous_comparison = match self.previous_schedule.filter(|_| self.compare_old) {
            Some(previous) => Some(
                pricing::compare_plans(&previous, monthly_messages).map_err(InputError::Pricing)?,
            ),
            None => None,
        };
        Ok(Outcome {
            messages,
            amount,
            monthly_messages,
            comparison,
            previous_comparison,
            focus_plan,
            certainty,
            schedule: self.schedule,
            scope: self.scope,
            tax_view: self.tax_view(),
        })
    }

    fn compare(&self, monthly_messages: u64) -> Result<PlanComparison, InputError> {
        pricing::compare_plans(&self.schedule, monthly_messages).map_err(InputError::Pricing)
    }

    fn taxed(&self, amount: Decimal, view: TaxView) -> Result<Decimal, InputError> {
        self.schedule
            .tax
            .apply(amount, view)
            .map_err(InputError::Pricing)
    }

    /// The plan whose purchase-cap dialog the add-on scope mirrors (validated to exist).
    fn dialog_plan(
        &self,
    ) -> Result<
        (
            usize,
            &'static pricing::Plan,
            &'static pricing::AddonPricing,
        ),
        InputError,
    > {
        let schedule = self.schedule.0;
        let (plan, addon) = schedule.addon_dialog().ok_or(InputError::NoPlan)?;
        // The plan table is indexed by position: find this very plan there.
        let index = schedule
            .plans
            .iter()
            .position(|candidate| std::ptr::eq(candidate, plan))
            .ok_or(InputError::NoPlan)?;
        Ok((index, plan, addon))
    }
}

//! The widget's state and its transitions, pure (no Yew, no web-sys), so it is tested natively.
//!
//! The field the user typed in is the *source*: its text is kept exactly as typed. The other
//! field is *derived* and shows a formatted value. Every figure on screen answers the source text
//! as it reads now: while it does not read as a figure (an error, or a number half typed such as
//! `2,60`), there is no outcome and the derived field is empty; never the answer to an earlier
//! text. Nothing the reader typed is replaced: a switch of scope and its reverse give back the
//! reader's own text.
//!
//! The state is private and grouped by concept, one to a file, each built so that an invalid
//! combination cannot be: the linked fields (`linked.rs`), the estimator (`estimator.rs`), the
//! prices in view (`prices.rs`) and the outcome (`outcome.rs`); the month planner is its own type
//! (`crate::planner`). [`Calculator::apply`] is the one way to change it; views read it through
//! methods.

mod estimator;
mod linked;
mod outcome;
mod prices;

use rust_decimal::Decimal;

use crate::fields::{Control, Entry, NumberField};
use crate::i18n::Lang;
use crate::planner::{Planner, PlannerAction};
use crate::pricing::{
    self, AddonQuote, CalendarDate, PlanComparison, PricingError, Schedule, TaxView,
};

pub use crate::pricing::DEFAULT_REGION;
pub use estimator::{Estimate, EstimatorField};
pub use linked::{Field, InputError, Scope, ScopeCarry};
pub use outcome::{Certainty, Outcome, PriceChange};
pub use prices::ScheduleRef;

use estimator::Estimator;
use linked::LinkedFields;
use prices::Prices;

/// Everything the user can change.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// A number field's whole new text, as typed (never reported during an IME composition).
    Type(NumberField, String),
    /// The reader is done with a number field (`change`: left it, or Enter): its held-back error
    /// shows, a readable value is written with separators.
    Leave(NumberField),
    SetScope(Scope),
    SetTaxIncluded(bool),
    SetLang(Lang),
    SetCompareOld(bool),
    /// A region code (`"TW"`, `"JP"`, …): the schedule in force there today; unknown codes are ignored.
    SetRegion(String),
    /// A shipped schedule id (`"tw-2019-04"`): its prices, whatever today's are; unknown ids are ignored.
    SetSchedule(String),
    /// The month planner's plan and date (its own state: see `crate::planner`).
    Planner(PlannerAction),
}

impl Action {
    /// What setting `control` to `value` does, as the page reports a value (a checkbox: `1` when
    /// on, empty when off); None for a value that is none of the control's.
    pub fn set(control: Control, value: String) -> Option<Action> {
        let on = value == "1";
        Some(match control {
            Control::Lang => Action::SetLang(Lang::from_tag(&value)?),
            Control::Region => Action::SetRegion(value),
            Control::Schedule => Action::SetSchedule(value),
            Control::Scope => Action::SetScope(Scope::from_tag(&value)?),
            Control::Tax => Action::SetTaxIncluded(on),
            Control::CompareOld => Action::SetCompareOld(on),
            Control::PlannerPlan => Action::Planner(PlannerAction::SetPlan(value)),
            Control::PlannerDate => Action::Planner(PlannerAction::SetDate(value)),
        })
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Calculator {
    /// The reader's calendar day: it picks the schedule in force.
    today: CalendarDate,
    lang: Lang,
    prices: Prices,
    fields: LinkedFields,
    estimator: Estimator,
    /// The month planner's fields (it prices the schedule in force on its own date).
    planner: Planner,
}

impl Calculator {
    /// A calculator on the schedule in force for `region` on `today` (None if no shipped schedule is).
    pub fn new(region: &str, lang: Lang, today: CalendarDate) -> Option<Calculator> {
        let schedule = pricing::schedule_in_force(region, today)?;
        Some(Calculator::showing(schedule, lang, today))
    }

    /// A calculator pricing `schedule` on `today`, with its region's other schedules beside it.
    pub fn showing(schedule: &'static Schedule, lang: Lang, today: CalendarDate) -> Calculator {
        Calculator {
            today,
            lang,
            prices: Prices::showing(schedule, today, None),
            fields: LinkedFields::default(),
            estimator: Estimator::default(),
            planner: Planner::default(),
        }
    }

    /// Prices `schedule` from now on, with its region's today's and coming schedules beside it.
    fn show(&mut self, schedule: &'static Schedule) {
        self.prices = Prices::showing(schedule, self.today, Some(&self.prices));
    }

    /// The reader's calendar day.
    pub fn today(&self) -> CalendarDate {
        self.today
    }

    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// What the two linked fields mean.
    pub fn scope(&self) -> Scope {
        self.fields.scope()
    }

    /// The field the reader typed in.
    pub fn source(&self) -> Field {
        self.fields.source()
    }

    /// A linked field's text: the reader's own in the source, the derived figure in the other.
    pub fn text(&self, field: Field) -> &str {
        self.fields.text(field)
    }

    /// What the source text reads as now; None while it is empty or does not read as a figure.
    /// It belongs to the view shown: only `recompute` builds one (its fields are private to this
    /// module), from the view as it stands, and every action that changes the view recomputes
    /// (`tests/calculator_props.rs` compares it, view included, with a fresh calculator's).
    pub fn outcome(&self) -> Option<&Outcome> {
        self.fields.outcome()
    }

    /// Why the source text gives no figure (also while it is still being typed, when the error is
    /// not shown yet: see [`Calculator::error_of`]).
    pub fn error(&self) -> Option<&InputError> {
        self.fields.error()
    }

    /// The error of one field, if that field is the source and cannot be read (and is not a number
    /// still being typed).
    pub fn error_of(&self, field: Field) -> Option<&InputError> {
        self.fields.error_of(field)
    }

    /// What a switch of scope did to the reader's figure, while it can be taken back.
    pub fn scope_carry(&self) -> Option<&ScopeCarry> {
        self.fields.rewrite()
    }

    /// An estimator field's text, as typed.
    pub fn estimator_text(&self, field: EstimatorField) -> &str {
        self.estimator.text(field)
    }

    /// The estimator's field whose error shows, if any, and why.
    pub fn estimator_error(&self) -> Option<(EstimatorField, InputError)> {
        self.estimator.error()
    }

    /// The error shown under one estimator field (not while it is still being typed).
    pub fn estimator_error_of(&self, field: EstimatorField) -> Option<InputError> {
        self.estimator.error_of(field)
    }

    /// A number field's text as the reader typed it (the derived linked field: its figure).
    pub fn entry_text(&self, field: NumberField) -> &str {
        match field {
            NumberField::Messages => self.text(Field::Messages),
            NumberField::Budget => self.text(Field::Budget),
            NumberField::Friends => self.estimator.text(EstimatorField::Friends),
            NumberField::Broadcasts => self.estimator.text(EstimatorField::Broadcasts),
            NumberField::PlannerUsed | NumberField::PlannerCap => {
                self.planner.entry(field).map_or("", Entry::text)
            }
        }
    }

    /// What a shared link carries of a number field: the reader's own text while it reads as a
    /// figure (of the linked fields, only the source's).
    pub fn shared_text(&self, field: NumberField) -> Option<&str> {
        let reads = match field {
            NumberField::Messages | NumberField::Budget => {
                self.source().declared() == field && self.error().is_none()
            }
            NumberField::Friends => self
                .estimator
                .reading(EstimatorField::Friends)
                .figure()
                .is_some(),
            NumberField::Broadcasts => self
                .estimator
                .reading(EstimatorField::Broadcasts)
                .figure()
                .is_some(),
            NumberField::PlannerUsed | NumberField::PlannerCap => self.planner.reads(field),
        };
        let text = self.entry_text(field).trim();
        (reads && !text.is_empty()).then_some(text)
    }

    /// Set while friends × broadcasts both read but their product is more messages than the
    /// calculator takes (neither field is wrong on its own): the limit it broke.
    pub fn estimate_too_large(&self) -> Option<u64> {
        match self.estimator.product() {
            estimator::Product::TooLarge(limit) => Some(limit),
            _ => None,
        }
    }

    /// Set while the messages field (monthly scope) holds the product of the estimator's fields as
    /// they read now.
    pub fn estimate(&self) -> Option<Estimate> {
        self.estimator.estimate()
    }

    /// The month planner's state.
    pub fn planner(&self) -> &Planner {
        &self.planner
    }

    /// The schedule priced: the one in force today, unless the reader picked another of the region's.
    pub fn schedule(&self) -> ScheduleRef {
        self.prices.schedule()
    }

    /// The region's schedule in force today (the same as `schedule` unless another was picked).
    pub fn in_force(&self) -> ScheduleRef {
        self.prices.in_force()
    }

    /// The schedule the one priced replaced, for the old-vs-new comparison.
    pub fn previous_schedule(&self) -> Option<ScheduleRef> {
        self.prices.previous()
    }

    /// A schedule LINE has announced for the region that starts after today.
    pub fn upcoming(&self) -> Option<ScheduleRef> {
        self.prices.upcoming()
    }

    pub fn tax_included(&self) -> bool {
        self.prices.tax_included()
    }

    /// Whether the previous prices are shown beside today's.
    pub fn compare_old(&self) -> bool {
        self.prices.compare_old()
    }

    /// The plan table to show: the outcome's, or before any input the plans' own figures at zero
    /// messages with nothing recommended.
    pub fn comparison_shown(&self) -> Option<std::borrow::Cow<'_, PlanComparison>> {
        use std::borrow::Cow;
        match self.outcome() {
            Some(outcome) => Some(Cow::Borrowed(&outcome.comparison)),
            None => {
                let mut empty = pricing::compare_plans(&self.schedule(), 0).ok()?;
                empty.recommended = None;
                Some(Cow::Owned(empty))
            }
        }
    }

    /// The plan the summary, the dialog hint and the tier breakdown describe, with its add-on quote (no
    /// add-on messages when it buys none).
    pub fn focus(&self) -> Option<(&'static pricing::Plan, std::borrow::Cow<'_, AddonQuote>)> {
        use std::borrow::Cow;
        let outcome = self.outcome()?;
        let bill = outcome.comparison.bills.get(outcome.focus_plan)?;
        let plan = self.schedule().0.plan(&bill.plan_id)?;
        let quote = outcome
            .focus_addon()
            .map_or_else(|| Cow::Owned(AddonQuote::none()), Cow::Borrowed);
        Some((plan, quote))
    }

    /// The reader's month on the previous schedule against the current one, while the comparison is shown and
    /// both schedules have a plan that carries it.
    pub fn price_change(&self) -> Option<PriceChange> {
        let outcome = self.outcome()?;
        let previous = self.previous_schedule()?;
        let before = outcome.previous_comparison.as_ref()?;
        let (previous_plan, current_plan) = (before.recommended?, outcome.comparison.recommended?);
        let (old_bill, new_bill) = (
            before.bills.get(previous_plan)?,
            outcome.comparison.bills.get(current_plan)?,
        );
        let previous_total = previous.tax.apply(old_bill.total, outcome.tax_view).ok()?;
        let current_total = self
            .schedule()
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
        self.schedule() == self.in_force()
    }

    /// The region whose schedules are shown.
    pub fn region(&self) -> &'static str {
        &self.schedule().0.region
    }

    pub fn tax_view(&self) -> TaxView {
        self.prices.tax_view()
    }

    /// The one way to change the state.
    pub fn apply(&mut self, action: Action) {
        // The figure a scope switch wrote stays the reader's to take back until the fields or the
        // prices change (a switch of tax view, language or comparison leaves it as it was).
        if matches!(
            action,
            Action::Type(
                NumberField::Messages
                    | NumberField::Budget
                    | NumberField::Friends
                    | NumberField::Broadcasts,
                _
            ) | Action::SetRegion(_)
                | Action::SetSchedule(_)
        ) {
            self.fields.set_carry(None);
        }
        self.step(action);
        self.settle_estimate();
    }

    fn step(&mut self, action: Action) {
        match action {
            Action::Type(field, text) => return self.type_in(field, text),
            Action::Leave(field) => return self.leave(field),
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
            Action::SetTaxIncluded(included) => self.prices.set_tax_included(included),
            Action::SetLang(lang) => {
                self.lang = lang;
                return; // numbers read and print the same in every language
            }
            Action::SetCompareOld(on) => self.prices.set_compare_old(on),
            Action::Planner(action) => return self.planner.apply(action),
        }
        self.recompute();
    }

    /// Each number field goes to the part of the state that owns it.
    fn type_in(&mut self, field: NumberField, text: String) {
        match field {
            NumberField::Messages | NumberField::Budget => {
                let linked = match field {
                    NumberField::Messages => Field::Messages,
                    _ => Field::Budget,
                };
                self.fields.type_in(linked, text);
                self.estimator.set_estimate(None);
                self.recompute();
            }
            NumberField::Friends => self.estimate_from(EstimatorField::Friends, text),
            NumberField::Broadcasts => self.estimate_from(EstimatorField::Broadcasts, text),
            NumberField::PlannerUsed | NumberField::PlannerCap => self.planner.type_in(field, text),
        }
    }

    fn leave(&mut self, field: NumberField) {
        match field {
            NumberField::Messages | NumberField::Budget => {
                let linked = match field {
                    NumberField::Messages => Field::Messages,
                    _ => Field::Budget,
                };
                if linked == self.source() {
                    self.fields.leave(linked, self.schedule().currency.decimals);
                    self.recompute();
                }
            }
            NumberField::Friends => self.estimator.leave(EstimatorField::Friends),
            NumberField::Broadcasts => self.estimator.leave(EstimatorField::Broadcasts),
            NumberField::PlannerUsed | NumberField::PlannerCap => self.planner.leave(field),
        }
    }

    /// Switches what the fields mean, carrying the reader's month across: its message count is
    /// written in the new scope's terms (less or plus the dialog plan's included messages), and
    /// the amount follows from it, so the advice stays about the same month. The reverse switch
    /// gives back the reader's own text (3,000 a month is no add-on message, but back in the
    /// monthly scope it is 3,000 again, not the plan's 6,000 included).
    fn switch_scope(&mut self, scope: Scope) {
        if scope == self.scope() {
            return;
        }
        match self.fields.take_carry() {
            Some(carry) if carry.from == scope => {
                // The line still says what the switch did; switching again gives this figure back.
                let shown = self.fields.readers_figure();
                self.fields.type_in(carry.field, carry.before);
                self.fields.set_carry(Some(shown));
            }
            _ => {
                // With no figure to carry, the text stays as typed, and the reverse switch gives
                // it back as it is, even where it reads as a figure that could be carried.
                let carry = match self.carried_to(scope) {
                    Some((carry, text)) => {
                        self.fields.type_in(Field::Messages, text);
                        carry
                    }
                    None => self.fields.readers_figure(),
                };
                self.fields.set_carry(Some(carry));
            }
        }
        self.fields.set_scope(scope);
    }

    /// The month's count in `scope`'s terms (None without a readable figure, a dialog plan or a
    /// change of scope). A month the included messages cover is no add-on at all: 0.
    fn carried_to(&self, scope: Scope) -> Option<(ScopeCarry, String)> {
        let outcome = self.outcome()?;
        let (plan, _) = self.schedule().0.addon_dialog()?;
        let after = match (self.scope(), scope) {
            (Scope::Monthly, Scope::Addon) => outcome
                .monthly_messages
                .saturating_sub(plan.included_messages),
            (Scope::Addon, Scope::Monthly) => outcome.monthly_messages,
            _ => return None,
        };
        Some((self.fields.readers_figure(), pricing::format_count(after)))
    }

    /// Takes an estimator field's text. Friends × broadcasts go into the messages field, as LINE's
    /// own estimator does, once both read as whole numbers. While they give no product (a field
    /// empty, half typed or wrong, or a product too large), a product they put there is taken
    /// back: the messages field never holds the answer to a text the estimator no longer shows.
    fn estimate_from(&mut self, field: EstimatorField, text: String) {
        self.estimator.type_in(field, text);
        let estimator::Product::Messages {
            friends,
            broadcasts,
            messages,
        } = self.estimator.product()
        else {
            if self.estimator.estimate().is_some() {
                self.estimator.set_estimate(None);
                self.fields.type_in(Field::Messages, String::new());
                self.recompute();
            }
            return;
        };
        // LINE's estimate is a monthly total, whatever the fields meant before.
        let switched_scope = self.scope() != Scope::Monthly;
        self.fields.set_scope(Scope::Monthly);
        self.fields
            .type_in(Field::Messages, pricing::format_count(messages));
        self.recompute();
        self.estimator.set_estimate(Some(Estimate {
            friends,
            broadcasts,
            messages,
            switched_scope,
        }));
    }

    /// The estimator's line answers its fields and the messages field as they read now: once either
    /// changes (cleared, a negative count, a figure of the reader's own, another scope), it is gone;
    /// once the messages field holds the product again (a scope switch reversed), it is back.
    fn settle_estimate(&mut self) {
        let held = match self.estimator.product() {
            estimator::Product::Messages {
                friends,
                broadcasts,
                messages,
            } => {
                let holds = self.scope() == Scope::Monthly
                    && self.source() == Field::Messages
                    && pricing::parse_message_count(self.text(Field::Messages)) == Ok(messages);
                holds.then_some((friends, broadcasts, messages))
            }
            _ => None,
        };
        let estimate = match (held, self.estimator.estimate()) {
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
        self.estimator.set_estimate(estimate);
    }

    /// Whether the estimator's fields still read as a product that the messages field no longer
    /// holds: the reader has typed a count or a budget of their own since.
    pub fn estimate_superseded(&self) -> bool {
        self.estimate().is_none()
            && self.outcome().is_some()
            && matches!(
                self.estimator.product(),
                estimator::Product::Messages { .. }
            )
    }

    /// Re-derives the other field and the outcome from the source field's text.
    fn recompute(&mut self) {
        let entry = self.fields.source_entry();
        let currency = &self.schedule().currency;
        let reading = match self.source() {
            Field::Messages => entry
                .read(pricing::parse_message_count)
                .and_then(|messages| self.outcome_for_messages(messages)),
            Field::Budget => entry
                .read(|text| pricing::parse_amount(text, currency))
                .and_then(|amount| self.outcome_for_amount(amount)),
        };
        let decimals = self.schedule().currency.decimals;
        self.fields.settle(reading, decimals);
    }

    fn outcome_for_messages(&self, messages: u64) -> Result<Outcome, InputError> {
        let view = self.tax_view();
        match self.scope() {
            Scope::Monthly => {
                let comparison = self.compare(messages)?;
                let focus_plan = comparison.recommended.ok_or(InputError::NoPlan)?;
                let bill = comparison.bills.get(focus_plan).ok_or(InputError::NoPlan)?;
                let amount = self.taxed(bill.total, view)?;
                let certainty = Certainty::of_amount(bill.confirmed());
                self.outcome_of(
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
                self.outcome_of(messages, amount, monthly, comparison, focus_plan, certainty)
            }
        }
    }

    fn outcome_for_amount(&self, amount: Decimal) -> Result<Outcome, InputError> {
        let view = self.tax_view();
        match self.scope() {
            Scope::Monthly => {
                let pick = pricing::most_messages_for_budget(&self.schedule(), amount, view)
                    .map_err(InputError::Pricing)?
                    .ok_or(InputError::BudgetTooSmall)?;
                let certainty = Certainty::of_count(pick.bill.confirmed());
                let comparison = self.compare(pick.messages)?;
                self.outcome_of(
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
                    pricing::addon_messages_for_budget(addon, amount, &self.schedule().tax, view)
                        .map_err(InputError::Pricing)?;
                let monthly = plan
                    .included_messages
                    .checked_add(quote.messages)
                    .ok_or(InputError::Pricing(PricingError::Overflow))?;
                let certainty = Certainty::of_count(quote.confirmed);
                let comparison = self.compare(monthly)?;
                self.outcome_of(
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

    fn outcome_of(
        &self,
        messages: u64,
        amount: Decimal,
        monthly_messages: u64,
        comparison: PlanComparison,
        focus_plan: usize,
        certainty: Certainty,
    ) -> Result<Outcome, InputError> {
        // Priced only while shown: switching it on recomputes.
        let previous_comparison = match self.prices.previous_compared() {
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
            schedule: self.schedule(),
            scope: self.scope(),
            tax_view: self.tax_view(),
        })
    }

    fn compare(&self, monthly_messages: u64) -> Result<PlanComparison, InputError> {
        pricing::compare_plans(&self.schedule(), monthly_messages).map_err(InputError::Pricing)
    }

    fn taxed(&self, amount: Decimal, view: TaxView) -> Result<Decimal, InputError> {
        self.schedule()
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
        let schedule = self.schedule().0;
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

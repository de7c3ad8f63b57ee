//! Issue 21's rule as a property over random edit sequences: whatever the reader types, deletes,
//! pastes or switches, in any order, every figure on screen answers the texts as they read now,
//! and a switch followed by its reverse gives back what the reader had.
#![cfg(not(target_arch = "wasm32"))]

use line_oa_calc::calculator::{Action, Calculator, EstimatorField, Field, Scope};
use line_oa_calc::fields::Control;
use line_oa_calc::fields::NumberField;
use line_oa_calc::i18n::Lang;
use line_oa_calc::planner::PlannerAction;
use line_oa_calc::pricing::{self, CalendarDate};
use line_oa_calc::share::UrlState;
use proptest::prelude::*;

/// What a reader does; a keystroke or a Backspace edits the field's text as it reads.
#[derive(Clone, Debug)]
enum Edit {
    /// In any number field: the linked ones, the estimator's and the planner's.
    Key(NumberField, char),
    Backspace(NumberField),
    Paste(NumberField, &'static str),
    Leave(NumberField),
    PlannerPlan(&'static str),
    PlannerDate(&'static str),
    /// The page reloads with what the reader typed so far carried over, as before the wasm arrives.
    Reload,
    Scope(Scope),
    Tax(bool),
    CompareOld(bool),
    Region(&'static str),
    Schedule(&'static str),
    Friends(&'static str),
    Broadcasts(&'static str),
    /// A switch and, right after, its reverse.
    RoundTrip(Switch),
}

#[derive(Clone, Copy, Debug)]
enum Switch {
    Scope,
    Tax,
    CompareOld,
    Region(&'static str),
    Schedule(&'static str),
}

const PASTES: &[&str] = &[
    "2,600",
    "12,000",
    "2,60",
    "12,00",
    "1e5",
    "999",
    "3000",
    "３，０００",
    "",
    "-5",
    "1,000,000,000,000,001",
    "12,",
    "1,200.5",
    "0",
    "20000",
    "80,000",
];
const KEYS: &[char] = &[
    '0', '1', '2', '3', '5', '6', '9', ',', '.', 'e', '-', ' ', '０',
];
const REGIONS: &[&str] = &["TW", "JP", "TH"];
const SCHEDULES: &[&str] = &[
    "tw-2019-04",
    "tw-2023-09",
    "tw-2026-11",
    "jp-2023-06",
    "jp-2026-10",
    "th-2024-08",
];
const ESTIMATOR: &[&str] = &["", "2,000", "6", "-5", "999999999999", "999999", "1x"];

fn field() -> impl Strategy<Value = NumberField> {
    prop_oneof![
        4 => Just(NumberField::Messages),
        4 => Just(NumberField::Budget),
        1 => Just(NumberField::Friends),
        1 => Just(NumberField::Broadcasts),
        1 => Just(NumberField::PlannerUsed),
        1 => Just(NumberField::PlannerCap),
    ]
}

const PLANS: &[&str] = &["", "light", "medium", "high", "basic", "x"];
const DATES: &[&str] = &["", "2026-10-31", "2026-11-01", "2026-12-16", "2026-02-30"];

fn switch() -> impl Strategy<Value = Switch> {
    prop_oneof![
        Just(Switch::Scope),
        Just(Switch::Tax),
        Just(Switch::CompareOld),
        prop::sample::select(REGIONS).prop_map(Switch::Region),
        prop::sample::select(SCHEDULES).prop_map(Switch::Schedule),
    ]
}

fn edit() -> impl Strategy<Value = Edit> {
    prop_oneof![
        6 => (field(), prop::sample::select(KEYS)).prop_map(|(f, k)| Edit::Key(f, k)),
        3 => field().prop_map(Edit::Backspace),
        3 => (field(), prop::sample::select(PASTES)).prop_map(|(f, p)| Edit::Paste(f, p)),
        2 => field().prop_map(Edit::Leave),
        2 => prop_oneof![Just(Scope::Monthly), Just(Scope::Addon)].prop_map(Edit::Scope),
        1 => any::<bool>().prop_map(Edit::Tax),
        1 => any::<bool>().prop_map(Edit::CompareOld),
        1 => prop::sample::select(REGIONS).prop_map(Edit::Region),
        1 => prop::sample::select(SCHEDULES).prop_map(Edit::Schedule),
        1 => prop::sample::select(ESTIMATOR).prop_map(Edit::Friends),
        1 => prop::sample::select(ESTIMATOR).prop_map(Edit::Broadcasts),
        3 => switch().prop_map(Edit::RoundTrip),
        1 => prop::sample::select(PLANS).prop_map(Edit::PlannerPlan),
        1 => prop::sample::select(DATES).prop_map(Edit::PlannerDate),
        1 => Just(Edit::Reload),
    ]
}

fn today() -> CalendarDate {
    CalendarDate::parse("2026-12-01").expect("a date")
}

fn text(calc: &Calculator, field: Field) -> &str {
    calc.text(field)
}

fn typing(field: Field, text: String) -> Action {
    Action::Type(field.declared(), text)
}

/// The actions of a switch, and of its reverse from the state before it.
fn switch_and_back(calc: &Calculator, switch: Switch) -> (Action, Action) {
    match switch {
        Switch::Scope => {
            let other = match calc.scope() {
                Scope::Monthly => Scope::Addon,
                Scope::Addon => Scope::Monthly,
            };
            (Action::SetScope(other), Action::SetScope(calc.scope()))
        }
        Switch::Tax => (
            Action::SetTaxIncluded(!calc.tax_included()),
            Action::SetTaxIncluded(calc.tax_included()),
        ),
        Switch::CompareOld => (
            Action::SetCompareOld(!calc.compare_old()),
            Action::SetCompareOld(calc.compare_old()),
        ),
        Switch::Region(code) => (
            Action::SetRegion(code.to_owned()),
            Action::SetSchedule(calc.schedule().id.to_string()),
        ),
        Switch::Schedule(id) => (
            Action::SetSchedule(id.to_owned()),
            Action::SetSchedule(calc.schedule().id.to_string()),
        ),
    }
}

/// The fields whose text is the reader's own: every one but the linked field derived from the other.
fn typed_fields(calc: &Calculator) -> Vec<NumberField> {
    let derived = match calc.source() {
        Field::Messages => NumberField::Budget,
        Field::Budget => NumberField::Messages,
    };
    NumberField::ALL
        .into_iter()
        .filter(|field| *field != derived)
        .collect()
}

/// The page loaded again on the same URL's switches, with every control and field carried over as
/// the reader left them in the prerendered page (`browser::carry_before_start`).
fn reloaded(calc: &Calculator) -> Calculator {
    let mut url = UrlState::default();
    url.set(Control::Region, calc.region().to_owned());
    url.set(Control::Schedule, calc.schedule().id.to_string());
    url.set(Control::Scope, calc.scope().tag().to_owned());
    url.set(
        Control::Tax,
        if calc.tax_included() { "1" } else { "" }.to_owned(),
    );
    url.set(
        Control::CompareOld,
        if calc.compare_old() { "1" } else { "" }.to_owned(),
    );
    url.set(Control::PlannerPlan, calc.planner().plan_id().to_owned());
    if let Some(date) = calc.planner().date_text() {
        url.set(Control::PlannerDate, date.to_owned());
    }
    // In the page's order: the estimator's fields, then the reader's own linked field.
    for field in typed_fields(calc) {
        let text = calc.entry_text(field);
        if !text.is_empty() {
            url.set_typed(field, text.to_owned());
        }
    }
    let mut fresh = Calculator::new("TW", calc.lang(), calc.today()).expect("Taiwan ships");
    for action in url.actions() {
        fresh.apply(action);
    }
    fresh
}

/// The reader's own text: the field they typed in, and what it says.
fn readers_text(calc: &Calculator) -> (Field, String) {
    (calc.source(), text(calc, calc.source()).to_owned())
}

/// A calculator that never saw the history: only the switches as they stand and the source text.
fn fresh_answer(calc: &Calculator) -> Calculator {
    let mut fresh = Calculator::new(calc.region(), calc.lang(), calc.today()).expect("a region");
    fresh.apply(Action::SetSchedule(calc.schedule().id.to_string()));
    fresh.apply(Action::SetScope(calc.scope()));
    fresh.apply(Action::SetTaxIncluded(calc.tax_included()));
    fresh.apply(Action::SetCompareOld(calc.compare_old()));
    fresh.apply(typing(calc.source(), text(calc, calc.source()).to_owned()));
    fresh
}

/// Every figure the page shows answers the current texts: the same as a fresh calculator's.
fn assert_answers_the_current_text(calc: &Calculator) -> Result<(), TestCaseError> {
    let fresh = fresh_answer(calc);
    let derived = match calc.source() {
        Field::Messages => Field::Budget,
        Field::Budget => Field::Messages,
    };
    prop_assert_eq!(
        text(calc, derived),
        text(&fresh, derived),
        "the other field answers {:?}",
        text(calc, calc.source())
    );
    prop_assert_eq!(
        &calc.outcome(),
        &fresh.outcome(),
        "the summary, hint and table"
    );
    prop_assert_eq!(&calc.error(), &fresh.error());
    prop_assert_eq!(calc.price_change(), fresh.price_change(), "old vs new");
    if calc.error().is_some() {
        prop_assert!(calc.outcome().is_none(), "no figure beside an error");
        prop_assert_eq!(text(calc, derived), "", "no figure beside an error");
    }
    // The estimator's line never stands beside a product too large.
    if calc.estimate_too_large().is_some() {
        prop_assert!(calc.estimate().is_none());
    }
    // The planner's month answers its count as it reads now, never a prefix's.
    let view = calc.planner().view(calc.region(), calc.today(), None);
    if view.month.is_some() {
        prop_assert!(
            pricing::parse_message_count(calc.entry_text(NumberField::PlannerUsed)).is_ok()
        );
        let cap = pricing::parse_message_count(calc.entry_text(NumberField::PlannerCap));
        let no_addons = view.plan.is_some_and(|p| p.addon.is_none());
        prop_assert!(
            cap.is_ok() || cap == Err(pricing::NumberError::Empty) || no_addons,
            "a month only for a cap that reads, or none"
        );
    }
    // The estimator's line answers its fields and the messages field as they read now.
    if let Some(estimate) = calc.estimate() {
        prop_assert_eq!(
            pricing::parse_message_count(calc.estimator_text(EstimatorField::Friends)),
            Ok(estimate.friends)
        );
        prop_assert_eq!(
            pricing::parse_message_count(calc.estimator_text(EstimatorField::Broadcasts)),
            Ok(estimate.broadcasts)
        );
        prop_assert_eq!(
            pricing::parse_message_count(calc.text(Field::Messages)),
            Ok(estimate.messages)
        );
        prop_assert_eq!(
            (calc.source(), calc.scope()),
            (Field::Messages, Scope::Monthly)
        );
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn every_figure_answers_the_text_as_it_reads_now(edits in prop::collection::vec(edit(), 1..40)) {
        let mut calc = Calculator::new("TW", Lang::En, today()).expect("Taiwan ships");
        for edit in edits {
            match edit {
                Edit::Key(field, key) => {
                    let mut text = calc.entry_text(field).to_owned();
                    text.push(key);
                    calc.apply(Action::Type(field, text));
                }
                Edit::Backspace(field) => {
                    let mut text = calc.entry_text(field).to_owned();
                    text.pop();
                    calc.apply(Action::Type(field, text));
                }
                Edit::Paste(field, pasted) => calc.apply(Action::Type(field, pasted.to_owned())),
                Edit::Leave(field) => calc.apply(Action::Leave(field)),
                Edit::PlannerPlan(id) => calc.apply(Action::Planner(PlannerAction::SetPlan(id.to_owned()))),
                Edit::PlannerDate(date) => calc.apply(Action::Planner(PlannerAction::SetDate(date.to_owned()))),
                Edit::Reload => {
                    let reloaded = reloaded(&calc);
                    // Nothing typed is lost (an emptied field is no text to keep: the estimator may
                        // fill the messages field again from its own fields).
                    for field in typed_fields(&calc).into_iter().filter(|f| !calc.entry_text(*f).is_empty()) {
                        prop_assert_eq!(reloaded.entry_text(field), calc.entry_text(field), "{:?} kept", field);
                    }
                    prop_assert_eq!(reloaded.planner().plan_id(), calc.planner().plan_id());
                    prop_assert_eq!(reloaded.planner().date_text(), calc.planner().date_text());
                    calc = reloaded;
                }
                Edit::Scope(scope) => calc.apply(Action::SetScope(scope)),
                Edit::Tax(on) => calc.apply(Action::SetTaxIncluded(on)),
                Edit::CompareOld(on) => calc.apply(Action::SetCompareOld(on)),
                Edit::Region(code) => calc.apply(Action::SetRegion(code.to_owned())),
                Edit::Schedule(id) => calc.apply(Action::SetSchedule(id.to_owned())),
                Edit::Friends(text) => calc.apply(Action::Type(NumberField::Friends, text.to_owned())),
                Edit::Broadcasts(text) => calc.apply(Action::Type(NumberField::Broadcasts, text.to_owned())),
                Edit::RoundTrip(switch) => {
                    let before = readers_text(&calc);
                    let (there, back) = switch_and_back(&calc, switch);
                    calc.apply(there);
                    assert_answers_the_current_text(&calc)?;
                    calc.apply(back);
                    prop_assert_eq!(readers_text(&calc), before, "{:?} and back", switch);
                }
            }
            assert_answers_the_current_text(&calc)?;
        }
    }
}

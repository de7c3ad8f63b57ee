//! The card the reader types in: region and price schedule, what the two fields mean, the two
//! linked fields, and the tax and old-prices switches. Every value comes from the calculator;
//! every change goes back up through one of the callbacks.

use yew::prelude::*;

use crate::calculator::{Calculator, Certainty, Field, Scope};
use crate::components::{
    choice_select, number_field, schedule_status, toggle, ChoiceSelectProps, NumberFieldProps,
    ScheduleStatusProps, ToggleProps,
};
use crate::display;
use crate::error_messages;
use crate::i18n::Texts;
use crate::lit;
use crate::markup::Markup;
use crate::pricing::{self, Schedule};

/// What the reader can change in the inputs card; each callback carries the new value.
#[derive(Clone)]
pub struct InputEvents {
    pub region: Callback<String>,
    pub schedule: Callback<String>,
    pub scope: Callback<String>,
    pub messages: Callback<String>,
    pub budget: Callback<String>,
    /// The reader is done with one of the two fields.
    pub leave: Callback<Field>,
    pub tax: Callback<bool>,
    pub compare_old: Callback<bool>,
}

pub struct InputsProps<'a> {
    pub calc: &'a Calculator,
    pub on: InputEvents,
    /// The result, right under the two fields: on a phone with the keyboard up, the reader
    /// sees it while typing.
    pub answer: Html,
}

pub fn inputs(props: &InputsProps<'_>) -> Html {
    let calc = props.calc;
    let on = &props.on;
    let lang = calc.lang();
    let t = lang.texts();
    let schedule = calc.schedule();
    let dialog_plan_name = schedule
        .addon_dialog()
        .map_or("", |(plan, _)| plan.name.text(lang.tag()));
    let messages_label = field_label(t, calc.scope(), Field::Messages);
    let budget_label = field_label(t, calc.scope(), Field::Budget);
    let scope_help = match calc.scope() {
        Scope::Monthly => t.scope_monthly_help,
        Scope::Addon => t.scope_addon_help,
    };
    let tax_word = match (calc.tax_included(), calc.scope()) {
        (false, _) => t.tax_excluded,
        (true, Scope::Monthly) => t.tax_included,
        // The dialog hint gives the amount as LINE lists it, without tax: this one is beside it.
        (true, Scope::Addon) => t.tax_included_for_reference,
    };
    let error = |field: Field| {
        calc.error_of(field)
            .map(|error| AttrValue::from(error_messages::input_error(t, &schedule, error)))
    };
    html! {
        <section class="card inputs" aria-label={t.scope_label}>
            { choice_select(&ChoiceSelectProps {
                id: "region".into(),
                label: t.region_label.into(),
                options: pricing::schedules_in_force(calc.today())
                    .into_iter()
                    .map(|s| (AttrValue::from(&*s.region), AttrValue::from(s.region_name.text(lang.tag()).to_owned())))
                    .collect(),
                selected: calc.region().into(),
                help: None,
                on_change: on.region.clone(),
            }) }
            { choice_select(&ChoiceSelectProps {
                id: "schedule".into(),
                label: t.schedule_label.into(),
                options: pricing::region_schedules(calc.region())
                    .map(|s| (AttrValue::from(&*s.id), AttrValue::from(schedule_option(t, calc, s))))
                    .collect(),
                selected: AttrValue::from(&*schedule.id),
                help: None,
                on_change: on.schedule.clone(),
            }) }
            { schedule_status(&ScheduleStatusProps {
                shown: schedule,
                in_force: calc.in_force(),
                upcoming: calc.upcoming(),
                lang,
                on_pick: on.schedule.clone(),
            }) }
            { choice_select(&ChoiceSelectProps {
                id: "scope".into(),
                label: t.scope_label.into(),
                options: vec![
                    (AttrValue::from(Scope::Monthly.tag()), AttrValue::from(t.scope_monthly)),
                    (AttrValue::from(Scope::Addon.tag()), AttrValue::from(t.scope_addon.fill(&[dialog_plan_name]))),
                ],
                selected: calc.scope().tag().into(),
                help: Some(scope_help.into()),
                on_change: on.scope.clone(),
            }) }
            <div class="inputs__fields">
                { number_field(NumberFieldProps {
                    id: AttrValue::from(Field::Messages.id()),
                    label: AttrValue::from(messages_label),
                    value: AttrValue::from(calc.text(Field::Messages).to_owned()),
                    inputmode: AttrValue::from("numeric"),
                    placeholder: AttrValue::from(t.messages_placeholder),
                    prefix: None,
                    suffix: Some(AttrValue::from(t.messages_unit)),
                    error: error(Field::Messages),
                    note: derived_note(t, calc, Field::Messages),
                    on_input: on.messages.clone(),
                    on_leave: on.leave.reform(|()| Field::Messages),
                }) }
                { number_field(NumberFieldProps {
                    id: AttrValue::from(Field::Budget.id()),
                    label: AttrValue::from(t.with_marker.fill(&[budget_label, tax_word])),
                    value: AttrValue::from(calc.text(Field::Budget).to_owned()),
                    inputmode: AttrValue::from("decimal"),
                    placeholder: AttrValue::from(t.budget_placeholder),
                    prefix: Some(AttrValue::from(schedule.currency.symbol.clone())),
                    suffix: None,
                    error: error(Field::Budget),
                    note: derived_note(t, calc, Field::Budget),
                    on_input: on.budget.clone(),
                    on_leave: on.leave.reform(|()| Field::Budget),
                }) }
            </div>
            { scope_carried(t, calc) }
            { props.answer.clone() }
            { estimator_link(t) }
            <div class="inputs__toggles">
                { toggle(&ToggleProps { id: "tax".into(), label: t.tax_label.fill(&[&display::percent(schedule.tax.rate), schedule.tax.name.text(lang.tag())]).into(), checked: calc.tax_included(), on_toggle: on.tax.clone() }) }
                if let Some(previous) = calc.previous_schedule() {
                    { toggle(&ToggleProps { id: "compare-old".into(), label: t.compare_old_label.fill(&[&display::period(t, &previous)]).into(), checked: calc.compare_old(), on_toggle: on.compare_old.clone() }) }
                }
            </div>
        </section>
    }
}

/// What a field is called in a scope.
fn field_label(t: &Texts, scope: Scope, field: Field) -> &'static str {
    match (scope, field) {
        (Scope::Monthly, Field::Messages) => t.messages_label_monthly,
        (Scope::Monthly, Field::Budget) => t.budget_label_monthly,
        (Scope::Addon, Field::Messages) => t.messages_label_addon,
        (Scope::Addon, Field::Budget) => t.budget_label_addon,
    }
}

/// After a switch of scope rewrote the reader's figure, the one line that says so: the same month,
/// before and after (plain markup: display only).
fn scope_carried(t: &Texts, calc: &Calculator) -> Html {
    let Some(carry) = calc.scope_carry() else {
        return Html::default();
    };
    let line = t.scope_carried.fill(&[
        field_label(t, carry.from, carry.field),
        &carry.before,
        field_label(t, calc.scope(), Field::Messages),
        calc.text(Field::Messages),
    ]);
    let mut m = Markup::new();
    m.raw(lit!(r#"<p id="scope-carried" class="field__note">"#))
        .text(&line)
        .raw(lit!("</p>"));
    Html::from_html_unchecked(m.finish().into())
}

/// The way to the estimator further down, for a reader who does not know their count
/// (plain markup: static text).
fn estimator_link(t: &Texts) -> Html {
    let mut m = Markup::new();
    m.raw(lit!(
        r##"<p class="inputs__more"><a id="estimator-link" href="#estimator">"##
    ))
    .text(t.estimator_link)
    .raw(lit!("</a></p>"));
    Html::from_html_unchecked(m.finish().into())
}

/// The line under the derived field: that it is calculated, and whether it is an estimate.
fn derived_note(t: &Texts, calc: &Calculator, field: Field) -> Option<AttrValue> {
    let outcome = calc.outcome().filter(|_| calc.source() != field)?;
    let marker = match (field, outcome.certainty) {
        (Field::Budget, Certainty::UpperEstimate) => Some(t.upper_bound_marker),
        (Field::Messages, Certainty::LowerEstimate) => Some(t.lower_bound_marker),
        _ => None,
    };
    Some(match marker {
        Some(marker) => t.with_marker.fill(&[t.derived_hint, marker]).into(),
        None => t.derived_hint.into(),
    })
}

/// A schedule picker option: its period, marked when it is today's or a coming one.
fn schedule_option(t: &Texts, calc: &Calculator, schedule: &Schedule) -> String {
    let name = display::period(t, schedule);
    let marker = if std::ptr::eq(schedule, calc.in_force().0) {
        Some(t.schedule_in_force_marker)
    } else if calc
        .upcoming()
        .is_some_and(|next| std::ptr::eq(schedule, next.0))
    {
        Some(t.schedule_upcoming_marker)
    } else {
        None
    };
    match marker {
        Some(marker) => t.with_marker.fill(&[&name, marker]),
        None => name,
    }
}

//! The card the reader types in: region and price schedule, what the two fields mean, the two
//! linked fields, and the tax and old-prices switches. Every value comes from the calculator;
//! every change goes back up through one of the callbacks.

use yew::prelude::*;

use crate::calculator::{Action, Calculator, Certainty, Field, Scope};
use crate::components::{
    schedule_status, ChoiceSelect, Dispatch, NumberInput, ScheduleStatusProps, Toggle,
};
use crate::display;
use crate::error_messages;
use crate::fields::{Control, NumberField};
use crate::i18n::Texts;
use crate::lit;
use crate::markup::Markup;
use crate::pricing::{self, Schedule};

pub struct InputsProps<'a> {
    pub calc: &'a Calculator,
    pub dispatch: Dispatch,
    /// The result, right under the two fields: on a phone with the keyboard up, the reader
    /// sees it while typing.
    pub answer: Html,
}

pub fn inputs(props: &InputsProps<'_>) -> Html {
    let calc = props.calc;
    let dispatch = &props.dispatch;
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
            <ChoiceSelect
                control={Control::Region}
                label={t.region_label}
                options={pricing::schedules_in_force(calc.today())
                    .into_iter()
                    .map(|s| (AttrValue::from(&*s.region), AttrValue::from(s.region_name.text(lang.tag()).to_owned())))
                    .collect::<Vec<_>>()}
                selected={calc.region()}
                dispatch={dispatch.clone()}
            />
            <ChoiceSelect
                control={Control::Schedule}
                label={t.schedule_label}
                options={pricing::region_schedules(calc.region())
                    .map(|s| (AttrValue::from(&*s.id), AttrValue::from(schedule_option(t, calc, s))))
                    .collect::<Vec<_>>()}
                selected={AttrValue::from(&*schedule.id)}
                dispatch={dispatch.clone()}
            />
            { schedule_status(&ScheduleStatusProps {
                shown: schedule,
                in_force: calc.in_force(),
                upcoming: calc.upcoming(),
                lang,
                on_pick: dispatch.to_callback().reform(Action::SetSchedule),
            }) }
            <ChoiceSelect
                control={Control::Scope}
                label={t.scope_label}
                options={vec![
                    (AttrValue::from(Scope::Monthly.tag()), AttrValue::from(t.scope_monthly)),
                    (AttrValue::from(Scope::Addon.tag()), AttrValue::from(t.scope_addon.fill(&[dialog_plan_name]))),
                ]}
                selected={calc.scope().tag()}
                help={AttrValue::from(scope_help)}
                dispatch={dispatch.clone()}
            />
            <div class="inputs__fields">
                <NumberInput
                    field={NumberField::Messages}
                    label={messages_label}
                    value={calc.text(Field::Messages).to_owned()}
                    placeholder={t.messages_placeholder}
                    suffix={AttrValue::from(t.messages_unit)}
                    error={error(Field::Messages)}
                    note={derived_note(t, calc, Field::Messages)}
                    dispatch={dispatch.clone()}
                />
                <NumberInput
                    field={NumberField::Budget}
                    label={t.with_marker.fill(&[budget_label, tax_word])}
                    value={calc.text(Field::Budget).to_owned()}
                    placeholder={t.budget_placeholder}
                    prefix={AttrValue::from(schedule.currency.symbol.clone())}
                    error={error(Field::Budget)}
                    note={derived_note(t, calc, Field::Budget)}
                    dispatch={dispatch.clone()}
                />
            </div>
            { scope_carried(t, calc) }
            { props.answer.clone() }
            { estimator_link(t) }
            <div class="inputs__toggles">
                <Toggle control={Control::Tax} label={t.tax_label.fill(&[&display::percent(schedule.tax.rate), schedule.tax.name.text(lang.tag())])} checked={calc.tax_included()} dispatch={dispatch.clone()} />
                if let Some(previous) = calc.previous_schedule() {
                    <Toggle control={Control::CompareOld} label={t.compare_old_label.fill(&[&display::period(t, &previous)])} checked={calc.compare_old()} dispatch={dispatch.clone()} />
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

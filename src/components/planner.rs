//! The month planner's card: the plan, the month's count so far, the add-on cap and the date in; the
//! projection, the run-out days and the ways to finish the month out. Every figure comes from
//! [`crate::planner`]; the answer is display-only markup, the fields are interactive.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::calculator::{Action, InputError};
use crate::components::{ChoiceSelect, Dispatch, NumberInput};
use crate::display;
use crate::error_messages;
use crate::fields::{Control, NumberField};
use crate::i18n::{planner::PlannerTexts, Lang, Texts};
use crate::lit;
use crate::markup::Markup;
use crate::numerals;
use crate::planner::{Month, OptionKind, PlanOption, Planner, PlannerError, PlannerView};
use crate::pricing::{format_count, CalendarDate, ChangeBilling, Schedule, TaxView};

/// What the planner's card shows: a keystroke elsewhere changes none of these, so Yew skips the card.
#[derive(Properties, PartialEq)]
pub struct PlannerCardProps {
    pub planner: Planner,
    pub region: &'static str,
    pub today: CalendarDate,
    /// The estimator's friend count, when it reads.
    pub friends: Option<u64>,
    pub tax_view: TaxView,
    pub lang: Lang,
    pub dispatch: Dispatch,
}

#[function_component(PlannerCard)]
pub fn planner_card(props: &PlannerCardProps) -> Html {
    let view = props.planner.view(props.region, props.today, props.friends);
    planner(&PlannerProps {
        planner: &props.planner,
        view: &view,
        tax_view: props.tax_view,
        lang: props.lang,
        dispatch: &props.dispatch,
    })
}

/// The card's content for one view of the planner.
pub struct PlannerProps<'a> {
    pub planner: &'a Planner,
    pub view: &'a PlannerView,
    pub tax_view: TaxView,
    pub lang: Lang,
    pub dispatch: &'a Dispatch,
}

pub fn planner(props: &PlannerProps<'_>) -> Html {
    let (t, p) = (props.lang.texts(), props.lang.planner());
    let view = props.view;
    let error = |error: &Option<PlannerError>| {
        error
            .as_ref()
            .map(|error| AttrValue::from(error_text(t, p, view.schedule, error)))
    };
    let plans = view.schedule.map_or_else(Vec::new, |schedule| {
        schedule
            .plans
            .iter()
            .map(|plan| {
                (
                    AttrValue::from(plan.id.to_string()),
                    AttrValue::from(plan.name.text(props.lang.tag()).to_owned()),
                )
            })
            .collect()
    });
    let on_date = {
        let dispatch = props.dispatch.clone();
        Callback::from(move |event: Event| {
            let input: HtmlInputElement = event.target_unchecked_into();
            if let Some(action) = Action::set(Control::PlannerDate, input.value()) {
                dispatch.dispatch(action);
            }
        })
    };
    let date_error = error(&view.date_error);
    let month = view.month.as_ref();
    html! {
        <section id="planner" class="card planner" aria-labelledby="planner-title">
            { intro(p) }
            <div class="planner__fields">
                <ChoiceSelect
                    control={Control::PlannerPlan}
                    label={p.plan_label}
                    options={plans}
                    selected={AttrValue::from(view.plan.map(|plan| plan.id.to_string()).unwrap_or_default())}
                    dispatch={props.dispatch.clone()}
                />
                <NumberInput
                        field={NumberField::PlannerUsed}
                        label={p.used_label}
                        value={entry_text(props.planner, NumberField::PlannerUsed).to_owned()}
                        placeholder={p.used_placeholder}
                        suffix={AttrValue::from(t.messages_unit)}
                        error={error(&view.used_error)}
                        dispatch={props.dispatch.clone()}
                    />
                if view.plan.is_some_and(|plan| plan.addon.is_some()) {
                    <NumberInput
                        field={NumberField::PlannerCap}
                        label={p.cap_label}
                        value={entry_text(props.planner, NumberField::PlannerCap).to_owned()}
                        placeholder={p.cap_placeholder}
                        suffix={AttrValue::from(t.messages_unit)}
                        error={error(&view.cap_error)}
                        dispatch={props.dispatch.clone()}
                    />
                }
                // A native date picker: it only ever reports a whole date or nothing.
                <div class="field" data-invalid={date_error.is_some().then_some("true")}>
                    <label class="field__label" for={Control::PlannerDate.id()}>{ p.date_label }</label>
                    <div class="field__control">
                        // The date as the reader set it (cleared stays cleared: never today's under
                        // the cursor), else today's.
                        <input id={Control::PlannerDate.id()} class="field__input" type="date"
                            value={props.planner.date_text().map_or_else(|| view.date.iso(), str::to_owned)}
                            aria-invalid={date_error.is_some().then_some("true")}
                            aria-describedby={date_error.is_some().then_some("planner-date-error")}
                            onchange={on_date} />
                    </div>
                    <div class="field__messages" aria-live="polite">
                        if let Some(message) = date_error {
                            <p id="planner-date-error" class="field__error"><span class="field__error-field">{ p.date_label }</span>{ " " }{ message.as_str() }</p>
                        }
                    </div>
                </div>
            </div>
            <div id="planner-result" class="planner__result" aria-live="polite"
                data-projected={month.and_then(|m| m.projected).map(numerals::digits).unwrap_or_default()}
                data-runs-out={month.and_then(|m| m.runs_out).map(|d| d.iso()).unwrap_or_default()}
                data-schedule={view.schedule.map(|s| s.id.to_string()).unwrap_or_default()}>
                { answer(props) }
            </div>
        </section>
    }
}

/// The heading and what the card is for (plain markup: static text).
fn intro(p: &PlannerTexts) -> Html {
    let mut m = Markup::new();
    m.raw(lit!(r#"<h2 id="planner-title">"#))
        .text(p.title)
        .raw(lit!(r#"</h2><p class="planner__intro">"#))
        .text(p.intro)
        .raw(lit!("</p>"));
    Html::from_html_unchecked(m.finish().into())
}

fn error_text(
    t: &Texts,
    p: &PlannerTexts,
    schedule: Option<&Schedule>,
    error: &PlannerError,
) -> String {
    match (error, schedule) {
        (PlannerError::Number(e), Some(schedule)) => {
            error_messages::input_error(t, schedule, &InputError::Number(*e))
        }
        (PlannerError::BeyondPlan { max }, _) => p.beyond_plan.fill(&[&format_count(*max)]),
        (PlannerError::NoSchedule, _) => p.no_schedule.to_owned(),
        _ => p.bad_date.to_owned(),
    }
}

/// The projection and the options (plain markup: it only displays figures).
fn answer(props: &PlannerProps<'_>) -> Html {
    let view = props.view;
    let (Some(month), Some(schedule), Some(plan)) = (&view.month, view.schedule, view.plan) else {
        return Html::default();
    };
    let (t, p, tag) = (props.lang.texts(), props.lang.planner(), props.lang.tag());
    let money = |amount, estimate: bool| {
        let shown = schedule.tax.apply(amount, props.tax_view).unwrap_or(amount);
        let mut marker = String::from(match props.tax_view {
            TaxView::Excluded => t.tax_excluded,
            TaxView::Included => t.tax_included,
        });
        if estimate {
            marker.push_str(t.marker_separator);
            marker.push_str(p.estimate);
        }
        t.with_marker
            .fill(&[&display::money(schedule, shown), &marker])
    };
    let mut m = Markup::new();
    m.raw(lit!(r#"<p class="planner__counted">"#))
        .text(&p.counted.fill(&[
            &view.date.iso(),
            &numerals::digits(month.days_counted.into()),
            schedule.name.text(tag),
        ]))
        .raw(lit!("</p>"));
    let Some(projected) = month.projected else {
        m.raw(lit!(r#"<p class="planner__headline">"#))
            .text(p.first_day)
            .raw(lit!("</p>"));
        return Html::from_html_unchecked(m.finish().into());
    };
    m.raw(lit!(r#"<p class="planner__headline"><strong>"#))
        .text(&p.projected.fill(&[&format_count(projected)]))
        .raw(lit!("</strong>"))
        .text(p.gap);
    let included = format_count(plan.included_messages);
    match month.runs_out {
        Some(day) => {
            let when = if day < view.date {
                p.ran_out
            } else {
                p.runs_out
            };
            m.text(&when.fill(&[&included, &day.iso()]))
                .text(p.gap)
                .text(if plan.addon.is_some() {
                    p.then_addons
                } else {
                    p.then_stops
                });
        }
        None => {
            m.text(p.lasts);
        }
    }
    if let (Some(day), Ok(cap)) = (
        month.cap_runs_out,
        crate::pricing::parse_message_count(entry_text(props.planner, NumberField::PlannerCap)),
    ) {
        m.text(p.gap)
            .text(&p.cap_runs_out.fill(&[&format_count(cap), &day.iso()]));
    }
    m.raw(lit!("</p>"));
    if let Some((total, confirmed)) = month.bill {
        m.raw(lit!(r#"<p class="planner__cost">"#))
            .text(&p.month_cost.fill(&[&money(total, !confirmed)]))
            .raw(lit!("</p>"));
    }
    if !month.options.is_empty() {
        m.raw(lit!(r#"<h3 class="planner__options-title">"#))
            .text(p.options_title)
            .raw(lit!(r#"</h3><ul class="planner__options">"#));
        for (index, option) in month.options.iter().enumerate() {
            option_item(&mut m, props, month, index, option, &money);
        }
        m.raw(lit!("</ul>"));
    }
    Html::from_html_unchecked(m.finish().into())
}

/// An option's name, as the tie note names it.
fn option_name(props: &PlannerProps<'_>, option: &PlanOption) -> String {
    let (p, tag) = (props.lang.planner(), props.lang.tag());
    match &option.kind {
        OptionKind::Upgrade { plan, .. } => p.upgrade.fill(&[plan.name.text(tag)]),
        _ => {
            let plan = props.view.plan.map_or("", |plan| plan.name.text(tag));
            p.keep_plan.fill(&[plan])
        }
    }
}

fn option_item(
    m: &mut Markup,
    props: &PlannerProps<'_>,
    month: &Month,
    index: usize,
    option: &PlanOption,
    money: &dyn Fn(rust_decimal::Decimal, bool) -> String,
) {
    let (t, p, tag) = (props.lang.texts(), props.lang.planner(), props.lang.tag());
    let cheapest = month.cheapest == Some(index);
    if cheapest {
        m.raw(lit!(
            r#"<li class="planner__option planner__option--cheapest" data-cheapest="true"><span class="badge badge--recommended">"#
        ))
        .text(p.cheapest)
        .raw(lit!("</span> "));
    } else {
        m.raw(lit!(r#"<li class="planner__option">"#));
    }
    m.raw(lit!("<strong>"));
    match &option.kind {
        OptionKind::SendFewer {
            fewer,
            left,
            broadcasts,
        } => {
            m.text(&p.fewer.fill(&[&format_count(*fewer), &format_count(*left)]));
            if let Some((friends, fewer, left)) = broadcasts {
                m.raw(lit!("</strong> <span>"))
                    .text(&p.fewer_broadcasts.fill(&[
                        &format_count(*friends),
                        &format_count(*fewer),
                        &format_count(*left),
                    ]));
                m.raw(lit!("</span><strong>"));
            }
        }
        OptionKind::SetCap { cap, amount } => {
            // The dialog's own amount (as the main dialog hint gives it), whatever the tax view.
            let dialog = props
                .view
                .schedule
                .map(|schedule| display::dialog_amount(t, schedule, *amount, option.estimate));
            m.text(
                &p.set_cap
                    .fill(&[&format_count(*cap), &dialog.unwrap_or_default()]),
            );
        }
        OptionKind::Upgrade { plan, .. } => {
            m.text(&p.upgrade.fill(&[plan.name.text(tag)]));
        }
    }
    m.raw(lit!("</strong>"));
    if let OptionKind::Upgrade { rule, .. } = &option.kind {
        m.raw(lit!(r#"<span class="planner__rule">"#));
        match rule.map(|rule| rule.billing) {
            Some(ChangeBilling::TopUp) => m.text(p.rule_top_up),
            Some(ChangeBilling::Prorated) => m.text(p.rule_prorated),
            _ => m.text(p.not_confirmed),
        };
        if let Some(note) = rule.and_then(|rule| rule.note.as_ref()) {
            m.text(p.gap).text(note.text(tag));
        }
        if let Some(rule) = rule {
            m.raw(lit!(r#" <a href=""#))
                .text(&rule.source.url)
                .raw(lit!(r#"" rel="noopener" target="_blank">"#))
                .text(&rule.source.title)
                .raw(lit!("</a> "))
                .text(&t.source_checked.fill(&[&rule.source.checked]));
        }
        m.raw(lit!("</span>"));
    }
    m.raw(lit!(r#"<span class="planner__costs">"#));
    if let Some(amount) = option.this_month {
        m.text(&p.this_month.fill(&[&money(amount, option.estimate)]))
            .text(" · ");
    }
    if let Some(next) = option.next_month {
        m.text(&p.next_month.fill(&[&money(next.amount, next.estimate)]));
    }
    if !option.sends_all && option.this_month.is_some() {
        m.text(" · ").text(p.not_whole_month);
    }
    m.raw(lit!("</span>"));
    if cheapest {
        if let Some(other) = month.tied_with.and_then(|i| month.options.get(i)) {
            m.raw(lit!(r#"<span class="planner__tie">"#))
                .text(&p.tie.fill(&[&option_name(props, other)]))
                .raw(lit!("</span>"));
        }
    }
    m.raw(lit!("</li>"));
}

/// A planner field's text as typed.
fn entry_text(planner: &Planner, field: NumberField) -> &str {
    planner.entry(field).map_or("", crate::fields::Entry::text)
}

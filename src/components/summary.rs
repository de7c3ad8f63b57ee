//! The result in one sentence (announced politely to screen readers) and what to type
//! into LINE's purchase-cap dialog (帳務專區 → 變更上限) for these numbers.

use yew::prelude::*;

use crate::calculator::ScheduleRef;

use crate::calculator::{Certainty, Field, Outcome, Scope};
use crate::display;
use crate::i18n::Lang;
use crate::markup::Markup;
use crate::pricing::{format_count, Schedule, TaxView};

pub struct SummaryProps<'a> {
    pub schedule: ScheduleRef,
    pub outcome: Option<&'a Outcome>,
    pub scope: Scope,
    pub source: Field,
    pub tax_view: TaxView,
    pub lang: Lang,
}

pub fn summary(props: &SummaryProps<'_>) -> Html {
    let t = props.lang.texts();
    // The live sentence stays one element across renders (a replaced live region is not
    // announced); the static heading and the hint are plain markup.
    let mut heading = Markup::new();
    heading
        .raw(r#"<h2 id="summary-title" class="visually-hidden">"#)
        .text(t.table_title)
        .raw("</h2>");
    let mut hint = Markup::new();
    if let Some(text) = props
        .outcome
        .as_ref()
        .and_then(|outcome| dialog_hint(props, outcome))
    {
        hint.raw(r#"<div id="dialog-hint" class="summary__hint"><h3 class="summary__hint-title">"#)
            .text(t.dialog_hint_title)
            .raw("</h3><p>")
            .text(&text)
            .raw("</p></div>");
    }
    html! {
        // Not a landmark of its own (no accessible name): its heading would name it as the plan
        // table's section is named, and two landmarks must not share a name.
        <section class="card summary">
            { Html::from_html_unchecked(heading.finish().into()) }
            <p id="result-summary" class="summary__line" aria-live="polite" aria-atomic="true">
                { props.outcome.map(|outcome| sentence(props, outcome)).unwrap_or_default() }
            </p>
            { Html::from_html_unchecked(hint.finish().into()) }
        </section>
    }
}

fn sentence(props: &SummaryProps<'_>, outcome: &Outcome) -> String {
    let t = props.lang.texts();
    let schedule: &Schedule = &props.schedule;
    let money = |amount| display::money(schedule, amount);
    let mark = |text: String, certainty: Certainty| match certainty {
        Certainty::Exact => text,
        Certainty::UpperEstimate => t.with_marker.fill(&[&text, t.upper_bound_marker]),
        Certainty::LowerEstimate => t.with_marker.fill(&[&text, t.lower_bound_marker]),
    };
    let Some(bill) = outcome.comparison.bills.get(outcome.focus_plan) else {
        return String::new();
    };
    let plan = schedule
        .plan(&bill.plan_id)
        .map_or(&*bill.plan_id, |p| p.name.text(props.lang.tag()));
    let total = schedule
        .tax
        .apply(bill.total, props.tax_view)
        .map(money)
        .unwrap_or_default();
    match (props.scope, props.source) {
        (Scope::Monthly, Field::Messages) => t.summary_monthly_from_messages.fill(&[
            &format_count(outcome.messages),
            plan,
            &mark(total, outcome.certainty),
        ]),
        (Scope::Monthly, Field::Budget) => t.summary_monthly_from_budget.fill(&[
            &money(outcome.amount),
            &mark(format_count(outcome.messages), outcome.certainty),
            plan,
            &total,
        ]),
        (Scope::Addon, _) => {
            let (cap, amount) = (format_count(outcome.messages), money(outcome.amount));
            match (props.source, outcome.certainty) {
                (Field::Messages, certainty) => {
                    t.summary_addon.fill(&[&cap, &mark(amount, certainty)])
                }
                (Field::Budget, certainty) => {
                    t.summary_addon.fill(&[&mark(cap, certainty), &amount])
                }
            }
        }
    }
}

/// The cap to enter in the dialog, when the focus plan buys add-on messages at all.
/// The amount is tax-excluded whatever the tax toggle says: LINE lists its prices so.
fn dialog_hint(props: &SummaryProps<'_>, outcome: &Outcome) -> Option<String> {
    let t = props.lang.texts();
    let schedule: &Schedule = &props.schedule;
    let bill = outcome.comparison.bills.get(outcome.focus_plan)?;
    let plan = schedule.plan(&bill.plan_id)?;
    let quote = bill.addon.as_ref().filter(|quote| quote.messages > 0);
    match quote {
        None => Some(
            t.dialog_hint_no_addon
                .fill(&[plan.name.text(props.lang.tag())]),
        ),
        Some(quote) => {
            let marker = match quote.confirmed {
                true => t.tax_excluded.to_owned(),
                false => {
                    let mut both = t.tax_excluded.to_owned();
                    both.push_str(t.marker_separator);
                    both.push_str(t.upper_bound_marker);
                    both
                }
            };
            let amount = t
                .with_marker
                .fill(&[&display::money(schedule, quote.amount), &marker]);
            Some(
                t.dialog_hint_cap
                    .fill(&[&format_count(quote.messages), &amount]),
            )
        }
    }
}

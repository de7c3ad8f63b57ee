//! The result in one sentence (announced politely to screen readers) and what to type
//! into LINE's purchase-cap dialog (帳務專區 → 變更上限) for these numbers.

use yew::prelude::*;

use crate::calculator::ScheduleRef;

use crate::calculator::{Certainty, Field, Outcome, Scope};
use crate::display;
use crate::figures;
use crate::i18n::Lang;
use crate::lit;
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
        .raw(lit!(r#"<h2 id="summary-title" class="visually-hidden">"#))
        .text(t.table_title)
        .raw(lit!("</h2>"));
    let mut hint = Markup::new();
    if let Some(text) = props
        .outcome
        .as_ref()
        .and_then(|outcome| dialog_hint(props, outcome))
    {
        hint.raw(lit!(
            r#"<div id="dialog-hint" class="summary__hint"><h3 class="summary__hint-title">"#
        ))
        .text(t.dialog_hint_title)
        .raw(lit!("</h3><p>"))
        .text(&text)
        .raw(lit!("</p></div>"));
    }
    // An estimate says why, beside the figure: the open points it depends on, or the general rule.
    let mut caveat = Markup::new();
    if let Some(outcome) = props.outcome.filter(|o| o.certainty != Certainty::Exact) {
        caveat.raw(lit!(r#"<div id="estimate-note" class="summary__caveat">"#));
        let notes = open_points(props, outcome);
        if notes.is_empty() {
            caveat
                .raw(lit!("<p>"))
                .text(t.estimate_note)
                .raw(lit!("</p>"));
        }
        for note in notes {
            caveat.raw(lit!("<p>")).text(note).raw(lit!("</p>"));
        }
        caveat.raw(lit!("</div>"));
    }
    html! {
        // Inside the inputs card, right under the fields (not a landmark of its own: its heading
        // would name it as the plan table's section is named).
        <div class="summary">
            { Html::from_html_unchecked(heading.finish().into()) }
            <p id="result-summary" class="summary__line" aria-live="polite" aria-atomic="true">
                { props.outcome.map(|outcome| sentence(props, outcome)).unwrap_or_default() }
            </p>
            { Html::from_html_unchecked(caveat.finish().into()) }
            { Html::from_html_unchecked(hint.finish().into()) }
        </div>
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
    let plan = schedule.plan_name(&bill.plan_id, props.lang.tag());
    // The month's total as the plan table's row shows it (rounded once, in src/figures.rs).
    let total = figures::bill_figures(schedule, bill, props.tax_view)
        .map_or_else(|| t.not_applicable.to_owned(), |row| money(row.total));
    let mut line = match (props.scope, props.source) {
        (Scope::Monthly, Field::Messages) => t.summary_monthly_from_messages.fill(&[
            &format_count(outcome.messages),
            plan,
            &mark(total, outcome.certainty),
        ]),
        // "At most 15,000 (at least)" would contradict itself: an estimate is worded as one.
        (Scope::Monthly, Field::Budget) => match outcome.certainty {
            Certainty::LowerEstimate => t.summary_monthly_from_budget_at_least,
            _ => t.summary_monthly_from_budget,
        }
        .fill(&[
            &money(outcome.amount),
            &format_count(outcome.messages),
            plan,
            &total,
        ]),
        (Scope::Addon, source) => {
            let (cap, mut amount) = (format_count(outcome.messages), money(outcome.amount));
            // The derived figure carries the qualifier: an amount its marker after it, a count
            // the sentence's own "at least" before it (never between the number and its unit).
            let template = match (source, outcome.certainty) {
                (Field::Budget, Certainty::LowerEstimate) => t.summary_addon_at_least,
                (Field::Messages, certainty) => {
                    amount = mark(amount, certainty);
                    t.summary_addon
                }
                _ => t.summary_addon,
            };
            template.fill(&[&cap, &amount])
        }
    };
    // At equal cost the advice says so, and why it names the plan it names (monthly scope: the
    // add-on scope describes the dialog's plan, whatever is cheapest).
    if props.scope == Scope::Monthly {
        let tied: Vec<&str> = outcome
            .comparison
            .tied_with_recommended()
            .filter(|_| outcome.comparison.recommended == Some(outcome.focus_plan))
            .filter_map(|index| outcome.comparison.bills.get(index))
            .map(|bill| schedule.plan_name(&bill.plan_id, props.lang.tag()))
            .collect();
        if !tied.is_empty() {
            line.push_str(
                &t.tie_note
                    .fill(&[plan, &display::list(&tied, t.marker_separator)]),
            );
        }
    }
    line
}

/// The notes of the tiers' open points that the focus plan's figure depends on (for a count a budget buys, the
/// price of the next message too), in the page's language.
fn open_points<'a>(props: &SummaryProps<'a>, outcome: &Outcome) -> Vec<&'static str> {
    let schedule: &'static Schedule = props.schedule.0;
    let Some(bill) = outcome.comparison.bills.get(outcome.focus_plan) else {
        return Vec::new();
    };
    let Some(addon) = schedule
        .plan(&bill.plan_id)
        .and_then(|plan| plan.addon.as_ref())
    else {
        return Vec::new();
    };
    let messages = outcome.focus_addon().map_or(0, |quote| quote.messages);
    let reach = match outcome.certainty {
        Certainty::LowerEstimate => messages.saturating_add(1),
        _ => messages,
    };
    addon
        .doubts_for(reach)
        .map(|doubt| doubt.note.text(props.lang.tag()))
        .collect()
}

/// The cap to enter in the dialog, when the focus plan buys add-on messages at all.
/// The amount is tax-excluded whatever the tax toggle says: LINE lists its prices so (the amount field
/// then says that its tax-included figure is for reference).
fn dialog_hint(props: &SummaryProps<'_>, outcome: &Outcome) -> Option<String> {
    let t = props.lang.texts();
    let schedule: &Schedule = &props.schedule;
    let bill = outcome.comparison.bills.get(outcome.focus_plan)?;
    let plan = schedule.plan(&bill.plan_id)?;
    let quote = outcome.focus_addon().filter(|quote| quote.messages > 0);
    match quote {
        None => Some(
            t.dialog_hint_no_addon
                .fill(&[plan.name.text(props.lang.tag())]),
        ),
        Some(quote) => {
            let amount = display::dialog_amount(t, schedule, quote.amount, !quote.confirmed);
            Some(
                t.dialog_hint_cap
                    .fill(&[&format_count(quote.messages), &amount]),
            )
        }
    }
}

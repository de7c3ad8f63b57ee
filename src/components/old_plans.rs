//! The previous prices beside today's, for the reader's own month: one sentence with what it
//! costs more or less now, the previous plan table and what its figures rest on.

use std::cmp::Ordering;

use rust_decimal::Decimal;
use yew::prelude::*;

use crate::calculator::{Certainty, Outcome, PriceChange, ScheduleRef};
use crate::components::{plan_table, schedule_notes, PlanTableProps, ScheduleNotesProps};
use crate::display;
use crate::i18n::{Lang, Template, Texts};
use crate::lit;
use crate::markup::Markup;
use crate::pricing::{self, Schedule, TaxView};

pub struct OldPlansProps<'a> {
    /// The schedule before this one, while the reader has the comparison switched on.
    pub previous: Option<ScheduleRef>,
    /// The schedule priced now.
    pub schedule: ScheduleRef,
    /// The reader's count, priced on both.
    pub outcome: Option<&'a Outcome>,
    /// What the month costs more or less now, when both schedules have a plan that carries it.
    pub change: Option<PriceChange>,
    pub tax_view: TaxView,
    pub lang: Lang,
}

/// Shown while the comparison is switched on and both schedules price the reader's count.
pub fn old_plans(props: &OldPlansProps<'_>) -> Html {
    let (Some(previous), Some(outcome)) = (props.previous, props.outcome) else {
        return Html::default();
    };
    let Some(previous_comparison) = &outcome.previous_comparison else {
        return Html::default();
    };
    let lang = props.lang;
    let t = lang.texts();
    html! {
        <section id="old-plans" class="card card--old" aria-labelledby="old-plan-table-title">
            { price_change_line(t, props, previous, outcome) }
            { plan_table(&PlanTableProps {
                heading: &t.old_title.fill(&[&display::period(t, &previous)]),
                id: "old-plan-table",
                caption: previous.name.text(lang.tag()),
                schedule: previous,
                comparison: previous_comparison,
                tax_view: props.tax_view,
                lang,
            }) }
            { schedule_notes(&ScheduleNotesProps { schedule: previous, lang }) }
        </section>
    }
}

/// What the reader's month costs now against the previous prices, in one sentence.
fn price_change_line(
    t: &Texts,
    props: &OldPlansProps<'_>,
    previous: ScheduleRef,
    outcome: &Outcome,
) -> Html {
    let Some(change) = props.change.clone() else {
        return Html::default();
    };
    let lang = props.lang;
    let PriceChange {
        previous_plan,
        previous_total,
        current_plan,
        current_total,
        difference,
        previous_confirmed,
        current_confirmed,
        difference_certainty,
    } = change;
    fn plan_name<'s>(
        schedule: &'s Schedule,
        comparison: &'s pricing::PlanComparison,
        index: usize,
        lang: Lang,
    ) -> &'s str {
        comparison
            .bills
            .get(index)
            .map_or("", |bill| schedule.plan_name(&bill.plan_id, lang.tag()))
    }
    let (Some(before), schedule) = (outcome.previous_comparison.as_ref(), &props.schedule) else {
        return Html::default();
    };
    let marked = |text: String, confirmed: bool| match confirmed {
        true => text,
        false => t.with_marker.fill(&[&text, t.upper_bound_marker]),
    };
    let holes = [
        pricing::format_count(outcome.monthly_messages),
        plan_name(schedule, &outcome.comparison, current_plan, lang).to_owned(),
        marked(display::money(schedule, current_total), current_confirmed),
        plan_name(&previous, before, previous_plan, lang).to_owned(),
        marked(
            display::money(&previous, previous_total),
            previous_confirmed,
        ),
        display::money(schedule, difference.abs()),
    ];
    let (template, qualifier) = change_wording(t, difference, difference_certainty);
    let holes: Vec<&str> = holes
        .iter()
        .map(String::as_str)
        .chain([qualifier])
        .collect();
    let mut m = Markup::new();
    m.raw(lit!(r#"<p id="price-change" class="price-change">"#))
        .text(&template.fill(&holes))
        .raw(lit!("</p>"));
    Html::from_html_unchecked(m.finish().into())
}

/// The sentence for a difference, and the qualifier of its size: an increase over an upper
/// estimate is at least that much, a decrease from one at most (and so on for each bound); a
/// difference of two upper estimates could go either way and is not given.
fn change_wording(
    t: &Texts,
    difference: Decimal,
    certainty: Option<Certainty>,
) -> (Template, &'static str) {
    let Some(certainty) = certainty else {
        return (t.change_unknown, "");
    };
    let direction = match (difference.cmp(&Decimal::ZERO), certainty) {
        (Ordering::Equal, Certainty::Exact) => return (t.change_same, ""),
        (Ordering::Greater, _) | (Ordering::Equal, Certainty::LowerEstimate) => Ordering::Greater,
        _ => Ordering::Less,
    };
    // The size shown is |difference|: a bound on a decrease turns over.
    let size = match direction {
        Ordering::Greater => certainty,
        _ => certainty.negated(),
    };
    let qualifier = match size {
        Certainty::Exact => "",
        Certainty::LowerEstimate => t.change_at_least,
        Certainty::UpperEstimate => t.change_at_most,
    };
    let template = match direction {
        Ordering::Greater => t.change_more,
        _ => t.change_less,
    };
    (template, qualifier)
}

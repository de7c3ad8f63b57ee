//! What the figures rest on: the unconfirmed facts (always visible while any exist),
//! the schedule's period, and its sources.

use yew::prelude::*;

use crate::calculator::ScheduleRef;

use crate::i18n::Lang;
use crate::markup::Markup;
use crate::pricing::Schedule;

pub struct ScheduleNotesProps {
    pub schedule: ScheduleRef,
    pub lang: Lang,
}

pub fn schedule_notes(props: &ScheduleNotesProps) -> Html {
    let t = props.lang.texts();
    let schedule: &Schedule = &props.schedule;
    let lang = props.lang.tag();
    let period = match &schedule.effective_to {
        Some(to) => t
            .schedule_period_retired
            .fill(&[&schedule.effective_from, to]),
        None => t.schedule_period_current.fill(&[&schedule.effective_from]),
    };
    let mut m = Markup::new();
    // Named after its schedule too: the old plans have their own notes, another landmark.
    m.raw(r#"<section class="notes" aria-label=""#)
        .text(
            &t.with_marker
                .fill(&[t.sources_label, schedule.name.text(lang)]),
        )
        .raw(r#"">"#);
    if !schedule.unconfirmed.is_empty() {
        m.raw(r#"<div id="unconfirmed-note" class="notice notice--warn"><h2 class="notice__title"><span class="badge badge--estimate">"#)
            .text(t.unconfirmed_badge)
            .raw("</span> ")
            .text(t.unconfirmed_title)
            .raw("</h2><ul>");
        for note in schedule.unconfirmed.iter() {
            m.raw("<li>").text(note.text(lang)).raw("</li>");
        }
        m.raw("</ul></div>");
    }
    m.raw(r#"<p class="notes__period">"#)
        .text(schedule.name.text(lang))
        .raw(" · ")
        .text(&period)
        .raw(r#"</p><details class="notes__sources"><summary>"#)
        .text(t.sources_label)
        .raw("</summary><ul>");
    for source in schedule.sources.iter() {
        m.raw(r#"<li><a target="_blank" rel="noopener noreferrer" href=""#)
            .text(&source.url)
            .raw(r#"">"#)
            .text(&source.title)
            .raw("</a></li>");
    }
    m.raw(r#"</ul></details><p class="notes__disclaimer">"#)
        .text(t.disclaimer)
        .raw("</p></section>");
    Html::from_html_unchecked(m.finish().into())
}

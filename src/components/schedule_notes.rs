//! What the figures rest on: the unconfirmed facts (always visible while any exist),
//! the schedule's period, and its sources.

use yew::prelude::*;

use crate::calculator::ScheduleRef;

use crate::display;
use crate::i18n::Lang;
use crate::lit;
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
    let period = display::period_in_force(t, schedule);
    let mut m = Markup::new();
    // Named after its schedule too: the old plans have their own notes, another landmark.
    m.raw(lit!(r#"<section class="notes" aria-label=""#))
        .text(
            &t.with_marker
                .fill(&[t.sources_label, schedule.name.text(lang)]),
        )
        .raw(lit!(r#"">"#));
    // Every open point: the schedule's notes and each tier's open end.
    let doubts = schedule
        .plans
        .iter()
        .filter_map(|plan| plan.addon.as_ref())
        .flat_map(|addon| addon.tiers.iter())
        .filter_map(|tier| tier.end_doubt.as_ref())
        .map(|doubt| &doubt.note);
    let notes: Vec<_> = doubts.chain(schedule.unconfirmed.iter()).collect();
    if !notes.is_empty() {
        m.raw(lit!(r#"<div id="unconfirmed-note" class="notice notice--warn"><h2 class="notice__title"><span class="badge badge--estimate">"#))
            .text(t.unconfirmed_badge)
            .raw(lit!("</span> "))
            .text(t.unconfirmed_title)
            .raw(lit!("</h2><ul>"));
        for note in notes {
            m.raw(lit!("<li>")).text(note.text(lang)).raw(lit!("</li>"));
        }
        m.raw(lit!("</ul></div>"));
    }
    m.raw(lit!(r#"<p class="notes__period">"#))
        .text(schedule.name.text(lang))
        .raw(lit!(" · "))
        .text(&period)
        .raw(lit!("</p>"));
    if let Some(note) = &schedule.source_note {
        m.raw(lit!(r#"<p class="notes__basis">"#))
            .text(note.text(lang))
            .raw(lit!("</p>"));
    }
    m.raw(lit!(r#"<details class="notes__sources"><summary>"#))
        .text(t.sources_label)
        .raw(lit!("</summary><ul>"));
    for source in schedule.sources.iter() {
        m.raw(lit!(
            r#"<li><a target="_blank" rel="noopener noreferrer" href=""#
        ))
        .text(&source.url)
        .raw(lit!(r#"">"#))
        .text(&source.title)
        .raw(lit!(r#"</a> <span class="notes__checked">"#))
        .text(&t.source_checked.fill(&[&source.checked]))
        .raw(lit!("</span></li>"));
    }
    m.raw(lit!(r#"</ul></details><p class="notes__disclaimer">"#))
        .text(t.disclaimer)
        .raw(lit!("</p></section>"));
    Html::from_html_unchecked(m.finish().into())
}

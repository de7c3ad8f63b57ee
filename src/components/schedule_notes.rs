//! What the figures rest on: the unconfirmed facts (always visible while any exist),
//! the schedule's period, and its sources.

use yew::prelude::*;

use crate::calculator::ScheduleRef;

use crate::i18n::Lang;
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
        Some(to) => (t.schedule_period_retired)(&schedule.effective_from, to),
        None => (t.schedule_period_current)(&schedule.effective_from),
    };
    html! {
        <section class="notes" aria-label={t.sources_label}>
            if !schedule.unconfirmed.is_empty() {
                <div id="unconfirmed-note" class="notice notice--warn">
                    <h2 class="notice__title">
                        <span class="badge badge--estimate">{ t.unconfirmed_badge }</span>
                        { " " }{ t.unconfirmed_title }
                    </h2>
                    <ul>
                        { for schedule.unconfirmed.iter().map(|note| html! { <li>{ note.text(lang) }</li> }) }
                    </ul>
                </div>
            }
            <p class="notes__period">{ schedule.name.text(lang) }{ " · " }{ period }</p>
            <details class="notes__sources">
                <summary>{ t.sources_label }</summary>
                <ul>
                    { for schedule.sources.iter().map(|source| html! {
                        <li>
                            <a href={source.url.to_string()} target="_blank" rel="noopener noreferrer">{ source.title.to_string() }</a>
                        </li>
                    }) }
                </ul>
            </details>
            <p class="notes__disclaimer">{ t.disclaimer }</p>
        </section>
    }
}

//! Which prices are shown when they are not simply today's: a change LINE has announced for a later date, or a
//! coming or past schedule the reader picked, with the one step back to today's prices.

use yew::prelude::*;

use crate::calculator::ScheduleRef;
use crate::display;
use crate::i18n::Lang;

pub struct ScheduleStatusProps {
    /// The schedule priced, and the region's schedule in force today.
    pub shown: ScheduleRef,
    pub in_force: ScheduleRef,
    /// The region's next schedule, when it starts after today.
    pub upcoming: Option<ScheduleRef>,
    pub lang: Lang,
    /// Picks a schedule by id.
    pub on_pick: Callback<String>,
}

pub fn schedule_status(props: &ScheduleStatusProps) -> Html {
    let t = props.lang.texts();
    let lang = props.lang.tag();
    let pick = |schedule: ScheduleRef| {
        let on_pick = props.on_pick.clone();
        Callback::from(move |_: MouseEvent| on_pick.emit(schedule.id.to_string()))
    };
    let (text, target, action) = if props.shown == props.in_force {
        let Some(upcoming) = props.upcoming else {
            return Html::default();
        };
        let text = t.upcoming_notice.fill(&[&upcoming.effective_from]);
        (text, upcoming, t.show_upcoming)
    } else if Some(props.shown) == props.upcoming {
        let text = t.viewing_upcoming.fill(&[&props.shown.effective_from]);
        (text, props.in_force, t.show_in_force)
    } else {
        let period = display::period_in_force(t, &props.shown);
        let text = t
            .viewing_past
            .fill(&[&period, props.in_force.name.text(lang)]);
        (text, props.in_force, t.show_in_force)
    };
    html! {
        <div id="schedule-status" class="notice schedule-status" role="status">
            <p>{ text }</p>
            <button type="button" class="button button--quiet" onclick={pick(target)}>{ action }</button>
        </div>
    }
}

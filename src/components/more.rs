//! The parts beyond the core (the fields, the answer, the plan comparison): in an embed they wait
//! behind this one disclosure, which opens in place and remembers nothing (the URL's `more=1`
//! opens it from the start); on the full page it is open and its summary hidden (style.css).

use yew::prelude::*;

use crate::i18n::Lang;

pub struct MoreProps {
    pub open: bool,
    pub lang: Lang,
    /// The cards behind it, in reading order.
    pub children: Html,
}

pub fn more(props: &MoreProps) -> Html {
    html! {
        <details class="more" open={props.open}>
            <summary class="more__summary">{ props.lang.texts().more_label }</summary>
            { props.children.clone() }
        </details>
    }
}

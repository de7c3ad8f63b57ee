//! A labelled checkbox: tax included, compare with the old plans.

use web_sys::HtmlInputElement;
use yew::prelude::*;

pub struct ToggleProps {
    pub id: AttrValue,
    pub label: AttrValue,
    pub checked: bool,
    /// The new checked state.
    pub on_toggle: Callback<bool>,
}

pub fn toggle(props: &ToggleProps) -> Html {
    let on_change = {
        let on_toggle = props.on_toggle.clone();
        Callback::from(move |event: Event| {
            let input: HtmlInputElement = event.target_unchecked_into();
            on_toggle.emit(input.checked());
        })
    };
    html! {
        <label class="toggle" for={props.id.clone()}>
            <input
                id={props.id.clone()}
                class="toggle__input"
                type="checkbox"
                checked={props.checked}
                onchange={on_change}
            />
            <span class="toggle__label">{ props.label.as_str() }</span>
        </label>
    }
}

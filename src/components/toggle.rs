//! A labelled checkbox: tax included, compare with the old plans.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::calculator::Action;
use crate::components::Dispatch;
use crate::fields::Control;

#[derive(Properties, PartialEq)]
pub struct ToggleProps {
    pub control: Control,
    pub label: AttrValue,
    pub checked: bool,
    pub dispatch: Dispatch,
}

#[function_component(Toggle)]
pub fn toggle(props: &ToggleProps) -> Html {
    let control = props.control;
    let on_change = {
        let dispatch = props.dispatch.clone();
        Callback::from(move |event: Event| {
            let input: HtmlInputElement = event.target_unchecked_into();
            let value = if input.checked() { "1" } else { "" };
            if let Some(action) = Action::set(control, value.to_owned()) {
                dispatch.dispatch(action);
            }
        })
    };
    let id = control.id();
    html! {
        <label class="toggle" for={id}>
            <input
                {id}
                class="toggle__input"
                type="checkbox"
                checked={props.checked}
                onchange={on_change}
            />
            <span class="toggle__label">{ props.label.as_str() }</span>
        </label>
    }
}

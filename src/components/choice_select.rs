//! A labelled `<select>`: the language, region, schedule, scope and planner's plan pickers.

use wasm_bindgen::JsValue;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

use crate::calculator::Action;
use crate::components::Dispatch;
use crate::fields::Control;

#[derive(Properties, PartialEq)]
pub struct ChoiceSelectProps {
    pub control: Control,
    pub label: AttrValue,
    /// (value, visible label) pairs, in display order.
    pub options: Vec<(AttrValue, AttrValue)>,
    /// The value being priced: the select always shows it.
    pub selected: AttrValue,
    /// A line under the control explaining the current choice.
    #[prop_or_default]
    pub help: Option<AttrValue>,
    pub dispatch: Dispatch,
}

#[function_component(ChoiceSelect)]
pub fn choice_select(props: &ChoiceSelectProps) -> Html {
    let control = props.control;
    let on_change = {
        let dispatch = props.dispatch.clone();
        Callback::from(move |event: Event| {
            let select: HtmlSelectElement = event.target_unchecked_into();
            if let Some(action) = Action::set(control, select.value()) {
                dispatch.dispatch(action);
            }
        })
    };
    let id = control.id();
    let help_id = id.to_owned() + "-help";
    // A new set of options is a new select: its `value` is set before its options are replaced,
    // so on the old element it would name an option not there yet (the reader would see another
    // choice than the one priced, or none).
    let options_key = props
        .options
        .iter()
        .map(|(value, _)| value.as_str())
        .collect::<Vec<_>>()
        .join(" ");
    html! {
        <div class="choice">
            <label class="choice__label" for={id}>{ props.label.as_str() }</label>
            <select
                key={options_key}
                {id}
                class="choice__select"
                // The `value` property as well as the options' `selected` attribute: once the
                // reader has picked an option, Gecko no longer follows the attribute, so a choice
                // the widget makes itself (the estimator switching the scope) would not show.
                ~value={selected_value(&props.selected)}
                aria-describedby={props.help.as_ref().map(|_| help_id.clone())}
                onchange={on_change}
            >
                { for props.options.iter().map(|(value, label)| html! {
                    <option value={value.clone()} selected={*value == props.selected}>{ label.as_str() }</option>
                }) }
            </select>
            if let Some(help) = &props.help {
                <p id={help_id} class="choice__help">{ help.as_str() }</p>
            }
        </div>
    }
}

/// The `value` property to set on the select. Natively (the build step's prerender, where
/// properties are not written) there is no JavaScript to make a string in: nothing.
fn selected_value(value: &str) -> JsValue {
    #[cfg(target_arch = "wasm32")]
    return JsValue::from_str(value);
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = value;
        JsValue::UNDEFINED
    }
}

//! A labelled `<select>`: the scope and language pickers.

use web_sys::HtmlSelectElement;
use yew::prelude::*;

pub struct ChoiceSelectProps {
    pub id: AttrValue,
    pub label: AttrValue,
    /// (value, visible label) pairs, in display order.
    pub options: Vec<(AttrValue, AttrValue)>,
    pub selected: AttrValue,
    /// A line under the control explaining the current choice.
    pub help: Option<AttrValue>,
    /// The newly selected value.
    pub on_change: Callback<String>,
}

pub fn choice_select(props: &ChoiceSelectProps) -> Html {
    let on_change = {
        let on_change = props.on_change.clone();
        Callback::from(move |event: Event| {
            let select: HtmlSelectElement = event.target_unchecked_into();
            on_change.emit(select.value());
        })
    };
    let help_id = props.id.to_string() + "-help";
    html! {
        <div class="choice">
            <label class="choice__label" for={props.id.clone()}>{ props.label.clone() }</label>
            <select
                id={props.id.clone()}
                class="choice__select"
                aria-describedby={props.help.as_ref().map(|_| help_id.clone())}
                onchange={on_change}
            >
                { for props.options.iter().map(|(value, label)| html! {
                    <option value={value.clone()} selected={*value == props.selected}>{ label.clone() }</option>
                }) }
            </select>
            if let Some(help) = &props.help {
                <p id={help_id} class="choice__help">{ help.clone() }</p>
            }
        </div>
    }
}

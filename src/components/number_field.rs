//! A labelled text input for a number, with an inline error and a note line.
//!
//! `type="text"` + `inputmode`, not `type="number"`: the latter rejects full-width digits,
//! accepts `e` and changes on mouse wheel. The field never rewrites what the user is typing:
//! the parent passes the user's own text back as `value` while this field is the source, and
//! nothing is reported during IME composition (only its final text, on `compositionend`).
//!
//! Every number field on the page is this component, named by its declaration
//! ([`NumberField`]): its id, keyboard, and the two actions it sends (each edit's full text, and
//! leaving the field) come from there, so a new field gets them by being declared.

use web_sys::{HtmlInputElement, InputEvent};
use yew::prelude::*;

use crate::calculator::Action;
use crate::components::Dispatch;
use crate::fields::NumberField;

#[derive(Properties, PartialEq)]
pub struct NumberFieldProps {
    pub field: NumberField,
    pub label: AttrValue,
    /// What the input shows: the user's own text, or a formatted derived value.
    pub value: AttrValue,
    pub placeholder: AttrValue,
    /// Unit shown before the number (a currency symbol).
    #[prop_or_default]
    pub prefix: Option<AttrValue>,
    /// Unit shown after the number.
    #[prop_or_default]
    pub suffix: Option<AttrValue>,
    /// Set while the text cannot be read and the reader has left the field (or no number starts
    /// so); shown inline and linked for screen readers.
    #[prop_or_default]
    pub error: Option<AttrValue>,
    /// A short line under the field (e.g. "calculated from the other field", "upper estimate").
    #[prop_or_default]
    pub note: Option<AttrValue>,
    pub dispatch: Dispatch,
}

/// Yew has no `oncompositionend` attribute: the App turns every `compositionend` under it into
/// a bubbling `input` event (see `browser::bridge_composition_end`), so the committed text
/// arrives here like any other edit.
#[function_component(NumberInput)]
pub fn number_input(props: &NumberFieldProps) -> Html {
    let field = props.field;
    let on_input = {
        let dispatch = props.dispatch.clone();
        Callback::from(move |event: InputEvent| {
            if event.is_composing() {
                return;
            }
            let input: HtmlInputElement = event.target_unchecked_into();
            dispatch.dispatch(Action::Type(field, input.value()));
        })
    };
    // `change`: the field was left, or Enter. Held-back errors show, the value gets its separators.
    let on_leave = {
        let dispatch = props.dispatch.clone();
        Callback::from(move |_: Event| dispatch.dispatch(Action::Leave(field)))
    };
    let id = field.id();
    let error_id = id.to_owned() + "-error";
    let note_id = id.to_owned() + "-note";
    let described_by = match (&props.error, &props.note) {
        (Some(_), _) => Some(error_id.clone()),
        (None, Some(_)) => Some(note_id.clone()),
        (None, None) => None,
    };

    html! {
        <div class="field" data-invalid={props.error.is_some().then_some("true")}>
            <label class="field__label" for={id}>{ props.label.as_str() }</label>
            <div class="field__control">
                if let Some(prefix) = &props.prefix {
                    <span class="field__affix" aria-hidden="true">{ prefix.as_str() }</span>
                }
                <input
                    {id}
                    class="field__input"
                    type="text"
                    inputmode={field.inputmode()}
                    autocomplete="off"
                    spellcheck="false"
                    enterkeyhint="done"
                    placeholder={props.placeholder.clone()}
                    value={props.value.clone()}
                    aria-invalid={props.error.is_some().then_some("true")}
                    aria-describedby={described_by}
                    oninput={on_input}
                    onchange={on_leave}
                />
                if let Some(suffix) = &props.suffix {
                    <span class="field__affix" aria-hidden="true">{ suffix.as_str() }</span>
                }
            </div>
            // One line under the field, kept from the start: the note, or in its place the error
            // once the field is left (announced politely). Nothing below moves when an error shows,
            // so a click that left the field lands where the reader aimed.
            <div class="field__messages" aria-live="polite">
                if let Some(error) = &props.error {
                    // Named by its field, so the message stands on its own.
                    <p id={error_id} class="field__error"><span class="field__error-field">{ props.label.as_str() }</span>{ " " }{ error.as_str() }</p>
                } else {
                    <p id={note_id} class="field__note">{ props.note.as_deref().unwrap_or_default() }</p>
                }
            </div>
        </div>
    }
}

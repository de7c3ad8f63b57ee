//! A labelled text input for a number, with an inline error and an optional marker.
//!
//! `type="text"` + `inputmode`, not `type="number"`: the latter rejects full-width digits,
//! accepts `e` and changes on mouse wheel. The field never rewrites what the user is typing:
//! the parent passes the user's own text back as `value` while this field is the source, and
//! nothing is reported during IME composition (only its final text, on `compositionend`).

use gloo::events::EventListener;
use web_sys::{HtmlInputElement, InputEvent};
use yew::prelude::*;

#[derive(Properties, PartialEq, Clone)]
pub struct NumberFieldProps {
    /// Element id of the `<input>`; the error element is `{id}-error`.
    pub id: AttrValue,
    pub label: AttrValue,
    /// What the input shows: the user's own text, or a formatted derived value.
    pub value: AttrValue,
    /// `numeric` for counts, `decimal` for amounts.
    pub inputmode: AttrValue,
    #[prop_or_default]
    pub placeholder: AttrValue,
    /// Unit shown before the number (a currency symbol).
    #[prop_or_default]
    pub prefix: Option<AttrValue>,
    /// Unit shown after the number.
    #[prop_or_default]
    pub suffix: Option<AttrValue>,
    /// Set while the text cannot be read; shown inline and linked for screen readers.
    #[prop_or_default]
    pub error: Option<AttrValue>,
    /// A short line under the field (e.g. "calculated from the other field", "upper estimate").
    #[prop_or_default]
    pub note: Option<AttrValue>,
    /// Every edit's full text, except while an IME composition is in progress.
    pub on_input: Callback<String>,
}

/// Mounts a [`NumberField`]. One shared place builds the component, so each field on the page
/// costs a struct literal rather than its own copy of Yew's construction code.
#[inline(never)]
pub fn number_field(props: NumberFieldProps) -> Html {
    html! { <NumberField ..props /> }
}

#[function_component(NumberField)]
pub fn number_field(props: &NumberFieldProps) -> Html {
    let on_input = {
        let on_input = props.on_input.clone();
        Callback::from(move |event: InputEvent| {
            if event.is_composing() {
                return;
            }
            let input: HtmlInputElement = event.target_unchecked_into();
            on_input.emit(input.value());
        })
    };
    // Yew has no `oncompositionend` attribute, so the listener is attached to the element
    // directly; gloo removes it when the field unmounts or the callback changes.
    let input_ref = use_node_ref();
    use_effect_with(
        (input_ref.clone(), props.on_input.clone()),
        |(input_ref, on_input)| {
            let listener = input_ref.cast::<HtmlInputElement>().map(|input| {
                let on_input = on_input.clone();
                let target = input.clone();
                EventListener::new(&input, "compositionend", move |_| {
                    on_input.emit(target.value())
                })
            });
            move || drop(listener)
        },
    );

    let error_id = format!("{}-error", props.id);
    let note_id = format!("{}-note", props.id);
    let described_by = match (&props.error, &props.note) {
        (Some(_), Some(_)) => Some(format!("{error_id} {note_id}")),
        (Some(_), None) => Some(error_id.clone()),
        (None, Some(_)) => Some(note_id.clone()),
        (None, None) => None,
    };

    html! {
        <div class="field" data-invalid={props.error.is_some().then_some("true")}>
            <label class="field__label" for={props.id.clone()}>{ props.label.clone() }</label>
            <div class="field__control">
                if let Some(prefix) = &props.prefix {
                    <span class="field__affix" aria-hidden="true">{ prefix.clone() }</span>
                }
                <input
                    ref={input_ref}
                    id={props.id.clone()}
                    class="field__input"
                    type="text"
                    inputmode={props.inputmode.clone()}
                    autocomplete="off"
                    spellcheck="false"
                    enterkeyhint="done"
                    placeholder={props.placeholder.clone()}
                    value={props.value.clone()}
                    aria-invalid={props.error.is_some().then_some("true")}
                    aria-describedby={described_by}
                    oninput={on_input}
                />
                if let Some(suffix) = &props.suffix {
                    <span class="field__affix" aria-hidden="true">{ suffix.clone() }</span>
                }
            </div>
            // Always present so that an error appearing inside it is announced, politely.
            <div class="field__messages" aria-live="polite">
                if let Some(error) = &props.error {
                    <p id={error_id} class="field__error">{ error.clone() }</p>
                }
            </div>
            if let Some(note) = &props.note {
                <p id={note_id} class="field__note">{ note.clone() }</p>
            }
        </div>
    }
}

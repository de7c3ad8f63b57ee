//! A labelled text input for a number, with an inline error and an optional marker.
//!
//! `type="text"` + `inputmode`, not `type="number"`: the latter rejects full-width digits,
//! accepts `e` and changes on mouse wheel. The field never rewrites what the user is typing:
//! the parent passes the user's own text back as `value` while this field is the source, and
//! nothing is reported during IME composition (only its final text, on `compositionend`).

use web_sys::{HtmlInputElement, InputEvent};
use yew::prelude::*;

pub struct NumberFieldProps {
    /// Element id of the `<input>`; the error element is `{id}-error`.
    pub id: AttrValue,
    pub label: AttrValue,
    /// What the input shows: the user's own text, or a formatted derived value.
    pub value: AttrValue,
    /// `numeric` for counts, `decimal` for amounts.
    pub inputmode: AttrValue,
    pub placeholder: AttrValue,
    /// Unit shown before the number (a currency symbol).
    pub prefix: Option<AttrValue>,
    /// Unit shown after the number.
    pub suffix: Option<AttrValue>,
    /// Set while the text cannot be read; shown inline and linked for screen readers.
    pub error: Option<AttrValue>,
    /// A short line under the field (e.g. "calculated from the other field", "upper estimate").
    pub note: Option<AttrValue>,
    /// Every edit's full text, except while an IME composition is in progress.
    pub on_input: Callback<String>,
    /// The reader is done with the text (`change`: the field was left, or Enter): held-back errors
    /// show, the value gets its separators.
    pub on_leave: Callback<()>,
}

/// The field. A plain function rather than a function component: it holds no state, and
/// each function component costs the bundle its own copy of Yew's lifecycle code.
///
/// The one component that takes its props by value: by reference, each of the six callers
/// drops them itself, and that cost 193 bytes gzip of bundle (measured 2026-12-06), more than
/// the budget had left.
///
/// Yew has no `oncompositionend` attribute: the App turns every `compositionend` under it into
/// a bubbling `input` event (see `browser::bridge_composition_end`), so the committed text
/// arrives here like any other edit.
#[inline(never)]
pub fn number_field(props: NumberFieldProps) -> Html {
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
    let on_leave = props.on_leave.reform(|_: Event| ());
    let error_id = props.id.as_str().to_owned() + "-error";
    let note_id = props.id.as_str().to_owned() + "-note";
    let described_by = match (&props.error, &props.note) {
        (Some(_), Some(_)) => Some(error_id.clone() + " " + &note_id),
        (Some(_), None) => Some(error_id.clone()),
        (None, Some(_)) => Some(note_id.clone()),
        (None, None) => None,
    };

    html! {
        <div class="field" data-invalid={props.error.is_some().then_some("true")}>
            <label class="field__label" for={props.id.clone()}>{ props.label.as_str() }</label>
            <div class="field__control">
                if let Some(prefix) = &props.prefix {
                    <span class="field__affix" aria-hidden="true">{ prefix.as_str() }</span>
                }
                <input
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
                    onchange={on_leave}
                />
                if let Some(suffix) = &props.suffix {
                    <span class="field__affix" aria-hidden="true">{ suffix.as_str() }</span>
                }
            </div>
            // Always present so that an error appearing inside it is announced, politely.
            <div class="field__messages" aria-live="polite">
                if let Some(error) = &props.error {
                    // Named by its field, so the message stands on its own.
                    <p id={error_id} class="field__error"><span class="field__error-field">{ props.label.as_str() }</span>{ " " }{ error.as_str() }</p>
                }
            </div>
            // Always present, so a note appearing (the other field's) moves nothing below it: the
            // stylesheet keeps its line while it is empty.
            <p id={note_id} class="field__note">{ props.note.as_deref().unwrap_or_default() }</p>
        </div>
    }
}

//! The few places the widget touches the browser beyond its own DOM: the URL, the history
//! entry, the clipboard and the root element's classes. Every call here may be refused (a
//! sandboxed iframe has an opaque origin; the clipboard needs permission), so each one fails
//! quietly: the calculator keeps working, only the nicety is lost.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{HtmlInputElement, HtmlSelectElement, UrlSearchParams};

use crate::fields::{Control, NumberField};
use crate::i18n::Lang;
use crate::pricing::{self, CalendarDate};
use crate::share::{Embed, UrlState};

/// The view the page's URL asks for.
pub fn url_state() -> UrlState {
    let params = web_sys::window()
        .and_then(|window| window.location().search().ok())
        .and_then(|search| UrlSearchParams::new_with_str(&search).ok());
    match params {
        Some(params) => UrlState::read(|key| params.get(key)),
        None => UrlState::default(),
    }
}

/// The reader's calendar day, from their clock (local time): it picks the prices in force. A clock too far off
/// to be a date falls back to the newest schedule's first day.
pub fn today() -> CalendarDate {
    let now = js_sys::Date::new_0();
    let part = |value: u32| u8::try_from(value).ok();
    u16::try_from(now.get_full_year())
        .ok()
        .zip(part(now.get_month() + 1).zip(part(now.get_date())))
        .and_then(|(year, (month, day))| CalendarDate::new(year, month, day))
        .or_else(|| {
            pricing::shipped_schedules()
                .iter()
                .filter_map(|s| CalendarDate::parse(&s.effective_from))
                .max()
        })
        .unwrap_or(CalendarDate::MIN)
}

/// The page's address without query or fragment: the base of the shared link.
pub fn page_address() -> String {
    let href = web_sys::window()
        .and_then(|window| window.location().href().ok())
        .unwrap_or_default();
    let end = href.find(['?', '#']).unwrap_or(href.len());
    href[..end].to_owned()
}

/// How long typing must pause before the address bar follows: a history update per keystroke
/// costs time on a slow phone, and Chromium re-fetches the tab icon on each one.
const ADDRESS_DELAY_MS: i32 = 400;

thread_local! {
    /// The pending address update, replaced by each newer one.
    static PENDING_ADDRESS: std::cell::Cell<Option<i32>> = const { std::cell::Cell::new(None) };
}

/// Puts the query in the address bar once typing pauses, without adding a history entry.
fn replace_query_soon(query: &str) {
    let Some(window) = web_sys::window() else {
        return;
    };
    if let Some(handle) = PENDING_ADDRESS.take() {
        window.clear_timeout_with_handle(handle);
    }
    let query = query.to_owned();
    let update = Closure::once_into_js(move || {
        PENDING_ADDRESS.set(None);
        replace_query(&query);
    });
    let handle = window.set_timeout_with_callback_and_timeout_and_arguments_0(
        update.unchecked_ref(),
        ADDRESS_DELAY_MS,
    );
    PENDING_ADDRESS.set(handle.ok());
}

/// Puts the query in the address bar without adding a history entry.
fn replace_query(query: &str) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let current = window.location().search().unwrap_or_default();
    let wanted = if query.is_empty() {
        String::new()
    } else {
        "?".to_owned() + query
    };
    if current == wanted {
        return;
    }
    if let Ok(history) = window.history() {
        // Refused in an opaque-origin (sandboxed) frame: then the URL simply stays as it was.
        let address = page_address() + &wanted;
        let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&address));
    }
}

/// Makes the page around the widget match it: `<html lang>` and the tab title in the page's
/// language (for screen readers and fonts), the root classes for the embed layout, and the
/// view's query in the address bar.
pub fn reflect_page(lang: Lang, embed: Embed, query: &str) {
    if let Some(document) = web_sys::window().and_then(|window| window.document()) {
        // Runs after every keystroke (the query changes): touch the document only on a change.
        if document.title() != lang.texts().title {
            document.set_title(lang.texts().title);
        }
        if let Some(root) = document.document_element() {
            if root.get_attribute("lang").as_deref() != Some(lang.html_lang()) {
                let _ = root.set_attribute("lang", lang.html_lang());
            }
            let classes = root.class_list();
            let _ = classes.toggle_with_force("embed", embed.compact);
            let _ = classes.toggle_with_force("transparent", embed.compact && embed.transparent);
        }
    }
    replace_query_soon(query);
}

/// Re-sends every `compositionend` under `root` as a bubbling `input` event on its target, so
/// the text an IME commits reaches the fields' `oninput` (Yew has no `oncompositionend`, and
/// not every browser fires an `input` after composition ends). Dropping the listener removes it.
pub fn bridge_composition_end(root: &web_sys::Element) -> gloo::events::EventListener {
    gloo::events::EventListener::new(root, "compositionend", |event| {
        let init = web_sys::InputEventInit::new();
        init.set_bubbles(true);
        let input = web_sys::InputEvent::new_with_event_init_dict("input", &init);
        if let (Some(target), Ok(input)) = (event.target(), input) {
            let _ = target.dispatch_event(&input);
        }
    })
}

/// What a reader typed and picked in the prerendered page before the wasm arrived overrides the
/// URL's view: the live widget starts from what the controls show, rather than losing it. A control
/// counts as set by the reader when it differs from its markup default (which is the URL's view:
/// the prerendered fragment, or a linked figure that `assets/view.js` made the default). Every
/// declared control and number field is read the same way ([`Control::ALL`], [`NumberField::ALL`]).
pub fn carry_before_start(document: &web_sys::Document, url: &mut UrlState) {
    // While `assets/view.js` still waits for the URL's view, the widget is hidden: nothing was set.
    let hidden = document
        .document_element()
        .is_some_and(|root| root.class_list().contains("view-pending"));
    if hidden {
        return;
    }
    for control in Control::ALL {
        if let Some(value) = changed_value(control.id(), control.is_switch()) {
            url.set(control, value);
        }
    }
    for field in NumberField::ALL {
        if let Some(text) = changed_value(field.id(), false) {
            url.set_typed(field, text);
        }
    }
}

/// The value of the control `id` when the reader changed it from its markup default: an input's
/// text, a select's option, a checkbox as `1` or empty.
fn changed_value(id: &str, switch: bool) -> Option<String> {
    let element = element_by_id(id)?;
    if let Some(select) = element.dyn_ref::<HtmlSelectElement>() {
        // The option marked `selected` in the markup, else the first.
        let default = ["option[selected]", "option"]
            .into_iter()
            .find_map(|selector| select.query_selector(selector).ok().flatten())
            .and_then(|option| option.get_attribute("value"));
        let value = select.value();
        return (default.as_deref() != Some(value.as_str())).then_some(value);
    }
    let input = element.dyn_into::<HtmlInputElement>().ok()?;
    if switch {
        let checked = input.checked();
        return (checked != input.default_checked())
            .then(|| if checked { "1" } else { "" }.to_owned());
    }
    let text = input.value();
    (text != input.default_value()).then_some(text)
}

/// Focuses the element `id`, if it is on the page and can take the focus; a text field with the
/// caret after its text, where the reader left off.
pub fn focus_by_id(id: &str) {
    let Some(element) = element_by_id(id).and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    else {
        return;
    };
    let _ = element.focus();
    if let Some(input) = element.dyn_ref::<HtmlInputElement>() {
        if input.type_() == "text" {
            let end = input.value().encode_utf16().count() as u32;
            let _ = input.set_selection_range(end, end);
        }
    }
}

/// Selects the text of the input `id` (focused), ready to copy by hand.
pub fn select_text_of(id: &str) {
    if let Some(input) = input_by_id(id) {
        let _ = input.focus();
        input.select();
    }
}

/// Puts the status line `text` in the element `id`, marked `data-refused` when it says the browser
/// refused (styled as a warning: it must not read as a success).
pub fn set_status_of(id: &str, text: &str, refused: bool) {
    if let Some(element) = element_by_id(id) {
        element.set_text_content(Some(text));
        let _ = element.toggle_attribute_with_force("data-refused", refused);
    }
}

/// Calls `changed` whenever `assets/boot.js` has taken a new host page's address, once it is
/// read (see [`link_base`]); dropping the listener removes it.
pub fn on_host_address(changed: impl Fn() + 'static) -> Option<gloo::events::EventListener> {
    let window = web_sys::window()?;
    Some(gloo::events::EventListener::new(
        &window,
        HOST_ADDRESS_EVENT,
        move |_| {
            if read_host_address() {
                changed();
            }
        },
    ))
}

/// The event `assets/boot.js` fires on the window once it has stored the host's address.
const HOST_ADDRESS_EVENT: &str = "line-oa-calc:host";

thread_local! {
    /// The article's address as last read from the page (start-up and event paths only), so a
    /// render never asks the browser.
    static HOST_ADDRESS: std::cell::RefCell<Option<String>> = const { std::cell::RefCell::new(None) };
}

/// Reads the article's address that `assets/boot.js` keeps on the root element (from the host
/// page's script, `assets/embed.js`): at start-up and when it announces one. True when it changed.
pub fn read_host_address() -> bool {
    let host = web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.document_element())
        .and_then(|root| root.get_attribute("data-host-address"));
    HOST_ADDRESS.with(|known| known.replace(host.clone()) != host)
}

/// Where a shared link points: the article the widget is embedded in, as last read by
/// [`read_host_address`], else `own`, the widget's own page (also natively, in the build-time
/// prerender, where nothing is read).
pub fn link_base(own: &str) -> String {
    HOST_ADDRESS
        .with(|known| known.borrow().clone())
        .unwrap_or_else(|| own.to_owned())
}

fn element_by_id(id: &str) -> Option<web_sys::Element> {
    web_sys::window()?.document()?.get_element_by_id(id)
}

fn input_by_id(id: &str) -> Option<HtmlInputElement> {
    element_by_id(id)?.dyn_into().ok()
}

/// Replaces the widget with its own crash note (`#crash`, rendered hidden by the App, so it
/// is already in the reader's language): a page that stopped must say so, with a way out.
/// `assets/boot.js` does the same when the release bundle traps.
pub fn show_crash_note() {
    let crash = element_by_id("crash");
    if let Some(crash) = crash {
        if let Some(widget) = crash.parent_element() {
            let _ = widget.class_list().add_1("widget--crashed");
        }
        let _ = crash.remove_attribute("hidden");
    }
}

/// Copies `text`, then tells `done` whether that worked: false when the browser has no
/// clipboard here or refuses it.
///
/// The promise's two outcomes are plain callbacks, not an `async` block: the futures executor
/// that `await` needs cost the bundle about 0.9 KB gzip for this one use. Only one of the two
/// ever runs; the other (a few bytes) stays until the page goes.
pub fn copy_text(text: &str, done: yew::Callback<bool>) {
    match clipboard_write(text) {
        Some(written) => {
            let copied = done.clone();
            let resolved = Closure::once_into_js(move || copied.emit(true));
            let rejected = Closure::once_into_js(move || done.emit(false));
            written
                .unchecked_ref::<Settling>()
                .then(&resolved, &rejected);
        }
        None => done.emit(false),
    }
}

#[wasm_bindgen::prelude::wasm_bindgen]
extern "C" {
    /// A promise, with `then` taking the two plain functions `Closure::once_into_js` makes.
    type Settling;
    #[wasm_bindgen(method)]
    fn then(this: &Settling, resolved: &JsValue, rejected: &JsValue);
}

/// Starts writing `text` to the clipboard; `None` where there is no clipboard to write to.
fn clipboard_write(text: &str) -> Option<js_sys::Promise> {
    let window = web_sys::window()?;
    let navigator = window.navigator();
    // `navigator.clipboard` is undefined outside secure contexts: check before calling into it.
    let clipboard = js_sys::Reflect::get(&navigator, &JsValue::from_str("clipboard"))
        .ok()
        .filter(|value| !value.is_undefined() && !value.is_null());
    // An iframe without `allow="clipboard-write"` would refuse anyway, and Chromium logs the
    // refusal as a console error: ask its permissions policy first, where it has one.
    if !permissions_policy_allows("clipboard-write") {
        return None;
    }
    let clipboard: web_sys::Clipboard = clipboard?.unchecked_into();
    Some(clipboard.write_text(text))
}

/// Whether `document.featurePolicy` allows `feature`; true where the browser has no such API.
fn permissions_policy_allows(feature: &str) -> bool {
    let Some(document) = web_sys::window().and_then(|window| window.document()) else {
        return false;
    };
    let policy = js_sys::Reflect::get(&document, &JsValue::from_str("featurePolicy"))
        .ok()
        .filter(|policy| policy.is_object());
    let Some(policy) = policy else {
        return true;
    };
    let allows = js_sys::Reflect::get(&policy, &JsValue::from_str("allowsFeature"))
        .ok()
        .and_then(|function| function.dyn_into::<js_sys::Function>().ok());
    match allows {
        Some(allows) => allows
            .call1(&policy, &JsValue::from_str(feature))
            .map_or(true, |answer| answer.is_truthy()),
        None => true,
    }
}

//! A panic never leaves a frozen page: the custom hook swaps the widget for its crash note.
//!
//! Its own test binary, because the trigger really panics: the wasm instance traps, and no
//! other test should run in it afterwards.
#![cfg(target_arch = "wasm32")]

use line_oa_calc::app::App;
use line_oa_calc::i18n::Lang;
use line_oa_calc::pricing::CalendarDate;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement};
use yew::prelude::*;

mod support;
use support::in_language;

wasm_bindgen_test_configure!(run_in_browser);

/// The test-only trigger: a button whose click handler panics, as a bug in any callback would.
#[function_component(PanicTrigger)]
fn panic_trigger() -> Html {
    let onclick = Callback::from(|_: MouseEvent| panic!("test-only panic trigger"));
    html! { <button id="panic-trigger" {onclick}>{ "panic" }</button> }
}

/// The page's real stylesheet, so "shown" and "hidden" mean what a reader would see.
fn load_stylesheet() {
    let document = web_sys::window().unwrap().document().unwrap();
    let style = document.create_element("style").unwrap();
    style.set_text_content(Some(include_str!("../assets/style.css")));
    document.head().unwrap().append_child(&style).unwrap();
}

fn mount_point() -> Element {
    let document = web_sys::window().unwrap().document().unwrap();
    let div = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&div).unwrap();
    div
}

fn is_shown(element: &Element) -> bool {
    let element: &HtmlElement = element.unchecked_ref();
    !element.hidden() && element.offset_height() > 0
}

#[wasm_bindgen_test]
async fn a_panic_shows_the_translated_crash_note_with_a_reload_button() {
    load_stylesheet();
    line_oa_calc::install_panic_hook();
    let widget = mount_point();
    yew::Renderer::<App>::with_root_and_props(
        widget.clone(),
        in_language(Lang::En, CalendarDate::parse("2026-12-01").unwrap()),
    )
    .render();
    let trigger = mount_point();
    yew::Renderer::<PanicTrigger>::with_root(trigger.clone()).render();
    yew::scheduler::flush().await;

    let crash = widget
        .query_selector("#crash")
        .unwrap()
        .expect("crash note");
    let messages = widget.query_selector("#messages").unwrap().expect("input");
    assert!(
        !is_shown(&crash),
        "the crash note is hidden while all is well"
    );
    assert!(is_shown(&messages));

    // The click's handler panics; the trap ends that event, and the hook has already run.
    let button: HtmlElement = trigger
        .query_selector("#panic-trigger")
        .unwrap()
        .unwrap()
        .unchecked_into();
    button.click();

    assert!(is_shown(&crash), "the crash note is shown after a panic");
    assert!(
        !is_shown(&messages),
        "the dead inputs are hidden, not left frozen"
    );
    let note = crash.text_content().unwrap_or_default();
    assert!(
        note.contains(Lang::En.texts().crash_message),
        "the note is in the page's language: {note}"
    );
    let reload = crash
        .query_selector("a.button")
        .unwrap()
        .expect("reload button");
    assert_eq!(
        reload.text_content().unwrap(),
        Lang::En.texts().crash_reload
    );
    // An empty href reloads the page: it works with the wasm dead.
    assert_eq!(reload.get_attribute("href").as_deref(), Some(""));
}

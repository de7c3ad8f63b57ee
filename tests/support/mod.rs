//! What more than one test file needs (each file under `tests/` is its own crate).
#![allow(dead_code)] // each test crate uses the part it needs

use line_oa_calc::app::AppProps;
use line_oa_calc::i18n::Lang;
use line_oa_calc::pricing::CalendarDate;

/// A fresh page on `today` in `lang` (the URL a link in that language gives).
pub fn in_language(lang: Lang, today: CalendarDate) -> AppProps {
    AppProps {
        url: line_oa_calc::share::UrlState {
            lang: Some(lang),
            ..Default::default()
        },
        ..AppProps::on(today)
    }
}

/// Mounting the widget and driving it as a reader would, for the component tests (wasm only).
#[cfg(target_arch = "wasm32")]
mod dom {
    use line_oa_calc::app::App;
    use line_oa_calc::i18n::Lang;
    use line_oa_calc::pricing::CalendarDate;
    use wasm_bindgen::JsCast;
    use web_sys::{
        Element, Event, EventInit, HtmlInputElement, HtmlSelectElement, InputEvent, InputEventInit,
    };

    use super::in_language;

    pub fn document() -> web_sys::Document {
        web_sys::window().unwrap().document().unwrap()
    }

    /// A fresh container in the page; each test mounts into its own.
    pub fn container() -> Element {
        let div = document().create_element("div").unwrap();
        document().body().unwrap().append_child(&div).unwrap();
        div
    }

    /// The reader's date these cases were written for: the 2023-09 prices (中用量 NT$800, 高用量 NT$1,200) are in
    /// force, and the 2026-11 ones are announced. Today's prices are checked in their own tests below.
    pub fn on_2023_09_prices() -> CalendarDate {
        CalendarDate::parse("2026-10-15").unwrap()
    }

    pub async fn mount_app(lang: Lang) -> Element {
        mount_app_on(lang, on_2023_09_prices()).await
    }

    pub async fn mount_app_on(lang: Lang, today: CalendarDate) -> Element {
        let root = container();
        yew::Renderer::<App>::with_root_and_props(root.clone(), in_language(lang, today)).render();
        yew::scheduler::flush().await;
        root
    }

    pub fn find(root: &Element, selector: &str) -> Option<Element> {
        root.query_selector(selector).unwrap()
    }

    pub fn get(root: &Element, selector: &str) -> Element {
        find(root, selector).unwrap_or_else(|| panic!("{selector} is not on the page"))
    }

    pub fn input(root: &Element, id: &str) -> HtmlInputElement {
        get(root, &format!("#{id}")).dyn_into().unwrap()
    }

    pub fn text(root: &Element, selector: &str) -> String {
        get(root, selector).text_content().unwrap_or_default()
    }

    /// Types `value` into a field as the browser reports it: the new text, then a bubbling `input`.
    pub async fn type_into(root: &Element, id: &str, value: &str) {
        let field = input(root, id);
        field.set_value(value);
        let init = InputEventInit::new();
        init.set_bubbles(true);
        let event = InputEvent::new_with_event_init_dict("input", &init).unwrap();
        field.dispatch_event(&event).unwrap();
        yew::scheduler::flush().await;
    }

    /// Leaves a field after typing in it, as the browser reports it: a bubbling `change`.
    pub async fn leave(root: &Element, id: &str) {
        change(input(root, id).unchecked_ref()).await;
    }

    pub async fn choose(root: &Element, id: &str, value: &str) {
        let select: HtmlSelectElement = get(root, &format!("#{id}")).dyn_into().unwrap();
        select.set_value(value);
        change(select.unchecked_ref()).await;
    }

    pub async fn set_checked(root: &Element, id: &str, checked: bool) {
        let checkbox = input(root, id);
        checkbox.set_checked(checked);
        change(checkbox.unchecked_ref()).await;
    }

    pub async fn change(target: &Element) {
        let init = EventInit::new();
        init.set_bubbles(true);
        target
            .dispatch_event(&Event::new_with_event_init_dict("change", &init).unwrap())
            .unwrap();
        yew::scheduler::flush().await;
    }

    pub fn recommended(root: &Element) -> String {
        get(root, "#plan-table tr[data-recommended=\"true\"]")
            .get_attribute("data-plan")
            .unwrap()
    }
}
#[cfg(target_arch = "wasm32")]
#[allow(unused_imports)] // the panic test mounts its own page
pub use dom::*;

//! LINE Official Account message-budget calculator.
//!
//! `pricing` is pure (no Yew, no web-sys) and tested natively, as are `calculator` (the
//! widget's state), `display` (how amounts read) and `share` (the view in the URL). The page is
//! `app` + `components`; `browser` holds the few calls that may be refused.

pub mod app;
pub mod browser;
pub mod calculator;
pub mod chart;
pub mod components;
pub mod display;
pub mod error_messages;
pub mod fields;
pub mod figures;
pub mod i18n;
pub mod linked_views;
pub mod markup;
pub mod numerals;
pub mod planner;
pub mod pricing;
pub mod share;

/// Replaces Yew's console-only panic hook: the panic still goes to the console, and the
/// reader sees the widget's crash note with a reload button instead of a frozen page.
///
/// The release bundle is built with `panic=immediate-abort`, where no hook ever runs; there
/// `assets/boot.js` catches the resulting trap and shows the same note.
pub fn install_panic_hook() {
    yew::set_custom_panic_hook(Box::new(|info| {
        web_sys::console::error_1(&info.to_string().into());
        browser::show_crash_note();
    }));
}

/// Mounts the widget into `#app`, in the view its URL asks for.
///
/// `#app` already shows the default view, rendered at build time (`src/bin/prerender.rs`).
/// The live widget renders off-screen and takes its place in one step once complete, so the
/// reader sees no blank frame and no jump. Whatever they typed into the prerendered fields or
/// chose in its selects and checkboxes meanwhile is carried over, with the focus.
pub fn start() {
    #[cfg(not(panic = "immediate-abort"))]
    install_panic_hook();
    let mut url = browser::url_state();
    // The article's address, if the host page's script has already told it (see browser::link_base).
    browser::read_host_address();
    let Some(document) = web_sys::window().and_then(|window| window.document()) else {
        return;
    };
    let (Some(prerendered), Ok(live)) = (
        document.get_element_by_id("app"),
        document.create_element("main"),
    ) else {
        return;
    };
    let _ = live.set_attribute("class", &prerendered.class_name());
    browser::carry_before_start(&document, &mut url);
    let focused = document
        .active_element()
        .map(|element| element.id())
        .filter(|id| !id.is_empty());
    let on_ready = {
        let live = live.clone();
        yew::Callback::from(move |()| {
            live.set_id("app");
            // Marks the widget as live (the tests and the bench wait for it).
            let _ = live.set_attribute("data-live", "");
            let _ = prerendered.replace_with_with_node_1(&live);
            if let Some(id) = &focused {
                browser::focus_by_id(id);
            }
        })
    };
    yew::Renderer::<app::App>::with_root_and_props(
        live,
        app::AppProps {
            today: browser::today(),
            url,
            page_address: browser::page_address().into(),
            on_ready,
            fragment: false,
        },
    )
    .render();
}

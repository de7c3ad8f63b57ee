//! LINE Official Account message-budget calculator.
//!
//! `pricing` is pure (no Yew, no web-sys) and tested natively, as are `calculator` (the
//! widget's state), `display` (how amounts read) and `share` (the view in the URL). The page is
//! `app` + `components`; `browser` holds the few calls that may be refused.

pub mod app;
pub mod browser;
pub mod calculator;
pub mod components;
pub mod display;
pub mod i18n;
pub mod pricing;
pub mod share;

/// Mounts the widget into `#app`, replacing the loading note, in the view its URL asks for.
pub fn start() {
    let decimals = pricing::current_schedule(app::REGION).map_or(0, |s| s.currency.decimals);
    let url = browser::url_state(decimals);
    let Some(root) = web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.get_element_by_id("app"))
    else {
        return;
    };
    root.set_text_content(None);
    yew::Renderer::<app::App>::with_root_and_props(root, app::AppProps { url }).render();
}

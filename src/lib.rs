//! LINE Official Account message-budget calculator.
//!
//! `pricing` is pure (no Yew, no web-sys) and tested natively, as are `calculator` (the
//! widget's state) and `display` (how amounts read). The page is `app` + `components`.

pub mod app;
pub mod calculator;
pub mod components;
pub mod display;
pub mod i18n;
pub mod pricing;

use i18n::Lang;

/// The page's language from `?lang=` (zh-TW when absent or unknown).
pub fn language_from_url() -> Lang {
    web_sys::window()
        .and_then(|window| window.location().search().ok())
        .and_then(|search| web_sys::UrlSearchParams::new_with_str(&search).ok())
        .and_then(|params| params.get("lang"))
        .and_then(|tag| Lang::from_tag(&tag))
        .unwrap_or_default()
}

/// Mounts the widget into `#app`, replacing the loading note.
pub fn start() {
    let lang = language_from_url();
    let Some(root) = web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.get_element_by_id("app"))
    else {
        return;
    };
    root.set_text_content(None);
    yew::Renderer::<app::App>::with_root_and_props(root, app::AppProps { lang }).render();
}

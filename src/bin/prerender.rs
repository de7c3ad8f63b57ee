//! Renders the widget's default view into `index.html` at build time, so the first paint
//! already shows the real calculator (title, inputs, the plan table with its numbers) before
//! the wasm arrives. It runs the same App and the same compiled-in schedules natively, through
//! Yew's server renderer; `line_oa_calc::start` swaps the live widget in once it has rendered.
//!
//! Usage: `cargo run --features prerender --bin prerender -- dist/index.html`
//! (`.ci/build-release` does this). The view goes between `<!--widget-->` and `<!--/widget-->`.

use std::process::ExitCode;

use line_oa_calc::app::{App, AppProps};

const START: &str = "<!--widget-->";
const END: &str = "<!--/widget-->";

fn main() -> ExitCode {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: prerender <index.html>");
        return ExitCode::FAILURE;
    };
    let page = match std::fs::read_to_string(&path) {
        Ok(page) => page,
        Err(error) => {
            eprintln!("prerender: cannot read {path}: {error}");
            return ExitCode::FAILURE;
        }
    };
    let (Some(start), Some(end)) = (page.find(START), page.find(END)) else {
        eprintln!("prerender: {path} has no {START}…{END} markers");
        return ExitCode::FAILURE;
    };
    // No hydration markers: the live widget replaces this markup rather than adopting it,
    // which keeps Yew's hydration code out of the bundle.
    let view = futures_executor::block_on(
        yew::LocalServerRenderer::<App>::with_props(AppProps::default())
            .hydratable(false)
            .render(),
    );
    let page = format!("{}{START}{view}{}", &page[..start], &page[end..]);
    if let Err(error) = std::fs::write(&path, page) {
        eprintln!("prerender: cannot write {path}: {error}");
        return ExitCode::FAILURE;
    }
    println!("prerender: {} bytes of HTML into {path}", view.len());
    ExitCode::SUCCESS
}

//! Renders the widget's default view into `index.html` at build time, so the first paint
//! already shows the real calculator (title, inputs, the plan table with its numbers) before
//! the wasm arrives. It runs the same App and the same compiled-in schedules natively, through
//! Yew's server renderer; `line_oa_calc::start` swaps the live widget in once it has rendered.
//!
//! Usage: `cargo run --features prerender --bin prerender -- dist/index.html 2026-12-01`
//! (`.ci/build-release` does this, with the build date). The view goes between `<!--widget-->` and
//! `<!--/widget-->`. The date picks the prices in force; the live widget uses the reader's own date and
//! replaces this view, so a page built before a price change shows the new prices from that day on.

use std::process::ExitCode;

use line_oa_calc::app::{App, AppProps};
use line_oa_calc::pricing::CalendarDate;

const START: &str = "<!--widget-->";
const END: &str = "<!--/widget-->";

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let (Some(path), Some(date)) = (args.next(), args.next()) else {
        eprintln!("usage: prerender <index.html> <YYYY-MM-DD: the build date>");
        return ExitCode::FAILURE;
    };
    let Some(today) = CalendarDate::parse(&date) else {
        eprintln!("prerender: {date:?} is not a date written YYYY-MM-DD");
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
        yew::LocalServerRenderer::<App>::with_props(AppProps::on(today))
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

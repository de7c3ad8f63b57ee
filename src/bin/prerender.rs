//! Renders the widget's default view into `index.html` at build time, so the first paint
//! already shows the real calculator (title, inputs, the plan table with its numbers) before
//! the wasm arrives. It runs the same App and the same compiled-in schedules natively, through
//! Yew's server renderer; `line_oa_calc::start` swaps the live widget in once it has rendered.
//!
//! It also renders every other view a link can name (`src/linked_views.rs`: each language ×
//! region × scope, with and without tax and the old plans) as its own fragment in `views-<hash>/`
//! (down to the estimator: `AppProps::fragment`), and writes which ones exist into a
//! `<meta name="line-oa-calc-views">` for `assets/view.js`, which puts the linked one in place
//! before the first paint. (A typed figure is left to the live widget.)
//!
//! Usage: `cargo run --features prerender --bin prerender -- dist/index.html 2026-12-01`
//! (`.ci/build-release` does this, with the build date). The view goes between `<!--widget-->` and
//! `<!--/widget-->`. The date picks the prices in force; the live widget uses the reader's own date and
//! replaces this view, so a page built before a price change shows the new prices from that day on.

use std::hash::{Hash, Hasher};
use std::path::Path;
use std::process::ExitCode;

use line_oa_calc::app::{App, AppProps};
use line_oa_calc::linked_views::LinkedViews;
use line_oa_calc::pricing::CalendarDate;

const START: &str = "<!--widget-->";
const END: &str = "<!--/widget-->";
/// The linked-view script; the views' meta goes right before it, so it can read it.
const VIEW_SCRIPT: &str = r#"<script src="view.js""#;

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
    match run(Path::new(&path), today) {
        Ok(message) => {
            println!("prerender: {message}");
            ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!("prerender: {error}");
            ExitCode::FAILURE
        }
    }
}

fn run(path: &Path, today: CalendarDate) -> Result<String, String> {
    let shown = path.display();
    let page =
        std::fs::read_to_string(path).map_err(|error| format!("cannot read {shown}: {error}"))?;
    let (Some(start), Some(end)) = (page.find(START), page.find(END)) else {
        return Err(format!("{shown} has no {START}…{END} markers"));
    };
    let Some(script) = page.find(VIEW_SCRIPT) else {
        return Err(format!("{shown} has no {VIEW_SCRIPT}>"));
    };
    let view = render(AppProps::on(today));

    // Every view a link can name, from the types (src/linked_views.rs), each down to the estimator.
    let linked = LinkedViews::on(today);
    let fragments: Vec<(String, String)> = linked
        .all()
        .map(|(name, url)| {
            let props = AppProps {
                url,
                fragment: true,
                ..AppProps::on(today)
            };
            (name, render(props))
        })
        .collect();
    // The folder is named after its content: a new build never reads an old build's views.
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    fragments.hash(&mut hasher);
    let folder = format!("views-{:016x}", hasher.finish());
    let dir = path.parent().unwrap_or(Path::new(".")).join(&folder);
    std::fs::create_dir_all(&dir).map_err(|error| format!("cannot create {folder}: {error}"))?;
    for (name, html) in &fragments {
        std::fs::write(dir.join(name), html)
            .map_err(|error| format!("cannot write {folder}/{name}: {error}"))?;
    }
    let meta = format!(
        r#"<meta name="line-oa-calc-views" content="{folder}/ {}" />"#,
        linked.axes()
    );

    let page = format!(
        "{}{meta}\n    {}{START}{view}{}",
        &page[..script],
        &page[script..start],
        &page[end..]
    );
    std::fs::write(path, page).map_err(|error| format!("cannot write {shown}: {error}"))?;
    Ok(format!(
        "{} bytes of HTML into {shown}, {} linked views into {folder}/",
        view.len(),
        fragments.len()
    ))
}

/// The App's first render as HTML. No hydration markers: the live widget replaces this
/// markup rather than adopting it, which keeps Yew's hydration code out of the bundle.
fn render(props: AppProps) -> String {
    futures_executor::block_on(
        yew::LocalServerRenderer::<App>::with_props(props)
            .hydratable(false)
            .render(),
    )
}

//! Renders the widget's default view into `index.html` at build time, so the first paint
//! already shows the real calculator (title, inputs, the plan table with its numbers) before
//! the wasm arrives. It runs the same App and the same compiled-in schedules natively, through
//! Yew's server renderer; `line_oa_calc::start` swaps the live widget in once it has rendered.
//!
//! It also renders every other view a link can name (each language × region × scope, with and
//! without tax and the old plans) as its own fragment in `views-<hash>/` (down to the plan
//! table), and writes which ones exist into a `<meta name="line-oa-calc-views">` for
//! `assets/view.js`, which puts the linked one in place before the first paint. (A typed figure
//! is left to the live widget.)
//!
//! Usage: `cargo run --features prerender --bin prerender -- dist/index.html 2026-12-01`
//! (`.ci/build-release` does this, with the build date). The view goes between `<!--widget-->` and
//! `<!--/widget-->`. The date picks the prices in force; the live widget uses the reader's own date and
//! replaces this view, so a page built before a price change shows the new prices from that day on.

use std::hash::{Hash, Hasher};
use std::path::Path;
use std::process::ExitCode;

use line_oa_calc::app::{App, AppProps};
use line_oa_calc::calculator::Scope;
use line_oa_calc::i18n::Lang;
use line_oa_calc::pricing::CalendarDate;
use line_oa_calc::share::UrlState;

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

    // Every view a link can name: the choices are the default view's own selects, default first.
    let langs = options(&view, "lang");
    let regions = options(&view, "region");
    let scopes = options(&view, "scope");
    let mut fragments = Vec::new();
    for lang in &langs {
        for region in &regions {
            for scope in &scopes {
                for (tax, old) in [(false, false), (true, false), (false, true), (true, true)] {
                    let url = UrlState {
                        lang: Lang::from_tag(lang),
                        region: Some(region.clone()),
                        scope: Scope::from_tag(scope),
                        tax_included: tax,
                        compare_old: old,
                        ..UrlState::default()
                    };
                    let name = format!(
                        "{lang}-{}-{scope}{}{}.html",
                        region.to_ascii_lowercase(),
                        if tax { "-tax" } else { "" },
                        if old { "-old" } else { "" },
                    );
                    fragments.push((name, above_the_chart(render(with_url(url, today)))));
                }
            }
        }
    }
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
        r#"<meta name="line-oa-calc-views" content="{folder}/ {} {} {}" />"#,
        langs.join(","),
        regions.join(",").to_ascii_lowercase(),
        scopes.join(","),
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

/// A linked view up to its plan table (and the hidden crash note): what the first paint shows
/// on a phone, and a quarter less to fetch before it. The chart and the notes below come with
/// the live widget, appearing under what is already there, so nothing on screen moves.
fn above_the_chart(view: String) -> String {
    // Up to the end of the disclosure the chart is in (src/components/more.rs), which stays.
    match (
        view.find(r#"<section id="cost-chart""#),
        view.rfind("</details>"),
    ) {
        (Some(chart), Some(end)) if chart < end => {
            format!("{}{}", &view[..chart], &view[end..])
        }
        _ => view,
    }
}

/// The page in the view `url` names.
fn with_url(url: UrlState, today: CalendarDate) -> AppProps {
    AppProps {
        url,
        ..AppProps::on(today)
    }
}

/// The values of the `<select id="{id}">` in `html`, the selected one first.
fn options(html: &str, id: &str) -> Vec<String> {
    let open = format!(r#"id="{id}""#);
    let Some(at) = html.find(&open) else {
        return Vec::new();
    };
    let select = &html[at..];
    let select = &select[..select.find("</select>").unwrap_or(select.len())];
    let mut values: Vec<(bool, String)> = select
        .split("<option")
        .skip(1)
        .filter_map(|option| {
            let tag = &option[..option.find('>')?];
            let value = tag.split(r#"value=""#).nth(1)?.split('"').next()?;
            Some((tag.contains("selected"), value.to_owned()))
        })
        .collect();
    values.sort_by_key(|(selected, _)| !selected);
    values.into_iter().map(|(_, value)| value).collect()
}

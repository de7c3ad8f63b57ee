//! What more than one test file needs (each file under `tests/` is its own crate).

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

//! The view in the page's URL: what a shared link restores, and the embed options.
//!
//! Pure (no web-sys): values come in through a `get(key)` function (the browser's
//! `URLSearchParams`, which does the percent-decoding) and go out as key/value pairs.
//! Anything unknown, malformed or hostile is ignored and the default used; a value is only
//! ever read through the same strict parsers as the inputs, so it can never reach the page as
//! markup. Keys (short, documented in the README):
//!
//! | key | values | meaning |
//! | --- | --- | --- |
//! | `m` / `b` | a message count / an amount | the field the user typed in, and what they typed |
//! | `scope` | `monthly` (default), `addon` | what the two fields mean |
//! | `tax` | `1` | amounts include business tax |
//! | `old` | `1` | also show the previous prices (the schedule before the one shown) and what the month costs more or less now |
//! | `region` | `tw` (default), `jp`, `th`, … | whose plans: the schedule in force there on the reader's date |
//! | `sched` | a schedule id, e.g. `tw-2019-04` | that schedule's prices instead of the ones in force |
//! | `lang` | `zh-TW` (default), `en`, `ja` | the page's language |
//! | `embed` | `1` | compact layout for an iframe, no page chrome |
//! | `bg` | `transparent` | with `embed`: no page background |
//! | `more` | `1` | with `embed`: everything beyond the core shown from the start |
//! | `theme` | `auto`, `light`, `dark` | colours: the reader's setting (the page's default), light (an embed's default), dark |
//! | `plan` | a plan id, e.g. `medium` | the month planner's plan (default: the first paid plan) |
//! | `used` | a message count | the planner's count sent so far, as LINE's manager shows it |
//! | `cap` | a message count | the planner's add-on cap, on a plan with add-ons |
//! | `date` | `YYYY-MM-DD` | the planner's date (default: the reader's today); shared with every count |

use crate::calculator::{Action, Calculator, Field, Scope, DEFAULT_REGION};
use crate::i18n::Lang;
use crate::numerals;
use crate::planner::PlannerAction;
use crate::pricing::{self, CalendarDate};

/// Longer values are not numbers anyone typed: ignored without parsing.
pub const MAX_VALUE_CHARS: usize = 40;

/// What a URL asks for, already checked.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct UrlState {
    pub lang: Option<Lang>,
    /// A region with a shipped schedule, upper case (`"JP"`).
    pub region: Option<String>,
    /// A shipped schedule id, when the link names one.
    pub schedule: Option<String>,
    pub scope: Option<Scope>,
    pub tax_included: bool,
    pub compare_old: bool,
    /// The source field and its text, only when the text reads as a valid value.
    pub source: Option<(Field, String)>,
    pub embed: Embed,
    /// The month planner's fields that read (`plan`, `used`, `cap`, `date`), as actions.
    pub planner: Vec<PlannerAction>,
}

/// How the page sits inside another page.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Embed {
    pub compact: bool,
    pub transparent: bool,
    /// In an embed, everything beyond the core shown from the start (`more=1`).
    pub more: bool,
    /// `auto`, `light` or `dark`, when the URL names one (`assets/view.js` applies it before the
    /// first paint; it is only kept in the page's own URL here).
    pub theme: Option<&'static str>,
}

impl UrlState {
    /// Reads the known keys through `get`; amounts are read in the currency of the region (or schedule) named.
    ///
    /// ```
    /// use line_oa_calc::calculator::{Field, Scope};
    /// use line_oa_calc::share::UrlState;
    /// let query = [("m", "12,000"), ("scope", "addon"), ("tax", "1"), ("x", "<script>")];
    /// let get = |key: &str| query.iter().find(|(k, _)| *k == key).map(|(_, v)| v.to_string());
    /// let state = UrlState::read(get);
    /// assert_eq!(state.source, Some((Field::Messages, "12,000".to_owned())));
    /// assert_eq!(state.scope, Some(Scope::Addon));
    /// assert!(state.tax_included);
    /// ```
    pub fn read(get: impl Fn(&str) -> Option<String>) -> UrlState {
        let value = |key: &str| get(key).filter(|v| v.chars().count() <= MAX_VALUE_CHARS);
        let flag = |key: &str| value(key).as_deref() == Some("1");
        let schedule = value("sched").and_then(|id| pricing::schedule_by_id(id.trim()));
        let region = value("region")
            .map(|code| code.trim().to_ascii_uppercase())
            .filter(|code| pricing::region_schedules(code).next().is_some());
        // Amounts are read in the currency of the schedule or region they are for (a region keeps its currency
        // across its schedules).
        let currency = schedule
            .or_else(|| {
                pricing::region_schedules(region.as_deref().unwrap_or(DEFAULT_REGION)).last()
            })
            .map(|schedule| &schedule.currency);
        let messages = value("m")
            .filter(|text| pricing::parse_message_count(text).is_ok())
            .map(|text| (Field::Messages, text));
        let budget = value("b")
            .filter(|text| currency.is_some_and(|c| pricing::parse_amount(text, c).is_ok()))
            .map(|text| (Field::Budget, text));
        let count =
            |key: &str| value(key).filter(|text| pricing::parse_message_count(text).is_ok());
        let planner = [
            value("plan")
                .filter(|id| id.len() <= 20 && id.bytes().all(|b| b.is_ascii_alphanumeric()))
                .map(PlannerAction::SetPlan),
            count("used").map(PlannerAction::TypeUsed),
            count("cap").map(PlannerAction::TypeCap),
            value("date")
                .filter(|date| CalendarDate::parse(date).is_some())
                .map(PlannerAction::SetDate),
        ];
        UrlState {
            planner: planner.into_iter().flatten().collect(),
            lang: value("lang").and_then(|tag| Lang::from_tag(&tag)),
            region,
            schedule: schedule.map(|s| s.id.to_string()),
            scope: value("scope").and_then(|tag| Scope::from_tag(&tag)),
            tax_included: flag("tax"),
            compare_old: flag("old"),
            source: messages.or(budget),
            embed: Embed {
                compact: flag("embed"),
                transparent: value("bg").as_deref() == Some("transparent"),
                more: flag("more"),
                theme: match value("theme").as_deref() {
                    Some("auto") => Some("auto"),
                    Some("light") => Some("light"),
                    Some("dark") => Some("dark"),
                    _ => None,
                },
            },
        }
    }

    /// The actions that bring a fresh calculator to this view (switches first, then the value).
    pub fn actions(&self) -> Vec<Action> {
        let mut actions = vec![
            Action::SetScope(self.scope.unwrap_or_default()),
            Action::SetTaxIncluded(self.tax_included),
            Action::SetCompareOld(self.compare_old),
        ];
        if let Some(lang) = self.lang {
            actions.push(Action::SetLang(lang));
        }
        if let Some(region) = &self.region {
            actions.push(Action::SetRegion(region.clone()));
        }
        if let Some(id) = &self.schedule {
            actions.push(Action::SetSchedule(id.clone()));
        }
        match &self.source {
            Some((Field::Messages, text)) => actions.push(Action::TypeMessages(text.clone())),
            Some((Field::Budget, text)) => actions.push(Action::TypeBudget(text.clone())),
            None => {}
        }
        actions.extend(self.planner.iter().cloned().map(Action::Planner));
        actions
    }
}

/// The pairs that restore the calculator's current view; defaults are left out to keep links
/// short, and an unreadable entry is not shared.
pub fn view_pairs(calc: &Calculator) -> Vec<(&'static str, String)> {
    let mut pairs = Vec::new();
    let text = calc.text(calc.source()).trim();
    if calc.error().is_none() && !text.is_empty() {
        let key = match calc.source() {
            Field::Messages => "m",
            Field::Budget => "b",
        };
        pairs.push((key, text.to_owned()));
    }
    if calc.scope() != Scope::default() {
        pairs.push(("scope", calc.scope().tag().to_owned()));
    }
    if calc.tax_included() {
        pairs.push(("tax", "1".to_owned()));
    }
    if calc.compare_old() {
        pairs.push(("old", "1".to_owned()));
    }
    if calc.region() != DEFAULT_REGION {
        pairs.push(("region", calc.region().to_ascii_lowercase()));
    }
    if !calc.shows_prices_in_force() {
        pairs.push(("sched", calc.schedule().id.to_string()));
    }
    if calc.lang() != Lang::default() {
        pairs.push(("lang", calc.lang().tag().to_owned()));
    }
    planner_pairs(calc, &mut pairs);
    pairs
}

/// The planner's fields that read; its date goes with every count (a count is of a day: the link must show the
/// same projection on the day it is opened).
fn planner_pairs(calc: &Calculator, pairs: &mut Vec<(&'static str, String)>) {
    let planner = &calc.planner();
    let reads = |text: &str| pricing::parse_message_count(text).is_ok();
    if !planner.plan.is_empty() {
        pairs.push(("plan", planner.plan.clone()));
    }
    if reads(&planner.used) {
        pairs.push(("used", planner.used.trim().to_owned()));
    }
    if reads(&planner.cap) {
        pairs.push(("cap", planner.cap.trim().to_owned()));
    }
    if !planner.date.is_empty() || reads(&planner.used) {
        if let Some(date) = planner.date_or(calc.today()) {
            pairs.push(("date", date.iso()));
        }
    }
}

/// The embed options, kept in the page's own URL (but not in a shared link: that opens the
/// full page).
pub fn embed_pairs(embed: Embed) -> Vec<(&'static str, String)> {
    let mut pairs = Vec::new();
    if embed.compact {
        pairs.push(("embed", "1".to_owned()));
    }
    if embed.transparent {
        pairs.push(("bg", "transparent".to_owned()));
    }
    if embed.more {
        pairs.push(("more", "1".to_owned()));
    }
    if let Some(theme) = embed.theme {
        pairs.push(("theme", theme.to_owned()));
    }
    pairs
}

/// The shared link: the page's address with the view's query (just the address when the view is
/// the default one). An article's address (from `assets/embed.js`) ends in `?`, in its fragment
/// (`#line-oa-calc?`): the view goes after it, out of the host's own query.
///
/// ```
/// use line_oa_calc::share::address;
/// let pairs = [("m", "12000".to_owned())];
/// assert_eq!(address("https://x.tw/calc/", &pairs), "https://x.tw/calc/?m=12000");
/// assert_eq!(address("https://x.tw/calc/", &[]), "https://x.tw/calc/");
/// let article = "https://blog.tw/?p=7#line-oa-calc?";
/// assert_eq!(address(article, &pairs), "https://blog.tw/?p=7#line-oa-calc?m=12000");
/// assert_eq!(address(article, &[]), "https://blog.tw/?p=7#line-oa-calc");
/// ```
pub fn address(page: &str, pairs: &[(&str, String)]) -> String {
    let query = query(pairs);
    let base = page.strip_suffix('?');
    let mut address = base.filter(|_| query.is_empty()).unwrap_or(page).to_owned();
    if !query.is_empty() {
        if base.is_none() {
            address.push('?');
        }
        address.push_str(&query);
    }
    address
}

/// `key=value&…`, each part percent-encoded as `application/x-www-form-urlencoded` (what
/// `URLSearchParams` reads back): only ASCII letters, digits and `*-._,` stay as they are,
/// a space is `+`, everything else is `%XX` of its UTF-8 bytes.
///
/// ```
/// use line_oa_calc::share::query;
/// assert_eq!(query(&[("m", "12,000".into()), ("lang", "zh-TW".into())]), "m=12,000&lang=zh-TW");
/// assert_eq!(query(&[("b", "１ 2".into())]), "b=%EF%BC%91+2");
/// ```
pub fn query(pairs: &[(&str, String)]) -> String {
    let mut out = String::new();
    for (key, value) in pairs {
        if !out.is_empty() {
            out.push('&');
        }
        encode_into(&mut out, key);
        out.push('=');
        encode_into(&mut out, value);
    }
    out
}

fn encode_into(out: &mut String, text: &str) {
    for byte in text.bytes() {
        match byte {
            // A comma is as safe in a query (URLSearchParams reads it back), and keeps `m=9,000` readable.
            b'a'..=b'z' | b'A'..=b'Z' | b'0'..=b'9' | b'*' | b'-' | b'.' | b'_' | b',' => {
                out.push(char::from(byte))
            }
            b' ' => out.push('+'),
            _ => {
                out.push('%');
                numerals::push_hex(out, u32::from(byte), 2);
            }
        }
    }
}

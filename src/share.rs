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
//! | `friends` / `sends` | counts | the estimator's friends who can receive, and broadcasts a month |
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

use crate::calculator::{Action, Calculator, Scope, DEFAULT_REGION};
use crate::fields::{Control, Kind, NumberField};
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
    /// The number fields' texts, each only when it reads as a valid value (of the linked fields,
    /// one: the message count when both are given), in [`NumberField::ALL`]'s order.
    pub typed: Vec<(NumberField, String)>,
    pub embed: Embed,
    /// The month planner's picks that read (`plan`, `date`), as actions.
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

impl Embed {
    /// The embed options' URL keys (`assets/view.js` reads the same before the first paint).
    pub const COMPACT: &'static str = "embed";
    pub const BACKGROUND: &'static str = "bg";
    pub const MORE: &'static str = "more";
    pub const THEME: &'static str = "theme";
}

impl UrlState {
    /// Reads the known keys through `get`; amounts are read in the currency of the region (or schedule) named.
    ///
    /// ```
    /// use line_oa_calc::calculator::Scope;
    /// use line_oa_calc::fields::NumberField;
    /// use line_oa_calc::share::UrlState;
    /// let query = [("m", "12,000"), ("scope", "addon"), ("tax", "1"), ("x", "<script>")];
    /// let get = |key: &str| query.iter().find(|(k, _)| *k == key).map(|(_, v)| v.to_string());
    /// let state = UrlState::read(get);
    /// assert_eq!(state.typed, [(NumberField::Messages, "12,000".to_owned())]);
    /// assert_eq!(state.scope, Some(Scope::Addon));
    /// assert!(state.tax_included);
    /// ```
    pub fn read(get: impl Fn(&str) -> Option<String>) -> UrlState {
        let value = |key: &str| get(key).filter(|v| v.chars().count() <= MAX_VALUE_CHARS);
        let control = |wanted: Control| value(wanted.key());
        let flag = |wanted: Control| control_flag(control(wanted).as_deref());
        let schedule = control(Control::Schedule).and_then(|id| pricing::schedule_by_id(id.trim()));
        let region = control(Control::Region)
            .map(|code| code.trim().to_ascii_uppercase())
            .filter(|code| pricing::region_schedules(code).next().is_some());
        // Amounts are read in the currency of the schedule or region they are for (a region keeps its currency
        // across its schedules).
        let currency = schedule
            .or_else(|| {
                pricing::region_schedules(region.as_deref().unwrap_or(DEFAULT_REGION)).last()
            })
            .map(|schedule| &schedule.currency);
        let reads = |field: NumberField, text: &str| match field.kind() {
            Kind::Count => pricing::parse_message_count(text).is_ok(),
            Kind::Amount => currency.is_some_and(|c| pricing::parse_amount(text, c).is_ok()),
        };
        let mut typed: Vec<(NumberField, String)> = NumberField::ALL
            .into_iter()
            .filter_map(|field| {
                let text = value(field.key()).filter(|text| reads(field, text))?;
                Some((field, text))
            })
            .collect();
        // One source for the linked fields: the count, when a link gives both.
        if typed
            .iter()
            .any(|(field, _)| *field == NumberField::Messages)
        {
            typed.retain(|(field, _)| *field != NumberField::Budget);
        }
        let planner = [
            control(Control::PlannerPlan)
                .filter(|id| id.len() <= 20 && id.bytes().all(|b| b.is_ascii_alphanumeric()))
                .map(PlannerAction::SetPlan),
            control(Control::PlannerDate)
                .filter(|date| CalendarDate::parse(date).is_some())
                .map(PlannerAction::SetDate),
        ];
        UrlState {
            planner: planner.into_iter().flatten().collect(),
            lang: control(Control::Lang).and_then(|tag| Lang::from_tag(&tag)),
            region,
            schedule: schedule.map(|s| s.id.to_string()),
            scope: control(Control::Scope).and_then(|tag| Scope::from_tag(&tag)),
            tax_included: flag(Control::Tax),
            compare_old: flag(Control::CompareOld),
            typed,
            embed: Embed {
                compact: value(Embed::COMPACT).as_deref() == Some(ON),
                transparent: value(Embed::BACKGROUND).as_deref() == Some("transparent"),
                more: value(Embed::MORE).as_deref() == Some(ON),
                theme: match value(Embed::THEME).as_deref() {
                    Some("auto") => Some("auto"),
                    Some("light") => Some("light"),
                    Some("dark") => Some("dark"),
                    _ => None,
                },
            },
        }
    }

    /// Sets `control` to `value` as the page reports it (a checkbox: `1` or empty), as the reader
    /// set it before the wasm arrived. A value that is none of the control's is ignored.
    pub fn set(&mut self, control: Control, value: String) {
        match control {
            Control::Lang => self.lang = Lang::from_tag(&value).or(self.lang),
            Control::Region => self.region = Some(value),
            Control::Schedule => self.schedule = Some(value),
            Control::Scope => self.scope = Scope::from_tag(&value).or(self.scope),
            Control::Tax => self.tax_included = control_flag(Some(&value)),
            Control::CompareOld => self.compare_old = control_flag(Some(&value)),
            Control::PlannerPlan => self.planner.push(PlannerAction::SetPlan(value)),
            // Empty too: a date the reader cleared is no date, not today's.
            Control::PlannerDate => self.planner.push(PlannerAction::SetDate(value)),
        }
    }

    /// The reader typed `text` into `field` before the wasm arrived: it replaces the URL's (and, of
    /// the linked fields, the other one's: the reader's text is the source).
    pub fn set_typed(&mut self, field: NumberField, text: String) {
        let linked = [NumberField::Messages, NumberField::Budget];
        self.typed.retain(|(other, _)| {
            *other != field && !(linked.contains(&field) && linked.contains(other))
        });
        self.typed.push((field, text));
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
        // The planner's picks before its counts: a cap reads only on a plan that sells add-ons.
        actions.extend(self.planner.iter().cloned().map(Action::Planner));
        actions.extend(
            self.typed
                .iter()
                .map(|(field, text)| Action::Type(*field, text.clone())),
        );
        actions
    }
}

/// The pairs that restore the calculator's current view; defaults are left out to keep links
/// short, and an unreadable entry is not shared.
pub fn view_pairs(calc: &Calculator) -> Vec<(&'static str, String)> {
    let mut pairs: Vec<(&'static str, String)> = NumberField::ALL
        .into_iter()
        .filter(|field| !is_planner(*field))
        .filter_map(|field| Some((field.key(), calc.shared_text(field)?.to_owned())))
        .collect();
    let mut push = |control: Control, value: String| pairs.push((control.key(), value));
    if calc.scope() != Scope::default() {
        push(Control::Scope, calc.scope().tag().to_owned());
    }
    if calc.tax_included() {
        push(Control::Tax, ON.to_owned());
    }
    if calc.compare_old() {
        push(Control::CompareOld, ON.to_owned());
    }
    if calc.region() != DEFAULT_REGION {
        push(Control::Region, calc.region().to_ascii_lowercase());
    }
    if !calc.shows_prices_in_force() {
        push(Control::Schedule, calc.schedule().id.to_string());
    }
    if calc.lang() != Lang::default() {
        push(Control::Lang, calc.lang().tag().to_owned());
    }
    planner_pairs(calc, &mut pairs);
    pairs
}

/// A switch's value in a link: on, or left out.
const ON: &str = "1";

fn control_flag(value: Option<&str>) -> bool {
    value == Some(ON)
}

fn is_planner(field: NumberField) -> bool {
    matches!(field, NumberField::PlannerUsed | NumberField::PlannerCap)
}

/// The planner's fields that read; its date goes with every count (a count is of a day: the link must show the
/// same projection on the day it is opened).
fn planner_pairs(calc: &Calculator, pairs: &mut Vec<(&'static str, String)>) {
    let planner = calc.planner();
    if !planner.plan_id().is_empty() {
        pairs.push((Control::PlannerPlan.key(), planner.plan_id().to_owned()));
    }
    let counts: Vec<_> = [NumberField::PlannerUsed, NumberField::PlannerCap]
        .into_iter()
        .filter_map(|field| Some((field.key(), calc.shared_text(field)?.to_owned())))
        .collect();
    let has_count = calc.shared_text(NumberField::PlannerUsed).is_some();
    pairs.extend(counts);
    if planner.date_text().is_some_and(|date| !date.is_empty()) || has_count {
        if let Some(date) = planner.date_or(calc.today()) {
            pairs.push((Control::PlannerDate.key(), date.iso()));
        }
    }
}

/// The embed options, kept in the page's own URL (but not in a shared link: that opens the
/// full page).
pub fn embed_pairs(embed: Embed) -> Vec<(&'static str, String)> {
    let mut pairs = Vec::new();
    if embed.compact {
        pairs.push((Embed::COMPACT, ON.to_owned()));
    }
    if embed.transparent {
        pairs.push((Embed::BACKGROUND, "transparent".to_owned()));
    }
    if embed.more {
        pairs.push((Embed::MORE, ON.to_owned()));
    }
    if let Some(theme) = embed.theme {
        pairs.push((Embed::THEME, theme.to_owned()));
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

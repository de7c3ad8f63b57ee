//! The view in the URL: a shared link restores exactly the view, and hostile or malformed
//! parameters fall back to the defaults.
#![cfg(not(target_arch = "wasm32"))]

use line_oa_calc::calculator::{Action, Calculator, Field, Scope};
use line_oa_calc::fields::NumberField;
use line_oa_calc::i18n::Lang;
use line_oa_calc::pricing::CalendarDate;
use line_oa_calc::share::{embed_pairs, view_pairs, Embed, UrlState, MAX_VALUE_CHARS};

fn calculator(lang: Lang) -> Calculator {
    let today = CalendarDate::parse("2026-12-01").expect("a date");
    Calculator::new("TW", lang, today).expect("the Taiwan schedule ships")
}

fn read(query: &[(&str, &str)]) -> UrlState {
    UrlState::read(|key| {
        query
            .iter()
            .find(|(k, _)| *k == key)
            .map(|(_, v)| v.to_string())
    })
}

fn restored(state: &UrlState) -> Calculator {
    let mut calc = calculator(Lang::ZhTw);
    for action in state.actions() {
        calc.apply(action);
    }
    calc
}

#[test]
fn a_shared_view_round_trips() {
    let mut calc = calculator(Lang::ZhTw);
    for action in [
        Action::SetScope(Scope::Addon),
        Action::SetTaxIncluded(true),
        Action::SetCompareOld(true),
        Action::SetLang(Lang::En),
        Action::Type(NumberField::Budget, "2,100".to_owned()),
    ] {
        calc.apply(action);
    }
    let pairs = view_pairs(&calc);
    let query: Vec<(&str, &str)> = pairs.iter().map(|(k, v)| (*k, v.as_str())).collect();
    assert_eq!(
        query,
        [
            ("b", "2,100"),
            ("scope", "addon"),
            ("tax", "1"),
            ("old", "1"),
            ("lang", "en")
        ]
    );
    let again = restored(&read(&query));
    assert_eq!(again, calc, "the same view, field for field");
    assert_eq!(again.text(Field::Messages), "10,000");
}

#[test]
fn defaults_are_left_out_of_links() {
    let calc = calculator(Lang::ZhTw);
    assert!(view_pairs(&calc).is_empty());
    let mut calc = calc;
    calc.apply(Action::Type(NumberField::Messages, "12000".to_owned()));
    assert_eq!(view_pairs(&calc), [("m", "12000".to_owned())]);
    calc.apply(Action::Type(NumberField::Messages, "12000x".to_owned()));
    assert!(
        view_pairs(&calc).is_empty(),
        "an unreadable entry is not shared"
    );
}

#[test]
fn hostile_and_malformed_values_are_ignored() {
    let state = read(&[
        ("m", "<script>alert(1)</script>"),
        ("b", "99999999999999999999999"),
        ("scope", "<img src=x onerror=alert(1)>"),
        ("lang", "javascript:alert(1)"),
        ("tax", "true"),
        ("old", "yes"),
        ("embed", "2"),
        ("bg", "url(https://example.com/x.png)"),
        ("utm_source", "blog"),
    ]);
    assert_eq!(state, UrlState::default());
    let calc = restored(&state);
    assert_eq!(
        (calc.text(Field::Messages), calc.text(Field::Budget)),
        ("", "")
    );
    assert_eq!(calc.scope(), Scope::Monthly);
}

#[test]
fn values_are_read_with_the_inputs_rules() {
    let state = read(&[("m", "１２，０００"), ("lang", "zh-tw")]);
    assert_eq!(
        state.typed,
        [(NumberField::Messages, "１２，０００".to_owned())]
    );
    assert_eq!(state.lang, Some(Lang::ZhTw));
    assert_eq!(restored(&state).text(Field::Budget), "2,600");
    let long = "1".repeat(MAX_VALUE_CHARS + 1);
    assert_eq!(
        read(&[("m", &long)]).typed,
        [],
        "too long to be a typed number"
    );
    let both = read(&[("m", "100"), ("b", "900")]);
    assert_eq!(
        both.typed,
        [(NumberField::Messages, "100".to_owned())],
        "messages win"
    );
    assert_eq!(
        read(&[("b", "1.234")]).typed,
        [],
        "more decimals than the currency has"
    );
}

#[test]
fn embed_options_stay_in_the_page_url_only() {
    let state = read(&[("embed", "1"), ("bg", "transparent"), ("m", "200")]);
    assert_eq!(
        state.embed,
        Embed {
            compact: true,
            transparent: true,
            more: false,
            theme: None,
        }
    );
    let calc = restored(&state);
    assert_eq!(view_pairs(&calc), [("m", "200".to_owned())]);
    assert_eq!(
        embed_pairs(state.embed),
        [("embed", "1".to_owned()), ("bg", "transparent".to_owned())]
    );
    assert!(embed_pairs(Embed::default()).is_empty());
}

#[test]
fn a_named_colour_theme_stays_in_the_page_url_and_anything_else_is_ignored() {
    for theme in ["auto", "light", "dark"] {
        let state = read(&[("embed", "1"), ("theme", theme)]);
        assert_eq!(state.embed.theme, Some(theme));
        assert_eq!(
            embed_pairs(state.embed),
            [("embed", "1".to_owned()), ("theme", theme.to_owned())]
        );
    }
    for hostile in ["Dark", "<b>", "auto ", ""] {
        assert_eq!(read(&[("theme", hostile)]).embed.theme, None, "{hostile:?}");
    }
}

#[test]
fn the_region_travels_in_the_link_and_amounts_read_in_its_currency() {
    let mut calc = calculator(Lang::Ja);
    calc.apply(Action::SetRegion("JP".to_owned()));
    calc.apply(Action::Type(NumberField::Budget, "50,000".to_owned()));
    let pairs = view_pairs(&calc);
    assert!(pairs.contains(&("region", "jp".to_owned())));
    assert!(pairs.contains(&("lang", "ja".to_owned())));
    let query: Vec<(&str, &str)> = pairs.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let state = read(&query);
    assert_eq!(state.region.as_deref(), Some("JP"));
    assert_eq!(restored(&state), calc);

    // Yen take no decimals, so this budget is not a yen amount; in Taiwan it would be.
    assert_eq!(read(&[("region", "jp"), ("b", "100.5")]).typed, []);
    assert!(!read(&[("b", "100.5")]).typed.is_empty());
    assert_eq!(read(&[("region", "<script>")]).region, None);
    assert_eq!(read(&[("region", "xx")]).region, None);
}

#[test]
fn a_picked_schedule_travels_in_the_link_and_todays_does_not() {
    let mut calc = calculator(Lang::ZhTw);
    calc.apply(Action::Type(NumberField::Messages, "4,000".to_owned()));
    assert!(
        !view_pairs(&calc).iter().any(|(key, _)| *key == "sched"),
        "a link to today's prices follows LINE's changes"
    );
    calc.apply(Action::SetSchedule("tw-2019-04".to_owned()));
    let pairs = view_pairs(&calc);
    assert!(pairs.contains(&("sched", "tw-2019-04".to_owned())));
    let query: Vec<(&str, &str)> = pairs.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let state = read(&query);
    assert_eq!(state.schedule.as_deref(), Some("tw-2019-04"));
    let opened = restored(&state);
    assert_eq!(opened, calc);
    assert_eq!(
        opened.text(Field::Budget),
        "800",
        "中用量 carried 4,000 in 2019"
    );
    assert_eq!(read(&[("sched", "tw-1999-01")]).schedule, None);
    assert_eq!(read(&[("sched", "<b>")]).schedule, None);
}

#[test]
fn the_link_writes_a_comma_as_a_comma_and_reads_it_back() {
    use line_oa_calc::share::query;
    let link = query(&[("m", "9,000".to_owned())]);
    assert_eq!(link, "m=9,000", "readable, not m=9%2C000");
    let mut calc = calculator(Lang::ZhTw);
    calc.apply(Action::Type(NumberField::Messages, "9,000".to_owned()));
    let again = restored(&read(&[("m", "9,000")]));
    assert_eq!(again.text(Field::Messages), "9,000");
    assert_eq!(again.outcome(), calc.outcome());
}

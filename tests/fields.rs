//! One rule for every number field (src/fields.rs): what a text reads as, an error held back while
//! it is still being typed, and what every card derives from it only while it reads as a figure.
//! Each case names the defect it was written for (found on the release build, zh-TW, Taiwan).
#![cfg(not(target_arch = "wasm32"))]

use line_oa_calc::calculator::{Action, Calculator, EstimatorField, Field, InputError};
use line_oa_calc::fields::{Control, Entry, NumberField, Reading};
use line_oa_calc::i18n::Lang;
use line_oa_calc::planner::PlannerAction;
use line_oa_calc::pricing::{self, CalendarDate, NumberError};
use line_oa_calc::share::{self, UrlState};
use proptest::prelude::*;

fn on(date: &str) -> Calculator {
    let today = CalendarDate::parse(date).expect("a date");
    Calculator::new("TW", Lang::ZhTw, today).expect("Taiwan ships")
}

fn apply(calc: &mut Calculator, actions: &[Action]) {
    for action in actions {
        calc.apply(action.clone());
    }
}

fn typing(field: NumberField, text: &str) -> Action {
    Action::Type(field, text.to_owned())
}

/// The reader types `text` into `field` one character at a time, as the page reports it.
fn keys(calc: &mut Calculator, field: NumberField, text: &str) {
    let mut typed = String::new();
    for ch in text.chars() {
        typed.push(ch);
        calc.apply(typing(field, &typed));
    }
}

#[test]
fn every_field_is_declared_once_with_its_own_id_and_key() {
    let ids: Vec<&str> = NumberField::ALL.iter().map(|f| f.id()).collect();
    let keys: Vec<&str> = NumberField::ALL
        .iter()
        .map(|f| f.key())
        .chain(Control::ALL.iter().map(|c| c.key()))
        .collect();
    let control_ids: Vec<&str> = Control::ALL.iter().map(|c| c.id()).collect();
    for (list, what) in [
        (&ids, "id"),
        (&keys, "URL key"),
        (&control_ids, "control id"),
    ] {
        let mut unique = list.to_vec();
        unique.sort_unstable();
        unique.dedup();
        assert_eq!(
            unique.len(),
            list.len(),
            "each {what} names one control: {list:?}"
        );
    }
    assert!(ids.iter().all(|id| !control_ids.contains(id)));
}

#[test]
fn a_number_still_being_typed_is_no_figure_and_no_error_until_the_field_is_left() {
    let mut entry = Entry::default();
    entry.type_in("1,".to_owned());
    assert_eq!(
        entry.read(pricing::parse_message_count),
        Reading::Typing(NumberError::MisplacedSeparator)
    );
    entry.leave();
    let left = entry.read(pricing::parse_message_count);
    assert_eq!(left.shown_error(), Some(&NumberError::MisplacedSeparator));
    entry.type_in("1,0".to_owned());
    assert!(
        entry
            .read(pricing::parse_message_count)
            .shown_error()
            .is_none(),
        "typing again"
    );
    entry.type_in("1x".to_owned());
    assert!(
        entry
            .read(pricing::parse_message_count)
            .shown_error()
            .is_some(),
        "no number starts so: said at once"
    );
}

/// "With 4 broadcasts, typing 1,0 into the friends field answered 每月 4 則：輕用量最划算."
#[test]
fn the_estimator_gives_no_figure_for_a_prefix_of_the_friends_count() {
    let mut calc = on("2026-12-01");
    calc.apply(typing(NumberField::Broadcasts, "4"));
    keys(&mut calc, NumberField::Friends, "1,0");
    assert_eq!(calc.estimate(), None, "1,0 is on its way to 1,000, not 1");
    assert_eq!(
        calc.text(Field::Messages),
        "",
        "no product of a prefix in the messages field"
    );
    assert!(calc.outcome().is_none(), "nor in the summary");
    keys(&mut calc, NumberField::Friends, "1,000");
    assert_eq!(calc.estimate().map(|e| e.messages), Some(4_000));
    assert_eq!(calc.text(Field::Messages), "4,000");
}

/// "1, → red 千分位 error with the focus still in the field."
#[test]
fn the_estimator_holds_back_an_error_while_a_number_is_being_typed() {
    let mut calc = on("2026-12-01");
    keys(&mut calc, NumberField::Friends, "1,");
    assert_eq!(calc.estimator_error_of(EstimatorField::Friends), None);
    calc.apply(Action::Leave(NumberField::Friends));
    assert_eq!(
        calc.estimator_error_of(EstimatorField::Friends),
        Some(InputError::Number(NumberError::MisplacedSeparator))
    );
    keys(&mut calc, NumberField::Friends, "1,5");
    assert_eq!(
        calc.estimator_error_of(EstimatorField::Friends),
        None,
        "typing again"
    );
}

/// "A product over the limit says so on the estimator's line while the messages field and the
/// summary show the product for a shorter prefix."
#[test]
fn a_product_too_large_shows_no_figure_beside_it() {
    let mut calc = on("2026-12-01");
    calc.apply(typing(NumberField::Broadcasts, "999999"));
    keys(&mut calc, NumberField::Friends, "9999999999999");
    assert_eq!(calc.estimate_too_large(), Some(pricing::MAX_MESSAGES));
    assert_eq!(calc.text(Field::Messages), "");
    assert!(calc.outcome().is_none());
    // A count of the reader's own stays theirs: the estimator never wrote it.
    let mut calc = on("2026-12-01");
    apply(
        &mut calc,
        &[
            typing(NumberField::Messages, "5,000"),
            typing(NumberField::Broadcasts, "999999"),
            typing(NumberField::Friends, "9999999999999"),
        ],
    );
    assert_eq!(calc.text(Field::Messages), "5,000");
}

/// "An estimate loses its mark on the planner's 次月起 figure."
#[test]
fn the_next_months_figure_keeps_the_estimate_mark() {
    let mut calc = on("2026-12-01");
    apply(
        &mut calc,
        &[
            Action::Planner(PlannerAction::SetPlan("high".into())),
            Action::Planner(PlannerAction::SetDate("2026-12-16".into())),
            typing(NumberField::PlannerUsed, "40,000"),
        ],
    );
    let view = calc.planner().view("TW", calc.today(), None);
    let month = view.month.expect("a month");
    let cap = month
        .options
        .iter()
        .find(|o| matches!(o.kind, line_oa_calc::planner::OptionKind::SetCap { .. }))
        .expect("a cap to set");
    assert!(
        cap.estimate,
        "this month rests on the unconfirmed tiers past 44,000"
    );
    assert_eq!(
        cap.next_month.map(|next| next.estimate),
        Some(true),
        "the same count next month rests on them too"
    );
}

/// "Backspace in the planner's date puts today's date under the cursor and projects for it."
#[test]
fn a_cleared_date_is_no_date_not_today() {
    let mut calc = on("2026-12-01");
    apply(
        &mut calc,
        &[
            Action::Planner(PlannerAction::SetDate("2026-12-16".into())),
            typing(NumberField::PlannerUsed, "2,000"),
            Action::Planner(PlannerAction::SetDate(String::new())),
        ],
    );
    assert_eq!(
        calc.planner().date_text(),
        Some(""),
        "kept as the reader left it"
    );
    let view = calc.planner().view("TW", calc.today(), None);
    assert_eq!(view.month, None, "no projection for today's date");
    assert_eq!(
        view.date_error, None,
        "and no error while the reader picks another"
    );
}

#[test]
fn every_number_field_goes_into_a_link_and_comes_back() {
    let mut calc = on("2026-12-01");
    apply(
        &mut calc,
        &[
            typing(NumberField::Friends, "1,000"),
            typing(NumberField::Broadcasts, "4"),
            Action::Planner(PlannerAction::SetPlan("high".into())),
            typing(NumberField::PlannerUsed, "3,000"),
            typing(NumberField::PlannerCap, "2,000"),
        ],
    );
    let pairs = share::view_pairs(&calc);
    for field in NumberField::ALL {
        if field != NumberField::Budget {
            assert!(
                pairs.iter().any(|(key, _)| *key == field.key()),
                "{field:?} in {pairs:?}"
            );
        }
    }
    let state = UrlState::read(|key| {
        pairs
            .iter()
            .find(|(k, _)| *k == key)
            .map(|(_, v)| v.clone())
    });
    let mut again = on("2026-12-01");
    apply(&mut again, &state.actions());
    for field in NumberField::ALL {
        assert_eq!(again.entry_text(field), calc.entry_text(field), "{field:?}");
    }
    assert_eq!(again.estimate(), calc.estimate());
}

#[test]
fn what_was_set_before_the_wasm_arrived_overrides_the_urls_view() {
    let mut url = UrlState::read(|key| (key == "m").then(|| "500".to_owned()));
    url.set(Control::PlannerPlan, "medium".into());
    url.set(Control::PlannerDate, "2026-12-20".into());
    url.set(Control::Tax, "1".into());
    url.set_typed(NumberField::Budget, "2,000".into());
    url.set_typed(NumberField::Friends, "300".into());
    let mut calc = on("2026-12-01");
    apply(&mut calc, &url.actions());
    assert_eq!(calc.source(), Field::Budget, "what was typed is the source");
    assert_eq!(calc.text(Field::Budget), "2,000");
    assert!(calc.tax_included());
    assert_eq!(calc.planner().plan_id(), "medium");
    assert_eq!(calc.planner().date_text(), Some("2026-12-20"));
    assert_eq!(calc.entry_text(NumberField::Friends), "300");
}

fn text_in(alphabet: &'static [char]) -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(alphabet), 0..12)
        .prop_map(|chars| chars.into_iter().collect())
}

const KEYS: &[char] = &['0', '1', '5', '9', ',', '.', ' ', '-', 'x', '０', '，'];

proptest! {
    /// The rule, for any text: a figure exactly when it parses; an error held back only while the
    /// field has not been left and more typing could make it read; never both.
    #[test]
    fn a_reading_is_one_thing_at_a_time(text in text_in(KEYS), left in any::<bool>()) {
        let reading = Reading::of(&text, left, pricing::parse_message_count);
        let parsed = pricing::parse_message_count(&text);
        prop_assert_eq!(reading.figure().copied(), parsed.ok());
        match reading {
            Reading::Typing(_) => {
                prop_assert!(!left);
                prop_assert!(pricing::is_number_prefix(&text, |t| pricing::parse_message_count(t).is_ok()));
            }
            Reading::Wrong(error) => prop_assert_eq!(Err(error), parsed),
            Reading::Empty => prop_assert_eq!(parsed, Err(NumberError::Empty)),
            Reading::Figure(_) => {}
        }
    }

    /// The estimator, typed key by key: the messages field holds the product of both fields as they
    /// read at that keystroke, or nothing the estimator wrote.
    #[test]
    fn the_estimator_answers_its_fields_at_every_keystroke(
        friends in text_in(KEYS),
        broadcasts in text_in(KEYS),
    ) {
        let mut calc = on("2026-12-01");
        keys(&mut calc, NumberField::Broadcasts, &broadcasts);
        let mut typed = String::new();
        for ch in friends.chars() {
            typed.push(ch);
            calc.apply(typing(NumberField::Friends, &typed));
            let product = pricing::parse_message_count(&typed)
                .ok()
                .zip(pricing::parse_message_count(&broadcasts).ok())
                .and_then(|(f, b)| f.checked_mul(b))
                .filter(|m| *m <= pricing::MAX_MESSAGES);
            match product {
                Some(messages) => {
                    prop_assert_eq!(calc.text(Field::Messages), pricing::format_count(messages))
                }
                None => prop_assert_eq!(calc.text(Field::Messages), ""),
            }
            prop_assert!(calc.estimator_error_of(EstimatorField::Friends).is_none()
                || !pricing::is_number_prefix(&typed, |t| pricing::parse_message_count(t).is_ok()));
        }
    }
}

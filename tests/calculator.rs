//! The widget's state machine (`calculator`), natively: what each keystroke and switch does to the
//! two linked fields, as a user would see it.
#![cfg(not(target_arch = "wasm32"))]

use line_oa_calc::calculator::{Action, Calculator, Certainty, Field, InputError, Scope};
use line_oa_calc::i18n::Lang;
use line_oa_calc::pricing::NumberError;
fn calculator() -> Calculator {
    Calculator::new("TW", Lang::ZhTw).expect("the Taiwan schedule ships")
}

fn typed(actions: &[Action]) -> Calculator {
    let mut calc = calculator();
    for action in actions {
        calc.apply(action.clone());
    }
    calc
}

fn messages(text: &str) -> Action {
    Action::TypeMessages(text.to_owned())
}

fn budget(text: &str) -> Action {
    Action::TypeBudget(text.to_owned())
}

fn recommended(calc: &Calculator) -> &str {
    let outcome = calc.outcome.as_ref().expect("an outcome");
    let index = outcome.comparison.recommended.expect("a recommendation");
    &outcome.comparison.bills[index].plan_id
}

#[test]
fn messages_give_the_cheapest_monthly_bill() {
    let calc = typed(&[messages("12,000")]);
    assert_eq!(calc.budget_text, "2,400");
    assert_eq!(recommended(&calc), "high");
    assert_eq!(
        calc.outcome.as_ref().map(|o| o.certainty),
        Some(Certainty::UpperEstimate)
    );
    assert_eq!(typed(&[messages("3000")]).budget_text, "800");
    assert_eq!(typed(&[messages("200")]).budget_text, "0");
}

#[test]
fn a_budget_gives_the_most_messages_and_the_plan() {
    let calc = typed(&[budget("900")]);
    assert_eq!(calc.messages_text, "3,000");
    assert_eq!(calc.outcome.as_ref().map(|o| o.focus_plan), Some(1));
    assert_eq!(typed(&[budget("1,200.2")]).messages_text, "6,001");
    assert_eq!(typed(&[budget("1,200.19")]).messages_text, "6,000");
}

#[test]
fn the_addon_scope_is_the_purchase_cap_dialog() {
    let calc = typed(&[Action::SetScope(Scope::Addon), messages("1000")]);
    assert_eq!(calc.budget_text, "200");
    assert_eq!(
        calc.outcome.as_ref().map(|o| o.monthly_messages),
        Some(7_000)
    );
    let calc = typed(&[Action::SetScope(Scope::Addon), budget("200.1")]);
    assert_eq!(calc.messages_text, "1,000");
}

#[test]
fn switching_scope_or_tax_keeps_the_source_text() {
    let mut calc = typed(&[budget("1,260")]);
    assert_eq!(calc.messages_text, "6,300");
    calc.apply(Action::SetTaxIncluded(true));
    assert_eq!(
        (calc.budget_text.as_str(), calc.messages_text.as_str()),
        ("1,260", "6,000")
    );
    calc.apply(Action::SetScope(Scope::Addon));
    assert_eq!(
        (calc.budget_text.as_str(), calc.messages_text.as_str()),
        ("1,260", "6,000")
    );
    assert_eq!(calc.source, Field::Budget);
}

#[test]
fn bad_input_keeps_the_text_and_the_last_result() {
    let mut calc = typed(&[messages("12000")]);
    let before = calc.outcome.clone();
    calc.apply(messages("12000x"));
    assert_eq!(calc.messages_text, "12000x");
    assert_eq!(calc.budget_text, "2,400");
    assert_eq!(calc.outcome, before);
    assert!(matches!(
        calc.error_of(Field::Messages),
        Some(InputError::Number(NumberError::InvalidCharacter {
            ch: 'x',
            ..
        }))
    ));
    assert_eq!(calc.error_of(Field::Budget), None);
    calc.apply(messages(""));
    assert_eq!(
        (calc.budget_text.as_str(), calc.error.is_none()),
        ("", true)
    );
    assert_eq!(calc.outcome, None);
}

#[test]
fn out_of_range_is_an_error_not_a_panic() {
    let calc = typed(&[messages("1,000,000,000,000,001")]);
    assert!(calc.error.is_some());
    let calc = typed(&[budget("99999999999999999999")]);
    assert!(calc.error.is_some());
    // The largest count still converts (and its bill stays within the amount limit).
    let calc = typed(&[messages("1,000,000,000,000")]);
    assert_eq!(calc.budget_text, "200,000,000,000"); // 1,200 + (10^12 − 6,000) × 0.2
}

#[test]
fn the_previous_schedule_is_priced_alongside_when_shown() {
    let hidden = typed(&[messages("12000")]);
    assert_eq!(
        hidden
            .outcome
            .as_ref()
            .map(|o| o.previous_comparison.is_some()),
        Some(false)
    );
    let calc = typed(&[messages("12000"), Action::SetCompareOld(true)]);
    let old = calc
        .outcome
        .as_ref()
        .and_then(|o| o.previous_comparison.as_ref())
        .expect("old");
    let pick = old.recommended.map(|i| &*old.bills[i].plan_id);
    assert_eq!(
        pick,
        Some("medium"),
        "before 2023-09: NT$800 + 8,000 × NT$0.2 = NT$2,400"
    );
}

#[test]
fn scopes_round_trip_through_their_tags() {
    for scope in Scope::ALL {
        assert_eq!(Scope::from_tag(scope.tag()), Some(scope));
    }
    assert_eq!(Scope::from_tag("x"), None);
}

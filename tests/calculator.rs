//! The widget's state machine (`calculator`), natively: what each keystroke and switch does to the
//! two linked fields, as a user would see it.
#![cfg(not(target_arch = "wasm32"))]

use line_oa_calc::calculator::{
    Action, Calculator, Certainty, Estimate, EstimatorField, Field, InputError, Scope,
};
use line_oa_calc::fields::NumberField;
use line_oa_calc::i18n::Lang;
use line_oa_calc::pricing::{CalendarDate, NumberError, MAX_MESSAGES};

/// These cases were written against the 2023-09 prices (中用量 NT$800, 高用量 NT$1,200): the reader's date
/// picks them. Today's prices are tested in `tests/prices_2026_11.rs`.
const ON_2023_09_PRICES: &str = "2026-10-15";

fn calculator() -> Calculator {
    let today = CalendarDate::parse(ON_2023_09_PRICES).expect("a date");
    Calculator::new("TW", Lang::ZhTw, today).expect("the Taiwan schedule ships")
}

fn typed(actions: &[Action]) -> Calculator {
    let mut calc = calculator();
    for action in actions {
        calc.apply(action.clone());
    }
    calc
}

fn messages(text: &str) -> Action {
    Action::Type(NumberField::Messages, text.to_owned())
}

fn budget(text: &str) -> Action {
    Action::Type(NumberField::Budget, text.to_owned())
}

fn recommended(calc: &Calculator) -> &str {
    let outcome = calc.outcome().expect("an outcome");
    let index = outcome.comparison.recommended.expect("a recommendation");
    &outcome.comparison.bills[index].plan_id
}

#[test]
fn messages_give_the_cheapest_monthly_bill() {
    let calc = typed(&[messages("12,000")]);
    assert_eq!(calc.text(Field::Budget), "2,400");
    assert_eq!(recommended(&calc), "high");
    assert_eq!(
        calc.outcome().map(|o| o.certainty),
        Some(Certainty::UpperEstimate)
    );
    assert_eq!(typed(&[messages("3000")]).text(Field::Budget), "800");
    assert_eq!(typed(&[messages("200")]).text(Field::Budget), "0");
}

#[test]
fn a_budget_gives_the_most_messages_and_the_plan() {
    let calc = typed(&[budget("900")]);
    assert_eq!(calc.text(Field::Messages), "3,000");
    assert_eq!(calc.outcome().map(|o| o.focus_plan), Some(1));
    assert_eq!(typed(&[budget("1,200.2")]).text(Field::Messages), "6,001");
    assert_eq!(typed(&[budget("1,200.19")]).text(Field::Messages), "6,000");
}

#[test]
fn the_addon_scope_is_the_purchase_cap_dialog() {
    let calc = typed(&[Action::SetScope(Scope::Addon), messages("1000")]);
    assert_eq!(calc.text(Field::Budget), "200");
    assert_eq!(calc.outcome().map(|o| o.monthly_messages), Some(7_000));
    let calc = typed(&[Action::SetScope(Scope::Addon), budget("200.1")]);
    assert_eq!(calc.text(Field::Messages), "1,000");
}

#[test]
fn switching_tax_keeps_the_source_text_and_switching_scope_carries_the_month() {
    let mut calc = typed(&[budget("1,260")]);
    assert_eq!(calc.text(Field::Messages), "6,300");
    calc.apply(Action::SetTaxIncluded(true));
    assert_eq!(
        (calc.text(Field::Budget), calc.text(Field::Messages)),
        ("1,260", "6,000")
    );
    // NT$1,260 with tax is 高用量's fee with tax: no add-on budget left.
    calc.apply(Action::SetScope(Scope::Addon));
    assert_eq!(
        (calc.text(Field::Budget), calc.text(Field::Messages)),
        ("0", "0")
    );
    assert_eq!(
        calc.source(),
        Field::Messages,
        "the month is carried by its count"
    );
}

#[test]
fn switching_scope_expresses_the_same_month_in_the_new_scopes_terms() {
    let mut calc = typed(&[messages("80,000")]);
    assert_eq!(calc.scope_carry(), None);
    calc.apply(Action::SetScope(Scope::Addon));
    assert_eq!(
        calc.text(Field::Messages),
        "74,000",
        "80,000 a month: 74,000 add-on messages on 高用量"
    );
    let outcome = calc.outcome().expect("an outcome");
    assert_eq!(
        (outcome.messages, outcome.monthly_messages),
        (74_000, 80_000)
    );
    let carry = calc
        .scope_carry()
        .cloned()
        .expect("the switch says what it did");
    assert_eq!(
        (carry.field, carry.from, carry.before.as_str()),
        (Field::Messages, Scope::Monthly, "80,000")
    );
    calc.apply(Action::SetScope(Scope::Monthly));
    assert_eq!(calc.text(Field::Messages), "80,000", "and back");
    assert_eq!(calc.outcome().map(|o| o.messages), Some(80_000));
    calc.apply(messages("80,001"));
    assert_eq!(calc.scope_carry(), None, "the next change clears the line");

    // A budget: its month's count is carried, and the amount follows (NT$2,400 = 1,200 + 6,000 × 0.2).
    let mut calc = typed(&[budget("2,400")]);
    calc.apply(Action::SetScope(Scope::Addon));
    assert_eq!(
        (calc.text(Field::Budget), calc.text(Field::Messages)),
        ("1,200", "6,000")
    );
    calc.apply(Action::SetScope(Scope::Monthly));
    assert_eq!(
        (calc.text(Field::Budget), calc.text(Field::Messages)),
        ("2,400", "12,000")
    );

    // A month the included messages cover needs no add-on; an unreadable figure is left as typed.
    let calc = typed(&[messages("1,000"), Action::SetScope(Scope::Addon)]);
    assert_eq!(calc.text(Field::Messages), "0");
    let calc = typed(&[messages("1,0x"), Action::SetScope(Scope::Addon)]);
    assert_eq!(calc.text(Field::Messages), "1,0x");
    assert_eq!(calc.scope_carry(), None);
}

#[test]
fn bad_input_keeps_the_text_and_shows_no_figure_for_another() {
    let mut calc = typed(&[messages("12000")]);
    calc.apply(messages("12000x"));
    assert_eq!(calc.text(Field::Messages), "12000x");
    assert_eq!(
        calc.text(Field::Budget),
        "",
        "12000x is not 12000: no amount"
    );
    assert_eq!(calc.outcome(), None);
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
        (calc.text(Field::Budget), calc.error().is_none()),
        ("", true)
    );
    assert_eq!(calc.outcome(), None);
}

#[test]
fn out_of_range_is_an_error_not_a_panic() {
    let calc = typed(&[messages("1,000,000,000,000,001")]);
    assert!(calc.error().is_some());
    let calc = typed(&[budget("99999999999999999999")]);
    assert!(calc.error().is_some());
    // The largest count still converts (and its bill stays within the amount limit).
    let calc = typed(&[messages("1,000,000,000,000")]);
    assert_eq!(calc.text(Field::Budget), "200,000,000,000"); // 1,200 + (10^12 − 6,000) × 0.2
}

#[test]
fn the_previous_schedule_is_priced_alongside_when_shown() {
    let hidden = typed(&[messages("12000")]);
    assert_eq!(
        hidden
            .outcome()
            .as_ref()
            .map(|o| o.previous_comparison.is_some()),
        Some(false)
    );
    let calc = typed(&[messages("12000"), Action::SetCompareOld(true)]);
    let old = calc
        .outcome()
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

fn friends(text: &str) -> Action {
    Action::Type(NumberField::Friends, text.to_owned())
}

fn broadcasts(text: &str) -> Action {
    Action::Type(NumberField::Broadcasts, text.to_owned())
}

#[test]
fn the_estimator_fills_the_messages_field_with_friends_times_broadcasts() {
    let calc = typed(&[friends("２，０００"), broadcasts("6")]);
    assert_eq!(calc.text(Field::Messages), "12,000");
    assert_eq!(calc.source(), Field::Messages);
    assert_eq!(calc.text(Field::Budget), "2,400");
    assert_eq!(recommended(&calc), "high");
    assert_eq!(
        calc.estimate(),
        Some(Estimate {
            friends: 2_000,
            broadcasts: 6,
            messages: 12_000,
            switched_scope: false,
        })
    );
    // The estimator's own text stays as typed.
    assert_eq!(calc.estimator_text(EstimatorField::Friends), "２，０００");
}

#[test]
fn a_budget_typed_after_the_estimate_marks_the_estimate_as_no_longer_the_count() {
    let mut calc = typed(&[friends("2,000"), broadcasts("6")]);
    assert!(!calc.estimate_superseded(), "the count is the estimate");
    calc.apply(budget("3,000"));
    assert!(calc.estimate().is_none());
    assert_ne!(calc.text(Field::Messages), "12,000");
    assert!(
        calc.estimate_superseded(),
        "2,000 × 6 no longer is the count shown"
    );
    // Half-filled estimator fields are no estimate to contradict anything.
    let mut calc = typed(&[friends("2,000")]);
    calc.apply(messages("5,000"));
    assert!(!calc.estimate_superseded());
}

#[test]
fn the_estimator_waits_for_both_fields_and_never_touches_them_on_error() {
    let calc = typed(&[messages("500"), friends("2000")]);
    assert_eq!(
        calc.text(Field::Messages),
        "500",
        "one field alone changes nothing"
    );
    assert_eq!(calc.estimate(), None);

    let calc = typed(&[messages("500"), friends("2000"), broadcasts("6x")]);
    assert_eq!(calc.text(Field::Messages), "500");
    assert!(matches!(
        calc.estimator_error_of(EstimatorField::Broadcasts),
        Some(InputError::Number(NumberError::InvalidCharacter {
            ch: 'x',
            ..
        }))
    ));
    assert_eq!(calc.estimator_error_of(EstimatorField::Friends), None);
    assert_eq!(
        calc.estimator_text(EstimatorField::Broadcasts),
        "6x",
        "the mistake stays on screen to fix"
    );

    let fixed = typed(&[friends("2000"), broadcasts("6x"), broadcasts("6")]);
    assert_eq!(fixed.estimator_error(), None);
    assert_eq!(fixed.text(Field::Messages), "12,000");
}

#[test]
fn an_estimate_too_large_is_a_message_not_a_panic() {
    let calc = typed(&[friends("999999999999"), broadcasts("999999")]);
    // Issue 21, point 4: neither field is too large, their product is; it is said as such.
    assert_eq!(calc.estimator_error_of(EstimatorField::Broadcasts), None);
    assert_eq!(calc.estimator_error_of(EstimatorField::Friends), None);
    assert_eq!(calc.estimate_too_large(), Some(MAX_MESSAGES));
    assert_eq!(calc.text(Field::Messages), "");
    let calc = typed(&[
        friends("18446744073709551615"),
        broadcasts("18446744073709551615"),
    ]);
    assert!(calc.estimator_error().is_some() || calc.estimate_too_large().is_some());
    // Fixed, the error goes.
    let calc = typed(&[
        friends("999999999999"),
        broadcasts("999999"),
        broadcasts("6"),
    ]);
    assert_eq!(calc.estimate_too_large(), None);
    assert_eq!(calc.text(Field::Messages), "5,999,999,999,994");
}

#[test]
fn an_estimate_is_a_monthly_total_and_typing_a_count_forgets_it() {
    let calc = typed(&[
        Action::SetScope(Scope::Addon),
        friends("1000"),
        broadcasts("10"),
    ]);
    assert_eq!(calc.scope(), Scope::Monthly);
    assert_eq!(calc.text(Field::Messages), "10,000");
    let calc = typed(&[friends("1000"), broadcasts("10"), messages("10,001")]);
    assert_eq!(calc.estimate(), None);
}

#[test]
fn switching_region_prices_the_same_count_in_that_regions_plans_and_currency() {
    let calc = typed(&[messages("100,000"), Action::SetRegion("JP".to_owned())]);
    assert_eq!(calc.region(), "JP");
    assert_eq!(calc.schedule().currency.code, "JPY");
    // On 2026-10-15 Japan's 2026-10 prices apply: スタンダード ¥15,000 + 70,000 × ¥3.
    assert_eq!(&*calc.schedule().id, "jp-2026-10");
    assert_eq!(calc.text(Field::Budget), "225,000");
    assert_eq!(recommended(&calc), "standard");
    assert_eq!(
        calc.previous_schedule().map(|s| &*s.0.id),
        Some("jp-2023-06")
    );

    let calc = typed(&[
        Action::SetCompareOld(true),
        messages("4,000"),
        Action::SetRegion("JP".to_owned()),
    ]);
    assert!(calc.compare_old(), "Japan has older prices to compare with");
    assert_eq!(recommended(&calc), "light");
    assert_eq!(calc.text(Field::Budget), "5,000");
    let back = typed(&[
        messages("4,000"),
        Action::SetRegion("JP".to_owned()),
        Action::SetRegion("tw".to_owned()),
    ]);
    assert_eq!(
        back.text(Field::Budget),
        "1,200",
        "region codes read in any case"
    );

    let unknown = typed(&[messages("4,000"), Action::SetRegion("XX".to_owned())]);
    assert_eq!(unknown.region(), "TW", "an unknown region changes nothing");
}

#[test]
fn a_number_still_being_typed_is_never_an_error_until_the_field_is_left() {
    let mut calc = calculator();
    for prefix in ["1", "12", "12,", "12,0", "12,00", "12,000"] {
        calc.apply(messages(prefix));
        assert_eq!(
            calc.error_of(Field::Messages),
            None,
            "{prefix:?} while typing"
        );
    }
    assert_eq!(calc.text(Field::Budget), "2,400");

    calc.apply(messages("12,00"));
    assert_eq!(calc.error_of(Field::Messages), None);
    calc.apply(Action::Leave(NumberField::Messages));
    assert_eq!(
        calc.error_of(Field::Messages),
        Some(&InputError::Number(NumberError::MisplacedSeparator)),
        "left unfinished, it says so"
    );
    assert_eq!(
        calc.text(Field::Messages),
        "12,00",
        "nothing typed is rewritten"
    );

    // What no digit can complete is an error at once.
    calc.apply(messages("1,2000"));
    assert_eq!(
        calc.error_of(Field::Messages),
        Some(&InputError::Number(NumberError::MisplacedSeparator))
    );
    calc.apply(messages("12a"));
    assert!(calc.error_of(Field::Messages).is_some());

    // An amount on its way to its decimals.
    calc.apply(budget("1,200."));
    assert_eq!(calc.error_of(Field::Budget), None);
    let mut calc = typed(&[budget("1,2")]);
    assert_eq!(calc.error_of(Field::Budget), None);
    calc.apply(Action::Leave(NumberField::Budget));
    assert!(calc.error_of(Field::Budget).is_some());
}

#[test]
fn a_typed_value_gets_its_separators_when_the_field_is_left() {
    let mut calc = typed(&[messages("12000")]);
    assert_eq!(
        calc.text(Field::Messages),
        "12000",
        "never under the cursor"
    );
    calc.apply(Action::Leave(NumberField::Budget));
    assert_eq!(
        calc.text(Field::Messages),
        "12000",
        "leaving the other field changes nothing"
    );
    calc.apply(Action::Leave(NumberField::Messages));
    assert_eq!(calc.text(Field::Messages), "12,000");
    assert_eq!(calc.text(Field::Budget), "2,400");

    let mut calc = typed(&[budget("１２００.5")]);
    calc.apply(Action::Leave(NumberField::Budget));
    assert_eq!(calc.text(Field::Budget), "1,200.50");
}

#[test]
fn the_estimator_takes_its_own_units_and_the_other_fields_habits() {
    let calc = typed(&[friends("4,500人"), broadcasts("2次")]);
    assert_eq!(calc.estimator_error(), None);
    assert_eq!(calc.text(Field::Messages), "9,000");
    let calc = typed(&[friends("4 500"), broadcasts("２ 回")]);
    assert_eq!(calc.text(Field::Messages), "9,000");
}

// Issue 21: every figure answers what the reader typed now.

fn on(region: &str, day: &str) -> Calculator {
    let today = CalendarDate::parse(day).expect("a date");
    Calculator::new(region, Lang::En, today).expect("the region ships")
}

fn apply_all(calc: &mut Calculator, actions: &[Action]) {
    for action in actions {
        calc.apply(action.clone());
    }
}

/// Point 1: 3000 (中用量) to 高用量加購上限 and back came back as 6,000 (高用量's included messages).
#[test]
fn a_scope_switch_and_its_reverse_give_back_the_readers_text_in_every_region() {
    for region in ["TW", "JP", "TH"] {
        for (typed, field) in [
            (messages("3000"), Field::Messages),
            (budget("999"), Field::Budget),
            (messages("80,000"), Field::Messages),
        ] {
            let mut calc = on(region, "2026-12-01");
            calc.apply(typed.clone());
            let before = (
                calc.text(Field::Messages).to_owned(),
                calc.text(Field::Budget).to_owned(),
                calc.outcome().cloned(),
            );
            calc.apply(Action::SetScope(Scope::Addon));
            calc.apply(Action::SetScope(Scope::Monthly));
            assert_eq!(calc.source(), field, "{region} {typed:?}");
            assert_eq!(
                (
                    calc.text(Field::Messages).to_owned(),
                    calc.text(Field::Budget).to_owned(),
                    calc.outcome().cloned()
                ),
                before,
                "{region} {typed:?}: the reader's figure and its answer, back"
            );
            // A tax switch in between changes no text of the reader's either.
            calc.apply(Action::SetScope(Scope::Addon));
            calc.apply(Action::SetTaxIncluded(true));
            calc.apply(Action::SetTaxIncluded(false));
            calc.apply(Action::SetScope(Scope::Monthly));
            assert_eq!(
                (
                    calc.text(Field::Messages).to_owned(),
                    calc.text(Field::Budget).to_owned()
                ),
                (before.0.clone(), before.1.clone()),
                "{region} {typed:?} with a tax switch between"
            );
        }
    }
}

/// A switch that finds no figure to carry leaves the text as typed, and so does its reverse, even
/// when the text reads as a figure in the other scope. NT$1,000,000,000,000,000 of add-on messages
/// is more than the engine counts; as a monthly budget it buys the most it can, which used to be
/// carried back as add-on messages in place of the reader's budget.
#[test]
fn a_switch_from_a_text_with_no_figure_and_back_keeps_the_text() {
    let mut calc = on("TW", "2026-12-01");
    apply_all(
        &mut calc,
        &[
            Action::SetScope(Scope::Addon),
            budget("1,000,000,000,000,000"),
        ],
    );
    assert!(calc.error().is_some(), "too many add-on messages");
    calc.apply(Action::SetScope(Scope::Monthly));
    assert!(
        calc.outcome().is_some(),
        "a monthly budget that buys the most"
    );
    assert_eq!(
        calc.scope_carry(),
        None,
        "nothing was rewritten, so no line says so"
    );
    calc.apply(Action::SetScope(Scope::Addon));
    assert_eq!(
        (calc.source(), calc.text(Field::Budget)),
        (Field::Budget, "1,000,000,000,000,000")
    );
    assert!(calc.error().is_some(), "and it reads as before");
}

/// Point 2: 2,600 → 2,60 (End, Backspace) kept "NT$2,600 buys 12,000 messages" with no error shown.
#[test]
fn a_half_typed_number_shows_no_figure_for_the_text_it_was() {
    let mut calc = on("TW", "2026-12-01");
    apply_all(
        &mut calc,
        &[budget("2600"), Action::Leave(NumberField::Budget)],
    );
    assert_eq!(
        (calc.text(Field::Budget), calc.text(Field::Messages)),
        ("2,600", "12,000")
    );
    calc.apply(budget("2,60"));
    assert_eq!(calc.error_of(Field::Budget), None, "held back while typing");
    assert_eq!(calc.outcome(), None, "2,60 is not 2,600");
    assert_eq!(calc.text(Field::Messages), "", "no count for another text");
    calc.apply(Action::Leave(NumberField::Budget));
    assert!(
        calc.error_of(Field::Budget).is_some(),
        "left so, it says why"
    );
    assert_eq!(
        calc.text(Field::Budget),
        "2,60",
        "nothing typed is rewritten"
    );

    let mut calc = on("TW", "2026-12-01");
    apply_all(
        &mut calc,
        &[messages("12000"), Action::Leave(NumberField::Messages)],
    );
    calc.apply(messages("12,00"));
    assert_eq!(calc.error_of(Field::Messages), None);
    assert_eq!((calc.outcome(), calc.text(Field::Budget)), (None, ""));
}

/// Point 3: 1e5 showed "1 messages a month … NT$0" beside its error; a count over the limit the
/// answer for one ten times smaller.
#[test]
fn an_error_never_stands_beside_the_answer_for_its_readable_prefix() {
    let mut calc = on("TW", "2026-12-01");
    for text in ["1", "1e", "1e5"] {
        calc.apply(messages(text));
    }
    assert!(calc.error_of(Field::Messages).is_some());
    assert_eq!((calc.outcome(), calc.text(Field::Budget)), (None, ""));

    let mut calc = on("TW", "2026-12-01");
    calc.apply(messages("100,000,000,000,000"));
    assert!(calc.outcome().is_some());
    calc.apply(messages("100,000,000,000,0000"));
    calc.apply(messages("1000000000000000000"));
    assert!(calc.error_of(Field::Messages).is_some());
    assert_eq!((calc.outcome(), calc.text(Field::Budget)), (None, ""));
}

/// Point 4: the estimator's line stayed after both fields were cleared, or a count went negative.
#[test]
fn the_estimators_line_answers_its_fields_as_they_read_now() {
    let mut calc = on("TW", "2026-12-01");
    apply_all(&mut calc, &[friends("2,000"), broadcasts("6")]);
    assert!(calc.estimate().is_some());
    apply_all(&mut calc, &[friends(""), broadcasts("")]);
    assert_eq!(calc.estimate(), None, "cleared fields estimate nothing");
    assert!(!calc.estimate_superseded());

    let mut calc = on("TW", "2026-12-01");
    apply_all(
        &mut calc,
        &[friends("2,000"), broadcasts("6"), friends("-2,000")],
    );
    assert_eq!(calc.estimate(), None, "a negative count is no pair");
    assert!(calc.estimator_error_of(EstimatorField::Friends).is_some());

    // A switch of scope rewrites the messages field: the line no longer describes it; switched back,
    // the field holds the product again and the line says so (not "a figure of your own").
    let mut calc = on("TW", "2026-12-01");
    apply_all(
        &mut calc,
        &[
            friends("2,000"),
            broadcasts("6"),
            Action::SetScope(Scope::Addon),
        ],
    );
    assert_eq!(calc.estimate(), None);
    calc.apply(Action::SetScope(Scope::Monthly));
    assert_eq!(calc.estimate().map(|e| e.messages), Some(12_000));
    assert!(!calc.estimate_superseded());
}

/// Point 5: "NT$2,400 (upper estimate) … That is NT$200 more a month now": at least NT$200.
#[test]
fn an_increase_over_an_upper_estimate_is_at_least_that_much() {
    let mut calc = on("TW", "2026-12-01");
    apply_all(&mut calc, &[messages("12000"), Action::SetCompareOld(true)]);
    let change = calc.price_change().expect("both schedules price 12,000");
    assert_eq!(
        (change.current_confirmed, change.previous_confirmed),
        (true, false)
    );
    assert_eq!(change.difference, rust_decimal::Decimal::from(200));
    assert_eq!(change.difference_certainty, Some(Certainty::LowerEstimate));
}

/// Point 6: at equal cost the plan with more included messages (PRICING.md: Thailand at 20,000,
/// Basic and Pro both ฿1,780).
#[test]
fn at_equal_cost_the_plan_with_more_included_messages_is_suggested() {
    let mut calc = on("TH", "2026-12-01");
    calc.apply(messages("20,000"));
    assert_eq!(recommended(&calc), "pro");
    assert_eq!(calc.text(Field::Budget), "1,780");
    let outcome = calc.outcome().expect("an outcome");
    let tied: Vec<&str> = outcome
        .comparison
        .tied_with_recommended()
        .map(|index| &*outcome.comparison.bills[index].plan_id)
        .collect();
    assert_eq!(tied, ["basic"]);
    calc.apply(messages("19,999"));
    assert_eq!(recommended(&calc), "basic");
}

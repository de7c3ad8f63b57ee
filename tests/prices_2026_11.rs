//! Today's prices: Taiwan's 2026-11 schedule as the reader sees it, the schedule chosen by the reader's date,
//! and what changed for their count.
#![cfg(not(target_arch = "wasm32"))]

use line_oa_calc::calculator::{Action, Calculator, Certainty, Field, InputError, Scope};
use line_oa_calc::fields::NumberField;
use line_oa_calc::i18n::Lang;
use line_oa_calc::pricing::{
    addon_cost, addon_messages_for_budget, compare_plans, most_messages_for_budget, schedule_by_id,
    CalendarDate, NumberError, TaxView,
};
use proptest::prelude::*;
use rust_decimal::Decimal;

fn date(text: &str) -> CalendarDate {
    CalendarDate::parse(text).expect("a date")
}

fn dec(text: &str) -> Decimal {
    Decimal::from_str_exact(text).expect("a decimal")
}

fn on(day: &str, actions: &[Action]) -> Calculator {
    let mut calc = Calculator::new("TW", Lang::ZhTw, date(day)).expect("a Taiwan schedule");
    for action in actions {
        calc.apply(action.clone());
    }
    calc
}

fn today(actions: &[Action]) -> Calculator {
    on("2026-12-01", actions)
}

fn messages(text: &str) -> Action {
    Action::Type(NumberField::Messages, text.to_owned())
}

fn budget(text: &str) -> Action {
    Action::Type(NumberField::Budget, text.to_owned())
}

fn fees(calc: &Calculator) -> Vec<(String, Decimal)> {
    calc.schedule()
        .plans
        .iter()
        .map(|p| (p.id.to_string(), p.monthly_fee))
        .collect()
}

#[test]
fn today_the_page_prices_the_2026_11_fees() {
    let calc = today(&[]);
    assert_eq!(&*calc.schedule().id, "tw-2026-11");
    assert!(calc.shows_prices_in_force());
    assert_eq!(calc.upcoming(), None);
    assert_eq!(
        fees(&calc),
        [
            ("light".to_owned(), dec("0")),
            ("medium".to_owned(), dec("1000")),
            ("high".to_owned(), dec("1400"))
        ]
    );
    assert_eq!(
        calc.previous_schedule().map(|s| &*s.0.id),
        Some("tw-2023-09"),
        "old-vs-new compares today's prices with the ones before"
    );
}

#[test]
fn the_readers_date_picks_the_schedule_and_a_coming_one_is_announced_not_applied() {
    let before = on("2026-10-15", &[]);
    assert_eq!(&*before.schedule().id, "tw-2023-09");
    assert_eq!(fees(&before)[1].1, dec("800"));
    assert_eq!(
        before.upcoming().map(|s| &*s.0.id),
        Some("tw-2026-11"),
        "the change LINE announced is shown as coming"
    );
    let last_day = on("2026-10-31", &[messages("3,000")]);
    assert_eq!(last_day.text(Field::Budget), "800");
    let first_day = on("2026-11-01", &[messages("3,000")]);
    assert_eq!(first_day.text(Field::Budget), "1,000");
    assert_eq!(first_day.upcoming(), None);
    // Long ago: the 2019 prices.
    assert_eq!(&*on("2020-01-01", &[]).schedule().id, "tw-2019-04");
}

#[test]
fn a_coming_schedule_can_be_viewed_before_it_applies() {
    let calc = on(
        "2026-10-15",
        &[
            messages("3,000"),
            Action::SetSchedule("tw-2026-11".to_owned()),
        ],
    );
    assert_eq!(calc.text(Field::Budget), "1,000");
    assert!(!calc.shows_prices_in_force());
    assert_eq!(&*calc.in_force().id, "tw-2023-09");
    let back = on(
        "2026-10-15",
        &[
            messages("3,000"),
            Action::SetSchedule("tw-2026-11".to_owned()),
            Action::SetSchedule("tw-2023-09".to_owned()),
        ],
    );
    assert!(back.shows_prices_in_force());
    assert_eq!(back.text(Field::Budget), "800");
}

#[test]
fn the_worked_figures_of_the_2026_11_schedule() {
    // 100,000 a month on 高用量: 1,400 + 50,000 × 0.2 + 44,000 × 0.15.
    let calc = today(&[messages("100,000")]);
    assert_eq!(calc.text(Field::Budget), "18,000");
    let outcome = calc.outcome().expect("an outcome");
    assert_eq!(
        &*outcome.comparison.bills[outcome.focus_plan].plan_id,
        "high"
    );
    // Beyond 44,000 add-on messages the open counting basis can lower the amount (by at most NT$300).
    assert_eq!(outcome.certainty, Certainty::UpperEstimate);

    // A budget of NT$11,400.15 buys 56,001 messages: 1,400 + 10,000 for 56,000, then 0.15 more.
    let calc = today(&[budget("11,400.15")]);
    assert_eq!(calc.text(Field::Messages), "56,001");
    assert_eq!(
        calc.outcome().map(|o| o.certainty),
        Some(Certainty::LowerEstimate)
    );

    // The 變更上限 dialog: 94,000 add-on messages cost 50,000 × 0.2 + 44,000 × 0.15.
    let calc = today(&[Action::SetScope(Scope::Addon), messages("94,000")]);
    assert_eq!(calc.text(Field::Budget), "16,600");
    let calc = today(&[Action::SetScope(Scope::Addon), budget("16,600")]);
    assert_eq!(calc.text(Field::Messages), "94,000");
}

#[test]
fn amounts_up_to_44000_add_on_messages_are_exact() {
    let exact = |actions: &[Action]| {
        today(actions)
            .outcome()
            .map(|o| o.certainty)
            .expect("an outcome")
    };
    assert_eq!(exact(&[messages("12,000")]), Certainty::Exact);
    assert_eq!(exact(&[messages("50,000")]), Certainty::Exact);
    assert_eq!(exact(&[messages("50,001")]), Certainty::UpperEstimate);
    let addon = |text| [Action::SetScope(Scope::Addon), messages(text)];
    assert_eq!(exact(&addon("44,000")), Certainty::Exact);
    assert_eq!(exact(&addon("44,001")), Certainty::UpperEstimate);
    // The budget for exactly 44,000 add-on messages: the next message's price is open, so "at least".
    let budget_for = |text| [Action::SetScope(Scope::Addon), budget(text)];
    assert_eq!(exact(&budget_for("8,799.8")), Certainty::Exact);
    assert_eq!(exact(&budget_for("8,800")), Certainty::LowerEstimate);
}

#[test]
fn tier_edges_on_the_month_total() {
    let tw = schedule_by_id("tw-2026-11").unwrap();
    let bill = |total: u64| {
        let comparison = compare_plans(tw, total).unwrap();
        let high = comparison
            .bills
            .iter()
            .find(|b| b.plan_id == "high")
            .unwrap();
        high.total
    };
    assert_eq!(bill(6_000), dec("1400"));
    assert_eq!(bill(6_001), dec("1400.2"));
    assert_eq!(bill(56_000), dec("11400"));
    assert_eq!(bill(56_001), dec("11400.15"));
    let addon = tw.addon_dialog().unwrap().1;
    assert_eq!(addon_cost(addon, 50_000).unwrap().amount, dec("10000"));
    assert_eq!(addon_cost(addon, 50_001).unwrap().amount, dec("10000.15"));
    let lines = addon_cost(addon, 94_000).unwrap().lines;
    assert_eq!(
        lines
            .iter()
            .map(|l| (l.messages, l.subtotal))
            .collect::<Vec<_>>(),
        [(50_000, dec("10000")), (44_000, dec("6600"))]
    );
    // The inverse is maximal at the edges: one cent short of a message buys one fewer.
    let inverse = |amount: &str| {
        addon_messages_for_budget(addon, dec(amount), &tw.tax, TaxView::Excluded)
            .unwrap()
            .messages
    };
    assert_eq!(inverse("10000"), 50_000);
    assert_eq!(inverse("10000.14"), 50_000);
    assert_eq!(inverse("10000.15"), 50_001);
    assert_eq!(inverse("10000.3"), 50_002);
    let most = |amount: &str| {
        most_messages_for_budget(tw, dec(amount), TaxView::Excluded)
            .unwrap()
            .map(|pick| pick.messages)
    };
    assert_eq!(most("11400"), Some(56_000));
    assert_eq!(most("11400.14"), Some(56_000));
    assert_eq!(most("11400.15"), Some(56_001));
    // NT$1,000 is 中用量's fee: 3,000 messages; 高用量's 6,000 need NT$1,400.
    assert_eq!(most("1399.99"), Some(3_000));
    assert_eq!(most("1400"), Some(6_000));
}

#[test]
fn what_changed_for_the_readers_count() {
    let calc = today(&[Action::SetCompareOld(true), messages("12,000")]);
    let change = calc.price_change().expect("both schedules carry 12,000");
    // 2023-09: 1,200 + 6,000 × 0.2 (an upper estimate); 2026-11: 1,400 + 6,000 × 0.2.
    assert_eq!(change.previous_total, dec("2400"));
    assert_eq!(change.current_total, dec("2600"));
    assert_eq!(change.difference, dec("200"));
    assert!(
        !change.previous_confirmed,
        "the 2023-09 add-on tiers are unconfirmed"
    );
    assert!(
        change.current_confirmed,
        "12,000 on the 2026-11 prices is exact"
    );

    let medium = today(&[Action::SetCompareOld(true), messages("3,000")]);
    let change = medium.price_change().expect("a change");
    assert_eq!(
        (change.previous_total, change.current_total),
        (dec("800"), dec("1000"))
    );
    assert!(change.previous_confirmed && change.current_confirmed);

    let taxed = today(&[
        Action::SetCompareOld(true),
        Action::SetTaxIncluded(true),
        messages("3,000"),
    ]);
    assert_eq!(taxed.price_change().map(|c| c.difference), Some(dec("210")));
    assert_eq!(
        today(&[messages("3,000")]).price_change(),
        None,
        "only while compared"
    );
}

#[test]
fn the_seed_articles_old_to_new_table_stays_reproducible() {
    // 2019-04 → 2023-09, as the seed article compares them.
    let calc = today(&[
        Action::SetSchedule("tw-2023-09".to_owned()),
        Action::SetCompareOld(true),
        messages("4,000"),
    ]);
    assert_eq!(
        calc.previous_schedule().map(|s| &*s.0.id),
        Some("tw-2019-04")
    );
    let outcome = calc.outcome().expect("an outcome");
    let old = outcome.previous_comparison.as_ref().expect("the old table");
    let totals: Vec<(String, Decimal)> = old
        .bills
        .iter()
        .map(|b| (b.plan_id.to_string(), b.total))
        .collect();
    assert_eq!(totals[1], ("medium".to_owned(), dec("800")));
    assert_eq!(totals[2], ("high".to_owned(), dec("4000")));
    // On the 2023-09 prices the same 4,000 messages need 高用量 at NT$1,200.
    assert_eq!(calc.text(Field::Budget), "1,200");
}

#[test]
fn amounts_in_japan_read_yen_signs_and_units() {
    for text in ["¥5,000", "￥5,000", "5,000円"] {
        let calc = today(&[Action::SetRegion("JP".to_owned()), budget(text)]);
        assert_eq!(calc.error(), None, "{text:?}");
        assert_eq!(
            calc.text(Field::Messages),
            "5,000",
            "{text:?}: ライト's 5,000"
        );
    }
    let taiwan = today(&[budget("5,000円")]);
    assert!(matches!(
        taiwan.error(),
        Some(InputError::Number(NumberError::InvalidCharacter {
            ch: '円',
            ..
        }))
    ));
}

#[test]
fn a_kept_outcome_belongs_to_the_view_shown() {
    // Unreadable text in the source field, then a switch: no Taiwan bill may stay under ¥.
    let calc = today(&[
        messages("12,000"),
        messages("12,000x"),
        Action::SetRegion("JP".to_owned()),
    ]);
    assert!(calc.error().is_some());
    assert_eq!(calc.outcome(), None);
    assert_eq!(
        calc.text(Field::Budget),
        "",
        "the other field showed Taiwan's amount"
    );
    assert_eq!(
        calc.text(Field::Messages),
        "12,000x",
        "what the reader typed stays"
    );

    for switch in [
        Action::SetScope(Scope::Addon),
        Action::SetTaxIncluded(true),
        Action::SetSchedule("tw-2019-04".to_owned()),
    ] {
        let calc = today(&[messages("12,000"), messages("12,000x"), switch.clone()]);
        assert_eq!(calc.outcome(), None, "{switch:?}");
        assert_eq!(calc.text(Field::Budget), "", "{switch:?}");
    }
    // Without a switch no figure stays either (issue 21): 12,000x is not 12,000.
    let calc = today(&[messages("12,000"), messages("12,000x")]);
    assert_eq!(calc.text(Field::Budget), "");
    assert!(calc.outcome().is_none());
    assert_eq!(calc.source(), Field::Messages);
}

proptest! {
    /// Over both tiers: the add-on amount is the two tiers' sum, and the inverse of an amount is the largest
    /// count it pays for.
    #[test]
    fn both_tiers_price_and_invert_exactly(addon_messages in 0..2_000_000_u64) {
        let tw = schedule_by_id("tw-2026-11").unwrap();
        let addon = tw.addon_dialog().unwrap().1;
        let quote = addon_cost(addon, addon_messages).unwrap();
        let first = addon_messages.min(50_000);
        let rest = addon_messages - first;
        prop_assert_eq!(quote.amount, dec("0.2") * Decimal::from(first) + dec("0.15") * Decimal::from(rest));
        prop_assert_eq!(quote.confirmed, addon_messages <= 44_000);
        let back = addon_messages_for_budget(addon, quote.amount, &tw.tax, TaxView::Excluded).unwrap();
        prop_assert_eq!(back.messages, addon_messages);
        let short = quote.amount - dec("0.01");
        if addon_messages > 0 {
            let fewer = addon_messages_for_budget(addon, short, &tw.tax, TaxView::Excluded).unwrap();
            prop_assert_eq!(fewer.messages, addon_messages - 1);
        }
    }

    /// The month total on the cheapest plan never falls as the count grows, and 高用量 is cheapest from 6,001 on
    /// wherever 中用量 cannot carry the month.
    #[test]
    fn monthly_bills_grow_with_the_count(total in 0..500_000_u64) {
        let tw = schedule_by_id("tw-2026-11").unwrap();
        let pick = |n| {
            let c = compare_plans(tw, n).unwrap();
            c.recommended.map(|i| c.bills[i].total)
        };
        prop_assert!(pick(total) <= pick(total + 1));
        if total > 3_000 {
            let c = compare_plans(tw, total).unwrap();
            prop_assert_eq!(c.recommended.map(|i| &*c.bills[i].plan_id), Some("high"));
        }
    }
}

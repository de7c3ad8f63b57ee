//! The month planner's logic (src/planner.rs): the done-when figures of issues 13 and 20, the 1st of the
//! month, a past run-out, the cap's run-out, every region's mid-month rules, bad input, and properties.
#![cfg(not(target_arch = "wasm32"))]

use line_oa_calc::calculator::{Action, Calculator};
use line_oa_calc::fields::NumberField;
use line_oa_calc::i18n::Lang;
use line_oa_calc::planner::{
    cheapest, projected, run_out_day, Month, OptionKind, PlanOption, Planner, PlannerAction,
    PlannerError, PlannerView,
};
use line_oa_calc::pricing::{
    self, monthly_bill, parse_schedule, schedule_by_id, validate, CalendarDate, ChangeBilling,
    NumberError, ScheduleFault,
};
use line_oa_calc::share::{self, UrlState};
use proptest::prelude::*;
use rust_decimal::Decimal;

fn date(text: &str) -> CalendarDate {
    CalendarDate::parse(text).expect("a date")
}

fn planner(plan: &str, used: &str, cap: &str, on: &str) -> Planner {
    let mut planner = Planner::default();
    planner.apply(PlannerAction::SetPlan(plan.into()));
    planner.type_in(NumberField::PlannerUsed, used.into());
    planner.type_in(NumberField::PlannerCap, cap.into());
    planner.apply(PlannerAction::SetDate(on.into()));
    planner
}

fn view(region: &str, plan: &str, used: &str, cap: &str, on: &str) -> PlannerView {
    planner(plan, used, cap, on).view(region, date("2026-12-01"), None)
}

fn month(view: &PlannerView) -> &Month {
    view.month.as_ref().expect("a month")
}

fn upgrade_to<'a>(month: &'a Month, plan: &str) -> &'a PlanOption {
    month
        .options
        .iter()
        .find(|o| matches!(&o.kind, OptionKind::Upgrade { plan: p, .. } if p.id == plan))
        .expect("an upgrade option")
}

#[test]
fn medium_at_2220_on_2026_08_16_runs_out_on_the_21st_on_the_2023_09_prices() {
    let view = view("TW", "medium", "2,220", "", "2026-08-16");
    assert_eq!(view.schedule.map(|s| &*s.id), Some("tw-2023-09"));
    let month = month(&view);
    assert_eq!(month.days_counted, 15);
    assert_eq!(month.projected, Some(4_588));
    assert_eq!(month.runs_out, Some(date("2026-08-21")));
    assert_eq!(month.bill, Some((Decimal::from(800), true)));
    // Send fewer: 4,588 − 3,000, and 780 can still go out.
    assert!(matches!(
        month.options[0].kind,
        OptionKind::SendFewer {
            fewer: 1_588,
            left: 780,
            broadcasts: None
        }
    ));
    let high = upgrade_to(month, "high");
    assert_eq!(high.this_month, Some(Decimal::from(1_200)));
    assert!(!high.estimate, "cacafly's rule is for the 2023-09 plans");
    assert_eq!(
        high.next_month.map(|next| next.amount),
        Some(Decimal::from(1_200))
    );
    assert_eq!(
        month.cheapest.map(|i| &month.options[i]),
        Some(high),
        "the upgrade is the only way to send the whole month"
    );
}

#[test]
fn the_same_count_on_2026_11_16_uses_the_2026_11_prices_and_marks_the_rule_unconfirmed() {
    let view = view("TW", "medium", "2220", "", "2026-11-16");
    assert_eq!(view.schedule.map(|s| &*s.id), Some("tw-2026-11"));
    let month = month(&view);
    assert_eq!(month.projected, Some(4_440));
    assert_eq!(month.runs_out, Some(date("2026-11-21")));
    let high = upgrade_to(month, "high");
    assert_eq!(high.this_month, Some(Decimal::from(1_400)));
    assert!(high.estimate, "the top-up rule is unconfirmed for 2026-11");
}

#[test]
fn the_next_months_cost_is_priced_on_next_months_schedule() {
    // 2026-10-16 is on the 2023-09 prices; November's are 2026-11's (高用量 NT$1,400).
    let view = view("TW", "medium", "2,220", "", "2026-10-16");
    let high = upgrade_to(month(&view), "high");
    assert_eq!(high.this_month, Some(Decimal::from(1_200)));
    assert_eq!(
        high.next_month.map(|next| next.amount),
        Some(Decimal::from(1_400))
    );
}

#[test]
fn on_the_first_there_is_no_projection() {
    let view = view("TW", "medium", "0", "", "2026-08-01");
    let month = month(&view);
    assert_eq!(month.days_counted, 0);
    assert_eq!(month.projected, None);
    assert_eq!(month.runs_out, None);
    assert!(month.options.is_empty());
}

#[test]
fn a_run_out_day_can_be_past_and_a_count_beyond_the_plan_is_an_error() {
    let view = view("TW", "medium", "3,000", "", "2026-08-25");
    assert_eq!(month(&view).runs_out, Some(date("2026-08-24")));
    let over = self::view("TW", "medium", "3,001", "", "2026-08-25");
    assert_eq!(
        over.used_error,
        Some(PlannerError::BeyondPlan { max: 3_000 })
    );
    assert!(over.month.is_none());
}

#[test]
fn with_a_cap_the_cap_runs_out_too_and_the_cap_to_set_is_priced_by_the_engine() {
    let view = view("TW", "high", "5,000", "1,000", "2026-11-16");
    let month = month(&view);
    assert_eq!(month.projected, Some(10_000));
    assert_eq!(month.runs_out, Some(date("2026-11-18")));
    assert_eq!(month.cap_runs_out, Some(date("2026-11-21")));
    let high = schedule_by_id("tw-2026-11").unwrap().plan("high").unwrap();
    // As set: 7,000 messages this month.
    assert_eq!(
        month.bill.map(|b| b.0),
        Some(monthly_bill(high, 7_000).unwrap().total)
    );
    let addon = high.addon.as_ref().unwrap();
    let set_cap = month
        .options
        .iter()
        .find(|o| matches!(o.kind, OptionKind::SetCap { .. }))
        .expect("a cap option");
    assert_eq!(
        set_cap.kind,
        OptionKind::SetCap {
            cap: 4_000,
            amount: pricing::addon_cost(addon, 4_000).unwrap().amount
        }
    );
    assert_eq!(
        set_cap.this_month,
        Some(monthly_bill(high, 10_000).unwrap().total)
    );
    assert_eq!(month.cheapest.map(|i| &month.options[i]), Some(set_cap));
    // More sent than the plan and cap allow.
    let over = self::view("TW", "high", "7,001", "1,000", "2026-11-16");
    assert_eq!(
        over.used_error,
        Some(PlannerError::BeyondPlan { max: 7_000 })
    );
}

#[test]
fn send_fewer_counts_broadcasts_with_the_estimators_friends() {
    let planner = planner("medium", "2,220", "", "2026-08-16");
    let view = planner.view("TW", date("2026-12-01"), Some(400));
    assert!(matches!(
        month(&view).options[0].kind,
        OptionKind::SendFewer {
            fewer: 1_588,
            left: 780,
            broadcasts: Some((400, 4, 1))
        }
    ));
}

#[test]
fn taiwan_free_to_paid_is_prorated_by_the_days_left_and_marked_an_estimate() {
    // 輕用量, 150 on 2026-11-11 (10 days): 450 projected; 20 of 30 days left.
    let view = view("TW", "light", "150", "", "2026-11-11");
    let month = month(&view);
    assert_eq!(month.projected, Some(450));
    let medium = upgrade_to(month, "medium");
    let Some(OptionKind::Upgrade {
        rule: Some(rule), ..
    }) = Some(&medium.kind)
    else {
        panic!("a sourced rule");
    };
    assert_eq!(rule.billing, ChangeBilling::Prorated);
    assert_eq!(rule.source.url, "https://tw.linebiz.com/faq/oa-additional/");
    let (fee, _) = pricing::prorated_month(
        schedule_by_id("tw-2026-11")
            .unwrap()
            .plan("medium")
            .unwrap(),
        20,
        30,
    )
    .unwrap();
    assert_eq!(medium.this_month, Some(fee));
    assert!(medium.estimate && medium.sends_all);
}

#[test]
fn japan_and_thailand_upgrades_are_not_prorated_and_give_no_amount() {
    for (region, from, to, on) in [
        ("JP", "communication", "light", "2026-11-16"),
        ("JP", "communication", "standard", "2026-09-16"),
        ("JP", "light", "standard", "2026-11-16"),
        ("TH", "free", "basic", "2026-11-16"),
        ("TH", "basic", "pro", "2026-11-16"),
    ] {
        let used = match from {
            "light" => "4,000",
            "basic" => "9,000",
            _ => "190",
        };
        let view = view(region, from, used, "", on);
        let option = upgrade_to(month(&view), to);
        assert_eq!(option.this_month, None, "{region} {from} → {to}");
        assert!(!option.sends_all);
        assert!(option.next_month.is_some(), "next month is the plain price");
    }
    for schedule in pricing::shipped_schedules()
        .iter()
        .filter(|s| s.region != "TW")
    {
        assert!(
            schedule
                .plan_changes
                .iter()
                .all(|rule| rule.billing == ChangeBilling::Unknown && !rule.confirmed),
            "{}: day-proration was abolished on 2023-02-01",
            schedule.id
        );
    }
}

#[test]
fn unreadable_input_waits_while_a_number_is_being_typed_and_shows_once_left() {
    let mut planner = planner("medium", "2", "", "2026-08-16");
    planner.type_in(NumberField::PlannerUsed, "2,".into());
    let view = planner.view("TW", date("2026-12-01"), None);
    assert_eq!(view.used_error, None);
    assert_eq!(
        view.month, None,
        "no projection for 2 while the field reads 2,: never the last readable prefix"
    );
    planner.leave(NumberField::PlannerUsed);
    let view = planner.view("TW", date("2026-12-01"), None);
    assert_eq!(
        view.used_error,
        Some(PlannerError::Number(NumberError::MisplacedSeparator))
    );
    // A cap half typed is no cap: the month is not priced as if none were set.
    let mut capped = self::planner("high", "6,500", "1,0", "2026-11-16");
    assert_eq!(capped.view("TW", date("2026-12-01"), None).month, None);
    capped.type_in(NumberField::PlannerCap, "1,000".into());
    assert!(capped.view("TW", date("2026-12-01"), None).month.is_some());
    planner.type_in(NumberField::PlannerUsed, "12a".into());
    assert!(matches!(
        planner.view("TW", date("2026-12-01"), None).used_error,
        Some(PlannerError::Number(NumberError::InvalidCharacter { .. }))
    ));
    assert_eq!(
        planner.entry(NumberField::PlannerUsed).map(|e| e.text()),
        Some("12a"),
        "what was typed is kept"
    );
    let bad_date = self::view("TW", "medium", "100", "", "2026-02-30");
    assert_eq!(bad_date.date_error, Some(PlannerError::BadDate));
    let before_any = self::view("TW", "medium", "100", "", "2001-05-10");
    assert_eq!(before_any.date_error, Some(PlannerError::NoSchedule));
    // Full-width digits and units read as in every field.
    assert_eq!(
        month(&self::view(
            "TW",
            "medium",
            "２，２２０則",
            "",
            "2026-08-16"
        ))
        .projected,
        Some(4_588)
    );
}

#[test]
fn at_equal_cost_the_option_leaving_more_included_messages_is_cheapest_and_the_tie_is_named() {
    let option = |cost: i64, included: u64| PlanOption {
        kind: OptionKind::SetCap {
            cap: 0,
            amount: Decimal::ZERO,
        },
        this_month: Some(Decimal::from(cost)),
        estimate: false,
        next_month: None,
        sends_all: true,
        included,
    };
    let options = [
        option(1_780, 15_000),
        option(1_780, 35_000),
        option(1_900, 50_000),
    ];
    assert_eq!(cheapest(&options), (Some(1), Some(0)));
    assert_eq!(cheapest(&options[1..]), (Some(0), None));
}

#[test]
fn the_planner_round_trips_through_the_url() {
    let query = [
        ("plan", "high"),
        ("used", "5,000"),
        ("cap", "1,000"),
        ("date", "2026-11-16"),
    ];
    let get = |key: &str| {
        query
            .iter()
            .find(|(k, _)| *k == key)
            .map(|(_, v)| v.to_string())
    };
    let state = UrlState::read(get);
    let mut calc = Calculator::new("TW", Lang::En, date("2026-12-01")).unwrap();
    state.actions().into_iter().for_each(|a| calc.apply(a));
    let pairs = share::view_pairs(&calc);
    let expected: Vec<(&str, String)> = query.iter().map(|(k, v)| (*k, v.to_string())).collect();
    assert!(pairs.ends_with(&expected), "{pairs:?}");
    // A count without a date is shared with the day it was read on.
    let mut calc = Calculator::new("TW", Lang::default(), date("2026-12-09")).unwrap();
    calc.apply(Action::Type(NumberField::PlannerUsed, "900".into()));
    assert_eq!(
        share::view_pairs(&calc),
        [
            ("used", "900".to_owned()),
            ("date", "2026-12-09".to_owned())
        ]
    );
    // Unreadable values are not read.
    let hostile = [("plan", "<b>"), ("used", "-3"), ("date", "2026-13-01")];
    let get = |key: &str| {
        hostile
            .iter()
            .find(|(k, _)| *k == key)
            .map(|(_, v)| v.to_string())
    };
    assert!(UrlState::read(get).planner.is_empty());
}

#[test]
fn a_plan_change_rule_must_name_plans_of_its_schedule() {
    let json = std::fs::read_to_string("assets/schedules/tw-2023-09.json").unwrap();
    let broken = json.replacen(r#""from": "medium""#, r#""from": "mediun""#, 1);
    assert!(matches!(
        parse_schedule("tw-2023-09.json", &broken)
            .unwrap_err()
            .fault,
        ScheduleFault::PlanChange { .. }
    ));
    // cacafly's confirmed rule cannot become a confirmed unknown.
    let unknown = json.replacen(r#""billing": "top_up""#, r#""billing": "unknown""#, 1);
    assert!(parse_schedule("tw-2023-09.json", &unknown).is_err());
    let shipped = parse_schedule("tw-2023-09.json", &json).unwrap();
    assert!(validate("tw-2023-09.json", &shipped).is_ok());
}

proptest! {
    #[test]
    fn the_projection_is_at_least_the_count_and_grows_with_it(
        used in 0..10_000_000_u64, more in 0..1_000_u64, day in 2..=31_u8,
    ) {
        let days = day - 1;
        for dim in [28_u8, 29, 30, 31].into_iter().filter(|dim| *dim >= day) {
            let p = projected(used, days, dim).unwrap();
            prop_assert!(p >= used);
            prop_assert!(projected(used + more, days, dim).unwrap() >= p);
        }
    }

    #[test]
    fn the_run_out_day_is_no_later_as_the_count_grows(
        allowance in 1..100_000_u64, used in 1..1_000_000_u64, more in 0..10_000_u64, day in 2..=31_u8,
    ) {
        let later = |used| run_out_day(allowance, used, day - 1, 31).unwrap_or(u8::MAX);
        prop_assert!(later(used + more) <= later(used));
    }

    /// Whatever count the reader types, from a few to the largest the fields take, on any day after the
    /// 1st: the planner answers with a month or says why not beside a field; never neither.
    #[test]
    fn a_readable_count_gets_a_month_or_a_message(
        used in prop_oneof![0..40_000_u64, 1_000_000_000_000..=1_000_000_000_000_000_u64],
        cap in proptest::option::of(prop_oneof![0..100_000_u64, 1_000_000_000_000..=1_000_000_000_000_000_u64]),
        day in 2..=30_u8, plan in 0..3_usize,
    ) {
        for (region, id, month) in [("TW", "tw-2026-11", "2026-11"), ("JP", "jp-2026-10", "2026-10")] {
            let schedule = schedule_by_id(id).unwrap();
            let plan = &schedule.plans[plan];
            let cap_text = cap.map(|c| c.to_string()).unwrap_or_default();
            let on = format!("{month}-{day:02}");
            let answer = |used: u64| view(region, &plan.id, &used.to_string(), &cap_text, &on);
            let view = answer(used);
            prop_assert!(
                view.month.is_some() || view.used_error.is_some() || view.cap_error.is_some(),
                "no month and no message for {} on {} ({})", used, on, plan.id
            );
            // The largest count a message names can be planned; one more cannot.
            if let Some(PlannerError::Number(NumberError::TooLarge { max })) = view.used_error {
                prop_assert!(answer(max).month.is_some(), "{} named as plannable on {}", max, on);
                prop_assert!(answer(max + 1).month.is_none());
            }
        }
    }

    #[test]
    fn every_options_cost_is_the_engines_bill(
        used in 0..40_000_u64, day in 1..=30_u8, plan in 0..3_usize, cap in proptest::option::of(0..100_000_u64),
        on_2026 in any::<bool>(),
    ) {
        let (region_date, id) = if on_2026 { ("2026-11", "tw-2026-11") } else { ("2026-09", "tw-2023-09") };
        let schedule = schedule_by_id(id).unwrap();
        let plan = &schedule.plans[plan];
        let on = format!("{region_date}-{day:02}");
        let cap_text = cap.map(|c| c.to_string()).unwrap_or_default();
        let view = view("TW", &plan.id, &used.to_string(), &cap_text, &on);
        let Some(month) = view.month else { return Ok(()); };
        let Some(projected) = month.projected else { return Ok(()); };
        for option in &month.options {
            match &option.kind {
                OptionKind::SetCap { .. } => {
                    prop_assert_eq!(option.this_month, Some(monthly_bill(plan, projected).unwrap().total));
                }
                OptionKind::SendFewer { fewer, .. } => {
                    let sent = projected - fewer;
                    prop_assert_eq!(option.this_month, Some(monthly_bill(plan, sent).unwrap().total));
                }
                OptionKind::Upgrade { plan: bigger, rule } => {
                    if rule.is_some_and(|r| r.billing == ChangeBilling::TopUp) {
                        prop_assert_eq!(option.this_month, Some(monthly_bill(bigger, projected).unwrap().total));
                    }
                }
            }
        }
    }
}

#[test]
fn every_language_has_every_planner_sentence_with_the_same_holes() {
    use line_oa_calc::i18n::Template;
    let templates = |lang: Lang| {
        let p = lang.planner();
        [
            p.beyond_plan,
            p.counted,
            p.projected,
            p.runs_out,
            p.ran_out,
            p.cap_runs_out,
            p.month_cost,
            p.fewer,
            p.fewer_broadcasts,
            p.set_cap,
            p.upgrade,
            p.this_month,
            p.next_month,
            p.tie,
            p.keep_plan,
        ]
        .map(Template::holes)
    };
    for lang in Lang::ALL {
        assert_eq!(templates(lang), templates(Lang::ZhTw), "{lang:?}");
        let p = lang.planner();
        for text in [
            p.title,
            p.intro,
            p.first_day,
            p.not_confirmed,
            p.cheapest,
            p.lasts,
        ] {
            assert!(!text.trim().is_empty(), "{lang:?}");
        }
    }
}

//! Schedule data: every shipped file validates and states only PRICING.md's facts; one malformed fixture per
//! validation rule is rejected with exactly that fault.
#![cfg(not(target_arch = "wasm32"))]

use line_oa_calc::pricing::{
    parse_schedule, region_schedules, schedule_by_id, shipped_schedule_errors, shipped_schedules,
    CalendarDate, ScheduleFault, TierFault, MAX_AMOUNT, REQUIRED_LANGUAGES,
};
use rust_decimal::Decimal;
use serde_json::{json, Value};

fn dec(s: &str) -> Decimal {
    Decimal::from_str_exact(s).unwrap()
}

#[test]
fn every_shipped_file_validates() {
    assert_eq!(shipped_schedule_errors(), &[], "broken shipped schedule");
    let files = std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/assets/schedules"))
        .unwrap()
        .filter(|e| {
            e.as_ref()
                .unwrap()
                .path()
                .extension()
                .is_some_and(|x| x == "json")
        })
        .count();
    assert_eq!(
        shipped_schedules().len(),
        files,
        "every json file is embedded and loads"
    );
    let mut ids: Vec<&str> = shipped_schedules().iter().map(|s| &*s.id).collect();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(
        ids.len(),
        shipped_schedules().len(),
        "schedule ids are unique"
    );
    for s in shipped_schedules() {
        assert!(!s.sources.is_empty(), "{} cites its sources", s.id);
        for lang in REQUIRED_LANGUAGES {
            assert!(!s.name.text(lang).is_empty());
        }
        // A schedule with an unconfirmed tier must say what is unconfirmed.
        if !s.fully_confirmed() {
            assert!(
                !s.unconfirmed.is_empty(),
                "{} has unconfirmed tiers but no note",
                s.id
            );
        }
    }
}

/// build.rs compiles the JSON into Rust so the bundle carries no JSON parser; this keeps that
/// translation honest: every file, read by the typed, strict parser, equals what shipped.
#[test]
fn compiled_schedules_equal_their_json_files() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/assets/schedules");
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    files.sort();
    let parsed: Vec<_> = files
        .iter()
        .map(|path| {
            let name = path.file_name().unwrap().to_str().unwrap();
            parse_schedule(name, &std::fs::read_to_string(path).unwrap())
                .unwrap_or_else(|e| panic!("{e}"))
        })
        .collect();
    assert_eq!(parsed.as_slice(), shipped_schedules());
}

/// (fee, included, add-on tiers as (first, last, price, confirmed)) per plan.
type PlanFacts<'a> = (
    &'a str,
    &'a str,
    u64,
    Option<Vec<(u64, Option<u64>, &'a str, bool)>>,
);

fn assert_plans(id: &str, expected: &[PlanFacts]) {
    let schedule = schedule_by_id(id).unwrap();
    assert_eq!(schedule.plans.len(), expected.len());
    for (plan, (pid, fee, included, tiers)) in schedule.plans.iter().zip(expected) {
        assert_eq!(
            (&*plan.id, plan.monthly_fee, plan.included_messages),
            (*pid, dec(fee), *included)
        );
        let actual = plan.addon.as_ref().map(|a| {
            a.tiers
                .iter()
                .map(|t| (t.first, t.last, t.unit_price, t.confirmed))
                .collect::<Vec<_>>()
        });
        let expected = tiers
            .as_ref()
            .map(|ts| ts.iter().map(|(f, l, p, c)| (*f, *l, dec(p), *c)).collect());
        assert_eq!(actual, expected, "{id} {pid}");
    }
}

#[test]
fn taiwan_2023_09_states_pricing_md() {
    let tw = schedule_by_id("tw-2023-09").unwrap();
    assert_eq!(
        (&*tw.region, &*tw.currency.code, &*tw.currency.symbol),
        ("TW", "TWD", "NT$")
    );
    assert_eq!(
        (tw.tax.rate, tw.tax.prices_exclude_tax),
        (dec("0.05"), true)
    );
    assert_eq!(
        (&*tw.effective_from, tw.effective_to.as_deref()),
        ("2023-09-01", Some("2026-10-31"))
    );
    assert_eq!(tw.addon_dialog_plan, "high");
    assert_plans(
        "tw-2023-09",
        &[
            ("light", "0", 200, None),
            ("medium", "800", 3_000, None),
            // Only the starting price is confirmed: one unconfirmed tier at it, an upper bound on cost.
            ("high", "1200", 6_000, Some(vec![(1, None, "0.2", false)])),
        ],
    );
    assert!(tw.unconfirmed[0].text("zh-TW").contains("NT$0.2"));
    assert!(tw.unconfirmed[0].text("en").contains("upper-bound"));
}

#[test]
fn taiwan_2026_11_states_pricing_md() {
    let tw = schedule_by_id("tw-2026-11").unwrap();
    assert_eq!(
        (&*tw.effective_from, tw.effective_to.as_deref()),
        ("2026-11-01", None)
    );
    assert_eq!(
        (tw.tax.rate, tw.tax.prices_exclude_tax),
        (dec("0.05"), true)
    );
    assert_eq!(tw.addon_dialog_plan, "high");
    assert_plans(
        "tw-2026-11",
        &[
            ("light", "0", 200, None),
            ("medium", "1000", 3_000, None),
            // Both prices confirmed; only where the first tier ends is open (see below).
            (
                "high",
                "1400",
                6_000,
                Some(vec![
                    (1, Some(50_000), "0.2", true),
                    (50_001, None, "0.15", true),
                ]),
            ),
        ],
    );
    let tiers = &tw.plan("high").unwrap().addon.as_ref().unwrap().tiers;
    let doubt = tiers[0]
        .end_doubt
        .as_ref()
        .expect("the counting basis is open");
    // On the month's-total reading the NT$0.2 tier would end 6,000 (the included messages) earlier.
    assert_eq!(doubt.after, 50_000 - 6_000);
    assert!(doubt.note.text("zh-TW").contains("NT$300"));
    assert!(doubt.note.text("en").contains("NT$300"));
    assert!(tiers[1].end_doubt.is_none());
    assert!(!tw.fully_confirmed());
    assert!(
        tw.source_note.is_some(),
        "says how the figures are established"
    );
    assert!(tw
        .sources
        .iter()
        .any(|s| s.url == "https://tw.linebiz.com/column/LINEOA-2026-Price-Plan/"));
}

#[test]
fn japan_2026_10_and_thailand_state_their_sources() {
    let jp = schedule_by_id("jp-2026-10").unwrap();
    assert_eq!(
        (&*jp.effective_from, jp.effective_to.as_deref()),
        ("2026-10-01", None)
    );
    assert_plans(
        "jp-2026-10",
        &[
            ("communication", "0", 200, None),
            ("light", "5000", 5_000, None),
            (
                "standard",
                "15000",
                30_000,
                Some(vec![
                    (1, Some(200_000), "3", true),
                    (200_001, None, "2.5", true),
                ]),
            ),
        ],
    );
    assert_eq!(
        schedule_by_id("jp-2023-06")
            .unwrap()
            .effective_to
            .as_deref(),
        Some("2026-09-30")
    );
    let th = schedule_by_id("th-2024-08").unwrap();
    assert_eq!((&*th.currency.code, th.tax.rate), ("THB", dec("0.07")));
    assert_plans(
        "th-2024-08",
        &[
            ("free", "0", 300, None),
            ("basic", "1280", 15_000, Some(vec![(1, None, "0.1", true)])),
            ("pro", "1780", 35_000, Some(vec![(1, None, "0.06", true)])),
        ],
    );
    for schedule in [jp, th] {
        assert!(
            schedule.source_note.is_some(),
            "{} says how it is sourced",
            schedule.id
        );
    }
}

#[test]
fn a_regions_schedules_follow_each_other_day_by_day() {
    let mut regions: Vec<&str> = shipped_schedules().iter().map(|s| &*s.region).collect();
    regions.dedup();
    for region in regions {
        let schedules: Vec<_> = region_schedules(region).collect();
        for pair in schedules.windows(2) {
            let end = pair[0]
                .effective_to
                .as_deref()
                .and_then(CalendarDate::parse);
            let next_start = CalendarDate::parse(&pair[1].effective_from);
            assert_eq!(
                end.and_then(CalendarDate::next_day),
                next_start,
                "{} must end the day before {} starts",
                pair[0].id,
                pair[1].id
            );
        }
        let last = schedules.last().expect("a region has schedules");
        assert_eq!(
            last.effective_to, None,
            "{}: the newest is open-ended",
            last.id
        );
    }
}

#[test]
fn sources_links_and_affixes_are_checked() {
    assert!(matches!(
        fault_of(|v| v["sources"][0]["url"] = json!("javascript:alert(1)")),
        ScheduleFault::SourceNotHttps { .. }
    ));
    assert!(matches!(
        fault_of(|v| v["sources"][0]["url"] = json!("http://example.com/")),
        ScheduleFault::SourceNotHttps { .. }
    ));
    assert_eq!(
        fault_of(|v| v["sources"][0]["checked"] = json!("yesterday")),
        ScheduleFault::BadDate {
            field: "sources.checked",
            value: "yesterday".to_owned()
        }
    );
    for signs in [json!(["¥", ""]), json!(["JP", "JP¥", "¥"]), json!(["￥"])] {
        assert!(
            matches!(
                fault_of(|v| v["currency"]["signs"] = signs.clone()),
                ScheduleFault::CurrencyAffixes { .. }
            ),
            "{signs}"
        );
    }
    assert!(matches!(
        fault_of(|v| v["currency"]["units"] = json!(["円", "万円"])),
        ScheduleFault::CurrencyAffixes { .. }
    ));
}

#[test]
fn an_end_doubt_must_lie_inside_its_tier() {
    let doubt = |after: u64| json!({ "after": after, "note": { "zh-TW": "未確認。", "en": "Open.", "ja": "未確認です。" } });
    let with = |after: u64| move |v: &mut Value| tiers(v)[0]["end_doubt"] = doubt(after);
    let mut v = base();
    with(20_000)(&mut v);
    let schedule = parse_schedule("fixture.json", &v.to_string()).expect("valid");
    let addon = schedule.addon_dialog().unwrap().1;
    assert_eq!(addon.doubts_for(20_000).count(), 0);
    assert_eq!(addon.doubts_for(20_001).count(), 1);
    for after in [0, 50_000, 60_000] {
        assert_eq!(
            fault_of(with(after)),
            ScheduleFault::EndDoubtOutsideTier {
                plan: "standard".to_owned(),
                index: 0
            },
            "after {after}"
        );
    }
    assert!(
        matches!(
            fault_of(|v| tiers(v)[1]["end_doubt"] = doubt(60_000)),
            ScheduleFault::EndDoubtOutsideTier { .. }
        ),
        "an unbounded tier has no end to doubt"
    );
    assert!(matches!(
        fault_of(
            |v| tiers(v)[0]["end_doubt"] = json!({ "after": 20000, "note": { "en": "Open." } })
        ),
        ScheduleFault::MissingLanguage { .. }
    ));
}

#[test]
fn taiwan_2019_04_states_pricing_md() {
    let old = schedule_by_id("tw-2019-04").unwrap();
    assert_eq!(
        (&*old.effective_from, old.effective_to.as_deref()),
        ("2019-04-18", Some("2023-08-31"))
    );
    assert_plans(
        "tw-2019-04",
        &[
            ("light", "0", 500, None),
            ("medium", "800", 4_000, Some(vec![(1, None, "0.2", true)])),
            ("high", "4000", 25_000, Some(vec![(1, None, "0.15", false)])),
        ],
    );
}

/// A valid multi-tier schedule (Japan-like, from PRICING.md's worked example) that each fault test breaks once.
fn base() -> Value {
    json!({
        "id": "jp-fixture",
        "name": { "zh-TW": "日本", "en": "Japan", "ja": "日本" },
        "region_name": { "zh-TW": "日本", "en": "Japan", "ja": "日本" },
        "region": "JP",
        "currency": { "code": "JPY", "symbol": "¥", "decimals": 0, "signs": ["¥", "￥"], "units": ["円"] },
        "tax": { "rate": "0.1", "prices_exclude_tax": true, "name": { "zh-TW": "消費稅", "en": "consumption tax", "ja": "消費税" } },
        "effective_from": "2023-06-01",
        "effective_to": null,
        "sources": [{ "title": "LINE Developers", "url": "https://developers.line.biz/en/docs/messaging-api/pricing/", "checked": "2026-12-01" }],
        "addon_dialog_plan": "standard",
        "unconfirmed": [{ "zh-TW": "第二級距的終點未確認。", "en": "Where the second tier ends is unconfirmed.", "ja": "第2段階の終わりは未確認です。" }],
        "plans": [
            { "id": "free", "name": { "zh-TW": "免費", "en": "Communication", "ja": "コミュニケーション" }, "monthly_fee": "0", "included_messages": 200, "addon": null },
            { "id": "light", "name": { "zh-TW": "輕", "en": "Light", "ja": "ライト" }, "monthly_fee": "5000", "included_messages": 5000 },
            { "id": "standard", "name": { "zh-TW": "標準", "en": "Standard", "ja": "スタンダード" }, "monthly_fee": "15000", "included_messages": 30000,
              "addon": { "tiers": [
                { "first": 1, "last": 50000, "unit_price": "3", "confirmed": true },
                { "first": 50001, "last": null, "unit_price": "2.8", "confirmed": false }
              ] } }
        ]
    })
}

fn fault_of(edit: impl FnOnce(&mut Value)) -> ScheduleFault {
    let mut value = base();
    edit(&mut value);
    let err = parse_schedule("fixture.json", &value.to_string()).unwrap_err();
    assert_eq!(err.file, "fixture.json");
    assert!(
        err.to_string().starts_with("schedule file fixture.json: "),
        "{err}"
    );
    err.fault
}

fn tier_fault(edit: impl FnOnce(&mut Value)) -> TierFault {
    match fault_of(edit) {
        ScheduleFault::Tiers { plan, fault } if plan == "standard" => fault,
        other => panic!("expected a tier fault, got {other:?}"),
    }
}

fn tiers(v: &mut Value) -> &mut Value {
    &mut v["plans"][2]["addon"]["tiers"]
}

#[test]
fn base_fixture_is_valid() {
    let schedule = parse_schedule("fixture.json", &base().to_string()).unwrap();
    assert_eq!(
        schedule.plans[2].addon.as_ref().unwrap().tiers[1].unit_price,
        dec("2.8")
    );
}

#[test]
fn tier_faults_are_rejected() {
    assert_eq!(
        tier_fault(|v| tiers(v)[0]["first"] = json!(2)),
        TierFault::FirstNotAtOne { first: 2 }
    );
    assert_eq!(
        tier_fault(|v| tiers(v)[1]["first"] = json!(50002)),
        TierFault::Gap {
            index: 1,
            expected: 50001,
            found: 50002
        }
    );
    assert_eq!(
        tier_fault(|v| tiers(v)[1]["first"] = json!(50000)),
        TierFault::Overlap {
            index: 1,
            expected: 50001,
            found: 50000
        }
    );
    assert_eq!(
        tier_fault(|v| tiers(v)[0]["last"] = json!(0)),
        TierFault::UnsortedBounds {
            index: 0,
            first: 1,
            last: 0
        }
    );
    assert_eq!(
        tier_fault(|v| tiers(v)[0]["last"] = Value::Null),
        TierFault::UnboundedNotLast { index: 0 }
    );
    assert_eq!(
        tier_fault(|v| tiers(v)[1]["unit_price"] = json!("-2.8")),
        TierFault::NonPositivePrice {
            index: 1,
            price: dec("-2.8")
        }
    );
    assert_eq!(
        tier_fault(|v| tiers(v)[1]["unit_price"] = json!("0")),
        TierFault::NonPositivePrice {
            index: 1,
            price: Decimal::ZERO
        }
    );
    assert_eq!(
        tier_fault(|v| tiers(v)[1]["unit_price"] = json!("3.5")),
        TierFault::IncreasingPrice {
            index: 1,
            previous: dec("3"),
            price: dec("3.5")
        }
    );
    assert_eq!(
        tier_fault(|v| tiers(v)[1]["unit_price"] = json!("2.8000001")),
        TierFault::TooManyPriceDecimals {
            index: 1,
            price: dec("2.8000001")
        }
    );
    assert_eq!(tier_fault(|v| *tiers(v) = json!([])), TierFault::Empty);
}

#[test]
fn plan_faults_are_rejected() {
    assert_eq!(fault_of(|v| v["plans"] = json!([])), ScheduleFault::NoPlans);
    assert_eq!(
        fault_of(|v| v["plans"][1]["id"] = json!("free")),
        ScheduleFault::DuplicatePlanId {
            plan: "free".into()
        }
    );
    assert_eq!(
        fault_of(|v| v["plans"][1]["monthly_fee"] = json!("-1")),
        ScheduleFault::NegativeFee {
            plan: "light".into(),
            fee: dec("-1")
        }
    );
    assert_eq!(
        fault_of(|v| v["plans"][1]["monthly_fee"] = json!("0.0000001")),
        ScheduleFault::FeeTooManyDecimals {
            plan: "light".into(),
            fee: dec("0.0000001")
        }
    );
    assert_eq!(
        fault_of(|v| v["addon_dialog_plan"] = json!("pro")),
        ScheduleFault::UnknownAddonDialogPlan { plan: "pro".into() }
    );
    assert_eq!(
        fault_of(|v| v["addon_dialog_plan"] = json!("light")),
        ScheduleFault::AddonDialogPlanWithoutAddon {
            plan: "light".into()
        }
    );
    assert_eq!(
        fault_of(|v| {
            v.as_object_mut().unwrap().remove("addon_dialog_plan");
        }),
        ScheduleFault::AddonDialogPlanMissing
    );
}

#[test]
fn addon_dialog_plan_may_be_absent_when_nothing_sells_addons() {
    let mut v = base();
    v.as_object_mut().unwrap().remove("addon_dialog_plan");
    v["plans"][2]["addon"] = Value::Null;
    assert!(parse_schedule("fixture.json", &v.to_string()).is_ok());
}

#[test]
fn language_faults_are_rejected() {
    let missing = |field: &str, lang| ScheduleFault::MissingLanguage {
        field: field.into(),
        lang,
    };
    assert_eq!(
        fault_of(|v| {
            v["name"].as_object_mut().unwrap().remove("en");
        }),
        missing("name", "en")
    );
    assert_eq!(
        fault_of(|v| v["plans"][1]["name"]["zh-TW"] = json!("  ")),
        missing("plans.light.name", "zh-TW")
    );
    assert_eq!(
        fault_of(|v| {
            v["unconfirmed"][0].as_object_mut().unwrap().remove("en");
        }),
        missing("unconfirmed[0]", "en")
    );
    assert_eq!(
        fault_of(|v| v["tax"]["name"] = json!({ "en": "tax", "ja": "税" })),
        missing("tax.name", "zh-TW")
    );
    assert_eq!(
        fault_of(|v| {
            v["plans"][2]["name"].as_object_mut().unwrap().remove("ja");
        }),
        missing("plans.standard.name", "ja")
    );
}

#[test]
fn date_tax_and_currency_faults_are_rejected() {
    assert_eq!(
        fault_of(|v| v["effective_from"] = json!("2023/06/01")),
        ScheduleFault::BadDate {
            field: "effective_from",
            value: "2023/06/01".into()
        }
    );
    assert_eq!(
        fault_of(|v| v["effective_to"] = json!("2023-02-30")),
        ScheduleFault::BadDate {
            field: "effective_to",
            value: "2023-02-30".into()
        }
    );
    assert_eq!(
        fault_of(|v| v["effective_to"] = json!("2023-05-31")),
        ScheduleFault::EffectiveToBeforeFrom {
            from: "2023-06-01".into(),
            to: "2023-05-31".into()
        }
    );
    assert_eq!(
        fault_of(|v| v["tax"]["rate"] = json!("-0.1")),
        ScheduleFault::NegativeTaxRate { rate: dec("-0.1") }
    );
    assert_eq!(
        fault_of(|v| v["tax"]["rate"] = json!("0.00001")),
        ScheduleFault::TaxRateTooManyDecimals {
            rate: dec("0.00001")
        }
    );
    assert_eq!(
        fault_of(|v| v["tax"]["prices_exclude_tax"] = json!(false)),
        ScheduleFault::PricesIncludeTax
    );
    assert_eq!(
        fault_of(|v| v["currency"]["decimals"] = json!(5)),
        ScheduleFault::TooManyCurrencyDecimals { decimals: 5 }
    );
}

#[test]
fn json_faults_are_rejected() {
    let json_fault = |edit: fn(&mut Value)| matches!(fault_of(edit), ScheduleFault::Json { .. });
    assert!(
        json_fault(|v| tiers(v)[0]["unit_price"] = json!(3)),
        "a price written as a JSON number"
    );
    assert!(json_fault(|v| tiers(v)[0]["unit_price"] = json!("3 yen")));
    assert!(json_fault(
        |v| v["plans"][0]["monthly_fee"] = json!(MAX_AMOUNT.to_string() + "e3")
    ));
    assert!(json_fault(
        |v| v["plans"][0]["included_messages"] = json!(-1)
    ));
    assert!(
        json_fault(|v| v["plans"][0]["colour"] = json!("green")),
        "unknown fields are typos"
    );
    assert!(json_fault(|v| {
        v.as_object_mut().unwrap().remove("currency");
    }));
    assert!(matches!(
        parse_schedule("x.json", "not json").unwrap_err().fault,
        ScheduleFault::Json { .. }
    ));
}

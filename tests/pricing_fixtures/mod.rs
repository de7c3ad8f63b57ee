//! Tier tables and schedules shared by the pricing integration tests. The 4-tier and bounded tables are
//! invented for tests only; they are not LINE prices and never go into assets/.
#![allow(dead_code)]

use line_oa_calc::pricing::{
    schedule_by_id, shipped_schedules, AddonPricing, Currency, Localized, Plan, Schedule, Tier,
};
use rust_decimal::Decimal;

/// Taiwan's currency (its signs and units are what amount parsing is given) with `decimals` places.
pub fn twd(decimals: u32) -> Currency {
    let mut currency = schedule_by_id("tw-2026-11")
        .expect("ships")
        .currency
        .clone();
    currency.decimals = decimals;
    currency
}

pub fn dec(s: &str) -> Decimal {
    Decimal::from_str_exact(s).unwrap()
}

/// A tier table from `(first, last, unit price)` rows, all confirmed.
pub fn table(rows: &[(u64, Option<u64>, &str)]) -> AddonPricing {
    let tier = |&(first, last, price): &(u64, Option<u64>, &str)| Tier {
        first,
        last,
        unit_price: dec(price),
        confirmed: true,
        end_doubt: None,
    };
    AddonPricing {
        tiers: rows.iter().map(tier).collect::<Vec<_>>().into(),
    }
}

/// Japan's スタンダードプラン add-on as far as PRICING.md confirms it: 50,000 at ¥3, then ¥2.8 (where that tier
/// ends is unconfirmed, so it is marked so).
/// A graduated table from tier widths and `(mantissa, scale)` prices (sorted dearest first, as
/// tiers only get cheaper); the last tier bounded or open; `confirmed(i)` for tier `i`.
/// What the property tests build their random tables from.
pub fn graduated(
    widths: Vec<u64>,
    prices: Vec<(i64, u32)>,
    bounded: bool,
    confirmed: impl Fn(usize) -> bool,
) -> AddonPricing {
    let mut prices: Vec<Decimal> = prices
        .into_iter()
        .map(|(m, s)| Decimal::new(m, s))
        .collect();
    prices.sort_by(|a, b| b.cmp(a));
    let count = widths.len();
    let mut first = 1;
    let tiers: Vec<Tier> = widths
        .into_iter()
        .zip(prices)
        .enumerate()
        .map(|(i, (width, unit_price))| {
            let last = (i + 1 < count || bounded).then(|| first + width - 1);
            let tier = Tier {
                first,
                last,
                unit_price,
                confirmed: confirmed(i),
                end_doubt: None,
            };
            first += width;
            tier
        })
        .collect();
    AddonPricing {
        tiers: tiers.into(),
    }
}

pub fn japan() -> AddonPricing {
    let mut japan = table(&[(1, Some(50_000), "3"), (50_001, None, "2.8")]);
    japan.tiers.to_mut()[1].confirmed = false;
    japan
}

/// Invented for tests: four tiers ending in an unbounded one.
pub fn four_tier() -> AddonPricing {
    table(&[
        (1, Some(1_000), "0.2"),
        (1_001, Some(10_000), "0.15"),
        (10_001, Some(100_000), "0.05"),
        (100_001, None, "0.011"),
    ])
}

/// Invented for tests: a table that ends, so at most 200 add-on messages can be bought.
pub fn bounded() -> AddonPricing {
    table(&[(1, Some(100), "1"), (101, Some(200), "0.5")])
}

/// Every add-on table the engine must handle: each shipped plan's and the fixtures.
pub fn all_tables() -> Vec<(String, AddonPricing)> {
    let shipped = shipped_schedules().iter().flat_map(|s| {
        s.plans
            .iter()
            .filter_map(move |p| Some((format!("{}/{}", s.id, p.id), p.addon.clone()?)))
    });
    let fixtures = [
        ("japan", japan()),
        ("four-tier", four_tier()),
        ("bounded", bounded()),
    ];
    shipped
        .chain(fixtures.map(|(n, t)| (n.to_owned(), t)))
        .collect()
}

pub fn plan(id: &str, fee: &str, included: u64, addon: Option<AddonPricing>) -> Plan {
    let name = Localized(
        [
            ("zh-TW".into(), id.to_owned().into()),
            ("en".into(), id.to_owned().into()),
        ]
        .to_vec()
        .into(),
    );
    Plan {
        id: id.to_owned().into(),
        name,
        monthly_fee: dec(fee),
        included_messages: included,
        addon,
    }
}

/// The current Taiwan schedule with other plans (same 5% tax).
pub fn schedule(plans: Vec<Plan>) -> Schedule {
    let mut schedule = schedule_by_id("tw-2023-09").unwrap().clone();
    schedule.plans = plans.into();
    schedule
}

/// Japan's plans from PRICING.md (JPY amounts, but the Taiwan schedule's 5% tax: fine for engine tests).
pub fn japan_schedule() -> Schedule {
    schedule(vec![
        plan("communication", "0", 200, None),
        plan("light", "5000", 5_000, None),
        plan("standard", "15000", 30_000, Some(japan())),
    ])
}

/// Every schedule the plan-level properties run on.
pub fn all_schedules() -> Vec<Schedule> {
    let mut all = shipped_schedules().to_vec();
    all.push(japan_schedule());
    all.push(schedule(vec![
        plan("small", "0", 10, Some(four_tier())),
        plan("capped", "50", 1_000, Some(bounded())),
    ]));
    all
}

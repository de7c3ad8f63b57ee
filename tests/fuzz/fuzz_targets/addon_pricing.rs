//! Cost and its inverse over tier tables and budgets built from arbitrary bytes: no panic, and
//! the inverse is maximal (cost(m) <= budget < cost(m + 1) whenever message m + 1 exists).
#![no_main]

use std::borrow::Cow;

use arbitrary::Arbitrary;
use libfuzzer_sys::fuzz_target;
use line_oa_calc::pricing::{
    addon_cost, addon_messages_for_budget, check_tiers, schedule_by_id, AddonPricing, TaxView, Tier,
};
use rust_decimal::Decimal;

#[derive(Debug, Arbitrary)]
struct Input {
    /// (messages in the tier, price mantissa, price scale); the last tier is open-ended
    /// unless `bounded`.
    tiers: Vec<(u32, u32, u8)>,
    bounded: bool,
    budget_mantissa: u64,
    budget_scale: u8,
    tax_included: bool,
    messages: u64,
}

fuzz_target!(|input: Input| {
    let mut tiers = Vec::new();
    let mut first = 1_u64;
    let count = input.tiers.len().min(8);
    for (index, &(span, mantissa, scale)) in input.tiers.iter().take(count).enumerate() {
        let open = index + 1 == count && !input.bounded;
        let last = first.checked_add(u64::from(span.max(1)) - 1);
        tiers.push(Tier {
            first,
            last: if open { None } else { last },
            unit_price: Decimal::new(i64::from(mantissa), u32::from(scale % 8)),
            confirmed: true,
            end_doubt: None,
        });
        let Some(next) = last.and_then(|last| last.checked_add(1)) else { break };
        first = next;
    }
    // Only tables that validation accepts are priced; the rest must be rejected without panic.
    if check_tiers(&tiers).is_err() {
        return;
    }
    let pricing = AddonPricing { tiers: Cow::Owned(tiers) };
    let Some(schedule) = schedule_by_id("tw-2023-09") else { return };
    let tax = &schedule.tax;
    let view = if input.tax_included { TaxView::Included } else { TaxView::Excluded };

    let _ = addon_cost(&pricing, input.messages);

    let budget = Decimal::new(
        i64::try_from(input.budget_mantissa % 10_u64.pow(15)).unwrap_or(0),
        u32::from(input.budget_scale % 5),
    );
    let Ok(quote) = addon_messages_for_budget(&pricing, budget, tax, view) else { return };
    let cost_of = |messages: u64| {
        addon_cost(&pricing, messages)
            .ok()
            .and_then(|q| q.amount_in(tax, view).ok())
    };
    let spent = cost_of(quote.messages).expect("the inverse's own count has a cost");
    assert!(spent <= budget, "{} messages cost {spent} > {budget}", quote.messages);
    if !quote.capped {
        if let Some(next) = cost_of(quote.messages + 1) {
            assert!(next > budget, "{} more message(s) still fit {budget}", quote.messages + 1);
        }
    }
});

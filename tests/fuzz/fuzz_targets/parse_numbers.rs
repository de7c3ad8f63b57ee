//! Whatever a person types or pastes: parsing never panics, and whatever it accepts prints back
//! as text that parses to the same value.
#![no_main]

use libfuzzer_sys::fuzz_target;
use line_oa_calc::pricing::{
    format_amount, format_count, parse_amount, parse_message_count, shipped_schedules,
};
use rust_decimal::{Decimal, RoundingStrategy};

fuzz_target!(|data: &[u8]| {
    let Some((&pick, text)) = data.split_first() else {
        return;
    };
    let text = String::from_utf8_lossy(text);
    // Every shipped currency's signs and units, with 0–4 decimals.
    let schedules = shipped_schedules();
    let mut currency = schedules[usize::from(pick) % schedules.len()].currency.clone();
    let decimals = u32::from(pick % 5);
    currency.decimals = decimals;

    if let Ok(count) = parse_message_count(&text) {
        assert_eq!(parse_message_count(&format_count(count)), Ok(count), "{text:?}");
    }
    if let Ok(amount) = parse_amount(&text, &currency) {
        assert!(amount >= Decimal::ZERO, "{text:?} parsed as {amount}");
        let printed = format_amount(amount, decimals);
        let expected = amount.round_dp_with_strategy(decimals, RoundingStrategy::MidpointAwayFromZero);
        assert_eq!(parse_amount(&printed, &currency), Ok(expected), "{text:?} printed as {printed:?}");
    }
});

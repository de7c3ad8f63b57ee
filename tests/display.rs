//! How amounts read on the page: exact strings, with the rounding rule named.
#![cfg(not(target_arch = "wasm32"))]

use line_oa_calc::display::{money, per_message, percent, unit_price};
use line_oa_calc::pricing::{schedule_by_id, Schedule};
use rust_decimal::Decimal;
fn tw() -> &'static Schedule {
    schedule_by_id("tw-2026-11").expect("the Taiwan schedule ships")
}

fn dec(text: &str) -> Decimal {
    Decimal::from_str_exact(text).expect("a decimal")
}

#[test]
fn amounts_read_as_people_write_them() {
    assert_eq!(money(tw(), dec("1200")), "NT$1,200");
    assert_eq!(money(tw(), dec("1200.2")), "NT$1,200.20");
    assert_eq!(
        money(tw(), dec("0.005")),
        "NT$0.01",
        "half a cent rounds away from zero"
    );
    assert_eq!(
        unit_price(tw(), dec("0.0110")),
        "NT$0.011",
        "prices are shown as listed"
    );
    assert_eq!(percent(dec("0.05")), "5");
}

#[test]
fn the_average_per_message_has_four_decimals() {
    assert_eq!(per_message(tw(), dec("0.2000")), "NT$0.2");
    assert_eq!(per_message(tw(), dec("800") / dec("3000")), "NT$0.2667");
    assert_eq!(
        per_message(tw(), dec("0.00005")),
        "NT$0.0001",
        "half rounds away from zero"
    );
}

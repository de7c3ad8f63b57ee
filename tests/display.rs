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

mod written_without_the_formatting_machinery {
    use line_oa_calc::display::list;
    use line_oa_calc::numerals::{decimal_text, digits};
    use line_oa_calc::pricing::CalendarDate;
    use proptest::prelude::*;
    use rust_decimal::Decimal;

    proptest! {
        /// The bundle writes numbers digit by digit: every figure reads as `Display` writes it.
        #[test]
        fn decimals_read_as_display_writes_them(mantissa in any::<i64>(), wide in any::<bool>(), scale in 0u32..=28) {
            let mantissa = if wide { i128::from(mantissa) * 1_000_000_007 } else { i128::from(mantissa) };
            let value = Decimal::from_i128_with_scale(mantissa, scale);
            prop_assert_eq!(decimal_text(value), value.to_string());
        }

        #[test]
        fn counts_read_as_display_writes_them(count in any::<u64>()) {
            prop_assert_eq!(digits(count), count.to_string());
        }

        #[test]
        fn dates_read_as_iso_8601(year in 1000u16..=9999, month in 1u8..=12, day in 1u8..=28) {
            let date = CalendarDate::new(year, month, day).expect("a real day");
            prop_assert_eq!(date.iso(), format!("{year:04}-{month:02}-{day:02}"));
        }
    }

    #[test]
    fn names_in_a_row_are_separated_once() {
        assert_eq!(list(&[], "、"), "");
        assert_eq!(list(&["輕用量"], "、"), "輕用量");
        assert_eq!(
            list(&["Light", "Medium", "High"], ", "),
            "Light, Medium, High"
        );
    }
}

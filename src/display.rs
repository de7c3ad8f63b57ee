//! How amounts read on the page: currency symbol, grouping, and a named rounding rule.
//! Pure, so the exact strings are tested natively.

use rust_decimal::{Decimal, RoundingStrategy};

use crate::pricing::{self, Schedule};

/// Digits shown for an average cost per message: four, since add-on prices go down to 0.011.
const PER_MESSAGE_DECIMALS: u32 = 4;

/// An amount in the schedule's currency, e.g. "NT$1,200" or "NT$1,200.20".
pub fn money(schedule: &Schedule, amount: Decimal) -> String {
    let number = pricing::format_amount(amount, schedule.currency.decimals);
    format!("{}{}", schedule.currency.symbol, number)
}

/// A unit price exactly as the schedule lists it ("NT$0.2", "NT$0.011"): never rounded.
pub fn unit_price(schedule: &Schedule, price: Decimal) -> String {
    format!("{}{}", schedule.currency.symbol, price.normalize())
}

/// An average cost per message, rounded half away from zero to four decimals.
pub fn per_message(schedule: &Schedule, total: Decimal, messages: u64) -> Option<String> {
    if messages == 0 {
        return None;
    }
    let average = total.checked_div(Decimal::from(messages))?;
    let rounded = average
        .round_dp_with_strategy(PER_MESSAGE_DECIMALS, RoundingStrategy::MidpointAwayFromZero);
    Some(format!(
        "{}{}",
        schedule.currency.symbol,
        rounded.normalize()
    ))
}

/// A tax rate as a percentage without trailing zeros: 0.05 -> "5".
pub fn percent(rate: Decimal) -> String {
    (rate * Decimal::ONE_HUNDRED).normalize().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pricing::current_schedule;

    fn tw() -> &'static Schedule {
        current_schedule("TW").expect("the Taiwan schedule ships")
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
        assert_eq!(
            per_message(tw(), dec("2400"), 12_000).as_deref(),
            Some("NT$0.2")
        );
        assert_eq!(
            per_message(tw(), dec("800"), 3_000).as_deref(),
            Some("NT$0.2667")
        );
        assert_eq!(per_message(tw(), dec("0"), 0), None);
    }
}

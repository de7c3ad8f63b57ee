//! What an unreadable field says, in the page's language: picks the words (`i18n::Texts`) for every
//! input error and fills them with the limit it broke (written with separators, in the schedule's
//! currency). It lives beside the views, not in `i18n/`: the words are a leaf that knows neither the
//! calculator's errors nor how amounts are displayed (`tests/layers.rs` keeps it so).

use crate::calculator::InputError;
use crate::display;
use crate::i18n::{Template, Texts};
use crate::numerals;
use crate::pricing::{self, NumberError, PricingError, Schedule};

/// The inline message for a field that cannot be read, in the page's language.
pub fn input_error(t: &Texts, schedule: &Schedule, error: &InputError) -> String {
    match error {
        InputError::Number(error) => match error {
            NumberError::Empty => t.err_empty.to_owned(),
            NumberError::InvalidCharacter { ch, .. } => {
                t.err_invalid_character.fill(&[&readable(*ch)])
            }
            NumberError::MisplacedSeparator => t.err_misplaced_separator.to_owned(),
            NumberError::MultipleDecimalPoints => t.err_multiple_decimal_points.to_owned(),
            NumberError::FractionNotAllowed => t.err_fraction_not_allowed.to_owned(),
            NumberError::TooManyDecimals { max } => t
                .err_too_many_decimals
                .fill(&[&numerals::digits(u64::from(*max))]),
            NumberError::Negative => t.err_negative.to_owned(),
            NumberError::TooLarge { max } => count_limit(t, *max),
        },
        InputError::Pricing(error) => match error {
            PricingError::AmountTooLarge { .. } | PricingError::Overflow => t
                .err_too_large
                .fill(&[&display::money(schedule, pricing::MAX_AMOUNT)]),
            PricingError::NegativeAmount => t.err_negative.to_owned(),
            PricingError::InvalidTiers(_) => t.crash_message.to_owned(),
            PricingError::TooManyMessages { max } => count_limit(t, *max),
            PricingError::BeyondLastTier { max_addon } => count_limit(t, *max_addon),
        },
        InputError::NoPlan => t.err_no_plan.to_owned(),
        InputError::BudgetTooSmall => t.err_budget_too_small.to_owned(),
    }
}

/// Friends × broadcasts over the calculator's limit: what is too large is the product.
pub fn estimate_too_large(t: &Texts, max: u64) -> String {
    with_count(t.err_estimate_too_large, max)
}

/// Every count limit, worded once.
fn count_limit(t: &Texts, max: u64) -> String {
    with_count(t.err_too_large, max)
}

/// A sentence filled with a count written with separators (not inlined: one copy for the four
/// errors that carry a count).
#[inline(never)]
fn with_count(sentence: Template, max: u64) -> String {
    sentence.fill(&[&pricing::format_count(max)])
}

/// A character as the reader can see it: itself, or its code (`U+200B`) when it shows as nothing
/// (a pasted zero-width space, a tab, a control character).
///
/// ```
/// use line_oa_calc::error_messages::readable;
/// assert_eq!(readable('x'), "x");
/// assert_eq!(readable('\u{200B}'), "U+200B");
/// assert_eq!(readable('\t'), "U+0009");
/// assert_eq!(readable('\u{FEFF}'), "U+FEFF");
/// ```
pub fn readable(ch: char) -> String {
    let code = u32::from(ch);
    let invisible = ch.is_whitespace()
        || ch.is_control()
        || matches!(code, 0xAD | 0x200B..=0x200F | 0x202A..=0x202E | 0x2060..=0x2064 | 0xFEFF);
    if !invisible {
        return ch.to_string();
    }
    let mut text = String::from("U+");
    numerals::push_hex(&mut text, code, if code > 0xFFFF { 6 } else { 4 });
    text
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    #[test]
    fn a_pasted_invisible_character_is_named_by_its_code() {
        let schedule = pricing::schedule_by_id("tw-2026-11").expect("ships");
        let error = pricing::parse_message_count("12\u{200B}000").expect_err("not a number");
        let message = input_error(Lang::ZhTw.texts(), schedule, &InputError::Number(error));
        assert!(message.contains("「U+200B」"), "{message}");
        let error = pricing::parse_message_count("12a").expect_err("not a number");
        let message = input_error(Lang::En.texts(), schedule, &InputError::Number(error));
        assert!(message.contains("“a”"), "{message}");
    }
}

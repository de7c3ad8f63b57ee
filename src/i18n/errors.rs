//! What an unreadable field says, in the page's language: every input error's text, filled with
//! the limit it broke (written with separators, in the schedule's currency).

use crate::calculator::InputError;
use crate::display;
use crate::pricing::{self, NumberError, PricingError, Schedule};

use super::Texts;

/// The inline message for a field that cannot be read, in the page's language.
pub fn input_error(t: &Texts, schedule: &Schedule, error: &InputError) -> String {
    let amount_max = || display::money(schedule, pricing::MAX_AMOUNT);
    match error {
        InputError::Number(error) => match error {
            NumberError::Empty => t.err_empty.to_owned(),
            NumberError::InvalidCharacter { ch, .. } => {
                t.err_invalid_character.fill(&[&ch.to_string()])
            }
            NumberError::MisplacedSeparator => t.err_misplaced_separator.to_owned(),
            NumberError::MultipleDecimalPoints => t.err_multiple_decimal_points.to_owned(),
            NumberError::FractionNotAllowed => t.err_fraction_not_allowed.to_owned(),
            NumberError::TooManyDecimals { max } => {
                t.err_too_many_decimals.fill(&[&max.to_string()])
            }
            NumberError::Negative => t.err_negative.to_owned(),
            NumberError::TooLarge { max } => t.err_too_large.fill(&[&pricing::format_count(*max)]),
        },
        InputError::Pricing(error) => match error {
            PricingError::TooManyMessages { max } => {
                t.err_too_large.fill(&[&pricing::format_count(*max)])
            }
            PricingError::AmountTooLarge { .. } | PricingError::Overflow => {
                t.err_too_large.fill(&[&amount_max()])
            }
            PricingError::BeyondLastTier { max_addon } => {
                t.err_too_large.fill(&[&pricing::format_count(*max_addon)])
            }
            PricingError::NegativeAmount => t.err_negative.to_owned(),
            PricingError::InvalidTiers(_) => t.crash_message.to_owned(),
        },
        InputError::NoPlan => t.err_no_plan.to_owned(),
        InputError::BudgetTooSmall => t.err_budget_too_small.to_owned(),
    }
}

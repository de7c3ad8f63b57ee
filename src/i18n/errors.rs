//! What an unreadable field says, in the page's language: every input error's text, filled with
//! the limit it broke (written with separators, in the schedule's currency).

use crate::calculator::InputError;
use crate::display;
use crate::pricing::{self, NumberError, PricingError, Schedule};

use super::Texts;

/// The inline message for a field that cannot be read, in the page's language.
pub fn input_error(t: &Texts, schedule: &Schedule, error: &InputError) -> String {
    // Every count limit is worded the same way: one copy of it.
    let count_limit = match error {
        InputError::Number(NumberError::TooLarge { max })
        | InputError::Pricing(PricingError::TooManyMessages { max })
        | InputError::Pricing(PricingError::BeyondLastTier { max_addon: max }) => Some(*max),
        _ => None,
    };
    if let Some(max) = count_limit {
        return t.err_too_large.fill(&[&pricing::format_count(max)]);
    }
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
            NumberError::TooLarge { .. } => String::new(), // worded above
        },
        InputError::Pricing(error) => match error {
            PricingError::AmountTooLarge { .. } | PricingError::Overflow => t
                .err_too_large
                .fill(&[&display::money(schedule, pricing::MAX_AMOUNT)]),
            PricingError::NegativeAmount => t.err_negative.to_owned(),
            PricingError::InvalidTiers(_) => t.crash_message.to_owned(),
            // Worded above.
            PricingError::TooManyMessages { .. } | PricingError::BeyondLastTier { .. } => {
                String::new()
            }
        },
        InputError::NoPlan => t.err_no_plan.to_owned(),
        InputError::BudgetTooSmall => t.err_budget_too_small.to_owned(),
    }
}

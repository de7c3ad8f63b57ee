//! Range limits and the engine's error type.
//!
//! Every count and amount the engine accepts or returns stays within these limits, so arithmetic on them is
//! exact in `u64` and `rust_decimal` and a value past a limit is a typed error, never a panic or a wrapped number.

use std::fmt;

use rust_decimal::Decimal;

use super::tiers::TierFault;

/// The largest monthly message count the engine works with (10^15, far past any real account).
pub const MAX_MESSAGES: u64 = 1_000_000_000_000_000;

/// The largest amount the engine accepts or returns (10^15 currency units, e.g. NT$1,000,000,000,000,000).
///
/// ```
/// use line_oa_calc::pricing::{MAX_AMOUNT, MAX_MESSAGES};
/// use rust_decimal::Decimal;
/// assert_eq!(MAX_AMOUNT, Decimal::from(MAX_MESSAGES));
/// ```
// 10^15 = 0x0003_8D7E_A4C6_8000: lo word 0xA4C6_8000, mid word 0x0003_8D7E.
pub const MAX_AMOUNT: Decimal = Decimal::from_parts(0xA4C6_8000, 0x0003_8D7E, 0, false, 0);

/// Why the engine could not answer. Each variant carries what the UI needs to say so.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PricingError {
    /// A message count above [`MAX_MESSAGES`].
    TooManyMessages { max: u64 },
    /// An amount (input or result) above [`MAX_AMOUNT`].
    AmountTooLarge { max: Decimal },
    /// A negative amount or a negative tax rate.
    NegativeAmount,
    /// An intermediate result did not fit; only reachable with prices far outside validated data.
    Overflow,
    /// More add-on messages than the bounded final tier ends at: `max_addon` is the most that can be bought.
    BeyondLastTier { max_addon: u64 },
    /// The tier table breaks a rule that [`validate`](super::validate) enforces (only for hand-built data).
    InvalidTiers(TierFault),
}

impl fmt::Display for PricingError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::TooManyMessages { max } => {
                write!(f, "message count is above the supported maximum of {max}")
            }
            Self::AmountTooLarge { max } => {
                write!(f, "amount is above the supported maximum of {max}")
            }
            Self::NegativeAmount => f.write_str("amounts and tax rates must not be negative"),
            Self::Overflow => f.write_str("the calculation overflowed"),
            Self::BeyondLastTier { max_addon } => {
                write!(
                    f,
                    "at most {max_addon} add-on messages can be bought on this plan"
                )
            }
            Self::InvalidTiers(fault) => write!(f, "invalid add-on tier table: {fault}"),
        }
    }
}

impl std::error::Error for PricingError {}

/// `amount` if it is within `0..=MAX_AMOUNT`, else the matching error.
///
/// ```
/// use line_oa_calc::pricing::{check_amount, PricingError, MAX_AMOUNT};
/// use rust_decimal::Decimal;
/// assert_eq!(check_amount(Decimal::ONE), Ok(Decimal::ONE));
/// assert_eq!(check_amount(Decimal::NEGATIVE_ONE), Err(PricingError::NegativeAmount));
/// assert!(check_amount(MAX_AMOUNT + Decimal::ONE).is_err());
/// ```
pub fn check_amount(amount: Decimal) -> Result<Decimal, PricingError> {
    if amount.is_sign_negative() && !amount.is_zero() {
        Err(PricingError::NegativeAmount)
    } else if amount > MAX_AMOUNT {
        Err(PricingError::AmountTooLarge { max: MAX_AMOUNT })
    } else {
        Ok(amount)
    }
}

/// `messages` if it is at most [`MAX_MESSAGES`], else [`PricingError::TooManyMessages`].
///
/// ```
/// use line_oa_calc::pricing::{check_messages, MAX_MESSAGES};
/// assert_eq!(check_messages(6_000), Ok(6_000));
/// assert!(check_messages(MAX_MESSAGES + 1).is_err());
/// ```
pub fn check_messages(messages: u64) -> Result<u64, PricingError> {
    if messages > MAX_MESSAGES {
        Err(PricingError::TooManyMessages { max: MAX_MESSAGES })
    } else {
        Ok(messages)
    }
}

/// `a + b`, or [`PricingError::Overflow`].
// The arithmetic helpers are never inlined: Decimal's multiplication and addition are large,
// and one shared copy of each keeps the wasm bundle small.
#[inline(never)]
pub fn add(a: Decimal, b: Decimal) -> Result<Decimal, PricingError> {
    a.checked_add(b).ok_or(PricingError::Overflow)
}

/// `a − b`, or [`PricingError::Overflow`].
#[inline(never)]
pub fn difference(a: Decimal, b: Decimal) -> Result<Decimal, PricingError> {
    a.checked_sub(b).ok_or(PricingError::Overflow)
}

/// `a ÷ b`; `None` for a zero divisor or a quotient out of range.
#[inline(never)]
pub(crate) fn quotient(a: Decimal, b: Decimal) -> Option<Decimal> {
    a.checked_div(b)
}

/// `a × b`, or [`PricingError::Overflow`].
#[inline(never)]
pub(crate) fn product(a: Decimal, b: Decimal) -> Result<Decimal, PricingError> {
    a.checked_mul(b).ok_or(PricingError::Overflow)
}

/// `price × count`, or [`PricingError::Overflow`].
pub(crate) fn times(price: Decimal, count: u64) -> Result<Decimal, PricingError> {
    product(price, Decimal::from(count))
}

//! The rules a graduated tier table must follow, in one place.
//!
//! Schedule validation reports a broken rule per plan ([`ScheduleFault::Tiers`](super::ScheduleFault::Tiers)); the
//! engine re-checks the same rules (O(tiers)) so hand-built data gives a typed error instead of a wrong amount.

use std::fmt;

use rust_decimal::Decimal;

use super::schedule::Tier;

/// The most decimal places a unit price may have. Together with the tax-rate limit it keeps every amount up to
/// [`MAX_AMOUNT`](super::MAX_AMOUNT) inside `Decimal`'s 28 digits, so no product is ever rounded.
pub const MAX_PRICE_DECIMALS: u32 = 6;

/// One broken tier-table rule; `index` is the 0-based position of the offending tier.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TierFault {
    /// An add-on table with no tiers (write `"addon": null` when add-on messages cannot be bought).
    Empty,
    /// The first tier must start at add-on message 1.
    FirstNotAtOne { first: u64 },
    /// Messages `expected..found` belong to no tier.
    Gap {
        index: usize,
        expected: u64,
        found: u64,
    },
    /// The tier starts at `found`, inside the previous tier (which ends at `expected - 1`).
    Overlap {
        index: usize,
        expected: u64,
        found: u64,
    },
    /// The tier ends before it starts.
    UnsortedBounds { index: usize, first: u64, last: u64 },
    /// Only the final tier may be unbounded (`"last": null`).
    UnboundedNotLast { index: usize },
    /// Unit prices must be positive: free messages are a plan's included messages, not an add-on tier.
    NonPositivePrice { index: usize, price: Decimal },
    /// Graduated pricing only ever gets cheaper: a unit price may not exceed the previous tier's.
    IncreasingPrice {
        index: usize,
        previous: Decimal,
        price: Decimal,
    },
    /// A unit price with more than [`MAX_PRICE_DECIMALS`] decimal places.
    TooManyPriceDecimals { index: usize, price: Decimal },
}

impl fmt::Display for TierFault {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Empty => f.write_str(
                "the add-on has no tiers (use null when add-on messages cannot be bought)",
            ),
            Self::FirstNotAtOne { first } => {
                write!(f, "the first tier starts at {first}, it must start at 1")
            }
            Self::Gap {
                index,
                expected,
                found,
            } => {
                write!(
                    f,
                    "tier {index} starts at {found}: messages {expected} to {} belong to no tier",
                    found.saturating_sub(1)
                )
            }
            Self::Overlap {
                index,
                expected,
                found,
            } => {
                write!(f, "tier {index} starts at {found}, overlapping the previous tier (it should start at {expected})")
            }
            Self::UnsortedBounds { index, first, last } => {
                write!(f, "tier {index} ends at {last}, before its start {first}")
            }
            Self::UnboundedNotLast { index } => {
                write!(f, "tier {index} is unbounded but is not the last tier")
            }
            Self::NonPositivePrice { index, price } => {
                write!(
                    f,
                    "tier {index} has unit price {price}; unit prices must be greater than zero"
                )
            }
            Self::IncreasingPrice {
                index,
                previous,
                price,
            } => {
                write!(
                    f,
                    "tier {index} unit price {price} is higher than the previous tier's {previous}"
                )
            }
            Self::TooManyPriceDecimals { index, price } => {
                write!(f, "tier {index} unit price {price} has more than {MAX_PRICE_DECIMALS} decimal places")
            }
        }
    }
}

impl std::error::Error for TierFault {}

/// Checks a tier table: starts at 1, contiguous, sorted, only the last tier unbounded, positive and
/// non-increasing unit prices with at most [`MAX_PRICE_DECIMALS`] decimals.
///
/// ```
/// use line_oa_calc::pricing::{check_tiers, Tier, TierFault};
/// use rust_decimal::Decimal;
/// let tier = |first, last, cents| Tier { first, last, unit_price: Decimal::new(cents, 2), confirmed: true, end_doubt: None };
/// assert_eq!(check_tiers(&[tier(1, Some(10), 20), tier(11, None, 15)]), Ok(()));
/// assert_eq!(
///     check_tiers(&[tier(1, Some(10), 20), tier(12, None, 15)]),
///     Err(TierFault::Gap { index: 1, expected: 11, found: 12 })
/// );
/// ```
pub fn check_tiers(tiers: &[Tier]) -> Result<(), TierFault> {
    let Some(head) = tiers.first() else {
        return Err(TierFault::Empty);
    };
    if head.first != 1 {
        return Err(TierFault::FirstNotAtOne { first: head.first });
    }
    // The first message the next tier must start at; `None` once a tier ends at u64::MAX (nothing can follow).
    let mut expected = Some(1_u64);
    let mut previous: Option<Decimal> = None;
    for (index, tier) in tiers.iter().enumerate() {
        match expected {
            Some(expected) if tier.first > expected => {
                return Err(TierFault::Gap {
                    index,
                    expected,
                    found: tier.first,
                });
            }
            Some(expected) if tier.first < expected => {
                return Err(TierFault::Overlap {
                    index,
                    expected,
                    found: tier.first,
                });
            }
            Some(_) => {}
            None => {
                return Err(TierFault::Overlap {
                    index,
                    expected: u64::MAX,
                    found: tier.first,
                })
            }
        }
        check_price(index, tier.unit_price, previous)?;
        previous = Some(tier.unit_price);
        match tier.last {
            Some(last) if last < tier.first => {
                return Err(TierFault::UnsortedBounds {
                    index,
                    first: tier.first,
                    last,
                });
            }
            Some(last) => expected = last.checked_add(1),
            None if index + 1 < tiers.len() => return Err(TierFault::UnboundedNotLast { index }),
            None => {}
        }
    }
    Ok(())
}

fn check_price(index: usize, price: Decimal, previous: Option<Decimal>) -> Result<(), TierFault> {
    if price <= Decimal::ZERO {
        return Err(TierFault::NonPositivePrice { index, price });
    }
    if price.normalize().scale() > MAX_PRICE_DECIMALS {
        return Err(TierFault::TooManyPriceDecimals { index, price });
    }
    match previous {
        Some(previous) if price > previous => Err(TierFault::IncreasingPrice {
            index,
            previous,
            price,
        }),
        _ => Ok(()),
    }
}

/// How many add-on messages the tier holds (`None` = unbounded). Assumes [`check_tiers`] passed.
pub(crate) fn capacity(tier: &Tier) -> Option<u64> {
    tier.last
        .map(|last| last.saturating_sub(tier.first).saturating_add(1))
}

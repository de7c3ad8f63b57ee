//! Graduated (累進) add-on pricing in both directions: messages → amount and amount → messages.
//!
//! Both directions are exact (`rust_decimal`) and O(number of tiers). No source states how LINE rounds an
//! invoice (see PRICING.md), so amounts are kept exact here and only [`format_amount`](super::format_amount)
//! rounds, for display.

use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;

use super::limits::{
    add, check_amount, check_messages, difference, product, quotient, times, PricingError,
    MAX_MESSAGES,
};
use super::schedule::{AddonPricing, TaxRule, Tier};
use super::tax::TaxView;
use super::tiers::{capacity, check_tiers};

/// The add-on messages that fall in one tier, for the per-tier breakdown the UI shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TierLine {
    /// The tier's bounds (1-based add-on message indices; `last: None` = unbounded).
    pub first: u64,
    pub last: Option<u64>,
    /// How many of the quoted messages fall in this tier (always > 0).
    pub messages: u64,
    /// Tax excluded.
    pub unit_price: Decimal,
    /// `unit_price × messages`, tax excluded, exact.
    pub subtotal: Decimal,
    /// Whether a source confirms this tier.
    pub confirmed: bool,
}

impl TierLine {
    /// The subtotal in a tax view.
    ///
    /// ```
    /// use line_oa_calc::pricing::{addon_cost, schedule_by_id, TaxView};
    /// use rust_decimal::Decimal;
    /// let tw = schedule_by_id("tw-2023-09").unwrap();
    /// let (_, addon) = tw.addon_dialog().unwrap();
    /// let quote = addon_cost(addon, 1_000).unwrap();
    /// assert_eq!(quote.lines[0].subtotal_in(&tw.tax, TaxView::Included), Ok(Decimal::from(210)));
    /// ```
    pub fn subtotal_in(&self, tax: &TaxRule, view: TaxView) -> Result<Decimal, PricingError> {
        tax.apply(self.subtotal, view)
    }
}

/// A number of add-on messages and their exact price: the two fields of LINE's 變更上限 dialog, with the tiers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AddonQuote {
    /// Add-on messages.
    pub messages: u64,
    /// Their exact cost, tax excluded.
    pub amount: Decimal,
    /// One line per tier holding at least one of the messages, in tier order (empty for 0 messages).
    pub lines: Vec<TierLine>,
    /// `true` when every tier the answer depends on is confirmed and no open point of a tier (its
    /// [`EndDoubt`](super::EndDoubt)) can change it. For a cost: the tiers of messages 1..=messages.
    /// For a budget inverse also the price of the next message, which stopped the budget.
    pub confirmed: bool,
    /// Only from a budget inverse: `true` when it stopped because no more messages exist (end of a bounded final
    /// tier, or [`MAX_MESSAGES`]) rather than because the budget ran out. Always `false` from [`addon_cost`].
    pub capped: bool,
}

impl AddonQuote {
    /// No add-on messages: amount 0, no lines, confirmed (nothing depends on a price).
    ///
    /// ```
    /// let none = line_oa_calc::pricing::AddonQuote::none();
    /// assert_eq!((none.messages, none.lines.len(), none.confirmed), (0, 0, true));
    /// ```
    pub fn none() -> AddonQuote {
        AddonQuote {
            messages: 0,
            amount: Decimal::ZERO,
            lines: Vec::new(),
            confirmed: true,
            capped: false,
        }
    }

    /// The amount in a tax view.
    ///
    /// ```
    /// use line_oa_calc::pricing::{addon_cost, schedule_by_id, TaxView};
    /// use rust_decimal::Decimal;
    /// let tw = schedule_by_id("tw-2023-09").unwrap();
    /// let quote = addon_cost(tw.addon_dialog().unwrap().1, 1_000).unwrap();
    /// assert_eq!(quote.amount_in(&tw.tax, TaxView::Excluded), Ok(Decimal::from(200)));
    /// assert_eq!(quote.amount_in(&tw.tax, TaxView::Included), Ok(Decimal::from(210)));
    /// ```
    pub fn amount_in(&self, tax: &TaxRule, view: TaxView) -> Result<Decimal, PricingError> {
        tax.apply(self.amount, view)
    }
}

/// The exact cost of `messages` add-on messages: each tier's unit price applies only to the messages inside it.
///
/// Errors: more than [`MAX_MESSAGES`]; more than a bounded final tier holds ([`PricingError::BeyondLastTier`]);
/// a tier table that [`check_tiers`] rejects.
///
/// ```
/// use line_oa_calc::pricing::{addon_cost, schedule_by_id};
/// use rust_decimal::Decimal;
/// let high = schedule_by_id("tw-2023-09").unwrap().plan("high").unwrap();
/// let quote = addon_cost(high.addon.as_ref().unwrap(), 1).unwrap();
/// assert_eq!(quote.amount, Decimal::new(2, 1)); // NT$0.2
/// assert!(!quote.confirmed); // the tier bounds of 高用量 are not confirmed yet
/// ```
pub fn addon_cost(pricing: &AddonPricing, messages: u64) -> Result<AddonQuote, PricingError> {
    check_messages(messages)?;
    check_tiers(&pricing.tiers).map_err(PricingError::InvalidTiers)?;
    let mut left = messages;
    let mut amount = Decimal::ZERO;
    let mut lines = Vec::new();
    for tier in pricing.tiers.iter() {
        if left == 0 {
            break;
        }
        let take = capacity(tier).map_or(left, |c| c.min(left));
        let subtotal = times(tier.unit_price, take)?;
        amount = add(amount, subtotal)?;
        left = left.saturating_sub(take); // take <= left
        lines.push(TierLine {
            first: tier.first,
            last: tier.last,
            messages: take,
            unit_price: tier.unit_price,
            subtotal,
            confirmed: tier.confirmed,
        });
    }
    if left > 0 {
        let max_addon = pricing.tiers.last().and_then(|t| t.last).unwrap_or(0);
        return Err(PricingError::BeyondLastTier { max_addon });
    }
    let confirmed =
        lines.iter().all(|l| l.confirmed) && pricing.doubts_for(messages).next().is_none();
    Ok(AddonQuote {
        messages,
        amount: check_amount(amount)?,
        lines,
        confirmed,
        capped: false,
    })
}

/// The most add-on messages whose cost, seen in `view`, fits `budget`: the inverse of [`addon_cost`].
///
/// Maximal: `cost(m) <= budget < cost(m + 1)` whenever message `m + 1` exists (see [`AddonQuote::capped`]).
/// A tax-included budget is compared with exact tax-included costs. The returned quote's `amount` is tax
/// excluded, like every quote.
///
/// ```
/// use line_oa_calc::pricing::{addon_messages_for_budget, schedule_by_id, TaxView};
/// use rust_decimal::Decimal;
/// let tw = schedule_by_id("tw-2023-09").unwrap();
/// let addon = tw.addon_dialog().unwrap().1;
/// let quote = addon_messages_for_budget(addon, Decimal::from(210), &tw.tax, TaxView::Included).unwrap();
/// assert_eq!(quote.messages, 1_000);
/// assert_eq!(quote.amount, Decimal::from(200));
/// ```
pub fn addon_messages_for_budget(
    pricing: &AddonPricing,
    budget: Decimal,
    tax: &TaxRule,
    view: TaxView,
) -> Result<AddonQuote, PricingError> {
    addon_inverse(pricing, budget, tax, view, MAX_MESSAGES)
}

/// [`addon_messages_for_budget`] buying at most `limit` messages.
pub(crate) fn addon_inverse(
    pricing: &AddonPricing,
    budget: Decimal,
    tax: &TaxRule,
    view: TaxView,
    limit: u64,
) -> Result<AddonQuote, PricingError> {
    let budget = check_amount(budget)?;
    check_tiers(&pricing.tiers).map_err(PricingError::InvalidTiers)?;
    let mut bought = 0_u64;
    let mut spent = Decimal::ZERO;
    // The tier holding message `bought + 1` once the budget ran out; `None` = messages ran out first.
    let mut stopped_in: Option<&Tier> = None;
    for tier in pricing.tiers.iter() {
        let room = limit.saturating_sub(bought);
        let cap = capacity(tier).map_or(room, |c| c.min(room));
        let price = tax.apply(tier.unit_price, view)?;
        let left = difference(budget, spent)?;
        let n = max_affordable(left, price, cap);
        bought = bought.checked_add(n).ok_or(PricingError::Overflow)?;
        spent = add(spent, times(price, n)?)?;
        if n < cap {
            stopped_in = Some(tier);
            break;
        }
        if bought >= limit {
            break;
        }
    }
    let mut quote = addon_cost(pricing, bought)?;
    // The next message's price stopped the budget: it must be certain too.
    quote.confirmed &= stopped_in.is_none_or(|t| {
        t.confirmed
            && pricing
                .doubts_for(bought.saturating_add(1))
                .next()
                .is_none()
    });
    quote.capped = stopped_in.is_none();
    Ok(quote)
}

/// The largest `n` in `0..=cap` with `price × n <= left`, for `price > 0` and `left >= 0`.
///
/// Floor division gives a guess; exact products then confirm it, and a binary search between proven bounds
/// takes over if `Decimal` division ever rounded the guess off by more than one. So the answer is exact
/// whatever the division does, and in practice costs a few multiplications.
fn max_affordable(left: Decimal, price: Decimal, cap: u64) -> u64 {
    if fits(price, cap, left) {
        return cap;
    }
    let guess = quotient(left, price)
        .and_then(|q| q.floor().to_u64())
        .unwrap_or(cap);
    search_from(guess, left, price, cap)
}

/// Whether `n` messages at `price` cost at most `left`. A product too large for `Decimal` is certainly above
/// `left` (at most MAX_AMOUNT); a product that fits is exact for validated prices (see MAX_PRICE_DECIMALS).
fn fits(price: Decimal, n: u64, left: Decimal) -> bool {
    product(price, Decimal::from(n)).is_ok_and(|cost| cost <= left)
}

/// [`max_affordable`] from any `guess`, given that `cap` does not fit: correct for every guess, fastest for a
/// guess within one of the answer.
fn search_from(guess: u64, left: Decimal, price: Decimal, cap: u64) -> u64 {
    let fits = |n: u64| fits(price, n, left);
    let guess = guess.min(cap);
    // Invariant: fits(lo) and !fits(hi), so lo < hi; fits(0) holds because left >= 0.
    let below = guess.saturating_sub(1);
    let mut lo = [guess, below].into_iter().find(|&n| fits(n)).unwrap_or(0);
    let above = guess.saturating_add(1).min(cap);
    let mut hi = if fits(above) { cap } else { above };
    while hi.saturating_sub(lo) > 1 {
        let mid = lo + (hi - lo) / 2; // lo < mid < hi: no overflow
        if fits(mid) {
            lo = mid;
        } else {
            hi = mid;
        }
    }
    lo
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn max_affordable_edges() {
        let p = |s: &str| Decimal::from_str_exact(s).unwrap_or_else(|e| panic!("{s}: {e}"));
        assert_eq!(max_affordable(p("0"), p("0.2"), 100), 0);
        assert_eq!(max_affordable(p("0.19"), p("0.2"), 100), 0);
        assert_eq!(max_affordable(p("0.2"), p("0.2"), 100), 1);
        assert_eq!(max_affordable(p("100"), p("0.2"), 100), 100);
        assert_eq!(
            max_affordable(p("1000000000000000"), p("0.011"), u64::MAX),
            90_909_090_909_090_909
        );
        assert_eq!(max_affordable(p("1"), p("0.3333333333"), u64::MAX), 3);
        assert_eq!(max_affordable(p("0"), p("1"), 0), 0);
    }

    #[test]
    fn search_is_exact_from_any_guess() {
        let p = |s: &str| Decimal::from_str_exact(s).unwrap_or_else(|e| panic!("{s}: {e}"));
        let (left, price, cap) = (p("1234.56"), p("0.15"), 1_000_000);
        for guess in [
            0,
            1,
            8_229,
            8_230,
            8_231,
            8_300,
            999_999,
            1_000_000,
            u64::MAX,
        ] {
            assert_eq!(search_from(guess, left, price, cap), 8_230, "guess {guess}");
        }
        assert_eq!(search_from(u64::MAX, p("0.14"), price, cap), 0);
    }
}

//! What the source text reads as: the figures the page shows for it, how far they can be trusted,
//! and what the month costs against the previous prices.

use rust_decimal::Decimal;

use super::{ScheduleRef, Scope};
use crate::pricing::{AddonQuote, PlanComparison, TaxView};

/// How far a derived figure can be trusted, given which price tiers are confirmed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Certainty {
    Exact,
    /// An amount computed with an unconfirmed tier: LINE's real amount is at most this.
    UpperEstimate,
    /// A message count computed with an unconfirmed tier: LINE's real count is at least this.
    LowerEstimate,
}

impl Certainty {
    /// The certainty of an amount priced with or without unconfirmed facts.
    pub fn of_amount(confirmed: bool) -> Certainty {
        if confirmed {
            Certainty::Exact
        } else {
            Certainty::UpperEstimate
        }
    }

    /// The certainty of a message count a budget buys, found with or without unconfirmed facts.
    pub fn of_count(confirmed: bool) -> Certainty {
        if confirmed {
            Certainty::Exact
        } else {
            Certainty::LowerEstimate
        }
    }

    /// The certainty of `-x` for an `x` of this certainty: a bound from above becomes one from below.
    pub fn negated(self) -> Certainty {
        match self {
            Certainty::Exact => Certainty::Exact,
            Certainty::UpperEstimate => Certainty::LowerEstimate,
            Certainty::LowerEstimate => Certainty::UpperEstimate,
        }
    }

    /// The certainty of `a + b`: bounds the same way add up to a bound that way; bounds opposite
    /// ways say nothing about the sum (None).
    ///
    /// ```
    /// use line_oa_calc::calculator::Certainty::{self, *};
    /// assert_eq!(Certainty::of_sum(Exact, UpperEstimate), Some(UpperEstimate));
    /// assert_eq!(Certainty::of_sum(LowerEstimate, LowerEstimate), Some(LowerEstimate));
    /// assert_eq!(Certainty::of_sum(UpperEstimate, LowerEstimate), None);
    /// ```
    pub fn of_sum(a: Certainty, b: Certainty) -> Option<Certainty> {
        match (a, b) {
            (Certainty::Exact, other) | (other, Certainty::Exact) => Some(other),
            (a, b) if a == b => Some(a),
            _ => None,
        }
    }

    /// The certainty of `a - b`: an increase over an upper estimate is "at least" (NT$2,600 now against
    /// at most NT$2,400 before is at least NT$200 more).
    ///
    /// ```
    /// use line_oa_calc::calculator::Certainty::{self, *};
    /// assert_eq!(Certainty::of_difference(Exact, UpperEstimate), Some(LowerEstimate));
    /// assert_eq!(Certainty::of_difference(UpperEstimate, Exact), Some(UpperEstimate));
    /// assert_eq!(Certainty::of_difference(UpperEstimate, UpperEstimate), None);
    /// ```
    pub fn of_difference(minuend: Certainty, subtrahend: Certainty) -> Option<Certainty> {
        Certainty::of_sum(minuend, subtrahend.negated())
    }

    /// The certainty of `a / b` for positive `a` and `b` (an amount per message): dividing by an upper
    /// estimate gives a lower one, as subtracting does.
    pub fn of_ratio(numerator: Certainty, denominator: Certainty) -> Option<Certainty> {
        Certainty::of_difference(numerator, denominator)
    }
}

/// Everything the page shows for one valid source value.
#[derive(Clone, Debug, PartialEq)]
pub struct Outcome {
    /// The value of the messages field, in the current scope's meaning.
    pub messages: u64,
    /// The value of the budget field, in the current scope's meaning and tax view.
    pub amount: Decimal,
    /// The monthly message count the plan table compares.
    pub monthly_messages: u64,
    pub comparison: PlanComparison,
    /// The same count on the schedule in force before the current one, when there is one.
    pub previous_comparison: Option<PlanComparison>,
    /// The plan whose bill the summary, the dialog hint and the tier breakdown describe.
    pub focus_plan: usize,
    pub certainty: Certainty,
    /// The view the figures were computed in (private: an outcome is built only by the
    /// calculator, from the view it shows).
    pub(super) schedule: ScheduleRef,
    pub(super) scope: Scope,
    pub(super) tax_view: TaxView,
}

impl Outcome {
    /// The add-on quote of the focus plan (None when it buys no add-on messages).
    pub fn focus_addon(&self) -> Option<&AddonQuote> {
        self.comparison.bills.get(self.focus_plan)?.addon.as_ref()
    }
}

/// What the reader's month costs on the schedule before this one, against now: the cheapest plan on each.
#[derive(Clone, Debug, PartialEq)]
pub struct PriceChange {
    /// Index into the previous comparison's bills, and its total in the outcome's tax view.
    pub previous_plan: usize,
    pub previous_total: Decimal,
    /// Index into the current comparison's bills, and its total in the outcome's tax view.
    pub current_plan: usize,
    pub current_total: Decimal,
    /// `current_total - previous_total`: positive when the month costs more now.
    pub difference: Decimal,
    /// Whether each total rests on confirmed prices only.
    pub previous_confirmed: bool,
    pub current_confirmed: bool,
    /// How far `difference` can be trusted (see [`Certainty::of_difference`]); None when the two
    /// estimates bound it opposite ways and nothing can be said of it.
    pub difference_certainty: Option<Certainty>,
}

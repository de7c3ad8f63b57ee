//! The two linked fields: what they mean (the scope), which one the reader typed in (the
//! source), both texts, and what the source text reads as now.

use std::rc::Rc;

use rust_decimal::Decimal;

use super::Outcome;
use crate::pricing::{self, NumberError, PricingError};

/// What the two linked fields mean.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Scope {
    /// Total messages a month <-> the whole monthly bill on the cheapest plan.
    #[default]
    Monthly,
    /// LINE's purchase-cap dialog: add-on message cap <-> add-on amount cap.
    Addon,
}

impl Scope {
    pub const ALL: [Scope; 2] = [Scope::Monthly, Scope::Addon];

    pub fn tag(self) -> &'static str {
        match self {
            Scope::Monthly => "monthly",
            Scope::Addon => "addon",
        }
    }

    pub fn from_tag(tag: &str) -> Option<Scope> {
        Scope::ALL.into_iter().find(|scope| scope.tag() == tag)
    }
}

/// One of the two linked inputs.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Field {
    #[default]
    Messages,
    Budget,
}

impl Field {
    /// The id of the field's input on the page.
    pub fn id(self) -> &'static str {
        match self {
            Field::Messages => "messages",
            Field::Budget => "budget",
        }
    }
}

/// Why the source field's text gives no result.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum InputError {
    Number(NumberError),
    Pricing(PricingError),
    /// No plan of the schedule can carry that many messages.
    NoPlan,
    /// The budget does not cover even the cheapest plan's fee.
    BudgetTooSmall,
}

/// What a switch of scope did to the reader's figure: the same month, in the new scope's terms
/// (80,000 a month is 74,000 add-on messages on 高用量, and back). The figure after is the messages
/// field's text: the month is carried by its count, and the amount follows.
#[derive(Clone, Debug, PartialEq)]
pub struct ScopeCarry {
    /// The field the reader had typed in, the scope it was in, and its text.
    pub field: Field,
    pub from: Scope,
    pub before: String,
}

/// What the source text reads as now: one of these at a time, so a figure never shows beside an
/// error, and a number still being typed is never also a shown error.
#[derive(Clone, Debug, PartialEq)]
enum Reading {
    /// The field is empty: a fresh start, not a mistake.
    Empty,
    /// Shared, not copied, when the reducer copies the state for the next action (which
    /// computes its own).
    Figure(Rc<Outcome>),
    /// The beginning of a number (`12,` on the way to `12,000`): its error is held back until the
    /// reader leaves the field, so typing never flashes a false error.
    Unfinished(InputError),
    Wrong(InputError),
}

/// The linked fields' state. The other field (not the source) is derived: it shows the
/// outcome's figure, or nothing while there is none.
#[derive(Clone, Debug, PartialEq)]
pub(super) struct LinkedFields {
    scope: Scope,
    source: Field,
    messages: String,
    budget: String,
    reading: Reading,
    /// Set by a switch of scope: what the reader had, given back by the reverse switch (the text
    /// as it was, if the switch rewrote it). Cleared when a field's text or the prices change.
    carry: Option<ScopeCarry>,
}

impl Default for LinkedFields {
    fn default() -> Self {
        LinkedFields {
            scope: Scope::default(),
            source: Field::Messages,
            messages: String::new(),
            budget: String::new(),
            reading: Reading::Empty,
            carry: None,
        }
    }
}

impl LinkedFields {
    pub(super) fn scope(&self) -> Scope {
        self.scope
    }

    pub(super) fn source(&self) -> Field {
        self.source
    }

    /// A field's text: the reader's own in the source, the derived figure in the other.
    pub(super) fn text(&self, field: Field) -> &str {
        match field {
            Field::Messages => &self.messages,
            Field::Budget => &self.budget,
        }
    }

    /// The outcome of the source text, whatever view it was computed in.
    pub(super) fn outcome(&self) -> Option<&Outcome> {
        match &self.reading {
            Reading::Figure(outcome) => Some(outcome),
            _ => None,
        }
    }

    /// Why the source text gives no figure, also while it is still being typed.
    pub(super) fn error(&self) -> Option<&InputError> {
        match &self.reading {
            Reading::Unfinished(error) | Reading::Wrong(error) => Some(error),
            _ => None,
        }
    }

    /// The error shown under `field`: only the source's, and not while it is still being typed.
    pub(super) fn error_of(&self, field: Field) -> Option<&InputError> {
        match &self.reading {
            Reading::Wrong(error) if field == self.source => Some(error),
            _ => None,
        }
    }

    /// The figure the last switch of scope rewrote, while the reverse switch gives it back (none
    /// when the switch kept the reader's text as it was).
    pub(super) fn rewrite(&self) -> Option<&ScopeCarry> {
        self.carry
            .as_ref()
            .filter(|carry| carry.field != self.source || carry.before != self.text(self.source))
    }

    pub(super) fn take_carry(&mut self) -> Option<ScopeCarry> {
        self.carry.take()
    }

    pub(super) fn set_carry(&mut self, carry: Option<ScopeCarry>) {
        self.carry = carry;
    }

    pub(super) fn set_scope(&mut self, scope: Scope) {
        self.scope = scope;
    }

    /// What the reader has now, as a switch of scope from it would give it back.
    pub(super) fn readers_figure(&self) -> ScopeCarry {
        ScopeCarry {
            field: self.source,
            from: self.scope,
            before: self.text(self.source).to_owned(),
        }
    }

    /// The reader typed `text` into `field` (or it is given back): it becomes the source. What it
    /// reads as is settled by [`LinkedFields::read`].
    pub(super) fn type_in(&mut self, field: Field, text: String) {
        self.source = field;
        match field {
            Field::Messages => self.messages = text,
            Field::Budget => self.budget = text,
        }
    }

    /// What the source text reads as: the figure is written into the other field (`decimals` for
    /// an amount), or the other field is emptied. `unfinished`: the text is the beginning of a
    /// number, so its error waits.
    pub(super) fn read(
        &mut self,
        result: Result<Outcome, InputError>,
        unfinished: bool,
        decimals: u32,
    ) {
        let derived = match self.source {
            Field::Messages => &mut self.budget,
            Field::Budget => &mut self.messages,
        };
        self.reading = match result {
            Ok(outcome) => {
                *derived = match self.source {
                    Field::Messages => pricing::format_amount(outcome.amount, decimals),
                    Field::Budget => pricing::format_count(outcome.messages),
                };
                Reading::Figure(Rc::new(outcome))
            }
            Err(error) => {
                // No figure answers a text that reads as none: not the last readable prefix's
                // (`2,60` is not 2,600), not another view's. An empty field is a fresh start, not
                // a mistake; a number half typed keeps its error until the field is left.
                derived.clear();
                match error {
                    InputError::Number(NumberError::Empty) => Reading::Empty,
                    error if unfinished => Reading::Unfinished(error),
                    error => Reading::Wrong(error),
                }
            }
        };
    }

    /// The reader is done with `field`: a held-back error shows, and a value that reads is written
    /// the way the page writes numbers (only now: never under the reader's cursor).
    pub(super) fn leave(&mut self, field: Field, decimals: u32) {
        if field != self.source {
            return;
        }
        let (text, value, decimals) = match (&self.reading, field) {
            (Reading::Unfinished(_), _) => {
                if let Reading::Unfinished(error) =
                    std::mem::replace(&mut self.reading, Reading::Empty)
                {
                    self.reading = Reading::Wrong(error);
                }
                return;
            }
            (Reading::Figure(outcome), Field::Messages) => {
                (&mut self.messages, Decimal::from(outcome.messages), 0)
            }
            (Reading::Figure(outcome), Field::Budget) => {
                (&mut self.budget, outcome.amount, decimals)
            }
            _ => return,
        };
        *text = pricing::format_amount(value, decimals);
    }
}

//! The two linked fields: what they mean (the scope), which one the reader typed in (the
//! source), both texts, and what the source text reads as now.

use std::rc::Rc;

use super::Outcome;
use crate::fields::{Entry, NumberField, Reading};
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
    /// The field as the page declares it (its id, URL key and kind).
    pub const fn declared(self) -> NumberField {
        match self {
            Field::Messages => NumberField::Messages,
            Field::Budget => NumberField::Budget,
        }
    }

    /// The id of the field's input on the page.
    pub const fn id(self) -> &'static str {
        self.declared().id()
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

impl From<NumberError> for InputError {
    fn from(error: NumberError) -> Self {
        InputError::Number(error)
    }
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

/// The linked fields' state. The other field (not the source) is derived: it shows the
/// outcome's figure, or nothing while there is none.
#[derive(Clone, Debug, PartialEq)]
pub(super) struct LinkedFields {
    scope: Scope,
    source: Field,
    /// The source is the reader's entry; the other holds the derived figure, formatted.
    messages: Entry,
    budget: Entry,
    /// What the source reads as, priced: shared, not copied, when the reducer copies the state
    /// for the next action (which computes its own).
    reading: Reading<Rc<Outcome>, InputError>,
    /// Set by a switch of scope: what the reader had, given back by the reverse switch (the text
    /// as it was, if the switch rewrote it). Cleared when a field's text or the prices change.
    carry: Option<ScopeCarry>,
}

impl Default for LinkedFields {
    fn default() -> Self {
        LinkedFields {
            scope: Scope::default(),
            source: Field::Messages,
            messages: Entry::default(),
            budget: Entry::default(),
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
        self.entry(field).text()
    }

    fn entry(&self, field: Field) -> &Entry {
        match field {
            Field::Messages => &self.messages,
            Field::Budget => &self.budget,
        }
    }

    fn entry_mut(&mut self, field: Field) -> &mut Entry {
        match field {
            Field::Messages => &mut self.messages,
            Field::Budget => &mut self.budget,
        }
    }

    /// The source's entry, as typed: what the calculator reads and prices.
    pub(super) fn source_entry(&self) -> &Entry {
        self.entry(self.source)
    }

    /// The outcome of the source text, whatever view it was computed in.
    pub(super) fn outcome(&self) -> Option<&Outcome> {
        self.reading.figure().map(|outcome| &**outcome)
    }

    /// Why the source text gives no figure, also while it is still being typed.
    pub(super) fn error(&self) -> Option<&InputError> {
        self.reading.error()
    }

    /// The error shown under `field`: only the source's, and not while it is still being typed.
    pub(super) fn error_of(&self, field: Field) -> Option<&InputError> {
        self.reading.shown_error().filter(|_| field == self.source)
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
    /// reads as is settled by [`LinkedFields::settle`].
    pub(super) fn type_in(&mut self, field: Field, text: String) {
        self.source = field;
        self.entry_mut(field).type_in(text);
    }

    /// What the source reads as, priced (see [`Entry::read`]): the figure is written into the
    /// other field (`decimals` for an amount), or the other field is emptied. No figure answers a
    /// text that reads as none: not the last readable prefix's (`2,60` is not 2,600), not another
    /// view's.
    pub(super) fn settle(&mut self, reading: Reading<Outcome, InputError>, decimals: u32) {
        let derived = match (reading.figure(), self.source) {
            (Some(outcome), Field::Messages) => pricing::format_amount(outcome.amount, decimals),
            (Some(outcome), Field::Budget) => pricing::format_count(outcome.messages),
            (None, _) => String::new(),
        };
        let other = match self.source {
            Field::Messages => Field::Budget,
            Field::Budget => Field::Messages,
        };
        self.entry_mut(other).type_in(derived);
        self.reading = match reading {
            Reading::Empty => Reading::Empty,
            Reading::Figure(outcome) => Reading::Figure(Rc::new(outcome)),
            Reading::Typing(error) => Reading::Typing(error),
            Reading::Wrong(error) => Reading::Wrong(error),
        };
    }

    /// The reader is done with `field`: it reads as left from now on (the calculator settles it
    /// again, so a held-back error shows), and a value that reads is written the way the page
    /// writes numbers (only now: never under the reader's cursor).
    pub(super) fn leave(&mut self, field: Field, decimals: u32) {
        if field != self.source {
            return;
        }
        let formatted = match (&self.reading, field) {
            (Reading::Figure(outcome), Field::Messages) => {
                Some(pricing::format_count(outcome.messages))
            }
            (Reading::Figure(outcome), Field::Budget) => {
                Some(pricing::format_amount(outcome.amount, decimals))
            }
            _ => None,
        };
        let entry = self.entry_mut(field);
        if let Some(text) = formatted {
            entry.type_in(text);
        }
        entry.leave();
    }
}

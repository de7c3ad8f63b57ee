//! Every control the reader can type into or pick from, declared once: its DOM id, its URL key,
//! and, for a number field, the one rule for what its text means now. Pure (no Yew, no web-sys).
//!
//! A new number field is a row in [`NumberField::spec`] and a state that holds an [`Entry`]: it
//! then reads, holds back its error while it is still being typed, carries over what was typed
//! before the wasm arrived (`crate::browser`) and goes into a shared link (`crate::share`)
//! without a line of its own in any of them.

use crate::pricing::{self, NumberError};

/// What a number field holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// A count of messages, friends or broadcasts: whole, not negative.
    Count,
    /// An amount of money in the schedule's currency.
    Amount,
}

/// Every number field on the page.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum NumberField {
    /// The linked fields: messages ↔ amount.
    Messages,
    Budget,
    /// The estimator: friends who can receive × broadcasts a month.
    Friends,
    Broadcasts,
    /// The month planner: the count LINE's manager shows, and the add-on cap.
    PlannerUsed,
    PlannerCap,
}

impl NumberField {
    /// In the order their URL values are applied: the estimator writes the messages field, so the
    /// linked fields' own value (a reader's figure of their own) comes after it.
    pub const ALL: [NumberField; 6] = [
        NumberField::Friends,
        NumberField::Broadcasts,
        NumberField::Messages,
        NumberField::Budget,
        NumberField::PlannerUsed,
        NumberField::PlannerCap,
    ];

    /// The field's facts, one row each: DOM id, URL key, kind.
    const fn spec(self) -> (&'static str, &'static str, Kind) {
        match self {
            NumberField::Messages => ("messages", "m", Kind::Count),
            NumberField::Budget => ("budget", "b", Kind::Amount),
            NumberField::Friends => ("friends", "friends", Kind::Count),
            NumberField::Broadcasts => ("broadcasts", "sends", Kind::Count),
            NumberField::PlannerUsed => ("planner-used", "used", Kind::Count),
            NumberField::PlannerCap => ("planner-cap", "cap", Kind::Count),
        }
    }

    /// The id of the field's `<input>` (its error is `{id}-error`, its note `{id}-note`).
    pub const fn id(self) -> &'static str {
        self.spec().0
    }

    /// The field's key in a shared link.
    pub const fn key(self) -> &'static str {
        self.spec().1
    }

    pub const fn kind(self) -> Kind {
        self.spec().2
    }

    /// `inputmode`: the phone keyboard for the field.
    pub const fn inputmode(self) -> &'static str {
        match self.kind() {
            Kind::Count => "numeric",
            Kind::Amount => "decimal",
        }
    }
}

/// The other controls: pickers, switches and the planner's date. Each has a DOM id and, where the
/// view it sets is shared, a URL key.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Control {
    Lang,
    Region,
    Schedule,
    Scope,
    Tax,
    CompareOld,
    PlannerPlan,
    PlannerDate,
}

impl Control {
    /// The controls whose value a reader may set before the wasm arrives, in the order the live
    /// widget applies them (the region before the schedule of it, the planner's plan after both).
    pub const ALL: [Control; 8] = [
        Control::Lang,
        Control::Region,
        Control::Schedule,
        Control::Scope,
        Control::Tax,
        Control::CompareOld,
        Control::PlannerPlan,
        Control::PlannerDate,
    ];

    /// DOM id and URL key.
    const fn spec(self) -> (&'static str, &'static str) {
        match self {
            Control::Lang => ("lang", "lang"),
            Control::Region => ("region", "region"),
            Control::Schedule => ("schedule", "sched"),
            Control::Scope => ("scope", "scope"),
            Control::Tax => ("tax", "tax"),
            Control::CompareOld => ("compare-old", "old"),
            Control::PlannerPlan => ("planner-plan", "plan"),
            Control::PlannerDate => ("planner-date", "date"),
        }
    }

    pub const fn id(self) -> &'static str {
        self.spec().0
    }

    pub const fn key(self) -> &'static str {
        self.spec().1
    }

    /// A checkbox (its value is `checked`), rather than a select or an input.
    pub const fn is_switch(self) -> bool {
        matches!(self, Control::Tax | Control::CompareOld)
    }
}

/// A number field's text as the reader typed it, and whether they have left the field since.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Entry {
    text: String,
    left: bool,
}

impl Entry {
    pub fn text(&self) -> &str {
        &self.text
    }

    /// A new text: the reader is in the field again, so a number half typed is not an error yet.
    pub fn type_in(&mut self, text: String) {
        self.text = text;
        self.left = false;
    }

    /// The reader is done with the field (`change`: left it, or Enter): a held-back error shows.
    pub fn leave(&mut self) {
        self.left = true;
    }

    pub fn is_left(&self) -> bool {
        self.left
    }

    /// What the text reads as through `parse` (see [`Reading`]).
    pub fn read<T>(
        &self,
        parse: impl Fn(&str) -> Result<T, NumberError>,
    ) -> Reading<T, NumberError> {
        Reading::of(&self.text, self.left, parse)
    }
}

/// What a field's text reads as now: one of these at a time, so a figure never shows beside an
/// error, and a number still being typed is never also a shown error.
#[derive(Clone, Debug, PartialEq)]
pub enum Reading<T, E> {
    /// The field is empty: a fresh start, not a mistake.
    Empty,
    Figure(T),
    /// The beginning of a number (`12,` on the way to `12,000`) while the reader is still in the
    /// field: no figure, and the error waits until the field is left.
    Typing(E),
    Wrong(E),
}

impl<T> Reading<T, NumberError> {
    /// The one rule: what `text` reads as through `parse`, once the reader has `left` the field or
    /// while they are still in it.
    pub fn of(text: &str, left: bool, parse: impl Fn(&str) -> Result<T, NumberError>) -> Self {
        match parse(text) {
            Ok(value) => Reading::Figure(value),
            Err(NumberError::Empty) => Reading::Empty,
            Err(error)
                if !left && pricing::is_number_prefix(text, |longer| parse(longer).is_ok()) =>
            {
                Reading::Typing(error)
            }
            Err(error) => Reading::Wrong(error),
        }
    }
}

impl<T, E> Reading<T, E> {
    pub fn figure(&self) -> Option<&T> {
        match self {
            Reading::Figure(value) => Some(value),
            _ => None,
        }
    }

    /// The error to show under the field: not while it is still being typed.
    pub fn shown_error(&self) -> Option<&E> {
        match self {
            Reading::Wrong(error) => Some(error),
            _ => None,
        }
    }

    /// Why there is no figure, also while the field is still being typed.
    pub fn error(&self) -> Option<&E> {
        match self {
            Reading::Typing(error) | Reading::Wrong(error) => Some(error),
            _ => None,
        }
    }

    /// A figure that gives a result, or an error of the result: shown at once (the text itself
    /// reads, so nothing is being typed), whatever the field's state.
    pub fn and_then<U, F>(self, derive: impl FnOnce(T) -> Result<U, F>) -> Reading<U, F>
    where
        E: Into<F>,
    {
        match self {
            Reading::Empty => Reading::Empty,
            Reading::Figure(value) => match derive(value) {
                Ok(derived) => Reading::Figure(derived),
                Err(error) => Reading::Wrong(error),
            },
            Reading::Typing(error) => Reading::Typing(error.into()),
            Reading::Wrong(error) => Reading::Wrong(error.into()),
        }
    }
}

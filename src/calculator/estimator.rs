//! The estimator (friends who can receive × broadcasts a month): its two fields as typed, and
//! what they give together.

use super::InputError;
use crate::fields::{Entry, NumberField, Reading};
use crate::pricing::{self, NumberError};

/// One of the estimator's two inputs (friends who can receive × broadcasts a month).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EstimatorField {
    Friends,
    Broadcasts,
}

impl EstimatorField {
    /// The field as the page declares it (its id, URL key and kind).
    pub const fn declared(self) -> NumberField {
        match self {
            EstimatorField::Friends => NumberField::Friends,
            EstimatorField::Broadcasts => NumberField::Broadcasts,
        }
    }
}

/// The estimator's last result: what it put into the messages field.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Estimate {
    pub friends: u64,
    pub broadcasts: u64,
    pub messages: u64,
    /// The fields were in the add-on scope and now are in the monthly one (an estimate is a
    /// month's total): the estimator says so.
    pub switched_scope: bool,
}

/// What the two fields give together, as they read now.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Product {
    /// Friends × broadcasts messages.
    Messages {
        friends: u64,
        broadcasts: u64,
        messages: u64,
    },
    /// A field is empty, still being typed or wrong (that field says why): no product.
    None,
    /// Both read, but their product is more messages than the calculator takes: an error of the
    /// result (neither field is wrong on its own), with the limit it broke.
    TooLarge(u64),
}

/// The estimator's fields, kept as typed.
#[derive(Clone, Debug, Default, PartialEq)]
pub(super) struct Estimator {
    friends: Entry,
    broadcasts: Entry,
    /// Set while the messages field (monthly scope) holds the product of the fields as they read
    /// now; the calculator clears it on any change that makes it untrue.
    estimate: Option<Estimate>,
}

impl Estimator {
    fn entry(&self, field: EstimatorField) -> &Entry {
        match field {
            EstimatorField::Friends => &self.friends,
            EstimatorField::Broadcasts => &self.broadcasts,
        }
    }

    fn entry_mut(&mut self, field: EstimatorField) -> &mut Entry {
        match field {
            EstimatorField::Friends => &mut self.friends,
            EstimatorField::Broadcasts => &mut self.broadcasts,
        }
    }

    pub(super) fn text(&self, field: EstimatorField) -> &str {
        self.entry(field).text()
    }

    pub(super) fn type_in(&mut self, field: EstimatorField, text: String) {
        self.entry_mut(field).type_in(text);
    }

    pub(super) fn leave(&mut self, field: EstimatorField) {
        self.entry_mut(field).leave();
    }

    /// What one field reads as.
    pub(super) fn reading(&self, field: EstimatorField) -> Reading<u64, NumberError> {
        self.entry(field).read(pricing::parse_message_count)
    }

    /// The error shown under a field (not while it is still being typed).
    pub(super) fn error_of(&self, field: EstimatorField) -> Option<InputError> {
        self.reading(field)
            .shown_error()
            .copied()
            .map(InputError::Number)
    }

    /// The first field whose error shows, and the error.
    pub(super) fn error(&self) -> Option<(EstimatorField, InputError)> {
        [EstimatorField::Friends, EstimatorField::Broadcasts]
            .into_iter()
            .find_map(|field| self.error_of(field).map(|error| (field, error)))
    }

    pub(super) fn product(&self) -> Product {
        let friends = self.reading(EstimatorField::Friends);
        let broadcasts = self.reading(EstimatorField::Broadcasts);
        let (Some(&friends), Some(&broadcasts)) = (friends.figure(), broadcasts.figure()) else {
            return Product::None;
        };
        match friends.checked_mul(broadcasts) {
            Some(messages) if messages <= pricing::MAX_MESSAGES => Product::Messages {
                friends,
                broadcasts,
                messages,
            },
            _ => Product::TooLarge(pricing::MAX_MESSAGES),
        }
    }

    pub(super) fn estimate(&self) -> Option<Estimate> {
        self.estimate
    }

    pub(super) fn set_estimate(&mut self, estimate: Option<Estimate>) {
        self.estimate = estimate;
    }
}

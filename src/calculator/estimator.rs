//! The estimator (目標好友數 × 每月群發次數): its two fields as typed, and what they read as.

use super::InputError;
use crate::pricing::{self, NumberError};

/// One of the estimator's two inputs (目標好友數 × 每月群發次數).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EstimatorField {
    Friends,
    Broadcasts,
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

/// Why the estimator's fields give no product: one at a time, so a field that cannot be read and
/// a product too large never show together.
#[derive(Clone, Debug, PartialEq)]
enum Problem {
    /// The first field that cannot be read.
    Unreadable(EstimatorField, InputError),
    /// Both fields read but their product is more messages than the calculator takes (neither
    /// field is wrong on its own): the limit it broke.
    TooLarge(u64),
}

/// The estimator's fields, kept as typed, and what they read as.
#[derive(Clone, Debug, Default, PartialEq)]
pub(super) struct Estimator {
    friends: String,
    broadcasts: String,
    problem: Option<Problem>,
    /// Set while the messages field (monthly scope) holds the product of the fields as they read
    /// now; the calculator clears it on any change that makes it untrue.
    estimate: Option<Estimate>,
}

impl Estimator {
    pub(super) fn text(&self, field: EstimatorField) -> &str {
        match field {
            EstimatorField::Friends => &self.friends,
            EstimatorField::Broadcasts => &self.broadcasts,
        }
    }

    /// Takes a field's new text, and reads both: the two counts once both read (None while one is
    /// empty or cannot be read, whose error is then kept).
    pub(super) fn type_in(&mut self, field: EstimatorField, text: String) -> Option<(u64, u64)> {
        match field {
            EstimatorField::Friends => self.friends = text,
            EstimatorField::Broadcasts => self.broadcasts = text,
        }
        match self.pair() {
            Err((field, error)) => {
                self.problem = Some(Problem::Unreadable(field, error));
                None
            }
            Ok(pair) => {
                self.problem = None;
                pair
            }
        }
    }

    /// The fields read, but their product is more than `limit` messages.
    pub(super) fn too_large(&mut self, limit: u64) {
        self.problem = Some(Problem::TooLarge(limit));
    }

    /// The two fields as they read now: both counts, nothing yet (one is empty), or the first
    /// field that cannot be read.
    pub(super) fn pair(&self) -> Result<Option<(u64, u64)>, (EstimatorField, InputError)> {
        let read = |field: EstimatorField| match pricing::parse_message_count(self.text(field)) {
            Err(NumberError::Empty) => Ok(None),
            Err(error) => Err((field, InputError::Number(error))),
            Ok(count) => Ok(Some(count)),
        };
        let friends = read(EstimatorField::Friends)?;
        let broadcasts = read(EstimatorField::Broadcasts)?;
        Ok(friends.zip(broadcasts))
    }

    pub(super) fn error(&self) -> Option<(EstimatorField, &InputError)> {
        match &self.problem {
            Some(Problem::Unreadable(field, error)) => Some((*field, error)),
            _ => None,
        }
    }

    pub(super) fn too_large_limit(&self) -> Option<u64> {
        match self.problem {
            Some(Problem::TooLarge(limit)) => Some(limit),
            _ => None,
        }
    }

    pub(super) fn estimate(&self) -> Option<Estimate> {
        self.estimate
    }

    pub(super) fn set_estimate(&mut self, estimate: Option<Estimate>) {
        self.estimate = estimate;
    }
}

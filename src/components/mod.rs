//! The widget's pieces, one per file; data flows down as props and back up as callbacks.

pub mod choice_select;
pub mod number_field;
pub mod plan_table;
pub mod schedule_notes;
pub mod share_link;
pub mod summary;
pub mod tier_breakdown;
pub mod toggle;

pub use choice_select::ChoiceSelect;
pub use number_field::NumberField;
pub use plan_table::PlanTable;
pub use schedule_notes::ScheduleNotes;
pub use share_link::ShareLink;
pub use summary::Summary;
pub use tier_breakdown::{TierBreakdown, TierBreakdownProps};
pub use toggle::Toggle;

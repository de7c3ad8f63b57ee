//! The widget's pieces, one per file; data flows down as props and back up as callbacks.
//!
//! Pieces with state or effects (`NumberField`, `ShareLink`) are function components. The
//! stateless views are plain functions from their props struct to `Html`: each function
//! component costs about 600 bytes gzip of Yew lifecycle code in the bundle, and these
//! re-render with the App anyway.

pub mod choice_select;
pub mod cost_chart;
pub mod estimator;
pub mod number_field;
pub mod plan_table;
pub mod schedule_notes;
pub mod share_link;
pub mod summary;
pub mod tier_breakdown;
pub mod toggle;

pub use choice_select::{choice_select, ChoiceSelectProps};
pub use cost_chart::{cost_chart, CostChartProps};
pub use estimator::{estimator, EstimatorProps};
pub use number_field::{number_field, NumberField, NumberFieldProps};
pub use plan_table::{plan_table, PlanTableProps};
pub use schedule_notes::{schedule_notes, ScheduleNotesProps};
pub use share_link::ShareLink;
pub use summary::{summary, SummaryProps};
pub use tier_breakdown::{tier_breakdown, TierBreakdownProps};
pub use toggle::{toggle, ToggleProps};

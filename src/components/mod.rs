//! The widget's pieces, one per file; data flows down as props and back up as callbacks.
//!
//! Every piece is a plain function from its props struct to `Html`; the state lives in the App.
//! Each function component would cost about 600 bytes gzip of Yew lifecycle code in the
//! bundle, and these re-render with the App anyway. What a keystroke need not rebuild is
//! memoized in the App instead (`use_memo`): the planner's card, on its own inputs, and the
//! chart's drawing, on its axis (`ChartDrawingProps`).
//! The display-only ones write escaped markup (`crate::markup`) rather than `html!`, in pieces
//! that keep their elements while their text does not change; the figures tables are elements
//! (`table`, built by `element`), so a keystroke changes their text, not the tables.

pub mod choice_select;
pub mod cost_chart;
pub mod element;
pub mod estimator;
pub mod inputs;
pub mod more;
pub mod number_field;
pub mod old_plans;
pub mod plan_table;
pub mod planner;
pub mod schedule_notes;
pub mod schedule_status;
pub mod share_link;
pub mod summary;
pub mod table;
pub mod tier_breakdown;
pub mod toggle;

/// The one way a piece changes the state: the reducer's dispatcher, which stays the same across
/// renders (and compares equal), so a function component handed it is skipped while its other
/// props are unchanged.
pub type Dispatch = yew::UseReducerDispatcher<crate::app::State>;

pub use choice_select::{ChoiceSelect, ChoiceSelectProps};
pub use cost_chart::{chart_drawing, cost_chart, ChartDrawing, ChartDrawingProps, CostChartProps};
pub use estimator::{Estimator, EstimatorProps};
pub use inputs::{inputs, InputsProps};
pub use more::{more, MoreProps};
pub use number_field::{NumberFieldProps, NumberInput};
pub use old_plans::{old_plans, OldPlansProps};
pub use plan_table::{plan_table, PlanTableProps};
pub use planner::{PlannerCard, PlannerCardProps};
pub use schedule_notes::{schedule_notes, ScheduleNotesProps};
pub use schedule_status::{schedule_status, ScheduleStatusProps};
pub use share_link::{share_link, ShareLinkProps};
pub use summary::{summary, SummaryProps};
pub use tier_breakdown::{tier_breakdown, TierBreakdownProps};
pub use toggle::{Toggle, ToggleProps};

//! The cost chart's geometry, pure (no Yew, no web-sys) so it is tested natively: which range of
//! counts and amounts the axes span, where each plan's exact bill curve and each crossover sit,
//! and the tick values.
//!
//! Coordinates are whole tenths of a viewBox unit, printed with one decimal ("123.4"): they are
//! drawing positions, not money, but integer arithmetic keeps float formatting out of the bundle
//! and makes the positions exact and testable.

use rust_decimal::prelude::ToPrimitive;
use rust_decimal::{Decimal, RoundingStrategy};

pub use crate::numerals::Coord;
use crate::pricing::{
    bill_curve, cheapest_ranges, BillCurve, CheapestRange, Plan, PricingError, MAX_MESSAGES,
};

/// The SVG viewBox: sized for a phone column, so its text stays readable at 320 px.
pub const VIEW_WIDTH: i64 = 360;
pub const VIEW_HEIGHT: i64 = 250;
/// The same, as the `viewBox` attribute (tests/chart.rs checks that they agree).
pub const VIEW_BOX: &str = "0 0 360 250";
/// The plotting area inside the viewBox: room for tick labels left (up to "NT$10,000,000"), for
/// the amount axis title and the crossover labels above.
pub const PLOT_LEFT: i64 = 92;
pub const PLOT_RIGHT: i64 = 348;
pub const PLOT_TOP: i64 = 38;
pub const PLOT_BOTTOM: i64 = 218;

/// Everything the chart draws, for one schedule's plans and the reader's count.
#[derive(Clone, Debug, PartialEq)]
pub struct CostChart {
    /// The right end of the message axis: a round number past every crossover, every plan's
    /// included messages and the reader's count.
    pub x_max: u64,
    /// The top of the amount axis: a round amount at or above every drawn bill.
    pub y_max: Decimal,
    /// One exact curve per plan, in plan order.
    pub curves: Vec<BillCurve>,
    /// Which plan is cheapest where, over `0..=x_max`; each range after the first starts at a
    /// crossover.
    pub ranges: Vec<CheapestRange>,
}

impl CostChart {
    /// The chart for `plans`, spanning at least `0..=reader_count`.
    ///
    /// ```
    /// use line_oa_calc::chart::CostChart;
    /// let tw = line_oa_calc::pricing::schedule_by_id("tw-2026-11").unwrap();
    /// let chart = CostChart::new(&tw.plans, Some(12_000)).unwrap();
    /// assert_eq!(chart.x_max, 20_000);
    /// assert_eq!(chart.crossovers().collect::<Vec<_>>(), [201, 3_001]);
    /// ```
    pub fn new(plans: &[Plan], reader_count: Option<u64>) -> Result<CostChart, PricingError> {
        CostChart::spanning(plans, CostChart::axis_end(plans, reader_count)?)
    }

    /// The right end of the message axis for `plans` and the reader's count: everything else the
    /// chart draws follows from it, so a count that keeps it keeps the whole drawing.
    ///
    /// ```
    /// use line_oa_calc::chart::CostChart;
    /// let tw = line_oa_calc::pricing::schedule_by_id("tw-2026-11").unwrap();
    /// assert_eq!(CostChart::axis_end(&tw.plans, Some(12_000)), Ok(20_000));
    /// assert_eq!(CostChart::axis_end(&tw.plans, Some(13_000)), Ok(20_000));
    /// ```
    pub fn axis_end(plans: &[Plan], reader_count: Option<u64>) -> Result<u64, PricingError> {
        let included = plans.iter().map(|plan| plan.included_messages).max();
        let wide_enough = included.unwrap_or(0).max(reader_count.unwrap_or(0));
        // The last crossover can lie beyond every included count (a flat add-on price
        // overtaking a higher fee): look far enough to include it.
        let probe = nice_ceiling(wide_enough.saturating_mul(4).max(10)).min(MAX_MESSAGES);
        let last_crossover = cheapest_ranges(plans, probe)?
            .last()
            .map_or(0, |range| range.first);
        let span = wide_enough.max(last_crossover).saturating_add(1);
        Ok(nice_ceiling(span.saturating_mul(5) / 4).min(MAX_MESSAGES))
    }

    /// The chart over `0..=x_max`.
    pub fn spanning(plans: &[Plan], x_max: u64) -> Result<CostChart, PricingError> {
        let ranges = cheapest_ranges(plans, x_max)?;
        let curves = plans
            .iter()
            .map(|plan| bill_curve(plan, x_max))
            .collect::<Result<Vec<_>, _>>()?;
        let highest = curves
            .iter()
            .flat_map(|curve| curve.points.iter().map(|point| point.bill))
            .max()
            .unwrap_or_default();
        let whole = highest
            .round_dp_with_strategy(0, RoundingStrategy::ToPositiveInfinity)
            .to_u64()
            .unwrap_or(u64::MAX);
        let y_max = Decimal::from(nice_ceiling(whole.max(1)));
        Ok(CostChart {
            x_max,
            y_max,
            curves,
            ranges,
        })
    }

    /// The counts where the cheapest plan changes.
    pub fn crossovers(&self) -> impl Iterator<Item = u64> + '_ {
        self.ranges.iter().skip(1).map(|range| range.first)
    }

    /// Where a message count sits on the horizontal axis (clamped to the plot).
    pub fn x(&self, messages: u64) -> Coord {
        // At most 10^15 messages × 2,820 tenths: fits in a u64, no 128-bit division needed.
        let width = (PLOT_RIGHT - PLOT_LEFT) as u64 * 10;
        let offset = messages.min(self.x_max).saturating_mul(width) / self.x_max.max(1);
        Coord(PLOT_LEFT * 10 + offset as i64)
    }

    /// Where an amount sits on the vertical axis (clamped to the plot), rounded half away from zero.
    pub fn y(&self, amount: Decimal) -> Coord {
        let height = Decimal::from((PLOT_BOTTOM - PLOT_TOP) * 10);
        let share = amount
            .min(self.y_max)
            .checked_mul(height)
            .and_then(|scaled| scaled.checked_div(self.y_max))
            .unwrap_or_default()
            .round_dp_with_strategy(0, RoundingStrategy::MidpointAwayFromZero);
        Coord(PLOT_BOTTOM * 10 - share.to_i64().unwrap_or(0))
    }

    /// The vertices of plan `index`'s bill curve, in drawing positions (empty for no such plan).
    pub fn path_points(&self, index: usize) -> impl Iterator<Item = (Coord, Coord)> + '_ {
        self.curves
            .get(index)
            .into_iter()
            .flat_map(|curve| curve.points.iter())
            .map(|point| (self.x(point.messages), self.y(point.bill)))
    }

    /// Message-axis ticks: 0, half and all of `x_max` (round, since `x_max` is); more would
    /// collide at 320 px once counts have six digits.
    pub fn x_ticks(&self) -> [u64; 3] {
        [0, self.x_max / 2, self.x_max]
    }

    /// Amount-axis ticks: 0, half and all of `y_max`.
    pub fn y_ticks(&self) -> [Decimal; 3] {
        [Decimal::ZERO, self.y_max / Decimal::TWO, self.y_max]
    }
}

/// The smallest "round" number at or above `value`: 1, 2, 4, 5 or 8 times a power of ten
/// (4 and 8, not 2.5, so that half of it is round too).
///
/// ```
/// use line_oa_calc::chart::nice_ceiling;
/// assert_eq!(nice_ceiling(7_500), 8_000);
/// assert_eq!(nice_ceiling(8_001), 10_000);
/// assert_eq!(nice_ceiling(4_001), 5_000);
/// assert_eq!(nice_ceiling(41_000), 50_000);
/// assert_eq!(nice_ceiling(3), 4);
/// ```
pub fn nice_ceiling(value: u64) -> u64 {
    let mut power: u64 = 1;
    loop {
        for step in [1, 2, 4, 5, 8] {
            match power.checked_mul(step) {
                Some(candidate) if candidate >= value => return candidate,
                None => return u64::MAX,
                _ => {}
            }
        }
        match power.checked_mul(10) {
            Some(next) => power = next,
            None => return u64::MAX,
        }
    }
}

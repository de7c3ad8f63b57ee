//! The monthly bill of every plan against the month's messages, as an SVG line chart: exact
//! curves (drawn through their true vertices), the counts where the cheapest plan changes,
//! the reader's count, and a line that ends where a plan can send no more. The same facts
//! follow as text, for screen readers and for anyone who prefers reading.
//!
//! The SVG's content is written as markup (a few dozen elements of coordinates built through
//! `html!` cost about 10 KB of wasm), in pieces around the reader's marker, so that a keystroke
//! replaces the marker and keeps the drawing (see [`ChartDrawing`]). Every text in it is escaped
//! by [`Markup`].

use yew::prelude::*;

use crate::calculator::ScheduleRef;
use crate::chart::{self, Coord, CostChart};
use crate::components::element;
use crate::display;
use crate::i18n::Lang;
use crate::lit;
use crate::markup::{Literal, Markup};
use crate::pricing::{self, format_count, Schedule, TaxView};

/// What the chart's drawing depends on: the schedule, the language, the tax view and the message
/// axis. A keystroke that keeps the axis keeps the drawing (the App memoizes it on these), so
/// only the reader's marker is drawn again.
#[derive(Clone, PartialEq)]
pub struct ChartDrawingProps {
    pub schedule: ScheduleRef,
    /// The right end of the message axis ([`CostChart::axis_end`] for the reader's count).
    pub x_max: u64,
    /// The amounts' tax view: the curves are drawn without tax, the axis is labelled in this view
    /// (tax is a constant factor, so only the labels change).
    pub tax_view: TaxView,
    pub lang: Lang,
}

impl ChartDrawingProps {
    /// The drawing for the reader's count; `None` if the schedule cannot be charted.
    pub fn for_count(
        schedule: ScheduleRef,
        count: Option<u64>,
        tax_view: TaxView,
        lang: Lang,
    ) -> Option<ChartDrawingProps> {
        let x_max = CostChart::axis_end(&schedule.plans, count).ok()?;
        Some(ChartDrawingProps {
            schedule,
            x_max,
            tax_view,
            lang,
        })
    }
}

/// The chart's markup that does not depend on the reader's count, in the pieces that go around
/// the marker. Each piece is inserted on its own, so an unchanged piece keeps its elements.
pub struct ChartDrawing {
    chart: CostChart,
    /// The heading.
    heading: Html,
    /// The main panel's title, grid, labels, crossovers and curves: drawn under the marker.
    main: Html,
    /// The main panel's axis line: drawn over the marker.
    axis: Html,
    /// The close-up panel, whole (it has no marker), when the axis is wide.
    close_up: Html,
    /// The legend, and the same facts as text.
    text: Html,
}

pub struct CostChartProps<'a> {
    pub drawing: &'a ChartDrawing,
    /// The reader's monthly count, marked on the chart.
    pub marker: Option<u64>,
    pub lang: Lang,
}

/// The chart: the memoized drawing, with the reader's marker in the main panel.
pub fn cost_chart(props: &CostChartProps<'_>) -> Html {
    let drawing = props.drawing;
    let mut marker = Markup::default();
    if let Some(messages) = props.marker {
        let x = drawing.chart.x(messages);
        let (shift, anchor) = if messages > drawing.chart.x_max / 2 {
            (-30, lit!("end"))
        } else {
            (30, lit!("start"))
        };
        let (top, bottom) = (
            Coord::units(chart::PLOT_TOP),
            Coord::units(chart::PLOT_BOTTOM),
        );
        marker
            .raw(lit!(
                r#"<g id="chart-marker" class="chart__marker" data-messages=""#
            ))
            .int(messages)
            .raw(lit!(r#"">"#));
        line(&mut marker, x, x, top, bottom);
        label(
            &mut marker,
            Coord(x.0 + shift),
            Coord(bottom.0 - 60),
            anchor,
            props.lang.texts().chart_marker,
        );
        marker.raw(lit!("</g>"));
    }
    html! {
        <section id="cost-chart" class="card chart" aria-labelledby="chart-heading">
            { drawing.heading.clone() }
            <div class="chart__panels">
                <svg viewBox={chart::VIEW_BOX} class="chart__svg" role="img" aria-labelledby="chart-title chart-desc">
                    { drawing.main.clone() }
                    { element::markup(&marker) }
                    { drawing.axis.clone() }
                </svg>
                { drawing.close_up.clone() }
            </div>
            { drawing.text.clone() }
        </section>
    }
}

/// The chart's drawing for one axis (see [`ChartDrawingProps`]); `None` if it cannot be drawn.
pub fn chart_drawing(props: &ChartDrawingProps) -> Option<ChartDrawing> {
    let schedule: &Schedule = &props.schedule;
    let chart = CostChart::spanning(&schedule.plans, props.x_max).ok()?;
    let t = props.lang.texts();
    let lang = props.lang.tag();
    let plan_name = |index: usize| {
        schedule
            .plans
            .get(index)
            .map_or("", |plan| plan.name.text(lang))
    };

    // At agency volumes the low plans and their crossovers crowd into the first pixels: a second
    // panel then shows the range where they differ (the chart with no reader's count), and the
    // wide one leaves their counts to it.
    // (The close-up spans at least every plan's included messages: below that ratio there is
    // none, and no second chart is worked out.)
    let plans_span = schedule
        .plans
        .iter()
        .map(|plan| plan.included_messages)
        .max();
    let close_up = (chart.x_max / CLOSE_UP_RATIO >= plans_span.unwrap_or(0))
        .then(|| CostChart::new(&schedule.plans, None).ok())
        .flatten()
        .filter(|close| close.x_max.saturating_mul(CLOSE_UP_RATIO) <= chart.x_max);
    let mut heading = Markup::new();
    heading
        .raw(lit!(r#"<h2 id="chart-heading">"#))
        .text(t.chart_title)
        .raw(lit!("</h2>"));
    let labelled_from = close_up
        .as_ref()
        .map_or(0, |close| close.x_max.saturating_add(1));
    let mut main = Markup::new();
    svg_drawing(&mut main, &chart, props, Panel::Main { labelled_from });
    let mut axis = Markup::new();
    axis_line(&mut axis);
    let mut close_up_markup = Markup::new();
    if let Some(close) = &close_up {
        close_up_markup
            .raw(lit!(r#"<svg viewBox="0 0 "#))
            .int(chart::VIEW_WIDTH as u64)
            .raw(lit!(" "))
            .int(chart::VIEW_HEIGHT as u64)
            .raw(lit!(
                r#"" id="chart-close-up" class="chart__svg" role="img" aria-labelledby="chart-close-title chart-desc">"#
            ));
        svg_drawing(&mut close_up_markup, close, props, Panel::CloseUp);
        axis_line(&mut close_up_markup);
        close_up_markup.raw(lit!("</svg>"));
    }
    let mut m = Markup::new();
    m.raw(lit!(r#"<ul class="chart__legend">"#));
    for (index, plan) in schedule.plans.iter().enumerate() {
        m.raw(lit!(
            r#"<li><span class="chart__swatch" aria-hidden="true" data-plan-index=""#
        ))
        .int(index as u64)
        .raw(lit!(r#""></span>"#))
        .text(plan.name.text(lang))
        .raw(lit!("</li>"));
    }
    m.raw(lit!(r#"</ul><ul id="chart-facts" class="chart__facts">"#));
    for range in &chart.ranges {
        let first = format_count(range.first);
        let fact = if range.last >= chart.x_max {
            t.chart_cheapest_open
                .fill(&[plan_name(range.plan_index), &first])
        } else {
            t.chart_cheapest_range.fill(&[
                plan_name(range.plan_index),
                &first,
                &format_count(range.last),
            ])
        };
        m.raw(lit!("<li>")).text(&fact).raw(lit!("</li>"));
    }
    // A crossover where both plans cost the same is a tie, and the advice says so (the range after it
    // is the plan with more included messages, as the plan table recommends).
    for pair in chart.ranges.windows(2) {
        let &[before, after] = pair else { continue };
        let bill = |index: usize| {
            schedule
                .plans
                .get(index)
                .and_then(|plan| pricing::monthly_bill(plan, after.first).ok())
                .filter(|bill| bill.is_feasible())
        };
        if let (Some(old), Some(new)) = (bill(before.plan_index), bill(after.plan_index)) {
            if old.total == new.total {
                let tie = t.chart_tie.fill(&[
                    &format_count(after.first),
                    plan_name(before.plan_index),
                    plan_name(after.plan_index),
                ]);
                m.raw(lit!("<li>")).text(&tie).raw(lit!("</li>"));
            }
        }
    }
    for (index, curve) in chart.curves.iter().enumerate() {
        if let Some(end) = curve.points.last().filter(|_| curve.ends_infeasible) {
            let limit = t
                .chart_plan_limit
                .fill(&[plan_name(index), &format_count(end.messages)]);
            m.raw(lit!("<li>")).text(&limit).raw(lit!("</li>"));
        }
    }
    m.raw(lit!("</ul>"));
    Some(ChartDrawing {
        chart,
        heading: element::markup(&heading),
        main: element::markup(&main),
        axis: element::markup(&axis),
        close_up: element::markup(&close_up_markup),
        text: element::markup(&m),
    })
}

/// The close-up panel appears once the main axis is this many times wider than the close-up's.
const CLOSE_UP_RATIO: u64 = 4;

/// Which of the chart's panels is drawn.
#[derive(Clone, Copy)]
enum Panel {
    /// The whole range, with the reader's count; crossovers below `labelled_from` are drawn but
    /// their counts are left to the close-up.
    Main { labelled_from: u64 },
    /// The low range, where the smaller plans and every crossover are apart.
    CloseUp,
}

/// One panel's drawing, inside its `<svg>`: title, grid, labels, crossovers and curves (the
/// marker and the axis line go over them).
fn svg_drawing(m: &mut Markup, chart: &CostChart, props: &ChartDrawingProps, panel: Panel) {
    let schedule: &Schedule = &props.schedule;
    let t = props.lang.texts();
    let lang = props.lang.tag();
    let (left, right) = (
        Coord::units(chart::PLOT_LEFT),
        Coord::units(chart::PLOT_RIGHT),
    );
    let (top, bottom) = (
        Coord::units(chart::PLOT_TOP),
        Coord::units(chart::PLOT_BOTTOM),
    );
    let labelled_from = match panel {
        Panel::Main { labelled_from } => {
            m.raw(lit!(r#"<title id="chart-title">"#))
                .text(t.chart_title)
                .raw(lit!(r#"</title><desc id="chart-desc">"#))
                .text(&t.chart_desc.fill(&[schedule.name.text(lang)]))
                .raw(lit!("</desc>"));
            labelled_from
        }
        Panel::CloseUp => {
            let title = t.chart_close_up.fill(&[&format_count(chart.x_max)]);
            m.raw(lit!(r#"<title id="chart-close-title">"#))
                .text(&title)
                .raw(lit!("</title>"));
            // Also printed: a sighted reader must tell the close-up from the wide panel.
            label(m, right, Coord::units(12), lit!("end"), &title);
            0
        }
    };
    for amount in chart.y_ticks() {
        let y = chart.y(amount);
        m.raw(lit!(r#"<g class="chart__grid">"#));
        line(m, left, right, y, y);
        // Centred on its grid line, except the zero: it sits on the axis, clear of the count
        // axis's "0" just below and right of it (they read as "฿00" when they touched).
        let baseline = if amount.is_zero() { y.0 - 10 } else { y.0 + 40 };
        label(
            m,
            Coord(left.0 - 40),
            Coord(baseline),
            lit!("end"),
            &schedule
                .tax
                .apply(amount, props.tax_view)
                .map(|amount| display::money(schedule, amount))
                .unwrap_or_default(),
        );
        m.raw(lit!("</g>"));
    }
    for messages in chart.x_ticks() {
        let anchor = match messages {
            0 => lit!("start"),
            _ if messages == chart.x_max => lit!("end"),
            _ => lit!("middle"),
        };
        label(
            m,
            chart.x(messages),
            Coord(bottom.0 + 150),
            anchor,
            &format_count(messages),
        );
    }
    label(
        m,
        right,
        Coord::units(chart::VIEW_HEIGHT - 4),
        lit!("end"),
        t.chart_axis_messages,
    );
    label(
        m,
        Coord::units(2),
        Coord::units(12),
        lit!("start"),
        match props.tax_view {
            TaxView::Excluded => t.chart_axis_bill,
            TaxView::Included => t.chart_axis_bill_with_tax,
        },
    );
    // Crossovers close together (a wide axis) would print their counts over each other:
    // such a label drops to a second row, just inside the plot.
    let mut row_ends = [i64::MIN; 2];
    for messages in chart.crossovers() {
        let x = chart.x(messages);
        m.raw(lit!(r#"<g class="chart__crossover" data-messages=""#))
            .int(messages)
            .raw(lit!(r#"">"#));
        line(m, x, x, top, bottom);
        if messages >= labelled_from {
            let text = format_count(messages);
            let half_width = text.len() as i64 * 36; // tenths: about 7.2 units a character
            let row = usize::from(x.0 - half_width < row_ends[0]);
            row_ends[row] = x.0 + half_width + 40;
            let y = if row == 0 { top.0 - 60 } else { top.0 + 130 };
            label(m, x, Coord(y), lit!("middle"), &text);
        }
        m.raw(lit!("</g>"));
    }
    for (index, (plan, curve)) in schedule.plans.iter().zip(&chart.curves).enumerate() {
        m.raw(lit!(r#"<g class="chart__plan" data-plan-index=""#))
            .int(index as u64)
            .raw(lit!(r#""><path data-plan=""#))
            .text(&plan.id)
            .raw(lit!(r#"" d=""#))
            .path(chart.path_points(index))
            .raw(lit!(r#""/>"#));
        // A plan that cannot send more ends in a ring, not in a line running on.
        if let Some(end) = curve.points.last().filter(|_| curve.ends_infeasible) {
            let limit = t
                .chart_plan_limit
                .fill(&[plan.name.text(lang), &format_count(end.messages)]);
            m.raw(lit!(r#"<circle class="chart__end" r="3.5" cx=""#))
                .coord(chart.x(end.messages))
                .raw(lit!(r#"" cy=""#))
                .coord(chart.y(end.bill))
                .raw(lit!(r#"">"#))
                .raw(lit!("<title>"))
                .text(&limit)
                .raw(lit!("</title></circle>"));
        }
        m.raw(lit!("</g>"));
    }
}

/// The count axis's line, over the curves and the marker.
fn axis_line(m: &mut Markup) {
    let (left, right) = (
        Coord::units(chart::PLOT_LEFT),
        Coord::units(chart::PLOT_RIGHT),
    );
    let bottom = Coord::units(chart::PLOT_BOTTOM);
    m.raw(lit!(r#"<g class="chart__axis">"#));
    line(m, left, right, bottom, bottom);
    m.raw(lit!("</g>"));
}

/// `<line x1 x2 y1 y2/>`.
fn line(m: &mut Markup, x1: Coord, x2: Coord, y1: Coord, y2: Coord) {
    m.raw(lit!(r#"<line x1=""#))
        .coord(x1)
        .raw(lit!(r#"" x2=""#))
        .coord(x2)
        .raw(lit!(r#"" y1=""#))
        .coord(y1)
        .raw(lit!(r#"" y2=""#))
        .coord(y2)
        .raw(lit!(r#""/>"#));
}

/// `<text>` at (x, y), anchored `anchor` ("start", "middle", "end").
fn label(m: &mut Markup, x: Coord, y: Coord, anchor: Literal, text: &str) {
    m.raw(lit!(r#"<text x=""#))
        .coord(x)
        .raw(lit!(r#"" y=""#))
        .coord(y)
        .raw(lit!(r#"" text-anchor=""#))
        .raw(anchor)
        .raw(lit!(r#"">"#))
        .text(text)
        .raw(lit!("</text>"));
}

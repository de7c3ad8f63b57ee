//! The plan comparison for one monthly message count: one row per plan, the cheapest
//! feasible one marked as recommended (visibly and for screen readers).
//! On narrow screens CSS turns each row into a card labelled from `data-label`.

use rust_decimal::Decimal;
use yew::prelude::*;

use crate::calculator::{Certainty, ScheduleRef};
use crate::components::element;
use crate::components::table::{self, Cell, Row};

use crate::display;
use crate::figures::{self, BillFigures};
use crate::i18n::{Lang, Texts};
use crate::lit;
use crate::markup::Markup;
use crate::pricing::{
    format_count, Feasibility, InfeasibleReason, PlanBill, PlanComparison, Schedule, TaxView,
};

pub struct PlanTableProps<'a> {
    /// The heading above the table (its id is `{id}-title`, for the section around it).
    pub heading: &'a str,
    /// `plan-table` for the current schedule; another id for a second table.
    pub id: &'static str,
    pub caption: &'a str,
    pub schedule: ScheduleRef,
    pub comparison: &'a PlanComparison,
    pub tax_view: TaxView,
    pub lang: Lang,
}

/// The column headings after the plan name, in order (the row's cells follow the same order).
fn columns(t: &Texts) -> [&'static str; 8] {
    [
        t.col_monthly_fee,
        t.col_included,
        t.col_addon_allowed,
        t.col_addon_messages,
        t.col_addon_cost,
        t.col_total,
        t.col_per_message,
        t.col_status,
    ]
}

pub fn plan_table(props: &PlanTableProps<'_>) -> Html {
    let t = props.lang.texts();
    let mut heading = Markup::new();
    heading
        .raw(lit!(r#"<h2 id=""#))
        .text(props.id)
        .raw(lit!(r#"-title">"#))
        .text(props.heading)
        .raw(lit!("</h2>"));
    let mut badged = false;
    let tied: Vec<usize> = props.comparison.tied_with_recommended().collect();
    let rows = props
        .comparison
        .bills
        .iter()
        .enumerate()
        .map(|(index, bill)| {
            let standing = if props.comparison.recommended == Some(index) {
                Standing::Recommended
            } else if tied.contains(&index) {
                Standing::SameCost
            } else {
                Standing::Other
            };
            let (row, row_badged) = plan_row(props, bill, standing);
            badged |= row_badged;
            row
        })
        .collect();
    let mut notes = Markup::new();
    // A tie is advice too: which plan, and why that one.
    if let Some(recommended) = props.comparison.recommended.filter(|_| !tied.is_empty()) {
        let name = |index: usize| {
            props
                .comparison
                .bills
                .get(index)
                .map_or("", |bill| plan_name(props, bill))
        };
        let others: Vec<&str> = tied.iter().map(|&index| name(index)).collect();
        notes
            .raw(lit!(r#"<p class="table__caveat table__tie">"#))
            .text(
                t.tie_note
                    .fill(&[
                        name(recommended),
                        &display::list(&others, t.marker_separator),
                    ])
                    .trim_start(),
            )
            .raw(lit!("</p>"));
    }
    // The "upper estimate" badge explained under the table it appears in.
    if badged {
        notes
            .raw(lit!(r#"<p class="table__caveat">"#))
            .text(t.estimate_note)
            .raw(lit!("</p>"));
    }
    let headings: Vec<&'static str> = [t.col_plan].into_iter().chain(columns(t)).collect();
    html! { <>
        { element::markup(&heading) }
        { table::table(Some(props.id), "plans cards", props.caption, &headings, rows, None) }
        { element::markup(&notes) }
    </> }
}

/// Where a row stands in the advice.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Standing {
    Recommended,
    /// Costs as much as the recommended plan.
    SameCost,
    Other,
}

/// A plan's name in the page's language (its id if the schedule lacks it).
fn plan_name<'a>(props: &PlanTableProps<'a>, bill: &'a PlanBill) -> &'a str {
    props.schedule.0.plan_name(&bill.plan_id, props.lang.tag())
}

/// One plan's row; whether it carries an "upper estimate" badge.
fn plan_row(props: &PlanTableProps<'_>, bill: &PlanBill, standing: Standing) -> (Html, bool) {
    let t = props.lang.texts();
    let schedule: &Schedule = &props.schedule;
    let plan = schedule.plan(&bill.plan_id);
    let name = plan_name(props, bill);
    let recommended = standing == Standing::Recommended;
    let addon_allowed = plan.is_some_and(|plan| plan.addon.is_some());
    // Rounded once, so that fee + add-on cost = total as shown.
    let figures = figures::bill_figures(schedule, bill, props.tax_view);
    let money = |pick: fn(&BillFigures) -> Decimal| match &figures {
        Some(figures) => display::money(schedule, pick(figures)),
        None => t.not_applicable.to_owned(),
    };
    // Amounts that rest on an unconfirmed tier carry a visible "upper estimate" badge.
    let estimate = !bill.confirmed();
    let cell = |text: String, badge: bool| (text, badge && estimate);

    let feasible_cells = match &bill.feasibility {
        Feasibility::Feasible => {
            let addon_cost = match &bill.addon {
                Some(quote) => cell(money(|f| f.addon), quote.messages > 0),
                None => cell(t.not_applicable.to_owned(), false),
            };
            let per_message = bill
                .cost_per_message(&schedule.tax, props.tax_view)
                .map(|average| display::per_message(schedule, average));
            // The total divided by the (exact) count: as much an estimate as the total.
            let per_message_certainty =
                Certainty::of_ratio(Certainty::of_amount(bill.confirmed()), Certainty::Exact);
            [
                cell(format_count(bill.addon_messages), false),
                addon_cost,
                cell(money(|f| f.total), true),
                cell(
                    per_message.unwrap_or_else(|| t.not_applicable.to_owned()),
                    per_message_certainty == Some(Certainty::UpperEstimate),
                ),
                cell(t.feasible.to_owned(), false),
            ]
        }
        Feasibility::Infeasible(reason) => {
            let na = || cell(t.not_applicable.to_owned(), false);
            let why = match reason {
                InfeasibleReason::AddonNotAvailable { included } => {
                    t.infeasible_no_addon.fill(&[&format_count(*included)])
                }
                InfeasibleReason::AboveAddonMaximum { max_total } => {
                    t.infeasible_above_max.fill(&[&format_count(*max_total)])
                }
            };
            [na(), na(), na(), na(), cell(why, false)]
        }
    };
    let cells = [
        cell(money(|f| f.fee), false),
        cell(format_count(bill.included_messages), false),
        cell(if addon_allowed { t.yes } else { t.no }.to_owned(), false),
    ]
    .into_iter()
    .chain(feasible_cells);

    let mut heading = vec![table::span("plans__name", name)];
    if recommended {
        heading.push(table::span("badge badge--recommended", t.recommended));
        heading.push(table::span("visually-hidden", t.recommended_sr));
    }
    if standing == Standing::SameCost {
        heading.push(table::span("badge badge--same", t.same_cost_badge));
    }
    let mut row_cells = vec![table::cell(Cell::heading(t.col_plan), heading)];
    let mut badged = false;
    for (label, (text, badge)) in columns(t).into_iter().zip(cells) {
        let mut content = vec![table::text(&text)];
        if badge {
            content.push(table::span("badge badge--estimate", t.upper_bound_marker));
            badged = true;
        }
        let kind = Cell {
            // Cards leave out what does not apply; the table keeps its grid.
            not_applicable: text == t.not_applicable,
            ..Cell::data(label)
        };
        row_cells.push(table::cell(kind, content));
    }
    let row = table::row(
        Row {
            plan: Some(&bill.plan_id),
            recommended,
            infeasible: !bill.is_feasible(),
            ..Row::default()
        },
        row_cells,
    );
    (row, badged)
}

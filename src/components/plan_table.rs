//! The plan comparison for one monthly message count: one row per plan, the cheapest
//! feasible one marked as recommended (visibly and for screen readers).
//! On narrow screens CSS turns each row into a card labelled from `data-label`.

use rust_decimal::Decimal;
use yew::prelude::*;

use crate::calculator::{Certainty, ScheduleRef};

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
    pub id: AttrValue,
    pub caption: AttrValue,
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
    let mut m = Markup::new();
    m.raw(lit!(r#"<h2 id=""#))
        .text(&props.id)
        .raw(lit!(r#"-title">"#))
        .text(props.heading)
        .raw(lit!(
            r#"</h2><div class="table-wrap"><table class="plans cards" id=""#
        ))
        .text(&props.id)
        .raw(lit!(r#""><caption>"#))
        .text(&props.caption)
        .raw(lit!(r#"</caption><thead><tr><th scope="col">"#))
        .text(t.col_plan);
    for heading in columns(t) {
        m.raw(lit!(r#"</th><th scope="col">"#)).text(heading);
    }
    m.raw(lit!("</th></tr></thead><tbody>"));
    let mut badged = false;
    let tied: Vec<usize> = props.comparison.tied_with_recommended().collect();
    for (index, bill) in props.comparison.bills.iter().enumerate() {
        let standing = if props.comparison.recommended == Some(index) {
            Standing::Recommended
        } else if tied.contains(&index) {
            Standing::SameCost
        } else {
            Standing::Other
        };
        badged |= plan_row(&mut m, props, bill, standing);
    }
    m.raw(lit!("</tbody></table></div>"));
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
        m.raw(lit!(r#"<p class="table__caveat table__tie">"#))
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
        m.raw(lit!(r#"<p class="table__caveat">"#))
            .text(t.estimate_note)
            .raw(lit!("</p>"));
    }
    Html::from_html_unchecked(m.finish().into())
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
    props
        .schedule
        .0
        .plan(&bill.plan_id)
        .map_or(&*bill.plan_id, |plan| plan.name.text(props.lang.tag()))
}

/// One plan's row; whether it carries an "upper estimate" badge.
fn plan_row(
    m: &mut Markup,
    props: &PlanTableProps<'_>,
    bill: &PlanBill,
    standing: Standing,
) -> bool {
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

    // Styled by these attributes rather than classes.
    m.raw(lit!(r#"<tr data-plan=""#))
        .text(&bill.plan_id)
        .raw(lit!(r#"""#));
    if recommended {
        m.raw(lit!(r#" data-recommended="true""#));
    }
    if !bill.is_feasible() {
        m.raw(lit!(r#" data-infeasible="true""#));
    }
    m.raw(lit!(r#"><th scope="row" data-label=""#))
        .text(t.col_plan)
        .raw(lit!(r#""><span class="plans__name">"#))
        .text(name)
        .raw(lit!("</span>"));
    if recommended {
        m.raw(lit!(r#"<span class="badge badge--recommended">"#))
            .text(t.recommended)
            .raw(lit!(r#"</span><span class="visually-hidden">"#))
            .text(t.recommended_sr)
            .raw(lit!("</span>"));
    }
    if standing == Standing::SameCost {
        m.raw(lit!(r#"<span class="badge badge--same">"#))
            .text(t.same_cost_badge)
            .raw(lit!("</span>"));
    }
    m.raw(lit!("</th>"));
    let mut badged = false;
    for (label, (text, badge)) in columns(t).into_iter().zip(cells) {
        m.raw(lit!(r#"<td data-label=""#))
            .text(label)
            .raw(lit!(r#"""#));
        // Cards leave out what does not apply; the table keeps its grid.
        if text == t.not_applicable {
            m.raw(lit!(r#" data-na="true""#));
        }
        m.raw(lit!(">")).text(&text);
        if badge {
            m.raw(lit!(r#"<span class="badge badge--estimate">"#))
                .text(t.upper_bound_marker)
                .raw(lit!("</span>"));
            badged = true;
        }
        m.raw(lit!("</td>"));
    }
    m.raw(lit!("</tr>"));
    badged
}

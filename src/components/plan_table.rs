//! The plan comparison for one monthly message count: one row per plan, the cheapest
//! feasible one marked as recommended (visibly and for screen readers).
//! On narrow screens CSS turns each row into a card labelled from `data-label`.

use rust_decimal::Decimal;
use yew::prelude::*;

use crate::calculator::ScheduleRef;

use crate::display;
use crate::i18n::{Lang, Texts};
use crate::pricing::{
    format_count, Feasibility, InfeasibleReason, PlanBill, PlanComparison, Schedule, TaxView,
};

pub struct PlanTableProps {
    /// `plan-table` for the current schedule; another id for a second table.
    pub id: AttrValue,
    pub caption: AttrValue,
    pub schedule: ScheduleRef,
    pub comparison: PlanComparison,
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

pub fn plan_table(props: &PlanTableProps) -> Html {
    let t = props.lang.texts();
    html! {
        <div class="table-wrap">
            <table id={props.id.clone()} class="plans cards">
                <caption>{ props.caption.clone() }</caption>
                <thead>
                    <tr>
                        <th scope="col">{ t.col_plan }</th>
                        { for columns(t).into_iter().map(|heading| html! { <th scope="col">{ heading }</th> }) }
                    </tr>
                </thead>
                <tbody>
                    { for props.comparison.bills.iter().enumerate().map(|(index, bill)| {
                        plan_row(props, bill, props.comparison.recommended == Some(index))
                    }) }
                </tbody>
            </table>
        </div>
    }
}

fn plan_row(props: &PlanTableProps, bill: &PlanBill, recommended: bool) -> Html {
    let t = props.lang.texts();
    let schedule: &Schedule = &props.schedule;
    let plan = schedule.plan(&bill.plan_id);
    let name = plan.map_or(&*bill.plan_id, |plan| plan.name.text(props.lang.tag()));
    let addon_allowed = plan.is_some_and(|plan| plan.addon.is_some());
    let money = |amount: Decimal| match schedule.tax.apply(amount, props.tax_view) {
        Ok(amount) => display::money(schedule, amount),
        Err(_) => t.not_applicable.to_owned(),
    };
    // Amounts that rest on an unconfirmed tier carry a visible "upper estimate" badge.
    let estimate = !bill.confirmed();
    let cell = |text: String, badge: bool| (text, badge && estimate);

    let feasible_cells = match &bill.feasibility {
        Feasibility::Feasible => {
            let addon_cost = match &bill.addon {
                Some(quote) => cell(money(quote.amount), quote.messages > 0),
                None => cell(t.not_applicable.to_owned(), false),
            };
            let per_message = bill
                .cost_per_message(&schedule.tax, props.tax_view)
                .map(|average| display::per_message(schedule, average));
            [
                cell(format_count(bill.addon_messages), false),
                addon_cost,
                cell(money(bill.total), true),
                cell(
                    per_message.unwrap_or_else(|| t.not_applicable.to_owned()),
                    false,
                ),
                cell(t.feasible.to_owned(), false),
            ]
        }
        Feasibility::Infeasible(reason) => {
            let na = || cell(t.not_applicable.to_owned(), false);
            let why = match reason {
                InfeasibleReason::AddonNotAvailable { included } => {
                    (t.infeasible_no_addon)(&format_count(*included))
                }
                InfeasibleReason::AboveAddonMaximum { max_total } => {
                    (t.infeasible_above_max)(&format_count(*max_total))
                }
            };
            [na(), na(), na(), na(), cell(why, false)]
        }
    };
    let cells = [
        cell(money(bill.monthly_fee), false),
        cell(format_count(bill.included_messages), false),
        cell(if addon_allowed { t.yes } else { t.no }.to_owned(), false),
    ]
    .into_iter()
    .chain(feasible_cells);

    let class = match (recommended, bill.is_feasible()) {
        (true, _) => "plans__row--recommended",
        (false, false) => "plans__row--infeasible",
        (false, true) => "",
    };
    html! {
        <tr data-plan={bill.plan_id.clone()} data-recommended={recommended.then_some("true")} class={class}>
            <th scope="row" data-label={t.col_plan}>
                <span class="plans__name">{ name }</span>
                if recommended {
                    <span class="badge badge--recommended">{ t.recommended }</span>
                    <span class="visually-hidden">{ t.recommended_sr }</span>
                }
            </th>
            { for columns(t).into_iter().zip(cells).map(|(label, (text, badge))| html! {
                // Cards leave out what does not apply; the table keeps its grid.
                <td data-label={label} class={(text == t.not_applicable).then_some("cell--na")}>
                    { text }
                    if badge {
                        <span class="badge badge--estimate">{ t.upper_bound_marker }</span>
                    }
                </td>
            }) }
        </tr>
    }
}

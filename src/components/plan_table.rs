//! The plan comparison for one monthly message count: one row per plan, the cheapest
//! feasible one marked as recommended (visibly and for screen readers).
//! On narrow screens CSS turns each row into a card labelled from `data-label`.

use yew::prelude::*;

use crate::calculator::ScheduleRef;

use crate::figures::{self, PlanRow};
use crate::i18n::{Lang, Texts};
use crate::lit;
use crate::markup::Markup;
use crate::pricing::{PlanComparison, TaxView};

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
    let rows = figures::plan_rows(
        t,
        &props.schedule,
        props.comparison,
        props.tax_view,
        props.lang.tag(),
    );
    for row in &rows {
        plan_row(&mut m, t, row);
    }
    m.raw(lit!("</tbody></table></div>"));
    Html::from_html_unchecked(m.finish().into())
}

fn plan_row(m: &mut Markup, t: &Texts, row: &PlanRow) {
    // Styled by these attributes rather than classes.
    m.raw(lit!(r#"<tr data-plan=""#))
        .text(&row.plan_id)
        .raw(lit!(r#"""#));
    if row.recommended {
        m.raw(lit!(r#" data-recommended="true""#));
    }
    if !row.feasible {
        m.raw(lit!(r#" data-infeasible="true""#));
    }
    m.raw(lit!(r#"><th scope="row" data-label=""#))
        .text(t.col_plan)
        .raw(lit!(r#""><span class="plans__name">"#))
        .text(&row.name)
        .raw(lit!("</span>"));
    if row.recommended {
        m.raw(lit!(r#"<span class="badge badge--recommended">"#))
            .text(t.recommended)
            .raw(lit!(r#"</span><span class="visually-hidden">"#))
            .text(t.recommended_sr)
            .raw(lit!("</span>"));
    }
    m.raw(lit!("</th>"));
    for (label, cell) in columns(t).into_iter().zip(&row.cells) {
        m.raw(lit!(r#"<td data-label=""#))
            .text(label)
            .raw(lit!(r#"""#));
        // Cards leave out what does not apply; the table keeps its grid.
        if cell.text == t.not_applicable {
            m.raw(lit!(r#" data-na="true""#));
        }
        m.raw(lit!(">")).text(&cell.text);
        if cell.estimate {
            m.raw(lit!(r#"<span class="badge badge--estimate">"#))
                .text(t.upper_bound_marker)
                .raw(lit!("</span>"));
        }
        m.raw(lit!("</td>"));
    }
    m.raw(lit!("</tr>"));
}

//! Which add-on tiers the messages fall into, how many in each, unit price and subtotal.

use yew::prelude::*;

use crate::calculator::{Certainty, ScheduleRef};

use crate::display;
use crate::figures;
use crate::i18n::{Lang, Texts};
use crate::lit;
use crate::markup::{Literal, Markup};
use crate::pricing::{format_count, AddonQuote, Schedule, TaxView};

pub struct TierBreakdownProps {
    pub schedule: ScheduleRef,
    /// Localized name of the plan whose add-on messages these are.
    pub plan_name: AttrValue,
    pub quote: AddonQuote,
    pub tax_view: TaxView,
    pub lang: Lang,
}

pub fn tier_breakdown(props: &TierBreakdownProps) -> Html {
    let t = props.lang.texts();
    let schedule: &Schedule = &props.schedule;
    // Rounded once, so that the subtotals add up to the total as shown; unit prices as listed.
    let figures = figures::tier_figures(schedule, &props.quote, props.tax_view);
    let money = |index: Option<usize>| {
        let amount = figures.as_ref().and_then(|(subtotals, total)| match index {
            Some(index) => subtotals.get(index).copied(),
            None => Some(*total),
        });
        amount.map_or_else(
            || t.not_applicable.to_owned(),
            |a| display::money(schedule, a),
        )
    };
    let mut m = Markup::new();
    m.raw(lit!(r#"<section id="tier-breakdown" class="card breakdown" aria-labelledby="tier-breakdown-title"><h2 id="tier-breakdown-title">"#))
        .text(t.breakdown_title)
        .raw(lit!("</h2>"));
    if props.quote.lines.is_empty() {
        m.raw(lit!(r#"<p class="muted">"#))
            .text(t.breakdown_empty)
            .raw(lit!("</p></section>"));
        return Html::from_html_unchecked(m.finish().into());
    }
    m.raw(lit!(
        r#"<div class="table-wrap"><table class="tiers cards"><caption>"#
    ))
    .text(&t.breakdown_caption.fill(&[&props.plan_name]))
    .raw(lit!("</caption><thead><tr>"));
    let headings = [
        t.col_tier,
        t.col_range,
        t.col_messages_in_tier,
        t.col_unit_price,
        t.col_subtotal,
    ];
    for heading in headings {
        m.raw(lit!(r#"<th scope="col">"#))
            .text(heading)
            .raw(lit!("</th>"));
    }
    m.raw(lit!("</tr></thead><tbody>"));
    for (index, line) in props.quote.lines.iter().enumerate() {
        let number = index as u64 + 1;
        let range = match line.last {
            Some(last) => t
                .tier_range
                .fill(&[&format_count(line.first), &format_count(last)]),
            None => t.tier_range_open.fill(&[&format_count(line.first)]),
        };
        m.raw(lit!(r#"<tr data-tier=""#))
            .int(number)
            .raw(lit!(r#""><th scope="row""#));
        labelled(&mut m, t.col_tier, None)
            .int(number)
            .raw(lit!("</th><td"));
        labelled(&mut m, t.col_range, None)
            .text(&range)
            .raw(lit!("</td><td"));
        labelled(&mut m, t.col_messages_in_tier, None)
            .text(&format_count(line.messages))
            .raw(lit!("</td><td"));
        labelled(&mut m, t.col_unit_price, None)
            .text(&display::unit_price(schedule, line.unit_price));
        if !line.confirmed {
            m.raw(lit!(r#"<span class="badge badge--estimate">"#))
                .text(t.unconfirmed_badge)
                .raw(lit!("</span>"));
        }
        m.raw(lit!("</td><td"));
        labelled(&mut m, t.col_subtotal, Some(lit!("tiers__subtotal")))
            .text(&money(Some(index)))
            .raw(lit!("</td></tr>"));
    }
    // The total is the subtotals' sum: an upper estimate if any of them rests on an unconfirmed
    // price (the row's own badge is on its unit price).
    let total_certainty = props
        .quote
        .lines
        .iter()
        .try_fold(Certainty::Exact, |sum, line| {
            Certainty::of_sum(sum, Certainty::of_amount(line.confirmed))
        });
    m.raw(lit!(r#"</tbody><tfoot><tr><th scope="row" colspan="2">"#))
        .text(t.breakdown_total)
        .raw(lit!("</th><td"));
    labelled(&mut m, t.col_messages_in_tier, None)
        .text(&format_count(props.quote.messages))
        .raw(lit!(r#"</td><td data-na="true"></td><td"#));
    labelled(&mut m, t.col_subtotal, Some(lit!("tiers__total"))).text(&money(None));
    estimate_badge(
        &mut m,
        t,
        total_certainty.unwrap_or(Certainty::UpperEstimate),
    );
    m.raw(lit!("</td></tr></tfoot></table></div>"));
    // The "unconfirmed" badge explained under the table it appears in.
    if props.quote.lines.iter().any(|line| !line.confirmed) {
        m.raw(lit!(r#"<p class="table__caveat">"#))
            .text(t.unconfirmed_tier_note)
            .raw(lit!("</p>"));
    }
    m.raw(lit!("</section>"));
    Html::from_html_unchecked(m.finish().into())
}

/// The "upper estimate" badge after an amount that is one.
fn estimate_badge(m: &mut Markup, t: &Texts, certainty: Certainty) {
    if certainty == Certainty::UpperEstimate {
        m.raw(lit!(r#"<span class="badge badge--estimate">"#))
            .text(t.upper_bound_marker)
            .raw(lit!("</span>"));
    }
}

/// Ends a cell's start tag (already open up to its name) with its card label and class.
fn labelled<'m>(m: &'m mut Markup, label: &str, class: Option<Literal>) -> &'m mut Markup {
    m.raw(lit!(r#" data-label=""#))
        .text(label)
        .raw(lit!(r#"""#));
    if let Some(class) = class {
        m.raw(lit!(r#" class=""#)).raw(class).raw(lit!(r#"""#));
    }
    m.raw(lit!(">"))
}

//! Which add-on tiers the messages fall into, how many in each, unit price and subtotal.

use yew::prelude::*;

use crate::calculator::ScheduleRef;

use crate::display;
use crate::i18n::Lang;
use crate::markup::Markup;
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
    let money = |amount| match schedule.tax.apply(amount, props.tax_view) {
        Ok(amount) => display::money(schedule, amount),
        Err(_) => t.not_applicable.to_owned(),
    };
    let unit = |price| match schedule.tax.apply(price, props.tax_view) {
        Ok(price) => display::unit_price(schedule, price),
        Err(_) => t.not_applicable.to_owned(),
    };

    let mut m = Markup::new();
    m.raw(r#"<section id="tier-breakdown" class="card breakdown" aria-labelledby="tier-breakdown-title"><h2 id="tier-breakdown-title">"#)
        .text(t.breakdown_title)
        .raw("</h2>");
    if props.quote.lines.is_empty() {
        m.raw(r#"<p class="muted">"#)
            .text(t.breakdown_empty)
            .raw("</p></section>");
        return Html::from_html_unchecked(m.finish().into());
    }
    m.raw(r#"<div class="table-wrap"><table class="tiers cards"><caption>"#)
        .text(&t.breakdown_caption.fill(&[&props.plan_name]))
        .raw("</caption><thead><tr>");
    let headings = [
        t.col_tier,
        t.col_range,
        t.col_messages_in_tier,
        t.col_unit_price,
        t.col_subtotal,
    ];
    for heading in headings {
        m.raw(r#"<th scope="col">"#).text(heading).raw("</th>");
    }
    m.raw("</tr></thead><tbody>");
    for (index, line) in props.quote.lines.iter().enumerate() {
        let number = index as u64 + 1;
        let range = match line.last {
            Some(last) => t
                .tier_range
                .fill(&[&format_count(line.first), &format_count(last)]),
            None => t.tier_range_open.fill(&[&format_count(line.first)]),
        };
        m.raw(r#"<tr data-tier=""#)
            .int(number)
            .raw(r#""><th scope="row""#);
        labelled(&mut m, t.col_tier, "").int(number).raw("</th><td");
        labelled(&mut m, t.col_range, "")
            .text(&range)
            .raw("</td><td");
        labelled(&mut m, t.col_messages_in_tier, "")
            .text(&format_count(line.messages))
            .raw("</td><td");
        labelled(&mut m, t.col_unit_price, "").text(&unit(line.unit_price));
        if !line.confirmed {
            m.raw(r#"<span class="badge badge--estimate">"#)
                .text(t.unconfirmed_badge)
                .raw("</span>");
        }
        m.raw("</td><td");
        labelled(&mut m, t.col_subtotal, "tiers__subtotal")
            .text(&money(line.subtotal))
            .raw("</td></tr>");
    }
    m.raw(r#"</tbody><tfoot><tr><th scope="row" colspan="2">"#)
        .text(t.breakdown_total)
        .raw("</th><td");
    labelled(&mut m, t.col_messages_in_tier, "")
        .text(&format_count(props.quote.messages))
        .raw(r#"</td><td data-na="true"></td><td"#);
    labelled(&mut m, t.col_subtotal, "tiers__total")
        .text(&money(props.quote.amount))
        .raw("</td></tr></tfoot></table></div></section>");
    Html::from_html_unchecked(m.finish().into())
}

/// Ends a cell's start tag (already open up to its name) with its card label and class.
fn labelled<'m>(m: &'m mut Markup, label: &str, class: &'static str) -> &'m mut Markup {
    m.raw(r#" data-label=""#).text(label).raw(r#"""#);
    if !class.is_empty() {
        m.raw(r#" class=""#).raw(class).raw(r#"""#);
    }
    m.raw(">")
}

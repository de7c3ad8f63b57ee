//! Which add-on tiers the messages fall into, how many in each, unit price and subtotal.

use yew::prelude::*;

use crate::calculator::{Certainty, ScheduleRef};

use crate::components::element;
use crate::components::table::{self, text, Cell, Row};
use crate::display;
use crate::figures;
use crate::i18n::Lang;
use crate::lit;
use crate::markup::Markup;
use crate::numerals;
use crate::pricing::{format_count, AddonQuote, Schedule, TaxView};

pub struct TierBreakdownProps<'a> {
    pub schedule: ScheduleRef,
    /// Localized name of the plan whose add-on messages these are.
    pub plan_name: AttrValue,
    pub quote: &'a AddonQuote,
    pub tax_view: TaxView,
    pub lang: Lang,
}

pub fn tier_breakdown(props: &TierBreakdownProps<'_>) -> Html {
    let t = props.lang.texts();
    let schedule: &Schedule = &props.schedule;
    // Rounded once, so that the subtotals add up to the total as shown; unit prices as listed.
    let figures = figures::tier_figures(schedule, props.quote, props.tax_view);
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
    let section = |children| {
        table::section(
            "tier-breakdown",
            "card breakdown",
            "tier-breakdown-title",
            children,
        )
    };
    let mut heading = Markup::new();
    heading
        .raw(lit!(r#"<h2 id="tier-breakdown-title">"#))
        .text(t.breakdown_title)
        .raw(lit!("</h2>"));
    if props.quote.lines.is_empty() {
        heading
            .raw(lit!(r#"<p class="muted">"#))
            .text(t.breakdown_empty)
            .raw(lit!("</p>"));
        return section(vec![element::markup(&heading)]);
    }
    let body = props
        .quote
        .lines
        .iter()
        .enumerate()
        .map(|(index, line)| {
            let number = index as u64 + 1;
            let range = match line.last {
                Some(last) => t
                    .tier_range
                    .fill(&[&format_count(line.first), &format_count(last)]),
                None => t.tier_range_open.fill(&[&format_count(line.first)]),
            };
            let mut unit_price = vec![text(&display::unit_price(schedule, line.unit_price))];
            if !line.confirmed {
                unit_price.push(table::span("badge badge--estimate", t.unconfirmed_badge));
            }
            let subtotal = Cell {
                class: Some("tiers__subtotal"),
                ..Cell::data(t.col_subtotal)
            };
            table::row(
                Row {
                    tier: Some(number),
                    ..Row::default()
                },
                vec![
                    table::cell(
                        Cell::heading(t.col_tier),
                        vec![text(&numerals::digits(number))],
                    ),
                    table::cell(Cell::data(t.col_range), vec![text(&range)]),
                    table::cell(
                        Cell::data(t.col_messages_in_tier),
                        vec![text(&format_count(line.messages))],
                    ),
                    table::cell(Cell::data(t.col_unit_price), unit_price),
                    table::cell(subtotal, vec![text(&money(Some(index)))]),
                ],
            )
        })
        .collect();
    // The total is the subtotals' sum: an upper estimate if any of them rests on an unconfirmed
    // price (the row's own badge is on its unit price).
    let total_certainty = props
        .quote
        .lines
        .iter()
        .try_fold(Certainty::Exact, |sum, line| {
            Certainty::of_sum(sum, Certainty::of_amount(line.confirmed))
        });
    let mut total = vec![text(&money(None))];
    // The "upper estimate" badge, after a total that is one.
    if total_certainty.unwrap_or(Certainty::UpperEstimate) == Certainty::UpperEstimate {
        total.push(table::span("badge badge--estimate", t.upper_bound_marker));
    }
    let foot = table::row(
        Row::default(),
        vec![
            table::cell(
                Cell {
                    row_heading: true,
                    wide: true,
                    ..Cell::default()
                },
                vec![text(t.breakdown_total)],
            ),
            table::cell(
                Cell::data(t.col_messages_in_tier),
                vec![text(&format_count(props.quote.messages))],
            ),
            table::cell(
                Cell {
                    not_applicable: true,
                    ..Cell::default()
                },
                vec![],
            ),
            table::cell(
                Cell {
                    class: Some("tiers__total"),
                    ..Cell::data(t.col_subtotal)
                },
                total,
            ),
        ],
    );
    let headings = [
        t.col_tier,
        t.col_range,
        t.col_messages_in_tier,
        t.col_unit_price,
        t.col_subtotal,
    ];
    let caption = t.breakdown_caption.fill(&[&props.plan_name]);
    let mut notes = Markup::new();
    // The "unconfirmed" badge explained under the table it appears in.
    if props.quote.lines.iter().any(|line| !line.confirmed) {
        notes
            .raw(lit!(r#"<p class="table__caveat">"#))
            .text(t.unconfirmed_tier_note)
            .raw(lit!("</p>"));
    }
    section(vec![
        element::markup(&heading),
        table::table(None, "tiers cards", &caption, &headings, body, Some(foot)),
        element::markup(&notes),
    ])
}

//! Which add-on tiers the messages fall into, how many in each, unit price and subtotal.

use yew::prelude::*;

use crate::calculator::ScheduleRef;

use crate::display;
use crate::i18n::Lang;
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

    html! {
        <section id="tier-breakdown" class="card breakdown" aria-labelledby="tier-breakdown-title">
            <h2 id="tier-breakdown-title">{ t.breakdown_title }</h2>
            if props.quote.lines.is_empty() {
                <p class="muted">{ t.breakdown_empty }</p>
            } else {
                <div class="table-wrap">
                    <table class="tiers cards">
                        <caption>{ (t.breakdown_caption)(&props.plan_name) }</caption>
                        <thead>
                            <tr>
                                { for [t.col_tier, t.col_range, t.col_messages_in_tier, t.col_unit_price, t.col_subtotal]
                                    .into_iter()
                                    .map(|heading| html! { <th scope="col">{ heading }</th> }) }
                            </tr>
                        </thead>
                        <tbody>
                            { for props.quote.lines.iter().enumerate().map(|(index, line)| html! {
                                <tr data-tier={(index + 1).to_string()}>
                                    <th scope="row" data-label={t.col_tier}>{ index + 1 }</th>
                                    <td data-label={t.col_range}>
                                        { match line.last {
                                            Some(last) => (t.tier_range)(&format_count(line.first), &format_count(last)),
                                            None => (t.tier_range_open)(&format_count(line.first)),
                                        } }
                                    </td>
                                    <td data-label={t.col_messages_in_tier}>{ format_count(line.messages) }</td>
                                    <td data-label={t.col_unit_price}>
                                        { unit(line.unit_price) }
                                        if !line.confirmed {
                                            <span class="badge badge--estimate">{ t.unconfirmed_badge }</span>
                                        }
                                    </td>
                                    <td data-label={t.col_subtotal} class="tiers__subtotal">{ money(line.subtotal) }</td>
                                </tr>
                            }) }
                        </tbody>
                        <tfoot>
                            <tr>
                                <th scope="row" colspan="2">{ t.breakdown_total }</th>
                                <td data-label={t.col_messages_in_tier}>{ format_count(props.quote.messages) }</td>
                                <td class="cell--na"></td>
                                <td data-label={t.col_subtotal} class="tiers__total">{ money(props.quote.amount) }</td>
                            </tr>
                        </tfoot>
                    </table>
                </div>
            }
        </section>
    }
}

//! Component tests: the real widget mounted in headless Chromium, driven by real bubbling
//! events (Yew delegates its listeners at the root), asserting what a user would see.
#![cfg(target_arch = "wasm32")]

use std::borrow::Cow;
use std::rc::Rc;

use line_oa_calc::app::{App, AppProps};
use line_oa_calc::calculator::ScheduleRef;
use line_oa_calc::components::{tier_breakdown, TierBreakdownProps};
use line_oa_calc::fields::NumberField;
use line_oa_calc::i18n::Lang;
use line_oa_calc::pricing::{self, AddonPricing, CalendarDate, TaxView, Tier};
use rust_decimal::Decimal;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{
    CompositionEvent, CompositionEventInit, Element, HtmlInputElement, HtmlSelectElement,
    InputEvent, InputEventInit,
};
use yew::prelude::*;

mod support;
use support::*;

wasm_bindgen_test_configure!(run_in_browser);

/// Mounts the stateless breakdown view on its own.
#[derive(Properties)]
struct BreakdownProps {
    view: Rc<TierBreakdownProps<'static>>,
}

impl PartialEq for BreakdownProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.view, &other.view)
    }
}

#[function_component(Breakdown)]
fn breakdown(props: &BreakdownProps) -> Html {
    tier_breakdown(&props.view)
}

#[wasm_bindgen_test]
async fn fields_convert_both_ways() {
    let root = mount_app(Lang::ZhTw).await;
    type_into(&root, "messages", "12,000").await;
    assert_eq!(input(&root, "budget").value(), "2,400");
    assert_eq!(
        input(&root, "messages").value(),
        "12,000",
        "the source keeps the user's text"
    );

    type_into(&root, "budget", "900").await;
    assert_eq!(input(&root, "messages").value(), "3,000");
    assert_eq!(input(&root, "budget").value(), "900");
    assert_eq!(recommended(&root), "medium");
}

#[wasm_bindgen_test]
async fn scope_and_tax_switches_keep_the_source_and_recompute() {
    let root = mount_app(Lang::ZhTw).await;
    type_into(&root, "messages", "1000").await;
    assert_eq!(
        input(&root, "budget").value(),
        "800",
        "1,000 a month: 中用量"
    );

    choose(&root, "scope", "addon").await;
    assert_eq!(
        input(&root, "messages").value(),
        "0",
        "1,000 a month needs no add-on message on 高用量"
    );
    assert!(text(&root, "#scope-carried").contains("每月訊息則數 1000 → 加購上限則數 0"));
    type_into(&root, "messages", "1000").await;
    assert!(
        find(&root, "#scope-carried").is_none(),
        "typing clears the line"
    );
    assert_eq!(
        input(&root, "budget").value(),
        "200",
        "a cap of 1,000 add-on messages: NT$200"
    );
    assert!(text(&root, "#dialog-hint").contains("1,000"));

    set_checked(&root, "tax", true).await;
    assert_eq!(input(&root, "budget").value(), "210");
    type_into(&root, "budget", "105").await;
    assert_eq!(
        input(&root, "messages").value(),
        "500",
        "a tax-included cap of NT$105 buys 500"
    );

    set_checked(&root, "tax", false).await;
    assert_eq!(input(&root, "budget").value(), "105");
    assert_eq!(input(&root, "messages").value(), "525");
}

#[wasm_bindgen_test]
async fn an_error_shows_inline_empties_the_other_field_and_clears_when_fixed() {
    let root = mount_app(Lang::ZhTw).await;
    type_into(&root, "messages", "3000").await;
    assert_eq!(input(&root, "budget").value(), "800");
    assert!(find(&root, "#messages-error").is_none());

    type_into(&root, "messages", "30,00").await;
    assert!(
        find(&root, "#messages-error").is_none(),
        "on its way to 30,000: not an error while typing"
    );
    leave(&root, "messages").await;
    assert!(
        text(&root, "#messages-error").contains("12,000"),
        "explains the grouping"
    );
    assert_eq!(
        input(&root, "messages").value(),
        "30,00",
        "nothing typed is lost"
    );
    assert_eq!(
        input(&root, "budget").value(),
        "",
        "no amount for another text than the one shown (issue 21)"
    );
    assert_eq!(
        input(&root, "messages")
            .get_attribute("aria-invalid")
            .as_deref(),
        Some("true")
    );
    assert!(find(&root, "#budget-error").is_none());

    type_into(&root, "messages", "30,000").await;
    assert!(find(&root, "#messages-error").is_none());
    assert_eq!(input(&root, "budget").value(), "6,000");

    type_into(&root, "messages", "").await;
    assert_eq!(
        input(&root, "budget").value(),
        "",
        "empty is a fresh start, not an error"
    );
    assert!(find(&root, "#messages-error").is_none());
}

#[wasm_bindgen_test]
async fn too_large_and_negative_inputs_are_messages_not_crashes() {
    let root = mount_app(Lang::En).await;
    type_into(&root, "messages", "99999999999999999999").await;
    assert!(text(&root, "#messages-error").contains("too large"));
    type_into(&root, "budget", "-5").await;
    assert!(text(&root, "#budget-error").contains("Negative"));
    type_into(&root, "budget", "1.234").await;
    assert!(text(&root, "#budget-error").contains("2 decimals"));
}

#[wasm_bindgen_test]
async fn the_cheapest_feasible_plan_is_marked_and_infeasible_plans_say_why() {
    let root = mount_app(Lang::ZhTw).await;
    type_into(&root, "messages", "150").await;
    assert_eq!(recommended(&root), "light");
    type_into(&root, "messages", "12000").await;
    assert_eq!(recommended(&root), "high");
    let row = get(&root, "#plan-table tr[data-plan=\"high\"]");
    assert!(
        row.text_content().unwrap().contains("建議方案"),
        "announced to screen readers"
    );
    let medium = text(&root, "#plan-table tr[data-plan=\"medium\"]");
    assert!(medium.contains("內含 3,000 則且不可加購"), "{medium}");
    assert_eq!(
        root.query_selector_all("#plan-table tr[data-recommended]")
            .unwrap()
            .length(),
        1
    );
}

#[wasm_bindgen_test]
async fn unconfirmed_prices_are_flagged_next_to_the_amounts() {
    let root = mount_app(Lang::ZhTw).await;
    type_into(&root, "messages", "6000").await;
    assert!(
        find(&root, "#plan-table .badge--estimate").is_none(),
        "6,000 needs no add-on"
    );
    let caveat = |table: &str| {
        get(&root, table)
            .closest(".card")
            .unwrap()
            .and_then(|card| card.query_selector(".table__caveat").unwrap())
            .map(|caveat| caveat.text_content().unwrap_or_default())
    };
    assert_eq!(caveat("#plan-table"), None, "no badge, no explanation");
    type_into(&root, "messages", "6001").await;
    assert!(find(&root, "#plan-table .badge--estimate").is_some());
    // A ratio of an estimate is one too (issue 21, point 5): the average per message.
    let per_message = get(
        &root,
        "#plan-table tr[data-plan=\"high\"] td[data-label=\"每則平均\"]",
    );
    assert!(
        per_message
            .query_selector(".badge--estimate")
            .unwrap()
            .is_some(),
        "{:?}",
        per_message.text_content()
    );
    assert!(find(&root, "#unconfirmed-note").is_some());
    assert!(text(&root, "#budget-note").contains("上限估計"));
    // Each badge is explained under the table it is in, not only at the bottom of the page.
    assert!(caveat("#plan-table").is_some_and(|text| text.contains("上限估計")));
    let tier_badge = find(&root, "#tier-breakdown .badge--estimate").is_some();
    let tier_caveat = caveat("#tier-breakdown table").filter(|text| text.contains("未確認"));
    assert_eq!(
        tier_badge,
        tier_caveat.is_some(),
        "the tier table explains its own badge"
    );
}

#[wasm_bindgen_test]
async fn switching_language_translates_labels_and_errors() {
    let root = mount_app(Lang::ZhTw).await;
    type_into(&root, "messages", "abc").await;
    assert!(text(&root, "#messages-error").contains("無法辨識"));
    choose(&root, "lang", "en").await;
    assert!(text(&root, "#messages-error").contains("not a digit"));
    assert_eq!(text(&root, "label[for=messages]"), "Messages per month");
    assert_eq!(
        document()
            .document_element()
            .unwrap()
            .get_attribute("lang")
            .as_deref(),
        Some("en")
    );
}

#[wasm_bindgen_test]
async fn nothing_is_rewritten_during_ime_composition() {
    let root = mount_app(Lang::ZhTw).await;
    let field = input(&root, "messages");
    let init = InputEventInit::new();
    init.set_bubbles(true);
    init.set_is_composing(true);
    field.set_value("１２");
    field
        .dispatch_event(&InputEvent::new_with_event_init_dict("input", &init).unwrap())
        .unwrap();
    yew::scheduler::flush().await;
    assert_eq!(field.value(), "１２", "the composing text stays as it is");
    assert_eq!(
        input(&root, "budget").value(),
        "",
        "no conversion mid-composition"
    );

    let end = CompositionEventInit::new();
    end.set_bubbles(true);
    field
        .dispatch_event(
            &CompositionEvent::new_with_event_init_dict("compositionend", &end).unwrap(),
        )
        .unwrap();
    yew::scheduler::flush().await;
    assert_eq!(
        input(&root, "budget").value(),
        "0",
        "the committed text converts"
    );
}

#[wasm_bindgen_test]
async fn the_old_schedule_appears_beside_the_current_one() {
    let root = mount_app(Lang::ZhTw).await;
    type_into(&root, "messages", "12000").await;
    assert!(find(&root, "#old-plan-table").is_none());
    set_checked(&root, "compare-old", true).await;
    let old = get(&root, "#old-plan-table tr[data-recommended=\"true\"]");
    assert_eq!(old.get_attribute("data-plan").as_deref(), Some("medium"));
}

/// Invented for this test only (not LINE prices): three tiers, so the breakdown has rows to add up.
fn three_tiers() -> AddonPricing {
    let tier = |first, last, price: &str, confirmed| Tier {
        first,
        last,
        unit_price: Decimal::from_str_exact(price).unwrap(),
        confirmed,
        end_doubt: None,
    };
    AddonPricing {
        tiers: Cow::Owned(vec![
            tier(1, Some(1_000), "0.2", true),
            tier(1_001, Some(10_000), "0.15", true),
            tier(10_001, None, "0.011", false),
        ]),
    }
}

/// Sums the amounts in `cells` ("NT$1,350.5" -> 1350.5).
fn sum(cells: &[String]) -> Decimal {
    cells
        .iter()
        .map(|cell| {
            let digits: String = cell
                .chars()
                .filter(|c| c.is_ascii_digit() || *c == '.')
                .collect();
            Decimal::from_str_exact(&digits).unwrap()
        })
        .sum()
}

#[wasm_bindgen_test]
async fn breakdown_rows_add_up_to_the_total() {
    let schedule = pricing::schedule_by_id("tw-2023-09").unwrap();
    let quote = pricing::addon_cost(&three_tiers(), 12_345).unwrap();
    let root = container();
    let props = TierBreakdownProps {
        schedule: ScheduleRef(schedule),
        plan_name: "test".into(),
        quote: Box::leak(Box::new(quote)),
        tax_view: TaxView::Excluded,
        lang: Lang::En,
    };
    yew::Renderer::<Breakdown>::with_root_and_props(
        root.clone(),
        BreakdownProps {
            view: Rc::new(props),
        },
    )
    .render();
    yew::scheduler::flush().await;

    let rows = root.query_selector_all("#tier-breakdown tbody tr").unwrap();
    assert_eq!(rows.length(), 3);
    let subtotals: Vec<String> = (0..rows.length())
        .map(|i| {
            let row: Element = rows.item(i).unwrap().dyn_into().unwrap();
            row.query_selector(".tiers__subtotal")
                .unwrap()
                .unwrap()
                .text_content()
                .unwrap()
        })
        .collect();
    // 1,000 × 0.2 + 9,000 × 0.15 + 2,345 × 0.011 = 200 + 1,350 + 25.795
    assert_eq!(subtotals, ["NT$200", "NT$1,350", "NT$25.80"]);
    // A sum with an estimate in it is an estimate (issue 21, point 5).
    assert_eq!(text(&root, ".tiers__total"), "NT$1,575.80upper estimate");
    assert!(find(&root, ".tiers__total .badge--estimate").is_some());
    assert_eq!(sum(&subtotals), Decimal::from_str_exact("1575.80").unwrap());
    assert!(
        text(&root, "tbody tr:last-child").contains("unconfirmed"),
        "the unconfirmed tier says so"
    );
}

#[wasm_bindgen_test]
async fn a_shared_link_opens_in_its_view() {
    use line_oa_calc::calculator::Scope;
    use line_oa_calc::share::UrlState;

    let url = UrlState {
        lang: Some(Lang::En),
        scope: Some(Scope::Addon),
        tax_included: true,
        typed: vec![(NumberField::Budget, "2,100".to_owned())],
        ..UrlState::default()
    };
    let root = container();
    yew::Renderer::<App>::with_root_and_props(
        root.clone(),
        AppProps {
            url,
            ..AppProps::on(on_2023_09_prices())
        },
    )
    .render();
    yew::scheduler::flush().await;
    assert_eq!(input(&root, "budget").value(), "2,100");
    assert_eq!(
        input(&root, "messages").value(),
        "10,000",
        "NT$2,100 with tax is NT$2,000 of add-ons"
    );
    assert!(input(&root, "tax").checked());
    assert_eq!(text(&root, "label[for=messages]"), "Add-on message cap");
    let link: HtmlInputElement = get(&root, "#share-url").dyn_into().unwrap();
    assert!(
        link.value().ends_with("?b=2,100&scope=addon&tax=1&lang=en"),
        "{}",
        link.value()
    );
}

/// The x position the chart gives `messages` (an SVG attribute, in viewBox units).
fn chart_x(root: &Element, selector: &str) -> String {
    get(root, selector).get_attribute("x1").unwrap()
}

#[wasm_bindgen_test]
async fn the_chart_draws_every_plan_marks_crossovers_and_follows_the_input() {
    let root = mount_app(Lang::ZhTw).await;
    let schedule = pricing::schedule_by_id("tw-2023-09").unwrap();
    let paths = root
        .query_selector_all("#cost-chart path[data-plan]")
        .unwrap();
    assert_eq!(
        paths.length() as usize,
        schedule.plans.len(),
        "one path per plan"
    );
    for (index, plan) in schedule.plans.iter().enumerate() {
        let path: Element = paths.item(index as u32).unwrap().dyn_into().unwrap();
        assert_eq!(path.get_attribute("data-plan").as_deref(), Some(&*plan.id));
        assert!(path.get_attribute("d").unwrap().starts_with('M'));
    }
    assert!(
        find(&root, "#chart-marker").is_none(),
        "no count yet, no marker"
    );

    type_into(&root, "messages", "12,000").await;
    let chart = line_oa_calc::chart::CostChart::new(&schedule.plans, Some(12_000)).unwrap();
    // The crossovers drawn are exactly the computed ones, where the scale puts them.
    let drawn = root
        .query_selector_all("#cost-chart .chart__crossover")
        .unwrap();
    let expected: Vec<u64> = chart.crossovers().collect();
    assert_eq!(expected, [201, 3_001]);
    assert_eq!(drawn.length() as usize, expected.len());
    for (index, count) in expected.iter().enumerate() {
        let group: Element = drawn.item(index as u32).unwrap().dyn_into().unwrap();
        assert_eq!(
            group.get_attribute("data-messages"),
            Some(count.to_string())
        );
        let line = group.query_selector("line").unwrap().unwrap();
        assert_eq!(line.get_attribute("x1"), Some(chart.x(*count).to_string()));
    }
    let marker_at_12000 = chart_x(&root, "#chart-marker line");
    assert_eq!(marker_at_12000, chart.x(12_000).to_string());

    type_into(&root, "messages", "2,000").await;
    let moved = chart_x(&root, "#chart-marker line");
    assert_ne!(moved, marker_at_12000, "the marker moves with the input");
    assert_eq!(
        get(&root, "#chart-marker")
            .get_attribute("data-messages")
            .as_deref(),
        Some("2000")
    );
    let facts = text(&root, "#chart-facts");
    assert!(facts.contains("201–3,000 則：中用量最便宜"), "{facts}");
    assert!(facts.contains("輕用量每月最多 200 則"), "{facts}");
}

#[wasm_bindgen_test]
async fn the_estimator_fills_the_messages_field() {
    let root = mount_app(Lang::En).await;
    type_into(&root, "friends", "2,000").await;
    assert_eq!(
        input(&root, "messages").value(),
        "",
        "one field alone changes nothing"
    );
    type_into(&root, "broadcasts", "6").await;
    assert_eq!(input(&root, "messages").value(), "12,000");
    assert_eq!(input(&root, "budget").value(), "2,400");
    assert!(text(&root, "#estimate-result").contains("12,000"));
    type_into(&root, "broadcasts", "six").await;
    // The message names its own field (never the messages field's name).
    let error = text(&root, "#broadcasts-error");
    assert!(error.starts_with("Broadcasts per month"), "{error}");
    assert!(!error.contains("Messages per month"), "{error}");
    assert_eq!(
        input(&root, "messages").value(),
        "",
        "the product is taken back: no figure answers a field that no longer reads"
    );
    assert_eq!(
        input(&root, "broadcasts").value(),
        "six",
        "what was typed stays, to fix"
    );
    type_into(&root, "broadcasts", "6").await;
    assert_eq!(input(&root, "messages").value(), "12,000");
}

#[wasm_bindgen_test]
async fn switching_region_shows_that_regions_plans_in_its_currency() {
    let root = mount_app(Lang::Ja).await;
    choose(&root, "region", "JP").await;
    type_into(&root, "messages", "100,000").await;
    // Japan's 2026-10 prices: スタンダード ¥15,000 + 70,000 × ¥3.
    assert_eq!(input(&root, "budget").value(), "225,000");
    assert_eq!(recommended(&root), "standard");
    let fee = text(&root, "#plan-table tr[data-plan=\"light\"] td");
    assert_eq!(fee, "¥5,000");
    assert!(text(&root, "h1").contains("LINE"));
    // Amounts typed the Japanese way read as yen.
    type_into(&root, "budget", "5,000円").await;
    assert_eq!(input(&root, "messages").value(), "5,000");
    type_into(&root, "budget", "￥5,000").await;
    assert_eq!(input(&root, "messages").value(), "5,000");
    assert!(
        find(&root, "#unconfirmed-note").is_some(),
        "what is still unconfirmed in Japan (invoice rounding) is flagged"
    );
}

#[wasm_bindgen_test]
async fn on_todays_date_the_page_shows_the_2026_11_prices() {
    let root = mount_app_on(Lang::ZhTw, CalendarDate::parse("2026-12-01").unwrap()).await;
    let fee = |plan: &str| text(&root, &format!("#plan-table tr[data-plan=\"{plan}\"] td"));
    assert!(fee("medium").contains("NT$1,000"), "{}", fee("medium"));
    assert!(fee("high").contains("NT$1,400"), "{}", fee("high"));
    assert!(
        find(&root, "#schedule-status").is_none(),
        "today's prices need no notice"
    );
    let picker: HtmlSelectElement = get(&root, "#schedule").dyn_into().unwrap();
    assert_eq!(picker.value(), "tw-2026-11");
    assert_eq!(picker.length(), 3, "every Taiwan schedule stays selectable");

    type_into(&root, "messages", "100,000").await;
    assert_eq!(input(&root, "budget").value(), "18,000");
    let caveat = text(&root, "#estimate-note");
    assert!(
        caveat.contains("NT$300"),
        "the open counting basis is explained by the figure: {caveat}"
    );
    type_into(&root, "messages", "12,000").await;
    assert!(
        find(&root, "#estimate-note").is_none(),
        "12,000 rests on confirmed prices only"
    );

    set_checked(&root, "compare-old", true).await;
    let change = text(&root, "#price-change");
    assert!(
        change.contains("NT$2,600") && change.contains("NT$2,400") && change.contains("NT$200"),
        "{change}"
    );
}

#[wasm_bindgen_test]
async fn before_a_price_change_the_page_announces_it_and_can_show_it() {
    let root = mount_app_on(Lang::En, on_2023_09_prices()).await;
    type_into(&root, "messages", "3,000").await;
    assert_eq!(
        input(&root, "budget").value(),
        "800",
        "today's prices apply"
    );
    let notice = text(&root, "#schedule-status");
    assert!(notice.contains("2026-11-01"), "{notice}");
    let show: web_sys::HtmlElement = get(&root, "#schedule-status button").dyn_into().unwrap();
    show.click();
    yew::scheduler::flush().await;
    assert_eq!(
        input(&root, "budget").value(),
        "1,000",
        "the coming prices, on request"
    );
    assert!(text(&root, "#schedule-status").contains("not yet in force"));
    choose(&root, "schedule", "tw-2023-09").await;
    assert_eq!(input(&root, "budget").value(), "800");
}

/// A display part's render function.
type Render = Rc<dyn Fn() -> Html>;

/// Mounts any display part on its own.
#[derive(Properties)]
struct PartProps {
    render: Render,
}

impl PartialEq for PartProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.render, &other.render)
    }
}

#[function_component(Part)]
fn part(props: &PartProps) -> Html {
    (props.render)()
}

#[wasm_bindgen_test]
async fn schedule_text_full_of_markup_is_shown_as_text_by_every_display_part() {
    use line_oa_calc::calculator::{Action, Calculator, Field, Scope};
    use line_oa_calc::components::{
        chart_drawing, cost_chart, plan_table, schedule_notes, summary, ChartDrawingProps,
        CostChartProps, PlanTableProps, ScheduleNotesProps, SummaryProps,
    };
    use line_oa_calc::pricing::Localized;

    const HOSTILE: &str = r#"<img src=x onerror="alert(1)">'&amp;"#;
    let hostile = || {
        let text: Cow<'static, str> = Cow::Owned(HOSTILE.to_owned());
        Localized(Cow::Owned(
            ["zh-TW", "en", "ja"]
                .iter()
                .map(|lang| (Cow::Borrowed(*lang), text.clone()))
                .collect(),
        ))
    };
    let mut schedule = pricing::schedule_by_id("tw-2026-11").unwrap().clone();
    schedule.name = hostile();
    schedule.region_name = hostile();
    schedule.source_note = Some(hostile());
    schedule.unconfirmed = Cow::Owned(vec![hostile()]);
    schedule.tax.name = hostile();
    let mut sources = schedule.sources.to_vec();
    sources[0].title = Cow::Owned(HOSTILE.to_owned());
    sources[0].url = Cow::Owned(r#"https://example.com/"onmouseover="alert(1)"#.to_owned());
    schedule.sources = Cow::Owned(sources);
    let mut plans = schedule.plans.to_vec();
    for plan in &mut plans {
        plan.name = hostile();
    }
    schedule.plans = Cow::Owned(plans);
    let schedule: &'static pricing::Schedule = Box::leak(Box::new(schedule));
    let reference = ScheduleRef(schedule);

    let mut calc = Calculator::showing(
        schedule,
        Lang::En,
        CalendarDate::parse("2026-12-01").unwrap(),
    );
    calc.apply(Action::SetScope(Scope::Monthly));
    calc.apply(Action::Type(NumberField::Messages, "100,000".to_owned()));
    let outcome = calc
        .outcome()
        .cloned()
        .expect("an outcome on the hostile schedule");
    let quote = outcome.focus_addon().cloned().expect("add-on messages");

    let parts: Vec<(&str, Render)> = vec![
        ("plan table", {
            let outcome = outcome.clone();
            Rc::new(move || {
                plan_table(&PlanTableProps {
                    heading: HOSTILE,
                    id: "plan-table",
                    caption: HOSTILE,
                    schedule: reference,
                    comparison: &outcome.comparison,
                    tax_view: TaxView::Excluded,
                    lang: Lang::En,
                })
            })
        }),
        ("tier breakdown", {
            let quote = quote.clone();
            Rc::new(move || {
                tier_breakdown(&TierBreakdownProps {
                    schedule: reference,
                    plan_name: HOSTILE.into(),
                    quote: &quote,
                    tax_view: TaxView::Excluded,
                    lang: Lang::En,
                })
            })
        }),
        (
            "notes",
            Rc::new(move || {
                schedule_notes(&ScheduleNotesProps {
                    schedule: reference,
                    lang: Lang::En,
                })
            }),
        ),
        (
            "chart",
            Rc::new(move || {
                let drawing = ChartDrawingProps::for_count(
                    reference,
                    Some(100_000),
                    TaxView::Excluded,
                    Lang::En,
                )
                .and_then(|props| chart_drawing(&props))
                .expect("the hostile schedule is charted");
                cost_chart(&CostChartProps {
                    drawing: &drawing,
                    marker: Some(100_000),
                    lang: Lang::En,
                })
            }),
        ),
        ("summary", {
            let outcome = outcome.clone();
            Rc::new(move || {
                summary(&SummaryProps {
                    schedule: reference,
                    outcome: Some(&outcome),
                    scope: Scope::Monthly,
                    source: Field::Messages,
                    tax_view: TaxView::Excluded,
                    lang: Lang::En,
                })
            })
        }),
    ];
    for (name, render) in parts {
        let root = container();
        yew::Renderer::<Part>::with_root_and_props(root.clone(), PartProps { render }).render();
        yew::scheduler::flush().await;
        let injected = root
            .query_selector_all("img, script, [onerror], [onmouseover]")
            .unwrap()
            .length();
        assert_eq!(injected, 0, "{name}: markup in the data stayed text");
        let shown = root.text_content().unwrap_or_default();
        assert!(
            shown.contains(HOSTILE),
            "{name} shows the text as written: {shown}"
        );
    }
}

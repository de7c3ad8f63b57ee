//! Component tests of the trust rules, on the real widget in each engine: no false error while a
//! number is typed, no figure beside an error or for a prefix, a switch and its reverse give back
//! the reader's figure, estimates stay marked, and the month planner.
#![cfg(target_arch = "wasm32")]

use line_oa_calc::i18n::Lang;
use line_oa_calc::pricing::CalendarDate;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{HtmlInputElement, HtmlSelectElement};

mod support;
use support::*;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
async fn typing_a_number_shows_no_false_error_and_leaving_writes_its_separators() {
    let root = mount_app(Lang::ZhTw).await;
    for prefix in ["1", "12", "12,", "12,0", "12,00", "12,000"] {
        type_into(&root, "messages", prefix).await;
        assert!(
            find(&root, "#messages-error").is_none(),
            "{prefix:?} is a number being typed"
        );
        assert_eq!(input(&root, "messages").get_attribute("aria-invalid"), None);
    }
    type_into(&root, "messages", "12000").await;
    assert_eq!(
        input(&root, "messages").value(),
        "12000",
        "not under the cursor"
    );
    leave(&root, "messages").await;
    assert_eq!(input(&root, "messages").value(), "12,000");
    // The computed field's note line is there before and after it has text.
    assert!(find(&root, "#messages-note").is_some());
}

#[wasm_bindgen_test]
async fn switching_scope_carries_the_month_and_says_so_in_one_line() {
    let root = mount_app(Lang::ZhTw).await;
    type_into(&root, "messages", "80,000").await;
    assert!(find(&root, "#scope-carried").is_none());
    choose(&root, "scope", "addon").await;
    assert_eq!(input(&root, "messages").value(), "74,000");
    assert!(text(&root, "#dialog-hint").contains("74,000"));
    assert_eq!(
        text(&root, "#scope-carried"),
        "同一個月：每月訊息則數 80,000 → 加購上限則數 74,000"
    );
    choose(&root, "scope", "monthly").await;
    assert_eq!(input(&root, "messages").value(), "80,000");
    assert!(text(&root, "#scope-carried").contains("74,000 → 每月訊息則數 80,000"));
}

#[wasm_bindgen_test]
async fn with_tax_on_the_dialog_amount_is_one_figure_and_the_other_is_for_reference() {
    let root = mount_app(Lang::ZhTw).await;
    choose(&root, "scope", "addon").await;
    type_into(&root, "messages", "1000").await;
    set_checked(&root, "tax", true).await;
    assert_eq!(input(&root, "budget").value(), "210");
    assert_eq!(
        text(&root, "label[for=budget]"),
        "金額上限（含稅，參考用）",
        "the field's tax-included amount is beside the dialog's"
    );
    let hint = text(&root, "#dialog-hint");
    assert!(
        hint.contains("NT$200（未稅，LINE 對話框是否含稅未確認"),
        "the figure LINE's dialog reads, its tax status unconfirmed: {hint}"
    );
    assert!(!hint.contains("210"), "one amount in the hint: {hint}");

    // The tier table: unit prices as LINE lists them (tax excluded), tax on the subtotals.
    let unit_price = text(&root, "#tier-breakdown tbody td[data-label=\"單價\"]");
    assert!(unit_price.starts_with("NT$0.2"), "{unit_price}");
    assert!(
        !unit_price.contains("0.21"),
        "never the taxed unit price: {unit_price}"
    );
    // On these prices the first tier is unconfirmed: the total is an upper estimate.
    assert_eq!(
        text(&root, "#tier-breakdown .tiers__total"),
        "NT$210上限估計"
    );

    // The chart's amount axis follows the tax view: its labels carry the tax, and say so.
    let chart = text(&root, "#cost-chart svg");
    assert!(chart.contains("每月總額（含稅）"), "{chart}");
    set_checked(&root, "tax", false).await;
    assert!(text(&root, "#cost-chart svg").contains("每月總額（未稅）"));
    assert_eq!(text(&root, "label[for=budget]"), "金額上限（未稅）");
}

#[wasm_bindgen_test]
async fn a_count_resting_on_unconfirmed_prices_is_worded_as_a_lower_estimate() {
    // On the 2023-09 prices 高用量's tiers past the first price are unconfirmed: a budget buys at
    // least the count shown, never "at most … (at least)".
    let root = mount_app(Lang::ZhTw).await;
    type_into(&root, "budget", "10,000").await;
    let sentence = text(&root, "#result-summary");
    assert!(sentence.contains("至少可發"), "{sentence}");
    assert!(!sentence.contains("最多"), "{sentence}");
    type_into(&root, "budget", "900").await;
    assert!(text(&root, "#result-summary").contains("最多可發 3,000 則"));
}

#[wasm_bindgen_test]
async fn the_estimator_used_in_the_addon_scope_says_its_count_is_a_monthly_total() {
    let root = mount_app(Lang::ZhTw).await;
    choose(&root, "scope", "addon").await;
    type_into(&root, "friends", "4,500人").await;
    type_into(&root, "broadcasts", "2次").await;
    let scope: HtmlSelectElement = get(&root, "#scope").dyn_into().unwrap();
    assert_eq!(scope.value(), "monthly");
    assert_eq!(input(&root, "messages").value(), "9,000");
    assert_eq!(
        text(&root, "#estimate-result"),
        "4,500 人 × 2 次 = 9,000 則，已填入每月訊息則數（每月總額）。換算範圍已切換為每月總額。"
    );
    // Used again in the monthly scope, it switches nothing and says nothing of it.
    type_into(&root, "broadcasts", "3").await;
    assert!(!text(&root, "#estimate-result").contains("切換"));
}

// Issue 21: every figure answers what the reader typed now.

fn on_today() -> CalendarDate {
    CalendarDate::parse("2026-12-01").unwrap()
}

/// Point 1: 3000 → 高用量加購上限 → 每月總額 came back as 6,000 (高用量, NT$1,400); a budget of 999 too.
#[wasm_bindgen_test]
async fn a_scope_switch_and_its_reverse_give_back_the_readers_figure() {
    let root = mount_app_on(Lang::ZhTw, on_today()).await;
    type_into(&root, "messages", "3000").await;
    assert_eq!(input(&root, "budget").value(), "1,000");
    choose(&root, "scope", "addon").await;
    choose(&root, "scope", "monthly").await;
    assert_eq!(input(&root, "messages").value(), "3000");
    assert_eq!(input(&root, "budget").value(), "1,000");
    assert_eq!(recommended(&root), "medium");
    type_into(&root, "budget", "999").await;
    let count = input(&root, "messages").value();
    choose(&root, "scope", "addon").await;
    choose(&root, "scope", "monthly").await;
    assert_eq!(input(&root, "budget").value(), "999");
    assert_eq!(input(&root, "messages").value(), count);
}

/// Point 2: 2,600 → 2,60 kept "NT$2,600 buys 12,000 messages", no error, and dropped b= from the link.
#[wasm_bindgen_test]
async fn a_half_typed_number_shows_no_answer_for_the_number_it_was() {
    let root = mount_app_on(Lang::En, on_today()).await;
    type_into(&root, "budget", "2600").await;
    leave(&root, "budget").await;
    assert_eq!(input(&root, "budget").value(), "2,600");
    assert!(text(&root, "#result-summary").contains("12,000"));
    type_into(&root, "budget", "2,60").await;
    assert!(
        find(&root, "#budget-error").is_none(),
        "held back while typing"
    );
    assert_eq!(input(&root, "messages").value(), "");
    assert_eq!(text(&root, "#result-summary"), "");
    assert!(find(&root, "#dialog-hint").is_none());
    assert!(
        find(&root, "#share-url").is_none(),
        "no link to a view it is not"
    );
    assert!(find(&root, "#plan-table tr[data-recommended]").is_none());
    assert!(
        find(&root, "#budget-note").is_some(),
        "the note line keeps its place"
    );
    leave(&root, "budget").await;
    assert!(find(&root, "#budget-error").is_some());
}

/// Point 3: 1e5 showed its error beside "1 messages a month: Light … NT$0" and a budget of 0.
#[wasm_bindgen_test]
async fn an_error_stands_beside_no_figure() {
    let root = mount_app_on(Lang::En, on_today()).await;
    for typed in ["1", "1e", "1e5"] {
        type_into(&root, "messages", typed).await;
    }
    assert!(find(&root, "#messages-error").is_some());
    assert_eq!(text(&root, "#result-summary"), "");
    assert_eq!(input(&root, "budget").value(), "");
}

/// Point 4: the estimator's line stayed after both fields were cleared; a product over the limit was
/// blamed on 群發次數 as "that number is too large".
#[wasm_bindgen_test]
async fn the_estimators_line_answers_its_fields_now_and_names_a_product_too_large() {
    let root = mount_app_on(Lang::ZhTw, on_today()).await;
    type_into(&root, "friends", "2,000").await;
    type_into(&root, "broadcasts", "6").await;
    assert!(text(&root, "#estimate-result").contains("12,000"));
    type_into(&root, "friends", "").await;
    type_into(&root, "broadcasts", "").await;
    assert_eq!(text(&root, "#estimate-result"), "");
    type_into(&root, "friends", "2,000").await;
    type_into(&root, "broadcasts", "6").await;
    type_into(&root, "friends", "-2,000").await;
    assert!(!text(&root, "#estimate-result").contains("12,000"));
    type_into(&root, "friends", "999999999999").await;
    type_into(&root, "broadcasts", "999999").await;
    assert!(find(&root, "#broadcasts-error").is_none());
    assert!(find(&root, "#friends-error").is_none());
    let line = text(&root, "#estimate-result");
    assert!(line.contains("好友數 × 群發次數超過"), "{line}");
}

/// Point 5: "previous … NT$2,400 (upper estimate). That is NT$200 more a month now": at least.
#[wasm_bindgen_test]
async fn an_increase_over_an_upper_estimate_says_at_least() {
    let root = mount_app_on(Lang::En, on_today()).await;
    type_into(&root, "messages", "12000").await;
    set_checked(&root, "compare-old", true).await;
    let sentence = text(&root, "#price-change");
    assert!(
        sentence.contains("That is at least NT$200 more a month now."),
        "{sentence}"
    );
    let root = mount_app_on(Lang::ZhTw, on_today()).await;
    type_into(&root, "messages", "12000").await;
    set_checked(&root, "compare-old", true).await;
    assert!(text(&root, "#price-change").contains("現在每月至少多 NT$200"));
}

/// Point 6: at equal cost, the plan with more included messages, and the tie said (Thailand, 20,000:
/// Basic and Pro both ฿1,780).
#[wasm_bindgen_test]
async fn a_tie_recommends_the_plan_with_more_included_messages_and_says_so() {
    let root = mount_app_on(Lang::En, on_today()).await;
    choose(&root, "region", "TH").await;
    type_into(&root, "messages", "20000").await;
    assert_eq!(recommended(&root), "pro");
    assert_eq!(input(&root, "budget").value(), "1,780");
    let basic = text(&root, "#plan-table tr[data-plan=\"basic\"]");
    assert!(basic.contains("Same cost"), "{basic}");
    let summary = text(&root, "#result-summary");
    assert!(summary.contains("costs the same"), "{summary}");
    assert!(text(&root, ".table__tie").contains("costs the same"));
    let hint = text(&root, "#dialog-hint");
    assert!(hint.contains("no add-on cap needed"), "{hint}");
    let facts = text(&root, "#chart-facts");
    assert!(
        facts.contains("At 20,000 messages Basic and Pro cost the same"),
        "{facts}"
    );
    assert!(facts.contains("20,000 messages and up: Pro"), "{facts}");
    type_into(&root, "messages", "19999").await;
    assert_eq!(recommended(&root), "basic");
    assert!(find(&root, ".table__tie").is_none());
}

/// Point 7: "1 messages a month".
#[wasm_bindgen_test]
async fn english_says_one_message() {
    let root = mount_app_on(Lang::En, on_today()).await;
    type_into(&root, "messages", "1").await;
    let summary = text(&root, "#result-summary");
    assert!(summary.starts_with("1 message a month"), "{summary}");
    type_into(&root, "messages", "0").await;
    assert!(text(&root, "#result-summary").starts_with("0 messages a month"));
}

/// Point 9: in the add-on scope a budget's count read 「加購上限 50,000（至少） 則」.
#[wasm_bindgen_test]
async fn an_addon_cap_a_budget_buys_says_at_least_before_the_number() {
    let root = mount_app(Lang::ZhTw).await;
    choose(&root, "scope", "addon").await;
    type_into(&root, "budget", "20,000").await;
    let summary = text(&root, "#result-summary");
    assert!(summary.starts_with("加購上限至少 "), "{summary}");
    assert!(!summary.contains("（至少） 則"), "{summary}");
}

/// The month planner: the done-when figures, the cheapest option, a cap field only on a plan with add-ons,
/// and bad input inline with aria-invalid while the text is kept.
#[wasm_bindgen_test]
async fn the_planner_projects_the_month_and_marks_the_cheapest_way_to_finish_it() {
    let root = mount_app(Lang::ZhTw).await;
    assert!(
        find(&root, "#planner-cap").is_none(),
        "中用量 sells no add-ons"
    );
    type_into(&root, "planner-used", "2,220").await;
    let date: HtmlInputElement = input(&root, "planner-date");
    assert_eq!(date.type_(), "date");
    assert_eq!(date.value(), "2026-10-15", "the reader's today by default");
    date.set_value("2026-08-16");
    change(date.unchecked_ref()).await;
    let result = get(&root, "#planner-result");
    assert_eq!(
        result.get_attribute("data-projected").as_deref(),
        Some("4588")
    );
    assert_eq!(
        result.get_attribute("data-runs-out").as_deref(),
        Some("2026-08-21")
    );
    assert_eq!(
        result.get_attribute("data-schedule").as_deref(),
        Some("tw-2023-09")
    );
    let cheapest = text(&root, "#planner-result [data-cheapest]");
    assert!(
        cheapest.contains("高用量") && cheapest.contains("NT$1,200"),
        "{cheapest}"
    );
    assert!(text(&root, "#planner-result").contains("少發 1,588 則"));

    // The same count on 2026-11-16: the 2026-11 prices, the rule marked an estimate.
    date.set_value("2026-11-16");
    change(date.unchecked_ref()).await;
    let result = get(&root, "#planner-result");
    assert_eq!(
        result.get_attribute("data-projected").as_deref(),
        Some("4440")
    );
    assert_eq!(
        result.get_attribute("data-schedule").as_deref(),
        Some("tw-2026-11")
    );
    let cheapest = text(&root, "#planner-result [data-cheapest]");
    assert!(
        cheapest.contains("NT$1,400") && cheapest.contains("估計"),
        "{cheapest}"
    );

    // Bad input: an inline message, aria-invalid, and the text kept.
    type_into(&root, "planner-used", "2,220x").await;
    leave(&root, "planner-used").await;
    let used = input(&root, "planner-used");
    assert_eq!(used.value(), "2,220x");
    assert_eq!(used.get_attribute("aria-invalid").as_deref(), Some("true"));
    assert!(text(&root, "#planner-used-error").contains("x"));
    assert_eq!(
        get(&root, "#planner-result")
            .get_attribute("data-projected")
            .as_deref(),
        Some("")
    );
    // More than 中用量 can send.
    type_into(&root, "planner-used", "3,001").await;
    assert!(text(&root, "#planner-used-error").contains("3,000"));

    // 高用量 has a cap field; in English the cap's run-out shows.
    choose(&root, "planner-plan", "high").await;
    choose(&root, "lang", "en").await;
    type_into(&root, "planner-used", "5,000").await;
    type_into(&root, "planner-cap", "1,000").await;
    let result = text(&root, "#planner-result");
    assert!(
        result.contains("The add-on cap of 1,000 runs out around 2026-11-21"),
        "{result}"
    );
    assert!(
        result.contains("set the add-on cap to 4,000 messages"),
        "{result}"
    );
}

#[wasm_bindgen_test]
async fn the_planner_on_the_first_says_why_there_is_no_projection() {
    let root = mount_app_on(Lang::En, CalendarDate::parse("2026-12-01").unwrap()).await;
    type_into(&root, "planner-used", "120").await;
    let result = get(&root, "#planner-result");
    assert_eq!(result.get_attribute("data-projected").as_deref(), Some(""));
    assert!(text(&root, "#planner-result").contains("It is the 1st"));
}

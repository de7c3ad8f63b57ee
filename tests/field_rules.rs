//! Component tests for the one field rule (src/fields.rs), each at the layer where a reader met the
//! defect, in the language and region it was found in (zh-TW, Taiwan, the 2026-11 prices).
#![cfg(target_arch = "wasm32")]

use line_oa_calc::i18n::Lang;
use line_oa_calc::pricing::CalendarDate;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

mod support;
use support::*;

wasm_bindgen_test_configure!(run_in_browser);

fn today() -> CalendarDate {
    CalendarDate::parse("2026-12-01").unwrap()
}

/// Types `text` one character at a time, as a reader does.
async fn keys(root: &web_sys::Element, id: &str, text: &str) {
    let mut typed = String::new();
    for ch in text.chars() {
        typed.push(ch);
        type_into(root, id, &typed).await;
    }
}

#[wasm_bindgen_test]
async fn the_estimator_answers_no_prefix_of_the_friends_count() {
    let root = mount_app_on(Lang::ZhTw, today()).await;
    type_into(&root, "broadcasts", "4").await;
    keys(&root, "friends", "1,0").await;
    assert_eq!(input(&root, "messages").value(), "", "1,0 is not 1");
    assert_eq!(
        text(&root, "#estimate-result"),
        "",
        "no line for the product of 1"
    );
    assert!(find(&root, "#dialog-hint").is_none());
    assert_eq!(text(&root, "#result-summary"), "", "nor in the summary");
    assert!(
        find(&root, "#friends-error").is_none(),
        "no error while the number is being typed"
    );
    keys(&root, "friends", "1,000").await;
    assert_eq!(input(&root, "messages").value(), "4,000");
    assert!(text(&root, "#estimate-result").contains("4,000"));
}

#[wasm_bindgen_test]
async fn the_estimators_error_waits_until_the_field_is_left() {
    let root = mount_app_on(Lang::ZhTw, today()).await;
    keys(&root, "friends", "1,").await;
    assert!(find(&root, "#friends-error").is_none());
    assert_eq!(input(&root, "friends").get_attribute("aria-invalid"), None);
    leave(&root, "friends").await;
    let error = text(&root, "#friends-error");
    assert!(error.contains("逗號"), "{error}");
    assert_eq!(
        input(&root, "friends")
            .get_attribute("aria-invalid")
            .as_deref(),
        Some("true")
    );
}

#[wasm_bindgen_test]
async fn a_product_too_large_stands_alone() {
    let root = mount_app_on(Lang::ZhTw, today()).await;
    type_into(&root, "broadcasts", "999999").await;
    keys(&root, "friends", "9999999999999").await;
    assert_eq!(
        get(&root, "#estimate-result")
            .get_attribute("data-invalid")
            .as_deref(),
        Some("true")
    );
    assert_eq!(
        input(&root, "messages").value(),
        "",
        "no shorter prefix's product beside it"
    );
    assert_eq!(input(&root, "budget").value(), "");
}

#[wasm_bindgen_test]
async fn the_planners_picker_shows_the_plan_it_prices_across_regions() {
    let root = mount_app_on(Lang::ZhTw, today()).await;
    let picked = |root: &web_sys::Element| {
        get(root, "#planner-plan")
            .dyn_into::<web_sys::HtmlSelectElement>()
            .unwrap()
            .value()
    };
    assert_eq!(picked(&root), "medium");
    choose(&root, "region", "JP").await;
    type_into(&root, "planner-used", "1,000").await;
    let priced = get(&root, "#planner-result");
    assert_eq!(
        priced.get_attribute("data-schedule").as_deref(),
        Some("jp-2026-10")
    );
    let shown = picked(&root);
    assert!(!shown.is_empty(), "a plan is shown");
    assert_ne!(
        shown, "communication",
        "the free plan is not the one priced"
    );
    choose(&root, "region", "TW").await;
    assert_eq!(
        picked(&root),
        "medium",
        "back in Taiwan: the plan priced, not a blank"
    );
}

#[wasm_bindgen_test]
async fn the_planners_cap_option_gives_the_dialogs_amount_with_tax_on() {
    let root = mount_app_on(Lang::ZhTw, today()).await;
    choose(&root, "planner-plan", "high").await;
    let date = input(&root, "planner-date");
    date.set_value("2026-12-16");
    change(date.unchecked_ref()).await;
    type_into(&root, "planner-used", "4,000").await;
    set_checked(&root, "tax", true).await;
    let options = text(&root, ".planner__options");
    // 4,000 in 15 days projects 8,267 a month: a cap of 2,267 at NT$0.2 is NT$453.40, tax excluded.
    assert!(options.contains("NT$453.40（未稅"), "{options}");
    assert!(
        !options.contains("NT$476.07"),
        "not the tax-included amount: {options}"
    );
}

#[wasm_bindgen_test]
async fn a_cleared_date_stays_cleared() {
    let root = mount_app_on(Lang::ZhTw, today()).await;
    type_into(&root, "planner-used", "2,000").await;
    let date = input(&root, "planner-date");
    date.set_value("");
    change(date.unchecked_ref()).await;
    assert_eq!(
        input(&root, "planner-date").value(),
        "",
        "not today's date under the cursor"
    );
    assert!(
        find(&root, ".planner__headline").is_none(),
        "no projection for another day"
    );
}

//! Every user-visible string, per language.
//!
//! `Texts` is one struct with a field per string, and each language is one `const` of it,
//! so a missing translation is a compile error rather than a blank on the page.
//! Strings with numbers in them are plain `fn` pointers that receive the already
//! formatted numbers, so the word order stays each language's own.

/// The languages the page speaks. zh-TW is the default: the product is for Taiwan.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Lang {
    #[default]
    ZhTw,
    En,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::ZhTw, Lang::En];

    /// The tag used in URLs, in the `#lang` select, and as the key of localized data.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::ZhTw => "zh-TW",
            Lang::En => "en",
        }
    }

    /// The BCP 47 tag for `<html lang>`: Traditional script, so fonts and screen readers pick right.
    pub fn html_lang(self) -> &'static str {
        match self {
            Lang::ZhTw => "zh-Hant-TW",
            Lang::En => "en",
        }
    }

    /// Reads a tag the way people write it (`zh-TW`, `zh-tw`, `zh_TW`, `zh-Hant`, `en-US`, …).
    pub fn from_tag(tag: &str) -> Option<Lang> {
        // The primary subtag decides: "zh", "zh-TW", "zh_tw", "zh-Hant" are all zh-TW here.
        let tag = tag.trim().as_bytes();
        let primary = tag.get(..2)?;
        if !matches!(tag.get(2), None | Some(b'-' | b'_')) {
            return None;
        }
        Lang::ALL
            .into_iter()
            .find(|lang| primary.eq_ignore_ascii_case(&lang.tag().as_bytes()[..2]))
    }

    pub fn texts(self) -> &'static Texts {
        match self {
            Lang::ZhTw => &ZH_TW,
            Lang::En => &EN,
        }
    }
}

/// All strings of the page in one language.
pub struct Texts {
    /// The language's own name, shown in the language picker.
    pub language_name: &'static str,
    pub title: &'static str,
    pub subtitle: &'static str,
    pub language_label: &'static str,

    pub scope_label: &'static str,
    pub scope_monthly: &'static str,
    pub scope_addon: &'static str,
    pub scope_monthly_help: &'static str,
    pub scope_addon_help: &'static str,

    pub messages_label_monthly: &'static str,
    pub messages_label_addon: &'static str,
    pub budget_label_monthly: &'static str,
    pub budget_label_addon: &'static str,
    pub messages_unit: &'static str,
    pub messages_placeholder: &'static str,
    pub budget_placeholder: &'static str,
    /// Shown under the field the user did not type in.
    pub derived_hint: &'static str,
    /// (tax rate in percent) -> label of the tax checkbox.
    pub tax_label: fn(&str) -> String,
    pub tax_excluded: &'static str,
    pub tax_included: &'static str,
    pub compare_old_label: &'static str,

    pub err_invalid_character: fn(char) -> String,
    pub err_misplaced_separator: &'static str,
    pub err_multiple_decimal_points: &'static str,
    pub err_fraction_not_allowed: &'static str,
    /// (max decimals)
    pub err_too_many_decimals: fn(u32) -> String,
    pub err_negative: &'static str,
    /// (formatted maximum)
    pub err_too_large: fn(&str) -> String,
    pub err_no_plan: &'static str,

    /// (messages, plan name, monthly total)
    pub summary_monthly_from_messages: fn(&str, &str, &str) -> String,
    /// (budget, messages, plan name, monthly total)
    pub summary_monthly_from_budget: fn(&str, &str, &str, &str) -> String,
    pub err_budget_too_small: &'static str,
    /// (add-on cap, amount)
    pub summary_addon: fn(&str, &str) -> String,
    /// (add-on cap, amount): what to type in LINE's purchase-cap dialog.
    pub dialog_hint_cap: fn(&str, &str) -> String,
    /// (plan name)
    pub dialog_hint_no_addon: fn(&str) -> String,
    pub dialog_hint_title: &'static str,

    pub table_title: &'static str,
    pub col_plan: &'static str,
    pub col_monthly_fee: &'static str,
    pub col_included: &'static str,
    pub col_addon_allowed: &'static str,
    pub col_addon_messages: &'static str,
    pub col_addon_cost: &'static str,
    pub col_total: &'static str,
    pub col_per_message: &'static str,
    pub col_status: &'static str,
    pub yes: &'static str,
    pub no: &'static str,
    pub recommended: &'static str,
    pub recommended_sr: &'static str,
    pub feasible: &'static str,
    /// (included messages)
    pub infeasible_no_addon: fn(&str) -> String,
    /// (maximum monthly messages)
    pub infeasible_above_max: fn(&str) -> String,
    pub not_applicable: &'static str,

    pub breakdown_title: &'static str,
    /// (plan name)
    pub breakdown_caption: fn(&str) -> String,
    pub col_tier: &'static str,
    pub col_range: &'static str,
    pub col_messages_in_tier: &'static str,
    pub col_unit_price: &'static str,
    pub col_subtotal: &'static str,
    pub breakdown_total: &'static str,
    pub breakdown_empty: &'static str,
    /// (first, last) of a bounded tier, 1-based add-on message numbers.
    pub tier_range: fn(&str, &str) -> String,
    /// (first) of the open-ended last tier.
    pub tier_range_open: fn(&str) -> String,

    /// (text, marker): a figure with a qualifier such as "upper estimate".
    pub with_marker: fn(&str, &str) -> String,
    /// Joins two qualifiers inside one marker ("未稅，上限估計").
    pub marker_separator: &'static str,
    pub unconfirmed_badge: &'static str,
    pub upper_bound_marker: &'static str,
    pub lower_bound_marker: &'static str,
    pub unconfirmed_title: &'static str,

    pub old_title: &'static str,
    /// (effective from, effective to)
    pub schedule_period_retired: fn(&str, &str) -> String,
    /// (effective from)
    pub schedule_period_current: fn(&str) -> String,
    pub sources_label: &'static str,
    pub disclaimer: &'static str,

    pub copy_link: &'static str,
    pub link_copied: &'static str,
    /// Shown when the browser refuses the clipboard and the link's text is selected instead.
    pub copy_manually: &'static str,

    pub crash_message: &'static str,
    pub crash_reload: &'static str,
}

pub const ZH_TW: Texts = Texts {
    language_name: "繁體中文",
    title: "LINE 官方帳號訊息費用計算機",
    subtitle:
        "訊息則數與金額雙向換算，算法和 LINE「變更上限」對話框一樣，並比較輕、中、高用量方案。",
    language_label: "語言",

    scope_label: "換算範圍",
    scope_monthly: "每月總額（含月費）",
    scope_addon: "高用量加購上限",
    scope_monthly_help: "輸入每月發送的總則數或每月預算，找出最划算的方案。",
    scope_addon_help:
        "和 LINE 後台「帳務專區 → 變更上限」一樣：加購上限則數 ↔ 金額上限（不含月費與內含的訊息）。",

    messages_label_monthly: "每月訊息則數",
    messages_label_addon: "加購上限則數",
    budget_label_monthly: "每月預算",
    budget_label_addon: "金額上限",
    messages_unit: "則",
    messages_placeholder: "例如 12,000",
    budget_placeholder: "例如 2,400",
    derived_hint: "依另一欄自動換算",
    tax_label: |rate| format!("金額含 {rate}% 營業稅"),
    tax_excluded: "未稅",
    tax_included: "含稅",
    compare_old_label: "對照 2023 年 9 月前的舊制",

    err_invalid_character: |ch| format!("無法辨識「{ch}」，請只輸入數字。"),
    err_misplaced_separator: "千分位逗號的位置不對，例如應寫成 12,000。",
    err_multiple_decimal_points: "小數點只能有一個。",
    err_fraction_not_allowed: "訊息則數必須是整數。",
    err_too_many_decimals: |max| format!("金額最多只能有 {max} 位小數。"),
    err_negative: "不能是負數。",
    err_too_large: |max| format!("數字太大了，上限是 {max}。"),
    err_no_plan: "沒有任何方案能發送這麼多則訊息。",

    summary_monthly_from_messages: |messages, plan, total| {
        format!("每月 {messages} 則：{plan}最划算，每月 {total}。")
    },
    summary_monthly_from_budget: |budget, messages, plan, total| {
        format!("每月預算 {budget} 最多可發 {messages} 則（{plan}，每月 {total}）。")
    },
    err_budget_too_small: "這個預算連最便宜的方案都不夠。",
    summary_addon: |cap, amount| format!("加購上限 {cap} 則 ↔ 金額上限 {amount}。"),
    dialog_hint_cap: |cap, amount| {
        format!("在「帳務專區 → 變更上限」的加購上限則數輸入 {cap}，金額上限會是 {amount}。")
    },
    dialog_hint_no_addon: |plan| format!("{plan}的內含訊息就夠用，不需要設定加購上限。"),
    dialog_hint_title: "在 LINE 後台這樣設定",

    table_title: "方案比較",
    col_plan: "方案",
    col_monthly_fee: "月費",
    col_included: "內含則數",
    col_addon_allowed: "可加購",
    col_addon_messages: "加購則數",
    col_addon_cost: "加購費用",
    col_total: "每月總額",
    col_per_message: "每則平均",
    col_status: "狀態",
    yes: "可",
    no: "不可",
    recommended: "最划算",
    recommended_sr: "（建議方案）",
    feasible: "可使用",
    infeasible_no_addon: |included| format!("不適用：內含 {included} 則且不可加購"),
    infeasible_above_max: |max| format!("不適用：每月最多 {max} 則"),
    not_applicable: "—",

    breakdown_title: "加購費用級距明細",
    breakdown_caption: |plan| format!("{plan}加購訊息的累進計價"),
    col_tier: "級距",
    col_range: "加購則數區間",
    col_messages_in_tier: "則數",
    col_unit_price: "單價",
    col_subtotal: "小計",
    breakdown_total: "合計",
    breakdown_empty: "沒有加購訊息。",
    tier_range: |first, last| format!("第 {first}–{last} 則"),
    tier_range_open: |first| format!("第 {first} 則起"),

    with_marker: |text, marker| format!("{text}（{marker}）"),
    marker_separator: "，",
    unconfirmed_badge: "未確認",
    upper_bound_marker: "上限估計",
    lower_bound_marker: "至少",
    unconfirmed_title: "價格資料尚未完全確認",

    old_title: "舊制對照（2023 年 9 月前）",
    schedule_period_retired: |from, to| format!("適用期間 {from} 至 {to}"),
    schedule_period_current: |from| format!("自 {from} 起適用"),
    sources_label: "資料來源",
    disclaimer: "本工具非 LINE 官方提供；金額以 LINE 官方帳號管理後台顯示為準。",

    copy_link: "複製這個試算的連結",
    link_copied: "已複製連結。",
    copy_manually: "瀏覽器不允許自動複製：連結已選取，請自行複製。",

    crash_message: "計算機發生錯誤，已停止運作。請重新載入頁面。",
    crash_reload: "重新載入",
};

pub const EN: Texts = Texts {
    language_name: "English",
    title: "LINE Official Account message cost calculator",
    subtitle: "Converts messages to amounts and back exactly as LINE's purchase-cap dialog does, and compares the Light, Medium and High plans.",
    language_label: "Language",

    scope_label: "Convert",
    scope_monthly: "Monthly total (fee included)",
    scope_addon: "High plan add-on cap",
    scope_monthly_help: "Enter the messages you send a month, or your monthly budget, to find the cheapest plan.",
    scope_addon_help: "As in LINE's Billing → Change limit dialog: add-on message cap ↔ amount cap (fee and included messages not counted).",

    messages_label_monthly: "Messages per month",
    messages_label_addon: "Add-on message cap",
    budget_label_monthly: "Monthly budget",
    budget_label_addon: "Amount cap",
    messages_unit: "messages",
    messages_placeholder: "e.g. 12,000",
    budget_placeholder: "e.g. 2,400",
    derived_hint: "Calculated from the other field",
    tax_label: |rate| format!("Amounts include {rate}% business tax"),
    tax_excluded: "excl. tax",
    tax_included: "incl. tax",
    compare_old_label: "Compare with the plans before September 2023",

    err_invalid_character: |ch| format!("“{ch}” is not a digit. Please enter a number."),
    err_misplaced_separator: "A thousands separator is misplaced; write it like 12,000.",
    err_multiple_decimal_points: "Only one decimal point, please.",
    err_fraction_not_allowed: "Messages must be a whole number.",
    err_too_many_decimals: |max| format!("Amounts take at most {max} decimals."),
    err_negative: "Negative numbers are not allowed.",
    err_too_large: |max| format!("That number is too large; the maximum is {max}."),
    err_no_plan: "No plan can send that many messages.",

    summary_monthly_from_messages: |messages, plan, total| {
        format!("{messages} messages a month: {plan} is cheapest, at {total} a month.")
    },
    summary_monthly_from_budget: |budget, messages, plan, total| {
        format!("A monthly budget of {budget} buys up to {messages} messages ({plan}, {total} a month).")
    },
    err_budget_too_small: "This budget does not cover even the cheapest plan.",
    summary_addon: |cap, amount| format!("Add-on cap {cap} messages ↔ amount cap {amount}."),
    dialog_hint_cap: |cap, amount| {
        format!("In Billing → Change limit, enter {cap} as the add-on message cap; the amount cap will read {amount}.")
    },
    dialog_hint_no_addon: |plan| format!("The {plan} plan's included messages are enough: no add-on cap needed."),
    dialog_hint_title: "What to set in LINE's manager",

    table_title: "Plan comparison",
    col_plan: "Plan",
    col_monthly_fee: "Monthly fee",
    col_included: "Included",
    col_addon_allowed: "Add-ons",
    col_addon_messages: "Add-on messages",
    col_addon_cost: "Add-on cost",
    col_total: "Monthly total",
    col_per_message: "Per message",
    col_status: "Status",
    yes: "Yes",
    no: "No",
    recommended: "Cheapest",
    recommended_sr: " (recommended)",
    feasible: "Available",
    infeasible_no_addon: |included| format!("Not possible: {included} included, no add-ons"),
    infeasible_above_max: |max| format!("Not possible: at most {max} a month"),
    not_applicable: "—",

    breakdown_title: "Add-on cost by tier",
    breakdown_caption: |plan| format!("Graduated pricing of the {plan} plan's add-on messages"),
    col_tier: "Tier",
    col_range: "Add-on messages",
    col_messages_in_tier: "Messages",
    col_unit_price: "Unit price",
    col_subtotal: "Subtotal",
    breakdown_total: "Total",
    breakdown_empty: "No add-on messages.",
    tier_range: |first, last| format!("{first}–{last}"),
    tier_range_open: |first| format!("{first} and up"),

    with_marker: |text, marker| format!("{text} ({marker})"),
    marker_separator: ", ",
    unconfirmed_badge: "unconfirmed",
    upper_bound_marker: "upper estimate",
    lower_bound_marker: "at least",
    unconfirmed_title: "Some prices are not confirmed yet",

    old_title: "Old plans (before September 2023)",
    schedule_period_retired: |from, to| format!("In force {from} to {to}"),
    schedule_period_current: |from| format!("In force since {from}"),
    sources_label: "Sources",
    disclaimer: "Not made by LINE. The amounts in LINE Official Account Manager are authoritative.",

    copy_link: "Copy a link to this calculation",
    link_copied: "Link copied.",
    copy_manually: "The browser refused to copy: the link is selected, copy it yourself.",

    crash_message: "The calculator hit an error and stopped. Please reload the page.",
    crash_reload: "Reload",
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_round_trip_and_common_spellings_are_understood() {
        for lang in Lang::ALL {
            assert_eq!(Lang::from_tag(lang.tag()), Some(lang));
        }
        assert_eq!(Lang::from_tag("zh_tw"), Some(Lang::ZhTw));
        assert_eq!(Lang::from_tag("zh-Hant"), Some(Lang::ZhTw));
        assert_eq!(Lang::from_tag("EN-us"), Some(Lang::En));
        assert_eq!(Lang::from_tag("<script>"), None);
        assert_eq!(Lang::from_tag(""), None);
    }

    #[test]
    fn no_language_leaves_a_string_empty() {
        for lang in Lang::ALL {
            let t = lang.texts();
            let plain = [
                t.language_name,
                t.title,
                t.subtitle,
                t.scope_label,
                t.scope_monthly,
                t.scope_addon,
                t.messages_label_monthly,
                t.messages_label_addon,
                t.budget_label_monthly,
                t.budget_label_addon,
                t.err_misplaced_separator,
                t.err_fraction_not_allowed,
                t.table_title,
                t.recommended,
                t.breakdown_title,
                t.unconfirmed_title,
                t.crash_message,
                t.crash_reload,
                t.disclaimer,
            ];
            assert!(
                plain.iter().all(|s| !s.trim().is_empty()),
                "{:?} has an empty string",
                lang
            );
            assert!((t.summary_monthly_from_messages)("1", "P", "2").contains('1'));
            assert!((t.err_invalid_character)('x').contains('x'));
        }
    }
}

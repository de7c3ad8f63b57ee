//! Every user-visible string, per language.
//!
//! `Texts` is one struct with a field per string, and each language is one `const` of it,
//! so a missing translation is a compile error rather than a blank on the page.
//! Sentences with numbers in them are [`Template`]s with numbered holes (`{0}`) that receive the
//! already formatted numbers, so the word order stays each language's own.

mod en;
mod ja;
pub mod planner;
mod zh_tw;

pub use en::EN;
pub use ja::JA;
pub use zh_tw::ZH_TW;

/// The languages the page speaks. zh-TW is the default: the product is for Taiwan.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Lang {
    #[default]
    ZhTw,
    En,
    Ja,
}

impl Lang {
    pub const ALL: [Lang; 3] = [Lang::ZhTw, Lang::En, Lang::Ja];

    /// The tag used in URLs, in the `#lang` select, and as the key of localized data.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::ZhTw => "zh-TW",
            Lang::En => "en",
            Lang::Ja => "ja",
        }
    }

    /// The BCP 47 tag for `<html lang>`: Traditional script, so fonts and screen readers pick right.
    pub fn html_lang(self) -> &'static str {
        match self {
            Lang::ZhTw => "zh-Hant-TW",
            Lang::En => "en",
            Lang::Ja => "ja",
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
            Lang::Ja => &JA,
        }
    }
}

/// A translated sentence with numbered holes, `{0}`, `{1}`, …, filled with already formatted
/// values: each language keeps its own word order. Plain text rather than a closure per
/// sentence per language, which would cost the bundle a formatting function each.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Template(pub &'static str);

impl Template {
    /// The sentence with `{i}` replaced by `values[i]`; a hole with no value is left empty.
    /// `{i|one|other}` is the word for the count in hole `i`: `one` when it reads 1, `other` for
    /// any other count, 0 too (English's "1 message", "0 messages").
    ///
    /// ```
    /// use line_oa_calc::i18n::Template;
    /// assert_eq!(Template("{1} 則：{0}").fill(&["高用量", "3,001"]), "3,001 則：高用量");
    /// let sentence = Template("{0} {0|message|messages} a month");
    /// assert_eq!(sentence.fill(&["1"]), "1 message a month");
    /// assert_eq!(sentence.fill(&["0"]), "0 messages a month");
    /// assert_eq!(sentence.fill(&["1,001"]), "1,001 messages a month");
    /// ```
    pub fn fill(self, values: &[&str]) -> String {
        let mut out = String::with_capacity(self.0.len() + 16);
        let mut rest = self.0;
        while let Some(open) = rest.find('{') {
            out.push_str(&rest[..open]);
            let after = &rest[open + 1..];
            match after.find('}').and_then(|close| {
                let (hole, forms) = after[..close]
                    .split_once('|')
                    .unwrap_or((&after[..close], ""));
                Some((hole.parse::<usize>().ok()?, forms, close))
            }) {
                Some((index, forms, close)) => {
                    let value = values.get(index).copied().unwrap_or("");
                    match forms.split_once('|') {
                        Some((one, _)) if value == "1" => out.push_str(one),
                        Some((_, other)) => out.push_str(other),
                        None => out.push_str(value),
                    }
                    rest = &after[close + 1..];
                }
                None => {
                    out.push('{');
                    rest = after;
                }
            }
        }
        out.push_str(rest);
        out
    }

    /// The hole numbers used, sorted: every language must use the same ones.
    pub fn holes(self) -> Vec<usize> {
        let mut holes: Vec<usize> = self
            .0
            .split('{')
            .skip(1)
            .filter_map(|part| part.split_once('}')?.0.split('|').next()?.parse().ok())
            .collect();
        holes.sort_unstable();
        holes.dedup();
        holes
    }
}

/// All strings of the page in one language.
pub struct Texts {
    /// The language's own name, shown in the language picker.
    pub language_name: &'static str,
    pub title: &'static str,
    pub subtitle: &'static str,
    pub language_label: &'static str,
    pub region_label: &'static str,

    pub scope_label: &'static str,
    pub scope_monthly: &'static str,
    /// (plan name): the scope of that plan's purchase-cap dialog.
    pub scope_addon: Template,
    pub scope_monthly_help: &'static str,
    pub scope_addon_help: &'static str,
    /// After a switch of scope rewrote the reader's figure: (old label, old figure, new label, new
    /// figure).
    pub scope_carried: Template,

    pub messages_label_monthly: &'static str,
    pub messages_label_addon: &'static str,
    pub budget_label_monthly: &'static str,
    pub budget_label_addon: &'static str,
    pub messages_unit: &'static str,
    pub messages_placeholder: &'static str,
    pub budget_placeholder: &'static str,
    /// Shown under the field the user did not type in.
    pub derived_hint: &'static str,
    /// (tax rate in percent, the tax's name) -> label of the tax checkbox.
    pub tax_label: Template,
    pub tax_excluded: &'static str,
    pub tax_included: &'static str,
    /// {0}: the previous schedule's period.
    pub compare_old_label: Template,
    /// The amount field's marker with tax on in the dialog's scope: beside the dialog hint's amount.
    pub tax_included_for_reference: &'static str,

    /// A field that holds no number (only a sign or a unit, say).
    pub err_empty: &'static str,
    pub err_invalid_character: Template,
    pub err_misplaced_separator: &'static str,
    pub err_multiple_decimal_points: &'static str,
    pub err_fraction_not_allowed: &'static str,
    /// (max decimals)
    pub err_too_many_decimals: Template,
    pub err_negative: &'static str,
    /// (formatted maximum)
    pub err_too_large: Template,
    pub err_no_plan: &'static str,

    /// (messages, plan name, monthly total)
    pub summary_monthly_from_messages: Template,
    /// (budget, messages, plan name, monthly total)
    pub summary_monthly_from_budget: Template,
    /// The same, when the count rests on unconfirmed prices: LINE's real count is at least this.
    pub summary_monthly_from_budget_at_least: Template,
    pub err_budget_too_small: &'static str,
    /// (add-on cap, amount)
    pub summary_addon: Template,
    /// The same, when the cap a budget buys rests on unconfirmed prices: LINE's real cap is at least this.
    pub summary_addon_at_least: Template,
    /// Appended to a sentence (with its own leading space where the language puts one):
    /// two or more plans cost the same for the count: {0} the plan suggested (the one with more
    /// included messages to spare), {1} the other(s).
    pub tie_note: Template,
    /// A crossover that is a tie: at {0} messages plans {1} and {2} cost the same, {2} (more included
    /// messages) is suggested.
    pub chart_tie: Template,
    /// The plan table's badge on a plan that costs as much as the suggested one.
    pub same_cost_badge: &'static str,
    /// Friends × broadcasts is more than the calculator takes ({0}: the most messages it takes).
    pub err_estimate_too_large: Template,
    /// (add-on cap, amount): what to type in LINE's purchase-cap dialog.
    pub dialog_hint_cap: Template,
    /// (plan name)
    pub dialog_hint_no_addon: Template,
    pub dialog_hint_title: &'static str,
    /// The dialog hint's amount marker: without tax, as LINE lists prices; no source says whether
    /// LINE's purchase-cap dialog shows it so.
    pub dialog_amount_tax: &'static str,

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
    pub infeasible_no_addon: Template,
    /// (maximum monthly messages)
    pub infeasible_above_max: Template,
    pub not_applicable: &'static str,

    pub breakdown_title: &'static str,
    /// (plan name)
    pub breakdown_caption: Template,
    pub col_tier: &'static str,
    pub col_range: &'static str,
    pub col_messages_in_tier: &'static str,
    pub col_unit_price: &'static str,
    pub col_subtotal: &'static str,
    pub breakdown_total: &'static str,
    pub breakdown_empty: &'static str,
    /// (first, last) of a bounded tier, 1-based add-on message numbers.
    pub tier_range: Template,
    /// (first) of the open-ended last tier.
    pub tier_range_open: Template,

    /// (text, marker): a figure with a qualifier such as "upper estimate".
    pub with_marker: Template,
    /// Joins two qualifiers inside one marker ("未稅，上限估計").
    pub marker_separator: &'static str,
    pub unconfirmed_badge: &'static str,
    pub upper_bound_marker: &'static str,
    pub lower_bound_marker: &'static str,
    pub unconfirmed_title: &'static str,

    /// {0}: the previous schedule's period.
    pub old_title: Template,
    /// A schedule's period, short (pickers, headings): from {0}; {0} to {1}.
    pub period_since: Template,
    pub period_span: Template,
    /// The schedule picker's label, and the markers on its options.
    pub schedule_label: &'static str,
    pub schedule_in_force_marker: &'static str,
    pub schedule_upcoming_marker: &'static str,
    /// A change LINE announced for a later date ({0}), while today's prices are shown.
    pub upcoming_notice: Template,
    pub show_upcoming: &'static str,
    /// Shown while a coming schedule ({0}: its start) or a past one ({0}: its period, {1}: today's) is priced.
    pub viewing_upcoming: Template,
    pub viewing_past: Template,
    pub show_in_force: &'static str,
    /// The reader's month on the previous prices against now: {0} messages, {1}/{2} plan and total now,
    /// {3}/{4} plan and total before, {5} the difference, {6} its qualifier (`change_at_least`,
    /// `change_at_most` or nothing) when one of the totals is an estimate.
    pub change_more: Template,
    pub change_less: Template,
    pub change_same: Template,
    /// Both totals are upper estimates: the difference could go either way.
    pub change_unknown: Template,
    pub change_at_least: &'static str,
    pub change_at_most: &'static str,
    /// Explains an estimate marker next to a figure that rests on unconfirmed prices.
    pub estimate_note: &'static str,
    /// Explains the "unconfirmed" badge on a tier's unit price, under the tier table.
    pub unconfirmed_tier_note: &'static str,
    /// When a source was last checked ({0}: the date).
    pub source_checked: Template,

    /// (effective from, effective to)
    pub schedule_period_retired: Template,
    /// (effective from)
    pub schedule_period_current: Template,
    pub sources_label: &'static str,
    pub disclaimer: &'static str,

    pub copy_link: &'static str,
    pub link_copied: &'static str,
    /// Shown when the browser refuses the clipboard and the link's text is selected instead.
    pub copy_manually: &'static str,

    pub crash_message: &'static str,
    pub crash_reload: &'static str,

    /// The summary of the disclosure an embed keeps the non-core parts behind.
    pub more_label: &'static str,
    /// The link from the inputs card down to the estimator.
    pub estimator_link: &'static str,
    pub estimator_title: &'static str,
    pub friends_label: &'static str,
    pub friends_unit: &'static str,
    pub friends_placeholder: &'static str,
    pub broadcasts_label: &'static str,
    pub broadcasts_unit: &'static str,
    pub broadcasts_placeholder: &'static str,
    /// (friends, broadcasts, messages): the product, now in the messages field.
    pub estimator_result: Template,
    /// Instead of the result, once the reader typed a count or a budget of their own.
    pub estimator_superseded: &'static str,
    /// Appended to the result when the estimator moved the fields from the add-on scope.
    pub estimator_switched_scope: &'static str,
    /// What LINE counts as a billed message, one line each.
    pub estimator_rules: [&'static str; 4],

    pub chart_title: &'static str,
    /// (schedule name): the chart's `<desc>`.
    pub chart_desc: Template,
    pub chart_axis_messages: &'static str,
    pub chart_axis_bill: &'static str,
    pub chart_axis_bill_with_tax: &'static str,
    /// Marks the count in the messages field on the chart.
    pub chart_marker: &'static str,
    /// (plan, first, last): a range of counts where that plan is cheapest.
    pub chart_cheapest_range: Template,
    /// (plan, first): the last, open-ended range.
    pub chart_cheapest_open: Template,
    /// (plan, max): where a plan's line ends because it cannot send more.
    pub chart_plan_limit: Template,
    /// (its last count): the title of the low-range panel shown beside a wide chart.
    pub chart_close_up: Template,
}

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
        assert_eq!(Lang::from_tag("ja-JP"), Some(Lang::Ja));
        assert_eq!(Lang::from_tag("<script>"), None);
        assert_eq!(Lang::from_tag(""), None);
    }

    /// Every sentence with holes, by name.
    fn templates(t: &Texts) -> Vec<(&'static str, Template)> {
        vec![
            ("scope_addon", t.scope_addon),
            ("scope_carried", t.scope_carried),
            ("tax_label", t.tax_label),
            ("err_invalid_character", t.err_invalid_character),
            ("err_too_many_decimals", t.err_too_many_decimals),
            ("err_too_large", t.err_too_large),
            (
                "summary_monthly_from_messages",
                t.summary_monthly_from_messages,
            ),
            ("summary_monthly_from_budget", t.summary_monthly_from_budget),
            (
                "summary_monthly_from_budget_at_least",
                t.summary_monthly_from_budget_at_least,
            ),
            ("summary_addon", t.summary_addon),
            ("summary_addon_at_least", t.summary_addon_at_least),
            ("tie_note", t.tie_note),
            ("chart_tie", t.chart_tie),
            ("err_estimate_too_large", t.err_estimate_too_large),
            ("change_unknown", t.change_unknown),
            ("dialog_hint_cap", t.dialog_hint_cap),
            ("dialog_hint_no_addon", t.dialog_hint_no_addon),
            ("infeasible_no_addon", t.infeasible_no_addon),
            ("infeasible_above_max", t.infeasible_above_max),
            ("breakdown_caption", t.breakdown_caption),
            ("tier_range", t.tier_range),
            ("tier_range_open", t.tier_range_open),
            ("with_marker", t.with_marker),
            ("schedule_period_retired", t.schedule_period_retired),
            ("schedule_period_current", t.schedule_period_current),
            ("compare_old_label", t.compare_old_label),
            ("old_title", t.old_title),
            ("period_since", t.period_since),
            ("period_span", t.period_span),
            ("upcoming_notice", t.upcoming_notice),
            ("viewing_upcoming", t.viewing_upcoming),
            ("viewing_past", t.viewing_past),
            ("change_more", t.change_more),
            ("change_less", t.change_less),
            ("change_same", t.change_same),
            ("source_checked", t.source_checked),
            ("estimator_result", t.estimator_result),
            ("chart_desc", t.chart_desc),
            ("chart_cheapest_range", t.chart_cheapest_range),
            ("chart_cheapest_open", t.chart_cheapest_open),
            ("chart_plan_limit", t.chart_plan_limit),
            ("chart_close_up", t.chart_close_up),
        ]
    }

    #[test]
    fn every_language_fills_the_same_holes() {
        let reference = templates(Lang::ZhTw.texts());
        for lang in Lang::ALL {
            for ((name, template), (_, expected)) in
                templates(lang.texts()).into_iter().zip(&reference)
            {
                assert_eq!(
                    template.holes(),
                    expected.holes(),
                    "{lang:?} {name}: {:?}",
                    template.0
                );
                assert!(!template.0.trim().is_empty(), "{lang:?} {name} is empty");
            }
        }
    }

    #[test]
    fn templates_fill_in_order_and_ignore_stray_braces() {
        assert_eq!(
            Template("{0} × {1} = {2}").fill(&["a", "b", "c"]),
            "a × b = c"
        );
        assert_eq!(Template("{1}{0}").fill(&["x", "y"]), "yx");
        assert_eq!(Template("{x} {0} {").fill(&["v"]), "{x} v {");
        assert_eq!(Template("{3}").fill(&["v"]), "");
    }

    /// Issue 21, point 7: "1 messages a month". Every English sentence with a count says 1 and 0 right.
    #[test]
    fn english_counts_take_the_singular_for_one_and_the_plural_for_zero() {
        let t = Lang::En.texts();
        let count_sentences = [
            t.summary_monthly_from_messages
                .fill(&["1", "Light", "NT$0"]),
            t.summary_monthly_from_budget
                .fill(&["NT$0", "1", "Light", "NT$0"]),
            t.summary_monthly_from_budget_at_least
                .fill(&["NT$0", "1", "Light", "NT$0"]),
            t.summary_addon.fill(&["1", "NT$0.2"]),
            t.summary_addon_at_least.fill(&["1", "NT$0.2"]),
            t.change_more
                .fill(&["1", "A", "NT$1", "B", "NT$0", "NT$1", ""]),
            t.change_unknown.fill(&["1", "A", "NT$1", "B", "NT$0"]),
            t.estimator_result.fill(&["1", "1", "1"]),
            t.chart_cheapest_open.fill(&["Light", "1"]),
            t.chart_tie.fill(&["1", "Basic", "Pro"]),
            t.err_too_many_decimals.fill(&["1"]),
        ];
        for sentence in &count_sentences {
            assert!(!sentence.contains("1 messages"), "{sentence}");
            assert!(!sentence.contains("1 friends"), "{sentence}");
            assert!(!sentence.contains("1 broadcasts"), "{sentence}");
            assert!(!sentence.contains("1 decimals"), "{sentence}");
        }
        assert!(count_sentences[0].starts_with("1 message a month"));
        assert!(count_sentences[7].starts_with("1 friend × 1 broadcast = 1 message,"));
        assert!(t
            .summary_monthly_from_messages
            .fill(&["0", "Light", "NT$0"])
            .starts_with("0 messages a month"));
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
                t.region_label,
                t.estimator_title,
                t.estimator_link,
                t.more_label,
                t.chart_title,
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
            assert!(t
                .summary_monthly_from_messages
                .fill(&["1", "P", "2"])
                .contains('1'));
            assert!(t.err_invalid_character.fill(&["x"]).contains('x'));
            assert!(t.estimator_rules.iter().all(|rule| !rule.trim().is_empty()));
        }
    }
}

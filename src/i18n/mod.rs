//! Every user-visible string, per language.
//!
//! `Texts` is one struct with a field per string, and each language is one `const` of it,
//! so a missing translation is a compile error rather than a blank on the page.
//! Sentences with numbers in them are [`Template`]s with numbered holes (`{0}`) that receive the
//! already formatted numbers, so the word order stays each language's own.
//!
//! Each string is declared once, in [`declare_texts!`], with its kind: a new string is one line
//! there and one in each language, and the tests check every declared string (none is left out
//! of a hand-kept list).

/// Declares a struct of strings, one field per string with its kind, and (for the tests only)
/// the list of every field by name, so the struct and what the tests check cannot drift apart.
/// Kinds: `plain` (a non-empty string), `spacing` (whitespace between sentences, may be empty),
/// `template(n)` (a [`Template`] with the holes `{0}` … `{n-1}`), `lines(n)` (n non-empty strings).
/// The list is `#[cfg(test)]`: the bundle holds the struct and the languages' constants only.
macro_rules! declare_texts {
    (
        $(#[$struct_doc:meta])*
        pub struct $name:ident {
            $( $(#[$doc:meta])* $field:ident : $kind:ident $(($n:literal))? ),* $(,)?
        }
    ) => {
        $(#[$struct_doc])*
        pub struct $name {
            $( $(#[$doc])* pub $field: declare_texts!(@type $kind $($n)?), )*
        }

        #[cfg(test)]
        impl $name {
            /// Every string, by name, with its declared kind.
            pub(crate) fn entries(&self) -> Vec<(&'static str, $crate::i18n::Entry)> {
                vec![$((stringify!($field), declare_texts!(@entry self.$field, $kind $($n)?)),)*]
            }
        }
    };
    (@type plain) => { &'static str };
    (@type spacing) => { &'static str };
    (@type template $n:literal) => { $crate::i18n::Template };
    (@type lines $n:literal) => { [&'static str; $n] };
    (@entry $value:expr, plain) => { $crate::i18n::Entry::Plain($value) };
    (@entry $value:expr, spacing) => { $crate::i18n::Entry::Spacing($value) };
    (@entry $value:expr, template $n:literal) => { $crate::i18n::Entry::Template($value, $n) };
    (@entry $value:expr, lines $n:literal) => { $crate::i18n::Entry::Lines($value.to_vec()) };
}

/// One declared string as the tests see it: its text and what it must hold.
#[cfg(test)]
#[derive(Debug)]
pub(crate) enum Entry {
    Plain(&'static str),
    Spacing(&'static str),
    /// The sentence and its number of holes.
    Template(Template, usize),
    Lines(Vec<&'static str>),
}

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

declare_texts! {
    /// All strings of the page in one language.
    pub struct Texts {
        /// The language's own name, shown in the language picker.
        language_name: plain,
        title: plain,
        subtitle: plain,
        language_label: plain,
        region_label: plain,

        scope_label: plain,
        scope_monthly: plain,
        /// (plan name): the scope of that plan's purchase-cap dialog.
        scope_addon: template(1),
        scope_monthly_help: plain,
        scope_addon_help: plain,
        /// After a switch of scope rewrote the reader's figure: (old label, old figure, new label, new
        /// figure).
        scope_carried: template(4),

        messages_label_monthly: plain,
        messages_label_addon: plain,
        budget_label_monthly: plain,
        budget_label_addon: plain,
        messages_unit: plain,
        messages_placeholder: plain,
        budget_placeholder: plain,
        /// Shown under the field the user did not type in.
        derived_hint: plain,
        /// (tax rate in percent, the tax's name) -> label of the tax checkbox.
        tax_label: template(2),
        tax_excluded: plain,
        tax_included: plain,
        /// {0}: the previous schedule's period.
        compare_old_label: template(1),
        /// The amount field's marker with tax on in the dialog's scope: beside the dialog hint's amount.
        tax_included_for_reference: plain,

        /// A field that holds no number (only a sign or a unit, say).
        err_empty: plain,
        err_invalid_character: template(1),
        err_misplaced_separator: plain,
        err_multiple_decimal_points: plain,
        err_fraction_not_allowed: plain,
        /// (max decimals)
        err_too_many_decimals: template(1),
        err_negative: plain,
        /// (formatted maximum)
        err_too_large: template(1),
        err_no_plan: plain,

        /// (messages, plan name, monthly total)
        summary_monthly_from_messages: template(3),
        /// (budget, messages, plan name, monthly total)
        summary_monthly_from_budget: template(4),
        /// The same, when the count rests on unconfirmed prices: LINE's real count is at least this.
        summary_monthly_from_budget_at_least: template(4),
        err_budget_too_small: plain,
        /// (add-on cap, amount)
        summary_addon: template(2),
        /// The same, when the cap a budget buys rests on unconfirmed prices: LINE's real cap is at least this.
        summary_addon_at_least: template(2),
        /// Appended to a sentence (with its own leading space where the language puts one):
        /// two or more plans cost the same for the count: {0} the plan suggested (the one with more
        /// included messages to spare), {1} the other(s).
        tie_note: template(2),
        /// A crossover that is a tie: at {0} messages plans {1} and {2} cost the same, {2} (more included
        /// messages) is suggested.
        chart_tie: template(3),
        /// The plan table's badge on a plan that costs as much as the suggested one.
        same_cost_badge: plain,
        /// Friends × broadcasts is more than the calculator takes ({0}: the most messages it takes).
        err_estimate_too_large: template(1),
        /// (add-on cap, amount): what to type in LINE's purchase-cap dialog.
        dialog_hint_cap: template(2),
        /// (plan name)
        dialog_hint_no_addon: template(1),
        dialog_hint_title: plain,
        /// The dialog hint's amount marker: without tax, as LINE lists prices; no source says whether
        /// LINE's purchase-cap dialog shows it so.
        dialog_amount_tax: plain,

        table_title: plain,
        col_plan: plain,
        col_monthly_fee: plain,
        col_included: plain,
        col_addon_allowed: plain,
        col_addon_messages: plain,
        col_addon_cost: plain,
        col_total: plain,
        col_per_message: plain,
        col_status: plain,
        yes: plain,
        no: plain,
        recommended: plain,
        recommended_sr: plain,
        feasible: plain,
        /// (included messages)
        infeasible_no_addon: template(1),
        /// (maximum monthly messages)
        infeasible_above_max: template(1),
        not_applicable: plain,

        breakdown_title: plain,
        /// (plan name)
        breakdown_caption: template(1),
        col_tier: plain,
        col_range: plain,
        col_messages_in_tier: plain,
        col_unit_price: plain,
        col_subtotal: plain,
        breakdown_total: plain,
        breakdown_empty: plain,
        /// (first, last) of a bounded tier, 1-based add-on message numbers.
        tier_range: template(2),
        /// (first) of the open-ended last tier.
        tier_range_open: template(1),

        /// (text, marker): a figure with a qualifier such as "upper estimate".
        with_marker: template(2),
        /// Joins two qualifiers inside one marker ("未稅，上限估計").
        marker_separator: plain,
        unconfirmed_badge: plain,
        upper_bound_marker: plain,
        lower_bound_marker: plain,
        unconfirmed_title: plain,

        /// {0}: the previous schedule's period.
        old_title: template(1),
        /// A schedule's period, short (pickers, headings): from {0}; {0} to {1}.
        period_since: template(1),
        period_span: template(2),
        /// The schedule picker's label, and the markers on its options.
        schedule_label: plain,
        schedule_in_force_marker: plain,
        schedule_upcoming_marker: plain,
        /// A change LINE announced for a later date ({0}), while today's prices are shown.
        upcoming_notice: template(1),
        show_upcoming: plain,
        /// Shown while a coming schedule ({0}: its start) or a past one ({0}: its period, {1}: today's) is priced.
        viewing_upcoming: template(1),
        viewing_past: template(2),
        show_in_force: plain,
        /// The reader's month on the previous prices against now: {0} messages, {1}/{2} plan and total now,
        /// {3}/{4} plan and total before, {5} the difference, {6} its qualifier (`change_at_least`,
        /// `change_at_most` or nothing) when one of the totals is an estimate.
        change_more: template(7),
        change_less: template(7),
        change_same: template(5),
        /// Both totals are upper estimates: the difference could go either way.
        change_unknown: template(5),
        change_at_least: plain,
        change_at_most: plain,
        /// Explains an estimate marker next to a figure that rests on unconfirmed prices.
        estimate_note: plain,
        /// Explains the "unconfirmed" badge on a tier's unit price, under the tier table.
        unconfirmed_tier_note: plain,
        /// When a source was last checked ({0}: the date).
        source_checked: template(1),

        /// (effective from, effective to)
        schedule_period_retired: template(2),
        /// (effective from)
        schedule_period_current: template(1),
        sources_label: plain,
        disclaimer: plain,

        copy_link: plain,
        link_copied: plain,
        /// Shown when the browser refuses the clipboard and the link's text is selected instead.
        copy_manually: plain,

        crash_message: plain,
        crash_reload: plain,

        /// The summary of the disclosure an embed keeps the non-core parts behind.
        more_label: plain,
        /// The link from the inputs card down to the estimator.
        estimator_link: plain,
        estimator_title: plain,
        friends_label: plain,
        friends_unit: plain,
        friends_placeholder: plain,
        broadcasts_label: plain,
        broadcasts_unit: plain,
        broadcasts_placeholder: plain,
        /// (friends, broadcasts, messages): the product, now in the messages field.
        estimator_result: template(3),
        /// Instead of the result, once the reader typed a count or a budget of their own.
        estimator_superseded: plain,
        /// Appended to the result when the estimator moved the fields from the add-on scope.
        estimator_switched_scope: plain,
        /// What LINE counts as a billed message, one line each.
        estimator_rules: lines(4),

        chart_title: plain,
        /// (schedule name): the chart's `<desc>`.
        chart_desc: template(1),
        chart_axis_messages: plain,
        chart_axis_bill: plain,
        chart_axis_bill_with_tax: plain,
        /// Marks the count in the messages field on the chart.
        chart_marker: plain,
        /// (plan, first, last): a range of counts where that plan is cheapest.
        chart_cheapest_range: template(3),
        /// (plan, first): the last, open-ended range.
        chart_cheapest_open: template(2),
        /// (plan, max): where a plan's line ends because it cannot send more.
        chart_plan_limit: template(2),
        /// (its last count): the title of the low-range panel shown beside a wide chart.
        chart_close_up: template(1),
    }
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

    /// Every declared string of every language holds what its kind says: a template uses
    /// exactly its holes `{0}` … `{n-1}` (so every language fills the same ones), a plain string
    /// is neither empty nor has holes, a spacing is whitespace only.
    fn check_every_string(struct_name: &str, entries: impl Fn(Lang) -> Vec<(&'static str, Entry)>) {
        let count = entries(Lang::ZhTw).len();
        for lang in Lang::ALL {
            let entries = entries(lang);
            assert_eq!(entries.len(), count, "{lang:?} {struct_name}");
            for (name, entry) in entries {
                match entry {
                    Entry::Plain(text) => {
                        assert!(
                            !text.trim().is_empty(),
                            "{lang:?} {struct_name}.{name} is empty"
                        );
                        assert!(
                            Template(text).holes().is_empty(),
                            "{lang:?} {struct_name}.{name} is plain but has holes: {text:?}"
                        );
                    }
                    Entry::Spacing(text) => assert!(
                        text.trim().is_empty(),
                        "{lang:?} {struct_name}.{name} is spacing: {text:?}"
                    ),
                    Entry::Template(template, holes) => {
                        assert_eq!(
                            template.holes(),
                            (0..holes).collect::<Vec<_>>(),
                            "{lang:?} {struct_name}.{name}: {:?}",
                            template.0
                        );
                        assert!(
                            !template.0.trim().is_empty(),
                            "{lang:?} {struct_name}.{name} is empty"
                        );
                    }
                    Entry::Lines(lines) => assert!(
                        lines.iter().all(|line| !line.trim().is_empty()),
                        "{lang:?} {struct_name}.{name} has an empty line"
                    ),
                }
            }
        }
    }

    #[test]
    fn every_language_fills_the_same_holes_and_leaves_no_string_empty() {
        check_every_string("Texts", |lang| lang.texts().entries());
        check_every_string("PlannerTexts", |lang| lang.planner().entries());
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
    fn filled_sentences_keep_their_values() {
        for lang in Lang::ALL {
            let t = lang.texts();
            assert!(t
                .summary_monthly_from_messages
                .fill(&["1", "P", "2"])
                .contains('1'));
            assert!(t.err_invalid_character.fill(&["x"]).contains('x'));
        }
    }
}

//! The price-schedule data model, read from the JSON files under `assets/schedules/`.
//!
//! Prices are JSON strings (`"0.2"`) read straight into [`Decimal`]: a JSON number is rejected, because it would
//! pass through a binary float and could arrive as 0.20000000000000001. Unknown fields are rejected so a typo in a data
//! file fails loudly instead of being ignored.

use std::borrow::Cow;
use std::fmt;

use rust_decimal::Decimal;
use serde::de::{MapAccess, Visitor};
use serde::{Deserialize, Deserializer};

use super::date::CalendarDate;

/// Text in a schedule: borrowed from the compiled-in data (no allocation at start-up),
/// owned when parsed from JSON.
pub type Text = Cow<'static, str>;
/// A list in a schedule, borrowed or owned like [`Text`].
pub type List<T> = Cow<'static, [T]>;

/// Language tags every [`Localized`] text must have. Adding a language here makes it required in every file.
pub const REQUIRED_LANGUAGES: &[&str] = &["zh-TW", "en", "ja"];

/// A text in several languages, keyed by language tag (`"zh-TW"`, `"en"`, …), in file order.
///
/// A short list rather than a map: two or three entries are searched faster than a tree is
/// built, and the wasm bundle carries no B-tree code for it. In JSON it is an object.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Localized(pub List<(Text, Text)>);

impl Localized {
    /// The text in `lang`, else English, else Traditional Chinese, else `""`.
    ///
    /// ```
    /// use line_oa_calc::pricing::Localized;
    /// use std::borrow::Cow;
    /// let name = Localized(Cow::Borrowed(&[(Cow::Borrowed("zh-TW"), Cow::Borrowed("高用量")), (Cow::Borrowed("en"), Cow::Borrowed("High"))]));
    /// assert_eq!(name.text("zh-TW"), "高用量");
    /// assert_eq!(name.text("ja"), "High");
    /// ```
    pub fn text(&self, lang: &str) -> &str {
        [lang, "en", "zh-TW"]
            .iter()
            .find_map(|l| self.get(l))
            .unwrap_or("")
    }

    /// The text in exactly `lang`, if present.
    pub fn get(&self, lang: &str) -> Option<&str> {
        self.0
            .iter()
            .find(|(tag, _)| tag == lang)
            .map(|(_, text)| &**text)
    }
}

impl<'de> Deserialize<'de> for Localized {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct LocalizedVisitor;

        impl<'de> Visitor<'de> for LocalizedVisitor {
            type Value = Localized;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("an object of language tag -> text")
            }

            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Localized, A::Error> {
                let mut entries: Vec<(Text, Text)> = Vec::new();
                while let Some((tag, text)) = map.next_entry::<String, String>()? {
                    let (tag, text) = (Text::from(tag), Text::from(text));
                    if entries.iter().any(|(seen, _)| *seen == tag) {
                        return Err(serde::de::Error::custom(format!(
                            "language {tag:?} appears twice"
                        )));
                    }
                    entries.push((tag, text));
                }
                Ok(Localized(entries.into()))
            }
        }

        deserializer.deserialize_map(LocalizedVisitor)
    }
}

/// One price schedule: a region's plans over a period of time.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Schedule {
    /// Stable id, also the file's stem, e.g. `"tw-2023-09"`.
    pub id: Text,
    /// Display name: the region and the period, e.g. "台灣（2026 年 11 月 1 日起）".
    pub name: Localized,
    /// The region alone, for the region picker ("台灣").
    pub region_name: Localized,
    /// ISO 3166 region code, e.g. `"TW"`.
    pub region: Text,
    pub currency: Currency,
    pub tax: TaxRule,
    /// First day in force, `YYYY-MM-DD`.
    pub effective_from: Text,
    /// Last day in force, `YYYY-MM-DD`; `None` while current.
    #[serde(default)]
    pub effective_to: Option<Text>,
    /// How the sources establish the figures when LINE's own page could not be read (e.g. "quoted in agreement
    /// by several independent documents"); shown beside the sources.
    #[serde(default)]
    pub source_note: Option<Localized>,
    /// Where the figures come from.
    pub sources: List<Source>,
    /// Id of the plan whose 變更上限 (purchase cap) dialog the add-on calculator mirrors. Required (non-empty)
    /// when any plan sells add-on messages; defaults to `""` so leaving it out is a validation fault, not a JSON
    /// error.
    #[serde(default)]
    pub addon_dialog_plan: Text,
    /// Human notes on what is not confirmed by any source; the UI shows them next to dependent amounts.
    #[serde(default)]
    pub unconfirmed: List<Localized>,
    /// The plans, smallest first (ties in comparisons go to the earlier plan).
    pub plans: List<Plan>,
    /// How LINE bills a change to a bigger plan in the middle of a month (for the planner), one rule per pair of
    /// plans a source speaks of. A pair with no rule is not sourced: the planner says so and gives no amount.
    #[serde(default)]
    pub plan_changes: List<PlanChange>,
}

/// How one mid-month change of plan is billed, with the source that says so.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PlanChange {
    /// Plan ids of this schedule.
    pub from: Text,
    pub to: Text,
    pub billing: ChangeBilling,
    /// Whether the source settles the rule for this schedule's plans; `false` marks its amounts as estimates
    /// (always `false` for [`ChangeBilling::Unknown`]).
    pub confirmed: bool,
    pub source: Source,
    /// What the source does say, shown with the option (e.g. that day-proration was abolished).
    #[serde(default)]
    pub note: Option<Localized>,
}

/// What a mid-month change bills, as far as a source says.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ChangeBilling {
    /// At once, with the month's fee and included messages prorated by the days left (today included).
    Prorated,
    /// At once: the month is topped up to the new plan's included messages and the fee difference is billed.
    TopUp,
    /// Not sourced enough to price: the planner gives no amount for this month.
    Unknown,
}

/// Currency of every amount in a schedule.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Currency {
    /// ISO 4217 code, e.g. `"TWD"`.
    pub code: Text,
    /// Display symbol, e.g. `"NT$"`.
    pub symbol: Text,
    /// Decimal places shown and accepted in amount inputs (at most 4).
    pub decimals: u32,
    /// What readers write before an amount in this currency (`"NT$"`, `"$"`, `"¥"`, `"￥"` …), longest
    /// first where one starts another; accepted in amount inputs.
    pub signs: List<Text>,
    /// What readers write after an amount (`"元"`, `"円"` …); accepted in amount inputs.
    pub units: List<Text>,
}

/// The sales tax that applies on top of listed prices (Taiwan: 5% 營業稅).
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TaxRule {
    /// E.g. `0.05` for 5%.
    #[serde(deserialize_with = "decimal_from_string")]
    pub rate: Decimal,
    /// Listed prices exclude the tax; validation requires `true` (the engine's exact arithmetic depends on it).
    pub prices_exclude_tax: bool,
    pub name: Localized,
}

/// A cited source.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub title: Text,
    /// An `https:` address (the page links to it).
    pub url: Text,
    /// When the facts this source supports were last checked against it, `YYYY-MM-DD`.
    pub checked: Text,
}

/// One plan (輕用量, 中用量, 高用量 …).
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Plan {
    /// Stable id, unique within the schedule, e.g. `"high"`.
    pub id: Text,
    pub name: Localized,
    /// Fixed monthly fee, tax excluded.
    #[serde(deserialize_with = "decimal_from_string")]
    pub monthly_fee: Decimal,
    /// Messages the fee already covers each month.
    pub included_messages: u64,
    /// Add-on (加購) pricing beyond the included messages; `None` = add-on messages cannot be bought.
    #[serde(default)]
    pub addon: Option<AddonPricing>,
}

/// Graduated (累進) add-on pricing: each tier's unit price applies only to the add-on messages inside that tier.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AddonPricing {
    pub tiers: List<Tier>,
}

/// One tier of the add-on table.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Tier {
    /// 1-based index of the add-on message where the tier starts.
    pub first: u64,
    /// Inclusive last add-on message of the tier; `None` = unbounded (final tier only).
    #[serde(default)]
    pub last: Option<u64>,
    /// Price per message in this tier, tax excluded.
    #[serde(deserialize_with = "decimal_from_string")]
    pub unit_price: Decimal,
    /// Whether a source confirms this tier's bounds and price; `false` marks an estimate.
    pub confirmed: bool,
    /// One point of a confirmed tier that is still open: where it ends (see [`EndDoubt`]).
    #[serde(default)]
    pub end_doubt: Option<EndDoubt>,
}

/// A tier whose price is confirmed but whose end is not: the sources leave open whether it ends at `last` or as
/// early as `after` (for example, whether its bound counts add-on messages or the month's total). Quotes for
/// up to `after` add-on messages are exact; beyond, the amount may be lower than the one computed with `last`.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EndDoubt {
    /// The last add-on message the tier certainly covers; `first <= after < last`.
    pub after: u64,
    /// What is open and by how much it can change an amount, shown next to amounts it affects.
    pub note: Localized,
}

impl Schedule {
    /// Whether `date` falls within the schedule's period (validated dates; an unreadable one is never in force).
    pub fn in_force_on(&self, date: CalendarDate) -> bool {
        let on_or_before = |text: &str| CalendarDate::parse(text).is_some_and(|d| d <= date);
        let on_or_after = |text: &str| CalendarDate::parse(text).is_some_and(|d| d >= date);
        on_or_before(&self.effective_from) && self.effective_to.as_deref().is_none_or(on_or_after)
    }

    /// The plan with this id.
    ///
    /// ```
    /// let tw = line_oa_calc::pricing::schedule_by_id("tw-2026-11").unwrap();
    /// assert_eq!(tw.plan("high").unwrap().included_messages, 6_000);
    /// assert!(tw.plan("pro").is_none());
    /// ```
    pub fn plan(&self, id: &str) -> Option<&Plan> {
        self.plans.iter().find(|p| p.id == id)
    }

    /// A plan's name in `lang`, by id: the one lookup every card uses (the id itself for a plan the
    /// schedule does not have, which validation rules out for every id the engine hands out).
    pub fn plan_name<'a>(&'a self, id: &'a str, lang: &str) -> &'a str {
        self.plan(id).map_or(id, |plan| plan.name.text(lang))
    }

    /// The rule for changing from plan `from` to plan `to` mid-month, if a source gives one.
    pub fn plan_change(&self, from: &str, to: &str) -> Option<&PlanChange> {
        self.plan_changes
            .iter()
            .find(|rule| rule.from == from && rule.to == to)
    }

    /// The plan whose 變更上限 dialog the add-on calculator mirrors, with its add-on pricing.
    ///
    /// ```
    /// let tw = line_oa_calc::pricing::schedule_by_id("tw-2023-09").unwrap();
    /// let (plan, addon) = tw.addon_dialog().unwrap();
    /// assert_eq!(plan.id, "high");
    /// assert_eq!(addon.tiers.len(), 1);
    /// ```
    pub fn addon_dialog(&self) -> Option<(&Plan, &AddonPricing)> {
        let plan = self.plan(&self.addon_dialog_plan)?;
        Some((plan, plan.addon.as_ref()?))
    }

    /// Whether every tier of every plan is confirmed, with no open point, and no unconfirmed note is attached.
    ///
    /// ```
    /// let tw = line_oa_calc::pricing::schedule_by_id("tw-2023-09").unwrap();
    /// assert!(!tw.fully_confirmed());
    /// ```
    pub fn fully_confirmed(&self) -> bool {
        self.unconfirmed.is_empty()
            && self
                .plans
                .iter()
                .flat_map(|p| p.addon.iter())
                .flat_map(|a| a.tiers.iter())
                .all(|t| t.confirmed && t.end_doubt.is_none())
    }
}

impl AddonPricing {
    /// The open points that can change the price of `messages` add-on messages, in tier order.
    ///
    /// ```
    /// let tw = line_oa_calc::pricing::schedule_by_id("tw-2026-11").unwrap();
    /// let addon = tw.addon_dialog().unwrap().1;
    /// assert_eq!(addon.doubts_for(44_000).count(), 0);
    /// assert_eq!(addon.doubts_for(44_001).count(), 1);
    /// ```
    pub fn doubts_for(&self, messages: u64) -> impl Iterator<Item = &EndDoubt> {
        self.tiers
            .iter()
            .filter_map(|tier| tier.end_doubt.as_ref())
            .filter(move |doubt| messages > doubt.after)
    }
}

/// Reads a decimal written as a JSON string, exactly; a JSON number is an error (it would go through a binary float).
fn decimal_from_string<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Decimal, D::Error> {
    let text = String::deserialize(deserializer)?;
    Decimal::from_str_exact(&text)
        .map_err(|e| serde::de::Error::custom(format!("{text:?} is not an exact decimal: {e}")))
}

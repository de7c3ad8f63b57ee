//! Schedule validation: every rule a data file must follow, each broken rule a typed [`ScheduleFault`].
//!
//! Checks run top to bottom through the file and stop at the first fault, so one malformed fixture reports
//! exactly its own fault.

use std::fmt;

use rust_decimal::Decimal;

use super::date::CalendarDate;
use super::schedule::{ChangeBilling, Localized, Schedule, Source, REQUIRED_LANGUAGES};
use super::tiers::{check_tiers, TierFault, MAX_PRICE_DECIMALS};

/// The most decimal places a currency may show.
pub const MAX_CURRENCY_DECIMALS: u32 = 4;
/// The most decimal places a tax rate may have (`0.05` has 2).
pub const MAX_TAX_RATE_DECIMALS: u32 = 4;

/// A schedule file that cannot be used, naming the file and the fault.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ScheduleError {
    pub file: String,
    pub fault: ScheduleFault,
}

impl fmt::Display for ScheduleError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "schedule file {}: {}", self.file, self.fault)
    }
}

impl std::error::Error for ScheduleError {}

/// What is wrong with a schedule file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ScheduleFault {
    /// Not valid JSON for the schedule model (syntax, a missing or unknown field, a price not written as a string).
    Json {
        message: String,
    },
    /// A date not written as a real calendar date `YYYY-MM-DD`.
    BadDate {
        field: &'static str,
        value: String,
    },
    EffectiveToBeforeFrom {
        from: String,
        to: String,
    },
    TooManyCurrencyDecimals {
        decimals: u32,
    },
    NegativeTaxRate {
        rate: Decimal,
    },
    TaxRateTooManyDecimals {
        rate: Decimal,
    },
    /// Listed prices that include tax are not supported: tax-excluded amounts would need inexact division.
    PricesIncludeTax,
    /// A [`Localized`] text lacks one of [`REQUIRED_LANGUAGES`] (or it is blank); `field` is its path.
    MissingLanguage {
        field: String,
        lang: &'static str,
    },
    NoPlans,
    DuplicatePlanId {
        plan: String,
    },
    NegativeFee {
        plan: String,
        fee: Decimal,
    },
    FeeTooManyDecimals {
        plan: String,
        fee: Decimal,
    },
    /// The plan's add-on tier table breaks a rule.
    Tiers {
        plan: String,
        fault: TierFault,
    },
    /// Some plan sells add-on messages but `addon_dialog_plan` is missing or empty.
    AddonDialogPlanMissing,
    UnknownAddonDialogPlan {
        plan: String,
    },
    AddonDialogPlanWithoutAddon {
        plan: String,
    },
    /// A source whose address is not `https:` (the page links to it: a `javascript:` link must never pass).
    SourceNotHttps {
        url: String,
    },
    /// A currency sign or unit that is empty, or one that would hide a later one (`"NT"` before `"NT$"`), or a
    /// display symbol that amount inputs would not accept back.
    CurrencyAffixes {
        detail: String,
    },
    /// An end doubt outside its tier: it must satisfy `first <= after < last` on a bounded tier.
    EndDoubtOutsideTier {
        plan: String,
        index: usize,
    },
    /// A mid-month plan-change rule that names no plan of the schedule, changes a plan into itself, repeats a
    /// pair, or claims to confirm an unknown billing.
    PlanChange {
        from: String,
        to: String,
        detail: &'static str,
    },
}

impl fmt::Display for ScheduleFault {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Json { message } => write!(f, "not a valid schedule: {message}"),
            Self::BadDate { field, value } => {
                write!(f, "{field} {value:?} is not a date written YYYY-MM-DD")
            }
            Self::EffectiveToBeforeFrom { from, to } => {
                write!(f, "effective_to {to} is before effective_from {from}")
            }
            Self::TooManyCurrencyDecimals { decimals } => {
                write!(
                    f,
                    "currency decimals {decimals} is more than {MAX_CURRENCY_DECIMALS}"
                )
            }
            Self::NegativeTaxRate { rate } => write!(f, "tax rate {rate} is negative"),
            Self::TaxRateTooManyDecimals { rate } => {
                write!(
                    f,
                    "tax rate {rate} has more than {MAX_TAX_RATE_DECIMALS} decimal places"
                )
            }
            Self::PricesIncludeTax => f.write_str(
                "prices_exclude_tax must be true (tax-inclusive prices are not supported)",
            ),
            Self::MissingLanguage { field, lang } => write!(f, "{field} has no {lang:?} text"),
            Self::NoPlans => f.write_str("the schedule has no plans"),
            Self::DuplicatePlanId { plan } => write!(f, "plan id {plan:?} is used more than once"),
            Self::NegativeFee { plan, fee } => {
                write!(f, "plan {plan:?} has a negative monthly fee {fee}")
            }
            Self::FeeTooManyDecimals { plan, fee } => {
                write!(f, "plan {plan:?} monthly fee {fee} has more than {MAX_PRICE_DECIMALS} decimal places")
            }
            Self::Tiers { plan, fault } => write!(f, "plan {plan:?} add-on tiers: {fault}"),
            Self::AddonDialogPlanMissing => {
                f.write_str("addon_dialog_plan is missing, but a plan sells add-on messages")
            }
            Self::UnknownAddonDialogPlan { plan } => {
                write!(f, "addon_dialog_plan {plan:?} is not a plan id")
            }
            Self::AddonDialogPlanWithoutAddon { plan } => {
                write!(
                    f,
                    "addon_dialog_plan {plan:?} names a plan that sells no add-on messages"
                )
            }
            Self::SourceNotHttps { url } => write!(f, "source url {url:?} is not an https: address"),
            Self::CurrencyAffixes { detail } => write!(f, "currency signs or units: {detail}"),
            Self::EndDoubtOutsideTier { plan, index } => write!(
                f,
                "plan {plan:?} tier {index}: end_doubt.after must be at least the tier's first message and below its last"
            ),
            Self::PlanChange { from, to, detail } => {
                write!(f, "plan change {from:?} -> {to:?}: {detail}")
            }
        }
    }
}

/// Checks every rule a schedule must follow; the error names `file_name` and the first fault found.
///
/// ```
/// use line_oa_calc::pricing::{validate, ScheduleFault};
/// let mut tw = line_oa_calc::pricing::schedule_by_id("tw-2023-09").unwrap().clone();
/// assert!(validate("tw-2023-09.json", &tw).is_ok());
/// tw.plans = Vec::new().into();
/// let err = validate("tw-2023-09.json", &tw).unwrap_err();
/// assert_eq!(err.fault, ScheduleFault::NoPlans);
/// assert_eq!(err.to_string(), "schedule file tw-2023-09.json: the schedule has no plans");
/// ```
pub fn validate(file_name: &str, schedule: &Schedule) -> Result<(), ScheduleError> {
    check(schedule).map_err(|fault| ScheduleError {
        file: file_name.to_owned(),
        fault,
    })
}

fn check(s: &Schedule) -> Result<(), ScheduleFault> {
    // Every field named, with the rule that covers it: a field added to the model does not
    // compile here until someone decides what a file must write in it.
    let Schedule {
        id: _,     // any text
        region: _, // any text
        name: _,
        region_name: _,
        source_note: _,
        unconfirmed: _,    // check_language, below
        effective_from: _, // check_dates
        effective_to: _,
        currency: _,          // check_currency
        sources: _,           // check_sources
        tax: _,               // check_tax
        plans: _,             // check_plans
        plan_changes: _,      // check_plan_changes
        addon_dialog_plan: _, // check_addon_dialog
    } = s;
    check_language("name", &s.name)?;
    check_language("region_name", &s.region_name)?;
    check_dates(&s.effective_from, s.effective_to.as_deref())?;
    check_currency(s)?;
    check_sources(s)?;
    check_tax(s)?;
    if let Some(note) = &s.source_note {
        check_language("source_note", note)?;
    }
    for (i, note) in s.unconfirmed.iter().enumerate() {
        check_language(&format!("unconfirmed[{i}]"), note)?;
    }
    check_plans(s)?;
    check_plan_changes(s)?;
    check_addon_dialog(s)
}

fn check_plan_changes(s: &Schedule) -> Result<(), ScheduleFault> {
    for (index, rule) in s.plan_changes.iter().enumerate() {
        let fault = |detail| {
            Err(ScheduleFault::PlanChange {
                from: rule.from.to_string(),
                to: rule.to.to_string(),
                detail,
            })
        };
        if s.plan(&rule.from).is_none() || s.plan(&rule.to).is_none() {
            return fault("not a plan id of this schedule");
        }
        if rule.from == rule.to {
            return fault("a plan does not change into itself");
        }
        if s.plan_changes[..index]
            .iter()
            .any(|earlier| earlier.from == rule.from && earlier.to == rule.to)
        {
            return fault("the pair has two rules");
        }
        if rule.billing == ChangeBilling::Unknown && rule.confirmed {
            return fault("an unknown billing cannot be confirmed");
        }
        check_source(&rule.source)?;
        if let Some(note) = &rule.note {
            check_language(&format!("plan_changes[{index}].note"), note)?;
        }
    }
    Ok(())
}

fn check_sources(s: &Schedule) -> Result<(), ScheduleFault> {
    s.sources.iter().try_for_each(check_source)
}

fn check_source(source: &Source) -> Result<(), ScheduleFault> {
    if !source.url.starts_with("https://") {
        return Err(ScheduleFault::SourceNotHttps {
            url: source.url.to_string(),
        });
    }
    if CalendarDate::parse(&source.checked).is_none() {
        return Err(ScheduleFault::BadDate {
            field: "sources.checked",
            value: source.checked.to_string(),
        });
    }
    Ok(())
}

fn check_currency(s: &Schedule) -> Result<(), ScheduleFault> {
    let c = &s.currency;
    if c.decimals > MAX_CURRENCY_DECIMALS {
        return Err(ScheduleFault::TooManyCurrencyDecimals {
            decimals: c.decimals,
        });
    }
    let fault = |detail: String| Err(ScheduleFault::CurrencyAffixes { detail });
    if let Some(blank) = c
        .signs
        .iter()
        .chain(c.units.iter())
        .find(|a| a.trim().is_empty())
    {
        return fault(format!("{blank:?} is blank"));
    }
    // Inputs try each in order: an earlier sign that starts a later one would cut it short.
    for (i, earlier) in c.signs.iter().enumerate() {
        if let Some(later) = c.signs[i + 1..].iter().find(|l| l.starts_with(&**earlier)) {
            return fault(format!(
                "sign {earlier:?} hides the later {later:?}: list it after"
            ));
        }
    }
    for (i, earlier) in c.units.iter().enumerate() {
        if let Some(later) = c.units[i + 1..].iter().find(|l| l.ends_with(&**earlier)) {
            return fault(format!(
                "unit {earlier:?} hides the later {later:?}: list it after"
            ));
        }
    }
    if !c.signs.contains(&c.symbol) {
        return fault(format!("the symbol {:?} is not among the signs", c.symbol));
    }
    Ok(())
}

fn check_tax(s: &Schedule) -> Result<(), ScheduleFault> {
    let rate = s.tax.rate;
    if rate < Decimal::ZERO {
        return Err(ScheduleFault::NegativeTaxRate { rate });
    }
    if rate.normalize().scale() > MAX_TAX_RATE_DECIMALS {
        return Err(ScheduleFault::TaxRateTooManyDecimals { rate });
    }
    if !s.tax.prices_exclude_tax {
        return Err(ScheduleFault::PricesIncludeTax);
    }
    check_language("tax.name", &s.tax.name)
}

fn check_plans(s: &Schedule) -> Result<(), ScheduleFault> {
    if s.plans.is_empty() {
        return Err(ScheduleFault::NoPlans);
    }
    for (index, plan) in s.plans.iter().enumerate() {
        // A handful of plans: a scan beats carrying a set type into the bundle.
        if s.plans[..index].iter().any(|earlier| earlier.id == plan.id) {
            return Err(ScheduleFault::DuplicatePlanId {
                plan: plan.id.to_string(),
            });
        }
        check_language(&format!("plans.{}.name", plan.id), &plan.name)?;
        let fee = plan.monthly_fee;
        if fee < Decimal::ZERO {
            return Err(ScheduleFault::NegativeFee {
                plan: plan.id.to_string(),
                fee,
            });
        }
        if fee.normalize().scale() > MAX_PRICE_DECIMALS {
            return Err(ScheduleFault::FeeTooManyDecimals {
                plan: plan.id.to_string(),
                fee,
            });
        }
        if let Some(addon) = &plan.addon {
            check_tiers(&addon.tiers).map_err(|fault| ScheduleFault::Tiers {
                plan: plan.id.to_string(),
                fault,
            })?;
            for (index, tier) in addon.tiers.iter().enumerate() {
                let Some(doubt) = &tier.end_doubt else {
                    continue;
                };
                if doubt.after < tier.first || tier.last.is_none_or(|last| doubt.after >= last) {
                    return Err(ScheduleFault::EndDoubtOutsideTier {
                        plan: plan.id.to_string(),
                        index,
                    });
                }
                check_language(
                    &format!("plans.{}.addon.tiers[{index}].end_doubt.note", plan.id),
                    &doubt.note,
                )?;
            }
        }
    }
    Ok(())
}

fn check_addon_dialog(s: &Schedule) -> Result<(), ScheduleFault> {
    let id = &*s.addon_dialog_plan;
    if id.is_empty() {
        return match s.plans.iter().any(|p| p.addon.is_some()) {
            true => Err(ScheduleFault::AddonDialogPlanMissing),
            false => Ok(()),
        };
    }
    match s.plan(id) {
        None => Err(ScheduleFault::UnknownAddonDialogPlan {
            plan: id.to_owned(),
        }),
        Some(plan) if plan.addon.is_none() => Err(ScheduleFault::AddonDialogPlanWithoutAddon {
            plan: id.to_owned(),
        }),
        Some(_) => Ok(()),
    }
}

fn check_language(field: &str, text: &Localized) -> Result<(), ScheduleFault> {
    match REQUIRED_LANGUAGES
        .iter()
        .find(|lang| text.get(lang).is_none_or(|t| t.trim().is_empty()))
    {
        Some(lang) => Err(ScheduleFault::MissingLanguage {
            field: field.to_owned(),
            lang,
        }),
        None => Ok(()),
    }
}

fn check_dates(from: &str, to: Option<&str>) -> Result<(), ScheduleFault> {
    let bad = |field, value: &str| ScheduleFault::BadDate {
        field,
        value: value.to_owned(),
    };
    let start = CalendarDate::parse(from).ok_or_else(|| bad("effective_from", from))?;
    if let Some(to) = to {
        if CalendarDate::parse(to).ok_or_else(|| bad("effective_to", to))? < start {
            return Err(ScheduleFault::EffectiveToBeforeFrom {
                from: from.to_owned(),
                to: to.to_owned(),
            });
        }
    }
    Ok(())
}

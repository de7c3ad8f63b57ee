//! Compiles every price schedule under `assets/schedules/*.json` into Rust constructors.
//!
//! The JSON files stay the single source of the price facts; adding a region is a data file only.
//! Reading them here, at build time, keeps a JSON parser out of the wasm bundle (it cost about a
//! fifth of it). The script reads each file into the crate's own model, `src/pricing/schedule.rs`
//! (included below, with its strict serde reading: unknown fields and prices written as JSON
//! numbers are rejected), and writes every value back out as Rust. Each type is written out
//! field by field from a destructuring pattern, so a field added to the model does not compile
//! here until it is written out. The rules a file must follow live in `pricing::validate`, and a
//! native test parses each file with `pricing::parse_schedule` and checks that it equals what this
//! script generated.
//!
//! Output: `$OUT_DIR/shipped_schedules.rs`, two statics in file-name order: `SHIPPED_FILES`
//! (the file names) and `SHIPPED` (the schedules). Every text and list is borrowed, so the data
//! costs no code and no allocation at start-up.

use std::error::Error;
use std::fmt::Write as _;
use std::path::PathBuf;
use std::{env, fs};

use rust_decimal::Decimal;

// The model, shared with the crate; only its data and serde reading are used here.
#[allow(dead_code)]
#[path = "src/pricing/date.rs"]
mod date;
#[allow(dead_code)]
#[path = "src/pricing/schedule.rs"]
mod schedule;

use schedule::{
    AddonPricing, ChangeBilling, Currency, EndDoubt, Localized, Plan, PlanChange, Schedule, Source,
    TaxRule, Text, Tier,
};

const SCHEDULE_DIR: &str = "assets/schedules";

type Result<T> = std::result::Result<T, Box<dyn Error>>;

fn main() -> Result<()> {
    // A directory path makes Cargo rerun when any file inside it is added, removed or changed.
    println!("cargo:rerun-if-changed={SCHEDULE_DIR}");
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-changed=src/pricing/schedule.rs");
    println!("cargo:rerun-if-changed=src/pricing/date.rs");

    let dir = PathBuf::from(env::var("CARGO_MANIFEST_DIR")?).join(SCHEDULE_DIR);
    let mut files: Vec<(String, PathBuf)> = Vec::new();
    for entry in fs::read_dir(&dir)? {
        let path = entry?.path();
        if path.extension().and_then(|e| e.to_str()) != Some("json") {
            continue;
        }
        let Some(name) = path.file_name().and_then(|n| n.to_str()) else {
            return Err(format!("schedule file name is not UTF-8: {}", path.display()).into());
        };
        files.push((name.to_owned(), path.clone()));
    }
    files.sort();

    let names: Vec<&String> = files.iter().map(|(name, _)| name).collect();
    let mut code =
        format!("static SHIPPED_FILES: &[&str] = &{names:?};\nstatic SHIPPED: &[Schedule] = &[\n");
    for (name, path) in &files {
        let schedule: Schedule = serde_json::from_str(&fs::read_to_string(path)?)
            .map_err(|e| format!("{SCHEDULE_DIR}/{name}: {e}"))?;
        writeln!(code, "{},", schedule.rust())?;
    }
    code.push_str("];\n");

    let out = PathBuf::from(env::var("OUT_DIR")?).join("shipped_schedules.rs");
    fs::write(out, code)?;
    Ok(())
}

/// A value of the model written as the Rust expression that builds it, borrowing every text
/// and list.
trait Rust {
    fn rust(&self) -> String;
}

impl Rust for Schedule {
    fn rust(&self) -> String {
        let Schedule {
            id,
            name,
            region_name,
            region,
            currency,
            tax,
            effective_from,
            effective_to,
            source_note,
            sources,
            addon_dialog_plan,
            unconfirmed,
            plans,
            plan_changes,
        } = self;
        format!(
            "Schedule {{ id: {}, name: {}, region_name: {}, region: {}, currency: {}, tax: {}, \
             effective_from: {}, effective_to: {}, source_note: {}, sources: {}, addon_dialog_plan: {}, \
             unconfirmed: {}, plans: {}, plan_changes: {} }}",
            id.rust(),
            name.rust(),
            region_name.rust(),
            region.rust(),
            currency.rust(),
            tax.rust(),
            effective_from.rust(),
            effective_to.rust(),
            source_note.rust(),
            sources.rust(),
            addon_dialog_plan.rust(),
            unconfirmed.rust(),
            plans.rust(),
            plan_changes.rust(),
        )
    }
}

impl Rust for Currency {
    fn rust(&self) -> String {
        let Currency {
            code,
            symbol,
            decimals,
            signs,
            units,
        } = self;
        format!(
            "Currency {{ code: {}, symbol: {}, decimals: {}, signs: {}, units: {} }}",
            code.rust(),
            symbol.rust(),
            decimals.rust(),
            signs.rust(),
            units.rust(),
        )
    }
}

impl Rust for TaxRule {
    fn rust(&self) -> String {
        let TaxRule {
            rate,
            prices_exclude_tax,
            name,
        } = self;
        format!(
            "TaxRule {{ rate: {}, prices_exclude_tax: {}, name: {} }}",
            rate.rust(),
            prices_exclude_tax.rust(),
            name.rust(),
        )
    }
}

impl Rust for PlanChange {
    fn rust(&self) -> String {
        let PlanChange {
            from,
            to,
            billing,
            confirmed,
            source,
            note,
        } = self;
        format!(
            "PlanChange {{ from: {}, to: {}, billing: {}, confirmed: {}, source: {}, note: {} }}",
            from.rust(),
            to.rust(),
            billing.rust(),
            confirmed.rust(),
            source.rust(),
            note.rust(),
        )
    }
}

impl Rust for ChangeBilling {
    fn rust(&self) -> String {
        let variant = match self {
            ChangeBilling::Prorated => "Prorated",
            ChangeBilling::TopUp => "TopUp",
            ChangeBilling::Unknown => "Unknown",
        };
        format!("ChangeBilling::{variant}")
    }
}

impl Rust for Source {
    fn rust(&self) -> String {
        let Source {
            title,
            url,
            checked,
        } = self;
        format!(
            "Source {{ title: {}, url: {}, checked: {} }}",
            title.rust(),
            url.rust(),
            checked.rust(),
        )
    }
}

impl Rust for Plan {
    fn rust(&self) -> String {
        let Plan {
            id,
            name,
            monthly_fee,
            included_messages,
            addon,
        } = self;
        format!(
            "Plan {{ id: {}, name: {}, monthly_fee: {}, included_messages: {}, addon: {} }}",
            id.rust(),
            name.rust(),
            monthly_fee.rust(),
            included_messages.rust(),
            addon.rust(),
        )
    }
}

impl Rust for AddonPricing {
    fn rust(&self) -> String {
        let AddonPricing { tiers } = self;
        format!("AddonPricing {{ tiers: {} }}", tiers.rust())
    }
}

impl Rust for Tier {
    fn rust(&self) -> String {
        let Tier {
            first,
            last,
            unit_price,
            confirmed,
            end_doubt,
        } = self;
        format!(
            "Tier {{ first: {}, last: {}, unit_price: {}, confirmed: {}, end_doubt: {} }}",
            first.rust(),
            last.rust(),
            unit_price.rust(),
            confirmed.rust(),
            end_doubt.rust(),
        )
    }
}

impl Rust for EndDoubt {
    fn rust(&self) -> String {
        let EndDoubt { after, note } = self;
        format!(
            "EndDoubt {{ after: {}, note: {} }}",
            after.rust(),
            note.rust()
        )
    }
}

impl Rust for Localized {
    fn rust(&self) -> String {
        let Localized(entries) = self;
        format!("Localized({})", entries.rust())
    }
}

/// One language's text of a [`Localized`].
impl Rust for (Text, Text) {
    fn rust(&self) -> String {
        let (tag, text) = self;
        format!("({}, {})", tag.rust(), text.rust())
    }
}

impl Rust for Text {
    fn rust(&self) -> String {
        format!("Cow::Borrowed({:?})", &**self)
    }
}

impl<T: Rust + Clone> Rust for std::borrow::Cow<'static, [T]> {
    fn rust(&self) -> String {
        let items: Vec<String> = self.iter().map(Rust::rust).collect();
        format!("Cow::Borrowed(&[{}])", items.join(", "))
    }
}

impl<T: Rust> Rust for Option<T> {
    fn rust(&self) -> String {
        match self {
            None => "None".to_owned(),
            Some(value) => format!("Some({})", value.rust()),
        }
    }
}

/// An exact `Decimal` constant (`from_parts` is const), with the scale the file wrote.
impl Rust for Decimal {
    fn rust(&self) -> String {
        // 28 digits fit in the 96-bit mantissa: split it into its three 32-bit words.
        let mantissa = self.mantissa().unsigned_abs();
        let word = |shift: u32| (mantissa >> shift) as u32;
        format!(
            "Decimal::from_parts({}, {}, {}, {}, {})",
            word(0),
            word(32),
            word(64),
            self.is_sign_negative(),
            self.scale()
        )
    }
}

impl Rust for u64 {
    fn rust(&self) -> String {
        self.to_string()
    }
}

impl Rust for u32 {
    fn rust(&self) -> String {
        self.to_string()
    }
}

impl Rust for bool {
    fn rust(&self) -> String {
        self.to_string()
    }
}

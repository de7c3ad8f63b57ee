//! Compiles every price schedule under `assets/schedules/*.json` into Rust constructors.
//!
//! The JSON files stay the single source of the price facts; adding a region is a data file only.
//! Reading them here, at build time, keeps a JSON parser out of the wasm bundle (it cost about a
//! fifth of it). This script only translates: the typed validation lives in `pricing::validate`,
//! and a native test parses each file with `pricing::parse_schedule` and checks that it equals
//! what this script generated, so the two readings cannot drift apart.
//!
//! Output: `$OUT_DIR/shipped_schedules.rs`, two statics in file-name order: `SHIPPED_FILES`
//! (the file names) and `SHIPPED` (the schedules). Every text and list is borrowed, so the data
//! costs no code and no allocation at start-up.

use std::error::Error;
use std::fmt::Write as _;
use std::path::PathBuf;
use std::{env, fs};

use serde_json::{Map, Value};

const SCHEDULE_DIR: &str = "assets/schedules";

type Result<T> = std::result::Result<T, Box<dyn Error>>;

fn main() -> Result<()> {
    // A directory path makes Cargo rerun when any file inside it is added, removed or changed.
    println!("cargo:rerun-if-changed={SCHEDULE_DIR}");
    println!("cargo:rerun-if-changed=build.rs");

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
        let json: Value = serde_json::from_str(&fs::read_to_string(path)?)
            .map_err(|e| format!("{SCHEDULE_DIR}/{name}: not valid JSON: {e}"))?;
        let schedule = schedule(&json).map_err(|e| format!("{SCHEDULE_DIR}/{name}: {e}"))?;
        writeln!(code, "{schedule},")?;
    }
    code.push_str("];\n");

    let out = PathBuf::from(env::var("OUT_DIR")?).join("shipped_schedules.rs");
    fs::write(out, code)?;
    Ok(())
}

fn schedule(value: &Value) -> Result<String> {
    let o = object(value, "schedule")?;
    let currency = object(field(o, "currency")?, "currency")?;
    let tax = object(field(o, "tax")?, "tax")?;
    Ok(format!(
        "Schedule {{ id: {}, name: {}, region_name: {}, region: {}, \
         currency: Currency {{ code: {}, symbol: {}, decimals: {}, signs: Cow::Borrowed(&[{}]), units: Cow::Borrowed(&[{}]) }}, \
         tax: TaxRule {{ rate: {}, prices_exclude_tax: {}, name: {} }}, \
         effective_from: {}, effective_to: {}, source_note: {}, sources: Cow::Borrowed(&[{}]), addon_dialog_plan: {}, \
         unconfirmed: Cow::Borrowed(&[{}]), plans: Cow::Borrowed(&[{}]), plan_changes: Cow::Borrowed(&[{}]) }}",
        string(field(o, "id")?)?,
        localized(field(o, "name")?)?,
        localized(field(o, "region_name")?)?,
        string(field(o, "region")?)?,
        string(field(currency, "code")?)?,
        string(field(currency, "symbol")?)?,
        unsigned(field(currency, "decimals")?)?,
        list(field(currency, "signs")?, string)?,
        list(field(currency, "units")?, string)?,
        decimal(field(tax, "rate")?)?,
        boolean(field(tax, "prices_exclude_tax")?)?,
        localized(field(tax, "name")?)?,
        string(field(o, "effective_from")?)?,
        optional(o.get("effective_to"), string)?,
        optional(o.get("source_note"), localized)?,
        list(field(o, "sources")?, source)?,
        // Optional in JSON so that leaving it out is a validation fault, reported by the test.
        o.get("addon_dialog_plan").map_or(Ok("Cow::Borrowed(\"\")".to_owned()), string)?,
        o.get("unconfirmed").map_or(Ok(String::new()), |v| list(v, localized))?,
        list(field(o, "plans")?, plan)?,
        o.get("plan_changes").map_or(Ok(String::new()), |v| list(v, plan_change))?,
    ))
}

fn plan_change(value: &Value) -> Result<String> {
    let c = object(value, "plan change")?;
    let billing = match field(c, "billing")?.as_str() {
        Some("prorated") => "Prorated",
        Some("top_up") => "TopUp",
        Some("unknown") => "Unknown",
        _ => return Err("billing must be \"prorated\", \"top_up\" or \"unknown\"".into()),
    };
    Ok(format!(
        "PlanChange {{ from: {}, to: {}, billing: ChangeBilling::{billing}, confirmed: {}, source: {}, note: {} }}",
        string(field(c, "from")?)?,
        string(field(c, "to")?)?,
        boolean(field(c, "confirmed")?)?,
        source(field(c, "source")?)?,
        optional(c.get("note"), localized)?,
    ))
}

fn source(value: &Value) -> Result<String> {
    let s = object(value, "source")?;
    Ok(format!(
        "Source {{ title: {}, url: {}, checked: {} }}",
        string(field(s, "title")?)?,
        string(field(s, "url")?)?,
        string(field(s, "checked")?)?
    ))
}

fn plan(value: &Value) -> Result<String> {
    let p = object(value, "plan")?;
    Ok(format!(
        "Plan {{ id: {}, name: {}, monthly_fee: {}, included_messages: {}, addon: {} }}",
        string(field(p, "id")?)?,
        localized(field(p, "name")?)?,
        decimal(field(p, "monthly_fee")?)?,
        unsigned(field(p, "included_messages")?)?,
        optional(p.get("addon"), |addon| {
            let a = object(addon, "addon")?;
            Ok(format!(
                "AddonPricing {{ tiers: Cow::Borrowed(&[{}]) }}",
                list(field(a, "tiers")?, tier)?
            ))
        })?,
    ))
}

fn tier(value: &Value) -> Result<String> {
    let t = object(value, "tier")?;
    Ok(format!(
        "Tier {{ first: {}, last: {}, unit_price: {}, confirmed: {}, end_doubt: {} }}",
        unsigned(field(t, "first")?)?,
        optional(t.get("last"), unsigned)?,
        decimal(field(t, "unit_price")?)?,
        boolean(field(t, "confirmed")?)?,
        optional(t.get("end_doubt"), |doubt| {
            let d = object(doubt, "end_doubt")?;
            Ok(format!(
                "EndDoubt {{ after: {}, note: {} }}",
                unsigned(field(d, "after")?)?,
                localized(field(d, "note")?)?
            ))
        })?,
    ))
}

fn localized(value: &Value) -> Result<String> {
    let entries = object(value, "localized text")?
        .iter()
        .map(|(tag, text)| Ok(format!("(Cow::Borrowed({tag:?}), {})", string(text)?)))
        .collect::<Result<Vec<_>>>()?;
    Ok(format!(
        "Localized(Cow::Borrowed(&[{}]))",
        entries.join(", ")
    ))
}

/// A price written as a JSON string ("0.2"), as an exact `Decimal` constant (`from_parts` is const).
fn decimal(value: &Value) -> Result<String> {
    let Value::String(text) = value else {
        return Err(format!("a price must be a JSON string such as \"0.2\", not {value}").into());
    };
    let (digits, negative) = match text.strip_prefix('-') {
        Some(rest) => (rest, true),
        None => (text.as_str(), false),
    };
    let (whole, fraction) = digits.split_once('.').unwrap_or((digits, ""));
    let plain = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    if whole.is_empty() || !plain(whole) || !plain(fraction) || whole.len() + fraction.len() > 28 {
        return Err(format!("{text:?} is not a plain decimal number").into());
    }
    // 28 digits fit in the 96-bit mantissa: split it into its three 32-bit words.
    let mantissa: u128 = format!("{whole}{fraction}").parse()?;
    let word = |shift: u32| (mantissa >> shift) as u32;
    Ok(format!(
        "Decimal::from_parts({}, {}, {}, {negative}, {})",
        word(0),
        word(32),
        word(64),
        fraction.len()
    ))
}

fn string(value: &Value) -> Result<String> {
    match value {
        Value::String(text) => Ok(format!("Cow::Borrowed({text:?})")),
        other => Err(format!("expected a string, found {other}").into()),
    }
}

fn unsigned(value: &Value) -> Result<String> {
    value
        .as_u64()
        .map(|n| n.to_string())
        .ok_or_else(|| format!("expected a whole number >= 0, found {value}").into())
}

fn boolean(value: &Value) -> Result<String> {
    value
        .as_bool()
        .map(|b| b.to_string())
        .ok_or_else(|| format!("expected true or false, found {value}").into())
}

fn optional(value: Option<&Value>, each: impl Fn(&Value) -> Result<String>) -> Result<String> {
    match value {
        None | Some(Value::Null) => Ok("None".to_owned()),
        Some(v) => Ok(format!("Some({})", each(v)?)),
    }
}

fn list(value: &Value, each: impl Fn(&Value) -> Result<String>) -> Result<String> {
    let Value::Array(items) = value else {
        return Err(format!("expected a list, found {value}").into());
    };
    Ok(items
        .iter()
        .map(each)
        .collect::<Result<Vec<_>>>()?
        .join(", "))
}

fn object<'a>(value: &'a Value, what: &str) -> Result<&'a Map<String, Value>> {
    value
        .as_object()
        .ok_or_else(|| format!("expected {what} to be an object, found {value}").into())
}

fn field<'a>(object: &'a Map<String, Value>, name: &str) -> Result<&'a Value> {
    object
        .get(name)
        .ok_or_else(|| format!("missing field {name:?}").into())
}

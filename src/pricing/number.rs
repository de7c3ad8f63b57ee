//! Reading and printing the numbers users type: ASCII or full-width digits, thousands separators, and the
//! currency's own signs and units (NT$ and 元, ¥ and 円: from the schedule's data).
//!
//! Parsing is strict about structure (a separator must sit between correct groups of three) so a typo is
//! reported with a typed reason instead of being read as a different number. Nothing here panics, whatever the
//! input. Formatting is where rounding happens: the engine's amounts are exact, and no source states how LINE
//! rounds an invoice (PRICING.md), so the UI rounds half away from zero only to show a number.

use std::fmt;

use rust_decimal::{Decimal, RoundingStrategy};

use super::limits::{MAX_AMOUNT, MAX_MESSAGES};
use super::schedule::{Currency, Text};

/// Units that may follow a count: of messages (則, 通), and of the estimator's friends (人) and
/// broadcasts (次, 回): every count field takes every count's habits.
const COUNT_UNITS: &[Text] = &[
    Text::Borrowed("則"),
    Text::Borrowed("通"),
    Text::Borrowed("人"),
    Text::Borrowed("次"),
    Text::Borrowed("回"),
];

/// The most decimal places [`parse_amount`] accepts and [`format_amount`] prints; larger requests are clamped
/// to it (a currency has at most 4, see validation). 16 integer digits plus 12 decimals fit `Decimal` exactly.
pub const MAX_DECIMALS: u32 = 12;

/// [`MAX_AMOUNT`] in whole currency units, for [`NumberError::TooLarge`] (a test keeps the two equal).
const MAX_WHOLE_AMOUNT: u64 = 1_000_000_000_000_000;

/// Why a typed number was not accepted. `index` values count characters (not bytes) of the original input.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NumberError {
    /// Nothing but spaces (or only a currency sign or unit).
    Empty,
    /// A character that cannot be part of the number.
    InvalidCharacter {
        ch: char,
        index: usize,
    },
    /// A thousands separator not between groups of three digits (`1,2000`, `12,00`, `,100`, `100,`), one after
    /// the decimal point, or a decimal point with no digit around it.
    MisplacedSeparator,
    MultipleDecimalPoints,
    /// A message count with a decimal point (`12.0` too: counts are written as whole numbers).
    FractionNotAllowed,
    /// More significant decimal places than the currency has (trailing zeros do not count).
    TooManyDecimals {
        max: u32,
    },
    /// A leading minus sign (`-`, `－` or `−`).
    Negative,
    /// Above the largest supported value: `max` is [`MAX_MESSAGES`] for counts, [`MAX_AMOUNT`] in whole
    /// currency units for amounts (both 10^15).
    TooLarge {
        max: u64,
    },
}

impl fmt::Display for NumberError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Empty => f.write_str("enter a number"),
            Self::InvalidCharacter { ch, index } => write!(
                f,
                "{ch:?} at position {} is not part of a number",
                index + 1
            ),
            Self::MisplacedSeparator => {
                f.write_str("thousands separators must separate groups of three digits")
            }
            Self::MultipleDecimalPoints => {
                f.write_str("the number has more than one decimal point")
            }
            Self::FractionNotAllowed => f.write_str("message counts must be whole numbers"),
            Self::TooManyDecimals { max } => write!(f, "at most {max} decimal places"),
            Self::Negative => f.write_str("the number must not be negative"),
            Self::TooLarge { max } => {
                write!(f, "the number must not be above {}", format_count(*max))
            }
        }
    }
}

impl std::error::Error for NumberError {}

/// Reads a message count: `"12,000"`, `"１２，０００"`, `" 12000 則 "`, `"5,000通"`.
///
/// ```
/// use line_oa_calc::pricing::{parse_message_count, NumberError};
/// assert_eq!(parse_message_count("１２，０００ 則"), Ok(12_000));
/// assert_eq!(parse_message_count("1,2000"), Err(NumberError::MisplacedSeparator));
/// assert_eq!(parse_message_count("12.0"), Err(NumberError::FractionNotAllowed));
/// ```
pub fn parse_message_count(input: &str) -> Result<u64, NumberError> {
    let number = scan(input, &[], COUNT_UNITS)?;
    if number.point {
        return Err(NumberError::FractionNotAllowed);
    }
    let value = whole(&number.int, MAX_MESSAGES)?;
    u64::try_from(value).map_err(|_| NumberError::TooLarge { max: MAX_MESSAGES })
}

/// Reads an amount in `currency`, with at most its decimal places (clamped to [`MAX_DECIMALS`]) and with any
/// of its signs before or units after: `"NT$1,200.5"`, `"＄１２００．５"`, `"1200.50 元"`; `"￥5,000"`, `"5,000円"`.
///
/// ```
/// use line_oa_calc::pricing::{parse_amount, schedule_by_id, NumberError};
/// use rust_decimal::Decimal;
/// let twd = &schedule_by_id("tw-2026-11").unwrap().currency;
/// assert_eq!(parse_amount("NT$ 1,200.5", twd), Ok(Decimal::new(12005, 1)));
/// assert_eq!(parse_amount("１２００．５０元", twd), Ok(Decimal::new(12005, 1)));
/// assert_eq!(parse_amount("0.125", twd), Err(NumberError::TooManyDecimals { max: 2 }));
/// assert_eq!(parse_amount("-5", twd), Err(NumberError::Negative));
/// let jpy = &schedule_by_id("jp-2023-06").unwrap().currency;
/// assert_eq!(parse_amount("￥5,000", jpy), Ok(Decimal::from(5_000)));
/// assert_eq!(parse_amount("5,000円", jpy), Ok(Decimal::from(5_000)));
/// ```
pub fn parse_amount(input: &str, currency: &Currency) -> Result<Decimal, NumberError> {
    let max = currency.decimals.min(MAX_DECIMALS);
    let number = scan(input, &currency.signs, &currency.units)?;
    let too_large = NumberError::TooLarge {
        max: MAX_WHOLE_AMOUNT,
    };
    let int = whole(&number.int, MAX_WHOLE_AMOUNT)?;
    let frac = significant(&number.frac);
    let scale = u32::try_from(frac.len()).map_err(|_| NumberError::TooManyDecimals { max })?;
    if scale > max {
        return Err(NumberError::TooManyDecimals { max });
    }
    // int <= 10^15 and scale <= 12: the mantissa stays below 10^28 and fits Decimal exactly.
    let shift = 10_u128.checked_pow(scale).ok_or(too_large)?;
    let mantissa = int
        .checked_mul(shift)
        .and_then(|m| m.checked_add(whole(frac, u64::MAX).ok()?))
        .ok_or(too_large)?;
    let value = i128::try_from(mantissa)
        .ok()
        .and_then(|m| Decimal::try_from_i128_with_scale(m, scale).ok())
        .ok_or(too_large)?;
    if value > MAX_AMOUNT {
        return Err(too_large);
    }
    Ok(value)
}

/// Prints a count with `,` thousands separators: `12000` → `"12,000"`.
///
/// ```
/// assert_eq!(line_oa_calc::pricing::format_count(1_234_567), "1,234,567");
/// ```
pub fn format_count(count: u64) -> String {
    group_thousands(&crate::numerals::digits(count))
}

/// `amount` rounded as it is shown: to `decimals` places, half away from zero (one shared copy:
/// Decimal's rounding is large).
#[inline(never)]
pub fn round_for_display(amount: Decimal, decimals: u32) -> Decimal {
    amount.round_dp_with_strategy(decimals, RoundingStrategy::MidpointAwayFromZero)
}

/// Prints an amount rounded to `decimals` places (clamped to [`MAX_DECIMALS`]) half away from zero, with `,`
/// thousands separators, and without the fraction when it is all zeros.
///
/// ```
/// use line_oa_calc::pricing::format_amount;
/// use rust_decimal::Decimal;
/// assert_eq!(format_amount(Decimal::new(120000, 2), 2), "1,200");
/// assert_eq!(format_amount(Decimal::new(12005, 1), 2), "1,200.50");
/// assert_eq!(format_amount(Decimal::new(2_005, 3), 2), "2.01"); // half away from zero, not to even
/// ```
pub fn format_amount(amount: Decimal, decimals: u32) -> String {
    let decimals = decimals.min(MAX_DECIMALS);
    let rounded = round_for_display(amount, decimals);
    // Plain digits ("1200.5", never an exponent): group the whole part and pad the fraction.
    let plain = crate::numerals::decimal_text(rounded.abs());
    let (int, frac) = plain.split_once('.').unwrap_or((&plain, ""));
    let mut text = String::new();
    if rounded.is_sign_negative() && !rounded.is_zero() {
        text.push('-');
    }
    text.push_str(&group_thousands(int));
    if frac.bytes().any(|digit| digit != b'0') {
        text.push('.');
        text.push_str(frac);
        for _ in frac.len()..decimals as usize {
            text.push('0');
        }
    }
    text
}

fn group_thousands(digits: &str) -> String {
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && digits.len().saturating_sub(i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// The digits of a typed number, split at the decimal point.
struct Scanned {
    int: Vec<u8>,
    point: bool,
    frac: Vec<u8>,
}

/// Trims spaces, one optional prefix and suffix, then checks the structure of what is left.
fn scan(input: &str, prefixes: &[Text], suffixes: &[Text]) -> Result<Scanned, NumberError> {
    let chars: Vec<(usize, char)> = input.chars().enumerate().collect();
    let mut rest = trim(&chars);
    if rest.is_empty() {
        return Err(NumberError::Empty);
    }
    reject_minus(rest)?;
    if let Some(stripped) = prefixes.iter().find_map(|p| strip_prefix(rest, p)) {
        rest = trim(stripped);
        reject_minus(rest)?; // "NT$-5"
    }
    if let Some(stripped) = suffixes.iter().find_map(|s| strip_suffix(rest, s)) {
        rest = trim(stripped);
    }
    if rest.is_empty() {
        return Err(NumberError::Empty);
    }
    let mut tokens = Vec::with_capacity(rest.len());
    for &(index, ch) in rest {
        tokens.push(Token::of(ch).ok_or(NumberError::InvalidCharacter { ch, index })?);
    }
    split(&tokens)
}

fn reject_minus(chars: &[(usize, char)]) -> Result<(), NumberError> {
    match chars.first() {
        Some((_, '-' | '－' | '−')) => Err(NumberError::Negative),
        _ => Ok(()),
    }
}

fn trim(chars: &[(usize, char)]) -> &[(usize, char)] {
    let start = chars
        .iter()
        .position(|(_, c)| !c.is_whitespace())
        .unwrap_or(chars.len());
    let end = chars
        .iter()
        .rposition(|(_, c)| !c.is_whitespace())
        .map_or(start, |i| i + 1);
    chars.get(start..end).unwrap_or(&[])
}

fn strip_prefix<'a>(chars: &'a [(usize, char)], prefix: &str) -> Option<&'a [(usize, char)]> {
    let n = prefix.chars().count();
    let head = chars.get(..n)?;
    head.iter()
        .map(|(_, c)| *c)
        .eq(prefix.chars())
        .then(|| chars.get(n..))
        .flatten()
}

fn strip_suffix<'a>(chars: &'a [(usize, char)], suffix: &str) -> Option<&'a [(usize, char)]> {
    let cut = chars.len().checked_sub(suffix.chars().count())?;
    let tail = chars.get(cut..)?;
    tail.iter()
        .map(|(_, c)| *c)
        .eq(suffix.chars())
        .then(|| chars.get(..cut))
        .flatten()
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Token {
    Digit(u8),
    Separator,
    Point,
}

impl Token {
    fn of(ch: char) -> Option<Token> {
        match ch {
            '0'..='9' => Token::digit(ch, '0'),
            '０'..='９' => Token::digit(ch, '０'),
            // A space between digit groups is a thousands separator too (12 000), as many write it.
            ',' | '，' | ' ' | '\u{a0}' | '\u{202f}' | '\u{3000}' => Some(Token::Separator),
            '.' | '．' => Some(Token::Point),
            _ => None,
        }
    }

    fn digit(ch: char, zero: char) -> Option<Token> {
        let value = u32::from(ch).checked_sub(u32::from(zero))?;
        u8::try_from(value).ok().map(Token::Digit)
    }
}

/// Splits tokens at the decimal point and checks the thousands grouping of the integer part.
fn split(tokens: &[Token]) -> Result<Scanned, NumberError> {
    let mut parts = tokens.split(|t| *t == Token::Point);
    let int_part = parts.next().unwrap_or(&[]);
    let frac_part = parts.next();
    if parts.next().is_some() {
        return Err(NumberError::MultipleDecimalPoints);
    }
    let frac_part = frac_part.unwrap_or(&[]);
    let digits = |part: &[Token]| -> Result<Vec<u8>, NumberError> {
        part.iter()
            .map(|t| match t {
                Token::Digit(d) => Ok(*d),
                _ => Err(NumberError::MisplacedSeparator),
            })
            .collect()
    };
    let groups: Vec<&[Token]> = int_part.split(|t| *t == Token::Separator).collect();
    let grouped_ok = groups.len() == 1
        || groups.iter().enumerate().all(|(i, g)| {
            if i == 0 {
                (1..=3).contains(&g.len())
            } else {
                g.len() == 3
            }
        });
    if !grouped_ok {
        return Err(NumberError::MisplacedSeparator);
    }
    let int: Vec<u8> = groups
        .iter()
        .map(|g| digits(g))
        .collect::<Result<Vec<_>, _>>()?
        .concat();
    let frac = digits(frac_part)?;
    if int.is_empty() && frac.is_empty() {
        return Err(NumberError::MisplacedSeparator); // a lone "." (or "," already caught above)
    }
    Ok(Scanned {
        int,
        point: tokens.contains(&Token::Point),
        frac,
    })
}

/// The value of a digit string, or `TooLarge` above `max`.
fn whole(digits: &[u8], max: u64) -> Result<u128, NumberError> {
    let (too_large, max) = (NumberError::TooLarge { max }, u128::from(max));
    digits.iter().try_fold(0_u128, |acc, d| {
        acc.checked_mul(10)
            .and_then(|v| v.checked_add(u128::from(*d)))
            .filter(|v| *v <= max)
            .ok_or(too_large)
    })
}

/// The decimals without trailing zeros: `1.500` has one significant decimal, so it passes a limit of 2.
fn significant(frac: &[u8]) -> &[u8] {
    let end = frac.iter().rposition(|d| *d != 0).map_or(0, |i| i + 1);
    frac.get(..end).unwrap_or(&[])
}

/// Whether `text` is the beginning of a number that `reads` accepts once up to three more digits
/// follow (`12,` → `12,000`, `1,2` → `1,200`): a number still being typed, whose error waits until
/// the reader leaves the field.
///
/// ```
/// use line_oa_calc::pricing::{is_number_prefix, parse_message_count};
/// let count = |text: &str| parse_message_count(text).is_ok();
/// assert!(is_number_prefix("12,", count));
/// assert!(!is_number_prefix("12a", count));
/// ```
pub fn is_number_prefix(text: &str, reads: impl Fn(&str) -> bool) -> bool {
    let mut longer = text.to_owned();
    (0..3).any(|_| {
        longer.push('0');
        reads(&longer)
    })
}

#[cfg(test)]
mod tests {
    #[test]
    fn whole_amount_limit_is_max_amount() {
        assert_eq!(
            rust_decimal::Decimal::from(super::MAX_WHOLE_AMOUNT),
            super::MAX_AMOUNT
        );
    }
}

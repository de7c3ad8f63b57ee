//! Plain numbers written as text digit by digit: drawing positions and whole numbers in markup. No
//! formatting machinery: this runs for every point of every chart curve.

use std::fmt;

use rust_decimal::Decimal;

/// A drawing position in tenths of a viewBox unit, written with one decimal ("123.4"): integer
/// arithmetic keeps float formatting out of the bundle and makes positions exact and testable.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Coord(pub i64);

impl Coord {
    pub fn units(units: i64) -> Coord {
        Coord(units * 10)
    }

    /// Appends "123.4".
    pub fn push_to(self, out: &mut String) {
        if self.0 < 0 {
            out.push('-');
        }
        let tenths = self.0.unsigned_abs();
        push_digits(out, tenths / 10);
        out.push('.');
        push_digits(out, tenths % 10);
    }
}

impl fmt::Display for Coord {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut text = String::new();
        self.push_to(&mut text);
        f.write_str(&text)
    }
}

/// Appends the last `digits` hexadecimal digits of `value`, upper case.
///
/// ```
/// let mut out = String::new();
/// line_oa_calc::numerals::push_hex(&mut out, 0x200B, 4);
/// line_oa_calc::numerals::push_hex(&mut out, 0x2C, 2);
/// assert_eq!(out, "200B2C");
/// ```
pub fn push_hex(out: &mut String, value: u32, digits: u32) {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    for shift in (0..digits).rev() {
        out.push(char::from(HEX[((value >> (shift * 4)) & 15) as usize]));
    }
}

/// The decimal digits of `value`.
///
/// ```
/// assert_eq!(line_oa_calc::numerals::digits(2026), "2026");
/// ```
pub fn digits(value: u64) -> String {
    let mut out = String::new();
    push_digits(&mut out, value);
    out
}

/// `value` in plain digits, as many decimals as its scale ("1200.50", "-0.011"), never an
/// exponent: what `Decimal`'s `Display` writes, without the formatting machinery in the bundle.
///
/// ```
/// use rust_decimal::Decimal;
/// use line_oa_calc::numerals::decimal_text;
/// assert_eq!(decimal_text(Decimal::new(120050, 2)), "1200.50");
/// assert_eq!(decimal_text(Decimal::new(-11, 3)), "-0.011");
/// assert_eq!(decimal_text(Decimal::ZERO), "0");
/// ```
pub fn decimal_text(value: Decimal) -> String {
    let scale = value.scale() as usize;
    // At most 29 digits (96 bits), a point and leading zeros up to the scale (at most 28).
    let mut digits = [b'0'; 64];
    let mut at = digits.len();
    let mut rest = value.mantissa().unsigned_abs();
    while rest > 0 || digits.len() - at <= scale {
        at -= 1;
        digits[at] = b'0' + (rest % 10) as u8;
        rest /= 10;
    }
    let mut out = String::with_capacity(digits.len() - at + 2);
    if value.is_sign_negative() && !value.is_zero() {
        out.push('-');
    }
    let point = digits.len() - scale;
    for (index, &digit) in digits.iter().enumerate().skip(at) {
        if index == point {
            out.push('.');
        }
        out.push(char::from(digit));
    }
    out
}

/// Appends the decimal digits of `value`.
///
/// ```
/// let mut out = String::new();
/// line_oa_calc::numerals::push_digits(&mut out, 12_000);
/// assert_eq!(out, "12000");
/// ```
pub fn push_digits(out: &mut String, value: u64) {
    let mut digits = [0u8; 20];
    let mut at = digits.len();
    let mut rest = value;
    loop {
        at -= 1;
        digits[at] = b'0' + (rest % 10) as u8;
        rest /= 10;
        if rest == 0 {
            break;
        }
    }
    for &digit in &digits[at..] {
        out.push(char::from(digit));
    }
}

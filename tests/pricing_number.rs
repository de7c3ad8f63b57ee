//! Reading and printing user numbers: accepted forms, every typed rejection, rounding for display.
#![cfg(not(target_arch = "wasm32"))]

mod pricing_fixtures;

use line_oa_calc::pricing::{
    format_amount, format_count, parse_amount, parse_message_count, schedule_by_id, NumberError::*,
    MAX_DECIMALS, MAX_MESSAGES,
};
use pricing_fixtures::twd;
use rust_decimal::Decimal;

#[test]
fn counts() {
    let ok = [
        ("0", 0),
        ("12000", 12_000),
        ("12,000", 12_000),
        ("１２，０００", 12_000),
        ("1,234,567", 1_234_567),
        ("\u{3000}6000 則\u{3000}", 6_000),
        ("007", 7),
        ("1000000000000000", MAX_MESSAGES),
        // Every count field takes every count's units and habits (issue 14).
        ("12 000", 12_000),
        ("12\u{3000}000\u{a0}則", 12_000),
        ("4,500人", 4_500),
        ("2次", 2),
        ("3 回", 3),
    ];
    for (text, n) in ok {
        assert_eq!(parse_message_count(text), Ok(n), "{text:?}");
    }
    let bad = [
        ("", Empty),
        (" \u{3000} ", Empty),
        ("則", Empty),
        ("1,2000", MisplacedSeparator),
        ("12,00", MisplacedSeparator),
        (",100", MisplacedSeparator),
        ("100,", MisplacedSeparator),
        ("1,,000", MisplacedSeparator),
        ("1,000,00", MisplacedSeparator),
        (",", MisplacedSeparator),
        (".", MisplacedSeparator),
        ("12.0", FractionNotAllowed),
        ("12.", FractionNotAllowed),
        ("1.2.3", MultipleDecimalPoints),
        ("-1", Negative),
        ("－１", Negative),
        ("12a", InvalidCharacter { ch: 'a', index: 2 }),
        ("  1 2", MisplacedSeparator),
        ("12 00", MisplacedSeparator),
        ("NT$5", InvalidCharacter { ch: 'N', index: 0 }),
        (
            "5元",
            InvalidCharacter {
                ch: '元', index: 1
            },
        ),
        ("1-2", InvalidCharacter { ch: '-', index: 1 }),
        ("1000000000000001", TooLarge { max: MAX_MESSAGES }),
        (
            "99999999999999999999999999999999999999999999",
            TooLarge { max: MAX_MESSAGES },
        ),
    ];
    for (text, err) in bad {
        assert_eq!(parse_message_count(text), Err(err), "{text:?}");
    }
}

#[test]
fn amounts() {
    let d = |s: &str| Decimal::from_str_exact(s).unwrap();
    let ok = [
        ("1200", "1200"),
        ("NT$1,200", "1200"),
        ("NT$ 1,200.5", "1200.5"),
        ("＄１，２００．５０", "1200.5"),
        ("$0.2", "0.2"),
        ("1200 元", "1200"),
        ("NT$1,200元", "1200"),
        (".5", "0.5"),
        ("5.", "5"),
        ("1.500", "1.5"),
        ("1000000000000000", "1000000000000000"),
        ("1000000000000000.00", "1000000000000000"),
    ];
    for (text, value) in ok {
        assert_eq!(parse_amount(text, &twd(2)), Ok(d(value)), "{text:?}");
    }
    let bad = [
        ("NT$", Empty),
        ("元", Empty),
        ("NT$-5", Negative),
        ("- 5", Negative),
        ("1.234", TooManyDecimals { max: 2 }),
        ("1.2.3", MultipleDecimalPoints),
        ("1.2,3", MisplacedSeparator),
        ("1,23.5", MisplacedSeparator),
        ("US$5", InvalidCharacter { ch: 'U', index: 0 }),
        (
            "5 €",
            InvalidCharacter {
                ch: '€', index: 2
            },
        ),
        ("1000000000000000.01", TooLarge { max: MAX_MESSAGES }),
    ];
    for (text, err) in bad {
        assert_eq!(parse_amount(text, &twd(2)), Err(err), "{text:?}");
    }
    assert_eq!(
        parse_amount("1.5", &twd(0)),
        Err(TooManyDecimals { max: 0 })
    );
    assert_eq!(
        parse_amount("1.0000000000001", &twd(99)),
        Err(TooManyDecimals { max: MAX_DECIMALS })
    );
}

#[test]
fn amounts_accept_their_own_currencys_signs_and_units() {
    let jpy = &schedule_by_id("jp-2026-10").expect("ships").currency;
    for text in [
        "¥5,000",
        "￥5,000",
        "5,000円",
        "¥ 5,000 円",
        "JP¥5000",
        "５，０００円",
    ] {
        assert_eq!(
            parse_amount(text, jpy),
            Ok(Decimal::from(5_000)),
            "{text:?}"
        );
    }
    assert_eq!(
        parse_amount("NT$5,000", jpy),
        Err(InvalidCharacter { ch: 'N', index: 0 }),
        "Taiwan's sign is not a yen amount"
    );
    assert_eq!(
        parse_amount("5,000円", &twd(2)),
        Err(InvalidCharacter {
            ch: '円', index: 5
        })
    );
    let thb = &schedule_by_id("th-2024-08").expect("ships").currency;
    assert_eq!(parse_amount("฿1,280", thb), Ok(Decimal::from(1_280)));
    assert_eq!(parse_amount("1,280 บาท", thb), Ok(Decimal::from(1_280)));
}

#[test]
fn counts_accept_chinese_and_japanese_units() {
    assert_eq!(parse_message_count("5,000通"), Ok(5_000));
    assert_eq!(parse_message_count("5,000 則"), Ok(5_000));
}

#[test]
fn formatting() {
    let d = |s: &str| Decimal::from_str_exact(s).unwrap();
    assert_eq!(format_count(0), "0");
    assert_eq!(format_count(999), "999");
    assert_eq!(format_count(1_000), "1,000");
    assert_eq!(format_count(u64::MAX), "18,446,744,073,709,551,615");
    let cases = [
        ("0", 2, "0"),
        ("1200", 2, "1,200"),
        ("1200.00", 2, "1,200"),
        ("1200.5", 2, "1,200.50"),
        ("0.125", 2, "0.13"),
        ("0.135", 2, "0.14"),
        ("0.004", 2, "0"),
        ("-0.004", 2, "0"),
        ("-1234.5", 2, "-1,234.50"),
        ("1234.5", 0, "1,235"),
        ("0.011", 3, "0.011"),
        ("0.011", 2, "0.01"),
        ("1260", 2, "1,260"),
    ];
    for (value, decimals, text) in cases {
        assert_eq!(
            format_amount(d(value), decimals),
            text,
            "{value} @ {decimals}"
        );
    }
    assert_eq!(
        format_amount(Decimal::MAX, 28),
        format_amount(Decimal::MAX, MAX_DECIMALS)
    );
}

//! Calendar dates (`YYYY-MM-DD`): when a schedule is in force, and the reader's today.
//!
//! A plain proleptic Gregorian date with no time zone: the reader's own calendar day decides which prices
//! apply, and the data files write their dates the same way.

use std::fmt;

/// A real calendar date; ordered by time.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct CalendarDate {
    year: u16,
    month: u8,
    day: u8,
}

impl CalendarDate {
    /// The earliest date this type holds.
    pub const MIN: CalendarDate = CalendarDate {
        year: 1000,
        month: 1,
        day: 1,
    };

    /// The date, if it exists (year 1000–9999).
    ///
    /// ```
    /// use line_oa_calc::pricing::CalendarDate;
    /// assert!(CalendarDate::new(2024, 2, 29).is_some());
    /// assert!(CalendarDate::new(2026, 2, 29).is_none());
    /// ```
    pub fn new(year: u16, month: u8, day: u8) -> Option<CalendarDate> {
        let real = (1000..=9999).contains(&year)
            && (1..=12).contains(&month)
            && (1..=days_in_month(year, month)).contains(&day);
        real.then_some(CalendarDate { year, month, day })
    }

    /// Reads `YYYY-MM-DD` (ASCII digits, zero-padded), the form of the data files and of `<input type="date">`.
    ///
    /// ```
    /// use line_oa_calc::pricing::CalendarDate;
    /// assert_eq!(CalendarDate::parse("2026-11-01").unwrap().to_string(), "2026-11-01");
    /// assert!(CalendarDate::parse("2026-11-31").is_none());
    /// assert!(CalendarDate::parse("2026-1-01").is_none());
    /// ```
    pub fn parse(text: &str) -> Option<CalendarDate> {
        let mut parts = text.split('-');
        let (year, month, day) = (parts.next()?, parts.next()?, parts.next()?);
        if parts.next().is_some() {
            return None;
        }
        // At most four ASCII digits: summed by hand (no integer-parsing machinery in the bundle).
        let fixed = |part: &str, len: usize| {
            (part.len() == len && part.bytes().all(|b| b.is_ascii_digit())).then(|| {
                part.bytes()
                    .fold(0_u16, |n, digit| n * 10 + u16::from(digit - b'0'))
            })
        };
        let (year, month, day) = (fixed(year, 4)?, fixed(month, 2)?, fixed(day, 2)?);
        CalendarDate::new(year, u8::try_from(month).ok()?, u8::try_from(day).ok()?)
    }

    pub fn year(self) -> u16 {
        self.year
    }

    pub fn month(self) -> u8 {
        self.month
    }

    /// Day of the month, 1-based.
    pub fn day(self) -> u8 {
        self.day
    }

    /// How many days this date's month has.
    ///
    /// ```
    /// use line_oa_calc::pricing::CalendarDate;
    /// assert_eq!(CalendarDate::parse("2028-02-10").unwrap().days_in_month(), 29);
    /// ```
    pub fn days_in_month(self) -> u8 {
        days_in_month(self.year, self.month)
    }

    /// The next calendar day (None after 9999-12-31).
    ///
    /// ```
    /// use line_oa_calc::pricing::CalendarDate;
    /// let next = |d| CalendarDate::parse(d).unwrap().next_day().unwrap().to_string();
    /// assert_eq!(next("2026-10-31"), "2026-11-01");
    /// assert_eq!(next("2028-02-28"), "2028-02-29");
    /// assert_eq!(next("2026-12-31"), "2027-01-01");
    /// ```
    pub fn next_day(self) -> Option<CalendarDate> {
        self.with_day(self.day + 1)
            .or_else(|| CalendarDate::new(self.year, self.month + 1, 1))
            .or_else(|| CalendarDate::new(self.year.checked_add(1)?, 1, 1))
    }

    /// Another day of the same month, if it exists.
    pub fn with_day(self, day: u8) -> Option<CalendarDate> {
        CalendarDate::new(self.year, self.month, day)
    }

    /// "2026-11-01" (written digit by digit: no formatting machinery in the bundle).
    pub fn iso(self) -> String {
        let mut out = String::with_capacity(10);
        for (value, width) in [(self.year, 4), (self.month.into(), 2), (self.day.into(), 2)] {
            if !out.is_empty() {
                out.push('-');
            }
            // Zero-padded to `width` digits (a year has four: see `CalendarDate::new`).
            for place in (0..width).rev() {
                out.push(char::from(b'0' + (value / 10_u16.pow(place) % 10) as u8));
            }
        }
        out
    }
}

impl fmt::Display for CalendarDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.iso())
    }
}

fn days_in_month(year: u16, month: u8) -> u8 {
    let leap = (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400);
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => 0,
    }
}

#[cfg(test)]
mod tests {
    use super::CalendarDate;

    #[test]
    fn dates() {
        let parsed = |s| CalendarDate::parse(s).map(|d| (d.year(), d.month(), d.day()));
        assert_eq!(parsed("2023-09-01"), Some((2023, 9, 1)));
        assert_eq!(parsed("2024-02-29"), Some((2024, 2, 29)));
        for bad in [
            "2023-02-29",
            "1900-02-29",
            "2023-9-01",
            "2023-13-01",
            "2023-00-10",
            "2023-01-32",
            "2023-01-01-01",
            "",
            "２０２３-09-01",
            "+023-09-01",
            "0999-01-01",
        ] {
            assert_eq!(parsed(bad), None, "{bad}");
        }
        let order = ["2023-08-31", "2023-09-01", "2026-10-31", "2026-11-01"].map(parsed);
        assert!(order.windows(2).all(|w| w[0] < w[1]));
    }
}

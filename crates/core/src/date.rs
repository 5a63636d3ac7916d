//! Dates as precise as their sources: a year, a month or a day.
//!
//! Shared by the app and the build-time dataset crate: `std` and `chrono` only.

use std::fmt;

/// A calendar date known to a year, a month or a day. `month` and `day` are 0 when unknown,
/// which keeps the type `Copy` and constructible in generated `static`s.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct PartialDate {
    pub year: u16,
    pub month: u8,
    pub day: u8,
}

/// A day as one sortable number, `yyyymmdd` (2025-06-27 is 20250627). Keys are compared and
/// stored, never shown: [`PartialDate::last_day_key`] of June is the 31st. A type of its
/// own, so a count or an index is never taken for a day.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct DayKey(u32);

impl DayKey {
    /// Before every day, and after every day.
    pub const MIN: DayKey = DayKey(0);
    pub const MAX: DayKey = DayKey(u32::MAX);

    /// A key as generated tables store it.
    pub const fn from_raw(raw: u32) -> DayKey {
        DayKey(raw)
    }

    /// The number a generated table stores.
    pub const fn raw(self) -> u32 {
        self.0
    }

    /// The date this key stands for, in its own precision.
    pub const fn date(self) -> PartialDate {
        PartialDate::from_key(self)
    }
}

/// How precisely a [`PartialDate`] is known.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Precision {
    Year,
    Month,
    Day,
}

/// Why a date string was rejected.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DateError {
    /// Not `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    Format,
    /// Well formed but not on the calendar, such as 2025-02-30 or month 13.
    Impossible,
}

impl fmt::Display for DateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DateError::Format => f.write_str("expected YYYY, YYYY-MM or YYYY-MM-DD"),
            DateError::Impossible => f.write_str("no such day on the calendar"),
        }
    }
}

const MONTH_NAMES: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

impl PartialDate {
    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, rejecting impossible days.
    pub fn parse(text: &str) -> Result<Self, DateError> {
        let mut parts = text.split('-');
        let year = parse_digits(parts.next(), 4)?;
        let month = parts.next().map(|m| parse_digits(Some(m), 2)).transpose()?;
        let day = parts.next().map(|d| parse_digits(Some(d), 2)).transpose()?;
        if parts.next().is_some() {
            return Err(DateError::Format);
        }
        if month == Some(0) || day == Some(0) {
            return Err(DateError::Impossible);
        }
        let date = PartialDate {
            year: year as u16,
            month: month.unwrap_or(0) as u8,
            day: day.unwrap_or(0) as u8,
        };
        if date.year == 0 || !date.is_on_calendar() {
            return Err(DateError::Impossible);
        }
        Ok(date)
    }

    fn is_on_calendar(&self) -> bool {
        match (self.month, self.day) {
            (0, 0) => true,
            (1..=12, 0) => true,
            (1..=12, d) => {
                chrono::NaiveDate::from_ymd_opt(self.year.into(), self.month.into(), d.into())
                    .is_some()
            }
            _ => false,
        }
    }

    pub fn precision(&self) -> Precision {
        match (self.month, self.day) {
            (0, _) => Precision::Year,
            (_, 0) => Precision::Month,
            _ => Precision::Day,
        }
    }

    /// The date packed into one number, with 0 for unknown parts: how generated tables
    /// store dates compactly.
    pub fn key(&self) -> DayKey {
        day_key(self.year, self.month, self.day)
    }

    /// The inverse of [`PartialDate::key`].
    pub const fn from_key(key: DayKey) -> PartialDate {
        let key = key.0;
        PartialDate {
            year: (key / 10_000) as u16,
            month: (key / 100 % 100) as u8,
            day: (key % 100) as u8,
        }
    }

    /// A sortable key for the first day this date may mean (2025-06 → 2025-06-01).
    pub fn first_day_key(&self) -> DayKey {
        let month = if self.month == 0 { 1 } else { self.month };
        let day = if self.day == 0 { 1 } else { self.day };
        day_key(self.year, month, day)
    }

    /// A sortable key for the last day this date may mean (2025-06 → 2025-06-31, which sorts
    /// correctly even though June has 30 days: keys are compared, never shown).
    pub fn last_day_key(&self) -> DayKey {
        let month = if self.month == 0 { 12 } else { self.month };
        let day = if self.day == 0 { 31 } else { self.day };
        day_key(self.year, month, day)
    }

    /// The first day of the month `months` after this date's month; `None` for a year-only
    /// date. Article 17 counts entry into force this way: "the first day of the sixth month
    /// after" a deposit.
    pub fn first_of_month_after(&self, months: u32) -> Option<PartialDate> {
        if self.month == 0 {
            return None;
        }
        let (year, month) = shift_month(self.year, self.month, months);
        Some(PartialDate {
            year,
            month,
            day: 1,
        })
    }

    /// The day a period of `months` months from this date ends: the same day of the month,
    /// `months` later (27 June + 6 months = 27 December), as (earliest, latest). When that
    /// month is too short (31 August + 6 months) no source says which day ends the period,
    /// so both the month's last day and the next month's first day are returned. `None`
    /// unless the date is known to the day.
    pub fn months_later(&self, months: u32) -> Option<(PartialDate, PartialDate)> {
        if self.precision() != Precision::Day {
            return None;
        }
        let (year, month) = shift_month(self.year, self.month, months);
        let same_day = PartialDate {
            year,
            month,
            day: self.day,
        };
        if same_day.is_on_calendar() {
            return Some((same_day, same_day));
        }
        let next_month = self.first_of_month_after(months + 1)?;
        let last_day =
            chrono::NaiveDate::from_ymd_opt(next_month.year.into(), next_month.month.into(), 1)?
                .pred_opt()?;
        let last_day = PartialDate {
            year,
            month,
            day: chrono::Datelike::day(&last_day) as u8,
        };
        Some((last_day, next_month))
    }

    /// The machine-readable form used in URLs and `<time datetime>`, in its own precision.
    pub fn iso(&self) -> String {
        let mut out = String::with_capacity(10);
        push_padded(&mut out, self.year.into(), 4);
        if self.month != 0 {
            out.push('-');
            push_padded(&mut out, self.month.into(), 2);
            if self.day != 0 {
                out.push('-');
                push_padded(&mut out, self.day.into(), 2);
            }
        }
        out
    }

    /// The reader's form: "27 June 2025", "June 2025" or "2025".
    pub fn human(&self) -> String {
        let year = self.year.to_string();
        match self.precision() {
            Precision::Year => year,
            Precision::Month => [MONTH_NAMES[usize::from(self.month - 1)], &year].join(" "),
            Precision::Day => {
                let day = self.day.to_string();
                [
                    day.as_str(),
                    MONTH_NAMES[usize::from(self.month - 1)],
                    &year,
                ]
                .join(" ")
            }
        }
    }
}

/// (year, month) `months` after the given month (1-based).
fn shift_month(year: u16, month: u8, months: u32) -> (u16, u8) {
    let index = u32::from(year) * 12 + u32::from(month) - 1 + months;
    ((index / 12) as u16, (index % 12 + 1) as u8)
}

fn day_key(year: u16, month: u8, day: u8) -> DayKey {
    DayKey(u32::from(year) * 10_000 + u32::from(month) * 100 + u32::from(day))
}

fn parse_digits(part: Option<&str>, width: usize) -> Result<u32, DateError> {
    match part {
        Some(p) if p.len() == width && p.bytes().all(|b| b.is_ascii_digit()) => {
            Ok(p.bytes().fold(0, |n, b| n * 10 + u32::from(b - b'0')))
        }
        _ => Err(DateError::Format),
    }
}

fn push_padded(out: &mut String, value: u32, width: usize) {
    let digits = value.to_string();
    for _ in digits.len()..width {
        out.push('0');
    }
    out.push_str(&digits);
}

#[cfg(test)]
mod tests;

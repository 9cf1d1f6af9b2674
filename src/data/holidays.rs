//! Public-holiday calendars as rules ("first Monday in May", "Easter + 1"), evaluated for any
//! year, so deadlines never depend on a list of dates that runs out.

use chrono::{Datelike, Days, NaiveDate, Weekday};
use serde::{Deserialize, Serialize};

use super::Confidence;

/// A set of public holidays, with its source.
#[derive(Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct HolidayCalendar {
    /// Id referred to by controllers.
    pub id: String,
    /// Human-readable name.
    pub name: String,
    /// Where the rules come from.
    pub source: String,
    /// How far they were checked.
    pub confidence: Confidence,
    /// The recurring holidays.
    pub holidays: Vec<HolidayRule>,
    /// One-off holidays proclaimed for a single year.
    #[serde(default)]
    pub extra_dates: Vec<NaiveDate>,
}

/// One recurring holiday. (Unknown keys are caught by [`HolidayKind`], which receives every
/// key but `name`; serde cannot deny unknown fields on a struct with a flattened field.)
#[derive(Debug, Deserialize, Serialize)]
pub struct HolidayRule {
    /// Name, for listings and test failures.
    pub name: String,
    /// How the date is found each year.
    #[serde(flatten)]
    pub kind: HolidayKind,
}

/// The ways a holiday's date is defined.
#[derive(Debug, Deserialize, Serialize)]
#[serde(tag = "kind", rename_all = "kebab-case", deny_unknown_fields)]
pub enum HolidayKind {
    /// The same day every year.
    Fixed {
        /// Month, 1–12.
        month: u32,
        /// Day of the month.
        day: u32,
        /// Whether a weekend occurrence moves to the next free weekday.
        #[serde(default)]
        substitute: bool,
    },
    /// The nth weekday of a month; `nth = -1` is the last one.
    NthWeekday {
        /// Month, 1–12.
        month: u32,
        /// Weekday, as "Mon", "Tue", ...
        weekday: Weekday,
        /// 1–4, or -1 for the last.
        nth: i8,
    },
    /// Days from Western Easter Sunday.
    Easter {
        /// -2 is Good Friday, 1 is Easter Monday.
        offset: i64,
    },
    /// Ireland's St Brigid's Day: 1 February when that is a Friday, else the first Monday of
    /// February.
    Feb1FridayOrFirstMonday,
}

impl HolidayCalendar {
    /// The holidays of `year`, sorted, with substitutes applied.
    pub fn dates_in(&self, year: i32) -> Vec<NaiveDate> {
        let mut dates: Vec<NaiveDate> = self
            .holidays
            .iter()
            .filter_map(|rule| rule.kind.date_in(year))
            .collect();
        // Substitutes are placed after every regular holiday is known, in calendar order, so
        // that Christmas on a Saturday and Boxing Day on a Sunday become Monday and Tuesday.
        let mut substitutes: Vec<NaiveDate> = self
            .holidays
            .iter()
            .filter(|rule| {
                matches!(
                    rule.kind,
                    HolidayKind::Fixed {
                        substitute: true,
                        ..
                    }
                )
            })
            .filter_map(|rule| rule.kind.date_in(year))
            .filter(|date| is_weekend(*date))
            .collect();
        substitutes.sort();
        for date in substitutes {
            let mut day = date;
            while is_weekend(day) || dates.contains(&day) {
                day = day + Days::new(1);
            }
            dates.push(day);
        }
        dates.extend(self.extra_dates.iter().filter(|d| d.year() == year));
        dates.sort();
        dates.dedup();
        dates
    }

    /// Whether `date` is a public holiday in this calendar.
    pub fn is_holiday(&self, date: NaiveDate) -> bool {
        self.dates_in(date.year()).contains(&date)
    }
}

impl HolidayKind {
    fn date_in(&self, year: i32) -> Option<NaiveDate> {
        match *self {
            HolidayKind::Fixed { month, day, .. } => NaiveDate::from_ymd_opt(year, month, day),
            HolidayKind::NthWeekday {
                month,
                weekday,
                nth,
            } => nth_weekday(year, month, weekday, nth),
            HolidayKind::Easter { offset } => {
                easter_sunday(year).checked_add_signed(chrono::Duration::days(offset))
            }
            HolidayKind::Feb1FridayOrFirstMonday => {
                let first = NaiveDate::from_ymd_opt(year, 2, 1)?;
                if first.weekday() == Weekday::Fri {
                    Some(first)
                } else {
                    nth_weekday(year, 2, Weekday::Mon, 1)
                }
            }
        }
    }
}

/// Saturday or Sunday.
pub fn is_weekend(date: NaiveDate) -> bool {
    matches!(date.weekday(), Weekday::Sat | Weekday::Sun)
}

fn nth_weekday(year: i32, month: u32, weekday: Weekday, nth: i8) -> Option<NaiveDate> {
    if nth > 0 {
        NaiveDate::from_weekday_of_month_opt(year, month, weekday, nth as u8)
    } else {
        // The last one: step back from the last day of the month.
        let next_month_first = if month == 12 {
            NaiveDate::from_ymd_opt(year + 1, 1, 1)?
        } else {
            NaiveDate::from_ymd_opt(year, month + 1, 1)?
        };
        let mut day = next_month_first.pred_opt()?;
        while day.weekday() != weekday {
            day = day.pred_opt()?;
        }
        Some(day)
    }
}

/// Western Easter Sunday (anonymous Gregorian algorithm, Meeus/Jones/Butcher).
pub fn easter_sunday(year: i32) -> NaiveDate {
    let a = year % 19;
    let b = year / 100;
    let c = year % 100;
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    NaiveDate::from_ymd_opt(year, month as u32, day as u32).expect("Easter is a valid date")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::registry;

    fn date(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn easter_sunday_matches_published_dates() {
        for (year, expected) in [
            (2024, "2024-03-31"),
            (2025, "2025-04-20"),
            (2026, "2026-04-05"),
            (2027, "2027-03-28"),
            (2028, "2028-04-16"),
            (2038, "2038-04-25"),
        ] {
            assert_eq!(easter_sunday(year), date(expected), "{year}");
        }
    }

    #[test]
    fn irish_holidays_2026_are_the_published_ten() {
        let ie = registry().calendar("IE");
        let expected: Vec<NaiveDate> = [
            "2026-01-01",
            "2026-02-02",
            "2026-03-17",
            "2026-04-06",
            "2026-05-04",
            "2026-06-01",
            "2026-08-03",
            "2026-10-26",
            "2026-12-25",
            "2026-12-26",
        ]
        .iter()
        .map(|d| date(d))
        .collect();
        assert_eq!(ie.dates_in(2026), expected);
    }

    #[test]
    fn st_brigids_day_is_1_february_when_that_is_a_friday() {
        let ie = registry().calendar("IE");
        // 1 February 2030 is a Friday; in 2027 it is a Monday; in 2028 a Tuesday.
        assert!(ie.is_holiday(date("2030-02-01")));
        assert!(!ie.is_holiday(date("2030-02-04")));
        assert!(ie.is_holiday(date("2027-02-01")));
        assert!(ie.is_holiday(date("2028-02-07")));
        assert!(!ie.is_holiday(date("2028-02-01")));
    }

    #[test]
    fn england_substitutes_weekend_christmas_and_boxing_day() {
        let gb = registry().calendar("GB-EAW");
        // 2027: Christmas on Saturday, Boxing Day on Sunday -> Mon 27 and Tue 28 December.
        assert!(gb.is_holiday(date("2027-12-27")));
        assert!(gb.is_holiday(date("2027-12-28")));
        // 2028: New Year's Day on Saturday -> Monday 3 January.
        assert!(gb.is_holiday(date("2028-01-03")));
        assert!(gb.is_holiday(date("2026-04-03")), "Good Friday 2026");
        assert!(
            gb.is_holiday(date("2026-05-25")),
            "Spring bank holiday 2026"
        );
        assert!(
            gb.is_holiday(date("2026-08-31")),
            "Summer bank holiday 2026"
        );
        assert!(
            !gb.is_holiday(date("2026-03-17")),
            "St Patrick's Day is Irish"
        );
    }
}

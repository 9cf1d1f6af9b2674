//! Dates: parsing what the user typed, and the response deadline a law sets.
//!
//! Every function takes "today" as a parameter; only the CLI edge reads the clock.

use chrono::{Days, Months, NaiveDate};
use serde::Serialize;

use crate::data::{DeadlineKind, DeadlineRule, HolidayCalendar, is_weekend};

/// A deadline and how it was found, for letters, case files and listings.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Deadline {
    /// The last day for the answer.
    pub date: NaiveDate,
    /// The day the period would end before weekend and holiday moves.
    pub period_end: NaiveDate,
    /// The rule in words, from the law's data file.
    pub rule: String,
}

/// Adds `months` calendar months to `start` the way Regulation 1182/71 counts them: the same
/// day number in the target month, or that month's last day when it has no such day
/// (31 January + 1 month = 28 or 29 February).
pub fn add_months(start: NaiveDate, months: u32) -> NaiveDate {
    start
        .checked_add_months(Months::new(months))
        .expect("deadline within chrono's date range")
}

/// The first day on or after `date` that is neither a weekend day nor a holiday.
pub fn next_working_day(date: NaiveDate, calendar: &HolidayCalendar) -> NaiveDate {
    let mut day = date;
    while is_weekend(day) || calendar.is_holiday(day) {
        day = day + Days::new(1);
    }
    day
}

/// The response deadline for a request dated `sent`, under `rule`, moved past weekends and
/// the public holidays of `calendar`.
pub fn response_deadline(
    sent: NaiveDate,
    rule: &DeadlineRule,
    calendar: &HolidayCalendar,
) -> Deadline {
    let period_end = match rule.kind {
        DeadlineKind::Months => add_months(sent, rule.count),
        DeadlineKind::CourtesyDays => sent + Days::new(u64::from(rule.count)),
        DeadlineKind::BusinessDays => add_business_days(sent, rule.count, calendar),
    };
    Deadline {
        date: next_working_day(period_end, calendar),
        period_end,
        rule: rule.rule.clone(),
    }
}

/// The day `count` working days after `start` (the start day itself not counted).
pub fn add_business_days(start: NaiveDate, count: u32, calendar: &HolidayCalendar) -> NaiveDate {
    let mut day = start;
    let mut counted = 0;
    while counted < count {
        day = day + Days::new(1);
        if !is_weekend(day) && !calendar.is_holiday(day) {
            counted += 1;
        }
    }
    day
}

/// Parses `YYYY-MM-DD`; the error text says which format is expected.
pub fn parse_date(text: &str) -> Result<NaiveDate, String> {
    NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d").map_err(|_| {
        format!("`{text}` is not a date in the form YYYY-MM-DD (for example 2026-11-23)")
    })
}

/// The date a `SOURCE_DATE_EPOCH` value (seconds since 1970, UTC) falls on.
pub fn date_from_epoch(text: &str) -> Result<NaiveDate, String> {
    text.trim()
        .parse::<i64>()
        .ok()
        .and_then(|secs| chrono::DateTime::from_timestamp(secs, 0))
        .map(|t| t.date_naive())
        .ok_or_else(|| format!("`{text}` is not a number of seconds since 1970-01-01"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::registry;

    fn date(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    /// One row: letter date, controller calendar, expected deadline, why.
    #[track_caller]
    fn case(sent: &str, calendar: &str, expected: &str) {
        let registry = registry();
        let rule = registry.law("gdpr").deadline.as_ref().unwrap();
        let deadline = response_deadline(date(sent), rule, registry.calendar(calendar));
        assert_eq!(
            deadline.date,
            date(expected),
            "sent {sent}, calendar {calendar}"
        );
    }

    #[test]
    fn one_month_lands_on_the_same_day_number() {
        case("2026-11-10", "IE", "2026-12-10"); // Thursday
        case("2026-09-15", "IE", "2026-10-15");
    }

    #[test]
    fn month_ends_clamp_to_the_last_day() {
        case("2027-01-31", "IE", "2027-03-01"); // 28 Feb 2027 is a Sunday -> Monday 1 March
        case("2026-03-31", "IE", "2026-04-30"); // Thursday
        case("2026-08-31", "IE", "2026-09-30"); // Wednesday
        case("2026-10-31", "IE", "2026-11-30"); // Monday
    }

    #[test]
    fn leap_years_end_on_29_february() {
        case("2028-01-31", "IE", "2028-02-29"); // Tuesday
        case("2028-01-29", "IE", "2028-02-29");
        case("2024-01-30", "IE", "2024-02-29"); // Thursday
    }

    #[test]
    fn weekends_move_to_monday() {
        case("2026-10-03", "IE", "2026-11-03"); // 3 Nov 2026 is a Tuesday: no move
        case("2026-09-12", "IE", "2026-10-12"); // Monday
        case("2026-12-05", "IE", "2027-01-05"); // Tuesday
        case("2026-11-07", "IE", "2026-12-07"); // 7 Dec 2026 is a Monday
        case("2026-12-12", "IE", "2027-01-12");
        case("2026-09-26", "IE", "2026-10-27"); // Mon 26 Oct is the October holiday
        case("2026-10-24", "IE", "2026-11-24"); // Tuesday
        case("2026-06-13", "IE", "2026-07-13"); // Monday
        case("2026-07-11", "IE", "2026-08-11"); // Tuesday
        case("2026-05-16", "IE", "2026-06-16");
        case("2026-02-14", "IE", "2026-03-16"); // Sat 14 Mar -> Mon 16 Mar
        case("2026-04-18", "IE", "2026-05-18"); // Monday
    }

    #[test]
    fn irish_public_holidays_move_the_deadline() {
        case("2026-01-02", "IE", "2026-02-03"); // Mon 2 Feb 2026 is St Brigid's Day
        case("2030-01-01", "IE", "2030-02-04"); // Fri 1 Feb 2030 St Brigid's, then weekend
        case("2026-02-17", "IE", "2026-03-18"); // St Patrick's Day (Tuesday)
        case("2026-03-06", "IE", "2026-04-07"); // Mon 6 Apr 2026 is Easter Monday
    }

    #[test]
    fn christmas_week_in_ireland() {
        // 25 Dec 2026 is a Friday (Christmas), 26 Saturday, 27 Sunday: the next working day
        // is Monday 28 December (Ireland moves no holiday off a weekend).
        case("2026-11-25", "IE", "2026-12-28");
        case("2026-11-26", "IE", "2026-12-28");
    }

    #[test]
    fn uk_letters_use_bank_holidays_of_england_and_wales() {
        let registry = registry();
        let rule = registry.law("uk-gdpr").deadline.as_ref().unwrap();
        let gb = registry.calendar("GB-EAW");
        // 3 Apr 2026 is Good Friday in England, not a public holiday in Ireland.
        assert_eq!(
            response_deadline(date("2026-03-03"), rule, gb).date,
            date("2026-04-07")
        );
        // 27 Dec 2027 (Mon) and 28 Dec (Tue) are substitute days.
        assert_eq!(
            response_deadline(date("2027-11-25"), rule, gb).date,
            date("2027-12-29")
        );
        // 17 March is a working day in England.
        assert_eq!(
            response_deadline(date("2026-02-17"), rule, gb).date,
            date("2026-03-17")
        );
    }

    #[test]
    fn business_days_skip_weekends_and_us_holidays() {
        let registry = registry();
        let rule = registry.law("ccpa").deadline.as_ref().unwrap();
        let us = registry.calendar("US");
        // Mon 23 Nov 2026 + 15 business days, skipping Thanksgiving (Thu 26 Nov) and
        // Christmas (Fri 25 Dec is later): 24,25,27,30 Nov, 1-4,7-11,14,15 Dec -> 15 Dec.
        assert_eq!(
            response_deadline(date("2026-11-23"), rule, us).date,
            date("2026-12-15")
        );
    }

    #[test]
    fn courtesy_periods_are_thirty_days_past_weekends() {
        let registry = registry();
        let rule = registry.law("pipeda").deadline.as_ref().unwrap();
        let weekends = registry.calendar("WEEKENDS");
        // 23 Nov 2026 + 30 days = Wed 23 Dec 2026.
        assert_eq!(
            response_deadline(date("2026-11-23"), rule, weekends).date,
            date("2026-12-23")
        );
        // 28 Nov 2026 + 30 days = Mon 28 Dec 2026; 30 Nov + 30 = Wed 30 Dec.
        assert_eq!(
            response_deadline(date("2026-11-29"), rule, weekends).date,
            date("2026-12-29")
        );
        // 2 Jan 2027 + 30 = Mon 1 Feb 2027.
        assert_eq!(
            response_deadline(date("2027-01-02"), rule, weekends).date,
            date("2027-02-01")
        );
    }

    #[test]
    fn parses_dates_and_epochs() {
        assert_eq!(parse_date("2026-11-23").unwrap(), date("2026-11-23"));
        assert!(parse_date("23.11.2026").unwrap_err().contains("YYYY-MM-DD"));
        assert!(parse_date("2026-02-30").is_err());
        assert_eq!(date_from_epoch("1795392000").unwrap(), date("2026-11-23"));
        assert!(date_from_epoch("soon").is_err());
    }
}

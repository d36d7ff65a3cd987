//! Calendar dates without time zones (proleptic Gregorian), enough for planning: parsing,
//! adding days, weekdays and ISO text. Local times in the plan are "floating", so daylight
//! saving changes never move an event.

/// A calendar date.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    /// Year, 1-9999.
    pub year: i32,
    /// Month, 1-12.
    pub month: u32,
    /// Day of the month.
    pub day: u32,
}

/// Days in `month` of `year`.
pub const fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        _ => 28,
    }
}

impl Date {
    /// A valid date, or `None`.
    pub fn new(year: i32, month: u32, day: u32) -> Option<Date> {
        ((1..=9999).contains(&year) && (1..=12).contains(&month) && day >= 1 && day <= days_in_month(year, month))
            .then_some(Date { year, month, day })
    }

    /// Reads `YYYY-MM-DD`.
    pub fn parse_iso(text: &str) -> Option<Date> {
        let mut parts = text.trim().splitn(3, '-');
        let y = parts.next()?.parse().ok()?;
        let m = parts.next()?.parse().ok()?;
        let d = parts.next()?.parse().ok()?;
        Date::new(y, m, d)
    }

    /// `YYYY-MM-DD`.
    pub fn iso(self) -> String {
        format!("{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }

    /// `YYYYMMDD`, as iCalendar writes dates.
    pub fn compact(self) -> String {
        format!("{:04}{:02}{:02}", self.year, self.month, self.day)
    }

    /// Days since 1970-01-01 (negative before).
    pub fn to_days(self) -> i64 {
        // Howard Hinnant's days_from_civil.
        let y = i64::from(self.year) - i64::from(self.month <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = i64::from(self.month);
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(self.day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// The date `days` after 1970-01-01, kept within years 1-9999.
    pub fn from_days(days: i64) -> Date {
        let z = days.clamp(-719_162, 2_932_896) + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
        let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
        Date { year, month, day }
    }

    /// The date `n` days later (or earlier for negative `n`).
    pub fn add_days(self, n: i64) -> Date {
        Date::from_days(self.to_days() + n)
    }

    /// Days from `self` to `other`.
    pub fn days_until(self, other: Date) -> i64 {
        other.to_days() - self.to_days()
    }

    /// Day of the week, 0 = Monday … 6 = Sunday.
    pub fn weekday(self) -> u32 {
        (self.to_days() + 3).rem_euclid(7) as u32
    }

    /// This date, or the Monday after it when it falls on a weekend.
    pub fn workday(self) -> Date {
        match self.weekday() {
            5 => self.add_days(2),
            6 => self.add_days(1),
            _ => self,
        }
    }
}

/// The first day of every month that starts within `start..end` (`start` included when it is one).
pub fn month_starts(start: Date, end: Date) -> Vec<Date> {
    let mut months = Vec::new();
    let mut m = Date {
        year: start.year,
        month: start.month,
        day: 1,
    };
    while m < end {
        if m >= start {
            months.push(m);
        }
        m = m.add_days(i64::from(days_in_month(m.year, m.month)));
    }
    months
}

#[cfg(test)]
mod tests {
    #[test]
    fn month_starts_are_the_first_days_inside_the_span() {
        let d = |y, m, day| super::Date::new(y, m, day).expect("a date");
        assert_eq!(
            super::month_starts(d(2026, 11, 15), d(2027, 2, 1)),
            vec![d(2026, 12, 1), d(2027, 1, 1)]
        );
        assert_eq!(super::month_starts(d(2027, 1, 1), d(2027, 1, 2)), vec![d(2027, 1, 1)]);
        assert!(super::month_starts(d(2027, 1, 2), d(2027, 1, 20)).is_empty());
        assert_eq!(super::month_starts(d(2028, 1, 31), d(2028, 4, 1)).len(), 2);
    }

    use super::*;

    fn d(y: i32, m: u32, day: u32) -> Date {
        Date::new(y, m, day).expect("valid date")
    }

    #[test]
    fn round_trips_days_over_four_centuries() {
        let mut date = d(1900, 1, 1);
        for _ in 0..(400 * 366) {
            let days = date.to_days();
            assert_eq!(Date::from_days(days), date);
            let next = date.add_days(1);
            assert_eq!(next.to_days(), days + 1);
            date = next;
        }
    }

    #[test]
    fn known_days_and_weekdays() {
        assert_eq!(d(1970, 1, 1).to_days(), 0);
        assert_eq!(d(1970, 1, 1).weekday(), 3); // Thursday
        assert_eq!(d(2027, 1, 4).weekday(), 0); // Monday
        assert_eq!(d(2026, 12, 28).add_days(7), d(2027, 1, 4)); // across the year end
        assert_eq!(d(2028, 2, 28).add_days(1), d(2028, 2, 29)); // leap day
        assert_eq!(d(2027, 3, 27).workday(), d(2027, 3, 29)); // Saturday → Monday
        assert_eq!(d(2027, 1, 1).days_until(d(2028, 1, 1)), 365);
    }

    #[test]
    fn parses_only_real_dates() {
        assert_eq!(Date::parse_iso("2027-02-28"), Some(d(2027, 2, 28)));
        assert_eq!(Date::parse_iso("2027-02-29"), None);
        assert_eq!(Date::parse_iso("2028-02-29"), Some(d(2028, 2, 29)));
        assert_eq!(Date::parse_iso("2027-13-01"), None);
        assert_eq!(Date::parse_iso("zomaar"), None);
        assert_eq!(d(2027, 3, 8).iso(), "2027-03-08");
        assert_eq!(d(2027, 3, 8).compact(), "20270308");
    }
}

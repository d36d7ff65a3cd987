//! The month-by-month table: its columns, shared by the page and the CSV export, and the CSV
//! itself (written by [`crate::domain::format::csv`]; Dutch numbers with a decimal comma).

use super::MonthRow;
use crate::domain::format::csv::table;
use crate::domain::i18n::{text, Key, Lang};

/// Calendar year and month of programme month `month` (1-based) when month 1 is `start`.
pub fn calendar_month(start: (i32, u32), month: u32) -> (i32, u32) {
    let zero_based = i64::from(start.0) * 12 + i64::from(start.1.clamp(1, 12)) - 1 + i64::from(month) - 1;
    let year = zero_based.div_euclid(12);
    (
        year.clamp(i64::from(i32::MIN), i64::from(i32::MAX)) as i32,
        zero_based.rem_euclid(12) as u32 + 1,
    )
}

/// How a month-table column's values are shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ColumnKind {
    /// A percentage (0-100).
    Percent,
    /// A count of people or hours.
    Count,
    /// An amount of money.
    Money,
    /// Yes (1) or no (0).
    Flag,
}

/// A column of the month table, after the month itself; shared by the CSV and the on-screen table.
#[derive(Clone, Copy, Debug)]
pub struct Column {
    /// Column heading.
    pub title: Key,
    /// How values are shown.
    pub kind: ColumnKind,
    value: fn(&MonthRow) -> f64,
}

impl Column {
    /// This column's value in `row`.
    pub fn value(&self, row: &MonthRow) -> f64 {
        (self.value)(row)
    }
}

/// The month table's columns, in order.
pub const COLUMNS: [Column; 16] = {
    use ColumnKind::{Count, Flag, Money, Percent};
    const fn col(title: Key, kind: ColumnKind, value: fn(&MonthRow) -> f64) -> Column {
        Column { title, kind, value }
    }
    [
        col(Key::CsvAdoption, Percent, |r| r.adoption * 100.0),
        col(Key::CsvMeasured, Flag, |r| f64::from(u8::from(r.measured))),
        col(Key::CsvActiveUsers, Count, |r| r.active_users),
        col(Key::CsvHoursSaved, Count, |r| r.hours_saved),
        col(Key::CsvTimeBenefit, Money, |r| r.time_benefit),
        col(Key::CsvRevenueBenefit, Money, |r| r.revenue_benefit),
        col(Key::CsvLicences, Money, |r| r.licence_cost),
        col(Key::CsvImplementation, Money, |r| r.implementation_cost),
        col(Key::CsvTraining, Money, |r| r.training_cost),
        col(Key::CsvProgramme, Money, |r| r.communication_cost),
        col(Key::CsvChampion, Money, |r| r.champion_cost),
        col(Key::CsvRefresher, Money, |r| r.refresher_cost),
        col(Key::CsvSupport, Money, |r| r.support_cost),
        col(Key::CsvNet, Money, |r| r.net),
        col(Key::CsvCumulative, Money, |r| r.cumulative),
        col(Key::CsvDiscountedCumulative, Money, |r| r.discounted_cumulative),
    ]
};

/// The month table as CSV text, headed by the column names in `lang`.
pub fn month_table(rows: &[MonthRow], start: (i32, u32), lang: Lang) -> String {
    let number = |v: f64, decimals: usize| {
        let s = format!("{:.*}", decimals, if v.is_finite() { v } else { 0.0 });
        let s = if s.trim_start_matches(['-', '0', '.']).is_empty() {
            s.trim_start_matches('-').to_string()
        } else {
            s
        };
        if lang == Lang::Nl {
            s.replace('.', ",")
        } else {
            s
        }
    };
    let headers = std::iter::once(Key::CsvMonth)
        .chain(COLUMNS.iter().map(|c| c.title))
        .map(|k| text(k, lang).to_string());
    let lines = rows.iter().map(|r| {
        let (y, m) = calendar_month(start, r.month);
        let values = COLUMNS.iter().map(move |c| {
            let decimals = match c.kind {
                ColumnKind::Money => 2,
                ColumnKind::Flag => 0,
                _ => 1,
            };
            number(c.value(r), decimals)
        });
        std::iter::once(format!("{y:04}-{m:02}")).chain(values)
    });
    table(lang, headers, lines)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::roi::{series, Inputs};

    #[test]
    fn months_cross_year_ends() {
        assert_eq!(calendar_month((2027, 1), 1), (2027, 1));
        assert_eq!(calendar_month((2027, 11), 3), (2028, 1));
        assert_eq!(calendar_month((2027, 12), 25), (2029, 12));
    }

    #[test]
    fn dutch_and_english_tables() {
        let (rows, _) = series(&Inputs::default(), true);
        let nl = month_table(&rows, (2027, 1), Lang::Nl);
        let en = month_table(&rows, (2027, 1), Lang::En);
        assert!(nl.starts_with('\u{feff}'));
        let nl_lines: Vec<&str> = nl.trim_end().split("\r\n").collect();
        assert_eq!(nl_lines.len(), 37);
        assert!(nl_lines.iter().all(|l| l.split(';').count() == COLUMNS.len() + 1));
        assert!(nl_lines[6].starts_with("2027-06;50,0;0;"), "{}", nl_lines[6]);
        let en_lines: Vec<&str> = en.trim_end().split("\r\n").collect();
        assert!(en_lines[6].starts_with("2027-06,50.0,0,"), "{}", en_lines[6]);
        // A measured month says so.
        let measured = Inputs {
            measurements: vec![crate::domain::roi::Measurement::adoption(6, 35.0)],
            ..Inputs::default()
        };
        let (rows, _) = series(&measured, true);
        let en = month_table(&rows, (2027, 1), Lang::En);
        let lines: Vec<&str> = en.trim_end().split("\r\n").collect();
        assert!(
            lines[6].starts_with("2027-06,35.0,1,") && lines[7].contains(",0,"),
            "{}",
            lines[6]
        );
        assert!(en_lines.iter().all(|l| l.split(',').count() == COLUMNS.len() + 1));
    }
}

//! The month-by-month table as CSV (RFC 4180): CRLF line ends, fields quoted when needed.
//! Dutch output uses `;` between fields and a decimal comma, so Dutch Excel opens it directly;
//! English output uses `,` and a decimal point. A UTF-8 byte order mark tells Excel the encoding.

use super::i18n::{text, Key, Lang};
use super::roi::MonthRow;

/// Calendar year and month of programme month `month` (1-based) when month 1 is `start`.
pub fn calendar_month(start: (i32, u32), month: u32) -> (i32, u32) {
    let zero_based = i64::from(start.0) * 12 + i64::from(start.1.clamp(1, 12)) - 1 + i64::from(month) - 1;
    let year = zero_based.div_euclid(12);
    (
        year.clamp(i64::from(i32::MIN), i64::from(i32::MAX)) as i32,
        zero_based.rem_euclid(12) as u32 + 1,
    )
}

/// One CSV field, quoted if it holds the separator, a quote or a line break.
pub fn field(value: &str, separator: char) -> String {
    if value.contains([separator, '"', '\n', '\r']) {
        format!("\"{}\"", value.replace('"', "\"\""))
    } else {
        value.to_string()
    }
}

/// The month table as CSV text, headed by the column names in `lang`.
pub fn month_table(rows: &[MonthRow], start: (i32, u32), lang: Lang) -> String {
    let sep = match lang {
        Lang::Nl => ';',
        Lang::En => ',',
    };
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
    let headers = [
        Key::CsvMonth,
        Key::CsvAdoption,
        Key::CsvActiveUsers,
        Key::CsvHoursSaved,
        Key::CsvTimeBenefit,
        Key::CsvRevenueBenefit,
        Key::CsvLicences,
        Key::CsvImplementation,
        Key::CsvProgramme,
        Key::CsvSupport,
        Key::CsvNet,
        Key::CsvCumulative,
        Key::CsvDiscountedCumulative,
    ];
    let mut out = String::from("\u{feff}");
    out.push_str(
        &headers
            .iter()
            .map(|k| field(text(*k, lang), sep))
            .collect::<Vec<_>>()
            .join(&sep.to_string()),
    );
    out.push_str("\r\n");
    for r in rows {
        let (y, m) = calendar_month(start, r.month);
        let cells = [
            format!("{y:04}-{m:02}"),
            number(r.adoption * 100.0, 1),
            number(r.active_users, 1),
            number(r.hours_saved, 1),
            number(r.time_benefit, 2),
            number(r.revenue_benefit, 2),
            number(r.licence_cost, 2),
            number(r.implementation_cost, 2),
            number(r.programme_cost, 2),
            number(r.support_cost, 2),
            number(r.net, 2),
            number(r.cumulative, 2),
            number(r.discounted_cumulative, 2),
        ];
        out.push_str(
            &cells
                .iter()
                .map(|c| field(c, sep))
                .collect::<Vec<_>>()
                .join(&sep.to_string()),
        );
        out.push_str("\r\n");
    }
    out
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
    fn quotes_only_when_needed() {
        assert_eq!(field("plain", ';'), "plain");
        assert_eq!(field("a;b", ';'), "\"a;b\"");
        assert_eq!(field("say \"hi\"", ','), "\"say \"\"hi\"\"\"");
        assert_eq!(field("two\r\nlines", ','), "\"two\r\nlines\"");
    }

    #[test]
    fn dutch_and_english_tables() {
        let (rows, _) = series(&Inputs::default(), true);
        let nl = month_table(&rows, (2027, 1), Lang::Nl);
        let en = month_table(&rows, (2027, 1), Lang::En);
        assert!(nl.starts_with('\u{feff}'));
        let nl_lines: Vec<&str> = nl.trim_end().split("\r\n").collect();
        assert_eq!(nl_lines.len(), 37);
        assert!(nl_lines.iter().all(|l| l.split(';').count() == 13));
        assert!(nl_lines[6].starts_with("2027-06;70,0;"), "{}", nl_lines[6]);
        let en_lines: Vec<&str> = en.trim_end().split("\r\n").collect();
        assert!(en_lines[6].starts_with("2027-06,70.0,"), "{}", en_lines[6]);
        assert!(en_lines.iter().all(|l| l.split(',').count() == 13));
    }
}

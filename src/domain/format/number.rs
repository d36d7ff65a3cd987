//! Reading numbers as people type them and writing them as each language expects.
//!
//! Reading accepts Dutch and English notation ("1.250,50", "1,250.50", "40 %", "€ 75", "−3");
//! writing follows nl-NL ("€ 1.234,56", "12,5 %") or en-GB ("€1,234.56", "12.5%").

use crate::domain::i18n::Lang;

/// Why a text is not a number.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ParseError {
    /// Nothing was entered.
    Empty,
    /// Letters or symbols that are not part of a number.
    NotANumber,
}

/// Reads a number typed in either notation. `lang` only decides the ambiguous case of a single
/// separator followed by exactly three digits ("1.250" is 1250 in Dutch, 1.25 in English).
pub fn parse_number(text: &str, lang: Lang) -> Result<f64, ParseError> {
    let mut s: String = text
        .trim()
        .chars()
        .filter(|c| !c.is_whitespace() && !matches!(c, '€' | '$' | '£' | '%' | '\u{a0}' | '\u{202f}' | '\''))
        .collect();
    for prefix in ["EUR", "USD", "GBP", "eur", "usd", "gbp"] {
        if let Some(rest) = s.strip_prefix(prefix) {
            s = rest.to_string();
        }
    }
    if s.is_empty() {
        return if text.trim().is_empty() {
            Err(ParseError::Empty)
        } else {
            Err(ParseError::NotANumber)
        };
    }
    let (negative, digits) = match s.strip_prefix(['-', '−', '–']) {
        Some(rest) => (true, rest),
        None => (false, s.strip_prefix('+').unwrap_or(&s)),
    };
    if digits.is_empty() || !digits.chars().all(|c| c.is_ascii_digit() || c == '.' || c == ',') {
        return Err(ParseError::NotANumber);
    }
    let normalised = normalise_separators(digits, lang).ok_or(ParseError::NotANumber)?;
    let value: f64 = normalised.parse().map_err(|_| ParseError::NotANumber)?;
    if !value.is_finite() {
        return Err(ParseError::NotANumber);
    }
    Ok(if negative { -value } else { value })
}

/// Turns digits with `.` and `,` into a plain `1234.5`, or `None` when the grouping is impossible.
fn normalise_separators(digits: &str, lang: Lang) -> Option<String> {
    let last_dot = digits.rfind('.');
    let last_comma = digits.rfind(',');
    let decimal = match (last_dot, last_comma) {
        (None, None) => None,
        (Some(d), Some(c)) => Some(if d > c { '.' } else { ',' }),
        (Some(_), None) => single_separator(digits, '.', lang == Lang::Nl),
        (None, Some(_)) => single_separator(digits, ',', lang == Lang::En),
    };
    let mut out = String::with_capacity(digits.len());
    let mut seen_decimal = false;
    for (i, c) in digits.char_indices() {
        match c {
            '0'..='9' => out.push(c),
            _ if Some(c) == decimal && Some(i) == digits.rfind(c) => {
                seen_decimal = true;
                out.push('.');
            }
            _ if Some(c) == decimal => return None,
            _ => {
                // A thousands separator: must be followed by exactly three digits.
                let rest = &digits[i + 1..];
                let group: String = rest.chars().take_while(char::is_ascii_digit).collect();
                if group.len() != 3 || seen_decimal || i == 0 {
                    return None;
                }
            }
        }
    }
    Some(out)
}

/// Decides whether the only separator kind present is the decimal mark.
fn single_separator(digits: &str, sep: char, thousands_by_default: bool) -> Option<char> {
    let count = digits.matches(sep).count();
    let after = digits.rsplit(sep).next().unwrap_or_default();
    // "1.234.567" is grouping only; one separator before exactly three digits is grouping
    // where the language groups with it ("1.250" in Dutch).
    let grouping = count > 1 || (after.len() == 3 && thousands_by_default);
    (!grouping).then_some(sep)
}

/// Formats `value` with `decimals` decimals and digit grouping for `lang`.
pub fn format_number(value: f64, decimals: usize, lang: Lang) -> String {
    let value = if value.is_finite() { value } else { 0.0 };
    let fixed = format!("{:.*}", decimals, value.abs());
    let (int, frac) = fixed.split_once('.').unwrap_or((&fixed, ""));
    let (group, dec) = match lang {
        Lang::Nl => ('.', ','),
        Lang::En => (',', '.'),
    };
    let mut grouped = String::with_capacity(int.len() + int.len() / 3);
    for (i, c) in int.chars().enumerate() {
        if i > 0 && (int.len() - i) % 3 == 0 {
            grouped.push(group);
        }
        grouped.push(c);
    }
    let is_zero = fixed.chars().all(|c| c == '0' || c == '.');
    let sign = if value < 0.0 && !is_zero { "−" } else { "" };
    if frac.is_empty() {
        format!("{sign}{grouped}")
    } else {
        format!("{sign}{grouped}{dec}{frac}")
    }
}

/// A money amount: "€ 1.234" (nl) or "€1,234" (en), with `decimals` decimals.
pub fn format_money(value: f64, symbol: &str, decimals: usize, lang: Lang) -> String {
    let number = format_number(value, decimals, lang);
    let (sign, digits) = match number.strip_prefix('−') {
        Some(rest) => ("−", rest),
        None => ("", number.as_str()),
    };
    match lang {
        Lang::Nl => format!("{sign}{symbol}\u{a0}{digits}"),
        Lang::En => format!("{sign}{symbol}{digits}"),
    }
}

/// A money amount short enough for a chart's axis: whole amounts below a million, then millions and
/// billions with at most one decimal: "€ 1,5 mln" and "€ 2 mld" (nl), "€1.5M" and "€2bn" (en).
pub fn format_money_compact(value: f64, symbol: &str, lang: Lang) -> String {
    let value = if value.is_finite() { value } else { 0.0 };
    let (scale, nl, en) = match value.abs() {
        a if a >= 1e9 => (1e9, "mld", "bn"),
        a if a >= 1e6 => (1e6, "mln", "M"),
        _ => return format_money(value, symbol, 0, lang),
    };
    let tenths = (value / scale * 10.0).round();
    let decimals = if tenths % 10.0 == 0.0 { 0 } else { 1 };
    let amount = format_money(tenths / 10.0, symbol, decimals, lang);
    match lang {
        Lang::Nl => format!("{amount}\u{a0}{nl}"),
        Lang::En => format!("{amount}{en}"),
    }
}

/// A percentage: "12,5 %" (nl) or "12.5%" (en).
pub fn format_percent(value: f64, decimals: usize, lang: Lang) -> String {
    let number = format_number(value, decimals, lang);
    match lang {
        Lang::Nl => format!("{number}\u{a0}%"),
        Lang::En => format!("{number}%"),
    }
}

/// The plain number an input field shows for a value: no grouping, up to two decimals, trailing
/// zeros dropped, the language's decimal mark.
pub fn format_input(value: f64, lang: Lang) -> String {
    let value = if value.is_finite() { value } else { 0.0 };
    let s = format!("{:.2}", value);
    let s = s.trim_end_matches('0').trim_end_matches('.');
    let s = if s == "-0" { "0" } else { s };
    match lang {
        Lang::Nl => s.replace('.', ","),
        Lang::En => s.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use Lang::{En, Nl};

    #[test]
    fn reads_both_notations() {
        assert_eq!(parse_number("1.250,50", Nl), Ok(1250.5));
        assert_eq!(parse_number("1.250,50", En), Ok(1250.5));
        assert_eq!(parse_number("1,250.50", Nl), Ok(1250.5));
        assert_eq!(parse_number("1,250.50", En), Ok(1250.5));
        assert_eq!(parse_number("40 %", Nl), Ok(40.0));
        assert_eq!(parse_number("€ 75", En), Ok(75.0));
        assert_eq!(parse_number("EUR 1.000.000", Nl), Ok(1_000_000.0));
        assert_eq!(parse_number("2,5", Nl), Ok(2.5));
        assert_eq!(parse_number("2,5", En), Ok(2.5));
        assert_eq!(parse_number("0.5", Nl), Ok(0.5));
        assert_eq!(parse_number(" 12 ", Nl), Ok(12.0));
        assert_eq!(parse_number("-3", Nl), Ok(-3.0));
        assert_eq!(parse_number("−3,5", Nl), Ok(-3.5));
    }

    #[test]
    fn three_digits_after_one_separator_follow_the_language() {
        assert_eq!(parse_number("1.250", Nl), Ok(1250.0));
        assert_eq!(parse_number("1.250", En), Ok(1.25));
        assert_eq!(parse_number("1,250", En), Ok(1250.0));
        assert_eq!(parse_number("1,250", Nl), Ok(1.25));
    }

    #[test]
    fn rejects_what_is_not_a_number() {
        assert_eq!(parse_number("", Nl), Err(ParseError::Empty));
        assert_eq!(parse_number("   ", Nl), Err(ParseError::Empty));
        assert_eq!(parse_number("abc", Nl), Err(ParseError::NotANumber));
        assert_eq!(parse_number("%", Nl), Err(ParseError::NotANumber));
        assert_eq!(parse_number("1.2.3,4.5", Nl), Err(ParseError::NotANumber));
        assert_eq!(parse_number("12abc", En), Err(ParseError::NotANumber));
        assert_eq!(parse_number("1,2,3", En), Err(ParseError::NotANumber));
        assert_eq!(parse_number("--5", En), Err(ParseError::NotANumber));
        assert_eq!(parse_number("1e400", En), Err(ParseError::NotANumber));
        assert_eq!(parse_number(&"9".repeat(400), En), Err(ParseError::NotANumber));
    }

    #[test]
    fn compact_amounts_for_chart_axes() {
        assert_eq!(format_money_compact(950_000.0, "€", Nl), "€\u{a0}950.000");
        assert_eq!(format_money_compact(-50_000_000.0, "€", Nl), "−€\u{a0}50\u{a0}mln");
        assert_eq!(format_money_compact(1_500_000.0, "€", Nl), "€\u{a0}1,5\u{a0}mln");
        assert_eq!(format_money_compact(1_500_000.0, "€", En), "€1.5M");
        assert_eq!(format_money_compact(2_000_000_000.0, "$", En), "$2bn");
        assert_eq!(format_money_compact(-2_540_000_000.0, "€", Nl), "−€\u{a0}2,5\u{a0}mld");
        assert_eq!(format_money_compact(f64::NAN, "€", En), "€0");
    }

    #[test]
    fn writes_each_language() {
        assert_eq!(format_money(1234.56, "€", 2, Nl), "€\u{a0}1.234,56");
        assert_eq!(format_money(1234.56, "€", 2, En), "€1,234.56");
        assert_eq!(format_money(-1234.4, "€", 0, Nl), "−€\u{a0}1.234");
        assert_eq!(format_money(-0.2, "€", 0, En), "€0");
        assert_eq!(format_percent(12.5, 1, Nl), "12,5\u{a0}%");
        assert_eq!(format_percent(12.5, 1, En), "12.5%");
        assert_eq!(format_number(1_000_000.0, 0, Nl), "1.000.000");
        assert_eq!(format_number(f64::NAN, 0, Nl), "0");
        assert_eq!(format_input(2.5, Nl), "2,5");
        assert_eq!(format_input(40.0, En), "40");
        assert_eq!(format_input(1250.126, En), "1250.13");
    }
}

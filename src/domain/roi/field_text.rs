//! How a field's value reads with its unit: "€ 45 per uur", "20 %", "8 uur per week". Shared by
//! the calculator's form and summaries and by the source texts that name each default.

use super::field::{Field, Unit};
use super::inputs::Currency;
use crate::domain::format::number::{format_money, format_number, format_percent};
use crate::domain::i18n::{text, Key, Lang};

/// The unit shown after an input, e.g. "€ per uur" or "%".
pub fn unit_text(unit: Unit, symbol: &str, lang: Lang) -> String {
    let t = |k| text(k, lang).to_string();
    match unit {
        Unit::Months => t(Key::UnitMonths),
        Unit::Percent => "%".to_string(),
        Unit::Points => t(Key::UnitPoints),
        Unit::Money => symbol.to_string(),
        Unit::MoneyPerHour => format!("{symbol} {}", t(Key::UnitPerHour)),
        Unit::MoneyPerMonth => format!("{symbol} {}", t(Key::UnitPerMonth)),
        Unit::Hours => t(Key::UnitHours),
        Unit::HoursPerWeek => t(Key::UnitHoursPerWeek),
        Unit::People => t(Key::UnitPeople),
        Unit::PerMonth => t(Key::UnitQuotesPerMonth),
        Unit::Days => t(Key::UnitDays),
        Unit::Factor => t(Key::UnitFactor),
        Unit::PointsPer10 => t(Key::UnitPointsPer10),
        Unit::HoursPerMonth => t(Key::UnitHoursPerMonth),
        Unit::PercentPerYear => t(Key::UnitPercentPerYear),
    }
}

/// A field's value with its unit, e.g. "€ 45 per uur", "20 %" or "8 uur per week".
pub fn value_text(field: Field, value: f64, currency: Currency, lang: Lang) -> String {
    let symbol = currency.symbol();
    let decimals = if value.fract() == 0.0 { 0 } else { 2 };
    let unit = unit_text(field.spec().unit, symbol, lang);
    match field.spec().unit {
        Unit::Money | Unit::MoneyPerHour | Unit::MoneyPerMonth => {
            let rest = unit.trim_start_matches(symbol).trim();
            format!("{} {rest}", format_money(value, symbol, decimals, lang))
                .trim_end()
                .to_string()
        }
        Unit::Percent => format_percent(value, decimals, lang),
        _ => format!("{} {unit}", format_number(value, decimals, lang)),
    }
}

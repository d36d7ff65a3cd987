//! The measurement log as the planning page reads and reports it: a measurement typed into the
//! form, and the sentence that compares the plan with what was measured.

use super::calculator::{money, payback_phrase};
use super::measurements::{Measurement, MAX_MINUTES_PER_WEEK};
use super::{summarize, Inputs, Ramp};
use crate::domain::format::number::{format_percent, parse_number};
use crate::domain::i18n::{text_with, Key, Lang};

/// Reads a measurement as typed on the planning page: a month 1-60 (rounded to whole), active
/// users 0-100 %, and optionally training participation 0-100 %, minutes saved per active user a
/// week (0-2,400) and the number of respondents. `None` while the month or the active users
/// cannot be used, or an optional value is there but unusable.
pub fn parse_measurement(texts: [&str; 5], lang: Lang) -> Option<Measurement> {
    let [month, adoption, participation, minutes, respondents] = texts;
    let number = |raw: &str, max: f64| parse_number(raw, lang).ok().filter(|v| (0.0..=max).contains(v));
    let optional = |raw: &str, max: f64| {
        if raw.trim().is_empty() {
            Some(None)
        } else {
            number(raw, max).map(Some)
        }
    };
    let month = parse_number(month, lang).ok().filter(|m| (1.0..=60.0).contains(m))?;
    Some(Measurement {
        month: month.round() as u32,
        adoption: number(adoption, 100.0)?,
        participation: optional(participation, 100.0)?,
        minutes_per_week: optional(minutes, MAX_MINUTES_PER_WEEK)?,
        respondents: optional(respondents, 1_000_000.0)?.map(|r| r.round() as u32),
    })
}

/// The sentence comparing the plan with actual to date and forecast after, for inputs that carry
/// a measurement log; `None` without measurements within the horizon.
pub fn measured_result_text(inputs: &Inputs, lang: Lang) -> Option<String> {
    let clean = inputs.sanitized();
    let n = clean.horizon();
    let last = clean.measurements.iter().rev().find(|m| m.month <= n)?;
    let structured = clean.adoption.structured_communication;
    let mut plan = clean.clone();
    plan.measurements.clear();
    let planned = summarize(&plan, structured);
    let actual = summarize(&clean, structured);
    let planned_adoption = Ramp::new(&plan, structured).in_month(last.month) * 100.0;
    Some(text_with(
        Key::PlanActualResult,
        lang,
        &[
            ("month", &last.month.to_string()),
            ("measured", &format_percent(last.adoption, 0, lang)),
            ("planned", &format_percent(planned_adoption, 0, lang)),
            ("payback", &payback_phrase(actual.payback_month, n, lang)),
            ("was", &payback_phrase(planned.payback_month, n, lang)),
            ("npv", &money(actual.npv, inputs, lang)),
            ("npv_was", &money(planned.npv, inputs, lang)),
        ],
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_measurement_reads_its_five_texts() {
        assert_eq!(
            parse_measurement(["6", "35 %", "", "", ""], Lang::Nl),
            Some(Measurement::adoption(6, 35.0))
        );
        assert_eq!(
            parse_measurement(["5,6", "35", "90", "120", "14"], Lang::Nl),
            Some(Measurement {
                participation: Some(90.0),
                minutes_per_week: Some(120.0),
                respondents: Some(14),
                ..Measurement::adoption(6, 35.0)
            })
        );
        assert_eq!(parse_measurement(["0", "35", "", "", ""], Lang::En), None);
        assert_eq!(parse_measurement(["6", "135", "", "", ""], Lang::En), None);
        // An optional value that is there but unusable is not silently dropped.
        assert_eq!(parse_measurement(["6", "35", "x", "", ""], Lang::En), None);
        assert_eq!(parse_measurement(["6", "35", "", "3000", ""], Lang::En), None);
        let mut inputs = Inputs::default();
        assert_eq!(measured_result_text(&inputs, Lang::En), None);
        inputs.measurements = vec![Measurement::adoption(6, 35.0)];
        let text = measured_result_text(&inputs, Lang::En).unwrap_or_default();
        assert!(
            text.starts_with("Measured up to month 6: 35% active users, where the plan expected 50%."),
            "{text}"
        );
    }
}

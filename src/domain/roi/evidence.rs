//! The published studies the calculator compares a plan with: what each reports (ROI, payback,
//! time saved per user), and in `i18n/ui.toml` who made it and why its figures differ from a
//! plan made here. Shown beside the user's own figures; nothing is fetched at run time.

use crate::domain::i18n::Key;

/// One published study.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Study {
    /// Who, what and when (`study_*_name`).
    pub name: Key,
    /// Why its figures differ from a plan made here (`study_*_why`).
    pub why: Key,
    /// Reported ROI in percent: a single figure or a projected range (low, high).
    pub roi: Option<(f64, f64)>,
    /// Reported payback in months.
    pub payback_months: Option<f64>,
    /// Time saved per user, in minutes a working day.
    pub minutes_a_day: Option<f64>,
}

/// The studies, in the order shown.
pub const STUDIES: [Study; 4] = [
    // Forrester Consulting, The Total Economic Impact of Microsoft 365 Copilot (2025):
    // 116 % ROI over three years, payback about 10 months, 9 hours a month saved per user.
    Study {
        name: Key::StudyForresterName,
        why: Key::StudyForresterWhy,
        roi: Some((116.0, 116.0)),
        payback_months: Some(10.0),
        minutes_a_day: Some(9.0 * 60.0 / (52.0 / 12.0 * 5.0)),
    },
    // Forrester Consulting, The Projected Total Economic Impact of Microsoft 365 Copilot for SMB
    // (October 2024): projected ROI 132-353 %.
    Study {
        name: Key::StudyForresterSmbName,
        why: Key::StudyForresterSmbWhy,
        roi: Some((132.0, 353.0)),
        payback_months: None,
        minutes_a_day: None,
    },
    // Bick, Blandin & Deming, St. Louis Fed (February 2025): users save 5.4 % of their hours.
    Study {
        name: Key::StudyFedName,
        why: Key::StudyFedWhy,
        roi: None,
        payback_months: None,
        minutes_a_day: Some(0.054 * 8.0 * 60.0),
    },
    // Microsoft Work Trend Index special report (November 2023): 14 minutes a day.
    Study {
        name: Key::StudyWtiName,
        why: Key::StudyWtiWhy,
        roi: None,
        payback_months: None,
        minutes_a_day: Some(14.0),
    },
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_studies_span_the_range_the_texts_quote() {
        let minutes: Vec<f64> = STUDIES.iter().filter_map(|s| s.minutes_a_day).collect();
        let low = minutes.iter().copied().fold(f64::INFINITY, f64::min);
        let high = minutes.iter().copied().fold(f64::NEG_INFINITY, f64::max);
        // The verdict and the sources page say "14 to 26 minutes a day".
        assert_eq!((low.round(), high.round()), (14.0, 26.0));
        // Forrester's 9 hours a month is about 25 minutes a working day.
        assert_eq!(STUDIES[0].minutes_a_day.map(f64::round), Some(25.0));
        assert!(STUDIES.iter().all(|s| s.roi.is_none_or(|(a, b)| a <= b)));
    }
}

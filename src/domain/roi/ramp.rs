//! The adoption ramp: the share of licensed staff actively using the tools, week by week,
//! shaped by the communication phases.
//!
//! Nobody uses the tools during awareness; the first hands-on sessions of the information phase
//! bring a tenth of the month-6 level; pilots in the engagement phase bring 40 % of it; ten
//! weeks into embedding (week 26 = month 6 in the standard tempo) the month-6 target is reached,
//! and from there adoption moves in a straight line to the end-of-horizon level.

use super::inputs::Inputs;
use crate::domain::phase::{PhaseCalendar, WEEKS_PER_MONTH};

/// Share of the month-6 level reached at the end of the information phase (assumption).
pub const INFORMATION_SHARE: f64 = 0.10;
/// Share of the month-6 level reached at the end of the engagement phase (assumption).
pub const ENGAGEMENT_SHARE: f64 = 0.40;
/// Week at which the month-6 target applies in the standard tempo (6 × 52/12).
pub const MONTH_6_WEEK: f64 = 26.0;

/// A piecewise-linear adoption curve over weeks.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Ramp {
    /// (week, adoption 0-1) points, ascending in week.
    knots: [(f64, f64); 6],
}

impl Ramp {
    /// The ramp for `inputs` with or without structured communication (inputs must be sanitized).
    pub fn new(inputs: &Inputs, structured: bool) -> Ramp {
        let a = &inputs.adoption;
        let (calendar, level) = if structured {
            (inputs.calendar, 1.0)
        } else {
            let s = a.unstructured_slowdown;
            (
                PhaseCalendar {
                    ends: inputs.calendar.ends.map(|w| w * s),
                },
                a.unstructured_level / 100.0,
            )
        };
        let at6 = a.at_month_6 / 100.0 * level;
        let at_end = a.at_end / 100.0 * level;
        let [e0, e1, e2] = calendar.ends;
        let target_week = e2 * MONTH_6_WEEK / PhaseCalendar::default().ends[2];
        let end_week = (f64::from(inputs.horizon()) * WEEKS_PER_MONTH).max(target_week);
        Ramp {
            knots: [
                (0.0, 0.0),
                (e0, 0.0),
                (e1, INFORMATION_SHARE * at6),
                (e2, ENGAGEMENT_SHARE * at6),
                (target_week, at6),
                (end_week, at_end),
            ],
        }
    }

    /// Adoption (0-1) at `week`, interpolated between knots and flat after the last one.
    pub fn at(&self, week: f64) -> f64 {
        let mut prev = self.knots[0];
        for &(w, v) in &self.knots[1..] {
            if week < w {
                let span = w - prev.0;
                return if span > 0.0 {
                    prev.1 + (v - prev.1) * (week - prev.0) / span
                } else {
                    v
                };
            }
            prev = (w, v);
        }
        prev.1
    }

    /// Adoption in month `month` (1-based), read at the end of the month, so month 6 shows the
    /// month-6 target exactly.
    pub fn in_month(&self, month: u32) -> f64 {
        self.at(f64::from(month) * WEEKS_PER_MONTH)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn standard_ramp_hits_its_knots() {
        let r = Ramp::new(&Inputs::default(), true);
        assert_eq!(r.at(2.0), 0.0);
        assert!((r.at(8.0) - 0.07).abs() < 1e-12);
        assert!((r.at(16.0) - 0.28).abs() < 1e-12);
        assert!((r.at(26.0) - 0.70).abs() < 1e-12);
        assert!((r.at(36.0 * WEEKS_PER_MONTH) - 0.85).abs() < 1e-12);
        assert!((r.at(1_000.0) - 0.85).abs() < 1e-12);
    }

    #[test]
    fn without_communication_is_slower_and_lower() {
        let inputs = Inputs::default();
        let (with, without) = (Ramp::new(&inputs, true), Ramp::new(&inputs, false));
        for m in 1..=36 {
            assert!(without.in_month(m) <= with.in_month(m) + 1e-12, "month {m}");
        }
        assert!((without.at(10_000.0) - 0.85 * 0.6).abs() < 1e-12);
    }
}

//! The adoption ramp: the share of licensed staff actively using the tools, week by week,
//! shaped by the communication phases.
//!
//! Nobody uses the tools during awareness; the first hands-on sessions of the information phase
//! bring a tenth of the month-6 level; pilots in the engagement phase bring 40 % of it; ten
//! weeks into embedding (week 26 = month 6 in the standard tempo) the month-6 target is reached,
//! and from there adoption moves in a straight line to the end-of-horizon level.

use super::inputs::Inputs;
use crate::domain::phase::{Phase, PhaseCalendar, WEEKS_PER_MONTH};

/// Which variant of the rollout a calculation describes: its adoption levels and pace, and
/// whether it has the communication programme (and pays for it).
#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) struct Variant {
    /// Factor on the phase calendar (1 = as planned).
    pub slowdown: f64,
    /// Active users at month 6 and at the end, as fractions.
    pub levels: (f64, f64),
    /// Whether the communication programme runs and is paid for.
    pub communication: bool,
}

impl Variant {
    /// With structured communication as entered, or without it (lower and slower, no programme cost).
    pub fn of(inputs: &Inputs, structured: bool) -> Variant {
        let a = &inputs.adoption;
        let (slowdown, level) = if structured {
            (1.0, 1.0)
        } else {
            (a.unstructured_slowdown, a.unstructured_level / 100.0)
        };
        Variant {
            slowdown,
            levels: (a.at_month_6 / 100.0 * level, a.at_end / 100.0 * level),
            communication: structured,
        }
    }
}

/// Where each phase lies in months, as the adoption chart draws it: the phase calendar stretched
/// by the rollout's pace (slower without structured communication), cut at the horizon.
pub fn phase_months(inputs: &Inputs, horizon: u32) -> [(Phase, f64, f64); 4] {
    let slowdown = Variant::of(inputs, inputs.adoption.structured_communication).slowdown;
    Phase::ALL.map(|phase| {
        let (a, b) = inputs.calendar.span(phase);
        let end = f64::from(horizon);
        (
            (phase),
            (a * slowdown / WEEKS_PER_MONTH).min(end),
            (b * slowdown / WEEKS_PER_MONTH).min(end),
        )
    })
}

/// Share of the month-6 level reached at the end of the information phase (assumption).
pub const INFORMATION_SHARE: f64 = 0.10;
/// Share of the month-6 level reached at the end of the engagement phase (assumption).
pub const ENGAGEMENT_SHARE: f64 = 0.40;
/// Week at which the month-6 target applies in the standard tempo (6 × 52/12).
pub const MONTH_6_WEEK: f64 = 26.0;

/// A piecewise-linear adoption curve over weeks, possibly re-forecast after a measurement.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Ramp {
    /// (week, adoption 0-1) points, ascending in week.
    knots: [(f64, f64); 6],
    /// Weeks by which the planned curve runs late (negative: early) after a measurement.
    delay: f64,
    /// Factor on the planned curve before a measurement above anything the plan reaches.
    scale: f64,
    /// From this week on, adoption stays at this level (a measurement above the plan's maximum).
    hold: Option<(f64, f64)>,
}

impl Ramp {
    /// The ramp for `inputs` with or without structured communication (inputs must be sanitized).
    pub fn new(inputs: &Inputs, structured: bool) -> Ramp {
        let v = Variant::of(inputs, structured);
        Ramp::with_levels(inputs, v.slowdown, v.levels)
    }

    /// The ramp for `inputs`' calendar stretched by `slowdown`, reaching `levels` (fractions at
    /// month 6 and at the end).
    pub(super) fn with_levels(inputs: &Inputs, slowdown: f64, levels: (f64, f64)) -> Ramp {
        let (at6, at_end) = levels;
        let [e0, e1, e2] = inputs.calendar.ends.map(|w| w * slowdown);
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
            delay: 0.0,
            scale: 1.0,
            hold: None,
        }
    }

    /// The month (1-based, counted from the programme's first month) at whose end the month-6
    /// target is reached: six months after the staff start, stretched by their tempo.
    pub fn target_month(&self) -> u32 {
        let week = self.knots[4].0;
        if week.is_finite() && week > 0.0 {
            (week / WEEKS_PER_MONTH - 1e-9).ceil().clamp(1.0, 1_000.0) as u32
        } else {
            1
        }
    }

    /// The ramp re-forecast after adoption `measured` (0-1) was measured at week `week`: the plan
    /// is moved in time so that it passes through the measurement at the nearest week where it
    /// has that level (the weeks before are the actual path, the weeks after continue toward the
    /// targets at the plan's pace). A measurement equal to the plan changes nothing; one above
    /// everything the plan reaches is kept from then on.
    pub fn reforecast(&self, week: f64, measured: f64) -> Ramp {
        let plan = Ramp {
            delay: 0.0,
            scale: 1.0,
            hold: None,
            ..*self
        };
        if !(week.is_finite() && measured.is_finite()) {
            return plan;
        }
        let (week, measured) = (week.max(0.0), measured.clamp(0.0, 1.0));
        if (plan.at(week) - measured).abs() < 1e-12 {
            return plan;
        }
        match plan.nearest_week_at(measured, week) {
            Some(w) => Ramp {
                delay: week - w,
                ..plan
            },
            None => {
                // Above the plan's peak: reach the measurement on the plan's shape, then hold it.
                let (peak_week, peak) = plan
                    .knots
                    .iter()
                    .fold((0.0, 0.0), |best, &(w, v)| if v > best.1 { (w, v) } else { best });
                Ramp {
                    delay: week - peak_week,
                    scale: if peak > 0.0 { measured / peak } else { 1.0 },
                    hold: Some((week, measured)),
                    ..plan
                }
            }
        }
    }

    /// The week closest to `near` at which the planned curve has the value `level`, if any.
    fn nearest_week_at(&self, level: f64, near: f64) -> Option<f64> {
        let mut best: Option<f64> = None;
        let mut consider = |w: f64| {
            if best.is_none_or(|b| (w - near).abs() < (b - near).abs()) {
                best = Some(w);
            }
        };
        for pair in self.knots.windows(2) {
            let ((w0, v0), (w1, v1)) = (pair[0], pair[1]);
            if v0 == level && v1 == level {
                consider(near.clamp(w0, w1));
            } else if (v0.min(v1)..=v0.max(v1)).contains(&level) && v0 != v1 {
                consider(w0 + (level - v0) / (v1 - v0) * (w1 - w0));
            }
        }
        let (last_week, last) = self.knots[self.knots.len() - 1];
        if last == level {
            consider(near.max(last_week));
        }
        best
    }

    /// Adoption (0-1) at `week`, interpolated between knots and flat after the last one.
    pub fn at(&self, week: f64) -> f64 {
        match self.hold {
            Some((from, level)) if week >= from => level,
            _ => (self.planned_at(week - self.delay) * self.scale).clamp(0.0, 1.0),
        }
    }

    /// The planned curve at `week` (nothing before week 0).
    fn planned_at(&self, week: f64) -> f64 {
        if week.is_nan() || week <= 0.0 {
            return 0.0;
        }
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
    fn phases_in_months_stretch_without_communication_and_stop_at_the_horizon() {
        let mut inputs = Inputs::default();
        let planned = phase_months(&inputs, 36);
        assert_eq!(planned[0].1, 0.0);
        assert!(planned.windows(2).all(|w| w[0].2 <= w[1].1 + 1e-9));
        assert_eq!(planned[3].2, 36.0, "embedding runs to the horizon");
        inputs.adoption.structured_communication = false;
        let slower = phase_months(&inputs, 36);
        let factor = inputs.adoption.unstructured_slowdown;
        assert!(factor > 1.0);
        assert!((slower[1].1 - planned[1].1 * factor).abs() < 1e-9);
    }

    #[test]
    fn standard_ramp_hits_its_knots() {
        let r = Ramp::new(&Inputs::default(), true);
        assert_eq!(r.at(2.0), 0.0);
        assert!((r.at(8.0) - 0.05).abs() < 1e-12);
        assert!((r.at(16.0) - 0.20).abs() < 1e-12);
        assert!((r.at(26.0) - 0.50).abs() < 1e-12);
        assert!((r.at(36.0 * WEEKS_PER_MONTH) - 0.60).abs() < 1e-12);
        assert!((r.at(1_000.0) - 0.60).abs() < 1e-12);
    }

    #[test]
    fn the_month_6_target_falls_six_months_after_the_staff_start() {
        // The standard calendar: month 6 exactly.
        assert_eq!(Ramp::new(&Inputs::default(), true).target_month(), 6);
        // The app's default plan starts staff in week 4 and on a Monday after the 1st: month 8.
        let planned = crate::domain::schedule::PlanInputs::default().apply(&Inputs::default());
        assert_eq!(Ramp::new(&planned, true).target_month(), 8);
        // Without the programme the phases run 1.5 times slower: month 9.
        assert_eq!(Ramp::new(&Inputs::default(), false).target_month(), 9);
    }

    #[test]
    fn without_communication_is_slower_and_lower() {
        let inputs = Inputs::default();
        let (with, without) = (Ramp::new(&inputs, true), Ramp::new(&inputs, false));
        for m in 1..=36 {
            assert!(without.in_month(m) <= with.in_month(m) + 1e-12, "month {m}");
        }
        assert!((without.at(10_000.0) - 0.60 * 0.6).abs() < 1e-12);
    }

    #[test]
    fn reforecast_moves_the_plan_in_time() {
        let plan = Ramp::new(&Inputs::default(), true);
        let m6 = 6.0 * WEEKS_PER_MONTH;
        // Measured as planned: nothing changes.
        assert_eq!(plan.reforecast(m6, plan.at(m6)), plan);
        // Measured nothing where the plan expected 5 %: late by the weeks since awareness ended.
        let late = plan.reforecast(8.0, 0.0);
        assert!((late.at(8.0)).abs() < 1e-12);
        assert!((late.at(30.0) - plan.at(26.0)).abs() < 1e-12);
        // Measured 5 % during awareness, where the plan expects nothing: early, not ignored.
        let early = plan.reforecast(2.0, 0.05);
        assert!((early.at(2.0) - 0.05).abs() < 1e-12);
        assert!(early.at(20.0) > plan.at(20.0));
        // Above the plan's peak: the measurement is kept, not scaled up further.
        let high = plan.reforecast(m6, 0.95);
        assert!((high.at(m6) - 0.95).abs() < 1e-12);
        assert!((high.at(200.0) - 0.95).abs() < 1e-12);
        assert!(high.at(10.0) <= 0.95);
    }
}

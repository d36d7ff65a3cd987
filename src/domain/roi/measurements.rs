//! The measurement log: what the company measured, month by month, and the adoption path it
//! gives the model. Actual to date, forecast after: months up to the last measurement follow the
//! measured path (linear between measurements, from zero at the start), months after it continue
//! from the last measurement toward the plan's targets with the plan's shape (the plan moved in
//! time so that it passes through the measurement). A later entry never changes a month before
//! the previous one. Measured minutes saved replace the assumed time saved for the months after
//! their measurement; the latest measured training participation replaces the planned one.
//!
//! The definitions are those of the kit's pulse survey: an active user used an AI tool for their
//! own work in each of the past four weeks; minutes saved are per active user per week.

use crate::domain::phase::WEEKS_PER_MONTH;

/// The longest horizon in months; measurements after it never count.
const LAST_MONTH: u32 = 60;
/// Most minutes saved a week anyone can report: a 40-hour week.
pub const MAX_MINUTES_PER_WEEK: f64 = 2_400.0;
/// Most entries a log keeps (one a month over the longest horizon).
pub const MAX_ENTRIES: usize = LAST_MONTH as usize;

/// One measurement, at the end of a month of the programme.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Measurement {
    /// Month of the programme, 1-60.
    pub month: u32,
    /// Active users, percent of licensed staff.
    pub adoption: f64,
    /// Training participation so far, percent, if measured.
    pub participation: Option<f64>,
    /// Minutes saved per active user per week (the pulse survey's impact question), if measured.
    pub minutes_per_week: Option<f64>,
    /// How many people answered the pulse survey, if known.
    pub respondents: Option<u32>,
}

impl Measurement {
    /// Adoption only, as the planning page's simplest entry.
    pub const fn adoption(month: u32, adoption: f64) -> Measurement {
        Measurement {
            month,
            adoption,
            participation: None,
            minutes_per_week: None,
            respondents: None,
        }
    }
}

fn percent(v: f64) -> Option<f64> {
    v.is_finite().then(|| v.clamp(0.0, 100.0))
}

/// The log as the model reads it: unusable entries left out (a non-number adoption, a month
/// outside 1-60), values forced into their ranges, sorted by month, and of two entries for the
/// same month the one entered later kept. At most [`MAX_ENTRIES`].
pub fn normalized(log: &[Measurement]) -> Vec<Measurement> {
    let mut out: Vec<Measurement> = Vec::with_capacity(log.len().min(MAX_ENTRIES));
    for m in log {
        let Some(adoption) = percent(m.adoption) else { continue };
        if !(1..=LAST_MONTH).contains(&m.month) {
            continue;
        }
        let clean = Measurement {
            month: m.month,
            adoption,
            participation: m.participation.and_then(percent),
            minutes_per_week: m
                .minutes_per_week
                .filter(|v| v.is_finite())
                .map(|v| v.clamp(0.0, MAX_MINUTES_PER_WEEK)),
            respondents: m.respondents,
        };
        match out.iter_mut().find(|e| e.month == m.month) {
            Some(existing) => *existing = clean,
            None => out.push(clean),
        }
    }
    // Insertion sort: at most 60 entries, and no second copy of the standard library's sort in
    // the wasm for them.
    for i in 1..out.len() {
        let mut j = i;
        while j > 0 && out[j - 1].month > out[j].month {
            out.swap(j - 1, j);
            j -= 1;
        }
    }
    out
}

/// The measured part of the model for one horizon.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) struct MeasuredPath {
    /// The last month measured within the horizon.
    pub until: u32,
    /// Adoption (0-1) at the end of months 1..=until, at index month.
    adoption: [f64; LAST_MONTH as usize + 1],
    /// Minutes saved a week per active user, and the month of that measurement.
    pub minutes: Option<(u32, f64)>,
    /// The latest measured training participation, percent.
    pub participation: Option<f64>,
}

impl MeasuredPath {
    /// The path of a [`normalized`] log within `horizon`; `None` without measurements in it.
    pub fn of(log: &[Measurement], horizon: u32) -> Option<MeasuredPath> {
        let within: Vec<&Measurement> = log.iter().filter(|m| m.month <= horizon).collect();
        let last = within.last()?;
        let mut adoption = [0.0; LAST_MONTH as usize + 1];
        let (mut prev_month, mut prev_level) = (0u32, 0.0);
        for m in &within {
            let level = m.adoption / 100.0;
            let span = f64::from(m.month - prev_month);
            for month in prev_month + 1..=m.month {
                let t = f64::from(month - prev_month) / span;
                adoption[month as usize] = prev_level + (level - prev_level) * t;
            }
            (prev_month, prev_level) = (m.month, level);
        }
        Some(MeasuredPath {
            until: last.month,
            adoption,
            minutes: within
                .iter()
                .rev()
                .find_map(|m| m.minutes_per_week.map(|v| (m.month, v))),
            participation: within.iter().rev().find_map(|m| m.participation),
        })
    }

    /// Measured adoption (0-1) at the end of `month`, for months up to [`MeasuredPath::until`].
    pub fn adoption_in(&self, month: u32) -> Option<f64> {
        (month <= self.until).then(|| self.adoption[month as usize])
    }

    /// The week at the end of the last measured month, and its level (0-1): where the forecast
    /// starts.
    pub fn last_point(&self) -> (f64, f64) {
        (
            f64::from(self.until) * WEEKS_PER_MONTH,
            self.adoption[self.until as usize],
        )
    }

    /// The factor on the assumed time saved in `month`: measured minutes over the assumed ones,
    /// for the months after the measurement; 1 before it, or when nothing was assumed to scale.
    pub fn time_factor(&self, month: u32, assumed_hours_a_week: Option<f64>) -> f64 {
        match (self.minutes, assumed_hours_a_week) {
            (Some((from, minutes)), Some(assumed)) if month > from && assumed > 0.0 => {
                let f = minutes / 60.0 / assumed;
                if f.is_finite() {
                    f
                } else {
                    1.0
                }
            }
            _ => 1.0,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_log_is_sorted_cleaned_and_the_later_entry_for_a_month_wins() {
        let log = [
            Measurement::adoption(9, 40.0),
            Measurement::adoption(3, 10.0),
            Measurement::adoption(0, 50.0),
            Measurement::adoption(61, 50.0),
            Measurement::adoption(5, f64::NAN),
            Measurement::adoption(3, 12.0),
            Measurement {
                participation: Some(f64::INFINITY),
                minutes_per_week: Some(1e9),
                ..Measurement::adoption(6, 150.0)
            },
        ];
        let n = normalized(&log);
        assert_eq!(
            n.iter().map(|m| (m.month, m.adoption)).collect::<Vec<_>>(),
            vec![(3, 12.0), (6, 100.0), (9, 40.0)]
        );
        assert_eq!(
            (n[1].participation, n[1].minutes_per_week),
            (None, Some(MAX_MINUTES_PER_WEEK))
        );
    }

    #[test]
    fn the_path_is_linear_between_measurements_from_zero() {
        let log = normalized(&[Measurement::adoption(4, 20.0), Measurement::adoption(8, 40.0)]);
        let p = MeasuredPath::of(&log, 36).expect("path");
        assert_eq!(p.until, 8);
        let levels: Vec<f64> = (1..=8).map(|m| p.adoption_in(m).unwrap_or(-1.0)).collect();
        let expected = [0.05, 0.10, 0.15, 0.20, 0.25, 0.30, 0.35, 0.40];
        assert!(
            levels.iter().zip(expected).all(|(a, b)| (a - b).abs() < 1e-12),
            "{levels:?}"
        );
        assert_eq!(p.adoption_in(9), None);
        // Measurements after the horizon do not count.
        assert_eq!(MeasuredPath::of(&log, 6).map(|p| p.until), Some(4));
        assert_eq!(
            MeasuredPath::of(&normalized(&[Measurement::adoption(40, 20.0)]), 36),
            None
        );
    }

    #[test]
    fn measured_minutes_scale_the_months_after_them() {
        let log = normalized(&[Measurement {
            minutes_per_week: Some(60.0),
            ..Measurement::adoption(6, 30.0)
        }]);
        let p = MeasuredPath::of(&log, 36).expect("path");
        assert_eq!(p.time_factor(6, Some(2.0)), 1.0);
        assert_eq!(p.time_factor(7, Some(2.0)), 0.5);
        assert_eq!(p.time_factor(7, Some(0.0)), 1.0);
        assert_eq!(p.time_factor(7, None), 1.0);
    }
}

//! The four communication phases and the calendar that places them in weeks.
//!
//! One source of truth: the ROI model's adoption ramp and cost timing, and the communication
//! schedule, all read the phase boundaries from a [`PhaseCalendar`].

/// Weeks in an average month (52 / 12).
pub const WEEKS_PER_MONTH: f64 = 52.0 / 12.0;
/// Length of the communication plan in weeks (the article: a full strategy spans 6-12 months).
pub const PROGRAMME_WEEKS: f64 = 52.0;
/// Latest phase boundary the model accepts, in weeks: five years, the longest horizon.
pub const MAX_PHASE_WEEK: f64 = 60.0 * WEEKS_PER_MONTH;

/// A phase of the communication programme, after the source article.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Phase {
    /// Awareness: weeks 1-4 in the standard tempo.
    Awareness,
    /// Information: weeks 5-8.
    Information,
    /// Engagement: weeks 9-16.
    Engagement,
    /// Embedding: from week 17 on, open-ended.
    Embedding,
}

impl Phase {
    /// All phases in order.
    pub const ALL: [Phase; 4] = [
        Phase::Awareness,
        Phase::Information,
        Phase::Engagement,
        Phase::Embedding,
    ];
}

/// Where the phases fall, in weeks since the start of the programme (week 1 starts at 0.0).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct PhaseCalendar {
    /// Week at which awareness, information and engagement end (embedding has no end).
    pub ends: [f64; 3],
}

impl Default for PhaseCalendar {
    /// The article's standard tempo: awareness weeks 1-4, information 5-8, engagement 9-16, embedding 17+.
    fn default() -> Self {
        PhaseCalendar { ends: [4.0, 8.0, 16.0] }
    }
}

impl PhaseCalendar {
    /// A copy that is finite, within 0-[`MAX_PHASE_WEEK`] and ascending; an unusable boundary
    /// takes the standard one, and a boundary before its predecessor moves up to it.
    pub fn sanitized(&self) -> PhaseCalendar {
        let standard = PhaseCalendar::default().ends;
        let mut ends = [0.0; 3];
        let mut floor = 0.0_f64;
        for (i, &w) in self.ends.iter().enumerate() {
            let w = if w.is_finite() {
                w.clamp(0.0, MAX_PHASE_WEEK)
            } else {
                standard[i]
            };
            floor = floor.max(w);
            ends[i] = floor;
        }
        PhaseCalendar { ends }
    }

    /// The standard calendar stretched by `factor` (2.0 = half the speed); factors are kept within 0.25-8.
    pub fn stretched(factor: f64) -> Self {
        let factor = if factor.is_finite() {
            factor.clamp(0.25, 8.0)
        } else {
            1.0
        };
        let base = PhaseCalendar::default();
        PhaseCalendar {
            ends: base.ends.map(|w| w * factor),
        }
    }

    /// Start and end week of `phase`; embedding ends at `f64::INFINITY`.
    pub fn span(&self, phase: Phase) -> (f64, f64) {
        match phase {
            Phase::Awareness => (0.0, self.ends[0]),
            Phase::Information => (self.ends[0], self.ends[1]),
            Phase::Engagement => (self.ends[1], self.ends[2]),
            Phase::Embedding => (self.ends[2], f64::INFINITY),
        }
    }

    /// The phase running in week `week` (0-based, fractional).
    pub fn phase_at(&self, week: f64) -> Phase {
        Phase::ALL
            .into_iter()
            .find(|p| week < self.span(*p).1)
            .unwrap_or(Phase::Embedding)
    }
}

/// The span of month `month` (1-based) in weeks since the start: `[(m-1)·52/12, m·52/12)`.
pub fn month_span(month: u32) -> (f64, f64) {
    let m = f64::from(month);
    ((m - 1.0) * WEEKS_PER_MONTH, m * WEEKS_PER_MONTH)
}

/// The share of the interval `[start, end)` (weeks) that falls in month `month`; 0 when empty.
pub fn share_in_month(start: f64, end: f64, month: u32) -> f64 {
    if end.partial_cmp(&start) != Some(std::cmp::Ordering::Greater) {
        return 0.0;
    }
    let (m0, m1) = month_span(month);
    let overlap = end.min(m1) - start.max(m0);
    if overlap > 0.0 {
        overlap / (end - start)
    } else {
        0.0
    }
}

/// The share of a one-off amount, spread evenly over the weeks `[start, end)`, that month
/// `month` of a `horizon`-month calculation carries. Nothing is lost: month 1 also takes what
/// falls before week 0, the last month takes what falls after the horizon, and an empty span puts
/// the whole amount in the month where it starts. Over months 1..=horizon the shares add up to 1.
pub fn spread_in_month(start: f64, end: f64, month: u32, horizon: u32) -> f64 {
    let (mut m0, mut m1) = month_span(month);
    if month <= 1 {
        m0 = f64::NEG_INFINITY;
    }
    if month >= horizon {
        m1 = f64::INFINITY;
    }
    let start = if start.is_finite() { start } else { 0.0 };
    if end.partial_cmp(&start) != Some(std::cmp::Ordering::Greater) {
        return if start >= m0 && start < m1 { 1.0 } else { 0.0 };
    }
    let overlap = end.min(m1) - start.max(m0);
    if overlap > 0.0 {
        if end.is_finite() {
            overlap / (end - start)
        } else {
            // An open-ended span is only used by the last month.
            f64::from(u8::from(m1.is_infinite()))
        }
    } else {
        0.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn standard_calendar_matches_the_article() {
        let c = PhaseCalendar::default();
        assert_eq!(c.span(Phase::Awareness), (0.0, 4.0));
        assert_eq!(c.span(Phase::Information), (4.0, 8.0));
        assert_eq!(c.span(Phase::Engagement), (8.0, 16.0));
        assert_eq!(c.phase_at(16.0), Phase::Embedding);
        assert_eq!(c.phase_at(3.9), Phase::Awareness);
    }

    #[test]
    fn shares_over_months_add_up_to_one() {
        let total: f64 = (1..=12).map(|m| share_in_month(4.0, 16.0, m)).sum();
        assert!((total - 1.0).abs() < 1e-12);
        assert_eq!(share_in_month(5.0, 5.0, 1), 0.0);
        assert_eq!(share_in_month(f64::NAN, 5.0, 1), 0.0);
    }

    #[test]
    fn one_off_spreads_never_lose_anything() {
        for (a, z) in [
            (0.0, 16.0),
            (0.0, 500.0),
            (30.0, 30.0),
            (400.0, 600.0),
            (0.0, 0.0),
            (8.43, 20.43),
        ] {
            for horizon in [12, 13, 36, 60] {
                let total: f64 = (1..=horizon).map(|m| spread_in_month(a, z, m, horizon)).sum();
                assert!((total - 1.0).abs() < 1e-12, "{a}-{z} over {horizon}: {total}");
            }
        }
        assert_eq!(spread_in_month(0.0, 8.0, 1, 12), WEEKS_PER_MONTH / 8.0);
    }

    #[test]
    fn calendars_are_made_finite_and_ascending() {
        let c = PhaseCalendar {
            ends: [f64::NAN, 2.0, -5.0],
        }
        .sanitized();
        assert_eq!(c.ends, [4.0, 4.0, 4.0]);
        let c = PhaseCalendar {
            ends: [1.0, f64::INFINITY, 1e9],
        }
        .sanitized();
        assert_eq!(c.ends, [1.0, 8.0, MAX_PHASE_WEEK]);
    }
}

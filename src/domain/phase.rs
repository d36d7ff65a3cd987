//! The four communication phases and the calendar that places them in weeks.
//!
//! One source of truth: the ROI model's adoption ramp and cost timing, and the communication
//! schedule, all read the phase boundaries from a [`PhaseCalendar`].

/// Weeks in an average month (52 / 12).
pub const WEEKS_PER_MONTH: f64 = 52.0 / 12.0;

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
}

//! The headline the result cards show: ROI, NPV, payback and the programme's value in each
//! scenario and the board view, with the range across the scenarios.

use super::inputs::Inputs;
use super::Scenario;
use super::{summarize, Evaluation, Summary};

/// The headline figures for conservative, expected, optimistic and the board preset, in
/// [`Scenario::CHOICES`] order; the range across scenarios spans the first three.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Headline {
    /// ROI on present values, in percent (None without costs).
    pub roi: [Option<f64>; 4],
    /// Net present value.
    pub npv: [f64; 4],
    /// Payback month (None: not within the horizon).
    pub payback: [Option<f64>; 4],
    /// NPV with minus without structured communication.
    pub programme_npv: [f64; 4],
    /// ROI points with minus without structured communication (expected scenario).
    pub programme_roi_points: Option<f64>,
    /// Smallest adoption lift, in points, at which the programme pays for itself (expected).
    pub break_even_lift: Option<f64>,
}

/// The three scenarios a headline's range spans; the board view is a lens, not part of the range
/// (docs/roi-model.md, Scenarios).
const RANGE_SCENARIOS: [Scenario; 3] = [Scenario::Conservative, Scenario::Expected, Scenario::Optimistic];

impl Headline {
    /// A figure's range: its conservative and its optimistic value.
    pub fn range<T: Copy>(values: &[T; 4]) -> (T, T) {
        (
            values[headline_index(Scenario::Conservative)],
            values[headline_index(Scenario::Optimistic)],
        )
    }

    /// The programme's value at its lowest and highest over the three scenarios.
    pub fn programme_range(&self) -> (f64, f64) {
        RANGE_SCENARIOS
            .map(|s| self.programme_npv[headline_index(s)])
            .into_iter()
            .fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), v| (lo.min(v), hi.max(v)))
    }
}

/// Position of `s` in the headline's arrays.
pub const fn headline_index(s: Scenario) -> usize {
    match s {
        Scenario::Conservative => 0,
        Scenario::Expected => 1,
        Scenario::Optimistic => 2,
        Scenario::Board => 3,
    }
}

/// Computes the headline from a full evaluation of the entered inputs.
pub fn headline(inputs: &Inputs, evaluation: &Evaluation) -> Headline {
    // The evaluation already holds each view in the chosen variant; only the other one is new.
    let structured = inputs.adoption.structured_communication;
    let programme = |scenario: Scenario| {
        if scenario == Scenario::Expected {
            return evaluation.programme_npv_value();
        }
        let shown = evaluation.scenario(scenario).npv;
        let other = summarize(&scenario.apply(inputs), !structured).npv;
        if structured {
            shown - other
        } else {
            other - shown
        }
    };
    let pick = |f: fn(&Summary) -> Option<f64>| Scenario::CHOICES.map(|s| f(evaluation.scenario(s)));
    Headline {
        roi: pick(|x| x.roi_percent),
        npv: Scenario::CHOICES.map(|s| evaluation.scenario(s).npv),
        payback: pick(|x| x.payback_month),
        programme_npv: Scenario::CHOICES.map(programme),
        programme_roi_points: evaluation.programme_roi_value(),
        break_even_lift: evaluation.break_even_lift,
    }
}

//! The ROI engine: what an AI rollout costs and returns, month by month.
//!
//! Pure and total: any [`Inputs`], however extreme, gives finite numbers (inputs are
//! sanitized first); [`Inputs::validate`] reports what the user should correct.
//! `docs/roi-model.md` documents every formula and default.

mod analysis;
pub mod calculator;
mod defaults;
pub mod evidence;
mod field;
mod field_text;
mod headline;
mod inputs;
pub mod measurement_text;
pub mod measurements;
mod model;
pub mod month_table;
mod ramp;
pub mod sources;
pub mod verdict;

pub use analysis::{
    board, break_even_lift, reforecast, sensitivity, warnings, Driver, Scenario, Sensitivity, Warning,
    REVENUE_SHARE_LIMIT, SENSITIVITY_STEP,
};
pub use defaults::DefaultSet;
pub use field::{Field, FieldError, FieldSpec, Problem, Unit, MAX_SESSION_HOURS};
pub use inputs::{Adoption, Costs, Currency, Group, Inputs, QuoteCycle, StaffGroup, DEFAULT_SESSION_HOURS};
pub use measurements::Measurement;
pub use model::{series, summarize, Breakdown, Line, MonthRow, Summary};
pub use ramp::{phase_months, Ramp};

/// Everything the calculator shows for one set of inputs.
#[derive(Clone, Debug, PartialEq)]
pub struct Evaluation {
    /// Month-by-month rows of the chosen variant.
    pub rows: Vec<MonthRow>,
    /// Headline figures of the chosen variant.
    pub summary: Summary,
    /// Headline figures with structured communication.
    pub with_programme: Summary,
    /// Headline figures without structured communication (and without its costs).
    pub without_programme: Summary,
    /// Summaries for conservative, expected and optimistic, in that order.
    pub scenarios: [Summary; 3],
    /// Summary of the board / TEI preset.
    pub board: Summary,
    /// Present value of every line of the chosen variant.
    pub breakdown: Breakdown,
    /// Smallest adoption lift, in points, at which the communication programme pays for itself.
    pub break_even_lift: Option<f64>,
    /// Sensitivity bars, largest NPV swing first.
    pub sensitivity: Vec<Sensitivity>,
    /// Plausibility warnings.
    pub warnings: Vec<Warning>,
}

impl Evaluation {
    /// NPV gained by the communication programme (with minus without).
    pub fn programme_npv_value(&self) -> f64 {
        self.with_programme.npv - self.without_programme.npv
    }

    /// The summary of a scenario or the board preset.
    pub fn scenario(&self, s: Scenario) -> &Summary {
        match s {
            Scenario::Conservative => &self.scenarios[0],
            Scenario::Expected => &self.scenarios[1],
            Scenario::Optimistic => &self.scenarios[2],
            Scenario::Board => &self.board,
        }
    }

    /// ROI percentage points gained by the programme; `None` if either ROI is undefined.
    pub fn programme_roi_value(&self) -> Option<f64> {
        Some(self.with_programme.roi_percent? - self.without_programme.roi_percent?)
    }
}

/// Runs the whole model: series, both communication variants, scenarios, sensitivity, warnings.
pub fn evaluate(inputs: &Inputs) -> Evaluation {
    let inputs = inputs.sanitized();
    let structured = inputs.adoption.structured_communication;
    let prepared = model::Prepared::new(&inputs, structured);
    let basis = prepared.basis();
    let mut rows = Vec::with_capacity(inputs.horizon() as usize);
    let summary = prepared.run(|row| rows.push(*row));
    let with_programme = if structured { summary } else { summarize(&inputs, true) };
    let without_programme = if structured { summarize(&inputs, false) } else { summary };
    let scenarios = Scenario::ALL.map(|s| match s {
        Scenario::Expected => summary,
        _ => summarize(&s.apply(&inputs), structured),
    });
    let board = summarize(&Scenario::Board.apply(&inputs), structured);
    let sensitivity = analysis::sensitivity_from(&inputs, structured, basis);
    let warnings = warnings(&inputs, &summary);
    Evaluation {
        rows,
        summary,
        with_programme,
        without_programme,
        scenarios,
        board,
        breakdown: prepared.breakdown(&basis),
        break_even_lift: analysis::break_even_from(&inputs, without_programme.npv),
        sensitivity,
        warnings,
    }
}

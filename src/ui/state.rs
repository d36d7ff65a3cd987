//! The reader's calculation and plan, shared by every page (the calculator, the schedule and the
//! guide's kit): the last valid inputs, the scenario shown, which fields are
//! invalid, and the evaluations derived from them.

use leptos::prelude::*;

use crate::domain::roi::calculator::{headline, Headline};
use crate::domain::roi::verdict::Verdict;
use crate::domain::roi::{evaluate, Currency, Evaluation, Field, Inputs, Scenario, Warning};

use crate::domain::schedule::PlanInputs;
use crate::domain::web::share::{ModelChange, SharedState};
use crate::ui::pause::changes_after_pause;
use std::time::Duration;

/// How long the charts wait for typing to pause before they redraw.
const CHART_DELAY: Duration = Duration::from_millis(150);

/// Handle on the calculator and plan state, shared by `/roi` and `/planning`; cheap to copy.
#[derive(Clone, Copy)]
pub struct Calc {
    /// The last valid inputs.
    pub inputs: RwSignal<Inputs>,
    /// The scenario whose figures are shown.
    pub scenario: RwSignal<Scenario>,
    /// The communication plan; it sets the start month and phase calendar of the model.
    pub plan: RwSignal<PlanInputs>,
    /// The inputs as the model last took them: `inputs` one task later (see [`Calc::provide`]).
    pub settled: ReadSignal<Inputs>,
    /// The inputs the model actually runs: `settled` with the plan's start and calendar.
    pub effective: Memo<Inputs>,
    /// Fields whose text cannot be used right now.
    pub invalid: RwSignal<Vec<Field>>,
    /// Evaluation of the inputs as entered (for ranges and the programme value).
    pub evaluation: Memo<Evaluation>,
    /// Evaluation of the scenario shown.
    pub scenario_evaluation: Memo<Evaluation>,
    /// Headline figures for all three scenarios.
    pub headline: Memo<Headline>,
    /// The shown view's inputs (scenario applied) and its verdict in plain words.
    pub verdict: Memo<(Inputs, Verdict)>,
    /// Plausibility warnings of the scenario shown; fields only re-render when these change.
    pub warnings: Memo<Vec<Warning>>,
    /// The currency amounts are shown in; fields only re-render when it changes.
    pub currency: Memo<Currency>,
    /// The inputs and evaluation the charts draw: `effective` and `scenario_evaluation` once typing pauses, so
    /// a keystroke repaints the figures at once and the charts just after.
    pub charted: Memo<(Inputs, Evaluation)>,
    /// Bumped when inputs are replaced wholesale (link, saved scenario, reset), so fields reformat.
    pub generation: RwSignal<u32>,
    /// How many parts of the opening link could not be used.
    pub link_problems: usize,
    /// What changed in the model since the opening link was written (empty for a current link).
    pub link_changes: &'static [ModelChange],
    /// Whether a calculator field is being edited (a phone then keeps a summary in view).
    pub editing: RwSignal<bool>,
}

impl Calc {
    /// Creates the state from a starting point and provides it as context.
    pub fn provide(start: SharedState, link_problems: usize, link_changes: &'static [ModelChange]) -> Calc {
        let modelled = RwSignal::new(start.inputs.clone());
        let inputs = RwSignal::new(start.inputs);
        let scenario = RwSignal::new(start.scenario);
        let plan = RwSignal::new(start.plan);
        // The model runs on the inputs one task later: a keystroke is painted first, and a burst of
        // changes is worked out once. Time, not data, separates `modelled` from `inputs`.
        changes_after_pause(
            Duration::ZERO,
            move || inputs.track(),
            move |()| modelled.set(inputs.get_untracked()),
        );
        // The plan changes rarely and is costly to build; typing only re-applies what it gave.
        let from_plan = Memo::new(move |_| plan.with(PlanInputs::for_model));
        let effective = Memo::new(move |_| from_plan.with(|p| modelled.with(|i| p.apply(i))));
        let evaluation = Memo::new(move |_| effective.with(evaluate));
        let scenario_evaluation = Memo::new(move |_| match scenario.get() {
            Scenario::Expected => evaluation.get(),
            other => effective.with(|i| evaluate(&other.apply(i))),
        });
        let headline = Memo::new(move |_| effective.with(|i| evaluation.with(|e| headline(i, e))));
        let warnings = Memo::new(move |_| scenario_evaluation.with(|e| e.warnings.clone()));
        let currency = Memo::new(move |_| inputs.with(|i| i.currency));
        // Time, not data, separates `charted` from `scenario_evaluation`: the charts follow after
        // a pause in typing. Until the first change they show the model as it is, worked out only
        // when a chart asks for it (the guide's pages never do).
        let delayed = RwSignal::new(None::<(Inputs, Evaluation)>);
        let chart = move |()| delayed.set(Some((effective.get_untracked(), scenario_evaluation.get_untracked())));
        changes_after_pause(
            CHART_DELAY,
            move || {
                modelled.track();
                plan.track();
                scenario.track();
            },
            chart,
        );
        let charted = Memo::new(move |_| {
            delayed
                .get()
                .unwrap_or_else(|| untrack(|| (effective.get(), scenario_evaluation.get())))
        });
        // The verdict, what it takes and the study comparison work the model out several times
        // more (productivity alone, the break-even points); like the charts they follow after a
        // pause in typing, so a keystroke costs what it did.
        let verdict = Memo::new(move |_| {
            let view = charted.with(|(i, _)| scenario.get().apply(i));
            let verdict = Verdict::of(&view);
            (view, verdict)
        });
        let calc = Calc {
            inputs,
            settled: modelled.read_only(),
            scenario,
            plan,
            effective,
            invalid: RwSignal::new(Vec::new()),
            evaluation,
            scenario_evaluation,
            headline,
            verdict,
            warnings,
            currency,
            charted,
            generation: RwSignal::new(0),
            link_problems,
            link_changes,
            editing: RwSignal::new(false),
        };
        provide_context(calc);
        calc
    }

    /// Replaces everything, e.g. when a saved scenario is opened.
    pub fn replace(self, state: SharedState) {
        self.invalid.set(Vec::new());
        self.inputs.set(state.inputs);
        self.scenario.set(state.scenario);
        self.plan.set(state.plan);
        self.generation.update(|g| *g += 1);
    }

    /// The current state as shared in links and saved scenarios.
    pub fn snapshot(self) -> SharedState {
        SharedState {
            inputs: self.inputs.get_untracked(),
            scenario: self.scenario.get_untracked(),
            plan: self.plan.get_untracked(),
        }
    }

    /// Marks `field` as valid or not.
    pub fn mark(self, field: Field, valid: bool) {
        let present = self.invalid.with_untracked(|v| v.contains(&field));
        if valid && present {
            self.invalid.update(|v| v.retain(|f| *f != field));
        } else if !valid && !present {
            self.invalid.update(|v| v.push(field));
        }
    }
}

/// The calculator state provided by the page.
pub fn use_calc() -> Calc {
    expect_context::<Calc>()
}

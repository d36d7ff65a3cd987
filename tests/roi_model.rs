//! The ROI engine against `docs/roi-model.md`: both worked examples to the cent, and the
//! properties every input must satisfy (proptest). Native only.
#![cfg(not(target_arch = "wasm32"))]

use adoptieplanner::domain::date::Date;
use adoptieplanner::domain::roi::*;
use adoptieplanner::domain::schedule::{PlanInputs, Tempo};
use proptest::prelude::*;

/// Rounds to cents, the precision the documentation states.
fn cents(x: f64) -> f64 {
    (x * 100.0).round() / 100.0
}

fn team_of_ten() -> Inputs {
    let none = StaffGroup {
        headcount: 0.0,
        hourly_cost: 0.0,
        ai_hours_per_week: 0.0,
        productivity_gain: 0.0,
    };
    let mut i = Inputs {
        horizon_months: 12.0,
        discount_rate: 0.0,
        risk_haircut: 0.0,
        cost_risk: 10.0,
        productivity_capture: 50.0,
        groups: [none; 4],
        session_hours: [0.0; 3],
        ..Inputs::default()
    };
    i.groups[Group::Staff.index()] = StaffGroup {
        headcount: 10.0,
        hourly_cost: 50.0,
        ai_hours_per_week: 6.0,
        productivity_gain: 20.0,
    };
    i.quotes.quotes_per_month = 0.0;
    i.adoption.at_month_6 = 60.0;
    i.adoption.at_end = 60.0;
    i.costs = Costs {
        licence_count: 10.0,
        licence_price: 25.0,
        implementation: 3_000.0,
        training_hours: 0.0,
        training_participation: 85.0,
        external: 0.0,
        support_per_month: 0.0,
        champion_hours_per_month: 0.0,
        turnover: 0.0,
        licences_follow_adoption: false,
    };
    i
}

#[test]
fn worked_example_1_team_of_ten() {
    let (rows, s) = series(&team_of_ten(), true);
    assert_eq!(rows.len(), 12);
    assert_eq!(cents(rows[0].adoption * 1000.0), 5.0);
    assert_eq!(cents(rows[0].benefits()), 6.50);
    assert_eq!(cents(rows[0].implementation_cost), 1_787.50);
    assert_eq!(cents(rows[0].costs()), 2_062.50);
    assert_eq!(cents(rows[0].net), -2_056.00);
    assert_eq!(cents(rows[1].benefits()), 97.50);
    assert_eq!(cents(rows[1].implementation_cost), 1_512.50);
    assert_eq!(cents(rows[5].benefits()), 780.00);
    assert_eq!(cents(rows[5].net), 505.00);
    assert_eq!(cents(rows[10].cumulative), -365.15);
    assert_eq!(cents(rows[11].cumulative), 139.85);
    assert_eq!(cents(s.total_benefits), 6_739.85);
    assert_eq!(cents(s.total_costs), 6_600.00);
    assert_eq!(cents(s.npv), 139.85);
    assert_eq!(cents(s.roi_percent.unwrap_or_default()), 2.12);
    assert_eq!(s.roi_percent, s.roi_undiscounted);
    assert_eq!(cents(s.payback_month.unwrap_or_default()), 11.72);
}

#[test]
fn worked_example_2_defaults() {
    let e = evaluate(&Inputs::default());
    let m6 = e.rows[5];
    assert_eq!(cents(m6.adoption), 0.50);
    assert_eq!(cents(m6.time_benefit), 3_432.60);
    assert_eq!(cents(m6.revenue_benefit), 414.72);
    assert_eq!(cents(e.rows[8].revenue_benefit), 869.76);
    assert_eq!(cents(e.summary.training_cost), 13_601.70);
    assert_eq!(cents(e.summary.communication_cost), 33_658.84);
    let s = e.summary;
    assert_eq!(cents(s.total_benefits), 151_496.22);
    assert_eq!(cents(s.total_costs), 133_200.54);
    assert_eq!(cents(s.pv_benefits), 132_760.33);
    assert_eq!(cents(s.pv_costs), 123_849.45);
    assert_eq!(cents(s.npv), 8_910.88);
    assert_eq!(cents(s.roi_percent.unwrap_or_default()), 7.19);
    assert_eq!(cents(s.roi_undiscounted.unwrap_or_default()), 13.74);
    assert_eq!(cents(s.payback_month.unwrap_or_default()), 30.12);
    assert_eq!(cents(e.without_programme.npv), -16_895.96);
    assert_eq!(cents(e.programme_npv_value()), 25_806.84);
    assert_eq!(e.break_even_lift.map(|l| (l * 10.0).round() / 10.0), Some(14.2));
    let npvs = e.scenarios.map(|s| cents(s.npv));
    assert_eq!(npvs, [-59_743.12, 8_910.88, 126_546.50]);
    // Productivity alone: the same company without the revenue lever.
    let mut alone = Inputs::default();
    alone.quotes.revenue_lever = false;
    let p = evaluate(&alone).summary;
    assert_eq!(cents(p.npv), -16_211.06);
    assert_eq!(cents(p.roi_percent.unwrap_or_default()), -13.09);
    assert_eq!(p.payback_month, None);
    // What it takes: the minutes a day an active user must save for the NPV to be zero.
    let v = adoptieplanner::domain::roi::verdict::Verdict::of(&Inputs::default());
    assert_eq!(v.break_even_minutes.map(cents), Some(19.98));
    assert_eq!(v.current_minutes.map(cents), Some(21.83));
    // The breakdown's present values add up to the NPV.
    let b = e.breakdown;
    let net: f64 = Line::ALL
        .iter()
        .map(|l| if l.is_benefit() { b.get(*l) } else { -b.get(*l) })
        .sum();
    assert_eq!(cents(net), cents(s.npv));
}

#[test]
fn worked_example_3_board_preset() {
    let e = evaluate(&Inputs::default());
    let board = Scenario::Board.apply(&Inputs::default());
    assert_eq!(
        (
            board.horizon_months,
            board.discount_rate,
            board.productivity_capture,
            board.risk_haircut,
            board.cost_risk
        ),
        (36.0, 10.0, 50.0, 20.0, 10.0)
    );
    assert_eq!(cents(e.board.pv_benefits), 114_413.62);
    assert_eq!(cents(e.board.pv_costs), 127_599.32);
    assert_eq!(cents(e.board.npv), -13_185.70);
    assert_eq!(cents(e.board.roi_percent.unwrap_or_default()), -10.33);
    assert_eq!(e.board.payback_month, None);
}

#[test]
fn revenue_lever_is_separate_and_can_be_switched_off() {
    let mut i = Inputs::default();
    let with = summarize(&i, true);
    i.quotes.revenue_lever = false;
    let (rows, without) = series(&i, true);
    assert!(rows.iter().all(|r| r.revenue_benefit == 0.0));
    assert!(without.npv < with.npv);
    assert!(sensitivity(&i, true).iter().all(|s| s.driver != Driver::OrderValue));
}

#[test]
fn sensitivity_is_sorted_by_swing_and_moves_both_ways() {
    let bars = sensitivity(&Inputs::default(), true);
    assert!(bars.len() >= 12);
    assert!(bars.windows(2).all(|w| w[0].swing() >= w[1].swing()));
    let base = summarize(&Inputs::default(), true).npv;
    let gain = bars.iter().find(|b| b.driver == Driver::Gain).expect("gain bar");
    assert!(gain.npv_low < base && base < gain.npv_high);
    let price = bars
        .iter()
        .find(|b| b.driver == Driver::LicencePrice)
        .expect("price bar");
    assert!(price.npv_low > base && base > price.npv_high);
}

#[test]
fn warnings_flag_implausible_inputs() {
    let mut i = Inputs::default();
    assert_eq!(evaluate(&i).warnings, vec![]);
    i.set(Field::AiHours(Group::Staff), 45.0);
    i.set(Field::Gain(Group::Board), 60.0);
    i.set(Field::AdoptionEnd, 40.0);
    i.set(Field::LicenceCount, 50.0);
    i.set(Field::RiskHaircut, 0.0);
    let w = evaluate(&i).warnings;
    for expected in [
        Warning::HoursAboveWorkWeek(Group::Staff),
        Warning::GainAbove50(Group::Board),
        Warning::AdoptionDeclines,
        Warning::MoreLicencesThanStaff,
        Warning::NoRiskAdjustment,
    ] {
        assert!(w.contains(&expected), "{expected:?} missing from {w:?}");
    }
    let mut cheap = Inputs::default();
    cheap.costs = Costs {
        implementation: 0.0,
        training_hours: 0.0,
        external: 0.0,
        champion_hours_per_month: 0.0,
        ..cheap.costs
    };
    cheap.session_hours = [0.0; 3];
    cheap.costs.licence_price = 0.0;
    cheap.costs.support_per_month = 1.0;
    cheap.calendar = adoptieplanner::domain::phase::PhaseCalendar { ends: [0.0, 0.0, 0.0] };
    assert!(evaluate(&cheap).warnings.contains(&Warning::PaybackInFirstMonth));
}

#[test]
fn no_costs_means_roi_is_undefined_not_infinite() {
    let i = Inputs {
        costs: Costs {
            licence_count: 0.0,
            licence_price: 0.0,
            implementation: 0.0,
            training_hours: 0.0,
            training_participation: 0.0,
            external: 0.0,
            support_per_month: 0.0,
            champion_hours_per_month: 0.0,
            turnover: 0.0,
            licences_follow_adoption: false,
        },
        session_hours: [0.0; 3],
        ..Inputs::default()
    };
    let s = summarize(&i, true);
    assert_eq!(s.roi_percent, None);
    assert_eq!(s.benefit_per_licence_month, None);
    assert_eq!(s.total_costs, 0.0);
    assert!(s.npv.is_finite());
}

#[test]
fn payback_not_within_horizon_is_none() {
    let mut i = Inputs::default();
    i.costs.implementation = 10_000_000.0;
    assert_eq!(summarize(&i, true).payback_month, None);
}

/// Any value at all for a field, including NaN, infinities, negatives and huge numbers.
fn wild() -> impl Strategy<Value = f64> {
    prop_oneof![
        4 => -1e12..1e12f64,
        2 => 0.0..200.0f64,
        1 => Just(f64::NAN),
        1 => Just(f64::INFINITY),
        1 => Just(f64::NEG_INFINITY),
        1 => Just(f64::MAX),
        1 => Just(-0.0),
    ]
}

/// Inputs with every field set to a wild value.
fn wild_inputs() -> impl Strategy<Value = Inputs> {
    (
        prop::collection::vec(wild(), Field::ALL.len()),
        any::<bool>(),
        any::<bool>(),
        -10_000i32..10_000,
        0u32..20,
    )
        .prop_map(|(values, lever, structured, year, month)| {
            let mut i = Inputs::default();
            // The plan-derived inputs get wild values too.
            i.calendar.ends = [values[0], values[1], values[2]];
            i.session_hours = [values[3], values[4], values[5]];
            i.costs.licences_follow_adoption = lever ^ structured;
            for (f, v) in Field::ALL.into_iter().zip(values) {
                i.set(f, v);
            }
            i.quotes.revenue_lever = lever;
            i.adoption.structured_communication = structured;
            i.start = (year, month);
            i
        })
}

/// Inputs with every field set to a valid value.
fn valid_inputs() -> impl Strategy<Value = Inputs> {
    (prop::collection::vec(0.0..1.0f64, Field::ALL.len()), any::<bool>()).prop_map(|(fractions, lever)| {
        let mut i = Inputs::default();
        for (f, t) in Field::ALL.into_iter().zip(fractions) {
            let s = f.spec();
            // Keep money fields to realistic sizes so differences are well above rounding noise.
            let max = s.max.min(s.min + 1e6);
            i.set(f, s.min + t * (max - s.min));
        }
        i.quotes.revenue_lever = lever;
        i.sanitized()
    })
}

/// A plan with any start, tempo and groups, turned into the model's calendar and session hours.
fn any_plan() -> impl Strategy<Value = PlanInputs> {
    (
        2020i32..2040,
        1u32..=12,
        1u32..=28,
        prop::array::uniform3(0usize..3),
        prop::array::uniform3(any::<bool>()),
    )
        .prop_map(|(year, month, day, tempo, groups)| PlanInputs {
            start: Date { year, month, day },
            tempo: tempo.map(|t| Tempo::ALL[t]),
            groups,
            ..PlanInputs::default()
        })
}

fn all_finite(e: &Evaluation) -> bool {
    let s = &e.summary;
    let summary_ok = |s: &Summary| {
        [
            s.total_benefits,
            s.total_costs,
            s.pv_benefits,
            s.pv_costs,
            s.npv,
            s.communication_cost,
            s.training_cost,
            s.hours_saved,
        ]
        .iter()
        .all(|x| x.is_finite())
            && s.roi_percent.is_none_or(f64::is_finite)
            && s.roi_undiscounted.is_none_or(f64::is_finite)
            && s.payback_month.is_none_or(f64::is_finite)
            && s.benefit_per_licence_month.is_none_or(f64::is_finite)
    };
    summary_ok(s)
        && e.scenarios.iter().all(summary_ok)
        && summary_ok(&e.board)
        && e.breakdown.values.iter().all(|x| x.is_finite())
        && e.break_even_lift.is_none_or(|l| (0.0..=100.0).contains(&l))
        && summary_ok(&e.without_programme)
        && e.rows.iter().all(|r| {
            [
                r.adoption,
                r.active_users,
                r.hours_saved,
                r.benefits(),
                r.costs(),
                r.net,
                r.cumulative,
                r.discounted_cumulative,
            ]
            .iter()
            .all(|x| x.is_finite())
        })
        && e.sensitivity
            .iter()
            .all(|b| b.npv_low.is_finite() && b.npv_high.is_finite())
}

/// Relative tolerance for comparing NPVs that should be ordered.
fn tol(a: f64, b: f64) -> f64 {
    1e-9 * (1.0 + a.abs().max(b.abs()))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn never_panics_and_never_gives_nan(inputs in wild_inputs()) {
        let e = evaluate(&inputs);
        prop_assert!(all_finite(&e));
        prop_assert!((12..=60).contains(&(e.rows.len() as u32)));
        prop_assert!(e.rows.iter().all(|r| (0.0..=1.0).contains(&r.adoption)));
        // Validation reports a problem for every field the sanitizer had to change.
        let errors = inputs.validate();
        for f in Field::ALL {
            // Compared as numbers, so −0.0 and 0.0 count as the same value (in release builds too).
            #[allow(clippy::float_cmp)]
            let changed = inputs.get(f) != inputs.sanitized().get(f);
            let flagged = errors.iter().any(|e| e.field == f);
            prop_assert!(!changed || flagged, "{:?} changed without an error", f);
        }
    }

    #[test]
    fn more_gain_or_adoption_never_lowers_npv(inputs in valid_inputs(), field_index in 0usize..6, bump in 0.0..50.0f64) {
        let fields = [
            Field::Gain(Group::Board), Field::Gain(Group::Staff), Field::Gain(Group::Sales),
            Field::AdoptionMonth6, Field::AdoptionEnd, Field::QuoteTimeSaved,
        ];
        let field = fields[field_index];
        let mut more = inputs.clone();
        more.set(field, inputs.get(field) + bump);
        let (a, b) = (summarize(&inputs, true).npv, summarize(&more, true).npv);
        prop_assert!(b >= a - tol(a, b), "{:?}: {} -> {}", field, a, b);
    }

    #[test]
    fn more_cost_never_raises_npv(inputs in valid_inputs(), field_index in 0usize..8, bump in 0.0..100_000.0f64) {
        let fields = [Field::LicencePrice, Field::Implementation, Field::TrainingHours, Field::External, Field::Support, Field::ChampionHours, Field::Turnover, Field::CostRisk];
        let field = fields[field_index % fields.len()];
        let mut more = inputs.clone();
        more.set(field, inputs.get(field) + bump);
        let (a, b) = (summarize(&inputs, true).npv, summarize(&more, true).npv);
        prop_assert!(b <= a + tol(a, b), "{:?}: {} -> {}", field, a, b);
    }

    #[test]
    fn zero_adoption_gives_minus_discounted_costs(mut inputs in valid_inputs(), structured in any::<bool>()) {
        inputs.adoption.at_month_6 = 0.0;
        inputs.adoption.at_end = 0.0;
        let (rows, s) = series(&inputs, structured);
        let monthly = (1.0 + inputs.discount_rate / 100.0).powf(-1.0 / 12.0);
        let discounted_costs: f64 = rows.iter().map(|r| r.costs() * monthly.powi(r.month as i32)).sum();
        prop_assert!((s.npv + discounted_costs).abs() <= tol(s.npv, discounted_costs) * 10.0);
        prop_assert_eq!(s.total_benefits, 0.0);
    }

    #[test]
    fn payback_agrees_with_the_cumulative_series(inputs in valid_inputs()) {
        let (rows, s) = series(&inputs, true);
        match s.payback_month {
            None => prop_assert!(rows.last().is_some_and(|r| r.cumulative < 0.0)),
            Some(p) => {
                prop_assert!(p >= 0.0 && p <= rows.len() as f64);
                let whole = p.ceil() as usize;
                // From the payback month on, the cumulative net never drops below zero ...
                prop_assert!(rows.iter().skip(whole.max(1) - 1).all(|r| r.cumulative >= -1e-6 * (1.0 + r.cumulative.abs())));
                // ... and just before it, it was negative (unless it never was).
                if p > 0.0 && p.floor() >= 1.0 {
                    prop_assert!(rows[p.floor() as usize - 1].cumulative < 0.0);
                }
            }
        }
    }

    #[test]
    fn no_capture_means_no_time_benefit(mut inputs in valid_inputs()) {
        inputs.productivity_capture = 0.0;
        let (rows, s) = series(&inputs, true);
        prop_assert!(rows.iter().all(|r| r.time_benefit == 0.0));
        prop_assert_eq!(s.total_benefits, s.revenue_benefit);
    }

    #[test]
    fn no_quote_time_saved_means_no_revenue_uplift(mut inputs in valid_inputs()) {
        inputs.quotes.time_saved = 0.0;
        prop_assert_eq!(inputs.quotes.win_rate_uplift(), 0.0);
        let (rows, _) = series(&inputs, true);
        prop_assert!(rows.iter().all(|r| r.revenue_benefit == 0.0));
    }

    #[test]
    fn one_off_costs_appear_in_full(
        inputs in valid_inputs(),
        plan in any_plan(),
        slowdown in 1.0..4.0f64,
        horizon in 12u32..=60,
        structured in any::<bool>(),
    ) {
        let mut i = plan.apply(&inputs);
        i.adoption.unstructured_slowdown = slowdown;
        i.horizon_months = f64::from(horizon);
        let (rows, _) = series(&i, structured);
        let cf = 1.0 + i.cost_risk / 100.0;
        let training: f64 = i
            .groups
            .iter()
            .map(|g| g.headcount * i.costs.training_hours * i.costs.training_participation / 100.0 * g.hourly_cost)
            .sum();
        let sessions: f64 = Group::ALL
            .iter()
            .map(|g| i.groups[g.index()].headcount * i.session_hours[g.index().min(2)] * i.costs.training_participation / 100.0 * i.groups[g.index()].hourly_cost)
            .sum();
        let communication = if structured { i.costs.external + sessions } else { 0.0 };
        let sum = |f: fn(&MonthRow) -> f64| rows.iter().map(f).sum::<f64>();
        for (got, want) in [
            (sum(|r| r.implementation_cost), i.costs.implementation * cf),
            (sum(|r| r.training_cost), training * cf),
            (sum(|r| r.communication_cost), communication * cf),
        ] {
            prop_assert!((got - want).abs() <= 1e-9 * (1.0 + want), "{} vs {}", got, want);
        }
    }

    #[test]
    fn more_cost_risk_never_raises_npv(inputs in valid_inputs(), bump in 0.0..100.0f64) {
        let mut more = inputs.clone();
        more.cost_risk = (inputs.cost_risk + bump).min(100.0);
        let (a, b) = (summarize(&inputs, true).npv, summarize(&more, true).npv);
        prop_assert!(b <= a + tol(a, b), "{} -> {}", a, b);
    }

    #[test]
    fn measuring_the_plan_keeps_the_forecast(inputs in valid_inputs(), month in 1u32..=60) {
        let structured = inputs.adoption.structured_communication;
        let m = month.min(inputs.horizon());
        let on_plan = Ramp::new(&inputs, structured).in_month(m) * 100.0;
        let (planned, _) = series(&inputs, structured);
        let mut measured = inputs.clone();
        measured.measurements = vec![Measurement::adoption(m, on_plan)];
        let (again, _) = series(&measured, structured);
        // After the measurement the plan goes on as planned; before it, the measured path.
        for (p, a) in planned.iter().zip(&again).skip(m as usize) {
            prop_assert!((p.adoption - a.adoption).abs() < 1e-9, "month {}: {} vs {}", p.month, p.adoption, a.adoption);
            prop_assert!(!a.measured);
        }
        prop_assert!(again.iter().take(m as usize).all(|r| r.measured));
    }

    #[test]
    fn a_later_entry_never_changes_an_earlier_month(
        inputs in valid_inputs(),
        log in prop::collection::vec((1u32..=40, 0.0..100.0f64), 1..5),
        later in 1u32..=20,
        level in 0.0..100.0f64,
    ) {
        let log: Vec<Measurement> = log.into_iter().map(|(m, a)| Measurement::adoption(m, a)).collect();
        let last = log.iter().map(|m| m.month).max().unwrap_or(1);
        let mut before = inputs.clone();
        before.measurements = log.clone();
        let mut after = before.clone();
        after.measurements.push(Measurement::adoption(last + later, level));
        let structured = inputs.adoption.structured_communication;
        let (a, _) = series(&before, structured);
        let (b, _) = series(&after, structured);
        for (x, y) in a.iter().zip(&b).take(last as usize) {
            prop_assert_eq!(x.adoption.to_bits(), y.adoption.to_bits(), "month {}", x.month);
        }
    }

    #[test]
    fn any_log_gives_finite_figures(
        inputs in valid_inputs(),
        log in prop::collection::vec((0u32..=80, prop_oneof![Just(1e-300), Just(100.0), Just(0.0), Just(f64::NAN), Just(-5.0), Just(1e300), 0.0..100.0f64], prop::option::of(prop_oneof![Just(f64::NAN), Just(1e-300), 0.0..100.0f64]), prop::option::of(prop_oneof![Just(1e-300), Just(f64::INFINITY), 0.0..3000.0f64])), 0..8),
    ) {
        let mut i = inputs.clone();
        i.measurements = log
            .into_iter()
            .map(|(month, adoption, participation, minutes)| Measurement { month, adoption, participation, minutes_per_week: minutes, respondents: None })
            .collect();
        let e = evaluate(&i);
        prop_assert!(all_finite(&e));
        prop_assert!(e.rows.iter().all(|r| (0.0..=1.0).contains(&r.adoption)));
    }

    #[test]
    fn scenarios_are_ordered(inputs in valid_inputs()) {
        let e = evaluate(&inputs);
        let [c, x, o] = e.scenarios;
        prop_assert!(c.npv <= x.npv + tol(c.npv, x.npv), "{} > {}", c.npv, x.npv);
        prop_assert!(x.npv <= o.npv + tol(x.npv, o.npv), "{} > {}", x.npv, o.npv);
    }
}

#[test]
fn measurements_move_the_forecast_and_keep_the_past() {
    let inputs = Inputs::default();
    let planned = summarize(&inputs, true);
    let with = |log: Vec<Measurement>| reforecast(&inputs, &log);
    let behind = with(vec![Measurement::adoption(6, 25.0)]);
    assert!(behind.npv < planned.npv);
    assert!(behind.payback_month.unwrap_or(f64::INFINITY) > planned.payback_month.unwrap_or_default());
    let ahead = with(vec![Measurement {
        participation: Some(85.0),
        ..Measurement::adoption(6, 70.0)
    }]);
    assert!(ahead.npv > planned.npv);
    // 80 % at month 6 books a straight line from zero, not 77.5 % in month 1 (the old re-timing).
    let mut i = inputs.clone();
    i.measurements = vec![Measurement::adoption(6, 80.0)];
    let (rows, _) = series(&i, true);
    assert!((rows[0].adoption - 0.80 / 6.0).abs() < 1e-12, "{}", rows[0].adoption);
    // 50 % at month 36 does not book zero use for months 1-31.
    i.measurements = vec![Measurement::adoption(36, 50.0)];
    let (rows, s) = series(&i, true);
    assert!(rows.iter().all(|r| r.adoption > 0.0));
    assert!((rows[30].adoption - 0.50 * 31.0 / 36.0).abs() < 1e-12);
    assert!(
        s.npv > with(vec![Measurement::adoption(36, 0.0)]).npv && s.npv < planned.npv,
        "{}",
        s.npv
    );
    // Levels too small to matter, and measurements after the horizon, stay finite.
    assert!(with(vec![Measurement::adoption(6, 1e-300)]).npv.is_finite());
    assert_eq!(with(vec![Measurement::adoption(48, 90.0)]).npv, planned.npv);
}

#[test]
fn worked_example_4_measurement_log() {
    let i = Inputs {
        measurements: vec![
            Measurement::adoption(9, 40.0),
            Measurement::adoption(3, 10.0),
            Measurement {
                minutes_per_week: Some(90.0),
                ..Measurement::adoption(6, 25.0)
            },
        ],
        ..Inputs::default()
    };
    let (rows, s) = series(&i, true);
    assert_eq!(cents(rows[0].time_benefit), 228.84);
    assert_eq!(cents(rows[9].adoption * 100.0), 50.08);
    assert_eq!(cents(rows[35].adoption * 100.0), 58.74);
    assert_eq!(cents(rows[8].time_benefit), 2_264.74);
    assert_eq!(cents(rows[8].revenue_benefit), 518.40);
    assert_eq!(cents(s.total_benefits), 121_172.13);
    assert_eq!(cents(s.total_costs), 133_200.54);
    assert_eq!(cents(s.pv_benefits), 105_705.65);
    assert_eq!(cents(s.pv_costs), 123_849.45);
    assert_eq!(cents(s.npv), -18_143.80);
    assert_eq!(cents(s.roi_percent.unwrap_or_default()), -14.65);
    assert_eq!(s.payback_month, None);
    assert!(rows.iter().take(9).all(|r| r.measured) && !rows[9].measured);
}

/// Measured minutes replace the assumed time saved after their month: 60 minutes a week against
/// the assumed 109 (1.82 hours) shrinks every later month's time benefit by the same factor.
#[test]
fn measured_minutes_replace_the_assumed_time_saved() {
    let mut i = Inputs {
        measurements: vec![Measurement::adoption(6, 50.0)],
        ..Inputs::default()
    };
    let (base, _) = series(&i, true);
    i.measurements[0].minutes_per_week = Some(60.0);
    let (rows, _) = series(&i, true);
    let factor = 1.0 / Inputs::default().hours_saved_per_active_user_week().unwrap_or(1.0);
    for (b, r) in base.iter().zip(&rows) {
        let expected = if r.month > 6 {
            b.time_benefit * factor
        } else {
            b.time_benefit
        };
        assert!((r.time_benefit - expected).abs() < 1e-9, "month {}", r.month);
    }
}

/// The app opens on the default plan (all groups from Monday 4 January 2027); the end-to-end
/// tests check these same figures in the browser.
#[test]
fn app_default_plan_figures() {
    use adoptieplanner::domain::roi::calculator::headline;
    let inputs = PlanInputs::default().apply(&Inputs::default());
    let e = evaluate(&inputs);
    let h = headline(&inputs, &e);
    assert_eq!(h.npv.map(|v| v.round()), [-62_264.0, 3_371.0, 115_839.0, -17_980.0]);
    assert_eq!(
        h.roi.map(|r| r.map(f64::round)),
        [Some(-50.0), Some(3.0), Some(94.0), Some(-14.0)]
    );
    assert_eq!(h.payback[1].map(|p| (p * 10.0).round() / 10.0), Some(32.1));
    assert_eq!(h.payback[3], None);
    assert_eq!(
        h.programme_npv.map(|v| v.round()),
        [-4_951.0, 25_007.0, 76_333.0, 15_753.0]
    );
    assert_eq!(h.break_even_lift.map(|l| (l * 10.0).round() / 10.0), Some(15.2));
    // Productivity alone, as the verdict and the README show it.
    let alone = verdict::Verdict::of(&inputs)
        .productivity_alone
        .map(|s| (s.npv.round(), s.roi_percent.map(f64::round)));
    assert_eq!(alone, Some((-20_595.0, Some(-17.0))));
}

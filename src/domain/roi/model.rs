//! The month-by-month calculation: benefits, costs, net and discounted cash flow.
//! Formulas and defaults are documented in `docs/roi-model.md`.

use super::inputs::{Group, Inputs};
use super::ramp::Ramp;
use crate::domain::phase::{share_in_month, WEEKS_PER_MONTH};

/// One month of the calculation. Money in the inputs' currency; benefits are risk-adjusted.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct MonthRow {
    /// Month number, 1-based.
    pub month: u32,
    /// Share of licensed staff actively using the tools (0-1).
    pub adoption: f64,
    /// People actively using the tools.
    pub active_users: f64,
    /// Hours saved, risk-adjusted.
    pub hours_saved: f64,
    /// Value of the time saved.
    pub time_benefit: f64,
    /// Extra gross margin from a higher win rate (0 when the revenue lever is off).
    pub revenue_benefit: f64,
    /// Licence fees.
    pub licence_cost: f64,
    /// Implementation, spread over awareness and information.
    pub implementation_cost: f64,
    /// Training and communication programme: staff hours in training plus external costs.
    pub programme_cost: f64,
    /// Ongoing support.
    pub support_cost: f64,
    /// Benefits minus costs.
    pub net: f64,
    /// Net summed from month 1.
    pub cumulative: f64,
    /// Discounted net summed from month 1.
    pub discounted_cumulative: f64,
}

impl MonthRow {
    /// Time and revenue benefit together.
    pub fn benefits(&self) -> f64 {
        self.time_benefit + self.revenue_benefit
    }

    /// All costs of the month.
    pub fn costs(&self) -> f64 {
        self.licence_cost + self.implementation_cost + self.programme_cost + self.support_cost
    }
}

/// Headline figures over the whole horizon.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Summary {
    /// Sum of all benefits.
    pub total_benefits: f64,
    /// Sum of all costs.
    pub total_costs: f64,
    /// Net present value of the monthly net at the annual discount rate.
    pub npv: f64,
    /// (benefits − costs) / costs × 100; `None` when there are no costs.
    pub roi_percent: Option<f64>,
    /// Month (fractional) from which the cumulative net stays at or above zero; `None` when that
    /// does not happen within the horizon, `Some(0.0)` when it is never negative.
    pub payback_month: Option<f64>,
    /// Benefits per licence per month; `None` without licences.
    pub benefit_per_licence_month: Option<f64>,
    /// Cost of the training and communication programme within the horizon.
    pub programme_cost: f64,
    /// Total hours saved, risk-adjusted.
    pub hours_saved: f64,
}

/// Per-evaluation constants, computed once so the month loop stays cheap.
pub(super) struct Prepared {
    horizon: u32,
    ramp: Ramp,
    licensed: f64,
    licences: f64,
    hours_at_full: f64,
    time_at_full: f64,
    revenue_at_full: f64,
    licence_month: f64,
    support_month: f64,
    implementation: f64,
    training: f64,
    external: f64,
    /// Weeks over which implementation, training and external costs are spread.
    spans: [(f64, f64); 3],
    monthly_discount: f64,
}

/// Sums over the months that depend only on timing (ramp, calendar, discount, horizon), as
/// (undiscounted, discounted) pairs. Every total and the NPV are these sums times amounts, so
/// the sensitivity analysis can reuse one basis for every driver that does not move the timing.
#[derive(Clone, Copy, Debug, Default)]
pub(super) struct Basis {
    adoption: (f64, f64),
    months: (f64, f64),
    spread: [(f64, f64); 3],
}

/// Totals, NPV and ROI without the monthly rows or payback.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) struct Quick {
    pub npv: f64,
    pub roi_percent: Option<f64>,
}

impl Prepared {
    /// Constants for sanitized `inputs`.
    pub(super) fn new(inputs: &Inputs, structured: bool) -> Prepared {
        let headcount = inputs.headcount();
        let c = &inputs.costs;
        let licensed = c.licence_count.min(headcount);
        let licensed_share = if headcount > 0.0 { licensed / headcount } else { 0.0 };
        let keep = 1.0 - inputs.risk_haircut / 100.0;
        let q = &inputs.quotes;
        let sales_cost = inputs.groups[Group::Sales.index()].hourly_cost;

        let group_hours = |g: &super::inputs::StaffGroup| {
            g.headcount * g.ai_hours_per_week * g.productivity_gain / 100.0 * WEEKS_PER_MONTH
        };
        let quote_hours = q.quotes_per_month * q.hours_per_quote * q.time_saved / 100.0;
        let hours: f64 = inputs.groups.iter().map(group_hours).sum::<f64>() + quote_hours;
        let value: f64 = inputs
            .groups
            .iter()
            .map(|g| group_hours(g) * g.hourly_cost)
            .sum::<f64>()
            + quote_hours * sales_cost;
        let revenue = if q.revenue_lever {
            q.quotes_per_month * q.win_rate_uplift / 100.0 * q.order_value * q.gross_margin / 100.0
        } else {
            0.0
        };

        let slowdown = if structured {
            1.0
        } else {
            inputs.adoption.unstructured_slowdown
        };
        let [e0, e1, e2] = inputs.calendar.ends.map(|w| w * slowdown);
        let training: f64 = inputs
            .groups
            .iter()
            .map(|g| g.headcount * c.training_hours * c.training_participation / 100.0 * g.hourly_cost)
            .sum();
        let (training, external) = if structured { (training, c.external) } else { (0.0, 0.0) };
        let annual = 1.0 + inputs.discount_rate / 100.0;
        Prepared {
            horizon: inputs.horizon(),
            ramp: Ramp::new(inputs, structured),
            licensed,
            licences: c.licence_count,
            hours_at_full: hours * licensed_share * keep,
            time_at_full: value * licensed_share * keep,
            revenue_at_full: revenue * licensed_share * keep,
            licence_month: c.licence_count * c.licence_price,
            support_month: c.support_per_month,
            implementation: c.implementation,
            training,
            external,
            spans: [(0.0, e1), (e0, e2), (0.0, e2)],
            monthly_discount: 1.0 / annual.powf(1.0 / 12.0),
        }
    }

    /// The timing sums for these constants.
    pub(super) fn basis(&self) -> Basis {
        let mut b = Basis::default();
        let mut factor = 1.0;
        let add = |pair: &mut (f64, f64), x: f64, factor: f64| {
            pair.0 += x;
            pair.1 += x * factor;
        };
        for month in 1..=self.horizon {
            factor *= self.monthly_discount;
            add(&mut b.adoption, self.ramp.in_month(month), factor);
            add(&mut b.months, 1.0, factor);
            for (pair, &(a, z)) in b.spread.iter_mut().zip(&self.spans) {
                add(pair, share_in_month(a, z, month), factor);
            }
        }
        b
    }

    /// NPV and ROI from a basis computed for the same timing.
    pub(super) fn quick(&self, b: &Basis) -> Quick {
        let benefit = self.time_at_full + self.revenue_at_full;
        let monthly = self.licence_month + self.support_month;
        let one_off = [self.implementation, self.training, self.external];
        let total = |pick: fn((f64, f64)) -> f64| {
            let costs =
                monthly * pick(b.months) + one_off.iter().zip(&b.spread).map(|(x, p)| x * pick(*p)).sum::<f64>();
            (benefit * pick(b.adoption), costs)
        };
        let (benefits, costs) = total(|p| p.0);
        let (discounted_benefits, discounted_costs) = total(|p| p.1);
        Quick {
            npv: discounted_benefits - discounted_costs,
            roi_percent: (costs > 0.0).then(|| (benefits - costs) / costs * 100.0),
        }
    }

    /// Runs the months in order, handing each row to `sink`, and returns the summary.
    pub(super) fn run(&self, mut sink: impl FnMut(&MonthRow)) -> Summary {
        let mut s = Summary::default();
        let (mut cumulative, mut discounted, mut factor) = (0.0, 0.0, 1.0);
        let mut last_negative = false;
        let mut crossing = None;
        let mut ever_negative = false;
        let [implementation, training, external] = self.spans;
        for month in 1..=self.horizon {
            let adoption = self.ramp.in_month(month);
            let programme_cost = self.training * share_in_month(training.0, training.1, month)
                + self.external * share_in_month(external.0, external.1, month);
            let mut row = MonthRow {
                month,
                adoption,
                active_users: adoption * self.licensed,
                hours_saved: adoption * self.hours_at_full,
                time_benefit: adoption * self.time_at_full,
                revenue_benefit: adoption * self.revenue_at_full,
                licence_cost: self.licence_month,
                implementation_cost: self.implementation * share_in_month(implementation.0, implementation.1, month),
                programme_cost,
                support_cost: self.support_month,
                ..MonthRow::default()
            };
            row.net = row.benefits() - row.costs();
            let previous = cumulative;
            cumulative += row.net;
            factor *= self.monthly_discount;
            discounted += row.net * factor;
            row.cumulative = cumulative;
            row.discounted_cumulative = discounted;
            if cumulative < 0.0 {
                ever_negative = true;
                last_negative = true;
                crossing = None;
            } else if last_negative {
                last_negative = false;
                crossing = Some(f64::from(month - 1) + (-previous) / (cumulative - previous));
            }
            s.total_benefits += row.benefits();
            s.total_costs += row.costs();
            s.programme_cost += row.programme_cost;
            s.hours_saved += row.hours_saved;
            sink(&row);
        }
        s.npv = discounted;
        s.roi_percent = (s.total_costs > 0.0).then(|| (s.total_benefits - s.total_costs) / s.total_costs * 100.0);
        s.payback_month = match (ever_negative, last_negative) {
            (false, _) => Some(0.0),
            (true, true) => None,
            (true, false) => crossing,
        };
        s.benefit_per_licence_month =
            (self.licences > 0.0).then(|| s.total_benefits / (self.licences * f64::from(self.horizon)));
        s
    }
}

/// The summary for `inputs` (sanitized first), without keeping the monthly rows.
pub fn summarize(inputs: &Inputs, structured: bool) -> Summary {
    Prepared::new(&inputs.sanitized(), structured).run(|_| {})
}

/// The monthly series and its summary for `inputs` (sanitized first).
pub fn series(inputs: &Inputs, structured: bool) -> (Vec<MonthRow>, Summary) {
    let prepared = Prepared::new(&inputs.sanitized(), structured);
    let mut rows = Vec::with_capacity(prepared.horizon as usize);
    let summary = prepared.run(|row| rows.push(*row));
    (rows, summary)
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::domain::roi::Field;
    use proptest::prelude::*;

    proptest! {
        /// The shortcut the sensitivity analysis uses agrees with the full month-by-month run.
        #[test]
        fn quick_totals_match_the_full_run(fractions in prop::collection::vec(0.0..1.0f64, Field::ALL.len()), structured in any::<bool>()) {
            let mut inputs = Inputs::default();
            for (f, t) in Field::ALL.into_iter().zip(fractions) {
                let s = f.spec();
                inputs.set(f, s.min + t * (s.max.min(s.min + 1e6) - s.min));
            }
            let inputs = inputs.sanitized();
            let prepared = Prepared::new(&inputs, structured);
            let quick = prepared.quick(&prepared.basis());
            let full = prepared.run(|_| {});
            prop_assert!((quick.npv - full.npv).abs() <= 1e-6 * (1.0 + full.npv.abs()), "{} vs {}", quick.npv, full.npv);
            match (quick.roi_percent, full.roi_percent) {
                (Some(a), Some(b)) => prop_assert!((a - b).abs() <= 1e-6 * (1.0 + b.abs())),
                (a, b) => prop_assert_eq!(a, b),
            }
        }
    }
}

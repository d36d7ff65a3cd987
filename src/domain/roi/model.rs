//! The month-by-month calculation: benefits, costs, net and discounted cash flow.
//! Formulas and defaults are documented in `docs/roi-model.md`.

use super::inputs::{Group, Inputs, StaffGroup};
use super::measurements::MeasuredPath;
use super::ramp::{Ramp, Variant};
use crate::domain::phase::{month_span, spread_in_month, PROGRAMME_WEEKS, WEEKS_PER_MONTH};

/// One month of the calculation. Money in the inputs' currency; benefits are risk-adjusted
/// (benefit risk) and costs too (cost risk added).
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct MonthRow {
    /// Month number, 1-based.
    pub month: u32,
    /// Share of licensed staff actively using the tools (0-1).
    pub adoption: f64,
    /// Whether the month's adoption was measured (actual) rather than forecast.
    pub measured: bool,
    /// People actively using the tools.
    pub active_users: f64,
    /// Hours saved, risk-adjusted, before productivity capture.
    pub hours_saved: f64,
    /// Value of the saved hours that are recaptured as productive work.
    pub time_benefit: f64,
    /// Extra gross margin from a higher win rate, after the sales-cycle lag (0 when the lever is off).
    pub revenue_benefit: f64,
    /// Licence fees.
    pub licence_cost: f64,
    /// Implementation, spread over awareness and information.
    pub implementation_cost: f64,
    /// Staff hours in training, spread over information and engagement.
    pub training_cost: f64,
    /// Communication programme: external costs and the staff hours in the plan's sessions.
    pub communication_cost: f64,
    /// The internal owner's (AI champion's) hours.
    pub champion_cost: f64,
    /// Training for newcomers replacing leavers, after the training phase.
    pub refresher_cost: f64,
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
        self.licence_cost
            + self.implementation_cost
            + self.training_cost
            + self.communication_cost
            + self.champion_cost
            + self.refresher_cost
            + self.support_cost
    }
}

/// Headline figures over the whole horizon. Totals are risk-adjusted; `pv_*` are also discounted.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Summary {
    /// Sum of all benefits, undiscounted.
    pub total_benefits: f64,
    /// Sum of all costs, undiscounted.
    pub total_costs: f64,
    /// Present value of the benefits.
    pub pv_benefits: f64,
    /// Present value of the costs.
    pub pv_costs: f64,
    /// Net present value: `pv_benefits − pv_costs`.
    pub npv: f64,
    /// ROI on present values, (PV benefits − PV costs) / PV costs × 100; `None` without costs.
    pub roi_percent: Option<f64>,
    /// ROI on the undiscounted totals; `None` without costs.
    pub roi_undiscounted: Option<f64>,
    /// Month (fractional) from which the cumulative net stays at or above zero; `None` when that
    /// does not happen within the horizon, `Some(0.0)` when it is never negative.
    pub payback_month: Option<f64>,
    /// Benefits per licence per month; `None` without licences.
    pub benefit_per_licence_month: Option<f64>,
    /// Cost of the communication programme (external costs and session hours), undiscounted.
    pub communication_cost: f64,
    /// Cost of the training hours, undiscounted.
    pub training_cost: f64,
    /// Revenue benefit, undiscounted.
    pub revenue_benefit: f64,
    /// Total hours saved, risk-adjusted, before productivity capture.
    pub hours_saved: f64,
}

/// The value lines of the calculation, each as a present value.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Line {
    /// Time recaptured in a staff group.
    Time(Group),
    /// Time recaptured on quotes.
    Quotes,
    /// Extra gross margin from won orders.
    Revenue,
    /// Licence fees.
    Licences,
    /// One-off implementation.
    Implementation,
    /// Training hours.
    Training,
    /// Communication programme: external costs and session hours.
    Communication,
    /// Internal owner (AI champion).
    Champion,
    /// Training for newcomers.
    Refresher,
    /// Support.
    Support,
}

impl Line {
    /// Every line, benefits first, in the order a waterfall shows them.
    pub const ALL: [Line; 13] = [
        Line::Time(Group::Board),
        Line::Time(Group::Managers),
        Line::Time(Group::Staff),
        Line::Time(Group::Sales),
        Line::Quotes,
        Line::Revenue,
        Line::Licences,
        Line::Implementation,
        Line::Training,
        Line::Communication,
        Line::Champion,
        Line::Refresher,
        Line::Support,
    ];

    /// Whether the line is a benefit (else a cost).
    pub const fn is_benefit(self) -> bool {
        matches!(self, Line::Time(_) | Line::Quotes | Line::Revenue)
    }
}

/// Where the value comes from: the present value of every line (costs as positive amounts), so
/// benefits minus costs is the NPV.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Breakdown {
    /// Present values in [`Line::ALL`] order.
    pub values: [f64; 13],
}

impl Breakdown {
    /// The present value of `line`.
    pub fn get(&self, line: Line) -> f64 {
        Line::ALL
            .iter()
            .position(|l| *l == line)
            .and_then(|i| self.values.get(i).copied())
            .unwrap_or(0.0)
    }
}

/// The longest horizon in months.
const MAX_MONTHS: usize = 60;

/// One-off amounts spread over weeks: implementation, training, external communication, sessions.
const ONE_OFFS: usize = 4;

/// Per-evaluation constants, computed once so the month loop stays cheap.
pub(super) struct Prepared {
    horizon: u32,
    ramp: Ramp,
    licensed: f64,
    licences: f64,
    licences_follow: bool,
    lag: u32,
    hours_at_full: f64,
    /// Value at full adoption of the time lines: board, managers, staff, sales, quotes.
    time_at_full: [f64; 5],
    revenue_at_full: f64,
    licence_price: f64,
    support_month: f64,
    champion_month: f64,
    refresher_month: f64,
    /// Implementation, training, external communication, session hours.
    one_offs: [f64; ONE_OFFS],
    /// Weeks over which each one-off is spread.
    spans: [(f64, f64); ONE_OFFS],
    /// Week from which newcomers need training (end of the training span).
    training_end: f64,
    cost_factor: f64,
    monthly_discount: f64,
    /// What was measured, if anything: adoption up to its last month, minutes saved after it.
    measured: Option<MeasuredPath>,
    /// Hours a week an active user saves as assumed, which measured minutes replace.
    assumed_hours: Option<f64>,
}

/// Sums over the months that depend only on timing (ramp, calendar, discount, horizon), as
/// (undiscounted, discounted) pairs. Every total and the NPV are these sums times amounts, so
/// the sensitivity analysis can reuse one basis for every driver that does not move the timing.
#[derive(Clone, Copy, Debug, Default)]
pub(super) struct Basis {
    adoption: (f64, f64),
    /// Adoption times the factor measured minutes put on the time saved.
    time_adoption: (f64, f64),
    lagged: (f64, f64),
    months: (f64, f64),
    licence_units: (f64, f64),
    spread: [(f64, f64); ONE_OFFS],
    after_training: (f64, f64),
}

/// Totals, NPV and ROI without the monthly rows or payback.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) struct Quick {
    pub npv: f64,
    pub roi_percent: Option<f64>,
}

/// Share of month `month` that lies after week `from`.
fn after_in_month(from: f64, month: u32) -> f64 {
    let (m0, m1) = month_span(month);
    ((m1 - from.max(m0)) / (m1 - m0)).clamp(0.0, 1.0)
}

/// ROI in percent of `costs`, or `None` without costs.
fn roi(benefits: f64, costs: f64) -> Option<f64> {
    (costs > 0.0).then(|| (benefits - costs) / costs * 100.0)
}

impl Prepared {
    /// Constants for sanitized `inputs`.
    pub(super) fn new(inputs: &Inputs, structured: bool) -> Prepared {
        Prepared::for_variant(inputs, Variant::of(inputs, structured))
    }

    /// Constants for sanitized `inputs` in `variant`.
    pub(super) fn for_variant(inputs: &Inputs, variant: Variant) -> Prepared {
        let headcount = inputs.headcount();
        let c = &inputs.costs;
        let licensed = c.licence_count.min(headcount);
        let licensed_share = if headcount > 0.0 { licensed / headcount } else { 0.0 };
        let keep = 1.0 - inputs.risk_haircut / 100.0;
        let capture = inputs.productivity_capture / 100.0;
        let q = &inputs.quotes;
        let group = |g: Group| &inputs.groups[g.index()];

        let group_hours =
            |g: &StaffGroup| g.headcount * g.ai_hours_per_week * g.productivity_gain / 100.0 * WEEKS_PER_MONTH;
        let quote_hours = q.quotes_per_month * q.hours_per_quote * q.time_saved / 100.0;
        let hours: f64 = inputs.groups.iter().map(group_hours).sum::<f64>() + quote_hours;
        let adjust = licensed_share * keep;
        let mut time_at_full = [0.0; 5];
        for g in Group::ALL {
            time_at_full[g.index()] = group_hours(group(g)) * group(g).hourly_cost * capture * adjust;
        }
        time_at_full[4] = quote_hours * group(Group::Sales).hourly_cost * capture * adjust;
        let revenue = if q.revenue_lever {
            q.quotes_per_month * q.win_rate_uplift() / 100.0 * q.order_value * q.gross_margin / 100.0
        } else {
            0.0
        };

        let [e0, e1, e2] = inputs.calendar.ends.map(|w| w * variant.slowdown);
        let measured = MeasuredPath::of(&inputs.measurements, inputs.horizon());
        // A measured participation replaces the planned one.
        let participation = measured
            .and_then(|m| m.participation)
            .unwrap_or(c.training_participation);
        // Training hours of everyone who takes part, at their own hourly cost.
        let training: f64 = inputs
            .groups
            .iter()
            .map(|g| g.headcount * c.training_hours * participation / 100.0 * g.hourly_cost)
            .sum();
        // Sales and quotation staff sit in the operational staff's sessions. Sessions count the
        // same participation as training: whoever is not there spends no time.
        let sessions: f64 = Group::ALL
            .into_iter()
            .map(|g| {
                let hours = inputs.session_hours[(g.index()).min(2)];
                group(g).headcount * hours * participation / 100.0 * group(g).hourly_cost
            })
            .sum();
        let (external, sessions) = if variant.communication {
            (c.external, sessions)
        } else {
            (0.0, 0.0)
        };
        let annual = 1.0 + inputs.discount_rate / 100.0;
        Prepared {
            horizon: inputs.horizon(),
            // After the last measurement the plan continues from it, moved in time.
            ramp: {
                let plan = Ramp::with_levels(inputs, variant.slowdown, variant.levels);
                measured.map_or(plan, |m| {
                    let (week, level) = m.last_point();
                    plan.reforecast(week, level)
                })
            },
            licensed,
            licences: c.licence_count,
            licences_follow: c.licences_follow_adoption,
            lag: q.sales_lag_months as u32,
            hours_at_full: hours * adjust,
            time_at_full,
            revenue_at_full: revenue * adjust,
            licence_price: c.licence_price,
            support_month: c.support_per_month,
            champion_month: c.champion_hours_per_month * group(Group::Managers).hourly_cost,
            refresher_month: training * c.turnover / 100.0 / 12.0,
            one_offs: [c.implementation, training, external, sessions],
            spans: [(0.0, e1), (e0, e2), (0.0, e2), (0.0, PROGRAMME_WEEKS)],
            training_end: e2,
            cost_factor: 1.0 + inputs.cost_risk / 100.0,
            monthly_discount: 1.0 / annual.powf(1.0 / 12.0),
            measured,
            assumed_hours: inputs.hours_saved_per_active_user_week(),
        }
    }

    /// Adoption at the end of every month, indexed by month (index 0, before the start, is 0):
    /// measured up to the last measurement, the ramp after it.
    fn adoption_by_month(&self) -> [f64; MAX_MONTHS + 1] {
        let mut out = [0.0; MAX_MONTHS + 1];
        for (month, slot) in (1..=self.horizon).zip(out.iter_mut().skip(1)) {
            *slot = self
                .measured
                .as_ref()
                .and_then(|m| m.adoption_in(month))
                .unwrap_or_else(|| self.ramp.in_month(month));
        }
        out
    }

    /// The factor measured minutes put on the time saved in `month` (1 without them).
    fn time_factor(&self, month: u32) -> f64 {
        self.measured
            .as_ref()
            .map_or(1.0, |m| m.time_factor(month, self.assumed_hours))
    }

    /// Whether anything was measured (then adoption no longer scales linearly with its levels).
    pub(super) fn has_measurements(&self) -> bool {
        self.measured.is_some()
    }

    /// Licences paid for in each month, in order, given the adoption by month: all of them from
    /// month 1, or, when they follow adoption, as many as people have been active at most so far
    /// (whole licences).
    fn licence_counts<'a>(&'a self, adoption: &'a [f64]) -> impl Iterator<Item = f64> + 'a {
        let mut most_active: f64 = 0.0;
        adoption.iter().skip(1).take(self.horizon as usize).map(move |a| {
            if self.licences_follow {
                most_active = most_active.max(a * self.licensed);
                (most_active - 1e-9).ceil().clamp(0.0, self.licences)
            } else {
                self.licences
            }
        })
    }

    /// Adoption `lag` months before `month`, from the adoption by month (0 before month 1).
    fn lagged(&self, adoption: &[f64], month: u32) -> f64 {
        month
            .checked_sub(self.lag)
            .and_then(|m| adoption.get(m as usize))
            .copied()
            .unwrap_or(0.0)
    }

    /// The timing sums for these constants.
    pub(super) fn basis(&self) -> Basis {
        let mut b = Basis::default();
        let mut factor = 1.0;
        let add = |pair: &mut (f64, f64), x: f64, factor: f64| {
            pair.0 += x;
            pair.1 += x * factor;
        };
        let adoption = self.adoption_by_month();
        for (month, licences) in (1..=self.horizon).zip(self.licence_counts(&adoption)) {
            factor *= self.monthly_discount;
            add(&mut b.adoption, adoption[month as usize], factor);
            add(
                &mut b.time_adoption,
                adoption[month as usize] * self.time_factor(month),
                factor,
            );
            add(&mut b.lagged, self.lagged(&adoption, month), factor);
            add(&mut b.months, 1.0, factor);
            add(&mut b.licence_units, licences, factor);
            for (pair, &(a, z)) in b.spread.iter_mut().zip(&self.spans) {
                add(pair, spread_in_month(a, z, month, self.horizon), factor);
            }
            add(&mut b.after_training, after_in_month(self.training_end, month), factor);
        }
        b
    }

    /// Present values of every line from a basis computed for the same timing (costs positive).
    pub(super) fn breakdown(&self, b: &Basis) -> Breakdown {
        let cf = self.cost_factor;
        let pv = |pair: (f64, f64)| pair.1;
        let t = &self.time_at_full;
        let adoption = pv(b.time_adoption);
        Breakdown {
            values: [
                t[0] * adoption,
                t[1] * adoption,
                t[2] * adoption,
                t[3] * adoption,
                t[4] * adoption,
                self.revenue_at_full * pv(b.lagged),
                cf * self.licence_price * pv(b.licence_units),
                cf * self.one_offs[0] * pv(b.spread[0]),
                cf * self.one_offs[1] * pv(b.spread[1]),
                cf * (self.one_offs[2] * pv(b.spread[2]) + self.one_offs[3] * pv(b.spread[3])),
                cf * self.champion_month * pv(b.months),
                cf * self.refresher_month * pv(b.after_training),
                cf * self.support_month * pv(b.months),
            ],
        }
    }

    /// Present values of the benefits and of the costs from a basis computed for the same timing.
    pub(super) fn present_values(&self, b: &Basis) -> (f64, f64) {
        let benefit = self.time_at_full.iter().sum::<f64>();
        let monthly = self.support_month + self.champion_month;
        let one_off: f64 = self.one_offs.iter().zip(&b.spread).map(|(x, p)| x * p.1).sum();
        let costs = self.licence_price * b.licence_units.1
            + monthly * b.months.1
            + one_off
            + self.refresher_month * b.after_training.1;
        (
            benefit * b.time_adoption.1 + self.revenue_at_full * b.lagged.1,
            costs * self.cost_factor,
        )
    }

    /// NPV and ROI from a basis computed for the same timing.
    pub(super) fn quick(&self, b: &Basis) -> Quick {
        let (benefits, costs) = self.present_values(b);
        Quick {
            npv: benefits - costs,
            roi_percent: roi(benefits, costs),
        }
    }

    /// Whether the licences paid for depend on adoption.
    pub(super) fn licences_follow(&self) -> bool {
        self.licences_follow
    }

    /// Runs the months in order, handing each row to `sink`, and returns the summary.
    pub(super) fn run(&self, mut sink: impl FnMut(&MonthRow)) -> Summary {
        let mut s = Summary::default();
        let (mut cumulative, mut factor) = (0.0, 1.0);
        let mut last_negative = false;
        let mut crossing = None;
        let mut ever_negative = false;
        let time_at_full: f64 = self.time_at_full.iter().sum();
        let cf = self.cost_factor;
        let spread = |i: usize, month: u32| {
            let (a, z) = self.spans[i];
            self.one_offs[i] * spread_in_month(a, z, month, self.horizon)
        };
        let by_month = self.adoption_by_month();
        for (month, licences) in (1..=self.horizon).zip(self.licence_counts(&by_month)) {
            let adoption = by_month[month as usize];
            let time = adoption * self.time_factor(month);
            let mut row = MonthRow {
                month,
                adoption,
                measured: self.measured.as_ref().is_some_and(|m| month <= m.until),
                active_users: adoption * self.licensed,
                hours_saved: time * self.hours_at_full,
                time_benefit: time * time_at_full,
                revenue_benefit: self.lagged(&by_month, month) * self.revenue_at_full,
                licence_cost: cf * licences * self.licence_price,
                implementation_cost: cf * spread(0, month),
                training_cost: cf * spread(1, month),
                communication_cost: cf * (spread(2, month) + spread(3, month)),
                champion_cost: cf * self.champion_month,
                refresher_cost: cf * self.refresher_month * after_in_month(self.training_end, month),
                support_cost: cf * self.support_month,
                ..MonthRow::default()
            };
            row.net = row.benefits() - row.costs();
            let previous = cumulative;
            cumulative += row.net;
            factor *= self.monthly_discount;
            s.pv_benefits += row.benefits() * factor;
            s.pv_costs += row.costs() * factor;
            row.cumulative = cumulative;
            row.discounted_cumulative = s.pv_benefits - s.pv_costs;
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
            s.communication_cost += row.communication_cost;
            s.training_cost += row.training_cost;
            s.revenue_benefit += row.revenue_benefit;
            s.hours_saved += row.hours_saved;
            sink(&row);
        }
        s.npv = s.pv_benefits - s.pv_costs;
        s.roi_percent = roi(s.pv_benefits, s.pv_costs);
        s.roi_undiscounted = roi(s.total_benefits, s.total_costs);
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

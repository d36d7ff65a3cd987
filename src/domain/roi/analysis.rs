//! What a board asks after the base case: scenarios, sensitivity and plausibility.

use super::field::Field;
use super::inputs::{Group, Inputs};
use super::model::{Prepared, Summary};

/// A preset that shifts the uncertain assumptions together.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Scenario {
    /// Lower gains, slower adoption, a larger risk haircut.
    Conservative,
    /// The inputs as entered.
    Expected,
    /// Higher gains and adoption, a smaller haircut.
    Optimistic,
}

impl Scenario {
    /// All scenarios, from low to high.
    pub const ALL: [Scenario; 3] = [Scenario::Conservative, Scenario::Expected, Scenario::Optimistic];

    /// `inputs` adjusted for this scenario (values that leave their range are clamped).
    ///
    /// Conservative: gains and quote time saved × 0.75 (20 % → 15 %, the bottom of the article's
    /// 15-30 % range), win-rate uplift × 0.5, adoption × 0.85, risk haircut + 10 points.
    /// Optimistic: gains × 1.5 (20 % → 30 %, the top of the range), quote time saved × 1.15,
    /// uplift × 1.5, adoption × 1.1, haircut − 5 points.
    pub fn apply(self, inputs: &Inputs) -> Inputs {
        let (gain, quote, uplift, adoption, haircut) = match self {
            Scenario::Conservative => (0.75, 0.75, 0.5, 0.85, 10.0),
            Scenario::Expected => return inputs.sanitized(),
            Scenario::Optimistic => (1.5, 1.15, 1.5, 1.1, -5.0),
        };
        let mut out = inputs.sanitized();
        for g in Group::ALL {
            scale(&mut out, Field::Gain(g), gain);
        }
        scale(&mut out, Field::QuoteTimeSaved, quote);
        scale(&mut out, Field::WinUplift, uplift);
        scale(&mut out, Field::AdoptionMonth6, adoption);
        scale(&mut out, Field::AdoptionEnd, adoption);
        out.risk_haircut += haircut;
        out.sanitized()
    }
}

fn scale(inputs: &mut Inputs, field: Field, factor: f64) {
    inputs.set(field, inputs.get(field) * factor);
}

/// A driver of the sensitivity analysis: one or more fields moved together.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Driver {
    /// Productivity gain of every group.
    Gain,
    /// Hours a week on AI tasks, every group.
    AiHours,
    /// Hourly cost, every group.
    HourlyCost,
    /// Quotes a month.
    QuotesPerMonth,
    /// Hours per quote.
    HoursPerQuote,
    /// Quote time saved.
    QuoteTimeSaved,
    /// Win-rate uplift.
    WinUplift,
    /// Order value.
    OrderValue,
    /// Gross margin.
    GrossMargin,
    /// Adoption at month 6 and at the end.
    Adoption,
    /// Licence price.
    LicencePrice,
    /// Implementation cost.
    Implementation,
    /// Training hours per participant.
    TrainingHours,
    /// External communication costs.
    External,
    /// Support a month.
    Support,
    /// Discount rate.
    DiscountRate,
    /// Risk haircut.
    RiskHaircut,
}

impl Driver {
    /// Every driver.
    pub const ALL: [Driver; 17] = [
        Driver::Gain,
        Driver::AiHours,
        Driver::HourlyCost,
        Driver::QuotesPerMonth,
        Driver::HoursPerQuote,
        Driver::QuoteTimeSaved,
        Driver::WinUplift,
        Driver::OrderValue,
        Driver::GrossMargin,
        Driver::Adoption,
        Driver::LicencePrice,
        Driver::Implementation,
        Driver::TrainingHours,
        Driver::External,
        Driver::Support,
        Driver::DiscountRate,
        Driver::RiskHaircut,
    ];

    /// The fields this driver moves.
    pub fn fields(self) -> &'static [Field] {
        const GAIN: [Field; 4] = [
            Field::Gain(Group::Board),
            Field::Gain(Group::Managers),
            Field::Gain(Group::Staff),
            Field::Gain(Group::Sales),
        ];
        const HOURS: [Field; 4] = [
            Field::AiHours(Group::Board),
            Field::AiHours(Group::Managers),
            Field::AiHours(Group::Staff),
            Field::AiHours(Group::Sales),
        ];
        const COST: [Field; 4] = [
            Field::HourlyCost(Group::Board),
            Field::HourlyCost(Group::Managers),
            Field::HourlyCost(Group::Staff),
            Field::HourlyCost(Group::Sales),
        ];
        match self {
            Driver::Gain => &GAIN,
            Driver::AiHours => &HOURS,
            Driver::HourlyCost => &COST,
            Driver::QuotesPerMonth => &[Field::QuotesPerMonth],
            Driver::HoursPerQuote => &[Field::HoursPerQuote],
            Driver::QuoteTimeSaved => &[Field::QuoteTimeSaved],
            Driver::WinUplift => &[Field::WinUplift],
            Driver::OrderValue => &[Field::OrderValue],
            Driver::GrossMargin => &[Field::GrossMargin],
            Driver::Adoption => &[Field::AdoptionMonth6, Field::AdoptionEnd],
            Driver::LicencePrice => &[Field::LicencePrice],
            Driver::Implementation => &[Field::Implementation],
            Driver::TrainingHours => &[Field::TrainingHours],
            Driver::External => &[Field::External],
            Driver::Support => &[Field::Support],
            Driver::DiscountRate => &[Field::DiscountRate],
            Driver::RiskHaircut => &[Field::RiskHaircut],
        }
    }
}

impl Driver {
    /// Whether moving this driver changes when things happen (the adoption ramp or discounting),
    /// rather than only how large the monthly amounts are.
    pub fn moves_timing(self) -> bool {
        matches!(self, Driver::Adoption | Driver::DiscountRate)
    }
}

/// NPV and ROI with one driver at −20 % and +20 % of its value.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Sensitivity {
    /// The driver moved.
    pub driver: Driver,
    /// NPV with the driver at 80 %.
    pub npv_low: f64,
    /// NPV with the driver at 120 % (clamped to its range).
    pub npv_high: f64,
    /// ROI with the driver at 80 %.
    pub roi_low: Option<f64>,
    /// ROI with the driver at 120 %.
    pub roi_high: Option<f64>,
}

impl Sensitivity {
    /// How far the NPV moves between the two ends.
    pub fn swing(&self) -> f64 {
        (self.npv_high - self.npv_low).abs()
    }
}

/// Share by which each driver is moved down and up.
pub const SENSITIVITY_STEP: f64 = 0.2;

/// The sensitivity of NPV and ROI to every driver, largest swing first; drivers that do not
/// move the result (e.g. order value with the revenue lever off) are left out.
pub fn sensitivity(inputs: &Inputs, structured: bool) -> Vec<Sensitivity> {
    let base = inputs.sanitized();
    let base_basis = Prepared::new(&base, structured).basis();
    let at = |driver: Driver, factor: f64| {
        let mut moved = base.clone();
        for &f in driver.fields() {
            scale_within_range(&mut moved, f, factor);
        }
        let prepared = Prepared::new(&moved, structured);
        // Only adoption and the discount rate change the timing sums; reuse them otherwise.
        let basis = if driver.moves_timing() {
            prepared.basis()
        } else {
            base_basis
        };
        prepared.quick(&basis)
    };
    let mut bars: Vec<Sensitivity> = Driver::ALL
        .into_iter()
        .map(|driver| {
            let (low, high) = (at(driver, 1.0 - SENSITIVITY_STEP), at(driver, 1.0 + SENSITIVITY_STEP));
            Sensitivity {
                driver,
                npv_low: low.npv,
                npv_high: high.npv,
                roi_low: low.roi_percent,
                roi_high: high.roi_percent,
            }
        })
        .filter(|s| s.swing() > 1e-6)
        .collect();
    bars.sort_by(|a, b| b.swing().total_cmp(&a.swing()));
    bars
}

/// Scales one field of sanitized inputs and keeps it (and the win-rate rule) within range.
fn scale_within_range(inputs: &mut Inputs, field: Field, factor: f64) {
    let spec = field.spec();
    let mut value = (inputs.get(field) * factor).clamp(spec.min, spec.max);
    if field == Field::WinUplift {
        value = value.min(100.0 - inputs.quotes.win_rate);
    }
    inputs.set(field, value);
}

/// Something that is allowed but unusual enough to double-check.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Warning {
    /// A group spends more hours a week on AI tasks than a 40-hour week holds.
    HoursAboveWorkWeek(Group),
    /// A productivity gain above 50 %, well past the article's 15-30 %.
    GainAbove50(Group),
    /// The cumulative net is never negative: the rollout pays back in its first month.
    PaybackInFirstMonth,
    /// Adoption at the end is lower than at month 6.
    AdoptionDeclines,
    /// More licences than people.
    MoreLicencesThanStaff,
    /// Quote work exceeds what the sales group can do in a month (~160 hours each).
    QuoteWorkExceedsSales,
    /// No risk haircut at all.
    NoRiskAdjustment,
    /// An hourly cost below 15 or above 250 for a group with people in it.
    UnusualHourlyCost(Group),
}

/// Plausibility warnings for `inputs` and their summary.
pub fn warnings(inputs: &Inputs, summary: &Summary) -> Vec<Warning> {
    let i = inputs.sanitized();
    let mut out = Vec::new();
    for g in Group::ALL {
        let group = &i.groups[g.index()];
        if group.headcount > 0.0 && group.ai_hours_per_week > 40.0 {
            out.push(Warning::HoursAboveWorkWeek(g));
        }
        if group.headcount > 0.0 && group.productivity_gain > 50.0 {
            out.push(Warning::GainAbove50(g));
        }
        if group.headcount > 0.0 && !(15.0..=250.0).contains(&group.hourly_cost) {
            out.push(Warning::UnusualHourlyCost(g));
        }
    }
    if summary.payback_month.is_some_and(|p| p < 1.0) && summary.total_costs > 0.0 {
        out.push(Warning::PaybackInFirstMonth);
    }
    if i.adoption.at_end < i.adoption.at_month_6 {
        out.push(Warning::AdoptionDeclines);
    }
    if i.costs.licence_count > i.headcount() {
        out.push(Warning::MoreLicencesThanStaff);
    }
    let q = &i.quotes;
    if q.quotes_per_month * q.hours_per_quote > i.groups[Group::Sales.index()].headcount * 160.0 {
        out.push(Warning::QuoteWorkExceedsSales);
    }
    if i.risk_haircut == 0.0 {
        out.push(Warning::NoRiskAdjustment);
    }
    out
}

/// Re-forecast after a measurement: adoption measured at `month` (percent of licensed staff)
/// scales the rest of the ramp by measured / planned; measured training participation replaces
/// the planned one. Returns the summary with structured communication as planned.
pub fn reforecast(inputs: &Inputs, month: u32, measured_adoption: f64, measured_participation: Option<f64>) -> Summary {
    let base = inputs.sanitized();
    let structured = base.adoption.structured_communication;
    let planned = super::Ramp::new(&base, structured).in_month(month.clamp(1, base.horizon())) * 100.0;
    let measured = if measured_adoption.is_finite() {
        measured_adoption.clamp(0.0, 100.0)
    } else {
        planned
    };
    let ratio = if planned > 0.0 { measured / planned } else { 1.0 };
    let mut adjusted = base.clone();
    scale_within_range(&mut adjusted, Field::AdoptionMonth6, ratio);
    scale_within_range(&mut adjusted, Field::AdoptionEnd, ratio);
    if let Some(p) = measured_participation.filter(|p| p.is_finite()) {
        adjusted.costs.training_participation = p.clamp(0.0, 100.0);
    }
    super::model::summarize(&adjusted, structured)
}

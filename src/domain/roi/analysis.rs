//! What a board asks after the base case: scenarios, sensitivity and plausibility.

use super::field::{Field, Unit};
use super::inputs::{Group, Inputs};
use super::measurements::Measurement;
use super::model::{summarize, Basis, Prepared, Summary};
use super::ramp::Variant;

/// A preset that shifts the uncertain assumptions together.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Scenario {
    /// Lower gains, slower adoption, a larger risk haircut.
    Conservative,
    /// The inputs as entered.
    Expected,
    /// Higher gains and adoption, a smaller haircut.
    Optimistic,
    /// The cautious view of a total-economic-impact study, for a board: three years, at least
    /// 10 % discount, at most 50 % of saved time recaptured, at least 20 % risk on benefits and
    /// 10 % on costs.
    Board,
}

/// The board / TEI preset's values (see [`Scenario::Board`]).
pub mod board {
    /// Horizon in months.
    pub const HORIZON: f64 = 36.0;
    /// Lowest discount rate, percent a year.
    pub const DISCOUNT: f64 = 10.0;
    /// Highest productivity capture, percent.
    pub const CAPTURE: f64 = 50.0;
    /// Lowest risk adjustment on benefits, percent.
    pub const BENEFIT_RISK: f64 = 20.0;
    /// Lowest risk adjustment on costs, percent.
    pub const COST_RISK: f64 = 10.0;
}

impl Scenario {
    /// The three scenarios of the range, from low to high.
    pub const ALL: [Scenario; 3] = [Scenario::Conservative, Scenario::Expected, Scenario::Optimistic];
    /// Every view the calculator offers: the range's three and the board preset.
    pub const CHOICES: [Scenario; 4] = [
        Scenario::Conservative,
        Scenario::Expected,
        Scenario::Optimistic,
        Scenario::Board,
    ];

    /// `inputs` adjusted for this scenario (values that leave their range are clamped).
    ///
    /// Conservative: gains and quote time saved × 0.75 (20 % → 15 %, the bottom of the article's
    /// 15-30 % range), win-rate uplift × 0.5, adoption × 0.8, risk haircut + 10 points.
    /// Optimistic: gains × 1.5 (20 % → 30 %, the top of the range), quote time saved × 1.15,
    /// uplift × 1.5, adoption × 1.2, haircut − 5 points. With the defaults the adoption range is
    /// 40-60 % at month 6, the span of the published licence-utilisation figures.
    pub fn apply(self, inputs: &Inputs) -> Inputs {
        let (gain, quote, uplift, adoption, haircut) = match self {
            Scenario::Conservative => (0.75, 0.75, 0.5, 0.8, 10.0),
            Scenario::Expected => return inputs.sanitized(),
            Scenario::Optimistic => (1.5, 1.15, 1.5, 1.2, -5.0),
            Scenario::Board => {
                let mut out = inputs.sanitized();
                out.horizon_months = board::HORIZON;
                out.discount_rate = out.discount_rate.max(board::DISCOUNT);
                out.productivity_capture = out.productivity_capture.min(board::CAPTURE);
                out.risk_haircut = out.risk_haircut.max(board::BENEFIT_RISK);
                out.cost_risk = out.cost_risk.max(board::COST_RISK);
                return out;
            }
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
    /// Productivity capture.
    Capture,
    /// Risk on costs.
    CostRisk,
    /// Internal owner's hours.
    ChampionHours,
    /// Sales-cycle lag.
    SalesLag,
}

impl Driver {
    /// Every driver.
    pub const ALL: [Driver; 21] = [
        Driver::Capture,
        Driver::CostRisk,
        Driver::ChampionHours,
        Driver::SalesLag,
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
            Driver::Capture => &[Field::ProductivityCapture],
            Driver::CostRisk => &[Field::CostRisk],
            Driver::ChampionHours => &[Field::ChampionHours],
            Driver::SalesLag => &[Field::SalesLag],
        }
    }
}

impl Driver {
    /// Whether moving this driver changes when things happen (the adoption ramp or discounting),
    /// rather than only how large the monthly amounts are.
    pub fn moves_timing(self) -> bool {
        matches!(self, Driver::Adoption | Driver::DiscountRate | Driver::SalesLag)
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
    sensitivity_from(&base, structured, base_basis)
}

/// The sensitivity of sanitized `base`, whose timing sums are `base_basis`.
pub(super) fn sensitivity_from(base: &Inputs, structured: bool, base_basis: Basis) -> Vec<Sensitivity> {
    let at = |driver: Driver, factor: f64| {
        let mut moved = base.clone();
        for &f in driver.fields() {
            scale_within_range(&mut moved, f, factor);
        }
        let prepared = Prepared::new(&moved, structured);
        // Only adoption, the discount rate and the sales lag change the timing sums; reuse them otherwise.
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

/// Scales one field of sanitized inputs and keeps it within range (whole-number fields rounded).
fn scale_within_range(inputs: &mut Inputs, field: Field, factor: f64) {
    let spec = field.spec();
    let value = (inputs.get(field) * factor).clamp(spec.min, spec.max);
    inputs.set(field, if spec.integer { value.round() } else { value });
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
    /// Extra margin from won orders is more than [`REVENUE_SHARE_LIMIT`] of all benefits.
    RevenueHeavy,
    /// A percentage between 0 and 1: perhaps a fraction typed for a percent (0.2 for 20 %).
    PercentAsFraction(Field),
}

/// Share of the benefits above which the revenue lever deserves a warning.
pub const REVENUE_SHARE_LIMIT: f64 = 0.4;

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
    if summary.revenue_benefit > REVENUE_SHARE_LIMIT * summary.total_benefits && summary.total_benefits > 0.0 {
        out.push(Warning::RevenueHeavy);
    }
    for field in Field::ALL {
        let v = i.get(field);
        if matches!(field.spec().unit, Unit::Percent | Unit::PercentPerYear) && v > 0.0 && v < 1.0 {
            out.push(Warning::PercentAsFraction(field));
        }
    }
    out
}

/// The summary with `log` as the measurement log instead of the inputs' own: actual to date and
/// forecast after (see [`super::measurements`]).
pub fn reforecast(inputs: &Inputs, log: &[Measurement]) -> Summary {
    let mut with_log = inputs.clone();
    with_log.measurements = log.to_vec();
    summarize(&with_log, with_log.adoption.structured_communication)
}

/// The break-even adoption lift of the communication programme, in percentage points: the
/// smallest number of points by which the programme must raise active use (at month 6 and at the
/// end, on the pace without a programme) for the rollout with the programme and its costs to be
/// worth as much NPV as without. `Some(0.0)` when it pays even without any lift; `None` when no
/// lift up to 100 % adoption is enough. Training counts on both sides.
pub fn break_even_lift(inputs: &Inputs) -> Option<f64> {
    let base = inputs.sanitized();
    let target = Prepared::new(&base, false).run(|_| {}).npv;
    break_even_from(&base, target)
}

/// The break-even lift for sanitized `base` whose NPV without a programme is `target`.
pub(super) fn break_even_from(base: &Inputs, target: f64) -> Option<f64> {
    let without = Variant::of(base, false);
    let npv_at = |lift: f64| {
        let variant = Variant {
            levels: ((without.levels.0 + lift).min(1.0), (without.levels.1 + lift).min(1.0)),
            communication: true,
            ..without
        };
        let prepared = Prepared::for_variant(base, variant);
        prepared.quick(&prepared.basis()).npv
    };
    let pays = |lift: f64| npv_at(lift) >= target - 1e-9 * (1.0 + target.abs());
    if pays(0.0) {
        return Some(0.0);
    }
    // Adoption enters the benefits linearly: the ramp with both levels raised by `x` is the
    // ramp at the lift-free levels plus `x` times the ramp at levels (1, 1). With licences bought
    // up front the costs do not move, so the break-even lift follows in closed form, as long as
    // no level passes 100 %.
    let room = 1.0 - without.levels.0.max(without.levels.1);
    let at_zero = Prepared::for_variant(
        base,
        Variant {
            communication: true,
            ..without
        },
    );
    if !at_zero.licences_follow() && !at_zero.has_measurements() {
        let unit = Prepared::for_variant(
            base,
            Variant {
                levels: (1.0, 1.0),
                communication: true,
                ..without
            },
        );
        let per_point = unit.present_values(&unit.basis()).0;
        let shortfall = target - at_zero.quick(&at_zero.basis()).npv;
        if per_point > 0.0 {
            let lift = shortfall / per_point;
            if (0.0..=room).contains(&lift) {
                return Some(lift * 100.0);
            }
        }
    }
    if !pays(1.0) {
        return None;
    }
    let (mut low, mut high) = (0.0, 1.0);
    for _ in 0..BREAK_EVEN_STEPS {
        let mid = (low + high) / 2.0;
        if pays(mid) {
            high = mid;
        } else {
            low = mid;
        }
    }
    Some(high * 100.0)
}

/// Bisection steps for the break-even lift: 2^-20 of 100 points, far below what is shown.
const BREAK_EVEN_STEPS: u32 = 20;

//! Every numeric input of the model as a [`Field`]: its unit, valid range, default, short code
//! (for share links) and typed validation errors.

use super::inputs::{Group, Inputs};

/// The unit of a field's value, for display and parsing.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unit {
    /// Whole months.
    Months,
    /// Percent (20 means 20 %).
    Percent,
    /// Percentage points.
    Points,
    /// An amount of money.
    Money,
    /// Money per hour.
    MoneyPerHour,
    /// Money per month.
    MoneyPerMonth,
    /// Hours.
    Hours,
    /// Hours a week.
    HoursPerWeek,
    /// People.
    People,
    /// A count per month.
    PerMonth,
    /// Days.
    Days,
    /// A multiplier (1.5 = one and a half times).
    Factor,
    /// Percentage points per 10 % faster quotes.
    PointsPer10,
    /// Hours a month.
    HoursPerMonth,
    /// Percent a year.
    PercentPerYear,
}

/// A numeric input of the ROI model.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Field {
    /// Months the calculation runs.
    Horizon,
    /// Annual discount rate.
    DiscountRate,
    /// Haircut on benefits for risk.
    RiskHaircut,
    /// Risk adjustment added to costs.
    CostRisk,
    /// Share of saved hours recaptured as productive work.
    ProductivityCapture,
    /// People in a group.
    Headcount(Group),
    /// Loaded hourly cost of a group.
    HourlyCost(Group),
    /// Hours a week on tasks AI can help with.
    AiHours(Group),
    /// Productivity gain on those tasks.
    Gain(Group),
    /// Quotes a month.
    QuotesPerMonth,
    /// Hours of work per quote.
    HoursPerQuote,
    /// Lead time of a quote in days.
    LeadTime,
    /// Share of quote work saved.
    QuoteTimeSaved,
    /// Win rate today.
    WinRate,
    /// Win-rate points gained per 10 % faster quotes.
    WinUplift,
    /// Months from a faster quote to the extra order.
    SalesLag,
    /// Average order value.
    OrderValue,
    /// Gross margin.
    GrossMargin,
    /// Active users at month 6.
    AdoptionMonth6,
    /// Active users at the end.
    AdoptionEnd,
    /// Adoption level without structured communication, relative to with.
    UnstructuredLevel,
    /// Slowdown without structured communication.
    UnstructuredSlowdown,
    /// Licences bought.
    LicenceCount,
    /// Licence price a month.
    LicencePrice,
    /// One-off implementation cost.
    Implementation,
    /// Training hours per participant.
    TrainingHours,
    /// Training participation.
    TrainingParticipation,
    /// External communication costs.
    External,
    /// Support a month.
    Support,
    /// Hours a month of the internal owner (AI champion).
    ChampionHours,
    /// Staff turnover a year.
    Turnover,
}

/// How a field may be filled in.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct FieldSpec {
    /// Smallest valid value.
    pub min: f64,
    /// Largest valid value.
    pub max: f64,
    /// Whether only whole numbers make sense.
    pub integer: bool,
    /// Unit of the value.
    pub unit: Unit,
}

/// What is wrong with a field's value.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Problem {
    /// Empty, text, or not a finite number.
    NotANumber,
    /// Below the smallest valid value.
    TooSmall {
        /// The smallest valid value.
        min: f64,
    },
    /// Above the largest valid value.
    TooLarge {
        /// The largest valid value.
        max: f64,
    },
    /// Win rate plus uplift would exceed 100 %.
    WinRateAbove100,
    /// A whole number is needed (people, licences, months).
    NotWhole,
}

/// A validation error tied to the field it belongs to.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct FieldError {
    /// The field.
    pub field: Field,
    /// What is wrong.
    pub problem: Problem,
}

const fn spec(min: f64, max: f64, integer: bool, unit: Unit) -> FieldSpec {
    FieldSpec {
        min,
        max,
        integer,
        unit,
    }
}

const MONEY_MAX: f64 = 100_000_000.0;
/// Most session hours per person the model accepts from a plan (a year of full working weeks).
pub const MAX_SESSION_HOURS: f64 = 2_000.0;

impl Field {
    /// Every field, grouped as the form shows them.
    pub const ALL: [Field; 43] = [
        Field::QuotesPerMonth,
        Field::HoursPerQuote,
        Field::LeadTime,
        Field::QuoteTimeSaved,
        Field::WinRate,
        Field::WinUplift,
        Field::OrderValue,
        Field::GrossMargin,
        Field::SalesLag,
        Field::ProductivityCapture,
        Field::Headcount(Group::Board),
        Field::HourlyCost(Group::Board),
        Field::AiHours(Group::Board),
        Field::Gain(Group::Board),
        Field::Headcount(Group::Managers),
        Field::HourlyCost(Group::Managers),
        Field::AiHours(Group::Managers),
        Field::Gain(Group::Managers),
        Field::Headcount(Group::Staff),
        Field::HourlyCost(Group::Staff),
        Field::AiHours(Group::Staff),
        Field::Gain(Group::Staff),
        Field::Headcount(Group::Sales),
        Field::HourlyCost(Group::Sales),
        Field::AiHours(Group::Sales),
        Field::Gain(Group::Sales),
        Field::AdoptionMonth6,
        Field::AdoptionEnd,
        Field::UnstructuredLevel,
        Field::UnstructuredSlowdown,
        Field::LicenceCount,
        Field::LicencePrice,
        Field::Implementation,
        Field::TrainingHours,
        Field::TrainingParticipation,
        Field::External,
        Field::Support,
        Field::ChampionHours,
        Field::Turnover,
        Field::Horizon,
        Field::DiscountRate,
        Field::RiskHaircut,
        Field::CostRisk,
    ];

    /// Range and unit of the field.
    pub const fn spec(self) -> FieldSpec {
        use Unit::*;
        match self {
            Field::Horizon => spec(12.0, 60.0, true, Months),
            Field::DiscountRate => spec(0.0, 50.0, false, Percent),
            Field::RiskHaircut => spec(0.0, 90.0, false, Percent),
            Field::CostRisk => spec(0.0, 100.0, false, Percent),
            Field::ProductivityCapture => spec(0.0, 100.0, false, Percent),
            Field::SalesLag => spec(0.0, 24.0, true, Months),
            Field::ChampionHours => spec(0.0, 200.0, false, HoursPerMonth),
            Field::Turnover => spec(0.0, 100.0, false, PercentPerYear),
            Field::Headcount(_) => spec(0.0, 100_000.0, true, People),
            Field::HourlyCost(_) => spec(0.0, 1_000.0, false, MoneyPerHour),
            Field::AiHours(_) => spec(0.0, 80.0, false, HoursPerWeek),
            Field::Gain(_) => spec(0.0, 100.0, false, Percent),
            Field::QuotesPerMonth => spec(0.0, 1_000_000.0, false, PerMonth),
            Field::HoursPerQuote => spec(0.0, 1_000.0, false, Hours),
            Field::LeadTime => spec(0.0, 365.0, false, Days),
            Field::QuoteTimeSaved => spec(0.0, 95.0, false, Percent),
            Field::WinRate => spec(0.0, 100.0, false, Percent),
            Field::WinUplift => spec(0.0, 10.0, false, PointsPer10),
            Field::OrderValue => spec(0.0, MONEY_MAX, false, Money),
            Field::GrossMargin => spec(0.0, 100.0, false, Percent),
            Field::AdoptionMonth6 | Field::AdoptionEnd => spec(0.0, 100.0, false, Percent),
            Field::UnstructuredLevel => spec(0.0, 100.0, false, Percent),
            Field::UnstructuredSlowdown => spec(1.0, 4.0, false, Factor),
            Field::LicenceCount => spec(0.0, 1_000_000.0, true, People),
            Field::LicencePrice => spec(0.0, 10_000.0, false, MoneyPerMonth),
            Field::Implementation | Field::External => spec(0.0, MONEY_MAX, false, Money),
            Field::TrainingHours => spec(0.0, 500.0, false, Hours),
            Field::TrainingParticipation => spec(0.0, 100.0, false, Percent),
            Field::Support => spec(0.0, MONEY_MAX, false, MoneyPerMonth),
        }
    }

    /// A short, stable code for share links and saved scenarios (never change one once released).
    pub const fn code(self) -> &'static str {
        const fn by_group(g: Group, codes: [&'static str; 4]) -> &'static str {
            codes[g as usize]
        }
        match self {
            Field::Horizon => "hz",
            Field::DiscountRate => "dr",
            Field::RiskHaircut => "rk",
            Field::CostRisk => "cr",
            Field::ProductivityCapture => "ca",
            Field::SalesLag => "sl",
            Field::ChampionHours => "oh",
            Field::Turnover => "to",
            Field::Headcount(g) => by_group(g, ["bn", "mn", "sn", "vn"]),
            Field::HourlyCost(g) => by_group(g, ["bc", "mc", "sc", "vc"]),
            Field::AiHours(g) => by_group(g, ["bh", "mh", "sh", "vh"]),
            Field::Gain(g) => by_group(g, ["bg", "mg", "sg", "vg"]),
            Field::QuotesPerMonth => "qm",
            Field::HoursPerQuote => "qh",
            Field::LeadTime => "ql",
            Field::QuoteTimeSaved => "qs",
            Field::WinRate => "qw",
            // "qu" was the uplift in points before it followed the time saved (share format v1).
            Field::WinUplift => "qe",
            Field::OrderValue => "qv",
            Field::GrossMargin => "qg",
            Field::AdoptionMonth6 => "a6",
            Field::AdoptionEnd => "ae",
            Field::UnstructuredLevel => "ul",
            Field::UnstructuredSlowdown => "us",
            Field::LicenceCount => "lc",
            Field::LicencePrice => "lp",
            Field::Implementation => "im",
            Field::TrainingHours => "th",
            Field::TrainingParticipation => "tp",
            Field::External => "ex",
            Field::Support => "su",
        }
    }

    /// The field with this code.
    pub fn from_code(code: &str) -> Option<Field> {
        Field::ALL.into_iter().find(|f| f.code() == code)
    }

    /// The default value of the field.
    pub fn default_value(self) -> f64 {
        Inputs::default().get(self)
    }

    /// Checks one value against the field's range.
    pub fn check(self, value: f64) -> Result<f64, Problem> {
        let s = self.spec();
        if !value.is_finite() {
            Err(Problem::NotANumber)
        } else if value < s.min {
            Err(Problem::TooSmall { min: s.min })
        } else if value > s.max {
            Err(Problem::TooLarge { max: s.max })
        } else if s.integer && value.fract() != 0.0 {
            Err(Problem::NotWhole)
        } else {
            Ok(value)
        }
    }
}

impl Inputs {
    /// The current value of `field`.
    pub fn get(&self, field: Field) -> f64 {
        match field {
            Field::Horizon => self.horizon_months,
            Field::DiscountRate => self.discount_rate,
            Field::RiskHaircut => self.risk_haircut,
            Field::CostRisk => self.cost_risk,
            Field::ProductivityCapture => self.productivity_capture,
            Field::SalesLag => self.quotes.sales_lag_months,
            Field::ChampionHours => self.costs.champion_hours_per_month,
            Field::Turnover => self.costs.turnover,
            Field::Headcount(g) => self.groups[g.index()].headcount,
            Field::HourlyCost(g) => self.groups[g.index()].hourly_cost,
            Field::AiHours(g) => self.groups[g.index()].ai_hours_per_week,
            Field::Gain(g) => self.groups[g.index()].productivity_gain,
            Field::QuotesPerMonth => self.quotes.quotes_per_month,
            Field::HoursPerQuote => self.quotes.hours_per_quote,
            Field::LeadTime => self.quotes.lead_time_days,
            Field::QuoteTimeSaved => self.quotes.time_saved,
            Field::WinRate => self.quotes.win_rate,
            Field::WinUplift => self.quotes.uplift_per_10_faster,
            Field::OrderValue => self.quotes.order_value,
            Field::GrossMargin => self.quotes.gross_margin,
            Field::AdoptionMonth6 => self.adoption.at_month_6,
            Field::AdoptionEnd => self.adoption.at_end,
            Field::UnstructuredLevel => self.adoption.unstructured_level,
            Field::UnstructuredSlowdown => self.adoption.unstructured_slowdown,
            Field::LicenceCount => self.costs.licence_count,
            Field::LicencePrice => self.costs.licence_price,
            Field::Implementation => self.costs.implementation,
            Field::TrainingHours => self.costs.training_hours,
            Field::TrainingParticipation => self.costs.training_participation,
            Field::External => self.costs.external,
            Field::Support => self.costs.support_per_month,
        }
    }

    /// Sets `field` to `value` as given (validate or sanitize afterwards).
    pub fn set(&mut self, field: Field, value: f64) {
        let slot = match field {
            Field::Horizon => &mut self.horizon_months,
            Field::DiscountRate => &mut self.discount_rate,
            Field::RiskHaircut => &mut self.risk_haircut,
            Field::CostRisk => &mut self.cost_risk,
            Field::ProductivityCapture => &mut self.productivity_capture,
            Field::SalesLag => &mut self.quotes.sales_lag_months,
            Field::ChampionHours => &mut self.costs.champion_hours_per_month,
            Field::Turnover => &mut self.costs.turnover,
            Field::Headcount(g) => &mut self.groups[g.index()].headcount,
            Field::HourlyCost(g) => &mut self.groups[g.index()].hourly_cost,
            Field::AiHours(g) => &mut self.groups[g.index()].ai_hours_per_week,
            Field::Gain(g) => &mut self.groups[g.index()].productivity_gain,
            Field::QuotesPerMonth => &mut self.quotes.quotes_per_month,
            Field::HoursPerQuote => &mut self.quotes.hours_per_quote,
            Field::LeadTime => &mut self.quotes.lead_time_days,
            Field::QuoteTimeSaved => &mut self.quotes.time_saved,
            Field::WinRate => &mut self.quotes.win_rate,
            Field::WinUplift => &mut self.quotes.uplift_per_10_faster,
            Field::OrderValue => &mut self.quotes.order_value,
            Field::GrossMargin => &mut self.quotes.gross_margin,
            Field::AdoptionMonth6 => &mut self.adoption.at_month_6,
            Field::AdoptionEnd => &mut self.adoption.at_end,
            Field::UnstructuredLevel => &mut self.adoption.unstructured_level,
            Field::UnstructuredSlowdown => &mut self.adoption.unstructured_slowdown,
            Field::LicenceCount => &mut self.costs.licence_count,
            Field::LicencePrice => &mut self.costs.licence_price,
            Field::Implementation => &mut self.costs.implementation,
            Field::TrainingHours => &mut self.costs.training_hours,
            Field::TrainingParticipation => &mut self.costs.training_participation,
            Field::External => &mut self.costs.external,
            Field::Support => &mut self.costs.support_per_month,
        };
        *slot = value;
    }

    /// Every problem with the inputs, one per field at most, in form order.
    pub fn validate(&self) -> Vec<FieldError> {
        let mut errors: Vec<FieldError> = Field::ALL
            .into_iter()
            .filter_map(|field| self.get(field).pipe_check(field))
            .collect();
        // Judge the cross-field rule on the values the model will use, so that a clamped win rate
        // that pushes the uplift down is reported on the uplift too.
        let clean = self.sanitized_fields();
        let q = &clean.quotes;
        let uplift = q.uplift_per_10_faster * q.time_saved / 10.0;
        if q.win_rate + uplift > 100.0 && !errors.iter().any(|e| e.field == Field::WinUplift) {
            errors.push(FieldError {
                field: Field::WinUplift,
                problem: Problem::WinRateAbove100,
            });
        }
        errors
    }

    /// A copy with every value forced into its range (non-numbers become the default), the phase
    /// calendar made finite and ascending and the session hours finite, so the model can always
    /// compute something sensible. The win-rate cap is applied by [`super::QuoteCycle::win_rate_uplift`].
    pub fn sanitized(&self) -> Inputs {
        let mut clean = self.sanitized_fields();
        let month = clean.start.1.clamp(1, 12);
        clean.start = (clean.start.0.clamp(1900, 9999), month);
        clean.calendar = self.calendar.sanitized();
        clean.measurements = super::measurements::normalized(&self.measurements);
        clean.session_hours = self.session_hours.map(|h| {
            if h.is_finite() {
                h.clamp(0.0, MAX_SESSION_HOURS)
            } else {
                0.0
            }
        });
        clean
    }
}

impl Inputs {
    /// A copy with each field forced into its own range, before cross-field rules.
    fn sanitized_fields(&self) -> Inputs {
        let mut clean = self.clone();
        for field in Field::ALL {
            let s = field.spec();
            let v = self.get(field);
            let v = if v.is_finite() {
                v.clamp(s.min, s.max)
            } else {
                field.default_value()
            };
            clean.set(field, if s.integer { v.round() } else { v });
        }
        clean
    }
}

/// Helper so validation reads as a pipeline.
trait PipeCheck {
    fn pipe_check(self, field: Field) -> Option<FieldError>;
}

impl PipeCheck for f64 {
    fn pipe_check(self, field: Field) -> Option<FieldError> {
        field.check(self).err().map(|problem| FieldError { field, problem })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_unique_and_round_trip() {
        let mut codes: Vec<_> = Field::ALL.iter().map(|f| f.code()).collect();
        codes.sort_unstable();
        codes.dedup();
        assert_eq!(codes.len(), Field::ALL.len());
        for f in Field::ALL {
            assert_eq!(Field::from_code(f.code()), Some(f));
        }
    }

    #[test]
    fn defaults_are_valid_and_within_range() {
        assert_eq!(Inputs::default().validate(), vec![]);
    }

    #[test]
    fn set_then_get_returns_the_value() {
        let mut inputs = Inputs::default();
        for (i, f) in Field::ALL.into_iter().enumerate() {
            inputs.set(f, i as f64 + 0.5);
            assert_eq!(inputs.get(f), i as f64 + 0.5, "{f:?}");
        }
    }

    #[test]
    fn validation_names_field_and_range() {
        let mut inputs = Inputs::default();
        inputs.set(Field::Gain(Group::Staff), 120.0);
        inputs.set(Field::Horizon, f64::NAN);
        inputs.set(Field::LicencePrice, -1.0);
        let errors = inputs.validate();
        assert!(errors.contains(&FieldError {
            field: Field::Gain(Group::Staff),
            problem: Problem::TooLarge { max: 100.0 }
        }));
        assert!(errors.contains(&FieldError {
            field: Field::Horizon,
            problem: Problem::NotANumber
        }));
        assert!(errors.contains(&FieldError {
            field: Field::LicencePrice,
            problem: Problem::TooSmall { min: 0.0 }
        }));
        assert_eq!(errors.len(), 3);
    }

    #[test]
    fn win_rate_plus_uplift_may_not_pass_100() {
        let mut inputs = Inputs::default();
        inputs.set(Field::WinRate, 95.0);
        inputs.set(Field::WinUplift, 2.5);
        assert_eq!(
            inputs.validate(),
            vec![FieldError {
                field: Field::WinUplift,
                problem: Problem::WinRateAbove100
            }]
        );
        assert_eq!(inputs.sanitized().quotes.win_rate_uplift(), 5.0);
    }
}

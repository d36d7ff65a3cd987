//! What the ROI model is given: the assumptions a director enters, with their defaults.
//!
//! Percentages are stored as percent (20.0 means 20 %), money in the chosen currency.
//! Every numeric value is reachable through [`super::Field`], which also knows its range.

use crate::domain::phase::PhaseCalendar;

/// A group of staff whose time AI can save.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Group {
    /// Board and directors.
    Board,
    /// Department heads and team leaders.
    Managers,
    /// Operational staff: administration, project leaders, customer advisers.
    Staff,
    /// Sales and quotation staff; their quote work is counted in the quote cycle instead.
    Sales,
}

impl Group {
    /// All groups in display order.
    pub const ALL: [Group; 4] = [Group::Board, Group::Managers, Group::Staff, Group::Sales];

    /// Position in [`Inputs::groups`].
    pub const fn index(self) -> usize {
        self as usize
    }
}

/// The currency amounts are shown in; independent of the language.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Currency {
    /// Euro, the default.
    #[default]
    Eur,
    /// US dollar.
    Usd,
    /// Pound sterling.
    Gbp,
}

impl Currency {
    /// All currencies offered.
    pub const ALL: [Currency; 3] = [Currency::Eur, Currency::Usd, Currency::Gbp];

    /// ISO 4217 code.
    pub const fn code(self) -> &'static str {
        match self {
            Currency::Eur => "EUR",
            Currency::Usd => "USD",
            Currency::Gbp => "GBP",
        }
    }

    /// The symbol put before amounts.
    pub const fn symbol(self) -> &'static str {
        match self {
            Currency::Eur => "€",
            Currency::Usd => "$",
            Currency::Gbp => "£",
        }
    }

    /// Reads an ISO code, case-insensitive.
    pub fn parse(code: &str) -> Option<Currency> {
        Currency::ALL
            .into_iter()
            .find(|c| c.code().eq_ignore_ascii_case(code.trim()))
    }
}

/// One staff group's numbers.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct StaffGroup {
    /// People in the group.
    pub headcount: f64,
    /// Loaded cost of an hour of their time (salary, social charges, overhead).
    pub hourly_cost: f64,
    /// Hours a week each spends on tasks AI can help with.
    pub ai_hours_per_week: f64,
    /// Time saved on those tasks by someone actively using the tools, in percent.
    pub productivity_gain: f64,
}

/// The quotation process, the article's headline example.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct QuoteCycle {
    /// Quotes sent a month.
    pub quotes_per_month: f64,
    /// Hours of work in one quote.
    pub hours_per_quote: f64,
    /// Days from request to quote today.
    pub lead_time_days: f64,
    /// Share of quote work and lead time AI saves, in percent (article: 40 % faster).
    pub time_saved: f64,
    /// Share of quotes won today, in percent.
    pub win_rate: f64,
    /// Extra percentage points of quotes won for every 10 % by which quotes get faster; the uplift
    /// follows from `time_saved`, so no time saved means no uplift.
    pub uplift_per_10_faster: f64,
    /// Average value of a won order.
    pub order_value: f64,
    /// Gross margin on an order, in percent; the revenue lever counts margin, not turnover.
    pub gross_margin: f64,
    /// Whether the revenue lever counts at all; a sceptical board can switch it off.
    pub revenue_lever: bool,
    /// Months between a faster quote and the extra order it wins (the sales cycle).
    pub sales_lag_months: f64,
}

impl QuoteCycle {
    /// Percentage points of win rate gained: the uplift per 10 % faster times the tenths of time
    /// saved, never past a 100 % win rate (and never below zero).
    pub fn win_rate_uplift(&self) -> f64 {
        let uplift = self.uplift_per_10_faster * self.time_saved / 10.0;
        uplift.min(100.0 - self.win_rate).max(0.0)
    }
}

/// How many licensed staff actually use the tools.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Adoption {
    /// Active users as a share of licensed staff at month 6, in percent (KPI target 70 %).
    pub at_month_6: f64,
    /// Active users at the end of the horizon, in percent.
    pub at_end: f64,
    /// Whether the rollout has a structured communication programme.
    pub structured_communication: bool,
    /// Without structured communication: adoption levels as a percent of the structured ones.
    pub unstructured_level: f64,
    /// Without structured communication: how much slower the phases run (1.5 = 50 % slower).
    pub unstructured_slowdown: f64,
}

/// What the rollout costs.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Costs {
    /// Licences bought.
    pub licence_count: f64,
    /// Price of one licence a month.
    pub licence_price: f64,
    /// One-off implementation (set-up, integration, configuration), during awareness and information.
    pub implementation: f64,
    /// Training hours per participant, during information and engagement.
    pub training_hours: f64,
    /// Share of staff taking part in training, in percent (KPI target 85 %).
    pub training_participation: f64,
    /// External communication costs (workshops, coaching), spread over the first three phases.
    pub external: f64,
    /// Ongoing support a month.
    pub support_per_month: f64,
    /// Hours a month the internal owner (AI champion) spends on the rollout, at middle management's
    /// hourly cost, every month of the horizon.
    pub champion_hours_per_month: f64,
    /// Staff turnover in percent a year; newcomers get the same training once the training phase is over.
    pub turnover: f64,
    /// Whether licences are bought as users become active instead of all from month 1.
    pub licences_follow_adoption: bool,
}

/// Session hours per person of the default communication plan (all groups and formats, standard
/// tempo), for board, middle management and operational staff; the schedule's tests check that
/// its default plan gives exactly these.
pub const DEFAULT_SESSION_HOURS: [f64; 3] = [35.0 / 12.0, 8.0, 20.0];

/// Everything the model needs.
#[derive(Clone, Debug, PartialEq)]
pub struct Inputs {
    /// Months the calculation runs (12-60).
    pub horizon_months: f64,
    /// Calendar year and month (1-12) of the programme's first month.
    pub start: (i32, u32),
    /// Annual discount rate for the NPV, in percent.
    pub discount_rate: f64,
    /// Currency for display.
    pub currency: Currency,
    /// Staff groups in [`Group::ALL`] order.
    pub groups: [StaffGroup; 4],
    /// The quotation process.
    pub quotes: QuoteCycle,
    /// Adoption targets and the variant without structured communication.
    pub adoption: Adoption,
    /// Costs.
    pub costs: Costs,
    /// Haircut on all benefits for risk, in percent.
    pub risk_haircut: f64,
    /// Risk adjustment on all costs, in percent added.
    pub cost_risk: f64,
    /// Share of saved hours that turns into productive work, in percent; applies to all time benefits.
    pub productivity_capture: f64,
    /// Where the communication phases fall; set by the schedule's tempo.
    pub calendar: PhaseCalendar,
    /// Hours each person spends in the communication plan's sessions (training excluded), per
    /// schedule group: board, middle management, operational staff (sales count as staff); set by
    /// the schedule.
    pub session_hours: [f64; 3],
    /// What was measured so far (plan versus actual); empty for a plan.
    pub measurements: Vec<super::Measurement>,
}

impl Inputs {
    /// Total headcount over all groups.
    pub fn headcount(&self) -> f64 {
        self.groups.iter().map(|g| g.headcount).sum()
    }

    /// The horizon as a whole number of months within 12-60.
    pub fn horizon(&self) -> u32 {
        if self.horizon_months.is_finite() {
            self.horizon_months.round().clamp(12.0, 60.0) as u32
        } else {
            36
        }
    }
}

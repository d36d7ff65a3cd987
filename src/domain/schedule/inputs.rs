//! What the reader chooses for the schedule (start, groups, tempo, formats, pulse cadence), the
//! groups and kinds of activity it is made of, and the phase calendars that follow from it for each
//! group and for the ROI engine.

use crate::domain::date::Date;
use crate::domain::phase::PhaseCalendar;
use crate::domain::roi::{Group, Inputs};

/// A stakeholder group of the schedule.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Stakeholder {
    /// Board and directors.
    Board,
    /// Middle management.
    Managers,
    /// Operational staff (including sales and quotation staff).
    Staff,
}

impl Stakeholder {
    /// All groups, leadership first.
    pub const ALL: [Stakeholder; 3] = [Stakeholder::Board, Stakeholder::Managers, Stakeholder::Staff];

    /// Position in the plan's per-group arrays.
    pub const fn index(self) -> usize {
        self as usize
    }

    /// The schedule group that takes part in the sessions of the model's staff `group`: sales and
    /// quotation staff sit in the operational staff's sessions.
    pub const fn of(group: Group) -> Stakeholder {
        match group {
            Group::Board => Stakeholder::Board,
            Group::Managers => Stakeholder::Managers,
            Group::Staff | Group::Sales => Stakeholder::Staff,
        }
    }

    /// How many people of `inputs` are in this group.
    pub fn headcount(self, inputs: &Inputs) -> f64 {
        Group::ALL
            .into_iter()
            .filter(|g| Stakeholder::of(*g) == self)
            .map(|g| inputs.groups[g.index()].headcount)
            .sum()
    }

    /// Short stable code for ids and links.
    pub const fn code(self) -> &'static str {
        match self {
            Stakeholder::Board => "board",
            Stakeholder::Managers => "managers",
            Stakeholder::Staff => "staff",
        }
    }
}

/// How fast a group moves through the phases.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Tempo {
    /// Phases take three quarters of the standard time.
    Fast,
    /// The article's weeks: 1-4, 5-8, 9-16, 17+.
    #[default]
    Standard,
    /// Phases take one and a half times as long.
    Slow,
}

impl Tempo {
    /// All tempos.
    pub const ALL: [Tempo; 3] = [Tempo::Fast, Tempo::Standard, Tempo::Slow];

    /// Factor on the standard phase lengths.
    pub const fn factor(self) -> f64 {
        match self {
            Tempo::Fast => 0.75,
            Tempo::Standard => 1.0,
            Tempo::Slow => 1.5,
        }
    }

    /// Digit used in links.
    pub const fn digit(self) -> char {
        match self {
            Tempo::Fast => '0',
            Tempo::Standard => '1',
            Tempo::Slow => '2',
        }
    }

    /// Reads a link digit.
    pub fn from_digit(c: char) -> Option<Tempo> {
        Tempo::ALL.into_iter().find(|t| t.digit() == c)
    }
}

/// A kind of communication activity (the article's formats plus training).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ActivityKind {
    /// Executive briefing, at most 20 minutes.
    ExecutiveBriefing,
    /// Live demo with the company's own use cases.
    LiveDemo,
    /// Use-case workshop.
    UseCaseWorkshop,
    /// Peer learning between early adopters and sceptics.
    PeerLearning,
    /// Sharing a success story.
    SuccessStory,
    /// Internal ambassadors programme.
    Ambassadors,
    /// Hands-on training session.
    Training,
}

impl ActivityKind {
    /// All kinds, in the order of the format switches.
    pub const ALL: [ActivityKind; 7] = [
        ActivityKind::ExecutiveBriefing,
        ActivityKind::LiveDemo,
        ActivityKind::UseCaseWorkshop,
        ActivityKind::PeerLearning,
        ActivityKind::SuccessStory,
        ActivityKind::Ambassadors,
        ActivityKind::Training,
    ];

    /// Position in [`PlanInputs::formats`].
    pub const fn index(self) -> usize {
        self as usize
    }

    /// Stable code for ids.
    pub const fn code(self) -> &'static str {
        match self {
            ActivityKind::ExecutiveBriefing => "briefing",
            ActivityKind::LiveDemo => "demo",
            ActivityKind::UseCaseWorkshop => "workshop",
            ActivityKind::PeerLearning => "peer",
            ActivityKind::SuccessStory => "story",
            ActivityKind::Ambassadors => "ambassadors",
            ActivityKind::Training => "training",
        }
    }
}

/// What a dated entry of the plan is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum EventKind {
    /// A communication activity.
    Activity(ActivityKind),
    /// The monthly (or chosen cadence) pulse check.
    PulseCheck,
    /// KPI checkpoint: 70 % active users six months after staff start.
    AdoptionCheck,
    /// KPI checkpoint: 85 % training participation at the end of staff engagement.
    TrainingCheck,
    /// Staff representation asked for advice or consent (works council, PVT or staff meeting):
    /// in the programme's first week, well before staff start using AI.
    WorksCouncil,
    /// The AI use policy agreed: before the staff's first training, which teaches it.
    PolicyAgreed,
}

impl EventKind {
    /// Stable code for ids.
    pub const fn code(self) -> &'static str {
        match self {
            EventKind::Activity(a) => a.code(),
            EventKind::PulseCheck => "pulse",
            EventKind::AdoptionCheck => "kpi-adoption",
            EventKind::TrainingCheck => "kpi-training",
            EventKind::WorksCouncil => "works-council",
            EventKind::PolicyAgreed => "policy",
        }
    }
}

/// What the user chooses for the plan.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PlanInputs {
    /// First day of the programme.
    pub start: Date,
    /// Which groups take part, in [`Stakeholder::ALL`] order.
    pub groups: [bool; 3],
    /// Tempo per group.
    pub tempo: [Tempo; 3],
    /// Which activity kinds to schedule, in [`ActivityKind::ALL`] order.
    pub formats: [bool; 7],
    /// Weeks between pulse checks (4 = monthly).
    pub pulse_weeks: u32,
}

impl Default for PlanInputs {
    fn default() -> Self {
        PlanInputs {
            start: Date {
                year: 2027,
                month: 1,
                day: 4,
            },
            groups: [true; 3],
            tempo: [Tempo::Standard; 3],
            formats: [true; 7],
            pulse_weeks: 4,
        }
    }
}

/// What the ROI model takes from a plan: the start month, the phase calendar and the session hours.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct PlanForModel {
    /// Calendar year and month of the programme's first month.
    pub start: (i32, u32),
    /// The operational staff's phase calendar, in weeks since the first day of the start month.
    pub calendar: PhaseCalendar,
    /// Session hours per person: board, middle management, operational staff.
    pub session_hours: [f64; 3],
}

impl PlanForModel {
    /// `inputs` with these taken from the plan.
    pub fn apply(&self, inputs: &Inputs) -> Inputs {
        Inputs {
            start: self.start,
            calendar: self.calendar,
            session_hours: self.session_hours,
            ..inputs.clone()
        }
    }
}

/// Length of the plan in weeks (the article: a full strategy spans 6-12 months).
pub const PLAN_WEEKS: u32 = 52;
/// Allowed pulse-check cadences in weeks.
pub const PULSE_CHOICES: [u32; 4] = [2, 4, 6, 8];

impl PlanInputs {
    /// Keeps values within what the plan supports (pulse cadence, at least one group).
    pub fn sanitized(&self) -> PlanInputs {
        let mut p = *self;
        if !PULSE_CHOICES.contains(&p.pulse_weeks) {
            p.pulse_weeks = 4;
        }
        if !p.groups.contains(&true) {
            p.groups = [true; 3];
        }
        p
    }

    /// Week (since the programme start) at which `group` begins, and its phase calendar.
    pub fn group_calendar(&self, group: Stakeholder) -> (f64, PhaseCalendar) {
        let calendar = PhaseCalendar::stretched(self.tempo[group.index()].factor());
        let awareness = |g: Stakeholder| PhaseCalendar::stretched(self.tempo[g.index()].factor()).ends[0];
        let (board, managers) = (self.groups[0], self.groups[1]);
        let offset = match group {
            Stakeholder::Board => 0.0,
            // Middle management is briefed a week after the board, or starts the programme itself.
            Stakeholder::Managers => {
                if board {
                    1.0
                } else {
                    0.0
                }
            }
            // Staff follow once leadership is through awareness; without leadership they start at once.
            Stakeholder::Staff if board => awareness(Stakeholder::Board),
            Stakeholder::Staff if managers => awareness(Stakeholder::Managers),
            Stakeholder::Staff => 0.0,
        };
        (offset, calendar)
    }

    /// The calendar the ROI engine uses: the operational staff's phases (they hold most licences),
    /// in weeks since the first day of the start month.
    pub fn roi_calendar(&self) -> PhaseCalendar {
        let (offset, calendar) = self.group_calendar(Stakeholder::Staff);
        let into_month = f64::from(self.start.day - 1) / 7.0;
        PhaseCalendar {
            ends: calendar.ends.map(|w| w + offset + into_month),
        }
    }

    /// Hours each person spends in the plan's sessions, per group (training sessions excluded:
    /// the model counts training hours separately); 0 for a group that is not in the plan.
    pub fn session_hours(&self) -> [f64; 3] {
        let mut minutes = [0u32; 3];
        for e in self.build().events {
            if let (EventKind::Activity(kind), Some(group), Some(m)) = (e.kind, e.group, e.minutes) {
                if kind != ActivityKind::Training {
                    minutes[group.index()] += m;
                }
            }
        }
        minutes.map(|m| f64::from(m) / 60.0)
    }

    /// `inputs` with the start month, phase calendar and session hours taken from this plan.
    pub fn apply(&self, inputs: &Inputs) -> Inputs {
        self.for_model().apply(inputs)
    }

    /// What the model takes from this plan, worked out once (building the plan is the costly part).
    pub fn for_model(&self) -> PlanForModel {
        PlanForModel {
            start: (self.start.year, self.start.month),
            calendar: self.roi_calendar(),
            session_hours: self.session_hours(),
        }
    }
}

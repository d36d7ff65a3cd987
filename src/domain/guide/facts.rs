//! What the kit's materials are filled in with: the company name, the facts of the reader's
//! communication schedule as seen on a given day, the calculation's figures, the policy's choices,
//! and where a group stands in its phases.

use crate::domain::date::Date;
use crate::domain::phase::{Phase, PhaseCalendar};
use crate::domain::schedule::{ActivityKind, EventKind, PlanInputs, Stakeholder};

// ── What the planner knows ─────────────────────────────────────────────────────

/// The group's next session in the schedule.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Session {
    /// On this day.
    On(Date),
    /// The group is in the schedule but has no session left.
    NoneLeft,
    /// The group is not in the schedule.
    NotInPlan,
}

/// What the materials take from the reader's communication schedule. Dates of events still to
/// come are taken from `today` on, so that a material never announces a day that has passed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PlanFacts {
    /// The schedule's first day.
    pub start: Date,
    /// The operational staff's first day; `None` when the staff are not in the schedule.
    pub staff_start: Option<Date>,
    /// Each group's first session in the schedule (board, managers, staff), whatever today is.
    pub first_sessions: [Session; 3],
    /// Each group's next session (board, managers, staff), from today.
    pub sessions: [Session; 3],
    /// The board's next executive briefing, from today.
    pub next_briefing: Option<Date>,
    /// The next (at most three) pulse checks, from today.
    pub pulse: Vec<Date>,
    /// The day the adoption target is measured, if that is still to come.
    pub adoption_check: Option<Date>,
    /// The day staff representation is asked for advice or consent.
    pub works_council: Option<Date>,
    /// The day the AI use policy is agreed.
    pub policy: Option<Date>,
    /// Each group's learning sessions (demos, training, workshops), the first four.
    pub literacy: [Vec<Date>; 3],
}

/// The activities that teach: what the AI-literacy plan is made of.
pub const fn teaches(kind: ActivityKind) -> bool {
    matches!(
        kind,
        ActivityKind::LiveDemo | ActivityKind::Training | ActivityKind::UseCaseWorkshop | ActivityKind::PeerLearning
    )
}

impl PlanFacts {
    /// The facts of `plan` as seen on `today`.
    pub fn new(plan: &PlanInputs, today: Date) -> PlanFacts {
        let plan = plan.sanitized();
        let built = plan.build();
        let events = &built.events;
        let activity_of = |e: &crate::domain::schedule::Event, g: Stakeholder| {
            e.group == Some(g) && matches!(e.kind, EventKind::Activity(_))
        };
        let session = |g: Stakeholder, from: Option<Date>| {
            if !plan.groups[g.index()] {
                return Session::NotInPlan;
            }
            events
                .iter()
                .find(|e| activity_of(e, g) && from.is_none_or(|day| e.date >= day))
                .map_or(Session::NoneLeft, |e| Session::On(e.date))
        };
        let first_of = |kind: EventKind| events.iter().find(|e| e.kind == kind).map(|e| e.date);
        let staff = Stakeholder::Staff;
        PlanFacts {
            start: plan.start,
            staff_start: plan.groups[staff.index()].then(|| {
                let (offset, _) = plan.group_calendar(staff);
                plan.start.add_days((offset * 7.0).round() as i64)
            }),
            first_sessions: Stakeholder::ALL.map(|g| session(g, None)),
            sessions: Stakeholder::ALL.map(|g| session(g, Some(today))),
            next_briefing: events
                .iter()
                .find(|e| {
                    e.group == Some(Stakeholder::Board)
                        && e.kind == EventKind::Activity(ActivityKind::ExecutiveBriefing)
                        && e.date >= today
                })
                .map(|e| e.date),
            pulse: events
                .iter()
                .filter(|e| e.kind == EventKind::PulseCheck && e.date >= today)
                .take(3)
                .map(|e| e.date)
                .collect(),
            adoption_check: first_of(EventKind::AdoptionCheck).filter(|d| *d >= today),
            works_council: first_of(EventKind::WorksCouncil),
            policy: first_of(EventKind::PolicyAgreed),
            literacy: Stakeholder::ALL.map(|g| {
                events
                    .iter()
                    .filter(|e| e.group == Some(g) && matches!(e.kind, EventKind::Activity(a) if teaches(a)))
                    .take(4)
                    .map(|e| e.date)
                    .collect()
            }),
        }
    }
}

/// What the materials take from the reader's calculation.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Figures {
    /// Expected payback month, counted from the programme's first month; `None`: not within the horizon.
    pub payback_month: Option<f64>,
    /// ROI of the board view, in percent; `None` without costs.
    pub board_roi: Option<f64>,
    /// The calculation's horizon in months.
    pub horizon: u32,
    /// Calendar year and month of the programme's first month.
    pub start: (i32, u32),
}

/// Everything the materials can be filled in with; `None` where the reader has not entered it.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Facts {
    /// The company name.
    pub company: Option<String>,
    /// From the communication schedule.
    pub plan: Option<PlanFacts>,
    /// From the calculator.
    pub figures: Option<Figures>,
    /// The reader's choices for the AI use policy.
    pub policy: super::policy::PolicyChoices,
}

/// The longest company name kept.
pub const COMPANY_MAX_CHARS: usize = 80;

/// What the company field shows of a stored name: no more than a name can hold.
pub fn company_field(stored: &str) -> String {
    stored.chars().take(COMPANY_MAX_CHARS).collect()
}

/// A typed or stored company name as the materials use it: one line, trimmed, at most
/// [`COMPANY_MAX_CHARS`] characters; `None` when nothing is left.
pub fn company_name(typed: &str) -> Option<String> {
    let kept = crate::domain::format::one_line(typed, COMPANY_MAX_CHARS);
    (!kept.is_empty()).then_some(kept)
}

// ── Where a group is in the programme ──────────────────────────────────────────

/// Where a group stands in its phases on a given day.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PhaseNow {
    /// The phase running (awareness before the start).
    pub phase: Phase,
    /// The group's week, 1-based; `None` before the group starts.
    pub week: Option<u32>,
    /// The group's first day.
    pub starts: Date,
}

/// The phase of `group` (or, for the SEO lens, of the programme as a whole) on `today`.
pub fn phase_now(plan: &PlanInputs, group: Option<Stakeholder>, today: Date) -> PhaseNow {
    let plan = plan.sanitized();
    let (offset, calendar) = group.map_or((0.0, PhaseCalendar::default()), |g| plan.group_calendar(g));
    let starts = plan.start.add_days((offset * 7.0).round() as i64);
    let days = starts.days_until(today);
    if days < 0 {
        return PhaseNow {
            phase: Phase::Awareness,
            week: None,
            starts,
        };
    }
    let week = days as f64 / 7.0;
    PhaseNow {
        phase: calendar.phase_at(week),
        week: Some(u32::try_from(days / 7 + 1).unwrap_or(u32::MAX)),
        starts,
    }
}

//! The communication schedule: the four phases turned into dated activities per stakeholder
//! group, and the one phase calendar that the ROI engine's adoption ramp and cost timing use.
//!
//! Leadership goes first (the board at the start, middle management a week later); operational
//! staff start when the board's awareness phase is over. Each group's tempo stretches or
//! shortens its phases. Activities sit on workdays at 10:00 local (floating) time; checkpoints
//! are all-day.

pub mod export;

use crate::domain::date::Date;
use crate::domain::phase::{Phase, PhaseCalendar, WEEKS_PER_MONTH};
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

/// One group in one phase, with its dates (end exclusive; embedding ends with the plan).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PhaseSpan {
    /// The group.
    pub group: Stakeholder,
    /// The phase.
    pub phase: Phase,
    /// First day.
    pub start: Date,
    /// Day after the last day.
    pub end: Date,
}

/// A dated entry of the plan.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Event {
    /// Unique, stable id (used as iCalendar UID).
    pub id: String,
    /// What it is.
    pub kind: EventKind,
    /// The audience; `None` for checkpoints that concern everyone.
    pub group: Option<Stakeholder>,
    /// The phase it belongs to.
    pub phase: Phase,
    /// The day.
    pub date: Date,
    /// Length in minutes from 10:00; `None` for an all-day entry.
    pub minutes: Option<u32>,
}

/// The whole plan.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Plan {
    /// Phases per group.
    pub spans: Vec<PhaseSpan>,
    /// Activities and checkpoints, by date.
    pub events: Vec<Event>,
    /// First day after the plan.
    pub end: Date,
}

/// The kinds of `events`, each once, in the order they first occur: what a reader of the plan's
/// table needs explained (each kind's purpose is the same on every date).
pub fn kinds<'a>(events: impl IntoIterator<Item = &'a Event>) -> Vec<EventKind> {
    let mut kinds = Vec::new();
    for e in events {
        if !kinds.contains(&e.kind) {
            kinds.push(e.kind);
        }
    }
    kinds
}

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

    /// Builds the dated plan.
    pub fn build(&self) -> Plan {
        let p = self.sanitized();
        let day = |week: f64| p.start.add_days((week * 7.0).round() as i64);
        let end = day(f64::from(PLAN_WEEKS));
        let mut spans = Vec::new();
        let mut events = Vec::new();
        for group in Stakeholder::ALL.into_iter().filter(|g| p.groups[g.index()]) {
            let (offset, calendar) = p.group_calendar(group);
            for phase in Phase::ALL {
                let (a, b) = calendar.span(phase);
                let start = day(offset + a);
                let stop = if b.is_finite() { day(offset + b) } else { end };
                if start < end {
                    spans.push(PhaseSpan {
                        group,
                        phase,
                        start,
                        end: stop.min(end),
                    });
                }
            }
            for (kind, phase, week, minutes) in template(group, &calendar) {
                if !p.formats[kind.index()] {
                    continue;
                }
                let date = day(offset + week).workday();
                if date < end {
                    events.push(event(
                        EventKind::Activity(kind),
                        Some(group),
                        phase,
                        date,
                        Some(minutes),
                    ));
                }
            }
        }
        // Checkpoints: pulse checks for everyone, and the KPI targets measured on the staff.
        let (staff_offset, staff) = p.group_calendar(Stakeholder::Staff);
        let calendar_all = PhaseCalendar::default();
        let mut week = f64::from(p.pulse_weeks);
        while week < f64::from(PLAN_WEEKS) {
            let phase = calendar_all.phase_at(week);
            events.push(event(EventKind::PulseCheck, None, phase, day(week).workday(), None));
            week += f64::from(p.pulse_weeks);
        }
        // The rules of the road: the staff's representatives are asked in the first week, and the
        // use policy is agreed when the staff's information phase begins, before their training.
        let rules = [
            (EventKind::WorksCouncil, 0.4),
            (EventKind::PolicyAgreed, staff_offset + staff.span(Phase::Information).0),
        ];
        for (kind, w) in rules {
            let date = day(w).workday();
            if date < end {
                events.push(event(kind, None, calendar_all.phase_at(w), date, None));
            }
        }
        let adoption_week = staff_offset + 6.0 * WEEKS_PER_MONTH;
        let training_week = staff_offset + staff.ends[2];
        for (kind, w) in [
            (EventKind::AdoptionCheck, adoption_week),
            (EventKind::TrainingCheck, training_week),
        ] {
            let date = day(w).workday();
            if date < end {
                events.push(event(
                    kind,
                    Some(Stakeholder::Staff),
                    staff.phase_at(w - staff_offset),
                    date,
                    None,
                ));
            }
        }
        events.sort_by(|a, b| (a.date, a.group, a.kind.code()).cmp(&(b.date, b.group, b.kind.code())));
        Plan { spans, events, end }
    }
}

fn event(kind: EventKind, group: Option<Stakeholder>, phase: Phase, date: Date, minutes: Option<u32>) -> Event {
    let who = group.map_or("all", Stakeholder::code);
    Event {
        id: format!("{}-{}-{}", kind.code(), who, date.compact()),
        kind,
        group,
        phase,
        date,
        minutes,
    }
}

/// The activities of one group, as (kind, phase, week since the group's start, minutes).
fn template(group: Stakeholder, c: &PhaseCalendar) -> Vec<(ActivityKind, Phase, f64, u32)> {
    use ActivityKind::*;
    use Phase::*;
    let start = |phase| c.span(phase).0;
    let length = |phase: Phase| {
        let (a, b) = c.span(phase);
        b - a
    };
    let embed = start(Embedding);
    let mut out = Vec::new();
    let repeat = |kind, every: f64, minutes, out: &mut Vec<_>| {
        let mut w = embed + every / 2.0;
        while w < f64::from(PLAN_WEEKS) {
            out.push((kind, Embedding, w, minutes));
            w += every;
        }
    };
    match group {
        Stakeholder::Board => {
            out.push((ExecutiveBriefing, Awareness, 0.0, 20));
            out.push((LiveDemo, Information, start(Information), 45));
            out.push((
                ExecutiveBriefing,
                Engagement,
                start(Engagement) + length(Engagement) - 1.0,
                20,
            ));
            out.push((SuccessStory, Embedding, embed, 30));
            repeat(ExecutiveBriefing, 13.0, 20, &mut out);
        }
        Stakeholder::Managers => {
            out.push((LiveDemo, Awareness, 0.0, 60));
            out.push((Training, Information, start(Information), 120));
            out.push((UseCaseWorkshop, Engagement, start(Engagement), 120));
            out.push((
                PeerLearning,
                Engagement,
                start(Engagement) + length(Engagement) / 2.0,
                60,
            ));
            repeat(PeerLearning, 8.0, 60, &mut out);
        }
        Stakeholder::Staff => {
            out.push((LiveDemo, Awareness, 1.0, 60));
            out.push((LiveDemo, Information, start(Information), 60));
            out.push((
                Training,
                Information,
                start(Information) + length(Information) / 2.0,
                120,
            ));
            out.push((UseCaseWorkshop, Engagement, start(Engagement), 120));
            out.push((Ambassadors, Engagement, start(Engagement) + 1.0, 60));
            let mut w = start(Engagement) + 2.0;
            while w < embed {
                out.push((PeerLearning, Engagement, w, 60));
                w += 2.0;
            }
            repeat(Training, 8.0, 90, &mut out);
            repeat(SuccessStory, 4.0, 30, &mut out);
            repeat(PeerLearning, 4.0, 60, &mut out);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_kind_of_event_is_explained_once_in_order_of_first_date() {
        let plan = PlanInputs::default().build();
        let all = kinds(&plan.events);
        assert_eq!(all.first(), Some(&EventKind::Activity(ActivityKind::ExecutiveBriefing)));
        assert_eq!(
            all.len(),
            plan.events
                .iter()
                .map(|e| e.kind)
                .collect::<std::collections::HashSet<_>>()
                .len()
        );
        for (i, kind) in all.iter().enumerate() {
            let first = plan.events.iter().position(|e| e.kind == *kind);
            let earlier = all[..i].iter().map(|k| plan.events.iter().position(|e| e.kind == *k));
            assert!(earlier.into_iter().all(|p| p < first), "{kind:?} out of order");
        }
        // Only the board's events: no staff-only kind such as the ambassadors programme.
        let board = kinds(plan.events.iter().filter(|e| e.group != Some(Stakeholder::Staff)));
        assert!(!board.contains(&EventKind::Activity(ActivityKind::Ambassadors)));
        assert!(all.contains(&EventKind::Activity(ActivityKind::Ambassadors)));
        assert!(kinds(&[]).is_empty());
    }

    #[test]
    fn head_count_per_group_includes_sales_with_the_staff() {
        let i = Inputs::default();
        let counts = Stakeholder::ALL.map(|s| s.headcount(&i));
        assert_eq!(counts, [2.0, 5.0, 29.0]);
        assert_eq!(counts.iter().sum::<f64>(), i.headcount());
        // The model's session hours use the same mapping.
        for g in Group::ALL {
            assert_eq!(Stakeholder::of(g).index(), g.index().min(2));
        }
    }

    #[test]
    fn the_models_default_session_hours_are_the_default_plans() {
        assert_eq!(
            PlanInputs::default().session_hours(),
            crate::domain::roi::DEFAULT_SESSION_HOURS
        );
        let mut no_staff = PlanInputs::default();
        no_staff.groups[Stakeholder::Staff.index()] = false;
        assert_eq!(no_staff.session_hours()[Stakeholder::Staff.index()], 0.0);
    }

    #[test]
    fn standard_plan_follows_the_article() {
        let plan = PlanInputs::default().build();
        let board: Vec<_> = plan.spans.iter().filter(|s| s.group == Stakeholder::Board).collect();
        assert_eq!(
            board[0].start,
            Date {
                year: 2027,
                month: 1,
                day: 4
            }
        );
        assert_eq!(
            board[1].start,
            Date {
                year: 2027,
                month: 2,
                day: 1
            }
        ); // week 5
        assert_eq!(
            board[2].start,
            Date {
                year: 2027,
                month: 3,
                day: 1
            }
        ); // week 9
        assert_eq!(
            board[3].start,
            Date {
                year: 2027,
                month: 4,
                day: 26
            }
        ); // week 17
        let staff_start = plan
            .spans
            .iter()
            .find(|s| s.group == Stakeholder::Staff)
            .map(|s| s.start);
        assert_eq!(
            staff_start,
            board.get(1).map(|s| s.start),
            "staff start when board awareness ends"
        );
    }

    #[test]
    fn staff_representation_is_asked_before_staff_use_ai_and_the_policy_stands_before_their_training() {
        for groups in [
            [true, true, true],
            [false, false, true],
            [true, false, true],
            [false, true, true],
        ] {
            for tempo in Tempo::ALL {
                let inputs = PlanInputs {
                    groups,
                    tempo: [tempo; 3],
                    ..PlanInputs::default()
                };
                let plan = inputs.build();
                let first = |kind: EventKind| plan.events.iter().find(|e| e.kind == kind).map(|e| e.date);
                let council = first(EventKind::WorksCouncil).expect("the works council is asked");
                let policy = first(EventKind::PolicyAgreed).expect("the policy is agreed");
                assert!(
                    council <= inputs.start.add_days(7),
                    "{groups:?} {tempo:?}: in the first week"
                );
                assert!(council < policy, "{groups:?} {tempo:?}");
                let staff_training = plan
                    .events
                    .iter()
                    .find(|e| {
                        e.group == Some(Stakeholder::Staff) && e.kind == EventKind::Activity(ActivityKind::Training)
                    })
                    .map(|e| e.date)
                    .expect("staff are trained");
                assert!(policy <= staff_training, "{groups:?} {tempo:?}: policy before training");
                let staff_use = plan
                    .events
                    .iter()
                    .find(|e| e.group == Some(Stakeholder::Staff) && e.phase == Phase::Engagement)
                    .map(|e| e.date)
                    .expect("staff start using AI");
                assert!(council < staff_use && policy <= staff_use);
            }
        }
    }

    #[test]
    fn plan_contains_every_activity_kind_and_the_checkpoints() {
        let plan = PlanInputs::default().build();
        for kind in ActivityKind::ALL {
            assert!(
                plan.events.iter().any(|e| e.kind == EventKind::Activity(kind)),
                "{kind:?} missing"
            );
        }
        let pulses = plan.events.iter().filter(|e| e.kind == EventKind::PulseCheck).count();
        assert_eq!(pulses, 12);
        assert_eq!(
            plan.events
                .iter()
                .filter(|e| e.kind == EventKind::AdoptionCheck)
                .count(),
            1
        );
        assert_eq!(
            plan.events
                .iter()
                .filter(|e| e.kind == EventKind::TrainingCheck)
                .count(),
            1
        );
        assert!(plan.events.windows(2).all(|w| w[0].date <= w[1].date));
        assert!(plan.events.iter().all(|e| e.date.weekday() < 5 && e.date < plan.end));
        let mut ids: Vec<_> = plan.events.iter().map(|e| e.id.as_str()).collect();
        let n = ids.len();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), n, "event ids are unique");
    }

    #[test]
    fn every_group_and_tempo_combination_builds_a_sane_plan() {
        for start in [
            Date {
                year: 2026,
                month: 12,
                day: 21,
            },
            Date {
                year: 2027,
                month: 3,
                day: 22,
            },
            Date {
                year: 2027,
                month: 10,
                day: 25,
            },
        ] {
            for mask in 1..8u8 {
                for t in 0..27 {
                    let tempo = [Tempo::ALL[t % 3], Tempo::ALL[(t / 3) % 3], Tempo::ALL[t / 9]];
                    let groups = [mask & 1 != 0, mask & 2 != 0, mask & 4 != 0];
                    let inputs = PlanInputs {
                        start,
                        groups,
                        tempo,
                        ..PlanInputs::default()
                    };
                    let plan = inputs.build();
                    for g in Stakeholder::ALL {
                        let spans: Vec<_> = plan.spans.iter().filter(|s| s.group == g).collect();
                        if groups[g.index()] {
                            assert_eq!(spans.len(), 4, "{g:?} {tempo:?}");
                            assert!(spans
                                .windows(2)
                                .all(|w| w[0].end == w[1].start && w[0].start < w[0].end));
                        } else {
                            assert!(spans.is_empty());
                            assert!(plan.events.iter().all(|e| e.group != Some(g)
                                || e.kind == EventKind::AdoptionCheck
                                || e.kind == EventKind::TrainingCheck));
                        }
                    }
                    assert!(plan
                        .events
                        .iter()
                        .all(|e| e.date >= start && e.date < plan.end && e.date.weekday() < 5));
                    let roi = inputs.roi_calendar();
                    assert!(roi.ends[0] < roi.ends[1] && roi.ends[1] < roi.ends[2]);
                }
            }
        }
    }

    #[test]
    fn year_end_and_dst_do_not_move_events() {
        // Starting just before new year: dates roll into the next year on workdays.
        let inputs = PlanInputs {
            start: Date {
                year: 2026,
                month: 12,
                day: 28,
            },
            ..PlanInputs::default()
        };
        let plan = inputs.build();
        assert!(plan.events.iter().any(|e| e.date.year == 2027));
        assert!(plan.events.iter().all(|e| e.date.weekday() < 5));
        // Across the Dutch DST change (last Sunday of March 2027 is the 28th): a session a week
        // after it still falls on the same weekday and keeps its 10:00 floating start.
        let inputs = PlanInputs {
            start: Date {
                year: 2027,
                month: 3,
                day: 22,
            },
            ..PlanInputs::default()
        };
        let plan = inputs.build();
        let board = plan
            .spans
            .iter()
            .find(|s| s.group == Stakeholder::Board && s.phase == Phase::Information);
        assert_eq!(
            board.map(|s| s.start),
            Some(Date {
                year: 2027,
                month: 4,
                day: 19
            })
        );
        assert_eq!(board.map(|s| s.start.weekday()), Some(0));
    }

    #[test]
    fn without_leadership_staff_start_at_once_on_the_standard_calendar() {
        let only_staff = PlanInputs {
            start: Date {
                year: 2027,
                month: 1,
                day: 1,
            },
            groups: [false, false, true],
            ..PlanInputs::default()
        };
        assert_eq!(only_staff.roi_calendar(), PhaseCalendar::default());
        let with_managers = PlanInputs {
            groups: [false, true, true],
            ..only_staff
        };
        assert_eq!(with_managers.roi_calendar().ends, [8.0, 12.0, 20.0]);
    }

    #[test]
    fn the_roi_calendar_moves_with_start_date_and_tempo() {
        let base = PlanInputs {
            start: Date {
                year: 2027,
                month: 1,
                day: 1,
            },
            ..PlanInputs::default()
        };
        assert_eq!(base.roi_calendar().ends, [8.0, 12.0, 20.0]);
        let later_in_month = PlanInputs {
            start: Date {
                year: 2027,
                month: 1,
                day: 15,
            },
            ..base
        };
        assert!(later_in_month.roi_calendar().ends[0] > 8.0);
        let slow = PlanInputs {
            tempo: [Tempo::Slow; 3],
            ..base
        };
        assert_eq!(slow.roi_calendar().ends, [12.0, 18.0, 30.0]);
        let applied = base.apply(&Inputs::default());
        assert_eq!(applied.start, (2027, 1));
        assert_eq!(applied.calendar, base.roi_calendar());
    }
}

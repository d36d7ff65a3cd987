//! The dated plan: each group's phases and activities on workdays, the checkpoints for everyone,
//! built from the reader's choices ([`PlanInputs::build`]).

use super::inputs::{ActivityKind, EventKind, PlanInputs, Stakeholder, PLAN_WEEKS};
use crate::domain::date::Date;
use crate::domain::phase::{Phase, PhaseCalendar, WEEKS_PER_MONTH};

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

/// Adds `activity` (kind, phase, minutes) every `step` weeks from week `from` until before `until`.
fn recurring(
    out: &mut Vec<(ActivityKind, Phase, f64, u32)>,
    activity: (ActivityKind, Phase, u32),
    from: f64,
    until: f64,
    step: f64,
) {
    let (kind, phase, minutes) = activity;
    let mut w = from;
    while w < until {
        out.push((kind, phase, w, minutes));
        w += step;
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
    // In embedding, a recurring activity runs every `step` weeks, the first half a step in.
    let repeat = |kind, step: f64, minutes, out: &mut Vec<_>| {
        recurring(
            out,
            (kind, Embedding, minutes),
            embed + step / 2.0,
            f64::from(PLAN_WEEKS),
            step,
        );
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
            recurring(
                &mut out,
                (PeerLearning, Engagement, 60),
                start(Engagement) + 2.0,
                embed,
                2.0,
            );
            repeat(Training, 8.0, 90, &mut out);
            repeat(SuccessStory, 4.0, 30, &mut out);
            repeat(PeerLearning, 4.0, 60, &mut out);
        }
    }
    out
}

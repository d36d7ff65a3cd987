//! Exports of the communication plan: iCalendar (RFC 5545) and CSV, in the chosen language.

use crate::domain::date::Date;
use crate::domain::format::csv::table;
use crate::domain::i18n::{text, Key, Lang};
use crate::domain::phase::Phase;
use crate::domain::schedule::{ActivityKind, Event, EventKind, Plan, Stakeholder};

/// An iCalendar UTC timestamp (`DTSTAMP`), `20270104T093000Z`; values out of range are clamped.
pub fn utc_stamp(year: u32, month: u32, day: u32, hour: u32, minute: u32, second: u32) -> String {
    format!(
        "{:04}{:02}{:02}T{:02}{:02}{:02}Z",
        year.min(9999),
        month.clamp(1, 12),
        day.clamp(1, 31),
        hour.min(23),
        minute.min(59),
        second.min(60)
    )
}

/// Hour at which timed activities start (floating local time).
pub const START_HOUR: u32 = 10;

/// Title of an event.
pub const fn title(kind: EventKind) -> Key {
    match kind {
        EventKind::Activity(a) => match a {
            ActivityKind::ExecutiveBriefing => Key::ActivityBriefing,
            ActivityKind::LiveDemo => Key::ActivityDemo,
            ActivityKind::UseCaseWorkshop => Key::ActivityWorkshop,
            ActivityKind::PeerLearning => Key::ActivityPeer,
            ActivityKind::SuccessStory => Key::ActivityStory,
            ActivityKind::Ambassadors => Key::ActivityAmbassadors,
            ActivityKind::Training => Key::ActivityTraining,
        },
        EventKind::PulseCheck => Key::EventPulse,
        EventKind::AdoptionCheck => Key::EventKpiAdoption,
        EventKind::TrainingCheck => Key::EventKpiTraining,
        EventKind::WorksCouncil => Key::EventWorksCouncil,
        EventKind::PolicyAgreed => Key::EventPolicy,
    }
}

/// Purpose of an event.
pub const fn purpose(kind: EventKind) -> Key {
    match kind {
        EventKind::Activity(a) => match a {
            ActivityKind::ExecutiveBriefing => Key::PurposeBriefing,
            ActivityKind::LiveDemo => Key::PurposeDemo,
            ActivityKind::UseCaseWorkshop => Key::PurposeWorkshop,
            ActivityKind::PeerLearning => Key::PurposePeer,
            ActivityKind::SuccessStory => Key::PurposeStory,
            ActivityKind::Ambassadors => Key::PurposeAmbassadors,
            ActivityKind::Training => Key::PurposeTraining,
        },
        EventKind::PulseCheck => Key::PurposePulse,
        EventKind::AdoptionCheck => Key::PurposeKpiAdoption,
        EventKind::TrainingCheck => Key::PurposeKpiTraining,
        EventKind::WorksCouncil => Key::PurposeWorksCouncil,
        EventKind::PolicyAgreed => Key::PurposePolicy,
    }
}

/// Name of a stakeholder group; `None` means everyone.
pub const fn group_name(group: Option<Stakeholder>) -> Key {
    match group {
        Some(Stakeholder::Board) => Key::GroupBoard,
        Some(Stakeholder::Managers) => Key::GroupManagers,
        Some(Stakeholder::Staff) => Key::GroupStaff,
        None => Key::PlanAllGroups,
    }
}

/// Name of a phase.
pub const fn phase_name(phase: Phase) -> Key {
    match phase {
        Phase::Awareness => Key::PhaseAwareness,
        Phase::Information => Key::PhaseInformation,
        Phase::Engagement => Key::PhaseEngagement,
        Phase::Embedding => Key::PhaseEmbedding,
    }
}

/// `HH:MM` of a time `minutes` after the start hour.
pub fn clock(minutes: u32) -> String {
    let total = START_HOUR * 60 + minutes.min(13 * 60);
    format!("{:02}:{:02}", total / 60, total % 60)
}

/// Escapes TEXT values (RFC 5545 §3.3.11).
pub fn escape(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for c in value.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c => out.push(c),
        }
    }
    out
}

/// Folds a content line at 75 octets with CRLF + space (RFC 5545 §3.1), never inside a character.
pub fn fold(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + line.len() / 70 * 3);
    let mut width = 0;
    for c in line.chars() {
        let len = c.len_utf8();
        if width + len > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += len;
    }
    out
}

fn timed(date: Date, minutes_after_start: u32) -> String {
    let t = clock(minutes_after_start).replace(':', "");
    format!("{}T{t}00", date.compact())
}

/// The plan as an iCalendar file; `stamp` is the creation time in UTC (`YYYYMMDDTHHMMSSZ`).
pub fn calendar(plan: &Plan, lang: Lang, stamp: &str) -> String {
    let mut lines = vec![
        "BEGIN:VCALENDAR".to_string(),
        "VERSION:2.0".to_string(),
        "PRODID:-//AI-adoptieplanner//Communicatieplan//NL".to_string(),
        "CALSCALE:GREGORIAN".to_string(),
        "METHOD:PUBLISH".to_string(),
        format!("X-WR-CALNAME:{}", escape(text(Key::PlanCalendarName, lang))),
    ];
    for e in &plan.events {
        lines.extend(vevent(e, lang, stamp));
    }
    lines.push("END:VCALENDAR".to_string());
    lines.iter().map(|l| fold(l)).collect::<Vec<_>>().join("\r\n") + "\r\n"
}

fn vevent(e: &Event, lang: Lang, stamp: &str) -> Vec<String> {
    let (start, end) = match e.minutes {
        Some(m) => (
            format!("DTSTART:{}", timed(e.date, 0)),
            format!("DTEND:{}", timed(e.date, m)),
        ),
        None => (
            format!("DTSTART;VALUE=DATE:{}", e.date.compact()),
            format!("DTEND;VALUE=DATE:{}", e.date.add_days(1).compact()),
        ),
    };
    let summary = format!("{} · {}", text(title(e.kind), lang), text(group_name(e.group), lang));
    let description = format!(
        "{}\n{}: {}",
        text(purpose(e.kind), lang),
        text(Key::PlanCsvPhase, lang),
        text(phase_name(e.phase), lang)
    );
    vec![
        "BEGIN:VEVENT".to_string(),
        format!("UID:{}@adoptieplanner", e.id),
        format!("DTSTAMP:{stamp}"),
        start,
        end,
        format!("SUMMARY:{}", escape(&summary)),
        format!("DESCRIPTION:{}", escape(&description)),
        format!("CATEGORIES:{}", escape(text(phase_name(e.phase), lang))),
        if e.minutes.is_some() {
            "TRANSP:OPAQUE"
        } else {
            "TRANSP:TRANSPARENT"
        }
        .to_string(),
        "END:VEVENT".to_string(),
    ]
}

/// The plan as CSV (same conventions as the month table: `;` and decimal commas in Dutch).
pub fn plan_csv(plan: &Plan, lang: Lang) -> String {
    let headers = [
        Key::PlanCsvDate,
        Key::PlanCsvTime,
        Key::PlanCsvDuration,
        Key::PlanCsvGroup,
        Key::PlanCsvPhase,
        Key::PlanCsvActivity,
        Key::PlanCsvPurpose,
    ]
    .map(|k| text(k, lang).to_string());
    let rows = plan.events.iter().map(|e| {
        let (time, minutes) = match e.minutes {
            Some(m) => (clock(0), m.to_string()),
            None => (text(Key::PlanAllDay, lang).to_string(), String::new()),
        };
        [
            e.date.iso(),
            time,
            minutes,
            text(group_name(e.group), lang).to_string(),
            text(phase_name(e.phase), lang).to_string(),
            text(title(e.kind), lang).to_string(),
            text(purpose(e.kind), lang).to_string(),
        ]
    });
    table(lang, headers, rows)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::schedule::PlanInputs;

    #[test]
    fn utc_stamps_are_basic_format_and_clamped() {
        assert_eq!(utc_stamp(2027, 1, 4, 9, 30, 0), "20270104T093000Z");
        assert_eq!(utc_stamp(20_000, 13, 0, 99, 99, 99), "99991201T235960Z");
    }

    #[test]
    fn escapes_and_folds() {
        assert_eq!(escape("a,b;c\\d\ne"), "a\\,b\\;c\\\\d\\ne");
        let long = format!("DESCRIPTION:{}", "é".repeat(60));
        let folded = fold(&long);
        assert!(folded.split("\r\n").all(|l| l.len() <= 75), "{folded}");
        assert_eq!(folded.replace("\r\n ", ""), long);
    }

    #[test]
    fn calendar_is_well_formed() {
        let plan = PlanInputs::default().build();
        let ics = calendar(&plan, Lang::Nl, "20261123T120000Z");
        assert!(ics.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
        assert!(ics.ends_with("END:VCALENDAR\r\n"));
        assert_eq!(ics.matches("BEGIN:VEVENT").count(), plan.events.len());
        assert_eq!(ics.matches("UID:").count(), plan.events.len());
        assert!(ics.split("\r\n").all(|l| l.len() <= 75));
        assert!(ics.contains("DTSTART:20270104T100000\r\nDTEND:20270104T102000"));
        assert!(ics.contains("DTSTART;VALUE=DATE:"));
        assert!(!ics.contains("\n\n"));
    }

    #[test]
    fn csv_has_a_row_per_event() {
        let plan = PlanInputs::default().build();
        let csv = plan_csv(&plan, Lang::En);
        let lines: Vec<_> = csv.trim_end().split("\r\n").collect();
        assert_eq!(lines.len(), plan.events.len() + 1);
        assert!(
            lines[1].starts_with("2027-01-04,10:00,20,Board,Awareness,Executive briefing,"),
            "{}",
            lines[1]
        );
    }
}

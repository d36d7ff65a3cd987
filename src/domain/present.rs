//! The presenter view for the board meeting: its slides in order, the notes for each, and the
//! plan's decision points on one timeline. The figures are the calculator's; the views draw them.

use crate::domain::date::Date;
use crate::domain::guide::PlanFacts;
use crate::domain::i18n::Key;
use crate::domain::roi::month_table::calendar_month;
use crate::domain::schedule::PlanInputs;

/// One slide, in the order shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Slide {
    /// The question and the decision asked.
    Decision,
    /// The headline with its range and the board (TEI) view.
    Headline,
    /// Where the value comes from.
    Sources,
    /// What it takes to break even.
    BreakEven,
    /// Risks and the sensitivity.
    Risks,
    /// The plan on a timeline with its decision points.
    Plan,
    /// What is measured, and when.
    Measures,
}

impl Slide {
    /// Every slide, in the order shown.
    pub const ALL: [Slide; 7] = [
        Slide::Decision,
        Slide::Headline,
        Slide::Sources,
        Slide::BreakEven,
        Slide::Risks,
        Slide::Plan,
        Slide::Measures,
    ];

    /// The slide's title.
    pub const fn title(self) -> Key {
        const TITLES: [Key; 7] = [
            Key::PresentTitle0,
            Key::PresentTitle1,
            Key::PresentTitle2,
            Key::PresentTitle3,
            Key::PresentTitle4,
            Key::PresentTitle5,
            Key::PresentTitle6,
        ];
        TITLES[self as usize]
    }

    /// The presenter's notes: what to say, the likely question and its answer.
    pub const fn notes(self) -> [Key; 3] {
        const NOTES: [[Key; 3]; 7] = [
            [Key::PresentNoteSay0, Key::PresentNoteQ0, Key::PresentNoteA0],
            [Key::PresentNoteSay1, Key::PresentNoteQ1, Key::PresentNoteA1],
            [Key::PresentNoteSay2, Key::PresentNoteQ2, Key::PresentNoteA2],
            [Key::PresentNoteSay3, Key::PresentNoteQ3, Key::PresentNoteA3],
            [Key::PresentNoteSay4, Key::PresentNoteQ4, Key::PresentNoteA4],
            [Key::PresentNoteSay5, Key::PresentNoteQ5, Key::PresentNoteA5],
            [Key::PresentNoteSay6, Key::PresentNoteQ6, Key::PresentNoteA6],
        ];
        NOTES[self as usize]
    }
}

/// The slide an address's `present` value names (1-based, as shown): anything unreadable is the
/// first slide, anything past the end the last.
pub fn slide_index(param: &str) -> usize {
    param
        .trim()
        .parse::<usize>()
        .map_or(0, |n| n.clamp(1, Slide::ALL.len()) - 1)
}

/// What a key press does in the presenter view.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Move {
    /// To slide (index).
    To(usize),
    /// Close the view.
    Close,
}

/// The move a key (its `KeyboardEvent.key`) makes from slide `at`; `None` for any other key.
pub fn key_move(key: &str, at: usize) -> Option<Move> {
    let last = Slide::ALL.len() - 1;
    match key {
        "ArrowRight" | "ArrowDown" | "PageDown" | " " | "Spacebar" => Some(Move::To((at + 1).min(last))),
        "ArrowLeft" | "ArrowUp" | "PageUp" | "Backspace" => Some(Move::To(at.saturating_sub(1))),
        "Home" => Some(Move::To(0)),
        "End" => Some(Move::To(last)),
        "Escape" => Some(Move::Close),
        _ => None,
    }
}

/// A point on the plan's timeline.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Milestone {
    /// When.
    pub date: Date,
    /// What happens.
    pub what: Key,
}

/// The plan's decision points in date order: the start, the works council, the use policy, the
/// staff's start, the six-month adoption checkpoint and, when it falls within the horizon, the
/// expected payback (the first day of that calendar month).
pub fn milestones(plan: &PlanInputs, payback_month: Option<f64>) -> Vec<Milestone> {
    let facts = PlanFacts::new(plan, plan.start);
    let mut points = vec![Milestone {
        date: facts.start,
        what: Key::MilestoneStart,
    }];
    let mut add = |date: Option<Date>, what: Key| {
        if let Some(date) = date {
            points.push(Milestone { date, what });
        }
    };
    add(facts.works_council, Key::MilestoneWorksCouncil);
    add(facts.policy, Key::MilestonePolicy);
    add(facts.staff_start, Key::MilestoneStaff);
    add(facts.adoption_check, Key::MilestoneAdoption);
    let payback = payback_month.filter(|m| m.is_finite() && *m >= 0.0).map(|m| {
        let (year, month) = calendar_month((plan.start.year, plan.start.month), m.ceil().max(1.0) as u32);
        Date { year, month, day: 1 }
    });
    add(payback, Key::MilestonePayback);
    // A stable sort keeps the order above for points on the same day.
    points.sort_by_key(|p| p.date);
    points
}

/// The first pulse survey of the plan, if it has one.
pub fn first_pulse(plan: &PlanInputs) -> Option<Date> {
    PlanFacts::new(plan, plan.start).pulse.first().copied()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_step_through_the_slides_and_stop_at_the_ends() {
        assert_eq!(key_move("ArrowRight", 0), Some(Move::To(1)));
        assert_eq!(key_move(" ", 5), Some(Move::To(6)));
        assert_eq!(key_move("PageDown", 6), Some(Move::To(6)));
        assert_eq!(key_move("ArrowLeft", 0), Some(Move::To(0)));
        assert_eq!(key_move("ArrowUp", 3), Some(Move::To(2)));
        assert_eq!(key_move("Home", 4), Some(Move::To(0)));
        assert_eq!(key_move("End", 0), Some(Move::To(6)));
        assert_eq!(key_move("Escape", 2), Some(Move::Close));
        assert_eq!(key_move("a", 2), None);
    }

    #[test]
    fn an_address_names_a_slide_or_the_nearest() {
        assert_eq!(slide_index("1"), 0);
        assert_eq!(slide_index("7"), 6);
        assert_eq!(slide_index("99"), 6);
        assert_eq!(slide_index("0"), 0);
        assert_eq!(slide_index(""), 0);
        assert_eq!(slide_index("-2"), 0);
        assert_eq!(slide_index("x"), 0);
    }

    #[test]
    fn every_slide_has_a_title_and_notes() {
        use crate::domain::i18n::{text, Lang};
        for slide in Slide::ALL {
            for lang in Lang::ALL {
                assert!(!text(slide.title(), lang).is_empty());
                assert!(slide.notes().iter().all(|k| !text(*k, lang).is_empty()));
            }
        }
    }

    #[test]
    fn the_decision_points_come_in_date_order_with_the_works_council_first() {
        let plan = PlanInputs::default();
        let points = milestones(&plan, Some(14.2));
        let whats: Vec<Key> = points.iter().map(|p| p.what).collect();
        assert_eq!(whats[0], Key::MilestoneStart);
        assert!(points.windows(2).all(|w| w[0].date <= w[1].date));
        let at = |k: Key| whats.iter().position(|w| *w == k).expect("present");
        assert!(at(Key::MilestoneWorksCouncil) < at(Key::MilestoneStaff));
        assert!(at(Key::MilestonePolicy) < at(Key::MilestoneAdoption));
        assert!(at(Key::MilestoneAdoption) < at(Key::MilestonePayback));
        // Payback in month 15 of a plan starting in January 2027: March 2028.
        let payback = points
            .iter()
            .find(|p| p.what == Key::MilestonePayback)
            .expect("payback");
        assert_eq!(payback.date, Date::new(2028, 3, 1).expect("date"));
        assert!(!milestones(&plan, None).iter().any(|p| p.what == Key::MilestonePayback));
        assert!(first_pulse(&plan).is_some_and(|d| d > plan.start));
    }
}

//! A small company: one director and no layer of managers between them and the staff. There the
//! director does the managers' work too, so the guide puts both groups' tasks on the board's page
//! in one list.

use super::kit::{this_week, WeekItem};
use super::{CheckItem, GuidePage, GUIDE};
use crate::domain::phase::Phase;
use crate::domain::roi::Inputs;
use crate::domain::schedule::{PlanInputs, Stakeholder};

/// Fewer people than this (everyone, the director included) counts as small, when there is no
/// middle layer. Our assumption: about the size at which a director still leads every team.
pub const SMALL_COMPANY_PEOPLE: f64 = 15.0;

/// Whether the company the reader entered is small: fewer than [`SMALL_COMPANY_PEOPLE`] people and
/// no managers, in the calculation or in the schedule.
pub fn is_small(inputs: &Inputs, plan: &PlanInputs) -> bool {
    let people: f64 = Stakeholder::ALL.iter().map(|g| g.headcount(inputs)).sum();
    let no_managers = Stakeholder::Managers.headcount(inputs) < 1.0 || !plan.groups[Stakeholder::Managers.index()];
    people > 0.0 && people < SMALL_COMPANY_PEOPLE && no_managers
}

/// What the director of a small company does first in `phase`: the board's list, then the
/// managers' items that are not already on it.
pub fn week_items(phase: Phase) -> Vec<&'static WeekItem> {
    let mut items: Vec<&'static WeekItem> = this_week(GuidePage::Role(0), phase).iter().collect();
    for item in this_week(GuidePage::Role(1), phase) {
        if !items.iter().any(|i| i.text == item.text) {
            items.push(item);
        }
    }
    items
}

/// The "apply today" items of the board and then of the managers.
pub fn today_items() -> Vec<&'static CheckItem> {
    GUIDE.roles.iter().take(2).flat_map(|r| r.today.iter()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn company(board: f64, managers: f64, staff: f64) -> Inputs {
        let mut inputs = Inputs::default();
        inputs.groups[0].headcount = board;
        inputs.groups[1].headcount = managers;
        inputs.groups[2].headcount = staff;
        inputs.groups[3].headcount = 0.0;
        inputs
    }

    #[test]
    fn small_means_few_people_and_no_middle_layer() {
        let plan = PlanInputs::default();
        assert!(!is_small(&Inputs::default(), &plan), "the example company is not small");
        assert!(is_small(&company(1.0, 0.0, 10.0), &plan));
        assert!(is_small(&company(1.0, 0.0, 13.0), &plan));
        assert!(
            !is_small(&company(1.0, 0.0, 14.0), &plan),
            "15 people is no longer small"
        );
        assert!(!is_small(&company(1.0, 2.0, 8.0), &plan), "a middle layer");
        assert!(!is_small(&company(0.0, 0.0, 0.0), &plan), "nobody entered");
        let no_managers_in_plan = PlanInputs {
            groups: [true, false, true],
            ..plan
        };
        assert!(is_small(&company(1.0, 2.0, 8.0), &no_managers_in_plan));
    }

    #[test]
    fn the_merged_lists_hold_both_groups_once() {
        for phase in Phase::ALL {
            let items = week_items(phase);
            let board = this_week(GuidePage::Role(0), phase).len();
            assert!(items.len() > board, "{phase:?}: the managers' items are added");
            for (i, a) in items.iter().enumerate() {
                assert!(
                    items[i + 1..].iter().all(|b| b.text != a.text),
                    "{phase:?}: no item twice"
                );
            }
        }
        let today = today_items();
        assert_eq!(today.len(), GUIDE.roles[0].today.len() + GUIDE.roles[1].today.len());
    }
}

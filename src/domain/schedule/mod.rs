//! The communication schedule: the four phases turned into dated activities per stakeholder
//! group, and the one phase calendar that the ROI engine's adoption ramp and cost timing use.
//!
//! Leadership goes first (the board at the start, middle management a week later); operational
//! staff start when the board's awareness phase is over. Each group's tempo stretches or
//! shortens its phases. Activities sit on workdays at 10:00 local (floating) time; checkpoints
//! are all-day.

pub mod export;
mod inputs;
mod plan;

pub use inputs::{ActivityKind, EventKind, PlanForModel, PlanInputs, Stakeholder, Tempo, PLAN_WEEKS, PULSE_CHOICES};
pub use plan::{kinds, Event, PhaseSpan, Plan};

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::date::Date;
    use crate::domain::phase::{Phase, PhaseCalendar};
    use crate::domain::roi::{Group, Inputs};

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

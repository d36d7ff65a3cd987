//! The readiness check: eight statements, each answered no, partly or yes, that place a company in
//! a communication phase and name the kit material that helps most with its weakest point.
//!
//! A phase is reached when every condition of its gate holds, and the gates are passed in order
//! (our reading of the source article's phases, stated in `docs/roi-model.md`):
//! - **information** (weeks 5-8) needs a board that sponsors it, an owner at least in part, and
//!   use cases at least in part: there is something to explain;
//! - **engagement** (weeks 9-16), where staff start to use AI, needs a use policy, the staff
//!   representation consulted, data at least partly in order, chosen use cases and some skills;
//! - **embedding** (week 17 on) needs skills, data, measurement and ownership in full.

use crate::domain::i18n::Key;
use crate::domain::phase::Phase;

/// One statement of the check.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Dimension {
    /// The board sponsors the programme, with budget and time.
    Sponsorship,
    /// There is a written AI use policy.
    Policy,
    /// The works council or staff representation has been consulted.
    Representation,
    /// The data AI may use are known and in order (privacy, processing agreements).
    Data,
    /// Staff have the skills (AI literacy) to use it well.
    Skills,
    /// The first use cases are chosen.
    UseCases,
    /// It is agreed what is measured, and when.
    Measurement,
    /// Someone owns the rollout (an AI champion with hours for it).
    Ownership,
}

impl Dimension {
    /// Every statement, in the order asked.
    pub const ALL: [Dimension; 8] = [
        Dimension::Sponsorship,
        Dimension::Policy,
        Dimension::Representation,
        Dimension::Data,
        Dimension::Skills,
        Dimension::UseCases,
        Dimension::Measurement,
        Dimension::Ownership,
    ];

    /// The statement as the check shows it.
    pub const fn statement(self) -> Key {
        const KEYS: [Key; 8] = [
            Key::StartDim0,
            Key::StartDim1,
            Key::StartDim2,
            Key::StartDim3,
            Key::StartDim4,
            Key::StartDim5,
            Key::StartDim6,
            Key::StartDim7,
        ];
        KEYS[self as usize]
    }

    /// Its short name, for a sentence ("het gebruiksbeleid").
    pub const fn short(self) -> Key {
        const KEYS: [Key; 8] = [
            Key::StartDimShort0,
            Key::StartDimShort1,
            Key::StartDimShort2,
            Key::StartDimShort3,
            Key::StartDimShort4,
            Key::StartDimShort5,
            Key::StartDimShort6,
            Key::StartDimShort7,
        ];
        KEYS[self as usize]
    }

    /// The kit material that helps most when this is weak (its id in `content/kit.toml`).
    pub const fn material(self) -> &'static str {
        match self {
            Dimension::Sponsorship => "position",
            Dimension::Policy => "ai-policy",
            Dimension::Representation => "works-council",
            Dimension::Data => "privacy-checklist",
            Dimension::Skills => "literacy-plan",
            Dimension::UseCases => "team-meeting",
            Dimension::Measurement => "pulse-survey",
            Dimension::Ownership => "briefing",
        }
    }
}

/// An answer to a statement.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Level {
    /// Not in place.
    No,
    /// Partly in place.
    Partly,
    /// In place.
    Yes,
}

impl Level {
    /// Every answer, in the order offered.
    pub const ALL: [Level; 3] = [Level::No, Level::Partly, Level::Yes];

    /// The level stored as `0`, `1` or `2`.
    pub fn from_digit(c: char) -> Option<Level> {
        c.to_digit(10).and_then(|d| Level::ALL.get(d as usize).copied())
    }

    /// The answer as offered.
    pub const fn label(self) -> Key {
        match self {
            Level::No => Key::StartLevel0,
            Level::Partly => Key::StartLevel1,
            Level::Yes => Key::StartLevel2,
        }
    }
}

/// The phase each gate opens and what it needs.
const GATES: [(Phase, &[(Dimension, Level)]); 3] = [
    (
        Phase::Information,
        &[
            (Dimension::Sponsorship, Level::Yes),
            (Dimension::Ownership, Level::Partly),
            (Dimension::UseCases, Level::Partly),
        ],
    ),
    (
        Phase::Engagement,
        &[
            (Dimension::Policy, Level::Yes),
            (Dimension::Representation, Level::Yes),
            (Dimension::Data, Level::Partly),
            (Dimension::UseCases, Level::Yes),
            (Dimension::Skills, Level::Partly),
        ],
    ),
    (
        Phase::Embedding,
        &[
            (Dimension::Skills, Level::Yes),
            (Dimension::Data, Level::Yes),
            (Dimension::Measurement, Level::Yes),
            (Dimension::Ownership, Level::Yes),
        ],
    ),
];

/// What the check concludes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Readiness {
    /// The phase the company is in.
    pub phase: Phase,
    /// What stands between it and the next phase, in statement order (empty in embedding).
    pub blocking: Vec<Dimension>,
    /// The weakest point: the lowest of the blocking ones (the first of equals); in embedding, the
    /// lowest that is not in place yet; `None` when everything is.
    pub weakest: Option<Dimension>,
}

/// Places a company by its answers, in [`Dimension::ALL`] order; `None` until all are answered.
pub fn assess(answers: &[Option<Level>; 8]) -> Option<Readiness> {
    let mut levels = [Level::No; 8];
    for (level, answer) in levels.iter_mut().zip(answers) {
        *level = (*answer)?;
    }
    let level = |d: Dimension| levels[d as usize];
    let mut phase = Phase::Awareness;
    let mut blocking = Vec::new();
    for (opens, needs) in GATES {
        let unmet: Vec<Dimension> = needs
            .iter()
            .filter(|(d, min)| level(*d) < *min)
            .map(|(d, _)| *d)
            .collect();
        if unmet.is_empty() {
            phase = opens;
        } else {
            blocking = Dimension::ALL.into_iter().filter(|d| unmet.contains(d)).collect();
            break;
        }
    }
    let candidates: Vec<Dimension> = if blocking.is_empty() {
        Dimension::ALL.into_iter().filter(|d| level(*d) < Level::Yes).collect()
    } else {
        blocking.clone()
    };
    // The first of the lowest: `min_by_key` keeps the first of equal minima.
    let weakest = candidates.into_iter().min_by_key(|d| level(*d));
    Some(Readiness {
        phase,
        blocking,
        weakest,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Answers written as eight digits in statement order: sponsorship, policy, representation,
    /// data, skills, use cases, measurement, ownership.
    fn answers(digits: &str) -> [Option<Level>; 8] {
        let mut out = [None; 8];
        for (slot, c) in out.iter_mut().zip(digits.chars()) {
            *slot = Level::from_digit(c);
        }
        out
    }

    #[test]
    fn a_company_is_placed_in_the_phase_its_answers_justify() {
        use Dimension as D;
        use Phase as P;
        //        S P R D K U M O
        let table = [
            ("00000000", P::Awareness, Some(D::Sponsorship)),
            // Sponsored, but nobody owns it: still awareness.
            ("20000200", P::Awareness, Some(D::Ownership)),
            ("20000110", P::Awareness, Some(D::Ownership)),
            ("10000111", P::Awareness, Some(D::Sponsorship)),
            // Sponsor, part owner, part use cases: information, and the policy is what blocks most.
            ("20000101", P::Information, Some(D::Policy)),
            ("22201201", P::Information, Some(D::Data)),
            ("22211101", P::Information, Some(D::UseCases)),
            // Policy and representation in place, the rest partly: engagement.
            ("22211201", P::Engagement, Some(D::Measurement)),
            ("22211211", P::Engagement, Some(D::Data)),
            ("22212211", P::Engagement, Some(D::Data)),
            ("22222221", P::Engagement, Some(D::Ownership)),
            // Policy missing holds a company back whatever else it has.
            ("20222222", P::Information, Some(D::Policy)),
            // Everything in place but measurement: still engagement.
            ("22222202", P::Engagement, Some(D::Measurement)),
            ("22222222", P::Embedding, None),
            // Without full sponsorship nothing else counts yet.
            ("12222222", P::Awareness, Some(D::Sponsorship)),
        ];
        for (digits, phase, weakest) in table {
            let r = assess(&answers(digits)).expect("complete");
            assert_eq!((r.phase, r.weakest), (phase, weakest), "{digits}");
            if let Some(w) = r.weakest {
                assert!(r.blocking.is_empty() || r.blocking.contains(&w), "{digits}");
            }
        }
    }

    #[test]
    fn an_incomplete_check_places_nothing() {
        assert_eq!(assess(&answers("2222222")), None);
        assert_eq!(assess(&[None; 8]), None);
    }

    #[test]
    fn more_in_place_never_puts_a_company_in_an_earlier_phase() {
        let rank = |p: Phase| Phase::ALL.iter().position(|x| *x == p).unwrap_or(0);
        for n in 0..3u32.pow(8) {
            let digits: String = (0..8).map(|i| char::from(b'0' + (n / 3u32.pow(i) % 3) as u8)).collect();
            let base = assess(&answers(&digits)).expect("complete").phase;
            for i in 0..8 {
                let mut better = answers(&digits);
                better[i] = better[i].map(|l| {
                    l.max(Level::Partly)
                        .max(if l == Level::Partly { Level::Yes } else { l })
                });
                let phase = assess(&better).expect("complete").phase;
                assert!(rank(phase) >= rank(base), "{digits} at {i}");
            }
        }
    }

    #[test]
    fn every_dimension_names_a_material_of_the_kit() {
        for d in Dimension::ALL {
            assert!(crate::domain::guide::kit::material(d.material()).is_some(), "{d:?}");
        }
    }
}

//! The front door: seven questions, one screen each, and the start they give a visitor.
//!
//! The answers become the calculator's and the schedule's starting state ([`starting_state`]: the
//! same state a share link carries), a phase ([`Stage::phase`], or the readiness check's), and the
//! three things to do this week for the reader's role ([`week_items`]). Only the staff numbers,
//! the quotes and the start date come from the answers; every other input keeps the calculator's
//! evidence-based default. How headcount is split over the model's groups is our assumption,
//! stated in `docs/roi-model.md` ("The front door's starting state").
//!
//! The answers are kept in this browser as a short text ([`Answers::encode`]), read back leniently.

pub mod door;
pub mod readiness;

use crate::domain::date::Date;
use crate::domain::format::number::parse_number;
use crate::domain::guide::kit::{this_week, WeekItem};
use crate::domain::guide::GuidePage;
use crate::domain::i18n::{Key, Lang};
use crate::domain::phase::Phase;
use crate::domain::roi::{Group, Inputs, Scenario};
use crate::domain::schedule::PlanInputs;
use crate::domain::web::share::SharedState;
use readiness::{Dimension, Level};

/// One screen of the front door, in the order asked.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Question {
    /// The reader's role: board, manager or staff.
    Role,
    /// People in the company.
    Headcount,
    /// Of them, people doing office or quotation work (leaders included).
    Office,
    /// Quotes sent a month, or none.
    Quotes,
    /// Where AI stands in the company today.
    Stage,
    /// The first goal.
    Goal,
    /// When the programme should start.
    Start,
}

impl Question {
    /// Every question, in the order asked.
    pub const ALL: [Question; 7] = [
        Question::Role,
        Question::Headcount,
        Question::Office,
        Question::Quotes,
        Question::Stage,
        Question::Goal,
        Question::Start,
    ];

    /// The question as asked.
    pub const fn label(self) -> Key {
        match self {
            Question::Role => Key::StartQRole,
            Question::Headcount => Key::StartQHeadcount,
            Question::Office => Key::StartQOffice,
            Question::Quotes => Key::StartQQuotes,
            Question::Stage => Key::StartQStage,
            Question::Goal => Key::StartQGoal,
            Question::Start => Key::StartQStart,
        }
    }

    /// What a number question asks for exactly.
    pub const fn hint(self) -> Option<Key> {
        match self {
            Question::Headcount => Some(Key::StartHintHeadcount),
            Question::Office => Some(Key::StartHintOffice),
            Question::Quotes => Some(Key::StartHintQuotes),
            _ => None,
        }
    }

    /// The options of a choice question, in order; empty for a number question.
    pub const fn options(self) -> &'static [Key] {
        match self {
            Question::Role => &[Key::StartRole0, Key::StartRole1, Key::StartRole2],
            Question::Stage => &[Key::StartStage0, Key::StartStage1, Key::StartStage2, Key::StartStage3],
            Question::Goal => &[Key::StartGoal0, Key::StartGoal1, Key::StartGoal2, Key::StartGoal3],
            Question::Start => &[Key::StartStart0, Key::StartStart1, Key::StartStart2],
            Question::Headcount | Question::Office | Question::Quotes => &[],
        }
    }
}

/// The reader's role, as the guide's pages divide them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Role {
    /// Board and directors.
    Board,
    /// Department heads and team leaders.
    Managers,
    /// Operational staff.
    Staff,
}

impl Role {
    const ALL: [Role; 3] = [Role::Board, Role::Managers, Role::Staff];

    /// The guide page written for this role.
    pub const fn page(self) -> GuidePage {
        GuidePage::Role(self as usize)
    }
}

/// Where AI stands in the company today.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Stage {
    /// Nobody uses it.
    Nobody,
    /// Some people use it on their own initiative.
    OwnInitiative,
    /// A tool has been chosen.
    ToolChosen,
    /// Teams use it in their work.
    TeamsUse,
}

impl Stage {
    const ALL: [Stage; 4] = [Stage::Nobody, Stage::OwnInitiative, Stage::ToolChosen, Stage::TeamsUse];

    /// The communication phase this stage puts a company in before the readiness check says more:
    /// use on one's own initiative is still awareness (the rules come first); a chosen tool is
    /// information (explain it before training); teams using it are in engagement.
    pub const fn phase(self) -> Phase {
        match self {
            Stage::Nobody | Stage::OwnInitiative => Phase::Awareness,
            Stage::ToolChosen => Phase::Information,
            Stage::TeamsUse => Phase::Engagement,
        }
    }

    /// Why this stage puts a company in its phase.
    pub const fn why(self) -> Key {
        match self {
            Stage::Nobody => Key::StartWhy0,
            Stage::OwnInitiative => Key::StartWhy1,
            Stage::ToolChosen => Key::StartWhy2,
            Stage::TeamsUse => Key::StartWhy3,
        }
    }
}

/// The first goal.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Goal {
    /// Time back for the staff.
    Time,
    /// Faster quotes.
    FasterQuotes,
    /// Better quality of the work.
    Quality,
    /// Being ready for the rules (works council, privacy, AI literacy, a use policy).
    Rules,
}

impl Goal {
    const ALL: [Goal; 4] = [Goal::Time, Goal::FasterQuotes, Goal::Quality, Goal::Rules];

    /// The kit's materials this goal puts first in the week's list.
    const fn materials(self) -> &'static [&'static str] {
        match self {
            Goal::Rules => &["works-council", "ai-policy", "privacy-checklist", "literacy-plan"],
            Goal::FasterQuotes => &["briefing", "success-story"],
            Goal::Quality => &["position", "ai-policy"],
            Goal::Time => &[],
        }
    }

    /// What this goal means for the figures and the first steps.
    pub const fn focus(self) -> Key {
        match self {
            Goal::Time => Key::StartGoalFocus0,
            Goal::FasterQuotes => Key::StartGoalFocus1,
            Goal::Quality => Key::StartGoalFocus2,
            Goal::Rules => Key::StartGoalFocus3,
        }
    }
}

/// When the programme should start: the first Monday of a month to come.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StartWhen {
    /// Next month.
    NextMonth,
    /// In three months.
    InThreeMonths,
    /// In six months.
    InSixMonths,
}

impl StartWhen {
    /// Every option, in the order offered.
    pub const ALL: [StartWhen; 3] = [StartWhen::NextMonth, StartWhen::InThreeMonths, StartWhen::InSixMonths];

    /// The first working Monday of the month this many months after `today`'s.
    pub fn date(self, today: Date) -> Date {
        let months = match self {
            StartWhen::NextMonth => 1,
            StartWhen::InThreeMonths => 3,
            StartWhen::InSixMonths => 6,
        };
        let index = today.year * 12 + today.month as i32 - 1 + months;
        let first = Date {
            year: index.div_euclid(12),
            month: index.rem_euclid(12) as u32 + 1,
            day: 1,
        };
        // Monday is weekday 0.
        first.add_days(i64::from((7 - first.weekday()) % 7))
    }
}

/// Quotes a month, or none at all.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Quotes {
    /// This many quotes a month.
    PerMonth(u32),
    /// The company does not send quotes.
    None,
}

/// The largest company the front door asks about: the EU's SME definition ends below 250 staff
/// (Commission Recommendation 2003/361/EC).
pub const MAX_HEADCOUNT: u32 = 249;
/// The most quotes a month the front door takes.
pub const MAX_QUOTES: u32 = 2_000;

/// The visitor's answers so far; `None` is not (yet) answered.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Answers {
    /// The reader's role.
    pub role: Option<Role>,
    /// People in the company.
    pub headcount: Option<u32>,
    /// People doing office or quotation work, leaders included.
    pub office: Option<u32>,
    /// Quotes a month.
    pub quotes: Option<Quotes>,
    /// Where AI stands.
    pub stage: Option<Stage>,
    /// The first goal.
    pub goal: Option<Goal>,
    /// When to start.
    pub start: Option<StartWhen>,
    /// The readiness check's answers, in [`Dimension::ALL`] order.
    pub readiness: [Option<Level>; 8],
    /// Whether the visitor has seen the start page (answered the last question or skipped).
    pub done: bool,
}

/// Why a number answer cannot be used.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AnswerIssue {
    /// Not a whole number within `min..=max`.
    OutOfRange {
        /// Smallest accepted.
        min: u32,
        /// Largest accepted.
        max: u32,
    },
}

/// Every answer, with the example company's for the ones skipped.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Profile {
    /// The reader's role.
    pub role: Role,
    /// People in the company.
    pub headcount: u32,
    /// People doing office or quotation work.
    pub office: u32,
    /// Quotes a month (0: none).
    pub quotes: u32,
    /// Where AI stands.
    pub stage: Stage,
    /// The first goal.
    pub goal: Goal,
    /// When to start.
    pub start: StartWhen,
}

impl Answers {
    /// Whether `question` has an answer.
    pub fn answered(&self, question: Question) -> bool {
        match question {
            Question::Role => self.role.is_some(),
            Question::Headcount => self.headcount.is_some(),
            Question::Office => self.office.is_some(),
            Question::Quotes => self.quotes.is_some(),
            Question::Stage => self.stage.is_some(),
            Question::Goal => self.goal.is_some(),
            Question::Start => self.start.is_some(),
        }
    }

    /// The option chosen for a choice question (its position), if any.
    pub fn chosen(&self, question: Question) -> Option<usize> {
        match question {
            Question::Role => self.role.map(|r| r as usize),
            Question::Stage => self.stage.map(|s| s as usize),
            Question::Goal => self.goal.map(|g| g as usize),
            Question::Start => self.start.map(|s| s as usize),
            Question::Headcount | Question::Office | Question::Quotes => None,
        }
    }

    /// These answers with option `index` of a choice question chosen; unchanged for an index out
    /// of range or a number question.
    pub fn choose(&self, question: Question, index: usize) -> Answers {
        let mut next = *self;
        match question {
            Question::Role => next.role = Role::ALL.get(index).copied().or(self.role),
            Question::Stage => next.stage = Stage::ALL.get(index).copied().or(self.stage),
            Question::Goal => next.goal = Goal::ALL.get(index).copied().or(self.goal),
            Question::Start => next.start = StartWhen::ALL.get(index).copied().or(self.start),
            Question::Headcount | Question::Office | Question::Quotes => {}
        }
        next
    }

    /// The number entered for a number question, if any (`None` for "no quotes").
    pub fn number(&self, question: Question) -> Option<u32> {
        match question {
            Question::Headcount => self.headcount,
            Question::Office => self.office,
            Question::Quotes => match self.quotes {
                Some(Quotes::PerMonth(n)) => Some(n),
                _ => None,
            },
            _ => None,
        }
    }

    /// The accepted range of a number question: office work is at most the company's headcount.
    pub fn range(&self, question: Question) -> (u32, u32) {
        match question {
            Question::Headcount => (1, MAX_HEADCOUNT),
            Question::Office => (1, self.headcount.unwrap_or(MAX_HEADCOUNT)),
            _ => (0, MAX_QUOTES),
        }
    }

    /// These answers with `raw` (as typed, either language's notation) as the answer to a number
    /// question, or why it cannot be used. A smaller headcount brings office work down with it.
    pub fn enter(&self, question: Question, raw: &str, lang: Lang) -> Result<Answers, AnswerIssue> {
        let (min, max) = self.range(question);
        let issue = AnswerIssue::OutOfRange { min, max };
        let value = parse_number(raw, lang).map_err(|_| issue)?;
        if value.fract() != 0.0 || value < f64::from(min) || value > f64::from(max) {
            return Err(issue);
        }
        let n = value as u32;
        let mut next = *self;
        match question {
            Question::Headcount => {
                next.headcount = Some(n);
                next.office = self.office.map(|o| o.min(n));
            }
            Question::Office => next.office = Some(n),
            Question::Quotes => next.quotes = Some(if n == 0 { Quotes::None } else { Quotes::PerMonth(n) }),
            _ => return Ok(*self),
        }
        Ok(next)
    }

    /// These answers saying the company sends no quotes.
    pub fn no_quotes(&self) -> Answers {
        Answers {
            quotes: Some(Quotes::None),
            ..*self
        }
    }

    /// Every answer, the example company's where none was given: the calculator's default company
    /// of 36 people (all in office work), 40 quotes a month, a director reading, nothing started,
    /// time as the goal and a start next month.
    pub fn profile(&self) -> Profile {
        let defaults = Inputs::default();
        let example_headcount = defaults.headcount().round() as u32;
        let headcount = self.headcount.unwrap_or(example_headcount);
        Profile {
            role: self.role.unwrap_or(Role::Board),
            headcount,
            office: self.office.unwrap_or(headcount).min(headcount),
            quotes: match self.quotes {
                Some(Quotes::PerMonth(n)) => n,
                Some(Quotes::None) => 0,
                None => defaults.quotes.quotes_per_month.round() as u32,
            },
            stage: self.stage.unwrap_or(Stage::Nobody),
            goal: self.goal.unwrap_or(Goal::Time),
            start: self.start.unwrap_or(StartWhen::NextMonth),
        }
    }

    /// How many of the seven questions have an answer.
    pub fn count_answered(&self) -> usize {
        Question::ALL.iter().filter(|q| self.answered(**q)).count()
    }

    /// The answers as kept in this browser, e.g. `r0_n36_o29_q40_a1_g0_w1_k2201-1-0_d`.
    pub fn encode(&self) -> String {
        let mut items = Vec::new();
        let mut push = |code: char, value: Option<String>| {
            if let Some(v) = value {
                items.push(format!("{code}{v}"));
            }
        };
        push('r', self.role.map(|r| (r as usize).to_string()));
        push('n', self.headcount.map(|n| n.to_string()));
        push('o', self.office.map(|n| n.to_string()));
        push(
            'q',
            self.quotes.map(|q| match q {
                Quotes::PerMonth(n) => n.to_string(),
                Quotes::None => "-".into(),
            }),
        );
        push('a', self.stage.map(|s| (s as usize).to_string()));
        push('g', self.goal.map(|g| (g as usize).to_string()));
        push('w', self.start.map(|s| (s as usize).to_string()));
        if self.readiness.iter().any(Option::is_some) {
            let levels: String = self
                .readiness
                .iter()
                .map(|l| l.map_or('-', |l| char::from(b'0' + l as u8)))
                .collect();
            push('k', Some(levels));
        }
        if self.done {
            push('d', Some(String::new()));
        }
        items.join("_")
    }

    /// Reads what [`Answers::encode`] wrote; anything unreadable or out of range is left
    /// unanswered, never an error.
    pub fn decode(text: &str) -> Answers {
        let mut answers = Answers::default();
        for item in text.trim().split('_') {
            let mut chars = item.chars();
            let Some(code) = chars.next() else { continue };
            let value = chars.as_str();
            let index = value.parse::<usize>().ok();
            let number = value.parse::<u32>().ok();
            match code {
                'r' => answers.role = index.and_then(|i| Role::ALL.get(i).copied()),
                'n' => answers.headcount = number.filter(|n| (1..=MAX_HEADCOUNT).contains(n)),
                'o' => answers.office = number.filter(|n| *n >= 1),
                'q' if value == "-" => answers.quotes = Some(Quotes::None),
                'q' => answers.quotes = number.filter(|n| (1..=MAX_QUOTES).contains(n)).map(Quotes::PerMonth),
                'a' => answers.stage = index.and_then(|i| Stage::ALL.get(i).copied()),
                'g' => answers.goal = index.and_then(|i| Goal::ALL.get(i).copied()),
                'w' => answers.start = index.and_then(|i| StartWhen::ALL.get(i).copied()),
                'k' => {
                    for (slot, c) in answers.readiness.iter_mut().zip(value.chars()) {
                        *slot = Level::from_digit(c);
                    }
                }
                'd' => answers.done = true,
                _ => {}
            }
        }
        // Office work is at most the headcount, whichever came first.
        if let (Some(n), Some(o)) = (answers.headcount, answers.office) {
            answers.office = Some(o.min(n));
        }
        answers
    }

    /// The phase the company is in: the readiness check's once all of it is answered, else the
    /// one its stage suggests.
    pub fn phase(&self) -> Phase {
        readiness::assess(&self.readiness).map_or(self.profile().stage.phase(), |r| r.phase)
    }
}

/// People per group in [`Group::ALL`] order (board, managers, staff, sales), from a profile.
///
/// Our assumptions (docs/roi-model.md): one director below 10 people, two below 50, three from 50;
/// no separate middle management below 15 people (as the guide's small-company mode), one manager
/// per 7 people from 15 (the default company's 5 for 36); one quotation worker per 10 quotes a
/// month (the default's 4 for 40). Leaders count as office workers; the rest of the office work
/// is staff. Nobody outside office work is in the calculation.
pub fn group_headcounts(profile: &Profile) -> [u32; 4] {
    let n = profile.headcount.max(1);
    let office = profile.office.clamp(1, n);
    let board_wanted = match n {
        0..=9 => 1,
        10..=49 => 2,
        _ => 3,
    };
    let managers_wanted = if n < 15 { 0 } else { (f64::from(n) / 7.0).round() as u32 };
    let board = board_wanted.min(office);
    let managers = managers_wanted.min(office - board);
    let rest = office - board - managers;
    let sales = if profile.quotes == 0 {
        0
    } else {
        profile.quotes.div_ceil(10).min(rest)
    };
    [board, managers, rest - sales, sales]
}

/// The calculator's and schedule's starting state for these answers, `today` setting the start:
/// the default inputs with the groups' headcounts, one licence per person in the calculation, the
/// quotes (none: no revenue lever) and a plan without the groups the company does not have.
pub fn starting_state(profile: &Profile, today: Date) -> SharedState {
    let mut inputs = Inputs::default();
    let heads = group_headcounts(profile);
    for (group, people) in Group::ALL.into_iter().zip(heads) {
        inputs.groups[group.index()].headcount = f64::from(people);
    }
    inputs.costs.licence_count = f64::from(heads.iter().sum::<u32>());
    inputs.quotes.quotes_per_month = f64::from(profile.quotes);
    inputs.quotes.revenue_lever = profile.quotes > 0;
    let mut plan = PlanInputs {
        start: profile.start.date(today),
        ..PlanInputs::default()
    };
    // The schedule's groups: board, middle management, operational staff (sales count as staff).
    plan.groups = [heads[0] > 0, heads[1] > 0, heads[2] + heads[3] > 0];
    let plan = plan.sanitized();
    SharedState {
        inputs: plan.apply(&inputs),
        scenario: Scenario::Expected,
        plan,
    }
}

/// The three things to do this week for the reader's role in `phase`: the kit's list for that
/// page and phase, with the materials the goal needs most first (in the goal's order), then the
/// rest in the kit's order.
pub fn week_items(profile: &Profile, phase: Phase) -> Vec<&'static WeekItem> {
    let items = this_week(profile.role.page(), phase);
    let preferred = profile.goal.materials();
    let first = preferred
        .iter()
        .flat_map(|id| items.iter().filter(move |i| i.material == Some(*id)));
    let rest = items
        .iter()
        .filter(|i| i.material.is_none_or(|m| !preferred.contains(&m)));
    first.chain(rest).take(3).collect()
}

/// The weakest readiness dimension's material, if the check is complete and something is weak.
pub fn weakest_material(answers: &Answers) -> Option<(Dimension, &'static str)> {
    let weakest = readiness::assess(&answers.readiness)?.weakest?;
    Some((weakest, weakest.material()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::roi::calculator::headline;
    use crate::domain::roi::evaluate;
    use crate::domain::web::share::{decode, encode};

    const TODAY: Date = Date {
        year: 2026,
        month: 11,
        day: 30,
    };

    fn answered() -> Answers {
        Answers::default()
            .choose(Question::Role, 0)
            .enter(Question::Headcount, "36", Lang::Nl)
            .and_then(|a| a.enter(Question::Office, "36", Lang::Nl))
            .and_then(|a| a.enter(Question::Quotes, "40", Lang::Nl))
            .map(|a| {
                a.choose(Question::Stage, 0)
                    .choose(Question::Goal, 0)
                    .choose(Question::Start, 0)
            })
            .expect("valid answers")
    }

    #[test]
    fn the_example_company_gives_the_calculators_defaults() {
        let state = starting_state(&answered().profile(), TODAY);
        let defaults = Inputs::default();
        assert_eq!(group_headcounts(&answered().profile()), [2, 5, 25, 4]);
        assert_eq!(state.inputs.groups, defaults.groups);
        assert_eq!(state.inputs.costs, defaults.costs);
        assert_eq!(state.inputs.quotes, defaults.quotes);
        assert_eq!(state.plan.start, Date::new(2026, 12, 7).expect("date"));
        assert_eq!(state.plan.groups, [true; 3]);
    }

    #[test]
    fn the_start_page_and_the_calculator_see_the_same_state() {
        let state = starting_state(&answered().profile(), TODAY);
        // The buttons carry the state as a share link; the calculator applies the plan again.
        let (opened, problems) = decode(&encode(&state));
        assert!(problems.is_empty());
        let at_start = evaluate(&state.inputs);
        let in_calculator = state.plan.apply(&opened.inputs);
        assert_eq!(
            headline(&state.inputs, &at_start),
            headline(&in_calculator, &evaluate(&in_calculator))
        );
    }

    #[test]
    fn headcounts_split_over_the_groups_as_documented() {
        let profile = |headcount, office, quotes| Profile {
            headcount,
            office,
            quotes,
            ..answered().profile()
        };
        // (headcount, office, quotes) → board, managers, staff, sales
        let cases = [
            ((1, 1, 0), [1, 0, 0, 0]),
            ((5, 3, 12), [1, 0, 0, 2]),
            ((12, 12, 0), [2, 0, 10, 0]),
            ((15, 4, 40), [2, 2, 0, 0]),
            ((36, 36, 40), [2, 5, 25, 4]),
            ((80, 30, 5), [3, 11, 15, 1]),
            ((249, 249, 2000), [3, 36, 10, 200]),
        ];
        for ((n, o, q), expected) in cases {
            let heads = group_headcounts(&profile(n, o, q));
            assert_eq!(heads, expected, "{n} people, {o} in office work, {q} quotes");
            assert_eq!(heads.iter().sum::<u32>(), o);
        }
    }

    #[test]
    fn a_company_without_quotes_or_managers_gets_neither() {
        let answers = answered()
            .no_quotes()
            .enter(Question::Headcount, "8", Lang::Nl)
            .expect("8");
        assert_eq!(answers.office, Some(8), "office work follows a smaller headcount");
        let state = starting_state(&answers.profile(), TODAY);
        assert_eq!(state.inputs.quotes.quotes_per_month, 0.0);
        assert!(!state.inputs.quotes.revenue_lever);
        assert_eq!(state.plan.groups, [true, false, true]);
        assert!(headline(&state.inputs, &evaluate(&state.inputs))
            .npv
            .iter()
            .all(|v| v.is_finite()));
    }

    #[test]
    fn numbers_are_read_as_typed_and_bad_ones_refused() {
        let a = Answers::default();
        assert_eq!(
            a.enter(Question::Headcount, " 1.2 ", Lang::En),
            Err(AnswerIssue::OutOfRange { min: 1, max: 249 })
        );
        assert_eq!(
            a.enter(Question::Headcount, "250", Lang::Nl),
            Err(AnswerIssue::OutOfRange { min: 1, max: 249 })
        );
        for bad in ["", "-3", "abc", "1e9", "NaN", "0"] {
            assert!(a.enter(Question::Headcount, bad, Lang::Nl).is_err(), "{bad}");
        }
        let with_size = a.enter(Question::Headcount, "40", Lang::Nl).expect("40");
        assert_eq!(
            with_size.enter(Question::Office, "41", Lang::Nl),
            Err(AnswerIssue::OutOfRange { min: 1, max: 40 })
        );
        assert_eq!(
            with_size
                .enter(Question::Quotes, "1.500", Lang::Nl)
                .expect("1500")
                .quotes,
            Some(Quotes::PerMonth(1500))
        );
        assert_eq!(
            with_size.enter(Question::Quotes, "0", Lang::Nl).expect("0").quotes,
            Some(Quotes::None)
        );
    }

    #[test]
    fn answers_survive_storage_and_tampering() {
        let mut answers = answered().choose(Question::Stage, 3);
        answers.readiness[2] = Some(Level::Partly);
        answers.done = true;
        assert_eq!(Answers::decode(&answers.encode()), answers);
        assert_eq!(
            Answers::decode(&answered().no_quotes().encode()).quotes,
            Some(Quotes::None)
        );
        for junk in [
            "",
            "___",
            "r9_n0_o-1_qx_a7_g-_w3_kzz",
            "n99999999999999999999",
            "k2222222222222",
            "é_ü",
        ] {
            let read = Answers::decode(junk);
            assert!(
                read.headcount.is_none_or(|n| (1..=MAX_HEADCOUNT).contains(&n)),
                "{junk}"
            );
            assert!(read.role.is_none() && read.stage.is_none(), "{junk}");
        }
        assert_eq!(Answers::decode("n10_o50").office, Some(10));
    }

    #[test]
    fn a_start_is_the_first_monday_of_a_month_to_come() {
        assert_eq!(StartWhen::NextMonth.date(TODAY), Date::new(2026, 12, 7).expect("date"));
        assert_eq!(
            StartWhen::InThreeMonths.date(TODAY),
            Date::new(2027, 2, 1).expect("date")
        );
        assert_eq!(StartWhen::InSixMonths.date(TODAY), Date::new(2027, 5, 3).expect("date"));
        let mut day = Date::new(2026, 1, 1).expect("date");
        for _ in 0..800 {
            for when in StartWhen::ALL {
                let start = when.date(day);
                assert_eq!(start.weekday(), 0);
                assert!(start.day <= 7 && start > day);
            }
            day = day.add_days(1);
        }
    }

    #[test]
    fn the_week_list_has_three_items_with_the_goals_materials_first() {
        let rules = Profile {
            goal: Goal::Rules,
            ..answered().profile()
        };
        let items = week_items(&rules, Phase::Awareness);
        assert_eq!(items.len(), 3);
        assert_eq!(items[0].material, Some("works-council"));
        assert_eq!(items[1].material, Some("privacy-checklist"));
        let time = week_items(&answered().profile(), Phase::Awareness);
        assert_eq!(time[0].material, Some("briefing"), "the kit's own order");
        for role in Role::ALL {
            for phase in Phase::ALL {
                let p = Profile { role, ..rules };
                assert!(!week_items(&p, phase).is_empty(), "{role:?} {phase:?}");
            }
        }
    }

    #[test]
    fn every_choice_question_names_each_of_its_options() {
        for q in Question::ALL {
            let n = q.options().len();
            for i in 0..n {
                assert_eq!(Answers::default().choose(q, i).chosen(q), Some(i), "{q:?} {i}");
            }
            assert_eq!(Answers::default().choose(q, n).chosen(q), None, "{q:?} past the end");
            assert_eq!(n == 0, q.hint().is_some(), "{q:?}: a number question has a hint");
        }
    }

    #[test]
    fn the_phase_comes_from_the_stage_until_the_check_is_complete() {
        let mut answers = answered().choose(Question::Stage, 2);
        assert_eq!(answers.phase(), Phase::Information);
        answers.readiness = [Some(Level::No); 8];
        assert_eq!(answers.phase(), Phase::Awareness);
        assert_eq!(weakest_material(&answers), Some((Dimension::Sponsorship, "position")));
    }
}

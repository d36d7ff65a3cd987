//! The front door as a visitor goes through it: the answers, the question on screen, a refused
//! number, "clear" that can be undone, and what happens on each thing the visitor does
//! ([`Door::apply`]). The view writes the screen from this state and only keeps the answers and
//! moves focus where [`Door::apply`] says.

use super::readiness::Level;
use super::{AnswerIssue, Answers, Question};
use crate::domain::i18n::Lang;

/// Something the visitor does on the front door.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DoorEvent {
    /// Chooses option `n` of the question on screen.
    Choose(usize),
    /// Answers readiness statement `n` (in [`super::readiness::Dimension::ALL`] order).
    Ready(usize, Level),
    /// Ticks (`true`) or unticks "we don't send quotes".
    NoQuotes(bool),
    /// Goes on to the next question (Next, or Enter), with the field as typed.
    Next(String),
    /// Skips the rest of the questions, with the field as typed.
    Skip(String),
    /// Goes back one question.
    Back,
    /// Goes back to the first question to change the answers.
    Change,
    /// Clears every answer.
    Clear,
    /// Brings back the answers "clear" removed.
    Undo,
}

/// Where keyboard focus goes after an event.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Focus {
    /// It stays where it is (the visitor is on the control they changed).
    Stay,
    /// To the question on screen, or the start page's heading.
    Screen,
    /// To the "we don't send quotes" box, which the screen wrote again.
    NoQuotes,
    /// To the undo button of the notice "clear" shows.
    Undo,
}

/// The front door's state.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Door {
    /// The answers as kept.
    pub answers: Answers,
    /// The answers as the screen was last written with them. A choice the visitor makes is in the
    /// page already, so the screen (with the control they are on) is written again only when this
    /// changes: a new question, an answer from another tab, "clear" or "undo".
    pub shown: Answers,
    /// The question on screen (an index into [`Question::ALL`]).
    pub step: usize,
    /// The number in the field when the screen was written: the stored one, or one refused.
    pub typed: String,
    /// Why the number typed was refused.
    pub issue: Option<AnswerIssue>,
    /// The answers before "clear", while they can be brought back.
    pub cleared: Option<Answers>,
    /// Whether the last write to storage failed.
    pub not_kept: bool,
}

impl Door {
    /// The door for stored `answers`, at the first question without an answer.
    pub fn new(answers: Answers) -> Door {
        let mut door = Door {
            answers,
            shown: answers,
            ..Door::default()
        };
        door.show_question(first_open(&answers));
        door
    }

    /// The question on screen.
    pub fn question(&self) -> Question {
        Question::ALL[self.step.min(Question::ALL.len() - 1)]
    }

    /// Takes answers another tab kept; `false` when they are these already. The field shows the
    /// number they hold; when they take the start page away ("clear" or "change" there), the
    /// questions start again at the first open one.
    pub fn arrived(&mut self, answers: Answers) -> bool {
        if answers == self.answers {
            return false;
        }
        let step = if self.answers.done && !answers.done {
            first_open(&answers)
        } else {
            self.step
        };
        // The field as it was (with what the visitor typed there) when its own answer is unchanged.
        let field = self.question();
        let keep_field = step == self.step && answers.number(field) == self.answers.number(field);
        self.answers = answers;
        self.shown = answers;
        if !keep_field {
            self.show_question(step);
        }
        true
    }

    /// Does what the visitor did and says where focus goes.
    pub fn apply(&mut self, event: DoorEvent, lang: Lang) -> Focus {
        match event {
            DoorEvent::Choose(i) => {
                if i < self.question().options().len() {
                    self.answers = self.answers.choose(self.question(), i);
                }
                Focus::Stay
            }
            DoorEvent::Ready(n, level) => {
                if let Some(slot) = self.answers.readiness.get_mut(n) {
                    *slot = Some(level);
                }
                Focus::Stay
            }
            DoorEvent::NoQuotes(ticked) => {
                self.answers = if ticked {
                    self.typed.clear();
                    self.issue = None;
                    self.answers.no_quotes()
                } else {
                    Answers {
                        quotes: None,
                        ..self.answers
                    }
                };
                self.shown = self.answers;
                Focus::NoQuotes
            }
            DoorEvent::Next(typed) => {
                if self.take_number(&typed, lang) {
                    self.go(self.step + 1);
                }
                Focus::Screen
            }
            DoorEvent::Skip(typed) => {
                if self.take_number(&typed, lang) {
                    self.go(Question::ALL.len());
                }
                Focus::Screen
            }
            DoorEvent::Back => {
                self.go(self.step.saturating_sub(1));
                Focus::Screen
            }
            DoorEvent::Change => {
                self.go(0);
                Focus::Screen
            }
            DoorEvent::Clear => {
                self.cleared = Some(self.answers);
                self.answers = Answers::default();
                self.shown = self.answers;
                self.show_question(0);
                Focus::Undo
            }
            DoorEvent::Undo => match self.cleared.take() {
                Some(before) => {
                    self.answers = before;
                    self.shown = before;
                    Focus::Screen
                }
                None => Focus::Stay,
            },
        }
    }

    /// Shows question `step`, or the start page past the last.
    fn go(&mut self, step: usize) {
        let done = step >= Question::ALL.len();
        self.answers.done = done;
        self.shown = self.answers;
        if !done {
            self.show_question(step);
        }
    }

    /// Puts question `step` on screen with its stored number, if any, in the field.
    fn show_question(&mut self, step: usize) {
        self.step = step.min(Question::ALL.len() - 1);
        self.typed = self
            .answers
            .number(self.question())
            .map(|n| n.to_string())
            .unwrap_or_default();
        self.issue = None;
    }

    /// Takes a number question's field as typed (an empty field leaves it unanswered); `false`,
    /// with the reason kept for the screen, when it is refused.
    fn take_number(&mut self, typed: &str, lang: Lang) -> bool {
        let question = self.question();
        if !question.options().is_empty() || typed.trim().is_empty() {
            return true;
        }
        match self.answers.enter(question, typed, lang) {
            Ok(next) => {
                self.answers = next;
                true
            }
            Err(issue) => {
                self.typed = typed.to_string();
                self.issue = Some(issue);
                false
            }
        }
    }
}

/// The first question without an answer, or the first question when all have one.
fn first_open(answers: &Answers) -> usize {
    Question::ALL.iter().position(|q| !answers.answered(*q)).unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::start::Quotes;

    fn door() -> Door {
        Door::new(Answers::default())
    }

    #[test]
    fn a_visitor_goes_through_the_questions_and_a_choice_does_not_rewrite_the_screen() {
        let mut d = door();
        assert_eq!(d.question(), Question::Role);
        assert_eq!(d.apply(DoorEvent::Choose(1), Lang::Nl), Focus::Stay);
        assert_eq!(d.answers.chosen(Question::Role), Some(1));
        // The screen was written before the choice and is not written again for it.
        assert_eq!(d.shown.chosen(Question::Role), None);
        // An option the question does not have changes nothing.
        d.apply(DoorEvent::Choose(9), Lang::Nl);
        assert_eq!(d.answers.chosen(Question::Role), Some(1));
        assert_eq!(d.apply(DoorEvent::Next(String::new()), Lang::Nl), Focus::Screen);
        assert_eq!(d.question(), Question::Headcount);
        assert_eq!(d.shown, d.answers);
    }

    #[test]
    fn a_refused_number_keeps_the_step_with_what_was_typed_and_the_reason() {
        let mut d = door();
        d.apply(DoorEvent::Next(String::new()), Lang::Nl);
        d.apply(DoorEvent::Next("12".into()), Lang::Nl);
        assert_eq!(d.question(), Question::Office);
        d.apply(DoorEvent::Next("40".into()), Lang::Nl);
        assert_eq!(d.question(), Question::Office);
        assert_eq!(d.typed, "40");
        assert_eq!(d.issue, Some(AnswerIssue::OutOfRange { min: 1, max: 12 }));
        // Skipping with a refused number stays too.
        d.apply(DoorEvent::Skip("40".into()), Lang::Nl);
        assert!(!d.answers.done);
        d.apply(DoorEvent::Next("8".into()), Lang::Nl);
        assert_eq!(d.answers.office, Some(8));
        assert_eq!(d.question(), Question::Quotes);
        assert_eq!(d.issue, None);
        // Back shows the stored number in the field.
        d.apply(DoorEvent::Back, Lang::Nl);
        assert_eq!(d.typed, "8");
    }

    #[test]
    fn no_quotes_clears_the_field_and_writes_the_screen_again() {
        let mut d = Door::new(Answers::decode("r0_n12_o8"));
        assert_eq!(d.question(), Question::Quotes);
        assert_eq!(d.apply(DoorEvent::NoQuotes(true), Lang::En), Focus::NoQuotes);
        assert_eq!(d.answers.quotes, Some(Quotes::None));
        assert_eq!(d.shown, d.answers);
        d.apply(DoorEvent::NoQuotes(false), Lang::En);
        assert_eq!(d.answers.quotes, None);
    }

    #[test]
    fn skip_shows_the_start_page_and_change_goes_back_to_the_first_question() {
        let mut d = door();
        d.apply(DoorEvent::Skip(String::new()), Lang::Nl);
        assert!(d.answers.done);
        assert_eq!(d.apply(DoorEvent::Ready(1, Level::Yes), Lang::Nl), Focus::Stay);
        assert_eq!(d.answers.readiness[1], Some(Level::Yes));
        // A statement that does not exist changes nothing.
        let before = d.answers;
        d.apply(DoorEvent::Ready(8, Level::Yes), Lang::Nl);
        assert_eq!(d.answers, before);
        d.apply(DoorEvent::Change, Lang::Nl);
        assert!(!d.answers.done);
        assert_eq!(d.question(), Question::Role);
    }

    #[test]
    fn clear_can_be_undone_once() {
        let mut d = Door::new(Answers::decode("r2_n5_d"));
        assert_eq!(d.apply(DoorEvent::Clear, Lang::Nl), Focus::Undo);
        assert_eq!(d.answers, Answers::default());
        assert_eq!(d.question(), Question::Role);
        assert_eq!(d.apply(DoorEvent::Undo, Lang::Nl), Focus::Screen);
        assert_eq!(d.answers, Answers::decode("r2_n5_d"));
        assert_eq!(d.cleared, None);
        assert_eq!(d.apply(DoorEvent::Undo, Lang::Nl), Focus::Stay);
    }

    #[test]
    fn answers_from_another_tab_rewrite_the_screen_only_when_they_differ() {
        let mut d = door();
        assert!(!d.arrived(Answers::default()));
        assert!(d.arrived(Answers::decode("r1")));
        assert_eq!(d.shown.chosen(Question::Role), Some(1));
        // On the headcount question, another tab's number shows in the field.
        d.apply(DoorEvent::Next(String::new()), Lang::Nl);
        assert!(d.arrived(Answers::decode("r1_n20")));
        assert_eq!(d.typed, "20");
        // A refused number stays, with its reason, when another tab changes a different answer.
        d.apply(DoorEvent::Next("300".into()), Lang::Nl);
        assert!(d.arrived(Answers::decode("r2_n20")));
        assert_eq!((d.typed.as_str(), d.issue.is_some()), ("300", true));
    }

    #[test]
    fn a_start_page_cleared_in_another_tab_goes_back_to_the_questions() {
        let mut d = Door::new(Answers::decode("r0_n12_o8_q5_a1_g0_w1_d"));
        assert!(d.answers.done);
        d.arrived(Answers::default());
        assert!(!d.shown.done);
        assert_eq!(d.question(), Question::Role);
        // "Change answers" there: all answered, so the first question.
        let mut d = Door::new(Answers::decode("r0_n12_o8_q5_a1_g0_w1_d"));
        d.arrived(Answers::decode("r0_n12_o8_q5_a1_g0_w1"));
        assert_eq!(d.question(), Question::Role);
        assert_eq!(d.typed, "");
    }

    #[test]
    fn the_door_opens_at_the_first_open_question_with_its_number() {
        let d = Door::new(Answers::decode("r0_n36"));
        assert_eq!(d.question(), Question::Office);
        assert_eq!(d.typed, "");
        let d = Door::new(Answers::decode("r0_o5"));
        assert_eq!(d.question(), Question::Headcount);
    }
}

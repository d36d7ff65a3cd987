//! The front door on the start page: the questions one screen at a time, then the visitor's start
//! page with the readiness check. The questions, their ranges and what the answers give are in
//! [`crate::domain::start`]; the answers are kept in this browser and followed across tabs.
//!
//! Each screen is rendered in the current language as plain text and rendered again when the
//! language, the step or the start page's inputs change; only what the visitor touches (a chosen
//! option, an error) updates in place, so focus stays where it is. Links are plain anchors, which
//! the router follows in the app.

mod readiness;
mod result;

use leptos::prelude::*;

use crate::domain::i18n::{date_long, text, text_with, Key, Lang};
use crate::domain::start::{AnswerIssue, Answers, Question, Quotes, StartWhen};
use crate::domain::web::storage::START;
use crate::ui::browser;
use crate::ui::i18n::use_i18n;
use crate::ui::stored::stored_value;

/// The element that takes focus when a question or the start page appears.
const FOCUS_ID: &str = "start-focus";

/// The visitor's answers with the way to change them; cheap to copy.
#[derive(Clone, Copy)]
struct Front {
    answers: RwSignal<Answers>,
    /// The question on screen (an index into [`Question::ALL`]).
    step: RwSignal<usize>,
    /// Whether the last write to storage failed.
    not_kept: RwSignal<bool>,
    /// The answers before "clear", while they can be brought back.
    cleared: RwSignal<Option<Answers>>,
}

impl Front {
    /// Keeps `next` in this browser and shows it.
    fn keep(self, next: Answers) {
        self.not_kept.set(!browser::storage_set(START, &next.encode()));
        self.answers.set(next);
    }

    /// Shows question `step`, or the start page past the last, and moves focus there.
    fn go(self, step: usize) {
        let done = step >= Question::ALL.len();
        self.keep(Answers {
            done,
            ..self.answers.get_untracked()
        });
        if !done {
            self.step.set(step);
        }
        request_animation_frame(|| {
            browser::focus_id(FOCUS_ID);
        });
    }
}

/// A phase's name and weeks in `lang`, e.g. ("Bewustwording", "week 1-4").
fn phase_name(phase: crate::domain::phase::Phase, lang: Lang) -> (&'static str, String) {
    crate::domain::guide::GUIDE
        .phase(phase)
        .map_or(("", String::new()), |p| (p.name.get(lang), p.weeks_text(lang)))
}

/// The questions, or the start page once they are answered.
#[component]
pub fn FrontDoor() -> impl IntoView {
    let answers = stored_value(START, |stored| {
        stored.as_deref().map(Answers::decode).unwrap_or_default()
    });
    // Back where the visitor left off: the first question without an answer.
    let first_open = answers.with_untracked(|a| Question::ALL.iter().position(|q| !a.answered(*q)).unwrap_or(0));
    let front = Front {
        answers,
        step: RwSignal::new(first_open),
        not_kept: RwSignal::new(false),
        cleared: RwSignal::new(None),
    };
    let i18n = use_i18n();
    let done = Memo::new(move |_| answers.with(|a| a.done));
    let body = move || {
        let lang = i18n.lang();
        let screen = if done.get() {
            result::start_result(front, lang).into_any()
        } else {
            question_step(
                front,
                Question::ALL[front.step.get().min(Question::ALL.len() - 1)],
                lang,
            )
            .into_any()
        };
        let undo = move |_| {
            if let Some(before) = front.cleared.get_untracked() {
                front.keep(before);
            }
            front.cleared.set(None);
        };
        view! {
            <h2 id="start-heading">{text(Key::StartHeading, lang)}</h2>
            <p>{text(Key::StartIntro, lang)}</p>
            {screen}
            {move || front.cleared.with(Option::is_some).then(|| view! {
                <p class="notice" role="status">
                    {text(Key::StartCleared, lang)}" "
                    <button type="button" class="button button--small button--secondary" on:click=undo>{text(Key::Undo, lang)}</button>
                </p>
            })}
            {move || front.not_kept.get().then(|| view! { <p class="notice" role="status">{text(Key::StartNotKept, lang)}</p> })}
        }
    };
    view! { <section class="front-door" aria-labelledby="start-heading">{body}</section> }
}

/// One question on its own screen, with the step count, Back, Next and a way to skip the rest.
fn question_step(front: Front, question: Question, lang: Lang) -> impl IntoView {
    let step = Question::ALL.iter().position(|q| *q == question).unwrap_or(0);
    let total = Question::ALL.len();
    let raw = RwSignal::new(
        front
            .answers
            .with_untracked(|a| a.number(question))
            .map(|n| n.to_string())
            .unwrap_or_default(),
    );
    let issue = RwSignal::new(None::<AnswerIssue>);
    // A number as typed is taken when the visitor moves on; an empty field leaves it unanswered.
    let take_number = move || -> bool {
        if question.options().is_empty() && !raw.with_untracked(|r| r.trim().is_empty()) {
            match front
                .answers
                .with_untracked(|a| a.enter(question, &raw.get_untracked(), lang))
            {
                Ok(next) => front.keep(next),
                Err(e) => {
                    issue.set(Some(e));
                    browser::focus_id(FOCUS_ID);
                    return false;
                }
            }
        }
        true
    };
    let next = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if take_number() {
            front.go(step + 1);
        }
    };
    let skip = move |_| {
        if take_number() {
            front.go(total);
        }
    };
    let count = text_with(
        Key::StartStep,
        lang,
        &[("n", &(step + 1).to_string()), ("total", &total.to_string())],
    );
    let last = step + 1 == total;
    let input = if question.options().is_empty() {
        number_question(front, question, raw, issue, lang).into_any()
    } else {
        choice_question(front, question, lang).into_any()
    };
    view! {
        <form class="start-step" on:submit=next novalidate>
            <p class="start-step__count" aria-hidden="true">{count.clone()}</p>
            <progress class="start-step__bar" max=total value=step + 1 aria-label=count></progress>
            {input}
            <div class="start-step__actions">
                {(step > 0).then(|| view! {
                    <button type="button" class="button button--secondary" on:click=move |_| front.go(step - 1)>
                        {text(Key::StartBack, lang)}
                    </button>
                })}
                <button type="submit" class="button">{text(if last { Key::StartShow } else { Key::StartNext }, lang)}</button>
                {(!last).then(|| view! { <button type="button" class="link-button" on:click=skip>{text(Key::StartSkip, lang)}</button> })}
            </div>
        </form>
    }
}

/// A question answered by choosing one option; the start question shows the date each option gives.
fn choice_question(front: Front, question: Question, lang: Lang) -> impl IntoView {
    let today = browser::today();
    let options = question
        .options()
        .iter()
        .enumerate()
        .map(|(i, key)| {
            let id = format!("start-option-{i}");
            let note = match (question, today, StartWhen::ALL.get(i)) {
                (Question::Start, Some(today), Some(when)) => text_with(
                    Key::StartStartDate,
                    lang,
                    &[("date", &date_long(when.date(today), lang))],
                ),
                _ => String::new(),
            };
            view! {
                <li>
                    <input
                        type="radio"
                        name="start-choice"
                        id=id.clone()
                        prop:checked=move || front.answers.with(|a| a.chosen(question) == Some(i))
                        on:change=move |_| front.keep(front.answers.get_untracked().choose(question, i))
                    />
                    <label for=id>{text(*key, lang)}<span class="start-option__note">{note}</span></label>
                </li>
            }
        })
        .collect_view();
    view! {
        <fieldset class="start-question">
            <legend id=FOCUS_ID tabindex="-1">{text(question.label(), lang)}</legend>
            <ul class="start-options">{options}</ul>
        </fieldset>
    }
}

/// A question answered with a whole number (and, for quotes, "we don't send quotes").
fn number_question(
    front: Front,
    question: Question,
    raw: RwSignal<String>,
    issue: RwSignal<Option<AnswerIssue>>,
    lang: Lang,
) -> impl IntoView {
    let message = move || {
        issue.get().map(|AnswerIssue::OutOfRange { min, max }| {
            text_with(
                Key::StartErrorRange,
                lang,
                &[("min", &min.to_string()), ("max", &max.to_string())],
            )
        })
    };
    let no_quotes = move || front.answers.with(|a| a.quotes == Some(Quotes::None));
    let none_box = (question == Question::Quotes).then(|| {
        view! {
            <p class="start-question__none">
                <input
                    type="checkbox"
                    id="start-no-quotes"
                    prop:checked=no_quotes
                    on:change=move |ev| {
                        let a = front.answers.get_untracked();
                        if event_target_checked(&ev) {
                            raw.set(String::new());
                            issue.set(None);
                            front.keep(a.no_quotes());
                        } else {
                            front.keep(Answers { quotes: None, ..a });
                        }
                    }
                />
                <label for="start-no-quotes">{text(Key::StartNoQuotes, lang)}</label>
            </p>
        }
    });
    view! {
        <div class="start-question">
            <label for=FOCUS_ID class="start-question__label">{text(question.label(), lang)}</label>
            <p class="note" id="start-hint">{question.hint().map(|k| text(k, lang))}</p>
            <input
                id=FOCUS_ID
                type="text"
                inputmode="numeric"
                autocomplete="off"
                aria-describedby="start-hint start-error"
                aria-invalid=move || issue.with(Option::is_some).to_string()
                prop:value=move || raw.get()
                disabled=move || question == Question::Quotes && no_quotes()
                on:input=move |ev| {
                    raw.set(event_target_value(&ev));
                    issue.set(None);
                }
            />
            <p class="field__error" id="start-error" aria-live="polite">{message}</p>
            {none_box}
        </div>
    }
}

//! One question's screen as markup: the step count, the question (options to choose from, or a
//! number field), Back, Next and a way to skip the rest. The buttons say what they do in
//! `data-action`, the inputs in their `name` and `value`; the front door reads them.

use super::markup::fill;
use super::{FOCUS_ID, NO_QUOTES_ID};
use crate::domain::date::Date;
use crate::domain::i18n::{date_long, text, text_with, Key, Lang};
use crate::domain::start::door::Door;
use crate::domain::start::{AnswerIssue, Question, Quotes, StartWhen};

/// Appends the question on screen as a form; `today` gives the dates the start options mean.
pub(super) fn question_screen(out: &mut String, door: &Door, today: Option<Date>, lang: Lang) {
    let total = Question::ALL.len().to_string();
    let n = (door.step + 1).to_string();
    let count = text_with(Key::StartStep, lang, &[("n", &n), ("total", &total)]);
    fill(
        out,
        "<form class=\"start-step\" novalidate><p class=\"start-step__count\" aria-hidden=\"true\">{}</p>\
         <progress class=\"start-step__bar\" max=\"{}\" value=\"{}\" aria-label=\"{}\"></progress>",
        &[&count, &total, &n, &count],
    );
    let question = door.question();
    if question.options().is_empty() {
        number_question(out, door, question, lang);
    } else {
        choice_question(out, door, question, today, lang);
    }
    out.push_str("<div class=\"start-step__actions\">");
    if door.step > 0 {
        fill(
            out,
            "<button type=\"button\" class=\"button button--secondary\" data-action=\"back\">{}</button>",
            &[text(Key::StartBack, lang)],
        );
    }
    let last = door.step + 1 == Question::ALL.len();
    fill(
        out,
        "<button type=\"submit\" class=\"button\">{}</button>",
        &[text(if last { Key::StartShow } else { Key::StartNext }, lang)],
    );
    if !last {
        fill(
            out,
            "<button type=\"button\" class=\"link-button\" data-action=\"skip\">{}</button>",
            &[text(Key::StartSkip, lang)],
        );
    }
    out.push_str("</div></form>");
}

/// A question answered by choosing one option (`name="start-choice"`, the option's number as
/// value); the start question shows the date each option gives.
fn choice_question(out: &mut String, door: &Door, question: Question, today: Option<Date>, lang: Lang) {
    fill(
        out,
        "<fieldset class=\"start-question\"><legend id=\"{}\" tabindex=\"-1\">{}</legend><ul class=\"start-options\">",
        &[FOCUS_ID, text(question.label(), lang)],
    );
    let chosen = door.shown.chosen(question);
    for (i, key) in question.options().iter().enumerate() {
        let note = match (question, today, StartWhen::ALL.get(i)) {
            (Question::Start, Some(today), Some(when)) => text_with(
                Key::StartStartDate,
                lang,
                &[("date", &date_long(when.date(today), lang))],
            ),
            _ => String::new(),
        };
        let i_text = i.to_string();
        fill(
            out,
            "<li><input type=\"radio\" name=\"start-choice\" id=\"start-option-{}\" value=\"{}\"{}>\
             <label for=\"start-option-{}\">{}<span class=\"start-option__note\">{}</span></label></li>",
            &[
                &i_text,
                &i_text,
                if chosen == Some(i) { " checked" } else { "" },
                &i_text,
                text(*key, lang),
                &note,
            ],
        );
    }
    out.push_str("</ul></fieldset>");
}

/// A question answered with a whole number (and, for quotes, "we don't send quotes").
fn number_question(out: &mut String, door: &Door, question: Question, lang: Lang) {
    let no_quotes = question == Question::Quotes && door.shown.quotes == Some(Quotes::None);
    let message = door.issue.map(|AnswerIssue::OutOfRange { min, max }| {
        text_with(
            Key::StartErrorRange,
            lang,
            &[("min", &min.to_string()), ("max", &max.to_string())],
        )
    });
    fill(
        out,
        "<div class=\"start-question\"><label for=\"{}\" class=\"start-question__label\">{}</label>\
         <p class=\"note\" id=\"start-hint\">{}</p>\
         <input id=\"{}\" type=\"text\" inputmode=\"numeric\" autocomplete=\"off\" \
         aria-describedby=\"start-hint start-error\" aria-invalid=\"{}\" value=\"{}\"{}>\
         <p class=\"field__error\" id=\"start-error\" aria-live=\"polite\">{}</p>",
        &[
            FOCUS_ID,
            text(question.label(), lang),
            question.hint().map_or("", |k| text(k, lang)),
            FOCUS_ID,
            if message.is_some() { "true" } else { "false" },
            &door.typed,
            if no_quotes { " disabled" } else { "" },
            message.as_deref().unwrap_or(""),
        ],
    );
    if question == Question::Quotes {
        fill(
            out,
            "<p class=\"start-question__none\"><input type=\"checkbox\" id=\"{}\"{}>\
             <label for=\"{}\">{}</label></p>",
            &[
                NO_QUOTES_ID,
                if no_quotes { " checked" } else { "" },
                NO_QUOTES_ID,
                text(Key::StartNoQuotes, lang),
            ],
        );
    }
    out.push_str("</div>");
}

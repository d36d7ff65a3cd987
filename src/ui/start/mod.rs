//! The front door on the start page: the questions one screen at a time, then the visitor's start
//! page with the readiness check. What the visitor does and what it changes is
//! [`crate::domain::start::door`]; the questions, their ranges and what the answers give are in
//! [`crate::domain::start`]. The answers are kept in this browser and followed across tabs.
//!
//! The screens are written as markup ([`question`], [`result`], [`readiness`]) into four regions,
//! and one handler, for the section's clicks and its form, reads what the visitor did from the
//! control (a button's `data-action`, an input's `name` and `value`). Leptos writes a region again
//! only when its markup changes, and the question's markup follows [`Door::shown`], not each
//! choice, so the radio or field the visitor is on keeps its focus; the start page's cards and the
//! check's outcome follow every answer. Writing markup instead of a view per element keeps the
//! start page's bundle small (see docs/performance.md). Links are plain anchors, which the router
//! follows in the app.

mod markup;
mod question;
mod readiness;
mod result;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::domain::i18n::{text, Key, Lang};
use crate::domain::start::door::{Door, DoorEvent, Focus};
use crate::domain::start::readiness::Level;
use crate::domain::start::Answers;
use crate::domain::web::storage::START;
use crate::ui::browser;
use crate::ui::embed;
use crate::ui::i18n::use_i18n;
use crate::ui::stored::follow_stored;
use markup::fill;

/// The element that takes focus when a question or the start page appears; on a number question,
/// the field.
const FOCUS_ID: &str = "start-focus";
/// The box "we don't send quotes", which takes focus again when the screen is written for it.
const NO_QUOTES_ID: &str = "start-no-quotes";
/// The undo button of the notice "clear" shows, which takes focus then.
const UNDO_ID: &str = "start-undo";

/// A phase's name and weeks in `lang`, e.g. ("Bewustwording", "week 1-4").
fn phase_name(phase: crate::domain::phase::Phase, lang: Lang) -> (&'static str, String) {
    crate::domain::guide::GUIDE
        .phase(phase)
        .map_or(("", String::new()), |p| (p.name.get(lang), p.weeks_text(lang)))
}

/// What the visitor did with the control `target` (or the button it is in) by an event of `kind`,
/// if anything: Next (the form sent, by the button or Enter) and Skip carry the number field as
/// typed; a click on a radio or a box (the keyboard's Space and arrow keys click too) arrives with
/// its new state in place; a button says what it does in `data-action`.
fn event_of(target: &web_sys::Element, kind: &str) -> Option<DoorEvent> {
    let typed = || {
        target
            .closest("form")
            .ok()
            .flatten()
            .and_then(|form| form.query_selector(&format!("input#{FOCUS_ID}")).ok().flatten())
            .and_then(|input| input.dyn_into::<web_sys::HtmlInputElement>().ok())
            .map(|input| input.value())
            .unwrap_or_default()
    };
    if kind == "submit" {
        return Some(DoorEvent::Next(typed()));
    }
    if let Some(input) = target.dyn_ref::<web_sys::HtmlInputElement>() {
        let value = input.value().parse::<usize>().ok();
        let name = input.name();
        return if input.id() == NO_QUOTES_ID {
            Some(DoorEvent::NoQuotes(input.checked()))
        } else if name == "start-choice" {
            value.map(DoorEvent::Choose)
        } else {
            let statement = name.strip_prefix("ready-")?.parse::<usize>().ok()?;
            Some(DoorEvent::Ready(statement, *Level::ALL.get(value?)?))
        };
    }
    let button = target.closest("[data-action]").ok().flatten()?;
    Some(match button.get_attribute("data-action")?.as_str() {
        "back" => DoorEvent::Back,
        "skip" => DoorEvent::Skip(typed()),
        "change" => DoorEvent::Change,
        "clear" => DoorEvent::Clear,
        "undo" => DoorEvent::Undo,
        _ => return None,
    })
}

/// The heading, the intro and the question on screen, or the start page's heading with the ways
/// to change or clear the answers; then the notices.
fn screen(d: &Door, lang: Lang) -> String {
    let mut out = String::new();
    fill(
        &mut out,
        "<h2 id=\"start-heading\">{}</h2><p>{}</p>",
        &[text(Key::StartHeading, lang), text(Key::StartIntro, lang)],
    );
    if d.shown.done {
        fill(
            &mut out,
            "<h3 id=\"{}\" class=\"start-result__heading\" tabindex=\"-1\">{}</h3>\
             <p class=\"start-result__change no-print\">\
             <button type=\"button\" class=\"button button--secondary\" data-action=\"change\">{}</button> \
             <button type=\"button\" class=\"link-button\" data-action=\"clear\">{}</button></p>",
            &[
                FOCUS_ID,
                text(Key::StartResultHeading, lang),
                text(Key::StartChange, lang),
                text(Key::StartClear, lang),
            ],
        );
    } else {
        question::question_screen(&mut out, d, browser::today(), lang);
    }
    if d.cleared.is_some() {
        fill(
            &mut out,
            "<p class=\"notice\" role=\"status\">{} <button type=\"button\" \
             class=\"button button--small button--secondary\" id=\"{}\" data-action=\"undo\">{}</button></p>",
            &[text(Key::StartCleared, lang), UNDO_ID, text(Key::Undo, lang)],
        );
    }
    if d.not_kept {
        fill(
            &mut out,
            "<p class=\"notice\" role=\"status\">{}</p>",
            &[text(Key::StartNotKept, lang)],
        );
    }
    out
}

/// Does what the visitor did by event `ev` in the front door, keeps the answers if they changed
/// and moves focus where the door says. One function for every kind of event, so it is there once.
#[inline(never)]
fn handle(door: RwSignal<Door>, lang: Lang, ev: web_sys::Event) {
    let Some(target) = ev.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()) else {
        return;
    };
    let kind = ev.type_();
    let Some(event) = event_of(&target, &kind) else {
        return;
    };
    if kind == "submit" {
        ev.prevent_default();
    }
    let mut focus = Focus::Stay;
    door.update(|d| {
        let before = d.answers;
        focus = d.apply(event, lang);
        if d.answers != before {
            d.not_kept = !browser::storage_set(START, &d.answers.encode());
        }
    });
    let id = match focus {
        Focus::Stay => return,
        Focus::Screen => FOCUS_ID,
        Focus::NoQuotes => NO_QUOTES_ID,
        Focus::Undo => UNDO_ID,
    };
    // Once the screen has been written; in the page, or in the host page's section.
    request_animation_frame(move || {
        if let Some(element) = embed::element_by_id(id).and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
            let _ = element.focus();
        }
    });
}

/// The questions, or the start page once they are answered.
#[component]
pub fn FrontDoor() -> impl IntoView {
    let read = |stored: Option<String>| stored.as_deref().map(Answers::decode).unwrap_or_default();
    let door = RwSignal::new(Door::new(read(browser::storage_get(START))));
    // Answers another tab kept.
    follow_stored(START, move |stored| {
        door.maybe_update(|d| d.arrived(read(stored)));
    });
    let i18n = use_i18n();
    // A region of the front door, written by `write` from the door in the current language.
    let region = move |write: fn(&Door, Lang) -> String| {
        move || {
            let lang = i18n.lang();
            door.with(|d| write(d, lang))
        }
    };
    view! {
        <section
            class="front-door"
            aria-labelledby="start-heading"
            on:submit=move |ev| handle(door, i18n.lang(), ev.into())
            on:click=move |ev| handle(door, i18n.lang(), ev.into())
        >
            <div inner_html=region(screen)></div>
            <div class="start-result__grid" inner_html=region(result::cards)></div>
            <section class="readiness" aria-labelledby="readiness-heading">
                <div inner_html=region(readiness::readiness_statements)></div>
                <div class="readiness__outcome" id="readiness-outcome" aria-live="polite" inner_html=region(readiness::readiness_outcome)></div>
            </section>
        </section>
    }
}

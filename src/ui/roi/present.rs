//! The presenter view for the board meeting (`/roi?present=3`): the scenario's figures, live, one
//! slide at a time in large type, with the presenter's notes below each; arrow keys, the space bar
//! or a tap step through, Esc closes, and printing gives one slide per landscape page. The slides
//! and their order, the notes and the decision points are in [`crate::domain::present`]; the
//! charts and cards are the calculator's own.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::{charts, results, what_it_takes};
use crate::domain::format::number::format_percent;
use crate::domain::guide::GUIDE;
use crate::domain::i18n::{date_long, text, text_with, Key};
use crate::domain::present::{first_pulse, key_move, milestones, slide_index, Move, Slide};
use crate::domain::roi::calculator::{headline_index, money, payback_phrase, roi_text};
use crate::domain::roi::Scenario;
use crate::ui::browser;
use crate::ui::i18n::use_i18n;
use crate::ui::state::use_calc;
use leptos_router::hooks::use_query_map;

/// The address parameter that opens the view, with the slide shown (1-based).
pub const PARAM: &str = "present";

/// Whether the address asks for the presenter view.
pub fn presenting() -> Memo<bool> {
    let query = use_query_map();
    Memo::new(move |_| query.with(|q| q.get(PARAM).is_some()))
}

/// The view itself, in place of the calculator page.
#[component]
pub fn Presenter() -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map();
    let at = Memo::new(move |_| query.with(|q| q.get(PARAM).map_or(0, |v| slide_index(&v))));
    let set_param = crate::ui::i18n::use_query_param_setter();
    let remove_param = crate::ui::i18n::use_query_param_remover();
    let go = {
        let set_param = set_param.clone();
        move |index: usize| set_param(PARAM, &(index + 1).to_string())
    };
    let close = move || remove_param(PARAM);
    let act = {
        let (go, close) = (go.clone(), close.clone());
        move |m: Move| match m {
            Move::To(i) => go(i),
            Move::Close => close(),
        }
    };
    let keys = {
        let act = act.clone();
        window_event_listener(leptos::ev::keydown, move |ev: web_sys::KeyboardEvent| {
            // Keys in the notes (a focused summary or link) keep their own meaning.
            let on_control = ev
                .target()
                .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                .is_some_and(|e| {
                    e.closest("summary, a, input, select, textarea")
                        .ok()
                        .flatten()
                        .is_some()
                });
            if ev.alt_key() || ev.ctrl_key() || ev.meta_key() || on_control {
                return;
            }
            if let Some(m) = key_move(&ev.key(), at.get_untracked()) {
                ev.prevent_default();
                act(m);
            }
        })
    };
    on_cleanup(move || keys.remove());
    // The rest of the site steps back while the view is open (and in its print).
    browser::set_root_class("presenting", true);
    on_cleanup(|| browser::set_root_class("presenting", false));
    Effect::new(|_| {
        request_animation_frame(|| {
            browser::focus_id("present");
        })
    });

    let tap = {
        let go = go.clone();
        move |ev: leptos::ev::MouseEvent| {
            let on_control = ev
                .target()
                .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                .is_some_and(|e| e.closest("a, button, summary, details").ok().flatten().is_some());
            if !on_control {
                go((at.get_untracked() + 1).min(Slide::ALL.len() - 1));
            }
        }
    };
    let slides = Slide::ALL
        .into_iter()
        .enumerate()
        .map(|(i, slide)| {
            view! {
                <section
                    class="slide"
                    aria-roledescription="slide"
                    aria-labelledby=format!("slide-{i}")
                    hidden=move || at.get() != i
                    on:click=tap.clone()
                >
                    <h2 id=format!("slide-{i}")>{move || i18n.t(slide.title())}</h2>
                    <div class="slide__body">{slide_body(slide)}</div>
                    <Notes slide=slide/>
                </section>
            }
        })
        .collect_view();
    let (prev, next) = (go.clone(), go.clone());
    let count = move || {
        text_with(
            Key::PresentCount,
            i18n.lang(),
            &[
                ("n", &(at.get() + 1).to_string()),
                ("total", &Slide::ALL.len().to_string()),
            ],
        )
    };
    view! {
        <div class="present" id="present" tabindex="-1" role="dialog" aria-modal="true" aria-labelledby="present-label">
            <div class="present__bar no-print">
                <p id="present-label" class="present__label">{move || i18n.t(Key::PresentLabel)}</p>
                <p class="present__count" aria-live="polite">{count}</p>
                <button type="button" class="button button--small button--secondary" on:click=move |_| prev(at.get_untracked().saturating_sub(1))
                    disabled=move || at.get() == 0>{move || i18n.t(Key::PresentPrev)}</button>
                <button type="button" class="button button--small" on:click=move |_| next((at.get_untracked() + 1).min(Slide::ALL.len() - 1))
                    disabled=move || at.get() + 1 == Slide::ALL.len()>{move || i18n.t(Key::PresentNext)}</button>
                <button type="button" class="button button--small button--secondary" on:click=move |_| browser::request_fullscreen("present")>
                    {move || i18n.t(Key::PresentFullscreen)}
                </button>
                <button type="button" class="button button--small button--secondary" on:click=move |_| close()>{move || i18n.t(Key::PresentClose)}</button>
            </div>
            {slides}
            <p class="note no-print present__keys">{move || i18n.t(Key::PresentKeys)}</p>
        </div>
    }
}

/// The presenter's notes under a slide: what to say, the likely question and its answer.
#[component]
fn Notes(slide: Slide) -> impl IntoView {
    let i18n = use_i18n();
    let [say, question, answer] = slide.notes();
    view! {
        <details class="present__notes no-print">
            <summary>{move || i18n.t(Key::PresentNotes)}</summary>
            <dl>
                <dt>{move || i18n.t(Key::PresentSay)}</dt><dd>{move || i18n.t(say)}</dd>
                <dt>{move || i18n.t(Key::PresentQuestion)}</dt><dd>{move || i18n.t(question)}</dd>
                <dt>{move || i18n.t(Key::PresentAnswer)}</dt><dd>{move || i18n.t(answer)}</dd>
            </dl>
        </details>
    }
}

/// What a slide shows.
fn slide_body(slide: Slide) -> AnyView {
    match slide {
        Slide::Decision => view! { <Decision/><results::VerdictLine/> }.into_any(),
        Slide::Headline => view! { <results::HeadlineCards/><BoardView/> }.into_any(),
        Slide::Sources => view! { <charts::BreakdownChart/> }.into_any(),
        Slide::BreakEven => view! { <what_it_takes::WhatItTakes/> }.into_any(),
        Slide::Risks => view! { <Risks/><charts::TornadoChart/> }.into_any(),
        Slide::Plan => view! { <charts::AdoptionChart/><Milestones/> }.into_any(),
        Slide::Measures => view! { <Measures/> }.into_any(),
    }
}

/// The decision asked, with the investment and the start.
#[component]
fn Decision() -> impl IntoView {
    let i18n = use_i18n();
    let calc = use_calc();
    let sentence = move || {
        let lang = i18n.lang();
        let costs = calc
            .scenario_evaluation
            .with(|e| calc.effective.with(|i| money(e.summary.pv_costs, i, lang)));
        text_with(
            Key::PresentDecision,
            lang,
            &[
                ("start", &calc.plan.with(|p| date_long(p.start, lang))),
                ("costs", &costs),
                ("months", &calc.effective.with(|i| i.horizon().to_string())),
            ],
        )
    };
    view! { <p class="slide__lead">{sentence}</p> }
}

/// The board (TEI) view's figures in one sentence.
#[component]
fn BoardView() -> impl IntoView {
    let i18n = use_i18n();
    let calc = use_calc();
    let sentence = move || {
        let lang = i18n.lang();
        let b = headline_index(Scenario::Board);
        calc.effective.with(|i| {
            calc.headline.with(|h| {
                text_with(
                    Key::PresentBoardView,
                    lang,
                    &[
                        ("npv", &money(h.npv[b], i, lang)),
                        ("roi", &roi_text(h.roi[b], lang)),
                        ("payback", &payback_phrase(h.payback[b], i.horizon(), lang)),
                    ],
                )
            })
        })
    };
    view! { <p class="slide__lead">{sentence}</p> }
}

/// The risk adjustments the figures include.
#[component]
fn Risks() -> impl IntoView {
    let i18n = use_i18n();
    let calc = use_calc();
    let sentence = move || {
        let lang = i18n.lang();
        calc.effective.with(|i| {
            text_with(
                Key::PresentRisk,
                lang,
                &[
                    ("haircut", &format_percent(i.risk_haircut, 0, lang)),
                    ("cost_risk", &format_percent(i.cost_risk, 0, lang)),
                    ("capture", &format_percent(i.productivity_capture, 0, lang)),
                ],
            )
        })
    };
    view! { <p class="slide__lead">{sentence}</p> }
}

/// The plan's decision points with their dates.
#[component]
fn Milestones() -> impl IntoView {
    let i18n = use_i18n();
    let calc = use_calc();
    let items = move || {
        let lang = i18n.lang();
        let payback = calc.headline.with(|h| h.payback[headline_index(calc.scenario.get())]);
        calc.plan
            .with(|p| milestones(p, payback))
            .into_iter()
            .map(|m| view! { <li><strong>{date_long(m.date, lang)}</strong>" · "{text(m.what, lang)}</li> })
            .collect_view()
    };
    view! { <ol class="milestones">{items}</ol> }
}

/// The pulse survey's rhythm and the article's KPI targets.
#[component]
fn Measures() -> impl IntoView {
    let i18n = use_i18n();
    let calc = use_calc();
    let pulse = move || {
        let lang = i18n.lang();
        calc.plan.with(|p| {
            first_pulse(p).map(|date| {
                text_with(
                    Key::PresentPulse,
                    lang,
                    &[("weeks", &p.pulse_weeks.to_string()), ("date", &date_long(date, lang))],
                )
            })
        })
    };
    let kpis = move || {
        let lang = i18n.lang();
        GUIDE
            .kpis
            .iter()
            .map(|k| view! { <li><strong>{k.kpi.get(lang)}</strong>": "{k.target.get(lang)}</li> })
            .collect_view()
    };
    view! {
        <p class="slide__lead">{pulse}</p>
        <p>{move || i18n.t(Key::PresentKpiTargets)}</p>
        <ul class="milestones">{kpis}</ul>
    }
}

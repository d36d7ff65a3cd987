//! The visitor's start page: where the company stands, three things for this week, a first figure
//! with its range, and the calculator and schedule opened with the same inputs.

use leptos::prelude::*;

use super::{phase_name, readiness::readiness_check, Front, FOCUS_ID};
use crate::domain::format::html::{escape, escape_into};
use crate::domain::guide::{kit, Section};
use crate::domain::i18n::{date_long, text, text_with, Key, Lang};
use crate::domain::roi::calculator::{headline, headline_index, npv_figure, payback_figure};
use crate::domain::roi::{evaluate, Scenario};
use crate::domain::start::{readiness, starting_state, week_items, Answers, Question};
use crate::domain::web::page::Page;
use crate::domain::web::query::with_param;
use crate::domain::web::share::{encode, PARAM};
use crate::ui::browser;
use crate::ui::guide::material_href;
use crate::ui::i18n::localized_href;

/// The address of `page` in `lang` that opens with `code` as its scenario and plan.
fn with_state(page: Page, lang: Lang, code: &str) -> String {
    let href = localized_href(page.path(), lang, None);
    match href.split_once('?') {
        Some((path, query)) => format!("{path}?{}", with_param(query, PARAM, code)),
        None => format!("{href}?{PARAM}={code}"),
    }
}

/// The start page in `lang`; its cards follow the answers (the readiness check moves the phase).
pub(super) fn start_result(front: Front, lang: Lang) -> impl IntoView {
    let today = browser::today().unwrap_or(crate::domain::schedule::PlanInputs::default().start);
    let answers = front.answers;
    let cards = move || answers.with(|a| cards(a, today, lang));
    let change = move |_| front.go(0);
    let clear = move |_| {
        front.cleared.set(Some(answers.get_untracked()));
        front.keep(Answers::default());
        front.step.set(0);
    };
    view! {
        <div class="start-result">
            <h3 id=FOCUS_ID tabindex="-1">{text(Key::StartResultHeading, lang)}</h3>
            <div class="start-result__grid" inner_html=cards></div>
            {readiness_check(front, lang)}
            <p class="start-result__change no-print">
                <button type="button" class="button button--secondary" on:click=change>{text(Key::StartChange, lang)}</button>
                <button type="button" class="link-button" on:click=clear>{text(Key::StartClear, lang)}</button>
            </p>
        </div>
    }
}

/// Appends `<tag attrs>text</tag>` with the text escaped; `attrs` is trusted markup.
fn element(out: &mut String, tag: &str, attrs: &str, text: &str) {
    out.push_str(&format!("<{tag}{attrs}>"));
    escape_into(out, text);
    out.push_str(&format!("</{tag}>"));
}

/// Appends a link; the address is escaped too.
fn link(out: &mut String, href: &str, attrs: &str, text: &str) {
    element(out, "a", &format!(" href=\"{}\"{attrs}", escape(href)), text);
}

/// The three cards for `answers` as markup (the planner's own, every text escaped): where the
/// company stands, this week, and the first figure with the calculator and the schedule opened with
/// the same inputs. Links are plain anchors, which the router follows in the app.
fn cards(answers: &Answers, today: crate::domain::date::Date, lang: Lang) -> String {
    let profile = answers.profile();
    let phase = answers.phase();
    let state = starting_state(&profile, today);
    let h = headline(&state.inputs, &evaluate(&state.inputs));
    let index = headline_index(Scenario::Expected);
    let (npv, npv_range) = npv_figure(&h, index, &state.inputs, lang);
    let (payback, payback_range) = payback_figure(&h, index, state.inputs.horizon(), lang);
    let code = encode(&state);
    let (name, weeks) = phase_name(phase, lang);
    let why = if readiness::assess(&answers.readiness).is_some() {
        Key::StartWhyCheck
    } else {
        profile.stage.why()
    };
    let mut out = String::new();
    let o = &mut out;
    // Where the company stands.
    o.push_str("<section class=\"start-card\" aria-labelledby=\"start-where\">");
    element(o, "h4", " id=\"start-where\"", text(Key::StartPhaseHeading, lang));
    element(
        o,
        "p",
        " class=\"start-result__phase\" id=\"start-phase\"",
        &text_with(Key::StartPhase, lang, &[("phase", name), ("weeks", &weeks)]),
    );
    element(o, "p", "", text(why, lang));
    // This week.
    o.push_str("</section><section class=\"start-card\" aria-labelledby=\"start-week\">");
    element(o, "h4", " id=\"start-week\"", text(Key::StartWeekHeading, lang));
    o.push_str("<ol class=\"start-week\">");
    for item in week_items(&profile, phase) {
        o.push_str("<li>");
        escape_into(o, item.text.get(lang));
        if let Some(m) = item.material.and_then(kit::material) {
            o.push(' ');
            link(
                o,
                &material_href(m, lang),
                "",
                &text_with(Key::KitWeekMaterial, lang, &[("title", m.title.get(lang))]),
            );
        }
        o.push_str("</li>");
    }
    o.push_str("</ol><p>");
    let role_page = profile.role.page();
    link(
        o,
        &localized_href(&role_page.path(lang), lang, Some(Section::ThisWeek.anchor(lang))),
        "",
        text(Key::StartWeekMore, lang),
    );
    // The first figure.
    o.push_str("</p></section><section class=\"start-card\" aria-labelledby=\"start-figure\">");
    element(o, "h4", " id=\"start-figure\"", text(Key::StartFigureHeading, lang));
    o.push_str("<dl class=\"start-figures\">");
    let years = (state.inputs.horizon() / 12).to_string();
    for (label, (id, value, range)) in [
        (
            text_with(Key::StartFigureNpv, lang, &[("years", &years)]),
            ("start-npv", npv, npv_range),
        ),
        (
            text(Key::StartFigurePayback, lang).to_string(),
            ("start-payback", payback, payback_range),
        ),
    ] {
        element(o, "dt", "", &label);
        o.push_str("<dd>");
        element(
            o,
            "span",
            &format!(" class=\"start-figures__value\" id=\"{id}\""),
            &value,
        );
        element(
            o,
            "span",
            &format!(" class=\"start-figures__range\" id=\"{id}-range\""),
            &range,
        );
        o.push_str("</dd>");
    }
    o.push_str("</dl>");
    let basis = text_with(
        Key::StartFigureBasis,
        lang,
        &[
            ("people", &profile.office.to_string()),
            ("quotes", &profile.quotes.to_string()),
            ("date", &date_long(state.plan.start, lang)),
        ],
    );
    element(o, "p", " class=\"note\"", &basis);
    if answers.count_answered() < Question::ALL.len() {
        element(o, "p", " class=\"note\"", text(Key::StartSkipNote, lang));
    }
    element(o, "p", " class=\"note\"", text(profile.goal.focus(), lang));
    o.push_str("<p class=\"start-result__actions\">");
    link(
        o,
        &with_state(Page::Roi, lang, &code),
        " class=\"button\" id=\"start-open-roi\"",
        text(Key::StartOpenRoi, lang),
    );
    link(
        o,
        &with_state(Page::Planning, lang, &code),
        " class=\"button button--secondary\" id=\"start-open-planning\"",
        text(Key::StartOpenPlanning, lang),
    );
    o.push_str("</p></section>");
    out
}

//! The visitor's start page as markup: where the company stands, three things for this week, a
//! first figure with its range, and the calculator and schedule opened with the same inputs.

use super::markup::fill;
use super::phase_name;
use crate::domain::guide::{kit, Section};
use crate::domain::i18n::{date_long, text, text_with, Key, Lang};
use crate::domain::roi::calculator::{headline, headline_index, npv_figure, payback_figure};
use crate::domain::roi::{evaluate, Scenario};
use crate::domain::schedule::PlanInputs;
use crate::domain::start::door::Door;
use crate::domain::start::{readiness, starting_state, week_items, Question};
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

/// Once the questions are done, the three cards for the door's answers as markup (every text
/// escaped): where the company stands, this week, and the first figure with the calculator and the
/// schedule opened with the same inputs. Links are plain anchors, which the router follows in the
/// app.
pub(super) fn cards(door: &Door, lang: Lang) -> String {
    let answers = &door.answers;
    if !answers.done {
        return String::new();
    }
    let today = browser::today().unwrap_or(PlanInputs::default().start);
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
    fill(
        o,
        "<section class=\"start-card\" aria-labelledby=\"start-where\"><h4 id=\"start-where\">{}</h4>\
         <p class=\"start-result__phase\" id=\"start-phase\">{}</p><p>{}</p></section>\
         <section class=\"start-card\" aria-labelledby=\"start-week\"><h4 id=\"start-week\">{}</h4><ol class=\"start-week\">",
        &[
            text(Key::StartPhaseHeading, lang),
            &text_with(Key::StartPhase, lang, &[("phase", name), ("weeks", &weeks)]),
            text(why, lang),
            text(Key::StartWeekHeading, lang),
        ],
    );
    // This week.
    for item in week_items(&profile, phase) {
        fill(o, "<li>{}", &[item.text.get(lang)]);
        if let Some(m) = item.material.and_then(kit::material) {
            fill(
                o,
                " <a href=\"{}\">{}</a>",
                &[
                    &material_href(m, lang),
                    &text_with(Key::KitWeekMaterial, lang, &[("title", m.title.get(lang))]),
                ],
            );
        }
        o.push_str("</li>");
    }
    let role_page = profile.role.page();
    let years = (state.inputs.horizon() / 12).to_string();
    let basis = text_with(
        Key::StartFigureBasis,
        lang,
        &[
            ("people", &profile.office.to_string()),
            ("quotes", &profile.quotes.to_string()),
            ("date", &date_long(state.plan.start, lang)),
        ],
    );
    // The first figure.
    fill(
        o,
        "</ol><p><a href=\"{}\">{}</a></p></section>\
         <section class=\"start-card\" aria-labelledby=\"start-figure\"><h4 id=\"start-figure\">{}</h4>\
         <dl class=\"start-figures\"><dt>{}</dt><dd><span class=\"start-figures__value\" id=\"start-npv\">{}</span>\
         <span class=\"start-figures__range\" id=\"start-npv-range\">{}</span></dd>\
         <dt>{}</dt><dd><span class=\"start-figures__value\" id=\"start-payback\">{}</span>\
         <span class=\"start-figures__range\" id=\"start-payback-range\">{}</span></dd></dl>\
         <p class=\"note\">{}</p>",
        &[
            &localized_href(&role_page.path(lang), lang, Some(Section::ThisWeek.anchor(lang))),
            text(Key::StartWeekMore, lang),
            text(Key::StartFigureHeading, lang),
            &text_with(Key::StartFigureNpv, lang, &[("years", &years)]),
            &npv,
            &npv_range,
            text(Key::StartFigurePayback, lang),
            &payback,
            &payback_range,
            &basis,
        ],
    );
    if answers.count_answered() < Question::ALL.len() {
        fill(o, "<p class=\"note\">{}</p>", &[text(Key::StartSkipNote, lang)]);
    }
    fill(
        o,
        "<p class=\"note\">{}</p><p class=\"start-result__actions\">\
         <a href=\"{}\" class=\"button\" id=\"start-open-roi\">{}</a>\
         <a href=\"{}\" class=\"button button--secondary\" id=\"start-open-planning\">{}</a></p></section>",
        &[
            text(profile.goal.focus(), lang),
            &with_state(Page::Roi, lang, &code),
            text(Key::StartOpenRoi, lang),
            &with_state(Page::Planning, lang, &code),
            text(Key::StartOpenPlanning, lang),
        ],
    );
    out
}

//! The plan beside published studies: their ROI, payback and time saved per user, and why their
//! figures differ, next to the shown view's own (from [`crate::domain::roi::evidence`]).

use leptos::prelude::*;

use crate::domain::format::number::{format_number, format_percent};
use crate::domain::i18n::{text, text_with, Key, Lang};
use crate::domain::roi::calculator::{payback_text, roi_text};
use crate::domain::roi::evidence::{Study, STUDIES};
use crate::ui::i18n::use_i18n;
use crate::ui::state::use_calc;

/// "ROI 116 % · 10 maanden · 25 min per dag", with "niet gemeld" for what a study leaves out.
fn figures(roi: Option<String>, payback: Option<String>, minutes: Option<f64>, lang: Lang) -> [(Key, String); 3] {
    let missing = || text(Key::StudiesNotReported, lang).to_string();
    [
        (Key::StudiesColRoi, roi.unwrap_or_else(missing)),
        (Key::StudiesColPayback, payback.unwrap_or_else(missing)),
        (
            Key::StudiesColMinutes,
            minutes.map_or_else(missing, |m| {
                text_with(Key::StudiesMinutes, lang, &[("n", &format_number(m.round(), 0, lang))])
            }),
        ),
    ]
}

/// "10 maanden", "32,1 maanden": a number of months, with a decimal only where it has one.
fn months(m: f64, lang: Lang) -> String {
    let decimals = if (m * 10.0).round() % 10.0 == 0.0 { 0 } else { 1 };
    text_with(Key::StudiesMonths, lang, &[("n", &format_number(m, decimals, lang))])
}

fn study_roi(study: &Study, lang: Lang) -> Option<String> {
    study.roi.map(|(low, high)| {
        if low == high {
            format_percent(low, 0, lang)
        } else {
            format!("{}–{}", format_number(low, 0, lang), format_percent(high, 0, lang))
        }
    })
}

/// One entry: a name, its three figures and why they differ.
#[component]
fn Entry(
    name: Signal<String>,
    figures: Signal<[(Key, String); 3]>,
    why: Signal<String>,
    #[prop(optional)] own: bool,
) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <li class="studies__entry" class:studies__entry--own=own>
            <p class="studies__name">{name}</p>
            <dl class="studies__figures">
                {(0..3).map(|k| view! {
                    <div>
                        <dt>{move || figures.with(|f| i18n.t(f[k].0))}</dt>
                        <dd>{move || figures.with(|f| f[k].1.clone())}</dd>
                    </div>
                }).collect_view()}
            </dl>
            <p class="studies__why">{why}</p>
        </li>
    }
}

/// The shown view beside the published studies.
#[component]
pub fn StudyComparison() -> impl IntoView {
    let i18n = use_i18n();
    let calc = use_calc();
    let own = Signal::derive(move || {
        let lang = i18n.lang();
        calc.verdict.with(|(view, v)| {
            // The plan's own payback is never "not reported": within the horizon or not.
            let payback = v
                .summary
                .payback_month
                .map_or_else(|| payback_text(None, view.horizon(), lang), |m| months(m, lang));
            figures(
                Some(roi_text(v.summary.roi_percent, lang)),
                Some(payback),
                v.current_minutes,
                lang,
            )
        })
    });
    view! {
        <section class="studies no-print" aria-labelledby="studies-heading">
            <h3 id="studies-heading">{move || i18n.t(Key::StudiesHeading)}</h3>
            <p class="note">{move || i18n.t(Key::StudiesIntro)}</p>
            <ul class="studies__list">
                <Entry
                    own=true
                    name=Signal::derive(move || i18n.t(Key::StudiesYourPlan).to_string())
                    figures=own
                    why=Signal::derive(move || i18n.t(Key::StudiesYourPlanWhy).to_string())
                />
                {STUDIES.iter().map(|study| {
                    let study = *study;
                    view! {
                        <Entry
                            name=Signal::derive(move || i18n.t(study.name).to_string())
                            figures=Signal::derive(move || {
                                let lang = i18n.lang();
                                let payback = study.payback_months.map(|m| months(m, lang));
                                figures(study_roi(&study, lang), payback, study.minutes_a_day, lang)
                            })
                            why=Signal::derive(move || i18n.t(study.why).to_string())
                        />
                    }
                }).collect_view()}
            </ul>
        </section>
    }
}

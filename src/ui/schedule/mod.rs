//! The communication schedule (`/planning`): settings, timeline, table, exports, the link to
//! the ROI model and plan versus actual. State is shared with the calculator.

mod measurements;
mod settings;
mod timeline;

use leptos::prelude::*;
use leptos_router::components::A;

use crate::domain::i18n::{text, text_with, Key};
use crate::domain::roi::calculator::{money, payback_phrase};
use crate::domain::schedule::export::{calendar, plan_csv, utc_stamp};
use crate::domain::schedule::Plan;
use crate::domain::web::page::Page;
use crate::ui::browser;
use crate::ui::i18n::use_i18n;
use crate::ui::roi::LinkProblems;
use crate::ui::shell::PageIntro;
use crate::ui::state::use_calc;
use crate::ui::takeover::Later;

/// The schedule page.
#[component]
pub fn PlanningPage() -> impl IntoView {
    let calc = use_calc();
    let plan = Memo::new(move |_| calc.plan.with(|p| p.build()));
    let filter = RwSignal::new(None::<crate::domain::schedule::Stakeholder>);
    view! {
        <div class="page page--planning">
            <PageIntro title=Key::PlanningTitle lead=Key::PlanningLead/>
            <Later><LinkProblems count=calc.link_problems changes=calc.link_changes/></Later>
            <div class="planning-layout">
                <Later><settings::PlanSettings/></Later>
                <div class="planning-main">
                    <Later><RoiTie/></Later>
                    <Later><Exports plan=plan/></Later>
                    <Later><timeline::Timeline plan=plan filter=filter/></Later>
                    <Later><timeline::EventTable plan=plan filter=filter/></Later>
                    <Later><measurements::MeasurementLog/></Later>
                </div>
            </div>
        </div>
    }
}

/// What this plan does to the calculator's payback and NPV.
#[component]
fn RoiTie() -> impl IntoView {
    let i18n = use_i18n();
    let calc = use_calc();
    let summary = move || {
        let lang = i18n.lang();
        calc.effective.with(|i| {
            calc.evaluation.with(|e| {
                text_with(
                    Key::PlanRoiSummary,
                    lang,
                    &[
                        ("payback", &payback_phrase(e.summary.payback_month, i.horizon(), lang)),
                        ("npv", &money(e.summary.npv, i, lang)),
                    ],
                )
            })
        })
    };
    view! {
        <section class="notice plan-roi" aria-labelledby="plan-roi-heading">
            <h2 id="plan-roi-heading">{move || i18n.t(Key::PlanRoiHeading)}</h2>
            <p id="plan-roi-summary">{summary}</p>
            <A href=move || i18n.href(Page::Roi)>{move || i18n.t(Key::PlanRoiLink)}</A>
        </section>
    }
}

/// Calendar, CSV and print.
#[component]
fn Exports(plan: Memo<Plan>) -> impl IntoView {
    let i18n = use_i18n();
    let stamp = move || {
        let now = js_sys::Date::new_0();
        utc_stamp(
            now.get_utc_full_year(),
            now.get_utc_month() + 1,
            now.get_utc_date(),
            now.get_utc_hours(),
            now.get_utc_minutes(),
            now.get_utc_seconds(),
        )
    };
    let ics = move |_| {
        let lang = i18n.lang();
        let contents = plan.with(|p| calendar(p, lang, &stamp()));
        browser::download(text(Key::FilePlanIcs, lang), "text/calendar;charset=utf-8", &contents);
    };
    let csv = move |_| {
        let lang = i18n.lang();
        let contents = plan.with(|p| plan_csv(p, lang));
        browser::download(text(Key::FilePlanCsv, lang), "text/csv;charset=utf-8", &contents);
    };
    view! {
        <div class="actions no-print">
            <button type="button" class="button" on:click=ics>{move || i18n.t(Key::PlanDownloadIcs)}</button>
            <button type="button" class="button button--secondary" on:click=csv>{move || i18n.t(Key::PlanDownloadCsv)}</button>
            <button type="button" class="button button--secondary" on:click=move |_| browser::print()>{move || i18n.t(Key::PlanPrint)}</button>
        </div>
    }
}

//! The ROI calculator page (`/roi`): inputs on one side, live results and charts on the other,
//! the scenario kept in the address so copying it shares it.

mod charts;
mod form;
mod present;
mod results;
mod saved;
mod share;
mod studies;
mod what_it_takes;

use crate::ui::state::{use_calc, Calc};
pub use share::LinkProblems;

use leptos::prelude::*;

use crate::domain::i18n::{text_with, Key};
use crate::domain::web::page::{strip_base, Page};
use crate::domain::web::query::param;
use crate::domain::web::share::{decode, encode, model_changes_since, SharedState};
use crate::ui::browser;
use crate::ui::i18n::use_i18n;
use crate::ui::pause::follow_after_pause;
use crate::ui::shell::PageIntro;
use crate::ui::takeover::Later;
use leptos_router::hooks::{use_location, use_query_map};
use std::time::Duration;

/// The calculator page.
#[component]
pub fn RoiPage() -> impl IntoView {
    let i18n = use_i18n();
    let calc = use_calc();
    let (link_problems, link_changes) = (calc.link_problems, calc.link_changes);

    crate::ui::guide::scroll_to_hash();
    // The presenter view takes the page's place while the address asks for it.
    let presenting = present::presenting();
    move || {
        if presenting.get() {
            return view! { <present::Presenter/> }.into_any();
        }
        view! {
        <div class="page page--roi">
            <PageIntro title=Key::RoiTitle lead=Key::RoiLead/>
            <Later><RoleNote/></Later>
            <Later><LinkProblems count=link_problems changes=link_changes/></Later>
            <div class="roi-layout">
                <Later><form::InputForm/></Later>
                <Later><results::StickySummary/></Later>
                <section class="roi-results" aria-labelledby="roi-results">
                    <h2 id="roi-results">{move || i18n.t(Key::RoiResultsHeading)}</h2>
                    <p class="note illustrative">{move || i18n.t(Key::RoiIllustrative)}</p>
                    <Later><results::ScenarioSwitch/></Later>
                    <Later><results::VerdictLine/></Later>
                    <Later><results::HeadlineCards/></Later>
                    <Later><results::LiveSummary/></Later>
                    <Later><results::TotalsAndWarnings/></Later>
                    <Later><charts::CumulativeChart/></Later>
                    <Later><charts::AdoptionChart/></Later>
                    <Later><charts::TornadoChart/></Later>
                    <Later><charts::FlowsChart/></Later>
                    <Later><charts::BreakdownChart/></Later>
                    <Later><what_it_takes::WhatItTakes/></Later>
                    <Later><studies::StudyComparison/></Later>
                    <Later><results::Assumptions/></Later>
                    <Later><results::MonthTable/></Later>
                </section>
            </div>
            <section class="keep" aria-labelledby="keep-heading">
                <h2 id="keep-heading">{move || i18n.t(Key::ShareHeading)}</h2>
                <Later><share::ShareActions/></Later>
                <Later><saved::SavedScenarios/></Later>
            </section>
        </div>
        }
        .into_any()
    }
}

/// The address parameter that carries the scenario and plan (`?s=v3_…`).
const SCENARIO_PARAM: &str = crate::domain::web::share::PARAM;

/// Creates the shared calculator and plan state from the opening address's `s` parameter, else
/// from the work kept in this browser. Call it inside the router.
pub fn provide_state_from_address() -> Calc {
    // A host page's address belongs to the host (`?s=` may well be its search).
    let link = if crate::ui::embed::use_host().in_section() {
        None
    } else {
        use_query_map().with_untracked(|q| q.get(SCENARIO_PARAM))
    };
    let changes = link.as_deref().map(model_changes_since).unwrap_or_default();
    // Without a link of its own the page starts from the work kept in this browser.
    let (start, problems) = match link.as_deref() {
        Some(code) => decode(code),
        None => (crate::ui::work::stored_work().unwrap_or_default(), Vec::new()),
    };
    Calc::provide(start, problems.len(), changes)
}

/// The address and the scenario in step, both ways.
///
/// - The address leads: when it comes to name another scenario than the one shown (an in-app link
///   to a scenario's address, Back or Forward, loading a saved scenario), that scenario is shown.
/// - The scenario follows into the address of `/roi` and `/planning` (`?s=v3_…`), and of the
///   guide's pages once it differs from the defaults, through the router, replacing the history
///   entry: typing never adds one. Each address change costs some milliseconds, so it waits until
///   typing pauses. Its own write is passed over once, so that it is not read back as an older
///   scenario when it lands while the reader types on.
#[component]
pub fn ScenarioSync() -> impl IntoView {
    let calc = use_calc();
    let location = use_location();
    let set_param = crate::ui::i18n::use_query_param_setter();
    let written = StoredValue::new(None::<String>);
    let base = crate::ui::embed::use_host().base;
    let query = use_query_map();
    Effect::new(move |previous: Option<Option<String>>| {
        let named = query.with(|q| q.get(SCENARIO_PARAM));
        // The opening address was read when the state was made; only later changes count.
        if previous.is_none() || previous.as_ref() == Some(&named) {
            return named;
        }
        let Some(code) = named.clone() else {
            return named;
        };
        // Its own write is passed over once; the same address reached later (Back to it) counts.
        let own = written.with_value(|w| w.as_deref() == Some(code.as_str()));
        written.set_value(None);
        if !own && code != encode(&calc.snapshot()) {
            calc.replace(decode(&code).0);
        }
        named
    });
    let watch = move || {
        let state = SharedState {
            inputs: calc.settled.get(),
            scenario: calc.scenario.get(),
            plan: calc.plan.get(),
        };
        (location.pathname.get(), state)
    };
    let update = move |(path, state): (String, SharedState)| {
        // The guide's pages carry the state too once the visitor has entered something, so that
        // their filled-in materials survive a reload; a plain guide address stays plain.
        let kept = match Page::from_path(strip_base(&path, &base)) {
            Some(Page::Roi | Page::Planning) => true,
            Some(Page::Guide) => state != SharedState::default(),
            _ => false,
        };
        // Only if the visitor is still on the page this update was meant for, and only when the
        // address does not already say it.
        let code = encode(&state);
        let unchanged = location
            .search
            .with_untracked(|q| param(q, SCENARIO_PARAM).as_deref() == Some(code.as_str()));
        if kept && location.pathname.get_untracked() == path && !unchanged {
            written.set_value(Some(code.clone()));
            set_param(SCENARIO_PARAM, &code);
        }
    };
    let pending = follow_after_pause(ADDRESS_DELAY, watch, update);
    // A link to a page of another bundle loads that page: the address takes the state first, so
    // that Back returns to it as it was.
    let leaving = window_event_listener_untyped(crate::ui::bundle::LEAVING_EVENT, move |_| pending.flush());
    on_cleanup(move || leaving.remove());
}

/// How long the address waits for typing to pause before it takes the state.
const ADDRESS_DELAY: Duration = Duration::from_millis(250);

/// When the visitor came through the guide, a note for their role with a way back.
#[component]
fn RoleNote() -> impl IntoView {
    use crate::domain::guide::GuidePage;
    use leptos_router::components::A;

    let i18n = use_i18n();
    let page = browser::storage_get(crate::ui::guide::ROLE_STORAGE_KEY).and_then(|id| GuidePage::from_id(&id));
    page.map(|page| {
        let name = page.name();
        let tip = if page == GuidePage::Role(0) {
            Key::RoiRoleBoardTip
        } else {
            Key::RoiRoleOtherTip
        };
        view! {
            <p class="notice role-note no-print">
                {move || text_with(Key::RoiRoleNote, i18n.lang(), &[("role", name.map_or("", |n| n.get(i18n.lang())))])}
                " " {move || i18n.t(tip)} " "
                <A href=crate::ui::guide::guide_href(page, None)>{move || i18n.t(Key::RoiRoleBack)}</A>
            </p>
        }
    })
}

//! The ROI calculator page (`/roi`): inputs on one side, live results and charts on the other,
//! the scenario kept in the address so copying it shares it.

mod charts;
mod form;
mod keep;
mod results;
mod state;

pub use keep::{QUARANTINE_KEY, SCENARIOS_KEY};
pub use state::{use_calc, Calc};

use leptos::prelude::*;

use crate::domain::i18n::{query_param, text_with, with_query_param, Key};
use crate::domain::share::{decode, encode};
use crate::ui::browser;
use crate::ui::i18n::use_i18n;
use crate::ui::pages::PageIntro;

/// The calculator page.
#[component]
pub fn RoiPage() -> impl IntoView {
    let i18n = use_i18n();
    let search = browser::location_search();
    let (start, problems) = query_param(&search, "s").map(decode).unwrap_or_default();
    let calc = Calc::provide(start);
    let link_problems = problems.len();

    // Keep the scenario in the address bar, replacing the history entry. replaceState is slow
    // in Chromium (~4 ms), so it waits until typing pauses for a moment.
    let pending = StoredValue::new(None::<TimeoutHandle>);
    Effect::new(move |_| {
        let state = SharedState {
            inputs: calc.inputs.get(),
            view: calc.view.get(),
        };
        if let Some(handle) = pending.get_value() {
            handle.clear();
        }
        let update = move || {
            let query = with_query_param(&browser::location_search(), "s", &encode(&state));
            browser::replace_url(&format!(
                "{}?{query}{}",
                browser::location_path(),
                browser::location_hash()
            ));
        };
        pending.set_value(set_timeout_with_handle(update, std::time::Duration::from_millis(250)).ok());
    });
    // Leaving the page cancels an update that has not happened yet.
    on_cleanup(move || {
        if let Some(handle) = pending.try_get_value().flatten() {
            handle.clear();
        }
    });

    crate::ui::guide::scroll_to_hash();
    view! {
        <div class="page page--roi">
            <PageIntro title=Key::RoiTitle lead=Key::RoiLead/>
            <RoleNote/>
            {(link_problems > 0).then(|| view! {
                <p class="notice notice--warning" role="status" id="link-problems">
                    {move || text_with(Key::LinkProblems, i18n.lang(), &[("count", &link_problems.to_string())])}
                </p>
            })}
            <div class="roi-layout">
                <form::InputForm/>
                <section class="roi-results" aria-labelledby="roi-results">
                    <h2 id="roi-results">{move || i18n.t(Key::RoiResultsHeading)}</h2>
                    <p class="note illustrative">{move || i18n.t(Key::RoiIllustrative)}</p>
                    <results::ScenarioSwitch/>
                    <results::HeadlineCards/>
                    <results::LiveSummary/>
                    <results::TotalsAndWarnings/>
                    <charts::CumulativeChart/>
                    <charts::AdoptionChart/>
                    <charts::TornadoChart/>
                    <charts::FlowsChart/>
                    <results::Assumptions/>
                    <results::MonthTable/>
                </section>
            </div>
            <section class="keep" aria-labelledby="keep-heading">
                <h2 id="keep-heading">{move || i18n.t(Key::ShareHeading)}</h2>
                <keep::ShareActions/>
                <keep::SavedScenarios/>
            </section>
        </div>
    }
}

use crate::domain::share::SharedState;

/// When the visitor came through the guide, a note for their role with a way back.
#[component]
fn RoleNote() -> impl IntoView {
    use crate::domain::guide::{GuidePage, GUIDE};
    use leptos_router::components::A;

    let i18n = use_i18n();
    let page = browser::storage_get(crate::ui::guide::ROLE_STORAGE_KEY).and_then(|id| GuidePage::from_id(&id));
    page.map(|page| {
        let name = match page {
            GuidePage::Role(i) => GUIDE.roles.get(i).map(|r| r.name),
            GuidePage::Seo => Some(GUIDE.seo.name),
            GuidePage::Overview => None,
        };
        let tip = if page == GuidePage::Role(0) { Key::RoiRoleBoardTip } else { Key::RoiRoleOtherTip };
        view! {
            <p class="notice role-note no-print">
                {move || text_with(Key::RoiRoleNote, i18n.lang(), &[("role", name.map_or("", |n| n.get(i18n.lang())))])}
                " " {move || i18n.t(tip)} " "
                <A href=move || format!("{}?lang={}", page.path(i18n.lang()), i18n.lang().code())>{move || i18n.t(Key::RoiRoleBack)}</A>
            </p>
        }
    })
}

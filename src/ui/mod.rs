//! Leptos components: thin views over [`crate::domain`]. Only built for the browser.

pub mod browser;
pub mod embed;
pub mod guide;
pub mod i18n;
pub mod pages;
pub mod roi;
pub mod schedule;
pub mod shell;
pub mod update;

use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::path;

use crate::domain::web::embed::Part;
use embed::Mode;
use pages::{AboutPage, GuideOverviewPage, GuideRolePage, HomePage, NotFoundPage, PlanningPage, RoiPage};
use shell::{Footer, Header};

/// Mounts the app (into a host page's section if `embed.js` prepared one, else into `<body>`) and
/// keeps it mounted for the life of the page.
pub fn start() {
    std::panic::set_hook(Box::new(|info| browser::report_crash(&info.to_string())));
    match embed::section_mount() {
        Some(root) => leptos::mount::mount_to(root, App).forget(),
        None => leptos::mount::mount_to_body(App),
    }
}

/// The whole app: language context, router, shell and routes.
#[component]
pub fn App() -> impl IntoView {
    let host = embed::provide_host();
    i18n::provide_i18n();
    roi::provide_state_from_address();
    let embedded = host.embedded();
    view! {
        <Router base=host.base.clone()>
            <i18n::LanguageSync/>
            {(!host.in_section()).then(|| view! { <roi::ScenarioSync/><update::UpdateNotice/> })}
            {(!embedded).then(|| view! { <Header/> })}
            {if host.in_section() {
                // The host page has its own <main>; a section is a region inside it.
                view! { <div class="ap-main" id="inhoud"><Content mode=host.mode.clone()/></div> }.into_any()
            } else {
                view! { <main id="inhoud" tabindex="-1"><Content mode=host.mode.clone()/></main> }.into_any()
            }}
            {(!embedded).then(|| view! { <Footer/> })}
        </Router>
    }
}

/// The routed pages, or in a host page's section the one part it shows.
#[component]
fn Content(mode: Mode) -> impl IntoView {
    let Mode::Section(part) = mode else {
        return view! {
            <Routes fallback=NotFoundPage>
                <Route path=path!("/") view=HomePage/>
                <Route path=path!("/gids") view=GuideOverviewPage/>
                <Route path=path!("/gids/:rol") view=GuideRolePage/>
                <Route path=path!("/roi") view=RoiPage/>
                <Route path=path!("/planning") view=PlanningPage/>
                <Route path=path!("/over") view=AboutPage/>
            </Routes>
        }
        .into_any();
    };
    match part {
        Part::Guide => view! { <GuideOverviewPage/> }.into_any(),
        Part::Role(_) => view! { <GuideRolePage/> }.into_any(),
        Part::Roi => view! { <RoiPage/> }.into_any(),
        Part::Planning => view! { <PlanningPage/> }.into_any(),
    }
}

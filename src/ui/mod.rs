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
use leptos_router::{ParamSegment, StaticSegment};

use crate::domain::web::embed::Part;
use crate::domain::web::page::{Page, ENGLISH_SEGMENT as EN};
use embed::Mode;
use pages::{AboutPage, GuideOverviewPage, GuideRolePage, HomePage, NotFoundPage, PlanningPage, RoiPage};
use shell::{Footer, Header};

/// Mounts the app (into a host page's section if `embed.js` prepared one, else into `<body>`) and
/// keeps it mounted for the life of the page.
pub fn start() {
    std::panic::set_hook(Box::new(|info| browser::report_crash(&info.to_string())));
    match embed::section_mount() {
        Some(root) => leptos::mount::mount_to(root, App).forget(),
        None => {
            // The page arrived as finished HTML (see src/bin/prerender.rs): the app renders the
            // same page over it in one go, with what only the browser knows (stored language,
            // ticks, the `?s=` of a link) applied. Nothing is painted in between.
            browser::remove_prerendered();
            leptos::mount::mount_to_body(App)
        }
    }
}

/// The whole app: language context, router, shell and routes.
#[component]
pub fn App() -> impl IntoView {
    let host = embed::provide_host();
    let embedded = host.embedded();
    view! {
        <Router base=host.base.clone()>
            <AppContexts>
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
            </AppContexts>
        </Router>
    }
}

/// The language and calculator contexts, read from the address through the router, for
/// everything inside (the host context is provided before the router, which needs its base).
#[component]
pub fn AppContexts(children: Children) -> impl IntoView {
    i18n::provide_i18n();
    roi::provide_state_from_address();
    children()
}

/// The routed pages, or in a host page's section the one part it shows.
#[component]
fn Content(mode: Mode) -> impl IntoView {
    let Mode::Section(part) = mode else {
        return view! {
            <Routes fallback=NotFoundPage>
                <Route path=StaticSegment(Page::Home.segment()) view=HomePage/>
                <Route path=StaticSegment(Page::Guide.segment()) view=GuideOverviewPage/>
                <Route path=(StaticSegment(Page::Guide.segment()), ParamSegment(Page::GUIDE_PAGE_PARAM)) view=GuideRolePage/>
                <Route path=StaticSegment(Page::Roi.segment()) view=RoiPage/>
                <Route path=StaticSegment(Page::Planning.segment()) view=PlanningPage/>
                <Route path=StaticSegment(Page::About.segment()) view=AboutPage/>
                // The same pages in English (`/en/roi`); the language follows the prefix.
                <Route path=StaticSegment(EN) view=HomePage/>
                <Route path=(StaticSegment(EN), StaticSegment(Page::Guide.segment())) view=GuideOverviewPage/>
                <Route path=(StaticSegment(EN), StaticSegment(Page::Guide.segment()), ParamSegment(Page::GUIDE_PAGE_PARAM)) view=GuideRolePage/>
                <Route path=(StaticSegment(EN), StaticSegment(Page::Roi.segment())) view=RoiPage/>
                <Route path=(StaticSegment(EN), StaticSegment(Page::Planning.segment())) view=PlanningPage/>
                <Route path=(StaticSegment(EN), StaticSegment(Page::About.segment())) view=AboutPage/>
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

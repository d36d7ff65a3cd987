//! Leptos components: thin views over [`crate::domain`]. Only built for the browser.

pub mod browser;
pub mod embed;
pub mod guide;
pub mod i18n;
pub mod pages;
pub mod planning;
pub mod roi;
pub mod shell;

use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::path;

use pages::{AboutPage, GuideOverviewPage, GuideRolePage, HomePage, NotFoundPage, PlanningPage, RoiPage};
use shell::{Footer, Header};

/// Mounts the app into `<body>` and keeps it mounted for the life of the page.
pub fn start() {
    leptos::mount::mount_to_body(App);
}

/// The whole app: language context, router, shell and routes.
#[component]
pub fn App() -> impl IntoView {
    i18n::provide_i18n();
    roi::provide_state_from_address();
    let embedded = embed::provide_embed().0;
    view! {
        <Router>
            <i18n::LanguageSync/>
            <roi::ScenarioSync/>
            {(!embedded).then(|| view! { <Header/> })}
            <main id="inhoud" tabindex="-1">
                <Routes fallback=NotFoundPage>
                    <Route path=path!("/") view=HomePage/>
                    <Route path=path!("/gids") view=GuideOverviewPage/>
                    <Route path=path!("/gids/:rol") view=GuideRolePage/>
                    <Route path=path!("/roi") view=RoiPage/>
                    <Route path=path!("/planning") view=PlanningPage/>
                    <Route path=path!("/over") view=AboutPage/>
                </Routes>
            </main>
            {(!embedded).then(|| view! { <Footer/> })}
        </Router>
    }
}

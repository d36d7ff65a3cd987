//! Leptos components: thin views over [`crate::domain`]. Built for the browser, and natively for
//! the prerender step (feature `ssr`), which renders the same components to HTML at build time.

pub mod browser;
pub mod bundle;
pub mod checkbox;
pub mod embed;
pub mod guide;
pub mod i18n;
pub mod pages;
pub mod pause;
pub mod roi;
pub mod schedule;
pub mod shell;
pub mod start;
pub mod state;
pub mod stored;
pub mod takeover;
pub mod update;
pub mod work;

use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::hooks::use_params_map;
use leptos_router::{
    OptionalParamSegment, ParamSegment, PartialPathMatch, PathSegment, PossibleRouteMatch, StaticSegment,
};

use crate::domain::i18n::Lang;
use crate::domain::web::bundle::Bundle;
use crate::domain::web::embed::Part;
use crate::domain::web::page::{Page, ENGLISH_SEGMENT};
use bundle::bundled;
use embed::Mode;
use pages::{AboutPage, GuideOverviewPage, GuideRolePage, HomePage, NotFoundPage, PlanningPage, RoiPage};
use shell::{Footer, Header};

/// Mounts the app (into a host page's section if `embed.js` prepared one, else into `<body>`) and
/// keeps it mounted for the life of the page.
pub fn start() {
    std::panic::set_hook(Box::new(|info| browser::report_crash(&info.to_string())));
    // The texts of the language shown come first (one file per language, see domain::texts);
    // the other language follows once the page is the app's, so a switch is at once.
    let lang = i18n::first_language();
    bundle::remember_first_path();
    wasm_bindgen_futures::spawn_local(async move {
        if let Err(e) = i18n::load_language(lang).await {
            browser::report_texts_unavailable(&e);
            return;
        }
        match embed::section_mount() {
            Some(root) => leptos::mount::mount_to(root, App).forget(),
            None => {
                // A page that arrived as finished HTML (see src/bin/prerender.rs) is taken over
                // in steps, with what only the browser knows (stored language, ticks, the `?s=`
                // of a link) applied; nothing is painted in between.
                if !takeover::start(App) {
                    leptos::mount::mount_to_body(App);
                }
            }
        }
        takeover::after(move || {
            wasm_bindgen_futures::spawn_local(async move {
                // Without it a switch waits for the file; the app says so if it cannot load.
                let _ = i18n::load_language(lang.other()).await;
            })
        });
    });
}

/// The whole app: language context, router, shell and routes. Each [`takeover::Later`] part is
/// one short step when the app takes over a prerendered page; otherwise it makes no difference.
#[component]
pub fn App() -> impl IntoView {
    let host = embed::provide_host();
    let embedded = host.embedded();
    view! {
        <Router base=host.base.clone()>
            <AppContexts>
            <takeover::Later><i18n::LanguageSync/></takeover::Later>
            {(!host.in_section()).then(|| view! { <takeover::Later><roi::ScenarioSync/><work::WorkSync/><update::UpdateNotice/></takeover::Later> })}
            {(!embedded).then(|| view! { <takeover::Later><Header/></takeover::Later> })}
            {if host.in_section() {
                // The host page has its own <main>; a section is a region inside it.
                view! { <div class="ap-main" id="inhoud"><Content mode=host.mode.clone()/></div> }.into_any()
            } else {
                view! { <main id="inhoud" tabindex="-1"><takeover::Later><Content mode=host.mode.clone()/></takeover::Later></main> }.into_any()
            }}
            {(!embedded).then(|| view! { <takeover::Later><Footer/></takeover::Later> })}
            </AppContexts>
        </Router>
    }
}

/// The language and calculator contexts, read from the address through the router, for
/// everything inside (the host context is provided before the router, which needs its base).
#[component]
pub fn AppContexts(children: Children) -> impl IntoView {
    let host = embed::use_host();
    if host.mode == Mode::Site {
        bundle::load_other_bundles_as_pages(host.base);
    }
    i18n::provide_i18n();
    roi::provide_state_from_address();
    children()
}

/// The route parameter that holds an address's language segment (`en`, or none for Dutch).
const LANG_SEGMENT: &str = "taal";

/// A page's first path segment in either language (`gids` or `guide`), so one route serves the
/// Dutch page, the English page and the older English address (`/en/gids`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct PageSegment(Page);

impl PossibleRouteMatch for PageSegment {
    fn optional(&self) -> bool {
        false
    }

    fn test<'a>(&self, path: &'a str) -> Option<PartialPathMatch<'a>> {
        Lang::ALL
            .iter()
            .find_map(|lang| StaticSegment(self.0.segment_in(*lang)).test(path))
    }

    fn generate_path(&self, path: &mut Vec<PathSegment>) {
        StaticSegment(self.0.segment()).generate_path(path);
    }
}

/// Shows its page when the address's language segment is one the planner has (none, or `en`), and
/// the not-found page for anything else (`/xyz/roi`). Switching between the two languages does not
/// re-create the page.
#[component]
fn KnownLanguage(children: ChildrenFn) -> impl IntoView {
    let params = use_params_map();
    let known = Memo::new(move |_| params.with(|p| p.get(LANG_SEGMENT).is_none_or(|s| s == ENGLISH_SEGMENT)));
    view! { <Show when=move || known.get() fallback=NotFoundPage>{children()}</Show> }
}

/// The routed pages, or in a host page's section the one part it shows.
#[component]
fn Content(mode: Mode) -> impl IntoView {
    let Mode::Section(part) = mode else {
        return view! {
            // Each page answers at its Dutch and its English address (`/roi`, `/en/roi`) through one
            // route with an optional language segment, so switching language keeps the page (open
            // sections, typed text) and only changes its words. The start page comes last: its
            // optional segment would take any one-segment address.
            <Routes fallback=NotFoundPage>
                <Route path=(OptionalParamSegment(LANG_SEGMENT), PageSegment(Page::Guide)) view=|| view! { <KnownLanguage>{bundled(Bundle::Guide, GuideOverviewPage)}</KnownLanguage> }/>
                <Route path=(OptionalParamSegment(LANG_SEGMENT), PageSegment(Page::Guide), ParamSegment(Page::GUIDE_PAGE_PARAM)) view=|| view! { <KnownLanguage>{bundled(Bundle::Guide, GuideRolePage)}</KnownLanguage> }/>
                <Route path=(OptionalParamSegment(LANG_SEGMENT), PageSegment(Page::Roi)) view=|| view! { <KnownLanguage>{bundled(Bundle::Roi, RoiPage)}</KnownLanguage> }/>
                <Route path=(OptionalParamSegment(LANG_SEGMENT), PageSegment(Page::Planning)) view=|| view! { <KnownLanguage>{bundled(Bundle::Planning, PlanningPage)}</KnownLanguage> }/>
                <Route path=(OptionalParamSegment(LANG_SEGMENT), PageSegment(Page::About)) view=|| view! { <KnownLanguage>{bundled(Bundle::of_page(Page::About), AboutPage)}</KnownLanguage> }/>
                <Route path=OptionalParamSegment(LANG_SEGMENT) view=|| view! { <KnownLanguage>{bundled(Bundle::Start, HomePage)}</KnownLanguage> }/>
            </Routes>
        }
        .into_any();
    };
    let bundle = Bundle::of_part(&part);
    match part {
        Part::Guide => bundled(bundle, GuideOverviewPage),
        Part::Role(_) => bundled(bundle, GuideRolePage),
        Part::Roi => bundled(bundle, RoiPage),
        Part::Planning => bundled(bundle, PlanningPage),
        Part::Start if cfg!(feature = "front-door") => bundled(bundle, start::FrontDoor),
        Part::Start => bundled(bundle, HomePage),
    }
}

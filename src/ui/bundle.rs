//! A page of another bundle (see [`Bundle`]): the routes and a host section's parts show their
//! views only in the build that carries them; elsewhere a link inside the app to such a page
//! loads it as a page of its own, with its finished HTML and its own bundle.

use std::sync::OnceLock;

use leptos::prelude::*;

use super::browser;
use super::pages::NotFoundPage;
use crate::domain::web::bundle::Bundle;

/// The path this document was loaded for, without a trailing slash.
static FIRST_PATH: OnceLock<String> = OnceLock::new();

/// Notes the path the document was loaded for; call it once, before the app renders.
pub fn remember_first_path() {
    let _ = FIRST_PATH.set(browser::location_path().trim_end_matches('/').to_string());
}

/// `view` when this build carries `bundle`, else [`OtherBundle`]. (Outside its bundle `view` is
/// never called, so the build leaves its components out.)
pub fn bundled<V: IntoView + 'static>(bundle: Bundle, view: impl FnOnce() -> V) -> AnyView {
    if bundle.built_in() {
        view().into_any()
    } else {
        view! { <OtherBundle/> }.into_any()
    }
}

/// Reached by a link inside the app: the page belongs to another bundle, so the browser loads it.
/// Where the document was loaded for this very address (a host section, or an address no page
/// carries), loading it again would change nothing: the not-found page says what to do instead.
#[component]
fn OtherBundle() -> impl IntoView {
    let here = browser::location_path().trim_end_matches('/').to_string();
    let moved_here = FIRST_PATH.get().is_some_and(|first| *first != here);
    let in_section = super::embed::use_host().in_section();
    if moved_here && !in_section {
        Effect::new(move |_| browser::reload());
        view! { <div aria-busy="true"></div> }.into_any()
    } else {
        view! { <NotFoundPage/> }.into_any()
    }
}

//! A page of another bundle (see [`Bundle`]): the routes and a host section's parts show their
//! views only in the build that carries them; elsewhere a link inside the app to such a page
//! loads it as a page of its own, with its finished HTML and its own bundle.

use std::sync::OnceLock;

use leptos::prelude::*;

use super::browser;
use super::pages::NotFoundPage;
use crate::domain::web::bundle::Bundle;
use crate::domain::web::page::Page;

/// Fired on `window`, synchronously, just before a link loads a page of another bundle: work that
/// waits for a pause (the address taking the state) is done at once.
pub const LEAVING_EVENT: &str = "adoptieplanner:leaving";

/// The path this document was loaded for, without a trailing slash.
static FIRST_PATH: OnceLock<String> = OnceLock::new();

/// Notes the path the document was loaded for; call it once, before the app renders.
pub fn remember_first_path() {
    let _ = FIRST_PATH.set(browser::location_path().trim_end_matches('/').to_string());
}

/// Lets the browser load a page of another bundle itself: a click on a link to such a page is
/// marked `rel="external"` before the router sees it (the router leaves those links alone), after
/// [`LEAVING_EVENT`] has let waiting work finish. Links within the bundle stay inside the app.
pub fn load_other_bundles_as_pages(base: String) {
    let Some(window) = browser::window() else {
        return;
    };
    browser::on_click_captured(window.into(), move |event: web_sys::MouseEvent| {
        let plain =
            event.button() == 0 && !(event.meta_key() || event.alt_key() || event.ctrl_key() || event.shift_key());
        if event.default_prevented() || !plain {
            return;
        }
        let Some(anchor) = browser::clicked_anchor(&event) else {
            return;
        };
        let Some(path) = browser::app_link_path(&anchor, &base) else {
            return;
        };
        let page = Page::from_path(&path);
        if !anchor.target().is_empty() || page.is_none_or(|p| Bundle::of_page(p).built_in()) {
            return;
        }
        if let Some(window) = browser::window() {
            if let Ok(leaving) = web_sys::Event::new(LEAVING_EVENT) {
                let _ = window.dispatch_event(&leaving);
            }
        }
        let rel = anchor.get_attribute("rel").unwrap_or_default();
        let _ = anchor.set_attribute("rel", format!("{rel} external").trim());
    });
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

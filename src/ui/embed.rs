//! Where the planner runs: on its own pages (possibly under a sub-path), embedded in an iframe
//! (`?embed=1`), or mounted into a section of a host page by `public/embed.js`.
//!
//! Embedded, the site header and footer are left out, theme colours come from the address, the
//! page's height is posted to the host page whenever it changes, and links to another part of
//! the planner open the full planner in a new tab instead of replacing the embedded part.

use leptos::prelude::*;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

use super::browser;
use crate::domain::web::embed::{parse, parse_part, EmbedSettings, Part, RESIZE_MESSAGE};
use crate::domain::web::page::{normalize_base, strip_base, without_trailing_slash, Page};

/// How the planner is shown.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Mode {
    /// Its own pages, with header and footer.
    Site,
    /// Inside an iframe of a host page (`?embed=1`).
    Frame,
    /// Inside a section of a host page, showing one part.
    Section(Part),
}

/// Where and how the planner runs; provided as context by [`provide_host`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Host {
    /// How the planner is shown.
    pub mode: Mode,
    /// The deployment prefix, such as `/tools/ai-planner` (empty at the site root).
    pub base: String,
    /// A language fixed by the host section (`data-lang`).
    pub lang: Option<String>,
}

impl Host {
    /// Whether the planner runs inside a host page (frame or section).
    pub fn embedded(&self) -> bool {
        self.mode != Mode::Site
    }

    /// Whether the planner runs in a section of a host page.
    pub fn in_section(&self) -> bool {
        matches!(self.mode, Mode::Section(_))
    }
}

/// The element inside a host section's shadow root that `public/embed.js` prepared, if any.
pub fn section_mount() -> Option<web_sys::HtmlElement> {
    let host = section_host()?;
    host.shadow_root()?
        .query_selector("[data-ap-mount]")
        .ok()??
        .dyn_into()
        .ok()
}

fn section_host() -> Option<web_sys::Element> {
    crate::ui::browser::window()?
        .document()?
        .query_selector("[data-adoptieplanner]")
        .ok()?
}

/// The deployment prefix, fixed once [`provide_host`] has run.
static BASE: std::sync::OnceLock<String> = std::sync::OnceLock::new();

/// An in-app address with the deployment prefix: `/tools/ai-planner/roi?lang=nl` for `/roi?lang=nl`.
/// (The router matches routes under its base, but leaves absolute link targets as they are.)
pub fn app_path(path: &str) -> String {
    format!("{}{path}", BASE.get().map_or("", String::as_str))
}

/// Sets the deployment prefix for rendering pages at build time, before the first render.
pub fn set_prerender_base(base: &str) {
    let _ = BASE.set(normalize_base(base));
}

/// Where the planner runs, read from the page without changing anything: a host page's section,
/// a frame (`?embed=1`) or the site itself, with the deployment prefix.
pub fn detect_host() -> Host {
    match (section_host(), section_mount()) {
        (Some(element), Some(_)) => Host {
            mode: Mode::Section(parse_part(
                &element.get_attribute("data-adoptieplanner").unwrap_or_default(),
            )),
            base: normalize_base(&element.get_attribute("data-ap-base").unwrap_or_default()),
            lang: element.get_attribute("data-lang"),
        },
        _ => {
            // At build time (no document) the prerender step has set the prefix already.
            let base = crate::ui::browser::window()
                .and_then(|w| w.document())
                .and_then(|d| d.document_element())
                .and_then(|root| root.get_attribute("data-base"))
                .or_else(|| BASE.get().cloned())
                .unwrap_or_default();
            Host {
                mode: if parse(&browser::location_search()).on {
                    Mode::Frame
                } else {
                    Mode::Site
                },
                base: normalize_base(&base),
                lang: None,
            }
        }
    }
}

/// Works out where the planner runs, applies the embed settings and provides [`Host`].
pub fn provide_host() -> Host {
    let host = detect_host();
    if !host.in_section() {
        let settings = parse(&browser::location_search());
        if settings.on {
            apply(&settings);
        }
        // Static servers redirect `/roi` to `/roi/` when the route is a folder with an
        // index.html; the router and the share links want the form without the slash.
        if let Some(path) = without_trailing_slash(&browser::location_path(), &host.base) {
            browser::replace_url(&format!(
                "{path}{}{}",
                browser::location_search(),
                browser::location_hash()
            ));
        }
    }
    let _ = BASE.set(host.base.clone());
    if host.embedded() {
        keep_links_in_part(&host);
    }
    provide_context(host.clone());
    host
}

/// Where and how the planner runs, as provided by [`provide_host`].
pub fn use_host() -> Host {
    expect_context::<Host>()
}

/// The role slug a host section asked for (`data-adoptieplanner="gids/directie"`).
pub fn section_role() -> Option<String> {
    match use_host().mode {
        Mode::Section(Part::Role(slug)) => Some(slug),
        _ => None,
    }
}

/// Sets the language on the section's root instead of on the host page's `<html>`.
pub fn set_section_lang(code: &str) {
    if let Some(root) = section_mount() {
        let _ = root.set_attribute("lang", code);
    }
}

/// The element with `id`: in the page, or inside the section the app is embedded in.
pub fn element_by_id(id: &str) -> Option<web_sys::Element> {
    super::browser::window()?
        .document()?
        .get_element_by_id(id)
        .or_else(|| element_in_section(id))
}

/// The element with `id` inside the section the app is embedded in, if there is one.
fn element_in_section(id: &str) -> Option<web_sys::Element> {
    section_host()?.shadow_root()?.get_element_by_id(id)
}

/// Scrolls the element with `id` into view: in the page, or inside the section the app is
/// embedded in.
pub fn scroll_to_id(id: &str) {
    if let Some(element) = element_by_id(id) {
        element.scroll_into_view();
    }
}

/// Scrolls to the element with `id` inside the section, if there is one.
pub fn scroll_to_id_in_section(id: &str) -> bool {
    element_in_section(id)
        .map(|element| element.scroll_into_view())
        .is_some()
}

fn apply(settings: &EmbedSettings) {
    let Some(root) = crate::ui::browser::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    else {
        return;
    };
    let _ = root.class_list().add_1("embedded");
    if let Some(html) = root.dyn_ref::<web_sys::HtmlElement>() {
        // CSSOM, not a style attribute: allowed under `style-src 'self'`.
        for (property, value) in &settings.theme {
            let _ = html.style().set_property(property, value);
        }
        if settings.theme.iter().any(|(property, _)| *property == "--ap-accent") {
            // The hover and highlight shades follow the host's accent (see `.themed` in the CSS).
            let _ = root.class_list().add_1("themed");
        }
    }
    report_height(settings.target_origin.clone());
}

/// Posts `{ type: "adoptieplanner:resize", height }` to the parent window on every size change.
fn report_height(target_origin: String) {
    let Some(window) = crate::ui::browser::window() else {
        return;
    };
    let Some(parent) = window.parent().ok().flatten() else {
        return;
    };
    if JsValue::from(parent.clone()) == JsValue::from(window.clone()) {
        return; // not inside a frame
    }
    let Some(document) = window.document() else { return };
    let Some(body) = document.body() else { return };
    let last = std::cell::Cell::new(-1);
    let measure = body.clone();
    let post = Closure::<dyn FnMut()>::new(move || {
        // The body's own height, not the viewport's: the frame must be able to shrink too.
        let height = measure.offset_height();
        if height != last.get() {
            last.set(height);
            let message = js_sys::Object::new();
            let _ = js_sys::Reflect::set(&message, &"type".into(), &RESIZE_MESSAGE.into());
            let _ = js_sys::Reflect::set(&message, &"height".into(), &height.into());
            let _ = parent.post_message(&message, &target_origin);
        }
    });
    if let Ok(observer) = web_sys::ResizeObserver::new(post.as_ref().unchecked_ref()) {
        observer.observe(&body);
        browser::keep_until_cleanup((observer, post), |(observer, _)| observer.disconnect());
    }
}

/// Embedded, a link to another part of the planner opens the full planner in a new tab, and in a
/// section, `#anchor` links scroll inside the section instead of changing the host's address.
fn keep_links_in_part(host: &Host) {
    let Some(document) = crate::ui::browser::window().and_then(|w| w.document()) else {
        return;
    };
    let target: web_sys::EventTarget = match host.mode {
        Mode::Section(_) => match section_host().and_then(|h| h.shadow_root()) {
            Some(shadow) => shadow.into(),
            None => return,
        },
        _ => document.into(),
    };
    let host = host.clone();
    browser::on_click_captured(target, move |event: web_sys::MouseEvent| {
        let Some(anchor) = browser::clicked_anchor(&event) else {
            return;
        };
        let raw = anchor.get_attribute("href").unwrap_or_default();
        if let Some(id) = raw.strip_prefix('#') {
            if host.in_section() && scroll_to_id_in_section(id) {
                event.prevent_default();
            }
            return;
        }
        if !anchor.target().is_empty() || !leaves_part(&host, &anchor) {
            return;
        }
        anchor.set_target("_blank");
        let _ = anchor.set_attribute("rel", "noopener");
    });
}

/// Whether an in-app link leads away from the embedded part.
fn leaves_part(host: &Host, anchor: &web_sys::HtmlAnchorElement) -> bool {
    let Some(path) = browser::app_link_path(anchor, &host.base) else {
        return false;
    };
    match host.mode {
        Mode::Section(_) => true,
        _ => Page::from_path(&path) != Page::from_path(strip_base(&browser::location_path(), &host.base)),
    }
}

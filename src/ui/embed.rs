//! Embed mode (`?embed=1`): no site header and footer, theme colours from the address, and the
//! page's height posted to the host page whenever it changes (see `public/embed.js`).

use leptos::prelude::*;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

use super::browser;
use crate::domain::embed::{parse, EmbedSettings, RESIZE_MESSAGE};

/// Whether the planner runs embedded; provided as context.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Embedded(pub bool);

/// Reads the embed settings once at start-up, applies them and provides [`Embedded`].
pub fn provide_embed() -> Embedded {
    let settings = parse(&browser::location_search());
    if settings.on {
        apply(&settings);
    }
    let embedded = Embedded(settings.on);
    provide_context(embedded);
    embedded
}

/// Whether the planner runs embedded.
pub fn use_embedded() -> bool {
    use_context::<Embedded>().is_some_and(|e| e.0)
}

fn apply(settings: &EmbedSettings) {
    let Some(root) = web_sys::window()
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
    }
    report_height(settings.target_origin.clone());
}

/// Posts `{ type: "adoptieplanner:resize", height }` to the parent window on every size change.
fn report_height(target_origin: String) {
    let Some(window) = web_sys::window() else { return };
    let Some(parent) = window.parent().ok().flatten() else {
        return;
    };
    if JsValue::from(parent.clone()) == JsValue::from(window.clone()) {
        return; // not inside a frame
    }
    let Some(root) = window.document().and_then(|d| d.document_element()) else {
        return;
    };
    let last = std::cell::Cell::new(-1);
    let measure = root.clone();
    let post = Closure::<dyn FnMut()>::new(move || {
        let height = measure.scroll_height();
        if height != last.get() {
            last.set(height);
            let message = js_sys::Object::new();
            let _ = js_sys::Reflect::set(&message, &"type".into(), &RESIZE_MESSAGE.into());
            let _ = js_sys::Reflect::set(&message, &"height".into(), &height.into());
            let _ = parent.post_message(&message, &target_origin);
        }
    });
    if let Ok(observer) = web_sys::ResizeObserver::new(post.as_ref().unchecked_ref()) {
        observer.observe(&root);
        if let Some(body) = window.document().and_then(|d| d.body()) {
            observer.observe(&body);
        }
    }
    // The observer lives as long as the page; so does its callback.
    post.forget();
}

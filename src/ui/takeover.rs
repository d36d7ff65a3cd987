//! Taking over a page that arrived as finished HTML (see `src/bin/prerender.rs`), in short steps.
//!
//! The app renders the same page off-screen, into an element that is not in the document, while
//! the prerendered HTML stays where it is: the reader sees no change and can scroll. Each
//! [`Later`] part of the page renders in a task of its own, so no step blocks input for long on a
//! slow phone. When the last part is there, one more task swaps the two: the prerendered nodes
//! go, the app's take their place (same text, same layout), and what waited for the page to be
//! in the document ([`after`]: scrolling to an anchor, opening a linked material) runs.
//!
//! Without prerendered HTML (a host page's section, the bare `404.html`) and after the swap,
//! [`Later`] renders its children at once and [`after`] runs its callback at once.

use std::cell::RefCell;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::browser::{self, PRERENDERED_ATTRIBUTE};

/// The takeover under way: the off-screen element, the parts still to render, and what waits for
/// the swap.
struct Takeover {
    container: web_sys::HtmlElement,
    pending: usize,
    mounted: bool,
    after: Vec<Box<dyn FnOnce()>>,
}

impl Takeover {
    /// The app is mounted and every part has rendered: the swap may come.
    fn ready(&self) -> bool {
        self.mounted && self.pending == 0
    }
}

thread_local! {
    static TAKEOVER: RefCell<Option<Takeover>> = const { RefCell::new(None) };
}

/// Changes the takeover under way, if there is one.
fn update(f: impl FnOnce(&mut Takeover)) {
    TAKEOVER.with(|t| t.borrow_mut().as_mut().map(f));
}

/// Whether the app is still rendering off-screen behind the prerendered HTML.
pub fn in_progress() -> bool {
    TAKEOVER.with(|t| t.borrow().is_some())
}

/// Runs `f` once the app's page is in the document: now, or right after the swap.
pub fn after(f: impl FnOnce() + 'static) {
    let f = TAKEOVER.with(|t| match t.borrow_mut().as_mut() {
        Some(takeover) => {
            takeover.after.push(Box::new(f));
            None
        }
        None => Some(f),
    });
    if let Some(f) = f {
        f();
    }
}

/// Renders `app` over the prerendered page in steps, if the page has one; returns false (and
/// does nothing) when it has not.
pub fn start<V: IntoView + 'static>(app: fn() -> V) -> bool {
    let Some(document) = browser::window().and_then(|w| w.document()) else {
        return false;
    };
    let prerendered = document
        .document_element()
        .is_some_and(|root| root.has_attribute(PRERENDERED_ATTRIBUTE));
    let container = document
        .create_element("div")
        .ok()
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    let (true, Some(container)) = (prerendered, container) else {
        return false;
    };
    TAKEOVER.with(|t| {
        *t.borrow_mut() = Some(Takeover {
            container: container.clone(),
            pending: 0,
            mounted: false,
            after: Vec::new(),
        })
    });
    // The first step is a task of its own, apart from loading the WebAssembly.
    set_timeout(
        move || {
            leptos::mount::mount_to(container, app).forget();
            update(|takeover| takeover.mounted = true);
            step_done();
        },
        std::time::Duration::ZERO,
    );
    true
}

/// Notes that one step ended; after the last one, schedules the swap.
fn step_done() {
    let ready = TAKEOVER.with(|t| t.borrow().as_ref().is_some_and(Takeover::ready));
    if ready {
        set_timeout(swap, std::time::Duration::ZERO);
    }
}

/// Puts the app's page in place of the prerendered one, carrying over what the reader already
/// did there (open sections, typed text, ticks, focus), then runs what waited for the page.
fn swap() {
    // A part that a step just rendered may hold parts of its own: their steps come first.
    let Some(takeover) = TAKEOVER.with(|t| {
        let mut t = t.borrow_mut();
        if t.as_ref().is_some_and(Takeover::ready) {
            t.take()
        } else {
            None
        }
    }) else {
        return;
    };
    let document = browser::window().and_then(|w| w.document());
    let (Some(document), Some(body)) = (document.clone(), document.and_then(|d| d.body())) else {
        return;
    };
    let prerendered = browser::prerendered_nodes();
    let app = &takeover.container;
    let sections = open_sections(&document, app);
    let typed = typed_fields(&document, app);
    let focused = document.active_element().map(|e| e.id()).filter(|id| !id.is_empty());
    for node in &prerendered {
        let _ = body.remove_child(node);
    }
    if let Some(root) = document.document_element() {
        let _ = root.remove_attribute(PRERENDERED_ATTRIBUTE);
    }
    while let Some(node) = app.first_child() {
        let _ = body.append_child(&node);
    }
    // In the document, so that the app's listeners hear it.
    for (section, open) in sections {
        section.set_open(open);
    }
    for (field, property, value) in typed {
        let _ = js_sys::Reflect::set(&field, &property.into(), &value);
        for name in ["input", "change"] {
            let init = web_sys::EventInit::new();
            init.set_bubbles(true);
            if let Ok(event) = web_sys::Event::new_with_event_init_dict(name, &init) {
                let _ = field.dispatch_event(&event);
            }
        }
    }
    if let Some(element) = focused
        .and_then(|id| document.get_element_by_id(&id))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = element.focus();
    }
    for f in takeover.after {
        f();
    }
}

/// The app's `<details>` whose prerendered twin the reader opened or closed, with its new state
/// (the two pages have the same sections in the same order; if they do not, nothing is carried).
fn open_sections(document: &web_sys::Document, app: &web_sys::HtmlElement) -> Vec<(web_sys::HtmlDetailsElement, bool)> {
    let (Ok(before), Ok(after)) = (
        document.query_selector_all("details"),
        app.query_selector_all("details"),
    ) else {
        return Vec::new();
    };
    if before.length() != after.length() {
        return Vec::new();
    }
    let details = |list: &web_sys::NodeList, i| list.item(i)?.dyn_into::<web_sys::HtmlDetailsElement>().ok();
    (0..before.length())
        .filter_map(|i| Some((details(&before, i)?, details(&after, i)?)))
        .filter(|(was, now)| was.open() != now.open())
        .map(|(was, now)| (now, was.open()))
        .collect()
}

/// The app's fields (found by id) whose prerendered twin the reader changed, with the property
/// and value to give them: text typed before the app took over is not lost.
fn typed_fields(
    document: &web_sys::Document,
    app: &web_sys::HtmlElement,
) -> Vec<(web_sys::Element, &'static str, wasm_bindgen::JsValue)> {
    let Ok(fields) = document.query_selector_all("input[id]") else {
        return Vec::new();
    };
    (0..fields.length())
        .filter_map(|i| fields.item(i)?.dyn_into::<web_sys::HtmlInputElement>().ok())
        .filter_map(|field| {
            let (property, changed) = match field.type_().as_str() {
                "checkbox" | "radio" => ("checked", field.checked() != field.default_checked()),
                _ => ("value", field.value() != field.default_value()),
            };
            let twin = app.query_selector(&format!("[id=\"{}\"]", field.id())).ok()??;
            let value = js_sys::Reflect::get(&field, &property.into()).ok()?;
            changed.then_some((twin, property, value))
        })
        .collect()
}

/// Renders its children in a task of its own while the app takes over a prerendered page, and
/// at once otherwise (and always in the build-time render), so the page is the same either way.
#[component]
pub fn Later(children: Children) -> impl IntoView {
    if !in_progress() {
        return children().into_any();
    }
    update(|takeover| takeover.pending += 1);
    let shown = RwSignal::new(false);
    set_timeout(
        move || {
            shown.set(true);
            update(|takeover| takeover.pending = takeover.pending.saturating_sub(1));
            step_done();
        },
        std::time::Duration::ZERO,
    );
    let children = send_wrapper::SendWrapper::new(RefCell::new(Some(children)));
    (move || {
        shown
            .get()
            .then(|| children.borrow_mut().take().map(|c| untrack(c)))
            .flatten()
    })
    .into_any()
}

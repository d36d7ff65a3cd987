//! The notice that a new release is ready. `public/sw-register.js` finds the waiting service
//! worker and tells the app through window events; the app only shows the notice and passes the
//! visitor's answer back.

use leptos::prelude::*;

use super::i18n::use_i18n;
use crate::domain::i18n::Key;

/// Fired by `sw-register.js` when a new release waits.
const READY_EVENT: &str = "adoptieplanner:update-ready";
/// Fired by the app when the visitor accepts the update.
const APPLY_EVENT: &str = "adoptieplanner:update-apply";

/// A polite notice with "update now" and "later", shown while a new release waits.
#[component]
pub fn UpdateNotice() -> impl IntoView {
    let i18n = use_i18n();
    let ready = RwSignal::new(already_waiting());
    let listener = window_event_listener_untyped(READY_EVENT, move |_| ready.set(true));
    on_cleanup(move || listener.remove());
    let apply = move |_| {
        if let (Some(window), Ok(event)) = (crate::ui::browser::window(), web_sys::Event::new(APPLY_EVENT)) {
            let _ = window.dispatch_event(&event);
        }
    };
    view! {
        <div class="update-notice no-print" class:update-notice--open=move || ready.get() role="status">
            <Show when=move || ready.get()>
                <p>{move || i18n.t(Key::UpdateReady)}</p>
                <button type="button" class="button" on:click=apply>{move || i18n.t(Key::UpdateApply)}</button>
                <button type="button" class="button button--secondary" on:click=move |_| ready.set(false)>
                    {move || i18n.t(Key::UpdateLater)}
                </button>
            </Show>
        </div>
    }
}

/// Whether the release was already waiting before the app started.
fn already_waiting() -> bool {
    crate::ui::browser::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
        .and_then(|root| root.get_attribute("data-update"))
        .is_some_and(|v| v == "ready")
}

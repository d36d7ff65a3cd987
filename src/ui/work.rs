//! The work in progress kept in this browser: the calculation and the plan as they were last
//! changed, in any tab. A new visit or tab without a link of its own starts from it, an open tab
//! follows a change made in another, and a link's state is only kept once the visitor changes it
//! (opening a colleague's link never overwrites one's own work by itself).

use leptos::prelude::*;

use crate::domain::web::share::{decode, encode, SharedState};
use crate::domain::web::storage::WORK;
use crate::ui::browser;
use crate::ui::state::use_calc;

/// The work kept in this browser, if there is any that can be read (unreadable parts take their
/// defaults, as a link's do).
pub fn stored_work() -> Option<SharedState> {
    browser::storage_get(WORK)
        .filter(|code| !code.trim().is_empty())
        .map(|code| decode(&code).0)
}

/// Keeps the calculation and plan in this browser whenever they change, and follows other tabs.
#[component]
pub fn WorkSync() -> impl IntoView {
    let calc = use_calc();
    Effect::new(move |first_run: Option<()>| {
        // Woken when the model has taken a change, the scenario or the plan; what is kept is the
        // state as a whole at that moment (a replacement sets the inputs first, so a wake-up by
        // the scenario or plan of a replacement never keeps the inputs from before it).
        calc.settled.track();
        calc.scenario.track();
        calc.plan.track();
        // The state the page opened with is not a change of the visitor's.
        if first_run.is_some() {
            let code = encode(&calc.snapshot());
            if browser::storage_get(WORK).as_deref() != Some(code.as_str()) {
                browser::storage_set(WORK, &code);
            }
        }
    });
    let listener = window_event_listener(leptos::ev::storage, move |ev: web_sys::StorageEvent| {
        if ev.key().as_deref() != Some(WORK) {
            return;
        }
        // Cleared in another tab (a `None` value) leaves this tab's figures as they are.
        if let Some(code) = ev.new_value().filter(|c| !c.trim().is_empty()) {
            if code != encode(&calc.snapshot()) {
                calc.replace(decode(&code).0);
            }
        }
    });
    on_cleanup(move || listener.remove());
}

//! "Apply today" checklists whose ticks persist in localStorage and can be cleared.

use leptos::prelude::*;

use super::tx;
use crate::domain::guide::{clear_ticks, decode_ticks, set_tick, unreadable_ticks, CheckItem};
use crate::domain::i18n::{text_with, Key};
use crate::ui::browser;
use crate::ui::i18n::use_i18n;

use crate::domain::web::storage::{CHECKLIST as CHECKLIST_STORAGE_KEY, QUARANTINE};

/// A checklist of `items`; ticks of other checklists stored under the same key are kept.
#[component]
pub fn Checklist(items: &'static [CheckItem]) -> impl IntoView {
    let i18n = use_i18n();
    let read = || {
        browser::storage_get(CHECKLIST_STORAGE_KEY)
            .map(|s| decode_ticks(&s))
            .unwrap_or_default()
    };
    let ticks = RwSignal::new(read());
    // Ticks made in another tab show here too.
    let listener = window_event_listener(leptos::ev::storage, move |ev: web_sys::StorageEvent| {
        if ev.key().is_none_or(|k| k == CHECKLIST_STORAGE_KEY) {
            ticks.set(read());
        }
    });
    on_cleanup(move || listener.remove());
    // Every change is applied to what is stored now; text that cannot be read is kept aside first.
    let store = move |change: &dyn Fn(Option<&str>) -> String| {
        let stored = browser::storage_get(CHECKLIST_STORAGE_KEY);
        if let Some(unreadable) = unreadable_ticks(stored.as_deref()) {
            let mut aside = browser::storage_get(QUARANTINE).unwrap_or_default();
            if !aside.is_empty() {
                aside.push('\n');
            }
            aside.push_str(unreadable);
            if !browser::storage_set(QUARANTINE, &aside) {
                return;
            }
        }
        let next = change(stored.as_deref());
        if browser::storage_set(CHECKLIST_STORAGE_KEY, &next) {
            ticks.set(decode_ticks(&next));
        }
    };
    let done = move || ticks.with(|t| items.iter().filter(|i| t.contains(&i.id)).count());
    let rows = items
        .iter()
        .map(|item| {
            let id = format!("check-{}", item.id);
            view! {
                <li>
                    <input
                        type="checkbox"
                        id=id.clone()
                        prop:checked=move || ticks.with(|t| t.contains(&item.id))
                        on:change=move |ev| {
                            let on = event_target_checked(&ev);
                            store(&|stored| set_tick(stored, item.id, on));
                        }
                    />
                    <label for=id>{tx(item.text)}</label>
                </li>
            }
        })
        .collect_view();
    view! {
        <ul class="checklist">{rows}</ul>
        <p class="note checklist__progress" aria-live="polite">
            {move || text_with(Key::GuideChecklistProgress, i18n.lang(), &[("done", &done().to_string()), ("total", &items.len().to_string())])}
        </p>
        <button
            type="button"
            class="button button--secondary no-print"
            on:click=move |_| {
                let ids: Vec<&str> = items.iter().map(|i| i.id).collect();
                store(&|stored| clear_ticks(stored, &ids));
            }
        >
            {move || i18n.t(Key::GuideChecklistReset)}
        </button>
    }
}

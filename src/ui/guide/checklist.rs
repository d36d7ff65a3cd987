//! "Apply today" checklists whose ticks persist in localStorage and can be cleared.

use leptos::prelude::*;

use super::tx;
use crate::domain::guide::{clear_ticks, decode_ticks, set_tick, unreadable_ticks, CheckItem};
use crate::domain::i18n::{text_with, Key};
use crate::ui::browser;
use crate::ui::i18n::use_i18n;
use crate::ui::stored::stored_value;

use crate::domain::web::storage::{CHECKLIST as CHECKLIST_STORAGE_KEY, CHECKLIST_QUARANTINE};

/// The ticked items, kept in this browser and followed across tabs.
#[derive(Clone, Copy)]
pub struct Ticks {
    ticked: RwSignal<Vec<&'static str>>,
}

impl Ticks {
    /// The ticks as stored now.
    pub fn new() -> Ticks {
        Ticks {
            ticked: stored_value(CHECKLIST_STORAGE_KEY, |s| {
                s.map(|s| decode_ticks(&s)).unwrap_or_default()
            }),
        }
    }

    /// Whether `id` is ticked.
    pub fn is_ticked(self, id: &str) -> bool {
        self.ticked.with(|t| t.contains(&id))
    }

    /// Applies a change to what is stored now; text that cannot be read is kept aside first.
    fn store(self, change: &dyn Fn(Option<&str>) -> String) {
        let stored = browser::storage_get(CHECKLIST_STORAGE_KEY);
        if let Some(unreadable) = unreadable_ticks(stored.as_deref()) {
            if !browser::storage_append_lines(CHECKLIST_QUARANTINE, [unreadable]) {
                return;
            }
        }
        let next = change(stored.as_deref());
        if browser::storage_set(CHECKLIST_STORAGE_KEY, &next) {
            self.ticked.set(decode_ticks(&next));
        }
    }

    /// Ticks or unticks `id`.
    pub fn set(self, id: &'static str, on: bool) {
        self.store(&|stored| set_tick(stored, id, on));
    }

    /// Unticks all of `ids`.
    pub fn clear(self, ids: &[&str]) {
        self.store(&|stored| clear_ticks(stored, ids));
    }
}

/// One item with its checkbox.
#[component]
pub fn TickItem(item: &'static CheckItem, ticks: Ticks) -> impl IntoView {
    let id = format!("check-{}", item.id);
    view! {
        <li class="checklist__item">
            <input
                type="checkbox"
                id=id.clone()
                prop:checked=move || ticks.is_ticked(item.id)
                on:change=move |ev| ticks.set(item.id, event_target_checked(&ev))
            />
            <label for=id>{tx(item.text)}</label>
        </li>
    }
}

/// How many of `items` are ticked, and a button that clears them.
#[component]
pub fn ChecklistProgress(items: Vec<&'static CheckItem>, ticks: Ticks) -> impl IntoView {
    let i18n = use_i18n();
    let total = items.len();
    let ids: Vec<&'static str> = items.iter().map(|i| i.id).collect();
    let counted = ids.clone();
    let done = move || counted.iter().filter(|id| ticks.is_ticked(id)).count();
    view! {
        <p class="note checklist__progress" aria-live="polite">
            {move || text_with(Key::GuideChecklistProgress, i18n.lang(), &[("done", &done().to_string()), ("total", &total.to_string())])}
        </p>
        <button type="button" class="button button--secondary no-print" on:click=move |_| ticks.clear(&ids)>
            {move || i18n.t(Key::GuideChecklistReset)}
        </button>
    }
}

/// A checklist of `items`; ticks of other checklists stored under the same key are kept.
#[component]
pub fn Checklist(items: &'static [CheckItem]) -> impl IntoView {
    let ticks = Ticks::new();
    let rows = items
        .iter()
        .map(|item| view! { <TickItem item=item ticks=ticks/> })
        .collect_view();
    view! {
        <ul class="checklist">{rows}</ul>
        <ChecklistProgress items=items.iter().collect() ticks=ticks/>
    }
}

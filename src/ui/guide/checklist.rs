//! "Apply today" checklists whose ticks persist in localStorage and can be cleared.

use leptos::prelude::*;

use super::tx;
use crate::domain::guide::{decode_ticks, encode_ticks, CheckItem};
use crate::domain::i18n::{text_with, Key};
use crate::ui::browser;
use crate::ui::i18n::use_i18n;

use crate::domain::storage::CHECKLIST as CHECKLIST_STORAGE_KEY;

/// A checklist of `items`; ticks of other checklists stored under the same key are kept.
#[component]
pub fn Checklist(items: &'static [CheckItem]) -> impl IntoView {
    let i18n = use_i18n();
    let ticks = RwSignal::new(
        browser::storage_get(CHECKLIST_STORAGE_KEY)
            .map(|s| decode_ticks(&s))
            .unwrap_or_default(),
    );
    let store = move |next: Vec<&'static str>| {
        browser::storage_set(CHECKLIST_STORAGE_KEY, &encode_ticks(&next));
        ticks.set(next);
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
                            let mut next = ticks.get_untracked();
                            next.retain(|t| *t != item.id);
                            if event_target_checked(&ev) {
                                next.push(item.id);
                            }
                            store(next);
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
                let mut next = ticks.get_untracked();
                next.retain(|t| !items.iter().any(|i| i.id == *t));
                store(next);
            }
        >
            {move || i18n.t(Key::GuideChecklistReset)}
        </button>
    }
}

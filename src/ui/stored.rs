//! A value kept in the browser's localStorage and followed across tabs: read once at the start,
//! read again whenever another tab changes the key (the `storage` event), with the listener removed
//! when the owner is cleaned up.

use leptos::prelude::*;

use crate::ui::browser;

/// Calls `changed` with what is stored under `key` whenever another tab changes it (or clears all
/// storage), until the owner is cleaned up.
pub fn follow_stored(key: &'static str, changed: impl Fn(Option<String>) + 'static) {
    let listener = window_event_listener(leptos::ev::storage, move |ev: web_sys::StorageEvent| {
        // A `None` key means another tab cleared all storage.
        if ev.key().is_none_or(|k| k == key) {
            changed(browser::storage_get(key));
        }
    });
    on_cleanup(move || listener.remove());
}

/// The value under `key` as `read` makes of it (`None`: nothing stored or no storage), kept up to
/// date with changes from other tabs.
pub fn stored_value<T>(key: &'static str, read: fn(Option<String>) -> T) -> RwSignal<T>
where
    T: Send + Sync + 'static,
{
    let value = RwSignal::new(read(browser::storage_get(key)));
    follow_stored(key, move |stored| value.set(read(stored)));
    value
}

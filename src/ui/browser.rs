//! Small, failure-tolerant wrappers around browser APIs. Every call returns `None`/`false`
//! instead of panicking, e.g. when storage is disabled in a sandboxed iframe.

/// The value stored under `key` in localStorage, if storage is available and holds it.
pub fn storage_get(key: &str) -> Option<String> {
    web_sys::window()?.local_storage().ok()??.get_item(key).ok()?
}

/// Stores `value` under `key` in localStorage; `false` when storage is unavailable or full.
pub fn storage_set(key: &str, value: &str) -> bool {
    web_sys::window()
        .and_then(|w| w.local_storage().ok().flatten())
        .is_some_and(|s| s.set_item(key, value).is_ok())
}

/// The query string of the current address, including its `?`, or empty.
pub fn location_search() -> String {
    web_sys::window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default()
}

/// The browser's preferred language tag, such as `nl-NL`.
pub fn browser_language() -> Option<String> {
    web_sys::window()?.navigator().language()
}

/// The page's `<html>` element and document, for the `lang` attribute and title.
pub fn set_document_language_and_title(lang_code: &str, title: &str) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    if let Some(root) = document.document_element() {
        let _ = root.set_attribute("lang", lang_code);
    }
    document.set_title(title);
}

//! Small, failure-tolerant wrappers around browser APIs. Every call returns `None`/`false`
//! instead of panicking, e.g. when storage is disabled in a sandboxed iframe.

/// The browser window; `None` when the components are rendered to HTML at build time.
pub fn window() -> Option<web_sys::Window> {
    #[cfg(target_arch = "wasm32")]
    {
        web_sys::window()
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        None
    }
}

/// The value stored under `key` in localStorage, if storage is available and holds it.
pub fn storage_get(key: &str) -> Option<String> {
    window()?.local_storage().ok()??.get_item(key).ok()?
}

/// Stores `value` under `key` in localStorage; `false` when storage is unavailable or full.
pub fn storage_set(key: &str, value: &str) -> bool {
    window()
        .and_then(|w| w.local_storage().ok().flatten())
        .is_some_and(|s| s.set_item(key, value).is_ok())
}

/// Adds `lines` to what is kept aside under `key` (text that could not be read), one per line;
/// `false` when storage is unavailable or full.
pub fn storage_append_lines<'a>(key: &str, lines: impl IntoIterator<Item = &'a str>) -> bool {
    let mut aside = storage_get(key).unwrap_or_default();
    for line in lines {
        if !aside.is_empty() {
            aside.push('\n');
        }
        aside.push_str(line);
    }
    storage_set(key, &aside)
}

/// The query string of the current address, including its `?`, or empty.
pub fn location_search() -> String {
    window().and_then(|w| w.location().search().ok()).unwrap_or_default()
}

/// The path of the current address, e.g. `/roi`.
pub fn location_path() -> String {
    window().and_then(|w| w.location().pathname().ok()).unwrap_or_default()
}

/// The fragment of the current address including its `#`, or empty.
pub fn location_hash() -> String {
    window().and_then(|w| w.location().hash().ok()).unwrap_or_default()
}

/// The browser's preferred language tag, such as `nl-NL`.
pub fn browser_language() -> Option<String> {
    window()?.navigator().language()
}

/// The page's `<html>` element and document, for the `lang` attribute and title.
pub fn set_document_language_and_title(lang_code: &str, title: &str) {
    let Some(document) = window().and_then(|w| w.document()) else {
        return;
    };
    if let Some(root) = document.document_element() {
        let _ = root.set_attribute("lang", lang_code);
    }
    document.set_title(title);
}

/// Calls `handler` for every click inside `target`, in the capture phase (before the router's own
/// handler on `window`), until the current reactive owner is cleaned up.
pub fn on_click_captured(target: web_sys::EventTarget, handler: impl FnMut(web_sys::MouseEvent) + 'static) {
    use wasm_bindgen::closure::Closure;
    use wasm_bindgen::JsCast;
    let on_click = Closure::<dyn FnMut(web_sys::MouseEvent)>::new(handler);
    let _ = target.add_event_listener_with_callback_and_bool("click", on_click.as_ref().unchecked_ref(), true);
    keep_until_cleanup((target, on_click), |(target, on_click)| {
        let _ = target.remove_event_listener_with_callback_and_bool("click", on_click.as_ref().unchecked_ref(), true);
    });
}

/// The link a click landed on, also inside a shadow root (a host page's section).
pub fn clicked_anchor(event: &web_sys::MouseEvent) -> Option<web_sys::HtmlAnchorElement> {
    use wasm_bindgen::JsCast;
    let path = event.composed_path();
    (0..path.length()).find_map(|i| path.get(i).dyn_into::<web_sys::HtmlAnchorElement>().ok())
}

/// The path inside the app a link leads to (`/gids/directie`, without the deployment prefix
/// `base`), when it stays on this origin and under `base`.
pub fn app_link_path(anchor: &web_sys::HtmlAnchorElement, base: &str) -> Option<String> {
    let origin = window()?.location().origin().ok()?;
    let url = web_sys::Url::new(&anchor.href()).ok()?;
    let path = url.pathname();
    let inside = url.origin() == origin && (base.is_empty() || path.starts_with(base));
    inside.then(|| crate::domain::web::page::strip_base(&path, base).to_string())
}

/// Loads the current address again, as a page of its own.
pub fn reload() {
    if let Some(window) = window() {
        let _ = window.location().reload();
    }
}

/// Replaces the current history entry's address (no new entry, no navigation).
pub fn replace_url(url: &str) {
    if let Some(history) = window().and_then(|w| w.history().ok()) {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(url));
    }
}

/// The page's origin and path, e.g. `https://example.org/roi`.
pub fn origin_and_path() -> String {
    window()
        .map(|w| w.location())
        .map(|l| l.origin().unwrap_or_default())
        .map(|origin| format!("{origin}{}", location_path()))
        .unwrap_or_default()
}

/// Copies `text` to the clipboard; resolves to whether it worked.
pub async fn copy_text(text: String) -> bool {
    let Some(window) = window() else { return false };
    let promise = window.navigator().clipboard().write_text(&text);
    wasm_bindgen_futures::JsFuture::from(promise).await.is_ok()
}

/// Offers `contents` as a file download named `filename`.
pub fn download(filename: &str, mime: &str, contents: &str) -> bool {
    let run = || -> Option<()> {
        let document = window()?.document()?;
        let url = gloo_file::ObjectUrl::from(gloo_file::Blob::new_with_options(contents, Some(mime)));
        let anchor: web_sys::HtmlAnchorElement =
            wasm_bindgen::JsCast::dyn_into(document.create_element("a").ok()?).ok()?;
        anchor.set_href(&url);
        anchor.set_download(filename);
        anchor.click();
        Some(())
    };
    run().is_some()
}

/// Opens the browser's print dialog for the whole page.
pub fn print() {
    let Some(w) = window() else { return };
    // A single-element print that never heard its `afterprint` must not shrink this one.
    if let Some(root) = w.document().and_then(|d| d.document_element()) {
        let _ = root.class_list().remove_1(PRINT_ONE);
    }
    let _ = w.print();
}

/// Class on `<html>` while one element is printed on its own.
const PRINT_ONE: &str = "print-one";
/// Class on the element printed on its own.
const PRINTING: &str = "printing";

/// Prints only the element with `id` (the stylesheet hides everything else while `<html>` has
/// the `print-one` class); an element that is a `<details>` is opened first. The classes go
/// when the browser reports the print done.
pub fn print_only(id: &str) {
    use wasm_bindgen::JsCast;
    let Some(w) = window() else { return };
    let Some(document) = w.document() else { return };
    let (Some(root), Some(element)) = (document.document_element(), document.get_element_by_id(id)) else {
        return;
    };
    if let Some(details) = element.dyn_ref::<web_sys::HtmlDetailsElement>() {
        details.set_open(true);
    }
    let _ = root.class_list().add_1(PRINT_ONE);
    let _ = element.class_list().add_1(PRINTING);
    let done = wasm_bindgen::closure::Closure::once_into_js(move || {
        let _ = root.class_list().remove_1(PRINT_ONE);
        let _ = element.class_list().remove_1(PRINTING);
    });
    let options = web_sys::AddEventListenerOptions::new();
    options.set_once(true);
    let _ =
        w.add_event_listener_with_callback_and_add_event_listener_options("afterprint", done.unchecked_ref(), &options);
    let _ = w.print();
}

/// The attribute the prerender step puts on `<html>` when it wrote the page's content into `<body>`.
pub const PRERENDERED_ATTRIBUTE: &str = "data-prerendered";

/// The content the prerender step wrote into `<body>` (everything but scripts and the
/// `<noscript>` note); empty on a page without it.
pub fn prerendered_nodes() -> Vec<web_sys::Node> {
    let Some(document) = window().and_then(|w| w.document()) else {
        return Vec::new();
    };
    let (Some(root), Some(body)) = (document.document_element(), document.body()) else {
        return Vec::new();
    };
    if !root.has_attribute(PRERENDERED_ATTRIBUTE) {
        return Vec::new();
    }
    let nodes = body.child_nodes();
    (0..nodes.length())
        .filter_map(|i| nodes.item(i))
        .filter(|node| !matches!(node.node_name().as_str(), "SCRIPT" | "NOSCRIPT" | "TEMPLATE"))
        .collect()
}

/// Opens the `<details>` element with `id`, if there is one.
pub fn open_details(id: &str) {
    use wasm_bindgen::JsCast;
    if let Some(details) = window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|e| e.dyn_into::<web_sys::HtmlDetailsElement>().ok())
    {
        details.set_open(true);
    }
}

/// Today's date in the browser's time zone.
pub fn today() -> Option<crate::domain::date::Date> {
    window()?;
    let now = js_sys::Date::new_0();
    crate::domain::date::Date::new(now.get_full_year() as i32, now.get_month() + 1, now.get_date())
}

/// Moves keyboard focus to the element with `id` (which must be focusable, e.g. `tabindex="-1"`),
/// so the next Tab continues from there; `false` when there is no such element.
pub fn focus_id(id: &str) -> bool {
    use wasm_bindgen::JsCast;
    let Some(document) = window().and_then(|w| w.document()) else {
        return false;
    };
    let Some(element) = document
        .get_element_by_id(id)
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    else {
        return false;
    };
    element.focus().is_ok() && document.active_element().is_some_and(|a| a.id() == id)
}

/// Removes every localStorage entry whose name starts with `prefix`; returns what was removed, as
/// name and value, so that it can be put back.
pub fn storage_clear_prefix(prefix: &str) -> Vec<(String, String)> {
    let Some(storage) = window().and_then(|w| w.local_storage().ok().flatten()) else {
        return Vec::new();
    };
    let length = storage.length().unwrap_or(0);
    let names: Vec<String> = (0..length)
        .filter_map(|i| storage.key(i).ok().flatten())
        .filter(|k| k.starts_with(prefix))
        .collect();
    names
        .into_iter()
        .filter_map(|k| {
            let value = storage.get_item(&k).ok().flatten().unwrap_or_default();
            storage.remove_item(&k).is_ok().then_some((k, value))
        })
        .collect()
}

/// Adds or removes a class on the document's root element.
pub fn set_root_class(class: &str, on: bool) {
    if let Some(root) = window().and_then(|w| w.document()).and_then(|d| d.document_element()) {
        let list = root.class_list();
        let _ = if on { list.add_1(class) } else { list.remove_1(class) };
    }
}

/// Asks the browser to show the element with `id` full screen (the browser may refuse; the view
/// then stays as it is).
pub fn request_fullscreen(id: &str) {
    if let Some(element) = window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
    {
        let _ = element.request_fullscreen();
    }
}

/// Last resort after a panic: log it and tell the visitor, in both languages, instead of leaving
/// a frozen page.
pub fn report_crash(details: &str) {
    web_sys::console::error_1(&details.into());
    show_alert(crate::domain::i18n::CRASH_NOTICE);
}

/// A language's text file could not be loaded (offline before the first visit was cached, a
/// server error): the page as delivered stays, with a word why it does not respond.
pub fn report_texts_unavailable(details: &str) {
    web_sys::console::error_1(&details.into());
    show_alert(crate::domain::i18n::TEXTS_UNAVAILABLE);
}

/// An alert at the top of the page in both languages, from texts compiled into the app (no text
/// file is needed to say that something failed); shown once.
fn show_alert(both: [&str; 2]) {
    let Some(document) = window().and_then(|w| w.document()) else {
        return;
    };
    if document.query_selector(".crash-notice").ok().flatten().is_some() {
        return;
    }
    let (Some(body), Ok(notice)) = (document.body(), document.create_element("div")) else {
        return;
    };
    let _ = notice.set_attribute("role", "alert");
    let _ = notice.set_attribute("class", "crash-notice");
    // One paragraph per language, each marked as such, so a screen reader speaks it rightly.
    for (lang, text) in [("nl", both[0]), ("en", both[1])] {
        if let Ok(paragraph) = document.create_element("p") {
            let _ = paragraph.set_attribute("lang", lang);
            paragraph.set_text_content(Some(text));
            let _ = notice.append_child(&paragraph);
        }
    }
    let _ = body.prepend_with_node_1(&notice);
}

/// The body of the text file at `url`, or why not.
pub async fn fetch_text(url: &str) -> Result<String, String> {
    use wasm_bindgen::JsCast;
    use wasm_bindgen_futures::JsFuture;
    let window = window().ok_or("no window")?;
    let describe = |e: wasm_bindgen::JsValue| format!("{url}: {e:?}");
    let response: web_sys::Response = JsFuture::from(window.fetch_with_str(url))
        .await
        .map_err(describe)?
        .dyn_into()
        .map_err(describe)?;
    if !response.ok() {
        return Err(format!("{url}: HTTP {}", response.status()));
    }
    JsFuture::from(response.text().map_err(describe)?)
        .await
        .map_err(describe)?
        .as_string()
        .ok_or_else(|| format!("{url}: not text"))
}

/// Keeps `value` (a JS callback, an observer) alive until the current reactive owner is cleaned
/// up, then runs `release` on it and drops it: listeners and observers never outlive their part.
pub fn keep_until_cleanup<T: 'static>(value: T, release: impl FnOnce(&T) + 'static) {
    let kept = send_wrapper::SendWrapper::new((value, release));
    leptos::prelude::on_cleanup(move || {
        let (value, release) = kept.take();
        release(&value);
    });
}

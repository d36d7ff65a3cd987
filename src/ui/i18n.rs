//! The language context: which language is shown, how it is chosen and remembered.

use leptos::prelude::*;
use leptos_router::hooks::{use_location, use_navigate, use_query_map};
use leptos_router::NavigateOptions;

use super::browser;
use crate::domain::i18n::{self as texts, Key, Lang};
use crate::domain::texts as text_files;
use crate::domain::web::page::{document_title, lang_of_path, localized_path, strip_base, Page};
use crate::domain::web::query::{param, with_param};

/// localStorage key of the remembered language.
pub use crate::domain::web::storage::LANG as LANG_STORAGE_KEY;

/// Handle on the current language; cheap to copy into closures. The language is derived from
/// the address (`?lang=`) in this one place; switching language changes the address.
#[derive(Clone, Copy)]
pub struct I18n {
    lang: Signal<Lang>,
}

impl I18n {
    /// The current language (tracked).
    pub fn lang(self) -> Lang {
        self.lang.get()
    }

    /// The text for `key` in the current language (tracked).
    pub fn t(self, key: Key) -> &'static str {
        texts::text(key, self.lang.get())
    }

    /// A link to `page` that keeps the current language (`/en/roi?lang=en` in English).
    pub fn href(self, page: Page) -> String {
        localized_href(page.path(), self.lang.get(), None)
    }
}

/// The in-app address of `path` (a page's Dutch path) in `lang`, with the deployment prefix,
/// `?lang=` and an optional `#anchor`: `/en/guide/board?lang=en#concerns`.
pub fn localized_href(path: &str, lang: Lang, anchor: Option<&str>) -> String {
    let hash = anchor.map(|a| format!("#{a}")).unwrap_or_default();
    super::embed::app_path(&format!("{}?lang={}{hash}", localized_path(path, lang), lang.code()))
}

/// Puts the language context in place: the address's `?lang=`, else its `/en` prefix, else Dutch
/// for a page the app knows; the language the host fixed or the visitor's stored choice decide
/// where the address cannot (a host page's section, the not-found page). An address without `/en`
/// is the Dutch page (its HTML, canonical link and `hreflang` say so), so the browser's language
/// only helps in a host page's section, which has no address of its own. A language whose text
/// file has not loaded yet is shown once it has: until then the page stays in the language it
/// was. Call it inside the router.
pub fn provide_i18n() -> I18n {
    let host = super::embed::use_host();
    let fallback = fallback_language(&host);
    let lang = if host.in_section() || host.lang.is_some() {
        Signal::stored(fallback)
    } else {
        let query = use_query_map();
        let location = use_location();
        let base = host.base.clone();
        // The language follows from the address alone, as its HTML did: `?lang=`, else `/en`, else
        // Dutch for a page the app knows. A stored choice has already sent a Dutch address on to
        // the English one before the page painted (public/early.js); it only decides here for an
        // address that names no page (the not-found page).
        let wanted = Memo::new(move |_| {
            let asked = query.with(|q| q.get("lang"));
            location
                .pathname
                .with(|p| address_language(asked.as_deref(), p, &base))
                .unwrap_or(fallback)
        });
        let arrived = ArcTrigger::new();
        Effect::new({
            let arrived = arrived.clone();
            move |_| {
                let lang = wanted.get();
                if !text_files::is_loaded(lang) {
                    let arrived = arrived.clone();
                    wasm_bindgen_futures::spawn_local(async move {
                        match load_language(lang).await {
                            Ok(()) => arrived.notify(),
                            Err(e) => browser::report_texts_unavailable(&e),
                        }
                    });
                }
            }
        });
        Memo::new(move |shown: Option<&Lang>| {
            arrived.track();
            let lang = wanted.get();
            match shown {
                Some(shown) if !text_files::is_loaded(lang) => *shown,
                _ => lang,
            }
        })
        .into()
    };
    let i18n = I18n { lang };
    provide_context(i18n);
    i18n
}

/// The language where the address does not decide: the one a host fixed, else the stored choice,
/// else (in a host page's section) the browser's, else Dutch.
fn fallback_language(host: &super::embed::Host) -> Lang {
    let stored = browser::storage_get(LANG_STORAGE_KEY);
    let browser_lang = host.in_section().then(browser::browser_language).flatten();
    texts::resolve(host.lang.as_deref(), stored.as_deref(), browser_lang.as_deref())
}

/// The language the page opens in, worked out as [`provide_i18n`] does but before the app starts,
/// so that its text file can load first.
pub fn first_language() -> Lang {
    let host = super::embed::detect_host();
    let fallback = fallback_language(&host);
    if host.in_section() || host.lang.is_some() {
        return fallback;
    }
    let asked = param(&browser::location_search(), "lang");
    address_language(asked.as_deref(), &browser::location_path(), &host.base).unwrap_or(fallback)
}

/// The language an address names: its `?lang=` (`asked`), else its path ([`language_of_address`]);
/// `path` still has the deployment prefix `base`.
fn address_language(asked: Option<&str>, path: &str, base: &str) -> Option<Lang> {
    asked
        .and_then(Lang::parse)
        .or_else(|| language_of_address(strip_base(path, base)))
}

/// Loads `lang`'s text file from the planner's own address, unless it is there already.
pub async fn load_language(lang: Lang) -> Result<(), String> {
    if text_files::is_loaded(lang) {
        return Ok(());
    }
    let url = format!("{}/{}", super::embed::detect_host().base, text_files::file_name(lang));
    let file = browser::fetch_text(&url).await?;
    text_files::install(lang, file).map_err(|e| format!("{url}: {e}"))
}

/// The language an address inside the app names by its path: English under `/en`, Dutch for any
/// other page the app knows, `None` for an address that names no page.
fn language_of_address(path: &str) -> Option<Lang> {
    lang_of_path(path).or_else(|| Page::from_path(path).map(|_| Lang::Nl))
}

/// The language context provided by [`provide_i18n`].
pub fn use_i18n() -> I18n {
    expect_context::<I18n>()
}

/// Keeps language, URL, storage, `<html lang>` and the document title in step.
#[component]
pub fn LanguageSync() -> impl IntoView {
    let i18n = use_i18n();
    let location = use_location();
    let host = super::embed::use_host();
    if host.in_section() {
        // A section never touches the host page's address, title or language.
        Effect::new(move |_| super::embed::set_section_lang(i18n.lang.get().code()));
        return;
    }
    let remember = !host.embedded();
    if remember {
        let switch = use_language_switch();
        // A language chosen in another tab is followed here, so the tabs agree.
        let listener = window_event_listener(leptos::ev::storage, move |ev: web_sys::StorageEvent| {
            let chosen = ev.new_value().as_deref().and_then(Lang::parse);
            if ev.key().as_deref() == Some(LANG_STORAGE_KEY) {
                if let Some(lang) = chosen.filter(|l| *l != i18n.lang.get_untracked()) {
                    switch(lang);
                }
            }
        });
        on_cleanup(move || listener.remove());
    }
    Effect::new(move |_| {
        let lang = i18n.lang.get();
        // A language fixed by an embedding page is not the visitor's own choice.
        if remember {
            browser::storage_set(LANG_STORAGE_KEY, lang.code());
        }
        let title = document_title(strip_base(&location.pathname.get(), &host.base), lang);
        browser::set_document_language_and_title(lang.code(), &title);
    });
}

/// A function that switches to a language: to the same page's address in that language
/// (`/roi` ↔ `/en/roi`, `/gids/directie` ↔ `/en/guide/board`) with `?lang=` set, keeping the
/// other parameters and the `#anchor` and replacing the history entry; the language context
/// follows the address. Call it while building a component, use it in event handlers.
pub fn use_language_switch() -> impl Fn(Lang) + Clone + 'static {
    let location = use_location();
    let replace = use_address_replacer();
    let host = super::embed::use_host();
    move |lang: Lang| {
        let path = location.pathname.get_untracked();
        let inside = strip_base(&path, &host.base);
        // A section's anchor has a name per language too.
        let hash = location.hash.get_untracked();
        let hash = crate::domain::guide::localized_anchor(hash.trim_start_matches('#'), lang)
            .map_or(hash, |a| format!("#{a}"));
        replace(&format!(
            "{}?{}{}",
            super::embed::app_path(&localized_path(inside, lang)),
            with_param(&location.search.get_untracked(), LANG_PARAM, lang.code()),
            hash
        ));
    }
}

/// The address parameter that carries the language.
const LANG_PARAM: &str = "lang";

/// A function that sets one query parameter of the current address through the router, keeping
/// the path (with its deployment prefix), the other parameters and the `#anchor`, and replacing
/// the history entry instead of adding one.
pub fn use_query_param_setter() -> impl Fn(&str, &str) + Clone + 'static {
    query_param_setter(true)
}

/// Like [`use_query_param_setter`], but as a step of its own in the history: Back returns to the
/// address before it (loading a saved scenario is such a step).
pub fn use_query_param_pusher() -> impl Fn(&str, &str) + Clone + 'static {
    query_param_setter(false)
}

/// A function that takes parameter `name` out of the current address, in place of the current
/// history entry.
pub fn use_query_param_remover() -> impl Fn(&str) + Clone + 'static {
    let location = use_location();
    let go = use_address_mover(true);
    move |name: &str| {
        let query = crate::domain::web::query::without_param(&location.search.get_untracked(), name);
        let query = if query.is_empty() {
            String::new()
        } else {
            format!("?{query}")
        };
        go(&format!(
            "{}{query}{}",
            location.pathname.get_untracked(),
            location.hash.get_untracked()
        ));
    }
}

fn query_param_setter(replace: bool) -> impl Fn(&str, &str) + Clone + 'static {
    let location = use_location();
    let go = use_address_mover(replace);
    move |name: &str, value: &str| {
        go(&format!(
            "{}?{}{}",
            location.pathname.get_untracked(),
            with_param(&location.search.get_untracked(), name, value),
            location.hash.get_untracked()
        ));
    }
}

/// A function that moves to `url` (a full in-app address, deployment prefix included) through the
/// router, replacing the history entry and keeping the scroll position.
fn use_address_replacer() -> impl Fn(&str) + Clone + 'static {
    use_address_mover(true)
}

/// A function that moves to `url` through the router, keeping the scroll position: in place of
/// the current history entry (`replace`) or as a new one.
fn use_address_mover(replace: bool) -> impl Fn(&str) + Clone + 'static {
    let navigate = use_navigate();
    move |url: &str| {
        navigate(
            url,
            NavigateOptions {
                // The address already carries the deployment prefix.
                resolve: false,
                replace,
                scroll: false,
                ..Default::default()
            },
        );
    }
}

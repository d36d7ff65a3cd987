//! The language context: which language is shown, how it is chosen and remembered.

use leptos::prelude::*;
use leptos_router::hooks::{use_location, use_navigate};
use leptos_router::NavigateOptions;

use super::browser;
use crate::domain::i18n::{self as texts, query_param, with_query_param, Key, Lang};
use crate::domain::web::page::{strip_base, Page};

/// localStorage key of the remembered language.
pub use crate::domain::web::storage::LANG as LANG_STORAGE_KEY;

/// Handle on the current language; cheap to copy into closures.
#[derive(Clone, Copy)]
pub struct I18n {
    lang: RwSignal<Lang>,
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

    /// A link to `page` that keeps the current language.
    pub fn href(self, page: Page) -> String {
        super::embed::app_path(&format!("{}?lang={}", page.path(), self.lang.get().code()))
    }
}

/// Puts the language context in place, starting from URL, storage and browser, in that order.
pub fn provide_i18n() -> I18n {
    let host = super::embed::use_host();
    let search = if host.in_section() {
        String::new()
    } else {
        browser::location_search()
    };
    let fixed = host.lang.as_deref().or_else(|| query_param(&search, "lang"));
    let stored = browser::storage_get(LANG_STORAGE_KEY);
    let browser_lang = browser::browser_language();
    let lang = texts::resolve(fixed, stored.as_deref(), browser_lang.as_deref());
    let i18n = I18n {
        lang: RwSignal::new(lang),
    };
    provide_context(i18n);
    i18n
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
    Effect::new(move |_| {
        if let Some(lang) = query_param(&location.search.get(), "lang").and_then(Lang::parse) {
            if lang != i18n.lang.get_untracked() {
                i18n.lang.set(lang);
            }
        }
    });
    let remember = !host.embedded();
    Effect::new(move |_| {
        let lang = i18n.lang.get();
        // A language fixed by an embedding page is not the visitor's own choice.
        if remember {
            browser::storage_set(LANG_STORAGE_KEY, lang.code());
        }
        let page_title =
            Page::from_path(strip_base(&location.pathname.get(), &host.base)).map(|p| texts::text(p.title(), lang));
        let app = texts::text(Key::AppName, lang);
        let title = page_title.map_or_else(|| app.to_string(), |p| format!("{p} · {app}"));
        browser::set_document_language_and_title(lang.code(), &title);
    });
}

/// A function that switches to a language: it updates the context and the address (replacing,
/// not adding, a history entry). Call it while building a component, use it in event handlers.
pub fn use_language_switch() -> impl Fn(Lang) + Clone + 'static {
    let i18n = use_i18n();
    let location = use_location();
    let navigate = use_navigate();
    move |lang: Lang| {
        // The calculator keeps its state in the address with replaceState, which the router does
        // not see, so read the query from the browser itself.
        let query = with_query_param(&browser::location_search(), "lang", lang.code());
        let url = format!(
            "{}?{}{}",
            location.pathname.get_untracked(),
            query,
            location.hash.get_untracked()
        );
        i18n.lang.set(lang);
        navigate(
            &url,
            NavigateOptions {
                // The path already carries the deployment prefix.
                resolve: false,
                replace: true,
                scroll: false,
                ..Default::default()
            },
        );
    }
}

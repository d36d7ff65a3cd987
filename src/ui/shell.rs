//! The frame around every page: skip link, header with navigation and language switch, footer.

use leptos::prelude::*;
use leptos_router::components::A;

use super::i18n::{use_i18n, use_language_switch};
use crate::domain::i18n::{text_with, Key, Lang};
use crate::domain::web::page::Page;

/// Skip link, app name, main navigation and the NL/EN switch.
#[component]
pub fn Header() -> impl IntoView {
    let i18n = use_i18n();
    let switch = use_language_switch();
    let nav_items = Page::NAV
        .into_iter()
        .map(|page| view! { <li><A href=move || i18n.href(page)>{move || i18n.t(page.nav_label())}</A></li> })
        .collect_view();
    let lang_buttons = Lang::ALL
        .into_iter()
        .map(|lang| {
            let switch = switch.clone();
            view! {
                <button
                    type="button"
                    class="lang-button"
                    lang=lang.code()
                    aria-pressed=move || (i18n.lang() == lang).to_string()
                    on:click=move |_| switch(lang)
                >
                    {lang.code().to_uppercase()}
                    <span class="visually-hidden">" " {lang.native_name()}</span>
                </button>
            }
        })
        .collect_view();
    view! {
        // The router leaves a same-page link's focus where it was; the skip link moves it to the
        // content itself, so the next Tab goes on from there and not to the logo.
        <a class="skip-link" href="#inhoud" on:click=move |ev| {
            if crate::ui::browser::focus_id("inhoud") {
                ev.prevent_default();
            }
        }>{move || i18n.t(Key::SkipLink)}</a>
        <header class="site-header">
            <div class="site-header__inner">
                <A href=move || i18n.href(Page::Home) exact=true attr:class="brand">
                    <span class="brand__mark" aria-hidden="true">"AI"</span>
                    <span class="brand__text">
                        <span class="brand__name">{move || i18n.t(Key::AppName)}</span>
                        <span class="brand__tagline">{move || i18n.t(Key::AppTagline)}</span>
                    </span>
                </A>
                <nav class="site-nav" aria-label=move || i18n.t(Key::NavLabel)>
                    <ul>{nav_items}</ul>
                </nav>
                <div class="lang-switch" role="group" aria-label=move || i18n.t(Key::LangSwitchLabel)>
                    {lang_buttons}
                </div>
            </div>
        </header>
    }
}

/// Privacy promise, credit to the sources and the version.
#[component]
pub fn Footer() -> impl IntoView {
    let i18n = use_i18n();
    let version = move || {
        text_with(
            Key::FooterVersion,
            i18n.lang(),
            &[("version", env!("CARGO_PKG_VERSION"))],
        )
    };
    view! {
        <footer class="site-footer">
            <div class="site-footer__inner">
                <p>{move || i18n.t(Key::PrivacyPromise)}</p>
                <p>
                    <A href=move || i18n.href(Page::About)>{move || i18n.t(Key::FooterSources)}</A>
                    " · "
                    {version}
                </p>
            </div>
        </footer>
    }
}

/// The heading and lead paragraph that open a page.
#[component]
pub fn PageIntro(title: Key, lead: Key) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <header class="page-intro">
            <h1>{move || i18n.t(title)}</h1>
            <p class="lead">{move || i18n.t(lead)}</p>
        </header>
    }
}

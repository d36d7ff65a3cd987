//! About & sources (`/over`): credits both articles, states the privacy promise, lists what is
//! stored and points intranet editors to the embedding example.

use leptos::prelude::*;

use crate::domain::i18n::{text, text_with, Key};
use crate::domain::roi::evidence::STUDIES;
use crate::domain::web::storage;
use crate::ui::browser;
use crate::ui::i18n::use_i18n;
use crate::ui::shell::PageIntro;

/// Address of the Search Engine Journal piece the SEO article cites.
const SEJ_URL: &str = "https://www.searchenginejournal.com/ai-seo-is-a-change-management-problem/568103/";

/// About page with sources, privacy and a caveat.
#[component]
pub fn AboutPage() -> impl IntoView {
    let i18n = use_i18n();
    let t = move |key| move || i18n.t(key);
    view! {
        <div class="page page--about prose">
            <PageIntro title=Key::AboutTitle lead=Key::AboutLead/>
            <section aria-labelledby="about-sources">
                <h2 id="about-sources">{t(Key::AboutSourcesHeading)}</h2>
                <ul class="sources">
                    <li>{t(Key::AboutSourceCommunication)}</li>
                    <li>
                        {t(Key::AboutSourceSeo)}
                        " "
                        <a href=SEJ_URL rel="noopener noreferrer" hreflang="en">{t(Key::AboutSejLink)}</a>
                    </li>
                </ul>
            </section>
            <section aria-labelledby="about-legal">
                <h2 id="about-legal">{t(Key::AboutLegalHeading)}</h2>
                <p>{t(Key::AboutLegalIntro)}</p>
                <ul class="sources">
                    <li>{t(Key::AboutLegalWor)}</li>
                    <li>{t(Key::AboutLegalAvg)}</li>
                    <li>{t(Key::AboutLegalAiAct)}</li>
                    <li>{t(Key::AboutLegalSearch)}</li>
                </ul>
            </section>
            <section aria-labelledby="about-evidence">
                <h2 id="about-evidence">{t(Key::AboutEvidenceHeading)}</h2>
                <p>{t(Key::AboutEvidenceIntro)}</p>
                <ul class="sources">
                    {STUDIES.iter().map(|s| {
                        let (name, why) = (s.name, s.why);
                        view! { <li>{t(name)} ". " {t(why)}</li> }
                    }).collect_view()}
                    <li>{t(Key::AboutEvidenceCbs)}</li>
                    <li>{t(Key::AboutEvidenceUtilisation)}</li>
                    <li>{t(Key::AboutEvidencePrices)}</li>
                </ul>
            </section>
            <section aria-labelledby="about-privacy">
                <h2 id="about-privacy">{t(Key::AboutPrivacyHeading)}</h2>
                <p>{t(Key::AboutPrivacyText)}</p>
            </section>
            <StoredData/>
            <section aria-labelledby="about-embed">
                <h2 id="about-embed">{t(Key::AboutEmbedHeading)}</h2>
                <p>{t(Key::AboutEmbedText)}</p>
                // A static page, not a route: rel="external" keeps the router's hands off it.
                <p><a href=crate::ui::embed::app_path("/embed-example.html") rel="external">{t(Key::AboutEmbedLink)}</a></p>
            </section>
            <section aria-labelledby="about-caveat">
                <h2 id="about-caveat">{t(Key::AboutDisclaimerHeading)}</h2>
                <p>{t(Key::AboutDisclaimerText)}</p>
            </section>
        </div>
    }
}

/// What is stored locally, and a button that clears it (and can put it back).
#[component]
fn StoredData() -> impl IntoView {
    let i18n = use_i18n();
    // What was cleared, while it can be put back; `Some(empty)` when there was nothing.
    let cleared = RwSignal::new(None::<Vec<(String, String)>>);
    let restored = RwSignal::new(false);
    let rows = storage::ALL
        .into_iter()
        .map(|(name, key)| view! { <dt><code>{name}</code></dt><dd>{move || i18n.t(key)}</dd> })
        .collect_view();
    let clear = move |_| {
        restored.set(false);
        cleared.set(Some(browser::storage_clear_prefix(storage::PREFIX)));
    };
    let undo = move |_| {
        for (name, value) in cleared.get_untracked().unwrap_or_default() {
            browser::storage_set(&name, &value);
        }
        cleared.set(None);
        restored.set(true);
    };
    let message = move || {
        let lang = i18n.lang();
        if restored.get() {
            return Some(view! { {text(Key::StorageRestored, lang)} }.into_any());
        }
        cleared.with(|c| c.as_ref().map(Vec::len)).map(|n| {
            if n == 0 {
                view! { {text(Key::StorageNothing, lang)} }.into_any()
            } else {
                view! {
                    {text_with(Key::StorageCleared, lang, &[("n", &n.to_string())])}" "
                    <button type="button" class="button button--small button--secondary" on:click=undo>{text(Key::Undo, lang)}</button>
                }
                .into_any()
            }
        })
    };
    view! {
        <section aria-labelledby="about-storage">
            <h2 id="about-storage">{move || i18n.t(Key::AboutStorageHeading)}</h2>
            <p>{move || i18n.t(Key::AboutStorageIntro)}</p>
            <dl class="stored-keys">{rows}</dl>
            <button type="button" class="button button--secondary" on:click=clear>{move || i18n.t(Key::StorageClear)}</button>
            <p class="notice" role="status" hidden=move || cleared.with(Option::is_none) && !restored.get()>{message}</p>
        </section>
    }
}

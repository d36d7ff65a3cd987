//! About & sources (`/over`): credits both articles and states the privacy promise.

use leptos::prelude::*;

use super::PageIntro;
use crate::domain::i18n::Key;
use crate::ui::i18n::use_i18n;

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
            <section aria-labelledby="about-privacy">
                <h2 id="about-privacy">{t(Key::AboutPrivacyHeading)}</h2>
                <p>{t(Key::AboutPrivacyText)}</p>
            </section>
            <section aria-labelledby="about-caveat">
                <h2 id="about-caveat">{t(Key::AboutDisclaimerHeading)}</h2>
                <p>{t(Key::AboutDisclaimerText)}</p>
            </section>
        </div>
    }
}

//! The guide's building blocks: a bilingual text as a view, links into the guide, a section with
//! its heading and anchor, and the jump to the section an address names.

use leptos::prelude::*;
use leptos_router::hooks::use_location;

use crate::domain::guide::{GuidePage, Section, Text};
use crate::domain::i18n::Lang;
use crate::ui::i18n::{localized_href, use_i18n};
use crate::ui::takeover::{self, Later};

pub use crate::domain::web::storage::ROLE as ROLE_STORAGE_KEY;

/// A bilingual content text as a reactive view.
pub fn tx(t: Text) -> impl Fn() -> &'static str + Copy + Send + Sync + 'static {
    let i18n = use_i18n();
    move || t.get(i18n.lang())
}

/// A link to a guide page (and optional section anchor) in the current language.
pub fn guide_href(page: GuidePage, anchor: Option<&'static str>) -> impl Fn() -> String + Copy + Send + Sync + 'static {
    let i18n = use_i18n();
    move || {
        let lang = i18n.lang();
        localized_href(&page.path(lang), lang, anchor)
    }
}

/// Scrolls to the section named in the address's `#anchor` once the page has rendered, and
/// again whenever the anchor changes.
pub fn scroll_to_hash() {
    let location = use_location();
    Effect::new(move |_| {
        let hash = location.hash.get();
        location.pathname.track();
        let id = hash.trim_start_matches('#').to_string();
        if !id.is_empty() {
            takeover::after(move || request_animation_frame(move || crate::ui::embed::scroll_to_id(&id)));
        }
    });
}

/// A guide section with its language-aware anchor (`#zorgen` / `#concerns`) and heading.
pub fn guide_section(
    section: Section,
    title: impl Fn() -> &'static str + Send + Sync + 'static,
    body: impl IntoView + 'static,
) -> impl IntoView {
    let i18n = use_i18n();
    let heading_id = format!("h-{}", section.anchor(Lang::En));
    let labelled_by = heading_id.clone();
    view! {
        <section class="guide-section" id=move || section.anchor(i18n.lang()) aria-labelledby=labelled_by>
            <h2 id=heading_id>{title}</h2>
            <Later>{body}</Later>
        </section>
    }
}

//! Shown for any address that is not a page of the planner.

use leptos::prelude::*;
use leptos_router::components::A;

use crate::domain::i18n::Key;
use crate::domain::web::page::Page;
use crate::ui::i18n::use_i18n;
use crate::ui::shell::PageIntro;

/// "Page not found" with links to every page.
#[component]
pub fn NotFoundPage() -> impl IntoView {
    let i18n = use_i18n();
    let links = [Page::Home, Page::Guide, Page::Roi, Page::Planning, Page::About]
        .into_iter()
        .map(|page| view! { <li><A href=move || i18n.href(page)>{move || i18n.t(page.nav_label())}</A></li> })
        .collect_view();
    view! {
        <div class="page page--not-found">
            <PageIntro title=Key::NotFoundTitle lead=Key::NotFoundText/>
            <ul class="link-list">{links}</ul>
        </div>
    }
}

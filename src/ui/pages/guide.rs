//! Guide by role (`/gids`).

use leptos::prelude::*;

use super::PageIntro;
use crate::domain::i18n::Key;

/// Guide by role (`/gids`) page.
#[component]
pub fn GuidePage() -> impl IntoView {
    view! {
        <div class="page page--guide">
            <PageIntro title=Key::GuideTitle lead=Key::GuideLead/>
        </div>
    }
}

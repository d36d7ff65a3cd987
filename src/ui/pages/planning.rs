//! Communication schedule (`/planning`).

use leptos::prelude::*;

use super::PageIntro;
use crate::domain::i18n::Key;

/// Communication schedule (`/planning`) page.
#[component]
pub fn PlanningPage() -> impl IntoView {
    view! {
        <div class="page page--planning">
            <PageIntro title=Key::PlanningTitle lead=Key::PlanningLead/>
        </div>
    }
}

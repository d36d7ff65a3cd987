//! ROI calculator (`/roi`).

use leptos::prelude::*;

use super::PageIntro;
use crate::domain::i18n::Key;

/// ROI calculator (`/roi`) page.
#[component]
pub fn RoiPage() -> impl IntoView {
    view! {
        <div class="page page--roi">
            <PageIntro title=Key::RoiTitle lead=Key::RoiLead/>
        </div>
    }
}

//! One component per route; each is a thin view over domain data.

mod about;
mod home;
mod not_found;

pub use crate::ui::guide::{GuideOverviewPage, GuideRolePage};
pub use crate::ui::roi::RoiPage;
pub use crate::ui::schedule::PlanningPage;
pub use about::AboutPage;
pub use home::HomePage;
pub use not_found::NotFoundPage;

use leptos::prelude::*;

use super::i18n::use_i18n;
use crate::domain::i18n::Key;

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

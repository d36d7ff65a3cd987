//! The start page: what the planner is for, the front door's questions and the three parts.

use leptos::prelude::*;
use leptos_router::components::A;

use crate::domain::i18n::Key;
use crate::domain::web::page::Page;
use crate::ui::i18n::use_i18n;
use crate::ui::shell::PageIntro;

/// Start page: the front door, then a card per part.
#[component]
pub fn HomePage() -> impl IntoView {
    let i18n = use_i18n();
    let cards = [
        (Page::Guide, Key::HomeGuideText),
        (Page::Roi, Key::HomeRoiText),
        (Page::Planning, Key::HomePlanningText),
    ]
    .into_iter()
    .map(|(page, text)| {
        view! {
            <li class="card">
                <h3>{move || i18n.t(page.nav_label())}</h3>
                <p>{move || i18n.t(text)}</p>
                <A href=move || i18n.href(page) attr:class="button">
                    {move || i18n.t(Key::HomeOpen)}
                    <span class="visually-hidden">": " {move || i18n.t(page.nav_label())}</span>
                </A>
            </li>
        }
    })
    .collect_view();
    view! {
        <div class="page page--home">
            <PageIntro title=Key::HomeTitle lead=Key::HomeLead/>
            {cfg!(feature = "front-door").then(|| view! { <crate::ui::start::FrontDoor/> })}
            <section aria-labelledby="home-parts">
                <h2 id="home-parts">{move || i18n.t(Key::HomePartsHeading)}</h2>
                <ul class="cards">{cards}</ul>
            </section>
        </div>
    }
}

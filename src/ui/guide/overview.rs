//! `/gids`: role picker, search over the whole guide, and the shared sections: phases,
//! formats, mistakes, KPIs and the FAQ.

use leptos::prelude::*;
use leptos_router::components::A;

use super::{guide_href, guide_section, scroll_to_hash, tx};
use crate::domain::guide::{search, GuidePage, Section, GUIDE};
use crate::domain::i18n::{text_with, Key};
use crate::domain::web::page::Page;
use crate::ui::i18n::use_i18n;
use crate::ui::shell::PageIntro;

/// The guide's start page.
#[component]
pub fn GuideOverviewPage() -> impl IntoView {
    let i18n = use_i18n();
    scroll_to_hash();
    let cards = GuidePage::groups()
        .filter_map(|page| Some((page, page.name()?, page.summary()?)))
        .map(|(page, name, summary)| {
            view! {
                <li class="card">
                    <h3>{tx(name)}</h3>
                    <p>{tx(summary)}</p>
                    <A href=guide_href(page, None) attr:class="button">
                        {move || i18n.t(Key::GuideReadMore)}
                        <span class="visually-hidden">": " {tx(name)}</span>
                    </A>
                </li>
            }
        })
        .collect_view();
    view! {
        <div class="page page--guide">
            <PageIntro title=Key::GuideTitle lead=Key::GuideLead/>
            <GuideSearch/>
            <section aria-labelledby="guide-pick">
                <h2 id="guide-pick">{move || i18n.t(Key::GuidePickHeading)}</h2>
                <p>{move || i18n.t(Key::GuidePickHint)}</p>
                <ul class="cards">{cards}</ul>
            </section>
            <Signs/>
            <Phases/>
            <Formats/>
            <Mistakes/>
            <Kpis/>
            <super::kit::Kit page=GuidePage::Overview/>
            <Faq/>
        </div>
    }
}

/// A section whose heading is an interface text.
fn section(section: Section, title: Key, body: impl IntoView + 'static) -> impl IntoView {
    let i18n = use_i18n();
    guide_section(section, move || i18n.t(title), body)
}

/// Search box that filters the whole guide as you type.
#[component]
fn GuideSearch() -> impl IntoView {
    let i18n = use_i18n();
    let query = RwSignal::new(String::new());
    let hits = Memo::new(move |_| query.with(|q| search(q, i18n.lang(), 30)));
    let results = move || {
        hits.get()
            .into_iter()
            .map(|hit| {
                let name = hit.page.name();
                let place = move || match name {
                    Some(name) => name.get(i18n.lang()).to_string(),
                    None => i18n.t(Key::GuideTitle).to_string(),
                };
                let anchor = hit.section.anchor(i18n.lang());
                view! {
                    <li>
                        <A href=guide_href(hit.page, Some(anchor))>{hit.text}</A>
                        <span class="search-hit__place">{place}</span>
                    </li>
                }
            })
            .collect_view()
    };
    view! {
        <search class="guide-search no-print">
            <label for="guide-search-input">{move || i18n.t(Key::GuideSearchLabel)}</label>
            <input
                id="guide-search-input"
                type="search"
                autocomplete="off"
                placeholder=move || i18n.t(Key::GuideSearchPlaceholder)
                prop:value=move || query.get()
                on:input=move |ev| query.set(event_target_value(&ev))
            />
            <Show when=move || query.with(|q| !q.trim().is_empty())>
                <p class="note" aria-live="polite">
                    {move || {
                        let n = hits.with(Vec::len);
                        if n == 0 { i18n.t(Key::GuideSearchNone).to_string() } else { text_with(Key::GuideSearchCount, i18n.lang(), &[("n", &n.to_string())]) }
                    }}
                </p>
                <ul class="search-hits">{results}</ul>
            </Show>
        </search>
    }
}

/// The warning signs that a rollout is not landing, and what they point to.
#[component]
fn Signs() -> impl IntoView {
    let items = GUIDE
        .signs
        .items
        .iter()
        .map(|t| view! { <li>{tx(*t)}</li> })
        .collect_view();
    section(
        Section::Signs,
        Key::GuideSectionSigns,
        view! {
            <ul class="signs">{items}</ul>
            <p>{tx(GUIDE.signs.note)}</p>
        },
    )
}

/// The four phases with weeks, goal and activities.
#[component]
fn Phases() -> impl IntoView {
    let i18n = use_i18n();
    let items = GUIDE
        .phases
        .iter()
        .enumerate()
        .map(|(i, p)| {
            view! {
                <li class="phase">
                    <p class="phase__weeks">{move || p.weeks_text(i18n.lang())}</p>
                    <h3>{format!("{}. ", i + 1)}{tx(p.name)}</h3>
                    <p><strong>{move || i18n.t(Key::GuideGoal)}</strong>" " {tx(p.goal)}</p>
                    <ul>{p.activities.iter().map(|a| view! { <li>{tx(*a)}</li> }).collect_view()}</ul>
                </li>
            }
        })
        .collect_view();
    section(
        Section::Phases,
        Key::GuideSectionPhases,
        view! {
            <ol class="phases">{items}</ol>
            <p class="note">{tx(GUIDE.phase_note)}</p>
            <p><A href=move || i18n.href(Page::Planning)>{move || i18n.t(Key::GuidePhasesLink)}</A></p>
        },
    )
}

/// Every format: what, for whom, how.
#[component]
fn Formats() -> impl IntoView {
    let i18n = use_i18n();
    let items = GUIDE
        .formats
        .iter()
        .map(|f| {
            view! {
                <li class="card format" id=format!("format-{}", f.id)>
                    <h3>{tx(f.name)}</h3>
                    <p class="format__audience"><strong>{move || i18n.t(Key::GuideFor)}</strong>" " {tx(f.audience)}</p>
                    <p>{tx(f.what)}</p>
                    <p><strong>{move || i18n.t(Key::GuideHow)}</strong>" " {tx(f.how)}</p>
                </li>
            }
        })
        .collect_view();
    section(
        Section::Formats,
        Key::GuideSectionAllFormats,
        view! { <ul class="cards cards--formats">{items}</ul> },
    )
}

/// The five mistakes and the advice to listen.
#[component]
fn Mistakes() -> impl IntoView {
    let i18n = use_i18n();
    let items = GUIDE
        .mistakes
        .iter()
        .map(|m| {
            view! {
                <li>
                    <h3>{tx(m.name)}</h3>
                    <p>{tx(m.problem)}</p>
                    <p><strong>{move || i18n.t(Key::GuideRemedy)}</strong>" " {tx(m.remedy)}</p>
                </li>
            }
        })
        .collect_view();
    section(
        Section::Mistakes,
        Key::GuideSectionMistakes,
        view! {
            <ol class="mistakes">{items}</ol>
            <p class="tip">{tx(GUIDE.listen_tip)}</p>
        },
    )
}

/// The KPI table with targets and how to measure.
#[component]
fn Kpis() -> impl IntoView {
    let i18n = use_i18n();
    let rows = GUIDE
        .kpis
        .iter()
        .map(|k| view! { <tr><th scope="row">{tx(k.category)}</th><td>{tx(k.kpi)}</td><td>{tx(k.target)}</td></tr> })
        .collect_view();
    section(
        Section::Kpis,
        Key::GuideSectionKpis,
        view! {
            <p class="tip">{tx(GUIDE.measuring.before_start)}</p>
            <div class="table-scroll" tabindex="0" role="region" aria-label=move || i18n.t(Key::GuideKpiTable)>
                <table class="kpi-table">
                    <thead>
                        <tr>
                            <th scope="col">{move || i18n.t(Key::GuideKpiCategory)}</th>
                            <th scope="col">{move || i18n.t(Key::GuideKpiKpi)}</th>
                            <th scope="col">{move || i18n.t(Key::GuideKpiTarget)}</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
            <ul>{GUIDE.measuring.practices.iter().map(|p| view! { <li>{tx(*p)}</li> }).collect_view()}</ul>
            <p><A href=move || format!("{}#f-a6", i18n.href(Page::Roi))>{move || i18n.t(Key::GuideKpiLink)}</A></p>
        },
    )
}

/// The seven frequently asked questions.
#[component]
fn Faq() -> impl IntoView {
    let items = GUIDE
        .faq
        .iter()
        .map(|qa| view! { <details class="faq"><summary>{tx(qa.q)}</summary><p>{tx(qa.a)}</p></details> })
        .collect_view();
    section(Section::Faq, Key::GuideSectionFaq, items)
}

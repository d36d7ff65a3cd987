//! `/gids/:rol`: everything one stakeholder group (or the marketing/SEO lens) needs, on one
//! printable page.

use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_params_map;

use super::checklist::Checklist;
use super::kit::{small_company, Kit, ThisWeek};
use super::{guide_href, guide_section, scroll_to_hash, tx, ROLE_STORAGE_KEY};
use crate::domain::guide::{format, GuidePage, Role, Section, Seo, Text, GUIDE};
use crate::domain::i18n::Key;
use crate::domain::web::page::Page;
use crate::ui::browser;
use crate::ui::i18n::use_i18n;
use crate::ui::takeover::Later;

/// The page of one group, chosen by the path segment (Dutch or English slug).
#[component]
pub fn GuideRolePage() -> impl IntoView {
    // In a host page's section there is no route: the section names the role.
    let section_slug = crate::ui::embed::section_role();
    let params = section_slug.is_none().then(use_params_map);
    scroll_to_hash();
    let page = Memo::new(move |_| {
        section_slug
            .clone()
            .or_else(|| params.and_then(|p| p.with(|p| p.get(Page::GUIDE_PAGE_PARAM))))
            .and_then(|s| GuidePage::from_slug(&s))
    });
    // The calculator greets a reader who came from a role page; a role page that a host page
    // embeds was not the visitor's own pick, so it is not remembered.
    let remember = !crate::ui::embed::use_host().embedded();
    Effect::new(move |_| {
        if let Some(id) = page.get().and_then(GuidePage::id).filter(|_| remember) {
            browser::storage_set(ROLE_STORAGE_KEY, id);
        }
    });
    move || match page.get() {
        Some(GuidePage::Role(i)) => GUIDE
            .roles
            .get(i)
            .map_or_else(|| unknown().into_any(), |r| role_page(i, r).into_any()),
        Some(GuidePage::Seo) => seo_page(&GUIDE.seo).into_any(),
        _ => unknown().into_any(),
    }
}

/// Shown for a slug that is not in the guide.
fn unknown() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <div class="page page--guide-role">
            <h1>{move || i18n.t(Key::GuideTitle)}</h1>
            <p class="notice notice--warning">{move || i18n.t(Key::GuideNotFound)}</p>
            <OtherGroups current=GuidePage::Overview/>
        </div>
    }
}

/// Heading, reader, summary, contents and print button of a group page.
fn page_head(page: GuidePage, sections: &'static [Section], extra: Option<Text>) -> impl IntoView {
    let i18n = use_i18n();
    let name = move || page.name().map_or("", |t| t.get(i18n.lang()));
    let summary = move || page.summary().map_or("", |t| t.get(i18n.lang()));
    let reader = page.reader().map(|r| view! { <p class="page-reader">{tx(r)}</p> });
    let extra = extra.map(|t| view! { <p class="callout">{tx(t)}</p> });
    let toc = sections
        .iter()
        .map(|s| {
            let s = *s;
            view! { <li><a href=move || format!("#{}", s.anchor(i18n.lang()))>{move || i18n.t(s.title())}</a></li> }
        })
        .collect_view();
    view! {
        <p class="breadcrumb no-print"><A href=guide_href(GuidePage::Overview, None)>{move || i18n.t(Key::GuideBack)}</A></p>
        <header class="page-intro">
            <h1>{name}</h1>
            {reader}
            <p class="lead">{summary}</p>
            {extra}
        </header>
        <nav class="guide-toc no-print" aria-label=move || i18n.t(Key::GuideContents)>
            <ul>{toc}</ul>
            <button type="button" class="button button--secondary" on:click=move |_| browser::print()>{move || i18n.t(Key::GuidePrint)}</button>
        </nav>
    }
}

fn bullets(items: &'static [Text]) -> impl IntoView {
    view! { <ul>{items.iter().map(|t| view! { <li>{tx(*t)}</li> }).collect_view()}</ul> }
}

fn role_page(index: usize, r: &'static Role) -> impl IntoView {
    let i18n = use_i18n();
    let t = move |k: Key| move || i18n.t(k);
    let messages = r
        .messages
        .iter()
        .map(|m| {
            view! {
                <li>
                    <strong>{tx(m.text)}</strong>
                    <p class="example"><span class="example__label">{t(Key::GuideExample)}</span>" " {tx(m.example)}</p>
                </li>
            }
        })
        .collect_view();
    let formats = r
        .formats
        .iter()
        .filter_map(|id| format(id))
        .map(|f| {
            view! {
                <li>
                    <strong>{tx(f.name)}</strong>" — " {tx(f.what)}" " {tx(f.how)}
                </li>
            }
        })
        .collect_view();
    let material = r
        .material
        .iter()
        .map(|qa| view! { <dt>{tx(qa.q)}</dt><dd>{tx(qa.a)}</dd> })
        .collect_view();
    view! {
        <div class="page page--guide-role prose">
            {page_head(GuidePage::Role(index), &Section::ROLE, None)}
            <Later><ThisWeek page=GuidePage::Role(index)/></Later>
            <Later><Kit page=GuidePage::Role(index)/></Later>
            {guide_section(Section::Concerns, t(Key::GuideSectionConcerns), bullets(r.concerns))}
            {guide_section(Section::Needs, t(Key::GuideSectionNeeds), bullets(r.needs))}
            {guide_section(Section::Messages, t(Key::GuideSectionMessages), view! { <ul class="messages">{messages}</ul> })}
            {guide_section(Section::Formats, t(Key::GuideSectionFormats), view! { <ul>{formats}</ul> })}
            {guide_section(Section::Avoid, t(Key::GuideSectionAvoid), bullets(r.avoid))}
            {guide_section(Section::Material, tx(r.material_title), view! { <dl class="material">{material}</dl> })}
            {guide_section(Section::Today, t(Key::GuideSectionToday), view! { <TodayList index=index items=r.today/> })}
            <p class="no-print next-step"><A href=move || i18n.href(Page::Roi)>{t(Key::GuideToCalculator)}</A></p>
            <OtherGroups current=GuidePage::Role(index)/>
        </div>
    }
}

/// "Apply today"; for a small company the board's and managers' items are in the one list of
/// "this week, first", and this section says so.
#[component]
fn TodayList(index: usize, items: &'static [crate::domain::guide::CheckItem]) -> impl IntoView {
    let i18n = use_i18n();
    let small = small_company();
    view! {
        <Show
            when=move || index == 0 && small.get()
            fallback=move || view! { <Checklist items=items/> }
        >
            <p class="note">
                {move || i18n.t(Key::KitSmallToday)}" "
                <a href=move || format!("#{}", Section::ThisWeek.anchor(i18n.lang()))>{move || i18n.t(Key::GuideSectionThisWeek)}</a>
            </p>
        </Show>
    }
}

fn seo_page(s: &'static Seo) -> impl IntoView {
    let i18n = use_i18n();
    let t = move |k: Key| move || i18n.t(k);
    view! {
        <div class="page page--guide-role prose">
            {page_head(GuidePage::Seo, &Section::SEO, Some(s.misconception))}
            <ThisWeek page=GuidePage::Seo/>
            <Kit page=GuidePage::Seo/>
            {guide_section(Section::Budget, tx(s.budget_title), bullets(s.budget))}
            {guide_section(Section::Ownership, tx(s.ownership_title), bullets(s.ownership))}
            {guide_section(
                Section::Metrics,
                tx(s.metrics_title),
                view! {
                    <div class="metrics">
                        <div><h3>{t(Key::GuideActivityMetrics)}</h3>{bullets(s.activity_metrics)}</div>
                        <div><h3>{t(Key::GuideOutcomeMetrics)}</h3>{bullets(s.outcome_metrics)}</div>
                    </div>
                    <p>{tx(s.metrics_note)}</p>
                },
            )}
            {guide_section(
                Section::Today,
                tx(s.today_title),
                view! {
                    <p>{tx(s.today_text)}</p>
                    <blockquote class="question"><p class="question__label">{t(Key::GuideTheQuestion)}</p><p>{tx(s.question)}</p></blockquote>
                    <Checklist items=s.today/>
                },
            )}
            <OtherGroups current=GuidePage::Seo/>
        </div>
    }
}

/// Links to the other group pages.
#[component]
fn OtherGroups(current: GuidePage) -> impl IntoView {
    let i18n = use_i18n();
    let links = GuidePage::groups()
        .filter(|p| *p != current)
        .filter_map(|p| Some((p, p.name()?)))
        .map(|(p, name)| view! { <li><A href=guide_href(p, None)>{tx(name)}</A></li> })
        .collect_view();
    view! {
        <nav class="other-groups no-print" aria-label=move || i18n.t(Key::GuideOtherGroups)>
            <h2>{move || i18n.t(Key::GuideOtherGroups)}</h2>
            <ul>{links}</ul>
        </nav>
    }
}

//! The guide's kit on a page: "this week, first" and the ready-to-send materials, filled in from
//! the company name, the communication schedule and the calculation. Thin views over
//! [`crate::domain::guide::kit`].

use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_location;

use super::checklist::{ChecklistProgress, TickItem, Ticks};
use super::literacy::LiteracyRecord;
use super::policy::{policy_choices, PolicyComposer};
use super::{guide_section, tx};
use crate::domain::guide::company_size;
use crate::domain::guide::kit::{
    self, company_name, group, page_of, phase_now, this_week, Facts, Figures, Material, PhaseNow, PlanFacts,
    COMPANY_MAX_CHARS,
};
use crate::domain::guide::policy::{self, PolicyChoices};
use crate::domain::guide::{GuidePage, Section, GUIDE};
use crate::domain::i18n::{date_long, text, text_with, Key, Lang};
use crate::domain::phase::Phase;
use crate::domain::roi::calculator::headline_index;
use crate::domain::roi::{Inputs, Scenario};
use crate::domain::schedule::PlanInputs;
use crate::domain::web::page::Page;
use crate::domain::web::storage::COMPANY;
use crate::ui::browser;
use crate::ui::i18n::use_i18n;
use crate::ui::state::use_calc;
use crate::ui::stored::stored_value;

/// The material the AI-literacy record goes with.
const LITERACY_MATERIAL_ID: &str = "literacy-plan";

/// The reader's own schedule, or `None` while it is still the default one.
fn own_plan() -> Memo<Option<PlanInputs>> {
    let calc = use_calc();
    Memo::new(move |_| calc.plan.with(|p| (*p != PlanInputs::default()).then_some(*p)))
}

/// A link to a material on its page, in the current language.
pub fn material_href(m: &'static Material, lang: Lang) -> String {
    crate::ui::i18n::localized_href(&page_of(m).path(lang), lang, Some(&kit::anchor(m.id, lang)))
}

/// Whether the reader's company is small (one director, no middle layer): the board's page then
/// carries the managers' tasks too.
pub fn small_company() -> Memo<bool> {
    let calc = use_calc();
    Memo::new(move |_| calc.settled.with(|i| calc.plan.with(|p| company_size::is_small(i, p))))
}

/// "This week, first": what the page's group does in the phase it is in, counted from the
/// schedule's start when there is one; the reader can look at the other phases too.
#[component]
pub fn ThisWeek(page: GuidePage) -> impl IntoView {
    let i18n = use_i18n();
    let plan = own_plan();
    let today = browser::today();
    let now = Memo::new(move |_| plan.get().map(|p| phase_now(&p, group(page), today.unwrap_or(p.start))));
    let chosen = RwSignal::new(None::<Phase>);
    let shown = move || {
        chosen
            .get()
            .or_else(|| now.get().map(|n| n.phase))
            .unwrap_or(Phase::Awareness)
    };
    let phase_name = |phase: Phase| GUIDE.phase(phase).map(|p| p.name);
    let status = move || {
        let lang = i18n.lang();
        match now.get() {
            None => text(Key::KitWeekNoPlan, lang).to_string(),
            Some(PhaseNow { week: None, starts, .. }) => {
                text_with(Key::KitWeekBefore, lang, &[("date", &date_long(starts, lang))])
            }
            Some(PhaseNow {
                week: Some(week),
                phase,
                ..
            }) => text_with(
                Key::KitWeekIn,
                lang,
                &[
                    ("week", &week.to_string()),
                    (
                        "phase",
                        &phase_name(phase)
                            .map(|n| n.get(lang).to_lowercase())
                            .unwrap_or_default(),
                    ),
                ],
            ),
        }
    };
    let small = small_company();
    let merged = Signal::derive(move || page == GuidePage::Role(0) && small.get());
    let ticks = Ticks::new();
    let shown = Signal::derive(shown);
    guide_section(
        Section::ThisWeek,
        move || i18n.t(Key::GuideSectionThisWeek),
        view! {
            <div class="this-week">
                <p class="this-week__status" id="this-week-status">{status}</p>
                <SmallCompanyNote page=page small=small.into()/>
                <PhasePicker now=now shown=shown chosen=chosen/>
                <h3 class="this-week__heading">
                    {move || i18n.t(Key::KitWeekHeading)}": "
                    {move || phase_name(shown.get()).map(|n| n.get(i18n.lang())).unwrap_or_default()}
                </h3>
                <WeekItems page=page shown=shown merged=merged ticks=ticks/>
                <Show when=move || merged.get()>
                    <ChecklistProgress items=company_size::today_items() ticks=ticks/>
                </Show>
            </div>
        },
    )
}

/// One button per phase, the current one marked "now"; the one pressed is the phase shown.
#[component]
fn PhasePicker(now: Memo<Option<PhaseNow>>, shown: Signal<Phase>, chosen: RwSignal<Option<Phase>>) -> impl IntoView {
    let i18n = use_i18n();
    let buttons = Phase::ALL
        .into_iter()
        .zip(GUIDE.phases)
        .map(|(phase, info)| {
            let weeks = move || info.weeks_text(i18n.lang());
            let is_now = move || now.get().is_some_and(|n| n.phase == phase);
            view! {
                <li>
                    <button
                        type="button"
                        class="this-week__phase"
                        aria-pressed=move || (shown.get() == phase).to_string()
                        on:click=move |_| chosen.set(Some(phase))
                    >
                        <span class="this-week__name">{tx(info.name)}</span>
                        <span class="this-week__weeks">{weeks}</span>
                        <Show when=is_now>
                            <span class="badge">{move || i18n.t(Key::KitWeekNow)}</span>
                        </Show>
                    </button>
                </li>
            }
        })
        .collect_view();
    view! { <ul class="this-week__phases no-print" aria-label=move || i18n.t(Key::KitWeekPhaseLabel)>{buttons}</ul> }
}

/// What the page's group does in the phase shown, with links to the materials; for a small
/// company's director the managers' tasks too, and today's checklist.
#[component]
fn WeekItems(page: GuidePage, shown: Signal<Phase>, merged: Signal<bool>, ticks: Ticks) -> impl IntoView {
    let i18n = use_i18n();
    let items = move || {
        let lang_items: Vec<&'static kit::WeekItem> = if merged.get() {
            company_size::week_items(shown.get())
        } else {
            this_week(page, shown.get()).iter().collect()
        };
        lang_items
            .into_iter()
            .map(|item| {
                let link = item.material.and_then(kit::material).map(|m| {
                    let anchor_of = move || kit::anchor(m.id, i18n.lang());
                    view! {
                        " "
                        <A
                            href=move || material_href(m, i18n.lang())
                            on:click=move |_| browser::open_details(&anchor_of())
                        >
                            {move || text_with(Key::KitWeekMaterial, i18n.lang(), &[("title", m.title.get(i18n.lang()))])}
                        </A>
                    }
                });
                view! { <li>{tx(item.text)}{link}</li> }
            })
            .collect_view()
    };
    let today = move || {
        merged.get().then(|| {
            company_size::today_items()
                .into_iter()
                .map(|item| view! { <TickItem item=item ticks=ticks/> })
                .collect_view()
        })
    };
    view! { <ul class="this-week__items">{items}{today}</ul> }
}

/// On a small company's board and managers' pages: who does what when one person is both.
#[component]
fn SmallCompanyNote(page: GuidePage, small: Signal<bool>) -> impl IntoView {
    let i18n = use_i18n();
    move || {
        let lang = i18n.lang();
        match page {
            GuidePage::Role(0) if small.get() => Some(view! { <p class="notice" id="small-company">{text(Key::KitSmallBoard, lang)}</p> }.into_any()),
            GuidePage::Role(1) if small.get() => Some(
                view! {
                    <p class="notice" id="small-company">
                        {text(Key::KitSmallManagers, lang)}" "
                        <A href=move || crate::ui::i18n::localized_href(&GuidePage::Role(0).path(i18n.lang()), i18n.lang(), None)>
                            {move || i18n.t(Key::KitSmallBoardLink)}
                        </A>
                    </p>
                }
                .into_any(),
            ),
            _ => None,
        }
    }
}

/// The company name as typed, kept in this browser and followed across tabs.
fn company_signal() -> (RwSignal<String>, RwSignal<bool>) {
    // Whatever is stored, the field shows no more than a name can hold.
    let typed = stored_value(COMPANY, |stored| {
        stored
            .map(|s| s.chars().take(COMPANY_MAX_CHARS).collect())
            .unwrap_or_default()
    });
    (typed, RwSignal::new(false))
}

/// Everything the materials are filled in with, as the reader has entered it.
fn facts(company: Memo<Option<String>>, policy: RwSignal<PolicyChoices>) -> Memo<Facts> {
    let calc = use_calc();
    let plan = own_plan();
    let today = browser::today();
    let plan_facts = Memo::new(move |_| plan.get().map(|p| PlanFacts::new(&p, today.unwrap_or(p.start))));
    let own_figures = Memo::new(move |_| calc.settled.with(|i| *i != Inputs::default()));
    let figures = Memo::new(move |_| {
        if !own_figures.get() {
            return None;
        }
        let (payback, roi) = calc.headline.with(|h| {
            (
                h.payback[headline_index(Scenario::Expected)],
                h.roi[headline_index(Scenario::Board)],
            )
        });
        Some(Figures {
            payback_month: payback,
            board_roi: roi,
            horizon: calc.effective.with(Inputs::horizon),
            start: calc.plan.with(|p| (p.start.year, p.start.month)),
        })
    });
    Memo::new(move |_| Facts {
        company: company.get(),
        plan: plan_facts.get(),
        figures: figures.get(),
        policy: policy.get(),
    })
}

/// The company name field and where the filled-in values come from.
#[component]
fn KitSettings(typed: RwSignal<String>, not_kept: RwSignal<bool>, facts: Memo<Facts>) -> impl IntoView {
    let i18n = use_i18n();
    let plan_status = move || {
        let lang = i18n.lang();
        facts.with(|f| match &f.plan {
            Some(p) => text_with(Key::KitPlanYes, lang, &[("date", &date_long(p.start, lang))]),
            None => text(Key::KitPlanNo, lang).to_string(),
        })
    };
    let figures_status = move || {
        let lang = i18n.lang();
        facts.with(|f| match f.figures {
            Some(fig) => {
                let payback = fig.payback_month.map_or_else(
                    || text_with(Key::KitNoPayback, lang, &[("months", &fig.horizon.to_string())]),
                    |m| {
                        text_with(
                            Key::KitPaidBack,
                            lang,
                            &[("when", &kit::payback_text(m, fig.start, lang))],
                        )
                    },
                );
                let roi = fig.board_roi.map_or_else(
                    || "—".to_string(),
                    |r| crate::domain::format::number::format_percent(r, 0, lang),
                );
                text_with(Key::KitFiguresYes, lang, &[("payback", &payback), ("roi", &roi)])
            }
            None => text(Key::KitFiguresNo, lang).to_string(),
        })
    };
    view! {
        <div class="kit-settings no-print">
            <div class="field">
                <label for="kit-company">{move || i18n.t(Key::KitCompanyLabel)}</label>
                <input
                    id="kit-company"
                    type="text"
                    autocomplete="organization"
                    maxlength=COMPANY_MAX_CHARS.to_string()
                    aria-describedby="kit-company-hint"
                    prop:value=move || typed.get()
                    on:input=move |ev| {
                        let value = event_target_value(&ev);
                        not_kept.set(!browser::storage_set(COMPANY, &value));
                        typed.set(value);
                    }
                />
                <p class="note" id="kit-company-hint">{move || i18n.t(Key::KitCompanyHint)}</p>
                <Show when=move || not_kept.get()>
                    <p class="notice notice--warning" role="status">{move || i18n.t(Key::KitCompanyNotKept)}</p>
                </Show>
            </div>
            <ul class="kit-sources">
                <li id="kit-plan-status">
                    {plan_status}" "
                    <A href=move || i18n.href(Page::Planning)>{move || i18n.t(Key::KitPlanLink)}</A>
                </li>
                <li id="kit-figures-status">
                    {figures_status}" "
                    <A href=move || i18n.href(Page::Roi)>{move || i18n.t(Key::KitFiguresLink)}</A>
                </li>
            </ul>
        </div>
    }
}

/// One material: what it is for, the filled-in text, and copy, download and print.
#[component]
fn MaterialCard(material: &'static Material, facts: Memo<Facts>, policy: RwSignal<PolicyChoices>) -> impl IntoView {
    let i18n = use_i18n();
    let m = material;
    let blocks = Memo::new(move |_| {
        facts.with(|f| {
            let lang = i18n.lang();
            kit::fill(m.body.get(lang), lang, f)
        })
    });
    let plain = move || blocks.with(|b| kit::plain_text(b));
    let status = RwSignal::new(None::<Key>);
    let anchor = move || kit::anchor(m.id, i18n.lang());
    let title_id = format!("kit-title-{}", m.id);
    let text_id = format!("kit-text-{}", m.id);
    let copy = move |_| {
        let text = plain();
        leptos::task::spawn_local(async move {
            let ok = browser::copy_text(text).await;
            status.set(Some(if ok { Key::KitCopied } else { Key::KitCopyFailed }));
        });
    };
    let download = move |_| {
        let lang = i18n.lang();
        // A byte-order mark, so that older editors read the file as UTF-8.
        let contents = format!("\u{feff}{}", plain());
        let ok = browser::download(&kit::file_name(m, lang), "text/plain;charset=utf-8", &contents);
        status.set((!ok).then_some(Key::KitDownloadFailed));
    };
    let print = move |_| {
        status.set(None);
        browser::print_only(&anchor());
    };
    let action_label = move |action: Key| {
        move || {
            let lang = i18n.lang();
            text_with(
                Key::KitActionLabel,
                lang,
                &[("title", m.title.get(lang)), ("action", text(action, lang))],
            )
        }
    };
    view! {
        <details class="kit-material" id=anchor data-material=m.id>
            <summary>
                <h3 id=title_id.clone()>{tx(m.title)}</h3>
                <span class="kit-material__audience">{tx(m.audience)}</span>
            </summary>
            <p class="kit-material__when"><strong>{move || i18n.t(Key::KitMetaWhen)}":"</strong>" " {tx(m.when)}</p>
            {(m.id == policy::MATERIAL_ID).then(|| view! { <PolicyComposer choices=policy/> })}
            // The domain writes the filled-in text as escaped HTML: one string, not a view per block.
            <div class="kit-material__text" id=text_id aria-labelledby=title_id inner_html=move || blocks.with(|b| kit::html(b))></div>
            <p class="kit-material__tip no-print"><strong>{move || i18n.t(Key::KitTip)}</strong>" " {tx(m.tip)}</p>
            <div class="actions no-print">
                <button type="button" class="button" data-action="copy" aria-label=action_label(Key::KitCopy) on:click=copy>
                    {move || i18n.t(Key::KitCopy)}
                </button>
                <button type="button" class="button button--secondary" data-action="download" aria-label=action_label(Key::KitDownload) on:click=download>
                    {move || i18n.t(Key::KitDownload)}
                </button>
                <button type="button" class="button button--secondary" data-action="print" aria-label=action_label(Key::KitPrint) on:click=print>
                    {move || i18n.t(Key::KitPrint)}
                </button>
            </div>
            <p class="note kit-material__status no-print" role="status">
                {move || status.get().map(|k| i18n.t(k))}
            </p>
            {(m.id == LITERACY_MATERIAL_ID).then(|| view! { <LiteracyRecord/> })}
        </details>
    }
}

/// The materials of `page` with the company field; on the overview it is the measurement kit.
#[component]
pub fn Kit(page: GuidePage) -> impl IntoView {
    let i18n = use_i18n();
    let (typed, not_kept) = company_signal();
    let company = Memo::new(move |_| typed.with(|t| company_name(t)));
    let policy = policy_choices();
    let facts = facts(company, policy);
    // A link to a material (`#materiaal-kickoff`) opens it.
    let location = use_location();
    Effect::new(move |_| {
        let hash = location.hash.get();
        if let Some(m) = kit::from_anchor(hash.trim_start_matches('#')) {
            let id = kit::anchor(m.id, untrack(|| i18n.lang()));
            crate::ui::takeover::after(move || request_animation_frame(move || browser::open_details(&id)));
        }
    });
    let (section, title, intro) = if page == GuidePage::Overview {
        (Section::Measure, Key::GuideSectionMeasure, Key::KitMeasureIntro)
    } else {
        (Section::Kit, Key::GuideSectionKit, Key::KitIntro)
    };
    let cards = kit::materials(page)
        .map(|m| view! { <MaterialCard material=m facts=facts policy=policy/> })
        .collect_view();
    guide_section(
        section,
        move || i18n.t(title),
        view! {
            <div class="kit">
                <p class="no-print">{move || i18n.t(intro)}</p>
                <KitSettings typed=typed not_kept=not_kept facts=facts/>
                <div class="kit-materials">{cards}</div>
            </div>
        },
    )
}

//! Keep, compare and share: copy link, CSV, print, reset, and named scenarios in localStorage.

use leptos::prelude::*;

use super::state::{use_calc, Calc};
use crate::domain::calculator::{money, payback_text, roi_text};
use crate::domain::csv::month_table;
use crate::domain::i18n::{text, text_with, Key};
use crate::domain::roi::{evaluate, Summary};
use crate::domain::scenario_store::{clean_name, load, save, SavedScenario};
use crate::domain::share::{encode, SharedState};
use crate::ui::browser;
use crate::ui::i18n::use_i18n;

pub use crate::domain::storage::{QUARANTINE as QUARANTINE_KEY, SCENARIOS as SCENARIOS_KEY};

/// The share link for the current state, in the current language.
pub fn share_url(calc: Calc, lang_code: &str) -> String {
    format!(
        "{}?lang={}&s={}",
        browser::origin_and_path(),
        lang_code,
        encode(&calc.snapshot())
    )
}

/// Copy link, CSV download, print and reset.
#[component]
pub fn ShareActions() -> impl IntoView {
    let i18n = use_i18n();
    let calc = use_calc();
    let status = RwSignal::new(None::<Key>);
    let link = move || {
        calc.inputs.track();
        calc.view.track();
        share_url(calc, i18n.lang().code())
    };
    let copy = move |_| {
        let url = share_url(calc, i18n.lang().code());
        leptos::task::spawn_local(async move {
            let ok = browser::copy_text(url).await;
            status.set(Some(if ok { Key::LinkCopied } else { Key::LinkCopyFailed }));
        });
    };
    let csv = move |_| {
        let lang = i18n.lang();
        let contents = calc
            .shown
            .with(|e| month_table(&e.rows, calc.effective.with_untracked(|i| i.start), lang));
        let name = if lang.code() == "nl" {
            "ai-adoptie-maanden.csv"
        } else {
            "ai-adoption-months.csv"
        };
        browser::download(name, "text/csv;charset=utf-8", &contents);
    };
    view! {
        <div class="actions">
            <button type="button" class="button" on:click=copy>{move || i18n.t(Key::CopyLink)}</button>
            <button type="button" class="button button--secondary" on:click=csv>{move || i18n.t(Key::DownloadCsv)}</button>
            <button type="button" class="button button--secondary" on:click=move |_| browser::print()>{move || i18n.t(Key::PrintSummary)}</button>
            <button type="button" class="button button--secondary" on:click=move |_| calc.replace(SharedState::default())>
                {move || i18n.t(Key::ResetDefaults)}
            </button>
        </div>
        <p class="notice" role="status" hidden=move || status.get().is_none()>{move || status.get().map(|k| i18n.t(k))}</p>
        <div class="field share-link">
            <label for="share-link">{move || i18n.t(Key::ShareLinkLabel)}</label>
            <input id="share-link" type="text" readonly prop:value=link on:focus=move |ev| {
                if let Some(input) = wasm_bindgen::JsCast::dyn_ref::<web_sys::HtmlInputElement>(&event_target::<web_sys::EventTarget>(&ev)) {
                    input.select();
                }
            }/>
        </div>
    }
}

/// Reads the saved scenarios, moving unreadable items aside (never deleting them).
fn read_saved() -> (Vec<SavedScenario>, usize) {
    let Some(text) = browser::storage_get(SCENARIOS_KEY) else {
        return (Vec::new(), 0);
    };
    let loaded = load(&text);
    if !loaded.corrupt.is_empty() {
        let mut aside = browser::storage_get(QUARANTINE_KEY).unwrap_or_default();
        for item in &loaded.corrupt {
            if !aside.is_empty() {
                aside.push('\n');
            }
            aside.push_str(item);
        }
        if browser::storage_set(QUARANTINE_KEY, &aside) {
            browser::storage_set(SCENARIOS_KEY, &save(&loaded.scenarios));
        }
    }
    (loaded.scenarios, loaded.corrupt.len())
}

/// Save under a name, list, open, rename, delete and compare saved scenarios.
#[component]
pub fn SavedScenarios() -> impl IntoView {
    let i18n = use_i18n();
    let calc = use_calc();
    let (initial, corrupt) = read_saved();
    let saved = RwSignal::new(initial);
    let selected = RwSignal::new(Vec::<usize>::new());
    let name = RwSignal::new(String::new());
    let message = RwSignal::new(None::<String>);
    let renaming = RwSignal::new(None::<(usize, String)>);

    let persist = move |list: Vec<SavedScenario>| {
        let ok = browser::storage_set(SCENARIOS_KEY, &save(&list));
        if ok {
            saved.set(list);
        }
        ok
    };
    let on_save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let lang = i18n.lang();
        let clean = clean_name(&name.get_untracked());
        if clean.is_empty() {
            message.set(Some(text(Key::SaveNameRequired, lang).to_string()));
            return;
        }
        let mut list = saved.get_untracked();
        let entry = SavedScenario {
            name: clean.clone(),
            state: calc.snapshot(),
        };
        match list.iter().position(|s| s.name == clean) {
            Some(i) => list[i] = entry,
            None => list.push(entry),
        }
        let ok = persist(list);
        message.set(Some(if ok {
            text_with(Key::SavedMessage, lang, &[("name", &clean)])
        } else {
            text(Key::SaveFailed, lang).to_string()
        }));
        if ok {
            name.set(String::new());
        }
    };
    let remove = move |index: usize| {
        let mut list = saved.get_untracked();
        if index < list.len() {
            list.remove(index);
            persist(list);
            selected.update(|s| {
                s.retain(|i| *i != index);
                s.iter_mut().filter(|i| **i > index).for_each(|i| *i -= 1);
            });
        }
    };
    let list = move || {
        saved
            .get()
            .into_iter()
            .enumerate()
            .map(|(index, scenario)| {
                let check_id = format!("compare-{index}");
                let is_renaming = move || renaming.with(|r| r.as_ref().is_some_and(|(i, _)| *i == index));
                let state = scenario.state.clone();
                view! {
                    <li class="saved-item">
                        <input
                            type="checkbox"
                            id=check_id.clone()
                            prop:checked=move || selected.with(|s| s.contains(&index))
                            prop:disabled=move || selected.with(|s| s.len() >= 4 && !s.contains(&index))
                            on:change=move |ev| {
                                let on = event_target_checked(&ev);
                                selected.update(|s| {
                                    s.retain(|i| *i != index);
                                    if on { s.push(index) }
                                });
                            }
                        />
                        <label for=check_id class="saved-item__name">
                            <span class="visually-hidden">{move || i18n.t(Key::CompareSelect)} ": "</span>
                            {scenario.name.clone()}
                        </label>
                        <Show when=is_renaming>
                            <form class="rename" on:submit=move |ev| {
                                ev.prevent_default();
                                if let Some((i, new_name)) = renaming.get_untracked() {
                                    let clean = clean_name(&new_name);
                                    if !clean.is_empty() {
                                        let mut list = saved.get_untracked();
                                        if let Some(s) = list.get_mut(i) { s.name = clean; }
                                        persist(list);
                                    }
                                }
                                renaming.set(None);
                            }>
                                <label class="visually-hidden" for=format!("rename-{index}")>{move || i18n.t(Key::SaveNameLabel)}</label>
                                <input id=format!("rename-{index}") type="text" maxlength="80"
                                    prop:value=move || renaming.with(|r| r.as_ref().map(|(_, n)| n.clone()).unwrap_or_default())
                                    on:input=move |ev| renaming.update(|r| if let Some((_, n)) = r { *n = event_target_value(&ev) })/>
                                <button type="submit" class="button button--secondary">{move || i18n.t(Key::RenameSave)}</button>
                            </form>
                        </Show>
                        <div class="saved-item__actions">
                            <button type="button" class="button button--secondary" on:click=move |_| calc.replace(state.clone())>
                                {move || i18n.t(Key::LoadButton)}
                            </button>
                            <button type="button" class="button button--secondary" on:click={
                                let n = scenario.name.clone();
                                move |_| renaming.set(Some((index, n.clone())))
                            }>
                                {move || i18n.t(Key::RenameButton)}
                            </button>
                            <button type="button" class="button button--secondary" on:click=move |_| remove(index)>
                                {move || i18n.t(Key::DeleteButton)}
                            </button>
                        </div>
                    </li>
                }
            })
            .collect_view()
    };
    view! {
        <section class="saved" aria-labelledby="saved-heading">
            <h3>{move || i18n.t(Key::SaveHeading)}</h3>
            <form class="save-form" on:submit=on_save>
                <div class="field">
                    <label for="save-name">{move || i18n.t(Key::SaveNameLabel)}</label>
                    <input id="save-name" type="text" maxlength="80" prop:value=move || name.get() on:input=move |ev| name.set(event_target_value(&ev))/>
                </div>
                <button type="submit" class="button">{move || i18n.t(Key::SaveButton)}</button>
            </form>
            <p class="notice" role="status" hidden=move || message.get().is_none()>{move || message.get()}</p>
            {(corrupt > 0).then(|| view! {
                <p class="notice notice--warning" role="status">
                    {move || text_with(Key::SavedCorrupt, i18n.lang(), &[("count", &corrupt.to_string())])}
                </p>
            })}
            <h3 id="saved-heading">{move || i18n.t(Key::SavedHeading)}</h3>
            <Show when=move || saved.with(|s| !s.is_empty()) fallback=move || view! { <p class="note">{move || i18n.t(Key::SavedEmpty)}</p> }>
                <p class="note">{move || i18n.t(Key::CompareHint)}</p>
                <ul class="saved-list">{list}</ul>
            </Show>
            <Comparison saved=saved selected=selected/>
        </section>
    }
}

/// Two to four saved scenarios side by side.
#[component]
fn Comparison(saved: RwSignal<Vec<SavedScenario>>, selected: RwSignal<Vec<usize>>) -> impl IntoView {
    let i18n = use_i18n();
    let chosen = Memo::new(move |_| {
        let list = saved.get();
        selected
            .get()
            .into_iter()
            .filter_map(|i| list.get(i).cloned())
            .collect::<Vec<_>>()
    });
    let table = move || {
        let lang = i18n.lang();
        let columns: Vec<(SavedScenario, Summary)> = chosen
            .get()
            .into_iter()
            .map(|s| {
                let summary = evaluate(&s.state.plan.apply(&s.state.inputs)).summary;
                (s, summary)
            })
            .collect();
        let row = |label: Key, cell: &dyn Fn(&SavedScenario, &Summary) -> String| {
            view! {
                <tr>
                    <th scope="row">{text(label, lang)}</th>
                    {columns.iter().map(|(s, sum)| view! { <td>{cell(s, sum)}</td> }).collect_view()}
                </tr>
            }
        };
        view! {
            <div class="table-scroll" tabindex="0" role="region" aria-labelledby="compare-heading">
                <table class="compare">
                    <thead>
                        <tr>
                            <th scope="col">{text(Key::CompareMetric, lang)}</th>
                            {columns.iter().map(|(s, _)| view! { <th scope="col">{s.name.clone()}</th> }).collect_view()}
                        </tr>
                    </thead>
                    <tbody>
                        {row(Key::CardRoi, &|_, s| roi_text(s.roi_percent, lang))}
                        {row(Key::CardNpv, &|c, s| money(s.npv, &c.state.inputs, lang))}
                        {row(Key::CardPayback, &|c, s| payback_text(s.payback_month, c.state.inputs.horizon(), lang))}
                        {row(Key::CompareTotalBenefits, &|c, s| money(s.total_benefits, &c.state.inputs, lang))}
                        {row(Key::CompareTotalCosts, &|c, s| money(s.total_costs, &c.state.inputs, lang))}
                    </tbody>
                </table>
            </div>
        }
    };
    view! {
        <Show when=move || (2..=4).contains(&chosen.with(Vec::len))>
            <h3 id="compare-heading">{move || i18n.t(Key::CompareHeading)}</h3>
            {table}
        </Show>
    }
}

/// Says that the opening link was partly unreadable (shown on `/roi` and `/planning`).
#[component]
pub fn LinkProblems(count: usize, upgraded: bool) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        {(count > 0).then(|| view! {
            <p class="notice notice--warning" role="status" id="link-problems">
                {move || text_with(Key::LinkProblems, i18n.lang(), &[("count", &count.to_string())])}
            </p>
        })}
        {upgraded.then(|| view! {
            <p class="notice" role="status" id="link-upgraded">{move || i18n.t(Key::LinkUpgraded)}</p>
        })}
    }
}

//! Named scenarios kept in this browser: save, list, open, rename, delete and compare.

use leptos::prelude::*;

use crate::domain::i18n::{text, text_with, Key, Lang};
use crate::domain::roi::calculator::{differing_fields, field_label, money, payback_text, roi_text, value_text};
use crate::domain::roi::{evaluate, Summary};
use crate::domain::web::saved::{clean_name, new_id, Change, SavedScenario, Store};
use crate::domain::web::share::{encode, SharedState, PARAM};
use crate::domain::web::storage::{QUARANTINE as QUARANTINE_KEY, SCENARIOS as SCENARIOS_KEY};
use crate::ui::browser;
use crate::ui::i18n::use_i18n;
use crate::ui::state::use_calc;

/// The saved scenarios and their quarantine as stored right now.
fn read_store() -> Store {
    Store::read(
        browser::storage_get(SCENARIOS_KEY).as_deref(),
        browser::storage_get(QUARANTINE_KEY).as_deref(),
    )
}

/// Writes the store back: the quarantine first, so a failure never loses an unreadable line.
fn write_store(store: &Store) -> bool {
    let aside_ok = (store.aside.is_empty() && browser::storage_get(QUARANTINE_KEY).is_none())
        || browser::storage_set(QUARANTINE_KEY, &store.aside_text());
    aside_ok && browser::storage_set(SCENARIOS_KEY, &store.scenarios_text())
}

/// A fresh scenario id.
fn fresh_id() -> String {
    let random = (js_sys::Math::random() * 9_007_199_254_740_992.0) as u64;
    new_id(random ^ (js_sys::Date::now() as u64).rotate_left(32))
}

/// What the saved-scenario parts share: the list as stored, what is ticked for comparison, the
/// message shown, the scenario last deleted (while it can be brought back) and the one being
/// renamed. Cheap to copy into closures.
#[derive(Clone, Copy)]
struct Shelf {
    saved: RwSignal<Vec<SavedScenario>>,
    corrupt: RwSignal<usize>,
    selected: RwSignal<Vec<String>>,
    message: RwSignal<Option<String>>,
    deleted: RwSignal<Option<SavedScenario>>,
    renaming: RwSignal<Option<(String, String)>>,
    open: Callback<SharedState>,
}

impl Shelf {
    /// Applies a change to the scenarios as stored right now; `Err` when storage is full or
    /// switched off (what is on screen, the calculator included, stays as it is).
    fn change(self, c: Change) -> Result<Option<String>, ()> {
        let mut store = read_store();
        self.corrupt.update(|n| *n += store.newly_aside);
        let outcome = store.apply(c);
        if write_store(&store) {
            self.saved.set(store.scenarios);
            Ok(outcome)
        } else {
            Err(())
        }
    }

    /// Shows `key`'s message in `lang`, with `name` filled in.
    fn say(self, key: Key, lang: Lang, name: &str) {
        self.message.set(Some(text_with(key, lang, &[("name", name)])));
    }

    /// Says that storing failed.
    fn failed(self, lang: Lang) {
        self.message.set(Some(text(Key::SaveFailed, lang).to_string()));
    }
}

/// Save under a name, list, open, rename, delete and compare saved scenarios. Every change is
/// applied to what is stored at that moment and the list follows changes made in other tabs, so
/// several tabs never lose each other's scenarios.
#[component]
pub fn SavedScenarios() -> impl IntoView {
    let i18n = use_i18n();
    let calc = use_calc();
    let first = read_store();
    if first.dirty {
        write_store(&first);
    }
    // Loading a saved scenario is a step of its own: Back returns to what was shown before. The
    // address leads (see `ScenarioSync`); in a host page's section the address is the host's.
    let in_section = crate::ui::embed::use_host().in_section();
    let push = crate::ui::i18n::use_query_param_pusher();
    let shelf = Shelf {
        saved: RwSignal::new(first.scenarios),
        corrupt: RwSignal::new(first.newly_aside),
        selected: RwSignal::new(Vec::new()),
        message: RwSignal::new(None),
        deleted: RwSignal::new(None),
        renaming: RwSignal::new(None),
        open: Callback::new(move |state: SharedState| {
            if in_section {
                calc.replace(state);
            } else {
                push(PARAM, &encode(&state));
            }
        }),
    };
    let Shelf { saved, corrupt, .. } = shelf;

    // Another tab changed the scenarios: show what is stored now.
    let listener = window_event_listener(leptos::ev::storage, move |ev: web_sys::StorageEvent| {
        if ev.key().is_none_or(|k| k == SCENARIOS_KEY || k == QUARANTINE_KEY) {
            saved.set(read_store().scenarios);
        }
    });
    on_cleanup(move || listener.remove());

    view! {
        <section class="saved" aria-labelledby="saved-heading">
            <h3>{move || i18n.t(Key::SaveHeading)}</h3>
            <SaveForm shelf=shelf/>
            <ShelfNotice shelf=shelf/>
            <Show when=move || { corrupt.get() > 0 }>
                <p class="notice notice--warning" role="status">
                    {move || text_with(Key::SavedCorrupt, i18n.lang(), &[("count", &corrupt.get().to_string())])}
                </p>
            </Show>
            <h3 id="saved-heading">{move || i18n.t(Key::SavedHeading)}</h3>
            <Show when=move || saved.with(|s| !s.is_empty()) fallback=move || view! { <p class="note">{move || i18n.t(Key::SavedEmpty)}</p> }>
                <p class="note">{move || i18n.t(Key::CompareHint)}</p>
                <ul class="saved-list">
                    // Keyed by id and name, so a rename shows at once and other items keep their DOM.
                    <For each=move || saved.get() key=|s| (s.id.clone(), s.name.clone()) let(scenario)>
                        <SavedItem shelf=shelf scenario=scenario/>
                    </For>
                </ul>
            </Show>
            <Comparison saved=saved selected=shelf.selected/>
        </section>
    }
}

/// The name field and button that save the calculation shown.
#[component]
fn SaveForm(shelf: Shelf) -> impl IntoView {
    let i18n = use_i18n();
    let calc = use_calc();
    let name = RwSignal::new(String::new());
    let on_save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        shelf.deleted.set(None);
        let lang = i18n.lang();
        let clean = clean_name(&name.get_untracked());
        if clean.is_empty() {
            shelf.message.set(Some(text(Key::SaveNameRequired, lang).to_string()));
            return;
        }
        let save = Change::Save {
            id: fresh_id(),
            name: clean,
            state: Box::new(calc.snapshot()),
        };
        match shelf.change(save) {
            Ok(Some(used)) => {
                shelf.say(Key::SavedMessage, lang, &used);
                name.set(String::new());
            }
            _ => shelf.failed(lang),
        }
    };
    view! {
        <form class="save-form" on:submit=on_save>
            <div class="field">
                <label for="save-name">{move || i18n.t(Key::SaveNameLabel)}</label>
                <input id="save-name" type="text" maxlength="80" prop:value=move || name.get() on:input=move |ev| name.set(event_target_value(&ev))/>
            </div>
            <button type="submit" class="button">{move || i18n.t(Key::SaveButton)}</button>
        </form>
    }
}

/// What the last action did, with a way to bring back a deleted scenario.
#[component]
fn ShelfNotice(shelf: Shelf) -> impl IntoView {
    let i18n = use_i18n();
    let Shelf { message, deleted, .. } = shelf;
    let undo = move |_| {
        if let Some(s) = deleted.get_untracked() {
            let lang = i18n.lang();
            let back = Change::Save {
                id: s.id,
                name: s.name.clone(),
                state: Box::new(s.state),
            };
            match shelf.change(back) {
                Ok(_) => shelf.say(Key::SavedMessage, lang, &s.name),
                Err(()) => shelf.failed(lang),
            }
        }
        deleted.set(None);
    };
    view! {
        <p class="notice" role="status" hidden=move || message.get().is_none()>
            {move || message.get()}
            {move || deleted.with(Option::is_some).then(|| view! {
                " "<button type="button" class="button button--small button--secondary" on:click=undo>{i18n.t(Key::Undo)}</button>
            })}
        </p>
    }
}

/// One saved scenario: its tick for comparison, its name (or the field renaming it) and its
/// actions.
#[component]
fn SavedItem(shelf: Shelf, scenario: SavedScenario) -> impl IntoView {
    let i18n = use_i18n();
    let Shelf { selected, renaming, .. } = shelf;
    let id = scenario.id.clone();
    let check_id = format!("compare-{id}");
    let is_renaming = {
        let id = id.clone();
        move || renaming.with(|r| r.as_ref().is_some_and(|(i, _)| *i == id))
    };
    let (for_check, for_toggle, for_disabled) = (id.clone(), id.clone(), id.clone());
    let (for_rename, for_delete) = (id.clone(), id.clone());
    let state = scenario.state.clone();
    let current_name = scenario.name.clone();
    let whole = scenario.clone();
    let delete = move |_| {
        let lang = i18n.lang();
        if shelf.change(Change::Delete { id: for_delete.clone() }).is_err() {
            shelf.failed(lang);
        } else {
            shelf.say(Key::SavedDeleted, lang, &whole.name);
            shelf.deleted.set(Some(whole.clone()));
        }
    };
    view! {
        <li class="saved-item">
            <input
                type="checkbox"
                id=check_id.clone()
                prop:checked=move || selected.with(|s| s.contains(&for_check))
                prop:disabled=move || selected.with(|s| s.len() >= 4 && !s.contains(&for_disabled))
                on:change=move |ev| {
                    let on = event_target_checked(&ev);
                    selected.update(|s| {
                        s.retain(|i| *i != for_toggle);
                        if on { s.push(for_toggle.clone()) }
                    });
                }
            />
            <label for=check_id class="saved-item__name">
                <span class="visually-hidden">{move || i18n.t(Key::CompareSelect)} ": "</span>
                {scenario.name.clone()}
            </label>
            <Show when=is_renaming>
                <RenameForm shelf=shelf id=id.clone()/>
            </Show>
            <div class="saved-item__actions">
                <button type="button" class="button button--secondary" on:click=move |_| shelf.open.run(state.clone())>
                    {move || i18n.t(Key::LoadButton)}
                </button>
                <button type="button" class="button button--secondary" on:click=move |_| {
                    renaming.set(Some((for_rename.clone(), current_name.clone())))
                }>
                    {move || i18n.t(Key::RenameButton)}
                </button>
                <button type="button" class="button button--secondary" on:click=delete>
                    {move || i18n.t(Key::DeleteButton)}
                </button>
            </div>
        </li>
    }
}

/// The field that gives saved scenario `id` a new name.
#[component]
fn RenameForm(shelf: Shelf, id: String) -> impl IntoView {
    let i18n = use_i18n();
    let renaming = shelf.renaming;
    let field_id = format!("rename-{id}");
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if let Some((id, new_name)) = renaming.get_untracked() {
            let clean = clean_name(&new_name);
            if !clean.is_empty() && shelf.change(Change::Rename { id, name: clean }).is_err() {
                shelf.failed(i18n.lang());
            }
        }
        renaming.set(None);
    };
    view! {
        <form class="rename" on:submit=on_submit>
            <label class="visually-hidden" for=field_id.clone()>{move || i18n.t(Key::SaveNameLabel)}</label>
            <input id=field_id type="text" maxlength="80"
                prop:value=move || renaming.with(|r| r.as_ref().map(|(_, n)| n.clone()).unwrap_or_default())
                on:input=move |ev| renaming.update(|r| if let Some((_, n)) = r { *n = event_target_value(&ev) })/>
            <button type="submit" class="button button--secondary">{move || i18n.t(Key::RenameSave)}</button>
        </form>
    }
}

/// Two to four saved scenarios side by side.
#[component]
fn Comparison(saved: RwSignal<Vec<SavedScenario>>, selected: RwSignal<Vec<String>>) -> impl IntoView {
    let i18n = use_i18n();
    // By id, in the order ticked; a scenario deleted meanwhile (here or in another tab) drops out.
    let chosen = Memo::new(move |_| {
        let list = saved.get();
        selected
            .get()
            .into_iter()
            .filter_map(|id| list.iter().find(|s| s.id == id).cloned())
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
        let all: Vec<_> = columns.iter().map(|(s, _)| s.state.inputs.clone()).collect();
        let differing = differing_fields(&all);
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
                        {row(Key::ComparePvBenefits, &|c, s| money(s.pv_benefits, &c.state.inputs, lang))}
                        {row(Key::ComparePvCosts, &|c, s| money(s.pv_costs, &c.state.inputs, lang))}
                        {row(Key::CompareTotalBenefits, &|c, s| money(s.total_benefits, &c.state.inputs, lang))}
                        {row(Key::CompareTotalCosts, &|c, s| money(s.total_costs, &c.state.inputs, lang))}
                    </tbody>
                    {(!differing.is_empty()).then(|| view! {
                        <tbody class="compare__inputs">
                            <tr>
                                <th scope="rowgroup" colspan={columns.len() + 1}>{text(Key::CompareDifferingInputs, lang)}</th>
                            </tr>
                            {differing.iter().map(|f| {
                                let f = *f;
                                view! {
                                    <tr>
                                        <th scope="row">{field_label(f, lang)}</th>
                                        {columns.iter().map(|(s, _)| view! {
                                            <td>{value_text(f, s.state.inputs.get(f), s.state.inputs.currency, lang)}</td>
                                        }).collect_view()}
                                    </tr>
                                }
                            }).collect_view()}
                        </tbody>
                    })}
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

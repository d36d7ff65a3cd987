//! The AI-literacy record on the board's page: a form to add a session, the sessions so far, and
//! CSV and print. Kept in this browser; every change is applied to what is stored at that moment,
//! so two tabs keep each other's sessions ([`crate::domain::guide::literacy`]).

use leptos::prelude::*;

use crate::domain::guide::literacy::{self, parse_entry, Entry, Record, MAX_ATTENDED, TOPIC_MAX_CHARS};
use crate::domain::i18n::{date_long, text, text_with, Key, Lang};
use crate::domain::schedule::export::group_name;
use crate::domain::schedule::Stakeholder;
use crate::domain::web::storage::{LITERACY, LITERACY_QUARANTINE};
use crate::ui::browser;
use crate::ui::i18n::use_i18n;
use crate::ui::stored::stored_value;

/// Reads the record; lines that cannot be read are moved aside (never dropped) and the rest is
/// written back clean.
fn read(stored: Option<String>) -> Record {
    let record = literacy::decode(stored.as_deref());
    if !record.unreadable.is_empty()
        && browser::storage_append_lines(LITERACY_QUARANTINE, record.unreadable.iter().map(String::as_str))
    {
        browser::storage_set(LITERACY, &literacy::encode(&record.entries));
    }
    record
}

/// A new, unique id for a session: the time in milliseconds and a random part.
fn new_id() -> String {
    let now = js_sys::Date::now() as u64;
    let random = (js_sys::Math::random() * f64::from(u32::MAX)) as u32;
    format!("{now:x}{random:08x}")
}

/// What the record's parts share: the sessions as stored, what the last action did, whether
/// storing failed and the session last removed (while it can be brought back). Cheap to copy.
#[derive(Clone, Copy)]
struct Ledger {
    record: RwSignal<Record>,
    status: RwSignal<Option<String>>,
    not_kept: RwSignal<bool>,
    removed: RwSignal<Option<Entry>>,
}

impl Ledger {
    /// Applies a change to what is stored now, and shows the result.
    fn change(self, apply: &dyn Fn(Option<&str>) -> String) {
        let next = apply(browser::storage_get(LITERACY).as_deref());
        self.not_kept.set(!browser::storage_set(LITERACY, &next));
        self.record.set(literacy::decode(Some(&next)));
    }

    /// Says `key` about `entry` ("… added", "… removed") in `lang`.
    fn say(self, key: Key, entry: &Entry, lang: Lang) {
        let date = date_long(entry.date, lang);
        self.status
            .set(Some(text_with(key, lang, &[("topic", &entry.topic), ("date", &date)])));
    }
}

/// The record with its form, table and actions.
#[component]
pub fn LiteracyRecord() -> impl IntoView {
    let i18n = use_i18n();
    let record = stored_value(LITERACY, read);
    let set_aside = RwSignal::new(record.with_untracked(|r| !r.unreadable.is_empty()));
    let ledger = Ledger {
        record,
        status: RwSignal::new(None),
        not_kept: RwSignal::new(false),
        removed: RwSignal::new(None),
    };
    let Ledger {
        status,
        not_kept,
        removed,
        ..
    } = ledger;
    let undo = move |_| {
        if let Some(entry) = removed.get_untracked() {
            removed.set(None);
            status.set(None);
            ledger.change(&|stored| literacy::add(stored, entry.clone()));
        }
    };
    let download = move |_| {
        let lang = i18n.lang();
        let csv = record.with_untracked(|r| literacy::csv(&r.entries, lang));
        let name = format!("{}.csv", text(Key::LiteracyFile, lang));
        not_kept.set(false);
        if !browser::download(&name, "text/csv;charset=utf-8", &csv) {
            status.set(Some(i18n.t(Key::KitDownloadFailed).to_string()));
        }
    };
    view! {
        <section class="literacy" id="literacy-record" aria-labelledby="literacy-heading">
            <h4 id="literacy-heading">{move || i18n.t(Key::LiteracyHeading)}</h4>
            <p class="no-print">{move || i18n.t(Key::LiteracyIntro)}</p>
            <Show when=move || set_aside.get()>
                <p class="notice notice--warning" role="status">{move || i18n.t(Key::LiteracyUnreadable)}</p>
            </Show>
            <SessionForm ledger=ledger/>
            <p class="note no-print" role="status" id="literacy-status">
                {move || status.get()}
                <Show when=move || removed.with(Option::is_some)>
                    " "
                    <button type="button" class="button button--small button--secondary" on:click=undo>{move || i18n.t(Key::Undo)}</button>
                </Show>
            </p>
            <Show when=move || not_kept.get()>
                <p class="notice notice--warning" role="alert">{move || i18n.t(Key::LiteracyNotKept)}</p>
            </Show>
            <SessionTable ledger=ledger/>
            <div class="actions no-print">
                <button type="button" class="button button--secondary" data-action="csv" on:click=download>{move || i18n.t(Key::LiteracyCsv)}</button>
                <button type="button" class="button button--secondary" data-action="print-record"
                    on:click=move |_| browser::print_only("literacy-record")>{move || i18n.t(Key::LiteracyPrint)}</button>
            </div>
        </section>
    }
}

/// The form that adds a session: date, group, topic and how many attended.
#[component]
fn SessionForm(ledger: Ledger) -> impl IntoView {
    let i18n = use_i18n();
    let date = RwSignal::new(browser::today().map(|d| d.iso()).unwrap_or_default());
    let group = RwSignal::new(Stakeholder::Staff);
    let topic = RwSignal::new(String::new());
    let attended = RwSignal::new(String::new());
    let problem = RwSignal::new(None::<Key>);
    let add = move || {
        let lang = i18n.lang();
        match parse_entry(
            &new_id(),
            &date.get_untracked(),
            group.get_untracked(),
            &topic.get_untracked(),
            &attended.get_untracked(),
        ) {
            Ok(entry) => {
                problem.set(None);
                ledger.removed.set(None);
                ledger.say(Key::LiteracyAdded, &entry, lang);
                ledger.change(&|stored| literacy::add(stored, entry.clone()));
                topic.set(String::new());
                attended.set(String::new());
            }
            Err(key) => problem.set(Some(key)),
        }
    };
    let groups = Stakeholder::ALL
        .into_iter()
        .map(|g| {
            view! {
                <option value=g.code() selected=move || group.get() == g>{move || i18n.t(group_name(Some(g)))}</option>
            }
        })
        .collect_view();
    view! {
        <form class="literacy__form no-print" on:submit=move |ev| { ev.prevent_default(); add(); }>
            <div class="field-grid">
                <div class="field">
                    <label for="literacy-date">{move || i18n.t(Key::LiteracyDate)}</label>
                    <input id="literacy-date" type="date" required prop:value=move || date.get()
                        on:input=move |ev| date.set(event_target_value(&ev))/>
                </div>
                <div class="field">
                    <label for="literacy-group">{move || i18n.t(Key::LiteracyGroup)}</label>
                    <select id="literacy-group" on:change=move |ev| {
                        let code = event_target_value(&ev);
                        if let Some(g) = Stakeholder::ALL.into_iter().find(|g| g.code() == code) {
                            group.set(g);
                        }
                    }>{groups}</select>
                </div>
                <div class="field literacy__topic">
                    <label for="literacy-topic">{move || i18n.t(Key::LiteracyTopic)}</label>
                    <input id="literacy-topic" type="text" autocomplete="off" maxlength=TOPIC_MAX_CHARS.to_string()
                        placeholder=move || i18n.t(Key::LiteracyTopicHint)
                        prop:value=move || topic.get() on:input=move |ev| topic.set(event_target_value(&ev))/>
                </div>
                <div class="field">
                    <label for="literacy-attended">{move || i18n.t(Key::LiteracyAttended)}</label>
                    <input id="literacy-attended" type="text" inputmode="numeric" autocomplete="off"
                        maxlength=(MAX_ATTENDED.to_string().len() + 2).to_string()
                        prop:value=move || attended.get() on:input=move |ev| attended.set(event_target_value(&ev))/>
                </div>
            </div>
            <p class="field__error" aria-live="polite" id="literacy-problem">{move || problem.get().map(|k| i18n.t(k))}</p>
            <button type="submit" class="button">{move || i18n.t(Key::LiteracyAdd)}</button>
        </form>
    }
}

/// The sessions so far with their totals, each with a button that removes it.
#[component]
fn SessionTable(ledger: Ledger) -> impl IntoView {
    let i18n = use_i18n();
    let record = ledger.record;
    let remove = move |entry: Entry| {
        ledger.say(Key::LiteracyRemoved, &entry, i18n.lang());
        ledger.change(&|stored| literacy::remove(stored, &entry.id));
        ledger.removed.set(Some(entry));
    };
    let rows = move || {
        let lang = i18n.lang();
        record.with(|r| {
            r.entries
                .iter()
                .map(|e| {
                    let label = text_with(
                        Key::LiteracyRemoveLabel,
                        lang,
                        &[("date", &date_long(e.date, lang)), ("topic", &e.topic)],
                    );
                    let gone = e.clone();
                    view! {
                        <tr>
                            <th scope="row">{date_long(e.date, lang)}</th>
                            <td data-label=text(Key::LiteracyGroup, lang)>{text(group_name(Some(e.group)), lang)}</td>
                            <td data-label=text(Key::LiteracyTopic, lang)>{e.topic.clone()}</td>
                            <td data-label=text(Key::LiteracyAttended, lang)>{e.attended}</td>
                            <td class="no-print">
                                <button type="button" class="button button--small button--secondary" aria-label=label
                                    on:click=move |_| remove(gone.clone())>
                                    {text(Key::LiteracyRemove, lang)}
                                </button>
                            </td>
                        </tr>
                    }
                })
                .collect_view()
        })
    };
    let totals = move || {
        record.with(|r| {
            let (sessions, people) = literacy::totals(&r.entries);
            text_with(
                if sessions == 1 {
                    Key::LiteracyTotalOne
                } else {
                    Key::LiteracyTotal
                },
                i18n.lang(),
                &[("sessions", &sessions.to_string()), ("attended", &people.to_string())],
            )
        })
    };
    let empty = move || record.with(|r| r.entries.is_empty());
    view! {
        <Show when=empty fallback=move || view! {
            <div class="table-scroll" tabindex="0" role="region" aria-labelledby="literacy-caption">
                <table class="measurements literacy__table">
                    <caption id="literacy-caption">{totals}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{move || i18n.t(Key::LiteracyDate)}</th>
                            <th scope="col">{move || i18n.t(Key::LiteracyGroup)}</th>
                            <th scope="col">{move || i18n.t(Key::LiteracyTopic)}</th>
                            <th scope="col">{move || i18n.t(Key::LiteracyAttended)}</th>
                            <th scope="col" class="no-print"><span class="visually-hidden">{move || i18n.t(Key::LiteracyRemove)}</span></th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        }>
            <p class="note">{move || i18n.t(Key::LiteracyEmpty)}</p>
        </Show>
    }
}

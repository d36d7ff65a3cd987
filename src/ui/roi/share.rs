//! Sharing the calculation: copy the link, download the month table, print, start again (with
//! undo); and the notice
//! about the opening link.

use leptos::prelude::*;

use crate::domain::i18n::{text, text_with, Key};
use crate::domain::roi::month_table::month_table;
use crate::domain::web::share::{encode, ModelChange, SharedState};
use crate::ui::browser;
use crate::ui::i18n::use_i18n;
use crate::ui::state::{use_calc, Calc};

/// The share link for the current state, in the current language.
pub fn share_url(calc: Calc, lang_code: &str) -> String {
    format!(
        "{}?lang={}&s={}",
        browser::origin_and_path(),
        lang_code,
        encode(&calc.snapshot())
    )
}

/// Copy link, CSV download, print and start again.
#[component]
pub fn ShareActions() -> impl IntoView {
    let i18n = use_i18n();
    let calc = use_calc();
    let status = RwSignal::new(None::<Key>);
    // Opening the presenter view is a step of its own: Back closes it.
    let push = crate::ui::i18n::use_query_param_pusher();
    let present = move |_| push(super::present::PARAM, "1");
    // What "start again" replaced, while it can be brought back.
    let before_reset = RwSignal::new(None::<SharedState>);
    let reset = move |_| {
        before_reset.set(Some(calc.snapshot()));
        status.set(Some(Key::ResetDone));
        calc.replace(SharedState::default());
    };
    let undo = move |_| {
        if let Some(state) = before_reset.get_untracked() {
            calc.replace(state);
        }
        before_reset.set(None);
        status.set(None);
    };
    let link = move || {
        calc.settled.track();
        calc.scenario.track();
        share_url(calc, i18n.lang().code())
    };
    let copy = move |_| {
        before_reset.set(None);
        let url = share_url(calc, i18n.lang().code());
        leptos::task::spawn_local(async move {
            let ok = browser::copy_text(url).await;
            status.set(Some(if ok { Key::LinkCopied } else { Key::LinkCopyFailed }));
        });
    };
    let csv = move |_| {
        let lang = i18n.lang();
        let contents = calc
            .scenario_evaluation
            .with(|e| month_table(&e.rows, calc.effective.with_untracked(|i| i.start), lang));
        browser::download(text(Key::FileMonthTable, lang), "text/csv;charset=utf-8", &contents);
    };
    view! {
        <div class="actions">
            <button type="button" class="button" on:click=copy>{move || i18n.t(Key::CopyLink)}</button>
            <button type="button" class="button button--secondary" id="present-open" on:click=present>{move || i18n.t(Key::PresentOpen)}</button>
            <button type="button" class="button button--secondary" on:click=csv>{move || i18n.t(Key::DownloadCsv)}</button>
            <button type="button" class="button button--secondary" on:click=move |_| browser::print()>{move || i18n.t(Key::PrintSummary)}</button>
            <button type="button" class="button button--secondary" on:click=reset>{move || i18n.t(Key::ResetDefaults)}</button>
        </div>
        <p class="notice" role="status" hidden=move || status.get().is_none()>
            {move || status.get().map(|k| i18n.t(k))}
            {move || before_reset.with(Option::is_some).then(|| view! {
                " "<button type="button" class="button button--small button--secondary" on:click=undo>{i18n.t(Key::Undo)}</button>
            })}
        </p>
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

/// Says that the opening link was partly unreadable, and what changed in the model since it was
/// written (shown on `/roi` and `/planning`).
#[component]
pub fn LinkProblems(count: usize, changes: &'static [ModelChange]) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        {(count > 0).then(|| view! {
            <p class="notice notice--warning" role="status" id="link-problems">
                {move || text_with(Key::LinkProblems, i18n.lang(), &[("count", &count.to_string())])}
            </p>
        })}
        {(!changes.is_empty()).then(|| view! {
            <p class="notice" role="status" id="link-upgraded">
                {move || changes.iter().map(|c| i18n.t(match c {
                    ModelChange::NewInputs => Key::LinkUpgraded,
                    ModelChange::SessionsAndRange => Key::LinkModelChanged,
                })).collect::<Vec<_>>().join(" ")}
            </p>
        })}
    }
}

//! Plan versus actual: the measurement log. Each measurement is added as a row; the calculator
//! then uses actual to date and forecast after (see [`crate::domain::roi::measurements`]). The
//! log lives in the shared inputs, so it reaches `/roi`, the link and saved scenarios.

use leptos::prelude::*;

use crate::domain::format::number::{format_number, format_percent};
use crate::domain::i18n::{month_name, text, text_with, Key};
use crate::domain::roi::measurement_text::{measured_result_text, parse_measurement};
use crate::domain::roi::measurements::normalized;
use crate::domain::roi::month_table::calendar_month;
use crate::ui::i18n::use_i18n;
use crate::ui::state::use_calc;

/// The five texts of a new measurement, as typed.
const FIELDS: [(&str, Key, &str); 5] = [
    ("actual-month", Key::PlanActualMonth, "#"),
    ("actual-adoption", Key::PlanActualAdoption, "%"),
    ("actual-participation", Key::PlanActualParticipation, "%"),
    ("actual-minutes", Key::PlanActualMinutes, "min"),
    ("actual-respondents", Key::PlanActualRespondents, "#"),
];

/// The log: what was measured, a form to add a measurement, and what it does to the forecast.
#[component]
pub fn MeasurementLog() -> impl IntoView {
    let i18n = use_i18n();
    let calc = use_calc();
    let texts: [RwSignal<String>; 5] =
        std::array::from_fn(|k| RwSignal::new(if k == 0 { "6".to_string() } else { String::new() }));
    let problem = RwSignal::new(false);
    let add = move || {
        let lang = i18n.lang();
        let typed = texts.map(|t| t.get_untracked());
        match parse_measurement([&typed[0], &typed[1], &typed[2], &typed[3], &typed[4]], lang) {
            Some(m) => {
                problem.set(false);
                calc.inputs.update(|i| i.measurements.push(m));
                texts[0].set((m.month + 1).min(60).to_string());
                for t in &texts[1..] {
                    t.set(String::new());
                }
            }
            None => problem.set(true),
        }
    };
    let entries = Memo::new(move |_| calc.inputs.with(|i| normalized(&i.measurements)));
    let horizon = Memo::new(move |_| calc.effective.with(|i| i.horizon()));
    let result = move || calc.effective.with(|i| measured_result_text(i, i18n.lang()));
    let rows = move || {
        let lang = i18n.lang();
        let start = calc.effective.with(|i| i.start);
        entries
            .get()
            .into_iter()
            .map(|m| {
                let (year, month) = calendar_month(start, m.month);
                let when = format!("{} ({} {year})", m.month, month_name(month, lang));
                let optional = |v: Option<String>| v.unwrap_or_else(|| "—".to_string());
                let after = m.month > horizon.get();
                let remove_label = text_with(Key::PlanActualRemove, lang, &[("month", &m.month.to_string())]);
                view! {
                    <tr class:measurements__after=after>
                        <th scope="row">{when} {after.then(|| view! { <span class="note">" · " {text(Key::PlanActualAfterHorizon, lang)}</span> })}</th>
                        // On a phone the cells stack, each with its column's name (`data-label`).
                        <td data-label=text(Key::PlanActualAdoption, lang)>{format_percent(m.adoption, 1, lang)}</td>
                        <td data-label=text(Key::PlanActualParticipation, lang)>{optional(m.participation.map(|p| format_percent(p, 1, lang)))}</td>
                        <td data-label=text(Key::PlanActualMinutes, lang)>{optional(m.minutes_per_week.map(|v| format_number(v, 0, lang)))}</td>
                        <td data-label=text(Key::PlanActualRespondents, lang)>{optional(m.respondents.map(|r| r.to_string()))}</td>
                        <td>
                            <button type="button" class="button button--small button--secondary" aria-label=remove_label
                                on:click=move |_| calc.inputs.update(|i| i.measurements.retain(|e| e.month != m.month))>
                                {text(Key::PlanActualRemoveShort, lang)}
                            </button>
                        </td>
                    </tr>
                }
            })
            .collect_view()
    };
    view! {
        <section class="plan-actual no-print" aria-labelledby="plan-actual-heading">
            <h2 id="plan-actual-heading">{move || i18n.t(Key::PlanActualHeading)}</h2>
            <p>{move || i18n.t(Key::PlanActualIntro)}</p>
            <p class="note">{move || i18n.t(Key::PlanActualDefinitions)}</p>
            <form class="measurements__form" on:submit=move |ev| { ev.prevent_default(); add(); }>
                <div class="field-grid">
                    {FIELDS.into_iter().enumerate().map(|(k, (id, label, unit))| view! {
                        <div class="field">
                            <label for=id>{move || i18n.t(label)}</label>
                            <div class="field__control">
                                <input id=id type="text" inputmode="decimal" autocomplete="off"
                                    prop:value=move || texts[k].get()
                                    on:input=move |ev| texts[k].set(event_target_value(&ev))/>
                                <span class="field__unit" aria-hidden="true">{unit}</span>
                            </div>
                        </div>
                    }).collect_view()}
                </div>
                <p class="field__error" aria-live="polite" id="actual-problem">
                    {move || problem.get().then(|| i18n.t(Key::PlanActualProblem))}
                </p>
                <button type="submit" class="button">{move || i18n.t(Key::PlanActualAdd)}</button>
            </form>
            <Show when=move || entries.with(|e| !e.is_empty())>
                <div class="table-scroll" tabindex="0" role="region" aria-labelledby="measurements-caption">
                    <table class="measurements">
                        <caption id="measurements-caption">{move || i18n.t(Key::PlanActualLogCaption)}</caption>
                        <thead>
                            <tr>
                                <th scope="col">{move || i18n.t(Key::PlanActualMonth)}</th>
                                <th scope="col">{move || i18n.t(Key::PlanActualAdoption)}</th>
                                <th scope="col">{move || i18n.t(Key::PlanActualParticipation)}</th>
                                <th scope="col">{move || i18n.t(Key::PlanActualMinutes)}</th>
                                <th scope="col">{move || i18n.t(Key::PlanActualRespondents)}</th>
                                <th scope="col"><span class="visually-hidden">{move || i18n.t(Key::PlanActualRemoveShort)}</span></th>
                            </tr>
                        </thead>
                        <tbody>{rows}</tbody>
                    </table>
                </div>
            </Show>
            <p class="notice" aria-live="polite" id="plan-actual-result" hidden=move || result().is_none()>{result}</p>
        </section>
    }
}

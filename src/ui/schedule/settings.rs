//! The plan's settings: start date, groups with tempo, formats and pulse-check cadence.

use leptos::prelude::*;

use crate::domain::date::Date;
use crate::domain::i18n::{text_with, Key};
use crate::domain::schedule::export::{group_name, title};
use crate::domain::schedule::{ActivityKind, EventKind, Stakeholder, Tempo, PULSE_CHOICES};
use crate::ui::checkbox::Checkbox;
use crate::ui::i18n::use_i18n;
use crate::ui::state::use_calc;

const fn tempo_name(t: Tempo) -> Key {
    match t {
        Tempo::Fast => Key::TempoFast,
        Tempo::Standard => Key::TempoStandard,
        Tempo::Slow => Key::TempoSlow,
    }
}

/// The settings form: start date, the groups with their tempo, the formats and the pulse checks.
#[component]
pub fn PlanSettings() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <section class="plan-settings no-print" aria-labelledby="plan-settings-heading">
            <h2 id="plan-settings-heading">{move || i18n.t(Key::PlanSettingsHeading)}</h2>
            <StartDate/>
            <h3>{move || i18n.t(Key::PlanGroupsLegend)}</h3>
            <p class="field__help">{move || i18n.t(Key::PlanOrderNote)}</p>
            {Stakeholder::ALL.into_iter().map(|g| view! { <GroupSettings group=g/> }).collect_view()}
            <FormatChoices/>
            <PulseCadence/>
        </section>
    }
}

/// The programme's start date; a date that cannot be read is said, and the plan keeps its start.
#[component]
fn StartDate() -> impl IntoView {
    let i18n = use_i18n();
    let calc = use_calc();
    let start_error = RwSignal::new(false);
    view! {
        <div class="field" class:field--invalid=move || start_error.get()>
            <label for="plan-start">{move || i18n.t(Key::PlanStartLabel)}</label>
            <input
                id="plan-start"
                type="date"
                min="1900-01-01"
                max="9999-12-31"
                aria-describedby="plan-start-help plan-start-error"
                aria-invalid=move || start_error.get().to_string()
                value=calc.plan.with_untracked(|p| p.start.iso())
                prop:value=move || calc.plan.with(|p| p.start.iso())
                on:change=move |ev| match Date::parse_iso(&event_target_value(&ev)) {
                    Some(d) => {
                        start_error.set(false);
                        calc.plan.update(|p| p.start = d);
                    }
                    None => start_error.set(true),
                }
            />
            <p class="field__help" id="plan-start-help">{move || i18n.t(Key::PlanStartHelp)}</p>
            <p class="field__error" id="plan-start-error">{move || start_error.get().then(|| i18n.t(Key::PlanStartError))}</p>
        </div>
    }
}

/// One group: its size, whether it takes part and its tempo.
#[component]
fn GroupSettings(group: Stakeholder) -> impl IntoView {
    let i18n = use_i18n();
    let calc = use_calc();
    let g = group;
    let tempo_id = format!("plan-tempo-{}", g.code());
    let size = move || calc.inputs.with(|i| g.headcount(i));
    let tempo_options = Tempo::ALL
        .into_iter()
        .map(|t| {
            view! {
                <option value=t.digit().to_string() selected=move || calc.plan.with(|p| p.tempo[g.index()] == t)>
                    {move || i18n.t(tempo_name(t))}
                </option>
            }
        })
        .collect_view();
    let takes_part = Signal::derive(move || calc.plan.with(|p| p.groups[g.index()]));
    let set_takes_part = move |on: bool| {
        calc.plan.update(|p| {
            p.groups[g.index()] = on;
            *p = p.sanitized();
        })
    };
    view! {
        <fieldset class="plan-group">
            <legend>{move || i18n.t(group_name(Some(g)))}</legend>
            <p class="field__help">{move || text_with(Key::PlanGroupSize, i18n.lang(), &[("n", &size().to_string())])}</p>
            <div class="toggle">
                <Checkbox id=format!("plan-group-{}", g.code()) checked=takes_part set=set_takes_part>
                    {move || i18n.t(Key::PlanTakesPart)}
                </Checkbox>
            </div>
            <div class="field">
                <label for=tempo_id.clone()>{move || i18n.t(Key::PlanTempoLabel)}</label>
                <select
                    id=tempo_id
                    on:change=move |ev| {
                        if let Some(t) = event_target_value(&ev).chars().next().and_then(Tempo::from_digit) {
                            calc.plan.update(|p| p.tempo[g.index()] = t);
                        }
                    }
                >
                    {tempo_options}
                </select>
            </div>
        </fieldset>
    }
}

/// Which formats the plan uses.
#[component]
fn FormatChoices() -> impl IntoView {
    let i18n = use_i18n();
    let calc = use_calc();
    let formats = ActivityKind::ALL
        .into_iter()
        .map(|k| {
            let used = Signal::derive(move || calc.plan.with(|p| p.formats[k.index()]));
            let set_used = move |on: bool| calc.plan.update(|p| p.formats[k.index()] = on);
            view! {
                <li class="toggle">
                    <Checkbox id=format!("plan-format-{}", k.code()) checked=used set=set_used>
                        {move || i18n.t(title(EventKind::Activity(k)))}
                    </Checkbox>
                </li>
            }
        })
        .collect_view();
    view! {
        <fieldset class="plan-formats">
            <legend>{move || i18n.t(Key::PlanFormatsLegend)}</legend>
            <ul>{formats}</ul>
        </fieldset>
    }
}

/// How many weeks apart the pulse checks are.
#[component]
fn PulseCadence() -> impl IntoView {
    let i18n = use_i18n();
    let calc = use_calc();
    let pulse_options = PULSE_CHOICES
        .into_iter()
        .map(|w| {
            view! {
                <option value=w.to_string() selected=move || calc.plan.with(|p| p.pulse_weeks == w)>
                    {move || text_with(Key::PlanWeeks, i18n.lang(), &[("n", &w.to_string())])}
                </option>
            }
        })
        .collect_view();
    view! {
        <div class="field">
            <label for="plan-pulse">{move || i18n.t(Key::PlanPulseLabel)}</label>
            <select
                id="plan-pulse"
                on:change=move |ev| {
                    if let Ok(w) = event_target_value(&ev).parse::<u32>() {
                        calc.plan.update(|p| {
                            p.pulse_weeks = w;
                            *p = p.sanitized();
                        });
                    }
                }
            >
                {pulse_options}
            </select>
        </div>
    }
}

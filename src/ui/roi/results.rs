//! The calculator's results: scenario choice, headline cards with ranges, warnings, a polite
//! screen-reader summary, the assumptions list and the month-by-month table.

use leptos::prelude::*;

use super::form::NumberField;
use crate::domain::format::number::{format_number, format_percent};
use crate::domain::i18n::{text, text_with, Key};
use crate::domain::roi::calculator::{
    assumption_sources, assumptions, break_even_text, headline_figures, headline_index, money, npv_figure,
    payback_figure, payback_phrase, programme_fields, range_text, roi_text, scenario_name, warning_message, Headline,
};
use crate::domain::roi::month_table::{calendar_month, Column, ColumnKind, COLUMNS};
use crate::domain::roi::verdict::verdict_text;
use crate::domain::roi::MonthRow;
use crate::domain::roi::Scenario;
use crate::ui::i18n::use_i18n;
use crate::ui::state::use_calc;

/// Radio buttons that pick the scenario shown.
#[component]
pub fn ScenarioSwitch() -> impl IntoView {
    let i18n = use_i18n();
    let calc = use_calc();
    let options = Scenario::CHOICES
        .into_iter()
        .map(|s| {
            // The element ids the prerendered page uses too (the key's name, as before).
            let id = match s {
                Scenario::Conservative => "scenario-scenario_conservative",
                Scenario::Expected => "scenario-scenario_expected",
                Scenario::Optimistic => "scenario-scenario_optimistic",
                Scenario::Board => "scenario-scenario_board",
            };
            view! {
                <input
                    type="radio"
                    name="scenario"
                    id=id
                    checked=calc.scenario.get_untracked() == s
                    prop:checked=move || calc.scenario.get() == s
                    on:change=move |_| calc.scenario.set(s)
                />
                <label for=id>{move || i18n.t(scenario_name(s))}</label>
            }
        })
        .collect_view();
    view! {
        <fieldset class="segmented" aria-describedby="scenario-help">
            <legend>{move || i18n.t(Key::ScenarioLabel)}</legend>
            <div class="segmented__options">{options}</div>
            <p class="field__help" id="scenario-help">{move || i18n.t(Key::ScenarioHelp)}</p>
        </fieldset>
    }
}

/// The shown view's figures as one story: what the plan returns or costs on present values, when
/// the money is back (undiscounted, and said so), the case without extra orders, and the time
/// saved it takes to break even.
#[component]
pub fn VerdictLine() -> impl IntoView {
    let i18n = use_i18n();
    let calc = use_calc();
    let sentence = move || calc.verdict.with(|(view, v)| verdict_text(v, view, i18n.lang()));
    view! { <p class="verdict" id="verdict">{sentence}</p> }
}

/// The four headline cards, each with its range across scenarios.
#[component]
pub fn HeadlineCards() -> impl IntoView {
    let i18n = use_i18n();
    let calc = use_calc();
    let index = move || headline_index(calc.scenario.get());
    let horizon = move || calc.effective.with(|i| i.horizon());
    let roi = move || {
        let lang = i18n.lang();
        calc.headline.with(|h| {
            (roi_text(h.roi[index()], lang), {
                let (low, high) = Headline::range(&h.roi);
                range_text(&roi_text(low, lang), &roi_text(high, lang), lang)
            })
        })
    };
    let npv = move || {
        calc.effective
            .with(|i| calc.headline.with(|h| npv_figure(h, index(), i, i18n.lang())))
    };
    let payback = move || {
        calc.headline
            .with(|h| payback_figure(h, index(), horizon(), i18n.lang()))
    };
    let programme = move || {
        let lang = i18n.lang();
        calc.effective.with(|i| {
            calc.headline.with(|h| {
                let points = h.programme_roi_points.map_or_else(
                    || text(Key::NotApplicable, lang).to_string(),
                    |p| {
                        text_with(
                            Key::PointsSuffix,
                            lang,
                            &[(
                                "n",
                                &format!("{}{}", if p >= 0.0 { "+" } else { "" }, format_number(p, 0, lang)),
                            )],
                        )
                    },
                );
                let (low, high) = h.programme_range();
                (
                    money(h.programme_npv[index()], i, lang),
                    format!(
                        "{} {}",
                        text_with(Key::CardProgrammeNote, lang, &[("roi", &points)]),
                        range_text(&money(low, i, lang), &money(high, i, lang), lang)
                    ),
                )
            })
        })
    };
    let break_even = move || {
        let lang = i18n.lang();
        calc.headline
            .with(|h| calc.effective.with(|i| break_even_text(h.break_even_lift, i, lang)))
    };
    view! {
        <ul class="cards cards--results">
            <Card id="card-roi" label=Key::CardRoi figure=Signal::derive(roi)/>
            <Card id="card-npv" label=Key::CardNpv figure=Signal::derive(npv)/>
            <Card id="card-payback" label=Key::CardPayback figure=Signal::derive(payback)/>
            <li class="card card--figure card--programme" id="card-programme">
                <h3 class="card__label">{move || i18n.t(Key::CardProgramme)}</h3>
                <p class="card__value">{move || programme().0}</p>
                <p class="card__note">{move || programme().1}</p>
                <p class="card__note card__break-even" id="break-even">{break_even}</p>
                <p class="card__note">{move || i18n.t(Key::CardProgrammeAssumptions)}</p>
                <div class="field-grid field-grid--card">
                    {programme_fields().map(|f| view! { <NumberField field=f/> }).collect_view()}
                </div>
            </li>
        </ul>
    }
}

/// One headline figure with a note under it.
#[component]
fn Card(id: &'static str, label: Key, #[prop(into)] figure: Signal<(String, String)>) -> impl IntoView {
    let i18n = use_i18n();
    let bench = (id == "card-npv").then_some("keystroke-result");
    view! {
        <li class="card card--figure" id=id>
            <h3 class="card__label">{move || i18n.t(label)}</h3>
            <p class=move || figure.with(|f| value_class(&f.0)) data-bench=bench>{move || figure.get().0}</p>
            <p class="card__note">{move || figure.get().1}</p>
        </li>
    }
}

/// The class of a headline figure: a long one (`−€ 137.444.255`, `maand 34,1`) gets a type size
/// that fits its card's width (style/main.css), instead of being cut off or broken over two lines.
fn value_class(figure: &str) -> &'static str {
    match figure.chars().count() {
        0..=8 => "card__value",
        9..=11 => "card__value card__value--long",
        _ => "card__value card__value--longer",
    }
}

/// Totals over the horizon and the plausibility warnings.
#[component]
pub fn TotalsAndWarnings() -> impl IntoView {
    let i18n = use_i18n();
    let calc = use_calc();
    let totals = move || {
        let lang = i18n.lang();
        calc.effective.with(|i| {
            calc.scenario_evaluation.with(|e| {
                let s = &e.summary;
                let per_licence = s
                    .benefit_per_licence_month
                    .map_or_else(|| text(Key::NotApplicable, lang).to_string(), |v| money(v, i, lang));
                text_with(
                    Key::TotalsLine,
                    lang,
                    &[
                        ("n", &i.horizon().to_string()),
                        ("pv_benefits", &money(s.pv_benefits, i, lang)),
                        ("pv_costs", &money(s.pv_costs, i, lang)),
                        ("roi_nominal", &roi_text(s.roi_undiscounted, lang)),
                        ("benefits", &money(s.total_benefits, i, lang)),
                        ("costs", &money(s.total_costs, i, lang)),
                        ("hours", &format_number(s.hours_saved, 0, lang)),
                        ("per_licence", &per_licence),
                    ],
                )
            })
        })
    };
    let warnings = move || {
        calc.scenario_evaluation.with(|e| {
            e.warnings
                .iter()
                .map(|w| calc.effective.with(|i| warning_message(*w, i, i18n.lang())))
                .collect::<Vec<_>>()
        })
    };
    view! {
        <p class="totals" id="roi-totals">{totals}</p>
        <Show when=move || !warnings().is_empty()>
            <section class="notice notice--warning" aria-labelledby="roi-warnings">
                <h3 id="roi-warnings">{move || i18n.t(Key::WarningsHeading)}</h3>
                <ul>{move || warnings().into_iter().map(|w| view! { <li>{w}</li> }).collect_view()}</ul>
            </section>
        </Show>
    }
}

/// While a field is being edited on a narrow screen, the shown scenario's ROI, NPV and payback
/// stay in view at the top (the results are far below the form there). Hidden from assistive
/// technology: the live region below reads the same figures out.
#[component]
pub fn StickySummary() -> impl IntoView {
    let i18n = use_i18n();
    let calc = use_calc();
    let figures = Memo::new(move |_| {
        let lang = i18n.lang();
        calc.effective
            .with(|i| calc.scenario_evaluation.with(|e| headline_figures(&e.summary, i, lang)))
    });
    // Three fixed rows whose texts follow the figures.
    let figures = move || {
        (0..3)
            .map(|k| {
                let label = move || figures.with(|f| text(f[k].0, i18n.lang()));
                let value = move || figures.with(|f| f[k].1.clone());
                view! { <div><dt>{label}</dt><dd>{value}</dd></div> }
            })
            .collect_view()
    };
    view! {
        <div class="sticky-summary no-print" class:sticky-summary--on=move || calc.editing.get() aria-hidden="true" id="sticky-summary">
            <p class="sticky-summary__label">{move || i18n.t(Key::StickySummaryLabel)} " · " {move || i18n.t(scenario_name(calc.scenario.get()))}</p>
            <dl class="sticky-summary__figures">{figures()}</dl>
        </div>
    }
}

/// A visually hidden, polite live region that reads out the main figures after a change.
#[component]
pub fn LiveSummary() -> impl IntoView {
    let i18n = use_i18n();
    let calc = use_calc();
    let summary = move || {
        let lang = i18n.lang();
        calc.effective.with(|i| {
            calc.scenario_evaluation.with(|e| {
                let [(_, roi), (_, npv), _] = headline_figures(&e.summary, i, lang);
                let payback = payback_phrase(e.summary.payback_month, i.horizon(), lang);
                text_with(
                    Key::LiveSummary,
                    lang,
                    &[("roi", &roi), ("npv", &npv), ("payback", &payback)],
                )
            })
        })
    };
    view! { <p class="visually-hidden" aria-live="polite" aria-atomic="true">{summary}</p> }
}

/// Every input with its value and where its default comes from: folded on screen, always printed
/// (the print summary leaves the sources out to stay on one sheet).
#[component]
pub fn Assumptions() -> impl IntoView {
    let i18n = use_i18n();
    let calc = use_calc();
    let list = Memo::new(move |_| calc.effective.with(|i| assumptions(i, i18n.lang())));
    let sources = Memo::new(move |_| assumption_sources(i18n.lang()));
    // The rows stay; only their texts follow the list, so typing one value creates no elements.
    let rows = move |with_sources: bool| {
        (0..list.with_untracked(Vec::len))
            .map(|k| {
                let cell = move |pick: fn(&(String, String)) -> &String| {
                    move || list.with(|l| l.get(k).map(|row| pick(row).clone()).unwrap_or_default())
                };
                let source = move || sources.with(|s| s.get(k).cloned().flatten());
                let has_source = sources.with_untracked(|s| s.get(k).is_some_and(Option::is_some));
                view! {
                    <dt>{cell(|r| &r.0)}</dt>
                    <dd>
                        {cell(|r| &r.1)}
                        {(with_sources && has_source).then(|| view! {
                            <span class="assumptions__source">
                                <span class="visually-hidden">{move || i18n.t(Key::SourceLabel)} ": "</span>
                                {source}
                            </span>
                        })}
                    </dd>
                }
            })
            .collect_view()
    };
    view! {
        <details class="assumptions" id="assumptions">
            <summary>{move || i18n.t(Key::AssumptionsHeading)}</summary>
            <p class="note">{move || i18n.t(Key::AssumptionsSourcesNote)}</p>
            <dl class="assumptions__list assumptions__list--sources">{rows(true)}</dl>
        </details>
        <section class="print-only print-assumptions" aria-hidden="true">
            <h2>{move || i18n.t(Key::PrintAssumptions)}</h2>
            <dl class="assumptions__list">{rows(false)}</dl>
            <p class="note">{move || i18n.t(Key::PrintGenerated)}</p>
        </section>
    }
}

/// The month-by-month table behind the charts (also their full text alternative).
#[component]
pub fn MonthTable() -> impl IntoView {
    let i18n = use_i18n();
    let calc = use_calc();
    // The table is only built while it is open, so typing stays fast.
    let open = RwSignal::new(false);
    let body = move || {
        if !open.get() {
            return None;
        }
        let lang = i18n.lang();
        let (inputs, rows) = (calc.effective.get(), calc.scenario_evaluation.with(|e| e.rows.clone()));
        let cell = |c: &Column, r: &MonthRow| match c.kind {
            ColumnKind::Percent => format_percent(c.value(r), 0, lang),
            ColumnKind::Count => format_number(c.value(r), 0, lang),
            ColumnKind::Money => money(c.value(r), &inputs, lang),
            ColumnKind::Flag => text(
                if c.value(r) > 0.0 {
                    Key::ChartMeasured
                } else {
                    Key::ChartForecast
                },
                lang,
            )
            .to_string(),
        };
        let view = rows
            .iter()
            .map(|r| {
                let (y, m) = calendar_month(inputs.start, r.month);
                view! {
                    <tr>
                        <th scope="row">{format!("{y:04}-{m:02}")}</th>
                        {COLUMNS.iter().map(|c| view! { <td>{cell(c, r)}</td> }).collect_view()}
                    </tr>
                }
            })
            .collect_view();
        Some(view)
    };
    view! {
        <details class="month-table" on:toggle=move |ev| {
            let element = event_target::<web_sys::HtmlDetailsElement>(&ev);
            open.set(element.open());
        }>
            <summary>{move || i18n.t(Key::TableHeading)}</summary>
            <div class="table-scroll" tabindex="0" role="region" aria-label=move || i18n.t(Key::TableHeading)>
                <table>
                    <thead>
                        <tr>
                            <th scope="col">{move || i18n.t(Key::CsvMonth)}</th>
                            {COLUMNS.iter().map(|c| { let k = c.title; view! { <th scope="col">{move || i18n.t(k)}</th> } }).collect_view()}
                        </tr>
                    </thead>
                    <tbody>{body}</tbody>
                </table>
            </div>
        </details>
    }
}

//! The plan as a Gantt-style SVG timeline (groups as lanes, phases shaded, activities as marks,
//! a today marker) and as a table with the same data, filterable by group.

use leptos::prelude::*;

use crate::domain::date::{month_starts, Date};
use crate::domain::format::chart::{coord as n, spaced_labels, text_width, Scale};
use crate::domain::i18n::{date_text, month_abbr, text, text_with, Key, Lang};
use crate::domain::phase::Phase;
use crate::domain::schedule::export::{clock, group_name, phase_name, purpose, title};
use crate::domain::schedule::{kinds, Event, EventKind, Plan, Stakeholder};
use crate::ui::i18n::use_i18n;

const W: f64 = 900.0;
const LEFT: f64 = 170.0;
const RIGHT: f64 = 12.0;
const TOP: f64 = 30.0;
const LANE: f64 = 46.0;
/// The least room between two month names (in the chart's units).
const TICK_GAP: f64 = 6.0;

use crate::ui::browser::today;

fn shown(e: &Event, filter: Option<Stakeholder>) -> bool {
    filter.is_none() || e.group.is_none() || e.group == filter
}

const PHASES: [Phase; 4] = Phase::ALL;

/// The timeline with its group filter and legend.
#[component]
pub fn Timeline(plan: Memo<Plan>, filter: RwSignal<Option<Stakeholder>>) -> impl IntoView {
    let i18n = use_i18n();
    let options = std::iter::once(None)
        .chain(Stakeholder::ALL.into_iter().map(Some))
        .map(|g| {
            let value = g.map_or("all", Stakeholder::code);
            view! { <option value=value selected=move || filter.get() == g>{move || i18n.t(group_name(g))}</option> }
        })
        .collect_view();
    view! {
        <figure class="chart timeline-figure">
            <figcaption class="chart__title">{move || i18n.t(Key::PlanTimelineHeading)}</figcaption>
            <div class="field timeline__filter no-print">
                <label for="plan-filter">{move || i18n.t(Key::PlanFilterLabel)}</label>
                <select
                    id="plan-filter"
                    on:change=move |ev| {
                        let v = event_target_value(&ev);
                        filter.set(Stakeholder::ALL.into_iter().find(|g| g.code() == v));
                    }
                >
                    {options}
                </select>
            </div>
            <div class="timeline__scroll" tabindex="0" role="region" aria-label=move || i18n.t(Key::PlanTimelineHeading)>
                {move || plan.with(|p| timeline_chart(p, filter.get(), i18n.lang()))}
            </div>
            {move || timeline_legend(i18n.lang())}
        </figure>
    }
}

/// The chart's horizontal scale: a date's x.
struct Axis {
    start: Date,
    scale: Scale,
}

impl Axis {
    fn at(&self, d: Date) -> f64 {
        self.scale.at(self.start.days_until(d) as f64)
    }
}

/// The chart itself: month ticks, a lane per group shown, the checkpoints' lane and today.
fn timeline_chart(p: &Plan, filter: Option<Stakeholder>, lang: Lang) -> impl IntoView + use<> {
    let start = p.spans.iter().map(|s| s.start).min().unwrap_or(p.end);
    let lanes: Vec<Stakeholder> = Stakeholder::ALL
        .into_iter()
        .filter(|g| p.spans.iter().any(|s| s.group == *g) && (filter.is_none() || filter == Some(*g)))
        .collect();
    let height = TOP + LANE * (lanes.len() as f64 + 1.0) + 10.0;
    let axis = Axis {
        start,
        scale: Scale::new(0.0, start.days_until(p.end) as f64, LEFT, W - RIGHT),
    };
    let lane_views = lanes
        .iter()
        .enumerate()
        .map(|(i, g)| lane(p, *g, TOP + LANE * i as f64, &axis, lang))
        .collect_view();
    let check_y = TOP + LANE * lanes.len() as f64;
    let today_marker = today().filter(|t| *t >= start && *t < p.end).map(|t| {
        let px = axis.at(t);
        view! {
            <line class="timeline__today" x1=n(px) x2=n(px) y1=n(TOP - 4.0) y2=n(height - 10.0)/>
            <text class="chart__label" x=n(px + 3.0) y=n(height - 12.0)>{text(Key::PlanToday, lang)}</text>
        }
    });
    let count = p.events.iter().filter(|e| shown(e, filter)).count();
    let description = text_with(
        Key::PlanTimelineDesc,
        lang,
        &[
            ("start", &date_text(start, lang)),
            ("end", &date_text(p.end.add_days(-1), lang)),
            ("n", &count.to_string()),
        ],
    );
    view! {
        <svg class="chart__svg timeline" viewBox=format!("0 0 {W} {height:.0}") role="img" aria-label=description.clone()>
            {month_ticks(&axis, p.end, height, lang)}
            {lane_views}
            <text class="chart__label" x="4" y=n(check_y + LANE / 2.0 + 4.0)>{text(Key::PlanCheckpointsLane, lang)}</text>
            {checkpoints(p, check_y, &axis, lang)}
            {today_marker}
        </svg>
        <p class="chart__desc">{description}</p>
    }
}

/// A line on the first of each month, and its name where there is room (the year with January and
/// the first month); a name that would run into the one before or off the chart is left out.
fn month_ticks(axis: &Axis, end: Date, height: f64, lang: Lang) -> impl IntoView + use<> {
    let months = month_starts(axis.start, end);
    let first = months.first().copied();
    let ticks: Vec<(f64, String)> = months
        .iter()
        .map(|d| {
            let label = if d.month == 1 || Some(*d) == first {
                format!("{} {}", month_abbr(d.month, lang), d.year)
            } else {
                month_abbr(d.month, lang).to_string()
            };
            (axis.at(*d), label)
        })
        .collect();
    let edges: Vec<(f64, f64)> = ticks.iter().map(|(px, label)| (px + 3.0, text_width(label))).collect();
    let shown = spaced_labels(&edges, TICK_GAP, W);
    ticks
        .into_iter()
        .zip(shown)
        .map(|((px, label), fits)| {
            view! {
                <line class="chart__grid" x1=n(px) x2=n(px) y1=n(TOP - 6.0) y2=n(height - 10.0)/>
                {fits.then(|| view! { <text class="chart__tick" x=n(px + 3.0) y=n(TOP - 10.0)>{label}</text> })}
            }
        })
        .collect_view()
}

/// One group's lane at height `y`: its name, its phases shaded and its activities as marks.
fn lane(p: &Plan, g: Stakeholder, y: f64, axis: &Axis, lang: Lang) -> impl IntoView + use<> {
    let spans = p
        .spans
        .iter()
        .filter(|s| s.group == g)
        .map(|s| {
            let (x0, x1) = (axis.at(s.start), axis.at(s.end));
            let k = PHASES.iter().position(|ph| *ph == s.phase).unwrap_or(0);
            view! {
                <rect class=format!("timeline__phase timeline__phase--{k}") x=n(x0) y=n(y + 6.0) width=n((x1 - x0).max(0.0)) height=n(LANE - 12.0)>
                    <title>{format!("{}: {} – {}", text(phase_name(s.phase), lang), date_text(s.start, lang), date_text(s.end.add_days(-1), lang))}</title>
                </rect>
            }
        })
        .collect_view();
    let marks = p
        .events
        .iter()
        .filter(|e| e.group == Some(g) && matches!(e.kind, EventKind::Activity(_)))
        .map(|e| {
            view! {
                <circle class="timeline__mark" cx=n(axis.at(e.date)) cy=n(y + LANE / 2.0) r="4.5">
                    <title>{format!("{} · {}", date_text(e.date, lang), text(title(e.kind), lang))}</title>
                </circle>
            }
        })
        .collect_view();
    view! {
        <text class="chart__label" x="4" y=n(y + LANE / 2.0 + 4.0)>{text(group_name(Some(g)), lang)}</text>
        {spans}
        {marks}
    }
}

/// The pulse checks and KPI checkpoints as diamonds in the lane at height `y`.
fn checkpoints(p: &Plan, y: f64, axis: &Axis, lang: Lang) -> impl IntoView + use<> {
    p.events
        .iter()
        .filter(|e| !matches!(e.kind, EventKind::Activity(_)))
        .map(|e| {
            let (cx, cy) = (axis.at(e.date), y + LANE / 2.0);
            let class = if e.kind == EventKind::PulseCheck { "timeline__check" } else { "timeline__check timeline__check--kpi" };
            view! {
                <rect class=class x=n(cx - 4.5) y=n(cy - 4.5) width="9" height="9" transform=format!("rotate(45 {cx:.1} {cy:.1})")>
                    <title>{format!("{} · {}", date_text(e.date, lang), text(title(e.kind), lang))}</title>
                </rect>
            }
        })
        .collect_view()
}

/// What the colours and shapes mean.
fn timeline_legend(lang: Lang) -> impl IntoView {
    let phases = PHASES
        .iter()
        .enumerate()
        .map(|(k, ph)| view! { <li><span class=format!("swatch timeline__swatch--{k}") aria-hidden="true"></span>{text(phase_name(*ph), lang)}</li> })
        .collect_view();
    view! {
        <ul class="chart__legend">
            {phases}
            <li><span class="swatch swatch--mark" aria-hidden="true"></span>{text(Key::PlanLegendActivity, lang)}</li>
            <li><span class="swatch swatch--check swatch--pulse" aria-hidden="true"></span>{text(Key::PlanLegendPulse, lang)}</li>
            <li><span class="swatch swatch--check" aria-hidden="true"></span>{text(Key::PlanLegendCheckpoint, lang)}</li>
        </ul>
    }
}

/// Every activity and checkpoint as a table (the timeline's text alternative).
#[component]
pub fn EventTable(plan: Memo<Plan>, filter: RwSignal<Option<Stakeholder>>) -> impl IntoView {
    let i18n = use_i18n();
    let rows = move || {
        let lang = i18n.lang();
        let f = filter.get();
        plan.with(|p| {
            p.events
                .iter()
                .filter(|e| shown(e, f))
                .map(|e| {
                    let time = e.minutes.map_or_else(
                        || text(Key::PlanAllDay, lang).to_string(),
                        |m| format!("{}–{}", clock(0), clock(m)),
                    );
                    view! {
                        <tr>
                            <td>{date_text(e.date, lang)}</td>
                            <td>{time}</td>
                            <td>{text(group_name(e.group), lang)}</td>
                            <td>{text(phase_name(e.phase), lang)}</td>
                            <th scope="row">{text(title(e.kind), lang)}</th>
                        </tr>
                    }
                })
                .collect_view()
        })
    };
    // Each kind's purpose is the same on every date: it is explained once, under the table, for the
    // kinds the table shows (the CSV and calendar exports carry it on every entry).
    let purposes = move || {
        let lang = i18n.lang();
        let f = filter.get();
        plan.with(|p| {
            kinds(p.events.iter().filter(|e| shown(e, f)))
                .into_iter()
                .map(|k| view! { <dt>{text(title(k), lang)}</dt><dd>{text(purpose(k), lang)}</dd> })
                .collect_view()
        })
    };
    let heads = [
        Key::PlanCsvDate,
        Key::PlanCsvTime,
        Key::PlanCsvGroup,
        Key::PlanCsvPhase,
        Key::PlanCsvActivity,
    ];
    view! {
        <div class="event-table">
            <h2 id="plan-table-heading">{move || i18n.t(Key::PlanTableHeading)}</h2>
            <div class="table-scroll" tabindex="0" role="region" aria-labelledby="plan-table-heading">
                <table>
                    <thead><tr>{heads.into_iter().map(|k| view! { <th scope="col">{move || i18n.t(k)}</th> }).collect_view()}</tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
            <h3 id="plan-kinds-heading">{move || i18n.t(Key::PlanKindsHeading)}</h3>
            <dl class="event-kinds">{purposes}</dl>
        </div>
    }
}

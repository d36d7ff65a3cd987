//! The calculator's charts as inline SVG: cumulative net with break-even, adoption with the
//! phases shaded, the sensitivity tornado, and benefits against costs per month. Each has a
//! visible title and a text alternative; the month table holds the full data.

use leptos::prelude::*;

use crate::domain::format::chart::{coord as n, nice_ticks, points, text_width, widest, Scale};
use crate::domain::format::number::{format_money_compact, format_percent};
use crate::domain::i18n::{text, text_with, Key, Lang};

use crate::domain::roi::calculator::{driver_name, money, payback_text, waterfall, StepKind};
use crate::domain::roi::phase_months;
use crate::domain::roi::{Inputs, Ramp};
use crate::ui::i18n::use_i18n;
use crate::ui::state::use_calc;

/// The drawing's width before the chart has been measured (the prerendered page, a print).
const W: f64 = 640.0;
const H: f64 = 260.0;
const LEFT: f64 = 84.0;
const RIGHT: f64 = 16.0;
const TOP: f64 = 14.0;
const BOTTOM: f64 = 30.0;
/// Below this width a bar chart puts each label above its bar instead of beside it.
const NARROW: f64 = 480.0;
/// The chart's horizontal padding (1rem each side, style/main.css `.chart`).
const PADDING: f64 = 32.0;

/// A chart's drawing area in CSS pixels: the width it is shown at, so that its text (14px, the
/// body's small size) is that size on every screen.
#[derive(Clone, Copy)]
struct Frame {
    w: f64,
    /// Where the plot starts: right of the value axis's widest label.
    left: f64,
}

impl Frame {
    fn narrow(self) -> bool {
        self.w < NARROW
    }

    /// This frame with room on the left for the widest of `labels`.
    fn with_axis(self, labels: impl IntoIterator<Item = String>) -> Frame {
        Frame {
            left: (widest(labels) + 16.0).max(44.0),
            ..self
        }
    }
}

/// The width the chart is shown at, measured after it is on the page and again when the window
/// changes size; the default width until then.
fn measured_frame() -> (NodeRef<leptos::html::Figure>, Signal<Frame>) {
    let node = NodeRef::<leptos::html::Figure>::new();
    let width = RwSignal::new(W);
    let measure = move || {
        if let Some(figure) = node.get_untracked() {
            let w = (f64::from(figure.client_width()) - PADDING).round();
            if w > 0.0 && (w - width.get_untracked()).abs() >= 1.0 {
                width.set(w.max(200.0));
            }
        }
    };
    // Once the page is in the document (an effect: never while the page is prerendered).
    Effect::new(move |_| crate::ui::takeover::after(move || request_animation_frame(measure)));
    let listener = window_event_listener(leptos::ev::resize, move |_| measure());
    on_cleanup(move || listener.remove());
    (
        node,
        Signal::derive(move || Frame {
            w: width.get(),
            left: LEFT,
        }),
    )
}

/// A titled figure around a chart; `description` is the chart's text alternative.
fn figure(
    node: NodeRef<leptos::html::Figure>,
    (w, h): (f64, f64),
    class: &'static str,
    title: Key,
    description: String,
    body: AnyView,
    legend: AnyView,
) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <figure class=format!("chart {class}") node_ref=node>
            <figcaption class="chart__title">{move || i18n.t(title)}</figcaption>
            <svg class="chart__svg" viewBox=format!("0 0 {} {}", n(w), n(h)) role="img" aria-label=description.clone()>
                {body}
            </svg>
            <p class="chart__desc">{description}</p>
            {legend}
        </figure>
    }
}

/// Month ticks along the x axis, with gridlines.
fn month_axis(x: Scale, horizon: u32, lang: Lang, frame: Frame) -> AnyView {
    // A label at least every 36 px, and at a round number of months.
    let per_month = (x.at(1.0) - x.at(0.0)).max(0.1);
    let step = [3u32, 6, 12, 24]
        .into_iter()
        .find(|s| f64::from(*s) * per_month >= 36.0)
        .unwrap_or(24)
        .max(if horizon <= 24 { 3 } else { 6 }) as usize;
    let label = text(Key::ChartMonthAxis, lang);
    let ticks = (0..=horizon)
        .step_by(step)
        .map(|m| {
            let px = x.at(f64::from(m));
            view! {
                <text class="chart__tick" x=n(px) y=n(H - 8.0) text-anchor="middle">{m.to_string()}</text>
            }
        })
        .collect_view();
    view! {
        {ticks}
        <text class="chart__tick" x=n(frame.w - RIGHT) y=n(H - 24.0) text-anchor="end">{label}</text>
    }
    .into_any()
}

/// Horizontal gridlines with labels on the left.
fn value_axis(y: Scale, ticks: &[f64], label: impl Fn(f64) -> String, frame: Frame) -> AnyView {
    ticks
        .iter()
        .map(|&t| {
            let py = y.at(t);
            view! {
                <line class=if t == 0.0 { "chart__zero" } else { "chart__grid" } x1=n(frame.left) x2=n(frame.w - RIGHT) y1=n(py) y2=n(py)/>
                <text class="chart__tick" x=n(frame.left - 6.0) y=n(py + 5.0) text-anchor="end">{label(t)}</text>
            }
        })
        .collect_view()
        .into_any()
}

fn legend(items: Vec<(&'static str, String)>) -> AnyView {
    view! {
        <ul class="chart__legend">
            {items.into_iter().map(|(class, label)| view! { <li><span class=format!("swatch {class}") aria-hidden="true"></span>{label}</li> }).collect_view()}
        </ul>
    }
    .into_any()
}

/// A bar of a horizontal bar chart: its class and the values it spans.
type Bar = (&'static str, f64, f64);

/// Where a horizontal bar chart's rows go (the tornado, the waterfall): the value scale, the
/// labels' width (0: each label on a line of its own above its bar), the row height, the bars'
/// inset (from the top, and extra at the bottom) and the frame.
#[derive(Clone, Copy)]
struct BarLayout {
    x: Scale,
    label_width: f64,
    row: f64,
    inset: (f64, f64),
    frame: Frame,
}

impl BarLayout {
    /// The layout for labels of `longest` px and figures of up to `figure` px between values
    /// `lo` and `hi`: labels beside the bars where they fit in 40 % of the width, else above them.
    fn new(frame: Frame, longest: f64, figure: f64, (lo, hi): (f64, f64), inset: (f64, f64)) -> BarLayout {
        let beside = !frame.narrow() && longest + 12.0 <= frame.w * 0.4;
        let (label_width, row) = if beside { (longest + 12.0, 26.0) } else { (0.0, 46.0) };
        BarLayout {
            x: Scale::new(lo, hi, label_width.max(4.0), frame.w - RIGHT - figure),
            label_width,
            row,
            inset,
            frame,
        }
    }

    /// The drawing's height for `rows` rows and `below` px under them.
    fn height(self, rows: usize, below: f64) -> f64 {
        TOP + rows as f64 * self.row + below
    }

    /// Row `index`: the label before the bars (or on a line above them), the bars, and the figure
    /// at the right edge beside the bars.
    fn row(self, index: usize, label: String, bars: &[Bar], figure: String) -> AnyView {
        let BarLayout {
            x,
            label_width,
            row,
            inset: (pad, trim),
            frame,
        } = self;
        let top = TOP + index as f64 * row;
        let above = label_width == 0.0;
        let (text_y, bar_top, bar_height) = if above {
            (top + 14.0, top + 20.0 + pad, (row - 22.0 - 2.0 * pad - trim).max(2.0))
        } else {
            (top + row / 2.0 + 5.0, top + pad, (row - 2.0 * pad - trim).max(2.0))
        };
        let figure_y = if above {
            bar_top + bar_height / 2.0 + 5.0
        } else {
            text_y
        };
        let rects = bars
            .iter()
            .map(|&(class, from, to)| {
                let (a, z) = (x.at(from.min(to)), x.at(from.max(to)));
                view! { <rect class=class x=n(a) y=n(bar_top) width=n((z - a).max(1.0)) height=n(bar_height)/> }
            })
            .collect_view();
        let (label_x, anchor) = if above {
            (4.0, "start")
        } else {
            (label_width - 8.0, "end")
        };
        view! {
            <text class="chart__tick" x=n(label_x) y=n(text_y) text-anchor=anchor>{label}</text>
            {rects}
            <text class="chart__tick" x=n(frame.w - RIGHT) y=n(figure_y) text-anchor="end">{figure}</text>
        }
        .into_any()
    }
}

/// An amount on an axis or beside a bar: millions and billions shortened, so a large company's
/// figures stay inside the chart.
fn compact_money(v: f64, inputs: &Inputs, lang: Lang) -> String {
    format_money_compact(v, inputs.currency.symbol(), lang)
}

/// Cumulative net, nominal and discounted, with the break-even point.
#[component]
pub fn CumulativeChart() -> impl IntoView {
    let i18n = use_i18n();
    let calc = use_calc();
    let (node, frame) = measured_frame();
    move || {
        let lang = i18n.lang();
        let frame = frame.get();
        let (inputs, rows, summary) = calc.charted.with(|(i, e)| (i.clone(), e.rows.clone(), e.summary));
        let horizon = rows.len() as u32;
        let lowest = rows
            .iter()
            .map(|r| r.cumulative.min(r.discounted_cumulative))
            .fold(0.0, f64::min);
        let highest = rows
            .iter()
            .map(|r| r.cumulative.max(r.discounted_cumulative))
            .fold(0.0, f64::max);
        let ticks = nice_ticks(lowest, highest, 5);
        let frame = frame.with_axis(ticks.iter().map(|t| compact_money(*t, &inputs, lang)));
        let y = Scale::new(ticks[0], ticks[ticks.len() - 1], H - BOTTOM, TOP);
        let x = Scale::new(0.0, f64::from(horizon), frame.left, frame.w - RIGHT);
        let line = |pick: fn(&crate::domain::roi::MonthRow) -> f64| {
            points(
                std::iter::once((x.at(0.0), y.at(0.0)))
                    .chain(rows.iter().map(|r| (x.at(f64::from(r.month)), y.at(pick(r))))),
            )
        };
        let end = rows.last().map_or(0.0, |r| r.cumulative);
        let payback = payback_text(summary.payback_month, horizon, lang);
        let description = text_with(
            Key::ChartCumulativeDesc,
            lang,
            &[
                ("low", &money(lowest, &inputs, lang)),
                ("end", &money(end, &inputs, lang)),
                ("n", &horizon.to_string()),
                ("payback", &payback),
            ],
        );
        let marker = summary.payback_month.filter(|p| *p > 0.0).map(|p| {
            let px = x.at(p);
            // In the chart's right half the label goes left of the line, or it runs off the edge.
            let (label_x, anchor) = if px > (frame.left + frame.w - RIGHT) / 2.0 { (px - 6.0, "end") } else { (px + 6.0, "start") };
            view! {
                <line class="chart__marker" x1=n(px) x2=n(px) y1=n(TOP) y2=n(H - BOTTOM)/>
                <circle class="chart__dot" cx=n(px) cy=n(y.at(0.0)) r="5"/>
                <text class="chart__label" x=n(label_x) y=n(TOP + 12.0) text-anchor=anchor>{text(Key::ChartBreakEven, lang)}</text>
            }
        });
        let body = view! {
            {value_axis(y, &ticks, |t| compact_money(t, &inputs, lang), frame)}
            {month_axis(x, horizon, lang, frame)}
            <polyline class="chart__line chart__line--discounted" points=line(|r| r.discounted_cumulative)/>
            <polyline class="chart__line chart__line--net" points=line(|r| r.cumulative)/>
            {marker}
        }
        .into_any();
        let legend = legend(vec![
            ("swatch--net", text(Key::ChartUndiscounted, lang).to_string()),
            ("swatch--discounted", text(Key::ChartDiscounted, lang).to_string()),
        ]);
        figure(
            node,
            (frame.w, H),
            "chart--cumulative",
            Key::ChartCumulativeTitle,
            description,
            body,
            legend,
        )
    }
}

/// Adoption per month with the four phases shaded and the 70 % target.
#[component]
pub fn AdoptionChart() -> impl IntoView {
    let i18n = use_i18n();
    let calc = use_calc();
    let (node, frame) = measured_frame();
    move || {
        let lang = i18n.lang();
        let frame = frame.get();
        let (inputs, rows) = calc.charted.with(|(i, e)| (i.clone(), e.rows.clone()));
        let horizon = rows.len() as u32;
        let ticks = nice_ticks(0.0, 100.0, 5);
        let frame = frame.with_axis(ticks.iter().map(|t| format_percent(*t, 0, lang)));
        let x = Scale::new(0.0, f64::from(horizon), frame.left, frame.w - RIGHT);
        let y = Scale::new(0.0, 100.0, H - BOTTOM, TOP);
        let phase_names = [
            Key::PhaseAwareness,
            Key::PhaseInformation,
            Key::PhaseEngagement,
            Key::PhaseEmbedding,
        ];
        let phases = phase_months(&inputs, horizon)
            .into_iter()
            .zip(phase_names)
            .enumerate()
            .map(|(i, ((_, a, b), name))| {
                let (x0, x1) = (x.at(a), x.at(b));
                let label = (x1 - x0 > text_width(text(name, lang)) + 8.0).then(|| {
                    view! { <text class="chart__phase-label" x=n(x0 + 4.0) y=n(TOP + 15.0)>{text(name, lang)}</text> }
                });
                view! {
                    <rect class=format!("chart__phase chart__phase--{i}") x=n(x0) y=n(TOP) width=n((x1 - x0).max(0.0)) height=n(H - BOTTOM - TOP)>
                        <title>{text(name, lang)}</title>
                    </rect>
                    {label}
                }
            })
            .collect_view();
        let line = points(
            std::iter::once((x.at(0.0), y.at(0.0))).chain(
                rows.iter()
                    .map(|r| (x.at(f64::from(r.month)), y.at(r.adoption * 100.0))),
            ),
        );
        // The month-6 target falls six months after the staff start: the dot marks that month.
        let clean = inputs.sanitized();
        let target = Ramp::new(&clean, clean.adoption.structured_communication)
            .target_month()
            .min(horizon.max(1));
        let at6 = rows.get(target as usize - 1).map_or(0.0, |r| r.adoption * 100.0);
        let end = rows.last().map_or(0.0, |r| r.adoption * 100.0);
        // Actual to date, drawn apart from the forecast.
        let measured_until = rows.iter().filter(|r| r.measured).map(|r| r.month).max();
        let measured_line = measured_until.map(|until| {
            points(
                std::iter::once((x.at(0.0), y.at(0.0))).chain(
                    rows.iter()
                        .take(until as usize)
                        .map(|r| (x.at(f64::from(r.month)), y.at(r.adoption * 100.0))),
                ),
            )
        });
        let mut description = text_with(
            Key::ChartAdoptionDesc,
            lang,
            &[
                ("m6", &format_percent(at6, 0, lang)),
                ("month", &target.to_string()),
                ("end", &format_percent(end, 0, lang)),
            ],
        );
        if let Some(until) = measured_until {
            description.push(' ');
            description.push_str(&text_with(
                Key::ChartMeasuredUntil,
                lang,
                &[("month", &until.to_string())],
            ));
        }
        let legend = measured_until.map_or_else(
            || ().into_any(),
            |_| {
                legend(vec![
                    ("swatch--measured", text(Key::ChartMeasured, lang).to_string()),
                    ("swatch--forecast", text(Key::ChartForecast, lang).to_string()),
                ])
            },
        );
        let body = view! {
            {phases}
            {value_axis(y, &ticks, |t| format_percent(t, 0, lang), frame)}
            {month_axis(x, horizon, lang, frame)}
            <line class="chart__target" x1=n(frame.left) x2=n(frame.w - RIGHT) y1=n(y.at(70.0)) y2=n(y.at(70.0))/>
            <text class="chart__label" x=n(frame.w - RIGHT - 4.0) y=n(y.at(70.0) - 6.0) text-anchor="end">{text(Key::ChartTarget, lang)}</text>
            <polyline class="chart__line chart__line--adoption" points=line/>
            {measured_line.map(|l| view! { <polyline class="chart__line chart__line--measured" points=l/> })}
            <circle class="chart__dot" cx=n(x.at(f64::from(target))) cy=n(y.at(at6)) r="4"/>
        }
        .into_any();
        figure(
            node,
            (frame.w, H),
            "chart--adoption",
            Key::ChartAdoptionTitle,
            description,
            body,
            legend,
        )
    }
}

/// Sensitivity of the NPV to each driver at −20 % and +20 %, largest first.
#[component]
pub fn TornadoChart() -> impl IntoView {
    let i18n = use_i18n();
    let calc = use_calc();
    let (node, frame) = measured_frame();
    move || {
        let lang = i18n.lang();
        let frame = frame.get();
        let (inputs, bars, base) = calc.charted.with(|(i, e)| {
            (
                i.clone(),
                e.sensitivity.iter().take(8).copied().collect::<Vec<_>>(),
                e.summary.npv,
            )
        });
        let lo = bars.iter().map(|b| b.npv_low.min(b.npv_high)).fold(base, f64::min);
        let hi = bars.iter().map(|b| b.npv_low.max(b.npv_high)).fold(base, f64::max);
        let longest = widest(bars.iter().map(|b| text(driver_name(b.driver), lang)));
        let amounts = widest(bars.iter().map(|b| money(b.swing(), &inputs, lang)));
        let layout = BarLayout::new(frame, longest, amounts + 10.0, (lo, hi), (3.0, 2.0));
        let (x, row) = (layout.x, layout.row);
        let rows = bars
            .iter()
            .enumerate()
            .map(|(i, b)| {
                // Coloured by effect, not by direction: a cheaper licence (−20 %) is better.
                let class = |value: f64| {
                    if value < base {
                        "chart__bar chart__bar--low"
                    } else {
                        "chart__bar chart__bar--high"
                    }
                };
                layout.row(
                    i,
                    text(driver_name(b.driver), lang).to_string(),
                    &[
                        (class(b.npv_low), base, b.npv_low),
                        (class(b.npv_high), base, b.npv_high),
                    ],
                    money(b.swing(), &inputs, lang),
                )
            })
            .collect_view();
        let description = bars.first().map_or_else(String::new, |b| {
            text_with(
                Key::ChartTornadoDesc,
                lang,
                &[
                    ("driver", text(driver_name(b.driver), lang)),
                    ("low", &money(b.npv_low.min(b.npv_high), &inputs, lang)),
                    ("high", &money(b.npv_low.max(b.npv_high), &inputs, lang)),
                ],
            )
        });
        let bottom = TOP + bars.len() as f64 * row;
        let body = view! {
            {rows}
            <line class="chart__zero" x1=n(x.at(base)) x2=n(x.at(base)) y1=n(TOP) y2=n(bottom)/>
            <text class="chart__tick" x=n(x.at(base)) y=n(bottom + 18.0) text-anchor="middle">{money(base, &inputs, lang)}</text>
        }
        .into_any();
        let height = layout.height(bars.len(), 26.0);
        let legend = legend(vec![
            ("swatch--low", text(Key::ChartTornadoLow, lang).to_string()),
            ("swatch--high", text(Key::ChartTornadoHigh, lang).to_string()),
        ]);
        figure(
            node,
            (frame.w, height),
            "chart--tornado",
            Key::ChartTornadoTitle,
            description,
            body,
            legend,
        )
    }
}

/// Benefits and costs month by month.
#[component]
pub fn FlowsChart() -> impl IntoView {
    let i18n = use_i18n();
    let calc = use_calc();
    let (node, frame) = measured_frame();
    move || {
        let lang = i18n.lang();
        let frame = frame.get();
        let (inputs, rows) = calc.charted.with(|(i, e)| (i.clone(), e.rows.clone()));
        let horizon = rows.len() as u32;
        let highest = rows.iter().map(|r| r.benefits().max(r.costs())).fold(0.0, f64::max);
        let ticks = nice_ticks(0.0, highest, 4);
        let frame = frame.with_axis(ticks.iter().map(|t| compact_money(*t, &inputs, lang)));
        let y = Scale::new(0.0, ticks[ticks.len() - 1], H - BOTTOM, TOP);
        let x = Scale::new(0.0, f64::from(horizon), frame.left, frame.w - RIGHT);
        let line = |pick: fn(&crate::domain::roi::MonthRow) -> f64| {
            points(rows.iter().map(|r| (x.at(f64::from(r.month)), y.at(pick(r)))))
        };
        let peak = rows
            .iter()
            .max_by(|a, b| a.costs().total_cmp(&b.costs()))
            .copied()
            .unwrap_or_default();
        let end = rows.last().map_or(0.0, |r| r.benefits());
        let description = text_with(
            Key::ChartFlowsDesc,
            lang,
            &[
                ("peak", &peak.month.to_string()),
                ("peak_cost", &money(peak.costs(), &inputs, lang)),
                ("end", &money(end, &inputs, lang)),
            ],
        );
        let body = view! {
            {value_axis(y, &ticks, |t| compact_money(t, &inputs, lang), frame)}
            {month_axis(x, horizon, lang, frame)}
            <polyline class="chart__line chart__line--costs" points=line(|r| r.costs())/>
            <polyline class="chart__line chart__line--benefits" points=line(|r| r.benefits())/>
        }
        .into_any();
        let legend = legend(vec![
            ("swatch--benefits", text(Key::ChartBenefits, lang).to_string()),
            ("swatch--costs", text(Key::ChartCosts, lang).to_string()),
        ]);
        figure(
            node,
            (frame.w, H),
            "chart--flows",
            Key::ChartFlowsTitle,
            description,
            body,
            legend,
        )
    }
}

/// Where the value comes from: a waterfall of the present value of every benefit and cost line,
/// ending in the NPV.
#[component]
pub fn BreakdownChart() -> impl IntoView {
    let i18n = use_i18n();
    let calc = use_calc();
    let (node, frame) = measured_frame();
    move || {
        let lang = i18n.lang();
        let frame = frame.get();
        let (inputs, steps, npv) = calc
            .charted
            .with(|(i, e)| (i.clone(), waterfall(&e.breakdown, e.summary.npv, lang), e.summary.npv));
        let (benefits, costs) = calc.charted.with(|(_, e)| (e.summary.pv_benefits, e.summary.pv_costs));
        let lo = steps.iter().map(|s| s.start.min(s.end)).fold(0.0, f64::min);
        let hi = steps.iter().map(|s| s.start.max(s.end)).fold(0.0, f64::max);
        let longest = widest(steps.iter().map(|s| s.name.as_str()));
        let amounts = widest(steps.iter().map(|s| compact_money(s.amount(), &inputs, lang)));
        let layout = BarLayout::new(frame, longest, amounts + 10.0, (lo, hi), (2.0, 0.0));
        let (x, row) = (layout.x, layout.row);
        let rows = steps
            .iter()
            .enumerate()
            .map(|(i, step)| {
                let class = match step.kind {
                    StepKind::Benefit => "chart__bar chart__bar--benefit",
                    StepKind::Cost => "chart__bar chart__bar--cost",
                    StepKind::Total => "chart__bar chart__bar--total",
                };
                layout.row(
                    i,
                    step.name.clone(),
                    &[(class, step.start, step.end)],
                    compact_money(step.amount(), &inputs, lang),
                )
            })
            .collect_view();
        let bottom = TOP + steps.len() as f64 * row;
        let description = text_with(
            Key::ChartBreakdownDesc,
            lang,
            &[
                ("benefits", &money(benefits, &inputs, lang)),
                ("costs", &money(costs, &inputs, lang)),
                ("npv", &money(npv, &inputs, lang)),
            ],
        );
        let body = view! {
            {rows}
            <line class="chart__zero" x1=n(x.at(0.0)) x2=n(x.at(0.0)) y1=n(TOP) y2=n(bottom)/>
        }
        .into_any();
        let legend = legend(vec![
            ("swatch--benefits", text(Key::ChartBenefits, lang).to_string()),
            ("swatch--costs", text(Key::ChartCosts, lang).to_string()),
        ]);
        let height = layout.height(steps.len(), 8.0);
        figure(
            node,
            (frame.w, height),
            "chart--breakdown",
            Key::ChartBreakdownTitle,
            description,
            body,
            legend,
        )
    }
}

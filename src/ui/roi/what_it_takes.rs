//! "What it takes": where the shown view breaks even, one assumption at a time (time saved per
//! active user, active users at month 6, licence price), each beside its current value and the
//! published range. The figures come from [`crate::domain::roi::verdict::Verdict`].

use leptos::prelude::*;

use crate::domain::format::number::{format_number, format_percent};
use crate::domain::i18n::{text_with, Key};
use crate::domain::roi::calculator::money_exact;
use crate::ui::i18n::use_i18n;
use crate::ui::state::use_calc;

/// The three break-even lines of the shown view.
#[component]
pub fn WhatItTakes() -> impl IntoView {
    let i18n = use_i18n();
    let calc = use_calc();
    let lines = Memo::new(move |_| {
        let lang = i18n.lang();
        calc.verdict.with(|(view, v)| {
            let minutes = |m: f64| format_number(m, 0, lang);
            let (measured, measured_minutes) = (v.measured_until.is_some(), v.minutes_measured);
            let time = match (v.break_even_minutes, v.current_minutes) {
                (Some(needed), Some(now)) => text_with(
                    if measured_minutes {
                        Key::TakesMinutesMeasured
                    } else {
                        Key::TakesMinutes
                    },
                    lang,
                    &[("needed", &minutes(needed.ceil())), ("now", &minutes(now.round()))],
                ),
                (_, now) => text_with(
                    Key::TakesMinutesNever,
                    lang,
                    &[("now", &minutes(now.unwrap_or(0.0).round()))],
                ),
            };
            let now_adoption = format_percent(view.adoption.at_month_6, 0, lang);
            let adoption = match v.break_even_adoption {
                Some(needed) => text_with(
                    if measured {
                        Key::TakesAdoptionMeasured
                    } else {
                        Key::TakesAdoption
                    },
                    lang,
                    &[
                        ("needed", &format_percent(needed.ceil(), 0, lang)),
                        ("now", &now_adoption),
                    ],
                ),
                None => text_with(Key::TakesAdoptionNever, lang, &[("now", &now_adoption)]),
            };
            let now_price = money_exact(view.costs.licence_price, view, lang);
            let price = match v.break_even_price {
                Some(needed) => text_with(
                    Key::TakesPrice,
                    lang,
                    &[
                        ("needed", &money_exact((needed * 100.0).floor() / 100.0, view, lang)),
                        ("now", &now_price),
                    ],
                ),
                None => text_with(Key::TakesPriceNever, lang, &[("now", &now_price)]),
            };
            [time, adoption, price]
        })
    });
    view! {
        <section class="what-it-takes no-print" aria-labelledby="what-it-takes-heading">
            <h3 id="what-it-takes-heading">{move || i18n.t(Key::TakesHeading)}</h3>
            <p class="note">{move || i18n.t(Key::TakesIntro)}</p>
            <ul>
                {(0..3).map(|k| view! { <li>{move || lines.with(|l| l[k].clone())}</li> }).collect_view()}
            </ul>
        </section>
    }
}

//! The readiness check under the start page: eight statements answered no, partly or yes, and
//! what they conclude ([`crate::domain::start::readiness`]).

use leptos::prelude::*;

use super::{phase_name, Front};
use crate::domain::guide::kit;
use crate::domain::i18n::{text, text_with, Key, Lang};
use crate::domain::start::readiness::{assess, Dimension, Level};
use crate::ui::guide::material_href;

/// The statements with their answers, and the outcome once all are answered.
pub(super) fn readiness_check(front: Front, lang: Lang) -> impl IntoView {
    let answers = front.answers;
    let rows = Dimension::ALL
        .into_iter()
        .map(|d| {
            let levels = Level::ALL
                .into_iter()
                .map(|level| {
                    let id = format!("ready-{}-{}", d as usize, level as usize);
                    view! {
                        <input
                            type="radio"
                            name=format!("ready-{}", d as usize)
                            id=id.clone()
                            prop:checked=move || answers.with(|a| a.readiness[d as usize] == Some(level))
                            on:change=move |_| {
                                let mut next = answers.get_untracked();
                                next.readiness[d as usize] = Some(level);
                                front.keep(next);
                            }
                        />
                        <label for=id>{text(level.label(), lang)}</label>
                    }
                })
                .collect_view();
            view! {
                <fieldset class="readiness__item">
                    <legend>{text(d.statement(), lang)}</legend>
                    <div class="readiness__levels">{levels}</div>
                </fieldset>
            }
        })
        .collect_view();
    let outcome = move || {
        let levels = answers.with(|a| a.readiness);
        let Some(r) = assess(&levels) else {
            let open = levels.iter().filter(|l| l.is_none()).count().to_string();
            return view! { <p>{text_with(Key::StartReadyIncomplete, lang, &[("n", &open)])}</p> }.into_any();
        };
        let phase = phase_name(r.phase, lang).0;
        match r.weakest.and_then(|d| kit::material(d.material()).map(|m| (d, m))) {
            Some((d, m)) => view! {
                <p>
                    {text_with(Key::StartReadyResult, lang, &[("phase", phase), ("dimension", text(d.short(), lang))])}" "
                    <a href=material_href(m, lang)>{m.title.get(lang)}</a>
                </p>
            }
            .into_any(),
            None => view! { <p>{text_with(Key::StartReadyAll, lang, &[("phase", phase)])}</p> }.into_any(),
        }
    };
    view! {
        <section class="readiness" aria-labelledby="readiness-heading">
            <h4 id="readiness-heading">{text(Key::StartReadyHeading, lang)}</h4>
            <p>{text(Key::StartReadyIntro, lang)}</p>
            {rows}
            <div class="readiness__outcome" id="readiness-outcome" aria-live="polite">{outcome}</div>
        </section>
    }
}

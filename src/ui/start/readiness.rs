//! The readiness check under the start page as markup: eight statements answered no, partly or
//! yes, and what they conclude ([`crate::domain::start::readiness`]).

use super::markup::fill;
use super::phase_name;
use crate::domain::guide::kit;
use crate::domain::i18n::{text, text_with, Key, Lang};
use crate::domain::start::door::Door;
use crate::domain::start::readiness::{assess, Dimension, Level};
use crate::ui::guide::material_href;

/// Once the questions are done, the heading and the statements, each a radio group named `ready-<statement>` with the levels'
/// numbers as values.
pub(super) fn readiness_statements(door: &Door, lang: Lang) -> String {
    let mut out = String::new();
    // Written with the answers as shown, so a choice does not write the statements again.
    if !door.shown.done {
        return out;
    }
    let answers = &door.shown.readiness;
    fill(
        &mut out,
        "<h4 id=\"readiness-heading\">{}</h4><p>{}</p>",
        &[text(Key::StartReadyHeading, lang), text(Key::StartReadyIntro, lang)],
    );
    for d in Dimension::ALL {
        let d_text = (d as usize).to_string();
        fill(
            &mut out,
            "<fieldset class=\"readiness__item\"><legend>{}</legend><div class=\"readiness__levels\">",
            &[text(d.statement(), lang)],
        );
        for level in Level::ALL {
            let l_text = (level as usize).to_string();
            fill(
                &mut out,
                "<input type=\"radio\" name=\"ready-{}\" id=\"ready-{}-{}\" value=\"{}\"{}><label for=\"ready-{}-{}\">{}</label>",
                &[
                    &d_text,
                    &d_text,
                    &l_text,
                    &l_text,
                    if answers[d as usize] == Some(level) { " checked" } else { "" },
                    &d_text,
                    &l_text,
                    text(level.label(), lang),
                ],
            );
        }
        out.push_str("</div></fieldset>");
    }
    out
}

/// Once the questions are done, what the answers conclude: the phase and the material for the weakest point, or how many
/// statements are still open.
pub(super) fn readiness_outcome(door: &Door, lang: Lang) -> String {
    let mut out = String::new();
    if !door.answers.done {
        return out;
    }
    let answers = &door.answers.readiness;
    let Some(r) = assess(answers) else {
        let open = answers.iter().filter(|l| l.is_none()).count().to_string();
        fill(
            &mut out,
            "<p>{}</p>",
            &[&text_with(Key::StartReadyIncomplete, lang, &[("n", &open)])],
        );
        return out;
    };
    let phase = phase_name(r.phase, lang).0;
    match r.weakest.and_then(|d| kit::material(d.material()).map(|m| (d, m))) {
        Some((d, m)) => {
            let result = text_with(
                Key::StartReadyResult,
                lang,
                &[("phase", phase), ("dimension", text(d.short(), lang))],
            );
            fill(
                &mut out,
                "<p>{} <a href=\"{}\">{}</a></p>",
                &[&result, &material_href(m, lang), m.title.get(lang)],
            );
        }
        None => fill(
            &mut out,
            "<p>{}</p>",
            &[&text_with(Key::StartReadyAll, lang, &[("phase", phase)])],
        ),
    }
    out
}

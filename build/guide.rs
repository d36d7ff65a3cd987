//! Guide content: `content/guide.toml` → static Rust data (`guide_content.rs`).

use crate::common::{pair, slug, text, Text};
use serde::Deserialize;
use std::fmt::Write as _;
use std::{env, fs, path::Path};

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Message {
    text: Text,
    example: Text,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Qa {
    q: Text,
    a: Text,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Check {
    id: String,
    nl: String,
    en: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Role {
    id: String,
    slug: Text,
    name: Text,
    reader: Text,
    summary: Text,
    concerns: Vec<Text>,
    needs: Vec<Text>,
    messages: Vec<Message>,
    formats: Vec<String>,
    avoid: Vec<Text>,
    material_title: Text,
    material: Vec<Qa>,
    today: Vec<Check>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Seo {
    slug: Text,
    name: Text,
    reader: Text,
    misconception: Text,
    summary: Text,
    budget_title: Text,
    budget: Vec<Text>,
    ownership_title: Text,
    ownership: Vec<Text>,
    metrics_title: Text,
    activity_metrics: Vec<Text>,
    outcome_metrics: Vec<Text>,
    metrics_note: Text,
    today_title: Text,
    today_text: Text,
    question: Text,
    today: Vec<Check>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Weeks {
    from: u32,
    to: Option<u32>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Phase {
    id: String,
    weeks: Weeks,
    name: Text,
    goal: Text,
    activities: Vec<Text>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Format {
    id: String,
    name: Text,
    audience: Text,
    what: Text,
    how: Text,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Mistake {
    name: Text,
    problem: Text,
    remedy: Text,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Kpi {
    id: String,
    category: Text,
    kpi: Text,
    target: Text,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Measuring {
    before_start: Text,
    practices: Vec<Text>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Signs {
    items: Vec<Text>,
    note: Text,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Guide {
    roles: Vec<Role>,
    seo: Seo,
    signs: Signs,
    phases: Vec<Phase>,
    phase_note: Text,
    formats: Vec<Format>,
    mistakes: Vec<Mistake>,
    listen_tip: Text,
    kpis: Vec<Kpi>,
    measuring: Measuring,
    faq: Vec<Qa>,
}

fn list<T>(items: &[T], f: impl Fn(&T) -> String) -> String {
    format!("&[{}]", items.iter().map(f).collect::<Vec<_>>().join(", "))
}

fn check(c: &Check) -> String {
    format!("CheckItem {{ id: {:?}, text: {} }}", c.id, pair(&c.nl, &c.en))
}

fn qa(x: &Qa) -> String {
    format!("Qa {{ q: {}, a: {} }}", text(&x.q), text(&x.a))
}

/// Generates `guide_content.rs`: one expression of type `Guide`.
pub fn generate() {
    let src = "content/guide.toml";
    println!("cargo:rerun-if-changed={src}");
    let raw = fs::read_to_string(src).unwrap_or_else(|e| panic!("cannot read {src}: {e}"));
    let g: Guide = toml::from_str(&raw).unwrap_or_else(|e| panic!("{src} does not have the expected structure: {e}"));

    let mut out = String::from("Guide {\n");
    let roles = list(&g.roles, |r| {
        format!(
            "Role {{ id: {:?}, slug: {}, name: {}, reader: {}, summary: {}, concerns: {}, needs: {}, messages: {}, formats: &[{}], avoid: {}, material_title: {}, material: {}, today: {} }}",
            r.id,
            slug(&r.slug),
            text(&r.name),
            text(&r.reader),
            text(&r.summary),
            list(&r.concerns, text),
            list(&r.needs, text),
            list(&r.messages, |m| format!("Message {{ text: {}, example: {} }}", text(&m.text), text(&m.example))),
            r.formats.iter().map(|f| format!("{f:?}")).collect::<Vec<_>>().join(", "),
            list(&r.avoid, text),
            text(&r.material_title),
            list(&r.material, qa),
            list(&r.today, check),
        )
    });
    let _ = writeln!(out, "    roles: {roles},");
    let s = &g.seo;
    let _ = writeln!(
        out,
        "    seo: Seo {{ slug: {}, name: {}, reader: {}, misconception: {}, summary: {}, budget_title: {}, budget: {}, ownership_title: {}, ownership: {}, metrics_title: {}, activity_metrics: {}, outcome_metrics: {}, metrics_note: {}, today_title: {}, today_text: {}, question: {}, today: {} }},",
        slug(&s.slug),
        text(&s.name),
        text(&s.reader),
        text(&s.misconception),
        text(&s.summary),
        text(&s.budget_title),
        list(&s.budget, text),
        text(&s.ownership_title),
        list(&s.ownership, text),
        text(&s.metrics_title),
        list(&s.activity_metrics, text),
        list(&s.outcome_metrics, text),
        text(&s.metrics_note),
        text(&s.today_title),
        text(&s.today_text),
        text(&s.question),
        list(&s.today, check),
    );
    let _ = writeln!(
        out,
        "    signs: Signs {{ items: {}, note: {} }},",
        list(&g.signs.items, text),
        text(&g.signs.note)
    );
    let phases = list(&g.phases, |p| {
        format!(
            "PhaseInfo {{ id: {:?}, weeks_from: {}, weeks_to: {:?}, name: {}, goal: {}, activities: {} }}",
            p.id,
            p.weeks.from,
            p.weeks.to,
            text(&p.name),
            text(&p.goal),
            list(&p.activities, text)
        )
    });
    let _ = writeln!(out, "    phases: {phases},");
    let _ = writeln!(out, "    phase_note: {},", text(&g.phase_note));
    let formats = list(&g.formats, |f| {
        format!(
            "Format {{ id: {:?}, name: {}, audience: {}, what: {}, how: {} }}",
            f.id,
            text(&f.name),
            text(&f.audience),
            text(&f.what),
            text(&f.how)
        )
    });
    let _ = writeln!(out, "    formats: {formats},");
    let mistakes = list(&g.mistakes, |m| {
        format!(
            "Mistake {{ name: {}, problem: {}, remedy: {} }}",
            text(&m.name),
            text(&m.problem),
            text(&m.remedy)
        )
    });
    let _ = writeln!(out, "    mistakes: {mistakes},");
    let _ = writeln!(out, "    listen_tip: {},", text(&g.listen_tip));
    let kpis = list(&g.kpis, |k| {
        format!(
            "Kpi {{ id: {:?}, category: {}, kpi: {}, target: {} }}",
            k.id,
            text(&k.category),
            text(&k.kpi),
            text(&k.target)
        )
    });
    let _ = writeln!(out, "    kpis: {kpis},");
    let _ = writeln!(
        out,
        "    measuring: Measuring {{ before_start: {}, practices: {} }},",
        text(&g.measuring.before_start),
        list(&g.measuring.practices, text)
    );
    let _ = writeln!(out, "    faq: {},", list(&g.faq, qa));
    out.push('}');

    let dest = Path::new(&env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("guide_content.rs");
    fs::write(&dest, out).unwrap_or_else(|e| panic!("cannot write {}: {e}", dest.display()));
}

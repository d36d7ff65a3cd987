//! The guide's kit: `content/kit.toml` → static Rust data (`kit_content.rs`). Stops the build when
//! a material names an unknown page, a link points to no material, a phase is missing for a page,
//! or a text uses a `{placeholder}` the planner cannot fill (or the two languages use different ones).

use crate::common::{pair, text, Text};
use serde::Deserialize;
use std::collections::BTreeSet;
use std::{env, fs, path::Path};

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Material {
    id: String,
    page: String,
    title: Text,
    audience: Text,
    when: Text,
    tip: Text,
    body: Text,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Item {
    nl: String,
    en: String,
    material: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ThisWeek {
    page: String,
    phase: String,
    items: Vec<Item>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PolicyChoice {
    id: String,
    on: bool,
    label: Text,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Kit {
    materials: Vec<Material>,
    this_week: Vec<ThisWeek>,
    policy_choices: Vec<PolicyChoice>,
}

/// Pages that carry materials: the three roles, the SEO lens and the overview (measurement kit).
const PAGES: [&str; 5] = ["board", "managers", "staff", "seo", "overview"];
/// Pages that open with "this week, first".
const GROUP_PAGES: [&str; 4] = ["board", "managers", "staff", "seo"];
/// Phase ids and their Rust names.
const PHASES: [(&str, &str); 4] = [
    ("awareness", "Awareness"),
    ("information", "Information"),
    ("engagement", "Engagement"),
    ("embedding", "Embedding"),
];
/// Placeholders the planner fills in (see `src/domain/guide/kit.rs`).
const PLACEHOLDERS: [&str; 28] = [
    "company",
    "start",
    "staff_start",
    "first_session_board",
    "first_session_managers",
    "first_session_staff",
    "session_board",
    "session_managers",
    "session_staff",
    "next_briefing",
    "pulse_dates",
    "next_pulse",
    "adoption_check",
    "works_council",
    "literacy_board",
    "literacy_managers",
    "literacy_staff",
    "policy_date",
    "policy_tools",
    "policy_contact",
    "policy_review",
    "payback",
    "board_roi",
    "kpi_adoption",
    "kpi_engagement",
    "kpi_acceptance",
    "kpi_competence",
    "kpi_impact",
];

/// The `{placeholders}` of `s`; panics on an unknown or unclosed one.
fn placeholders(s: &str, place: &str) -> BTreeSet<String> {
    let (found, closed) = crate::common::placeholders(s);
    assert!(closed, "content/kit.toml, {place}: a '{{' without '}}'");
    for name in &found {
        assert!(
            PLACEHOLDERS.contains(&name.as_str()),
            "content/kit.toml, {place}: unknown placeholder {{{name}}}; known are {PLACEHOLDERS:?}"
        );
    }
    found
}

fn same_placeholders(t: &Text, place: &str) {
    let nl = placeholders(&t.nl, &format!("{place} (nl)"));
    let en = placeholders(&t.en, &format!("{place} (en)"));
    assert_eq!(
        nl, en,
        "content/kit.toml, {place}: Dutch and English use different placeholders"
    );
}

/// The `?choice` marks of a body's conditional lines; panics on one that names no policy choice.
fn check_conditions(body: &str, choices: &BTreeSet<&str>, place: &str) {
    for line in body.lines() {
        if let Some(rest) = line.strip_prefix('?') {
            let id = rest.split(' ').next().unwrap_or_default();
            assert!(
                choices.contains(id),
                "content/kit.toml, {place}: the line mark ?{id} names no [[policy_choices]] id"
            );
        }
    }
}

/// Checks the body markup: every table's rows have the same number of cells.
fn check_tables(body: &str, place: &str) {
    for block in body.split("\n\n") {
        let widths: BTreeSet<usize> = block
            .lines()
            .filter(|l| l.trim_start().starts_with('|'))
            .map(|l| l.trim().trim_matches('|').split('|').count())
            .collect();
        assert!(
            widths.len() <= 1,
            "content/kit.toml, {place}: a table's rows have different numbers of cells"
        );
    }
}

/// Generates `kit_content.rs`: one expression of type `Kit`.
pub fn generate() {
    let src = "content/kit.toml";
    println!("cargo:rerun-if-changed={src}");
    let raw = fs::read_to_string(src).unwrap_or_else(|e| panic!("cannot read {src}: {e}"));
    let kit: Kit = toml::from_str(&raw).unwrap_or_else(|e| panic!("{src} does not have the expected structure: {e}"));

    let mut choices = BTreeSet::new();
    for c in &kit.policy_choices {
        assert!(
            choices.insert(c.id.as_str()),
            "{src}: policy choice {:?} is used twice",
            c.id
        );
        assert!(
            !c.id.is_empty() && c.id.chars().all(|ch| ch.is_ascii_lowercase() || ch == '_'),
            "{src}: policy choice id {:?} must be lowercase letters and _",
            c.id
        );
        assert!(
            !c.label.nl.trim().is_empty() && !c.label.en.trim().is_empty(),
            "{src}: policy choice {:?} has an empty label",
            c.id
        );
    }
    let mut ids = BTreeSet::new();
    for m in &kit.materials {
        assert!(ids.insert(m.id.as_str()), "{src}: material id {:?} is used twice", m.id);
        assert!(
            PAGES.contains(&m.page.as_str()),
            "{src}: material {:?} has unknown page {:?}",
            m.id,
            m.page
        );
        for (name, t) in [
            ("title", &m.title),
            ("audience", &m.audience),
            ("when", &m.when),
            ("tip", &m.tip),
            ("body", &m.body),
        ] {
            assert!(
                !t.nl.trim().is_empty() && !t.en.trim().is_empty(),
                "{src}: material {:?} has an empty {name}",
                m.id
            );
            same_placeholders(t, &format!("material {:?} {name}", m.id));
        }
        check_conditions(&m.body.nl, &choices, &format!("material {:?} (nl)", m.id));
        check_conditions(&m.body.en, &choices, &format!("material {:?} (en)", m.id));
        check_tables(&m.body.nl, &format!("material {:?} (nl)", m.id));
        check_tables(&m.body.en, &format!("material {:?} (en)", m.id));
    }
    for page in GROUP_PAGES {
        assert!(
            kit.materials.iter().any(|m| m.page == page),
            "{src}: page {page:?} has no material"
        );
        for (phase, _) in PHASES {
            let n = kit
                .this_week
                .iter()
                .filter(|w| w.page == page && w.phase == phase)
                .count();
            assert_eq!(
                n, 1,
                "{src}: page {page:?} needs exactly one [[this_week]] for phase {phase:?}"
            );
        }
    }
    for w in &kit.this_week {
        assert!(
            GROUP_PAGES.contains(&w.page.as_str()),
            "{src}: [[this_week]] has unknown page {:?}",
            w.page
        );
        assert!(
            !w.items.is_empty(),
            "{src}: [[this_week]] {} {} has no items",
            w.page,
            w.phase
        );
        for i in &w.items {
            assert!(
                !i.nl.trim().is_empty() && !i.en.trim().is_empty(),
                "{src}: an empty item in {} {}",
                w.page,
                w.phase
            );
            if let Some(id) = &i.material {
                assert!(
                    ids.contains(id.as_str()),
                    "{src}: {} {} links to unknown material {id:?}",
                    w.page,
                    w.phase
                );
            }
        }
    }

    let materials = kit
        .materials
        .iter()
        .map(|m| {
            format!(
                "Material {{ id: {:?}, page: {:?}, title: {}, audience: {}, when: {}, tip: {}, body: {} }}",
                m.id,
                m.page,
                text(&m.title),
                text(&m.audience),
                text(&m.when),
                text(&m.tip),
                text(&Text {
                    nl: m.body.nl.trim().to_string(),
                    en: m.body.en.trim().to_string()
                }),
            )
        })
        .collect::<Vec<_>>()
        .join(", ");
    let weeks = kit
        .this_week
        .iter()
        .map(|w| {
            let phase = PHASES
                .iter()
                .find(|(id, _)| *id == w.phase)
                .unwrap_or_else(|| panic!("{src}: unknown phase {:?}", w.phase))
                .1;
            let items = w
                .items
                .iter()
                .map(|i| {
                    format!(
                        "WeekItem {{ text: {}, material: {:?} }}",
                        pair(&i.nl, &i.en),
                        i.material.as_deref()
                    )
                })
                .collect::<Vec<_>>()
                .join(", ");
            format!(
                "ThisWeek {{ page: {:?}, phase: Phase::{phase}, items: &[{items}] }}",
                w.page
            )
        })
        .collect::<Vec<_>>()
        .join(", ");
    let policy_choices = kit
        .policy_choices
        .iter()
        .map(|c| {
            format!(
                "PolicyChoice {{ id: {:?}, on: {}, label: {} }}",
                c.id,
                c.on,
                text(&c.label)
            )
        })
        .collect::<Vec<_>>()
        .join(", ");
    let out = format!("Kit {{ materials: &[{materials}], this_week: &[{weeks}] }}");
    let out_dir = env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    let dest = Path::new(&out_dir).join("kit_content.rs");
    fs::write(&dest, out).unwrap_or_else(|e| panic!("cannot write {}: {e}", dest.display()));
    // The policy's choices belong to the policy module (`src/domain/guide/policy.rs`).
    let dest = Path::new(&out_dir).join("policy_choices.rs");
    fs::write(&dest, format!("[{policy_choices}]")).unwrap_or_else(|e| panic!("cannot write {}: {e}", dest.display()));
}

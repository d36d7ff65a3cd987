//! Search over the whole guide, in either language, and the list of every text it searches.

use super::{GuidePage, Section, Text, GUIDE};
use crate::domain::i18n::Lang;

/// Every text of the guide with the place it appears, for search and completeness checks.
pub fn all_texts() -> Vec<(GuidePage, Section, Text)> {
    let g = &GUIDE;
    let mut out = Vec::new();
    let mut push = |page, section, t: Text| out.push((page, section, t));
    for (i, r) in g.roles.iter().enumerate() {
        let p = GuidePage::Role(i);
        for t in [r.name, r.summary] {
            push(p, Section::Concerns, t);
        }
        r.concerns.iter().for_each(|t| push(p, Section::Concerns, *t));
        r.needs.iter().for_each(|t| push(p, Section::Needs, *t));
        r.messages.iter().for_each(|m| {
            push(p, Section::Messages, m.text);
            push(p, Section::Messages, m.example);
        });
        r.avoid.iter().for_each(|t| push(p, Section::Avoid, *t));
        push(p, Section::Material, r.material_title);
        r.material.iter().for_each(|qa| {
            push(p, Section::Material, qa.q);
            push(p, Section::Material, qa.a);
        });
        r.today.iter().for_each(|c| push(p, Section::Today, c.text));
    }
    let s = &g.seo;
    let p = GuidePage::Seo;
    for t in [s.name, s.summary, s.budget_title] {
        push(p, Section::Budget, t);
    }
    s.budget.iter().for_each(|t| push(p, Section::Budget, *t));
    push(p, Section::Ownership, s.ownership_title);
    s.ownership.iter().for_each(|t| push(p, Section::Ownership, *t));
    for t in [s.metrics_title, s.metrics_note] {
        push(p, Section::Metrics, t);
    }
    s.activity_metrics
        .iter()
        .chain(s.outcome_metrics)
        .for_each(|t| push(p, Section::Metrics, *t));
    for t in [s.today_title, s.today_text, s.question] {
        push(p, Section::Today, t);
    }
    s.today.iter().for_each(|c| push(p, Section::Today, c.text));
    for (i, r) in g.roles.iter().enumerate() {
        push(GuidePage::Role(i), Section::Concerns, r.reader);
    }
    push(p, Section::Budget, s.reader);
    push(p, Section::Budget, s.misconception);
    let o = GuidePage::Overview;
    g.signs.items.iter().for_each(|t| push(o, Section::Signs, *t));
    push(o, Section::Signs, g.signs.note);
    for ph in g.phases {
        for t in [ph.name, ph.goal] {
            push(o, Section::Phases, t);
        }
        ph.activities.iter().for_each(|t| push(o, Section::Phases, *t));
    }
    push(o, Section::Phases, g.phase_note);
    for f in g.formats {
        for t in [f.name, f.audience, f.what, f.how] {
            push(o, Section::Formats, t);
        }
    }
    for m in g.mistakes {
        for t in [m.name, m.problem, m.remedy] {
            push(o, Section::Mistakes, t);
        }
    }
    push(o, Section::Mistakes, g.listen_tip);
    for k in g.kpis {
        for t in [k.category, k.kpi, k.target] {
            push(o, Section::Kpis, t);
        }
    }
    push(o, Section::Kpis, g.measuring.before_start);
    g.measuring.practices.iter().for_each(|t| push(o, Section::Kpis, *t));
    for qa in g.faq {
        push(o, Section::Faq, qa.q);
        push(o, Section::Faq, qa.a);
    }
    // The kit: what each group does per phase, and the materials' titles and guidance (their
    // bodies are letters with blanks, not text to search).
    for w in super::kit::KIT.this_week {
        if let Some(page) = GuidePage::from_id(w.page) {
            w.items.iter().for_each(|i| push(page, Section::ThisWeek, i.text));
        }
    }
    for m in super::kit::KIT.materials {
        let (page, section) = match GuidePage::from_id(m.page) {
            Some(page) => (page, Section::Kit),
            None => (GuidePage::Overview, Section::Measure),
        };
        for t in [m.title, m.audience, m.when, m.tip] {
            push(page, section, t);
        }
    }
    out
}

/// A search result: where the text is and the matching text itself.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Hit {
    /// The page.
    pub page: GuidePage,
    /// The section on that page.
    pub section: Section,
    /// The matching text, in the searched language.
    pub text: &'static str,
}

/// Lower case without accents, for matching "financiële" with "financiele".
fn fold(s: &str) -> String {
    s.chars()
        .flat_map(char::to_lowercase)
        .map(|c| match c {
            'á' | 'à' | 'ä' | 'â' => 'a',
            'é' | 'è' | 'ë' | 'ê' => 'e',
            'í' | 'ì' | 'ï' | 'î' => 'i',
            'ó' | 'ò' | 'ö' | 'ô' => 'o',
            'ú' | 'ù' | 'ü' | 'û' => 'u',
            other => other,
        })
        .collect()
}

/// Texts in `lang` that contain every word of `query` (case- and accent-insensitive), at most
/// `limit`, in guide order. An empty query finds nothing.
pub fn search(query: &str, lang: Lang, limit: usize) -> Vec<Hit> {
    let words: Vec<String> = fold(query).split_whitespace().map(str::to_string).take(8).collect();
    if words.is_empty() {
        return Vec::new();
    }
    let mut hits: Vec<Hit> = Vec::new();
    for (page, section, t) in all_texts() {
        let s = t.get(lang);
        let folded = fold(s);
        if words.iter().all(|w| folded.contains(w.as_str())) && !hits.iter().any(|h| h.text == s) {
            hits.push(Hit { page, section, text: s });
            if hits.len() >= limit {
                break;
            }
        }
    }
    hits
}

//! The guide by role: the content of `content/guide.toml`, compiled in, plus lookups, search
//! and the checklist codec. See that file to edit the words.

use super::i18n::Lang;

/// A text in both languages.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Text {
    /// Dutch.
    pub nl: &'static str,
    /// English.
    pub en: &'static str,
}

impl Text {
    /// The text in `lang`.
    pub const fn get(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::Nl => self.nl,
            Lang::En => self.en,
        }
    }
}

/// A key message with a concrete example.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Message {
    /// The message.
    pub text: Text,
    /// An example that makes it concrete.
    pub example: Text,
}

/// A question (or talking point) with its answer.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Qa {
    /// The question or heading.
    pub q: Text,
    /// The answer or explanation.
    pub a: Text,
}

/// An item of an "apply today" checklist.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CheckItem {
    /// Stable id, stored when ticked.
    pub id: &'static str,
    /// What to do.
    pub text: Text,
}

/// One stakeholder group.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Role {
    /// Stable id (`board`, `managers`, `staff`).
    pub id: &'static str,
    /// Path segment per language (`/gids/directie`, `/gids/board`).
    pub slug: Text,
    /// Display name.
    pub name: Text,
    /// One-sentence description.
    pub summary: Text,
    /// What worries them.
    pub concerns: &'static [Text],
    /// What they need.
    pub needs: &'static [Text],
    /// Key messages with examples.
    pub messages: &'static [Message],
    /// Ids of the formats that work for them.
    pub formats: &'static [&'static str],
    /// What to avoid.
    pub avoid: &'static [Text],
    /// Heading of the practical material.
    pub material_title: Text,
    /// Talking points or questions with answers.
    pub material: &'static [Qa],
    /// Apply-today checklist.
    pub today: &'static [CheckItem],
}

/// The marketing and AI-for-SEO lens.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Seo {
    /// Path segment per language.
    pub slug: Text,
    /// Display name.
    pub name: Text,
    /// One-sentence description.
    pub summary: Text,
    /// Heading: budget and buy-in.
    pub budget_title: Text,
    /// Translating to business goals.
    pub budget: &'static [Text],
    /// Heading: ownership.
    pub ownership_title: Text,
    /// Ownership across departments.
    pub ownership: &'static [Text],
    /// Heading: metrics.
    pub metrics_title: Text,
    /// Activity metrics (what the tool does).
    pub activity_metrics: &'static [Text],
    /// Outcome metrics (what the business gains).
    pub outcome_metrics: &'static [Text],
    /// Why outcomes matter.
    pub metrics_note: Text,
    /// Heading: apply today.
    pub today_title: Text,
    /// The one conversation to plan today.
    pub today_text: Text,
    /// The one question to ask.
    pub question: Text,
    /// Apply-today checklist.
    pub today: &'static [CheckItem],
}

/// A communication phase as the guide describes it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PhaseInfo {
    /// Stable id.
    pub id: &'static str,
    /// First week.
    pub weeks_from: u32,
    /// Last week; `None` for the open-ended embedding phase.
    pub weeks_to: Option<u32>,
    /// Name.
    pub name: Text,
    /// Goal.
    pub goal: Text,
    /// Typical activities.
    pub activities: &'static [Text],
}

/// A communication format.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Format {
    /// Stable id, referred to by roles.
    pub id: &'static str,
    /// Name.
    pub name: Text,
    /// For whom.
    pub audience: Text,
    /// What it is.
    pub what: Text,
    /// How to do it.
    pub how: Text,
}

/// A common mistake and how to avoid it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Mistake {
    /// Name.
    pub name: Text,
    /// What goes wrong.
    pub problem: Text,
    /// How to avoid it.
    pub remedy: Text,
}

/// A KPI with its target.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Kpi {
    /// Stable id.
    pub id: &'static str,
    /// Category.
    pub category: Text,
    /// What is measured.
    pub kpi: Text,
    /// The target.
    pub target: Text,
}

/// How to measure, beyond the KPI table.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Measuring {
    /// Set KPIs before you start.
    pub before_start: Text,
    /// Pulse checks, qualitative feedback, success stories.
    pub practices: &'static [Text],
}

/// The whole guide.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Guide {
    /// Board, middle management, operational staff.
    pub roles: &'static [Role],
    /// The marketing/SEO lens.
    pub seo: Seo,
    /// The four phases.
    pub phases: &'static [PhaseInfo],
    /// Phases overlap and differ per group.
    pub phase_note: Text,
    /// The formats.
    pub formats: &'static [Format],
    /// The five mistakes.
    pub mistakes: &'static [Mistake],
    /// Listen actively.
    pub listen_tip: Text,
    /// The KPI table.
    pub kpis: &'static [Kpi],
    /// Measuring practices.
    pub measuring: Measuring,
    /// Frequently asked questions.
    pub faq: &'static [Qa],
}

/// The guide's content, compiled from `content/guide.toml`.
pub static GUIDE: Guide = include!(concat!(env!("OUT_DIR"), "/guide_content.rs"));

/// A page of the guide.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum GuidePage {
    /// The overview with phases, formats, mistakes, KPIs and FAQ.
    Overview,
    /// One stakeholder group (index into [`Guide::roles`]).
    Role(usize),
    /// The marketing/SEO lens.
    Seo,
}

impl GuidePage {
    /// The page for a path segment in either language (`directie`, `board`, `marketing-seo`).
    pub fn from_slug(slug: &str) -> Option<GuidePage> {
        let slug = slug.trim().to_ascii_lowercase();
        if slug.is_empty() {
            return Some(GuidePage::Overview);
        }
        if GUIDE.seo.slug.nl == slug || GUIDE.seo.slug.en == slug {
            return Some(GuidePage::Seo);
        }
        GUIDE
            .roles
            .iter()
            .position(|r| r.slug.nl == slug || r.slug.en == slug || r.id == slug)
            .map(GuidePage::Role)
    }

    /// The path of the page in `lang`, e.g. `/gids/directie`.
    pub fn path(self, lang: Lang) -> String {
        match self {
            GuidePage::Overview => "/gids".to_string(),
            GuidePage::Role(i) => GUIDE
                .roles
                .get(i)
                .map_or_else(|| "/gids".into(), |r| format!("/gids/{}", r.slug.get(lang))),
            GuidePage::Seo => format!("/gids/{}", GUIDE.seo.slug.get(lang)),
        }
    }

    /// The stable id stored to remember the visitor's role (`board`, …, `seo`).
    pub fn id(self) -> Option<&'static str> {
        match self {
            GuidePage::Overview => None,
            GuidePage::Role(i) => GUIDE.roles.get(i).map(|r| r.id),
            GuidePage::Seo => Some("seo"),
        }
    }

    /// The page with a stored id.
    pub fn from_id(id: &str) -> Option<GuidePage> {
        if id == "seo" {
            return Some(GuidePage::Seo);
        }
        GUIDE.roles.iter().position(|r| r.id == id).map(GuidePage::Role)
    }
}

/// A section of a guide page; its anchor is language-aware (`#zorgen` / `#concerns`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Section {
    /// A role's concerns.
    Concerns,
    /// A role's needs.
    Needs,
    /// A role's key messages.
    Messages,
    /// The formats that work (per role) or all formats (overview).
    Formats,
    /// What to avoid.
    Avoid,
    /// Practical material.
    Material,
    /// Apply-today checklist.
    Today,
    /// SEO: budget.
    Budget,
    /// SEO: ownership.
    Ownership,
    /// SEO: activity vs outcome metrics.
    Metrics,
    /// The four phases.
    Phases,
    /// The five mistakes.
    Mistakes,
    /// The KPI table.
    Kpis,
    /// The FAQ.
    Faq,
}

impl Section {
    /// Sections of a role page, in order.
    pub const ROLE: [Section; 7] = [
        Section::Concerns,
        Section::Needs,
        Section::Messages,
        Section::Formats,
        Section::Avoid,
        Section::Material,
        Section::Today,
    ];
    /// Sections of the SEO page, in order.
    pub const SEO: [Section; 4] = [Section::Budget, Section::Ownership, Section::Metrics, Section::Today];
    /// Sections of the overview, in order.
    pub const OVERVIEW: [Section; 5] = [
        Section::Phases,
        Section::Formats,
        Section::Mistakes,
        Section::Kpis,
        Section::Faq,
    ];

    /// The anchor (element id) in `lang`.
    pub const fn anchor(self, lang: Lang) -> &'static str {
        let (nl, en) = match self {
            Section::Concerns => ("zorgen", "concerns"),
            Section::Needs => ("behoeften", "needs"),
            Section::Messages => ("boodschap", "messages"),
            Section::Formats => ("vormen", "formats"),
            Section::Avoid => ("vermijden", "avoid"),
            Section::Material => ("materiaal", "material"),
            Section::Today => ("vandaag", "today"),
            Section::Budget => ("budget", "budget"),
            Section::Ownership => ("eigenaarschap", "ownership"),
            Section::Metrics => ("metrics", "metrics"),
            Section::Phases => ("fasen", "phases"),
            Section::Mistakes => ("fouten", "mistakes"),
            Section::Kpis => ("kpis", "kpis"),
            Section::Faq => ("vragen", "faq"),
        };
        match lang {
            Lang::Nl => nl,
            Lang::En => en,
        }
    }

    /// The section with this anchor in either language.
    pub fn from_anchor(anchor: &str) -> Option<Section> {
        let all = Section::ROLE.iter().chain(&Section::SEO).chain(&Section::OVERVIEW);
        all.copied().find(|s| Lang::ALL.iter().any(|l| s.anchor(*l) == anchor))
    }
}

/// The format with `id`.
pub fn format(id: &str) -> Option<&'static Format> {
    GUIDE.formats.iter().find(|f| f.id == id)
}

/// Every text of the guide with the place it appears, for search and completeness checks.
pub fn all_texts() -> Vec<(GuidePage, Section, Text)> {
    let g = &GUIDE;
    let mut out = Vec::new();
    let mut push = |page, section, t: Text| out.push((page, section, t));
    for (i, r) in g.roles.iter().enumerate() {
        let p = GuidePage::Role(i);
        for t in [r.slug, r.name, r.summary] {
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
    for t in [s.slug, s.name, s.summary, s.budget_title] {
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
    let o = GuidePage::Overview;
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

/// Reads ticked checklist ids as stored (`v1:board-kpis,staff-task`); unknown ids and
/// unreadable text are dropped, never an error.
pub fn decode_ticks(stored: &str) -> Vec<&'static str> {
    let Some(list) = stored.trim().strip_prefix("v1:") else {
        return Vec::new();
    };
    let known = GUIDE
        .roles
        .iter()
        .flat_map(|r| r.today.iter())
        .chain(GUIDE.seo.today)
        .map(|c| c.id);
    let known: Vec<&'static str> = known.collect();
    let mut out: Vec<&'static str> = Vec::new();
    for id in list.split(',') {
        if let Some(k) = known.iter().find(|k| **k == id.trim()) {
            if !out.contains(k) {
                out.push(k);
            }
        }
    }
    out
}

/// Writes ticked checklist ids for storage.
pub fn encode_ticks(ticks: &[&str]) -> String {
    format!("v1:{}", ticks.join(","))
}

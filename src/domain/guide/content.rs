//! The guide's content as data: the types of `content/guide.toml`, compiled in as [`GUIDE`], and
//! the guide's pages and sections with their addresses and anchors.

use crate::domain::i18n::Lang;
use crate::domain::phase::Phase;

pub use crate::domain::texts::{Slug, Text};

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
    pub slug: Slug,
    /// Display name.
    pub name: Text,
    /// Whom the page addresses.
    pub reader: Text,
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
    pub slug: Slug,
    /// Display name.
    pub name: Text,
    /// Whom the page addresses.
    pub reader: Text,
    /// The "magic button" misconception.
    pub misconception: Text,
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

impl PhaseInfo {
    /// "week 1-4" / "vanaf week 17" in `lang`.
    pub fn weeks_text(&self, lang: Lang) -> String {
        use crate::domain::i18n::{text_with, Key};
        let from = self.weeks_from.to_string();
        match self.weeks_to {
            Some(to) => text_with(Key::GuideWeeks, lang, &[("from", &from), ("to", &to.to_string())]),
            None => text_with(Key::GuideWeeksOpen, lang, &[("from", &from)]),
        }
    }
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

/// The warning signs that a rollout is not landing, on the overview.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Signs {
    /// What a director sees.
    pub items: &'static [Text],
    /// What it means: communication, and time.
    pub note: Text,
}

/// The whole guide.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Guide {
    /// Board, middle management, operational staff.
    pub roles: &'static [Role],
    /// The marketing/SEO lens.
    pub seo: Seo,
    /// Warning signs.
    pub signs: Signs,
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

impl Guide {
    /// What the guide says of `phase` (name, weeks): its entry in [`Guide::phases`], which follows
    /// [`Phase::ALL`].
    pub fn phase(&self, phase: Phase) -> Option<&'static PhaseInfo> {
        self.phases.get(Phase::ALL.iter().position(|p| *p == phase)?)
    }
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

    /// The group's slug in `lang` (`directie`, `board`); `None` for the overview.
    pub fn slug(self, lang: Lang) -> Option<&'static str> {
        match self {
            GuidePage::Overview => None,
            GuidePage::Role(i) => GUIDE.roles.get(i).map(|r| r.slug.get(lang)),
            GuidePage::Seo => Some(GUIDE.seo.slug.get(lang)),
        }
    }

    /// The path of the page with its slug in `lang`, before the language's prefix and words are
    /// set ([`crate::domain::web::page::localized_path`]): `/gids/directie`, `/gids/board`.
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

    /// The pages for a group: every role, then the SEO lens.
    pub fn groups() -> impl Iterator<Item = GuidePage> {
        (0..GUIDE.roles.len())
            .map(GuidePage::Role)
            .chain(std::iter::once(GuidePage::Seo))
    }

    /// The group's name; `None` for the overview (and an index out of range).
    pub fn name(self) -> Option<Text> {
        match self {
            GuidePage::Overview => None,
            GuidePage::Role(i) => GUIDE.roles.get(i).map(|r| r.name),
            GuidePage::Seo => Some(GUIDE.seo.name),
        }
    }

    /// The group's one-line summary; `None` for the overview.
    pub fn summary(self) -> Option<Text> {
        match self {
            GuidePage::Overview => None,
            GuidePage::Role(i) => GUIDE.roles.get(i).map(|r| r.summary),
            GuidePage::Seo => Some(GUIDE.seo.summary),
        }
    }

    /// Whom the page addresses; `None` for the overview.
    pub fn reader(self) -> Option<Text> {
        match self {
            GuidePage::Overview => None,
            GuidePage::Role(i) => GUIDE.roles.get(i).map(|r| r.reader),
            GuidePage::Seo => Some(GUIDE.seo.reader),
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
    /// What the group does in the current phase.
    ThisWeek,
    /// Ready-to-send materials.
    Kit,
    /// The measurement kit (overview).
    Measure,
    /// Warning signs (overview).
    Signs,
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
    /// The section's heading in the page's contents list.
    pub const fn title(self) -> crate::domain::i18n::Key {
        use crate::domain::i18n::Key;
        match self {
            Section::Concerns => Key::GuideSectionConcerns,
            Section::Needs => Key::GuideSectionNeeds,
            Section::Messages => Key::GuideSectionMessages,
            Section::Formats => Key::GuideSectionFormats,
            Section::Avoid => Key::GuideSectionAvoid,
            Section::Material => Key::GuideSectionMaterial,
            Section::Today => Key::GuideSectionToday,
            Section::ThisWeek => Key::GuideSectionThisWeek,
            Section::Kit => Key::GuideSectionKit,
            Section::Measure => Key::GuideSectionMeasure,
            Section::Signs => Key::GuideSectionSigns,
            Section::Budget => Key::GuideSectionBudget,
            Section::Ownership => Key::GuideSectionOwnership,
            Section::Metrics => Key::GuideSectionMetrics,
            Section::Phases => Key::GuideSectionPhases,
            Section::Mistakes => Key::GuideSectionMistakes,
            Section::Kpis => Key::GuideSectionKpis,
            Section::Faq => Key::GuideSectionFaq,
        }
    }

    /// Sections of a role page, in order.
    pub const ROLE: [Section; 9] = [
        Section::ThisWeek,
        Section::Kit,
        Section::Concerns,
        Section::Needs,
        Section::Messages,
        Section::Formats,
        Section::Avoid,
        Section::Material,
        Section::Today,
    ];
    /// Sections of the SEO page, in order.
    pub const SEO: [Section; 6] = [
        Section::ThisWeek,
        Section::Kit,
        Section::Budget,
        Section::Ownership,
        Section::Metrics,
        Section::Today,
    ];
    /// Sections of the overview, in order.
    pub const OVERVIEW: [Section; 7] = [
        Section::Signs,
        Section::Phases,
        Section::Formats,
        Section::Mistakes,
        Section::Kpis,
        Section::Measure,
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
            Section::ThisWeek => ("deze-week", "this-week"),
            Section::Kit => ("versturen", "ready-to-send"),
            Section::Measure => ("meetkit", "measurement-kit"),
            Section::Signs => ("signalen", "warning-signs"),
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

//! The guide by role: the content of `content/guide.toml`, compiled in, plus lookups, search
//! and the checklist codec. See that file to edit the words.

use super::i18n::Lang;

mod checklist;
pub mod company_size;
mod content;
mod facts;
mod fill;
pub mod kit;
pub mod literacy;
mod markup;
pub mod policy;
mod search;

pub use checklist::{clear_ticks, decode_ticks, encode_ticks, set_tick, unreadable_ticks};
pub use content::{
    format, CheckItem, Format, Guide, GuidePage, Kpi, Measuring, Message, Mistake, PhaseInfo, Qa, Role, Section, Seo,
    Signs, Text, GUIDE,
};
pub use facts::PlanFacts;
pub use search::{all_texts, search, Hit};

/// A guide anchor in `lang`: `#zorgen` ↔ `#concerns`, `#materiaal-kickoff` ↔ `#material-kickoff`;
/// `None` for an anchor the guide does not know.
pub fn localized_anchor(anchor: &str, lang: Lang) -> Option<String> {
    if let Some(section) = Section::from_anchor(anchor) {
        return Some(section.anchor(lang).to_string());
    }
    kit::from_anchor(anchor).map(|m| kit::anchor(m.id, lang))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_group_page_has_a_name_and_summary_in_both_languages() {
        let pages: Vec<GuidePage> = GuidePage::groups().collect();
        assert_eq!(pages.len(), GUIDE.roles.len() + 1);
        assert_eq!(pages.last(), Some(&GuidePage::Seo));
        for p in pages {
            for lang in Lang::ALL {
                assert!(p.name().is_some_and(|n| !n.get(lang).is_empty()), "{p:?}");
                assert!(p.summary().is_some_and(|n| !n.get(lang).is_empty()), "{p:?}");
            }
        }
        assert_eq!(GuidePage::Overview.name(), None);
        assert_eq!(GuidePage::Role(99).name(), None);
    }

    #[test]
    fn anchors_follow_the_language() {
        assert_eq!(localized_anchor("zorgen", Lang::En).as_deref(), Some("concerns"));
        assert_eq!(localized_anchor("concerns", Lang::Nl).as_deref(), Some("zorgen"));
        assert_eq!(
            localized_anchor("materiaal-kickoff", Lang::En).as_deref(),
            Some("material-kickoff")
        );
        assert_eq!(localized_anchor("iets-anders", Lang::En), None);
    }

    #[test]
    fn every_page_lists_its_sections_under_distinct_titles() {
        for list in [&Section::ROLE[..], &Section::SEO[..], &Section::OVERVIEW[..]] {
            let mut titles: Vec<&str> = list.iter().map(|s| s.title().name()).collect();
            titles.sort_unstable();
            titles.dedup();
            assert_eq!(titles.len(), list.len(), "{list:?}");
        }
    }
}

//! The guide's content: every text is present in both languages, and everything the guide
//! promises (groups, SEO lens, phases with weeks, formats, mistakes, KPI targets, FAQ) is there.

use adoptieplanner::domain::guide::*;
use adoptieplanner::domain::i18n::Lang;

#[test]
fn every_text_is_filled_in_and_translated() {
    let texts = all_texts();
    assert!(texts.len() > 150, "only {} texts", texts.len());
    for (page, section, t) in &texts {
        for lang in Lang::ALL {
            let s = t.get(lang);
            assert!(
                !s.trim().is_empty(),
                "empty {} text in {page:?}/{section:?}: {t:?}",
                lang.code()
            );
            assert_eq!(s, s.trim(), "stray whitespace in {page:?}/{section:?}: {s:?}");
        }
        if t.get(Lang::Nl).split_whitespace().count() > 4 {
            assert_ne!(
                t.get(Lang::Nl),
                t.get(Lang::En),
                "untranslated text in {page:?}/{section:?}: {}",
                t.get(Lang::Nl)
            );
        }
    }
}

#[test]
fn three_groups_and_the_seo_lens() {
    let ids: Vec<_> = GUIDE.roles.iter().map(|r| r.id).collect();
    assert_eq!(ids, ["board", "managers", "staff"]);
    for r in GUIDE.roles {
        assert!(
            r.concerns.len() >= 3 && r.needs.len() >= 3 && r.messages.len() >= 3,
            "{}",
            r.id
        );
        assert!(
            !r.avoid.is_empty() && r.material.len() >= 4 && r.today.len() >= 4,
            "{}",
            r.id
        );
        for f in r.formats {
            assert!(format(f).is_some(), "{} refers to unknown format {f}", r.id);
        }
    }
    let board = &GUIDE.roles[0];
    assert!(board
        .messages
        .iter()
        .any(|m| m.example.get(Lang::Nl).contains("40 %") && m.example.get(Lang::En).contains("40%")));
    let seo = &GUIDE.seo;
    assert!(seo.budget.iter().any(|t| t.get(Lang::En).contains("leads")));
    assert!(seo.budget.iter().any(|t| t.get(Lang::En).contains("acquisition cost")));
    assert!(seo.budget.iter().any(|t| t.get(Lang::En).contains("brand")));
    for dept in ["content", "technology", "data", "product"] {
        assert!(seo.ownership[0].get(Lang::En).contains(dept), "ownership misses {dept}");
    }
    assert!(!seo.activity_metrics.is_empty() && !seo.outcome_metrics.is_empty());
    assert!(seo.question.get(Lang::En).ends_with('?'));
}

#[test]
fn four_phases_with_their_weeks() {
    let weeks: Vec<_> = GUIDE.phases.iter().map(|p| (p.id, p.weeks_from, p.weeks_to)).collect();
    assert_eq!(
        weeks,
        [
            ("awareness", 1, Some(4)),
            ("information", 5, Some(8)),
            ("engagement", 9, Some(16)),
            ("embedding", 17, None)
        ]
    );
    assert!(GUIDE.phase_note.get(Lang::En).contains("overlap"));
}

#[test]
fn six_formats_five_mistakes_seven_questions() {
    let formats: Vec<_> = GUIDE.formats.iter().map(|f| f.id).collect();
    assert_eq!(
        formats,
        ["briefing", "demo", "workshop", "peer", "stories", "ambassadors"]
    );
    assert!(format("briefing")
        .is_some_and(|f| f.how.get(Lang::Nl).contains("20 minuten") && f.how.get(Lang::En).contains("20 minutes")));
    assert!(format("stories").is_some_and(|f| f.how.get(Lang::En).contains("30%")));
    assert_eq!(GUIDE.mistakes.len(), 5);
    assert!(
        GUIDE.listen_tip.get(Lang::En).contains("listening") && GUIDE.listen_tip.get(Lang::Nl).contains("luisteren")
    );
    assert_eq!(GUIDE.faq.len(), 7);
}

#[test]
fn the_kpi_table_has_the_five_targets() {
    let targets: Vec<_> = GUIDE.kpis.iter().map(|k| (k.id, k.target.get(Lang::En))).collect();
    assert_eq!(
        targets,
        [
            ("adoption", "70% after 6 months"),
            ("engagement", "85% of the audience"),
            ("acceptance", "At least 60% agreement"),
            ("competence", "50% feel confident with AI"),
            ("impact", "15-30%, depending on the application"),
        ]
    );
    assert!(GUIDE.measuring.before_start.get(Lang::En).contains("before"));
    assert!(GUIDE
        .measuring
        .practices
        .iter()
        .any(|p| p.get(Lang::En).contains("monthly pulse survey")));
    assert!(GUIDE
        .measuring
        .practices
        .iter()
        .any(|p| p.get(Lang::En).contains("focus groups")));
}

#[test]
fn slugs_and_anchors_resolve_in_both_languages() {
    assert_eq!(GuidePage::from_slug("directie"), Some(GuidePage::Role(0)));
    assert_eq!(GuidePage::from_slug("board"), Some(GuidePage::Role(0)));
    assert_eq!(GuidePage::from_slug("Medewerkers"), Some(GuidePage::Role(2)));
    assert_eq!(GuidePage::from_slug("marketing-seo"), Some(GuidePage::Seo));
    assert_eq!(GuidePage::from_slug("onbekend"), None);
    assert_eq!(GuidePage::Role(1).path(Lang::Nl), "/gids/middenmanagement");
    assert_eq!(GuidePage::Role(1).path(Lang::En), "/gids/managers");
    assert_eq!(Section::from_anchor("zorgen"), Some(Section::Concerns));
    assert_eq!(Section::from_anchor("concerns"), Some(Section::Concerns));
    for p in [
        GuidePage::Role(0),
        GuidePage::Role(1),
        GuidePage::Role(2),
        GuidePage::Seo,
    ] {
        assert_eq!(p.id().and_then(GuidePage::from_id), Some(p));
    }
    let mut ids: Vec<_> = GUIDE
        .roles
        .iter()
        .flat_map(|r| r.today)
        .chain(GUIDE.seo.today)
        .map(|c| c.id)
        .collect();
    let n = ids.len();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), n, "checklist ids must be unique");
}

#[test]
fn search_finds_terms_in_each_language() {
    let nl = search("weerstand", Lang::Nl, 50);
    assert!(nl.len() >= 3);
    assert!(nl.iter().all(|h| h.text.to_lowercase().contains("weerstand")));
    let en = search("RESISTANCE", Lang::En, 50);
    assert!(en.iter().any(|h| h.section == Section::Faq));
    assert!(!search("financiele", Lang::Nl, 5).is_empty() || !search("kwaliteit", Lang::Nl, 5).is_empty());
    assert_eq!(
        search("pulse survey", Lang::En, 10).first().map(|h| h.section),
        Some(Section::Kpis)
    );
    assert!(search("   ", Lang::Nl, 10).is_empty());
    assert!(search("zzzqqq", Lang::En, 10).is_empty());
    assert_eq!(search("a", Lang::En, 3).len(), 3);
}

#[test]
fn ticks_survive_storage_and_tolerate_garbage() {
    let stored = encode_ticks(&["board-kpis", "staff-task"]);
    assert_eq!(decode_ticks(&stored), ["board-kpis", "staff-task"]);
    assert_eq!(decode_ticks("v1:board-kpis,nonsense,board-kpis"), ["board-kpis"]);
    assert!(decode_ticks("{\"broken\":").is_empty());
    assert!(decode_ticks("").is_empty());
}

//! The guide's kit: ready-to-send materials per group and what each group does first in each
//! phase, with their lookups. The words live in `content/kit.toml`; what the materials are filled
//! in with is in [`super::facts`], the filling in itself in [`super::fill`].

pub use super::facts::{
    company_field, company_name, phase_now, teaches, Facts, Figures, PhaseNow, PlanFacts, Session, COMPANY_MAX_CHARS,
};
pub use super::fill::{fill, html, payback_text, plain_text};
pub use super::markup::{Block, Line, Span};
use super::{GuidePage, Text};
use crate::domain::i18n::Lang;
use crate::domain::phase::Phase;
use crate::domain::schedule::Stakeholder;

/// A ready-to-send text for one group.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Material {
    /// Stable id, used in anchors and links.
    pub id: &'static str,
    /// The page it belongs to: a role id, `seo`, or `overview` (the measurement kit).
    pub page: &'static str,
    /// Title.
    pub title: Text,
    /// From whom to whom.
    pub audience: Text,
    /// When to send or use it.
    pub when: Text,
    /// Advice for the sender (not part of the text).
    pub tip: Text,
    /// The text, in the markup described above.
    pub body: Text,
}

/// One thing to do this week, perhaps with the material that goes with it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct WeekItem {
    /// What to do.
    pub text: Text,
    /// Id of the material to use.
    pub material: Option<&'static str>,
}

/// What one group does in one phase.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ThisWeek {
    /// The page (role id or `seo`).
    pub page: &'static str,
    /// The phase.
    pub phase: Phase,
    /// What to do.
    pub items: &'static [WeekItem],
}

/// The whole kit.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Kit {
    /// Every material.
    pub materials: &'static [Material],
    /// What each group does in each phase.
    pub this_week: &'static [ThisWeek],
}

/// The kit's content, compiled from `content/kit.toml`.
pub static KIT: Kit = include!(concat!(env!("OUT_DIR"), "/kit_content.rs"));

/// The id pages use in the kit (`board`, `managers`, `staff`, `seo`, `overview`).
fn page_id(page: GuidePage) -> &'static str {
    page.id().unwrap_or("overview")
}

/// The materials of `page`, in the order of the content file.
pub fn materials(page: GuidePage) -> impl Iterator<Item = &'static Material> {
    let id = page_id(page);
    KIT.materials.iter().filter(move |m| m.page == id)
}

/// The material with `id`.
pub fn material(id: &str) -> Option<&'static Material> {
    KIT.materials.iter().find(|m| m.id == id)
}

/// The page a material is on.
pub fn page_of(m: &Material) -> GuidePage {
    if m.page == "overview" {
        GuidePage::Overview
    } else {
        GuidePage::from_id(m.page).unwrap_or(GuidePage::Overview)
    }
}

/// What the group of `page` does in `phase` (empty for the overview).
pub fn this_week(page: GuidePage, phase: Phase) -> &'static [WeekItem] {
    let id = page_id(page);
    KIT.this_week
        .iter()
        .find(|w| w.page == id && w.phase == phase)
        .map_or(&[], |w| w.items)
}

/// The schedule group a page addresses; `None` for the SEO lens and the overview.
pub fn group(page: GuidePage) -> Option<Stakeholder> {
    let id = page.id()?;
    Stakeholder::ALL.into_iter().find(|s| s.code() == id)
}

/// The anchor of a material on its page, e.g. `materiaal-kickoff` / `material-kickoff`.
pub fn anchor(id: &str, lang: Lang) -> String {
    match lang {
        Lang::Nl => format!("materiaal-{id}"),
        Lang::En => format!("material-{id}"),
    }
}

/// The material an anchor names, in either language.
pub fn from_anchor(anchor: &str) -> Option<&'static Material> {
    let id = anchor
        .strip_prefix("materiaal-")
        .or_else(|| anchor.strip_prefix("material-"))?;
    material(id)
}

/// A file name for the downloaded text: the title in lowercase ASCII words, e.g.
/// `kick-offbericht-aan-alle-medewerkers.txt`.
pub fn file_name(m: &Material, lang: Lang) -> String {
    let mut slug = String::new();
    for c in m.title.get(lang).chars() {
        let c = match c {
            'á' | 'à' | 'â' | 'ä' => 'a',
            'é' | 'è' | 'ê' | 'ë' => 'e',
            'í' | 'ì' | 'î' | 'ï' => 'i',
            'ó' | 'ò' | 'ô' | 'ö' => 'o',
            'ú' | 'ù' | 'û' | 'ü' => 'u',
            c => c.to_ascii_lowercase(),
        };
        if c.is_ascii_alphanumeric() {
            slug.push(c);
        } else if !slug.is_empty() && !slug.ends_with('-') {
            slug.push('-');
        }
    }
    format!("{}.txt", slug.trim_end_matches('-'))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::date::Date;
    use crate::domain::guide::fill::{date_list, placeholder};
    use crate::domain::i18n::date_long;
    use crate::domain::schedule::{ActivityKind, EventKind, PlanInputs};

    fn d(y: i32, m: u32, day: u32) -> Date {
        Date::new(y, m, day).expect("valid date")
    }

    fn plan() -> PlanInputs {
        PlanInputs {
            start: d(2027, 3, 1),
            ..PlanInputs::default()
        }
    }

    fn full_facts(today: Date) -> Facts {
        Facts {
            company: Some("Bakkerij Jansen".into()),
            plan: Some(PlanFacts::new(&plan(), today)),
            figures: Some(Figures {
                payback_month: Some(20.4),
                board_roi: Some(-18.2),
                horizon: 36,
                start: (2027, 3),
            }),
            policy: crate::domain::guide::policy::PolicyChoices {
                tools: "Copilot".into(),
                contact: "Anna".into(),
                ..Default::default()
            },
        }
    }

    fn all_text(blocks: &[Block]) -> String {
        plain_text(blocks)
    }

    fn spans(blocks: &[Block]) -> Vec<Span> {
        let mut out = Vec::new();
        for b in blocks {
            match b {
                Block::Heading(l) => out.extend(l.iter().cloned()),
                Block::Paragraph(ls) | Block::List { items: ls, .. } => {
                    ls.iter().for_each(|l| out.extend(l.iter().cloned()))
                }
                Block::Table { rows, .. } => rows.iter().flatten().for_each(|l| out.extend(l.iter().cloned())),
            }
        }
        out
    }

    #[test]
    fn every_group_page_has_materials_and_a_week_list_for_every_phase_in_both_languages() {
        for page in GuidePage::groups() {
            assert!(materials(page).count() >= 2, "{page:?}");
            for phase in Phase::ALL {
                let items = this_week(page, phase);
                assert!(!items.is_empty(), "{page:?} {phase:?}");
                for lang in Lang::ALL {
                    assert!(items.iter().all(|i| !i.text.get(lang).trim().is_empty()));
                }
            }
        }
        assert!(materials(GuidePage::Overview).any(|m| m.id == "pulse-survey"));
        assert!(this_week(GuidePage::Overview, Phase::Awareness).is_empty());
    }

    #[test]
    fn the_issue_s_materials_are_all_there() {
        let board: Vec<_> = materials(GuidePage::Role(0)).map(|m| m.id).collect();
        assert_eq!(
            board,
            [
                "kickoff",
                "briefing",
                "position",
                "ai-policy",
                "works-council",
                "privacy-checklist",
                "literacy-plan"
            ]
        );
        let managers: Vec<_> = materials(GuidePage::Role(1)).map(|m| m.id).collect();
        assert_eq!(managers, ["team-meeting", "objections", "ambassador"]);
        let staff: Vec<_> = materials(GuidePage::Role(2)).map(|m| m.id).collect();
        assert_eq!(staff, ["intranet-faq", "help-note", "success-story"]);
        let seo: Vec<_> = materials(GuidePage::Seo).map(|m| m.id).collect();
        assert_eq!(seo, ["seo-pitch", "seo-owners"]);
        // At least six objections, the bookkeeper of 58 among them.
        for lang in Lang::ALL {
            let objections = material("objections").map(|m| fill(m.body.get(lang), lang, &Facts::default()));
            let headings = objections
                .iter()
                .flatten()
                .filter(|b| matches!(b, Block::Heading(_)))
                .count();
            assert!(headings >= 6, "{lang:?}: {headings}");
        }
        let too_old = material("objections").map(|m| m.body.get(Lang::En));
        assert!(too_old.is_some_and(|b| b.contains("too old")));
    }

    #[test]
    fn every_material_is_on_the_page_it_names_and_every_link_finds_it() {
        for m in KIT.materials {
            let page = page_of(m);
            assert!(materials(page).any(|x| x.id == m.id), "{}", m.id);
            assert_eq!(page.id().unwrap_or("overview"), m.page);
        }
        for w in KIT.this_week {
            for id in w.items.iter().filter_map(|i| i.material) {
                assert!(material(id).is_some(), "{} links to {id}", w.page);
            }
        }
    }

    #[test]
    fn every_placeholder_resolves_with_and_without_the_reader_s_input() {
        let today = d(2027, 2, 1);
        for m in KIT.materials {
            for lang in Lang::ALL {
                let filled = all_text(&fill(m.body.get(lang), lang, &full_facts(today)));
                let empty = all_text(&fill(m.body.get(lang), lang, &Facts::default()));
                for text in [&filled, &empty] {
                    assert!(!text.contains('{') && !text.contains('}'), "{}: {text}", m.id);
                }
                // Without input every planner value is a bracketed blank, never an empty hole.
                for span in spans(&fill(m.body.get(lang), lang, &Facts::default())) {
                    assert!(!matches!(span, Span::Filled(_)), "{}: {span:?}", m.id);
                    if let Span::Blank(b) = &span {
                        assert!(b.starts_with('[') && b.ends_with(']') && b.len() > 2, "{}: {b}", m.id);
                    }
                }
                // With input the company name is used wherever the text asks for it.
                let asks = m.body.get(lang).contains("{company}");
                assert_eq!(filled.contains("Bakkerij Jansen"), asks, "{}", m.id);
            }
        }
    }

    #[test]
    fn the_kick_off_carries_the_company_the_start_and_the_payback() {
        let m = material("kickoff").expect("kick-off");
        let nl = all_text(&fill(m.body.get(Lang::Nl), Lang::Nl, &full_facts(d(2027, 2, 1))));
        assert!(nl.contains("Bakkerij Jansen"), "{nl}");
        // The staff's first day, in words that hold before and after it.
        assert!(nl.contains("Per maandag 29 maart 2027 werken we"), "{nl}");
        assert!(nl.contains("maand 21 na de start (november 2028)"), "{nl}");
        let en = all_text(&fill(m.body.get(Lang::En), Lang::En, &Facts::default()));
        assert!(
            en.contains("[company name]") && en.contains("[start date]") && en.contains("[payback month]"),
            "{en}"
        );
    }

    #[test]
    fn payback_months_count_from_the_start_month() {
        assert_eq!(
            payback_text(1.0, (2027, 1), Lang::En),
            "month 1 after the start (January 2027)"
        );
        assert_eq!(
            payback_text(12.4, (2027, 1), Lang::En),
            "month 13 after the start (January 2028)"
        );
        assert_eq!(
            payback_text(13.0, (2027, 12), Lang::Nl),
            "maand 13 na de start (december 2028)"
        );
        assert_eq!(
            payback_text(0.2, (2027, 5), Lang::En),
            "month 1 after the start (May 2027)"
        );
    }

    #[test]
    fn no_payback_within_the_horizon_is_a_blank_to_rewrite() {
        let facts = Facts {
            figures: Some(Figures {
                payback_month: None,
                board_roi: None,
                horizon: 36,
                start: (2027, 1),
            }),
            ..Facts::default()
        };
        let m = material("kickoff").expect("kick-off");
        let en = all_text(&fill(m.body.get(Lang::En), Lang::En, &facts));
        assert!(en.contains("[no payback within 36 months"), "{en}");
    }

    #[test]
    fn dates_are_listed_as_a_letter_would() {
        let dates = [d(2027, 2, 1), d(2027, 3, 1), d(2027, 3, 29)];
        assert_eq!(date_list(&dates, Lang::Nl), "1 februari, 1 maart en 29 maart 2027");
        assert_eq!(date_list(&dates[..1], Lang::En), "1 February 2027");
        assert_eq!(
            date_list(&[d(2027, 12, 6), d(2028, 1, 3)], Lang::En),
            "6 December 2027 and 3 January 2028"
        );
    }

    #[test]
    fn the_plan_gives_next_sessions_and_pulse_checks_from_today() {
        let p = plan();
        let before = PlanFacts::new(&p, d(2027, 1, 1));
        assert_eq!(before.start, d(2027, 3, 1));
        assert!(matches!(before.sessions[0], Session::On(day) if day >= d(2027, 3, 1)));
        assert_eq!(before.pulse.len(), 3);
        assert!(before.pulse.windows(2).all(|w| w[0] < w[1]));
        let later = PlanFacts::new(&p, d(2027, 6, 1));
        assert!(later.pulse.iter().all(|x| *x >= d(2027, 6, 1)));
        let after = PlanFacts::new(&p, d(2030, 1, 1));
        assert_eq!(after.sessions, [Session::NoneLeft; 3]);
        assert!(after.pulse.is_empty());
        let no_board = PlanInputs {
            groups: [false, true, true],
            ..p
        };
        assert_eq!(PlanFacts::new(&no_board, d(2027, 1, 1)).sessions[0], Session::NotInPlan);
    }

    #[test]
    fn upcoming_dates_are_never_in_the_past_and_the_briefing_is_a_briefing() {
        let p = plan();
        let built = p.build();
        let mut today = d(2027, 1, 1);
        while today < d(2028, 12, 31) {
            let f = PlanFacts::new(&p, today);
            for s in f.sessions {
                assert!(!matches!(s, Session::On(day) if day < today), "{today:?}: {s:?}");
            }
            assert!(f.pulse.iter().all(|x| *x >= today), "{today:?}");
            assert!(f.next_briefing.is_none_or(|x| x >= today), "{today:?}");
            assert!(f.adoption_check.is_none_or(|x| x >= today), "{today:?}");
            if let Some(day) = f.next_briefing {
                assert!(built.events.iter().any(|e| e.date == day
                    && e.group == Some(Stakeholder::Board)
                    && e.kind == EventKind::Activity(ActivityKind::ExecutiveBriefing)));
            }
            // What happened before today stays as planned: the first sessions and the start days.
            assert_eq!(f.first_sessions, PlanFacts::new(&p, d(2000, 1, 1)).first_sessions);
            assert_eq!(f.staff_start, Some(d(2027, 3, 29)));
            for lang in Lang::ALL {
                let upcoming: Vec<Span> = [
                    "session_board",
                    "session_staff",
                    "next_briefing",
                    "next_pulse",
                    "adoption_check",
                ]
                .iter()
                .map(|name| placeholder(name, lang, &full_facts(today)))
                .collect();
                for span in upcoming {
                    if let Span::Filled(words) = &span {
                        let passed = built
                            .events
                            .iter()
                            .filter(|e| e.date < today)
                            .any(|e| date_long(e.date, lang) == *words);
                        let also_later = built
                            .events
                            .iter()
                            .filter(|e| e.date >= today)
                            .any(|e| date_long(e.date, lang) == *words);
                        assert!(!passed || also_later, "{today:?} {lang:?}: {words}");
                    }
                }
            }
            today = today.add_days(9);
        }
    }

    #[test]
    fn the_first_session_for_everyone_is_the_staff_s_first_not_the_next() {
        let p = plan();
        let late = full_facts(d(2027, 9, 1));
        let first = late.plan.as_ref().map(|f| f.first_sessions[2]);
        let next = late.plan.as_ref().map(|f| f.sessions[2]);
        assert_ne!(first, next);
        let m = material("kickoff").expect("kick-off");
        let nl = all_text(&fill(m.body.get(Lang::Nl), Lang::Nl, &late));
        let Some(Session::On(day)) = first else {
            panic!("the staff have a first session")
        };
        assert!(
            nl.contains(&format!(
                "Eerste bijeenkomst voor iedereen: {}",
                date_long(day, Lang::Nl)
            )),
            "{nl}"
        );
        assert!(day >= p.start);
    }

    #[test]
    fn the_literacy_plan_lists_each_group_s_learning_sessions() {
        let f = PlanFacts::new(&plan(), d(2027, 1, 1));
        let built = plan().build();
        for g in Stakeholder::ALL {
            let dates = &f.literacy[g.index()];
            assert!(!dates.is_empty() && dates.len() <= 4, "{g:?}");
            for day in dates {
                assert!(built.events.iter().any(|e| e.date == *day
                    && e.group == Some(g)
                    && matches!(e.kind, EventKind::Activity(a) if teaches(a))));
            }
        }
        let m = material("literacy-plan").expect("literacy plan");
        let en = all_text(&fill(m.body.get(Lang::En), Lang::En, &full_facts(d(2027, 1, 1))));
        assert!(
            en.contains("Checked on 30 November 2026") && en.contains("Not legal advice"),
            "{en}"
        );
        assert!(!en.contains("[dates]"), "{en}");
    }

    #[test]
    fn every_legal_material_names_its_basis_the_date_checked_and_that_it_is_not_advice() {
        for id in ["ai-policy", "works-council", "privacy-checklist", "literacy-plan"] {
            let m = material(id).expect("legal material");
            assert!(
                m.body.get(Lang::Nl).contains("Geen juridisch advies")
                    && m.body.get(Lang::Nl).contains("Gecontroleerd op 30 november 2026"),
                "{id}"
            );
            assert!(
                m.body.get(Lang::En).contains("Not legal advice")
                    && m.body.get(Lang::En).contains("Checked on 30 November 2026"),
                "{id}"
            );
            let nl = m.body.get(Lang::Nl).to_lowercase();
            assert!(nl.contains("artikel") || nl.contains("art."), "{id}");
        }
    }

    #[test]
    fn markup_becomes_blocks_and_plain_text() {
        let body = "Titel {company}\n\n# Kop\nEen [invullen] zin.\nTweede regel.\n\n- 1. een\n- 2. twee\n\n- los\n\n| A | B |\n|---|---|\n| 1 | {kpi_adoption} |";
        let blocks = fill(body, Lang::Nl, &Facts::default());
        assert_eq!(blocks.len(), 6);
        assert!(matches!(&blocks[3], Block::List { ordered: true, items } if items.len() == 2));
        assert!(matches!(&blocks[4], Block::List { ordered: false, .. }));
        assert!(matches!(&blocks[5], Block::Table { header: true, rows } if rows.len() == 2));
        assert_eq!(
            plain_text(&blocks),
            "Titel [bedrijfsnaam]\n\nKop\nEen [invullen] zin.\nTweede regel.\n\n1. een\n2. twee\n\n- los\n\nA | B\n1 | 70 % na 6 maanden\n"
        );
    }

    #[test]
    fn html_is_escaped_and_marks_what_was_filled_in() {
        let facts = Facts {
            company: Some("<b>Smit & Co</b>".into()),
            ..Facts::default()
        };
        let body = "# Kop {company}\n\nRegel een\nRegel [twee]\n\n- 1. a\n- 2. b\n\n| K | W |\n|---|---|\n| x | y |";
        assert_eq!(
            html(&fill(body, Lang::Nl, &facts)),
            "<h4>Kop <span class=\"kit-filled\">&lt;b&gt;Smit &amp; Co&lt;/b&gt;</span></h4>\
             <p>Regel een<br>Regel <span class=\"kit-blank\">[twee]</span></p>\
             <ol><li>a</li><li>b</li></ol>\
             <div class=\"table-scroll\"><table class=\"kit-table\"><thead><tr><th scope=\"col\">K</th><th scope=\"col\">W</th></tr></thead>\
             <tbody><tr><th scope=\"row\">x</th><td>y</td></tr></tbody></table></div>"
        );
        let plain = "| a | b |\n| c | d |";
        assert_eq!(
            html(&fill(plain, Lang::Nl, &Facts::default())),
            "<div class=\"table-scroll\"><table class=\"kit-table\"><tbody><tr><th scope=\"row\">a</th><td>b</td></tr>\
             <tr><th scope=\"row\">c</th><td>d</td></tr></tbody></table></div>"
        );
    }

    #[test]
    fn unclosed_marks_stay_text() {
        let body = "a { b [ c";
        assert_eq!(plain_text(&fill(body, Lang::Nl, &Facts::default())), "a { b [ c\n");
    }

    #[test]
    fn company_names_are_one_trimmed_line() {
        assert_eq!(
            company_name("  Jansen &\n Zonen  B.V. "),
            Some("Jansen & Zonen B.V.".into())
        );
        assert_eq!(company_name(" \t\n"), None);
        assert_eq!(
            company_name(&"x".repeat(500)).map(|s| s.chars().count()),
            Some(COMPANY_MAX_CHARS)
        );
        assert_eq!(company_name("Café Ëlf"), Some("Café Ëlf".into()));
    }

    #[test]
    fn the_phase_follows_the_group_s_own_start() {
        let p = plan();
        let board = phase_now(&p, Some(Stakeholder::Board), d(2027, 2, 1));
        assert_eq!(
            board,
            PhaseNow {
                phase: Phase::Awareness,
                week: None,
                starts: d(2027, 3, 1)
            }
        );
        assert_eq!(phase_now(&p, Some(Stakeholder::Board), d(2027, 3, 1)).week, Some(1));
        assert_eq!(
            phase_now(&p, Some(Stakeholder::Board), d(2027, 4, 5)).phase,
            Phase::Information
        );
        // Staff start once the board is through awareness (week 5).
        let staff = phase_now(&p, Some(Stakeholder::Staff), d(2027, 3, 29));
        assert_eq!((staff.phase, staff.week), (Phase::Awareness, Some(1)));
        assert_eq!(phase_now(&p, None, d(2028, 1, 1)).phase, Phase::Embedding);
    }

    #[test]
    fn file_names_are_plain_ascii() {
        let m = material("kickoff").expect("kick-off");
        assert_eq!(file_name(m, Lang::Nl), "kick-offbericht-aan-alle-medewerkers.txt");
        assert_eq!(file_name(m, Lang::En), "kick-off-message-to-all-staff.txt");
        for m in KIT.materials {
            for lang in Lang::ALL {
                let f = file_name(m, lang);
                assert!(f.ends_with(".txt") && f.len() > 4 && f.is_ascii(), "{f}");
            }
        }
    }

    #[test]
    fn anchors_name_their_material_in_both_languages() {
        for m in KIT.materials {
            for lang in Lang::ALL {
                assert_eq!(from_anchor(&anchor(m.id, lang)).map(|x| x.id), Some(m.id));
            }
        }
        assert_eq!(from_anchor("materiaal-bestaat-niet"), None);
    }
}

//! The planner's pages: their paths and the texts that name them.

use crate::domain::guide::GuidePage;
use crate::domain::i18n::{text, Key, Lang};

/// A top-level page of the app.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Page {
    /// Start page with the three parts.
    Home,
    /// Guide by role (`/gids`).
    Guide,
    /// ROI calculator (`/roi`).
    Roi,
    /// Communication schedule (`/planning`).
    Planning,
    /// About and sources (`/over`).
    About,
}

impl Page {
    /// The pages shown in the main navigation, in order.
    pub const NAV: [Page; 4] = [Page::Guide, Page::Roi, Page::Planning, Page::About];

    /// The path of the page, without the deployment prefix.
    pub const fn path(self) -> &'static str {
        match self {
            Page::Home => "/",
            Page::Guide => "/gids",
            Page::Roi => "/roi",
            Page::Planning => "/planning",
            Page::About => "/over",
        }
    }

    /// Name of the path parameter that carries a guide page's slug (`/gids/:rol`).
    pub const GUIDE_PAGE_PARAM: &'static str = "rol";

    /// Every page.
    pub const ALL: [Page; 5] = [Page::Home, Page::Guide, Page::Roi, Page::Planning, Page::About];

    /// The first path segment of the page in Dutch (empty for the start page).
    pub const fn segment(self) -> &'static str {
        self.segment_in(Lang::Nl)
    }

    /// The first path segment of the page in `lang`: `/gids` is `/en/guide` and `/over` is
    /// `/en/about` in English; the other pages keep their word.
    pub const fn segment_in(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (Page::Home, _) => "",
            (Page::Guide, Lang::Nl) => "gids",
            (Page::Guide, Lang::En) => "guide",
            (Page::Roi, _) => "roi",
            (Page::Planning, _) => "planning",
            (Page::About, Lang::Nl) => "over",
            (Page::About, Lang::En) => "about",
        }
    }

    /// The page whose first path segment is `segment` in either language (`gids` or `guide`);
    /// `None` for the start page's empty segment and for words the app does not know. Both words
    /// lead to the page in both languages, so older addresses (`/en/gids/board`) keep working.
    pub fn from_segment(segment: &str) -> Option<Page> {
        Page::ALL
            .into_iter()
            .filter(|p| *p != Page::Home)
            .find(|p| Lang::ALL.iter().any(|l| p.segment_in(*l) == segment))
    }

    /// The short label in the navigation.
    pub const fn nav_label(self) -> Key {
        match self {
            Page::Home => Key::NavHome,
            Page::Guide => Key::NavGuide,
            Page::Roi => Key::NavRoi,
            Page::Planning => Key::NavPlanning,
            Page::About => Key::NavAbout,
        }
    }

    /// The document title of the page (before the app name).
    pub const fn title(self) -> Key {
        match self {
            Page::Home => Key::HomeTitle,
            Page::Guide => Key::GuideTitle,
            Page::Roi => Key::RoiTitle,
            Page::Planning => Key::PlanningTitle,
            Page::About => Key::AboutTitle,
        }
    }

    /// The page a path belongs to; sub-paths such as `/gids/directie` belong to their parent, and
    /// English paths (`/en/roi`, `/en/guide/board`) to the same page.
    pub fn from_path(path: &str) -> Option<Page> {
        let path = without_lang_prefix(path);
        match path.trim_matches('/').split('/').next().unwrap_or_default() {
            "" => Some(Page::Home),
            first => Page::from_segment(first),
        }
    }
}

/// The path segment that puts a page in English: `/en/roi` is `/roi` in English. Dutch, the
/// planner's first language, has no prefix.
pub const ENGLISH_SEGMENT: &str = "en";

/// The path prefix of `lang`'s pages: empty for Dutch, `/en` for English.
pub const fn lang_prefix(lang: Lang) -> &'static str {
    match lang {
        Lang::Nl => "",
        Lang::En => "/en",
    }
}

/// The language a path (inside the app) names by its prefix: English for `/en` and `/en/…`.
pub fn lang_of_path(path: &str) -> Option<Lang> {
    (without_lang_prefix(path).len() != path.len()).then_some(Lang::En)
}

/// The path without its language prefix: `/roi` for `/en/roi`, `/` for `/en`.
pub fn without_lang_prefix(path: &str) -> &str {
    match path.strip_prefix("/en") {
        Some("") => "/",
        Some(rest) if rest.starts_with('/') => rest,
        _ => path,
    }
}

/// The same page in `lang`: the language prefix set, the page's word and a guide group's slug
/// translated, e.g. `/gids/directie` → `/en/guide/board` and `/en/about` → `/over`. Older English
/// addresses (`/en/gids/board`) give the current one. Paths the app does not know keep their words.
pub fn localized_path(path: &str, lang: Lang) -> String {
    let inner = without_lang_prefix(path);
    let mut parts: Vec<&str> = inner.trim_matches('/').split('/').filter(|p| !p.is_empty()).collect();
    let page = parts.first().and_then(|first| Page::from_segment(first));
    if let (Some(page), Some(first)) = (page, parts.first_mut()) {
        *first = page.segment_in(lang);
    }
    if let (Some(Page::Guide), [_, slug]) = (page, parts.as_mut_slice()) {
        if let Some(translated) = GuidePage::from_slug(slug).and_then(|g| g.slug(lang)) {
            *slug = translated;
        }
    }
    join_path(lang, &parts)
}

fn join_path(lang: Lang, parts: &[&str]) -> String {
    let inner = parts.join("/");
    match (lang_prefix(lang), inner.is_empty()) {
        ("", true) => "/".to_string(),
        (prefix, true) => prefix.to_string(),
        (prefix, false) => format!("{prefix}/{inner}"),
    }
}

/// The document title of the page at `path` (inside the app): "Directie · AI-adoptieplanner" for
/// a guide group, "ROI-calculator · AI-adoptieplanner" for a page, the app's name elsewhere.
pub fn document_title(path: &str, lang: Lang) -> String {
    let app = text(Key::AppName, lang);
    let group = guide_page_of(path).and_then(GuidePage::name);
    match (Page::from_path(path), group) {
        (_, Some(name)) => format!("{} · {app}", name.get(lang)),
        (Some(page), None) => format!("{} · {app}", text(page.title(), lang)),
        (None, None) => app.to_string(),
    }
}

/// The guide page at `path`, if it is one (`/gids/directie`, `/en/guide/board`, `/gids`).
pub fn guide_page_of(path: &str) -> Option<GuidePage> {
    let inner = without_lang_prefix(path);
    let mut parts = inner.trim_matches('/').split('/');
    (parts.next().and_then(Page::from_segment) == Some(Page::Guide))
        .then(|| GuidePage::from_slug(parts.next().unwrap_or_default()))
        .flatten()
}

/// A page the build writes as finished HTML.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Prerendered {
    /// Its path inside the app, e.g. `/en/guide/board`.
    pub path: String,
    /// The language it is written in.
    pub lang: Lang,
    /// The page.
    pub page: Page,
    /// The guide page, for `/gids…`.
    pub guide: Option<GuidePage>,
    /// The address search engines should use for it (itself, or the `/en/…` form of an older
    /// English address such as `/gids/board`).
    pub canonical: String,
}

impl Prerendered {
    /// Its `<title>`.
    pub fn title(&self) -> String {
        document_title(&self.path, self.lang)
    }

    /// Its meta description (a guide group's summary, or the page's).
    pub fn description(&self) -> &'static str {
        if let Some(summary) = self.guide.and_then(GuidePage::summary) {
            return summary.get(self.lang);
        }
        let key = match self.page {
            Page::Home => Key::MetaHome,
            Page::Guide => Key::MetaGuide,
            Page::Roi => Key::MetaRoi,
            Page::Planning => Key::MetaPlanning,
            Page::About => Key::MetaAbout,
        };
        text(key, self.lang)
    }

    /// The same page in `lang`, for `hreflang` alternates and the language switch.
    pub fn alternate(&self, lang: Lang) -> String {
        localized_path(&self.canonical, lang)
    }
}

/// Every page the build writes as HTML: each page in both languages (the guide's group pages under
/// their own slugs), and each English page at its older addresses too ([`older_english_paths`]).
pub fn prerendered() -> Vec<Prerendered> {
    let mut out = Vec::new();
    for lang in Lang::ALL {
        let pages = Page::ALL
            .into_iter()
            .map(|page| (page, (page == Page::Guide).then_some(GuidePage::Overview)));
        let groups = GuidePage::groups().map(|group| (Page::Guide, Some(group)));
        for (page, guide) in pages.chain(groups) {
            let path = localized_path(&guide.map_or_else(|| page.path().to_string(), |g| g.path(lang)), lang);
            out.push(Prerendered {
                canonical: path.clone(),
                path,
                lang,
                page,
                guide,
            });
        }
    }
    let older: Vec<Prerendered> = out
        .iter()
        .filter(|p| p.lang == Lang::En)
        .flat_map(|p| {
            older_english_paths(p.page, p.guide)
                .into_iter()
                .map(|path| Prerendered { path, ..p.clone() })
        })
        .collect();
    out.extend(older);
    out
}

/// The addresses an English page had before it had English words, which keep answering with the
/// page (whose canonical link names the current address): `/en/gids/board` and `/gids/board` for
/// `/en/guide/board`, `/en/over` for `/en/about`. Empty where the address never changed (`/en/roi`).
pub fn older_english_paths(page: Page, guide: Option<GuidePage>) -> Vec<String> {
    let slug = guide.and_then(|g| g.slug(Lang::En));
    let rest = slug.map(|s| format!("/{s}")).unwrap_or_default();
    let dutch_word = page.segment_in(Lang::Nl);
    let mut older = Vec::new();
    if dutch_word != page.segment_in(Lang::En) {
        older.push(format!("/en/{dutch_word}{rest}"));
    }
    // Before `/en`, an English group page was the Dutch path with the English slug.
    if slug.is_some() && slug != guide.and_then(|g| g.slug(Lang::Nl)) {
        older.push(format!("/{dutch_word}{rest}"));
    }
    older
}

/// A deployment prefix as the router wants it: `/tools/ai-planner` for `/tools/ai-planner/`,
/// empty for the site root. Anything that is not a plain absolute path counts as the root.
pub fn normalize_base(base: &str) -> String {
    let trimmed = base.trim().trim_end_matches('/');
    let plain = trimmed.starts_with('/')
        && !trimmed.starts_with("//")
        && trimmed
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '/' | '-' | '_' | '.' | '~'));
    if plain {
        trimmed.to_string()
    } else {
        String::new()
    }
}

/// The path inside the app: `/roi` for `/tools/ai-planner/roi` under base `/tools/ai-planner`.
pub fn strip_base<'a>(path: &'a str, base: &str) -> &'a str {
    match path.strip_prefix(base) {
        Some("") => "/",
        Some(rest) if base.is_empty() || rest.starts_with('/') => rest,
        _ => path,
    }
}

/// The address without a trailing slash (`/roi/` becomes `/roi`), for servers that redirect a
/// route's folder to its slash form; `None` when the path is already canonical or is the app's root.
pub fn without_trailing_slash(path: &str, base: &str) -> Option<String> {
    let trimmed = path.trim_end_matches('/');
    (path.ends_with('/') && !trimmed.is_empty() && trimmed != base).then(|| trimmed.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn segments_and_paths_agree() {
        for p in Page::ALL {
            assert_eq!(p.path(), format!("/{}", p.segment()));
            assert_eq!(
                localized_path(p.path(), Lang::En),
                format!("/en/{}", p.segment_in(Lang::En)).trim_end_matches('/')
            );
            if p != Page::Home {
                assert_eq!(Page::from_segment(p.segment_in(Lang::En)), Some(p));
                assert_eq!(Page::from_segment(p.segment()), Some(p));
            }
        }
        assert_eq!(Page::from_segment(""), None);
    }

    #[test]
    fn deployment_prefixes() {
        assert_eq!(normalize_base("/tools/ai-planner/"), "/tools/ai-planner");
        assert_eq!(normalize_base("/"), "");
        assert_eq!(normalize_base(""), "");
        assert_eq!(normalize_base("//evil.example/"), "");
        assert_eq!(normalize_base("javascript:x"), "");
        assert_eq!(strip_base("/tools/ai-planner/roi", "/tools/ai-planner"), "/roi");
        assert_eq!(strip_base("/tools/ai-planner", "/tools/ai-planner"), "/");
        assert_eq!(
            strip_base("/tools/ai-plannerx/roi", "/tools/ai-planner"),
            "/tools/ai-plannerx/roi"
        );
        assert_eq!(strip_base("/roi", ""), "/roi");
        assert_eq!(without_trailing_slash("/roi/", ""), Some("/roi".into()));
        assert_eq!(
            without_trailing_slash("/tools/ai-planner/gids/board/", "/tools/ai-planner"),
            Some("/tools/ai-planner/gids/board".into())
        );
        assert_eq!(without_trailing_slash("/tools/ai-planner/", "/tools/ai-planner"), None);
        assert_eq!(without_trailing_slash("/", ""), None);
        assert_eq!(without_trailing_slash("/roi", ""), None);
    }

    #[test]
    fn english_pages_live_under_en() {
        assert_eq!(lang_of_path("/en/roi"), Some(Lang::En));
        assert_eq!(lang_of_path("/en"), Some(Lang::En));
        assert_eq!(lang_of_path("/entree"), None);
        assert_eq!(lang_of_path("/roi"), None);
        assert_eq!(without_lang_prefix("/en"), "/");
        assert_eq!(without_lang_prefix("/en/guide/board"), "/guide/board");
        assert_eq!(without_lang_prefix("/entree"), "/entree");
        assert_eq!(Page::from_path("/en/roi"), Some(Page::Roi));
        assert_eq!(Page::from_path("/en"), Some(Page::Home));
        assert_eq!(Page::from_path("/en/guide/board"), Some(Page::Guide));
        assert_eq!(Page::from_path("/en/about"), Some(Page::About));
        assert_eq!(Page::from_path("/en/gids"), Some(Page::Guide));
        assert_eq!(localized_path("/gids/directie", Lang::En), "/en/guide/board");
        assert_eq!(localized_path("/en/guide/board", Lang::Nl), "/gids/directie");
        assert_eq!(localized_path("/gids/board", Lang::En), "/en/guide/board");
        assert_eq!(localized_path("/roi", Lang::En), "/en/roi");
        assert_eq!(localized_path("/en/roi", Lang::En), "/en/roi");
        assert_eq!(localized_path("/en", Lang::Nl), "/");
        assert_eq!(localized_path("/", Lang::En), "/en");
        assert_eq!(localized_path("/gids", Lang::En), "/en/guide");
        assert_eq!(localized_path("/over", Lang::En), "/en/about");
        assert_eq!(localized_path("/en/about", Lang::Nl), "/over");
        assert_eq!(
            localized_path("/gids/marketing-seo", Lang::En),
            "/en/guide/marketing-seo"
        );
        assert_eq!(localized_path("/gids/onbekend", Lang::En), "/en/guide/onbekend");
        assert_eq!(localized_path("/onbekend/x", Lang::En), "/en/onbekend/x");
        // Older English addresses give the current one, in both languages.
        assert_eq!(localized_path("/en/gids/board", Lang::En), "/en/guide/board");
        assert_eq!(localized_path("/en/gids/board", Lang::Nl), "/gids/directie");
        assert_eq!(localized_path("/en/over", Lang::En), "/en/about");
        assert_eq!(guide_page_of("/en/guide/board"), guide_page_of("/gids/directie"));
        assert_eq!(guide_page_of("/en/gids/board"), guide_page_of("/gids/directie"));
    }

    #[test]
    fn every_page_is_prerendered_once_per_address_in_both_languages() {
        let all = prerendered();
        let mut paths: Vec<&str> = all.iter().map(|p| p.path.as_str()).collect();
        paths.sort_unstable();
        let n = paths.len();
        paths.dedup();
        assert_eq!(paths.len(), n, "an address is written twice");
        // 5 pages + 4 groups, in two languages; the older English addresses: the guide's overview
        // and its four groups under `/en/gids`, `/en/over`, and three groups without `/en`.
        assert_eq!(n, 2 * (5 + 4) + 6 + 3);
        for p in &all {
            assert_eq!(lang_of_path(&p.canonical).unwrap_or(Lang::Nl), p.lang, "{p:?}");
            assert_eq!(Page::from_path(&p.path), Some(p.page), "{p:?}");
            for lang in Lang::ALL {
                assert!(
                    all.iter().any(|q| q.path == p.alternate(lang) && q.lang == lang),
                    "{p:?} {lang:?}"
                );
            }
        }
        for p in &all {
            let (title, description) = (p.title(), p.description());
            assert!(
                title.contains(text(Key::AppName, p.lang)) && title.len() < 70,
                "{title}"
            );
            assert!((50..=200).contains(&description.chars().count()), "{description}");
        }
        assert_eq!(
            document_title("/en/guide/board", Lang::En),
            "Board and directors · AI Adoption Planner"
        );
        assert_eq!(document_title("/roi", Lang::Nl), "ROI-calculator · AI-adoptieplanner");
        assert_eq!(document_title("/bestaat-niet", Lang::Nl), "AI-adoptieplanner");
        for (old, current) in [
            ("/gids/board", "/en/guide/board"),
            ("/en/gids/board", "/en/guide/board"),
            ("/en/gids", "/en/guide"),
            ("/en/over", "/en/about"),
        ] {
            let page = all.iter().find(|p| p.path == old).expect("older English address");
            assert_eq!((page.lang, page.canonical.as_str()), (Lang::En, current));
        }
        assert!(older_english_paths(Page::Roi, None).is_empty());
    }

    #[test]
    fn paths_round_trip() {
        for page in [Page::Home, Page::Guide, Page::Roi, Page::Planning, Page::About] {
            assert_eq!(Page::from_path(page.path()), Some(page));
        }
        assert_eq!(Page::from_path("/gids/directie"), Some(Page::Guide));
        assert_eq!(Page::from_path("/bestaat-niet"), None);
    }
}

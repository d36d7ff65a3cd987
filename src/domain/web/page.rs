//! The planner's pages: their paths and the texts that name them.

use crate::domain::i18n::Key;

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

    /// The first path segment of the page (empty for the start page); the router's table is
    /// built from these.
    pub const fn segment(self) -> &'static str {
        match self {
            Page::Home => "",
            Page::Guide => "gids",
            Page::Roi => "roi",
            Page::Planning => "planning",
            Page::About => "over",
        }
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

    /// The page a path belongs to; sub-paths such as `/gids/directie` belong to their parent.
    pub fn from_path(path: &str) -> Option<Page> {
        let first = path.trim_matches('/').split('/').next().unwrap_or_default();
        [Page::Home, Page::Guide, Page::Roi, Page::Planning, Page::About]
            .into_iter()
            .find(|p| p.path().trim_matches('/') == first)
    }
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
        }
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
    fn paths_round_trip() {
        for page in [Page::Home, Page::Guide, Page::Roi, Page::Planning, Page::About] {
            assert_eq!(Page::from_path(page.path()), Some(page));
        }
        assert_eq!(Page::from_path("/gids/directie"), Some(Page::Guide));
        assert_eq!(Page::from_path("/bestaat-niet"), None);
    }
}

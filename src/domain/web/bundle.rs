//! The app's bundles: the browser build is split into one bundle per part of the site, and each
//! page loads only the bundle that carries it, so a visitor of the calculator does not download
//! the guide's views. Cargo features name them (`bundle-start`, …; all by default, for the tests
//! and the prerender step); `scripts/post-build.mjs` builds each one and points every page at its
//! own. A link inside the app to a page of another bundle loads that page as a page of its own.

use super::embed::Part;
use super::page::Page;

/// One bundle of the browser build.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Bundle {
    /// The start page (its questions and the start page they lead to) and the not-found page.
    Start,
    /// The guide by role with its kit, and the about page.
    Guide,
    /// The ROI calculator with its presenter view.
    Roi,
    /// The communication schedule.
    Planning,
}

impl Bundle {
    /// Every bundle.
    pub const ALL: [Bundle; 4] = [Bundle::Start, Bundle::Guide, Bundle::Roi, Bundle::Planning];

    /// Its name, as in its Cargo feature (`bundle-roi`), its files and `<html data-bundle>`.
    pub const fn name(self) -> &'static str {
        match self {
            Bundle::Start => "start",
            Bundle::Guide => "guide",
            Bundle::Roi => "roi",
            Bundle::Planning => "planning",
        }
    }

    /// The bundle that carries `page`.
    pub const fn of_page(page: Page) -> Bundle {
        match page {
            Page::Home => Bundle::Start,
            Page::Guide | Page::About => Bundle::Guide,
            Page::Roi => Bundle::Roi,
            Page::Planning => Bundle::Planning,
        }
    }

    /// The bundle that carries the part a host page's section shows.
    pub const fn of_part(part: &Part) -> Bundle {
        match part {
            Part::Start => Bundle::Start,
            Part::Guide | Part::Role(_) => Bundle::Guide,
            Part::Roi => Bundle::Roi,
            Part::Planning => Bundle::Planning,
        }
    }

    /// Whether this build carries the bundle's views.
    pub const fn built_in(self) -> bool {
        match self {
            Bundle::Start => cfg!(feature = "bundle-start"),
            Bundle::Guide => cfg!(feature = "bundle-guide"),
            Bundle::Roi => cfg!(feature = "bundle-roi"),
            Bundle::Planning => cfg!(feature = "bundle-planning"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_page_and_part_has_its_bundle_and_the_default_build_carries_all() {
        assert_eq!(Bundle::of_page(Page::Home), Bundle::Start);
        assert_eq!(Bundle::of_page(Page::About), Bundle::Guide);
        assert_eq!(Bundle::of_page(Page::Roi), Bundle::Roi);
        assert_eq!(Bundle::of_part(&Part::Role("board".into())), Bundle::Guide);
        assert_eq!(Bundle::of_part(&Part::Planning), Bundle::Planning);
        assert!(Bundle::ALL.iter().all(|b| b.built_in()));
        let names: Vec<_> = Bundle::ALL.iter().map(|b| b.name()).collect();
        assert_eq!(names, ["start", "guide", "roi", "planning"]);
    }
}

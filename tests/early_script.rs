//! `public/early.js` runs before the page paints, before the app, so it cannot ask the domain which
//! pages are called what in each language (`/gids` and `/en/guide`): it keeps its own lists to send
//! `?lang=` to the other language's page. This checks that list against the pages the app routes.

use adoptieplanner::domain::i18n::Lang;
use adoptieplanner::domain::web::page::Page;
use std::fs;

#[test]
fn the_early_script_knows_every_page_s_words_in_both_languages() {
    let script = fs::read_to_string("public/early.js").expect("public/early.js is readable");
    let line = script
        .lines()
        .find(|l| l.trim_start().starts_with("var pages = ["))
        .expect("early.js lists the pages as `var pages = [[nl, en], ...]`");
    let pages: Vec<(String, String)> = Page::ALL
        .iter()
        .map(|p| (p.segment_in(Lang::Nl).to_string(), p.segment_in(Lang::En).to_string()))
        .collect();
    assert_eq!(pairs(line), pages);
}

/// The `['nl', 'en']` pairs of a one-line list in the script.
fn pairs(line: &str) -> Vec<(String, String)> {
    line.split("['")
        .skip(1)
        .filter_map(|pair| {
            let (nl, rest) = pair.split_once("', '")?;
            let en = rest.split_once('\'')?.0;
            Some((nl.to_string(), en.to_string()))
        })
        .collect()
}

#[test]
fn the_early_script_knows_every_guide_group_s_slug_in_both_languages() {
    use adoptieplanner::domain::guide::{GuidePage, GUIDE};
    let script = fs::read_to_string("public/early.js").expect("public/early.js is readable");
    let line = script
        .lines()
        .find(|l| l.trim_start().starts_with("var groups = ["))
        .expect("early.js lists the group slugs as `var groups = [[nl, en], ...]`");
    let listed = pairs(line);
    let slugs: Vec<(String, String)> = GuidePage::groups()
        .map(|page| match page {
            GuidePage::Role(i) => GUIDE.roles[i].slug,
            _ => GUIDE.seo.slug,
        })
        .map(|slug| (slug.nl.to_string(), slug.en.to_string()))
        .collect();
    assert_eq!(listed, slugs);
}

//! `public/early.js` runs before the page paints, before the app, so it cannot ask the domain which
//! pages have the same path in both languages (`/roi` and `/en/roi`): it keeps its own list to send
//! `?lang=` to the other language's page. This checks that list against the pages the app routes.

use adoptieplanner::domain::web::page::Page;
use std::fs;

#[test]
fn the_early_script_knows_every_page_with_one_path_in_both_languages() {
    let script = fs::read_to_string("public/early.js").expect("public/early.js is readable");
    let line = script
        .lines()
        .find(|l| l.trim_start().starts_with("var shared = ["))
        .expect("early.js lists the pages as `var shared = [...]`");
    let inside = line
        .split_once('[')
        .and_then(|(_, rest)| rest.split_once(']'))
        .map(|(list, _)| list)
        .expect("the list is on one line");
    let listed: Vec<String> = inside
        .split(',')
        .map(|item| item.trim().trim_matches('\'').to_string())
        .collect();
    let pages: Vec<String> = Page::ALL.iter().map(|p| format!("/{}", p.segment())).collect();
    assert_eq!(listed, pages);
}

#[test]
fn the_early_script_knows_every_guide_group_s_slug_in_both_languages() {
    use adoptieplanner::domain::guide::{GuidePage, GUIDE};
    let script = fs::read_to_string("public/early.js").expect("public/early.js is readable");
    let line = script
        .lines()
        .find(|l| l.trim_start().starts_with("var groups = ["))
        .expect("early.js lists the group slugs as `var groups = [[nl, en], ...]`");
    let listed: Vec<(String, String)> = line
        .split("['")
        .skip(1)
        .filter_map(|pair| {
            let (nl, rest) = pair.split_once("', '")?;
            let en = rest.split_once('\'')?.0;
            Some((nl.to_string(), en.to_string()))
        })
        .collect();
    let slugs: Vec<(String, String)> = GuidePage::groups()
        .map(|page| match page {
            GuidePage::Role(i) => GUIDE.roles[i].slug,
            _ => GUIDE.seo.slug,
        })
        .map(|slug| (slug.nl.to_string(), slug.en.to_string()))
        .collect();
    assert_eq!(listed, slugs);
}

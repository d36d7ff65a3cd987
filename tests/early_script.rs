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

//! Privacy: the planner stores nothing in the browser beyond the keys listed (and explained) on
//! the About page. This scans the source for any other `adoptieplanner.*` storage name.

use adoptieplanner::domain::web::storage::{ALL, PREFIX};
use std::fs;
use std::path::Path;

fn sources(dir: &Path, out: &mut Vec<(String, String)>) {
    for entry in fs::read_dir(dir).expect("readable source dir").flatten() {
        let path = entry.path();
        if path.is_dir() {
            sources(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push((
                path.display().to_string(),
                fs::read_to_string(&path).expect("readable source"),
            ));
        }
    }
}

#[test]
fn every_storage_key_in_the_code_is_listed() {
    let mut files = Vec::new();
    sources(Path::new("src"), &mut files);
    let listed: Vec<&str> = ALL.iter().map(|(k, _)| *k).collect();
    assert!(ALL.iter().all(|(k, _)| k.starts_with(PREFIX)));
    // The registry itself defines the keys; everywhere else a key must be one of its constants,
    // so a literal storage name outside it is either unlisted or a copy that can drift.
    let mut spelled_out = Vec::new();
    for (path, text) in files.iter().filter(|(p, _)| !p.ends_with("domain/web/storage.rs")) {
        for (i, _) in text.match_indices(&format!("\"{PREFIX}")) {
            let literal: String = text[i + 1..].chars().take_while(|c| *c != '"').collect();
            let why = if listed.contains(&literal.as_str()) {
                "use the constant from domain::web::storage"
            } else {
                "the privacy list lacks it"
            };
            spelled_out.push(format!("{path}: {literal} ({why})"));
        }
    }
    assert_eq!(spelled_out, Vec::<String>::new());
}

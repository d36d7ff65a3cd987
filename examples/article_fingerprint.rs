//! Writes `tests/fixtures/article_runs.txt`, the fingerprint of the source articles that
//! `tests/own_words.rs` compares the product's texts against, from the articles themselves:
//!
//!     cargo run --example article_fingerprint [-- DIR]
//!
//! DIR defaults to `../shared/seeds`, where the articles sit beside a developer's checkout; every
//! `.txt` file in it is read. Run it again when the articles change; the tests never read them.

#[path = "../tests/support/article_runs.rs"]
mod article_runs;

use std::path::PathBuf;
use std::process::ExitCode;

const OUT: &str = "tests/fixtures/article_runs.txt";

fn main() -> ExitCode {
    let dir = PathBuf::from(std::env::args().nth(1).unwrap_or_else(|| "../shared/seeds".into()));
    let entries = match std::fs::read_dir(&dir) {
        Ok(entries) => entries,
        Err(e) => {
            eprintln!("cannot read the articles in {}: {e}", dir.display());
            return ExitCode::FAILURE;
        }
    };
    let mut paths: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    paths.sort();
    let mut articles = Vec::new();
    for path in &paths {
        match std::fs::read_to_string(path) {
            Ok(text) => articles.push(text),
            Err(e) => {
                eprintln!("cannot read {}: {e}", path.display());
                return ExitCode::FAILURE;
            }
        }
    }
    if articles.is_empty() {
        eprintln!("no .txt articles in {}", dir.display());
        return ExitCode::FAILURE;
    }
    let fingerprints = article_runs::article_fingerprints(&articles);
    // What changed against the file in the repository, so a regenerated file is not a surprise.
    let before = std::fs::read_to_string(OUT)
        .ok()
        .and_then(|text| article_runs::parse(&text))
        .unwrap_or_default();
    let added = fingerprints.iter().filter(|f| !before.contains(f)).count();
    let removed = before.iter().filter(|f| !fingerprints.contains(f)).count();
    if let Err(e) = std::fs::write(OUT, article_runs::render(&fingerprints)) {
        eprintln!("cannot write {OUT}: {e}");
        return ExitCode::FAILURE;
    }
    println!(
        "{OUT}: {} runs from {} articles ({added} new, {removed} gone)",
        fingerprints.len(),
        articles.len()
    );
    ExitCode::SUCCESS
}

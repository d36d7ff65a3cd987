//! Content in our own words: no text of the guide or the interface shares a run of eight or more
//! words with the two source articles (the articles' quoted titles on the sources page excepted).
//! Facts and figures are carried over; sentences are not.
//!
//! The articles stay outside the repository. What the test compares against is their fingerprint,
//! `tests/fixtures/article_runs.txt`: a hash of every run of eight words, not the text. A developer
//! with the articles beside the checkout writes it anew with `cargo run --example article_fingerprint`.
#![cfg(not(target_arch = "wasm32"))]

#[path = "support/article_runs.rs"]
mod article_runs;

use article_runs::{article_fingerprints, fingerprint, parse, render, runs, words, RUN};
use std::collections::HashSet;
use std::fs;

const FINGERPRINT: &str = "tests/fixtures/article_runs.txt";

/// Every string value in a TOML file, with the dotted key it sits under.
fn strings(value: &toml::Value, key: &str, out: &mut Vec<(String, String)>) {
    match value {
        toml::Value::String(s) => out.push((key.to_string(), s.clone())),
        toml::Value::Array(items) => {
            for (i, v) in items.iter().enumerate() {
                strings(v, &format!("{key}[{i}]"), out);
            }
        }
        toml::Value::Table(table) => {
            for (k, v) in table {
                strings(v, &format!("{key}.{k}"), out);
            }
        }
        _ => {}
    }
}

/// The runs of `text` whose fingerprint is in `source`.
fn copied(text: &str, source: &HashSet<u64>) -> Vec<String> {
    runs(&words(text))
        .filter(|run| source.contains(&fingerprint(run)))
        .collect()
}

fn article_fingerprint() -> HashSet<u64> {
    let text = fs::read_to_string(FINGERPRINT).expect("the articles' fingerprint in the repository");
    parse(&text)
        .expect("one hex fingerprint per line")
        .into_iter()
        .collect()
}

#[test]
fn no_text_shares_eight_words_with_the_articles() {
    let source = article_fingerprint();
    assert!(
        source.len() > 1_000,
        "expected the fingerprint of two full articles, read {} runs",
        source.len()
    );

    let mut found = Vec::new();
    for file in ["content/guide.toml", "content/kit.toml", "i18n/ui.toml"] {
        let text = fs::read_to_string(file).expect("content file");
        let value: toml::Value = toml::from_str(&text).expect("valid TOML");
        let mut all = Vec::new();
        strings(&value, file, &mut all);
        for (key, s) in all {
            for run in copied(&s, &source) {
                found.push(format!("{key}: \"{run}\""));
            }
        }
    }
    found.dedup();
    assert!(
        found.is_empty(),
        "{} runs of {RUN} words taken from the articles:\n{}",
        found.len(),
        found.join("\n")
    );
}

#[test]
fn the_fingerprint_is_fnv1a_64() {
    // The published FNV-1a test vectors: the file stays readable by any other implementation.
    assert_eq!(fingerprint(""), 0xcbf2_9ce4_8422_2325);
    assert_eq!(fingerprint("a"), 0xaf63_dc4c_8601_ec8c);
    assert_eq!(fingerprint("foobar"), 0x85944171f73967e8);
}

#[test]
fn a_copied_run_is_found_and_a_reworded_one_is_not() {
    let article = "title: Een titel van vijf woorden\n\nDe zon komt op in het oosten en gaat onder in het westen, \
                   zo leerden wij het al op de lagere school."
        .to_string();
    let text = render(&article_fingerprints(&[article]));
    let source: HashSet<u64> = parse(&text).expect("own output parses").into_iter().collect();
    // Case and punctuation do not hide a copy.
    let copy = copied("Zoals bekend: de ZON komt op, in het oosten en gaat onder.", &source);
    assert_eq!(
        copy,
        vec![
            "de zon komt op in het oosten en".to_string(),
            "zon komt op in het oosten en gaat".to_string(),
            "komt op in het oosten en gaat onder".to_string()
        ]
    );
    // Seven shared words in a row are not a copy.
    assert!(copied("de zon komt op in het oosten, dat weet iedereen", &source).is_empty());
    // A tampered fingerprint file is an error, not an empty set.
    assert_eq!(parse("# header\n0123456789abcdef\nnot-hex\n"), None);
}

#[test]
fn titles_may_be_quoted() {
    let article = "---\ntitle: \"Waarom een plan met acht woorden soms gewoon werkt\"\n---\nTekst.".to_string();
    let source: HashSet<u64> = article_fingerprints(&[article]).into_iter().collect();
    assert!(copied("Waarom een plan met acht woorden soms gewoon werkt", &source).is_empty());
}

//! Content in our own words: no text of the guide or the interface shares a run of eight or more
//! words with the source articles in `../shared/seeds/` (the articles' quoted titles on the sources
//! page excepted). Facts and figures are carried over; sentences are not.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::HashSet;
use std::fs;
use std::path::Path;

/// The run length that counts as copied.
const RUN: usize = 8;

/// Lowercased words: letters and digits, everything else separates.
fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

fn runs(words: &[String]) -> impl Iterator<Item = String> + '_ {
    words.windows(RUN).map(|w| w.join(" "))
}

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

#[test]
fn no_text_shares_eight_words_with_the_articles() {
    let seeds = Path::new("../shared/seeds");
    let mut source = HashSet::new();
    let mut titles = Vec::new();
    for entry in fs::read_dir(seeds).expect("the source articles in ../shared/seeds/") {
        let path = entry.expect("readable entry").path();
        if path.extension().is_some_and(|e| e == "txt") {
            let text = fs::read_to_string(&path).expect("readable article");
            // The article's title (a `title:` line, else the first line with text), which the
            // sources page quotes.
            let title = text
                .lines()
                .find_map(|l| l.trim().strip_prefix("title:"))
                .or_else(|| text.lines().find(|l| !l.trim().is_empty() && l.trim() != "---"));
            if let Some(title) = title {
                titles.push(words(title).join(" "));
            }
            source.extend(runs(&words(&text)));
        }
    }
    assert!(
        source.len() > 1_000,
        "expected two full articles, read {} runs",
        source.len()
    );

    let mut found = Vec::new();
    for file in ["content/guide.toml", "content/kit.toml", "i18n/ui.toml"] {
        let text = fs::read_to_string(file).expect("content file");
        let value: toml::Value = toml::from_str(&text).expect("valid TOML");
        let mut all = Vec::new();
        strings(&value, file, &mut all);
        for (key, s) in all {
            let w = words(&s);
            for run in runs(&w) {
                let in_a_title = titles.iter().any(|t| t.contains(&run));
                if source.contains(&run) && !in_a_title {
                    found.push(format!("{key}: \"{run}\""));
                }
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

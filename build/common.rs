//! What the content compilers share: a text in both languages as the content files write it, the
//! Rust expression that stands for it, and the `{placeholders}` a text uses.

use serde::Deserialize;
use std::collections::BTreeSet;

/// A text in Dutch and English.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Text {
    pub nl: String,
    pub en: String,
}

/// The Rust expression for `t`: `Text { nl: "…", en: "…" }`.
pub fn text(t: &Text) -> String {
    format!("Text {{ nl: {:?}, en: {:?} }}", t.nl, t.en)
}

/// The names of the `{placeholders}` in `s`, and whether every `{` was closed.
pub fn placeholders(s: &str) -> (BTreeSet<String>, bool) {
    let mut found = BTreeSet::new();
    let mut rest = s;
    while let Some(open) = rest.find('{') {
        let after = &rest[open + 1..];
        let Some(close) = after.find('}') else {
            return (found, false);
        };
        found.insert(after[..close].to_string());
        rest = &after[close + 1..];
    }
    (found, true)
}

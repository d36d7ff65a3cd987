//! What the content compilers share: a text in both languages as the content files write it, the
//! Rust expression that stands for it, the `{placeholders}` a text uses, and the text files that
//! carry every text of one language to the browser (see `src/domain/texts.rs`).

use serde::Deserialize;
use std::cell::RefCell;
use std::collections::{BTreeSet, HashMap};
use std::fmt::Write as _;
use std::{env, fs, path::Path};

/// Ends one text in a language's text file; no text may contain it.
pub const SEPARATOR: char = '\u{1e}';

/// Every text of the build, in both languages, numbered in the order they were added.
#[derive(Default)]
struct Collected {
    nl: Vec<String>,
    en: Vec<String>,
    seen: HashMap<(String, String), usize>,
}

thread_local! {
    static COLLECTED: RefCell<Collected> = RefCell::new(Collected::default());
}

/// Adds an interface text under the next number (interface texts are numbered as their keys, so
/// they are never merged with an equal text).
pub fn add_ui_text(nl: &str, en: &str) -> usize {
    COLLECTED.with(|c| {
        let mut c = c.borrow_mut();
        c.nl.push(nl.to_string());
        c.en.push(en.to_string());
        c.nl.len() - 1
    })
}

/// The number of a content text; an equal pair added before keeps its number.
fn add_text(nl: &str, en: &str) -> usize {
    COLLECTED.with(|c| {
        let mut c = c.borrow_mut();
        let key = (nl.to_string(), en.to_string());
        if let Some(id) = c.seen.get(&key) {
            return *id;
        }
        c.nl.push(key.0.clone());
        c.en.push(key.1.clone());
        let id = c.nl.len() - 1;
        c.seen.insert(key, id);
        id
    })
}

/// FNV-1a, 64 bits: names a text file by its content, the same on every machine and build.
fn fnv(text: &str) -> u64 {
    text.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// Writes `texts-nl.txt`, `texts-en.txt` (every text, each ended by [`SEPARATOR`]) and
/// `texts.rs` (their file names, by content hash, and the number of texts) into `OUT_DIR`.
pub fn write_texts() {
    let out_dir = env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    COLLECTED.with(|c| {
        let c = c.borrow();
        let mut consts = String::new();
        for (lang, texts) in [("nl", &c.nl), ("en", &c.en)] {
            if let Some(bad) = texts.iter().find(|t| t.contains(SEPARATOR)) {
                panic!("a text contains the separator U+001E: {bad:?}");
            }
            let mut file = String::new();
            for t in texts.iter() {
                file.push_str(t);
                file.push(SEPARATOR);
            }
            let dest = Path::new(&out_dir).join(format!("texts-{lang}.txt"));
            fs::write(&dest, &file).unwrap_or_else(|e| panic!("cannot write {}: {e}", dest.display()));
            let _ = writeln!(
                consts,
                "/// The file with every {lang} text, named by its content.\npub const FILE_{}: &str = \"texts-{lang}-{:016x}.txt\";",
                lang.to_uppercase(),
                fnv(&file)
            );
        }
        let _ = writeln!(consts, "/// How many texts each language's file holds.\npub const COUNT: usize = {};", c.nl.len());
        let dest = Path::new(&out_dir).join("texts.rs");
        fs::write(&dest, consts).unwrap_or_else(|e| panic!("cannot write {}: {e}", dest.display()));
    });
}

/// A text in Dutch and English.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Text {
    pub nl: String,
    pub en: String,
}

/// The Rust expression for `t`: `Text(12)`, its number in the language files.
pub fn text(t: &Text) -> String {
    pair(&t.nl, &t.en)
}

/// The Rust expression for a text given as its two languages: `Text(12)`.
pub fn pair(nl: &str, en: &str) -> String {
    format!("Text({})", add_text(nl, en))
}

/// The Rust expression for a text compiled into the app itself, for what must be known before
/// any text file has loaded (a page's address): `Slug { nl: "…", en: "…" }`.
pub fn slug(t: &Text) -> String {
    format!("Slug {{ nl: {:?}, en: {:?} }}", t.nl, t.en)
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

//! Interface texts: `i18n/ui.toml` → `Key` enum and text tables.

use std::collections::BTreeSet;
use std::fmt::Write as _;
use std::{env, fs, path::Path};

const LANGS: [&str; 2] = ["nl", "en"];

/// Generates `ui_text.rs` from `i18n/ui.toml`.
pub fn generate() {
    let src = "i18n/ui.toml";
    println!("cargo:rerun-if-changed={src}");
    let text = fs::read_to_string(src).unwrap_or_else(|e| panic!("cannot read {src}: {e}"));
    let table: toml::Table = text.parse().unwrap_or_else(|e| panic!("{src} is not valid TOML: {e}"));

    let mut problems = Vec::new();
    let mut entries = Vec::new();
    for (key, value) in &table {
        if !key
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
        {
            problems.push(format!("[{key}]: key may only use a-z, 0-9 and _"));
            continue;
        }
        let Some(entry) = value.as_table() else {
            problems.push(format!("[{key}]: expected a table with nl = \"…\" and en = \"…\""));
            continue;
        };
        let mut texts = Vec::new();
        for lang in LANGS {
            match entry.get(lang).and_then(|v| v.as_str()) {
                Some(s) if !s.trim().is_empty() => texts.push(s.to_string()),
                _ => problems.push(format!("[{key}]: missing or empty `{lang}` text")),
            }
        }
        for extra in entry.keys().filter(|k| !LANGS.contains(&k.as_str())) {
            problems.push(format!("[{key}]: unknown language `{extra}`"));
        }
        if texts.len() == LANGS.len() {
            if placeholders(&texts[0]) != placeholders(&texts[1]) {
                problems.push(format!("[{key}]: nl and en use different {{placeholders}}"));
            }
            entries.push((key.clone(), texts));
        }
    }
    if !problems.is_empty() {
        panic!("{src} has {} problem(s):\n  {}", problems.len(), problems.join("\n  "));
    }

    let mut out = String::new();
    out.push_str("/// One interface text; its name matches the entry in `i18n/ui.toml`.\n");
    out.push_str("#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]\npub enum Key {\n");
    for (key, _) in &entries {
        let _ = writeln!(out, "    /// `[{key}]`\n    {},", camel(key));
    }
    out.push_str("}\n\nimpl Key {\n    /// Every key, in file order.\n    pub const ALL: &'static [Key] = &[\n");
    for (key, _) in &entries {
        let _ = writeln!(out, "        Key::{},", camel(key));
    }
    out.push_str("    ];\n\n    /// The entry name as written in `i18n/ui.toml`.\n    pub const fn name(self) -> &'static str {\n        match self {\n");
    for (key, _) in &entries {
        let _ = writeln!(out, "            Key::{} => {key:?},", camel(key));
    }
    out.push_str("        }\n    }\n}\n\n");
    // The texts themselves go to the language files, numbered as the keys (see `common.rs`).
    for (i, (key, texts)) in entries.iter().enumerate() {
        let id = crate::common::add_ui_text(&texts[0], &texts[1]);
        assert_eq!(id, i, "[{key}]: interface texts must be added before any other text");
    }
    // What must show when the text files cannot be loaded: compiled into the app itself.
    for (key, texts) in entries
        .iter()
        .filter(|(key, _)| key == "crash_notice" || key == "texts_unavailable")
    {
        let _ = writeln!(
            out,
            "/// `[{key}]` in both languages, compiled in.\npub const {}: [&str; 2] = [{:?}, {:?}];",
            key.to_uppercase(),
            texts[0],
            texts[1]
        );
    }
    let dest = Path::new(&env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("ui_text.rs");
    fs::write(&dest, out).unwrap_or_else(|e| panic!("cannot write {}: {e}", dest.display()));
}

/// The set of `{name}` placeholders in a text.
fn placeholders(s: &str) -> BTreeSet<String> {
    crate::common::placeholders(s).0
}

/// `nav_guide` → `NavGuide`.
fn camel(key: &str) -> String {
    key.split('_')
        .map(|part| {
            let mut chars = part.chars();
            chars
                .next()
                .map(|c| c.to_ascii_uppercase().to_string() + chars.as_str())
                .unwrap_or_default()
        })
        .collect()
}

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
    // Each language's texts as one string and the end offset of each text in it: half the bytes
    // of a table of string slices, which the wasm would carry as pointer and length each.
    for (i, lang) in LANGS.iter().enumerate() {
        let upper = lang.to_uppercase();
        let mut all = String::new();
        let mut ends = Vec::with_capacity(entries.len());
        for (_, texts) in &entries {
            all.push_str(&texts[i]);
            ends.push(all.len());
        }
        let _ = writeln!(out, "const TEXT_{upper}: &str = {all:?};");
        let _ = writeln!(out, "const ENDS_{upper}: [u32; {}] = {ends:?};\n", entries.len());
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

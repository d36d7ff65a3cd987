//! Every text of the planner (interface, guide, kit) as the browser gets it: one file per
//! language, loaded once, so a visitor downloads only the language shown.
//!
//! `build.rs` numbers the texts and writes `texts-nl.txt` and `texts-en.txt` (each text ended by
//! [`SEPARATOR`]); the generated code names a text by its number ([`Text`], an interface
//! [`Key`](super::i18n::Key) is its own number). Natively (tests, the prerender step) both files
//! are compiled in; in the browser the app loads a language's file before it shows that language
//! ([`install`]) and the prerender step publishes the files under the names [`file_name`] gives.

use std::sync::OnceLock;

use super::lang::Lang;

include!(concat!(env!("OUT_DIR"), "/texts.rs"));

/// Ends each text in a language file.
pub const SEPARATOR: char = '\u{1e}';

/// A text of the guide or the kit, in whichever language is asked for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Text(pub(crate) u16);

impl Text {
    /// The text in `lang` (empty while that language's file has not loaded).
    pub fn get(self, lang: Lang) -> &'static str {
        text_at(usize::from(self.0), lang)
    }
}

/// A text compiled into the app in both languages, for what must be known before any text file
/// has loaded: the words of a page's address.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Slug {
    /// Dutch.
    pub nl: &'static str,
    /// English.
    pub en: &'static str,
}

impl Slug {
    /// The slug in `lang`.
    pub const fn get(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::Nl => self.nl,
            Lang::En => self.en,
        }
    }
}

/// Why a language file was refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TextsError {
    /// The file holds another number of texts than this build has: another version's file.
    Count {
        /// The number this build expects.
        expected: usize,
        /// The number the file holds.
        found: usize,
    },
}

impl std::fmt::Display for TextsError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            TextsError::Count { expected, found } => {
                write!(f, "the text file holds {found} texts, this version needs {expected}")
            }
        }
    }
}

/// The texts of one language file, in order.
pub fn parse(file: &str) -> Result<Vec<&str>, TextsError> {
    let texts: Vec<&str> = file.split_terminator(SEPARATOR).collect();
    if texts.len() == COUNT && file.ends_with(SEPARATOR) {
        Ok(texts)
    } else {
        Err(TextsError::Count {
            expected: COUNT,
            found: texts.len(),
        })
    }
}

/// The name under which `lang`'s file is published, by its content (`texts-nl-….txt`).
pub const fn file_name(lang: Lang) -> &'static str {
    match lang {
        Lang::Nl => FILE_NL,
        Lang::En => FILE_EN,
    }
}

/// Each language's texts, once loaded.
static LOADED: [OnceLock<Vec<&'static str>>; 2] = [OnceLock::new(), OnceLock::new()];

const fn slot(lang: Lang) -> usize {
    match lang {
        Lang::Nl => 0,
        Lang::En => 1,
    }
}

/// Takes `file` as `lang`'s texts, for the rest of the page's life. A language already loaded
/// keeps its texts.
pub fn install(lang: Lang, file: String) -> Result<(), TextsError> {
    if is_loaded(lang) {
        return Ok(());
    }
    parse(&file)?;
    let texts = parse(file.leak())?;
    let _ = LOADED[slot(lang)].set(texts);
    Ok(())
}

/// Whether `lang`'s texts are there.
pub fn is_loaded(lang: Lang) -> bool {
    loaded(lang).is_some()
}

/// Both languages' files as this build wrote them, compiled in natively only (the browser's app
/// loads them instead).
#[cfg(not(target_arch = "wasm32"))]
const COMPILED: [&str; 2] = [
    include_str!(concat!(env!("OUT_DIR"), "/texts-nl.txt")),
    include_str!(concat!(env!("OUT_DIR"), "/texts-en.txt")),
];

/// `lang`'s file as this build wrote it (natively only), for the prerender step to publish.
#[cfg(not(target_arch = "wasm32"))]
pub fn compiled(lang: Lang) -> &'static str {
    COMPILED[slot(lang)]
}

#[cfg(not(target_arch = "wasm32"))]
fn loaded(lang: Lang) -> Option<&'static Vec<&'static str>> {
    Some(LOADED[slot(lang)].get_or_init(|| parse(compiled(lang)).unwrap_or_default()))
}

#[cfg(target_arch = "wasm32")]
fn loaded(lang: Lang) -> Option<&'static Vec<&'static str>> {
    LOADED[slot(lang)].get()
}

/// Text number `id` in `lang`; empty while the language has not loaded.
pub(crate) fn text_at(id: usize, lang: Lang) -> &'static str {
    loaded(lang).and_then(|texts| texts.get(id)).copied().unwrap_or("")
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    #[test]
    fn each_language_file_holds_every_text_and_nothing_else() {
        for lang in Lang::ALL {
            let file = COMPILED[slot(lang)];
            assert_eq!(parse(file).map(|t| t.len()), Ok(COUNT));
            assert!(is_loaded(lang));
            assert!(file_name(lang).starts_with(&format!("texts-{}-", lang.code())));
        }
        assert_ne!(file_name(Lang::Nl), file_name(Lang::En));
    }

    #[test]
    fn a_file_of_another_version_is_refused() {
        let short = "een\u{1e}twee\u{1e}";
        assert_eq!(
            parse(short),
            Err(TextsError::Count {
                expected: COUNT,
                found: 2
            })
        );
        let cut = &COMPILED[0][..COMPILED[0].len() - 1];
        assert!(parse(cut).is_err(), "a file cut short is refused");
        assert!(parse("").is_err());
        assert!(
            install(Lang::Nl, short.to_string()).is_ok(),
            "a loaded language keeps its texts"
        );
        assert!(!Text(0).get(Lang::Nl).is_empty());
    }
}

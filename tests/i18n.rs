//! Interface texts: every key has real text in both languages.

use adoptieplanner::domain::i18n::{text, Key, Lang};

#[test]
fn every_key_has_text_in_every_language() {
    assert!(
        Key::ALL.len() > 20,
        "expected the full text table, got {} keys",
        Key::ALL.len()
    );
    for key in Key::ALL {
        for lang in Lang::ALL {
            let s = text(*key, lang);
            assert!(!s.trim().is_empty(), "{} is empty in {}", key.name(), lang.code());
            assert_eq!(s.trim(), s, "{} in {} has stray whitespace", key.name(), lang.code());
        }
    }
}

#[test]
fn longer_texts_are_actually_translated() {
    // Short labels such as "Privacy" may legitimately be equal; sentences must differ.
    for key in Key::ALL {
        let (nl, en) = (text(*key, Lang::Nl), text(*key, Lang::En));
        if nl.split_whitespace().count() > 3 {
            assert_ne!(nl, en, "{} looks untranslated", key.name());
        }
    }
}

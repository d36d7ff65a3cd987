//! Interface texts: no stray whitespace, and sentences really translated (that no text is missing
//! or empty, and that placeholders match, `build.rs` already guarantees).

use adoptieplanner::domain::i18n::{text, Key, Lang};

#[test]
fn no_text_has_stray_whitespace() {
    for key in Key::ALL {
        for lang in Lang::ALL {
            let s = text(*key, lang);
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

//! Languages and interface texts.
//!
//! Texts live in `i18n/ui.toml`; `build.rs` turns them into [`Key`] and the language files that
//! [`text`] reads (see [`texts`](super::texts)), and refuses to build when a translation is missing. Which language to show is
//! decided by [`resolve`]: the URL first, then the remembered choice, then the browser.

include!(concat!(env!("OUT_DIR"), "/ui_text.rs"));

pub use super::lang::Lang;

/// The interface text for `key` in `lang` (empty while that language's file has not loaded, see
/// [`texts`](super::texts)).
pub fn text(key: Key, lang: Lang) -> &'static str {
    super::texts::text_at(key as usize, lang)
}

/// The interface text for `key` with each `{name}` replaced by its value.
pub fn text_with(key: Key, lang: Lang, values: &[(&str, &str)]) -> String {
    values.iter().fold(text(key, lang).to_string(), |acc, (name, value)| {
        acc.replace(&format!("{{{name}}}"), value)
    })
}

/// Chooses the language: the `lang` URL parameter, else the stored choice, else the first
/// browser language we support, else Dutch. Unknown values are skipped, never an error.
pub fn resolve<'a>(url: Option<&str>, stored: Option<&str>, browser: impl IntoIterator<Item = &'a str>) -> Lang {
    url.and_then(Lang::parse)
        .or_else(|| stored.and_then(Lang::parse))
        .or_else(|| browser.into_iter().find_map(Lang::parse))
        .unwrap_or_default()
}

/// Short month name, e.g. "mrt" (nl) or "Mar" (en).
pub fn month_abbr(month: u32, lang: Lang) -> &'static str {
    const NL: [&str; 12] = [
        "jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec",
    ];
    const EN: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    let i = (month.clamp(1, 12) - 1) as usize;
    match lang {
        Lang::Nl => NL[i],
        Lang::En => EN[i],
    }
}

/// A date for reading, e.g. "4 jan 2027".
pub fn date_text(date: super::date::Date, lang: Lang) -> String {
    format!("{} {} {}", date.day, month_abbr(date.month, lang), date.year)
}

/// Full month name, e.g. "maart" (nl) or "March" (en).
pub fn month_name(month: u32, lang: Lang) -> &'static str {
    const NL: [&str; 12] = [
        "januari",
        "februari",
        "maart",
        "april",
        "mei",
        "juni",
        "juli",
        "augustus",
        "september",
        "oktober",
        "november",
        "december",
    ];
    const EN: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    let i = (month.clamp(1, 12) - 1) as usize;
    match lang {
        Lang::Nl => NL[i],
        Lang::En => EN[i],
    }
}

/// A date for a letter, e.g. "maandag 4 januari 2027" or "Monday 4 January 2027".
pub fn date_long(date: super::date::Date, lang: Lang) -> String {
    const NL: [&str; 7] = [
        "maandag",
        "dinsdag",
        "woensdag",
        "donderdag",
        "vrijdag",
        "zaterdag",
        "zondag",
    ];
    const EN: [&str; 7] = [
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
    ];
    let days = match lang {
        Lang::Nl => NL,
        Lang::En => EN,
    };
    let weekday = days[(date.weekday() % 7) as usize];
    format!("{weekday} {} {} {}", date.day, month_name(date.month, lang), date.year)
}

#[cfg(test)]
mod tests {

    #[test]
    fn every_key_has_its_own_text_in_both_languages() {
        assert_eq!(text(Key::NavLabel, Lang::Nl), "Hoofdmenu");
        assert_eq!(text(Key::NavLabel, Lang::En), "Main menu");
        assert_eq!(text(Key::ALL[0], Lang::Nl), "Kanttekening");
        assert_eq!(text(Key::TextsUnavailable, Lang::En), TEXTS_UNAVAILABLE[1]);
        assert_eq!(text(Key::CrashNotice, Lang::Nl), CRASH_NOTICE[0]);
        for lang in Lang::ALL {
            assert!(Key::ALL.iter().all(|k| !text(*k, lang).is_empty()));
        }
    }

    use super::*;

    #[test]
    fn url_beats_storage_beats_browser() {
        assert_eq!(resolve(Some("en"), Some("nl"), ["nl"]), Lang::En);
        assert_eq!(resolve(None, Some("en"), ["nl"]), Lang::En);
        assert_eq!(resolve(Some("xx"), Some("garbage"), ["de-DE", "en-US"]), Lang::En);
        assert_eq!(resolve(None, None, ["fr"]), Lang::Nl);
    }

    #[test]
    fn placeholders_are_filled() {
        let s = text_with(Key::FooterVersion, Lang::En, &[("version", "1.2.3")]);
        assert!(s.contains("1.2.3") && !s.contains('{'), "{s}");
    }
}

//! Languages and interface texts.
//!
//! Texts live in `i18n/ui.toml`; `build.rs` turns them into [`Key`] and the tables used by
//! [`text`], and refuses to build when a translation is missing. Which language to show is
//! decided by [`resolve`]: the URL first, then the remembered choice, then the browser.

include!(concat!(env!("OUT_DIR"), "/ui_text.rs"));

/// A language the planner is written in. Dutch comes first.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Lang {
    /// Dutch, the default.
    #[default]
    Nl,
    /// English.
    En,
}

impl Lang {
    /// Both languages, Dutch first.
    pub const ALL: [Lang; 2] = [Lang::Nl, Lang::En];

    /// The two-letter code used in URLs, storage and the `lang` attribute.
    pub const fn code(self) -> &'static str {
        match self {
            Lang::Nl => "nl",
            Lang::En => "en",
        }
    }

    /// Reads a language tag such as `nl`, `EN`, `nl-BE` or `en_GB`; anything else is `None`.
    pub fn parse(tag: &str) -> Option<Lang> {
        let primary = tag.trim().split(['-', '_']).next().unwrap_or_default();
        match primary.to_ascii_lowercase().as_str() {
            "nl" => Some(Lang::Nl),
            "en" => Some(Lang::En),
            _ => None,
        }
    }

    /// The language's name in that language, for the switch.
    pub const fn native_name(self) -> &'static str {
        match self {
            Lang::Nl => "Nederlands",
            Lang::En => "English",
        }
    }

    /// The other language, for a two-way switch.
    pub const fn other(self) -> Lang {
        match self {
            Lang::Nl => Lang::En,
            Lang::En => Lang::Nl,
        }
    }
}

/// The interface text for `key` in `lang`.
pub fn text(key: Key, lang: Lang) -> &'static str {
    let index = key as usize;
    let (all, ends): (&'static str, &[u32]) = match lang {
        Lang::Nl => (TEXT_NL, &ENDS_NL),
        Lang::En => (TEXT_EN, &ENDS_EN),
    };
    let start = index.checked_sub(1).and_then(|i| ends.get(i)).copied().unwrap_or(0);
    let end = ends.get(index).copied().unwrap_or(0);
    all.get(start as usize..end as usize).unwrap_or("")
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
    fn every_text_is_its_own_slice_of_the_language_string() {
        assert_eq!(text(Key::NavLabel, Lang::Nl), "Hoofdmenu");
        assert_eq!(text(Key::NavLabel, Lang::En), "Main menu");
        // The first and the last key, and no text runs into its neighbour.
        let (first, last) = (Key::ALL[0], Key::ALL[Key::ALL.len() - 1]);
        assert_eq!(text(first, Lang::Nl), "Kanttekening");
        assert!(!text(last, Lang::En).is_empty());
        for lang in Lang::ALL {
            let total: usize = Key::ALL.iter().map(|k| text(*k, lang).len()).sum();
            let all = match lang {
                Lang::Nl => TEXT_NL,
                Lang::En => TEXT_EN,
            };
            assert_eq!(total, all.len());
            assert!(Key::ALL.iter().all(|k| !text(*k, lang).is_empty()));
        }
    }

    use super::*;

    #[test]
    fn parses_tags_loosely() {
        assert_eq!(Lang::parse("nl"), Some(Lang::Nl));
        assert_eq!(Lang::parse(" EN-gb "), Some(Lang::En));
        assert_eq!(Lang::parse("nl_BE"), Some(Lang::Nl));
        assert_eq!(Lang::parse("de"), None);
        assert_eq!(Lang::parse(""), None);
    }

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

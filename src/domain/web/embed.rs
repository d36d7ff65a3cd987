//! Embedding in an intranet page: which settings an `?embed=1` address may carry, validated so
//! that nothing but well-formed colours and origins gets through.
//!
//! Parameters: `embed=1`; `accent`, `bg`, `surface`, `text` as 3- or 6-digit hex colours without
//! `#` (they become the CSS custom properties `--ap-accent`, `--ap-bg`, `--ap-surface`,
//! `--ap-text`); `origin`, the host page's origin, to which the height messages are posted.

use crate::domain::web::query::param;

/// The message type the embedded planner posts to its parent window.
pub const RESIZE_MESSAGE: &str = "adoptieplanner:resize";

/// Settings read from the address of an embedded planner.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct EmbedSettings {
    /// Whether the planner runs embedded (no site header and footer, height messages on).
    pub on: bool,
    /// CSS custom properties to set, as (name, `#rrggbb` value).
    pub theme: Vec<(&'static str, String)>,
    /// Where to post height messages; `*` when no valid origin was given.
    pub target_origin: String,
}

const THEME_PARAMS: [(&str, &str); 4] = [
    ("accent", "--ap-accent"),
    ("bg", "--ap-bg"),
    ("surface", "--ap-surface"),
    ("text", "--ap-text"),
];

/// `#rrggbb` for a 3- or 6-digit hex colour, or `None`.
pub fn hex_colour(value: &str) -> Option<String> {
    let v = value.trim().trim_start_matches('#').trim_start_matches("%23");
    if !v.chars().all(|c| c.is_ascii_hexdigit()) {
        return None;
    }
    match v.len() {
        6 => Some(format!("#{}", v.to_ascii_lowercase())),
        3 => Some(format!(
            "#{}",
            v.chars().flat_map(|c| [c, c]).collect::<String>().to_ascii_lowercase()
        )),
        _ => None,
    }
}

/// A web origin such as `https://intranet.example.nl` or `http://127.0.0.1:8080`, or `None`.
pub fn web_origin(value: &str) -> Option<String> {
    let decoded = value
        .replace("%3A", ":")
        .replace("%3a", ":")
        .replace("%2F", "/")
        .replace("%2f", "/");
    let (scheme, rest) = decoded.split_once("://")?;
    let host_ok = !rest.is_empty()
        && rest
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | ':' | '[' | ']'))
        && !rest.starts_with([':', '.', '-']);
    (matches!(scheme, "http" | "https") && host_ok).then(|| format!("{scheme}://{}", rest.to_ascii_lowercase()))
}

/// Reads the embed settings from a query string.
pub fn parse(query: &str) -> EmbedSettings {
    let on = matches!(param(query, "embed").as_deref(), Some("1" | "true" | "ja" | "yes"));
    if !on {
        return EmbedSettings::default();
    }
    let theme = THEME_PARAMS
        .iter()
        .filter_map(|(name, property)| param(query, name).and_then(|v| hex_colour(&v)).map(|c| (*property, c)))
        .collect();
    let target_origin = param(query, "origin")
        .and_then(|v| web_origin(&v))
        .unwrap_or_else(|| "*".to_string());
    EmbedSettings {
        on,
        theme,
        target_origin,
    }
}

/// A part of the planner that a host page can mount into a section of its own.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Part {
    /// The guide's overview.
    Guide,
    /// One role page of the guide, by its slug (`directie`, `board`, ...).
    Role(String),
    /// The ROI calculator.
    Roi,
    /// The communication schedule.
    Planning,
    /// The front door: the start questions and the visitor's start page.
    Start,
}

/// Reads a section's `data-adoptieplanner` value (`gids`, `gids/directie`, `roi`, `planning`,
/// `start`);
/// anything else shows the guide's overview.
pub fn parse_part(value: &str) -> Part {
    let value = value.trim().trim_matches('/');
    match value.split_once('/') {
        Some(("gids", slug)) if !slug.is_empty() && slug.chars().all(|c| c.is_ascii_lowercase() || c == '-') => {
            Part::Role(slug.to_string())
        }
        _ => match value {
            "roi" => Part::Roi,
            "planning" => Part::Planning,
            "start" => Part::Start,
            _ => Part::Guide,
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn section_parts() {
        assert_eq!(parse_part("roi"), Part::Roi);
        assert_eq!(parse_part("/planning/"), Part::Planning);
        assert_eq!(parse_part("start"), Part::Start);
        assert_eq!(parse_part("gids/board"), Part::Role("board".into()));
        assert_eq!(parse_part("gids/<script>"), Part::Guide);
        assert_eq!(parse_part(""), Part::Guide);
    }

    #[test]
    fn colours_are_validated() {
        assert_eq!(hex_colour("0B5CAD"), Some("#0b5cad".into()));
        assert_eq!(hex_colour("%23fff"), Some("#ffffff".into()));
        assert_eq!(hex_colour("red"), None);
        assert_eq!(hex_colour("fff;background:url(x)"), None);
        assert_eq!(hex_colour("12345"), None);
    }

    #[test]
    fn origins_are_validated() {
        assert_eq!(
            web_origin("https://Intranet.Example.nl"),
            Some("https://intranet.example.nl".into())
        );
        assert_eq!(
            web_origin("http%3A%2F%2F127.0.0.1%3A8080"),
            Some("http://127.0.0.1:8080".into())
        );
        assert_eq!(web_origin("javascript:alert(1)"), None);
        assert_eq!(web_origin("https://evil.example/path"), None);
        assert_eq!(web_origin("https://"), None);
    }

    #[test]
    fn embed_settings_from_the_address() {
        assert_eq!(parse("?lang=nl"), EmbedSettings::default());
        let s = parse("?embed=1&accent=c00&text=zzz&origin=https://intra.example");
        assert!(s.on);
        assert_eq!(s.theme, vec![("--ap-accent", "#cc0000".to_string())]);
        assert_eq!(s.target_origin, "https://intra.example");
        assert_eq!(parse("?embed=1").target_origin, "*");
    }
}

//! Property tests for what a host page or an address can pass in: whatever arrives, only
//! well-formed colours, origins, parts and deployment prefixes come out, and nothing panics.
#![cfg(not(target_arch = "wasm32"))]

use adoptieplanner::domain::web::embed::{hex_colour, parse, parse_part, web_origin, Part};
use adoptieplanner::domain::web::page::{normalize_base, strip_base};
use proptest::prelude::*;

fn is_css_colour(value: &str) -> bool {
    value.len() == 7
        && value.starts_with('#')
        && value[1..]
            .chars()
            .all(|c| c.is_ascii_hexdigit() && !c.is_ascii_uppercase())
}

proptest! {
    #[test]
    fn only_hex_colours_reach_the_stylesheet(value in ".{0,40}") {
        if let Some(colour) = hex_colour(&value) {
            prop_assert!(is_css_colour(&colour), "{colour}");
        }
    }

    #[test]
    fn any_query_gives_safe_settings(query in "(\\?embed=1&)?[?&=a-z0-9%#;:/.()\"' -]{0,80}") {
        let settings = parse(&query);
        for (property, value) in &settings.theme {
            prop_assert!(property.starts_with("--ap-"));
            prop_assert!(is_css_colour(value), "{value}");
        }
        let origin = &settings.target_origin;
        if settings.on {
            prop_assert!(origin == "*" || origin.starts_with("http://") || origin.starts_with("https://"));
            prop_assert!(!origin.contains(['"', '\'', ' ', ';', '(', ')']));
        } else {
            prop_assert!(settings.theme.is_empty() && origin.is_empty());
        }
    }

    #[test]
    fn hostile_theme_and_origin_values_are_dropped(accent in "[#%0-9a-fA-F;():/ a-z]{0,12}", origin in "(https?://)?[a-z0-9.:/@;\"<>-]{0,30}") {
        let settings = parse(&format!("?embed=1&accent={accent}&origin={origin}"));
        prop_assert!(settings.on);
        for (_, value) in &settings.theme {
            prop_assert!(is_css_colour(value), "{value}");
        }
        let target = &settings.target_origin;
        let rest = target.strip_prefix("https://").or_else(|| target.strip_prefix("http://"));
        prop_assert!(
            target == "*" || rest.is_some_and(|r| !r.is_empty() && !r.contains(['/', '"', '<', '>', ';', '@'])),
            "{target}"
        );
    }

    #[test]
    fn origins_have_no_path_query_or_credentials(value in ".{0,60}") {
        if let Some(origin) = web_origin(&value) {
            let rest = origin.split_once("://").map(|(_, r)| r).unwrap_or_default();
            prop_assert!(!rest.is_empty());
            prop_assert!(!rest.contains(['/', '?', '#', '@', ' ']), "{origin}");
        }
    }

    #[test]
    fn parts_are_known_or_the_guide(value in ".{0,30}") {
        match parse_part(&value) {
            Part::Role(slug) => prop_assert!(!slug.is_empty() && slug.chars().all(|c| c.is_ascii_lowercase() || c == '-')),
            Part::Guide | Part::Roi | Part::Planning | Part::Start => {}
        }
    }

    #[test]
    fn deployment_prefixes_are_plain_paths(value in ".{0,40}", path in "/[a-z/-]{0,30}") {
        let base = normalize_base(&value);
        prop_assert!(base.is_empty() || (base.starts_with('/') && !base.starts_with("//") && !base.ends_with('/')));
        prop_assert!(!base.contains(['"', '\'', '<', '>', ' ', '?', '#']));
        let full = format!("{base}{path}");
        prop_assert_eq!(strip_base(&full, &base), if path.is_empty() { "/" } else { path.as_str() });
    }
}

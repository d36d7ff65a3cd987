//! Named scenarios kept in the browser's localStorage, as versioned text.
//!
//! Format: a first line `adoptieplanner-scenarios v1`, then one line per scenario:
//! the name (with `%`, tab and line breaks escaped as `%25`, `%09`, `%0A`, `%0D`), a tab, and the
//! share text of [`super::share`]. A line that cannot be read is not dropped: it is returned
//! as corrupt so the page can say so and keep it aside.

use super::share::{decode, encode, SharedState};

/// First line of the stored text.
pub const HEADER: &str = "adoptieplanner-scenarios v1";
/// Longest name kept, in characters.
pub const MAX_NAME: usize = 80;

/// A saved scenario.
#[derive(Clone, Debug, PartialEq)]
pub struct SavedScenario {
    /// The name the user gave it.
    pub name: String,
    /// The state to restore.
    pub state: SharedState,
}

/// What reading the stored text gave.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Loaded {
    /// Scenarios read without problems.
    pub scenarios: Vec<SavedScenario>,
    /// Lines (or the whole text) that could not be read, verbatim.
    pub corrupt: Vec<String>,
}

/// Reads the stored text; anything unreadable ends up in [`Loaded::corrupt`].
pub fn load(text: &str) -> Loaded {
    let mut loaded = Loaded::default();
    let mut lines = text.lines();
    match lines.next() {
        None => return loaded,
        Some(first) if first.trim() == HEADER => {}
        Some(_) => {
            loaded.corrupt.push(text.to_string());
            return loaded;
        }
    }
    for line in lines.filter(|l| !l.trim().is_empty()) {
        let parsed = line.split_once('\t').and_then(|(name, code)| {
            let name = unescape(name)?;
            let (state, problems) = decode(code);
            (problems.is_empty() && !name.trim().is_empty()).then_some(SavedScenario { name, state })
        });
        match parsed {
            Some(s) => loaded.scenarios.push(s),
            None => loaded.corrupt.push(line.to_string()),
        }
    }
    loaded
}

/// Writes scenarios as stored text.
pub fn save(scenarios: &[SavedScenario]) -> String {
    let mut out = String::from(HEADER);
    for s in scenarios {
        out.push('\n');
        out.push_str(&escape(&clean_name(&s.name)));
        out.push('\t');
        out.push_str(&encode(&s.state));
    }
    out
}

/// A name trimmed, without control characters and at most [`MAX_NAME`] characters.
pub fn clean_name(name: &str) -> String {
    name.chars()
        .filter(|c| !c.is_control())
        .take(MAX_NAME)
        .collect::<String>()
        .trim()
        .to_string()
}

fn escape(name: &str) -> String {
    name.replace('%', "%25")
        .replace('\t', "%09")
        .replace('\n', "%0A")
        .replace('\r', "%0D")
}

fn unescape(name: &str) -> Option<String> {
    let mut out = String::with_capacity(name.len());
    let mut rest = name;
    while let Some(i) = rest.find('%') {
        out.push_str(&rest[..i]);
        let code = rest.get(i + 1..i + 3)?;
        out.push(match code {
            "25" => '%',
            "09" => '\t',
            "0A" => '\n',
            "0D" => '\r',
            _ => return None,
        });
        rest = &rest[i + 3..];
    }
    out.push_str(rest);
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::roi::Field;

    fn named(name: &str, quotes: f64) -> SavedScenario {
        let mut state = SharedState::default();
        state.inputs.set(Field::QuotesPerMonth, quotes);
        SavedScenario {
            name: name.into(),
            state,
        }
    }

    #[test]
    fn round_trips_names_with_special_characters() {
        let list = vec![
            named("Basis 100%", 40.0),
            named("Tab\there", 60.0),
            named("Groei €", 80.0),
        ];
        let loaded = load(&save(&list));
        assert_eq!(loaded.corrupt, Vec::<String>::new());
        assert_eq!(loaded.scenarios[0], list[0]);
        assert_eq!(loaded.scenarios[2], list[2]);
        assert_eq!(loaded.scenarios[1].name, "Tabhere"); // control characters are removed on save
    }

    #[test]
    fn corrupt_lines_are_kept_aside_not_dropped() {
        let text = format!("{HEADER}\nGood\tv1_qm50\nno tab here\nBad\tv1_lp-3\n%ZZ\tv1\n\tv1");
        let loaded = load(&text);
        assert_eq!(loaded.scenarios.len(), 1);
        assert_eq!(loaded.scenarios[0].name, "Good");
        assert_eq!(loaded.corrupt, vec!["no tab here", "Bad\tv1_lp-3", "%ZZ\tv1", "\tv1"]);
    }

    #[test]
    fn an_unknown_format_is_kept_whole() {
        let loaded = load("{\"json\": true}");
        assert!(loaded.scenarios.is_empty());
        assert_eq!(loaded.corrupt, vec!["{\"json\": true}"]);
        assert_eq!(load(""), Loaded::default());
    }
}

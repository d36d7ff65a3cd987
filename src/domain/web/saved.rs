//! Named scenarios kept in the browser's localStorage, as versioned text, and the changes made
//! to them in a way that several tabs can share.
//!
//! Format v2: a first line `adoptieplanner-scenarios v2`, then one line per scenario: a stable id,
//! a tab, the name (with `%`, tab and line breaks escaped as `%25`, `%09`, `%0A`, `%0D`), a tab,
//! and the share text of [`crate::domain::web::share`]. Format v1 had no id; its lines get an id derived from
//! their text, so every tab derives the same one.
//!
//! Nothing is lost:
//! - every change ([`Change`]) is applied to the text as stored *now*, not to a list a tab read
//!   earlier, so two tabs saving, renaming and deleting in any order keep each other's scenarios;
//! - names stay unique: a name already in use gets a number, `Plan (2)`;
//! - a line that cannot be read is not dropped but put aside in the quarantine text, and a
//!   quarantined line that can be read again (say, one a tab of an older release could not read)
//!   comes back.

use crate::domain::web::share::{decode, encode, SharedState};

/// First line of the stored text.
pub const HEADER: &str = "adoptieplanner-scenarios v2";
/// First line of the earlier format, still read.
pub const HEADER_V1: &str = "adoptieplanner-scenarios v1";
/// Longest name kept, in characters.
pub const MAX_NAME: usize = 80;

/// A saved scenario.
#[derive(Clone, Debug, PartialEq)]
pub struct SavedScenario {
    /// Stable identity, the same in every tab, unchanged by renaming.
    pub id: String,
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
    let with_ids = match lines.next().map(str::trim) {
        None => return loaded,
        Some(HEADER) => true,
        Some(HEADER_V1) => false,
        Some(_) => {
            loaded.corrupt.push(text.to_string());
            return loaded;
        }
    };
    for line in lines.filter(|l| !l.trim().is_empty()) {
        match read_line(line, with_ids) {
            Some(s) if !loaded.scenarios.iter().any(|o| o.id == s.id) => loaded.scenarios.push(s),
            _ => loaded.corrupt.push(line.to_string()),
        }
    }
    loaded
}

/// One stored line: `id<TAB>name<TAB>code` (v2) or `name<TAB>code` (v1, id from the text).
fn read_line(line: &str, with_ids: bool) -> Option<SavedScenario> {
    let (id, rest) = if with_ids {
        let (id, rest) = line.split_once('\t')?;
        (id.to_string(), rest)
    } else {
        (derived_id(line), line)
    };
    if id.is_empty() || !id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-') {
        return None;
    }
    let (name, code) = rest.split_once('\t')?;
    let name = unescape(name)?;
    let (state, problems) = decode(code);
    (problems.is_empty() && !name.trim().is_empty()).then_some(SavedScenario { id, name, state })
}

/// An id derived from a line's text (FNV-1a), for lines stored before ids existed.
fn derived_id(text: &str) -> String {
    let hash = text.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    });
    format!("h{hash:016x}")
}

/// A fresh id from a random or time-based `seed` (the browser supplies one).
pub fn new_id(seed: u64) -> String {
    format!("s{seed:016x}")
}

/// Writes scenarios as stored text.
pub fn save(scenarios: &[SavedScenario]) -> String {
    let mut out = String::from(HEADER);
    for s in scenarios {
        out.push('\n');
        out.push_str(&s.id);
        out.push('\t');
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

/// `name`, or `name (2)`, `name (3)`, … : the first that no scenario other than `own_id` uses.
pub fn unique_name(name: &str, scenarios: &[SavedScenario], own_id: Option<&str>) -> String {
    let taken = |candidate: &str| {
        scenarios
            .iter()
            .any(|s| Some(s.id.as_str()) != own_id && s.name == candidate)
    };
    let base = clean_name(name);
    if !taken(&base) {
        return base;
    }
    (2..)
        .map(|n| {
            let suffix = format!(" ({n})");
            let room = MAX_NAME.saturating_sub(suffix.chars().count());
            format!("{}{suffix}", base.chars().take(room).collect::<String>().trim_end())
        })
        .find(|c| !taken(c))
        .unwrap_or(base)
}

/// A change a tab makes to the saved scenarios.
#[derive(Clone, Debug, PartialEq)]
pub enum Change {
    /// Keep `state` under `name` (numbered if the name is in use) with the new `id`.
    Save {
        /// A fresh id ([`new_id`]).
        id: String,
        /// The name asked for.
        name: String,
        /// What to keep.
        state: Box<SharedState>,
    },
    /// Give scenario `id` a new name (numbered if the name is in use).
    Rename {
        /// The scenario.
        id: String,
        /// The name asked for.
        name: String,
    },
    /// Remove scenario `id`.
    Delete {
        /// The scenario.
        id: String,
    },
}

/// The stored scenarios and the quarantine, read together.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Store {
    /// Every readable scenario, including ones recovered from the quarantine.
    pub scenarios: Vec<SavedScenario>,
    /// The quarantine: lines that cannot be read (yet), one per line.
    pub aside: Vec<String>,
    /// How many lines this read put aside that were not aside before.
    pub newly_aside: usize,
    /// Whether the stored text must be written back (lines moved aside or recovered, old format).
    pub dirty: bool,
}

impl Store {
    /// Reads the stored scenarios (`None`: nothing stored) and the quarantine text.
    pub fn read(stored: Option<&str>, quarantine: Option<&str>) -> Store {
        let loaded = stored.map(load).unwrap_or_default();
        let mut store = Store {
            dirty: !loaded.corrupt.is_empty() || stored.is_some_and(|t| !t.starts_with(HEADER)),
            newly_aside: loaded.corrupt.len(),
            scenarios: loaded.scenarios,
            aside: Vec::new(),
        };
        store.dirty &= stored.is_some_and(|t| !t.trim().is_empty());
        for line in quarantine.unwrap_or_default().lines().filter(|l| !l.trim().is_empty()) {
            let back = read_line(line, true).or_else(|| read_line(line, false));
            match back {
                Some(s) if !store.scenarios.iter().any(|o| o.id == s.id) => {
                    store.scenarios.push(s);
                    store.dirty = true;
                }
                Some(_) => store.dirty = true,
                None => store.aside.push(line.to_string()),
            }
        }
        store.aside.extend(loaded.corrupt);
        store
    }

    /// Applies `change`; returns the name used (after numbering) for a save or rename, `None` when
    /// the scenario to rename or delete is no longer there (another tab deleted it).
    pub fn apply(&mut self, change: Change) -> Option<String> {
        self.dirty = true;
        match change {
            Change::Save { id, name, state } => {
                let name = unique_name(&name, &self.scenarios, None);
                self.scenarios.push(SavedScenario {
                    id,
                    name: name.clone(),
                    state: *state,
                });
                Some(name)
            }
            Change::Rename { id, name } => {
                let name = unique_name(&name, &self.scenarios, Some(&id));
                let s = self.scenarios.iter_mut().find(|s| s.id == id)?;
                s.name = name.clone();
                Some(name)
            }
            Change::Delete { id } => {
                let before = self.scenarios.len();
                self.scenarios.retain(|s| s.id != id);
                (self.scenarios.len() < before).then(String::new)
            }
        }
    }

    /// The stored text of the scenarios.
    pub fn scenarios_text(&self) -> String {
        save(&self.scenarios)
    }

    /// The quarantine text (empty when nothing is aside).
    pub fn aside_text(&self) -> String {
        self.aside.join("\n")
    }
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

    fn named(id: &str, name: &str, quotes: f64) -> SavedScenario {
        let mut state = SharedState::default();
        state.inputs.set(Field::QuotesPerMonth, quotes);
        SavedScenario {
            id: id.into(),
            name: name.into(),
            state,
        }
    }

    fn save_change(id: &str, name: &str) -> Change {
        Change::Save {
            id: id.into(),
            name: name.into(),
            state: Box::default(),
        }
    }

    #[test]
    fn round_trips_names_with_special_characters() {
        let list = vec![
            named("a1", "Basis 100%", 40.0),
            named("a2", "Tab\there", 60.0),
            named("a3", "Groei €", 80.0),
        ];
        let loaded = load(&save(&list));
        assert_eq!(loaded.corrupt, Vec::<String>::new());
        assert_eq!(loaded.scenarios[0], list[0]);
        assert_eq!(loaded.scenarios[2], list[2]);
        assert_eq!(loaded.scenarios[1].name, "Tabhere"); // control characters are removed on save
    }

    #[test]
    fn corrupt_lines_are_kept_aside_not_dropped() {
        let text = format!("{HEADER_V1}\nGood\tv1_qm50\nno tab here\nBad\tv1_lp-3\n%ZZ\tv1\n\tv1");
        let loaded = load(&text);
        assert_eq!(loaded.scenarios.len(), 1);
        assert_eq!(loaded.scenarios[0].name, "Good");
        assert_eq!(loaded.corrupt, vec!["no tab here", "Bad\tv1_lp-3", "%ZZ\tv1", "\tv1"]);
        let text = format!("{HEADER}\nx1\tGood\tv2\nx1\tSame id\tv2\nbad id!\tName\tv2");
        let loaded = load(&text);
        assert_eq!(loaded.scenarios.len(), 1);
        assert_eq!(loaded.corrupt, vec!["x1\tSame id\tv2", "bad id!\tName\tv2"]);
    }

    #[test]
    fn an_unknown_format_is_kept_whole() {
        let loaded = load("{\"json\": true}");
        assert!(loaded.scenarios.is_empty());
        assert_eq!(loaded.corrupt, vec!["{\"json\": true}"]);
        assert_eq!(load(""), Loaded::default());
    }

    #[test]
    fn version_1_lines_get_the_same_id_in_every_tab() {
        let text = format!("{HEADER_V1}\nGood\tv1_qm50");
        let (a, b) = (load(&text), load(&text));
        assert_eq!(a.scenarios[0].id, b.scenarios[0].id);
        let upgraded = load(&save(&a.scenarios));
        assert_eq!(upgraded.scenarios, a.scenarios);
        assert!(
            Store::read(Some(&text), None).dirty,
            "the old format is written back in the new one"
        );
    }

    #[test]
    fn names_stay_unique() {
        let list = vec![named("a", "Plan", 1.0), named("b", "Plan (2)", 2.0)];
        assert_eq!(unique_name("Plan", &list, None), "Plan (3)");
        assert_eq!(unique_name("Plan", &list, Some("a")), "Plan");
        assert_eq!(unique_name(" Other ", &list, None), "Other");
        let long = "x".repeat(MAX_NAME);
        let list = vec![named("c", &long, 1.0)];
        let numbered = unique_name(&long, &list, None);
        assert!(numbered.ends_with(" (2)") && numbered.chars().count() == MAX_NAME);
    }

    /// Two tabs, each applying its change to the text as stored at that moment, in any order.
    #[test]
    fn interleaved_tabs_lose_nothing() {
        let mut stored = String::new();
        let step = |stored: &mut String, change: Change| {
            let mut store = Store::read(Some(stored.as_str()).filter(|s| !s.is_empty()), None);
            let outcome = store.apply(change);
            *stored = store.scenarios_text();
            outcome
        };
        step(&mut stored, save_change("a", "Base"));
        step(&mut stored, save_change("b", "Base"));
        step(&mut stored, save_change("c", "Other"));
        assert_eq!(
            step(
                &mut stored,
                Change::Rename {
                    id: "c".into(),
                    name: "Base".into()
                }
            ),
            Some("Base (3)".into())
        );
        assert_eq!(
            step(&mut stored, Change::Delete { id: "a".into() }),
            Some(String::new())
        );
        // The other tab, unaware, deletes and renames the same scenario: nothing else is touched.
        assert_eq!(step(&mut stored, Change::Delete { id: "a".into() }), None);
        assert_eq!(
            step(
                &mut stored,
                Change::Rename {
                    id: "a".into(),
                    name: "X".into()
                }
            ),
            None
        );
        let names: Vec<String> = load(&stored).scenarios.into_iter().map(|s| s.name).collect();
        assert_eq!(names, vec!["Base (2)", "Base (3)"]);
    }

    #[test]
    fn quarantined_lines_come_back_when_they_can_be_read() {
        let v2_line = "s1\tFrom a newer tab\tv2_qm45";
        let stored = format!("{HEADER}\nk\tKept\tv2");
        let store = Store::read(Some(&stored), Some(&format!("broken line\n{v2_line}")));
        let names: Vec<&str> = store.scenarios.iter().map(|s| s.name.as_str()).collect();
        assert_eq!(names, vec!["Kept", "From a newer tab"]);
        assert_eq!(store.aside, vec!["broken line"]);
        assert!(store.dirty);
        assert_eq!(store.newly_aside, 0);
        let clean = Store::read(Some(&stored), Some("broken line"));
        assert!(!clean.dirty && clean.aside_text() == "broken line");
    }
}

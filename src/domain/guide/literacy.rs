//! The AI-literacy record: per session the date, the group, the topic and the number attended,
//! kept in the browser as the director's evidence (AI Act art. 4). No names: a count is enough.
//!
//! Changes are applied to what is stored at the moment of the change ([`add`], [`remove`]), not
//! to what one tab last read, so two tabs that each add a session keep both.

use crate::domain::date::Date;
use crate::domain::format::{csv, one_line};
use crate::domain::i18n::{text, Key, Lang};
use crate::domain::schedule::export::group_name;
use crate::domain::schedule::Stakeholder;

/// The first line of the stored format.
const HEADER: &str = "literacy 1";

/// The longest topic kept.
pub const TOPIC_MAX_CHARS: usize = 160;

/// The largest number attended one session can have.
pub const MAX_ATTENDED: u32 = 10_000;

/// One session in the record.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entry {
    /// Unique within the record; made when the session is added.
    pub id: String,
    /// The day of the session.
    pub date: Date,
    /// Who it was for.
    pub group: Stakeholder,
    /// What it was about, one line.
    pub topic: String,
    /// How many took part.
    pub attended: u32,
}

/// The record as read from storage: the readable sessions, oldest first, and the lines that were
/// not readable (kept aside, never dropped silently).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Record {
    /// Readable sessions, by date.
    pub entries: Vec<Entry>,
    /// Lines that could not be read.
    pub unreadable: Vec<String>,
}

/// The entry a reader typed, or the message for the first field that is wrong.
pub fn parse_entry(id: &str, date: &str, group: Stakeholder, topic: &str, attended: &str) -> Result<Entry, Key> {
    let date = Date::parse_iso(date.trim()).ok_or(Key::LiteracyBadDate)?;
    let topic = one_line(topic, TOPIC_MAX_CHARS);
    if topic.is_empty() {
        return Err(Key::LiteracyBadTopic);
    }
    let attended = attended
        .trim()
        .parse::<u32>()
        .ok()
        .filter(|n| *n <= MAX_ATTENDED)
        .ok_or(Key::LiteracyBadAttended)?;
    Ok(Entry {
        id: id.to_string(),
        date,
        group,
        topic,
        attended,
    })
}

fn encode_entry(e: &Entry) -> String {
    format!(
        "{}\t{}\t{}\t{}\t{}",
        e.id,
        e.date.iso(),
        e.group.code(),
        e.attended,
        one_line(&e.topic, TOPIC_MAX_CHARS)
    )
}

fn decode_entry(line: &str) -> Option<Entry> {
    let mut parts = line.splitn(5, '\t');
    let id = parts
        .next()
        .filter(|id| !id.is_empty() && !id.contains(char::is_whitespace))?;
    let date = Date::parse_iso(parts.next()?)?;
    let code = parts.next()?;
    let group = Stakeholder::ALL.into_iter().find(|g| g.code() == code)?;
    let attended = parts.next()?.parse::<u32>().ok().filter(|n| *n <= MAX_ATTENDED)?;
    let topic = one_line(parts.next()?, TOPIC_MAX_CHARS);
    (!topic.is_empty()).then(|| Entry {
        id: id.to_string(),
        date,
        group,
        topic,
        attended,
    })
}

/// Reads what is stored; anything that is not this format is unreadable as a whole.
pub fn decode(stored: Option<&str>) -> Record {
    let Some(stored) = stored.filter(|s| !s.trim().is_empty()) else {
        return Record::default();
    };
    let mut lines = stored.lines();
    if lines.next().map(str::trim) != Some(HEADER) {
        return Record {
            entries: Vec::new(),
            unreadable: stored
                .lines()
                .filter(|l| !l.trim().is_empty())
                .map(String::from)
                .collect(),
        };
    }
    let mut record = Record::default();
    for line in lines.filter(|l| !l.trim().is_empty()) {
        match decode_entry(line) {
            Some(e) if !record.entries.iter().any(|x| x.id == e.id) => record.entries.push(e),
            _ => record.unreadable.push(line.to_string()),
        }
    }
    sort(&mut record.entries);
    record
}

fn sort(entries: &mut [Entry]) {
    entries.sort_by(|a, b| (a.date, &a.id).cmp(&(b.date, &b.id)));
}

/// The stored form of `entries`.
pub fn encode(entries: &[Entry]) -> String {
    let mut out = String::from(HEADER);
    for e in entries {
        out.push('\n');
        out.push_str(&encode_entry(e));
    }
    out
}

/// What to store after adding `entry` to what is stored now (an entry with the same id is replaced).
pub fn add(stored: Option<&str>, entry: Entry) -> String {
    let mut entries = decode(stored).entries;
    entries.retain(|e| e.id != entry.id);
    entries.push(entry);
    sort(&mut entries);
    encode(&entries)
}

/// What to store after removing the entry `id` from what is stored now.
pub fn remove(stored: Option<&str>, id: &str) -> String {
    let mut entries = decode(stored).entries;
    entries.retain(|e| e.id != id);
    encode(&entries)
}

/// A topic as a spreadsheet cell: one that starts like a formula gets an apostrophe, so that a
/// spreadsheet shows it as text instead of running it.
fn cell_text(topic: &str) -> String {
    if topic.starts_with(['=', '+', '-', '@']) {
        format!("'{topic}")
    } else {
        topic.to_string()
    }
}

/// The record as a CSV file in `lang`'s conventions.
pub fn csv(entries: &[Entry], lang: Lang) -> String {
    let header = [
        Key::LiteracyDate,
        Key::LiteracyGroup,
        Key::LiteracyTopic,
        Key::LiteracyAttended,
    ]
    .map(|k| text(k, lang).to_string());
    let rows = entries.iter().map(|e| {
        vec![
            e.date.iso(),
            text(group_name(Some(e.group)), lang).to_string(),
            cell_text(&e.topic),
            e.attended.to_string(),
        ]
    });
    csv::table(lang, header, rows)
}

/// Sessions and attendances in all.
pub fn totals(entries: &[Entry]) -> (usize, u64) {
    (entries.len(), entries.iter().map(|e| u64::from(e.attended)).sum())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(id: &str, date: &str, attended: &str) -> Entry {
        parse_entry(id, date, Stakeholder::Staff, "Beleid uitgelegd", attended).expect("valid entry")
    }

    #[test]
    fn typed_entries_are_checked_field_by_field() {
        assert_eq!(
            parse_entry("a", "2027-02-30", Stakeholder::Board, "x", "3"),
            Err(Key::LiteracyBadDate)
        );
        assert_eq!(
            parse_entry("a", "2027-02-03", Stakeholder::Board, " \n ", "3"),
            Err(Key::LiteracyBadTopic)
        );
        for bad in ["", "-1", "2,5", "10001", "drie", "1e3"] {
            assert_eq!(
                parse_entry("a", "2027-02-03", Stakeholder::Board, "x", bad),
                Err(Key::LiteracyBadAttended),
                "{bad}"
            );
        }
        let e = parse_entry("a", " 2027-02-03 ", Stakeholder::Managers, "Demo\tmet\nvragen", " 12 ").expect("valid");
        assert_eq!((e.topic.as_str(), e.attended), ("Demo met vragen", 12));
    }

    #[test]
    fn the_record_round_trips_through_storage_in_date_order() {
        let stored = add(None, entry("b", "2027-03-01", "10"));
        let stored = add(Some(&stored), entry("a", "2027-02-01", "8"));
        let record = decode(Some(&stored));
        assert!(record.unreadable.is_empty());
        assert_eq!(
            record.entries.iter().map(|e| e.id.as_str()).collect::<Vec<_>>(),
            ["a", "b"]
        );
        assert_eq!(totals(&record.entries), (2, 18));
        assert_eq!(decode(Some(&encode(&record.entries))), record);
        let after = remove(Some(&stored), "a");
        assert_eq!(decode(Some(&after)).entries.len(), 1);
    }

    #[test]
    fn two_tabs_that_each_add_a_session_keep_both() {
        // Both tabs opened with one session; each adds its own to what is stored at that moment.
        let start = add(None, entry("first", "2027-01-11", "5"));
        let tab_a = add(Some(&start), entry("from-a", "2027-02-01", "7"));
        let tab_b = add(Some(&tab_a), entry("from-b", "2027-02-08", "9"));
        let ids: Vec<String> = decode(Some(&tab_b)).entries.into_iter().map(|e| e.id).collect();
        assert_eq!(ids, ["first", "from-a", "from-b"]);
        // A removal in one tab does not bring back or drop the other's.
        let removed = remove(Some(&tab_b), "from-a");
        let ids: Vec<String> = decode(Some(&removed)).entries.into_iter().map(|e| e.id).collect();
        assert_eq!(ids, ["first", "from-b"]);
    }

    #[test]
    fn unreadable_storage_is_kept_aside_not_dropped() {
        let record = decode(Some(
            "literacy 1\nok\t2027-01-04\tstaff\t4\tDemo\nkapot\tregel\nok\t2027-01-05\tstaff\t4\tDubbel",
        ));
        assert_eq!(record.entries.len(), 1);
        assert_eq!(record.unreadable.len(), 2);
        let other = decode(Some("{\"json\": true}"));
        assert!(other.entries.is_empty());
        assert_eq!(other.unreadable, ["{\"json\": true}"]);
        assert_eq!(decode(Some("")), Record::default());
    }

    #[test]
    fn the_csv_has_a_row_per_session_and_no_formulas() {
        let mut e = entry("a", "2027-02-01", "8");
        e.topic = "=HYPERLINK(\"x\")".into();
        let nl = csv(&[e.clone()], Lang::Nl);
        assert!(
            nl.starts_with("\u{feff}Datum;Groep;Onderwerp;Aantal deelnemers\r\n"),
            "{nl}"
        );
        assert!(
            nl.contains("2027-02-01;Uitvoerende medewerkers;\"'=HYPERLINK(\"\"x\"\")\";8\r\n"),
            "{nl}"
        );
        let en = csv(&[e], Lang::En);
        assert_eq!(en.lines().count(), 2);
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod properties {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn any_typed_topic_and_count_round_trips_or_is_refused(topic in "\\PC{0,200}", n in 0u32..20_000) {
            match parse_entry("id", "2027-05-17", Stakeholder::Board, &topic, &n.to_string()) {
                Ok(e) => {
                    let back = decode(Some(&encode(std::slice::from_ref(&e))));
                    prop_assert!(back.unreadable.is_empty());
                    prop_assert_eq!(back.entries, vec![e]);
                }
                Err(k) => prop_assert!(k == Key::LiteracyBadTopic || (k == Key::LiteracyBadAttended && n > MAX_ATTENDED)),
            }
        }
    }
}

//! The codec of the guide's "apply today" checklist ticks as kept in localStorage.

use super::GUIDE;

/// Reads ticked checklist ids as stored (`v1:board-kpis,staff-task`); unknown ids and
/// unreadable text are dropped, never an error.
pub fn decode_ticks(stored: &str) -> Vec<&'static str> {
    let Some(list) = stored.trim().strip_prefix("v1:") else {
        return Vec::new();
    };
    let known = GUIDE
        .roles
        .iter()
        .flat_map(|r| r.today.iter())
        .chain(GUIDE.seo.today)
        .map(|c| c.id);
    let known: Vec<&'static str> = known.collect();
    let mut out: Vec<&'static str> = Vec::new();
    for id in list.split(',') {
        if let Some(k) = known.iter().find(|k| **k == id.trim()) {
            if !out.contains(k) {
                out.push(k);
            }
        }
    }
    out
}

/// Writes ticked checklist ids for storage.
pub fn encode_ticks(ticks: &[&str]) -> String {
    format!("v1:{}", ticks.join(","))
}

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

/// The stored ticks with `id` ticked or not, applied to the text as stored now (another tab may
/// have ticked other items since). Items this version does not know (from a newer release, say)
/// are kept as they are.
pub fn set_tick(stored: Option<&str>, id: &str, on: bool) -> String {
    let mut items = stored_items(stored);
    items.retain(|t| t != id);
    if on {
        items.push(id.to_string());
    }
    format!("v1:{}", items.join(","))
}

/// The stored ticks without any of `ids`, applied to the text as stored now.
pub fn clear_ticks(stored: Option<&str>, ids: &[&str]) -> String {
    let mut items = stored_items(stored);
    items.retain(|t| !ids.contains(&t.as_str()));
    format!("v1:{}", items.join(","))
}

/// The stored text when it is not in the checklist's format, so it can be kept aside before it
/// is replaced.
pub fn unreadable_ticks(stored: Option<&str>) -> Option<&str> {
    stored.filter(|s| !s.trim().is_empty() && !s.trim().starts_with("v1:"))
}

/// Every stored item, known or not, without duplicates or empty parts.
fn stored_items(stored: Option<&str>) -> Vec<String> {
    let list = stored.and_then(|s| s.trim().strip_prefix("v1:")).unwrap_or_default();
    let mut out: Vec<String> = Vec::new();
    for item in list.split(',').map(str::trim).filter(|i| !i.is_empty()) {
        if !out.iter().any(|o| o == item) {
            out.push(item.to_string());
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ticks_from_two_tabs_and_unknown_items_are_kept() {
        let known: Vec<&str> = GUIDE.roles[0].today.iter().map(|c| c.id).collect();
        let (a, b) = (known[0], known[1]);
        // Tab one ticks a; tab two, which read the store before that, ticks b on the text as stored now.
        let stored = set_tick(Some("v1:from-a-newer-release"), a, true);
        let stored = set_tick(Some(&stored), b, true);
        assert_eq!(decode_ticks(&stored), vec![a, b]);
        assert!(stored.contains("from-a-newer-release"));
        let stored = set_tick(Some(&stored), a, false);
        assert_eq!(decode_ticks(&stored), vec![b]);
        let cleared = clear_ticks(Some(&stored), &[b]);
        assert_eq!(cleared, "v1:from-a-newer-release");
        assert_eq!(set_tick(None, a, true), format!("v1:{a}"));
        assert_eq!(set_tick(Some("garbage"), a, true), format!("v1:{a}"));
        assert_eq!(unreadable_ticks(Some("garbage")), Some("garbage"));
        assert_eq!(unreadable_ticks(Some(&stored)), None);
        assert_eq!(unreadable_ticks(None), None);
    }
}

//! Writing numbers, CSV, HTML text and chart geometry, the same way in every part of the planner.

pub mod chart;
pub mod csv;
pub mod html;
pub mod number;
pub mod png;

/// Typed text as one trimmed line: control characters and runs of white space become one space,
/// and at most `max_chars` characters are kept.
pub fn one_line(typed: &str, max_chars: usize) -> String {
    let spaced: String = typed.chars().map(|c| if c.is_control() { ' ' } else { c }).collect();
    let joined = spaced.split_whitespace().collect::<Vec<_>>().join(" ");
    joined.chars().take(max_chars).collect::<String>().trim().to_string()
}

//! The calculator's state as a compact, versioned text for share links and saved scenarios.
//!
//! Format `v1_qm45_lp27.5_cuUSD`: a version, then items of a two-character code and a value,
//! separated by `_`. Only values that differ from the defaults are written. Decoding restores
//! what it can, falls back to the default for the rest, and lists what it could not use.

use super::roi::{Currency, Field, Inputs, Scenario};

/// The version written by [`encode`].
pub const VERSION: &str = "v1";

/// What the share link carries.
#[derive(Clone, Debug, PartialEq)]
pub struct SharedState {
    /// The calculator inputs.
    pub inputs: Inputs,
    /// The scenario whose figures are shown.
    pub view: Scenario,
}

impl Default for SharedState {
    fn default() -> Self {
        SharedState {
            inputs: Inputs::default(),
            view: Scenario::Expected,
        }
    }
}

/// Something in a link that could not be used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ShareProblem {
    /// The version is missing or unknown; items were read as far as possible.
    UnknownVersion(String),
    /// An item with an unknown code or an unreadable value (kept as text, shortened).
    Unreadable(String),
    /// A value outside its field's range; the default was used.
    OutOfRange(Field),
}

const REVENUE: &str = "rv";
const COMMUNICATION: &str = "cm";
const CURRENCY: &str = "cu";
const START: &str = "st";
const VIEW: &str = "vw";

fn scenario_code(s: Scenario) -> &'static str {
    match s {
        Scenario::Conservative => "c",
        Scenario::Expected => "e",
        Scenario::Optimistic => "o",
    }
}

/// Writes `state` as link text; the defaults give just `v1`.
pub fn encode(state: &SharedState) -> String {
    let defaults = Inputs::default();
    let i = &state.inputs;
    let mut out = String::from(VERSION);
    for field in Field::ALL {
        let v = i.get(field);
        if v.to_bits() != defaults.get(field).to_bits() {
            out.push_str(&format!("_{}{}", field.code(), v));
        }
    }
    if i.quotes.revenue_lever != defaults.quotes.revenue_lever {
        out.push_str(&format!("_{REVENUE}{}", u8::from(i.quotes.revenue_lever)));
    }
    if i.adoption.structured_communication != defaults.adoption.structured_communication {
        out.push_str(&format!(
            "_{COMMUNICATION}{}",
            u8::from(i.adoption.structured_communication)
        ));
    }
    if i.currency != defaults.currency {
        out.push_str(&format!("_{CURRENCY}{}", i.currency.code()));
    }
    if i.start != defaults.start {
        out.push_str(&format!("_{START}{}-{:02}", i.start.0, i.start.1));
    }
    if state.view != Scenario::Expected {
        out.push_str(&format!("_{VIEW}{}", scenario_code(state.view)));
    }
    out
}

/// Reads link text. Never fails: unusable parts are listed and replaced by defaults.
pub fn decode(text: &str) -> (SharedState, Vec<ShareProblem>) {
    let mut state = SharedState::default();
    let mut problems = Vec::new();
    let mut items = text.trim().split('_').filter(|s| !s.is_empty());
    let version = items.next().unwrap_or_default();
    if version != VERSION {
        problems.push(ShareProblem::UnknownVersion(shorten(version)));
        if !version.is_empty() && !version.starts_with('v') {
            // No version at all: treat the first part as an item.
            decode_item(version, &mut state, &mut problems);
        }
    }
    for item in items {
        decode_item(item, &mut state, &mut problems);
    }
    (state, problems)
}

fn decode_item(item: &str, state: &mut SharedState, problems: &mut Vec<ShareProblem>) {
    let Some((code, value)) = item.is_char_boundary(2).then(|| item.split_at(2)) else {
        problems.push(ShareProblem::Unreadable(shorten(item)));
        return;
    };
    let i = &mut state.inputs;
    let ok = match code {
        REVENUE | COMMUNICATION => match value {
            "0" | "1" => {
                let on = value == "1";
                if code == REVENUE {
                    i.quotes.revenue_lever = on;
                } else {
                    i.adoption.structured_communication = on;
                }
                true
            }
            _ => false,
        },
        CURRENCY => Currency::parse(value).map(|c| i.currency = c).is_some(),
        START => parse_start(value).map(|s| i.start = s).is_some(),
        VIEW => match value {
            "c" => Some(Scenario::Conservative),
            "e" => Some(Scenario::Expected),
            "o" => Some(Scenario::Optimistic),
            _ => None,
        }
        .map(|v| state.view = v)
        .is_some(),
        _ => match (Field::from_code(code), value.parse::<f64>()) {
            (Some(field), Ok(v)) if v.is_finite() => {
                if field.check(v).is_ok() {
                    i.set(field, v);
                } else {
                    problems.push(ShareProblem::OutOfRange(field));
                }
                true
            }
            _ => false,
        },
    };
    if !ok {
        problems.push(ShareProblem::Unreadable(shorten(item)));
    }
}

fn parse_start(value: &str) -> Option<(i32, u32)> {
    let (y, m) = value.split_once('-')?;
    let (y, m) = (y.parse::<i32>().ok()?, m.parse::<u32>().ok()?);
    ((1900..=9999).contains(&y) && (1..=12).contains(&m)).then_some((y, m))
}

/// At most 24 characters of untrusted text, for messages.
fn shorten(s: &str) -> String {
    s.chars().take(24).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::roi::Group;

    #[test]
    fn defaults_encode_to_the_version_only() {
        assert_eq!(encode(&SharedState::default()), "v1");
        assert_eq!(decode("v1"), (SharedState::default(), vec![]));
    }

    #[test]
    fn changed_values_round_trip() {
        let mut state = SharedState::default();
        state.inputs.set(Field::QuotesPerMonth, 45.0);
        state.inputs.set(Field::LicencePrice, 27.5);
        state.inputs.set(Field::Gain(Group::Staff), 0.1);
        state.inputs.quotes.revenue_lever = false;
        state.inputs.adoption.structured_communication = false;
        state.inputs.currency = Currency::Usd;
        state.inputs.start = (2028, 3);
        state.view = Scenario::Optimistic;
        let text = encode(&state);
        assert_eq!(text, "v1_qm45_sg0.1_lp27.5_rv0_cm0_cuUSD_st2028-03_vwo");
        assert_eq!(decode(&text), (state, vec![]));
    }

    #[test]
    fn tampered_links_restore_what_they_can() {
        let (state, problems) = decode("v1_qm45_zz9_lp-5_qhabc_cuXXX_st2027-13_é1_x");
        assert_eq!(state.inputs.quotes.quotes_per_month, 45.0);
        assert_eq!(state.inputs.costs.licence_price, Inputs::default().costs.licence_price);
        assert_eq!(
            state.inputs.quotes.hours_per_quote,
            Inputs::default().quotes.hours_per_quote
        );
        assert_eq!(
            problems,
            vec![
                ShareProblem::Unreadable("zz9".into()),
                ShareProblem::OutOfRange(Field::LicencePrice),
                ShareProblem::Unreadable("qhabc".into()),
                ShareProblem::Unreadable("cuXXX".into()),
                ShareProblem::Unreadable("st2027-13".into()),
                ShareProblem::Unreadable("é1".into()),
                ShareProblem::Unreadable("x".into()),
            ]
        );
    }

    #[test]
    fn outdated_or_missing_versions_are_reported() {
        let (state, problems) = decode("v0_qm50");
        assert_eq!(state.inputs.quotes.quotes_per_month, 50.0);
        assert_eq!(problems, vec![ShareProblem::UnknownVersion("v0".into())]);
        let (state, problems) = decode("qm50");
        assert_eq!(state.inputs.quotes.quotes_per_month, 50.0);
        assert_eq!(problems, vec![ShareProblem::UnknownVersion("qm50".into())]);
        assert_eq!(decode("").1, vec![ShareProblem::UnknownVersion(String::new())]);
    }
}

//! The calculator's state as a compact, versioned text for share links and saved scenarios.
//!
//! Format `v1_qm45_lp27.5_cuUSD`: a version, then items of a two-character code and a value,
//! separated by `_`. Only values that differ from the defaults are written. Decoding restores
//! what it can, falls back to the default for the rest, and lists what it could not use.

use super::date::Date;
use super::roi::{Currency, Field, Inputs, Scenario};
use super::schedule::{PlanInputs, Tempo, PULSE_CHOICES};

/// The version written by [`encode`].
pub const VERSION: &str = "v1";

/// What the share link carries.
#[derive(Clone, Debug, PartialEq)]
pub struct SharedState {
    /// The calculator inputs.
    pub inputs: Inputs,
    /// The scenario whose figures are shown.
    pub view: Scenario,
    /// The communication plan, which also sets the calculator's start month and phase calendar.
    pub plan: PlanInputs,
}

impl Default for SharedState {
    fn default() -> Self {
        SharedState {
            inputs: Inputs::default(),
            view: Scenario::Expected,
            plan: PlanInputs::default(),
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
const VIEW: &str = "vw";
const PLAN_START: &str = "pd";
const PLAN_TEMPO: &str = "pt";
const PLAN_GROUPS: &str = "pg";
const PLAN_FORMATS: &str = "pf";
const PLAN_PULSE: &str = "pc";

fn bits(flags: &[bool]) -> String {
    flags.iter().map(|b| if *b { '1' } else { '0' }).collect()
}

fn parse_bits<const N: usize>(value: &str) -> Option<[bool; N]> {
    let mut out = [false; N];
    (value.len() == N).then_some(())?;
    for (slot, c) in out.iter_mut().zip(value.chars()) {
        *slot = match c {
            '1' => true,
            '0' => false,
            _ => return None,
        };
    }
    Some(out)
}

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
    if state.view != Scenario::Expected {
        out.push_str(&format!("_{VIEW}{}", scenario_code(state.view)));
    }
    let (plan, default_plan) = (&state.plan, PlanInputs::default());
    if plan.start != default_plan.start {
        out.push_str(&format!("_{PLAN_START}{}", plan.start.iso()));
    }
    if plan.tempo != default_plan.tempo {
        out.push_str(&format!(
            "_{PLAN_TEMPO}{}",
            plan.tempo.iter().map(|t| t.digit()).collect::<String>()
        ));
    }
    if plan.groups != default_plan.groups {
        out.push_str(&format!("_{PLAN_GROUPS}{}", bits(&plan.groups)));
    }
    if plan.formats != default_plan.formats {
        out.push_str(&format!("_{PLAN_FORMATS}{}", bits(&plan.formats)));
    }
    if plan.pulse_weeks != default_plan.pulse_weeks {
        out.push_str(&format!("_{PLAN_PULSE}{}", plan.pulse_weeks));
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
        PLAN_START => Date::parse_iso(value).map(|d| state.plan.start = d).is_some(),
        PLAN_TEMPO => {
            let tempo: Vec<Tempo> = value.chars().filter_map(Tempo::from_digit).collect();
            <[Tempo; 3]>::try_from(tempo)
                .ok()
                .filter(|_| value.len() == 3)
                .map(|t| state.plan.tempo = t)
                .is_some()
        }
        PLAN_GROUPS => parse_bits::<3>(value)
            .filter(|g| g.contains(&true))
            .map(|g| state.plan.groups = g)
            .is_some(),
        PLAN_FORMATS => parse_bits::<7>(value).map(|f| state.plan.formats = f).is_some(),
        PLAN_PULSE => value
            .parse()
            .ok()
            .filter(|w| PULSE_CHOICES.contains(w))
            .map(|w| state.plan.pulse_weeks = w)
            .is_some(),
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
        state.view = Scenario::Optimistic;
        state.plan.start = Date {
            year: 2028,
            month: 3,
            day: 6,
        };
        state.plan.tempo = [Tempo::Fast, Tempo::Standard, Tempo::Slow];
        state.plan.groups = [true, false, true];
        state.plan.formats = [true, true, false, true, true, true, false];
        state.plan.pulse_weeks = 2;
        let text = encode(&state);
        assert_eq!(
            text,
            "v1_qm45_sg0.1_lp27.5_rv0_cm0_cuUSD_vwo_pd2028-03-06_pt012_pg101_pf1101110_pc2"
        );
        assert_eq!(decode(&text), (state, vec![]));
    }

    #[test]
    fn tampered_links_restore_what_they_can() {
        let (state, problems) = decode("v1_qm45_zz9_lp-5_qhabc_cuXXX_pd2027-02-30_pt9_pg000_pc5_é1_x");
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
                ShareProblem::Unreadable("pd2027-02-30".into()),
                ShareProblem::Unreadable("pt9".into()),
                ShareProblem::Unreadable("pg000".into()),
                ShareProblem::Unreadable("pc5".into()),
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

//! The calculator's state as a compact, versioned text for share links and saved scenarios.
//!
//! Format `v3_qm45_lp27.5_cuUSD`: a version, then items of a two-character code and a value,
//! separated by `_`. Only values that differ from the defaults are written. Decoding restores
//! what it can, falls back to the default for the rest, and lists what it could not use.
//!
//! A link is read against the defaults it was written with ([`DefaultSet`]): versions 1 and 2
//! against those of November 2026, version 3 against the current ones. So an old link opens with
//! exactly the inputs its author saw; what has changed since is the model itself, which
//! [`ModelChange`] names.
//!
//! Version 1 (before the model counted productivity capture, cost risk and the other new inputs)
//! still opens completely: its values mean the same, the new inputs take their defaults, and its
//! win-rate uplift in points (`qu`) becomes the uplift per 10 % faster quotes.

use crate::domain::date::Date;
use crate::domain::roi::measurements::{Measurement, MAX_ENTRIES, MAX_MINUTES_PER_WEEK};
use crate::domain::roi::{Currency, DefaultSet, Field, Inputs, Scenario};
use crate::domain::schedule::{PlanInputs, Tempo, PULSE_CHOICES};

/// The address parameter that carries the state (`?s=v3_…`).
pub const PARAM: &str = "s";

/// The version written by [`encode`].
pub const VERSION: &str = "v3";
/// The earlier versions, which still open in full against the defaults they were written with.
const EARLIER_VERSIONS: [&str; 2] = ["v1", "v2"];
/// The first version, whose win-rate uplift was in points.
const FIRST_VERSION: &str = "v1";
/// Version 1's win-rate uplift in points, independent of the time saved.
const V1_UPLIFT: &str = "qu";

/// What the share link carries.
#[derive(Clone, Debug, PartialEq)]
pub struct SharedState {
    /// The calculator inputs.
    pub inputs: Inputs,
    /// The scenario whose figures are shown.
    pub scenario: Scenario,
    /// The communication plan, which also sets the calculator's start month and phase calendar.
    pub plan: PlanInputs,
}

impl Default for SharedState {
    fn default() -> Self {
        SharedState {
            inputs: Inputs::default(),
            scenario: Scenario::Expected,
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
const LICENCES_FOLLOW: &str = "lf";
/// One measurement of the log: `mm6-35`, or with participation, minutes a week and respondents
/// `mm12-50-90-95-14` (an empty value for one not measured: `mm9-40--80`).
const MEASUREMENT: &str = "mm";

fn encode_measurement(m: &Measurement) -> String {
    let opt = |v: Option<f64>| v.map(|v| v.to_string()).unwrap_or_default();
    let mut parts = vec![
        m.month.to_string(),
        m.adoption.to_string(),
        opt(m.participation),
        opt(m.minutes_per_week),
        m.respondents.map(|r| r.to_string()).unwrap_or_default(),
    ];
    while parts.last().is_some_and(String::is_empty) {
        parts.pop();
    }
    parts.join("-")
}

fn decode_measurement(value: &str) -> Option<Measurement> {
    let mut parts = value.split('-');
    let month: u32 = parts.next()?.parse().ok().filter(|m| (1..=60).contains(m))?;
    let percent = |v: f64| (v.is_finite() && (0.0..=100.0).contains(&v)).then_some(v);
    let adoption = parts.next()?.parse().ok().and_then(percent)?;
    let optional = |part: Option<&str>, max: f64| -> Option<Option<f64>> {
        match part {
            None | Some("") => Some(None),
            Some(p) => p
                .parse::<f64>()
                .ok()
                .filter(|v| v.is_finite() && (0.0..=max).contains(v))
                .map(Some),
        }
    };
    let participation = optional(parts.next(), 100.0)?;
    let minutes = optional(parts.next(), MAX_MINUTES_PER_WEEK)?;
    let respondents = match parts.next() {
        None | Some("") => None,
        Some(p) => Some(p.parse::<u32>().ok()?),
    };
    parts.next().is_none().then_some(Measurement {
        month,
        adoption,
        participation,
        minutes_per_week: minutes,
        respondents,
    })
}

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
        Scenario::Board => "b",
    }
}

/// What changed in the model since an earlier link was written; its inputs are the same, its
/// figures may not be.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ModelChange {
    /// Version 1: productivity capture, risk on costs, the internal owner, newcomer training and
    /// the session hours were added, at their November 2026 defaults.
    NewInputs,
    /// Versions 1 and 2: communication sessions are charged at the training participation (they
    /// were charged for everyone), and the scenarios' adoption range widened from × 0.85-1.1 to
    /// × 0.8-1.2.
    SessionsAndRange,
}

/// The changes of the model since the version `text` was written with, oldest first; empty for
/// a current link or one without a known version.
pub fn model_changes_since(text: &str) -> &'static [ModelChange] {
    match text.trim().split('_').next() {
        Some(FIRST_VERSION) => &[ModelChange::NewInputs, ModelChange::SessionsAndRange],
        Some(v) if EARLIER_VERSIONS.contains(&v) => &[ModelChange::SessionsAndRange],
        _ => &[],
    }
}

/// The defaults a link of this version was written against.
fn defaults_of(version: &str) -> DefaultSet {
    if EARLIER_VERSIONS.contains(&version) {
        DefaultSet::November2026
    } else {
        DefaultSet::CURRENT
    }
}

/// Writes `state` as link text; the defaults give just the version.
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
    if i.costs.licences_follow_adoption != defaults.costs.licences_follow_adoption {
        out.push_str(&format!(
            "_{LICENCES_FOLLOW}{}",
            u8::from(i.costs.licences_follow_adoption)
        ));
    }
    if i.currency != defaults.currency {
        out.push_str(&format!("_{CURRENCY}{}", i.currency.code()));
    }
    if state.scenario != Scenario::Expected {
        out.push_str(&format!("_{VIEW}{}", scenario_code(state.scenario)));
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
    for m in state.inputs.measurements.iter().take(MAX_ENTRIES) {
        out.push_str(&format!("_{MEASUREMENT}{}", encode_measurement(m)));
    }
    out
}

/// Reads link text. Never fails: unusable parts are listed and replaced by the defaults of the
/// link's version.
pub fn decode(text: &str) -> (SharedState, Vec<ShareProblem>) {
    let mut problems = Vec::new();
    let mut items = text.trim().split('_').filter(|s| !s.is_empty()).peekable();
    let version = items.next().unwrap_or_default();
    let mut state = SharedState {
        inputs: defaults_of(version).inputs(),
        ..SharedState::default()
    };
    if version != VERSION && !EARLIER_VERSIONS.contains(&version) {
        problems.push(ShareProblem::UnknownVersion(shorten(version)));
        if !version.is_empty() && !version.starts_with('v') {
            // No version at all: treat the first part as an item.
            decode_item(version, &mut state, &mut problems);
        }
    }
    let mut v1_uplift = None;
    for item in items {
        match item.strip_prefix(V1_UPLIFT).map(str::parse::<f64>) {
            Some(Ok(points)) if version == FIRST_VERSION && (0.0..=100.0).contains(&points) => {
                v1_uplift = Some(points);
            }
            _ => decode_item(item, &mut state, &mut problems),
        }
    }
    if let Some(points) = v1_uplift {
        // Same uplift at the link's own time saved; none when it saved no time.
        let tenths = state.inputs.quotes.time_saved / 10.0;
        let per_10 = if tenths > 0.0 { points / tenths } else { 0.0 };
        let field = Field::WinUplift;
        if field.check(per_10).is_ok() {
            state.inputs.set(field, per_10);
        } else {
            problems.push(ShareProblem::OutOfRange(field));
        }
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
        LICENCES_FOLLOW => match value {
            "0" | "1" => {
                i.costs.licences_follow_adoption = value == "1";
                true
            }
            _ => false,
        },
        MEASUREMENT => (i.measurements.len() < MAX_ENTRIES)
            .then(|| decode_measurement(value))
            .flatten()
            .map(|m| i.measurements.push(m))
            .is_some(),
        PLAN_PULSE => value
            .parse()
            .ok()
            .filter(|w| PULSE_CHOICES.contains(w))
            .map(|w| state.plan.pulse_weeks = w)
            .is_some(),
        VIEW => Scenario::CHOICES
            .into_iter()
            .find(|s| scenario_code(*s) == value)
            .map(|v| state.scenario = v)
            .is_some(),
        _ => match (Field::from_code(code), value.parse::<f64>()) {
            (Some(field), Ok(v)) if v.is_finite() => {
                // Links written before whole numbers were enforced may carry a fraction.
                let v = if field.spec().integer { v.round() } else { v };
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
        assert_eq!(encode(&SharedState::default()), "v3");
        assert_eq!(decode("v3"), (SharedState::default(), vec![]));
    }

    /// What a v1 or v2 link's author saw: the November 2026 defaults.
    fn november() -> SharedState {
        SharedState {
            inputs: DefaultSet::November2026.inputs(),
            ..SharedState::default()
        }
    }

    #[test]
    fn earlier_links_open_with_the_inputs_their_author_saw() {
        // Bare v1 and v2 links meant the defaults of their day, not today's.
        assert_eq!(decode("v2"), (november(), vec![]));
        assert_eq!(decode("v1"), (november(), vec![]));
        // A v2 link written in November 2026 (staff hourly cost and adoption left at their
        // defaults then, 48 and 70 %): it keeps them, although today's defaults are 45 and 50 %.
        let (state, problems) = decode("v2_qm45_sh6_lp27.5_vwb");
        assert_eq!(problems, vec![]);
        let mut expected = november();
        expected.inputs.quotes.quotes_per_month = 45.0;
        expected.inputs.groups[2].ai_hours_per_week = 6.0;
        expected.inputs.costs.licence_price = 27.5;
        expected.scenario = Scenario::Board;
        assert_eq!(state, expected);
        assert_eq!(state.inputs.groups[2].hourly_cost, 48.0);
        assert_eq!(state.inputs.adoption.at_month_6, 70.0);
        // Written again, it becomes a v3 link that opens to the very same inputs.
        let again = encode(&state);
        assert!(
            again.starts_with("v3_") && again.contains("_sc48") && again.contains("_a670"),
            "{again}"
        );
        assert_eq!(decode(&again), (state, vec![]));
    }

    #[test]
    fn earlier_links_name_what_changed_in_the_model_since() {
        assert_eq!(
            model_changes_since("v1_qm45"),
            [ModelChange::NewInputs, ModelChange::SessionsAndRange]
        );
        assert_eq!(model_changes_since("v2_qm45"), [ModelChange::SessionsAndRange]);
        assert_eq!(model_changes_since(" v2"), [ModelChange::SessionsAndRange]);
        assert_eq!(model_changes_since("v3_qm45"), []);
        assert_eq!(model_changes_since("qm45"), []);
        assert_eq!(model_changes_since(""), []);
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
        state.scenario = Scenario::Optimistic;
        state.plan.start = Date {
            year: 2028,
            month: 3,
            day: 6,
        };
        state.plan.tempo = [Tempo::Fast, Tempo::Standard, Tempo::Slow];
        state.plan.groups = [true, false, true];
        state.plan.formats = [true, true, false, true, true, true, false];
        state.plan.pulse_weeks = 2;
        state.inputs.set(Field::ProductivityCapture, 35.0);
        state.inputs.costs.licences_follow_adoption = true;
        let text = encode(&state);
        assert_eq!(
            text,
            "v3_qm45_ca35_sg0.1_lp27.5_rv0_cm0_lf1_cuUSD_vwo_pd2028-03-06_pt012_pg101_pf1101110_pc2"
        );
        assert_eq!(decode(&text), (state.clone(), vec![]));
        state.scenario = Scenario::Board;
        assert_eq!(decode(&encode(&state)).0.scenario, Scenario::Board);
    }

    #[test]
    fn earlier_links_open_in_full_with_the_new_inputs_at_their_defaults() {
        let text = "v1_qm45_qu3_qs30_lp27.5_vwc";
        let (state, problems) = decode(text);
        assert_eq!(problems, vec![]);
        assert_eq!(state.inputs.quotes.quotes_per_month, 45.0);
        assert_eq!(state.inputs.costs.licence_price, 27.5);
        assert_eq!(state.scenario, Scenario::Conservative);
        // Three points at 30 % faster quotes is one point per 10 %: the same uplift as before.
        assert_eq!(state.inputs.quotes.uplift_per_10_faster, 1.0);
        assert_eq!(state.inputs.quotes.win_rate_uplift(), 3.0);
        let d = DefaultSet::November2026.inputs();
        assert_eq!(state.inputs.productivity_capture, d.productivity_capture);
        assert_eq!(state.inputs.cost_risk, d.cost_risk);
        // No time saved in the old link: the new model gives no uplift, and says nothing is wrong.
        let (state, problems) = decode("v1_qu2_qs0");
        assert_eq!((state.inputs.quotes.win_rate_uplift(), problems), (0.0, vec![]));
        // The uplift code of version 1 means nothing in versions 2 and 3.
        assert_eq!(decode("v2_qu2").1, vec![ShareProblem::Unreadable("qu2".into())]);
        assert_eq!(decode("v3_qu2").1, vec![ShareProblem::Unreadable("qu2".into())]);
        // Whole-number fields written with a fraction are rounded.
        assert_eq!(decode("v1_sn25.4").0.inputs.groups[2].headcount, 25.0);
    }

    #[test]
    fn the_measurement_log_travels_in_the_link() {
        let mut state = SharedState::default();
        state.inputs.measurements = vec![
            Measurement::adoption(9, 40.0),
            Measurement {
                participation: Some(90.0),
                minutes_per_week: Some(95.5),
                respondents: Some(14),
                ..Measurement::adoption(12, 50.0)
            },
            Measurement {
                minutes_per_week: Some(80.0),
                ..Measurement::adoption(3, 10.0)
            },
        ];
        let text = encode(&state);
        assert_eq!(text, "v3_mm9-40_mm12-50-90-95.5-14_mm3-10--80");
        // In the order entered: the model sorts, the link keeps what the reader typed.
        assert_eq!(decode(&text), (state, vec![]));
        let (state, problems) = decode("v3_mm0-40_mm6-140_mm6-40-x_mm6-40-1-2-3-4_mm6-30");
        assert_eq!(state.inputs.measurements, vec![Measurement::adoption(6, 30.0)]);
        assert_eq!(problems.len(), 4);
    }

    #[test]
    fn tampered_links_restore_what_they_can() {
        let (state, problems) = decode("v3_qm45_zz9_lp-5_qhabc_cuXXX_pd2027-02-30_pt9_pg000_pc5_é1_x");
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

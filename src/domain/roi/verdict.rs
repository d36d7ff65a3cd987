//! The calculator's verdict: its figures told as one story in plain words. NPV and ROI are on
//! present values, the payback month on the undiscounted cumulative cash flow; the verdict says
//! which is which, never shows a payback month beside a negative NPV without the reason, shows
//! the case on time savings alone beside one that counts extra orders, and says what it takes:
//! the minutes a day each active user must save for the plan to break even.

use super::measurements::{normalized, MeasuredPath, MAX_MINUTES_PER_WEEK};
use super::month_table::calendar_month;
use super::{summarize, Group, Inputs, Summary};
use crate::domain::format::number::{format_number, format_percent};
use crate::domain::i18n::{month_name, text_with, Key, Lang};
use crate::domain::roi::calculator::{keep_minus, money, roi_text};

/// Bisection steps for the break-even adoption where no straight line applies: 2^-30 of the range,
/// far below the whole percent shown.
const BISECTION_STEPS: u32 = 30;

/// Minutes in a working day: a saving beyond it is not a saving anyone makes, so no break-even
/// in minutes is stated past it.
const WORKDAY_MINUTES: f64 = 480.0;

/// Working days in a week, to turn hours a week into minutes a day.
const WORKDAYS_PER_WEEK: f64 = 5.0;

/// What the verdict says, for one view (scenario applied) of the inputs.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Verdict {
    /// The view's headline figures.
    pub summary: Summary,
    /// The same view without the revenue lever; `None` when the lever is off or adds nothing.
    pub productivity_alone: Option<Summary>,
    /// Minutes a day an active user must save on average (over every group and the quote work)
    /// for the NPV to be zero; `None` when no amount of time saved is enough, or without staff.
    pub break_even_minutes: Option<f64>,
    /// Minutes a day an active user saves with the inputs as they are.
    pub current_minutes: Option<f64>,
    /// Active users at month 6, in percent, at which the NPV is zero (the end level moving in
    /// proportion); `Some(0.0)` when the plan pays without any use, `None` when even full use
    /// is not enough.
    pub break_even_adoption: Option<f64>,
    /// Licence price a month at which the NPV is zero; `None` when the plan does not pay even
    /// with free licences (or without licences to price).
    pub break_even_price: Option<f64>,
    /// The last month measured within the horizon, as the model counts the log; `None` for a plan.
    pub measured_until: Option<u32>,
    /// Whether the forecast uses measured minutes saved instead of the assumed ones.
    pub minutes_measured: bool,
}

impl Verdict {
    /// The verdict for `view`: inputs with the chosen scenario already applied.
    pub fn of(view: &Inputs) -> Verdict {
        let summary = summarize(view, view.adoption.structured_communication);
        let productivity_alone = (view.quotes.revenue_lever && summary.revenue_benefit > 0.0).then(|| {
            let mut alone = view.clone();
            alone.quotes.revenue_lever = false;
            summarize(&alone, alone.adoption.structured_communication)
        });
        // The log as the model reads it: only what it counts within the horizon.
        let measured = MeasuredPath::of(&normalized(&view.measurements), view.horizon());
        let minutes = measured.and_then(|m| m.minutes);
        // Measured minutes, where there are any, are what the forecast uses from then on.
        let (break_even, current_minutes) = match minutes {
            Some((month, minutes)) => (
                break_even_measured_minutes(view, month),
                Some(minutes / WORKDAYS_PER_WEEK),
            ),
            None => (
                break_even_minutes(view, &summary),
                view.hours_saved_per_active_user_week().map(minutes_a_day),
            ),
        };
        Verdict {
            summary,
            productivity_alone,
            break_even_minutes: break_even.filter(|m| *m <= WORKDAY_MINUTES),
            current_minutes,
            break_even_adoption: break_even_adoption(view),
            break_even_price: break_even_price(view),
            measured_until: measured.map(|m| m.until),
            minutes_measured: minutes.is_some(),
        }
    }
}

fn minutes_a_day(hours_a_week: f64) -> f64 {
    hours_a_week * 60.0 / WORKDAYS_PER_WEEK
}

/// The time benefits grow in proportion to every group's gain; the costs do not depend on it.
/// So the NPV is a straight line in a common factor `k` on the gains, and its zero gives the
/// time saved at which the plan breaks even. The quote work's saving stays as entered.
fn break_even_minutes(view: &Inputs, summary: &Summary) -> Option<f64> {
    let mut none = view.clone();
    for g in Group::ALL {
        none.groups[g.index()].productivity_gain = 0.0;
    }
    let at_zero = summarize(&none, view.adoption.structured_communication).npv;
    let slope = summary.npv - at_zero;
    let k = if at_zero >= 0.0 {
        0.0
    } else if slope > 0.0 {
        -at_zero / slope
    } else {
        return None;
    };
    let mut needed = view.clone();
    for g in Group::ALL {
        needed.groups[g.index()].productivity_gain *= k;
    }
    let minutes = needed.hours_saved_per_active_user_week().map(minutes_a_day)?;
    // A gain above 100 % is not a saving anyone can make.
    let possible = view.groups.iter().all(|g| g.productivity_gain * k <= 100.0 + 1e-9);
    (minutes.is_finite() && possible).then_some(minutes)
}

/// With measured minutes the months after the measurement use them, and their time benefits are
/// proportional to them: the NPV is a straight line in the measured minutes. Its zero, in minutes
/// a day; `None` when no amount up to a full working week is enough.
fn break_even_measured_minutes(view: &Inputs, month: u32) -> Option<f64> {
    let structured = view.adoption.structured_communication;
    let npv_with = |v: f64| {
        let mut i = view.clone();
        i.measurements = normalized(&view.measurements);
        if let Some(entry) = i.measurements.iter_mut().find(|m| m.month == month) {
            entry.minutes_per_week = Some(v);
        }
        summarize(&i, structured).npv
    };
    let at_zero = npv_with(0.0);
    if at_zero >= 0.0 {
        return Some(0.0);
    }
    let slope = npv_with(60.0) - at_zero;
    let needed = -at_zero / slope * 60.0;
    (slope > 0.0 && needed.is_finite() && needed <= MAX_MINUTES_PER_WEEK).then(|| needed / WORKDAYS_PER_WEEK)
}

/// The month-6 adoption at which the NPV is zero, by bisection on a common factor on both
/// adoption levels (with licences bought as users come, the costs move with adoption too, so no
/// straight line is assumed). The NPV grows with adoption wherever a licence earns more than it
/// costs; where it does not, no level pays and the answer is `None`.
fn break_even_adoption(view: &Inputs) -> Option<f64> {
    let a = &view.adoption;
    let top = a.at_month_6.max(a.at_end);
    if top <= 0.0 {
        return None;
    }
    let structured = a.structured_communication;
    let npv_at = |k: f64| {
        let mut i = view.clone();
        i.adoption.at_month_6 = a.at_month_6 * k;
        i.adoption.at_end = a.at_end * k;
        summarize(&i, structured).npv
    };
    let (mut low, mut high) = (0.0, 100.0 / top);
    let at_zero = npv_at(low);
    if at_zero >= 0.0 {
        return Some(0.0);
    }
    // With licences bought up front and nothing measured, every benefit is proportional to the
    // adoption factor and no cost depends on it: the NPV is a straight line, solved directly.
    if !view.costs.licences_follow_adoption && view.measurements.is_empty() {
        let slope = npv_at(1.0) - at_zero;
        let k = -at_zero / slope;
        return (slope > 0.0 && k <= high && k.is_finite()).then_some(a.at_month_6 * k);
    }
    if npv_at(high) < 0.0 {
        return None;
    }
    for _ in 0..BISECTION_STEPS {
        let mid = (low + high) / 2.0;
        if npv_at(mid) >= 0.0 {
            high = mid;
        } else {
            low = mid;
        }
    }
    Some(a.at_month_6 * high)
}

/// The licence price at which the NPV is zero. Licence costs grow in proportion to the price and
/// nothing else depends on it, so the NPV is a straight line in the price.
fn break_even_price(view: &Inputs) -> Option<f64> {
    let structured = view.adoption.structured_communication;
    let mut free = view.clone();
    free.costs.licence_price = 0.0;
    let at_zero = summarize(&free, structured).npv;
    let mut one = view.clone();
    one.costs.licence_price = 1.0;
    let per_unit = at_zero - summarize(&one, structured).npv;
    let price = at_zero / per_unit;
    (at_zero >= 0.0 && per_unit > 0.0 && price.is_finite()).then_some(price)
}

/// "na 30,1 maanden, in juli 2029": the payback as on the card, and the calendar month in which
/// the cumulative net turns positive (month ⌈p⌉).
fn payback_month_text(payback: f64, inputs: &Inputs, lang: Lang) -> String {
    let month = (payback.ceil().max(1.0)) as u32;
    let (year, m) = calendar_month(inputs.start, month);
    text_with(
        Key::VerdictMonth,
        lang,
        &[
            ("n", &format_number(payback, 1, lang)),
            ("date", &format!("{} {year}", month_name(m, lang))),
        ],
    )
}

/// The verdict in plain words, for `view` (the inputs with the chosen scenario applied).
pub fn verdict_text(verdict: &Verdict, view: &Inputs, lang: Lang) -> String {
    let s = &verdict.summary;
    let months = view.horizon().to_string();
    let amount = money(s.npv.abs(), view, lang);
    let mut out = match (s.npv >= 0.0, s.payback_month) {
        (true, Some(p)) => text_with(
            Key::VerdictPays,
            lang,
            &[
                ("months", &months),
                ("npv", &amount),
                ("roi", &roi_text(s.roi_percent, lang)),
                ("month", &payback_month_text(p, view, lang)),
            ],
        ),
        (true, None) => text_with(
            Key::VerdictPaysLate,
            lang,
            &[
                ("months", &months),
                ("npv", &amount),
                ("roi", &roi_text(s.roi_percent, lang)),
            ],
        ),
        (false, Some(p)) => text_with(
            Key::VerdictDiscounted,
            lang,
            &[
                ("months", &months),
                ("npv", &amount),
                ("month", &payback_month_text(p, view, lang)),
                ("rate", &format_percent(view.discount_rate, 1, lang)),
            ],
        ),
        (false, None) => text_with(Key::VerdictCosts, lang, &[("months", &months), ("npv", &amount)]),
    };
    // Actual to date and forecast after: the sentence says which part is which.
    if let Some(last) = verdict.measured_until {
        out = format!(
            "{} {out}",
            text_with(Key::ChartMeasuredUntil, lang, &[("month", &last.to_string())])
        );
    }
    if let Some(alone) = &verdict.productivity_alone {
        out.push(' ');
        out.push_str(&text_with(
            Key::VerdictAlone,
            lang,
            &[
                ("npv", &keep_minus(&money(alone.npv, view, lang))),
                ("roi", &keep_minus(&roi_text(alone.roi_percent, lang))),
            ],
        ));
    }
    let realistic = verdict.current_minutes.filter(|now| *now <= WORKDAY_MINUTES);
    if let (Some(needed), Some(now)) = (verdict.break_even_minutes, realistic) {
        let key = if s.npv >= 0.0 {
            Key::VerdictStillPays
        } else {
            Key::VerdictWouldPay
        };
        out.push(' ');
        out.push_str(&text_with(
            key,
            lang,
            &[
                ("minutes", &format_number(needed.ceil(), 0, lang)),
                ("now", &format_number(now.round(), 0, lang)),
            ],
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::roi::Scenario;

    #[test]
    fn the_default_pays_modestly_and_says_on_what_basis() {
        let view = Inputs::default();
        let v = Verdict::of(&view);
        let nl = verdict_text(&v, &view, Lang::Nl);
        assert!(
            nl.starts_with("Over 36 maanden levert dit plan in contante waarde €\u{a0}8.911 meer op dan het kost"),
            "{nl}"
        );
        assert!(
            nl.contains("Opgeteld en zonder disconteren is het geld terug na 30,1 maanden, in juli 2029."),
            "{nl}"
        );
        let en = verdict_text(&v, &view, Lang::En);
        assert!(
            en.contains("On time savings alone, without the extra orders: −\u{2060}€16,211"),
            "{en}"
        );
        // 1.82 hours a week is 22 minutes a day; the break-even lies below it.
        assert_eq!(v.current_minutes.map(f64::round), Some(22.0));
        let needed = v.break_even_minutes.unwrap_or_default();
        assert!(needed > 0.0 && needed < 22.0, "{needed}");
        assert!(en.contains("minutes a day"), "{en}");
    }

    #[test]
    fn a_negative_npv_beside_a_payback_month_gives_the_reason() {
        // The board view: negative NPV; with a longer horizon the cash turns positive late.
        let mut view = Scenario::Board.apply(&Inputs::default());
        view.horizon_months = 60.0;
        view.discount_rate = 30.0;
        let v = Verdict::of(&view);
        assert!(
            v.summary.npv < 0.0 && v.summary.payback_month.is_some(),
            "{:?}",
            v.summary
        );
        let en = verdict_text(&v, &view, Lang::En);
        assert!(
            en.contains("too late to make up for the discount rate of 30.0%"),
            "{en}"
        );
    }

    #[test]
    fn the_break_even_time_makes_the_npv_zero() {
        let view = Scenario::Board.apply(&Inputs::default());
        let v = Verdict::of(&view);
        assert!(v.summary.npv < 0.0);
        let (needed, now) = (
            v.break_even_minutes.unwrap_or_default(),
            v.current_minutes.unwrap_or_default(),
        );
        assert!(needed > now);
        // Scale the gains so that the average saving is `needed`: the NPV is then zero.
        let quote_minutes = {
            let mut q = view.clone();
            for g in &mut q.groups {
                g.productivity_gain = 0.0;
            }
            minutes_a_day(q.hours_saved_per_active_user_week().unwrap_or_default())
        };
        let k = (needed - quote_minutes) / (now - quote_minutes);
        let mut at = view.clone();
        for g in &mut at.groups {
            g.productivity_gain *= k;
        }
        let npv = summarize(&at, true).npv;
        assert!(npv.abs() < 1e-6 * (1.0 + v.summary.pv_costs), "{npv}");
        let text = verdict_text(&v, &view, Lang::Nl);
        assert!(text.contains("niet terugverdiend"), "{text}");
        assert!(text.contains("Het zou lonen als"), "{text}");
    }

    #[test]
    fn break_even_adoption_and_price_make_the_npv_zero() {
        let view = Scenario::Board.apply(&Inputs::default());
        let v = Verdict::of(&view);
        let adoption = v.break_even_adoption.unwrap_or_default();
        assert!(adoption > view.adoption.at_month_6, "{adoption}");
        let mut at = view.clone();
        let k = adoption / view.adoption.at_month_6;
        at.adoption.at_month_6 *= k;
        at.adoption.at_end *= k;
        assert!(summarize(&at, true).npv.abs() < 1e-3, "{}", summarize(&at, true).npv);
        let price = v.break_even_price.unwrap_or_default();
        assert!(price < view.costs.licence_price, "{price}");
        let mut at = view.clone();
        at.costs.licence_price = price;
        assert!(summarize(&at, true).npv.abs() < 1e-6 * (1.0 + v.summary.pv_costs));
        // The same answer by bisection, where licences follow adoption (costs then move too).
        let mut follow = view.clone();
        follow.costs.licences_follow_adoption = true;
        let b = Verdict::of(&follow).break_even_adoption.unwrap_or_default();
        let mut at = follow.clone();
        at.adoption.at_month_6 *= b / follow.adoption.at_month_6;
        at.adoption.at_end *= b / follow.adoption.at_month_6;
        assert!(summarize(&at, true).npv.abs() < 1e-2, "{}", summarize(&at, true).npv);
        // The expected view pays: the price may rise, adoption may fall.
        let v = Verdict::of(&Inputs::default());
        assert!(v.break_even_price.unwrap_or_default() > 30.0);
        assert!(v.break_even_adoption.unwrap_or(100.0) < 50.0);
    }

    #[test]
    fn with_measured_minutes_the_break_even_is_in_measured_minutes() {
        use crate::domain::roi::Measurement;
        let mut view = Inputs {
            measurements: vec![Measurement {
                minutes_per_week: Some(90.0),
                ..Measurement::adoption(6, 25.0)
            }],
            ..Inputs::default()
        };
        let v = Verdict::of(&view);
        assert_eq!(v.current_minutes, Some(18.0));
        let needed = v.break_even_minutes.unwrap_or_default();
        assert!(needed > 18.0, "{needed}");
        // At the break-even minutes the NPV is zero.
        view.measurements[0].minutes_per_week = Some(needed * 5.0);
        assert!(summarize(&view, true).npv.abs() < 1e-6 * (1.0 + v.summary.pv_costs));
    }

    #[test]
    fn a_measured_view_says_up_to_which_month_it_is_actual() {
        let view = Inputs {
            measurements: vec![crate::domain::roi::Measurement::adoption(9, 40.0)],
            ..Inputs::default()
        };
        let text = verdict_text(&Verdict::of(&view), &view, Lang::Nl);
        assert!(
            text.starts_with("Tot en met maand 9 gemeten, daarna prognose. Over 36 maanden"),
            "{text}"
        );
    }

    #[test]
    fn nothing_to_gain_and_no_staff_say_no_break_even() {
        let mut view = Inputs::default();
        view.adoption.at_month_6 = 0.0;
        view.adoption.at_end = 0.0;
        let v = Verdict::of(&view);
        assert_eq!(v.break_even_minutes, None);
        assert_eq!(v.break_even_adoption, None);
        // Without any use the plan does not pay, however cheap the licences.
        assert_eq!(v.break_even_price, None);
        let text = verdict_text(&v, &view, Lang::En);
        assert!(text.starts_with("Over 36 months this plan costs"), "{text}");
        assert!(!text.contains("NaN") && !text.contains("inf"), "{text}");
        let mut empty = Inputs::default();
        for g in &mut empty.groups {
            g.headcount = 0.0;
        }
        let v = Verdict::of(&empty);
        assert_eq!((v.break_even_minutes, v.current_minutes), (None, None));
    }
}

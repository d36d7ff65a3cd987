//! The AI use policy the reader composes: which rules it holds (the choices in
//! `content/kit.toml`), which tools are allowed, whom to ask and how often it is reviewed. The
//! policy's text is the `ai-policy` material; its lines marked `?choice` appear only when the choice
//! is on, and its `{policy_…}` placeholders are filled in here. The choices are kept in the browser
//! in a small line-based format ([`PolicyChoices::encode`], [`PolicyChoices::decode`]).

use super::markup::Span;
use super::Text;
use crate::domain::date::Date;
use crate::domain::i18n::{date_long, text, text_with, Key, Lang};

/// The material the composer belongs to.
pub const MATERIAL_ID: &str = "ai-policy";

/// How often the policy can be reviewed, in months.
pub const REVIEW_MONTHS: [u32; 3] = [3, 6, 12];

/// The longest tools or contact text kept.
pub const FREE_TEXT_MAX_CHARS: usize = 200;

/// The first line of the stored format.
const HEADER: &str = "ai-policy 1";

/// A rule the reader can put into the AI use policy or leave out; the policy's lines marked
/// `?id` appear only when it is chosen.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PolicyChoice {
    /// Stable id, used in the markup and in storage.
    pub id: &'static str,
    /// Chosen until the reader says otherwise.
    pub on: bool,
    /// What the composer's checkbox says.
    pub label: Text,
}

/// The choices, in the order the composer shows them, compiled from `content/kit.toml`.
pub static POLICY_CHOICES: &[PolicyChoice] = &include!(concat!(env!("OUT_DIR"), "/policy_choices.rs"));

/// What the reader chose for the policy.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PolicyChoices {
    /// Ids of the choices that are on, in the content's order.
    pub on: Vec<&'static str>,
    /// Which tools are allowed, as typed; empty: a blank to fill in.
    pub tools: String,
    /// Whom to ask, as typed; empty: a blank to fill in.
    pub contact: String,
    /// Months between reviews, one of [`REVIEW_MONTHS`].
    pub review_months: u32,
}

impl Default for PolicyChoices {
    fn default() -> Self {
        PolicyChoices {
            on: POLICY_CHOICES.iter().filter(|c| c.on).map(|c| c.id).collect(),
            tools: String::new(),
            contact: String::new(),
            review_months: 6,
        }
    }
}

/// Typed tools or contact text as the policy keeps it: one line of at most
/// [`FREE_TEXT_MAX_CHARS`] characters.
pub fn one_line(typed: &str) -> String {
    crate::domain::format::one_line(typed, FREE_TEXT_MAX_CHARS)
}

impl PolicyChoices {
    /// Whether the choice `id` is on.
    pub fn is_on(&self, id: &str) -> bool {
        self.on.contains(&id)
    }

    /// The same choices with `id` switched on or off (unknown ids change nothing).
    pub fn with(&self, id: &str, on: bool) -> PolicyChoices {
        let mut next = self.clone();
        next.on = POLICY_CHOICES
            .iter()
            .filter(|c| if c.id == id { on } else { self.is_on(c.id) })
            .map(|c| c.id)
            .collect();
        next
    }

    /// The stored form: a header line, then one `key value` line each.
    pub fn encode(&self) -> String {
        format!(
            "{HEADER}\nreview {}\non {}\ntools {}\ncontact {}",
            self.review_months,
            self.on.join(","),
            one_line(&self.tools),
            one_line(&self.contact)
        )
    }

    /// Reads the stored form; `None` when it is not this format. Unknown choices are dropped, an
    /// unknown review period becomes the default, and free text is cut to one line.
    pub fn decode(stored: &str) -> Option<PolicyChoices> {
        let mut lines = stored.lines();
        if lines.next()?.trim() != HEADER {
            return None;
        }
        let mut out = PolicyChoices::default();
        for l in lines {
            let (key, value) = l.split_once(' ').unwrap_or((l, ""));
            match key {
                "review" => {
                    if let Some(m) = value.trim().parse().ok().filter(|m| REVIEW_MONTHS.contains(m)) {
                        out.review_months = m;
                    }
                }
                "on" => {
                    let ids: Vec<&str> = value.split(',').map(str::trim).collect();
                    out.on = POLICY_CHOICES
                        .iter()
                        .filter(|c| ids.contains(&c.id))
                        .map(|c| c.id)
                        .collect();
                }
                "tools" => out.tools = one_line(value),
                "contact" => out.contact = one_line(value),
                _ => {}
            }
        }
        Some(out)
    }
}

/// A body line as the filled-in text has it: a line marked `?choice ` is kept, without its mark,
/// only when the choice is on; other lines are kept as they are.
pub fn kept_line<'a>(line: &'a str, choices: &PolicyChoices) -> Option<&'a str> {
    match line.strip_prefix('?') {
        None => Some(line),
        Some(rest) => {
            let (id, kept) = rest.split_once(' ').unwrap_or((rest, ""));
            choices.is_on(id).then_some(kept)
        }
    }
}

/// `date` moved on by `months` calendar months (the day kept where the month has it, else its last).
pub fn add_months(date: Date, months: u32) -> Date {
    let index = i64::from(date.year) * 12 + i64::from(date.month) - 1 + i64::from(months);
    let (year, month) = (index.div_euclid(12) as i32, index.rem_euclid(12) as u32 + 1);
    (1..=date.day)
        .rev()
        .find_map(|day| Date::new(year, month, day))
        .unwrap_or(date)
}

/// The span for `{policy_<name>}`: `date` is the day the schedule agrees the policy.
pub fn placeholder(name: &str, lang: Lang, choices: &PolicyChoices, date: Option<Date>) -> Span {
    let blank = |key: Key| Span::Blank(format!("[{}]", text(key, lang)));
    let typed = |s: &str, key: Key| {
        // The sentence supplies its own full stop.
        let s = one_line(s).trim_end_matches('.').trim_end().to_string();
        if s.is_empty() {
            blank(key)
        } else {
            Span::Filled(s)
        }
    };
    match name {
        "date" => date.map_or_else(|| blank(Key::KitBlankDate), |d| Span::Filled(date_long(d, lang))),
        "tools" => typed(&choices.tools, Key::PolicyBlankTools),
        "contact" => typed(&choices.contact, Key::PolicyBlankContact),
        "review" => {
            let months = choices.review_months.to_string();
            Span::Filled(match date {
                Some(d) => text_with(
                    Key::PolicyReviewFrom,
                    lang,
                    &[
                        ("months", &months),
                        ("date", &date_long(add_months(d, choices.review_months), lang)),
                    ],
                ),
                // Without a schedule the period is the choice's default wording, not a value from the plan.
                None => return Span::Text(text_with(Key::PolicyReview, lang, &[("months", &months)])),
            })
        }
        _ => Span::Blank(format!("[policy_{name}]")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::guide::kit::{fill, material, plain_text, Facts};

    fn d(y: i32, m: u32, day: u32) -> Date {
        Date::new(y, m, day).expect("valid date")
    }

    #[test]
    fn the_choices_round_trip_through_storage_and_survive_tampering() {
        let all_off = POLICY_CHOICES
            .iter()
            .fold(PolicyChoices::default(), |c, choice| c.with(choice.id, false));
        assert!(all_off.on.is_empty());
        let mine = PolicyChoices {
            tools: "Microsoft 365 Copilot\nmet het werkaccount".into(),
            contact: "Anna | ICT".into(),
            review_months: 12,
            ..all_off.with(POLICY_CHOICES[0].id, true)
        };
        let back = PolicyChoices::decode(&mine.encode()).expect("own format");
        assert_eq!(back.on, vec![POLICY_CHOICES[0].id]);
        assert_eq!(back.tools, "Microsoft 365 Copilot met het werkaccount");
        assert_eq!(back.contact, "Anna | ICT");
        assert_eq!(back.review_months, 12);
        assert_eq!(PolicyChoices::decode("something else"), None);
        assert_eq!(PolicyChoices::decode(""), None);
        let tampered = PolicyChoices::decode("ai-policy 1\nreview 7\non nonsense,,human_check\ntools ").expect("read");
        assert_eq!(tampered.review_months, 6);
        assert_eq!(tampered.on, vec!["human_check"]);
        let long = "x".repeat(5000);
        let kept = PolicyChoices::decode(&format!("ai-policy 1\ncontact {long}")).expect("read");
        assert_eq!(kept.contact.chars().count(), FREE_TEXT_MAX_CHARS);
    }

    #[test]
    fn a_choice_adds_or_removes_its_lines_and_the_rest_is_filled_in() {
        let m = material(MATERIAL_ID).expect("the policy material");
        for lang in Lang::ALL {
            let with_all = PolicyChoices {
                tools: "Copilot".into(),
                contact: "Anna de Vries".into(),
                ..PolicyChoices::default()
            };
            let facts = |policy: PolicyChoices| Facts {
                policy,
                ..Facts::default()
            };
            let full = plain_text(&fill(m.body.get(lang), lang, &facts(with_all.clone())));
            assert!(full.contains("Copilot") && full.contains("Anna de Vries"), "{lang:?}");
            assert!(
                full.lines().all(|l| !l.starts_with('?')),
                "{lang:?}: no mark is left: {full}"
            );
            for choice in POLICY_CHOICES {
                let without = plain_text(&fill(m.body.get(lang), lang, &facts(with_all.with(choice.id, false))));
                assert!(without.len() < full.len(), "{lang:?}: {} changes the text", choice.id);
            }
            let empty = plain_text(&fill(m.body.get(lang), lang, &Facts::default()));
            assert!(empty.contains(&format!("[{}]", text(Key::PolicyBlankTools, lang))));
        }
    }

    #[test]
    fn the_review_date_counts_calendar_months_from_the_day_the_policy_is_agreed() {
        assert_eq!(add_months(d(2027, 1, 31), 1), d(2027, 2, 28));
        assert_eq!(add_months(d(2027, 11, 15), 3), d(2028, 2, 15));
        assert_eq!(add_months(d(2028, 8, 31), 6), d(2029, 2, 28));
        let choices = PolicyChoices::default();
        let span = placeholder("review", Lang::Nl, &choices, Some(d(2027, 2, 1)));
        assert!(span.as_str().contains("1 augustus 2027"), "{}", span.as_str());
        let span = placeholder("review", Lang::En, &choices, None);
        assert!(
            span.as_str().contains('6') && !span.as_str().contains("202"),
            "{}",
            span.as_str()
        );
    }
}

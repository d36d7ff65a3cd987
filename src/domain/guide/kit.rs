//! The guide's kit: ready-to-send materials per group, filled in from the reader's own company
//! name, communication schedule and calculation, and what each group does first in each phase.
//! The words live in `content/kit.toml`.
//!
//! A material's body is light markup (see that file): blocks separated by a blank line, `# `
//! headings, `- ` lists, `| ` tables, `[to fill in]` blanks and `{placeholders}`. [`fill`] turns it
//! into [`Block`]s for the page, and [`plain_text`] into the text that is copied and downloaded.

pub use super::markup::{Block, Line, Span};
use super::{GuidePage, Text, GUIDE};
use crate::domain::date::Date;
use crate::domain::format::html::escape_into;
use crate::domain::format::number::format_percent;
use crate::domain::i18n::{date_long, month_name, text, text_with, Key, Lang};
use crate::domain::phase::{Phase, PhaseCalendar};
use crate::domain::roi::month_table::calendar_month;
use crate::domain::schedule::{ActivityKind, EventKind, PlanInputs, Stakeholder};

/// A ready-to-send text for one group.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Material {
    /// Stable id, used in anchors and links.
    pub id: &'static str,
    /// The page it belongs to: a role id, `seo`, or `overview` (the measurement kit).
    pub page: &'static str,
    /// Title.
    pub title: Text,
    /// From whom to whom.
    pub audience: Text,
    /// When to send or use it.
    pub when: Text,
    /// Advice for the sender (not part of the text).
    pub tip: Text,
    /// The text, in the markup described above.
    pub body: Text,
}

/// One thing to do this week, perhaps with the material that goes with it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct WeekItem {
    /// What to do.
    pub text: Text,
    /// Id of the material to use.
    pub material: Option<&'static str>,
}

/// What one group does in one phase.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ThisWeek {
    /// The page (role id or `seo`).
    pub page: &'static str,
    /// The phase.
    pub phase: Phase,
    /// What to do.
    pub items: &'static [WeekItem],
}

/// The whole kit.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Kit {
    /// Every material.
    pub materials: &'static [Material],
    /// What each group does in each phase.
    pub this_week: &'static [ThisWeek],
}

/// The kit's content, compiled from `content/kit.toml`.
pub static KIT: Kit = include!(concat!(env!("OUT_DIR"), "/kit_content.rs"));

/// The id pages use in the kit (`board`, `managers`, `staff`, `seo`, `overview`).
fn page_id(page: GuidePage) -> &'static str {
    page.id().unwrap_or("overview")
}

/// The materials of `page`, in the order of the content file.
pub fn materials(page: GuidePage) -> impl Iterator<Item = &'static Material> {
    let id = page_id(page);
    KIT.materials.iter().filter(move |m| m.page == id)
}

/// The material with `id`.
pub fn material(id: &str) -> Option<&'static Material> {
    KIT.materials.iter().find(|m| m.id == id)
}

/// The page a material is on.
pub fn page_of(m: &Material) -> GuidePage {
    if m.page == "overview" {
        GuidePage::Overview
    } else {
        GuidePage::from_id(m.page).unwrap_or(GuidePage::Overview)
    }
}

/// What the group of `page` does in `phase` (empty for the overview).
pub fn this_week(page: GuidePage, phase: Phase) -> &'static [WeekItem] {
    let id = page_id(page);
    KIT.this_week
        .iter()
        .find(|w| w.page == id && w.phase == phase)
        .map_or(&[], |w| w.items)
}

/// The schedule group a page addresses; `None` for the SEO lens and the overview.
pub fn group(page: GuidePage) -> Option<Stakeholder> {
    let id = page.id()?;
    Stakeholder::ALL.into_iter().find(|s| s.code() == id)
}

/// The anchor of a material on its page, e.g. `materiaal-kickoff` / `material-kickoff`.
pub fn anchor(id: &str, lang: Lang) -> String {
    match lang {
        Lang::Nl => format!("materiaal-{id}"),
        Lang::En => format!("material-{id}"),
    }
}

/// The material an anchor names, in either language.
pub fn from_anchor(anchor: &str) -> Option<&'static Material> {
    let id = anchor
        .strip_prefix("materiaal-")
        .or_else(|| anchor.strip_prefix("material-"))?;
    material(id)
}

/// A file name for the downloaded text: the title in lowercase ASCII words, e.g.
/// `kick-offbericht-aan-alle-medewerkers.txt`.
pub fn file_name(m: &Material, lang: Lang) -> String {
    let mut slug = String::new();
    for c in m.title.get(lang).chars() {
        let c = match c {
            'á' | 'à' | 'â' | 'ä' => 'a',
            'é' | 'è' | 'ê' | 'ë' => 'e',
            'í' | 'ì' | 'î' | 'ï' => 'i',
            'ó' | 'ò' | 'ô' | 'ö' => 'o',
            'ú' | 'ù' | 'û' | 'ü' => 'u',
            c => c.to_ascii_lowercase(),
        };
        if c.is_ascii_alphanumeric() {
            slug.push(c);
        } else if !slug.is_empty() && !slug.ends_with('-') {
            slug.push('-');
        }
    }
    format!("{}.txt", slug.trim_end_matches('-'))
}

// ── What the planner knows ─────────────────────────────────────────────────────

/// The group's next session in the schedule.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Session {
    /// On this day.
    On(Date),
    /// The group is in the schedule but has no session left.
    NoneLeft,
    /// The group is not in the schedule.
    NotInPlan,
}

/// What the materials take from the reader's communication schedule. Dates of events still to
/// come are taken from `today` on, so that a material never announces a day that has passed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PlanFacts {
    /// The schedule's first day.
    pub start: Date,
    /// The operational staff's first day; `None` when the staff are not in the schedule.
    pub staff_start: Option<Date>,
    /// Each group's first session in the schedule (board, managers, staff), whatever today is.
    pub first_sessions: [Session; 3],
    /// Each group's next session (board, managers, staff), from today.
    pub sessions: [Session; 3],
    /// The board's next executive briefing, from today.
    pub next_briefing: Option<Date>,
    /// The next (at most three) pulse checks, from today.
    pub pulse: Vec<Date>,
    /// The day the adoption target is measured, if that is still to come.
    pub adoption_check: Option<Date>,
    /// The day staff representation is asked for advice or consent.
    pub works_council: Option<Date>,
    /// The day the AI use policy is agreed.
    pub policy: Option<Date>,
    /// Each group's learning sessions (demos, training, workshops), the first four.
    pub literacy: [Vec<Date>; 3],
}

/// The activities that teach: what the AI-literacy plan is made of.
pub const fn teaches(kind: ActivityKind) -> bool {
    matches!(
        kind,
        ActivityKind::LiveDemo | ActivityKind::Training | ActivityKind::UseCaseWorkshop | ActivityKind::PeerLearning
    )
}

impl PlanFacts {
    /// The facts of `plan` as seen on `today`.
    pub fn new(plan: &PlanInputs, today: Date) -> PlanFacts {
        let plan = plan.sanitized();
        let built = plan.build();
        let events = &built.events;
        let activity_of = |e: &crate::domain::schedule::Event, g: Stakeholder| {
            e.group == Some(g) && matches!(e.kind, EventKind::Activity(_))
        };
        let session = |g: Stakeholder, from: Option<Date>| {
            if !plan.groups[g.index()] {
                return Session::NotInPlan;
            }
            events
                .iter()
                .find(|e| activity_of(e, g) && from.is_none_or(|day| e.date >= day))
                .map_or(Session::NoneLeft, |e| Session::On(e.date))
        };
        let first_of = |kind: EventKind| events.iter().find(|e| e.kind == kind).map(|e| e.date);
        let staff = Stakeholder::Staff;
        PlanFacts {
            start: plan.start,
            staff_start: plan.groups[staff.index()].then(|| {
                let (offset, _) = plan.group_calendar(staff);
                plan.start.add_days((offset * 7.0).round() as i64)
            }),
            first_sessions: Stakeholder::ALL.map(|g| session(g, None)),
            sessions: Stakeholder::ALL.map(|g| session(g, Some(today))),
            next_briefing: events
                .iter()
                .find(|e| {
                    e.group == Some(Stakeholder::Board)
                        && e.kind == EventKind::Activity(ActivityKind::ExecutiveBriefing)
                        && e.date >= today
                })
                .map(|e| e.date),
            pulse: events
                .iter()
                .filter(|e| e.kind == EventKind::PulseCheck && e.date >= today)
                .take(3)
                .map(|e| e.date)
                .collect(),
            adoption_check: first_of(EventKind::AdoptionCheck).filter(|d| *d >= today),
            works_council: first_of(EventKind::WorksCouncil),
            policy: first_of(EventKind::PolicyAgreed),
            literacy: Stakeholder::ALL.map(|g| {
                events
                    .iter()
                    .filter(|e| e.group == Some(g) && matches!(e.kind, EventKind::Activity(a) if teaches(a)))
                    .take(4)
                    .map(|e| e.date)
                    .collect()
            }),
        }
    }
}

/// What the materials take from the reader's calculation.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Figures {
    /// Expected payback month, counted from the programme's first month; `None`: not within the horizon.
    pub payback_month: Option<f64>,
    /// ROI of the board view, in percent; `None` without costs.
    pub board_roi: Option<f64>,
    /// The calculation's horizon in months.
    pub horizon: u32,
    /// Calendar year and month of the programme's first month.
    pub start: (i32, u32),
}

/// Everything the materials can be filled in with; `None` where the reader has not entered it.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Facts {
    /// The company name.
    pub company: Option<String>,
    /// From the communication schedule.
    pub plan: Option<PlanFacts>,
    /// From the calculator.
    pub figures: Option<Figures>,
    /// The reader's choices for the AI use policy.
    pub policy: super::policy::PolicyChoices,
}

/// The longest company name kept.
pub const COMPANY_MAX_CHARS: usize = 80;

/// What the company field shows of a stored name: no more than a name can hold.
pub fn company_field(stored: &str) -> String {
    stored.chars().take(COMPANY_MAX_CHARS).collect()
}

/// A typed or stored company name as the materials use it: one line, trimmed, at most
/// [`COMPANY_MAX_CHARS`] characters; `None` when nothing is left.
pub fn company_name(typed: &str) -> Option<String> {
    let one_line: String = typed
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    let kept = company_field(&one_line);
    let kept = kept.trim().to_string();
    (!kept.is_empty()).then_some(kept)
}

// ── Where a group is in the programme ──────────────────────────────────────────

/// Where a group stands in its phases on a given day.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PhaseNow {
    /// The phase running (awareness before the start).
    pub phase: Phase,
    /// The group's week, 1-based; `None` before the group starts.
    pub week: Option<u32>,
    /// The group's first day.
    pub starts: Date,
}

/// The phase of `group` (or, for the SEO lens, of the programme as a whole) on `today`.
pub fn phase_now(plan: &PlanInputs, group: Option<Stakeholder>, today: Date) -> PhaseNow {
    let plan = plan.sanitized();
    let (offset, calendar) = group.map_or((0.0, PhaseCalendar::default()), |g| plan.group_calendar(g));
    let starts = plan.start.add_days((offset * 7.0).round() as i64);
    let days = starts.days_until(today);
    if days < 0 {
        return PhaseNow {
            phase: Phase::Awareness,
            week: None,
            starts,
        };
    }
    let week = days as f64 / 7.0;
    PhaseNow {
        phase: calendar.phase_at(week),
        week: Some(u32::try_from(days / 7 + 1).unwrap_or(u32::MAX)),
        starts,
    }
}

// ── Filling in ────────────────────────────────────────────────────────────────

fn blank(key: Key, lang: Lang) -> Span {
    Span::Blank(format!("[{}]", text(key, lang)))
}

/// "1 februari, 1 maart en 29 maart 2027"; the year once when all dates share it.
fn date_list(dates: &[Date], lang: Lang) -> String {
    let same_year = dates.windows(2).all(|w| w[0].year == w[1].year);
    let parts: Vec<String> = dates
        .iter()
        .enumerate()
        .map(|(i, d)| {
            if same_year && i + 1 < dates.len() {
                format!("{} {}", d.day, month_name(d.month, lang))
            } else {
                format!("{} {} {}", d.day, month_name(d.month, lang), d.year)
            }
        })
        .collect();
    match parts.split_last() {
        None => String::new(),
        Some((last, [])) => last.clone(),
        Some((last, rest)) => format!("{} {} {last}", rest.join(", "), text(Key::KitAnd, lang)),
    }
}

/// The span for `{name}`.
fn placeholder(name: &str, lang: Lang, facts: &Facts) -> Span {
    let date = |d: Option<Date>| d.map_or_else(|| blank(Key::KitBlankDate, lang), |d| Span::Filled(date_long(d, lang)));
    let plan = facts.plan.as_ref();
    let session = |sessions: Option<[Session; 3]>, g: Stakeholder| match sessions.map(|s| s[g.index()]) {
        Some(Session::On(d)) => Span::Filled(date_long(d, lang)),
        _ => blank(Key::KitBlankDate, lang),
    };
    let group = |suffix: &str| match suffix {
        "board" => Some(Stakeholder::Board),
        "managers" => Some(Stakeholder::Managers),
        "staff" => Some(Stakeholder::Staff),
        _ => None,
    };
    let dates = |list: Option<&Vec<Date>>| match list.filter(|l| !l.is_empty()) {
        Some(l) => Span::Filled(date_list(l, lang)),
        None => blank(Key::KitBlankDates, lang),
    };
    if let Some(g) = name.strip_prefix("first_session_").and_then(group) {
        return session(plan.map(|p| p.first_sessions), g);
    }
    if let Some(g) = name.strip_prefix("session_").and_then(group) {
        return session(plan.map(|p| p.sessions), g);
    }
    if let Some(g) = name.strip_prefix("literacy_").and_then(group) {
        return dates(plan.map(|p| &p.literacy[g.index()]));
    }
    if let Some(choice) = name.strip_prefix("policy_") {
        return super::policy::placeholder(choice, lang, &facts.policy, plan.and_then(|p| p.policy));
    }
    match name {
        "company" => facts
            .company
            .clone()
            .map_or_else(|| blank(Key::KitBlankCompany, lang), Span::Filled),
        "start" => plan.map_or_else(
            || blank(Key::KitBlankStart, lang),
            |p| Span::Filled(date_long(p.start, lang)),
        ),
        "staff_start" => plan
            .and_then(|p| p.staff_start)
            .map_or_else(|| blank(Key::KitBlankStart, lang), |d| Span::Filled(date_long(d, lang))),
        "next_briefing" => date(plan.and_then(|p| p.next_briefing)),
        "pulse_dates" => dates(plan.map(|p| &p.pulse)),
        "next_pulse" => date(plan.and_then(|p| p.pulse.first().copied())),
        "adoption_check" => date(plan.and_then(|p| p.adoption_check)),
        "works_council" => date(plan.and_then(|p| p.works_council)),
        "payback" => match facts.figures {
            Some(Figures {
                payback_month: Some(m),
                start,
                ..
            }) => Span::Filled(payback_text(m, start, lang)),
            Some(Figures {
                payback_month: None,
                horizon,
                ..
            }) => Span::Blank(format!(
                "[{}]",
                text_with(Key::KitBlankNoPayback, lang, &[("months", &horizon.to_string())])
            )),
            None => blank(Key::KitBlankPayback, lang),
        },
        "board_roi" => match facts.figures.and_then(|f| f.board_roi) {
            Some(roi) => Span::Filled(format_percent(roi, 0, lang)),
            None => blank(Key::KitBlankBoardRoi, lang),
        },
        _ => match name
            .strip_prefix("kpi_")
            .and_then(|id| GUIDE.kpis.iter().find(|k| k.id == id))
        {
            Some(k) => Span::Text(k.target.get(lang).to_string()),
            None => Span::Blank(format!("[{name}]")),
        },
    }
}

/// "maand 34 na de start (oktober 2029)": the month rounded as the calculator shows it, and the
/// calendar month it falls in.
pub fn payback_text(month: f64, start: (i32, u32), lang: Lang) -> String {
    // The cumulative net turns positive during month ⌈p⌉ (payback 12.4 is in the 13th month).
    let n = month.ceil().max(1.0) as i64;
    let (year, month_of_year) = calendar_month(start, u32::try_from(n).unwrap_or(u32::MAX));
    text_with(
        Key::KitPayback,
        lang,
        &[
            ("n", &n.to_string()),
            ("month", month_name(month_of_year, lang)),
            ("year", &year.to_string()),
        ],
    )
}

/// A line of markup as spans: `{placeholders}` filled in, `[blanks]` marked.
fn line(src: &str, lang: Lang, facts: &Facts) -> Line {
    let mut spans: Vec<Span> = Vec::new();
    let push_text = |spans: &mut Vec<Span>, s: &str| {
        if s.is_empty() {
            return;
        }
        if let Some(Span::Text(last)) = spans.last_mut() {
            last.push_str(s);
        } else {
            spans.push(Span::Text(s.to_string()));
        }
    };
    let mut rest = src;
    while let Some(i) = rest.find(['{', '[']) {
        let (before, from) = rest.split_at(i);
        push_text(&mut spans, before);
        let close = if from.starts_with('{') { '}' } else { ']' };
        let Some(end) = from.find(close) else {
            push_text(&mut spans, from);
            rest = "";
            break;
        };
        if close == '}' {
            let span = placeholder(&from[1..end], lang, facts);
            match span {
                Span::Text(s) => push_text(&mut spans, &s),
                other => spans.push(other),
            }
        } else {
            spans.push(Span::Blank(from[..=end].to_string()));
        }
        rest = &from[end + 1..];
    }
    push_text(&mut spans, rest);
    spans
}

/// `1. Waarom` → `Some("Waarom")`.
fn numbered(item: &str) -> Option<&str> {
    let (digits, rest) = item.split_once(". ")?;
    (!digits.is_empty() && digits.chars().all(|c| c.is_ascii_digit())).then_some(rest)
}

fn cells(row: &str) -> Vec<&str> {
    row.trim().trim_matches('|').split('|').map(str::trim).collect()
}

fn is_rule(row: &str) -> bool {
    cells(row)
        .iter()
        .all(|c| !c.is_empty() && c.chars().all(|ch| ch == '-' || ch == ':'))
}

/// The material's body in `lang`, filled in with `facts`.
pub fn fill(body: Text, lang: Lang, facts: &Facts) -> Vec<Block> {
    let mut blocks = Vec::new();
    for chunk in body.get(lang).split("\n\n") {
        let mut lines = chunk
            .lines()
            .map(str::trim_end)
            .filter_map(|l| super::policy::kept_line(l, &facts.policy))
            .filter(|l| !l.trim().is_empty())
            .peekable();
        while let Some(first) = lines.next() {
            if let Some(h) = first.strip_prefix("# ") {
                blocks.push(Block::Heading(line(h, lang, facts)));
            } else if let Some(item) = first.strip_prefix("- ") {
                let mut raw = vec![item];
                while let Some(item) = lines.next_if(|l| l.starts_with("- ")) {
                    raw.push(item.strip_prefix("- ").unwrap_or(item));
                }
                let ordered = raw.iter().all(|i| numbered(i).is_some());
                let items = raw
                    .into_iter()
                    .map(|i| line(if ordered { numbered(i).unwrap_or(i) } else { i }, lang, facts))
                    .collect();
                blocks.push(Block::List { ordered, items });
            } else if first.starts_with('|') {
                let mut raw = vec![first];
                while let Some(row) = lines.next_if(|l| l.starts_with('|')) {
                    raw.push(row);
                }
                let header = raw.get(1).is_some_and(|r| is_rule(r));
                let rows = raw
                    .into_iter()
                    .filter(|r| !is_rule(r))
                    .map(|r| cells(r).into_iter().map(|c| line(c, lang, facts)).collect())
                    .collect();
                blocks.push(Block::Table { header, rows });
            } else {
                let mut para = vec![line(first, lang, facts)];
                while let Some(l) =
                    lines.next_if(|l| !l.starts_with("# ") && !l.starts_with("- ") && !l.starts_with('|'))
                {
                    para.push(line(l, lang, facts));
                }
                blocks.push(Block::Paragraph(para));
            }
        }
    }
    blocks
}

fn joined(line: &Line) -> String {
    line.iter().map(Span::as_str).collect()
}

/// The filled-in material as plain text: what is copied and downloaded. Lists keep `- ` or their
/// numbers, table cells are separated by ` | `, blocks by a blank line (a heading by a line break).
pub fn plain_text(blocks: &[Block]) -> String {
    let mut out = String::new();
    let mut after_heading = false;
    for block in blocks {
        if !out.is_empty() {
            out.push_str(if after_heading { "\n" } else { "\n\n" });
        }
        after_heading = matches!(block, Block::Heading(_));
        let text = match block {
            Block::Heading(l) => joined(l),
            Block::Paragraph(lines) => lines.iter().map(joined).collect::<Vec<_>>().join("\n"),
            Block::List { ordered, items } => items
                .iter()
                .enumerate()
                .map(|(i, l)| {
                    if *ordered {
                        format!("{}. {}", i + 1, joined(l))
                    } else {
                        format!("- {}", joined(l))
                    }
                })
                .collect::<Vec<_>>()
                .join("\n"),
            Block::Table { rows, .. } => rows
                .iter()
                .map(|r| r.iter().map(joined).collect::<Vec<_>>().join(" | "))
                .collect::<Vec<_>>()
                .join("\n"),
        };
        out.push_str(&text);
    }
    out.push('\n');
    out
}

fn line_html(out: &mut String, line: &Line) {
    for span in line {
        let class = match span {
            Span::Text(_) => None,
            Span::Filled(_) => Some("kit-filled"),
            Span::Blank(_) => Some("kit-blank"),
        };
        if let Some(class) = class {
            out.push_str("<span class=\"");
            out.push_str(class);
            out.push_str("\">");
        }
        escape_into(out, span.as_str());
        if class.is_some() {
            out.push_str("</span>");
        }
    }
}

/// The filled-in material as HTML for the page: headings, paragraphs with line breaks, lists and
/// tables; filled-in values and blanks marked with the classes `kit-filled` and `kit-blank`. Every
/// text is escaped, and there are no attributes but those classes and table scopes.
pub fn html(blocks: &[Block]) -> String {
    let mut out = String::new();
    for block in blocks {
        match block {
            Block::Heading(l) => {
                out.push_str("<h4>");
                line_html(&mut out, l);
                out.push_str("</h4>");
            }
            Block::Paragraph(lines) => {
                out.push_str("<p>");
                for (i, l) in lines.iter().enumerate() {
                    if i > 0 {
                        out.push_str("<br>");
                    }
                    line_html(&mut out, l);
                }
                out.push_str("</p>");
            }
            Block::List { ordered, items } => {
                let tag = if *ordered { "ol" } else { "ul" };
                out.push_str(&format!("<{tag}>"));
                for l in items {
                    out.push_str("<li>");
                    line_html(&mut out, l);
                    out.push_str("</li>");
                }
                out.push_str(&format!("</{tag}>"));
            }
            Block::Table { header, rows } => {
                out.push_str("<div class=\"table-scroll\"><table class=\"kit-table\">");
                for (r, row) in rows.iter().enumerate() {
                    let head_row = *header && r == 0;
                    if head_row {
                        out.push_str("<thead>");
                    }
                    if r == usize::from(*header) {
                        out.push_str("<tbody>");
                    }
                    out.push_str("<tr>");
                    for (c, cell) in row.iter().enumerate() {
                        let (open, close) = match (head_row, c) {
                            (true, _) => ("<th scope=\"col\">", "</th>"),
                            (false, 0) => ("<th scope=\"row\">", "</th>"),
                            _ => ("<td>", "</td>"),
                        };
                        out.push_str(open);
                        line_html(&mut out, cell);
                        out.push_str(close);
                    }
                    out.push_str("</tr>");
                    if head_row {
                        out.push_str("</thead>");
                    }
                }
                out.push_str("</tbody></table></div>");
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::date::Date;

    fn d(y: i32, m: u32, day: u32) -> Date {
        Date::new(y, m, day).expect("valid date")
    }

    fn plan() -> PlanInputs {
        PlanInputs {
            start: d(2027, 3, 1),
            ..PlanInputs::default()
        }
    }

    fn full_facts(today: Date) -> Facts {
        Facts {
            company: Some("Bakkerij Jansen".into()),
            plan: Some(PlanFacts::new(&plan(), today)),
            figures: Some(Figures {
                payback_month: Some(20.4),
                board_roi: Some(-18.2),
                horizon: 36,
                start: (2027, 3),
            }),
            policy: crate::domain::guide::policy::PolicyChoices {
                tools: "Copilot".into(),
                contact: "Anna".into(),
                ..Default::default()
            },
        }
    }

    fn all_text(blocks: &[Block]) -> String {
        plain_text(blocks)
    }

    fn spans(blocks: &[Block]) -> Vec<Span> {
        let mut out = Vec::new();
        for b in blocks {
            match b {
                Block::Heading(l) => out.extend(l.iter().cloned()),
                Block::Paragraph(ls) | Block::List { items: ls, .. } => {
                    ls.iter().for_each(|l| out.extend(l.iter().cloned()))
                }
                Block::Table { rows, .. } => rows.iter().flatten().for_each(|l| out.extend(l.iter().cloned())),
            }
        }
        out
    }

    #[test]
    fn every_group_page_has_materials_and_a_week_list_for_every_phase_in_both_languages() {
        for page in GuidePage::groups() {
            assert!(materials(page).count() >= 2, "{page:?}");
            for phase in Phase::ALL {
                let items = this_week(page, phase);
                assert!(!items.is_empty(), "{page:?} {phase:?}");
                for lang in Lang::ALL {
                    assert!(items.iter().all(|i| !i.text.get(lang).trim().is_empty()));
                }
            }
        }
        assert!(materials(GuidePage::Overview).any(|m| m.id == "pulse-survey"));
        assert!(this_week(GuidePage::Overview, Phase::Awareness).is_empty());
    }

    #[test]
    fn the_issue_s_materials_are_all_there() {
        let board: Vec<_> = materials(GuidePage::Role(0)).map(|m| m.id).collect();
        assert_eq!(
            board,
            [
                "kickoff",
                "briefing",
                "position",
                "ai-policy",
                "works-council",
                "privacy-checklist",
                "literacy-plan"
            ]
        );
        let managers: Vec<_> = materials(GuidePage::Role(1)).map(|m| m.id).collect();
        assert_eq!(managers, ["team-meeting", "objections", "ambassador"]);
        let staff: Vec<_> = materials(GuidePage::Role(2)).map(|m| m.id).collect();
        assert_eq!(staff, ["intranet-faq", "help-note", "success-story"]);
        let seo: Vec<_> = materials(GuidePage::Seo).map(|m| m.id).collect();
        assert_eq!(seo, ["seo-pitch", "seo-owners"]);
        // At least six objections, the bookkeeper of 58 among them.
        for lang in Lang::ALL {
            let objections = material("objections").map(|m| fill(m.body, lang, &Facts::default()));
            let headings = objections
                .iter()
                .flatten()
                .filter(|b| matches!(b, Block::Heading(_)))
                .count();
            assert!(headings >= 6, "{lang:?}: {headings}");
        }
        let too_old = material("objections").map(|m| m.body.en);
        assert!(too_old.is_some_and(|b| b.contains("too old")));
    }

    #[test]
    fn every_material_is_on_the_page_it_names_and_every_link_finds_it() {
        for m in KIT.materials {
            let page = page_of(m);
            assert!(materials(page).any(|x| x.id == m.id), "{}", m.id);
            assert_eq!(page.id().unwrap_or("overview"), m.page);
        }
        for w in KIT.this_week {
            for id in w.items.iter().filter_map(|i| i.material) {
                assert!(material(id).is_some(), "{} links to {id}", w.page);
            }
        }
    }

    #[test]
    fn every_placeholder_resolves_with_and_without_the_reader_s_input() {
        let today = d(2027, 2, 1);
        for m in KIT.materials {
            for lang in Lang::ALL {
                let filled = all_text(&fill(m.body, lang, &full_facts(today)));
                let empty = all_text(&fill(m.body, lang, &Facts::default()));
                for text in [&filled, &empty] {
                    assert!(!text.contains('{') && !text.contains('}'), "{}: {text}", m.id);
                }
                // Without input every planner value is a bracketed blank, never an empty hole.
                for span in spans(&fill(m.body, lang, &Facts::default())) {
                    assert!(!matches!(span, Span::Filled(_)), "{}: {span:?}", m.id);
                    if let Span::Blank(b) = &span {
                        assert!(b.starts_with('[') && b.ends_with(']') && b.len() > 2, "{}: {b}", m.id);
                    }
                }
                // With input the company name is used wherever the text asks for it.
                let asks = m.body.get(lang).contains("{company}");
                assert_eq!(filled.contains("Bakkerij Jansen"), asks, "{}", m.id);
            }
        }
    }

    #[test]
    fn the_kick_off_carries_the_company_the_start_and_the_payback() {
        let m = material("kickoff").expect("kick-off");
        let nl = all_text(&fill(m.body, Lang::Nl, &full_facts(d(2027, 2, 1))));
        assert!(nl.contains("Bakkerij Jansen"), "{nl}");
        // The staff's first day, in words that hold before and after it.
        assert!(nl.contains("Per maandag 29 maart 2027 werken we"), "{nl}");
        assert!(nl.contains("maand 21 na de start (november 2028)"), "{nl}");
        let en = all_text(&fill(m.body, Lang::En, &Facts::default()));
        assert!(
            en.contains("[company name]") && en.contains("[start date]") && en.contains("[payback month]"),
            "{en}"
        );
    }

    #[test]
    fn payback_months_count_from_the_start_month() {
        assert_eq!(
            payback_text(1.0, (2027, 1), Lang::En),
            "month 1 after the start (January 2027)"
        );
        assert_eq!(
            payback_text(12.4, (2027, 1), Lang::En),
            "month 13 after the start (January 2028)"
        );
        assert_eq!(
            payback_text(13.0, (2027, 12), Lang::Nl),
            "maand 13 na de start (december 2028)"
        );
        assert_eq!(
            payback_text(0.2, (2027, 5), Lang::En),
            "month 1 after the start (May 2027)"
        );
    }

    #[test]
    fn no_payback_within_the_horizon_is_a_blank_to_rewrite() {
        let facts = Facts {
            figures: Some(Figures {
                payback_month: None,
                board_roi: None,
                horizon: 36,
                start: (2027, 1),
            }),
            ..Facts::default()
        };
        let m = material("kickoff").expect("kick-off");
        let en = all_text(&fill(m.body, Lang::En, &facts));
        assert!(en.contains("[no payback within 36 months"), "{en}");
    }

    #[test]
    fn dates_are_listed_as_a_letter_would() {
        let dates = [d(2027, 2, 1), d(2027, 3, 1), d(2027, 3, 29)];
        assert_eq!(date_list(&dates, Lang::Nl), "1 februari, 1 maart en 29 maart 2027");
        assert_eq!(date_list(&dates[..1], Lang::En), "1 February 2027");
        assert_eq!(
            date_list(&[d(2027, 12, 6), d(2028, 1, 3)], Lang::En),
            "6 December 2027 and 3 January 2028"
        );
    }

    #[test]
    fn the_plan_gives_next_sessions_and_pulse_checks_from_today() {
        let p = plan();
        let before = PlanFacts::new(&p, d(2027, 1, 1));
        assert_eq!(before.start, d(2027, 3, 1));
        assert!(matches!(before.sessions[0], Session::On(day) if day >= d(2027, 3, 1)));
        assert_eq!(before.pulse.len(), 3);
        assert!(before.pulse.windows(2).all(|w| w[0] < w[1]));
        let later = PlanFacts::new(&p, d(2027, 6, 1));
        assert!(later.pulse.iter().all(|x| *x >= d(2027, 6, 1)));
        let after = PlanFacts::new(&p, d(2030, 1, 1));
        assert_eq!(after.sessions, [Session::NoneLeft; 3]);
        assert!(after.pulse.is_empty());
        let no_board = PlanInputs {
            groups: [false, true, true],
            ..p
        };
        assert_eq!(PlanFacts::new(&no_board, d(2027, 1, 1)).sessions[0], Session::NotInPlan);
    }

    #[test]
    fn upcoming_dates_are_never_in_the_past_and_the_briefing_is_a_briefing() {
        let p = plan();
        let built = p.build();
        let mut today = d(2027, 1, 1);
        while today < d(2028, 12, 31) {
            let f = PlanFacts::new(&p, today);
            for s in f.sessions {
                assert!(!matches!(s, Session::On(day) if day < today), "{today:?}: {s:?}");
            }
            assert!(f.pulse.iter().all(|x| *x >= today), "{today:?}");
            assert!(f.next_briefing.is_none_or(|x| x >= today), "{today:?}");
            assert!(f.adoption_check.is_none_or(|x| x >= today), "{today:?}");
            if let Some(day) = f.next_briefing {
                assert!(built.events.iter().any(|e| e.date == day
                    && e.group == Some(Stakeholder::Board)
                    && e.kind == EventKind::Activity(ActivityKind::ExecutiveBriefing)));
            }
            // What happened before today stays as planned: the first sessions and the start days.
            assert_eq!(f.first_sessions, PlanFacts::new(&p, d(2000, 1, 1)).first_sessions);
            assert_eq!(f.staff_start, Some(d(2027, 3, 29)));
            for lang in Lang::ALL {
                let upcoming: Vec<Span> = [
                    "session_board",
                    "session_staff",
                    "next_briefing",
                    "next_pulse",
                    "adoption_check",
                ]
                .iter()
                .map(|name| placeholder(name, lang, &full_facts(today)))
                .collect();
                for span in upcoming {
                    if let Span::Filled(words) = &span {
                        let passed = built
                            .events
                            .iter()
                            .filter(|e| e.date < today)
                            .any(|e| date_long(e.date, lang) == *words);
                        let also_later = built
                            .events
                            .iter()
                            .filter(|e| e.date >= today)
                            .any(|e| date_long(e.date, lang) == *words);
                        assert!(!passed || also_later, "{today:?} {lang:?}: {words}");
                    }
                }
            }
            today = today.add_days(9);
        }
    }

    #[test]
    fn the_first_session_for_everyone_is_the_staff_s_first_not_the_next() {
        let p = plan();
        let late = full_facts(d(2027, 9, 1));
        let first = late.plan.as_ref().map(|f| f.first_sessions[2]);
        let next = late.plan.as_ref().map(|f| f.sessions[2]);
        assert_ne!(first, next);
        let m = material("kickoff").expect("kick-off");
        let nl = all_text(&fill(m.body, Lang::Nl, &late));
        let Some(Session::On(day)) = first else {
            panic!("the staff have a first session")
        };
        assert!(
            nl.contains(&format!(
                "Eerste bijeenkomst voor iedereen: {}",
                date_long(day, Lang::Nl)
            )),
            "{nl}"
        );
        assert!(day >= p.start);
    }

    #[test]
    fn the_literacy_plan_lists_each_group_s_learning_sessions() {
        let f = PlanFacts::new(&plan(), d(2027, 1, 1));
        let built = plan().build();
        for g in Stakeholder::ALL {
            let dates = &f.literacy[g.index()];
            assert!(!dates.is_empty() && dates.len() <= 4, "{g:?}");
            for day in dates {
                assert!(built.events.iter().any(|e| e.date == *day
                    && e.group == Some(g)
                    && matches!(e.kind, EventKind::Activity(a) if teaches(a))));
            }
        }
        let m = material("literacy-plan").expect("literacy plan");
        let en = all_text(&fill(m.body, Lang::En, &full_facts(d(2027, 1, 1))));
        assert!(
            en.contains("Checked on 30 November 2026") && en.contains("Not legal advice"),
            "{en}"
        );
        assert!(!en.contains("[dates]"), "{en}");
    }

    #[test]
    fn every_legal_material_names_its_basis_the_date_checked_and_that_it_is_not_advice() {
        for id in ["ai-policy", "works-council", "privacy-checklist", "literacy-plan"] {
            let m = material(id).expect("legal material");
            assert!(
                m.body.nl.contains("Geen juridisch advies") && m.body.nl.contains("Gecontroleerd op 30 november 2026"),
                "{id}"
            );
            assert!(
                m.body.en.contains("Not legal advice") && m.body.en.contains("Checked on 30 November 2026"),
                "{id}"
            );
            let nl = m.body.nl.to_lowercase();
            assert!(nl.contains("artikel") || nl.contains("art."), "{id}");
        }
    }

    #[test]
    fn markup_becomes_blocks_and_plain_text() {
        let body = Text {
            nl: "Titel {company}\n\n# Kop\nEen [invullen] zin.\nTweede regel.\n\n- 1. een\n- 2. twee\n\n- los\n\n| A | B |\n|---|---|\n| 1 | {kpi_adoption} |",
            en: "",
        };
        let blocks = fill(body, Lang::Nl, &Facts::default());
        assert_eq!(blocks.len(), 6);
        assert!(matches!(&blocks[3], Block::List { ordered: true, items } if items.len() == 2));
        assert!(matches!(&blocks[4], Block::List { ordered: false, .. }));
        assert!(matches!(&blocks[5], Block::Table { header: true, rows } if rows.len() == 2));
        assert_eq!(
            plain_text(&blocks),
            "Titel [bedrijfsnaam]\n\nKop\nEen [invullen] zin.\nTweede regel.\n\n1. een\n2. twee\n\n- los\n\nA | B\n1 | 70 % na 6 maanden\n"
        );
    }

    #[test]
    fn html_is_escaped_and_marks_what_was_filled_in() {
        let facts = Facts {
            company: Some("<b>Smit & Co</b>".into()),
            ..Facts::default()
        };
        let body = Text {
            nl: "# Kop {company}\n\nRegel een\nRegel [twee]\n\n- 1. a\n- 2. b\n\n| K | W |\n|---|---|\n| x | y |",
            en: "",
        };
        assert_eq!(
            html(&fill(body, Lang::Nl, &facts)),
            "<h4>Kop <span class=\"kit-filled\">&lt;b&gt;Smit &amp; Co&lt;/b&gt;</span></h4>\
             <p>Regel een<br>Regel <span class=\"kit-blank\">[twee]</span></p>\
             <ol><li>a</li><li>b</li></ol>\
             <div class=\"table-scroll\"><table class=\"kit-table\"><thead><tr><th scope=\"col\">K</th><th scope=\"col\">W</th></tr></thead>\
             <tbody><tr><th scope=\"row\">x</th><td>y</td></tr></tbody></table></div>"
        );
        let plain = Text {
            nl: "| a | b |\n| c | d |",
            en: "",
        };
        assert_eq!(
            html(&fill(plain, Lang::Nl, &Facts::default())),
            "<div class=\"table-scroll\"><table class=\"kit-table\"><tbody><tr><th scope=\"row\">a</th><td>b</td></tr>\
             <tr><th scope=\"row\">c</th><td>d</td></tr></tbody></table></div>"
        );
    }

    #[test]
    fn unclosed_marks_stay_text() {
        let body = Text {
            nl: "a { b [ c",
            en: "",
        };
        assert_eq!(plain_text(&fill(body, Lang::Nl, &Facts::default())), "a { b [ c\n");
    }

    #[test]
    fn company_names_are_one_trimmed_line() {
        assert_eq!(
            company_name("  Jansen &\n Zonen  B.V. "),
            Some("Jansen & Zonen B.V.".into())
        );
        assert_eq!(company_name(" \t\n"), None);
        assert_eq!(
            company_name(&"x".repeat(500)).map(|s| s.chars().count()),
            Some(COMPANY_MAX_CHARS)
        );
        assert_eq!(company_name("Café Ëlf"), Some("Café Ëlf".into()));
    }

    #[test]
    fn the_phase_follows_the_group_s_own_start() {
        let p = plan();
        let board = phase_now(&p, Some(Stakeholder::Board), d(2027, 2, 1));
        assert_eq!(
            board,
            PhaseNow {
                phase: Phase::Awareness,
                week: None,
                starts: d(2027, 3, 1)
            }
        );
        assert_eq!(phase_now(&p, Some(Stakeholder::Board), d(2027, 3, 1)).week, Some(1));
        assert_eq!(
            phase_now(&p, Some(Stakeholder::Board), d(2027, 4, 5)).phase,
            Phase::Information
        );
        // Staff start once the board is through awareness (week 5).
        let staff = phase_now(&p, Some(Stakeholder::Staff), d(2027, 3, 29));
        assert_eq!((staff.phase, staff.week), (Phase::Awareness, Some(1)));
        assert_eq!(phase_now(&p, None, d(2028, 1, 1)).phase, Phase::Embedding);
    }

    #[test]
    fn file_names_are_plain_ascii() {
        let m = material("kickoff").expect("kick-off");
        assert_eq!(file_name(m, Lang::Nl), "kick-offbericht-aan-alle-medewerkers.txt");
        assert_eq!(file_name(m, Lang::En), "kick-off-message-to-all-staff.txt");
        for m in KIT.materials {
            for lang in Lang::ALL {
                let f = file_name(m, lang);
                assert!(f.ends_with(".txt") && f.len() > 4 && f.is_ascii(), "{f}");
            }
        }
    }

    #[test]
    fn anchors_name_their_material_in_both_languages() {
        for m in KIT.materials {
            for lang in Lang::ALL {
                assert_eq!(from_anchor(&anchor(m.id, lang)).map(|x| x.id), Some(m.id));
            }
        }
        assert_eq!(from_anchor("materiaal-bestaat-niet"), None);
    }
}

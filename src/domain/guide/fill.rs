//! Filling in a material: its light markup (blocks separated by a blank line, `# ` headings, `- `
//! lists, `| ` tables, `[to fill in]` blanks, `{placeholders}` and `?choice` lines) becomes
//! [`Block`]s for the page ([`fill`]), the text that is copied and downloaded ([`plain_text`]) and
//! escaped HTML ([`html`]).

use super::facts::{Facts, Figures, Session};
use super::markup::{Block, Line, Span};
use super::GUIDE;
use crate::domain::date::Date;
use crate::domain::format::html::escape_into;
use crate::domain::format::number::format_percent;
use crate::domain::i18n::{date_long, month_name, text, text_with, Key, Lang};
use crate::domain::roi::month_table::calendar_month;
use crate::domain::schedule::Stakeholder;

// ── Filling in ────────────────────────────────────────────────────────────────

fn blank(key: Key, lang: Lang) -> Span {
    Span::Blank(format!("[{}]", text(key, lang)))
}

/// "1 februari, 1 maart en 29 maart 2027"; the year once when all dates share it.
pub(super) fn date_list(dates: &[Date], lang: Lang) -> String {
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
pub(super) fn placeholder(name: &str, lang: Lang, facts: &Facts) -> Span {
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
pub fn fill(body: &str, lang: Lang, facts: &Facts) -> Vec<Block> {
    let mut blocks = Vec::new();
    for chunk in body.split("\n\n") {
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

//! What the calculator page shows, decided without a browser: the form's sections and labels,
//! messages for errors and warnings, and the headline figures with their ranges.

use crate::domain::format::number::{format_money, format_number, format_percent, parse_number, ParseError};
use crate::domain::i18n::{text, text_with, Key, Lang};
pub use crate::domain::roi::field_text::{unit_text, value_text};
pub use crate::domain::roi::headline::{headline, headline_index, Headline};
use crate::domain::roi::{Breakdown, Driver, Field, Group, Inputs, Line, Problem, Ramp, Scenario, Summary, Warning};

/// A fold-out group of inputs on the form.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Section {
    /// Quotes, win rate and the revenue lever.
    Quotes,
    /// Headcount, hourly cost, AI hours and gain per group.
    Staff,
    /// Adoption targets and the communication switch.
    Adoption,
    /// Licences, one-off and running costs.
    Costs,
    /// Horizon, discount rate, risk, currency and the no-communication variant.
    Advanced,
}

impl Section {
    /// All sections in form order.
    pub const ALL: [Section; 5] = [
        Section::Quotes,
        Section::Staff,
        Section::Adoption,
        Section::Costs,
        Section::Advanced,
    ];

    /// Section heading.
    pub const fn title(self) -> Key {
        match self {
            Section::Quotes => Key::RoiSectionQuotes,
            Section::Staff => Key::RoiSectionStaff,
            Section::Adoption => Key::RoiSectionAdoption,
            Section::Costs => Key::RoiSectionCosts,
            Section::Advanced => Key::RoiSectionAdvanced,
        }
    }

    /// Whether the section starts folded.
    pub const fn folded(self) -> bool {
        matches!(self, Section::Advanced)
    }

    /// The plain numeric fields of the section, in [`Field::ALL`] order (the staff section adds its
    /// groups after them).
    pub fn fields(self) -> impl Iterator<Item = Field> {
        Field::ALL
            .into_iter()
            .filter(move |f| place(*f) == Place::Section(self))
    }
}

/// Where a field is edited: in a section of the form, in a staff group's row, or on the
/// programme's card. With [`Field::ALL`] for the order, this is the one place that decides it (the
/// match is exhaustive: a new field cannot be left off the form).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Place {
    /// A section's plain fields.
    Section(Section),
    /// A staff group's four fields.
    Group(Group),
    /// The communication programme's card.
    Programme,
}

/// Where `field` is edited.
pub const fn place(field: Field) -> Place {
    use Field::*;
    match field {
        QuotesPerMonth | HoursPerQuote | LeadTime | QuoteTimeSaved | WinRate | WinUplift | OrderValue | GrossMargin
        | SalesLag => Place::Section(Section::Quotes),
        ProductivityCapture => Place::Section(Section::Staff),
        Headcount(g) | HourlyCost(g) | AiHours(g) | Gain(g) => Place::Group(g),
        AdoptionMonth6 | AdoptionEnd => Place::Section(Section::Adoption),
        UnstructuredLevel | UnstructuredSlowdown => Place::Programme,
        LicenceCount
        | LicencePrice
        | Implementation
        | TrainingHours
        | TrainingParticipation
        | External
        | Support
        | ChampionHours
        | Turnover => Place::Section(Section::Costs),
        Horizon | DiscountRate | RiskHaircut | CostRisk => Place::Section(Section::Advanced),
    }
}

/// The two assumptions behind the value of the communication programme, edited on its card.
pub fn programme_fields() -> impl Iterator<Item = Field> {
    Field::ALL.into_iter().filter(|f| place(*f) == Place::Programme)
}

/// The fields shown for one staff group, in [`Field::ALL`] order.
pub fn group_fields(group: Group) -> impl Iterator<Item = Field> {
    Field::ALL.into_iter().filter(move |f| place(*f) == Place::Group(group))
}

/// A field's label on its own, with its group where it has one ("Directie: Integrale uurkosten").
pub fn field_label(field: Field, lang: Lang) -> String {
    let label = text(label_and_help(field).0, lang);
    match field {
        Field::Headcount(g) | Field::HourlyCost(g) | Field::AiHours(g) | Field::Gain(g) => {
            format!("{}: {label}", text(group_name(g), lang))
        }
        _ => label.to_string(),
    }
}

/// The fields whose values differ between any of `list` (in [`Field::ALL`] order): what sets
/// compared scenarios apart.
pub fn differing_fields(list: &[Inputs]) -> Vec<Field> {
    Field::ALL
        .into_iter()
        .filter(|f| {
            list.windows(2)
                .any(|w| w[0].get(*f).to_bits() != w[1].get(*f).to_bits())
        })
        .collect()
}

/// The name of a staff group.
pub const fn group_name(group: Group) -> Key {
    match group {
        Group::Board => Key::GroupBoard,
        Group::Managers => Key::GroupManagers,
        Group::Staff => Key::GroupStaff,
        Group::Sales => Key::GroupSales,
    }
}

/// Label and help text of a field.
pub const fn label_and_help(field: Field) -> (Key, Key) {
    use Key::*;
    match field {
        Field::QuotesPerMonth => (FieldQuotesPerMonth, HelpQuotesPerMonth),
        Field::HoursPerQuote => (FieldHoursPerQuote, HelpHoursPerQuote),
        Field::LeadTime => (FieldLeadTime, HelpLeadTime),
        Field::QuoteTimeSaved => (FieldQuoteTimeSaved, HelpQuoteTimeSaved),
        Field::WinRate => (FieldWinRate, HelpWinRate),
        Field::WinUplift => (FieldWinUplift, HelpWinUplift),
        Field::OrderValue => (FieldOrderValue, HelpOrderValue),
        Field::GrossMargin => (FieldGrossMargin, HelpGrossMargin),
        Field::Headcount(_) => (FieldHeadcount, HelpHeadcount),
        Field::HourlyCost(_) => (FieldHourlyCost, HelpHourlyCost),
        Field::AiHours(_) => (FieldAiHours, HelpAiHours),
        Field::Gain(_) => (FieldGain, HelpGain),
        Field::AdoptionMonth6 => (FieldAdoptionMonth6, HelpAdoptionMonth6),
        Field::AdoptionEnd => (FieldAdoptionEnd, HelpAdoptionEnd),
        Field::UnstructuredLevel => (FieldUnstructuredLevel, HelpUnstructuredLevel),
        Field::UnstructuredSlowdown => (FieldUnstructuredSlowdown, HelpUnstructuredSlowdown),
        Field::LicenceCount => (FieldLicenceCount, HelpLicenceCount),
        Field::LicencePrice => (FieldLicencePrice, HelpLicencePrice),
        Field::Implementation => (FieldImplementation, HelpImplementation),
        Field::TrainingHours => (FieldTrainingHours, HelpTrainingHours),
        Field::TrainingParticipation => (FieldTrainingParticipation, HelpTrainingParticipation),
        Field::External => (FieldExternal, HelpExternal),
        Field::Support => (FieldSupport, HelpSupport),
        Field::Horizon => (FieldHorizon, HelpHorizon),
        Field::DiscountRate => (FieldDiscountRate, HelpDiscountRate),
        Field::RiskHaircut => (FieldRiskHaircut, HelpRiskHaircut),
        Field::CostRisk => (FieldCostRisk, HelpCostRisk),
        Field::ProductivityCapture => (FieldProductivityCapture, HelpProductivityCapture),
        Field::SalesLag => (FieldSalesLag, HelpSalesLag),
        Field::ChampionHours => (FieldChampionHours, HelpChampionHours),
        Field::Turnover => (FieldTurnover, HelpTurnover),
    }
}

/// Whether the field's help text quotes other inputs (and so changes as they do).
pub const fn help_depends_on_inputs(field: Field) -> bool {
    matches!(field, Field::LeadTime | Field::AdoptionMonth6)
}

/// The field's help text, filled in where it refers to the current inputs (with the plan applied,
/// for the month in which the month-6 target falls).
pub fn help_text(field: Field, inputs: &Inputs, lang: Lang) -> String {
    let (_, help) = label_and_help(field);
    match field {
        Field::LeadTime => {
            let q = &inputs.quotes;
            let days = q.lead_time_days * (1.0 - q.time_saved / 100.0);
            let days = format!("{} {}", format_number(days, 1, lang), text(Key::UnitDays, lang));
            text_with(help, lang, &[("days", &days)])
        }
        Field::AdoptionMonth6 => {
            let sanitized = inputs.sanitized();
            let month = Ramp::new(&sanitized, sanitized.adoption.structured_communication).target_month();
            let (year, m) = super::month_table::calendar_month(sanitized.start, month);
            let date = format!("{} {year}", crate::domain::i18n::month_name(m, lang));
            text_with(help, lang, &[("month", &month.to_string()), ("date", &date)])
        }
        _ => text(help, lang).to_string(),
    }
}

/// Why a value typed into a field cannot be used.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum FieldIssue {
    /// Empty or not a number.
    Parse(ParseError),
    /// Outside the field's range, not whole where it must be, or breaking a cross-field rule.
    Range(Problem),
}

impl FieldIssue {
    /// The message under the field.
    pub fn message(self, lang: Lang) -> String {
        match self {
            FieldIssue::Parse(ParseError::Empty) => text(Key::ErrorEmpty, lang).to_string(),
            FieldIssue::Parse(ParseError::NotANumber) => problem_message(Problem::NotANumber, lang),
            FieldIssue::Range(p) => problem_message(p, lang),
        }
    }
}

/// `inputs` with the text `raw` typed into `field` (in `lang`'s notation), or why it cannot be
/// used: not a number, out of range, a fraction in a whole-number field, or, for the win rate and
/// its uplift, the two together above 100 %.
pub fn edit(inputs: &Inputs, field: Field, raw: &str, lang: Lang) -> Result<Inputs, FieldIssue> {
    let value = parse_number(raw, lang).map_err(FieldIssue::Parse)?;
    let value = field.check(value).map_err(FieldIssue::Range)?;
    let mut next = inputs.clone();
    next.set(field, value);
    if matches!(field, Field::WinRate | Field::WinUplift) {
        if let Some(e) = next
            .validate()
            .into_iter()
            .find(|e| e.problem == Problem::WinRateAbove100)
        {
            return Err(FieldIssue::Range(e.problem));
        }
    }
    Ok(next)
}

/// The message for a problem with a field's value.
pub fn problem_message(problem: Problem, lang: Lang) -> String {
    let bound = |v: f64| format_number(v, if v.fract() == 0.0 { 0 } else { 2 }, lang);
    match problem {
        Problem::NotANumber => text(Key::ErrorNotANumber, lang).to_string(),
        Problem::TooSmall { min } => text_with(Key::ErrorTooSmall, lang, &[("min", &bound(min))]),
        Problem::TooLarge { max } => text_with(Key::ErrorTooLarge, lang, &[("max", &bound(max))]),
        Problem::WinRateAbove100 => text(Key::ErrorWinRateAbove100, lang).to_string(),
        Problem::NotWhole => text(Key::ErrorNotWhole, lang).to_string(),
    }
}

/// The message for a plausibility warning about `inputs`.
pub fn warning_message(warning: Warning, inputs: &Inputs, lang: Lang) -> String {
    let with_group = |key, g| text_with(key, lang, &[("group", text(group_name(g), lang))]);
    match warning {
        Warning::HoursAboveWorkWeek(g) => with_group(Key::WarningHoursAboveWorkWeek, g),
        Warning::GainAbove50(g) => with_group(Key::WarningGainAbove50, g),
        Warning::UnusualHourlyCost(g) => with_group(Key::WarningHourlyCost, g),
        Warning::PaybackInFirstMonth => text(Key::WarningPaybackFirstMonth, lang).to_string(),
        Warning::AdoptionDeclines => text(Key::WarningAdoptionDeclines, lang).to_string(),
        Warning::MoreLicencesThanStaff => text(Key::WarningMoreLicences, lang).to_string(),
        Warning::QuoteWorkExceedsSales => text(Key::WarningQuoteWork, lang).to_string(),
        Warning::NoRiskAdjustment => text(Key::WarningNoRisk, lang).to_string(),
        Warning::RevenueHeavy => text(Key::WarningRevenueHeavy, lang).to_string(),
        Warning::PercentAsFraction(field) => {
            let v = inputs.get(field);
            text_with(
                Key::WarningPercentFraction,
                lang,
                &[
                    ("field", text(label_and_help(field).0, lang)),
                    ("value", &format_percent(v, 2, lang)),
                    ("percent", &format_percent(v * 100.0, 0, lang)),
                ],
            )
        }
    }
}

/// The fields a warning is about, to show it next to them.
pub fn warning_fields(warning: Warning) -> Vec<Field> {
    match warning {
        Warning::HoursAboveWorkWeek(g) => vec![Field::AiHours(g)],
        Warning::GainAbove50(g) => vec![Field::Gain(g)],
        Warning::UnusualHourlyCost(g) => vec![Field::HourlyCost(g)],
        Warning::PaybackInFirstMonth => vec![],
        Warning::AdoptionDeclines => vec![Field::AdoptionEnd],
        Warning::MoreLicencesThanStaff => vec![Field::LicenceCount],
        Warning::QuoteWorkExceedsSales => vec![Field::QuotesPerMonth, Field::HoursPerQuote],
        Warning::NoRiskAdjustment => vec![Field::RiskHaircut],
        Warning::RevenueHeavy => vec![Field::WinUplift],
        Warning::PercentAsFraction(field) => vec![field],
    }
}

/// The name of a scenario.
pub const fn scenario_name(s: Scenario) -> Key {
    match s {
        Scenario::Conservative => Key::ScenarioConservative,
        Scenario::Expected => Key::ScenarioExpected,
        Scenario::Optimistic => Key::ScenarioOptimistic,
        Scenario::Board => Key::ScenarioBoard,
    }
}

/// The name of a sensitivity driver.
pub const fn driver_name(d: Driver) -> Key {
    use Key::*;
    match d {
        Driver::Gain => DriverGain,
        Driver::AiHours => DriverAiHours,
        Driver::HourlyCost => DriverHourlyCost,
        Driver::QuotesPerMonth => DriverQuotes,
        Driver::HoursPerQuote => DriverHoursPerQuote,
        Driver::QuoteTimeSaved => DriverQuoteTimeSaved,
        Driver::WinUplift => DriverWinUplift,
        Driver::OrderValue => DriverOrderValue,
        Driver::GrossMargin => DriverGrossMargin,
        Driver::Adoption => DriverAdoption,
        Driver::LicencePrice => DriverLicencePrice,
        Driver::Implementation => DriverImplementation,
        Driver::TrainingHours => DriverTrainingHours,
        Driver::External => DriverExternal,
        Driver::Support => DriverSupport,
        Driver::DiscountRate => DriverDiscountRate,
        Driver::RiskHaircut => DriverRiskHaircut,
        Driver::Capture => DriverCapture,
        Driver::CostRisk => DriverCostRisk,
        Driver::ChampionHours => DriverChampionHours,
        Driver::SalesLag => DriverSalesLag,
    }
}

/// The break-even sentence of the programme card: the lift in points and the month-6 adoption
/// without the programme and with the lift.
pub fn break_even_text(lift: Option<f64>, inputs: &Inputs, lang: Lang) -> String {
    match lift {
        None => text(Key::BreakEvenNever, lang).to_string(),
        Some(l) if l < 0.05 => text(Key::BreakEvenFree, lang).to_string(),
        Some(l) => {
            let a = &inputs.adoption;
            let without = a.at_month_6 * a.unstructured_level / 100.0;
            text_with(
                Key::BreakEvenLift,
                lang,
                &[
                    (
                        "points",
                        &text_with(Key::PointsSuffix, lang, &[("n", &format_number(l, 1, lang))]),
                    ),
                    ("from", &format_percent(without, 0, lang)),
                    ("to", &format_percent((without + l).min(100.0), 0, lang)),
                ],
            )
        }
    }
}

/// The present-value lines of the "where the value comes from" chart, with their names: the
/// lines that are not zero, benefits first.
pub fn breakdown_lines(breakdown: &Breakdown, lang: Lang) -> Vec<(Line, String, f64)> {
    Line::ALL
        .into_iter()
        .map(|line| (line, line_name(line, lang), breakdown.get(line)))
        .filter(|(_, _, v)| v.abs() >= 0.5)
        .collect()
}

/// What a bar of the waterfall is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StepKind {
    /// A benefit: the running total goes up.
    Benefit,
    /// A cost: the running total goes down.
    Cost,
    /// The net present value, from zero.
    Total,
}

/// One bar of "where the value comes from": its name and where the running total starts and ends.
#[derive(Clone, Debug, PartialEq)]
pub struct Step {
    /// The line's name.
    pub name: String,
    /// Running total before the line.
    pub start: f64,
    /// Running total after it.
    pub end: f64,
    /// Benefit, cost or the total.
    pub kind: StepKind,
}

impl Step {
    /// The amount the bar stands for: the line's value, or the total itself.
    pub fn amount(&self) -> f64 {
        match self.kind {
            StepKind::Total => self.end,
            _ => self.end - self.start,
        }
    }
}

/// The waterfall of the present value: every benefit and cost line moves the running total, and a
/// last bar shows the NPV from zero.
pub fn waterfall(breakdown: &Breakdown, npv: f64, lang: Lang) -> Vec<Step> {
    let mut running = 0.0;
    let mut steps: Vec<Step> = breakdown_lines(breakdown, lang)
        .into_iter()
        .map(|(line, name, value)| {
            let start = running;
            let (kind, change) = if line.is_benefit() {
                (StepKind::Benefit, value)
            } else {
                (StepKind::Cost, -value)
            };
            running += change;
            Step {
                name,
                start,
                end: running,
                kind,
            }
        })
        .collect();
    steps.push(Step {
        name: text(Key::LineNpv, lang).to_string(),
        start: 0.0,
        end: npv,
        kind: StepKind::Total,
    });
    steps
}

/// The name of a value line.
pub fn line_name(line: Line, lang: Lang) -> String {
    let key = match line {
        Line::Time(g) => return text_with(Key::LineTime, lang, &[("group", text(group_name(g), lang))]),
        Line::Quotes => Key::LineQuotes,
        Line::Revenue => Key::LineRevenue,
        Line::Licences => Key::LineLicences,
        Line::Implementation => Key::LineImplementation,
        Line::Training => Key::LineTraining,
        Line::Communication => Key::LineCommunication,
        Line::Champion => Key::LineChampion,
        Line::Refresher => Key::LineRefresher,
        Line::Support => Key::LineSupport,
    };
    text(key, lang).to_string()
}

/// A money amount in whole units.
pub fn money(value: f64, inputs: &Inputs, lang: Lang) -> String {
    format_money(value, inputs.currency.symbol(), 0, lang)
}

/// A price in the chosen currency: whole, or with cents when it has them ("€ 27,50").
pub fn money_exact(value: f64, inputs: &Inputs, lang: Lang) -> String {
    let decimals = if value.fract() == 0.0 { 0 } else { 2 };
    format_money(value, inputs.currency.symbol(), decimals, lang)
}

/// An ROI figure, or "n/a".
pub fn roi_text(roi: Option<f64>, lang: Lang) -> String {
    roi.map_or_else(
        || text(Key::NotApplicable, lang).to_string(),
        |r| format_percent(r, 0, lang),
    )
}

/// A payback figure: "maand 9,9", "de eerste maand" or "niet binnen 36 maanden".
pub fn payback_text(payback: Option<f64>, horizon: u32, lang: Lang) -> String {
    match payback {
        None => text_with(Key::PaybackNever, lang, &[("n", &horizon.to_string())]),
        Some(p) if p < 1.0 => text(Key::PaybackImmediate, lang).to_string(),
        Some(p) => text_with(Key::PaybackMonth, lang, &[("n", &format_number(p, 1, lang))]),
    }
}

/// The payback as a phrase that reads in a sentence: "terugverdiend in maand 30,1", "niet
/// terugverdiend binnen 36 maanden" (never "terugverdiend in niet binnen …").
pub fn payback_phrase(payback: Option<f64>, horizon: u32, lang: Lang) -> String {
    match payback {
        None => text_with(Key::PaybackPhraseNever, lang, &[("n", &horizon.to_string())]),
        Some(p) if p < 1.0 => text(Key::PaybackPhraseImmediate, lang).to_string(),
        Some(p) => text_with(Key::PaybackPhraseMonth, lang, &[("n", &format_number(p, 1, lang))]),
    }
}

/// ROI, NPV and payback of `summary` as shown text, with the card label of each.
pub fn headline_figures(summary: &Summary, inputs: &Inputs, lang: Lang) -> [(Key, String); 3] {
    [
        (Key::CardRoi, roi_text(summary.roi_percent, lang)),
        (Key::CardNpv, money(summary.npv, inputs, lang)),
        (
            Key::CardPayback,
            payback_text(summary.payback_month, inputs.horizon(), lang),
        ),
    ]
}

/// The NPV card's figure for the scenario at `index` (see [`headline_index`]) and its range across
/// the scenarios.
pub fn npv_figure(h: &Headline, index: usize, inputs: &Inputs, lang: Lang) -> (String, String) {
    let (low, high) = Headline::range(&h.npv);
    (
        money(h.npv[index], inputs, lang),
        range_text(&money(low, inputs, lang), &money(high, inputs, lang), lang),
    )
}

/// The payback card's figure for the scenario at `index` and its range across the scenarios,
/// earliest first (the conservative case pays back last).
pub fn payback_figure(h: &Headline, index: usize, horizon: u32, lang: Lang) -> (String, String) {
    let (late, early) = Headline::range(&h.payback);
    (
        payback_text(h.payback[index], horizon, lang),
        range_text(
            &payback_text(early, horizon, lang),
            &payback_text(late, horizon, lang),
            lang,
        ),
    )
}

/// "Range across scenarios: low to high" for two formatted ends. A minus sign stays on the line of
/// its amount (a word joiner after it): in a narrow card "−" and "€67,572" may not part.
pub fn range_text(low: &str, high: &str, lang: Lang) -> String {
    text_with(
        Key::CardRange,
        lang,
        &[("low", &keep_minus(low)), ("high", &keep_minus(high))],
    )
}

/// A formatted figure whose minus sign stays on the line of its number (a word joiner after it):
/// in a narrow card or column "−" and "€67,572" may not part.
pub fn keep_minus(figure: &str) -> String {
    figure
        .strip_prefix('−')
        .map_or_else(|| figure.to_string(), |amount| format!("−\u{2060}{amount}"))
}

/// One line per input for the assumptions panel and the print summary: (label, value with unit).
pub fn assumptions(inputs: &Inputs, lang: Lang) -> Vec<(String, String)> {
    assumption_rows(inputs, lang)
        .into_iter()
        .map(|(label, value, _)| (label, value))
        .collect()
}

/// Where each line of [`assumptions`] comes from, in the same order: the field's source text, or
/// `None` for a switch or the currency (choices, not figures).
pub fn assumption_sources(lang: Lang) -> Vec<Option<String>> {
    assumption_rows(&Inputs::default(), lang)
        .into_iter()
        .map(|(_, _, field)| field.map(|f| super::sources::source_text(f, lang)))
        .collect()
}

/// The lines of [`assumptions`] with the field each shows (`None` for a switch or the currency).
fn assumption_rows(inputs: &Inputs, lang: Lang) -> Vec<(String, String, Option<Field>)> {
    let value = |f: Field| value_text(f, inputs.get(f), inputs.currency, lang);
    let on_off = |b: bool| text(if b { Key::On } else { Key::Off }, lang).to_string();
    let mut out = Vec::new();
    for section in Section::ALL {
        if section == Section::Staff {
            for f in section.fields() {
                out.push((text(label_and_help(f).0, lang).to_string(), value(f), Some(f)));
            }
            for g in Group::ALL {
                for f in group_fields(g) {
                    out.push((field_label(f, lang), value(f), Some(f)));
                }
            }
            continue;
        }
        for f in section.fields() {
            out.push((text(label_and_help(f).0, lang).to_string(), value(f), Some(f)));
        }
        match section {
            Section::Quotes => out.push((
                text(Key::RevenueLeverLabel, lang).into(),
                on_off(inputs.quotes.revenue_lever),
                None,
            )),
            Section::Adoption => {
                out.push((
                    text(Key::CommunicationLabel, lang).into(),
                    on_off(inputs.adoption.structured_communication),
                    None,
                ));
                for f in programme_fields() {
                    out.push((text(label_and_help(f).0, lang).to_string(), value(f), Some(f)));
                }
            }
            Section::Costs => out.push((
                text(Key::LicencesFollowLabel, lang).into(),
                on_off(inputs.costs.licences_follow_adoption),
                None,
            )),
            Section::Advanced => out.push((
                text(Key::FieldCurrency, lang).into(),
                inputs.currency.code().into(),
                None,
            )),
            _ => {}
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_waterfall_runs_from_zero_to_the_npv() {
        let inputs = Inputs::default();
        let e = crate::domain::roi::evaluate(&inputs);
        let steps = waterfall(&e.breakdown, e.summary.npv, Lang::Nl);
        let (last, lines) = steps.split_last().expect("at least the total");
        assert_eq!(last.kind, StepKind::Total);
        assert_eq!(last.amount(), e.summary.npv);
        assert_eq!(lines.first().map(|s| s.start), Some(0.0));
        assert!(lines.windows(2).all(|w| w[0].end == w[1].start));
        // The lines shown (all of at least half a euro) add up to the NPV within those left out.
        let end = lines.last().map_or(0.0, |s| s.end);
        assert!(
            (end - e.summary.npv).abs() < 0.5 * Line::ALL.len() as f64,
            "{end} vs {}",
            e.summary.npv
        );
        assert!(lines
            .iter()
            .all(|s| (s.kind == StepKind::Benefit) == (s.amount() >= 0.0)));
    }

    #[test]
    fn the_range_spans_the_three_scenarios_and_leaves_the_board_view_out() {
        let h = Headline {
            roi: [Some(-5.0), Some(3.0), Some(20.0), Some(-40.0)],
            npv: [-100.0, 10.0, 300.0, -900.0],
            payback: [None, Some(30.0), Some(12.0), None],
            programme_npv: [50.0, 80.0, 120.0, -400.0],
            programme_roi_points: None,
            break_even_lift: None,
        };
        assert_eq!(Headline::range(&h.npv), (-100.0, 300.0));
        assert_eq!(Headline::range(&h.payback), (None, Some(12.0)));
        assert_eq!(h.programme_range(), (50.0, 120.0));
    }
    use crate::domain::roi::evaluate;

    #[test]
    fn a_range_keeps_each_minus_sign_on_the_line_of_its_amount() {
        let text = range_text("−€67,572", "€89,703", Lang::En);
        assert_eq!(text, "Range across scenarios: −\u{2060}€67,572 to €89,703");
        let text = range_text("−52%", "−3%", Lang::En);
        assert_eq!(text.matches("−\u{2060}").count(), 2);
        assert_eq!(range_text("1%", "2%", Lang::En), "Range across scenarios: 1% to 2%");
    }

    #[test]
    fn every_field_appears_on_the_form_once_in_its_order() {
        let mut on_form: Vec<Field> = Section::ALL.iter().flat_map(|s| s.fields()).collect();
        on_form.extend(Group::ALL.into_iter().flat_map(group_fields));
        on_form.extend(programme_fields());
        assert_eq!(on_form.len(), Field::ALL.len());
        for f in Field::ALL {
            assert!(on_form.contains(&f), "{f:?} is not on the form");
        }
        // The form's order as before: each group's four fields, the quote section's nine.
        assert_eq!(
            group_fields(Group::Staff).collect::<Vec<_>>(),
            [
                Field::Headcount(Group::Staff),
                Field::HourlyCost(Group::Staff),
                Field::AiHours(Group::Staff),
                Field::Gain(Group::Staff)
            ]
        );
        assert_eq!(Section::Quotes.fields().count(), 9);
        assert_eq!(Section::Quotes.fields().next(), Some(Field::QuotesPerMonth));
        assert_eq!(
            programme_fields().collect::<Vec<_>>(),
            [Field::UnstructuredLevel, Field::UnstructuredSlowdown]
        );
    }

    #[test]
    fn assumptions_list_every_input_in_both_languages() {
        for lang in Lang::ALL {
            let list = assumptions(&Inputs::default(), lang);
            assert_eq!(list.len(), Field::ALL.len() + 4);
            assert!(list
                .iter()
                .all(|(l, v)| !l.is_empty() && !v.is_empty() && !v.contains("NaN")));
        }
        for lang in Lang::ALL {
            let sources = assumption_sources(lang);
            assert_eq!(sources.len(), assumptions(&Inputs::default(), lang).len());
            assert_eq!(sources.iter().flatten().count(), Field::ALL.len());
        }
        let nl = assumptions(&Inputs::default(), Lang::Nl);
        assert!(
            nl.contains(&("Brutomarge".to_string(), "30\u{a0}%".to_string())),
            "{nl:?}"
        );
        assert!(
            nl.contains(&(
                "Prijs per licentie per maand".to_string(),
                "€\u{a0}30 per maand".to_string()
            )),
            "{nl:?}"
        );
    }

    #[test]
    fn compared_scenarios_list_the_fields_they_differ_in() {
        let a = Inputs::default();
        let mut b = a.clone();
        b.set(Field::LicencePrice, 25.0);
        b.set(Field::HourlyCost(Group::Staff), 50.0);
        let c = a.clone();
        assert_eq!(
            differing_fields(&[a.clone(), b, c]),
            vec![Field::HourlyCost(Group::Staff), Field::LicencePrice]
        );
        assert_eq!(differing_fields(&[a.clone(), a]), vec![]);
        assert_eq!(
            field_label(Field::HourlyCost(Group::Staff), Lang::En),
            "Operational staff: Loaded hourly cost"
        );
    }

    #[test]
    fn headline_ranges_are_ordered() {
        let inputs = Inputs::default();
        let h = headline(&inputs, &evaluate(&inputs));
        assert!(h.npv[0] <= h.npv[1] && h.npv[1] <= h.npv[2]);
        assert!(h.programme_npv[1] > 0.0 && h.programme_npv[0] <= h.programme_npv[2]);
        assert_eq!(payback_text(h.payback[1], 36, Lang::Nl), "maand 30,1");
        assert!(
            h.npv[3] < h.npv[1],
            "the board view is more cautious than the expected one"
        );
        assert_eq!(payback_text(None, 36, Lang::En), "not within 36 months");
        assert_eq!(
            payback_phrase(None, 36, Lang::Nl),
            "niet terugverdiend binnen 36 maanden"
        );
        assert_eq!(payback_phrase(Some(30.12), 36, Lang::Nl), "terugverdiend in maand 30,1");
        assert_eq!(payback_phrase(Some(0.5), 36, Lang::En), "pays back in the first month");
        assert_eq!(roi_text(None, Lang::Nl), "n.v.t.");
    }

    #[test]
    fn editing_a_field_checks_number_range_wholeness_and_the_win_rate_rule() {
        let i = Inputs::default();
        let ok = edit(&i, Field::LicencePrice, "€ 42,50", Lang::Nl).map(|n| n.get(Field::LicencePrice));
        assert_eq!(ok, Ok(42.5));
        assert_eq!(
            edit(&i, Field::LicencePrice, "", Lang::Nl),
            Err(FieldIssue::Parse(ParseError::Empty))
        );
        assert_eq!(
            edit(&i, Field::Gain(Group::Staff), "250", Lang::En),
            Err(FieldIssue::Range(Problem::TooLarge { max: 100.0 }))
        );
        assert_eq!(
            edit(&i, Field::Headcount(Group::Board), "2,5", Lang::Nl),
            Err(FieldIssue::Range(Problem::NotWhole))
        );
        assert_eq!(
            edit(&i, Field::WinRate, "99", Lang::En),
            Err(FieldIssue::Range(Problem::WinRateAbove100))
        );
        // Only the two fields of the rule report it; another field's edit goes through.
        let mut high = i.clone();
        high.quotes.win_rate = 99.0;
        assert!(edit(&high, Field::QuotesPerMonth, "50", Lang::En).is_ok());
        assert_eq!(
            FieldIssue::Parse(ParseError::Empty).message(Lang::En),
            "Please enter a number."
        );
    }

    #[test]
    fn messages_name_the_bounds() {
        assert_eq!(
            problem_message(Problem::TooLarge { max: 100.0 }, Lang::Nl),
            "Dit mag hoogstens 100 zijn."
        );
        assert_eq!(
            problem_message(Problem::TooSmall { min: 12.0 }, Lang::En),
            "This must be at least 12."
        );
        let w = warning_message(Warning::GainAbove50(Group::Staff), &Inputs::default(), Lang::En);
        assert!(w.starts_with("Operational staff:"), "{w}");
        assert!(help_text(Field::LeadTime, &Inputs::default(), Lang::Nl).contains("6,0 dagen"));
        // The month-6 target's help names the month the chart shows it in: six months after the
        // staff start, which the default plan puts in week 4.
        let m6 = help_text(Field::AdoptionMonth6, &Inputs::default(), Lang::Nl);
        assert!(m6.contains("het eind van maand 6 (juni 2027)"), "{m6}");
        let planned = crate::domain::schedule::PlanInputs::default().apply(&Inputs::default());
        let m6 = help_text(Field::AdoptionMonth6, &planned, Lang::En);
        assert!(m6.contains("the end of month 8 (August 2027)"), "{m6}");
    }
}

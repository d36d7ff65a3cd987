//! Where each input's default comes from: a published source with its year, a policy choice, or an
//! assumption and why (`docs/roi-model.md` has the table). The texts live in `i18n/ui.toml` as
//! `source_*`; each names the default through `{default}`, filled in from the engine, so a text can
//! never state a default the engine does not use.

use super::field_text::value_text;
use super::{Field, Group, Inputs};
use crate::domain::i18n::{text_with, Key, Lang};

/// The source text of `field`.
pub const fn source_key(field: Field) -> Key {
    use Key::*;
    match field {
        Field::Horizon => SourceHorizon,
        Field::DiscountRate => SourceDiscountRate,
        Field::RiskHaircut => SourceRiskHaircut,
        Field::CostRisk => SourceCostRisk,
        Field::ProductivityCapture => SourceProductivityCapture,
        Field::Headcount(_) => SourceHeadcount,
        Field::HourlyCost(Group::Staff) => SourceHourlyCostStaff,
        Field::HourlyCost(_) => SourceHourlyCostOther,
        Field::AiHours(Group::Sales) => SourceAiHoursSales,
        Field::AiHours(_) => SourceAiHours,
        Field::Gain(_) => SourceGain,
        Field::QuotesPerMonth => SourceQuotesPerMonth,
        Field::HoursPerQuote => SourceHoursPerQuote,
        Field::LeadTime => SourceLeadTime,
        Field::QuoteTimeSaved => SourceQuoteTimeSaved,
        Field::WinRate => SourceWinRate,
        Field::WinUplift => SourceWinUplift,
        Field::OrderValue => SourceOrderValue,
        Field::GrossMargin => SourceGrossMargin,
        Field::SalesLag => SourceSalesLag,
        Field::AdoptionMonth6 => SourceAdoptionMonth6,
        Field::AdoptionEnd => SourceAdoptionEnd,
        Field::UnstructuredLevel => SourceUnstructuredLevel,
        Field::UnstructuredSlowdown => SourceUnstructuredSlowdown,
        Field::LicenceCount => SourceLicenceCount,
        Field::LicencePrice => SourceLicencePrice,
        Field::Implementation => SourceImplementation,
        Field::TrainingHours => SourceTrainingHours,
        Field::TrainingParticipation => SourceTrainingParticipation,
        Field::External => SourceExternal,
        Field::Support => SourceSupport,
        Field::ChampionHours => SourceChampionHours,
        Field::Turnover => SourceTurnover,
    }
}

/// Where `field`'s default comes from, with the default itself (in euro).
pub fn source_text(field: Field, lang: Lang) -> String {
    let defaults = Inputs::default();
    let default = value_text(field, defaults.get(field), defaults.currency, lang);
    text_with(source_key(field), lang, &[("default", &default)])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::i18n::text;
    use crate::domain::roi::calculator::label_and_help;

    #[test]
    fn every_source_names_the_engine_default_through_its_placeholder() {
        for field in Field::ALL {
            for lang in Lang::ALL {
                let raw = text(source_key(field), lang);
                assert_eq!(raw.matches("{default}").count(), 1, "{field:?} {lang:?}: {raw}");
                let filled = source_text(field, lang);
                assert!(!filled.contains('{') && !filled.contains("NaN"), "{filled}");
            }
        }
        assert_eq!(
            source_text(Field::HourlyCost(Group::Staff), Lang::En),
            "CBS (Statistics Netherlands): wage costs per hour worked were €45.0 in 2024 (provisional, October \
             2025). Default €45 per hour."
        );
        assert_eq!(source_text(Field::ChampionHours, Lang::Nl), "Aanname: 4 uur/maand.");
    }

    /// Every number in `s`, as written (digits with `.` or `,` inside).
    fn numbers(s: &str) -> Vec<f64> {
        s.split(|c: char| !(c.is_ascii_digit() || c == '.' || c == ','))
            .map(|n| n.trim_matches(|c| c == '.' || c == ','))
            .filter(|n| !n.is_empty())
            .filter_map(|n| n.replace(',', ".").parse().ok())
            .collect()
    }

    #[test]
    fn help_texts_state_no_default() {
        // A help text says what a field means; a number in it may only be one of the field's
        // limits, or the 10 % step the uplift is counted per. Defaults and their sources are in the
        // source texts, filled in from the engine.
        for field in Field::ALL {
            let spec = field.spec();
            for lang in Lang::ALL {
                let help = text(label_and_help(field).1, lang);
                for n in numbers(help) {
                    let allowed = n == spec.min || n == spec.max || (field == Field::WinUplift && n == 10.0);
                    assert!(allowed, "{field:?} {lang:?} states {n}: {help}");
                }
            }
        }
    }
}

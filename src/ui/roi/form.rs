//! The calculator's inputs: grouped, labelled, with units, help and inline errors.

use leptos::prelude::*;
use leptos_router::components::A;

use crate::domain::format::number::{format_input, parse_number};
use crate::domain::i18n::{text_with, Key, Lang};
use crate::domain::roi::calculator::{
    edit, group_fields, group_name, help_depends_on_inputs, help_text, label_and_help, unit_text, value_text,
    warning_fields, warning_message, FieldIssue, Section,
};
use crate::domain::roi::{Currency, Field, Group, Inputs};
use crate::domain::web::page::Page;
use crate::ui::checkbox::Checkbox;
use crate::ui::i18n::use_i18n;
use crate::ui::state::use_calc;
use crate::ui::takeover::Later;

/// The whole form, section by section.
#[component]
pub fn InputForm() -> impl IntoView {
    let i18n = use_i18n();
    let calc = use_calc();
    let sections = Section::ALL
        .into_iter()
        .map(|section| {
            let body = view! {
                <div class="field-grid">
                    {section.fields().map(|f| view! { <NumberField field=f/> }).collect_view()}
                </div>
                {extras(section)}
            };
            view! {
                <details class="form-section" open=!section.folded()>
                    <summary><h3>{move || i18n.t(section.title())}</h3></summary>
                    <Later>{body}</Later>
                </details>
            }
        })
        .collect_view();
    view! {
        <section
            class="roi-form"
            aria-labelledby="roi-inputs"
            on:focusin=move |ev| {
                if is_number_input(&ev) {
                    calc.editing.set(true);
                    keep_clear_of_summary(&ev);
                }
            }
            on:focusout=move |_| calc.editing.set(false)
        >
            <h2 id="roi-inputs">{move || i18n.t(Key::RoiInputsHeading)}</h2>
            <Show when=move || calc.invalid.with(|v| !v.is_empty())>
                <p class="notice notice--error" role="status">{move || i18n.t(Key::ErrorSummary)}</p>
            </Show>
            {sections}
        </section>
    }
}

/// Whether a focus event comes from one of the form's text inputs.
fn is_number_input(ev: &web_sys::FocusEvent) -> bool {
    use wasm_bindgen::JsCast;
    ev.target()
        .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        .is_some_and(|input| input.type_() == "text")
}

/// Scrolls the focused field just enough that the summary bar of a narrow screen does not cover
/// it (the field's `scroll-margin-top` leaves room for the bar).
fn keep_clear_of_summary(ev: &web_sys::FocusEvent) {
    use wasm_bindgen::JsCast;
    if let Some(element) = ev.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()) {
        let options = web_sys::ScrollIntoViewOptions::new();
        options.set_block(web_sys::ScrollLogicalPosition::Nearest);
        element.scroll_into_view_with_scroll_into_view_options(&options);
    }
}

/// What a section shows after its plain fields: the staff groups, switches and choices.
fn extras(section: Section) -> AnyView {
    match section {
        Section::Quotes => input_switch(
            "toggle-revenue",
            Key::RevenueLeverLabel,
            Key::RevenueLeverHelp,
            |i| i.quotes.revenue_lever,
            |i, on| i.quotes.revenue_lever = on,
        ),
        Section::Adoption => input_switch(
            "toggle-communication",
            Key::CommunicationLabel,
            Key::CommunicationHelp,
            |i| i.adoption.structured_communication,
            |i, on| i.adoption.structured_communication = on,
        ),
        Section::Costs => input_switch(
            "toggle-licences-follow",
            Key::LicencesFollowLabel,
            Key::LicencesFollowHelp,
            |i| i.costs.licences_follow_adoption,
            |i, on| i.costs.licences_follow_adoption = on,
        ),
        Section::Advanced => view! { <CurrencyAndStart/> }.into_any(),
        Section::Staff => Group::ALL
            .into_iter()
            .map(|g| view! { <GroupFields group=g/> })
            .collect_view()
            .into_any(),
    }
}

/// A switch for one on/off input of the model.
fn input_switch(
    id: &'static str,
    label: Key,
    help: Key,
    get: fn(&Inputs) -> bool,
    put: fn(&mut Inputs, bool),
) -> AnyView {
    let calc = use_calc();
    view! {
        <Toggle
            id=id
            label=label
            help=help
            checked=Signal::derive(move || calc.inputs.with(get))
            set=move |on| calc.inputs.update(|i| put(i, on))
        />
    }
    .into_any()
}

/// The four inputs of one staff group.
#[component]
fn GroupFields(group: Group) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <fieldset class="group-fields">
            <legend>{move || i18n.t(group_name(group))}</legend>
            <div class="field-grid">
                {group_fields(group).map(|f| view! { <NumberField field=f/> }).collect_view()}
            </div>
        </fieldset>
    }
}

/// Text typed into a number field, and what became of it.
#[derive(Clone, Debug, PartialEq)]
struct Typed {
    raw: String,
    issue: Option<FieldIssue>,
    lang: Lang,
    generation: u32,
}

/// One numeric input: label, text box with unit, help, error and any plausibility warning.
#[component]
pub fn NumberField(field: Field) -> impl IntoView {
    let i18n = use_i18n();
    let calc = use_calc();
    let id = format!("f-{}", field.code());
    let (help_id, error_id) = (format!("{id}-help"), format!("{id}-error"));
    // This field's value alone: typing elsewhere does not wake what depends on it.
    let value = Memo::new(move |_| calc.inputs.with(|i| i.get(field)));
    // What the visitor typed, with the language and generation it was typed in. It is shown as
    // long as it still describes the field: an unusable text with its message, or a usable one
    // that reads as the current value. A value set from elsewhere (link, saved scenario, reset)
    // or a language switch shows the value formatted instead: derived, not copied by an effect.
    let typed = RwSignal::new(None::<Typed>);
    let current = Memo::new(move |_| {
        let (lang, generation, value) = (i18n.lang(), calc.generation.get(), value.get());
        typed.with(|t| {
            t.as_ref()
                .filter(|t| t.lang == lang && t.generation == generation)
                .filter(|t| t.issue.is_some() || parse_number(&t.raw, lang) == Ok(value))
                .cloned()
        })
    });
    let text_value = move || {
        current
            .with(|t| t.as_ref().map(|t| t.raw.clone()))
            .unwrap_or_else(|| format_input(value.get(), i18n.lang()))
    };
    let issue = Memo::new(move |_| current.with(|t| t.as_ref().and_then(|t| t.issue)));

    // The value the field had when the visitor started editing it. While what they type cannot be
    // used, the figures and the link keep this value, not a prefix of what they were typing
    // (typing 150 % passes through 15 %, which must not stay in the figures).
    let accepted = StoredValue::new(None::<f64>);
    let on_focus = move |_| accepted.set_value(Some(value.get_untracked()));
    let on_input = move |ev| {
        let raw = event_target_value(&ev);
        let lang = i18n.lang();
        let result = calc.inputs.with_untracked(|i| edit(i, field, &raw, lang));
        typed.set(Some(Typed {
            issue: result.as_ref().err().copied(),
            raw,
            lang,
            generation: calc.generation.get_untracked(),
        }));
        calc.mark(field, result.is_ok());
        match (result, accepted.get_value()) {
            (Ok(next), _) => calc.inputs.set(next),
            (Err(_), Some(kept)) if value.get_untracked().to_bits() != kept.to_bits() => {
                calc.inputs.update(|i| i.set(field, kept));
            }
            (Err(_), _) => {}
        }
    };
    let error = move || {
        issue.get().map(|e| {
            let lang = i18n.lang();
            let kept = value_text(field, value.get(), calc.currency.get(), lang);
            format!(
                "{} {}",
                e.message(lang),
                text_with(Key::FieldKeptValue, lang, &[("value", &kept)])
            )
        })
    };

    let (label, _) = label_and_help(field);
    let unit = move || unit_text(field.spec().unit, calc.currency.get().symbol(), i18n.lang());
    // Only the lead time's and the month-6 target's help quote other inputs (the latter with the
    // plan applied); the rest is fixed text.
    let help = move || {
        if help_depends_on_inputs(field) {
            calc.effective.with(|i| help_text(field, i, i18n.lang()))
        } else {
            help_text(field, &Inputs::default(), i18n.lang())
        }
    };
    let warning = move || {
        // A warning's text may quote this field's value (a percentage typed as a fraction).
        value.track();
        calc.warnings.with(|warnings| {
            warnings
                .iter()
                .find(|w| warning_fields(**w).contains(&field))
                .map(|w| calc.inputs.with_untracked(|i| warning_message(*w, i, i18n.lang())))
        })
    };
    let described_by = {
        let (help_id, error_id) = (help_id.clone(), error_id.clone());
        move || {
            if issue.get().is_some() {
                format!("{help_id} {error_id}")
            } else {
                help_id.clone()
            }
        }
    };
    let bench = (field == Field::LicencePrice).then_some("keystroke-input");
    view! {
        <div class="field" class:field--invalid=move || issue.get().is_some()>
            <label for=id.clone()>{move || i18n.t(label)}</label>
            <div class="field__control">
                <input
                    id=id.clone()
                    name=field.code()
                    type="text"
                    inputmode="decimal"
                    autocomplete="off"
                    spellcheck="false"
                    data-bench=bench
                    aria-describedby=described_by
                    aria-invalid=move || issue.get().is_some().to_string()
                    value=untrack(text_value)
                    prop:value=text_value
                    on:focus=on_focus
                    on:input=on_input
                />
                <span class="field__unit" aria-hidden="true">{unit}</span>
            </div>
            <p class="field__help" id=help_id>{help}<span class="visually-hidden">" (" {unit} ")"</span></p>
            <p class="field__error" id=error_id aria-live="polite">
                {error}
            </p>
            {move || warning().map(|w| view! { <p class="field__warning">{w}</p> })}
        </div>
    }
}

/// A labelled checkbox switch with help text.
#[component]
fn Toggle(
    id: &'static str,
    label: Key,
    help: Key,
    #[prop(into)] checked: Signal<bool>,
    set: impl Fn(bool) + Send + Sync + 'static,
) -> impl IntoView {
    let i18n = use_i18n();
    let help_id = format!("{id}-help");
    view! {
        <div class="toggle">
            <Checkbox id=id checked=checked set=set describedby=help_id.clone()>{move || i18n.t(label)}</Checkbox>
            <p class="field__help" id=help_id>{move || i18n.t(help)}</p>
        </div>
    }
}

/// Currency choice, and where the start date and tempo are set.
#[component]
fn CurrencyAndStart() -> impl IntoView {
    let i18n = use_i18n();
    let calc = use_calc();
    view! {
        <div class="field-grid">
            <div class="field">
                <label for="f-currency">{move || i18n.t(Key::FieldCurrency)}</label>
                <select
                    id="f-currency"
                    on:change=move |ev| {
                        if let Some(c) = Currency::parse(&event_target_value(&ev)) {
                            calc.inputs.update(|i| i.currency = c);
                        }
                    }
                >
                    {Currency::ALL
                        .into_iter()
                        .map(|c| {
                            view! {
                                <option value=c.code() selected=move || calc.inputs.with(|i| i.currency == c)>
                                    {format!("{} ({})", c.code(), c.symbol())}
                                </option>
                            }
                        })
                        .collect_view()}
                </select>
            </div>
            <p class="field__help plan-link">
                {move || i18n.t(Key::RoiPlanNote)} " "
                <A href=move || i18n.href(Page::Planning)>{move || i18n.t(Key::NavPlanning)}</A>
            </p>
        </div>
    }
}

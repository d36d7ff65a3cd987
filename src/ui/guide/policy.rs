//! The AI use policy's composer: the rules to include, the allowed tools, the contact and the
//! review period. The choices are kept in this browser and followed across tabs; the policy's text
//! is the `ai-policy` material, filled in from them ([`crate::domain::guide::policy`]).

use leptos::prelude::*;

use super::tx;
use crate::domain::guide::policy::{PolicyChoices, FREE_TEXT_MAX_CHARS, POLICY_CHOICES, REVIEW_MONTHS};
use crate::domain::i18n::{text_with, Key};
use crate::domain::web::storage::POLICY;
use crate::ui::browser;
use crate::ui::i18n::use_i18n;
use crate::ui::stored::stored_value;

/// The reader's policy choices, kept in this browser.
pub fn policy_choices() -> RwSignal<PolicyChoices> {
    stored_value(POLICY, |stored| {
        stored.as_deref().and_then(PolicyChoices::decode).unwrap_or_default()
    })
}

/// The choices as a form above the policy's text.
#[component]
pub fn PolicyComposer(choices: RwSignal<PolicyChoices>) -> impl IntoView {
    let i18n = use_i18n();
    let not_kept = RwSignal::new(false);
    let keep = move |next: PolicyChoices| {
        not_kept.set(!browser::storage_set(POLICY, &next.encode()));
        choices.set(next);
    };
    let rules = POLICY_CHOICES
        .iter()
        .map(|c| {
            let id = format!("policy-{}", c.id);
            view! {
                <li>
                    <input
                        type="checkbox"
                        id=id.clone()
                        prop:checked=move || choices.with(|p| p.is_on(c.id))
                        on:change=move |ev| keep(choices.with_untracked(|p| p.with(c.id, event_target_checked(&ev))))
                    />
                    <label for=id>{tx(c.label)}</label>
                </li>
            }
        })
        .collect_view();
    let options = REVIEW_MONTHS
        .into_iter()
        .map(|m| {
            view! {
                <option value=m.to_string() selected=move || choices.with(|p| p.review_months == m)>
                    {move || text_with(Key::PolicyReviewOption, i18n.lang(), &[("months", &m.to_string())])}
                </option>
            }
        })
        .collect_view();
    view! {
        <fieldset class="policy-composer no-print">
            <legend>{move || i18n.t(Key::PolicyComposer)}</legend>
            <div class="field-grid">
                <div class="field">
                    <label for="policy-tools">{move || i18n.t(Key::PolicyToolsLabel)}</label>
                    <input id="policy-tools" type="text" autocomplete="off" maxlength=FREE_TEXT_MAX_CHARS.to_string()
                        placeholder=move || i18n.t(Key::PolicyToolsHint)
                        prop:value=move || choices.with(|p| p.tools.clone())
                        on:input=move |ev| {
                            let tools = event_target_value(&ev);
                            keep(PolicyChoices { tools, ..choices.get_untracked() });
                        }/>
                </div>
                <div class="field">
                    <label for="policy-contact">{move || i18n.t(Key::PolicyContactLabel)}</label>
                    <input id="policy-contact" type="text" autocomplete="off" maxlength=FREE_TEXT_MAX_CHARS.to_string()
                        prop:value=move || choices.with(|p| p.contact.clone())
                        on:input=move |ev| {
                            let contact = event_target_value(&ev);
                            keep(PolicyChoices { contact, ..choices.get_untracked() });
                        }/>
                </div>
                <div class="field">
                    <label for="policy-review">{move || i18n.t(Key::PolicyReviewLabel)}</label>
                    <select id="policy-review" on:change=move |ev| {
                        if let Ok(m) = event_target_value(&ev).parse::<u32>() {
                            keep(PolicyChoices { review_months: m, ..choices.get_untracked() });
                        }
                    }>{options}</select>
                </div>
            </div>
            <fieldset class="policy-composer__rules">
                <legend>{move || i18n.t(Key::PolicyComposerRules)}</legend>
                <ul class="policy-rules">{rules}</ul>
            </fieldset>
            <Show when=move || not_kept.get()>
                <p class="notice notice--warning" role="status">{move || i18n.t(Key::PolicyNotKept)}</p>
            </Show>
        </fieldset>
    }
}

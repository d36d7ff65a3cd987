//! A checkbox with its label: the building block of the calculator's switches and the plan's
//! choices. The box starts as the value was when the page was written (so prerendered HTML shows
//! it) and follows the value after that.

use leptos::prelude::*;

/// A checkbox `id` showing `checked`, calling `set` with the new state; its children are the
/// label. `describedby` names the help text that belongs to it.
#[component]
pub fn Checkbox(
    #[prop(into)] id: String,
    #[prop(into)] checked: Signal<bool>,
    #[prop(into)] set: Callback<bool>,
    #[prop(optional, into)] describedby: Option<String>,
    children: Children,
) -> impl IntoView {
    view! {
        <input
            type="checkbox"
            id=id.clone()
            aria-describedby=describedby
            checked=checked.get_untracked()
            prop:checked=move || checked.get()
            on:change=move |ev| set.run(event_target_checked(&ev))
        />
        <label for=id>{children()}</label>
    }
}

//! Pure domain code: no Leptos, no web-sys, so all of it runs and is tested natively.

pub mod i18n;
pub mod page;
pub mod phase;
pub mod roi;

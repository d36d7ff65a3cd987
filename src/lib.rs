//! AI-adoptieplanner: turns two Dutch articles on rolling out AI in an SME into a guide by role,
//! an ROI calculator and a communication schedule, running entirely in the browser.
//!
//! [`domain`] is pure Rust (no Leptos, no web-sys) and is tested natively with `cargo test`;
//! `ui` holds the thin Leptos components and only exists in the WebAssembly build.

pub mod domain;

#[cfg(target_arch = "wasm32")]
pub mod ui;

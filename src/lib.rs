//! AI-adoptieplanner: turns two Dutch articles on rolling out AI in an SME into a guide by role,
//! an ROI calculator and a communication schedule, running entirely in the browser.
//!
//! [`domain`] is pure Rust (no Leptos, no web-sys) and is tested natively with `cargo test`;
//! `ui` holds the thin Leptos components: in the WebAssembly build, and natively with the `ssr`
//! feature, which the prerender step uses to write every page as HTML at build time.

#![cfg_attr(feature = "ssr", recursion_limit = "256")]

pub mod domain;

#[cfg(any(target_arch = "wasm32", feature = "ssr"))]
pub mod ui;

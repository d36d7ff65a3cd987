//! Pure domain code: no Leptos, no web-sys, so all of it runs and is tested natively.
//!
//! The product's parts: the ROI model and what its page shows (`roi`), the guide by role
//! (`guide`), the communication schedule with its dates and exports (`schedule`), the front door's questions and readiness check (`start`); what they
//! share: languages and texts (`i18n`), the phase calendar both the model and the schedule read
//! (`phase`), number and CSV formatting and chart geometry (`format`); and what the web app keeps
//! and passes around (`web`: pages, share links, embed parameters, storage keys, saved scenarios).

pub mod date;
pub mod format;
pub mod guide;
pub mod i18n;
pub mod lang;
pub mod phase;
pub mod present;
pub mod roi;
pub mod schedule;
pub mod start;
pub mod texts;
pub mod web;

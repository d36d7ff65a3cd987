//! Pure domain code: no Leptos, no web-sys, so all of it runs and is tested natively.

pub mod calculator;
pub mod chart;
pub mod csv;
pub mod date;
pub mod embed;
pub mod guide;
pub mod i18n;
pub mod ics;
pub mod number;
pub mod page;
pub mod phase;
pub mod roi;
pub mod scenario_store;
pub mod schedule;
pub mod share;
pub mod storage;

//! Writing numbers, CSV, HTML text and chart geometry, the same way in every part of the planner.

pub mod chart;
pub mod csv;
pub mod html;
pub mod number;
pub mod png;

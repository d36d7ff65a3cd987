//! Writing numbers, CSV and chart geometry, the same way in every part of the planner.

pub mod chart;
pub mod csv;
pub mod number;
pub mod png;

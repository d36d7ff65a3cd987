//! One component per route; each is a thin view over domain data.

mod about;
mod home;
mod not_found;

pub use crate::ui::guide::{GuideOverviewPage, GuideRolePage};
pub use crate::ui::roi::RoiPage;
pub use crate::ui::schedule::PlanningPage;
pub use about::AboutPage;
pub use home::HomePage;
pub use not_found::NotFoundPage;

//! The guide by role (`/gids`, `/gids/:rol`): thin views over [`crate::domain::guide`].

mod checklist;
mod kit;
mod literacy;
mod overview;
mod policy;
mod role;
mod section;

pub use kit::{material_href, Kit, ThisWeek};
pub use overview::GuideOverviewPage;
pub use role::GuideRolePage;
pub use section::{guide_href, guide_section, scroll_to_hash, tx, ROLE_STORAGE_KEY};

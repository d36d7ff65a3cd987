//! What the web app keeps and passes around: its pages and their paths, the share-link codec, the
//! embed parameters, the localStorage keys and the saved scenarios.

pub mod bundle;
pub mod embed;
pub mod page;
pub mod query;
pub mod saved;
pub mod share;
pub mod storage;

//! Every name the planner uses in the browser's localStorage, in one place, so the privacy page
//! can list them all and a test can prove nothing else is stored.

use crate::domain::i18n::Key;

/// Prefix shared by all keys; clearing it clears everything the planner keeps.
pub const PREFIX: &str = "adoptieplanner.";
/// The chosen language (`nl` / `en`).
pub const LANG: &str = "adoptieplanner.lang";
/// Saved calculator scenarios.
pub const SCENARIOS: &str = "adoptieplanner.scenarios";
/// Saved items that could not be read, kept aside.
pub const QUARANTINE: &str = "adoptieplanner.scenarios.onleesbaar";
/// Ticked checklist items of the guide.
pub const CHECKLIST: &str = "adoptieplanner.checklist";
/// Checklist text that could not be read, kept aside.
pub const CHECKLIST_QUARANTINE: &str = "adoptieplanner.checklist.onleesbaar";
/// The group last read in the guide.
pub const ROLE: &str = "adoptieplanner.role";
/// The company name the guide's materials are filled in with.
pub const COMPANY: &str = "adoptieplanner.company";
/// The reader's choices for the AI use policy.
pub const POLICY: &str = "adoptieplanner.policy";
/// The AI-literacy record.
pub const LITERACY: &str = "adoptieplanner.literacy";
/// Lines of the AI-literacy record that could not be read, kept aside.
pub const LITERACY_QUARANTINE: &str = "adoptieplanner.literacy.onleesbaar";
/// The work in progress: the calculation and plan as last changed (share-link format).
pub const WORK: &str = "adoptieplanner.werk";
/// The answers to the front door's questions and its readiness check.
pub const START: &str = "adoptieplanner.start";

/// Every key with what it holds.
pub const ALL: [(&str, Key); 12] = [
    (LANG, Key::StorageLang),
    (SCENARIOS, Key::StorageScenarios),
    (QUARANTINE, Key::StorageQuarantine),
    (CHECKLIST, Key::StorageChecklist),
    (CHECKLIST_QUARANTINE, Key::StorageChecklistQuarantine),
    (ROLE, Key::StorageRole),
    (COMPANY, Key::StorageCompany),
    (POLICY, Key::StoragePolicy),
    (LITERACY, Key::StorageLiteracy),
    (LITERACY_QUARANTINE, Key::StorageLiteracyQuarantine),
    (START, Key::StorageStart),
    (WORK, Key::StorageWork),
];

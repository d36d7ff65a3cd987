//! Build step: compiles the content data files into typed Rust.
//!
//! - `i18n/ui.toml` → interface texts (`build/ui_text.rs`): stops the build when a text is missing
//!   in a language or uses different `{placeholders}`.
//! - `content/guide.toml` → the guide by role (`build/guide.rs`): stops the build when the file does
//!   not have the expected structure; `cargo test` checks that no text is empty.
//! - `content/kit.toml` → the guide's ready-to-send materials (`build/kit.rs`): stops the build on
//!   an unknown page, phase, material link or `{placeholder}`.
//!
//! Every text of both languages goes to one file per language (`texts-nl.txt`, `texts-en.txt` in
//! `OUT_DIR`, see `build/common.rs`): the browser loads only the language it shows, and the
//! generated code names texts by their number in those files.

#[path = "build/common.rs"]
mod common;
#[path = "build/guide.rs"]
mod guide;
#[path = "build/kit.rs"]
mod kit;
#[path = "build/ui_text.rs"]
mod ui_text;

fn main() {
    ui_text::generate();
    guide::generate();
    kit::generate();
    common::write_texts();
}

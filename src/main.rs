//! Browser entry point: mounts the app into the page body.

#[cfg(target_arch = "wasm32")]
fn main() {
    adoptieplanner::ui::start();
}

/// The app only runs in a browser; natively there is nothing to start.
#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("AI-adoptieplanner runs in the browser: use `make run` and open http://127.0.0.1:8080");
}

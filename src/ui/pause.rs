//! Work that waits for a pause: the model takes the typed inputs one task later, the charts follow
//! when typing pauses, the address follows the state. One place owns the timer, restarts it on each
//! change and clears it when its owner goes, so nothing lands on a page that has been left.

use leptos::prelude::*;
use std::time::Duration;

/// Calls `act` with what `watch` returned, once `delay` has passed without `watch`'s signals
/// changing; a change before then starts the wait again. The value at the start counts too.
pub fn follow_after_pause<T: 'static>(
    delay: Duration,
    watch: impl Fn() -> T + 'static,
    act: impl Fn(T) + Clone + 'static,
) {
    after_pause(delay, true, watch, act);
}

/// Like [`follow_after_pause`], but only for changes: the value at the start is passed over.
pub fn changes_after_pause<T: 'static>(
    delay: Duration,
    watch: impl Fn() -> T + 'static,
    act: impl Fn(T) + Clone + 'static,
) {
    after_pause(delay, false, watch, act);
}

fn after_pause<T: 'static>(
    delay: Duration,
    with_start: bool,
    watch: impl Fn() -> T + 'static,
    act: impl Fn(T) + Clone + 'static,
) {
    let pending = StoredValue::new(None::<TimeoutHandle>);
    let clear = move || {
        if let Some(handle) = pending.try_update_value(Option::take).flatten() {
            handle.clear();
        }
    };
    Effect::new(move |started: Option<()>| {
        let value = watch();
        clear();
        if started.is_some() || with_start {
            let act = act.clone();
            pending.set_value(set_timeout_with_handle(move || act(value), delay).ok());
        }
    });
    on_cleanup(clear);
}

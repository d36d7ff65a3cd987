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
) -> Pending {
    after_pause(delay, true, watch, act)
}

/// Like [`follow_after_pause`], but only for changes: the value at the start is passed over.
pub fn changes_after_pause<T: 'static>(
    delay: Duration,
    watch: impl Fn() -> T + 'static,
    act: impl Fn(T) + Clone + 'static,
) -> Pending {
    after_pause(delay, false, watch, act)
}

/// The work waiting for a pause, which can be done at once (the page is about to be left).
#[derive(Clone, Copy)]
pub struct Pending {
    timer: StoredValue<Option<TimeoutHandle>>,
    waiting: StoredValue<Option<Box<dyn FnOnce()>>, LocalStorage>,
}

impl Pending {
    /// Does the waiting work now, if there is any, instead of after the pause.
    pub fn flush(self) {
        let run = self.waiting.try_update_value(Option::take).flatten();
        self.clear();
        if let Some(run) = run {
            run();
        }
    }

    fn clear(self) {
        if let Some(handle) = self.timer.try_update_value(Option::take).flatten() {
            handle.clear();
        }
        self.waiting.try_update_value(|w| *w = None);
    }
}

fn after_pause<T: 'static>(
    delay: Duration,
    with_start: bool,
    watch: impl Fn() -> T + 'static,
    act: impl Fn(T) + Clone + 'static,
) -> Pending {
    let pending = Pending {
        timer: StoredValue::new(None),
        waiting: StoredValue::new_local(None),
    };
    Effect::new(move |started: Option<()>| {
        let value = watch();
        pending.clear();
        if started.is_some() || with_start {
            let act = act.clone();
            pending.waiting.set_value(Some(Box::new(move || act(value))));
            pending
                .timer
                .set_value(set_timeout_with_handle(move || pending.flush(), delay).ok());
        }
    });
    on_cleanup(move || pending.clear());
    pending
}

// Shared by the journeys (helpers.mjs) and the benchmark (scripts/bench.mjs), which cannot load the
// test runner's fixtures.

/** Waits until the app has taken over the page that arrived as finished HTML: the marker the
 * prerender step puts on <html> is gone (src/ui/takeover.rs). Until then its buttons are plain HTML. */
export async function tookOver(page) {
  await page.waitForFunction(() => !document.documentElement.hasAttribute('data-prerendered'));
}

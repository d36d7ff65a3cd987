// Runs in <head>, before the page paints. A page that arrived as finished HTML shows the example
// figures; when the address carries a calculation of its own (?s=), those must not be taken for
// it, so the page shows "loading" until the app has applied the link (it then removes the
// data-prerendered attribute, which ends these rules).
if (/[?&]s=/.test(window.location.search)) document.documentElement.classList.add('ap-link-pending');

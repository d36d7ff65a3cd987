// AI-adoptieplanner host script: load it on an intranet page to embed the planner.
//   <script type="module" src="https://planner.example/tools/ai-planner/embed.js"></script>
//
// 1. In an iframe (recommended): <iframe data-adoptieplanner-frame="roi" title="ROI-calculator"></iframe>
//    The part is gids, gids/<role>, roi, planning or start; data-lang="nl|en" fixes the language and
//    data-accent / data-bg / data-surface / data-text (hex colours) set the theme. This script
//    fills in the frame's address and sets its height from the planner's messages
//    { type: "adoptieplanner:resize", height: <CSS pixels> }, which the planner posts to this
//    page's origin only. Frames with an address of their own (…?embed=1&origin=…) are resized too.
// 2. In a page section (same origin as the planner): <div data-adoptieplanner="roi"></div>
//    The planner mounts into a shadow root of that element, so its styles stay inside and the
//    page's styles stay out. Only the first such element on a page is used.
// scripts/post-build.mjs fills in the names of this release's hashed files: the stylesheet and,
// per bundle of the app (src/domain/web/bundle.rs), its js and wasm.
const BUNDLES = '__AP_BUNDLES__';
const CSS = '__AP_CSS__';
const RESIZE = 'adoptieplanner:resize';
const base = new URL('./', import.meta.url);
const PARTS = /^(gids(\/[a-z-]+)?|roi|planning|start)$/;
const THEME = ['accent', 'bg', 'surface', 'text'];

function frameAddress(frame) {
  const part = frame.dataset.adoptieplannerFrame;
  // The start questions are the planner's home page.
  const path = PARTS.test(part) ? part : 'gids';
  const url = new URL(path === 'start' ? './' : path, base);
  url.searchParams.set('embed', '1');
  url.searchParams.set('origin', window.location.origin);
  if (/^(nl|en)$/.test(frame.dataset.lang || '')) url.searchParams.set('lang', frame.dataset.lang);
  for (const name of THEME) {
    const colour = (frame.dataset[name] || '').replace(/^#/, '');
    if (/^([0-9a-f]{3}|[0-9a-f]{6})$/i.test(colour)) url.searchParams.set(name, colour);
  }
  return url.href;
}

const frames = () => document.querySelectorAll('iframe[data-adoptieplanner-frame]');
for (const frame of frames()) {
  if (!frame.getAttribute('src')) frame.src = frameAddress(frame);
  frame.style.width = frame.style.width || '100%';
  frame.style.border = frame.style.border || '0';
}

window.addEventListener('message', (event) => {
  const data = event.data;
  if (event.origin !== base.origin || !data || data.type !== RESIZE || !Number.isFinite(data.height)) return;
  for (const frame of frames()) {
    if (frame.contentWindow === event.source) {
      frame.style.height = `${Math.min(Math.max(Math.ceil(data.height), 0), 100000)}px`;
    }
  }
});

const section = document.querySelector('[data-adoptieplanner]');
if (section && !section.shadowRoot) {
  const shadow = section.attachShadow({ mode: 'open' });
  const style = document.createElement('link');
  style.rel = 'stylesheet';
  style.href = new URL(CSS, base).href;
  const root = document.createElement('div');
  root.className = 'ap-root';
  root.setAttribute('data-ap-mount', '');
  shadow.append(style, root);
  section.dataset.apBase = base.pathname;
  await new Promise((done) => { style.onload = done; style.onerror = done; });
  // The bundle that carries the part (the same choice as Bundle::of_part).
  const part = (section.dataset.adoptieplanner || '').trim().replace(/^\/+|\/+$/g, '');
  const bundle = BUNDLES[['roi', 'planning', 'start'].includes(part) ? part : 'guide'];
  const { default: init } = await import(new URL(bundle.js, base).href);
  await init({ module_or_path: new URL(bundle.wasm, base) });
}

// Runs in <head>, before the page paints.
//
// 1. An address whose ?lang= asks for the other language than its page gets that language's page:
//    /roi?lang=en goes to /en/roi, /en/about?lang=nl to /over, /gids/directie?lang=en to
//    /en/guide/board. Without ?lang=, the language chosen on an earlier visit (kept in this browser)
//    decides the same way, so a Dutch address never shows Dutch first and then switches.
// 2. A page that arrived as finished HTML shows the example figures; when the address carries a
//    calculation of its own (?s=), or this browser keeps the visitor's work, those must not be taken
//    for it, so the page shows "loading" until the app has applied it (it then removes
//    data-prerendered, which ends these rules).
(function () {
  var root = document.documentElement;
  var base = root.getAttribute('data-base') || '';
  var query = new URLSearchParams(window.location.search);
  var known = function (code) {
    code = (code || '').toLowerCase().slice(0, 2);
    return code === 'nl' || code === 'en' ? code : '';
  };
  var stored = '';
  try {
    stored = known(window.localStorage.getItem('adoptieplanner.lang'));
  } catch (e) {
    // Storage switched off: only the address decides.
  }
  // In a host page's frame the host chooses the language, not the visitor's earlier choice.
  var framed = ['1', 'true', 'ja', 'yes'].indexOf(query.get('embed') || '') >= 0;
  var path = window.location.pathname;
  if (base && path.indexOf(base) === 0) path = path.slice(base.length) || '/';
  path = path.replace(/\/+$/, '') || '/';
  var english = path === '/en' || path.indexOf('/en/') === 0;
  var inner = english ? (path.slice(3) || '/') : path;
  // As the app decides (src/ui/i18n.rs, provide_i18n): ?lang=, else the /en prefix, else the stored
  // choice.
  var wanted = known(query.get('lang')) || (english ? 'en' : '') || (framed ? '' : stored);
  // Each page's first path word in Dutch and in English (the app's Page::segment_in;
  // tests/early_script.rs checks that the two lists agree). Either word finds the page, as in the
  // app, so an older English address (/en/gids/board) works too.
  var pages = [['', ''], ['gids', 'guide'], ['roi', 'roi'], ['planning', 'planning'], ['over', 'about']];
  // A guide group's page in Dutch and in English (tests/early_script.rs checks these pairs against
  // content/guide.toml).
  var groups = [['directie', 'board'], ['middenmanagement', 'managers'], ['medewerkers', 'staff'], ['marketing-seo', 'marketing-seo']];
  var shown = root.getAttribute('lang') === 'en' ? 'en' : 'nl';
  var side = wanted === 'en' ? 1 : 0;
  var find = function (list, word) {
    for (var i = 0; i < list.length; i++) {
      if (list[i][0] === word || list[i][1] === word) return list[i][side];
    }
    return null;
  };
  var target = null;
  if (wanted && wanted !== shown) {
    var words = inner.split('/').slice(1);
    var first = find(pages, words[0]);
    var slug = words.length === 2 && first === pages[1][side] ? find(groups, words[1]) : null;
    var prefix = wanted === 'en' ? '/en' : '';
    if (first !== null && words.length === 1) {
      target = first ? prefix + '/' + first : prefix || '/';
    } else if (slug) {
      target = prefix + '/' + first + '/' + slug;
    }
  }
  if (target !== null) {
    window.location.replace(base + target + window.location.search + window.location.hash);
    return;
  }
  // The same for the work kept in this browser (src/ui/work.rs), which the calculator and the schedule
  // open with when the address has no ?s=; the default state writes as the bare version ("v3"), which
  // the example figures already show.
  var work = '';
  try {
    work = window.localStorage.getItem('adoptieplanner.werk') || '';
  } catch (e) {
    // Storage switched off: nothing kept.
  }
  var figures = inner === '/roi' || inner === '/planning';
  if (query.has('s') || (figures && /_/.test(work))) root.classList.add('ap-link-pending');
  // 3. In a host page's frame (?embed=1) the page's own header and footer stay out of sight from
  //    the first paint, as the app leaves them out (src/domain/web/embed.rs reads the same values).
  if (framed) root.classList.add('embedded');
  // 4. Until the app has taken over, a form in the page's HTML (saving a scenario) must not be sent
  //    the browser's way: that would load the page again and lose what the reader typed. Enter or
  //    the button does nothing until then; what was typed stays and is carried over.
  document.addEventListener('submit', function (event) {
    if (root.hasAttribute('data-prerendered')) event.preventDefault();
  }, true);
})();

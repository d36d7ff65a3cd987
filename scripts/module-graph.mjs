// The module graph of src/: one node per file, an edge for every path a file names in another
// file (`use crate::…`, `use super::…`, and paths written out in the code). Fails when the graph
// has a cycle, or when the domain names the UI. Run by `make lint`.
//
// A path that ends at a re-export (`pub use child::Item` in a mod.rs) is followed to the file
// that defines the item, so a parent's re-exports do not count as the child depending on its
// parent. Test modules (`#[cfg(test)] mod tests { … }` at the end of a file) are left out: a test
// may use anything.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

// The folder to read: `src/`, or another one given as the first argument (the check's own test
// reads a small crate with a cycle and a domain that names the UI, and must fail on it).
const arg = process.argv.slice(2).find((a) => !a.startsWith('--'));
const ROOT = arg ? `${arg.replace(/\/$/, '')}/` : new URL('../src/', import.meta.url).pathname;

function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.rs') ? [p] : [];
  });
}

/** `src/domain/roi/model.rs` → `domain::roi::model`; `mod.rs` is its folder; lib.rs the crate. */
function moduleOf(file) {
  const rel = relative(ROOT, file).replace(/\.rs$/, '').split('/');
  if (rel[rel.length - 1] === 'mod') rel.pop();
  if (rel.length === 1 && (rel[0] === 'lib' || rel[0] === 'main')) return rel[0] === 'lib' ? '' : 'main';
  if (rel[0] === 'bin') return `bin::${rel.slice(1).join('::')}`;
  return rel.join('::');
}

/** The code without comments, strings and the trailing test module. */
function code(text) {
  let s = text.replace(/\/\/[^\n]*/g, '').replace(/\/\*[\s\S]*?\*\//g, '');
  s = s.replace(/"(?:[^"\\]|\\.)*"/g, '""');
  const test = s.search(/#\[cfg\((?:all\()?test[^\n]*\n\s*mod \w+/);
  return test >= 0 ? s.slice(0, test) : s;
}

const modules = new Map();
for (const f of files(ROOT)) modules.set(moduleOf(f), code(readFileSync(f, 'utf8')));

/** Re-exports of each module: name → the path it stands for. */
const reexports = new Map();
for (const [m, text] of modules) {
  const map = new Map();
  for (const [, body] of text.matchAll(/pub use ([^;]+);/g)) {
    for (const path of expand(body.replace(/\s+/g, ''))) {
      const name = path.split('::').pop();
      map.set(name, absolute(m, path));
    }
  }
  reexports.set(m, map);
}

/** `a::{b, c::{d, e}}` → `a::b`, `a::c::d`, `a::c::e`. */
function expand(tree) {
  const open = tree.indexOf('{');
  if (open < 0) return [tree.replace(/ as \w+$/, '')];
  const prefix = tree.slice(0, open);
  const inner = tree.slice(open + 1, tree.lastIndexOf('}'));
  const parts = [];
  let depth = 0; let start = 0;
  for (let i = 0; i < inner.length; i++) {
    if (inner[i] === '{') depth++;
    else if (inner[i] === '}') depth--;
    else if (inner[i] === ',' && depth === 0) { parts.push(inner.slice(start, i)); start = i + 1; }
  }
  parts.push(inner.slice(start));
  return parts.filter(Boolean).flatMap((p) => expand(prefix + p));
}

/** A path as written in module `m`, made absolute (without `crate::`). */
function absolute(m, path) {
  let segs = path.split('::');
  let base = m ? m.split('::') : [];
  if (segs[0] === 'crate') return segs.slice(1).join('::');
  if (segs[0] === 'self') return [...base, ...segs.slice(1)].join('::');
  while (segs[0] === 'super') { base = base.slice(0, -1); segs = segs.slice(1); }
  if (path.startsWith('super::')) return [...base, ...segs].join('::');
  // A bare path names a child module (`kit::anchor`) when there is one.
  if (modules.has([...base, segs[0]].join('::'))) return [...base, ...segs].join('::');
  return null;
}

/** The file a path ends in: the deepest module it names, following re-exports. */
function target(path, seen = 0) {
  const segs = path.split('::');
  for (let n = segs.length; n > 0; n--) {
    const m = segs.slice(0, n).join('::');
    if (!modules.has(m)) continue;
    const item = segs[n];
    const via = item && reexports.get(m)?.get(item);
    if (via && seen < 8) return target([via, ...segs.slice(n + 1)].join('::'), seen + 1);
    return m;
  }
  return null;
}

const edges = new Map();
for (const [m, text] of modules) {
  const out = new Set();
  const paths = [];
  for (const [, body] of text.matchAll(/\buse ([^;]+);/g)) paths.push(...expand(body.replace(/\s+/g, '')));
  for (const [p] of text.matchAll(/\b(?:crate|super)(?:::\w+)+/g)) paths.push(p);
  for (const p of paths) {
    const abs = absolute(m, p.replace(/::\*$/, ''));
    if (abs === null) continue;
    const t = target(abs);
    if (t !== null && t !== m && !t.startsWith('bin::')) out.add(t);
  }
  edges.set(m, out);
}

// Cycles: strongly connected components with more than one module (Tarjan).
let index = 0; const stack = []; const idx = new Map(); const low = new Map(); const on = new Set(); const cycles = [];
function visit(v) {
  idx.set(v, index); low.set(v, index); index++; stack.push(v); on.add(v);
  for (const w of edges.get(v) ?? []) {
    if (!edges.has(w)) continue;
    if (!idx.has(w)) { visit(w); low.set(v, Math.min(low.get(v), low.get(w))); }
    else if (on.has(w)) low.set(v, Math.min(low.get(v), idx.get(w)));
  }
  if (low.get(v) === idx.get(v)) {
    const scc = [];
    let w;
    do { w = stack.pop(); on.delete(w); scc.push(w); } while (w !== v);
    if (scc.length > 1) cycles.push(scc.sort());
  }
}
for (const v of edges.keys()) if (!idx.has(v)) visit(v);

const upward = [];
for (const [m, out] of edges) {
  for (const t of out) if (m.startsWith('domain') && t.startsWith('ui')) upward.push(`${m} → ${t}`);
}

if (process.argv.includes('--print')) {
  for (const [m, out] of [...edges].sort()) console.log(`${m || 'crate'} → ${[...out].sort().join(', ')}`);
}
for (const c of cycles) {
  console.log(`cycle: ${c.join(' ⇄ ')}`);
  for (const a of c) for (const b of edges.get(a)) if (c.includes(b)) console.log(`    ${a} → ${b}`);
}
for (const u of upward) console.log(`the domain names the UI: ${u}`);
if (cycles.length || upward.length) {
  console.log(`\nmodule graph: ${cycles.length} cycle(s), ${upward.length} upward import(s)`);
  process.exit(1);
}
console.log(`module graph: ${modules.size} modules, no cycles, the domain never names the UI`);

// One browser bundle built with the given Cargo features, bound and optimised as Trunk does
// (wasm-bindgen for the web, wasm-opt -Oz): its JS glue and its wasm. Used by the post-build hook
// for the bundles Trunk does not build, and by `make bench` to measure what a feature adds.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export function buildBundle(features) {
  const messages = execFileSync('cargo', ['build', '--release', '--offline', '--target', 'wasm32-unknown-unknown', '--bin', 'adoptieplanner',
    '--no-default-features', '--features', features, '--message-format=json'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 1 << 28 });
  const artifact = messages.split('\n').filter((l) => l.startsWith('{')).map((l) => JSON.parse(l))
    .find((m) => m.reason === 'compiler-artifact' && m.target?.name === 'adoptieplanner' && m.target.kind.includes('bin'));
  const wasmIn = artifact?.filenames?.find((f) => f.endsWith('.wasm'));
  if (!wasmIn) throw new Error(`cargo did not report the wasm of the build with ${features}`);
  const out = mkdtempSync(join(tmpdir(), 'bundle-'));
  try {
    execFileSync('wasm-bindgen', ['--target', 'web', '--no-typescript', '--out-dir', out, '--out-name', 'app', wasmIn], { stdio: 'inherit' });
    execFileSync('wasm-opt', ['-Oz', join(out, 'app_bg.wasm'), '-o', join(out, 'app_bg.wasm')], { stdio: 'inherit' });
    return { js: readFileSync(join(out, 'app.js'), 'utf8'), wasm: readFileSync(join(out, 'app_bg.wasm')) };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

# AI-adoptieplanner: one entry point. `make run` serves the app, `make test` runs every check.
# Both install what is missing first (see scripts/setup.sh).

SHELL := /bin/bash
export PATH := $(HOME)/.cargo/bin:$(CURDIR)/node_modules/.bin:$(PATH)
export CHROMEDRIVER ?= /usr/bin/chromedriver
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD := 1
WASM := --target wasm32-unknown-unknown

PUBLIC_URL ?= /
# The site's own address, for canonical links, the sitemap and link previews (see README, Embedding).
SITE_URL ?= http://127.0.0.1:8080
export SITE_URL

.PHONY: run test bench build dist setup setup-test lint unit wasm-test e2e clean

## Serve the release build on http://127.0.0.1:8080, as a static host would: each page's own HTML,
## the bare 404.html elsewhere, compressed, with the strict CSP header
run: setup
	trunk build --release --offline
	COMPRESS=1 PORT=8080 node tests/e2e/serve.mjs dist

## Every check CI runs: format, lint, native tests, browser component tests, release build, end-to-end
test: setup-test lint unit wasm-test build e2e

## ROI engine timing (criterion), first-load sizes, timings in headless Chromium and Lighthouse;
## fails when a budget is missed (after printing every figure)
bench: setup-test build
	cargo bench --bench roi -- --noplot
	status=0; node scripts/bench.mjs || status=1; node scripts/lighthouse.mjs || status=1; exit $$status

setup:
	@scripts/setup.sh build

setup-test:
	@scripts/setup.sh test

lint:
	cargo fmt --check
	cargo clippy --all-targets -- -D warnings
	cargo clippy --all-targets $(WASM) -- -D warnings
	cargo clippy --offline --features ssr --bin prerender -- -D warnings
	node scripts/module-graph.mjs
	@# The check itself: a small crate with a cycle and a domain that names the UI must fail it.
	@node scripts/module-graph.mjs tests/fixtures/module-graph/src | grep -q '1 cycle(s), 1 upward import(s)' \
		|| { echo 'scripts/module-graph.mjs missed the cycle or the upward import in tests/fixtures/module-graph'; exit 1; }

unit:
	cargo test

wasm-test:
	cargo test $(WASM) --test components

## The release build in dist/, plus the same build for a sub-path (dist-subpath/) that the tests serve
build:
	trunk build --release --offline
	trunk build --release --offline --public-url /tools/ai-planner/ --dist dist-subpath

## Static files to deploy, e.g. `make dist PUBLIC_URL=/tools/ai-planner/`; they end up in dist/
dist: setup
	trunk build --release --offline --public-url $(PUBLIC_URL)

e2e:
	playwright test

clean:
	cargo clean
	rm -rf dist dist-subpath test-results playwright-report

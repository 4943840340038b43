# Storyline. `make run` starts the app; `make test` runs every test.
# Both install what they need on a fresh Debian machine with Go and Node.

SHELL := /bin/bash
GO    ?= go
NPM   ?= npm
ADDR  ?= 127.0.0.1:8080
DB    ?= ./data/storyline.db

export CGO_ENABLED := 1
# FTS5 (full-text search of events) is compiled into mattn/go-sqlite3 only with this tag.
export GOFLAGS := -tags=sqlite_fts5

.PHONY: run test bench bench-chrono build frontend deps chromium templ templ-check vet gazetteer clean

## run: build the front end and start the server with the demo story on first start
run: frontend
	mkdir -p $(dir $(DB))
	$(GO) run ./cmd/web -addr $(ADDR) -db $(DB)

## test: every test: front-end unit tests, templ drift, vet, Go tests (corpora and browser included)
test: frontend chromium templ-check
	$(NPM) test
	$(GO) vet ./...
	$(GO) test -count=1 ./...

## bench: the benchmarks (MB/s for the tagger, geoparser and pipeline; ops/s for storage and HTTP)
bench: frontend
	$(GO) test -run '^$$' -bench . -benchmem ./...

## bench-chrono: storyline tag against chrono-node (installed with npm into a temporary folder), whole processes on the same texts
bench-chrono:
	scripts/bench-chrono.sh 3

## build: the two binaries in ./bin
build: frontend
	$(GO) build -o bin/ ./cmd/web ./cmd/storyline

node_modules/.installed: package.json package-lock.json
	$(NPM) ci --no-audit --no-fund
	touch $@

deps: node_modules/.installed

frontend: node_modules/.installed
	$(NPM) run build

# Browser tests drive Debian's chromium; install it when it is missing.
chromium:
	@if ! command -v chromium >/dev/null 2>&1; then \
		echo "installing Debian's chromium for the browser tests"; \
		SUDO=; [ "$$(id -u)" = 0 ] || SUDO=sudo; \
		$$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq chromium >/dev/null; \
	fi

## templ: regenerate the Go code of the templ components (from the repo root, as the drift check does)
templ:
	$(GO) tool templ generate

# The generated code is committed: fail when it differs from what the .templ files give.
templ-check:
	@tmp=$$(mktemp -d) && trap 'rm -rf "$$tmp"' EXIT && cp -r views "$$tmp/" && \
	$(GO) tool templ generate -path "$$tmp" >/dev/null 2>&1 && \
	if ! diff -r views "$$tmp/views" >/dev/null; then \
		echo "views: generated templ code is out of date; run 'make templ' and commit"; diff -r views "$$tmp/views" | head -20; exit 1; \
	fi

vet:
	$(GO) vet ./...

## gazetteer: derive the compact gazetteer from GeoNames data in ../shared/data
gazetteer:
	$(GO) run ./cmd/gazetteer -src ../shared/data -out timeline/geo/gazetteer.tsv.gz

clean:
	rm -rf bin static/dist/*.js static/dist/*.css node_modules

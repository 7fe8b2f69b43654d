# Two commands matter: `make run` starts the whole service on this machine,
# `make test` runs every check CI runs. Only Go is needed.
SHELL   := /bin/bash
GO      ?= go
BIN     := bin/anonymizer
DATA    ?= ./data
PKGS    := ./...

.PHONY: run build test fmt vet bench loadgen clean

NATS_LISTEN ?= 127.0.0.1:4222

# If another NATS already holds 4222 (a system nats-server), run the embedded
# one on 4223 and say so, rather than fail the quick start.
run: build
	@listen=$${ANONYMIZER_NATS_LISTEN:-$(NATS_LISTEN)}; \
	if [ -z "$$ANONYMIZER_NATS_URL" ] && [ "$$listen" = 127.0.0.1:4222 ] && \
	   (exec 3<>/dev/tcp/127.0.0.1/4222) 2>/dev/null; then \
		listen=127.0.0.1:4223; \
		echo "make run: 127.0.0.1:4222 is taken by another NATS; the embedded one listens on $$listen" >&2; \
		echo "make run: publish with: $(BIN) publish --nats-url nats://$$listen FILE.jsonl" >&2; \
	fi; \
	exec $(BIN) serve --data-dir $(DATA) --nats-listen $$listen

build:
	$(GO) build -o $(BIN) ./cmd/anonymizer

test:
	@unformatted="$$(gofmt -l .)"; \
	if [ -n "$$unformatted" ]; then echo "gofmt needed:"; echo "$$unformatted"; exit 1; fi
	$(GO) vet $(PKGS)
	$(GO) test -race -count=1 -timeout 10m $(PKGS)
	@[ -n "$$ANONYMIZER_TEST_POSTGRES" ] || echo "make test: PostgreSQL tests not run (set ANONYMIZER_TEST_POSTGRES, see README)"
	@[ -n "$$ANONYMIZER_TEST_NATS_URL" ] || echo "make test: tests against an external NATS not run (set ANONYMIZER_TEST_NATS_URL, see README)"
	@[ -n "$$ANONYMIZER_TEST_CHROMIUM" ] || [ -x /usr/bin/chromium ] || [ -x /usr/bin/chromium-browser ] || echo "make test: dashboard browser test not run (no chromium; set ANONYMIZER_TEST_CHROMIUM, see README)"

fmt:
	gofmt -w .

vet:
	$(GO) vet $(PKGS)

# Short in-process benchmarks (masking, decoding).
bench:
	$(GO) test -run '^$$' -bench . -benchtime 2s ./detectors/ ./pipeline/

# End-to-end load against a running `make run` (see benchmarks/README.md).
loadgen:
	$(GO) run ./benchmarks/loadgen -n 200000 -rate 0

clean:
	rm -rf bin

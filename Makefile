# Two commands matter: `make run` starts the whole service on this machine,
# `make test` runs every check CI runs. Only Go is needed.
GO      ?= go
BIN     := bin/anonymizer
DATA    ?= ./data
PKGS    := ./...

.PHONY: run build test fmt vet bench loadgen clean

run: build
	$(BIN) serve --data-dir $(DATA)

build:
	$(GO) build -o $(BIN) ./cmd/anonymizer

test:
	@unformatted="$$(gofmt -l .)"; \
	if [ -n "$$unformatted" ]; then echo "gofmt needed:"; echo "$$unformatted"; exit 1; fi
	$(GO) vet $(PKGS)
	$(GO) test -race -count=1 -timeout 10m $(PKGS)

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

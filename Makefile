# Two commands do all the set-up on a fresh machine:
#   make run   - install, then extract every release in corpus/ to out/corpus.jsonl
#   make test  - install with the test extras and a browser (Debian's chromium and
#                chromium-driver, for the review page), then lint, type-check and test
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: run test install install-test browser eval bench bench-batch bench-hostile fuzz properties peers clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

install: $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .

install-test: $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test]'

run: install
	mkdir -p out
	$(BIN)/extractor extract corpus -o out/corpus.jsonl
	@echo "records: out/corpus.jsonl (one JSON line per release)"

# The review page is tested in a real browser. apt-get needs root (or sudo); an
# `apt-get update` only when the package lists are too old to find the packages.
browser:
	@command -v chromium >/dev/null && command -v chromedriver >/dev/null || { \
	  SUDO=$$( [ "$$(id -u)" -eq 0 ] || echo sudo ); \
	  export DEBIAN_FRONTEND=noninteractive; \
	  $$SUDO apt-get install -y -q chromium chromium-driver >/dev/null || \
	  { $$SUDO apt-get update -q >/dev/null && \
	    $$SUDO apt-get install -y -q chromium chromium-driver >/dev/null; }; }

test: install-test browser
	$(BIN)/ruff check extractor tests benchmarks
	$(BIN)/ruff format --check extractor tests benchmarks
	$(BIN)/mypy
	$(BIN)/python -m pytest -q

eval: install
	$(BIN)/extractor eval corpus

bench: install
	$(BIN)/python benchmarks/throughput.py

bench-batch: install
	cd benchmarks && ../$(BIN)/python batch.py --docs 1000 --memory 1000,20000 --unique

bench-hostile: install
	$(BIN)/python benchmarks/hostile.py

fuzz: install
	$(BIN)/python -m pip install --quiet atheris
	mkdir -p out/fuzz
	$(BIN)/python fuzz/fuzz_extract.py --seed -max_total_time=1800 -max_len=20000 -timeout=30 out/fuzz

properties: install-test
	PROPERTY_RANDOM=1 PROPERTY_EXAMPLES=5000 $(BIN)/python -m pytest -q tests/test_properties.py tests/test_fuzz_properties.py tests/test_tokenizer.py tests/test_rules.py

peers: $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[peers]'
	$(BIN)/python benchmarks/peers.py

clean:
	rm -rf $(VENV) out build *.egg-info

# The two commands of the README: `make demo` and `make test`. Both install what is missing first.
SWIFT ?= swift
DB ?= claimgraph.sqlite
CLAIMGRAPH = .build/release/claimgraph

.PHONY: setup build demo test extract-score bench

setup:
	@scripts/setup.sh

build: setup
	$(SWIFT) build -c release --product claimgraph

# Ingest the bundled corpus into ./claimgraph.sqlite and ask the first question:
# which papers report on ImageNet, on COCO and on GLUE (its member tasks included).
demo: build
	$(CLAIMGRAPH) ingest --db $(DB) --format table
	$(CLAIMGRAPH) stats --db $(DB) --format table
	@for dataset in ImageNet COCO GLUE; do \
		echo; echo "== papers reporting on $$dataset =="; \
		$(CLAIMGRAPH) papers --db $(DB) --dataset $$dataset --format table || exit 1; \
	done

test: setup
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

# Score the extractor on the annotated dev papers.
extract-score: build
	$(CLAIMGRAPH) extract ../shared/gold/dev.papers.jsonl > /tmp/claimgraph-dev.pred.jsonl
	../shared/tools/score-extraction ../shared/gold/dev.gold.jsonl /tmp/claimgraph-dev.pred.jsonl

# The two commands a newcomer needs: `make run` and `make test`.
UV := ./scripts/uv

.PHONY: run test lint demo bench

run:  ## install and start coffeechat on http://127.0.0.1:8000
	$(UV) sync --frozen --no-dev --inexact
	$(UV) run --frozen --no-sync coffeechat serve

test:  ## install what the tests need and run the whole suite
	$(UV) sync --frozen
	./scripts/ensure-test-deps
	$(UV) run --frozen ruff check .
	$(UV) run --frozen ruff format --check .
	$(UV) run --frozen pytest -n 2 $(PYTEST_ARGS)

demo:  ## fill a demo account with a believable job search
	$(UV) sync --frozen --no-dev --inexact
	$(UV) run --frozen --no-sync coffeechat migrate --verbosity 0
	$(UV) run --frozen --no-sync coffeechat demo --reset

bench:  ## page latency benchmark on a power-user account
	$(UV) sync --frozen
	$(UV) run --frozen python bench/pages.py

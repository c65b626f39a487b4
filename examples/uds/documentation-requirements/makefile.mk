# Extracted from docs/uds/documentation-requirements.md:118 by `handbook extract`.
# Edit the page, not this file.
# Project commands for a Poetry project: `make help` lists them.
# Every target is a command, not a file, so all of them are phony.
.DEFAULT_GOAL := help
SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c

PROJECT_NAME ?= $(notdir $(CURDIR))
SRC := src
TESTS := tests
RUN := poetry run

.PHONY: install install-dev setup-db \
	test test-unit test-integration test-performance test-load test-coverage test-watch \
	lint format type-check complexity-check \
	security-scan check-secrets audit-dependencies \
	check-hardcoded check-facades \
	profile memory-profile benchmark \
	docs-generate docs-serve docs-check \
	db-migrate db-rollback db-reset db-backup \
	build deploy-staging deploy-prod \
	validate-all pre-commit-all \
	health-check logs metrics \
	clean clean-all info env-info help

##@ Setup
install: ## Install the locked dependencies and the Git hooks
	poetry install
	$(RUN) pre-commit install

install-dev: ## Install with the dev and test groups
	poetry install --with dev,test
	$(RUN) pre-commit install

setup-db: ## Create the development database and migrate it
	createdb $(PROJECT_NAME)_dev || echo "database $(PROJECT_NAME)_dev exists already"
	$(RUN) alembic upgrade head

##@ Testing
test: ## Run the whole suite
	$(RUN) pytest $(TESTS)/ -v

test-unit: ## Unit tests only
	$(RUN) pytest -v -m "not integration and not performance" $(TESTS)/unit/

test-integration: ## Integration tests
	$(RUN) pytest $(TESTS)/integration/ -v -m integration

test-performance: ## Performance tests, slowest ten listed
	$(RUN) pytest -v --durations=10 -m performance $(TESTS)/performance/

test-load: ## Load tests
	$(RUN) pytest $(TESTS)/load/ -v -m load

test-coverage: ## Tests with coverage; fails under 80%
	$(RUN) pytest --cov=$(SRC) --cov-fail-under=80 --cov-report=term-missing --cov-report=html

test-watch: ## Rerun the tests on every change
	$(RUN) ptw $(TESTS)/ $(SRC)/ --ignore=.git

##@ Code quality
lint: ## Lint and type-check
	$(RUN) ruff check $(SRC)/ $(TESTS)/
	$(RUN) mypy --strict --no-error-summary $(SRC)/

format: ## Format and apply lint fixes
	$(RUN) ruff check --fix $(SRC)/ $(TESTS)/
	$(RUN) black $(SRC)/ $(TESTS)/

type-check: ## mypy in strict mode
	$(RUN) mypy --strict $(SRC)/

complexity-check: ## Cyclomatic complexity and maintainability index
	$(RUN) radon cc -a -nc $(SRC)/
	$(RUN) radon mi -nc $(SRC)/

##@ Security
security-scan: ## Dependency, code and pattern scans
	$(RUN) pip-audit
	$(RUN) bandit -f json -r $(SRC)/
	$(RUN) semgrep --config=auto $(SRC)/

check-secrets: ## Fail if a line assigns a literal to a secret-looking name
	@echo "Checking for hardcoded secrets..."
	@! grep -rnE '(password|secret|token|api_key)[A-Za-z_]*[[:space:]]*=[[:space:]]*["'\'']' \
		$(SRC)/ --include='*.py'
	@echo "no hardcoded secrets"

audit-dependencies: ## Known vulnerabilities in the locked dependencies
	poetry check --lock
	$(RUN) pip-audit

##@ Anti-deception
check-hardcoded: ## Fail on literal confidence scores and TODO/FIXME/HACK markers
	@echo "Checking for hardcoded values..."
	@! grep -rnE '0\.9[0-9]' $(SRC)/ --include='*.py'
	@! grep -rnE 'TODO|FIXME|HACK' $(SRC)/ --include='*.py'
	@echo "no hardcoded scores or markers"

check-facades: ## Fail on JavaScript in src/ and on mocks in production code
	@test -z "$$(find $(SRC)/ -name '*.js' -o -name '*.ts')" || \
		{ echo "JavaScript or TypeScript found in $(SRC)/"; exit 1; }
	@! grep -rlis 'mock' $(SRC)/ --include='*.py'
	@echo "no facades"

##@ Performance
profile: ## Profile the entry point, top 20 by cumulative time
	$(RUN) python -m cProfile -o .profile.out $(SRC)/main.py
	$(RUN) python -c "from pstats import Stats; Stats('.profile.out').sort_stats('cumtime').print_stats(20)"

memory-profile: ## Memory over time
	$(RUN) mprof run --output .mprofile.dat $(SRC)/main.py
	$(RUN) mprof plot .mprofile.dat

benchmark: ## The benchmark script
	$(RUN) python scripts/benchmark.py

##@ Documentation
docs-generate: ## Build the HTML documentation
	$(RUN) sphinx-build -M html docs/ docs/_build/

docs-serve: ## Serve the built documentation on port 8080
	$(RUN) python -m http.server --directory docs/_build/html 8080

docs-check: ## Check the documentation's links
	$(RUN) sphinx-build -M linkcheck docs/ docs/_build/

##@ Database
db-migrate: ## Apply every pending migration
	$(RUN) alembic upgrade head

db-rollback: ## Undo the last migration
	$(RUN) alembic downgrade -1

db-reset: ## Recreate the development database
	dropdb --if-exists $(PROJECT_NAME)_dev
	createdb $(PROJECT_NAME)_dev
	$(RUN) alembic upgrade head

db-backup: ## Dump the development database to backups/
	mkdir -p backups
	pg_dump $(PROJECT_NAME)_dev > backups/backup_$$(date -u +%Y%m%d_%H%M%S).sql

##@ Deployment
build: ## Build the container image
	docker build -t $(PROJECT_NAME):latest .

deploy-staging: ## Start the staging stack
	docker compose -f docker-compose.staging.yml up --detach

deploy-prod: ## Start the production stack, after a typed confirmation
	@read -r -p "Type yes to deploy to production: " confirm && [ "$$confirm" = "yes" ]
	docker compose -f docker-compose.prod.yml up --detach

##@ Validation
validate-all: lint type-check security-scan test-coverage check-hardcoded check-facades ## Every check
	@echo "all validation checks passed"

pre-commit-all: ## Run every hook on every file
	$(RUN) pre-commit run --all-files

##@ Monitoring
health-check: ## Ask the local service for its health
	curl -fsS http://localhost:8000/health

logs: ## Follow today's log file
	tail -f logs/app_$$(date -u +%Y-%m-%d).log

metrics: ## Show the application's metrics
	$(RUN) python scripts/show_metrics.py

##@ Cleanup
clean: ## Remove caches and build output
	rm -rf .coverage .mypy_cache/ .pytest_cache htmlcov/ build/ dist/ *.egg-info/
	find . -type d -name __pycache__ -prune -exec rm -rf {} +
	find . -type f -name '*.pyc' -delete

clean-all: clean ## Also prune Docker's unused images and volumes
	docker system prune -f
	docker volume prune -f

##@ Information
info: ## Versions and the environment's location
	@poetry --version
	@$(RUN) python --version
	@poetry env info --path
	@poetry show --tree | head -n 10

env-info: ## Names (not values) of the configuration variables that are set
	@env | awk -F= '/^(DATABASE|API|SECRET)/ {print $$1}' | sort

help: ## List the targets with their descriptions
	@awk 'BEGIN {FS = ":.*## "} \
		/^##@/ {printf "\n%s\n", substr($$0, 5)} \
		/^[a-z][a-z-]*:.*## / {printf "  %-20s %s\n", $$1, $$2}' $(MAKEFILE_LIST)

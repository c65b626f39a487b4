# Extracted from docs/pds/core-stack.md:530 by `handbook extract`.
# Edit the page, not this file.
import nox

nox.options.default_venv_backend = "uv"

# Keep in step with requires-python and with the releases that still get security fixes.
PYTHONS = ["3.12", "3.13", "3.14"]


@nox.session(python=PYTHONS)
def tests(session: nox.Session) -> None:
    """Run the test suite on one interpreter of the matrix."""
    session.install(".", "pytest")
    session.run("pytest", *session.posargs)


@nox.session
def lint(session: nox.Session) -> None:
    """Lint and check formatting once, on the default interpreter."""
    session.install("ruff")
    session.run("ruff", "check", ".")
    session.run("ruff", "format", "--check", ".")


@nox.session(default=False)
def docs(session: nox.Session) -> None:
    """Build the documentation; run it explicitly with `nox -s docs`."""
    session.install("mkdocs-material")
    session.run("mkdocs", "build", "--strict")

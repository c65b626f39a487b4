"""Lighthouse's scores for the handbook, served the way GitHub Pages serves it.

    npm ci --prefix benchmarks/lighthouse      # once: Lighthouse 12.2.3, pinned
    uv run python benchmarks/lighthouse.py [--site DIR] [--output DIR]
        [--page PATH ...] [--form-factor mobile|desktop ...] [--chrome PATH]
        [--raw DIR]

Builds the site strictly (or takes the built ``--site``), serves it on 127.0.0.1 under
a mike-like ``/latest/`` folder with what GitHub Pages adds (gzip for text, the same
``Cache-Control: max-age=600``, ETags, the site's ``404.html`` for a missing path),
runs Lighthouse with chromium on each page in the mobile and desktop presets (each
with Lighthouse's own simulated throttling), and writes ``lighthouse.md`` and
``lighthouse.json`` to ``--output`` (``benchmarks/`` by default): the four category
scores per page and form factor, and, for every category under 100, the ids of its
failing audits (a pass/fail audit that failed, or a scored one under 0.9, Lighthouse's
own threshold for "passed"). A run that leaves a category unscored is made again.

chromium is Debian's ``/usr/bin/chromium`` unless ``--chrome`` or ``CHROME_PATH``
names another; it runs headless, without a sandbox, and asks nothing of the network.
"""

from __future__ import annotations

import argparse
import email.utils
import gzip
import hashlib
import json
import mimetypes
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
from collections.abc import Generator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import cast
from urllib.parse import unquote, urlsplit

from report import between

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
LIGHTHOUSE = HERE / "lighthouse" / "node_modules" / ".bin" / "lighthouse"
LIGHTHOUSE_VERSION = "12.2.3"
DEFAULT_CHROME = "/usr/bin/chromium"
CHROME_FLAGS = (
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
)
VERSION = "latest"
"""The folder the site is served from, as mike publishes the default version."""
CATEGORIES = ("performance", "accessibility", "best-practices", "seo")
FORM_FACTORS = ("mobile", "desktop")
PAGES = (
    "",
    "pds/type-checking/",
    "uds/testing/",
    "sdp/resilience/",
    "ppp/type-safety/",
    "dpg/creational/",
    "rules/",
    "sources/",
    "conflicts/",
    "uds/data-quality/",
)
"""The home page, one chapter of each part, the generated pages, the notebook page."""
CACHE_CONTROL = "max-age=600"
"""What GitHub Pages sends with every file."""
COMPRESSIBLE = (
    "text/",
    "application/javascript",
    "application/json",
    "application/xml",
    "image/svg+xml",
)
PASS = 0.9
"""Lighthouse shows a scored audit as passed from this score up."""
RUN_TIMEOUT_S = 600
ATTEMPTS = 3
"""Runs of one page and form factor, at most, until every category has a score."""
INSTALL = "run `npm ci --prefix benchmarks/lighthouse`"
QUIET = {"NO_MKDOCS_2_WARNING": "1", "DISABLE_MKDOCS_2_WARNING": "true"}


# Serving like GitHub Pages --------------------------------------------------------


class PagesHandler(BaseHTTPRequestHandler):
    """Files of `site` under ``/<folder>/``, with GitHub Pages' headers and 404 page."""

    site: Path
    folder: str
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        """Say nothing: Lighthouse makes hundreds of requests."""

    def do_GET(self) -> None:
        """Answer with the file, a redirect, or the site's 404 page."""
        self._answer(body=True)

    def do_HEAD(self) -> None:
        """Like GET, without the body."""
        self._answer(body=False)

    def _answer(self, *, body: bool) -> None:
        path = unquote(urlsplit(self.path).path)
        prefix = f"/{self.folder}/"
        if path in {"/", f"/{self.folder}"}:
            self._redirect(prefix)
            return
        if path == "/versions.json":
            self._send_bytes(self.versions(), "application/json", body=body)
            return
        if not path.startswith(prefix) or "/../" in f"{path}/":
            self._send_file(self.site / "404.html", HTTPStatus.NOT_FOUND, body=body)
            return
        target = self.site / path.removeprefix(prefix)
        if target.is_dir():
            if not path.endswith("/"):
                self._redirect(path + "/")
                return
            target /= "index.html"
        if target.is_file():
            self._send_file(target, HTTPStatus.OK, body=body)
        else:
            self._send_file(self.site / "404.html", HTTPStatus.NOT_FOUND, body=body)

    def _redirect(self, location: str) -> None:
        self.send_response(HTTPStatus.MOVED_PERMANENTLY)
        self.send_header("Location", location)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def versions(self) -> bytes:
        """The list of versions mike keeps at the root: this server's one folder."""
        entry: dict[str, object] = {
            "version": self.folder,
            "title": self.folder,
            "aliases": [],
        }
        return json.dumps([entry]).encode()

    def _send_file(self, path: Path, status: HTTPStatus, *, body: bool) -> None:
        data = path.read_bytes() if path.is_file() else b"Not found\n"
        modified = path.stat().st_mtime if path.is_file() else None
        self._send_bytes(
            data, content_type(path), body=body, status=status, modified=modified
        )

    def _send_bytes(
        self,
        data: bytes,
        kind: str,
        *,
        body: bool,
        status: HTTPStatus = HTTPStatus.OK,
        modified: float | None = None,
    ) -> None:
        tag = '"' + hashlib.sha1(data, usedforsecurity=False).hexdigest()[:16] + '"'
        if status == HTTPStatus.OK and self.headers.get("If-None-Match") == tag:
            self.send_response(HTTPStatus.NOT_MODIFIED)
            self.send_header("ETag", tag)
            self.send_header("Cache-Control", CACHE_CONTROL)
            self.end_headers()
            return
        compress = kind.startswith(COMPRESSIBLE) and "gzip" in self.headers.get(
            "Accept-Encoding", ""
        )
        if compress:
            data = gzip.compress(data, compresslevel=6, mtime=0)
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(data)))
        self.send_header("Cache-Control", CACHE_CONTROL)
        self.send_header("ETag", tag)
        self.send_header("Access-Control-Allow-Origin", "*")
        self.send_header("Vary", "Accept-Encoding")
        if modified is not None:
            stamp = datetime.fromtimestamp(modified, tz=UTC)
            self.send_header("Last-Modified", email.utils.format_datetime(stamp, True))
        if compress:
            self.send_header("Content-Encoding", "gzip")
        self.end_headers()
        if body:
            self.wfile.write(data)


def content_type(path: Path) -> str:
    """The Content-Type GitHub Pages gives a file, with UTF-8 for text."""
    kind = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
    if path.suffix == ".js":
        kind = "application/javascript"
    textual = {"application/javascript", "application/json"}
    if kind.startswith("text/") or kind in textual:
        kind += "; charset=utf-8"
    return kind


class QuietServer(ThreadingHTTPServer):
    """A server that lets a browser hang up mid-answer without printing a traceback."""

    def handle_error(  # noqa: D102  # ThreadingHTTPServer's, quieter
        self,
        request: socket.socket | tuple[bytes, socket.socket],
        client_address: object,
    ) -> None:
        if not isinstance(sys.exception(), ConnectionError):
            super().handle_error(request, client_address)


@contextmanager
def serve_pages(site: Path, folder: str = VERSION) -> Generator[str]:
    """Serve `site` under ``/<folder>/`` on 127.0.0.1; yield the site's URL."""
    handler = type("Handler", (PagesHandler,), {"site": site, "folder": folder})
    httpd = QuietServer(("127.0.0.1", 0), handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}/{folder}/"
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join(timeout=5)


# Running Lighthouse ---------------------------------------------------------------


@dataclass
class Result:
    """One page in one form factor."""

    page: str
    form_factor: str
    url: str
    scores: dict[str, int | None] = field(default_factory=dict[str, int | None])
    failing: dict[str, list[str]] = field(default_factory=dict[str, list[str]])
    error: str | None = None

    def as_json(self) -> dict[str, object]:
        """The result as the JSON report holds it."""
        return {
            "page": self.page,
            "form_factor": self.form_factor,
            "url": self.url,
            "scores": self.scores,
            "failing": self.failing,
            "error": self.error,
        }


@dataclass
class Environment:
    """What the scores were measured with, read from Lighthouse's own report."""

    lighthouse: str = ""
    user_agent: str = ""


def lighthouse_command(url: str, form_factor: str, output: Path) -> list[str]:
    """The Lighthouse command for one page and form factor."""
    command = [
        str(LIGHTHOUSE),
        url,
        "--output=json",
        f"--output-path={output}",
        f"--only-categories={','.join(CATEGORIES)}",
        f"--chrome-flags={' '.join(CHROME_FLAGS)}",
        "--max-wait-for-load=60000",
        "--quiet",
    ]
    if form_factor == "desktop":
        command.append("--preset=desktop")
    else:
        command.append("--form-factor=mobile")
    return command


@dataclass(frozen=True)
class Runner:
    """How Lighthouse runs: with which chromium, and where its own reports go."""

    chrome: str
    reports: Path
    """Lighthouse's full reports, one JSON per page and form factor."""


def run_lighthouse(
    runner: Runner, url: str, page: str, form_factor: str
) -> tuple[Result, Environment]:
    """Run Lighthouse and read its scores and failing audits, again if it must.

    A run with a category left unscored (Lighthouse 12.2 with a newer chromium now and
    then reads no paint from the trace, NO_FCP, and scores no performance) is made
    again, up to `ATTEMPTS` times in all; the last run counts.
    """
    result, environment = run_once(runner, url, page, form_factor)
    for _ in range(ATTEMPTS - 1):
        if result.error is None:
            break
        say(f"  again: {result.error[:100]}")
        result, environment = run_once(runner, url, page, form_factor)
    return result, environment


def run_once(
    runner: Runner, url: str, page: str, form_factor: str
) -> tuple[Result, Environment]:
    """Run Lighthouse once and read its scores and failing audits."""
    result = Result(page=page or "/", form_factor=form_factor, url=url)
    name = (page.strip("/").replace("/", "-") or "home") + f"-{form_factor}.json"
    output = runner.reports / name
    env = {**os.environ, "CHROME_PATH": runner.chrome}
    try:
        done = subprocess.run(  # noqa: S603 - our own command line
            lighthouse_command(url, form_factor, output),
            capture_output=True,
            text=True,
            check=False,
            env=env,
            timeout=RUN_TIMEOUT_S,
        )
    except subprocess.TimeoutExpired:
        result.error = f"Lighthouse took more than {RUN_TIMEOUT_S} s"
        return result, Environment()
    if done.returncode != 0 or not output.is_file():
        tail = (done.stderr or done.stdout).strip().splitlines()[-5:]
        result.error = f"Lighthouse exited with {done.returncode}: " + " | ".join(tail)
        return result, Environment()
    report = cast("dict[str, object]", json.loads(output.read_text(encoding="utf-8")))
    read_report(report, result)
    environment = cast("dict[str, object]", report.get("environment") or {})
    return result, Environment(
        lighthouse=str(report.get("lighthouseVersion", "")),
        user_agent=str(environment.get("hostUserAgent", "")),
    )


def read_report(report: dict[str, object], result: Result) -> None:
    """Fill `result` from one Lighthouse report (its JSON, the "LHR")."""
    if report.get("runtimeError"):
        error = cast("dict[str, object]", report["runtimeError"])
        result.error = f"{error.get('code')}: {error.get('message')}"
    categories = cast("dict[str, dict[str, object]]", report.get("categories") or {})
    audits = cast("dict[str, dict[str, object]]", report.get("audits") or {})
    for name in CATEGORIES:
        category = categories.get(name, {})
        score = category.get("score")
        value = round(float(score) * 100) if isinstance(score, int | float) else None
        result.scores[name] = value
        refs = cast("list[dict[str, object]]", category.get("auditRefs") or [])
        if value is None and result.error is None:
            reasons = (
                audits.get(str(ref.get("id")), {}).get("errorMessage") for ref in refs
            )
            reason = next((str(r) for r in reasons if r), "no reason given")
            result.error = f"{name} has no score: {reason}"
        if value is None or value >= 100:  # noqa: PLR2004 - a percentage
            continue
        failing = [
            str(ref["id"]) for ref in refs if failed(audits.get(str(ref.get("id")), {}))
        ]
        result.failing[name] = failing


def failed(audit: dict[str, object]) -> bool:
    """Whether Lighthouse reports the audit as failed."""
    score = audit.get("score")
    mode = audit.get("scoreDisplayMode")
    if not isinstance(score, int | float):
        return False
    if mode == "binary":
        return score < 1
    return mode in {"numeric", "metricSavings"} and score < PASS


# The report -----------------------------------------------------------------------


def render_markdown(data: dict[str, object]) -> str:
    """``lighthouse.md``: a table of scores, then the failing audits."""
    results = cast("list[dict[str, object]]", data["results"])
    lines = [
        "# Lighthouse",
        "",
        f"Measured {data['measured']} with Lighthouse {data['lighthouse']} in "
        f"{data['browser'] or 'chromium'}, on {data['site']}: the built site served "
        f"on 127.0.0.1 under `/{VERSION}/` with gzip and `Cache-Control: "
        f"{CACHE_CONTROL}`, as GitHub Pages serves it. Each preset uses Lighthouse's "
        "simulated throttling. Written by `benchmarks/lighthouse.py`.",
        "",
        "| page | form factor | performance | accessibility | best practices | SEO |",
        "| --- | --- | ---: | ---: | ---: | ---: |",
    ]
    for result in results:
        scores = cast("dict[str, int | None]", result["scores"])
        cells = [
            "n/a" if scores.get(name) is None else str(scores[name])
            for name in CATEGORIES
        ]
        lines.append(
            f"| `{result['page']}` | {result['form_factor']} | "
            + " | ".join(cells)
            + " |"
        )
    lines.extend(["", "## Failing audits", ""])
    any_failing = False
    for result in results:
        failing = cast("dict[str, list[str]]", result["failing"])
        error = result.get("error")
        if not failing and not error:
            continue
        any_failing = True
        lines.append(f"- `{result['page']}`, {result['form_factor']}:")
        if error:
            lines.append(f"  - error: {error}")
        for name, ids in failing.items():
            listed = ", ".join(f"`{i}`" for i in ids) if ids else "none listed"
            lines.append(f"  - {name}: {listed}")
    if not any_failing:
        lines.append("Every category of every page scored 100.")
    return "\n".join(lines) + "\n"


README_START = "<!-- lighthouse:start -->"
README_END = "<!-- lighthouse:end -->"
TARGETS = {"mobile": 90, "desktop": 95}
"""The performance the reader-experience issue asks for, by form factor."""


def readme_summary(data: dict[str, object]) -> str:
    """The README's table of scores, and how many pages reach the targets.

    Per page: its performance on mobile and on desktop, and the lowest of its other
    categories' scores on either.
    """
    results = cast("list[dict[str, object]]", data["results"])
    by_page: dict[str, dict[str, dict[str, int | None]]] = {}
    for result in results:
        scores = cast("dict[str, int | None]", result["scores"])
        by_page.setdefault(str(result["page"]), {})[str(result["form_factor"])] = scores

    def cell(scores: dict[str, int | None] | None, name: str) -> str:
        value = None if scores is None else scores.get(name)
        return "n/a" if value is None else str(value)

    lines = [
        "| page | performance, mobile | performance, desktop | accessibility, best "
        "practices, SEO (lowest) |",
        "| --- | ---: | ---: | ---: |",
    ]
    for page, factors in by_page.items():
        others = [
            value
            for scores in factors.values()
            for name, value in scores.items()
            if name != "performance" and value is not None
        ]
        lines.append(
            f"| `{page}` | {cell(factors.get('mobile'), 'performance')} | "
            f"{cell(factors.get('desktop'), 'performance')} | "
            f"{min(others) if others else 'n/a'} |"
        )
    reached: list[str] = []
    for form_factor, target in TARGETS.items():
        values = [
            f[form_factor].get("performance")
            for f in by_page.values()
            if form_factor in f
        ]
        met = sum(1 for v in values if v is not None and v >= target)
        reached.append(f"{met} of {len(values)} pages reach {target} on {form_factor}")
    lines.extend(
        [
            "",
            f"Measured {data['measured']} with Lighthouse {data['lighthouse']} "
            f"(simulated throttling); {', '.join(reached)}. Details in "
            "[benchmarks/lighthouse.md](benchmarks/lighthouse.md).",
        ]
    )
    return "\n".join(lines) + "\n"


def update_readme(text: str, data: dict[str, object]) -> str:
    """README.md with the summary between the Lighthouse markers (see `between`)."""
    return between(text, README_START, README_END, readme_summary(data))


def build_site(target: Path) -> None:
    """Build the handbook strictly into `target`."""
    done = subprocess.run(  # noqa: S603 - the running Python's own mkdocs
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-d", str(target)],
        cwd=ROOT,
        env={**os.environ, **QUIET},
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        sys.exit(f"mkdocs build --strict failed:\n{done.stdout}{done.stderr}")


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    """The command line."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--site", type=Path, help="a built site (default: build one)")
    parser.add_argument(
        "--output", type=Path, default=HERE, help="where the report goes"
    )
    parser.add_argument(
        "--page",
        action="append",
        dest="pages",
        help="a page's path in the site, e.g. pds/type-checking/ ('/' for the home "
        "page); repeat it for more (default: the handbook's ten)",
    )
    parser.add_argument(
        "--form-factor",
        action="append",
        choices=FORM_FACTORS,
        dest="form_factors",
        help="mobile or desktop; repeat it for both (default: both)",
    )
    parser.add_argument(
        "--chrome",
        default=os.environ.get("CHROME_PATH", DEFAULT_CHROME),
        help=f"the chromium binary (default: CHROME_PATH, else {DEFAULT_CHROME})",
    )
    parser.add_argument("--raw", type=Path, help="keep Lighthouse's own reports here")
    parser.add_argument(
        "--update-readme",
        action="store_true",
        help="put the summary between the README's lighthouse markers",
    )
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    """Build or take the site, audit each page, write the report; 1 if a run failed."""
    args = parse_args(argv)
    if not LIGHTHOUSE.exists():
        sys.exit(f"no Lighthouse at {LIGHTHOUSE}: {INSTALL}")
    if shutil.which(str(args.chrome)) is None:
        sys.exit(f"no chromium at {args.chrome}: install it or pass --chrome PATH")
    pages = [p.lstrip("/") for p in args.pages] if args.pages else list(PAGES)
    form_factors = args.form_factors or list(FORM_FACTORS)
    if args.raw is not None:
        args.raw.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="handbook-lighthouse-") as scratch:
        site = args.site
        if site is None:
            site = Path(scratch) / "site"
            say("building the site (mkdocs build --strict)")
            build_site(site)
        results: list[Result] = []
        environment = Environment()
        runner = Runner(args.chrome, args.raw or Path(scratch))
        with serve_pages(site.resolve()) as base:
            for page in pages:
                for form_factor in form_factors:
                    say(f"lighthouse {form_factor}: /{VERSION}/{page}")
                    result, seen = run_lighthouse(
                        runner, base + page, page, form_factor
                    )
                    results.append(result)
                    environment = seen if seen.lighthouse else environment
        data: dict[str, object] = {
            "measured": datetime.now(UTC).isoformat(timespec="seconds"),
            "lighthouse": environment.lighthouse or LIGHTHOUSE_VERSION,
            "browser": browser_name(environment.user_agent),
            "user_agent": environment.user_agent,
            "site": "a fresh strict build" if args.site is None else str(args.site),
            "served_as": {
                "folder": f"/{VERSION}/",
                "cache_control": CACHE_CONTROL,
                "compression": "gzip",
            },
            "categories": list(CATEGORIES),
            "results": [r.as_json() for r in results],
        }
    args.output.mkdir(parents=True, exist_ok=True)
    (args.output / "lighthouse.json").write_text(
        json.dumps(data, indent=1) + "\n", encoding="utf-8"
    )
    (args.output / "lighthouse.md").write_text(render_markdown(data), encoding="utf-8")
    say(f"wrote {args.output / 'lighthouse.md'}")
    if args.update_readme:
        readme = ROOT / "README.md"
        text = readme.read_text(encoding="utf-8")
        readme.write_text(update_readme(text, data), encoding="utf-8")
        say(f"updated {readme}")
    return 1 if any(r.error for r in results) else 0


def say(text: str) -> None:
    """Report progress on the terminal."""
    print(text, flush=True)  # noqa: T201


def browser_name(user_agent: str) -> str:
    """``Chrome/130.0.6723.116`` out of a user agent string, or ``""``."""
    for token in user_agent.split():
        if token.startswith(("HeadlessChrome/", "Chrome/")):
            return "Chromium " + token.split("/", 1)[1]
    return ""


if __name__ == "__main__":
    sys.exit(main())

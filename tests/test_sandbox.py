"""The sandbox's own choices: when it uses bubblewrap, and what the fallback guards."""

from __future__ import annotations

import socket
import sys
from pathlib import Path

import pytest

import handbook.sandbox
from handbook.sandbox import Sandbox, SandboxError, Unit, sandbox_mode


@pytest.mark.parametrize(
    ("env", "mode"),
    [
        ({}, "auto"),
        ({"CI": "true"}, "required"),
        ({"CI": "true", "HANDBOOK_SANDBOX": "off"}, "off"),
        ({"HANDBOOK_SANDBOX": "required"}, "required"),
        ({"HANDBOOK_SANDBOX": "nonsense"}, "auto"),
    ],
)
def test_the_mode_comes_from_the_environment(
    monkeypatch: pytest.MonkeyPatch, env: dict[str, str], mode: str
) -> None:
    monkeypatch.delenv("CI", raising=False)
    monkeypatch.delenv("HANDBOOK_SANDBOX", raising=False)
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    assert sandbox_mode() == mode


def test_a_required_sandbox_that_cannot_be_made_is_an_error(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("HANDBOOK_SANDBOX", "required")
    monkeypatch.setattr(handbook.sandbox, "probe_bwrap", lambda: "bwrap is missing")
    with pytest.raises(SandboxError, match=r"required .* but bwrap is missing$"):
        Sandbox(Path(sys.executable), tmp_path).start()


@pytest.fixture
def fallback(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Sandbox:
    monkeypatch.setenv("HANDBOOK_SANDBOX", "off")
    sandbox = Sandbox(Path(sys.executable), tmp_path / "scratch")
    sandbox.start()
    return sandbox


def test_the_fallback_says_why_and_still_closes_the_network(fallback: Sandbox) -> None:
    lines = [
        "import socket",
        "udp = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)",
        "udp.sendto(b'x', ('192.0.2.1', 9))",
    ]
    code = "\n".join(lines) + "\n"
    try:
        (unit,) = fallback.run_python([Unit(code, 1)], "docs/x.md").units()
    finally:
        fallback.stop()
    assert (fallback.kind, fallback.reason) == ("in-process", "HANDBOOK_SANDBOX=off")
    assert unit["error"]["type"] == "NetworkBlockedError"
    assert "the network is closed to examples" in unit["error"]["message"]
    assert unit["error"]["line"] == len(lines)  # the page line of the sendto


def test_the_fallback_leaves_loopback_open(fallback: Sandbox) -> None:
    with socket.create_server(("127.0.0.1", 0)) as server:
        port = server.getsockname()[1]
        code = (
            f"import socket\nsocket.create_connection(('127.0.0.1', {port})).close()\n"
        )
        try:
            (unit,) = fallback.run_python([Unit(code, 1)], "docs/x.md").units()
        finally:
            fallback.stop()
    assert "error" not in unit

"""claims review, driven for real in a terminal (tmux: send keys, read the screen)."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import Cli
from typer.testing import CliRunner

from claims.cli import app

TMUX = shutil.which("tmux")


class Terminal:
    def __init__(self, command: list[str], name: str) -> None:
        self.name = name
        subprocess.run(
            [TMUX, "new-session", "-d", "-s", name, "-x", "200", "-y", "50", *command], check=True
        )

    def screen(self) -> str:
        return subprocess.run(
            [TMUX, "capture-pane", "-p", "-t", self.name, "-S", "-200"],
            capture_output=True,
            text=True,
        ).stdout

    def wait_for(self, text: str, timeout: float = 30, times: int = 1) -> str:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            screen = self.screen()
            if screen.count(text) >= times:
                return screen
            time.sleep(0.1)
        raise AssertionError(f"{text!r} never appeared on screen:\n{self.screen()}")

    def type(self, line: str) -> None:
        subprocess.run([TMUX, "send-keys", "-t", self.name, "-l", line], check=True)
        subprocess.run([TMUX, "send-keys", "-t", self.name, "Enter"], check=True)

    def close(self) -> None:
        subprocess.run([TMUX, "kill-session", "-t", self.name], capture_output=True)


@pytest.mark.skipif(TMUX is None, reason="tmux is not installed")
def test_review_in_a_terminal(seeded: Cli, tmp_path: Path) -> None:
    claims_bin = Path(sys.executable).with_name("claims")
    done = tmp_path / "done"
    shell = f"{claims_bin} --db '{seeded.db}' review --reviewer ana; touch '{done}'"
    term = Terminal(["sh", "-c", shell], f"review-{tmp_path.name}"[:50])
    try:
        first = term.wait_for("Note (")
        assert "── 1 of 11" in first and "Paragraph:" in first and ">>>" in first
        term.type("Checked against the FBI assessment")
        term.wait_for("Source URL")
        term.type("https://example.org/fbi")
        term.wait_for("Verdict (")
        term.type("pants-on-fire")
        term.wait_for("unknown verdict")
        term.type("mostly true")
        term.wait_for("── 2 of 11")
        term.type("")  # skip
        term.wait_for("── 3 of 11")
        term.type("b")  # back to the second
        term.wait_for("── 2 of 11", times=2)
        term.type("q")
        term.wait_for("1 notes written")
        deadline = time.monotonic() + 10
        while not done.exists() and time.monotonic() < deadline:
            time.sleep(0.1)
    finally:
        term.close()
    noted = json.loads(seeded.ok("list", "--noted", "--format", "json").stdout)
    assert len(noted) == 1
    assert noted[0]["note"] == "Checked against the FBI assessment"
    assert noted[0]["verdict"] == "mostly-true" and noted[0]["noted_by"] == "ana"
    # The most check-worthy claim came first.
    scores = [c["score"] for c in json.loads(seeded.ok("list", "--format", "json").stdout)]
    assert noted[0]["score"] == max(scores)


def test_review_refuses_without_a_terminal(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["--db", str(tmp_path / "x.db"), "review"], input="q\n")
    assert result.exit_code == 1
    assert "run it in a terminal" in result.stderr


def test_review_nothing_left(seeded: Cli) -> None:
    from claims.review import review
    from claims.store.queries import ClaimFilter

    said: list[str] = []
    answers = iter(["a note"] * 11)
    review(
        seeded.db,
        ClaimFilter(noted=False, most_worthy_first=True),
        "ana",
        ask=lambda prompt: "" if prompt.startswith(("Source", "Verdict")) else next(answers),
        say=said.append,
    )
    assert said[-1] == "11 notes written."
    review(seeded.db, ClaimFilter(noted=False), "ana", ask=input, say=said.append)
    assert said[-1] == "Nothing to review: every claim here has a note."

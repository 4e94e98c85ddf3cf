"""The installed entry point, run as a real process from another folder."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

from conftest import SEED, sqlite_only


def claims_command() -> list[str]:
    exe = shutil.which("claims", path=str(Path(sys.executable).parent))
    return [exe] if exe else [sys.executable, "-m", "claims"]


@sqlite_only
def test_installed_claims_works_from_any_folder(tmp_path: Path) -> None:
    def run(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run(
            [*claims_command(), *args], capture_output=True, text=True, cwd=tmp_path, timeout=120
        )

    ingest = run("ingest", str(SEED))
    assert ingest.returncode == 0, ingest.stderr
    assert (tmp_path / "claims.db").exists()
    listed = json.loads(run("list", "--format", "json").stdout)
    assert len(listed) == 11
    missing = run("show", "42")
    assert missing.returncode == 1
    assert missing.stderr == "Error: no claim with id 42\n"


def test_python_dash_m_claims() -> None:
    out = subprocess.run(
        [sys.executable, "-m", "claims", "--version"], capture_output=True, text=True
    )
    assert out.returncode == 0 and out.stdout.startswith("claims ")

"""The shared scorer on the seed article (its annotations live outside the project)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[2] / "shared"
SCORER = SHARED / "tools" / "score_extraction.py"
GOLD = SHARED / "gold" / "seed-article.json"


@pytest.mark.skipif(not (SCORER.exists() and GOLD.exists()), reason="../shared is not here")
def test_the_seed_article_scores_full_marks() -> None:
    claims = shutil.which("claims", path=str(Path(sys.executable).parent))
    command = f"{claims or sys.executable + ' -m claims'} extract --format json"
    out = subprocess.run(
        [sys.executable, str(SCORER), str(GOLD), "--cmd", command],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert out.returncode == 0, out.stderr
    lines = out.stdout.splitlines()
    assert lines[-1] == "end-to-end F1 1.000", out.stdout
    assert "assertions  recall=1.000" in out.stdout

"""Start-up time of the CLI, side by side with Python, Typer and sqlite-utils, in one run.

    python bench/startup.py [--runs 20]

Uses the `claims` next to this Python (install it with `pip install .` for real figures:
an editable install adds an import hook to every start). Prints the median wall time of
each command over --runs runs, and the ratios the targets are stated in.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SEED = Path(__file__).resolve().parents[1] / "seeds" / "000_e7f8cdcaac125e97.txt"


def run_once(command: list[str], cwd: str) -> float:
    start = time.perf_counter()
    subprocess.run(
        command, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True
    )
    return (time.perf_counter() - start) * 1000


def medians_ms(commands: dict[str, list[str]], runs: int, cwd: str) -> dict[str, float]:
    """Interleaved: each round runs every command once, so a noisy moment hits them all."""
    times: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(runs):
        for name, command in commands.items():
            times[name].append(run_once(command, cwd))
    return {name: statistics.median(t) for name, t in times.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args()
    bindir = Path(sys.executable).parent
    claims = str(bindir / "claims")
    sqlite_utils = shutil.which("sqlite-utils", path=str(bindir)) or shutil.which("sqlite-utils")
    with tempfile.TemporaryDirectory() as folder:
        subprocess.run([claims, "ingest", str(SEED)], cwd=folder, check=True, capture_output=True)
        query = (
            "select c.id, c.kind, s.name, c.wording from claims c "
            "left join speakers s on s.id = c.speaker_id order by c.id limit 5"
        )
        commands = {
            "python -c pass": [sys.executable, "-c", "pass"],
            "python -c 'import typer'": [sys.executable, "-c", "import typer"],
            "claims --help": [claims, "--help"],
            "claims --version": [claims, "--version"],
            "claims list --limit 5": [claims, "list", "--limit", "5", "--format", "csv"],
        }
        if sqlite_utils:
            commands["sqlite-utils query (same rows)"] = [
                sqlite_utils,
                "query",
                "claims.db",
                query,
                "--csv",
            ]
        for command in commands.values():  # warm the file cache once
            run_once(command, folder)
        figures = medians_ms(commands, args.runs, folder)
        for name, ms in figures.items():
            print(f"{name:34} {ms:7.1f} ms")
    typer_ms = figures["python -c 'import typer'"]
    print(
        f"claims --help / import typer       {figures['claims --help'] / typer_ms:.2f}x "
        "(target <= 1.2x)"
    )
    if sqlite_utils:
        ratio = figures["claims list --limit 5"] / figures["sqlite-utils query (same rows)"]
        print(f"claims list / sqlite-utils query   {ratio:.2f}x (target <= 1.0x)")


if __name__ == "__main__":
    main()

"""Extraction cost as a count of machine instructions, which a shared, noisy machine does
not change: valgrind's callgrind counts the instructions of extracting the first N
articles of a folder, minus those of the same process that only loads them.

    python bench/extract_instructions.py [FOLDER] [--articles 50]

Needs valgrind (`apt-get install valgrind`). String hashing is fixed (PYTHONHASHSEED=0):
with a random seed, sets and dicts lay out differently in every process and the count moves
by about 1%. Compare two versions of the extractor by running this in each checkout.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

# The extractor of this checkout, whatever `claims` the environment has installed.
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from extract_speed import load  # noqa: E402 (bench/ is on the path when a script of it runs)

from claims.extract import extract  # noqa: E402

_COLLECTED = re.compile(r"Collected : (\d+)")


def run_extraction(folder: Path, articles: int, extract_them: bool) -> None:
    """The measured process: load the articles (and import the extractor), and extract
    them when asked."""
    texts = load(folder)[:articles]
    if extract_them:
        for text in texts:
            extract(text)


def count(folder: Path, articles: int, extract_them: bool) -> int:
    command = [
        "valgrind",
        "--tool=callgrind",
        "--callgrind-out-file=/dev/null",
        sys.executable,
        __file__,
        str(folder),
        "--articles",
        str(articles),
        "--inside",
        "extract" if extract_them else "load",
    ]
    env = {**os.environ, "PYTHONHASHSEED": "0"}
    done = subprocess.run(command, capture_output=True, text=True, env=env, check=True)
    found = _COLLECTED.search(done.stderr)
    if not found:
        raise SystemExit("valgrind printed no instruction count")
    return int(found.group(1))


def main() -> None:
    default = Path(__file__).resolve().parents[2] / "shared" / "gold" / "polnear-train"
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", type=Path, default=default)
    parser.add_argument("--articles", type=int, default=50)
    parser.add_argument("--inside", choices=("load", "extract"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.inside:
        run_extraction(args.folder, args.articles, args.inside == "extract")
        return
    if shutil.which("valgrind") is None:
        raise SystemExit("valgrind is not installed (apt-get install valgrind)")
    loaded = count(args.folder, args.articles, extract_them=False)
    extracted = count(args.folder, args.articles, extract_them=True)
    print(f"articles        {args.articles} (from {args.folder})")
    print(f"instructions    {(extracted - loaded) / 1e6:,.0f} M to extract them (callgrind)")


if __name__ == "__main__":
    main()

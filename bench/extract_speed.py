"""Extraction speed and memory: every article of a folder of gold JSON files (or .txt files)
in one process.

    python bench/extract_speed.py [FOLDER]     (default ../shared/gold/polnear-train)

Prints MB/s and articles/s (CPU time of this process, best and median of --runs passes,
since these machines are shared), and the peak resident memory after the first pass and
after the last: equal figures mean memory does not grow with the number of articles.
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import time
from pathlib import Path

from claims.extract import extract


def load(folder: Path) -> list[str]:
    texts = []
    for path in sorted(folder.iterdir()):
        if path.suffix == ".json":
            texts.append(json.loads(path.read_text(encoding="utf-8"))["text"])
        elif path.suffix == ".txt":
            texts.append(path.read_text(encoding="utf-8"))
    return texts


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    default = Path(__file__).resolve().parents[2] / "shared" / "gold" / "polnear-train"
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", type=Path, default=default)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    texts = load(args.folder)
    if not texts:
        raise SystemExit(f"no .json or .txt articles in {args.folder}")
    megabytes = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    seconds = []
    claims = 0
    rss_first = 0.0
    for run in range(args.runs):
        start = time.process_time()
        claims = sum(len(extract(t).claims) for t in texts)
        seconds.append(time.process_time() - start)
        if run == 0:
            rss_first = peak_rss_mb()
    best, median = min(seconds), statistics.median(seconds)
    print(f"articles        {len(texts)}  ({megabytes:.2f} MB of text, {claims} claims)")
    print(
        f"MB/s            {megabytes / best:.2f} best, {megabytes / median:.2f} median "
        f"of {args.runs} passes (CPU time, one core)"
    )
    print(f"articles/s      {len(texts) / best:.0f} best, {len(texts) / median:.0f} median")
    print(
        f"peak RSS        {rss_first:.1f} MB after pass 1, {peak_rss_mb():.1f} MB after "
        f"pass {args.runs} ({args.runs * len(texts)} articles)"
    )


if __name__ == "__main__":
    main()

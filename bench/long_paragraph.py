"""Extraction time of one paragraph as it grows: a transcript pasted without line breaks
must cost the same per megabyte as a short news paragraph, not more with every sentence.

    python bench/long_paragraph.py

Prints seconds and MB/s for one paragraph of 250, 1,000 and 4,000 copies of a sentence
pair dense with quotes and cues, and each size's cost per MB as a ratio to the smallest
(1.0 everywhere means linear; a quadratic rule doubles it at each step of 4x).
"""

from __future__ import annotations

import time

from claims.extract import extract

UNIT = (
    "Ada Park said the pier is safe, and “we will open it soon,” Jo Lee said, adding that "
    "the board, which Park said was slow, agreed. The harbor had 40 boats in 2019. "
)


def seconds_for(text: str, runs: int = 3) -> float:
    best = float("inf")
    for _ in range(runs):
        start = time.process_time()
        extract(text)
        best = min(best, time.process_time() - start)
    return best


def main() -> None:
    base_cost = None
    for copies in (250, 1000, 4000):
        text = UNIT * copies
        megabytes = len(text.encode("utf-8")) / 1e6
        seconds = seconds_for(text)
        cost = seconds / megabytes
        base_cost = base_cost or cost
        print(
            f"{copies:5d} sentence pairs  {megabytes * 1000:7.0f} KB  {seconds:6.2f} s  "
            f"{megabytes / seconds:5.2f} MB/s  cost per MB {cost / base_cost:4.2f}x"
        )


if __name__ == "__main__":
    main()

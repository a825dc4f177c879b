#!/usr/bin/env python3
"""Write data/stoplists.txt and data/stopword-index.txt from jusText's stoplists (after upgrading it).

Usage:
    python3 benchmarks/build_stoplists.py [--check]

``--check`` writes nothing and exits 1 when a data file differs from what jusText gives.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from articlean.lexicon import LANGUAGE_FILE, STOPLIST_FILE
from articlean.stoplistfiles import format_index, format_languages, justext_stoplists

DATA = Path(__file__).resolve().parent.parent / "src" / "articlean" / "data"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare only; exit 1 when stale")
    args = parser.parse_args()
    lists = justext_stoplists()
    stale = 0
    for name, text in ((LANGUAGE_FILE, format_languages(lists)), (STOPLIST_FILE, format_index(lists))):
        target = DATA / name
        if args.check:
            fresh = target.exists() and target.read_text(encoding="utf-8") == text
            stale += not fresh
            print(f"{target}: {'up to date' if fresh else 'stale'}", file=sys.stderr)
        else:
            target.write_text(text, encoding="utf-8")
            print(f"wrote {target} ({len(text.encode()):,} bytes)", file=sys.stderr)
    return 1 if stale else 0


if __name__ == "__main__":
    sys.exit(main())

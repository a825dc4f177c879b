"""The page's own address, and the day its path gives ("/2017/12/15/slug").

A markdown dump keeps the links of the page's share buttons ("facebook.com/sharer.php?u=…",
"twitter.com/intent/tweet?url=…"), which carry the address of the page itself, percent-encoded.
News and blog addresses are set when a story is published and keep its day when it is updated, so
a day in that path is the publication day on pages that print only "Updated …" (or no date).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from urllib.parse import unquote, urlsplit

from articlean import regexes
from articlean.dates import FoundDate

# The address a share button passes on: the value of its u=, url= or href= parameter.
_SHARED = regexes.compile(r"[?&;](?:u|url|href)=(https?(?::|%3A)(?://|%2F%2F)[^&\s)\]\"'<>]+)", re.IGNORECASE)
# A day as three path segments, year first: /2017/12/15/ or /2017/12/15 at the end of the path.
_DAY_PATH = regexes.compile(r"/((?:19|20)\d\d)/(0?[1-9]|1[0-2])/(0?[1-9]|[12]\d|3[01])(?:/|$)")


def shared_address(lines: Iterable[str]) -> str | None:
    """The address the page's share links pass on most often; None when two tie (share buttons
    under a list of stories, none of them the page's own)."""
    counts: Counter[str] = Counter()
    for line in lines:
        # "=" first: most lines have none, and lowercasing each line made a copy of every line
        if "=" not in line or "=http" not in line.lower():
            continue
        counts.update(unquote(match.group(1)) for match in _SHARED.finditer(line))
    if not counts:  # most pages: and most_common() would import heapq for nothing
        return None
    ranked = counts.most_common(2)
    if not ranked or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None
    return ranked[0][0]


def address_day(address: str | None) -> FoundDate | None:
    """The publication day of an address whose path holds one ("/2017/12/15/"), as a found date."""
    if not address or not address.lower().startswith(("http://", "https://")):
        return None
    match = _DAY_PATH.search(urlsplit(address).path)
    if match is None:
        return None
    year, month, day = (int(part) for part in match.groups())
    return FoundDate(f"{year:04d}-{month:02d}-{day:02d}", 0, 0, "published")


def page_day(lines: Iterable[str], source: str | None) -> FoundDate | None:
    """The day in the page's address: the one it was cleaned with (``Options.source``), else the
    one its share links pass on."""
    return address_day(source) or address_day(shared_address(lines))

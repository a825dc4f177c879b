"""Photo and video captions: a line that ends with a credit ("Photo: AFP", "(Reuters)", "Getty Images").

The credit is split off the caption text. Credit markers and picture agencies of many languages
come from the phrase file.
"""

from __future__ import annotations

import functools
import re

from articlean import regexes
from articlean.doccache import per_document
from articlean.metaphrases import alternation, phrases
from articlean.phrases import normalise

# A caption is a sentence or two; a longer block is a paragraph that mentions a photo.
MAX_CAPTION_WORDS = 70
# ... but a caption closed by a credit label ("Credit: ESA") may describe a diagram part by part, and
# no paragraph of an article closes with that label.
MAX_LABELLED_CAPTION_WORDS = 120
# The labels that only a picture's credit carries ("Source: …" and "Photo: …" close a paragraph too).
_CREDIT_LABEL = regexes.compile(r"\(?(?:photo |image |picture )?cr[eé]dits?\b", re.IGNORECASE)
MAX_CREDIT_CHARS = 80
# The credit patterns only look at the end of a line: the credit, its marker and a little before.
CREDIT_TAIL_CHARS = MAX_CREDIT_CHARS + 40
MAX_MARKER_CHARS = 30
# An agency named before the photographer ("REUTERS/Brendan McDermid") stands within the last words.
AGENCY_FIRST_WORDS = 5
# What parts a credit marker from the credit: a colon, or an ellipsis ("Credit...Jane Doe/The Times",
# where a page hides the colon from sight and prints dots) before a capitalised name.
_SEPARATOR = r"(?:[:：]|(?:\.{3}|…)(?=\s*(?-i:[A-ZÀ-ÖØ-Þ])|\s*\)?\s*$))"


# The places of the credit after a marker ("Credit: …") and of the bracketed credit after a sentence
# among _patterns().
_MARKED = 0
_PARENTHESISED = 4
# A month (or a word) and a year or a day, alone: "February 2018", "Nov. 18, 2019".
_BARE_DATE = regexes.compile(r"^\w+\.?\s+\d{1,4}(?:,\s*\d{4})?$")
# What brackets after a sentence hold besides a credit: an aside that is a sentence of its own, a
# lowercase letter before its end ("... free samples. (He passed.)"). Names and initials ("(A.H.)",
# "(NASA/JPL)") are credits; so is a note with a number ("(Published Monday, Nov. 18, 2019)" under a
# video: an sh- page of dev lost 0.03 when a digit made an aside).
_ASIDE_ENDS = (".", "!", "?")


@functools.cache
def _patterns() -> tuple[re.Pattern[str], ...]:
    markers = alternation(phrases("credit-marker"))
    agencies = alternation(phrases("picture-agency"))
    marked = regexes.compile(
        rf"(?:^|(?<=[\s.;,(|/–—-]))\(?(?:{markers})\s*(?:©\s*)?{_SEPARATOR}\s*([^()]{{1,{MAX_CREDIT_CHARS}}}?)\)?\s*$",
        re.IGNORECASE,
    )
    marked_by = regexes.compile(
        rf"(?:^|(?<=[\s.;,(|/–—-]))\(?(?:{markers})\s+(?:by|von|de|di|par|por|door)\s+"
        rf"([^()]{{2,{MAX_CREDIT_CHARS}}}?)\)?\s*$",
        re.IGNORECASE,
    )
    agency = regexes.compile(
        rf"(?:^|(?<=[\s.;,(|/–—-]))\(?((?:(?-i:[A-Z\d])[\w&'’-]*[ /]+){{0,3}}?(?:{agencies}))\)?\s*$",
        re.IGNORECASE,
    )
    copyright_credit = regexes.compile(rf"(?:^|\s)\(?©\s*([^©]{{2,{MAX_CREDIT_CHARS}}}?)\)?\s*$")
    # Spaces inside the brackets are a template's padding: "... of Titan. ( NASA/JPL-Caltech/ASU )".
    parenthesised = regexes.compile(r"[.!?]\s*\(\s*([A-Z][^()]{1,40}?)\s*\)\s*$")
    # Wire photos name the agency before the photographer: "REUTERS/Brendan McDermid", "AP Photo/Jane Doe".
    agency_first = regexes.compile(
        rf"(?:^|(?<=[\s.;,(|–—-]))\(?((?:{agencies})(?:\s+photo)?\s*/\s*(?:(?-i:[A-Z])[\w.'’-]*\s*){{1,4}})\)?\s*$",
        re.IGNORECASE,
    )
    return marked, marked_by, agency, copyright_credit, parenthesised, agency_first


# What each of _patterns() cannot match without (None: no such test): the marked credit's separator,
# the copyright sign, the closing bracket, the slash after an agency named first. None of these
# characters has another case, so the test holds under the patterns' IGNORECASE; a line that lacks
# them skips the pattern's search from every position of its tail (most lines that pass
# _may_end_with_credit hold only one of them).
_PATTERN_NEEDS: tuple[tuple[str, ...] | None, ...] = (
    (":", "：", "...", "…"),
    None,
    None,
    ("©",),
    (")",),
    ("/",),
)


@functools.cache
def _agency_last_words() -> frozenset[str]:
    return frozenset(entry.split()[-1].split("/")[-1] for entry in phrases("picture-agency"))


def _may_end_with_credit(tail: str) -> bool:
    """A cheap test that lets most lines skip the credit patterns."""
    if (
        ":" in tail
        or "：" in tail
        or "©" in tail
        or "..." in tail
        or "…" in tail
        or tail.endswith((")", "]"))
    ):
        return True
    folded = tail.casefold()
    words = folded.split()
    return bool(words) and (
        words[-1].strip(".") in _agency_last_words()
        or " by " in folded
        or "/" in " ".join(words[-AGENCY_FIRST_WORDS:])
    )


@functools.cache
def _marker_only() -> re.Pattern[str]:
    markers = alternation(phrases("credit-marker"))
    return regexes.compile(rf"^\(?(?:{markers})\s*{_SEPARATOR}\s*\)?$", re.IGNORECASE)


@functools.cache
def _marker_keys() -> frozenset[str]:
    """The credit markers' words, as a line that is only a marker and its punctuation reads."""
    return frozenset(normalise(marker) for marker in phrases("credit-marker"))


def is_credit_marker(text: str) -> bool:
    """A line that is only a credit marker ("Credit:", "Foto:"): the caption's credit follows it.
    Only a line whose words are a marker's is matched (the pattern is compiled only then)."""
    return (
        len(text) <= MAX_MARKER_CHARS
        and normalise(text) in _marker_keys()
        and bool(_marker_only().match(text.strip()))
    )


@per_document  # the caption and title readers ask in every pass over a document
def split_credit(text: str) -> tuple[str, str] | None:
    """(caption text, credit) when the text ends with a credit; the caption text may be ''."""
    offset = max(0, len(text) - CREDIT_TAIL_CHARS)
    tail = text[offset:]
    if not _may_end_with_credit(tail):
        return None
    words = len(text.split())
    if words > MAX_LABELLED_CAPTION_WORDS:
        return None
    for number, pattern in enumerate(_patterns()):
        if words > MAX_CAPTION_WORDS and number != _MARKED:
            continue
        needs = _PATTERN_NEEDS[number]
        if needs is not None and not any(need in tail for need in needs):
            continue
        match = pattern.search(tail)
        if not match or (words > MAX_CAPTION_WORDS and not _CREDIT_LABEL.match(match.group(0).lstrip())):
            continue
        credit = match.group(1).strip(" .;,")
        # Agency names are written with capitals; a lowercase "ap" or "pa" is a word.
        if not credit or (number >= 2 and not any(char.isupper() for char in credit)):
            continue
        if number == _PARENTHESISED and (_BARE_DATE.match(credit) or _aside(match.group(1))):
            continue  # a date alone in brackets ("(February 2018)"), a template's note, not a credit
        caption = text[: offset + match.start()].strip(" \t|/–—-;,")
        return caption, credit
    return _bracketed_credit(text) if words <= MAX_CAPTION_WORDS else None


def _aside(bracketed: str) -> bool:
    """Whether the text in brackets after a sentence is an aside, not a credit (:data:`_ASIDE_ENDS`)."""
    text = bracketed.rstrip()
    return text.endswith(_ASIDE_ENDS) and text[-2:-1].islower()


# Some sites print the credit in square brackets after the caption: "… back to the Moon [SpaceX via
# Nasa]", "… in 2001 [File: Reuters]". Brackets hold other things too ("[edit]", "[1]", "[Video]"),
# and news round-ups name a story's source so ("Headline [Bloomberg]"): only "X via Y", or an agency
# after a label or a photographer ("File: Reuters", "Jane Doe/AFP") is a credit.
_BRACKETED = regexes.compile(r"(?<=\S)\s*\[([^\[\]]{2,60})\]\s*$")
_VIA = regexes.compile(
    r"^(?-i:[A-Z])\S*(?:\s+\S+){0,3}\s+via\s+(?-i:[A-Z])\S*(?:\s+\S+){0,3}$", re.IGNORECASE
)
# A label before the agency: "File: Reuters", "Photo: AP".
_LABEL = regexes.compile(r"^\w+\s*:\s*")


def _bracketed_credit(text: str) -> tuple[str, str] | None:
    match = _BRACKETED.search(text) if text.endswith("]") else None
    if match is None:
        return None
    credit = match.group(1).strip()
    label = _LABEL.match(credit)
    named = credit[label.end() :] if label else credit
    agency = _patterns()[2].match(named) if label or "/" in named else None
    if not _VIA.match(credit) and (agency is None or not any(char.isupper() for char in agency.group(1))):
        return None
    return text[: match.start()].strip(), credit

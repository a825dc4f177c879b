"""What the rules after the model read from a block's text alone (:class:`Marks`), remembered per
distinct text: the classifier's rounds and the pipeline's re-check settle the same blocks again.

A title printed twice in a row, a template sentence, a comment header (:func:`comment_stamp`), a
slide counter, a summary cut off mid-sentence (:func:`cut_off`) or glued to its headline
(:func:`glued`); :mod:`articlean.settle` and :mod:`articlean.recurring` read them.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from articlean import regexes
from articlean.countdowns import countdown
from articlean.doccache import per_document
from articlean.features import TERMINAL
from articlean.phrases import has_boilerplate_sentence, normalise

# Adjacent copies shorter than this are left alone: code, table cells and bullets repeat by nature.
REPEAT_MIN_WORDS = 3
# ... and longer ones are sentences rather than the titles that media widgets print twice.
REPEAT_MAX_WORDS = 20
# Blocks up to this long that contain a template sentence are the template's (longer ones quote it).
TEMPLATE_MAX_WORDS = 60
# How a text cut short ends.
ELLIPSES = ("...", "…")
# Comment headers (a time stamp or a reply button) and slide counters are blocks of at most
# MARKER_MAX_WORDS words (:mod:`articlean.recurring` finds their runs).
MARKER_MAX_WORDS = 16
# Teaser summaries: blocks of at least this many words cut off mid-sentence.
TEASER_MIN_WORDS = 15
# ... or headlines glued to their summaries: a head of at least GLUED_HEAD_WORDS words, this share of
# them capitalised, a capital right after a lowercase letter or digit, and a summary of at least
# GLUED_SUMMARY_WORDS words after it.
GLUED_HEAD_WORDS = 3
GLUED_SUMMARY_WORDS = 10
# ... and of at most GLUED_SUMMARY_MAX_WORDS: a teaser's summary is a sentence or two, while a page's
# nodes run together (get_text() dumps) glue a list's last item to the article's next paragraphs
# ("... Kent, WashingtonCeres Robotics, ..." and four hundred words of the article).
GLUED_SUMMARY_MAX_WORDS = 120
GLUED_CAPITAL_SHARE = 0.6
# A headline's last word runs whole into the summary ("DetroitYou", "RunDenny"); a glue after fewer
# letters of its word is a name's inner capital ("LeBron", "McKinley").
GLUED_WORD_MIN_CHARS = 3
# A glue is between a lowercase letter or digit and a capital; the pattern matches the letter before it
# (the glue is at the match's end): a lookbehind first was tried at every position of the text, and a
# character class first is scanned for (a fifth less over the dev lines).
_GLUE = regexes.compile(r"[a-z0-9](?=[A-Z][a-z\s])")
# A glued block's head and summary have at least this many words between them (the word the glue
# cuts counts in both): a shorter block is turned away before the search.
_GLUED_MIN_WORDS = GLUED_HEAD_WORDS + GLUED_SUMMARY_WORDS - 1
_COMMENT_STAMP = regexes.compile(
    r"\b\d+\s*(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\s+ago\b"
    r"|\bhace\s+\d+\s+(?:segundos?|minutos?|horas?|d[ií]as?|semanas?|meses|mes|años?)\b"
    r"|\bil y a\s+\d+\s+(?:secondes?|minutes?|heures?|jours?|semaines?|mois|ans?)\b"
    r"|\bvor\s+\d+\s+(?:Sekunden|Minuten|Minute|Stunden|Stunde|Tagen|Tag|Wochen|Woche|Monaten|Monat|Jahren|Jahr)\b"
    r"|\bh[áa]\s+\d+\s+(?:segundos?|minutos?|horas?|dias?|semanas?|meses|m[êe]s|anos?)\b"
    r"|\b\d+\s+(?:secondi|minuti|ore|giorni|settimane|mesi|anni)\s+fa\b",
    re.IGNORECASE,
)
# A header that ends with a verb of saying and a colon ("September 19, 2018 at 12:48 pm said:", "wrote:"),
# after a digit on its line or after nothing but marks (see _said_header) ...
_SAID = regexes.compile(
    r"\b(?:said|says|wrote|writes|dijo|escribió|a écrit|schrieb|disse|scrive)\s*:\s*$", re.IGNORECASE
)
_DIGIT = regexes.compile(r"\d")
_NOT_WORDS = regexes.compile(r"\W*")
# ... and a bare reply button.
_REPLY = regexes.compile(
    r"\W*(?:reply|responder|répondre|antworten|rispondi|responda|ответить)\W*$", re.IGNORECASE
)
_SLIDE_COUNTER = regexes.compile(
    r"^\W*(?:(?:image|photo|picture|slide|foto|imagen|bild|immagine|фото)\s+)?(\d{1,3})\s*"
    r"(?:/|of|de|von|di|sur|из)\s*(\d{1,3})(?![\d/.:-])",
    re.IGNORECASE,
)


class Marks(NamedTuple):
    """What the rules read from a block's text alone."""

    key: str  # the normalised text
    title_like: bool  # as long as a title that widgets print twice, without closing punctuation
    template: bool  # short enough to be a template's and holds a template sentence
    stamp: bool  # a comment header (comment_stamp)
    slides: str | None  # the total of the slide counter it opens with
    cut_off: bool  # a summary cut off mid-sentence (cut_off)
    glued: bool  # a headline glued to its summary (glued)


@per_document
def block_marks(text: str) -> Marks:
    key = normalise(text)
    # Words counted only as far as a bound reads them: past it the count does not matter (a long
    # paragraph was split whole, and its key too).
    key_words = len(key.split(None, REPEAT_MAX_WORDS))
    words = len(text.split(None, max(MARKER_MAX_WORDS, TEMPLATE_MAX_WORDS)))
    counter = _SLIDE_COUNTER.match(text)
    slides = (
        counter.group(2)
        if counter and words <= MARKER_MAX_WORDS and 0 < int(counter.group(1)) <= int(counter.group(2))
        else None
    )
    return Marks(
        key,
        REPEAT_MIN_WORDS <= key_words <= REPEAT_MAX_WORDS and not text.rstrip().endswith(TERMINAL),
        (words <= TEMPLATE_MAX_WORDS and has_boilerplate_sentence(key)) or countdown(text),
        comment_stamp(text),
        slides,
        cut_off(text),
        glued(text),
    )


def comment_stamp(text: str) -> bool:
    """Whether a short block is the header of a reader's comment: a time stamp ("2 days ago",
    "hace 3 horas", "September 19, 2018 at 12:48 pm said:") or a bare reply button."""
    words = text.split(None, MARKER_MAX_WORDS)  # past MARKER_MAX_WORDS words the count does not matter
    if not words or len(words) > MARKER_MAX_WORDS or text.rstrip().endswith(TERMINAL):
        return False
    # Each form of _COMMENT_STAMP holds a digit: a plain search for one turns most lines away for a
    # fraction of the alternation's cost.
    if _DIGIT.search(text) is not None and _COMMENT_STAMP.search(text) is not None:
        return True
    return _said_header(text) or _REPLY.match(text) is not None


def _said_header(text: str) -> bool:
    """Whether the text ends with a verb of saying and a colon, after a digit on the same line or
    after nothing but marks. Found from the verb back: the pattern ``(?:\\d.*\\b|^\\W*)said\\s*:\\s*$``
    ran ``.*`` to the end from every digit, which made a line of 40 KB ("1/1/1/...") take 51 s."""
    if not text.rstrip().endswith(":"):  # what the pattern's "\s*:\s*$" needs, told without it
        return False
    verb = _SAID.search(text)
    if verb is None:
        return False
    before = text[: verb.start()]
    line_start = before.rfind("\n") + 1  # "." does not cross a line end
    return _NOT_WORDS.fullmatch(before) is not None or _DIGIT.search(before, line_start) is not None


def cut_off(text: str) -> bool:
    """Whether a paragraph-sized block stops before its sentence ends (a truncated summary)."""
    text = text.rstrip()
    if len(text.split(None, TEASER_MIN_WORDS)) < TEASER_MIN_WORDS:
        return False
    return text.endswith(ELLIPSES)


def glued(text: str) -> bool:
    """Whether a block is a headline run into its summary without a space, as text extracted without
    separators prints a teaser ("Customers Leave Without Paying Bill At Troy SteakhouseA party of six
    left ..."): a title-case run, then a capital straight after a lowercase letter or digit."""
    if len(text.split(None, _GLUED_MIN_WORDS - 1)) < _GLUED_MIN_WORDS:
        return False
    glue = _GLUE.search(text)
    if glue is None or not GLUED_SUMMARY_WORDS <= len(text[glue.end() :].split()) <= GLUED_SUMMARY_MAX_WORDS:
        return False
    head = text[: glue.end() + 1].split()
    capitals = sum(1 for word in head if word[:1].isupper() or word[:1].isdigit())
    return len(head) >= GLUED_HEAD_WORDS and capitals >= GLUED_CAPITAL_SHARE * len(head)


def glued_after_word(text: str) -> bool:
    """Whether a glued block's headline ends in a whole word before the glue, not inside a name
    with an inner capital ("LeBron", "McKinley"), which :func:`glued` also takes for a glue."""
    glue = _GLUE.search(text)
    if glue is None:
        return False
    head = text[: glue.end()].split()
    return bool(head) and len(head[-1]) >= GLUED_WORD_MIN_CHARS

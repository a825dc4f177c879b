"""Very long lines that run a whole page's text nodes together, cut where the nodes met.

BeautifulSoup's ``get_text()`` without a separator (and lxml's ``text_content()``) print a minified
page as one line of thousands of characters: the menu, the headline, every paragraph and the footer
run together ("...closed altogether.South Korea also hosts..."), with runs of spaces where the
page's source had indentation. As one block, such a line is all kept or all dropped. Cut at those
seams, its pieces are blocks the classifier can judge one by one.

Only lines longer than :data:`RUN_ON_MIN_CHARS` are looked at (shorter ones from
:data:`SHORT_RUN_ON_MIN_CHARS` on, cut at densely glued words, or else at three glued sentence ends or
brackets, alone; from :data:`DENSE_RUN_ON_MIN_CHARS` on, at glued words as dense as a menu's), and only
four seams count, all absent from written prose: a run of at least
:data:`articlean.runonpatterns.GAP_MIN_SPACES` spaces, tabs or no-break spaces (or of
:data:`articlean.runonpatterns.PAIR_GAP_SPACES`, but not after a sentence's end); a sentence's end
punctuation, or a colon ("tour dates:June 9"), followed straight by the capitalised word of the next
paragraph or of the list it announces, or by a box's label in capitals ("...the violence.DON'T MISS"); a
word glued to the next one's capital ("Sobre a VidaVocê pode gostar", "HomeNewsWorld"), where such words
are as frequent as a page's nodes (:data:`GLUE_MAX_MEAN_CHARS`); and a short note in brackets closed
straight before a capitalised word, quoted or not ("(Image: GETTY)According", "(Image: GETTY)“Other
than...").
A line is cut only where its seams are as frequent as a page's nodes (:data:`MAX_MEAN_PIECE_CHARS`);
a piece still long after that is cut where :data:`CLUSTER_MIN_WORDS` glued words stand together
(or two, close, one of them a price: a product's card, in lines from :data:`DENSE_RUN_ON_MIN_CHARS` on).
A piece that opens with a label in capitals glued to a capitalised word ("DON'T MISSPlague") or to a
quote, or with a button whose last word is a short stopword glued to one ("Sign UpThis site"), is cut
after the label.
A piece that ends in a short heading after its last sentence ("...contact with. Related articles")
is cut before the heading. In lines of a page, a no-break space alone after a sentence's end, and a
word of one letter that is a stopword glued to the word before ("...Kidnapped GirlA video"), are
seams too.
The pieces are the lines the ledger refers to, each numbered with its source line; no character but
the seams' whitespace is dropped, and no word is cut but a glued one.
"""

from __future__ import annotations

import bisect
import functools
import itertools
from collections import Counter
from collections.abc import Iterator, Sequence

from articlean.lexicon import guess_language, stopwords
from articlean.runonpatterns import (
    after_prose_word,
    button_pattern,
    glue_anchor,
    glued_words,
    label_pattern,
    letter_word_pattern,
    other_glue_anchors,
    other_glue_patterns,
    patterns,
    tail_pattern,
)

# A line at least this long may be a page run together (a long paragraph has a few hundred words).
RUN_ON_MIN_CHARS = 1_000
# A shorter line, from SHORT_RUN_ON_MIN_CHARS on (a box of a page's nodes: a header's menu, the site's
# name, a dateline and the first sentence), is cut at glued words alone, and only where they come at
# least once in SHORT_GLUE_MAX_MEAN_CHARS characters: runs of spaces there are as often a table's
# columns (browser dumps), and a paragraph naming a few products ("DoorDash, GrubHub") has fewer.
# gettext shape 0.9366 -> 0.9374 (from 150 characters: 0.9368, and r1 dumps changed); dev unchanged.
# Without such words, it is cut where at least MIN_PIECES pieces meet at a sentence's end or a short
# bracketed note glued to the next capital, unless it holds an address (a markdown link list).
# gettext shape 0.9557 -> 0.9561 (two pages); no dev dump has such a line.
SHORT_RUN_ON_MIN_CHARS = 400
SHORT_GLUE_MAX_MEAN_CHARS = 100
# A line shorter still, from DENSE_RUN_ON_MIN_CHARS on, is cut at glued words only where they come at
# least once in DENSE_GLUE_MAX_MEAN_CHARS characters: a menu run together ("HomeWorldBusinessOpinion",
# "FacebookTwitterInstagramRSSEmail") where a paragraph names a product or two. gettext shape F1
# 0.9578 -> 0.9580 (three pages up, none down; from 60 characters, a page of code identifiers lower);
# seven r1/r2 dev dumps cut differently, one of them up (balanced F1 0.984 -> 1.000), the rest the same.
DENSE_RUN_ON_MIN_CHARS = 150
DENSE_GLUE_MAX_MEAN_CHARS = 40
# A piece still long after the cuts above (the page's text between its seams: a menu, a dateline or a
# box of headlines glued to the first or last paragraph) is cut at its glued words where at least
# CLUSTER_MIN_WORDS of them stand together, each at most CLUSTER_MAX_GAP_CHARS after the one before
# ("Updated 14 hours agoOversupply angst drags oil lower, stocks drift near highsRodrigo Campos...");
# one or two glued words in a paragraph are names or typos. gettext shape F1 0.9580 -> 0.9585 (five
# pages up, one -0.002; two glued words: 0.9583, also in lines of 150 to 400 characters: 0.9584);
# no dev dump is cut differently. Counted among them, a word in capitals or a number glued to a
# capitalised word ("...Tampa, FLJune 10 -- ...", "for $840See it now"): 0.9586 -> 0.9593 (a tour's
# dates glued into one line, 0.752 -> 0.979), no dev dump or other shape's line cut differently.
CLUSTER_MIN_WORDS = 3
CLUSTER_MAX_GAP_CHARS = 100
# Two glued words make a cluster where one is a price glued to a capitalised word and the other
# stands at most PRICED_MAX_GAP_CHARS from it: a product's card, its name and price glued to its button
# and the shop's name glued to its blurb ("...Note 10 Plus for $840See it now: SamsungArguably the
# best..."), in lines from DENSE_RUN_ON_MIN_CHARS on; in prose a price is followed by a space.
PRICED_MAX_GAP_CHARS = 40
_CURRENCY = frozenset("$€£¥")
# A piece that opens with a word or a few in capitals glued to a capitalised word is a box's label
# glued to its first item ("...million.DON'T MISSPlague and ..."), where the label has at least
# LABEL_MIN_LETTERS letters (a name written so, "ECMAScript", "XULRunner", has fewer), and at most
# runonpatterns.LABEL_MAX_WORDS words.
LABEL_MIN_LETTERS = 5
# A piece of a page run together that ends, after its last sentence, in a short capitalised phrase
# (at most TAIL_MAX_WORDS words, after at least TAIL_MIN_HEAD_CHARS characters) is a paragraph with
# the heading of the box after it ("...came into contact with. Related articles"): cut before the
# heading. gettext shape F1 0.9625 -> 0.9626 (two pages up, none down; four words: a headline ending
# in "Rep. Ilhan Omar" was cut and a dev markdown dump's formula); no dev dump's line is cut differently.
TAIL_MAX_WORDS = 3
TAIL_MIN_HEAD_CHARS = 40
# A line shorter than a page (RUN_ON_MIN_CHARS), or longer without a seam or a glued note, whose
# words open in lower case at least this share of the time, over PROSE_MIN_WORDS words or more, is a
# paragraph: a capitalised word of two parts in it after a lower-case word or a comma is a name written
# so ("with YouTube, GitHub and WordPress"), not two text nodes glued, and is not cut (a 449-character
# paragraph naming five such was cut into six pieces, "You" / "Tube, Git" / ...; three close together
# in a line of 400 to 1,000 characters, and a 1,178-character paragraph naming five, were cut too).
# gettext shape and dev outputs unchanged.
PROSE_MIN_LOWER_SHARE = 0.6
PROSE_MIN_WORDS = 20
# The word before such a name is looked for this far back (a longer word is no word of prose).
PROSE_WORD_MAX_CHARS = 40
# A line is cut only into at least this many pieces: one seam is more likely a typo than a page.
MIN_PIECES = 3
# ... and only when its seams come this often: a page run together has one every few hundred
# characters (menu items, paragraphs; on the dev pages' get_text() lines, at most 1,587 characters
# apart on average), while a long paragraph with a glued sentence or two is a paragraph, and stays
# whole when an output is cleaned again.
MAX_MEAN_PIECE_CHARS = 2_000
# Glued words are cut only where they come as often as a page's nodes: at least one in this many
# characters of the line (on the dev pages' get_text() lines, 1 in 40 to 1 in 250 where the nodes were
# glued; a paragraph naming a few products has one in thousands).
GLUE_MAX_MEAN_CHARS = 300


def split_run_ons(lines: Sequence[str]) -> tuple[tuple[str, ...], tuple[int, ...]]:
    """The lines with every run-on line cut into pieces, blank lines between them (so that each is
    a block of its own), and the 1-based source line of every returned line."""
    out: list[str] = []
    numbers: list[int] = []
    names = _names_on_other_lines(lines)
    for number, line in enumerate(lines, start=1):
        if len(line) < DENSE_RUN_ON_MIN_CHARS:  # most lines: kept as they are
            out.append(line)
            numbers.append(number)
            continue
        if len(line) >= SHORT_RUN_ON_MIN_CHARS:
            pieces = _pieces(line, names)
        else:
            pieces = (
                _glued_pieces(line, line, DENSE_GLUE_MAX_MEAN_CHARS, dense=True, names=names)
                or _clustered_pieces(line, line, priced_only=True, names=names)
                or [line]
            )
        for position, piece in enumerate(pieces):
            if position:
                out.append("")
                numbers.append(number)
            out.append(piece)
            numbers.append(number)
    return tuple(out), tuple(numbers)


def _pieces(line: str, names: frozenset[str]) -> list[str]:
    if len(line) < RUN_ON_MIN_CHARS:
        return (
            _glued_pieces(line, line, SHORT_GLUE_MAX_MEAN_CHARS, names=names)
            or _node_pieces(line)
            or _clustered_pieces(line, line, names=names)
            or [line]
        )
    seam = patterns()[0]
    brackets = [match.end() for match in patterns()[5].finditer(line)]
    glues = _glue_cuts(line, line, GLUE_MAX_MEAN_CHARS, names=names)
    parts = _cut(line, sorted({*glues, *brackets, *_letter_words(line)}))
    pieces = [piece for part in parts for piece in (p.strip() for p in seam.split(part)) if piece]
    if len(pieces) < max(MIN_PIECES, len(line) / MAX_MEAN_PIECE_CHARS):
        return [line]
    # A box run together inside the page (a menu, a list of headlines) is cut as a line of its own
    # length would be: the page's long paragraphs leave its glued words too rare over the line.
    # gettext shape F1 0.9452 -> 0.9453 (P 0.9418 -> 0.9420; two pages); no other input changes.
    return [
        small
        for tailed in pieces
        for labelled in _tail_pieces(tailed)
        for piece in _label_pieces(labelled, line, names)
        for small in (len(piece) >= SHORT_RUN_ON_MIN_CHARS and _glued_pieces(piece, line, names=names))
        or (len(piece) >= DENSE_RUN_ON_MIN_CHARS and _clustered_pieces(piece, line, names=names))
        or [piece]
    ]


def _letter_words(line: str) -> list[int]:
    """Where a word of one capital letter that is a stopword of the line's language ("A", "I")
    opens a node glued to the one before ("...of Kidnapped GirlA video showing ...", "...9:45 amI
    made"); a name ending in a capital ("SpaceX and") has no stopword there. gettext shape F1 0.9626
    -> 0.9627 (three pages up, one -0.0001); in lines of 400 to 1,000 characters too: the same, one
    page lower."""
    words = stopwords(guess_language(line))
    matches = letter_word_pattern().finditer(line)
    return [match.start() for match in matches if match.group(1).lower() in words]


def _tail_pieces(piece: str) -> list[str]:
    """The piece cut before a short heading after its last sentence (:data:`TAIL_MAX_WORDS`), or the
    piece."""
    match = tail_pattern().search(piece)
    if match is None or len(match.group().split()) > TAIL_MAX_WORDS or match.start() < TAIL_MIN_HEAD_CHARS:
        return [piece]
    return [piece[: match.start()], match.group().strip()]


def _label_pieces(piece: str, line: str, names: frozenset[str]) -> list[str]:
    """A piece that opens with a box's label in capitals glued to its first item ("DON'T
    MISSPlague and ...", "SUBSCRIBENov. 19, 2019"), or with a button whose last word is a short
    stopword glued to the next node ("Sign UpThis site is ...", "Contact UsCareers"), cut after the
    label; or the piece."""
    match = label_pattern().match(piece)
    if match is not None and sum(character.isalpha() for character in match.group()) >= LABEL_MIN_LETTERS:
        return [match.group(), piece[match.end() :]]
    button = button_pattern().match(piece)
    if button is None or button.group(1).lower() not in stopwords(guess_language(line)):
        return [piece]
    glued = patterns()[3].match(piece, button.start(1))
    if glued is None or _word_counts(line)[glued.group()] > 1 or glued.group() in names:  # a name ("WeWork")
        return [piece]
    return [button.group(), piece[button.end() :]]


def _node_pieces(line: str) -> list[str]:
    """A shorter line cut where nodes met without a glued word: after a sentence's end or a short
    bracketed note glued to the next capital ("...in Seoul on Thursday.Anthony Wallace / AFP"), or
    nothing when that gives fewer than :data:`MIN_PIECES` pieces or the line holds an address (a
    markdown dump's link list, "...Miskin?](https://...)")."""
    if "://" in line:
        return []
    ends = [match.start() for match in patterns()[4].finditer(line)]
    brackets = [match.end() for match in patterns()[5].finditer(line)]
    pieces = [piece for piece in (part.strip() for part in _cut(line, sorted({*ends, *brackets}))) if piece]
    return pieces if len(pieces) >= MIN_PIECES else []


def _cut(text: str, cuts: list[int]) -> list[str]:
    return [text[start:end] for start, end in zip((0, *cuts), (*cuts, len(text)), strict=True)]


def _glued_pieces(
    text: str,
    line: str,
    mean: int = SHORT_GLUE_MAX_MEAN_CHARS,
    *,
    dense: bool = False,
    names: frozenset[str] = frozenset(),
) -> list[str]:
    """``text`` (a part of ``line``, or all of it) cut at its glued words, or nothing when they are
    too rare or it would give fewer than :data:`MIN_PIECES` pieces."""
    cuts = _glue_cuts(text, line, mean, dense=dense, names=names)
    pieces = [piece for piece in (part.strip() for part in _cut(text, cuts)) if piece]
    return pieces if len(pieces) >= MIN_PIECES else []


def _clustered_pieces(
    text: str, line: str, *, priced_only: bool = False, names: frozenset[str] = frozenset()
) -> list[str]:
    """``text`` cut at the glued words that stand together (:data:`CLUSTER_MIN_WORDS` or more, each
    at most :data:`CLUSTER_MAX_GAP_CHARS` after the one before; or two, one of them a price glued to
    a capitalised word, at most :data:`PRICED_MAX_GAP_CHARS` apart), or nothing when none do. A
    ``priced_only`` text is cut at such pairs only (a shorter line: a product's card)."""
    cuts: list[int] = []
    cluster: list[int] = []
    words = widest = 0
    priced = False
    last_end = None

    def counted() -> list[int]:
        if priced and words >= 2 and widest <= PRICED_MAX_GAP_CHARS:
            return cluster
        return cluster if words >= CLUSTER_MIN_WORDS and not priced_only else []

    glued = [
        glue
        for glue in _cut_glued_words(text, line, names)
        if not _name_in_paragraph(text, line, glue[0], glue[2])
    ]
    for start, end, offsets, price in sorted([*glued, *_other_glues(text)]):
        if last_end is not None and start - last_end > CLUSTER_MAX_GAP_CHARS:
            cuts.extend(counted())
            cluster, words, widest, priced = [], 0, 0, False
        if last_end is not None and words:
            widest = max(widest, start - last_end)
        cluster.extend(offsets)
        words += 1
        priced = priced or price
        last_end = end
    cuts.extend(counted())
    return [piece for piece in (part.strip() for part in _cut(text, cuts)) if piece] if cuts else []


def _other_glues(text: str) -> Iterator[tuple[int, int, list[int], bool]]:
    """The places in ``text`` where a word in capitals or a number meets a capitalised word, as
    :func:`_cut_glued_words` gives glued words, and whether the number is a price ("$840See")."""
    for anchor, pattern in zip(other_glue_anchors(), other_glue_patterns(), strict=True):
        if anchor.search(text) is None:
            continue
        for match in pattern.finditer(text):
            price = text[match.start() - 1 : match.start()] in _CURRENCY
            yield match.end(), match.end(), [match.end()], price


def _cut_glued_words(
    text: str, line: str, names: frozenset[str] = frozenset()
) -> Iterator[tuple[int, int, list[int], bool]]:
    """The glued words of ``text`` that are cut (not a name that recurs on the ``line`` or stands on
    another line of the page, ``names``): their start, end and the offsets of their inner capitals."""
    if glue_anchor().search(text) is None:
        return
    _, glued_word, glue_pattern, _, _, _ = patterns()
    counts = _word_counts(line)
    for match in glued_word.finditer(text):
        offsets = [match.start() + glue.start() for glue in glue_pattern.finditer(match.group())]
        if len(offsets) > 1 or (counts[match.group()] == 1 and match.group() not in names):
            yield match.start(), match.end(), offsets, False


def _name_in_paragraph(text: str, line: str, start: int, offsets: list[int]) -> bool:
    """Whether the glued word at ``start`` of ``text`` (inner capitals at ``offsets``) is a name
    written so inside a paragraph: a capitalised word of two parts after a lower-case word or a comma
    ("with YouTube, GitHub and WordPress"), in a line that reads as prose
    (:data:`PROSE_MIN_LOWER_SHARE`) and is shorter than a page run together or has no seam at all.
    Two nodes glued are mostly capitalised words after capitalised words ("Jane DoeFour min read"),
    or follow a label ("See it now: SamsungArguably")."""
    return (
        len(offsets) == 1
        and text[start].isupper()
        and (len(line) < RUN_ON_MIN_CHARS or _seamless(line))
        and _reads_as_prose(line)
        and after_prose_word().search(text, max(0, start - PROSE_WORD_MAX_CHARS), start) is not None
    )


@functools.lru_cache(maxsize=1)
def _seamless(line: str) -> bool:
    """Whether the line has no seam and no glued bracketed note: a page run together has them
    (indentation's runs of spaces, sentences' ends glued to the next node), one long paragraph not."""
    seam, _, _, _, _, bracket = patterns()
    return seam.search(line) is None and bracket.search(line) is None


@functools.lru_cache(maxsize=1)
def _reads_as_prose(line: str) -> bool:
    """Whether most of the line's words open in lower case, as a paragraph's do (a page's nodes glued
    together are mostly capitalised: menus, headlines, labels)."""
    words = [word for word in patterns()[3].findall(line) if word[0].isalpha()]
    return len(words) >= PROSE_MIN_WORDS and sum(
        word[0].islower() for word in words
    ) >= PROSE_MIN_LOWER_SHARE * len(words)


def _glue_cuts(
    text: str, line: str, mean: int, *, dense: bool = False, names: frozenset[str] = frozenset()
) -> list[int]:
    """Where glued words of ``text`` are cut, at least one in ``mean`` characters: the offsets of
    their inner capitals. Words are counted over the whole ``line`` (a name recurs on the page).
    A ``dense`` text counts its glues alone: a menu glued into one word ("HomeWorldBusiness...")."""
    if not dense and len(glued_words(text)) < len(text) / mean:
        return []
    cuts = [
        offset
        for start, _, offsets, _ in _cut_glued_words(text, line, names)
        if not _name_in_paragraph(text, line, start, offsets)
        for offset in offsets
    ]
    return cuts if len(cuts) >= len(text) / mean else []


@functools.lru_cache(maxsize=1)
def _word_counts(line: str) -> Counter[str]:
    """How often each word occurs in the line (asked again for each of its pieces)."""
    return Counter(patterns()[3].findall(line))


def _names_on_other_lines(lines: Sequence[str]) -> frozenset[str]:
    """The glued words of the page's long lines (:data:`DENSE_RUN_ON_MIN_CHARS` on) that stand on a
    line of the page besides: a name written so ("SeaMonkey", "XULRunner") that the page's text uses
    again, where two text nodes glued meet once. A page run together into one line has none."""
    if not any(len(line) >= DENSE_RUN_ON_MIN_CHARS for line in lines):
        return frozenset()
    # The lines holding a glued word's anchor, found in one scan of the page (an anchor never spans
    # a line break): most lines hold none, and one search per line cost more than the words.
    ends = list(itertools.accumulate(len(line) + 1 for line in lines))
    page = "\n".join(lines)
    anchored = {bisect.bisect_right(ends, match.start()) for match in glue_anchor().finditer(page)}
    glued_word = patterns()[1]
    seen: Counter[str] = Counter()
    for number in anchored:
        seen.update(set(glued_word.findall(lines[number])))
    return frozenset(word for word, count in seen.items() if count > 1)

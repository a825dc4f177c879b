"""Pass 2 of the classifier: decisions about blocks that only make sense next to their neighbours.

The model (:mod:`articlean.classify`) judges each block from its features and its neighbours'
scores; these rules then look at the document's structure, on its verdicts:

* lone numbers and times are kept only when the model is sure;
* template sentences (comment forms, consent notices, player dialogs and countdowns,
  :mod:`articlean.countdowns`) go even inside the article,
  and so do links to other stories set between its paragraphs ("Read more: <headline>",
  :mod:`articlean.linklines`);
* a title printed twice in a row is a widget's, and a run of list items mostly dropped is a menu;
  mostly kept, it is the article's, and the phrases the model dropped in it are kept (``list-item``);
* recurring markers after the article's first paragraph make a run of things that are not the
  article: comment headers (a thread), slide counters (a gallery; a counter alone on its line goes
  too, :mod:`articlean.slidecounters`), cut-off or glued summaries and
  cards of a headline over its indented summary (a teaser list); when the kept text begins inside a
  thread, the short post just before it is the article; once the classifier's rounds are done,
  nothing after the start of a thread or a comment form under the article is (:func:`drop_after_thread`);
* a recipe card after the article is kept (:mod:`articlean.recipes`), and so is a run of product
  cards closed by shop buttons in a shopping article (:mod:`articlean.productcards`);
* a fragment the model dropped between two kept parts of one sentence is kept (a link printed on its
  own line);
* the article's own table of contents and the sections it lists are kept (:mod:`articlean.contents`);
* a paragraph of running text the model dropped just before or after the kept text is kept
  (:mod:`articlean.edgeparagraphs`), and so are the lines it dropped in a mostly kept run of short
  lines of one pattern (:mod:`articlean.parallels`);
* a box of other stories under a "related" heading goes with its list (:mod:`articlean.relatedlists`),
  or with its headlines when nothing else stands in it, even between the article's paragraphs
  (:mod:`articlean.boxheadlines`), and so do other stories' headlines over their bylines after the
  article's last paragraph (:mod:`articlean.storyheads`); so does the line of tags under the article
  (:mod:`articlean.taglines`);
* the company description closing a press release goes (:mod:`articlean.companynotes`), and so
  does the note about the author that closes many articles (:mod:`articlean.authornotes`), and
  the copy of the article printed from the page's structured data (:mod:`articlean.schemacopies`).

Every drop carries its reason id (README: "Reason ids").
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from typing import NamedTuple

from articlean.authornotes import author_notes
from articlean.boxheadlines import box_headlines
from articlean.cardruns import card_runs
from articlean.companynotes import company_note
from articlean.contents import contents_box, find_outline, outline_sections
from articlean.countdowns import countdown
from articlean.edgeparagraphs import closing_paragraphs, opening_paragraphs
from articlean.features import STATEMENT_END, TERMINAL
from articlean.fragments import paragraph_fragments
from articlean.linklines import link_lines
from articlean.model import MODEL_DROP_REASONS, Block, Label, Verdict
from articlean.parallels import closing_run, parallel_lines
from articlean.phrases import has_boilerplate_sentence, has_closing_sentence, normalise
from articlean.productcards import PRODUCT_CARD, product_cards
from articlean.readcards import read_cards
from articlean.recipes import recipe_cards
from articlean.recurringcaptions import recurring_captions
from articlean.relatedlists import related_lists
from articlean.schemacopies import schema_copies
from articlean.sectionedges import opening_list
from articlean.segment import count_words, list_end, next_line_of_paragraph
from articlean.slidecounters import lone_counters
from articlean.storyheads import story_heads
from articlean.taglines import tag_lines

# A kept block without a letter (a time, a count, a page number) needs this much confidence.
NO_LETTERS_CUT = 0.8
# Adjacent copies shorter than this are left alone: code, table cells and bullets repeat by nature.
REPEAT_MIN_WORDS = 3
# ... and longer ones are sentences rather than the titles that media widgets print twice.
REPEAT_MAX_WORDS = 20
# Blocks up to this long that contain a template sentence are the template's (longer ones quote it).
TEMPLATE_MAX_WORDS = 60
# A run of list items is a menu when less than this share of its words was kept.
LIST_KEPT_SHARE = 0.5
# ... and the article's own when at least this share was kept: the items the model alone dropped
# (or called a menu) are kept too.
LIST_WHOLE_SHARE = 0.6
# ... in a list of at least LIST_WHOLE_MIN_ITEMS items, and only items of at least LIST_ITEM_MIN_WORDS
# words: a sentence or a phrase, not a menu's "Home" or a contents' "Conclusion".
LIST_WHOLE_MIN_ITEMS = 3
LIST_ITEM_MIN_WORDS = 4
# ... and items dropped as lists of links of at least LIST_SENTENCE_MIN_WORDS words, of which at least
# LIST_UNLINKED_CHARS characters are not link text (a word before or after the link).
LIST_SENTENCE_MIN_WORDS = 6
LIST_UNLINKED_CHARS = 3
# How a text cut short ends.
_ELLIPSES = ("...", "…")
# Recurring markers (_drop_recurring): comment headers (a time stamp or a reply button) and slide
# counters are blocks of at most MARKER_MAX_WORDS words; at least MARKER_MIN_RUN of them, each within
# MARKER_MAX_GAP blocks of the last, make a comment thread or a gallery, which only counts after a kept
# block of at least ARTICLE_MIN_WORDS words (the article).
MARKER_MAX_WORDS = 16
MARKER_MIN_RUN = 3
MARKER_MAX_GAP = 8
ARTICLE_MIN_WORDS = 12
# Once MARKER_MIN_RUN headers make a thread, the next one may be this far from the last: a long
# comment (a reader's essay split into paragraphs, with its rating and name lines) stretches the gap.
THREAD_MAX_GAP = 2 * MARKER_MAX_GAP
# Two threads (runs of MARKER_MIN_RUN headers each) at most this far apart are one: what stands between
# them is a comment too long for THREAD_MAX_GAP (a dump that prints every link of it on its own line).
THREADS_MAX_GAP = 4 * MARKER_MAX_GAP
# Blocks of at most this many words (a pager link, a separator, a name split from its header) do not
# count in how far a post stands before its comment thread.
FRAGMENT_MAX_WORDS = 2
# Teaser summaries (_drop_teasers): blocks of at least this many words cut off mid-sentence, each
# within this many blocks of the last (a headline may stand between two summaries).
TEASER_MIN_WORDS = 15
TEASER_MAX_GAP = 2
# ... or cards: list items of at most CARD_HEADLINE_MAX_WORDS words, each over a summary of
# CARD_SUMMARY_MIN_WORDS to CARD_SUMMARY_MAX_WORDS words nested in it, each within CARD_MAX_GAP blocks
# of the last (an image or a date line may stand between two cards).
CARD_HEADLINE_MAX_WORDS = 14
CARD_SUMMARY_MIN_WORDS = 8
CARD_SUMMARY_MAX_WORDS = 60
CARD_MAX_GAP = 3
# ... or headlines glued to their summaries: a head of at least GLUED_HEAD_WORDS words, this share of
# them capitalised, a capital right after a lowercase letter or digit, and a summary of at least
# GLUED_SUMMARY_WORDS words after it.
GLUED_HEAD_WORDS = 3
GLUED_SUMMARY_WORDS = 10
GLUED_CAPITAL_SHARE = 0.6
_GLUE = re.compile(r"(?<=[a-z0-9])(?=[A-Z][a-z\s])")
_COMMENT_STAMP = re.compile(
    r"\b\d+\s*(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\s+ago\b"
    r"|\bhace\s+\d+\s+(?:segundos?|minutos?|horas?|d[ií]as?|semanas?|meses|mes|años?)\b"
    r"|\bil y a\s+\d+\s+(?:secondes?|minutes?|heures?|jours?|semaines?|mois|ans?)\b"
    r"|\bvor\s+\d+\s+(?:Sekunden|Minuten|Minute|Stunden|Stunde|Tagen|Tag|Wochen|Woche|Monaten|Monat|Jahren|Jahr)\b"
    r"|\bh[áa]\s+\d+\s+(?:segundos?|minutos?|horas?|dias?|semanas?|meses|m[êe]s|anos?)\b"
    r"|\b\d+\s+(?:secondi|minuti|ore|giorni|settimane|mesi|anni)\s+fa\b"
    r"|(?:\d.*\b|^\W*)(?:said|says|wrote|writes|dijo|escribió|a écrit|schrieb|disse|scrive)\s*:\s*$"
    r"|^\W*(?:reply|responder|répondre|antworten|rispondi|responda|ответить)\W*$",
    re.IGNORECASE,
)
_SLIDE_COUNTER = re.compile(
    r"^\W*(?:(?:image|photo|picture|slide|foto|imagen|bild|immagine|фото)\s+)?(\d{1,3})\s*"
    r"(?:/|of|de|von|di|sur|из)\s*(\d{1,3})(?![\d/.:-])",
    re.IGNORECASE,
)


# Distinct block texts whose marks (_marks) are remembered: the classifier's rounds and the pipeline's
# re-check settle the same blocks again, three or four times per document.
MARKS_CACHE_SIZE = 1 << 16


class _Marks(NamedTuple):
    """What the rules read from a block's text alone."""

    key: str  # the normalised text
    title_like: bool  # as long as a title that widgets print twice, without closing punctuation
    template: bool  # short enough to be a template's and holds a template sentence
    stamp: bool  # a comment header (comment_stamp)
    slides: str | None  # the total of the slide counter it opens with
    cut_off: bool  # a summary cut off mid-sentence (_cut_off)
    glued: bool  # a headline glued to its summary (_glued)


@functools.lru_cache(maxsize=MARKS_CACHE_SIZE)
def _marks(text: str) -> _Marks:
    key = normalise(text)
    key_words = len(key.split())
    words = len(text.split())
    counter = _SLIDE_COUNTER.match(text)
    slides = (
        counter.group(2)
        if counter and words <= MARKER_MAX_WORDS and 0 < int(counter.group(1)) <= int(counter.group(2))
        else None
    )
    return _Marks(
        key,
        REPEAT_MIN_WORDS <= key_words <= REPEAT_MAX_WORDS and not text.rstrip().endswith(TERMINAL),
        (words <= TEMPLATE_MAX_WORDS and has_boilerplate_sentence(key)) or countdown(text),
        comment_stamp(text),
        slides,
        _cut_off(text),
        _glued(text),
    )


def settle(blocks: Sequence[Block], verdicts: list[Verdict]) -> list[Verdict]:
    """Pass 2: decisions about blocks that only make sense next to their neighbours."""
    verdicts = list(verdicts)
    marks = [_marks(block.text) for block in blocks]
    _drop_lone_numbers(blocks, verdicts)
    _drop_template_sentences(marks, verdicts)
    for index in link_lines(blocks, verdicts):
        _drop(verdicts, index, "link-line")
    _drop_adjacent_repeats(marks, verdicts)
    _settle_lists(blocks, verdicts)
    _drop_comment_threads(blocks, marks, verdicts)
    _drop_galleries(blocks, marks, verdicts)
    for index in lone_counters(blocks, verdicts):
        _drop(verdicts, index, "no-words")
    _drop_teasers(blocks, marks, verdicts)
    _drop_cards(blocks, verdicts)
    for index in card_runs(blocks, verdicts):
        _drop(verdicts, index, "teasers")
    for index in read_cards(blocks, verdicts):
        _drop(verdicts, index, "teasers")
    _keep_inside_sentences(blocks, verdicts)
    _keep(verdicts, paragraph_fragments(blocks, verdicts), "inside-paragraph")
    outline = find_outline(blocks)
    _mark(verdicts, contents_box(outline, verdicts), "contents")
    _mark(verdicts, outline_sections(outline, blocks, verdicts), "outline-section")
    _keep(verdicts, opening_list(blocks, verdicts), "article-opening")
    _keep(verdicts, opening_paragraphs(blocks, verdicts), "article-opening")
    _keep(verdicts, closing_paragraphs(blocks, verdicts), "article-closing")
    _keep(verdicts, parallel_lines(blocks, verdicts), "parallel-lines")
    _keep(verdicts, closing_run(blocks, verdicts), "parallel-lines")
    _keep(verdicts, recipe_cards(blocks, verdicts), "recipe")
    for index in product_cards(blocks, verdicts):  # kept blocks keep their label (a heading)
        label = verdicts[index].label if verdicts[index].label.is_body else Label.BODY
        verdicts[index] = Verdict(label, verdicts[index].score, PRODUCT_CARD)
    opening = _article_start(blocks, verdicts)
    if opening is not None:
        _drop_after_article(blocks, verdicts, opening)
    recurring_captions(blocks, verdicts)
    return verdicts


# What closes an article, found from its first block of running text: each rule gives the blocks.
_AFTER_ARTICLE = (
    (related_lists, "related-list"),
    (box_headlines, "related-headlines"),
    (story_heads, "related-headlines"),
    (tag_lines, "tag-list"),
    (company_note, "company-note"),
    (author_notes, "author-note"),
    (schema_copies, "schema-copy"),
)


# Keeps of the rules above for cards that are the article's: a product's name over its description
# reads as another story's headline to the rules for what follows an article.
_CARD_KEEPS = frozenset({PRODUCT_CARD, "recipe"})


def _drop_after_article(blocks: Sequence[Block], verdicts: list[Verdict], opening: int) -> None:
    """Boxes of other stories, tag lines, company and author notes after the article's ``opening``
    (not the article's own cards, :data:`_CARD_KEEPS`)."""
    for rule, reason in _AFTER_ARTICLE:
        for index in rule(blocks, verdicts, opening):
            if verdicts[index].label.is_body and verdicts[index].reason not in _CARD_KEEPS:
                _drop(verdicts, index, reason)


def _keep(verdicts: list[Verdict], indexes: Sequence[int], reason: str) -> None:
    for index in indexes:
        verdicts[index] = Verdict(Label.BODY, verdicts[index].score, reason)


def _mark(verdicts: list[Verdict], indexes: Sequence[int], reason: str) -> None:
    """Keep the blocks at ``indexes`` for ``reason``; a kept one keeps its label (a heading)."""
    for index in indexes:
        verdict = verdicts[index]
        label = verdict.label if verdict.label.is_body else Label.BODY
        verdicts[index] = Verdict(label, verdict.score, reason)


def _drop(verdicts: list[Verdict], index: int, reason: str) -> None:
    verdicts[index] = Verdict(Label.BOILERPLATE, verdicts[index].score, reason)


# Drops that _keep_inside_sentences may overrule: the model's own, not the rules' or the labels'.
_SENTENCE_REVIVABLE = MODEL_DROP_REASONS | {"link-list", "no-words"}
# Drops that a mostly kept list overrules in its items.
_LIST_REVIVABLE = MODEL_DROP_REASONS | {"menu"}


def _keep_inside_sentences(blocks: Sequence[Block], verdicts: list[Verdict]) -> None:
    """A run of dropped fragments inside one kept sentence is the sentence's: dumps that print every
    link on its own line ("... had 11 hits on" / "Mason Rudolph" / "(well, 12 ...") split it there,
    and the model judges the link text alone. The run must fill the lines between two kept blocks of
    one paragraph, the first of which has not finished its sentence."""
    index = 1
    while index < len(blocks):
        before = index - 1
        if not verdicts[before].label.is_body or verdicts[index].label.is_body:
            index += 1
            continue
        after = index
        while after < len(blocks) and not verdicts[after].label.is_body:
            after += 1
        if (
            after < len(blocks)
            and verdicts[before].label is Label.BODY
            and not blocks[before].text.rstrip().endswith(TERMINAL)
            and all(verdicts[i].reason in _SENTENCE_REVIVABLE for i in range(index, after))
            and all(next_line_of_paragraph(blocks[i - 1], blocks[i]) for i in range(index, after + 1))
        ):
            for i in range(index, after):
                verdicts[i] = Verdict(Label.BODY, verdicts[i].score, "inside-sentence")
        index = after + 1


def _drop_lone_numbers(blocks: Sequence[Block], verdicts: list[Verdict]) -> None:
    """Times, counters and page numbers: kept only when the model is sure (r2 splits sentences at them)."""
    for index, (block, verdict) in enumerate(zip(blocks, verdicts, strict=True)):
        if (
            verdict.label.is_body
            and verdict.score < NO_LETTERS_CUT
            and not any(c.isalpha() for c in block.text)
        ):
            _drop(verdicts, index, "no-words")


def _drop_template_sentences(marks: Sequence[_Marks], verdicts: list[Verdict]) -> None:
    """Comment-form, consent, newsletter and player sentences (data/boilerplate-sentences.txt) read
    like prose to the model; in a block short enough to be the template's own, they go."""
    for index, (mark, verdict) in enumerate(zip(marks, verdicts, strict=True)):
        if verdict.label.is_body and mark.template:
            _drop(verdicts, index, "boilerplate-sentence")


def _drop_adjacent_repeats(marks: Sequence[_Marks], verdicts: list[Verdict]) -> None:
    """A title printed twice in a row belongs to a widget (a video player and its caption), not to the
    article: both copies go. Repeated sentences are left to the model (some pages do repeat them)."""
    for index in range(1, len(marks)):
        if marks[index].title_like and marks[index].key == marks[index - 1].key:
            for position in (index - 1, index):
                if verdicts[position].label.is_body:
                    _drop(verdicts, position, "repeated")


def comment_stamp(text: str) -> bool:
    """Whether a short block is the header of a reader's comment: a time stamp ("2 days ago",
    "hace 3 horas", "September 19, 2018 at 12:48 pm said:") or a bare reply button."""
    words = text.split(None, MARKER_MAX_WORDS)  # past MARKER_MAX_WORDS words the count does not matter
    if not words or len(words) > MARKER_MAX_WORDS or text.rstrip().endswith(TERMINAL):
        return False
    return _COMMENT_STAMP.search(text) is not None


def _drop_comment_threads(blocks: Sequence[Block], marks: Sequence[_Marks], verdicts: list[Verdict]) -> None:
    """Readers' comments: a run of comment headers (time stamps, "said:", reply buttons) that recur
    every few blocks after the article has begun. The model drops the headers but often keeps the
    comments between them, which read like prose."""
    stamps = [index for index, mark in enumerate(marks) if mark.stamp]
    _keep_post_before_thread(blocks, verdicts, stamps)
    _drop_recurring(blocks, verdicts, stamps, "comments")


def drop_after_thread(blocks: Sequence[Block], verdicts: Sequence[Verdict]) -> list[Verdict]:
    """Everything kept after the start of a comment thread or a comment form that follows the article
    goes too: the article does not resume under its readers' comments or the form to write one, and
    what the model keeps there is a box of other stories' headlines over their summaries. Applied
    once the classifier's rounds are done: the comments it drops would change what the next round
    reads of the whole document."""
    verdicts = list(verdicts)
    opening = _article_start(blocks, verdicts)
    if opening is None:
        return verdicts
    stamps = [index for index, block in enumerate(blocks) if _marks(block.text).stamp]
    threads = [run for run in _marker_runs(stamps, MARKER_MAX_GAP, headers=True) if run[0] > opening]
    ends = [run[0] for run in threads[:1]]
    form = _comment_form(blocks, verdicts, _first_kept(verdicts))
    if form is not None:
        ends.append(form)
    if ends:
        for index in range(min(ends), len(blocks)):
            if verdicts[index].label.is_body:
                _drop(verdicts, index, "after-comments")
    return verdicts


def _first_kept(verdicts: Sequence[Verdict]) -> int:
    """The first kept block (there is one: the article's start is one)."""
    return next(index for index, verdict in enumerate(verdicts) if verdict.label.is_body)


def _comment_form(blocks: Sequence[Block], verdicts: Sequence[Verdict], opening: int) -> int | None:
    """The first block after the first kept one whose opening words hold a sentence of what pages
    print under an article: a comment form ("Your email address will not be published"), a consent
    notice, a newsletter box or a share prompt (data/comment-forms.txt, data/boilerplate-sentences.txt;
    not a player's, which stands inside articles too), when the text kept before it holds more words
    than the text kept after it (a form under the article, not a comment link by its byline).
    It is looked for from the first kept block, not from the first of running text: an article of
    short lines (a schedule, a list of results) has its first long paragraph only in the box of
    other stories under the form, and the guard on the words kept before and after the form keeps
    a notice near the page's top from ending anything.
    Only the block's first TEMPLATE_MAX_WORDS words are read: a dump that runs a page's nodes together
    prints the notice and the rest of its box as one long block, and a paragraph that quotes such a
    sentence does not open with it."""
    for index in range(opening + 1, len(blocks)):
        if _opens_with_closing(blocks[index].text):
            kept = [_kept_words(blocks[i], verdicts[i]) for i in range(len(blocks))]
            return index if sum(kept[opening:index]) > sum(kept[index + 1 :]) else None
    return None


@functools.lru_cache(maxsize=MARKS_CACHE_SIZE)
def _opens_with_closing(text: str) -> bool:
    """Whether a block's first TEMPLATE_MAX_WORDS words hold a closing sentence (remembered: every
    settle pass and re-check reads the same blocks again)."""
    opening_words = normalise(text).split(" ", TEMPLATE_MAX_WORDS)[:TEMPLATE_MAX_WORDS]
    return has_closing_sentence(" ".join(opening_words))


def _kept_words(block: Block, verdict: Verdict) -> int:
    return len(block.text.split()) if verdict.label.is_body else 0


def _keep_post_before_thread(blocks: Sequence[Block], verdicts: list[Verdict], stamps: Sequence[int]) -> None:
    """A short post over a long comment thread: the model takes the thread, the longer run of
    prose, for the article. When the kept text begins inside a thread, the post is the prose that
    stands just before the thread's first header (:func:`_post_before`), past its "Posted in",
    "Comments" and pager lines: it is kept, and the thread then goes as comments."""
    opening = _article_start(blocks, verdicts)
    if opening is None:
        return
    for run in _marker_runs(stamps, MARKER_MAX_GAP, headers=True):
        if run[0] > opening:
            return
        if opening <= run[-1] + _period(run):
            for index in _post_before(blocks, run[0]):
                if verdicts[index].reason in _SENTENCE_REVIVABLE:
                    verdicts[index] = Verdict(Label.BODY, verdicts[index].score, "post-before-comments")
            return


def _post_before(blocks: Sequence[Block], end: int) -> list[int]:
    """The paragraphs of running text nearest before ``end`` within MARKER_MAX_GAP blocks
    (:func:`_blocks_before`): from the last one back to a block that does not end a sentence (the
    byline or date line over the post)."""
    post: list[int] = []
    for index in reversed(_blocks_before(blocks, end)):
        text = blocks[index].text.rstrip()
        sentence = text.endswith(TERMINAL)
        if sentence and not blocks[index].heading_level and len(text.split()) >= ARTICLE_MIN_WORDS:
            post.append(index)
        elif post and not sentence:
            break
    return post


def _blocks_before(blocks: Sequence[Block], end: int) -> range:
    """The blocks before ``end`` that hold up to MARKER_MAX_GAP blocks of more than one or two words:
    pager links, separators and a header split at its links ("Jane" / "on") do not count."""
    start = end
    counted = 0
    while start > 0 and counted < MARKER_MAX_GAP:
        start -= 1
        counted += len(blocks[start].text.split()) > FRAGMENT_MAX_WORDS
    return range(start, end)


def _drop_galleries(blocks: Sequence[Block], marks: Sequence[_Marks], verdicts: list[Verdict]) -> None:
    """Slide shows: blocks that open with a slide counter ("1/50 ...", "Image 2 of 5") of one total,
    recurring every few blocks; the captions between them are the gallery's, not the article's."""
    counters: dict[str, list[int]] = {}
    for index, mark in enumerate(marks):
        if mark.slides is not None:
            counters.setdefault(mark.slides, []).append(index)
    for slides in counters.values():
        _drop_recurring(blocks, verdicts, slides, "gallery")


def _drop_teasers(blocks: Sequence[Block], marks: Sequence[_Marks], verdicts: list[Verdict]) -> None:
    """Teaser lists: summaries of other stories, several in a row after the article, cut off with an
    ellipsis ("... under the new rules…") or run into their headlines (:func:`_glued`)."""
    teasers = [
        index
        for index, (block, mark) in enumerate(zip(blocks, marks, strict=True))
        if mark.cut_off or (not block.heading_level and mark.glued)
    ]
    opening = _article_start(blocks, verdicts)
    # A list of teasers over the article: its first summary, cut off with an ellipsis, passed for
    # the article's first paragraph (an article's opening is not cut off; a glued one may be a name
    # such as "MacBook", so a glued one counts only when the next block is glued too: a list of them).
    leading = opening is not None and (
        marks[opening].cut_off
        or (opening + 1 < len(marks) and marks[opening].glued and marks[opening + 1].glued)
    )
    _drop_recurring(blocks, verdicts, teasers, "teasers", gap=TEASER_MAX_GAP, headers=False, leading=leading)


def _drop_cards(blocks: Sequence[Block], verdicts: list[Verdict]) -> None:
    """Cards of other stories: list items that are each a headline with its summary indented under
    it (:func:`_card`), several in a row after the article. An article's own list items carry their
    text on the bullet's line."""
    cards = [index for index in range(len(blocks) - 1) if _card(blocks[index], blocks[index + 1])]
    _drop_recurring(blocks, verdicts, cards, "teasers", gap=CARD_MAX_GAP)


def _card(headline: Block, summary: Block) -> bool:
    """Whether a list item is a headline over a summary paragraph nested in it (indented deeper)."""
    return (
        headline.list_item
        and len(headline.text.split()) <= CARD_HEADLINE_MAX_WORDS
        and not headline.text.rstrip().endswith(STATEMENT_END)
        and not summary.list_item
        and not summary.heading_level
        and summary.indent > headline.indent
        and CARD_SUMMARY_MIN_WORDS <= len(summary.text.split()) <= CARD_SUMMARY_MAX_WORDS
    )


def _cut_off(text: str) -> bool:
    """Whether a paragraph-sized block stops before its sentence ends (a truncated summary)."""
    text = text.rstrip()
    if len(text.split(None, TEASER_MIN_WORDS)) < TEASER_MIN_WORDS:
        return False
    return text.endswith(_ELLIPSES)


def _glued(text: str) -> bool:
    """Whether a block is a headline run into its summary without a space, as text extracted without
    separators prints a teaser ("Customers Leave Without Paying Bill At Troy SteakhouseA party of six
    left ..."): a title-case run, then a capital straight after a lowercase letter or digit."""
    glue = _GLUE.search(text)
    if glue is None or len(text[glue.end() :].split()) < GLUED_SUMMARY_WORDS:
        return False
    head = text[: glue.start() + 1].split()
    capitals = sum(1 for word in head if word[:1].isupper() or word[:1].isdigit())
    return len(head) >= GLUED_HEAD_WORDS and capitals >= GLUED_CAPITAL_SHARE * len(head)


def _drop_recurring(
    blocks: Sequence[Block],
    verdicts: list[Verdict],
    markers: Sequence[int],
    reason: str,
    *,
    gap: int = MARKER_MAX_GAP,
    headers: bool = True,
    leading: bool = False,
) -> None:
    """Drop each run of recurring markers after the first kept article text, from its first marker
    to its last; when the markers are ``headers`` of items, also one period after the last (where
    the last item's text stands), and only runs that start after that text (a thread that opens the
    page is the page). Once a run of headers holds MARKER_MIN_RUN of them, the next may stand up to
    THREAD_MAX_GAP blocks on (a long comment). Markers that are items themselves (teaser summaries)
    count from the first item after it, or from the first kept text itself when it is ``leading``."""
    opening = _article_start(blocks, verdicts)
    if opening is None:
        return
    if not headers:
        markers = [index for index in markers if index > opening or (leading and index == opening)]
    for run in _marker_runs(markers, gap, headers=headers):
        if run[0] > opening or leading:
            period = _period(run) if headers else 0
            for index in range(run[0], min(len(blocks), run[-1] + period + 1)):
                if verdicts[index].label.is_body:
                    _drop(verdicts, index, reason)


def _marker_runs(markers: Sequence[int], gap: int, *, headers: bool) -> list[Sequence[int]]:
    """The runs of at least MARKER_MIN_RUN markers, each within ``gap`` blocks of the last (once a run
    of ``headers`` holds MARKER_MIN_RUN of them, within THREAD_MAX_GAP); runs of ``headers`` up to
    THREADS_MAX_GAP apart are one."""
    runs: list[Sequence[int]] = []
    start = 0
    while start < len(markers):
        end = start
        while end + 1 < len(markers) and markers[end + 1] - markers[end] <= (
            THREAD_MAX_GAP if headers and end - start + 1 >= MARKER_MIN_RUN else gap
        ):
            end += 1
        run = markers[start : end + 1]
        if len(run) >= MARKER_MIN_RUN and headers and runs and run[0] - runs[-1][-1] <= THREADS_MAX_GAP:
            runs[-1] = [*runs[-1], *run]
        elif len(run) >= MARKER_MIN_RUN:
            runs.append(run)
        start = end + 1
    return runs


def _period(run: Sequence[int]) -> int:
    """The mean distance between a run's headers: how far the last item's text reaches."""
    return max(1, round((run[-1] - run[0]) / (len(run) - 1)))


def _article_start(blocks: Sequence[Block], verdicts: Sequence[Verdict]) -> int | None:
    """The first kept block of running text: threads and lists of other stories come after it."""
    return next(
        (
            index
            for index, (block, verdict) in enumerate(zip(blocks, verdicts, strict=True))
            if verdict.label.is_body and len(block.text.split(None, ARTICLE_MIN_WORDS)) >= ARTICLE_MIN_WORDS
        ),
        None,
    )


def _settle_lists(blocks: Sequence[Block], verdicts: list[Verdict]) -> None:
    """A run of list items in one group is judged as a whole: mostly dropped means a menu; mostly
    kept (in a list of LIST_WHOLE_MIN_ITEMS items or more), the article's own list, whose items the
    model dropped are kept when they are phrases (:func:`_list_item`)."""
    start = 0
    while start < len(blocks):
        end = list_end(blocks, start)
        if end - start > 1:
            run = range(start, end)
            total = sum(len(blocks[i].text) for i in run) or 1
            kept = sum(len(blocks[i].text) for i in run if verdicts[i].label.is_body)
            if kept < LIST_KEPT_SHARE * total:
                for i in run:
                    if verdicts[i].label.is_body:
                        _drop(verdicts, i, "menu")
            elif end - start >= LIST_WHOLE_MIN_ITEMS and kept >= LIST_WHOLE_SHARE * total:
                for i in run:
                    if _list_item(blocks[i], verdicts[i]):
                        verdicts[i] = Verdict(Label.BODY, verdicts[i].score, "list-item")
        start = max(end, start + 1)


def _list_item(block: Block, verdict: Verdict) -> bool:
    """Whether a dropped item of a mostly kept list is the list's: a phrase of LIST_ITEM_MIN_WORDS
    words or more that the model dropped or called a menu item; or one it called a list of links when
    it is a sentence (LIST_SENTENCE_MIN_WORDS words) not all of which is link text ("Gijs [made the
    toolbar start later](...)"): a box of links is links through. An item cut short with an ellipsis
    is the headline of another story, as a box of related posts prints it."""
    if block.text.rstrip().endswith(_ELLIPSES):  # a teaser's headline cut short: another story's
        return False
    words = count_words(block.text)
    if verdict.reason in _LIST_REVIVABLE:
        return words >= LIST_ITEM_MIN_WORDS
    if verdict.reason == "link-list":
        return words >= LIST_SENTENCE_MIN_WORDS and len(block.text) - block.link_chars >= LIST_UNLINKED_CHARS
    return False

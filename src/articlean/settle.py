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
  thread, the short post just before it is the article (:mod:`articlean.recurring`); once the
  classifier's rounds are done, nothing after the start of a thread or a comment form under the
  article is (:func:`articlean.recurring.drop_after_thread`);
* a recipe card after the article is kept (:mod:`articlean.recipes`), and so is a run of product
  cards closed by shop buttons in a shopping article (:mod:`articlean.productcards`);
* a fragment the model dropped between two kept parts of one sentence is kept (a link printed on its
  own line);
* the article's own table of contents and the sections it lists are kept (:mod:`articlean.contents`);
* a paragraph of running text the model dropped just before or after the kept text is kept
  (:mod:`articlean.edgeparagraphs`), also over a picture's short lines right above a kept paragraph
  (:mod:`articlean.pictureleads`), and so are the lines it dropped in a mostly kept run of short
  lines of one pattern (:mod:`articlean.parallels`);
* a box of other stories under a "related" heading goes with its list (:mod:`articlean.relatedlists`),
  or with its headlines when nothing else stands in it, even between the article's paragraphs
  (:mod:`articlean.boxheadlines`), and so do other stories' headlines over their bylines after the
  article's last paragraph (:mod:`articlean.storyheads`); so does the line of tags under the article
  (:mod:`articlean.taglines`);
* the company description closing a press release goes (:mod:`articlean.companynotes`), and so
  does the note about the author that closes many articles (:mod:`articlean.authornotes`), and
  the copy of the article printed from the page's structured data (:mod:`articlean.schemacopies`).
* what was kept between the page's ``<title>`` printed first and its headline printed again over the
  article is the page's header, not the article (:mod:`articlean.aboveheadline`), and what was kept
  past the menus that close the page, holding a copyright notice or an appeal, is its footer
  (:mod:`articlean.pagefooters`); a box of key points over the article that the article says again
  goes (:mod:`articlean.summaryboxes`), and so does a sign-up box's pitch over its dropped button
  (:mod:`articlean.signupboxes`).

Every drop carries its reason id (README: "Reason ids").
"""

from __future__ import annotations

from collections.abc import Sequence

from articlean.aboveheadline import above_headline
from articlean.authornotes import author_notes
from articlean.blockmarks import ELLIPSES, Marks, block_marks
from articlean.boxheadlines import box_headlines
from articlean.cardruns import card_runs
from articlean.companynotes import company_note
from articlean.contents import contents_box, find_outline, outline_sections
from articlean.edgeparagraphs import closing_paragraphs, inner_openings, opening_paragraphs
from articlean.features import TERMINAL
from articlean.fragments import paragraph_fragments
from articlean.linklines import link_lines
from articlean.model import MODEL_DROP_REASONS, Block, Label, Verdict
from articlean.pagefooters import page_footer
from articlean.paragraphs import list_end, next_line_of_paragraph
from articlean.parallels import closing_run, parallel_lines
from articlean.pictureleads import leads_over_pictures
from articlean.productcards import PRODUCT_CARD, product_cards
from articlean.readcards import read_cards
from articlean.recipes import recipe_cards
from articlean.recurring import article_start, drop_cards, drop_comment_threads, drop_galleries, drop_teasers
from articlean.recurringcaptions import recurring_captions
from articlean.relatedlists import related_lists
from articlean.schemacopies import schema_copies
from articlean.sectionedges import inner_lines, opening_list
from articlean.segment import count_words
from articlean.signupboxes import signup_boxes
from articlean.slidecounters import lone_counters
from articlean.storyheads import story_heads
from articlean.summaryboxes import summary_boxes
from articlean.taglines import tag_lines
from articlean.verdictedits import SENTENCE_REVIVABLE, drop, keep, keep_labelled

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
# ... or of as many words as the shortest item the model kept in it, when that is shorter: a list of
# things the article needs ("Tweezers", "Floral foam oasis") has short items through. Not a lone
# letter: a navigation box's "v", "t", "e" (a word of Chinese may have two characters).
SHORT_ITEM_MIN_CHARS = 2
# ... and items dropped as lists of links of at least LIST_SENTENCE_MIN_WORDS words, of which at least
# LIST_UNLINKED_CHARS characters are not link text (a word before or after the link).
LIST_SENTENCE_MIN_WORDS = 6
LIST_UNLINKED_CHARS = 3


def settle(blocks: Sequence[Block], verdicts: list[Verdict]) -> list[Verdict]:
    """Pass 2: decisions about blocks that only make sense next to their neighbours."""
    verdicts = list(verdicts)
    marks = [block_marks(block.text) for block in blocks]
    _drop_lone_numbers(blocks, verdicts)
    _drop_template_sentences(marks, verdicts)
    for index in link_lines(blocks, verdicts):
        drop(verdicts, index, "link-line")
    _drop_adjacent_repeats(marks, verdicts)
    _settle_lists(blocks, verdicts)
    drop_comment_threads(blocks, marks, verdicts)
    drop_galleries(blocks, marks, verdicts)
    for index in lone_counters(blocks, verdicts):
        drop(verdicts, index, "no-words")
    drop_teasers(blocks, marks, verdicts)
    drop_cards(blocks, verdicts)
    for index in card_runs(blocks, verdicts):
        drop(verdicts, index, "teasers")
    for index in read_cards(blocks, verdicts):
        drop(verdicts, index, "teasers")
    _keep_inside_sentences(blocks, verdicts)
    keep(verdicts, paragraph_fragments(blocks, verdicts), "inside-paragraph")
    outline = find_outline(blocks)
    keep_labelled(verdicts, contents_box(outline, verdicts), "contents")
    keep_labelled(verdicts, outline_sections(outline, blocks, verdicts), "outline-section")
    keep(verdicts, opening_list(blocks, verdicts), "article-opening")
    keep(verdicts, opening_paragraphs(blocks, verdicts), "article-opening")
    keep(verdicts, closing_paragraphs(blocks, verdicts), "article-closing")
    keep(verdicts, inner_openings(blocks, verdicts), "article-opening")
    keep(verdicts, leads_over_pictures(blocks, verdicts), "article-opening")
    keep(verdicts, inner_lines(blocks, verdicts), "inner-line")
    keep(verdicts, parallel_lines(blocks, verdicts), "parallel-lines")
    keep(verdicts, closing_run(blocks, verdicts), "parallel-lines")
    keep(verdicts, recipe_cards(blocks, verdicts), "recipe")
    for index in product_cards(blocks, verdicts):  # kept blocks keep their label (a heading)
        label = verdicts[index].label if verdicts[index].label.is_body else Label.BODY
        verdicts[index] = Verdict(label, verdicts[index].score, PRODUCT_CARD)
    opening = article_start(blocks, verdicts)
    if opening is not None:
        _drop_after_article(blocks, verdicts, opening)
    recurring_captions(blocks, verdicts)
    for index in above_headline(blocks, verdicts):
        drop(verdicts, index, "above-headline")
    for index in page_footer(blocks, verdicts, marks):
        drop(verdicts, index, "page-footer")
    for index in summary_boxes(blocks, verdicts):
        drop(verdicts, index, "summary-box")
    for index in signup_boxes(blocks, verdicts):
        drop(verdicts, index, "signup-box")
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
                drop(verdicts, index, reason)


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
            and all(verdicts[i].reason in SENTENCE_REVIVABLE for i in range(index, after))
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
            drop(verdicts, index, "no-words")


def _drop_template_sentences(marks: Sequence[Marks], verdicts: list[Verdict]) -> None:
    """Comment-form, consent, newsletter and player sentences (data/boilerplate-sentences.txt) read
    like prose to the model; in a block short enough to be the template's own, they go."""
    for index, (mark, verdict) in enumerate(zip(marks, verdicts, strict=True)):
        if verdict.label.is_body and mark.template:
            drop(verdicts, index, "boilerplate-sentence")


def _drop_adjacent_repeats(marks: Sequence[Marks], verdicts: list[Verdict]) -> None:
    """A title printed twice in a row belongs to a widget (a video player and its caption), not to the
    article: both copies go. Repeated sentences are left to the model (some pages do repeat them)."""
    for index in range(1, len(marks)):
        if marks[index].title_like and marks[index].key == marks[index - 1].key:
            for position in (index - 1, index):
                if verdicts[position].label.is_body:
                    drop(verdicts, position, "repeated")


def _settle_lists(blocks: Sequence[Block], verdicts: list[Verdict]) -> None:
    """A run of list items in one group is judged as a whole: mostly dropped means a menu; mostly
    kept (in a list of LIST_WHOLE_MIN_ITEMS items or more), the article's own list, whose items the
    model dropped are kept when they are phrases, or no shorter than an item it kept
    (:func:`_list_item`)."""
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
                        drop(verdicts, i, "menu")
            elif end - start >= LIST_WHOLE_MIN_ITEMS and kept >= LIST_WHOLE_SHARE * total:
                shortest = min(count_words(blocks[i].text) for i in run if verdicts[i].label.is_body)
                for i in run:
                    if _list_item(blocks[i], verdicts[i], min(shortest, LIST_ITEM_MIN_WORDS)):
                        verdicts[i] = Verdict(Label.BODY, verdicts[i].score, "list-item")
        start = max(end, start + 1)


def _list_item(block: Block, verdict: Verdict, min_words: int = LIST_ITEM_MIN_WORDS) -> bool:
    """Whether a dropped item of a mostly kept list is the list's: a phrase of ``min_words`` words or
    more (SHORT_ITEM_MIN_CHARS characters at the least) that the model dropped or called a menu item;
    or one it called a list of links when it is a sentence (LIST_SENTENCE_MIN_WORDS words) not all of
    which is link text ("Gijs [made the toolbar start later](...)"): a box of links is links through.
    An item cut short with an ellipsis is the headline of another story, as a box of related posts
    prints it."""
    if block.text.rstrip().endswith(ELLIPSES):  # a teaser's headline cut short: another story's
        return False
    words = count_words(block.text)
    if verdict.reason in _LIST_REVIVABLE:
        return words >= min_words and len(block.text.strip()) >= SHORT_ITEM_MIN_CHARS
    if verdict.reason == "link-list":
        return words >= LIST_SENTENCE_MIN_WORDS and len(block.text) - block.link_chars >= LIST_UNLINKED_CHARS
    return False

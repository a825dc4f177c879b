"""--recall: what only recall keeps apart from the article (distant runs, far captions) and what
balanced's rules dropped for what it is."""

from __future__ import annotations

from articlean import Mode, Options, clean
from articlean.model import CaptionPolicy, Label, Verdict
from articlean.recallmode import (
    FAR_CAPTION_DROPS,
    FAR_RUN_KEPT_SPANS,
    FAR_RUN_MIN_DISTANCE,
    FAR_RUN_PROSE_WORDS,
    LEADING_CAPTION_DROPS,
    drop_far_captions,
    drop_past_rechecked,
    drop_repeated_captions,
    keep_balanced,
)
from test_classify import MENU, article  # the hand-written prose of the classifier tests
from test_modes import KEPT, LONG, blocks_of, dropped, reasons

PROSE = " ".join(["word"] * FAR_RUN_PROSE_WORDS) + "."  # a paragraph: no short-line run
DOUBTED = Verdict(Label.BODY, 0.3, "context")
NEAR = Verdict(Label.BODY, 0.2, "near-cut")
CAPTION = Verdict(Label.CAPTION, 0.0, "caption")
BYLINE = Verdict(Label.BYLINE, 0.0, "byline")


def apart_page(article: int, gap: int, before: bool = False) -> list[str]:
    """The reasons keep_balanced gives a PROSE block that only recall keeps, ``gap`` dropped blocks
    with text after (or before) ``article`` LONG blocks that balanced keeps."""
    between = ["Other story"] * gap
    texts = [PROSE, *between, *[LONG] * article] if before else [*[LONG] * article, *between, PROSE]
    balanced = [KEPT if text == LONG else dropped("outside-article") for text in texts]
    recall_verdicts = [DOUBTED if text == PROSE else verdict
                       for text, verdict in zip(texts, balanced, strict=True)]  # fmt: skip
    result = reasons(keep_balanced(blocks_of(*texts), balanced, recall_verdicts))
    return [result[0] if before else result[-1]]


def test_recall_drops_a_paragraph_further_from_the_article_than_it_is_long() -> None:
    """A cookie notice, a footer's prose: a screen away from a short article, on either side."""
    assert apart_page(2, FAR_RUN_MIN_DISTANCE) == ["far-from-article"]
    assert apart_page(2, FAR_RUN_MIN_DISTANCE, before=True) == ["far-from-article"]
    assert apart_page(FAR_RUN_MIN_DISTANCE * 2, FAR_RUN_MIN_DISTANCE * 2) == ["far-from-article"]


def test_recall_keeps_a_paragraph_closer_than_the_article_is_long() -> None:
    # under the floor, however short the article
    assert apart_page(2, FAR_RUN_MIN_DISTANCE - 1) == ["context"]
    assert apart_page(2, FAR_RUN_MIN_DISTANCE - 1, before=True) == ["context"]
    # a long article: its references, its comments stand that far from its text
    assert apart_page(FAR_RUN_MIN_DISTANCE * 2, FAR_RUN_MIN_DISTANCE * 2 - 1) == ["context"]


def test_recall_distance_is_measured_against_the_kept_text_not_its_span() -> None:
    """Two paragraphs balanced keeps a long gallery apart: a paragraph only recall keeps, further from
    them than twice the blocks they are, goes, though nearer than the gallery is long."""
    distance = max(FAR_RUN_MIN_DISTANCE, 2 * FAR_RUN_KEPT_SPANS)
    texts = [LONG, *["Other story"] * (distance * 3), LONG, *["Other story"] * distance, PROSE]
    balanced = [KEPT if text == LONG else dropped("outside-article") for text in texts]
    recall_verdicts = [*balanced[:-1], DOUBTED]
    assert reasons(keep_balanced(blocks_of(*texts), balanced, recall_verdicts))[-1] == "far-from-article"
    # the text it is: as long as that, the paragraph stays
    kept = -(-distance // FAR_RUN_KEPT_SPANS) + 1
    texts = [LONG, *["Other story"] * (distance * 3), *[LONG] * kept, *["Other story"] * distance, PROSE]
    balanced = [KEPT if text == LONG else dropped("outside-article") for text in texts]
    recall_verdicts = [*balanced[:-1], DOUBTED]
    assert reasons(keep_balanced(blocks_of(*texts), balanced, recall_verdicts))[-1] == "context"


def test_recall_distance_counts_only_blocks_with_text() -> None:
    texts = [LONG, LONG, *["Other story", "***"] * (FAR_RUN_MIN_DISTANCE - 1), PROSE]
    balanced = [KEPT, KEPT] + [
        dropped("no-text" if text == "***" else "outside-article") for text in texts[2:]
    ]
    recall_verdicts = [*balanced[:-1], DOUBTED]
    assert reasons(keep_balanced(blocks_of(*texts), balanced, recall_verdicts))[-1] == "context"


def test_recall_drops_what_balanced_dropped_for_what_it_is() -> None:
    """A comment thread's tail, a sign-up box, an author's box that balanced's rules found: recall's
    lower cut kept them, recall drops them as balanced did."""
    for reason in ("after-comments", "signup-box", "link-line", "author-note", "teasers"):
        blocks = blocks_of(LONG, LONG, PROSE)
        balanced = [KEPT, KEPT, dropped(reason)]
        assert reasons(keep_balanced(blocks, balanced, [KEPT, KEPT, DOUBTED])) == [
            "in-article", "in-article", reason
        ]  # fmt: skip


def test_recall_keeps_what_balanced_dropped_for_where_it_stands() -> None:
    """A menu among balanced's drops, a low score: recall's own keep stands."""
    for reason in ("menu", "outside-article", "interface-phrase"):
        blocks = blocks_of(LONG, LONG, PROSE)
        balanced = [KEPT, KEPT, dropped(reason)]
        assert reasons(keep_balanced(blocks, balanced, [KEPT, KEPT, DOUBTED]))[-1] == "context"


def captions_page(gap: int, between: Verdict) -> str:
    """The reason drop_far_captions gives a caption ``gap`` blocks of ``between`` after two kept
    blocks."""
    verdicts = [KEPT, KEPT, *[between] * gap, CAPTION]
    return drop_far_captions(verdicts)[-1].reason


def test_recall_drops_a_caption_apart_from_its_text() -> None:
    assert captions_page(FAR_CAPTION_DROPS, dropped("outside-article")) == "far-caption"
    # on both sides: a caption between two kept runs needs the drops on each
    menu = [dropped("menu")] * FAR_CAPTION_DROPS
    verdicts = [KEPT, *menu, CAPTION, *menu, KEPT]
    assert reasons(drop_far_captions(verdicts))[FAR_CAPTION_DROPS + 1] == "far-caption"
    # a page that keeps nothing else: the caption is far from no kept text, and stays
    assert reasons(drop_far_captions([dropped("menu"), CAPTION])) == ["menu", "caption"]


def test_recall_output_of_a_lone_caption_is_stable() -> None:
    """Hypothesis found these: recall kept a line and the short piece under it, printed as one
    paragraph; cleaned again, that paragraph read as a credit with nothing else kept, and went."""
    options = Options(mode=Mode.RECALL)
    for document in ("one two three four five six seven eight nine \r© A", "the the the © A \x850"):
        body = clean(document, options).text
        assert body
        assert clean(body, options).text == body


def test_recall_keeps_a_caption_by_its_text() -> None:
    assert captions_page(FAR_CAPTION_DROPS - 1, dropped("outside-article")) == "caption"
    # a byline and a date between the lead picture's caption and the article are no drops
    assert captions_page(FAR_CAPTION_DROPS + 2, BYLINE) == "caption"
    # nor are wordless lines (a rule, a picture's alt text left out)
    assert captions_page(FAR_CAPTION_DROPS + 2, dropped("no-text")) == "caption"
    verdicts = [KEPT, *[dropped("menu")] * FAR_CAPTION_DROPS, CAPTION, dropped("menu"), KEPT]
    assert reasons(drop_far_captions(verdicts))[FAR_CAPTION_DROPS + 1] == "caption"


def test_recall_drops_a_caption_above_a_drop_over_the_article() -> None:
    """Nothing kept before it: a caption over a box or a menu is another picture's, not the lead's."""
    between = [dropped("menu")] * LEADING_CAPTION_DROPS
    assert reasons(drop_far_captions([CAPTION, *between, KEPT, KEPT]))[0] == "far-caption"
    # a byline, a date or a wordless line between it and the article are no drops
    for verdict in (BYLINE, dropped("no-text")):
        assert reasons(drop_far_captions([CAPTION, verdict, KEPT]))[0] == "caption"
    assert reasons(drop_far_captions([CAPTION, KEPT]))[0] == "caption"


def test_recall_keeps_one_copy_of_a_caption_printed_twice() -> None:
    """A picture's alt text and its caption, a gallery's slide and its list: the last copy stays."""
    text = "The mayor opens the new library on Main Street"
    blocks = blocks_of(text, LONG, text.replace(" ", "  "), LONG)
    verdicts = [CAPTION, KEPT, CAPTION, KEPT]
    result = drop_repeated_captions(blocks, verdicts)
    assert reasons(result) == ["repeated", "in-article", "caption", "in-article"]
    # printed again as the article's own text
    result = drop_repeated_captions(blocks_of(text, text), [CAPTION, KEPT])
    assert reasons(result) == ["repeated", "in-article"]


def test_recall_keeps_a_caption_printed_once() -> None:
    blocks = blocks_of("The mayor opens the new library", LONG, "The mayor at the new library", LONG)
    verdicts = [CAPTION, KEPT, CAPTION, KEPT]
    assert drop_repeated_captions(blocks, verdicts) == verdicts
    # a later copy that is no caption is no concern of the rule's
    assert drop_repeated_captions(blocks_of(LONG, LONG), [KEPT, KEPT]) == [KEPT, KEPT]


def lone_page(*after: Verdict) -> list[str]:
    """keep_balanced's reasons for the blocks ``after`` two LONG blocks both modes keep (balanced
    drops every one of them as outside-article)."""
    texts = [LONG, LONG, *[f"{PROSE} {number}" for number in range(len(after))]]  # none printed twice
    balanced = [KEPT, KEPT, *[dropped("outside-article")] * len(after)]
    return reasons(keep_balanced(blocks_of(*texts), balanced, [KEPT, KEPT, *after]))[2:]


def test_recall_drops_a_lone_near_cut_paragraph_after_the_article() -> None:
    outside = dropped("outside-article")
    assert lone_page(outside, NEAR, outside) == ["outside-article", "lone-after-article", "outside-article"]
    # the page's last block
    assert lone_page(outside, NEAR) == ["outside-article", "lone-after-article"]
    # wordless blocks are looked past
    assert lone_page(outside, dropped("no-text"), NEAR, dropped("no-text")) == [
        "outside-article", "no-text", "lone-after-article", "no-text"
    ]  # fmt: skip


def test_recall_keeps_a_near_cut_paragraph_next_to_kept_text() -> None:
    outside = dropped("outside-article")
    # against the article's last block, or next to another block recall keeps
    assert lone_page(NEAR, outside) == ["near-cut", "outside-article"]
    assert lone_page(outside, NEAR, DOUBTED, outside)[1:3] == ["near-cut", "context"]
    # kept for another reason than the near cut, or before the article
    assert lone_page(outside, DOUBTED, outside)[1] == "context"
    texts = [PROSE, PROSE, LONG, LONG]
    balanced = [dropped("outside-article")] * 2 + [KEPT, KEPT]
    verdicts = keep_balanced(blocks_of(*texts), balanced, [NEAR, dropped("outside-article"), KEPT, KEPT])
    assert reasons(verdicts)[0] == "near-cut"


HEADLINE = "Council votes to keep the library open late"
CREDIT = "Photo: Jane Doe/Reuters"


def test_recall_output_leaves_out_a_credit_between_menus() -> None:
    """Through the pipeline: a credit between the page's menus, under its title line, is read as a
    caption; recall's body leaves it out (the metadata keeps it), as it keeps the lead picture's."""
    far = [HEADLINE, "", *MENU, "", CREDIT, "", *MENU, "", HEADLINE, "", *article(), *MENU]
    result = clean("\n".join(far), Options(mode=Mode.RECALL))
    assert [entry.reason for entry in result.ledger if entry.text == CREDIT] == ["far-caption"]
    assert "Jane Doe" not in result.text
    assert [caption.credit for caption in result.metadata.captions] == ["Jane Doe/Reuters"]
    # asked to keep captions apart, recall leaves them in the metadata as the other modes do
    result = clean("\n".join(far), Options(mode=Mode.RECALL, captions=CaptionPolicy.SEPARATE))
    assert [entry.reason for entry in result.ledger if entry.text == CREDIT] == ["caption"]
    lead = [HEADLINE, "", *MENU, "", HEADLINE, "", CREDIT, "", *article(), *MENU]
    result = clean("\n".join(lead), Options(mode=Mode.RECALL))
    assert [entry.reason for entry in result.ledger if entry.text == CREDIT] == ["caption"]
    assert CREDIT in result.text


FORM = [
    "Get the newsletter",
    "Afghanistan Albania Algeria Andorra Angola Argentina Armenia Austria Belgium Brazil Canada Chile "
    "China Denmark Egypt Finland France Germany Greece",
    "Email address",
    "Sign me up for the weekly news",
]


def rechecked_page(balanced_keeps_form: bool) -> list[str]:
    """drop_past_rechecked's reasons for a sign-up form (its country list) that recall keeps after
    two LONG blocks, read against balanced verdicts that keep the form or, re-checked, drop it."""
    texts = [LONG, LONG, *FORM]
    form = KEPT if balanced_keeps_form else dropped("recheck-outside-article")
    balanced = [KEPT, KEPT, *[form] * len(FORM)]
    return reasons(drop_past_rechecked(blocks_of(*texts), balanced, [KEPT, KEPT, *[DOUBTED] * len(FORM)]))


def test_recall_drops_the_edge_list_past_balanced_rechecked_text() -> None:
    """The form balanced's first pass kept and its re-check let go: a list at recall's edge."""
    assert rechecked_page(balanced_keeps_form=False) == ["in-article"] * 2 + ["edge-list"] * len(FORM)


def test_recall_keeps_what_balanced_rechecked_text_still_holds() -> None:
    assert rechecked_page(balanced_keeps_form=True) == ["in-article"] * 2 + ["context"] * len(FORM)


def test_recall_drops_a_far_run_past_balanced_rechecked_text() -> None:
    """A help link repeated in a page's menus: far from what balanced keeps once re-checked."""
    texts = [*[LONG] * 3, "Other story", "Other story", "Other story", "Need help?"]
    balanced = [KEPT, KEPT, KEPT, *[dropped("outside-article")] * 3, dropped("recheck-title")]
    recall_verdicts = [*balanced[:-1], DOUBTED]
    blocks = blocks_of(*texts)
    assert reasons(drop_past_rechecked(blocks, balanced, recall_verdicts))[-1] == "far-from-article"
    balanced[-1] = KEPT
    assert reasons(drop_past_rechecked(blocks, balanced, recall_verdicts))[-1] == "context"

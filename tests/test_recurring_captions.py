"""A caption printed under each picture of a photo story goes, and the paragraphs between the pictures
the model dropped are kept (recurringcaptions.py)."""

from __future__ import annotations

from articlean.model import Label, Verdict
from articlean.recurringcaptions import recurring_captions
from articlean.segment import segment
from settling import paragraphs

CAPTION = "Spring Lantern Parade 2024 along the Old Harbour"
STORY = [
    "The parade left the market square at six, and the first lanterns reached the harbour at dusk.",
    "Children carried paper fish on long poles, and their parents walked behind them with the drums.",
    "The largest lantern, a dragon of forty metres, needed thirty people to carry it past the bridge.",
    "At the harbour the boats answered with their horns, and the crowd sang the old harbour song.",
    "The organisers thanked the volunteers who had spent the winter building the lanterns by hand.",
]
CLOSING = "Next year the parade will start from the new square by the station, the town said."
SHARE = "Share on Facebook"


def photo_story(caption: str = CAPTION) -> list[str]:
    """A caption under a picture between every paragraph, the story's closing line, a share button."""
    texts: list[str] = []
    for paragraph in STORY:
        texts += [caption, paragraph]
    return paragraphs([*texts, CLOSING, SHARE])


def model_verdicts(texts: list[str], dropped: set[str], share: bool = True) -> list[Verdict]:
    """The model kept every block but those in ``dropped`` (outside the article) and the share
    button (an interface phrase)."""
    verdicts = []
    for text in texts:
        if share and text == SHARE:
            verdicts.append(Verdict(Label.BOILERPLATE, 0.1, "interface-phrase"))
        elif text in dropped:
            verdicts.append(Verdict(Label.BOILERPLATE, 0.3, "outside-article"))
        else:
            verdicts.append(Verdict(Label.BODY, 0.8, "in-article"))
    return verdicts


def run(lines: list[str], dropped: set[str]) -> tuple[list[str], list[tuple[str, str]]]:
    blocks = segment(lines)
    texts = [block.text for block in blocks]
    verdicts = model_verdicts(texts, dropped)
    recurring_captions(blocks, verdicts)
    kept = [text for text, verdict in zip(texts, verdicts, strict=True) if verdict.label.is_body]
    reasons = [(text, verdict.reason) for text, verdict in zip(texts, verdicts, strict=True)]
    return kept, reasons


def test_the_copies_go_and_the_paragraphs_between_them_stay() -> None:
    kept, reasons = run(photo_story(), {STORY[3], STORY[4], CLOSING})
    assert kept == [*STORY, CLOSING]
    assert {reason for text, reason in reasons if text == CAPTION} == {"repeated"}
    assert (STORY[3], "between-captions") in reasons
    assert (CLOSING, "between-captions") in reasons  # the run after the last copy
    assert (SHARE, "interface-phrase") in reasons  # which closes the article


def test_a_copy_with_a_name_added_is_a_copy() -> None:
    lines = photo_story()
    lines[lines.index(CAPTION)] = CAPTION + " Photo_Jane Doe"
    kept, _ = run(lines, set())
    assert kept == [*STORY, CLOSING]


def test_a_recurring_sentence_is_no_caption() -> None:
    """An interview's recurring question ends a sentence: it stays, and so do the model's drops."""
    question = "What made you start the lantern workshop in town?"
    kept, reasons = run(photo_story(question), {STORY[3]})
    assert question in kept
    assert (STORY[3], "outside-article") in reasons


def test_copies_far_apart_are_a_headline_printed_again() -> None:
    """The page's headline at the top, again in a box of other stories: not a caption."""
    filler = [
        f"Paragraph {number} of the story, long enough to count as running text." for number in range(28)
    ]
    lines = paragraphs([CAPTION, *filler[:14], CAPTION, *filler[14:], CAPTION, CLOSING])
    kept, reasons = run(lines, {filler[9]})
    assert CAPTION in kept
    assert (filler[9], "outside-article") in reasons


def test_copies_in_a_thread_the_model_dropped_stay_dropped() -> None:
    """Paragraphs between the copies the model mostly dropped (a comment thread with a badge line
    under each name) are not the article's."""
    kept, reasons = run(photo_story(), {STORY[0], STORY[1], STORY[2], CLOSING})
    assert (STORY[0], "outside-article") in reasons
    assert (CLOSING, "outside-article") in reasons
    assert CAPTION in kept


def test_copies_with_nothing_between_them_are_a_list() -> None:
    lines = paragraphs([STORY[0], CAPTION, CAPTION, CAPTION, STORY[1]])
    kept, _ = run(lines, set())
    assert kept.count(CAPTION) == 3


def test_a_short_recurring_line_is_a_label() -> None:
    kept, _ = run(photo_story("Photo: Jane Doe"), set())
    assert kept.count("Photo: Jane Doe") == len(STORY)


def test_a_key_is_the_first_words_casefolded_however_long_the_text() -> None:
    from articlean.recurringcaptions import _key

    long = "Photo: The STRASSE at dawn, seen from the old bridge " + "and more words " * 500
    assert _key(long) == (("photo", "the", "strasse", "at", "dawn", "seen"), True)
    folded = ("strasse", "at", "dawn", "seen", "from", "here")
    assert _key("Straße at dawn, seen from here") == (folded, False)
    assert _key("Five words are too few") == ((), False)
    assert _key("one two three four five six seven eight")[1] is True
    assert _key("one two three four five six seven")[1] is False

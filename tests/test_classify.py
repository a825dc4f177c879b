"""The block classifier on small hand-written documents: what is kept, and why the rest is dropped."""

from __future__ import annotations

import json
import time
from collections.abc import Sequence
from importlib import resources
from pathlib import Path

import pytest

from articlean import classify as classify_module
from articlean import ensembles, trees
from articlean.blockmarks import comment_stamp
from articlean.classify import classifier, classify, compile_ensemble, has_text
from articlean.features import (
    BLOCK_NAMES,
    CONTEXT_NAMES,
    block_columns,
    block_features,
    context_columns,
    context_features,
    is_ad_label,
)
from articlean.model import Block, Label, Mode, Options, Verdict
from articlean.segment import segment
from articlean.settle import settle
from conftest import GLUED_TEASERS, LIBRARY_PROSE
from timing import assert_linear

EXAMPLE = Path(__file__).parent / "data" / "classify" / "scmp-opinion.txt"

PROSE = [
    *LIBRARY_PROSE,
    "A review of the trial is planned for the spring, and the council has promised to publish the visitor "
    "numbers for every branch so that residents can judge for themselves whether it was worth it.",
]
MENU = ["* Home", "* World", "* Business", "* Sport", "* Culture", "* Travel", "* Weather", "* Video"]


def run(lines: list[str], mode: Mode = Mode.BALANCED) -> tuple[list[Block], list[Verdict]]:
    blocks = segment(lines)
    return blocks, classify(blocks, Options(mode=mode))


def verdict_of(blocks: list[Block], verdicts: list[Verdict], text: str) -> Verdict:
    matches = [verdict for block, verdict in zip(blocks, verdicts, strict=True) if block.text == text]
    assert matches, f"no block {text!r}"
    return matches[0]


def settled_as_kept(lines: list[str], *, markdown: bool = False) -> tuple[list[Block], list[Verdict]]:
    """settle() alone over every block of ``lines``, all of them first kept by the model."""
    blocks = segment(lines, markdown=markdown)
    return blocks, settle(blocks, [Verdict(Label.BODY, 0.9, "in-article") for _ in blocks])


def dropped_reasons(lines: list[str]) -> list[str]:
    return [verdict.reason for verdict in settled_as_kept(lines)[1] if not verdict.label.is_body]


def article(*inserted: tuple[int, str]) -> list[str]:
    """The prose paragraphs, blank-line separated, with extra lines inserted after paragraph i."""
    lines: list[str] = []
    extra = dict(inserted)
    for index, paragraph in enumerate(PROSE):
        lines += [paragraph, ""]
        if index in extra:
            lines += [extra[index], ""]
    return lines


def test_one_verdict_per_block_with_score_in_range() -> None:
    blocks, verdicts = run([*MENU, "", *article()])
    assert len(verdicts) == len(blocks)
    assert all(0.0 <= verdict.score <= 1.0 for verdict in verdicts)
    assert all(verdict.reason and verdict.reason == verdict.reason.lower() for verdict in verdicts)


def test_prose_paragraphs_are_kept() -> None:
    _blocks, verdicts = run(article())
    assert [verdict.label for verdict in verdicts] == [Label.BODY] * len(PROSE)


@pytest.mark.parametrize(
    "label", ["Advertisement", "ADVERTISEMENT", "Anzeige", "Publicidad", "广告", "Loading..."]
)
def test_ad_label_inside_the_article_is_dropped(label: str) -> None:
    blocks, verdicts = run(article((2, label)))
    verdict = verdict_of(blocks, verdicts, label)
    assert (verdict.label, verdict.reason) == (Label.BOILERPLATE, "ad-label")
    assert sum(verdict.label is Label.BODY for verdict in verdicts) == len(PROSE)


def test_navigation_menu_is_dropped() -> None:
    blocks, verdicts = run([*MENU, "", *article()])
    for item in MENU:
        verdict = verdict_of(blocks, verdicts, item.removeprefix("* "))
        assert verdict.label is Label.BOILERPLATE
        assert verdict.reason in {
            "menu",
            "outside-article",
            "short-fragment",
            "low-score",
            "interface-phrase",
        }


def test_blank_block_has_no_text_reason() -> None:
    blocks = [Block(0, 0, 0, "* * *", 0), *segment(article())]
    verdicts = classify(blocks, Options())
    assert (verdicts[0].label, verdicts[0].reason) == (Label.BOILERPLATE, "no-text")


ESCAPED_MARKUP = (
    '&amp;lt;span data-mce-type="bookmark" style="display: inline-block; width: 0px;" '
    'class="mce_SELRES_start"&amp;gt;&amp;amp;#65279;&amp;lt;/span&amp;gt;'
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (ESCAPED_MARKUP, False),
        ('&lt;div class="ad-slot" id="x1"&gt;&lt;/div&gt;', False),
        ("&lt;!-- wp:paragraph --&gt;", False),
        ("&lt;b&gt;Bold&lt;/b&gt; words", True),  # text between the escaped tags
        ("a &lt; b and b &gt; c", True),  # a comparison opens no tag
        ("&lt;span title='x'", True),  # never closed: the rest of the line may be text
        ("AT&amp;T raised its prices", True),
        ("Plain text", True),
        # a formula's TeX source alone, as wikis print its alt text under its rendering
        ("{\\displaystyle \\langle w,Av\\rangle =\\langle Aw,v\\rangle ,}", False),
        ("{\\textstyle A}", False),
        ("for any pair of vectors v , w {\\displaystyle v,w} , where", True),  # words around it
        ("{A brace opened by a word}", True),
    ],
)
def test_escaped_markup_alone_has_no_text(text: str, expected: bool) -> None:
    assert has_text(text) is expected


def test_escaped_markup_line_inside_the_article_is_dropped() -> None:
    blocks, verdicts = run(article((1, ESCAPED_MARKUP), (3, ESCAPED_MARKUP)))
    verdict = verdict_of(blocks, verdicts, ESCAPED_MARKUP)
    assert (verdict.label, verdict.reason) == (Label.BOILERPLATE, "no-text")
    assert all(verdict_of(blocks, verdicts, paragraph).label.is_body for paragraph in PROSE)


def test_empty_document() -> None:
    assert classify([], Options()) == []


def test_modes_order_the_kept_blocks() -> None:
    lines = [*MENU, "", *article((1, "Read more: the library's history"), (3, "Share this article"))]
    kept = {}
    for mode in Mode:
        _, verdicts = run(lines, mode)
        kept[mode] = sum(verdict.label.is_body for verdict in verdicts)
    assert kept[Mode.PRECISION] <= kept[Mode.BALANCED] <= kept[Mode.RECALL]


def test_recall_keeps_what_balanced_classifies_as_kept(monkeypatch: pytest.MonkeyPatch) -> None:
    """Even when recall's own classification drops a block (here: all of them), the block balanced
    mode keeps stays (articlean.recallmode.keep_balanced)."""
    lines = [*MENU, "", *article((1, "Read more: the library's history"), (3, "Share this article"))]
    _, balanced = run(lines)

    def dropping_all(
        blocks: Sequence[Block], verdicts: list[Verdict], labels: Sequence[Label]
    ) -> list[Verdict]:
        return [Verdict(Label.BOILERPLATE, verdict.score, "test") for verdict in verdicts]

    monkeypatch.setattr(classify_module, "favour_recall", dropping_all)
    _, recall = run(lines, Mode.RECALL)
    assert any(verdict.label.is_body for verdict in balanced)
    assert [verdict.label.is_body for verdict in recall] == [verdict.label.is_body for verdict in balanced]


def test_recall_scores_the_document_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """Recall classifies as balanced mode too, from the same scores: the whole document is scored
    once (the rounds score the kept blocks of each on their own)."""
    lines = [*MENU, "", *article((1, "Read more: the library's history"), (3, "Share this article"))]
    blocks = segment(lines)
    scored: list[int] = []
    scores = classify_module.scores

    def counted(blocks: Sequence[Block]) -> tuple[list[tuple[float, ...]], list[float]]:
        scored.append(len(blocks))
        return scores(blocks)

    monkeypatch.setattr(classify_module, "scores", counted)
    classify(blocks, Options(mode=Mode.RECALL))
    assert scored.count(len(blocks)) == 1


def test_scmp_example_keeps_the_six_paragraphs_in_order() -> None:
    lines = EXAMPLE.read_text(encoding="utf-8").splitlines()
    blocks, verdicts = run(lines)
    body = [
        block.text for block, verdict in zip(blocks, verdicts, strict=True) if verdict.label is Label.BODY
    ]
    starts = ["On US Defence Secretary", "Instead, the main", "While many pundits", "The US is deeply",
              "There are also grave", "Indeed, the US approach"]  # fmt: skip
    paragraphs = [text for text in body if len(text) > 150]
    assert [text[: len(start)] for text, start in zip(paragraphs, starts, strict=True)] == starts
    assert len(paragraphs) == len(starts)
    for text in ("Advertisement", "loading", "03:05", "4"):
        assert verdict_of(blocks, verdicts, text).label is Label.BOILERPLATE, text
    video = "Putin, Kim sign ‘strongest ever’ defence treaty amid growing tensions with the West"
    assert all(
        verdict.label is Label.BOILERPLATE
        for block, verdict in zip(blocks, verdicts, strict=True)
        if block.text == video
    )


def test_ad_label_matching_ignores_case_and_punctuation() -> None:
    assert is_ad_label("— Advertisement —")
    assert not is_ad_label("Advertisement revenue fell by a third last year.")


def test_features_have_their_names() -> None:
    rows = block_features(segment(article()))
    assert all(len(row) == len(BLOCK_NAMES) for row in rows)
    context = context_features(rows, [0.5] * len(rows))
    assert all(len(row) == len(CONTEXT_NAMES) for row in context)


def test_model_file_matches_the_features() -> None:
    model = classifier()
    assert set(model.cuts) == {mode.value for mode in Mode}
    assert model.cuts["precision"] >= model.cuts["balanced"] >= model.cuts["recall"]


def _model_text() -> str:
    return (resources.files("articlean") / "data" / "classifier.json").read_text(encoding="utf-8")


def test_tree_module_was_written_from_the_model_file() -> None:
    """articlean.trees is the bytecode-cached copy of classifier.json's trees: retraining writes both."""
    assert ensembles.is_current(_model_text()), "run: python3 benchmarks/train.py --trees-only"
    assert classifier().stage1 is trees.stage1  # nothing compiled at run time
    written = Path(trees.__file__).read_text(encoding="utf-8")
    assert ensembles.module_source(_model_text(), BLOCK_NAMES, CONTEXT_NAMES) == written


def test_tree_module_scores_as_the_compiled_model_file() -> None:
    model = json.loads(_model_text())
    columns = block_columns(segment(article()), "en")
    count = len(columns[0])
    compiled = ensembles.compile_columns(model["stage1"], BLOCK_NAMES)
    assert trees.stage1(columns, count) == compiled(columns, count)
    context = context_columns(columns, [0.5] * count)
    compiled = ensembles.compile_columns(model["context"][0], CONTEXT_NAMES)
    assert trees.CONTEXT[0](context, count) == compiled(context, count)


def test_a_stale_tree_module_is_not_used(monkeypatch: pytest.MonkeyPatch) -> None:
    """After a retraining that did not write articlean.trees, the trees are compiled from the file."""
    lines = [*MENU, "", *article((2, "Advertisement"))]
    expected = run(lines)[1]
    monkeypatch.setattr(trees, "DIGEST", "0" * 64)
    assert not ensembles.is_current(_model_text())
    classifier.cache_clear()
    try:
        assert classifier().stage1 is not trees.stage1
        assert run(lines)[1] == expected
    finally:
        classifier.cache_clear()


def test_compiled_trees_follow_the_thresholds() -> None:
    ensemble = {
        "names": ["a", "b"],
        "baseline": 0.0,
        "trees": [[0, 1.5, [1.5], [0, 2.5, [2.5], [3.5]]], [-0.5]],
    }
    score = compile_ensemble(ensemble, ["a", "b"])
    assert score([1.0, 0.0]) == pytest.approx(1.0)
    assert score([2.0, 0.0]) == pytest.approx(2.0)
    assert score([3.0, 0.0]) == pytest.approx(3.0)
    with pytest.raises(ValueError):
        compile_ensemble(ensemble, ["a", "c"])


def test_deterministic() -> None:
    lines = [*MENU, "", *article((2, "Advertisement"))]
    assert run(lines) == run(lines)


@pytest.mark.parametrize(
    ("text", "stamp"),
    [
        ("2 days ago at 07:52 am", True),
        ("Catherine (GiveWell) on September 19, 2018 at 12:48 pm said:", True),
        ("hace 3 horas", True),
        ("il y a 5 minutes", True),
        ("vor 2 Stunden", True),
        ("Reply", True),
        ("said:", True),  # a header split at its link: "Jane" / "on" / "March 3, 2024" / "said:"
        ("a écrit :", True),
        ("The attack happened 2 days ago, police said.", False),  # a sentence, not a stamp
        ("Makali wrote:", False),  # a quotation's lead-in: no date or time
        ("2 days ago " + "and a very long line of text " * 4, False),
        ("\u2014 wrote :", True),  # nothing but marks before the verb
        ("March 3, 2024\nJane said:", False),  # the date is on another line than the verb
        ("On 3/3/24 Jane said:\n", True),
        ("1999said:", False),  # the verb glued to the number: not a word of its own
        ("Jane said: hello", False),  # the colon does not end the text
    ],
)
def test_comment_stamps(text: str, stamp: bool) -> None:
    assert comment_stamp(text) is stamp


def test_comment_stamp_time_is_linear() -> None:
    """A long line of digits and marks (a minified blob): the verb is looked for first."""

    def seconds(count: int) -> float:
        text = "1/" * count + " said:"
        started = time.process_time()
        assert comment_stamp(text)
        assert not comment_stamp(text[:-1])
        return time.process_time() - started

    assert_linear(seconds, 2_000, 8_000, slack=0.002)


COMMENTS = [
    "Comments",
    "",
    "Jane on March 3, 2024 at 9:12 am said:",
    "",
    "I have been going to that library for years and I think the longer hours are a good idea for everyone.",
    "",
    "Reply",
    "",
    "Tom on March 3, 2024 at 10:40 am said:",
    "",
    "The smaller branches matter more to people like my parents, who cannot travel into the city easily.",
    "",
    "Reply",
    "",
    "Ana on March 4, 2024 at 8:05 pm said:",
    "",
    "Finally some good news from the council; I hope the review in the spring confirms that it was worth it.",
    "",
    "Reply",
]


def test_comment_thread_after_the_article_is_dropped() -> None:
    lines = [*article(), *COMMENTS[2:]]  # without the heading, which is the model's
    blocks, settled = settled_as_kept(lines)
    kept = [block.text for block, verdict in zip(blocks, settled, strict=True) if verdict.label.is_body]
    assert kept == PROSE
    assert set(dropped_reasons(lines)) == {"comments"}
    # ... and the whole classifier keeps the article while dropping the thread
    blocks, verdicts = run([*article(), *COMMENTS])
    assert [verdict.label.is_body for verdict in verdicts] == [True] * len(PROSE) + [False] * (
        len(blocks) - len(PROSE)
    )


POST = [
    "Our quarterly open thread lets readers ask us anything about our research in the comments below.",
    "",
    "Posted in Open thread | Permalink | 3 Comments",
    "",
]
FIL = [
    "Notre fil de discussion trimestriel permet aux lecteurs de poser leurs questions dans les commentaires.",
    "",
    "Publié dans Discussion | Lien permanent | 3 commentaires",
    "",
    "Marie le 3 mars 2024 à 9 h 12 a écrit :",
    "",
    "Merci pour ce fil, je voulais savoir quand le prochain rapport sur les bibliothèques sera publié.",
    "",
    "Paul le 3 mars 2024 à 10 h 40 a écrit :",
    "",
    "Les petites bibliothèques de quartier comptent davantage pour mes parents, qui se déplacent peu.",
    "",
    "Anne le 4 mars 2024 à 20 h 05 a écrit :",
    "",
    "Enfin une bonne nouvelle du conseil ; j'espère que le bilan du printemps confirmera ce choix.",
]


SPLIT_AT_LINKS = [  # each link on its own line, as some renderers print them
    *("March 2, 2024 | by", "", "Catherine", ""),
    *POST[:2],
    *("Posted in", "", "Open thread", "", "|", "", "Permalink", "", "|", "", "3 Comments", ""),
    *("Previous Post", "", "Next Post", "", "Comments", ""),
    *("Jane", "", "on", "", "March 3, 2024 at 9:12 am", "", "said:", ""),
    *COMMENTS[4:6],
    *("Tom", "", "on", "", "March 3, 2024 at 10:40 am", "", "said:", ""),
    *COMMENTS[10:12],
    *("Ana", "", "on", "", "March 4, 2024 at 8:05 pm", "", "said:", ""),
    *COMMENTS[16:18],
]


@pytest.mark.parametrize(
    ("lines", "post"),
    [([*POST, *COMMENTS[2:]], POST[0]), (FIL, FIL[0]), (SPLIT_AT_LINKS, POST[0])],
    ids=["en", "fr", "split-at-links"],
)
def test_short_post_over_a_long_thread_is_the_article(lines: list[str], post: str) -> None:
    """The model took the thread for the article and dropped the post: settle keeps the post and
    drops the thread."""
    blocks = segment(lines)
    first_header = next(index for index, block in enumerate(blocks) if comment_stamp(block.text))
    dropped, kept = Verdict(Label.BOILERPLATE, 0.2, "outside-article"), Verdict(Label.BODY, 0.7, "in-article")
    settled = settle(blocks, [dropped if index < first_header else kept for index in range(len(blocks))])
    body = [(block.text, verdict.reason) for block, verdict in zip(blocks, settled, strict=True)]
    assert [entry for entry, verdict in zip(body, settled, strict=True) if verdict.label.is_body] == [
        (post, "post-before-comments")
    ]


def test_a_thread_that_opens_the_page_keeps_its_comments() -> None:
    """Without prose before the first header (a forum page), the thread is the page."""
    blocks = segment(COMMENTS[2:])
    settled = settle(blocks, [Verdict(Label.BODY, 0.7, "in-article") for _ in blocks])
    assert "post-before-comments" not in {verdict.reason for verdict in settled}
    assert "comments" not in {verdict.reason for verdict in settled}


def test_time_stamps_without_an_article_before_are_left_to_the_model() -> None:
    assert "comments" not in dropped_reasons(COMMENTS[2:])


GALLERY = [
    "1/3 The new reading room",
    "",
    "The reading room on the second floor was rebuilt last winter with money from a private donor.",
    "",
    "2/3 Opening night",
    "",
    "Hundreds of residents queued outside the building on the first evening of the longer hours.",
    "",
    "3/3 The old card catalogue",
    "",
    "The card catalogue was kept as a piece of furniture even though nobody has used it since the nineties.",
]


def test_slide_show_after_the_article_is_dropped() -> None:
    blocks, settled = settled_as_kept([*article(), *GALLERY])
    kept = [block.text for block, verdict in zip(blocks, settled, strict=True) if verdict.label.is_body]
    assert kept == PROSE
    assert set(dropped_reasons([*article(), *GALLERY])) == {"gallery"}


def test_dates_and_ratios_in_prose_are_not_slide_counters() -> None:
    lines = [*article(), "10/12/2019 was the day the plan was approved.", "", "2 of 5 members voted against."]
    assert dropped_reasons(lines) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Save my name, email, and website in this browser for the next time I comment.",
        "Your email address will not be published. Required fields are marked *",
        "Votre adresse e-mail ne sera pas publiée.",
        "Liked it? Share it with a friend!",
        "This site is protected by reCAPTCHA and the Google Privacy Policy and Terms of Service apply.",
        "No spam, we promise. You can unsubscribe at any time.",
        "Sie können sich jederzeit abmelden.",
        "Want more stories like this? Every day we send an email with our top stories.",
    ],
)
def test_template_sentences_are_dropped_even_inside_the_article(sentence: str) -> None:
    blocks, verdicts = run(article((4, sentence)))
    verdict = verdict_of(blocks, verdicts, sentence)
    assert (verdict.label, verdict.reason) == (Label.BOILERPLATE, "boilerplate-sentence")
    assert sum(verdict.label is Label.BODY for verdict in verdicts) == len(PROSE)


def test_a_long_paragraph_quoting_a_template_sentence_is_kept() -> None:
    quoting = (
        "The blogger said that the line 'your email address will not be published' under every comment "
        "form had become so familiar that readers no longer noticed it, and that the council's own site "
        "printed it under a form that did not even ask for an email address, which confused many of "
        "the residents who wrote in about the library hours last spring and summer."
    )
    assert dropped_reasons([*article(), quoting]) == []


def test_slide_shows_go_on_html_input_too() -> None:
    """A gallery's captions written as markdown (HTML is written so) go with the gallery as well."""
    blocks = segment([*article(), *GALLERY], markdown=True)
    verdicts = classify(blocks, Options())
    kept = [block.text for block, verdict in zip(blocks, verdicts, strict=True) if verdict.label.is_body]
    assert kept == PROSE


TEASERS = [
    "The actor best known for his starring role in a 1980s sitcom died on Tuesday at the age of 69, a …",
    "The mayor offered the job of head of the parks department to a member of the council, his aide …",
    "Residents of the eastern district said that the water had been cut off for three days and that …",
]


def test_a_run_of_cut_off_summaries_after_the_article_is_dropped() -> None:
    lines = [*article()]
    for teaser in TEASERS:
        lines += [teaser, ""]
    assert dropped_reasons(lines) == ["teasers"] * 3
    # one paragraph that trails off is the author's own style, not a teaser list
    assert dropped_reasons(article((2, TEASERS[0]))) == []


GLUED = GLUED_TEASERS


def test_headlines_glued_to_their_summaries_are_a_teaser_list() -> None:
    lines = [*article()]
    for teaser in GLUED:
        lines += [teaser, ""]
    assert dropped_reasons(lines) == ["teasers"] * 3


def test_a_long_block_glued_after_a_title_case_run_is_no_teaser() -> None:
    """A teaser's summary is a sentence or two; nodes run together glue a list's last item to the
    article's next paragraphs, hundreds of words that are no teaser."""
    from articlean.blockmarks import GLUED_SUMMARY_MAX_WORDS, glued

    head = "Blue Origin, Kent, Washington"
    summary = "the rover will land near the south pole of the moon in two years, the agency said."
    assert glued(head + "Ceres Robotics said " + summary)
    long_block = head + "Ceres Robotics said " + " ".join([summary] * (GLUED_SUMMARY_MAX_WORDS // 10))
    assert len(long_block.split()) > GLUED_SUMMARY_MAX_WORDS + 4 and not glued(long_block)


CARDS = {
    "en": [
        ("Night Mode explained", "Night mode is an automatic setting that lets in more light in the dark."),
        ("Which phone to buy?", "The two models differ mostly in their cameras, displays and batteries."),
        ("Hidden features of the update", "The update brings dozens of small changes that are easy to miss."),
    ],
    "es": [
        ("La huelga paraliza el país", "La vida diaria se detuvo ayer en la capital por la huelga general."),
        ("Suben las ventas de arte", "Las subastas de Nueva York recaudaron más de lo previsto este otoño."),
        ("El tren vendido", "La empresa vendió su línea de trenes a un grupo inversor australiano."),
    ],
}


@pytest.mark.parametrize("language", sorted(CARDS))
def test_cards_of_other_stories_after_the_article_are_dropped(language: str) -> None:
    """lynx-like dumps indent a card's summary under its headline's bullet."""
    lines = [*article()]
    for headline, summary in CARDS[language]:
        lines += [f"  * {headline}", "", f"    {summary}", ""]
    assert dropped_reasons(lines) == ["teasers"] * 6
    # the article's own list items carry their text on the bullet's line, and a lone card is not a run
    own = [f"  * {headline}: {summary}" for headline, summary in CARDS[language]]
    assert dropped_reasons([*article(), *own]) == []
    headline, summary = CARDS[language][0]
    assert dropped_reasons([*article(), f"  * {headline}", "", f"    {summary}"]) == []


def test_brand_names_in_capitals_are_not_glue() -> None:
    lines = [*article()]
    for _ in range(3):
        lines += ["# New Price Drop On AirPods Pro And The iPhone Charging Case For Everyone This Week", ""]
        lines += ["Apple released a new iPhone today and YouTube said nothing about it in its statement.", ""]
    assert all(verdict.label.is_body for verdict in settled_as_kept(lines, markdown=True)[1])


BIO = (
    "Jane Doe covers cities and transport for the paper. Before that she spent ten years as a "
    "court reporter in the north of the country, and she still lives there with her family."
)


@pytest.mark.parametrize(
    "heading",
    ["About Jane Doe", "About the author", "Sobre Carlos Nadalim", "Über den Autor", "À propos de l'auteur"],
)
def test_an_author_box_closing_the_article_is_dropped(heading: str) -> None:
    assert dropped_reasons([*article(), heading, "", BIO]) == ["author-note", "author-note"]


def test_an_author_box_heading_the_model_dropped_still_marks_the_note() -> None:
    lines = [*article(), "Sobre Carlos Nadalim", "", BIO]
    blocks = segment(lines)
    verdicts = [Verdict(Label.BODY, 0.9, "in-article") for _ in blocks]
    verdicts[-2] = Verdict(Label.BOILERPLATE, 0.1, "outside-article")
    settled = settle(blocks, verdicts)
    assert [verdict.reason for verdict in settled[-2:]] == ["outside-article", "author-note"]


@pytest.mark.parametrize(
    ("lines", "why"),
    [
        ([*article()[:4], "About Jane Doe", "", BIO, "", *article()[4:]], "not at the end"),
        ([*article(), "About the project", "", BIO], "not a name"),
        ([*article(), "About Jane Doe", "", " ".join([BIO] * 6)], "too long for a note"),
        (["About Jane Doe", "", BIO], "no article before it"),
    ],
)
def test_what_is_not_an_author_note(lines: list[str], why: str) -> None:
    assert "author-note" not in dropped_reasons(lines), why


# A sentence printed one text node per line, as get_text("\n") prints links: the name is a block of its
# own (it starts with a capital after an unfinished line) between two kept parts of one sentence.
OPENING = "As a defense, the Browns had 11 hits on"
LINKED_SENTENCE = [OPENING, "Mason Rudolph", "(well, 12 if you count the helmet hit)."]


def settle_split_sentence(lines: list[str], dropped: int) -> list[Verdict]:
    blocks = segment(lines)
    verdicts = [Verdict(Label.BODY, 0.9, "in-article") for _ in blocks]
    verdicts[dropped] = Verdict(Label.BOILERPLATE, 0.2, "outside-article")
    return settle(blocks, verdicts)


def test_a_fragment_inside_a_kept_sentence_is_kept() -> None:
    assert len(segment(LINKED_SENTENCE)) == 3
    settled = settle_split_sentence(LINKED_SENTENCE, 1)
    assert [(verdict.label, verdict.reason) for verdict in settled] == [
        (Label.BODY, "in-article"),
        (Label.BODY, "inside-sentence"),
        (Label.BODY, "in-article"),
    ]


@pytest.mark.parametrize(
    ("lines", "dropped", "why"),
    [
        (["The Browns had 11 hits on Sunday.", *LINKED_SENTENCE[1:]], 1, "the sentence had ended"),
        ([OPENING, "", "Mason Rudolph", "", LINKED_SENTENCE[2]], 1, "blank lines between"),
        ([OPENING, "Mason Rudolph"], 1, "nothing kept after it"),
    ],
)
def test_what_is_not_inside_a_sentence(lines: list[str], dropped: int, why: str) -> None:
    assert not settle_split_sentence(lines, dropped)[dropped].label.is_body, why


def test_a_label_inside_a_sentence_stays_dropped() -> None:
    lines = [OPENING, "Advertisement", LINKED_SENTENCE[2]]
    blocks = segment(lines)
    verdicts = [Verdict(Label.BODY, 0.9, "in-article") for _ in blocks]
    verdicts[1] = Verdict(Label.BOILERPLATE, 0.0, "ad-label")
    assert settle(blocks, verdicts)[1].reason == "ad-label"

"""The article printed once more from the page's structured data (microdata fields) after it."""

from __future__ import annotations

import time

from articlean.doccache import document_scope
from articlean.model import Label, Verdict
from articlean.schemacopies import schema_copies
from articlean.segment import segment
from settling import ARTICLE, paragraphs, settled
from timing import assert_linear

HEADLINE = "Flood gates open on the river three years after the storm"
# schema.org fields as a dump prints them: the headline, the author, keywords, the dates, the image
FIELDS = [
    "Share",
    HEADLINE,
    "Engineers tested each of the six gates twice during...",
    "Jane Doe",
    "floods,river authority,old town",
    "2021-03-04T10:15:00+02:00",
    "2021-03-04T09:02:31+02:00",
    "2021-03-04T10:15:07+02:00",
    "https://example.org/images/flood-gates-500-250.jpg",
    "500",
    "250",
]
CLOSING = [
    "The authority will publish the results of the tests in the spring, with a map of the streets that "
    "the gates now protect.",
]
# articleBody: the paragraphs again, two of them joined on one line
COPY = [f"{ARTICLE[0]} {ARTICLE[1]}", *CLOSING, *CLOSING]


def test_the_fields_and_the_copy_of_the_article_after_it_go() -> None:
    kept, reasons = settled(paragraphs([*ARTICLE, *CLOSING, *FIELDS, *COPY]))
    assert kept == [*ARTICLE, *CLOSING]
    assert reasons == {"schema-copy"}


def test_each_of_two_copies_goes() -> None:
    kept, _ = settled(paragraphs([*ARTICLE, *CLOSING, *FIELDS, *COPY, "news", *FIELDS, *COPY]))
    assert kept == [*ARTICLE, *CLOSING]


def test_a_repeat_without_the_fields_stays() -> None:
    # the article's paragraphs printed again, but no time stamps introduce them: left to the model
    texts = [*ARTICLE, *CLOSING, *FIELDS[:5], *COPY]
    assert settled(paragraphs(texts))[0] == texts


def test_fields_without_a_copy_after_them_are_left_to_the_model() -> None:
    # stamps and values, then other text: one copied paragraph is not a copy of the article
    other = "The storm of that winter was the worst the valley had seen since records began in 1890."
    texts = [*ARTICLE, *CLOSING, *FIELDS, ARTICLE[0], other, *CLOSING]
    assert settled(paragraphs(texts))[0] == texts


def test_one_time_stamp_is_no_set_of_fields() -> None:
    texts = [*ARTICLE, *CLOSING, *FIELDS[:6], *FIELDS[8:], *COPY]
    assert settled(paragraphs(texts))[0] == texts


def test_the_article_s_last_sentence_before_the_fields_stays() -> None:
    # a short closing sentence of the article is no field value: the fields start after it
    closing = "That is all for now."
    kept, _ = settled(paragraphs([*ARTICLE, *CLOSING, closing, *FIELDS, *COPY]))
    assert kept == [*ARTICLE, *CLOSING, closing]


def test_many_sets_of_fields_without_a_copy_take_linear_time() -> None:
    """Sets of time stamps, each over more field values than a set spans, and no copy of the article:
    each set walked over all the field values after it to the end of the page (a dump of 1,200 sets
    took 11.6 s to clean, of 300 0.9 s)."""

    def seconds(count: int) -> float:
        lines = list(ARTICLE)
        for index in range(count):
            lines += [f"2020-01-{index % 28 + 1:02d}T10:00:00Z", f"2020-02-{index % 28 + 1:02d}T11:30:00Z"]
            lines += [f"Field value {index}", "Jane Doe", "News", "Politics", "en-GB"]
        with document_scope():
            blocks = segment(lines)
            verdicts = [Verdict(Label.BODY, 1.0, "model")] * len(blocks)
            started = time.process_time()
            assert schema_copies(blocks, verdicts, 0) == []
            return time.process_time() - started

    assert_linear(seconds, 300, 1_200)


def test_a_long_article_over_many_field_values_takes_linear_time() -> None:
    """One set of time stamps over many field values of a few words, after a long article: each value
    was looked for in the whole article's text (4,000 paragraphs and values took 14 times 1,000's)."""

    def seconds(count: int) -> float:
        lines = [f"Paragraph {index} tells of the river and the gates they built." for index in range(count)]
        lines += ["2020-01-01T10:00:00Z", "2020-01-02T11:30:00Z"]
        lines += [f"Field value {index} here" for index in range(count)]
        with document_scope():
            blocks = segment(paragraphs(lines))
            verdicts = [Verdict(Label.BODY, 1.0, "model")] * len(blocks)
            started = time.process_time()
            assert schema_copies(blocks, verdicts, 0) == []
            return time.process_time() - started

    assert_linear(seconds, 1_000, 4_000)

"""Sign-up boxes between or after an article's paragraphs: a short pitch for a newsletter or alerts
over the box's button, which the model dropped while it kept the pitch (signupboxes.py)."""

from __future__ import annotations

from articlean.model import Label, Verdict
from articlean.segment import segment
from articlean.settle import settle
from articlean.signupboxes import signup_boxes
from settling import ARTICLE, paragraphs

PITCH = (
    "Get breaking news alerts and special reports. The news and stories that matter, delivered weekday "
    "mornings."
)
BUTTON = "SUBSCRIBE"


def _settled(texts: list[str], dropped: set[str]) -> tuple[list[str], dict[str, str]]:
    """settle() over ``texts`` as paragraphs where the model dropped ``dropped`` and kept the rest:
    the kept texts, and the reason of each dropped text."""
    blocks = segment(paragraphs(texts))
    first = [
        Verdict(Label.BOILERPLATE, 0.1, "interface-phrase")
        if block.text in dropped
        else Verdict(Label.BODY, 0.9, "in-article")
        for block in blocks
    ]
    verdicts = settle(blocks, first)
    kept = [block.text for block, verdict in zip(blocks, verdicts, strict=True) if verdict.label.is_body]
    reasons = {
        block.text: verdict.reason
        for block, verdict in zip(blocks, verdicts, strict=True)
        if not verdict.label.is_body
    }
    return kept, reasons


def test_a_pitch_over_a_dropped_button_between_paragraphs_goes() -> None:
    kept, reasons = _settled([ARTICLE[0], PITCH, BUTTON, ARTICLE[1]], {BUTTON})
    assert kept == ARTICLE
    assert reasons[PITCH] == "signup-box"


def test_the_box_heading_that_names_the_offer_goes_with_the_pitch() -> None:
    kept, reasons = _settled([ARTICLE[0], "Breaking News Emails", PITCH, BUTTON, ARTICLE[1]], {BUTTON})
    assert kept == ARTICLE
    assert reasons["Breaking News Emails"] == "signup-box"


def test_a_boxed_pitch_under_a_dropped_heading_goes_whole() -> None:
    # the pitch names no offer, its consent line and the dropped heading do
    pitch = "Get the day's big stories and fun stuff you love like picks and power rankings."
    consent = 'I agree that the site can send me the "Pick Six" newsletter.'
    texts = [*ARTICLE, "Pick Six Newsletter", pitch, consent, "See All Newsletters"]
    kept, reasons = _settled(texts, {"Pick Six Newsletter", "See All Newsletters"})
    assert kept == ARTICLE
    assert reasons[pitch] == reasons[consent] == "signup-box"


def test_an_article_paragraph_that_mentions_email_over_a_button_stays() -> None:
    # longer than a pitch: the article's own text
    paragraph = (
        "The council said that residents who want to be warned of the next flood can register their "
        "email address with the river authority, which sends alerts when the water starts to rise."
    )
    kept, _ = _settled([ARTICLE[0], paragraph, BUTTON, ARTICLE[1]], {BUTTON})
    assert kept == [ARTICLE[0], paragraph, ARTICLE[1]]


def test_a_short_paragraph_that_names_no_offer_over_a_button_stays() -> None:
    short = "The gates will be tested again in the spring."
    kept, _ = _settled([ARTICLE[0], short, BUTTON, ARTICLE[1]], {BUTTON})
    assert kept == [ARTICLE[0], short, ARTICLE[1]]


def test_a_page_that_is_only_the_pitch_keeps_it() -> None:
    blocks = segment(paragraphs([PITCH, BUTTON]))
    verdicts = [Verdict(Label.BODY, 0.9, "in-article"), Verdict(Label.BOILERPLATE, 0.1, "interface-phrase")]
    assert signup_boxes(blocks, verdicts) == []


def test_a_box_title_over_a_button_that_names_the_offer_goes() -> None:
    call = "SIGN UP for our newsletter"
    texts = [*ARTICLE, "Like this article?", call, "Privacy Policy"]
    kept, reasons = _settled(texts, {call, "Privacy Policy"})
    assert kept == ARTICLE
    assert reasons["Like this article?"] == "signup-box"


def test_a_section_heading_over_a_box_set_into_the_article_stays() -> None:
    # the section's text follows the button: the short line over it is the section's heading
    call = "SIGN UP for our newsletter"
    kept, _ = _settled([ARTICLE[0], "What comes next", call, ARTICLE[1]], {call})
    assert kept == [ARTICLE[0], "What comes next", ARTICLE[1]]

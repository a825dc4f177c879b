"""The language the classifier's stopword features read: guessed from a page's longest blocks, with
the detector that favours widely published languages, once per clean."""

from __future__ import annotations

import pytest

from articlean import classify as classify_module
from articlean import doccache
from articlean.classify import document_language, language_sample
from articlean.lexicon import guess_language
from articlean.model import Block

PROSE = (
    "The council voted on Tuesday to keep the old library open for another ten years, after residents "
    "packed the town hall to argue that it was the only quiet place left in the centre of town."
)
# A site menu printed with "o" bullets: the one-letter word is in the Polish and Slovak stoplists.
MENU = (
    "Subscribe Sign In Home o Subscribe o Contact Us o About Us o Advertise With Us o Subscriber "
    "Services o Place a Classified Ad o Privacy Notice o Newsletters o Careers o Site Index o Terms of "
    "Use o Local Business Directory o Public Notices o Weather o Traffic o Sports o Business o "
    "Obituaries o Opinion o Entertainment o Food o Travel o Real Estate o Jobs o Cars"
)
PORTUGUESE = (
    "Nesta página você terá sempre a classificação atualizada do campeonato até a última corrida, com "
    "os pontos de cada piloto e as vitórias da temporada. Coloque nos seus favoritos e venha sempre "
    "conferir como estão os seus pilotos preferidos depois de cada etapa do ano."
)
# A row of a standings table: English first names are in the Finnish stoplist, drawn from web text.
NAMES = "Kevin Martin Jr | Ryan Jones | Daniel Johnson | Chris Paul | Matt Michael | Erik William"


def blocks(*texts: str) -> list[Block]:
    return [Block(index, index, index, text, index) for index, text in enumerate(texts)]


def test_the_sample_is_the_longest_blocks_in_page_order(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(classify_module, "LANGUAGE_SAMPLE", 2 * len(PROSE) + 1)
    page = blocks("Home", "World", PROSE.upper(), "Sport", PROSE, "Contact us")
    assert language_sample(page) == f"{PROSE.upper()} {PROSE}"


def test_short_blocks_are_sampled_when_nothing_longer_fills_the_sample() -> None:
    assert language_sample(blocks("Home", PROSE, "Contact us")) == f"Home {PROSE} Contact us"


def test_a_menu_of_one_letter_bullets_does_not_name_a_language() -> None:
    assert guess_language(f"{MENU} {PROSE}") == "pl"  # the plain vote counts every "o"
    assert document_language(blocks(MENU, PROSE)) == "en"


def test_the_first_guess_serves_the_whole_clean() -> None:
    page = blocks("Menu", PORTUGUESE, NAMES, PORTUGUESE.upper(), NAMES)
    kept = blocks(PORTUGUESE[:90], NAMES, NAMES, NAMES)
    assert document_language(kept) == "fi"  # the kept blocks alone: too few words of running text
    with doccache.document_scope():
        assert document_language(page) == "pt"
        assert document_language(kept) == "pt"
    with doccache.document_scope():  # the next document guesses again
        assert document_language(kept) == "fi"


def test_the_metadata_stage_reads_the_first_passes_language_in_the_re_checks() -> None:
    """The metadata stage's guess (the body's language) is made once per clean too: the re-checks
    read the output, the first pass's body less the lines it moved to the metadata."""
    from articlean.metadata import _language
    from articlean.model import Label, Verdict

    body = Verdict(Label.BODY, 1.0, "prose")
    page, kept = blocks("Menu", PORTUGUESE, PORTUGUESE.upper()), blocks(NAMES, NAMES, NAMES)
    assert _language(kept, [body] * 3) == "fi"  # outside a clean each call guesses
    with doccache.document_scope():
        assert _language(page, [body] * 3) == "pt"
        assert _language(kept, [body] * 3) == "pt"
    with doccache.document_scope():  # the next document guesses again
        assert _language(kept, [body] * 3) == "fi"

"""Boxes of other stories after the article: a "related" heading, then items split by one recurring line."""

from __future__ import annotations

import time

import pytest

from articlean.doccache import document_scope
from articlean.model import Label, Options, Verdict
from articlean.pipeline import clean
from articlean.relatedlists import related_heading, related_lists
from articlean.segment import segment
from settling import ARTICLE as OPENING
from settling import paragraphs, settled
from timing import assert_linear

ARTICLE = [
    *OPENING,
    "Shop owners on the river front said they were relieved, although several added that the work had "
    "kept customers away for months and that the compensation they were promised has not yet arrived.",
]
ARTIGO = [
    "A prefeitura inaugurou nesta segunda-feira a nova biblioteca do bairro, depois de quase dois anos "
    "de obras que fecharam a praça central e mudaram o trajeto de três linhas de ônibus.",
    "O prédio tem salas de estudo abertas até as dez da noite e um acervo de vinte mil livros, metade "
    "deles doados por moradores durante a campanha feita no ano passado pela associação local.",
]
STORIES = [
    (
        "Council approves the budget for the new tram line",
        "The vote ends two years of debate over the route, which will link the station to the hospital "
        "and the university campus by the end of the decade.",
    ),
    (
        "Schools to stay open later during the exam season",
        "Head teachers asked for the change after students said they had nowhere quiet to study in the "
        "evenings, and the trial will start in the spring.",
    ),
    (
        "Market traders protest against the new parking fees",
        "Dozens of stalls stayed closed on Saturday as traders marched to the town hall, saying the fees "
        "would drive their customers to the shopping centres outside town.",
    ),
]
HISTORIAS = [
    (
        "Feira de artesanato volta à praça no próximo mês",
        "Os organizadores esperam mais de cem expositores e prometem música ao vivo todos os fins de "
        "semana, com entrada gratuita para moradores e visitantes.",
    ),
    (
        "Nova ciclovia liga o centro ao parque municipal",
        "O trajeto de seis quilômetros foi pedido durante anos pelos moradores, que agora podem atravessar "
        "a cidade sem disputar espaço com os carros na avenida principal.",
    ),
    (
        "Escolas terão horário estendido durante as provas",
        "A medida atende a um pedido dos alunos, que diziam não ter um lugar tranquilo para estudar à "
        "noite, e deve começar a valer no segundo semestre.",
    ),
]


def story_list(heading: str, stories: list[tuple[str, str]], separator: str) -> list[str]:
    texts = [heading]
    for headline, summary in stories:
        texts += [headline, summary, separator]
    return paragraphs(texts)


def kept_after_settle(lines: list[str]) -> list[str]:
    return settled(lines)[0]


def reasons_after_settle(lines: list[str]) -> set[str]:
    return settled(lines)[1]


@pytest.mark.parametrize(
    ("article", "heading", "stories", "separator"),
    [
        (ARTICLE, "You may also like", STORIES, "Read now"),
        (ARTICLE, "More from Local News", STORIES, "Share on Facebook Share on X"),
        (ARTIGO, "Você pode gostar...", HISTORIAS, "Whatsapp Facebook Baixar"),
        (ARTIGO, "Veja também", HISTORIAS, "Leia mais"),
    ],
)
def test_a_story_list_under_a_related_heading_goes(
    article: list[str], heading: str, stories: list[tuple[str, str]], separator: str
) -> None:
    lines = [*paragraphs(article), *story_list(heading, stories, separator)]
    assert kept_after_settle(lines) == article
    assert reasons_after_settle(lines) == {"related-list"}


@pytest.mark.parametrize(
    ("article", "heading", "stories", "closing"),
    [
        (ARTICLE, "Related Stories", STORIES, "The authority will publish its report next week, it said."),
        (ARTIGO, "Artigos relacionados", HISTORIAS, "A biblioteca abre todos os dias da semana."),
    ],
)
def test_a_bulleted_list_right_under_a_related_heading_goes(
    article: list[str], heading: str, stories: list[tuple[str, str]], closing: str
) -> None:
    """In the middle of the article too: the article goes on after the box (the same box printed
    without bullets is boxheadlines.py's: test_box_headlines.py)."""
    bullet = "  * "
    box = [heading, "", *(bullet + headline for headline, _ in stories), ""]
    lines = [*paragraphs(article), *box, *paragraphs([closing])]
    assert kept_after_settle(lines) == [*article, closing]
    assert reasons_after_settle(lines) == {"related-list"}
    # one item is a source the article names, not a box
    lines = [*paragraphs(article), heading, "", f"{bullet}{stories[0][0]}", "", *paragraphs([closing])]
    assert "related-list" not in reasons_after_settle(lines)
    # nor does a heading that introduces what follows ("Read more:"), as some articles end
    lines = [*paragraphs(article), f"{heading}:", "", *box[2:], *paragraphs([closing])]
    assert "related-list" not in reasons_after_settle(lines)


@pytest.mark.parametrize(
    ("article", "footer", "stories", "closing"),
    [
        (ARTICLE, "More in Local News", STORIES, "The authority will publish its report next week, it said."),
        (ARTIGO, "Mais em Cidades", HISTORIAS, "A biblioteca abre todos os dias da semana."),
    ],
)
def test_a_list_of_headlines_over_a_box_closing_link_goes(
    article: list[str], footer: str, stories: list[tuple[str, str]], closing: str
) -> None:
    """A box set between the article's paragraphs, its link to the section at its foot."""
    box = [*(f"  * {headline}" for headline, _ in stories), "", footer, ""]
    lines = [*paragraphs(article), *box, *paragraphs([closing])]
    assert kept_after_settle(lines) == [*article, closing]
    assert reasons_after_settle(lines) == {"related-list"}
    # the article's own points end their sentences: a list of them stays
    points = [f"  * {headline}." for headline, _ in stories]
    lines = [*paragraphs(article), *points, "", footer, "", *paragraphs([closing])]
    assert "related-list" not in reasons_after_settle(lines)
    # a whole heading ("Related") opens a box, it does not close one
    lines = [*paragraphs(article), *box[:-3], "", "Related", "", *paragraphs([closing])]
    assert stories[0][0] in kept_after_settle(lines)


def test_the_separator_may_stand_before_each_item() -> None:
    texts = ["Вам также может быть интересно"]
    for headline, summary in STORIES:
        texts += ["Интересное", headline, summary]
    assert kept_after_settle([*paragraphs(ARTICLE), *paragraphs(texts)]) == ARTICLE


def test_what_follows_the_list_is_left_to_the_model() -> None:
    closing = "Residents can read the authority's report on its website from next week, it said."
    lines = [
        *paragraphs(ARTICLE),
        *story_list("Related stories", STORIES, "Read now"),
        *paragraphs(["Contact us", "Privacy policy", "Terms of use", "Cookie settings", "Jobs", closing]),
    ]
    assert closing in kept_after_settle(lines)


@pytest.mark.parametrize(
    ("lines", "why"),
    [
        (
            [*paragraphs(ARTICLE), *paragraphs(["Related:", *ARTICLE])],
            "a heading with no list: the article goes on",
        ),
        (
            [*paragraphs(ARTICLE), *story_list("Further reading", STORIES, "Read now")],
            "a recurring line without a related heading",
        ),
        (
            [*paragraphs(ARTICLE[:1]), *story_list("Related stories", STORIES, "Advertisement")],
            "ad labels recur between the article's own paragraphs",
        ),
        (
            [
                *paragraphs(ARTICLE),
                *paragraphs(["Related", STORIES[0][1], "Read now", STORIES[1][1], "Read now"]),
            ],
            "two copies are not a run",
        ),
        (
            [*story_list("You may also like", STORIES, "Read now"), *paragraphs(ARTICLE)],
            "a list before the article's first paragraph is the page's, left to the model",
        ),
    ],
)
def test_what_is_not_a_related_list(lines: list[str], why: str) -> None:
    assert "related-list" not in reasons_after_settle(lines), why


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("You may also like", True),
        ("## Related Stories", True),
        ("Más en Opinión ›", True),
        ("Mehr aus dem Ressort Politik", True),
        ("Related: the council's report on the floods, published in March", False),
        ("More than a hundred people came to the opening", False),
        ("Related", True),
        ("Artículos Relacionados", True),
        ("Ähnliche Artikel", True),
    ],
)
def test_related_headings(text: str, expected: bool) -> None:
    assert related_heading(text) is expected


def test_the_whole_pipeline_drops_the_list() -> None:
    lines = [
        "# Flood gates open at last",
        "",
        *paragraphs(ARTICLE),
        *story_list("You may also like", STORIES, "Whatsapp Facebook Pinterest Download"),
    ]
    result = clean("\n".join(lines), Options())
    assert not any(headline in result.text for headline, _ in STORIES)
    assert all(paragraph in result.text for paragraph in ARTICLE)


ARROW_BOX = [
    (
        "» Coluna de Ana Souza",
        "Clique na foto da Ana e veja as colunas que ela escreve sobre a cidade e seus bairros.",
    ),
    (
        "» Agenda da semana",
        "Clique e saiba os horários das feiras, dos concertos e das sessões de cinema ao ar livre.",
    ),
    (
        "» Podcast – Episódio 12",
        "Uma conversa sobre tudo o que aconteceu na cidade neste mês, com convidados.",
    ),
]


@pytest.mark.parametrize(
    "box",
    [
        ARROW_BOX,
        [("› " + headline, summary) for headline, summary in STORIES],
        [("→ " + headline.split(" the ")[0], summary) for headline, summary in STORIES],
    ],
)
def test_a_run_of_arrow_led_items_after_the_article_goes(box: list[tuple[str, str]]) -> None:
    texts = [text for item in box for text in item]
    assert kept_after_settle([*paragraphs(ARTIGO), *paragraphs(texts)]) == ARTIGO


QUOTES = [  # short enough for item headings, but the guillemet stands right against the word
    "»Wir haben lange gewartet«, sagte die Bürgermeisterin.",
    "»Die Tore schließen schnell«, erklärte der Ingenieur.",
    "»Endlich können wir ruhig schlafen«, sagte eine Anwohnerin.",
]


@pytest.mark.parametrize(
    ("texts", "why"),
    [
        ([*ARTICLE, *QUOTES], "quotations that open with a guillemet"),
        ([*ARTICLE, *[text for item in ARROW_BOX[:2] for text in item]], "two arrows are not a run"),
        (
            [*[text for item in ARROW_BOX for text in item], *ARTIGO],
            "a box before the article is the model's",
        ),
    ],
)
def test_what_is_not_an_arrow_led_box(texts: list[str], why: str) -> None:
    assert "related-list" not in reasons_after_settle(paragraphs(texts)), why


def test_a_long_list_of_closing_links_takes_linear_time() -> None:
    """A list whose every fourth item is a box's closing link ("More from ...:", whose colon opens no
    list of its own) under three headlines: each link walked back over the whole list to its first
    item and read every item again (1,200 links took 1.7 s of a 2 s clean, 300 0.1 s)."""

    def seconds(count: int) -> float:
        lines = ["The council met on Monday."]
        for index in range(count):
            lines += [f"* Story {index} about the town hall", f"* Story {index} about the new library"]
            lines += [f"* Story {index} about the tram line", f"* More from Section {index}:"]
        with document_scope():
            blocks = segment(lines, markdown=True)
            verdicts = [Verdict(Label.BODY, 1.0, "model")] * len(blocks)
            started = time.process_time()
            found = related_lists(blocks, verdicts, 0)
            elapsed = time.process_time() - started
        assert found == list(range(1, len(blocks)))
        return elapsed

    assert_linear(seconds, 500, 2_000)

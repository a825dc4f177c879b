"""Result -> text / JSON / JSONL, on hand-built results (independent of the classifier)."""

from __future__ import annotations

import json

from articlean.model import (
    Block,
    Caption,
    CaptionPolicy,
    Document,
    InputFormat,
    Label,
    Metadata,
    Options,
    Result,
    Verdict,
)
from articlean.render import (
    OutputFormat,
    json_array_end,
    json_array_item,
    render,
    render_json,
    render_jsonl,
    render_text,
    text_header,
    to_record,
)
from articlean.schema import SCHEMA_VERSION, ArticleRecord, to_trafilatura

LINES = ("Big headline here", "", "A body paragraph that says something.", "Photo: caption", "Share", "")


def make_result(captions: CaptionPolicy = CaptionPolicy.SEPARATE) -> Result:
    blocks = (
        Block(0, 0, 0, LINES[0], 0),
        Block(1, 2, 2, LINES[2], 1),
        Block(2, 3, 3, LINES[3], 1),
        Block(3, 4, 4, LINES[4], 1),
    )
    verdicts = (
        Verdict(Label.TITLE, 0.0, "title"),
        Verdict(Label.BODY, 1.0, "prose"),
        Verdict(Label.CAPTION, 0.0, "caption"),
        Verdict(Label.BOILERPLATE, 0.0, "ui-phrase"),
    )
    metadata = Metadata(
        title="Big headline here",
        categories=("World", "Asia"),
        reading_time=3,
        captions=(Caption("caption", "Photo"),),
    )
    document = Document(LINES, InputFormat.TEXT)
    return Result(document, blocks, verdicts, metadata, Options(captions=captions))


def test_text_is_the_body_with_a_final_newline() -> None:
    assert render_text(make_result()) == "A body paragraph that says something.\n"


def test_text_of_an_empty_body_is_empty() -> None:
    result = make_result()
    empty = Result(result.document, result.blocks, (Verdict(Label.BOILERPLATE, 0, "x"),) * 4, result.metadata)
    assert render_text(empty) == ""


def test_record_keys_in_schema_order() -> None:
    record = to_record(make_result(), "a.txt")
    assert list(record) == list(ArticleRecord.__annotations__)
    assert record["schema_version"] == SCHEMA_VERSION
    assert record["source"] == "a.txt"
    assert record["categories"] == ["World", "Asia"]
    assert record["captions"] == [{"text": "caption", "credit": "Photo"}]
    assert record["reading_time"] == 3
    assert record["input_format"] == "text"
    assert record["word_count"] == 6
    assert record["author"] is None


def test_every_non_blank_line_is_kept_moved_or_removed_once() -> None:
    record = to_record(make_result(), "a.txt")
    assert record["moved"] == [
        {"line": 1, "text": "Big headline here", "field": "title"},
        {"line": 4, "text": "Photo: caption", "field": "captions"},
    ]
    assert record["removed"] == [{"line": 5, "text": "Share", "reason": "ui-phrase"}]


def test_caption_policy_decides_where_caption_lines_go() -> None:
    kept = to_record(make_result(CaptionPolicy.KEEP), "a")
    assert "Photo: caption" in kept["text"]
    assert [item["field"] for item in kept["moved"]] == ["title"]
    dropped = to_record(make_result(CaptionPolicy.DROP), "a")
    assert {"line": 4, "text": "Photo: caption", "reason": "caption"} in dropped["removed"]
    assert "Photo" not in dropped["text"]


def test_json_and_jsonl_carry_the_same_record() -> None:
    result = make_result()
    pretty = render(result, "a", OutputFormat.JSON)
    line = render(result, "a", OutputFormat.JSONL)
    assert pretty.endswith("}\n") and pretty.count("\n") > 5
    assert line.endswith("}\n") and line.count("\n") == 1
    assert json.loads(pretty) == json.loads(line)
    assert json.loads(pretty)["text"] + "\n" == render(result, "a", OutputFormat.TEXT)


def test_non_ascii_is_written_as_is() -> None:
    record = to_record(make_result(), "café.txt")
    assert '"café.txt"' in render_json(record)
    assert '"café.txt"' in render_jsonl(record)


def test_streamed_array_equals_json_dumps_of_the_list() -> None:
    records = [to_record(make_result(), name) for name in ("a", "b", "c")]
    stream = "".join(json_array_item(render_json(item), index == 0) for index, item in enumerate(records))
    stream += json_array_end(empty=False)
    assert stream == json.dumps(records, ensure_ascii=False, indent=2) + "\n"
    assert json_array_end(empty=True) == "[]\n"


def test_text_headers_are_separated_like_head() -> None:
    assert text_header("a.txt", first=True) == "==> a.txt <==\n"
    assert text_header("b.txt", first=False) == "\n==> b.txt <==\n"


def test_trafilatura_form_joins_lists_and_renames_keys() -> None:
    converted = to_trafilatura(to_record(make_result(), "a"))
    assert converted["categories"] == "World;Asia"
    assert converted["tags"] == ""
    assert "excerpt" in converted and "description" not in converted
    assert "source-hostname" in converted and "sitename" not in converted


def test_output_extensions() -> None:
    assert OutputFormat.TEXT.extension == ".txt"
    assert OutputFormat.JSON.extension == ".json"
    assert OutputFormat.JSONL.extension == ".json"

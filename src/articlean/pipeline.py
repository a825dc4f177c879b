"""The one place where the order of stages is written: clean(data, options) -> Result."""

from __future__ import annotations

from articlean.classify import classify
from articlean.decode import decode
from articlean.errors import NotTextError
from articlean.metadata import extract_metadata
from articlean.model import Document, InputFormat, Options, Result
from articlean.segment import segment
from articlean.sniff import sniff


def load(data: bytes | str, options: Options) -> Document:
    """Decode and sniff a dump; HTML becomes the lines of its main content plus metadata hints."""
    decoded = decode(data)
    if decoded.error is not None:
        raise NotTextError(decoded.error)
    text = decoded.text.replace("\x00", "")
    input_format = options.input_format
    if input_format is InputFormat.AUTO:
        input_format = sniff(text)
    if input_format is InputFormat.HTML:
        from articlean.html import html_document  # deferred: only HTML input imports trafilatura

        return html_document(text, decoded.encoding, options)
    return Document(tuple(text.splitlines()), input_format, decoded.encoding)


def clean(data: bytes | str, options: Options | None = None) -> Result:
    """Clean one dump: keep the article, move what describes it to metadata, drop the rest."""
    options = options or Options()
    document = load(data, options)
    blocks = segment(document.lines, markdown=document.input_format is InputFormat.MARKDOWN)
    verdicts = classify(blocks, options)
    metadata, verdicts = extract_metadata(document, blocks, verdicts, options)
    return Result(document, tuple(blocks), tuple(verdicts), metadata, options)

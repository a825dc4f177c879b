"""bytes -> str. Never raises: says which encoding it used, or that the bytes are not text."""

from __future__ import annotations

import codecs
from typing import NamedTuple

# Bytes that never appear in text files; a few of them in the first KiB mean a binary format.
_BINARY_CONTROL = frozenset(range(0, 9)) | frozenset(
    (11, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31)
)
_BINARY_CONTROL_BYTES = bytes(sorted(_BINARY_CONTROL))
# Share of control bytes in the sample above which the input is called binary.
_BINARY_SHARE = 0.05
_SAMPLE = 4096
# Correctly decoded non-ASCII characters per invalid UTF-8 sequence above which a dump is taken for
# UTF-8 with a few stray bytes (replaced), not handed to charset detection: that would read all of
# its accented letters as mojibake ("votÃ©") because of one bad byte. Latin-1, Windows-1252,
# Shift-JIS or GB18030 text decodes as UTF-8 almost nowhere, so it stays far below.
_UTF8_EVIDENCE = 4
_MAGIC = (
    b"\x89PNG",
    b"\x1f\x8b",
    b"%PDF",
    b"PK\x03\x04",
    b"GIF8",
    b"\xff\xd8\xff",
    b"\x7fELF",
    b"BZh",
    b"\xfd7zXZ",
)


class Decoded(NamedTuple):
    """The decoded text, the encoding used, ``None`` or why the bytes are not text, and the bytes
    themselves where they are the text's UTF-8 (decoded strictly: the HTML parser reads them)."""

    text: str
    encoding: str
    error: str | None = None
    utf8: bytes | None = None


def _boms(data: bytes) -> tuple[str, int] | None:
    for bom, name in (
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF32_LE, "utf-32-le"),
        (codecs.BOM_UTF32_BE, "utf-32-be"),
        (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
    ):
        if data.startswith(bom):
            return name, len(bom)
    return None


def looks_binary(data: bytes) -> bool:
    """True for known binary signatures or a sample dense in control bytes."""
    if data.startswith(_MAGIC):
        return True
    sample = data[:_SAMPLE]
    if not sample:
        return False
    control = len(sample) - len(sample.translate(None, _BINARY_CONTROL_BYTES))  # counted in C
    return control / len(sample) > _BINARY_SHARE


def decode(data: bytes | str) -> Decoded:
    """Decode a dump. UTF-8 first (the common case), then a BOM, then charset detection."""
    if isinstance(data, str):
        return Decoded(data, "utf-8")
    bom = _boms(data)
    if bom is not None:
        name, size = bom
        return Decoded(data[size:].decode(name.replace("-sig", ""), errors="replace"), name)
    if looks_binary(data):
        return Decoded("", "binary", "not a text file (binary content)")
    try:
        return Decoded(data.decode("utf-8"), "utf-8", utf8=data)
    except UnicodeDecodeError:
        pass
    mostly = _mostly_utf8(data)
    if mostly is not None:
        return Decoded(mostly, "utf-8-replace")
    from charset_normalizer import from_bytes  # deferred: only undecodable-as-UTF-8 input pays for it

    best = from_bytes(data[: 1 << 20]).best()
    if best is not None and best.encoding:
        return Decoded(data.decode(best.encoding, errors="replace"), best.encoding)
    return Decoded(data.decode("utf-8", errors="replace"), "utf-8-replace")


def _mostly_utf8(data: bytes) -> str | None:
    """The text of UTF-8 bytes with a few invalid sequences (replaced by U+FFFD), else None."""
    text = data.decode("utf-8", errors="replace")
    invalid = text.count("\ufffd") - data.count("\ufffd".encode())
    non_ascii = len(text) - len(text.encode("ascii", errors="ignore")) - invalid
    return text if non_ascii > _UTF8_EVIDENCE * invalid else None

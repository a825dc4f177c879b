#!/usr/bin/env python3
"""Score articlean on dump styles the dev split does not have, made from its own dumps.

articlean is scored on renderers it has never seen, so this re-renders the dev dumps in other common
shapes and scores each with the split's gold (score.py's metric, in-process cleaning):

  wrap72   the r1 (browser-like) dumps with every line hard-wrapped at 72 columns, as mail clients,
           ``fmt`` and many text exporters write them; indentation is kept on the wrapped lines
  mdwrap   the md dumps wrapped at 78 columns, which is what html2text does by default
           (``body_width=78``); link syntax may be split over two lines
  lynx     a ``lynx -dump``-like text made from the md dumps: links become ``[n]text``, images
           ``[alt]`` or ``[IMG]``, markup is dropped, paragraphs are wrapped at 76 columns under a three-space
           indent, and a numbered "References" list of the URLs closes the page
  crlf     the r2 dumps with Windows line endings and a no-break space after every sentence
  gettext  each page's HTML as BeautifulSoup ``get_text()`` without a separator (lxml's
           ``text_content()``) prints it, after the benchmark's own removal of scripts, styles and
           the like: text nodes run together, lines and indentation follow the HTML source
  nodes    the same with BeautifulSoup ``get_text("\\n")``, as crude scrapers call it without the
           benchmark's r2 clean-up: every text node on its own line, unstripped, the whitespace-only
           nodes between elements left as runs of blank and indented lines

    python3 benchmarks/styles.py [--split ../shared/bench/dev] [--style wrap72 ...] [--subset N]
        [--jobs 2] [--keep DIR]

Prints one score.py line per style, next to the score of the dumps it was made from.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
import textwrap
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

DEFAULT_SPLIT = Path(__file__).resolve().parents[2] / "shared" / "bench" / "dev"
_IMAGE = re.compile(r"!\[([^\]]*)\]\([^)]*\)")
_LINK = re.compile(r"\[((?:[^\[\]]|\[[^\]]*\])*)\]\(([^)\s]*)(?:\s+\"[^\"]*\")?\)")
_EMPHASIS = re.compile(r"(\*\*|__|(?<!\w)[*_](?=\S)|(?<=\S)[*_](?!\w))")
_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+")
_BULLET = re.compile(r"^(\s*)[*+-]\s+")


def wrap_lines(text: str, width: int) -> str:
    """Every line longer than ``width`` wrapped at spaces, its indentation repeated."""
    out: list[str] = []
    for line in text.splitlines():
        if len(line) <= width:
            out.append(line)
            continue
        indent = line[: len(line) - len(line.lstrip())]
        out.extend(
            textwrap.wrap(
                line.strip(),
                width,
                initial_indent=indent,
                subsequent_indent=indent,
                break_long_words=False,
                break_on_hyphens=False,
            )
        )
    return "\n".join(out) + "\n"


def lynx(markdown: str) -> str:
    """A lynx -dump-like rendering of a markdown dump (see the module docstring)."""
    references: list[str] = []

    def link(match: re.Match[str]) -> str:
        references.append(match.group(2) or "about:blank")
        return f"[{len(references)}]{match.group(1)}"

    paragraphs: list[str] = []
    for line in markdown.splitlines():
        line = _IMAGE.sub(lambda image: f"[{image.group(1) or 'IMG'}]", line)
        line = _LINK.sub(link, line)
        line = _EMPHASIS.sub("", _HEADING.sub("", line))
        bullet = _BULLET.match(line)
        if bullet:
            line = f"{bullet.group(1)}* {line[bullet.end() :]}"
        if not line.strip():
            paragraphs.append("")
            continue
        paragraphs.extend(textwrap.wrap(line.strip(), 76, initial_indent="   ", subsequent_indent="   "))
    if references:
        paragraphs += ["", "References", ""]
        paragraphs += [f"{number:4d}. {url}" for number, url in enumerate(references, start=1)]
    return "\n".join(paragraphs) + "\n"


def get_text(html: bytes, separator: str = "") -> str:
    import lxml.html

    from articlean.decode import decode

    root = lxml.html.fromstring(decode(html).text)
    for element in root.xpath("//script|//style|//noscript|//template|//svg|//comment()"):
        if element.getparent() is not None:
            element.drop_tree()
    return separator.join(root.itertext()) if separator else str(root.text_content())


def crlf(text: str) -> str:
    return re.sub(r"([.!?]) ", "\\1\u00a0", text).replace("\n", "\r\n")


STYLES: dict[str, tuple[str, Callable[[str], str]]] = {
    "wrap72": ("r1", lambda text: wrap_lines(text, 72)),
    "mdwrap": ("md", lambda text: wrap_lines(text, 78)),
    "lynx": ("md", lynx),
    "crlf": ("r2", crlf),
}
# Styles made from the pages' HTML rather than from a dump: (case suffix, page -> text).
HTML_STYLES: dict[str, tuple[str, Callable[[bytes], str]]] = {
    "gettext": ("gt", get_text),
    "nodes": ("nl", lambda html: get_text(html, "\n")),
}


def _clean(job: tuple[Path, Path]) -> None:
    from articlean import clean

    source, target = job
    result = clean(source.read_bytes())
    target.write_text(json.dumps({"text": result.text, "title": result.metadata.title}), encoding="utf-8")


def build_from_html(split: Path, style: str, root: Path, subset: int) -> Path:
    """A split directory of one case per page (``<page>.<suffix>``) made from the page's HTML."""
    import gzip

    suffix, transform = HTML_STYLES[style]
    target = root / style
    (target / "inputs").mkdir(parents=True, exist_ok=True)
    pages = sorted(path.name.removesuffix(".html.gz") for path in (split / "html").glob("*.html.gz"))
    chosen = set(pages[::subset])
    for page in chosen:
        html = gzip.decompress((split / "html" / f"{page}.html.gz").read_bytes())
        (target / "inputs" / f"{page}.{suffix}.txt").write_text(transform(html), encoding="utf-8")
    golds: dict[str, str] = {}
    with open(split / "gold.jsonl", encoding="utf-8") as lines:
        for line in lines:
            if line.strip():
                case = json.loads(line)
                if case["page"] in chosen and case["page"] not in golds:
                    case.update(case=f"{case['page']}.{suffix}", renderer=suffix)
                    golds[case["page"]] = json.dumps(case, ensure_ascii=False) + "\n"
    (target / "gold.jsonl").write_text("".join(golds[page] for page in sorted(golds)), encoding="utf-8")
    return target


def build(split: Path, style: str, root: Path, subset: int) -> Path:
    """A split directory for one style: its inputs and the gold of the cases it was made from."""
    if style in HTML_STYLES:
        return build_from_html(split, style, root, subset)
    renderer, transform = STYLES[style]
    target = root / style
    (target / "inputs").mkdir(parents=True, exist_ok=True)
    chosen = sorted((split / "inputs").glob(f"*.{renderer}.txt"))[::subset]
    names = {path.name.removesuffix(".txt") for path in chosen}
    for path in chosen:
        text = path.read_bytes().decode("utf-8")
        (target / "inputs" / path.name).write_bytes(transform(text).encode("utf-8"))
    with (
        open(split / "gold.jsonl", encoding="utf-8") as lines,
        open(target / "gold.jsonl", "w", encoding="utf-8") as out,
    ):
        out.writelines(line for line in lines if line.strip() and json.loads(line)["case"] in names)
    return target


def score(split: Path, inputs: Path, jobs: int, scratch: Path) -> str:
    outputs = scratch / "out"
    outputs.mkdir(parents=True, exist_ok=True)
    work = [(path, outputs / f"{path.stem}.json") for path in sorted(inputs.glob("*.txt"))]
    with ProcessPoolExecutor(jobs) as pool:
        list(pool.map(_clean, work, chunksize=8))
    scorer = Path(__file__).resolve().parents[2] / "shared" / "bench" / "score.py"
    command = [sys.executable, str(scorer), "--split", str(split), "--outputs", str(outputs)]
    lines = subprocess.run(command, capture_output=True, text=True, check=True).stdout.strip().splitlines()
    return lines[-1]


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--split", type=Path, default=DEFAULT_SPLIT)
    parser.add_argument("--style", action="append", choices=sorted([*STYLES, *HTML_STYLES]))
    parser.add_argument("--subset", type=int, default=1, help="every N-th case of the renderer")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--keep", type=Path, help="write the style splits here instead of a temp dir")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as temporary:
        root = args.keep or Path(temporary)
        for style in args.style or [*STYLES, *HTML_STYLES]:
            split = build(args.split, style, root, args.subset)
            if style in HTML_STYLES:
                made = score(split, split / "inputs", args.jobs, root / f"{style}-scratch")
                print(f"{style:8} {made}   (from the pages' HTML)", flush=True)
                continue
            renderer = STYLES[style][0]
            source = root / f"{style}-source"
            (source / "inputs").mkdir(parents=True, exist_ok=True)
            for path in (split / "inputs").glob("*.txt"):
                (source / "inputs" / path.name).write_bytes((args.split / "inputs" / path.name).read_bytes())
            (source / "gold.jsonl").write_bytes((split / "gold.jsonl").read_bytes())
            made = score(split, split / "inputs", args.jobs, root / f"{style}-scratch")
            original = score(source, source / "inputs", args.jobs, root / f"{style}-source-scratch")
            print(f"{style:8} {made}   (from {renderer}: {original})", flush=True)


if __name__ == "__main__":
    main()

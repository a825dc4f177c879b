"""Build and score the HTML split of the dev benchmark: one case per page, its original HTML as input.

    python3 benchmarks/html_split.py /tmp/html-split                  # build the split
    python3 benchmarks/html_split.py /tmp/html-split --score          # articlean.clean, in-process
    python3 benchmarks/html_split.py /tmp/html-split --score --mode precision   # or recall
    python3 benchmarks/html_split.py /tmp/html-split --score --variant passthrough
    python3 benchmarks/html_split.py /tmp/html-split --score --variant 'trafilatura:favor_recall=1'

The split holds ``inputs/<page>.txt`` (the page's HTML bytes; score.py only copies ``.txt`` inputs)
and ``gold.jsonl`` with the page's gold under ``"case": <page>`` and ``"renderer": "html"``, so
``score.py --split /tmp/html-split --run 'articlean --input-format html --format json -o {outdir}
{inputs}'`` also works once the CLI exists.

Variants: ``pipeline`` (the whole cleaner, in ``--mode``; its outputs go to ``outputs/pipeline``, or
``outputs/pipeline-<mode>`` for another mode than balanced), ``passthrough`` (articlean.html's lines:
the whole page, nothing removed) and ``trafilatura:key=value,...`` (``trafilatura.extract`` alone with
those keyword arguments).
"""

from __future__ import annotations

import argparse
import gzip
import json
import subprocess
import sys
import time
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

BENCH = Path(__file__).resolve().parents[2] / "shared" / "bench"
Extractor = Callable[[bytes], dict[str, Any]]


def build(split: Path, dev: Path) -> int:
    """Write inputs/<page>.txt and gold.jsonl; returns the number of pages."""
    inputs = split / "inputs"
    inputs.mkdir(parents=True, exist_ok=True)
    gold: dict[str, dict[str, Any]] = {}
    with open(dev / "gold.jsonl", encoding="utf-8") as lines:
        for line in lines:
            if line.strip():
                case = json.loads(line)
                gold.setdefault(case["page"], case)
    pages = sorted(path.name.removesuffix(".html.gz") for path in (dev / "html").glob("*.html.gz"))
    with open(split / "gold.jsonl", "w", encoding="utf-8") as out:
        for page in pages:
            (inputs / f"{page}.txt").write_bytes(
                gzip.decompress((dev / "html" / f"{page}.html.gz").read_bytes())
            )
            out.write(json.dumps({**gold[page], "case": page, "renderer": "html"}, ensure_ascii=False) + "\n")
    return len(pages)


def _pipeline(data: bytes, mode: str = "balanced") -> dict[str, Any]:
    from articlean import InputFormat, Options, clean
    from articlean.model import Mode

    result = clean(data, Options(input_format=InputFormat.HTML, mode=Mode(mode)))
    return {"text": result.text, "title": result.metadata.title}


def _passthrough(data: bytes) -> dict[str, Any]:
    from articlean.decode import decode
    from articlean.html import html_document
    from articlean.markdown import strip_lines
    from articlean.model import Options

    decoded = decode(data)
    document = html_document(decoded.text, decoded.encoding, Options())
    lines = (line.text for line in strip_lines(document.lines))
    return {"text": "\n".join(line for line in lines if line), "title": document.hints.title}


def _parse_kwargs(spec: str) -> dict[str, Any]:
    kwargs: dict[str, Any] = {}
    for item in filter(None, spec.split(",")):
        key, _, value = item.partition("=")
        kwargs[key] = value if key == "output_format" else value.lower() in ("1", "true", "yes")
    return kwargs


def _trafilatura(data: bytes, spec: str) -> dict[str, Any]:
    import trafilatura

    return {"text": trafilatura.extract(data, **_parse_kwargs(spec)) or ""}


def _run_one(job: tuple[str, Path, Path]) -> float:
    variant, source, outdir = job
    data = source.read_bytes()
    started = time.perf_counter()
    if variant.partition("-")[0] == "pipeline":  # "pipeline-precision": the cleaner in that mode
        output = _pipeline(data, variant.partition("-")[2] or "balanced")
    elif variant == "passthrough":
        output = _passthrough(data)
    else:
        output = _trafilatura(data, variant.removeprefix("trafilatura:"))
    elapsed = time.perf_counter() - started
    (outdir / f"{source.stem}.json").write_text(json.dumps(output, ensure_ascii=False), encoding="utf-8")
    return elapsed


def score(split: Path, variant: str, jobs: int, extra: list[str]) -> int:
    """Run one variant over every page in-process, then let score.py judge the outputs."""
    outdir = split / "outputs" / variant.replace("/", "_").replace(":", "-").replace(",", "_")
    outdir.mkdir(parents=True, exist_ok=True)
    sources = sorted((split / "inputs").glob("*.txt"))
    work = [(variant, source, outdir) for source in sources]
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        _run_one(work[0])  # warm imports in this process too: the timing is the extraction alone
        seconds = sum(pool.map(_run_one, work, chunksize=4))
    print(f"variant {variant}: {len(sources)} pages, {seconds:.2f}s of extraction", file=sys.stderr)
    command = [sys.executable, str(BENCH / "score.py"), "--split", str(split), "--outputs", str(outdir)]
    return subprocess.call([*command, *extra])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("split", type=Path, help="split directory to build or score")
    parser.add_argument("--dev", type=Path, default=BENCH / "dev", help="the dev split with html/")
    parser.add_argument("--score", action="store_true", help="run a variant in-process and score it")
    parser.add_argument("--variant", default="pipeline", help="pipeline, passthrough or trafilatura:k=v,...")
    parser.add_argument(
        "--mode", choices=("balanced", "precision", "recall"), default="balanced", help="the pipeline's mode"
    )
    parser.add_argument("--jobs", type=int, default=2)
    args, extra = parser.parse_known_args(argv)
    if args.mode != "balanced":
        if args.variant != "pipeline":
            parser.error("--mode is the pipeline variant's")
        args.variant = f"pipeline-{args.mode}"
    if not (args.split / "gold.jsonl").exists():
        print(f"built {build(args.split, args.dev)} pages in {args.split}", file=sys.stderr)
    if args.score:
        return score(args.split, args.variant, args.jobs, extra)
    return 0


if __name__ == "__main__":
    sys.exit(main())

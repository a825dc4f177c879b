#!/usr/bin/env python3
"""Train the stacked block classifier and write src/articlean/data/classifier.json.

Usage (needs the ``train`` extra, i.e. scikit-learn; the tool itself only reads the JSON):

    python3 benchmarks/train.py [--split ../shared/bench/dev] [--folds 5] [--out PATH] [--dry-run]
        [--save-scores PATH]
    python3 benchmarks/train.py --trees-only

The model is written twice: as data (classifier.json) and as Python (src/articlean/trees.py, the
same trees compiled once by Python's bytecode cache instead of in every process; see
articlean.ensembles). ``--trees-only`` writes the second again from the first.

It prints the k-fold (unseen pages) and in-sample F1/P/R per renderer at the chosen cuts; the
in-sample figure is what ``benchmarks/accuracy.py`` measures before the metadata stage and ``settle``.

Labels come from the gold bodies of the split, for training only: a block is body when at least
half of its tokens are covered by 4-token shingles of the gold text (shingles are taken over the
document's whole token stream, so a lone "4" next to a paragraph is not body just because the gold
holds the number somewhere). Stage 1 is a gradient-boosted tree ensemble over
``features.BLOCK_NAMES``; each context stage (CONTEXT_STAGES) sees the previous stage's
out-of-fold scores of the block and its neighbours (``features.CONTEXT_NAMES``). Pages are grouped
in the folds (all renderers of a page together), so the k-fold figure is the one for unseen pages.
Everything is seeded: two runs give the same file.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")  # folds run in parallel processes instead

import numpy as np
from sklearn.ensemble import HistGradientBoostingClassifier

from articlean.ensembles import module_source
from articlean.features import BLOCK_NAMES, CONTEXT_NAMES, block_features, context_features
from articlean.model import Block, InputFormat, Options
from articlean.paragraphs import paragraphs
from articlean.pipeline import load
from articlean.segment import segment

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SPLIT = ROOT.parent / "shared" / "bench" / "dev"
DEFAULT_OUT = ROOT / "src" / "articlean" / "data" / "classifier.json"
TREES_MODULE = ROOT / "src" / "articlean" / "trees.py"
SEED = 20240601
# Worker processes: the benchmark machine has two cores.
JOBS = 2
# A block is body when this share of its tokens sits in gold shingles.
COVERAGE_CUT = 0.5
# Every case weighs the same (as in the metric): half by its blocks' sizes, half per block.
DOC_WEIGHT = 100.0
# Modest, regularised ensembles: the k-fold F1 has to stay within 0.02 of the in-sample one.
STAGE1 = {"max_iter": 70, "max_depth": 4, "max_leaf_nodes": 8, "learning_rate": 0.07,
          "min_samples_leaf": 800, "l2_regularization": 5.0, "max_bins": 63}  # fmt: skip
# One context stage: a second one fitted the in-sample scores better but lost on unseen pages.
CONTEXT_STAGES = [
    {"max_iter": 80, "max_depth": 3, "max_leaf_nodes": 8, "learning_rate": 0.1,
     "min_samples_leaf": 500, "l2_regularization": 5.0, "max_bins": 63},
]  # fmt: skip
# The precision and recall modes' cuts, as offsets from the balanced cut. The modes also trim or widen
# the article's edges (articlean.modes), which the cut alone cannot show here; these offsets were
# chosen on dev with those rules (README "Modes"): precision keeps the balanced cut (a stricter one
# lost more recall than it gained precision), recall takes 0.15 off (F1 0.9204; 0.18 off: 0.9154).
PRECISION_CUT_OFFSET = 0.0
RECALL_CUT_OFFSET = -0.15
_TOKEN = __import__("re").compile(r"\w+")
DEV_RENDERERS = ("md", "r1", "r2")


@dataclass
class Case:
    name: str
    page: str
    renderer: str
    blocks: list[Block]
    rows: list[list[float]]
    labels: list[int]
    weights: list[float]
    gold: str


def shingles(tokens: Sequence[str]) -> dict[tuple[str, ...], int]:
    counts: dict[tuple[str, ...], int] = {}
    for start in range(max(1, len(tokens) - 3)):
        key = tuple(tokens[start : start + 4])
        if key:
            counts[key] = counts.get(key, 0) + 1
    return counts


def label_blocks(blocks: Sequence[Block], gold: str) -> list[int]:
    """1 for body blocks: at least COVERAGE_CUT of their tokens sit in a 4-gram found in the gold."""
    gold_shingles = set(shingles(_TOKEN.findall(gold)))
    stream: list[str] = []
    owners: list[int] = []
    for block in blocks:
        for token in _TOKEN.findall(block.text):
            stream.append(token)
            owners.append(block.index)
    covered = [False] * len(stream)
    for start in range(max(0, len(stream) - 3)):
        if tuple(stream[start : start + 4]) in gold_shingles:
            covered[start : start + 4] = [True] * 4
    hits = [0] * len(blocks)
    totals = [0] * len(blocks)
    for owner, hit in zip(owners, covered, strict=True):
        totals[owner] += 1
        hits[owner] += hit
    return [1 if total and hits[i] >= COVERAGE_CUT * total else 0 for i, total in enumerate(totals)]


def load_case(args: tuple[Path, dict[str, str]]) -> Case:
    path, gold = args
    document = load(path.read_bytes(), Options())
    blocks = segment(document.lines, markdown=document.input_format is InputFormat.MARKDOWN)
    rows = block_features(blocks)
    labels = label_blocks(blocks, gold["text"])
    sizes = [1.0 + len(_TOKEN.findall(block.text)) for block in blocks]
    total = sum(sizes) or 1.0
    count = max(len(blocks), 1)
    weights = [DOC_WEIGHT * (size / total + 1.0 / count) / 2 for size in sizes]
    return Case(gold["case"], gold["page"], gold["renderer"], blocks, rows, labels, weights, gold["text"])


def load_split(split: Path) -> list[Case]:
    golds = [
        json.loads(line) for line in (split / "gold.jsonl").read_text(encoding="utf-8").splitlines() if line
    ]
    jobs = [(split / "inputs" / f"{gold['case']}.txt", gold) for gold in golds]
    with multiprocessing.Pool(JOBS) as pool:
        return pool.map(load_case, jobs, chunksize=8)


def load_styles(split: Path, styles: Sequence[str], root: Path) -> list[Case]:
    """Cases of other dump shapes made from the split (benchmarks/styles.py), named ``style/case``;
    each keeps its page, so a page's every shape falls in the same fold."""
    import styles as shapes  # benchmarks/styles.py, next to this script

    cases: list[Case] = []
    for style in styles:
        for case in load_split(shapes.build(split, style, root, 1)):
            case.name, case.renderer = f"{style}/{case.name}", style
            cases.append(case)
    return cases


def scorer(split: Path) -> tuple[object, object]:
    """The benchmark's own metric functions (score.py next to the split)."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("bench_score", split.parent / "score.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.string_shingle_matching, module.aggregate


def fit(
    params: dict[str, float], x: np.ndarray, y: np.ndarray, w: np.ndarray
) -> HistGradientBoostingClassifier:
    model = HistGradientBoostingClassifier(**params, early_stopping=False, random_state=SEED)
    model.fit(x, y, sample_weight=w)
    return model


def folds(cases: Sequence[Case], count: int) -> list[int]:
    """Fold number per case; pages are dealt round-robin in sorted order, so folds are stable."""
    pages = sorted({case.page for case in cases})
    fold_of = {page: index % count for index, page in enumerate(pages)}
    return [fold_of[case.page] for case in cases]


def stack(
    cases: Sequence[Case], case_rows: Sequence[list[list[float]]]
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    x = np.array([row for rows in case_rows for row in rows], dtype=np.float64)
    y = np.array([label for case in cases for label in case.labels])
    w = np.array([weight for case in cases for weight in case.weights])
    return x, y, w


def split_scores(cases: Sequence[Case], flat: np.ndarray) -> list[list[float]]:
    result, start = [], 0
    for case in cases:
        result.append([float(value) for value in flat[start : start + len(case.blocks)]])
        start += len(case.blocks)
    return result


_SHARED: dict[str, object] = {}


def _fit_fold(fold: int) -> tuple[int, np.ndarray]:
    x, y, w, row_folds, params = (_SHARED[key] for key in ("x", "y", "w", "folds", "params"))
    train = row_folds != fold  # type: ignore[operator]
    model = fit(params, x[train], y[train], w[train])  # type: ignore[arg-type,index]
    return fold, model.predict_proba(x[~train])[:, 1]  # type: ignore[index]


def out_of_fold(
    cases: Sequence[Case],
    rows: Sequence[list[list[float]]],
    fold_ids: Sequence[int],
    params: dict[str, float],
) -> list[list[float]]:
    """Scores of every case from a model that never saw its page (folds fitted two at a time)."""
    x, y, w = stack(cases, rows)
    row_folds = np.array([fold for case, fold in zip(cases, fold_ids, strict=True) for _ in case.blocks])
    _SHARED.update(x=x, y=y, w=w, folds=row_folds, params=params)
    flat = np.zeros(len(y))
    with multiprocessing.get_context("fork").Pool(JOBS) as pool:
        for fold, values in pool.map(_fit_fold, sorted(set(fold_ids))):
            flat[row_folds == fold] = values
    return split_scores(cases, flat)


def predict(
    model: HistGradientBoostingClassifier, cases: Sequence[Case], rows: Sequence[list[list[float]]]
) -> list[list[float]]:
    x, _, _ = stack(cases, rows)
    return split_scores(cases, model.predict_proba(x)[:, 1])


def evaluate(
    cases: Sequence[Case],
    scores: Sequence[list[float]],
    cut: float,
    metric: tuple[object, object],
    renderer: str | None = None,
) -> dict[str, float]:
    matching, aggregate = metric
    results = []
    for case, values in zip(cases, scores, strict=True):
        if renderer == "dev" and case.renderer not in DEV_RENDERERS:
            continue
        if renderer not in (None, "dev") and case.renderer != renderer:
            continue
        kept = [
            block for block, score in zip(case.blocks, values, strict=True) if score >= cut and block.text
        ]
        results.append(matching(case.gold, "\n\n".join(paragraphs(kept))))  # type: ignore[operator]
    return aggregate(results)  # type: ignore[operator,no-any-return]


def export_trees(model: HistGradientBoostingClassifier, names: Sequence[str]) -> dict[str, object]:
    """Trees as nested lists: a leaf is [value], a split is [feature, threshold, left, right]."""
    trees = []
    for (predictor,) in model._predictors:
        nodes = predictor.nodes

        def build(index: int, nodes: np.ndarray = nodes) -> list[object]:
            node = nodes[index]
            if node["is_leaf"]:
                return [round(float(node["value"]), 6)]
            return [
                int(node["feature_idx"]),
                float(node["num_threshold"]),
                build(int(node["left"])),
                build(int(node["right"])),
            ]

        trees.append(build(0))
    return {"names": list(names), "baseline": float(np.ravel(model._baseline_prediction)[0]), "trees": trees}


def train_stack(
    cases: Sequence[Case], rows: Sequence[list[list[float]]], fold_ids: Sequence[int]
) -> tuple[list[list[list[float]]], list[HistGradientBoostingClassifier], list[list[float]]]:
    """Out-of-fold scores of every stage, the final models, and the final stack's in-sample scores.

    Each context stage is trained on the previous stage's out-of-fold scores, which is what it will
    see on unseen pages."""
    oof = [out_of_fold(cases, rows, fold_ids, STAGE1)]
    models = [fit(STAGE1, *stack(cases, rows))]
    inside = predict(models[0], cases, rows)
    for params in CONTEXT_STAGES:
        context = [
            context_features(block_rows, scores) for block_rows, scores in zip(rows, oof[-1], strict=True)
        ]
        oof.append(out_of_fold(cases, context, fold_ids, params))
        models.append(fit(params, *stack(cases, context)))
        context = [
            context_features(block_rows, scores) for block_rows, scores in zip(rows, inside, strict=True)
        ]
        inside = predict(models[-1], cases, context)
    return oof, models, inside


def choose_cuts(
    cases: Sequence[Case],
    scores: Sequence[list[float]],
    metric: tuple[object, object],
    balanced: float | None = None,
) -> dict[str, float]:
    """Balanced: the best F1; precision and recall modes: offsets from it (:data:`RECALL_CUT_OFFSET`).
    Chosen on the benchmark's own renderers: the other dump shapes (``--styles``) widen what the
    trees learn from."""
    grid = [round(0.05 * step, 2) for step in range(2, 19)]
    table = {cut: evaluate(cases, scores, cut, metric, "dev") for cut in grid}
    for cut, result in table.items():
        print(
            f"  cut {cut:.2f}  F1 {result['f1']:.4f} P {result['precision']:.4f} R {result['recall']:.4f}",
            file=sys.stderr,
        )

    if balanced is None:
        balanced = max(grid, key=lambda cut: table[cut]["f1"])
    return {
        "balanced": balanced,
        "precision": round(balanced + PRECISION_CUT_OFFSET, 2),
        "recall": round(balanced + RECALL_CUT_OFFSET, 2),
    }


def report(
    label: str,
    cases: Sequence[Case],
    scores: Sequence[list[float]],
    cut: float,
    metric: tuple[object, object],
) -> None:
    extra = sorted({case.renderer for case in cases} - set(DEV_RENDERERS))
    for renderer in (*DEV_RENDERERS, *extra, *(("dev",) if extra else ()), None):
        result = evaluate(cases, scores, cut, metric, renderer)
        print(
            f"{label:<10} {renderer or 'all':<4} F1 {result['f1']:.4f} P {result['precision']:.4f} "
            f"R {result['recall']:.4f}"
        )


def arguments() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", type=Path, default=DEFAULT_SPLIT)
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument(
        "--balanced-cut",
        type=float,
        help="the balanced cut, when the whole pipeline (benchmarks/accuracy.py) is best at another one "
        "than the k-fold block scores are",
    )
    parser.add_argument(
        "--styles",
        default="",
        help="comma-separated dump shapes of benchmarks/styles.py to train on too (e.g. wrap72,mdwrap)",
    )
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--dry-run", action="store_true", help="report only, do not write the model")
    parser.add_argument("--save-scores", type=Path, help="write the k-fold scores per case here (JSON)")
    parser.add_argument(
        "--trees-only",
        action="store_true",
        help="train nothing: write src/articlean/trees.py again from the classifier.json at --out",
    )
    return parser.parse_args()


def write_trees(model: Path) -> None:
    """The ensembles of ``model`` as the module articlean.trees (see articlean.ensembles)."""
    TREES_MODULE.write_text(
        module_source(model.read_text(encoding="utf-8"), BLOCK_NAMES, CONTEXT_NAMES), encoding="utf-8"
    )
    print(f"wrote {TREES_MODULE}", file=sys.stderr)


def main() -> None:
    args = arguments()
    if args.trees_only:
        write_trees(args.out)
        return
    started = time.time()
    metric = scorer(args.split)
    cases = load_split(args.split)
    if args.styles:
        with tempfile.TemporaryDirectory() as scratch:
            cases += load_styles(args.split, args.styles.split(","), Path(scratch))
    print(
        f"{len(cases)} cases, {sum(len(c.blocks) for c in cases)} blocks, {time.time() - started:.0f}s",
        file=sys.stderr,
    )
    fold_ids = folds(cases, args.folds)
    rows = [case.rows for case in cases]
    oof, models, inside = train_stack(cases, rows, fold_ids)
    print(f"trained, {time.time() - started:.0f}s", file=sys.stderr)
    cuts = choose_cuts(cases, oof[-1], metric, args.balanced_cut)
    print(f"cuts {cuts}")
    for stage, scores in enumerate(oof[:-1], start=1):
        report(f"stage{stage}-kf", cases, scores, 0.5, metric)
    report("k-fold", cases, oof[-1], cuts["balanced"], metric)
    report("in-sample", cases, inside, cuts["balanced"], metric)
    for mode in ("precision", "recall"):
        report(f"kf-{mode[:4]}", cases, oof[-1], cuts[mode], metric)
    if args.save_scores:
        args.save_scores.write_text(
            json.dumps({case.name: values for case, values in zip(cases, oof[-1], strict=True)})
        )
    if args.dry_run:
        return
    data = {
        "source": " ".join(["benchmarks/train.py", *sys.argv[1:]]) + " (the articlean benchmark's dev split)",
        "cuts": cuts,
        "stage1": export_trees(models[0], BLOCK_NAMES),
        "context": [export_trees(model, CONTEXT_NAMES) for model in models[1:]],
    }
    args.out.write_text(json.dumps(data, separators=(",", ":")) + "\n", encoding="utf-8")
    print(
        f"wrote {args.out} ({args.out.stat().st_size // 1024} KiB) in {time.time() - started:.0f}s",
        file=sys.stderr,
    )
    write_trees(args.out)


if __name__ == "__main__":
    main()

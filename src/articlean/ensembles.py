"""The classifier's tree ensembles as Python: one function per ensemble, from ``data/classifier.json``.

Each ensemble becomes one function summing its trees' leaves, the trees written as nested conditional
expressions. Compiling that source takes about 10 ms, a tenth of a run that cleans one small file, so
the same source is also kept as a module, :mod:`articlean.trees`, whose bytecode Python caches like
any module's. That module names a checksum of the classifier.json it was written from, and is used
only while the file still has that checksum (``benchmarks/train.py`` writes both; ``--trees-only``
writes the module again for the classifier.json there is).
"""

from __future__ import annotations

import zlib
from collections.abc import Callable, Sequence

SOURCE_NAME = "classifier.json"
# A feature row (compile_ensemble), or the feature columns and the block count (compile_columns).
Scorer = Callable[[Sequence[float]], float]
ColumnScorer = Callable[[Sequence[Sequence[float]], int], list[float]]
_COLUMN_SIGNATURE = "(columns: Sequence[Sequence[float]], count: int) -> list[float]"


STALE_FEATURES = "classifier.json was trained on other features; run benchmarks/train.py"


def check_names(ensemble: dict[str, object], names: Sequence[str]) -> None:
    if list(ensemble["names"]) != list(names):  # type: ignore[call-overload]
        raise ValueError(STALE_FEATURES)


def _expression(node: list[object], used: set[int]) -> str:
    if len(node) == 1:
        return repr(float(node[0]))  # type: ignore[arg-type]
    feature, threshold, left, right = node
    used.add(int(feature))  # type: ignore[call-overload]
    condition = f"f{int(feature)} <= {float(threshold)!r}"  # type: ignore[call-overload, arg-type]
    return f"({_expression(left, used)} if {condition} else {_expression(right, used)})"  # type: ignore[arg-type]


def _sum_of_trees(ensemble: dict[str, object], names: Sequence[str]) -> tuple[str, list[int]]:
    """The ensemble as one expression over variables ``f<index>``, and the indexes it reads."""
    check_names(ensemble, names)
    used: set[int] = set()
    terms = [repr(float(ensemble["baseline"]))]  # type: ignore[arg-type]
    terms.extend(_expression(tree, used) for tree in ensemble["trees"])  # type: ignore[attr-defined]
    return "\n        + ".join(terms), sorted(used)


def _compiled(source: str) -> Callable[..., object]:
    namespace: dict[str, object] = {}
    exec(compile(source, SOURCE_NAME, "exec"), namespace)  # our own data file, never user input
    return namespace["score"]  # type: ignore[return-value]


def compile_ensemble(ensemble: dict[str, object], names: Sequence[str]) -> Scorer:
    """One Python function summing the trees' leaves for a feature row (log-odds).

    Each feature the trees test is read from the row once, into a local variable."""
    total, used = _sum_of_trees(ensemble, names)
    reads = "".join(f"    f{feature} = x[{feature}]\n" for feature in used)
    return _compiled(f"def score(x):\n{reads}    return (\n        {total}\n    )\n")  # type: ignore[return-value]


def _columns_function(ensemble: dict[str, object], names: Sequence[str], name: str) -> str:
    """The source of :func:`compile_columns`'s function, called ``name``."""
    total, used = _sum_of_trees(ensemble, names)
    if used:
        targets = "".join(f"f{feature}, " for feature in used)
        loop = f"({targets}) in zip({', '.join(f'columns[{feature}]' for feature in used)})"
    else:
        loop = "_ in range(count)"
    return f"def {name}{_COLUMN_SIGNATURE}:\n    return [\n        {total}\n        for {loop}\n    ]\n"


def compile_columns(ensemble: dict[str, object], names: Sequence[str]) -> ColumnScorer:
    """:func:`compile_ensemble` for every block at once: one loop over the columns the trees read,
    with no feature row built and no call per block (the same sums, in the same order)."""
    source = "from collections.abc import Sequence\n\n" + _columns_function(ensemble, names, "score")
    return _compiled(source)  # type: ignore[return-value]


def digest(model_text: str) -> str:
    """A checksum of a classifier.json's text: it tells a retrained file from the one the module was
    written from (CRC-32 and length, from zlib, which the interpreter has loaded already: hashlib
    would cost a run that cleans one small file 2-3 ms of import)."""
    data = model_text.encode("utf-8")
    return f"{zlib.crc32(data):08x}-{len(data)}"


def module_source(model_text: str, block_names: Sequence[str], context_names: Sequence[str]) -> str:
    """The source of :mod:`articlean.trees` for the classifier.json whose text is ``model_text``."""
    import json

    model = json.loads(model_text)
    stages = [_columns_function(model["stage1"], block_names, "stage1")]
    stages.extend(
        _columns_function(ensemble, context_names, f"context{number}")
        for number, ensemble in enumerate(model["context"])
    )
    context = "".join(f"context{number}, " for number in range(len(model["context"])))
    return (
        f'"""The tree ensembles of data/{SOURCE_NAME} as Python (see articlean.ensembles).\n\n'
        'Written by benchmarks/train.py (--trees-only writes it again): do not edit."""\n\n'
        "# ruff: noqa\n"
        "from __future__ import annotations\n\n"
        "from collections.abc import Sequence\n\n"
        f'DIGEST = "{digest(model_text)}"\n'
        f"BLOCK_NAMES = {tuple(block_names)!r}\n"
        f"CONTEXT_NAMES = {tuple(context_names)!r}\n"
        f"CUTS = {_cuts(model)!r}\n\n\n" + "\n\n".join(stages) + f"\n\nCONTEXT = ({context})\n"
    )


def _cuts(model: dict[str, dict[str, float]]) -> dict[str, float]:
    return {str(mode): float(cut) for mode, cut in model["cuts"].items()}


Model = tuple[ColumnScorer, tuple[ColumnScorer, ...], dict[str, float]]


def is_current(model_text: str) -> bool:
    """Whether :mod:`articlean.trees` was written from the classifier.json whose text this is."""
    from articlean import trees

    return digest(model_text) == trees.DIGEST


def load_model(model_text: str, block_names: Sequence[str], context_names: Sequence[str]) -> Model:
    """The scoring functions of stage 1 and of the context stages, and the cut of each mode.

    From :mod:`articlean.trees` while it is current (nothing to parse or compile), else from the JSON."""
    if is_current(model_text):
        from articlean import trees

        if (list(trees.BLOCK_NAMES), list(trees.CONTEXT_NAMES)) != (list(block_names), list(context_names)):
            raise ValueError(STALE_FEATURES)
        return trees.stage1, trees.CONTEXT, dict(trees.CUTS)
    import json

    model = json.loads(model_text)
    stage1 = compile_columns(model["stage1"], block_names)
    return stage1, tuple(compile_columns(e, context_names) for e in model["context"]), _cuts(model)

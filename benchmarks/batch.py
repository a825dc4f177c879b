"""Batch figures on this machine, in one run: speed by --jobs, memory as the batch grows, resume, --learn.

    python3 benchmarks/batch.py                      # everything; table on stdout, JSON to batch.json
    python3 benchmarks/batch.py --docs 2000 --json benchmarks/batch.json
    python3 benchmarks/batch.py --no-learn-table     # skip the (slow) F1 table of benchmarks/learn.py

Each figure is a real ``python -m articlean`` process over symbolic links to the dev inputs
(``../shared/bench/dev/inputs``), repeated until the batch has ``--docs`` dumps (and ten times
that for the memory figure), cleaned with
``--no-learn`` (a batch of repeated copies is not a site: learning would only see duplicates).
Peak memory is the largest sum over the command and its workers, sampled every 20 ms, of the
resident set sizes (RSS, which counts the pages forked workers share with the parent once per
process) and of the proportional set sizes (PSS, which does not). The resume figure kills a run
of ``--resume-docs`` tiny dumps with SIGKILL half-way, resumes it with ``--resume`` and compares
every output with an uninterrupted run's.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import psutil

REPO = Path(__file__).resolve().parents[1]
DEV = REPO.parent / "shared" / "bench" / "dev" / "inputs"
SAMPLE_SECONDS = 0.02
COMMAND = [sys.executable, "-m", "articlean"]


def link_inputs(folder: Path, count: int, dev: Path) -> Path:
    """``count`` symbolic links to the dev inputs, cycling, spread over sub-folders of 500."""
    sources = sorted(dev.iterdir())
    for index in range(count):
        sub = folder / f"{index // 500:03}"
        sub.mkdir(parents=True, exist_ok=True)
        (sub / f"{index:06}.txt").symlink_to(sources[index % len(sources)])
    return folder


def tree_memory(process: psutil.Process) -> tuple[int, int]:
    """RSS and PSS summed over the process tree. Forked workers share the parent's pages, which
    RSS counts once per process; PSS splits each shared page between its sharers."""
    rss = pss = 0
    for member in [process, *process.children(recursive=True)]:
        try:
            memory = member.memory_full_info()
        except psutil.Error:
            continue
        rss, pss = rss + memory.rss, pss + memory.pss
    return rss, pss


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def measure(args: list[str]) -> dict[str, Any]:
    """Wall time, CPU time (the command and the workers it waited for), exit code and peak RSS of
    the process tree of one command."""
    cpu = _children_cpu()
    started = time.perf_counter()
    popen = subprocess.Popen([*COMMAND, *args], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    process = psutil.Process(popen.pid)
    peak = peak_pss = 0
    while popen.poll() is None:
        rss, pss = tree_memory(process)
        peak, peak_pss = max(peak, rss), max(peak_pss, pss)
        time.sleep(SAMPLE_SECONDS)
    seconds = time.perf_counter() - started
    return {"seconds": seconds, "cpu_seconds": _children_cpu() - cpu, "returncode": popen.returncode,
            "peak_rss_mb": peak / 2**20, "peak_pss_mb": peak_pss / 2**20, "load_average": os.getloadavg()[0],
            "summary": (popen.stderr.read() if popen.stderr else b"").decode().strip().splitlines()[-1:]}


def speed(work: Path, docs: int, jobs: int, dev: Path) -> dict[str, Any]:
    inputs = work / f"in{docs}"
    if not inputs.exists():
        link_inputs(inputs, docs, dev)
    output = work / f"out{docs}-{jobs}"
    figure = measure([str(inputs), "-o", str(output), "--no-learn", "--jobs", str(jobs)])
    figure.update(docs=docs, jobs=jobs, docs_per_second=docs / figure["seconds"])
    return figure


def tiny(folder: Path, count: int) -> None:
    prose = ("The council voted on Tuesday to approve the new budget for the coming year, which sets "
             "aside more money for the schools and the roads that have been waiting for repairs.")
    for index in range(count):
        sub = folder / f"{index // 1000:02}"
        sub.mkdir(parents=True, exist_ok=True)
        dump = f"Home\nNews\n\n{prose} Item {index}.\n\nShare\n"
        (sub / f"{index:06}.txt").write_text(dump, encoding="utf-8")


def outputs(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*"))
            if p.is_file() and not p.name.startswith(".")}


def resume(work: Path, count: int) -> dict[str, Any]:
    """Kill a run half-way (SIGKILL to its process group), resume it, compare with a whole run."""
    inputs, whole, broken = work / "tiny", work / "whole", work / "broken"
    tiny(inputs, count)
    tiny(work / "tenth", count // 10)
    tenth = measure([str(work / "tenth"), "-o", str(work / "tenth-out")])
    uninterrupted = measure([str(inputs), "-o", str(whole)])
    popen = subprocess.Popen([*COMMAND, str(inputs), "-o", str(broken)], start_new_session=True,
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    while popen.poll() is None and sum(1 for _ in broken.rglob("*.txt")) < count // 2:
        time.sleep(0.05)
    os.killpg(popen.pid, signal.SIGKILL)
    popen.wait()
    done_before = len(outputs(broken))
    resumed = measure([str(inputs), "-o", str(broken), "--resume"])
    return {"docs": count, "done_when_killed": done_before, "uninterrupted": uninterrupted, "tenth": tenth,
            "resumed": resumed, "identical": outputs(broken) == outputs(whole)}


def learn_table() -> dict[str, Any]:
    done = subprocess.run([sys.executable, str(REPO / "benchmarks" / "learn.py"), "--json"],
                          capture_output=True, text=True)
    report: dict[str, Any] = json.loads(done.stdout)
    report["returncode"] = done.returncode
    return report


def print_table(report: dict[str, Any]) -> None:
    print(f"{'run':<18} {'docs':>6} {'jobs':>4} {'seconds':>8} {'CPU s':>7} {'docs/s':>8} "
          f"{'peak RSS MB':>12} {'PSS MB':>7} {'load':>5}")
    for row in report["speed"] + report["memory"][1:]:
        print(f"{'clean --no-learn':<18} {row['docs']:6d} {row['jobs']:4d} {row['seconds']:8.1f} "
              f"{row['cpu_seconds']:7.1f} {row['docs_per_second']:8.1f} {row['peak_rss_mb']:12.1f} "
              f"{row['peak_pss_mb']:7.1f} "
              f"{row['load_average']:5.1f}")
    one, two = (row["cpu_seconds"] / row["docs"] * 1000 for row in report["speed"])
    print(f"speed-up --jobs 2 / --jobs 1: {report['speedup']:.2f}x wall; "
          f"CPU per doc {one:.0f} ms vs {two:.0f} ms "
          "(other load on the machine shows in the load column)")
    small, large = report["memory"]  # N and 10N
    print(f"peak RSS (PSS) at {small['docs']} and {large['docs']} docs: {small['peak_rss_mb']:.0f} "
          f"({small['peak_pss_mb']:.0f}) MB and {large['peak_rss_mb']:.0f} ({large['peak_pss_mb']:.0f}) MB")
    if "resume" in report:
        r = report["resume"]
        print(f"resume: {r['docs']} dumps, killed after {r['done_when_killed']}, resumed in "
              f"{r['resumed']['seconds']:.1f}s (whole run {r['uninterrupted']['seconds']:.1f}s), "
              f"identical: {r['identical']}")
        tenth, whole = r["tenth"], r["uninterrupted"]
        print(f"peak RSS (PSS) of tiny dumps at {r['docs'] // 10} and {r['docs']} docs: "
              f"{tenth['peak_rss_mb']:.0f} ({tenth['peak_pss_mb']:.0f}) MB and "
              f"{whole['peak_rss_mb']:.0f} ({whole['peak_pss_mb']:.0f}) MB")
    if "learn" in report:
        print(f"{'learn batch':<12} {'cases':>5} {'F1':>7} {'F1+learn':>9} {'dF1':>8}")
        rows = {**report["learn"]["sites"], "overall": report["learn"]["overall"]}
        if "dev" in report["learn"]:
            rows["dev"] = report["learn"]["dev"]
        for name, row in rows.items():
            f1, learned = row["without"]["f1"], row["with"]["f1"]
            print(f"{name:<12} {row['without']['cases']:5d} {f1:7.4f} {learned:9.4f} {learned - f1:+8.4f}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--dev", type=Path, default=DEV, help="folder of dumps to repeat")
    parser.add_argument("--docs", type=int, default=2000, help="dumps in the speed batch (default 2000)")
    parser.add_argument("--resume-docs", type=int, default=10000, help="tiny dumps in the kill/resume run")
    parser.add_argument("--json", type=Path, default=REPO / "benchmarks" / "batch.json", help="JSON report")
    parser.add_argument("--no-learn-table", action="store_true", help="skip benchmarks/learn.py")
    args = parser.parse_args(argv)
    report: dict[str, Any] = {"cores": os.cpu_count()}
    with tempfile.TemporaryDirectory(prefix="articlean-batch-") as temporary:
        work = Path(temporary)
        report["speed"] = [speed(work, args.docs, jobs, args.dev) for jobs in (1, 2)]
        report["speedup"] = report["speed"][1]["docs_per_second"] / report["speed"][0]["docs_per_second"]
        # N and 10N both cover every dev input (with 200 only the first 200 would be cleaned, and
        # the larger HTML pages never), so what grows is the batch, not the mix of pages.
        report["memory"] = [report["speed"][1], speed(work, args.docs * 10, 2, args.dev)]
        if args.resume_docs:
            report["resume"] = resume(work, args.resume_docs)
    if not args.no_learn_table:
        report["learn"] = learn_table()
    args.json.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    print_table(report)
    failed = any(row["returncode"] not in (0, 1) for row in report["speed"] + report["memory"])
    return 1 if failed or not report.get("resume", {}).get("identical", True) else 0


if __name__ == "__main__":
    sys.exit(main())

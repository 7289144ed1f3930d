"""Throughput and memory of the cleaner next to the tools users would reach for.

    python bench/speed.py [--dev ../shared/eval/dev] [--copies 2] [--trafilatura]
    python bench/speed.py --memory [--files 100000] [--big-mb 200]

The first form builds a corpus from the development set (``--copies`` copies of its
input files, in a temporary folder), then runs, one after the other in this one run and
each as a whole process (start-up, reading and writing included):

* ``onepass``: a one-pass Python filter that reads each file, drops lines shorter than
  30 characters and writes it: the practical limit for this work in Python;
* ``justext``: jusText on the lines (each wrapped in ``<p>``), with the stopword list of
  the case's language from ``cases.jsonl``;
* ``trafilatura`` (with ``--trafilatura``): trafilatura on the same ``<p>`` pages;
* ``cleaner -j1`` and ``cleaner -j2``: ``cleaner run`` with one and two worker processes.

It prints seconds, MB/s, documents/s and the peak resident memory of the largest process
of each tool, then the ratios.  ``--memory`` measures peak memory instead: on a folder
of many small files (with and without the corpus pass) and on one big file.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

ONEPASS = """
import os, sys
src, dst = sys.argv[1], sys.argv[2]
for root, dirs, files in os.walk(src):
    dirs.sort()
    for name in sorted(files):
        path = os.path.join(root, name)
        out = os.path.join(dst, os.path.relpath(path, src))
        os.makedirs(os.path.dirname(out), exist_ok=True)
        with open(path, encoding="utf-8", errors="replace") as handle:
            kept = [line for line in handle if len(line.strip()) >= 30]
        with open(out, "w", encoding="utf-8") as handle:
            handle.writelines(kept)
"""

# argv: input folder, output folder, JSON {relative path: jusText stoplist name}, mode
HTML_TOOL = """
import html, json, os, sys
src, dst, languages, mode = sys.argv[1], sys.argv[2], json.loads(open(sys.argv[3]).read()), sys.argv[4]
if mode == "justext":
    import justext
    stoplists = {}
else:
    import trafilatura
for rel, language in languages.items():
    with open(os.path.join(src, rel), encoding="utf-8", errors="replace") as handle:
        lines = [line.strip() for line in handle if line.strip()]
    page = "<html><body>" + "".join(f"<p>{html.escape(line)}</p>" for line in lines) + "</body></html>"
    if mode == "justext":
        if language not in stoplists:  # jusText has no Chinese or Japanese list
            known = language in justext.get_stoplists()
            stoplists[language] = justext.get_stoplist(language if known else "English")
        kept = [p.text for p in justext.justext(page, stoplists[language]) if not p.is_boilerplate]
        text = "\\n".join(kept)
    else:
        text = trafilatura.extract(page) or ""
    out = os.path.join(dst, rel)
    os.makedirs(os.path.dirname(out), exist_ok=True)
    with open(out, "w", encoding="utf-8") as handle:
        handle.write(text)
"""


@dataclass(frozen=True)
class Timing:
    tool: str
    seconds: float  # wall clock
    cpu: float  # user + system seconds of the tool's processes
    peak_mb: float  # largest resident set of the tool's processes


def run_process(tool: str, argv: list[str], ok: tuple[int, ...] = (0,)) -> Timing:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    start = time.perf_counter()
    proc = subprocess.Popen(argv, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    errors = proc.stderr.read().decode() if proc.stderr else ""
    if proc.returncode not in ok:
        raise SystemExit(f"{tool} failed ({proc.returncode}):\n{errors[-2000:]}")
    return Timing(tool, seconds, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024)


def machine() -> str:
    model = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    return (f"{platform.system()} {platform.machine()}, {os.cpu_count()} cores ({model}), "
            f"Python {platform.python_version()}, load average {load:.2f} at start")


def _spin(n: int) -> int:
    total = 0
    for i in range(n):
        total += i
    return total


def machine_speedup(rounds: int = 16, n: int = 2_000_000) -> float:
    """How much faster two processes run a pure-CPU loop than one, right now: the best
    any program can do on this machine under its current load (other users' work)."""
    import multiprocessing

    start = time.perf_counter()
    for _ in range(rounds):
        _spin(n)
    one = time.perf_counter() - start
    with multiprocessing.get_context("fork").Pool(2) as pool:
        start = time.perf_counter()
        pool.map(_spin, [n] * rounds, chunksize=1)
        two = time.perf_counter() - start
    return one / two


def build_corpus(dev: Path, copies: int, target: Path) -> tuple[int, int, dict[str, str]]:
    """Copies of the dev inputs; returns (bytes, documents, {relative path: language})."""
    from cleaner.language import _codes

    names = _codes()
    case_language = {}
    with open(dev / "cases.jsonl", encoding="utf-8") as handle:
        for line in handle:
            case = json.loads(line)
            case_language[case["id"]] = names.get(case.get("language") or "en", "English")
    size = docs = 0
    languages: dict[str, str] = {}
    for copy in range(copies):
        folder = target / f"copy{copy:03d}"
        folder.mkdir(parents=True)
        for path in sorted((dev / "input").glob("*.txt")):
            shutil.copyfile(path, folder / path.name)
            size += path.stat().st_size
            docs += 1
            languages[f"copy{copy:03d}/{path.name}"] = case_language.get(path.stem, "English")
    return size, docs, languages


def throughput(args: argparse.Namespace) -> None:
    with tempfile.TemporaryDirectory(prefix="cleaner-bench-") as tmp_name:
        tmp = Path(tmp_name)
        size, docs, languages = build_corpus(args.dev, args.copies, tmp / "in")
        (tmp / "languages.json").write_text(json.dumps(languages), encoding="utf-8")
        print(machine())
        print(f"corpus: {docs} documents, {size / 1e6:.1f} MB ({args.copies} copies of {args.dev / 'input'})")
        py = sys.executable
        plan: list[tuple[str, list[str]]] = [
            ("onepass", [py, "-c", ONEPASS, str(tmp / "in"), str(tmp / "out-onepass")]),
            ("justext", [py, "-c", HTML_TOOL, str(tmp / "in"), str(tmp / "out-justext"),
                         str(tmp / "languages.json"), "justext"]),
        ]
        if args.trafilatura:
            plan.append(("trafilatura", [py, "-c", HTML_TOOL, str(tmp / "in"), str(tmp / "out-traf"),
                                         str(tmp / "languages.json"), "trafilatura"]))
        for jobs in (1, 2):
            plan.append((f"cleaner -j{jobs}", [py, "-m", "cleaner", "run", str(tmp / "in"),
                                               str(tmp / f"out-j{jobs}"), "--no-progress", "-j", str(jobs)]))
        py_warm = [py, "-m", "cleaner", "run", str(ROOT / "seeds"), str(tmp / "warm"), "--no-progress"]
        run_process("warm-up", py_warm, (0, 1))  # the language model cache, the file cache
        # cleaner run exits 1 when some input is not text: reported, not a failure
        timings = {tool: run_process(tool, argv, (0, 1) if tool.startswith("cleaner") else (0,))
                   for tool, argv in plan}
        print(f"\n{'tool':<14}{'seconds':>9}{'MB/s':>8}{'docs/s':>9}{'CPU s':>8}{'MB/CPU s':>9}"
              f"{'peak MB':>9}")
        for t in timings.values():
            print(f"{t.tool:<14}{t.seconds:>9.2f}{size / 1e6 / t.seconds:>8.2f}{docs / t.seconds:>9.1f}"
                  f"{t.cpu:>8.2f}{size / 1e6 / t.cpu:>9.2f}{t.peak_mb:>9.0f}")
        control = machine_speedup()
        j1, j2 = timings["cleaner -j1"].seconds, timings["cleaner -j2"].seconds
        print("\nratios (throughput):")
        print(f"  cleaner -j1 / justext  {timings['justext'].seconds / j1:6.2f}x   (goal >= 10)")
        print(f"  cleaner -j1 / onepass  {timings['onepass'].seconds / j1:6.2f}x   (goal >= 0.25)")
        print(f"  cleaner -j2 / -j1      {j1 / j2:6.2f}x   (goal >= 1.5 on 2 cores)")
        print(f"  control: a pure-CPU loop, 2 processes / 1: {control:.2f}x (the machine's limit now)")
        if args.trafilatura:
            print(f"  cleaner -j1 / trafilatura {timings['trafilatura'].seconds / j1:6.2f}x")
        same = all((tmp / "out-j1" / rel).read_bytes() == (tmp / "out-j2" / rel).read_bytes()
                   for rel in languages)
        print(f"  -j1 and -j2 outputs identical: {same}")


def memory(args: argparse.Namespace) -> None:
    """Peak memory on many small files and on one big file."""
    with tempfile.TemporaryDirectory(prefix="cleaner-mem-") as tmp_name:
        tmp = Path(tmp_name)
        lines: list[str] = []
        for path in sorted((args.dev / "input").glob("*.txt")):
            lines.extend(x for x in path.read_text(encoding="utf-8").splitlines() if x.strip())
        print(machine())
        for count in args.files:
            if count:
                small_files(args, count, lines, tmp)
        if args.big_mb:
            big_file(args, tmp)


def small_files(args: argparse.Namespace, count: int, lines: list[str], tmp: Path) -> None:
    py = sys.executable
    small = tmp / "small"
    written = 0
    for i in range(count):
        folder = small / f"{i // 1000:04d}"
        if i % 1000 == 0:
            folder.mkdir(parents=True)
        start = (i * 7919) % (len(lines) - args.small_lines)
        text = "\n".join(lines[start:start + args.small_lines]) + "\n"
        (folder / f"{i:06d}.txt").write_text(text, encoding="utf-8")
        written += len(text.encode())
    print(f"small files: {count} files, {written / 1e6:.0f} MB")
    for label, extra in (("no corpus pass", ["--no-corpus"]), ("corpus pass", [])):
        for jobs in args.mem_jobs:
            t = run_process(label, [py, "-m", "cleaner", "run", str(small), str(tmp / "out-small"),
                                    "--no-progress", "-j", str(jobs), *extra], (0, 1))
            print(f"  {label:<15} -j{jobs}: {t.seconds:7.1f} s, peak {t.peak_mb:6.0f} MB")
            shutil.rmtree(tmp / "out-small")
    shutil.rmtree(small)


def big_file(args: argparse.Namespace, tmp: Path) -> None:
    py = sys.executable
    big = tmp / "big"
    big.mkdir()
    with open(big / "big.txt", "w", encoding="utf-8") as handle:
        size = 0
        while size < args.big_mb * 1e6:
            for path in sorted((args.dev / "input").glob("*.txt")):
                text = path.read_text(encoding="utf-8")
                handle.write(text)
                size += len(text.encode())
    t = run_process("one big file", [py, "-m", "cleaner", "run", str(big), str(tmp / "out-big"),
                                     "--no-progress", "-j", "1"], (0, 1))
    print(f"one file of {size / 1e6:.0f} MB: {t.seconds:7.1f} s, peak {t.peak_mb:6.0f} MB")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--dev", type=Path, default=next(
        (p for p in (ROOT.parent / "shared/eval/dev", ROOT.parent.parent / "shared/eval/dev") if p.is_dir()),
        ROOT.parent / "shared/eval/dev"))
    parser.add_argument("--copies", type=int, default=2)
    parser.add_argument("--trafilatura", action="store_true")
    parser.add_argument("--memory", action="store_true")
    parser.add_argument("--files", type=int, nargs="+", default=[10_000, 100_000],
                        help="numbers of small files to measure (0: skip)")
    parser.add_argument("--small-lines", type=int, default=8, help="lines per small file")
    parser.add_argument("--mem-jobs", type=int, nargs="+", default=[2], help="job counts to measure")
    parser.add_argument("--big-mb", type=int, default=200, help="size of the big file (0: skip)")
    args = parser.parse_args()
    if not (args.dev / "input").is_dir():
        raise SystemExit(f"no development set at {args.dev} (use --dev)")
    sys.path.insert(0, str(ROOT))
    memory(args) if args.memory else throughput(args)


if __name__ == "__main__":
    main()

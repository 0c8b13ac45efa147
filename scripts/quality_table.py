"""Print the README's extraction-quality table from real runs of the official scorer.

    python scripts/quality_table.py [--shared ../shared] [--kg .venv/bin/kg]

Each corpus is scored end to end through the CLI (`kg build`, then the named
queries) by ../shared/eval/score.py, exactly as the evaluation does it, so the
table can be regenerated after any change instead of copied by hand. The blind
sets are scored only to report a figure: never tune a rule on their misses.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
COLUMNS = [
    "speakers", "speaker+role+org", "organisations", "events", "sponsors",
    "organisers", "recommendations", "quotes", "contacts",
]  # fmt: skip


def corpora(shared: Path) -> list[tuple[str, Path, Path]]:
    """(label, releases, gold) for every corpus the table reports, in table order."""
    dev = shared / "corpus" / "dev"
    probe = ROOT / "tests" / "probe"
    rows = [("dev", dev / "releases", dev / "gold"), ("tests/probe", probe / "releases", probe / "gold")]
    # blind, blind2, ..., blind10: in the order they were written, not as text sorts them
    for blind in sorted((ROOT / "benchmarks").glob("blind*"), key=lambda p: int(p.name[5:] or 1)):
        rows.append((f"benchmarks/{blind.name}", blind / "releases", blind / "gold"))
    return rows


def score(scorer: Path, kg: str, releases: Path, gold: Path) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "score.json"
        command = [sys.executable, str(scorer), "--releases", str(releases), "--gold", str(gold)]
        subprocess.run([*command, "--kg", kg, "--json", str(out)], check=True, capture_output=True, text=True)
        return json.loads(out.read_text())


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--kg", default=str(ROOT / ".venv" / "bin" / "kg"))
    args = ap.parse_args()
    scorer = args.shared / "eval" / "score.py"
    print("| corpus | " + " | ".join(COLUMNS) + " | macro F1 |")
    print("| --- " * (len(COLUMNS) + 2) + "|")
    for label, releases, gold in corpora(args.shared):
        result = score(scorer, args.kg, releases, gold)
        cells = [f"{result['categories'][c]['f1']:.2f}" for c in COLUMNS]
        print(f"| {label} ({result['releases']}) | " + " | ".join(cells) + f" | {result['macro_f1']:.3f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""How much the extraction's score depends on layout and typography rather than wording.

Releases reach users in the layout their source had: hard-wrapped wire copy or one line per
paragraph, text pasted from web pages (no-break spaces) or PDFs (ligatures), headlines in
capitals, straight or curly quotes. The facts do not change with any of that, so neither should
the score. This script writes each variant of a corpus with gold into a temporary folder, scores it
with scripts/devscore.py and prints one row per variant:

    python scripts/robustness.py --releases tests/probe/releases --gold tests/probe/gold

Only prose paragraphs (blank-line separated, no list marks, no contact lines) are re-wrapped or
joined, as a different source's layout would; lists and contact blocks keep their lines.
"""

from __future__ import annotations

import argparse
import random
import re
import subprocess
import sys
import tempfile
import textwrap
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MARK = re.compile(r"^\s*(?:[-*•·–]|\(?[0-9a-zivx]{1,4}[.)])\s")


def _prose(block: str) -> bool:
    lines = block.split("\n")
    return (
        not any(MARK.match(line) for line in lines)
        and "@" not in block
        and "contact" not in block.lower()
        and all(len(line) >= 50 for line in lines[:-1])
    )


def joined(text: str) -> str:
    """Hard-wrapped prose paragraphs become one line each."""
    return "\n\n".join(" ".join(b.split("\n")) if _prose(b) else b for b in text.split("\n\n"))


def wrapped(text: str, width: int = 70) -> str:
    """Prose paragraphs hard-wrapped at `width` columns (never at a hyphen)."""
    out = []
    for block in joined(text).split("\n\n"):
        one_line = "\n" not in block.strip() and len(block) > 100 and _prose(block)
        out.append(textwrap.fill(block.strip(), width, break_on_hyphens=False) if one_line else block)
    return "\n\n".join(out)


def no_break_spaces(text: str) -> str:
    """Three spaces in ten made no-break, as in text copied from web pages."""
    rng = random.Random(len(text))
    return "".join("\u00a0" if c == " " and rng.random() < 0.3 else c for c in text)


def ligatures(text: str) -> str:
    """Text copied from a PDF: fi, fl and ffi ligatures."""
    return text.replace("ffi", "\ufb03").replace("fi", "\ufb01").replace("fl", "\ufb02")


def capital_headline(text: str) -> str:
    first, _, rest = text.lstrip().partition("\n")
    return first.upper() + "\n" + rest


def straight_quotes(text: str) -> str:
    return text.translate(str.maketrans("\u201c\u201d\u2018\u2019", "\"\"''"))


VARIANTS: dict[str, Callable[[str], str]] = {
    "as written": lambda t: t,
    "prose joined (one line per paragraph)": joined,
    "prose wrapped at 70 columns": wrapped,
    "no-break spaces (30%)": no_break_spaces,
    "PDF ligatures": ligatures,
    "headline in capitals": capital_headline,
    "straight quotes": straight_quotes,
}


def macro_f1(releases: Path, gold: Path) -> str:
    script = ROOT / "scripts" / "devscore.py"
    out = subprocess.run(
        [sys.executable, str(script), "--releases", str(releases), "--gold", str(gold)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return out.strip().splitlines()[-1].removeprefix("macro F1 ")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--releases", type=Path, required=True)
    ap.add_argument("--gold", type=Path, required=True)
    args = ap.parse_args()
    sources = sorted(args.releases.glob("*.txt"))
    print("| variant | macro F1 |\n| --- | --- |")
    with tempfile.TemporaryDirectory() as tmp:
        for k, (name, change) in enumerate(VARIANTS.items()):
            folder = Path(tmp) / str(k)
            folder.mkdir()
            for src in sources:
                (folder / src.name).write_text(change(src.read_text(encoding="utf-8")), encoding="utf-8")
            print(f"| {name} | {macro_f1(folder, args.gold)} |", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())

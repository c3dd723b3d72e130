"""List where the tagger and the te3-silver machine annotation disagree, grouped by text shape.

    python benchmarks/silver_disagreements.py [--corpus ../shared/corpora/te3-silver] [--top 40]
        [--show "the 99th minute"]

te3-silver is annotated by other taggers, not by people: its TIMEX3s are candidates to judge, never
truth. For each document this prints nothing of the text; it counts the silver TIMEX3s that none of
ours overlaps ("silver only") and ours that no silver one overlaps ("ours only"), grouped by shape
(lower case, every digit written 9). `--show SHAPE` prints the instances of one shape with a little
context, for judging by hand (on screen only: corpus text never goes into the repository).
"""

from __future__ import annotations

import argparse
import os
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from timeline.evaluate import read_corpus  # noqa: E402
from timeline.temporal import tag  # noqa: E402


def shape(text: str) -> str:
    """Write a text's shape: lower case, every digit as 9 ("March 12" -> "march 99")."""
    return re.sub(r"\d", "9", text.lower())


def main() -> None:
    """Tag every silver document and print the two lists of disagreements by shape."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    corpora = os.environ.get("TIMELINE_CORPORA", "../shared/corpora")
    parser.add_argument("--corpus", default=str(Path(corpora) / "te3-silver"))
    parser.add_argument("--top", type=int, default=40)
    parser.add_argument("--show", help="print the instances of this shape, with context")
    args = parser.parse_args()
    silver_only, ours_only = [], []
    silver_count = ours_count = 0
    for document in read_corpus(args.corpus):
        ours = tag(document.text, dct=document.dct)
        silver_count += len(document.timexes)
        ours_count += len(ours)
        for gold in document.timexes:
            if not any(o.start < gold.end and gold.start < o.end for o in ours):
                silver_only.append((document, gold))
        for own in ours:
            if not any(g.start < own.end and own.start < g.end for g in document.timexes):
                ours_only.append((document, own))
    print(f"silver TIMEX3 {silver_count}, ours {ours_count}")
    for name, items in (("silver only", silver_only), ("ours only", ours_only)):
        groups = Counter(shape(timex.text) for _, timex in items)
        print(f"\n{name}: {len(items)} in {len(groups)} shapes")
        for text_shape, count in groups.most_common(args.top):
            print(f"  {count:5d}  {text_shape}")
        if args.show:
            for document, timex in items:
                if shape(timex.text) == args.show.lower():
                    left = document.text[max(0, timex.start - 70) : timex.start].replace("\n", " ")
                    right = document.text[timex.end : timex.end + 50].replace("\n", " ")
                    print(f"    {document.id} {timex.type} {timex.value}: ...{left}[{timex.text}]{right}...")


if __name__ == "__main__":
    main()

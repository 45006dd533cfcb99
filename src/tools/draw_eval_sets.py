#!/usr/bin/env python3
"""Draw the articles of the quality sets from ../shared/corpus with a seeded shuffle.

The draw is reproducible: the same corpus, seed and exclusions give the same lists. Articles the
project had already referenced before the draw (any corpus id written anywhere in the repository),
every Wikinews article (bundled in data/ and read many times) and the first 1,000 Reuters-21578
records (a development sample read before) are left out of every pool. Articles over 1,500 words are
left out, so a set can be annotated in full.

A later draw (`--draw b --used sets.tsv`) gives one fresh blind set, `sealed-b`, annotated for every kind: twice
in turn 20 modern articles, then 20 modern or old articles with a meeting word (80 articles), from the same pools less every article an
earlier draw took (the `set<TAB>id` lines of `--used`) and every corpus id the repository references now
(training and development sentences included). A third draw (`--draw c`) gives `sealed-c` the same way (80
articles), a later one (`--draw d`) `sealed-d`, and the next
(`--draw e`) `sealed-e`, once `sealed-b` had become development data (`dev-b`). `--draw dev3` gives a further development set, `dev-3`: 20 modern articles, then 60 modern or old
articles with a meeting word; `--draw dev4` a development set `dev-4` of 20 modern articles and 40 modern or old
articles with a meeting word. A draw is reproduced at the commit it was made on (a set's gold file, once
committed, makes its ids "referenced"): sealed-c at dcc6124, dev-3 at 4544b88, dev-4 at 1f3d3fc, sealed-d at
38613fa.

Usage: python3 src/tools/draw_eval_sets.py [--shared ../shared] [--seed 20261207] > sets.tsv
       python3 src/tools/draw_eval_sets.py --draw b --seed 20261208 --used sets.tsv >> sets.tsv
       python3 src/tools/draw_eval_sets.py --draw c --seed 20261209 --used sets.tsv >> sets.tsv
       python3 src/tools/draw_eval_sets.py --draw dev3 --seed 20261210 --used sets.tsv >> sets.tsv
       python3 src/tools/draw_eval_sets.py --draw dev4 --seed 20261211 --used sets.tsv >> sets.tsv
       python3 src/tools/draw_eval_sets.py --draw d --seed 20261212 --used sets.tsv >> sets.tsv
       python3 src/tools/draw_eval_sets.py --draw e --seed 20261213 --used sets.tsv >> sets.tsv
Output: one line per article: set name, article id.
"""
import argparse
import json
import pathlib
import random
import re
import subprocess

MEETING_WORDS = re.compile(
    r"\b(met with|met on|met in|meets with|meet with|meeting with|meeting between|held talks|talks with|"
    r"talks between|summit|visited|visit to|hosted|testified|testify|hearing|phone call|"
    r"spoke by (tele)?phone|telephone call|sat down with)\b", re.IGNORECASE)

MAX_WORDS = 1500


def read(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f]


def referenced_ids(repo, commit):
    """Every corpus id that the repository mentions (sources, tests, docs) at {commit}."""
    out = subprocess.run(
        ["git", "-C", str(repo), "grep", "-ohE",
         r"(reuters21578|bbc-[a-z]+|wikinews|allsides-2012-2020|reuters-financial-2010-2013)-[A-Za-z0-9_.-]+",
         commit, "--", "."],
        capture_output=True, text=True, check=True).stdout
    return {line.split(":", 1)[-1] for line in out.split()}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", default="../shared")
    ap.add_argument("--seed", type=int, default=20261207)
    ap.add_argument("--draw", choices=["a", "b", "c", "d", "e", "dev3", "dev4"], default="a",
                    help="a: the first four sets; b, c: a fresh sealed set; dev3, dev4: a development set (all less the --used articles)")
    ap.add_argument("--used", help="set<TAB>id lines of the articles earlier draws took (every draw but a)")
    args = ap.parse_args()
    corpus = pathlib.Path(args.shared) / "corpus"
    repo = pathlib.Path(__file__).resolve().parents[2]
    if args.draw == "a":
        seen = referenced_ids(repo, "c8034d2")
    else:
        if not args.used:
            ap.error(f"--draw {args.draw} needs --used FILE")
        seen = referenced_ids(repo, "HEAD")
        with open(args.used, encoding="utf-8") as f:
            seen |= {line.split("\t")[1].strip() for line in f if "\t" in line}

    def usable(a):
        return a["id"] not in seen and len(a["text"].split()) <= MAX_WORDS

    modern = [a for part in ("allsides-2012-2020", "reuters-financial-2010-2013")
              for a in read(corpus / part / "articles.jsonl") if usable(a)]
    old = [a for a in read(corpus / "reuters21578" / "articles.jsonl")[1000:] if usable(a)]

    # The modern pool is shuffled, then the modern and old pools together (for the sets with meeting words);
    # taking articles draws no random numbers, so every plan below sees the same two orders.
    rng = random.Random(args.seed)
    rng.shuffle(modern)
    meeting_pool = modern + old
    rng.shuffle(meeting_pool)
    taken = set()
    has_meeting_words = lambda a: MEETING_WORDS.search(a["text"]) is not None

    def take(pool, n, name, want=lambda a: True):
        got = 0
        for a in pool:
            if got == n:
                break
            if a["id"] in taken or not want(a):
                continue
            taken.add(a["id"])
            print(f"{name}\t{a['id']}")
            got += 1

    if args.draw == "a":
        take(modern, 45, "sealed-general")
        take(modern, 25, "dev-general")
        take(modern, 30, "dev-meetings", has_meeting_words)
        take(meeting_pool, 40, "sealed-meetings", has_meeting_words)
    elif args.draw == "dev3":
        take(modern, 20, "dev-3")
        take(meeting_pool, 60, "dev-3", has_meeting_words)
    elif args.draw == "dev4":
        take(modern, 20, "dev-4")
        take(meeting_pool, 40, "dev-4", has_meeting_words)
    else:
        for _ in range(2):
            take(modern, 20, f"sealed-{args.draw}")
            take(meeting_pool, 20, f"sealed-{args.draw}", has_meeting_words)

if __name__ == "__main__":
    main()

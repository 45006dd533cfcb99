#!/usr/bin/env python3
"""Convert one set of raw annotation files into the gold file the quality tests score against.

Usage (from the repository root):
    python3 src/tools/gold_from_raw.py [--shared ../shared] [--data data] [--sets FILE] RAWDIR \\
        > src/test/resources/eval/<set>.jsonl

RAWDIR holds one file <article-id>.json per article, written to docs/quality.md's annotation format (the
notation of ANNOTATION.md); the set is named after the folder. The article texts are read from
<shared>/corpus/*/articles.jsonl and from the bundled <data>/*.json and *.jsonl files.

Output: one JSON object per line, sorted by id, with the annotation's alias lists, role and org strings,
meeting fields and date values as written, and no other article text: every verbatim `evidence` becomes
{"begin": b, "end": e} and every date's `context` + `text` becomes the `begin`/`end` of the date text (its
`text` and `value` are kept). Offsets count UTF-16 code units, as Java strings and the pipeline's offsets
do. Evidence and contexts are located with quote, apostrophe, dash and white-space differences tolerated.

Problems go to stderr as `<set>/<id>: <field>[i]: <problem>`, never with article text. A malformed entry is
an error and is dropped; unfound evidence is a warning (offsets -1); an unfound date is an error (dropped).
Exit status 1 when any error was reported, else 0.
"""
import argparse
import datetime
import json
import pathlib
import re
import sys

KINDS = ("entities", "roles", "meetings", "dates")
TYPES = ("Person", "Organization", "Place")
STATUSES = ("held", "planned", "cancelled")

# Corpus parts by id prefix (../shared/corpus/<part>/articles.jsonl).
CORPUS_PARTS = (
    ("allsides-2012-2020-", "allsides-2012-2020"),
    ("reuters-financial-2010-2013-", "reuters-financial-2010-2013"),
    ("reuters21578-", "reuters21578"),
    ("bbc-", "bbc-news-2004-2005"),
    ("wikinews-", "wikinews"),
)

# Titles and honorifics a person's name never carries (ANNOTATION.md §2 "Canonical name", "Aliases"):
# office titles and forms of address. Nobility and royal styles ("Lord", "Sir", "Prince") are allowed.
TITLES = (
    "prime minister", "vice president", "crown prince", "chief justice", "attorney general", "lt. gov",
    "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "president", "sen", "senator", "rep",
    "representative", "congressman", "congresswoman", "gov", "governor", "mayor", "rabbi", "rev",
    "reverend", "judge", "justice", "gen", "general", "lt", "col", "maj", "capt", "sgt", "adm", "admiral",
    "secretary", "minister", "premier", "chancellor", "chairman", "chairwoman", "ambassador", "speaker",
    "commissioner",
)

YEAR = re.compile(r"^\d{4}$")
MONTH = re.compile(r"^\d{4}-\d{2}$")
DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")

QUOTES = {c: "'" for c in "\u2018\u2019\u201a\u201b\u2032\u0060\u00b4"}
QUOTES.update({c: '"' for c in "\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb"})
DASHES = {c: "-" for c in "\u2010\u2011\u2012\u2013\u2014\u2015\u2212"}
INVISIBLE = set("\u200b\u200c\u200d\u2060\ufeff\u00ad")


class Problems:
    """Collects and prints the problems of one set; never prints annotation or article text."""

    def __init__(self, set_name):
        self.set_name = set_name
        self.errors = 0
        self.warnings = 0

    def error(self, article, field, problem):
        self.errors += 1
        print(f"{self.set_name}/{article}: {field}: error: {problem}", file=sys.stderr)

    def warn(self, article, field, problem):
        self.warnings += 1
        print(f"{self.set_name}/{article}: {field}: warning: {problem}", file=sys.stderr)


class Invalid(Exception):
    """An entry that cannot be used; the message names the field and the problem."""

    def __init__(self, field, problem):
        super().__init__(problem)
        self.field = field
        self.problem = problem


# ---------------------------------------------------------------- article texts

def read_texts(ids, shared, data):
    """The text of each wanted id, from the corpus parts its prefix names and the bundled data files."""
    texts = {}
    files = []
    for prefix, part in CORPUS_PARTS:
        if any(i.startswith(prefix) for i in ids):
            files.append(shared / "corpus" / part / "articles.jsonl")
    if data.is_dir():
        files.extend(sorted(data.glob("*.jsonl")))
        files.extend(sorted(data.glob("*.json")))
    for path in files:
        if not path.is_file():
            continue
        for record in records(path):
            if not isinstance(record, dict) or record.get("id") not in ids or record["id"] in texts:
                continue
            text = record.get("text")
            if text is None and isinstance(record.get("textFile"), str):
                text_path = (path.parent / record["textFile"]).resolve()
                if text_path.is_file():
                    text = text_path.read_text(encoding="utf-8")
            if isinstance(text, str):
                texts[record["id"]] = text
    return texts


def records(path):
    if path.suffix == ".jsonl":
        with open(path, encoding="utf-8") as f:
            for line in f:
                if line.strip():
                    yield json.loads(line)
    else:
        with open(path, encoding="utf-8") as f:
            value = json.load(f)
        yield from value if isinstance(value, list) else [value]


# ---------------------------------------------------------------- locating verbatim strings

def fold(text, keep_spaces=True):
    """The text with quotes, dashes and white space folded, and for each folded character its index in
    the text. "…" becomes "...". Without keep_spaces, white space is left out altogether."""
    out = []
    where = []
    i = 0
    n = len(text)
    while i < n:
        c = text[i]
        if c.isspace():
            j = i
            while j < n and (text[j].isspace() or text[j] in INVISIBLE):
                j += 1
            if keep_spaces:
                out.append(" ")
                where.append(i)
            i = j
            continue
        if c in INVISIBLE:
            i += 1
            continue
        if c == "\u2026":
            out.extend("...")
            where.extend((i, i, i))
        else:
            out.append(QUOTES.get(c) or DASHES.get(c) or c)
            where.append(i)
        i += 1
    return "".join(out), where


class Locator:
    """Finds verbatim strings in one article's text, tolerating quote, dash and white-space differences.
    Offsets are returned in UTF-16 code units."""

    def __init__(self, text):
        self.text = text
        self.folds = [fold(text, True), fold(text, False)]
        self.utf16 = None
        if any(ord(c) > 0xFFFF for c in text):
            self.utf16 = [0]
            for c in text:
                self.utf16.append(self.utf16[-1] + (2 if ord(c) > 0xFFFF else 1))

    def occurrences(self, needle):
        """Every (begin, end) of needle in the text, as code point offsets, by the first folding that finds
        it; empty when none does."""
        for keep_spaces, (folded, where) in zip((True, False), self.folds):
            n, _ = fold(needle.strip(), keep_spaces)
            if not n:
                return []
            found = []
            start = folded.find(n)
            while start >= 0:
                found.append((where[start], where[start + len(n) - 1] + 1))
                start = folded.find(n, start + 1)
            if found:
                return found
        return []

    def within(self, needle, begin, end):
        """The first (begin, end) of needle inside text[begin:end], and whether case had to be ignored."""
        for ignore_case in (False, True):
            for keep_spaces in (True, False):
                folded, where = fold(self.text[begin:end], keep_spaces)
                n, _ = fold(needle.strip(), keep_spaces)
                if not n:
                    return None, False
                if ignore_case:
                    folded, n = same_length_lower(folded), same_length_lower(n)
                start = folded.find(n)
                if start >= 0:
                    return (begin + where[start], begin + where[start + len(n) - 1] + 1), ignore_case
        return None, False

    def java(self, offset):
        return offset if self.utf16 is None or offset < 0 else self.utf16[offset]


def same_length_lower(s):
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in s)


# ---------------------------------------------------------------- schema

def aliases(value, field, allow_empty=False):
    if not isinstance(value, list):
        raise Invalid(field, "expected a list of strings")
    if not value and not allow_empty:
        raise Invalid(field, "empty list")
    for i, a in enumerate(value):
        if not isinstance(a, str) or not a.strip():
            raise Invalid(f"{field}[{i}]", "expected a non-empty string")
    return [a.strip() for a in value]


def flag(entry, key, field):
    value = entry.get(key, False)
    if not isinstance(value, bool):
        raise Invalid(f"{field}.{key}", "expected true or false")
    return value


def title_of(name):
    """The title or honorific a name begins with, or None."""
    words = name.lower().split()
    for title in TITLES:
        t = title.split()
        if [w.rstrip(".") for w in words[:len(t)]] == [w.rstrip(".") for w in t]:
            return title
    return None


def check_person(names, field, report):
    """A name that begins with a title is an error, unless it is the surname of another of the names ("Judge" for
    "Patty Judge")."""
    surnames = {n.split()[-1].lower() for n in names if len(n.split()) > 1}
    for i, name in enumerate(names):
        title = title_of(name)
        if title and name.lower() not in surnames:
            report(f"{field}[{i}]", f"a person's name begins with the title '{title}'")


def valid_value(value):
    try:
        if YEAR.match(value):
            return True
        if MONTH.match(value):
            datetime.date(int(value[:4]), int(value[5:7]), 1)
            return True
        if DAY.match(value):
            datetime.date.fromisoformat(value)
            return True
    except ValueError:
        return False
    return False


def unknown_keys(entry, known, field, problems, article):
    for key in sorted(set(entry) - set(known)):
        problems.warn(article, field, f"unknown field '{key}' ignored")


def convert_entity(e, field, problems, article):
    if not isinstance(e, dict):
        raise Invalid(field, "expected an object")
    unknown_keys(e, ("type", "names", "second_type", "optional"), field, problems, article)
    if e.get("type") not in TYPES:
        raise Invalid(f"{field}.type", "expected Person, Organization or Place")
    names = aliases(e.get("names"), f"{field}.names")
    second = e.get("second_type")
    if second is not None and (second not in TYPES or second == e["type"]):
        raise Invalid(f"{field}.second_type", "expected another of Person, Organization, Place, or null")
    if e["type"] == "Person":
        check_person(names, f"{field}.names", lambda f, p: problems.error(article, f, p))
    out = {"type": e["type"], "names": names}
    if second:
        out["second_type"] = second
    out["optional"] = flag(e, "optional", field)
    return out


def convert_role(r, field, problems, article, locator):
    if not isinstance(r, dict):
        raise Invalid(field, "expected an object")
    unknown_keys(r, ("person", "roles", "orgs", "optional", "evidence"), field, problems, article)
    person = aliases(r.get("person"), f"{field}.person")
    check_person(person, f"{field}.person", lambda f, p: problems.error(article, f, p))
    roles = aliases(r.get("roles"), f"{field}.roles")
    if "orgs" not in r:
        raise Invalid(f"{field}.orgs", "missing (null for no org)")
    orgs = None if r["orgs"] is None else aliases(r["orgs"], f"{field}.orgs")
    out = {"person": person, "roles": roles, "orgs": orgs, "optional": flag(r, "optional", field)}
    out["evidence"] = evidence(r, field, problems, article, locator)
    return out


def convert_meeting(m, field, problems, article, locator):
    if not isinstance(m, dict):
        raise Invalid(field, "expected an object")
    unknown_keys(m, ("participants", "optional_participants", "session_body", "location", "date",
                     "date_optional", "status", "optional", "evidence"), field, problems, article)
    slots = m.get("participants")
    if not isinstance(slots, list):
        raise Invalid(f"{field}.participants", "expected a list of alias lists")
    participants = [aliases(s, f"{field}.participants[{i}]") for i, s in enumerate(slots)]
    extra = m.get("optional_participants", [])
    if not isinstance(extra, list):
        raise Invalid(f"{field}.optional_participants", "expected a list of alias lists")
    optional_participants = [aliases(s, f"{field}.optional_participants[{i}]") for i, s in enumerate(extra)]
    body = m.get("session_body")
    session_body = None if body is None else aliases(body, f"{field}.session_body")
    if "location" not in m:
        raise Invalid(f"{field}.location", "missing ([] for none)")
    location = aliases(m["location"], f"{field}.location", allow_empty=True)
    date = m.get("date")
    if date is not None and (not isinstance(date, str) or not DAY.match(date) or not valid_value(date)):
        raise Invalid(f"{field}.date", "expected YYYY-MM-DD or null")
    date_optional = flag(m, "date_optional", field)
    if date_optional and date is None:
        problems.warn(article, f"{field}.date_optional", "true without a date")
    if m.get("status") not in STATUSES:
        raise Invalid(f"{field}.status", "expected held, planned or cancelled")
    if len(participants) + (1 if session_body else 0) < 2:
        problems.warn(article, field, "fewer than two slots among participants and session body")
    shared = shared_alias(participants + optional_participants + ([session_body] if session_body else []))
    if shared:
        problems.warn(article, field, f"two slots share an alias ({shared})")
    if session_body and location and shared_alias([session_body, location]):
        problems.warn(article, field, "session body and location share an alias")
    out = {"participants": participants, "optional_participants": optional_participants,
           "session_body": session_body, "location": location, "date": date, "date_optional": date_optional,
           "status": m["status"], "optional": flag(m, "optional", field)}
    out["evidence"] = evidence(m, field, problems, article, locator)
    return out


def shared_alias(slots):
    """The positions of two slots that share an alias (compared without case), as 'i and j', or None."""
    for i, a in enumerate(slots):
        for j in range(i + 1, len(slots)):
            if {x.lower() for x in a} & {x.lower() for x in slots[j]}:
                return f"{i} and {j}"
    return None


def evidence(entry, field, problems, article, locator):
    text = entry.get("evidence")
    if not isinstance(text, str) or not text.strip():
        raise Invalid(f"{field}.evidence", "expected the verbatim sentence")
    found = locator.occurrences(text)
    if not found:
        problems.warn(article, f"{field}.evidence", "not found in the article text (offsets -1)")
        return {"begin": -1, "end": -1}
    begin, end = found[0]
    return {"begin": locator.java(begin), "end": locator.java(end)}


def convert_date(d, field, problems, article, locator, taken):
    if not isinstance(d, dict):
        raise Invalid(field, "expected an object")
    unknown_keys(d, ("text", "context", "value"), field, problems, article)
    text = d.get("text")
    if not isinstance(text, str) or not text.strip():
        raise Invalid(f"{field}.text", "expected the date as written")
    context = d.get("context")
    if not isinstance(context, str) or not context.strip():
        raise Invalid(f"{field}.context", "expected a verbatim stretch around the date")
    value = d.get("value")
    if not isinstance(value, str) or not valid_value(value):
        raise Invalid(f"{field}.value", "expected YYYY-MM-DD, YYYY-MM or YYYY")
    places = locator.occurrences(context)
    if not places:
        raise Invalid(f"{field}.context", "not found in the article text (date dropped)")
    spans = []
    for begin, end in places:
        span, ignored_case = locator.within(text, begin, end)
        if span:
            spans.append((span, ignored_case))
    if not spans:
        raise Invalid(f"{field}.text", "not found inside its context (date dropped)")
    free = [s for s in spans if s[0] not in taken]
    if not free:
        raise Invalid(field, "the same occurrence as an earlier date (date dropped)")
    if len(places) > 1:
        problems.warn(article, f"{field}.context", f"occurs {len(places)} times; took the first not yet taken")
    (begin, end), ignored_case = free[0]
    if ignored_case:
        problems.warn(article, f"{field}.text", "found in its context only when case is ignored")
    taken.add((begin, end))
    return {"text": text.strip(), "begin": locator.java(begin), "end": locator.java(end), "value": value}


def convert_article(raw, article, problems, text):
    unknown_keys(raw, ("id",) + ("annotated",) + KINDS, "(file)", problems, article)
    annotated = raw.get("annotated")
    if (not isinstance(annotated, list) or not annotated
            or any(k not in KINDS for k in annotated) or len(set(annotated)) != len(annotated)):
        problems.error(article, "annotated", "expected a non-empty list of entities, roles, meetings, dates")
        return None
    locator = Locator(text)
    out = {"id": article, "annotated": [k for k in KINDS if k in annotated]}
    taken = set()
    for kind in KINDS:
        if kind not in annotated:
            if kind in raw:
                problems.warn(article, kind, "present but not listed in 'annotated': ignored")
            continue
        entries = raw.get(kind)
        if not isinstance(entries, list):
            problems.error(article, kind, "listed in 'annotated' but not a list")
            out[kind] = []
            continue
        converted = []
        for i, entry in enumerate(entries):
            field = f"{kind}[{i}]"
            try:
                if kind == "entities":
                    converted.append(convert_entity(entry, field, problems, article))
                elif kind == "roles":
                    converted.append(convert_role(entry, field, problems, article, locator))
                elif kind == "meetings":
                    converted.append(convert_meeting(entry, field, problems, article, locator))
                else:
                    converted.append(convert_date(entry, field, problems, article, locator, taken))
            except Invalid as e:
                problems.error(article, e.field, e.problem)
        out[kind] = converted
    if "entities" in out:
        persons = {n.lower() for e in out["entities"] if e["type"] == "Person" for n in e["names"]}
        for i, r in enumerate(out.get("roles", [])):
            if r["person"][0].lower() not in persons:
                problems.warn(article, f"roles[{i}].person", "not among the Person entities")
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("rawdir", type=pathlib.Path)
    repo = pathlib.Path(__file__).resolve().parents[2]
    ap.add_argument("--shared", type=pathlib.Path, default=repo.parent / "shared")
    ap.add_argument("--data", type=pathlib.Path, default=repo / "data")
    ap.add_argument("--sets", type=pathlib.Path, help="sets.tsv (set, id): report listed ids with no file")
    args = ap.parse_args()

    set_name = args.rawdir.resolve().name
    problems = Problems(set_name)
    if not args.rawdir.is_dir():
        print(f"{set_name}: no such folder {args.rawdir}", file=sys.stderr)
        return 2
    files = sorted(args.rawdir.glob("*.json"))
    raws = {}
    for path in files:
        article = path.stem
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError) as e:
            where = f"line {e.lineno}" if isinstance(e, json.JSONDecodeError) else "encoding"
            problems.error(article, "(file)", f"not valid UTF-8 JSON ({where}); article skipped")
            continue
        if not isinstance(raw, dict):
            problems.error(article, "(file)", "expected a JSON object; article skipped")
            continue
        if raw.get("id") != article:
            problems.error(article, "id", "differs from the file name; article skipped")
            continue
        raws[article] = raw
    texts = read_texts(set(raws), args.shared, args.data)
    lines = []
    for article in sorted(raws):
        if article not in texts:
            problems.error(article, "id", "no article with this id in the corpus or data/; article skipped")
            continue
        converted = convert_article(raws[article], article, problems, texts[article])
        if converted is not None:
            lines.append(json.dumps(converted, ensure_ascii=False))
    if args.sets:
        listed = {line.split("\t")[1].strip() for line in args.sets.read_text(encoding="utf-8").splitlines()
                  if line.startswith(set_name + "\t")}
        missing = sorted(listed - {p.stem for p in files})
        if missing:
            print(f"{set_name}: {len(missing)} of {len(listed)} listed articles have no raw file yet",
                  file=sys.stderr)
    for line in lines:
        print(line)
    print(f"{set_name}: {len(lines)} articles converted, {problems.errors} errors, {problems.warnings} warnings",
          file=sys.stderr)
    return 1 if problems.errors else 0


if __name__ == "__main__":
    sys.exit(main())

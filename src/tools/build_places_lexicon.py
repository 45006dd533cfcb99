#!/usr/bin/env python3
"""Builds src/main/resources/lexicon/places.tsv from the gazetteers in ../shared/data/gazetteers.

Usage (from the repository root):  python3 src/tools/build_places_lexicon.py [GAZETTEER_DIR]

Output columns: canonical name, kind, aliases ('|'-separated: other names, abbreviations, demonyms).
Countries come first, sovereign states before territories and historic states, so an alias shared with a
later row keeps the first: "French" is France, "Georgia" the country.
"""
import csv
import os
import sys

src = sys.argv[1] if len(sys.argv) > 1 else os.path.join('..', 'shared', 'data', 'gazetteers')
out = os.path.join('src', 'main', 'resources', 'lexicon', 'places.tsv')


def rows(name):
    with open(os.path.join(src, name), encoding='utf-8') as f:
        yield from csv.DictReader(f, delimiter='\t', quoting=csv.QUOTE_NONE)


def split(*values):
    seen = []
    for v in values:
        for a in (v or '').split('|'):
            a = a.strip()
            if a and a not in seen:
                seen.append(a)
    return seen


entries = []
# Sovereign states first: an alias or demonym several rows share ("French": France and the French Southern
# and Antarctic Lands) goes to the first row that has it, and that should be the state.
status_order = {'sovereign': 0, 'partially-recognised': 1, 'disputed-territory': 2, 'territory': 3, 'other': 4,
                'historic': 5}
for r in sorted(rows('countries.tsv'), key=lambda r: status_order.get(r['status'], 9)):
    if r['status'] == 'historic':
        kind = 'historic-country'
    else:
        kind = 'country'
    aliases = split(r['alt_names'], r['demonyms'], r['people'])
    if r['official_name'] and r['official_name'] != r['name']:
        aliases.insert(0, r['official_name'])
    entries.append((r['name'], kind, aliases))
for r in rows('us-states.tsv'):
    entries.append((r['name'], 'us-' + r['type'].replace(' ', '-'), split(r['ap_abbreviation'], r['other_abbreviations'])))
for r in rows('provinces-ca-au.tsv'):
    entries.append((r['name'], 'province', split(r['abbreviation'], r['other_abbreviations'])))
for r in rows('regions.tsv'):
    entries.append((r['name'], r['kind'], split(r['alt_names'])))
for r in rows('international-orgs.tsv'):
    entries.append((r['name'], 'organization', split(r['abbreviations'], r['alt_names'])))

with open(out, 'w', encoding='utf-8', newline='\n') as f:
    f.write('# Built by src/tools/build_places_lexicon.py from the newsgraph gazetteers. Country rows derive from\n')
    f.write('# mledoze/countries (world-countries 5.1.0, ODbL 1.0), i18n-iso-countries and i18n-nationality (MIT);\n')
    f.write('# states, provinces, regions and organizations are hand-made (CC0). This file is offered under ODbL 1.0.\n')
    f.write('name\tkind\taliases\n')
    for name, kind, aliases in entries:
        f.write(f"{name}\t{kind}\t{'|'.join(a for a in aliases if a != name)}\n")
print(f'{len(entries)} entries -> {out}')

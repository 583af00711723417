"""Annotation sheets for the fact gold (crates/draft/data/facts-gold/README.md).

For each GUM news document given, writes SHEETS/<id>.md: the document's
sentences, numbered as GUM segments them, with every mention of a named
person, organisation or place marked inline as [words|gN] (N is GUM's
coreference cluster, so pronouns and descriptions that stand for a named
entity carry its id too), and a starting gold file SHEETS/<id>.json whose
entity table lists those clusters with their proper names.

    python3 benches/draft/facts-gold/sheets.py OUT_DIR GUM_news_a GUM_news_b ...

GUM: CC BY 4.0 annotations, Wikinews CC BY 2.5 text; credit in
../shared/corpus/gum/README.md.
"""
import json
import os
import sys

GUM = os.path.join(os.path.dirname(__file__), "../../../crates/draft/data/gum")
KINDS = {"person", "organization", "place"}


def sheet(doc_id, out):
    d = json.load(open(os.path.join(GUM, doc_id + ".json")))
    text, toks = d["text"], d["tokens"]
    # Clusters that are named: person/organization/place with a proper mention.
    # A cluster is named when a mention is a proper name or GUM gives it a
    # Wikipedia identity (GUM's `proper` misses some, e.g. "New York").
    named = {}
    for m in d["mentions"]:
        if m["type"] in KINDS and (m["proper"] or m.get("identity")):
            e = named.setdefault(m["entity"], {"kind": m["type"], "names": [], "identity": None})
            e["identity"] = e["identity"] or m.get("identity")
            if m["proper"]:
                n = (m.get("name") or m)["text"]
                if n not in e["names"]:
                    e["names"].append(n)
    # Every person, organisation and place mention is marked, named or not,
    # so descriptions ("the company") show what they stand for.
    marks = [m for m in d["mentions"] if m["type"] in KINDS]
    lines = [f"# {doc_id}: {d['title']}", "", f"date: {d.get('date')}", "",
             "Every mention GUM types as a person, organisation or place is marked [words|gN];",
             "the same N is the same entity (GUM's coreference). The table lists the named ones;",
             "names that are empty or missing must be filled in from the text.", "", "## Entities", ""]
    for k, e in sorted(named.items()):
        ident = f" [identity: {e['identity']}]" if e["identity"] else ""
        lines.append(f"- g{k} ({e['kind']}){ident}: " + "; ".join(e["names"]))
    lines += ["", "## Sentences", ""]
    for i, (a, b) in enumerate(d["sentences"]):
        s, t = toks[a][0], toks[b][1]
        opens, closes = {}, {}
        for m in marks:
            if s <= m["start"] and m["end"] <= t:
                opens.setdefault(m["start"], []).append(m)
                closes.setdefault(m["end"], []).append(m)
        out_s = []
        for pos in range(s, t + 1):
            for m in sorted(closes.get(pos, []), key=lambda m: m["start"], reverse=True):
                out_s.append(f"|g{m['entity']}]")
            for m in sorted(opens.get(pos, []), key=lambda m: -m["end"]):
                out_s.append("[")
            if pos < t:
                out_s.append(text[pos])
        lines.append(f"{i}. " + "".join(out_s).replace("\n", " / "))
    open(os.path.join(out, doc_id + ".md"), "w").write("\n".join(lines) + "\n")
    gold = {
        "id": doc_id,
        "licence": d["licence"],
        "entities": [{"id": f"g{k}", "kind": e["kind"], "names": e["names"]} for k, e in sorted(named.items())],
        "facts": [],
    }
    path = os.path.join(out, doc_id + ".json")
    if not os.path.exists(path):
        json.dump(gold, open(path, "w"), ensure_ascii=False, indent=1)


if __name__ == "__main__":
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    for doc_id in sys.argv[2:]:
        sheet(doc_id, out)

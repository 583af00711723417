//! The name tagger: an averaged perceptron that tags each token O, B-X or
//! I-X for X in PER, ORG, LOC, left to right, reading the token and its
//! neighbours (words, shapes, affixes, parts of speech, word-vector
//! clusters, the word lists they are in), where the sentence starts,
//! whether the document also writes the word in lower case, and the two
//! tags before it; then a second pass that also reads how the first pass
//! tagged the same word elsewhere in the document (a name is a name all
//! through an article). Trained on GUM (outside its test documents),
//! WikiGold and the news accounts of the Broad Twitter Corpus
//! (`fx-draft train`).

use std::ops::Range;

use crate::doc::Doc;
use crate::gum::Label;
use crate::perceptron::{best_of, hash_str, Feature, Hasher, Model, Trainer};

/// The tags, in class order.
pub const TAGS: usize = 7;
const O: usize = 0;
const TAG_NAMES: [&str; TAGS] = ["O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC"];

/// The label of a tag, with whether it begins a name.
pub fn tag_label(tag: usize) -> Option<(bool, Label)> {
    match tag {
        1 => Some((true, Label::Per)),
        2 => Some((false, Label::Per)),
        3 => Some((true, Label::Org)),
        4 => Some((false, Label::Org)),
        5 => Some((true, Label::Loc)),
        6 => Some((false, Label::Loc)),
        _ => None,
    }
}

/// The tag for a label.
pub fn tag_of(begin: bool, label: Label) -> usize {
    let base = match label {
        Label::Per => 1,
        Label::Org => 3,
        Label::Loc => 5,
    };
    if begin {
        base
    } else {
        base + 1
    }
}

/// Whether `tag` may follow `prev` (I-X only inside an X).
fn allowed(prev: usize, tag: usize) -> bool {
    match tag_label(tag) {
        Some((false, label)) => tag_label(prev).is_some_and(|(_, l)| l == label),
        _ => true,
    }
}

/// A name the tagger found: tokens and label.
#[derive(Clone, Debug, PartialEq)]
pub struct Name {
    pub tokens: Range<usize>,
    pub label: Label,
    /// How sure the tagger is, 0 to 1 (the margin of its weakest decision).
    pub confidence: f32,
}

/// Names the tagger is less sure of than this (its weakest decision's
/// margin over the next best tag) are not its names.
pub const UNSURE: f32 = 0.1;

/// The tagger's names, and apart from them the names it was unsure of
/// only for their kind: every token sure to be in a name but a hair
/// between a person's and a place's ("Sergei" of "Sergei Fedorov scored
/// twice"). The rules may take these where no other name is.
#[derive(Clone, Debug, Default)]
pub struct Found {
    pub names: Vec<Name>,
    pub unsure_kind: Vec<Name>,
}

/// The name tagger's weights: two passes.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct NameTagger {
    pub first: Model,
    pub second: Model,
}

/// What the first pass found, for the second to read: per token, the
/// label the first pass gave the same word most often elsewhere.
struct Elsewhere(Vec<Option<usize>>);

impl Elsewhere {
    fn new(doc: &Doc, tags: &[usize]) -> Elsewhere {
        let mut counts: rustc_hash::FxHashMap<(&str, usize), usize> = Default::default();
        for (i, &t) in tags.iter().enumerate() {
            if doc.lex[i].upper {
                let label = tag_label(t).map_or(0, |(_, l)| l as usize + 1);
                *counts.entry((doc.word(i), label)).or_default() += 1;
            }
        }
        Elsewhere(
            (0..doc.len())
                .map(|i| {
                    if !doc.lex[i].upper {
                        return None;
                    }
                    let own = tag_label(tags[i]).map_or(0, |(_, l)| l as usize + 1);
                    (0..4)
                        .filter_map(|l| {
                            let n = counts.get(&(doc.word(i), l)).copied().unwrap_or(0)
                                - usize::from(l == own);
                            (n > 0).then_some((n, l))
                        })
                        .max()
                        .map(|(_, l)| l)
                })
                .collect(),
        )
    }
}

/// The features of token `i` after the tags `p1` and `p2`.
fn features(
    doc: &Doc,
    i: usize,
    p1: usize,
    p2: usize,
    elsewhere: Option<&Elsewhere>,
    out: &mut Vec<Feature>,
) {
    out.clear();
    let n = doc.len();
    let lex = &doc.lex[i];
    let at = |k: isize| -> Option<usize> {
        let j = i as isize + k;
        (j >= 0 && (j as usize) < n && doc.sentence_of[j as usize] == doc.sentence_of[i])
            .then_some(j as usize)
    };
    const EDGE: u64 = 0x4544_4745;
    let w = |k: isize| at(k).map_or(EDGE, |j| doc.lex[j].lower);
    let sh = |k: isize| at(k).map_or(EDGE, |j| doc.lex[j].shape);
    let tag = |k: isize| at(k).map_or(EDGE, |j| u64::from(doc.tags[j].0));
    let cl = |k: isize, g: usize| at(k).map_or(EDGE, |j| u64::from(doc.lex[j].clusters[g]));
    let t1 = hash_str(TAG_NAMES[p1]);
    let t2 = hash_str(TAG_NAMES[p2]);
    let initial = u64::from(doc.sentence_initial(i));
    let upper = u64::from(lex.upper);
    let mut f = |t: u32, a: u64, b: u64, c: u64| out.push(Hasher::f(t, a, b, c));
    f(0, 0, 0, 0);
    f(1, lex.lower, 0, 0);
    f(2, lex.word, 0, 0);
    f(3, lex.shape, 0, 0);
    f(4, lex.suffix[2], 0, 0);
    f(5, lex.suffix[1], 0, 0);
    f(6, lex.prefix[2], 0, 0);
    f(7, t1, 0, 0);
    f(8, t1, t2, 0);
    f(9, t1, lex.lower, 0);
    f(10, t1, lex.shape, 0);
    f(11, initial, lex.shape, 0);
    f(12, u64::from(lex.zipf / 5), upper, initial);
    f(13, u64::from(lex.seen_lower), upper, initial);
    f(14, w(-1), 0, 0);
    f(15, w(1), 0, 0);
    f(16, w(-2), 0, 0);
    f(17, w(2), 0, 0);
    f(18, sh(-1), 0, 0);
    f(19, sh(1), 0, 0);
    f(20, w(-1), lex.lower, 0);
    f(21, lex.lower, w(1), 0);
    f(22, sh(-1), lex.shape, sh(1));
    f(23, t1, w(-1), 0);
    // Parts of speech.
    f(30, tag(0), 0, 0);
    f(31, tag(-1), tag(0), 0);
    f(32, tag(0), tag(1), 0);
    f(33, t1, tag(0), 0);
    f(34, tag(0), upper, initial);
    // Word-vector clusters.
    f(40, cl(0, 0), 0, 0);
    f(41, cl(0, 1), 0, 0);
    f(42, cl(0, 2), 0, 0);
    f(43, cl(-1, 1), 0, 0);
    f(44, cl(1, 1), 0, 0);
    f(45, t1, cl(0, 1), 0);
    f(46, cl(0, 2), upper, initial);
    // Word lists.
    for (list, begins) in &lex.lists {
        f(50, *list as u64, u64::from(*begins), 0);
        f(51, *list as u64, u64::from(*begins), t1);
    }
    for (k, tpl) in [(-1isize, 52u32), (1, 53)] {
        if let Some(j) = at(k) {
            if let Some((list, _)) = doc.lex[j].lists.first() {
                f(tpl, *list as u64, 0, 0);
            }
        }
    }
    if let Some(e) = elsewhere {
        let other = e.0[i].map_or(9, |l| l as u64);
        f(60, other, 0, 0);
        f(61, other, t1, 0);
        f(62, other, initial, upper);
        f(63, other, lex.lower, 0);
    }
}

/// A common lower-case word after no name is no name: tagged O without
/// asking the model (most of a text's words).
fn plainly_outside(doc: &Doc, i: usize, p1: usize) -> bool {
    let lex = &doc.lex[i];
    p1 == O && !lex.upper && lex.zipf >= 40 && lex.lists.is_empty()
}

/// A finite verb in lower case ("met", "says", "will") is in no name,
/// whatever the tag before it: "Secretary of State Madeleine Albright met
/// Havel" ran on as one name through "met".
fn verb_outside(doc: &Doc, i: usize) -> bool {
    !doc.lex[i].upper && matches!(doc.tags[i].penn(), "VBD" | "VBZ" | "VBP" | "MD")
}

/// Tags `doc` with one model; returns the tags and each decision's
/// margins: over the next best tag, and over the best tag of the other
/// side of name or no name (a token sure to be in a name, unsure only
/// whether a person's or a place's, has a small first margin and a large
/// second one).
fn run(model: &Model, doc: &Doc, elsewhere: Option<&Elsewhere>) -> Tagged {
    let mut tags = vec![O; doc.len()];
    let mut margins = vec![0.0; doc.len()];
    let mut named = vec![0.0; doc.len()];
    let mut feats = Vec::with_capacity(70);
    let mut scores = vec![0.0; TAGS];
    for s in &doc.sentences {
        let (mut p1, mut p2) = (O, O);
        for i in s.clone() {
            if plainly_outside(doc, i, p1) || verb_outside(doc, i) {
                margins[i] = 10.0;
                named[i] = 10.0;
                p2 = p1;
                p1 = O;
                continue;
            }
            features(doc, i, p1, p2, elsewhere, &mut feats);
            model.score_into(&feats, &mut scores);
            let best = best_of(&scores, |t| allowed(p1, t));
            let second = (0..TAGS)
                .filter(|&t| t != best && allowed(p1, t))
                .map(|t| scores[t])
                .fold(f32::NEG_INFINITY, f32::max);
            let other_side = (0..TAGS)
                .filter(|&t| (t == O) != (best == O) && allowed(p1, t))
                .map(|t| scores[t])
                .fold(f32::NEG_INFINITY, f32::max);
            tags[i] = best;
            margins[i] = scores[best] - second;
            named[i] = scores[best] - other_side;
            p2 = p1;
            p1 = best;
        }
    }
    Tagged {
        tags,
        margins,
        named,
    }
}

/// One pass's tags and the margins of its decisions (see `run`).
struct Tagged {
    tags: Vec<usize>,
    margins: Vec<f32>,
    named: Vec<f32>,
}

/// BIO tags to names (a name never runs over a line break), each as sure
/// as its least sure token; apart, the names the tagger was not sure of
/// at all but for their kind (see `Found`).
fn names_of(doc: &Doc, tagged: &Tagged) -> Found {
    let Tagged {
        tags,
        margins,
        named,
    } = tagged;
    let sure = |m: f32| 1.0 - (-m.max(0.0) / 4.0).exp();
    let mut out: Vec<Name> = Vec::new();
    for i in 0..tags.len() {
        let conf = sure(margins[i]);
        match tag_label(tags[i]) {
            Some((false, label))
                if out.last().is_some_and(|n: &Name| {
                    n.label == label && n.tokens.end == i && !doc.tokens[i].line_start
                }) =>
            {
                if let Some(last) = out.last_mut() {
                    last.tokens.end = i + 1;
                    last.confidence = last.confidence.min(conf);
                }
            }
            Some((_, label)) => out.push(Name {
                tokens: i..i + 1,
                label,
                confidence: conf,
            }),
            None => {}
        }
    }
    // Least sure token by token of being in a name at all.
    let named_sure = |n: &Name| n.tokens.clone().map(|t| sure(named[t])).fold(1.0, f32::min);
    let (names, unsure): (Vec<Name>, Vec<Name>) =
        out.into_iter().partition(|n| n.confidence >= UNSURE);
    Found {
        names,
        unsure_kind: unsure
            .into_iter()
            .filter(|n| named_sure(n) >= 0.9)
            .collect(),
    }
}

/// The gold tags of a document's names.
pub fn gold_tags(doc: &Doc, names: &[(Range<usize>, Label)]) -> Vec<usize> {
    let mut tags = vec![O; doc.len()];
    for (r, label) in names {
        for (k, i) in r.clone().enumerate() {
            if let Some(t) = tags.get_mut(i) {
                *t = tag_of(k == 0, *label);
            }
        }
    }
    tags
}

fn train_one(docs: &[(&Doc, &[usize])], elsewhere: Option<&[Elsewhere]>, epochs: usize) -> Model {
    let mut t = Trainer::new(TAGS);
    let mut order: Vec<usize> = (0..docs.len()).collect();
    let mut seed = 0x1234_5678_9abc_def1;
    let mut feats = Vec::new();
    for _ in 0..epochs {
        crate::perceptron::shuffle(&mut order, &mut seed);
        for &d in &order {
            let (doc, gold) = docs[d];
            let e = elsewhere.map(|e| &e[d]);
            for s in &doc.sentences {
                let (mut p1, mut p2) = (O, O);
                for i in s.clone() {
                    // What tagging skips (`run`) is not learned from either.
                    if (plainly_outside(doc, i, p1) || verb_outside(doc, i)) && gold[i] == O {
                        p2 = p1;
                        p1 = O;
                        continue;
                    }
                    features(doc, i, p1, p2, e, &mut feats);
                    t.tick();
                    let guess = t.best(&feats, |x| allowed(p1, x));
                    t.update(&feats, gold[i], guess);
                    p2 = p1;
                    p1 = guess;
                }
            }
        }
    }
    // Features seen twice or more (chosen on the tune documents).
    t.finish(2, 0.0)
}

/// A hash of what training reads from `docs`: each token's gold tag,
/// whether tagging skips it, and its features after the gold tags before
/// it. Written beside the weights by `fx-draft train`, so a test can tell
/// when the tokenizer, the word lists, the part-of-speech tags or the
/// features have changed since the weights were trained (and training
/// would no longer give them).
pub fn inputs_fingerprint(docs: &[(&Doc, &[usize])]) -> u64 {
    let mut h = 0xcbf2_9ce4_8422_2325u64;
    let mut mix = |v: u64| h = (h ^ v).wrapping_mul(0x0000_0100_0000_01b3);
    let mut feats = Vec::with_capacity(70);
    for (doc, gold) in docs {
        for s in &doc.sentences {
            let (mut p1, mut p2) = (O, O);
            for i in s.clone() {
                mix(gold[i] as u64);
                mix(u64::from(
                    plainly_outside(doc, i, p1) || verb_outside(doc, i),
                ));
                features(doc, i, p1, p2, None, &mut feats);
                feats.iter().for_each(|f| mix(*f));
                p2 = p1;
                p1 = gold[i];
            }
        }
        mix(u64::MAX);
    }
    h
}

impl NameTagger {
    /// The names in a tagged document.
    pub fn tag(&self, doc: &Doc) -> Found {
        let first = run(&self.first, doc, None).tags;
        let e = Elsewhere::new(doc, &first);
        names_of(doc, &run(&self.second, doc, Some(&e)))
    }

    /// Trains on tagged documents with their gold name tags. The second
    /// pass learns from first-pass tags of documents the first pass did not
    /// learn from (five folds).
    pub fn train(docs: &[(&Doc, &[usize])], epochs: usize) -> NameTagger {
        let first = train_one(docs, None, epochs);
        const FOLDS: usize = 5;
        let mut held: Vec<Option<Elsewhere>> = (0..docs.len()).map(|_| None).collect();
        for k in 0..FOLDS {
            let part: Vec<(&Doc, &[usize])> = docs
                .iter()
                .enumerate()
                .filter(|(i, _)| i % FOLDS != k)
                .map(|(_, d)| *d)
                .collect();
            let m = train_one(&part, None, epochs);
            for (i, (doc, _)) in docs.iter().enumerate().filter(|(i, _)| i % FOLDS == k) {
                held[i] = Some(Elsewhere::new(doc, &run(&m, doc, None).tags));
            }
        }
        let held: Vec<Elsewhere> = held.into_iter().flatten().collect();
        let second = train_one(docs, Some(&held), epochs);
        NameTagger { first, second }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::Lexicon;

    /// Training is a function of its documents: trained twice on the same
    /// ones (in one process, so every hash map is seeded differently), the
    /// weights are the same bytes. `fx-draft train` must reproduce the
    /// committed weights; a hash map's order or any other chance in
    /// training would break that.
    #[test]
    fn training_twice_writes_the_same_bytes() {
        let lexicon = Lexicon::read(|name| match name {
            "given_names.txt" => "Maria\tf\nJohn\tm\n".to_string(),
            "cities.txt" => "Paris\nBerlin\n".to_string(),
            _ => String::new(),
        });
        let texts = [
            (
                "Maria Lopez met John Smith in Paris. Lopez works for Acme Corp in Berlin.",
                vec![(0..2, Label::Per), (3..5, Label::Per), (6..7, Label::Loc)],
            ),
            (
                "John Smith left Berlin for Paris. Acme Corp said Smith would return.",
                vec![(0..2, Label::Per), (3..4, Label::Loc), (5..6, Label::Loc)],
            ),
            (
                "In Paris, Maria Lopez of Acme Corp spoke. She met Smith in Berlin.",
                vec![(1..2, Label::Loc), (3..5, Label::Per), (6..8, Label::Org)],
            ),
        ];
        let docs: Vec<(Doc, Vec<usize>)> = texts
            .iter()
            .map(|(text, names)| {
                let doc = Doc::new(text, &lexicon);
                let gold = gold_tags(&doc, names);
                (doc, gold)
            })
            .collect();
        let pairs: Vec<(&Doc, &[usize])> = docs.iter().map(|(d, g)| (d, g.as_slice())).collect();
        let bytes = || {
            let m = NameTagger::train(&pairs, 3);
            let mut out = Vec::new();
            m.first.write(&mut out);
            m.second.write(&mut out);
            out
        };
        let first = bytes();
        assert!(first.len() > 100, "a model with weights");
        for _ in 0..3 {
            assert!(bytes() == first, "training differs between runs");
        }
    }
}

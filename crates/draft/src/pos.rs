//! Part-of-speech tagging: an averaged perceptron that tags left to right,
//! reading the word, its affixes and shape, how common it is, the word
//! lists it is in, its neighbours, and the two tags before it. Trained on
//! GUM's gold tags outside its news documents (`fx-draft train`).

use crate::doc::Doc;
use crate::labels::{Tag, TAGS};
use crate::perceptron::{best_of, Feature, Hasher, Model, Trainer};

/// The tagger's weights: a first pass that reads the tags on its left,
/// and a second that also reads the first pass's tags on both sides and
/// how the first pass tagged the same word elsewhere in the document.
///
/// Words that the training text tags one way nearly always ("the",
/// "said", "of") take that tag without asking the models ([`Fixed`]).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Tagger {
    pub first: Model,
    pub second: Model,
    pub fixed: Fixed,
}

/// Words (as written) with the one tag the training text gives them.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Fixed(pub rustc_hash::FxHashMap<String, Tag>);

impl Fixed {
    /// The words seen 20 times or more with one tag at least 99 times in
    /// 100.
    pub fn learn(docs: &[&Doc]) -> Fixed {
        let mut counts: rustc_hash::FxHashMap<&str, rustc_hash::FxHashMap<u8, usize>> =
            Default::default();
        for d in docs {
            for i in 0..d.len() {
                *counts
                    .entry(d.word(i))
                    .or_default()
                    .entry(d.tags[i].0)
                    .or_default() += 1;
            }
        }
        let mut fixed = rustc_hash::FxHashMap::default();
        for (w, tags) in counts {
            let all: usize = tags.values().sum();
            if let Some((&t, &n)) = tags
                .iter()
                .max_by_key(|(t, n)| (**n, std::cmp::Reverse(**t)))
            {
                if all >= 20 && n * 100 >= all * 99 {
                    fixed.insert(w.to_string(), Tag(t));
                }
            }
        }
        Fixed(fixed)
    }

    /// As lines of "word TAB tag", sorted.
    pub fn write(&self, out: &mut Vec<u8>) {
        let mut rows: Vec<String> = self
            .0
            .iter()
            .map(|(w, t)| format!("{w}\t{}\t{}\n", t.penn(), t.upos()))
            .collect();
        fact_explorer_core::sort::sort_by(&mut rows, |a, b| a.cmp(b));
        for r in rows {
            out.extend_from_slice(r.as_bytes());
        }
    }

    /// Reads what [`Fixed::write`] wrote (lines that do not fit are skipped).
    pub fn read(text: &str) -> Fixed {
        Fixed(
            text.lines()
                .filter_map(|l| {
                    let mut c = l.split('\t');
                    let (w, x, u) = (c.next()?, c.next()?, c.next()?);
                    Some((w.to_string(), Tag::of(x, u)))
                })
                .collect(),
        )
    }
}

/// What the first pass says, for the second to read.
pub struct FirstPass {
    tags: Vec<Tag>,
    /// For each token, the first pass's most common tag for the same
    /// lower-case word at its other places in the document (if any).
    elsewhere: Vec<Option<Tag>>,
}

impl FirstPass {
    fn new(doc: &Doc, tags: Vec<Tag>) -> FirstPass {
        // Per word, how often the first pass gave it each tag (few tags a
        // word, so a short list).
        let mut counts: rustc_hash::FxHashMap<u64, Vec<(u8, u32)>> = Default::default();
        for (i, t) in tags.iter().enumerate() {
            let v = counts.entry(doc.lex[i].lower).or_default();
            match v.iter_mut().find(|(x, _)| *x == t.0) {
                Some(c) => c.1 += 1,
                None => v.push((t.0, 1)),
            }
        }
        let elsewhere = (0..doc.len())
            .map(|i| {
                let own = tags[i].0;
                counts[&doc.lex[i].lower]
                    .iter()
                    .map(|&(t, n)| (n - u32::from(t == own), t))
                    .filter(|(n, _)| *n > 0)
                    .max()
                    .map(|(_, t)| Tag(t))
            })
            .collect();
        FirstPass { tags, elsewhere }
    }
}

const START: u64 = 0x5354_4152_5421;
const END: u64 = 0x454e_4421;

/// The features of token `i` after the tags `p1` (just before) and `p2`,
/// and in the second pass what the first one said.
pub fn features(
    doc: &Doc,
    i: usize,
    p1: Tag,
    p2: Tag,
    first: Option<&FirstPass>,
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
    let word_at = |k: isize| at(k).map_or(if k < 0 { START } else { END }, |j| doc.lex[j].lower);
    let suffix3_at = |k: isize| at(k).map_or(0, |j| doc.lex[j].suffix[2]);
    let shape_at = |k: isize| at(k).map_or(0, |j| doc.lex[j].shape);
    let (t1, t2) = (u64::from(p1.0) + 1, u64::from(p2.0) + 1);
    let initial = u64::from(doc.sentence_initial(i));
    let mut f = |t: u32, a: u64, b: u64, c: u64| out.push(Hasher::f(t, a, b, c));
    f(0, 0, 0, 0);
    f(1, lex.lower, 0, 0);
    f(2, lex.word, initial, 0);
    f(3, lex.shape, 0, 0);
    for (k, s) in lex.suffix.iter().enumerate() {
        f(4 + k as u32, *s, 0, 0);
    }
    for (k, p) in lex.prefix.iter().enumerate() {
        f(8 + k as u32, *p, 0, 0);
    }
    f(11, t1, 0, 0);
    f(12, t1, t2, 0);
    f(13, t1, lex.lower, 0);
    f(14, word_at(-1), 0, 0);
    f(15, word_at(-2), 0, 0);
    f(16, word_at(1), 0, 0);
    f(17, word_at(2), 0, 0);
    f(18, word_at(-1), lex.lower, 0);
    f(19, lex.lower, word_at(1), 0);
    f(20, suffix3_at(-1), 0, 0);
    f(21, suffix3_at(1), 0, 0);
    f(22, shape_at(-1), lex.shape, shape_at(1));
    f(23, u64::from(lex.zipf / 5), u64::from(lex.upper), initial);
    f(24, t1, lex.suffix[2], 0);
    f(25, u64::from(lex.seen_lower), u64::from(lex.upper), initial);
    for (list, begins) in &lex.lists {
        f(26, *list as u64, u64::from(*begins), 0);
    }
    let classes = u64::from(lex.classes.0);
    f(28, classes, 0, 0);
    f(29, classes, t1, 0);
    f(30, classes, lex.suffix[1], 0);
    let classes_at = |k: isize| at(k).map_or(99, |j| u64::from(doc.lex[j].classes.0));
    f(31, classes, classes_at(1), 0);
    f(32, classes_at(-1), classes, 0);
    let cl = |j: usize, k: usize| u64::from(doc.lex[j].clusters[k]);
    for k in 0..3 {
        f(33 + k as u32, cl(i, k), 0, 0);
    }
    f(36, cl(i, 1), t1, 0);
    f(37, at(-1).map_or(9999, |j| cl(j, 1)), cl(i, 1), 0);
    f(38, cl(i, 1), at(1).map_or(9999, |j| cl(j, 1)), 0);
    f(39, cl(i, 2), u64::from(lex.upper), initial);
    if let Some(j) = at(1) {
        for (list, _) in &doc.lex[j].lists {
            f(27, *list as u64, 0, 0);
        }
    }
    if let Some(fp) = first {
        let tag_at = |k: isize| at(k).map_or(0, |j| u64::from(fp.tags[j].0) + 1);
        f(40, tag_at(1), 0, 0);
        f(41, tag_at(1), tag_at(2), 0);
        f(42, tag_at(0), 0, 0);
        f(43, tag_at(-1), tag_at(0), tag_at(1));
        f(44, lex.lower, tag_at(1), 0);
        let other = fp.elsewhere[i].map_or(0, |t| u64::from(t.0) + 1);
        f(45, other, 0, 0);
        f(46, other, tag_at(0), 0);
        f(47, other, u64::from(lex.upper), initial);
    }
}

/// Tags `doc` with one model, reading `first` when it is the second pass.
fn run(model: &Model, fixed: &Fixed, doc: &Doc, first: Option<&FirstPass>) -> Vec<Tag> {
    let mut tags = vec![Tag::default(); doc.len()];
    let mut feats = Vec::with_capacity(60);
    let mut scores = vec![0.0; model.classes().max(1)];
    for s in &doc.sentences {
        let (mut p1, mut p2) = (Tag(u8::MAX), Tag(u8::MAX));
        for i in s.clone() {
            let t = match fixed.0.get(doc.word(i)) {
                Some(&t) => t,
                None => {
                    features(doc, i, p1, p2, first, &mut feats);
                    model.score_into(&feats, &mut scores);
                    Tag(best_of(&scores, |c| c < TAGS.len()) as u8)
                }
            };
            tags[i] = t;
            p2 = p1;
            p1 = t;
        }
    }
    tags
}

/// One model trained on `docs` (the second pass when `firsts` is given).
fn train_one(
    docs: &[&Doc],
    fixed: &Fixed,
    firsts: Option<&[FirstPass]>,
    epochs: usize,
    log: &mut impl FnMut(usize, f64),
) -> Model {
    let mut t = Trainer::new(TAGS.len());
    let mut order: Vec<usize> = (0..docs.len()).collect();
    let mut seed = 0x2545_f491_4f6c_dd1d;
    let mut feats = Vec::new();
    for epoch in 0..epochs {
        crate::perceptron::shuffle(&mut order, &mut seed);
        let (mut right, mut all) = (0usize, 0usize);
        for &d in &order {
            let doc = docs[d];
            let first = firsts.map(|f| &f[d]);
            for s in &doc.sentences {
                let (mut p1, mut p2) = (Tag(u8::MAX), Tag(u8::MAX));
                for i in s.clone() {
                    if let Some(&f) = fixed.0.get(doc.word(i)) {
                        p2 = p1;
                        p1 = f;
                        continue;
                    }
                    features(doc, i, p1, p2, first, &mut feats);
                    t.tick();
                    let guess = t.best(&feats, |_| true);
                    let truth = doc.tags[i].0 as usize;
                    t.update(&feats, truth, guess);
                    right += usize::from(guess == truth);
                    all += 1;
                    p2 = p1;
                    p1 = Tag(guess as u8);
                }
            }
        }
        log(epoch, right as f64 / all.max(1) as f64);
    }
    // Features seen three times or more (chosen on the tune documents).
    t.finish(3, 0.0)
}

impl Tagger {
    /// Tags every token of `doc`.
    pub fn tag(&self, doc: &mut Doc) {
        let first = run(&self.first, &self.fixed, doc, None);
        let fp = FirstPass::new(doc, first);
        doc.tags = run(&self.second, &self.fixed, doc, Some(&fp));
    }

    /// Trains on documents whose `tags` are gold; `epochs` passes in a
    /// fixed shuffled order. The second pass learns from first-pass tags
    /// of documents the first pass did not learn from (five folds), so it
    /// learns how far to trust them. `log` gets each epoch's accuracy.
    /// Also returns each document's tags from the first-pass model that did
    /// not learn from it, for training the parser on tags as they come
    /// out when drafting, mistakes included.
    pub fn train(
        docs: &[Doc],
        epochs: usize,
        mut log: impl FnMut(usize, f64),
    ) -> (Tagger, Vec<Vec<Tag>>) {
        let all: Vec<&Doc> = docs.iter().collect();
        let fixed = Fixed::learn(&all);
        let first = train_one(&all, &fixed, None, epochs, &mut log);
        const FOLDS: usize = 5;
        let mut firsts: Vec<Option<FirstPass>> = (0..docs.len()).map(|_| None).collect();
        for k in 0..FOLDS {
            let train: Vec<&Doc> = all
                .iter()
                .enumerate()
                .filter(|(i, _)| i % FOLDS != k)
                .map(|(_, d)| *d)
                .collect();
            let m = train_one(&train, &fixed, None, epochs, &mut |_, _| {});
            for (i, d) in all.iter().enumerate().filter(|(i, _)| i % FOLDS == k) {
                firsts[i] = Some(FirstPass::new(d, run(&m, &fixed, d, None)));
            }
        }
        let firsts: Vec<FirstPass> = firsts.into_iter().flatten().collect();
        let second = train_one(&all, &fixed, Some(&firsts), epochs, &mut log);
        let held_out = firsts.into_iter().map(|f| f.tags).collect();
        (
            Tagger {
                first,
                second,
                fixed,
            },
            held_out,
        )
    }
}

//! The name tagger: an averaged perceptron (Collins 2002) that tags each
//! token O, B-X or I-X for X in PER, ORG, LOC, left to right, reading the
//! token, its neighbours, their shapes, where the sentence starts, whether
//! the document also writes the word in lower case, and the two tags before
//! it. Trained on the GUM documents outside the development set
//! (`fx-draft train`); the weights are `model/names.bin`.
//!
//! Features are hashed to 32 bits (FNV-1a), so the model is a table from
//! hash to seven weights. On disk: "FXTAG1", the scale (f32), the count
//! (u32), then per feature its hash (u32) and seven i16 weights, all
//! little-endian.

use std::collections::{HashMap, HashSet};

use crate::gum::{Label, Named};
use crate::tokens::Token;

/// The tags, in weight order.
pub const TAGS: usize = 7;
const O: usize = 0;

fn tag_label(tag: usize) -> Option<(bool, Label)> {
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

fn tag_of(begin: bool, label: Label) -> usize {
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

const TAG_NAMES: [&str; TAGS] = ["O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC"];

/// Whether `tag` may follow `prev` (I-X only inside an X).
fn allowed(prev: usize, tag: usize) -> bool {
    match tag_label(tag) {
        Some((false, label)) => tag_label(prev).is_some_and(|(_, l)| l == label),
        _ => true,
    }
}

fn fnv(parts: &[&[u8]]) -> u32 {
    let mut h: u32 = 0x811c_9dc5;
    for (i, part) in parts.iter().enumerate() {
        if i > 0 {
            h ^= 0x1f;
            h = h.wrapping_mul(0x0100_0193);
        }
        for b in *part {
            h ^= u32::from(*b);
            h = h.wrapping_mul(0x0100_0193);
        }
    }
    h
}

/// A word's shape: runs of X, x, d and other characters, runs capped at two.
fn shape(word: &str) -> String {
    let mut out = String::new();
    let mut last = ' ';
    let mut run = 0;
    for c in word.chars() {
        let s = if c.is_uppercase() {
            'X'
        } else if c.is_lowercase() {
            'x'
        } else if c.is_ascii_digit() {
            'd'
        } else if c.is_alphabetic() {
            'a'
        } else {
            c
        };
        if s == last {
            run += 1;
            if run > 2 {
                continue;
            }
        } else {
            run = 1;
            last = s;
        }
        out.push(s);
    }
    out
}

/// What the features of one document need, computed once.
pub struct Prepared<'a> {
    text: &'a str,
    tokens: &'a [Token],
    lower: Vec<String>,
    shapes: Vec<String>,
    /// Lower-case forms the document writes in lower case somewhere.
    seen_lower: HashSet<String>,
    /// The word lists each token is in (see [`crate::lists`]).
    listed: Vec<Vec<(crate::lists::List, bool)>>,
}

impl<'a> Prepared<'a> {
    pub fn new(text: &'a str, tokens: &'a [Token]) -> Prepared<'a> {
        let words: Vec<&str> = tokens.iter().map(|t| t.text(text)).collect();
        let lower: Vec<String> = words.iter().map(|w| w.to_lowercase()).collect();
        let shapes = words.iter().map(|w| shape(w)).collect();
        let seen_lower = words
            .iter()
            .zip(&lower)
            .filter(|(w, l)| *w == l && w.chars().any(char::is_alphabetic))
            .map(|(_, l)| l.clone())
            .collect();
        let listed = crate::lists::Lists::get().matches(text, tokens);
        Prepared {
            text,
            tokens,
            lower,
            shapes,
            seen_lower,
            listed,
        }
    }

    fn word(&self, i: usize) -> &str {
        self.tokens[i].text(self.text)
    }

    fn sentence_start(&self, i: usize) -> bool {
        if i == 0 || self.tokens[i].line_start {
            return true;
        }
        let mut j = i;
        while j > 0 {
            j -= 1;
            match self.word(j) {
                "." | "!" | "?" | "…" => return true,
                "\"" | "“" | "‘" | "'" | "(" | "[" | "—" | "–" | "-" | ":" => {
                    if self.tokens[j].line_start {
                        return true;
                    }
                    continue;
                }
                _ => return false,
            }
        }
        true
    }

    /// The feature hashes of token `i` after the tags `p1` (just before)
    /// and `p2`.
    pub fn features(&self, i: usize, p1: usize, p2: usize, out: &mut Vec<u32>) {
        out.clear();
        let n = self.tokens.len();
        let w = self.word(i);
        let lw = self.lower[i].as_str();
        let get = |k: isize| -> (&str, &str) {
            let j = i as isize + k;
            if j < 0 {
                ("<s>", "<s>")
            } else if j as usize >= n {
                ("</s>", "</s>")
            } else {
                (
                    self.lower[j as usize].as_str(),
                    self.shapes[j as usize].as_str(),
                )
            }
        };
        let chars: Vec<char> = lw.chars().collect();
        let suffix = |k: usize| {
            chars[chars.len().saturating_sub(k)..]
                .iter()
                .collect::<String>()
        };
        let prefix = |k: usize| chars[..k.min(chars.len())].iter().collect::<String>();
        let first_upper = w.chars().next().is_some_and(char::is_uppercase);
        let sent = self.sentence_start(i);
        let t1 = TAG_NAMES[p1].as_bytes();
        let t2 = TAG_NAMES[p2].as_bytes();
        let mut f = |parts: &[&[u8]]| out.push(fnv(parts));
        f(&[b"bias"]);
        f(&[b"w", lw.as_bytes()]);
        f(&[b"s", self.shapes[i].as_bytes()]);
        f(&[b"suf3", suffix(3).as_bytes()]);
        f(&[b"suf2", suffix(2).as_bytes()]);
        f(&[b"pre3", prefix(3).as_bytes()]);
        f(&[b"t1", t1]);
        f(&[b"t12", t1, t2]);
        f(&[b"t1w", t1, lw.as_bytes()]);
        f(&[b"t1s", t1, self.shapes[i].as_bytes()]);
        f(&[
            b"sent",
            if sent { b"1" } else { b"0" },
            self.shapes[i].as_bytes(),
        ]);
        let z = crate::lists::zipf(lw).map_or(0, |z| z / 5);
        f(&[
            b"zipf",
            &[z],
            if first_upper { b"U" } else { b"l" },
            if sent { b"1" } else { b"0" },
        ]);
        if first_upper && self.seen_lower.contains(lw) {
            f(&[b"seenlower", if sent { b"1" } else { b"0" }]);
        }
        let (pw, ps) = get(-1);
        let (nw, ns) = get(1);
        let (pw2, ps2) = get(-2);
        let (nw2, ns2) = get(2);
        f(&[b"pw", pw.as_bytes()]);
        f(&[b"nw", nw.as_bytes()]);
        f(&[b"pw2", pw2.as_bytes()]);
        f(&[b"nw2", nw2.as_bytes()]);
        f(&[b"ps", ps.as_bytes()]);
        f(&[b"ns", ns.as_bytes()]);
        f(&[b"ps2", ps2.as_bytes()]);
        f(&[b"ns2", ns2.as_bytes()]);
        f(&[b"pw_w", pw.as_bytes(), lw.as_bytes()]);
        f(&[b"w_nw", lw.as_bytes(), nw.as_bytes()]);
        f(&[
            b"ps_s_ns",
            ps.as_bytes(),
            self.shapes[i].as_bytes(),
            ns.as_bytes(),
        ]);
        f(&[b"t1pw", t1, pw.as_bytes()]);
        for (list, begins) in &self.listed[i] {
            let b: &[u8] = if *begins { b"B" } else { b"I" };
            f(&[b"list", list.name(), b]);
            f(&[b"list_t1", list.name(), b, t1]);
        }
        let listed_at = |k: isize| -> Option<&[u8]> {
            let j = i as isize + k;
            (j >= 0 && (j as usize) < n)
                .then(|| self.listed[j as usize].first().map(|(l, _)| l.name()))
                .flatten()
        };
        if let Some(l) = listed_at(1) {
            f(&[b"nlist", l]);
        }
        if let Some(l) = listed_at(-1) {
            f(&[b"plist", l]);
        }
    }
}

/// The learned weights.
#[derive(Default)]
pub struct Model {
    weights: HashMap<u32, [f32; TAGS]>,
}

impl Model {
    fn scores(&self, feats: &[u32]) -> [f32; TAGS] {
        let mut s = [0.0f32; TAGS];
        for f in feats {
            if let Some(w) = self.weights.get(f) {
                for t in 0..TAGS {
                    s[t] += w[t];
                }
            }
        }
        s
    }

    /// Tags the tokens of one document, left to right.
    pub fn tag(&self, doc: &Prepared) -> Vec<usize> {
        let mut tags = Vec::with_capacity(doc.tokens.len());
        let mut feats = Vec::new();
        let (mut p1, mut p2) = (O, O);
        for i in 0..doc.tokens.len() {
            doc.features(i, p1, p2, &mut feats);
            let s = self.scores(&feats);
            let best =
                (0..TAGS)
                    .filter(|&t| allowed(p1, t))
                    .fold(O, |b, t| if s[t] > s[b] { t } else { b });
            tags.push(best);
            p2 = p1;
            p1 = best;
        }
        tags
    }

    /// The named spans the model finds in `text`, then made consistent
    /// across the document: a name found once is a name wherever the same
    /// words stand untagged, and a person's surname alone is that person.
    pub fn names(&self, text: &str, tokens: &[Token]) -> Vec<Named> {
        let prepared = Prepared::new(text, tokens);
        let mut tags = self.tag(&prepared);
        propagate(text, tokens, &mut tags);
        join_split_people(text, tokens, &mut tags);
        spans(tokens, &tags)
    }

    /// The weights as bytes (the format in the module documentation).
    pub fn to_bytes(&self) -> Vec<u8> {
        let max = self
            .weights
            .values()
            .flat_map(|w| w.iter())
            .fold(0.0f32, |m, w| m.max(w.abs()));
        let scale = if max > 0.0 { max / 32767.0 } else { 1.0 };
        let mut keys: Vec<u32> = self.weights.keys().copied().collect();
        fact_explorer_core::sort::sort_by_key(&mut keys, |k| *k);
        let mut out = b"FXTAG1".to_vec();
        out.extend_from_slice(&scale.to_le_bytes());
        let kept: Vec<(u32, [i16; TAGS])> = keys
            .iter()
            .filter_map(|k| {
                let q = self.weights[k].map(|w| (w / scale).round() as i16);
                q.iter().any(|&v| v != 0).then_some((*k, q))
            })
            .collect();
        out.extend_from_slice(&(kept.len() as u32).to_le_bytes());
        for (k, q) in kept {
            out.extend_from_slice(&k.to_le_bytes());
            for v in q {
                out.extend_from_slice(&v.to_le_bytes());
            }
        }
        out
    }

    /// Reads weights written by [`Model::to_bytes`].
    pub fn from_bytes(bytes: &[u8]) -> Result<Model, String> {
        let bad = || "not a tagger model (FXTAG1)".to_string();
        if bytes.len() < 14 || &bytes[..6] != b"FXTAG1" {
            return Err(bad());
        }
        let scale = f32::from_le_bytes(bytes[6..10].try_into().map_err(|_| bad())?);
        let count = u32::from_le_bytes(bytes[10..14].try_into().map_err(|_| bad())?) as usize;
        let record = 4 + 2 * TAGS;
        if bytes.len() != 14 + count * record {
            return Err(bad());
        }
        let mut weights = HashMap::with_capacity(count);
        for r in bytes[14..].chunks_exact(record) {
            let key = u32::from_le_bytes([r[0], r[1], r[2], r[3]]);
            let mut w = [0.0f32; TAGS];
            for (t, x) in w.iter_mut().enumerate() {
                *x = f32::from(i16::from_le_bytes([r[4 + 2 * t], r[5 + 2 * t]])) * scale;
            }
            weights.insert(key, w);
        }
        Ok(Model { weights })
    }
}

/// Tags untagged occurrences of names found elsewhere in the document
/// (longest first), and a multi-word person's last word standing alone.
fn propagate(text: &str, tokens: &[Token], tags: &mut [usize]) {
    let found = spans(tokens, tags);
    let mut names: Vec<(Vec<&str>, Label)> = Vec::new();
    let mut seen: HashSet<Vec<&str>> = HashSet::new();
    // The first occurrence of a name decides its label: a later copy would
    // find every place already tagged.
    fn push<'a>(
        words: Vec<&'a str>,
        label: Label,
        seen: &mut HashSet<Vec<&'a str>>,
        names: &mut Vec<(Vec<&'a str>, Label)>,
    ) {
        if seen.insert(words.clone()) {
            names.push((words, label));
        }
    }
    for n in &found {
        let words: Vec<&str> = crate::tokens::within(tokens, n.start, n.end)
            .iter()
            .map(|t| t.text(text))
            .collect();
        if words.len() > 1 && n.label == Label::Per {
            if let Some(last) = words.last() {
                push(vec![*last], Label::Per, &mut seen, &mut names);
            }
        }
        push(words, n.label, &mut seen, &mut names);
    }
    // Longest first, so "New York City" wins over "New York".
    fact_explorer_core::sort::sort_by_key(&mut names, |(w, _)| std::cmp::Reverse(w.len()));
    // Where each word stands, so a name is looked for only where its first
    // word is (linear in the document, not names × tokens).
    let mut at: HashMap<&str, Vec<usize>> = HashMap::new();
    for (i, t) in tokens.iter().enumerate() {
        at.entry(t.text(text)).or_default().push(i);
    }
    for (words, label) in &names {
        if words.is_empty() || !words[0].chars().next().is_some_and(char::is_uppercase) {
            continue;
        }
        let n = words.len();
        let mut next = 0;
        for &i in at.get(words[0]).map_or(&[][..], Vec::as_slice) {
            if i < next || i + n > tokens.len() {
                continue;
            }
            let free = tags[i..i + n].iter().all(|&t| t == O)
                && (i + n == tokens.len() || tag_label(tags[i + n]).is_none_or(|(b, _)| b));
            if free && (0..n).all(|k| tokens[i + k].text(text) == words[k]) {
                for k in 0..n {
                    tags[i + k] = tag_of(k == 0, *label);
                }
                next = i + n;
            }
        }
    }
}

/// "Larry" and "Fink" tagged as two people side by side (a sentence's
/// first words): one person, "Larry Fink".
fn join_split_people(text: &str, tokens: &[Token], tags: &mut [usize]) {
    let word = |t: &Token| {
        let w = t.text(text);
        w.chars().next().is_some_and(char::is_uppercase) && w.chars().all(char::is_alphabetic)
    };
    for i in 1..tokens.len() {
        let (a, b) = (tokens[i - 1], tokens[i]);
        // A one-word person ("Larry") right before another ("Fink").
        let alone = tags[i - 1] == tag_of(true, Label::Per);
        if alone
            && tags[i] == tag_of(true, Label::Per)
            && word(&a)
            && word(&b)
            && text.get(a.end..b.start) == Some(" ")
        {
            tags[i] = tag_of(false, Label::Per);
        }
    }
}

/// BIO tags to spans.
pub fn spans(tokens: &[Token], tags: &[usize]) -> Vec<Named> {
    let mut out: Vec<Named> = Vec::new();
    for (tok, &tag) in tokens.iter().zip(tags) {
        match tag_label(tag) {
            Some((true, label)) => out.push(Named {
                start: tok.start,
                end: tok.end,
                label,
            }),
            Some((false, label)) => match out.last_mut() {
                // A name never runs over a line break.
                Some(last) if last.label == label && !tok.line_start => last.end = tok.end,
                _ => out.push(Named {
                    start: tok.start,
                    end: tok.end,
                    label,
                }),
            },
            None => {}
        }
    }
    out
}

/// The gold tags of `tokens` for the names `names` (a token inside a name
/// takes its label; the first token of each name is B).
pub fn gold_tags(tokens: &[Token], names: &[Named]) -> Vec<usize> {
    let mut tags = vec![O; tokens.len()];
    for n in names {
        let first = tokens.partition_point(|t| t.start < n.start);
        let inside = crate::tokens::within(tokens, n.start, n.end).len();
        for (k, tag) in tags[first..first + inside].iter_mut().enumerate() {
            *tag = tag_of(k == 0, n.label);
        }
    }
    tags
}

/// Averaged-perceptron training over documents given as (text, tokens,
/// gold tags). Deterministic: the documents are visited in a fixed shuffled
/// order per epoch.
#[allow(clippy::needless_range_loop)] // a token's features read its neighbours too
pub fn train(
    docs: &[(&str, Vec<Token>, Vec<usize>)],
    epochs: usize,
    mut log: impl FnMut(usize, f64),
) -> Model {
    let mut weights: HashMap<u32, [f32; TAGS]> = HashMap::new();
    let mut totals: HashMap<u32, [f64; TAGS]> = HashMap::new();
    let mut stamps: HashMap<u32, [u64; TAGS]> = HashMap::new();
    let mut step: u64 = 0;
    let mut order: Vec<usize> = (0..docs.len()).collect();
    let mut seed: u64 = 0x2545_f491_4f6c_dd1d;
    let mut feats = Vec::new();
    for epoch in 0..epochs {
        // Fisher-Yates with a fixed xorshift.
        for i in (1..order.len()).rev() {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            order.swap(i, (seed % (i as u64 + 1)) as usize);
        }
        let (mut right, mut all) = (0usize, 0usize);
        for &d in &order {
            let (text, tokens, gold) = &docs[d];
            let prepared = Prepared::new(text, tokens);
            let (mut p1, mut p2) = (O, O);
            for i in 0..tokens.len() {
                step += 1;
                prepared.features(i, p1, p2, &mut feats);
                let mut s = [0.0f32; TAGS];
                for f in &feats {
                    if let Some(w) = weights.get(f) {
                        for t in 0..TAGS {
                            s[t] += w[t];
                        }
                    }
                }
                let guess =
                    (0..TAGS)
                        .filter(|&t| allowed(p1, t))
                        .fold(O, |b, t| if s[t] > s[b] { t } else { b });
                let truth = gold[i];
                if guess != truth {
                    for f in &feats {
                        let w = weights.entry(*f).or_insert([0.0; TAGS]);
                        let tot = totals.entry(*f).or_insert([0.0; TAGS]);
                        let st = stamps.entry(*f).or_insert([0; TAGS]);
                        for (t, delta) in [(truth, 1.0f32), (guess, -1.0f32)] {
                            tot[t] += f64::from(w[t]) * (step - st[t]) as f64;
                            st[t] = step;
                            w[t] += delta;
                        }
                    }
                } else {
                    right += 1;
                }
                all += 1;
                p2 = p1;
                p1 = guess;
            }
        }
        log(epoch, right as f64 / all.max(1) as f64);
    }
    // Average.
    let mut averaged = HashMap::with_capacity(weights.len());
    for (f, w) in &weights {
        let tot = totals.get(f).copied().unwrap_or([0.0; TAGS]);
        let st = stamps.get(f).copied().unwrap_or([0; TAGS]);
        let mut a = [0.0f32; TAGS];
        for t in 0..TAGS {
            let sum = tot[t] + f64::from(w[t]) * (step - st[t]) as f64;
            a[t] = (sum / step as f64) as f32;
        }
        averaged.insert(*f, a);
    }
    Model { weights: averaged }
}

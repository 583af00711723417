//! The dependency parser: a greedy transition-based parser (arc-hybrid,
//! Kuhlmann, Gómez-Rodríguez and Satta 2011) whose moves an averaged
//! perceptron chooses, trained with a dynamic oracle (Goldberg and Nivre
//! 2013), as in Honnibal's "Parsing English in 500 lines"; then a second
//! perceptron labels each arc with its relation, reading the whole tree
//! (the preposition a noun takes, whether its head is passive, the
//! relation of the head). Linear in the sentence: two moves a token, a
//! fixed number of features a move. Punctuation is then re-hung by the
//! treebank's own rule ([`crate::punct`]), which the moves learn poorly.
//!
//! Trained on GUM's gold trees outside its news documents.

use crate::doc::Doc;
use crate::labels::{Dep, DEPS};
use crate::perceptron::{best_of, hash_str, Feature, Hasher, Model, Trainer};

/// The parser's weights: moves and labels.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Parser {
    pub moves: Model,
    pub labels: Model,
}

const SHIFT: usize = 0;
const RIGHT: usize = 1;
const LEFT: usize = 2;
const MOVES: usize = 3;

/// A parse in progress over one sentence of `n` tokens (local indexes;
/// `n` is the root, always last in the buffer).
struct State {
    n: usize,
    stack: Vec<usize>,
    /// The first token of the buffer.
    b: usize,
    heads: Vec<Option<usize>>,
    /// Each token's two leftmost children (nearest the left edge first)
    /// and how many it has on the left.
    lefts: Vec<[Option<usize>; 2]>,
    nlefts: Vec<u8>,
    /// Each token's two rightmost children (rightmost first) and how many
    /// it has on the right.
    rights: Vec<[Option<usize>; 2]>,
    nrights: Vec<u8>,
}

impl State {
    fn new(n: usize) -> State {
        State {
            n,
            stack: Vec::new(),
            b: 0,
            heads: vec![None; n + 1],
            lefts: vec![[None; 2]; n + 1],
            nlefts: vec![0; n + 1],
            rights: vec![[None; 2]; n + 1],
            nrights: vec![0; n + 1],
        }
    }

    fn done(&self) -> bool {
        self.b >= self.n && self.stack.is_empty()
    }

    fn valid(&self, m: usize) -> bool {
        match m {
            SHIFT => self.b < self.n,
            RIGHT => self.stack.len() >= 2,
            // Onto the root only the last word standing: one root.
            LEFT => !self.stack.is_empty() && (self.b < self.n || self.stack.len() == 1),
            _ => false,
        }
    }

    fn apply(&mut self, m: usize) {
        match m {
            SHIFT => {
                self.stack.push(self.b);
                self.b += 1;
            }
            RIGHT => {
                let d = self.stack.pop().unwrap_or(0);
                let h = *self.stack.last().unwrap_or(&0);
                self.heads[d] = Some(h);
                // Right children arrive left to right: the newest is the rightmost.
                self.rights[h] = [Some(d), self.rights[h][0]];
                self.nrights[h] = self.nrights[h].saturating_add(1);
            }
            _ => {
                let d = self.stack.pop().unwrap_or(0);
                let h = self.b;
                self.heads[d] = Some(h);
                // Left children arrive right to left: the newest is the leftmost.
                self.lefts[h] = [Some(d), self.lefts[h][0]];
                self.nlefts[h] = self.nlefts[h].saturating_add(1);
            }
        }
    }

    /// How many gold arcs move `m` makes unreachable (`gold[i]` is token
    /// i's head, `n` for the root).
    fn cost(&self, m: usize, gold: &[usize]) -> usize {
        let in_buffer = |x: usize| x >= self.b && x <= self.n;
        match m {
            SHIFT => {
                let b = self.b;
                let deps_in_stack = self.stack.iter().filter(|&&x| gold[x] == b).count();
                let s0 = self.stack.last().copied();
                let head_in_stack = self.stack.iter().any(|&x| Some(x) != s0 && gold[b] == x);
                deps_in_stack + usize::from(head_in_stack)
            }
            RIGHT | LEFT => {
                let s0 = *self.stack.last().unwrap_or(&0);
                let deps_in_buffer = (self.b..self.n).filter(|&x| gold[x] == s0).count();
                let head = gold[s0];
                let lost_head = if m == RIGHT {
                    in_buffer(head)
                } else {
                    let s1 = self.stack.len().checked_sub(2).map(|k| self.stack[k]);
                    head != self.b && (Some(head) == s1 || (in_buffer(head) && head > self.b))
                };
                deps_in_buffer + usize::from(lost_head)
            }
            _ => usize::MAX,
        }
    }
}

/// Per-token values the features read, for one sentence (plus the root).
struct Context {
    word: Vec<u64>,
    tag: Vec<u64>,
    punct: Vec<bool>,
    /// Word-vector clusters, middle and fine granularity.
    mid: Vec<u64>,
    fine: Vec<u64>,
}

const NONE: u64 = 0x4e4f_4e45;

impl Context {
    fn new(doc: &Doc, range: std::ops::Range<usize>) -> Context {
        let mut word: Vec<u64> = range.clone().map(|i| doc.lex[i].lower).collect();
        let mut tag: Vec<u64> = range
            .clone()
            .map(|i| u64::from(doc.tags[i].0) + 1)
            .collect();
        let mut punct: Vec<bool> = range.clone().map(|i| doc.tags[i].is_punct()).collect();
        let mut mid: Vec<u64> = range
            .clone()
            .map(|i| u64::from(doc.lex[i].clusters[1]))
            .collect();
        let mut fine: Vec<u64> = range.map(|i| u64::from(doc.lex[i].clusters[2])).collect();
        word.push(hash_str("<root>"));
        tag.push(999);
        punct.push(false);
        mid.push(9999);
        fine.push(9999);
        Context {
            word,
            tag,
            punct,
            mid,
            fine,
        }
    }
}

fn move_features(st: &State, c: &Context, out: &mut Vec<Feature>) {
    out.clear();
    let w = |x: Option<usize>| x.map_or(NONE, |i| c.word[i]);
    let t = |x: Option<usize>| x.map_or(NONE, |i| c.tag[i]);
    let depth = st.stack.len();
    let s0 = st.stack.last().copied();
    let s1 = depth.checked_sub(2).map(|k| st.stack[k]);
    let s2 = depth.checked_sub(3).map(|k| st.stack[k]);
    let b0 = (st.b <= st.n).then_some(st.b);
    let b1 = (st.b < st.n).then_some(st.b + 1);
    let b2 = (st.b + 1 < st.n).then_some(st.b + 2);
    let left = |x: Option<usize>, k: usize| x.and_then(|i| st.lefts[i][k]);
    let right = |x: Option<usize>, k: usize| x.and_then(|i| st.rights[i][k]);
    let s0l1 = left(s0, 0);
    let s0l2 = left(s0, 1);
    let s0r1 = right(s0, 0);
    let s0r2 = right(s0, 1);
    let b0l1 = left(b0, 0);
    let b0l2 = left(b0, 1);
    let s1r1 = right(s1, 0);
    let vl = |x: Option<usize>| x.map_or(0, |i| u64::from(st.nlefts[i].min(4)));
    let vr = |x: Option<usize>| x.map_or(0, |i| u64::from(st.nrights[i].min(4)));
    let dist = match (s0, b0) {
        (Some(a), Some(b)) => (b - a).min(5) as u64,
        _ => 0,
    };
    // Punctuation between s0 and b0.
    let commas = match (s0, b0) {
        (Some(a), Some(b)) => (a + 1..b.min(st.n).min(a + 30))
            .filter(|&i| c.punct[i])
            .take(2)
            .count() as u64,
        _ => 0,
    };
    let mut f = |k: u32, a: u64, b: u64, cc: u64| out.push(Hasher::f(k, a, b, cc));
    f(0, 0, 0, 0);
    let ctx = [
        s0, s1, s2, b0, b1, b2, s0l1, s0l2, s0r1, s0r2, b0l1, b0l2, s1r1,
    ];
    for (k, x) in ctx.iter().enumerate() {
        f(1 + k as u32, w(*x), 0, 0);
        f(20 + k as u32, t(*x), 0, 0);
    }
    for (k, x) in [s0, b0, b1, b2, s1].iter().enumerate() {
        f(40 + k as u32, w(*x), t(*x), 0);
    }
    f(50, w(s0), w(b0), 0);
    f(51, t(s0), t(b0), 0);
    f(52, w(s0), t(b0), 0);
    f(53, t(s0), w(b0), 0);
    f(54, Hasher::f(0, w(s0), t(s0), 0), w(b0), t(b0));
    f(55, t(b0), t(b1), 0);
    f(56, w(b0), w(b1), 0);
    f(57, w(s0), w(s1), 0);
    f(58, t(s0), t(s1), 0);
    f(59, w(s1), t(s0), t(b0));
    // Tag trigrams.
    f(60, t(b0), t(b1), t(b2));
    f(61, t(s0), t(b0), t(b1));
    f(62, t(s1), t(s0), t(b0));
    f(63, t(s0), t(s0r1), t(b0));
    f(64, t(s0), t(b0), t(b0l1));
    f(65, t(s0), t(s0l1), t(s0l2));
    f(66, t(s0), t(s0r1), t(s0r2));
    f(67, t(b0), t(b0l1), t(b0l2));
    f(68, t(s2), t(s1), t(s0));
    f(69, t(s1), t(s1r1), t(s0));
    // Valency.
    f(70, w(s0), vr(s0), 0);
    f(71, t(s0), vr(s0), 0);
    f(72, w(s0), vl(s0), 0);
    f(73, t(s0), vl(s0), 0);
    f(74, w(b0), vl(b0), 0);
    f(75, t(b0), vl(b0), 0);
    // Distance and punctuation between.
    f(80, w(s0), dist, 0);
    f(81, w(b0), dist, 0);
    f(82, t(s0), dist, 0);
    f(83, t(b0), dist, 0);
    f(84, t(s0), t(b0), dist);
    f(85, w(s0), w(b0), dist);
    f(86, t(s0), t(b0), commas);
    f(87, t(s0), commas, u64::from(depth.min(4) as u32));
    // Word-vector clusters, for words the treebank shows rarely.
    let m = |x: Option<usize>| x.map_or(NONE, |i| c.mid[i]);
    let fi = |x: Option<usize>| x.map_or(NONE, |i| c.fine[i]);
    for (k, x) in [s0, s1, b0, b1, s0l1, s0r1, b0l1].iter().enumerate() {
        f(90 + k as u32, m(*x), t(*x), 0);
        f(100 + k as u32, fi(*x), 0, 0);
    }
    f(110, m(s0), m(b0), 0);
    f(111, m(s0), t(s0), t(b0));
    f(112, t(s0), m(b0), t(b0));
    f(113, fi(s0), fi(b0), 0);
    f(114, m(s0), m(b0), dist);
}

/// Parses every sentence of `doc` (unlabelled), filling `heads`.
fn parse_moves(model: &Model, doc: &mut Doc) {
    let mut feats = Vec::with_capacity(100);
    let mut scores = vec![0.0; MOVES];
    for s in doc.sentences.clone() {
        match fronted_time(doc, &s) {
            // "On Friday Kohl is due to travel to Lviv": the clause after a
            // time put first with no comma is parsed on its own (the parse
            // of the whole had made "On" its root and the day the head of
            // what follows), and the time hung from its root.
            Some(clause) => {
                parse_range(model, doc, clause..s.end, &mut feats, &mut scores);
                let root = (clause..s.end).find(|&t| doc.heads[t].is_none());
                let day = (s.start..clause)
                    .find(|&t| is_time_word(doc, t))
                    .unwrap_or(s.start);
                for t in s.start..clause {
                    // ("Earlier" of "Earlier on Tuesday" is the root's too.)
                    let root_word = matches!(
                        doc.lower[t].as_str(),
                        "earlier" | "later" | "late" | "early"
                    );
                    doc.heads[t] = if t == day || root_word {
                        root
                    } else {
                        Some(day)
                    };
                }
            }
            None => parse_range(model, doc, s, &mut feats, &mut scores),
        }
    }
}

/// "…, but denied reports that Villa had made an offer": the parse may
/// hang a verb in the past tense from the noun after it as its adjective
/// (a past tense describes nothing). The verb takes the noun's place in
/// the tree, the noun its object.
fn repair_past_verb_as_modifier(doc: &mut Doc, s: std::ops::Range<usize>) {
    for t in s.start..s.end.saturating_sub(1) {
        let n = t + 1;
        if doc.tags[t].penn() != "VBD" || !doc.deps[t].is("amod") || doc.heads[t] != Some(n) {
            continue;
        }
        if !doc.tags[n].is_noun() || doc.tags[n].is_proper() {
            continue;
        }
        // (The words before it that hung from the noun are the verb's:
        // "but".)
        take_place(doc, s.start, t, n, "obj");
    }
}

/// `new` takes `old`'s place in the tree (its head and relation), `old`
/// hangs from it as `dep`, and the words from `from` up to `new` that hung
/// from `old` hang from `new`.
fn take_place(doc: &mut Doc, from: usize, new: usize, old: usize, dep: &str) {
    let (head, relation) = (doc.heads[old], doc.deps[old]);
    doc.heads[new] = head;
    doc.deps[new] = relation;
    hang(doc, old, new, dep);
    for k in from..new {
        if doc.heads[k] == Some(old) {
            doc.heads[k] = Some(new);
        }
    }
}

/// "Hilary Braysmith, USI associate professor": a name before two common
/// nouns modifies the phrase's head, as the treebank hangs a run of
/// modifiers (22 to 6 in GUM's trees outside the news), where the parse
/// may hang it from the modifier next to it (and the path from the
/// person to the body then goes through "associate"). Heads only: the
/// labeller reads the tree after.
fn repair_name_before_compound(doc: &mut Doc, s: std::ops::Range<usize>) {
    for t in s.start..s.end.saturating_sub(2) {
        let (m, n) = (t + 1, t + 2);
        if doc.tags[t].is_proper()
            && doc.tags[m].penn() == "NN"
            && matches!(doc.tags[n].penn(), "NN" | "NNS")
            && doc.heads[t] == Some(m)
            && doc.heads[m] == Some(n)
            && !(s.start..t).any(|k| doc.heads[k] == Some(t) && !doc.tags[k].is_proper())
        {
            doc.heads[t] = Some(n);
        }
    }
}

/// "Daimler shares fell after the group, which is based in Stuttgart,
/// said operating profit rose": past a relative clause set off by commas,
/// the verb after a noun that opens "after" (or "before", "since"…) is the
/// noun's own clause, not a modifier of it (the parse may hang "said"
/// from "group" as a participle). The verb takes the noun's place,
/// "after" becomes its mark and the noun its subject.
fn repair_clause_after_relative(doc: &mut Doc, s: std::ops::Range<usize>) {
    for v in s.clone() {
        if !matches!(doc.tags[v].penn(), "VBD" | "VBN")
            || s.clone()
                .any(|c| doc.heads[c] == Some(v) && doc.deps[c].is("nsubj"))
        {
            continue;
        }
        // (Hung from the noun, or beside it from the noun's head: "rose
        // after Siemens AG, which…, said" read as two clauses.)
        let Some(n) = (s.start..v).rev().find(|&n| {
            doc.deps[n].is("obl")
                && ((doc.heads[v] == Some(n) && doc.deps[v].is("acl"))
                    || (doc.heads[v].is_some()
                        && doc.heads[v] == doc.heads[n]
                        && ["parataxis", "conj", "ccomp", "advcl"]
                            .iter()
                            .any(|d| doc.deps[v].is(d))))
        }) else {
            continue;
        };
        let Some(case) = s.clone().find(|&c| {
            c < n
                && doc.heads[c] == Some(n)
                && matches!(
                    doc.lower[c].as_str(),
                    "after" | "before" | "since" | "until" | "because" | "when" | "while"
                )
        }) else {
            continue;
        };
        // The relative clause between, set off by commas on both sides.
        let Some(r) = s
            .clone()
            .find(|&r| r > n && r < v && doc.heads[r] == Some(n) && doc.deps[r].is("acl:relcl"))
        else {
            continue;
        };
        // (By heads: the children index is stale during the repairs.)
        let set_off = doc.word(n + 1) == ","
            && matches!(doc.lower[n + 2].as_str(), "which" | "who")
            && doc.word(v - 1) == ","
            && (n + 2..v - 1).all(|k| k == r || dominates(doc, r, k));
        // ("said to be", "announced by…": a participle of its own.)
        let own_clause = (v + 1 >= s.end || doc.lower[v + 1] != "to")
            && !s
                .clone()
                .any(|c| doc.heads[c] == Some(v) && doc.lower[c] == "by");
        if !set_off || !own_clause {
            continue;
        }
        let Some(head) = doc.heads[n] else { continue };
        hang(doc, v, head, "advcl");
        hang(doc, case, v, "mark");
        hang(doc, n, v, "nsubj");
    }
}

/// "U.S. Ambassador to the UN Madeleine Albright said…": a title, "to"
/// and a body's name run straight into the person's name (the parse may
/// make "Ambassador" the subject and the person a part of "UN", and
/// whatever she does is then no one's). The person's name (from a listed
/// given name after the body's first word) heads the phrase, the title
/// hangs from it and the body from the title. Heads only: the labeller
/// reads the tree after.
fn repair_title_to_body_before_name(doc: &mut Doc, s: std::ops::Range<usize>) {
    let given = |doc: &Doc, t: usize| {
        doc.lex[t]
            .lists
            .iter()
            .any(|&(l, first)| l == crate::lexicon::List::Given && first)
    };
    for k in s.start..s.end.saturating_sub(4) {
        let w = doc.word(k);
        let role = (doc.tags[k].is_proper() || doc.tags[k].penn() == "NN")
            && crate::lexicon::is_title(w)
            && !crate::lexicon::TITLE_WORDS.contains(&w)
            && !crate::lexicon::HONORIFICS.contains(&w);
        // ("to", or "of the": "CEO of the Refugee Council Enver Solomon";
        // "Secretary of State John Kerry" the parse reads well.)
        let the = doc.lower[k + 2] == "the";
        if !role || !(doc.lower[k + 1] == "to" || (doc.lower[k + 1] == "of" && the)) {
            continue;
        }
        let body = if the { k + 3 } else { k + 2 };
        let mut end = body;
        while end < s.end && doc.tags[end].is_proper() {
            end += 1;
        }
        // The person's given name, after at least one word of the body,
        // with one or two more names after it.
        // (Or, after "of the", the body's head word before two or three
        // words that end the run: "Council Enver Solomon".)
        let Some(g) = (body + 1..end.saturating_sub(1)).find(|&g| {
            given(doc, g)
                || (doc.lower[k + 1] == "of"
                    && crate::lexicon::ORG_HEADS.contains(&doc.word(g - 1))
                    && (2..=3).contains(&(end - g)))
        }) else {
            continue;
        };
        if end - g > 3 {
            continue;
        }
        // The phrase's start: the owner words before the title ("U.S.").
        let mut start = k;
        while start > s.start && doc.tags[start - 1].is_proper() {
            start -= 1;
        }
        let phrase = start..end;
        let attach = phrase
            .clone()
            .filter_map(|t| doc.heads[t])
            .find(|h| !phrase.contains(h));
        if attach.is_some_and(|h| phrase.clone().any(|x| dominates(doc, x, h))) {
            continue;
        }
        // Whatever else hung from a word of the phrase hangs from the name.
        for t in s.clone() {
            if !phrase.contains(&t) && doc.heads[t].is_some_and(|h| phrase.contains(&h)) {
                doc.heads[t] = Some(g);
            }
        }
        let body_head = g - 1;
        for t in phrase.clone() {
            doc.heads[t] = if t == g {
                attach
            } else if t > g || t == k {
                Some(g)
            } else if t < k || t == body_head {
                // (The owner words before the title, and the body.)
                Some(k)
            } else {
                Some(body_head)
            };
        }
    }
}

/// "a mining analyst at JB Were and Son in Melbourne": the parse may
/// hang a preposition with nothing under it beside the noun after it,
/// both from the word before ("at" a modifier of "analyst" of its own).
/// A preposition with no words of its own, hung from the head the phrase
/// right after it hangs from, is that phrase's.
fn repair_bare_preposition(doc: &mut Doc, s: std::ops::Range<usize>) {
    for t in s.start..s.end.saturating_sub(1) {
        // (Children from the heads: the index is built after the repairs.)
        if doc.tags[t].penn() != "IN" || s.clone().any(|c| doc.heads[c] == Some(t)) {
            continue;
        }
        // (Not the second word of one preposition: "according to".)
        let Some(h) = doc.heads[t].filter(|&h| {
            h < t
                && !doc.deps[t].is("fixed")
                && !(h + 1 == t
                    && matches!(
                        doc.lower[h].as_str(),
                        "according"
                            | "because"
                            | "instead"
                            | "out"
                            | "such"
                            | "ahead"
                            | "prior"
                            | "due"
                            | "rather"
                            | "apart"
                            | "close"
                            | "next"
                    ))
        }) else {
            continue;
        };
        // The phrase's head: the word after it, or what that hangs from
        // inside the phrase, up to the shared head.
        let mut p = t + 1;
        while let Some(u) = doc.heads[p].filter(|&u| u != h && u > t && u < s.end) {
            p = u;
        }
        // (A name's: "looked at yesterday" strands its preposition.)
        if doc.heads[p] == Some(h) && doc.tags[p].is_proper() {
            hang(doc, t, p, "case");
        }
    }
}

/// "That purchase needs the approval of the Garante per la
/// Radiodiffusione e l'Editoria, the broadcasting regulator in Rome": the
/// parse may hang a noun phrase after a name and its comma from the verb,
/// with no preposition of its own. A common noun with its article, set off
/// by a comma right after a name and running to the sentence's end (or
/// the next comma), hung from a verb with no preposition, explains the
/// name.
fn repair_apposition_read_as_oblique(doc: &mut Doc, s: std::ops::Range<usize>) {
    for n in s.clone() {
        let Some(v) = doc.heads[n] else {
            continue;
        };
        if !doc.tags[n].is_noun()
            || doc.tags[n].is_proper()
            || !doc.tags[v].is_verb()
            || v > n
            || !(doc.deps[n].is("obl") || doc.deps[n].is("obj"))
            || s.clone()
                .any(|c| doc.heads[c] == Some(n) && doc.deps[c].is("case"))
        {
            continue;
        }
        // Its phrase: from its article to the sentence's end or a comma.
        let start = (s.start..n)
            .find(|&t| dominates(doc, n, t) && !doc.tags[t].is_punct())
            .unwrap_or(n);
        if start < s.start + 2
            || doc.word(start - 1) != ","
            || !matches!(doc.lower[start].as_str(), "the" | "a" | "an")
            || (n + 1..s.end)
                .any(|t| dominates(doc, n, t) && (doc.word(t) == "," || doc.tags[t].is_verb()))
        {
            continue;
        }
        let after = (n + 1..s.end)
            .find(|&t| !dominates(doc, n, t))
            .unwrap_or(s.end);
        if after < s.end && !matches!(doc.word(after), "." | "," | "\"") {
            continue;
        }
        // The name before the comma: the highest word whose phrase ends
        // there.
        let mut m = start - 2;
        while let Some(h) = doc.heads[m].filter(|&h| h < start - 1 && doc.tags[h].is_proper()) {
            m = h;
        }
        if !doc.tags[m].is_proper() || !(m + 1..start - 1).all(|t| dominates(doc, m, t)) {
            continue;
        }
        hang(doc, n, m, "appos");
    }
}

/// "The WHO representative in Nigeria, Abdoulaye Diallo, said": the parse
/// may hang the name between the commas from the place that ends the
/// role's phrase (and its surname as the place's own word). A role noun
/// whose phrase ends at a comma, then a run of proper nouns and a second
/// comma: the run is a name in apposition to the role, its first word the
/// head.
fn repair_name_after_placed_role(doc: &mut Doc, s: std::ops::Range<usize>) {
    for r in s.clone() {
        if !doc.tags[r].is_noun()
            || doc.tags[r].is_proper()
            || !crate::lexicon::is_role(&doc.lemmas[r])
        {
            continue;
        }
        // The role's phrase runs from it to the first comma, with a
        // preposition and a name after it ("in Nigeria").
        let Some(c1) = (r + 1..s.end).find(|&t| doc.word(t) == ",") else {
            continue;
        };
        if c1 < r + 3
            || doc.tags[r + 1].penn() != "IN"
            || !(r + 1..c1).all(|t| dominates(doc, r, t))
        {
            continue;
        }
        let p = c1 + 1;
        let mut e = p;
        while e < s.end && doc.tags[e].is_proper() {
            e += 1;
        }
        // (A verb after the second comma: not a list of places, "the
        // leaders of France, Italy, Uzbekistan…".)
        if e == p || e - p > 4 || e + 1 >= s.end || doc.word(e) != "," || !doc.tags[e + 1].is_verb()
        {
            continue;
        }
        // (Only where the parse hung the name inside the role's phrase.)
        if !doc.heads[p].is_some_and(|h| h > r && h < c1) {
            continue;
        }
        hang(doc, p, r, "appos");
        for t in p + 1..e {
            hang(doc, t, p, "flat");
        }
        hang(doc, c1, p, "punct");
        hang(doc, e, p, "punct");
    }
}

/// "The WHO representative in Nigeria, Abdoulaye Diallo, said the agency
/// had recorded…": the parse may hang the verb of saying, with its
/// subject, from the verb of what was said as a clause of it. A verb of
/// saying with a subject of its own before it, hung from a later verb that
/// has its own subject after the verb of saying: the verb of saying takes
/// the later verb's place, and what was said is its complement.
fn repair_speech_verb_under_its_clause(doc: &mut Doc, s: std::ops::Range<usize>) {
    for v in s.clone() {
        let Some(x) = doc.heads[v] else {
            continue;
        };
        if x <= v
            || !doc.deps[v].is("advcl")
            || !doc.tags[v].is_verb()
            || !crate::lexicon::SPEECH_VERBS.contains(&doc.lemmas[v].as_str())
            || !s
                .clone()
                .any(|c| c < v && doc.heads[c] == Some(v) && doc.deps[c].is("nsubj"))
            || !(v + 1..x).any(|c| doc.heads[c] == Some(x) && doc.deps[c].is("nsubj"))
            || (v + 1..x).any(|c| doc.word(c) == "," || doc.tags[c].penn() == "IN")
        {
            continue;
        }
        // (What hung from the clause before the verb of saying is its.)
        take_place(doc, s.start, v, x, "ccomp");
    }
}

/// "The deal was announced at a news conference in Madrid by BA chairman
/// Colin Marshall": the parse may hang the passive's agent from the noun
/// before it. A phrase with "by" hung from a noun inside an oblique of a
/// passive verb that has no agent, naming a person (a name, or a role
/// with a name in apposition), is the verb's agent.
fn repair_agent_read_as_modifier(doc: &mut Doc, s: std::ops::Range<usize>) {
    for n in s.clone() {
        let Some(h) = doc.heads[n] else {
            continue;
        };
        let by = s
            .clone()
            .any(|c| doc.heads[c] == Some(n) && doc.lower[c] == "by" && c < n);
        if !by || !doc.tags[h].is_noun() || h > n {
            continue;
        }
        // The passive verb above the noun, through obliques and their
        // modifiers only.
        let mut v = h;
        while let Some(u) = doc.heads[v].filter(|_| doc.deps[v].is("obl") || doc.deps[v].is("nmod"))
        {
            v = u;
            if doc.tags[v].is_verb() {
                break;
            }
        }
        let passive = doc.tags[v].penn() == "VBN"
            && s.clone()
                .any(|c| doc.heads[c] == Some(v) && doc.deps[c].is("aux:pass"));
        let agent = s
            .clone()
            .any(|c| doc.heads[c] == Some(v) && doc.deps[c].is("obl:agent"));
        let person = doc.tags[n].is_proper()
            || (crate::lexicon::is_role(&doc.lemmas[n])
                && s.clone().any(|c| {
                    doc.heads[c] == Some(n) && doc.deps[c].is("appos") && doc.tags[c].is_proper()
                }));
        if v == h || !passive || agent || !person {
            continue;
        }
        hang(doc, n, v, "obl:agent");
    }
}

/// "…treasurer at the Andy Warhol Foundation, said": a preposition (and
/// its article) before a run of capitalised words that ends the phrase
/// hangs from the run's head; the parse may hang both from the verb after
/// the run, and take a word of the name for a false start
/// ("reparandum", which news has none of).
fn repair_preposition_before_name(doc: &mut Doc, s: std::ops::Range<usize>) {
    for c in s.clone() {
        if !doc.deps[c].is("case") || doc.tags[c].penn() != "IN" {
            continue;
        }
        let det = (c + 1 < s.end && doc.tags[c + 1].penn() == "DT").then_some(c + 1);
        let j = det.map_or(c + 1, |d| d + 1);
        let mut e = j;
        while e < s.end && doc.tags[e].is_proper() {
            e += 1;
        }
        // The run ends the phrase: punctuation, a verb, a conjunction or
        // the sentence's end after it (not "'s", nor a noun it modifies).
        // (A finite verb after it makes the run a clause's subject and the
        // word before it the clause's mark: "after Clinton won".)
        let ends = e == s.end || matches!(doc.tags[e].penn(), "," | "." | ":" | "CC" | "IN" | "TO");
        if e == j || !ends {
            continue;
        }
        let run = j..e;
        for t in run.clone() {
            if doc.deps[t].is("reparandum") {
                doc.deps[t] = crate::labels::Dep::named("flat");
            }
        }
        let Some(r) = run
            .clone()
            .find(|&t| doc.heads[t].is_none_or(|h| !run.contains(&h)))
        else {
            continue;
        };
        // (Only where the parse hung it past the run, from a word after
        // it: across its own object.)
        if doc.heads[c].is_none_or(|h| h < e) || doc.deps[r].is("nsubj") {
            continue;
        }
        doc.heads[c] = Some(r);
        if let Some(d) = det.filter(|&d| doc.heads[d].is_none_or(|h| !run.contains(&h))) {
            hang(doc, d, r, "det");
        }
    }
}

/// "Krajisnik, who met U.S. envoy John Kornblum in Pale on Sunday, told
/// Reuters the Serb Republic would never give up the town": after a name
/// and its relative clause set off by commas, a verb of saying with no
/// subject of its own is the name's, and the clause the parse made the
/// sentence's root (with the name as its subject) is what was said, with
/// the noun right before its auxiliaries as its subject.
fn repair_speaker_after_relative(doc: &mut Doc, s: std::ops::Range<usize>) {
    for n in s.clone() {
        if n + 2 >= s.end || !doc.deps[n].is("nsubj") || doc.word(n + 1) != "," {
            continue;
        }
        let Some(w) = doc.heads[n].filter(|&w| w > n && doc.tags[w].is_verb()) else {
            continue;
        };
        if !matches!(doc.lower[n + 2].as_str(), "who" | "which") {
            continue;
        }
        let Some(r) = (n + 2..w).find(|&r| doc.heads[r] == Some(n) && doc.deps[r].is("acl:relcl"))
        else {
            continue;
        };
        // The comma that closes the clause, and the verb right after it.
        let Some(c) = (r + 1..w).find(|&c| doc.word(c) == "," && !dominates(doc, r, c + 1)) else {
            continue;
        };
        let v = c + 1;
        if v >= w
            || !(n + 2..c).all(|k| k == r || dominates(doc, r, k) || doc.word(k) == ",")
            || !matches!(doc.tags[v].penn(), "VBD" | "VBZ" | "VBP")
            || !crate::lexicon::SPEECH_VERBS.contains(&doc.lemmas[v].as_str())
            || s.clone()
                .any(|k| doc.heads[k] == Some(v) && doc.deps[k].is("nsubj"))
        {
            continue;
        }
        // The said clause's own subject: the noun right before its
        // auxiliaries and adverbs.
        let mut k = w;
        while k > v + 1
            && (matches!(doc.tags[k - 1].penn(), "MD" | "RB")
                || (doc.tags[k - 1].is_verb() && doc.deps[k - 1].is("aux")))
        {
            k -= 1;
        }
        let Some(subject) = k
            .checked_sub(1)
            .filter(|&t| t > v + 1 && doc.tags[t].is_noun())
        else {
            continue;
        };
        let (head, dep) = (doc.heads[w], doc.deps[w]);
        doc.heads[v] = head;
        doc.deps[v] = dep;
        hang(doc, w, v, "ccomp");
        hang(doc, n, v, "nsubj");
        hang(doc, subject, w, "nsubj");
    }
}

/// "Chirac will visit Beijing next month", "would visit New York next
/// week", "met Yeltsin last year in Moscow": a time with no preposition
/// ("next week", "last year", "Tuesday") is when the verb's deed is, not a
/// second object, nor the head of the name before it, nor the head of the
/// place after it.
fn repair_bare_time(doc: &mut Doc, s: std::ops::Range<usize>) {
    for t in s.clone() {
        if !is_time_word(doc, t) || has_case(doc, &s, t) {
            continue;
        }
        // ("next week", or a day or a month alone.)
        let modifier = s.clone().find(|&m| {
            m < t
                && doc.heads[m] == Some(t)
                && matches!(
                    doc.lower[m].as_str(),
                    "next" | "last" | "this" | "coming" | "previous" | "following"
                )
        });
        // (Or hung from the place the verb's phrase ends in: "to fly to
        // Bonn next week to meet…", "next week" under "Bonn".)
        if let Some(p) = doc.heads[t].filter(|&p| {
            modifier.is_some()
                && p < t
                && doc.tags[p].is_proper()
                && doc.deps[t].is("nmod:unmarked")
                && has_case(doc, &s, p)
        }) {
            if let Some(v) = doc.heads[p].filter(|&v| v < p && doc.tags[v].is_verb()) {
                hang(doc, t, v, "obl:unmarked");
            }
        }
        let Some(v) = doc.heads[t].filter(|&v| v < t && doc.tags[v].is_verb()) else {
            continue;
        };
        if modifier.is_none() && !crate::lexicon::is_day_or_month(doc.word(t)) {
            continue;
        }
        let first = modifier.unwrap_or(t);
        let name = s
            .clone()
            .rev()
            .find(|&p| p < first && doc.heads[p] == Some(t) && doc.tags[p].is_proper());
        let other_object = s
            .clone()
            .any(|o| o != t && doc.heads[o] == Some(v) && doc.deps[o].is("obj"));
        if let Some(p) = name.filter(|_| doc.deps[t].is("obj")) {
            // The name before the time is the object.
            hang(doc, p, v, "obj");
            hang(doc, t, v, "obl:unmarked");
        } else if doc.deps[t].is("obj") && (other_object || modifier.is_some()) {
            // ("is due to travel to Washington next week to meet…": "next
            // week" is no object of a journey.)
            hang(doc, t, v, "obl:unmarked");
        } else if !doc.deps[t].is("obl") && !doc.deps[t].is("obl:unmarked") {
            continue;
        }
        // (A place hung from the time is where the deed was; a "to" clause
        // hung from it, what the deed is for: "to meet Michel Camdessus".)
        for c in s.clone() {
            if c > t && doc.heads[c] == Some(t) && doc.tags[c].is_proper() && has_case(doc, &s, c) {
                hang(doc, c, v, "obl");
            }
            if c > t
                && doc.heads[c] == Some(t)
                && doc.deps[c].is("acl")
                && doc.tags[c].penn() == "VB"
                && s.clone()
                    .any(|m| m < c && doc.heads[m] == Some(c) && doc.lower[m] == "to")
            {
                hang(doc, c, v, "advcl");
            }
        }
    }
}

/// "On Friday Kohl is due…": the time [`fronted_time`] hung from the
/// clause's root is when, whatever label the labeller gave it (it may
/// call the day a subject).
fn repair_fronted_time_label(doc: &mut Doc, s: std::ops::Range<usize>) {
    let Some(clause) = fronted_time(doc, &s) else {
        return;
    };
    for t in s.start..clause {
        if doc.heads[t].is_some_and(|h| h >= clause)
            && (doc.tags[t].is_noun() || doc.tags[t].is_proper())
        {
            let case = (s.start..t).any(|c| doc.heads[c] == Some(t) && doc.lower[c] == "on");
            doc.deps[t] = crate::labels::Dep::named(if case { "obl" } else { "obl:unmarked" });
        }
    }
}

/// Parses the tokens `s` as a sentence (unlabelled), filling their heads.
fn parse_range(
    model: &Model,
    doc: &mut Doc,
    s: std::ops::Range<usize>,
    feats: &mut Vec<Feature>,
    scores: &mut [f32],
) {
    let n = s.len();
    let c = Context::new(doc, s.clone());
    let mut st = State::new(n);
    while !st.done() {
        move_features(&st, &c, feats);
        model.score_into(feats, scores);
        let m = best_of(scores, |m| st.valid(m));
        if !st.valid(m) {
            break;
        }
        st.apply(m);
    }
    for (k, i) in s.clone().enumerate() {
        doc.heads[i] = match st.heads[k] {
            Some(h) if h < n => Some(s.start + h),
            _ => None,
        };
    }
}

/// A day, a month or a span of time ("week", "weekend"): the head of a
/// time put first ([`fronted_time`]).
fn is_time_word(doc: &Doc, t: usize) -> bool {
    crate::lexicon::is_day_or_month(doc.word(t))
        || matches!(doc.lower[t].as_str(), "week" | "month" | "year" | "weekend")
}

/// Where the clause starts after a time put first with no comma: "On
/// Friday Kohl…", "Earlier on Tuesday the minister…", "Last week
/// Clinton…", "On December 3 police…" (None when the sentence opens
/// otherwise, or a comma follows the time).
fn fronted_time(doc: &Doc, s: &std::ops::Range<usize>) -> Option<usize> {
    let mut k = s.start;
    let lower = |k: usize| doc.lower.get(k).map_or("", String::as_str);
    if matches!(lower(k), "earlier" | "later" | "late" | "early") {
        k += 1;
    }
    if lower(k) == "on" && k + 1 < s.end && crate::lexicon::is_day_or_month(doc.word(k + 1)) {
        k += 2;
        // ("On December 3", "On Friday night".)
        if k < s.end && doc.tags[k].penn() == "CD" {
            k += 1;
        }
        if matches!(lower(k), "morning" | "afternoon" | "evening" | "night") {
            k += 1;
        }
    } else if matches!(lower(k), "last" | "this" | "next")
        && k + 1 < s.end
        && is_time_word(doc, k + 1)
    {
        k += 2;
    } else {
        return None;
    }
    // A clause of three words at least, opening with no comma.
    (k + 3 <= s.end && doc.word(k) != "," && !doc.tags[k].is_punct()).then_some(k)
}

/// The features for labelling the arc from `doc.heads[d]` to `d`, with
/// the head's own label known when `head_dep` is given.
fn label_features(doc: &Doc, d: usize, head_dep: Option<Dep>, out: &mut Vec<Feature>) {
    out.clear();
    let lex = &doc.lex;
    let tag = |i: usize| u64::from(doc.tags[i].0) + 1;
    let lemma = |i: usize| hash_str(&doc.lemmas[i]);
    let mut f = |k: u32, a: u64, b: u64, c: u64| out.push(Hasher::f(k, a, b, c));
    f(0, 0, 0, 0);
    let td = tag(d);
    f(1, td, 0, 0);
    f(2, lex[d].lower, 0, 0);
    f(3, lex[d].lower, td, 0);
    let Some(h) = doc.heads[d] else {
        f(4, 1, 0, 0);
        return;
    };
    let th = tag(h);
    let dir = u64::from(d < h);
    let dist = (d.abs_diff(h)).min(6) as u64;
    f(5, th, 0, 0);
    f(6, lemma(h), 0, 0);
    f(7, td, th, dir);
    f(8, lex[d].lower, th, dir);
    f(9, td, lemma(h), dir);
    f(10, td, th, dist + 10 * dir);
    f(11, lex[d].lower, lemma(h), 0);
    f(12, lex[d].suffix[1], td, th);
    f(13, u64::from(head_dep.map_or(99, |x| x.0)), td, th);
    f(14, u64::from(head_dep.map_or(99, |x| x.0)), dir, 0);
    // The dependent's function-word children ("by", "of", "to", "'s", "the")
    // and the head's ("was" of a passive, "to" of an infinitive).
    for &c in &doc.children[d] {
        if doc.tags[c].is_noun()
            || doc.tags[c].is_verb() && !matches!(doc.lemmas[c].as_str(), "be" | "have" | "do")
        {
            f(20, tag(c), td, u64::from(c < d));
            continue;
        }
        f(21, lex[c].lower, td, u64::from(c < d));
        f(22, lex[c].lower, th, dir);
    }
    for &c in &doc.children[h] {
        if c == d {
            continue;
        }
        let side = u64::from(c < h);
        if matches!(
            doc.lemmas[c].as_str(),
            "be" | "get" | "have" | "will" | "to" | "not" | "that" | "by"
        ) {
            f(23, lemma(c), side, td);
            f(24, lemma(c), th, dir);
        }
        f(25, tag(c), side, td + 100 * dir);
    }
    // The head's head.
    if let Some(g) = doc.heads[h] {
        f(30, tag(g), th, td);
    } else {
        f(31, th, td, 0);
    }
    // Where the dependent stands among the head's children on its side.
    let before = doc.children[h]
        .iter()
        .filter(|&&c| (c < h) == (d < h) && (if d < h { c < d } else { c > d }))
        .count()
        .min(3) as u64;
    f(32, before, td, dir);
    let first_word = |i: usize| lex[doc.subtree(i).start].lower;
    f(33, first_word(d), td, dir);
    f(34, u64::from(doc.sentence_initial(d)), td, 0);
    f(35, u64::from(lex[d].upper), td, th);
}

/// The tokens of each sentence from the roots down (heads before their
/// dependents), so a label can read its head's label.
fn top_down(doc: &Doc) -> Vec<usize> {
    let mut order = Vec::with_capacity(doc.len());
    let mut queue: std::collections::VecDeque<usize> =
        (0..doc.len()).filter(|&i| doc.heads[i].is_none()).collect();
    let mut seen = vec![false; doc.len()];
    while let Some(i) = queue.pop_front() {
        if std::mem::replace(&mut seen[i], true) {
            continue;
        }
        order.push(i);
        queue.extend(doc.children[i].iter().copied());
    }
    // A cycle would leave tokens out: label them too.
    order.extend((0..doc.len()).filter(|&i| !seen[i]));
    order
}

fn label_all(model: &Model, doc: &mut Doc) {
    let mut feats = Vec::with_capacity(60);
    let mut scores = vec![0.0; DEPS.len()];
    for i in top_down(doc) {
        if doc.heads[i].is_none() {
            doc.deps[i] = Dep::named("root");
            continue;
        }
        // Punctuation is always "punct" in the treebank.
        if doc.tags[i].is_punct() {
            doc.deps[i] = Dep::named("punct");
            continue;
        }
        let head_dep = doc.heads[i].map(|h| doc.deps[h]);
        label_features(doc, i, head_dep, &mut feats);
        model.score_into(&feats, &mut scores);
        doc.deps[i] = Dep(best_of(&scores, |c| c < DEPS.len() && DEPS[c] != "root") as u8);
    }
}

/// "US President Donald Trump met…", "German Chancellor Olaf Scholz
/// met…": a sentence that opens with a titled name and goes straight on
/// with its verb. GUM's training text (no news) has few such openers, and
/// the parse tends to hang the verb from the name ("met" as a relative
/// clause of "US"). When the verb right after the opening name hangs inside
/// it, the verb becomes the root (what was the root hangs from it) and the
/// name its subject, built as GUM builds names: the first word after
/// the title heads it ("Donald"), the title hangs from it, and an owner
/// before the title ("US") from the title.
fn repair_leading_name(doc: &mut Doc, s: std::ops::Range<usize>) {
    let capitalised = |doc: &Doc, i: usize| doc.word(i).starts_with(|c: char| c.is_uppercase());
    let titled = |doc: &Doc, i: usize| crate::lexicon::is_title(doc.word(i));
    let namelike =
        |doc: &Doc, i: usize| capitalised(doc, i) && (doc.tags[i].is_proper() || titled(doc, i));
    let mut k = s.start;
    // "Secretary of State Madeleine Albright met…": "of" and a portfolio
    // inside the title.
    let portfolio_of = |doc: &Doc, i: usize| {
        doc.lower[i] == "of"
            && i > s.start
            && i + 1 < s.end
            && titled(doc, i - 1)
            && crate::lexicon::TITLE_WORDS.contains(&doc.word(i + 1))
    };
    while k < s.end
        && (namelike(doc, k)
            || portfolio_of(doc, k)
            || (capitalised(doc, k)
                && doc.tags[k].penn() == "JJ"
                && k + 1 < s.end
                && namelike(doc, k + 1)))
    {
        k += 1;
    }
    let run = s.start..k;
    // "Russian President Boris Yeltsin on Monday appointed…": a day
    // between the name and its verb hangs from the verb.
    let mut when: Vec<usize> = Vec::new();
    let mut when_head = None;
    if k + 1 < s.end && doc.lower[k] == "on" && crate::lexicon::WEEKDAYS.contains(&doc.word(k + 1))
    {
        when = vec![k, k + 1];
        when_head = Some(k + 1);
        k += 2;
        if k < s.end
            && matches!(
                doc.lower[k].as_str(),
                "night" | "morning" | "afternoon" | "evening"
            )
        {
            when.push(k);
            when_head = Some(k);
            k += 1;
        }
    } else if k < s.end && matches!(doc.lower[k].as_str(), "yesterday" | "today") {
        when = vec![k];
        when_head = Some(k);
        k += 1;
    }
    if run.len() < 2 || k >= s.end || !matches!(doc.tags[k].penn(), "VBD" | "VBZ" | "VBP" | "MD") {
        return;
    }
    // "… Trump will meet", "… Scholz has met": GUM hangs the auxiliary
    // from the verb, and the verb is the root.
    let auxiliary = |i: usize| {
        doc.tags[i].penn() == "MD"
            || matches!(doc.lemmas[i].as_str(), "be" | "have" | "do" | "will")
    };
    let mut v = k;
    let mut aux = Vec::new();
    while auxiliary(v) {
        match (v + 1..(v + 3).min(s.end)).find(|&j| doc.tags[j].is_verb()) {
            Some(j) => {
                aux.push(v);
                v = j;
            }
            None => break,
        }
    }
    let last_title = run.clone().rev().find(|&i| titled(doc, i));
    let r = match last_title {
        Some(t) if t + 1 < run.end => t + 1,
        _ => run.start,
    };
    let inside = |i: usize| doc.heads[i].is_some_and(|h| run.contains(&h));
    // The verb hung from the name (the tree is broken), or a titled name
    // hung from the verb by another of its words ("US" the subject,
    // "Donald" its apposition): the name is rebuilt either way. An untitled
    // name hung by its last word is left alone: "North Korea puts…",
    // "Space Shuttle Discovery will…" are built that way in GUM.
    let broken = inside(k) || inside(v);
    let misheaded = last_title.is_some()
        && run
            .clone()
            .any(|x| x != r && (doc.heads[x] == Some(v) || doc.heads[x] == Some(k)));
    if !(broken || misheaded) {
        return;
    }
    if broken {
        for &a in &aux {
            doc.heads[a] = Some(v);
        }
        // The sentence's root, wherever the parse put it, hangs from the verb.
        let roots: Vec<usize> = s
            .clone()
            .filter(|&i| doc.heads[i].is_none() && !run.contains(&i) && i != v)
            .collect();
        for y in roots {
            doc.heads[y] = Some(v);
        }
        doc.heads[v] = None;
    }
    let heads: Vec<(usize, Option<usize>)> = run
        .clone()
        .filter(|&x| x != r)
        .map(|x| {
            let h = if x < r && x + 1 < r && titled(doc, x + 1) && !titled(doc, x) {
                x + 1
            } else {
                r
            };
            (x, Some(h))
        })
        .collect();
    for (x, h) in heads {
        doc.heads[x] = h;
    }
    doc.heads[r] = Some(v);
    if let Some(w) = when_head {
        for &x in &when {
            doc.heads[x] = Some(if x == w { v } else { w });
        }
    }
}

/// "will meet Palestinian President Yasser Arafat in Gaza": a titled name
/// anywhere in a sentence (a nationality or a country, titles, then the
/// name) is one phrase built as GUM builds it: the name's first word heads
/// it, the title words hang from it, a nationality or country before the
/// title from the title; the phrase hangs where the parse hung the first
/// of its words it attached outside.
fn repair_titled_name(doc: &mut Doc, s: std::ops::Range<usize>) {
    let titled = |doc: &Doc, i: usize| crate::lexicon::is_title(doc.word(i));
    // "South Korean", "North Korean": the compass word goes with it.
    let owner = |doc: &Doc, i: usize| {
        crate::lexicon::demonym(doc.word(i)).is_some()
            || matches!(doc.word(i), "U.S." | "US" | "UK" | "U.N." | "UN" | "EU")
            || (matches!(doc.word(i), "North" | "South" | "East" | "West")
                && i + 1 < doc.len()
                && crate::lexicon::demonym(doc.word(i + 1)).is_some())
    };
    let mut i = s.start;
    while i < s.end {
        let start = i;
        let mut k = i;
        while k < s.end && owner(doc, k) {
            k += 1;
        }
        let first_title = k;
        // (A portfolio's word before the title is the title's: "Greek
        // Transport Minister Anna Berg".)
        let portfolio = |doc: &Doc, k: usize| {
            k + 1 < s.end
                && owner(doc, first_title.saturating_sub(1))
                && first_title > start
                && doc.word(k).starts_with(char::is_uppercase)
                && (k + 1..(k + 3).min(s.end))
                    .take_while(|&t| doc.tags[t].is_proper())
                    .any(|t| titled(doc, t))
        };
        while k < s.end && (titled(doc, k) || portfolio(doc, k)) && doc.tags[k].is_proper() {
            k += 1;
        }
        let r = k;
        while k < s.end
            && doc.tags[k].is_proper()
            && !titled(doc, k)
            && doc.word(k).starts_with(char::is_uppercase)
            && k - r < 4
        {
            k += 1;
        }
        // A real title (not only "Prime", "Foreign") and a name after it.
        let role = (first_title..r).any(|t| {
            let w = doc.word(t);
            !crate::lexicon::TITLE_WORDS.contains(&w) && !crate::lexicon::HONORIFICS.contains(&w)
        });
        if r == first_title || k == r || !role || start == first_title && r - first_title < 1 {
            i = start + 1;
            continue;
        }
        let run = start..k;
        let Some(top) = run
            .clone()
            .find(|&t| doc.heads[t].is_none_or(|h| !run.contains(&h)))
        else {
            i = k;
            continue;
        };
        let attach = doc.heads[top];
        // The run must not hold what it would hang from, nor anything
        // above it (a cycle: "Ecuador's Energy and Mines Minister Hernan
        // Villacis", with "Energy" hung from the name and the name from
        // "Energy").
        let above_in_run = attach.is_some_and(|h| run.clone().any(|x| dominates(doc, x, h)));
        if above_in_run {
            i = k;
            continue;
        }
        // Whatever else hung from a word of the run (outside it) hangs from
        // the name.
        let inside_tokens: Vec<usize> = run.clone().collect();
        for t in s.clone() {
            if !run.contains(&t) && doc.heads[t].is_some_and(|h| run.contains(&h)) {
                doc.heads[t] = Some(r);
            }
        }
        for t in inside_tokens {
            if t == r {
                continue;
            }
            let h = if t < first_title { first_title } else { r };
            doc.heads[t] = Some(h);
        }
        doc.heads[r] = attach;
        i = k;
    }
}

/// "Boeing Co said it would buy…", "Reppas said Simitis would hold
/// talks": a subject pronoun (or a name after a verb of saying) the parse
/// hung from the verb before it as an object, with a finite verb or modal
/// right after it, is the subject of the clause that verb heads.
fn repair_reported_subject(doc: &mut Doc, s: std::ops::Range<usize>) {
    for t in s.start + 1..s.end.saturating_sub(1) {
        let Some(v) = doc.heads[t] else { continue };
        let pronoun = matches!(
            doc.lower[t].as_str(),
            "it" | "he" | "she" | "they" | "we" | "i"
        );
        // "Reppas said Simitis would hold talks": a name after a verb of
        // saying too, past the rest of its words ("Costas Simitis").
        let name = doc.tags[t].is_proper()
            && crate::lexicon::SPEECH_VERBS.contains(&doc.lemmas[v].as_str())
            && (t > s.start && (doc.heads[t - 1] != Some(t) || !doc.tags[t - 1].is_proper()));
        let mut e = t + 1;
        if name {
            while e < s.end && doc.tags[e].is_proper() && doc.heads[e] == Some(t) {
                e += 1;
            }
        }
        if v >= t
            || !doc.tags[v].is_verb()
            || !(pronoun || name)
            || e >= s.end
            || !matches!(doc.tags[e].penn(), "MD" | "VBD" | "VBZ" | "VBP")
        {
            continue;
        }
        // The clause's verb: the first verb after the subject hung from v.
        let Some(c) = (e..s.end).find(|&c| doc.heads[c] == Some(v) && doc.tags[c].is_verb()) else {
            // "Police sources said Benali was detained at a flat": the
            // parse hung the verb of saying from the clause's verb; the
            // clause is what was said.
            if let Some(c) = doc.heads[v].filter(|&c| {
                c >= e
                    && doc.tags[c].is_verb()
                    && crate::lexicon::SPEECH_VERBS.contains(&doc.lemmas[v].as_str())
                    && (e..c).all(|x| doc.heads[x] == Some(c))
            }) {
                doc.heads[v] = doc.heads[c];
                doc.heads[c] = Some(v);
                doc.heads[t] = Some(c);
            }
            continue;
        };
        doc.heads[t] = Some(c);
        // A modal or auxiliary the parse hung from v goes with it too.
        if doc.heads[e] == Some(v) && e != c {
            doc.heads[e] = Some(c);
        }
    }
}

/// Whether `a` is `t` or above it in the tree.
fn dominates(doc: &Doc, a: usize, mut t: usize) -> bool {
    for _ in 0..doc.len() {
        if t == a {
            return true;
        }
        match doc.heads[t] {
            Some(h) => t = h,
            None => return false,
        }
    }
    false
}

/// "Korea's Kim Shin-Wook was shown…", "lawmaker Cha of Korea's ruling
/// Democratic Party": an owner marked by "'s" belongs to the noun phrase
/// after the mark (UD's nmod:poss attaches to a nominal), but the parse
/// hangs it from the verb as a second subject, or reads a participle after
/// it ("ruling") as the phrase's head. The phrase after the mark (its
/// adjectives, participles, nouns and numbers) gets a noun as its head: the
/// word the parse hung outside it if that is a noun, else its last noun,
/// which takes the participle's place; the owner hangs from that noun.
fn repair_possessive(doc: &mut Doc, s: std::ops::Range<usize>) {
    for i in s.start..s.end {
        // (A possessive pronoun is its own owner: "his United National
        // Independence Party would organise protests", whose "his" the
        // parse may hang from the verb.)
        let mut o = match doc.tags[i].penn() {
            "POS" if i > s.start => i - 1,
            "PRP$" | "WP$" => i,
            _ => continue,
        };
        // The owner's name is hung by its head ("Kenneth Kaunda's": by
        // Kenneth, whose "Kaunda" the parse hung from it).
        while let Some(h) = doc.heads[o].filter(|&h| {
            h < o
                && h + 3 >= o
                && h >= s.start
                && doc.tags[h].is_proper()
                && doc.tags[o].is_proper()
        }) {
            o = h;
        }
        let mut j = i + 1;
        while j < s.end
            && (matches!(
                doc.tags[j].penn(),
                "JJ" | "JJR"
                    | "JJS"
                    | "VBG"
                    | "VBN"
                    | "NN"
                    | "NNS"
                    | "NNP"
                    | "NNPS"
                    | "CD"
                    | "HYPH"
            ))
        {
            j += 1;
        }
        let run = i + 1..j;
        let outside = |doc: &Doc, t: usize| doc.heads[t].is_none_or(|h| !run.contains(&h));
        let Some(x) = run.clone().find(|&t| outside(doc, t)) else {
            continue;
        };
        let h = if doc.tags[x].is_noun() {
            x
        } else {
            match run.clone().rev().find(|&t| doc.tags[t].is_noun()) {
                Some(n) => n,
                None => continue,
            }
        };
        if h != x {
            // The noun takes the participle's place; the participle and
            // the words the parse hung from it before the phrase ("of")
            // hang from the noun.
            doc.heads[h] = doc.heads[x];
            for t in s.clone() {
                if t != h && doc.heads[t] == Some(x) && (t < x || run.contains(&t)) {
                    doc.heads[t] = Some(h);
                }
            }
            doc.heads[x] = Some(h);
            for t in run.clone() {
                if t != h && outside(doc, t) {
                    doc.heads[t] = Some(h);
                }
            }
        }
        // (Words before the phrase hung from a word of it other than its
        // head, the owner among them, hang from the head: "of Prime
        // Minister Jose Maria Aznar's Popular Party", parsed with the
        // owner and "of" on "Popular".)
        // (Not from a common noun before the name: "BlackRock's
        // infrastructure arm Global Infrastructure Partners" is the arm's.)
        // (Never a word the head hangs below: that would be a cycle.)
        for t in s.start..i {
            if doc.heads[t].is_some_and(|th| {
                th != h && run.contains(&th) && doc.tags[th].is_proper() && doc.tags[h].is_proper()
            }) && !dominates(doc, t, h)
            {
                doc.heads[t] = Some(h);
            }
        }
        // (And a preposition the parse hung from the owner: "of Jose
        // Maria Aznar's Popular Party" is of the party.)
        for t in s.start..o {
            if doc.heads[t] == Some(o) && doc.tags[t].penn() == "IN" && !dominates(doc, t, h) {
                doc.heads[t] = Some(h);
            }
        }
        // (The owner's first words hang from its last, not from what it
        // owns: "AMR Corp's American Airlines", parsed with "AMR" on
        // "Airlines". The labels come after these repairs.)
        let mut k = o;
        while k > s.start
            && doc.tags[k - 1].is_proper()
            && doc.heads[k - 1].is_some_and(|kh| kh == h || run.contains(&kh))
        {
            k -= 1;
            doc.heads[k] = Some(o);
        }
        if doc.heads[o].is_some_and(|oh| oh == h || run.contains(&oh)) {
            continue;
        }
        // The noun hung below the owner takes the owner's place first.
        if dominates(doc, o, h) {
            doc.heads[h] = doc.heads[o];
        }
        doc.heads[o] = Some(h);
    }
}

/// The owner before a possessive ending hangs from the noun after it
/// ([`repair_possessive`]); the labeller sometimes still calls it the
/// subject ("Discua is now Honduras' deputy ambassador": "Honduras" read
/// as a second subject of "ambassador").
fn repair_possessive_label(doc: &mut Doc, s: std::ops::Range<usize>) {
    for i in s.start..s.end {
        // (A possessive pronoun before its noun is its owner too: "whose
        // Islamist Welfare Party", labelled an adjective.)
        if matches!(doc.tags[i].penn(), "PRP$" | "WP$") {
            if doc.heads[i]
                .is_some_and(|h| h > i && (doc.tags[h].is_noun() || doc.tags[h].is_proper()))
            {
                doc.deps[i] = crate::labels::Dep::named("nmod:poss");
            }
            continue;
        }
        if i == s.start || doc.tags[i].penn() != "POS" {
            continue;
        }
        let o = i - 1;
        if doc.heads[o].is_some_and(|h| h > i) && !doc.deps[o].is("nmod") {
            doc.deps[o] = crate::labels::Dep::named("nmod:poss");
            if doc.heads[i] == Some(o) {
                doc.deps[i] = crate::labels::Dep::named("case");
            }
        }
    }
}

/// An apposition explains a nominal; the parse sometimes hangs it from the
/// verb instead ("…, according to Ha Jung-woo, Lee's senior secretary":
/// "secretary" from "according"). It goes to the nearest nominal the verb
/// governs before it.
fn repair_apposition(doc: &mut Doc, s: std::ops::Range<usize>) {
    for a in s.clone() {
        let Some(v) = doc.heads[a] else { continue };
        if !doc.deps[a].is("appos") {
            continue;
        }
        let nominal = if !doc.tags[v].is_verb() {
            None
        } else {
            doc.children[v]
                .iter()
                .copied()
                .filter(|&c| {
                    c < a
                        && doc.tags[c].is_noun()
                        && (doc.deps[c].is("obj")
                            || doc.deps[c].is("obl")
                            || doc.deps[c].is("nsubj"))
                })
                .max()
        };
        if let Some(n) = nominal {
            doc.heads[a] = Some(n);
            continue;
        }
        // "Adebayo Ogunlesi and Jim Yong Kim, the former World Bank
        // president": an apposition right after a conjunct explains that
        // conjunct, not the first.
        let start = doc.subtree(a).start;
        if v < a && start > v + 1 {
            let mut k = start;
            while k > v + 1 && doc.tags[k - 1].is_punct() {
                k -= 1;
            }
            let mut t = k - 1;
            let mut conjunct = None;
            for _ in 0..doc.len() {
                if t <= v {
                    break;
                }
                if doc.deps[t].is("conj")
                    && doc.tags[t].is_noun()
                    && doc.heads[t].is_some_and(|h| h >= v)
                {
                    conjunct = Some(t);
                    break;
                }
                match doc.heads[t] {
                    Some(h) if h > v && h < start => t = h,
                    _ => break,
                }
            }
            if let Some(c) = conjunct.filter(|&c| doc.subtree(c).end == k) {
                doc.heads[a] = Some(c);
            }
        }
    }
}

/// "American owns a 33 percent stake in Canadian's parent, PWA Corp of
/// Calgary.": a name after a comma, hung from the verb as an unlabelled
/// dependent (or a conjunct with no "and", an oblique with no
/// preposition), where the word before the comma is a common noun of the
/// verb's clause, is that noun's apposition (the parse had it as another
/// argument of "owns", and the parent owned).
fn repair_apposition_read_as_dep(doc: &mut Doc, s: std::ops::Range<usize>) {
    for a in s.clone() {
        let Some(v) = doc.heads[a] else { continue };
        // (Or as a conjunct of the verb, with no "and" of its own: "planned
        // to launch his own party, the Russian People's Republican Party,
        // at a congress".)
        let conjunct = doc.deps[a].is("conj")
            && !s
                .clone()
                .any(|c| doc.heads[c] == Some(a) && doc.deps[c].is("cc"));
        // (Or an oblique with no preposition.)
        let bare_oblique = doc.deps[a].is("obl") && !has_case(doc, &s, a);
        if !(doc.deps[a].is("dep") || conjunct || bare_oblique)
            || !doc.tags[a].is_proper()
            || !doc.tags[v].is_verb()
            || v > a
        {
            continue;
        }
        let Some(start) = s
            .clone()
            .find(|&t| dominates(doc, a, t) && !doc.tags[t].is_punct())
        else {
            continue;
        };
        if start < s.start + 2 || doc.word(start - 1) != "," {
            continue;
        }
        let n = start - 2;
        if !doc.tags[n].is_noun()
            || doc.tags[n].is_proper()
            || n <= v
            || !dominates(doc, v, n)
            || dominates(doc, a, n)
        {
            continue;
        }
        // (The name ends its clause: a comma or the sentence's end next.)
        let end = (a..s.end)
            .rev()
            .find(|&t| dominates(doc, a, t))
            .unwrap_or(a);
        if !(end + 1 == s.end || matches!(doc.word(end + 1), "," | "." | ";")) {
            continue;
        }
        hang(doc, a, n, "appos");
        hang(doc, start - 1, a, "punct");
    }
}

/// "The European Union's new Middle East envoy, Miguel Angel Moratinos":
/// the words of a possessor's name before it are the possessor's, not the
/// possessed noun's (the parse hung "European" from "envoy", and the envoy
/// was Middle East's): capitalised modifiers right before a possessor with
/// its "'s", hung from the noun it owns, hang from the possessor.
fn repair_possessor_modifiers(doc: &mut Doc, s: std::ops::Range<usize>) {
    for p in s.clone() {
        let Some(h) = doc.heads[p] else { continue };
        if !doc.deps[p].is("nmod:poss")
            || !doc.tags[p].is_proper()
            || h <= p
            || p + 1 >= s.end
            || !matches!(doc.word(p + 1), "'s" | "’s")
        {
            continue;
        }
        let mut t = p;
        while t > s.start {
            let m = t - 1;
            if doc.heads[m] == Some(h)
                && (doc.deps[m].is("amod") || doc.deps[m].is("compound"))
                && crate::lexicon::capitalised(doc.word(m))
            {
                hang(doc, m, p, "compound");
                t = m;
            } else if doc.heads[m] == Some(p) || doc.heads[m].is_some_and(|x| (m..p).contains(&x)) {
                t = m;
            } else {
                break;
            }
        }
    }
}

/// "King served two terms in the state Assembly before he was elected",
/// parsed with "before he was elected" as a relative clause of "terms" and
/// the Assembly hung from "elected": a clause opened by a conjunction of
/// time or cause is no relative clause; it hangs from the verb above the
/// noun, and what the parse hung from it before its conjunction goes back
/// to that verb.
fn repair_adverbial_clause_read_as_relative(doc: &mut Doc, s: std::ops::Range<usize>) {
    for v in s.clone() {
        if !doc.deps[v].is("acl:relcl") || !doc.tags[v].is_verb() {
            continue;
        }
        let Some(m) = s.clone().find(|&m| {
            m < v
                && doc.heads[m] == Some(v)
                && doc.deps[m].is("mark")
                && matches!(
                    doc.lower[m].as_str(),
                    "before" | "after" | "when" | "because" | "while" | "until" | "since"
                )
        }) else {
            continue;
        };
        let Some(n) = doc.heads[v] else { continue };
        let Some(g) = doc.heads[n].filter(|&g| doc.tags[g].is_verb() && g < n) else {
            continue;
        };
        hang(doc, v, g, "advcl");
        for c in s.clone() {
            if c < m && doc.heads[c] == Some(v) && !doc.tags[c].is_punct() {
                doc.heads[c] = Some(g);
            }
        }
    }
}

/// "Jeff Rathke, the State Department Spokesperson, said": a role after a
/// name and a comma, with its article and no "and" or "or" of its own,
/// explains the name; the labeller may call it a conjunct.
fn repair_role_read_as_conjunct(doc: &mut Doc, s: std::ops::Range<usize>) {
    for a in s.clone() {
        let Some(n) = doc.heads[a] else { continue };
        if !doc.deps[a].is("conj")
            || n >= a
            || !doc.tags[n].is_proper()
            || !crate::lexicon::is_role(&doc.lower[a])
            || !(n + 1..a).any(|k| doc.word(k) == ",")
            || (n + 1..a).any(|k| matches!(doc.lower[k].as_str(), "and" | "or"))
            || !doc.children[a].iter().any(|&c| {
                c < a
                    && doc.deps[c].is("det")
                    && matches!(doc.lower[c].as_str(), "the" | "a" | "an")
            })
        {
            continue;
        }
        doc.deps[a] = crate::labels::Dep::named("appos");
    }
}

/// "…," Khaled Al-Maeena, editor at large at the Saudi Gazette, told the
/// BBC': the parse may make the role after the name and its comma the
/// verb's subject and hang the name from it. A name right before a comma
/// and a role that is a verb's subject, hung from that role: the name is
/// the subject, the role its apposition.
fn repair_name_hung_from_apposed_role(doc: &mut Doc, s: std::ops::Range<usize>) {
    for r in s.clone() {
        let Some(v) = doc.heads[r] else { continue };
        if !doc.deps[r].is("nsubj")
            || !doc.tags[v].is_verb()
            || v < r
            || r < s.start + 2
            || doc.word(r - 1) != ","
            || !crate::lexicon::is_role(&doc.lower[r])
        {
            continue;
        }
        // The name's head: the proper noun hung from the role whose words
        // end at the comma.
        let Some(n) = doc.children[r].iter().copied().find(|&c| {
            c < r - 1 && doc.tags[c].is_proper() && (r - 1..=r).contains(&doc.subtree(c).end)
        }) else {
            continue;
        };
        doc.heads[n] = Some(v);
        doc.deps[n] = crate::labels::Dep::named("nsubj");
        doc.heads[r] = Some(n);
        doc.deps[r] = crate::labels::Dep::named("appos");
        if doc.heads[r - 1] != Some(r) {
            doc.heads[r - 1] = Some(r);
            doc.deps[r - 1] = crate::labels::Dep::named("punct");
        }
    }
}

/// "owned by Aerospatiale of France, Daimler-Benz Aerospace of Germany,
/// British Aerospace and CASA of Spain", "made up of the United States,
/// France, Syria, Lebanon and Israel": three names or more, with commas
/// between and "and" or "or" before the last, are one list whatever the
/// parse made of them (an apposition of the first, a conjunct of the verb):
/// each later name is a conjunct of the first. A name may have "the"
/// before it and "of" a name after it; nothing else is in the list.
fn repair_name_list(doc: &mut Doc, s: std::ops::Range<usize>) {
    for cc in s.clone() {
        let Some(items) = name_list_at(doc, s.clone(), cc) else {
            continue;
        };
        // (The first name is where the list is anchored; its head stays.)
        let Some(first) = span_head(doc, items[0].clone()) else {
            continue;
        };
        for r in &items[1..] {
            let Some(h) = span_head(doc, r.clone()) else {
                continue;
            };
            for t in r.clone() {
                if t != h && doc.heads[t].is_none_or(|x| !r.contains(&x)) {
                    doc.heads[t] = Some(h);
                }
            }
            doc.heads[h] = Some(first);
            doc.deps[h] = crate::labels::Dep::named("conj");
            // Its comma (or the "and") before it.
            let before = r.start - 1;
            if matches!(doc.lower[before].as_str(), "," | "and" | "or") {
                doc.heads[before] = Some(h);
                doc.deps[before] = crate::labels::Dep::named(if doc.word(before) == "," {
                    "punct"
                } else {
                    "cc"
                });
            }
        }
    }
}

/// The token of span `r` whose head is outside it (the first such).
fn span_head(doc: &Doc, r: std::ops::Range<usize>) -> Option<usize> {
    r.clone()
        .find(|&t| doc.heads[t].is_none_or(|h| !r.contains(&h)))
}

/// The names of a list whose "and" or "or" is `cc` (see
/// [`repair_name_list`]), in order, when there are three or more (or two,
/// each with its "of" phrase).
fn name_list_at(
    doc: &Doc,
    s: std::ops::Range<usize>,
    cc: usize,
) -> Option<Vec<std::ops::Range<usize>>> {
    let name_word = |t: usize| {
        doc.tags[t].is_proper()
            || (doc.tags[t].is_noun()
                && doc.word(t).starts_with(char::is_uppercase)
                && doc.word(t).chars().all(|c| c.is_alphabetic() || c == '.'))
    };
    let joiner = |t: usize| matches!(doc.word(t), "-" | "&");
    // The name ending right before `end` (exclusive): its first token.
    let item_back = |end: usize| -> Option<usize> {
        let mut t = end;
        while t > s.start && (name_word(t - 1) || joiner(t - 1)) {
            t -= 1;
        }
        // "Aerospatiale of France": "of" and a name after a name.
        let article = usize::from(t >= s.start + 3 && doc.lower[t - 1] == "the");
        if t < end
            && t >= s.start + 2 + article
            && doc.lower[t - 1 - article] == "of"
            && name_word(t - 2 - article)
        {
            t -= 1 + article;
            while t > s.start && (name_word(t - 1) || joiner(t - 1)) {
                t -= 1;
            }
        }
        if t > s.start && doc.lower[t - 1] == "the" {
            t -= 1;
        }
        (t < end && (name_word(t) || doc.lower[t] == "the")).then_some(t)
    };
    // The name starting at `start`: where it ends (exclusive).
    let item_forward = |start: usize| -> Option<usize> {
        let mut t = start;
        if t < s.end && doc.lower[t] == "the" {
            t += 1;
        }
        let first = t;
        while t < s.end && (name_word(t) || (t > first && joiner(t))) {
            t += 1;
        }
        if t == first {
            return None;
        }
        // ("of the United States" too.)
        let article = usize::from(t + 2 < s.end && doc.lower[t + 1] == "the");
        if t + 1 + article < s.end && doc.lower[t] == "of" && name_word(t + 1 + article) {
            t += 1 + article;
            while t < s.end && (name_word(t) || joiner(t)) {
                t += 1;
            }
            // (Not an owner: "Carlo De Benedetti of Italy's la
            // Repubblica".)
            if t < s.end && matches!(doc.word(t), "'s" | "’s") {
                return None;
            }
        }
        Some(t)
    };
    if !matches!(doc.lower[cc].as_str(), "and" | "or") || cc < s.start + 3 {
        return None;
    }
    let last_end = item_forward(cc + 1)?;
    let mut items = Vec::with_capacity(4);
    items.push(cc + 1..last_end);
    // Back from the "and" (an Oxford comma may stand before it).
    let mut end = if doc.word(cc - 1) == "," { cc - 1 } else { cc };
    while let Some(start) = item_back(end) {
        items.push(start..end);
        if start > s.start + 1 && doc.word(start - 1) == "," {
            end = start - 1;
        } else {
            break;
        }
    }
    items.reverse();
    // (Not a people's word before its people: "Two Albanians, Ilir Hoxha
    // and Gezim Leka".)
    let people = items.iter().any(|r| {
        r.clone()
            .filter(|&t| doc.lower[t] != "the")
            .all(|t| crate::lexicon::demonym(doc.word(t)).is_some())
    });
    // (Nor a town and its region or country: "the Adler Planetarium in
    // Chicago, Illinois and the Evergreen Aviation & Space Museum".)
    use crate::lexicon::List;
    let listed = |r: &std::ops::Range<usize>, lists: &[List]| {
        r.clone()
            .filter(|&t| doc.lower[t] != "the")
            .all(|t| doc.lex[t].lists.iter().any(|(l, _)| lists.contains(l)))
    };
    let town_and_region = items
        .windows(2)
        .any(|w| listed(&w[0], &[List::City]) && listed(&w[1], &[List::Region, List::Country]));
    // (Two are a list when each has its "of" phrase: "beat Sebastien
    // Lareau of Canada and Alex O'Brien of the United States", which the
    // parse may read as the verb's second conjunct.)
    let each_of = items.len() == 2
        && items
            .iter()
            .all(|r| r.clone().skip(1).any(|t| doc.lower[t] == "of"));
    ((items.len() >= 3 || each_of) && !people && !town_and_region).then_some(items)
}

/// The subjects hung from `v` before it, in order (read from the heads:
/// the children's index is rebuilt only after the repairs).
fn subjects_before(doc: &Doc, s: &std::ops::Range<usize>, v: usize) -> Vec<usize> {
    (s.start..v.min(s.end))
        .filter(|&c| doc.heads[c] == Some(v) && doc.deps[c].is("nsubj"))
        .collect()
}

/// "Zoran Djindjic, who leads the Democratic Party, …, said the protests
/// would go on": the parse may make the relative clause's verb the root,
/// with the name and "who" both its subjects, and hang the main verb
/// after the closing comma from it (its object then taken for the main
/// verb's subject). The main verb takes the root's place, the relative
/// clause hangs from the name again, and the name is the main verb's
/// subject.
fn repair_relative_read_as_root(doc: &mut Doc, s: std::ops::Range<usize>) {
    // (From each "who" the parse made a subject, not from every token: a
    // scan of the sentence per token is quadratic in a long one.)
    for who in s.clone() {
        if who == s.start
            || !matches!(doc.lower[who].as_str(), "who" | "which")
            || !doc.deps[who].is("nsubj")
            || doc.word(who - 1) != ","
        {
            continue;
        }
        let Some(v) = doc.heads[who].filter(|&v| v > who) else {
            continue;
        };
        let [a, second] = subjects_before(doc, &s, v)[..] else {
            continue;
        };
        if second != who
            || !(a + 1..who - 1).all(|t| doc.heads[t] == Some(a) && doc.tags[t].is_proper())
        {
            continue;
        }
        let Some(m) = main_verb_below(doc, &s, v) else {
            continue;
        };
        // Its false subject, inside the clause: the clause's object (when
        // the clause has none).
        let false_subject = (v + 1..m)
            .find(|&x| doc.heads[x] == Some(m) && doc.deps[x].is("nsubj"))
            .filter(|_| {
                !s.clone()
                    .any(|o| o != m && doc.heads[o] == Some(v) && doc.deps[o].is("obj"))
            });
        promote_main_verb(doc, &s, v, a, m);
        if let Some(x) = false_subject {
            hang(doc, x, v, "obj");
        }
    }
}

/// The main verb of a sentence whose relative clause's verb `v` the parse
/// made the root: the first finite verb after a comma past `v`, hung
/// below it.
fn main_verb_below(doc: &Doc, s: &std::ops::Range<usize>, v: usize) -> Option<usize> {
    (v + 1..s.end).find(|&m| {
        doc.word(m - 1) == ","
            && matches!(doc.tags[m].penn(), "VBD" | "VBZ" | "VBP")
            && dominates(doc, v, m)
    })
}

/// The main verb `m` takes the place of the relative clause's verb `v`,
/// which hangs from the name `a` again; the name is the main verb's
/// subject, and whatever else hung from `v` after `m` is `m`'s (the final
/// stop).
fn promote_main_verb(doc: &mut Doc, s: &std::ops::Range<usize>, v: usize, a: usize, m: usize) {
    let (head, dep) = (doc.heads[v], doc.deps[v]);
    doc.heads[m] = head;
    doc.deps[m] = dep;
    hang(doc, v, a, "acl:relcl");
    hang(doc, a, m, "nsubj");
    for t in m + 1..s.end {
        if doc.heads[t] == Some(v) {
            doc.heads[t] = Some(m);
        }
    }
}

/// "…named Ronald Floto, a former executive of Coles Myer Ltd, as its chief
/// executive": after a comma, "as" and a noun the parse coordinated with
/// a noun in the object (with "as" for its conjunction) are the verb's:
/// what the object is named as.
fn repair_as_read_as_conjunction(doc: &mut Doc, s: std::ops::Range<usize>) {
    for a in s.clone() {
        if doc.lower[a] != "as" || !doc.deps[a].is("cc") || a == s.start || doc.word(a - 1) != "," {
            continue;
        }
        let Some(c) =
            doc.heads[a].filter(|&c| c > a && doc.deps[c].is("conj") && doc.tags[c].is_noun())
        else {
            continue;
        };
        // Up from what it was coordinated with to the verb, through the
        // object.
        let mut k = c;
        let mut verb = None;
        for _ in 0..5 {
            let Some(h) = doc.heads[k] else { break };
            if doc.tags[h].is_verb() {
                verb = doc.deps[k].is("obj").then_some(h);
                break;
            }
            k = h;
        }
        let Some(v) = verb else { continue };
        hang(doc, c, v, "obl");
        hang(doc, a, c, "case");
    }
}

/// "European Union envoy Miguel Angel Moratinos met Syrian President Hafez
/// al-Assad on Wednesday and urged Syria to resume peace talks": the parse
/// may make the role before a name the root, the name its apposition, the
/// body before it its subject and the verb after the name a clause hung
/// from it (the deed coordinated with "met" then had no subject). A
/// finite verb with no subject or marker of its own, right after the
/// name, is the root; the role is its subject and the body modifies the
/// role.
fn repair_role_read_as_root(doc: &mut Doc, s: std::ops::Range<usize>) {
    for r in s.clone() {
        if doc.heads[r].is_some()
            || !doc.tags[r].is_noun()
            || doc.tags[r].is_proper()
            || !crate::lexicon::is_role(&doc.lemmas[r])
        {
            continue;
        }
        let p = r + 1;
        if p >= s.end
            || doc.heads[p] != Some(r)
            || !doc.deps[p].is("appos")
            || !doc.tags[p].is_proper()
        {
            continue;
        }
        // Past the name's words (and a hyphenated name's inner ones), the
        // verb.
        let mut v = p + 1;
        while v < s.end && dominates(doc, p, v) {
            v += 1;
        }
        if v >= s.end
            || doc.heads[v] != Some(r)
            || !doc.deps[v].is("advcl")
            || !matches!(doc.tags[v].penn(), "VBD" | "VBZ" | "VBP")
            || s.clone().any(|c| {
                doc.heads[c] == Some(v)
                    && (doc.deps[c].is("mark")
                        || doc.deps[c].is("nsubj")
                        || doc.deps[c].is("nsubj:pass"))
            })
        {
            continue;
        }
        doc.heads[v] = None;
        doc.deps[v] = doc.deps[r];
        hang(doc, r, v, "nsubj");
        for c in s.clone() {
            if doc.heads[c] != Some(r) {
                continue;
            }
            if c < r && doc.deps[c].is("nsubj") {
                hang(doc, c, r, "compound");
            } else if c > v {
                doc.heads[c] = Some(v);
            }
        }
    }
}

/// "Mulayam Singh Yadav, whose Samajwadi Party is a key member of the
/// coalition, said he would stand by the prime minister": the parse may
/// hang the noun "whose" owns in apposition to the name, make the
/// relative clause's predicate the main one with the name its subject,
/// and hang the main verb after the closing comma below it (the name then
/// the coalition's member). The clause hangs from the name again with the
/// owned noun its subject, and the main verb takes the root's place.
fn repair_whose_clause_read_as_root(doc: &mut Doc, s: std::ops::Range<usize>) {
    for w in s.clone() {
        if doc.lower[w] != "whose" || w == s.start || doc.word(w - 1) != "," {
            continue;
        }
        let Some(n) = doc.heads[w].filter(|&n| n > w && doc.deps[n].is("appos")) else {
            continue;
        };
        let Some(a) = doc.heads[n].filter(|&a| a < w && doc.deps[a].is("nsubj")) else {
            continue;
        };
        let Some(v) = doc.heads[a].filter(|&v| v > n) else {
            continue;
        };
        let Some(m) = main_verb_below(doc, &s, v) else {
            continue;
        };
        promote_main_verb(doc, &s, v, a, m);
        hang(doc, n, v, "nsubj");
    }
}

/// "The European Union and Japan agreed to cut tariffs": two subjects of
/// one verb with "and" between them are one coordinated subject.
fn repair_double_subject(doc: &mut Doc, s: std::ops::Range<usize>) {
    for v in s.clone() {
        let subjects = subjects_before(doc, &s, v);
        let [a, b] = subjects.as_slice() else {
            continue;
        };
        let Some(cc) = (*a + 1..*b).find(|&t| matches!(doc.lower[t].as_str(), "and" | "or")) else {
            // "Lakeway's largest shareholder, the Canadian group Inco Ltd,
            // said": with a comma between and no "and", the second is the
            // first's apposition.
            // (Not across a relative word: "Chelsea, whose player-manager
            // was sent off".)
            // (Set off by commas on both sides: "…, a spokesman said" is
            // another's subject.)
            if (*a + 1..*b).any(|t| doc.word(t) == ",")
                && (*b + 1..v).any(|t| doc.word(t) == ",")
                && !(*a + 1..*b).any(|t| matches!(doc.lower[t].as_str(), "who" | "whose" | "which"))
            {
                doc.heads[*b] = Some(*a);
                doc.deps[*b] = crate::labels::Dep::named("appos");
            }
            continue;
        };
        doc.heads[*b] = Some(*a);
        doc.deps[*b] = crate::labels::Dep::named("conj");
        doc.heads[cc] = Some(*b);
        doc.deps[cc] = crate::labels::Dep::named("cc");
    }
}

/// "Chirac will hold talks with Hashimoto and meet Emperor Akihito at
/// the Imperial Palace, a spokesman said": the parse may make the name
/// after a verb with no object the subject of a verb further on that has
/// a subject of its own. A subject right after such a verb (past only
/// the words of its own phrase), when its verb has another subject after
/// it or the verb before is in its bare form, is that verb's object.
fn repair_object_read_as_subject(doc: &mut Doc, s: std::ops::Range<usize>) {
    for o in s.clone() {
        let Some(h) = doc.heads[o] else { continue };
        if !doc.deps[o].is("nsubj") || h <= o || !(doc.tags[o].is_proper() || doc.tags[o].is_noun())
        {
            continue;
        }
        let other_subject = (o + 1..h).any(|c| doc.heads[c] == Some(h) && doc.deps[c].is("nsubj"));
        // Back past the words of the name's own phrase ("Portuguese
        // Foreign Minister").
        let in_phrase = |t: usize| {
            let mut k = t;
            for _ in 0..4 {
                match doc.heads[k] {
                    Some(h) if h == o => return true,
                    Some(h) if h > k && h < o => k = h,
                    _ => return false,
                }
            }
            false
        };
        let Some(v) = (s.start..o)
            .rev()
            .find(|&t| !in_phrase(t))
            .filter(|&v| doc.tags[v].is_verb() && doc.lemmas[v] != "be")
        else {
            continue;
        };
        let has_object = s
            .clone()
            .any(|c| doc.heads[c] == Some(v) && (doc.deps[c].is("obj") || doc.deps[c].is("ccomp")));
        // (A verb in its bare form has no subject after it: "will also
        // meet Portuguese Foreign Minister Jaime Gama".)
        let bare = doc.tags[v].penn() == "VB";
        if !(other_subject || bare)
            || has_object
            || crate::lexicon::SPEECH_VERBS.contains(&doc.lemmas[v].as_str())
        {
            continue;
        }
        doc.heads[o] = Some(v);
        doc.deps[o] = crate::labels::Dep::named("obj");
    }
}

/// "Zaire's Prime Minister Kengo wa Dondo met Rwandan Vice-President Paul
/// Kagame": the labeller may call the name before an active verb its
/// object. A verb in the past or present with an object before it, no
/// subject and an object after it: the one before is its subject (in
/// English an object comes before its verb only in questions and
/// fronting, which news copy seldom does with a name).
fn repair_subject_read_as_object(doc: &mut Doc, s: std::ops::Range<usize>) {
    for v in s.clone() {
        let kids: Vec<usize> = s.clone().filter(|&c| doc.heads[c] == Some(v)).collect();
        // (Or a bare verb after a modal: "Thailand would ask Canada".)
        let modal = doc.tags[v].penn() == "VB"
            && kids
                .iter()
                .any(|&c| c < v && doc.deps[c].is("aux") && doc.tags[c].penn() == "MD");
        if !matches!(doc.tags[v].penn(), "VBD" | "VBZ" | "VBP") && !modal {
            continue;
        }
        if kids.iter().any(|&c| {
            doc.deps[c].is("nsubj") || doc.deps[c].is("nsubj:pass") || doc.deps[c].is("expl")
        }) {
            continue;
        }
        let before: Vec<usize> = kids
            .iter()
            .copied()
            .filter(|&c| c < v && (doc.deps[c].is("obj") || doc.deps[c].is("iobj")))
            .collect();
        let [o] = before.as_slice() else { continue };
        if !kids.iter().any(|&c| c > v && doc.deps[c].is("obj"))
            || !(doc.tags[*o].is_proper() || doc.tags[*o].is_noun())
            // (Past the verb's own auxiliaries and adverbs: "Thailand would
            // ask Canada".)
            || (*o + 1..v).any(|t| {
                let own = doc.heads[t] == Some(v)
                    && (doc.deps[t].is("aux") || doc.deps[t].is("advmod"))
                    && matches!(doc.tags[t].penn(), "MD" | "RB" | "VBD" | "VBZ" | "VBP");
                !own && (doc.heads[t] == Some(v) || doc.tags[t].is_verb() || doc.word(t) == ",")
            })
        {
            continue;
        }
        doc.deps[*o] = crate::labels::Dep::named("nsubj");
    }
}

/// "Western diplomats said the United States and Britain would not cut
/// aid": the parse may make the first of two coordinated subjects of a
/// reported clause the speech verb's object, and the second the clause's
/// subject. A verb's object followed, past only its own words, by "and"
/// or "or" and the subject of that verb's clause is the first of the
/// clause's subjects.
fn repair_split_reported_subject(doc: &mut Doc, s: std::ops::Range<usize>) {
    for v in s.clone() {
        if !doc.tags[v].is_verb() {
            continue;
        }
        let kids: Vec<usize> = s.clone().filter(|&c| doc.heads[c] == Some(v)).collect();
        let Some(&o) = kids
            .iter()
            .find(|&&c| c > v && doc.deps[c].is("obj") && doc.tags[c].is_proper())
        else {
            continue;
        };
        let Some(&c) = kids.iter().find(|&&c| c > o && doc.deps[c].is("ccomp")) else {
            continue;
        };
        let Some(n) = (o + 1..c).find(|&t| doc.heads[t] == Some(c) && doc.deps[t].is("nsubj"))
        else {
            continue;
        };
        // Between the object and that subject: the object's own words,
        // then the conjunction and the subject's own words.
        let Some(cc) = (o + 1..n).find(|&t| matches!(doc.lower[t].as_str(), "and" | "or")) else {
            continue;
        };
        if (o + 1..cc)
            .any(|t| doc.heads[t] != Some(o) && doc.heads[t].is_some_and(|h| h < o || h > cc))
            || (cc + 1..n).any(|t| doc.heads[t] != Some(n))
        {
            continue;
        }
        doc.heads[o] = Some(c);
        doc.deps[o] = crate::labels::Dep::named("nsubj");
        doc.heads[n] = Some(o);
        doc.deps[n] = crate::labels::Dep::named("conj");
        doc.heads[cc] = Some(n);
        doc.deps[cc] = crate::labels::Dep::named("cc");
    }
}

/// The head a titled name before a comma would have, built as GUM builds
/// it ("Former President Kenneth Kaunda", "Democratic Assembly Speaker
/// Sheldon Silver", "Opposition leader Chuan Leekpai"): the name's first
/// word after the last title word, when the phrase is only capitalised
/// words, nouns and an opening adjective and ends in a name.
fn titled_name_head(doc: &Doc, phrase: std::ops::Range<usize>) -> Option<usize> {
    let last = phrase.end.checked_sub(1)?;
    if phrase.is_empty()
        || !doc.tags[last].is_proper()
        || !phrase.clone().all(|t| {
            doc.tags[t].is_proper()
                || matches!(doc.tags[t].penn(), "NNP" | "NNPS" | "NN" | "NNS")
                || (t == phrase.start && doc.tags[t].penn() == "JJ")
        })
    {
        return None;
    }
    let mut first = last;
    while first > phrase.start
        && doc.tags[first - 1].is_proper()
        && !crate::lexicon::is_title(doc.word(first - 1))
    {
        first -= 1;
    }
    Some(first)
}

/// Hangs the words of `phrase` from `head` (see [`titled_name_head`]).
fn rebuild_titled_name(doc: &mut Doc, phrase: std::ops::Range<usize>, head: usize) {
    for t in phrase.filter(|&t| t != head) {
        doc.heads[t] = Some(head);
        doc.deps[t] = crate::labels::Dep::named(if t > head {
            "flat"
        } else if doc.tags[t].penn() == "JJ" {
            "amod"
        } else {
            "compound"
        });
    }
}

/// "Former President Kenneth Kaunda, whose United National Independence
/// Party boycotted the poll, told a news conference in Lusaka…": the parse
/// may take the relative clause's verb for the sentence's root, the name
/// for a word of the clause's subject and the sentence's own verb for a
/// verb coordinated with the clause's. A sentence that opens with a
/// phrase, a comma and "whose", whose root is the verb of that clause,
/// with a past or present verb after the clause's closing comma hung from
/// it and having no subject of its own: that verb is the root, the opening
/// phrase its subject and the clause the phrase's.
fn repair_whose_clause(doc: &mut Doc, s: std::ops::Range<usize>) {
    let Some(w) = s.clone().find(|&t| doc.lower[t] == "whose") else {
        return;
    };
    if w < s.start + 2 || doc.word(w - 1) != "," {
        return;
    }
    let Some(root) = s.clone().find(|&t| doc.heads[t].is_none()) else {
        return;
    };
    if root <= w || !doc.tags[root].is_verb() {
        return;
    }
    // The opening phrase: one word of it hung from outside it, a noun or
    // a name; or a title and a name ("Former President Kenneth Kaunda",
    // "Opposition leader Chuan Leekpai"), whatever the parse made of it,
    // to be rebuilt with the name's first word its head.
    let opening = s.start..w - 1;
    let tops: Vec<usize> = opening
        .clone()
        .filter(|&t| doc.heads[t].is_none_or(|h| !opening.contains(&h)))
        .collect();
    let (a, rebuild) = match tops.as_slice() {
        [a] if doc.tags[*a].is_proper() || doc.tags[*a].is_noun() => (*a, false),
        _ => match titled_name_head(doc, opening.clone()) {
            Some(first) => (first, true),
            None => return,
        },
    };
    // The clause's verb and its subject, the noun "whose" goes with: the
    // root ("whose party boycotted the poll, told…", the sentence's verb
    // hung from it), or a verb hung from the root ("Chelsea, whose
    // player-manager was sent off, lost…").
    let subject_of = |doc: &Doc, r: usize| {
        (w + 1..r).find(|&t| {
            doc.heads[t] == Some(r) && (doc.deps[t].is("nsubj") || doc.deps[t].is("nsubj:pass"))
        })
    };
    // ("said" after the clause's comma is the sentence's verb however the
    // tagger read it.)
    let finite = |doc: &Doc, t: usize| {
        matches!(doc.tags[t].penn(), "VBD" | "VBZ" | "VBP")
            || (doc.tags[t].penn() == "VBN"
                && doc.word(t - 1) == ","
                && crate::lexicon::SPEECH_VERBS.contains(&doc.lemmas[t].as_str()))
    };
    let below = (w + 1..root).find(|&r| {
        doc.heads[r] == Some(root)
            && doc.tags[r].is_verb()
            && subject_of(doc, r).is_some()
            && doc.word(root - 1) == ","
            && finite(doc, root)
    });
    let (r, v) = match below {
        Some(r) => (r, root),
        None => {
            let r = root;
            let Some(v) = (r + 1..s.end).find(|&t| {
                doc.heads[t] == Some(r)
                    && (doc.deps[t].is("conj") || doc.deps[t].is("parataxis"))
                    && finite(doc, t)
                    && doc.word(t - 1) == ","
            }) else {
                return;
            };
            (r, v)
        }
    };
    // The clause's subject, or the noun right after "whose" when the parse
    // hung it elsewhere ("Jalal Talabani, whose Patriotic Union of
    // Kurdistan has fought the KDP": an apposition of the name).
    let Some(n) = subject_of(doc, r).or_else(|| {
        (w + 1..r).find(|&t| {
            (doc.tags[t].is_proper() || doc.tags[t].is_noun())
                && doc.heads[t].is_some_and(|h| !(w + 1..r).contains(&h))
        })
    }) else {
        return;
    };
    if (w + 1..s.end).any(|t| {
        doc.heads[t] == Some(v)
            && t != r
            && (doc.deps[t].is("nsubj") || doc.deps[t].is("nsubj:pass") || doc.deps[t].is("cc"))
    }) {
        return;
    }
    if rebuild {
        rebuild_titled_name(doc, opening.clone(), a);
    }
    if v != root {
        doc.heads[v] = None;
        doc.deps[v] = crate::labels::Dep::named("root");
    }
    doc.heads[a] = Some(v);
    doc.deps[a] = crate::labels::Dep::named("nsubj");
    doc.heads[r] = Some(a);
    doc.deps[r] = crate::labels::Dep::named("acl:relcl");
    doc.heads[n] = Some(r);
    if !doc.deps[n].is("nsubj:pass") {
        doc.deps[n] = crate::labels::Dep::named("nsubj");
    }
    doc.heads[w] = Some(n);
    doc.deps[w] = crate::labels::Dep::named("nmod:poss");
    // The commas around the clause are the clause's.
    for c in [w - 1, v - 1] {
        doc.heads[c] = Some(r);
        doc.deps[c] = crate::labels::Dep::named("punct");
    }
    // What else hung from the old root past the sentence's verb is the
    // sentence's.
    for t in v + 1..s.end {
        if doc.heads[t] == Some(r) {
            doc.heads[t] = Some(v);
        }
    }
}

/// "Yeltsin is due to meet Clinton in Moscow", parsed with "to" as a
/// preposition and "meet" a clause hung from it: an infinitive's "to" is
/// the verb's mark, and the verb hangs where the parse hung "to" (the
/// complement of "due", "able", "set").
fn repair_infinitive_to(doc: &mut Doc, s: std::ops::Range<usize>) {
    for t in s.start..s.end.saturating_sub(1) {
        let v = t + 1;
        if doc.tags[t].penn() != "TO" || doc.tags[v].penn() != "VB" || doc.heads[v] != Some(t) {
            continue;
        }
        let Some(h) = doc.heads[t] else { continue };
        doc.heads[v] = Some(h);
        doc.deps[v] =
            crate::labels::Dep::named(if doc.tags[h].is_noun() || doc.tags[h].is_proper() {
                "acl"
            } else {
                "xcomp"
            });
        doc.heads[t] = Some(v);
        doc.deps[t] = crate::labels::Dep::named("mark");
    }
}

/// "In Amman, King Hussein of Jordan told…", "In the doubles semi-finals,
/// Australians Todd Woodbridge and Mark Woodforde beat…", "Chelsea, whose
/// player-manager was sent off, lost…": the parse may hang the subject
/// below a phrase or clause before it and leave the sentence's verb with
/// none. A finite root verb without a subject takes as its subject the
/// phrase between it and the nearest comma before it that is one nominal
/// phrase (past clauses between commas); a phrase in apposition to a noun
/// before it ("Its lawyer, Andrew Mitchell, told") is that noun's, unless
/// that noun is a preposition's ("In Amman, King Hussein"); a people's
/// word before a name ("Australians Todd Woodbridge") goes with the name.
fn repair_subject_after_comma(doc: &mut Doc, s: std::ops::Range<usize>) {
    let Some(v) = s.clone().find(|&t| doc.heads[t].is_none()) else {
        return;
    };
    // (Or a participle or a bare verb with a finite auxiliary: "is
    // expected", "would ask".)
    let auxiliary = s.clone().any(|c| {
        doc.heads[c] == Some(v)
            && (doc.deps[c].is("aux") || doc.deps[c].is("aux:pass"))
            && c < v
            && matches!(doc.tags[c].penn(), "VBD" | "VBZ" | "VBP" | "MD")
    });
    let passive = s
        .clone()
        .any(|c| doc.heads[c] == Some(v) && doc.deps[c].name() == "aux:pass");
    if !(matches!(doc.tags[v].penn(), "VBD" | "VBZ" | "VBP")
        || (matches!(doc.tags[v].penn(), "VBN" | "VB") && auxiliary))
        || s.clone().any(|c| {
            doc.heads[c] == Some(v)
                && ["nsubj", "nsubj:pass", "expl", "csubj"]
                    .iter()
                    .any(|d| doc.deps[c].is(d))
        })
    {
        return;
    }
    let subject = if passive { "nsubj:pass" } else { "nsubj" };
    let nominal = |doc: &Doc, t: usize| {
        doc.tags[t].is_noun() || doc.tags[t].is_proper() || doc.tags[t].is_pronoun()
    };
    // Whether a noun is a preposition's, or coordinated with one that is.
    let in_phrase = |doc: &Doc, mut h: usize| {
        for _ in 0..4 {
            if doc.children[h].iter().any(|&c| doc.deps[c].is("case")) {
                return true;
            }
            match doc.heads[h] {
                Some(g) if doc.deps[h].is("conj") => h = g,
                _ => return false,
            }
        }
        false
    };
    // A bare nominal hung from the verb before it as something else is the
    // subject ("U.S. Senator John Cornyn, Republican from Texas, issued",
    // the name read as the object; "Ivanisevic, who served 24 aces, will
    // meet", the name read as an adverb).
    if let Some(c) = (s.start..v).find(|&c| {
        doc.heads[c] == Some(v)
            && nominal(doc, c)
            && (["obj", "iobj", "obl", "dep", "nmod:unmarked", "appos"]
                .iter()
                .any(|d| doc.deps[c].is(d))
                || (doc.deps[c].is("advmod") && doc.tags[c].is_proper()))
            && !in_phrase(doc, c)
    }) {
        doc.deps[c] = crate::labels::Dep::named(subject);
        return;
    }
    let starts =
        std::iter::once(s.start).chain((s.start..v).filter(|&c| doc.word(c) == ",").map(|c| c + 1));
    let mut starts: Vec<usize> = starts.collect();
    starts.reverse();
    // (The nearest few: linear in the sentence.)
    for start in starts.into_iter().take(8) {
        let span = start..v;
        // (A relative clause between commas is the phrase's, wherever the
        // parse hung it: "Sheldon Silver, who has clashed…, said".)
        let relative = |t: usize| {
            doc.tags[t].is_verb()
                && span.clone().any(|k| {
                    doc.heads[k] == Some(t)
                        && matches!(doc.lower[k].as_str(), "who" | "which" | "whose")
                })
        };
        let tops: Vec<usize> = span
            .clone()
            .filter(|&t| {
                !doc.tags[t].is_punct()
                    && doc.heads[t].is_none_or(|h| !span.contains(&h))
                    && !(relative(t) && t > span.start)
            })
            .collect();
        let [t] = tops.as_slice() else { continue };
        let mut t = *t;
        // (A titled name the parse built round an adjective of its title:
        // "Democratic Assembly Speaker Sheldon Silver, who…, said".)
        // (A titled name the parse built round a word of its title:
        // "Democratic Assembly Speaker Sheldon Silver, who…, said", with
        // the name the object of "Democratic".)
        let end = (start..v).find(|&k| doc.word(k) == ",").unwrap_or(v);
        if (start..end).contains(&t) {
            if let Some(head) = titled_name_head(doc, start..end) {
                if head != t && !dominates(doc, head, v) {
                    let above = doc.heads[t];
                    rebuild_titled_name(doc, start..end, head);
                    doc.heads[head] = above;
                    t = head;
                }
            }
        }
        if !nominal(doc, t) || doc.tags[t].penn() == "WP" {
            continue;
        }
        if doc.deps[t].is("appos") {
            if let Some(h) = doc.heads[t].filter(|&h| h < start && nominal(doc, h)) {
                if !in_phrase(doc, h) {
                    t = h;
                }
            }
        }
        if dominates(doc, t, v) || t == v {
            return;
        }
        // "Australians Todd Woodbridge": the name heads it.
        if crate::lexicon::demonym(doc.word(t)).is_some()
            && t + 1 < v
            && doc.heads[t + 1] == Some(t)
            && doc.tags[t + 1].is_proper()
        {
            let name = t + 1;
            for c in s.clone() {
                if c != name && doc.heads[c] == Some(t) {
                    doc.heads[c] = Some(name);
                }
            }
            doc.heads[t] = Some(name);
            doc.deps[t] = crate::labels::Dep::named("amod");
            t = name;
        }
        doc.heads[t] = Some(v);
        doc.deps[t] = crate::labels::Dep::named(subject);
        return;
    }
}

/// "Luis Ortega, telecoms analyst at Banco Santander": the labeller may
/// call a noun's prepositional phrase a verb's (obl) or a verb's a noun's
/// (nmod); UD tells them by the head, and so do the fact patterns.
fn repair_oblique_label(doc: &mut Doc, s: std::ops::Range<usize>) {
    for t in s {
        let Some(h) = doc.heads[t] else { continue };
        let noun_head =
            (doc.tags[h].is_noun() || doc.tags[h].is_proper()) && !doc.tags[h].is_verb();
        if doc.deps[t].name() == "obl" && noun_head {
            doc.deps[t] = crate::labels::Dep::named("nmod");
        } else if doc.deps[t].name() == "nmod" && doc.tags[h].is_verb() {
            doc.deps[t] = crate::labels::Dep::named("obl");
        } else if doc.deps[t].name() == "advcl"
            && doc.tags[h].penn() == "JJ"
            && doc.children[t]
                .iter()
                .any(|&c| doc.lower[c] == "to" && doc.deps[c].is("mark"))
        {
            // "the OAU was ready to send observers": an adjective's
            // infinitive is its complement.
            doc.deps[t] = crate::labels::Dep::named("xcomp");
        }
    }
}

/// "Dane Rolf Sorensen of Rabobank was third": a people's word before a
/// name that the parse made the name's head (its words hung from it as
/// `flat`) gives the name back its place; the word modifies it.
fn repair_people_word_before_name(doc: &mut Doc, s: std::ops::Range<usize>) {
    for m in s.start..s.end.saturating_sub(2) {
        let p = m + 1;
        if crate::lexicon::demonym(doc.word(m)).is_none()
            || !doc.tags[p].is_proper()
            || doc.heads[p] != Some(m)
            || !doc.deps[p].is("flat")
            || crate::lexicon::demonym(doc.word(p)).is_some()
        {
            continue;
        }
        promote(doc, s.clone(), m, p, "amod");
    }
}

/// Puts `p` in `m`'s place in the tree (its head, its relation and its
/// other children) and hangs `m` from `p` by `dep`.
fn promote(doc: &mut Doc, s: std::ops::Range<usize>, m: usize, p: usize, dep: &str) {
    for c in s {
        if c != p && doc.heads[c] == Some(m) {
            doc.heads[c] = Some(p);
        }
    }
    doc.heads[p] = doc.heads[m];
    doc.deps[p] = doc.deps[m];
    doc.heads[m] = Some(p);
    doc.deps[m] = crate::labels::Dep::named(dep);
}

/// "Kim Dae-jung, leader of the opposition National Congress for New
/// Politics": the parse may make the name an apposition of the noun
/// before it, or a second modifier of the noun both follow ("the
/// candidate of the opposition Democratic Party"). After "the" and a noun
/// that says what kind of body follows ("opposition", "rebel"), the name
/// is the phrase's head and the noun its modifier.
fn repair_modifier_noun_before_name(doc: &mut Doc, s: std::ops::Range<usize>) {
    for m in s.start + 1..s.end.saturating_sub(1) {
        if !matches!(
            doc.lower[m].as_str(),
            "opposition" | "rebel" | "guerrilla" | "separatist" | "militant" | "ruling"
        ) || doc.lower[m - 1] != "the"
        {
            continue;
        }
        // The name's head, its words before it hung inside it.
        // (Or a second modifier of the noun before: "the candidate of
        // the opposition Democratic Party" with "Party" hung from
        // "candidate" beside "opposition".)
        let Some(p) = (m + 1..s.end.min(m + 5)).find(|&q| {
            doc.tags[q].is_proper()
                && ((doc.heads[q] == Some(m) && doc.deps[q].is("appos"))
                    || (doc.heads[q].is_some()
                        && doc.heads[q] == doc.heads[m]
                        && doc.deps[q].is("nmod")
                        && doc.deps[m].is("nmod")))
        }) else {
            continue;
        };
        if (m + 1..p).any(|t| doc.heads[t].is_none_or(|h| h <= m || h > p)) {
            continue;
        }
        promote(doc, s.clone(), m, p, "compound");
    }
}

/// "spokesman for the United Nations International Police Task Force":
/// the parse may hang the preposition from a first word of a name whose
/// last word heads it (and call that word an owner, with no "'s"). A
/// preposition goes to the head of the run of capitalised words it opens.
fn repair_case_in_name(doc: &mut Doc, s: std::ops::Range<usize>) {
    for c in s.clone() {
        if !doc.deps[c].is("case") || doc.tags[c].penn() != "IN" {
            continue;
        }
        let Some(mut h) = doc.heads[c].filter(|&h| h > c && doc.tags[h].is_proper()) else {
            continue;
        };
        let first = h;
        for _ in 0..6 {
            match doc.heads[h] {
                Some(g) if g > h && g < s.end && (h..=g).all(|t| doc.tags[t].is_proper()) => h = g,
                _ => break,
            }
        }
        // (Or hung from a later word of the name that the parse hung
        // from an earlier one: "at the Andy Warhol Foundation" with
        // "Foundation" a part of "Andy", "at" hung from "Foundation".)
        if h == first {
            for _ in 0..6 {
                match doc.heads[h] {
                    Some(g)
                        if g < h
                            && g > c
                            && (g..=h).all(|t| doc.tags[t].is_proper())
                            && ["flat", "reparandum", "compound"]
                                .iter()
                                .any(|d| doc.deps[h].is(d)) =>
                    {
                        h = g
                    }
                    _ => break,
                }
            }
            if h == first {
                continue;
            }
            doc.heads[c] = Some(h);
            continue;
        }
        doc.heads[c] = Some(h);
        // (No owner without "'s".)
        for t in first..h {
            if doc.deps[t].name() == "nmod:poss"
                && !doc.children[t].iter().any(|&k| doc.tags[k].penn() == "POS")
            {
                doc.deps[t] = crate::labels::Dep::named("compound");
            }
        }
    }
}

/// "Khaleda Zia refused to concede defeat and accused the Awami League":
/// a verb in the past or present coordinated with an infinitive is
/// coordinated with the verb that carries the infinitive (she accused
/// the League; she did not refuse to accuse it).
fn repair_finite_conjunct_of_infinitive(doc: &mut Doc, s: std::ops::Range<usize>) {
    for v in s.clone() {
        // (By its form too: the tagger may call "accused" a bare verb.)
        let finite = matches!(doc.tags[v].penn(), "VBD" | "VBZ" | "VBP")
            || (doc.tags[v].is_verb() && doc.lower[v].len() > 4 && doc.lower[v].ends_with("ed"));
        if !doc.deps[v].is("conj") || !finite {
            continue;
        }
        let Some(h) = doc.heads[v] else { continue };
        if doc.tags[h].penn() != "VB" || !doc.deps[h].is("xcomp") {
            continue;
        }
        // Up the infinitives to the verb that carries them.
        let mut f = h;
        for _ in 0..4 {
            match doc.heads[f] {
                Some(g) if doc.deps[f].is("xcomp") && doc.tags[g].is_verb() && g < f => f = g,
                _ => break,
            }
        }
        if f == h || !matches!(doc.tags[f].penn(), "VBD" | "VBZ" | "VBP") {
            continue;
        }
        doc.heads[v] = Some(f);
    }
}

/// Hangs `t` from `head` with the relation `dep`.
fn hang(doc: &mut Doc, t: usize, head: usize, dep: &str) {
    doc.heads[t] = Some(head);
    doc.deps[t] = crate::labels::Dep::named(dep);
}

/// For each token of sentence `s` (from `s.start`), whether a token (one
/// before it, with `before`) hangs from it with a relation `deps` names:
/// one pass over the sentence, read from the heads (the children are
/// indexed after the repairs).
fn has_dependent(doc: &Doc, s: &std::ops::Range<usize>, deps: &[&str], before: bool) -> Vec<bool> {
    let mut has = vec![false; s.len()];
    for c in s.clone() {
        if let Some(h) = doc.heads[c].filter(|&h| (!before || c < h) && s.contains(&h)) {
            if deps.iter().any(|d| doc.deps[c].is(d)) {
                has[h - s.start] = true;
            }
        }
    }
    has
}

/// "In Beijing, Lu Ping, director of the State Council's Hong Kong and
/// Macau Affairs Office, told …": the parse may take the name for the
/// fronted place's apposition and the role noun after it for the verb's
/// subject. A name in apposition to a place put before the verb, followed
/// by that verb's subject, a common noun, is the subject, and the noun
/// its apposition.
fn repair_name_after_fronted_place(doc: &mut Doc, s: std::ops::Range<usize>) {
    for n in s.clone() {
        if !doc.deps[n].is("appos") || !doc.tags[n].is_proper() {
            continue;
        }
        let Some(place) = doc.heads[n].filter(|&p| p < n && doc.deps[p].is("obl")) else {
            continue;
        };
        let Some(v) = doc.heads[place].filter(|&v| v > n && doc.tags[v].is_verb()) else {
            continue;
        };
        // (Read from the heads: the children are indexed after the
        // repairs.)
        let Some(subject) =
            (n + 1..v).find(|&c| doc.heads[c] == Some(v) && doc.deps[c].is("nsubj"))
        else {
            continue;
        };
        if !matches!(doc.tags[subject].penn(), "NN" | "NNS")
            || doc.word(subject - 1) != ","
            || !(s.start..place).any(|c| doc.heads[c] == Some(place) && doc.deps[c].is("case"))
        {
            continue;
        }
        hang(doc, n, v, "nsubj");
        hang(doc, subject, n, "appos");
    }
}

/// "In Vienna, the Organisation for Security and Cooperation in Europe
/// (OSCE) said …": the parse may take the fronted place for the verb's
/// subject and the name after its comma for the place's conjunct. A
/// proper noun opened by a preposition at the sentence's start, the
/// subject of a verb after it, with a conjunct after a comma and no "and"
/// or "or" between, is the verb's oblique, and the conjunct its subject
/// (with what the place held after it: "in Europe").
fn repair_fronted_place_as_subject(doc: &mut Doc, s: std::ops::Range<usize>) {
    if s.len() < 5 || !matches!(doc.lower[s.start].as_str(), "in" | "at" | "from") {
        return;
    }
    let place = s.start + 1;
    let Some(v) = doc.heads[place].filter(|&v| v > place && doc.tags[v].is_verb()) else {
        return;
    };
    if !doc.tags[place].is_proper()
        || !doc.deps[place].is("nsubj")
        || doc.heads[s.start] != Some(place)
    {
        return;
    }
    // The place's own name ends at the first comma.
    let Some(comma) = (place + 1..v).find(|&t| doc.word(t) == ",") else {
        return;
    };
    let Some(subject) =
        (comma + 1..v).find(|&c| doc.heads[c] == Some(place) && doc.deps[c].is("conj"))
    else {
        return;
    };
    if (comma..subject).any(|t| matches!(doc.lower[t].as_str(), "and" | "or")) {
        return;
    }
    for c in subject + 1..v {
        if doc.heads[c] == Some(place) {
            hang(doc, c, subject, "nmod");
        }
    }
    if doc.heads[comma] == Some(subject) {
        hang(doc, comma, place, "punct");
    }
    hang(doc, place, v, "obl");
    hang(doc, subject, v, "nsubj");
}

/// "In Taipei, China Airlines said it was close to a decision …": the
/// parse may make what is said the root, the fronted place its oblique
/// and the speech verb a relative clause of the place. A speech verb with
/// a subject of its own after the place's comma, hung as a relative
/// clause (no relative word) from a place opened by "in" or "at" at the
/// sentence's start, is the root: the place its oblique, the old root
/// what it says (and a pronoun it took for its object, that clause's
/// subject).
fn repair_speech_verb_under_fronted_place(doc: &mut Doc, s: std::ops::Range<usize>) {
    if s.len() < 6 || !matches!(doc.lower[s.start].as_str(), "in" | "at") {
        return;
    }
    let Some(r) = s.clone().find(|&t| doc.heads[t].is_none()) else {
        return;
    };
    let Some(place) = doc.heads[s.start]
        .filter(|&p| doc.tags[p].is_proper() && doc.deps[p].is("obl") && doc.heads[p] == Some(r))
    else {
        return;
    };
    let Some(comma) = (place + 1..r).find(|&t| doc.word(t) == ",") else {
        return;
    };
    let Some(v) = (comma + 1..r).find(|&v| {
        doc.heads[v] == Some(place)
            && doc.deps[v].is("acl:relcl")
            && doc.tags[v].is_verb()
            && crate::lexicon::SPEECH_VERBS.contains(&doc.lemmas[v].as_str())
    }) else {
        return;
    };
    let subject = (comma + 1..v).any(|c| doc.heads[c] == Some(v) && doc.deps[c].is("nsubj"));
    let relative = (comma + 1..v).any(|c| matches!(doc.tags[c].penn(), "WDT" | "WP"));
    if !subject || relative {
        return;
    }
    for c in v + 1..r {
        if doc.heads[c] == Some(v) && doc.deps[c].is("obj") && doc.tags[c].penn() == "PRP" {
            hang(doc, c, r, "nsubj");
        }
    }
    hang(doc, r, v, "ccomp");
    hang(doc, place, v, "obl");
    doc.heads[v] = None;
    doc.deps[v] = crate::labels::Dep::named("root");
}

/// "the headquarters of state-run Radio Television Serbia (RTS), which
/// Draskovic accuses of lying": the parse may take "which" and the name
/// after it for two subjects of the verb, and hang the verb from the main
/// clause. "Which" or "whom" after a comma, then a name or a pronoun that
/// is the verb's subject as well: the verb is a relative clause of the
/// name before the comma (past a bracketed acronym), "which" its object.
fn repair_object_relative(doc: &mut Doc, s: std::ops::Range<usize>) {
    for w in s.start + 2..s.end.saturating_sub(2) {
        if !matches!(doc.lower[w].as_str(), "which" | "whom") || doc.word(w - 1) != "," {
            continue;
        }
        let Some(v) = doc.heads[w].filter(|&v| v > w + 1 && doc.tags[v].is_verb()) else {
            continue;
        };
        let subject = (w + 1..v).find(|&k| doc.heads[k] == Some(v) && doc.deps[k].is("nsubj"));
        if !doc.deps[w].is("nsubj")
            || !subject.is_some_and(|k| doc.tags[k].is_proper() || doc.tags[k].penn() == "PRP")
            || doc.heads[v].is_none()
        {
            continue;
        }
        // The name before the comma, past a bracketed acronym.
        let mut a = w - 2;
        if doc.word(a) == ")" {
            match (s.start..a).rev().find(|&k| doc.word(k) == "(") {
                Some(open) if open > s.start => a = open - 1,
                _ => continue,
            }
        }
        while let Some(h) = doc.heads[a]
            .filter(|&h| h > a && h < w && (doc.deps[a].is("flat") || doc.deps[a].is("compound")))
        {
            a = h;
        }
        if !doc.tags[a].is_proper() || dominates(doc, v, a) {
            continue;
        }
        hang(doc, v, a, "acl:relcl");
        hang(doc, w, v, "obj");
    }
}

/// "Patrick Roy made 31 saves for Colorado, and Adam Deadmarsh, Valeri
/// Kamensky and Claude Lemieux also scored for the champions": the parse
/// may join the names after ", and" to the first clause's oblique and hang
/// the second verb from the first with no subject. A past or present verb
/// with no subject, hung from the root, right after (an adverb at most) a
/// list of names opened by ", and" and joined to the root's object or
/// oblique, is a second clause: the list its subject.
fn repair_list_read_as_conjunct(doc: &mut Doc, s: std::ops::Range<usize>) {
    let Some(root) = s.clone().find(|&t| doc.heads[t].is_none()) else {
        return;
    };
    let subject = has_dependent(doc, &s, &["nsubj", "nsubj:pass"], false);
    for v in s.start + 3..s.end {
        if !matches!(doc.tags[v].penn(), "VBD" | "VBZ" | "VBP")
            || doc.heads[v] != Some(root)
            || doc.deps[v].is("conj")
            || subject[v - s.start]
        {
            continue;
        }
        let mut k = v - 1;
        while k > s.start && doc.tags[k].penn() == "RB" && doc.heads[k] == Some(v) {
            k -= 1;
        }
        if !doc.tags[k].is_proper() {
            continue;
        }
        // The list's first name: the conjunct after ", and" whose phrase
        // runs to k.
        let Some(a) = (s.start + 2..k).find(|&a| {
            doc.deps[a].is("conj")
                && doc.tags[a].is_proper()
                && doc.lower[a - 1] == "and"
                && doc.word(a - 2) == ","
                && doc.heads[a].is_some_and(|h| {
                    h < a - 2
                        && (doc.deps[h].is("obl") || doc.deps[h].is("obj"))
                        && doc.heads[h] == Some(root)
                })
                && dominates(doc, a, k)
        }) else {
            continue;
        };
        hang(doc, a, v, "nsubj");
        hang(doc, a - 1, v, "cc");
        hang(doc, a - 2, v, "punct");
        doc.deps[v] = crate::labels::Dep::named("conj");
    }
}

/// "did not attend the talks because he was in Zagreb": the parse may hang
/// the copular clause's predicate from the verb as an oblique, "because"
/// its case; a nominal with a subject and a copula of its own is a clause
/// (an adverbial one under a verb), and the conjunction its mark, so the
/// verb's subject and negation are not the clause's.
fn repair_copular_clause_as_oblique(doc: &mut Doc, s: std::ops::Range<usize>) {
    let subject = has_dependent(doc, &s, &["nsubj"], true);
    let copula = has_dependent(doc, &s, &["cop"], true);
    for t in s.clone() {
        let clause = doc.deps[t].is("obl")
            && doc.heads[t].is_some_and(|h| doc.tags[h].is_verb())
            && subject[t - s.start]
            && copula[t - s.start];
        if !clause {
            continue;
        }
        doc.deps[t] = crate::labels::Dep::named("advcl");
        for c in s.start..t {
            if doc.heads[c] == Some(t)
                && doc.deps[c].is("case")
                && doc.tags[c].penn() == "IN"
                && c + 1 < t
                && {
                    let next = c + 1;
                    doc.deps[next].is("nsubj")
                        || doc.tags[next].is_pronoun()
                        || doc.tags[next].is_proper()
                        || doc.tags[next].penn() == "DT"
                }
            {
                doc.deps[c] = crate::labels::Dep::named("mark");
            }
        }
    }
}

/// "BHP said on Monday it would buy Magma Copper": the parse may hang the
/// pronoun from the day before it ("Monday it"). A personal pronoun hung
/// from a noun before it, with a verb right after it (past its
/// auxiliaries and adverbs) that has no subject, is that verb's subject.
fn repair_pronoun_after_time(doc: &mut Doc, s: std::ops::Range<usize>) {
    for p in s.clone() {
        if !matches!(doc.lower[p].as_str(), "it" | "he" | "she" | "they" | "we")
            || !doc.heads[p]
                .is_some_and(|h| h < p && (doc.tags[h].is_noun() || doc.tags[h].is_proper()))
            || doc.deps[p].is("nsubj")
        {
            continue;
        }
        let mut v = p + 1;
        while v < s.end
            && (doc.tags[v].penn() == "MD" || doc.deps[v].is("aux") || doc.tags[v].penn() == "RB")
        {
            v += 1;
        }
        if v >= s.end
            || !doc.tags[v].is_verb()
            || dominates(doc, p, v)
            || (v > p + 1 && (p + 1..v).any(|t| doc.heads[t] != Some(v)))
            || s.clone().any(|c| {
                doc.heads[c] == Some(v) && (doc.deps[c].is("nsubj") || doc.deps[c].is("nsubj:pass"))
            })
        {
            continue;
        }
        doc.heads[p] = Some(v);
        doc.deps[p] = crate::labels::Dep::named(
            if doc.tags[v].penn() == "VBN"
                && (p + 1..v).any(|t| {
                    matches!(
                        doc.lower[t].as_str(),
                        "was" | "were" | "is" | "are" | "be" | "been"
                    )
                })
            {
                "nsubj:pass"
            } else {
                "nsubj"
            },
        );
    }
}

/// "Clinton named Anthony Lake director of the CIA": the parse may read
/// "Anthony Lake director" as one noun phrase, the role its head. After a
/// verb that gives a role, the name is the object and the role what it
/// is made.
fn repair_named_role(doc: &mut Doc, s: std::ops::Range<usize>) {
    const GIVE_ROLE: &[&str] = &[
        "name", "appoint", "elect", "nominate", "make", "choose", "pick",
    ];
    for r in s.clone() {
        let Some(v) = doc.heads[r] else { continue };
        if !(doc.deps[r].is("obj")
            && GIVE_ROLE.contains(&doc.lemmas[v].as_str())
            && crate::lexicon::is_role(&doc.lemmas[r]))
        {
            continue;
        }
        // The name right before the role, hung from it.
        let name: Vec<usize> = doc.children[r]
            .iter()
            .copied()
            .filter(|&c| c < r && doc.tags[c].is_proper() && doc.deps[c].is("compound"))
            .collect();
        let Some(&head) = name.first() else { continue };
        // (Role words may come between: "names Floto chief executive".)
        let gap = doc.subtree(head).end..r;
        if !gap.clone().all(|k| {
            doc.heads[k] == Some(r)
                && !doc.tags[k].is_proper()
                && (doc.deps[k].is("compound") || doc.deps[k].is("amod"))
        }) {
            continue;
        }
        doc.heads[head] = Some(v);
        doc.deps[head] = crate::labels::Dep::named("obj");
        doc.deps[r] = crate::labels::Dep::named("xcomp");
    }
}

/// "Benali's lawyer, Luc Vermeulen, said…", "His lawyer, Rogelio
/// Bautista, said…": an owned role, a comma, a name and a comma before the
/// verb; the parse made the name the subject and hung the role elsewhere.
/// The role is the subject and the name in apposition to it.
fn repair_owned_role_before_name(doc: &mut Doc, s: std::ops::Range<usize>) {
    for r in s.start..s.end.saturating_sub(4) {
        let owned = doc.children[r]
            .iter()
            .any(|&c| doc.deps[c].is("nmod:poss") && c < r);
        if !owned
            || !doc.tags[r].is_noun()
            || !crate::lexicon::is_role(&doc.lemmas[r])
            || doc.word(r + 1) != ","
            || !doc.tags[r + 2].is_proper()
        {
            continue;
        }
        let p = r + 2;
        let mut c2 = p + 1;
        while c2 < s.end && doc.tags[c2].is_proper() && doc.heads[c2] == Some(p) {
            c2 += 1;
        }
        let Some(v) = doc.heads[p] else { continue };
        if c2 >= s.end
            || doc.word(c2) != ","
            || v <= c2
            || !doc.tags[v].is_verb()
            || !doc.deps[p].is("nsubj")
            // (Never under the role itself: the tree stays a tree.)
            || dominates(doc, r, v)
            || !(c2 + 1..v)
                .all(|t| matches!(doc.tags[t].penn(), "MD" | "RB" | "VBD" | "VBZ" | "VBP"))
        {
            continue;
        }
        doc.heads[r] = Some(v);
        doc.deps[r] = crate::labels::Dep::named("nsubj");
        doc.heads[p] = Some(r);
        doc.deps[p] = crate::labels::Dep::named("appos");
        for c in [r + 1, c2] {
            doc.heads[c] = Some(p);
            doc.deps[c] = crate::labels::Dep::named("punct");
        }
    }
}

/// "Albright, 59, will replace Warren Christopher", "Anthony Lake, the
/// national security adviser, was named director": a name, a phrase between
/// commas and a verb with no subject of its own; the parse may hang the
/// name from the verb as anything but its subject. The name is the
/// subject (passive after a passive auxiliary) and the phrase between the
/// commas describes it.
fn repair_subject_before_apposition(doc: &mut Doc, s: std::ops::Range<usize>) {
    for x in s.clone() {
        let Some(v) = doc.heads[x] else { continue };
        if !(v > x + 3
            && doc.tags[x].is_proper()
            && doc.tags[v].is_verb()
            && doc.word(x + 1) == ",")
            || doc.deps[x].is("nsubj")
            || doc.deps[x].is("conj")
        {
            continue;
        }
        // The second comma, then only auxiliaries and adverbs up to the verb.
        let Some(c2) = (x + 2..v).find(|&t| doc.word(t) == ",") else {
            continue;
        };
        // No subject but one the parse took from between the commas.
        if doc.children[v].iter().any(|&c| {
            !(x..c2).contains(&c)
                && (doc.deps[c].is("nsubj") || doc.deps[c].is("csubj") || doc.deps[c].is("expl"))
        }) {
            continue;
        }
        let between = x + 2..c2;
        if between.is_empty()
            || between.len() > 8
            || between
                .clone()
                .any(|t| doc.tags[t].is_verb() || doc.lower[t] == "who")
            || !(c2 + 1..v).all(|t| {
                matches!(
                    doc.tags[t].penn(),
                    "MD" | "RB" | "VB" | "VBD" | "VBZ" | "VBP"
                )
            })
        {
            continue;
        }
        let passive = (c2 + 1..v).any(|t| doc.lemmas[t] == "be" || doc.lemmas[t] == "get")
            && doc.tags[v].penn() == "VBN";
        doc.deps[x] = crate::labels::Dep::named(if passive { "nsubj:pass" } else { "nsubj" });
        for t in between {
            if doc.heads[t].is_some_and(|h| h < x + 2 || h >= c2) {
                doc.heads[t] = Some(x);
                doc.deps[t] = crate::labels::Dep::named("appos");
            }
        }
        for c in [x + 1, c2] {
            doc.heads[c] = Some(x);
            doc.deps[c] = crate::labels::Dep::named("punct");
        }
    }
}

/// "Minister Hassan el-Alfi told reporters the attacks had been planned
/// in Sudan", parsed with "told" as an adjective of the name and the name
/// a second subject of "planned": a speech verb right after the name it
/// hangs from, where that name is the subject of a later verb, heads the
/// sentence, with the name its subject and the later verb what was said.
fn repair_speech_verb_read_as_modifier(doc: &mut Doc, s: std::ops::Range<usize>) {
    for u in s.clone() {
        let Some(t) = doc.heads[u] else { continue };
        let Some(v) = doc.heads[t] else { continue };
        if !(t < u
            && v > u
            && doc.tags[t].is_proper()
            && (doc.deps[u].is("amod") || doc.deps[u].is("acl"))
            && matches!(doc.tags[u].penn(), "VBD" | "VBZ")
            && crate::lexicon::SPEECH_VERBS.contains(&doc.lemmas[u].as_str())
            && (doc.deps[t].is("nsubj") || doc.deps[t].is("nsubj:pass"))
            && (t + 1..u).all(|k| doc.heads[k].is_some_and(|h| h >= t && h < u)))
        {
            continue;
        }
        doc.heads[u] = doc.heads[v];
        doc.deps[u] = doc.deps[v];
        doc.heads[t] = Some(u);
        doc.deps[t] = crate::labels::Dep::named("nsubj");
        doc.heads[v] = Some(u);
        doc.deps[v] = crate::labels::Dep::named("ccomp");
        for k in s.clone() {
            if doc.heads[k] == Some(v) && doc.tags[k].is_punct() && k + 1 == s.end {
                doc.heads[k] = Some(u);
            }
        }
    }
}

/// "On Thursday Chirac travels to Osaka", parsed with "Thursday" the
/// subject and "Chirac" part of its name: the day is when, the name after
/// it the subject.
fn repair_day_before_name(doc: &mut Doc, s: std::ops::Range<usize>) {
    for t in s {
        if !(crate::lexicon::is_day_or_month(doc.word(t))
            && (doc.deps[t].is("nsubj") || doc.deps[t].is("nsubj:pass"))
            && t + 1 < doc.len()
            && doc.heads[t + 1] == Some(t)
            && doc.tags[t + 1].is_proper())
        {
            continue;
        }
        let name = t + 1;
        let (head, dep) = (doc.heads[t], doc.deps[t]);
        for k in name + 1..doc.len().min(name + 4) {
            if doc.heads[k] == Some(t) && doc.deps[k].is("flat") {
                doc.heads[k] = Some(name);
            }
        }
        doc.heads[name] = head;
        doc.deps[name] = dep;
        doc.heads[t] = head;
        doc.deps[t] = crate::labels::Dep::named("obl:unmarked");
    }
}

/// Whether token `c` is a preposition (a `case` word) of token `n`.
fn is_case_of(doc: &Doc, c: usize, n: usize) -> bool {
    doc.heads[c] == Some(n) && doc.deps[c].is("case")
}

/// Whether token `t` of sentence `s` has a preposition (a `case` word)
/// among its dependents (read from the heads: the children's index is
/// rebuilt only after the repairs).
fn has_case(doc: &Doc, s: &std::ops::Range<usize>, t: usize) -> bool {
    case_word(doc, s, t).is_some()
}

/// The preposition (a `case` word, in lower case) among token `t`'s
/// dependents in sentence `s`, read from the heads as [`has_case`] does.
fn case_word<'d>(doc: &'d Doc, s: &std::ops::Range<usize>, t: usize) -> Option<&'d str> {
    s.clone()
        .find(|&c| is_case_of(doc, c, t))
        .map(|c| doc.lower[c].as_str())
}

/// "Yeltsin met Kohl on Friday": the parse may hang the day from the
/// name before it. A day or a month with its preposition, hung from a
/// name that a verb governs, is when the verb's deed was.
fn repair_day_after_name(doc: &mut Doc, s: std::ops::Range<usize>) {
    for t in s.clone() {
        let Some(n) = doc.heads[t] else { continue };
        let Some(v) = doc.heads[n] else { continue };
        if crate::lexicon::is_day_or_month(doc.word(t))
            && n < t
            && doc.deps[t].is("nmod")
            && has_case(doc, &s, t)
            && doc.tags[n].is_proper()
            && doc.tags[v].is_verb()
            && (doc.deps[n].is("obj") || doc.deps[n].is("obl") || doc.deps[n].is("nsubj"))
        {
            doc.heads[t] = Some(v);
            doc.deps[t] = crate::labels::Dep::named("obl");
        }
    }
    // "met Kohl on Friday in Moscow": a name with its preposition hung
    // from the day is where the verb's deed was.
    for c in s.clone() {
        let Some(t) = doc.heads[c] else { continue };
        let Some(v) = doc.heads[t] else { continue };
        if crate::lexicon::is_day_or_month(doc.word(t))
            && t < c
            && doc.deps[c].is("nmod")
            && doc.tags[c].is_proper()
            && has_case(doc, &s, c)
            && doc.deps[t].is("obl")
            && doc.tags[v].is_verb()
        {
            hang(doc, c, v, "obl");
        }
    }
}

/// "Herbert Mai met Kohl in Bonn", "met union leader Herbert Mai in
/// Bonn": the parse may hang the place from the name met. A name after
/// "in" or "at", hung from a name that a verb of meeting governs (as its
/// object or oblique, or in apposition to one), is where the meeting was
/// (a body's or a building's name keeps its place: "the Carter Center in
/// Atlanta").
fn repair_place_after_name(doc: &mut Doc, s: std::ops::Range<usize>) {
    for c in s.clone() {
        let Some(n) = doc.heads[c] else { continue };
        // The name's governing noun phrase: itself, or the role it is
        // in apposition to ("union leader Herbert Mai").
        let np = match doc.heads[n] {
            Some(h) if doc.deps[n].is("appos") => h,
            _ => n,
        };
        let Some(v) = doc.heads[np] else { continue };
        let case = case_word(doc, &s, c);
        if n < c
            && doc.deps[c].is("nmod")
            && doc.tags[c].is_proper()
            && doc.tags[n].is_proper()
            && matches!(case, Some("in" | "at"))
            && doc.tags[v].is_verb()
            && crate::lexicon::ENCOUNTER_VERBS.contains(&doc.lemmas[v].as_str())
            && (doc.deps[np].is("obj") || doc.deps[np].is("obl") || doc.deps[np].is("iobj"))
            && !crate::lexicon::is_day_or_month(doc.word(c))
            && !s.clone().any(|k| {
                (k == n
                    || doc.heads[k] == Some(n) && doc.deps[k].is("flat")
                    || doc.deps[k].is("compound") && doc.heads[k] == Some(n))
                    && (crate::lexicon::ORG_HEADS.contains(&doc.word(k))
                        || crate::lexicon::FACILITY_HEADS.contains(&doc.word(k)))
            })
        {
            hang(doc, c, v, "obl");
        }
    }
}

/// "Kohl flew to Kiev from Warsaw", "flew to Damascus from Beirut": the
/// parse may hang the second place from the first. A name after "from" hung
/// from one after "to" that a verb governs (or after "to" from one after
/// "from") is the verb's too: where the journey began or ended.
fn repair_journey_ends(doc: &mut Doc, s: std::ops::Range<usize>) {
    for c in s.clone() {
        let Some(n) = doc.heads[c] else { continue };
        let Some(v) = doc.heads[n] else { continue };
        let ends = matches!(
            (case_word(doc, &s, c), case_word(doc, &s, n)),
            (Some("from"), Some("to")) | (Some("to"), Some("from"))
        );
        if ends
            && n < c
            && doc.deps[c].is("nmod")
            && doc.deps[n].is("obl")
            && doc.tags[c].is_proper()
            && doc.tags[n].is_proper()
            && doc.tags[v].is_verb()
        {
            hang(doc, c, v, "obl");
        }
    }
}

/// "hold talks with United States Vice President Al Gore": the parse may
/// read a preposition as a clause (acl) with the noun after it as its
/// object. A preposition heading an object is that object's case, and the
/// object hangs where the preposition did.
fn repair_preposition_as_clause(doc: &mut Doc, s: std::ops::Range<usize>) {
    for t in s.clone() {
        let Some(h) = doc.heads[t] else { continue };
        if doc.tags[t].penn() != "IN"
            || !(doc.deps[t].is("acl") || doc.deps[t].is("advcl"))
            || !matches!(
                doc.lower[t].as_str(),
                "with" | "in" | "of" | "to" | "for" | "from" | "at" | "on" | "by"
            )
        {
            continue;
        }
        let Some(n) = (t + 1..s.end).find(|&c| doc.heads[c] == Some(t) && doc.deps[c].is("obj"))
        else {
            continue;
        };
        for c in s.clone() {
            if doc.heads[c] == Some(t) && c != n {
                doc.heads[c] = Some(n);
            }
        }
        doc.heads[n] = Some(h);
        doc.deps[n] = crate::labels::Dep::named(if doc.tags[h].is_verb() { "obl" } else { "nmod" });
        doc.heads[t] = Some(n);
        doc.deps[t] = crate::labels::Dep::named("case");
    }
}

/// "a senior member of Prime Minister Jose Maria Aznar's Popular Party":
/// the parse may make the owner the noun of "of" and hang what it owns
/// beside it. A noun with both "of" and "'s" as its case words, and a noun
/// after the "'s" hung from the same head with no case of its own: the
/// second is the noun of "of", the first its owner (and the owner's words
/// the parse hung from the second are the owner's).
fn repair_owner_after_of(doc: &mut Doc, s: std::ops::Range<usize>) {
    // (Its case words looked for near it, not through the sentence: linear
    // in the sentence.)
    for n in s.clone() {
        let Some(h) = doc.heads[n] else { continue };
        let Some(poss) = (n + 1..s.end.min(n + 8))
            .find(|&c| is_case_of(doc, c, n) && matches!(doc.word(c), "'s" | "’s"))
        else {
            continue;
        };
        let Some(of) = (s.start.max(n.saturating_sub(8))..n)
            .find(|&c| is_case_of(doc, c, n) && doc.lower[c] == "of")
        else {
            continue;
        };
        // (The head they share comes before them: the owner hung from
        // the noun it owns is no such parse.)
        if h > n {
            continue;
        }
        let Some(y) = (poss + 1..s.end).find(|&t| {
            doc.heads[t] == Some(h)
                && (doc.tags[t].is_noun() || doc.tags[t].is_proper())
                && !has_case(doc, &s, t)
        }) else {
            continue;
        };
        for t in n + 1..poss {
            if doc.heads[t] == Some(y) {
                doc.heads[t] = Some(n);
                doc.deps[t] = crate::labels::Dep::named("flat");
            }
        }
        doc.heads[y] = Some(h);
        doc.deps[y] = doc.deps[n];
        doc.heads[of] = Some(y);
        doc.heads[n] = Some(y);
        doc.deps[n] = crate::labels::Dep::named("nmod:poss");
    }
}

/// "…," said Thomas Huenges, an analyst at Deutsche Morgan Grenfell: after
/// a verb of saying turned round, the name said it and the noun after its
/// comma describes the name; the parse may hang that noun from the verb
/// as its clause. A noun hung from the verb right after the name's phrase
/// and a comma is the name's apposition.
fn repair_said_name_apposition(doc: &mut Doc, s: std::ops::Range<usize>) {
    for v in s.clone() {
        if !doc.tags[v].is_verb() || !crate::lexicon::SPEECH_VERBS.contains(&doc.lemmas[v].as_str())
        {
            continue;
        }
        let n = v + 1;
        if n >= s.end || doc.heads[n] != Some(v) || !doc.tags[n].is_proper() {
            continue;
        }
        // The name's words, then the comma.
        let mut e = n + 1;
        while e < s.end && doc.heads[e] == Some(n) && doc.tags[e].is_proper() {
            e += 1;
        }
        if e >= s.end || doc.word(e) != "," {
            continue;
        }
        let Some(r) = (e + 1..s.end.min(e + 5)).find(|&t| {
            doc.heads[t] == Some(v) && doc.tags[t].is_noun() && !doc.tags[t].is_proper()
        }) else {
            continue;
        };
        if (e + 1..r).any(|t| doc.heads[t] != Some(r) || doc.tags[t].is_verb()) {
            continue;
        }
        doc.heads[r] = Some(n);
        doc.deps[r] = crate::labels::Dep::named("appos");
        doc.deps[n] = crate::labels::Dep::named("nsubj");
    }
}

/// "King Hussein told the official Petra news agency that he would visit
/// Washington": after a verb of telling and its object, "that" with a
/// clause of its own (its own subject) opens what was told, not a
/// relative clause of the object (the parse may hang it from "agency",
/// and the agency then visits Washington).
fn repair_told_that_clause(doc: &mut Doc, s: std::ops::Range<usize>) {
    for v in s.clone() {
        if !doc.deps[v].is("acl:relcl") || !doc.tags[v].is_verb() {
            continue;
        }
        let Some(n) = doc.heads[v] else { continue };
        let Some(w) = doc.heads[n].filter(|_| doc.deps[n].is("obj") || doc.deps[n].is("iobj"))
        else {
            continue;
        };
        if !matches!(
            doc.lemmas[w].as_str(),
            "tell" | "inform" | "assure" | "warn" | "remind"
        ) {
            continue;
        }
        let that = s
            .clone()
            .find(|&c| c < v && doc.heads[c] == Some(v) && doc.lower[c] == "that");
        let own_subject = s
            .clone()
            .any(|c| doc.heads[c] == Some(v) && doc.deps[c].is("nsubj") && doc.lower[c] != "that");
        let Some(that) = that.filter(|&c| doc.tags[c].penn() == "IN" && own_subject) else {
            continue;
        };
        hang(doc, v, w, "ccomp");
        doc.deps[that] = crate::labels::Dep::named("mark");
    }
}

/// "Kinkel told Reuters in an interview that…": a name hung from "tell"
/// as its clause is whom it was told to.
fn repair_told_name(doc: &mut Doc, s: std::ops::Range<usize>) {
    for t in s {
        if let Some(v) = doc.heads[t] {
            if doc.lemmas[v] == "tell"
                && doc.tags[t].is_proper()
                && t > v
                && (doc.deps[t].is("ccomp") || doc.deps[t].is("xcomp"))
            {
                doc.deps[t] = crate::labels::Dep::named("obj");
            }
        }
    }
}

/// "Japan's Trade Minister Shinji Sato on Tuesday rejected fresh U.S.
/// demands", parsed with the name as the root and "rejected" a clause
/// hung from it: a name at the root, and right of it (no comma between)
/// a finite verb hung from it as an adverbial clause, with no subject of
/// its own, has that verb for the root and the name for its subject;
/// a day hung from the name between ("on Tuesday") is the verb's (a place
/// stays the name's: "the Art Museum at the University of North
/// Carolina").
fn repair_name_root_clause(doc: &mut Doc, s: std::ops::Range<usize>) {
    let Some(r) = s.clone().find(|&t| doc.heads[t].is_none()) else {
        return;
    };
    if !doc.tags[r].is_proper() {
        return;
    }
    // ("Lufthansa and Greece's state-owned Olympic Airways agreed" may
    // come with the second name hung from "and": it is the root's
    // conjunct, and "and" its.)
    if let Some(n) = (r + 2..s.end).find(|&n| {
        doc.tags[n].is_proper()
            && doc.heads[n]
                .is_some_and(|c| c == r + 1 && doc.lower[c] == "and" && doc.heads[c] == Some(r))
    }) {
        hang(doc, n, r, "conj");
        hang(doc, r + 1, n, "cc");
    }
    // (Or from a participle that modifies a name of the root's
    // ("British Airways Plc and Spain's state-owned Iberia agreed"), or as
    // its complement in a headline ("British Airways and Iberia agree
    // alliance").)
    let Some(v) = (r + 1..s.end).find(|&v| {
        let from_root = doc.heads[v] == Some(r)
            && (doc.deps[v].is("advcl")
                || doc.deps[v].is("parataxis")
                || (doc.deps[v].is("ccomp") && doc.tags[v].penn() == "VBP"));
        let from_modifier = doc.heads[v].is_some_and(|h| {
            h < v
                && doc.deps[v].is("advcl")
                && doc.deps[h].is("amod")
                && matches!(doc.tags[h].penn(), "VBN" | "VBG")
                && doc.heads[h].is_some_and(|n| {
                    doc.tags[n].is_proper()
                        && n < v
                        && (n == r || doc.heads[n] == Some(r) && doc.deps[n].is("conj"))
                })
        });
        matches!(doc.tags[v].penn(), "VBD" | "VBZ" | "VBP") && (from_root || from_modifier)
    }) else {
        return;
    };
    if (r + 1..v).any(|k| doc.word(k) == ",")
        || s.clone().any(|c| {
            doc.heads[c] == Some(v) && (doc.deps[c].is("nsubj") || doc.deps[c].is("nsubj:pass"))
        })
    {
        return;
    }
    for c in r + 1..s.end {
        if doc.heads[c] != Some(r) || c == v {
            continue;
        }
        if c < v && doc.deps[c].is("nmod") && crate::lexicon::is_day_or_month(doc.word(c)) {
            hang(doc, c, v, "obl");
        } else if c > v {
            // (A clause of the name's is the verb's: "…, telling
            // Barshefsky".)
            let dep = if doc.deps[c].is("acl") {
                "advcl"
            } else {
                doc.deps[c].name()
            };
            hang(doc, c, v, dep);
        }
    }
    doc.heads[v] = None;
    doc.deps[v] = crate::labels::Dep::named("root");
    hang(doc, r, v, "nsubj");
}

/// "Dole, a former Senate majority leader from Kansas, accused Clinton of
/// raising taxes", parsed with the name as the root and "accused" as an
/// adjective of "Clinton": a sentence that opens with a name, a phrase
/// between commas with no verb in it, and a past-tense verb right after
/// the second comma has that verb for its root, the name its subject and
/// the noun the verb was hung from its object.
fn repair_verbless_root(doc: &mut Doc, s: std::ops::Range<usize>) {
    let Some(r) = s.clone().find(|&t| doc.heads[t].is_none()) else {
        return;
    };
    // The name's last word ("President Liamine Zeroual").
    let mut e = r;
    while e + 1 < s.end
        && doc.heads[e + 1] == Some(r)
        && (doc.deps[e + 1].is("flat") || doc.deps[e + 1].is("compound"))
    {
        e += 1;
    }
    if !(doc.tags[r].is_proper() && e + 2 < s.end && doc.word(e + 1) == ",") {
        return;
    }
    // The name may be several words, all hung from its head.
    if (s.start..r).any(|t| doc.heads[t] != Some(r)) {
        return;
    }
    // "Zeroual, who was elected in November, met…": a relative clause
    // between the commas, the main verb hung inside it.
    let relative = matches!(doc.lower[e + 2].as_str(), "who" | "which");
    let reach = if relative { 20 } else { 13 };
    let Some(c2) = (e + 3..s.end.min(e + reach)).find(|&t| doc.word(t) == ",") else {
        return;
    };
    let v = c2 + 1;
    if v >= s.end
        || (!relative && (e + 2..c2).any(|t| doc.tags[t].is_verb() || doc.lower[t] == "who"))
        || !matches!(doc.tags[v].penn(), "VBD" | "VBN" | "VBZ")
        || doc.heads[v].is_none()
        || (relative
            && (doc.tags[v].penn() == "VBN"
                || !doc.heads[v].is_some_and(|h| (e + 2..c2).contains(&h))))
    {
        return;
    }
    let object = doc.heads[v]
        .filter(|&n| !relative && n > v && (doc.tags[n].is_noun() || doc.tags[n].is_proper()));
    for t in s.clone() {
        if doc.heads[t] == Some(r) && doc.tags[t].is_punct() && t > c2 {
            doc.heads[t] = Some(v);
        }
    }
    doc.heads[v] = None;
    doc.deps[v] = crate::labels::Dep::named("root");
    doc.tags[v] = crate::labels::Tag::of("VBD", "VERB");
    doc.heads[r] = Some(v);
    doc.deps[r] = crate::labels::Dep::named("nsubj");
    if let Some(n) = object {
        doc.heads[n] = Some(v);
        doc.deps[n] = crate::labels::Dep::named("obj");
    }
    doc.heads[c2] = Some(r);
    doc.deps[c2] = crate::labels::Dep::named("punct");
}

/// "In Washington, a federal jury convicted…": the parse may make the
/// fronted phrase's noun the root and the clause after its comma a
/// parataxis under it. A root noun with its preposition first in the
/// sentence, a comma after its phrase, and a verb after that with a
/// subject of its own hung from the noun: the verb is the root and the
/// phrase its oblique.
fn repair_fronted_phrase_root(doc: &mut Doc, s: std::ops::Range<usize>) {
    let Some(r) = s.clone().find(|&t| doc.heads[t].is_none()) else {
        return;
    };
    if !(doc.tags[r].is_proper() || doc.tags[r].is_noun())
        || doc.heads[s.start] != Some(r)
        || !doc.deps[s.start].is("case")
    {
        return;
    }
    let Some(comma) = (r + 1..s.end).find(|&t| doc.word(t) == ",") else {
        return;
    };
    if (s.start..comma).any(|t| t != r && doc.tags[t].is_verb()) {
        return;
    }
    let Some(v) = (comma + 1..s.end).find(|&t| {
        doc.heads[t] == Some(r)
            && doc.tags[t].is_verb()
            && (comma + 1..t).any(|c| doc.heads[c] == Some(t) && doc.deps[c].is("nsubj"))
    }) else {
        return;
    };
    for t in s.clone() {
        if t != v && t > comma && doc.heads[t] == Some(r) {
            doc.heads[t] = Some(v);
        }
    }
    doc.heads[v] = None;
    doc.deps[v] = crate::labels::Dep::named("root");
    doc.heads[r] = Some(v);
    doc.deps[r] = crate::labels::Dep::named("obl");
}

/// "Daimler shares fell 2.10 marks": the parse may make the subject's
/// noun the root, the name before it its subject and the verb after it a
/// clause of its own. A common noun as the root, with only its own words
/// before it and no verb among them, right before a finite verb hung from
/// it: the verb is the root, the noun its subject, and a name before the
/// noun the noun's compound.
fn repair_noun_root_before_verb(doc: &mut Doc, s: std::ops::Range<usize>) {
    let Some(r) = s.clone().find(|&t| doc.heads[t].is_none()) else {
        return;
    };
    let v = r + 1;
    if r == s.start
        || v >= s.end
        || !doc.tags[r].is_noun()
        || doc.tags[r].is_proper()
        || doc.heads[v] != Some(r)
        || !matches!(doc.tags[v].penn(), "VBD" | "VBZ" | "VBP")
        || (s.start..r).any(|t| doc.tags[t].is_verb() || !dominates(doc, r, t))
    {
        return;
    }
    for t in s.clone() {
        if t > v && doc.heads[t] == Some(r) {
            let dep = if doc.deps[t].is("acl") {
                "advcl"
            } else {
                doc.deps[t].name()
            };
            hang(doc, t, v, dep);
        }
        if t < r && doc.heads[t] == Some(r) && doc.tags[t].is_proper() && doc.deps[t].is("nsubj") {
            doc.deps[t] = crate::labels::Dep::named("compound");
        }
    }
    doc.heads[v] = None;
    doc.deps[v] = crate::labels::Dep::named("root");
    hang(doc, r, v, "nsubj");
}

/// Makes `v` its sentence's root and `n` its subject (what the relative
/// clause repairs end with).
fn make_root_with_subject(doc: &mut Doc, v: usize, n: usize) {
    doc.heads[v] = None;
    doc.deps[v] = crate::labels::Dep::named("root");
    doc.heads[n] = Some(v);
    doc.deps[n] = crate::labels::Dep::named("nsubj");
}

/// "Kagame, who leads the Rwandan Patriotic Front, has accused Hutu
/// militias…": the parse makes the relative clause's verb the root, its
/// object the subject of the main verb, and the main verb a clause under
/// it. A name, a comma, "who" or "which" as the root's subject, the root,
/// a comma, then a verb (after its auxiliaries) hung inside the root's
/// clause: that verb is the sentence's, the name its subject, the root a
/// relative clause of the name, and what the main verb took as its
/// subject between the commas the relative clause's object.
fn repair_relative_root(doc: &mut Doc, s: std::ops::Range<usize>) {
    let Some(r) = s.clone().find(|&t| doc.heads[t].is_none()) else {
        return;
    };
    if !doc.tags[r].is_verb() || r < s.start + 3 {
        return;
    }
    // The relative word: right before the root ("who leads"), or, for an
    // object relative ("Museveni, whom Buyoya has accused of arming the
    // rebels, said…"), before the clause's own subject (a name or a
    // pronoun) and its auxiliaries.
    let mut w = r - 1;
    let mut object = false;
    while w > s.start + 2 && (doc.tags[w].penn() == "MD" || doc.deps[w].is("aux")) {
        w -= 1;
    }
    if w + 1 < r || !matches!(doc.lower[w].as_str(), "who" | "which") {
        let mut k = w;
        while k > s.start + 2 && doc.tags[k].is_proper() && doc.heads[k] != Some(r) {
            k -= 1;
        }
        let subject = doc.heads[k] == Some(r)
            && doc.deps[k].is("nsubj")
            && (doc.tags[k].is_proper() || doc.tags[k].penn() == "PRP");
        if !subject || k < s.start + 3 || !matches!(doc.lower[k - 1].as_str(), "whom" | "which") {
            return;
        }
        w = k - 1;
        object = true;
    }
    if !(doc.heads[w] == Some(r) && doc.word(w - 1) == "," && doc.tags[w - 2].is_proper()) {
        return;
    }
    // The name's head: its last word, or the word its words hang from.
    let mut n = w - 2;
    while let Some(h) = doc.heads[n] {
        if h != r && (doc.deps[n].is("flat") || doc.deps[n].is("compound")) && h < w && h + 4 > n {
            n = h;
        } else {
            break;
        }
    }
    if doc.heads[n] != Some(r) {
        return;
    }
    let Some(c2) = (r + 2..s.end.min(r + 15)).find(|&t| doc.word(t) == ",") else {
        return;
    };
    let mut v = c2 + 1;
    while v < s.end && (doc.tags[v].penn() == "MD" || doc.deps[v].is("aux")) {
        v += 1;
    }
    // A bare verb only after an auxiliary ("will visit").
    let finite = matches!(
        doc.tags[v.min(s.end - 1)].penn(),
        "VBD" | "VBN" | "VBZ" | "VBP"
    ) || (v > c2 + 1 && doc.tags[v.min(s.end - 1)].penn() == "VB");
    // (No other finite verb inside the relative clause: "accused of
    // arming the rebels" may have a participle.)
    let finite_between = (r + 1..c2).any(|t| {
        doc.tags[t].is_verb() && (!object || matches!(doc.tags[t].penn(), "VBD" | "VBZ" | "VBP"))
    });
    if v >= s.end || !finite || !dominates(doc, r, v) || finite_between {
        return;
    }
    for t in r + 1..c2 {
        if doc.heads[t] == Some(v) {
            doc.heads[t] = Some(r);
            if doc.tags[t].is_noun() || doc.tags[t].is_proper() {
                doc.deps[t] = crate::labels::Dep::named("obj");
            }
        }
    }
    for t in s.clone() {
        if doc.heads[t] == Some(r) && t > c2 {
            doc.heads[t] = Some(v);
        }
    }
    make_root_with_subject(doc, v, n);
    doc.heads[r] = Some(n);
    doc.deps[r] = crate::labels::Dep::named("acl:relcl");
    doc.heads[c2] = Some(r);
    doc.deps[c2] = crate::labels::Dep::named("punct");
    if object {
        doc.deps[w] = crate::labels::Dep::named("obj");
    }
}

/// "Inco, which made an offer for Laurentian in August, said in Toronto
/// that …", "Portugal Telecom, whose headquarters are in Lisbon, already
/// owns …": the parse makes the name the sentence's root and hangs the
/// main verb somewhere inside the relative clause. The first finite verb
/// after a comma past the relative clause's own verb, with no subject of
/// its own, is the sentence's, the name its subject, and what the relative
/// clause's words hang from outside it, the name.
/// "Air Canada chairman Hollis Harris, who met Weber in Chicago last
/// month, will hold talks…", parsed as a clause: the body the role's
/// subject, the role the root and the name its object. A role noun at the
/// root, with the body before it as its subject and the name right after
/// it as its object, is the name's title: the name heads the phrase (the
/// root, for [`repair_name_root_relative`] to find the sentence's verb
/// after the relative clause), the role hangs from it and the body from
/// the role.
fn repair_titled_name_read_as_clause(doc: &mut Doc, s: std::ops::Range<usize>) {
    let Some(r) = s.clone().find(|&t| doc.heads[t].is_none()) else {
        return;
    };
    let p = r + 1;
    if !doc.tags[r].is_noun()
        || doc.tags[r].is_proper()
        || !crate::lexicon::is_role(&doc.lemmas[r])
        || p >= s.end
        || doc.heads[p] != Some(r)
        || !doc.tags[p].is_proper()
        || !(doc.deps[p].is("obj") || doc.deps[p].is("appos"))
        // (With its relative clause: a verb right after the name is
        // [`repair_role_read_as_root`]'s.)
        || !{
            let mut e = p + 1;
            while e < s.end && doc.tags[e].is_proper() {
                e += 1;
            }
            e + 1 < s.end
                && doc.word(e) == ","
                && matches!(doc.lower[e + 1].as_str(), "who" | "which" | "whose")
        }
        || !s
            .clone()
            .any(|c| c < r && doc.heads[c] == Some(r) && doc.deps[c].is("nsubj") && doc.tags[c].is_proper())
    {
        return;
    }
    doc.heads[p] = None;
    doc.deps[p] = doc.deps[r];
    for c in s.clone() {
        if c == p || doc.heads[c] != Some(r) {
            continue;
        }
        if c < r {
            hang(doc, c, r, "compound");
        } else {
            doc.heads[c] = Some(p);
        }
    }
    hang(doc, r, p, "compound");
}

fn repair_name_root_relative(doc: &mut Doc, s: std::ops::Range<usize>) {
    let Some(n) = s.clone().find(|&t| doc.heads[t].is_none()) else {
        return;
    };
    if !doc.tags[n].is_proper() {
        return;
    }
    // The comma after the name (the rest of the name's words before it:
    // "Jean-Louis Debre, who").
    let Some(c) = (n + 1..s.end.min(n + 8))
        .find(|&t| !(doc.tags[t].is_proper() || doc.tags[t].penn() == "HYPH"))
    else {
        return;
    };
    // (Or after an apposition that the relative word ends: "Felipe
    // Gonzalez, a former prime minister of Spain who heads a fact-finding
    // mission of the OSCE, met President Slobodan Milosevic".)
    let relative = |t: usize| matches!(doc.lower[t].as_str(), "who" | "which" | "whose");
    let w = if c + 1 < s.end && matches!(doc.lower[c + 1].as_str(), "a" | "an" | "the") {
        (c + 2..s.end.min(c + 12))
            .take_while(|&t| doc.word(t) != "," && !doc.tags[t].is_verb())
            .find(|&t| relative(t))
            .unwrap_or(c + 1)
    } else {
        c + 1
    };
    if w + 2 >= s.end || doc.word(c) != "," || !relative(w) {
        return;
    }
    let mut own_verb = false;
    let mut found = None;
    for v in w + 1..s.end.min(w + 40) {
        let mut first = v;
        let mut aux = false;
        let mut copula = false;
        // (Back over auxiliaries and adverbs: "has already bought".)
        while first > w + 1
            && (doc.tags[first - 1].penn() == "MD"
                || doc.deps[first - 1].is("aux")
                || doc.deps[first - 1].is("cop")
                || doc.tags[first - 1].penn() == "RB")
        {
            first -= 1;
            aux |= doc.tags[first].penn() != "RB";
            copula |= doc.deps[first].is("cop");
        }
        // (After an auxiliary, any form: "was briefed", "will visit"; after
        // a copula, an adjective: "is due to fly".)
        let finite = match doc.tags[v].penn() {
            _ if doc.deps[v].is("aux") || doc.deps[v].is("cop") => false,
            p if copula && p.starts_with("JJ") => true,
            _ if aux => doc.tags[v].is_verb(),
            "VBD" | "VBZ" | "VBP" => true,
            // (A speech verb read as a participle: "said".)
            "VBN" => crate::lexicon::SPEECH_VERBS.contains(&doc.lemmas[v].as_str()),
            _ => false,
        };
        if own_verb
            && finite
            && doc.word(first - 1) == ","
            && !doc.children[v]
                .iter()
                .any(|&c| doc.deps[c].is("nsubj") || doc.deps[c].is("nsubj:pass"))
        {
            found = Some((v, first - 1));
            break;
        }
        own_verb |= doc.tags[v].is_verb();
    }
    let Some((v, comma)) = found else { return };
    let inside = |h: Option<usize>| h.is_some_and(|h| (c + 1..comma).contains(&h));
    for t in c + 1..comma {
        if !inside(doc.heads[t]) && doc.heads[t] != Some(n) {
            doc.heads[t] = Some(n);
            if !doc.tags[t].is_punct() {
                doc.deps[t] = crate::labels::Dep::named("acl:relcl");
            }
        } else if doc.heads[t] == Some(n) && doc.deps[t].is("nmod") && !doc.tags[t].is_punct() {
            doc.deps[t] = crate::labels::Dep::named("acl:relcl");
        }
    }
    for t in comma..s.end {
        if t != v && (doc.heads[t] == Some(n) || inside(doc.heads[t])) {
            doc.heads[t] = Some(v);
        }
    }
    make_root_with_subject(doc, v, n);
}

/// "Canadian Industry Minister John Manley, who is responsible for
/// Investment Canada, said in Ottawa that he had not received…": the parse
/// hangs the speech verb inside the relative clause and makes the reported
/// clause's verb the root. A name, ", who" (or "which"), the clause, a
/// comma and a verb of speech in the past hung inside the clause, with the
/// root a verb after it: the speech verb is the root, the phrase the name
/// heads its subject, the old root what it reports.
fn repair_speech_verb_in_relative(doc: &mut Doc, s: std::ops::Range<usize>) {
    let Some(root) = s.clone().find(|&t| doc.heads[t].is_none()) else {
        return;
    };
    let Some(w) = (s.start + 2..s.end.min(s.start + 12)).find(|&t| {
        matches!(doc.lower[t].as_str(), "who" | "which")
            && doc.word(t - 1) == ","
            && doc.tags[t - 2].is_proper()
    }) else {
        return;
    };
    // The clause's verb; the parse may have hung it elsewhere than from
    // the name ("Transport Minister David Anderson, who must approve …":
    // a parataxis of "Transport").
    let Some(r) = doc.heads[w].filter(|&r| {
        r > w && (doc.deps[r].is("acl:relcl") || (doc.deps[w].is("nsubj") && doc.tags[r].is_verb()))
    }) else {
        return;
    };
    let Some(c2) = (r + 1..s.end.min(r + 15)).find(|&t| doc.word(t) == ",") else {
        return;
    };
    let v = c2 + 1;
    if v >= s.end
        || !matches!(doc.tags[v].penn(), "VBD" | "VBN")
        || !crate::lexicon::SPEECH_VERBS.contains(&doc.lemmas[v].as_str())
        || !dominates(doc, r, v)
        || !((root > v && doc.tags[root].is_verb()) || root < w - 1)
        || (w + 1..c2).any(|t| {
            doc.tags[t].is_verb()
                && t != r
                && !doc.deps[t].is("aux")
                && !doc.deps[t].is("cop")
                && !doc.deps[t].is("amod")
        })
    {
        return;
    }
    // The phrase before the comma: its word whose head is outside it.
    let phrase = s.start..w - 1;
    let Some(mut n) = phrase
        .clone()
        .find(|&t| doc.heads[t].is_none_or(|h| !phrase.contains(&h)))
    else {
        return;
    };
    if dominates(doc, v, n) {
        return;
    }
    // A titled name is headed by the name ("Canadian Industry Minister
    // John Manley"), as GUM heads it.
    if let Some(h) = titled_name_head(doc, phrase.clone()).filter(|&h| h != n) {
        let (head, dep) = (doc.heads[n], doc.deps[n]);
        rebuild_titled_name(doc, phrase, h);
        doc.heads[h] = head;
        doc.deps[h] = dep;
        n = h;
    }
    if !doc.deps[r].is("acl:relcl") {
        doc.heads[r] = Some(n);
        doc.deps[r] = crate::labels::Dep::named("acl:relcl");
    }
    // What the clause's words took the speech verb for ("for Investment
    // Canada, said": a noun it headed) goes back to the clause: its first
    // noun there heads the rest, under the clause's verb.
    let hung: Vec<usize> = (r + 1..c2).filter(|&t| doc.heads[t] == Some(v)).collect();
    if let Some(&h) = hung
        .iter()
        .find(|&&t| doc.tags[t].is_noun() || doc.tags[t].is_proper())
    {
        for &t in &hung {
            if t != h {
                doc.heads[t] = Some(h);
            }
        }
        doc.heads[h] = Some(r);
        doc.deps[h] = crate::labels::Dep::named("obl");
    } else if !hung.is_empty() {
        return;
    }
    if root < w - 1 {
        // The name's phrase was the root: what hangs from it after the
        // speech verb is the verb's.
        for t in v + 1..s.end {
            if doc.heads[t] == Some(root) {
                doc.heads[t] = Some(v);
            }
        }
        make_root_with_subject(doc, v, n);
        return;
    }
    for t in s.clone() {
        if doc.heads[t] == Some(root) && t < v && t != n {
            doc.heads[t] = Some(v);
        }
        if doc.heads[t] == Some(root) && doc.tags[t].is_punct() && t + 1 == s.end {
            doc.heads[t] = Some(v);
        }
    }
    make_root_with_subject(doc, v, n);
    doc.heads[root] = Some(v);
    doc.deps[root] = crate::labels::Dep::named("ccomp");
}

/// "the appointment of Madeleine Albright, who was born in Prague": a
/// relative clause opened by "who" ("whom", "whose") right after a name
/// says something of that name; the parse hangs it from the noun the name
/// belongs to ("appointment").
fn repair_relative(doc: &mut Doc, s: std::ops::Range<usize>) {
    for r in s.clone() {
        // "China, which is not a member of the WTO, is attending": a
        // relative clause whose predicate is a noun, labelled an apposition.
        if doc.deps[r].is("appos") && doc.children[r].iter().any(|&c| doc.deps[c].is("cop")) {
            let relative = doc
                .subtree(r)
                .find(|&t| !doc.tags[t].is_punct())
                .is_some_and(|t| {
                    matches!(doc.lower[t].as_str(), "who" | "which") && doc.heads[t] == Some(r)
                });
            if relative {
                doc.deps[r] = crate::labels::Dep::named("acl:relcl");
            }
        }
        // (Or read as a clause of the main verb: "Karatzas, who was
        // appointed by Simitis, is expected to meet…"; or as what it says,
        // "Leo Gerard, who heads the United Steelworkers, said"; but not
        // when a verb after the clause was read as its conjunct, which is
        // the sentence's own: "said Jason Gillespie, who tore a muscle,
        // would not be fit".)
        let own_clause = (doc.deps[r].is("ccomp") || doc.deps[r].is("parataxis"))
            && !doc.children[r]
                .iter()
                .any(|&c| doc.deps[c].is("conj") && doc.tags[c].is_verb());
        let adverbial = doc.tags[r].is_verb() && (doc.deps[r].is("advcl") || own_clause);
        if !(doc.deps[r].is("acl") || adverbial) || doc.heads[r].is_none() {
            continue;
        }
        let sub = doc.subtree(r);
        let Some(first) = sub.clone().find(|&t| !doc.tags[t].is_punct()) else {
            continue;
        };
        // ("which" too, right after a name and its comma: "Granada Group
        // Plc, which owns 14 percent of Yorkshire-Tyne Tees, said".)
        // (Its subject, "which Mexico has opposed" being no deed of the
        // name; and not after a list, "made up of the United States,
        // France and Israel, which meets…".)
        let which = doc.lower[first] == "which"
            && first > s.start + 1
            && doc.word(first - 1) == ","
            && doc.tags[first - 2].is_proper()
            && doc.heads[first] == Some(r)
            && doc.deps[first].is("nsubj")
            && {
                let mut a = first - 2;
                while a > s.start && doc.tags[a - 1].is_proper() {
                    a -= 1;
                }
                !(a > s.start && matches!(doc.lower[a - 1].as_str(), "and" | "or"))
            };
        if !(matches!(doc.lower[first].as_str(), "who" | "whom" | "whose") || which) {
            continue;
        }
        let mut k = first;
        while k > s.start && doc.tags[k - 1].is_punct() {
            k -= 1;
        }
        if k == s.start || !doc.tags[k - 1].is_proper() {
            continue;
        }
        // The name's head: up through its flat and compound words.
        let mut n = k - 1;
        while let Some(h) = doc.heads[n] {
            // (Through a name's own "of"/"for" phrase when "which" opens
            // the clause: "the National Congress for New Politics, which is
            // led by Kim Dae-jung".)
            let inner = which && doc.deps[n].is("nmod") && doc.tags[h].is_proper() && h + 6 > n;
            if (doc.deps[n].is("flat") || doc.deps[n].is("compound") || inner)
                && h < first
                && h + 4 > n
            {
                n = h;
            } else {
                break;
            }
        }
        if doc.heads[r] != Some(n) && !dominates(doc, r, n) {
            let (old_head, old_dep) = (doc.heads[r], doc.deps[r]);
            doc.heads[r] = Some(n);
            if adverbial {
                doc.deps[r] = crate::labels::Dep::named("acl:relcl");
                // "Weber said Lufthansa, which already has a pact with
                // United, was building a network": a verb with no subject
                // after the clause's closing comma, which the parse hung
                // from it, is the verb the name was said to do.
                let rest = doc.children[r].iter().copied().find(|&v| {
                    v > r
                        && (r + 1..v).any(|t| doc.word(t) == ",")
                        && doc.tags[v].is_verb()
                        && ["advcl", "conj", "parataxis"]
                            .iter()
                            .any(|d| doc.deps[v].is(d))
                        && !doc.children[v]
                            .iter()
                            .any(|&c| doc.deps[c].is("nsubj") || doc.deps[c].is("nsubj:pass"))
                });
                if let (Some(v), Some(h)) = (rest, old_head) {
                    if doc.heads[n] == Some(h) && doc.deps[n].is("obj") {
                        doc.heads[v] = Some(h);
                        doc.deps[v] = old_dep;
                        doc.heads[n] = Some(v);
                        doc.deps[n] = crate::labels::Dep::named("nsubj");
                    }
                }
            }
        }
    }
}

/// "Yeltsin is due to meet Kohl", "is likely to visit": a "to" clause
/// under an adjective is its open complement (UD's xcomp), not a clause
/// describing a noun (acl), which the parse reads after "due".
fn repair_adjective_complement(doc: &mut Doc, s: std::ops::Range<usize>) {
    for t in s.clone() {
        let Some(h) = doc.heads[t] else { continue };
        // (Or a clausal subject, where the adjective has a subject of its
        // own: "Dennis Ross is due to fly to Cairo".)
        let subject = || {
            s.clone()
                .any(|c| c < h && doc.heads[c] == Some(h) && doc.deps[c].is("nsubj"))
        };
        if (doc.deps[t].is("acl") || (doc.deps[t].is("csubj") && t > h && subject()))
            && doc.tags[h].penn().starts_with("JJ")
            && doc.tags[t].is_verb()
            && doc.children[t].iter().any(|&c| doc.lower[c] == "to")
        {
            doc.deps[t] = crate::labels::Dep::named("xcomp");
        }
    }
}

/// "Japan's ambassador to Peru, Morihisa Aoki", "the brother of President
/// Alberto Fujimori, Pedro Fujimori", "Peru's foreign minister Francisco
/// Tudela": a role noun's "to"/"of" phrase hangs from the role (the parse,
/// trained on no news, had "to Peru" on the residence before it), and the
/// name that follows it after a comma, or straight after the role, is the
/// role's apposition: the person who holds it. Two people's full names in
/// apposition are never one another; a listed place after a place is a
/// place chain ("Paris, Texas") and stays.
fn repair_role_name(doc: &mut Doc, s: std::ops::Range<usize>) {
    let proper = |doc: &Doc, t: usize| doc.tags[t].is_proper();
    let place = |doc: &Doc, t: usize| doc.lex[t].lists.iter().any(|(l, _)| l.is_place());
    for r in s.clone() {
        if !doc.tags[r].is_noun()
            || doc.tags[r].is_proper()
            || !crate::lexicon::is_role(&doc.lower[r])
        {
            continue;
        }
        // The role's own phrase: "to Peru", "of President Alberto Fujimori".
        let mut k = r + 1;
        let mut object = None;
        if k + 1 < s.end && matches!(doc.lower[k].as_str(), "to" | "of" | "for" | "at") {
            k += 1;
            while k < s.end && doc.lower[k] == "the" {
                k += 1;
            }
            // The phrase's head: its last capitalised word before a break.
            let mut e = k;
            while e < s.end && proper(doc, e) {
                e += 1;
            }
            // (Past an owner's "'s": "a member of Prime Minister Jose Maria
            // Aznar's Popular Party" is a member of the party.)
            if e > k && e + 1 < s.end && doc.tags[e].penn() == "POS" && proper(doc, e + 1) {
                e += 1;
                while e < s.end && proper(doc, e) {
                    e += 1;
                }
            }
            if e > k {
                let head = (k..e)
                    .find(|&t| doc.heads[t].is_none_or(|h| h < k || h >= e))
                    .unwrap_or(e - 1);
                if doc.heads[head] != Some(r) && !dominates(doc, head, r) {
                    doc.heads[head] = Some(r);
                    doc.deps[head] = crate::labels::Dep::named("nmod");
                }
                object = Some((head, e));
            }
        }
        // The holder: a name right after the role ("minister Francisco
        // Tudela"), or after its phrase and a comma.
        let holder_at = match object {
            None => r + 1,
            Some((_, e)) if e + 1 < s.end && doc.word(e) == "," => e + 1,
            Some(_) => continue,
        };
        if holder_at >= s.end
            || !proper(doc, holder_at)
            || crate::lexicon::WEEKDAYS.contains(&doc.word(holder_at))
            || crate::lexicon::MONTHS.contains(&doc.word(holder_at))
        {
            continue;
        }
        if object.is_some_and(|(o, _)| place(doc, o)) && place(doc, holder_at) {
            continue;
        }
        // The name's head: the first of its words other words hang from.
        let mut e = holder_at;
        while e < s.end && proper(doc, e) {
            e += 1;
        }
        let head = (holder_at..e)
            .find(|&t| doc.heads[t].is_none_or(|h| h < holder_at || h >= e))
            .unwrap_or(holder_at);
        let from = doc.heads[head];
        // (Or read as a second subject of the verb whose first holds the
        // role: "The Jatiya Party of jailed former president Hussain
        // Mohammad Ershad came third".)
        let second_subject = doc.deps[head].is("nsubj")
            && from.is_some_and(|v| {
                s.clone().any(|c| {
                    c != head
                        && c != r
                        && doc.heads[c] == Some(v)
                        && doc.deps[c].is("nsubj")
                        && within_phrase(doc, c, r)
                })
            });
        let loose = second_subject
            || ["dep", "appos", "nmod:unmarked", "compound", "flat", "nmod"]
                .iter()
                .any(|d| doc.deps[head].is(d));
        if from == Some(r) && doc.deps[head].is("appos") {
            continue;
        }
        if loose && !dominates(doc, head, r) {
            doc.heads[head] = Some(r);
            doc.deps[head] = crate::labels::Dep::named("appos");
        }
    }
}

/// Whether `t` lies in the noun phrase of `a`: `a` dominates it through
/// no verb.
fn within_phrase(doc: &Doc, a: usize, mut t: usize) -> bool {
    for _ in 0..doc.len() {
        if t == a {
            return true;
        }
        if doc.tags[t].is_verb() {
            return false;
        }
        match doc.heads[t] {
            Some(h) => t = h,
            None => return false,
        }
    }
    false
}

/// The last guard of the repairs: any cycle left in a sentence's heads is
/// cut where the walk found it, the word hung from the sentence's root
/// (the rules walk up heads, and a cycle has no root). Linear: each word
/// is walked once.
fn break_cycles(doc: &mut Doc, s: std::ops::Range<usize>) {
    // 0 not seen, 1 on the walk now, 2 known to reach the root.
    let mut state = vec![0u8; s.len()];
    let root = s.clone().find(|&t| doc.heads[t].is_none());
    for t in s.clone() {
        let mut path = Vec::new();
        let mut k = t;
        loop {
            if state[k - s.start] == 2 {
                break;
            }
            if state[k - s.start] == 1 {
                // A cycle through k: cut it there.
                match root.filter(|&r| r != k) {
                    Some(r) => {
                        doc.heads[k] = Some(r);
                        doc.deps[k] = crate::labels::Dep::named("dep");
                    }
                    None => {
                        doc.heads[k] = None;
                        doc.deps[k] = crate::labels::Dep::named("root");
                    }
                }
                break;
            }
            state[k - s.start] = 1;
            path.push(k);
            match doc.heads[k].filter(|h| s.contains(h)) {
                Some(h) => k = h,
                None => break,
            }
        }
        for x in path {
            state[x - s.start] = 2;
        }
    }
}

impl Parser {
    /// Parses and labels every sentence of a tagged, lemmatized `doc`.
    pub fn parse(&self, doc: &mut Doc) {
        parse_moves(&self.moves, doc);
        for s in doc.sentences.clone() {
            repair_leading_name(doc, s.clone());
            repair_titled_name(doc, s.clone());
            repair_title_to_body_before_name(doc, s.clone());
            repair_reported_subject(doc, s.clone());
            repair_possessive(doc, s.clone());
            repair_name_before_compound(doc, s.clone());
            crate::punct::fix(doc, s);
        }
        doc.index_children();
        label_all(&self.labels, doc);
        for s in doc.sentences.clone() {
            repair_possessive_label(doc, s.clone());
            repair_role_read_as_conjunct(doc, s.clone());
            repair_name_hung_from_apposed_role(doc, s.clone());
            repair_apposition(doc, s.clone());
            repair_subject_before_apposition(doc, s.clone());
            repair_owned_role_before_name(doc, s.clone());
            repair_verbless_root(doc, s.clone());
            repair_noun_root_before_verb(doc, s.clone());
            repair_name_root_clause(doc, s.clone());
            repair_fronted_phrase_root(doc, s.clone());
            repair_relative_root(doc, s.clone());
            repair_titled_name_read_as_clause(doc, s.clone());
            repair_name_root_relative(doc, s.clone());
            repair_speech_verb_in_relative(doc, s.clone());
            repair_told_name(doc, s.clone());
            repair_told_that_clause(doc, s.clone());
            repair_preposition_as_clause(doc, s.clone());
            repair_said_name_apposition(doc, s.clone());
            repair_owner_after_of(doc, s.clone());
            repair_day_before_name(doc, s.clone());
            repair_day_after_name(doc, s.clone());
            repair_bare_time(doc, s.clone());
            repair_speech_verb_read_as_modifier(doc, s.clone());
            repair_named_role(doc, s.clone());
            repair_relative_read_as_root(doc, s.clone());
            repair_whose_clause_read_as_root(doc, s.clone());
            repair_role_read_as_root(doc, s.clone());
            repair_as_read_as_conjunction(doc, s.clone());
            repair_double_subject(doc, s.clone());
            repair_object_read_as_subject(doc, s.clone());
            repair_subject_read_as_object(doc, s.clone());
            repair_split_reported_subject(doc, s.clone());
            repair_whose_clause(doc, s.clone());
            repair_infinitive_to(doc, s.clone());
            repair_subject_after_comma(doc, s.clone());
            repair_modifier_noun_before_name(doc, s.clone());
            repair_people_word_before_name(doc, s.clone());
            repair_oblique_label(doc, s.clone());
            repair_case_in_name(doc, s.clone());
            repair_preposition_before_name(doc, s.clone());
            repair_finite_conjunct_of_infinitive(doc, s.clone());
            repair_pronoun_after_time(doc, s.clone());
            repair_role_name(doc, s.clone());
            repair_adjective_complement(doc, s.clone());
            repair_relative(doc, s.clone());
            repair_name_list(doc, s.clone());
            repair_list_read_as_conjunct(doc, s.clone());
            repair_copular_clause_as_oblique(doc, s.clone());
            repair_name_after_fronted_place(doc, s.clone());
            repair_fronted_place_as_subject(doc, s.clone());
            repair_speech_verb_under_fronted_place(doc, s.clone());
            repair_object_relative(doc, s.clone());
            repair_clause_after_relative(doc, s.clone());
            repair_speaker_after_relative(doc, s.clone());
            repair_fronted_time_label(doc, s.clone());
            repair_past_verb_as_modifier(doc, s.clone());
            repair_place_after_name(doc, s.clone());
            repair_journey_ends(doc, s.clone());
            repair_bare_preposition(doc, s.clone());
            repair_apposition_read_as_oblique(doc, s.clone());
            repair_name_after_placed_role(doc, s.clone());
            repair_speech_verb_under_its_clause(doc, s.clone());
            repair_agent_read_as_modifier(doc, s.clone());
            repair_apposition_read_as_dep(doc, s.clone());
            repair_adverbial_clause_read_as_relative(doc, s.clone());
            repair_possessor_modifiers(doc, s.clone());
            break_cycles(doc, s);
        }
        doc.index_children();
    }

    /// Trains on documents with gold tags (or, better, tags predicted the
    /// way they will be when drafting), lemmas and trees.
    pub fn train(docs: &[Doc], epochs: usize, mut log: impl FnMut(usize, f64, f64)) -> Parser {
        let mut moves = Trainer::new(MOVES);
        let mut labels = Trainer::new(DEPS.len());
        let mut order: Vec<usize> = (0..docs.len()).collect();
        let mut seed = 0x9e37_79b9_7f4a_7c15;
        let mut feats = Vec::new();
        let mut scores = vec![0.0; MOVES];
        for epoch in 0..epochs {
            crate::perceptron::shuffle(&mut order, &mut seed);
            let (mut right, mut all, mut lright, mut lall) = (0usize, 0usize, 0usize, 0usize);
            for &d in &order {
                let doc = &docs[d];
                for s in &doc.sentences {
                    let n = s.len();
                    let gold: Vec<usize> = s
                        .clone()
                        .map(|i| {
                            doc.heads[i]
                                .filter(|h| s.contains(h))
                                .map_or(n, |h| h - s.start)
                        })
                        .collect();
                    let mut gold_root = gold.clone();
                    gold_root.push(n);
                    let c = Context::new(doc, s.clone());
                    let mut st = State::new(n);
                    while !st.done() {
                        move_features(&st, &c, &mut feats);
                        moves.scores(&feats, &mut scores);
                        let costs: Vec<usize> = (0..MOVES)
                            .map(|m| {
                                if st.valid(m) {
                                    st.cost(m, &gold_root)
                                } else {
                                    usize::MAX
                                }
                            })
                            .collect();
                        let least = costs.iter().copied().min().unwrap_or(usize::MAX);
                        if least == usize::MAX {
                            break;
                        }
                        let guess = best_of(&scores, |m| st.valid(m));
                        let best_gold = best_of(&scores, |m| costs[m] == least);
                        moves.tick();
                        if costs[guess] > least {
                            moves.update(&feats, best_gold, guess);
                        }
                        // Follow the model's own move after the first
                        // epoch, so it learns to recover from its mistakes.
                        st.apply(if epoch == 0 { best_gold } else { guess });
                    }
                    for (h, g) in st.heads.iter().zip(&gold) {
                        all += 1;
                        right += usize::from(*h == Some(*g));
                    }
                }
                // Labels, on the gold tree (heads before dependents).
                for i in top_down(doc) {
                    if doc.heads[i].is_none() {
                        continue;
                    }
                    let head_dep = doc.heads[i].map(|h| doc.deps[h]);
                    label_features(doc, i, head_dep, &mut feats);
                    labels.tick();
                    let guess = labels.best(&feats, |c| DEPS[c] != "root");
                    let truth = doc.deps[i].0 as usize;
                    labels.update(&feats, truth, guess);
                    lall += 1;
                    lright += usize::from(guess == truth);
                }
            }
            log(
                epoch,
                right as f64 / all.max(1) as f64,
                lright as f64 / lall.max(1) as f64,
            );
        }
        Parser {
            // Features seen five times or more, weights of at least 1
            // (chosen on the tune documents: a quarter of the bytes, the
            // same attachment score).
            moves: moves.finish(5, 1.0),
            labels: labels.finish(5, 1.0),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::labels::Tag;
    use crate::lexicon::Lexicon;

    /// The heads `repair_leading_name` leaves on `text` (one sentence)
    /// tagged `tags`, parsed as `heads`.
    fn repaired(text: &str, tags: &[&str], heads: &[Option<usize>]) -> Vec<Option<usize>> {
        let lex = Lexicon::default();
        let mut doc = Doc::new(text, &lex);
        assert_eq!(doc.len(), tags.len(), "tokens of {text:?}");
        for (i, t) in tags.iter().enumerate() {
            doc.tags[i] = Tag::of(
                t,
                if t.starts_with("NNP") {
                    "PROPN"
                } else {
                    "VERB"
                },
            );
        }
        doc.heads = heads.to_vec();
        repair_leading_name(&mut doc, 0..heads.len());
        doc.heads
    }

    #[test]
    fn a_cycle_left_by_the_repairs_is_cut_and_a_tree_left_alone() {
        let lex = Lexicon::default();
        let mut doc = Doc::new("Lee met Fink in New York", &lex);
        // met is the root; "in" and "New" hang from each other.
        let tree = vec![Some(1), None, Some(1), Some(5), Some(5), Some(1)];
        doc.heads = tree.clone();
        break_cycles(&mut doc, 0..6);
        assert_eq!(doc.heads, tree);
        doc.heads = vec![Some(1), None, Some(1), Some(4), Some(3), Some(1)];
        break_cycles(&mut doc, 0..6);
        for t in 0..6 {
            assert!(
                !dominates(&doc, t, doc.heads[t].unwrap_or(1)) || doc.heads[t].is_none(),
                "{:?}",
                doc.heads
            );
        }
        assert!(
            doc.heads[3] == Some(1) || doc.heads[4] == Some(1),
            "{:?}",
            doc.heads
        );
        // With no root at all, the cut word becomes it.
        doc.heads = vec![Some(1), Some(0), Some(1), Some(1), Some(1), Some(1)];
        break_cycles(&mut doc, 0..6);
        assert_eq!(
            doc.heads.iter().filter(|h| h.is_none()).count(),
            1,
            "{:?}",
            doc.heads
        );
    }

    #[test]
    fn a_titled_opening_name_is_rebuilt_and_an_untitled_one_left_alone() {
        // "US President Donald Trump met Lee": "US" the verb's subject and
        // the rest hung from it; rebuilt with "Donald" the subject.
        let h = repaired(
            "US President Donald Trump met Lee",
            &["NNP", "NNP", "NNP", "NNP", "VBD", "NNP"],
            &[Some(4), Some(0), Some(0), Some(2), None, Some(4)],
        );
        assert_eq!(h, [Some(1), Some(2), Some(4), Some(2), None, Some(4)]);
        // "North Korea puts troops": GUM's own tree, kept.
        let gum = [Some(1), Some(2), None, Some(2)];
        let h = repaired(
            "North Korea puts troops",
            &["NNP", "NNP", "VBZ", "NNS"],
            &gum,
        );
        assert_eq!(h, gum);
    }
}

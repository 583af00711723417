//! The scorer: exact-span proper-name mention precision, recall and F1
//! against the GUM gold names, untyped (the span alone) and typed (span and
//! PER / ORG / LOC); each span counted once on either side. And B³ for
//! clusters over the gold names: a gold name the system did not find counts
//! as a cluster of its own; names the system found that are not gold are
//! left out.

use std::collections::{HashMap, HashSet};

use crate::gum::{Document as Doc, Named};

/// Counts of one comparison.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    pub tp: usize,
    pub fp: usize,
    pub fn_: usize,
}

impl Counts {
    pub fn precision(&self) -> f64 {
        ratio(self.tp, self.tp + self.fp)
    }
    pub fn recall(&self) -> f64 {
        ratio(self.tp, self.tp + self.fn_)
    }
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
    fn add(&mut self, other: Counts) {
        self.tp += other.tp;
        self.fp += other.fp;
        self.fn_ += other.fn_;
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

fn compare<T: std::hash::Hash + Eq>(gold: &HashSet<T>, predicted: &HashSet<T>) -> Counts {
    let tp = predicted.intersection(gold).count();
    Counts {
        tp,
        fp: predicted.len() - tp,
        fn_: gold.len() - tp,
    }
}

/// Untyped and typed counts for one document.
pub fn score_doc(doc: &Doc, predicted: &[Named]) -> (Counts, Counts) {
    let gold_typed: HashSet<Named> = doc.names.iter().copied().collect();
    let gold: HashSet<(usize, usize)> = doc.names.iter().map(|n| (n.start, n.end)).collect();
    let pred_typed: HashSet<Named> = predicted.iter().copied().collect();
    let pred: HashSet<(usize, usize)> = predicted.iter().map(|n| (n.start, n.end)).collect();
    (compare(&gold, &pred), compare(&gold_typed, &pred_typed))
}

/// The totals over a set of documents.
#[derive(Clone, Copy, Debug, Default)]
pub struct Score {
    pub untyped: Counts,
    pub typed: Counts,
    pub docs: usize,
}

impl Score {
    pub fn add(&mut self, doc: &Doc, predicted: &[Named]) {
        let (u, t) = score_doc(doc, predicted);
        self.untyped.add(u);
        self.typed.add(t);
        self.docs += 1;
    }
}

/// B³ precision, recall and F1 of `predicted` clusters (an id per
/// predicted name) over the gold names of `doc`: (sum of precisions, sum
/// of recalls, number of gold mentions), to be summed over documents.
pub fn b_cubed(doc: &Doc, predicted: &[(Named, usize)]) -> (f64, f64, usize) {
    let spans: Vec<(usize, usize)> = doc.names.iter().map(|n| (n.start, n.end)).collect();
    // Gold mention i -> gold cluster; predicted cluster (or a singleton).
    let found: HashMap<(usize, usize), usize> = predicted
        .iter()
        .map(|(n, c)| ((n.start, n.end), *c))
        .collect();
    let pred_of: Vec<Option<usize>> = spans.iter().map(|s| found.get(s).copied()).collect();
    let (mut p_sum, mut r_sum) = (0.0, 0.0);
    for i in 0..spans.len() {
        let gold_same: Vec<usize> = (0..spans.len())
            .filter(|&j| doc.clusters[j] == doc.clusters[i])
            .collect();
        let pred_same: Vec<usize> = match pred_of[i] {
            Some(c) => (0..spans.len())
                .filter(|&j| pred_of[j] == Some(c))
                .collect(),
            None => vec![i],
        };
        let both = pred_same.iter().filter(|j| gold_same.contains(j)).count() as f64;
        p_sum += both / pred_same.len() as f64;
        r_sum += both / gold_same.len() as f64;
    }
    (p_sum, r_sum, spans.len())
}

/// Reads a peer's predictions, `{doc id: [[start, end, "PER"], ...]}` in
/// code points, into byte spans per document id.
pub fn read_peer(json: &str, docs: &[Doc]) -> Result<HashMap<String, Vec<Named>>, String> {
    let raw: HashMap<String, Vec<(usize, usize, String)>> =
        serde_json::from_str(json).map_err(|e| e.to_string())?;
    let mut out = HashMap::new();
    for doc in docs {
        let Some(spans) = raw.get(&doc.id) else {
            continue;
        };
        let mut named = Vec::new();
        for (s, e, label) in spans {
            let (Some(&start), Some(&end), Some(label)) = (
                doc.bytes.get(*s),
                doc.bytes.get(*e),
                crate::gum::Label::parse(label),
            ) else {
                return Err(format!("{}: bad span [{s}, {e}, {label}]", doc.id));
            };
            named.push(Named { start, end, label });
        }
        out.insert(doc.id.clone(), named);
    }
    Ok(out)
}

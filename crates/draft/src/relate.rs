//! Facts no pattern words: a logistic model over the tree path between two
//! named things decides whether the sentence relates them.
//!
//! The patterns of [`crate::facts`] read the common shapes ("X met Y", "X,
//! the chairman of Y") and word them well; most of what a news story states
//! comes in shapes no one listed ("Yeltsin had approved Sorokin's
//! removal", "the Belgrade headquarters of Radio Television Serbia"). For
//! each pair of things a sentence names that no pattern took, the path's
//! relations, the word at its top, the words it passes and the kinds of its
//! ends are features of a logistic model trained on the wire stories' gold
//! (`benches/draft/relations.py`, which writes `model/relations.txt`); a
//! pair the model is sure of is drafted with the words between its ends or
//! the verb at the top, at a lower confidence than a pattern's, so the
//! review puts it first.

use rustc_hash::FxHashMap as HashMap;

use crate::data::DataError;
use crate::doc::Doc;

/// The model's weights, by feature.
#[derive(Clone, Debug, Default)]
pub struct Relations {
    weights: HashMap<String, f32>,
    /// The probability from which a pair is drafted.
    pub threshold: f32,
}

/// Clause relations a path may cross; each is a feature of its own.
const CLAUSES: [&str; 8] = [
    "ccomp",
    "acl:relcl",
    "advcl",
    "conj",
    "parataxis",
    "acl",
    "xcomp",
    "appos",
];

impl Relations {
    /// Reads `relations.txt`: a `threshold` line, then one `weight<TAB>feature`
    /// line per feature.
    pub fn read(text: &str) -> Result<Relations, DataError> {
        let bad = |reason: String| DataError::Bad {
            file: "relations.txt".into(),
            reason,
        };
        let mut weights = HashMap::default();
        let mut threshold = None;
        for (n, line) in text.lines().enumerate() {
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            if let Some(t) = line.strip_prefix("threshold\t") {
                threshold = Some(
                    t.parse::<f32>()
                        .map_err(|_| bad(format!("line {}: no threshold", n + 1)))?,
                );
                continue;
            }
            let (w, f) = line
                .split_once('\t')
                .ok_or_else(|| bad(format!("line {}: no weight and feature", n + 1)))?;
            let w = w
                .parse::<f32>()
                .map_err(|_| bad(format!("line {}: {w:?} is no weight", n + 1)))?;
            weights.insert(f.to_string(), w);
        }
        let threshold = threshold.ok_or_else(|| bad("no threshold line".into()))?;
        if weights.is_empty() || !weights.contains_key("bias") {
            return Err(bad("no weights".into()));
        }
        Ok(Relations { weights, threshold })
    }

    /// The probability that the features' path states a fact.
    pub fn probability(&self, features: &[String]) -> f32 {
        let z: f32 = features
            .iter()
            .filter_map(|f| self.weights.get(f.as_str()))
            .sum();
        1.0 / (1.0 + (-z).exp())
    }
}

/// The features of the path from `a` up to `top` and down to `b` (tokens
/// below the top on each side, `up` from `a` upwards, `down` from below the
/// top to `b`), between things of the kinds `kinds` (letters, as patterns
/// write them).
pub fn features(
    doc: &Doc,
    up: &[usize],
    top: usize,
    down: &[usize],
    kinds: (char, char),
    inferred: bool,
) -> Vec<String> {
    let ups: Vec<&str> = up.iter().map(|&t| doc.deps[t].name()).collect();
    let downs: Vec<&str> = down.iter().map(|&t| doc.deps[t].name()).collect();
    let penn = doc.tags[top].penn();
    let tag = &penn[..penn.len().min(2)];
    let (k1, k2) = if kinds.0 <= kinds.1 {
        kinds
    } else {
        (kinds.1, kinds.0)
    };
    let mut f = vec![
        "bias".to_string(),
        format!("u={}", ups.join(",")),
        format!("d={}", downs.join(",")),
        format!("s={}|{tag}|{}", ups.join(","), downs.join(",")),
        format!("t={tag}"),
        format!("n={}", (ups.len() + downs.len()).min(8)),
        format!("nu={}", ups.len().min(4)),
        format!("nd={}", downs.len().min(5)),
        format!("k={k1}{k2}"),
    ];
    f.extend(ups.iter().map(|u| format!("u:{u}")));
    f.extend(downs.iter().map(|d| format!("d:{d}")));
    let last_up = ups.last().copied().unwrap_or("");
    let first_down = downs.first().copied().unwrap_or("");
    if !ups.is_empty() {
        f.push(format!("lu={last_up}"));
        f.push(format!("fu={}", ups[0]));
    }
    if !downs.is_empty() {
        f.push(format!("fd={first_down}"));
        f.push(format!("ld={}", downs[downs.len() - 1]));
    }
    if tag == "VB" || tag == "NN" {
        let word = if doc.tags[top].is_proper() {
            "NAME"
        } else {
            doc.lemmas[top].as_str()
        };
        f.push(format!("w={word}"));
        f.push(format!("wlf={word}|{last_up}|{first_down}"));
    }
    for (&t, d) in down.iter().zip(&downs) {
        if matches!(d.split(':').next(), Some("obj" | "obl" | "nmod"))
            && !doc.word(t).starts_with(char::is_uppercase)
        {
            f.push(format!("m={d}:{}", doc.lemmas[t]));
        }
    }
    for c in CLAUSES {
        if ups.contains(&c) || downs.contains(&c) {
            f.push(format!("h:{c}"));
        }
    }
    // The ends (the top when a side is empty).
    let (a, b) = (
        up.first().copied().unwrap_or(top),
        down.last().copied().unwrap_or(top),
    );
    // The prepositions of the ends below the top ("in" Moscow, "of" the
    // party).
    for (side, t, below) in [("a", a, !up.is_empty()), ("b", b, !down.is_empty())] {
        for &c in doc.children[t].iter().filter(|_| below) {
            if doc.deps[c].is("case") {
                f.push(format!("c{side}={}", doc.lower[c]));
            }
        }
    }
    if inferred {
        f.push("inferred".into());
    }
    // How far apart the ends are, and what lies between them.
    let (lo, hi) = (a.min(b), a.max(b));
    let gap = hi - lo;
    let bucket = match gap {
        0..=1 => "1",
        2..=3 => "3",
        4..=6 => "6",
        7..=12 => "12",
        _ => "far",
    };
    f.push(format!("gap={bucket}"));
    let commas = (lo + 1..hi).filter(|&t| doc.word(t) == ",").count();
    f.push(format!("commas={}", commas.min(3)));
    if (lo + 1..hi).any(|t| doc.lower[t] == "and") {
        f.push("and".into());
    }
    // Inside a quotation, and "according to" one of the ends.
    let sentence = doc.sentences[doc.sentence_of[top]].clone();
    let quotes_before = |t: usize| {
        (sentence.start..t)
            .filter(|&k| matches!(doc.word(k), "\"" | "“" | "”"))
            .count()
    };
    if quotes_before(lo) % 2 == 1 {
        f.push("quoted".into());
    }
    for (side, t) in [("a", a), ("b", b)] {
        if doc.children[t].iter().any(|&c| doc.lower[c] == "according") {
            f.push(format!("according{side}"));
        }
    }
    f.push(format!("ea={}:{}", kinds.0, doc.deps[a].name()));
    f.push(format!("eb={}:{}", kinds.1, doc.deps[b].name()));
    f
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_weights_and_threshold_and_refuses_what_is_not_a_model() {
        let r = Relations::read("# a comment\nthreshold\t0.8\n-1.5\tbias\n3\tw=approve\n")
            .expect("a model");
        assert_eq!(r.threshold, 0.8);
        let low = r.probability(&["bias".into()]);
        let high = r.probability(&["bias".into(), "w=approve".into(), "unknown".into()]);
        assert!(low < 0.2 && high > 0.8, "{low} {high}");
        for bad in [
            "",
            "-1\tbias\n",
            "threshold\tx\n-1\tbias\n",
            "threshold\t0.8\nheavy\tbias\n",
            "threshold\t0.8\n1\tw=meet\n",
            "threshold\t0.8\nno tab\n",
        ] {
            assert!(
                matches!(Relations::read(bad), Err(DataError::Bad { .. })),
                "{bad:?}"
            );
        }
    }

    #[test]
    fn the_committed_model_reads() {
        let r = Relations::read(include_str!("../model/relations.txt")).expect("the model");
        assert!(r.threshold > 0.5 && r.threshold < 1.0);
        assert!(r.weights.len() > 100);
    }
}

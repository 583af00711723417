//! Lemmas: the base form of each token ("met" → "meet", "talks" → "talk"),
//! from its tag by suffix rules that check the result against the common
//! words and their WordNet classes, with a table of the exceptions the
//! rules get wrong on GUM's training documents ("went" → "go", "children"
//! → "child"), learned by `fx-draft train`.

use rustc_hash::FxHashMap as HashMap;

use crate::doc::Doc;
use crate::lexicon::Lexicon;

/// The exceptions: (lower-case word, Penn tag) → lemma.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Lemmatizer {
    pub exceptions: HashMap<(String, String), String>,
}

const NOUN: u8 = 1;
const VERB: u8 = 2;
const ADJ: u8 = 4;

/// The rule's lemma of `lower` tagged `penn`.
pub fn rule(lower: &str, penn: &str, lexicon: &Lexicon) -> String {
    let known = |w: &str, class: u8| lexicon.classes(w).0 & class != 0;
    let strip = |suffix: &str| {
        lower
            .strip_suffix(suffix)
            .filter(|s| s.chars().count() >= 2)
    };
    match penn {
        "NNS" | "NNPS" => {
            if let Some(s) = strip("ies") {
                return format!("{s}y");
            }
            for es in ["sses", "ches", "shes", "xes", "zes"] {
                if let Some(s) = strip(es) {
                    return format!("{s}{}", &es[..es.len() - 2]);
                }
            }
            if let Some(s) = strip("s") {
                if !s.ends_with('s') || known(s, NOUN) {
                    return s.to_string();
                }
            }
            lower.to_string()
        }
        "VBZ" => {
            if let Some(s) = strip("ies") {
                return format!("{s}y");
            }
            for es in ["sses", "ches", "shes", "xes", "zes", "oes"] {
                if let Some(s) = strip(es) {
                    return format!("{s}{}", &es[..es.len() - 2]);
                }
            }
            strip("s").map_or(lower.to_string(), str::to_string)
        }
        "VBD" | "VBN" => verb_stem(lower, "ed", &known).unwrap_or_else(|| lower.to_string()),
        "VBG" => verb_stem(lower, "ing", &known).unwrap_or_else(|| lower.to_string()),
        "JJR" | "RBR" => adj_stem(lower, "er", &known).unwrap_or_else(|| lower.to_string()),
        "JJS" | "RBS" => adj_stem(lower, "est", &known).unwrap_or_else(|| lower.to_string()),
        _ => lower.to_string(),
    }
}

/// "created" → "create", "stopped" → "stop", "talked" → "talk".
fn verb_stem(lower: &str, suffix: &str, known: &impl Fn(&str, u8) -> bool) -> Option<String> {
    let s = lower.strip_suffix(suffix)?;
    if s.chars().count() < 2 {
        return None;
    }
    if suffix == "ed" {
        if let Some(y) = s.strip_suffix('i') {
            return Some(format!("{y}y"));
        }
    }
    let e = format!("{s}e");
    let chars: Vec<char> = s.chars().collect();
    let doubled = chars.len() >= 3 && chars[chars.len() - 1] == chars[chars.len() - 2];
    let single: String = chars[..chars.len() - usize::from(doubled)].iter().collect();
    for candidate in [s.to_string(), e.clone(), single.clone()] {
        if known(&candidate, VERB) {
            return Some(candidate);
        }
    }
    // Unknown verbs: the usual spelling rules.
    Some(if doubled && !s.ends_with("ll") && !s.ends_with("ss") {
        single
    } else if s.ends_with(|c: char| !"aeiouwxy".contains(c))
        && s.chars().rev().nth(1).is_some_and(|c| "aeiou".contains(c))
        && s.chars().rev().nth(2).is_some_and(|c| !"aeiou".contains(c))
    {
        e
    } else {
        s.to_string()
    })
}

/// "larger" → "large", "biggest" → "big".
fn adj_stem(lower: &str, suffix: &str, known: &impl Fn(&str, u8) -> bool) -> Option<String> {
    let s = lower.strip_suffix(suffix)?;
    if let Some(y) = s.strip_suffix('i') {
        return Some(format!("{y}y"));
    }
    let chars: Vec<char> = s.chars().collect();
    let doubled = chars.len() >= 3 && chars[chars.len() - 1] == chars[chars.len() - 2];
    let single: String = chars[..chars.len() - usize::from(doubled)].iter().collect();
    for candidate in [s.to_string(), format!("{s}e"), single] {
        if known(&candidate, ADJ) {
            return Some(candidate);
        }
    }
    Some(s.to_string())
}

impl Lemmatizer {
    /// Fills in every token's lemma.
    pub fn lemmatize(&self, doc: &mut Doc, lexicon: &Lexicon) {
        for i in 0..doc.len() {
            let penn = doc.tags[i].penn();
            let lower = &doc.lower[i];
            doc.lemmas[i] = match self.exceptions.get(&(lower.clone(), penn.to_string())) {
                Some(l) => l.clone(),
                None => rule(lower, penn, lexicon),
            };
        }
    }

    /// The exceptions in training documents with gold tags and lemmas: the
    /// words whose gold lemma the rules miss (kept when the same word and
    /// tag take that lemma at least as often as any other).
    pub fn learn(docs: &[Doc], lexicon: &Lexicon) -> Lemmatizer {
        let mut counts: HashMap<(String, String), HashMap<String, usize>> = HashMap::default();
        for d in docs {
            for i in 0..d.len() {
                let key = (d.lower[i].clone(), d.tags[i].penn().to_string());
                *counts
                    .entry(key)
                    .or_default()
                    .entry(d.lemmas[i].clone())
                    .or_default() += 1;
            }
        }
        let mut exceptions = HashMap::default();
        for ((word, penn), lemmas) in counts {
            let Some((best, _)) = lemmas
                .iter()
                .max_by_key(|(l, n)| (**n, std::cmp::Reverse((*l).clone())))
            else {
                continue;
            };
            if *best != rule(&word, &penn, lexicon) && !best.is_empty() {
                exceptions.insert((word, penn), best.clone());
            }
        }
        Lemmatizer { exceptions }
    }

    /// The exceptions as lines of "word TAB tag TAB lemma", sorted.
    pub fn write(&self, out: &mut Vec<u8>) {
        let mut rows: Vec<String> = self
            .exceptions
            .iter()
            .map(|((w, t), l)| format!("{w}\t{t}\t{l}\n"))
            .collect();
        fact_explorer_core::sort::sort_by(&mut rows, |a, b| a.cmp(b));
        for r in rows {
            out.extend_from_slice(r.as_bytes());
        }
    }

    /// Reads what [`Lemmatizer::write`] wrote; lines that do not have
    /// three columns are skipped.
    pub fn read(text: &str) -> Lemmatizer {
        let exceptions = text
            .lines()
            .filter_map(|l| {
                let mut c = l.split('\t');
                let (w, t, lemma) = (c.next()?, c.next()?, c.next()?);
                Some(((w.to_string(), t.to_string()), lemma.to_string()))
            })
            .collect();
        Lemmatizer { exceptions }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lexicon() -> Lexicon {
        Lexicon::read(|name| {
            match name {
                "common_words.txt" => {
                    "create\t4.0\tv\ntalk\t4.0\tnv\nstop\t4.0\tnv\nlarge\t4.0\ta\nbig\t4.0\ta\nmake\t5.0\tv\n"
                }
                _ => "",
            }
            .to_string()
        })
    }

    #[test]
    fn rules() {
        let lex = lexicon();
        let cases = [
            ("created", "VBD", "create"),
            ("talked", "VBN", "talk"),
            ("stopped", "VBD", "stop"),
            ("making", "VBG", "make"),
            ("talks", "NNS", "talk"),
            ("countries", "NNS", "country"),
            ("watches", "VBZ", "watch"),
            ("larger", "JJR", "large"),
            ("biggest", "JJS", "big"),
            ("news", "NN", "news"),
            ("carried", "VBD", "carry"),
        ];
        for (w, t, l) in cases {
            assert_eq!(rule(w, t, &lex), l, "{w}/{t}");
        }
        let back = {
            let mut m = Lemmatizer::default();
            m.exceptions
                .insert(("went".into(), "VBD".into()), "go".into());
            let mut bytes = Vec::new();
            m.write(&mut bytes);
            Lemmatizer::read(std::str::from_utf8(&bytes).unwrap_or(""))
        };
        assert_eq!(
            back.exceptions[&("went".to_string(), "VBD".to_string())],
            "go"
        );
    }
}

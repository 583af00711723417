//! The document every pass reads and enriches (spaCy's `Doc` is the
//! model): the text, its tokens and sentences, and per token what the
//! passes found: part of speech, lemma, syntactic head and relation, and
//! the word lists it is in. Names, entities, quotes, amounts, times, facts
//! and events are spans and records over these tokens, added by later
//! passes. Tokenizing happens once, here; no pass scans the raw string
//! again for what the tokens already say.

use std::ops::Range;

use crate::labels::{Dep, Tag};
use crate::lexicon::{Lexicon, List};
use crate::perceptron::hash_str;
use crate::tokenize::{self, Token};

/// What a token looks like, computed once and read by every learned pass.
#[derive(Clone, Debug, Default)]
pub struct Lex {
    /// Hash of the lower-case form.
    pub lower: u64,
    /// Hash of the form as written.
    pub word: u64,
    /// Hash of the shape ("Xxxx", "dd.d", "X.X.").
    pub shape: u64,
    /// Hashes of the last 1, 2, 3 and 4 characters (lower case).
    pub suffix: [u64; 4],
    /// Hashes of the first 1, 2 and 3 characters (lower case).
    pub prefix: [u64; 3],
    /// Zipf frequency of the lower-case form, in tenths (0 when rare).
    pub zipf: u8,
    /// The word classes WordNet gives it (common words only).
    pub classes: crate::lexicon::Classes,
    /// Its word-vector clusters, coarse to fine (0 when none).
    pub clusters: [u16; 3],
    /// First character upper case.
    pub upper: bool,
    /// The document also writes this word in lower case.
    pub seen_lower: bool,
    /// The word lists whose longest match covers the token, and whether
    /// the token begins the match.
    pub lists: Vec<(List, bool)>,
}

/// One document and what the passes found in it.
pub struct Doc<'t> {
    pub text: &'t str,
    pub tokens: Vec<Token>,
    /// Sentences as ranges of token indexes.
    pub sentences: Vec<Range<usize>>,
    /// Each token's sentence.
    pub sentence_of: Vec<usize>,
    /// Whether each token starts its sentence (after any opening quotes or
    /// brackets).
    pub initial: Vec<bool>,
    /// Each token's lower-case form.
    pub lower: Vec<String>,
    pub lex: Vec<Lex>,
    /// Part of speech (the tagger).
    pub tags: Vec<Tag>,
    /// Lemma, lower case (the lemmatizer).
    pub lemmas: Vec<String>,
    /// Syntactic head (the parser); `None` for a sentence's root.
    pub heads: Vec<Option<usize>>,
    /// Relation to the head (the parser).
    pub deps: Vec<Dep>,
    /// Children of each token, in order (the parser).
    pub children: Vec<Vec<usize>>,
}

impl<'t> Doc<'t> {
    /// Tokenizes and segments `text` and computes each token's [`Lex`].
    pub fn new(text: &'t str, lexicon: &Lexicon) -> Doc<'t> {
        let tokens = tokenize::tokenize(text);
        let sentences = tokenize::sentences(text, &tokens);
        Doc::from_tokens(text, tokens, sentences, lexicon)
    }

    /// A document from given tokens and sentences (the treebank's, when
    /// training or scoring on gold tokens).
    pub fn from_tokens(
        text: &'t str,
        tokens: Vec<Token>,
        sentences: Vec<Range<usize>>,
        lexicon: &Lexicon,
    ) -> Doc<'t> {
        let n = tokens.len();
        let mut sentence_of = vec![0; n];
        for (k, s) in sentences.iter().enumerate() {
            for i in s.clone() {
                if let Some(x) = sentence_of.get_mut(i) {
                    *x = k;
                }
            }
        }
        let words: Vec<&str> = tokens.iter().map(|t| t.text(text)).collect();
        let mut initial = vec![false; n];
        for s in &sentences {
            for i in s.clone() {
                if let Some(x) = initial.get_mut(i) {
                    *x = true;
                }
                if words
                    .get(i)
                    .is_some_and(|w| w.chars().any(char::is_alphanumeric))
                {
                    break;
                }
            }
        }
        let lower: Vec<String> = words.iter().map(|w| w.to_lowercase()).collect();
        let seen_lower: rustc_hash::FxHashSet<&str> = words
            .iter()
            .zip(&lower)
            .filter(|(w, l)| **w == l.as_str() && w.chars().any(char::is_alphabetic))
            .map(|(_, l)| l.as_str())
            .collect();
        let mut listed = lexicon.matches(&words);
        let lex = words
            .iter()
            .zip(&lower)
            .enumerate()
            .map(|(i, (w, l))| {
                // Affixes as slices of the lower-case form, on character
                // boundaries.
                let bounds: Vec<usize> = l.char_indices().map(|(b, _)| b).collect();
                let n = bounds.len();
                let suffix = |k: usize| hash_str(&l[if k >= n { 0 } else { bounds[n - k] }..]);
                let prefix = |k: usize| hash_str(&l[..if k >= n { l.len() } else { bounds[k] }]);
                let upper = w.chars().next().is_some_and(char::is_uppercase);
                let word = lexicon.word(l);
                Lex {
                    lower: hash_str(l),
                    word: hash_str(w),
                    shape: hash_str(&shape(w)),
                    suffix: [suffix(1), suffix(2), suffix(3), suffix(4)],
                    prefix: [prefix(1), prefix(2), prefix(3)],
                    zipf: word.zipf,
                    classes: word.classes,
                    clusters: word.clusters,
                    upper,
                    seen_lower: upper && seen_lower.contains(l.as_str()),
                    lists: std::mem::take(&mut listed[i]),
                }
            })
            .collect();
        Doc {
            text,
            sentence_of,
            initial,
            lower,
            lex,
            tags: vec![Tag::default(); n],
            lemmas: vec![String::new(); n],
            heads: vec![None; n],
            deps: vec![Dep::default(); n],
            children: vec![Vec::new(); n],
            tokens,
            sentences,
        }
    }

    pub fn len(&self) -> usize {
        self.tokens.len()
    }

    pub fn is_empty(&self) -> bool {
        self.tokens.is_empty()
    }

    /// The words of token `i`.
    pub fn word(&self, i: usize) -> &'t str {
        self.tokens[i].text(self.text)
    }

    /// The byte range of tokens `range`.
    pub fn bytes(&self, range: Range<usize>) -> Range<usize> {
        match (
            self.tokens.get(range.start),
            range.end.checked_sub(1).and_then(|e| self.tokens.get(e)),
        ) {
            (Some(a), Some(b)) if range.start < range.end => a.start..b.end,
            _ => 0..0,
        }
    }

    /// The text of tokens `range`.
    pub fn span_text(&self, range: Range<usize>) -> &'t str {
        let r = self.bytes(range);
        &self.text[r]
    }

    /// The words of `tokens` (in order) as the text spaces them: tokens
    /// the text joins stay joined ("four-day", "Asia’s"), others take one
    /// space, so do tokens with some left out between them.
    pub fn join_words(&self, tokens: impl IntoIterator<Item = usize>) -> String {
        let mut out = String::new();
        let mut last: Option<usize> = None;
        for t in tokens {
            if let Some(l) = last {
                let joined = t == l + 1 && self.tokens[l].end == self.tokens[t].start;
                if !joined {
                    out.push(' ');
                }
            }
            out.push_str(self.word(t));
            last = Some(t);
        }
        out
    }

    /// The document's lines (a heading, a list item, a results line), as
    /// token ranges, in order.
    pub fn lines(&self) -> impl Iterator<Item = Range<usize>> + '_ {
        let mut start = 0;
        std::iter::from_fn(move || {
            if start >= self.len() {
                return None;
            }
            let mut end = start + 1;
            while end < self.len() && !self.tokens[end].line_start {
                end += 1;
            }
            let line = start..end;
            start = end;
            Some(line)
        })
    }

    /// The tokens of the first line when it is a headline: a paragraph of
    /// its own of three tokens or more, with no full stop at its end, and
    /// no dateline ("MOSCOW 1996-10-17").
    pub fn headline(&self) -> Option<Range<usize>> {
        let end = (1..self.len())
            .find(|&t| self.tokens[t].line_start)
            .unwrap_or(self.len());
        (end < self.len()
            && self.tokens[end].paragraph_start
            && end >= 3
            && self.word(end - 1) != "."
            && !crate::lexicon::is_dateline(self.span_text(0..end)))
        .then_some(0..end)
    }

    /// Whether token `t` starts a listed place's name.
    pub fn starts_listed_place(&self, t: usize) -> bool {
        t < self.len() && self.lex[t].lists.iter().any(|(l, b)| *b && l.is_place())
    }

    /// Whether token `i` starts its sentence (after any opening quotes or
    /// brackets).
    pub fn sentence_initial(&self, i: usize) -> bool {
        self.initial.get(i).copied().unwrap_or(false)
    }

    /// Rebuilds the children lists from `heads`.
    pub fn index_children(&mut self) {
        for c in &mut self.children {
            c.clear();
        }
        for i in 0..self.heads.len() {
            if let Some(h) = self.heads[i] {
                self.children[h].push(i);
            }
        }
    }

    /// The children of `i` with relation `dep` (or a subtype of it).
    pub fn children_with<'a>(&'a self, i: usize, dep: &'a str) -> impl Iterator<Item = usize> + 'a {
        self.children[i]
            .iter()
            .copied()
            .filter(move |&c| self.deps[c].is(dep))
    }

    /// The first child of `i` with relation `dep`.
    pub fn child(&self, i: usize, dep: &str) -> Option<usize> {
        self.children_with(i, dep).next()
    }

    /// The tokens of `i`'s subtree, as a range (projective trees make it
    /// contiguous; a non-projective one is widened to cover all of it).
    pub fn subtree(&self, i: usize) -> Range<usize> {
        let (mut lo, mut hi) = (i, i);
        let mut stack = vec![i];
        let mut steps = 0;
        while let Some(t) = stack.pop() {
            steps += 1;
            if steps > self.len() {
                break;
            }
            lo = lo.min(t);
            hi = hi.max(t);
            stack.extend(self.children[t].iter().copied());
        }
        lo..hi + 1
    }
}

/// A word's shape: runs of X, x, d and other characters, runs capped at two.
pub fn shape(word: &str) -> String {
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shapes() {
        assert_eq!(shape("BlackRock"), "XxxXxx");
        assert_eq!(shape("U.S."), "X.X.");
        assert_eq!(shape("12.5"), "dd.d");
        assert_eq!(shape("서울"), "aa");
    }
}

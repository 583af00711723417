//! The training and measuring corpora as [`Doc`]s: GUM documents on their
//! gold tokens with their gold tags, lemmas and trees, or on the draft's
//! own tokens (for measuring the whole pipeline as it runs on new text).

use crate::doc::Doc;
use crate::gum::Document;
use crate::lexicon::Lexicon;
use crate::pos::Tagger;

/// A GUM document on its gold tokens, with the gold tags, lemmas, heads
/// and relations filled in.
pub fn gold_doc<'t>(d: &'t Document, lexicon: &Lexicon) -> Doc<'t> {
    let mut doc = Doc::from_tokens(&d.text, d.tokens.clone(), d.sentences.clone(), lexicon);
    doc.tags.clone_from(&d.tags);
    doc.lemmas.clone_from(&d.lemmas);
    doc.heads.clone_from(&d.heads);
    doc.deps.clone_from(&d.deps);
    doc.index_children();
    doc
}

/// How the draft's tokens line up with the gold ones: for each gold
/// token, the draft token with exactly its span, if any.
pub fn align(
    gold: &[crate::tokenize::Token],
    ours: &[crate::tokenize::Token],
) -> Vec<Option<usize>> {
    let mut out = vec![None; gold.len()];
    let mut j = 0;
    for (i, g) in gold.iter().enumerate() {
        while j < ours.len() && ours[j].start < g.start {
            j += 1;
        }
        if j < ours.len() && ours[j].start == g.start && ours[j].end == g.end {
            out[i] = Some(j);
        }
    }
    out
}

/// A CoNLL file's documents (WikiGold, the Broad Twitter Corpus): each as
/// a text rebuilt from its tokens (joined by spaces, a sentence a line),
/// the tokens with their byte offsets and sentences, and the gold names
/// typed PER, ORG or LOC (MISC and any other type left out). Both IOB1
/// and BIO tags read alike: a B- tag, or a type change, starts a name.
pub struct Conll {
    pub text: String,
    pub tokens: Vec<crate::tokenize::Token>,
    pub sentences: Vec<std::ops::Range<usize>>,
    pub names: Vec<(std::ops::Range<usize>, crate::gum::Label)>,
}

/// Reads a CoNLL file; `-DOCSTART-` lines split documents, and
/// `sentences_per_doc` groups sentences (tweets) into documents when the
/// file has no such lines.
pub fn read_conll(file: &str, sentences_per_doc: usize) -> Vec<Conll> {
    use crate::gum::Label;
    let mut docs = Vec::new();
    let mut sentences: Vec<Vec<(String, String)>> = Vec::new();
    let mut current: Vec<(String, String)> = Vec::new();
    let flush_doc = |sentences: &mut Vec<Vec<(String, String)>>, docs: &mut Vec<Conll>| {
        if sentences.is_empty() {
            return;
        }
        let mut text = String::new();
        let mut tokens = Vec::new();
        let mut sents = Vec::new();
        let mut names = Vec::new();
        for s in sentences.drain(..) {
            let first = tokens.len();
            let mut open: Option<(usize, Label)> = None;
            for (k, (word, tag)) in s.iter().enumerate() {
                if k > 0 {
                    text.push(' ');
                }
                let start = text.len();
                text.push_str(word);
                tokens.push(crate::tokenize::Token {
                    start,
                    end: text.len(),
                    line_start: k == 0,
                    paragraph_start: k == 0 && first == 0,
                });
                let i = tokens.len() - 1;
                let label = match tag.get(2..) {
                    Some("PER") => Some(Label::Per),
                    Some("ORG") => Some(Label::Org),
                    Some("LOC") => Some(Label::Loc),
                    _ => None,
                };
                let begins = tag.starts_with("B-");
                match (open, label) {
                    (Some((s0, l0)), Some(l)) if l == l0 && !begins => open = Some((s0, l0)),
                    (prev, now) => {
                        if let Some((s0, l0)) = prev {
                            names.push((s0..i, l0));
                        }
                        open = now.map(|l| (i, l));
                    }
                }
            }
            if let Some((s0, l0)) = open {
                names.push((s0..tokens.len(), l0));
            }
            if tokens.len() > first {
                sents.push(first..tokens.len());
            }
            text.push('\n');
        }
        docs.push(Conll {
            text,
            tokens,
            sentences: sents,
            names,
        });
    };
    for line in file.lines() {
        let line = line.trim_end();
        if line.is_empty() {
            if !current.is_empty() {
                sentences.push(std::mem::take(&mut current));
                if sentences_per_doc > 0 && sentences.len() >= sentences_per_doc {
                    flush_doc(&mut sentences, &mut docs);
                }
            }
            continue;
        }
        let mut cols = line.split(['\t', ' ']).filter(|c| !c.is_empty());
        let (Some(word), Some(tag)) = (cols.next(), cols.next_back()) else {
            continue;
        };
        if word == "-DOCSTART-" {
            if !current.is_empty() {
                sentences.push(std::mem::take(&mut current));
            }
            flush_doc(&mut sentences, &mut docs);
            continue;
        }
        current.push((word.to_string(), tag.to_string()));
    }
    if !current.is_empty() {
        sentences.push(current);
    }
    flush_doc(&mut sentences, &mut docs);
    docs
}

/// Tweets grouped into one document for the name tagger (its second pass
/// reads how the same word is tagged elsewhere in the document).
pub const TWEETS_PER_DOC: usize = 50;

/// Tags a document as the drafter does before naming (`Drafter::analyse`:
/// the tagger, then listed acronyms as proper nouns), so the name tagger
/// learns from the tags it will be given.
pub fn tag_for_names(doc: &mut Doc, tagger: &Tagger, lexicon: &Lexicon) {
    tagger.tag(doc);
    crate::drafter::proper_acronyms(doc, lexicon);
}

/// A GUM document as the name tagger learns from it: on the draft's own
/// tokens, tagged ([`tag_for_names`]), with its gold name tags.
pub fn gum_for_names<'t>(
    d: &'t Document,
    tagger: &Tagger,
    lexicon: &Lexicon,
) -> (Doc<'t>, Vec<usize>) {
    let mut doc = Doc::new(&d.text, lexicon);
    tag_for_names(&mut doc, tagger, lexicon);
    let gold = crate::names::gold_tags(&doc, &names_on(d, &doc.tokens));
    (doc, gold)
}

/// A CoNLL document (WikiGold, tweets) as the name tagger learns from it.
pub fn conll_for_names<'t>(
    c: &'t Conll,
    tagger: &Tagger,
    lexicon: &Lexicon,
) -> (Doc<'t>, Vec<usize>) {
    let mut doc = Doc::from_tokens(&c.text, c.tokens.clone(), c.sentences.clone(), lexicon);
    tag_for_names(&mut doc, tagger, lexicon);
    let gold = crate::names::gold_tags(&doc, &c.names);
    (doc, gold)
}

/// A GUM document's gold names as token ranges over `tokens` (the
/// tokens inside each name's bytes).
pub fn names_on(
    d: &Document,
    tokens: &[crate::tokenize::Token],
) -> Vec<(std::ops::Range<usize>, crate::gum::Label)> {
    d.names
        .iter()
        .map(|n| (within(tokens, n.start, n.end), n.label))
        .filter(|(r, _)| !r.is_empty())
        .collect()
}

use crate::tokenize::within;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn conll_names_read_in_both_schemes() {
        let file = "-DOCSTART- O\n\nLarry I-PER\nFink I-PER\nof O\nBlackRock I-ORG\n.\tO\n\nIn O\nNew B-LOC\nYork I-LOC\nGermany B-LOC\nGerman I-MISC\n";
        let docs = read_conll(file, 0);
        assert_eq!(docs.len(), 1);
        let d = &docs[0];
        assert_eq!(
            d.text,
            "Larry Fink of BlackRock .\nIn New York Germany German\n"
        );
        let spans: Vec<&str> = d
            .names
            .iter()
            .map(|(r, _)| &d.text[d.tokens[r.start].start..d.tokens[r.end - 1].end])
            .collect();
        assert_eq!(spans, ["Larry Fink", "BlackRock", "New York", "Germany"]);
        assert_eq!(d.sentences, [0..5, 5..10]);
    }
}

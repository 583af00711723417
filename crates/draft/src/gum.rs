//! The GUM documents (`crates/draft/data/gum/`, CC BY and CC BY-SA; credit
//! in its README): reading them into byte offsets, their gold tokens,
//! sentences, tags, lemmas and dependency trees, their gold proper-name
//! mentions and coreference, and how they are split:
//!
//! - **train**: the 84 documents outside the news genre (the tagger,
//!   parser and name tagger learn from them);
//! - **tune**: 16 news documents, tuned on (the name tagger also learns
//!   from them);
//! - **test**: 8 news documents, measured once (every third news document
//!   in name order, from the third; see `data/facts-gold/README.md`).

use std::ops::Range;

use serde::Deserialize;

use crate::labels::{Dep, Tag};
use crate::tokenize::Token;

/// A name's type as the scorer counts it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Label {
    Per,
    Org,
    Loc,
}

impl Label {
    pub const ALL: [Label; 3] = [Label::Per, Label::Org, Label::Loc];

    pub fn name(self) -> &'static str {
        match self {
            Label::Per => "PER",
            Label::Org => "ORG",
            Label::Loc => "LOC",
        }
    }

    pub fn parse(s: &str) -> Option<Label> {
        Some(match s {
            "PER" => Label::Per,
            "ORG" => Label::Org,
            "LOC" => Label::Loc,
            _ => return None,
        })
    }
}

/// A span of text with a label, in UTF-8 byte offsets.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Named {
    pub start: usize,
    pub end: usize,
    pub label: Label,
}

/// Which part of the corpus a document is in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Split {
    Train,
    Tune,
    Test,
}

/// The 8 news documents kept for measuring.
pub const TEST: [&str; 8] = [
    "GUM_news_clock",
    "GUM_news_election",
    "GUM_news_hackers",
    "GUM_news_imprisoned",
    "GUM_news_lanterns",
    "GUM_news_sensitive",
    "GUM_news_taxes",
    "GUM_news_worship",
];

#[derive(Deserialize)]
struct RawSpan {
    start: usize,
    end: usize,
}

#[derive(Deserialize)]
struct RawMention {
    #[serde(rename = "type")]
    kind: String,
    #[serde(default)]
    proper: bool,
    name: Option<RawSpan>,
    entity: u32,
    start: usize,
    end: usize,
    #[serde(default)]
    identity: Option<String>,
}

#[derive(Deserialize)]
struct RawDoc {
    id: String,
    genre: String,
    text: String,
    #[serde(default)]
    tokens: Vec<(usize, usize, String)>,
    #[serde(default)]
    sentences: Vec<(usize, usize)>,
    #[serde(default)]
    syntax: Vec<(i64, String, String, String)>,
    mentions: Vec<RawMention>,
}

/// One gold mention (any type, proper or not), in bytes.
#[derive(Clone, Debug)]
pub struct Mention {
    pub start: usize,
    pub end: usize,
    pub entity: u32,
    /// GUM's type: person, organization, place, time, abstract…
    pub kind: String,
    pub proper: bool,
    /// The proper name inside it, when it is one.
    pub name: Option<Range<usize>>,
    /// The Wikipedia title, when the entity has one.
    pub identity: Option<String>,
}

/// One document with its gold annotations.
pub struct Document {
    pub id: String,
    pub genre: String,
    pub text: String,
    /// Proper-name mentions typed person, organization or place, each span
    /// once, sorted.
    pub names: Vec<Named>,
    /// The coreference cluster of each of `names`.
    pub clusters: Vec<u32>,
    /// Every mention.
    pub mentions: Vec<Mention>,
    /// Code point -> byte offset (one more entry than code points).
    pub bytes: Vec<usize>,
    /// Gold tokens, sentences (token ranges), tags, lemmas, heads and
    /// relations (empty when the file has no trees).
    pub tokens: Vec<Token>,
    pub sentences: Vec<Range<usize>>,
    pub tags: Vec<Tag>,
    pub lemmas: Vec<String>,
    pub heads: Vec<Option<usize>>,
    pub deps: Vec<Dep>,
}

impl Document {
    /// Reads one GUM JSON document.
    pub fn parse(json: &str) -> Result<Document, String> {
        let raw: RawDoc = serde_json::from_str(json).map_err(|e| e.to_string())?;
        let mut bytes: Vec<usize> = raw.text.char_indices().map(|(i, _)| i).collect();
        bytes.push(raw.text.len());
        let at = |cp: usize| {
            bytes
                .get(cp)
                .copied()
                .ok_or(format!("{}: offset {cp} past the text", raw.id))
        };
        let mut named: Vec<(Named, u32)> = Vec::new();
        let mut mentions = Vec::new();
        for m in &raw.mentions {
            let name = match &m.name {
                Some(n) => Some(at(n.start)?..at(n.end)?),
                None => None,
            };
            mentions.push(Mention {
                start: at(m.start)?,
                end: at(m.end)?,
                entity: m.entity,
                kind: m.kind.clone(),
                proper: m.proper,
                name: name.clone(),
                identity: m.identity.clone(),
            });
            let label = match (m.proper, m.kind.as_str()) {
                (true, "person") => Label::Per,
                (true, "organization") => Label::Org,
                (true, "place") => Label::Loc,
                _ => continue,
            };
            let span = name.unwrap_or(at(m.start)?..at(m.end)?);
            named.push((
                Named {
                    start: span.start,
                    end: span.end,
                    label,
                },
                m.entity,
            ));
        }
        fact_explorer_core::sort::sort_by_key(&mut named, |(n, _)| (n.start, n.end, n.label));
        named.dedup_by_key(|(n, _)| (n.start, n.end, n.label));
        let (names, clusters) = named.into_iter().unzip();
        // Tokens: line starts from the text between them.
        let mut tokens = Vec::with_capacity(raw.tokens.len());
        let mut prev_end = 0;
        for (s, e, _) in &raw.tokens {
            let (s, e) = (at(*s)?, at(*e)?);
            let gap = raw.text.get(prev_end..s).unwrap_or("");
            tokens.push(Token {
                start: s,
                end: e,
                line_start: prev_end == 0 || gap.contains('\n'),
                paragraph_start: prev_end == 0 || gap.matches('\n').count() >= 2,
            });
            prev_end = e;
        }
        let sentences = raw
            .sentences
            .iter()
            .map(|&(a, b)| a..b + 1)
            .filter(|r| r.end <= tokens.len())
            .collect();
        let mut tags = Vec::new();
        let mut lemmas = Vec::new();
        let mut heads = Vec::new();
        let mut deps = Vec::new();
        for ((h, rel, lemma, xpos), (_, _, upos)) in raw.syntax.iter().zip(&raw.tokens) {
            tags.push(Tag::of(xpos, upos));
            lemmas.push(lemma.to_lowercase());
            heads.push((*h >= 0).then_some(*h as usize));
            deps.push(Dep::of(rel));
        }
        Ok(Document {
            id: raw.id,
            genre: raw.genre,
            text: raw.text,
            names,
            clusters,
            mentions,
            bytes,
            tokens,
            sentences,
            tags,
            lemmas,
            heads,
            deps,
        })
    }

    /// Which part of the corpus the document is in.
    pub fn split(&self) -> Split {
        if self.genre != "news" {
            Split::Train
        } else if TEST.contains(&self.id.as_str()) {
            Split::Test
        } else {
            Split::Tune
        }
    }

    /// Byte offset -> code point offset.
    pub fn code_point(&self, byte: usize) -> usize {
        self.bytes.partition_point(|&b| b < byte)
    }

    /// Whether the document is news (tune or test).
    pub fn is_dev(&self) -> bool {
        self.genre == "news"
    }

    /// Whether the document has gold trees.
    pub fn has_trees(&self) -> bool {
        !self.tokens.is_empty() && self.heads.len() == self.tokens.len()
    }
}

/// Reads every `GUM_*.json` in `dir`, sorted by id.
pub fn read_dir(dir: &std::path::Path) -> Result<Vec<Document>, String> {
    let mut paths: Vec<_> = std::fs::read_dir(dir)
        .map_err(|e| format!("{}: {e}", dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| {
            p.file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| n.starts_with("GUM_") && n.ends_with(".json"))
        })
        .collect();
    fact_explorer_core::sort::sort_by_key(&mut paths, |p| p.clone());
    paths
        .iter()
        .map(|p| {
            let json = std::fs::read_to_string(p).map_err(|e| format!("{}: {e}", p.display()))?;
            Document::parse(&json).map_err(|e| format!("{}: {e}", p.display()))
        })
        .collect()
}

//! The GUM documents (`crates/draft/data/gum/`, CC BY; credit in its
//! README): reading them, their gold proper-name mentions in byte offsets,
//! and which are for training and which for measuring. The 24 `news`
//! documents are the development set and are never trained on.

use serde::Deserialize;

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
}

#[derive(Deserialize)]
struct RawDoc {
    id: String,
    genre: String,
    text: String,
    mentions: Vec<RawMention>,
}

/// One document with its gold names.
pub struct Doc {
    pub id: String,
    pub genre: String,
    pub text: String,
    /// Proper-name mentions typed person, organization or place, each span
    /// once, sorted.
    pub names: Vec<Named>,
    /// The coreference cluster of each of `names`.
    pub clusters: Vec<u32>,
    /// Code point -> byte offset (one more entry than code points).
    pub bytes: Vec<usize>,
}

impl Doc {
    /// Reads one GUM JSON document.
    pub fn parse(json: &str) -> Result<Doc, String> {
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
        for m in &raw.mentions {
            let label = match (m.proper, m.kind.as_str()) {
                (true, "person") => Label::Per,
                (true, "organization") => Label::Org,
                (true, "place") => Label::Loc,
                _ => continue,
            };
            let span = m
                .name
                .as_ref()
                .map_or((m.start, m.end), |n| (n.start, n.end));
            named.push((
                Named {
                    start: at(span.0)?,
                    end: at(span.1)?,
                    label,
                },
                m.entity,
            ));
        }
        fact_explorer_core::sort::sort_by_key(&mut named, |(n, _)| (n.start, n.end, n.label));
        named.dedup_by_key(|(n, _)| (n.start, n.end, n.label));
        let (names, clusters) = named.into_iter().unzip();
        Ok(Doc {
            id: raw.id,
            genre: raw.genre,
            text: raw.text,
            names,
            clusters,
            bytes,
        })
    }

    /// Whether the document is in the development set (never trained on).
    pub fn is_dev(&self) -> bool {
        self.genre == "news"
    }

    /// Byte offset -> code point offset.
    pub fn code_point(&self, byte: usize) -> usize {
        self.bytes.partition_point(|&b| b < byte)
    }
}

/// Reads every `GUM_*.json` in `dir`, sorted by id.
pub fn read_dir(dir: &std::path::Path) -> Result<Vec<Doc>, String> {
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
            Doc::parse(&json).map_err(|e| format!("{}: {e}", p.display()))
        })
        .collect()
}

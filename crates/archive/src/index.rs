//! The archive's search index, cut into chunks a query fetches on demand,
//! and the query over loaded chunks (the same function for the host tests
//! and the browser).
//!
//! # Records and terms
//!
//! A record is an archive entity (name, aliases and descriptions) or an
//! article's fact, quote, itinerary event or sentence (the explorer's own
//! search text for it). Text is folded and split into terms by the
//! explorer's search ([`fact_explorer_core::text::fold`],
//! [`fact_explorer_core::search::tokens`]): lower case, accents removed,
//! Hangul kept; names and aliases also index each two adjacent words joined
//! ("jae" + "myung" gives "jaemyung"), so romanisations meet.
//!
//! # Chunks
//!
//! A term lives in the chunk named by its first two characters (one for a
//! one-character term): entity terms in `e` chunks, item terms in `i`
//! chunks. A query fetches the chunks of its terms' first two characters and
//! nothing else. What a typo costs: corrections (one edit for a word of 4–7
//! characters, two from 8, as in the explorer) are looked for among the
//! terms of the same chunk, so a typo after a word's first two characters
//! still finds it, and a typo in the first two may miss. Prefix matching
//! (the last word, as you type) needs at least two characters.
//!
//! A chunk with more than [`MAX_CHUNK_POSTINGS`] postings (the chunk of
//! "the" in a large archive) is cut into pieces of consecutive terms;
//! the manifest's [`Directory`] lists each piece's first term, and a query
//! fetches only the pieces its words can be in. Corrections are then found
//! within those pieces, so in such a chunk a typo may miss too.
//!
//! # Ranking
//!
//! Entities come first, then items. An entity is found by its name or an
//! alias: one whose description alone has the query's words is no hit (the
//! day of a meeting described as "the BlackRock meeting" is no BlackRock).
//! Entities rank first by how many query words their name or aliases say.
//! Within each: more query words matched,
//! then better matches (exact over prefix over corrected), then better
//! fields (name over alias over text); then entities with fewer words in
//! their name (the closer match), then by how many articles name them; items
//! newest first.

use std::borrow::Borrow;
use std::collections::{BTreeMap, BTreeSet, HashMap};

use fact_explorer_core::search::{bounded_levenshtein, max_edits, tokens, MAX_QUERY_CHARS};
use fact_explorer_core::sort::{smallest_by, sort_by};
use fact_explorer_core::text::fold;
use rustc_hash::FxHashMap;
use serde::{Deserialize, Serialize};

use crate::identity::ArchiveEntity;
use crate::records::{item_link, ArticleRecords};
use fact_explorer_core::item::ItemKind;

/// Terms longer than this are not indexed (nobody types them; a hostile
/// 1 MB "word" would otherwise sit in a chunk).
pub const MAX_TERM_CHARS: usize = 64;
/// Most query words used.
pub const MAX_QUERY_TERMS: usize = 12;
/// Most terms one query word expands to by prefix.
const MAX_PREFIX_TERMS: usize = 64;

/// A record as a chunk carries it: enough to show and link a result.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Record {
    /// An archive entity.
    Entity {
        key: String,
        name: String,
        kind: String,
        articles: usize,
        first: Option<String>,
        last: Option<String>,
        /// The newest article that names it (undated ones last)…
        article: String,
        /// …and the explorer's link to its panel there.
        link: String,
    },
    /// A fact, quote, event or sentence of an article.
    Item {
        kind: String,
        article: String,
        id: String,
        date: Option<String>,
        link: String,
    },
}

impl Record {
    /// Makes the record's link from what it holds: an entity's (whose
    /// `link` holds, until then, the entity's id in `article`) to its
    /// panel in that article's explorer, an item's to the item there.
    fn link_up(&mut self) {
        match self {
            Record::Entity { article, link, .. } => {
                let state = fact_explorer_core::explore::ExplorerState {
                    focus: Some(std::mem::take(link)),
                    ..Default::default()
                };
                *link = crate::records::deep_link(article, &state);
            }
            Record::Item {
                kind,
                article,
                id,
                link,
                ..
            } => {
                let kind = kind_of_letter(kind_letter(kind));
                *link = item_link(article, kind, id);
            }
        }
    }

    /// What identifies the record across chunks.
    pub fn ident(&self) -> String {
        match self {
            Record::Entity { key, .. } => format!("@{key}"),
            Record::Item { article, id, .. } => format!("{article}#{id}"),
        }
    }
}

/// An entity as a chunk stores it: `[key, name, kind, articles, first,
/// last, [article, id]]`, the last the newest article that names it
/// (undated ones last) and the entity's id there, so a result links to it
/// without any list of all entities.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct EntityRow(
    pub String,
    pub String,
    pub String,
    pub usize,
    pub Option<String>,
    pub Option<String>,
    pub [String; 2],
);

/// An item as a chunk stores it: `[article, kind, id]`, the article by its
/// place in the chunk's `articles`, the kind by its letter (`f`act,
/// `q`uote, `e`vent, `s`entence). Its deep link follows from them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ItemRow(pub u32, pub String, pub String);

/// An article a chunk's items are from: `[id, date]`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ArticleRow(pub String, pub Option<String>);

/// One chunk: its records, compact, and per term the postings `[record,
/// field, count]` (field 0 name, 1 alias, 2 text; record counts through
/// `entities`, then `items`), written compactly (see [`postings`]).
///
/// Written in columns (see [`wire`]): the articles' ids, front-coded, then
/// their dates, then the items in runs; a common word's chunk names most
/// articles, and ids beside ids and dates beside dates compress to half
/// of `[id, date]` rows.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(try_from = "wire::Chunk")]
pub struct Chunk {
    /// The first two folded characters of its terms.
    pub key: String,
    pub articles: Vec<ArticleRow>,
    pub entities: Vec<EntityRow>,
    pub items: Vec<ItemRow>,
    pub terms: BTreeMap<String, Vec<[u32; 3]>>,
}

impl Serialize for Chunk {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        wire::write(self, s)
    }
}

/// A chunk as written: `{"key", "ids", "dates", "entities", "items",
/// "terms"}`, where `ids` are the articles' ids, each `"N:REST"`: the
/// first N characters of the previous id, then REST (`"synth-000041"`
/// after `"synth-000040"` is `"11:1"`), and `dates` their dates (or
/// null), in the same order; items in runs ([`item_runs`]), postings as
/// [`postings`] writes them.
pub mod wire {
    use std::collections::BTreeMap;

    use serde::ser::SerializeMap;
    use serde::{Deserialize, Serializer};

    use super::{ArticleRow, EntityRow, ItemRow};

    /// Writes `chunk` in columns.
    pub fn write<S: Serializer>(chunk: &super::Chunk, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_map(Some(6))?;
        m.serialize_entry("key", &chunk.key)?;
        m.serialize_entry("ids", &Ids(&chunk.articles))?;
        m.serialize_entry("dates", &Dates(&chunk.articles))?;
        m.serialize_entry("entities", &chunk.entities)?;
        m.serialize_entry("items", &Items(&chunk.items))?;
        m.serialize_entry("terms", &Terms(&chunk.terms))?;
        m.end()
    }

    /// An id front-coded after `prev`: `"N:REST"`.
    pub fn front_code(prev: &str, id: &str) -> String {
        let shared = prev
            .chars()
            .zip(id.chars())
            .take_while(|(a, b)| a == b)
            .count();
        let rest: String = id.chars().skip(shared).collect();
        format!("{shared}:{rest}")
    }

    struct Ids<'a>(&'a [ArticleRow]);
    impl serde::Serialize for Ids<'_> {
        fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            let mut prev = "";
            s.collect_seq(self.0.iter().map(|ArticleRow(id, _)| {
                let coded = front_code(prev, id);
                prev = id;
                coded
            }))
        }
    }
    struct Dates<'a>(&'a [ArticleRow]);
    impl serde::Serialize for Dates<'_> {
        fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            s.collect_seq(self.0.iter().map(|ArticleRow(_, d)| d))
        }
    }
    struct Items<'a>(&'a [ItemRow]);
    impl serde::Serialize for Items<'_> {
        fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            super::item_runs::serialize(self.0, s)
        }
    }
    struct Terms<'a>(&'a BTreeMap<String, Vec<[u32; 3]>>);
    impl serde::Serialize for Terms<'_> {
        fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            super::postings::serialize(self.0, s)
        }
    }

    /// A chunk as read, before its columns are joined.
    #[derive(Deserialize)]
    pub struct Chunk {
        key: String,
        ids: Vec<String>,
        dates: Vec<Option<String>>,
        entities: Vec<EntityRow>,
        #[serde(with = "super::item_runs")]
        items: Vec<ItemRow>,
        #[serde(with = "super::postings")]
        terms: BTreeMap<String, Vec<[u32; 3]>>,
    }

    impl TryFrom<Chunk> for super::Chunk {
        type Error = String;
        fn try_from(c: Chunk) -> Result<super::Chunk, String> {
            if c.ids.len() != c.dates.len() {
                return Err(format!(
                    "{} article ids but {} dates",
                    c.ids.len(),
                    c.dates.len()
                ));
            }
            let mut prev = String::new();
            let mut articles = Vec::with_capacity(c.ids.len());
            for (coded, date) in c.ids.into_iter().zip(c.dates) {
                let (n, rest) = coded
                    .split_once(':')
                    .and_then(|(n, rest)| Some((n.parse::<usize>().ok()?, rest)))
                    .ok_or_else(|| format!("{coded:?} is not a front-coded article id"))?;
                if n > prev.chars().count() {
                    return Err(format!("{coded:?} shares more than the previous id has"));
                }
                let id: String = prev.chars().take(n).chain(rest.chars()).collect();
                articles.push(ArticleRow(id.clone(), date));
                prev = id;
            }
            Ok(super::Chunk {
                key: c.key,
                articles,
                entities: c.entities,
                items: c.items,
                terms: c.terms,
            })
        }
    }
}

/// How a chunk's items are written: in runs of one article, each run
/// `[article, "KID", …]` (the article as its distance from the previous
/// run's), every item its kind's letter followed by its id
/// (`"ff3"`: fact `f3`), so an item costs its id and a letter, not an
/// array with the article's number (a chunk's items come in article
/// order, so a run is all of an article's items there).
pub mod item_runs {
    use serde::de::{Error, SeqAccess, Visitor};
    use serde::ser::SerializeSeq;
    use serde::{Deserialize, Deserializer, Serializer};

    use super::ItemRow;

    /// A run: its article's distance from the previous run's (the first
    /// run's from 0; runs come in article order, so mostly 1), its items.
    struct Run<'a>(i64, &'a [ItemRow]);

    impl serde::Serialize for Run<'_> {
        fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            let mut seq = s.serialize_seq(Some(self.1.len() + 1))?;
            seq.serialize_element(&self.0)?;
            for ItemRow(_, kind, id) in self.1 {
                seq.serialize_element(&format!("{kind}{id}"))?;
            }
            seq.end()
        }
    }

    pub fn serialize<S: Serializer>(items: &[ItemRow], s: S) -> Result<S::Ok, S::Error> {
        let mut runs = Vec::new();
        let mut start = 0;
        let mut prev = 0i64;
        for i in 1..=items.len() {
            if i == items.len() || items[i].0 != items[start].0 {
                let article = i64::from(items[start].0);
                runs.push(Run(article - prev, &items[start..i]));
                prev = article;
                start = i;
            }
        }
        let mut seq = s.serialize_seq(Some(runs.len()))?;
        for r in &runs {
            seq.serialize_element(r)?;
        }
        seq.end()
    }

    struct RunOf(i64, Vec<(String, String)>);

    impl<'de> Deserialize<'de> for RunOf {
        fn deserialize<D: Deserializer<'de>>(d: D) -> Result<RunOf, D::Error> {
            struct V;
            impl<'de> Visitor<'de> for V {
                type Value = RunOf;
                fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                    f.write_str("a run of items: [article, \"KID\", …]")
                }
                fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<RunOf, A::Error> {
                    let gap: i64 = seq
                        .next_element()?
                        .ok_or_else(|| A::Error::custom("an empty run of items"))?;
                    let mut out = Vec::new();
                    while let Some(item) = seq.next_element::<String>()? {
                        let mut chars = item.chars();
                        let kind = chars
                            .next()
                            .ok_or_else(|| A::Error::custom("an item without its kind"))?;
                        out.push((kind.to_string(), chars.as_str().to_string()));
                    }
                    Ok(RunOf(gap, out))
                }
            }
            d.deserialize_seq(V)
        }
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<ItemRow>, D::Error> {
        let runs = Vec::<RunOf>::deserialize(d)?;
        let mut article = 0i64;
        let mut out = Vec::new();
        for RunOf(gap, items) in runs {
            article = article
                .checked_add(gap)
                .filter(|a| (0..=i64::from(u32::MAX)).contains(a))
                .ok_or_else(|| D::Error::custom("a run of items of no article"))?;
            let a = article as u32;
            out.extend(items.into_iter().map(|(kind, id)| ItemRow(a, kind, id)));
        }
        Ok(out)
    }
}

/// How a chunk's postings are written: per term one list of numbers, a
/// posting `[record, field, count]` as `gap << 3 | field << 1 | (count !=
/// 1)`, followed by the count when it is not 1, where `gap` is the record's
/// distance from the term's previous record (postings sorted by record).
/// The common posting (the next record, in the text, once) is a small
/// number repeated, which compression all but removes: a chunk's postings
/// take about a tenth of the bytes of `[record, field, count]` triples.
pub mod postings {
    use std::collections::BTreeMap;

    use serde::{Deserialize, Deserializer, Serialize, Serializer};

    /// One term's postings, encoded.
    pub fn encode(postings: &[[u32; 3]]) -> Vec<u64> {
        let mut sorted = postings.to_vec();
        fact_explorer_core::sort::sort_by(&mut sorted, Ord::cmp);
        let mut out = Vec::with_capacity(sorted.len());
        let mut prev = 0u64;
        for [record, field, count] in sorted {
            let gap = u64::from(record) - prev;
            prev = u64::from(record);
            let flag = u64::from(count != 1);
            out.push(gap << 3 | u64::from(field.min(3)) << 1 | flag);
            if count != 1 {
                out.push(u64::from(count));
            }
        }
        out
    }

    /// One term's postings, decoded; `None` when the numbers are not
    /// postings (a record past `u32`, a count missing).
    pub fn decode(numbers: &[u64]) -> Option<Vec<[u32; 3]>> {
        let mut out = Vec::with_capacity(numbers.len());
        let mut record = 0u64;
        let mut it = numbers.iter();
        while let Some(&v) = it.next() {
            record = record.checked_add(v >> 3)?;
            let field = ((v >> 1) & 3) as u32;
            let count = if v & 1 == 1 { *it.next()? } else { 1 };
            out.push([
                u32::try_from(record).ok()?,
                field,
                u32::try_from(count).ok()?,
            ]);
        }
        Some(out)
    }

    pub fn serialize<S: Serializer>(
        terms: &BTreeMap<String, Vec<[u32; 3]>>,
        s: S,
    ) -> Result<S::Ok, S::Error> {
        let encoded: BTreeMap<&str, Vec<u64>> =
            terms.iter().map(|(t, p)| (t.as_str(), encode(p))).collect();
        encoded.serialize(s)
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(
        d: D,
    ) -> Result<BTreeMap<String, Vec<[u32; 3]>>, D::Error> {
        let encoded = BTreeMap::<String, Vec<u64>>::deserialize(d)?;
        encoded
            .into_iter()
            .map(|(t, n)| match decode(&n) {
                Some(p) => Ok((t, p)),
                None => Err(serde::de::Error::custom(format!(
                    "the postings of {t:?} are not postings"
                ))),
            })
            .collect()
    }
}

/// The letter of an item kind in chunks.
fn kind_letter(kind: &str) -> &'static str {
    match kind {
        "fact" => "f",
        "quote" => "q",
        "event" => "e",
        _ => "s",
    }
}

fn kind_of_letter(letter: &str) -> ItemKind {
    match letter {
        "f" => ItemKind::Fact,
        "q" => ItemKind::Quote,
        "e" => ItemKind::Event,
        _ => ItemKind::Sentence,
    }
}

/// What identifies a record across chunks, borrowed from a chunk (as
/// [`Record::ident`], without making a string).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
enum RecordKey<'a> {
    Entity(&'a str),
    Item(&'a str, &'a str),
}

impl Chunk {
    /// Record `i` in full, if there is one.
    pub fn record(&self, i: usize) -> Option<Record> {
        let mut r = self.record_unlinked(i)?;
        r.link_up();
        Some(r)
    }

    /// Record `i` with its link left empty (made by [`Record::link_up`]
    /// for the results shown only: a query may match many thousands).
    fn record_unlinked(&self, i: usize) -> Option<Record> {
        if let Some(EntityRow(key, name, kind, articles, first, last, [article, _])) =
            self.entities.get(i)
        {
            return Some(Record::Entity {
                key: key.clone(),
                name: name.clone(),
                kind: kind.clone(),
                articles: *articles,
                first: first.clone(),
                last: last.clone(),
                article: article.clone(),
                link: self.entities[i].6[1].clone(),
            });
        }
        let ItemRow(a, letter, id) = self.items.get(i - self.entities.len())?;
        let ArticleRow(article, date) = self.articles.get(*a as usize)?;
        let kind = kind_of_letter(letter);
        Some(Record::Item {
            kind: kind.slug().to_string(),
            article: article.clone(),
            id: id.clone(),
            date: date.clone(),
            link: String::new(),
        })
    }

    /// Record `i`'s identity across chunks.
    fn record_key(&self, i: usize) -> Option<RecordKey<'_>> {
        if let Some(e) = self.entities.get(i) {
            return Some(RecordKey::Entity(&e.0));
        }
        let ItemRow(a, _, id) = self.items.get(i - self.entities.len())?;
        let ArticleRow(article, _) = self.articles.get(*a as usize)?;
        Some(RecordKey::Item(article, id))
    }
}

/// Which chunk family a record's terms go to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Family {
    Entities,
    Items,
}

impl Family {
    /// The family's letter in file names.
    pub fn letter(self) -> &'static str {
        match self {
            Family::Entities => "e",
            Family::Items => "i",
        }
    }
}

/// The chunk key of a folded term: its first two characters.
pub fn chunk_key(term: &str) -> String {
    term.chars().take(2).collect()
}

/// A chunk's file, relative to the site: `index/e-6c65.json` (the key's
/// UTF-8 bytes in hex, so any script makes a safe file name).
pub fn chunk_file(family: Family, key: &str) -> String {
    let hex: String = key.bytes().map(|b| format!("{b:02x}")).collect();
    format!("index/{}-{hex}.json", family.letter())
}

/// The folded query words, deduplicated, at most [`MAX_QUERY_TERMS`].
pub fn query_terms(query: &str) -> Vec<String> {
    let query: String = query.chars().take(MAX_QUERY_CHARS).collect();
    let mut out: Vec<String> = Vec::new();
    for t in tokens(&fold(&query)) {
        if !out.iter().any(|o| o == t) {
            out.push(t.to_string());
        }
    }
    out.truncate(MAX_QUERY_TERMS);
    out
}

/// The chunk keys `query` needs (fetch these from both families).
pub fn chunk_keys(query: &str) -> Vec<String> {
    let mut keys: Vec<String> = query_terms(query).iter().map(|t| chunk_key(t)).collect();
    sort_by(&mut keys, Ord::cmp);
    keys.dedup();
    keys
}

/// The terms of a record's fields with their counts: names and aliases with
/// adjacent pairs joined, text as is.
fn field_terms(text: &str, join: bool, out: &mut BTreeMap<String, u32>) {
    let folded = fold(text);
    for line in folded.split('\n') {
        let mut prev: Option<&str> = None;
        for t in tokens(line) {
            if t.chars().count() <= MAX_TERM_CHARS {
                *out.entry(t.to_string()).or_default() += 1;
            }
            if join {
                if let Some(p) = prev {
                    let joined = format!("{p}{t}");
                    if joined.chars().count() <= MAX_TERM_CHARS {
                        *out.entry(joined).or_default() += 1;
                    }
                }
                prev = Some(t);
            }
        }
    }
}

/// A record to add to the chunks of its terms.
enum Row<'a> {
    Entity(EntityRow),
    Item {
        article: &'a str,
        date: &'a Option<String>,
        kind: &'a str,
        id: &'a str,
    },
}

/// Where a chunk holds each record (by global number) and each article.
type Places = (HashMap<usize, u32>, HashMap<String, u32>);

/// Chunks under construction, by family and key.
#[derive(Default)]
struct Builder {
    /// Only the chunks of this part (see [`part_of`]): `(part, parts)`.
    part: Option<(u64, u64)>,
    chunks: BTreeMap<(Family, String), Chunk>,
    /// Per chunk: global record number → local index, and article → place.
    local: HashMap<(Family, String), Places>,
}

impl Builder {
    fn add(&mut self, family: Family, n: usize, row: &Row, fields: [&str; 3]) {
        let mut seen: BTreeMap<String, [u32; 3]> = BTreeMap::new();
        for (f, text) in fields.iter().enumerate() {
            let mut counts = BTreeMap::new();
            field_terms(text, f < 2, &mut counts);
            for (term, c) in counts {
                let e = seen.entry(term).or_insert([0; 3]);
                e[f] += c;
            }
        }
        for (term, counts) in seen {
            let key = chunk_key(&term);
            if let Some((part, parts)) = self.part {
                if part_of(&key, parts) != part {
                    continue;
                }
            }
            let id = (family, key.clone());
            let chunk = self.chunks.entry(id.clone()).or_insert_with(|| Chunk {
                key,
                ..Chunk::default()
            });
            let (records, articles) = self.local.entry(id).or_default();
            let idx = *records.entry(n).or_insert_with(|| match row {
                Row::Entity(e) => {
                    chunk.entities.push(e.clone());
                    (chunk.entities.len() - 1) as u32
                }
                Row::Item {
                    article,
                    date,
                    kind,
                    id,
                } => {
                    let a = *articles.entry(article.to_string()).or_insert_with(|| {
                        chunk
                            .articles
                            .push(ArticleRow(article.to_string(), (*date).clone()));
                        (chunk.articles.len() - 1) as u32
                    });
                    chunk
                        .items
                        .push(ItemRow(a, kind_letter(kind).to_string(), id.to_string()));
                    (chunk.entities.len() + chunk.items.len() - 1) as u32
                }
            });
            // The best field the term is in, with its count there.
            if let Some(f) = (0..3).find(|&f| counts[f] > 0) {
                chunk
                    .terms
                    .entry(term)
                    .or_default()
                    .push([idx, f as u32, counts[f]]);
            }
        }
    }
}

/// Every chunk of the archive, by file name. `articles` sorted by id and
/// `entities` by key, as [`crate::identity::resolve`] gives them.
pub fn build_chunks(
    articles: &[ArticleRecords],
    entities: &[ArchiveEntity],
) -> BTreeMap<String, Chunk> {
    build_chunks_split(articles, entities, MAX_CHUNK_POSTINGS)
}

/// [`build_chunks`] with chunks of more than `max_postings` postings cut
/// into pieces by term ranges ([`split`]).
pub fn build_chunks_split(
    articles: &[ArticleRecords],
    entities: &[ArchiveEntity],
    max_postings: usize,
) -> BTreeMap<String, Chunk> {
    let mut out = build_family_chunks(articles, entities, Family::Entities, max_postings);
    out.extend(build_family_chunks(
        articles,
        entities,
        Family::Items,
        max_postings,
    ));
    out
}

/// The newest article among an entity's members (undated ones last; among
/// equals the first by id) and the entity's id there.
fn newest_member(e: &ArchiveEntity, dates: &HashMap<&str, Option<&str>>) -> [String; 2] {
    let date = |a: &str| dates.get(a).copied().flatten();
    e.members
        .iter()
        .max_by(|a, b| {
            date(&a.article)
                .cmp(&date(&b.article))
                .then(b.article.cmp(&a.article))
                .then(b.id.cmp(&a.id))
        })
        .map(|m| [m.article.clone(), m.id.clone()])
        .unwrap_or_default()
}

/// Which of `parts` parts the chunk of `key` is built in (FNV-1a of the
/// key).
pub fn part_of(key: &str, parts: u64) -> u64 {
    crate::site::fnv(key) % parts.max(1)
}

/// The chunks of one family, by file name: each family is built on its
/// own, so the build holds one family's postings at a time.
pub fn build_family_chunks(
    articles: &[ArticleRecords],
    entities: &[ArchiveEntity],
    family: Family,
    max_postings: usize,
) -> BTreeMap<String, Chunk> {
    build_family_part(articles, entities, family, max_postings, 0, 1)
}

/// [`build_family_chunks`], only the chunks whose key is in part `part` of
/// `parts` ([`part_of`]): a large archive's items are indexed in several
/// passes over the records, each holding a part of the postings. A chunk
/// is the same whichever part it is built in.
pub fn build_family_part(
    articles: &[ArticleRecords],
    entities: &[ArchiveEntity],
    family: Family,
    max_postings: usize,
    part: u64,
    parts: u64,
) -> BTreeMap<String, Chunk> {
    let mut b = Builder {
        part: (parts > 1).then_some((part, parts)),
        ..Builder::default()
    };
    match family {
        Family::Entities => {
            // Descriptions of each archive entity's members, for its text
            // field, and the articles' dates, for its link.
            let mut descriptions: HashMap<(&str, &str), &str> = HashMap::new();
            let mut dates: HashMap<&str, Option<&str>> = HashMap::new();
            for a in articles {
                dates.insert(a.id.as_str(), a.date.as_deref());
                for e in &a.entities {
                    descriptions.insert((a.id.as_str(), e.id.as_str()), e.description.as_str());
                }
            }
            for (n, e) in entities.iter().enumerate() {
                let record = Row::Entity(EntityRow(
                    e.key.clone(),
                    e.name.clone(),
                    e.kind.clone(),
                    e.articles,
                    e.first.clone(),
                    e.last.clone(),
                    newest_member(e, &dates),
                ));
                let aliases = e.aliases.join("\n");
                let mut texts: BTreeSet<&str> = BTreeSet::new();
                for m in &e.members {
                    if let Some(d) = descriptions.get(&(m.article.as_str(), m.id.as_str())) {
                        if !d.is_empty() {
                            texts.insert(d);
                        }
                    }
                }
                let text = texts.into_iter().collect::<Vec<_>>().join("\n");
                b.add(Family::Entities, n, &record, [&e.name, &aliases, &text]);
            }
        }
        Family::Items => {
            let mut n = 0;
            for a in articles {
                for item in &a.items {
                    let record = Row::Item {
                        article: &a.id,
                        date: &a.date,
                        kind: &item.kind,
                        id: &item.id,
                    };
                    b.add(Family::Items, n, &record, ["", "", item.search_text()]);
                    n += 1;
                }
            }
        }
    }
    let mut out = BTreeMap::new();
    drop(std::mem::take(&mut b.local));
    for ((family, key), chunk) in b.chunks {
        let pieces = split(chunk, max_postings);
        if pieces.len() == 1 {
            out.extend(pieces.into_iter().map(|c| (chunk_file(family, &key), c)));
        } else {
            for (i, c) in pieces.into_iter().enumerate() {
                out.insert(piece_file(family, &key, i), c);
            }
        }
    }
    out
}

/// Most postings a chunk holds before it is cut into pieces (a common word
/// alone may still be more).
pub const MAX_CHUNK_POSTINGS: usize = 20_000;

/// A piece's file: `index/i-7468.0.json`, `index/i-7468.1.json`…
pub fn piece_file(family: Family, key: &str, piece: usize) -> String {
    let whole = chunk_file(family, key);
    format!("{}.{piece}.json", whole.trim_end_matches(".json"))
}

/// Cuts `chunk` into pieces of consecutive terms with at most
/// `max_postings` postings each (a term with more is a piece of its own),
/// each piece with only the records its postings name. One piece when the
/// chunk is small enough.
pub fn split(chunk: Chunk, max_postings: usize) -> Vec<Chunk> {
    let total: usize = chunk.terms.values().map(Vec::len).sum();
    if total <= max_postings {
        return vec![chunk];
    }
    type Group<'a> = Vec<(&'a String, &'a Vec<[u32; 3]>)>;
    let mut groups: Vec<Group> = vec![Vec::new()];
    let mut size = 0;
    for (term, postings) in &chunk.terms {
        if size > 0 && size + postings.len() > max_postings {
            groups.push(Vec::new());
            size = 0;
        }
        size += postings.len();
        if let Some(g) = groups.last_mut() {
            g.push((term, postings));
        }
    }
    groups
        .into_iter()
        .map(|group| {
            let mut piece = Chunk {
                key: chunk.key.clone(),
                ..Chunk::default()
            };
            // Old record index → new, in the old order (entities first).
            let mut used: Vec<u32> = group
                .iter()
                .flat_map(|(_, ps)| ps.iter().map(|p| p[0]))
                .collect();
            sort_by(&mut used, Ord::cmp);
            used.dedup();
            let mut remap: HashMap<u32, u32> = HashMap::new();
            let mut articles: HashMap<u32, u32> = HashMap::new();
            let n_entities = chunk.entities.len() as u32;
            for &old in used.iter().filter(|&&i| i < n_entities) {
                remap.insert(old, piece.entities.len() as u32);
                piece.entities.push(chunk.entities[old as usize].clone());
            }
            for &old in used.iter().filter(|&&i| i >= n_entities) {
                let Some(ItemRow(a, kind, id)) = chunk.items.get((old - n_entities) as usize)
                else {
                    continue;
                };
                let a2 = *articles.entry(*a).or_insert_with(|| {
                    if let Some(row) = chunk.articles.get(*a as usize) {
                        piece.articles.push(row.clone());
                    }
                    (piece.articles.len() - 1) as u32
                });
                piece.items.push(ItemRow(a2, kind.clone(), id.clone()));
                remap.insert(old, (piece.entities.len() + piece.items.len() - 1) as u32);
            }
            for (term, postings) in group {
                piece.terms.insert(
                    term.clone(),
                    postings
                        .iter()
                        .filter_map(|p| remap.get(&p[0]).map(|&i| [i, p[1], p[2]]))
                        .collect(),
                );
            }
            piece
        })
        .collect()
}

/// Where the index's chunks are, from the manifest: every file, and for a
/// chunk cut into pieces, each piece's first term.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Directory {
    /// Every chunk file.
    pub files: BTreeSet<String>,
    /// `e-HEX` or `i-HEX` → the first term of each piece, in order.
    pub pieces: BTreeMap<String, Vec<String>>,
}

impl Directory {
    /// The directory of `chunks` (as [`build_chunks`] names them).
    pub fn of(chunks: &BTreeMap<String, Chunk>) -> Directory {
        let mut d = Directory::default();
        d.add(chunks);
        d
    }

    /// Adds `chunks` (one family's, or all, as [`build_family_chunks`]
    /// names them) to the directory.
    pub fn add(&mut self, chunks: &BTreeMap<String, Chunk>) {
        for (file, chunk) in chunks {
            let name = file.trim_start_matches("index/").trim_end_matches(".json");
            if let Some((base, _)) = name.split_once('.') {
                let first = chunk.terms.keys().next().cloned().unwrap_or_default();
                self.pieces.entry(base.to_string()).or_default().push(first);
            }
            self.files.insert(file.clone());
        }
    }

    /// The files a query needs, all of them existing: for each word, its
    /// chunk in both families,
    /// or, where that chunk is in pieces, the pieces whose terms may start
    /// with the word. (Corrections are then looked for in those pieces only,
    /// so in a chunk large enough to be cut, a typo may miss.)
    pub fn files_for(&self, query: &str) -> Vec<String> {
        let mut out = Vec::new();
        for q in query_terms(query) {
            let key = chunk_key(&q);
            for family in [Family::Entities, Family::Items] {
                let whole = chunk_file(family, &key);
                let base = whole.trim_start_matches("index/").trim_end_matches(".json");
                match self.pieces.get(base) {
                    None if self.files.contains(&whole) => out.push(whole),
                    None => {}
                    Some(firsts) => {
                        // Piece i holds the terms from firsts[i] up to
                        // firsts[i + 1]; it may hold q or a word starting
                        // with q when it starts at or before them and ends
                        // after q.
                        for (i, first) in firsts.iter().enumerate() {
                            let starts = first.as_str() <= q.as_str() || first.starts_with(&q);
                            let ends = firsts.get(i + 1).is_none_or(|n| n.as_str() > q.as_str());
                            if starts && ends {
                                out.push(piece_file(family, &key, i));
                            }
                        }
                    }
                }
            }
        }
        sort_by(&mut out, Ord::cmp);
        out.dedup();
        out
    }
}

/// How a query word met a term.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Quality {
    Corrected = 1,
    Prefix = 2,
    Exact = 3,
}

/// A result and how well it matched.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Hit {
    pub record: Record,
    /// Query words it matched.
    pub matched: u32,
    /// Match quality summed over the words (exact 3, prefix 2, corrected 1).
    pub quality: u32,
    /// Field summed over the words (name 3, alias 2, text 1).
    pub field: u32,
    /// Query words found in the record's name or an alias (entities; an
    /// entity with none is no hit).
    pub named: u32,
}

/// Counts of the matching records by facet.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Facets {
    /// Entities by kind.
    pub entity_kind: BTreeMap<String, usize>,
    /// Items by kind (fact, quote, event, sentence).
    pub item_kind: BTreeMap<String, usize>,
    /// Items by article.
    pub article: BTreeMap<String, usize>,
    /// Items by month of their article (`YYYY-MM`, or `undated`).
    pub month: BTreeMap<String, usize>,
}

/// What a query found (its JSON export is this, serialised).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Results {
    /// Matching entities, best first, at most `limit`.
    pub entities: Vec<Hit>,
    /// Matching facts, quotes, events and sentences, best first, at most `limit`.
    pub items: Vec<Hit>,
    /// How many entities and items matched in all.
    pub total_entities: usize,
    pub total_items: usize,
    /// Counts over everything that matched.
    pub facets: Facets,
    /// The index terms that matched, sorted (for highlighting).
    pub terms: Vec<String>,
}

/// How many words a name has: among equal matches the shorter name is
/// the closer one ("BlackRock" before "Lee–BlackRock meeting").
fn name_len(name: &str) -> usize {
    tokens(&fold(name)).count()
}

/// What a search keeps: the facets chosen. Empty lists and `None` keep
/// everything.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Filter {
    /// Entities of these kinds (`person`, `city`…).
    pub entity_kinds: Vec<String>,
    /// Items of these kinds (`fact`, `quote`, `event`, `sentence`).
    pub item_kinds: Vec<String>,
    /// Items of these articles.
    pub articles: Vec<String>,
    /// From this day (YYYY-MM-DD), inclusive: items of articles dated from
    /// then, entities named by one; undated ones are left out.
    pub from: Option<String>,
    /// To this day, inclusive, likewise.
    pub to: Option<String>,
}

impl Filter {
    /// Whether `record` passes the filter.
    pub fn keeps(&self, record: &Record) -> bool {
        match record {
            Record::Entity {
                kind, first, last, ..
            } => self.keeps_entity(kind, first.as_deref(), last.as_deref()),
            Record::Item {
                kind,
                article,
                date,
                ..
            } => self.keeps_item(kind, article, date.as_deref()),
        }
    }

    /// Whether an entity of `kind` named first and last on those days passes.
    fn keeps_entity(&self, kind: &str, first: Option<&str>, last: Option<&str>) -> bool {
        let (from, to) = (self.from.as_deref(), self.to.as_deref());
        let dated = from.is_some() || to.is_some();
        (self.entity_kinds.is_empty() || self.entity_kinds.iter().any(|k| k == kind))
            && (!dated
                || match (first, last) {
                    (Some(f), Some(l)) => from.is_none_or(|d| l >= d) && to.is_none_or(|d| f <= d),
                    _ => false,
                })
    }

    /// Whether an item of `kind` in `article` of `date` passes.
    fn keeps_item(&self, kind: &str, article: &str, date: Option<&str>) -> bool {
        let (from, to) = (self.from.as_deref(), self.to.as_deref());
        let dated = from.is_some() || to.is_some();
        (self.item_kinds.is_empty() || self.item_kinds.iter().any(|k| k == kind))
            && (self.articles.is_empty() || self.articles.iter().any(|a| a == article))
            && (!dated
                || date.is_some_and(|d| from.is_none_or(|f| d >= f) && to.is_none_or(|t| d <= t)))
    }
}

/// Searches the loaded `chunks` (those of [`chunk_keys`], from either
/// family; missing ones simply match nothing). Never fails.
pub fn search<C: Borrow<Chunk>>(chunks: &[C], query: &str, limit: usize) -> Results {
    search_filtered(chunks, query, &Filter::default(), limit)
}

/// [`search`], keeping only what `filter` keeps. The facet counts are of
/// every match before filtering, so each choice shows what it would give.
///
/// The chunks are borrowed as they are held (`Chunk`, `Arc<Chunk>`): a
/// search per keystroke copies none of them.
pub fn search_filtered<C: Borrow<Chunk>>(
    chunks: &[C],
    query: &str,
    filter: &Filter,
    limit: usize,
) -> Results {
    let qterms = query_terms(query);
    if qterms.is_empty() {
        return Results::default();
    }
    let as_you_type = !query.ends_with(char::is_whitespace);
    let last = qterms.len() - 1;
    let chunks: Vec<&Chunk> = chunks.iter().map(Borrow::borrow).collect();
    /// A matching record, by where a chunk holds it: nothing is copied or
    /// made per match (a common word matches tens of thousands); the
    /// results shown are made at the end.
    struct Acc {
        chunk: usize,
        record: usize,
        mask: u32,
        /// The query words found in the name or an alias.
        named: u32,
        best: [(Quality, u32); MAX_QUERY_TERMS],
    }
    let mut acc: FxHashMap<RecordKey, Acc> = FxHashMap::default();
    let mut matched_terms: BTreeSet<String> = BTreeSet::new();
    let mut row = Vec::new();
    for (qi, q) in qterms.iter().enumerate() {
        let key = chunk_key(q);
        let q_chars: Vec<char> = q.chars().collect();
        let k = max_edits(q_chars.len());
        let prefix = qi == last && as_you_type && q_chars.len() >= 2;
        for (ci, chunk) in chunks.iter().enumerate().filter(|(_, c)| c.key == key) {
            let mut prefixes = 0;
            for (term, postings) in &chunk.terms {
                let quality = if term == q {
                    Quality::Exact
                } else if prefix && term.starts_with(q.as_str()) && prefixes < MAX_PREFIX_TERMS {
                    prefixes += 1;
                    Quality::Prefix
                } else if k > 0
                    && term.chars().count().abs_diff(q_chars.len()) <= k
                    && bounded_levenshtein(&q_chars, term, k, &mut row).is_some()
                {
                    Quality::Corrected
                } else {
                    continue;
                };
                matched_terms.insert(term.clone());
                for p in postings {
                    let Some(ident) = chunk.record_key(p[0] as usize) else {
                        continue;
                    };
                    let field = 3 - p[1].min(2);
                    let a = acc.entry(ident).or_insert_with(|| Acc {
                        chunk: ci,
                        record: p[0] as usize,
                        mask: 0,
                        named: 0,
                        best: [(Quality::Corrected, 0); MAX_QUERY_TERMS],
                    });
                    a.mask |= 1 << qi;
                    if field >= 2 {
                        a.named |= 1 << qi;
                    }
                    let b = &mut a.best[qi];
                    if (quality, field) > *b {
                        *b = (quality, field);
                    }
                }
            }
        }
    }
    let mut out = Results {
        terms: matched_terms.into_iter().collect(),
        ..Results::default()
    };
    /// A match with what ranks, filters and counts it, borrowed.
    struct Light<'a> {
        chunk: usize,
        record: usize,
        rank: (u32, u32, u32),
        /// Query words found in the name or an alias.
        named: u32,
        /// Entities: key, name words, article count.
        key: &'a str,
        words: usize,
        articles: usize,
        /// Items: date, article, id.
        first: Option<&'a str>,
        article: &'a str,
        id: &'a str,
    }
    let mut entities: Vec<Light> = Vec::new();
    let mut items: Vec<Light> = Vec::new();
    let mut entity_kind: FxHashMap<&str, usize> = FxHashMap::default();
    let mut item_kind: FxHashMap<&str, usize> = FxHashMap::default();
    let mut by_article: FxHashMap<&str, usize> = FxHashMap::default();
    let mut by_month: FxHashMap<&str, usize> = FxHashMap::default();
    for a in acc.into_values() {
        let on = |i: usize| a.mask & (1 << i) != 0;
        let rank = (
            a.mask.count_ones(),
            (0..qterms.len())
                .filter(|&i| on(i))
                .map(|i| a.best[i].0 as u32)
                .sum(),
            (0..qterms.len())
                .filter(|&i| on(i))
                .map(|i| a.best[i].1)
                .sum(),
        );
        let chunk = chunks[a.chunk];
        if let Some(EntityRow(key, name, kind, articles, first, last, _)) =
            chunk.entities.get(a.record)
        {
            // An entity whose name and aliases say none of the query's
            // words is only described with them ("Monday", described as
            // the day of the BlackRock meeting): not a hit for them.
            if a.named == 0 {
                continue;
            }
            *entity_kind.entry(kind).or_default() += 1;
            if filter.keeps_entity(kind, first.as_deref(), last.as_deref()) {
                entities.push(Light {
                    chunk: a.chunk,
                    record: a.record,
                    rank,
                    named: a.named.count_ones(),
                    key,
                    words: name_len(name),
                    articles: *articles,
                    first: None,
                    article: "",
                    id: "",
                });
            }
            continue;
        }
        let Some(ItemRow(ai, letter, id)) = chunk.items.get(a.record - chunk.entities.len()) else {
            continue;
        };
        let Some(ArticleRow(article, date)) = chunk.articles.get(*ai as usize) else {
            continue;
        };
        let kind = kind_of_letter(letter).slug();
        *item_kind.entry(kind).or_default() += 1;
        *by_article.entry(article).or_default() += 1;
        let month = date
            .as_deref()
            .and_then(|d| d.get(..7))
            .unwrap_or("undated");
        *by_month.entry(month).or_default() += 1;
        if filter.keeps_item(kind, article, date.as_deref()) {
            items.push(Light {
                chunk: a.chunk,
                record: a.record,
                rank,
                named: a.named.count_ones(),
                key: "",
                words: 0,
                articles: 0,
                first: date.as_deref(),
                article,
                id,
            });
        }
    }
    let owned = |m: FxHashMap<&str, usize>| -> BTreeMap<String, usize> {
        m.into_iter().map(|(k, n)| (k.to_string(), n)).collect()
    };
    out.facets = Facets {
        entity_kind: owned(entity_kind),
        item_kind: owned(item_kind),
        article: owned(by_article),
        month: owned(by_month),
    };
    // Entities: the more query words their names say, the earlier (the
    // words only their descriptions say count after that); then more words
    // matched, better matches, better fields; then fewer words in the name,
    // more articles, the key.
    out.total_entities = entities.len();
    out.total_items = items.len();
    // Only the first `limit` of each are shown: selected, then sorted.
    smallest_by(&mut entities, limit, |a, b| {
        b.named
            .cmp(&a.named)
            .then(b.rank.cmp(&a.rank))
            .then(a.words.cmp(&b.words))
            .then(b.articles.cmp(&a.articles))
            .then(a.key.cmp(b.key))
    });
    // Items: likewise, then newest first (undated last), by article and id.
    smallest_by(&mut items, limit, |a, b| {
        b.rank
            .cmp(&a.rank)
            .then(b.first.cmp(&a.first))
            .then(a.article.cmp(b.article))
            .then(a.id.cmp(b.id))
    });
    let hits = |list: Vec<Light>| -> Vec<Hit> {
        list.into_iter()
            .filter_map(|l| {
                let record = chunks[l.chunk].record(l.record)?;
                Some(Hit {
                    record,
                    matched: l.rank.0,
                    quality: l.rank.1,
                    field: l.rank.2,
                    named: l.named,
                })
            })
            .collect()
    };
    out.entities = hits(entities);
    out.items = hits(items);
    out
}

/// Results as CSV, entities first: `type,kind,name,articles,first,last,article,id,date,link`
/// (each cell through the core's `csv_cell`: quoted, formulas neutralised).
pub fn results_csv(results: &Results) -> String {
    use fact_explorer_core::export::csv_cell;
    let mut out = String::from("type,kind,name,articles,first,last,article,id,date,link\n");
    for hit in results.entities.iter().chain(&results.items) {
        let row: [String; 10] = match &hit.record {
            Record::Entity {
                key,
                name,
                kind,
                articles,
                first,
                last,
                article,
                link,
            } => [
                "entity".into(),
                kind.clone(),
                name.clone(),
                articles.to_string(),
                first.clone().unwrap_or_default(),
                last.clone().unwrap_or_default(),
                article.clone(),
                key.clone(),
                String::new(),
                link.clone(),
            ],
            Record::Item {
                kind,
                article,
                id,
                date,
                link,
            } => [
                "item".into(),
                kind.clone(),
                String::new(),
                String::new(),
                String::new(),
                String::new(),
                article.clone(),
                id.clone(),
                date.clone().unwrap_or_default(),
                link.clone(),
            ],
        };
        let cells: Vec<String> = row.iter().map(|c| csv_cell(c)).collect();
        out.push_str(&cells.join(","));
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixture::{ent, fact_set, Ent};
    use crate::site::{build, Input};

    fn input(id: &str, json: String) -> Input {
        Input {
            id: id.into(),
            json,
            text: None,
            url: None,
        }
    }

    /// The bundled article and two fixtures: every chunk, parsed back from
    /// the files the build writes.
    fn archive() -> Vec<Chunk> {
        archive_with(None)
    }

    fn archive_with(decisions: Option<&str>) -> Vec<Chunk> {
        built_with(decisions)
            .files
            .iter()
            .filter(|(name, _)| name.starts_with("index/"))
            .map(|(_, bytes)| serde_json::from_slice(bytes).expect("a chunk parses"))
            .collect()
    }

    fn built_with(decisions: Option<&str>) -> crate::site::Built {
        let bundled = Input {
            id: "seoul".into(),
            json: fact_explorer_core::load::BUNDLED_FACTS.into(),
            text: Some(fact_explorer_core::load::BUNDLED_TEXT.into()),
            url: None,
        };
        let fink = Ent {
            id: "fink",
            name: "Larry Fink",
            kind: "person",
            aliases: &["Fink"],
            description: "chief executive of BlackRock",
        };
        let inputs = [
            bundled,
            input(
                "davos",
                fact_set(
                    "Fink at Davos",
                    Some("2026-01-20"),
                    &[fink, ent("davos", "Davos", "city")],
                ),
            ),
            input(
                "zurich",
                fact_set(
                    "Zürich notes",
                    Some("2025-11-02"),
                    &[
                        ent("z", "Zürich", "city"),
                        ent("br", "BlackRock", "organisation"),
                    ],
                ),
            ),
        ];
        let built = build(&inputs, &[], decisions);
        assert!(built.skipped.is_empty(), "{:?}", built.skipped);
        built
    }

    /// The chunks a query would fetch.
    fn needed(all: &[Chunk], query: &str) -> Vec<Chunk> {
        let keys = chunk_keys(query);
        all.iter()
            .filter(|c| keys.contains(&c.key))
            .cloned()
            .collect::<Vec<Chunk>>()
    }

    fn first_entity(r: &Results) -> Option<(&str, usize)> {
        r.entities.first().map(|h| match &h.record {
            Record::Entity { name, articles, .. } => (name.as_str(), *articles),
            Record::Item { .. } => unreachable!("entities hold entities"),
        })
    }

    #[test]
    fn finds_entities_with_the_explorers_tolerance_from_the_chunks_it_needs() {
        let all = archive();
        for (query, want) in [
            ("Larry Fink", "Larry Fink"),
            ("fink", "Larry Fink"),
            ("Laurence", "Larry Fink"),
            ("Lee Jae-myung", "Lee Jae Myung"),
            ("jaemyung", "Lee Jae Myung"),
            ("이재", "Lee Jae Myung"),
            ("guterrés", "Antonio Guterres"),
            ("zurich", "Zürich"),
            ("blackrok", "BlackRock"),
            ("Ogunlesy", "Adebayo Ogunlesi"),
            ("Gutteres", "Antonio Guterres"),
        ] {
            let chunks = needed(&all, query);
            let r = search(&chunks, query, 10);
            assert_eq!(first_entity(&r).map(|e| e.0), Some(want), "{query}");
            // The chunks it needs give what all the chunks give.
            assert_eq!(search(&all, query, 10), r, "{query}");
        }
        // "BlackRock" in two articles is a single-word name: two entities
        // (and a proposal) until a decision makes them one.
        let r = search(&all, "BlackRock", 10);
        assert_eq!(first_entity(&r), Some(("BlackRock", 1)));
        let decided = archive_with(Some(
            "same-as: seoul / organisation / BlackRock = zurich / organisation / BlackRock",
        ));
        let r = search(&decided, "BlackRock", 10);
        assert_eq!(first_entity(&r), Some(("BlackRock", 2)));
    }

    /// An entity is a hit by its name or an alias, never by its
    /// description alone: "BlackRock" does not list Monday ("first day of
    /// the visit: … BlackRock meeting …") or New York ("where Lee met
    /// BlackRock") among its entities, and the entities named so come first.
    #[test]
    fn entities_are_found_by_name_or_alias_not_by_their_description() {
        let all = archive();
        for query in ["BlackRock", "blackrock ", "Blackro"] {
            let r = search(&all, query, 50);
            let names: Vec<&str> = r
                .entities
                .iter()
                .map(|h| match &h.record {
                    Record::Entity { name, .. } => name.as_str(),
                    Record::Item { .. } => unreachable!("entities hold entities"),
                })
                .collect();
            assert!(!names.is_empty(), "{query}");
            for n in &names {
                assert!(
                    fold(n).contains("blackrock"),
                    "{query}: {n} is listed, its name does not say BlackRock: {names:?}"
                );
            }
            assert_eq!(r.total_entities, names.len(), "{query}");
            assert_eq!(r.facets.entity_kind.values().sum::<usize>(), names.len());
        }
        // A description still breaks ties between names that match alike,
        // and a name matching more query words ranks first.
        let r = search(&all, "Fink BlackRock", 50);
        assert_eq!(first_entity(&r).map(|e| e.0), Some("Larry Fink"));
        // A query word found only in descriptions finds no entity.
        let r = search(&all, "chairman", 50);
        assert!(r.entities.is_empty(), "{:?}", r.entities);
        assert!(r.total_items > 0);
    }

    #[test]
    fn a_typo_in_the_first_two_letters_may_miss() {
        let all = archive();
        let r = search(&needed(&all, "Bkackrock"), "Bkackrock", 10);
        assert!(r.entities.is_empty(), "{:?}", r.entities);
    }

    #[test]
    fn items_link_to_the_explorer_and_facets_count_them() {
        let all = archive();
        let r = search(&all, "Davos", 50);
        let fact = r
            .items
            .iter()
            .find_map(|h| match &h.record {
                Record::Item {
                    kind,
                    link,
                    article,
                    ..
                } if kind == "fact" => Some((link.clone(), article.clone())),
                _ => None,
            })
            .expect("the fact naming Davos");
        assert_eq!(fact, ("a/davos.html?fx=t%3Df1".into(), "davos".into()));
        assert_eq!(r.facets.article.get("davos"), Some(&r.total_items));
        assert_eq!(r.facets.month.get("2026-01"), Some(&r.total_items));
        assert_eq!(r.facets.entity_kind.get("city"), Some(&1));
        // Quotes and sentences are found by their words.
        let r = search(&all, "mobilize", 50);
        assert!(r
            .items
            .iter()
            .any(|h| matches!(&h.record, Record::Item { kind, .. } if kind == "quote")));
        assert_eq!(r.facets.month.get("undated"), Some(&r.total_items));
        // Newest first among equal matches.
        let r = search(&all, "BlackRock", 200);
        let dates: Vec<Option<String>> = r
            .items
            .iter()
            .filter(|h| h.matched == 1 && h.quality == 3)
            .map(|h| match &h.record {
                Record::Item { date, .. } => date.clone(),
                Record::Entity { .. } => None,
            })
            .collect();
        let mut sorted = dates.clone();
        sort_by(&mut sorted, |a, b| b.cmp(a));
        assert_eq!(dates, sorted);
    }

    #[test]
    fn filters_keep_the_chosen_facets_and_counts_stay_whole() {
        let all = archive();
        let everything = search(&all, "BlackRock", 500);
        let only = |f: Filter| search_filtered(&all, "BlackRock", &f, 500);
        let quotes = only(Filter {
            item_kinds: vec!["quote".into()],
            ..Filter::default()
        });
        assert!(quotes.total_items > 0 && quotes.total_items < everything.total_items);
        assert!(quotes
            .items
            .iter()
            .all(|h| matches!(&h.record, Record::Item { kind, .. } if kind == "quote")));
        assert_eq!(quotes.facets, everything.facets);
        let zurich = only(Filter {
            articles: vec!["zurich".into()],
            ..Filter::default()
        });
        assert_eq!(
            Some(&zurich.total_items),
            everything.facets.article.get("zurich")
        );
        // Dated from November 2025: the Zürich article only; the bundled
        // article is undated, so it is left out.
        let dated = only(Filter {
            from: Some("2025-11-01".into()),
            to: Some("2025-12-31".into()),
            ..Filter::default()
        });
        assert_eq!(dated.total_items, zurich.total_items);
        assert_eq!(dated.total_entities, 1, "{:?}", dated.entities);
        let people = search_filtered(
            &all,
            "Fink",
            &Filter {
                entity_kinds: vec!["city".into()],
                ..Filter::default()
            },
            10,
        );
        assert_eq!(people.total_entities, 0);
    }

    #[test]
    fn results_export_as_csv_and_json() {
        let all = archive();
        let r = search(&all, "Davos", 50);
        let csv = results_csv(&r);
        assert_eq!(csv.lines().count(), 1 + r.entities.len() + r.items.len());
        assert!(
            csv.lines()
                .nth(1)
                .unwrap()
                .starts_with("\"entity\",\"city\",\"Davos\",\"1\""),
            "{csv}"
        );
        assert!(csv.contains("\"a/davos.html?fx=t%3Df1\""));
        let json = serde_json::to_value(&r).unwrap();
        assert_eq!(json["entities"][0]["record"]["name"], "Davos");
        assert_eq!(json["facets"]["article"]["davos"], r.total_items);
    }

    #[test]
    fn big_chunks_are_cut_by_term_ranges_and_queries_fetch_the_right_pieces() {
        let b = built_with(None);
        let whole = build_chunks_split(&b.articles, &b.identities.entities, usize::MAX);
        let cut = build_chunks_split(&b.articles, &b.identities.entities, 40);
        assert!(cut.len() > whole.len() + 10, "{} pieces", cut.len());
        for (file, piece) in &cut {
            let postings: usize = piece.terms.values().map(Vec::len).sum();
            assert!(
                postings <= 40 || piece.terms.len() == 1,
                "{file}: {postings}"
            );
            // Every record a piece holds is one its postings name.
            let used: BTreeSet<u32> = piece.terms.values().flatten().map(|p| p[0]).collect();
            assert_eq!(
                used.len(),
                piece.entities.len() + piece.items.len(),
                "{file}"
            );
        }
        let dir = Directory::of(&cut);
        assert!(!dir.pieces.is_empty());
        let all_whole: Vec<Chunk> = whole.values().cloned().collect();
        // Whole words and words being typed find what the whole chunks find.
        for q in [
            "the",
            "th",
            "BlackRock",
            "Lee Jae",
            "investment",
            "invest",
            "a",
            "Larry Fink said",
            "이재",
        ] {
            let files = dir.files_for(q);
            assert!(files.iter().all(|f| cut.contains_key(f)), "{q}: {files:?}");
            let loaded: Vec<Chunk> = files.iter().map(|f| cut[f].clone()).collect();
            let idents = |r: &Results| -> BTreeSet<String> {
                r.entities
                    .iter()
                    .chain(&r.items)
                    .map(|h| h.record.ident())
                    .collect()
            };
            assert_eq!(
                idents(&search(&loaded, q, 10_000)),
                idents(&search(&all_whole, q, 10_000)),
                "{q}"
            );
            assert!(files.len() < cut.len() / 4, "{q}: {} files", files.len());
        }
    }

    proptest::proptest! {
        #[test]
        fn postings_are_written_compactly_and_read_back_as_they_were(
            mut records in proptest::collection::btree_set(0u32..1_000_000, 0..50),
            fields in proptest::collection::vec(0u32..3, 50),
            counts in proptest::collection::vec(1u32..5, 50),
        ) {
            // Sorted by record, as decoding gives them.
            let list: Vec<[u32; 3]> = std::mem::take(&mut records)
                .into_iter()
                .zip(fields.iter().zip(&counts))
                .map(|(r, (&f, &c))| [r, f, c])
                .collect();
            let mut shuffled = list.clone();
            shuffled.reverse();
            let back = postings::decode(&postings::encode(&shuffled)).unwrap();
            proptest::prop_assert_eq!(back, list);
        }

        #[test]
        fn searching_never_panics(q in "\\PC{0,60}") {
            static ALL: std::sync::OnceLock<Vec<Chunk>> = std::sync::OnceLock::new();
            let all = ALL.get_or_init(archive);
            let r = search(all, &q, 5);
            proptest::prop_assert!(r.entities.len() <= 5 && r.items.len() <= 5);
        }
    }

    #[test]
    fn chunks_built_in_parts_are_the_chunks_built_at_once() {
        let b = built_with(None);
        let (a, e) = (&b.articles, &b.identities.entities);
        for family in [Family::Entities, Family::Items] {
            let whole = build_family_chunks(a, e, family, 40);
            let mut parts = BTreeMap::new();
            for part in 0..3 {
                let some = build_family_part(a, e, family, 40, part, 3);
                assert!(!some.is_empty() && some.len() < whole.len());
                parts.extend(some);
            }
            assert_eq!(parts, whole);
        }
    }

    #[test]
    fn items_are_written_in_runs_of_one_article_and_read_back() {
        let chunk = Chunk {
            key: "ab".into(),
            articles: vec![
                ArticleRow("a".into(), None),
                ArticleRow("b".into(), Some("2025-01-02".into())),
            ],
            items: vec![
                ItemRow(0, "f".into(), "f3".into()),
                ItemRow(0, "s".into(), "s4".into()),
                ItemRow(1, "q".into(), "q-é".into()),
                ItemRow(0, "e".into(), "".into()),
            ],
            ..Chunk::default()
        };
        let json = serde_json::to_string(&chunk).unwrap();
        assert!(
            json.contains(r#""items":[[0,"ff3","ss4"],[1,"qq-é"],[-1,"e"]]"#),
            "{json}"
        );
        assert_eq!(serde_json::from_str::<Chunk>(&json).unwrap(), chunk);
        assert!(json.contains(r#""ids":["0:a","0:b"],"dates":[null,"2025-01-02"]"#));
        for bad in [r#"[[]]"#, r#"[[0,""]]"#, r#"[["a"]]"#, r#"[[-1,"ff1"]]"#] {
            let text = format!(
                r#"{{"key":"ab","ids":[],"dates":[],"entities":[],"items":{bad},"terms":{{}}}}"#
            );
            assert!(serde_json::from_str::<Chunk>(&text).is_err(), "{bad}");
        }
    }

    #[test]
    fn article_ids_are_front_coded_in_a_column_and_read_back() {
        let ids = [
            "synth-000040",
            "synth-000041",
            "synth-000100",
            "é:x",
            "é:xé",
            "",
        ];
        let chunk = Chunk {
            key: "ab".into(),
            articles: ids
                .iter()
                .map(|id| ArticleRow(id.to_string(), Some("2025-01-02".into())))
                .collect(),
            ..Chunk::default()
        };
        let json = serde_json::to_string(&chunk).unwrap();
        assert!(
            json.contains(r#""ids":["0:synth-000040","11:1","9:100","0:é:x","3:é","0:"]"#),
            "{json}"
        );
        assert_eq!(serde_json::from_str::<Chunk>(&json).unwrap(), chunk);
        for (ids, dates) in [
            (r#"["x"]"#, "[null]"),
            (r#"["1:x"]"#, "[null]"),
            (r#"["0:x","2:y"]"#, "[null,null]"),
            (r#"["0:x"]"#, "[]"),
        ] {
            let text = format!(
                r#"{{"key":"ab","ids":{ids},"dates":{dates},"entities":[],"items":[],"terms":{{}}}}"#
            );
            assert!(
                serde_json::from_str::<Chunk>(&text).is_err(),
                "{ids} {dates}"
            );
        }
    }

    #[test]
    fn the_common_posting_is_one_small_number_and_bad_ones_are_refused() {
        // The next record, in the text, once: 12 for each.
        assert_eq!(
            postings::encode(&[[0, 2, 1], [1, 2, 1], [2, 2, 1]]),
            [4, 12, 12]
        );
        assert_eq!(postings::encode(&[[5, 0, 3]]), [41, 3]);
        // A count promised and missing; a record past u32.
        assert_eq!(postings::decode(&[1]), None);
        assert_eq!(postings::decode(&[(1u64 << 32) << 3]), None);
        let bad = r#"{"key":"ab","ids":[],"dates":[],"entities":[],"items":[],"terms":{"ab":[1]}}"#;
        let e = serde_json::from_str::<Chunk>(bad).unwrap_err().to_string();
        assert!(e.contains("not postings"), "{e}");
    }

    #[test]
    fn any_query_gives_results_or_none() {
        let all = archive();
        for q in [
            "",
            "   ",
            "a",
            "%%%",
            &"x".repeat(100_000),
            "</script>",
            "\u{0}",
        ] {
            let r = search(&needed(&all, q), q, 10);
            assert!(r.total_entities + r.total_items < 100_000, "{q:.20}");
        }
    }
}

//! Full-text search over a fact set: entities (names, aliases, descriptions),
//! facts in words, quotes, itinerary events and the article's sentences.
//!
//! # Matching
//!
//! Text is folded (lower case, Latin accents removed, apostrophes dropped,
//! hyphens and other punctuation made spaces; see [`crate::text::fold`]) and
//! split into terms. Names and aliases also index each pair of adjacent terms
//! joined ("jae" + "myung" gives "jaemyung"), so "Jae-myung", "Jae Myung" and
//! "jaemyung" all meet. For every query term the index finds:
//!
//! - **exact** matches;
//! - **prefix** matches, for the last query term only (as you type), so
//!   "Ogun" finds Ogunlesi and "이재" finds 이재명;
//! - **corrected** matches within one edit for terms of 4 or more characters
//!   and two edits for 8 or more (Levenshtein distance, counted in chars).
//!
//! # Ranking
//!
//! Documents are ordered by a key compared field by field:
//!
//! 1. how many distinct query terms the document matches (more is better);
//! 2. whether the whole folded query occurs in it as a phrase;
//! 3. match quality summed over query terms: exact (3) over prefix (2) over
//!    corrected (1), taking each term's best match in the document;
//! 4. field summed likewise: name (3) over alias (2) over body text (1);
//! 5. BM25 (k1 = 1.2, b = 0.75) over the matched terms, with field weights
//!    name 3, alias 2, body 1, and corrected/prefix matches discounted.
//!
//! So an exact match always ranks above a corrected one among documents that
//! match as many words, and a name above an alias above body text.
//!
//! Search never fails: any query, however odd, gives results or none.

use std::cmp::Ordering;
use std::collections::HashMap;
use std::ops::Range;

use crate::item::ItemRef;
use crate::model::FactSet;
use crate::text::fold;

/// The fields of a document, best first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Field {
    Name = 0,
    Alias = 1,
    Body = 2,
}

const FIELDS: [Field; 3] = [Field::Name, Field::Alias, Field::Body];

impl Field {
    fn tier(self) -> u32 {
        match self {
            Field::Name => 3,
            Field::Alias => 2,
            Field::Body => 1,
        }
    }
    fn weight(self) -> f32 {
        match self {
            Field::Name => 3.0,
            Field::Alias => 2.0,
            Field::Body => 1.0,
        }
    }
}

/// How a query term met an index term.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum MatchQuality {
    Corrected = 1,
    Prefix = 2,
    Exact = 3,
}

impl MatchQuality {
    fn discount(self) -> f32 {
        match self {
            MatchQuality::Exact => 1.0,
            MatchQuality::Prefix => 0.7,
            MatchQuality::Corrected => 0.4,
        }
    }
}

/// A document to index: what it points at and its text by field.
#[derive(Clone, Debug, PartialEq)]
pub struct Doc {
    /// The item it stands for.
    pub item: ItemRef,
    /// Name text (entities only).
    pub name: String,
    /// Alias text, one alias per line (entities only).
    pub aliases: String,
    /// Body text.
    pub body: String,
}

/// The documents of a fact set, in a stable order.
pub fn documents(set: &FactSet) -> Vec<Doc> {
    let mut docs = Vec::new();
    for (i, e) in set.entities.iter().enumerate() {
        docs.push(Doc {
            item: ItemRef::Entity(i),
            name: e.name.clone(),
            aliases: e.aliases.join("\n"),
            body: e.description.clone(),
        });
    }
    for (i, f) in set.facts.iter().enumerate() {
        let q = &f.qualifiers;
        let mut body = set.fact_sentence(f);
        for id in [&q.when, &q.place, &q.amount].into_iter().flatten() {
            body.push_str(" · ");
            body.push_str(set.name_of(id));
        }
        for words in [&q.role, &q.note].into_iter().flatten() {
            body.push_str(" · ");
            body.push_str(words);
        }
        if let Some(a) = &q.attributed_to {
            body.push_str(" · according to ");
            body.push_str(set.name_of(a));
        }
        if let Some(l) = f.status.label() {
            body.push_str(" · ");
            body.push_str(l);
        }
        docs.push(body_doc(ItemRef::Fact(i), body));
    }
    for (i, q) in set.quotes.iter().enumerate() {
        let body = format!(
            "{} — {}, {}",
            q.words.text,
            set.speaker_name(q),
            q.attribution
        );
        docs.push(body_doc(ItemRef::Quote(i), body));
    }
    for (i, e) in set.events.iter().enumerate() {
        let who: Vec<&str> = e.who.iter().map(|id| set.name_of(id)).collect();
        let body = format!("{}: {} ({})", e.day.label(), e.title, who.join(", "));
        docs.push(body_doc(ItemRef::Event(i), body));
    }
    for (i, s) in set.article.sentences.iter().enumerate() {
        docs.push(body_doc(
            ItemRef::Sentence(i),
            set.article.text[s.clone()].to_string(),
        ));
    }
    docs
}

fn body_doc(item: ItemRef, body: String) -> Doc {
    Doc {
        item,
        name: String::new(),
        aliases: String::new(),
        body,
    }
}

/// Splits folded text into terms: runs of letters and digits, keeping a `.`
/// or `,` between two digits ("12.5").
pub fn tokens(folded: &str) -> impl Iterator<Item = &str> {
    folded
        .split(|c: char| c.is_whitespace() || (!c.is_alphanumeric() && c != '.' && c != ','))
        .map(|t| t.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|t| !t.is_empty())
        .flat_map(split_non_numeric_dots)
}

/// "u.s" stays whole only between digits; "inc.,the" splits at the dots.
fn split_non_numeric_dots(t: &str) -> Vec<&str> {
    let bytes = t.as_bytes();
    let mut out = Vec::new();
    let mut start = 0;
    for (i, &b) in bytes.iter().enumerate() {
        if b == b'.' || b == b',' {
            let digit_before = i > 0 && bytes[i - 1].is_ascii_digit();
            let digit_after = bytes.get(i + 1).is_some_and(u8::is_ascii_digit);
            if !(digit_before && digit_after) {
                if start < i {
                    out.push(&t[start..i]);
                }
                start = i + 1;
            }
        }
    }
    if start < t.len() {
        out.push(&t[start..]);
    }
    out
}

#[derive(Clone, Copy, Debug)]
struct Posting {
    doc: u32,
    field: Field,
    tf: u16,
}

/// An inverted index over [`Doc`]s.
pub struct Index {
    /// Sorted vocabulary.
    terms: Vec<String>,
    /// Char length of each term.
    term_chars: Vec<u16>,
    /// Postings per term, by document.
    postings: Vec<Vec<Posting>>,
    /// Per document: the item and its term counts by field.
    docs: Vec<(ItemRef, [u16; 3])>,
    /// Average term count per field.
    avg_len: [f32; 3],
    /// Folded text of all fields, for the phrase check on the best candidates.
    folded_text: Vec<Box<str>>,
}

/// FxHash for the vocabulary: fast on short keys, and the index holds no
/// secrets, so hash flooding does not matter here.
type FxBuild = rustc_hash::FxBuildHasher;

/// One ranked result.
#[derive(Clone, Debug, PartialEq)]
pub struct Hit {
    /// What it points at.
    pub item: ItemRef,
    /// Index of the document.
    pub doc: usize,
    /// The ranking key (see the module docs); higher is better.
    pub rank: Rank,
    /// The entity through which this item was found, when it was not
    /// found itself (see [`Index::search_set`]).
    pub via: Option<Via>,
}

/// How an item that did not match the query itself was found through an
/// entity that did.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Via {
    /// The item involves the entity (its subject, object, speaker…).
    Involves(usize),
    /// The item spells the entity out in words (its name or an alias)
    /// without referring to it, as "signed a memorandum of understanding
    /// with BlackRock" spells out the MoU.
    Spells(usize),
}

impl Via {
    /// The entity (index into `entities`).
    pub fn entity(self) -> usize {
        match self {
            Via::Involves(e) | Via::Spells(e) => e,
        }
    }
}

/// The ranking key of a hit, compared in field order.
#[derive(Clone, Copy, Debug, PartialEq, PartialOrd)]
pub struct Rank {
    pub matched_terms: u32,
    pub phrase: bool,
    pub quality: u32,
    pub field: u32,
    pub bm25: f32,
}

/// What a search returned.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Results {
    /// Best first.
    pub hits: Vec<Hit>,
    /// How many documents matched in all (hits may be cut to a limit).
    pub total: usize,
    /// Index terms that matched, for highlighting.
    pub matched: Vec<String>,
    /// A corrected query, when some word only matched after correction or
    /// matched nothing ("Did you mean …?").
    pub suggestion: Option<String>,
    /// How many query words were searched for.
    pub terms: u32,
}

/// The most edits a query term of `chars` characters may need.
pub fn max_edits(chars: usize) -> usize {
    match chars {
        0..=3 => 0,
        4..=7 => 1,
        _ => 2,
    }
}

/// Longest query the engine reads; the rest of a huge paste is ignored.
pub const MAX_QUERY_CHARS: usize = 256;
/// Most query terms used.
pub const MAX_QUERY_TERMS: usize = 12;
/// Most index terms a prefix expands to.
const MAX_PREFIX_TERMS: usize = 64;

impl Index {
    /// Builds the index of `docs`.
    pub fn build(docs: &[Doc]) -> Index {
        let mut dict: HashMap<String, u32, FxBuild> = HashMap::default();
        let mut raw: Vec<Vec<Posting>> = Vec::new();
        let mut meta = Vec::with_capacity(docs.len());
        let mut totals = [0f64; 3];
        let mut folded_text = Vec::with_capacity(docs.len());
        // Term counts of the current field: fields are short, so a list wins.
        let mut counts: Vec<(u32, u16)> = Vec::new();
        let mut joined = String::new();
        let intern = |t: &str,
                      dict: &mut HashMap<String, u32, FxBuild>,
                      raw: &mut Vec<Vec<Posting>>|
         -> u32 {
            if let Some(&id) = dict.get(t) {
                return id;
            }
            let id = raw.len() as u32;
            dict.insert(t.to_string(), id);
            raw.push(Vec::new());
            id
        };
        for (d, doc) in docs.iter().enumerate() {
            let mut lens = [0u16; 3];
            let mut all_words = String::new();
            for field in FIELDS {
                let text = match field {
                    Field::Name => &doc.name,
                    Field::Alias => &doc.aliases,
                    Field::Body => &doc.body,
                };
                if !all_words.is_empty() {
                    all_words.push_str(" |");
                }
                if text.is_empty() {
                    continue;
                }
                counts.clear();
                let folded = fold(text);
                let mut n = 0usize;
                for line in folded.split('\n') {
                    let mut prev: Option<&str> = None;
                    for t in tokens(line) {
                        all_words.push(' ');
                        all_words.push_str(t);
                        let mut add = |id: u32| match counts.iter_mut().find(|c| c.0 == id) {
                            Some(c) => c.1 = c.1.saturating_add(1),
                            None => counts.push((id, 1)),
                        };
                        add(intern(t, &mut dict, &mut raw));
                        n += 1;
                        if field != Field::Body {
                            if let Some(p) = prev {
                                joined.clear();
                                joined.push_str(p);
                                joined.push_str(t);
                                add(intern(&joined, &mut dict, &mut raw));
                                n += 1;
                            }
                            prev = Some(t);
                        }
                    }
                }
                lens[field as usize] = n.min(u16::MAX as usize) as u16;
                totals[field as usize] += n as f64;
                for &(id, tf) in &counts {
                    raw[id as usize].push(Posting {
                        doc: d as u32,
                        field,
                        tf,
                    });
                }
            }
            // Every field's words, for the phrase check; "|" keeps phrases
            // from running across fields.
            all_words.push(' ');
            folded_text.push(all_words.into_boxed_str());
            meta.push((doc.item, lens));
        }
        // Sort the vocabulary so prefixes are contiguous ranges.
        let mut by_term: Vec<(String, u32)> = dict.into_iter().collect();
        crate::sort::sort_by(&mut by_term, Ord::cmp);
        let mut terms = Vec::with_capacity(by_term.len());
        let mut postings = Vec::with_capacity(by_term.len());
        for (t, id) in by_term {
            terms.push(t);
            postings.push(std::mem::take(&mut raw[id as usize]));
        }
        let term_chars = terms
            .iter()
            .map(|t| t.chars().count().min(u16::MAX as usize) as u16)
            .collect();
        let n = docs.len().max(1) as f64;
        Index {
            terms,
            term_chars,
            postings,
            docs: meta,
            avg_len: totals.map(|t| ((t / n) as f32).max(1.0)),
            folded_text,
        }
    }

    /// Builds the index of a whole fact set.
    pub fn of(set: &FactSet) -> Index {
        Index::build(&documents(set))
    }

    /// Number of documents.
    pub fn len(&self) -> usize {
        self.docs.len()
    }

    /// Whether there are no documents.
    pub fn is_empty(&self) -> bool {
        self.docs.is_empty()
    }

    /// Heap bytes the index holds, estimated from its allocations' capacities.
    pub fn heap_bytes(&self) -> usize {
        use std::mem::size_of;
        self.terms
            .iter()
            .map(|t| t.capacity() + size_of::<String>())
            .sum::<usize>()
            + self.term_chars.capacity() * 2
            + self
                .postings
                .iter()
                .map(|p| p.capacity() * size_of::<Posting>() + size_of::<Vec<Posting>>())
                .sum::<usize>()
            + self.docs.capacity() * size_of::<(ItemRef, [u16; 3])>()
            + self
                .folded_text
                .iter()
                .map(|t| t.len() + size_of::<Box<str>>())
                .sum::<usize>()
    }

    /// Number of distinct terms.
    pub fn vocabulary(&self) -> usize {
        self.terms.len()
    }

    /// Index terms matching `query_term` with their quality and edit distance.
    fn expand(
        &self,
        q: &str,
        prefix: bool,
        extra_edits: usize,
    ) -> Vec<(usize, MatchQuality, usize)> {
        let mut out = Vec::new();
        let start = self.terms.partition_point(|t| t.as_str() < q);
        if prefix {
            for (i, t) in self.terms[start..]
                .iter()
                .enumerate()
                .take(MAX_PREFIX_TERMS + 1)
            {
                if !t.starts_with(q) {
                    break;
                }
                let quality = if t == q {
                    MatchQuality::Exact
                } else {
                    MatchQuality::Prefix
                };
                out.push((start + i, quality, 0));
            }
        } else if self.terms.get(start).is_some_and(|t| t == q) {
            out.push((start, MatchQuality::Exact, 0));
        }
        let q_chars: Vec<char> = q.chars().collect();
        let k = max_edits(q_chars.len()) + extra_edits;
        if k > 0 && q_chars.len() > extra_edits {
            let mut row = Vec::new();
            for (i, t) in self.terms.iter().enumerate() {
                let tl = self.term_chars[i] as usize;
                if tl.abs_diff(q_chars.len()) > k {
                    continue;
                }
                if out.iter().any(|&(j, _, _)| j == i) {
                    continue;
                }
                if let Some(d) = bounded_levenshtein(&q_chars, t, k, &mut row) {
                    if d > 0 {
                        out.push((i, MatchQuality::Corrected, d));
                    }
                }
            }
        }
        out
    }

    /// Searches, then puts right after each entity that was found the
    /// facts, quotes and events that involve it ([`FactSet::involved`]),
    /// so a query that names an entity brings what it did along ("MoU"
    /// finds the memorandum and then the ministry's signing of it). After
    /// those come the facts, quotes, events and sentences that spell the
    /// entity out in words, by its name or any alias, without referring to
    /// it ("MoU" also finds "signed a memorandum of understanding with
    /// BlackRock", whose object is BlackRock): only for an entity the
    /// query names, every query word matching its name or an alias. Items
    /// found themselves keep their own hit; the others carry `via`.
    /// `set` must be the set this index was built from.
    pub fn search_set(&self, set: &FactSet, query: &str, limit: usize) -> Results {
        let mut results = self.search(query, limit);
        let words = results.terms;
        let mut added = 0;
        let mut seen: std::collections::HashSet<ItemRef> = std::collections::HashSet::new();
        let found: HashMap<ItemRef, Hit> =
            results.hits.iter().map(|h| (h.item, h.clone())).collect();
        let mut hits = Vec::with_capacity(results.hits.len());
        for hit in std::mem::take(&mut results.hits) {
            if !seen.insert(hit.item) {
                continue;
            }
            let ItemRef::Entity(entity) = hit.item else {
                hits.push(hit);
                continue;
            };
            let rank = hit.rank;
            // Every query word met a name or an alias (tiers 3 and 2).
            let named = rank.matched_terms == words && rank.field >= 2 * words;
            hits.push(hit);
            let involving = set
                .involving(entity)
                .iter()
                .map(|&i| (i, Via::Involves(entity), None));
            let spelling = if named {
                self.spelling(set, entity)
            } else {
                Vec::new()
            };
            let spelling = spelling
                .into_iter()
                .map(|(i, phrase)| (i, Via::Spells(entity), Some(phrase)));
            for (item, via, phrase) in involving.chain(spelling) {
                if !seen.insert(item) {
                    continue;
                }
                let new = !found.contains_key(&item);
                added += usize::from(new);
                // The words that brought it are highlighted.
                if let (true, Some(phrase)) = (new, phrase) {
                    results.matched.push(phrase);
                }
                hits.push(found.get(&item).cloned().unwrap_or(Hit {
                    item,
                    doc: usize::MAX,
                    rank,
                    via: Some(via),
                }));
            }
        }
        results.total += added;
        hits.truncate(limit);
        results.hits = hits;
        crate::sort::sort_dedup(&mut results.matched);
        results
    }

    /// The facts, quotes, events and sentences whose words contain the
    /// name or an alias of `entity` as a phrase, in document order, each
    /// with the first such phrase (folded, words joined by spaces).
    fn spelling(&self, set: &FactSet, entity: usize) -> Vec<(ItemRef, String)> {
        let e = &set.entities[entity];
        let mut docs: Vec<(usize, String)> = Vec::new();
        for spelling in std::iter::once(&e.name).chain(&e.aliases) {
            let folded = fold(spelling);
            let words: Vec<&str> = tokens(&folded).collect();
            // The rarest word's documents, then the phrase in their text.
            let Some(postings) = words
                .iter()
                .map(
                    |w| match self.terms.binary_search_by(|t| t.as_str().cmp(w)) {
                        Ok(t) => Some(&self.postings[t]),
                        Err(_) => None,
                    },
                )
                .collect::<Option<Vec<_>>>()
                .and_then(|p| p.into_iter().min_by_key(|p| p.len()))
            else {
                continue;
            };
            let phrase = format!(" {} ", words.join(" "));
            docs.extend(
                postings
                    .iter()
                    .map(|p| p.doc as usize)
                    .filter(|&d| {
                        !matches!(self.docs[d].0, ItemRef::Entity(_))
                            && self.folded_text[d].contains(&phrase)
                    })
                    .map(|d| (d, phrase.trim().to_string())),
            );
        }
        // In document order, each with the first spelling found in it.
        crate::sort::sort_by(&mut docs, |a, b| a.0.cmp(&b.0));
        docs.dedup_by_key(|d| d.0);
        docs.into_iter().map(|(d, p)| (self.docs[d].0, p)).collect()
    }

    /// Searches for `query`, returning at most `limit` hits. Never fails.
    pub fn search(&self, query: &str, limit: usize) -> Results {
        let query: String = query.chars().take(MAX_QUERY_CHARS).collect();
        let folded = fold(&query);
        let mut qterms: Vec<&str> = tokens(&folded).collect();
        qterms.dedup();
        qterms.truncate(MAX_QUERY_TERMS);
        if qterms.is_empty() {
            return Results::default();
        }
        let ends_with_space = query.ends_with(char::is_whitespace);
        let last = qterms.len() - 1;
        let n_docs = self.docs.len() as f32;

        // Per document: terms matched (bitmask), quality and field sums, bm25.
        // Dense arrays indexed by document, with a list of the touched ones.
        #[derive(Clone, Copy, Default)]
        struct Acc {
            mask: u32,
            quality: u32,
            field: u32,
            bm25: f32,
        }
        let mut acc: Vec<Acc> = vec![Acc::default(); self.docs.len()];
        let mut touched: Vec<u32> = Vec::new();
        // Best (quality, field, score) of the current query term per document.
        let mut best: Vec<(u8, u8, f32)> = vec![(0, 0, 0.0); self.docs.len()];
        let mut term_touched: Vec<u32> = Vec::new();
        let mut matched = Vec::new();
        let mut suggestion_parts: Vec<String> = Vec::new();
        let mut corrected_only = false;

        for (qi, q) in qterms.iter().enumerate() {
            let expansions = self.expand(q, qi == last && !ends_with_space, 0);
            let has_direct = expansions.iter().any(|e| e.1 != MatchQuality::Corrected);
            if !has_direct {
                // Offer the closest known word, looking one edit further when
                // nothing at all was close enough.
                let pool = if expansions.is_empty() {
                    self.expand(q, false, 1)
                } else {
                    expansions.clone()
                };
                match self.best_correction(&pool) {
                    Some(t) => {
                        corrected_only = true;
                        suggestion_parts.push(t);
                    }
                    None => suggestion_parts.push(q.to_string()),
                }
            } else {
                suggestion_parts.push(q.to_string());
            }
            term_touched.clear();
            for &(ti, quality, _) in &expansions {
                matched.push(self.terms[ti].clone());
                let plist = &self.postings[ti];
                let df = plist.len() as f32;
                let idf = (1.0 + (n_docs - df + 0.5) / (df + 0.5)).ln();
                let q_rank = quality as u8;
                for p in plist {
                    let len = self.docs[p.doc as usize].1[p.field as usize] as f32;
                    let avg = self.avg_len[p.field as usize];
                    let tf = p.tf as f32;
                    let score = idf * tf * 2.2 / (tf + 1.2 * (0.25 + 0.75 * len / avg))
                        * p.field.weight()
                        * quality.discount();
                    let f_rank = p.field.tier() as u8;
                    let e = &mut best[p.doc as usize];
                    if e.0 == 0 {
                        term_touched.push(p.doc);
                        *e = (q_rank, f_rank, score);
                    } else {
                        if (q_rank, f_rank) > (e.0, e.1) {
                            e.0 = q_rank;
                            e.1 = f_rank;
                        }
                        e.2 = e.2.max(score);
                    }
                }
            }
            for &doc in &term_touched {
                let (quality, field, score) = std::mem::take(&mut best[doc as usize]);
                let a = &mut acc[doc as usize];
                if a.mask == 0 {
                    touched.push(doc);
                }
                a.mask |= 1 << qi;
                a.quality += u32::from(quality);
                a.field += u32::from(field);
                a.bm25 += score;
            }
        }

        let phrase = format!(" {} ", qterms.join(" "));
        let check_phrase = qterms.len() > 1;
        let mut hits: Vec<Hit> = touched
            .into_iter()
            .map(|doc| {
                let a = acc[doc as usize];
                let (item, _) = self.docs[doc as usize];
                Hit {
                    via: None,
                    item,
                    doc: doc as usize,
                    rank: Rank {
                        matched_terms: a.mask.count_ones(),
                        phrase: false,
                        quality: a.quality,
                        field: a.field,
                        bm25: a.bm25,
                    },
                }
            })
            .collect();
        let total = hits.len();
        let by_rank = |a: &Hit, b: &Hit| {
            b.rank
                .partial_cmp(&a.rank)
                .unwrap_or(Ordering::Equal)
                .then(a.doc.cmp(&b.doc))
        };
        // Keep a generous head, mark phrases in it, then order it exactly.
        let head = limit.saturating_mul(4).max(64);
        if hits.len() > head {
            hits.select_nth_unstable_by(head, by_rank);
            hits.truncate(head);
        }
        if check_phrase {
            for h in &mut hits {
                h.rank.phrase = self.folded_text[h.doc].contains(&phrase);
            }
        }
        crate::sort::sort_by(&mut hits, by_rank);
        hits.truncate(limit);
        crate::sort::sort_dedup(&mut matched);
        let suggestion = corrected_only.then(|| suggestion_parts.join(" "));
        Results {
            hits,
            total,
            matched,
            suggestion,
            terms: qterms.len() as u32,
        }
    }

    /// The corrected term with the fewest edits, then the most documents.
    fn best_correction(&self, pool: &[(usize, MatchQuality, usize)]) -> Option<String> {
        pool.iter()
            .filter(|e| e.1 == MatchQuality::Corrected)
            .min_by_key(|&&(ti, _, d)| (d, std::cmp::Reverse(self.postings[ti].len()), ti))
            .map(|&(ti, _, _)| self.terms[ti].clone())
    }
}

/// Levenshtein distance between `a` and `b` in chars if it is at most `k`
/// (`row` is scratch space, reused between calls). The archive's query
/// corrects terms with it too.
pub fn bounded_levenshtein(a: &[char], b: &str, k: usize, row: &mut Vec<usize>) -> Option<usize> {
    row.clear();
    row.extend(0..=a.len());
    for (j, cb) in b.chars().enumerate() {
        let mut prev_diag = row[0];
        row[0] = j + 1;
        let mut row_min = row[0];
        for i in 1..=a.len() {
            let cost = usize::from(a[i - 1] != cb);
            let val = (row[i] + 1).min(row[i - 1] + 1).min(prev_diag + cost);
            prev_diag = row[i];
            row[i] = val;
            row_min = row_min.min(val);
        }
        if row_min > k {
            return None;
        }
    }
    let d = row[a.len()];
    (d <= k).then_some(d)
}

/// The first spelling in `set` (entity names and aliases, then the article)
/// of a word whose folded form is `folded`, so "guterres" can be offered as
/// "Guterres". `None` when the word does not occur as such.
pub fn surface_form(set: &FactSet, folded: &str) -> Option<String> {
    let names = set
        .entities
        .iter()
        .flat_map(|e| std::iter::once(e.name.as_str()).chain(e.aliases.iter().map(String::as_str)));
    names
        .chain(std::iter::once(set.article.text.as_str()))
        .flat_map(|t| t.split(|c: char| !c.is_alphanumeric() && c != '.' && c != ','))
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .find(|w| !w.is_empty() && fold(w) == folded)
        .map(str::to_string)
}

/// A suggestion in the article's own spelling, word by word.
pub fn suggestion_in_words(set: &FactSet, suggestion: &str) -> String {
    suggestion
        .split(' ')
        .map(|w| surface_form(set, w).unwrap_or_else(|| w.to_string()))
        .collect::<Vec<_>>()
        .join(" ")
}

/// Cuts `text` into (range, highlighted) pieces, highlighting every word
/// whose folded form is one of `matched` (or, for joined terms, every pair of
/// adjacent words that joins to one; for phrases, folded words joined by
/// spaces, every run of words that spells one), or starts with the prefix
/// `last` (the last query word).
pub fn highlight(text: &str, matched: &[String], last: Option<&str>) -> Vec<(Range<usize>, bool)> {
    // Words of `text` with their byte ranges and folded forms.
    let mut words: Vec<(Range<usize>, String)> = Vec::new();
    let mut cur: Option<(usize, String)> = None;
    for (i, c) in text.char_indices() {
        let mut f = String::new();
        crate::text::fold_char(c, &mut f);
        let wordy = c.is_alphanumeric()
            || (matches!(c, '.' | ',') && cur.is_some() && next_is_digit(text, i));
        if wordy || (f.is_empty() && cur.is_some()) {
            let entry = cur.get_or_insert_with(|| (i, String::new()));
            entry.1.push_str(f.trim());
        } else if let Some((s, w)) = cur.take() {
            words.push((s..i, w));
        }
    }
    if let Some((s, w)) = cur.take() {
        words.push((s..text.len(), w));
    }
    let is_match = |w: &str| {
        !w.is_empty()
            && (matched.binary_search_by(|m| m.as_str().cmp(w)).is_ok()
                || last.is_some_and(|p| !p.is_empty() && w.starts_with(p)))
    };
    let phrases: Vec<Vec<&str>> = matched
        .iter()
        .filter(|m| m.contains(' '))
        .map(|m| m.split(' ').collect())
        .collect();
    let word = |i: usize| words[i].1.trim_end_matches(['.', ',']);
    let mut marked = vec![false; words.len()];
    for i in 0..words.len() {
        if is_match(word(i)) {
            marked[i] = true;
        }
        for p in &phrases {
            let end = i + p.len();
            if end <= words.len() && p.iter().enumerate().all(|(k, w)| word(i + k) == *w) {
                marked[i..end].iter_mut().for_each(|m| *m = true);
            }
        }
        if i + 1 < words.len() {
            let joined = format!("{}{}", words[i].1, words[i + 1].1);
            if matched.binary_search(&joined).is_ok() {
                marked[i] = true;
                marked[i + 1] = true;
            }
        }
    }
    let mut out: Vec<(Range<usize>, bool)> = Vec::new();
    let mut at = 0;
    for (i, (r, _)) in words.iter().enumerate() {
        if !marked[i] {
            continue;
        }
        if r.start > at {
            out.push((at..r.start, false));
        }
        out.push((r.clone(), true));
        at = r.end;
    }
    if at < text.len() {
        out.push((at..text.len(), false));
    }
    out
}

fn next_is_digit(text: &str, i: usize) -> bool {
    text[i + 1..]
        .chars()
        .next()
        .is_some_and(|c| c.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggestions_use_the_articles_spelling() {
        let set = crate::load::load_bundled().unwrap();
        assert_eq!(surface_form(&set, "guterres").as_deref(), Some("Guterres"));
        assert_eq!(
            surface_form(&set, "blackrock").as_deref(),
            Some("BlackRock")
        );
        assert_eq!(
            suggestion_in_words(&set, "antonio guterres"),
            "Antonio Guterres"
        );
        assert_eq!(suggestion_in_words(&set, "zzz"), "zzz");
    }

    #[test]
    fn tokens_keep_numbers_whole() {
        let folded = fold("$12.5 trillion, BlackRock Inc., U.S. 1,000");
        let t: Vec<&str> = tokens(&folded).collect();
        assert_eq!(
            t,
            ["12.5", "trillion", "blackrock", "inc", "u", "s", "1,000"]
        );
    }

    #[test]
    fn levenshtein_is_bounded() {
        let mut row = Vec::new();
        let a: Vec<char> = "guterres".chars().collect();
        assert_eq!(bounded_levenshtein(&a, "guterres", 2, &mut row), Some(0));
        assert_eq!(bounded_levenshtein(&a, "guteres", 2, &mut row), Some(1));
        assert_eq!(bounded_levenshtein(&a, "gutterress", 2, &mut row), Some(2));
        assert_eq!(bounded_levenshtein(&a, "butterfly", 2, &mut row), None);
    }

    #[test]
    fn highlights_words_and_joined_pairs() {
        let text = "Lee Jae Myung met Larry Fink.";
        let marked = |m: &[&str], last| -> Vec<&str> {
            let m: Vec<String> = m.iter().map(|s| s.to_string()).collect();
            highlight(text, &m, last)
                .into_iter()
                .filter(|p| p.1)
                .map(|p| &text[p.0])
                .collect()
        };
        assert_eq!(marked(&["fink"], None), ["Fink"]);
        assert_eq!(marked(&["jaemyung"], None), ["Jae", "Myung"]);
        assert_eq!(marked(&[], Some("lar")), ["Larry"]);
        assert_eq!(marked(&["larry fink"], None), ["Larry", "Fink"]);
        assert_eq!(marked(&["fink met"], None), Vec::<&str>::new());
        assert_eq!(marked(&[], None), Vec::<&str>::new());
    }
}

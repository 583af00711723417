//! The archive build: articles in, the static site's files out.
//!
//! [`build`] is pure: inputs (and the records of a previous build, reused
//! for articles whose files did not change) to a map from file name to
//! bytes. [`build_dir`] reads a folder one article at a time and writes a
//! site file by file ([`build_streaming`], [`SiteWriter`]), touching only
//! the files whose bytes changed and removing those no longer made, so a
//! rebuild after one article changed equals a full build byte for byte.
//!
//! The site: `manifest.json` (counts, facets, the chunk list: only what
//! the search page needs before its first query, small at any size),
//! `articles.json` and `entities.json` (the full lists), `identities.json`
//! (merges, proposals, decisions), `review.json` (the same with each
//! entity's article and naming sentence, for the review page; see
//! [`crate::review`]), `lines/*.json` (articles'
//! titles and their items' lines, in buckets by article, for the results
//! the page shows), `cache/*.json` (the articles' records, in buckets: the
//! next build's cache), `index/*.json` (the search chunks, see
//! [`crate::index`]) and `entities/*.json` (the entity pages' data, see
//! [`crate::pages`]). The buckets keep the file count under 20,000 at any
//! size. Every JSON file writes `<` as `\u003c`, so none can close a
//! `<script>` it is inlined into.

use std::collections::BTreeMap;
use std::path::Path;

use fact_explorer_core::load;
use fact_explorer_core::sort::sort_by;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::identity::{parse_decisions, resolve, Identities};
use crate::records::{article_records, ArticleRecords, FORMAT};

/// The marker in the head of every article page (`a/ID.html`, written by
/// the command line, which renders the explorer): only files carrying it are
/// removed from `a/` when their article is gone.
pub const PAGE_GENERATOR: &str =
    "<meta name=\"generator\" content=\"fact-explorer archive build\">";

/// The decisions file's name in the archive folder.
pub const DECISIONS_FILE: &str = "identities.txt";

/// One article's files, read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Input {
    /// The article's id (`NAME` of `NAME.facts.json`).
    pub id: String,
    /// The fact set's JSON.
    pub json: String,
    /// `NAME.txt`, when present.
    pub text: Option<String>,
    /// `NAME.url`'s first line, when present.
    pub url: Option<String>,
}

/// A file that was left out, and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Skipped {
    /// The article's id or the file's name.
    pub name: String,
    /// Its problems, one per line.
    pub problems: String,
}

/// What a build made.
#[derive(Clone, Debug, Default)]
pub struct Built {
    /// The site's files, by path relative to the site.
    pub files: BTreeMap<String, Vec<u8>>,
    /// The articles' records, sorted by id.
    pub articles: Vec<ArticleRecords>,
    pub identities: Identities,
    /// Articles left out with their problems.
    pub skipped: Vec<Skipped>,
    /// Articles whose records were reused from the previous build.
    pub reused: usize,
    /// Articles whose records were made.
    pub made: usize,
}

/// Whether `id` can name an article: letters, digits, `.`, `_` and `-`,
/// not starting with `.`, at most 200 characters (so it is a safe file
/// name and URL path everywhere).
pub fn valid_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 200
        && !id.starts_with('.')
        && id
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'-'))
}

/// The digest of an article's files (and the records' format): the cache
/// key of its records.
pub fn source_digest(input: &Input) -> String {
    let mut h = Sha256::new();
    for part in [
        Some(FORMAT),
        Some(input.id.as_str()),
        Some(input.json.as_str()),
        input.text.as_deref(),
        input.url.as_deref(),
    ] {
        match part {
            Some(p) => {
                h.update([1u8]);
                h.update((p.len() as u64).to_le_bytes());
                h.update(p.as_bytes());
            }
            None => h.update([0u8]),
        }
    }
    h.finalize().iter().map(|b| format!("{b:02x}")).collect()
}

/// The per-article step: checks the fact set as `check` does and makes its
/// records, or says why not.
pub fn article_step(input: &Input) -> Result<ArticleRecords, Skipped> {
    let skip = |problems: String| Skipped {
        name: input.id.clone(),
        problems,
    };
    if !valid_id(&input.id) {
        return Err(skip(format!(
            "{:?} cannot be an article id: use letters, digits, '.', '_' and '-'",
            input.id.chars().take(200).collect::<String>()
        )));
    }
    let set = load::load(&input.json, input.text.as_deref()).map_err(|e| skip(e.to_string()))?;
    let url = match input.url.as_deref() {
        Some(u) if u.starts_with("https://") || u.starts_with("http://") => Some(u),
        Some(u) => {
            return Err(skip(format!(
                "{}.url: {:?} is not an http(s) address",
                input.id,
                u.chars().take(200).collect::<String>()
            )))
        }
        None => None,
    };
    Ok(article_records(&input.id, &set, url, &source_digest(input)))
}

/// JSON with `<` escaped, so it is safe inside `<script>`.
pub fn to_json<T: Serialize>(value: &T) -> Vec<u8> {
    let s = serde_json::to_string(value).unwrap_or_default();
    let mut out = s.replace('<', "\\u003c");
    out.push('\n');
    out.into_bytes()
}

#[derive(Serialize)]
struct ArticleEntry<'a> {
    id: &'a str,
    title: &'a str,
    date: Option<&'a str>,
    url: Option<&'a str>,
    link: String,
    entities: usize,
    items: usize,
}

#[derive(Serialize)]
struct EntityEntry<'a> {
    key: &'a str,
    name: &'a str,
    kind: &'a str,
    articles: usize,
    first: Option<&'a str>,
    last: Option<&'a str>,
    /// `[article, entity id]` pairs.
    members: Vec<[&'a str; 2]>,
}

#[derive(Serialize, Default)]
struct GlobalFacets {
    /// Entities by kind.
    entity_kind: BTreeMap<String, usize>,
    /// Items by kind.
    item_kind: BTreeMap<String, usize>,
    /// Articles by month (`YYYY-MM` or `undated`).
    month: BTreeMap<String, usize>,
}

/// `manifest.json`: what the search page needs before its first query, and
/// nothing that grows with the articles or entities (their lists are in
/// `articles.json` and `entities.json`), so the first load stays small at
/// any size.
#[derive(Serialize)]
struct Manifest {
    format: &'static str,
    /// How many articles and archive entities there are.
    articles: usize,
    entities: usize,
    /// How many `entities/*.json` buckets the pages are in (see
    /// [`crate::pages::bucket_file`]).
    entity_buckets: usize,
    /// How many `lines/*.json` buckets the articles' lines are in (see
    /// [`lines_file`]).
    lines_buckets: usize,
    facets: GlobalFacets,
    /// The chunk files, and the pieces of the chunks cut by term ranges
    /// (see [`crate::index::Directory::files_for`]).
    index: crate::index::Directory,
}

/// FNV-1a, 64 bits: the buckets' hash (stable across platforms and
/// versions, unlike the standard library's).
pub fn fnv(s: &str) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in s.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}

/// Items (facts, quotes, events, sentences) indexed in one pass: more are
/// indexed in several passes, each building part of the chunks, so the
/// build's peak stays near the records' size (100,000 synthetic articles,
/// 1.3 million items: 4 passes).
pub const ITEMS_PER_PART: usize = 400_000;

/// Articles per `lines/` bucket, at least (fewer when the bucket count
/// reaches [`MAX_LINES_BUCKETS`]).
pub const ARTICLES_PER_LINES_BUCKET: usize = 2;
/// Most `lines/` buckets: with [`crate::pages::MAX_BUCKETS`] entity
/// buckets, [`MAX_CACHE_BUCKETS`] cache buckets and the index chunks, the
/// site stays under 20,000 files at any size.
pub const MAX_LINES_BUCKETS: usize = 8192;
/// Articles per `cache/` bucket, at least.
pub const ARTICLES_PER_CACHE_BUCKET: usize = 128;
/// Most `cache/` buckets.
pub const MAX_CACHE_BUCKETS: usize = 1024;

/// A bucket count for `n` things at `per` a bucket: a power of two (so it
/// changes, and moves things between buckets, only when the archive
/// doubles), at most `max`.
fn buckets_for(n: usize, per: usize, max: usize) -> usize {
    n.div_ceil(per).max(1).next_power_of_two().min(max)
}

/// How many `lines/` buckets an archive of `articles` articles has.
pub fn lines_buckets(articles: usize) -> usize {
    buckets_for(articles, ARTICLES_PER_LINES_BUCKET, MAX_LINES_BUCKETS)
}

/// How many `cache/` buckets an archive of `articles` articles has.
pub fn cache_buckets(articles: usize) -> usize {
    buckets_for(articles, ARTICLES_PER_CACHE_BUCKET, MAX_CACHE_BUCKETS)
}

/// The `lines/` bucket of article `id` among `buckets` (the manifest's
/// `lines_buckets`): the article's title, date, address and each item's
/// line, which the search page shows for the items it lists.
pub fn lines_file(id: &str, buckets: usize) -> String {
    format!("lines/{:x}.json", fnv(id) % buckets.max(1) as u64)
}

/// The `cache/` bucket of article `id`: its records, which the next build
/// reuses when the article's files did not change.
pub fn cache_file(id: &str, buckets: usize) -> String {
    format!("cache/{:x}.json", fnv(id) % buckets.max(1) as u64)
}

/// An article in a `lines/` bucket.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ArticleLines {
    pub title: String,
    pub date: Option<String>,
    pub url: Option<String>,
    /// Each item's line, by item id.
    pub lines: BTreeMap<String, String>,
}

/// A `lines/` bucket: its articles by id.
pub type LinesBucket = BTreeMap<String, ArticleLines>;

/// Builds the site of `inputs`, reusing `previous` records whose source
/// digest still matches, with the decisions file's text. Pure.
pub fn build(inputs: &[Input], previous: &[ArticleRecords], decisions: Option<&str>) -> Built {
    let mut files = BTreeMap::new();
    let previous: BTreeMap<String, ArticleRecords> =
        previous.iter().map(|r| (r.id.clone(), r.clone())).collect();
    let mut built = build_streaming(
        inputs.iter().cloned().map(Ok),
        previous,
        decisions,
        false,
        &mut |name, bytes| {
            files.insert(name, bytes);
            Ok(())
        },
    )
    .unwrap_or_default();
    built.files = files;
    built
}

/// [`build`] for any size: the inputs are read one at a time (each
/// article's files are dropped once its records are made), reused records
/// are moved out of `previous`, and each file is handed to `sink` as soon
/// as it is made instead of being kept ([`Built::files`] stays empty), so
/// the peak is the records and one family of index chunks, never the
/// site. The files come in a fixed order for the same inputs. With
/// `strict`, a build with any problem (a skipped file, a bad decisions
/// line) hands `sink` nothing. Fails only when `sink` does.
pub fn build_streaming(
    inputs: impl Iterator<Item = Result<Input, Skipped>>,
    mut previous: BTreeMap<String, ArticleRecords>,
    decisions: Option<&str>,
    strict: bool,
    sink: &mut dyn FnMut(String, Vec<u8>) -> std::io::Result<()>,
) -> std::io::Result<Built> {
    let mut built = Built::default();
    let mut seen = std::collections::BTreeSet::new();
    for input in inputs {
        let input = match input {
            Ok(i) => i,
            Err(s) => {
                built.skipped.push(s);
                continue;
            }
        };
        if !seen.insert(input.id.clone()) {
            built.skipped.push(Skipped {
                name: input.id.clone(),
                problems: "another article has this id".into(),
            });
            continue;
        }
        let digest = source_digest(&input);
        match previous.remove(input.id.as_str()) {
            Some(r) if r.source == digest && valid_id(&input.id) => {
                built.articles.push(r);
                built.reused += 1;
            }
            _ => match article_step(&input) {
                Ok(r) => {
                    built.articles.push(r);
                    built.made += 1;
                }
                Err(s) => built.skipped.push(s),
            },
        }
    }
    drop(previous);
    sort_by(&mut built.articles, |a, b| a.id.cmp(&b.id));
    sort_by(&mut built.skipped, |a, b| a.name.cmp(&b.name));
    let decisions_text = decisions;
    let (decisions, problems) = parse_decisions(decisions.unwrap_or(""));
    let mut identities = resolve(&built.articles, &decisions);
    identities.file_problems = problems;
    if strict && !(built.skipped.is_empty() && identities.file_problems.is_empty()) {
        built.identities = identities;
        return Ok(built);
    }

    // The index, one family at a time (the items in parts when there are
    // many), each chunk written as it is made.
    let mut directory = crate::index::Directory::default();
    let items: usize = built.articles.iter().map(|a| a.items.len()).sum();
    let item_parts = items.div_ceil(ITEMS_PER_PART).max(1) as u64;
    for family in [crate::index::Family::Entities, crate::index::Family::Items] {
        let parts = match family {
            crate::index::Family::Entities => 1,
            crate::index::Family::Items => item_parts,
        };
        for part in 0..parts {
            let chunks = crate::index::build_family_part(
                &built.articles,
                &identities.entities,
                family,
                crate::index::MAX_CHUNK_POSTINGS,
                part,
                parts,
            );
            directory.add(&chunks);
            for (name, chunk) in chunks {
                sink(name, to_json(&chunk))?;
            }
        }
    }
    let mut facets = GlobalFacets::default();
    for e in &identities.entities {
        *facets.entity_kind.entry(e.kind.clone()).or_default() += 1;
    }
    for a in &built.articles {
        let month = a
            .date
            .as_deref()
            .and_then(|d| d.get(..7))
            .unwrap_or("undated");
        *facets.month.entry(month.to_string()).or_default() += 1;
        for i in &a.items {
            *facets.item_kind.entry(i.kind.clone()).or_default() += 1;
        }
    }
    let n = built.articles.len();
    let manifest = Manifest {
        format: FORMAT,
        articles: n,
        entities: identities.entities.len(),
        entity_buckets: crate::pages::bucket_count(identities.entities.len()),
        lines_buckets: lines_buckets(n),
        facets,
        index: directory,
    };
    sink("manifest.json".to_string(), to_json(&manifest))?;
    sink(
        "articles.json".to_string(),
        to_json(
            &built
                .articles
                .iter()
                .map(|a| ArticleEntry {
                    id: &a.id,
                    title: &a.title,
                    date: a.date.as_deref(),
                    url: a.url.as_deref(),
                    link: crate::records::article_page(&a.id),
                    entities: a.entities.len(),
                    items: a.items.len(),
                })
                .collect::<Vec<_>>(),
        ),
    )?;
    sink(
        "entities.json".to_string(),
        to_json(
            &identities
                .entities
                .iter()
                .map(|e| EntityEntry {
                    key: &e.key,
                    name: &e.name,
                    kind: &e.kind,
                    articles: e.articles,
                    first: e.first.as_deref(),
                    last: e.last.as_deref(),
                    members: e
                        .members
                        .iter()
                        .map(|m| [m.article.as_str(), m.id.as_str()])
                        .collect(),
                })
                .collect::<Vec<_>>(),
        ),
    )?;
    // The entities are in entities.json; this file is for reviewing.
    #[derive(Serialize)]
    struct Review<'a> {
        merges: &'a [crate::identity::Merge],
        proposals: &'a [crate::identity::Proposal],
        decisions: &'a [crate::identity::DecisionReport],
        file_problems: &'a [String],
    }
    sink(
        "identities.json".to_string(),
        to_json(&Review {
            merges: &identities.merges,
            proposals: &identities.proposals,
            decisions: &identities.decisions,
            file_problems: &identities.file_problems,
        }),
    )?;
    // What the identity review page (`archive.html?identities`) shows.
    sink(
        "review.json".to_string(),
        to_json(&crate::review::review(
            &identities,
            &built.articles,
            decisions_text,
        )),
    )?;
    // The articles' lines and the cache, bucket by bucket.
    let (lb, cb) = (lines_buckets(n), cache_buckets(n));
    let mut lines: BTreeMap<String, Vec<&ArticleRecords>> = BTreeMap::new();
    let mut cache: BTreeMap<String, Vec<&ArticleRecords>> = BTreeMap::new();
    for a in &built.articles {
        lines.entry(lines_file(&a.id, lb)).or_default().push(a);
        cache.entry(cache_file(&a.id, cb)).or_default().push(a);
    }
    for (name, articles) in lines {
        let bucket: LinesBucket = articles
            .into_iter()
            .map(|a| {
                let lines = a
                    .items
                    .iter()
                    .map(|i| (i.id.clone(), i.line.clone()))
                    .collect();
                let entry = ArticleLines {
                    title: a.title.clone(),
                    date: a.date.clone(),
                    url: a.url.clone(),
                    lines,
                };
                (a.id.clone(), entry)
            })
            .collect();
        sink(name, to_json(&bucket))?;
    }
    for (name, bucket) in cache {
        sink(name, to_json(&bucket))?;
    }
    for (name, pages) in crate::pages::entity_pages(&built.articles, &identities.entities) {
        sink(name, to_json(&pages))?;
    }
    built.identities = identities;
    Ok(built)
}

/// What [`scan`] found in an archive folder.
#[derive(Clone, Debug, Default)]
pub struct Scan {
    /// The articles, sorted by id.
    pub inputs: Vec<Input>,
    /// Files that could not be read.
    pub skipped: Vec<Skipped>,
    /// The decisions file's text, when there is one.
    pub decisions: Option<String>,
}

/// Reads every `NAME.facts.json` of `dir` with its `NAME.txt` and
/// `NAME.url`, and the decisions file. Fails only when `dir` cannot be
/// listed. (A large archive is read one article at a time with
/// [`article_ids`] and [`read_input`] instead.)
pub fn scan(dir: &Path) -> std::io::Result<Scan> {
    let mut scan = Scan::default();
    for id in article_ids(dir)? {
        match read_input(dir, &id) {
            Ok(i) => scan.inputs.push(i),
            Err(s) => scan.skipped.push(s),
        }
    }
    match read_decisions(dir) {
        Ok(d) => scan.decisions = d,
        Err(s) => scan.skipped.push(s),
    }
    Ok(scan)
}

/// The ids of the articles in `dir` (every `NAME.facts.json`), sorted.
pub fn article_ids(dir: &Path) -> std::io::Result<Vec<String>> {
    let mut names = Vec::new();
    for entry in std::fs::read_dir(dir)? {
        let entry = entry?;
        let name = entry.file_name().to_string_lossy().into_owned();
        if let Some(id) = name.strip_suffix(".facts.json") {
            names.push(id.to_string());
        }
    }
    sort_by(&mut names, Ord::cmp);
    Ok(names)
}

/// The decisions file of `dir`, when there is one.
pub fn read_decisions(dir: &Path) -> Result<Option<String>, Skipped> {
    match std::fs::read(dir.join(DECISIONS_FILE)) {
        Ok(b) => Ok(Some(String::from_utf8_lossy(&b).into_owned())),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(Skipped {
            name: DECISIONS_FILE.into(),
            problems: e.to_string(),
        }),
    }
}

/// Reads article `id` of `dir`: `ID.facts.json`, with `ID.txt` and
/// `ID.url` when present.
pub fn read_input(dir: &Path, id: &str) -> Result<Input, Skipped> {
    let read = |ext: &str| std::fs::read(dir.join(format!("{id}{ext}")));
    let skip = |problems: String| Skipped {
        name: id.to_string(),
        problems,
    };
    let text_of = |bytes: Vec<u8>, file: String| {
        String::from_utf8(bytes).map_err(|e| {
            skip(format!(
                "{file}: not UTF-8 text (invalid byte at offset {})",
                e.utf8_error().valid_up_to()
            ))
        })
    };
    let json = match read(".facts.json") {
        Ok(b) if b.len() > load::MAX_BYTES => {
            return Err(skip(format!(
                "the file is {} bytes, more than the {} bytes a fact set may have",
                b.len(),
                load::MAX_BYTES
            )))
        }
        Ok(b) => text_of(b, format!("{id}.facts.json"))?,
        Err(e) => return Err(skip(format!("{id}.facts.json: {e}"))),
    };
    let text = match read(".txt") {
        Ok(b) => Some(text_of(b, format!("{id}.txt"))?),
        Err(_) => None,
    };
    let url = read(".url").ok().map(|b| {
        String::from_utf8_lossy(&b)
            .lines()
            .next()
            .unwrap_or("")
            .trim()
            .to_string()
    });
    Ok(Input {
        id: id.to_string(),
        json,
        text,
        url,
    })
}

/// The records a previous build left in `site/cache` (or, from a build
/// before the cache was bucketed, in `site/articles`), by article id.
pub fn previous_records_map(site: &Path) -> BTreeMap<String, ArticleRecords> {
    let mut out = BTreeMap::new();
    for dir in ["cache", "articles"] {
        let Ok(entries) = std::fs::read_dir(site.join(dir)) else {
            continue;
        };
        for entry in entries.flatten() {
            let Ok(bytes) = std::fs::read(entry.path()) else {
                continue;
            };
            if let Ok(list) = serde_json::from_slice::<Vec<ArticleRecords>>(&bytes) {
                out.extend(list.into_iter().map(|r| (r.id.clone(), r)));
            } else if let Ok(r) = serde_json::from_slice::<ArticleRecords>(&bytes) {
                out.insert(r.id.clone(), r);
            }
        }
    }
    out
}

/// The records a previous build left in `site`, sorted by id.
pub fn previous_records(site: &Path) -> Vec<ArticleRecords> {
    previous_records_map(site).into_values().collect()
}

/// Builds the archive folder `dir` into `site`, one article at a time,
/// reusing the records of the previous build there and writing each file
/// as it is made (see [`build_streaming`] and [`SiteWriter`]). With
/// `strict`, a build with problems writes nothing and gives `None`. Fails
/// when `dir` cannot be listed or `site` written.
pub fn build_dir(
    dir: &Path,
    site: &Path,
    strict: bool,
) -> std::io::Result<(Built, Option<Written>)> {
    build_dir_with(dir, site, strict, &mut |_, _| Ok(()))
}

/// Where [`build_dir_with`] hands the files made after the archive's own
/// (`name` relative to the site, its bytes).
pub type Sink<'a> = dyn FnMut(&str, &[u8]) -> std::io::Result<()> + 'a;

/// [`build_dir`], with `more` called once the archive's own files are
/// written (and only when they are) to write files made from the built
/// archive, such as the article pages the command line renders (`a/`),
/// through the same writer: they are compared with what is there and
/// counted like the rest, and the earlier build's files in `a/` that
/// `more` does not write again are removed.
pub fn build_dir_with(
    dir: &Path,
    site: &Path,
    strict: bool,
    more: &mut dyn FnMut(&Built, &mut Sink) -> std::io::Result<()>,
) -> std::io::Result<(Built, Option<Written>)> {
    let ids = article_ids(dir)?;
    let decisions = read_decisions(dir);
    let pre_skipped = decisions.as_ref().err().cloned();
    let previous = previous_records_map(site);
    let mut writer = SiteWriter::new(site);
    let mut built = build_streaming(
        ids.iter()
            .map(|id| read_input(dir, id))
            .chain(pre_skipped.map(Err)),
        previous,
        decisions.ok().flatten().as_deref(),
        strict,
        &mut |name, bytes| writer.write(&name, &bytes),
    )?;
    sort_by(&mut built.skipped, |a, b| a.name.cmp(&b.name));
    let wrote = writer.written.written + writer.written.unchanged > 0;
    if !wrote {
        return Ok((built, None));
    }
    more(&built, &mut |name, bytes| writer.write(name, bytes))?;
    Ok((built, Some(writer.finish()?)))
}

/// How many files a write changed.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Written {
    pub written: usize,
    pub unchanged: usize,
    pub removed: usize,
}

/// The folders a build writes into (besides the site's top-level JSON
/// files); `articles` is where builds before the bucketed cache kept each
/// article's records, `a` the article pages the command line renders.
const BUILD_DIRS: [&str; 6] = ["index", "entities", "lines", "cache", "articles", "a"];

/// Whether `path` (in one of [`BUILD_DIRS`]) is a file a build made: a
/// chunk or bucket by its name, an article's records by their content, an
/// article page by its generator marker. Only such files are ever removed,
/// whatever folder SITE is.
fn made_by_a_build(dir: &str, name: &str, path: &Path) -> bool {
    let hex_name = |n: &str| {
        n.strip_suffix(".json")
            .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_hexdigit()))
    };
    match dir {
        "entities" | "lines" | "cache" => hex_name(name),
        "a" => {
            name.ends_with(".html")
                && std::fs::read(path).is_ok_and(|b| {
                    let head = &b[..b.len().min(1024)];
                    String::from_utf8_lossy(head).contains(PAGE_GENERATOR)
                })
        }
        "index" => name
            .strip_suffix(".json")
            .and_then(|n| n.strip_prefix("e-").or_else(|| n.strip_prefix("i-")))
            .is_some_and(|hex| {
                !hex.is_empty() && hex.bytes().all(|b| b.is_ascii_hexdigit() || b == b'.')
            }),
        _ => {
            name.ends_with(".json")
                && std::fs::read(path)
                    .ok()
                    .and_then(|b| serde_json::from_slice::<ArticleRecords>(&b).ok())
                    .is_some()
        }
    }
}

/// Writes a site file by file: only files whose bytes differ are written,
/// and [`SiteWriter::finish`] removes the files of an earlier build that
/// this one did not make. Other files of the site are left alone.
pub struct SiteWriter {
    site: std::path::PathBuf,
    made: std::collections::HashSet<String>,
    written: Written,
}

impl SiteWriter {
    /// A writer into `site` (made, with its folders, by the first write).
    pub fn new(site: &Path) -> SiteWriter {
        SiteWriter {
            site: site.to_path_buf(),
            made: Default::default(),
            written: Written::default(),
        }
    }

    /// Writes `name` (relative to the site) unless it holds `bytes` already.
    pub fn write(&mut self, name: &str, bytes: &[u8]) -> std::io::Result<()> {
        self.made.insert(name.to_string());
        let path = self.site.join(name);
        if std::fs::metadata(&path).is_ok_and(|m| m.len() == bytes.len() as u64)
            && std::fs::read(&path).is_ok_and(|old| old == bytes)
        {
            self.written.unchanged += 1;
            return Ok(());
        }
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent)?;
        }
        std::fs::write(&path, bytes)?;
        self.written.written += 1;
        Ok(())
    }

    /// Removes what an earlier build made and this one did not.
    pub fn finish(mut self) -> std::io::Result<Written> {
        for dir in BUILD_DIRS {
            let Ok(entries) = std::fs::read_dir(self.site.join(dir)) else {
                continue;
            };
            for entry in entries {
                let entry = entry?;
                let file = entry.file_name().to_string_lossy().into_owned();
                let name = format!("{dir}/{file}");
                if !self.made.contains(&name) && made_by_a_build(dir, &file, &entry.path()) {
                    std::fs::remove_file(entry.path())?;
                    self.written.removed += 1;
                }
            }
        }
        Ok(self.written)
    }
}

/// Writes `files` into `site`: only those whose bytes differ, and removes
/// the chunks, buckets and article records of an earlier build that this
/// one no longer makes. Other files of `site` are left alone.
pub fn write_site(site: &Path, files: &BTreeMap<String, Vec<u8>>) -> std::io::Result<Written> {
    let mut w = SiteWriter::new(site);
    for (name, bytes) in files {
        w.write(name, bytes)?;
    }
    w.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bucket_counts_keep_the_site_under_twenty_thousand_files_at_any_size() {
        for n in [0, 1, 7, 100, 2_000, 100_000, 1_000_000, 10_000_000] {
            let buckets = lines_buckets(n) + cache_buckets(n) + crate::pages::bucket_count(n * 3);
            // What is left for the index chunks and the top-level files.
            assert!(buckets <= 20_000 - 6_000, "{n} articles: {buckets} buckets");
            assert!(lines_buckets(n).is_power_of_two() && cache_buckets(n).is_power_of_two());
        }
        // Small archives: a few articles per lines bucket, so a result's
        // line costs little to fetch.
        assert_eq!(lines_buckets(1_000), 512);
        assert!(100_000 / lines_buckets(100_000) <= 16);
    }

    /// A synthetic archive of 2,000 articles: far fewer files than
    /// articles, and a manifest (what the search page loads before its
    /// first query) that does not list the articles or entities.
    #[test]
    fn a_synthetic_archive_has_few_files_and_a_small_manifest() {
        let inputs = crate::synth::archive(2_000, 29);
        let built = build(&inputs, &[], None);
        assert!(built.skipped.is_empty());
        let files = built.files.len();
        assert!(files < 1_500, "{files} files");
        let count = |dir: &str| {
            built
                .files
                .keys()
                .filter(|k| k.starts_with(&format!("{dir}/")))
                .count()
        };
        assert!(count("lines") <= lines_buckets(2_000));
        assert!(count("cache") <= cache_buckets(2_000));
        let manifest = &built.files["manifest.json"];
        assert!(
            manifest.len() < 24_000,
            "manifest.json: {} bytes",
            manifest.len()
        );
        let text = String::from_utf8_lossy(manifest);
        assert!(!text.contains("synth-000001"), "no article is listed");
        // The full lists are there for other readers.
        let articles: Vec<serde_json::Value> =
            serde_json::from_slice(&built.files["articles.json"]).unwrap();
        assert_eq!(articles.len(), 2_000);
        // Every article's records are in the cache, once.
        let cached: usize = built
            .files
            .iter()
            .filter(|(k, _)| k.starts_with("cache/"))
            .map(|(_, v)| {
                serde_json::from_slice::<Vec<ArticleRecords>>(v)
                    .unwrap()
                    .len()
            })
            .sum();
        assert_eq!(cached, 2_000);
    }
}

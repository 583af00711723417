//! The archive build: articles in, the static site's files out.
//!
//! [`build`] is pure: inputs (and the records of a previous build, reused
//! for articles whose files did not change) to a map from file name to
//! bytes. [`build_dir`] reads a folder and writes a site, touching only the
//! files whose bytes changed and removing those no longer made, so a rebuild
//! after one article changed equals a full build byte for byte.
//!
//! The site: `manifest.json` (articles, entities, facets, the chunk list),
//! `identities.json` (merges, proposals, decisions, for review), `articles/ID.json` (an
//! article's records, also the next build's cache), `index/*.json` (the
//! search chunks, see [`crate::index`]) and `entities/*.json` (the entity
//! pages' data, see [`crate::pages`]). Every JSON file writes `<` as
//! `\u003c`, so none can close a `<script>` it is inlined into.

use std::collections::BTreeMap;
use std::path::Path;

use fact_explorer_core::load;
use fact_explorer_core::sort::sort_by;
use serde::Serialize;
use sha2::{Digest, Sha256};

use crate::identity::{parse_decisions, resolve, Identities};
use crate::index::build_chunks;
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

#[derive(Serialize)]
struct Manifest<'a> {
    format: &'static str,
    /// How many `entities/*.json` buckets the pages are in (see
    /// [`crate::pages::bucket_file`]).
    entity_buckets: usize,
    articles: Vec<ArticleEntry<'a>>,
    entities: Vec<EntityEntry<'a>>,
    facets: GlobalFacets,
    /// The chunk files, and the pieces of the chunks cut by term ranges
    /// (see [`crate::index::Directory::files_for`]).
    index: crate::index::Directory,
}

/// Builds the site of `inputs`, reusing `previous` records whose source
/// digest still matches, with the decisions file's text. Pure.
pub fn build(inputs: &[Input], previous: &[ArticleRecords], decisions: Option<&str>) -> Built {
    let cache: BTreeMap<&str, &ArticleRecords> =
        previous.iter().map(|r| (r.id.as_str(), r)).collect();
    let mut built = Built::default();
    let mut seen = std::collections::BTreeSet::new();
    for input in inputs {
        if !seen.insert(input.id.as_str()) {
            built.skipped.push(Skipped {
                name: input.id.clone(),
                problems: "another article has this id".into(),
            });
            continue;
        }
        let digest = source_digest(input);
        match cache.get(input.id.as_str()) {
            Some(r) if r.source == digest && valid_id(&input.id) => {
                built.articles.push((*r).clone());
                built.reused += 1;
            }
            _ => match article_step(input) {
                Ok(r) => {
                    built.articles.push(r);
                    built.made += 1;
                }
                Err(s) => built.skipped.push(s),
            },
        }
    }
    sort_by(&mut built.articles, |a, b| a.id.cmp(&b.id));
    let (decisions, problems) = parse_decisions(decisions.unwrap_or(""));
    let mut identities = resolve(&built.articles, &decisions);
    identities.file_problems = problems;

    let chunks = build_chunks(&built.articles, &identities.entities);
    let directory = crate::index::Directory::of(&chunks);
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
    let manifest = Manifest {
        format: FORMAT,
        entity_buckets: crate::pages::bucket_count(identities.entities.len()),
        articles: built
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
            .collect(),
        entities: identities
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
            .collect(),
        facets,
        index: directory,
    };
    let mut files = BTreeMap::new();
    files.insert("manifest.json".to_string(), to_json(&manifest));
    // The entities are in the manifest; this file is for reviewing.
    #[derive(Serialize)]
    struct Review<'a> {
        merges: &'a [crate::identity::Merge],
        proposals: &'a [crate::identity::Proposal],
        decisions: &'a [crate::identity::DecisionReport],
        file_problems: &'a [String],
    }
    files.insert(
        "identities.json".to_string(),
        to_json(&Review {
            merges: &identities.merges,
            proposals: &identities.proposals,
            decisions: &identities.decisions,
            file_problems: &identities.file_problems,
        }),
    );
    for a in &built.articles {
        files.insert(format!("articles/{}.json", a.id), to_json(a));
    }
    // Each chunk is dropped once written, to keep the peak down.
    for (name, chunk) in chunks {
        files.insert(name, to_json(&chunk));
    }
    for (name, pages) in crate::pages::entity_pages(&built.articles, &identities.entities) {
        files.insert(name, to_json(&pages));
    }
    built.files = files;
    built.identities = identities;
    built
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
/// listed.
pub fn scan(dir: &Path) -> std::io::Result<Scan> {
    let mut scan = Scan::default();
    let mut names = Vec::new();
    for entry in std::fs::read_dir(dir)? {
        let entry = entry?;
        let name = entry.file_name().to_string_lossy().into_owned();
        if let Some(id) = name.strip_suffix(".facts.json") {
            names.push(id.to_string());
        }
    }
    sort_by(&mut names, Ord::cmp);
    for id in names {
        let read = |ext: &str| std::fs::read(dir.join(format!("{id}{ext}")));
        let text_of = |bytes: Vec<u8>, file: String| {
            String::from_utf8(bytes).map_err(|e| Skipped {
                name: id.clone(),
                problems: format!(
                    "{file}: not UTF-8 text (invalid byte at offset {})",
                    e.utf8_error().valid_up_to()
                ),
            })
        };
        let json = match read(".facts.json") {
            Ok(b) if b.len() > load::MAX_BYTES => {
                scan.skipped.push(Skipped {
                    name: id.clone(),
                    problems: format!(
                        "the file is {} bytes, more than the {} bytes a fact set may have",
                        b.len(),
                        load::MAX_BYTES
                    ),
                });
                continue;
            }
            Ok(b) => match text_of(b, format!("{id}.facts.json")) {
                Ok(t) => t,
                Err(s) => {
                    scan.skipped.push(s);
                    continue;
                }
            },
            Err(e) => {
                scan.skipped.push(Skipped {
                    name: id.clone(),
                    problems: format!("{id}.facts.json: {e}"),
                });
                continue;
            }
        };
        let text = match read(".txt") {
            Ok(b) => match text_of(b, format!("{id}.txt")) {
                Ok(t) => Some(t),
                Err(s) => {
                    scan.skipped.push(s);
                    continue;
                }
            },
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
        scan.inputs.push(Input {
            id,
            json,
            text,
            url,
        });
    }
    match std::fs::read(dir.join(DECISIONS_FILE)) {
        Ok(b) => scan.decisions = Some(String::from_utf8_lossy(&b).into_owned()),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
        Err(e) => scan.skipped.push(Skipped {
            name: DECISIONS_FILE.into(),
            problems: e.to_string(),
        }),
    }
    Ok(scan)
}

/// The records a previous build left in `site/articles`.
pub fn previous_records(site: &Path) -> Vec<ArticleRecords> {
    let Ok(entries) = std::fs::read_dir(site.join("articles")) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for entry in entries.flatten() {
        let Ok(bytes) = std::fs::read(entry.path()) else {
            continue;
        };
        if let Ok(r) = serde_json::from_slice::<ArticleRecords>(&bytes) {
            out.push(r);
        }
    }
    sort_by(&mut out, |a, b| a.id.cmp(&b.id));
    out
}

/// How many files a write changed.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Written {
    pub written: usize,
    pub unchanged: usize,
    pub removed: usize,
}

/// Whether `path` (in `site/index`, `site/articles`, `site/entities` or
/// `site/a`) is a file a build made: a chunk or a bucket by its name, an
/// article's records by their content, an article page by its generator
/// marker. Only such files are ever removed, whatever folder SITE is.
fn made_by_a_build(dir: &str, name: &str, path: &Path) -> bool {
    match dir {
        "a" => {
            name.ends_with(".html")
                && std::fs::read(path).is_ok_and(|b| {
                    let head = &b[..b.len().min(1024)];
                    String::from_utf8_lossy(head).contains(PAGE_GENERATOR)
                })
        }
        "entities" => name
            .strip_suffix(".json")
            .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_hexdigit())),
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

/// Writes `files` into `site`: only those whose bytes differ, and removes
/// the chunks and article records of an earlier build that this one no
/// longer makes. Other files of `site` are left alone.
pub fn write_site(site: &Path, files: &BTreeMap<String, Vec<u8>>) -> std::io::Result<Written> {
    let mut w = Written::default();
    for dir in ["index", "articles", "entities", "a"] {
        std::fs::create_dir_all(site.join(dir))?;
        for entry in std::fs::read_dir(site.join(dir))? {
            let entry = entry?;
            let file = entry.file_name().to_string_lossy().into_owned();
            let name = format!("{dir}/{file}");
            if !files.contains_key(&name) && made_by_a_build(dir, &file, &entry.path()) {
                std::fs::remove_file(entry.path())?;
                w.removed += 1;
            }
        }
    }
    for (name, bytes) in files {
        let path = site.join(name);
        if std::fs::read(&path).is_ok_and(|old| old == *bytes) {
            w.unchanged += 1;
            continue;
        }
        std::fs::write(&path, bytes)?;
        w.written += 1;
    }
    Ok(w)
}

//! Loading and validating fact sets.
//!
//! [`load`] reads the JSON with [`crate::codec`] (which knows the JSON path
//! and line of any shape or syntax error) and then checks what JSON cannot
//! express: references, ids, names, spans and evidence.
//! Every failure is a [`LoadError`] listing [`Problem`]s, each with the place in
//! the data and a plain-words message. Nothing here panics on any input.

use std::collections::HashSet;
use std::fmt;

use crate::model::{FactSet, Object, Span, SCHEMA};

/// The largest fact-set file the loader reads (64 MiB).
pub const MAX_BYTES: usize = 64 * 1024 * 1024;

/// At most this many problems are reported; the rest are counted.
pub const MAX_PROBLEMS: usize = 50;

/// What is wrong with one place in a fact set.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ProblemKind {
    /// The file is larger than [`MAX_BYTES`].
    TooLarge { bytes: usize },
    /// The text is not JSON; `line` and `column` count from 1.
    Syntax {
        line: usize,
        column: usize,
        detail: String,
    },
    /// The JSON has the wrong shape (a missing field, a string where a list goes…).
    Shape {
        line: usize,
        column: usize,
        detail: String,
    },
    /// The `schema` marker is missing or names another format.
    UnsupportedSchema { found: String },
    /// There is no article text, neither in the file nor supplied with it.
    MissingText,
    /// Two items share an id.
    DuplicateId { id: String },
    /// An id, name or relation is empty or only white space.
    Empty { what: &'static str },
    /// A reference to an entity that does not exist.
    UnknownEntity { id: String },
    /// A span ends before it starts.
    SpanReversed { start: usize, end: usize },
    /// A span runs past the end of the article.
    SpanOutOfRange { end: usize, len: usize },
    /// A span offset falls inside a multi-byte character.
    SpanNotOnCharBoundary { offset: usize },
    /// The span's text differs from the article's text at its offsets.
    SpanTextMismatch { expected: String, found: String },
    /// A fact, quote or event has no evidence span.
    MissingEvidence,
    /// The fact set could not be fetched at all (network error, HTTP status).
    Unavailable { detail: String },
}

/// One problem and where it is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    /// Where in the data, as a JSON path (`$.facts[3].evidence[0]`).
    pub path: String,
    /// What is wrong.
    pub kind: ProblemKind,
}

/// Why a fact set could not be loaded: one or more problems.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LoadError {
    /// The first [`MAX_PROBLEMS`] problems found.
    pub problems: Vec<Problem>,
    /// How many more were found and not listed.
    pub more: usize,
}

impl fmt::Display for ProblemKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ProblemKind::TooLarge { bytes } => write!(
                f,
                "the file is {bytes} bytes, more than the {MAX_BYTES} bytes a fact set may have"
            ),
            ProblemKind::Syntax {
                line,
                column,
                detail,
            } => {
                write!(
                    f,
                    "this is not valid JSON at line {line}, column {column}: {detail}"
                )
            }
            ProblemKind::Shape {
                line,
                column,
                detail,
            } => {
                write!(f, "wrong shape at line {line}, column {column}: {detail}")
            }
            ProblemKind::UnsupportedSchema { found } => {
                write!(
                    f,
                    "the schema is {found:?}, but this explorer reads {SCHEMA:?}"
                )
            }
            ProblemKind::MissingText => write!(f, "the article has no text"),
            ProblemKind::DuplicateId { id } => write!(f, "the id {id:?} is used more than once"),
            ProblemKind::Empty { what } => write!(f, "the {what} is empty"),
            ProblemKind::UnknownEntity { id } => write!(f, "no entity has the id {id:?}"),
            ProblemKind::SpanReversed { start, end } => {
                write!(
                    f,
                    "the span ends (byte {end}) before it starts (byte {start})"
                )
            }
            ProblemKind::SpanOutOfRange { end, len } => write!(
                f,
                "the span ends at byte {end}, past the end of the {len}-byte article"
            ),
            ProblemKind::SpanNotOnCharBoundary { offset } => write!(
                f,
                "byte {offset} falls inside a character; offsets are UTF-8 bytes"
            ),
            ProblemKind::SpanTextMismatch { expected, found } => write!(
                f,
                "the span says {expected:?} but the article has {found:?} there"
            ),
            ProblemKind::MissingEvidence => {
                write!(f, "there is no evidence span pointing into the article")
            }
            ProblemKind::Unavailable { detail } => {
                write!(f, "the fact set could not be fetched: {detail}")
            }
        }
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path, self.kind)
    }
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, p) in self.problems.iter().enumerate() {
            if i > 0 {
                writeln!(f)?;
            }
            write!(f, "{p}")?;
        }
        if self.more > 0 {
            write!(f, "\n…and {} more problems", self.more)?;
        }
        Ok(())
    }
}

impl std::error::Error for LoadError {}

impl LoadError {
    /// An error with a single problem at `path`.
    pub fn one(path: &str, kind: ProblemKind) -> LoadError {
        LoadError {
            problems: vec![Problem {
                path: path.to_string(),
                kind,
            }],
            more: 0,
        }
    }
}

/// The bundled article's text.
pub const BUNDLED_TEXT: &str = include_str!("data/article.txt");
/// The bundled article's fact set (its text comes from [`BUNDLED_TEXT`]).
pub const BUNDLED_FACTS: &str = include_str!("data/article.facts.json");

/// Loads the fact set bundled with the app.
pub fn load_bundled() -> Result<FactSet, LoadError> {
    load(BUNDLED_FACTS, Some(BUNDLED_TEXT))
}

/// Parses and validates a fact set.
///
/// `default_text` is used as the article text when the file carries none.
pub fn load(json: &str, default_text: Option<&str>) -> Result<FactSet, LoadError> {
    if json.len() > MAX_BYTES {
        return Err(LoadError::one(
            "$",
            ProblemKind::TooLarge { bytes: json.len() },
        ));
    }
    let mut set = parse(json)?;
    if set.article.text.is_empty() {
        if let Some(text) = default_text {
            set.article.text = text.to_string();
        }
    }
    validate(&set)?;
    set.article.sentences = crate::text::sentences(&set.article.text);
    set.index_entities();
    Ok(set)
}

fn parse(json: &str) -> Result<FactSet, LoadError> {
    crate::codec::read_fact_set(json).map_err(|err| {
        let (line, column) = crate::json::line_column(json, err.at);
        let detail = err.detail;
        let kind = if err.syntax {
            ProblemKind::Syntax {
                line,
                column,
                detail,
            }
        } else {
            ProblemKind::Shape {
                line,
                column,
                detail,
            }
        };
        LoadError::one(&err.path, kind)
    })
}

/// Collects problems while walking a fact set.
struct Checker<'a> {
    text: &'a str,
    entity_ids: HashSet<&'a str>,
    problems: Vec<Problem>,
    more: usize,
}

impl<'a> Checker<'a> {
    fn report(&mut self, path: String, kind: ProblemKind) {
        if self.problems.len() < MAX_PROBLEMS {
            self.problems.push(Problem { path, kind });
        } else {
            self.more += 1;
        }
    }

    fn non_empty(&mut self, path: impl FnOnce() -> String, value: &str, what: &'static str) {
        if value.trim().is_empty() {
            self.report(path(), ProblemKind::Empty { what });
        }
    }

    fn entity_ref(&mut self, path: impl FnOnce() -> String, id: &str) {
        if !self.entity_ids.contains(id) {
            self.report(path(), ProblemKind::UnknownEntity { id: id.to_string() });
        }
    }

    fn span(&mut self, path: String, span: &Span) {
        let len = self.text.len();
        let kind = if span.end < span.start {
            Some(ProblemKind::SpanReversed {
                start: span.start,
                end: span.end,
            })
        } else if span.end > len {
            Some(ProblemKind::SpanOutOfRange { end: span.end, len })
        } else if !self.text.is_char_boundary(span.start) {
            Some(ProblemKind::SpanNotOnCharBoundary { offset: span.start })
        } else if !self.text.is_char_boundary(span.end) {
            Some(ProblemKind::SpanNotOnCharBoundary { offset: span.end })
        } else if self.text[span.range()] != span.text {
            Some(ProblemKind::SpanTextMismatch {
                expected: clip(&span.text),
                found: clip(&self.text[span.range()]),
            })
        } else if span.text.trim().is_empty() {
            Some(ProblemKind::Empty { what: "span" })
        } else {
            None
        };
        if let Some(kind) = kind {
            self.report(path, kind);
        }
    }

    fn evidence(&mut self, path: &str, spans: &[Span]) {
        if spans.is_empty() {
            self.report(format!("{path}.evidence"), ProblemKind::MissingEvidence);
        }
        for (i, s) in spans.iter().enumerate() {
            self.span(format!("{path}.evidence[{i}]"), s);
        }
    }
}

/// Shortens text quoted in an error message.
fn clip(s: &str) -> String {
    const MAX: usize = 60;
    match s.char_indices().nth(MAX) {
        Some((i, _)) => format!("{}…", &s[..i]),
        None => s.to_string(),
    }
}

fn unique_ids<'a, T: 'a>(
    checker: &mut Checker<'_>,
    list: &'a [T],
    name: &str,
    id: impl Fn(&'a T) -> &'a str,
) {
    let mut seen = HashSet::new();
    for (i, item) in list.iter().enumerate() {
        let value = id(item);
        checker.non_empty(|| format!("$.{name}[{i}].id"), value, "id");
        if !seen.insert(value) {
            checker.report(
                format!("$.{name}[{i}].id"),
                ProblemKind::DuplicateId {
                    id: value.to_string(),
                },
            );
        }
    }
}

/// Checks everything the JSON reader cannot. `set.article.text` must already be filled in.
pub fn validate(set: &FactSet) -> Result<(), LoadError> {
    if set.schema != SCHEMA {
        return Err(LoadError::one(
            "$.schema",
            ProblemKind::UnsupportedSchema {
                found: set.schema.clone(),
            },
        ));
    }
    let text = set.article.text.as_str();
    if text.trim().is_empty() {
        return Err(LoadError::one("$.article.text", ProblemKind::MissingText));
    }
    let mut c = Checker {
        text,
        entity_ids: set.entities.iter().map(|e| e.id.as_str()).collect(),
        problems: Vec::new(),
        more: 0,
    };

    let a = &set.article;
    c.non_empty(|| "$.article.title".into(), &a.title, "title");
    for (name, span) in a.named_spans() {
        if let Some(s) = span {
            c.span(format!("$.article.{name}"), s);
        }
    }
    for (i, s) in a.headings.iter().enumerate() {
        c.span(format!("$.article.headings[{i}]"), s);
    }

    unique_ids(&mut c, &set.entities, "entities", |e| &e.id);
    unique_ids(&mut c, &set.facts, "facts", |f| &f.id);
    unique_ids(&mut c, &set.quotes, "quotes", |q| &q.id);
    unique_ids(&mut c, &set.events, "events", |e| &e.id);

    for (i, e) in set.entities.iter().enumerate() {
        c.non_empty(|| format!("$.entities[{i}].name"), &e.name, "name");
        for (j, alias) in e.aliases.iter().enumerate() {
            c.non_empty(|| format!("$.entities[{i}].aliases[{j}]"), alias, "alias");
        }
        for (j, m) in e.mentions.iter().enumerate() {
            c.span(format!("$.entities[{i}].mentions[{j}]"), m);
        }
    }

    for (i, f) in set.facts.iter().enumerate() {
        let at = format!("$.facts[{i}]");
        c.entity_ref(|| format!("{at}.subject"), &f.subject);
        c.non_empty(|| format!("{at}.relation"), &f.relation, "relation");
        match &f.object {
            Object::Entity(id) => c.entity_ref(|| format!("{at}.object.entity"), id),
            Object::Literal(words) => {
                c.non_empty(|| format!("{at}.object.literal"), words, "literal object")
            }
        }
        let q = &f.qualifiers;
        for (name, id) in [
            ("when", &q.when),
            ("where", &q.place),
            ("amount", &q.amount),
            ("attributed_to", &q.attributed_to),
        ] {
            if let Some(id) = id {
                c.entity_ref(|| format!("{at}.qualifiers.{name}"), id);
            }
        }
        c.evidence(&at, &f.evidence);
    }

    for (i, q) in set.quotes.iter().enumerate() {
        let at = format!("$.quotes[{i}]");
        c.entity_ref(|| format!("{at}.speaker"), &q.speaker);
        if let Some(id) = &q.reported_by {
            c.entity_ref(|| format!("{at}.reported_by"), id);
        }
        c.span(format!("{at}.words"), &q.words);
        c.evidence(&at, &q.evidence);
    }

    for (i, e) in set.events.iter().enumerate() {
        let at = format!("$.events[{i}]");
        c.non_empty(|| format!("{at}.title"), &e.title, "title");
        for (j, id) in e.who.iter().enumerate() {
            c.entity_ref(|| format!("{at}.who[{j}]"), id);
        }
        if let Some(id) = &e.place {
            c.entity_ref(|| format!("{at}.where"), id);
        }
        c.evidence(&at, &e.evidence);
    }

    if c.problems.is_empty() {
        Ok(())
    } else {
        Err(LoadError {
            problems: c.problems,
            more: c.more,
        })
    }
}

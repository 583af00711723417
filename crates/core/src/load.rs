//! Loading and validating fact sets.
//!
//! [`load`] reads the JSON with serde into the model types, with
//! `serde_path_to_error` for the JSON path and serde_json for the line and
//! column of any shape or syntax error, and then checks what JSON cannot
//! express: references, ids, names, spans and evidence.
//! Every failure is a [`LoadError`] listing [`Problem`]s, each with the place in
//! the data and a plain-words message. Nothing here panics on any input.

use std::collections::HashSet;
use std::fmt;

use crate::model::{schema_version, FactSet, Object, Span, SCHEMAS};

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
    /// The JSON has the wrong shape (a missing field, a string where a list
    /// goes…); `line` and `column` are 0 when the data came as a value, not text.
    Shape {
        line: usize,
        column: usize,
        detail: String,
    },
    /// The `schema` marker is missing or names another format.
    UnsupportedSchema { found: String },
    /// A value the file's schema version does not have yet.
    NeedsNewerSchema { value: String, since: &'static str },
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
    /// A span's words could not be placed in the article (`check --fix`).
    Unanchored { detail: String },
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
            } => match line {
                0 => write!(f, "wrong shape: {detail}"),
                _ => write!(f, "wrong shape at line {line}, column {column}: {detail}"),
            },
            ProblemKind::UnsupportedSchema { found } => {
                write!(
                    f,
                    "the schema is {found:?}, but this explorer reads {}",
                    SCHEMAS.map(|m| format!("{m:?}")).join(", ")
                )
            }
            ProblemKind::NeedsNewerSchema { value, since } => {
                write!(
                    f,
                    "{value:?} is new in {since:?}; change the file's schema to {since:?}"
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
            ProblemKind::Unanchored { detail } => {
                write!(f, "the span cannot be placed: {detail}")
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
    let set = parse(json)?;
    finish(set, default_text)
}

/// Validates a fact set already parsed as a JSON value (the host page's
/// `el.data = {...}`): the same checks and problems as [`load`], with JSON
/// paths but no line and column, as there is no text to count in. (It goes
/// through the same text reader as [`load`]: one copy of the deserializer
/// in the wasm, not one per input type.)
pub fn load_value(value: serde_json::Value) -> Result<FactSet, LoadError> {
    load(&value.to_string(), None).map_err(|mut err| {
        for p in &mut err.problems {
            if let ProblemKind::Shape { line, column, .. } = &mut p.kind {
                (*line, *column) = (0, 0);
            }
        }
        err
    })
}

/// A fact set made in code (not read from JSON), checked as [`load`] checks
/// one and completed with what the loader computes (sentences, weekdays,
/// the entity index).
pub fn prepare(set: FactSet) -> Result<FactSet, LoadError> {
    finish(set, None)
}

/// Fills in the text and what the loader computes, after validating.
fn finish(mut set: FactSet, default_text: Option<&str>) -> Result<FactSet, LoadError> {
    if set.article.text.is_empty() {
        if let Some(text) = default_text {
            set.article.text = text.to_string();
        }
    }
    validate(&set)?;
    set.article.sentences = crate::text::sentences(&set.article.text);
    for event in &mut set.events {
        if let (Some(date), crate::model::Day::During) = (event.date, event.day) {
            event.day = date.weekday();
        }
    }
    set.index_entities();
    Ok(set)
}

/// Reads the JSON into the model without validating it (its shape only):
/// serde does the work, and this turns its error into a [`Problem`] with a
/// `$.`-path, a line and column, and plain words. [`load`] validates too.
pub fn parse(json: &str) -> Result<FactSet, LoadError> {
    let mut de = serde_json::Deserializer::from_str(json);
    match serde_path_to_error::deserialize::<_, FactSet>(&mut de) {
        Ok(set) => match de.end() {
            Ok(()) => Ok(set),
            Err(err) => Err(json_problem(json, "$".into(), &err)),
        },
        Err(err) => {
            let path = json_path(err.path());
            Err(json_problem(json, path, err.inner()))
        }
    }
}

/// A serde path as the loader writes paths: `$.facts[3].evidence[0]`.
fn json_path(path: &serde_path_to_error::Path) -> String {
    use serde_path_to_error::Segment;
    let mut out = String::from("$");
    for segment in path.iter() {
        match segment {
            Segment::Seq { index } => out.push_str(&format!("[{index}]")),
            Segment::Map { key } => {
                out.push('.');
                out.push_str(key);
            }
            Segment::Enum { variant } => {
                out.push('.');
                out.push_str(variant);
            }
            // Where serde has not read the key yet (a syntax error between
            // members): the enclosing value is the place.
            Segment::Unknown => {}
        }
    }
    out
}

/// One JSON problem from serde_json's error: syntax or shape, with the line
/// and column of the offending value (not of the byte after it, where
/// serde_json stops) and serde's message in plain words.
fn json_problem(json: &str, mut path: String, err: &serde_json::Error) -> LoadError {
    let message = err.to_string();
    // serde_json appends " at line L column C"; we say where ourselves.
    let message = match message.rfind(" at line ") {
        Some(i) => &message[..i],
        None => message.as_str(),
    };
    // serde reports a repeated key at its object; the key is the place.
    if let Some(key) = between(message, "duplicate field `", "`") {
        path.push('.');
        path.push_str(key);
    }
    let detail = plain_words(message);
    let line = err.line().max(1);
    let kind = if err.is_data() {
        let (line, column) = value_start(json, line, err.column());
        ProblemKind::Shape {
            line,
            column,
            detail,
        }
    } else {
        ProblemKind::Syntax {
            line,
            column: err.column().max(1),
            detail,
        }
    };
    LoadError::one(&path, kind)
}

/// The text between `prefix` and the next `suffix` when `s` starts with `prefix`.
fn between<'a>(s: &'a str, prefix: &str, suffix: &str) -> Option<&'a str> {
    let rest = s.strip_prefix(prefix)?;
    Some(&rest[..rest.find(suffix)?])
}

/// serde's messages in the words this explorer uses ("expected a list, found
/// an object" rather than "invalid type: map, expected a sequence").
fn plain_words(message: &str) -> String {
    if let Some(key) = between(message, "missing field `", "`") {
        return format!("the key `{key}` is missing");
    }
    if let Some(key) = between(message, "duplicate field `", "`") {
        return format!("the key `{key}` appears twice");
    }
    if let Some(key) = between(message, "unknown field `", "`") {
        let expected = message.split_once(", expected ").map_or("", |(_, e)| e);
        return format!("unknown key `{key}`, expected {expected}");
    }
    if let Some(value) = between(message, "unknown variant `", "`") {
        let expected = message
            .split_once(", expected ")
            .map_or("", |(_, e)| e)
            .trim_start_matches("one of ")
            .replace('`', "")
            .replace(" or ", ", ");
        return format!("unknown value {value:?}, expected one of {expected}");
    }
    let mismatch = message
        .strip_prefix("invalid type: ")
        .or_else(|| message.strip_prefix("invalid value: "))
        .and_then(|rest| rest.split_once(", expected "));
    if let Some((found, expected)) = mismatch {
        return format!(
            "expected {}, found {}",
            type_words(expected),
            type_words(found)
        );
    }
    match message {
        "expected `,` or `}`" => "expected `,` or `}` after the value".into(),
        "expected `,` or `]`" => "expected `,` or `]` after the value".into(),
        "EOF while parsing a value"
        | "EOF while parsing an object"
        | "EOF while parsing a list"
        | "EOF while parsing a string" => "the text ends before the JSON does".into(),
        "trailing characters" => "there is more text after the JSON value".into(),
        "recursion limit exceeded" => "the JSON is nested too deeply".into(),
        _ => message.to_string(),
    }
}

/// A serde type description ("map", "a sequence", "integer `5`", "struct
/// Span") in JSON's words.
fn type_words(serde: &str) -> String {
    let word = serde
        .split([' ', '`'])
        .find(|w| !w.is_empty() && *w != "a" && *w != "an");
    match word.unwrap_or("") {
        "map" | "struct" | "object" => "an object".into(),
        "sequence" | "tuple" | "list" => "a list".into(),
        "string" | "char" => "a string".into(),
        "boolean" => "true or false".into(),
        "null" | "unit" => "null".into(),
        "integer" | "floating" => "a number".into(),
        "usize" | "u64" | "u32" | "u16" | "u8" => "a whole number of at least 0".into(),
        _ => serde.to_string(),
    }
}

/// The 1-based line and byte column where the value that ends at serde_json's
/// position (line, column) starts: the opening quote of a string, the first
/// digit of a number, or the `{`/`[` serde_json peeked at.
fn value_start(json: &str, line: usize, column: usize) -> (usize, usize) {
    let bytes = json.as_bytes();
    let line_start = match line {
        0 | 1 => 0,
        _ => bytes
            .iter()
            .enumerate()
            .filter(|(_, &b)| b == b'\n')
            .nth(line - 2)
            .map_or(bytes.len(), |(i, _)| i + 1),
    };
    let end = (line_start + column).min(bytes.len());
    let token = |b: u8| b.is_ascii_alphanumeric() || b"+-.".contains(&b);
    let start = match end.checked_sub(1).map(|i| bytes[i]) {
        Some(b'"') if end >= 2 => {
            // Back to the opening quote: one not preceded by an odd number of
            // backslashes.
            let mut i = end - 2;
            loop {
                if bytes[i] == b'"' {
                    let slashes = bytes[..i].iter().rev().take_while(|&&b| b == b'\\').count();
                    if slashes % 2 == 0 || i == 0 {
                        break i;
                    }
                }
                if i == 0 {
                    break end - 1;
                }
                i -= 1;
            }
        }
        Some(b) if token(b) => {
            let mut i = end - 1;
            while i > 0 && token(bytes[i - 1]) {
                i -= 1;
            }
            i
        }
        // serde_json peeked at the value and stopped before it.
        _ => {
            end + bytes[end..]
                .iter()
                .take_while(|b| b.is_ascii_whitespace())
                .count()
        }
    };
    let start = start.min(bytes.len());
    let before = &bytes[..start];
    let line = before.iter().filter(|&&b| b == b'\n').count() + 1;
    let line_start = before
        .iter()
        .rposition(|&b| b == b'\n')
        .map_or(0, |i| i + 1);
    (line, start - line_start + 1)
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

    /// A value (a status or a kind, spelt `slug`, new in `since`) the
    /// file's schema version has.
    fn since(
        &mut self,
        set: &FactSet,
        path: impl FnOnce() -> String,
        slug: &str,
        since: &'static str,
    ) {
        if schema_version(&set.schema) < schema_version(since) {
            self.report(
                path(),
                ProblemKind::NeedsNewerSchema {
                    value: slug.to_string(),
                    since,
                },
            );
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
    if schema_version(&set.schema).is_none() {
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
        c.since(
            set,
            || format!("$.entities[{i}].kind"),
            e.kind.slug(),
            e.kind.since(),
        );
        for (j, alias) in e.aliases.iter().enumerate() {
            c.non_empty(|| format!("$.entities[{i}].aliases[{j}]"), alias, "alias");
        }
        for (j, m) in e.mentions.iter().enumerate() {
            c.span(format!("$.entities[{i}].mentions[{j}]"), m);
        }
    }

    for (i, f) in set.facts.iter().enumerate() {
        let at = format!("$.facts[{i}]");
        c.since(
            set,
            || format!("{at}.status"),
            f.status.slug(),
            f.status.since(),
        );
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
        if let Some(id) = &q.speaker {
            c.entity_ref(|| format!("{at}.speaker"), id);
        }
        if let Some(id) = &q.reported_by {
            c.entity_ref(|| format!("{at}.reported_by"), id);
        }
        c.span(format!("{at}.words"), &q.words);
        for (j, part) in q.continued.iter().enumerate() {
            c.span(format!("{at}.continued[{j}]"), part);
        }
        c.evidence(&at, &q.evidence);
    }

    for (i, e) in set.events.iter().enumerate() {
        let at = format!("$.events[{i}]");
        c.since(
            set,
            || format!("{at}.status"),
            e.status.slug(),
            e.status.since(),
        );
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

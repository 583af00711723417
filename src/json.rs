//! A small JSON reader and writer for the fact-set format.
//!
//! serde_json with derived `Deserialize`/`Serialize` cost about 21 KB of the
//! brotli-compressed wasm (a tenth of the bundle; measured by building without
//! it), because serde monomorphises its parser for every field of every type.
//! The fact set has one fixed shape, so the loader pulls values straight out of
//! the text with [`Reader`], one non-generic parser, and the exporter writes
//! with [`Writer`]. The reader knows where it is: every error carries the
//! JSON path (`$.facts[3].status`) and the byte offset, from which
//! [`line_column`] gives the line and column.
//!
//! What it accepts is RFC 8259 JSON: no comments, no trailing commas, no byte
//! order mark, strings with valid escapes (surrogate pairs joined, lone
//! surrogates rejected) and no raw control characters. Nesting deeper than
//! [`MAX_DEPTH`] is an error, not a stack overflow.

use std::borrow::Cow;
use std::fmt::Write as _;

/// How deeply arrays and objects may nest (serde_json's limit too).
pub const MAX_DEPTH: usize = 128;

/// Why a text could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Error {
    /// True when the text is not JSON at all; false when it is JSON of the wrong shape.
    pub syntax: bool,
    /// Byte offset of the offending place.
    pub at: usize,
    /// Where in the document, as a JSON path.
    pub path: String,
    /// What is wrong, in plain words.
    pub detail: String,
}

/// A result of reading.
pub type Result<T> = std::result::Result<T, Error>;

/// The 1-based line and column (in bytes, as serde_json and most editors'
/// "column" for ASCII) of byte `at` in `text`.
pub fn line_column(text: &str, at: usize) -> (usize, usize) {
    let before = &text.as_bytes()[..at.min(text.len())];
    let line = before.iter().filter(|&&b| b == b'\n').count() + 1;
    let line_start = before
        .iter()
        .rposition(|&b| b == b'\n')
        .map_or(0, |i| i + 1);
    (line, before.len() - line_start + 1)
}

/// One step of the path to the value being read.
enum Step {
    /// An object member; the key's bytes in the source (as written, escapes and all).
    Key(usize, usize),
    /// An array element.
    Index(usize),
}

/// A pull parser over one JSON text.
pub struct Reader<'a> {
    text: &'a str,
    pos: usize,
    path: Vec<Step>,
}

/// What a JSON value is, by its first byte, for "expected X, found Y"
/// messages, and whether that is JSON at all (if not, the error is one of syntax).
fn found(byte: Option<u8>) -> (&'static str, bool) {
    match byte {
        Some(b'{') => ("an object", true),
        Some(b'[') => ("a list", true),
        Some(b'"') => ("a string", true),
        Some(b't' | b'f') => ("true or false", true),
        Some(b'n') => ("null", true),
        Some(b'-' | b'0'..=b'9') => ("a number", true),
        None => ("the end of the text", false),
        Some(_) => ("something that is not JSON", false),
    }
}

impl<'a> Reader<'a> {
    /// A reader at the start of `text`.
    pub fn new(text: &'a str) -> Reader<'a> {
        Reader {
            text,
            pos: 0,
            path: Vec::new(),
        }
    }

    fn bytes(&self) -> &'a [u8] {
        self.text.as_bytes()
    }

    /// The current path, `$` then `.key` and `[index]` steps.
    pub fn path(&self) -> String {
        let mut out = String::from("$");
        for step in &self.path {
            match *step {
                Step::Key(s, e) => {
                    out.push('.');
                    out.push_str(&self.text[s..e]);
                }
                Step::Index(i) => {
                    let _ = write!(out, "[{i}]");
                }
            }
        }
        out
    }

    fn error(&self, syntax: bool, at: usize, detail: String) -> Error {
        Error {
            syntax,
            at,
            path: self.path(),
            detail,
        }
    }

    /// A syntax error at the current position.
    fn syntax(&self, detail: &str) -> Error {
        self.error(true, self.pos, detail.to_string())
    }

    /// A shape error (valid JSON, wrong content) at byte `at`.
    pub fn shape(&self, at: usize, detail: String) -> Error {
        self.error(false, at, detail)
    }

    /// Skips white space and returns the next byte without taking it.
    fn peek(&mut self) -> Option<u8> {
        while let Some(b' ' | b'\t' | b'\n' | b'\r') = self.bytes().get(self.pos) {
            self.pos += 1;
        }
        self.bytes().get(self.pos).copied()
    }

    /// Where the next value starts (after white space).
    pub fn here(&mut self) -> usize {
        self.peek();
        self.pos
    }

    /// An "expected X, found Y" error at the next value: a syntax error when
    /// what is there is not JSON, a shape error otherwise.
    fn expected(&mut self, what: &str) -> Error {
        let (f, is_json) = found(self.peek());
        self.error(!is_json, self.pos, format!("expected {what}, found {f}"))
    }

    /// Takes `byte` if it is next.
    fn eat(&mut self, byte: u8) -> bool {
        if self.peek() == Some(byte) {
            self.pos += 1;
            true
        } else {
            false
        }
    }

    /// Checks that only white space is left.
    pub fn end(&mut self) -> Result<()> {
        match self.peek() {
            None => Ok(()),
            Some(_) => Err(self.syntax("unexpected text after the end of the JSON value")),
        }
    }

    fn enter(&mut self) -> Result<()> {
        if self.path.len() >= MAX_DEPTH {
            return Err(self.syntax("nested too deeply"));
        }
        Ok(())
    }

    /// Reads an object, calling `member` with each key; `member` must read (or
    /// [`skip`](Reader::skip)) the value. Keys are passed decoded.
    pub fn object(&mut self, member: &mut dyn FnMut(&mut Self, &str) -> Result<()>) -> Result<()> {
        self.enter()?;
        if !self.eat(b'{') {
            return Err(self.expected("an object"));
        }
        if self.eat(b'}') {
            return Ok(());
        }
        loop {
            if self.peek() != Some(b'"') {
                return Err(self.syntax("expected a key in double quotes"));
            }
            let key_start = self.pos + 1;
            let key = self.raw_string()?;
            let key_end = self.pos - 1;
            if !self.eat(b':') {
                return Err(self.syntax("expected `:` after the key"));
            }
            self.path.push(Step::Key(key_start, key_end));
            member(self, &key)?;
            self.path.pop();
            if self.eat(b',') {
                continue;
            }
            if self.eat(b'}') {
                return Ok(());
            }
            return Err(self.syntax("expected `,` or `}` after the value"));
        }
    }

    /// Reads an array, calling `item` for each element; `item` must read it.
    pub fn array(&mut self, item: &mut dyn FnMut(&mut Self) -> Result<()>) -> Result<()> {
        self.enter()?;
        if !self.eat(b'[') {
            return Err(self.expected("a list"));
        }
        if self.eat(b']') {
            return Ok(());
        }
        self.path.push(Step::Index(0));
        loop {
            item(self)?;
            if self.eat(b',') {
                if let Some(Step::Index(i)) = self.path.last_mut() {
                    *i += 1;
                }
                continue;
            }
            if self.eat(b']') {
                self.path.pop();
                return Ok(());
            }
            return Err(self.syntax("expected `,` or `]` after the value"));
        }
    }

    /// Reads a list whose elements `read` turns into values.
    pub fn list<T>(&mut self, read: impl Fn(&mut Self) -> Result<T>) -> Result<Vec<T>> {
        let mut out = Vec::new();
        self.array(&mut |r| {
            out.push(read(r)?);
            Ok(())
        })?;
        Ok(out)
    }

    /// Reads a string.
    pub fn string(&mut self) -> Result<String> {
        if self.peek() != Some(b'"') {
            return Err(self.expected("a string"));
        }
        Ok(self.raw_string()?.into_owned())
    }

    /// Reads `null` as `None`, anything else with `read`.
    pub fn optional<T>(&mut self, read: impl FnOnce(&mut Self) -> Result<T>) -> Result<Option<T>> {
        if self.peek() == Some(b'n') {
            self.literal("null")?;
            return Ok(None);
        }
        read(self).map(Some)
    }

    /// Reads a non-negative whole number that fits a `usize`.
    pub fn usize(&mut self) -> Result<usize> {
        let start = self.here();
        if !matches!(self.peek(), Some(b'-' | b'0'..=b'9')) {
            return Err(self.expected("a whole number"));
        }
        let number = self.number()?;
        number.parse::<usize>().map_err(|_| {
            self.shape(
                start,
                format!("expected a whole number of 0 or more, found {number}"),
            )
        })
    }

    /// Reads a string that must be one of `names`, returning its position in `names`.
    pub fn one_of(&mut self, names: &[&str]) -> Result<usize> {
        let at = self.here();
        let value = self.string()?;
        names.iter().position(|n| *n == value).ok_or_else(|| {
            self.shape(
                at,
                format!(
                    "unknown value {value:?}, expected one of {}",
                    names.join(", ")
                ),
            )
        })
    }

    /// Skips any one value.
    pub fn skip(&mut self) -> Result<()> {
        match self.peek() {
            Some(b'{') => self.object(&mut |r, _| r.skip()),
            Some(b'[') => self.array(&mut |r| r.skip()),
            Some(b'"') => self.raw_string().map(drop),
            Some(b't') => self.literal("true"),
            Some(b'f') => self.literal("false"),
            Some(b'n') => self.literal("null"),
            Some(b'-' | b'0'..=b'9') => self.number().map(drop),
            _ => Err(self.syntax("expected a JSON value")),
        }
    }

    /// Sets `slot` from `read`, refusing a key given twice.
    pub fn field<T>(
        &mut self,
        slot: &mut Option<T>,
        key: &str,
        read: impl FnOnce(&mut Self) -> Result<T>,
    ) -> Result<()> {
        if slot.is_some() {
            let at = self.here();
            return Err(self.shape(at, format!("the key `{key}` appears twice")));
        }
        *slot = Some(read(self)?);
        Ok(())
    }

    /// The value of a required key, or a "missing" error at the object (`at`).
    pub fn required<T>(&self, slot: Option<T>, key: &str, at: usize) -> Result<T> {
        slot.ok_or_else(|| self.shape(at, format!("the key `{key}` is missing")))
    }

    fn literal(&mut self, word: &str) -> Result<()> {
        if self.text[self.pos..].starts_with(word) {
            self.pos += word.len();
            Ok(())
        } else {
            Err(self.syntax("expected a JSON value"))
        }
    }

    /// Reads a number's text (JSON grammar), returning it undecoded.
    fn number(&mut self) -> Result<&'a str> {
        let b = self.bytes();
        let start = self.pos;
        let mut i = start;
        let digits = |i: &mut usize| {
            let from = *i;
            while b.get(*i).is_some_and(u8::is_ascii_digit) {
                *i += 1;
            }
            *i > from
        };
        if b.get(i) == Some(&b'-') {
            i += 1;
        }
        let int_start = i;
        if !digits(&mut i) || (b[int_start] == b'0' && i - int_start > 1) {
            self.pos = i;
            return Err(self.syntax("invalid number"));
        }
        if b.get(i) == Some(&b'.') {
            i += 1;
            if !digits(&mut i) {
                self.pos = i;
                return Err(self.syntax("invalid number"));
            }
        }
        if matches!(b.get(i), Some(b'e' | b'E')) {
            i += 1;
            if matches!(b.get(i), Some(b'+' | b'-')) {
                i += 1;
            }
            if !digits(&mut i) {
                self.pos = i;
                return Err(self.syntax("invalid number"));
            }
        }
        self.pos = i;
        Ok(&self.text[start..i])
    }

    /// Reads a string at `"`, borrowing it when it has no escapes.
    fn raw_string(&mut self) -> Result<Cow<'a, str>> {
        let b = self.bytes();
        self.pos += 1;
        let start = self.pos;
        let mut owned: Option<String> = None;
        let mut run = start;
        loop {
            let Some(&c) = b.get(self.pos) else {
                return Err(self.syntax("the text ends inside a string"));
            };
            match c {
                b'"' => {
                    let tail = &self.text[run..self.pos];
                    self.pos += 1;
                    return Ok(match owned {
                        None => Cow::Borrowed(tail),
                        Some(mut s) => {
                            s.push_str(tail);
                            Cow::Owned(s)
                        }
                    });
                }
                b'\\' => {
                    let s = owned.get_or_insert_with(String::new);
                    s.push_str(&self.text[run..self.pos]);
                    self.pos += 1;
                    let decoded = match b.get(self.pos) {
                        Some(b'"') => '"',
                        Some(b'\\') => '\\',
                        Some(b'/') => '/',
                        Some(b'b') => '\u{8}',
                        Some(b'f') => '\u{c}',
                        Some(b'n') => '\n',
                        Some(b'r') => '\r',
                        Some(b't') => '\t',
                        Some(b'u') => {
                            self.pos += 1;
                            let hi = self.hex4()?;
                            let code = if (0xD800..0xDC00).contains(&hi) {
                                if !self.text[self.pos..].starts_with("\\u") {
                                    return Err(self.syntax("lone surrogate in a \\u escape"));
                                }
                                self.pos += 2;
                                let lo = self.hex4()?;
                                if !(0xDC00..0xE000).contains(&lo) {
                                    return Err(self.syntax("lone surrogate in a \\u escape"));
                                }
                                0x10000 + ((hi - 0xD800) << 10) + (lo - 0xDC00)
                            } else {
                                hi
                            };
                            let Some(ch) = char::from_u32(code) else {
                                return Err(self.syntax("lone surrogate in a \\u escape"));
                            };
                            owned.get_or_insert_with(String::new).push(ch);
                            run = self.pos;
                            continue;
                        }
                        _ => return Err(self.syntax("invalid escape in a string")),
                    };
                    s.push(decoded);
                    self.pos += 1;
                    run = self.pos;
                }
                0..=0x1f => return Err(self.syntax("control character in a string")),
                _ => self.pos += 1,
            }
        }
    }

    /// Reads four hex digits of a `\u` escape.
    fn hex4(&mut self) -> Result<u32> {
        let digits = self.text.get(self.pos..self.pos + 4);
        match digits.and_then(|d| {
            d.bytes()
                .all(|c| c.is_ascii_hexdigit())
                .then(|| u32::from_str_radix(d, 16).ok())
                .flatten()
        }) {
            Some(v) => {
                self.pos += 4;
                Ok(v)
            }
            None => Err(self.syntax("invalid \\u escape in a string")),
        }
    }
}

/// Writes compact JSON into a string.
#[derive(Default)]
pub struct Writer {
    out: String,
    /// Whether the innermost open object or array still has no members.
    first: bool,
}

impl Writer {
    /// An empty writer.
    pub fn new() -> Writer {
        Writer::default()
    }

    /// The text written.
    pub fn finish(self) -> String {
        self.out
    }

    fn comma(&mut self) {
        if !self.first {
            self.out.push(',');
        }
        self.first = false;
    }

    /// Writes an object whose members `body` writes with [`key`](Writer::key).
    pub fn object(&mut self, body: impl FnOnce(&mut Writer)) {
        self.out.push('{');
        self.first = true;
        body(self);
        self.out.push('}');
        self.first = false;
    }

    /// Writes a list of `items`, each with `item`.
    pub fn list<I: IntoIterator>(&mut self, items: I, item: impl Fn(&mut Writer, I::Item)) {
        self.out.push('[');
        self.first = true;
        for x in items {
            self.comma();
            item(self, x);
        }
        self.out.push(']');
        self.first = false;
    }

    /// Starts a member: writes `"key":`; the value must follow.
    pub fn key(&mut self, key: &str) -> &mut Writer {
        self.comma();
        self.string(key);
        self.out.push(':');
        self
    }

    /// Writes a string, escaped.
    pub fn string(&mut self, s: &str) {
        self.out.push('"');
        let mut run = 0;
        for (i, c) in s.char_indices() {
            let escape = match c {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                '\u{0}'..='\u{1f}' => "",
                _ => continue,
            };
            self.out.push_str(&s[run..i]);
            if escape.is_empty() {
                let _ = write!(self.out, "\\u{:04x}", c as u32);
            } else {
                self.out.push_str(escape);
            }
            run = i + c.len_utf8();
        }
        self.out.push_str(&s[run..]);
        self.out.push('"');
    }

    /// Writes a whole number.
    pub fn number(&mut self, n: usize) {
        let _ = write!(self.out, "{n}");
    }

    /// Writes `null`.
    pub fn null(&mut self) {
        self.out.push_str("null");
    }

    /// Writes a list of strings.
    pub fn strings(&mut self, items: &[String]) {
        self.list(items, |w, s| w.string(s));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read_value(text: &str) -> Result<()> {
        let mut r = Reader::new(text);
        r.skip()?;
        r.end()
    }

    #[test]
    fn accepts_json_and_rejects_what_is_not() {
        for ok in [
            "{}",
            "[]",
            "0",
            "-0.5e+10",
            "\"a\\u00e9\\ud83d\\ude00\\n\"",
            " {\"a\" : [1, true, false, null, {\"b\": \"c\"}]} ",
        ] {
            assert!(read_value(ok).is_ok(), "{ok:?} is JSON");
        }
        for bad in [
            "",
            "nul",
            "01",
            "1.",
            "-",
            "[1,]",
            "{\"a\":1,}",
            "{a:1}",
            "\"\\x\"",
            "\"\\ud800\"",
            "\"\\udc00\"",
            "\"tab\there\"",
            "\u{feff}{}",
            "[1] 2",
            "\"open",
            "[",
            "{\"a\"}",
        ] {
            let err = read_value(bad).expect_err(bad);
            assert!(err.syntax, "{bad:?} is a syntax error: {err:?}");
        }
    }

    #[test]
    fn strings_round_trip_through_the_writer() {
        for s in [
            "",
            "plain",
            "quote \" back \\ slash",
            "é 😀 블랙록",
            "\u{0}\u{1f}\n\t\r",
        ] {
            let mut w = Writer::new();
            w.string(s);
            let text = w.finish();
            assert_eq!(Reader::new(&text).string().unwrap(), s);
            let via_serde: String = serde_json::from_str(&text).unwrap();
            assert_eq!(via_serde, s, "serde_json reads what we write");
        }
    }

    #[test]
    fn paths_and_positions_point_at_the_problem() {
        let text = "{\"a\": [1, {\"b\": [true, \"x\"]}]}";
        let mut r = Reader::new(text);
        let err = r
            .object(&mut |r, _| {
                r.array(&mut |r| {
                    if r.peek() == Some(b'{') {
                        r.object(&mut |r, _| r.list(Reader::usize).map(drop))
                    } else {
                        r.skip()
                    }
                })
            })
            .unwrap_err();
        assert_eq!(err.path, "$.a[1].b[0]");
        assert!(!err.syntax);
        assert_eq!(&text[err.at..err.at + 4], "true");
        assert_eq!(line_column("ab\ncd", 4), (2, 2));
        assert_eq!(line_column("", 0), (1, 1));
    }

    #[test]
    fn deep_nesting_is_an_error() {
        let deep = format!("{}{}", "[".repeat(10_000), "]".repeat(10_000));
        let err = read_value(&deep).unwrap_err();
        assert!(err.detail.contains("deeply"));
        let ok = format!("{}{}", "[".repeat(100), "]".repeat(100));
        assert!(read_value(&ok).is_ok());
    }

    #[test]
    fn numbers_must_be_whole_and_not_negative_where_offsets_go() {
        for (text, ok) in [("12", true), ("-1", false), ("1.5", false), ("1e3", false)] {
            let res = Reader::new(text).usize();
            assert_eq!(res.is_ok(), ok, "{text}");
            if let Err(e) = res {
                assert!(!e.syntax, "{text} is JSON of the wrong shape");
            }
        }
        assert!(Reader::new("99999999999999999999999").usize().is_err());
    }
}

#[cfg(test)]
mod differential {
    use super::*;
    use proptest::prelude::*;

    /// Token soup: mostly JSON pieces, sometimes broken ones.
    fn soup() -> impl Strategy<Value = String> {
        let token = prop_oneof![
            Just("{"),
            Just("}"),
            Just("["),
            Just("]"),
            Just(","),
            Just(":"),
            Just(" "),
            Just("\n"),
            Just("\"k\""),
            Just("\"a\\u00e9\""),
            Just("\"\\ud83d\\ude00\""),
            Just("\"\\ud800\""),
            Just("\"\\q\""),
            Just("\"\t\""),
            Just("0"),
            Just("-1.5e3"),
            Just("01"),
            Just("1."),
            Just("-"),
            Just("true"),
            Just("nul"),
            Just("null"),
            Just("\u{feff}"),
            Just("é"),
            Just("\""),
        ];
        proptest::collection::vec(token, 0..24).prop_map(|t| t.concat())
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]

        /// Whatever the text, we accept exactly what serde_json accepts.
        #[test]
        fn accepts_what_serde_json_accepts(text in soup()) {
            let ours = {
                let mut r = Reader::new(&text);
                r.skip().and_then(|_| r.end()).is_ok()
            };
            let theirs = serde_json::from_str::<serde_json::Value>(&text).is_ok();
            prop_assert_eq!(ours, theirs, "{:?}", text);
        }

        /// Strings read back as serde_json reads them.
        #[test]
        fn strings_decode_like_serde_json(s in "\\PC{0,12}") {
            let quoted = serde_json::to_string(&s).unwrap();
            prop_assert_eq!(Reader::new(&quoted).string().unwrap(), s);
        }
    }
}

//! The explorer's state as it lives in a URL: search text, selected chips,
//! all/any, current view, focused entity and highlighted item.
//!
//! Encoded as `key=value` pairs joined by `;` (each value percent-encoded), and
//! stored by the view under one query parameter per explorer (`fx`, or
//! `fx-<element id>` when embedded), so several explorers share a page's URL
//! without touching each other or the host's fragment links. Decoding is
//! forgiving: unknown ids, unknown keys, broken escapes and oversized values
//! are dropped and the rest is kept.

use crate::filter::Mode;
use crate::model::FactSet;

/// Longest encoded state read; the rest is ignored.
pub const MAX_LEN: usize = 4096;
/// Longest search text kept from a URL.
pub const MAX_QUERY: usize = 256;

/// The part of the explorer's state that a link carries.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct UrlState {
    /// Search text.
    pub query: String,
    /// Selected entity ids.
    pub entities: Vec<String>,
    /// All or any.
    pub mode: Mode,
    /// View slug ("facts", "graph", …), if not the default.
    pub view: Option<String>,
    /// Entity whose panel is open.
    pub focus: Option<String>,
    /// Highlighted item: a fact, quote or event id, or `s<N>` for a sentence.
    pub target: Option<String>,
}

impl UrlState {
    /// Encodes the state; an empty state encodes to "".
    pub fn encode(&self) -> String {
        let mut parts = Vec::new();
        if !self.query.is_empty() {
            parts.push(format!("q={}", escape(&self.query)));
        }
        if !self.entities.is_empty() {
            let ids: Vec<String> = self.entities.iter().map(|e| escape(e)).collect();
            parts.push(format!("e={}", ids.join(",")));
        }
        if self.mode == Mode::Any {
            parts.push("m=any".into());
        }
        if let Some(v) = &self.view {
            parts.push(format!("v={}", escape(v)));
        }
        if let Some(f) = &self.focus {
            parts.push(format!("x={}", escape(f)));
        }
        if let Some(t) = &self.target {
            parts.push(format!("t={}", escape(t)));
        }
        parts.join(";")
    }

    /// Decodes `text`, keeping only what is valid for `set` and `views`.
    pub fn decode(text: &str, set: &FactSet, views: &[&str]) -> UrlState {
        let text = match text.char_indices().nth(MAX_LEN) {
            Some((i, _)) => &text[..i],
            None => text,
        };
        let mut out = UrlState::default();
        for part in text.split(';') {
            let Some((key, value)) = part.split_once('=') else {
                continue;
            };
            match key {
                "q" => {
                    if let Some(q) = unescape(value) {
                        out.query = q.chars().take(MAX_QUERY).collect();
                    }
                }
                "e" => {
                    for id in value.split(',').filter_map(unescape) {
                        if set.entity(&id).is_some() && !out.entities.contains(&id) {
                            out.entities.push(id);
                        }
                    }
                }
                "m" if value == "any" => out.mode = Mode::Any,
                "v" => out.view = unescape(value).filter(|v| views.contains(&v.as_str())),
                "x" => out.focus = unescape(value).filter(|id| set.entity(id).is_some()),
                "t" => out.target = unescape(value).filter(|t| target_exists(set, t)),
                _ => {}
            }
        }
        out
    }
}

fn target_exists(set: &FactSet, t: &str) -> bool {
    if let Some(n) = t.strip_prefix('s').and_then(|n| n.parse::<usize>().ok()) {
        return n < set.article.sentences.len();
    }
    set.facts.iter().any(|f| f.id == t)
        || set.quotes.iter().any(|q| q.id == t)
        || set.events.iter().any(|e| e.id == t)
}

/// Percent-encodes everything but unreserved characters, plus `;`, `,`, `=`.
fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// Reverses [`escape`]; `None` for broken escapes or invalid UTF-8.
fn unescape(s: &str) -> Option<String> {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'%' => {
                let hex = std::str::from_utf8(bytes.get(i + 1..i + 3)?).ok()?;
                out.push(u8::from_str_radix(hex, 16).ok()?);
                i += 3;
            }
            b'+' => {
                out.push(b' ');
                i += 1;
            }
            b => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8(out).ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::load_bundled;

    const VIEWS: &[&str] = &["facts", "graph", "timeline", "quotes", "article"];

    #[test]
    fn round_trips() {
        let set = load_bundled().unwrap();
        let state = UrlState {
            query: "task force; 12.5% — 이재명 & <b>".into(),
            entities: vec!["lee".into(), "blackrock".into()],
            mode: Mode::Any,
            view: Some("graph".into()),
            focus: Some("fink".into()),
            target: Some("f-lee-met-fink".into()),
        };
        let text = state.encode();
        assert!(!text.contains(' ') && !text.contains('<'));
        assert_eq!(UrlState::decode(&text, &set, VIEWS), state);
        assert_eq!(UrlState::default().encode(), "");
        let s = UrlState {
            target: Some("s3".into()),
            ..UrlState::default()
        };
        assert_eq!(UrlState::decode(&s.encode(), &set, VIEWS), s);
    }

    #[test]
    fn garbage_is_dropped_and_the_rest_kept() {
        let set = load_bundled().unwrap();
        for (input, want) in [
            (
                "e=lee,ghost,blackrock;v=nowhere",
                UrlState {
                    entities: vec!["lee".into(), "blackrock".into()],
                    ..UrlState::default()
                },
            ),
            (
                "q=%E0%A4;v=graph",
                UrlState {
                    view: Some("graph".into()),
                    ..UrlState::default()
                },
            ),
            (
                "q=%zz;x=fink;t=f-nope",
                UrlState {
                    focus: Some("fink".into()),
                    ..UrlState::default()
                },
            ),
            (";;==;e=;m=maybe;t=s99999", UrlState::default()),
            ("%%%%", UrlState::default()),
        ] {
            assert_eq!(UrlState::decode(input, &set, VIEWS), want, "{input}");
        }
        let huge = format!("q={}", "a".repeat(100_000));
        let got = UrlState::decode(&huge, &set, VIEWS);
        assert_eq!(got.query.len(), MAX_QUERY);
    }

    proptest::proptest! {
        #[test]
        fn decoding_never_panics(s in "\\PC{0,200}") {
            static SET: std::sync::OnceLock<FactSet> = std::sync::OnceLock::new();
            let set = SET.get_or_init(|| load_bundled().unwrap());
            let _ = UrlState::decode(&s, set, VIEWS);
        }
    }
}

//! The explorer's state ([`ExplorerState`]) as it lives in a URL: search
//! text, selected chips, all/any, current view, focused entity and
//! highlighted item, encoded and decoded here and nowhere else.
//!
//! Encoded as `key=value` pairs joined by `;` (each value percent-encoded), and
//! stored by the view under one query parameter per explorer (`fx`, or
//! `fx-<element id>` when embedded), so several explorers share a page's URL
//! without touching each other or the host's fragment links. Decoding is
//! forgiving: unknown ids, unknown keys, broken escapes and oversized values
//! are dropped and the rest is kept.
//!
//! | key | value |
//! |---|---|
//! | `q` | search text |
//! | `e` | selected entity ids, comma-separated |
//! | `m` | `any` when chips combine with "any" (absent: all) |
//! | `v` | view slug, when not `facts` |
//! | `x` | the entity whose panel is open |
//! | `t` | the highlighted fact, quote or event id, or `s<N>` for sentence N |

use crate::explore::{ExplorerState, View};
use crate::filter::Mode;
use crate::item::ItemKind;
use crate::model::FactSet;

/// Longest encoded state read; the rest is ignored.
pub const MAX_LEN: usize = 4096;
/// Longest search text kept from a URL.
pub const MAX_QUERY: usize = 256;

/// Encodes the state; the default state encodes to "".
pub fn encode(state: &ExplorerState) -> String {
    let mut parts = Vec::new();
    if !state.query.is_empty() {
        parts.push(format!("q={}", escape(&state.query)));
    }
    if !state.entities.is_empty() {
        let ids: Vec<String> = state.entities.iter().map(|e| escape(e)).collect();
        parts.push(format!("e={}", ids.join(",")));
    }
    if state.mode == Mode::Any {
        parts.push("m=any".into());
    }
    if state.view != View::Facts {
        parts.push(format!("v={}", state.view.slug()));
    }
    if let Some(f) = &state.focus {
        parts.push(format!("x={}", escape(f)));
    }
    // Entities are not highlighted items in links; their panel is `x`.
    if let Some(key) = state.fact.as_ref().filter(|k| k.kind != ItemKind::Entity) {
        parts.push(format!("t={}", escape(&key.id)));
    }
    parts.join(";")
}

/// Decodes `text`, keeping only what is valid for `set`.
pub fn decode(text: &str, set: &FactSet) -> ExplorerState {
    let text = match text.char_indices().nth(MAX_LEN) {
        Some((i, _)) => &text[..i],
        None => text,
    };
    let mut out = ExplorerState::default();
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
            "v" => {
                if let Some(v) = unescape(value).and_then(|v| View::from_slug(&v)) {
                    out.view = v;
                }
            }
            "x" => out.focus = unescape(value).filter(|id| set.entity(id).is_some()),
            "t" => {
                out.fact = unescape(value)
                    .and_then(|id| set.resolve_bare(&id))
                    .and_then(|item| set.key_of(item));
            }
            _ => {}
        }
    }
    out
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
    use crate::item::ItemKey;
    use crate::load::load_bundled;

    #[test]
    fn round_trips() {
        let set = load_bundled().unwrap();
        let key = |kind, id: &str| {
            Some(ItemKey {
                kind,
                id: id.to_string(),
            })
        };
        let state = ExplorerState {
            query: "task force; 12.5% — 이재명 & <b>".into(),
            entities: vec!["lee".into(), "blackrock".into()],
            mode: Mode::Any,
            view: View::Graph,
            focus: Some("fink".into()),
            fact: key(ItemKind::Fact, "f-lee-met-fink"),
        };
        let text = encode(&state);
        assert!(!text.contains(' ') && !text.contains('<'));
        assert_eq!(decode(&text, &set), state);
        assert_eq!(encode(&ExplorerState::default()), "");
        for fact in [
            key(ItemKind::Sentence, "s3"),
            key(ItemKind::Quote, "q-ha-common-ground"),
        ] {
            let s = ExplorerState {
                fact,
                ..ExplorerState::default()
            };
            assert_eq!(decode(&encode(&s), &set), s);
        }
        // Links written before this version still open the same things.
        assert_eq!(decode("v=timeline;t=f-lee-met-fink", &set), {
            ExplorerState {
                view: View::Timeline,
                fact: key(ItemKind::Fact, "f-lee-met-fink"),
                ..ExplorerState::default()
            }
        });
    }

    #[test]
    fn garbage_is_dropped_and_the_rest_kept() {
        let set = load_bundled().unwrap();
        for (input, want) in [
            (
                "e=lee,ghost,blackrock;v=nowhere",
                ExplorerState {
                    entities: vec!["lee".into(), "blackrock".into()],
                    ..ExplorerState::default()
                },
            ),
            (
                "q=%E0%A4;v=graph",
                ExplorerState {
                    view: View::Graph,
                    ..ExplorerState::default()
                },
            ),
            (
                "q=%zz;x=fink;t=f-nope",
                ExplorerState {
                    focus: Some("fink".into()),
                    ..ExplorerState::default()
                },
            ),
            (";;==;e=;m=maybe;t=s99999", ExplorerState::default()),
            ("%%%%", ExplorerState::default()),
        ] {
            assert_eq!(decode(input, &set), want, "{input}");
        }
        let huge = format!("q={}", "a".repeat(100_000));
        let got = decode(&huge, &set);
        assert_eq!(got.query.len(), MAX_QUERY);
    }

    proptest::proptest! {
        #[test]
        fn decoding_never_panics(s in "\\PC{0,200}") {
            static SET: std::sync::OnceLock<FactSet> = std::sync::OnceLock::new();
            let set = SET.get_or_init(|| load_bundled().unwrap());
            let _ = decode(&s, set);
        }
    }
}

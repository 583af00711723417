//! Offsets: GUM counts code points, fact sets count UTF-8 bytes. The
//! conversion is checked on every GUM document that is not ASCII (each gold
//! name's bytes spell the name GUM gives), and on peers' code-point spans
//! over Hangul and emoji.

use fact_explorer_draft::gum::{self, Document as Doc};
use fact_explorer_draft::score;

fn gum_dir() -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("data/gum")
}

#[test]
fn gold_names_in_non_ascii_documents_spell_their_words() {
    let mut docs = 0;
    let mut checked = 0;
    for entry in std::fs::read_dir(gum_dir()).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|e| e != "json") {
            continue;
        }
        let json = std::fs::read_to_string(&path).unwrap();
        let doc = Doc::parse(&json).unwrap();
        if doc.text.is_ascii() {
            continue;
        }
        docs += 1;
        let raw: serde_json::Value = serde_json::from_str(&json).unwrap();
        for m in raw["mentions"].as_array().unwrap() {
            let Some(name) = m.get("name").filter(|n| n.is_object()) else {
                continue;
            };
            let (s, e) = (
                name["start"].as_u64().unwrap() as usize,
                name["end"].as_u64().unwrap() as usize,
            );
            let (bs, be) = (doc.bytes[s], doc.bytes[e]);
            assert_eq!(
                &doc.text[bs..be],
                name["text"].as_str().unwrap(),
                "{}",
                doc.id
            );
            assert_eq!((doc.code_point(bs), doc.code_point(be)), (s, e));
            checked += 1;
        }
    }
    assert!(docs >= 20, "only {docs} non-ASCII documents");
    assert!(checked > 100, "only {checked} names checked");
}

#[test]
fn peer_spans_in_code_points_become_byte_spans() {
    let text = "😀 President Lee Jae-myung met Larry Fink in 서울 👍🏽.";
    let json = serde_json::json!({
        "id": "t", "genre": "news", "text": text, "mentions": []
    })
    .to_string();
    let doc = Doc::parse(&json).unwrap();
    // Code-point spans, as the peer scripts write them.
    let cp = |word: &str| {
        let b = text.find(word).unwrap();
        let s = text[..b].chars().count();
        (s, s + word.chars().count())
    };
    let (fs, fe) = cp("Larry Fink");
    let (ss, se) = cp("서울");
    let peer = serde_json::json!({ "t": [[fs, fe, "PER"], [ss, se, "LOC"]] }).to_string();
    let read = score::read_peer(&peer, std::slice::from_ref(&doc)).unwrap();
    let words: Vec<&str> = read["t"].iter().map(|n| &text[n.start..n.end]).collect();
    assert_eq!(words, ["Larry Fink", "서울"]);
    assert_eq!(read["t"][1].label, gum::Label::Loc);
    // A span past the text is an error, not a panic.
    let bad = serde_json::json!({ "t": [[0, 999, "PER"]] }).to_string();
    assert!(score::read_peer(&bad, &[doc]).is_err());
}

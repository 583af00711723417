//! Whatever the text, a draft is a valid fact set or a plain error, never a
//! panic: arbitrary Unicode, and texts made from the pieces the rules look
//! at (names, titles, quotation marks, possessives, amounts, line ends).

use fact_explorer_draft::{DraftError, Drafter, Meta};
use proptest::prelude::*;

fn drafter() -> &'static Drafter {
    static D: std::sync::OnceLock<Drafter> = std::sync::OnceLock::new();
    D.get_or_init(|| Drafter::embedded().expect("the compiled-in data reads"))
}

/// Every sentence's parse, after all the repairs, is a tree: each token
/// reaches the sentence's root through heads inside the sentence, with no
/// cycle (the rules walk up heads).
fn assert_tree(text: &str) {
    let doc = drafter().analyse(text);
    for s in &doc.sentences {
        for t in s.clone() {
            let mut k = t;
            let mut steps = 0;
            while let Some(h) = doc.heads[k] {
                assert!(
                    s.contains(&h),
                    "{text:?}: token {t} hangs outside its sentence"
                );
                k = h;
                steps += 1;
                assert!(steps <= s.len(), "{text:?}: a cycle through token {t}");
            }
        }
    }
}

fn check(text: &str) {
    assert_tree(text);
    match drafter().draft(text, &Meta::default()) {
        Ok(set) => {
            assert!(fact_explorer_core::load::validate(&set).is_ok());
            for e in &set.entities {
                for m in &e.mentions {
                    assert_eq!(&set.article.text[m.start..m.end], m.text);
                }
            }
        }
        Err(e) => assert_eq!(e, DraftError::Empty, "{text:?}"),
    }
}

const PIECES: &[&str] = &[
    "Larry Fink",
    "Fink",
    "President",
    "Lee Jae Myung",
    "Ha Jung-woo",
    "Ha",
    "said",
    "told",
    "according to",
    "Office of the President",
    "World Bank",
    "UN",
    "New York",
    "South Korea",
    "’s",
    "'s",
    ",",
    ".",
    "“",
    "”",
    "\"",
    "(",
    ")",
    "GIP",
    "Global Infrastructure Partners",
    "met with",
    "will visit",
    "signed a memorandum of understanding with",
    "chairman and CEO of",
    "BlackRock",
    "$12.5 trillion",
    "12.5 trillion won",
    "Thursday",
    "next month",
    "September 25, 2025",
    "\n",
    "\r\n",
    "\n\n“",
    "🎉",
    "서울",
    "שלום",
    "ﷺ",
    "\u{200d}",
    "\u{feff}",
    " ",
    "of the",
    "and",
    "—",
];

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_unicode(text in "\\PC{0,400}") {
        check(&text);
    }

    #[test]
    fn texts_made_of_what_the_rules_read(parts in proptest::collection::vec(0..PIECES.len(), 0..80)) {
        let text: String = parts.iter().map(|&i| PIECES[i]).collect::<Vec<_>>().join(" ");
        check(&text);
        let tight: String = parts.iter().map(|&i| PIECES[i]).collect();
        check(&tight);
    }
}

#[test]
fn the_hard_cases_named_in_the_issue() {
    // 1 MB without punctuation: one endless sentence of about 190,000 words.
    // (Before the name propagation and the span lookups were made linear,
    // this took ten minutes in a debug build.)
    let no_punctuation = "word Seoul Fink then Lee Jae-myung ".repeat(30_000);
    assert!(no_punctuation.len() >= 1_000_000);
    // One sentence of 10,000 tokens for the parser, with names, commas and
    // clauses in it.
    let long_sentence = "Lee met Larry Fink of BlackRock, who said that ".repeat(1_100);
    for text in [
        no_punctuation.as_str(),
        long_sentence.as_str(),
        "ALL CAPITALS. PRESIDENT LEE MET LARRY FINK IN NEW YORK ON THURSDAY.",
        "““““ ”””” \"\"\" ''",
        "“Unbalanced quote, said Fink. And another “ one",
        "نص من اليمين إلى اليسار مع Larry Fink في New York.",
        "\u{feff}With a BOM, Ha said: “We will invest.”",
        "Line one.\r\nLine two said Lee.\r\n",
        // (A body's "head office" at the text's start: no owner before it.)
        "Head office in Paris said so.",
    ] {
        check(text);
    }
}

/// The repairs leave a tree on every wire story the rules were read from
/// and on the bundled article.
#[test]
fn every_parse_is_a_tree() {
    let wire = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../benches/draft/wire");
    let mut n = 0;
    for entry in std::fs::read_dir(&wire).expect("the wire stories") {
        let path = entry.expect("an entry").path();
        if path.extension().is_some_and(|e| e == "txt") {
            assert_tree(&std::fs::read_to_string(&path).expect("a story"));
            n += 1;
        }
    }
    assert!(n >= 100, "{n} stories");
    // And GUM's 108 documents, all genres.
    let gum = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("data/gum");
    let mut g = 0;
    for entry in std::fs::read_dir(&gum).expect("GUM") {
        let path = entry.expect("an entry").path();
        if path.extension().is_some_and(|e| e == "json") {
            let doc: serde_json::Value =
                serde_json::from_str(&std::fs::read_to_string(&path).expect("a document"))
                    .expect("JSON");
            if let Some(text) = doc["text"].as_str() {
                assert_tree(text);
                g += 1;
            }
        }
    }
    assert!(g >= 100, "{g} GUM documents");
}

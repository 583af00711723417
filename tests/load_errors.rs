//! Every kind of bad input gets a typed problem naming the place in the data,
//! and nothing panics, whatever the bytes.

use fact_explorer::load::{load, ProblemKind, BUNDLED_FACTS, BUNDLED_TEXT};
use proptest::prelude::*;
use serde_json::{json, Value};

fn bundled() -> Value {
    serde_json::from_str(BUNDLED_FACTS).unwrap()
}

/// Applies `edit` to the bundled fact set, loads it, and checks that the first
/// problem is at `path` and of the kind `is_kind` accepts.
fn check(edit: impl FnOnce(&mut Value), path: &str, is_kind: fn(&ProblemKind) -> bool) {
    let mut v = bundled();
    edit(&mut v);
    let json = serde_json::to_string(&v).unwrap();
    let err = load(&json, Some(BUNDLED_TEXT)).expect_err("the edited set must be rejected");
    let first = &err.problems[0];
    assert_eq!(first.path, path, "path; error was:\n{err}");
    assert!(is_kind(&first.kind), "unexpected kind {:?}", first.kind);
    assert!(!err.to_string().is_empty());
}

#[test]
fn rejects_each_kind_of_bad_data() {
    check(
        |v| v["facts"][3]["subject"] = json!("nobody"),
        "$.facts[3].subject",
        |k| matches!(k, ProblemKind::UnknownEntity { .. }),
    );
    check(
        |v| v["facts"][0]["object"] = json!({"entity": "ghost"}),
        "$.facts[0].object.entity",
        |k| matches!(k, ProblemKind::UnknownEntity { .. }),
    );
    check(
        |v| v["facts"][2]["qualifiers"]["when"] = json!("someday"),
        "$.facts[2].qualifiers.when",
        |k| matches!(k, ProblemKind::UnknownEntity { .. }),
    );
    check(
        |v| v["quotes"][1]["speaker"] = json!("x"),
        "$.quotes[1].speaker",
        |k| matches!(k, ProblemKind::UnknownEntity { .. }),
    );
    check(
        |v| v["events"][0]["who"][0] = json!("x"),
        "$.events[0].who[0]",
        |k| matches!(k, ProblemKind::UnknownEntity { .. }),
    );
    check(
        |v| v["entities"][1]["id"] = json!("lee"),
        "$.entities[1].id",
        |k| matches!(k, ProblemKind::DuplicateId { .. }),
    );
    check(
        |v| v["facts"][1]["id"] = v["facts"][0]["id"].clone(),
        "$.facts[1].id",
        |k| matches!(k, ProblemKind::DuplicateId { .. }),
    );
    check(
        |v| v["entities"][0]["name"] = json!("  "),
        "$.entities[0].name",
        |k| matches!(k, ProblemKind::Empty { .. }),
    );
    check(
        |v| v["facts"][0]["relation"] = json!(""),
        "$.facts[0].relation",
        |k| matches!(k, ProblemKind::Empty { .. }),
    );
    check(
        |v| v["facts"][4]["evidence"] = json!([]),
        "$.facts[4].evidence",
        |k| matches!(k, ProblemKind::MissingEvidence),
    );
    check(
        |v| v["facts"][0]["evidence"][0]["end"] = json!(999_999),
        "$.facts[0].evidence[0]",
        |k| matches!(k, ProblemKind::SpanOutOfRange { .. }),
    );
    check(
        |v| {
            v["facts"][0]["evidence"][0]["start"] = json!(50);
            v["facts"][0]["evidence"][0]["end"] = json!(10);
        },
        "$.facts[0].evidence[0]",
        |k| matches!(k, ProblemKind::SpanReversed { .. }),
    );
    // Byte 10 of the article is inside the en dash after "NEW YORK".
    let dash = BUNDLED_TEXT.find('–').unwrap();
    check(
        |v| {
            v["article"]["dateline"] = json!({"start": dash + 1, "end": dash + 5, "text": "x"});
        },
        "$.article.dateline",
        |k| matches!(k, ProblemKind::SpanNotOnCharBoundary { .. }),
    );
    // Offsets counted in chars instead of bytes land on the wrong words.
    let chars_start = BUNDLED_TEXT[..BUNDLED_TEXT.find("South Korea,").unwrap()]
        .chars()
        .count();
    check(
        |v| {
            v["facts"][0]["evidence"][0] =
                json!({"start": chars_start, "end": chars_start + 11, "text": "South Korea"});
        },
        "$.facts[0].evidence[0]",
        |k| matches!(k, ProblemKind::SpanTextMismatch { .. }),
    );
    check(
        |v| v["entities"][5]["mentions"][0]["text"] = json!("Someone Else"),
        "$.entities[5].mentions[0]",
        |k| matches!(k, ProblemKind::SpanTextMismatch { .. }),
    );
    check(
        |v| v["schema"] = json!("other/9"),
        "$.schema",
        |k| matches!(k, ProblemKind::UnsupportedSchema { .. }),
    );
    check(
        |v| v["facts"][0]["status"] = json!("maybe"),
        "$.facts[0].status",
        |k| matches!(k, ProblemKind::Shape { .. }),
    );
    check(
        |v| {
            v["facts"][2].as_object_mut().unwrap().remove("evidence");
        },
        "$.facts[2]",
        |k| matches!(k, ProblemKind::Shape { .. }),
    );
    check(
        |v| v["entities"][0]["kind"] = json!("planet"),
        "$.entities[0].kind",
        |k| matches!(k, ProblemKind::Shape { .. }),
    );
    check(
        |v| v["entities"] = json!({}),
        "$.entities",
        |k| matches!(k, ProblemKind::Shape { .. }),
    );
}

#[test]
fn missing_text_is_reported() {
    let err = load(BUNDLED_FACTS, None).unwrap_err();
    assert_eq!(err.problems[0].path, "$.article.text");
    assert_eq!(err.problems[0].kind, ProblemKind::MissingText);
}

#[test]
fn malformed_json_gives_line_and_column() {
    let err = load(
        "{\n  \"schema\": \"fact-explorer/1\",\n  \"article\": {,\n}",
        None,
    )
    .unwrap_err();
    match &err.problems[0].kind {
        ProblemKind::Syntax { line, column, .. } => assert_eq!((*line, *column), (3, 15)),
        other => panic!("expected a syntax problem, got {other:?}"),
    }
    assert!(err.to_string().contains("line 3, column 15"), "{err}");
    for bad in ["", "nul", "[]", "\"text\"", "{\"schema\": 1}", "\u{feff}{}"] {
        assert!(load(bad, None).is_err(), "{bad:?} must be rejected");
    }
}

#[test]
fn deeply_nested_json_is_an_error_not_a_crash() {
    let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    assert!(load(&deep, None).is_err());
    let deep_obj = format!(
        "{{\"schema\":\"fact-explorer/1\",\"article\":{}{}}}",
        "{\"a\":".repeat(50_000),
        "}".repeat(50_000)
    );
    assert!(load(&deep_obj, None).is_err());
}

#[test]
fn ten_megabyte_inputs_are_handled() {
    // Ten megabytes of garbage: a syntax error, quickly.
    let garbage = "x".repeat(10 * 1024 * 1024);
    let err = load(&garbage, None).unwrap_err();
    assert!(matches!(err.problems[0].kind, ProblemKind::Syntax { .. }));
    // A valid set padded to over ten megabytes with a huge description still loads.
    let mut v = bundled();
    v["entities"][0]["description"] = json!("d".repeat(10 * 1024 * 1024));
    let json = serde_json::to_string(&v).unwrap();
    assert!(json.len() > 10 * 1024 * 1024);
    let set = load(&json, Some(BUNDLED_TEXT)).unwrap();
    assert_eq!(set.entities[0].description.len(), 10 * 1024 * 1024);
    // Past the limit: a clear size error, nothing parsed.
    let huge = " ".repeat(fact_explorer::load::MAX_BYTES + 1);
    let err = load(&huge, None).unwrap_err();
    assert!(matches!(err.problems[0].kind, ProblemKind::TooLarge { .. }));
}

#[test]
fn many_problems_are_listed_and_capped() {
    let mut v = bundled();
    for f in v["facts"].as_array_mut().unwrap() {
        f["subject"] = json!("ghost");
        f["evidence"] = json!([]);
    }
    let err = load(&serde_json::to_string(&v).unwrap(), Some(BUNDLED_TEXT)).unwrap_err();
    assert_eq!(err.problems.len(), fact_explorer::load::MAX_PROBLEMS);
    assert!(err.more > 0);
    assert!(err.to_string().contains("more problems"));
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..2048)) {
        let text = String::from_utf8_lossy(&bytes);
        let _ = load(&text, Some(&text));
    }

    #[test]
    fn arbitrary_json_never_panics(v in arb_json()) {
        let json = serde_json::to_string(&v).unwrap();
        let _ = load(&json, Some(BUNDLED_TEXT));
    }

    #[test]
    fn mutated_spans_never_panic(fact in 0usize..40, start in any::<usize>(), end in any::<usize>(), text in ".{0,8}") {
        let mut v = bundled();
        v["facts"][fact]["evidence"][0] = json!({"start": start, "end": end, "text": text});
        let json = serde_json::to_string(&v).unwrap();
        let _ = load(&json, Some(BUNDLED_TEXT));
    }
}

/// Arbitrary JSON, biased towards the fact-set shape so validation runs too.
fn arb_json() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(|n| json!(n)),
        any::<u32>().prop_map(|n| json!(n)),
        ".{0,12}".prop_map(Value::String),
        Just(json!("fact-explorer/1")),
        Just(json!("lee")),
    ];
    let any_json = leaf.prop_recursive(4, 64, 6, |inner| {
        prop_oneof![
            proptest::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            proptest::collection::btree_map(
                prop_oneof![
                    Just("schema".to_string()),
                    Just("article".to_string()),
                    Just("entities".to_string()),
                    Just("facts".to_string()),
                    Just("start".to_string()),
                    Just("end".to_string()),
                    Just("text".to_string()),
                    Just("id".to_string()),
                    ".{0,6}",
                ],
                inner,
                0..6
            )
            .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    });
    prop_oneof![
        any_json.clone(),
        any_json.prop_map(|x| {
            let mut v = bundled();
            v["facts"][0]["object"] = x.clone();
            v["entities"][1]["mentions"] = x;
            v
        }),
    ]
}

/// The reader's messages name the place and say what was expected.
#[test]
fn shape_and_syntax_messages_say_where_and_what() {
    let cases: [(&str, &str, &str); 5] = [
        (
            r#"{"schema":"fact-explorer/1","article":{"title":"T"},"entities":{},"facts":[]}"#,
            "$.entities",
            "expected a list, found an object",
        ),
        (
            r#"{"schema":"fact-explorer/1","article":{"title":"T"},"entities":[],"facts":[{"id":"f","status":"maybe"}]}"#,
            "$.facts[0].status",
            "unknown value \"maybe\", expected one of stated, pledged",
        ),
        (
            r#"{"schema":"fact-explorer/1","article":{"title":"T"},"entities":[]}"#,
            "$",
            "the key `facts` is missing",
        ),
        (
            r#"{"schema":"fact-explorer/1","schema":"x"}"#,
            "$.schema",
            "the key `schema` appears twice",
        ),
        (
            "{\"schema\":\"fact-explorer/1\",\n\"article\":{\"title\":\"T\"}\n\"entities\":[]}",
            "$",
            "expected `,` or `}` after the value",
        ),
    ];
    for (json, path, words) in cases {
        let err = load(json, Some(BUNDLED_TEXT)).unwrap_err();
        let p = &err.problems[0];
        assert_eq!(p.path, path, "{err}");
        assert!(err.to_string().contains(words), "{err}");
    }
    // The line and column are those of the offending byte.
    let err = load(cases[4].0, None).unwrap_err();
    assert!(err.to_string().contains("line 3, column 1"), "{err}");
    let err = load(cases[1].0, None).unwrap_err();
    assert!(err.to_string().contains("line 1, column 95"), "{err}");
}

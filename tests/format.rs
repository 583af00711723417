//! The fact-set format: what is written reads back equal, the JSON Schema in
//! `docs/` accepts the bundled set and agrees with the loader on bad input,
//! and version 1 and 2 files load under version 3 and are written back as
//! they were unless they come to use a later version's value.

use fact_explorer::load::{load, load_bundled, ProblemKind, BUNDLED_FACTS, BUNDLED_TEXT};
use fact_explorer::model::{Date, Day, EntityKind, Mark, Status, SCHEMA, SCHEMA_V1, SCHEMA_V2};
use serde_json::{json, Value};

fn bundled() -> Value {
    serde_json::from_str(BUNDLED_FACTS).unwrap()
}

fn load_value(v: &Value) -> Result<fact_explorer::model::FactSet, fact_explorer::load::LoadError> {
    load(&serde_json::to_string(v).unwrap(), Some(BUNDLED_TEXT))
}

fn validator() -> jsonschema::Validator {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/docs/fact-set.schema.json");
    let schema: Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    jsonschema::validator_for(&schema).expect("docs/fact-set.schema.json is a valid JSON Schema")
}

#[test]
fn what_is_written_reads_back_equal() {
    let bundled = load_bundled().unwrap();
    for set in [bundled, fact_explorer::synth::generate(500, 3)] {
        let again = load(&set.to_json(), None).unwrap();
        assert!(again == set, "round trip differs");
    }
}

#[test]
fn the_bundled_set_and_its_export_match_the_schema() {
    let validator = validator();
    let mut v = bundled();
    let errors: Vec<String> = validator.iter_errors(&v).map(|e| e.to_string()).collect();
    assert!(errors.is_empty(), "bundled set: {errors:?}");
    v["article"]["text"] = json!(BUNDLED_TEXT);
    let written: Value = serde_json::from_str(&load_value(&v).unwrap().to_json()).unwrap();
    assert!(validator.is_valid(&written));
}

#[test]
fn the_schema_rejects_what_the_loader_rejects_for_shape() {
    let validator = validator();
    let edits: [fn(&mut Value); 5] = [
        |v| v["entities"][0]["kind"] = json!("planet"),
        |v| v["facts"][0]["status"] = json!("maybe"),
        |v| v["facts"][0]["object"] = json!({"entity": "a", "literal": "b"}),
        |v| v["schema"] = json!("fact-explorer/9"),
        |v| {
            v["facts"][2].as_object_mut().unwrap().remove("evidence");
        },
    ];
    for edit in edits {
        let mut v = bundled();
        edit(&mut v);
        assert!(!validator.is_valid(&v), "schema accepts {v:.80}");
        assert!(load_value(&v).is_err());
    }
}

#[test]
fn version_1_files_load_and_version_2_values_need_version_2() {
    // The bundled set uses no value that version 2 added, so it loads as /1.
    let mut v = bundled();
    assert_eq!(v["schema"], json!(SCHEMA_V2));
    v["schema"] = json!(SCHEMA_V1);
    assert!(load_value(&v).is_ok());
    v["facts"][1]["status"] = json!("negated");
    let err = load_value(&v).unwrap_err();
    assert_eq!(err.problems[0].path, "$.facts[1].status");
    assert!(matches!(
        err.problems[0].kind,
        ProblemKind::NeedsNewerSchema { .. }
    ));
    assert!(err.to_string().contains("fact-explorer/2"), "{err}");
    v["schema"] = json!(SCHEMA_V2);
    let set = load_value(&v).unwrap();
    assert_eq!(set.facts[1].status, Status::Negated);
}

fn written_schema(set: &fact_explorer::model::FactSet) -> Value {
    let written: Value = serde_json::from_str(&set.to_json()).unwrap();
    let pretty: Value = serde_json::from_str(&set.to_pretty_json()).unwrap();
    assert_eq!(written["schema"], pretty["schema"]);
    written["schema"].clone()
}

#[test]
fn a_venue_needs_version_3_and_older_files_keep_their_version_until_they_use_one() {
    // A version 2 file is written back as version 2 ...
    let mut v = bundled();
    assert_eq!(v["schema"], json!(SCHEMA_V2));
    let mut set = load_value(&v).unwrap();
    assert_eq!(written_schema(&set), json!(SCHEMA_V2));
    // ... until one of its entities becomes a venue; then as version 3,
    // which reads back equal.
    set.entities[3].kind = EntityKind::Venue;
    assert_eq!(written_schema(&set), json!(SCHEMA));
    let again = load(&set.to_json(), None).unwrap();
    assert_eq!(again.entities[3].kind, EntityKind::Venue);
    assert_eq!(again.schema, SCHEMA);
    assert!(validator().is_valid(&serde_json::from_str::<Value>(&set.to_json()).unwrap()));
    // A version 1 file that comes to use `negated` is written as version 2.
    v["schema"] = json!(SCHEMA_V1);
    let mut set = load_value(&v).unwrap();
    assert_eq!(written_schema(&set), json!(SCHEMA_V1));
    set.facts[1].status = Status::Negated;
    assert_eq!(written_schema(&set), json!(SCHEMA_V2));
    // A file marked version 1 or 2 may not use the kind; the loader says
    // which version it needs, at the entity's kind.
    for old in [SCHEMA_V1, SCHEMA_V2] {
        let mut v = bundled();
        v["schema"] = json!(old);
        v["entities"][3]["kind"] = json!("venue");
        let err = load_value(&v).unwrap_err();
        assert_eq!(err.problems[0].path, "$.entities[3].kind", "{err}");
        assert!(matches!(
            err.problems[0].kind,
            ProblemKind::NeedsNewerSchema { .. }
        ));
        assert!(err.to_string().contains("fact-explorer/3"), "{err}");
        v["schema"] = json!(SCHEMA);
        assert_eq!(load_value(&v).unwrap().entities[3].kind, EntityKind::Venue);
    }
    // New fact sets carry the current version.
    assert_eq!(
        written_schema(&fact_explorer::synth::generate(50, 1)),
        json!(SCHEMA)
    );
}

#[test]
fn every_kind_counts_for_the_drafting_scores_and_venues_as_places() {
    use fact_explorer_draft::eval::label_of;
    assert_eq!(label_of(EntityKind::Venue), label_of(EntityKind::City));
    assert!(label_of(EntityKind::Venue).is_some());
    assert!(EntityKind::Venue.is_place());
    assert_eq!(
        fact_explorer::jsonld::schema_type(EntityKind::Venue),
        Some("Place")
    );
    let style = EntityKind::Venue.style();
    assert_eq!((style.slug, style.tag), ("venue", "FAC"));
}

#[test]
fn version_2_quotes_marks_and_dates() {
    let mut v = bundled();
    v["schema"] = json!(SCHEMA_V2);
    // An unattributed quote in two parts, marked partial.
    let quote = &mut v["quotes"][0];
    quote.as_object_mut().unwrap().remove("speaker");
    quote["attribution"] = json!("");
    quote["continued"] = quote["evidence"].clone();
    quote["marks"] = json!(["partial", "relayed"]);
    // A dated event without a weekday, and an inferred fact.
    v["events"][0]["date"] = json!("2025-09-24");
    v["events"][0].as_object_mut().unwrap().remove("day");
    v["facts"][0]["marks"] = json!(["inferred"]);
    let set = load_value(&v).unwrap();
    assert_eq!(set.quotes[0].speaker, None);
    assert_eq!(set.quotes[0].parts().count(), 2);
    assert_eq!(set.quotes[0].marks, [Mark::Partial, Mark::Relayed]);
    assert_eq!(set.events[0].date, Date::new(2025, 9, 24));
    assert_eq!(
        set.events[0].day,
        Day::Wednesday,
        "the day comes from the date"
    );
    assert_eq!(set.facts[0].marks, [Mark::Inferred]);
    assert!(validator().is_valid(&v));
    // And it all writes back.
    assert!(load(&set.to_json(), None).unwrap() == set);
}

#[test]
fn bad_dates_marks_and_quote_parts_are_placed() {
    /// An edit, the path of the problem it causes, and words of its message.
    type Case = (fn(&mut Value), &'static str, &'static str);
    let cases: [Case; 4] = [
        (
            |v| v["events"][1]["date"] = json!("2025-02-30"),
            "$.events[1].date",
            "expected a calendar date as YYYY-MM-DD, found \"2025-02-30\"",
        ),
        (
            |v| v["events"][1]["date"] = json!("24 September"),
            "$.events[1].date",
            "YYYY-MM-DD",
        ),
        (
            |v| v["facts"][3]["marks"] = json!(["rumoured"]),
            "$.facts[3].marks[0]",
            "unknown value \"rumoured\", expected one of relayed, inferred, planned, partial",
        ),
        (
            |v| v["quotes"][2]["continued"] = json!([{"start": 0, "end": 3, "text": "xyz"}]),
            "$.quotes[2].continued[0]",
            "the article has",
        ),
    ];
    for (edit, path, words) in cases {
        let mut v = bundled();
        v["schema"] = json!(SCHEMA);
        edit(&mut v);
        let err = load_value(&v).unwrap_err();
        assert_eq!(err.problems[0].path, path, "{err}");
        assert!(err.to_string().contains(words), "{err}");
    }
}

#[test]
fn dates_know_their_weekday_and_calendar() {
    for (text, day) in [
        ("2025-09-22", Day::Monday),
        ("2000-02-29", Day::Tuesday),
        ("1970-01-01", Day::Thursday),
        ("2024-12-31", Day::Tuesday),
    ] {
        let date: Date = text.parse().unwrap();
        assert_eq!(date.weekday(), day, "{text}");
        assert!(date.label().starts_with(day.label()), "{}", date.label());
        assert_eq!(date.to_string(), text);
    }
    assert_eq!(
        Date::new(2025, 9, 24).unwrap().label(),
        "Wednesday 24 September 2025"
    );
    for bad in [
        "1900-02-29",
        "2025-13-01",
        "2025-00-10",
        "0000-01-01",
        "2025-1-01",
        "２０２５-01-01",
    ] {
        assert!(bad.parse::<Date>().is_err(), "{bad}");
    }
}

//! The fact-set JSON Schema, generated from the model types (host only).
//!
//! `docs/fact-set.schema.json` is this schema; a test fails when they differ,
//! and `cargo run -- schema > docs/fact-set.schema.json` rewrites it.

use crate::model::FactSet;

/// The JSON Schema of a fact-set file, pretty-printed with a final newline.
pub fn fact_set_schema() -> String {
    let mut schema = schemars::schema_for!(FactSet);
    schema.insert("title".into(), "Fact explorer fact set".into());
    let mut text = serde_json::to_string_pretty(&schema).expect("a schema is JSON");
    text.push('\n');
    text
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_schema_in_docs_is_the_one_the_types_generate() {
        let path = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../docs/fact-set.schema.json"
        );
        let on_disk = std::fs::read_to_string(path).unwrap_or_default();
        assert!(
            on_disk == super::fact_set_schema(),
            "docs/fact-set.schema.json is not what the model types generate; \
             run `cargo run -- schema > docs/fact-set.schema.json`"
        );
    }
}

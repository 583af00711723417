//! Small valid fact sets made from a list of entities, for tests of the
//! archive (here and in the command line's tests): each entity named in a
//! sentence of its own, a fact linking the first entity to each other one,
//! and a quote by the first.

use serde_json::{json, Value};

/// An entity as a fixture article gives it.
#[derive(Clone, Copy, Debug)]
pub struct Ent<'a> {
    pub id: &'a str,
    pub name: &'a str,
    /// The kind's slug.
    pub kind: &'a str,
    pub aliases: &'a [&'a str],
    pub description: &'a str,
}

/// An entity with no aliases and no description.
pub fn ent<'a>(id: &'a str, name: &'a str, kind: &'a str) -> Ent<'a> {
    Ent {
        id,
        name,
        kind,
        aliases: &[],
        description: "",
    }
}

fn span(text: &str, start: usize, end: usize) -> Value {
    json!({"start": start, "end": end, "text": &text[start..end]})
}

/// The fact-set JSON of an article titled `title`, dated `date` (none when
/// `None`), naming `ents` (at least one).
pub fn fact_set(title: &str, date: Option<&str>, ents: &[Ent]) -> String {
    let mut text = format!("{title}.\n");
    let mut mentions = Vec::new();
    let mut sentences = Vec::new();
    for e in ents {
        let start = text.len();
        text.push_str(e.name);
        let end = text.len();
        text.push_str(" is in the news.");
        sentences.push((start, text.len()));
        text.push(' ');
        mentions.push((start, end));
    }
    let q_start = text.len();
    text.push('\u{201C}');
    let w_start = text.len();
    text.push_str("We will talk again");
    let w_end = text.len();
    text.push_str(",\u{201D} ");
    text.push_str(ents[0].name);
    text.push_str(" said.");
    let q_end = text.len();
    let entities: Vec<Value> = ents
        .iter()
        .zip(&mentions)
        .map(|(e, &(s, t))| {
            json!({
                "id": e.id, "name": e.name, "kind": e.kind, "aliases": e.aliases,
                "description": e.description, "mentions": [span(&text, s, t)],
            })
        })
        .collect();
    let facts: Vec<Value> = ents
        .iter()
        .enumerate()
        .skip(1)
        .map(|(i, e)| {
            let (s, t) = sentences[i];
            json!({
                "id": format!("f{i}"), "subject": ents[0].id, "relation": "appears with",
                "object": {"entity": e.id}, "evidence": [span(&text, s, t)],
            })
        })
        .collect();
    let quotes = vec![json!({
        "id": "q1", "speaker": ents[0].id, "words": span(&text, w_start, w_end),
        "attribution": format!("{} said", ents[0].name), "evidence": [span(&text, q_start, q_end)],
    })];
    let mut article = json!({"title": title, "text": text});
    if let Some(d) = date {
        article["date"] = json!(d);
    }
    serde_json::to_string_pretty(&json!({
        "schema": "fact-explorer/3", "article": article, "entities": entities,
        "facts": facts, "quotes": quotes,
    }))
    .unwrap_or_default()
}

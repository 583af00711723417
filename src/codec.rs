//! The fact model in JSON and back: the format of `docs/fact-set.md`, read
//! with [`json::Reader`] and written with [`json::Writer`].
//!
//! Reading follows the schema: required keys must be there, optional ones
//! default (an absent or `null` optional span is `None`, an absent list is
//! empty), unknown keys are ignored so newer files still load, a key given
//! twice is an error. What JSON cannot express (unknown entity ids, spans
//! that miss the text) is checked afterwards by [`crate::load::validate`].

use crate::json::{Reader, Result, Writer};
use crate::model::{
    Article, Day, Entity, EntityKind, Event, Fact, FactSet, Object, Qualifiers, Quote, Span, Status,
};

/// Reads a whole fact set (nothing but white space may follow it).
pub fn read_fact_set(text: &str) -> Result<FactSet> {
    let mut r = Reader::new(text);
    let at = r.here();
    let (mut schema, mut article, mut entities, mut facts) = (None, None, None, None);
    let (mut quotes, mut events) = (None, None);
    r.object(&mut |r, key| match key {
        "schema" => r.field(&mut schema, key, Reader::string),
        "article" => r.field(&mut article, key, read_article),
        "entities" => r.field(&mut entities, key, |r| r.list(read_entity)),
        "facts" => r.field(&mut facts, key, |r| r.list(read_fact)),
        "quotes" => r.field(&mut quotes, key, |r| r.list(read_quote)),
        "events" => r.field(&mut events, key, |r| r.list(read_event)),
        _ => r.skip(),
    })?;
    r.end()?;
    Ok(FactSet {
        schema: r.required(schema, "schema", at)?,
        article: r.required(article, "article", at)?,
        entities: r.required(entities, "entities", at)?,
        facts: r.required(facts, "facts", at)?,
        quotes: quotes.unwrap_or_default(),
        events: events.unwrap_or_default(),
        entity_index: Default::default(),
    })
}

fn read_span(r: &mut Reader) -> Result<Span> {
    let at = r.here();
    let (mut start, mut end, mut text) = (None, None, None);
    r.object(&mut |r, key| match key {
        "start" => r.field(&mut start, key, Reader::usize),
        "end" => r.field(&mut end, key, Reader::usize),
        "text" => r.field(&mut text, key, Reader::string),
        _ => r.skip(),
    })?;
    Ok(Span {
        start: r.required(start, "start", at)?,
        end: r.required(end, "end", at)?,
        text: r.required(text, "text", at)?,
    })
}

fn optional_span(r: &mut Reader) -> Result<Option<Span>> {
    r.optional(read_span)
}

fn optional_string(r: &mut Reader) -> Result<Option<String>> {
    r.optional(Reader::string)
}

fn read_article(r: &mut Reader) -> Result<Article> {
    let at = r.here();
    let (mut title, mut text, mut dateline, mut byline) = (None, None, None, None);
    let (mut byline_email, mut editor, mut headings) = (None, None, None);
    r.object(&mut |r, key| match key {
        "title" => r.field(&mut title, key, Reader::string),
        "text" => r.field(&mut text, key, Reader::string),
        "dateline" => r.field(&mut dateline, key, optional_span),
        "byline" => r.field(&mut byline, key, optional_span),
        "byline_email" => r.field(&mut byline_email, key, optional_span),
        "editor" => r.field(&mut editor, key, optional_span),
        "headings" => r.field(&mut headings, key, |r| r.list(read_span)),
        _ => r.skip(),
    })?;
    Ok(Article {
        title: r.required(title, "title", at)?,
        text: text.unwrap_or_default(),
        dateline: dateline.flatten(),
        byline: byline.flatten(),
        byline_email: byline_email.flatten(),
        editor: editor.flatten(),
        headings: headings.unwrap_or_default(),
        sentences: Vec::new(),
    })
}

fn read_kind(r: &mut Reader) -> Result<EntityKind> {
    let names = EntityKind::ALL.map(EntityKind::slug);
    r.one_of(&names).map(|i| EntityKind::ALL[i])
}

fn read_status(r: &mut Reader) -> Result<Status> {
    let names = Status::ALL.map(Status::slug);
    r.one_of(&names).map(|i| Status::ALL[i])
}

fn read_day(r: &mut Reader) -> Result<Day> {
    let names = Day::ALL.map(Day::slug);
    r.one_of(&names).map(|i| Day::ALL[i])
}

fn read_entity(r: &mut Reader) -> Result<Entity> {
    let at = r.here();
    let (mut id, mut name, mut kind) = (None, None, None);
    let (mut aliases, mut description, mut mentions) = (None, None, None);
    r.object(&mut |r, key| match key {
        "id" => r.field(&mut id, key, Reader::string),
        "name" => r.field(&mut name, key, Reader::string),
        "kind" => r.field(&mut kind, key, read_kind),
        "aliases" => r.field(&mut aliases, key, |r| r.list(Reader::string)),
        "description" => r.field(&mut description, key, Reader::string),
        "mentions" => r.field(&mut mentions, key, |r| r.list(read_span)),
        _ => r.skip(),
    })?;
    Ok(Entity {
        id: r.required(id, "id", at)?,
        name: r.required(name, "name", at)?,
        kind: r.required(kind, "kind", at)?,
        aliases: aliases.unwrap_or_default(),
        description: description.unwrap_or_default(),
        mentions: mentions.unwrap_or_default(),
    })
}

/// `{"entity": "id"}` or `{"literal": "words"}`: exactly one of the two.
fn read_object(r: &mut Reader) -> Result<Object> {
    let at = r.here();
    let mut object = None;
    r.object(&mut |r, key| match key {
        "entity" => r.field(&mut object, "entity or literal", |r| {
            r.string().map(Object::Entity)
        }),
        "literal" => r.field(&mut object, "entity or literal", |r| {
            r.string().map(Object::Literal)
        }),
        _ => {
            let at = r.here();
            Err(r.shape(
                at,
                format!("unknown key `{key}`, expected `entity` or `literal`"),
            ))
        }
    })?;
    r.required(object, "entity or literal", at)
}

fn read_qualifiers(r: &mut Reader) -> Result<Qualifiers> {
    let mut q = Qualifiers::default();
    let mut seen = [false; 6];
    r.object(&mut |r, key| {
        let (slot, i) = match key {
            "when" => (&mut q.when, 0),
            "where" => (&mut q.place, 1),
            "amount" => (&mut q.amount, 2),
            "role" => (&mut q.role, 3),
            "attributed_to" => (&mut q.attributed_to, 4),
            "note" => (&mut q.note, 5),
            _ => return r.skip(),
        };
        if std::mem::replace(&mut seen[i], true) {
            let at = r.here();
            return Err(r.shape(at, format!("the key `{key}` appears twice")));
        }
        *slot = optional_string(r)?;
        Ok(())
    })?;
    Ok(q)
}

fn read_fact(r: &mut Reader) -> Result<Fact> {
    let at = r.here();
    let (mut id, mut subject, mut relation, mut object) = (None, None, None, None);
    let (mut status, mut qualifiers, mut evidence) = (None, None, None);
    r.object(&mut |r, key| match key {
        "id" => r.field(&mut id, key, Reader::string),
        "subject" => r.field(&mut subject, key, Reader::string),
        "relation" => r.field(&mut relation, key, Reader::string),
        "object" => r.field(&mut object, key, read_object),
        "status" => r.field(&mut status, key, read_status),
        "qualifiers" => r.field(&mut qualifiers, key, read_qualifiers),
        "evidence" => r.field(&mut evidence, key, |r| r.list(read_span)),
        _ => r.skip(),
    })?;
    Ok(Fact {
        id: r.required(id, "id", at)?,
        subject: r.required(subject, "subject", at)?,
        relation: r.required(relation, "relation", at)?,
        object: r.required(object, "object", at)?,
        status: status.unwrap_or_default(),
        qualifiers: qualifiers.unwrap_or_default(),
        evidence: r.required(evidence, "evidence", at)?,
    })
}

fn read_quote(r: &mut Reader) -> Result<Quote> {
    let at = r.here();
    let (mut id, mut speaker, mut words) = (None, None, None);
    let (mut attribution, mut reported_by, mut evidence) = (None, None, None);
    r.object(&mut |r, key| match key {
        "id" => r.field(&mut id, key, Reader::string),
        "speaker" => r.field(&mut speaker, key, Reader::string),
        "words" => r.field(&mut words, key, read_span),
        "attribution" => r.field(&mut attribution, key, Reader::string),
        "reported_by" => r.field(&mut reported_by, key, optional_string),
        "evidence" => r.field(&mut evidence, key, |r| r.list(read_span)),
        _ => r.skip(),
    })?;
    Ok(Quote {
        id: r.required(id, "id", at)?,
        speaker: r.required(speaker, "speaker", at)?,
        words: r.required(words, "words", at)?,
        attribution: r.required(attribution, "attribution", at)?,
        reported_by: reported_by.flatten(),
        evidence: r.required(evidence, "evidence", at)?,
    })
}

fn read_event(r: &mut Reader) -> Result<Event> {
    let at = r.here();
    let (mut id, mut day, mut title, mut who) = (None, None, None, None);
    let (mut place, mut status, mut evidence) = (None, None, None);
    r.object(&mut |r, key| match key {
        "id" => r.field(&mut id, key, Reader::string),
        "day" => r.field(&mut day, key, read_day),
        "title" => r.field(&mut title, key, Reader::string),
        "who" => r.field(&mut who, key, |r| r.list(Reader::string)),
        "where" => r.field(&mut place, key, optional_string),
        "status" => r.field(&mut status, key, read_status),
        "evidence" => r.field(&mut evidence, key, |r| r.list(read_span)),
        _ => r.skip(),
    })?;
    Ok(Event {
        id: r.required(id, "id", at)?,
        day: r.required(day, "day", at)?,
        title: r.required(title, "title", at)?,
        who: who.unwrap_or_default(),
        place: place.flatten(),
        status: status.unwrap_or_default(),
        evidence: r.required(evidence, "evidence", at)?,
    })
}

/// A fact set as compact JSON that [`read_fact_set`] reads back to an equal
/// set (the loader's computed fields aside). Optional keys that are unset
/// are left out; an empty article text is left out too, as the format allows.
pub fn write_fact_set(set: &FactSet) -> String {
    let mut w = Writer::new();
    w.object(|w| {
        w.key("schema").string(&set.schema);
        w.key("article");
        write_article(w, &set.article);
        w.key("entities").list(&set.entities, write_entity);
        w.key("facts").list(&set.facts, write_fact);
        w.key("quotes").list(&set.quotes, write_quote);
        w.key("events").list(&set.events, write_event);
    });
    w.finish()
}

fn write_span(w: &mut Writer, s: &Span) {
    w.object(|w| {
        w.key("start").number(s.start);
        w.key("end").number(s.end);
        w.key("text").string(&s.text);
    });
}

fn write_article(w: &mut Writer, a: &Article) {
    w.object(|w| {
        w.key("title").string(&a.title);
        if !a.text.is_empty() {
            w.key("text").string(&a.text);
        }
        for (key, span) in a.named_spans() {
            if let Some(s) = span {
                write_span(w.key(key), s);
            }
        }
        w.key("headings").list(&a.headings, write_span);
    });
}

fn write_entity(w: &mut Writer, e: &Entity) {
    w.object(|w| {
        w.key("id").string(&e.id);
        w.key("name").string(&e.name);
        w.key("kind").string(e.kind.slug());
        w.key("aliases").strings(&e.aliases);
        w.key("description").string(&e.description);
        w.key("mentions").list(&e.mentions, write_span);
    });
}

/// Writes `"key": "value"` when the value is set.
fn optional(w: &mut Writer, key: &str, value: &Option<String>) {
    if let Some(v) = value {
        w.key(key).string(v);
    }
}

fn write_fact(w: &mut Writer, f: &Fact) {
    w.object(|w| {
        w.key("id").string(&f.id);
        w.key("subject").string(&f.subject);
        w.key("relation").string(&f.relation);
        w.key("object").object(|w| match &f.object {
            Object::Entity(id) => w.key("entity").string(id),
            Object::Literal(words) => w.key("literal").string(words),
        });
        w.key("status").string(f.status.slug());
        let q = &f.qualifiers;
        w.key("qualifiers").object(|w| {
            optional(w, "when", &q.when);
            optional(w, "where", &q.place);
            optional(w, "amount", &q.amount);
            optional(w, "role", &q.role);
            optional(w, "attributed_to", &q.attributed_to);
            optional(w, "note", &q.note);
        });
        w.key("evidence").list(&f.evidence, write_span);
    });
}

fn write_quote(w: &mut Writer, q: &Quote) {
    w.object(|w| {
        w.key("id").string(&q.id);
        w.key("speaker").string(&q.speaker);
        write_span(w.key("words"), &q.words);
        w.key("attribution").string(&q.attribution);
        optional(w, "reported_by", &q.reported_by);
        w.key("evidence").list(&q.evidence, write_span);
    });
}

fn write_event(w: &mut Writer, e: &Event) {
    w.object(|w| {
        w.key("id").string(&e.id);
        w.key("day").string(e.day.slug());
        w.key("title").string(&e.title);
        w.key("who").strings(&e.who);
        optional(w, "where", &e.place);
        w.key("status").string(e.status.slug());
        w.key("evidence").list(&e.evidence, write_span);
    });
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::{BUNDLED_FACTS, BUNDLED_TEXT};

    #[test]
    fn what_is_written_reads_back_equal() {
        let mut bundled = read_fact_set(BUNDLED_FACTS).unwrap();
        bundled.article.text = BUNDLED_TEXT.to_string();
        for mut set in [bundled, crate::synth::generate(500, 3)] {
            // Computed by the loader, never written.
            set.entity_index.clear();
            set.article.sentences.clear();
            let json = write_fact_set(&set);
            assert!(read_fact_set(&json).unwrap() == set, "round trip differs");
            // Another JSON reader agrees that it is JSON, with the same numbers.
            let value: serde_json::Value = serde_json::from_str(&json).unwrap();
            assert_eq!(value["facts"].as_array().unwrap().len(), set.facts.len());
        }
    }

    #[test]
    fn objects_read_both_forms_and_nothing_else() {
        let read = |t: &str| read_object(&mut Reader::new(t));
        assert_eq!(
            read(r#"{"entity":"lee"}"#),
            Ok(Object::Entity("lee".into()))
        );
        assert_eq!(
            read(r#"{"literal":"global investors"}"#),
            Ok(Object::Literal("global investors".into()))
        );
        for bad in [
            r#"{}"#,
            r#"{"entity":"a","literal":"b"}"#,
            r#"{"thing":"x"}"#,
            "\"lee\"",
        ] {
            assert!(!read(bad).unwrap_err().syntax, "{bad}");
        }
    }

    #[test]
    fn optional_keys_may_be_absent_or_null() {
        let q = read_qualifiers(&mut Reader::new(r#"{"when":null,"where":"ny","x":[1]}"#));
        assert_eq!(q.unwrap().place.as_deref(), Some("ny"));
        let a = read_article(&mut Reader::new(r#"{"title":"T","dateline":null}"#)).unwrap();
        assert_eq!((a.dateline, a.text.as_str()), (None, ""));
    }
}

//! The article as search engines read it: schema.org JSON-LD (a
//! `NewsArticle` whose `mentions` are the people, organisations and places
//! of the fact set), for the prerendered page and the `render` fragment.
//! Amounts, times, events and agreements have no fitting schema.org type a
//! crawler uses, so they are left out rather than mislabelled.

use serde_json::{json, Map, Value};

use crate::model::{EntityKind, FactSet};

/// The schema.org type for an entity kind, or `None` for kinds left out.
pub fn schema_type(kind: EntityKind) -> Option<&'static str> {
    Some(match kind {
        EntityKind::Person => "Person",
        EntityKind::Organisation => "Organization",
        EntityKind::GovernmentBody => "GovernmentOrganization",
        EntityKind::Country => "Country",
        EntityKind::City => "City",
        EntityKind::Region | EntityKind::Venue => "Place",
        EntityKind::Event | EntityKind::Agreement | EntityKind::Amount | EntityKind::Time => {
            return None
        }
    })
}

/// The `NewsArticle` for `set`.
pub fn news_article(set: &FactSet) -> Value {
    let art = &set.article;
    let mut article = Map::new();
    article.insert("@context".into(), json!("https://schema.org"));
    article.insert("@type".into(), json!("NewsArticle"));
    // schema.org asks for a headline of at most 110 characters.
    let headline: String = art.title.chars().take(110).collect();
    article.insert("headline".into(), json!(headline));
    if let Some(date) = &art.date {
        article.insert("datePublished".into(), json!(date.to_string()));
    }
    if let Some(byline) = &art.byline {
        article.insert(
            "author".into(),
            json!({ "@type": "Person", "name": byline.text }),
        );
    }
    if let Some(dateline) = &art.dateline {
        article.insert(
            "contentLocation".into(),
            json!({ "@type": "Place", "name": dateline.text }),
        );
    }
    let words = art.text.split_whitespace().count();
    if words > 0 {
        article.insert("wordCount".into(), json!(words));
    }
    let mentions: Vec<Value> = set
        .entities
        .iter()
        .filter_map(|e| {
            let kind = schema_type(e.kind)?;
            let mut thing = Map::new();
            thing.insert("@type".into(), json!(kind));
            thing.insert("name".into(), json!(e.name));
            if !e.aliases.is_empty() {
                thing.insert("alternateName".into(), json!(e.aliases));
            }
            if !e.description.is_empty() {
                thing.insert("description".into(), json!(e.description));
            }
            Some(Value::Object(thing))
        })
        .collect();
    if !mentions.is_empty() {
        article.insert("mentions".into(), Value::Array(mentions));
    }
    Value::Object(article)
}

/// JSON text that may stand inside an HTML `<script>` element: every `<`
/// (which JSON allows only inside strings) written `\u003c`, so neither
/// `</script` nor `<!--` in the data can end or confuse the element.
pub fn script_safe_json(json: &str) -> String {
    json.replace('<', "\\u003c")
}

/// The `NewsArticle` as a `<script type="application/ld+json">` element.
pub fn script(set: &FactSet) -> String {
    format!(
        "<script type=\"application/ld+json\">{}</script>",
        script_safe_json(&news_article(set).to_string())
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn script_text_cannot_end_the_element() {
        let safe = script_safe_json(r#"{"a":"</script><!-- x"}"#);
        assert!(!safe.contains("</script"));
        assert!(!safe.contains("<!--"));
        let back: Value = serde_json::from_str(&safe).unwrap();
        assert_eq!(back["a"], "</script><!-- x");
    }
}

//! The per-article step: one checked fact set in, the records the archive
//! keeps of it out ([`ArticleRecords`]). A pure function of the article, so
//! an unchanged article's records are reused as they are (the incremental
//! build) and a cluster of machines could run it article by article.

use fact_explorer_core::explore::{ExplorerState, View};
use fact_explorer_core::item::{ItemKey, ItemKind, ItemRef};
use fact_explorer_core::model::FactSet;
use fact_explorer_core::search::documents;
use serde::{Deserialize, Serialize};

/// The version of the records' format; part of every article's cache key,
/// so records written by another version are made again.
pub const FORMAT: &str = "fact-archive/4";

/// What the archive keeps of one article.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ArticleRecords {
    /// The article's id: its file name without `.facts.json`.
    pub id: String,
    /// The article's title.
    pub title: String,
    /// The publication date (YYYY-MM-DD), when the fact set gives one.
    pub date: Option<String>,
    /// The original article's address, when given (`NAME.url`).
    pub url: Option<String>,
    /// The digest of the files the records were made from (see
    /// [`crate::source_digest`]).
    pub source: String,
    /// The article's entities, in the fact set's order.
    pub entities: Vec<EntityOccurrence>,
    /// Its facts, quotes, itinerary events and sentences.
    pub items: Vec<ItemRecord>,
}

/// One entity as one article gives it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct EntityOccurrence {
    /// The entity's id in the article.
    pub id: String,
    /// Its name there.
    pub name: String,
    /// Its kind's slug (`person`, `city`…).
    pub kind: String,
    /// The aliases the article gives.
    pub aliases: Vec<String>,
    /// The article's description of it (a person's role).
    pub description: String,
    /// How many times the article names it.
    pub mentions: usize,
    /// The sentence of its first mention: the evidence that the article
    /// names it.
    pub evidence: String,
    /// The explorer's deep link to its panel.
    pub link: String,
}

/// A fact, quote, event or sentence of one article.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ItemRecord {
    /// `fact`, `quote`, `event` or `sentence`.
    pub kind: String,
    /// Its id in the article (`s<N>` for sentence N, counting from 0).
    pub id: String,
    /// The line the explorer shows for it (a sentence: its text).
    pub line: String,
    /// The text the search indexes (the explorer's own search document),
    /// when it is not `line` (a sentence's is).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub text: String,
    /// The ids of the entities it involves, in the article.
    pub entities: Vec<String>,
    /// The explorer's deep link to it.
    pub link: String,
}

impl ItemRecord {
    /// The text the search indexes.
    pub fn search_text(&self) -> &str {
        if self.text.is_empty() {
            &self.line
        } else {
            &self.text
        }
    }
}

/// The address of an article's explorer page, relative to the archive
/// site's root.
pub fn article_page(article: &str) -> String {
    format!("a/{article}.html")
}

/// The explorer's deep link to `state` in `article`'s page: the state as
/// [`fact_explorer_core::url_state`] encodes it, in the `fx` query
/// parameter as the explorer's URL sync writes it.
pub fn deep_link(article: &str, state: &ExplorerState) -> String {
    let value = fact_explorer_core::url_state::encode(state);
    let page = article_page(article);
    if value.is_empty() {
        return page;
    }
    format!("{page}?fx={}", form_escape(&value))
}

/// The explorer's deep link to a fact, quote, event or sentence (`s<N>`)
/// of `article`: a fact's card among the facts, anything else in the
/// article's text (its evidence highlighted and scrolled to, which only
/// the article view shows for quotes, events and sentences).
pub fn item_link(article: &str, kind: ItemKind, id: &str) -> String {
    let state = ExplorerState {
        fact: Some(ItemKey {
            kind,
            id: id.to_string(),
        }),
        view: if kind == ItemKind::Fact {
            View::Facts
        } else {
            View::Article
        },
        ..ExplorerState::default()
    };
    deep_link(article, &state)
}

/// Escapes a query parameter's value as `URLSearchParams` does.
pub fn form_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        match b {
            b'a'..=b'z' | b'A'..=b'Z' | b'0'..=b'9' | b'*' | b'-' | b'.' | b'_' => {
                out.push(b as char)
            }
            b' ' => out.push('+'),
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}

/// The records of one checked fact set (as [`fact_explorer_core::load`]
/// returns it), with the article's id, URL and source digest.
pub fn article_records(id: &str, set: &FactSet, url: Option<&str>, source: &str) -> ArticleRecords {
    let mut entities = Vec::with_capacity(set.entities.len());
    for e in &set.entities {
        let evidence = e
            .mentions
            .first()
            .and_then(|m| set.sentence_at(m.start))
            .and_then(|s| set.article.sentences.get(s))
            .map(|r| set.article.text[r.clone()].to_string())
            .unwrap_or_default();
        let state = ExplorerState {
            focus: Some(e.id.clone()),
            ..ExplorerState::default()
        };
        entities.push(EntityOccurrence {
            id: e.id.clone(),
            name: e.name.clone(),
            kind: e.kind.slug().to_string(),
            aliases: e.aliases.clone(),
            description: e.description.clone(),
            mentions: e.mentions.len(),
            evidence,
            link: deep_link(id, &state),
        });
    }
    let mut items = Vec::new();
    for doc in documents(set) {
        if matches!(doc.item, ItemRef::Entity(_)) {
            continue;
        }
        let Some(key) = set.key_of(doc.item) else {
            continue;
        };
        let line = match doc.item {
            ItemRef::Sentence(_) => doc.body.clone(),
            item => set.describe(item),
        };
        let link = item_link(id, key.kind, &key.id);
        items.push(ItemRecord {
            kind: key.kind.slug().to_string(),
            id: key.id,
            text: if doc.body == line {
                String::new()
            } else {
                doc.body
            },
            line,
            entities: set
                .involved(doc.item)
                .into_iter()
                .map(str::to_string)
                .collect(),
            link,
        });
    }
    ArticleRecords {
        id: id.to_string(),
        title: set.article.title.clone(),
        date: set.article.date.map(|d| d.to_string()),
        url: url.map(str::to_string),
        source: source.to_string(),
        entities,
        items,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_bundled_article_gives_its_entities_items_and_deep_links() {
        let set = fact_explorer_core::load::load_bundled().unwrap();
        let r = article_records("seoul-1", &set, Some("https://example.com/a"), "x");
        assert_eq!(r.entities.len(), set.entities.len());
        let lee = r.entities.iter().find(|e| e.id == "lee").unwrap();
        assert_eq!(lee.name, "Lee Jae Myung");
        assert_eq!(lee.kind, "person");
        assert_eq!(lee.link, "a/seoul-1.html?fx=x%3Dlee");
        assert!(lee.evidence.contains("Lee"), "{}", lee.evidence);
        let fact = r.items.iter().find(|i| i.id == "f-lee-met-fink").unwrap();
        assert_eq!(fact.kind, "fact");
        assert_eq!(fact.link, "a/seoul-1.html?fx=t%3Df-lee-met-fink");
        let quote = r.items.iter().find(|i| i.kind == "quote").unwrap();
        assert_eq!(
            quote.link,
            format!("a/seoul-1.html?fx=v%3Darticle%3Bt%3D{}", quote.id)
        );
        assert!(fact.entities.contains(&"lee".to_string()));
        let sentences = r.items.iter().filter(|i| i.kind == "sentence").count();
        assert_eq!(sentences, set.article.sentences.len());
        assert_eq!(
            r.items.iter().filter(|i| i.kind == "fact").count(),
            set.facts.len()
        );
        // The link decodes to the same item in the explorer.
        let value = fact.link.split("fx=").nth(1).unwrap().replace("%3D", "=");
        let state = fact_explorer_core::url_state::decode(&value, &set);
        assert_eq!(state.fact.unwrap().id, "f-lee-met-fink");
    }
}

//! Items of a fact set (entities, facts, quotes, events, article sentences)
//! referred to by one typed enum, and the questions every view asks of an
//! item, answered once: which entities it involves, how it is described,
//! which words of the article are its evidence, and how links name it.

use std::ops::Range;

use serde::{Deserialize, Serialize};

use crate::model::{FactSet, Object};

/// The kinds of item.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ItemKind {
    Entity,
    Fact,
    Quote,
    Event,
    Sentence,
}

impl ItemKind {
    /// The kind as `data-kind` and the host API spell it.
    pub fn slug(self) -> &'static str {
        match self {
            ItemKind::Entity => "entity",
            ItemKind::Fact => "fact",
            ItemKind::Quote => "quote",
            ItemKind::Event => "event",
            ItemKind::Sentence => "sentence",
        }
    }

    /// The kind in words.
    pub fn label(self) -> &'static str {
        match self {
            ItemKind::Entity => "Entity",
            ItemKind::Fact => "Fact",
            ItemKind::Quote => "Quote",
            ItemKind::Event => "Itinerary",
            ItemKind::Sentence => "Article",
        }
    }
}

/// One item of a fact set, by its index in its list (`entities`, `facts`,
/// `quotes`, `events`, or the article's sentences).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ItemRef {
    Entity(usize),
    Fact(usize),
    Quote(usize),
    Event(usize),
    Sentence(usize),
}

impl ItemRef {
    /// What kind of item it is.
    pub fn kind(self) -> ItemKind {
        match self {
            ItemRef::Entity(_) => ItemKind::Entity,
            ItemRef::Fact(_) => ItemKind::Fact,
            ItemRef::Quote(_) => ItemKind::Quote,
            ItemRef::Event(_) => ItemKind::Event,
            ItemRef::Sentence(_) => ItemKind::Sentence,
        }
    }

    /// Its index in its list.
    pub fn index(self) -> usize {
        match self {
            ItemRef::Entity(i)
            | ItemRef::Fact(i)
            | ItemRef::Quote(i)
            | ItemRef::Event(i)
            | ItemRef::Sentence(i) => i,
        }
    }

    /// The item of `kind` at `index`.
    pub fn new(kind: ItemKind, index: usize) -> ItemRef {
        match kind {
            ItemKind::Entity => ItemRef::Entity(index),
            ItemKind::Fact => ItemRef::Fact(index),
            ItemKind::Quote => ItemRef::Quote(index),
            ItemKind::Event => ItemRef::Event(index),
            ItemKind::Sentence => ItemRef::Sentence(index),
        }
    }
}

/// An item as links and the host API name it: its kind and id. Sentences,
/// which have no id in the data, are `s<N>` (N from 0).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ItemKey {
    /// What kind of item.
    pub kind: ItemKind,
    /// Its id.
    pub id: String,
}

impl FactSet {
    /// Whether `item` exists in this set.
    pub fn has(&self, item: ItemRef) -> bool {
        let len = match item.kind() {
            ItemKind::Entity => self.entities.len(),
            ItemKind::Fact => self.facts.len(),
            ItemKind::Quote => self.quotes.len(),
            ItemKind::Event => self.events.len(),
            ItemKind::Sentence => self.article.sentences.len(),
        };
        item.index() < len
    }

    /// The ids of the entities `item` involves: an entity itself; a fact's
    /// subject, object and entity qualifiers (when, where, amount, credited
    /// to); a quote's speaker and relayer; an event's participants and place;
    /// the entities a sentence mentions. Each id once, in that order.
    pub fn involved(&self, item: ItemRef) -> Vec<&str> {
        let mut ids: Vec<&str> = Vec::new();
        match item {
            ItemRef::Entity(i) => ids.extend(self.entities.get(i).map(|e| e.id.as_str())),
            ItemRef::Fact(i) => {
                if let Some(f) = self.facts.get(i) {
                    let q = &f.qualifiers;
                    ids.push(&f.subject);
                    if let Object::Entity(id) = &f.object {
                        ids.push(id);
                    }
                    ids.extend(
                        [&q.when, &q.place, &q.amount, &q.attributed_to]
                            .into_iter()
                            .flatten()
                            .map(String::as_str),
                    );
                }
            }
            ItemRef::Quote(i) => {
                if let Some(q) = self.quotes.get(i) {
                    ids.extend(q.speaker.as_deref());
                    ids.extend(q.reported_by.as_deref());
                }
            }
            ItemRef::Event(i) => {
                if let Some(e) = self.events.get(i) {
                    ids.extend(e.who.iter().map(String::as_str));
                    ids.extend(e.place.as_deref());
                }
            }
            ItemRef::Sentence(i) => {
                if let Some(r) = self.article.sentences.get(i) {
                    ids.extend(
                        self.entities
                            .iter()
                            .filter(|e| e.mentions.iter().any(|m| m.overlaps(r)))
                            .map(|e| e.id.as_str()),
                    );
                }
            }
        }
        let mut seen = std::collections::HashSet::new();
        ids.retain(|id| seen.insert(*id));
        ids
    }

    /// The one line every view shows for `item`: an entity's name; a fact as
    /// a sentence with its amount, time and place ("BlackRock pledged to
    /// mobilise global capital · 12.5 trillion won"); a quote as "speaker:
    /// “words”"; an event as "day: title"; a sentence by its number.
    pub fn describe(&self, item: ItemRef) -> String {
        match item {
            ItemRef::Entity(i) => self.entities.get(i).map(|e| e.name.clone()),
            ItemRef::Fact(i) => self.facts.get(i).map(|f| {
                let mut line = self.fact_sentence(f);
                let q = &f.qualifiers;
                for id in [&q.amount, &q.when, &q.place].into_iter().flatten() {
                    line.push_str(" · ");
                    line.push_str(self.name_of(id));
                }
                line
            }),
            ItemRef::Quote(i) => self.quotes.get(i).map(|q| {
                let words: Vec<&str> = q.parts().map(|s| s.text.as_str()).collect();
                format!("{}: “{}”", self.speaker_name(q), words.join(" … "))
            }),
            ItemRef::Event(i) => self.events.get(i).map(|e| {
                let when = e
                    .date
                    .map_or_else(|| e.day.label().to_string(), |d| d.label());
                format!("{when}: {}", e.title)
            }),
            ItemRef::Sentence(i) => self
                .article
                .sentences
                .get(i)
                .map(|_| format!("sentence {}", i + 1)),
        }
        .unwrap_or_default()
    }

    /// The name of a quote's speaker, or "Unattributed".
    pub fn speaker_name<'a>(&'a self, quote: &'a crate::model::Quote) -> &'a str {
        quote
            .speaker
            .as_deref()
            .map_or("Unattributed", |id| self.name_of(id))
    }

    /// The byte ranges of the article that `item` stands on: a fact's,
    /// quote's or event's evidence, an entity's mentions, a sentence itself.
    pub fn evidence(&self, item: ItemRef) -> Vec<Range<usize>> {
        let spans = match item {
            ItemRef::Entity(i) => self.entities.get(i).map(|e| &e.mentions),
            ItemRef::Fact(i) => self.facts.get(i).map(|f| &f.evidence),
            ItemRef::Quote(i) => self.quotes.get(i).map(|q| &q.evidence),
            ItemRef::Event(i) => self.events.get(i).map(|e| &e.evidence),
            ItemRef::Sentence(i) => {
                return self.article.sentences.get(i).cloned().into_iter().collect()
            }
        };
        spans.map_or_else(Vec::new, |s| s.iter().map(|s| s.range()).collect())
    }

    /// How links and the host API name `item`.
    pub fn key_of(&self, item: ItemRef) -> Option<ItemKey> {
        let id = match item {
            ItemRef::Entity(i) => self.entities.get(i).map(|e| e.id.clone()),
            ItemRef::Fact(i) => self.facts.get(i).map(|f| f.id.clone()),
            ItemRef::Quote(i) => self.quotes.get(i).map(|q| q.id.clone()),
            ItemRef::Event(i) => self.events.get(i).map(|e| e.id.clone()),
            ItemRef::Sentence(i) => self.has(item).then(|| format!("s{i}")),
        }?;
        Some(ItemKey {
            kind: item.kind(),
            id,
        })
    }

    /// The item a key names, if it exists in this set.
    pub fn resolve(&self, key: &ItemKey) -> Option<ItemRef> {
        let id = key.id.as_str();
        let index = match key.kind {
            ItemKind::Entity => self.entity_position(id),
            ItemKind::Fact => self.facts.iter().position(|f| f.id == id),
            ItemKind::Quote => self.quotes.iter().position(|q| q.id == id),
            ItemKind::Event => self.events.iter().position(|e| e.id == id),
            ItemKind::Sentence => id.strip_prefix('s').and_then(|n| n.parse().ok()),
        }?;
        let item = ItemRef::new(key.kind, index);
        self.has(item).then_some(item)
    }

    /// The fact, quote, event or sentence a bare id names (links written
    /// before items carried their kind: `t=f-lee-met-fink`, `t=s3`).
    pub fn resolve_bare(&self, id: &str) -> Option<ItemRef> {
        [
            ItemKind::Fact,
            ItemKind::Quote,
            ItemKind::Event,
            ItemKind::Sentence,
        ]
        .into_iter()
        .find_map(|kind| {
            self.resolve(&ItemKey {
                kind,
                id: id.to_string(),
            })
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::load_bundled;

    #[test]
    fn involved_counts_every_entity_reference_once() {
        let set = load_bundled().unwrap();
        for (i, f) in set.facts.iter().enumerate() {
            let ids = set.involved(ItemRef::Fact(i));
            assert_eq!(ids[0], f.subject);
            if let Some(place) = &f.qualifiers.place {
                assert!(ids.contains(&place.as_str()), "{}", f.id);
            }
        }
        for (i, e) in set.events.iter().enumerate() {
            let ids = set.involved(ItemRef::Event(i));
            if let Some(place) = &e.place {
                assert!(ids.contains(&place.as_str()), "{} misses its place", e.id);
            }
            let mut unique = ids.clone();
            unique.dedup();
            assert_eq!(unique.len(), ids.len());
        }
        assert!(set.involved(ItemRef::Fact(usize::MAX)).is_empty());
    }

    #[test]
    fn keys_round_trip_and_old_links_resolve() {
        let set = load_bundled().unwrap();
        let items = [
            ItemRef::Entity(2),
            ItemRef::Fact(3),
            ItemRef::Quote(1),
            ItemRef::Event(0),
            ItemRef::Sentence(4),
        ];
        for item in items {
            let key = set.key_of(item).unwrap();
            assert_eq!(set.resolve(&key), Some(item));
            if item.kind() != ItemKind::Entity {
                assert_eq!(set.resolve_bare(&key.id), Some(item));
            }
        }
        assert_eq!(set.key_of(ItemRef::Sentence(99_999)), None);
        assert_eq!(set.resolve_bare("s99999"), None);
        assert_eq!(set.resolve_bare("nothing"), None);
    }

    #[test]
    fn describe_includes_the_amount_of_a_fact() {
        let set = load_bundled().unwrap();
        let (i, f) = set
            .facts
            .iter()
            .enumerate()
            .find(|(_, f)| f.qualifiers.amount.is_some())
            .expect("the bundled set has a fact with an amount");
        let amount = set.name_of(f.qualifiers.amount.as_deref().unwrap());
        assert!(set.describe(ItemRef::Fact(i)).contains(amount));
    }
}

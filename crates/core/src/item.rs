//! Items of a fact set (entities, facts, quotes, events, article sentences)
//! referred to by one typed enum, and the questions every view asks of an
//! item, answered once: which entities it involves, how it is described,
//! which words of the article are its evidence, and how links name it.

use std::ops::Range;

use serde::{Deserialize, Serialize};

use crate::model::{FactSet, Id, Object};

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

/// Where a fact, quote or event names an entity ([`FactSet::entity_refs`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EntityRole {
    /// A fact's subject.
    Subject,
    /// A fact's object (when it is an entity).
    Object,
    /// A fact's time.
    When,
    /// A fact's place.
    Place,
    /// A fact's amount.
    Amount,
    /// Whom a fact is credited to.
    AttributedTo,
    /// A quote's speaker.
    Speaker,
    /// Who relays a quote.
    ReportedBy,
    /// One of an event's participants.
    Party,
    /// Where an event happens.
    Venue,
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

    /// The ids of the entities `item` involves: an entity itself; the
    /// entities a fact, quote or event refers to ([`FactSet::entity_refs`]);
    /// the entities a sentence mentions. Each id once, in that order.
    pub fn involved(&self, item: ItemRef) -> Vec<&str> {
        let mut ids: Vec<&str> = match item {
            ItemRef::Entity(i) => self
                .entities
                .get(i)
                .map(|e| e.id.as_str())
                .into_iter()
                .collect(),
            ItemRef::Sentence(i) => match self.article.sentences.get(i) {
                Some(r) => self
                    .entities
                    .iter()
                    .filter(|e| e.mentions.iter().any(|m| m.overlaps(r)))
                    .map(|e| e.id.as_str())
                    .collect(),
                None => Vec::new(),
            },
            _ => self
                .entity_refs(item)
                .into_iter()
                .map(|(_, id)| id)
                .collect(),
        };
        let mut seen = std::collections::HashSet::new();
        ids.retain(|id| seen.insert(*id));
        ids
    }

    /// Every place where a fact, quote or event names an entity, with its
    /// role, in the item's order (a fact's subject, object, when, place,
    /// amount and source; a quote's speaker and relayer; an event's parties
    /// and place). Entities and sentences name none. This walk and
    /// [`FactSet::retarget`] are the one description of an item's entity
    /// references: involvement, dependents, deletion and merge go through
    /// them.
    pub fn entity_refs(&self, item: ItemRef) -> Vec<(EntityRole, &str)> {
        let mut out: Vec<(EntityRole, &str)> = Vec::new();
        match item {
            ItemRef::Fact(i) => {
                if let Some(f) = self.facts.get(i) {
                    let q = &f.qualifiers;
                    out.push((EntityRole::Subject, &f.subject));
                    if let Object::Entity(id) = &f.object {
                        out.push((EntityRole::Object, id));
                    }
                    for (role, x) in [
                        (EntityRole::When, &q.when),
                        (EntityRole::Place, &q.place),
                        (EntityRole::Amount, &q.amount),
                        (EntityRole::AttributedTo, &q.attributed_to),
                    ] {
                        out.extend(x.as_deref().map(|id| (role, id)));
                    }
                }
            }
            ItemRef::Quote(i) => {
                if let Some(q) = self.quotes.get(i) {
                    out.extend(q.speaker.as_deref().map(|id| (EntityRole::Speaker, id)));
                    out.extend(
                        q.reported_by
                            .as_deref()
                            .map(|id| (EntityRole::ReportedBy, id)),
                    );
                }
            }
            ItemRef::Event(i) => {
                if let Some(e) = self.events.get(i) {
                    out.extend(e.who.iter().map(|id| (EntityRole::Party, id.as_str())));
                    out.extend(e.place.as_deref().map(|id| (EntityRole::Venue, id)));
                }
            }
            ItemRef::Entity(_) | ItemRef::Sentence(_) => {}
        }
        out
    }

    /// Whether `item` (a fact, quote or event) names entity `id`.
    pub fn refers_to(&self, item: ItemRef, id: &str) -> bool {
        self.entity_refs(item).iter().any(|(_, x)| *x == id)
    }

    /// Makes `item` name `to` wherever it names `from`, or (`to` = `None`)
    /// no longer name it: an optional reference is cleared, a party leaves
    /// the event. A party named twice after the change is kept once, in
    /// its first place (`[lee, moon, lee]` becomes `[lee, moon]`). Returns
    /// false when the item cannot stand without `from`: a fact whose
    /// reference is taken away (the caller removes the fact); the
    /// [`FactSet::index_entities`] indexes are the caller's to rebuild.
    pub fn retarget(&mut self, item: ItemRef, from: &str, to: Option<&str>) -> bool {
        let swap = |x: &mut Option<Id>| {
            if x.as_deref() == Some(from) {
                *x = to.map(str::to_string);
            }
        };
        match item {
            ItemRef::Fact(i) => {
                let named = self.refers_to(item, from);
                let (Some(to), Some(f)) = (to, self.facts.get_mut(i)) else {
                    return !named;
                };
                if f.subject == from {
                    f.subject = to.to_string();
                }
                if let Object::Entity(o) = &mut f.object {
                    if o == from {
                        *o = to.to_string();
                    }
                }
                let q = &mut f.qualifiers;
                for x in [
                    &mut q.when,
                    &mut q.place,
                    &mut q.amount,
                    &mut q.attributed_to,
                ] {
                    if x.as_deref() == Some(from) {
                        *x = Some(to.to_string());
                    }
                }
            }
            ItemRef::Quote(i) => {
                if let Some(q) = self.quotes.get_mut(i) {
                    swap(&mut q.speaker);
                    swap(&mut q.reported_by);
                }
            }
            ItemRef::Event(i) => {
                if let Some(e) = self.events.get_mut(i) {
                    match to {
                        Some(to) => e
                            .who
                            .iter_mut()
                            .filter(|w| *w == from)
                            .for_each(|w| *w = to.to_string()),
                        None => e.who.retain(|w| w != from),
                    }
                    let mut seen = std::collections::HashSet::new();
                    e.who.retain(|w| seen.insert(w.clone()));
                    swap(&mut e.place);
                }
            }
            ItemRef::Entity(_) | ItemRef::Sentence(_) => {}
        }
        true
    }

    /// The facts, quotes and events, in that order (what can name an
    /// entity).
    pub fn referring_items(&self) -> impl Iterator<Item = ItemRef> {
        (0..self.facts.len())
            .map(ItemRef::Fact)
            .chain((0..self.quotes.len()).map(ItemRef::Quote))
            .chain((0..self.events.len()).map(ItemRef::Event))
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
    fn retarget_moves_exactly_the_references_the_walk_lists() {
        let set = load_bundled().unwrap();
        for item in set.referring_items() {
            for (role, id) in set.entity_refs(item) {
                let mut moved = set.clone();
                assert!(moved.retarget(item, id, Some("zz")));
                let after = moved.entity_refs(item);
                assert!(
                    after.iter().all(|(_, x)| *x != id),
                    "{item:?} still names {id}"
                );
                assert!(after.contains(&(role, "zz")), "{item:?} lost its {role:?}");
                // Taken away: a fact cannot stand, a quote or event goes on
                // without it.
                let mut gone = set.clone();
                let stands = gone.retarget(item, id, None);
                assert_eq!(stands, item.kind() != ItemKind::Fact, "{item:?}");
                if stands {
                    assert!(!gone.refers_to(item, id));
                }
            }
            assert!(set.clone().retarget(item, "nobody", None));
        }
    }

    #[test]
    fn a_party_named_twice_after_a_retarget_is_kept_once_in_its_first_place() {
        let mut set = load_bundled().unwrap();
        set.events[0].who = vec!["lee".into(), "moon".into(), "trump".into()];
        set.retarget(ItemRef::Event(0), "trump", Some("lee"));
        // `dedup` would leave [lee, moon, lee].
        assert_eq!(set.events[0].who, ["lee", "moon"]);
        set.events[0].who = vec!["moon".into(), "lee".into(), "trump".into()];
        set.retarget(ItemRef::Event(0), "moon", Some("trump"));
        assert_eq!(set.events[0].who, ["trump", "lee"]);
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

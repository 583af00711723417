//! The review loop of the authoring page, as Prodigy's accept/reject loop
//! works: every drafted entity, quote, fact and event is looked at once and
//! accepted, rejected or edited; what the person makes is `added`. The
//! queue goes kind by kind (entities first: rejecting one takes its facts),
//! least confident first where the draft gave a confidence.
//!
//! What is decided is a [`Review`], kept by the [`crate::authoring::Editor`]
//! beside the fact set (so accept and reject are undone like any edit) and
//! saved with the draft. The export leaves the rejected items out
//! ([`Review::reviewed_set`]).
//!
//! Pure: no browser crate.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::item::{ItemKey, ItemKind, ItemRef};
use crate::model::{FactSet, Id};

/// Where an item stands in the review.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ReviewState {
    /// As the draft (or the opened file) had it: not looked at yet.
    #[default]
    Drafted,
    /// Looked at and kept as it is.
    Accepted,
    /// Changed by the person (kept).
    Edited,
    /// Left out of the export.
    Rejected,
    /// Made by the person.
    Added,
}

impl ReviewState {
    /// The state as `data-review` spells it.
    pub fn slug(self) -> &'static str {
        match self {
            ReviewState::Drafted => "drafted",
            ReviewState::Accepted => "accepted",
            ReviewState::Edited => "edited",
            ReviewState::Rejected => "rejected",
            ReviewState::Added => "added",
        }
    }

    /// Whether the person has looked at the item (everything but drafted).
    pub fn is_reviewed(self) -> bool {
        self != ReviewState::Drafted
    }
}

/// The kinds of item the review goes through, in its order.
pub const REVIEWED: [ItemKind; 4] = [
    ItemKind::Entity,
    ItemKind::Quote,
    ItemKind::Fact,
    ItemKind::Event,
];

/// A kind in words, one or many ("entity", "entities").
pub fn kind_words(kind: ItemKind, n: usize) -> &'static str {
    match (kind, n == 1) {
        (ItemKind::Entity, true) => "entity",
        (ItemKind::Entity, false) => "entities",
        (ItemKind::Quote, true) => "quote",
        (ItemKind::Quote, false) => "quotes",
        (ItemKind::Fact, true) => "fact",
        (ItemKind::Fact, false) => "facts",
        (ItemKind::Event, true) => "event",
        (ItemKind::Event, false) => "events",
        (ItemKind::Sentence, true) => "sentence",
        (ItemKind::Sentence, false) => "sentences",
    }
}

/// The ids of the items of `kind` in `set`, in the set's order (none for
/// sentences, which are not reviewed).
pub fn ids_of(set: &FactSet, kind: ItemKind) -> Vec<&Id> {
    match kind {
        ItemKind::Entity => set.entities.iter().map(|e| &e.id).collect(),
        ItemKind::Quote => set.quotes.iter().map(|q| &q.id).collect(),
        ItemKind::Fact => set.facts.iter().map(|f| &f.id).collect(),
        ItemKind::Event => set.events.iter().map(|e| &e.id).collect(),
        ItemKind::Sentence => Vec::new(),
    }
}

/// How far the review has come, over the items a set has now.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    pub total: usize,
    pub drafted: usize,
    pub accepted: usize,
    pub edited: usize,
    pub rejected: usize,
    pub added: usize,
    /// Facts that name a rejected entity (not rejected themselves): the
    /// export leaves them out with it, so the review does not ask about
    /// them.
    pub dropped: usize,
}

impl Counts {
    /// Items the person has looked at, made, or left out with a rejected
    /// entity.
    pub fn reviewed(&self) -> usize {
        self.total - self.drafted
    }

    fn count(&mut self, state: ReviewState) {
        self.total += 1;
        match state {
            ReviewState::Drafted => self.drafted += 1,
            ReviewState::Accepted => self.accepted += 1,
            ReviewState::Edited => self.edited += 1,
            ReviewState::Rejected => self.rejected += 1,
            ReviewState::Added => self.added += 1,
        }
    }
}

/// What the review left out of an export.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct LeftOut {
    /// Rejected items.
    pub rejected: usize,
    /// Facts not rejected that named a rejected entity (a fact cannot
    /// stand without its subject or object, or a time, place, amount or
    /// source it names).
    pub dangling_facts: usize,
}

/// The review state of every item the person has decided on; an item not
/// listed is drafted. Saved with the draft as
/// `{"entity": {"sweden": "accepted"}, "fact": {"f3": "rejected"}}`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Review {
    states: BTreeMap<ItemKind, BTreeMap<Id, ReviewState>>,
}

impl Review {
    /// Nothing decided yet.
    pub fn is_empty(&self) -> bool {
        self.states.values().all(BTreeMap::is_empty)
    }

    /// The state of the item of `kind` with `id`.
    pub fn state(&self, kind: ItemKind, id: &str) -> ReviewState {
        self.states
            .get(&kind)
            .and_then(|m| m.get(id))
            .copied()
            .unwrap_or_default()
    }

    /// Sets an item's state (drafted forgets it).
    pub fn set(&mut self, kind: ItemKind, id: &str, state: ReviewState) {
        if state == ReviewState::Drafted {
            if let Some(m) = self.states.get_mut(&kind) {
                m.remove(id);
                if m.is_empty() {
                    self.states.remove(&kind);
                }
            }
        } else {
            self.states
                .entry(kind)
                .or_default()
                .insert(id.to_string(), state);
        }
    }

    /// The items whose state differs from `before`, each with its state in
    /// `before` (what undo puts back): as many as changed, however many
    /// items there are.
    pub(crate) fn changed_from(&self, before: &Review) -> Vec<(ItemKind, Id, ReviewState)> {
        let mut out = Vec::new();
        for (kind, m) in &before.states {
            for (id, &state) in m {
                if self.state(*kind, id) != state {
                    out.push((*kind, id.clone(), state));
                }
            }
        }
        for (kind, m) in &self.states {
            for id in m.keys() {
                if before.state(*kind, id) == ReviewState::Drafted {
                    out.push((*kind, id.clone(), ReviewState::Drafted));
                }
            }
        }
        out
    }

    /// The person changed the item: it is edited (one they made stays
    /// added).
    pub fn mark_edited(&mut self, kind: ItemKind, id: &str) {
        if self.state(kind, id) != ReviewState::Added {
            self.set(kind, id, ReviewState::Edited);
        }
    }

    /// Forgets the items `set` no longer has (deleted, merged away), so an
    /// id used again later starts afresh and the counts hold.
    pub fn retain_existing(&mut self, set: &FactSet) {
        for (kind, m) in &mut self.states {
            let ids: std::collections::HashSet<&Id> = ids_of(set, *kind).into_iter().collect();
            m.retain(|id, _| ids.contains(id));
        }
        self.states.retain(|_, m| !m.is_empty());
    }

    /// Whether fact number `i` names a rejected entity (as subject,
    /// object, time, place, amount or source).
    pub fn names_rejected(&self, set: &FactSet, i: usize) -> bool {
        set.involved(ItemRef::Fact(i))
            .into_iter()
            .any(|id| self.state(ItemKind::Entity, id) == ReviewState::Rejected)
    }

    /// Whether the item of `kind` at `i` (with `id`) is left out with a
    /// rejected entity: a fact, not rejected itself, that names one.
    pub fn dropped(&self, set: &FactSet, kind: ItemKind, i: usize, id: &str) -> bool {
        kind == ItemKind::Fact
            && self.state(kind, id) != ReviewState::Rejected
            && self.names_rejected(set, i)
    }

    /// The counts over the items of `set`, of one kind or (None) all.
    pub fn counts(&self, set: &FactSet, kind: Option<ItemKind>) -> Counts {
        let mut c = Counts::default();
        for k in REVIEWED
            .into_iter()
            .filter(|k| kind.is_none_or(|x| x == *k))
        {
            for (i, id) in ids_of(set, k).into_iter().enumerate() {
                if self.dropped(set, k, i, id) {
                    c.total += 1;
                    c.dropped += 1;
                } else {
                    c.count(self.state(k, id));
                }
            }
        }
        c
    }

    /// The ids of the items of `kind` still to review, in the set's order
    /// (not those left out with a rejected entity).
    pub fn drafted_ids<'a>(&self, set: &'a FactSet, kind: ItemKind) -> Vec<&'a Id> {
        ids_of(set, kind)
            .into_iter()
            .enumerate()
            .filter(|(i, id)| {
                self.state(kind, id) == ReviewState::Drafted && !self.dropped(set, kind, *i, id)
            })
            .map(|(_, id)| id)
            .collect()
    }

    /// The drafted items still to review: kind by kind (entities, quotes,
    /// facts, events), within a kind the least confident first, then those
    /// the draft gave no confidence, in the set's order. A fact that names
    /// a rejected entity is not asked about (it goes with it).
    pub fn queue(&self, set: &FactSet) -> Vec<ItemKey> {
        let confidence = |id: &str| set.draft.as_ref().and_then(|d| d.confidence_of(id));
        let mut out = Vec::new();
        for kind in REVIEWED {
            let mut items: Vec<(&Id, Option<f32>)> = self
                .drafted_ids(set, kind)
                .into_iter()
                .map(|id| (id, confidence(id)))
                .collect();
            crate::sort::sort_by(&mut items, |a, b| match (a.1, b.1) {
                (Some(x), Some(y)) => x.total_cmp(&y),
                (Some(_), None) => std::cmp::Ordering::Less,
                (None, Some(_)) => std::cmp::Ordering::Greater,
                (None, None) => std::cmp::Ordering::Equal,
            });
            out.extend(items.into_iter().map(|(id, _)| ItemKey {
                kind,
                id: id.clone(),
            }));
        }
        out
    }

    /// The item to show: the first of the queue that is not in `skipped`;
    /// when every one left was skipped, the first again (the loop goes
    /// round). `None` when nothing is left to review.
    pub fn current(&self, set: &FactSet, skipped: &[ItemKey]) -> Option<ItemKey> {
        let queue = self.queue(set);
        queue
            .iter()
            .find(|k| !skipped.contains(k))
            .or(queue.first())
            .cloned()
    }

    /// `set` without the rejected items, and without what would dangle
    /// then: a rejected entity's facts go with it, its quotes are kept
    /// unattributed, its events are kept without it (as deleting it does,
    /// [`crate::authoring::Editor::delete_entity`]). Confidences of the
    /// items left out go too.
    pub fn reviewed_set(&self, set: &FactSet) -> (FactSet, LeftOut) {
        let mut out = set.clone();
        let rejected = |kind: ItemKind, id: &str| self.state(kind, id) == ReviewState::Rejected;
        let count =
            |s: &FactSet| s.entities.len() + s.quotes.len() + s.facts.len() + s.events.len();
        let before = count(&out);
        out.facts.retain(|f| !rejected(ItemKind::Fact, &f.id));
        out.quotes.retain(|q| !rejected(ItemKind::Quote, &q.id));
        out.events.retain(|e| !rejected(ItemKind::Event, &e.id));
        let gone: Vec<Id> = out
            .entities
            .iter()
            .filter(|e| rejected(ItemKind::Entity, &e.id))
            .map(|e| e.id.clone())
            .collect();
        let facts_kept = out.facts.len();
        for id in &gone {
            crate::authoring::remove_entity(&mut out, id);
        }
        let dangling_facts = facts_kept - out.facts.len();
        let left_out = LeftOut {
            rejected: before - count(&out) - dangling_facts,
            dangling_facts,
        };
        let kept: std::collections::HashSet<Id> = REVIEWED
            .into_iter()
            .flat_map(|k| ids_of(&out, k).into_iter().cloned())
            .collect();
        if let Some(d) = &mut out.draft {
            d.confidence.retain(|id, _| kept.contains(id));
        }
        out.index_entities();
        (out, left_out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::load_bundled;
    use crate::model::DraftInfo;

    fn key(kind: ItemKind, id: &str) -> ItemKey {
        ItemKey {
            kind,
            id: id.into(),
        }
    }

    #[test]
    fn every_item_starts_drafted_and_the_queue_goes_kind_by_kind() {
        let set = load_bundled().unwrap();
        let r = Review::default();
        let q = r.queue(&set);
        let n = set.entities.len() + set.quotes.len() + set.facts.len() + set.events.len();
        assert_eq!(q.len(), n);
        let c = r.counts(&set, None);
        assert_eq!((c.total, c.drafted, c.reviewed()), (n, n, 0));
        // Kinds in order: entities, quotes, facts, events; within a kind
        // (no confidences here) the set's order.
        let kinds: Vec<ItemKind> = q.iter().map(|k| k.kind).collect();
        let mut sorted = kinds.clone();
        crate::sort::sort_by_key(&mut sorted, |k| REVIEWED.iter().position(|x| x == k));
        assert_eq!(kinds, sorted);
        assert_eq!(q[0], key(ItemKind::Entity, &set.entities[0].id));
        assert_eq!(
            q[set.entities.len()],
            key(ItemKind::Quote, &set.quotes[0].id)
        );
        assert_eq!(
            r.counts(&set, Some(ItemKind::Fact)).drafted,
            set.facts.len()
        );
    }

    #[test]
    fn the_least_confident_come_first_and_those_without_a_confidence_last() {
        let mut set = load_bundled().unwrap();
        let e = |i: usize| set.entities[i].id.clone();
        let (a, b, c) = (e(3), e(1), e(5));
        let mut confidence = BTreeMap::new();
        confidence.insert(a.clone(), 0.2);
        confidence.insert(b.clone(), 0.9);
        confidence.insert(c.clone(), 0.55);
        confidence.insert("no-such-item".into(), 0.0);
        set.draft = Some(DraftInfo {
            drafter: "test".into(),
            confidence,
        });
        let q = Review::default().queue(&set);
        let first: Vec<&str> = q[..4].iter().map(|k| k.id.as_str()).collect();
        assert_eq!(first, [a.as_str(), c.as_str(), b.as_str(), &e(0)]);
        // The rest of the entities keep the set's order, then the quotes.
        assert_eq!(q[4].id, e(2));
        assert_eq!(q[set.entities.len()].kind, ItemKind::Quote);
    }

    #[test]
    fn decided_items_leave_the_queue_and_skipped_ones_come_round_again() {
        let set = load_bundled().unwrap();
        let mut r = Review::default();
        let first = key(ItemKind::Entity, &set.entities[0].id);
        let second = key(ItemKind::Entity, &set.entities[1].id);
        assert_eq!(r.current(&set, &[]), Some(first.clone()));
        assert_eq!(
            r.current(&set, std::slice::from_ref(&first)),
            Some(second.clone())
        );
        r.set(ItemKind::Entity, &first.id, ReviewState::Accepted);
        assert_eq!(r.current(&set, &[]), Some(second.clone()));
        assert_eq!(r.counts(&set, None).accepted, 1);
        // Back to drafted: it is forgotten, and first again.
        r.set(ItemKind::Entity, &first.id, ReviewState::Drafted);
        assert!(r.is_empty());
        assert_eq!(r.current(&set, &[]), Some(first.clone()));
        // Everything skipped: round again from the first.
        let all = r.queue(&set);
        assert_eq!(r.current(&set, &all), Some(first));
        // Everything decided: nothing left.
        for k in &all {
            r.set(k.kind, &k.id, ReviewState::Accepted);
        }
        assert_eq!(r.current(&set, &[]), None);
        assert_eq!(r.counts(&set, None).drafted, 0);
    }

    #[test]
    fn an_edit_marks_an_item_edited_but_one_the_person_made_stays_added() {
        let mut r = Review::default();
        r.mark_edited(ItemKind::Fact, "f1");
        assert_eq!(r.state(ItemKind::Fact, "f1"), ReviewState::Edited);
        r.set(ItemKind::Fact, "f1", ReviewState::Accepted);
        r.mark_edited(ItemKind::Fact, "f1");
        assert_eq!(r.state(ItemKind::Fact, "f1"), ReviewState::Edited);
        r.set(ItemKind::Fact, "f2", ReviewState::Added);
        r.mark_edited(ItemKind::Fact, "f2");
        assert_eq!(r.state(ItemKind::Fact, "f2"), ReviewState::Added);
        // Kinds are apart: an entity may share a fact's id.
        assert_eq!(r.state(ItemKind::Entity, "f1"), ReviewState::Drafted);
    }

    #[test]
    fn states_of_items_the_set_no_longer_has_are_forgotten() {
        let set = load_bundled().unwrap();
        let mut r = Review::default();
        r.set(ItemKind::Fact, &set.facts[0].id, ReviewState::Rejected);
        r.set(ItemKind::Fact, "gone", ReviewState::Accepted);
        r.set(ItemKind::Quote, "gone too", ReviewState::Accepted);
        r.retain_existing(&set);
        let mut only = Review::default();
        only.set(ItemKind::Fact, &set.facts[0].id, ReviewState::Rejected);
        assert_eq!(r, only);
    }

    #[test]
    fn the_reviewed_set_leaves_out_rejected_items_and_the_facts_of_a_rejected_entity() {
        let set = load_bundled().unwrap();
        let mut r = Review::default();
        // Fink: his facts go with him, his quotes stay unattributed.
        let fink_facts: Vec<Id> = set
            .facts
            .iter()
            .filter(|f| {
                f.subject == "fink" || f.object == crate::model::Object::Entity("fink".into())
            })
            .map(|f| f.id.clone())
            .collect();
        assert!(!fink_facts.is_empty());
        r.set(ItemKind::Entity, "fink", ReviewState::Rejected);
        // One of his facts was accepted: it goes all the same (it would
        // name nobody); another fact, a quote and an event are rejected.
        r.set(ItemKind::Fact, &fink_facts[0], ReviewState::Accepted);
        let other_fact = set
            .facts
            .iter()
            .find(|f| !fink_facts.contains(&f.id))
            .unwrap()
            .id
            .clone();
        r.set(ItemKind::Fact, &other_fact, ReviewState::Rejected);
        r.set(ItemKind::Quote, &set.quotes[0].id, ReviewState::Rejected);
        r.set(ItemKind::Event, &set.events[0].id, ReviewState::Rejected);
        let (out, left) = r.reviewed_set(&set);
        assert!(out.entity("fink").is_none());
        assert!(out.facts.iter().all(|f| !fink_facts.contains(&f.id)));
        assert!(out.facts.iter().all(|f| f.id != other_fact));
        assert!(out.quotes.iter().all(|q| q.id != set.quotes[0].id));
        assert!(out.events.iter().all(|e| e.id != set.events[0].id));
        assert!(out
            .quotes
            .iter()
            .all(|q| q.speaker.as_deref() != Some("fink")));
        assert_eq!(
            left,
            LeftOut {
                rejected: 4,
                dangling_facts: fink_facts.len()
            }
        );
        assert_eq!(out.facts.len(), set.facts.len() - fink_facts.len() - 1);
        // What is left loads.
        crate::load::validate(&out).unwrap();
        // Nothing rejected: the set as it is.
        let (same, none) = Review::default().reviewed_set(&set);
        assert_eq!(same, set);
        assert_eq!(none, LeftOut::default());
    }

    #[test]
    fn facts_of_a_rejected_entity_leave_the_queue_and_count_as_left_out() {
        let set = load_bundled().unwrap();
        let mut r = Review::default();
        let n = set.facts.len();
        let fink: Vec<usize> = (0..n)
            .filter(|&i| set.involved(ItemRef::Fact(i)).contains(&"fink"))
            .collect();
        assert!(!fink.is_empty());
        r.set(ItemKind::Entity, "fink", ReviewState::Rejected);
        let queued: Vec<String> = r
            .queue(&set)
            .into_iter()
            .filter(|k| k.kind == ItemKind::Fact)
            .map(|k| k.id)
            .collect();
        assert_eq!(queued.len(), n - fink.len());
        assert!(fink.iter().all(|&i| !queued.contains(&set.facts[i].id)));
        let c = r.counts(&set, Some(ItemKind::Fact));
        assert_eq!(
            (c.total, c.dropped, c.drafted),
            (n, fink.len(), n - fink.len())
        );
        // The same facts the export leaves out with him.
        let (_, left) = r.reviewed_set(&set);
        assert_eq!(left.dangling_facts, c.dropped);
        // One of them rejected on its own: rejected, not dropped.
        r.set(
            ItemKind::Fact,
            &set.facts[fink[0]].id,
            ReviewState::Rejected,
        );
        let c = r.counts(&set, Some(ItemKind::Fact));
        assert_eq!((c.rejected, c.dropped), (1, fink.len() - 1));
        // Fink back: his facts are to review again.
        r.set(ItemKind::Entity, "fink", ReviewState::Drafted);
        assert_eq!(r.counts(&set, Some(ItemKind::Fact)).drafted, n - 1);
    }

    #[test]
    fn the_reviewed_set_drops_the_confidences_of_what_it_leaves_out() {
        let mut set = load_bundled().unwrap();
        let f = set.facts[0].id.clone();
        let kept = set.facts[1].id.clone();
        set.draft = Some(DraftInfo {
            drafter: "test".into(),
            confidence: [(f.clone(), 0.3), (kept.clone(), 0.8)]
                .into_iter()
                .collect(),
        });
        let mut r = Review::default();
        r.set(ItemKind::Fact, &f, ReviewState::Rejected);
        let (out, _) = r.reviewed_set(&set);
        let d = out.draft.unwrap();
        assert_eq!(d.confidence_of(&f), None);
        assert_eq!(d.confidence_of(&kept), Some(0.8));
    }

    #[test]
    fn a_review_is_saved_as_kinds_of_ids_and_read_back() {
        let mut r = Review::default();
        r.set(ItemKind::Entity, "sweden", ReviewState::Accepted);
        r.set(ItemKind::Fact, "f3", ReviewState::Rejected);
        r.set(ItemKind::Quote, "q1", ReviewState::Added);
        let json = serde_json::to_string(&r).unwrap();
        assert_eq!(
            json,
            r#"{"entity":{"sweden":"accepted"},"fact":{"f3":"rejected"},"quote":{"q1":"added"}}"#
        );
        assert_eq!(serde_json::from_str::<Review>(&json).unwrap(), r);
        assert!(serde_json::from_str::<Review>(r#"{"fact":{"f3":"maybe"}}"#).is_err());
    }
}

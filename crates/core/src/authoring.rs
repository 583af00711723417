//! Editing a fact set by hand, as the authoring page does: every change is
//! a method on an [`Editor`], undoable and redoable, that applies whole or
//! returns an [`EditError`] and changes nothing. Undo keeps what each edit
//! changed (the items of each list that differ, the review states), never a
//! copy of the set, so its memory follows the edits, not the article. The
//! problems the loader
//! would report are listed as they arise; export writes only a fact set that
//! loads. Selections arrive as UTF-16 offsets (what the browser counts) and
//! become UTF-8 byte spans here, so evidence is exact by construction.
//!
//! Pure: no browser crate. The authoring page's view calls these.

use std::collections::VecDeque;
use std::fmt;
use std::ops::Range;

use crate::item::{ItemKind, ItemRef};
use crate::load::{self, LoadError, Problem};
use crate::model::{
    Date, Day, Entity, EntityKind, Event, Fact, FactSet, Id, Mark, Object, Qualifiers, Quote, Span,
    Status,
};
use crate::review::{LeftOut, Review, ReviewState};

/// How many edits undo remembers.
pub const UNDO_DEPTH: usize = 200;

/// A fact set being edited, with its history.
#[derive(Clone, Debug)]
pub struct Editor {
    set: FactSet,
    /// What the person has accepted, rejected, edited and added
    /// ([`crate::review`]): undone and redone with the set.
    review: Review,
    /// The schema marker the set came with: an edit writes it, or the
    /// later version the set has come to need ([`FactSet::written_schema`]).
    opened_schema: String,
    undo: VecDeque<Step>,
    redo: Vec<Step>,
    /// Counts every change (edits, undos and redos): the page saves when it
    /// moves.
    pub revision: u64,
}

/// What an entity's deletion takes with it, for the page to show first.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Dependents {
    /// Facts with the entity as subject, object or qualifier (deleted).
    pub facts: Vec<Id>,
    /// Quotes it speaks or reports (kept, unattributed).
    pub quotes: Vec<Id>,
    /// Events it takes part in or happens at (kept, without it).
    pub events: Vec<Id>,
}

/// Why an edit was refused; the set is left as it was. `Display` gives
/// the words the page shows.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum EditError {
    /// No item of this kind has this id.
    NotFound { kind: ItemKind, id: Id },
    /// An entity's name left empty.
    EmptyName,
    /// The words are a mention of the entity already.
    AlreadyMention { words: String, entity: String },
    /// The entity has no mention that starts there.
    NoSuchMention,
    /// An entity merged into itself.
    MergeIntoItself,
    /// A fact without a relation.
    NoRelation,
    /// An event without a title.
    NoTitle,
    /// A selection that reaches outside the text (or splits a character).
    OutsideText,
    /// A selection of white space only.
    NothingSelected,
    /// A span that is not words of the article.
    NotInText,
}

impl fmt::Display for EditError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            EditError::NotFound { kind, id } => {
                write!(f, "no {} {id}", crate::review::kind_words(*kind, 1))
            }
            EditError::EmptyName => f.write_str("a name cannot be empty"),
            EditError::AlreadyMention { words, entity } => {
                write!(f, "“{words}” is already a mention of {entity}")
            }
            EditError::NoSuchMention => f.write_str("no such mention"),
            EditError::MergeIntoItself => f.write_str("an entity cannot be merged into itself"),
            EditError::NoRelation => {
                f.write_str("the fact needs a relation (what the subject does or is)")
            }
            EditError::NoTitle => f.write_str("the event needs a title (what happens)"),
            EditError::OutsideText => f.write_str("the selection is outside the text"),
            EditError::NothingSelected => f.write_str("select some words first"),
            EditError::NotInText => f.write_str("the selected words are not in the article's text"),
        }
    }
}

impl std::error::Error for EditError {}

/// What undo (or redo) puts back: for each list the run of items that
/// differs, the schema marker when it changed, and the review states that
/// changed. Its size is the edit's, whatever the article's.
#[derive(Clone, Debug, Default)]
struct Step {
    schema: Option<String>,
    entities: Option<Splice<Entity>>,
    facts: Option<Splice<Fact>>,
    quotes: Option<Splice<Quote>>,
    events: Option<Splice<Event>>,
    /// Items whose review state differs, with the state to put back.
    review: Vec<(ItemKind, Id, ReviewState)>,
}

/// A change of one list: the `len` items at `at` are to be replaced by
/// `items`.
#[derive(Clone, Debug)]
struct Splice<T> {
    at: usize,
    items: Vec<T>,
    len: usize,
}

impl<T: PartialEq> Splice<T> {
    /// What turns `after` back into `before` (none when they are equal):
    /// the items of `before` between the common start and the common end.
    fn back_to(mut before: Vec<T>, after: &[T]) -> Option<Splice<T>> {
        let at = before.iter().zip(after).take_while(|(a, b)| a == b).count();
        if at == before.len() && at == after.len() {
            return None;
        }
        let room = before.len().min(after.len()) - at;
        let tail = before
            .iter()
            .rev()
            .zip(after.iter().rev())
            .take(room)
            .take_while(|(a, b)| a == b)
            .count();
        before.truncate(before.len() - tail);
        let items = before.split_off(at);
        Some(Splice {
            at,
            items,
            len: after.len() - at - tail,
        })
    }

    /// Applies it to `list`; returns the splice that undoes that.
    fn apply(self, list: &mut Vec<T>) -> Splice<T> {
        let len = self.items.len();
        let end = (self.at + self.len).min(list.len());
        let items = list.splice(self.at.min(end)..end, self.items).collect();
        Splice {
            at: self.at,
            items,
            len,
        }
    }
}

impl Dependents {
    pub fn is_empty(&self) -> bool {
        self.facts.is_empty() && self.quotes.is_empty() && self.events.is_empty()
    }
}

impl Editor {
    /// Starts editing `set` (its indexes are rebuilt here).
    pub fn new(set: FactSet) -> Editor {
        Editor::with_review(set, Review::default())
    }

    /// Goes on editing `set` with the review saved with it (the states of
    /// items it no longer has are dropped).
    pub fn with_review(mut set: FactSet, mut review: Review) -> Editor {
        set.index_entities();
        review.retain_existing(&set);
        Editor {
            opened_schema: set.schema.clone(),
            set,
            review,
            undo: VecDeque::new(),
            redo: Vec::new(),
            revision: 0,
        }
    }

    /// What has been decided about the items.
    pub fn review(&self) -> &Review {
        &self.review
    }

    /// The fact set as it stands.
    pub fn set(&self) -> &FactSet {
        &self.set
    }

    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }

    pub fn can_redo(&self) -> bool {
        !self.redo.is_empty()
    }

    /// Undoes the last edit; false when there is none.
    pub fn undo(&mut self) -> bool {
        let Some(before) = self.undo.pop_back() else {
            return false;
        };
        let after = self.restore(before);
        self.redo.push(after);
        true
    }

    /// Redoes the last undone edit; false when there is none.
    pub fn redo(&mut self) -> bool {
        let Some(after) = self.redo.pop() else {
            return false;
        };
        let before = self.restore(after);
        self.undo.push_back(before);
        true
    }

    /// Puts `step` back; returns the step that puts back what it replaced.
    fn restore(&mut self, step: Step) -> Step {
        let s = &mut self.set;
        let back = Step {
            schema: step.schema.map(|x| std::mem::replace(&mut s.schema, x)),
            entities: step.entities.map(|x| x.apply(&mut s.entities)),
            facts: step.facts.map(|x| x.apply(&mut s.facts)),
            quotes: step.quotes.map(|x| x.apply(&mut s.quotes)),
            events: step.events.map(|x| x.apply(&mut s.events)),
            review: step
                .review
                .into_iter()
                .map(|(kind, id, state)| {
                    let now = self.review.state(kind, &id);
                    self.review.set(kind, &id, state);
                    (kind, id, now)
                })
                .collect(),
        };
        if back.entities.is_some()
            || back.facts.is_some()
            || back.quotes.is_some()
            || back.events.is_some()
        {
            self.set.index_entities();
        }
        self.revision += 1;
        back
    }

    fn push_undo(&mut self, step: Step) {
        self.undo.push_back(step);
        if self.undo.len() > UNDO_DEPTH {
            self.undo.pop_front();
        }
        self.redo.clear();
        self.revision += 1;
    }

    /// Applies one edit: all of it or (on an error) none of it. `change`
    /// works on a copy of the set's lists (the article's text is not
    /// copied: no edit changes it); `mark` then records it in the review.
    /// Undo keeps only what differs.
    fn edit<T>(
        &mut self,
        change: impl FnOnce(&mut FactSet) -> Result<T, EditError>,
        mark: impl FnOnce(&mut Review, &T),
    ) -> Result<T, EditError> {
        let text = std::mem::take(&mut self.set.article.text);
        let mut next = self.set.clone();
        self.set.article.text = text;
        let out = change(&mut next)?;
        // The marker follows what the set uses (a venue makes a version 2
        // set version 3, and no venue left makes it version 2 again), so the
        // loader's checks and the file agree.
        next.schema.clone_from(&self.opened_schema);
        next.schema = next.written_schema().to_string();
        let s = &mut self.set;
        let mut step = Step {
            schema: (next.schema != s.schema)
                .then(|| std::mem::replace(&mut s.schema, next.schema)),
            entities: Splice::back_to(
                std::mem::replace(&mut s.entities, next.entities),
                &s.entities,
            ),
            facts: Splice::back_to(std::mem::replace(&mut s.facts, next.facts), &s.facts),
            quotes: Splice::back_to(std::mem::replace(&mut s.quotes, next.quotes), &s.quotes),
            events: Splice::back_to(std::mem::replace(&mut s.events, next.events), &s.events),
            review: Vec::new(),
        };
        s.index_entities();
        let review_before = self.review.clone();
        self.review.retain_existing(&self.set);
        mark(&mut self.review, &out);
        step.review = self.review.changed_from(&review_before);
        self.push_undo(step);
        Ok(out)
    }

    /// An edit of one item, which marks it edited ([`Review::mark_edited`]).
    fn edit_item<T>(
        &mut self,
        kind: ItemKind,
        id: &str,
        change: impl FnOnce(&mut FactSet) -> Result<T, EditError>,
    ) -> Result<T, EditError> {
        self.edit(change, |r, _| r.mark_edited(kind, id))
    }

    /// An edit that makes an item (its id returned), which is added.
    fn add_item(
        &mut self,
        kind: ItemKind,
        change: impl FnOnce(&mut FactSet) -> Result<Id, EditError>,
    ) -> Result<Id, EditError> {
        self.edit(change, |r, id| r.set(kind, id, ReviewState::Added))
    }

    /// A change of the review alone, undone like an edit; the number of
    /// items it changed (none: no step is made).
    fn decide(&mut self, change: impl FnOnce(&mut Review, &FactSet) -> usize) -> usize {
        let before = self.review.clone();
        let n = change(&mut self.review, &self.set);
        let review = self.review.changed_from(&before);
        if !review.is_empty() {
            self.push_undo(Step {
                review,
                ..Step::default()
            });
        }
        n
    }

    /// Sets one item's review state, checked: the item exists and is an
    /// entity, quote, fact or event.
    fn decide_one(
        &mut self,
        kind: ItemKind,
        id: &str,
        state: ReviewState,
    ) -> Result<(), EditError> {
        if !crate::review::ids_of(&self.set, kind)
            .iter()
            .any(|x| x.as_str() == id)
        {
            return Err(not_found(kind, id));
        }
        self.decide(|r, _| {
            r.set(kind, id, state);
            1
        });
        Ok(())
    }

    /// Accepts an item as it is (one edited or added stays so: it is kept
    /// either way).
    pub fn accept(&mut self, kind: ItemKind, id: &str) -> Result<(), EditError> {
        match self.review.state(kind, id) {
            ReviewState::Edited | ReviewState::Added => Ok(()),
            _ => self.decide_one(kind, id, ReviewState::Accepted),
        }
    }

    /// Rejects an item: it stays in the draft, marked, and the export
    /// leaves it out ([`Review::reviewed_set`]).
    pub fn reject(&mut self, kind: ItemKind, id: &str) -> Result<(), EditError> {
        self.decide_one(kind, id, ReviewState::Rejected)
    }

    /// Puts an item back among those to review.
    pub fn unreview(&mut self, kind: ItemKind, id: &str) -> Result<(), EditError> {
        self.decide_one(kind, id, ReviewState::Drafted)
    }

    /// Accepts every item of `kind` still to review (not the facts that go
    /// with a rejected entity), in one step; how many.
    pub fn accept_remaining(&mut self, kind: ItemKind) -> usize {
        self.decide(|r, set| {
            let ids: Vec<Id> = r.drafted_ids(set, kind).into_iter().cloned().collect();
            for id in &ids {
                r.set(kind, id, ReviewState::Accepted);
            }
            ids.len()
        })
    }

    /// The fact set as it will be exported: without the rejected items
    /// (and what named a rejected entity), and what that left out.
    pub fn reviewed(&self) -> (FactSet, LeftOut) {
        self.review.reviewed_set(&self.set)
    }

    pub fn set_kind(&mut self, id: &str, kind: EntityKind) -> Result<(), EditError> {
        self.edit_item(ItemKind::Entity, id, |s| {
            entity_mut(s, id)?.kind = kind;
            Ok(())
        })
    }

    pub fn rename(&mut self, id: &str, name: &str) -> Result<(), EditError> {
        let name = name.trim();
        if name.is_empty() {
            return Err(EditError::EmptyName);
        }
        self.edit_item(ItemKind::Entity, id, |s| {
            entity_mut(s, id)?.name = name.to_string();
            Ok(())
        })
    }

    /// Sets the aliases from a comma-separated list.
    pub fn set_aliases(&mut self, id: &str, aliases: &str) -> Result<(), EditError> {
        let list: Vec<String> = aliases
            .split(',')
            .map(str::trim)
            .filter(|a| !a.is_empty())
            .map(str::to_string)
            .collect();
        self.edit_item(ItemKind::Entity, id, |s| {
            entity_mut(s, id)?.aliases = list;
            Ok(())
        })
    }

    pub fn set_description(&mut self, id: &str, description: &str) -> Result<(), EditError> {
        self.edit_item(ItemKind::Entity, id, |s| {
            entity_mut(s, id)?.description = description.trim().to_string();
            Ok(())
        })
    }

    /// A new entity named by the words at `span` (bytes), which become its
    /// first mention. Returns its id.
    pub fn new_entity(&mut self, kind: EntityKind, span: Range<usize>) -> Result<Id, EditError> {
        let mention = span_at(&self.set.article.text, span)?;
        self.add_item(ItemKind::Entity, |s| {
            let id = unique_id(s, &slug(&mention.text));
            s.entities.push(Entity {
                id: id.clone(),
                name: mention.text.clone(),
                kind,
                aliases: Vec::new(),
                description: String::new(),
                mentions: vec![mention],
            });
            Ok(id)
        })
    }

    /// Adds the words at `span` (bytes) as a mention of `id`.
    pub fn add_mention(&mut self, id: &str, span: Range<usize>) -> Result<(), EditError> {
        let mention = span_at(&self.set.article.text, span)?;
        self.edit_item(ItemKind::Entity, id, |s| {
            let e = entity_mut(s, id)?;
            if e.mentions
                .iter()
                .any(|m| m.start == mention.start && m.end == mention.end)
            {
                return Err(EditError::AlreadyMention {
                    words: mention.text.clone(),
                    entity: e.name.clone(),
                });
            }
            if mention.text != e.name && !e.aliases.contains(&mention.text) {
                e.aliases.push(mention.text.clone());
            }
            e.mentions.push(mention);
            crate::sort::sort_by_key(&mut e.mentions, |m| (m.start, m.end));
            Ok(())
        })
    }

    /// Removes the mention of `id` that starts at byte `start`.
    pub fn remove_mention(&mut self, id: &str, start: usize) -> Result<(), EditError> {
        self.edit_item(ItemKind::Entity, id, |s| {
            let e = entity_mut(s, id)?;
            let before = e.mentions.len();
            e.mentions.retain(|m| m.start != start);
            if e.mentions.len() == before {
                return Err(EditError::NoSuchMention);
            }
            Ok(())
        })
    }

    /// Moves the mention of `id` that starts at byte `start` to the words
    /// at `span` (bytes): "Korea" becomes "Korea Republic" in one edit.
    pub fn rebound_mention(
        &mut self,
        id: &str,
        start: usize,
        span: Range<usize>,
    ) -> Result<(), EditError> {
        let mention = span_at(&self.set.article.text, span)?;
        self.edit_item(ItemKind::Entity, id, |s| {
            let e = entity_mut(s, id)?;
            let at = e
                .mentions
                .iter()
                .position(|m| m.start == start)
                .ok_or(EditError::NoSuchMention)?;
            if e.mentions
                .iter()
                .enumerate()
                .any(|(i, m)| i != at && m.start == mention.start && m.end == mention.end)
            {
                return Err(EditError::AlreadyMention {
                    words: mention.text.clone(),
                    entity: e.name.clone(),
                });
            }
            e.mentions[at] = mention;
            crate::sort::sort_by_key(&mut e.mentions, |m| (m.start, m.end));
            Ok(())
        })
    }

    /// What deleting `id` would change: the items that name it
    /// ([`FactSet::entity_refs`]).
    pub fn dependents(&self, id: &str) -> Dependents {
        let s = &self.set;
        let mut d = Dependents::default();
        for item in s.referring_items().filter(|&item| s.refers_to(item, id)) {
            match item {
                ItemRef::Fact(i) => d.facts.push(s.facts[i].id.clone()),
                ItemRef::Quote(i) => d.quotes.push(s.quotes[i].id.clone()),
                ItemRef::Event(i) => d.events.push(s.events[i].id.clone()),
                ItemRef::Entity(_) | ItemRef::Sentence(_) => {}
            }
        }
        d
    }

    /// Deletes `id`: its facts go, its quotes become unattributed, its
    /// events lose it (see [`Editor::dependents`]).
    pub fn delete_entity(&mut self, id: &str) -> Result<(), EditError> {
        self.edit(
            |s| {
                if remove_entity(s, id) {
                    Ok(())
                } else {
                    Err(not_found(ItemKind::Entity, id))
                }
            },
            |_, _| {},
        )
    }

    /// Merges `gone` into `keep`: its mentions, its name and aliases (as
    /// aliases), its facts, quotes and events follow. A fact that would
    /// then link `keep` to itself is dropped.
    pub fn merge(&mut self, keep: &str, gone: &str) -> Result<(), EditError> {
        if keep == gone {
            return Err(EditError::MergeIntoItself);
        }
        self.edit_item(ItemKind::Entity, keep, |s| {
            let at = s
                .entities
                .iter()
                .position(|e| e.id == gone)
                .ok_or_else(|| not_found(ItemKind::Entity, gone))?;
            let g = s.entities.remove(at);
            let k = entity_mut(s, keep)?;
            for m in g.mentions {
                if !k
                    .mentions
                    .iter()
                    .any(|n| n.start == m.start && n.end == m.end)
                {
                    k.mentions.push(m);
                }
            }
            crate::sort::sort_by_key(&mut k.mentions, |m| (m.start, m.end));
            for a in std::iter::once(g.name).chain(g.aliases) {
                if a != k.name && !k.aliases.contains(&a) {
                    k.aliases.push(a);
                }
            }
            if k.description.is_empty() {
                k.description = g.description;
            }
            // Every reference follows (an event's parties each once).
            let items: Vec<ItemRef> = s.referring_items().collect();
            for item in items {
                s.retarget(item, gone, Some(keep));
            }
            s.facts
                .retain(|f| !(f.subject == keep && f.object == Object::Entity(keep.to_string())));
            Ok(())
        })
    }

    /// A new fact; the words at `evidence` (bytes) are its evidence.
    pub fn add_fact(
        &mut self,
        subject: &str,
        relation: &str,
        object: Object,
        status: Status,
        when: Option<Id>,
        evidence: Range<usize>,
    ) -> Result<Id, EditError> {
        let relation = relation.trim();
        if relation.is_empty() {
            return Err(EditError::NoRelation);
        }
        let evidence = span_at(&self.set.article.text, evidence)?;
        self.add_item(ItemKind::Fact, |s| {
            entity_mut(s, subject)?;
            if let Object::Entity(o) = &object {
                entity_mut(s, o)?;
            }
            let id = next_id(s.facts.iter().map(|f| f.id.as_str()), "f");
            s.facts.push(Fact {
                id: id.clone(),
                subject: subject.to_string(),
                relation: relation.to_string(),
                object,
                status,
                marks: Vec::new(),
                qualifiers: Qualifiers {
                    when,
                    ..Qualifiers::default()
                },
                evidence: vec![evidence],
            });
            Ok(id)
        })
    }

    /// Corrects a fact in place: its relation, status and time. A fact
    /// with marks it no longer has a reason for keeps them (the editor
    /// decides about "inferred"), and its evidence stays.
    pub fn set_fact(
        &mut self,
        id: &str,
        relation: &str,
        status: Status,
        when: Option<Id>,
    ) -> Result<(), EditError> {
        let relation = relation.trim();
        if relation.is_empty() {
            return Err(EditError::NoRelation);
        }
        self.edit_item(ItemKind::Fact, id, |s| {
            if let Some(w) = &when {
                entity_mut(s, w)?;
            }
            let f = fact_mut(s, id)?;
            f.relation = relation.to_string();
            f.status = status;
            f.qualifiers.when = when;
            Ok(())
        })
    }

    /// Replaces a fact's evidence with the words at `evidence` (bytes).
    pub fn set_fact_evidence(&mut self, id: &str, evidence: Range<usize>) -> Result<(), EditError> {
        let evidence = span_at(&self.set.article.text, evidence)?;
        self.edit_item(ItemKind::Fact, id, |s| {
            fact_mut(s, id)?.evidence = vec![evidence];
            Ok(())
        })
    }

    pub fn delete_fact(&mut self, id: &str) -> Result<(), EditError> {
        self.edit(
            |s| remove_by_id(&mut s.facts, id, |x| &x.id, ItemKind::Fact),
            |_, _| {},
        )
    }

    /// A new quote of the words at `words` (bytes), by `speaker` or by
    /// nobody named. Its evidence is the sentence around it.
    pub fn add_quote(&mut self, speaker: Option<Id>, words: Range<usize>) -> Result<Id, EditError> {
        let text = &self.set.article.text;
        let span = span_at(text, words)?;
        let sentence = crate::text::sentences(text)
            .into_iter()
            .find(|s| s.start <= span.start && span.end <= s.end)
            .unwrap_or(span.start..span.end);
        let evidence = span_at(text, sentence)?;
        self.add_item(ItemKind::Quote, |s| {
            if let Some(who) = &speaker {
                entity_mut(s, who)?;
            }
            let id = next_id(s.quotes.iter().map(|q| q.id.as_str()), "q");
            s.quotes.push(Quote {
                id: id.clone(),
                speaker,
                words: span,
                continued: Vec::new(),
                attribution: String::new(),
                reported_by: None,
                marks: Vec::<Mark>::new(),
                note: None,
                evidence: vec![evidence],
            });
            Ok(id)
        })
    }

    pub fn set_speaker(&mut self, quote: &str, speaker: Option<Id>) -> Result<(), EditError> {
        self.edit_item(ItemKind::Quote, quote, |s| {
            if let Some(who) = &speaker {
                entity_mut(s, who)?;
            }
            let q = s
                .quotes
                .iter_mut()
                .find(|q| q.id == quote)
                .ok_or_else(|| not_found(ItemKind::Quote, quote))?;
            q.speaker = speaker;
            Ok(())
        })
    }

    pub fn delete_quote(&mut self, id: &str) -> Result<(), EditError> {
        self.edit(
            |s| remove_by_id(&mut s.quotes, id, |x| &x.id, ItemKind::Quote),
            |_, _| {},
        )
    }

    /// A new itinerary event; the words at `evidence` (bytes) are its
    /// evidence.
    pub fn add_event(
        &mut self,
        fields: EventFields,
        evidence: Range<usize>,
    ) -> Result<Id, EditError> {
        let evidence = span_at(&self.set.article.text, evidence)?;
        let fields = fields.checked()?;
        self.add_item(ItemKind::Event, |s| {
            fields.known(s)?;
            let id = next_id(s.events.iter().map(|e| e.id.as_str()), "e");
            let mut ev = Event {
                id: id.clone(),
                day: Day::During,
                date: None,
                title: String::new(),
                who: Vec::new(),
                place: None,
                status: Status::Stated,
                marks: Vec::new(),
                evidence: vec![evidence],
            };
            fields.apply(&mut ev);
            s.events.push(ev);
            Ok(id)
        })
    }

    /// Corrects an event in place; its evidence stays.
    pub fn set_event(&mut self, id: &str, fields: EventFields) -> Result<(), EditError> {
        let fields = fields.checked()?;
        self.edit_item(ItemKind::Event, id, |s| {
            fields.known(s)?;
            let ev = s
                .events
                .iter_mut()
                .find(|e| e.id == id)
                .ok_or_else(|| not_found(ItemKind::Event, id))?;
            fields.apply(ev);
            Ok(())
        })
    }

    pub fn delete_event(&mut self, id: &str) -> Result<(), EditError> {
        self.edit(
            |s| remove_by_id(&mut s.events, id, |x| &x.id, ItemKind::Event),
            |_, _| {},
        )
    }

    /// The problems the loader would report for the set as it stands.
    /// The problems of an item the export leaves out (rejected, or a fact
    /// that names a rejected entity) are not listed: they hold nothing up.
    pub fn problems(&self) -> Vec<Problem> {
        match load::validate(&self.set) {
            Ok(()) => Vec::new(),
            Err(e) => e
                .problems
                .into_iter()
                .filter(|p| !self.left_out(&p.path))
                .collect(),
        }
    }

    /// Whether the item a problem's path points into is left out of the
    /// export.
    fn left_out(&self, path: &str) -> bool {
        let Some((list, id)) = problem_item(&self.set, path) else {
            return false;
        };
        let kind = match list {
            ItemList::Entities => ItemKind::Entity,
            ItemList::Facts => ItemKind::Fact,
            ItemList::Quotes => ItemKind::Quote,
            ItemList::Events => ItemKind::Event,
        };
        let at = self.set.facts.iter().position(|f| f.id == id);
        self.review.state(kind, id) == ReviewState::Rejected
            || at.is_some_and(|i| {
                kind == ItemKind::Fact && self.review.dropped(&self.set, kind, i, id)
            })
    }

    /// The `.facts.json` to download, without the rejected items
    /// ([`Editor::reviewed`]): only a set that loads.
    pub fn export(&self) -> Result<String, LoadError> {
        let (set, _) = self.reviewed();
        load::validate(&set)?;
        Ok(set.to_pretty_json())
    }
}

/// The lists of a fact set's items, as the authoring page's tabs show them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ItemList {
    Entities,
    Facts,
    Quotes,
    Events,
}

/// The item a problem's path points into (`$.entities[3].mentions[0]` is
/// in the entity at index 3), by its list and its id: the page finds the
/// item's row by id, so a filtered or reordered list cannot show another
/// one. `None` for a path outside the lists (the article's title) or an
/// index the set does not have.
pub fn problem_item<'a>(set: &'a FactSet, path: &str) -> Option<(ItemList, &'a str)> {
    let rest = path.strip_prefix("$.")?;
    let (list, rest) = rest.split_once('[')?;
    let (index, _) = rest.split_once(']')?;
    let i: usize = index.parse().ok()?;
    Some(match list {
        "entities" => (ItemList::Entities, set.entities.get(i)?.id.as_str()),
        "facts" => (ItemList::Facts, set.facts.get(i)?.id.as_str()),
        "quotes" => (ItemList::Quotes, set.quotes.get(i)?.id.as_str()),
        "events" => (ItemList::Events, set.events.get(i)?.id.as_str()),
        _ => return None,
    })
}

/// The two ways to put the exported set in a page: by file name, and
/// inline (JSON inside a script element, with `<` escaped so `</script`
/// and `<!--` in the data cannot end it).
/// What an itinerary event says, as the editor sets it.
#[derive(Clone, Debug, PartialEq)]
pub struct EventFields {
    /// What happens.
    pub title: String,
    /// The weekday; a calendar date sets it instead.
    pub day: Day,
    pub date: Option<Date>,
    pub who: Vec<Id>,
    pub place: Option<Id>,
    pub status: Status,
}

impl EventFields {
    fn checked(mut self) -> Result<EventFields, EditError> {
        self.title = self.title.trim().to_string();
        if self.title.is_empty() {
            return Err(EditError::NoTitle);
        }
        if let Some(d) = self.date {
            self.day = d.weekday();
        }
        Ok(self)
    }

    fn known(&self, s: &mut FactSet) -> Result<(), EditError> {
        for w in self.who.iter().chain(self.place.iter()) {
            entity_mut(s, w)?;
        }
        Ok(())
    }

    fn apply(&self, ev: &mut Event) {
        ev.title = self.title.clone();
        ev.day = self.day;
        ev.date = self.date;
        ev.who = self.who.clone();
        ev.place = self.place.clone();
        ev.status = self.status;
    }
}

pub fn embed_snippets(set: &FactSet, file_name: &str) -> (String, String) {
    let file = crate::jsonld::script_safe_json(file_name).replace('"', "&quot;");
    let by_file = format!(
        "<script type=\"module\" src=\"fact-explorer-embed.js\"></script>\n<fact-explorer src=\"{file}\"></fact-explorer>"
    );
    let inline = format!(
        "<script type=\"module\" src=\"fact-explorer-embed.js\"></script>\n<fact-explorer>\n<script type=\"application/json\">{}</script>\n</fact-explorer>",
        crate::jsonld::script_safe_json(&set.to_json())
    );
    (by_file, inline)
}

/// The byte offset of UTF-16 offset `utf16` in `text` (the browser counts
/// UTF-16 units); `None` past the end or inside a surrogate pair.
pub fn byte_offset(text: &str, utf16: usize) -> Option<usize> {
    let mut units = 0;
    for (i, c) in text.char_indices() {
        if units == utf16 {
            return Some(i);
        }
        units += c.len_utf16();
        if units > utf16 {
            return None;
        }
    }
    (units == utf16).then_some(text.len())
}

/// A selection in UTF-16 units as a byte range, white space trimmed off
/// both ends.
pub fn selection(text: &str, utf16: Range<usize>) -> Result<Range<usize>, EditError> {
    let (Some(a), Some(b)) = (byte_offset(text, utf16.start), byte_offset(text, utf16.end)) else {
        return Err(EditError::OutsideText);
    };
    let (a, b) = (a.min(b), a.max(b));
    let words = &text[a..b];
    let lead = words.len() - words.trim_start().len();
    let trimmed = words.trim();
    if trimmed.is_empty() {
        return Err(EditError::NothingSelected);
    }
    Ok(a + lead..a + lead + trimmed.len())
}

/// The span of `text[range]`, checked.
fn span_at(text: &str, range: Range<usize>) -> Result<Span, EditError> {
    let words = text
        .get(range.clone())
        .filter(|w| !w.trim().is_empty())
        .ok_or(EditError::NotInText)?;
    Ok(Span {
        start: range.start,
        end: range.end,
        text: words.to_string(),
    })
}

fn not_found(kind: ItemKind, id: &str) -> EditError {
    EditError::NotFound {
        kind,
        id: id.to_string(),
    }
}

fn entity_mut<'a>(s: &'a mut FactSet, id: &str) -> Result<&'a mut Entity, EditError> {
    s.entities
        .iter_mut()
        .find(|e| e.id == id)
        .ok_or_else(|| not_found(ItemKind::Entity, id))
}

/// Removes the item with `id` from `list`; an error when there is none.
fn remove_by_id<T>(
    list: &mut Vec<T>,
    id: &str,
    id_of: impl Fn(&T) -> &Id,
    kind: ItemKind,
) -> Result<(), EditError> {
    let before = list.len();
    list.retain(|x| id_of(x) != id);
    (list.len() < before)
        .then_some(())
        .ok_or_else(|| not_found(kind, id))
}

fn fact_mut<'a>(s: &'a mut FactSet, id: &str) -> Result<&'a mut Fact, EditError> {
    s.facts
        .iter_mut()
        .find(|f| f.id == id)
        .ok_or_else(|| not_found(ItemKind::Fact, id))
}

/// Removes entity `id` from `s` with what cannot stand without it: its
/// facts go, its quotes become unattributed, its events lose it
/// ([`FactSet::retarget`]). False when `s` has no such entity.
pub(crate) fn remove_entity(s: &mut FactSet, id: &str) -> bool {
    let before = s.entities.len();
    s.entities.retain(|e| e.id != id);
    if s.entities.len() == before {
        return false;
    }
    let items: Vec<ItemRef> = s.referring_items().collect();
    let mut keep = vec![true; s.facts.len()];
    for item in items {
        if !s.retarget(item, id, None) {
            if let ItemRef::Fact(i) = item {
                keep[i] = false;
            }
        }
    }
    let mut keep = keep.into_iter();
    s.facts.retain(|_| keep.next().unwrap_or(true));
    true
}

/// `prefix` + the first number not used by `ids` of that form.
fn next_id<'a>(ids: impl Iterator<Item = &'a str>, prefix: &str) -> Id {
    let max = ids
        .filter_map(|i| i.strip_prefix(prefix)?.parse::<u32>().ok())
        .max()
        .unwrap_or(0);
    format!("{prefix}{}", max + 1)
}

/// An id from a name: lower-case ASCII letters and digits joined by "_".
pub fn slug(name: &str) -> String {
    let mut out = String::new();
    for c in name.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.is_empty() && !out.ends_with('_') {
            out.push('_');
        }
    }
    let out = out.trim_end_matches('_').to_string();
    if out.is_empty() {
        "entity".into()
    } else {
        out
    }
}

fn unique_id(s: &FactSet, base: &str) -> Id {
    let taken = |id: &str| s.entities.iter().any(|e| e.id == id);
    if !taken(base) {
        return base.to_string();
    }
    (2..)
        .map(|n| format!("{base}_{n}"))
        .find(|id| !taken(id))
        .unwrap_or_else(|| base.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn editor() -> Editor {
        Editor::new(load::load_bundled().unwrap())
    }

    fn range_of(text: &str, words: &str) -> Range<usize> {
        let at = text.find(words).unwrap();
        at..at + words.len()
    }

    #[test]
    fn the_bundled_set_exports_unchanged_and_loads_back() {
        let e = editor();
        assert!(e.problems().is_empty());
        let json = e.export().unwrap();
        let back = load::load(&json, None).unwrap();
        assert_eq!(back.facts, e.set().facts);
        assert_eq!(back.entities, e.set().entities);
    }

    #[test]
    fn a_venue_raises_the_schema_and_undo_lowers_it_again() {
        let mut e = editor();
        assert_eq!(e.set().schema, crate::model::SCHEMA_V2);
        let id = e.set().entities[29].id.clone();
        e.set_kind(&id, EntityKind::Venue).unwrap();
        assert_eq!(e.set().schema, crate::model::SCHEMA);
        assert!(e.problems().is_empty(), "{:?}", e.problems());
        e.undo();
        assert_eq!(e.set().schema, crate::model::SCHEMA_V2);
        // Back to a city by an edit: version 2 again, as it was opened.
        e.redo();
        e.set_kind(&id, EntityKind::City).unwrap();
        assert_eq!(e.set().schema, crate::model::SCHEMA_V2);
        assert!(e.problems().is_empty());
    }

    #[test]
    fn a_problem_points_to_its_item_by_id() {
        let set = load::load_bundled().unwrap();
        let at = |path: &str| problem_item(&set, path);
        assert_eq!(
            at("$.entities[3].mentions[0]"),
            Some((ItemList::Entities, set.entities[3].id.as_str()))
        );
        assert_eq!(
            at("$.facts[10].evidence[0]"),
            Some((ItemList::Facts, set.facts[10].id.as_str()))
        );
        assert_eq!(
            at("$.quotes[1].speaker"),
            Some((ItemList::Quotes, set.quotes[1].id.as_str()))
        );
        assert_eq!(at("$.events[0]"), Some((ItemList::Events, "e-arrive")));
        for outside in [
            "$.article.title",
            "$.entities[999].name",
            "$.entities[x].name",
            "$.entities",
            "$.headings[0]",
            "entities[0]",
            "",
        ] {
            assert_eq!(at(outside), None, "{outside}");
        }
        // The loader's own paths for a bad entity lead back to it.
        let mut bad = set.clone();
        bad.entities[5].mentions[0].text = "not the article's words".into();
        let problems = load::validate(&bad).unwrap_err().problems;
        assert_eq!(
            problem_item(&bad, &problems[0].path),
            Some((ItemList::Entities, bad.entities[5].id.as_str()))
        );
    }

    #[test]
    fn a_merge_lists_each_party_of_an_event_once_wherever_it_stood() {
        let mut set = load::load_bundled().unwrap();
        let at = set
            .events
            .iter()
            .position(|e| e.id == "e-blackrock")
            .unwrap();
        set.events[at].who = vec!["lee".into(), "fink".into(), "trump".into()];
        let mut e = Editor::new(set);
        // Trump merged into Lee: [lee, fink, lee] would name Lee twice.
        e.merge("lee", "trump").unwrap();
        assert_eq!(e.set().events[at].who, ["lee", "fink"]);
        assert!(e.problems().is_empty(), "{:?}", e.problems());
    }

    #[test]
    fn edits_are_refused_with_a_typed_error_and_change_nothing() {
        let mut e = editor();
        let before = e.set().clone();
        let text = before.article.text.clone();
        let lee = before.entity("lee").unwrap().mentions[0].clone();
        let cases: Vec<(Result<(), EditError>, EditError)> = vec![
            (
                e.rename("nobody", "X"),
                not_found(ItemKind::Entity, "nobody"),
            ),
            (e.rename("lee", "  "), EditError::EmptyName),
            (e.merge("lee", "lee"), EditError::MergeIntoItself),
            (e.delete_fact("f-none"), not_found(ItemKind::Fact, "f-none")),
            (e.remove_mention("lee", 1), EditError::NoSuchMention),
            (
                e.add_mention("lee", lee.start..lee.end),
                EditError::AlreadyMention {
                    words: lee.text.clone(),
                    entity: before.entity("lee").unwrap().name.clone(),
                },
            ),
            (
                e.set_fact_evidence(&before.facts[0].id, 0..text.len() + 1),
                EditError::NotInText,
            ),
            (
                e.set_fact(&before.facts[0].id, " ", Status::Stated, None),
                EditError::NoRelation,
            ),
        ];
        for (got, want) in cases {
            assert_eq!(got, Err(want));
        }
        assert_eq!(
            selection(&text, 0..text.len() + 5),
            Err(EditError::OutsideText)
        );
        assert_eq!(e.set(), &before);
        assert!(!e.can_undo());
        assert_eq!(not_found(ItemKind::Quote, "q9").to_string(), "no quote q9");
    }

    #[test]
    fn undo_gives_back_the_set_and_review_exactly_and_redo_replays() {
        let mut e = editor();
        let start = (e.set().clone(), e.review().clone());
        let text = e.set().article.text.clone();
        e.merge("blackrock", "fink").unwrap();
        e.delete_entity("trump").unwrap();
        e.accept(ItemKind::Entity, "lee").unwrap();
        e.rename("lee", "Lee Jae-myung").unwrap();
        let r = range_of(&text, "Global Infrastructure Partners");
        let gip2 = e.new_entity(EntityKind::Organisation, r).unwrap();
        e.delete_fact(&e.set().facts[2].id.clone()).unwrap();
        let end = (e.set().clone(), e.review().clone());
        assert_eq!(
            e.review().state(ItemKind::Entity, &gip2),
            ReviewState::Added
        );
        while e.undo() {}
        assert_eq!((e.set().clone(), e.review().clone()), start);
        while e.redo() {}
        assert_eq!((e.set().clone(), e.review().clone()), end);
        // The indexes follow: every entity is found by id after undo.
        while e.undo() {}
        for (i, en) in e.set().entities.iter().enumerate() {
            assert_eq!(e.set().entity_index.get(&en.id), Some(&i));
        }
    }

    #[test]
    fn a_mention_is_rebounded_in_one_undoable_edit() {
        let mut e = editor();
        let text = e.set().article.text.clone();
        let korea = e.set().entity("south_korea").unwrap().clone();
        let at = text.find("Republic").unwrap();
        let before = korea
            .mentions
            .iter()
            .find(|m| m.text == "Czech")
            .map(|m| m.start);
        assert_eq!(before, None);
        // "South Korean" (the first mention) shrunk to "South".
        let first = korea.mentions[0].clone();
        e.rebound_mention("south_korea", first.start, first.start..first.start + 5)
            .unwrap();
        let m = &e.set().entity("south_korea").unwrap().mentions[0];
        assert_eq!(m.text, "South");
        assert_eq!(
            e.review().state(ItemKind::Entity, "south_korea"),
            ReviewState::Edited
        );
        assert!(e.problems().is_empty(), "{:?}", e.problems());
        assert!(e.undo());
        assert_eq!(e.set().entity("south_korea").unwrap(), &korea);
        assert_eq!(
            e.rebound_mention("south_korea", 1, at..at + 8),
            Err(EditError::NoSuchMention)
        );
        let second = korea.mentions[1].clone();
        assert_eq!(
            e.rebound_mention("south_korea", second.start, first.start..first.end),
            Err(EditError::AlreadyMention {
                words: first.text.clone(),
                entity: korea.name.clone()
            })
        );
    }

    #[test]
    fn the_undo_history_keeps_the_last_edits_only() {
        let mut e = editor();
        for n in 0..UNDO_DEPTH + 5 {
            e.set_description("lee", &format!("n{n}")).unwrap();
        }
        let mut undone = 0;
        while e.undo() {
            undone += 1;
        }
        assert_eq!(undone, UNDO_DEPTH);
        assert_eq!(e.set().entity("lee").unwrap().description, "n4");
    }

    #[test]
    fn a_merge_moves_mentions_facts_and_quotes_and_undo_redo_cross_it() {
        let mut e = editor();
        let fink = e.set().entity("fink").unwrap().clone();
        let facts_with_fink = e.dependents("fink");
        assert!(!facts_with_fink.facts.is_empty());
        e.merge("blackrock", "fink").unwrap();
        let br = e.set().entity("blackrock").unwrap();
        assert!(e.set().entity("fink").is_none());
        for m in &fink.mentions {
            assert!(br.mentions.iter().any(|n| n.start == m.start));
        }
        assert!(br.aliases.contains(&"Larry Fink".to_string()));
        assert!(e
            .set()
            .facts
            .iter()
            .all(|f| f.subject != "fink" && f.object != Object::Entity("fink".into())));
        // "Fink is chairman of BlackRock" would now link BlackRock to itself: dropped.
        assert!(
            e.set()
                .facts
                .iter()
                .all(|f| !(f.subject == "blackrock"
                    && f.object == Object::Entity("blackrock".into())))
        );
        assert!(e.problems().is_empty(), "{:?}", e.problems());
        assert!(e.undo());
        assert_eq!(e.set().entity("fink").unwrap(), &fink);
        assert!(e.redo());
        assert!(e.set().entity("fink").is_none());
        assert!(!e.redo());
    }

    #[test]
    fn new_entities_mentions_facts_and_quotes_have_exact_evidence() {
        let mut e = editor();
        let text = e.set().article.text.clone();
        let r = range_of(&text, "Global Infrastructure Partners");
        let id = e.new_entity(EntityKind::Organisation, r.clone()).unwrap();
        assert_eq!(
            e.set().entity(&id).unwrap().mentions[0].text,
            "Global Infrastructure Partners"
        );
        let fact = e
            .add_fact(
                &id,
                "is the infrastructure arm of",
                Object::Entity("blackrock".into()),
                Status::Stated,
                None,
                r.start..r.end + 6,
            )
            .unwrap();
        let f = e.set().facts.iter().find(|f| f.id == fact).unwrap();
        assert_eq!(f.evidence[0].text, text[r.start..r.end + 6]);
        let q = e
            .add_quote(None, range_of(&text, "AI capital in Asia"))
            .unwrap();
        assert!(e
            .set()
            .quotes
            .iter()
            .any(|x| x.id == q && x.speaker.is_none()));
        assert!(e.problems().is_empty(), "{:?}", e.problems());
        // Bad input is an error, and changes nothing.
        let rev = e.revision;
        assert!(e
            .add_fact(
                &id,
                " ",
                Object::Entity("blackrock".into()),
                Status::Stated,
                None,
                r.clone()
            )
            .is_err());
        assert!(e.add_mention("nobody", r.clone()).is_err());
        assert!(e
            .new_entity(EntityKind::Person, text.len()..text.len() + 3)
            .is_err());
        assert_eq!(e.revision, rev);
    }

    #[test]
    fn a_fact_is_corrected_in_place_and_undo_brings_it_back() {
        let mut e = editor();
        let text = e.set().article.text.clone();
        let before = e.set().facts[0].clone();
        let when = e
            .set()
            .entities
            .iter()
            .find(|x| x.kind == EntityKind::Time)
            .unwrap()
            .id
            .clone();
        e.set_fact(
            &before.id,
            " pledged to ",
            Status::Pledged,
            Some(when.clone()),
        )
        .unwrap();
        let f = e.set().facts[0].clone();
        assert_eq!(
            (f.relation.as_str(), f.status, f.qualifiers.when.as_deref()),
            ("pledged to", Status::Pledged, Some(when.as_str()))
        );
        assert_eq!(f.evidence, before.evidence);
        let r = range_of(&text, "Lee arrived in New York");
        e.set_fact_evidence(&before.id, r.clone()).unwrap();
        assert_eq!(e.set().facts[0].evidence[0].text, "Lee arrived in New York");
        // Bad input: an error, nothing changed.
        let rev = e.revision;
        assert!(e.set_fact(&before.id, "  ", Status::Stated, None).is_err());
        assert!(e
            .set_fact(&before.id, "x", Status::Stated, Some("nobody".into()))
            .is_err());
        assert!(e
            .set_fact("no-such-fact", "x", Status::Stated, None)
            .is_err());
        assert!(e
            .set_fact_evidence(&before.id, text.len()..text.len() + 1)
            .is_err());
        assert_eq!(e.revision, rev);
        assert!(e.undo() && e.undo());
        assert_eq!(e.set().facts[0], before);
    }

    #[test]
    fn events_are_added_with_exact_evidence_corrected_and_deleted() {
        let mut e = editor();
        let text = e.set().article.text.clone();
        let r = range_of(&text, "Lee arrived in New York on Monday");
        let fields =
            |title: &str, who: &[&str], place: Option<&str>, date: Option<Date>| EventFields {
                title: title.into(),
                day: Day::Monday,
                date,
                who: who.iter().map(|w| w.to_string()).collect(),
                place: place.map(Into::into),
                status: Status::Stated,
            };
        let id = e
            .add_event(
                fields("Arrives in New York", &["lee"], Some("new_york"), None),
                r.clone(),
            )
            .unwrap();
        let ev = e.set().events.iter().find(|x| x.id == id).unwrap();
        assert_eq!(ev.evidence[0].text, "Lee arrived in New York on Monday");
        assert_eq!(
            (ev.day, ev.place.as_deref()),
            (Day::Monday, Some("new_york"))
        );
        assert!(e.problems().is_empty(), "{:?}", e.problems());
        let rev = e.revision;
        assert!(e
            .add_event(fields(" ", &[], None, None), r.clone())
            .is_err());
        assert!(e
            .add_event(fields("x", &["nobody"], None, None), r.clone())
            .is_err());
        assert_eq!(e.revision, rev);
        // Corrected in place: a date sets the weekday; the evidence stays;
        // bad input changes nothing.
        let date = Date::new(2025, 9, 23).unwrap();
        e.set_event(&id, fields("Speech at the UN", &["lee"], None, Some(date)))
            .unwrap();
        let ev = e.set().events.iter().find(|x| x.id == id).unwrap();
        assert_eq!(
            (ev.title.as_str(), ev.day, ev.date, ev.place.clone()),
            ("Speech at the UN", date.weekday(), Some(date), None)
        );
        assert_eq!(ev.evidence[0].text, "Lee arrived in New York on Monday");
        assert!(e.problems().is_empty(), "{:?}", e.problems());
        let rev = e.revision;
        assert!(e.set_event(&id, fields(" ", &[], None, None)).is_err());
        assert!(e
            .set_event(&id, fields("x", &["nobody"], None, None))
            .is_err());
        assert!(e
            .set_event("no-such-event", fields("x", &[], None, None))
            .is_err());
        assert_eq!(e.revision, rev);
        assert!(e.undo());
        assert_eq!(
            e.set().events.iter().find(|x| x.id == id).unwrap().title,
            "Arrives in New York"
        );
        e.delete_event(&id).unwrap();
        assert!(e.set().events.iter().all(|x| x.id != id));
    }

    #[test]
    fn deleting_an_entity_takes_its_facts_and_unattributes_its_quotes() {
        let mut e = editor();
        let d = e.dependents("ha");
        assert!(!d.quotes.is_empty());
        e.delete_entity("ha").unwrap();
        for q in &d.quotes {
            let q = e.set().quotes.iter().find(|x| &x.id == q).unwrap();
            assert_ne!(q.speaker.as_deref(), Some("ha"));
            assert_ne!(q.reported_by.as_deref(), Some("ha"));
        }
        assert_eq!(e.set().quotes.len(), 6, "quotes are kept");
        assert!(e.set().facts.iter().all(|f| !d.facts.contains(&f.id)));
        assert!(e.problems().is_empty(), "{:?}", e.problems());
    }

    #[test]
    fn accept_and_reject_are_undone_and_redone_like_edits() {
        let mut e = editor();
        let rev = e.revision;
        e.accept(ItemKind::Entity, "lee").unwrap();
        let fact = e.set().facts[0].id.clone();
        e.reject(ItemKind::Fact, &fact).unwrap();
        assert!(
            e.revision > rev,
            "a decision moves the revision (the page saves)"
        );
        let rejected = e.review().counts(e.set(), None).rejected;
        assert_eq!(rejected, 1);
        assert!(e.undo());
        assert_eq!(e.review().counts(e.set(), None).rejected, 0);
        assert_eq!(
            e.review().state(ItemKind::Entity, "lee"),
            ReviewState::Accepted
        );
        assert!(e.undo());
        assert!(e.review().is_empty());
        assert!(e.redo() && e.redo());
        assert_eq!(e.review().counts(e.set(), None).rejected, 1);
        // The set itself was never copied into a decision's step: an edit
        // undone in between still comes back.
        e.rename("lee", "Lee Jae-myung").unwrap();
        e.reject(ItemKind::Entity, "fink").unwrap();
        assert!(e.undo() && e.undo());
        assert_eq!(e.set().entity("lee").unwrap().name, "Lee Jae Myung");
        assert_eq!(
            e.review().state(ItemKind::Entity, "lee"),
            ReviewState::Accepted
        );
        // Bad input: an error, no step.
        let rev = e.revision;
        assert!(e.accept(ItemKind::Entity, "nobody").is_err());
        assert!(e.reject(ItemKind::Sentence, "s1").is_err());
        assert_eq!(e.revision, rev);
        // Accepting what is already accepted makes no step either.
        e.accept(ItemKind::Entity, "lee").unwrap();
        assert_eq!(e.revision, rev);
    }

    #[test]
    fn an_edit_marks_its_item_edited_and_what_the_person_makes_is_added() {
        let mut e = editor();
        let text = e.set().article.text.clone();
        let fact = e.set().facts[0].id.clone();
        e.set_kind("lee", EntityKind::Person).unwrap();
        e.set_fact(&fact, "met", Status::Stated, None).unwrap();
        let quote = e.set().quotes[0].id.clone();
        e.set_speaker(&quote, None).unwrap();
        let r = e.review();
        assert_eq!(r.state(ItemKind::Entity, "lee"), ReviewState::Edited);
        assert_eq!(r.state(ItemKind::Fact, &fact), ReviewState::Edited);
        assert_eq!(r.state(ItemKind::Quote, &quote), ReviewState::Edited);
        // A merge edits the one kept; the one merged away is forgotten.
        e.reject(ItemKind::Entity, "trump").unwrap();
        e.merge("blackrock", "fink").unwrap();
        assert_eq!(
            e.review().state(ItemKind::Entity, "blackrock"),
            ReviewState::Edited
        );
        let id = e
            .new_entity(
                EntityKind::Organisation,
                range_of(&text, "Global Infrastructure Partners"),
            )
            .unwrap();
        assert_eq!(e.review().state(ItemKind::Entity, &id), ReviewState::Added);
        e.rename(&id, "GIP").unwrap();
        assert_eq!(e.review().state(ItemKind::Entity, &id), ReviewState::Added);
        // Undo takes the mark back with the edit.
        assert!(e.undo());
        assert_eq!(e.review().state(ItemKind::Entity, &id), ReviewState::Added);
        assert!(e.undo());
        assert_eq!(
            e.review().state(ItemKind::Entity, &id),
            ReviewState::Drafted
        );
        // Deleting an item forgets its state.
        e.delete_entity("trump").unwrap();
        assert_eq!(
            e.review().state(ItemKind::Entity, "trump"),
            ReviewState::Drafted
        );
    }

    #[test]
    fn accept_remaining_accepts_every_drafted_item_of_a_kind_in_one_step() {
        let mut e = editor();
        let facts = e.set().facts.len();
        let (a, b) = (e.set().facts[0].id.clone(), e.set().facts[1].id.clone());
        e.reject(ItemKind::Fact, &a).unwrap();
        e.set_fact(&b, "met", Status::Stated, None).unwrap();
        assert_eq!(e.accept_remaining(ItemKind::Fact), facts - 2);
        let c = e.review().counts(e.set(), Some(ItemKind::Fact));
        assert_eq!(
            (c.drafted, c.accepted, c.rejected, c.edited),
            (0, facts - 2, 1, 1)
        );
        // Entities untouched; nothing left: no step.
        assert_eq!(
            e.review().counts(e.set(), Some(ItemKind::Entity)).drafted,
            e.set().entities.len()
        );
        let rev = e.revision;
        assert_eq!(e.accept_remaining(ItemKind::Fact), 0);
        assert_eq!(e.revision, rev);
        assert!(e.undo());
        assert_eq!(
            e.review().counts(e.set(), Some(ItemKind::Fact)).drafted,
            facts - 2
        );
    }

    #[test]
    fn the_export_leaves_rejected_items_out_and_what_dangles_with_them() {
        let mut e = editor();
        let quote = e.set().quotes[1].id.clone();
        let d = e.dependents("fink");
        e.reject(ItemKind::Entity, "fink").unwrap();
        e.reject(ItemKind::Quote, &quote).unwrap();
        let json = e.export().unwrap();
        let out = load::load(&json, None).unwrap();
        assert!(out.entity("fink").is_none());
        assert!(out.quotes.iter().all(|q| q.id != quote));
        assert!(out.facts.iter().all(|f| !d.facts.contains(&f.id)));
        let (_, left) = e.reviewed();
        assert_eq!((left.rejected, left.dangling_facts), (2, d.facts.len()));
        // The draft keeps them (marked), for a change of mind.
        assert!(e.set().entity("fink").is_some());
        assert!(e.unreview(ItemKind::Entity, "fink").is_ok());
        let out = load::load(&e.export().unwrap(), None).unwrap();
        assert!(out.entity("fink").is_some());
    }

    #[test]
    fn a_problem_in_a_rejected_item_holds_nothing_up() {
        let mut set = load::load_bundled().unwrap();
        set.entities[5].mentions[0].text = "not the article's words".into();
        let id = set.entities[5].id.clone();
        let mut e = Editor::new(set);
        assert_eq!(e.problems().len(), 1);
        assert!(e.export().is_err());
        e.reject(ItemKind::Entity, &id).unwrap();
        assert!(e.problems().is_empty(), "{:?}", e.problems());
        let out = load::load(&e.export().unwrap(), None).unwrap();
        assert!(out.entity(&id).is_none());
        // Restored: the problem is back.
        assert!(e.undo());
        assert_eq!(e.problems().len(), 1);
    }

    #[test]
    fn utf16_selections_become_byte_spans_in_accented_hangul_and_emoji_text() {
        let text = "Café 👍🏽 이재명 met Fink.";
        let utf16: Vec<u16> = text.encode_utf16().collect();
        let find16 = |w: &str| {
            let needle: Vec<u16> = w.encode_utf16().collect();
            let at = utf16
                .windows(needle.len())
                .position(|x| x == needle)
                .unwrap();
            at..at + needle.len()
        };
        for w in ["Café", "👍🏽", "이재명", "Fink"] {
            let r = selection(text, find16(w)).unwrap();
            assert_eq!(&text[r], w);
        }
        // White space around a selection is trimmed; inside a surrogate pair is refused.
        let r = find16(" 이재명 ");
        assert_eq!(&text[selection(text, r).unwrap()], "이재명");
        let emoji = find16("👍🏽");
        assert!(selection(text, emoji.start + 1..emoji.end).is_err());
        assert!(selection(text, 0..999).is_err());
        assert!(selection(text, 4..5).is_err(), "only a space");
    }

    #[test]
    fn the_inline_snippet_keeps_script_and_comment_markers_inside_the_json() {
        let mut set = load::load_bundled().unwrap();
        set.article.title = "A </script><b>bold</b> <!-- title".into();
        let (by_file, inline) = embed_snippets(&set, "my \"article\".facts.json");
        assert!(by_file.contains("src=\"my &quot;article&quot;.facts.json\""));
        let body = inline.split("application/json\">").nth(1).unwrap();
        let json = body.split("</script>").next().unwrap();
        assert!(!json.contains('<'));
        assert!(load::load(json, None).is_ok());
    }
}

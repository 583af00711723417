//! Filtering by selected entities (the chips), and the per-entity counts the
//! chips show. Pure functions over a [`FactSet`].

use crate::model::{Entity, EntityKind, Event, Fact, FactSet, Quote};
use crate::search::DocKind;

/// How several selected entities combine.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Mode {
    /// Keep what involves every selected entity.
    #[default]
    All,
    /// Keep what involves at least one selected entity.
    Any,
}

/// A selection of entities and how they combine. Empty keeps everything.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Selection {
    /// Selected entity ids.
    pub entities: Vec<String>,
    /// All or any.
    pub mode: Mode,
}

impl Selection {
    /// Whether an item involving `ids` passes this selection.
    pub fn keeps<'a>(&self, ids: impl Iterator<Item = &'a str> + Clone) -> bool {
        if self.entities.is_empty() {
            return true;
        }
        let mut hit = self.entities.iter().map(|s| ids.clone().any(|i| i == s));
        match self.mode {
            Mode::All => hit.all(|h| h),
            Mode::Any => hit.any(|h| h),
        }
    }

    /// Whether a fact passes.
    pub fn keeps_fact(&self, set: &FactSet, fact: &Fact) -> bool {
        let ids: Vec<&str> = set.fact_entities(fact).collect();
        self.keeps(ids.iter().copied())
    }

    /// Whether a quote passes (speaker and relayer count).
    pub fn keeps_quote(&self, quote: &Quote) -> bool {
        let ids = std::iter::once(quote.speaker.as_str()).chain(quote.reported_by.as_deref());
        self.keeps(ids)
    }

    /// Whether an itinerary event passes.
    pub fn keeps_event(&self, event: &Event) -> bool {
        let ids = event
            .who
            .iter()
            .map(String::as_str)
            .chain(event.place.as_deref());
        self.keeps(ids)
    }
}

impl Selection {
    /// Whether a search hit of `kind` pointing at item `target` passes: an
    /// entity passes when it, with its neighbours, meets the selection; an
    /// article sentence when the entities it mentions do.
    pub fn keeps_target(&self, set: &FactSet, kind: DocKind, target: usize) -> bool {
        if self.entities.is_empty() {
            return true;
        }
        match kind {
            DocKind::Entity => set.entities.get(target).is_some_and(|e| {
                let mut ids: Vec<&str> = neighbours(set, &e.id)
                    .iter()
                    .map(|n| n.id.as_str())
                    .collect();
                ids.push(&e.id);
                self.keeps(ids.into_iter())
            }),
            DocKind::Fact => set
                .facts
                .get(target)
                .is_some_and(|f| self.keeps_fact(set, f)),
            DocKind::Quote => set.quotes.get(target).is_some_and(|q| self.keeps_quote(q)),
            DocKind::Event => set.events.get(target).is_some_and(|e| self.keeps_event(e)),
            DocKind::Sentence => set.article.sentences.get(target).is_some_and(|r| {
                let ids = crate::article::entities_in(set, r);
                self.keeps(ids.iter().map(String::as_str))
            }),
        }
    }
}

/// What every view shows: one flag per fact, quote and event.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Visible {
    pub facts: Vec<bool>,
    pub quotes: Vec<bool>,
    pub events: Vec<bool>,
}

/// The items whose flag in `flags` (a [`Visible`] list) is set; an item
/// without a flag is not shown.
pub fn shown<'a, T>(items: &'a [T], flags: &'a [bool]) -> impl Iterator<Item = &'a T> {
    items.iter().zip(flags).filter(|p| *p.1).map(|p| p.0)
}

/// What passes the chip `selection` and, when a search is active, the search
/// `hits` (kind, target): an item passes the search when it was found itself
/// or involves an entity that was found.
pub fn visible(set: &FactSet, selection: &Selection, hits: Option<&[(DocKind, usize)]>) -> Visible {
    // Index the hits once: each item then costs a few lookups, not a scan of
    // every hit (this runs on every keystroke).
    let found_items: Option<std::collections::HashSet<(DocKind, usize)>> =
        hits.map(|h| h.iter().copied().collect());
    let found_entities: std::collections::HashSet<&str> = hits
        .unwrap_or_default()
        .iter()
        .filter(|(k, _)| *k == DocKind::Entity)
        .filter_map(|&(_, t)| set.entities.get(t).map(|e| e.id.as_str()))
        .collect();
    let found = |kind: DocKind, target: usize, ids: &mut dyn Iterator<Item = &str>| -> bool {
        let Some(items) = &found_items else {
            return true;
        };
        if items.contains(&(kind, target)) {
            return true;
        }
        for id in ids {
            if found_entities.contains(id) {
                return true;
            }
        }
        false
    };
    Visible {
        facts: set
            .facts
            .iter()
            .enumerate()
            .map(|(i, f)| {
                selection.keeps_fact(set, f) && found(DocKind::Fact, i, &mut set.fact_entities(f))
            })
            .collect(),
        quotes: set
            .quotes
            .iter()
            .enumerate()
            .map(|(i, q)| {
                selection.keeps_quote(q)
                    && found(
                        DocKind::Quote,
                        i,
                        &mut std::iter::once(q.speaker.as_str()).chain(q.reported_by.as_deref()),
                    )
            })
            .collect(),
        events: set
            .events
            .iter()
            .enumerate()
            .map(|(i, e)| {
                selection.keeps_event(e)
                    && found(DocKind::Event, i, &mut e.who.iter().map(String::as_str))
            })
            .collect(),
    }
}

/// How many facts each entity appears in, by entity index.
pub fn fact_counts(set: &FactSet) -> Vec<usize> {
    facet_counts(set, &Selection::default())
}

/// How many of the facts that pass `selection` each entity appears in, by
/// entity index: the chips' counts, which narrow as chips are selected.
pub fn facet_counts(set: &FactSet, selection: &Selection) -> Vec<usize> {
    let mut counts = vec![0; set.entities.len()];
    for f in set.facts.iter().filter(|f| selection.keeps_fact(set, f)) {
        let mut ids: Vec<&str> = set.fact_entities(f).collect();
        crate::sort::sort_dedup(&mut ids);
        for id in ids {
            if let Some(i) = set.entity_position(id) {
                counts[i] += 1;
            }
        }
    }
    counts
}

/// Entities grouped by kind (in [`EntityKind::ALL`] order), most facts first
/// within a group, then by name. Returns (kind, [(entity index, count)]).
pub fn chip_groups(set: &FactSet) -> Vec<(EntityKind, Vec<(usize, usize)>)> {
    let counts = fact_counts(set);
    EntityKind::ALL
        .iter()
        .filter_map(|&kind| {
            let mut members: Vec<(usize, usize)> = set
                .entities
                .iter()
                .enumerate()
                .filter(|(_, e)| e.kind == kind)
                .map(|(i, _)| (i, counts[i]))
                .collect();
            if members.is_empty() {
                return None;
            }
            crate::sort::sort_by(&mut members, |a, b| {
                b.1.cmp(&a.1)
                    .then_with(|| set.entities[a.0].name.cmp(&set.entities[b.0].name))
            });
            Some((kind, members))
        })
        .collect()
}

/// The entities directly connected to `id` by a fact (either direction), in
/// first-seen order.
pub fn neighbours<'a>(set: &'a FactSet, id: &str) -> Vec<&'a Entity> {
    let mut out: Vec<&Entity> = Vec::new();
    for f in &set.facts {
        let ids: Vec<&str> = set.fact_entities(f).collect();
        if !ids.contains(&id) {
            continue;
        }
        for other in ids {
            if other != id && !out.iter().any(|e: &&Entity| e.id == other) {
                if let Some(e) = set.entity(other) {
                    out.push(e);
                }
            }
        }
    }
    out
}

/// The facts whose evidence lies in sentence `sentence` (indices into `facts`).
pub fn facts_backed_by(set: &FactSet, sentence: usize) -> Vec<usize> {
    let Some(r) = set.article.sentences.get(sentence) else {
        return Vec::new();
    };
    set.facts
        .iter()
        .enumerate()
        .filter(|(_, f)| f.evidence.iter().any(|e| e.overlaps(r)))
        .map(|(i, _)| i)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::load_bundled;

    fn kept(set: &FactSet, ids: &[&str], mode: Mode) -> Vec<String> {
        let sel = Selection {
            entities: ids.iter().map(|s| s.to_string()).collect(),
            mode,
        };
        set.facts
            .iter()
            .filter(|f| sel.keeps_fact(set, f))
            .map(|f| f.id.clone())
            .collect()
    }

    #[test]
    fn filters_by_all_and_any() {
        let set = load_bundled().unwrap();
        assert_eq!(kept(&set, &[], Mode::All).len(), set.facts.len());
        let br = kept(&set, &["blackrock"], Mode::All);
        assert!(br.contains(&"f-fink-ceo".to_string()));
        assert!(!br.contains(&"f-lee-unsc".to_string()));
        let both = kept(&set, &["lee", "blackrock"], Mode::All);
        assert_eq!(both, vec!["f-lee-pledge"]);
        let either = kept(&set, &["fink", "trump"], Mode::Any);
        assert!(either.contains(&"f-lee-trump-not-planned".to_string()));
        assert!(either.contains(&"f-fink-ceo".to_string()));
    }

    #[test]
    fn chips_are_grouped_and_counted() {
        let set = load_bundled().unwrap();
        let groups = chip_groups(&set);
        assert_eq!(groups[0].0, EntityKind::Person);
        let (lee, lee_count) = groups[0].1[0];
        assert_eq!(set.entities[lee].id, "lee");
        assert!(lee_count >= 20);
        let total: usize = groups.iter().map(|g| g.1.len()).sum();
        assert_eq!(total, set.entities.len());
    }

    #[test]
    fn facets_narrow_with_the_selection() {
        let set = load_bundled().unwrap();
        let all = fact_counts(&set);
        let sel = Selection {
            entities: vec!["blackrock".into()],
            mode: Mode::All,
        };
        let narrowed = facet_counts(&set, &sel);
        let br = set.entity_position("blackrock").unwrap();
        let lee = set.entity_position("lee").unwrap();
        assert_eq!(narrowed[br], all[br]);
        assert!(narrowed[lee] < all[lee]);
        let unsc = set.entity_position("unsc").unwrap();
        assert_eq!(narrowed[unsc], 0);
    }

    #[test]
    fn sentences_list_the_facts_they_back() {
        let set = load_bundled().unwrap();
        let s = set
            .sentence_at(set.article.text.find("A one-on-one meeting").unwrap())
            .unwrap();
        let ids: Vec<&str> = facts_backed_by(&set, s)
            .iter()
            .map(|&i| set.facts[i].id.as_str())
            .collect();
        assert_eq!(
            ids,
            [
                "f-lee-trump-not-planned",
                "f-lee-trump-informal",
                "f-trump-us"
            ]
        );
    }

    #[test]
    fn visible_combines_chips_and_search() {
        let set = load_bundled().unwrap();
        let index = crate::search::Index::of(&set);
        let hits: Vec<(DocKind, usize)> = index
            .search("Trump", 50)
            .hits
            .iter()
            .map(|h| (h.kind, h.target))
            .collect();
        let v = visible(&set, &Selection::default(), Some(&hits));
        let facts: Vec<&str> = shown(&set.facts, &v.facts).map(|f| f.id.as_str()).collect();
        assert!(facts.contains(&"f-lee-trump-not-planned") && facts.contains(&"f-trump-us"));
        assert!(!facts.contains(&"f-fink-ceo"));
        assert_eq!(v.events.iter().filter(|b| **b).count(), 1);
        let all = visible(&set, &Selection::default(), None);
        assert!(all.facts.iter().all(|b| *b));
    }

    #[test]
    fn blackrock_neighbours() {
        let set = load_bundled().unwrap();
        let n: Vec<&str> = neighbours(&set, "blackrock")
            .iter()
            .map(|e| e.id.as_str())
            .collect();
        for id in ["fink", "gip", "msit", "lee"] {
            assert!(n.contains(&id), "{id} missing from {n:?}");
        }
    }
}

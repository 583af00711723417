//! Filtering by selected entities (the chips), and the per-entity counts the
//! chips show. Pure functions over a [`FactSet`].

use crate::item::{ItemKind, ItemRef};
use crate::model::{Entity, EntityKind, FactSet};

/// How several selected entities combine.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
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

    /// Whether `item` passes: a fact, quote, event or sentence when the
    /// entities it involves ([`FactSet::involved`]) meet the selection; an
    /// entity when it, with its neighbours, does.
    pub fn keeps_item(&self, set: &FactSet, item: ItemRef) -> bool {
        if self.entities.is_empty() {
            return true;
        }
        let mut ids = set.involved(item);
        if let ItemRef::Entity(i) = item {
            match set.entities.get(i) {
                Some(e) => ids.extend(neighbours(set, &e.id).iter().map(|n| n.id.as_str())),
                None => return false,
            }
        }
        self.keeps(ids.into_iter())
    }
}

/// What every view shows: one flag per fact, quote and event.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Visible {
    pub facts: Vec<bool>,
    pub quotes: Vec<bool>,
    pub events: Vec<bool>,
}

impl Visible {
    /// Whether `item` is shown (entities and sentences always are).
    pub fn shows(&self, item: ItemRef) -> bool {
        let flags = match item {
            ItemRef::Fact(_) => &self.facts,
            ItemRef::Quote(_) => &self.quotes,
            ItemRef::Event(_) => &self.events,
            ItemRef::Entity(_) | ItemRef::Sentence(_) => return true,
        };
        flags.get(item.index()).copied().unwrap_or(false)
    }

    /// How many facts, quotes or events are shown.
    pub fn count(&self, kind: ItemKind) -> usize {
        let flags = match kind {
            ItemKind::Fact => &self.facts,
            ItemKind::Quote => &self.quotes,
            ItemKind::Event => &self.events,
            ItemKind::Entity | ItemKind::Sentence => return 0,
        };
        flags.iter().filter(|f| **f).count()
    }
}

/// The items whose flag in `flags` (a [`Visible`] list) is set; an item
/// without a flag is not shown.
pub fn shown<'a, T>(items: &'a [T], flags: &'a [bool]) -> impl Iterator<Item = &'a T> {
    items.iter().zip(flags).filter(|p| *p.1).map(|p| p.0)
}

/// What passes the chip `selection` and, when a search is active, the search
/// `hits`: an item passes the search when it was found itself or involves an
/// entity that was found.
pub fn visible(set: &FactSet, selection: &Selection, hits: Option<&[ItemRef]>) -> Visible {
    // Index the hits once: each item then costs a few lookups, not a scan of
    // every hit (this runs on every keystroke).
    let found_items: Option<std::collections::HashSet<ItemRef>> =
        hits.map(|h| h.iter().copied().collect());
    let found_entities: std::collections::HashSet<&str> = hits
        .unwrap_or_default()
        .iter()
        .filter_map(|&item| match item {
            ItemRef::Entity(i) => set.entities.get(i).map(|e| e.id.as_str()),
            _ => None,
        })
        .collect();
    let passes = |item: ItemRef| -> bool {
        let involved = set.involved(item);
        let found = match &found_items {
            None => true,
            Some(items) => {
                items.contains(&item) || involved.iter().any(|id| found_entities.contains(id))
            }
        };
        found && selection.keeps(involved.into_iter())
    };
    Visible {
        facts: (0..set.facts.len())
            .map(|i| passes(ItemRef::Fact(i)))
            .collect(),
        quotes: (0..set.quotes.len())
            .map(|i| passes(ItemRef::Quote(i)))
            .collect(),
        events: (0..set.events.len())
            .map(|i| passes(ItemRef::Event(i)))
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
    for fact in (0..set.facts.len()).map(ItemRef::Fact) {
        if !selection.keeps_item(set, fact) {
            continue;
        }
        for id in set.involved(fact) {
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
    let Some(entity) = set.entity_position(id) else {
        return out;
    };
    // Only the facts that involve it (the loader's index), not every fact:
    // the chip filter asks this for each entity found, on every keystroke.
    for &fact in set.involving(entity) {
        if !matches!(fact, ItemRef::Fact(_)) {
            continue;
        }
        for other in set.involved(fact) {
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
            .enumerate()
            .filter(|(i, _)| sel.keeps_item(set, ItemRef::Fact(*i)))
            .map(|(_, f)| f.id.clone())
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
        let hits: Vec<ItemRef> = index
            .search("Trump", 50)
            .hits
            .iter()
            .map(|h| h.item)
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

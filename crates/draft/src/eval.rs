//! Measuring drafts: names against GUM's gold names (the scorer in
//! [`crate::score`]), facts against the hand-written fact gold
//! (`data/facts-gold/`, its README gives the definition and the matching
//! rule), pronouns against GUM's coreference, and the bundled article
//! against its curated fact set.

use std::collections::HashSet;
use std::ops::Range;

use fact_explorer_core::model::{EntityKind, FactSet, Object, Status};
use serde::Deserialize;

use crate::gum::{Document, Label, Named};

/// The product's kinds as the name scorer's labels (venues and facilities
/// count as places; amounts, times, events and agreements are no names).
pub fn label_of(kind: EntityKind) -> Option<Label> {
    match kind {
        EntityKind::Person => Some(Label::Per),
        EntityKind::Organisation | EntityKind::GovernmentBody => Some(Label::Org),
        EntityKind::Country | EntityKind::City | EntityKind::Region | EntityKind::Venue => {
            Some(Label::Loc)
        }
        // No wildcard: a new kind must be placed here, or scores drop it silently.
        EntityKind::Event | EntityKind::Agreement | EntityKind::Amount | EntityKind::Time => None,
    }
}

/// The named mentions of a draft, typed, with their entity's index.
pub fn named(set: &FactSet) -> Vec<(Named, usize)> {
    let mut out = Vec::new();
    for (i, e) in set.entities.iter().enumerate() {
        let Some(label) = label_of(e.kind) else {
            continue;
        };
        for m in &e.mentions {
            out.push((
                Named {
                    start: m.start,
                    end: m.end,
                    label,
                },
                i,
            ));
        }
    }
    out
}

#[derive(Deserialize)]
struct GoldEntity {
    id: String,
    names: Vec<String>,
}

#[derive(Deserialize)]
struct GoldFactRaw {
    sentence: usize,
    subject: String,
    object: String,
    polarity: String,
    #[serde(default)]
    relation: String,
}

#[derive(Deserialize)]
struct GoldFile {
    id: String,
    entities: Vec<GoldEntity>,
    facts: Vec<GoldFactRaw>,
}

/// One gold fact, ready to match.
#[derive(Clone, Debug)]
pub struct GoldFact {
    /// The names of each end, folded.
    pub subject: HashSet<String>,
    pub object: HashSet<String>,
    /// The sentence's bytes.
    pub sentence: Range<usize>,
    pub negative: bool,
    pub relation: String,
}

/// A document's fact gold.
pub struct FactGold {
    pub id: String,
    pub facts: Vec<GoldFact>,
}

/// Case, accents, a leading "the" and a trailing "'s" do not matter.
pub fn fold(name: &str) -> String {
    let s = fact_explorer_core::text::fold(name.trim());
    let s = s.strip_prefix("the ").unwrap_or(&s).to_string();
    s.trim_end_matches("'s")
        .trim_end_matches("’s")
        .trim()
        .to_string()
}

impl FactGold {
    /// Reads a gold file for its GUM document.
    pub fn read(json: &str, doc: &Document) -> Result<FactGold, String> {
        let raw: GoldFile = serde_json::from_str(json).map_err(|e| e.to_string())?;
        let names = |id: &str| -> Result<HashSet<String>, String> {
            raw.entities
                .iter()
                .find(|e| e.id == id)
                .map(|e| e.names.iter().map(|n| fold(n)).collect())
                .ok_or(format!("{}: no entity {id}", raw.id))
        };
        let mut facts = Vec::new();
        for f in &raw.facts {
            let s = doc
                .sentences
                .get(f.sentence)
                .ok_or(format!("{}: no sentence {}", raw.id, f.sentence))?;
            let sentence = doc.tokens[s.start].start..doc.tokens[s.end - 1].end;
            facts.push(GoldFact {
                subject: names(&f.subject)?,
                object: names(&f.object)?,
                sentence,
                negative: f.polarity == "negative",
                relation: f.relation.clone(),
            });
        }
        Ok(FactGold { id: raw.id, facts })
    }
}

/// Counts of a fact comparison.
#[derive(Clone, Copy, Debug, Default)]
pub struct FactScore {
    pub drafted: usize,
    pub right: usize,
    pub gold: usize,
    pub found: usize,
}

impl FactScore {
    pub fn precision(&self) -> f64 {
        self.right as f64 / self.drafted.max(1) as f64
    }
    pub fn recall(&self) -> f64 {
        self.found as f64 / self.gold.max(1) as f64
    }
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
    pub fn add(&mut self, o: FactScore) {
        self.drafted += o.drafted;
        self.right += o.right;
        self.gold += o.gold;
        self.found += o.found;
    }
}

/// The folded names a drafted entity goes by: its name, aliases and the
/// words of its mentions.
pub fn names_of(set: &FactSet, id: &str) -> HashSet<String> {
    let mut out = HashSet::new();
    if let Some(e) = set.entity(id) {
        out.insert(fold(&e.name));
        for a in &e.aliases {
            out.insert(fold(a));
        }
        for m in &e.mentions {
            out.insert(fold(&m.text));
        }
    }
    out
}

/// A drafted fact's match in `gold`, if any: the first gold fact not yet
/// taken whose ends the drafted ends name (either order), whose sentence
/// the evidence overlaps and whose polarity agrees.
pub fn score_facts(
    set: &FactSet,
    gold: &FactGold,
    mut report: impl FnMut(&str, Option<usize>),
) -> FactScore {
    let mut taken = vec![false; gold.facts.len()];
    let mut s = FactScore {
        gold: gold.facts.len(),
        ..FactScore::default()
    };
    for f in &set.facts {
        let Object::Entity(object) = &f.object else {
            continue;
        };
        s.drafted += 1;
        let (a, b) = (names_of(set, &f.subject), names_of(set, object));
        let negative = f.status == Status::Negated;
        let hit = gold.facts.iter().enumerate().position(|(k, g)| {
            let ends = (!a.is_disjoint(&g.subject) && !b.is_disjoint(&g.object))
                || (!a.is_disjoint(&g.object) && !b.is_disjoint(&g.subject));
            !taken[k]
                && ends
                && f.evidence
                    .iter()
                    .any(|e| e.start < g.sentence.end && g.sentence.start < e.end)
                && negative == g.negative
        });
        if let Some(k) = hit {
            taken[k] = true;
            s.right += 1;
        }
        report(&f.id, hit);
    }
    s.found = taken.iter().filter(|t| **t).count();
    s
}

/// The share of personal pronouns whose gold cluster holds a proper name
/// that the draft resolved to that cluster: (right, of).
/// With `show`, prints each pronoun left unresolved or resolved wrongly.
pub fn score_pronouns(
    doc: &Document,
    resolved: &[(Range<usize>, Vec<Range<usize>>)],
    show: bool,
) -> (usize, usize) {
    const PRONOUNS: &[&str] = &[
        "he",
        "him",
        "his",
        "she",
        "her",
        "hers",
        "they",
        "them",
        "their",
        "it",
        "its",
        "himself",
        "herself",
        "itself",
        "themselves",
    ];
    let named_clusters: HashSet<u32> = doc
        .mentions
        .iter()
        .filter(|m| m.proper)
        .map(|m| m.entity)
        .collect();
    let (mut right, mut all) = (0, 0);
    for m in &doc.mentions {
        let words = doc.text[m.start..m.end].to_lowercase();
        if !PRONOUNS.contains(&words.as_str()) || !named_clusters.contains(&m.entity) {
            continue;
        }
        all += 1;
        // The entity the draft resolved this pronoun to, by its mentions.
        let Some((_, mentions)) = resolved.iter().find(|(p, _)| p.start == m.start) else {
            if show {
                println!(
                    "  UNRESOLVED {words} (gold {})",
                    doc.mentions
                        .iter()
                        .find(|g| g.entity == m.entity && g.proper)
                        .map_or("?", |g| &doc.text[g.start..g.end])
                );
            }
            continue;
        };
        let same = doc.mentions.iter().any(|g| {
            g.entity == m.entity
                && g.proper
                && mentions.iter().any(|x| {
                    let name = g.name.clone().unwrap_or(g.start..g.end);
                    x.start < name.end && name.start < x.end
                })
        });
        if !same && show {
            println!(
                "  WRONG {words} -> {} (gold {})",
                mentions
                    .first()
                    .map_or("?".to_string(), |x| doc.text[x.clone()].to_string()),
                doc.mentions
                    .iter()
                    .find(|g| g.entity == m.entity && g.proper)
                    .map_or("?", |g| &doc.text[g.start..g.end])
            );
        }
        right += usize::from(same);
    }
    (right, all)
}

/// The bundled article against its curated fact set: how many of the
/// curated facts that link two named things (people, organisations,
/// government bodies, places) the draft proposes, counted as distinct
/// curated facts, and how many drafted facts match one.
#[derive(Clone, Copy, Debug, Default)]
pub struct SeedScore {
    pub curated: usize,
    pub found: usize,
    pub drafted: usize,
    pub right: usize,
    pub entities: usize,
    pub entities_found: usize,
    pub entities_typed: usize,
    pub quotes: usize,
    pub quotes_right: usize,
}

/// Scores `draft` against `curated` (the same text).
pub fn score_seed(curated: &FactSet, draft: &FactSet) -> SeedScore {
    let named = |k: EntityKind| label_of(k).is_some();
    // A drafted entity stands for a curated one when they share a mention
    // span, or a name.
    let same = |c: &fact_explorer_core::model::Entity, d: &fact_explorer_core::model::Entity| {
        c.mentions.iter().any(|m| {
            d.mentions
                .iter()
                .any(|n| m.start == n.start && m.end == n.end)
        }) || fold(&c.name) == fold(&d.name)
            || c.aliases.iter().any(|a| fold(a) == fold(&d.name))
    };
    let mut s = SeedScore::default();
    let wanted: Vec<_> = curated.entities.iter().filter(|e| named(e.kind)).collect();
    s.entities = wanted.len();
    for c in &wanted {
        if let Some(d) = draft.entities.iter().find(|d| same(c, d)) {
            s.entities_found += 1;
            s.entities_typed += usize::from(label_of(d.kind) == label_of(c.kind));
        }
    }
    let ends_of = |f: &fact_explorer_core::model::Fact, set: &FactSet| -> Option<(usize, usize)> {
        let Object::Entity(o) = &f.object else {
            return None;
        };
        Some((
            *set.entity_index.get(&f.subject)?,
            *set.entity_index.get(o)?,
        ))
    };
    let overlaps = |a: &[fact_explorer_core::model::Span],
                    b: &[fact_explorer_core::model::Span]| {
        a.iter()
            .any(|x| b.iter().any(|y| x.start < y.end && y.start < x.end))
    };
    let curated_facts: Vec<_> = curated
        .facts
        .iter()
        .filter_map(|f| {
            let (a, b) = ends_of(f, curated)?;
            (named(curated.entities[a].kind) && named(curated.entities[b].kind))
                .then_some((f, a, b))
        })
        .collect();
    s.curated = curated_facts.len();
    let mut taken = vec![false; curated_facts.len()];
    for f in &draft.facts {
        let Some((a, b)) = ends_of(f, draft) else {
            continue;
        };
        let (da, db) = (&draft.entities[a], &draft.entities[b]);
        // A fact with an end the curated set keeps as an event or an
        // agreement ("UN General Assembly") is outside what is compared.
        let unnamed = |d: &fact_explorer_core::model::Entity| {
            curated
                .entities
                .iter()
                .any(|c| !named(c.kind) && same(c, d))
        };
        if unnamed(da) || unnamed(db) {
            continue;
        }
        s.drafted += 1;
        let hit = curated_facts
            .iter()
            .enumerate()
            .position(|(k, (c, ca, cb))| {
                let (ca, cb) = (&curated.entities[*ca], &curated.entities[*cb]);
                !taken[k]
                    && ((same(ca, da) && same(cb, db)) || (same(ca, db) && same(cb, da)))
                    && overlaps(&c.evidence, &f.evidence)
            });
        // A second drafted fact for a curated fact already matched is a
        // duplicate: neither right nor a new find.
        let dup = hit.is_none()
            && curated_facts.iter().enumerate().any(|(k, (c, ca, cb))| {
                let (ca, cb) = (&curated.entities[*ca], &curated.entities[*cb]);
                taken[k]
                    && ((same(ca, da) && same(cb, db)) || (same(ca, db) && same(cb, da)))
                    && overlaps(&c.evidence, &f.evidence)
            });
        if let Some(k) = hit {
            taken[k] = true;
            s.right += 1;
        } else if dup {
            s.drafted -= 1;
        }
    }
    s.found = taken.iter().filter(|t| **t).count();
    for q in &curated.quotes {
        s.quotes += 1;
        let drafted = draft.quotes.iter().find(|d| {
            overlaps(
                std::slice::from_ref(&d.words),
                std::slice::from_ref(&q.words),
            )
        });
        let ok =
            match (&q.speaker, drafted) {
                (Some(who), Some(d)) => d.speaker.as_ref().is_some_and(|s| {
                    match (curated.entity(who), draft.entity(s)) {
                        (Some(c), Some(d)) => same(c, d),
                        _ => false,
                    }
                }),
                (None, Some(d)) => d.speaker.is_none(),
                _ => false,
            };
        s.quotes_right += usize::from(ok);
    }
    s
}

/// A draft as lines a person reads (and a snapshot diffs): each entity
/// with its kind, mentions and confidence, each quote with its speaker,
/// each fact and event.
pub fn summary(set: &FactSet) -> String {
    use std::fmt::Write as _;
    let conf = |id: &str| {
        set.draft
            .as_ref()
            .and_then(|d| d.confidence_of(id))
            .unwrap_or(0.0)
    };
    let name = |id: &str| set.entity(id).map_or(id.to_string(), |e| e.name.clone());
    let mut out = String::new();
    for e in &set.entities {
        let mentions: Vec<&str> = e.mentions.iter().map(|m| m.text.as_str()).collect();
        let _ = writeln!(
            out,
            "entity {} {:?} {:.2} {:?} [{}]",
            e.id,
            e.kind,
            conf(&e.id),
            e.name,
            mentions.join(" | ")
        );
    }
    for q in &set.quotes {
        let words: String = q.words.text.chars().take(60).collect();
        let _ = writeln!(
            out,
            "quote {} {:.2} by {}{}: {words}",
            q.id,
            conf(&q.id),
            q.speaker.as_deref().map_or("nobody".to_string(), name),
            q.reported_by
                .as_deref()
                .map_or(String::new(), |r| format!(" (relayed by {})", name(r)))
        );
    }
    for f in &set.facts {
        let object = match &f.object {
            Object::Entity(o) => name(o),
            Object::Literal(l) => l.clone(),
        };
        let _ = writeln!(
            out,
            "fact {} {:.2} {:?}: {} | {} | {}{}{}",
            f.id,
            conf(&f.id),
            f.status,
            name(&f.subject),
            f.relation,
            object,
            f.qualifiers
                .attributed_to
                .as_deref()
                .map_or(String::new(), |a| format!(" (per {})", name(a))),
            f.qualifiers
                .note
                .as_deref()
                .map_or(String::new(), |n| format!(" ({n})"))
        );
    }
    for e in &set.events {
        let who: Vec<String> = e.who.iter().map(|w| name(w)).collect();
        let _ = writeln!(
            out,
            "event {} {:.2} {:?} {:?}: {} (who: {})",
            e.id,
            conf(&e.id),
            e.day,
            e.status,
            e.title,
            who.join(", ")
        );
    }
    out
}

//! The demo archive (examples/archive: GUM's news and interview documents
//! drafted, and the bundled article) scored against GUM's gold `identity`
//! field (the entity's Wikipedia title): precision and recall of the pairs
//! of occurrences in different articles that the archive makes one entity.
//!
//! Each drafted entity takes the identity most of its mentions have in GUM
//! (a mention counts when its span, or its name's span, is a gold
//! mention's); entities without one are left out of both sides. Printed
//! with `cargo test -p fact-explorer-archive --test gum -- --nocapture`.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::Path;

use fact_explorer_archive::site::{build, scan};

/// An occurrence: (article, entity id).
type Occ = (String, String);
/// Pairs of occurrences in different articles.
type Pairs = BTreeSet<(Occ, Occ)>;

/// A drafted entity's gold identity, by (article, entity id).
fn gold(
    root: &Path,
    inputs: &[fact_explorer_archive::site::Input],
) -> BTreeMap<(String, String), String> {
    let mut out = BTreeMap::new();
    for input in inputs.iter().filter(|i| i.id.starts_with("GUM_")) {
        let set = fact_explorer_core::load::load(&input.json, input.text.as_deref()).unwrap();
        let path = root.join(format!("crates/draft/data/gum/{}.json", input.id));
        let doc: serde_json::Value =
            serde_json::from_slice(&std::fs::read(&path).unwrap()).unwrap();
        assert_eq!(
            doc["text"].as_str(),
            Some(set.article.text.as_str()),
            "{}",
            input.id
        );
        // Gold spans in code points → identity.
        let mut by_span: HashMap<(u64, u64), String> = HashMap::new();
        for m in doc["mentions"].as_array().unwrap() {
            let Some(id) = m["identity"].as_str() else {
                continue;
            };
            for s in [m, &m["name"]] {
                if let (Some(a), Some(b)) = (s["start"].as_u64(), s["end"].as_u64()) {
                    by_span.insert((a, b), id.to_string());
                }
            }
        }
        let char_at: HashMap<usize, u64> = set
            .article
            .text
            .char_indices()
            .map(|(b, _)| b)
            .chain([set.article.text.len()])
            .enumerate()
            .map(|(c, b)| (b, c as u64))
            .collect();
        for e in &set.entities {
            let mut votes: BTreeMap<&str, usize> = BTreeMap::new();
            for m in &e.mentions {
                if let Some(id) = by_span.get(&(char_at[&m.start], char_at[&m.end])) {
                    *votes.entry(id).or_default() += 1;
                }
            }
            if let Some((id, _)) = votes
                .iter()
                .max_by_key(|(id, n)| (**n, std::cmp::Reverse(**id)))
            {
                out.insert((input.id.clone(), e.id.clone()), id.to_string());
            }
        }
    }
    out
}

/// Pairs of occurrences in different articles, both with a gold identity,
/// that `groups` put together.
fn pairs(groups: &[Vec<(String, String)>], gold: &BTreeMap<(String, String), String>) -> Pairs {
    let mut out = BTreeSet::new();
    for g in groups {
        let known: Vec<&(String, String)> = g.iter().filter(|m| gold.contains_key(*m)).collect();
        for (i, a) in known.iter().enumerate() {
            for b in &known[i + 1..] {
                if a.0 != b.0 {
                    out.insert(((*a).clone(), (*b).clone()));
                }
            }
        }
    }
    out
}

fn score(name: &str, predicted: &Pairs, truth: &Pairs) -> (f64, f64) {
    let right = predicted.intersection(truth).count();
    let p = if predicted.is_empty() {
        1.0
    } else {
        right as f64 / predicted.len() as f64
    };
    let r = if truth.is_empty() {
        1.0
    } else {
        right as f64 / truth.len() as f64
    };
    println!(
        "{name}: {} pairs merged, {right} right; {} gold pairs; precision {:.3}, recall {:.3}",
        predicted.len(),
        truth.len(),
        p,
        r
    );
    (p, r)
}

/// The groups of occurrences `decisions` give, and those with every open
/// proposal accepted.
type Groups = Vec<Vec<(String, String)>>;

fn groups(built: &fact_explorer_archive::site::Built) -> (Groups, Groups) {
    let member = |m: &fact_explorer_archive::identity::MemberRef| (m.article.clone(), m.id.clone());
    let ids = &built.identities;
    let automatic: Groups = ids
        .entities
        .iter()
        .map(|e| e.members.iter().map(member).collect())
        .collect();
    let mut parent: HashMap<&str, &str> = HashMap::new();
    fn find<'a>(p: &HashMap<&'a str, &'a str>, mut k: &'a str) -> &'a str {
        while let Some(&up) = p.get(k) {
            k = up;
        }
        k
    }
    for prop in &ids.proposals {
        let first = find(&parent, &prop.entities[0]);
        for e in &prop.entities[1..] {
            let r = find(&parent, e);
            if r != first {
                parent.insert(r, first);
            }
        }
    }
    let mut accepted: BTreeMap<&str, Vec<(String, String)>> = BTreeMap::new();
    for e in &ids.entities {
        accepted
            .entry(find(&parent, &e.key))
            .or_default()
            .extend(e.members.iter().map(member));
    }
    (automatic, accepted.into_values().collect())
}

#[test]
fn the_demo_archives_merges_against_gums_gold_identities() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let s = scan(&root.join("examples/archive")).unwrap();
    assert!(s.skipped.is_empty(), "{:?}", s.skipped);
    assert_eq!(
        s.inputs.len(),
        44,
        "the bundled article and 43 GUM documents"
    );
    let gold = gold(&root, &s.inputs);
    let mut by_identity: BTreeMap<&str, Vec<(String, String)>> = BTreeMap::new();
    for (occ, id) in &gold {
        by_identity.entry(id).or_default().push(occ.clone());
    }
    let truth = pairs(&by_identity.into_values().collect::<Vec<_>>(), &gold);
    assert!(truth.len() >= 20, "GUM's documents share identities");
    println!(
        "demo archive: {} articles, {} drafted entities with a gold identity, {} gold pairs across articles",
        s.inputs.len(),
        gold.len(),
        truth.len()
    );
    let mut scores = Vec::new();
    for (name, decisions) in [
        ("defaults", None),
        (
            "merge-one-word-names: organisation, city, region",
            Some("merge-one-word-names: organisation, city, region"),
        ),
    ] {
        let built = build(&s.inputs, &[], decisions);
        assert!(built.skipped.is_empty(), "{:?}", built.skipped);
        let ids = &built.identities;
        println!(
            "{name}: {} archive entities, {} merged, {} proposals",
            ids.entities.len(),
            ids.merges.len(),
            ids.proposals.len()
        );
        let (automatic, accepted) = groups(&built);
        let auto = pairs(&automatic, &gold);
        let (p, r) = score("  automatic merges", &auto, &truth);
        for wrong in auto.difference(&truth).take(5) {
            println!(
                "    wrong: {wrong:?} ({} / {})",
                gold[&wrong.0], gold[&wrong.1]
            );
        }
        let (_, r_all) = score(
            "  with every proposal accepted",
            &pairs(&accepted, &gold),
            &truth,
        );
        scores.push((p, r, r_all));
    }
    // Strong evidence only: automatic merges are nearly always right, and
    // accepting the proposals finds more.
    for &(p, r, r_all) in &scores {
        assert!(p >= 0.85, "precision {p:.3}");
        assert!(
            r > 0.0 && r_all >= r,
            "recall {r:.3}, {r_all:.3} with proposals"
        );
    }
}

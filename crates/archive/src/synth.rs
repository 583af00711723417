//! Synthetic archives for measuring the build at scale: many dated articles
//! (each a valid fact set with facts and a quote, see [`crate::fixture`])
//! that reuse entities as a newsroom's do: a few in a large share of the
//! articles, most in one or two, and some namesakes (two people of one
//! name with different roles). Deterministic for a seed.

use crate::fixture::{fact_set, Ent};
use crate::site::Input;
use fact_explorer_core::synth::Rng;

const FIRST: &[&str] = &[
    "Ji-ho", "Min-jun", "Seo-yeon", "António", "José", "Zoë", "Laurence", "Adebayo", "Amélie",
    "Björn", "Chiara", "Dmitri", "Elif", "Fatima", "Grzegorz", "Hannah", "Inês", "Jürgen", "Kwame",
    "Mateus", "Nadia", "Oğuz", "Priya", "Rafael", "Søren", "Tomás", "Václav", "Yusuf", "Zuzana",
];
const LAST: &[&str] = &[
    "Kim", "Lee", "Park", "Choi", "Guterres", "Ogunlesi", "Fink", "Müller", "Nowak", "Rossi",
    "Dubois", "Novák", "Yılmaz", "Tanaka", "Silva", "Haddad", "Kowalski", "Andersen", "García",
    "O'Brien", "Nguyen", "Okafor", "Schmidt", "Moreau",
];
const ROLES: &[&str] = &[
    "finance minister",
    "chief executive of a shipping firm",
    "striker for a football club",
    "professor of economics",
    "mayor",
    "union leader",
    "central bank governor",
    "film director",
];
const ORG_A: &[&str] = &[
    "Global",
    "Pacific",
    "Northern",
    "Atlantic",
    "Continental",
    "United",
    "Nordic",
    "Andean",
    "Baltic",
    "Meridian",
];
const ORG_B: &[&str] = &[
    "Infrastructure",
    "Capital",
    "Energy",
    "Semiconductor",
    "Shipping",
    "Data",
    "Renewables",
    "Logistics",
];
const ORG_C: &[&str] = &[
    "Partners",
    "Group",
    "Holdings",
    "Fund",
    "Authority",
    "Alliance",
];
const CITIES: &[&str] = &[
    "Seoul",
    "Busan",
    "Lyon",
    "Osaka",
    "Lagos",
    "Kraków",
    "São Paulo",
    "Zürich",
    "Reykjavík",
    "Montréal",
    "Nairobi",
    "Hanoi",
];

/// One entity of the pool: (name, kind, description).
fn pool_entity(i: usize) -> (String, &'static str, String) {
    match i % 4 {
        0 | 1 => {
            let j = i / 2;
            let name = format!(
                "{} {}",
                FIRST[j % FIRST.len()],
                LAST[(j / FIRST.len()) % LAST.len()]
            );
            // Beyond the first names × surnames, names repeat: namesakes,
            // told apart by their roles.
            let round = j / (FIRST.len() * LAST.len());
            let name = if round == 0 {
                name
            } else {
                format!("{name} {}", round + 1)
            };
            (name, "person", ROLES[j % ROLES.len()].to_string())
        }
        2 => {
            let j = i / 4;
            let name = format!(
                "{} {} {}",
                ORG_A[j % ORG_A.len()],
                ORG_B[(j / ORG_A.len()) % ORG_B.len()],
                ORG_C[(j / (ORG_A.len() * ORG_B.len())) % ORG_C.len()]
            );
            (name, "organisation", String::new())
        }
        _ => (
            CITIES[(i / 4) % CITIES.len()].to_string(),
            "city",
            String::new(),
        ),
    }
}

/// `n` synthetic articles (`synth-000001`…), dated over six years, each
/// naming 3 to 8 entities from a pool about as large as the archive.
pub fn archive(n: usize, seed: u64) -> Vec<Input> {
    articles(n, seed).collect()
}

/// The articles of [`archive`] one at a time, so a large archive can be
/// written to disk without holding it in memory.
pub fn articles(n: usize, seed: u64) -> impl Iterator<Item = Input> {
    let mut rng = Rng(seed);
    let pool = n.max(16) * 2;
    (0..n).map(move |a| {
        let count = 3 + rng.below(6);
        let mut chosen: Vec<usize> = Vec::with_capacity(count);
        while chosen.len() < count {
            let e = rng.heavy_head(pool);
            if !chosen.contains(&e) {
                chosen.push(e);
            }
        }
        let mut owned: Vec<(String, String, &'static str, String)> = chosen
            .iter()
            .map(|&e| {
                let (name, kind, role) = pool_entity(e);
                (format!("e{e}"), name, kind, role)
            })
            .collect();
        // One article in fifty names a namesake: the same name as a pool
        // person, another role.
        if a % 50 == 7 {
            if let Some(p) = owned.iter().position(|o| o.2 == "person") {
                let (_, name, _, role) = owned[p].clone();
                let other =
                    ROLES[(ROLES.iter().position(|r| *r == role).unwrap_or(0) + 3) % ROLES.len()];
                owned.push(("namesake".into(), name, "person", other.to_string()));
            }
        }
        // Names must be distinct within an article for the fixture's text.
        let mut seen = std::collections::HashSet::new();
        owned.retain(|o| seen.insert(o.1.clone()) || o.0 == "namesake");
        let ents: Vec<Ent> = owned
            .iter()
            .map(|(id, name, kind, role)| Ent {
                id,
                name,
                kind,
                aliases: &[],
                description: role,
            })
            .collect();
        let date = format!(
            "{}-{:02}-{:02}",
            2020 + (a * 7 / n.max(1)).min(5),
            1 + rng.below(12),
            1 + rng.below(28)
        );
        let title = format!("Report {a}: {} and others", ents[0].name);
        Input {
            id: format!("synth-{a:06}"),
            json: fact_set(&title, Some(&date), &ents),
            text: None,
            url: None,
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn synthetic_articles_load_reuse_entities_and_keep_namesakes_apart() {
        let inputs = archive(200, 1);
        assert_eq!(inputs, archive(200, 1), "deterministic");
        let built = crate::site::build(&inputs, &[], None);
        assert!(built.skipped.is_empty(), "{:?}", built.skipped.first());
        let ids = &built.identities;
        let most = ids.entities.iter().map(|e| e.articles).max().unwrap();
        let once = ids.entities.iter().filter(|e| e.articles == 1).count();
        assert!(most >= 20, "a few entities are in many articles: {most}");
        assert!(
            once * 2 >= ids.entities.len() / 2,
            "many are in few: {once}"
        );
        // The namesakes are proposals, never merged with the person they
        // share a name with.
        let namesakes: Vec<_> = ids
            .entities
            .iter()
            .filter(|e| e.members.iter().any(|m| m.id == "namesake"))
            .collect();
        assert!(!namesakes.is_empty());
        for e in namesakes {
            assert!(e.members.iter().all(|m| m.id == "namesake"), "{e:?}");
        }
        assert!(ids
            .proposals
            .iter()
            .any(|p| p.evidence.iter().any(|e| e.contains("different roles"))));
    }
}

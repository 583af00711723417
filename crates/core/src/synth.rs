//! Synthetic fact sets for benchmarks: deterministic, with realistic names
//! (accents, hyphenated romanisations, apostrophes, Hangul aliases), and valid
//! by construction so the loader accepts them.

use crate::model::{
    Article, Entity, EntityKind, Fact, FactSet, Id, Object, Qualifiers, Span, Status, SCHEMA,
};

const FIRST: &[&str] = &[
    "Ji-ho",
    "Min-jun",
    "Seo-yeon",
    "Jae-young",
    "In-soo",
    "António",
    "José",
    "Zoë",
    "Laurence",
    "Adebayo",
    "Amélie",
    "Björn",
    "Chiara",
    "Dmitri",
    "Elif",
    "Fatima",
    "Grzegorz",
    "Hannah",
    "Inês",
    "Jürgen",
    "Kwame",
    "Li",
    "Mateus",
    "Nadia",
    "Oğuz",
    "Priya",
    "Rafael",
    "Søren",
    "Tomás",
    "Uma",
    "Václav",
    "Wei",
    "Yusuf",
    "Zuzana",
    "Larry",
    "Jim",
    "Donald",
    "Emmanuel",
];
const LAST: &[&str] = &[
    "Kim", "Lee", "Park", "Choi", "Jung", "Han", "Nam", "Cha", "Guterres", "Ogunlesi", "Fink",
    "Müller", "Nowak", "Rossi", "Dubois", "Novák", "Yılmaz", "Tanaka", "Silva", "Haddad",
    "Kowalski", "Andersen", "García", "O'Brien", "Nguyen", "Okafor", "Schmidt", "Moreau",
];
const HANGUL_LAST: &[&str] = &["김", "이", "박", "최", "정", "한", "남", "차"];
const ORG_A: &[&str] = &[
    "Global",
    "Pacific",
    "Northern",
    "Han River",
    "Atlantic",
    "Seoul",
    "Busan",
    "Continental",
    "First",
    "United",
    "Asia",
    "Nordic",
    "Andean",
    "Sahel",
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
    "Biotech",
    "Telecom",
    "Steel",
    "Mobility",
    "Grid",
    "Water",
    "Aerospace",
];
const ORG_C: &[&str] = &[
    "Partners",
    "Group",
    "Inc.",
    "Holdings",
    "Fund",
    "Bank",
    "Corporation",
];
const CITIES: &[&str] = &[
    "New York",
    "Seoul",
    "Busan",
    "Geneva",
    "São Paulo",
    "Kraków",
    "Zürich",
    "Tokyo",
    "Lagos",
    "Nairobi",
    "Lyon",
    "Reykjavík",
    "Washington",
    "Tashkent",
    "Prague",
    "Warsaw",
];
const RELATIONS: &[&str] = &[
    "met with",
    "signed a memorandum of understanding with",
    "invested in",
    "pledged support to",
    "criticised",
    "appointed",
    "acquired a stake in",
    "partnered with",
    "hosted",
    "visited",
    "agreed to establish a joint task force with",
    "held bilateral talks with",
];
const DAYS: &[&str] = &["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"];

/// A small deterministic generator (SplitMix64), for synthetic data here
/// and in the archive's synthetic archives.
pub struct Rng(pub u64);

impl Rng {
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (n > 0).
    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n as u64) as usize
    }

    pub fn pick<'a>(&mut self, list: &[&'a str]) -> &'a str {
        list[self.below(list.len())]
    }

    /// A number in `0..n` drawn with a heavy head: small numbers are far
    /// likelier (the cube of a uniform draw), so entity 0 is in many
    /// articles and most are in few.
    pub fn heavy_head(&mut self, n: usize) -> usize {
        let u = (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64;
        ((u * u * u) * n as f64) as usize % n
    }
}

/// Generates a valid fact set with `facts` facts and about `facts / 4 + 20`
/// entities. The same arguments always give the same set.
pub fn generate(facts: usize, seed: u64) -> FactSet {
    let mut rng = Rng(seed);
    let n_entities = facts / 4 + 20;
    let mut entities: Vec<Entity> = Vec::with_capacity(n_entities + CITIES.len() + DAYS.len());
    for i in 0..n_entities {
        let (name, kind, aliases) = if i % 3 == 2 {
            let name = format!(
                "{} {} {}",
                rng.pick(ORG_A),
                rng.pick(ORG_B),
                rng.pick(ORG_C)
            );
            let acronym: String = name
                .split_whitespace()
                .filter_map(|w| w.chars().next())
                .filter(|c| c.is_uppercase())
                .collect();
            (name, EntityKind::Organisation, vec![acronym])
        } else {
            let li = rng.below(LAST.len());
            let name = format!("{} {}", rng.pick(FIRST), LAST[li]);
            let mut aliases = vec![LAST[li].to_string()];
            if li < HANGUL_LAST.len() {
                aliases.push(format!("{}{}", HANGUL_LAST[li], "지호"));
            }
            (name, EntityKind::Person, aliases)
        };
        entities.push(Entity {
            id: format!("e{i}"),
            name,
            kind,
            aliases,
            description: String::new(),
            mentions: Vec::new(),
        });
    }
    let city0 = entities.len();
    for (i, c) in CITIES.iter().enumerate() {
        entities.push(simple(format!("city{i}"), c, EntityKind::City));
    }
    let day0 = entities.len();
    for (i, d) in DAYS.iter().enumerate() {
        entities.push(simple(format!("day{i}"), d, EntityKind::Time));
    }

    let mut text = String::with_capacity(facts * 90);
    let mut out_facts = Vec::with_capacity(facts);
    for i in 0..facts {
        // Skewed choice: a few entities appear in many facts, as in real news.
        let s = skewed(&mut rng, n_entities);
        let mut o = skewed(&mut rng, n_entities);
        if o == s {
            o = (o + 1) % n_entities;
        }
        let relation = rng.pick(RELATIONS);
        let city = city0 + rng.below(CITIES.len());
        let day = day0 + rng.below(DAYS.len());
        let start = text.len();
        let mention = |text: &mut String, e: usize, entities: &mut Vec<Entity>| {
            let at = text.len();
            text.push_str(&entities[e].name);
            let span = Span {
                start: at,
                end: text.len(),
                text: entities[e].name.clone(),
            };
            entities[e].mentions.push(span);
        };
        mention(&mut text, s, &mut entities);
        text.push(' ');
        text.push_str(relation);
        text.push(' ');
        mention(&mut text, o, &mut entities);
        // Places and days are qualifiers; their mentions are left out to keep
        // the 100,000-fact file under the loader's size limit.
        text.push_str(" in ");
        text.push_str(&entities[city].name);
        text.push_str(" on ");
        text.push_str(&entities[day].name);
        text.push('.');
        let evidence = Span {
            start,
            end: text.len(),
            text: text[start..].to_string(),
        };
        text.push(if i % 5 == 4 { '\n' } else { ' ' });
        out_facts.push(Fact {
            id: format!("f{i}"),
            subject: entities[s].id.clone(),
            relation: relation.to_string(),
            object: Object::Entity(entities[o].id.clone()),
            status: Status::Stated,
            marks: Vec::new(),
            qualifiers: Qualifiers {
                when: Some(entities[day].id.clone()),
                place: Some(entities[city].id.clone()),
                ..Qualifiers::default()
            },
            evidence: vec![evidence],
        });
    }
    let mut set = FactSet {
        schema: SCHEMA.to_string(),
        article: Article {
            title: format!("Synthetic article with {facts} facts"),
            text,
            ..Article::default()
        },
        entities,
        facts: out_facts,
        quotes: Vec::new(),
        events: Vec::new(),
        draft: None,
        entity_index: Default::default(),
        involving: Vec::new(),
    };
    set.index_entities();
    set.article.sentences = crate::text::sentences(&set.article.text);
    set
}

fn simple(id: Id, name: &str, kind: EntityKind) -> Entity {
    Entity {
        id,
        name: name.to_string(),
        kind,
        aliases: Vec::new(),
        description: String::new(),
        mentions: Vec::new(),
    }
}

/// Picks an index in `0..n`, favouring low indices (roughly Zipf-like).
fn skewed(rng: &mut Rng, n: usize) -> usize {
    let a = rng.below(n);
    let b = rng.below(n);
    a.min(b)
}

/// The scripted typing session the search benchmarks replay: every prefix of
/// each query, as a person types it (names, a typo, a phrase, Hangul).
pub fn typing_session() -> Vec<String> {
    const QUERIES: &[&str] = &[
        "Ogunlesi",
        "kowalski invested",
        "Seoul Semiconductor",
        "Guteres",
        "met with Tanaka",
        "Zürich",
        "memorandum of understanding",
        "김지",
        "Han River Energy Fund",
        "Dubios",
    ];
    let mut out = Vec::new();
    for q in QUERIES {
        let chars: Vec<char> = q.chars().collect();
        for n in 1..=chars.len() {
            out.push(chars[..n].iter().collect());
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn generated_sets_are_valid_and_deterministic() {
        let set = generate(500, 7);
        assert_eq!(set.facts.len(), 500);
        let json = set.to_json();
        let loaded = crate::load::load(&json, None).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(loaded.facts.len(), 500);
        assert_eq!(json, generate(500, 7).to_json());
        assert_ne!(json, generate(500, 8).to_json());
    }
}

//! The word lists (`data/lists/`, sources and licences in its README):
//! countries, cities, regions, given names and surnames, matched against
//! the tokens case-sensitively ("Turkey" the country, not "turkey"),
//! longest match first, up to five tokens.

use std::collections::HashSet;
use std::sync::OnceLock;

use crate::tokens::Token;

/// How common a lower-case word is in English (Zipf frequency times ten,
/// from `common_words.txt`), if it is among the 30,000 most common.
pub fn zipf(lower: &str) -> Option<u8> {
    static WORDS: OnceLock<std::collections::HashMap<&'static str, u8>> = OnceLock::new();
    WORDS
        .get_or_init(|| {
            crate::data::text("common_words.txt")
                .lines()
                .filter_map(|l| {
                    let (w, z) = l.split_once('\t')?;
                    let z: f32 = z.parse().ok()?;
                    Some((w, (z * 10.0).round() as u8))
                })
                .collect()
        })
        .get(lower)
        .copied()
}

/// Which list an entry comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum List {
    Country,
    City,
    Region,
    Given,
    Surname,
}

impl List {
    pub fn name(self) -> &'static [u8] {
        match self {
            List::Country => b"country",
            List::City => b"city",
            List::Region => b"region",
            List::Given => b"given",
            List::Surname => b"surname",
        }
    }
}

const MAX_TOKENS: usize = 5;

/// The lists, each a set of entries written as their tokens joined by
/// one space.
pub struct Lists {
    sets: Vec<(List, HashSet<String>)>,
}

fn entries(text: &str) -> HashSet<String> {
    text.lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            crate::tokens::tokenize(l)
                .iter()
                .map(|t| t.text(l))
                .collect::<Vec<_>>()
                .join(" ")
        })
        .collect()
}

impl Lists {
    /// The lists compiled into the crate.
    pub fn get() -> &'static Lists {
        static LISTS: OnceLock<Lists> = OnceLock::new();
        LISTS.get_or_init(|| Lists {
            sets: vec![
                (List::Country, entries(crate::data::text("countries.txt"))),
                (List::City, entries(crate::data::text("cities.txt"))),
                (List::Region, entries(crate::data::text("regions.txt"))),
                (List::Given, entries(crate::data::text("given_names.txt"))),
                (List::Surname, entries(crate::data::text("surnames.txt"))),
            ],
        })
    }

    /// Whether `entry` is in `list`.
    pub fn contains(&self, list: List, entry: &str) -> bool {
        self.sets
            .iter()
            .any(|(l, s)| *l == list && s.contains(entry))
    }

    /// For each token, the lists whose longest match covers it, with
    /// whether the token begins that match.
    pub fn matches(&self, text: &str, tokens: &[Token]) -> Vec<Vec<(List, bool)>> {
        let mut out = vec![Vec::new(); tokens.len()];
        for (list, set) in &self.sets {
            let mut i = 0;
            while i < tokens.len() {
                let mut found = 0;
                let mut key = String::new();
                for n in 1..=MAX_TOKENS.min(tokens.len() - i) {
                    if n > 1 {
                        key.push(' ');
                    }
                    key.push_str(tokens[i + n - 1].text(text));
                    if set.contains(&key) {
                        found = n;
                    }
                }
                if found > 0 {
                    for k in 0..found {
                        out[i + k].push((*list, k == 0));
                    }
                    i += found;
                } else {
                    i += 1;
                }
            }
        }
        out
    }
}

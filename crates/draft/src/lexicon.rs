//! Every word list the drafting engine reads, each word once: the large
//! lists shipped as data (countries, cities, regions, given names,
//! surnames, word frequencies; sources and licences in
//! `data/lists/README.md`), and the small hand-written ones below (titles,
//! the words that make a name an organisation or a government body,
//! reporting verbs, role nouns, capitals that stand for governments,
//! demonyms). Passes ask the [`Lexicon`]; none keeps a list of its own.

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::sync::OnceLock;

/// Which large list an entry comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum List {
    Country,
    City,
    Region,
    Given,
    Surname,
}

impl List {
    pub const ALL: [List; 5] = [
        List::Country,
        List::City,
        List::Region,
        List::Given,
        List::Surname,
    ];

    pub fn name(self) -> &'static str {
        match self {
            List::Country => "country",
            List::City => "city",
            List::Region => "region",
            List::Given => "given",
            List::Surname => "surname",
        }
    }

    /// The data file that holds it.
    pub fn file(self) -> &'static str {
        match self {
            List::Country => "countries.txt",
            List::City => "cities.txt",
            List::Region => "regions.txt",
            List::Given => "given_names.txt",
            List::Surname => "surnames.txt",
        }
    }

    pub fn is_place(self) -> bool {
        matches!(self, List::Country | List::City | List::Region)
    }
}

/// The longest list entry, in tokens.
const MAX_TOKENS: usize = 5;

/// Countries of the wire archives that today's lists no longer have, and
/// short forms news uses: looked up by the rules (a name's kind, a
/// place's), not read by the tagger, whose weights were learnt without
/// them.
pub const MORE_COUNTRIES: &[&str] = &[
    "Zaire",
    "Yugoslavia",
    "Czechoslovakia",
    "Soviet Union",
    "USSR",
    "Swaziland",
    "Bosnia",
    "Bosnia-Herzegovina",
    "Upper Volta",
    "Rhodesia",
    "East Germany",
    "West Germany",
];

/// Provinces, islands and regions that news names often and the lists of
/// US states and continents leave out (as `MORE_COUNTRIES`: for the
/// rules, not the tagger).
pub const MORE_REGIONS: &[&str] = &[
    "Chechnya",
    "Kosovo",
    "Tibet",
    "Kashmir",
    "Punjab",
    "Kurdistan",
    "Sumatra",
    "Java",
    "Borneo",
    "Sicily",
    "Sardinia",
    "Corsica",
    "Bavaria",
    "Catalonia",
    "Quebec",
    "Ontario",
    "Sinai",
    "Gaza Strip",
    "West Bank",
    "Golan Heights",
    "Transylvania",
    "Flanders",
    "Wallonia",
    "Ulster",
    "Tasmania",
    "Queensland",
    "Mindanao",
    "Aceh",
    "Xinjiang",
    "Kivu",
    "South Kivu",
    "North Kivu",
    "Shaba",
    "Katanga",
    "Darfur",
    "Ogaden",
    "Natal",
    "KwaZulu-Natal",
    "Transvaal",
    "Caucasus",
    "Crimea",
    "Dagestan",
    "Ingushetia",
    "Tatarstan",
    "Nagorno-Karabakh",
    "Abkhazia",
    "Slavonia",
    "Krajina",
    "Herzegovina",
    "Lombardy",
    "Tuscany",
    "Andalusia",
    "Galicia",
    "Brittany",
    "Normandy",
    "Provence",
    "Alsace",
    "Silesia",
    "Moravia",
    "Bohemia",
    "Anatolia",
    "Baluchistan",
    "Sindh",
    "Kerala",
    "Bengal",
    "West Bengal",
    "Bihar",
    "Assam",
    "Tamil Nadu",
    "Gujarat",
    "Maharashtra",
    "Uttar Pradesh",
    "Rajasthan",
    "Hokkaido",
    "Okinawa",
    "Kyushu",
    "Guangdong",
    "Fujian",
    "Sichuan",
    "Yunnan",
    "Hainan",
    "Manchuria",
    "Patagonia",
    "Chiapas",
    "Yucatan",
    "Himalayas",
    "Alps",
    "Pyrenees",
    "Sahel",
    "Riviera",
    "Tyrol",
    "Saxony",
    "Lower Saxony",
    "Brandenburg",
    "Thuringia",
    "Hesse",
    "Ruhr",
    "Scania",
    "Lapland",
    "Jutland",
    "Kalimantan",
    "Irian Jaya",
    "Bali",
    "Timor",
    "Luzon",
    "Cyrenaica",
    "Azores",
    "Madeira",
    "Canary Islands",
    "Balearic Islands",
    "Falklands",
    "Falkland Islands",
    "Shetland",
    "Orkney",
    "Hebrides",
    "Cornwall",
    "Yorkshire",
    "Kent",
    "Lancashire",
    "Essex",
    "Sussex",
    "Devon",
];

/// Towns news names in English that the list of cities names in their own
/// language ("Köln", "Frankfurt am Main") or by a newer name ("Mumbai",
/// "Kyiv"): as `MORE_COUNTRIES`, for the rules, not the tagger.
pub const MORE_CITIES: &[&str] = &[
    "Frankfurt",
    "Cologne",
    "Antwerp",
    "Gothenburg",
    "Nuremberg",
    "Lucerne",
    "Basle",
    "Berne",
    "Bruges",
    "Ghent",
    "Seville",
    "Saragossa",
    "Corunna",
    "Salonika",
    "Thessaloniki",
    "Kiev",
    "Peking",
    "Bombay",
    "Calcutta",
    "Madras",
    "Rangoon",
    "Saigon",
    "Teheran",
    "Cracow",
    "Marseilles",
    "Oporto",
    "San Sebastian",
    "Duesseldorf",
    "Ndjamena",
    "N'Djamena",
    "Leningrad",
    "Bangalore",
    "Poona",
    "Dacca",
];

/// Whether `entry` is in `MORE_COUNTRIES` (for `List::Country`),
/// `MORE_REGIONS` (for `List::Region`) or `MORE_CITIES` (for
/// `List::City`): hashed once, as every rule that
/// asks the lexicon for a place asks this too.
pub fn is_more_place(list: List, entry: &str) -> bool {
    static COUNTRIES: OnceLock<HashSet<&'static str>> = OnceLock::new();
    static REGIONS: OnceLock<HashSet<&'static str>> = OnceLock::new();
    static CITIES: OnceLock<HashSet<&'static str>> = OnceLock::new();
    match list {
        List::Country => hashed(&COUNTRIES, &[MORE_COUNTRIES]).contains(entry),
        List::Region => hashed(&REGIONS, &[MORE_REGIONS]).contains(entry),
        List::City => hashed(&CITIES, &[MORE_CITIES]).contains(entry),
        _ => false,
    }
}

/// Word lists as one set, hashed the first time they are asked for: for
/// the lists the rules ask of most tokens.
fn hashed<'a>(
    cell: &'a OnceLock<HashSet<&'static str>>,
    lists: &[&[&'static str]],
) -> &'a HashSet<&'static str> {
    cell.get_or_init(|| lists.iter().flat_map(|l| l.iter().copied()).collect())
}

/// The large lists, read once from the data.
#[derive(Default)]
pub struct Lexicon {
    sets: Vec<(List, HashSet<String>)>,
    /// Each list's entries with accents, written without them ("Bogota",
    /// "Zurich", "Sao Paulo", as wire copy spells them): asked by the
    /// rules (`contains`), never matched for the tagger, whose weights
    /// were learnt without them.
    unaccented: Vec<(List, HashSet<String>)>,
    /// The first words of every list's entries, so most tokens are ruled
    /// out with one lookup.
    firsts: HashSet<String>,
    /// Lower-case word -> what the list says of it.
    words: HashMap<String, Word>,
    /// Given name -> the sex the census mostly gives it.
    sex: HashMap<String, Gender>,
}

/// What the common-word list says of a word.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Word {
    /// Zipf frequency in tenths.
    pub zipf: u8,
    /// WordNet's classes.
    pub classes: Classes,
    /// Its word-vector clusters at three granularities, each plus one (0
    /// when the word has no vector).
    pub clusters: [u16; 3],
}

/// The word classes WordNet gives a word or its base form, as bits: noun,
/// verb, adjective, adverb.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Classes(pub u8);

impl Classes {
    /// Whether WordNet has the word as a verb.
    pub fn verb(self) -> bool {
        self.0 & 2 != 0
    }

    fn parse(s: &str) -> Classes {
        let mut bits = 0;
        for c in s.chars() {
            bits |= match c {
                'n' => 1,
                'v' => 2,
                'a' => 4,
                'r' => 8,
                _ => 0,
            };
        }
        Classes(bits)
    }
}

/// An entry as the tokenizer splits it, tokens joined by one space.
/// `entry` with Latin letters' accents taken off, capitals kept
/// ("São Paulo" -> "Sao Paulo"); other letters as they are.
fn unaccent(entry: &str) -> String {
    entry
        .chars()
        .map(|c| {
            let mut folded = String::new();
            fact_explorer_core::text::fold_char(c, &mut folded);
            let mut base = folded.chars();
            match (base.next(), base.next()) {
                (Some(b), None) if b.is_ascii_alphabetic() && c.is_alphabetic() => {
                    if c.is_uppercase() {
                        b.to_ascii_uppercase()
                    } else {
                        b
                    }
                }
                _ => c,
            }
        })
        .collect()
}

fn key(entry: &str) -> String {
    // Most entries are letters and single spaces: already their key.
    if entry.chars().all(|c| c.is_alphanumeric() || c == ' ')
        && !entry.contains("  ")
        && !entry.starts_with(' ')
        && !entry.ends_with(' ')
    {
        return entry.to_string();
    }
    crate::tokenize::tokenize(entry)
        .iter()
        .map(|t| t.text(entry))
        .collect::<Vec<_>>()
        .join(" ")
}

impl Lexicon {
    /// Reads the lists from their files' text (`file` gives a data file's
    /// text by name); an empty or missing file is an empty list.
    pub fn read(file: impl Fn(&str) -> String) -> Lexicon {
        // An entry is a line's first column (given names have a second: m,
        // f or mf).
        let sets: Vec<(List, HashSet<String>)> = List::ALL
            .iter()
            .map(|&l| {
                let set = file(l.file())
                    .lines()
                    .filter_map(|l| l.split('\t').next())
                    .filter(|l| !l.trim().is_empty())
                    .map(key)
                    .collect();
                (l, set)
            })
            .collect();
        let sex = file(List::Given.file())
            .lines()
            .filter_map(|l| {
                let (name, sex) = l.split_once('\t')?;
                let g = match sex.trim() {
                    "m" => Gender::Male,
                    "f" => Gender::Female,
                    _ => return None,
                };
                Some((name.to_string(), g))
            })
            .collect();
        // word, Zipf frequency, WordNet classes, clusters "a.b.c" (the last
        // two may be absent).
        let words = file("common_words.txt")
            .lines()
            .filter_map(|l| {
                let mut cols = l.split('\t');
                let w = cols.next()?;
                let z: f32 = cols.next()?.parse().ok()?;
                let classes = Classes::parse(cols.next().unwrap_or(""));
                let mut clusters = [0u16; 3];
                for (c, v) in clusters
                    .iter_mut()
                    .zip(cols.next().unwrap_or("").split('.'))
                {
                    *c = v.parse::<u16>().map_or(0, |n| n.saturating_add(1));
                }
                let zipf = (z * 10.0).round().clamp(0.0, 255.0) as u8;
                Some((
                    w.to_string(),
                    Word {
                        zipf,
                        classes,
                        clusters,
                    },
                ))
            })
            .collect();
        let firsts = sets
            .iter()
            .flat_map(|(_, s)| {
                s.iter()
                    .map(|e| e.split(' ').next().unwrap_or("").to_string())
            })
            .collect();
        let unaccented = sets
            .iter()
            .map(|(l, set)| {
                let plain = set
                    .iter()
                    .filter(|e| !e.is_ascii())
                    .map(|e| unaccent(e))
                    .filter(|e| e.is_ascii() && !set.contains(e))
                    .collect();
                (*l, plain)
            })
            .collect();
        Lexicon {
            sets,
            unaccented,
            firsts,
            words,
            sex,
        }
    }

    /// The sex a given name mostly has (male or female), if the census is
    /// clear about it.
    pub fn sex_of(&self, given: &str) -> Option<Gender> {
        if BOTH_SEXES_NAMES.contains(&given) {
            return None;
        }
        self.sex.get(given).copied()
    }

    /// How common a lower-case word is (Zipf frequency in tenths; 0 when it
    /// is not among the most common 30,000).
    pub fn zipf(&self, lower: &str) -> u8 {
        self.words.get(lower).map_or(0, |w| w.zipf)
    }

    /// The WordNet classes of a common lower-case word (none for a rare one).
    pub fn classes(&self, lower: &str) -> Classes {
        self.words.get(lower).map_or(Classes(0), |w| w.classes)
    }

    /// What the common-word list says of a lower-case word.
    pub fn word(&self, lower: &str) -> Word {
        self.words.get(lower).copied().unwrap_or_default()
    }

    /// Whether `entry` (words as the tokenizer splits them, joined by
    /// spaces, or any text, which is split first) is in `list`.
    pub fn contains(&self, list: List, entry: &str) -> bool {
        self.sets
            .iter()
            .any(|(l, s)| *l == list && (s.contains(entry) || s.contains(&key(entry))))
            || is_more_place(list, entry)
            || (entry.is_ascii()
                && self
                    .unaccented
                    .iter()
                    .any(|(l, s)| *l == list && (s.contains(entry) || s.contains(&key(entry)))))
    }

    /// Whether `entry` is a listed country, city or region.
    pub fn is_listed_place(&self, entry: &str) -> bool {
        [List::Country, List::City, List::Region]
            .into_iter()
            .any(|l| self.contains(l, entry))
    }

    /// For each token, the lists whose longest match covers it, with
    /// whether the token begins that match (case-sensitive: "Turkey" the
    /// country, not "turkey").
    pub fn matches(&self, words: &[&str]) -> Vec<Vec<(List, bool)>> {
        let mut out = vec![Vec::new(); words.len()];
        for (list, set) in &self.sets {
            let mut i = 0;
            while i < words.len() {
                if !self.firsts.contains(words[i]) {
                    i += 1;
                    continue;
                }
                let mut found = 0;
                let mut k = String::new();
                for n in 1..=MAX_TOKENS.min(words.len() - i) {
                    if n > 1 {
                        k.push(' ');
                    }
                    k.push_str(words[i + n - 1]);
                    if set.contains(&k) {
                        found = n;
                    }
                }
                if found > 0 {
                    for j in 0..found {
                        out[i + j].push((*list, j == 0));
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_word_once() {
        fn once(name: &str, words: &[&str]) {
            let mut seen = HashSet::default();
            for w in words {
                assert!(seen.insert(w), "{name} lists {w:?} twice");
            }
        }
        once("ROLES", ROLES);
        once("OCCUPATIONS", OCCUPATIONS);
        for w in OCCUPATIONS {
            assert!(!ROLES.contains(w), "{w:?} is in ROLES and OCCUPATIONS");
        }
        once("BOARD_ROLES", BOARD_ROLES);
        once("PLACE_NOUNS", PLACE_NOUNS);
        once("SITE_NOUNS", SITE_NOUNS);
        once("ALLIANCE_WORDS", ALLIANCE_WORDS);
        once("NAME_POSSESSIVES", NAME_POSSESSIVES);
        once("LOWER_CASE_POSITIONS", LOWER_CASE_POSITIONS);
        once("TITLE_WORDS", TITLE_WORDS);
        once("HONORIFICS", HONORIFICS);
        once("ORG_HEADS", ORG_HEADS);
        once("FACILITY_HEADS", FACILITY_HEADS);
        once("GEOGRAPHIC_HEADS", GEOGRAPHIC_HEADS);
        for w in GEOGRAPHIC_HEADS {
            assert!(
                !FACILITY_HEADS.contains(w),
                "{w:?} is a geographic and a facility head"
            );
        }
        once("GOVERNMENT_HEADS", GOVERNMENT_HEADS);
        once("ORG_ACRONYMS", ORG_ACRONYMS);
        once("ORG_NAMES", ORG_NAMES);
        once("CLUB_PREFIXES", CLUB_PREFIXES);
        once("BODY_NOUNS", BODY_NOUNS);
        once("NAME_PARTICLES", NAME_PARTICLES);
        once("KOREAN_SURNAMES", KOREAN_SURNAMES);
        once("ASIAN_SURNAMES", ASIAN_SURNAMES);
        once("GOVERNING_VERBS", GOVERNING_VERBS);
        once("GOVERNED_THINGS", GOVERNED_THINGS);
        once("SPEECH_VERBS", SPEECH_VERBS);
        once("REPORTING_VERBS", REPORTING_VERBS);
        once("WEEKDAYS", WEEKDAYS);
        once("MONTHS", MONTHS);
        once("GROUPS", GROUPS);
        once("PRIZE_ENDS", PRIZE_ENDS);
        once("PERSON_NAMED_BODY_ENDS", PERSON_NAMED_BODY_ENDS);
        once("PARTY_WORDS", PARTY_WORDS);
        once("RELATION_PREPOSITIONS", RELATION_PREPOSITIONS);
        once("PORTFOLIOS", PORTFOLIOS);
        once("MEDIA_NOUNS", MEDIA_NOUNS);
        once("RESULT_WORDS", RESULT_WORDS);
        once("PRICE_VERBS", PRICE_VERBS);
        once("ASKING_VERBS", ASKING_VERBS);
        once("ENCOUNTER_VERBS", ENCOUNTER_VERBS);
        let d: Vec<&str> = DEMONYMS.iter().map(|(d, _)| *d).collect();
        once("DEMONYMS", &d);
        let c: Vec<&str> = CAPITALS.iter().map(|(c, _)| *c).collect();
        once("CAPITALS", &c);
        once("ADVERBIAL_MARKS", ADVERBIAL_MARKS);
        once("SAME_PAST", SAME_PAST);
        once("GATHERINGS", GATHERINGS);
        once("DENYING_VERBS", DENYING_VERBS);
        once("CLAIM_NOUNS", CLAIM_NOUNS);
        let a: Vec<&str> = AMERICAN_PARTIES.iter().map(|(a, _)| *a).collect();
        once("AMERICAN_PARTIES", &a);
        let n: Vec<String> = CAPITALS
            .iter()
            .chain(NATIONAL_CAPITALS)
            .map(|(c, k)| format!("{c}/{k}"))
            .collect();
        let n: Vec<&str> = n.iter().map(String::as_str).collect();
        once("NATIONAL_CAPITALS", &n);
        once("MACRO_REGION_WORDS", MACRO_REGION_WORDS);
        once("LEGISLATURES", LEGISLATURES);
        once("MEMBER_ROLES", MEMBER_ROLES);
        once("BLOC_NOUNS", BLOC_NOUNS);
        once("AS_ROLE_VERBS", AS_ROLE_VERBS);
        let l: Vec<&str> = LED_BY.iter().map(|(w, _)| *w).collect();
        once("LED_BY", &l);
        once("PARTY_ADJECTIVES", PARTY_ADJECTIVES);
        once("BOTH_SEXES_NAMES", BOTH_SEXES_NAMES);
        once("BODY_PARTS", BODY_PARTS);
        once("FEATURES_OF", FEATURES_OF);
        once("MORE_CITIES", MORE_CITIES);
        once("HEAD_FIRST_BODIES", HEAD_FIRST_BODIES);
        once("NAME_JOINING_WORDS", NAME_JOINING_WORDS);
        once("HEAD_FIRST_JOINS", HEAD_FIRST_JOINS);
        assert_eq!(demonym("Czechs"), Some("the Czech Republic"));
        assert_eq!(demonym("Americans"), Some("the United States"));
        assert_eq!(demonym("Chineses"), None);
        assert!(is_title("President") && is_title("Mr.") && !is_title("president"));
    }

    fn small() -> Lexicon {
        Lexicon::read(|name| {
            match name {
                "countries.txt" => "South Korea\nFrance\n",
                "cities.txt" => "New York\nSeoul\nSão Paulo\nZürich\n",
                "given_names.txt" => "Larry\tm\nKim\tmf\n",
                "common_words.txt" => "the\t7.7\t-\t1.2.3\nmet\t5.1\tv\n",
                _ => "",
            }
            .to_string()
        })
    }

    #[test]
    fn longest_matches_and_frequencies() {
        let lex = small();
        let m = lex.matches(&["Larry", "met", "in", "New", "York", "and", "South", "Korea"]);
        assert_eq!(m[0], [(List::Given, true)]);
        assert_eq!(lex.sex_of("Larry"), Some(Gender::Male));
        assert_eq!(lex.sex_of("Kim"), None);
        assert!(lex.contains(List::Given, "Kim"));
        assert!(m[1].is_empty());
        assert_eq!(m[3], [(List::City, true)]);
        assert_eq!(m[4], [(List::City, false)]);
        assert_eq!(m[7], [(List::Country, false)]);
        assert!(lex.contains(List::City, "New York"));
        assert!(!lex.contains(List::City, "new york"));
        assert_eq!(lex.zipf("the"), 77);
        assert_eq!(lex.zipf("zzz"), 0);
        assert_eq!(lex.classes("met"), Classes(2));
        assert_eq!(lex.classes("the"), Classes(0));
        assert_eq!(lex.word("the").clusters, [2, 3, 4]);
        assert_eq!(lex.word("met").clusters, [0, 0, 0]);
    }

    #[test]
    fn places_written_without_accents_are_listed_for_the_rules_only() {
        let lex = small();
        assert!(lex.contains(List::City, "Sao Paulo") && lex.contains(List::City, "Zurich"));
        assert!(lex.contains(List::City, "São Paulo") && !lex.contains(List::City, "Sao"));
        assert!(!lex.contains(List::City, "zurich"));
        // The tagger's matches are the lists as written.
        assert!(lex.matches(&["Zurich"])[0].is_empty());
        assert_eq!(lex.matches(&["Zürich"])[0], [(List::City, true)]);
        assert!(lex.contains(List::City, "Frankfurt") && lex.is_listed_place("Cologne"));
    }
}

/// Roles people hold, lower case, each once. Written capitalised before a
/// name they are a title ("President Lee"); lower case after a possessive
/// or a nationality they are a role ("Tunisia's coach Nabil Maaloul");
/// between a person and an organisation they make a fact ("Fink, chairman
/// of BlackRock").
pub const ROLES: &[&str] = &[
    "president",
    "chairman",
    "chairwoman",
    "chair",
    "ceo",
    "minister",
    "secretary",
    "secretary-general",
    "chancellor",
    "senator",
    "governor",
    "mayor",
    "regent",
    "ambassador",
    "judge",
    "justice",
    "commissioner",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "director",
    "pope",
    "cardinal",
    "archbishop",
    "bishop",
    "king",
    "queen",
    "prince",
    "princess",
    "founder",
    "co-founder",
    "lawmaker",
    "leader",
    "head",
    "chief",
    "boss",
    "seed",
    "executive",
    "officer",
    "adviser",
    "advisor",
    "member",
    "partner",
    "professor",
    "premier",
    "representative",
    "speaker",
    "captain",
    "coach",
    "manager",
    "goalkeeper",
    "goaltender",
    "goalie",
    "defenceman",
    "defenseman",
    "batsman",
    "wicketkeeper",
    "defender",
    "striker",
    "midfielder",
    "forward",
    "winger",
    "playmaker",
    "pitcher",
    "quarterback",
    "player",
    "referee",
    "general",
    "colonel",
    "lieutenant",
    "sergeant",
    "admiral",
    "commander",
    "inspector",
    "detective",
    "agent",
    "deputy",
    "emperor",
    "emir",
    "sultan",
    "owner",
    "editor",
    "reporter",
    "correspondent",
    "prosecutor",
    "candidate",
    "councillor",
    "councilor",
    "mp",
    "superintendent",
    "sheriff",
    "dean",
    "principal",
    "vice-president",
    "vice-chairman",
    "treasurer",
    "official",
    "spokesmen",
    "founders",
    "members",
    "leaders",
    "heads",
    "champion",
    "president-elect",
    "administrator",
    "coauthor",
    "co-author",
    // Family ties read as roles: "Her father, Josef Korbel" (is father
    // of), "his wife Manju Sam", "X, the son of Y".
    "father",
    "mother",
    "son",
    "daughter",
    "wife",
    "husband",
    "brother",
    "sister",
    "widow",
    "grandfather",
    "grandmother",
    "grandson",
    "granddaughter",
    "uncle",
    "aunt",
    "nephew",
    "niece",
    "cousin",
    // And ties in office: "his predecessor, Shimon Peres".
    "predecessor",
    "successor",
    "publisher",
    "negotiator",
    "coordinator",
    "mediator",
    "envoy",
    "aide",
    "ruler",
];

/// Roles that are trades, not offices: "British financier Peter Harland"
/// is from Britain, not its financier. They are roles too ([`is_role`]),
/// and titles before a name ("Shipowner Vardis Vardinoyannis" is no word
/// of the name).
pub const OCCUPATIONS: &[&str] = &[
    "journalist",
    "photographer",
    "activist",
    "novelist",
    "dissident",
    "banker",
    "businessman",
    "businesswoman",
    "tycoon",
    "shipowner",
    "magnate",
    "industrialist",
    "financier",
    "billionaire",
    "entrepreneur",
    "diplomat",
    "economist",
    "analyst",
    "actor",
    "actress",
    "singer",
    "writer",
    "author",
    "lawyer",
    "attorney",
    "architect",
    "artist",
    "scientist",
    "engineer",
    "doctor",
    "surgeon",
    "physician",
    // Teaching and keeping ("Kevin Allton, a USI instructor in English";
    // "Kristen Wilkins, curator of the exhibition").
    "curator",
    "instructor",
    "lecturer",
    "teacher",
    "researcher",
];

/// Roles held in a company or a body, not in a country: "its chairman"
/// is a company's.
pub const BOARD_ROLES: &[&str] = &[
    "chairman",
    "chairwoman",
    "vice-chairman",
    "ceo",
    "director",
    "founder",
    "co-founder",
    "owner",
    "editor",
    "shareholder",
    "shareholders",
];

/// Words that go with a role in a title ("Prime Minister", "Vice
/// President", "Foreign Minister", "Chief Executive"), capitalised.
pub const TITLE_WORDS: &[&str] = &[
    "Prime",
    "Vice",
    "Foreign",
    "Defense",
    "Defence",
    "Finance",
    "Trade",
    "Deputy",
    "First",
    "Lady",
    "Chief",
    "Executive",
    "Senior",
    "General",
    "Interior",
    "Home",
    "Health",
    "Education",
    "Justice",
    "State",
    "Former",
    "Acting",
    "Assistant",
    "Associate",
    "Managing",
    "Emeritus",
    "Environment",
    "Labour",
    "Labor",
    "Culture",
    "Transportation",
    "Commerce",
    "Agriculture",
    "Treasury",
    // "Senate Majority Leader Trent Lott": the Senate's, not a "Senate
    // Majority"'s.
    "Majority",
    "Minority",
];

/// Common nouns for places, as a list's last item names them ("Belgrade,
/// Nis and 12 other towns").
pub const PLACE_NOUNS: &[&str] = &[
    "town",
    "city",
    "village",
    "province",
    "country",
    "state",
    "region",
    "district",
    "capital",
    "municipality",
    "county",
    "port",
    "island",
    "suburb",
    "resort",
    "enclave",
    "territory",
];

/// Common nouns for a built or worked site that a place's name can name
/// ("Port-Royal station", "the Thompson Bay deposit", "the Kirkuk oil
/// field"): what is said of where it is, is said of the named place.
pub const SITE_NOUNS: &[&str] = &[
    "station", "deposit", "mine", "field", "oilfield", "plant", "refinery", "smelter", "terminal",
    "prison", "jail", "airport", "airbase", "base", "camp", "stadium", "dam", "reactor",
];

/// Players' positions that are also common nouns, roles only when written
/// in lower case before a name ("Rangers centre Wayne Gretzky"), never
/// title words in a name ("CoreStates Center").
pub const LOWER_CASE_POSITIONS: &[&str] = &["centre", "center"];

/// Words in the names of bodies "the alliance" or "the coalition" may stand
/// for ("NATO", "the United Front", "the Civic Alliance"): not any body
/// (a union, a company).
pub const ALLIANCE_WORDS: &[&str] = &[
    "Alliance",
    "Coalition",
    "Front",
    "Bloc",
    "Pact",
    "Treaty",
    "NATO",
    "League",
];

/// Plurals whose possessive is part of a body's name ("the United Nations
/// Children's Fund", "the People's Liberation Army", "Women's Union"),
/// where "'s" does not part an owner from what it owns.
pub const NAME_POSSESSIVES: &[&str] = &["Children", "People", "Women", "Men", "Peoples"];

/// Legal forms that end a company's name ("Volvo AB", "Boeing Co",
/// "McDonnell Douglas Corp").
pub const LEGAL_FORMS: &[&str] = &[
    "Inc.", "Inc", "Corp.", "Corp", "Ltd.", "Ltd", "LLC", "plc", "Plc", "PLC", "Co.", "Co", "AG",
    "AB", "SA", "S.A.", "N.V.", "NV", "GmbH", "Group", "NL", "SpA", "S.p.A.", "BV", "B.V.", "Oy",
    "Oyj", "ASA", "A/S", "Bhd", "Berhad", "Pty", "KGaA", "Ltda", "LLP",
];

/// Honorifics and titles that are not roles.
pub const HONORIFICS: &[&str] = &[
    "Mr.", "Mrs.", "Ms.", "Mr", "Mrs", "Ms", "Dr.", "Dr", "Prof.", "Sir", "Dame", "Lord", "Lady",
    "Saint", "St.", "Sen.", "Rep.", "Gov.", "Gen.", "Col.", "Lt.", "Sgt.", "Capt.", "Adm.", "Rev.",
    "Hon.", "Mme", "Madame", "Monsieur", "Sheikh", "Rabbi", "Father", "Sister",
];

/// Whether `word` (as written) is a title before a name: an honorific, a
/// capitalised role, or a word that goes with one.
pub fn is_title(word: &str) -> bool {
    // (The mention rules ask this of most capitalised words.)
    static TITLES: OnceLock<HashSet<&'static str>> = OnceLock::new();
    static ROLE_SET: OnceLock<HashSet<&'static str>> = OnceLock::new();
    hashed(&TITLES, &[HONORIFICS, TITLE_WORDS]).contains(word)
        || (word.chars().next().is_some_and(char::is_uppercase)
            // ("Dean Mung'omba, leader of the Zambia Democratic Congress":
            // a role that is far more often a given name before a name.)
            && word != "Dean"
            && hashed(&ROLE_SET, &[ROLES, OCCUPATIONS]).contains(word.to_lowercase().as_str()))
}

/// A line of one to four words in capitals, perhaps with commas, and then
/// perhaps a date in digits ("MOSCOW 1996-10-17", "MUNICH, Germany",
/// "NEW YORK").
pub fn is_dateline(line: &str) -> bool {
    let words: Vec<&str> = line.split_whitespace().collect();
    let place = words
        .iter()
        .take_while(|w| {
            let w = w.trim_end_matches(',');
            w.chars().any(char::is_alphabetic)
                && w.chars()
                    .all(|c| c.is_uppercase() || matches!(c, '.' | '-' | '\''))
        })
        .count();
    // "MUNICH, Germany": a country or state after the place's comma.
    let mut rest = place;
    if place > 0 && words[place - 1].ends_with(',') {
        while rest < words.len()
            && rest < place + 2
            && words[rest].starts_with(char::is_uppercase)
            && words[rest]
                .chars()
                .skip(1)
                .all(|c| c.is_lowercase() || c == '.')
        {
            rest += 1;
        }
    }
    let date = |w: &&str| {
        w.chars().any(|c| c.is_ascii_digit())
            && w.chars()
                .all(|c| c.is_ascii_digit() || matches!(c, '-' | '/' | '.' | ','))
    };
    (1..=4).contains(&place) && words[rest..].iter().all(date) && line.len() <= 60
}

/// "NEW YORK" as "New York".
pub fn title_case(text: &str) -> String {
    text.split(' ')
        .map(|w| {
            let mut c = w.chars();
            c.next()
                .map(|f| {
                    f.to_uppercase()
                        .chain(c.flat_map(char::to_lowercase))
                        .collect()
                })
                .unwrap_or_default()
        })
        .collect::<Vec<String>>()
        .join(" ")
}

/// Whether `w` is a team's goals in a results line: one or two digits.
pub fn is_goals(w: &str) -> bool {
    (1..=2).contains(&w.len()) && w.chars().all(|c| c.is_ascii_digit())
}

/// Whether a lower-case noun names a part of a body ("unit", "arm",
/// "subsidiary"): "X, the supermarket arm of Y" is a part of Y.
pub fn is_part(lemma: &str) -> bool {
    matches!(
        lemma,
        "unit" | "arm" | "subsidiary" | "division" | "affiliate" | "offshoot" | "branch"
    )
}

/// Whether a lower-case word is a role.
pub fn is_role(lower: &str) -> bool {
    ROLES.contains(&lower) || OCCUPATIONS.contains(&lower)
}

/// Head words that make a capitalised phrase an organisation's name.
pub const ORG_HEADS: &[&str] = &[
    "Bank",
    "Party",
    // Parties named by their members ("the Social Democrats").
    "Democrats",
    "Republicans",
    "Socialists",
    "Conservatives",
    "Liberals",
    "Council",
    "Nations",
    "Partners",
    "Ministry",
    "Office",
    "Congress",
    "Inc.",
    "Corp.",
    "Group",
    "Association",
    "University",
    "Agency",
    "Reserve",
    "Securities",
    "Fleet",
    "Rada",
    "Cars",
    "Company",
    "Corporation",
    "Fund",
    "Foundation",
    "Institute",
    "Committee",
    "Commission",
    "Tribunal",
    "Union",
    "Parliament",
    "Assembly",
    "Department",
    "Organization",
    "Organisation",
    "Federation",
    "Authority",
    "Bureau",
    "Court",
    "Senate",
    "Police",
    "Army",
    "Navy",
    "Times",
    "Post",
    "News",
    "Airlines",
    "Airways",
    "Motors",
    "Electronics",
    "Holdings",
    "Capital",
    "Ltd",
    "Ltd.",
    "LLC",
    "Co.",
    "Government",
    "Administration",
    "Embassy",
    "Society",
    "Club",
    "Network",
    "Alliance",
    "College",
    "School",
    "Church",
    "Board",
    "Service",
    "Services",
    "Force",
    "Forces",
    "Guard",
    "League",
    "Team",
    "Industries",
    "Technologies",
    "Systems",
    "Press",
    "Herald",
    "Journal",
    "Tribune",
    "Gazette",
    "Laboratory",
    "Secretariat",
    "Movement",
    "Front",
    "Brigades",
    "Coalition",
    "Exchange",
    // Film and broadcasting companies: "Universal Studios", "Columbia
    // Pictures", "Walt Disney Entertainment", "Turner Broadcasting".
    "Studios",
    "Pictures",
    "Entertainment",
    "Broadcasting",
    // "the Southern African Development Community", "the Campaign for
    // Nuclear Disarmament", "the World Economic Forum".
    "Community",
    "Campaign",
    "Forum",
    // "the World Food Programme", "the UN Development Programme" (not a
    // project's "Space Shuttle Program").
    "Programme",
    // Companies named by their trade ("Portugal Telecom", "Broken Hill
    // Petroleum").
    "Telecom",
    "Telekom",
    "Telecommunications",
    "Communications",
    "Petroleum",
    "Chemicals",
    "Pharmaceuticals",
    "Steel",
    "Insurance",
    "Investments",
    "Shipping",
    "Mining",
    "Breweries",
    "Industrie",
    "Industria",
    // Unions named by their members ("United Steelworkers of America").
    "Workers",
    "Steelworkers",
    "Autoworkers",
    "Mineworkers",
    "Teamsters",
    // Football clubs: "Blackburn Rovers", "Leeds United".
    "Rovers",
    "Wanderers",
    "Athletic",
    "Albion",
    "Hotspur",
    "Rangers",
    "United",
    "FC",
];

/// Head words of the names of places ("Yellow River", "Orange County").
pub const GEOGRAPHIC_HEADS: &[&str] = &[
    "River",
    "Lake",
    "Sea",
    "Ocean",
    "Bay",
    "Gulf",
    "Strait",
    "Island",
    "Islands",
    "Isles",
    "Peninsula",
    "Mountain",
    "Mountains",
    "Mount",
    "Hills",
    "Valley",
    "Desert",
    "Forest",
    "Coast",
    "Plain",
    "Plains",
    "Basin",
    "Delta",
    "Canyon",
    "Falls",
    "Beach",
    "County",
    "Province",
    "State",
    "Territory",
    "District",
    "Region",
    "Prefecture",
    "Oblast",
    "Governorate",
    "Street",
    "Road",
    "Avenue",
    "Boulevard",
    "Highway",
    "Springs",
    "City",
    "Town",
    "Village",
    "Heights",
    "Pass",
    "Cape",
    "Point",
    "Reef",
    "Glacier",
    "Volcano",
    "Crater",
    "Sound",
    "Channel",
    "Canal",
    "Creek",
    "Rapids",
    "Hill",
];

/// Head words of places people build: venues and facilities ("Kennedy
/// Space Center", "Fisht Stadium"). Named places, not organisations.
pub const FACILITY_HEADS: &[&str] = &[
    "Facility",
    "Center",
    "Centre",
    "Museum",
    "Hospital",
    "Stadium",
    "Camp",
    "Ground",
    "Arena",
    "Airport",
    "Hall",
    "Tower",
    "Towers",
    "Building",
    "Bridge",
    "Station",
    "Park",
    "Gallery",
    "Library",
    "Hotel",
    "Mosque",
    "Temple",
    "Cathedral",
    "Palace",
    "Square",
    "Planetarium",
    "Base",
    "Plaza",
    "Theatre",
    "Theater",
    "Field",
    "Port",
    "Harbour",
    "Harbor",
    // Sites that hold or yield ("New Bilibid Prison", "Olympic Dam").
    "Prison",
    "Jail",
    "Dam",
    "Mine",
    "Refinery",
];

/// Head words of organisations that are also sites ("Skidmore College in
/// Saratoga Springs"): a place can be said to hold them.
pub const CAMPUS_HEADS: &[&str] = &[
    "University",
    "College",
    "School",
    "Institute",
    "Academy",
    "Laboratory",
    "Observatory",
    "Zoo",
];

/// Given names the US census counts as women's that are men's in other
/// countries' news ("Michele Bartoli", "Andrea Tafi", "Jean Pierson",
/// "Nicola Pietrangeli"): they say nothing of sex.
pub const BOTH_SEXES_NAMES: &[&str] = &[
    "Michele",
    "Andrea",
    "Jean",
    "Nicola",
    "Simone",
    "Daniele",
    "Gabriele",
    "Emanuele",
    "Raffaele",
    "Pasquale",
    "Joan",
    "Dominique",
    "Claude",
    "Camille",
    "Yannick",
];

/// Words for a party's members used before a title ("Republican Governor
/// George Pataki"): no owner of the office.
pub const PARTY_ADJECTIVES: &[&str] = &[
    "Republican",
    "Democratic",
    "Democrat",
    "Conservative",
    "Labour",
    "Liberal",
    "Socialist",
    "Communist",
];

/// Roles a body or a country may hold in another, as a person may
/// ("a member of the WTO", "Britain's ally").
pub const MEMBER_ROLES: &[&str] = &["member", "ally", "partner", "shareholder", "signatory"];

/// Verbs by which one holds the role named after "as" ("elected as the
/// candidate of", "served as ambassador to").
pub const AS_ROLE_VERBS: &[&str] = &[
    "elect", "re-elect", "appoint", "name", "nominate", "choose", "select", "serve", "run",
    "stand", "install", "confirm", "work",
];

/// Participles that say, with "by", who leads or owns a body ("which is
/// led by Kim Dae-jung"), each with the verb for the fact.
pub const LED_BY: &[(&str, &str)] = &[
    ("led", "leads"),
    ("headed", "heads"),
    ("owned", "owns"),
    ("run", "runs"),
    ("chaired", "chairs"),
    ("controlled", "controls"),
    ("managed", "manages"),
];

/// Nouns for a body made of others ("the Mercosur customs union of Brazil,
/// Argentina, Uruguay and Paraguay"): the names listed after one and "of"
/// are its members.
pub const BLOC_NOUNS: &[&str] = &[
    "union",
    "bloc",
    "alliance",
    "coalition",
    "grouping",
    "pact",
    "federation",
    "confederation",
    "consortium",
    "league",
    "community",
    "association",
];

/// Words that say what a body is made of, as a phrase after its name
/// ("the Israel-Lebanon Monitoring Group, made up of the United States,
/// France…", "a bloc comprising…"), each as its words.
pub const COMPOSED_OF: &[&[&str]] = &[
    &["made", "up", "of"],
    &["composed", "of"],
    &["consisting", "of"],
    &["consists", "of"],
    &["consisted", "of"],
    &["comprising"],
    &["comprises"],
    &["grouping"],
    &["groups"],
];

/// A country's legislature, named by one word ("the president of
/// Congress", "told Parliament").
pub const LEGISLATURES: &[&str] = &["Congress", "Parliament", "Senate", "Duma", "Knesset"];

/// Head words that make an organisation a government body.
pub const GOVERNMENT_HEADS: &[&str] = &[
    "Ministry",
    "Department",
    "Council",
    "Parliament",
    "Congress",
    "Senate",
    "Assembly",
    "Government",
    "Office",
    "Agency",
    "Commission",
    "Cabinet",
    "Administration",
    "Bureau",
    "Court",
    "Police",
    "Army",
    "Navy",
    "Force",
    "Forces",
    "Embassy",
    "Committee",
    "House",
    "Kremlin",
    "Pentagon",
    "Secretariat",
];

/// First words that make a name a body's in languages that put the head
/// first ("Banco de Espana", "Corporacion Venezolana de Guayana",
/// "Petroleos Mexicanos", "Societe Generale", "Partido Popular"); none is
/// anyone's given name.
pub const HEAD_FIRST_BODIES: &[&str] = &[
    "Ministerio",
    "Ministere",
    "Ministère",
    "Ministero",
    "Ministerium",
    "Banco",
    "Banca",
    "Banque",
    "Corporacion",
    "Corporación",
    "Compania",
    "Compañía",
    "Companhia",
    "Compagnie",
    "Societe",
    "Société",
    "Sociedad",
    "Sociedade",
    "Societa",
    "Società",
    "Empresa",
    "Empresas",
    "Petroleos",
    "Petróleos",
    "Instituto",
    "Institut",
    "Istituto",
    "Partido",
    "Partito",
    "Parti",
    "Frente",
    "Movimiento",
    "Movimento",
    "Mouvement",
    "Grupo",
    "Gruppo",
    "Groupe",
    "Organizacoes",
    "Organizações",
    "Organizacion",
    "Organización",
    "Universidad",
    "Universidade",
    "Universita",
    "Università",
    "Universite",
    "Université",
    "Agencia",
    "Agência",
    "Agence",
    "Agenzia",
    "Confederacion",
    "Confederación",
    "Confederazione",
    "Federacion",
    "Federación",
    "Caja",
    "Caixa",
    "Caisse",
    "Cassa",
    "Fondo",
    "Fonds",
    // German industrial unions: "IG Metall", "IG Chemie".
    "IG",
    // Councils, committees and regulators: "Conseil Superieur de
    // l'Audiovisuel", "Consejo General del Poder Judicial", "Garante per
    // la Radiodiffusione e l'Editoria", "Comite Olympique".
    "Conseil",
    "Consejo",
    "Consiglio",
    "Conselho",
    "Comite",
    "Comité",
    "Comitato",
    "Comision",
    "Comisión",
    "Commissione",
    "Garante",
];

/// Head words of places named "X of Y" ("the Gulf of Mexico", "the Strait
/// of Hormuz", "the Isle of Man", "the Cape of Good Hope").
pub const FEATURES_OF: &[&str] = &[
    "Gulf", "Bay", "Sea", "Strait", "Straits", "Isle", "Isles", "Cape", "Lake", "Mount",
];

/// The last words of a body that is part of another ("the Senate Foreign
/// Relations Committee" is the Senate's, not the Senate).
pub const BODY_PARTS: &[&str] = &["Committee", "Subcommittee", "Caucus", "Panel", "Delegation"];

/// Particles inside a person's name ("Hans van Mierlo", "Charles de
/// Gaulle", "Osama bin Laden", "Kengo wa Dondo").
pub const NAME_PARTICLES: &[&str] = &[
    "van", "von", "de", "da", "del", "della", "di", "du", "der", "den", "ter", "bin", "ibn", "al",
    "el", "le", "la", "dos", "das", "arap", "wa",
];

/// Lower-case words that join the parts of one name ("Bank of England",
/// "Bosnia and Herzegovina", "Dar es Salaam"), besides `NAME_PARTICLES`: a
/// lower-case word inside a name that is neither parts it in two.
pub const NAME_JOINING_WORDS: &[&str] = &[
    "of", "the", "and", "for", "in", "at", "on", "upon", "to", "a", "es", "y", "e", "et", "und",
    "&",
];

/// The particles a head-first body's name runs through ("Banco Central de
/// Venezuela", "Compania Sud Americana de Vapores", "Societe des Bains").
pub const HEAD_FIRST_JOINS: &[&str] = &[
    "de", "del", "des", "du", "di", "da", "do", "della", "dos", "das", "y", "e", "la", "las",
    "los", "le", "les", "per", "pour", "para", "dei", "degli", "delle",
];

/// Verbs whose "for" asks for a thing rather than says what a journey is
/// for ("called for talks with the rebels" holds none).
pub const ASKING_VERBS: &[&str] = &[
    "call", "press", "push", "ask", "appeal", "plead", "lobby", "argue", "hope", "wait", "vote",
    "campaign", "demand", "clamour", "clamor", "pray", "long",
];

/// Verbs of meeting someone (or facing them in a game), where "in" or
/// "at" a place after the one met says where it happened ("met Kohl in
/// Bonn", "beaten by Enqvist in Dortmund"), as it does not after what
/// one owns ("owns Amylum in Belgium").
pub const ENCOUNTER_VERBS: &[&str] = &[
    "meet",
    "see",
    "visit",
    "receive",
    "welcome",
    "greet",
    "host",
    "interview",
    "beat",
    "defeat",
    "face",
    "play",
    "talk",
    "speak",
    "hold",
    "sign",
];

/// Verbs of a journey, whose "to" clause of purpose is what the traveller
/// goes to do ("is due to fly to Cairo to brief Mubarak").
pub const TRAVEL_VERBS: &[&str] = &[
    "fly", "travel", "go", "come", "leave", "head", "return", "arrive", "drive", "sail",
];

/// Verbs of a share price's move in a market report ("Tate & Lyle shares
/// rose 12 pence to 468p in London", "Nissan ended unchanged").
pub const PRICE_VERBS: &[&str] = &[
    "rose", "fell", "gained", "lost", "jumped", "slipped", "dropped", "eased", "climbed", "added",
    "dipped", "firmed", "edged", "surged", "tumbled", "plunged", "soared", "slid", "ended",
    "closed", "finished", "was", "were",
];

/// Words for a newspaper, an agency or a broadcaster that stand before its
/// name ("the daily Bild", "the news agency Itar-Tass").
pub const MEDIA_NOUNS: &[&str] = &[
    "daily",
    "newspaper",
    "paper",
    "weekly",
    "magazine",
    "agency",
    "tabloid",
    "broadcaster",
    "radio",
    "television",
    "channel",
    "network",
    "station",
    "journal",
];

/// A match's result as a fact's relation words write it ("beat", "were
/// held by", "beating"): where the two teams played is the place after it.
pub const RESULT_WORDS: &[&str] = &[
    "beat",
    "beats",
    "defeated",
    "drew",
    "held",
    "lost",
    "edged",
    "thrashed",
    "routed",
    "crushed",
    "overcame",
    "downed",
    "trounced",
    "upset",
    "beating",
    "defeating",
    "drawing",
];

/// Bodies news text names by one word of their own, no head word to know
/// them by: parliaments, central banks, agencies.
pub const ORG_NAMES: &[&str] = &[
    "Bundestag",
    "Bundesrat",
    "Bundesbank",
    "Knesset",
    "Duma",
    "Sejm",
    "Riksdag",
    "Storting",
    "Folketing",
    "Oireachtas",
    "Politburo",
    "Interpol",
    "Europol",
    "Eurostat",
    "Hamas",
    "Hezbollah",
    "Fatah",
    "Taliban",
    "Mafia",
    "Camorra",
    "Gazprom",
    "Aeroflot",
    "Lufthansa",
    "Nasdaq",
];

/// First words of football clubs' names: with the capitalised words after
/// them they are a club ("Real Madrid", "Atletico Madrid", "Deportivo
/// Coruna"), not the city.
pub const CLUB_PREFIXES: &[&str] = &[
    "AC",
    "FC",
    "SC",
    "SV",
    "CF",
    "Real",
    "Atletico",
    "Deportivo",
    "Sporting",
    "Racing",
    "Olympique",
    "Borussia",
    "Dynamo",
    "Dinamo",
    "Spartak",
    "Lokomotiv",
    "CSKA",
    "Inter",
    "Bayer",
    "Hertha",
    "Werder",
    "Eintracht",
    "Fortuna",
    "Steaua",
    "Slavia",
    "Sparta",
    "Legia",
    "Feyenoord",
    "Anderlecht",
];

/// Common nouns that say what a body named before them is ("Interfax news
/// agency", "the Itar-Tass agency", "the Asahi newspaper").
pub const BODY_NOUNS: &[&str] = &[
    "agency",
    "newspaper",
    "daily",
    "weekly",
    "magazine",
    "company",
    "firm",
    "group",
    "bank",
    "party",
    "club",
    "airline",
    "carrier",
    "broadcaster",
    "network",
    "television",
    "radio",
    "conglomerate",
    "insurer",
    "manufacturer",
    "maker",
    "retailer",
    "coalition",
    "alliance",
    "movement",
    "federation",
    "union",
    "consortium",
    "chain",
    "bloc",
    "team",
];

/// Acronyms of bodies that news text names without expanding.
pub const ORG_ACRONYMS: &[&str] = &[
    "UN", "EU", "NATO", "WHO", "IMF", "WTO", "OECD", "UNSC", "UNESCO", "UNICEF", "ASEAN", "OPEC",
    "FBI", "CIA", "NASA", "BBC", "CNN", "AFP", "AP", "IAEA", "G7", "G20", "FIFA", "IOC", "ICC",
    "NGO", "U.N.", "EPA", "FDA", "NSA", "MIT", "UCLA", "NHS", "ECB", "UNHCR",
];

/// The full names of bodies news text names by their acronyms, for search
/// and for one entity where an article writes both.
pub const ACRONYM_FULL_NAMES: &[(&str, &str)] = &[
    ("UN", "United Nations"),
    ("U.N.", "United Nations"),
    ("EU", "European Union"),
    ("NATO", "North Atlantic Treaty Organization"),
    ("IMF", "International Monetary Fund"),
    ("WTO", "World Trade Organization"),
    ("WHO", "World Health Organization"),
    ("OPEC", "Organization of the Petroleum Exporting Countries"),
    ("ASEAN", "Association of Southeast Asian Nations"),
    ("FBI", "Federal Bureau of Investigation"),
    ("CIA", "Central Intelligence Agency"),
    ("IAEA", "International Atomic Energy Agency"),
    ("UNHCR", "United Nations High Commissioner for Refugees"),
    (
        "UNESCO",
        "United Nations Educational, Scientific and Cultural Organization",
    ),
    ("UNICEF", "United Nations Children's Fund"),
];

/// Common Korean surnames in their usual romanisations.
pub const KOREAN_SURNAMES: &[&str] = &[
    "Kim", "Lee", "Yi", "Rhee", "Park", "Pak", "Choi", "Choe", "Jung", "Jeong", "Chung", "Kang",
    "Cho", "Jo", "Yoon", "Yun", "Jang", "Chang", "Lim", "Im", "Han", "Oh", "Seo", "Suh", "Shin",
    "Kwon", "Hwang", "Ahn", "An", "Song", "Yoo", "Yu", "Hong", "Jeon", "Chun", "Ko", "Moon",
    "Yang", "Son", "Bae", "Baek", "Paik", "Heo", "Huh", "Nam", "Ha", "Cha", "Noh", "Roh", "Ryu",
    "Woo", "Min", "Byun", "Sung", "Kwak", "Ham", "Byeon", "Do", "Gu", "Koo", "Won", "Chae", "Jin",
    "Pyo",
];

/// Chinese and other East Asian surnames, short words a tagger trained on
/// English names often leaves out.
pub const ASIAN_SURNAMES: &[&str] = &[
    "Ho", "Ip", "Mak", "Or", "Chan", "Wong", "Lam", "Cheung", "Leung", "Tse", "Yau", "Tam", "Chow",
    "Ng", "Lau", "Kwok", "Wu", "Tang", "Lo", "Li", "Zhang", "Wang", "Liu", "Chen", "Huang", "Zhao",
    "Zhou", "Xu", "Sun", "Ma", "Zhu", "Hu", "Guo", "He", "Lin", "Luo", "Gao", "Liang", "Zheng",
    "Xie", "Tan", "Goh", "Koh", "Teo", "Ong", "Fung", "Tsang", "Yip", "Mok", "Kwan", "Xi",
];

/// Words of the names of regions larger than a country ("Latin America",
/// "the Middle East", "the Gulf"), which no country or city holds.
pub const MACRO_REGION_WORDS: &[&str] = &[
    "Africa",
    "America",
    "Americas",
    "Asia",
    "Europe",
    "East",
    "Pacific",
    "Atlantic",
    "Gulf",
    "Peninsula",
    "Balkans",
    "Caribbean",
    "Scandinavia",
    "Sahara",
    "Oceania",
    "Mediterranean",
    "Baltic",
    "Caucasus",
];

/// Conjunctions that open a clause of time, reason, condition or
/// concession ("since Netanyahu took office", "because he was in Zagreb").
pub const ADVERBIAL_MARKS: &[&str] = &[
    "since", "because", "after", "before", "when", "while", "until", "although", "though", "if",
    "as", "unless",
];

/// Adjectives that name an American party in political copy, with the
/// party ("Democratic Assembly Speaker Sheldon Silver").
pub const AMERICAN_PARTIES: &[(&str, &str)] = &[
    ("Democratic", "Democratic Party"),
    ("Democrat", "Democratic Party"),
    ("Republican", "Republican Party"),
];

/// The party a letter stands for in a member's bracket ("Sen. John
/// Cornyn (R-Texas)", "(D-N.Y.)").
pub fn party_letter(letter: &str) -> Option<&'static str> {
    match letter {
        "R" => Some("Republican Party"),
        "D" => Some("Democratic Party"),
        _ => None,
    }
}

/// Nouns of a gathering people attend ("a summit in Arusha attended by…").
pub const GATHERINGS: &[&str] = &[
    "summit",
    "meeting",
    "conference",
    "ceremony",
    "funeral",
    "session",
    "gathering",
    "rally",
    "congress",
    "forum",
    "convention",
    "celebration",
    "talk",
    "service",
    "memorial",
    "inauguration",
    "wedding",
    "parade",
    "festival",
    "dinner",
    "reception",
    "banquet",
];

/// Verbs that deny what their clause says ("denied that…", "denied
/// reports that…").
pub const DENYING_VERBS: &[&str] = &["deny", "dismiss", "reject", "rebut", "refute"];

/// Nouns of a claim a denial may be of ("denied reports that…").
pub const CLAIM_NOUNS: &[&str] = &[
    "report",
    "claim",
    "allegation",
    "suggestion",
    "rumour",
    "rumor",
    "speculation",
    "charge",
    "accusation",
];

/// Irregular verbs whose past tense is also their participle (besides
/// those in "-ed"): a form the tagger read as a participle may be the
/// past ("Wolpe, the U.S. envoy, held talks").
pub const SAME_PAST: &[&str] = &[
    "held", "met", "said", "told", "made", "sent", "led", "left", "paid", "brought", "bought",
    "found", "kept", "won", "lost", "sold", "built", "spent", "fought", "sought", "struck", "hit",
    "put", "set", "cut", "quit",
];

/// The national capitals not in [`CAPITALS`] (those the news does not use
/// for their governments), with their country: what a dateline's place
/// says of the country a story was filed from ("NAIROBI" is in Kenya). A
/// capital may stand twice, once for each name its country goes by.
pub const NATIONAL_CAPITALS: &[(&str, &str)] = &[
    ("Tirana", "Albania"),
    ("Algiers", "Algeria"),
    ("Andorra la Vella", "Andorra"),
    ("Luanda", "Angola"),
    ("Buenos Aires", "Argentina"),
    ("Yerevan", "Armenia"),
    ("Vienna", "Austria"),
    ("Baku", "Azerbaijan"),
    ("Nassau", "Bahamas"),
    ("Manama", "Bahrain"),
    ("Dhaka", "Bangladesh"),
    ("Bridgetown", "Barbados"),
    ("Belmopan", "Belize"),
    ("Porto-Novo", "Benin"),
    ("Cotonou", "Benin"),
    ("Thimphu", "Bhutan"),
    ("La Paz", "Bolivia"),
    ("Sarajevo", "Bosnia and Herzegovina"),
    ("Gaborone", "Botswana"),
    ("Bandar Seri Begawan", "Brunei"),
    ("Sofia", "Bulgaria"),
    ("Ouagadougou", "Burkina Faso"),
    ("Bujumbura", "Burundi"),
    ("Praia", "Cape Verde"),
    ("Phnom Penh", "Cambodia"),
    ("Yaounde", "Cameroon"),
    ("Bangui", "Central African Republic"),
    ("N'Djamena", "Chad"),
    ("Santiago", "Chile"),
    ("Bogota", "Colombia"),
    ("Moroni", "Comoros"),
    ("San Jose", "Costa Rica"),
    ("Zagreb", "Croatia"),
    ("Nicosia", "Cyprus"),
    ("Prague", "Czech Republic"),
    ("Kinshasa", "Democratic Republic of the Congo"),
    ("Kinshasa", "Zaire"),
    ("Copenhagen", "Denmark"),
    ("Santo Domingo", "Dominican Republic"),
    ("Dili", "East Timor"),
    ("Quito", "Ecuador"),
    ("San Salvador", "El Salvador"),
    ("Malabo", "Equatorial Guinea"),
    ("Asmara", "Eritrea"),
    ("Tallinn", "Estonia"),
    ("Addis Ababa", "Ethiopia"),
    ("Suva", "Fiji"),
    ("Helsinki", "Finland"),
    ("Libreville", "Gabon"),
    ("Banjul", "Gambia"),
    ("Tbilisi", "Georgia"),
    ("Bonn", "Germany"),
    ("Accra", "Ghana"),
    ("Athens", "Greece"),
    ("Guatemala City", "Guatemala"),
    ("Conakry", "Guinea"),
    ("Bissau", "Guinea-Bissau"),
    ("Georgetown", "Guyana"),
    ("Port-au-Prince", "Haiti"),
    ("Tegucigalpa", "Honduras"),
    ("Budapest", "Hungary"),
    ("Reykjavik", "Iceland"),
    ("Dublin", "Ireland"),
    ("Abidjan", "Ivory Coast"),
    ("Yamoussoukro", "Ivory Coast"),
    ("Kingston", "Jamaica"),
    ("Amman", "Jordan"),
    ("Almaty", "Kazakhstan"),
    ("Astana", "Kazakhstan"),
    ("Nairobi", "Kenya"),
    ("Bishkek", "Kyrgyzstan"),
    ("Vientiane", "Laos"),
    ("Riga", "Latvia"),
    ("Beirut", "Lebanon"),
    ("Maseru", "Lesotho"),
    ("Monrovia", "Liberia"),
    ("Tripoli", "Libya"),
    ("Vilnius", "Lithuania"),
    ("Skopje", "Macedonia"),
    ("Antananarivo", "Madagascar"),
    ("Lilongwe", "Malawi"),
    ("Kuala Lumpur", "Malaysia"),
    ("Bamako", "Mali"),
    ("Valletta", "Malta"),
    ("Nouakchott", "Mauritania"),
    ("Port Louis", "Mauritius"),
    ("Mexico City", "Mexico"),
    ("Chisinau", "Moldova"),
    ("Ulan Bator", "Mongolia"),
    ("Ulaanbaatar", "Mongolia"),
    ("Podgorica", "Montenegro"),
    ("Rabat", "Morocco"),
    ("Maputo", "Mozambique"),
    ("Rangoon", "Myanmar"),
    ("Yangon", "Myanmar"),
    ("Windhoek", "Namibia"),
    ("Kathmandu", "Nepal"),
    ("Amsterdam", "Netherlands"),
    ("The Hague", "Netherlands"),
    ("Wellington", "New Zealand"),
    ("Managua", "Nicaragua"),
    ("Niamey", "Niger"),
    ("Lagos", "Nigeria"),
    ("Abuja", "Nigeria"),
    ("Oslo", "Norway"),
    ("Muscat", "Oman"),
    ("Panama City", "Panama"),
    ("Port Moresby", "Papua New Guinea"),
    ("Asuncion", "Paraguay"),
    ("Lima", "Peru"),
    ("Lisbon", "Portugal"),
    ("Bucharest", "Romania"),
    ("Kigali", "Rwanda"),
    ("Dakar", "Senegal"),
    ("Belgrade", "Serbia"),
    ("Freetown", "Sierra Leone"),
    ("Bratislava", "Slovakia"),
    ("Ljubljana", "Slovenia"),
    ("Mogadishu", "Somalia"),
    ("Pretoria", "South Africa"),
    ("Cape Town", "South Africa"),
    ("Colombo", "Sri Lanka"),
    ("Khartoum", "Sudan"),
    ("Juba", "South Sudan"),
    ("Paramaribo", "Suriname"),
    ("Stockholm", "Sweden"),
    ("Bern", "Switzerland"),
    ("Dushanbe", "Tajikistan"),
    ("Dar es Salaam", "Tanzania"),
    ("Dodoma", "Tanzania"),
    ("Lome", "Togo"),
    ("Port of Spain", "Trinidad and Tobago"),
    ("Tunis", "Tunisia"),
    ("Ashgabat", "Turkmenistan"),
    ("Kampala", "Uganda"),
    ("Montevideo", "Uruguay"),
    ("Tashkent", "Uzbekistan"),
    ("Sanaa", "Yemen"),
    ("Lusaka", "Zambia"),
    ("Harare", "Zimbabwe"),
    ("Kuwait City", "Kuwait"),
    ("Kuwait", "Kuwait"),
    ("Singapore", "Singapore"),
    ("Vaduz", "Liechtenstein"),
    ("Luxembourg", "Luxembourg"),
    ("Monaco", "Monaco"),
    ("Apia", "Samoa"),
    ("Nuku'alofa", "Tonga"),
    ("Port Vila", "Vanuatu"),
    ("Honiara", "Solomon Islands"),
    ("Male", "Maldives"),
];

/// The countries whose capital (in [`CAPITALS`] or
/// [`NATIONAL_CAPITALS`]) `place` is.
pub fn countries_of_capital(place: &str) -> impl Iterator<Item = &'static str> + '_ {
    CAPITALS
        .iter()
        .chain(NATIONAL_CAPITALS)
        .filter(move |(c, _)| *c == place)
        .map(|(_, country)| country.strip_prefix("the ").unwrap_or(country))
}

/// Capitals the news uses for their governments ("Seoul hopes", "Beijing
/// warned"), with the country they stand for.
pub const CAPITALS: &[(&str, &str)] = &[
    ("Washington", "the United States"),
    ("Seoul", "South Korea"),
    ("Pyongyang", "North Korea"),
    ("Beijing", "China"),
    ("Tokyo", "Japan"),
    ("Moscow", "Russia"),
    ("Kyiv", "Ukraine"),
    ("Kiev", "Ukraine"),
    ("London", "the United Kingdom"),
    ("Paris", "France"),
    ("Berlin", "Germany"),
    ("Rome", "Italy"),
    ("Madrid", "Spain"),
    ("Brussels", "the European Union"),
    ("Ottawa", "Canada"),
    ("Canberra", "Australia"),
    ("New Delhi", "India"),
    ("Delhi", "India"),
    ("Tehran", "Iran"),
    ("Ankara", "Turkey"),
    ("Jerusalem", "Israel"),
    ("Taipei", "Taiwan"),
    ("Hanoi", "Vietnam"),
    ("Manila", "the Philippines"),
    ("Jakarta", "Indonesia"),
    ("Riyadh", "Saudi Arabia"),
    ("Cairo", "Egypt"),
    ("Damascus", "Syria"),
    ("Baghdad", "Iraq"),
    ("Kabul", "Afghanistan"),
    ("Islamabad", "Pakistan"),
    ("Warsaw", "Poland"),
    ("Minsk", "Belarus"),
    ("Havana", "Cuba"),
    ("Caracas", "Venezuela"),
    ("Brasilia", "Brazil"),
    ("Bangkok", "Thailand"),
    ("Doha", "Qatar"),
    ("Abu Dhabi", "the United Arab Emirates"),
];

/// Lemmas of verbs after a capital that make it its government ("Seoul
/// hopes", "Beijing warned").
pub const GOVERNING_VERBS: &[&str] = &[
    "say",
    "seek",
    "hope",
    "want",
    "warn",
    "agree",
    "announce",
    "plan",
    "insist",
    "accuse",
    "demand",
    "urge",
    "reject",
    "deny",
    "respond",
    "welcome",
    "condemn",
    "threaten",
    "vow",
    "expect",
    "believe",
    "consider",
    "aim",
    "claim",
    "refuse",
    "sanction",
    "protest",
    "negotiate",
    "recognise",
    "recognize",
    "oppose",
    "support",
    "back",
    "block",
    "invite",
    "expel",
];

/// Words after "Seoul's" that make it the government.
pub const GOVERNED_THINGS: &[&str] = &[
    "ministry",
    "office",
    "foreign",
    "defense",
    "defence",
    "government",
    "officials",
    "envoy",
    "decision",
    "position",
    "stance",
    "policy",
    "demands",
    "response",
    "cabinet",
    "military",
    "embassy",
];

/// The stages and divisions of a competition: with a letter or a number
/// ("Group F", "Round 2", "Game 7") they name no person, organisation or
/// place.
pub const STAGES: &[&str] = &[
    "Group",
    "Pool",
    "Round",
    "Stage",
    "Phase",
    "Section",
    "Heat",
    "Game",
    "Match",
    "Leg",
    "Day",
    "Week",
    "Conference",
    "Division",
];

/// Places whose name begins with "The" ("The Hague").
pub const NAMES_AFTER_THE: &[&str] = &["Hague", "Gambia", "Bahamas"];

/// Other names of a country, with the name the draft files it under
/// ("Korea Republic" is FIFA's name for South Korea).
pub const COUNTRY_NAMES: &[(&str, &str)] = &[
    ("Korea Republic", "South Korea"),
    ("Republic of Korea", "South Korea"),
    ("ROK", "South Korea"),
    ("Korea DPR", "North Korea"),
    ("DPR Korea", "North Korea"),
    ("DPRK", "North Korea"),
    ("U.S.", "United States"),
    ("U.S.A.", "United States"),
    ("USA", "United States"),
    ("US", "United States"),
    ("U.K.", "United Kingdom"),
    ("UK", "United Kingdom"),
    ("Britain", "United Kingdom"),
    ("Great Britain", "United Kingdom"),
];

/// The name a country is filed under for another name of it ("U.S.":
/// "United States"); any other word as it is.
pub fn country_name(w: &str) -> &str {
    COUNTRY_NAMES
        .iter()
        .find(|(other, _)| *other == w)
        .map_or(w, |(_, name)| *name)
}

/// A short form that stands for whichever one of its long forms the same
/// article names ("Korea" after "South Korea"); with both or neither named
/// it stays as written.
pub const SHORT_FORMS: &[(&str, &[&str])] = &[
    ("Korea", &["South Korea", "North Korea"]),
    (
        "Congo",
        &["Democratic Republic of the Congo", "Republic of the Congo"],
    ),
];

/// Nationality words (adjectives and plurals) with the country they name.
/// They are not names of their own ("Czech", "Czechs"), but they stand for
/// the country in a role ("Czech President Havel").
pub const DEMONYMS: &[(&str, &str)] = &[
    ("Zairean", "Zaire"),
    // Nouns for a people's one, before a name: "Swede Thomas Enqvist".
    ("Swede", "Sweden"),
    ("Briton", "Britain"),
    ("Dane", "Denmark"),
    ("Finn", "Finland"),
    ("Spaniard", "Spain"),
    ("Pole", "Poland"),
    ("Scot", "Scotland"),
    ("Turk", "Turkey"),
    ("Dutchman", "the Netherlands"),
    ("Frenchman", "France"),
    ("Englishman", "England"),
    ("Irishman", "Ireland"),
    ("Welshman", "Wales"),
    ("Scotsman", "Scotland"),
    ("Yugoslav", "Yugoslavia"),
    ("Soviet", "the Soviet Union"),
    ("Czechoslovak", "Czechoslovakia"),
    ("Chechen", "Chechnya"),
    ("Burundian", "Burundi"),
    ("Tibetan", "Tibet"),
    ("Kashmiri", "Kashmir"),
    ("Sicilian", "Sicily"),
    ("Bavarian", "Bavaria"),
    ("Catalan", "Catalonia"),
    ("Flemish", "Flanders"),
    ("Corsican", "Corsica"),
    ("Kosovar", "Kosovo"),
    ("Afghan", "Afghanistan"),
    ("Albanian", "Albania"),
    ("Algerian", "Algeria"),
    ("American", "the United States"),
    ("Argentine", "Argentina"),
    ("Argentinian", "Argentina"),
    ("Armenian", "Armenia"),
    ("Australian", "Australia"),
    ("Austrian", "Austria"),
    ("Azerbaijani", "Azerbaijan"),
    ("Bangladeshi", "Bangladesh"),
    ("Belarusian", "Belarus"),
    ("Belgian", "Belgium"),
    ("Bolivian", "Bolivia"),
    ("Bosnian", "Bosnia and Herzegovina"),
    ("Brazilian", "Brazil"),
    ("British", "Britain"),
    ("Bulgarian", "Bulgaria"),
    ("Burmese", "Myanmar"),
    ("Cambodian", "Cambodia"),
    ("Cameroonian", "Cameroon"),
    ("Canadian", "Canada"),
    ("Chilean", "Chile"),
    ("Chinese", "China"),
    ("Colombian", "Colombia"),
    ("Congolese", "Congo"),
    ("Croatian", "Croatia"),
    ("Cuban", "Cuba"),
    ("Cypriot", "Cyprus"),
    ("Czech", "the Czech Republic"),
    ("Danish", "Denmark"),
    ("Dutch", "the Netherlands"),
    ("Ecuadorian", "Ecuador"),
    ("Egyptian", "Egypt"),
    ("Emirati", "the United Arab Emirates"),
    ("English", "England"),
    ("Eritrean", "Eritrea"),
    ("Estonian", "Estonia"),
    ("Ethiopian", "Ethiopia"),
    ("Filipino", "the Philippines"),
    ("Finnish", "Finland"),
    ("French", "France"),
    ("Gabonese", "Gabon"),
    ("Georgian", "Georgia"),
    ("German", "Germany"),
    ("Ghanaian", "Ghana"),
    ("Greek", "Greece"),
    ("Guatemalan", "Guatemala"),
    ("Haitian", "Haiti"),
    ("Honduran", "Honduras"),
    ("Hungarian", "Hungary"),
    ("Icelandic", "Iceland"),
    ("Indian", "India"),
    ("Indonesian", "Indonesia"),
    ("Iranian", "Iran"),
    ("Iraqi", "Iraq"),
    ("Irish", "Ireland"),
    ("Israeli", "Israel"),
    ("Italian", "Italy"),
    ("Ivorian", "Ivory Coast"),
    ("Jamaican", "Jamaica"),
    ("Japanese", "Japan"),
    ("Jordanian", "Jordan"),
    ("Kazakh", "Kazakhstan"),
    ("Kenyan", "Kenya"),
    ("Korean", "Korea"),
    ("Kuwaiti", "Kuwait"),
    ("Kyrgyz", "Kyrgyzstan"),
    ("Lao", "Laos"),
    ("Latvian", "Latvia"),
    ("Lebanese", "Lebanon"),
    ("Liberian", "Liberia"),
    ("Libyan", "Libya"),
    ("Lithuanian", "Lithuania"),
    ("Malagasy", "Madagascar"),
    ("Malaysian", "Malaysia"),
    ("Malian", "Mali"),
    ("Maltese", "Malta"),
    ("Mexican", "Mexico"),
    ("Moldovan", "Moldova"),
    ("Mongolian", "Mongolia"),
    ("Moroccan", "Morocco"),
    ("Mozambican", "Mozambique"),
    ("Namibian", "Namibia"),
    ("Nepalese", "Nepal"),
    ("Nepali", "Nepal"),
    ("Nicaraguan", "Nicaragua"),
    ("Nigerian", "Nigeria"),
    ("Nigerien", "Niger"),
    ("Norwegian", "Norway"),
    ("Pakistani", "Pakistan"),
    ("Palestinian", "Palestine"),
    ("Panamanian", "Panama"),
    ("Paraguayan", "Paraguay"),
    ("Peruvian", "Peru"),
    ("Polish", "Poland"),
    ("Portuguese", "Portugal"),
    ("Qatari", "Qatar"),
    ("Romanian", "Romania"),
    ("Russian", "Russia"),
    ("Rwandan", "Rwanda"),
    ("Saudi", "Saudi Arabia"),
    ("Scottish", "Scotland"),
    ("Senegalese", "Senegal"),
    ("Serbian", "Serbia"),
    ("Singaporean", "Singapore"),
    ("Slovak", "Slovakia"),
    ("Slovene", "Slovenia"),
    ("Belarussian", "Belarus"),
    ("Azeri", "Azerbaijan"),
    ("Angolan", "Angola"),
    ("Macedonian", "Macedonia"),
    ("Slovenian", "Slovenia"),
    ("Somali", "Somalia"),
    ("Spanish", "Spain"),
    ("Sri Lankan", "Sri Lanka"),
    ("Sudanese", "Sudan"),
    ("Swedish", "Sweden"),
    ("Swiss", "Switzerland"),
    ("Syrian", "Syria"),
    ("Taiwanese", "Taiwan"),
    ("Tajik", "Tajikistan"),
    ("Tanzanian", "Tanzania"),
    ("Thai", "Thailand"),
    ("Tunisian", "Tunisia"),
    ("Turkish", "Turkey"),
    ("Turkmen", "Turkmenistan"),
    ("Ugandan", "Uganda"),
    ("Ukrainian", "Ukraine"),
    ("Uruguayan", "Uruguay"),
    ("Uzbek", "Uzbekistan"),
    ("Venezuelan", "Venezuela"),
    ("Vietnamese", "Vietnam"),
    ("Welsh", "Wales"),
    ("Yemeni", "Yemen"),
    ("Zambian", "Zambia"),
    ("Zimbabwean", "Zimbabwe"),
    ("South Korean", "South Korea"),
    ("North Korean", "North Korea"),
    ("South African", "South Africa"),
    ("New Zealander", "New Zealand"),
    ("Saudi Arabian", "Saudi Arabia"),
    ("Hong Konger", "Hong Kong"),
    ("Czechs", "the Czech Republic"),
    ("Brits", "Britain"),
    ("Swedes", "Sweden"),
    ("Danes", "Denmark"),
    ("Finns", "Finland"),
    ("Poles", "Poland"),
    ("Turks", "Turkey"),
    ("Scots", "Scotland"),
    ("Greeks", "Greece"),
    ("Thais", "Thailand"),
];

/// Familiar forms of given names and the names they shorten ("Bob King"
/// is "Robert King").
pub const NICKNAMES: &[(&str, &[&str])] = &[
    ("Bob", &["Robert"]),
    ("Bobby", &["Robert"]),
    ("Rob", &["Robert"]),
    ("Bill", &["William"]),
    ("Billy", &["William"]),
    ("Will", &["William"]),
    ("Ron", &["Ronald"]),
    ("Jim", &["James"]),
    ("Jimmy", &["James"]),
    ("Tom", &["Thomas"]),
    ("Tommy", &["Thomas"]),
    ("Dick", &["Richard"]),
    ("Rick", &["Richard"]),
    ("Mike", &["Michael"]),
    ("Dave", &["David"]),
    ("Joe", &["Joseph"]),
    ("Tony", &["Anthony", "Antonio"]),
    ("Ted", &["Edward", "Theodore"]),
    ("Ed", &["Edward"]),
    ("Chuck", &["Charles"]),
    ("Charlie", &["Charles"]),
    ("Steve", &["Steven", "Stephen"]),
    ("Dan", &["Daniel"]),
    ("Danny", &["Daniel"]),
    ("Ben", &["Benjamin"]),
    ("Alex", &["Alexander", "Alexandra"]),
    ("Sam", &["Samuel"]),
    ("Nick", &["Nicholas"]),
    ("Pat", &["Patrick", "Patricia"]),
    ("Liz", &["Elizabeth"]),
    ("Beth", &["Elizabeth"]),
    ("Kate", &["Katherine", "Catherine"]),
    ("Sue", &["Susan"]),
    ("Jerry", &["Gerald", "Jerome"]),
    ("Larry", &["Lawrence"]),
    ("Fred", &["Frederick"]),
    ("Andy", &["Andrew"]),
    ("Greg", &["Gregory"]),
    ("Jeff", &["Jeffrey"]),
    ("Ken", &["Kenneth"]),
    ("Matt", &["Matthew"]),
    ("Pete", &["Peter"]),
    ("Phil", &["Philip", "Phillip"]),
    ("Ray", &["Raymond"]),
    ("Tim", &["Timothy"]),
    ("Vince", &["Vincent"]),
    ("Walt", &["Walter"]),
    ("Jack", &["John"]),
    ("Johnny", &["John"]),
    ("Hank", &["Henry"]),
    ("Harry", &["Henry", "Harold"]),
    ("Al", &["Albert", "Alan", "Alfred"]),
    ("Gene", &["Eugene"]),
    ("Newt", &["Newton"]),
];

/// The given names a familiar form may shorten.
pub fn formal_names(given: &str) -> &'static [&'static str] {
    NICKNAMES
        .iter()
        .find(|(n, _)| *n == given)
        .map_or(&[], |(_, f)| f)
}

/// A point of the compass before a place ("in western Ukraine").
pub fn is_compass(word: &str) -> bool {
    matches!(
        word,
        "north"
            | "south"
            | "east"
            | "west"
            | "northern"
            | "southern"
            | "eastern"
            | "western"
            | "central"
            | "northeastern"
            | "northwestern"
            | "southeastern"
            | "southwestern"
            | "north-east"
            | "north-west"
            | "south-east"
            | "south-west"
    )
}

/// The country a nationality word stands for ("Czech", "Czechs",
/// "Americans", "South Korean"): the table, or a plural of a table entry
/// ending in -an, -i or -ese.
pub fn demonym(word: &str) -> Option<&'static str> {
    // Hashed once (the first country a demonym names, as the list reads).
    static BY_DEMONYM: OnceLock<HashMap<&'static str, &'static str>> = OnceLock::new();
    let map = BY_DEMONYM.get_or_init(|| {
        let mut m = HashMap::default();
        for &(d, c) in DEMONYMS {
            m.entry(d).or_insert(c);
        }
        m
    });
    if let Some(c) = map.get(word) {
        return Some(c);
    }
    let singular = word.strip_suffix('s')?;
    map.get(singular)
        .filter(|_| singular.ends_with("an") || singular.ends_with('i'))
        .copied()
}

/// "Creditanstalt-Bankverein", "Tatra Kreditbank", "Bundesbank": a name
/// whose last word (or its part after a hyphen) is or ends in a word for a
/// bank, run together with what comes before it, is a bank's.
pub fn names_a_bank(name: &str) -> bool {
    let last = name.rsplit([' ', '-']).next().unwrap_or("").to_lowercase();
    last.len() > 4 && (last.ends_with("bank") || last.starts_with("bankverein"))
}

/// Lemmas of the verbs that attribute words to a speaker ("said", "told",
/// "according to").
pub const SPEECH_VERBS: &[&str] = &[
    "say",
    "tell",
    "add",
    "state",
    "note",
    "explain",
    "write",
    "declare",
    "ask",
    "argue",
    "insist",
    "warn",
    "reply",
    "remark",
    "announce",
    "according",
    "claim",
    "comment",
    "stress",
    "emphasize",
    "emphasise",
    "acknowledge",
    "admit",
    "recall",
    "continue",
    "conclude",
    "observe",
    "report",
    "confirm",
    "tweet",
    "post",
    "describe",
];

/// Lemmas of verbs that report what someone promised or claimed, with their
/// words quoted inside the sentence.
pub const REPORTING_VERBS: &[&str] = &[
    "pledge",
    "promise",
    "vow",
    "call",
    "describe",
    "urge",
    "warn",
    "propose",
    "suggest",
    "insist",
    "argue",
    "claim",
    "stress",
    "emphasize",
    "emphasise",
    "predict",
];

/// Pronouns that stand for people (lower case), with whether they are
/// plural; "it" and "its" stand for organisations and places.
pub const PERSONAL_PRONOUNS: &[(&str, Gender)] = &[
    ("he", Gender::Male),
    ("him", Gender::Male),
    ("his", Gender::Male),
    ("himself", Gender::Male),
    ("she", Gender::Female),
    ("her", Gender::Female),
    ("hers", Gender::Female),
    ("herself", Gender::Female),
    ("they", Gender::Plural),
    ("them", Gender::Plural),
    ("their", Gender::Plural),
    ("theirs", Gender::Plural),
    ("themselves", Gender::Plural),
    ("it", Gender::Neuter),
    ("its", Gender::Neuter),
    ("itself", Gender::Neuter),
];

/// What a pronoun can stand for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Gender {
    Male,
    Female,
    Plural,
    Neuter,
}

/// The gender of a pronoun (lower case), if it is one of [`PERSONAL_PRONOUNS`].
pub fn pronoun(lower: &str) -> Option<Gender> {
    PERSONAL_PRONOUNS
        .iter()
        .find(|(p, _)| *p == lower)
        .map(|(_, g)| *g)
}

/// Nouns that stand for an organisation already named ("the company",
/// "the ministry"), with the kinds they fit: o organisation, g government
/// body, c country, t city.
pub const DESCRIPTIONS: &[(&str, &str)] = &[
    ("company", "o"),
    ("firm", "o"),
    ("group", "o"),
    ("bank", "o"),
    ("fund", "o"),
    ("organisation", "og"),
    ("organization", "og"),
    ("agency", "og"),
    ("ministry", "g"),
    ("department", "g"),
    ("government", "gc"),
    ("party", "o"),
    ("club", "o"),
    ("team", "o"),
    ("university", "o"),
    ("newspaper", "o"),
    ("country", "c"),
    ("nation", "c"),
    ("city", "t"),
    ("capital", "t"),
    ("council", "g"),
    ("court", "g"),
    ("church", "o"),
    ("school", "o"),
    ("board", "og"),
    ("network", "o"),
    ("union", "o"),
    ("airline", "o"),
    ("carrier", "o"),
    ("consortium", "o"),
    ("conglomerate", "o"),
    ("insurer", "o"),
    ("brokerage", "o"),
    ("utility", "o"),
    ("operator", "o"),
    ("maker", "o"),
    ("manufacturer", "o"),
    ("retailer", "o"),
    ("producer", "o"),
    ("lender", "o"),
    ("chain", "o"),
    ("subsidiary", "o"),
    ("regulator", "og"),
    ("committee", "og"),
    ("commission", "og"),
    ("province", "r"),
    ("region", "r"),
    ("town", "t"),
    ("port", "t"),
    ("republic", "c"),
    ("kingdom", "c"),
];

/// Weekdays, months and relative time words.
pub const WEEKDAYS: &[&str] = &[
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];
pub const MONTHS: &[&str] = &[
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// Religious and ethnic groups, named like peoples: no names of their own
/// in a draft ("Muslims are required to…").
pub const GROUPS: &[&str] = &[
    "Muslim",
    "Muslims",
    "Christian",
    "Christians",
    "Jew",
    "Jews",
    "Jewish",
    "Hindu",
    "Hindus",
    "Buddhist",
    "Buddhists",
    "Sikh",
    "Sikhs",
    "Catholic",
    "Catholics",
    "Protestant",
    "Protestants",
    "Rohingya",
    "Kurd",
    "Kurds",
    "Kurdish",
    "Arab",
    "Arabs",
    "Sunni",
    "Sunnis",
    "Shia",
    "Shiite",
    "Shiites",
    "Uighur",
    "Uighurs",
    "Uyghur",
    "Uyghurs",
    "Tamil",
    "Tamils",
    "Latino",
    "Latinos",
    "Hispanic",
    "Hispanics",
    "Evangelical",
    "Evangelicals",
    "Mormon",
    "Mormons",
    "Orthodox",
    // Older wire spellings and peoples named as groups ("Moslem
    // guerrillas", "Hutu rebels").
    "Moslem",
    "Moslems",
    "Islamist",
    "Islamists",
    "Shi'ite",
    "Shi'ites",
    "Hutu",
    "Hutus",
    // Ethnic nouns that name no country ("Serb member Momcilo Krajisnik"
    // of Bosnia's presidency; "Serbian" names Serbia).
    "Serb",
    "Serbs",
    "Croat",
    "Croats",
    "Tutsi",
    "Tutsis",
    "Pashtun",
    "Pashtuns",
    "Druze",
    "Maronite",
    "Maronites",
    "Copt",
    "Copts",
    "Coptic",
    "Sinhalese",
    "Zulu",
    "Zulus",
];

/// Words for a company ("firm", "drugmaker", "unit"): a name right after
/// one is a company's, and a nationality before one says where it is based.
pub const COMPANY_NOUNS: &[&str] = &[
    "giant",
    "daily",
    "weekly",
    "magazine",
    "tabloid",
    "paper",
    "drugmaker",
    "chipmaker",
    "steelmaker",
    "automaker",
    "holding",
    "company",
    "carmaker",
    "bank",
    "firm",
    "group",
    "maker",
    "manufacturer",
    "producer",
    "airline",
    "carrier",
    "insurer",
    "retailer",
    "conglomerate",
    "consortium",
    "subsidiary",
    "unit",
    "newspaper",
    "broadcaster",
    "agency",
    "operator",
    "supplier",
    "distributor",
    "developer",
    "exporter",
    "importer",
    "brokerage",
    "chain",
    // "a Hong Kong container line".
    "line",
    // Sport's bodies: "Dutch club PSV Eindhoven", "Italian side Lazio".
    "club",
    "side",
];

/// A score written as one word ("2-1", "1-1", "3–0").
pub fn is_score(w: &str) -> bool {
    let mut parts = w.split(['-', '–']);
    matches!((parts.next(), parts.next(), parts.next()), (Some(a), Some(b), None) if is_goals(a) && is_goals(b))
}

/// Whether a lemma is a word for a company: a listed one, or any maker
/// ("truckmaker", "chipmaker").
pub fn is_company_noun(lemma: &str) -> bool {
    // (Not the people who make laws, policy, films, peace or plays.)
    const PEOPLE: &[&str] = &[
        "law",
        "policy",
        "film",
        "movie",
        "peace",
        "king",
        "decision",
        "home",
        "trouble",
        "match",
        "play",
        "deal",
        "rain",
        "dress",
        "cabinet",
        "money",
        "merry",
        "haymaker",
        "book",
        "noise",
        "pace",
        "pea",
        "shoe",
        "watch",
        "mischief",
        "film-",
        "law-",
        "policy-",
        "decision-",
    ];
    COMPANY_NOUNS.contains(&lemma)
        || lemma
            .strip_suffix("maker")
            .is_some_and(|stem| stem.len() >= 3 && !PEOPLE.contains(&stem))
}

/// Last words of a trophy's or a tournament's name, never a person's
/// ("the Stanley Cup").
pub const PRIZE_ENDS: &[&str] = &[
    "Cup", "Trophy", "Prize", "Award", "Medal", "Open", "Classic", "Bowl",
];

/// Last words that make a name the tagger read as a person's a body's,
/// however it began ("the Carter Center", "the Kennedy Foundation").
pub const PERSON_NAMED_BODY_ENDS: &[&str] = &[
    "Brothers",
    "Bros",
    "Center",
    "Centre",
    "Foundation",
    "Institute",
    "Party",
    "Group",
    "Corp",
    "Inc",
    "Ltd",
    "Company",
    "Council",
    "Committee",
    "Association",
    "University",
    "College",
    "Agency",
    "Ministry",
    "Department",
    "Commission",
    "Federation",
];

/// Head words of a political party's name ("Aleman's Liberal Alliance").
pub const PARTY_WORDS: &[&str] = &[
    "Party",
    "Alliance",
    "Front",
    "Movement",
    "League",
    "Congress",
    "Coalition",
    "Bloc",
];

/// Prepositions a relation's words may end in ("flew from", "met with").
pub const RELATION_PREPOSITIONS: &[&str] = &[
    "at", "in", "on", "to", "from", "of", "by", "with", "for", "into", "over", "against",
];

/// Portfolios that name a minister's or secretary's office ("Transport
/// Minister", "Energy Secretary") but also end bodies' names ("Siemens
/// Energy"): title words only right before "Minister" or "Secretary".
pub const PORTFOLIOS: &[&str] = &[
    "Transport",
    "Energy",
    "Industry",
    "Economy",
    "Communications",
    "Information",
    "Environment",
    "Housing",
    "Tourism",
    "Mines",
    "Oil",
    "Petroleum",
    "Planning",
    "Security",
    "Sports",
    "Youth",
    "Welfare",
    "Science",
    "Technology",
    "Fisheries",
    "Water",
    "Works",
    "Telecommunications",
    "Economic",
    "Economics",
    "Competition",
    "Agriculture",
    "Trade",
    "Budget",
    "Enlargement",
];

/// Whether a capitalised word is a day of the week or a month ("May"
/// aside: it is a name as often).
pub fn is_day_or_month(w: &str) -> bool {
    WEEKDAYS.contains(&w) || (MONTHS.contains(&w) && w != "May")
}

/// Whether a word heads a body's, a government's or a building's name
/// ("Bank", "Ministry", "Stadium"), so that a run ending in it names no
/// person.
pub fn heads_body(w: &str) -> bool {
    ORG_HEADS.contains(&w) || GOVERNMENT_HEADS.contains(&w) || FACILITY_HEADS.contains(&w)
}

/// Whether a word starts with a capital.
pub fn capitalised(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase)
}

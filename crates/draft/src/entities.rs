//! Mentions grouped into entities across the whole article: the same name
//! again, a surname after the full name ("Fink" after "Larry Fink"), an
//! acronym after its expansion ("GIP" after "Global Infrastructure
//! Partners"). Each entity gets a kind (a listed country or city, else a
//! region; a government body by its head words; a person or an
//! organisation as the tagger says) and a description from its titles. A
//! capital that acts ("Seoul hopes", "Seoul's Ministry of Science") is its
//! government, an entity of its own; "in Seoul" stays the city.

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::ops::Range;

use fact_explorer_core::authoring::slug;
use fact_explorer_core::model::EntityKind;

use crate::doc::Doc;
use crate::gum::Label;
use crate::lexicon::{self, Lexicon, List};
use crate::mentions::Mention;

/// An entity as the draft builds it: its mentions are token ranges, so
/// later passes can find it in the parse.
#[derive(Clone, Debug, PartialEq)]
pub struct Draft {
    pub id: String,
    pub name: String,
    pub kind: EntityKind,
    pub label: Label,
    pub aliases: Vec<String>,
    pub description: String,
    pub mentions: Vec<Range<usize>>,
    pub confidence: f32,
    /// Why the entity is what it is, when a rule made it (a government
    /// named by its capital).
    pub note: Option<String>,
}

/// The kind of a named thing from its words and the tagger's label.
pub fn kind_of(name: &str, label: Label, lexicon: &Lexicon) -> EntityKind {
    // A dateline in capitals ("LONDON 1996-12-07") is looked up as written
    // in title case.
    let titled_case: String;
    let name = if name.chars().filter(|c| c.is_alphabetic()).count() > 3
        && !name.chars().any(char::is_lowercase)
    {
        titled_case = lexicon::title_case(name);
        if lexicon.is_listed_place(&titled_case) {
            titled_case.as_str()
        } else {
            name
        }
    } else {
        name
    };
    if lexicon::ORG_NAMES.contains(&name) {
        return EntityKind::Organisation;
    }
    let place = || {
        if lexicon.contains(List::Country, name) {
            Some(EntityKind::Country)
        } else if matches!(name, "New York" | "Washington") {
            // The two states whose names mean the city far more often.
            Some(EntityKind::City)
        } else if lexicon.contains(List::Region, name) {
            Some(EntityKind::Region)
        } else if lexicon.contains(List::City, name) {
            Some(EntityKind::City)
        } else {
            None
        }
    };
    // "Fisht Stadium", "Adler Planetarium", "Kennedy Space Center": a
    // place people built, whatever the tagger read it as; not a titled
    // person ("Mr Hall", "President Park"), a given name and the head read
    // as a person ("Stuart Hall"; "Johnson Space Center" has a word
    // between), or a listed place ("Menlo Park").
    let words: Vec<&str> = name.split_whitespace().collect();
    if words.len() >= 2
        && words
            .last()
            .is_some_and(|w| lexicon::FACILITY_HEADS.contains(w))
        && !lexicon::is_title(words[0])
        && !(label == Label::Per
            && words.len() == 2
            && words.iter().any(|w| lexicon.contains(List::Given, w)))
        && place().is_none()
    {
        return EntityKind::Venue;
    }
    // "Corporacion Venezolana de Guayana", "Petroleos de Venezuela",
    // "Ministerio de Hacienda": a head-first body's word opens the name,
    // whatever the tagger read it as (a ministry is the government's).
    if words.len() >= 2 && lexicon::HEAD_FIRST_BODIES.contains(&words[0]) {
        return if words[0].starts_with("Minist") {
            EntityKind::GovernmentBody
        } else {
            EntityKind::Organisation
        };
    }
    match label {
        Label::Per => {
            // "Seoul" read as a person: a listed place that is nobody's name
            // is the place.
            let a_name = name
                .split_whitespace()
                .any(|w| lexicon.contains(List::Given, w) || lexicon.contains(List::Surname, w));
            // "State Department", "Labour Party" read as a person: a body's
            // head word at the end, no given name at the start.
            let words: Vec<&str> = name.split_whitespace().collect();
            // "a Kremlin spokesman": a government's one-word name.
            if words.len() == 1 && lexicon::GOVERNMENT_HEADS.contains(&name) {
                return EntityKind::GovernmentBody;
            }
            // "SBC Warburg", "BNP Paribas" read as a person: an acronym of
            // three letters or more opens a body's name, not a person's
            // (whose initials have two, or dots: "J.P.").
            if words.len() >= 2
                && (3..=5).contains(&words[0].len())
                && words[0].chars().all(|c| c.is_ascii_uppercase())
                && !lexicon.contains(List::Given, words[0])
            {
                return EntityKind::Organisation;
            }
            // "Thompson Bay", "Tana River" read as a person: a natural
            // feature's head word at the end, no given name at the start
            // ("Michael Bay" stays a person).
            if words.len() >= 2
                && !lexicon.contains(List::Given, words[0])
                && words.last().is_some_and(|w| {
                    matches!(
                        *w,
                        "Bay"
                            | "River"
                            | "Lake"
                            | "Island"
                            | "Islands"
                            | "Mountains"
                            | "Valley"
                            | "Peninsula"
                            | "Gulf"
                            | "Strait"
                            | "Canyon"
                            | "Desert"
                            | "Creek"
                    )
                })
            {
                return EntityKind::Region;
            }
            if words.len() >= 2
                && !lexicon.contains(List::Given, words[0])
                && !lexicon::HONORIFICS.contains(&words[0])
                && !lexicon::is_role(&words[0].to_lowercase())
            {
                let last = words[words.len() - 1];
                if lexicon::GOVERNMENT_HEADS.contains(&last) {
                    return EntityKind::GovernmentBody;
                }
                // ("State Duma": a body named by one word of its own.)
                if BODY_HEADS.contains(&last) || lexicon::ORG_NAMES.contains(&last) {
                    return EntityKind::Organisation;
                }
            }
            // "Siemens Energy" read as a person: words that are no given
            // name, ending in a common content word that is no surname,
            // are a body's name (not the commonest words, function words
            // most: "Doctor Who").
            let body = words.len() >= 2
                && !words.iter().any(|w| lexicon.contains(List::Given, w))
                && words.last().is_some_and(|w| {
                    (45..60).contains(&lexicon.word(&w.to_lowercase()).zipf)
                        && !lexicon.contains(List::Surname, w)
                        && !lexicon::is_title(w)
                });
            match place() {
                Some(kind) if !a_name => kind,
                _ if body => EntityKind::Organisation,
                _ => EntityKind::Person,
            }
        }
        Label::Org => {
            if lexicon.contains(List::Country, name) {
                EntityKind::Country
            } else if name
                .split_whitespace()
                .any(|w| lexicon::GOVERNMENT_HEADS.contains(&w))
            {
                EntityKind::GovernmentBody
            } else {
                EntityKind::Organisation
            }
        }
        Label::Loc => place().unwrap_or_else(|| {
            // "World Bank" read as a place: its head word says otherwise.
            let words: Vec<&str> = name.split_whitespace().collect();
            let last = words.last().copied().unwrap_or("");
            if words.first().is_some_and(|w| lexicon::is_title(w))
                && words.len() >= 2
                && !lexicon::GOVERNMENT_HEADS.contains(&last)
                && !BODY_HEADS.contains(&last)
                && !lexicon::ORG_NAMES.contains(&last)
            {
                // "Mr Key", "Home Secretary Suella Braverman".
                EntityKind::Person
            } else if lexicon::ORG_NAMES.contains(&last) {
                // "State Duma".
                EntityKind::Organisation
            } else if words.len() >= 3
                && ((1..words.len() - 1).any(|k| {
                    matches!(words[k], "of" | "for")
                        && (lexicon::ORG_HEADS.contains(&words[k - 1])
                            || lexicon::GOVERNMENT_HEADS.contains(&words[k - 1]))
                })
                    // "Centre for Asia Pacific Aviation", not "Center of
                    // the Universe": a centre "for" something is a body.
                    || (words[1] == "for" && matches!(words[0], "Centre" | "Center")))
            {
                // "Organisation for Security and Cooperation in Europe",
                // "Council of Europe", "Patriotic Union of Kurdistan": a
                // body's head word before its "of" or "for".
                if lexicon::GOVERNMENT_HEADS.contains(&words[0]) {
                    EntityKind::GovernmentBody
                } else {
                    EntityKind::Organisation
                }
            } else if lexicon::GOVERNMENT_HEADS.contains(&last) {
                EntityKind::GovernmentBody
            } else if lexicon::ORG_HEADS.contains(&last)
                || (words.len() >= 2
                    && !lexicon::GEOGRAPHIC_HEADS.contains(&last)
                    && !lexicon::GEOGRAPHIC_HEADS.contains(&words[0])
                    && !words.iter().any(|w| {
                        lexicon.contains(List::Country, w)
                            || lexicon.contains(List::Region, w)
                            || lexicon.contains(List::City, w)
                            || PLACE_PREFIXES.contains(w)
                    }))
            {
                // "Siemens Energy": words that name no place, ending in no
                // word places end in, are a body's name.
                EntityKind::Organisation
            } else if words.len() == 1 && camel_case(last) {
                // "OpenAI", "PayPal", "YouTube": places are not spelt so.
                EntityKind::Organisation
            } else if words.len() == 1
                && (3..=6).contains(&last.chars().count())
                && last.chars().all(|c| c.is_ascii_uppercase())
                && !lexicon.is_listed_place(&lexicon::title_case(last))
            {
                // "UNHCR", "NATO": letters that are in no list of places
                // (those are: "US", "UAE", "USSR"), and no place's name
                // shouted ("FRANKFURT" in a dateline), are a body's.
                EntityKind::Organisation
            } else {
                EntityKind::Region
            }
        }),
    }
}

/// Last words that make a name a body's even where the tagger read a
/// person (people are seldom called so: not "Post", "Press" or "Times").
const BODY_HEADS: &[&str] = &[
    "Bank",
    "Party",
    "Company",
    "Corporation",
    "University",
    "Institute",
    "Association",
    "Organization",
    "Organisation",
    "Foundation",
    "Union",
    "Federation",
    "Committee",
    "Movement",
    "Front",
    "Corp",
    "Corp.",
    "Inc",
    "Inc.",
];

/// First words of places' names ("San Jose", "Fort Worth").
const PLACE_PREFIXES: &[&str] = &[
    "San", "Santa", "Santo", "São", "Los", "Las", "Saint", "St.", "Fort", "Port", "Mount", "Lake",
    "El", "Al", "Abu", "New", "North", "South", "East", "West", "Upper", "Lower", "Great",
    "Little", "Old",
];

/// A capital after small letters inside a word ("OpenAI", "PayPal"): two
/// small letters at least before it, and no hyphen, so "McAllen",
/// "DeKalb", "LaGrange" and "KwaZulu-Natal" stay places.
fn camel_case(word: &str) -> bool {
    let c: Vec<char> = word.chars().collect();
    !word.contains('-')
        && (2..c.len())
            .any(|i| c[i].is_uppercase() && c[i - 1].is_lowercase() && c[i - 2].is_lowercase())
        && ![
            "Mc", "Mac", "De", "Di", "Da", "La", "Le", "Van", "Von", "Al", "El",
        ]
        .iter()
        .any(|p| word.starts_with(p) && word[p.len()..].starts_with(char::is_uppercase))
}

/// A company's name without its legal form ("BlackRock Inc." →
/// "BlackRock").
fn corporate_stem(name: &str) -> &str {
    for suffix in lexicon::LEGAL_FORMS {
        if let Some(stem) = name.strip_suffix(suffix).and_then(|s| s.strip_suffix(' ')) {
            if !stem.is_empty() {
                return stem.trim_end_matches(',');
            }
        }
    }
    name
}

/// A name's initials; an acronym inside it counts whole ("UN Security
/// Council" is "UNSC"), a legal form not at all.
fn initials(words: &str) -> String {
    words
        .split_whitespace()
        // "British Airways Plc" is "BA".
        .filter(|w| !lexicon::LEGAL_FORMS.contains(w))
        .filter_map(|w| {
            if w.len() > 1 && w.chars().all(|c| c.is_uppercase() || c == '.') {
                Some(w.replace('.', ""))
            } else {
                w.chars()
                    .next()
                    .filter(|c| c.is_uppercase())
                    .map(String::from)
            }
        })
        .collect()
}

/// Groups mentions into entities.
/// A person named with a title ("President Yasser Arafat") is a person
/// whatever the entity's other mentions were read as: its vote counts more.
fn titled(m: &Mention) -> f32 {
    if m.label == Label::Per && m.title.is_some() {
        1.0
    } else {
        0.0
    }
}

pub fn cluster(doc: &Doc, mentions: &[Mention], lexicon: &Lexicon) -> Vec<Draft> {
    struct Group {
        name: String,
        /// The label of the mention that opened it.
        label: Label,
        spans: Vec<Range<usize>>,
        titles: Vec<String>,
        aliases: Vec<String>,
        confidence: Vec<f32>,
        /// Votes for each label, by the tagger's confidence.
        votes: [f32; 3],
    }
    impl Group {
        /// Takes in another group named by a shorter form of this one's
        /// name (a surname, an acronym): its mentions, titles, votes (when
        /// the tagger typed it alike) and its name as an alias.
        fn absorb(&mut self, g: Group) {
            self.spans.extend(g.spans);
            self.confidence.extend(g.confidence);
            // (A short form the tagger typed otherwise does not retype
            // the fuller name: "Ershad" taken for a place, "Lehman" for a
            // person.)
            if g.label == self.label {
                for (v, w) in self.votes.iter_mut().zip(g.votes) {
                    *v += w;
                }
            }
            self.titles.extend(g.titles);
            if !self.aliases.contains(&g.name) {
                self.aliases.push(g.name);
            }
            self.aliases.extend(g.aliases);
        }
    }
    let mut groups: Vec<Group> = Vec::new();
    let mut by_name: HashMap<String, usize> = HashMap::default();
    let standard = standard_country_names(doc, mentions);
    let named = names_in(doc, mentions);
    // (group, start token) of every span taken.
    let mut seen: HashSet<(usize, usize)> = HashSet::default();
    // Indexes of the groups, so each mention looks up the groups it could
    // join instead of going through them all (linear in the document's
    // length, issue 26): the first group by its name in capitals; the
    // people's groups by each word of their names, as written and in
    // capitals; the groups of several words by their initials.
    let mut by_upper: HashMap<String, usize> = HashMap::default();
    let mut people_by_word: HashMap<String, Vec<usize>> = HashMap::default();
    let mut by_initials: HashMap<String, usize> = HashMap::default();
    // Bodies by their name after a town's ("Red Wings" of "Detroit Red
    // Wings").
    let mut by_nickname: HashMap<String, usize> = HashMap::default();
    // Bodies by their name's last word, or the part before a hyphen
    // ("Globo" of "Organizacoes Globo", "Mapei" of "Mapei-GB").
    let mut by_last_word: HashMap<String, Vec<usize>> = HashMap::default();
    // And every group by its name's first word (up to a space or a
    // hyphen): a body's name cut short begins with it.
    let mut by_first_word: HashMap<String, Vec<usize>> = HashMap::default();
    let first_word = |name: &str| name.split([' ', '-']).next().unwrap_or("").to_string();
    // "Singapore Airlines Ltd (SIA)": an acronym in brackets right after a
    // body's name is that body's, whatever its letters spell; the last
    // mention's end and group, and the acronyms so defined.
    let mut last: Option<(usize, usize)> = None;
    let mut bracketed: HashMap<String, usize> = HashMap::default();
    // ("CPI-M" too: a hyphen between capitals.)
    let acronym = |w: &str| {
        (2..=8).contains(&w.len())
            && w.starts_with(|c: char| c.is_ascii_uppercase())
            && !w.ends_with('-')
            && w.chars()
                .all(|c| c.is_ascii_uppercase() || c == '.' || c == '&' || c == '-')
    };
    // A person's title: the capitalised one the name was written with, or
    // a role in lower case right before it ("European Union envoy Miguel
    // Angel Moratinos": what "the envoy" stands for).
    let title_of = |m: &Mention| -> Option<String> {
        if let Some(t) = &m.title {
            return Some(doc.span_text(t.clone()).to_string());
        }
        let before = m.tokens.start.checked_sub(1)?;
        // Or a capitalised title the tagger left outside the name, after a
        // place's ("Ohio Governor Mark Dunn": "Ohio" a place, "Mark Dunn"
        // a person, "Governor" neither).
        let mut first = m.tokens.start;
        while first > 0
            && m.tokens.start - first < 3
            && lexicon::is_title(doc.word(first - 1))
            && doc.word(first - 1).starts_with(char::is_uppercase)
            && doc.sentence_of[first - 1] == doc.sentence_of[m.tokens.start]
        {
            first -= 1;
        }
        if m.label == Label::Per && first < m.tokens.start {
            return Some(doc.span_text(first..m.tokens.start).to_string());
        }
        (m.label == Label::Per
            && doc.word(before).starts_with(char::is_lowercase)
            && doc.tags[before].is_noun()
            && lexicon::ROLES.contains(&doc.lower[before].as_str()))
        .then(|| doc.word(before).to_string())
    };
    for m in mentions {
        let words = doc.span_text(m.tokens.clone()).to_string();
        // "BlackRock Inc." is "BlackRock".
        let mut key = corporate_stem(&words).to_string();
        // A name in capitals ("LEE'S ITINERARY") is the same name in title
        // case.
        if words.chars().any(char::is_alphabetic) && !words.chars().any(char::is_lowercase) {
            if let Some(&g) = by_upper.get(&words) {
                key.clone_from(&groups[g].name);
            }
        }
        // "Korea Republic", "Korea" after "South Korea": the country's
        // name in the article.
        if let Some(name) = standard.get(words.as_str()) {
            key.clone_from(name);
        }
        let mut home = by_name.get(&words).or_else(|| by_name.get(&key)).copied();
        // And the name in title case after it in capitals (a headline's
        // "ASTON VILLA", then "Aston Villa"): the group takes this name.
        let mut out_of_caps = false;
        if home.is_none() && words.contains(' ') && words.chars().any(char::is_lowercase) {
            if let Some(&g) = by_upper.get(&words.to_uppercase()) {
                if !groups[g].name.chars().any(char::is_lowercase) {
                    home = Some(g);
                    out_of_caps = true;
                }
            }
        }
        // "Bob King" after "Robert King"; "Ron" alone after "Ronald Floto".
        if home.is_none() && m.label == Label::Per {
            let mut split = words.splitn(2, ' ');
            let given = split.next().unwrap_or("");
            let rest = split.next();
            for formal in lexicon::formal_names(given) {
                home = match rest {
                    Some(rest) => by_name.get(&format!("{formal} {rest}")).copied(),
                    None => people_by_word
                        .get(*formal)
                        .and_then(|gs| match gs.as_slice() {
                            [g] => Some(*g),
                            _ => None,
                        }),
                };
                if home.is_some() {
                    break;
                }
            }
        }
        if m.tokens.len() == 1 && acronym(&words) {
            let s = m.tokens.start;
            let in_brackets = s >= 1
                && doc.word(s - 1) == "("
                && m.tokens.end < doc.len()
                && doc.word(m.tokens.end) == ")";
            match last {
                Some((end, g)) if in_brackets && end + 1 == s && groups[g].label != Label::Per => {
                    home = Some(g);
                    bracketed.insert(words.clone(), g);
                }
                _ => {
                    if let Some(&g) = bracketed.get(&words) {
                        home = Some(g);
                    }
                }
            }
        }
        // The label the mention votes for its entity, and how strongly. A
        // name after an honorific is a person's, whatever the other
        // mentions were read as ("Sheikh Hasina").
        let mut vote = m.label;
        let mut weight = 0.1 + m.confidence + titled(m);
        // A person's name that opens with a listed given name and goes on
        // with a surname is surer than the tagger's reading of it on a
        // results line ("3. Rolf Sorensen (Denmark) Rabobank 11").
        if vote == Label::Per
            && m.tokens.len() >= 2
            && lexicon.contains(List::Given, doc.word(m.tokens.start))
        {
            weight += 0.5;
        }
        if m.title.as_ref().is_some_and(|t| {
            t.clone()
                .any(|k| lexicon::HONORIFICS.contains(&doc.word(k)))
        }) {
            vote = Label::Per;
            weight += 3.0;
        }
        // A surname (or given name) alone: the last person whose name has it.
        // (Whatever type the tagger gave the word: "Cha" after "Cha Ji-ho";
        // it then votes as a person's name: "Hasina" read as a place.)
        if home.is_none()
            && m.tokens.len() == 1
            && (m.label == Label::Per || !lexicon.contains(List::Country, &words))
        {
            home = people_by_word
                .get(&words)
                .and_then(|gs| gs.iter().rev().copied().find(|&g| groups[g].name != words));
            if home.is_some() {
                vote = Label::Per;
            }
        }
        // "De Charette" opening a sentence after "Herve de Charette": a
        // particle and a surname, the particle capitalised.
        if home.is_none() && m.tokens.len() == 2 {
            let first = doc.word(m.tokens.start);
            let last = doc.word(m.tokens.start + 1);
            let lower = first.to_lowercase();
            if first != lower && lexicon::NAME_PARTICLES.contains(&lower.as_str()) {
                let tail = format!(" {lower} {last}");
                home = people_by_word.get(last).and_then(|gs| {
                    gs.iter()
                        .rev()
                        .copied()
                        .find(|&g| groups[g].name.ends_with(&tail))
                });
            }
        }
        // "Munoz Rocha" after "Manuel Munoz Rocha", "Carlos Salinas" after
        // "Carlos Salinas de Gortari": two or more words of a person's
        // name that end or begin the longer name of an earlier person.
        if home.is_none() && m.tokens.len() >= 2 && m.label == Label::Per {
            // (By the name's words as written: "Schmidt-Chiari" is one.)
            let last = words.split_whitespace().last().unwrap_or("");
            let first = words.split_whitespace().next().unwrap_or("");
            let (tail, head) = (format!(" {words}"), format!("{words} "));
            let longer = |g: usize| {
                let name = &groups[g].name;
                name.ends_with(&tail) || name.starts_with(&head)
            };
            home = people_by_word
                .get(last)
                .and_then(|gs| gs.iter().rev().copied().find(|&g| longer(g)))
                .or_else(|| {
                    people_by_word
                        .get(first)
                        .and_then(|gs| gs.iter().rev().copied().find(|&g| longer(g)))
                });
        }
        // "Creditanstalt" after "Creditanstalt-Bankverein", "Banca
        // Commerciale" after "Banca Commerciale Italiana": a body's name cut
        // short at a hyphen or after two words or more.
        let mut longer_name = false;
        if home.is_none() && m.label != Label::Per {
            let hyphen = format!("{words}-");
            let head = format!("{words} ");
            // (And the longer name after the short one: "Creditanstalt" in
            // a headline, then "Creditanstalt-Bankverein".)
            let short = words.split_once('-').map(|(a, _)| a.to_string());
            let first_two: Option<String> = {
                let w: Vec<&str> = words.split_whitespace().collect();
                (w.len() >= 3).then(|| w[..2].join(" "))
            };
            // (Not a place's name that begins a body's: "United States
            // Navy", "New Zealand Herald".)
            let candidates = by_first_word
                .get(&first_word(&words))
                .map_or(&[][..], Vec::as_slice);
            let fits = |h: usize| {
                let g = &groups[h];
                g.votes[Label::Per as usize] == 0.0
                    && !lexicon.is_listed_place(&g.name)
                    && !lexicon.is_listed_place(&words)
                    && (g.name.starts_with(&hyphen)
                        || (m.tokens.len() >= 2 && g.name.starts_with(&head))
                        || short.as_deref() == Some(g.name.as_str())
                        || first_two.as_deref() == Some(g.name.as_str()))
            };
            home = candidates.iter().rev().copied().find(|&h| fits(h));
            // "Newcastle United" after "Newcastle" read as the club: a town's
            // name and a body's head word are the body the town's name was.
            if home.is_none() && m.tokens.len() == 2 {
                let head_word = doc.word(m.tokens.end - 1);
                let town = doc.word(m.tokens.start);
                if lexicon::ORG_HEADS.contains(&head_word) {
                    home = candidates.iter().rev().copied().find(|&h| {
                        !seen.contains(&(h, m.tokens.start))
                            && groups[h].name == town
                            && groups[h].label == Label::Org
                            && groups[h].votes[Label::Per as usize] == 0.0
                    });
                }
            }
            // "Telefonica" after "Telefonica de Espana SA": one word that
            // opens the name of one body only, a company's (a legal form
            // ends it) or one of three words or more.
            // (A town's name read as a body opens a club's: "Newcastle"
            // after "Newcastle United".)
            if home.is_none() && m.tokens.len() == 1 {
                let place = lexicon.is_listed_place(&words);
                let opens: Vec<usize> = candidates
                    .iter()
                    .copied()
                    .filter(|&h| {
                        let g = &groups[h];
                        let club = m.label == Label::Org
                            && g.name.split_whitespace().count() == 2
                            && g.name
                                .split_whitespace()
                                .last()
                                .is_some_and(|w| lexicon::ORG_HEADS.contains(&w));
                        // (Not the acronym nested in the name itself: "BBC" of
                        // "BBC News".)
                        !seen.contains(&(h, m.tokens.start))
                            && g.votes[Label::Per as usize] == 0.0
                            && g.name.starts_with(&head)
                            && !part_of_the_body(&words, &g.name)
                            && ((!place
                                && (corporate_stem(&g.name) != g.name
                                    || g.name.split_whitespace().count() >= 3))
                                || club)
                    })
                    .collect();
                if let [h] = opens.as_slice() {
                    home = Some(*h);
                }
            }
            longer_name = home.is_some_and(|h| words.len() > groups[h].name.len());
        }
        // "Globo gives it a local face" after "Organizacoes Globo", read as
        // a person: one word that ends one body's name only, or opens it
        // before a hyphen, and names no person and is no given name, is
        // that body.
        if home.is_none()
            && m.label == Label::Per
            && m.tokens.len() == 1
            && !people_by_word.contains_key(&words)
            && !lexicon.contains(List::Given, &words)
        {
            if let Some([h]) = by_last_word.get(&words).map(Vec::as_slice) {
                if groups[*h].votes[Label::Per as usize] == 0.0 {
                    home = Some(*h);
                    vote = Label::Org;
                }
            }
        }
        // A team's nickname after its town and nickname: "the Red Wings"
        // after "the Detroit Red Wings".
        if home.is_none() && m.label == Label::Org {
            home = by_nickname.get(&words).copied();
        }
        // An acronym of an earlier name: "GIP".
        if home.is_none() && words.len() >= 2 && words.chars().all(|c| c.is_uppercase() || c == '.')
        {
            let plain: String = words.chars().filter(|c| *c != '.').collect();
            home = by_initials.get(&plain).copied();
        }
        last = Some((m.tokens.end, home.unwrap_or(groups.len())));
        match home {
            Some(h) => {
                let g = &mut groups[h];
                if seen.insert((h, m.tokens.start)) {
                    g.spans.push(m.tokens.clone());
                    g.confidence.push(m.confidence);
                    g.votes[vote as usize] += weight;
                }
                if longer_name || out_of_caps {
                    // The body is named by its fuller name.
                    let short = std::mem::replace(&mut g.name, words.clone());
                    g.aliases.retain(|a| *a != words);
                    if !g.aliases.contains(&short) {
                        g.aliases.push(short);
                    }
                    by_name.insert(words.clone(), h);
                } else if words != g.name && !g.aliases.contains(&words) {
                    g.aliases.push(words.clone());
                }
                if let Some(t) = title_of(m) {
                    g.titles.push(t);
                }
            }
            None => {
                by_name.insert(words.clone(), groups.len());
                by_name.insert(key.clone(), groups.len());
                seen.insert((groups.len(), m.tokens.start));
                // Filed under the country's name when the article gives it.
                // A place in capitals ("NEW YORK" in a dateline) under its
                // name as the story writes it.
                let shouted_place = !words.chars().any(char::is_lowercase)
                    && words.chars().filter(|c| c.is_alphabetic()).count() > 3
                    && lexicon.is_listed_place(&lexicon::title_case(&words));
                let (name, aliases) = match standard.get(words.as_str()) {
                    Some(name) if named.contains(name.as_str()) => (name.clone(), vec![words]),
                    _ if shouted_place => {
                        let name = lexicon::title_case(&words);
                        by_name.insert(name.clone(), groups.len());
                        (name, vec![words])
                    }
                    _ => (words, Vec::new()),
                };
                let g = groups.len();
                by_upper.entry(name.to_uppercase()).or_insert(g);
                by_first_word.entry(first_word(&name)).or_default().push(g);
                if m.label == Label::Per {
                    // ("Naimi" of "Ali al-Naimi" too: a particle joined by
                    // a hyphen.)
                    let words = name.split_whitespace().flat_map(|w| {
                        let bare = w
                            .split_once('-')
                            .filter(|(p, rest)| {
                                lexicon::NAME_PARTICLES.contains(p) && !rest.is_empty()
                            })
                            .map(|(_, rest)| rest);
                        std::iter::once(w).chain(bare)
                    });
                    for w in words {
                        for w in [w.to_string(), w.to_uppercase()] {
                            let gs = people_by_word.entry(w).or_default();
                            if gs.last() != Some(&g) {
                                gs.push(g);
                            }
                        }
                    }
                }
                if name.contains(' ') {
                    by_initials.insert(initials(&name), g);
                }
                if m.label == Label::Org {
                    // (Of a short name only: a long one may have run into
                    // a person's, "University of Texas Arlington Amneh
                    // Jafari".)
                    let short = (2..=3).contains(&name.split_whitespace().count());
                    let last = name.rsplit(' ').next().unwrap_or("");
                    let part = name.split_once('-').map(|(a, _)| a);
                    let plain = corporate_stem(&name) == name;
                    for w in [Some(last).filter(|_| short), part].into_iter().flatten() {
                        if plain && lexicon::capitalised(w) && !lexicon::ORG_HEADS.contains(&w) {
                            by_last_word.entry(w.to_string()).or_default().push(g);
                        }
                    }
                    let words: Vec<&str> = name.split(' ').collect();
                    if let Some(n) = (1..words.len().min(4))
                        .find(|&n| lexicon.is_listed_place(&words[..n].join(" ")))
                    {
                        by_nickname.entry(words[n..].join(" ")).or_insert(g);
                    }
                }
                groups.push(Group {
                    name,
                    label: m.label,
                    spans: vec![m.tokens.clone()],
                    titles: title_of(m).into_iter().collect(),
                    aliases,
                    confidence: vec![m.confidence],
                    votes: {
                        let mut v = [0.0; 3];
                        v[vote as usize] = weight;
                        v
                    },
                });
            }
        }
    }
    // A surname named before the full name ("Mandela to visit Libya" in a
    // headline, "Nelson Mandela" in the story) is that person's, when one
    // person only has it.
    let mut k = 0;
    while k < groups.len() {
        let g = &groups[k];
        // (A surname the tagger took for a place it does not list is the
        // person's too: "Ershad's Jatiya Party" in a headline.)
        // (Or for a body: "ex-army chief Discua" in a headline, then "Luis
        // Alonso Discua Elvir".)
        let unlisted_place = (g.label == Label::Loc && !lexicon.is_listed_place(&g.name))
            || (g.label == Label::Org
                && !lexicon::heads_body(&g.name)
                && (g.name.chars().skip(1).all(char::is_lowercase)
                    // ("KAFELNIKOV" in a shouted headline.)
                    || !g.name.chars().any(char::is_lowercase)));
        let lone = !g.name.contains(' ')
            && (g.label != Label::Loc
                || unlisted_place
                || lexicon::GOVERNMENT_HEADS.contains(&g.name.as_str())
                || lexicon::ORG_HEADS.contains(&g.name.as_str()));
        // (And "the Commission" is the European Commission, before or after
        // it, when one body's name ends so.)
        let range: Vec<usize> = if g.label == Label::Per {
            (k + 1..groups.len()).collect()
        } else {
            (0..groups.len()).filter(|&h| h != k).collect()
        };
        let holders: Vec<usize> = if lone {
            range
                .into_iter()
                .filter(|&h| {
                    ((groups[h].label == Label::Per) == (g.label == Label::Per)
                        || (unlisted_place && groups[h].label == Label::Per))
                        && groups[h].name.contains(' ')
                        && groups[h]
                            .name
                            .split_whitespace()
                            // (Any word but the first: "Discua" of "Luis
                            // Alonso Discua Elvir", two surnames.)
                            .skip(1)
                            .any(|last| {
                                last == g.name
                                // ("LEHMAN" in a shouted headline.)
                                || (!g.name.chars().any(char::is_lowercase)
                                    && last == lexicon::title_case(&g.name))
                            })
                })
                .collect()
        } else {
            Vec::new()
        };
        let [h] = holders.as_slice() else {
            k += 1;
            continue;
        };
        let h = *h;
        let g = groups.remove(k);
        let full = &mut groups[if h > k { h - 1 } else { h }];
        full.absorb(g);
    }
    // "Lehman's public finance department" after "Lehman Brothers": a
    // word the tagger took for a person that no person's name ends with,
    // and that opens the name of one body only, is that body.
    // (Indexed: the surnames of people, the bodies by first word.)
    let surnames: HashSet<String> = groups
        .iter()
        .filter(|h| h.label == Label::Per && h.name.contains(' '))
        .filter_map(|h| h.name.split_whitespace().last().map(str::to_string))
        .collect();
    let mut bodies_by_first: HashMap<String, Vec<usize>> = HashMap::default();
    for (h, g) in groups.iter().enumerate() {
        if g.label == Label::Org && g.name.contains(' ') {
            if let Some(w) = g.name.split_whitespace().next() {
                bodies_by_first.entry(w.to_string()).or_default().push(h);
            }
        }
    }
    let mut into: Vec<(usize, usize)> = Vec::new();
    for (k, g) in groups.iter().enumerate() {
        if g.label == Label::Per
            && !g.name.contains(' ')
            && g.name.len() > 2
            && !surnames.contains(&g.name)
        {
            if let Some([h]) = bodies_by_first.get(&g.name).map(Vec::as_slice) {
                into.push((k, *h));
            }
        }
    }
    if !into.is_empty() {
        let mut slots: Vec<Option<Group>> = groups.into_iter().map(Some).collect();
        for (k, h) in into {
            // (A person's group is never a body's: k and h differ in kind.)
            if let Some(g) = slots[k].take() {
                if let Some(full) = slots[h].as_mut() {
                    full.absorb(g);
                }
            }
        }
        groups = slots.into_iter().flatten().collect();
    }
    // An acronym named before its expansion ("EU budget" in a headline,
    // "the European Union" in the story) is the expansion's.
    let mut k = 0;
    while k < groups.len() {
        let g = &groups[k];
        let acronym = g.name.len() >= 2
            && !g.name.contains(' ')
            && g.name.chars().all(|c| c.is_uppercase() || c == '.');
        let plain: String = g.name.chars().filter(|c| *c != '.').collect();
        let expansion = acronym
            .then(|| {
                (k + 1..groups.len()).find(|&h| {
                    groups[h].name.contains(' ')
                        && groups[h].label != Label::Per
                        && initials(&groups[h].name) == plain
                })
            })
            .flatten();
        let Some(h) = expansion else {
            k += 1;
            continue;
        };
        let g = groups.remove(k);
        let full = &mut groups[h - 1];
        full.absorb(g);
    }
    let mut used: HashSet<String> = HashSet::default();
    groups
        .into_iter()
        .map(|g| {
            let mut spans = g.spans;
            fact_explorer_core::sort::sort_by_key(&mut spans, |s| s.start);
            // Sure of an entity named several times; of one named once, as
            // sure as the tagger was.
            let best = g.confidence.iter().copied().fold(0.0f32, f32::max);
            // The label most of the entity's mentions were given; a legal
            // form makes it an organisation.
            let mut label =
                Label::ALL[(0..3).fold(0, |b, k| if g.votes[k] > g.votes[b] { k } else { b })];
            if corporate_stem(&g.name) != g.name
                || g.aliases.iter().any(|a| corporate_stem(a) != a)
                || lexicon::names_a_bank(&g.name)
            {
                label = Label::Org;
            }
            let confidence = (best + 0.1 * (spans.len() as f32 - 1.0)).min(0.99);
            Draft {
                id: unique_id(&mut used, &slug(&g.name)),
                kind: kind_of(&g.name, label, lexicon),
                label,
                name: g.name,
                aliases: g.aliases,
                description: g.titles.first().cloned().unwrap_or_default(),
                mentions: spans,
                confidence,
                note: None,
            }
        })
        .collect()
}

fn names_in<'a>(doc: &'a Doc, mentions: &[Mention]) -> HashSet<&'a str> {
    mentions
        .iter()
        .map(|m| doc.span_text(m.tokens.clone()))
        .collect()
}

/// The name each other name of a country in the article stands for:
/// [`lexicon::COUNTRY_NAMES`], and a [`lexicon::SHORT_FORMS`] short form
/// when the article names exactly one of its long forms.
fn standard_country_names(doc: &Doc, mentions: &[Mention]) -> HashMap<String, String> {
    let named = names_in(doc, mentions);
    let standard = lexicon::country_name;
    let standards: HashSet<&str> = named.iter().map(|w| standard(w)).collect();
    let mut out = HashMap::default();
    for w in &named {
        if standard(w) != *w {
            out.insert(w.to_string(), standard(w).to_string());
        }
    }
    for (short, long) in lexicon::SHORT_FORMS {
        let mut longs = long.iter().filter(|l| standards.contains(**l));
        if let (Some(l), None) = (longs.next(), longs.next()) {
            out.insert(short.to_string(), l.to_string());
        }
    }
    out
}

/// `base`, or `base_2`, `base_3`… the first not in `used` (which then
/// holds it).
pub fn unique_id(used: &mut HashSet<String>, base: &str) -> String {
    let base = if base.is_empty() { "entity" } else { base };
    let mut id = base.to_string();
    let mut n = 1;
    while !used.insert(id.clone()) {
        n += 1;
        id = format!("{base}_{n}");
    }
    id
}

/// Whether the capital mentioned at `m` acts as its government: the
/// subject of a governing verb ("Seoul hopes"), the owner of a ministry
/// or a position ("Seoul's Ministry"), or half of a pair of capitals
/// ("the Seoul-Washington alliance").
fn governing(doc: &Doc, m: &Range<usize>) -> bool {
    let head = m.end - 1;
    // "a spokesman in Brussels said": a place after its preposition.
    if m.start > 0 && matches!(doc.lower[m.start - 1].as_str(), "in" | "from" | "at" | "to") {
        return false;
    }
    if let Some(h) = doc.heads[head] {
        if doc.deps[head].is("nsubj") && lexicon::GOVERNING_VERBS.contains(&doc.lemmas[h].as_str())
        {
            return true;
        }
    }
    let next = |k: usize| (m.end + k < doc.len()).then(|| doc.lower[m.end + k].as_str());
    if matches!(next(0), Some("'s" | "’s"))
        && next(1).is_some_and(|w| lexicon::GOVERNED_THINGS.contains(&w))
    {
        return true;
    }
    let capital = |i: usize| lexicon::CAPITALS.iter().any(|(c, _)| *c == doc.word(i));
    let dash = |i: usize| matches!(doc.word(i), "-" | "–");
    (m.end + 1 < doc.len()
        && dash(m.end)
        && capital(m.end + 1)
        && doc.tokens[m.end].start == doc.tokens[head].end)
        || (m.start >= 2
            && dash(m.start - 1)
            && capital(m.start - 2)
            && doc.tokens[m.start - 1].end == doc.tokens[m.start].start)
}

/// A capital standing for its government becomes a government body of its
/// own ("Government of South Korea", alias "Seoul"): the mentions where
/// the capital acts move to it; the ones where it is a place stay.
/// "Banca Commerciale Italiana, which is known as Comit", "the Alliance,
/// known as the ADFL": the name after "known as" is another name of the
/// one before, not a second entity (its mentions and name go to the first,
/// and the first keeps its kind).
pub fn merge_known_as(doc: &Doc, entities: &mut Vec<Draft>) {
    let mut entity_at: HashMap<usize, usize> = HashMap::default();
    for (e, d) in entities.iter().enumerate() {
        for m in &d.mentions {
            entity_at.insert(m.start, e);
            entity_at.insert(m.end - 1, e);
        }
    }
    let mut into: Vec<(usize, usize)> = Vec::new();
    for k in 1..doc.len().saturating_sub(2) {
        if !(doc.lower[k] == "known" && doc.lower[k + 1] == "as") {
            continue;
        }
        let mut b = k + 2;
        if b < doc.len() && doc.lower[b] == "the" {
            b += 1;
        }
        let Some(&second) = entity_at.get(&b) else {
            continue;
        };
        // Back over "which is", "also", "," and "(" to the first name's end.
        let mut a = k;
        while a > 0
            && a + 4 > k
            && matches!(
                doc.lower[a - 1].as_str(),
                "which" | "is" | "was" | "also" | "," | "(" | "widely" | "popularly" | "better"
            )
        {
            a -= 1;
        }
        let Some(&first) = a.checked_sub(1).and_then(|t| entity_at.get(&t)) else {
            continue;
        };
        // (Whatever kind the second name was given alone: "known as" says
        // it is the first's.)
        if first != second && a < k && doc.sentence_of[a] == doc.sentence_of[b] {
            into.push((second, first));
        }
    }
    merge_into(entities, into);
}

/// Moves each `from` entity's mentions, name and aliases into its `to`.
fn merge_into(entities: &mut Vec<Draft>, into: Vec<(usize, usize)>) {
    if into.is_empty() {
        return;
    }
    let mut gone = vec![false; entities.len()];
    for (from, to) in into {
        if gone[from] || gone[to] {
            continue;
        }
        let moved = std::mem::take(&mut entities[from].mentions);
        let name = entities[from].name.clone();
        let aliases = std::mem::take(&mut entities[from].aliases);
        let e = &mut entities[to];
        e.mentions.extend(moved);
        fact_explorer_core::sort::sort_by_key(&mut e.mentions, |m| m.start);
        for a in std::iter::once(name).chain(aliases) {
            if a != e.name && !e.aliases.contains(&a) {
                e.aliases.push(a);
            }
        }
        gone[from] = true;
    }
    let mut k = 0;
    entities.retain(|_| {
        k += 1;
        !gone[k - 1]
    });
}

/// "Unions take strike to Hyundai shipyards" in a headline, then "Hyundai
/// Heavy Industries": one word, read as no person, that opens the name of
/// bodies the article names in full is a body: the one, when it opens
/// one name only or one company's name with its legal form (its mentions
/// and name go to it), else a body of its own ("Hyundai" beside "Hyundai
/// Heavy Industries" and "Hyundai Motor Co"). Not a country, nor a listed
/// town but before a company's name with its legal form.
pub fn merge_short_bodies(entities: &mut Vec<Draft>, lexicon: &Lexicon) {
    let mut into = Vec::new();
    for e in 0..entities.len() {
        let d = &entities[e];
        // (A person by one word no list gives as a given name, with no
        // title, that opens a company's name is the company: "Laurentian"
        // of "Laurentian Nickel Corp".)
        let person = d.kind == EntityKind::Person
            && (lexicon.contains(List::Given, &d.name) || !d.description.is_empty());
        if d.name.contains(' ')
            || person
            || d.kind == EntityKind::Country
            || !d.name.chars().any(char::is_lowercase)
        {
            continue;
        }
        // A listed town opens only a company's name with its legal form
        // ("Toyota" of "Toyota Motor Corp"; "Seoul" of "Seoul National
        // University" stays the city).
        // (A town the text calls a team is its team's: "Detroit" of the
        // "Detroit Red Wings".)
        let town = lexicon.is_listed_place(&d.name) && d.kind != EntityKind::Organisation;
        let head = format!("{} ", d.name);
        // (Or opens it before a hyphen: "Daimler" of "Daimler-Benz AG";
        // not a place's name: a town's people and a company named for it
        // are two.)
        let hyphened = format!("{}-", d.name);
        // (Or ends a company's name before its legal form: "Lufthansa" of
        // "Deutsche Lufthansa AG".)
        let tail = format!(" {}", d.name);
        let opens: Vec<usize> = (0..entities.len())
            .filter(|&h| {
                let name = &entities[h].name;
                let stem = corporate_stem(name);
                // (Nor a club named by a word and its city: "Sparta" of
                // "Sparta Prague".)
                let club = name
                    .strip_prefix(&head)
                    .is_some_and(|city| !city.contains(' ') && lexicon.is_listed_place(city));
                h != e
                    && (name.starts_with(&head)
                        || (name.starts_with(&hyphened) && !town && !d.kind.is_place())
                        || (stem.ends_with(&tail) && stem != name && !town))
                    && (!town || club || stem != name)
                    && !part_of_the_body(&d.name, name)
                    && entities[h].kind.is_body()
            })
            .collect();
        // Of several, the one a legal form ends or of three words or more
        // ("Telefonica de Espana SA", not "Telefonica Internacional"), and
        // not the name two companies' names make when they merge
        // ("Rhenania Limburg NV" beside "Rhenania Chemie AG" and "Limburg
        // Chemicals").
        let merged = |h: usize| {
            entities[h]
                .name
                .strip_prefix(&head)
                .and_then(|rest| rest.split_whitespace().next())
                .is_some_and(|w| {
                    entities.iter().enumerate().any(|(k, o)| {
                        k != h
                            && k != e
                            && o.kind == EntityKind::Organisation
                            && o.name.split_whitespace().next() == Some(w)
                    })
                })
        };
        let full: Vec<usize> = opens
            .iter()
            .copied()
            .filter(|&h| {
                let name = &entities[h].name;
                (corporate_stem(name) != name || name.split_whitespace().count() >= 3) && !merged(h)
            })
            .collect();
        match (opens.as_slice(), full.as_slice()) {
            ([], _) => {}
            ([h], _) | (_, [h]) => into.push((e, *h)),
            _ => entities[e].kind = EntityKind::Organisation,
        }
    }
    merge_into(entities, into);
}

/// A person named by the surname alone before the full name ("Daeyang
/// chief Lee" in a headline, then "Lee Jong-ho"): the surname's entity is
/// the person named in full, the first so named where several share it.
pub fn surnames_before_full_names(entities: &mut Vec<Draft>) {
    // Each entity's first mention, and a person's surname (the first word
    // of an East Asian name, else the last), once.
    let first_at: Vec<usize> = entities
        .iter()
        .map(|d| {
            d.mentions
                .iter()
                .map(|m| m.start)
                .min()
                .unwrap_or(usize::MAX)
        })
        .collect();
    let surname: Vec<Option<&str>> = entities
        .iter()
        .map(|d| {
            let words: Vec<&str> = d.name.split_whitespace().collect();
            let asian = |w: &str| {
                lexicon::KOREAN_SURNAMES.contains(&w) || lexicon::ASIAN_SURNAMES.contains(&w)
            };
            match words.as_slice() {
                [first, .., last] if d.kind == EntityKind::Person => {
                    Some(if asian(first) { *first } else { *last })
                }
                _ => None,
            }
        })
        .collect();
    let mut into = Vec::new();
    for (e, d) in entities.iter().enumerate() {
        if d.kind != EntityKind::Person || d.name.contains([' ', '-']) {
            continue;
        }
        let full = (0..entities.len())
            .filter(|&h| h != e && surname[h] == Some(d.name.as_str()))
            .min_by_key(|&h| first_at[h]);
        // (Only when the surname came first: after the full name, the
        // grouping has already put it with its person.)
        if let Some(h) = full.filter(|&h| first_at[e] < first_at[h]) {
            into.push((e, h));
        }
    }
    merge_into(entities, into);
}

/// "The Foreign Relations Committee" after "the Senate Foreign Relations
/// Committee", "Securities and Exchange Commission" after "the U.S.
/// Securities and Exchange Commission": a body named again without the
/// one word that says whose it is (a body's head word, a listed country
/// or place, or its people's word) is the body named in full, when only
/// one body is named so.
pub fn bodies_without_their_owner(entities: &mut Vec<Draft>, lexicon: &Lexicon) {
    let body = |k: EntityKind| k.is_body();
    let owner_word = |w: &str| {
        lexicon::GOVERNMENT_HEADS.contains(&w)
            || lexicon.is_listed_place(w)
            || lexicon::demonym(w).is_some()
    };
    let mut into = Vec::new();
    for e in 0..entities.len() {
        if !body(entities[e].kind) || !entities[e].name.contains(' ') {
            continue;
        }
        let tail = format!(" {}", entities[e].name);
        let full: Vec<usize> = (0..entities.len())
            .filter(|&h| {
                h != e
                    && body(entities[h].kind)
                    && entities[h]
                        .name
                        .strip_suffix(&tail)
                        .is_some_and(|owner| !owner.contains(' ') && owner_word(owner))
            })
            .collect();
        if let [h] = full.as_slice() {
            into.push((e, *h));
        }
    }
    merge_into(entities, into);
}

/// A country or body named by a short form ("U.S.", "UN") is known by
/// its full name too ("United States", "United Nations"): an alias, for
/// search, or the entity of that name where the article has it.
pub fn full_names_of_short_ones(entities: &mut Vec<Draft>) {
    let mut into = Vec::new();
    for e in 0..entities.len() {
        let name = entities[e].name.clone();
        let full = match entities[e].kind {
            EntityKind::Country => Some(lexicon::country_name(&name)).filter(|f| *f != name),
            EntityKind::Organisation | EntityKind::GovernmentBody => lexicon::ACRONYM_FULL_NAMES
                .iter()
                .find(|(short, _)| *short == name)
                .map(|(_, f)| *f),
            _ => None,
        };
        let Some(full) = full else { continue };
        match entities.iter().position(|d| d.name == full) {
            Some(to) => into.push((e, to)),
            None => {
                if !entities[e].aliases.iter().any(|a| a == full) {
                    entities[e].aliases.push(full.to_string());
                }
            }
        }
    }
    merge_into(entities, into);
}

pub fn governments_named_by_capitals(doc: &Doc, entities: &mut Vec<Draft>) {
    let mut used: HashSet<String> = entities.iter().map(|e| e.id.clone()).collect();
    for (capital, country) in lexicon::CAPITALS {
        let mut moved: Vec<Range<usize>> = Vec::new();
        for e in entities.iter_mut() {
            if e.name != *capital || !matches!(e.kind, EntityKind::City | EntityKind::Region) {
                continue;
            }
            let (gov, place): (Vec<_>, Vec<_>) =
                e.mentions.drain(..).partition(|m| governing(doc, m));
            e.mentions = place;
            moved.extend(gov);
        }
        entities.retain(|e| !e.mentions.is_empty());
        if moved.is_empty() {
            continue;
        }
        let country_name = country.strip_prefix("the ").unwrap_or(country);
        let name = format!("Government of {country_name}");
        fact_explorer_core::sort::sort_by_key(&mut moved, |s| s.start);
        entities.push(Draft {
            id: unique_id(&mut used, &slug(&name)),
            name,
            kind: EntityKind::GovernmentBody,
            label: Label::Org,
            aliases: vec![capital.to_string()],
            description: format!("the government of {country}, named by its capital"),
            mentions: moved,
            confidence: 0.6,
            note: Some(format!(
                "“{capital}” taken as the government of {country} where it acts or owns a ministry."
            )),
        });
    }
}

/// Whether `name` is a part of the body one word names, not the body:
/// "Senate" after "the Senate Foreign Relations Committee" is the Senate
/// ("Senate Majority Leader Trent Lott").
fn part_of_the_body(word: &str, name: &str) -> bool {
    lexicon::GOVERNMENT_HEADS.contains(&word)
        && name
            .rsplit(' ')
            .next()
            .is_some_and(|w| lexicon::BODY_PARTS.contains(&w))
}

/// Whether token `t` opens a party-and-state bracket: "(", "R" or "D",
/// "-" ("Sen. John Cornyn (R-Texas)").
pub fn opens_party_bracket(doc: &Doc, t: usize) -> bool {
    t + 3 < doc.len()
        && doc.word(t) == "("
        && lexicon::party_letter(doc.word(t + 1)).is_some()
        && doc.word(t + 2) == "-"
        && doc.sentence_of[t + 3] == doc.sentence_of[t]
}

/// The party an adjective at `t` says someone belongs to, in American
/// political copy: "Democratic Assembly Speaker Sheldon Silver",
/// "Republican Jesse Helms" (the adjective, up to three words of a title,
/// then a person's name, `person_at`), "Joseph Bruno, a Republican from
/// Rensselaer County" (", a" and the word, then "from" or a clause's
/// end). Not a word of a longer name ("Christian Democratic Union",
/// "Democratic Republic of Congo", the "Republican Guard"): the word
/// before is no capitalised word and the one after no name's.
fn party_at(doc: &Doc, t: usize, person_at: &dyn Fn(usize) -> bool) -> Option<&'static str> {
    // "John Cornyn, U.S. Senator (R-Texas)": the bracket after a person's
    // name and perhaps a title.
    if t > 0 && opens_party_bracket(doc, t - 1) {
        let mut k = t - 1;
        while k > 0
            && k + 6 > t
            && doc.sentence_of[k - 1] == doc.sentence_of[t]
            && !person_at(k - 1)
            && (lexicon::is_title(doc.word(k - 1))
                || doc.word(k - 1) == ","
                || doc.tags[k - 1].is_proper())
        {
            k -= 1;
        }
        return (k > 0 && person_at(k - 1))
            .then(|| lexicon::party_letter(doc.word(t)))
            .flatten();
    }
    let party = lexicon::AMERICAN_PARTIES
        .iter()
        .find(|(w, _)| *w == doc.word(t))
        .map(|(_, p)| *p)?;
    let sentence = doc.sentence_of[t];
    let in_sentence = |k: usize| k < doc.len() && doc.sentence_of[k] == sentence;
    if t > 0
        && doc.sentence_of[t - 1] == sentence
        && lexicon::capitalised(doc.word(t - 1))
        && !matches!(doc.lower[t - 1].as_str(), "the" | "a")
    {
        return None;
    }
    // ", a Republican from Rensselaer County" (or with no article after a
    // person's name: "John Cornyn, Republican from Texas").
    let after = doc.lower.get(t + 1).map_or("", String::as_str);
    if t >= 2 && doc.lower[t - 1] == "a" && doc.word(t - 2) == "," {
        return (!in_sentence(t + 1) || matches!(after, "from" | "," | "." | "who" | "and"))
            .then_some(party);
    }
    if t >= 2 && doc.word(t - 1) == "," && doc.sentence_of[t - 2] == sentence {
        return (after == "from" && person_at(t - 2)).then_some(party);
    }
    // "Democratic Assembly Speaker Sheldon Silver", "Republican Sen. Jesse
    // Helms", "Republican Jesse Helms".
    let mut k = t + 1;
    while in_sentence(k) && k <= t + 3 && !person_at(k) {
        let w = doc.word(k);
        let title = lexicon::is_title(w)
            || lexicon::is_role(&doc.lower[k])
            || matches!(
                w,
                "Assembly" | "Senate" | "House" | "Majority" | "Minority" | "."
            );
        if !title {
            return None;
        }
        k += 1;
    }
    (in_sentence(k) && person_at(k)).then_some(party)
}

/// Parties named only by an adjective [`party_at`] ("Democratic Assembly
/// Speaker Sheldon Silver"): the party's entity, found among those the
/// text names or added, with the adjective as an alias. Returns each
/// such adjective's token with its party, for the facts of membership.
pub fn parties_of_adjectives(doc: &Doc, entities: &mut Vec<Draft>) -> HashMap<usize, usize> {
    // The words of people's names.
    let mut person_in = vec![false; doc.len()];
    for d in entities.iter().filter(|d| d.kind == EntityKind::Person) {
        for m in &d.mentions {
            for k in m.clone() {
                person_in[k] = true;
            }
        }
    }
    let found: Vec<(usize, &str)> = (0..doc.len())
        .filter_map(|t| party_at(doc, t, &|k| person_in[k]).map(|p| (t, p)))
        .collect();
    // The word is no name of its own ("Republican" read as a person).
    let alone: HashSet<usize> = found.iter().map(|&(t, _)| t).collect();
    entities.retain_mut(|d| {
        let had = !d.mentions.is_empty();
        d.mentions
            .retain(|m| !(m.len() == 1 && alone.contains(&m.start)));
        !had || !d.mentions.is_empty()
    });
    let mut used: HashSet<String> = entities.iter().map(|e| e.id.clone()).collect();
    let mut out = HashMap::default();
    for (t, party) in found {
        let word = doc.word(t).to_string();
        let at = entities
            .iter()
            .position(|e| e.name == party || e.aliases.iter().any(|a| a == party));
        let e = named_by_word(
            entities,
            &mut used,
            at,
            (party, EntityKind::Organisation, Label::Org),
            word,
        );
        out.insert(t, e);
    }
    out
}

/// The entity a word names without being its name ("Czech", "Democratic"):
/// the one found (`at`), or a new one of that name and kind, noted as
/// named only by the word; the word becomes one of its aliases.
fn named_by_word(
    entities: &mut Vec<Draft>,
    used: &mut HashSet<String>,
    at: Option<usize>,
    (name, kind, label): (&str, EntityKind, Label),
    word: String,
) -> usize {
    let e = at.unwrap_or_else(|| {
        entities.push(Draft {
            id: unique_id(used, &slug(name)),
            name: name.to_string(),
            kind,
            label,
            aliases: Vec::new(),
            description: String::new(),
            mentions: Vec::new(),
            confidence: 0.5,
            note: Some(format!("Named only by the word “{word}”.")),
        });
        entities.len() - 1
    });
    if !entities[e].aliases.contains(&word) && entities[e].name != word {
        entities[e].aliases.push(word);
    }
    e
}

/// Nationality words that stand for a country ("Czech President Havel",
/// "the Afghan team", "South Korean"): each becomes an alias of its
/// country's entity, made when the article does not name the country
/// otherwise (with no mention: the word is no name of its own). Returns,
/// for each such token, its country's entity.
pub fn countries_of_demonyms(doc: &Doc, entities: &mut Vec<Draft>) -> HashMap<usize, usize> {
    let mut inside = vec![false; doc.len()];
    for d in entities.iter() {
        for m in &d.mentions {
            for t in m.clone() {
                inside[t] = true;
            }
        }
    }
    let mut used: HashSet<String> = entities.iter().map(|e| e.id.clone()).collect();
    let mut out = HashMap::default();
    let mut i = 0;
    while i < doc.len() {
        // Two words first ("South Korean"), then one.
        let two = (i + 1 < doc.len() && !inside[i] && !inside[i + 1])
            .then(|| doc.span_text(i..i + 2))
            .and_then(lexicon::demonym);
        let (len, country) = match two {
            Some(c) => (2, c),
            None => match (!inside[i])
                .then(|| lexicon::demonym(doc.word(i)))
                .flatten()
            {
                Some(c) => (1, c),
                None => {
                    i += 1;
                    continue;
                }
            },
        };
        let word = doc.span_text(i..i + len).to_string();
        let name = country.strip_prefix("the ").unwrap_or(country);
        // "Britain" is the "United Kingdom" of "British".
        let same = |a: &str| lexicon::country_name(a) == lexicon::country_name(name);
        let at = entities.iter().position(|e| {
            matches!(
                e.kind,
                EntityKind::Country | EntityKind::GovernmentBody | EntityKind::Region
            ) && (same(&e.name) || e.aliases.iter().any(|a| same(a) || *a == word))
        });
        let e = named_by_word(
            entities,
            &mut used,
            at,
            (name, EntityKind::Country, Label::Loc),
            word,
        );
        for t in i..i + len {
            out.insert(t, e);
        }
        i += len;
    }
    out
}

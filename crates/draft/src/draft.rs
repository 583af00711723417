//! From plain text to a draft fact set: the tagger's names become mentions
//! (titles kept out of the span and put in the description), the mentions
//! are clustered into entities across the whole article (a surname after
//! the full name, an acronym in brackets after its expansion, the same name
//! again), and each entity gets a kind (a listed country or city, else a
//! region; a government body by its words). The result loads in the
//! explorer without a problem, whatever the text.

use std::collections::HashMap;

use fact_explorer_core::authoring::slug;
use fact_explorer_core::model::{Article, Date, Entity, EntityKind, FactSet, Quote, Span, SCHEMA};

use crate::extras::{self, SAID};

use crate::gum::{Label, Named};
use crate::lists::{List, Lists};
use crate::tagger::Model;
use crate::tokens::{tokenize, Token};

/// What the caller knows about the article besides its text.
#[derive(Clone, Debug, Default)]
pub struct Meta {
    pub title: Option<String>,
    pub byline: Option<String>,
    pub date: Option<Date>,
}

/// The tagger with its weights ([`crate::data`]).
pub fn model() -> &'static Model {
    static MODEL: std::sync::OnceLock<Model> = std::sync::OnceLock::new();
    MODEL.get_or_init(|| Model::from_bytes(crate::data::file("names.bin")).unwrap_or_default())
}

/// Titles that stand before a person's name and are not part of it.
const TITLES: &[&str] = &[
    "President",
    "Vice",
    "Prime",
    "Minister",
    "Chancellor",
    "Secretary",
    "General",
    "Secretary-General",
    "Mr.",
    "Mrs.",
    "Ms.",
    "Dr.",
    "Prof.",
    "Professor",
    "Sen.",
    "Senator",
    "Rep.",
    "Representative",
    "Gov.",
    "Governor",
    "Mayor",
    "King",
    "Queen",
    "Prince",
    "Princess",
    "Pope",
    "Chairman",
    "Chairwoman",
    "Chair",
    "CEO",
    "Chief",
    "Executive",
    "Director",
    "Ambassador",
    "Judge",
    "Justice",
    "Gen.",
    "Col.",
    "Lt.",
    "Sgt.",
    "Capt.",
    "Captain",
    "Commissioner",
    "Spokesman",
    "Spokeswoman",
    "Spokesperson",
    "Foreign",
    "Defense",
    "Defence",
    "Finance",
    "Trade",
    "Deputy",
    "First",
    "Lady",
    "Sir",
    "Dame",
    "Saint",
    "St.",
    "Speaker",
    "Leader",
    "Coach",
    "Officer",
    "Inspector",
    "Detective",
    "Agent",
];

/// Words that make an organisation a government body.
const GOVERNMENT: &[&str] = &[
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
];

/// Names that never overlap one another, kept in text order, so finding the
/// ones that overlap a span costs a lookup rather than a walk through the
/// whole document.
struct Disjoint(std::collections::BTreeMap<usize, Named>);

impl Disjoint {
    fn new(names: &[Named]) -> Disjoint {
        let mut set = Disjoint(std::collections::BTreeMap::new());
        for n in names {
            if set.overlapping(n.start, n.end).is_empty() {
                set.0.insert(n.start, *n);
            }
        }
        set
    }

    /// The names overlapping `start..end` (ends grow with starts, since no
    /// two names overlap).
    fn overlapping(&self, start: usize, end: usize) -> Vec<Named> {
        self.0
            .range(..end)
            .rev()
            .take_while(|(_, n)| n.end > start)
            .map(|(_, n)| *n)
            .collect()
    }

    fn remove(&mut self, n: &Named) {
        self.0.remove(&n.start);
    }

    fn into_vec(self) -> Vec<Named> {
        self.0.into_values().collect()
    }
}

/// One mention before clustering.
struct Mention {
    start: usize,
    end: usize,
    label: Label,
    /// The title words cut from the front ("President").
    title: Option<String>,
}

/// Drafts a fact set from `text`. Never panics; an empty or blank text is
/// an error.
pub fn draft(text: &str, meta: &Meta) -> Result<FactSet, String> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err("the text is empty".into());
    }
    if !crate::data::ready() {
        return Err("the drafting data (weights and word lists) is not loaded yet".into());
    }
    let tokens = tokenize(text);
    let mut names = model().names(text, &tokens);
    add_korean_names(text, &tokens, &mut names);
    add_given_and_surname(text, &tokens, &mut names);
    add_listed_and_organisations(text, &tokens, &mut names);
    add_titled_people(text, &tokens, &mut names);
    add_acronyms(text, &tokens, &mut names);
    let mentions: Vec<Mention> = names
        .iter()
        .filter_map(|n| trim_title(text, &tokens, n))
        .collect();
    let mut entities = cluster(text, &mentions);
    governments_named_by_capitals(text, &tokens, &mut entities);
    entities.extend(amounts_and_times(text, &tokens));
    let sentences = fact_explorer_core::text::sentences(text);
    let quotes = quotes(text, &sentences, &entities);
    let facts = crate::facts::candidates(text, &sentences, &entities);
    let title = meta
        .title
        .clone()
        .filter(|t| !t.trim().is_empty())
        .unwrap_or_else(|| first_line(text));
    let byline = meta.byline.as_deref().and_then(|b| find(text, b));
    let set = FactSet {
        schema: SCHEMA.to_string(),
        article: Article {
            title: title.clone(),
            title_is_editorial: meta.title.is_none(),
            text: text.to_string(),
            date: meta.date,
            dateline: None,
            byline,
            byline_email: None,
            editor: None,
            headings: Vec::new(),
            sentences: Vec::new(),
        },
        entities,
        facts,
        quotes,
        events: Vec::new(),
        draft: None,
        entity_index: HashMap::new(),
        involving: Vec::new(),
    };
    fact_explorer_core::load::prepare(set)
        .map_err(|e| format!("the draft does not hold together (a bug): {e}"))
}

fn first_line(text: &str) -> String {
    let line = text
        .lines()
        .map(str::trim)
        .find(|l| !l.is_empty())
        .unwrap_or("Untitled");
    let mut title: String = line.chars().take(120).collect();
    if line.chars().count() > 120 {
        title.push('…');
    }
    title
}

fn find(text: &str, words: &str) -> Option<Span> {
    let words = words.trim();
    if words.is_empty() {
        return None;
    }
    let start = text.find(words)?;
    Some(Span {
        start,
        end: start + words.len(),
        text: words.to_string(),
    })
}

/// Cuts title words from the front of a person's name: "President Lee Jae
/// Myung" is the mention "Lee Jae Myung" with the title "President".
fn trim_title(text: &str, tokens: &[Token], n: &Named) -> Option<Mention> {
    let mut inside: Vec<&Token> = crate::tokens::within(tokens, n.start, n.end)
        .iter()
        .collect();
    // A name neither starts nor ends with punctuation or a small word
    // ("France," "Czech Republic and").
    let edge = |t: &&Token| {
        let w = t.text(text);
        !w.chars().any(char::is_alphanumeric)
            || matches!(w, "and" | "of" | "the" | "or" | "in" | "for" | "to")
    };
    while inside.last().is_some_and(edge) {
        inside.pop();
    }
    while inside.first().is_some_and(edge) {
        inside.remove(0);
    }
    let (Some(first_tok), Some(last_tok)) = (inside.first(), inside.last()) else {
        return None;
    };
    // "South" of "South Korean": a compass word before a capitalised word
    // is part of an adjective, not a place.
    if inside.len() == 1 && matches!(first_tok.text(text), "North" | "South" | "East" | "West") {
        let next = tokens[tokens.partition_point(|t| t.start < last_tok.end)..].first();
        if next.is_some_and(|t| t.text(text).chars().next().is_some_and(char::is_uppercase)) {
            return None;
        }
    }
    let n = &Named {
        start: first_tok.start,
        end: last_tok.end,
        label: n.label,
    };
    let mut first = 0;
    if n.label == Label::Per {
        while first + 1 < inside.len() {
            let w = inside[first].text(text);
            let listed = Lists::get().contains(List::Country, w);
            if TITLES.contains(&w) || listed || w == "U.S." || w == "US" || w == "of" {
                first += 1;
            } else {
                break;
            }
        }
    }
    let start = inside.get(first).map_or(n.start, |t| t.start);
    if start >= n.end {
        return None;
    }
    // A name starts with a capital or a digit ("Panama coach" leaves
    // "coach", no name).
    if !text[start..]
        .chars()
        .next()
        .is_some_and(|c| c.is_uppercase() || c.is_numeric() || !c.is_alphabetic())
    {
        return None;
    }
    // A title alone ("the President said") names nobody in particular.
    if n.label == Label::Per
        && inside.len() - first == 1
        && TITLES.contains(&inside[first].text(text))
    {
        return None;
    }
    let title = (first > 0).then(|| text[n.start..inside[first - 1].end].to_string());
    Some(Mention {
        start,
        end: n.end,
        label: n.label,
        title,
    })
}

fn acronym(words: &str) -> String {
    words
        .split_whitespace()
        .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
        .filter_map(|w| w.chars().next())
        .collect()
}

fn kind_of(name: &str, label: Label) -> EntityKind {
    let lists = Lists::get();
    let key = tokens_key(name);
    let place = || {
        // A region before a city ("Asia", "Florida" are towns too), except
        // the two states whose names mean the city in the news far more
        // often than the state.
        if lists.contains(List::Country, &key) {
            Some(EntityKind::Country)
        } else if matches!(key.as_str(), "New York" | "Washington") {
            Some(EntityKind::City)
        } else if lists.contains(List::Region, &key) {
            Some(EntityKind::Region)
        } else if lists.contains(List::City, &key) {
            Some(EntityKind::City)
        } else {
            None
        }
    };
    match label {
        Label::Per => {
            // "Seoul" read as a person: a listed place that is nobody's
            // name is the place.
            let a_name = name
                .split_whitespace()
                .any(|w| lists.contains(List::Given, w) || lists.contains(List::Surname, w));
            match place() {
                Some(kind) if !a_name => kind,
                _ => EntityKind::Person,
            }
        }
        Label::Org => {
            if lists.contains(List::Country, &key) {
                // "the Czech Republic" with an organisation's head word.
                EntityKind::Country
            } else if name.split_whitespace().any(|w| GOVERNMENT.contains(&w)) {
                EntityKind::GovernmentBody
            } else {
                EntityKind::Organisation
            }
        }
        Label::Loc => place().unwrap_or(EntityKind::Region),
    }
}

fn tokens_key(name: &str) -> String {
    tokenize(name)
        .iter()
        .map(|t| t.text(name))
        .collect::<Vec<_>>()
        .join(" ")
}

/// Groups mentions into entities across the article.
fn cluster(text: &str, mentions: &[Mention]) -> Vec<Entity> {
    struct Draft {
        name: String,
        label: Label,
        spans: Vec<Span>,
        titles: Vec<String>,
        aliases: Vec<String>,
    }
    let mut drafts: Vec<Draft> = Vec::new();
    let mut by_name: HashMap<String, usize> = HashMap::new();
    for m in mentions {
        let words = &text[m.start..m.end];
        let span = Span {
            start: m.start,
            end: m.end,
            text: words.to_string(),
        };
        // The same name again.
        let mut home = by_name.get(words).copied();
        // A surname (or given name) alone: the last person whose name has it.
        if home.is_none() && m.label == Label::Per && !words.contains(' ') {
            home = drafts.iter().rposition(|d| {
                d.label == Label::Per
                    && d.name.split_whitespace().any(|w| w == words)
                    && d.name != words
            });
        }
        // An acronym in brackets right after its expansion: "(GIP)".
        if home.is_none() && words.chars().all(|c| c.is_uppercase() || c == '.') && words.len() >= 2
        {
            let plain: String = words.chars().filter(|c| *c != '.').collect();
            home = drafts
                .iter()
                .rposition(|d| d.name.contains(' ') && acronym(&d.name) == plain);
        }
        match home {
            Some(h) => {
                let d = &mut drafts[h];
                if !d.spans.iter().any(|s| s.start == span.start) {
                    d.spans.push(span);
                }
                if words != d.name && !d.aliases.iter().any(|a| a == words) {
                    d.aliases.push(words.to_string());
                }
                if let Some(t) = &m.title {
                    d.titles.push(t.clone());
                }
            }
            None => {
                by_name.insert(words.to_string(), drafts.len());
                drafts.push(Draft {
                    name: words.to_string(),
                    label: m.label,
                    spans: vec![span],
                    titles: m.title.iter().cloned().collect(),
                    aliases: Vec::new(),
                });
            }
        }
    }
    let mut used: HashMap<String, usize> = HashMap::new();
    drafts
        .into_iter()
        .map(|d| {
            let base = slug(&d.name);
            let n = used.entry(base.clone()).or_insert(0);
            *n += 1;
            let id = if *n == 1 { base } else { format!("{base}-{n}") };
            let mut mentions = d.spans;
            fact_explorer_core::sort::sort_by_key(&mut mentions, |s| s.start);
            let description = d.titles.first().cloned().unwrap_or_default();
            Entity {
                id,
                kind: kind_of(&d.name, d.label),
                name: d.name,
                aliases: d.aliases,
                description,
                mentions,
            }
        })
        .collect()
}

/// Capitals the news uses for their governments ("Seoul hopes", "Beijing
/// warned", "Seoul-Washington alliance"), with the country they stand for.
const CAPITALS: &[(&str, &str)] = &[
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

/// Words after "Seoul's" that make it the government.
const GOVERNMENT_AFTER_POSSESSIVE: &[&str] = &[
    "Ministry",
    "Office",
    "Foreign",
    "Defense",
    "Defence",
    "government",
    "officials",
    "envoy",
    "decision",
    "position",
    "stance",
    "policy",
    "demands",
    "response",
    "Cabinet",
];

/// Verbs after a capital that make it the government.
const GOVERNMENT_VERBS: &[&str] = &[
    "said",
    "says",
    "seeks",
    "sought",
    "hopes",
    "hoped",
    "wants",
    "wanted",
    "warned",
    "warns",
    "agreed",
    "agrees",
    "announced",
    "announces",
    "plans",
    "planned",
    "insists",
    "insisted",
    "accused",
    "accuses",
    "demanded",
    "demands",
    "urged",
    "urges",
    "rejected",
    "rejects",
    "denied",
    "denies",
    "responded",
    "welcomed",
    "welcomes",
    "condemned",
    "condemns",
    "threatened",
    "threatens",
    "vowed",
    "vows",
    "expects",
    "expected",
    "believes",
    "considers",
    "aims",
];

/// A capital standing for its government becomes a government body of its
/// own ("Government of South Korea", alias "Seoul"): the mentions where
/// the capital speaks, hopes or owns a ministry move to it; the ones where
/// it is a place ("in Seoul") stay with the city.
fn governments_named_by_capitals(text: &str, tokens: &[Token], entities: &mut Vec<Entity>) {
    let governing = |start: usize, end: usize| {
        let after = text[end..].trim_start_matches(' ');
        let before = text[..start].trim_end();
        if let Some(rest) = after
            .strip_prefix("'s ")
            .or_else(|| after.strip_prefix("’s "))
        {
            let next = rest.split_whitespace().next().unwrap_or("");
            return GOVERNMENT_AFTER_POSSESSIVE.contains(&next);
        }
        let next = after
            .split(|c: char| !c.is_alphanumeric())
            .next()
            .unwrap_or("");
        // "Seoul-Washington alliance": a pair of capitals joined by a dash.
        let paired = |s: &str| CAPITALS.iter().any(|(c, _)| *c == s);
        let pair_after = after
            .strip_prefix(['-', '–'])
            .and_then(|r| r.split(|c: char| !c.is_alphanumeric()).next())
            .is_some_and(paired);
        let pair_before = before.strip_suffix(['-', '–']).is_some_and(|b| {
            b.rsplit(|c: char| !c.is_alphanumeric())
                .next()
                .is_some_and(paired)
        }) && text[..start].ends_with(['-', '–']);
        GOVERNMENT_VERBS.contains(&next) || pair_after || pair_before
    };
    // Capitals joined by a dash are one token ("Seoul-Washington"): their
    // halves are mentions too.
    let mut loose: Vec<Span> = Vec::new();
    for t in tokens {
        let w = t.text(text);
        let Some(dash) = w.find(['-', '–']) else {
            continue;
        };
        let dash_len = w[dash..].chars().next().map_or(1, char::len_utf8);
        let (a, b) = (&w[..dash], &w[dash + dash_len..]);
        let is_capital = |s: &str| CAPITALS.iter().any(|(c, _)| *c == s);
        if is_capital(a) && is_capital(b) {
            for (s, e) in [
                (t.start, t.start + dash),
                (t.start + dash + dash_len, t.end),
            ] {
                loose.push(Span {
                    start: s,
                    end: e,
                    text: text[s..e].to_string(),
                });
            }
        }
    }
    for (capital, country) in CAPITALS {
        let mut moved: Vec<Span> = loose
            .iter()
            .filter(|s| s.text == *capital)
            .cloned()
            .collect();
        for e in entities.iter_mut() {
            if e.kind != EntityKind::City || e.name != *capital {
                continue;
            }
            let (gov, place): (Vec<Span>, Vec<Span>) = e
                .mentions
                .drain(..)
                .partition(|m| governing(m.start, m.end));
            e.mentions = place;
            moved.extend(gov);
        }
        entities.retain(|e| !e.mentions.is_empty());
        if moved.is_empty() {
            continue;
        }
        let country_name = country.strip_prefix("the ").unwrap_or(country);
        let name = format!("Government of {country_name}");
        let mut id = slug(&name);
        while entities.iter().any(|e| e.id == id) {
            id.push_str("_2");
        }
        fact_explorer_core::sort::sort_by_key(&mut moved, |s| s.start);
        entities.push(Entity {
            id,
            name,
            kind: EntityKind::GovernmentBody,
            aliases: vec![capital.to_string()],
            description: format!("the government of {country}, named by its capital"),
            mentions: moved,
        });
    }
}

/// Amounts and times as entities, one per distinct wording.
fn amounts_and_times(text: &str, tokens: &[Token]) -> Vec<Entity> {
    let mut out: Vec<Entity> = Vec::new();
    for f in extras::amounts_and_times(text, tokens) {
        let words = &text[f.start..f.end];
        let span = Span {
            start: f.start,
            end: f.end,
            text: words.to_string(),
        };
        let key = words.to_lowercase();
        if let Some(e) = out.iter_mut().find(|e| e.name.to_lowercase() == key) {
            e.mentions.push(span);
            continue;
        }
        let mut name: String = words.to_string();
        if let Some(first) = name.chars().next() {
            name = first.to_uppercase().chain(name.chars().skip(1)).collect();
        }
        let prefix = if f.time { "time" } else { "amount" };
        out.push(Entity {
            id: format!("{prefix}_{}", slug(words)),
            name,
            kind: if f.time {
                EntityKind::Time
            } else {
                EntityKind::Amount
            },
            aliases: Vec::new(),
            description: String::new(),
            mentions: vec![span],
        });
    }
    // Ids stay unique even when two wordings slug alike ("$9bn", "9bn").
    let mut seen = std::collections::HashSet::new();
    for e in &mut out {
        let mut id = e.id.clone();
        let mut n = 1;
        while !seen.insert(id.clone()) {
            n += 1;
            id = format!("{}-{n}", e.id);
        }
        e.id = id;
    }
    out
}

/// Quotes with the speaker the sentence names: "X said", "said X",
/// "according to X", "X told reporters". A quote whose sentence names no
/// one stays unattributed.
fn quotes(text: &str, sentences: &[std::ops::Range<usize>], entities: &[Entity]) -> Vec<Quote> {
    let speakers: Vec<(usize, usize, &Entity)> = entities
        .iter()
        .filter(|e| {
            matches!(
                e.kind,
                EntityKind::Person | EntityKind::Organisation | EntityKind::GovernmentBody
            )
        })
        .flat_map(|e| e.mentions.iter().map(move |m| (m.start, m.end, e)))
        .collect();
    let mut out: Vec<Quote> = Vec::new();
    for (n, q) in extras::quotations(text, sentences).into_iter().enumerate() {
        let inside = |at: usize| q.parts.iter().any(|p| p.start <= at && at < p.end);
        // The attribution: the sentence's words outside the quotation marks.
        let mut outside = Vec::new();
        let mut at = q.around.start;
        for p in &q.parts {
            if p.start > at {
                outside.push(at..p.start);
            }
            at = p.end;
        }
        if q.around.end > at {
            outside.push(at..q.around.end);
        }
        // The speaker: a person or organisation named right before the
        // verb ("Ha said", "Fink told"), or right after it ("said Seoul's
        // Office of the President"), outside the quotation marks.
        let words_between =
            |a: usize, b: usize| text.get(a..b).map_or(99, |s| s.split_whitespace().count());
        // Next to the verb, or separated from it only by a clause in commas
        // ("Fink, whose firm manages $12.5 trillion in assets, told").
        let next_to = |e: usize, v: usize| {
            words_between(e, v) <= 1
                || text.get(e..v).is_some_and(|g| {
                    let g = g.trim();
                    let clause = g
                        .strip_prefix(',')
                        .and_then(|g| g.strip_suffix(','))
                        .map(str::trim);
                    clause.is_some_and(|c| {
                        !c.contains(',')
                            && (["who ", "whose ", "which ", "the ", "a ", "an "]
                                .iter()
                                .any(|p| c.starts_with(p))
                                // ", Panama coach,"
                                || (c.split_whitespace().count() <= 4
                                    && c.split_whitespace().any(role_noun)))
                    })
                })
        };
        let mut speaker = None;
        for r in &outside {
            let words = &text[r.clone()];
            for t in crate::tokens::tokenize(words) {
                let w = t.text(words);
                if !SAID.contains(&w) || w == "according" {
                    continue;
                }
                let (vs, ve) = (r.start + t.start, r.start + t.end);
                let before = speakers
                    .iter()
                    .filter(|(s, e, _)| {
                        !inside(*s) && *s >= q.around.start && *e <= vs && next_to(*e, vs)
                    })
                    .max_by_key(|(_, e, _)| *e);
                // "X told Y": Y is who heard it.
                let after = (w != "told")
                    .then(|| {
                        speakers
                            .iter()
                            .filter(|(s, _, _)| {
                                !inside(*s)
                                    && *s >= ve
                                    && *s < q.around.end
                                    && words_between(ve, *s) <= 1
                            })
                            .min_by_key(|(s, _, _)| *s)
                    })
                    .flatten();
                // "said Seoul's Office of the President": the owner's thing speaks.
                let after = after.map(|a| {
                    let owned = text
                        .get(a.1..)
                        .is_some_and(|r| r.starts_with("'s") || r.starts_with("’s"));
                    speakers
                        .iter()
                        .filter(|(s, _, _)| owned && *s > a.1 && *s <= a.1 + 6)
                        .min_by_key(|(s, _, _)| *s)
                        .unwrap_or(a)
                });
                if let Some((_, _, e)) = before.or(after) {
                    speaker = Some(e.id.clone());
                    break;
                }
            }
            if speaker.is_some() {
                break;
            }
        }
        // A phrase quoted inside reported speech ("Fink pledged to make it
        // the “AI capital in Asia”, according to Ha"): the subject of the
        // reporting verb said it; whoever it is "according to" reported it.
        let mut reported_by = None;
        if speaker.is_none() && q.parts.len() == 1 && q.parts[0].start > q.around.start + 2 {
            let quote_start = q.parts[0].start;
            let subject = speakers
                .iter()
                .filter(|(s, e, ent)| {
                    *s >= q.around.start
                        && *e < quote_start
                        && ent.kind == EntityKind::Person
                        && text[*e..quote_start]
                            .split_whitespace()
                            .next()
                            .is_some_and(|v| REPORTING.contains(&v) || SAID.contains(&v))
                })
                .min_by_key(|(s, _, _)| *s);
            if let Some((_, _, e)) = subject {
                speaker = Some(e.id.clone());
                let according = text[q.parts[0].end..q.around.end].find("according to ");
                reported_by = according.and_then(|a| {
                    let from = q.parts[0].end + a + "according to ".len();
                    speakers
                        .iter()
                        .filter(|(s, _, _)| *s >= from && *s <= from + 2)
                        .map(|(_, _, e)| e.id.clone())
                        .next()
                });
            }
        }
        // "He said": the one person named in the sentence before (and none
        // in this one before the pronoun), marked inferred.
        let mut pronoun_note = None;
        if speaker.is_none() {
            let said_by_pronoun = outside.iter().any(|r| {
                let words: Vec<&str> = text[r.clone()]
                    .split(|c: char| !c.is_alphanumeric())
                    .filter(|w| !w.is_empty())
                    .collect();
                words.windows(2).any(|w| {
                    (matches!(w[0], "He" | "he" | "She" | "she") && SAID.contains(&w[1]))
                        || (w[0] == "said" && matches!(w[1], "he" | "she"))
                })
            });
            let this = sentences
                .iter()
                .position(|s| s.start <= q.around.start && q.around.start < s.end.max(s.start + 1));
            if let (true, Some(k)) = (said_by_pronoun, this) {
                let in_range = |a: usize, b: usize| {
                    let mut people: Vec<&Entity> = speakers
                        .iter()
                        .filter(|(s, e, ent)| *s >= a && *e <= b && ent.kind == EntityKind::Person)
                        .map(|(_, _, ent)| *ent)
                        .collect();
                    people.dedup_by(|x, y| x.id == y.id);
                    people
                };
                let before = k
                    .checked_sub(1)
                    .map(|p| in_range(sentences[p].start, sentences[p].end));
                let here = in_range(sentences[k].start, q.parts[0].start);
                // Someone named inside the quote is its subject, not its
                // speaker ("Andy Warhol was the center of…", he said).
                let named_inside = |who: &Entity| who.mentions.iter().any(|m| inside(m.start));
                if let (Some([one]), true) = (before.as_deref(), here.is_empty()) {
                    if !named_inside(one) {
                        speaker = Some(one.id.clone());
                        pronoun_note = Some(format!(
                            "The pronoun taken as {}, the one person named in the sentence before.",
                            one.name
                        ));
                    }
                }
            }
        }
        let attribution = if speaker.is_some() {
            outside
                .iter()
                .map(|r| {
                    text[r.clone()].trim_matches(|c: char| {
                        c.is_whitespace() || matches!(c, ',' | '“' | '”' | '"' | '.' | ':')
                    })
                })
                .filter(|s| !s.is_empty())
                .collect::<Vec<_>>()
                .join(" … ")
        } else {
            String::new()
        };
        // A quote that follows an attributed one in the same paragraph,
        // with no attribution of its own, is the same speaker's (the news
        // convention); marked inferred, with the reason.
        let mut marks = Vec::new();
        let mut note = None;
        if let Some(n) = pronoun_note {
            marks.push(fact_explorer_core::model::Mark::Inferred);
            note = Some(n);
        }
        if speaker.is_none() && verb_free(text, &outside) {
            if let Some(prev) = out.last() {
                let prev_end = prev.parts().last().map_or(0, |p: &Span| p.end);
                let gap = text.get(prev_end..q.parts[0].start).unwrap_or("\n");
                if prev.speaker.is_some()
                    && !gap.contains('\n')
                    && !prev.attribution.contains("according")
                {
                    speaker = prev.speaker.clone();
                    marks.push(fact_explorer_core::model::Mark::Inferred);
                    note =
                        Some("Same speaker as the quote before it in this paragraph.".to_string());
                }
            }
        }
        let span = |r: &std::ops::Range<usize>| Span {
            start: r.start,
            end: r.end,
            text: text[r.clone()].to_string(),
        };
        let evidence_end = q.around.end.min(text.len());
        let evidence = text[q.around.start..evidence_end].trim_end();
        out.push(Quote {
            id: format!("q{}", n + 1),
            speaker,
            words: span(&q.parts[0]),
            continued: q.parts[1..].iter().map(span).collect(),
            attribution,
            reported_by,
            marks,
            note,
            evidence: vec![Span {
                start: q.around.start,
                end: q.around.start + evidence.len(),
                text: evidence.to_string(),
            }],
        });
    }
    out
}

/// Verbs that report what someone promised or claimed, with their words
/// quoted inside the sentence.
const REPORTING: &[&str] = &[
    "pledged",
    "promised",
    "vowed",
    "called",
    "described",
    "urged",
    "warned",
    "proposed",
    "suggested",
    "insisted",
    "argued",
    "claimed",
    "stressed",
    "emphasized",
    "emphasised",
];

/// Words that make a capitalised phrase an organisation's name.
const ORG_HEADS: &[&str] = &[
    "Bank",
    "Party",
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
    "Company",
    "Corporation",
    "Fund",
    "Foundation",
    "Institute",
    "Committee",
    "Commission",
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
    "Motors",
    "Electronics",
    "Holdings",
    "Capital",
    "Ltd",
    "LLC",
    "Co.",
    "Party",
    "Government",
    "Administration",
    "Embassy",
    "Society",
    "Club",
    "Network",
    "Alliance",
];

/// Acronyms of bodies that news text names without expanding.
const ORG_ACRONYMS: &[&str] = &[
    "UN", "EU", "NATO", "WHO", "IMF", "WTO", "OECD", "UNSC", "UNESCO", "UNICEF", "ASEAN", "OPEC",
    "FBI", "CIA", "NASA", "BBC", "CNN", "AFP", "AP", "IAEA", "G7", "G20", "FIFA", "IOC", "ICC",
    "NGO",
];

/// Names the tagger left out that the word lists or an organisation's
/// head word make sure of: a listed country, city or region ("North
/// Korea", "New York"), a capitalised phrase ending in "Bank", "Party",
/// "Council"… ("World Bank", "Ministry of Science and ICT"), a known
/// acronym ("UN"). Added only where the tagger found nothing, or in place
/// of a shorter guess inside them.
fn add_listed_and_organisations(text: &str, tokens: &[Token], names: &mut Vec<Named>) {
    let mut found: Vec<Named> = Vec::new();
    let matches = Lists::get().matches(text, tokens);
    let mut i = 0;
    while i < tokens.len() {
        let place = matches[i]
            .iter()
            .find(|(l, b)| *b && matches!(l, List::Country | List::City | List::Region));
        if place.is_some() {
            let mut j = i + 1;
            while j < tokens.len()
                && matches[j]
                    .iter()
                    .any(|(l, b)| !*b && matches!(l, List::Country | List::City | List::Region))
            {
                j += 1;
            }
            found.push(Named {
                start: tokens[i].start,
                end: tokens[j - 1].end,
                label: Label::Loc,
            });
            i = j;
            continue;
        }
        i += 1;
    }
    // Capitalised phrases, small joining words allowed inside.
    let capital = |w: &str| w.chars().next().is_some_and(char::is_uppercase);
    let joining = |w: &str| matches!(w, "of" | "the" | "and" | "for" | "on");
    let mut i = 0;
    while i < tokens.len() {
        let w = tokens[i].text(text);
        if !capital(w) {
            i += 1;
            continue;
        }
        // A phrase never runs over a line break (a heading, a list item).
        let mut j = i + 1;
        while j < tokens.len() && !tokens[j].line_start {
            if capital(tokens[j].text(text)) {
                j += 1;
                continue;
            }
            // "of", "of the", "and" between capitalised words.
            let mut k = j;
            while k < tokens.len() && k < j + 2 && joining(tokens[k].text(text)) {
                k += 1;
            }
            if k > j
                && k < tokens.len()
                && capital(tokens[k].text(text))
                && !tokens[j..=k].iter().any(|t| t.line_start)
            {
                j = k + 1;
            } else {
                break;
            }
        }
        let phrase: Vec<&str> = tokens[i..j].iter().map(|t| t.text(text)).collect();
        let skip_the = usize::from(phrase[0] == "The");
        if phrase.len() >= 2 + skip_the
            && ORG_HEADS.contains(&phrase[skip_the])
            && phrase.get(skip_the + 1) == Some(&"of")
        {
            // "Office of the President", "Ministry of Science and ICT": the
            // head first, then "of", all one name.
            found.push(Named {
                start: tokens[i + skip_the].start,
                end: tokens[j - 1].end,
                label: Label::Org,
            });
        } else if phrase.len() >= 2 {
            // Otherwise each run of capitalised words with a head word after
            // its first ("World Bank", "Democratic Party") is a name: "Lee
            // Cheuk-yan of the Labour Party and Frederick Fung" holds only
            // "Labour Party".
            let mut a = i + skip_the;
            while a < j {
                let mut b = a;
                while b < j && capital(tokens[b].text(text)) {
                    b += 1;
                }
                let run: Vec<&str> = tokens[a..b].iter().map(|t| t.text(text)).collect();
                if run.len() >= 2 && run.iter().skip(1).any(|w| ORG_HEADS.contains(w)) {
                    found.push(Named {
                        start: tokens[a].start,
                        end: tokens[b - 1].end,
                        label: Label::Org,
                    });
                }
                a = b.max(a + 1);
                while a < j && !capital(tokens[a].text(text)) {
                    a += 1;
                }
            }
        }
        if phrase.len() <= 2 && ORG_ACRONYMS.contains(&phrase[phrase.len() - 1]) {
            // "UN", "The UN".
            if phrase.len() == 1 || phrase[0] == "The" {
                let t = tokens[j - 1];
                found.push(Named {
                    start: t.start,
                    end: t.end,
                    label: Label::Org,
                });
            }
        }
        i = j;
    }
    let mut set = Disjoint::new(names);
    for n in found {
        let overlapping = set.overlapping(n.start, n.end);
        let inside_only = overlapping
            .iter()
            .all(|m| m.start >= n.start && m.end <= n.end && m.end - m.start < n.end - n.start);
        if overlapping.is_empty() || inside_only {
            for m in &overlapping {
                set.remove(m);
            }
            set.0.insert(n.start, n);
        }
    }
    *names = set.into_vec();
}

/// Titles that come right before a person's name ("Chairman Adebayo
/// Ogunlesi"): the words that follow, capitalised, are a person wherever the
/// tagger found nothing.
const NAME_TITLES: &[&str] = &[
    "President",
    "Chairman",
    "Chairwoman",
    "Chair",
    "CEO",
    "Minister",
    "Secretary-General",
    "Chancellor",
    "Senator",
    "Sen.",
    "Rep.",
    "Gov.",
    "Governor",
    "Mayor",
    "Ambassador",
    "Mr.",
    "Mrs.",
    "Ms.",
    "Dr.",
    "Prof.",
    "Professor",
    "Judge",
    "Justice",
    "Commissioner",
    "Spokesman",
    "Spokeswoman",
    "Spokesperson",
    "Director",
    "Pope",
    "King",
    "Queen",
    "Prince",
    "Princess",
];

/// Lower-case roles written before a name.
/// The sports roles ([`SPORTS_ROLES`]) count too: see [`role_noun`].
const ROLE_NOUNS: &[&str] = &[
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "president",
    "chairman",
    "chairwoman",
    "minister",
    "secretary",
    "director",
    "founder",
    "co-founder",
    "lawmaker",
    "senator",
    "governor",
    "mayor",
    "ambassador",
    "analyst",
    "economist",
    "professor",
    "actor",
    "actress",
    "singer",
    "writer",
    "author",
    "champion",
    "leader",
    "official",
    "candidate",
    "councillor",
    "councilor",
];

/// Roles in sport, written lower-case before a name ("Tunisia's coach
/// Nabil Maaloul") and between an organisation and a person; shared by the
/// names and the facts.
pub(crate) const SPORTS_ROLES: &[&str] = &[
    "coach",
    "manager",
    "captain",
    "goalkeeper",
    "defender",
    "striker",
    "midfielder",
    "forward",
    "player",
];

/// A lower-case role written before a name.
fn role_noun(w: &str) -> bool {
    ROLE_NOUNS.contains(&w) || SPORTS_ROLES.contains(&w)
}

fn add_titled_people(text: &str, tokens: &[Token], names: &mut Vec<Named>) {
    let lists = Lists::get();
    let mut set = Disjoint::new(names);
    for (i, t) in tokens.iter().enumerate() {
        let w = t.text(text);
        // Lower-case roles count after a possessive or an adjective of
        // nationality ("Tunisia's coach Nabil Maaloul", "English captain
        // Harry Kane").
        let role = role_noun(w)
            && i > 0
            && matches!(tokens[i - 1].text(text), p if p.ends_with("'s") || p.ends_with("’s")
                || p.chars().next().is_some_and(char::is_uppercase));
        if !NAME_TITLES.contains(&w) && !role {
            continue;
        }
        // One to three capitalised words, none a title, a listed place, an
        // organisation's head word or a common word written capitalised at
        // a sentence start ("The", "And").
        let mut j = i + 1;
        while j < tokens.len() && j < i + 4 {
            let w = tokens[j].text(text);
            let capital = w.chars().next().is_some_and(char::is_uppercase)
                && w.chars().skip(1).any(char::is_lowercase);
            let blocked = TITLES.contains(&w)
                || ORG_HEADS.contains(&w)
                || GOVERNMENT.contains(&w)
                || lists.contains(List::Country, w)
                || lists.contains(List::Region, w)
                || crate::lists::zipf(&w.to_lowercase()).is_some_and(|z| z >= 50);
            if !capital || blocked {
                break;
            }
            j += 1;
        }
        if j == i + 1 {
            continue;
        }
        let (start, end) = (tokens[i + 1].start, tokens[j - 1].end);
        if !role && set.overlapping(t.start, end).is_empty() {
            // The title goes in too: trimming it off records it.
            set.0.insert(
                t.start,
                Named {
                    start: t.start,
                    end,
                    label: Label::Per,
                },
            );
        } else if set.overlapping(start, end).is_empty() {
            set.0.insert(
                start,
                Named {
                    start,
                    end,
                    label: Label::Per,
                },
            );
        }
    }
    *names = set.into_vec();
}

/// Acronyms: one in brackets after a name is that name's ("Global
/// Infrastructure Partners (GIP)"); it then stands for it wherever it
/// appears alone ("GIP Chairman"). A known organisation's acronym leading a
/// longer name ("UN" in "UN Security Council") is a mention of its own,
/// inside the longer one.
fn add_acronyms(text: &str, tokens: &[Token], names: &mut Vec<Named>) {
    let is_acronym = |w: &str| {
        (2..=8).contains(&w.len())
            && w.chars()
                .all(|c| c.is_ascii_uppercase() || c == '.' || c.is_ascii_digit())
            && w.chars().next().is_some_and(|c| c.is_ascii_uppercase())
    };
    let mut defined: HashMap<&str, Label> = HashMap::new();
    let starts: HashMap<usize, usize> =
        tokens.iter().enumerate().map(|(i, t)| (t.end, i)).collect();
    for n in names.iter() {
        let Some(&last) = starts.get(&n.end) else {
            continue;
        };
        if let [open, acr, close, ..] = &tokens[last + 1..] {
            let a = acr.text(text);
            if open.text(text) == "(" && close.text(text) == ")" && is_acronym(a) {
                defined.entry(a).or_insert(n.label);
            }
        }
    }
    let mut set = Disjoint::new(names);
    for t in tokens {
        let w = t.text(text);
        if let Some(&label) = defined.get(w) {
            if set.overlapping(t.start, t.end).is_empty() {
                set.0.insert(
                    t.start,
                    Named {
                        start: t.start,
                        end: t.end,
                        label,
                    },
                );
            }
        }
    }
    let mut nested = Vec::new();
    for n in set.0.values() {
        let inside = crate::tokens::within(tokens, n.start, n.end);
        if let [first, _, ..] = inside {
            let w = first.text(text);
            if ORG_ACRONYMS.contains(&w) || defined.get(w) == Some(&Label::Org) {
                nested.push(Named {
                    start: first.start,
                    end: first.end,
                    label: Label::Org,
                });
            }
        }
    }
    *names = set.into_vec();
    names.extend(nested);
    fact_explorer_core::sort::sort_by_key(names, |n| (n.start, n.end));
}

/// Common Korean surnames in their usual romanisations.
const KOREAN_SURNAMES: &[&str] = &[
    "Kim", "Lee", "Yi", "Rhee", "Park", "Pak", "Choi", "Choe", "Jung", "Jeong", "Chung", "Kang",
    "Cho", "Jo", "Yoon", "Yun", "Jang", "Chang", "Lim", "Im", "Han", "Oh", "Seo", "Suh", "Shin",
    "Kwon", "Hwang", "Ahn", "An", "Song", "Yoo", "Yu", "Hong", "Jeon", "Chun", "Ko", "Moon",
    "Yang", "Son", "Bae", "Baek", "Paik", "Heo", "Huh", "Nam", "Ha", "Cha", "Noh", "Roh", "Ryu",
    "Yoo", "Woo", "Min", "Byun", "Sung", "Kwak", "Ham", "Byeon", "Do", "Gu", "Koo", "Won", "Chae",
    "Jin", "Pyo",
];

/// A romanised Korean given name: two capitalised syllables joined by a
/// hyphen ("Jung-woo", "Jae-young", "In-Soo").
fn korean_given(w: &str) -> bool {
    let Some((a, b)) = w.split_once('-') else {
        return false;
    };
    let syllable =
        |s: &str| (1..=5).contains(&s.len()) && s.chars().all(|c| c.is_ascii_alphabetic());
    syllable(a) && syllable(b) && a.starts_with(|c: char| c.is_ascii_uppercase())
}

/// Korean names the tagger (trained on English-language names) misses:
/// surname then hyphenated given name ("Ha Jung-woo") or the other way
/// round ("Jae-young Han"), added where the tagger found nothing.
/// Chinese and other East Asian surnames in their usual romanisations
/// (with the Korean ones above), short words the tagger often leaves out.
const ASIAN_SURNAMES: &[&str] = &[
    "Ho", "Ip", "Mak", "Or", "Chan", "Wong", "Lam", "Cheung", "Leung", "Tse", "Yau", "Tam", "Chow",
    "Ng", "Lau", "Kwok", "Wu", "Tang", "Lo", "Li", "Zhang", "Wang", "Liu", "Chen", "Yang", "Huang",
    "Zhao", "Zhou", "Xu", "Sun", "Ma", "Zhu", "Hu", "Guo", "He", "Lin", "Luo", "Gao", "Liang",
    "Zheng", "Xie", "Tan", "Goh", "Koh", "Teo", "Ong", "Fung", "Tsang", "Yip", "Mok", "Kwan",
];

/// A given name and a surname side by side ("Alice Mak", "Starry Lee"):
/// a person, in place of a shorter guess ("Alice" as a town).
fn add_given_and_surname(text: &str, tokens: &[Token], names: &mut Vec<Named>) {
    let lists = Lists::get();
    let capitalised = |w: &str| {
        w.chars().next().is_some_and(char::is_uppercase)
            && w.chars().skip(1).all(char::is_lowercase)
            && w.chars().count() >= 2
    };
    let mut set = Disjoint::new(names);
    for i in 0..tokens.len().saturating_sub(1) {
        let (a, b) = (tokens[i], tokens[i + 1]);
        let (x, y) = (a.text(text), b.text(text));
        if text.get(a.end..b.start) != Some(" ") || !capitalised(x) || !capitalised(y) {
            continue;
        }
        let asian = ASIAN_SURNAMES.contains(&y) || KOREAN_SURNAMES.contains(&y);
        let given = lists.contains(List::Given, x);
        // Common words capitalised at a sentence start are no given names.
        let common = crate::lists::zipf(&x.to_lowercase()).is_some_and(|z| z >= 50);
        // Or a rare word before an East Asian surname ("Junius Ho").
        let rare = crate::lists::zipf(&x.to_lowercase()).is_none_or(|z| z < 30);
        let paired = (given && (asian || lists.contains(List::Surname, y))) || (rare && asian);
        if !paired || common {
            continue;
        }
        let blocked = |w: &str| {
            TITLES.contains(&w)
                || ORG_HEADS.contains(&w)
                || lists.contains(List::Country, w)
                || lists.contains(List::Region, w)
        };
        if blocked(x) || blocked(y) {
            continue;
        }
        let n = Named {
            start: a.start,
            end: b.end,
            label: Label::Per,
        };
        let overlapping = set.overlapping(n.start, n.end);
        // The same two words taken for a place ("Kyle Walker" as a
        // region): a given name and a listed surname make a person.
        if let [m] = overlapping.as_slice() {
            if (m.start, m.end) == (n.start, n.end)
                && m.label == Label::Loc
                && given
                && lists.contains(List::Surname, y)
                && ![List::Country, List::City, List::Region]
                    .into_iter()
                    .any(|l| lists.contains(l, &text[n.start..n.end]))
            {
                set.remove(m);
                set.0.insert(n.start, n);
                continue;
            }
        }
        // Only where nothing longer or other than a one-word guess is.
        if overlapping
            .iter()
            .all(|m| m.start >= n.start && m.end <= n.end && m.end - m.start < n.end - n.start)
        {
            for m in &overlapping {
                set.remove(m);
            }
            set.0.insert(n.start, n);
        }
    }
    *names = set.into_vec();
}

fn add_korean_names(text: &str, tokens: &[Token], names: &mut Vec<Named>) {
    let mut found = Vec::new();
    for i in 0..tokens.len().saturating_sub(1) {
        let (a, b) = (tokens[i].text(text), tokens[i + 1].text(text));
        let hit = (KOREAN_SURNAMES.contains(&a) && korean_given(b))
            || (korean_given(a) && KOREAN_SURNAMES.contains(&b));
        if hit {
            found.push(Named {
                start: tokens[i].start,
                end: tokens[i + 1].end,
                label: Label::Per,
            });
        }
    }
    // The surname alone later on ("Ha said") is the same person.
    let surnames: Vec<&str> = found
        .iter()
        .filter_map(|n| {
            text[n.start..n.end]
                .split_whitespace()
                .find(|w| KOREAN_SURNAMES.contains(w))
        })
        .collect();
    let first_at = found.iter().map(|n| n.start).min().unwrap_or(usize::MAX);
    let mut alone = Vec::new();
    for t in tokens {
        if t.start > first_at && surnames.contains(&t.text(text)) {
            alone.push(Named {
                start: t.start,
                end: t.end,
                label: Label::Per,
            });
        }
    }
    found.extend(alone);
    let mut set = Disjoint::new(names);
    for n in found {
        // Replace a shorter overlapping guess ("Jae-young" alone).
        let overlapping = set.overlapping(n.start, n.end);
        for m in &overlapping {
            if m.end - m.start < n.end - n.start {
                set.remove(m);
            }
        }
        if set.overlapping(n.start, n.end).is_empty() {
            set.0.insert(n.start, n);
        }
    }
    *names = set.into_vec();
}

/// Whether the text outside a quote's marks has no attribution verb.
fn verb_free(text: &str, outside: &[std::ops::Range<usize>]) -> bool {
    !outside.iter().any(|r| {
        let words = &text[r.clone()];
        crate::tokens::tokenize(words)
            .iter()
            .any(|t| SAID.contains(&t.text(words)))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(set: &FactSet) -> Vec<(&str, EntityKind)> {
        set.entities
            .iter()
            .map(|e| (e.name.as_str(), e.kind))
            .collect()
    }

    #[test]
    fn a_draft_loads_and_its_mentions_are_the_texts_words() {
        let text = "BlackRock chief executive Larry Fink met President Lee Jae Myung in New York on Thursday. \
                    Fink said Global Infrastructure Partners (GIP) would invest in South Korea.";
        let set = draft(text, &Meta::default()).unwrap();
        for e in &set.entities {
            for m in &e.mentions {
                assert_eq!(&text[m.start..m.end], m.text);
            }
        }
        let fink = set
            .entities
            .iter()
            .find(|e| e.name == "Larry Fink")
            .expect("Larry Fink");
        assert_eq!(
            fink.mentions.len(),
            2,
            "the surname alone joins the full name"
        );
        assert!(names(&set).contains(&("South Korea", EntityKind::Country)));
        assert!(!set.entities.iter().any(|e| e.name == "President"));
    }

    #[test]
    fn bad_text_is_an_error_or_a_valid_draft_never_a_panic() {
        assert!(draft("", &Meta::default()).is_err());
        assert!(draft(" \n\t ", &Meta::default()).is_err());
        let long = "word ".repeat(200_000);
        let cases = [
            "\u{feff}A BOM first. Then Seoul.",
            "ALL CAPITALS: PRESIDENT LEE MET LARRY FINK IN NEW YORK.",
            "\"\"\"\" '' “ ” ‘ ’ « »",
            "Unbalanced \"quote from Mr. Kim, and (brackets",
            "مرحبا بالعالم. שלום עולם. Hello from Amman, Jordan.",
            "Emoji 🎉 in Seoul 🇰🇷 with Lee Jae-myung 👍.",
            "CRLF lines\r\nSecond line in Paris.\r\n",
            long.as_str(),
        ];
        for text in cases {
            let set = draft(text, &Meta::default()).expect("a draft");
            assert!(fact_explorer_core::load::validate(&set).is_ok());
        }
    }

    fn entity<'a>(set: &'a FactSet, name: &str) -> &'a Entity {
        set.entities
            .iter()
            .find(|e| e.name == name)
            .unwrap_or_else(|| panic!("no entity {name:?} in {:?}", names(set)))
    }

    #[test]
    fn a_title_before_unknown_words_makes_them_a_person() {
        let text = "GIP Chairman Adebayo Ogunlesi joined the talks. The Chairman said little.";
        let set = draft(text, &Meta::default()).unwrap();
        let p = entity(&set, "Adebayo Ogunlesi");
        assert_eq!(p.kind, EntityKind::Person);
        assert_eq!(p.description, "Chairman");
        // "The Chairman" alone names nobody.
        assert!(!set.entities.iter().any(|e| e.name.contains("Chairman")));
    }

    #[test]
    fn an_acronym_in_brackets_stands_for_its_name_everywhere() {
        let text =
            "Global Infrastructure Partners (GIP) will invest. GIP Chairman Adebayo Ogunlesi \
                    spoke at the UN Security Council. The UN agreed.";
        let set = draft(text, &Meta::default()).unwrap();
        let gip = entity(&set, "Global Infrastructure Partners");
        let words: Vec<&str> = gip.mentions.iter().map(|m| m.text.as_str()).collect();
        assert_eq!(words, ["Global Infrastructure Partners", "GIP", "GIP"]);
        // "UN" inside "UN Security Council" is a mention of the UN too.
        let un = entity(&set, "UN");
        assert_eq!(un.mentions.len(), 2);
        entity(&set, "UN Security Council");
    }

    #[test]
    fn a_capital_that_speaks_is_its_government_and_a_capital_you_are_in_is_a_city() {
        let text = "Lee arrived in Seoul on Monday. Seoul hopes the deal holds, and \
                    Seoul’s Ministry of Science signed it. They discussed the Seoul-Washington alliance.";
        let set = draft(text, &Meta::default()).unwrap();
        let city = entity(&set, "Seoul");
        assert_eq!(city.kind, EntityKind::City);
        assert_eq!(city.mentions.len(), 1);
        let gov = entity(&set, "Government of South Korea");
        assert_eq!(gov.kind, EntityKind::GovernmentBody);
        assert_eq!(gov.mentions.len(), 3, "{:?}", gov.mentions);
        let us = entity(&set, "Government of United States");
        assert_eq!(us.mentions[0].text, "Washington");
        assert!(fact_explorer_core::load::validate(&set).is_ok());
    }

    #[test]
    fn listed_places_get_the_right_kind() {
        let text = "Lee met the leaders of the Czech Republic and Poland in New York. \
                    He flew on to Asia. The first South Korean leader to do so, Lee said.";
        let set = draft(text, &Meta::default()).unwrap();
        assert_eq!(entity(&set, "Czech Republic").kind, EntityKind::Country);
        assert_eq!(entity(&set, "New York").kind, EntityKind::City);
        assert_eq!(entity(&set, "Asia").kind, EntityKind::Region);
        assert!(!set.entities.iter().any(|e| e.name == "South"));
    }

    #[test]
    fn words_quoted_inside_reported_speech_are_the_subjects() {
        let text = "Larry Fink met Ha Jung-woo. During the meeting, Fink pledged to make Korea \
                    the “AI capital in Asia” by attracting investment, according to Ha Jung-woo.";
        let set = draft(text, &Meta::default()).unwrap();
        let q = &set.quotes[0];
        assert_eq!(q.words.text, "AI capital in Asia");
        assert_eq!(
            q.speaker.as_deref(),
            Some(entity(&set, "Larry Fink").id.as_str())
        );
        assert_eq!(
            q.reported_by.as_deref(),
            Some(entity(&set, "Ha Jung-woo").id.as_str())
        );
    }

    #[test]
    fn organisation_phrases_hold_only_the_organisation_and_never_cross_a_line() {
        let text = "Lee Cheuk-yan of the Labour Party and Frederick Fung of the Democratic Party lost. \
                    The Office of the President agreed.\n\nAlvin Yeung of Civic Party\n\nNew People Party won.";
        let set = draft(text, &Meta::default()).unwrap();
        let all = names(&set);
        for (name, kind) in [
            ("Labour Party", EntityKind::Organisation),
            ("Democratic Party", EntityKind::Organisation),
            ("Office of the President", EntityKind::GovernmentBody),
            ("Civic Party", EntityKind::Organisation),
            ("New People Party", EntityKind::Organisation),
        ] {
            assert!(all.contains(&(name, kind)), "{name} in {all:?}");
        }
        assert!(
            !set.entities.iter().any(|e| e.name.contains('\n')),
            "{all:?}"
        );
        assert!(
            !set.entities
                .iter()
                .any(|e| e.name.contains(" of the Labour")),
            "{all:?}"
        );
    }

    #[test]
    fn a_given_name_or_a_rare_word_before_a_surname_is_a_person() {
        let text = "FTU's Alice Mak and nonpartisan Junius Ho won, as did Wilson Or.";
        let set = draft(text, &Meta::default()).unwrap();
        let all = names(&set);
        for name in ["Alice Mak", "Junius Ho", "Wilson Or"] {
            assert!(
                all.contains(&(name, EntityKind::Person)),
                "{name} in {all:?}"
            );
        }
        // The tagger takes "Kyle Walker" here for a region.
        let set = draft(
            "England made it 2 – 1 after Kyle Walker crossed the ball.",
            &Meta::default(),
        )
        .unwrap();
        assert!(names(&set).contains(&("Kyle Walker", EntityKind::Person)));
        // But a listed place stays a place, though "Hong" and "Kong" are
        // a given name and a surname.
        let set = draft(
            "Voters in Hong Kong elected 70 lawmakers. Hong Kong has 7 million people.",
            &Meta::default(),
        )
        .unwrap();
        assert!(
            names(&set)
                .iter()
                .any(|(n, k)| *n == "Hong Kong" && *k != EntityKind::Person),
            "{:?}",
            names(&set)
        );
    }

    #[test]
    fn he_said_is_the_one_person_of_the_sentence_before_unless_the_quote_names_them() {
        let text = "Harry Kane won the award. He said, \"In the first half it felt good.\"\n\n\
                    Critics praised Andy Warhol. He said, \"Andy Warhol was the center of the age.\"";
        let set = draft(text, &Meta::default()).unwrap();
        let kane = entity(&set, "Harry Kane").id.clone();
        let q = &set.quotes[0];
        assert_eq!(q.speaker.as_deref(), Some(kane.as_str()));
        assert!(q.marks.contains(&fact_explorer_core::model::Mark::Inferred));
        assert!(q.note.as_deref().unwrap_or("").contains("Harry Kane"));
        assert_eq!(set.quotes[1].speaker, None, "Warhol is the quote's subject");
    }

    #[test]
    fn a_straight_quote_after_punctuation_closes_and_a_quote_runs_over_an_unmarked_paragraph() {
        let text = "Kane said, \"In the first half it felt good out there.\n\n\
                    We could have scored two or three goals.\" After the match, Tunisia's coach \
                    Nabil Maaloul said, \"We were playing against a very good team.\"";
        let set = draft(text, &Meta::default()).unwrap();
        let words: Vec<&str> = set.quotes.iter().map(|q| q.words.text.as_str()).collect();
        assert_eq!(
            words,
            [
                "In the first half it felt good out there.",
                "We were playing against a very good team."
            ]
        );
        assert_eq!(
            set.quotes[0].continued[0].text,
            "We could have scored two or three goals."
        );
        let coach = entity(&set, "Nabil Maaloul");
        assert_eq!(set.quotes[1].speaker.as_deref(), Some(coach.id.as_str()));
    }
}

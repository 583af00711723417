//! From plain text to a draft fact set: the tagger's names become mentions
//! (titles kept out of the span and put in the description), the mentions
//! are clustered into entities across the whole article (a surname after
//! the full name, an acronym in brackets after its expansion, the same name
//! again), and each entity gets a kind (a listed country or city, else a
//! region; a government body by its words). The result loads in the
//! explorer without a problem, whatever the text.

use std::collections::HashMap;

use fact_explorer_core::model::{Article, Date, Entity, EntityKind, FactSet, Span, SCHEMA};

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

/// The tagger with the weights compiled into the crate.
pub fn model() -> &'static Model {
    static MODEL: std::sync::OnceLock<Model> = std::sync::OnceLock::new();
    MODEL
        .get_or_init(|| Model::from_bytes(include_bytes!("../model/names.bin")).unwrap_or_default())
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
    let tokens = tokenize(text);
    let names = model().names(text, &tokens);
    let mentions: Vec<Mention> = names
        .iter()
        .filter_map(|n| trim_title(text, &tokens, n))
        .collect();
    let entities = cluster(text, &mentions);
    let title = meta
        .title
        .clone()
        .filter(|t| !t.trim().is_empty())
        .unwrap_or_else(|| first_line(text));
    let byline = meta.byline.as_deref().and_then(|b| find(text, b));
    let mut set = FactSet {
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
        facts: Vec::new(),
        quotes: Vec::new(),
        events: Vec::new(),
        entity_index: HashMap::new(),
        involving: Vec::new(),
    };
    set.article.title_is_editorial = meta.title.is_none();
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
    let inside: Vec<&Token> = tokens
        .iter()
        .filter(|t| t.start >= n.start && t.end <= n.end)
        .collect();
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
    match label {
        Label::Per => EntityKind::Person,
        Label::Org => {
            if name.split_whitespace().any(|w| GOVERNMENT.contains(&w)) {
                EntityKind::GovernmentBody
            } else {
                EntityKind::Organisation
            }
        }
        Label::Loc => {
            let key = tokens_key(name);
            if lists.contains(List::Country, &key) {
                EntityKind::Country
            } else if lists.contains(List::Region, &key) {
                EntityKind::Region
            } else if lists.contains(List::City, &key) {
                EntityKind::City
            } else {
                EntityKind::Region
            }
        }
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

/// An id from a name: lower-case ASCII letters and digits joined by "_".
fn slug(name: &str) -> String {
    let mut out = String::new();
    for c in name.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.is_empty() && !out.ends_with('_') {
            out.push('_');
        }
    }
    let out = out.trim_end_matches('_').to_string();
    if out.is_empty() {
        "entity".into()
    } else {
        out
    }
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
}

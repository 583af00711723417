//! The [`Drafter`]: owns the weights and word lists, and drafts a fact set
//! from a text by running the passes over one [`Doc`] in order:
//!
//! tokens → part of speech → lemmas → dependency parse → names →
//! entities → coreference → quotes → amounts and times → facts → events.
//!
//! Every drafted item carries a confidence (in the fact set's `draft`
//! block, with the drafter's version), and the result always loads.

use rustc_hash::FxHashMap as HashMap;

use fact_explorer_core::authoring::slug;
use fact_explorer_core::model::{
    Article, Date, DraftInfo, Entity, EntityKind, Event, Fact, FactSet, Mark, Object, Qualifiers,
    Quote, Span, SCHEMA,
};

use crate::data::{Data, DataError};
use crate::doc::Doc;
use crate::entities::{self, Draft};
use crate::lemma::Lemmatizer;
use crate::lexicon::{self, Lexicon};
use crate::names::NameTagger;
use crate::parse::Parser;
use crate::perceptron::Model;
use crate::pos::Tagger;
use crate::{amounts, coref, events, facts, mentions, quotes};

/// What the caller knows about the article besides its text.
#[derive(Clone, Debug, Default)]
pub struct Meta {
    pub title: Option<String>,
    pub byline: Option<String>,
    pub date: Option<Date>,
}

/// Why a text could not be drafted.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DraftError {
    /// The text is empty or blank.
    Empty,
    /// The draft does not load (a bug: it always should).
    Inconsistent(String),
}

impl std::fmt::Display for DraftError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            DraftError::Empty => f.write_str("the text is empty"),
            DraftError::Inconsistent(e) => {
                write!(f, "the draft does not hold together (a bug): {e}")
            }
        }
    }
}

impl std::error::Error for DraftError {}

/// The passes a draft runs, for measuring what each adds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Passes {
    pub coref: bool,
    pub facts: bool,
    pub events: bool,
}

impl Default for Passes {
    fn default() -> Passes {
        Passes {
            coref: true,
            facts: true,
            events: true,
        }
    }
}

/// The drafting engine with its weights and word lists.
pub struct Drafter {
    pub lexicon: Lexicon,
    pub tagger: Tagger,
    pub lemmatizer: Lemmatizer,
    pub parser: Parser,
    pub names: NameTagger,
    /// The model that drafts facts no pattern words.
    pub relations: crate::relate::Relations,
    /// "fact-explorer-draft 0.2.0 (weights 1a2b3c4d)".
    pub version: String,
}

fn model(data: &Data, name: &str) -> Result<Model, DataError> {
    Model::read(data.file(name)?)
        .map(|(m, _)| m)
        .map_err(|e| DataError::Bad {
            file: name.to_string(),
            reason: e.to_string(),
        })
}

impl Drafter {
    /// A drafter from the packed data the authoring page fetches
    /// (`fact-explorer draft-data`, [`Data::unpack`]).
    pub fn from_packed(packed: &[u8]) -> Result<Drafter, DataError> {
        Drafter::new(&Data::unpack(packed)?)
    }

    /// A drafter from its data; a missing or unreadable file is an error,
    /// never a silently empty model.
    pub fn new(data: &Data) -> Result<Drafter, DataError> {
        for f in crate::data::FILES {
            data.file(f)?;
        }
        let text = |name: &str| data.text(name).map(str::to_string).unwrap_or_default();
        let lexicon = Lexicon::read(text);
        let mut hash = 0xcbf2_9ce4_8422_2325u64;
        for (name, bytes) in &data.files {
            if name.ends_with(".bin")
                || name == "lemmas.txt"
                || name == "pos-fixed.txt"
                || name == "relations.txt"
            {
                for b in bytes {
                    hash = (hash ^ u64::from(*b)).wrapping_mul(0x0000_0100_0000_01b3);
                }
            }
        }
        Ok(Drafter {
            tagger: Tagger {
                first: model(data, "pos-1.bin")?,
                second: model(data, "pos-2.bin")?,
                fixed: crate::pos::Fixed::read(data.text("pos-fixed.txt")?),
            },
            lemmatizer: Lemmatizer::read(data.text("lemmas.txt")?),
            parser: Parser {
                moves: model(data, "parse-moves.bin")?,
                labels: model(data, "parse-labels.bin")?,
            },
            names: NameTagger {
                first: model(data, "names-1.bin")?,
                second: model(data, "names-2.bin")?,
            },
            relations: crate::relate::Relations::read(data.text("relations.txt")?)?,
            lexicon,
            version: format!(
                "fact-explorer-draft {} (weights {:08x})",
                env!("CARGO_PKG_VERSION"),
                hash as u32
            ),
        })
    }

    /// The drafter with the data compiled into this build.
    #[cfg(feature = "embedded")]
    pub fn embedded() -> Result<Drafter, DataError> {
        Drafter::new(&Data::embedded())
    }

    /// Tokens, tags, lemmas and the parse of `text`.
    pub fn analyse<'t>(&self, text: &'t str) -> Doc<'t> {
        let mut doc = Doc::new(text, &self.lexicon);
        crate::corpus::tag_for_names(&mut doc, &self.tagger, &self.lexicon);
        roles_are_nouns(&mut doc);
        titled_names(&mut doc);
        headline_verbs(&mut doc);
        demonyms_as_nouns(&mut doc);
        verbs_after_who(&mut doc);
        names_read_as_words(&mut doc);
        lone_name_verbs(&mut doc);
        capitals_read_as_words(&mut doc);
        said_is_past(&mut doc);
        verbs_after_appositions(&mut doc);
        plural_nouns_after_described_names(&mut doc);
        named_meetings(&mut doc);
        self.past_verbs_read_as_adjectives(&mut doc);
        share_moves(&mut doc);
        self.lemmatizer.lemmatize(&mut doc, &self.lexicon);
        self.parser.parse(&mut doc);
        doc
    }

    /// "stayed away from the Arusha meeting and sent Burundi's foreign
    /// minister": an irregular past (one the lemmatizer's exceptions know
    /// as "VBD") read as an adjective right after "and", in a sentence whose
    /// verb before it is in the past, before a name or an article, is that
    /// past verb, joined to the one before.
    fn past_verbs_read_as_adjectives(&self, doc: &mut Doc) {
        let vbd = crate::labels::Tag::of("VBD", "VERB");
        for i in 1..doc.len().saturating_sub(1) {
            if doc.tags[i].penn() != "JJ"
                || doc.lower[i - 1] != "and"
                || !(doc.tags[i + 1].is_proper() || doc.tags[i + 1].penn() == "DT")
                || !self
                    .lemmatizer
                    .exceptions
                    .contains_key(&(doc.lower[i].clone(), "VBD".to_string()))
            {
                continue;
            }
            let sentence = doc.sentences[doc.sentence_of[i]].clone();
            if (sentence.start..i - 1).any(|k| doc.tags[k].penn() == "VBD") {
                doc.tags[i] = vbd;
            }
        }
    }

    /// The named entities of an analysed document.
    pub fn entities(&self, doc: &Doc) -> Vec<Draft> {
        let found = mentions::mentions(doc, self.names.tag(doc), &self.lexicon);
        let mut entities = entities::cluster(doc, &found, &self.lexicon);
        entities::governments_named_by_capitals(doc, &mut entities);
        entities::merge_known_as(doc, &mut entities);
        entities::merge_short_bodies(&mut entities, &self.lexicon);
        entities::bodies_without_their_owner(&mut entities, &self.lexicon);
        entities::full_names_of_short_ones(&mut entities);
        entities::surnames_before_full_names(&mut entities);
        entities
    }

    /// Drafts a fact set from `text`. Never panics; an empty or blank text
    /// is [`DraftError::Empty`].
    pub fn draft(&self, text: &str, meta: &Meta) -> Result<FactSet, DraftError> {
        self.draft_with(text, meta, Passes::default())
    }

    /// [`Drafter::draft`] with some passes left out (for measuring).
    pub fn draft_with(
        &self,
        text: &str,
        meta: &Meta,
        passes: Passes,
    ) -> Result<FactSet, DraftError> {
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        if text.trim().is_empty() {
            return Err(DraftError::Empty);
        }
        let doc = self.analyse(text);
        self.draft_analysed(&doc, meta, passes)
    }

    /// The entities of an analysed document, with the countries its
    /// people's words stand for and the parties its party adjectives do
    /// (each token's entity, added to the entities as needed): what the
    /// facts read.
    fn named_things(
        &self,
        doc: &Doc,
    ) -> (Vec<Draft>, HashMap<usize, usize>, HashMap<usize, usize>) {
        let mut entities = self.entities(doc);
        let demonyms = entities::countries_of_demonyms(doc, &mut entities);
        let parties = entities::parties_of_adjectives(doc, &mut entities);
        (entities, demonyms, parties)
    }

    /// Every pair of things a sentence of an analysed document names, with
    /// the tree path between them, the pattern it matched and the learned
    /// model's view of it ([`crate::facts::explain`]), and the entities
    /// they are of: for diagnostics.
    pub fn explain(&self, doc: &Doc) -> (Vec<Draft>, Vec<crate::facts::Explained>) {
        let (entities, demonyms, parties) = self.named_things(doc);
        let coref = crate::coref::resolve(doc, &entities, &self.lexicon);
        let explained = crate::facts::explain(
            doc,
            &entities,
            &coref,
            &demonyms,
            &parties,
            Some(&self.relations),
        );
        (entities, explained)
    }

    /// Drafts from a document already tokenized, tagged and parsed (by
    /// [`Drafter::analyse`], or by hand: measuring with the treebank's own
    /// trees).
    pub fn draft_analysed(
        &self,
        doc: &Doc,
        meta: &Meta,
        passes: Passes,
    ) -> Result<FactSet, DraftError> {
        if doc.text.trim().is_empty() {
            return Err(DraftError::Empty);
        }
        let (mut entities, demonyms, parties) = self.named_things(doc);
        let named = entities.len();
        let coref = if passes.coref {
            coref::resolve(doc, &entities, &self.lexicon)
        } else {
            coref::Coref::default()
        };
        // Token -> entity, for quotes and facts.
        let mut entity_at_map: HashMap<usize, usize> = HashMap::default();
        for (e, d) in entities.iter().enumerate() {
            for m in &d.mentions {
                for t in m.clone() {
                    entity_at_map.entry(t).or_insert(e);
                }
            }
        }
        let entity_at = |t: usize| entity_at_map.get(&t).copied();
        let speaks = |e: usize| {
            matches!(
                entities[e].kind,
                EntityKind::Person | EntityKind::Organisation | EntityKind::GovernmentBody
            )
        };
        let is_person = |e: usize| entities[e].kind == EntityKind::Person;
        let found_quotes = quotes::speakers(
            doc,
            quotes::quotations(doc),
            &entity_at,
            &coref,
            (&speaks, &is_person),
        );
        // A token inside a quote: the speaker of the first quote it is in
        // (looked up, not searched for: facts ask for every pair, issue 26).
        let mut quote_at: Vec<Option<usize>> = vec![None; doc.len()];
        for (k, q) in found_quotes.iter().enumerate() {
            for t in q.quotation.parts.iter().flat_map(|p| p.clone()) {
                if let Some(at @ None) = quote_at.get_mut(t) {
                    *at = Some(k);
                }
            }
        }
        let speaker_of_token = |t: usize| {
            quote_at
                .get(t)
                .copied()
                .flatten()
                .and_then(|k| found_quotes[k].speaker)
        };
        // Amounts and times: entities after the named ones.
        let mut times_at: HashMap<usize, usize> = HashMap::default();
        let mut used: rustc_hash::FxHashSet<String> =
            entities.iter().map(|d| d.id.clone()).collect();
        let mut by_wording: HashMap<String, usize> = HashMap::default();
        for f in amounts::find(doc) {
            let words = doc.span_text(f.tokens.clone()).to_string();
            let key = words.to_lowercase();
            let e = match by_wording.get(&key) {
                Some(&e) => {
                    entities[e].mentions.push(f.tokens.clone());
                    e
                }
                None => {
                    let mut name = words.clone();
                    if let Some(first) = name.chars().next() {
                        name = first.to_uppercase().chain(name.chars().skip(1)).collect();
                    }
                    let prefix = if f.time { "time" } else { "amount" };
                    let id = entities::unique_id(&mut used, &format!("{prefix}_{}", slug(&words)));
                    entities.push(Draft {
                        id,
                        name,
                        kind: if f.time {
                            EntityKind::Time
                        } else {
                            EntityKind::Amount
                        },
                        label: crate::gum::Label::Loc,
                        aliases: Vec::new(),
                        description: String::new(),
                        mentions: vec![f.tokens.clone()],
                        confidence: 0.85,
                        note: None,
                    });
                    by_wording.insert(key, entities.len() - 1);
                    entities.len() - 1
                }
            };
            if f.time {
                for t in f.tokens.clone() {
                    times_at.insert(t, e);
                }
            }
        }
        let found_facts = if passes.facts {
            facts::facts(
                doc,
                &entities[..named],
                &coref,
                &demonyms,
                &parties,
                &speaker_of_token,
                Some(&self.relations),
            )
        } else {
            Vec::new()
        };
        let found_events = if passes.events {
            events::events(doc, &entities[..named], &coref, &|t| {
                times_at.get(&t).copied()
            })
        } else {
            Vec::new()
        };
        self.assemble(doc, meta, entities, found_quotes, found_facts, found_events)
    }

    /// The fact set from what the passes found.
    fn assemble(
        &self,
        doc: &Doc,
        meta: &Meta,
        entities: Vec<Draft>,
        found_quotes: Vec<quotes::Quote>,
        found_facts: Vec<facts::Fact>,
        found_events: Vec<events::Event>,
    ) -> Result<FactSet, DraftError> {
        let text = doc.text;
        let span = |r: std::ops::Range<usize>| {
            let b = doc.bytes(r);
            Span {
                start: b.start,
                end: b.end,
                text: text[b].to_string(),
            }
        };
        let mut confidence = std::collections::BTreeMap::new();
        let ids: Vec<String> = entities.iter().map(|d| d.id.clone()).collect();
        // An entity with no mention (a country named only by a nationality
        // word) stays only if a fact, quote or event refers to it.
        let mut referred = vec![false; entities.len()];
        for f in &found_facts {
            for e in [Some(f.subject), Some(f.object), f.attributed_to]
                .into_iter()
                .flatten()
            {
                referred[e] = true;
            }
        }
        for q in &found_quotes {
            for e in [q.speaker, q.reported_by].into_iter().flatten() {
                referred[e] = true;
            }
        }
        for ev in &found_events {
            for &e in ev.who.iter().chain(&ev.place) {
                referred[e] = true;
            }
        }
        let out_entities: Vec<Entity> = entities
            .iter()
            .enumerate()
            .filter(|(i, d)| !d.mentions.is_empty() || referred[*i])
            .map(|(_, d)| {
                confidence.insert(d.id.clone(), round(d.confidence));
                let mut mentions: Vec<Span> = d.mentions.iter().map(|m| span(m.clone())).collect();
                fact_explorer_core::sort::sort_by_key(&mut mentions, |s| s.start);
                mentions.dedup_by_key(|s| s.start);
                Entity {
                    id: d.id.clone(),
                    name: d.name.clone(),
                    kind: d.kind,
                    aliases: d.aliases.clone(),
                    description: d.description.clone(),
                    mentions,
                }
            })
            .collect();
        let mut quotes_out = Vec::new();
        for (n, q) in found_quotes.iter().enumerate() {
            let id = format!("q{}", n + 1);
            confidence.insert(id.clone(), round(q.confidence));
            let outside: Vec<String> = {
                let mut parts = Vec::new();
                let mut at = q.quotation.around.start;
                for p in &q.quotation.parts {
                    if p.start > at + 1 {
                        parts.push(doc.span_text(at..p.start - 1).to_string());
                    }
                    at = p.end + 1;
                }
                if q.quotation.around.end > at {
                    parts.push(doc.span_text(at..q.quotation.around.end).to_string());
                }
                parts
                    .iter()
                    .map(|s| {
                        s.trim_matches(|c: char| {
                            c.is_whitespace() || matches!(c, ',' | '“' | '”' | '"' | '.' | ':')
                        })
                        .to_string()
                    })
                    .filter(|s| !s.is_empty())
                    .collect()
            };
            let mut marks = Vec::new();
            if q.inferred.is_some() {
                marks.push(Mark::Inferred);
            }
            quotes_out.push(Quote {
                id,
                speaker: q.speaker.map(|e| ids[e].clone()),
                words: span(q.quotation.parts[0].clone()),
                continued: q.quotation.parts[1..]
                    .iter()
                    .map(|p| span(p.clone()))
                    .collect(),
                attribution: if q.speaker.is_some() {
                    outside.join(" … ")
                } else {
                    String::new()
                },
                reported_by: q.reported_by.map(|e| ids[e].clone()),
                marks,
                note: q.inferred.clone(),
                evidence: vec![span(q.quotation.around.clone())],
            });
        }
        let mut facts_out = Vec::new();
        for (n, f) in found_facts.iter().enumerate() {
            let id = format!("f{}", n + 1);
            confidence.insert(id.clone(), round(f.confidence));
            let mut marks = Vec::new();
            if f.note.is_some() {
                marks.push(Mark::Inferred);
            }
            facts_out.push(Fact {
                id,
                subject: ids[f.subject].clone(),
                relation: f.relation.clone(),
                object: Object::Entity(ids[f.object].clone()),
                status: f.status,
                marks,
                qualifiers: Qualifiers {
                    attributed_to: f.attributed_to.map(|e| ids[e].clone()),
                    role: f.role.clone(),
                    note: f.note.clone(),
                    ..Qualifiers::default()
                },
                evidence: vec![span(f.evidence.clone())],
            });
        }
        let mut events_out = Vec::new();
        for (n, e) in found_events.iter().enumerate() {
            let id = format!("e{}", n + 1);
            confidence.insert(id.clone(), round(e.confidence));
            events_out.push(Event {
                id,
                day: e.day,
                date: None,
                title: e.title.clone(),
                who: e.who.iter().map(|&w| ids[w].clone()).collect(),
                place: e.place.map(|p| ids[p].clone()),
                status: e.status,
                marks: Vec::new(),
                evidence: vec![span(e.evidence.clone())],
            });
        }
        let title = meta
            .title
            .clone()
            .filter(|t| !t.trim().is_empty())
            .unwrap_or_else(|| first_line(text));
        let byline = meta.byline.as_deref().and_then(|b| find(text, b));
        let set = FactSet {
            schema: SCHEMA.to_string(),
            article: Article {
                title,
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
            entities: out_entities,
            facts: facts_out,
            quotes: quotes_out,
            events: events_out,
            draft: Some(DraftInfo {
                drafter: self.version.clone(),
                confidence,
            }),
            entity_index: Default::default(),
            involving: Vec::new(),
        };
        fact_explorer_core::load::prepare(set).map_err(|e| DraftError::Inconsistent(e.to_string()))
    }
}

/// Confidence to two decimals (stable output).
fn round(x: f32) -> f32 {
    (x.clamp(0.0, 1.0) * 100.0).round() / 100.0
}

/// The article's first line that is not a dateline: a story that opens
/// with "MOSCOW 1996-10-17" and no headline is titled by its lead.
fn first_line(text: &str) -> String {
    let mut lines = text.lines().map(str::trim).filter(|l| !l.is_empty());
    let first = lines.next().unwrap_or("Untitled");
    let line = if lexicon::is_dateline(first) {
        lines.next().unwrap_or(first)
    } else {
        first
    };
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

/// "Creditanstalt chief executive Guido Schmidt-Chiari told…": the tagger
/// may read a role after a name as the sentence's verb. Words for a role
/// that are never verbs are nouns (and a result's verb between two names
/// is a verb). (After the tags the name tagger learnt
/// from, so its training reads what it always read.)
fn roles_are_nouns(doc: &mut Doc) {
    const NEVER_VERBS: &[&str] = &[
        "chief",
        "executive",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "president",
        "minister",
        "chairman",
        "chairwoman",
        "secretary",
        "director",
        "governor",
        "ambassador",
        "envoy",
        "leader",
        "premier",
        "mayor",
        "senator",
        "commissioner",
    ];
    let nn = crate::labels::Tag::of("NN", "NOUN");
    for i in 0..doc.len() {
        if doc.tags[i].is_verb() && NEVER_VERBS.contains(&doc.lower[i].as_str()) {
            doc.tags[i] = nn;
        }
    }
    // "WMC managing director Hugh Morgan", "Mexico City regent Oscar
    // Espinosa": "managing" of a title is its adjective, not a verb; a
    // role word between a name and a name is a noun, not an adjective.
    let jj = crate::labels::Tag::of("JJ", "ADJ");
    let nnp = crate::labels::Tag::of("NNP", "PROPN");
    let nns = crate::labels::Tag::of("NNS", "NOUN");
    for i in 1..doc.len().saturating_sub(1) {
        if doc.lower[i] == "managing"
            && matches!(doc.lower[i + 1].as_str(), "director" | "editor" | "partner")
        {
            doc.tags[i] = jj;
        }
        // ("Peugeot sports director Jean-Pierre Jabouille": a word in "-s"
        // between a name and a role before a name is the role's noun, not
        // a verb.)
        if doc.tags[i].penn() == "VBZ"
            && doc.word(i) == doc.lower[i]
            && doc.tags[i - 1].is_proper()
            && i + 2 < doc.len()
            && crate::lexicon::ROLES.contains(&doc.lower[i + 1].as_str())
            && doc.tags[i + 2].is_proper()
        {
            doc.tags[i] = nns;
        }
        if doc.tags[i].penn() == "JJ"
            && doc.word(i).starts_with(char::is_lowercase)
            && crate::lexicon::ROLES.contains(&doc.lower[i].as_str())
            && doc.tags[i - 1].is_proper()
            // (Or before its place or owner: "The WHO representative in
            // Nigeria, Abdoulaye Diallo, said".)
            && (doc.tags[i + 1].is_proper()
                || matches!(doc.lower[i + 1].as_str(), "in" | "of" | "to" | "for" | "at"))
        {
            doc.tags[i] = nn;
        }
    }
    // "Cardinal Stephen Kim Sou-hwan, the Archbishop of Seoul, urged…": a
    // capitalised title read as an adjective, before a name, is the name's
    // title (the parse had hung the name from it, and made the
    // archbishop the one who urged).
    for i in 0..doc.len().saturating_sub(1) {
        if doc.tags[i].penn() == "JJ"
            && crate::lexicon::capitalised(doc.word(i))
            && crate::lexicon::ROLES.contains(&doc.lower[i].as_str())
            && doc.tags[i + 1].is_proper()
        {
            doc.tags[i] = nnp;
        }
    }
    // And the other way: "Goran Ivanisevic beat Russia's Yevgeny
    // Kafelnikov 6-4": a result's verb between two names is the verb (and
    // "Saudi Arabia accused Venezuela of pumping": not "the accused").
    let vbd = crate::labels::Tag::of("VBD", "VERB");
    for i in 1..doc.len().saturating_sub(1) {
        if matches!(
            doc.word(i),
            "beat" | "defeated" | "edged" | "thrashed" | "outclassed" | "accused"
        ) && !doc.tags[i].is_verb()
            // (Or after a relative pronoun: "Real Madrid, who beat
            // Valencia 2-0".)
            && (doc.tags[i - 1].is_proper() || matches!(doc.lower[i - 1].as_str(), "who" | "which"))
            && (doc.tags[i + 1].is_proper() || doc.lower[i + 1] == "the")
        {
            doc.tags[i] = vbd;
        }
    }
    // "by beating Celtic 3-1": a capitalised word inside a sentence, after
    // a verb and before a score, is the beaten team's name, not an
    // adjective.
    for i in 1..doc.len().saturating_sub(1) {
        let w = doc.word(i);
        if !doc.tags[i].is_proper()
            && !doc.tags[i].is_verb()
            && crate::lexicon::capitalised(w)
            && w.chars().skip(1).all(char::is_lowercase)
            && doc.tags[i - 1].is_verb()
            && crate::lexicon::is_score(doc.word(i + 1))
        {
            doc.tags[i] = nnp;
        }
    }
}

/// '"…, but the season is long," the Italian said.': a verb of speech
/// the tagger read as a participle, with no auxiliary before it, right
/// after a quote and the few words naming its speaker, is in the past
/// tense (as a participle it took the quote's subject as its own
/// and the speaker as a second one).
fn said_is_past(doc: &mut Doc) {
    let vbd = crate::labels::Tag::of("VBD", "VERB");
    for i in 1..doc.len() {
        if doc.tags[i].penn() != "VBN"
            || !matches!(doc.lower[i].as_str(), "said" | "told" | "added")
        {
            continue;
        }
        let start = doc.sentences[doc.sentence_of[i]].start;
        let auxiliary = (i.saturating_sub(4).max(start)..i).any(|k| {
            matches!(
                doc.lower[k].as_str(),
                "is" | "was"
                    | "were"
                    | "are"
                    | "be"
                    | "been"
                    | "being"
                    | "has"
                    | "have"
                    | "had"
                    | "having"
                    | "'s"
                    | "’s"
                    | "get"
                    | "got"
                    | "gets"
            )
        });
        let modifier = matches!(doc.lower[i - 1].as_str(), "the" | "a" | "an" | "of");
        // (Right after a quote and its speaker's few words: '…," the
        // Italian said'.)
        let after_quote = (i.saturating_sub(6).max(start)..i)
            .rev()
            .find(|&k| matches!(doc.word(k), "\"" | "''" | "”"));
        let speaker_words = after_quote.is_some_and(|q| {
            (q + 1..i).all(|k| !doc.tags[k].is_punct() && !doc.tags[k].is_verb()) && q + 1 < i
        });
        if !auxiliary && !modifier && speaker_words {
            doc.tags[i] = vbd;
        }
    }
}

/// "Howard Wolpe, the U.S. special envoy to the Great Lakes region, held
/// talks with Nyerere": a sentence opening with a name and a phrase in
/// apposition to it, then a past form the tagger read as a participle
/// ("held talks" as a noun phrase), with no finite verb in the apposition
/// and none after it in its clause, is the sentence's verb in the past
/// tense (as a participle, the parse had made the rest a second
/// apposition and the sentence's subject nobody's).
fn verbs_after_appositions(doc: &mut Doc) {
    let vbd = crate::labels::Tag::of("VBD", "VERB");
    let finite = |doc: &Doc, k: usize| matches!(doc.tags[k].penn(), "VBD" | "VBZ" | "VBP" | "MD");
    for s in 0..doc.sentences.len() {
        let range = doc.sentences[s].clone();
        let start = range.start;
        // The opening name, up to its comma.
        let Some(comma) = (start..range.end).find(|&k| !doc.tags[k].is_proper()) else {
            continue;
        };
        if comma == start
            || doc.word(comma) != ","
            || comma + 1 >= range.end
            || matches!(doc.tags[comma + 1].penn(), "CC" | "WP" | "WDT")
        {
            continue;
        }
        for i in comma + 2..range.end.saturating_sub(1) {
            if finite(doc, i) {
                break;
            }
            let w = doc.lower[i].as_str();
            if doc.tags[i].penn() != "VBN"
                || doc.word(i - 1) != ","
                || !(w.ends_with("ed") || crate::lexicon::SAME_PAST.contains(&w))
                || matches!(
                    doc.lower[i + 1].as_str(),
                    "by" | "in" | "on" | "last" | "this" | "as"
                )
            {
                continue;
            }
            // None after it in its clause.
            let later = (i + 1..range.end)
                .take_while(|&k| {
                    !matches!(
                        doc.lower[k].as_str(),
                        "and" | "but" | "who" | "which" | "that" | "\"" | "“" | "”"
                    )
                })
                .any(|k| finite(doc, k));
            if !later {
                doc.tags[i] = vbd;
            }
            break;
        }
    }
}

/// "stayed away from the Arusha meeting and sent…": "meeting" after an
/// article and a name is the noun (the tagger read the participle, and the
/// parse hung the rest of the sentence from it).
fn named_meetings(doc: &mut Doc) {
    let nn = crate::labels::Tag::of("NN", "NOUN");
    for i in 2..doc.len() {
        if !(matches!(
            doc.lower[i].as_str(),
            "meeting" | "meetings" | "hearing" | "gathering"
        ) && doc.tags[i].is_verb()
            && doc.tags[i - 1].is_proper())
        {
            continue;
        }
        // (Back over the name's words to the article.)
        let mut k = i - 1;
        while k > 0 && doc.tags[k].is_proper() && i - k <= 4 {
            k -= 1;
        }
        if matches!(doc.lower[k].as_str(), "the" | "a" | "an" | "this" | "that") {
            doc.tags[i] = if doc.lower[i].ends_with('s') {
                crate::labels::Tag::of("NNS", "NOUN")
            } else {
                nn
            };
        }
    }
}

/// "Sato rejected fresh U.S. demands to open the market": a word in "-s"
/// after a name that an adjective describes, inside the object of a verb
/// before it (no comma, conjunction or clause's word between), is a
/// plural noun, not a second verb (which had made "U.S." the subject of
/// what Sato did next).
fn plural_nouns_after_described_names(doc: &mut Doc) {
    let nns = crate::labels::Tag::of("NNS", "NOUN");
    for i in 3..doc.len() {
        if doc.tags[i].penn() != "VBZ"
            || !doc.tags[i - 1].is_proper()
            || doc.tags[i - 2].penn() != "JJ"
            || !doc.word(i - 2).starts_with(char::is_lowercase)
        {
            continue;
        }
        let start = doc.sentences[doc.sentence_of[i]].start;
        let verb_before = (start..i - 2).rev().find(|&k| {
            matches!(doc.tags[k].penn(), "VBD" | "VBZ" | "VBP")
                || doc.word(k) == ","
                || matches!(doc.tags[k].penn(), "CC" | "WDT" | "WP")
                || doc.lower[k] == "that"
        });
        if verb_before.is_some_and(|k| matches!(doc.tags[k].penn(), "VBD" | "VBZ" | "VBP")) {
            doc.tags[i] = nns;
        }
    }
}

/// "Daimler shares fell 2.10 marks", "Telefonica shares rose": the
/// training text has little market news, and the tagger reads "shares"
/// after a name as the verb (and "rose" as a flower). "Shares" or "stock"
/// after a name or "its", before a past form, is the subject's noun and
/// the past form its verb.
fn share_moves(doc: &mut Doc) {
    let nns = crate::labels::Tag::of("NNS", "NOUN");
    let nn = crate::labels::Tag::of("NN", "NOUN");
    let vbd = crate::labels::Tag::of("VBD", "VERB");
    for i in 1..doc.len().saturating_sub(1) {
        let noun = match doc.lower[i].as_str() {
            "shares" | "stocks" => nns,
            "stock" => nn,
            _ => continue,
        };
        let owner =
            doc.tags[i - 1].is_proper() || matches!(doc.lower[i - 1].as_str(), "its" | "their");
        let next = doc.lower[i + 1].as_str();
        let past = matches!(
            next,
            "rose" | "fell" | "slid" | "sank" | "shot" | "lost" | "won"
        ) || (next.ends_with("ed") && next.len() > 4);
        if owner && past && doc.sentence_of[i + 1] == doc.sentence_of[i] {
            doc.tags[i] = noun;
            doc.tags[i + 1] = vbd;
        }
    }
}

/// The words (those opening with a letter) of the sentence token `t` is in.
fn sentence_words<'a>(doc: &'a Doc, t: usize) -> Vec<&'a str> {
    doc.sentences[doc.sentence_of[t]]
        .clone()
        .map(|k| doc.word(k))
        .filter(|w| w.starts_with(char::is_alphabetic))
        .collect()
}

/// "Seoul Mayor Cho Soon, who was elected…": inside a sentence, a
/// capitalised word right after a proper noun that the tagger read as an
/// adverb, a preposition or a modal ("Soon", "Then", "Will") goes on the
/// name; read as "soon", it hangs the name's relative clause on an adverb.
/// Not in a headline, nor on a line that capitalises most of its words.
fn names_read_as_words(doc: &mut Doc) {
    let nnp = crate::labels::Tag::of("NNP", "PROPN");
    let title_case = |doc: &Doc, t: usize| {
        let words = sentence_words(doc, t);
        let capitals = words
            .iter()
            .filter(|w| crate::lexicon::capitalised(w))
            .count();
        capitals * 5 > words.len() * 3
    };
    let headline = doc.headline().unwrap_or(0..0);
    for i in 1..doc.len() {
        let w = doc.word(i);
        if !crate::lexicon::capitalised(w)
            || w == "I"
            || !w.chars().skip(1).all(char::is_lowercase)
            || doc.tokens[i].line_start
            || doc.sentence_initial(i)
            || headline.contains(&i)
            || !(matches!(
                doc.tags[i].penn(),
                "RB" | "RBR" | "RBS" | "IN" | "MD" | "WRB"
            ) || (doc.tags[i].is_verb()
                && matches!(
                    doc.lower[i].as_str(),
                    "were" | "was" | "is" | "are" | "be" | "been" | "has" | "have" | "had"
                )))
            || !doc.tags[i - 1].is_proper()
            || !crate::lexicon::capitalised(doc.word(i - 1))
            || doc.sentence_of[i - 1] != doc.sentence_of[i]
            || title_case(doc, i)
        {
            continue;
        }
        doc.tags[i] = nnp;
    }
}

/// "a code-sharing pact with United, was building": the treebank tags the
/// "United" of "United States" a proper verb (NNP / VERB), and the parse
/// reads a lone one as a verb's word ("with United" as a fixed phrase); a
/// proper verb with no capitalised word after it is a name of its own (a
/// body's short name: "United chairman Gerald Greenwald").
fn lone_name_verbs(doc: &mut Doc) {
    let nnp = crate::labels::Tag::of("NNP", "PROPN");
    for i in 0..doc.len() {
        if doc.tags[i].penn() == "NNP"
            && doc.tags[i].upos() == "VERB"
            && !(i + 1 < doc.len() && crate::lexicon::capitalised(doc.word(i + 1)))
        {
            doc.tags[i] = nnp;
        }
    }
}

/// "the Spanish team ONCE": inside a sentence written in lower case, a
/// word in capitals the tagger read as a function word, an adjective or a
/// verb ("ONCE" as "once") is a name or an acronym.
fn capitals_read_as_words(doc: &mut Doc) {
    let nnp = crate::labels::Tag::of("NNP", "PROPN");
    let headline = doc.headline().unwrap_or(0..0);
    for i in 1..doc.len() {
        let w = doc.word(i);
        if w.chars().filter(|c| c.is_alphabetic()).count() < 2
            || !w.chars().all(|c| c.is_uppercase() || c == '-')
            || headline.contains(&i)
            || doc.sentence_initial(i)
            || doc.tags[i].is_proper()
            || doc.tags[i].is_noun()
            || doc.tags[i].is_punct()
        {
            continue;
        }
        // (A sentence in lower case: most of its words have a small letter.)
        let words = sentence_words(doc, i);
        let shouted = words
            .iter()
            .filter(|w| !w.chars().any(char::is_lowercase))
            .count();
        if shouted * 3 > words.len() {
            continue;
        }
        doc.tags[i] = nnp;
    }
}

/// "Jalabert, who rides for the Spanish team ONCE, won": right after
/// "who" (or "who also", "who now"), a word in "-s" that can be a verb is
/// the relative clause's verb, not a plural noun (which the parse makes
/// the sentence's subject).
fn verbs_after_who(doc: &mut Doc) {
    let vbz = crate::labels::Tag::of("VBZ", "VERB");
    for i in 1..doc.len() {
        let mut w = i - 1;
        if w > 0
            && matches!(
                doc.lower[w].as_str(),
                "also" | "now" | "still" | "currently"
            )
        {
            w -= 1;
        }
        if doc.lower[w] != "who"
            || doc.tags[i].penn() != "NNS"
            || !doc.lower[i].ends_with('s')
            || !doc.lex[i].classes.verb()
        {
            continue;
        }
        doc.tags[i] = vbz;
    }
}

/// "Karim Benali, a 31-year-old Algerian who was arrested…", "of another
/// Algerian, Rachid Ramda": a people's word after an article ("a", "an",
/// "another", "the") and the words that describe it, with no noun after
/// it, is a noun, the head of its phrase, not an adjective left without
/// one (from which the parse then hangs the clause after it).
fn demonyms_as_nouns(doc: &mut Doc) {
    let nn = crate::labels::Tag::of("NN", "NOUN");
    for i in 1..doc.len() {
        if doc.tags[i].upos() != "ADJ" || crate::lexicon::demonym(doc.word(i)).is_none() {
            continue;
        }
        let next_describes = i + 1 < doc.len()
            && doc.sentence_of[i + 1] == doc.sentence_of[i]
            && (doc.tags[i + 1].is_noun()
                || doc.tags[i + 1].upos() == "ADJ"
                || doc.word(i + 1) == "-");
        if next_describes {
            continue;
        }
        // Back over what describes it ("31-year-old", "young") to "a".
        let mut k = i;
        while k > 0
            && i - k < 8
            && (doc.tags[k - 1].upos() == "ADJ"
                || doc.tags[k - 1].upos() == "NUM"
                || matches!(doc.word(k - 1), "-" | "year" | "years"))
        {
            k -= 1;
        }
        if k > 0 && matches!(doc.lower[k - 1].as_str(), "a" | "an" | "another" | "the") {
            doc.tags[i] = nn;
        }
    }
}

/// "the pro-government Our Home Is Russia party": inside a sentence, a run
/// of capitalised words right before a lower-case word for a body
/// (`BODY_NOUNS`), with a word in it that is never capitalised there unless
/// it is part of a name ("Our", "Is"; not "I"), is one name: all proper
/// nouns, or the parse reads "Is" as the clause's verb.
fn titled_names(doc: &mut Doc) {
    let nnp = crate::labels::Tag::of("NNP", "PROPN");
    let capital =
        |doc: &Doc, t: usize| crate::lexicon::capitalised(doc.word(t)) && !doc.tokens[t].line_start;
    let mut a = 1;
    while a < doc.len() {
        if !capital(doc, a) || capital(doc, a - 1) || doc.sentence_initial(a) {
            a += 1;
            continue;
        }
        let mut b = a;
        while b < doc.len() && capital(doc, b) && doc.sentence_of[b] == doc.sentence_of[a] {
            b += 1;
        }
        let closed = |t: usize| {
            let tag = doc.tags[t];
            !(tag.is_proper() || tag.is_noun() || matches!(tag.penn(), "JJ" | "CD"))
                && doc.word(t) != "I"
                && doc.word(t).chars().skip(1).all(char::is_lowercase)
        };
        if b - a >= 2
            && b < doc.len()
            && doc.sentence_of[b] == doc.sentence_of[a]
            && crate::lexicon::BODY_NOUNS.contains(&doc.word(b))
            && (a..b).any(closed)
        {
            for t in a..b {
                doc.tags[t] = nnp;
            }
        }
        a = b.max(a + 1);
    }
}

/// Headlines drop their articles, and the tagger reads their verb as a
/// plural noun: "Honduras charges ex-army chief Discua", "Naples judge
/// jails ex-official Russo", "Dairy Farm names Floto chief executive". In
/// the first line, when it is a headline (a paragraph of its own, no full
/// stop, no finite verb yet), the first word in -s that can be a verb,
/// after a name (or a noun after one) and before a name, an article, a
/// number, an adjective or a noun, is the verb.
fn headline_verbs(doc: &mut Doc) {
    let Some(std::ops::Range { end, .. }) = doc.headline() else {
        return;
    };
    let vbz = crate::labels::Tag::of("VBZ", "VERB");
    let vbp = crate::labels::Tag::of("VBP", "VERB");
    // (A clause after a comma may have its own: "Ross shuttles between
    // Netanyahu and Arafat, Assad snubs envoy".)
    let mut finite = false;
    for t in 1..end - 1 {
        let penn = doc.tags[t].penn();
        if doc.word(t) == "," {
            finite = false;
            continue;
        }
        if matches!(penn, "VBZ" | "VBP" | "VBD" | "MD") {
            finite = true;
        }
        if finite {
            continue;
        }
        let w = doc.lower[t].as_str();
        let after = doc.tags[t + 1];
        let subject = doc.tags[t - 1].is_proper()
            || (t >= 2 && doc.tags[t - 1].is_noun() && doc.tags[t - 2].is_proper());
        let object = after.is_proper()
            || after.is_noun()
            || matches!(after.penn(), "DT" | "CD" | "JJ" | "PRP$" | "RB")
            || doc.word(t + 1).contains('-');
        // ("Saudi Arabia and Venezuela clash over quotas": after two
        // names, the plain form may take a preposition.)
        let preposition = after.penn() == "IN";
        // ("Kohl and Kuchma sign energy accords": after two names joined
        // by "and", the plain form.)
        let plural_subject = t >= 3
            && doc.tags[t - 1].is_proper()
            && doc.lower[t - 2] == "and"
            && doc.tags[t - 3].is_proper();
        let third_person = w.ends_with('s') && !w.ends_with("ss");
        if !doc.tags[t].is_verb()
            && w.len() > 3
            && (third_person || plural_subject)
            && doc.lex[t].classes.0 & 2 != 0
            && !doc.tags[t].is_proper()
            && subject
            && (object || (preposition && plural_subject && !third_person))
        {
            doc.tags[t] = if third_person { vbz } else { vbp };
            finite = true;
        }
    }
}

/// A listed country or organisation written in capitals ("US", "UK",
/// "NATO") is a proper noun, whatever the tagger made of it: GUM spells
/// "U.S.", and "US" at the head of a sentence was read as "us", which
/// sends the parse astray ("US President Donald Trump met…"). The name
/// tagger is trained on tags put right the same way
/// ([`crate::corpus::tag_for_names`]).
pub fn proper_acronyms(doc: &mut Doc, lexicon: &Lexicon) {
    let nnp = crate::labels::Tag::of("NNP", "PROPN");
    for i in 0..doc.len() {
        let w = doc.word(i);
        if w.len() >= 2
            && w.chars().all(|c| c.is_ascii_uppercase())
            && !doc.tags[i].is_proper()
            && (lexicon.contains(crate::lexicon::List::Country, w)
                || crate::lexicon::ORG_ACRONYMS.contains(&w))
        {
            doc.tags[i] = nnp;
        }
    }
}

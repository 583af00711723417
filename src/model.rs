//! The fact model: an article, its entities, facts, quotes and itinerary events,
//! each tied back to the article's own words by [`Span`]s.
//!
//! This module is plain data; it knows nothing of JSON (see [`crate::codec`])
//! or of the browser.
//! The JSON form is documented in `docs/fact-set.md` and `docs/fact-set.schema.json`.

/// An identifier of an entity, fact, quote or event, unique within its fact set.
pub type Id = String;

/// A stretch of the article's text.
///
/// `start` and `end` are **UTF-8 byte offsets** into [`Article::text`], half open
/// (`start..end`), and `text` repeats the exact words they cover. Bytes were chosen
/// because the explorer slices the text in Rust, where a byte range is an O(1),
/// checked slice; the browser never sees these numbers, only the text pieces the
/// view cuts out. `text` is a guard in the Hypothesis style: the loader rejects a
/// span whose offsets do not land on character boundaries or whose text differs
/// from the article, so a wrong unit (chars or UTF-16) is caught at once. Use
/// [`Span::utf16_range`] where a browser API wants UTF-16 offsets.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Span {
    /// First byte of the span.
    pub start: usize,
    /// One past the last byte of the span.
    pub end: usize,
    /// The exact text of `article.text[start..end]`.
    pub text: String,
}

impl Span {
    /// The byte range of this span.
    pub fn range(&self) -> std::ops::Range<usize> {
        self.start..self.end
    }

    /// The same span in UTF-16 code units, the unit of JavaScript strings and DOM
    /// ranges. `article` must be the text the span was validated against.
    pub fn utf16_range(&self, article: &str) -> std::ops::Range<usize> {
        let before: usize = article[..self.start].encode_utf16().count();
        let inside: usize = article[self.start..self.end].encode_utf16().count();
        before..before + inside
    }

    /// Whether this span and `other` share at least one byte.
    pub fn overlaps(&self, other: &std::ops::Range<usize>) -> bool {
        self.start < other.end && other.start < self.end
    }
}

/// The article the facts are about.
#[derive(Clone, Debug, PartialEq)]
pub struct Article {
    /// A short title for the article (the explorer's heading).
    pub title: String,
    /// The full text. Optional in a fact-set file when the text is supplied
    /// separately (the bundled article ships it as `article.txt`).
    pub text: String,
    /// The place line at the start ("NEW YORK").
    pub dateline: Option<Span>,
    /// The reporter's name as printed.
    pub byline: Option<Span>,
    /// The reporter's e-mail address as printed.
    pub byline_email: Option<Span>,
    /// The editor's name as printed.
    pub editor: Option<Span>,
    /// Section headings inside the text.
    pub headings: Vec<Span>,
    /// Sentence boundaries, computed by the loader from `text` (never read from JSON).
    pub sentences: Vec<std::ops::Range<usize>>,
}

impl Article {
    /// The optional single spans with their JSON keys: dateline, byline,
    /// byline e-mail and editor.
    pub fn named_spans(&self) -> [(&'static str, &Option<Span>); 4] {
        [
            ("dateline", &self.dateline),
            ("byline", &self.byline),
            ("byline_email", &self.byline_email),
            ("editor", &self.editor),
        ]
    }
}

/// What kind of thing an entity is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum EntityKind {
    Person,
    Organisation,
    GovernmentBody,
    Country,
    City,
    Region,
    Event,
    Agreement,
    Amount,
    Time,
}

impl EntityKind {
    /// Every kind, in the order the explorer groups them.
    pub const ALL: [EntityKind; 10] = [
        EntityKind::Person,
        EntityKind::Organisation,
        EntityKind::GovernmentBody,
        EntityKind::Country,
        EntityKind::City,
        EntityKind::Region,
        EntityKind::Event,
        EntityKind::Agreement,
        EntityKind::Amount,
        EntityKind::Time,
    ];

    /// The kind's name as JSON and CSS classes spell it.
    pub fn slug(self) -> &'static str {
        match self {
            EntityKind::Person => "person",
            EntityKind::Organisation => "organisation",
            EntityKind::GovernmentBody => "government_body",
            EntityKind::Country => "country",
            EntityKind::City => "city",
            EntityKind::Region => "region",
            EntityKind::Event => "event",
            EntityKind::Agreement => "agreement",
            EntityKind::Amount => "amount",
            EntityKind::Time => "time",
        }
    }

    /// The kind in words, for people.
    pub fn label(self) -> &'static str {
        match self {
            EntityKind::Person => "Person",
            EntityKind::Organisation => "Organisation",
            EntityKind::GovernmentBody => "Government body",
            EntityKind::Country => "Country",
            EntityKind::City => "City",
            EntityKind::Region => "Region",
            EntityKind::Event => "Event",
            EntityKind::Agreement => "Document or agreement",
            EntityKind::Amount => "Amount",
            EntityKind::Time => "Time",
        }
    }
}

/// A person, organisation, place, amount, time or other named thing.
#[derive(Clone, Debug, PartialEq)]
pub struct Entity {
    /// Unique id, referenced by facts, quotes and events.
    pub id: Id,
    /// The canonical name ("Lee Jae Myung").
    pub name: String,
    /// What kind of thing this is.
    pub kind: EntityKind,
    /// Other names readers may type: surnames, acronyms, romanisations, native script.
    pub aliases: Vec<String>,
    /// A short description as the article states it.
    pub description: String,
    /// Every place the article names this entity.
    pub mentions: Vec<Span>,
}

/// The object of a fact: another entity, or a literal value in words.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Object {
    /// The id of an entity.
    Entity(Id),
    /// Words that are not an entity ("global investors").
    Literal(String),
}

/// How certain the article makes a fact. Modality and negation are part of the
/// fact, so "not planned" is never read as "happens".
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Status {
    /// Stated as having happened or being so.
    #[default]
    Stated,
    /// Promised by the subject.
    Pledged,
    /// Agreed between parties, not yet done.
    Agreed,
    /// Scheduled or planned to happen.
    Planned,
    /// Expected to happen.
    Expected,
    /// Could happen.
    Possible,
    /// Hoped for.
    Hoped,
    /// Explicitly not planned.
    NotPlanned,
    /// Not planned, but explicitly not ruled out.
    NotRuledOut,
}

impl Status {
    /// Every status, in the schema's order.
    pub const ALL: [Status; 9] = [
        Status::Stated,
        Status::Pledged,
        Status::Agreed,
        Status::Planned,
        Status::Expected,
        Status::Possible,
        Status::Hoped,
        Status::NotPlanned,
        Status::NotRuledOut,
    ];

    /// The status in words, for badges; `None` for plain statements.
    pub fn label(self) -> Option<&'static str> {
        match self {
            Status::Stated => None,
            Status::Pledged => Some("pledged"),
            Status::Agreed => Some("agreed"),
            Status::Planned => Some("planned"),
            Status::Expected => Some("expected"),
            Status::Possible => Some("possible"),
            Status::Hoped => Some("hoped"),
            Status::NotPlanned => Some("not planned"),
            Status::NotRuledOut => Some("not ruled out"),
        }
    }

    /// The status as JSON and CSS spell it.
    pub fn slug(self) -> &'static str {
        match self {
            Status::Stated => "stated",
            Status::Pledged => "pledged",
            Status::Agreed => "agreed",
            Status::Planned => "planned",
            Status::Expected => "expected",
            Status::Possible => "possible",
            Status::Hoped => "hoped",
            Status::NotPlanned => "not_planned",
            Status::NotRuledOut => "not_ruled_out",
        }
    }
}

/// Optional details of a fact. Entity references are validated like subjects.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Qualifiers {
    /// When: an entity of kind time (a day of the visit, "this month").
    pub when: Option<Id>,
    /// Where: a place entity.
    pub place: Option<Id>,
    /// How much: an amount entity.
    pub amount: Option<Id>,
    /// A role the subject holds in this fact ("chairman and chief executive").
    pub role: Option<String>,
    /// Who the article credits for the fact ("according to Ha Jung-woo").
    pub attributed_to: Option<Id>,
    /// Anything else the article adds, in words.
    pub note: Option<String>,
}

/// A subject–relation–object statement the article makes.
#[derive(Clone, Debug, PartialEq)]
pub struct Fact {
    /// Unique id.
    pub id: Id,
    /// The entity the fact is about.
    pub subject: Id,
    /// The relation in words, read between subject and object ("met with").
    pub relation: String,
    /// What the subject relates to.
    pub object: Object,
    /// How certain the article makes it.
    pub status: Status,
    /// Optional details.
    pub qualifiers: Qualifiers,
    /// The exact words of the article that state the fact; at least one.
    pub evidence: Vec<Span>,
}

/// Words the article puts in someone's mouth.
#[derive(Clone, Debug, PartialEq)]
pub struct Quote {
    /// Unique id.
    pub id: Id,
    /// The entity who said it.
    pub speaker: Id,
    /// The exact quoted words (without the quotation marks).
    pub words: Span,
    /// How the reporter attributes it, in the article's words ("Ha said after the meeting").
    pub attribution: String,
    /// Who relayed the words, when not the speaker ("according to Cha Ji-ho").
    pub reported_by: Option<Id>,
    /// The sentence(s) the quote stands in.
    pub evidence: Vec<Span>,
}

/// A day of the visit, or "during the visit" for undated items.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Day {
    Monday,
    Tuesday,
    Wednesday,
    Thursday,
    Friday,
    Saturday,
    Sunday,
    /// No day given: "during the visit".
    During,
}

impl Day {
    /// Every day, in the schema's order, which is also the timeline's
    /// (undated items last, "during the visit").
    pub const ALL: [Day; 8] = [
        Day::Monday,
        Day::Tuesday,
        Day::Wednesday,
        Day::Thursday,
        Day::Friday,
        Day::Saturday,
        Day::Sunday,
        Day::During,
    ];

    /// The day as JSON spells it.
    pub fn slug(self) -> &'static str {
        match self {
            Day::Monday => "monday",
            Day::Tuesday => "tuesday",
            Day::Wednesday => "wednesday",
            Day::Thursday => "thursday",
            Day::Friday => "friday",
            Day::Saturday => "saturday",
            Day::Sunday => "sunday",
            Day::During => "during",
        }
    }

    /// The day as people read it ("Monday", "During the visit").
    pub fn label(self) -> &'static str {
        match self {
            Day::Monday => "Monday",
            Day::Tuesday => "Tuesday",
            Day::Wednesday => "Wednesday",
            Day::Thursday => "Thursday",
            Day::Friday => "Friday",
            Day::Saturday => "Saturday",
            Day::Sunday => "Sunday",
            Day::During => "During the visit",
        }
    }
}

/// One item of an itinerary.
#[derive(Clone, Debug, PartialEq)]
pub struct Event {
    /// Unique id.
    pub id: Id,
    /// Which day.
    pub day: Day,
    /// What happens, in words.
    pub title: String,
    /// Who takes part (entity ids).
    pub who: Vec<Id>,
    /// Where (an entity id).
    pub place: Option<Id>,
    /// Planned, expected, not planned…
    pub status: Status,
    /// The sentence(s) that describe it.
    pub evidence: Vec<Span>,
}

/// A whole fact set: one article and everything the explorer knows about it.
#[derive(Clone, Debug, PartialEq)]
pub struct FactSet {
    /// Format marker; must be [`SCHEMA`].
    pub schema: String,
    /// The article.
    pub article: Article,
    /// Named things.
    pub entities: Vec<Entity>,
    /// Statements.
    pub facts: Vec<Fact>,
    /// Quotations.
    pub quotes: Vec<Quote>,
    /// Itinerary.
    pub events: Vec<Event>,
    /// Entity id to index in `entities`, filled by [`FactSet::index_entities`]
    /// (the loader calls it); never read from or written to JSON.
    pub entity_index: std::collections::HashMap<Id, usize>,
}

/// The schema marker every fact-set file carries.
pub const SCHEMA: &str = "fact-explorer/1";

impl FactSet {
    /// Builds the id lookup behind [`FactSet::entity`]; call after changing
    /// `entities`.
    pub fn index_entities(&mut self) {
        self.entity_index = self
            .entities
            .iter()
            .enumerate()
            .map(|(i, e)| (e.id.clone(), i))
            .collect();
    }

    /// The index in `entities` of the entity with this id, if any.
    pub fn entity_position(&self, id: &str) -> Option<usize> {
        if self.entity_index.len() == self.entities.len() {
            self.entity_index.get(id).copied()
        } else {
            self.entities.iter().position(|e| e.id == id)
        }
    }

    /// The entity with this id, if any.
    pub fn entity(&self, id: &str) -> Option<&Entity> {
        self.entity_position(id).map(|i| &self.entities[i])
    }

    /// The name of the entity with this id, or the id itself if unknown.
    pub fn name_of<'a>(&'a self, id: &'a str) -> &'a str {
        self.entity(id).map_or(id, |e| e.name.as_str())
    }

    /// The object of a fact in words.
    pub fn object_words<'a>(&'a self, object: &'a Object) -> &'a str {
        match object {
            Object::Entity(id) => self.name_of(id),
            Object::Literal(words) => words,
        }
    }

    /// A fact as one readable line: "Lee Jae Myung met with Larry Fink".
    pub fn fact_sentence(&self, fact: &Fact) -> String {
        format!(
            "{} {} {}",
            self.name_of(&fact.subject),
            fact.relation,
            self.object_words(&fact.object)
        )
    }

    /// Every entity id a fact involves: subject, object and entity qualifiers.
    pub fn fact_entities<'a>(&self, fact: &'a Fact) -> impl Iterator<Item = &'a str> {
        let object = match &fact.object {
            Object::Entity(id) => Some(id.as_str()),
            Object::Literal(_) => None,
        };
        let q = &fact.qualifiers;
        std::iter::once(fact.subject.as_str())
            .chain(object)
            .chain(q.when.as_deref())
            .chain(q.place.as_deref())
            .chain(q.amount.as_deref())
            .chain(q.attributed_to.as_deref())
    }

    /// The index of the sentence that contains byte `at`, if any.
    pub fn sentence_at(&self, at: usize) -> Option<usize> {
        self.article
            .sentences
            .iter()
            .position(|s| s.start <= at && at < s.end)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf16_range_counts_code_units() {
        // "–" is 3 UTF-8 bytes and 1 UTF-16 unit; "😀" is 4 bytes and 2 units.
        let text = "A – B 😀 C";
        let start = text.find('C').unwrap();
        let span = Span {
            start,
            end: start + 1,
            text: "C".into(),
        };
        assert_eq!(span.utf16_range(text), 9..10);
        let js_units: Vec<u16> = text.encode_utf16().collect();
        assert_eq!(String::from_utf16(&js_units[9..10]).unwrap(), "C");
    }
}

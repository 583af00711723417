//! The fact model: an article, its entities, facts, quotes and itinerary events,
//! each tied back to the article's own words by [`Span`]s.
//!
//! The types are the fact-set format: serde reads and writes them (see
//! [`crate::load`] for the errors) and `docs/fact-set.schema.json` is
//! generated from them (`cargo run -- schema`), so the format is defined here
//! and nowhere else. `docs/fact-set.md` explains it for people. The schema
//! generator (`schemars`) is derived on the host only; the browser build
//! never carries it.

use serde::{Deserialize, Serialize};

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
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
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
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
pub struct Article {
    /// A short title for the article (the explorer's heading).
    pub title: String,
    /// Whether `title` was written by the fact set's editors rather than
    /// printed with the article (the explorer says so under the heading).
    #[serde(default)]
    pub title_is_editorial: bool,
    /// The full text. Optional in a fact-set file when the text is supplied
    /// separately (the bundled article ships it as `article.txt`).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub text: String,
    /// The day the article was published, when known.
    #[serde(default)]
    pub date: Option<Date>,
    /// The place line at the start ("NEW YORK").
    #[serde(default)]
    pub dateline: Option<Span>,
    /// The reporter's name as printed.
    #[serde(default)]
    pub byline: Option<Span>,
    /// The reporter's e-mail address as printed.
    #[serde(default)]
    pub byline_email: Option<Span>,
    /// The editor's name as printed.
    #[serde(default)]
    pub editor: Option<Span>,
    /// Section headings inside the text.
    #[serde(default)]
    pub headings: Vec<Span>,
    /// Sentence boundaries, computed by the loader from `text` (never read
    /// from or written to JSON).
    #[serde(skip)]
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
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum EntityKind {
    Person,
    Organisation,
    GovernmentBody,
    Country,
    City,
    Region,
    // A venue or facility: a stadium, building, airport, port or plant
    // (`fact-explorer/3`). A plain comment: a doc comment would split the
    // JSON Schema's enum.
    Venue,
    Event,
    Agreement,
    Amount,
    Time,
}

impl EntityKind {
    /// Every kind, in the order the explorer groups them.
    pub const ALL: [EntityKind; 11] = [
        EntityKind::Person,
        EntityKind::Organisation,
        EntityKind::GovernmentBody,
        EntityKind::Country,
        EntityKind::City,
        EntityKind::Region,
        EntityKind::Venue,
        EntityKind::Event,
        EntityKind::Agreement,
        EntityKind::Amount,
        EntityKind::Time,
    ];

    /// The kind's name as JSON and CSS classes spell it.
    pub fn slug(self) -> &'static str {
        self.style().slug
    }

    /// The kind in words, for people.
    pub fn label(self) -> &'static str {
        self.style().label
    }

    /// How the explorer shows the kind (tag, colours, graph shape).
    pub fn style(self) -> &'static crate::kinds::KindStyle {
        &crate::kinds::KINDS[self as usize]
    }

    /// Whether something can happen there: an event's place.
    pub fn is_place(self) -> bool {
        matches!(
            self,
            EntityKind::Country | EntityKind::City | EntityKind::Region | EntityKind::Venue
        )
    }

    /// Whether it is a body: an organisation or a government body.
    pub fn is_body(self) -> bool {
        matches!(self, EntityKind::Organisation | EntityKind::GovernmentBody)
    }

    /// The first schema version that has this kind.
    pub fn since(self) -> &'static str {
        match self {
            EntityKind::Venue => SCHEMA,
            _ => SCHEMA_V1,
        }
    }
}

/// A person, organisation, place, amount, time or other named thing.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
pub struct Entity {
    /// Unique id, referenced by facts, quotes and events.
    pub id: Id,
    /// The canonical name ("Lee Jae Myung").
    pub name: String,
    /// What kind of thing this is.
    pub kind: EntityKind,
    /// Other names readers may type: surnames, acronyms, romanisations, native script.
    #[serde(default)]
    pub aliases: Vec<String>,
    /// A short description as the article states it.
    #[serde(default)]
    pub description: String,
    /// Every place the article names this entity.
    #[serde(default)]
    pub mentions: Vec<Span>,
}

/// The object of a fact: another entity, or a literal value in words.
///
/// In JSON, an object with exactly one key: `{"entity": "id"}` or
/// `{"literal": "words"}`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "ObjectJson", into = "ObjectJson")]
pub enum Object {
    /// The id of an entity.
    Entity(Id),
    /// Words that are not an entity ("global investors").
    Literal(String),
}

/// [`Object`] as JSON has it. A struct rather than serde's enum form so
/// that a wrong key, a missing key and two keys at once each get their own
/// message at the object's own path.
#[derive(Clone, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields, rename = "Object")]
struct ObjectJson {
    /// The id of an entity.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    entity: Option<Id>,
    /// Words that are not an entity ("global investors").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    literal: Option<String>,
}

impl TryFrom<ObjectJson> for Object {
    type Error = &'static str;

    fn try_from(json: ObjectJson) -> Result<Object, Self::Error> {
        match (json.entity, json.literal) {
            (Some(id), None) => Ok(Object::Entity(id)),
            (None, Some(words)) => Ok(Object::Literal(words)),
            _ => Err("expected exactly one of the keys `entity` or `literal`"),
        }
    }
}

impl From<Object> for ObjectJson {
    fn from(object: Object) -> ObjectJson {
        match object {
            Object::Entity(id) => ObjectJson {
                entity: Some(id),
                literal: None,
            },
            Object::Literal(words) => ObjectJson {
                entity: None,
                literal: Some(words),
            },
        }
    }
}

#[cfg(not(target_arch = "wasm32"))]
impl schemars::JsonSchema for Object {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Object".into()
    }

    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        let mut schema = <ObjectJson as schemars::JsonSchema>::json_schema(generator);
        // Exactly one of the two keys.
        schema.insert("minProperties".into(), 1.into());
        schema.insert("maxProperties".into(), 1.into());
        schema
    }
}

/// How certain the article makes a fact. Modality and negation are part of the
/// fact, so "not planned" is never read as "happens".
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
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
    /// The article says it did not or does not happen (`fact-explorer/2`).
    Negated,
}

impl Status {
    /// Every status, in the schema's order.
    pub const ALL: [Status; 10] = [
        Status::Stated,
        Status::Pledged,
        Status::Agreed,
        Status::Planned,
        Status::Expected,
        Status::Possible,
        Status::Hoped,
        Status::NotPlanned,
        Status::NotRuledOut,
        Status::Negated,
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
            Status::Negated => Some("did not happen"),
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
            Status::Negated => "negated",
        }
    }

    /// The first schema version that has this status.
    pub fn since(self) -> &'static str {
        match self {
            Status::Negated => SCHEMA_V2,
            _ => SCHEMA_V1,
        }
    }
}

/// How an item reaches the article, when not as a plain statement by the
/// article itself. Shown as a badge beside the item.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Mark {
    /// Passed on by someone other than the one it is about or who said it
    /// (Fink's words as Ha reports them).
    Relayed,
    /// Not stated by the article; an editor's inference (say why in `note`).
    Inferred,
    /// Words or actions announced for later, not yet said or done.
    Planned,
    /// Only part of what was said.
    Partial,
}

impl Mark {
    /// Every mark, in the schema's order.
    pub const ALL: [Mark; 4] = [Mark::Relayed, Mark::Inferred, Mark::Planned, Mark::Partial];

    /// The mark as JSON, CSS and test hooks spell it.
    pub fn slug(self) -> &'static str {
        match self {
            Mark::Relayed => "relayed",
            Mark::Inferred => "inferred",
            Mark::Planned => "planned",
            Mark::Partial => "partial",
        }
    }

    /// The mark in words, for badges.
    pub fn label(self) -> &'static str {
        match self {
            Mark::Relayed => "relayed",
            Mark::Inferred => "inferred",
            Mark::Planned => "announced",
            Mark::Partial => "partial quote",
        }
    }

    /// What the mark means, for the badge's tooltip.
    pub fn explanation(self) -> &'static str {
        match self {
            Mark::Relayed => "Passed on by someone else, not said or stated first-hand",
            Mark::Inferred => "Not stated by the article: an editor's inference",
            Mark::Planned => "Announced for later, not yet said or done",
            Mark::Partial => "Only part of what was said",
        }
    }
}

/// A calendar date, `YYYY-MM-DD` in JSON (`fact-explorer/2`); the calendar
/// is the `time` crate's.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Date(time::Date);

impl Date {
    /// The date, if it exists in the Gregorian calendar (years 1 to 9999).
    pub fn new(year: u16, month: u8, day: u8) -> Option<Date> {
        let month = time::Month::try_from(month).ok()?;
        let date = time::Date::from_calendar_date(i32::from(year), month, day).ok()?;
        (1..=9999).contains(&year).then_some(Date(date))
    }

    /// The day of the week.
    pub fn weekday(self) -> Day {
        use time::Weekday;
        match self.0.weekday() {
            Weekday::Monday => Day::Monday,
            Weekday::Tuesday => Day::Tuesday,
            Weekday::Wednesday => Day::Wednesday,
            Weekday::Thursday => Day::Thursday,
            Weekday::Friday => Day::Friday,
            Weekday::Saturday => Day::Saturday,
            Weekday::Sunday => Day::Sunday,
        }
    }

    /// The date as people read it: "Wednesday 24 September 2025".
    pub fn label(self) -> String {
        format!(
            "{} {} {} {}",
            self.weekday().label(),
            self.0.day(),
            self.0.month(),
            self.0.year()
        )
    }
}

impl std::fmt::Display for Date {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let d = self.0;
        write!(
            f,
            "{:04}-{:02}-{:02}",
            d.year(),
            u8::from(d.month()),
            d.day()
        )
    }
}

impl std::str::FromStr for Date {
    type Err = String;

    /// Exactly `YYYY-MM-DD` with ASCII digits, and a day that exists.
    fn from_str(s: &str) -> Result<Date, String> {
        let bad = || format!("expected a calendar date as YYYY-MM-DD, found {s:?}");
        let b = s.as_bytes();
        let shaped = b.len() == 10
            && b.iter().enumerate().all(|(i, c)| {
                if i == 4 || i == 7 {
                    *c == b'-'
                } else {
                    c.is_ascii_digit()
                }
            });
        if !shaped {
            return Err(bad());
        }
        let num = |r: std::ops::Range<usize>| s[r].parse::<u16>().map_err(|_| bad());
        Date::new(num(0..4)?, num(5..7)? as u8, num(8..10)? as u8).ok_or_else(bad)
    }
}

impl TryFrom<String> for Date {
    type Error = String;

    fn try_from(s: String) -> Result<Date, String> {
        s.parse()
    }
}

impl From<Date> for String {
    fn from(date: Date) -> String {
        date.to_string()
    }
}

#[cfg(not(target_arch = "wasm32"))]
impl schemars::JsonSchema for Date {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Date".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "description": "A calendar date, YYYY-MM-DD.",
            "type": "string",
            "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"
        })
    }
}

/// Optional details of a fact. Entity references are validated like subjects.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(default)]
pub struct Qualifiers {
    /// When: an entity of kind time (a day of the visit, "this month").
    pub when: Option<Id>,
    /// Where: a place entity.
    #[serde(rename = "where")]
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
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
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
    #[serde(default)]
    pub status: Status,
    /// How it reaches the article (relayed, inferred…), when not plainly stated.
    #[serde(default)]
    pub marks: Vec<Mark>,
    /// Optional details.
    #[serde(default)]
    pub qualifiers: Qualifiers,
    /// The exact words of the article that state the fact; at least one.
    pub evidence: Vec<Span>,
}

/// Words the article puts in someone's mouth.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
pub struct Quote {
    /// Unique id.
    pub id: Id,
    /// The entity who said it; absent when the article does not say who.
    #[serde(default)]
    pub speaker: Option<Id>,
    /// The exact quoted words (without the quotation marks); the first part
    /// when the attribution interrupts the quote.
    pub words: Span,
    /// The further parts of the same quote, in order ("…," he said, "…").
    #[serde(default)]
    pub continued: Vec<Span>,
    /// How the reporter attributes it, in the article's words ("Ha said after
    /// the meeting"); empty when unattributed.
    #[serde(default)]
    pub attribution: String,
    /// Who relayed the words, when not the speaker ("according to Cha Ji-ho").
    #[serde(default)]
    pub reported_by: Option<Id>,
    /// How the words reach the article (relayed, partial, planned…).
    #[serde(default)]
    pub marks: Vec<Mark>,
    /// Why a speaker was inferred, or anything else an editor adds.
    #[serde(default)]
    pub note: Option<String>,
    /// The sentence(s) the quote stands in.
    pub evidence: Vec<Span>,
}

impl Quote {
    /// Every part of the quoted words, in order.
    pub fn parts(&self) -> impl Iterator<Item = &Span> {
        std::iter::once(&self.words).chain(&self.continued)
    }
}

/// A day of the visit, or "during the visit" for undated items.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Day {
    Monday,
    Tuesday,
    Wednesday,
    Thursday,
    Friday,
    Saturday,
    Sunday,
    /// No day given: "during the visit".
    #[default]
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
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
pub struct Event {
    /// Unique id.
    pub id: Id,
    /// Which day of the week; "during" when the article gives none. When
    /// `date` is given and `day` is not, the loader fills it in from the date.
    #[serde(default)]
    pub day: Day,
    /// The calendar date, when the article gives one.
    #[serde(default)]
    pub date: Option<Date>,
    /// What happens, in words.
    pub title: String,
    /// Who takes part (entity ids).
    #[serde(default)]
    pub who: Vec<Id>,
    /// Where (an entity id).
    #[serde(rename = "where", default)]
    pub place: Option<Id>,
    /// Planned, expected, not planned…
    #[serde(default)]
    pub status: Status,
    /// How it reaches the article (relayed, inferred…), when not plainly stated.
    #[serde(default)]
    pub marks: Vec<Mark>,
    /// The sentence(s) that describe it.
    pub evidence: Vec<Span>,
}

/// What the drafting engine records in a fact set it drafted.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
pub struct DraftInfo {
    /// The engine and the version of its weights ("fact-explorer-draft 0.2.0 …").
    pub drafter: String,
    /// How sure the engine is of each item it proposed, from 0 to 1, by the
    /// item's id (entities, facts, quotes and events). Review goes through
    /// the least sure first; an id no item has is ignored.
    #[serde(default)]
    pub confidence: std::collections::BTreeMap<Id, f32>,
}

impl DraftInfo {
    /// The confidence of the item with this id, if the engine gave one.
    pub fn confidence_of(&self, id: &str) -> Option<f32> {
        self.confidence.get(id).copied()
    }
}

/// A whole fact set: one article and everything the explorer knows about it.
///
/// Spans are UTF-8 byte offsets into `article.text`; see `docs/fact-set.md`.
// Serialised by hand (below) so the marker written is
// [`FactSet::written_schema`].
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
pub struct FactSet {
    /// Format marker: `fact-explorer/3` (see [`SCHEMA`]), or
    /// `fact-explorer/2` or `fact-explorer/1` for files written before it.
    /// A set is written with the marker it was read with unless it uses a
    /// value only a later version has ([`FactSet::written_schema`]).
    #[cfg_attr(
        not(target_arch = "wasm32"),
        schemars(extend("enum" = ["fact-explorer/1", "fact-explorer/2", "fact-explorer/3"]))
    )]
    pub schema: String,
    /// The article.
    pub article: Article,
    /// Named things.
    pub entities: Vec<Entity>,
    /// Statements.
    pub facts: Vec<Fact>,
    /// Quotations.
    #[serde(default)]
    pub quotes: Vec<Quote>,
    /// Itinerary.
    #[serde(default)]
    pub events: Vec<Event>,
    /// Left by the drafting engine on a fact set it drafted: which engine
    /// and how sure it is of each item. Absent from fact sets written by
    /// hand (and not written when absent), so older readers never see it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub draft: Option<DraftInfo>,
    /// Entity id to index in `entities`, built by the loader
    /// ([`FactSet::index_entities`]); never read from or written to JSON.
    #[serde(skip)]
    pub entity_index: std::collections::HashMap<Id, usize>,
    /// For each entity (by index), the facts, quotes and events that involve
    /// it ([`FactSet::involved`]), in that order; built with `entity_index`.
    #[serde(skip)]
    pub involving: Vec<Vec<crate::item::ItemRef>>,
}

/// The schema marker of the current format, which new fact sets carry.
///
/// Version 3 added the entity kind `venue`; version 2 the status
/// `negated`. Everything else version 2 added is optional (quotes without a
/// speaker or in several parts, calendar dates, marks), so version 1 and 2
/// files load unchanged, and are written back with their own marker unless
/// they come to use a later version's value.
pub const SCHEMA: &str = "fact-explorer/3";

/// The schema marker of the second format; such files still load.
pub const SCHEMA_V2: &str = "fact-explorer/2";

/// The schema marker of the first format; such files still load.
pub const SCHEMA_V1: &str = "fact-explorer/1";

/// Every schema marker this explorer reads, oldest first.
pub const SCHEMAS: [&str; 3] = [SCHEMA_V1, SCHEMA_V2, SCHEMA];

/// A schema marker's place in [`SCHEMAS`] (0 for version 1), or `None` for a
/// marker this explorer does not read.
pub fn schema_version(marker: &str) -> Option<usize> {
    SCHEMAS.iter().position(|&m| m == marker)
}

impl Serialize for FactSet {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        /// The written fields, in the struct's order, by reference.
        #[derive(Serialize)]
        struct Written<'a> {
            schema: &'a str,
            article: &'a Article,
            entities: &'a [Entity],
            facts: &'a [Fact],
            quotes: &'a [Quote],
            events: &'a [Event],
            #[serde(skip_serializing_if = "Option::is_none")]
            draft: &'a Option<DraftInfo>,
        }
        Written {
            schema: self.written_schema(),
            article: &self.article,
            entities: &self.entities,
            facts: &self.facts,
            quotes: &self.quotes,
            events: &self.events,
            draft: &self.draft,
        }
        .serialize(serializer)
    }
}

impl FactSet {
    /// The marker the set is written with: the one it carries, or the first
    /// later version that has every kind and status it uses (a version 2
    /// file stays version 2 until an entity becomes a venue). A marker this
    /// explorer does not read is written as it is.
    pub fn written_schema(&self) -> &str {
        let Some(carried) = schema_version(&self.schema) else {
            return &self.schema;
        };
        let kinds = self.entities.iter().map(|e| e.kind.since());
        let statuses = (self.facts.iter().map(|f| f.status))
            .chain(self.events.iter().map(|e| e.status))
            .map(Status::since);
        let needed = kinds
            .chain(statuses)
            .filter_map(schema_version)
            .fold(carried, usize::max);
        SCHEMAS[needed]
    }

    /// The fact set as compact JSON, which [`crate::load::load`] reads back
    /// to an equal set. Every key is written (unset optional values as
    /// `null`, lists even when empty), so readers, the host page's
    /// JavaScript included, find the same keys in every file; only an empty
    /// article text is left out, as the format allows.
    pub fn to_json(&self) -> String {
        // Plain structs with string keys: serialising cannot fail.
        serde_json::to_string(self).expect("a fact set serialises to JSON")
    }

    /// The fact set as JSON indented by one space, for files people edit
    /// (the bundled fact set is written so).
    pub fn to_pretty_json(&self) -> String {
        let mut out = Vec::new();
        let indent = serde_json::ser::PrettyFormatter::with_indent(b" ");
        let mut writer = serde_json::Serializer::with_formatter(&mut out, indent);
        // Plain structs with string keys: serialising cannot fail.
        self.serialize(&mut writer)
            .expect("a fact set serialises to JSON");
        let mut text = String::from_utf8(out).expect("serde_json writes UTF-8");
        text.push('\n');
        text
    }

    /// Builds the id lookup behind [`FactSet::entity`] and the lists behind
    /// [`FactSet::involving`]; call after changing the set.
    pub fn index_entities(&mut self) {
        self.entity_index = self
            .entities
            .iter()
            .enumerate()
            .map(|(i, e)| (e.id.clone(), i))
            .collect();
        let mut involving = vec![Vec::new(); self.entities.len()];
        for item in self.referring_items() {
            for id in self.involved(item) {
                if let Some(&e) = self.entity_index.get(id) {
                    involving[e].push(item);
                }
            }
        }
        self.involving = involving;
    }

    /// The facts, quotes and events that involve entity `entity` (an index
    /// into `entities`), in that order.
    pub fn involving(&self, entity: usize) -> &[crate::item::ItemRef] {
        self.involving.get(entity).map_or(&[], Vec::as_slice)
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

//! The bundled fact set: it validates, covers the article, and says what the
//! article says (modality included).

use std::collections::BTreeMap;

use fact_explorer::load::load_bundled;
use fact_explorer::model::{EntityKind, FactSet, Object, Status};

fn set() -> FactSet {
    load_bundled().unwrap_or_else(|e| panic!("bundled fact set is invalid:\n{e}"))
}

/// Sentences that back nothing, on purpose. Keep this list short.
const ALLOWED_UNBACKED: &[&str] = &["jyhan@hankyung.com"];

#[test]
fn every_sentence_backs_a_fact_quote_or_event() {
    let set = set();
    let text = &set.article.text;
    let mut evidence = Vec::new();
    for f in &set.facts {
        evidence.extend(f.evidence.iter().map(|s| s.range()));
    }
    for q in &set.quotes {
        evidence.extend(q.evidence.iter().map(|s| s.range()));
    }
    for e in &set.events {
        evidence.extend(e.evidence.iter().map(|s| s.range()));
    }
    let unbacked: Vec<&str> = set
        .article
        .sentences
        .iter()
        .filter(|s| !evidence.iter().any(|e| e.start < s.end && s.start < e.end))
        .map(|s| &text[s.clone()])
        .collect();
    assert_eq!(unbacked, ALLOWED_UNBACKED, "sentences that back nothing");
}

#[test]
fn the_article_is_the_shared_article_byte_for_byte() {
    let shared =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/article/article.txt");
    // ../shared is laid beside every checkout and CI clone; without it
    // this check cannot run, and says so rather than passing.
    let original = std::fs::read(&shared)
        .unwrap_or_else(|e| panic!("{} cannot be read: {e}", shared.display()));
    assert_eq!(original, fact_explorer::load::BUNDLED_TEXT.as_bytes());
    let set = set();
    assert_eq!(set.article.dateline.as_ref().unwrap().text, "NEW YORK");
    assert_eq!(set.article.byline.as_ref().unwrap().text, "Jae-young Han");
    assert_eq!(set.article.editor.as_ref().unwrap().text, "In-Soo Nam");
    assert_eq!(set.article.headings.len(), 2);
}

#[test]
fn every_named_thing_is_an_entity_with_mentions() {
    let set = set();
    for e in &set.entities {
        assert!(!e.mentions.is_empty(), "{} has no mention", e.id);
    }
    // One line per name the article prints: (surface text, entity id).
    let table = [
        ("Lee Jae Myung", "lee"),
        ("Larry Fink", "fink"),
        ("Ha Jung-woo", "ha"),
        ("Cha Ji-ho", "cha"),
        ("Adebayo Ogunlesi", "ogunlesi"),
        ("Jim Yong Kim", "jim_yong_kim"),
        ("Antonio Guterres", "guterres"),
        ("Donald Trump", "trump"),
        ("Jae-young Han", "han"),
        ("In-Soo Nam", "nam"),
        ("BlackRock Inc.", "blackrock"),
        ("BLOCKROCK", "blackrock"),
        ("Global Infrastructure Partners", "gip"),
        ("World Bank", "world_bank"),
        ("Democratic Party", "democratic_party"),
        ("Ministry of Science and ICT", "msit"),
        ("Office of the President", "office_president"),
        ("US Congress", "us_congress"),
        ("UN General Assembly", "unga"),
        ("UN Security Council", "unsc"),
        ("UNSC", "unsc"),
        ("South Korea", "south_korea"),
        ("North Korea", "north_korea"),
        ("France", "france"),
        ("Italy", "italy"),
        ("Uzbekistan", "uzbekistan"),
        ("Czech Republic", "czech_republic"),
        ("Poland", "poland"),
        ("New York", "new_york"),
        // "Seoul" and "Washington" stand for the governments (metonymy).
        ("Seoul", "korean_government"),
        ("Washington", "us_government"),
        ("Korean Peninsula", "korean_peninsula"),
        ("Asia-Pacific", "asia_pacific"),
        ("$12.5 trillion", "assets_12_5t"),
        ("several trillion won", "won_trillions"),
        ("Monday", "monday"),
        ("Tuesday", "tuesday"),
        ("Thursday", "thursday"),
        ("Friday", "friday"),
        ("memorandum of understanding", "mou"),
    ];
    for (surface, id) in table {
        let e = set.entity(id).unwrap_or_else(|| panic!("no entity {id}"));
        assert!(
            e.mentions.iter().any(|m| m.text == surface),
            "{id} has no mention {surface:?}"
        );
    }
    // "Korea" inside "North Korea" is North Korea's, not South Korea's.
    let north = set.entity("north_korea").unwrap().mentions[0].range();
    let south = set.entity("south_korea").unwrap();
    assert!(!south.mentions.iter().any(|m| m.overlaps(&north)));
}

#[test]
fn aliases_cover_what_readers_type() {
    let set = set();
    let table = [
        ("lee", "Lee Jae-myung"),
        ("lee", "이재명"),
        ("fink", "Fink"),
        ("gip", "GIP"),
        ("unsc", "UNSC"),
        ("mou", "MoU"),
        ("blackrock", "BLOCKROCK"),
        ("guterres", "António Guterres"),
    ];
    for (id, alias) in table {
        let e = set.entity(id).unwrap();
        assert!(
            e.aliases.iter().any(|a| a == alias),
            "{id} lacks alias {alias}"
        );
    }
}

#[test]
fn modality_and_negation_are_kept() {
    let set = set();
    let trump: Vec<_> = set
        .facts
        .iter()
        .filter(|f| f.object == Object::Entity("trump".into()) && f.subject == "lee")
        .collect();
    assert_eq!(trump.len(), 2);
    assert!(trump
        .iter()
        .all(|f| matches!(f.status, Status::NotPlanned | Status::NotRuledOut)));
    assert!(trump.iter().all(|f| !f.relation.starts_with("meets")));
    let gip = set.facts.iter().find(|f| f.id == "f-gip-investor").unwrap();
    assert_eq!(gip.status, Status::Expected);
    assert_eq!(
        set.fact_sentence(gip),
        "Global Infrastructure Partners is expected to participate as a financial investor in Initial pilot projects"
    );
    let fink = set
        .facts
        .iter()
        .find(|f| f.id == "f-fink-collaborate")
        .unwrap();
    assert_eq!(fink.status, Status::Pledged);
    assert_eq!(fink.qualifiers.attributed_to.as_deref(), Some("ha"));
}

#[test]
fn itinerary_spans_the_five_days() {
    use fact_explorer::model::Day;
    let set = set();
    let days: std::collections::BTreeSet<Day> = set.events.iter().map(|e| e.day).collect();
    for d in [
        Day::Monday,
        Day::Tuesday,
        Day::Wednesday,
        Day::Thursday,
        Day::Friday,
        Day::During,
    ] {
        assert!(days.contains(&d), "no event on {d:?}");
    }
    let trump = set
        .events
        .iter()
        .find(|e| e.who.contains(&"trump".into()))
        .unwrap();
    assert_eq!(trump.status, Status::NotPlanned);
}

#[test]
fn counts_by_kind() {
    let set = set();
    let mut by_kind: BTreeMap<EntityKind, usize> = BTreeMap::new();
    for e in &set.entities {
        *by_kind.entry(e.kind).or_default() += 1;
    }
    // Printed for the closing note; `cargo test -- --nocapture counts_by_kind`.
    println!("entities by kind: {by_kind:?}");
    println!(
        "{} entities, {} facts, {} quotes, {} events, {} sentences, {} mentions",
        set.entities.len(),
        set.facts.len(),
        set.quotes.len(),
        set.events.len(),
        set.article.sentences.len(),
        set.entities.iter().map(|e| e.mentions.len()).sum::<usize>()
    );
    for kind in [
        EntityKind::Person,
        EntityKind::Organisation,
        EntityKind::Country,
        EntityKind::Time,
    ] {
        assert!(by_kind[&kind] >= 5, "few entities of kind {kind:?}");
    }
}

/// Facts whose evidence need not name both ends, each with the reason.
const EVIDENCE_EXEMPT: &[(&str, &str)] = &[
    (
        "f-lee-trump-not-planned",
        "the sentence names only Trump; that the meeting would be Lee's is left implied",
    ),
    (
        "f-lee-trump-informal",
        "the same sentence: the informal encounter's other party is implied",
    ),
];

/// Whether some mention of entity `id` lies inside one of `spans`.
fn named_in(set: &FactSet, id: &str, spans: &[fact_explorer::model::Span]) -> bool {
    set.entity(id).is_some_and(|e| {
        e.mentions
            .iter()
            .any(|m| spans.iter().any(|s| s.start <= m.start && m.end <= s.end))
    })
}

#[test]
fn every_fact_stands_on_words_that_name_its_subject_and_object() {
    let set = set();
    let mut missing = Vec::new();
    for f in &set.facts {
        if EVIDENCE_EXEMPT.iter().any(|(id, _)| *id == f.id) {
            continue;
        }
        if !named_in(&set, &f.subject, &f.evidence) {
            missing.push(format!("{}: subject {}", f.id, f.subject));
        }
        if let Object::Entity(o) = &f.object {
            if !named_in(&set, o, &f.evidence) {
                missing.push(format!("{}: object {o}", f.id));
            }
        }
    }
    assert!(
        missing.is_empty(),
        "evidence that does not name its ends:\n{}",
        missing.join("\n")
    );
    assert!(EVIDENCE_EXEMPT.len() <= 5);
}

#[test]
fn quoted_words_sit_inside_quotation_marks() {
    let set = set();
    let text = &set.article.text;
    for q in &set.quotes {
        for part in q.parts() {
            let before = &text[..part.start];
            let after = &text[part.end..];
            assert!(
                before.ends_with('“'),
                "{}: {:?} does not start at an opening quotation mark",
                q.id,
                part.text
            );
            assert!(
                after.trim_start_matches([',', '.']).starts_with('”'),
                "{}: {:?} does not end at a closing quotation mark",
                q.id,
                part.text
            );
            assert!(
                !part.text.ends_with([',', '.', ';']) && !part.text.contains(['“', '”']),
                "{}: {:?} takes punctuation or marks that are not the speaker's words",
                q.id,
                part.text
            );
        }
    }
}

//! Single rules of the draft, each on the sentence that made it: what a
//! rule change breaks shows here by name (the snapshots show it in bulk).

use fact_explorer_core::model::{EntityKind, FactSet, Object};
use fact_explorer_draft::{Drafter, Meta};

fn draft(text: &str) -> FactSet {
    static D: std::sync::OnceLock<Drafter> = std::sync::OnceLock::new();
    D.get_or_init(|| Drafter::embedded().expect("the compiled-in data reads"))
        .draft(text, &Meta::default())
        .expect("a draft")
}

fn kind(set: &FactSet, name: &str) -> Option<EntityKind> {
    set.entities.iter().find(|e| e.name == name).map(|e| e.kind)
}

/// The drafted facts as "subject | relation | object" with names.
fn facts(set: &FactSet) -> Vec<String> {
    let name = |id: &str| set.entity(id).map_or(id.to_string(), |e| e.name.clone());
    set.facts
        .iter()
        .filter_map(|f| match &f.object {
            Object::Entity(o) => Some(format!(
                "{} | {} | {}",
                name(&f.subject),
                f.relation,
                name(o)
            )),
            Object::Literal(_) => None,
        })
        .collect()
}

#[test]
fn places_people_built_are_venues_whatever_the_tagger_read() {
    let set = draft(
        "Belgium faced Panama at the Fisht Stadium in Sochi. Other items include various shuttle \
         simulators which will be given to the Adler Planetarium in Chicago, Illinois and the \
         Evergreen Aviation & Space Museum in McMinnville, Oregon.",
    );
    assert_eq!(kind(&set, "Fisht Stadium"), Some(EntityKind::Venue));
    assert_eq!(kind(&set, "Adler Planetarium"), Some(EntityKind::Venue));
    let facts = facts(&set);
    assert!(
        facts.contains(&"Fisht Stadium | is in | Sochi".to_string()),
        "{facts:?}"
    );
    assert!(
        facts.contains(&"Adler Planetarium | is in | Chicago".to_string()),
        "{facts:?}"
    );
    assert!(
        facts.contains(&"Chicago | is in | Illinois".to_string()),
        "{facts:?}"
    );
    // The venue is in the first place after "in", not in the one after it.
    assert!(
        !facts.contains(&"Adler Planetarium | is in | Illinois".to_string()),
        "{facts:?}"
    );
}

#[test]
fn a_list_of_places_is_not_one_place_in_another() {
    let set = draft("The storms hit New South Wales, Victoria, South Australia and Tasmania.");
    let facts = facts(&set);
    assert!(facts.iter().all(|f| !f.contains("| is in |")), "{facts:?}");
}

#[test]
fn korean_given_names_closing_on_a_consonant_stay_whole() {
    let set = draft(
        "Korea's Kim Shin-Wook was shown a yellow card. Korea substituted Park Joo-Ho in the \
         28th minute.",
    );
    assert_eq!(kind(&set, "Kim Shin-Wook"), Some(EntityKind::Person));
    assert_eq!(kind(&set, "Kim Shin"), None);
    // "Park" is a surname here, not a park.
    assert_eq!(kind(&set, "Park Joo-Ho"), Some(EntityKind::Person));
}

#[test]
fn a_sentence_that_opens_with_a_titled_name_has_that_name_for_subject() {
    // The parse hung "met" from the opening name; the repair puts it back.
    let set = draft(
        "German Chancellor Olaf Scholz met French President Emmanuel Macron in Paris on Tuesday.",
    );
    let facts = facts(&set);
    assert!(
        facts.contains(&"Olaf Scholz | met | Emmanuel Macron".to_string()),
        "{facts:?}"
    );
    assert!(
        facts.contains(&"Olaf Scholz | is Chancellor of | Germany".to_string()),
        "{facts:?}"
    );
    // "US" at the head of a sentence is the country, not "us"; the object's
    // own title is no part of the relation.
    let set = draft("US President Donald Trump met Chinese leader Xi Jinping in Beijing.");
    let second = self::facts(&set);
    assert!(
        second.contains(&"Donald Trump | met | Xi Jinping".to_string()),
        "{second:?}"
    );
}

#[test]
fn a_country_by_its_adjective_before_a_title_is_no_party_to_the_verb() {
    let set = draft("Polish Prime Minister Mateusz Morawiecki met Olaf Scholz in Warsaw.");
    let facts = facts(&set);
    assert!(
        facts.contains(&"Mateusz Morawiecki | met | Olaf Scholz".to_string()),
        "{facts:?}"
    );
    assert!(
        facts.iter().all(|f| !f.starts_with("Poland | met")),
        "{facts:?}"
    );
}

#[test]
fn a_passive_is_worded_as_written_with_its_subject_first() {
    let set = draft("Boris Johnson resigned in July. He was succeeded by Liz Truss.");
    let facts = facts(&set);
    assert!(
        facts.contains(&"Boris Johnson | was succeeded by | Liz Truss".to_string()),
        "{facts:?}"
    );
    let set = draft("Mark Smith was replaced by Anna Lee as coach.");
    let second = self::facts(&set);
    assert!(
        second.contains(&"Mark Smith | was replaced by | Anna Lee".to_string()),
        "{second:?}"
    );
}

#[test]
fn a_common_word_opening_a_sentence_is_no_name() {
    let set = draft("A court in Moscow sentenced opposition leader Alexei Navalny to nine years.");
    assert_eq!(kind(&set, "A"), None);
    assert_eq!(kind(&set, "Alexei Navalny"), Some(EntityKind::Person));
}

#[test]
fn a_name_read_as_a_place_that_names_no_place_is_a_body() {
    let set = draft("Siemens Energy, which is based in Munich, signed a contract.");
    assert_eq!(kind(&set, "Siemens Energy"), Some(EntityKind::Organisation));
    assert_eq!(kind(&set, "Munich"), Some(EntityKind::City));
}

#[test]
fn a_one_word_name_spelt_in_camel_case_is_no_place() {
    // The tagger reads "OpenAI" here as a place.
    let set = draft(
        "Satya Nadella, the chief executive of Microsoft, said the company would invest \
         $10 billion in OpenAI.",
    );
    assert_eq!(kind(&set, "OpenAI"), Some(EntityKind::Organisation));
}

#[test]
fn a_short_quote_that_ends_as_speech_is_a_quote_a_phrase_quoted_is_not() {
    let set = draft(
        "President Vaclav Havel welcomed the appointment. \"I am glad,\" he added. The move was \
         of \"significant public benefit.\"",
    );
    let quotes: Vec<&str> = set.quotes.iter().map(|q| q.words.text.as_str()).collect();
    assert!(
        quotes.iter().any(|q| q.starts_with("I am glad")),
        "{quotes:?}"
    );
    assert!(
        quotes.iter().all(|q| !q.contains("public benefit")),
        "{quotes:?}"
    );
}

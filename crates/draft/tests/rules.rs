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

/// [`draft`] with every learned fact drafted from a probability of 0.8
/// instead of the model's threshold: for testing which pairs the learned
/// model is asked about, apart from how sure it is of them.
fn draft_lenient(text: &str) -> FactSet {
    static D: std::sync::OnceLock<Drafter> = std::sync::OnceLock::new();
    D.get_or_init(|| {
        let mut packed = fact_explorer_draft::data::Data::embedded().pack();
        let find = |from: usize, key: &[u8]| {
            from + packed[from..]
                .windows(key.len())
                .position(|w| w == key)
                .expect("found")
                + key.len()
        };
        let at = find(find(0, b"relations.txt"), b"\nthreshold\t");
        let end = at
            + packed[at..]
                .iter()
                .position(|&b| b == b'\n')
                .expect("its end");
        // (The same length, so the packed file's length stays right.)
        let value = format!("{:.*}", (end - at).saturating_sub(2), 0.8);
        assert_eq!(value.len(), end - at);
        packed[at..end].copy_from_slice(value.as_bytes());
        Drafter::from_packed(&packed).expect("the lenient data reads")
    })
    .draft(text, &Meta::default())
    .expect("a draft")
}

/// Each quote's speaker by name ("nobody" for none), in order.
fn speakers(set: &FactSet) -> Vec<String> {
    set.quotes
        .iter()
        .map(|q| {
            q.speaker
                .as_deref()
                .and_then(|s| set.entity(s))
                .map_or("nobody".to_string(), |e| e.name.clone())
        })
        .collect()
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

/// The name of whoever the quote starting with `words` is drafted as said by.
fn speaker<'a>(set: &'a FactSet, words: &str) -> Option<&'a str> {
    let q = set
        .quotes
        .iter()
        .find(|q| q.words.text.starts_with(words))
        .expect("the quote");
    q.speaker
        .as_deref()
        .and_then(|s| set.entity(s))
        .map(|e| e.name.as_str())
}

/// Whether a drafted fact (as [`facts`] words it) starts with `start` and
/// ends with `end`: its subject (perhaps with the relation's first words)
/// and its object.
fn links(facts: &[String], start: &str, end: &str) -> bool {
    facts
        .iter()
        .any(|f| f.starts_with(start) && f.ends_with(end))
}

/// Fails naming the first of `wants` the drafted `facts` lack.
fn has_all(facts: &[String], wants: &[&str]) {
    for want in wants {
        assert!(facts.iter().any(|f| f == want), "{want}: {facts:?}");
    }
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

#[test]
fn what_the_new_rules_must_not_draft() {
    // A titled person whose surname is a facility word stays a person.
    let set = draft("Mr Hall said the plan would work. President Park met the delegation.");
    assert_ne!(kind(&set, "Mr Hall"), Some(EntityKind::Venue));
    assert_ne!(kind(&set, "President Park"), Some(EntityKind::Venue));
    // An opening phrase is no place in the next one.
    let set = draft("After Kyiv, Russia struck Kharkiv. In Washington, Iran's minister spoke.");
    let f = facts(&set);
    assert!(f.iter().all(|x| !x.contains("| is in |")), "{f:?}");
    // Only verbs of meeting or playing put their object at the venue.
    let set =
        draft("Joe Biden criticised Vladimir Putin at the Madison Square Garden in New York.");
    let f = facts(&set);
    assert!(
        f.iter().all(|x| !x.starts_with("Vladimir Putin | was at")),
        "{f:?}"
    );
    // A scare quote with its comma inside is no quote.
    let set = draft("Officials called it a \"major setback,\" adding that talks would go on.");
    assert!(set.quotes.is_empty(), "{:?}", set.quotes);
    // Places spelt with a capital inside stay places.
    assert!(!super_camel("McAllen") && !super_camel("DeKalb"));
}

/// Whether a one-word place name would be read as an organisation's.
fn super_camel(name: &str) -> bool {
    draft(&format!(
        "The storm reached {name} on Monday, officials in {name} said."
    ))
    .entities
    .iter()
    .any(|e| e.name == name && e.kind == EntityKind::Organisation)
}

#[test]
fn an_auxiliary_after_the_opening_name_goes_with_its_verb() {
    let set = draft("US President Donald Trump will meet Chinese leader Xi Jinping in Beijing.");
    let f = facts(&set);
    assert!(
        f.contains(&"Donald Trump | will meet | Xi Jinping".to_string()),
        "{f:?}"
    );
}

/// The names each mention of the set belongs to, in text order.
fn mention_names(set: &FactSet) -> Vec<(String, String)> {
    let mut out: Vec<(usize, String, String)> = set
        .entities
        .iter()
        .flat_map(|e| {
            e.mentions
                .iter()
                .map(move |m| (m.start, m.text.clone(), e.name.clone()))
        })
        .collect();
    fact_explorer_core::sort::sort_by(&mut out, |a, b| a.cmp(b));
    out.into_iter()
        .map(|(_, text, name)| (text, name))
        .collect()
}

#[test]
fn a_full_name_found_once_is_the_name_wherever_its_words_come_again() {
    let set = draft(
        "Belgium started the game with Dries Mertens making early attempts. Dries Mertens's \
         attempt in the 18th minute failed. Later Mertens scored.",
    );
    let names = mention_names(&set);
    assert_eq!(
        names
            .iter()
            .filter(|(t, n)| t == "Dries Mertens" && n == "Dries Mertens")
            .count(),
        2,
        "{names:?}"
    );
    assert!(set.entities.iter().all(|e| e.name != "Dries"), "{names:?}");
}

#[test]
fn a_short_or_other_name_of_a_country_is_the_country_the_article_names() {
    let set = draft(
        "Group F — Sweden 1 – 0 Korea Republic. Sweden defeated South Korea 1 – 0. Korea \
         substituted Park Joo-Ho in the 28th minute.",
    );
    let korea: Vec<_> = set
        .entities
        .iter()
        .filter(|e| e.name.contains("Korea"))
        .collect();
    assert_eq!(korea.len(), 1, "{:?}", mention_names(&set));
    assert_eq!(korea[0].name, "South Korea");
    assert_eq!(korea[0].kind, EntityKind::Country);
    assert_eq!(korea[0].mentions.len(), 3);
    // With both Koreas named, "Korea" alone stands for neither.
    let both = draft("North Korea fired a missile. South Korea protested. Korea is divided.");
    let names: Vec<&str> = both.entities.iter().map(|e| e.name.as_str()).collect();
    assert!(
        names.contains(&"North Korea") && names.contains(&"South Korea"),
        "{names:?}"
    );
    let south = both
        .entities
        .iter()
        .find(|e| e.name == "South Korea")
        .unwrap();
    assert_eq!(south.mentions.len(), 1, "{names:?}");
}

#[test]
fn a_town_named_by_a_common_word_inside_a_title_is_no_town() {
    let set = draft("Harry Kane won the Budweiser Man of the Match award. England beat Tunisia.");
    assert!(
        set.entities.iter().all(|e| e.name != "Man"),
        "{:?}",
        mention_names(&set)
    );
    assert_eq!(kind(&set, "England"), Some(EntityKind::Country));
    // A titled person before "of" stays ("Mayor Bath of Seoul" is no title).
    let mayor = draft("The city's mayor, Oh Se-hoon of Seoul, met Tom Bath of Reading on Monday.");
    assert!(
        mayor.entities.iter().any(|e| e.name.contains("Bath")),
        "{:?}",
        mention_names(&mayor)
    );
}

#[test]
fn an_object_named_after_a_word_that_describes_it_is_the_object() {
    let set = draft("Yesterday, Belgium defeated debutants Panama 3 – 0 in Sochi.");
    let facts = facts(&set);
    assert!(
        facts.contains(&"Belgium | defeated | Panama".to_string()),
        "{facts:?}"
    );
}

#[test]
fn a_phrase_before_the_subject_sets_the_scene_and_a_named_object_words_the_place() {
    let set =
        draft("In the first game of Group G, Belgium faced Panama at the Fisht Stadium in Sochi.");
    let facts = facts(&set);
    assert!(!facts.iter().any(|f| f.contains("Group G")), "{facts:?}");
    assert!(
        facts.contains(&"Belgium | faced | Panama".to_string()),
        "{facts:?}"
    );
    assert!(
        facts.contains(&"Belgium | faced Panama at | Fisht Stadium".to_string()),
        "{facts:?}"
    );
}

#[test]
fn a_dateline_is_one_date_and_a_stage_of_a_competition_no_name() {
    let set = draft(
        "Tuesday, June 19, 2018\n\nGroup F — Sweden 1 – 0 Korea Republic\n\nIn the first game \
         of Group G, Belgium faced Panama. On Friday, Belgium will face Tunisia.",
    );
    let names: Vec<&str> = set.entities.iter().map(|e| e.name.as_str()).collect();
    assert!(names.contains(&"Tuesday, June 19, 2018"), "{names:?}");
    assert!(names.contains(&"Friday"), "{names:?}");
    assert!(!names.iter().any(|n| n.starts_with("Group")), "{names:?}");
    // A company named "… Group" stays.
    let company =
        draft("Shares of the Adani Group fell after Hindenburg Research published its report.");
    let names: Vec<&str> = company.entities.iter().map(|e| e.name.as_str()).collect();
    assert!(names.contains(&"Adani Group"), "{names:?}");
}

#[test]
fn a_given_name_the_parse_joins_to_the_next_capitalised_word_is_one_name() {
    let set = draft(
        "England started the match with attempts from Jesse Lingard, Harry Maguire, Harry Kane, \
         and John Stones early in the game.",
    );
    let names: Vec<&str> = set.entities.iter().map(|e| e.name.as_str()).collect();
    assert!(names.contains(&"John Stones"), "{names:?}");
    assert!(!names.contains(&"John"), "{names:?}");
    // Two people side by side stay two.
    let two = draft("The award went to John, Paul Smith said on Monday.");
    let names: Vec<&str> = two.entities.iter().map(|e| e.name.as_str()).collect();
    assert!(!names.iter().any(|n| n.starts_with("John ")), "{names:?}");
}

#[test]
fn a_name_in_apposition_to_the_role_before_it_stands_where_the_role_does() {
    let set = draft(
        "In the 62nd minute Kim Min-Woo conceded a penalty which the match referee Joel Aguilar \
         awarded Sweden. Four minutes later, Tunisia's goalkeeper Mouez Hassen was substituted \
         off.",
    );
    let facts = facts(&set);
    assert!(
        facts.contains(&"Joel Aguilar | awarded | Sweden".to_string()),
        "{facts:?}"
    );
    // The role's own owner is read by the role patterns, never as "is from".
    assert!(
        facts.contains(&"Mouez Hassen | is goalkeeper of | Tunisia".to_string()),
        "{facts:?}"
    );
    assert!(!facts.iter().any(|f| f.contains("is from")), "{facts:?}");
}

#[test]
fn a_state_body_named_after_its_place_belongs_to_it() {
    let set = draft(
        "Indonesia said on Friday that the Indonesian Navy had found the boat. The U.S. \
         Department of Agriculture notes that ozone harms crops, and the United States \
         agrees. British Airways flew to Britain, and the Korean Central News Agency said so.",
    );
    let facts = facts(&set);
    assert!(
        facts.contains(&"Indonesian Navy | belongs to | Indonesia".to_string()),
        "{facts:?}"
    );
    assert!(
        facts.contains(&"U.S. Department of Agriculture | belongs to | United States".to_string()),
        "{facts:?}"
    );
    // A company named after a country is no arm of it; a nationality word
    // two countries share names neither.
    assert!(
        !facts
            .iter()
            .any(|f| f.starts_with("British Airways | belongs to")),
        "{facts:?}"
    );
    assert!(
        !facts
            .iter()
            .any(|f| f.starts_with("Korean Central News Agency |")),
        "{facts:?}"
    );
}

#[test]
fn a_name_joined_by_a_hyphen_to_a_longer_name_is_one_name() {
    let set = draft(
        "The engines went to Wright-Patterson Air Force Base in Ohio. Talks on US-China trade \
         resumed in Geneva.",
    );
    let names = mention_names(&set);
    assert!(
        names
            .iter()
            .any(|(n, _)| n == "Wright-Patterson Air Force Base"),
        "{names:?}"
    );
    assert!(!names.iter().any(|(n, _)| n == "US-China"), "{names:?}");
}

#[test]
fn a_site_in_a_place_is_in_it_a_company_is_not() {
    let set = draft(
        "Senator John Cornyn regretted the rejection of Johnson Space Center (JSC) in Houston. \
         There are exhibits at Skidmore College in Saratoga Springs, New York. Officials met \
         BlackRock in New York.",
    );
    let facts = facts(&set);
    assert!(
        facts.contains(&"Johnson Space Center | is in | Houston".to_string()),
        "{facts:?}"
    );
    assert!(
        facts.contains(&"Skidmore College | is in | Saratoga Springs".to_string()),
        "{facts:?}"
    );
    assert!(
        !facts.contains(&"BlackRock | is in | New York".to_string()),
        "{facts:?}"
    );
}

#[test]
fn a_role_keeps_its_own_preposition() {
    let set = draft("Kim Sook, ambassador to the United Nations, spoke first.");
    let facts = facts(&set);
    assert!(
        facts.contains(&"Kim Sook | is ambassador to | United Nations".to_string()),
        "{facts:?}"
    );
    let fact = set.facts.first().expect("a fact");
    assert_eq!(fact.qualifiers.role.as_deref(), Some("ambassador"));
}

#[test]
fn the_owner_of_a_deed_did_it_for_the_subject() {
    let set = draft(
        "Six minutes later, Lukaku scored a third goal for Belgium, this time from Eden Hazard's \
         assist. Hazard praised Lukaku's pass.",
    );
    let facts = facts(&set);
    assert!(
        facts.contains(&"Eden Hazard | assisted | Lukaku".to_string()),
        "{facts:?}"
    );
    // Praising a pass is no pass.
    assert!(!facts.iter().any(|f| f.contains("passed to")), "{facts:?}");
}

#[test]
fn a_name_a_finite_verb_follows_is_no_object() {
    let set =
        draft("English captain Harry Kane scored a second goal as England won a corner kick.");
    let facts = facts(&set);
    assert!(
        !facts.iter().any(|f| f.contains(" as | England")),
        "{facts:?}"
    );
    assert!(
        facts.contains(&"Harry Kane | is captain of | England".to_string()),
        "{facts:?}"
    );
}

#[test]
fn a_title_to_a_body_before_a_name_is_that_persons_role() {
    let set = draft(
        "U.S. Ambassador to the United Nations Linda Thomas-Greenfield said the vote failed.",
    );
    let facts = facts(&set);
    assert!(
        facts.contains(&"Linda Thomas-Greenfield | is Ambassador to | United Nations".to_string()),
        "{facts:?}"
    );
    assert!(
        facts.contains(&"Linda Thomas-Greenfield | is Ambassador of | U.S.".to_string()),
        "{facts:?}"
    );
    // No possessive in the text, so the parse's owner owns nothing.
    assert!(!facts.iter().any(|f| f.contains("belongs to")), "{facts:?}");
    let names = mention_names(&set);
    assert!(
        !names.iter().any(|(n, _)| n.contains("Nations Linda")),
        "{names:?}"
    );
}

#[test]
fn the_person_after_a_title_to_a_place_is_named() {
    let set = draft(
        "According to Afghan Ambassador to the United States Hamdullah Mohib, the team was brave.",
    );
    let facts = facts(&set);
    assert!(
        facts.contains(&"Hamdullah Mohib | is Ambassador to | United States".to_string()),
        "{facts:?}"
    );
    assert!(
        facts.contains(&"Hamdullah Mohib | is Ambassador of | Afghanistan".to_string()),
        "{facts:?}"
    );
}

#[test]
fn who_a_fact_is_according_to_is_no_party_to_it() {
    let set = draft(
        "Larry Fink, who manages BlackRock, told Lee Jae Myung that he would “mobilize global \
         capital to make Korea the AI capital of Asia,” according to lawmaker Cha Ji-ho of \
         Korea’s ruling Democratic Party, who attended the meeting.",
    );
    let facts = facts(&set);
    // The lawmaker relays what Fink said to Lee: no party to it.
    assert!(
        !facts.iter().any(|f| f.contains("Cha Ji-ho")
            && (f.contains("Larry Fink") || f.contains("Lee Jae Myung"))),
        "{facts:?}"
    );
    assert!(!facts.iter().any(|f| f.contains("according")), "{facts:?}");
}

#[test]
fn an_owner_marked_by_s_owns_the_name_after_it() {
    // The parse read "Korea's" as a second subject of "was shown", and
    // "Korea's ruling Democratic Party" as "Korea is ruling…".
    let facts = facts(&draft(
        "Korea's Kim Shin-Wook was shown a yellow card early in the game. Fink told Lee that he \
         would mobilize capital, according to lawmaker Cha Ji-ho of Korea's ruling Democratic \
         Party, who attended the meeting.",
    ));
    has_all(
        &facts,
        &[
            "Kim Shin-Wook | is from | Korea",
            "Cha Ji-ho | is lawmaker of | Democratic Party",
            "Democratic Party | is based in | Korea",
        ],
    );
    assert!(!facts.iter().any(|f| f.contains("| ruling |")), "{facts:?}");
}

#[test]
fn an_apposition_explains_the_name_before_it() {
    // "according to Ha Jung-woo, Lee's senior secretary": the parse hung
    // the apposition from "according"; "Ogunlesi and Jim Yong Kim, the
    // former World Bank president": from the first of the two.
    let facts = facts(&draft(
        "During the meeting, Fink pledged to collaborate with Korea, according to Ha Jung-woo, \
         Lee's senior secretary for AI policy. GIP Chairman Adebayo Ogunlesi and Jim Yong Kim, \
         the former World Bank president and now vice chair at the fund, also joined the \
         discussions.",
    ));
    has_all(
        &facts,
        &[
            "Ha Jung-woo | is senior secretary of | Lee",
            "Jim Yong Kim | is former president of | World Bank",
        ],
    );
    assert!(
        !facts
            .iter()
            .any(|f| f.starts_with("Adebayo Ogunlesi | is former")),
        "{facts:?}"
    );
}

#[test]
fn places_said_beside_a_name_are_where_it_is_or_comes_from() {
    let facts = facts(&draft(
        "A storm caused a crane to fall into Mecca's Grand Mosque. The finals saw Immortals, from \
         Brazil, face off in the final. Evansville, Indiana, United States - The university \
         opened an exhibit. They traveled from Herat, their home, to Kabul.",
    ));
    has_all(
        &facts,
        &[
            "Grand Mosque | is in | Mecca",
            "Evansville | is in | Indiana",
            "Indiana | is in | United States",
        ],
    );
    // A list of regions is no chain, and a pronoun after a comma no place.
    let list = self::facts(&draft(
        "Floods hit New South Wales, Victoria, South Australia and Queensland.",
    ));
    assert!(!list.iter().any(|f| f.contains("| is in |")), "{list:?}");
    assert!(
        !facts.iter().any(|f| f.starts_with("Herat | is in")),
        "{facts:?}"
    );
}

#[test]
fn a_secretary_of_state_is_no_state_and_a_verb_is_in_no_name() {
    // The tagger ran "State Madeleine Albright met Havel" on as one name.
    let set = draft("U.S. Secretary of State Madeleine Albright met Havel on Friday.");
    assert_eq!(kind(&set, "Madeleine Albright"), Some(EntityKind::Person));
    assert!(
        !set.entities
            .iter()
            .any(|e| e.name.contains(" met ") || e.name.starts_with("State ")),
        "{:?}",
        set.entities.iter().map(|e| &e.name).collect::<Vec<_>>()
    );
    let facts = facts(&set);
    has_all(
        &facts,
        &[
            "Madeleine Albright | is Secretary of State of | U.S.",
            "Madeleine Albright | met | Havel",
        ],
    );
}

#[test]
fn family_ties_and_who_clauses_are_read_from_the_name() {
    let facts = facts(&draft(
        "Czech President Vaclav Havel on Friday welcomed the appointment of Madeleine Albright, \
         who was born in Prague, as U.S. Secretary of State. Albright's father, Josef Korbel, \
         was a Czech diplomat. In a statement, Governor of Washington Chris Gregoire said it.",
    ));
    has_all(
        &facts,
        &[
            "Madeleine Albright | was born in | Prague",
            "Josef Korbel | is father of | Madeleine Albright",
            "Chris Gregoire | is Governor of | Washington",
        ],
    );
}

#[test]
fn a_titled_name_is_one_person_wherever_it_stands() {
    // The tagger read the first name whole as a place, the second as an
    // organisation; the parse hung "Palestinian" and "President" from
    // "meet" apart from the name.
    let set = draft(
        "Israeli Prime Minister Benjamin Netanyahu will meet Palestinian President Yasser Arafat \
         in Gaza on Tuesday, an aide said. Arafat and Netanyahu signed an agreement on Hebron. \
         GIP Chairman Adebayo Ogunlesi and Jim Yong Kim, the former World Bank president, also \
         joined the discussions.",
    );
    assert_eq!(kind(&set, "Benjamin Netanyahu"), Some(EntityKind::Person));
    assert_eq!(kind(&set, "Yasser Arafat"), Some(EntityKind::Person));
    let facts = facts(&set);
    has_all(
        &facts,
        &[
            "Benjamin Netanyahu | is Prime Minister of | Israel",
            "Benjamin Netanyahu | will meet | Yasser Arafat",
            "Yasser Arafat | is President of | Palestine",
            "Jim Yong Kim | is former president of | World Bank",
        ],
    );
    // The apposition is the second name's, not the first's.
    assert!(
        !facts
            .iter()
            .any(|f| f.starts_with("Adebayo Ogunlesi | is former")),
        "{facts:?}"
    );
}

#[test]
fn name_particles_and_who_clauses_make_names() {
    let set = draft(
        "Dutch Foreign Minister Hans van Mierlo arrived in Washington on Monday. Mandela, who \
         was released from prison in 1990, became South Africa's first black president.",
    );
    assert_eq!(kind(&set, "Hans van Mierlo"), Some(EntityKind::Person));
    assert_eq!(kind(&set, "Mandela"), Some(EntityKind::Person));
    assert!(kind(&set, "Mierlo").is_none() && kind(&set, "Hans").is_none());
    let facts = facts(&set);
    assert!(
        facts.contains(&"Hans van Mierlo | is Foreign Minister of | Netherlands".to_string()),
        "{facts:?}"
    );
}

#[test]
fn a_titled_given_name_takes_a_common_surname_and_a_negated_meeting_is_negated() {
    let set = draft(
        "Prime Minister John Major did not meet Irish Prime Minister John Bruton in London on \
         Friday. Peru's President Alberto Fujimori said he would not negotiate.",
    );
    assert_eq!(kind(&set, "John Major"), Some(EntityKind::Person));
    let negated = set
        .facts
        .iter()
        .find(|f| f.relation == "did not meet")
        .expect("the meeting that did not happen is drafted");
    assert_eq!(negated.status, fact_explorer_core::model::Status::Negated);
    let facts = facts(&set);
    assert!(
        facts.contains(&"Alberto Fujimori | is President of | Peru".to_string()),
        "{facts:?}"
    );
    // The role says it; no "is from" beside it.
    assert!(
        !facts.contains(&"Alberto Fujimori | is from | Peru".to_string()),
        "{facts:?}"
    );
}

#[test]
fn companies_by_legal_form_and_the_subject_of_what_a_company_said() {
    let set = draft(
        "Sweden's Volvo AB said on Monday it had appointed Leif Johansson as chief executive, \
         replacing Soren Gyll. Boeing Co said it would buy McDonnell Douglas Corp for $13.3 \
         billion in stock.",
    );
    assert_eq!(kind(&set, "Volvo AB"), Some(EntityKind::Organisation));
    assert_eq!(
        kind(&set, "McDonnell Douglas Corp"),
        Some(EntityKind::Organisation)
    );
    let facts = facts(&set);
    has_all(
        &facts,
        &[
            "Volvo AB | is based in | Sweden",
            "Volvo AB | had appointed | Leif Johansson",
            // "it" is Boeing's: the parse had hung it from "said" as an object.
            "Boeing Co | would buy | McDonnell Douglas Corp",
        ],
    );
    // Who replaces Gyll is Johansson, not Volvo.
    assert!(
        !facts.contains(&"Volvo AB | replacing | Soren Gyll".to_string()),
        "{facts:?}"
    );
}

#[test]
fn a_name_coordinated_with_a_persons_is_a_person() {
    let set = draft("Arafat and Netanyahu signed an agreement on Hebron in Jerusalem.");
    assert_eq!(kind(&set, "Arafat"), Some(EntityKind::Person));
    let facts = facts(&set);
    assert!(
        facts.contains(&"Arafat | signed an agreement with | Netanyahu".to_string()),
        "{facts:?}"
    );
}

#[test]
fn a_title_makes_a_person_of_a_name_listed_as_a_town() {
    // "Hashimoto" and "Ikeda" are towns in the word lists; after a title
    // they are a person's surnames, with the given name before them.
    let set = draft(
        "Japanese Prime Minister Ryutaro Hashimoto sent Foreign Minister Yukihiko Ikeda to Lima \
         on Thursday.",
    );
    assert_eq!(kind(&set, "Ryutaro Hashimoto"), Some(EntityKind::Person));
    assert_eq!(kind(&set, "Yukihiko Ikeda"), Some(EntityKind::Person));
    has_all(
        &facts(&set),
        &[
            "Ryutaro Hashimoto | is Prime Minister of | Japan",
            "Ryutaro Hashimoto | sent | Yukihiko Ikeda",
        ],
    );
}

#[test]
fn a_surname_alone_names_the_person_and_a_capital_alone_is_a_place() {
    let set = draft(
        "Chairman Robert Coar told reporters that the board had met. \"We thank Ray for his \
         work,\" Coar said.\n\nBonn says it will not pay more. Waigel told the Bundestag that \
         Bonn had paid enough.",
    );
    let coar = set
        .entities
        .iter()
        .find(|e| e.name == "Robert Coar")
        .expect("Coar");
    assert_eq!(set.quotes.len(), 1);
    assert_eq!(set.quotes[0].speaker.as_deref(), Some(coar.id.as_str()));
    assert_eq!(kind(&set, "Bonn"), Some(EntityKind::City));
    assert_eq!(kind(&set, "Bundestag"), Some(EntityKind::Organisation));
    has_all(&facts(&set), &["Waigel | told | Bundestag"]);
}

#[test]
fn a_name_has_no_lower_case_edges_and_movements_and_clubs_are_bodies() {
    let set = draft(
        "Red Cross official Michel Minnig entered the residence, a spokesman for the \
         International Committee of the Red Cross in Geneva said. Guerrillas of the Tupac Amaru \
         Revolutionary Movement held hundreds of hostages. Blackburn Rovers sacked their manager.",
    );
    assert!(kind(&set, "International Committee of the Red Cross").is_some());
    assert!(kind(&set, "Red Cross official").is_none());
    assert_eq!(
        kind(&set, "Tupac Amaru Revolutionary Movement"),
        Some(EntityKind::Organisation)
    );
    assert_eq!(
        kind(&set, "Blackburn Rovers"),
        Some(EntityKind::Organisation)
    );
}

#[test]
fn an_event_is_a_deed_on_a_day_worded_as_written() {
    let set = draft(
        "German Finance Minister Theo Waigel said on Tuesday that Germany would not pay more. \
         Lee Jae Myung arrived in New York on Monday for a four-day visit.",
    );
    let titles: Vec<&str> = set.events.iter().map(|e| e.title.as_str()).collect();
    // What someone said on a day is a statement, not an event.
    assert!(!titles.iter().any(|t| t.starts_with("Said")), "{titles:?}");
    // The day's phrase goes, "on" with it; the words keep the text's spacing.
    assert!(
        titles.contains(&"Arrived in New York for a four-day visit"),
        "{titles:?}"
    );
}

#[test]
fn a_roles_phrase_and_its_holder_after_a_comma() {
    let set = draft(
        "Rebels held hundreds of hostages in the residence of Japan's ambassador to Peru, \
         Morihisa Aoki. Among the hostages were Peru's foreign minister Francisco Tudela and the \
         brother of President Alberto Fujimori, Pedro Fujimori. The rebels demanded the release \
         of their jailed comrades, including their leader Victor Polay.",
    );
    let facts = facts(&set);
    has_all(
        &facts,
        &[
            "Morihisa Aoki | is ambassador of | Japan",
            "Morihisa Aoki | is ambassador to | Peru",
            "Francisco Tudela | is foreign minister of | Peru",
            "Pedro Fujimori | is brother of | Alberto Fujimori",
        ],
    );
    // Pedro is nobody's minister; "their" is the rebels', not Peru's.
    assert!(
        !facts
            .iter()
            .any(|f| f.starts_with("Pedro Fujimori | is foreign minister")
                || f.starts_with("Victor Polay")),
        "{facts:?}"
    );
}

#[test]
fn an_acronym_before_its_expansion_is_the_same_body() {
    let set = draft(
        "Bonn will not pay more to EU budget.\n\nGermany would not accept higher contributions to \
         the European Union budget, Theo Waigel said.",
    );
    let eu = set
        .entities
        .iter()
        .find(|e| e.name == "European Union")
        .expect("EU");
    assert!(eu.aliases.iter().any(|a| a == "EU"), "{:?}", eu.aliases);
    assert!(kind(&set, "EU").is_none());
}

#[test]
fn a_headlines_surname_and_company_are_the_storys_full_names() {
    let set = draft(
        "Mandela to visit Libya.\n\nJOHANNESBURG 1996-12-12\n\nSouth African President Nelson \
         Mandela will visit Libya next month, his spokesman Parks Mankahlana said. State \
         Department spokesman Nicholas Burns criticised the trip.\n\nBoeing to buy McDonnell \
         Douglas.\n\nBoeing Co agreed to acquire McDonnell Douglas Corp, analysts at Merrill \
         Lynch said. A court sentenced journalist Dragan Milic to two years.",
    );
    let mandela = set
        .entities
        .iter()
        .find(|e| e.name == "Nelson Mandela")
        .expect("Mandela");
    assert!(
        mandela.aliases.iter().any(|a| a == "Mandela"),
        "{:?}",
        mandela.aliases
    );
    assert!(kind(&set, "Mandela").is_none());
    assert!(kind(&set, "1996-12-12").is_none(), "a date is no name");
    assert_eq!(kind(&set, "Parks Mankahlana"), Some(EntityKind::Person));
    assert_eq!(kind(&set, "Dragan Milic"), Some(EntityKind::Person));
    assert_eq!(
        kind(&set, "State Department"),
        Some(EntityKind::GovernmentBody)
    );
    assert_eq!(kind(&set, "Merrill Lynch"), Some(EntityKind::Organisation));
    assert!(kind(&set, "McDonnell").is_none() && kind(&set, "Douglas").is_none());
    has_all(
        &facts(&set),
        &[
            "Nicholas Burns | is spokesman of | State Department",
            "Boeing | agreed to acquire | McDonnell Douglas",
        ],
    );
}

#[test]
fn a_results_line_names_teams_and_clubs_are_one_name() {
    let set = draft(
        "Results of Spanish first division matches played on Saturday:\n\nBarcelona 3 Valencia \
         2\n\nReal Madrid 1 Atletico Madrid 1\n\nJapan 2 Syria 1\n\nLeading positions: Real \
         Madrid 35 points, Barcelona 34.",
    );
    assert_eq!(kind(&set, "Barcelona"), Some(EntityKind::Organisation));
    assert_eq!(kind(&set, "Valencia"), Some(EntityKind::Organisation));
    assert_eq!(kind(&set, "Real Madrid"), Some(EntityKind::Organisation));
    assert_eq!(
        kind(&set, "Atletico Madrid"),
        Some(EntityKind::Organisation)
    );
    // A national team is named as its country.
    assert_eq!(kind(&set, "Japan"), Some(EntityKind::Country));
    assert!(kind(&set, "Madrid").is_none() && kind(&set, "Atletico").is_none());
}

#[test]
fn datelines_in_capitals_awards_and_hyphened_places() {
    let set = draft(
        "NEW YORK 1996-12-07\n\nThe Seoul-Washington alliance held. Harry Kane won the \
         Budweiser Man of the Match award in New York.",
    );
    let ny = set
        .entities
        .iter()
        .find(|e| e.name == "New York")
        .expect("New York");
    assert!(
        ny.aliases.iter().any(|a| a == "NEW YORK"),
        "{:?}",
        ny.aliases
    );
    assert!(kind(&set, "NEW").is_none());
    assert!(kind(&set, "Seoul-Washington").is_none());
    assert!(kind(&set, "Budweiser Man of the Match").is_none());
}

#[test]
fn a_day_before_the_verb_an_adjective_that_carries_it_and_an_agency_told() {
    let set = draft(
        "Russian President Boris Yeltsin on Monday appointed General Igor Rodionov as defence \
         minister. Rodionov, 59, told Interfax news agency that his first task would be to reform \
         the army. \"The army needs money,\" he said. Communist leader Gennady Zyuganov criticised \
         it. Yeltsin is due to meet German Chancellor Helmut Kohl on Friday, a Kremlin spokesman \
         said.",
    );
    let facts = facts(&set);
    has_all(
        &facts,
        &[
            "Boris Yeltsin | appointed | Igor Rodionov",
            "Igor Rodionov | told | Interfax",
            "Boris Yeltsin | is due to meet | Helmut Kohl",
        ],
    );
    // "it" is the appointment, not the agency of the sentence before.
    assert!(!facts.iter().any(|f| f.contains("criticised")), "{facts:?}");
    let rodionov = set
        .entities
        .iter()
        .find(|e| e.name == "Igor Rodionov")
        .expect("Rodionov");
    assert_eq!(set.quotes[0].speaker.as_deref(), Some(rodionov.id.as_str()));
    assert_eq!(kind(&set, "Kremlin"), Some(EntityKind::GovernmentBody));
}

#[test]
fn companies_by_legal_form_role_owner_and_initials_and_their_speakers() {
    let set = draft(
        "British Airways Plc said on Wednesday its talks with American Airlines were \
         continuing.\n\n\"We remain confident that the alliance will be approved,\" BA chief \
         executive Robert Ayling said in a statement.\n\nVirgin Atlantic chairman Richard Branson \
         urged the European Commission to block the deal. The Commission's competition chief Karel \
         Van Miert is expected to rule next year, a spokesman in Brussels said.",
    );
    let ba = set
        .entities
        .iter()
        .find(|e| e.name.starts_with("British Airways"))
        .expect("BA");
    assert!(ba.aliases.iter().any(|a| a == "BA"), "{:?}", ba.aliases);
    assert!(kind(&set, "Plc").is_none());
    assert_eq!(
        kind(&set, "Virgin Atlantic"),
        Some(EntityKind::Organisation)
    );
    assert_eq!(kind(&set, "Brussels"), Some(EntityKind::City));
    let ec = set
        .entities
        .iter()
        .find(|e| e.name == "European Commission")
        .expect("EC");
    assert!(
        ec.aliases.iter().any(|a| a == "Commission"),
        "{:?}",
        ec.aliases
    );
    let ayling = set
        .entities
        .iter()
        .find(|e| e.name == "Robert Ayling")
        .expect("Ayling");
    assert_eq!(set.quotes[0].speaker.as_deref(), Some(ayling.id.as_str()));
    has_all(
        &facts(&set),
        &[
            "Robert Ayling | is chief executive of | British Airways Plc",
            "Richard Branson | is chairman of | Virgin Atlantic",
            "Richard Branson | urged | European Commission",
        ],
    );
}

#[test]
fn venues_named_with_of_and_where_they_are() {
    // A venue's head before "of" names it ("the Museum of Flight", "the
    // National Museum of the U.S. Air Force"), a university's campus is
    // part of its name, and a venue named before its head is not named by
    // its town ("the Evergreen Aviation & Space Museum of McMinnville").
    let set = draft(
        "The Museum of Flight in Seattle, Washington was also proposed. The nose cap assembly \
         and crew compartment trainer for the National Museum of the U.S. Air Force at \
         Wright-Patterson Air Force Base in Ohio and orbital maneuvering system engines for the \
         U.S. Space and Rocket Center in Huntsville, Alabama, were also given. The Weatherspoon \
         Art Museum at the University of North Carolina at Greensboro saw attendance rise. Other \
         items go to the Evergreen Aviation & Space Museum of McMinnville, Oregon.",
    );
    for name in [
        "Museum of Flight",
        "National Museum of the U.S. Air Force",
        "University of North Carolina at Greensboro",
        "Evergreen Aviation & Space Museum",
        "McMinnville",
    ] {
        assert!(kind(&set, name).is_some(), "{name}: {:?}", set.entities);
    }
    has_all(
        &facts(&set),
        &[
            // A verb after the second place makes it no subject when the
            // first place's phrase does not open the sentence.
            "Seattle | is in | Washington",
            "National Museum of the U.S. Air Force | is at | Wright-Patterson Air Force Base",
            "Weatherspoon Art Museum | is at | University of North Carolina at Greensboro",
        ],
    );
    // A body, a comma and its town; a team "from" a country read as an
    // apposition.
    let set = draft(
        "Cynthia Thompson, curator at the University of Arkansas, Fayetteville, said it was a \
         legend.",
    );
    has_all(
        &facts(&set),
        &["University of Arkansas | is in | Fayetteville"],
    );
}

#[test]
fn results_lines_say_who_beat_whom_and_who_scored() {
    let set = draft(
        "Results of Spanish first division matches on Sunday:\n\nBarcelona 3 Valencia 2\n\nReal \
         Madrid 1 Atletico Madrid 1\n\nSweden 1-0 South Korea\n\nGroup G — Tunisia 1 – 2 \
         England\n\nDeportivo Coruna 2 (Bebeto 12, Fran 80) Sevilla 0\n",
    );
    // A score parts two teams the tagger read as one name.
    assert_eq!(kind(&set, "Sweden"), Some(EntityKind::Country));
    assert_eq!(kind(&set, "Bebeto"), Some(EntityKind::Person));
    let f = facts(&set);
    has_all(
        &f,
        &[
            "Barcelona | beat | Valencia",
            "Real Madrid | drew with | Atletico Madrid",
            "Sweden | beat | South Korea",
            "England | beat | Tunisia",
            "Deportivo Coruna | beat | Sevilla",
            "Bebeto | scored for | Deportivo Coruna",
            "Fran | scored for | Deportivo Coruna",
        ],
    );
    // A line with more than two teams and their goals is no result.
    let set = draft("Barcelona 20 15 3 2 45 20 48\n\nValencia 20 12 4 4 40 25 40\n");
    assert!(
        facts(&set).iter().all(|x| !x.contains("beat")),
        "{:?}",
        facts(&set)
    );
}

#[test]
fn newspapers_offices_and_who_told_whom() {
    let set = draft(
        "As coauthor Colette Heald told The Huffington Post, \"The climate projections are quite \
         convincing.\" Charles Bolden, NASA Administrator, announced the locations.",
    );
    // A run ending in its head word is the body, over the tagger's person;
    // "Post" in it is no speech verb, so the quote is Heald's.
    assert_eq!(
        kind(&set, "Huffington Post"),
        Some(EntityKind::Organisation)
    );
    let heald = set
        .entities
        .iter()
        .find(|e| e.name == "Colette Heald")
        .map(|e| e.id.clone());
    assert!(heald.is_some());
    assert_eq!(set.quotes.first().and_then(|q| q.speaker.clone()), heald);
    // A "person" ending in an office with no name after it is a title.
    assert_eq!(kind(&set, "NASA Administrator"), None);
    has_all(
        &facts(&set),
        &[
            "Colette Heald | told | Huffington Post",
            "Charles Bolden | is Administrator of | NASA",
        ],
    );
}

#[test]
fn wire_copy_of_bonn_people_parties_and_companies() {
    let set = draft(
        "German Finance Minister Theo Waigel said on Friday that Bonn would meet the criteria.\n\n\
         \"We will make it,\" Waigel told reporters after meeting Bundesbank president Hans \
         Tietmeyer in Frankfurt.\n\nAnalyst John Smith of Deutsche Bank said the market had \
         expected the move.\n\nChancellor Helmut Kohl will visit Moscow for talks with \
         Russian President Boris Yeltsin.\n\nKohl and Yeltsin signed a treaty on troop withdrawals in 1994.\n\n\
         The Social Democrats, led by Oskar Lafontaine, criticised the plan.\n\nDaimler-Benz AG, \
         Germany's largest industrial group, said it would cut jobs.\n\nVolkswagen chief \
         executive Ferdinand Piech said sales rose.",
    );
    // A surname after a titled full name is that person, so the quote has
    // its speaker; two people joined by "and" are two.
    let waigel = set
        .entities
        .iter()
        .find(|e| e.name == "Theo Waigel")
        .map(|e| e.id.clone());
    assert!(waigel.is_some(), "{:?}", set.entities);
    assert_eq!(set.quotes.first().and_then(|q| q.speaker.clone()), waigel);
    assert_eq!(kind(&set, "Kohl and Yeltsin"), None);
    assert_eq!(
        kind(&set, "Social Democrats"),
        Some(EntityKind::Organisation)
    );
    assert_eq!(kind(&set, "Volkswagen"), Some(EntityKind::Organisation));
    has_all(
        &facts(&set),
        &[
            "Theo Waigel | met | Hans Tietmeyer",
            "John Smith | works for | Deutsche Bank",
            "Social Democrats | led by | Oskar Lafontaine",
            "Daimler-Benz AG | is based in | Germany",
            "Ferdinand Piech | is chief executive of | Volkswagen",
        ],
    );
    assert!(
        facts(&set)
            .iter()
            .any(|f| f.contains("Kohl") && f.contains("Yeltsin")),
        "{:?}",
        facts(&set)
    );
}

#[test]
fn appointments_object_control_and_subjects_before_an_apposition() {
    let set = draft(
        "President Bill Clinton on Thursday named U.N. Ambassador Madeleine Albright as secretary \
         of state.\n\nAlbright, 59, will replace Warren Christopher.\n\nClinton also nominated \
         former Senator William Cohen of Maine, a Republican, as defense secretary.\n\nCzech \
         President Vaclav Havel welcomed the appointment and invited Albright to visit Prague.\n\n\
         Anthony Lake, the national security adviser, was named director of the CIA.\n\nPresident \
         Boris Yeltsin named Yevgeny Primakov head of the Foreign Intelligence Service.",
    );
    // "of" and a listed place end a person's name.
    assert!(kind(&set, "William Cohen").is_some(), "{:?}", set.entities);
    let f = facts(&set);
    has_all(
        &f,
        &[
            // A name, a phrase between commas, then the verb: its subject.
            "Madeleine Albright | will replace | Warren Christopher",
            "Anthony Lake | is director of | CIA",
            // The object of "invited … to visit" is who visits.
            "Madeleine Albright | was invited to visit | Prague",
            // "named X head of Y" read as one noun phrase is mended.
            "Yevgeny Primakov | is head of | Foreign Intelligence Service",
        ],
    );
    for wrong in [
        "Vaclav Havel | visit | Prague",
        "Bill Clinton | nominated Senator William Cohen of | Maine",
    ] {
        assert!(!f.iter().any(|x| x == wrong), "{wrong}: {f:?}");
    }
}

#[test]
fn headlines_tribunals_and_towns() {
    let set = draft(
        "Boeing to buy McDonnell Douglas in $13 billion deal\n\nSEATTLE 1996-12-15\n\nBoeing Co \
         said on Sunday it would acquire McDonnell Douglas Corp.\n\nIn Bosnia, Serb forces \
         attacked the town of Gorazde on Saturday.\n\nKaradzic was indicted by the International \
         Criminal Tribunal for the Former Yugoslavia in The Hague.",
    );
    // A body's head before "for" names it; a name after "the town of" is
    // a place.
    assert!(
        kind(
            &set,
            "International Criminal Tribunal for the Former Yugoslavia"
        )
        .is_some(),
        "{:?}",
        set.entities
    );
    assert!(
        matches!(
            kind(&set, "Gorazde"),
            Some(EntityKind::City | EntityKind::Region)
        ),
        "{:?}",
        kind(&set, "Gorazde")
    );
    // A headline's "X to buy Y" is planned.
    let planned = set.facts.iter().any(|f| {
        f.relation == "is to buy" && f.status == fact_explorer_core::model::Status::Planned
    });
    assert!(planned, "{:?}", facts(&set));
}

#[test]
fn companies_described_based_and_agreeing() {
    let set = draft(
        "Frankfurt-based Deutsche Bank agreed to sell its Morgan Grenfell unit to Barclays.\n\n\
         The European Union and Japan agreed to cut tariffs.\n\nToyota, Japan's largest carmaker, \
         said its sales rose.",
    );
    // A name described as a company between commas, or "its X unit", is a
    // company.
    assert_eq!(kind(&set, "Toyota"), Some(EntityKind::Organisation));
    assert_eq!(
        kind(&set, "Morgan Grenfell"),
        Some(EntityKind::Organisation)
    );
    has_all(
        &facts(&set),
        &[
            "Deutsche Bank | is based in | Frankfurt",
            "Toyota | is based in | Japan",
            // Two subjects with "and" between them are one coordinated
            // subject, a country with a body as a party.
            "European Union | agreed to cut tariffs with | Japan",
        ],
    );
}

#[test]
fn sports_lines_players_countries_and_teams() {
    let set = draft(
        "TENNIS - RESULTS AT GRAND SLAM CUP.\n\nResults of first round matches on Thursday:\n\n1 - \
         Pete Sampras (U.S.) beat Mark Woodforde (Australia) 6-4 7-6 (7-3)\n\nGoran Ivanisevic \
         (Croatia) beat Thomas Muster (Austria) 6-3 6-4\n\nSOCCER - ENGLISH LEAGUE RESULTS.\n\n\
         Arsenal 2 Chelsea 1\n\nManchester United 0 Liverpool 0\n",
    );
    // A line of two capitalised runs with their goals names two teams,
    // without the goals.
    assert_eq!(kind(&set, "Arsenal"), Some(EntityKind::Organisation));
    assert_eq!(
        kind(&set, "Manchester United"),
        Some(EntityKind::Organisation)
    );
    has_all(
        &facts(&set),
        &[
            "Pete Sampras | is from | U.S.",
            "Pete Sampras | beat | Mark Woodforde",
            "Mark Woodforde | is from | Australia",
            "Goran Ivanisevic | beat | Thomas Muster",
            "Arsenal | beat | Chelsea",
            "Manchester United | drew with | Liverpool",
        ],
    );
}

#[test]
fn titles_before_names_and_their_owners() {
    let set = draft(
        "Egyptian President Hosni Mubarak urged Netanyahu to honour the agreements. Mubarak spoke \
         to reporters after talks with Jordan's King Hussein in Alexandria.\n\nTanzania's former \
         President Julius Nyerere will host regional leaders in Arusha. Kenyan President Daniel \
         arap Moi is expected to attend. Burundi's military ruler Major Pierre Buyoya has offered \
         talks.\n\nPalestinian negotiator Saeb Erekat said the Palestinians would not accept any \
         change. \"We want the agreement implemented as it is,\" Erekat said.",
    );
    // A name right after a capitalised role is a person's; a country's
    // one-word name before a title's possessive is the country.
    assert_eq!(kind(&set, "Hosni Mubarak"), Some(EntityKind::Person));
    assert_eq!(kind(&set, "Jordan"), Some(EntityKind::Country));
    has_all(
        &facts(&set),
        &[
            "Hosni Mubarak | is President of | Egypt",
            // Talks the clause comes after were held.
            "Hosni Mubarak | held talks with | Hussein",
            "Hussein | is King of | Jordan",
            "Julius Nyerere | is former President of | Tanzania",
            // "arap" joins a name; a rank that is also a surname goes.
            "Daniel arap Moi | is President of | Kenya",
            "Pierre Buyoya | is military ruler of | Burundi",
        ],
    );
    // A role before the full name vouches for the surname alone later.
    assert_eq!(speaker(&set, "We want"), Some("Saeb Erekat"));
}

#[test]
fn companies_named_by_the_word_for_one() {
    let set = draft(
        "German electronics group Siemens AG said it would buy a stake in Italtel, the telecoms \
         unit of Italy's state holding company IRI. Swiss drugmaker Sandoz AG said it had \
         appointed Marc Moret as chairman. Police arrested three men suspected of robbing a \
         branch of Credit Lyonnais in Lyon.\n\n\"The two leaders will discuss the redeployment of \
         troops,\" the aide, David Bar-Illan, told Reuters.",
    );
    assert_eq!(kind(&set, "IRI"), Some(EntityKind::Organisation));
    assert_eq!(
        kind(&set, "Credit Lyonnais"),
        Some(EntityKind::Organisation)
    );
    has_all(
        &facts(&set),
        &[
            "Siemens AG | is based in | Germany",
            "IRI | is based in | Italy",
            "Sandoz AG | is based in | Switzerland",
        ],
    );
    // The speaker named in apposition between the quote and its verb.
    assert_eq!(speaker(&set, "The two"), Some("David Bar-Illan"));
}

#[test]
fn match_reports_teams_scorers_and_apposed_roles() {
    let set = draft(
        "Alessandro Del Piero scored twice as champions Juventus beat AC Milan 2-1 on Sunday. \
         George Weah pulled one back for Milan. Milan coach Oscar Tabarez said his side had \
         deserved a draw. Juventus coach Marcello Lippi praised his players.\n\nIn Rome, Lazio \
         drew 1-1 with Roma. Pierluigi Casiraghi scored for Lazio and Abel Balbo equalised for \
         Roma. Inter Milan signed England midfielder Paul Ince from Manchester United.\n\nA \
         Mexican judge charged Raul Salinas, brother of former President Carlos Salinas de \
         Gortari, with murder.",
    );
    // Teams by what they do in a sentence with a score, a score is no
    // part of a name, and unknown words that score are a player.
    assert_eq!(kind(&set, "Juventus"), Some(EntityKind::Organisation));
    assert_eq!(kind(&set, "AC Milan"), Some(EntityKind::Organisation));
    assert_eq!(kind(&set, "Lazio"), Some(EntityKind::Organisation));
    assert_eq!(kind(&set, "Pierluigi Casiraghi"), Some(EntityKind::Person));
    // "A Mexican judge" names nothing.
    assert_eq!(kind(&set, "A Mexican"), None);
    let facts = facts(&set);
    has_all(
        &facts,
        &[
            "Oscar Tabarez | is coach of | Milan",
            "Lazio | drew with | Roma",
            "Pierluigi Casiraghi | scored for | Lazio",
            "Raul Salinas | is brother of | Carlos Salinas de Gortari",
        ],
    );
    // A name clause of its own after "and", and a country describing the
    // player signed, are not the verb's.
    assert!(
        !facts
            .iter()
            .any(|f| f == "Pierluigi Casiraghi | scored for | Abel Balbo"
                || f == "Inter Milan | signed | England"),
        "{facts:?}"
    );
}

#[test]
fn owners_before_titles_surnames_over_towns_and_verbless_roots() {
    let set = draft(
        "Clinton, Dole clash over tax cuts\n\nPresident Bill Clinton and Republican challenger Bob \
         Dole clashed on Sunday. Dole, a former Senate majority leader from Kansas, accused \
         Clinton of raising taxes. Vice President Al Gore will debate Dole's running mate Jack \
         Kemp. The debate was moderated by Jim Lehrer of PBS.\n\nRates were unchanged, Bundesbank \
         President Hans Tietmeyer told a news conference. \"There was no reason to change,\" said \
         Gerhard Grebe, an economist at Bank Julius Baer.",
    );
    // "Dole" alone is Bob Dole, though a French town bears the name.
    assert!(kind(&set, "Dole").is_none());
    assert_eq!(kind(&set, "Bundesbank"), Some(EntityKind::Organisation));
    assert_eq!(
        kind(&set, "Bank Julius Baer"),
        Some(EntityKind::Organisation)
    );
    // "Vice" alone names nothing.
    assert!(kind(&set, "Vice").is_none());
    let facts = facts(&set);
    has_all(
        &facts,
        &[
            "Hans Tietmeyer | is President of | Bundesbank",
            "Bob Dole | accused | Bill Clinton",
            "Bob Dole | is from | Kansas",
            "Jim Lehrer | works for | PBS",
            "Gerhard Grebe | is economist at | Bank Julius Baer",
        ],
    );
    // Debating a man's running mate is not debating him; a leader from a
    // state leads no state.
    assert!(
        !facts.iter().any(|f| f == "Al Gore | will debate | Bob Dole"
            || f == "Bob Dole | is former leader of | Kansas"),
        "{facts:?}"
    );
}

#[test]
fn a_story_opening_with_its_dateline_is_titled_by_its_lead() {
    let set = draft("MOSCOW 1996-10-17\n\nBoris Yeltsin sacked Alexander Lebed.\n");
    assert_eq!(set.article.title, "Boris Yeltsin sacked Alexander Lebed.");
    let set = draft("MUNICH, Germany 1996-08-28\n\nSiemens said it would buy Italtel.\n");
    assert_eq!(set.article.title, "Siemens said it would buy Italtel.");
    // A short headline in capitals is a headline.
    let set = draft("GOLF - RESULTS\n\nResults of the first round.\n");
    assert_eq!(set.article.title, "GOLF - RESULTS");
}

#[test]
fn role_words_and_names_told() {
    let set = draft(
        "French central bank governor Jean-Claude Trichet said further cuts were possible. German \
         Foreign Minister Klaus Kinkel told Reuters in an interview that Bonn would not change \
         its policy.",
    );
    has_all(
        &facts(&set),
        &[
            // The nationality owns the role; the role's words stay whole.
            "Jean-Claude Trichet | is central bank governor of | France",
            // A name hung from "tell" as its clause is whom it was told to.
            "Klaus Kinkel | told | Reuters",
        ],
    );
}

#[test]
fn particles_hyphens_possessive_owners_and_mended_clauses() {
    let set = draft(
        "The Armed Islamic Group has killed hundreds of civilians. Its leader Antar Zouabri \
         threatened to attack French interests.\n\nPresident Liamine Zeroual, who was elected in \
         November, met French Foreign Minister Herve de Charette in Algiers last month. De \
         Charette said France supported the talks.\n\nEgyptian Interior Minister Hassan el-Alfi \
         told reporters the attacks had been planned in Sudan. Swedish truckmaker Volvo AB agreed \
         to buy a Dutch firm, Volvo spokesman Per-Ake Fredriksson said. Fink told Lee, according \
         to lawmaker Cha Ji-ho.",
    );
    // A particle joined by a hyphen, a capitalised particle opening a
    // sentence, a hyphenated given name; a lawmaker is no company maker.
    assert_eq!(kind(&set, "Hassan el-Alfi"), Some(EntityKind::Person));
    assert_eq!(kind(&set, "De Charette"), None);
    assert_eq!(kind(&set, "Per-Ake Fredriksson"), Some(EntityKind::Person));
    assert_eq!(kind(&set, "Cha Ji-ho"), Some(EntityKind::Person));
    let facts = facts(&set);
    has_all(
        &facts,
        &[
            "Antar Zouabri | is leader of | Armed Islamic Group",
            "Liamine Zeroual | met | Herve de Charette",
            "Herve de Charette | is Foreign Minister of | France",
            "Hassan el-Alfi | is Interior Minister of | Egypt",
            "Volvo AB | is based in | Sweden",
        ],
    );
    // "told reporters the attacks had been planned in Sudan": the
    // minister planned nothing.
    assert!(!facts.iter().any(|f| f.contains("planned")), "{facts:?}");
}

#[test]
fn a_visit_story_surnames_days_portfolios_and_coordinated_people() {
    let set = draft(
        "Chirac arrives in Tokyo\n\nFrench President Jacques Chirac arrived in Tokyo on Monday. \
         Chirac was accompanied by Foreign Minister Herve de Charette and Trade Minister Yves \
         Galland. On Thursday Chirac travels to Osaka.\n\nTransport Minister Haryanto Dhanutirto \
         said rescue teams had found 150 survivors.",
    );
    // The headline's surname is the titled full name below it; a portfolio
    // before "Minister" names nothing.
    assert!(kind(&set, "Chirac").is_none());
    assert!(kind(&set, "Transport").is_none());
    assert_eq!(kind(&set, "Yves Galland"), Some(EntityKind::Person));
    let facts = facts(&set);
    has_all(
        &facts,
        &[
            "Jacques Chirac | arrived in | Tokyo",
            "Jacques Chirac | was accompanied by | Herve de Charette",
            // Coordinated with the object, though the parse hung it inside.
            "Jacques Chirac | was accompanied by | Yves Galland",
            // A day before the name is when, not who.
            "Jacques Chirac | travels to | Osaka",
        ],
    );
    assert!(
        !facts.iter().any(|f| f.ends_with("| Transport")),
        "{facts:?}"
    );
}

#[test]
fn a_coordinated_noun_that_is_no_role_is_someone_else() {
    let facts = facts(&draft(
        "Marc Dutroux was arrested in August. His wife Michelle Martin and an accomplice, Michel \
         Lelievre, are also in custody.",
    ));
    has_all(&facts, &["Michelle Martin | is wife of | Marc Dutroux"]);
    assert!(
        !facts
            .iter()
            .any(|f| f.starts_with("Michel Lelievre | is wife")),
        "{facts:?}"
    );
}

#[test]
fn shouted_headlines_leaderboards_and_players_read_as_places() {
    let set = draft(
        "GOLF - LEHMAN LEADS BY TWO AT WORLD SERIES\n\nAKRON, Ohio 1996-08-23\n\nTom Lehman of the \
         United States shot a 65 on Friday.\n\nLeading scores after the second round:\n\n133 Tom \
         Lehman 68 65\n\n135 Greg Norman 67 68, Phil Mickelson 69 66\n\nPakistan captain Wasim \
         Akram took three wickets. Saeed Anwar top-scored for Pakistan with 61.",
    );
    // The desk's slug and a shouted "BY" name nothing; the shouted surname
    // is the person.
    assert!(kind(&set, "GOLF").is_none());
    assert!(kind(&set, "BY").is_none());
    assert!(kind(&set, "LEHMAN").is_none());
    // A leaderboard lists players, not teams; two unknown words that score
    // are a person, not a place.
    assert_eq!(kind(&set, "Phil Mickelson"), Some(EntityKind::Person));
    assert_eq!(kind(&set, "Saeed Anwar"), Some(EntityKind::Person));
    let lehman = set
        .entities
        .iter()
        .find(|e| e.name == "Tom Lehman")
        .expect("Tom Lehman");
    assert!(
        lehman.aliases.iter().any(|a| a == "LEHMAN"),
        "{:?}",
        lehman.aliases
    );
}

#[test]
fn newspapers_and_giants_named_by_the_word_for_them() {
    let set = draft(
        "Guerrillas killed 12 people, the newspaper El Watan reported. According to the daily La \
         Repubblica, the plan failed. Dutch electronics giant Philips Electronics NV said it would \
         sell its stake.",
    );
    // A foreign article before the name is the name's.
    assert_eq!(kind(&set, "El Watan"), Some(EntityKind::Organisation));
    assert_eq!(kind(&set, "La Repubblica"), Some(EntityKind::Organisation));
    has_all(
        &facts(&set),
        &["Philips Electronics NV | is based in | Netherlands"],
    );
}

#[test]
fn a_name_with_a_relative_clause_between_commas_is_the_subject_of_the_verb_after_them() {
    // The parse made "leads" the root and the Front the subject of
    // "accused"; "Kengo" the object of "met" it came before; "wa" split
    // the name in two.
    let set = draft(
        "Kagame, who leads the Rwandan Patriotic Front, has accused Hutu militias of staging \
         raids. Mandela, who heads the African National Congress, will visit Nigeria next month. \
         Zaire's Prime Minister Kengo wa Dondo met Rwandan Vice-President Paul Kagame in Kigali \
         last week.",
    );
    let got = facts(&set);
    has_all(
        &got,
        &[
            "Paul Kagame | leads | Rwandan Patriotic Front",
            "Mandela | heads | African National Congress",
            "Mandela | will visit | Nigeria",
            "Kengo wa Dondo | met | Paul Kagame",
        ],
    );
    assert!(
        !got.iter()
            .any(|f| f.starts_with("African National Congress | will visit")
                || f.starts_with("Rwandan Patriotic Front |")),
        "{got:?}"
    );
    assert_eq!(kind(&set, "Kengo wa Dondo"), Some(EntityKind::Person));
}

#[test]
fn a_name_the_tagger_ended_at_a_hyphen_goes_on_over_it() {
    // "Mercedes" was a city; the name is the whole compound. Two listed
    // places over a hyphen stay two.
    let set = draft(
        "The deal was agreed by Mercedes-Benz in Stuttgart.\n\nHe flew from the Seoul-Washington \
         talks to Paris.",
    );
    let names: Vec<&str> = set.entities.iter().map(|e| e.name.as_str()).collect();
    assert!(names.contains(&"Mercedes-Benz"), "{names:?}");
    assert!(!names.contains(&"Mercedes"), "{names:?}");
    assert!(!names.iter().any(|n| n.contains("Seoul-")), "{names:?}");
}

#[test]
fn a_pronoun_after_the_day_of_a_report_is_the_subject_of_what_was_said() {
    // The parse hung "it" from "Monday": no subject for "buy", no fact.
    let set = draft("BHP said on Monday it would buy Magma Copper Co for $2.4 billion.");
    has_all(&facts(&set), &["BHP | would buy | Magma Copper Co"]);
}

#[test]
fn letters_that_name_no_place_and_a_firm_before_a_name_make_a_body() {
    // UNHCR and Codelco were regions; a shouted dateline is no body.
    let set = draft(
        "PARIS 1996-08-22\n\nUNHCR spokesman Ron Redmond said the agency had protested. \
         Workers at the El Teniente copper mine, owned by state firm Codelco, went on strike.",
    );
    assert_eq!(kind(&set, "UNHCR"), Some(EntityKind::Organisation));
    assert_eq!(kind(&set, "Codelco"), Some(EntityKind::Organisation));
    assert_eq!(kind(&set, "Paris"), Some(EntityKind::City));
}

#[test]
fn a_name_read_as_a_place_that_speaks_and_names_no_place_is_a_body() {
    // "Volkswagen" was a region; a listed place that speaks stays one.
    let set = draft(
        "Volkswagen said on Tuesday it had agreed to buy Rolls-Royce. Moscow said the deal was \
         a private matter.",
    );
    assert_eq!(kind(&set, "Volkswagen"), Some(EntityKind::Organisation));
    assert_ne!(kind(&set, "Moscow"), Some(EntityKind::Organisation));
}

#[test]
fn a_datelines_words_in_capitals_are_a_place_and_so_is_the_state_after_its_comma() {
    // "HARTFORD" was read as a company.
    let set = draft("HARTFORD, Connecticut 1996-10-07\n\nThe two candidates met on Sunday.");
    assert!(matches!(
        kind(&set, "Hartford"),
        Some(EntityKind::City | EntityKind::Region)
    ));
    assert_eq!(kind(&set, "Connecticut"), Some(EntityKind::Region));
    // Where the story was filed is no fact the story states (the wire gold
    // counts no dateline as a sentence).
    assert!(facts(&set).is_empty());
}

#[test]
fn a_common_word_that_names_a_town_is_no_town_before_another_capitalised_word() {
    // "Federal" is a town in the list of cities; "Reserve" heads a body.
    let set = draft("Analysts said the Federal Reserve would hold rates in March.");
    assert_eq!(kind(&set, "Federal"), None);
    assert_eq!(
        kind(&set, "Federal Reserve"),
        Some(EntityKind::Organisation)
    );
}

#[test]
fn what_is_around_a_name_says_place_or_body() {
    // Liege was a person beside Brussels, Trent Bridge a person ("Trent"
    // is a given name), Volvo a region.
    let set = draft(
        "Thousands of people marched in Brussels and Liege on Sunday. England beat Pakistan at \
         Trent Bridge. Volvo spokesman Per-Ake Fredriksson declined to comment.",
    );
    assert!(matches!(
        kind(&set, "Liege"),
        Some(EntityKind::City | EntityKind::Region)
    ));
    assert_eq!(kind(&set, "Trent Bridge"), Some(EntityKind::Venue));
    assert_eq!(kind(&set, "Volvo"), Some(EntityKind::Organisation));
}

#[test]
fn a_company_named_for_its_town_after_the_word_for_a_company_is_the_object_of_the_deal() {
    // "Steyr" was the town, and the deal went through "firm", not the name.
    let set = draft(
        "Swedish truckmaker Volvo AB agreed to buy Austrian firm Steyr Nutzfahrzeuge for an \
         undisclosed sum.",
    );
    assert_eq!(kind(&set, "Steyr"), None);
    assert_eq!(
        kind(&set, "Steyr Nutzfahrzeuge"),
        Some(EntityKind::Organisation)
    );
    has_all(
        &facts(&set),
        &["Volvo AB | agreed to buy | Steyr Nutzfahrzeuge"],
    );
}

#[test]
fn a_name_after_a_verb_with_no_object_is_its_object_not_the_subject_of_a_later_verb() {
    // "Akihito" was made the subject of "said", beside "spokesman"; the
    // joined verb shares "will".
    let set = draft(
        "French President Jacques Chirac arrived in Tokyo on Monday. Chirac will hold talks with \
         Prime Minister Ryutaro Hashimoto on Tuesday and meet Emperor Akihito at the Imperial \
         Palace, a Foreign Ministry spokesman said.",
    );
    has_all(
        &facts(&set),
        &[
            "Jacques Chirac | will hold talks with | Ryutaro Hashimoto",
            "Jacques Chirac | will meet | Akihito",
        ],
    );
}

#[test]
fn peoples_and_faiths_named_as_groups_are_no_names() {
    let set = draft("Moslem guerrillas and Hutu rebels attacked villages near Algiers.");
    assert_eq!(kind(&set, "Moslem"), None);
    assert_eq!(kind(&set, "Hutu"), None);
    assert_eq!(kind(&set, "Algiers"), Some(EntityKind::City));
}

#[test]
fn a_title_word_after_a_given_name_is_a_surname_and_a_body_ends_before_its_office() {
    // "Robert King" was "Robert"; "Senate Majority Leader" was a body.
    let set = draft(
        "Governor George Pataki named Robert King as budget director. Senate Majority Leader \
         Joseph Bruno praised the choice.",
    );
    assert_eq!(kind(&set, "Robert King"), Some(EntityKind::Person));
    assert_eq!(kind(&set, "Robert"), None);
    assert_eq!(kind(&set, "Senate Majority Leader"), None);
    assert!(kind(&set, "Senate").is_some());
    has_all(&facts(&set), &["George Pataki | named | Robert King"]);
}

#[test]
fn two_words_that_end_or_begin_an_earlier_persons_longer_name_are_that_person() {
    let set = draft(
        "Prosecutors say the brother of Carlos Salinas de Gortari paid a congressman, Manuel \
         Munoz Rocha, to organise the killing of party official Jose Francisco Ruiz Massieu. \
         Munoz Rocha has been missing since 1994. Carlos Salinas lives in Ireland.",
    );
    let people: Vec<&str> = set
        .entities
        .iter()
        .filter(|e| e.kind == EntityKind::Person)
        .map(|e| e.name.as_str())
        .collect();
    assert_eq!(
        people,
        [
            "Carlos Salinas de Gortari",
            "Manuel Munoz Rocha",
            "Jose Francisco Ruiz Massieu"
        ]
    );
    has_all(
        &facts(&set),
        &["Carlos Salinas de Gortari | lives in | Ireland"],
    );
}

#[test]
fn a_name_after_a_shore_or_a_compass_point_and_of_is_a_place() {
    let set =
        draft("A ferry sank off the coast of Sumatra. Gunmen attacked a village south of Blida.");
    assert_eq!(kind(&set, "Sumatra"), Some(EntityKind::Region));
    assert!(kind(&set, "Blida").is_some_and(|k| k != EntityKind::Person));
}

#[test]
fn a_fronted_place_is_the_verbs_and_a_day_after_a_name_is_the_verbs_time() {
    // "Washington" was the root with the clause under it.
    let d = Drafter::embedded().expect("the compiled-in data reads");
    let doc = d.analyse(
        "In Washington, a federal jury convicted Sheikh Omar Abdel-Rahman of conspiring to bomb \
         the United Nations headquarters.",
    );
    let at = |w: &str| (0..doc.len()).find(|&t| doc.word(t) == w).expect(w);
    assert_eq!(doc.heads[at("Washington")], Some(at("convicted")));
    assert_eq!(doc.heads[at("convicted")], None);
    // "on Friday" hung from "Kohl" and went into the relation; "in
    // Moscow" hung from "Friday".
    let set = draft("Boris Yeltsin met Helmut Kohl on Friday in Moscow.");
    has_all(
        &facts(&set),
        &[
            "Boris Yeltsin | met | Helmut Kohl",
            "Boris Yeltsin | met Helmut Kohl in | Moscow",
        ],
    );
}

#[test]
fn a_towns_name_that_wins_or_loses_by_a_score_or_has_a_coach_is_a_team() {
    let set = draft(
        "Barcelona came from behind to beat Real Betis 3-1 at the Nou Camp on Sunday. Real \
         Madrid, who beat Valencia 2-0 on Saturday, lead the table. Barcelona coach Bobby Robson \
         was pleased.",
    );
    assert_eq!(kind(&set, "Barcelona"), Some(EntityKind::Organisation));
    assert_eq!(kind(&set, "Valencia"), Some(EntityKind::Organisation));
    assert_eq!(kind(&set, "Nou Camp"), Some(EntityKind::Venue));
    has_all(&facts(&set), &["Bobby Robson | is coach of | Barcelona"]);
}

#[test]
fn a_name_after_a_bare_verb_is_its_object_past_the_words_of_its_own_title() {
    // "Jaime Gama" was the subject of "said" after the spokesman.
    let set = draft(
        "German Foreign Minister Klaus Kinkel will visit Lisbon next week. Kinkel, who is \
         expected to arrive on Monday, will also meet Portuguese Foreign Minister Jaime Gama and \
         President Jorge Sampaio, a ministry spokesman said.",
    );
    has_all(
        &facts(&set),
        &[
            "Klaus Kinkel | will meet | Jaime Gama",
            "Klaus Kinkel | will meet | Jorge Sampaio",
        ],
    );
}

#[test]
fn a_listed_town_before_the_word_for_a_paper_stays_a_town() {
    let set = draft("Gama told the Lisbon daily Publico that Lisbon would not back down.");
    assert_eq!(kind(&set, "Lisbon"), Some(EntityKind::City));
}

#[test]
fn a_body_described_as_a_part_of_another_and_its_coordinated_units_are_its_parts() {
    // "its" of "its Spanish unit" was Franklins, the name in the phrase
    // coordinated with it; "Simago" was a region after the first mention.
    let set = draft(
        "Dairy Farm International Holdings Ltd, the supermarket arm of the Jardine Matheson \
         group, on Thursday named Ronald Floto as its chief executive, Jardine Matheson chairman \
         Henry Keswick said. Its profit was hit by losses at its Australian \
         supermarket chain Franklins and its Spanish unit Simago. Analysts expect it to sell \
         Simago.",
    );
    assert_eq!(kind(&set, "Simago"), Some(EntityKind::Organisation));
    has_all(
        &facts(&set),
        &[
            "Dairy Farm International Holdings Ltd | is supermarket arm of | Jardine Matheson",
            "Simago | is unit of | Dairy Farm International Holdings Ltd",
        ],
    );
    // (The owner of Franklins is Dairy Farm, as the learned model reads
    // it; no unit is Franklins'.)
    assert!(
        !links(&facts(&set), "Simago", "| Franklins"),
        "{:?}",
        facts(&set)
    );
}

#[test]
fn a_visit_for_talks_with_someone_is_talks_with_them() {
    let set = draft(
        "German Foreign Minister Klaus Kinkel will visit Lisbon next week for talks with \
         Portuguese Prime Minister Antonio Guterres.",
    );
    has_all(
        &facts(&set),
        &["Klaus Kinkel | holds talks with | Antonio Guterres"],
    );
}

#[test]
fn where_someone_was_arrested_is_a_fact_about_them() {
    let set = draft(
        "Italian police on Tuesday arrested Vincenzo Greco in a farmhouse near Bagheria. Police \
         arrested Juan Perez in Madrid.",
    );
    has_all(
        &facts(&set),
        &[
            "Vincenzo Greco | was arrested near | Bagheria",
            "Juan Perez | was arrested in | Madrid",
        ],
    );
}

#[test]
fn a_name_between_an_article_and_a_role_is_a_body() {
    let set = draft(
        "Greco was a close ally of Salvatore Riina, the Cosa Nostra boss, and a blow to the \
         Sicilian Mafia.",
    );
    assert_eq!(kind(&set, "Cosa Nostra"), Some(EntityKind::Organisation));
    assert_eq!(kind(&set, "Mafia"), Some(EntityKind::Organisation));
}

#[test]
fn countries_of_the_wire_archives_and_their_peoples_are_known() {
    // Zaire was a region, "Zairean" a person, and the prime minister's
    // name took in his nationality and title as a region's.
    let set = draft(
        "Tens of thousands of Rwandan Hutu refugees fled camps in Zaire. Zairean Prime Minister \
         Kengo wa Dondo said Kinshasa would not negotiate. Fighting spread to Chechnya.",
    );
    assert_eq!(kind(&set, "Zaire"), Some(EntityKind::Country));
    assert_eq!(kind(&set, "Zairean"), None);
    assert_eq!(kind(&set, "Rwandan Hutu"), None);
    assert_eq!(kind(&set, "Chechnya"), Some(EntityKind::Region));
    has_all(
        &facts(&set),
        &["Kengo wa Dondo | is Prime Minister of | Zaire"],
    );
}

#[test]
fn a_name_after_said_with_a_modal_after_it_is_the_reported_clauses_subject() {
    // "Simitis" was the object of "said", "with" a clause of "talks" and
    // the name under the owner of its title.
    let set = draft(
        "Greek Prime Minister Costas Simitis will go to Lisbon. Government spokesman Dimitris \
         Reppas said Simitis would instead hold talks with United States Vice President Al Gore \
         on the sidelines of the summit.",
    );
    has_all(
        &facts(&set),
        &[
            "Costas Simitis | would hold talks with | Al Gore",
            "Al Gore | is Vice President of | United States",
        ],
    );
}

#[test]
fn a_relative_clause_read_as_the_main_verbs_is_the_names_and_its_doer_a_party() {
    let set = draft(
        "Theodoros Karatzas, who was appointed by Costas Simitis in October, is expected to meet \
         officials of the investment bank Merrill Lynch, the paper said.",
    );
    has_all(
        &facts(&set),
        &["Theodoros Karatzas | was appointed by | Costas Simitis"],
    );
}

#[test]
fn a_bodys_name_cut_short_is_the_body_and_a_role_after_a_name_is_no_verb() {
    // "Creditanstalt" and "Banca Commerciale" were bodies of their own;
    // "chief" was read as the verb and its subject quoted.
    let set = draft(
        "Creditanstalt to sell stake in Slovak unit\n\nCreditanstalt-Bankverein, Austria's second \
         largest bank, said it would sell a stake to Italy's Banca Commerciale Italiana. \"Banca Commerciale is an ideal partner,\" \
         Creditanstalt chief executive Guido Schmidt-Chiari told a news conference. \
         Schmidt-Chiari said the sale was a good one, Creditanstalt said in a statement.",
    );
    let bodies: Vec<&str> = set
        .entities
        .iter()
        .filter(|e| e.kind == EntityKind::Organisation)
        .map(|e| e.name.as_str())
        .collect();
    assert_eq!(
        bodies,
        ["Creditanstalt-Bankverein", "Banca Commerciale Italiana"]
    );
    assert_eq!(
        speaker(&set, "Banca Commerciale is"),
        Some("Guido Schmidt-Chiari")
    );
    assert_eq!(
        set.entities
            .iter()
            .filter(|e| e.kind == EntityKind::Person)
            .count(),
        1
    );
    has_all(
        &facts(&set),
        &["Guido Schmidt-Chiari | is chief executive of | Creditanstalt-Bankverein"],
    );
}

#[test]
fn an_owner_after_of_is_the_owner_of_the_noun_after_its_mark() {
    // Matutes was "a senior member of" Aznar, not of his party.
    let set = draft(
        "Kinkel held talks in Madrid on Monday with Spanish Foreign Minister Abel Matutes, a \
         senior member of Prime Minister Jose Maria Aznar's Popular Party.",
    );
    let facts = facts(&set);
    has_all(
        &facts,
        &["Abel Matutes | is senior member of | Popular Party"],
    );
    assert!(
        !facts.iter().any(|f| f.ends_with("| Jose Maria Aznar")),
        "{facts:?}"
    );
}

#[test]
fn a_club_named_for_its_town_and_a_player_named_like_a_town_are_what_they_are() {
    // "PSV" was lost and "Eindhoven" a city; "George" the South African
    // town, "Finidi" nothing.
    let set = draft(
        "Ronaldo joined Barcelona from Dutch club PSV Eindhoven in July. Alfonso Perez headed in \
         a cross from Finidi George.",
    );
    assert_eq!(kind(&set, "PSV Eindhoven"), Some(EntityKind::Organisation));
    assert_eq!(kind(&set, "Eindhoven"), None);
    assert_eq!(kind(&set, "Finidi George"), Some(EntityKind::Person));
    assert_eq!(kind(&set, "George"), None);
}

#[test]
fn tennis_players_beat_each_other_by_sets_and_a_nationals_noun_is_no_part_of_a_name() {
    // "Goran Ivanisevic" was missed, "beat" a noun, Kafelnikov a team;
    // "Swede" began a name.
    let set = draft(
        "TENNIS - IVANISEVIC BEATS KAFELNIKOV TO REACH STUTTGART FINAL\n\nSTUTTGART 1996-10-26\n\n\
         Croatian second seed Goran Ivanisevic beat Russia's Yevgeny Kafelnikov 6-4 3-6 7-6 on \
         Saturday. Becker was beaten by Swede Thomas Enqvist 6-3 6-4.",
    );
    assert_eq!(kind(&set, "Goran Ivanisevic"), Some(EntityKind::Person));
    assert_eq!(kind(&set, "Yevgeny Kafelnikov"), Some(EntityKind::Person));
    assert_eq!(kind(&set, "Thomas Enqvist"), Some(EntityKind::Person));
    assert_eq!(kind(&set, "Stuttgart"), Some(EntityKind::City));
    has_all(
        &facts(&set),
        &["Goran Ivanisevic | beat | Yevgeny Kafelnikov"],
    );
}

#[test]
fn words_on_both_sides_of_an_ampersand_are_one_body() {
    // "Tate" was a person and "Lyle" a body of its own.
    let set = draft(
        "British sugar group Tate & Lyle Plc said on Monday it had agreed to buy Azucarera Ebro. \
         The purchase will make Tate & Lyle the largest sugar refiner in Europe.",
    );
    assert_eq!(
        kind(&set, "Tate & Lyle Plc"),
        Some(EntityKind::Organisation)
    );
    assert_eq!(kind(&set, "Tate"), None);
    assert_eq!(kind(&set, "Lyle"), None);
}

#[test]
fn a_peoples_word_does_no_deed() {
    // "American" was the United States beaten by Becker.
    let set = draft(
        "Ivanisevic will meet German Boris Becker, who beat American Pete Sampras 7-6 6-4 \
         earlier in the day.",
    );
    let facts = facts(&set);
    // (Where each is from, the word says.)
    assert!(
        !facts
            .iter()
            .any(|f| f.contains("United States") && f != "Pete Sampras | is from | United States"),
        "{facts:?}"
    );
}

#[test]
fn a_peoples_word_before_a_name_says_where_it_is_from() {
    // "German Foreign Minister Klaus Kinkel", "the Dutch club PSV
    // Eindhoven": the people's word opens the name's phrase.
    let set = draft(
        "Becker was beaten by Swede Thomas Enqvist in Dortmund.\n\n\
         The Dutch club PSV Eindhoven beat Ajax on Saturday.\n\n\
         Israeli Prime Minister Benjamin Netanyahu met the envoy.",
    );
    let facts = facts(&set);
    has_all(
        &facts,
        &[
            "Thomas Enqvist | is from | Sweden",
            "PSV Eindhoven | is based in | Netherlands",
        ],
    );
    // One fact for a pair in a sentence: the role says more than "is from".
    let netanyahu: Vec<&String> = facts
        .iter()
        .filter(|f| f.starts_with("Benjamin Netanyahu") && f.ends_with("Israel"))
        .collect();
    assert_eq!(netanyahu.len(), 1, "{facts:?}");
}

#[test]
fn a_place_or_company_in_or_of_a_place_is_there() {
    let set = draft(
        "On Friday Kohl is due to travel to Lviv in western Ukraine.\n\n\
         The order went to Daimler-Benz Aerospace of Germany and CASA of Spain.",
    );
    let facts = facts(&set);
    has_all(
        &facts,
        &[
            "Lviv | is in | Ukraine",
            "Daimler-Benz Aerospace | is based in | Germany",
        ],
    );
    assert_eq!(kind(&set, "Daimler-Benz Aerospace of Germany"), None);
}

#[test]
fn a_short_form_joins_the_fuller_name_whatever_its_type() {
    // "SIA" in brackets spells no initials of "Singapore Airlines Ltd";
    // "Ershad" in a headline was a place, "Lehman" a person; "March" a
    // town of a list.
    let set = draft(
        "Awami League courts Ershad's party\n\n\
         Singapore Airlines Ltd (SIA) said it had ordered jets. SIA shares rose.\n\n\
         Former president Hussain Mohammad Ershad is in jail. Patricia Woodworth, who resigned last \
         week to join the investment bank Lehman Brothers, did not attend. She will work in Lehman's finance department. The party governed \
         until March.",
    );
    let sia = set
        .entities
        .iter()
        .find(|e| e.name.starts_with("Singapore Airlines"));
    assert!(
        sia.is_some_and(|e| e.aliases.iter().any(|a| a == "SIA")),
        "{:?}",
        set.entities
    );
    assert_eq!(
        set.entities
            .iter()
            .filter(|e| e.name.contains("Ershad"))
            .count(),
        1,
        "{:?}",
        set.entities
    );
    assert_eq!(
        set.entities
            .iter()
            .filter(|e| e.name.contains("Lehman"))
            .count(),
        1,
        "{:?}",
        set.entities
    );
    assert_eq!(kind(&set, "March"), Some(EntityKind::Time));
    assert_eq!(
        kind(&set, "Hussain Mohammad Ershad"),
        Some(EntityKind::Person)
    );
    assert_eq!(
        kind(&set, "Lehman Brothers"),
        Some(EntityKind::Organisation)
    );
}

#[test]
fn declining_to_do_something_is_not_doing_it_and_a_named_task_is_the_objects() {
    let set = draft(
        "Syrian President Hafez al-Assad declined to see Dennis Ross in November.\n\n\
         President Bill Clinton on Friday named Federico Pena to head the Energy Department.",
    );
    let f = set
        .facts
        .iter()
        .find(|f| f.relation.contains("see"))
        .expect("the fact");
    assert_eq!(f.status, fact_explorer_core::model::Status::Negated);
    let facts = facts(&set);
    assert!(
        !links(&facts, "Bill Clinton", "Energy Department"),
        "{facts:?}"
    );
}

#[test]
fn a_towns_name_and_a_word_clubs_end_in_are_one_club() {
    // "Nottingham" and "Forest" were a body and a place; "Wednesday" the day.
    let set = draft(
        "Manchester United beat Nottingham Forest 4-0 at Old Trafford. Chelsea lost 2-1 at \
         Sheffield Wednesday. The minister spoke in London Wednesday.",
    );
    assert_eq!(
        kind(&set, "Nottingham Forest"),
        Some(EntityKind::Organisation)
    );
    assert_eq!(
        kind(&set, "Sheffield Wednesday"),
        Some(EntityKind::Organisation)
    );
    assert_eq!(kind(&set, "Nottingham"), None);
    assert_eq!(kind(&set, "London Wednesday"), None);
}

#[test]
fn an_acronym_in_brackets_spells_the_bodys_whole_name() {
    // The name ended at "Commissioner", "Refugees" a place.
    let set = draft(
        "Walikale had been used by the United Nations High Commissioner for Refugees (UNHCR) as \
         a staging post. UNHCR spokesman Ray Wilkinson said so.",
    );
    assert_eq!(
        kind(&set, "United Nations High Commissioner for Refugees"),
        Some(EntityKind::Organisation)
    );
    assert_eq!(kind(&set, "Refugees"), None);
    has_all(
        &facts(&set),
        &["Ray Wilkinson | is spokesman of | United Nations High Commissioner for Refugees"],
    );
}

#[test]
fn after_said_turned_round_the_noun_after_the_names_comma_describes_the_name() {
    // "analyst" was a clause of "said"; "NatWest" was the body alone.
    let set = draft(
        "\"Dasa is still a drag,\" said Thomas Huenges, an analyst at Deutsche Morgan Grenfell. \
         Nick Bowles, food analyst at NatWest Securities, said the price was full.",
    );
    has_all(
        &facts(&set),
        &[
            "Thomas Huenges | is analyst at | Deutsche Morgan Grenfell",
            "Nick Bowles | is food analyst at | NatWest Securities",
        ],
    );
    assert_eq!(speaker(&set, "Dasa is"), Some("Thomas Huenges"));
}

#[test]
fn a_body_described_as_based_somewhere_is_based_there_and_fleets_and_radas_are_bodies() {
    let set = draft(
        "Under one of the agreements, Siemens AG, the engineering group based in Munich, will \
         help. Kohl also met Oleksander Moroz, speaker of the Supreme Rada, and discussed the \
         Black Sea Fleet.",
    );
    has_all(
        &facts(&set),
        &[
            "Siemens AG | is based in | Munich",
            "Oleksander Moroz | is speaker of | Supreme Rada",
        ],
    );
    assert_eq!(
        kind(&set, "Black Sea Fleet"),
        Some(EntityKind::Organisation)
    );
}

#[test]
fn capitalised_words_described_as_a_company_are_one_and_based_where_it_says() {
    // "Laboratori Vesuvio" was missed.
    let set = draft(
        "Esposito also sentenced Luigi Bianchi. Bianchi owns Laboratori Vesuvio, a small \
         pharmaceutical company in Salerno.",
    );
    assert_eq!(
        kind(&set, "Laboratori Vesuvio"),
        Some(EntityKind::Organisation)
    );
    has_all(
        &facts(&set),
        &[
            "Luigi Bianchi | owns | Laboratori Vesuvio",
            "Laboratori Vesuvio | is based in | Salerno",
        ],
    );
}

#[test]
fn a_places_person_the_tagger_missed_and_a_shouted_surname_are_found() {
    // With "Yevgeny" alone in the quote the tagger found no name after
    // "Russia's"; "KAFELNIKOV" in the headline was a body.
    let set = draft(
        "TENNIS - IVANISEVIC BEATS KAFELNIKOV\n\nSTUTTGART 1996-10-26\n\n\
         Goran Ivanisevic beat Russia's Yevgeny Kafelnikov 6-4 3-6 7-6 on Saturday.\n\n\
         \"I was lucky because Yevgeny played better than me,\" Ivanisevic told reporters.",
    );
    let people: Vec<&str> = set
        .entities
        .iter()
        .filter(|e| e.name.contains("Kafelnikov") || e.name.contains("KAFELNIKOV"))
        .map(|e| e.name.as_str())
        .collect();
    assert_eq!(people, ["Yevgeny Kafelnikov"], "{:?}", set.entities);
    has_all(
        &facts(&set),
        &[
            "Goran Ivanisevic | beat | Yevgeny Kafelnikov",
            "Yevgeny Kafelnikov | is from | Russia",
        ],
    );
}

#[test]
fn a_win_over_a_team_is_the_subjects() {
    let set = draft(
        "Arsenal went top of the premier league on Saturday after a 2-0 win over Derby County \
         at Highbury.\n\nChelsea's defeat by Wimbledon left them fifth.",
    );
    has_all(
        &facts(&set),
        &[
            "Arsenal | beat | Derby County",
            "Wimbledon | beat | Chelsea",
        ],
    );
}

#[test]
fn a_surname_that_is_a_title_and_a_familiar_given_name_are_the_person() {
    // "King" alone was a title naming nobody; "Bob King" someone else;
    // "Ron" nobody.
    let set = draft(
        "Pataki names King to replace Woodworth\n\nALBANY 1996-12-03\n\n\
         Governor George Pataki on Tuesday named Robert King, a former county executive, as \
         budget director.\n\n\"Bob King has the experience,\" Pataki said.\n\n\
         Analysts said Ronald Floto, a former executive of Australia's Coles Myer Ltd, would \
         sell the unit. \"Ron brings a wealth of experience,\" Keswick said.",
    );
    let king = set
        .entities
        .iter()
        .find(|e| e.name == "Robert King")
        .expect("Robert King");
    for alias in ["King", "Bob King"] {
        assert!(king.aliases.iter().any(|a| a == alias), "{alias}: {king:?}");
    }
    let floto = set
        .entities
        .iter()
        .find(|e| e.name == "Ronald Floto")
        .expect("Ronald Floto");
    assert!(floto.aliases.iter().any(|a| a == "Ron"), "{floto:?}");
    let facts = facts(&set);
    has_all(
        &facts,
        &[
            "George Pataki | names | Robert King",
            "Ronald Floto | is former executive of | Coles Myer Ltd",
        ],
    );
    assert!(
        !facts.iter().any(|f| f.contains("executive of | Australia")),
        "{facts:?}"
    );
}

#[test]
fn a_name_the_tagger_left_is_found_by_its_description() {
    let set = draft(
        "Saeb Erekat, the Palestine Liberation Organisation's chief negotiator, told reporters \
         in Gaza that talks would go on.\n\nAmr Moussa, Egypt's foreign minister, told \
         reporters on Wednesday that a summit was possible.",
    );
    assert_eq!(kind(&set, "Saeb Erekat"), Some(EntityKind::Person));
    assert_eq!(kind(&set, "Amr Moussa"), Some(EntityKind::Person));
    has_all(
        &facts(&set),
        &["Amr Moussa | is foreign minister of | Egypt"],
    );
}

#[test]
fn a_coordinated_verb_shares_its_status_and_a_town_read_as_a_club_joins_it() {
    let set = draft(
        "His lawyer said Discua had diplomatic immunity and would not return to Tegucigalpa.\n\n\
         Leaders Liverpool were held 1-1 by Newcastle United at Anfield. \"We did not deserve \
         to lose,\" Newcastle manager Kevin Keegan told reporters.",
    );
    let f = set
        .facts
        .iter()
        .find(|f| f.relation.contains("return"))
        .expect("the fact");
    assert_eq!(f.status, fact_explorer_core::model::Status::Negated);
    assert_eq!(kind(&set, "Newcastle"), None);
    has_all(
        &facts(&set),
        &["Kevin Keegan | is manager of | Newcastle United"],
    );
}

#[test]
fn a_headline_verb_read_as_a_noun_and_a_company_without_its_generic_words() {
    let set = draft(
        "Dairy Farm names Floto chief executive after profit slump\n\n\
         HONG KONG 1996-12-05\n\n\
         Dairy Farm International Holdings Ltd on Thursday named Ronald Floto chief executive. \
         Dairy Farm shares rose.",
    );
    let dairy = set
        .entities
        .iter()
        .find(|e| e.name.starts_with("Dairy Farm"))
        .expect("Dairy Farm");
    assert!(dairy.mentions.len() >= 3, "{dairy:?}");
    // The headline's verb, read as a plural noun, is the verb.
    let drafter = Drafter::embedded().expect("the drafter");
    let doc =
        drafter.analyse("Honduras charges ex-army chief Discua\n\nTEGUCIGALPA 1996-12-11\n\nText.");
    assert_eq!(doc.tags[1].penn(), "VBZ");
    // After two names joined by "and", the plain form.
    let doc =
        drafter.analyse("Kohl and Kuchma sign energy accords in Kiev\n\nKIEV 1996-12-05\n\nText.");
    assert_eq!(doc.tags[3].penn(), "VBP");
}

#[test]
fn a_relative_clause_reaches_through_its_object_or_oblique() {
    let set = draft(
        "Indonesian Foreign Minister Ali Alatas, who held talks with Jaime Gama in June, \
         rejected the plan.\n\nHelmut Kohl, who flew to Kiev from Warsaw on Thursday, \
         signed the accords.",
    );
    has_all(
        &facts(&set),
        &[
            "Ali Alatas | held talks with | Jaime Gama",
            // (Each end of the journey its own: see
            // a_journey_from_one_place_to_another_names_both_ends.)
            "Helmut Kohl | flew from | Warsaw",
        ],
    );
}

#[test]
fn people_qualified_by_a_bodys_name_stand_for_the_body() {
    let set = draft("Nigerian Health Minister Ihechukwu Madubuike told a Reuters correspondent that the vaccine had arrived.");
    has_all(&facts(&set), &["Ihechukwu Madubuike | told | Reuters"]);
}

#[test]
fn an_owner_inside_a_name_and_a_person_after_an_honorific() {
    // "Sheikh Hasina's Awami League" was one person's name; "Hasina" alone
    // a region.
    let set = draft(
        "Sheikh Hasina's Awami League won the most seats in the election.\n\n\
         Hasina, the daughter of independence leader Sheikh Mujibur Rahman, met Jatiya Party \
         leaders on Thursday.\n\n\"We have a mandate,\" Hasina said.",
    );
    assert_eq!(kind(&set, "Hasina"), Some(EntityKind::Person));
    assert_eq!(kind(&set, "Awami League"), Some(EntityKind::Organisation));
    has_all(&facts(&set), &["Hasina | met | Jatiya Party"]);
}

#[test]
fn a_body_the_tagger_left_is_found_by_its_description() {
    let set = draft(
        "Creditanstalt-Bankverein, Austria's second largest bank, said on Thursday it had \
         agreed to sell a stake in Tatra Kreditbank.",
    );
    assert_eq!(
        kind(&set, "Creditanstalt-Bankverein"),
        Some(EntityKind::Organisation)
    );
}

#[test]
fn it_as_an_object_and_them_after_a_number_name_no_body() {
    let set = draft(
        "\"The ball was turning and he used it beautifully,\" said Mark Taylor of the West \
         Indies Cricket Board about Shane Warne.\n\nThe Jatiya Party said Ershad won all five \
         seats he contested, four of them in Rangpur.",
    );
    let facts = facts(&set);
    assert!(
        !facts
            .iter()
            .any(|f| f.contains(" used ") || f.contains("contested of")),
        "{facts:?}"
    );
}

#[test]
fn a_description_names_the_body_whose_name_has_its_noun() {
    // "the department" was the Senate, the body named last.
    let set = draft(
        "King left the state Department of Taxation and Finance last year.\n\n\
         Senate Majority Leader Joseph Bruno said the Senate would confirm him.\n\n\
         Pataki has not named a successor to King at the department.",
    );
    let facts = facts(&set);
    assert!(!links(&facts, "Pataki", "| Senate"), "{facts:?}");
}

#[test]
fn a_name_after_known_as_is_another_name_of_the_one_before() {
    let set = draft(
        "Creditanstalt agreed to sell a stake to Banca Commerciale Italiana on Thursday.\n\n\
         Banca Commerciale Italiana, which is known as Comit, already owns a small Hungarian \
         bank.\n\nComit managing director Pierfrancesco Saviotti said in Milan that the \
         purchase was part of a plan.",
    );
    let bci = set
        .entities
        .iter()
        .find(|e| e.name == "Banca Commerciale Italiana")
        .expect("the bank");
    assert!(bci.aliases.iter().any(|a| a == "Comit"), "{bci:?}");
    assert_eq!(kind(&set, "Comit"), None);
    assert!(!facts(&set).iter().any(|f| f.contains("known as")));
}

#[test]
fn a_body_in_a_town_and_a_company_of_a_town_read_whole() {
    let set = draft(
        "The deal still needs the approval of the European Commission in Brussels, which is \
         expected to rule soon.\n\nThe WHO said the vaccine, which it bought from Pasteur \
         Merieux Connaught of Lyon, would arrive.\n\n\"It is bad,\" he told Reuters in Kigali.",
    );
    let facts = facts(&set);
    has_all(
        &facts,
        &[
            "European Commission | is in | Brussels",
            "Pasteur Merieux Connaught | is based in | Lyon",
        ],
    );
    assert!(!facts.iter().any(|f| f.starts_with("Reuters")), "{facts:?}");
}

#[test]
fn a_relation_no_pattern_words_is_read_by_the_learned_model() {
    // No pattern reads "had approved X's removal"; the model of
    // relate.rs, trained on the wire stories, does (at 0.947, below the
    // threshold: drafted here from 0.8).
    let set = draft_lenient(
        "Kremlin spokesman Sergei Yastrzhembsky said Boris Yeltsin had approved Nikolai \
         Sorokin's removal by telephone.",
    );
    has_all(
        &facts(&set),
        &["Boris Yeltsin | had approved | Nikolai Sorokin"],
    );
    // Below any pattern's confidence, so the review shows it first.
    let f = set
        .facts
        .iter()
        .find(|f| f.relation == "had approved")
        .expect("the fact");
    let c = set
        .draft
        .as_ref()
        .and_then(|d| d.confidence.get(&f.id))
        .copied();
    assert!(c.is_some_and(|c| c <= 0.6), "{c:?}");
}

#[test]
fn the_learned_model_is_not_asked_about_names_in_a_list() {
    let set = draft(
        "The exhibition showed Polaroids of actor Dennis Hopper; musician Nick Rhodes of Duran \
         Duran; publisher Jann Wenner; designer Carolina Herrera.",
    );
    let f = facts(&set);
    assert!(
        !f.iter()
            .any(|f| f.contains("Dennis Hopper") || f.contains("Jann Wenner")),
        "{f:?}"
    );
}

#[test]
fn a_person_found_by_the_surname_is_named_in_full_where_the_full_name_was_left() {
    let set = draft(
        "France on Thursday asked Belgium to extradite Karim Benali, a 31-year-old Algerian \
         who was arrested in Brussels. Belgian Justice Minister Stefaan De Clerck said Benali \
         would appear in court.",
    );
    assert_eq!(kind(&set, "Karim Benali"), Some(EntityKind::Person));
    assert_eq!(kind(&set, "Stefaan De Clerck"), Some(EntityKind::Person));
    assert!(kind(&set, "Benali").is_none() && kind(&set, "Stefaan").is_none());
}

#[test]
fn a_parliament_by_its_own_word_an_article_and_a_news_agency() {
    let set = draft(
        "\"The president is not running Russia,\" Communist Party leader Gennady Zyuganov told \
         the Interfax news agency. He said his party would table a motion in the State Duma, \
         the lower house of parliament. An IMF mission is due in Moscow.",
    );
    assert_eq!(kind(&set, "State Duma"), Some(EntityKind::Organisation));
    assert!(kind(&set, "An").is_none());
    has_all(&facts(&set), &["Gennady Zyuganov | told | Interfax"]);
}

#[test]
fn a_short_name_before_the_full_ones_and_companies_with_particles() {
    let set = draft(
        "Unions take strike to Hyundai shipyards\n\nWorkers at Hyundai Heavy Industries walked \
         off the job. Production was halted at Hyundai Motor Co.\n\nTelefonica, Portugal \
         Telecom team up\n\nTelefonica de Espana SA said its arm Telefonica Internacional would \
         bid. He said state oil company Petroleos de Venezuela SA would expand. Kuwait's Oil \
         Minister Issa al-Mazidi met Saudi Oil Minister Ali al-Naimi. Mazidi said Naimi \
         agreed, said Peter Gignoux, head of the energy desk at Smith Barney's London office.",
    );
    assert_eq!(kind(&set, "Hyundai"), Some(EntityKind::Organisation));
    assert!(
        kind(&set, "Telefonica").is_none(),
        "one of Telefonica's names"
    );
    let telefonica = set
        .entities
        .iter()
        .find(|e| e.name == "Telefonica de Espana SA")
        .expect("the company");
    assert!(telefonica.aliases.iter().any(|a| a == "Telefonica"));
    assert_eq!(
        kind(&set, "Petroleos de Venezuela SA"),
        Some(EntityKind::Organisation)
    );
    assert!(kind(&set, "Naimi").is_none());
    assert_eq!(kind(&set, "Smith Barney"), Some(EntityKind::Organisation));
}

#[test]
fn a_body_spelt_across_in_and_a_person_described_by_a_role() {
    let set = draft(
        "Felipe Gonzalez, who heads a mission of the Organisation for Security and Cooperation \
         in Europe (OSCE), met President Slobodan Milosevic. Vuk Draskovic, leader of the \
         Serbian Renewal Movement (SPO), said he had not been invited. PDVSA, which owns the \
         Citgo refining chain in the United States, is headed by Luis Giusti.",
    );
    assert_eq!(
        kind(&set, "Organisation for Security and Cooperation in Europe"),
        Some(EntityKind::Organisation)
    );
    assert!(kind(&set, "Europe").is_none());
    assert_eq!(kind(&set, "Vuk Draskovic"), Some(EntityKind::Person));
    assert_eq!(kind(&set, "Citgo"), Some(EntityKind::Organisation));
}

#[test]
fn a_town_that_opens_a_company_name_with_its_legal_form_is_the_company() {
    let set = draft(
        "He said Toyota Motor Corp had bought more foreign parts. In Tokyo, Toyota shares fell \
         30 yen. Singapore Airlines Ltd flies from Singapore.",
    );
    assert!(kind(&set, "Toyota").is_none());
    assert_eq!(kind(&set, "Singapore"), Some(EntityKind::Country));
}

#[test]
fn a_description_by_the_last_word_of_a_name_and_the_people_of_a_body() {
    let set = draft(
        "Strikers gathered at Myongdong Cathedral in Seoul on Thursday. Officers of the National \
         Police Agency surrounded the cathedral on Friday but did not enter it.",
    );
    has_all(
        &facts(&set),
        &["National Police Agency | surrounded | Myongdong Cathedral"],
    );
}

#[test]
fn a_surname_the_tagger_took_for_a_place_is_the_person_named_in_full() {
    let set = draft(
        "Chubais tightens grip on Kremlin\n\nMOSCOW 1996-11-28\n\nKremlin chief of staff \
         Anatoly Chubais on Thursday sacked Nikolai Sorokin. \"Chubais is running it,\" \
         Gennady Zyuganov said.",
    );
    assert_eq!(kind(&set, "Anatoly Chubais"), Some(EntityKind::Person));
    assert!(kind(&set, "Chubais").is_none());
}

#[test]
fn what_is_owned_in_shares_is_a_company() {
    let set = draft(
        "Canal Plus, which last year took control of Nethold of Amsterdam, said it owns 45 \
         percent of Telepiu.",
    );
    assert_eq!(kind(&set, "Nethold"), Some(EntityKind::Organisation));
}

#[test]
fn an_acronym_spelt_with_a_small_word_and_a_country_by_its_other_name() {
    let set = draft(
        "The United Nations Interim Force in Lebanon (UNIFIL) said two soldiers were wounded. \
         Britain will hand Hong Kong back to China. British Foreign Secretary Malcolm Rifkind \
         met Qian Qichen in The Hague.",
    );
    assert!(kind(&set, "United Nations Interim Force in Lebanon").is_some());
    assert!(kind(&set, "Lebanon").is_none());
    assert!(kind(&set, "The Hague").is_some());
    assert!(kind(&set, "United Kingdom").is_none());
    let britain = set
        .entities
        .iter()
        .find(|e| e.name == "Britain")
        .expect("Britain");
    assert!(britain.aliases.iter().any(|a| a == "British"));
}

#[test]
fn teams_named_by_a_town_and_a_nickname() {
    let set = draft(
        "Joe Sakic scored to give the Colorado Avalanche a 4-3 win over the Detroit Red Wings. \
         Detroit outshot the Avalanche 14-5. Eric Lindros scored twice as the Philadelphia \
         Flyers beat the New York Rangers 3-1. Claude Lemieux hit the Red Wings forward. \
         Laurentian chairman Douglas McInnes will join the board.",
    );
    assert_eq!(
        kind(&set, "Colorado Avalanche"),
        Some(EntityKind::Organisation)
    );
    assert_eq!(
        kind(&set, "Philadelphia Flyers"),
        Some(EntityKind::Organisation)
    );
    assert_eq!(
        kind(&set, "New York Rangers"),
        Some(EntityKind::Organisation)
    );
    assert!(kind(&set, "York Rangers").is_none());
    assert!(kind(&set, "Red Wings").is_none());
    let wings = set
        .entities
        .iter()
        .find(|e| e.name == "Detroit Red Wings")
        .expect("the team");
    assert!(wings.aliases.iter().any(|a| a == "Red Wings"));
    let avalanche = set
        .entities
        .iter()
        .find(|e| e.name == "Colorado Avalanche")
        .expect("team");
    assert!(avalanche.aliases.iter().any(|a| a == "Avalanche"));
    assert_eq!(kind(&set, "Douglas McInnes"), Some(EntityKind::Person));
}

#[test]
fn amounts_trophies_and_peoples_are_no_names() {
    let set = draft(
        "Laurentian Nickel Corp agreed to the bid. Laurentian jumped C$1.85 to C$14.20 and WMC \
         fell to A$8.06. Claude Lemieux scored for the Stanley Cup champions. Serb member \
         Momcilo Krajisnik met the Croat member of the presidency.",
    );
    assert!(set
        .entities
        .iter()
        .all(|e| e.kind == EntityKind::Amount || !e.name.contains('$')));
    assert!(kind(&set, "Laurentian").is_none());
    assert!(kind(&set, "Stanley Cup").is_none());
    assert!(kind(&set, "Serbia").is_none());
    assert!(kind(&set, "Croatia").is_none());
}

#[test]
fn a_body_and_its_officer_read_as_one_person_and_a_company_by_its_short_name() {
    let set = draft(
        "SOCCER - ASTON VILLA SIGN REHAK\n\nAston Villa signed Tomas Rehak on Friday. The \
         agreement was signed by Air Canada chairman Hollis Harris and Lufthansa chairman Juergen \
         Weber. Deutsche Lufthansa AG said Lufthansa would fly to Toronto.",
    );
    assert_eq!(kind(&set, "Juergen Weber"), Some(EntityKind::Person));
    assert!(set.entities.iter().all(|e| !e.name.contains("chairman")));
    let lufthansa = set
        .entities
        .iter()
        .find(|e| e.name == "Deutsche Lufthansa AG")
        .expect("it");
    assert!(lufthansa.aliases.iter().any(|a| a == "Lufthansa"));
    assert!(kind(&set, "Lufthansa").is_none());
    let villa = set
        .entities
        .iter()
        .find(|e| e.name == "Aston Villa")
        .expect("the club");
    assert!(villa.aliases.iter().any(|a| a == "ASTON VILLA"));
    assert!(kind(&set, "ASTON VILLA").is_none());
}

#[test]
fn titles_in_the_plural_after_a_comma_and_of_a_description() {
    let set = draft(
        "ARUSHA, Tanzania 1996-10-15\n\nJulius Nyerere said sanctions on Burundi would stay \
         until the country's military ruler, Major Pierre Buyoya, agreed to talks. Buyoya \
         stayed away. The summit \
         was attended by Presidents Benjamin Mkapa of Tanzania, Daniel arap Moi of Kenya and \
         Yoweri Museveni of Uganda.",
    );
    has_all(
        &facts(&set),
        &[
            "Pierre Buyoya | is military ruler of | Burundi",
            "Benjamin Mkapa | is President of | Tanzania",
            "Daniel arap Moi | is President of | Kenya",
            "Yoweri Museveni | is President of | Uganda",
        ],
    );
    // (The dateline states no fact.)
    assert!(!facts(&set).iter().any(|f| f.starts_with("Arusha")));
}

#[test]
fn a_club_named_by_a_word_and_its_city_is_named_by_the_word() {
    let set = draft(
        "Aston Villa signed Tomas Rehak from Sparta Prague on Friday. Sparta president Vaclav \
         Kosek said in Prague that the club had accepted the offer.",
    );
    let sparta = set
        .entities
        .iter()
        .find(|e| e.name == "Sparta Prague")
        .expect("the club");
    assert!(sparta.aliases.iter().any(|a| a == "Sparta"));
    assert!(kind(&set, "Sparta").is_none());
}

#[test]
fn talks_between_two_and_a_leader_described_after_a_comma() {
    let set = draft(
        "The accord was reached after three days of talks between Deputy Prime Minister Tariq \
         Aziz and Yasushi Akashi. Massoud Barzani, leader of the Kurdistan Democratic Party \
         (KDP), said in Salahuddin that the Kurds would work with the observers. Trade between \
         Spain, France and Italy grew.",
    );
    has_all(
        &facts(&set),
        &[
            "Tariq Aziz | held talks with | Yasushi Akashi",
            "Massoud Barzani | is leader of | Kurdistan Democratic Party",
        ],
    );
    assert_eq!(kind(&set, "Massoud Barzani"), Some(EntityKind::Person));
}

#[test]
fn a_surname_in_a_headline_and_a_plurals_possessive_inside_a_name() {
    let set = draft(
        "Seoul prosecutors arrest Daeyang chief Lee over bribes\n\nSEOUL 1996-12-05\n\nThe Seoul \
         District Prosecutors' Office on Thursday arrested Lee Jong-ho, chairman of the Daeyang \
         Group. Lee, 61, is accused of channelling the money through a fund run by his eldest \
         son, Lee Sang-min.",
    );
    assert!(kind(&set, "Lee").is_none());
    let lee = set
        .entities
        .iter()
        .find(|e| e.name == "Lee Jong-ho")
        .expect("the chairman");
    assert_eq!(lee.mentions.len(), 3);
    assert!(kind(&set, "Seoul District Prosecutors' Office").is_some());
    has_all(
        &facts(&set),
        &["Seoul District Prosecutors' Office | arrested | Lee Jong-ho"],
    );
}

#[test]
fn a_persons_party_and_a_body_named_for_a_person() {
    let set = draft(
        "Former U.S. President Jimmy Carter, whose Atlanta-based Carter Center sent 40 observers, \
         said the vote was fair. Carter met Aleman on Tuesday. Aleman's Liberal Alliance had 49.2 \
         percent of the vote against 38.6 percent for Ortega's Sandinista National Liberation \
         Front (FSLN).",
    );
    let fs = facts(&set);
    has_all(
        &fs,
        &[
            "Aleman | belongs to | Liberal Alliance",
            "Ortega | belongs to | Sandinista National Liberation Front",
            "Jimmy Carter | met | Aleman",
        ],
    );
    assert!(!fs.iter().any(|f| f.contains("| percent |")));
    assert_ne!(kind(&set, "Carter Center"), Some(EntityKind::Person));
}

#[test]
fn places_named_for_saints() {
    let set = draft(
        "The firm rewired the theatre, a short walk from St Mark's Square, during restoration \
         work. The Blues then played in St Louis.",
    );
    assert!(kind(&set, "St Mark's Square").is_some());
    assert!(kind(&set, "Mark").is_none());
    assert!(kind(&set, "Square").is_none());
    assert!(kind(&set, "St Louis").is_some());
}

#[test]
fn an_inline_dateline_is_no_subject_and_a_title_org_or_scare_quoted_name_is_no_party() {
    // "NEW YORK –" opens the story's first sentence: the president is its
    // subject, not the dateline's place.
    let set = draft(
        "Lee plans Asia trip\n\nNEW YORK – South Korean President Lee Jae Myung secured a pledge \
         of support from BlackRock Inc., the world's largest asset manager.\n\nOn Wednesday, he is \
         scheduled to meet UN Secretary-General Antonio Guterres. He plans to declare the return \
         of \"a democratic Korea\" at the assembly.",
    );
    let f = facts(&set);
    has_all(
        &f,
        &[
            "Lee Jae Myung | secured a pledge of support from | BlackRock Inc.",
            "Lee Jae Myung | is scheduled to meet | Antonio Guterres",
        ],
    );
    // The UN qualifies Guterres; Korea is the writer's quoted words.
    assert!(
        !f.iter()
            .any(|x| x.starts_with("Lee Jae Myung")
                && (x.ends_with("| UN") || x.ends_with("| Korea"))),
        "{f:?}"
    );
}

#[test]
fn coordinated_names_and_a_singular_title_and_a_merged_companys_name() {
    // Two countries joined by "and" do no deed to each other; a joint verb
    // is theirs together.
    let set = draft_lenient(
        "Western diplomats in Lusaka said the United States and Britain would not cut aid to \
         Zambia. Saudi Arabia and Venezuela clash over quotas at OPEC.",
    );
    let f = facts(&set);
    assert!(
        !f.iter()
            .any(|x| x.starts_with("United States") && x.ends_with("| Britain")),
        "{f:?}"
    );
    assert!(
        f.iter()
            .any(|x| x.starts_with("Saudi Arabia") && x.ends_with("| Venezuela")),
        "{f:?}"
    );
    // "THY chairman" is Bozkurt's title, not Pierson's.
    let set = draft(
        "Turkish Airlines (THY) signed on Tuesday. The contract was signed in Istanbul by THY \
         chairman Yusuf Bozkurt and Jean Pierson, managing director of Airbus Industrie, in the \
         presence of Transport Minister Omer Barutcu.",
    );
    let f = facts(&set);
    assert!(
        !f.iter()
            .any(|x| x.starts_with("Jean Pierson | is chairman")),
        "{f:?}"
    );
    // "Rhenania" is Rhenania Chemie AG, not the merged group; "Competition"
    // is the commissioner's portfolio, no body.
    let set = draft(
        "Rhenania and Limburg Chemicals agree merger\n\nRhenania Chemie AG and Limburg Chemicals \
         NV said they would merge to form Rhenania Limburg NV. Rhenania shares rose. Competition \
         Commissioner Karel Van Miert is expected to examine the deal.",
    );
    let rhenania = set
        .entities
        .iter()
        .find(|e| e.name == "Rhenania Chemie AG")
        .expect("Rhenania Chemie AG");
    assert!(rhenania.mentions.len() >= 3, "{:?}", rhenania.mentions);
    assert_eq!(kind(&set, "Competition"), None);
}

#[test]
fn a_role_named_after_its_comma_is_the_subject_the_name_stands_for() {
    let set = draft(
        "The European Union's new Middle East envoy, Miguel Angel Moratinos, met Israeli Prime \
         Minister Benjamin Netanyahu in Jerusalem on Thursday.",
    );
    has_all(
        &facts(&set),
        &["Miguel Angel Moratinos | met | Benjamin Netanyahu"],
    );
}

#[test]
fn a_description_in_a_clause_without_its_own_subject_is_not_that_subject() {
    // "choosing the European consortium": the airline chose; the
    // consortium is someone else.
    let set = draft(
        "Turkish Airlines (THY) signed an order on Thursday for 12 aircraft from Airbus \
         Industrie worth about $1.6 billion, choosing the European consortium over its American \
         rival Boeing Co.",
    );
    let json = serde_json::to_string(&set).expect("json");
    assert!(
        !json.contains("“consortium” taken as Turkish Airlines"),
        "{json}"
    );
}

#[test]
fn a_governments_title_with_no_owner_is_the_storys_country() {
    let set = draft(
        "Zambia opposition rejects vote\n\nLUSAKA 1996-11-21\n\nZambia's opposition rejected \
         the result on Thursday. President Frederick Chiluba won 73 percent of the vote, and \
         Zambia's electoral commission said the poll was fair. Club president Jesus Gil said \
         nothing. Syrian President Hafez al-Assad will visit Zambia, and President Assad will \
         meet Chiluba.",
    );
    // ("Frederick", a town too, is the president's given name.)
    assert_eq!(kind(&set, "Frederick Chiluba"), Some(EntityKind::Person));
    let f = facts(&set);
    has_all(&f, &["Frederick Chiluba | is President of | Zambia"]);
    // Someone another title places keeps their own country.
    assert!(
        !f.iter()
            .any(|x| x.starts_with("Hafez al-Assad | is President of | Zambia")),
        "{f:?}"
    );
    // A club's president is no country's.
    let set = draft(
        "Spain fines club\n\nMADRID 1996-07-19\n\nSpain's football league fined Atletico \
         Madrid on Friday. Club president Jesus Gil said Spain's league was unfair.",
    );
    let f = facts(&set);
    assert!(!f.iter().any(|x| x.starts_with("Jesus Gil | is")), "{f:?}");
    // A sentence that gives another country's titles leaves the bare ones
    // to that country, not to the story's.
    let set = draft(
        "Israel rejects envoy plan\n\nJERUSALEM 1996-11-21\n\nIsrael rejected the plan on \
         Thursday, and Israel's cabinet said Israel would not return to the talks. The envoy will \
         meet Egyptian President Hosni Mubarak and Foreign Minister Amr Moussa on Friday. He plans \
         to meet Syrian Foreign Minister Farouq al-Shara, but a meeting with President Hafez \
         al-Assad has not been arranged.",
    );
    let f = facts(&set);
    assert!(
        !f.iter().any(|x| x.ends_with("| Israel")
            && (x.starts_with("Amr Moussa | is") || x.starts_with("Hafez al-Assad | is"))),
        "{f:?}"
    );
}

#[test]
fn a_learned_fact_is_worded_with_the_nouns_on_its_way_to_the_object() {
    // Not "was sentenced of": the words from the verb down to the name.
    let set = draft(
        "Mafia boss arrested\n\nPALERMO 1996-10-02\n\nItalian police arrested Vincenzo Greco on \
         Wednesday. Greco was sentenced last year for his role in the killing of anti-Mafia judge \
         Paolo Borsellino.",
    );
    let f = facts(&set);
    assert!(
        f.iter().any(|x| x
            .starts_with("Vincenzo Greco | was sentenced last year for his role in the killing")
            && x.ends_with("| Paolo Borsellino")),
        "{f:?}"
    );
}

#[test]
fn a_speech_verb_coordinated_on_the_way_is_no_fact() {
    let set = draft(
        "Atletico Madrid sold Dario Lucena on Friday. Club president Jesus Gil, who is also mayor \
         of Marbella, denied the charge and said the board had approved the transfer.",
    );
    let f = facts(&set);
    assert!(
        !f.iter().any(|x| x.starts_with("Jesus Gil | said")),
        "{f:?}"
    );
}

#[test]
fn a_part_noun_run_into_a_name_and_what_a_verb_makes_of_its_object() {
    let set = draft_lenient(
        "Cha said initial pilot projects could run into several trillion won, with BlackRock's \
         infrastructure arm Global Infrastructure Partners (GIP) expected to participate as a \
         financial investor. Fink told Lee that he would mobilize global capital to make Korea \
         the AI capital of Asia. The purchase will make Tate & Lyle the largest sugar refiner in \
         Europe.",
    );
    let f = facts(&set);
    has_all(
        &f,
        &["Global Infrastructure Partners | is the infrastructure arm of | BlackRock"],
    );
    // Korea is what Fink would make something of, not a party of his.
    assert!(!f.iter().any(|x| x.ends_with("| make | Korea")), "{f:?}");
    // A name inside what the object is made is one.
    assert!(
        f.iter()
            .any(|x| x.starts_with("Tate & Lyle") && x.ends_with("| Europe")),
        "{f:?}"
    );
}

#[test]
fn a_country_described_as_a_member_of_a_body() {
    let set = draft(
        "Lee will preside over an open debate of the UN Security Council (UNSC). South Korea, a \
         non-permanent UNSC member, holds the rotating council presidency this month.",
    );
    let f = facts(&set);
    assert!(
        f.iter()
            .any(|x| x.starts_with("South Korea | is") && x.ends_with("| UN Security Council")),
        "{f:?}"
    );
}

#[test]
fn a_name_with_a_relative_clause_is_the_subject_of_the_verb_after_it() {
    // The parse read "Inco" as the sentence's root and "said" as a clause
    // of "made": "its" then went back to another company.
    let set = draft(
        "WMC bids for Laurentian\n\nPERTH 1996-11-21\n\nWMC Ltd said on Thursday it would buy \
         Laurentian Nickel. WMC's chief executive Hugh Morgan said WMC had the money. Inco Ltd, \
         which made an unsolicited offer of C$12.75 a share for Laurentian in August, said in \
         Toronto that it would not raise its bid. Its chairman, Michael Sopko, said a bidding war \
         would not serve Inco's shareholders.",
    );
    let f = facts(&set);
    has_all(&f, &["Michael Sopko | is chairman of | Inco Ltd"]);
}

#[test]
fn its_chairman_is_a_companys_not_a_countrys() {
    // "Its chairman" goes back to the company the sentence before is
    // about ("whose headquarters are in Lisbon" read as its clause), not
    // to the country the story names most.
    let set = draft(
        "Telefonica buys into Brazil\n\nMADRID 1996-11-21\n\nTelefonica said on Thursday it \
         would bid in Brazil. Brazil will sell licences, and Brazil wants foreign money. \
         Portugal Telecom, whose headquarters are in Lisbon, already owns a small stake in a \
         Brazilian operator. Its chairman, Francisco Murteira Nabo, said the stake would grow.",
    );
    let f = facts(&set);
    has_all(
        &f,
        &["Francisco Murteira Nabo | is chairman of | Portugal Telecom"],
    );
    assert!(
        !f.iter()
            .any(|x| x.starts_with("Francisco Murteira Nabo | is chairman of | Brazil")),
        "{f:?}"
    );
}

#[test]
fn a_managing_director_and_a_no_liability_company() {
    // "managing" is the title's ("Carnegie managing director Brian
    // Hollis"); "NL" ends an Australian company's name like "Ltd".
    let set = draft(
        "Lakeway rejects bid\n\nPERTH 1996-08-21\n\nLakeway Nickel NL on Wednesday rejected a \
         hostile takeover bid from Carnegie Mining Ltd, saying the offer was too low. Carnegie \
         managing director Brian Hollis told Reuters the offer was fair.",
    );
    let f = facts(&set);
    has_all(
        &f,
        &["Brian Hollis | is managing director of | Carnegie Mining Ltd"],
    );
    let json = serde_json::to_string(&set).expect("json");
    assert!(json.contains("\"Lakeway Nickel NL\""), "{json}");
}

#[test]
fn a_headline_word_the_story_names_is_that_name() {
    // The tagger reads no name in "picks Airbus over Boeing"; the story
    // names both.
    let set = draft(
        "Turkish Airlines picks Airbus over Boeing in big order\n\nISTANBUL 1996-09-26\n\n\
         Turkish Airlines signed an order with Airbus Industrie on Thursday, choosing the \
         European consortium over Boeing Co. of the United States.",
    );
    let json = serde_json::to_string(&set).expect("json");
    let v: serde_json::Value = serde_json::from_str(&json).expect("json");
    let in_headline = |name: &str| {
        v["entities"].as_array().expect("entities").iter().any(|e| {
            e["mentions"].as_array().is_some_and(|ms| {
                ms.iter()
                    .any(|m| m["text"] == name && m["start"].as_u64().is_some_and(|s| s < 55))
            })
        })
    };
    assert!(in_headline("Airbus") && in_headline("Boeing"), "{json}");
}

#[test]
fn the_owner_of_a_role_is_not_its_holder() {
    // "Honduras'" owns the role: the role is Discua's, of Honduras and to
    // the United Nations; Honduras is no ambassador.
    let set = draft(
        "Honduras charges ex-army chief Discua\n\nTEGUCIGALPA 1996-12-11\n\nJudge Maria Elena \
         Rivera of the First Criminal Court on Wednesday charged retired General Luis Alonso \
         Discua, a former commander of the armed forces, with kidnapping.\n\nDiscua, 51, is now \
         Honduras' deputy ambassador to the United Nations in New York and was not in court when \
         the charges were read.",
    );
    let f = facts(&set);
    has_all(
        &f,
        &["Luis Alonso Discua | is deputy ambassador of | Honduras"],
    );
    assert!(
        f.iter().any(|x| x.starts_with("Luis Alonso Discua |")
            && x.ends_with("ambassador to | United Nations")),
        "{f:?}"
    );
    assert!(
        !f.iter()
            .any(|x| x.starts_with("Honduras |") && x.contains("ambassador")),
        "{f:?}"
    );
}

#[test]
fn places_in_a_list_are_not_one_inside_the_other_and_unions_are_bodies() {
    let set = draft(
        "Serbian opposition rallies\n\nBELGRADE 1996-12-20\n\nThe Zajedno coalition says it won \
         control of Belgrade, Nis and 12 other towns in the November 17 run-off.",
    );
    let f = facts(&set);
    assert!(
        !f.iter().any(|x| x.starts_with("Belgrade | is in | Nis")),
        "{f:?}"
    );
    // "Workers" ends a union's name, as "Party" a party's.
    let set = draft(
        "Strike at GM Canada\n\nTORONTO 1996-10-02\n\nBuzz Hargrove, president of the Canadian \
         Auto Workers, said the strike would go on.",
    );
    has_all(
        &facts(&set),
        &["Buzz Hargrove | is president of | Canadian Auto Workers"],
    );
}

#[test]
fn where_a_body_is_based_and_a_town_in_a_country_side_by_side() {
    let set = draft(
        "Creditanstalt sells stake\n\nVIENNA 1996-11-21\n\nCreditanstalt said it would keep a \
         majority stake in Tatra Kreditbank, which is based in Bratislava and has 22 branches. \
         Iraq said Baghdad would load its first tanker at Ceyhan in Turkey within days.",
    );
    has_all(
        &facts(&set),
        &[
            "Tatra Kreditbank | is based in | Bratislava",
            "Ceyhan | is in | Turkey",
        ],
    );
}

#[test]
fn where_a_speaker_spoke_and_the_news_body_told() {
    let set = draft(
        "Aid agencies pull out\n\nGOMA 1996-11-21\n\nRebels attacked the camps on Thursday. \
         \"People are running in every direction,\" UNHCR spokesman Ron Redmond told Reuters by \
         telephone from Geneva. Comit managing director Pierfrancesco Saviotti said in Milan that \
         the purchase was part of a plan. \"It is a technical coup,\" Daniel Ortega told \
         supporters outside the FSLN's headquarters in Managua.",
    );
    let f = facts(&set);
    has_all(
        &f,
        &[
            "Ron Redmond | told | Reuters",
            "Ron Redmond | spoke from | Geneva",
            "Pierfrancesco Saviotti | spoke in | Milan",
        ],
    );
    // Who is told comes first: no FSLN was told.
    assert!(
        !f.iter().any(|x| x.starts_with("Daniel Ortega | told")),
        "{f:?}"
    );
}

#[test]
fn both_who_met_were_where_they_met() {
    let set = draft(
        "Gama talks\n\nLISBON 1996-12-02\n\nGama, who met Kinkel in Bonn in June, said on Monday \
         that Portugal would not accept any reform.",
    );
    has_all(
        &facts(&set),
        &["Gama | met Kinkel in | Bonn", "Kinkel | met Gama in | Bonn"],
    );
}

#[test]
fn a_person_of_a_country_is_from_it() {
    let set = draft(
        "Williams signs Frentzen\n\nLONDON 1996-12-02\n\nHe was replaced at Williams by \
         Heinz-Harald Frentzen of Germany, who drove for Sauber this season. Woodbridge beat \
         Sebastien Lareau of Canada.",
    );
    has_all(
        &facts(&set),
        &[
            "Heinz-Harald Frentzen | is from | Germany",
            "Sebastien Lareau | is from | Canada",
        ],
    );
}

/// The same text is drafted the same way every time. A role and "is
/// from" between the same two, read from one clause with the same ends,
/// were put in the order of a hash map's values; the standard library
/// seeds each map afresh, so one text came out in either order (the
/// president of Rwanda below, half the time).
#[test]
fn one_text_is_drafted_the_same_way_every_time() {
    let text = "Nyerere spoke after a one-day summit in Arusha attended by Presidents Benjamin Mkapa of Tanzania, Daniel arap Moi of Kenya, Yoweri Museveni of Uganda and Pasteur Bizimungu of Rwanda, as well as Zaire's Prime Minister Kengo wa Dondo.";
    let first = facts(&draft(text));
    // (And "is from" beside the role of the same pair goes.)
    assert!(
        first.contains(&"Pasteur Bizimungu | is President of | Rwanda".to_string())
            && !first.contains(&"Pasteur Bizimungu | is from | Rwanda".to_string()),
        "{first:#?}"
    );
    for _ in 0..8 {
        assert_eq!(facts(&draft(text)), first);
    }
}

/// "Senate Majority Leader Trent Lott": the Senate's majority leader, and
/// the Senate is not the Senate Foreign Relations Committee the story
/// named first (a body whose name ends in "Committee" is a part of the
/// body its first word names). "Majority" and "Minority" are title words.
#[test]
fn the_senate_is_not_its_committee() {
    let set = draft(
        "Senator Jesse Helms, the chairman of the Senate Foreign Relations Committee, said on Thursday he would not hold a hearing. Senate Majority Leader Trent Lott said he did not want to interfere in the work of the committee.",
    );
    let f = facts(&set);
    has_all(
        &f,
        &[
            "Jesse Helms | is chairman of | Senate Foreign Relations Committee",
            "Trent Lott | is Majority Leader of | Senate",
        ],
    );
    assert!(
        set.entities.iter().any(|e| e.name == "Senate")
            && !set.entities.iter().any(|e| e.name == "Senate Majority"),
        "{:#?}",
        set.entities.iter().map(|e| &e.name).collect::<Vec<_>>()
    );
}

/// "Weld, a member of Helms's own Republican Party": a member of the
/// party, not of Helms, whom "of" names in the possessive; "the dismissal
/// of Britain's Agriculture Minister Douglas Hogg" is still Britain's.
#[test]
fn a_role_of_someone_in_the_possessive_is_of_what_they_own() {
    let f = facts(&draft(
        "Senator Jesse Helms said he would not hold a hearing on the nomination of former Massachusetts Governor William Weld. Weld, a member of Helms's own Republican Party, resigned as governor on Tuesday.",
    ));
    has_all(&f, &["William Weld | is member of | Republican Party"]);
    assert!(
        !f.iter().any(|x| x.contains("member of | Jesse Helms")),
        "{f:#?}"
    );
    let f = facts(&draft(
        "Labour called for the dismissal of Britain's Agriculture Minister Douglas Hogg on Tuesday.",
    ));
    has_all(&f, &["Douglas Hogg | is Agriculture Minister of | Britain"]);
}

/// A body named again without the word that says whose it is: "the
/// Foreign Relations Committee" is the Senate Foreign Relations
/// Committee, "the Red Wings" the Detroit Red Wings.
#[test]
fn a_body_named_without_its_owner_is_the_body_named_in_full() {
    let set = draft(
        "Jesse Helms, the chairman of the Senate Foreign Relations Committee, spoke on Thursday. The Foreign Relations Committee is due to approve the budget before the recess.",
    );
    let names: Vec<&str> = set.entities.iter().map(|e| e.name.as_str()).collect();
    assert!(
        names.contains(&"Senate Foreign Relations Committee")
            && !names.contains(&"Foreign Relations Committee"),
        "{names:?}"
    );
    let set = draft(
        "The Colorado Avalanche beat the Detroit Red Wings 4-1 on Friday. Kris Draper left the Red Wings in the second period.",
    );
    let names: Vec<&str> = set.entities.iter().map(|e| e.name.as_str()).collect();
    assert!(
        names.contains(&"Detroit Red Wings") && !names.contains(&"Red Wings"),
        "{names:?}"
    );
}

/// "The Gulf of Mexico", "the Strait of Hormuz", "the Bay of Bengal": a
/// sea's, a strait's or an island's name with "of" is one place, whatever
/// the tagger read, and one such name does not swallow the next.
#[test]
fn a_sea_or_a_strait_of_somewhere_is_one_place() {
    let set = draft(
        "Pemex will study joint exploration in the Gulf of Mexico. Tankers crossed the Strait of Hormuz and the Bay of Bengal on Monday.",
    );
    for name in ["Gulf of Mexico", "Strait of Hormuz", "Bay of Bengal"] {
        assert_eq!(
            kind(&set, name),
            Some(EntityKind::Region),
            "{name}: {:#?}",
            set.entities
        );
    }
    assert!(kind(&set, "Bay").is_none() && kind(&set, "Gulf").is_none());
    // After small words, and with "the" after "of".
    let set = draft(
        "Fishermen on the Lake of the Woods and the Sea of Galilee reported calm water on Sunday.",
    );
    for name in ["Lake of the Woods", "Sea of Galilee"] {
        assert_eq!(
            kind(&set, name),
            Some(EntityKind::Region),
            "{name}: {:#?}",
            set.entities
        );
    }
}

/// "Brazil's state oil company Petroleo Brasileiro SA (Petrobras) and
/// Mexico's Petroleos Mexicanos (Pemex)": the second company has an owner
/// of its own, and is not Brazil's.
#[test]
fn a_name_after_its_own_owner_is_not_an_earlier_owners() {
    let f = facts(&draft(
        "Under another accord, Brazil's state oil company Petroleo Brasileiro SA (Petrobras) and Mexico's Petroleos Mexicanos (Pemex) will study joint exploration in the Gulf of Mexico.",
    ));
    assert!(
        !f.iter()
            .any(|x| x.starts_with("Petroleos Mexicanos") && x.ends_with("| Brazil")),
        "{f:#?}"
    );
    assert!(
        f.iter()
            .any(|x| x.starts_with("Petroleos Mexicanos") && x.ends_with("| Mexico")),
        "{f:#?}"
    );
}

/// "The president told me Syria is ready for peace": a name the parse
/// took for the verb's object but that a finite verb follows is the
/// subject of the clause told, not whom the president told.
#[test]
fn a_name_before_its_own_verb_is_not_the_object_of_the_one_before() {
    let f = facts(&draft(
        "Miguel Angel Moratinos met Syrian President Hafez al-Assad in Damascus on Monday. \"The president told me Syria is ready for peace, but not at any price,\" Moratinos said.",
    ));
    assert!(!f.iter().any(|x| x.ends_with("| told | Syria")), "{f:#?}");
    has_all(&f, &["Hafez al-Assad | is President of | Syria"]);
}

/// "Western diplomats said the United States and Britain would not cut
/// aid": the parse made the United States the verb of speech's object and
/// Britain alone the clause's subject; both are its subjects, so both
/// would press Chiluba.
#[test]
fn two_subjects_of_a_reported_clause_are_both_its_subjects() {
    let f = facts(&draft(
        "Western diplomats in Lusaka said the United States and Britain would not cut aid to Zambia but would press Chiluba to open talks with Kaunda.",
    ));
    for who in ["United States", "Britain"] {
        assert!(
            f.iter()
                .any(|x| x.starts_with(&format!("{who} | would press |"))),
            "{who}: {f:#?}"
        );
    }
}

/// "…across the country" after a sentence naming the United States in a
/// story about Zambia: the country is the one the story is about, not
/// the last one named.
#[test]
fn the_country_is_the_one_the_story_is_about() {
    let f = facts(&draft(
        "Zambia's opposition rejected the results. Former President Kenneth Kaunda said aid to Zambia must stop. The United States said it would keep its aid to Zambia. Kaunda said his United National Independence Party would organise peaceful protests across the country.",
    ));
    assert!(
        !f.iter()
            .any(|x| x.ends_with("| United States") && x.contains("across")),
        "{f:#?}"
    );
}

/// "Dean Mung'omba, leader of the Zambia Democratic Congress": Dean is a
/// given name here, not a title, and the surname alone later, with an
/// apostrophe in it, is the same person.
#[test]
fn dean_before_a_name_is_a_given_name_and_a_surname_may_hold_an_apostrophe() {
    let set = draft(
        "Dean Mung'omba, leader of the Zambia Democratic Congress, said his party would challenge the results.\n\n\"We have evidence that thousands of voters were turned away,\" Mung'omba said.",
    );
    assert_eq!(
        kind(&set, "Dean Mung'omba"),
        Some(EntityKind::Person),
        "{:#?}",
        set.entities
    );
    assert_eq!(speaker(&set, "We have evidence"), Some("Dean Mung'omba"));
}

/// Bodies named by a head word the lists lacked ("Community", "Campaign")
/// or with "for a" inside: "the Southern African Development Community",
/// "the Committee for a Clean Campaign".
#[test]
fn a_community_a_campaign_and_a_body_for_a_cause_are_named_whole() {
    let set = draft(
        "Talks end\n\nLUSAKA 1996-11-25\n\nMonitors from the Committee for a Clean Campaign, a local group, said the poll had been marred. But observers from the Southern African Development Community said they had found no evidence of rigging.",
    );
    for name in [
        "Committee for a Clean Campaign",
        "Southern African Development Community",
    ] {
        assert!(kind(&set, name).is_some(), "{name}: {:#?}", set.entities);
    }
    assert!(kind(&set, "Clean Campaign").is_none());
}

/// "Former President Kenneth Kaunda, whose United National Independence
/// Party (UNIP) boycotted the poll, told a news conference in Lusaka…":
/// the parse took the relative clause for the sentence and the party for
/// who told the conference; Kaunda told it, and "whose" party is his.
#[test]
fn a_whose_clause_after_the_subject_is_the_subjects() {
    let f = facts(&draft(
        "Zambian opposition rejects vote\n\nLUSAKA 1996-11-25\n\nFormer President Kenneth Kaunda, whose United National Independence Party (UNIP) boycotted the poll, told a news conference in Lusaka that the vote had been a fraud.",
    ));
    assert!(
        !f.iter()
            .any(|x| x.starts_with("United National Independence Party | told")),
        "{f:#?}"
    );
    assert!(
        f.iter()
            .any(|x| x.starts_with("Kenneth Kaunda |") && x.ends_with("| Lusaka")),
        "{f:#?}"
    );
    has_all(
        &f,
        &["Kenneth Kaunda | belongs to | United National Independence Party"],
    );
}

/// A person's body, owned by name or by a pronoun: "Chiluba's Movement for
/// Multiparty Democracy", "his United National Independence Party" (the
/// parse hung "his" from the verb), "a member of Prime Minister Jose Maria
/// Aznar's Popular Party" (the parse hung the owner and "of" from
/// "Popular", and the role's phrase stopped at the owner).
#[test]
fn a_persons_body_owned_by_name_or_pronoun() {
    let f = facts(&draft(
        "Vote ends\n\nLUSAKA 1996-11-25\n\nThe Electoral Commission said President Frederick Chiluba's Movement for Multiparty Democracy had won. Kenneth Kaunda said his United National Independence Party would organise protests.",
    ));
    has_all(
        &f,
        &[
            "Frederick Chiluba | belongs to | Movement for Multiparty Democracy",
            "Kenneth Kaunda | belongs to | United National Independence Party",
        ],
    );
    let f = facts(&draft(
        "Kinkel held talks in Madrid with Spanish Foreign Minister Abel Matutes, a senior member of Prime Minister Jose Maria Aznar's Popular Party.",
    ));
    has_all(
        &f,
        &[
            "Abel Matutes | is senior member of | Popular Party",
            "Jose Maria Aznar | belongs to | Popular Party",
        ],
    );
}

/// "whose" after a titled name that opens the sentence with common nouns
/// ("Opposition leader Chuan Leekpai, whose Democrat Party…, said") or
/// that ends it ("the government of Prime Minister Necmettin Erbakan,
/// whose Islamist Welfare Party has called…"): the party is theirs.
#[test]
fn whose_party_after_a_titled_name() {
    let f = facts(&draft(
        "Opposition leader Chuan Leekpai, whose Democrat Party forced a censure debate on the affair in May, said Prime Minister Banharn Silpa-archa had known of the problems.",
    ));
    has_all(&f, &["Chuan Leekpai | belongs to | Democrat Party"]);
    let f = facts(&draft(
        "The order was approved last week by the government of Prime Minister Necmettin Erbakan, whose Islamist Welfare Party has called for closer ties with Moslem countries.",
    ));
    has_all(
        &f,
        &["Necmettin Erbakan | belongs to | Islamist Welfare Party"],
    );
}

/// A trade is no office: "British financier Peter Harland" is from
/// Britain, not its financier; "Shipowner Vardis Vardinoyannis" is named
/// without his trade.
#[test]
fn a_trade_before_a_name_says_where_its_holder_is_from() {
    let set = draft(
        "British financier Peter Harland was arrested in London. Shipowner Vardis Vardinoyannis, who heads the Motor Oil Hellas refining group, has bought a stake in Panathinaikos.",
    );
    let f = facts(&set);
    has_all(&f, &["Peter Harland | is from | Britain"]);
    assert!(!f.iter().any(|x| x.contains("financier of")), "{f:#?}");
    assert_eq!(
        kind(&set, "Vardis Vardinoyannis"),
        Some(EntityKind::Person),
        "{:#?}",
        set.entities
    );
}

/// "U.S. Ambassador to the UN Madeleine Albright": a body's acronym and a
/// listed given name after it are a body and a person, not one name.
#[test]
fn a_bodys_acronym_then_a_persons_name_are_two() {
    let set = draft(
        "But U.S. Ambassador to the UN Madeleine Albright said in New York that Washington would block any contracts.",
    );
    assert_eq!(
        kind(&set, "Madeleine Albright"),
        Some(EntityKind::Person),
        "{:#?}",
        set.entities
    );
    assert_eq!(kind(&set, "UN"), Some(EntityKind::Organisation));
    has_all(
        &facts(&set),
        &["Madeleine Albright | is Ambassador to | UN"],
    );
}

/// A sentence's verb left with no subject by the parse takes the phrase
/// before it: after a fronted phrase ("In Amman, King Hussein of Jordan
/// told…"), with a people's word before the names ("Australians Todd
/// Woodbridge and Mark Woodforde beat…").
#[test]
fn a_subject_after_a_fronted_phrase() {
    let f = facts(&draft(
        "In the doubles semi-finals, Australians Todd Woodbridge and Mark Woodforde beat Sebastien Lareau of Canada and Alex O'Brien of the United States 6-3 6-4.",
    ));
    has_all(
        &f,
        &[
            "Todd Woodbridge | beat | Sebastien Lareau",
            "Mark Woodforde | beat | Sebastien Lareau",
        ],
    );
}

/// "Yeltsin is due to meet Clinton", parsed with "to" as a preposition
/// and "meet" a clause hung from it: the infinitive is "due"'s.
#[test]
fn an_infinitive_after_due() {
    let f = facts(&draft(
        "Helmut Kohl met Tung Chee-hwa. Yeltsin is due to meet Clinton in Moscow.",
    ));
    has_all(&f, &["Yeltsin | is due to meet | Clinton"]);
}

/// "leader of the opposition National Congress for New Politics": the
/// name heads the phrase, "opposition" says what kind of body it is (the
/// parse made the name an apposition of "opposition"); "telecoms analyst
/// at Banco Santander": a noun's phrase labelled a verb's is the noun's.
#[test]
fn a_role_of_the_opposition_body_and_at_a_bank() {
    let f = facts(&draft(
        "Kim Dae-jung, leader of the opposition National Congress for New Politics (NCNP), said the case showed that the ruling party had learned nothing.",
    ));
    has_all(
        &f,
        &["Kim Dae-jung | is leader of | National Congress for New Politics"],
    );
    let f = facts(&draft(
        "\"Telefonica has the experience from Argentina and Chile, and Globo gives it a local face,\" said Luis Ortega, telecoms analyst at Banco Santander in Madrid.",
    ));
    has_all(
        &f,
        &["Luis Ortega | is telecoms analyst at | Banco Santander"],
    );
}

/// "The OECD, which South Korea joined this month": the relative clause's
/// subject did the deed to the name it hangs from.
#[test]
fn a_relative_clause_whose_subject_acts_on_the_name() {
    let f = facts(&draft(
        "Helmut Kohl met Tung Chee-hwa. The OECD, which South Korea joined this month, plans to discuss it in Paris in March.",
    ));
    has_all(&f, &["South Korea | joined | OECD"]);
}

/// "the OAU was ready to send more military observers to Burundi": an
/// adjective's infinitive is its complement (the labeller called it an
/// adverbial clause), and being ready to do a thing makes it possible.
#[test]
fn ready_to_do_a_thing_makes_it_possible() {
    let set = draft(
        "Helmut Kohl met Tung Chee-hwa. Salim said the OAU was ready to send more military observers to Burundi.",
    );
    let f = set
        .facts
        .iter()
        .find(|f| set.entity(&f.subject).is_some_and(|e| e.name == "OAU"))
        .expect("the OAU's fact");
    assert_eq!(f.relation, "was ready to send more military observers to");
    assert_eq!(f.status, fact_explorer_core::model::Status::Possible);
}

/// "a stake in the Athens football club Panathinaikos": a place's name
/// before a body's noun is where the body is, not the body (a company's
/// name there is the body: "the Interfax news agency").
#[test]
fn a_place_before_a_bodys_noun_is_where_the_body_is() {
    let f = facts(&draft(
        "Shipowner Vardis Vardinoyannis has bought a 10 percent stake in the Athens football club Panathinaikos, Ethnos said.",
    ));
    assert!(
        !f.iter()
            .any(|x| x.starts_with("Vardis Vardinoyannis") && x.ends_with("| Athens")),
        "{f:#?}"
    );
    has_all(
        &f,
        &["Vardis Vardinoyannis | has bought a 10 percent stake in | Panathinaikos"],
    );
}

/// "spokesman for the United Nations International Police Task Force":
/// the preposition opens the whole name, whose last word heads it (the
/// parse hung it from "Nations" and called that an owner); "the World Food
/// Programme" is a body.
#[test]
fn a_preposition_before_a_long_name_is_the_names() {
    let set = draft(
        "Alexander Ivanko, spokesman for the United Nations International Police Task Force (IPTF), said its monitors had been turned back. Rebel leader Laurent Kabila called on the World Food Programme to resume deliveries.",
    );
    assert!(
        facts(&set)
            .iter()
            .any(|x| x.starts_with("Alexander Ivanko | is spokesman for |")
                && x.contains("Police Task Force")),
        "{:#?}",
        facts(&set)
    );
    assert!(
        kind(&set, "World Food Programme").is_some(),
        "{:#?}",
        set.entities
    );
}

/// "Khaleda Zia refused to concede defeat and accused the Awami League of
/// rigging the vote": she accused it (the parse coordinated "accused" with
/// what she refused to do, and the tagger called it a bare verb).
#[test]
fn a_past_verb_after_a_refused_infinitive_is_not_refused() {
    let set = draft(
        "Helmut Kohl met Tung Chee-hwa. Khaleda Zia refused to concede defeat and accused the Awami League of rigging the vote in several constituencies in Chittagong.",
    );
    let f = set
        .facts
        .iter()
        .find(|f| f.relation == "accused")
        .expect("the accusation");
    assert_eq!(f.status, fact_explorer_core::model::Status::Stated);
}

/// "Chinese Foreign Minister Qian Qichen, who met…, is expected to
/// discuss the handover ceremony with him in London": a participle with
/// its auxiliary left with no subject by the parse (which called the name
/// an oblique) takes the name as its subject.
#[test]
fn a_passive_verb_left_without_its_subject_takes_the_name() {
    let f = facts(&draft(
        "Helmut Kohl met Tung Chee-hwa. Chinese Foreign Minister Qian Qichen, who met British Foreign Secretary Malcolm Rifkind in The Hague last month, is expected to discuss the handover ceremony with him in London later this month.",
    ));
    assert!(
        f.iter()
            .any(|x| x.starts_with("Qian Qichen | is expected to discuss")
                && x.ends_with("| London")),
        "{f:#?}"
    );
}

/// "Chelsea, whose Dutch player-manager Ruud Gullit was sent off after an
/// hour, lost 2-1 at Sheffield Wednesday": the clause the parse hung
/// below the sentence's verb, with Chelsea its subject, is Chelsea's; and
/// a titled name before a relative clause ("Democratic Assembly Speaker
/// Sheldon Silver, who has clashed…, said") is the sentence's subject,
/// its name heading it.
#[test]
fn the_subject_before_a_relative_clause_between_commas() {
    let f = facts(&draft(
        "Arsenal went top on Saturday. Chelsea, whose Dutch player-manager Ruud Gullit was sent off after an hour, lost 2-1 at Sheffield Wednesday.",
    ));
    assert!(
        f.iter()
            .any(|x| x.starts_with("Chelsea |") && x.ends_with("| Sheffield Wednesday")),
        "{f:#?}"
    );
    let f = facts(&draft(
        "George Pataki named Robert King. Democratic Assembly Speaker Sheldon Silver, who has clashed repeatedly with the Republican governor over spending, said he hoped King would be more open with the legislature.",
    ));
    has_all(&f, &["Sheldon Silver | hoped | Robert King"]);
}

/// "said Thailand would ask Canada to extradite Krirkkiat": the name
/// before the modal and its verb, which the labeller called the verb's
/// indirect object, is its subject.
#[test]
fn a_name_before_a_modal_and_its_verb_is_the_subject() {
    let f = facts(&draft(
        "Helmut Kohl met Tung Chee-hwa. Thai Finance Minister Bodi Chunnananda said Thailand would ask Canada to extradite Krirkkiat if charges were filed against him.",
    ));
    has_all(&f, &["Thailand | would ask | Canada"]);
}

/// "Lakeway's largest shareholder, the Canadian group Inco Ltd, …, said":
/// two subjects of one verb with a comma between them and no "and" are a
/// noun and its apposition (but not across "whose": "Chelsea, whose
/// player-manager was sent off, lost").
#[test]
fn two_subjects_with_a_comma_between_are_a_noun_and_its_apposition() {
    let f = facts(&draft(
        "Carnegie Mining bid for Lakeway Nickel on Monday. Lakeway's largest shareholder, the Canadian group Inco Ltd, which holds 19.5 percent, said it had not yet decided whether to sell.",
    ));
    assert!(
        f.iter()
            .any(|x| x.contains("Lakeway") && x.contains("Inco Ltd")),
        "{f:#?}"
    );
}

/// "Dane Rolf Sorensen of Rabobank was third": a person's name that opens
/// with a given name, then "of" and a name, is a person and a body (not
/// "John of Gaunt", with nothing between the given name and "of"); and a
/// results line that reads the same person as a body does not outvote the
/// given name.
#[test]
fn a_given_name_and_surname_of_a_body_are_two_names() {
    let set = draft(
        "Jalabert wins\n\nHUY, Belgium 1996-04-17\n\nDane Rolf Sorensen of Rabobank was third.\n\nLeading results:\n1. Laurent Jalabert (France) ONCE 5 hours\n3. Rolf Sorensen (Denmark) Rabobank 11\n",
    );
    assert_eq!(kind(&set, "Rolf Sorensen"), Some(EntityKind::Person));
    assert_eq!(kind(&set, "Rabobank"), Some(EntityKind::Organisation));
    assert_eq!(kind(&set, "Rolf Sorensen of Rabobank"), None);
}

/// "Australians Todd Woodbridge and Mark Woodforde", "Two Albanians, Ilir
/// Hoxha and Gezim Leka": a people's word in the plural before a list of
/// people says where each of them is from.
#[test]
fn a_plural_peoples_word_before_a_list_of_people_places_each() {
    let f = facts(&draft(
        "Semi-finals end\n\nLONDON 1996-11-25\n\nIn the doubles semi-finals, Australians Todd Woodbridge and Mark Woodforde beat Sebastien Lareau of Canada 6-3 6-4.\n\nTwo Albanians, Ilir Hoxha and Gezim Leka, were arrested in Thessaloniki, the daily Eleftherotypia reported.\n",
    ));
    has_all(
        &f,
        &[
            "Todd Woodbridge | is from | Australia",
            "Mark Woodforde | is from | Australia",
            "Ilir Hoxha | is from | Albania",
            "Gezim Leka | is from | Albania",
        ],
    );
}

/// "Fischler, an Austrian, denied"; "Moratinos, a Spanish diplomat, told":
/// a people's word, or a trade of a people, set beside a person's name says
/// where the person is from.
#[test]
fn a_peoples_word_beside_a_name_says_where_the_person_is_from() {
    let f = facts(&draft(
        "Talks end\n\nLONDON 1996-11-25\n\nFranz Fischler met Douglas Hogg. Fischler, an Austrian, denied that he had acted alone.\n\nMiguel Angel Moratinos met Assad. Moratinos, a Spanish diplomat who was appointed last month, told reporters that talks had stalled.\n",
    ));
    has_all(
        &f,
        &[
            "Franz Fischler | is from | Austria",
            "Miguel Angel Moratinos | is from | Spain",
        ],
    );
}

/// "Two of Harland's former partners, Canadians Robert Kline and Gary
/// Sloane": a people's word holds no role (Canada is no partner of
/// Harland).
#[test]
fn a_peoples_word_holds_no_role() {
    let f = facts(&draft(
        "Harland loses appeal\n\nLONDON 1996-11-25\n\nPeter Harland was extradited. Two of Harland's former partners, Canadians Robert Kline and Gary Sloane, pleaded guilty in a federal court in Manhattan in December.\n",
    ));
    assert!(!f.iter().any(|x| x.starts_with("Canada |")), "{f:#?}");
    has_all(&f, &["Robert Kline | is from | Canada"]);
}

/// "The Seoul District Prosecutors' Office": a city's name opening a state
/// body's names where it sits, not whose it is; a country's does ("the
/// Portuguese Foreign Ministry"), and so does a city's before a town's own
/// body ("the Seoul Metropolitan Government").
#[test]
fn a_city_opening_a_state_bodys_name_does_not_own_it() {
    let f = facts(&draft(
        "Seoul prosecutors arrest builder\n\nSEOUL 1996-11-25\n\nThe Seoul District Prosecutors' Office on Thursday arrested Lee Jong-ho on charges of paying bribes to officials of the Seoul Metropolitan Government. The Portuguese Foreign Ministry said Portugal would protest.\n",
    ));
    assert!(
        !f.iter()
            .any(|x| x.starts_with("Seoul District Prosecutors' Office | belongs to")),
        "{f:#?}"
    );
    has_all(
        &f,
        &[
            "Portuguese Foreign Ministry | belongs to | Portugal",
            "Seoul Metropolitan Government | belongs to | Seoul",
        ],
    );
}

/// "Bayer slipped after chairman Manfred Schneider told shareholders…": a
/// company's office with no owner beside it is of the one company the
/// sentence names; with two companies in the sentence, of neither.
#[test]
fn a_company_office_without_owner_is_the_sentences_only_company() {
    let f = facts(&draft(
        "Bayer shares slip\n\nFRANKFURT 1996-11-25\n\nBayer AG slipped 0.85 marks after chairman Manfred Schneider told shareholders that prices had fallen.\n\nBASF AG and Hoechst AG rose after chief executive Juergen Strube said demand had recovered.\n",
    ));
    has_all(&f, &["Manfred Schneider | is chairman of | Bayer"]);
    assert!(
        !f.iter()
            .any(|x| x.starts_with("Juergen Strube | is chief executive")),
        "{f:#?}"
    );
}

/// "Portuguese Foreign Minister Jaime Gama and President Jorge Sampaio":
/// a title with no owner of its own after "and" and another titled person
/// has that person's owner.
#[test]
fn a_title_after_and_shares_the_owner_of_the_title_before() {
    let f = facts(&draft(
        "Kinkel to visit Lisbon\n\nBONN 1996-11-25\n\nGerman Foreign Minister Klaus Kinkel will meet Portuguese Foreign Minister Jaime Gama and President Jorge Sampaio, a ministry spokesman said.\n",
    ));
    has_all(
        &f,
        &[
            "Jaime Gama | is Foreign Minister of | Portugal",
            "Jorge Sampaio | is President of | Portugal",
        ],
    );
}

/// "Leo Gerard, who heads the United Steelworkers of America, said": a
/// "who" clause right after a name, which the parse read as what the
/// sentence's verb says, describes the name; not when a verb after it
/// was read as its conjunct ("said Jason Gillespie, who tore a muscle,
/// would not be fit": that verb is the sentence's).
#[test]
fn a_who_clause_read_as_a_complement_describes_the_name_before_it() {
    let f = facts(&draft(
        "Union wants talks\n\nTORONTO 1996-11-25\n\nLeo Gerard, who heads the United Steelworkers of America in Canada, said the union would seek early talks with WMC on jobs at the site.\n\nAustralia's coach Geoff Marsh said fast bowler Jason Gillespie, who tore a thigh muscle in the first test in Brisbane, would not be fit for the third test in Melbourne.\n",
    ));
    has_all(
        &f,
        &[
            "Leo Gerard | heads | United Steelworkers of America",
            "Jason Gillespie | tore in the first test in | Brisbane",
        ],
    );
}

/// "Interior Minister Jean-Louis Debre … Debre told France-Info radio": a
/// person's surname alone is the person when the full name had a title
/// before it (capitalised: "Minister"), and a hyphenated given name counts
/// as one word of the name.
#[test]
fn a_surname_alone_after_a_titled_full_name_is_the_person() {
    let set = draft(
        "Bombing suspect held\n\nPARIS 1996-11-25\n\nInterior Minister Jean-Louis Debre praised the arrest.\n\n\"This shows that Europe can work together against terrorism,\" Debre told France-Info radio.\n",
    );
    let debre = set
        .entities
        .iter()
        .find(|e| e.name == "Jean-Louis Debre")
        .expect("Debre");
    assert!(debre.aliases.iter().any(|a| a == "Debre"), "{debre:#?}");
    has_all(&facts(&set), &["Jean-Louis Debre | told | France-Info"]);
}

/// "Kofi Annan, who is due to visit Beirut and Damascus next month": a
/// relative clause's verb that controls another ("due to visit") drafts
/// the controlled verb's object, planned, worded with its controller.
#[test]
fn a_relative_clause_with_a_controlled_verb_plans_the_visit() {
    let set = draft(
        "Annan calls for calm\n\nBEIRUT 1996-11-25\n\nUN Secretary-General Kofi Annan, who is due to visit Beirut and Damascus next month, has called on all sides to respect the understanding.\n",
    );
    has_all(
        &facts(&set),
        &[
            "Kofi Annan | is due to visit | Beirut",
            "Kofi Annan | is due to visit | Damascus",
        ],
    );
    assert!(set
        .facts
        .iter()
        .filter(|f| f.relation == "is due to visit")
        .all(|f| f.status == fact_explorer_core::model::Status::Planned));
}

/// "In Brussels, NATO Secretary-General Javier Solana said": a place set
/// before the speaker with "in" and a comma is where the speaker spoke.
#[test]
fn a_place_before_the_speaker_is_where_the_speaker_spoke() {
    let f = facts(&draft(
        "Solana urges calm\n\nBELGRADE 1996-11-25\n\nIn Brussels, NATO Secretary-General Javier Solana said the crisis must not be allowed to disrupt peace in Bosnia.\n",
    ));
    has_all(&f, &["Javier Solana | spoke in | Brussels"]);
    assert!(!f.iter().any(|x| x.contains("spoke in | Bosnia")), "{f:#?}");
}

/// "Tate & Lyle to buy Spain's Azucarera Ebro for 260 mln stg": a
/// headline's "to" clause that the parse hung from the name as its
/// modifier is still what the name is to do.
#[test]
fn a_headlines_to_clause_read_as_a_modifier_is_what_the_name_is_to_do() {
    let f = facts(&draft(
        "Tate & Lyle to buy Spain's Azucarera Ebro for 260 mln stg\n\nLONDON 1996-11-25\n\nBritish sugar group Tate & Lyle Plc said on Monday it had agreed to buy Azucarera Ebro.\n",
    ));
    has_all(&f, &["Tate & Lyle | is to buy | Azucarera Ebro"]);
}

/// "Jalabert and Swiss Alex Zulle would share the leadership": a people's
/// word, a given name and a rare word after it are a person, whatever the
/// tagger read (not "German Christian Democrat", whose last word is common).
#[test]
fn a_peoples_word_and_a_given_name_open_a_persons_name() {
    let set = draft(
        "Jalabert wins\n\nHUY, Belgium 1996-04-17\n\nONCE team director Manolo Saiz said Jalabert and Swiss Alex Zulle would share the leadership of the team in July. The committee's chairman, German Christian Democrat Reimer Boege, has threatened to table a censure motion.\n",
    );
    assert_eq!(kind(&set, "Alex Zulle"), Some(EntityKind::Person));
    assert_eq!(kind(&set, "Swiss Alex Zulle"), None);
    assert!(
        !set.entities
            .iter()
            .any(|e| e.name.contains("Christian Democrat") && e.kind == EntityKind::Person),
        "{:#?}",
        set.entities
    );
}

/// "Brazil's Organizacoes Globo … Globo gives it a local face": one word
/// that ends one body's name, read alone as a person, is that body.
#[test]
fn the_last_word_of_a_bodys_name_alone_is_the_body() {
    let set = draft(
        "Telefonica teams up\n\nMADRID 1996-11-25\n\nBrazil's Organizacoes Globo, the media group controlled by Roberto Marinho, will take 20 percent of the venture.\n\nGlobo, which is based in Rio de Janeiro, owns TV Globo, Brazil's biggest television network.\n\n\"Telefonica has the experience from Argentina and Chile, and Globo gives it a local face,\" said Luis Ortega, telecoms analyst at Banco Santander in Madrid.\n",
    );
    assert_eq!(kind(&set, "Globo"), None, "{:#?}", set.entities);
    let globo = set
        .entities
        .iter()
        .find(|e| e.name == "Organizacoes Globo")
        .expect("the body");
    assert!(globo.aliases.iter().any(|a| a == "Globo"), "{globo:#?}");
}

/// "Laurentian's main asset is the Thompson Bay deposit": a name ending in
/// a natural feature's word ("Bay", "River") with no given name before it
/// is a place, whatever the tagger read.
#[test]
fn a_name_ending_in_a_natural_feature_is_a_place() {
    let set = draft(
        "WMC bids for Laurentian\n\nTORONTO 1996-11-25\n\nLaurentian's main asset is the Thompson Bay deposit in northern Manitoba. Thompson Bay holds nickel.\n",
    );
    assert_ne!(kind(&set, "Thompson Bay"), Some(EntityKind::Person));
}

/// "Jyoti Basu, the chief minister of West Bengal … Basu, 82, is a
/// veteran": a surname alone is the person when the tagger was sure the
/// full name of two rare words was a person's, though no list knows them.
#[test]
fn a_surname_alone_after_a_sure_full_name_of_rare_words_is_the_person() {
    let set = draft(
        "India's United Front hunts for new leader\n\nNEW DELHI 1996-11-25\n\nForeign Minister I.K. Gujral and Finance Minister P. Chidambaram have been mentioned as possible successors, along with Jyoti Basu, the chief minister of West Bengal.\n\nBasu, 82, is a veteran of the Communist Party of India-Marxist (CPI-M), which barred him from taking the post when it was offered to him last year.\n",
    );
    let basu = set
        .entities
        .iter()
        .find(|e| e.name == "Jyoti Basu")
        .expect("Basu");
    assert!(
        basu.aliases.iter().any(|a| a == "Basu"),
        "{:#?}",
        set.entities
    );
}

/// "Australia's WMC Ltd said … an application from WMC.": the first word
/// of one body's name, alone after it and before a stop or a verb, is the
/// body; before a noun it is an adjective ("American officials" after
/// "American Airlines").
#[test]
fn the_first_word_of_a_bodys_name_alone_before_a_verb_is_the_body() {
    let set = draft(
        "WMC to buy Laurentian Nickel\n\nTORONTO 1996-11-25\n\nAustralia's WMC Ltd said on Thursday it had agreed to buy Laurentian Nickel Corp of Toronto.\n\nCanadian Industry Minister John Manley said in Ottawa that he had not yet received an application from WMC.\n\nAmerican Airlines flies to Tokyo. American officials said talks would go on.\n",
    );
    let wmc = set
        .entities
        .iter()
        .find(|e| e.name.starts_with("WMC"))
        .expect("WMC");
    assert!(wmc.mentions.len() >= 3, "{:#?}", set.entities);
    let american = set
        .entities
        .iter()
        .find(|e| e.name == "American Airlines")
        .expect("American Airlines");
    assert_eq!(american.mentions.len(), 1, "{american:#?}");
}

/// A body's name that ran into a person's ("University of Texas Arlington
/// Amneh Jafari") lends neither the person's surname alone nor its last
/// word to the body ("Jafari said she felt…" stays a person).
#[test]
fn a_bodys_name_run_into_a_persons_does_not_take_the_surname() {
    let set = draft(
        "Clock maker\n\nIRVING, Texas 2015-09-16\n\nThe boy was arrested. \"It is unjust,\" said professor of University of Texas Arlington Amneh Jafari.\n\nJafari said she felt the arrest was unjust.\n",
    );
    assert!(
        !set.entities
            .iter()
            .any(|e| e.kind == EntityKind::Organisation && e.aliases.iter().any(|a| a == "Jafari")),
        "{:#?}",
        set.entities
    );
}

/// "the state-owned Corporacion Venezolana de Guayana", "Petroleos de
/// Venezuela": a name opened by a head-first body's word ("Corporacion",
/// "Banco", "Petroleos") is one body's, through its "de", whatever the
/// tagger read (nothing after "the"; a bank and a country; a person).
#[test]
fn a_name_opened_by_a_head_first_bodys_word_is_one_body() {
    let set = draft(
        "Court suspends contract\n\nCARACAS 1997-06-10\n\nPlacer Dome, which holds a 70 percent stake in the project in partnership with the state-owned Corporacion Venezolana de Guayana (CVG), said it would appeal.\n\nThe deal was signed by Petroleos de Venezuela and the Banco Central de Venezuela on Monday.\n",
    );
    for name in [
        "Corporacion Venezolana de Guayana",
        "Petroleos de Venezuela",
        "Banco Central de Venezuela",
    ] {
        let e = set
            .entities
            .iter()
            .find(|e| e.name == name)
            .unwrap_or_else(|| panic!("{name}: {:#?}", set.entities));
        assert_eq!(e.kind, EntityKind::Organisation, "{e:#?}");
    }
}

/// "Kisangani, Zaire's third largest city", "Tanzania's Kigoma region": a
/// place's common noun, owned by one place and said of another, puts the
/// second in the first.
#[test]
fn a_places_common_noun_owned_by_a_place_puts_it_there() {
    let set = draft(
        "Rebels advance\n\nKINSHASA 1996-11-25\n\nThe Zairean army is regrouping in Kisangani, Zaire's third largest city, military sources said.\n\nMore than 150,000 Burundian refugees had crossed into Tanzania's Kigoma region since July.\n",
    );
    let facts = facts(&set);
    for fact in ["Kisangani | is in | Zaire", "Kigoma | is in | Tanzania"] {
        assert!(facts.iter().any(|f| f == fact), "{fact}: {facts:#?}");
    }
}

/// "an aviation analyst at the Centre for Asia Pacific Aviation in Sydney"
/// (a centre "for" something is a body, not a place) and "Nethold, a
/// pay-TV group based in Amsterdam" (the description's hyphenated word has
/// capitals): where each body is.
#[test]
fn a_centre_for_something_and_a_hyphenated_description_are_placed() {
    let set = draft(
        "Airbus order\n\nSYDNEY 1996-11-25\n\n\"Airbus has been knocking on this door for ten years,\" said Peter Harbison, an aviation analyst at the Centre for Asia Pacific Aviation in Sydney.\n\nCanal Plus took control of Nethold, a pay-TV group based in Amsterdam, in September.\n",
    );
    assert_eq!(
        kind(&set, "Centre for Asia Pacific Aviation"),
        Some(EntityKind::Organisation)
    );
    let facts = facts(&set);
    for fact in [
        "Centre for Asia Pacific Aviation | is in | Sydney",
        "Nethold | is based in | Amsterdam",
    ] {
        assert!(facts.iter().any(|f| f == fact), "{fact}: {facts:#?}");
    }
}

/// "Vesna Pesic of the Civic Alliance of Serbia told a crowd…": two rare
/// words no list knows, opening the sentence, before "of" and a body's
/// name, are a person (the tagger found nothing there); and a body's name
/// ending in its head word takes "of" and the listed place after it.
#[test]
fn two_unlisted_words_before_of_and_a_body_are_a_person() {
    let set = draft(
        "Protest goes on\n\nBELGRADE 1996-12-09\n\nVesna Pesic of the Civic Alliance of Serbia told a crowd in Belgrade that the team would report.\n",
    );
    assert_eq!(kind(&set, "Vesna Pesic"), Some(EntityKind::Person));
    assert_eq!(
        kind(&set, "Civic Alliance of Serbia"),
        Some(EntityKind::Organisation)
    );
}

/// "opposition leader Cuauhtemoc Cardenas of the Party of the Democratic
/// Revolution (PRD)": a body's head word alone after "the", then "of" and
/// capitalised words, is one body's name, headed first.
#[test]
fn a_head_word_after_the_and_before_of_opens_a_bodys_name() {
    let set = draft(
        "Cardoso visits Mexico\n\nMEXICO CITY 1996-12-09\n\nHe is also expected to meet opposition leader Cuauhtemoc Cardenas of the Party of the Democratic Revolution (PRD) before flying to Monterrey on Thursday.\n",
    );
    assert_eq!(
        kind(&set, "Party of the Democratic Revolution"),
        Some(EntityKind::Organisation),
        "{:#?}",
        set.entities
    );
}

/// "Benali's lawyer, Luc Vermeulen, said … \"…,\" Vermeulen told
/// Reuters.": a role before the comma vouches for the name as a title
/// would, so the surname alone is the person.
#[test]
fn a_role_before_a_comma_vouches_for_the_surname_alone() {
    let set = draft(
        "Belgium to extradite suspect\n\nBRUSSELS 1996-11-25\n\nPolice arrested Karim Benali on Monday. Benali's lawyer, Luc Vermeulen, said his client had never been to Paris and would fight extradition. \"My client was in Antwerp on the day of the attack and we have witnesses,\" Vermeulen told Reuters.\n",
    );
    assert!(
        facts(&set)
            .iter()
            .any(|f| f == "Luc Vermeulen | told | Reuters"),
        "{:#?}",
        facts(&set)
    );
}

/// "told reporters in Cologne": a town news names in English, which the
/// city list names in its own language, is a place where the tagger found
/// nothing.
#[test]
fn an_english_name_of_a_town_is_a_place() {
    let set = draft(
        "Union threatens strikes\n\nFRANKFURT 1996-11-27\n\nIts president Werner Stumpfe told reporters in Cologne that the threats were irresponsible.\n",
    );
    assert_eq!(
        kind(&set, "Cologne"),
        Some(EntityKind::City),
        "{:#?}",
        set.entities
    );
}

/// "has refused to resign and told a rally in Bangalore": a verb in the
/// past joined to the bare verb "refused" controls is told, not refused,
/// and worded without "has refused to".
#[test]
fn a_past_verb_joined_to_a_refused_one_is_stated() {
    let set = draft(
        "Gowda refuses to quit\n\nNEW DELHI 1997-03-31\n\nDeve Gowda, a former chief minister of Karnataka, has refused to resign and told a rally in Bangalore on Tuesday that he would face the vote on April 11.\n",
    );
    let f = set
        .facts
        .iter()
        .find(|f| f.relation.contains("rally"))
        .unwrap_or_else(|| panic!("{:#?}", facts(&set)));
    assert_eq!(f.relation, "told a rally in");
    assert_eq!(f.status, fact_explorer_core::model::Status::Stated);
}

/// "warning strikes at Daimler-Benz AG" found from "Benz AG" on: the
/// capitalised word before the hyphen opens the name; "IG Metall", a
/// German industrial union, is a body, not a person.
#[test]
fn a_hyphenated_company_name_is_whole_and_ig_opens_a_union() {
    let set = draft(
        "IG Metall threatens Daimler-Benz with strikes\n\nFRANKFURT 1996-11-27\n\nGermany's IG Metall engineering union called on Wednesday for warning strikes at Daimler-Benz AG and other engineering companies next week.\n",
    );
    let daimler = set
        .entities
        .iter()
        .find(|e| e.name.starts_with("Daimler-Benz"))
        .unwrap_or_else(|| panic!("{:#?}", set.entities));
    assert!(
        daimler
            .aliases
            .iter()
            .chain([&daimler.name])
            .any(|a| a == "Daimler-Benz AG"),
        "{daimler:#?}"
    );
    assert!(
        !set.entities.iter().any(|e| e.name.starts_with("Benz")),
        "{:#?}",
        set.entities
    );
    assert_eq!(kind(&set, "IG Metall"), Some(EntityKind::Organisation));
}

/// "Yastrzhembsky told ITAR-TASS": two runs of capitals joined by a
/// hyphen, on a line not in capitals, are a body's name.
#[test]
fn capitals_joined_by_a_hyphen_are_a_bodys_name() {
    let set = draft(
        "Yeltsin at work\n\nMOSCOW 1996-12-09\n\nKremlin spokesman Sergei Yastrzhembsky said Yeltsin had approved the removal. \"He works with documents every day,\" Yastrzhembsky told ITAR-TASS.\n",
    );
    assert_eq!(kind(&set, "ITAR-TASS"), Some(EntityKind::Organisation));
    assert!(
        facts(&set)
            .iter()
            .any(|f| f == "Sergei Yastrzhembsky | told | ITAR-TASS"),
        "{:#?}",
        facts(&set)
    );
}

/// "its American rival Boeing Co. … a Boeing spokesman said": a company's
/// one-word name that the text gave with its legal form is the company
/// wherever the text writes it, though the word is a common one.
#[test]
fn a_companys_name_given_with_its_legal_form_spreads_alone() {
    let set = draft(
        "Turkish Airlines picks Airbus\n\nISTANBUL 1996-12-12\n\nTurkish Airlines signed an order on Thursday for 12 aircraft from Airbus Industrie, choosing the European consortium over its American rival Boeing Co.\n\n\"We are disappointed,\" a Boeing spokesman said in Seattle.\n",
    );
    let boeing = set
        .entities
        .iter()
        .find(|e| e.name.starts_with("Boeing"))
        .unwrap_or_else(|| panic!("{:#?}", set.entities));
    assert!(boeing.mentions.len() >= 2, "{boeing:#?}");
}

/// "The United States special Middle East coordinator" read as one name
/// (by the tagger, in wire story 87's context): a lower-case word inside
/// that joins no name's parts ("special", not "of" or "es" of "Dar es
/// Salaam") parts two names.
#[test]
fn a_lower_case_word_inside_a_name_parts_it() {
    let story = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../benches/draft/wire/87.txt"),
    )
    .expect("wire story 87");
    let lines: Vec<&str> = story.lines().collect();
    let text = format!(
        "{}\n{}\nTalks were held in Dar es Salaam.\n",
        lines[..3].join("\n"),
        lines[8..25].join("\n")
    );
    let set = draft(&text);
    assert!(
        !set.entities.iter().any(|e| e.name.contains("special")),
        "{:#?}",
        set.entities
    );
    assert_eq!(kind(&set, "Middle East"), Some(EntityKind::Region));
    assert_eq!(kind(&set, "Dar es Salaam"), Some(EntityKind::City));
}

/// "Canadian Industry Minister John Manley, who is responsible for
/// Investment Canada, said in Ottawa that…": the parse hung "said" inside
/// the relative clause; it is the sentence's verb, the titled name its
/// subject, so he spoke in Ottawa.
#[test]
fn a_speech_verb_after_a_relative_clause_is_the_sentences() {
    let set = draft(
        "WMC bids for Laurentian\n\nTORONTO 1996-11-25\n\nCanadian Industry Minister John Manley, who is responsible for Investment Canada, said in Ottawa that he had not yet received an application from WMC and would not comment on the bid.\n",
    );
    assert!(
        facts(&set)
            .iter()
            .any(|f| f == "John Manley | spoke in | Ottawa"),
        "{:#?}",
        facts(&set)
    );
}

/// "Massoud Barzani … said in Salahuddin that…": the capitalised word after
/// a verb of speech and "in" is where it was said, a place, though no list
/// has it; not a month ("said in January").
#[test]
fn a_capitalised_word_after_said_in_is_a_place() {
    let set = draft(
        "Kurds agree\n\nBAGHDAD 1996-11-25\n\nMassoud Barzani, leader of the Kurdistan Democratic Party (KDP), said in Salahuddin that the Kurds would work with the UN observers. He said in January that talks would go on.\n",
    );
    assert_eq!(
        kind(&set, "Salahuddin").map(|k| k.is_place()),
        Some(true),
        "{:#?}",
        set.entities
    );
    assert!(!kind(&set, "January").is_some_and(|k| k.is_place()));
    assert!(
        facts(&set)
            .iter()
            .any(|f| f == "Massoud Barzani | spoke in | Salahuddin"),
        "{:#?}",
        facts(&set)
    );
}

/// "Laurent Jalabert (France) ONCE 5 hours…", "Johan Museeuw (Belgium)
/// Mapei-GB 15": on a results line the capitalised words between the
/// bracketed country and the time are the rider's team, a body (the tagger
/// found nothing, or a person), and the rider competes for it; the
/// hyphenated name is the team wherever the story writes it.
#[test]
fn the_name_after_a_bracketed_country_on_a_results_line_is_the_team() {
    let set = draft(
        "Jalabert wins Fleche Wallonne\n\nHUY, Belgium 1997-04-16\n\nVandenbroucke, who rides for Mapei-GB, faded on the climb. Italian Michele Bartoli was second.\n\nLeading results:\n1. Laurent Jalabert (France) ONCE 5 hours 12 minutes 4 seconds\n2. Michele Bartoli (Italy) Mapei-GB 15\n",
    );
    let facts = facts(&set);
    for fact in [
        "Laurent Jalabert | competes for | ONCE",
        "Michele Bartoli | competes for | Mapei-GB",
    ] {
        assert!(facts.iter().any(|f| f == fact), "{fact}: {facts:#?}");
    }
    let team = set
        .entities
        .iter()
        .find(|e| e.name == "Mapei-GB")
        .unwrap_or_else(|| panic!("{:#?}", set.entities));
    assert_eq!(team.kind, EntityKind::Organisation);
    assert_eq!(team.mentions.len(), 2, "{team:#?}");
}

/// Match reports: "beat Nottingham Forest 4-0 at Old Trafford", "a 2-0 win
/// over Derby County at Highbury", "by beating Celtic 3-1 at Ibrox": the
/// place after the result is where both teams played (the venue the tagger
/// missed is found after the score), the subject of a clause whose result
/// is a win is a team whatever the tagger read ("Arsenal" a region,
/// "Rangers" a person), and a common word between a result and its score
/// is the beaten team ("Celtic"), here and elsewhere in the story.
#[test]
fn teams_in_a_result_played_at_the_place_after_it() {
    let set = draft(
        "Arsenal go top\n\nLONDON 1996-11-30\n\nArsenal went top of the English premier league on Saturday after a 2-0 win over Derby County at Highbury, while leaders Liverpool were held 1-1 by Newcastle United at Anfield.\n\nManchester United beat Nottingham Forest 4-0 at Old Trafford.\n\nIn Scotland, Rangers extended their lead to seven points by beating Celtic 3-1 at Ibrox.\n\nCeltic manager Tommy Burns said his team had been let down by poor defending.\n",
    );
    let drafted = facts(&set);
    for fact in [
        "Arsenal | played at | Highbury",
        "Derby County | played at | Highbury",
        "Liverpool | played at | Anfield",
        "Newcastle United | played at | Anfield",
        "Manchester United | played at | Old Trafford",
        "Nottingham Forest | played at | Old Trafford",
        "Rangers | played at | Ibrox",
        "Celtic | played at | Ibrox",
        "Tommy Burns | is manager of | Celtic",
    ] {
        assert!(drafted.iter().any(|f| f == fact), "{fact}: {drafted:#?}");
    }
    for team in ["Arsenal", "Rangers", "Celtic"] {
        assert_eq!(kind(&set, team), Some(EntityKind::Organisation), "{team}");
    }
    assert!(kind(&set, "Old Trafford").is_some_and(|k| k.is_place()));
    // (Not talks: no score, no match.)
    let set = draft(
        "Talks on trade\n\nGENEVA 1996-12-05\n\nGermany held talks with France at Geneva on Monday.\n",
    );
    assert!(
        !facts(&set).iter().any(|f| f.contains("played at")),
        "{:#?}",
        facts(&set)
    );
    // (Not a transfer: "beating Borussia Dortmund to a player who starred
    // at Euro 96".)
    let set = draft(
        "Villa sign Rehak\n\nLONDON 1996-12-06\n\nAston Villa signed Czech international midfielder Tomas Rehak from Sparta Prague on Friday, beating Germany's Borussia Dortmund to a player who starred at Euro 96.\n",
    );
    assert!(
        !facts(&set).iter().any(|f| f.contains("played at")),
        "{:#?}",
        facts(&set)
    );
}

/// "Eric Lindros scored twice as the Philadelphia Flyers beat the New York
/// Rangers 3-1", "Brazilian striker Ronaldo scored twice as Barcelona came
/// from behind to beat Real Betis": a scorer, and a clause opened by "as"
/// whose subject is a team, say whom the player scored for.
#[test]
fn a_scorer_scored_for_the_team_of_the_as_clause() {
    let set = draft(
        "Flyers beat Rangers\n\nPHILADELPHIA 1996-12-05\n\nEric Lindros scored twice as the Philadelphia Flyers beat the New York Rangers 3-1 at the CoreStates Center.\n",
    );
    let drafted = facts(&set);
    assert!(
        drafted
            .iter()
            .any(|f| f == "Eric Lindros | scored for | Philadelphia Flyers"),
        "{drafted:#?}"
    );
    assert!(!drafted.iter().any(|f| f.contains("scored for | New York")));
    let story = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../benches/draft/wire/07.txt"
    ))
    .expect("wire story 07");
    let drafted = facts(&draft(&story));
    assert!(
        drafted
            .iter()
            .any(|f| f == "Ronaldo | scored for | Barcelona"),
        "{drafted:#?}"
    );
}

/// "Hubertus Schmoldt, chairman of the German chemical workers' union IG
/// Chemie, said…" then "…," Schmoldt told the Frankfurter Rundschau
/// newspaper": a role after the comma vouches for the name, so the
/// surname alone is the person; and "told the mass-circulation daily Bild"
/// told the paper named after the words that describe it.
#[test]
fn a_role_after_the_comma_vouches_for_the_surname_and_the_paper_told_is_named_after_its_description(
) {
    let set = draft(
        "Union warns Rhenania\n\nFRANKFURT 1997-03-12\n\nHubertus Schmoldt, chairman of the German chemical workers' union IG Chemie, said the union would fight any compulsory redundancies.\n\n\"The workers are being asked to pay for a merger that was planned without them,\" Schmoldt told the Frankfurter Rundschau newspaper.\n\n\"Nobody gains from strikes,\" Labour Minister Norbert Bluem told the mass-circulation daily Bild.\n",
    );
    let drafted = facts(&set);
    for fact in [
        "Hubertus Schmoldt | told | Frankfurter Rundschau",
        "Norbert Bluem | told | Bild",
    ] {
        assert!(drafted.iter().any(|f| f == fact), "{fact}: {drafted:#?}");
    }
    let schmoldt = set
        .entities
        .iter()
        .find(|e| e.name == "Hubertus Schmoldt")
        .unwrap_or_else(|| panic!("{:#?}", set.entities));
    assert_eq!(schmoldt.mentions.len(), 2, "{schmoldt:#?}");
}

/// "Tate & Lyle, which already owns starch maker Amylum in Belgium": the
/// relative clause hangs from a word of the name below its head ("Lyle"
/// under "Tate"), and the path starts there; not into a relative clause
/// with no relative word, which a misparse hangs from a name ("Rasheed,
/// who attended the talks, said Baghdad would load its first tanker at
/// Ceyhan": Rasheed loads no tanker).
#[test]
fn a_relative_clause_on_a_later_word_of_a_name_is_the_names() {
    let set = draft(
        "Tate results\n\nLONDON 1996-12-05\n\nTate & Lyle, which already owns starch maker Amylum in Belgium, last week reported a nine percent fall in annual pretax profit to 241 million pounds.\n",
    );
    let drafted = facts(&set);
    assert!(
        drafted.iter().any(|f| f == "Tate & Lyle | owns | Amylum"),
        "{drafted:#?}"
    );
    // (Its evidence holds the whole name, not "Lyle" on.)
    let owns = set
        .facts
        .iter()
        .find(|f| f.relation == "owns")
        .expect("the fact");
    assert!(
        owns.evidence[0].text.starts_with("Tate & Lyle"),
        "{:?}",
        owns.evidence
    );
    let set = draft(
        "Iraq to load oil\n\nVIENNA 1996-11-28\n\nIraq's Oil Minister Amir Mohammed Rasheed, who attended the OPEC talks as an observer, said Baghdad would load its first tanker at Ceyhan in Turkey within days.\n",
    );
    let drafted = facts(&set);
    assert!(
        !drafted
            .iter()
            .any(|f| f.starts_with("Amir Mohammed Rasheed | would load")),
        "{drafted:#?}"
    );
}

/// "Senate Majority Leader Trent Lott of Mississippi said…", read whole by
/// the tagger as one body's name: a body, a title, a person opening with a
/// listed given name and "of" a listed place are a body, a person and a
/// place, and the person is of the body and from the place.
#[test]
fn a_titled_person_read_into_a_bodys_name_is_split_out() {
    let set = draft(
        "Senate to vote on Pena\n\nWASHINGTON 1997-01-20\n\nSenate Majority Leader Trent Lott of Mississippi said he would not try to delay a vote on Pena.\n",
    );
    let drafted = facts(&set);
    assert_eq!(
        kind(&set, "Trent Lott"),
        Some(EntityKind::Person),
        "{:#?}",
        set.entities
    );
    assert!(
        drafted
            .iter()
            .any(|f| f == "Trent Lott | is from | Mississippi"),
        "{drafted:#?}"
    );
    assert!(
        drafted
            .iter()
            .any(|f| f.starts_with("Trent Lott | is Majority Leader of | Senate")),
        "{drafted:#?}"
    );
}

/// "ONCE team director Manolo Saiz said Jalabert and Swiss Alex Zulle
/// would share the leadership": a people's word right before a person's
/// name says where the person is from, however the parse hangs the word.
#[test]
fn a_peoples_word_touching_a_persons_name_is_the_persons() {
    let set = draft(
        "Jalabert wins\n\nHUY, Belgium 1997-04-16\n\nONCE team director Manolo Saiz said Jalabert and Swiss Alex Zulle would share the leadership of the team in July.\n",
    );
    let drafted = facts(&set);
    assert!(
        drafted
            .iter()
            .any(|f| f == "Alex Zulle | is from | Switzerland"),
        "{drafted:#?}"
    );
}

/// "Airbus, which is owned by Aerospatiale of France, Daimler-Benz
/// Aerospace of Germany, British Aerospace and CASA of Spain": three names
/// or more with commas between and "and" before the last are one list,
/// each a conjunct of the first, whatever the parse made of them (an
/// apposition, a conjunct of the verb), so each owns Airbus (the tagger
/// does not find "British Aerospace" here); a name's own
/// "of" place stays its own. Not a people's word before its people ("Two
/// Albanians, Ilir Hoxha and Gezim Leka"), nor a town and its region
/// (the Chicago test above).
#[test]
fn names_in_a_list_are_conjuncts_of_the_first() {
    let set = draft(
        "Airbus wins order\n\nSINGAPORE 1996-12-05\n\nSingapore Airlines ordered jets from Airbus Industrie on Thursday.\n\nAnalysts said the deal was a coup for Airbus, which is owned by Aerospatiale of France, Daimler-Benz Aerospace of Germany, British Aerospace and CASA of Spain.\n",
    );
    let drafted = facts(&set);
    for owner in ["Aerospatiale", "Daimler-Benz Aerospace", "CASA"] {
        let fact = format!("Airbus Industrie | is owned by | {owner}");
        let active = format!("{owner} | owns | Airbus Industrie");
        assert!(
            drafted.contains(&fact) || drafted.contains(&active),
            "{fact}: {drafted:#?}"
        );
    }
    assert!(
        !drafted.contains(&"Daimler-Benz Aerospace | is from | France".to_string()),
        "{drafted:#?}"
    );
    let set = draft(
        "Albanians held\n\nATHENS 1996-12-05\n\nTwo Albanians, Ilir Hoxha and Gezim Leka, were arrested on suspicion of robbing a branch of Ionian Bank in the northern port city of Thessaloniki.\n",
    );
    let drafted = facts(&set);
    for person in ["Ilir Hoxha", "Gezim Leka"] {
        let fact = format!("{person} | is from | Albania");
        assert!(drafted.contains(&fact), "{fact}: {drafted:#?}");
    }
}

/// "Shipowner Vardis Vardinoyannis, who heads the Motor Oil Hellas
/// refining group": capitalised words the tagger took for no name, after
/// "the" and before the word for a company (one lower-case word between),
/// are the company's name; not a listed place's ("the Athens football
/// club") nor an adjective ("the European consortium").
#[test]
fn capitalised_words_before_a_word_for_a_company_name_it() {
    let set = draft(
        "Shipowner buys stake\n\nATHENS 1996-12-05\n\nShipowner Vardis Vardinoyannis, who heads the Motor Oil Hellas refining group, has bought a 10 percent stake in the Athens football club Panathinaikos, Ethnos said.\n\nJean Pierson heads the European consortium from its base in Toulouse.\n",
    );
    let drafted = facts(&set);
    assert_eq!(
        kind(&set, "Motor Oil Hellas"),
        Some(EntityKind::Organisation)
    );
    assert!(
        drafted
            .iter()
            .any(|f| f == "Vardis Vardinoyannis | heads | Motor Oil Hellas"),
        "{drafted:#?}"
    );
    assert_eq!(kind(&set, "Athens"), Some(EntityKind::City));
    assert_eq!(kind(&set, "European"), None, "{:#?}", set.entities);
}

/// "Portugal Telecom, whose headquarters are in Lisbon": where a body is
/// based, from the words.
#[test]
fn whose_headquarters_are_in_says_where_a_body_is_based() {
    let set = draft(
        "Telefonica buys stake\n\nMADRID 1996-12-05\n\nPortugal Telecom, whose headquarters are in Lisbon, already owns a small stake in the company.\n",
    );
    let drafted = facts(&set);
    assert!(
        drafted
            .iter()
            .any(|f| f == "Portugal Telecom | is based in | Lisbon"),
        "{drafted:#?}"
    );
}

/// "a five-year deal with Universal Studios": a capitalised run ending in
/// a word for a film or broadcasting company is one company's name, though
/// the tagger read its first word as an adjective.
#[test]
fn film_and_broadcasting_companies_are_named_by_their_last_word() {
    let set = draft(
        "Canal Plus signs deal\n\nPARIS 1996-12-12\n\nCanal Plus said on Thursday it had signed a five-year deal with Universal Studios for exclusive rights to its films.\n",
    );
    assert_eq!(
        kind(&set, "Universal Studios"),
        Some(EntityKind::Organisation),
        "{:#?}",
        set.entities
    );
}

/// "the Conseil Superieur de l'Audiovisuel (CSA)", "the Garante per la
/// Radiodiffusione e l'Editoria": a council's or a regulator's name in its
/// own language, head first, runs through its particles and its elided
/// articles.
#[test]
fn head_first_councils_run_through_elided_articles() {
    let set = draft(
        "Regulators wait\n\nPARIS 1996-12-12\n\nIn France, the Conseil Superieur de l'Audiovisuel has not yet approved the contract.\n\nThe purchase needs the approval of the Garante per la Radiodiffusione e l'Editoria, the broadcasting regulator in Rome.\n",
    );
    assert_eq!(
        kind(&set, "Conseil Superieur de l'Audiovisuel"),
        Some(EntityKind::Organisation),
        "{:#?}",
        set.entities
    );
    assert_eq!(
        kind(&set, "Garante per la Radiodiffusione e l'Editoria"),
        Some(EntityKind::Organisation),
        "{:#?}",
        set.entities
    );
}

/// "John Ing, an analyst at Maison Placements Canada in Toronto": where a
/// person of a role works is a body, though a listed country ends its name.
#[test]
fn where_an_analyst_works_is_a_body_not_a_region() {
    let set = draft(
        "Ruling worries miners\n\nTORONTO 1996-12-12\n\nJohn Ing, an analyst at Maison Placements Canada in Toronto, said the ruling would worry other companies.\n\nShe is a professor at Oxford.\n",
    );
    assert_eq!(
        kind(&set, "Maison Placements Canada"),
        Some(EntityKind::Organisation),
        "{:#?}",
        set.entities
    );
    assert_eq!(kind(&set, "Oxford"), Some(EntityKind::City));
}

/// "Sun Hung Kai, a Hong Kong property group": the place before the word
/// for a company describing the body is where it is based, a country or
/// region as well as a town.
#[test]
fn a_country_before_the_word_for_a_company_in_apposition_is_its_base() {
    let set = draft(
        "Bribes case\n\nMANILA 1996-12-12\n\nThe court sentenced Ernesto Dimalanta for taking bribes from Golden Tide Shipping, a Hong Kong shipping firm.\n",
    );
    let drafted = facts(&set);
    assert!(
        drafted
            .iter()
            .any(|f| f == "Golden Tide Shipping | is based in | Hong Kong"),
        "{drafted:#?}"
    );
}

/// "Chernomyrdin, who leads the pro-government Our Home Is Russia party":
/// capitalised words with "Our" and "Is" among them, before "party", are
/// one name, not a clause whose verb is "Is" (which drafted "Russia |
/// party in | Siberia").
#[test]
fn a_party_named_by_a_sentence_is_one_name() {
    let set = draft(
        "Chernomyrdin back\n\nMOSCOW 1996-12-06\n\nViktor Chernomyrdin, who leads the pro-government Our Home Is Russia party, was in Siberia on Thursday.\n",
    );
    let drafted = facts(&set);
    assert!(
        !drafted.iter().any(|f| f.starts_with("Russia |")),
        "{drafted:#?}"
    );
    assert!(
        drafted
            .iter()
            .any(|f| f == "Viktor Chernomyrdin | leads | Our Home Is Russia"),
        "{drafted:#?}"
    );
}

/// "for talks with" and the name after it, past its title, however the
/// parse hangs the name: the talks are held by the subject of the verb
/// they are for ("will travel", "is expected to arrive", "drove"), with
/// that verb's status.
#[test]
fn talks_a_journey_is_for_are_held_with_the_name_after_them() {
    let set = draft(
        "Envoys travel\n\nATHENS 1996-12-06\n\nForeign Minister Theodoros Pangalos will travel to Brussels on Thursday for talks with European Commission President Jacques Santer on Greece's objections, Kathimerini said.\n\nEuropean Union special envoy Aldo Ajello is expected to arrive in Kinshasa on Thursday for talks with Kengo wa Dondo, diplomats said.\n\nU.S. envoy Dennis Ross met Benjamin Netanyahu in Jerusalem on Thursday and then drove to Gaza for talks with Palestinian President Yasser Arafat.\n",
    );
    let found = |s: &str, o: &str| {
        set.facts.iter().find(|f| {
            let name = |id: &str| set.entity(id).map(|e| e.name.clone());
            name(&f.subject).as_deref() == Some(s)
                && matches!(&f.object, Object::Entity(x) if name(x).as_deref() == Some(o))
                && f.relation.contains("talks with")
        })
    };
    let drafted = facts(&set);
    let santer =
        found("Theodoros Pangalos", "Jacques Santer").unwrap_or_else(|| panic!("{drafted:#?}"));
    assert_eq!(format!("{:?}", santer.status), "Planned");
    let kengo = found("Aldo Ajello", "Kengo wa Dondo").unwrap_or_else(|| panic!("{drafted:#?}"));
    assert_eq!(format!("{:?}", kengo.status), "Expected");
    assert!(
        found("Dennis Ross", "Yasser Arafat").is_some(),
        "{drafted:#?}"
    );
    // Asking for talks holds none.
    let set = draft(
        "Kohl urges talks\n\nBONN 1996-12-06\n\nChancellor Helmut Kohl called for talks with Russian President Boris Yeltsin on Tuesday.\n",
    );
    let drafted = facts(&set);
    assert!(
        !drafted.iter().any(|f| f.contains("talks with")),
        "{drafted:#?}"
    );
}

/// "The agency, which is based in Geneva, plans…": a description with a
/// relative clause set off by a comma still stands for the body named
/// before (the clause picks out no other), so the clause's facts are the
/// body's.
#[test]
fn a_description_with_a_relative_clause_after_a_comma_stands_for_the_body() {
    let set = draft(
        "Floods kill hundreds\n\nNAIROBI 1996-12-06\n\nThe International Committee of the Red Cross said on Friday that floods had killed 900 people.\n\nThe agency, which is based in Geneva, plans to fly medical supplies to Kismayu on Saturday.\n",
    );
    let drafted = facts(&set);
    assert!(
        drafted
            .iter()
            .any(|f| f == "International Committee of the Red Cross | is based in | Geneva"),
        "{drafted:#?}"
    );
}

/// "Felipe Gonzalez, a former prime minister of Spain who heads a
/// fact-finding mission of the OSCE": "who" is said of a person or a
/// body, so a clause the parse hung from a place is none of the place's
/// deeds (it drafted "Spain | heads a fact finding mission of | OSCE").
#[test]
fn a_who_clause_hung_from_a_place_is_not_the_places() {
    let set = draft(
        "OSCE mission\n\nBELGRADE 1996-12-06\n\nFelipe Gonzalez, a former prime minister of Spain who heads a fact-finding mission of the Organisation for Security and Cooperation in Europe (OSCE), met President Slobodan Milosevic of Serbia on Saturday.\n\nLook at Turkey, who is knocking on the doors of the united Europe.\n",
    );
    let drafted = facts(&set);
    assert!(
        !drafted.iter().any(|f| f.starts_with("Spain |")),
        "{drafted:#?}"
    );
    // (A place the clause directly follows may be personified.)
    assert!(
        drafted
            .iter()
            .any(|f| f == "Turkey | is knocking on the doors of | Europe"),
        "{drafted:#?}"
    );
    assert!(
        drafted
            .iter()
            .any(|f| f == "Felipe Gonzalez | is former prime minister of | Spain"),
        "{drafted:#?}"
    );
}

/// "the National Council for the Defence of Democracy (CNDD) of Leonard
/// Nyangoma": a body's name with "for" after its head word runs on through
/// "of" (it was cut to "the National Council for the Defence"; "the
/// Massachusetts Institute of Technology and Colorado State University"
/// stay two), and the "of" phrase after it is the body's, not a party to
/// the verb ("Burundi would not negotiate with … Leonard Nyangoma").
#[test]
fn a_for_name_runs_through_of_and_the_of_phrase_after_a_name_is_its_own() {
    let set = draft(
        "Burundi talks\n\nARUSHA 1996-12-06\n\nRukingama said Burundi would not negotiate with the National Council for the Defence of Democracy (CNDD) of Leonard Nyangoma.\n\nHe studied at the Massachusetts Institute of Technology and Colorado State University.\n",
    );
    let drafted = facts(&set);
    assert!(
        kind(&set, "National Council for the Defence of Democracy").is_some(),
        "{:#?}",
        set.entities
    );
    assert!(kind(&set, "Colorado State University").is_some());
    assert!(
        links(
            &drafted,
            "Burundi |",
            "| National Council for the Defence of Democracy"
        ),
        "{drafted:#?}"
    );
    assert!(
        !links(&drafted, "Burundi |", "Leonard Nyangoma"),
        "{drafted:#?}"
    );
}

/// Market reports: a company's shares, a price's move, a figure, then "in"
/// and a city (or "In Tokyo," before the sentence): the shares trade
/// there, for each company of the sentence.
#[test]
fn a_share_price_move_in_a_city_says_where_the_shares_trade() {
    let set = draft(
        "Tate buys Ebro\n\nLONDON 1996-12-06\n\nTate & Lyle Plc said on Monday it had agreed to buy Azucarera Ebro from Ebro Agricolas SA.\n\nTate & Lyle shares rose 12 pence to 468p in London, while Ebro Agricolas gained 4.5 percent to 2,140 pesetas in Madrid.\n\nIn Tokyo, Toyota Motor Corp shares fell 30 yen to 3,050 yen.\n\nThe company said it had sold 20 percent of its shares in 1995 in London.\n",
    );
    let drafted = facts(&set);
    for f in [
        "Tate & Lyle Plc | shares traded in | London",
        "Ebro Agricolas SA | shares traded in | Madrid",
        "Toyota Motor Corp | shares traded in | Tokyo",
    ] {
        assert!(drafted.iter().any(|d| d == f), "{f}: {drafted:#?}");
    }
    assert_eq!(
        drafted
            .iter()
            .filter(|d| d.contains("shares traded in"))
            .count(),
        3,
        "{drafted:#?}"
    );
}

/// A company described by its country's or town's word and the words for a
/// company, before its name or in apposition after it: the company is
/// based there. "and" may join two of the words; the noun that ends the
/// phrase is the one that must be a word for a company.
#[test]
fn a_company_described_by_a_nationality_or_a_town_is_based_there() {
    let set = draft(
        "Carlton bids for Yorkshire\n\nLONDON 1996-12-06\n\nCarlton Communications Plc, the British television and film services group, reported an 18 percent rise in annual pretax profit on Tuesday.\n\nBritish sugar and starch group Tate & Lyle Plc said on Monday it had agreed to buy Azucarera Ebro.\n\nFerri is the former sales director of Farmaceutici Partenope, a Naples drug distributor which was declared bankrupt in 1994.\n\nBoeing, a Seattle landmark, said it would hire.\n",
    );
    let drafted = facts(&set);
    has_all(
        &drafted,
        &[
            "Carlton Communications Plc | is based in | Britain",
            "Tate & Lyle Plc | is based in | Britain",
            "Farmaceutici Partenope | is based in | Naples",
        ],
    );
    assert!(
        !drafted
            .iter()
            .any(|d| d.starts_with("Boeing | is based in")),
        "{drafted:#?}"
    );
}

/// A name the tagger is sure of, unsure only whether a person's or a
/// place's ("Sergei" of "Sergei Fedorov scored twice", a hair between the
/// two), is kept, and the rules after it type it: it was dropped.
#[test]
fn a_name_sure_to_be_one_but_not_of_which_kind_is_kept() {
    let set = draft(
        "Fedorov helps Detroit\n\nDETROIT 1996-12-06\n\nSergei Fedorov scored twice for Detroit Red Wings, including a power-play goal.\n",
    );
    assert_eq!(kind(&set, "Sergei Fedorov"), Some(EntityKind::Person));
    has_all(
        &facts(&set),
        &["Sergei Fedorov | scored for | Detroit Red Wings"],
    );
}

/// One rare word the tagger is sure is a name but not of which kind, that
/// the article never writes in lower case, is kept too ("Buyoya, a Tutsi,
/// first ruled Burundi"); a common word is not.
#[test]
fn one_rare_word_sure_to_be_a_name_is_kept() {
    let set = draft(
        "Nyerere tells Buyoya sanctions will stay until Burundi talks begin\n\nARUSHA, Tanzania 1996-10-08\n\nFormer Tanzanian President Julius Nyerere said on Tuesday that regional sanctions would not be lifted until the country's military ruler, Major Pierre Buyoya, agreed to unconditional talks with Hutu rebels.\n\nBuyoya, a Tutsi, first ruled Burundi from 1987 to 1993, when he handed power to Melchior Ndadaye, the country's first Hutu president.\n",
    );
    has_all(
        &facts(&set),
        &[
            "Pierre Buyoya | ruled | Burundi",
            "Pierre Buyoya | handed power to | Melchior Ndadaye",
        ],
    );
}

/// A name the tagger took for a place no list knows, right before ", who"
/// (or ", 22, who"), is a person's: places take "which" or "where". A
/// listed place or a body before "who" (sports copy's "Real Madrid, who
/// beat Valencia") keeps its kind.
#[test]
fn a_place_no_list_knows_before_who_is_a_person() {
    let set = draft(
        "Jalabert wins Fleche Wallonne\n\nHUY, Belgium 1996-04-17\n\nVandenbroucke, 22, who rides for Mapei-GB, faded on the climb and finished fifth.\n\nJalabert, who rides for the Spanish team ONCE, covered the 201 km from Spa.\n\nThe win lifted Barcelona to second place, behind leaders Real Madrid, who beat Valencia 2-0 on Saturday.\n\nAustralia, who won the toss, chose to bat in Sydney.\n",
    );
    assert_eq!(kind(&set, "Jalabert"), Some(EntityKind::Person));
    assert_eq!(kind(&set, "Vandenbroucke"), Some(EntityKind::Person));
    assert_ne!(kind(&set, "Real Madrid"), Some(EntityKind::Person));
    assert_eq!(kind(&set, "Australia"), Some(EntityKind::Country));
}

/// A role with a copula of its own and no subject, coordinated with the
/// subject's verb, is the subject's ("is seen as an ally of Moi and is a
/// leading member of KANU"); a relative clause with a role for predicate,
/// which the labeller took for an apposition, is the name's, with its
/// own negation ("China, which is not a member of the WTO").
#[test]
fn a_role_coordinated_with_a_verb_or_in_a_relative_clause_is_the_subjects() {
    let set = draft(
        "Nyachae named minister\n\nNAIROBI 1996-12-02\n\nSimeon Nyachae, 64, is seen as a close ally of Daniel arap Moi and is a leading member of the Kenya African National Union (KANU).\n\nChina, which is not a member of the World Trade Organisation, is attending the conference as an observer.\n",
    );
    has_all(
        &facts(&set),
        &["Simeon Nyachae | is leading member of | Kenya African National Union"],
    );
    let f = set
        .facts
        .iter()
        .find(|f| {
            f.relation == "is member of"
                && set.entity(&f.subject).is_some_and(|e| e.name == "China")
        })
        .expect("China's membership");
    assert_eq!(f.status, fact_explorer_core::model::Status::Negated);
}

/// "a 31-year-old Algerian" with no noun after it is a noun, the head of
/// its phrase (the tagger reads an adjective left without one), and a
/// clause on the noun set off by a comma to describe a name is said of
/// the name; a noun with no comma before it describes no name.
#[test]
fn a_clause_on_the_noun_describing_a_name_is_said_of_the_name() {
    let set = draft(
        "France asks Belgium to hand over suspect\n\nBRUSSELS 1996-12-12\n\nFrance on Thursday asked Belgium to extradite Karim Benali, a 31-year-old Algerian who was arrested in Brussels on Tuesday.\n\nBenali's lawyer, Luc Vermeulen, said his client would fight extradition.\n\nAston Villa signed Tomas Rehak from Sparta Prague on Friday, beating Germany's Borussia Dortmund to a player who starred at Euro 96.\n",
    );
    let facts = facts(&set);
    has_all(&facts, &["Karim Benali | was arrested in | Brussels"]);
    assert!(
        !facts
            .iter()
            .any(|f| f.starts_with("Borussia Dortmund | starred")),
        "{facts:?}"
    );
}

/// Two unknown capitalised words described by an age or a people's word
/// after their comma are a person's name, named once or not ("Karim
/// Benali, a 31-year-old Algerian who…").
#[test]
fn a_name_described_by_an_age_or_a_nationality_is_a_persons() {
    let set = draft(
        "France asks Belgium to hand over suspect\n\nBRUSSELS 1996-12-12\n\nFrance on Thursday asked Belgium to extradite Karim Benali, a 31-year-old Algerian who was arrested in Brussels on Tuesday.\n",
    );
    assert_eq!(kind(&set, "Karim Benali"), Some(EntityKind::Person));
    has_all(&facts(&set), &["Karim Benali | was arrested in | Brussels"]);
}

/// A sentence that opens on a country sets the scene for the towns it
/// names, one that opens on a city for its districts; not when another
/// country is named, nor for a town's name inside a person's.
#[test]
fn a_sentence_opening_on_a_place_sets_the_scene_for_smaller_places() {
    let set = draft(
        "Floods kill hundreds in Somalia\n\nNAIROBI 1996-11-22\n\nFloods along the Juba river have killed at least 900 people, the United Nations said on Friday.\n\nIn neighbouring Kenya, floods cut the main road between Nairobi and Garissa.\n\nIn Seoul, about 10,000 students marched from Myongdong to Chongno.\n\nIn France, the broadcasting council, which is headed by Herve Bourges, has not approved the contract.\n\nIn Gaza, Yasser Arafat said talks on Hebron had reached a deadlock and urged Europe to press Israel.\n",
    );
    let facts = facts(&set);
    has_all(
        &facts,
        &[
            "Garissa | is in | Kenya",
            "Nairobi | is in | Kenya",
            "Chongno | is in | Seoul",
        ],
    );
    for bad in ["Hebron | is in", "Bourges | is in", "Herve | is in"] {
        assert!(
            !facts.iter().any(|f| f.starts_with(bad)),
            "{bad}: {facts:?}"
        );
    }
}

/// "The Quito daily El Comercio": a town's name after an article and the
/// word for a newspaper (which the tagger may read as an adjective) says
/// where the paper is based. "who rides for the Spanish team ONCE": the
/// word after "who" is the clause's verb, and a noun right before a name
/// introduces it, standing for no body named before ("team" is not El
/// Comercio).
#[test]
fn a_towns_daily_is_based_there_and_a_noun_before_a_name_stands_for_no_other() {
    let set = draft(
        "Oil deal probed\n\nQUITO 1996-11-20\n\nThe Quito daily El Comercio reported that Servioil is controlled by Fausto Ortega.\n\nLaurent Jalabert, who rides for the Spanish team ONCE, won the race ahead of Michele Bartoli.\n",
    );
    let facts = facts(&set);
    has_all(
        &facts,
        &[
            "El Comercio | is based in | Quito",
            "Laurent Jalabert | won the race ahead of | Michele Bartoli",
        ],
    );
    assert!(
        !facts.iter().any(|f| f.starts_with("El Comercio | won")
            || f.ends_with("| El Comercio") && f.contains("rides")),
        "{facts:?}"
    );
}

/// The role one became is held: "Juan Villalonga became chairman of
/// Telefonica", "became Iberia's chairman" (what a relative clause says
/// keeps its verb). Not what one became that is no role.
#[test]
fn the_role_someone_became_is_held() {
    let set = draft(
        "Telefonica names chairman\n\nMADRID 1996-11-20\n\nJuan Villalonga became chairman of Telefonica in June.\n\nRobert Eaton became Chrysler Corp's chairman in 1993.\n\nFrank Biondi, who became chairman of Universal Studios in April, flew in from Los Angeles.\n\nMaria Lopez became famous in Madrid.\n",
    );
    let facts = facts(&set);
    has_all(
        &facts,
        &[
            "Juan Villalonga | is chairman of | Telefonica",
            "Robert Eaton | is chairman of | Chrysler Corp",
            "Frank Biondi | became chairman of | Universal Studios",
        ],
    );
    assert!(
        !facts.iter().any(|f| f.starts_with("Maria Lopez | is")),
        "{facts:?}"
    );
}

/// A legislature named by its one word after a preposition or a verb is a
/// body the tagger may leave ("the president of Congress", "the speaker
/// of Parliament").
#[test]
fn a_legislature_named_by_one_word_is_a_body() {
    let set = draft(
        "Ecuador probes oil contract\n\nQUITO 1996-11-20\n\nFabian Alarcon, the president of Congress, said the legislature would summon Gustavo Palacios.\n\nJose Perez, the speaker of Parliament, spoke on Monday.\n",
    );
    assert_eq!(kind(&set, "Congress"), Some(EntityKind::GovernmentBody));
    has_all(
        &facts(&set),
        &["Fabian Alarcon | is president of | Congress"],
    );
}

/// "Dane Rolf Sorensen of Rabobank": a people's word the parse made the
/// head of the name after it gives the name back its place (the rider
/// works for the team). "Michele Bartoli … said he": a given name the US
/// census counts as a woman's that is a man's elsewhere says nothing of
/// sex, so "he" may be Bartoli.
#[test]
fn a_peoples_word_before_a_name_modifies_it_and_michele_may_be_he() {
    let set = draft(
        "Jalabert wins\n\nHUY, Belgium 1996-04-17\n\nDane Rolf Sorensen of Rabobank was third.\n\nMichele Bartoli, the leader of the MG-Technogym team, said he had not expected Laurent Jalabert to wait so long.\n",
    );
    let facts = facts(&set);
    has_all(
        &facts,
        &[
            "Rolf Sorensen | works for | Rabobank",
            "Michele Bartoli | had not expected | Laurent Jalabert",
        ],
    );
}

/// An owned role, a comma, a name and a comma before the verb: the role
/// is the subject and the name its apposition, whatever the parse made
/// of them ("Benali's lawyer, Luc Vermeulen, said…", "His lawyer,
/// Rogelio Bautista, said…").
#[test]
fn an_owned_role_before_a_name_between_commas_is_the_names() {
    let set = draft(
        "Suspect fights extradition\n\nBRUSSELS 1996-12-12\n\nBelgium arrested Karim Benali on Tuesday.\n\nBenali's lawyer, Luc Vermeulen, said his client had never been to Paris.\n\nErnesto Dimalanta was sentenced to 12 years in prison on Thursday. His lawyer, Rogelio Bautista, said his client would appeal.\n",
    );
    has_all(
        &facts(&set),
        &[
            "Luc Vermeulen | is lawyer of | Karim Benali",
            "Rogelio Bautista | is lawyer of | Ernesto Dimalanta",
        ],
    );
}

/// A party's word before a title owns no office: "Republican Governor
/// George Pataki" is no governor of a party named "Republican".
#[test]
fn a_partys_word_before_a_title_owns_no_office() {
    let set = draft(
        "Pataki names King\n\nALBANY, New York 1996-12-02\n\nRepublican Governor George Pataki named Robert King to head the budget office.\n\nDemocratic Assembly Speaker Sheldon Silver, who has clashed with the governor, said he hoped King would be open.\n\nSenate Majority Leader Joseph Bruno, a Republican from Rensselaer County, praised the appointment.\n",
    );
    let facts = facts(&set);
    has_all(&facts, &["George Pataki | named | Robert King"]);
    assert!(
        !facts.iter().any(|f| f.contains("| is Governor of |")),
        "{facts:?}"
    );
}

/// One capitalised word the text never writes in lower case, before "'s"
/// and a company's office, is a company's name the tagger may leave
/// ("Universal's chairman"); the role someone became in a relative clause
/// is held too.
#[test]
fn a_word_before_a_companys_office_is_a_company() {
    let set = draft(
        "Canal Plus signs Universal deal\n\nPARIS 1996-11-20\n\nFrank Biondi, who became Universal's chairman in April, flew in from Los Angeles.\n",
    );
    assert_eq!(kind(&set, "Universal"), Some(EntityKind::Organisation));
    has_all(&facts(&set), &["Frank Biondi | is chairman of | Universal"]);
}

/// A body's members listed after words that say what it is made of, after
/// a word for a bloc and "of" (two names at least; the bloc's name is an
/// organisation's wherever it is named), or after "members of" a body and
/// "including". A list with no name of a body before it gives nothing.
#[test]
fn a_bodys_listed_members_are_its_members() {
    let set = draft(
        "Monitoring group meets in Naqoura\n\nNAQOURA, Lebanon 1996-12-10\n\nThe understanding is monitored by the Israel-Lebanon Monitoring Group, made up of the United States, France, Syria, Lebanon and Israel, which meets at UNIFIL's headquarters in Naqoura.\n\nThe accords include a framework for talks on free trade between Mexico and the Mercosur customs union of Brazil, Argentina, Uruguay and Paraguay.\n\nBlanco said the talks with Mercosur were no sign that Mexico was unhappy.\n\nMontalvo has been assisted by former members of Scientology, including musician Tiziano Lugli and actor Jason Beghe.\n\nThe alliance, which consists of Germany, Poland and Hungary, met in Warsaw.\n",
    );
    assert_eq!(kind(&set, "Mercosur"), Some(EntityKind::Organisation));
    let facts = facts(&set);
    has_all(
        &facts,
        &[
            "United States | is member of | Israel-Lebanon Monitoring Group",
            "Israel | is member of | Israel-Lebanon Monitoring Group",
            "Brazil | is member of | Mercosur",
            "Paraguay | is member of | Mercosur",
            "Tiziano Lugli | is former member of | Scientology",
            "Jason Beghe | is former member of | Scientology",
        ],
    );
    assert!(
        !facts.iter().any(|f| f.contains("Germany |")
            || f.contains("| Mexico")
            || f.contains("Mexico | is member")),
        "{facts:?}"
    );
}

/// The role someone was elected, named or ran as is held, in a main clause
/// or a relative one; a capitalised word after a name is the name's, not
/// the adverb it spells ("Cho Soon"); "the opposition Democratic Party" is
/// one phrase headed by the name.
#[test]
fn a_role_one_was_elected_as_is_held() {
    let set = draft(
        "Seoul mayor apologises\n\nSEOUL 1996-12-10\n\nSeoul Mayor Cho Soon, who was elected last year as the candidate of the opposition Democratic Party, apologised to the city's residents.\n\nMaria Lopez ran as the candidate of the Socialist Party in 1994.\n",
    );
    has_all(
        &facts(&set),
        &[
            "Cho Soon | is Mayor of | Seoul",
            "Cho Soon | is candidate of | Democratic Party",
            "Maria Lopez | is candidate of | Socialist Party",
        ],
    );
}

/// An acronym with a hyphen in brackets after a name is that name's
/// ("Communist Party of India-Marxist (CPI-M)").
#[test]
fn a_hyphenated_acronym_in_brackets_is_the_names() {
    let set = draft(
        "India's coalition seeks leader\n\nNEW DELHI 1997-04-01\n\nJyoti Basu is a veteran of the Communist Party of India-Marxist (CPI-M). The CPI-M barred him from taking the post.\n",
    );
    let party = set
        .entities
        .iter()
        .find(|e| e.name == "Communist Party of India-Marxist")
        .expect("the party");
    assert_eq!(party.kind, EntityKind::Organisation);
    assert!(
        !set.entities.iter().any(|e| e.name == "CPI-M"),
        "{:?}",
        set.entities.iter().map(|e| &e.name).collect::<Vec<_>>()
    );
}

/// A people's word introduces a person: it vouches for the surname alone
/// later ("Frenchman Laurent Jalabert" … "Jalabert told reporters") and
/// for a given name's next word as a surname ("Italian Michele Bartoli");
/// "the Italian" who speaks after a quote is that person, who is from
/// Italy, and so is "the Italian commissioner".
#[test]
fn a_peoples_word_introduces_and_stands_for_a_person() {
    let set = draft(
        "Jalabert wins again\n\nHUY, Belgium 1997-04-16\n\nFrenchman Laurent Jalabert won the race on Wednesday, ahead of Italian Michele Bartoli.\n\n\"I waited until the last 300 metres,\" Jalabert told reporters.\n\n\"He was cleverer than me today, but the season is long,\" the Italian said.\n",
    );
    let speakers = speakers(&set);
    assert_eq!(
        speakers,
        ["Laurent Jalabert", "Michele Bartoli"],
        "{speakers:?}"
    );
    let facts = facts(&set);
    assert!(
        facts
            .iter()
            .filter(|f| f.as_str() == "Michele Bartoli | is from | Italy")
            .count()
            >= 2,
        "{facts:?}"
    );
}

/// Before a verb of speech, a word of exactly one person's full name is
/// that person, whichever word of the name it is ("Cho" of a Korean name,
/// "Rerngchai" of a Thai one), so the quote has its speaker; a person's
/// name the tagger ran across a comma is two ("Anatoly Chubais, Yeltsin's
/// chief of staff").
#[test]
fn a_word_of_a_persons_name_before_said_is_the_person() {
    let set = draft(
        "Mayor apologises\n\nSEOUL 1996-12-10\n\nSeoul Mayor Cho Soon apologised to the city's residents on Monday.\n\n\"I did not know, and I should have known,\" Cho told a news conference at City Hall.\n\nBank of Thailand governor Rerngchai Marakanond spoke later.\n\n\"Depositors' money is completely safe,\" Rerngchai said.\n\nAnatoly Chubais, Yeltsin's chief of staff, flew to Kaluga on Friday.\n",
    );
    let speakers = speakers(&set);
    assert_eq!(
        speakers,
        ["Cho Soon", "Rerngchai Marakanond"],
        "{speakers:?}"
    );
    assert_eq!(kind(&set, "Anatoly Chubais"), Some(EntityKind::Person));
    assert!(
        !set.entities.iter().any(|e| e.name.contains(',')),
        "{:?}",
        set.entities.iter().map(|e| &e.name).collect::<Vec<_>>()
    );
}

/// Two words after a role in lower case are a person's, not a place the
/// tagger took them for ("Congress president Sitaram Kesri"), and the
/// surname then speaks for the person; after "said", past an owner and a
/// title, the person's name is the speaker ("said Venezuela's Energy and
/// Mines Minister Erwin Arrieta").
#[test]
fn a_name_after_a_role_is_a_persons_and_speaks() {
    let set = draft(
        "Congress deserts Gowda\n\nNEW DELHI 1997-04-01\n\nCongress president Sitaram Kesri told reporters his party would back the coalition.\n\n\"Our quarrel is with one man, not with the United Front,\" Kesri said.\n\n\"We will not cut a single barrel,\" said Venezuela's Energy and Mines Minister Erwin Arrieta.\n",
    );
    assert_eq!(kind(&set, "Sitaram Kesri"), Some(EntityKind::Person));
    let speakers = speakers(&set);
    assert_eq!(speakers, ["Sitaram Kesri", "Erwin Arrieta"], "{speakers:?}");
}

/// Two names each with an "of" phrase, joined by "and", are one list the
/// verb takes whole ("beat Sebastien Lareau of Canada and Alex O'Brien of
/// the United States"), not when the second "of" names an owner ("Carlo
/// De Benedetti of Italy's la Repubblica" is not from Italy); a result's
/// verb after "who" is the verb ("Real Madrid, who beat Valencia 2-0").
#[test]
fn two_names_with_their_of_phrases_are_one_list() {
    let set = draft(
        "Tennis results\n\nSTUTTGART 1996-10-26\n\nIn the doubles semi-finals, Australians Todd Woodbridge and Mark Woodforde beat Sebastien Lareau of Canada and Alex O'Brien of the United States 6-3 6-4.\n\nThe win lifted Barcelona to second place, one point behind leaders Real Madrid, who beat Valencia 2-0 on Saturday.\n\nThe exhibit includes Polaroids of publishers Jann Wenner of Rolling Stone Magazine and Carlo De Benedetti of Italy's la Repubblica.\n",
    );
    let facts = facts(&set);
    has_all(
        &facts,
        &[
            "Todd Woodbridge | beat | Sebastien Lareau",
            "Todd Woodbridge | beat | Alex O'Brien",
            "Mark Woodforde | beat | Alex O'Brien",
            "Real Madrid | beat | Valencia",
        ],
    );
    assert!(
        !facts
            .iter()
            .any(|f| f.starts_with("Carlo De Benedetti | is from")),
        "{facts:?}"
    );
}

/// Both who held talks were where they held them, read from the words
/// whatever the parse made of "with" and "in" ("Kinkel held talks in
/// Madrid with Spanish Foreign Minister Abel Matutes"; "Alatas, who held
/// United Nations-sponsored talks with … Jaime Gama in Geneva").
#[test]
fn both_who_held_talks_were_where_they_held_them() {
    let set = draft(
        "Kinkel visits Lisbon\n\nLISBON 1996-12-10\n\nThe visit comes a week after Kinkel held talks in Madrid with Spanish Foreign Minister Abel Matutes.\n\nIndonesian Foreign Minister Ali Alatas, who held United Nations-sponsored talks with Portuguese Foreign Minister Jaime Gama in Geneva in June, has rejected any interference.\n",
    );
    has_all(
        &facts(&set),
        &[
            "Abel Matutes | held talks with Kinkel in | Madrid",
            "Ali Alatas | held talks with | Jaime Gama",
            "Ali Alatas | held talks with Gama in | Geneva",
            "Jaime Gama | held talks with Alatas in | Geneva",
        ],
    );
}

/// Who leads, heads or owns a body, after "which is … by" or "is … by"
/// (a list of owners, each with its place's "of" phrase), and the role of
/// the one named after "whose"; two towns' names the tagger read together
/// as a person's are one ("headed by Herve Bourges").
#[test]
fn who_leads_or_owns_a_body_after_by_or_whose() {
    let set = draft(
        "Seoul session\n\nSEOUL 1996-12-26\n\nThe New Korea Party did not inform lawmakers of the opposition National Congress for New Politics, which is led by Kim Dae-jung, of the session.\n\nIn France, the Conseil Superieur de l'Audiovisuel (CSA), which is headed by Herve Bourges, has not yet approved the contract.\n\nAnalysts said the deal was a coup for Airbus Industrie, which is owned by Aerospatiale of France, Daimler-Benz Aerospace of Germany and CASA of Spain.\n\nThe union IG Metall, whose leader Klaus Zwickel met Kohl in Bonn last week, is expected to join the protests.\n",
    );
    assert_eq!(kind(&set, "Herve Bourges"), Some(EntityKind::Person));
    has_all(
        &facts(&set),
        &[
            "Kim Dae-jung | leads | National Congress for New Politics",
            "Herve Bourges | heads | Conseil Superieur de l'Audiovisuel",
            "Aerospatiale | owns | Airbus Industrie",
            "Daimler-Benz Aerospace | owns | Airbus Industrie",
            "CASA | owns | Airbus Industrie",
            "Klaus Zwickel | is leader of | IG Metall",
        ],
    );
}

/// A quote inside reported speech is said by the reporting verb's subject,
/// and a role the parse made that subject speaks through the name in
/// apposition to it ("Opposition leader Jaime Nebot, of the Social
/// Christian Party, said the resignation was "the first of many""; "Its
/// chairman, Michael Sopko, said"); a place-like name between commas
/// after a role, opening with a given name, is a person's ("The council's
/// president, Rosa Marina Zelaya, told"), and "she" then speaks for her.
#[test]
fn a_role_subject_speaks_through_the_name_apposed_to_it() {
    let set = draft(
        "Count slows\n\nMANAGUA 1996-10-25\n\nThe council's president, Rosa Marina Zelaya, told a news conference that the count had been slowed.\n\n\"We will not announce a winner until every valid vote has been counted,\" she said.\n\nOpposition leader Jaime Nebot, of the Social Christian Party, said the resignation was \"the first of many\" and called for an investigation.\n\nIts chairman, Michael Sopko, said the ore was \"expensive to mine and more expensive to process\" and that a bidding war would not help.\n",
    );
    assert_eq!(kind(&set, "Rosa Marina Zelaya"), Some(EntityKind::Person));
    assert_eq!(
        speakers(&set),
        ["Rosa Marina Zelaya", "Jaime Nebot", "Michael Sopko"]
    );
}

/// "Who said" speaks for the person its clause is of: the name, or the
/// name a role is apposed to, up past a body the clause hangs from ("Xabier
/// de Irala, the chairman of Iberia, who said it would give the Spanish
/// airline "a place in the first division"").
#[test]
fn who_said_speaks_for_the_person_its_clause_is_of() {
    let set = draft(
        "Airlines ally\n\nMADRID 1996-11-13\n\nBritish Airways Plc and Spain's state-owned airline Iberia agreed on Wednesday to form an alliance.\n\nThe deal was announced at a news conference in Madrid by BA chairman Colin Marshall and Xabier de Irala, the chairman of Iberia, who said it would give the Spanish airline \"a place in the first division\".\n\nThe plan was backed by Douglas Hogg, who said it was \"the only sensible way forward\".\n",
    );
    assert_eq!(speakers(&set), ["Xabier de Irala", "Douglas Hogg"]);
}

/// A government's title with no owner beside it, in a story whose
/// dateline is a country's capital and which names that country once:
/// "President Kim Young-sam" from Seoul is South Korea's president. Not
/// when the sentence names another country's people or capital first
/// ("Syrian officials said President Hafez al-Assad", "talks in Washington
/// with President Bill Clinton").
#[test]
fn a_bare_title_belongs_to_the_country_the_story_was_filed_from() {
    let f = facts(&draft(
        "Seoul fears trade row\n\nSEOUL 1996-12-05\n\nSouth Korea's trade surplus fell in November. \
         The figures are an embarrassment for President Kim Young-sam, whose government promised growth.\n\n\
         Syrian officials said President Hafez al-Assad would not receive the envoy. \
         The minister will fly to Washington for talks with President Bill Clinton.\n",
    ));
    has_all(&f, &["Kim Young-sam | is President of | South Korea"]);
    assert!(
        !f.iter().any(
            |x| (x.starts_with("Hafez al-Assad") || x.starts_with("Bill Clinton"))
                && x.ends_with("| South Korea")
        ),
        "{f:#?}"
    );
}

/// "Canadian Transport Minister David Anderson, who must approve the
/// code-sharing arrangements, said in Ottawa …": the parse hung the
/// relative clause from "Transport" and "said" from the clause; the
/// titled name is the speech verb's subject, so he spoke in Ottawa.
#[test]
fn a_titled_name_with_a_relative_clause_is_the_subject_of_said() {
    let f = facts(&draft(
        "Canadian Transport Minister David Anderson, who must approve the code-sharing arrangements, \
         said in Ottawa that he would study their effect on competition on routes to Europe.",
    ));
    has_all(&f, &["David Anderson | spoke in | Ottawa"]);
}

/// "Jalal Talabani, whose Patriotic Union of Kurdistan (PUK) has fought
/// the KDP …, said in Damascus …": the clause's subject is the party
/// "whose" goes with (the parse had made it the name's apposition and
/// the clause's verb the root), so the party fought the KDP, not
/// Talabani, and Talabani spoke in Damascus.
#[test]
fn a_whose_clause_does_its_nouns_deed_not_the_names() {
    let f = facts(&draft(
        "Kurdish leader Massoud Barzani met the envoy on Tuesday. Jalal Talabani, whose Patriotic \
         Union of Kurdistan (PUK) has fought the KDP for control of the north since 1994, said in \
         Damascus that Akashi had not consulted him.",
    ));
    has_all(&f, &["Jalal Talabani | spoke in | Damascus"]);
    assert!(
        !f.iter()
            .any(|x| x.starts_with("Jalal Talabani") && x.contains("fought")),
        "{f:#?}"
    );
}

/// "told reporters in San Pedro Sula": a listed town's whole name is not
/// split into a place ("San") and a person ("Pedro Sula") at a listed
/// given name.
#[test]
fn a_listed_towns_name_is_not_split_at_a_given_name() {
    let set = draft(
        "Carlos Roberto Reina, who took office in 1994, told reporters in San Pedro Sula on \
         Wednesday that he would not interfere with the courts.",
    );
    assert_eq!(kind(&set, "San Pedro Sula"), Some(EntityKind::City));
    assert!(kind(&set, "Pedro Sula").is_none());
    has_all(
        &facts(&set),
        &["Carlos Roberto Reina | spoke in | San Pedro Sula"],
    );
}

/// A story filed from Nairobi about floods in Somalia names Somalia more
/// often than Kenya, but "Vice-President George Saitoti" is Kenya's: the
/// dateline's country (any national capital says which) owns a bare
/// title before the country counted most; "Italy …, Deputy Foreign
/// Minister Rino Serri said" is neither's.
#[test]
fn the_datelines_country_owns_a_bare_title_before_the_most_named_one() {
    let f = facts(&draft(
        "Floods kill 900 in Somalia\n\nNAIROBI 1997-11-14\n\nFloods in southern Somalia have killed \
         at least 900 people. Aid agencies in Somalia said the toll would rise. Somalia has had no \
         government since 1991.\n\nIn neighbouring Kenya, floods cut the main road. \
         Vice-President George Saitoti said the government would send relief food.\n\n\
         Italy pledged 2 billion lire in aid, Deputy Foreign Minister Rino Serri said in Rome.\n",
    ));
    has_all(&f, &["George Saitoti | is Vice-President of | Kenya"]);
    assert!(
        !f.iter()
            .any(|x| x.starts_with("George Saitoti") && x.ends_with("| Somalia")),
        "{f:#?}"
    );
    assert!(
        !f.iter()
            .any(|x| x.starts_with("Rino Serri")
                && (x.ends_with("| Somalia") || x.ends_with("| Kenya"))),
        "{f:#?}"
    );
}

/// The person a verb names to a task does the task's participle and the
/// task after the role given: "named Transportation Secretary Federico
/// Pena to head the Energy Department, replacing Hazel O'Leary"; "named
/// Robert King, a former Monroe County executive, as state budget director
/// to replace Patricia Woodworth". Not the namer, and not after "after".
#[test]
fn the_named_person_does_the_participle_and_the_task_after_the_role() {
    let f = facts(&draft(
        "President Bill Clinton on Friday named Transportation Secretary Federico Pena to head the \
         Energy Department, replacing Hazel O'Leary, who said last month she would not serve a \
         second term. New York Governor George Pataki on Tuesday named Robert King, a former \
         Monroe County executive, as state budget director to replace Patricia Woodworth, who \
         resigned last week.",
    ));
    has_all(
        &f,
        &[
            "Federico Pena | was named to replace | Hazel O'Leary",
            "Robert King | was named to replace | Patricia Woodworth",
        ],
    );
    assert!(
        !f.iter().any(
            |x| (x.starts_with("Bill Clinton") && x.ends_with("Hazel O'Leary"))
                || (x.starts_with("George Pataki") && x.ends_with("Patricia Woodworth"))
        ),
        "{f:#?}"
    );
}

/// "Golden Tide Shipping, a Hong Kong container line": a shipping line is
/// a company, and where it is based is the place before it.
#[test]
fn a_container_line_is_a_company_based_where_its_place_says() {
    let f = facts(&draft(
        "The court sentenced Ernesto Dimalanta for taking bribes from Golden Tide Shipping, a Hong \
         Kong container line.",
    ));
    has_all(&f, &["Golden Tide Shipping | is based in | Hong Kong"]);
}

/// "In Beijing, Lu Ping, director of the State Council's Hong Kong and
/// Macau Affairs Office, told …": the name after the fronted place is the
/// verb's subject, not the place's apposition, and the office is one
/// body's name (a place and "and" after a possessive run into it).
#[test]
fn a_name_after_a_fronted_place_speaks_and_an_office_keeps_its_places() {
    let set = draft(
        "In Beijing, Lu Ping, director of the State Council's Hong Kong and Macau Affairs Office, \
         told visiting businessmen that Patten had no right to comment.",
    );
    assert!(kind(&set, "Hong Kong and Macau Affairs Office").is_some());
    let f = facts(&set);
    has_all(
        &f,
        &[
            "Lu Ping | told in | Beijing",
            "Lu Ping | is director of | Hong Kong and Macau Affairs Office",
        ],
    );
    assert!(!f.iter().any(|x| x.ends_with("| Hong Kong")), "{f:#?}");
}

/// "Jalabert, who rides for the Spanish team ONCE": a word in capitals
/// inside a lower-case sentence is a name, not the adverb "once"; a body
/// named so in the results is that body wherever the text writes it in
/// capitals; and the name in apposition to the oblique's noun takes the
/// noun's preposition ("rides for").
#[test]
fn a_team_in_capitals_is_a_name_and_its_rider_rides_for_it() {
    let set = draft(
        "Jalabert wins Fleche Wallonne\n\nHUY, Belgium 1996-04-17\n\nLaurent Jalabert of France won \
         the Fleche Wallonne classic on Wednesday.\n\nJalabert, who rides for the Spanish team ONCE, \
         covered the 201 km in five hours.\n\nLeading results:\n\n1. Laurent Jalabert (France) ONCE \
         5 hours 12 minutes\n",
    );
    has_all(&facts(&set), &["Laurent Jalabert | rides for | ONCE"]);
}

/// "Patrick Roy made 31 saves for Colorado, and Adam Deadmarsh, Valeri
/// Kamensky and Claude Lemieux also scored for the champions": the names
/// after ", and" are the second verb's subjects (the parse had joined them
/// to "Colorado", drafting Roy "made 31 saves for" Lemieux), and that verb
/// the first's conjunct.
#[test]
fn names_after_comma_and_before_a_verb_are_its_subjects_not_the_first_clauses() {
    let d = Drafter::embedded().expect("the compiled-in data reads");
    let doc = d.analyse(
        "Patrick Roy made 31 saves for Colorado, and Adam Deadmarsh, Valeri Kamensky and Claude \
         Lemieux also scored for the Stanley Cup champions.",
    );
    let at = |w: &str| (0..doc.len()).find(|&t| doc.word(t) == w).expect(w);
    assert_eq!(doc.heads[at("Adam")], Some(at("scored")));
    assert!(doc.deps[at("Adam")].is("nsubj"));
    assert_eq!(doc.heads[at("scored")], Some(at("made")));
}

/// "WMC managing director Hugh Morgan told a news conference in Perth":
/// "managing" of a title is no verb, so Morgan speaks, not WMC; "Mexico
/// City regent Oscar Espinosa Villarreal and opposition leader Cuauhtemoc
/// Cardenas": "regent" is a role (not an adjective) and two titled people
/// joined by "and" are a list, not a relation; "Banca Commerciale
/// Italiana, which is known as Comit" makes "Comit" its other name even
/// where the name alone was read as another kind.
#[test]
fn managing_directors_regents_and_names_known_as_another() {
    let set = draft(
        "WMC managing director Hugh Morgan told a news conference in Perth that the acquisition \
         would make the group the third-largest producer. Cardoso is also expected to meet Mexico \
         City regent Oscar Espinosa Villarreal and opposition leader Cuauhtemoc Cardenas before \
         flying to Monterrey. Banca Commerciale Italiana, which is known as Comit, already owns a \
         small Hungarian bank. Comit managing director Pierfrancesco Saviotti said in Milan that \
         the purchase was part of a plan.",
    );
    let f = facts(&set);
    has_all(
        &f,
        &[
            "Hugh Morgan | is managing director of | WMC",
            "Oscar Espinosa Villarreal | is regent of | Mexico City",
            "Pierfrancesco Saviotti | is managing director of | Banca Commerciale Italiana",
        ],
    );
    assert!(kind(&set, "Comit").is_none(), "{:#?}", set.entities);
    assert!(
        !f.iter().any(|x| x.starts_with("WMC")
            || x.ends_with("| Mexico City") && !x.starts_with("Oscar")
            || x.starts_with("Oscar Espinosa Villarreal") && x.ends_with("Cuauhtemoc Cardenas")),
        "{f:#?}"
    );
}

/// "Kresimir Zubak … did not attend the talks because he was in Zagreb":
/// the copular clause is an adverbial clause of its own (the parse had
/// made "Zagreb" the verb's oblique, drafting Zubak "did not attend the
/// talks because in" Zagreb).
#[test]
fn a_copular_clause_after_because_is_no_oblique_of_the_negated_verb() {
    let set = draft(
        "Kresimir Zubak, the Croat member of the presidency, did not attend the talks because he \
         was in Zagreb to meet Croatian President Franjo Tudjman, officials said.",
    );
    let f = facts(&set);
    assert!(
        !f.iter().any(|x| x.starts_with("Kresimir Zubak")
            && x.ends_with("| Zagreb")
            && x.contains("attend")),
        "{f:#?}"
    );
}

/// "signed … by THY chairman Yusuf Bozkurt and Jean Pierson, managing
/// director of Airbus Industrie": the second person's role is not the
/// first's (the learned model had read Bozkurt "chairman of" Airbus
/// Industrie through the two joined role nouns).
#[test]
fn a_role_joined_to_anothers_is_not_the_first_persons() {
    let f = facts(&draft(
        "The contract was signed in Istanbul by THY chairman Yusuf Bozkurt and Jean Pierson, \
         managing director of Airbus Industrie, in the presence of Transport Minister Omer Barutcu.",
    ));
    assert!(
        !f.iter()
            .any(|x| x.starts_with("Yusuf Bozkurt") && x.ends_with("| Airbus Industrie")),
        "{f:#?}"
    );
}

/// "Ross, who has made four trips to the region since Netanyahu took
/// office in June": the subject of a clause of time does nothing to the
/// name outside it (the learned model had read Ross "took" Netanyahu).
#[test]
fn the_subject_of_a_since_clause_is_no_party_to_the_name_outside_it() {
    let f = facts(&draft(
        "Ross, who has made four trips to the region since Netanyahu took office in June, is due \
         to fly to Cairo on Friday to brief President Hosni Mubarak of Egypt.",
    ));
    assert!(
        !f.iter()
            .any(|x| x.starts_with("Ross") && x.ends_with("| Netanyahu")),
        "{f:#?}"
    );
}

/// "Saudi Arabia and Venezuela clash over quotas at OPEC": in a
/// headline, the plain form after two joined names is the verb even
/// before a preposition; and "but Saudi Arabia accused Venezuela of
/// pumping" is the verb between two names, not "the accused" (the tagger
/// had read both as nouns, and neither fact was drafted).
#[test]
fn a_headlines_plain_verb_before_a_preposition_and_accused_between_names() {
    let f = facts(&draft(
        "Saudi Arabia and Venezuela clash over quotas at OPEC\n\nVIENNA 1996-11-28\n\nOil \
         ministers of the Organisation of Petroleum Exporting Countries agreed on Thursday to keep \
         their output ceiling at 25.03 million barrels per day (bpd) for the first half of 1997, \
         but Saudi Arabia accused Venezuela of pumping far above its quota.",
    ));
    has_all(
        &f,
        &[
            "Saudi Arabia | clash with | Venezuela",
            "Saudi Arabia | accused | Venezuela",
        ],
    );
}

/// "Howard Wolpe, the U.S. special envoy to the Great Lakes region, held
/// talks with Nyerere on Monday and is expected to visit Bujumbura": the
/// past form after the apposition is the sentence's verb (the tagger had
/// read "held talks" as a noun phrase, and no talks were drafted), and
/// the second verb, sharing the subject, controls the visit ("is
/// expected to visit", expected; it had been worded "visit").
#[test]
fn the_verb_after_an_apposition_and_a_shared_subjects_second_verb_controls() {
    let set = draft(
        "Howard Wolpe, the U.S. special envoy to the Great Lakes region, held talks with \
         Nyerere on Monday and is expected to visit Bujumbura later this week.",
    );
    let f = facts(&set);
    has_all(
        &f,
        &[
            "Howard Wolpe | held talks with | Nyerere",
            "Howard Wolpe | is expected to visit | Bujumbura",
        ],
    );
    let tree = Drafter::embedded()
        .expect("data")
        .analyse("Howard Wolpe, the U.S. envoy, held talks with Nyerere.");
    let held = (0..tree.len())
        .find(|&t| tree.word(t) == "held")
        .expect("held");
    assert_eq!(tree.tags[held].penn(), "VBD");
}

/// "for talks with Egyptian President Hosni Mubarak and Foreign Minister
/// Amr Moussa", "for talks with officials of the United Arab Emirates":
/// both people after "and", and a body past its people and "the", are
/// parties to the talks (only the first name had been, and no body after
/// "officials of the"); and "The envoy" stands for the one named "European
/// Union envoy …" (a role in lower case before the name is a title), but
/// "the union leaders" for no single leader.
#[test]
fn talks_with_two_people_or_a_bodys_officials_and_the_envoy_by_a_lower_case_title() {
    let f = facts(&draft(
        "European Union envoy Miguel Angel Moratinos met Syrian President Hafez al-Assad on \
         Wednesday. The envoy is expected to travel to Cairo on Thursday for talks with Egyptian \
         President Hosni Mubarak and Foreign Minister Amr Moussa. Kuwait's Oil Minister Issa \
         al-Mazidi later flew to Abu Dhabi for talks with officials of the United Arab Emirates.",
    ));
    has_all(
        &f,
        &[
            "Miguel Angel Moratinos | holds talks with | Hosni Mubarak",
            "Miguel Angel Moratinos | holds talks with | Amr Moussa",
            "Issa al-Mazidi | held talks with | United Arab Emirates",
        ],
    );
    let f = facts(&draft(
        "KCTU leader Kwon Young-kil told reporters in Seoul that workers would strike. Cardinal \
         Stephen Kim Sou-hwan urged President Kim Young-sam to meet the union leaders.",
    ));
    assert!(
        !f.iter()
            .any(|x| x.starts_with("Kim Young-sam") && x.ends_with("| Kwon Young-kil")),
        "{f:#?}"
    );
}

/// "Kohl met Yeltsin in Moscow before flying to Kiev", "is also expected
/// to meet … before flying to Monterrey", "will open a branch … before
/// returning to Bonn": a bare participle after "before" or "after"
/// is the subject's deed, in the time of the verb it hangs from (none of
/// the three had been drafted).
#[test]
fn a_participle_after_before_is_the_subjects_deed_in_its_verbs_time() {
    let set = draft(
        "Kohl met Yeltsin in Moscow before flying to Kiev. Cardoso is also expected to meet \
         Mexico City regent Oscar Espinosa Villarreal before flying to Monterrey on Thursday. \
         Kohl will open a branch of the Goethe Institute in Lviv before returning to Bonn.",
    );
    let f = facts(&set);
    has_all(
        &f,
        &[
            "Kohl | flew to | Kiev",
            "Cardoso | will fly to | Monterrey",
            "Kohl | will return to | Bonn",
        ],
    );
    let monterrey = set
        .facts
        .iter()
        .find(|x| x.relation == "will fly to")
        .expect("drafted");
    assert_eq!(
        monterrey.status,
        fact_explorer_core::model::Status::Expected
    );
}

/// "On Friday Kohl is due to travel to Lviv in western Ukraine, where he
/// will open a branch of the Goethe Institute": the clause after a time
/// put first with no comma is parsed on its own (the parse had made "On"
/// the root and "Kohl" no subject: no trip was drafted); what the "where"
/// clause's own subject does is not the place's (the learned model then
/// read "Lviv will open a branch of the Goethe Institute"); and where a
/// place is, is stated whatever the verb's plans.
#[test]
fn a_time_put_first_without_a_comma_and_a_where_clause_of_its_own() {
    let set = draft(
        "Kohl visits Kiev\n\nKIEV 1996-12-06\n\nGerman Chancellor Helmut Kohl met Kuchma on \
         Thursday.\n\nOn Friday Kohl is due to travel to Lviv in western Ukraine, where he will \
         open a branch of the Goethe Institute before returning to Bonn.\n",
    );
    let f = facts(&set);
    has_all(
        &f,
        &[
            "Helmut Kohl | is due to travel to | Lviv",
            "Helmut Kohl | will open a branch of | Goethe Institute",
            "Lviv | is in | Ukraine",
        ],
    );
    assert!(
        !f.iter()
            .any(|x| x.starts_with("Lviv") && x.ends_with("| Goethe Institute")),
        "{f:#?}"
    );
    let lviv = set
        .facts
        .iter()
        .find(|x| x.relation == "is in")
        .expect("drafted");
    assert_eq!(lviv.status, fact_explorer_core::model::Status::Stated);
}

/// "a one-day summit in Arusha attended by Presidents Benjamin Mkapa of
/// Tanzania, Daniel arap Moi of Kenya and Yoweri Museveni of Uganda, as
/// well as Zaire's Prime Minister Kengo wa Dondo": each person listed
/// after "attended by" attended the gathering in its place (the parse had
/// made Arusha the subject of "attended", and none was drafted); their
/// countries attended nothing.
#[test]
fn everyone_listed_after_attended_by_attended_the_gathering_in_its_place() {
    let f = facts(&draft(
        "Nyerere spoke after a one-day summit in Arusha attended by Presidents Benjamin Mkapa \
         of Tanzania, Daniel arap Moi of Kenya and Yoweri Museveni of Uganda, as well as Zaire's \
         Prime Minister Kengo wa Dondo.",
    ));
    has_all(
        &f,
        &[
            "Benjamin Mkapa | attended summit in | Arusha",
            "Daniel arap Moi | attended summit in | Arusha",
            "Yoweri Museveni | attended summit in | Arusha",
            "Kengo wa Dondo | attended summit in | Arusha",
        ],
    );
    assert!(
        !f.iter()
            .any(|x| x.contains("attended") && x.starts_with("Tanzania")),
        "{f:#?}"
    );
}

/// "Japan's Trade Minister Shinji Sato on Tuesday rejected fresh U.S.
/// demands to open the Japanese market for car parts, telling U.S. Trade
/// Representative Charlene Barshefsky that…": "demands" after a described
/// name inside the object is a noun (read as a verb, it had made the U.S.
/// the one telling); a name at the root with the verb hung from it as a
/// clause is the verb's subject; and a speech participle set off by its
/// comma is the subject's, in the past of its verb.
#[test]
fn the_one_who_rejected_the_demands_told_barshefsky() {
    let f = facts(&draft(
        "Sato rejects U.S. demands\n\nSINGAPORE 1996-12-10\n\nJapan's Trade Minister Shinji \
         Sato on Tuesday rejected fresh U.S. demands to open the Japanese market for car parts, \
         telling U.S. Trade Representative Charlene Barshefsky that Tokyo had kept its side of \
         a deal signed last year.\n",
    ));
    has_all(&f, &["Shinji Sato | told | Charlene Barshefsky"]);
    assert!(
        !f.iter()
            .any(|x| x.starts_with("U.S.") && x.ends_with("| Charlene Barshefsky")),
        "{f:#?}"
    );
}

/// "Democratic Assembly Speaker Sheldon Silver", "Joseph Bruno, a
/// Republican from Rensselaer County", "Republican Sen. Jesse Helms": the
/// party an American party's adjective names, with the person it
/// describes a member (the party had been no entity, and "Democratic
/// Assembly" a body); not a word of a longer name ("Christian Democratic
/// Union", "Republican Guard").
#[test]
fn a_partys_adjective_makes_the_person_it_describes_a_member() {
    let set = draft(
        "Democratic Assembly Speaker Sheldon Silver said he hoped King would be more open. \
         Senate Majority Leader Joseph Bruno, a Republican from Rensselaer County, praised the \
         appointment. Republican Sen. Jesse Helms attacked Weld. The Christian Democratic Union \
         of Germany met. Iraq's Republican Guard moved north.",
    );
    let f = facts(&set);
    has_all(
        &f,
        &[
            "Sheldon Silver | is member of | Democratic Party",
            "Joseph Bruno | is member of | Republican Party",
            "Jesse Helms | is member of | Republican Party",
        ],
    );
    assert_eq!(
        f.iter().filter(|x| x.contains("| is member of |")).count(),
        3,
        "{f:#?}"
    );
    assert!(kind(&set, "Democratic Assembly").is_none());
}

/// "Prime Minister H.D. Deve Gowda", "Foreign Minister I.K. Gujral and
/// Finance Minister P. Chidambaram have been mentioned": a person's
/// initials after a title open the name (the tagger had left "I.K.
/// Gujral" out, "H.D." off, and "Chidambaram" was a town); and two
/// subjects of one verb do nothing to each other (the learned model had
/// read "Gujral have been mentioned Chidambaram").
#[test]
fn initials_open_a_titled_name_and_two_subjects_of_one_verb_are_no_pair() {
    let set = draft(
        "Congress deserts Gowda\n\nNEW DELHI 1997-04-02\n\nThe Congress party said it would \
         not support Prime Minister H.D. Deve Gowda in next week's vote.\n\nForeign Minister \
         I.K. Gujral and Finance Minister P. Chidambaram have been mentioned as possible \
         successors.\n",
    );
    for name in ["H.D. Deve Gowda", "I.K. Gujral", "P. Chidambaram"] {
        assert_eq!(kind(&set, name), Some(EntityKind::Person), "{name}");
    }
    let f = facts(&set);
    assert!(
        !f.iter()
            .any(|x| x.starts_with("I.K. Gujral") && x.ends_with("| P. Chidambaram")),
        "{f:#?}"
    );
}

/// "Burundi was ready to talk to all parties but would not negotiate with
/// the National Council for the Defence of Democracy (CNDD) of Leonard
/// Nyangoma": a verb with a modal of its own is not controlled by the one
/// before (it had been worded "was ready to would not negotiate with"),
/// and the "of" of a name in the way is that name's (Burundi had been
/// drafted as refusing to negotiate with Nyangoma himself).
#[test]
fn a_second_verb_with_its_own_modal_and_the_of_of_a_name_in_the_way() {
    let f = facts(&draft(
        "Rukingama told reporters that Burundi was ready to talk to all parties but would not \
         negotiate with the National Council for the Defence of Democracy (CNDD) of Leonard \
         Nyangoma, whom he called a criminal.",
    ));
    has_all(
        &f,
        &["Burundi | would not negotiate with | National Council for the Defence of Democracy"],
    );
    assert!(
        !f.iter()
            .any(|x| x.starts_with("Burundi") && x.ends_with("| Leonard Nyangoma")),
        "{f:#?}"
    );
}

/// "said in a statement that Damascus would not negotiate with Israeli
/// Prime Minister Benjamin Netanyahu": a capital that negotiates (or
/// recognises, backs, opposes, blocks, invites, expels) is its government,
/// a party to the deed (as a town it had been no party, and nothing was
/// drafted).
#[test]
fn a_capital_that_negotiates_is_its_government() {
    let f = facts(&draft(
        "Syria rebuffs envoy\n\nCAIRO 1996-12-06\n\nForeign Minister Farouq al-Shara said in a \
         statement that Damascus would not negotiate with Israeli Prime Minister Benjamin \
         Netanyahu.\n",
    ));
    has_all(
        &f,
        &["Government of Syria | would not negotiate with | Benjamin Netanyahu"],
    );
}

/// "Dealers said Hoechst AG was not expected to announce a decision on the
/// sale of its Uhde engineering unit": a body's name before a part noun,
/// owned by the possessive before the name, is that part of the owner
/// (the parse hung "Uhde" from "engineering", and no pattern read it).
#[test]
fn a_name_before_a_part_noun_is_the_possessives_part() {
    let f = facts(&draft(
        "Dealers said Hoechst AG was not expected to announce a decision on the sale of its \
         Uhde engineering unit before next week.",
    ));
    has_all(&f, &["Uhde | is the engineering unit of | Hoechst AG"]);
}

/// "…, but denied reports that Villa had made an offer for Liverpool's
/// Stan Collymore", "denied that Inter Milan had signed Ivan Zamorano":
/// what a denial is of did not happen, as its speaker has it (both had
/// been drafted as stated; the parse had also hung "denied" from
/// "reports" as an adjective); but "Zaire has accused Rwanda…, a charge
/// both governments deny" is an accusation made.
#[test]
fn what_a_denial_is_of_is_negated() {
    let set = draft(
        "Brian Little said he still hoped to sign a striker, but denied reports that Villa had \
         made an offer for Liverpool's Stan Collymore. Club president Jesus Gil denied that \
         Inter Milan had signed Ivan Zamorano. Zaire has accused Rwanda of arming the rebels, a \
         charge the government in Kigali denies.",
    );
    let status = |object: &str| {
        set.facts
            .iter()
            .find(|f| {
                matches!(&f.object, Object::Entity(o) if set.entity(o).is_some_and(|e| e.name == object))
            })
            .map(|f| f.status)
    };
    use fact_explorer_core::model::Status;
    assert_eq!(status("Stan Collymore"), Some(Status::Negated));
    assert_eq!(status("Ivan Zamorano"), Some(Status::Negated));
    assert_eq!(status("Rwanda"), Some(Status::Stated));
}

/// "European Union envoy Miguel Angel Moratinos met…": a fact's evidence
/// holds its ends' whole names (that of "is envoy of" had started at
/// "Union", inside the body's name).
#[test]
fn evidence_holds_the_ends_whole_names() {
    let set = draft(
        "Envoy visits\n\nDAMASCUS 1996-12-06\n\nEuropean Union envoy Miguel Angel Moratinos met \
         Syrian President Hafez al-Assad on Wednesday.\n",
    );
    let envoy = set
        .facts
        .iter()
        .find(|f| f.relation == "is envoy of")
        .expect("drafted");
    assert!(
        envoy.evidence[0].text.starts_with("European Union envoy"),
        "{:?}",
        envoy.evidence
    );
}

/// "at Subic Bay in the Philippines", "the Thompson Bay deposit in
/// northern Manitoba", "Port-Royal station in central Paris": a region
/// (or a place typed as one), maybe a site's noun, "in" and a place.
#[test]
fn a_region_or_a_site_in_a_place_beside_it() {
    let set = draft(
        "Leaders meet\n\nMANILA 1996-12-06\n\nThe row has overshadowed last month's agreement by \
         leaders of the Asia-Pacific Economic Cooperation (APEC) forum at Subic Bay in the \
         Philippines to cut tariffs on computers.\n\nMcInnes was a deputy minister of mines in \
         Manitoba.\n\nLaurentian's main asset is the Thompson Bay \
         deposit in northern Manitoba, about 60 km from Inco's own mine.\n\nFour people were \
         killed when a bomb exploded in a carriage at Port-Royal station in central Paris on \
         December 3.\n",
    );
    let facts = facts(&set);
    for want in [
        "Subic Bay | is in | Philippines",
        "Thompson Bay | is in | Manitoba",
        "Port-Royal | is in | Paris",
    ] {
        assert!(facts.iter().any(|f| f == want), "{want}: {facts:?}");
    }
}

/// "In Vienna, the Organisation for Security and Cooperation in Europe
/// (OSCE) said…": the fronted place is where the body spoke, not the
/// verb's subject with the body its conjunct.
#[test]
fn a_fronted_place_is_no_subject_of_the_verb() {
    let set = draft(
        "Bosnia vote\n\nSARAJEVO 1996-12-06\n\nIn Vienna, the Organisation for Security and \
         Cooperation in Europe (OSCE) said it would decide next month whether municipal \
         elections would go ahead.\n",
    );
    let facts = facts(&set);
    let want = "Organisation for Security and Cooperation in Europe | spoke in | Vienna";
    assert!(facts.iter().any(|f| f == want), "{facts:?}");
}

/// "In Taipei, China Airlines said it was close to a decision on replacing
/// its ageing A300 fleet": the speech verb is the sentence's (the parse had
/// made it a relative clause of the place), and "it", the subject of what
/// is said, is the speaker, not the story's airline.
#[test]
fn a_speech_verb_after_a_fronted_place_and_it_in_what_is_said() {
    let set = draft(
        "Singapore Airlines picks Airbus over Boeing in $3 billion order\n\nSINGAPORE \
         1996-11-20\n\nSingapore Airlines Ltd (SIA) said on Wednesday it had ordered 15 \
         long-range A340-300 jets from Airbus Industrie for about $3 billion, dealing a blow to \
         Boeing Co, which had hoped to sell the carrier more of its 777 twin-jets.\n\nIn Taipei, \
         China Airlines said it was close to a decision on replacing its ageing A300 fleet and \
         that both Boeing and Airbus had submitted bids.\n",
    );
    let facts = facts(&set);
    assert!(
        facts
            .iter()
            .any(|f| f == "China Airlines | spoke in | Taipei"),
        "{facts:?}"
    );
    assert!(
        !facts
            .iter()
            .any(|f| f.starts_with("Singapore Airlines Ltd | replacing")),
        "{facts:?}"
    );
}

/// "Villa forwards Savo Milosevic and Dwight Yorke" after "Aston Villa",
/// "Rangers centre Wayne Gretzky": a body's short name before a player's
/// position and a name is the body, whose position the player holds (a
/// lower-case "centre" only: "CoreStates Center" stays a venue's name).
#[test]
fn a_teams_short_name_before_a_players_position() {
    let set = draft(
        "Villa sign Rehak\n\nLONDON 1996-08-09\n\nAston Villa signed Czech international \
         midfielder Tomas Rehak from Sparta Prague for 4.2 million pounds on Friday.\n\nVilla \
         manager Brian Little said Rehak would play on the left of midfield.\n\nLittle said he \
         still hoped to sign a striker to play alongside Villa forwards Savo Milosevic and \
         Dwight Yorke.\n\nEric Lindros scored twice as the Philadelphia Flyers beat the New York \
         Rangers 3-1 at the CoreStates Center, holding Rangers centre Wayne Gretzky without a \
         point.\n",
    );
    let facts = facts(&set);
    for want in [
        "Savo Milosevic | is forward of | Aston Villa",
        "Dwight Yorke | is forward of | Aston Villa",
        "Wayne Gretzky | is centre of | New York Rangers",
    ] {
        assert!(facts.iter().any(|f| f == want), "{want}: {facts:?}");
    }
    assert_eq!(kind(&set, "CoreStates Center"), Some(EntityKind::Venue));
}

/// "Telekom's Bjarne Riis of Denmark": a one-word name no list knows as a
/// person's, owning a person named in full, is a body.
#[test]
fn an_unknown_owner_of_a_person_is_a_body() {
    let set = draft(
        "Jalabert wins\n\nHUY, Belgium 1996-04-17\n\nTelekom's Bjarne Riis of Denmark pulled out \
         after 80 km with stomach problems, his team said.\n",
    );
    assert_eq!(kind(&set, "Telekom"), Some(EntityKind::Organisation));
    let facts = facts(&set);
    assert!(
        facts
            .iter()
            .any(|f| f == "Bjarne Riis | belongs to | Telekom"),
        "{facts:?}"
    );
}

/// "Jalal Talabani, whose Patriotic Union of Kurdistan (PUK) has fought
/// the KDP": a body's head word before "of" makes the name a body's though
/// its acronym was read as a place, and what the "whose" clause does is
/// its subject's deed, not the owner's ("has fought whose of").
#[test]
fn a_union_of_a_region_and_the_deed_of_a_whose_clause() {
    let set = draft(
        "Talks\n\nDAMASCUS 1996-12-06\n\nJalal Talabani, whose Patriotic Union of Kurdistan (PUK) \
         has fought the KDP for control of the north since 1994, said in Damascus that Akashi \
         had not consulted him.\n",
    );
    assert_eq!(
        kind(&set, "Patriotic Union of Kurdistan"),
        Some(EntityKind::Organisation)
    );
    let facts = facts(&set);
    assert!(
        facts
            .iter()
            .any(|f| f == "Patriotic Union of Kurdistan | has fought | KDP"),
        "{facts:?}"
    );
    assert!(!facts.iter().any(|f| f.contains("whose")), "{facts:?}");
}

/// "Museveni, whom Buyoya has accused of arming the rebels, said…" and
/// "Radio Television Serbia (RTS), which Draskovic accuses of lying": an
/// object relative clause's subject does its verb to the name the clause
/// hangs from (the parse had made the clause the root, or "which" a
/// second subject and the verb the main clause's).
#[test]
fn an_object_relative_clause_is_done_to_its_name() {
    let set = draft(
        "Talks stall\n\nBUJUMBURA 1996-12-06\n\nMuseveni, whom Buyoya has accused of arming the \
         rebels, said Uganda had no interest in interfering in Burundi's affairs.\n\nRiot police \
         guarded the Belgrade headquarters of state-run Radio Television Serbia (RTS), which \
         Draskovic accuses of lying about the size of the protests.\n",
    );
    let facts = facts(&set);
    for want in [
        "Buyoya | has accused | Museveni",
        "Draskovic | accuses | Radio Television Serbia",
    ] {
        assert!(facts.iter().any(|f| f == want), "{want}: {facts:?}");
    }
}

/// "Hubertus Schmoldt, chairman of the German chemical workers' union IG
/// Chemie": a role of a body described, then named; "a partnership with
/// AMR Corp's American Airlines": the owner's first word hangs from its
/// last (the parse had hung "AMR" from "Airlines"); "the alliance" stands
/// for no union.
#[test]
fn a_role_of_a_described_body_and_a_two_word_owner() {
    let set = draft(
        "Unions\n\nBONN 1996-12-06\n\nHubertus Schmoldt, chairman of the German chemical \
         workers' union IG Chemie, said the union would fight any compulsory redundancies.\n\nThe \
         alliance is a blow to Canadian Airlines International, the country's second-largest \
         carrier, which has lost money for six years and relies on a partnership with AMR Corp's \
         American Airlines.\n",
    );
    let facts = facts(&set);
    for want in [
        "Hubertus Schmoldt | is chairman of | IG Chemie",
        "American Airlines | belongs to | AMR Corp",
    ] {
        assert!(facts.iter().any(|f| f == want), "{want}: {facts:?}");
    }
    assert!(
        !facts.iter().any(|f| f.starts_with("IG Chemie | is a blow")),
        "{facts:?}"
    );
}

/// "The United Nations Children's Fund (UNICEF)", "the Russian People's
/// Republican Party": a plural's possessive inside a body's name parts no
/// owner from what it owns.
#[test]
fn a_plurals_possessive_inside_a_bodys_name() {
    let set = draft(
        "Floods\n\nKANO 1996-12-06\n\nThe United Nations Children's Fund (UNICEF) said it was \
         working with the Nigerian Red Cross Society.\n",
    );
    assert_eq!(
        kind(&set, "United Nations Children's Fund"),
        Some(EntityKind::Organisation)
    );
    assert_eq!(kind(&set, "Fund"), None);
    let facts = facts(&set);
    assert!(!facts.iter().any(|f| f.contains("belongs to")), "{facts:?}");
}

/// "the Israeli-backed South Lebanon Army", "the Iranian-backed Hezbollah":
/// the people's word's country backs the body; "its Sindelfingen plant near
/// Stuttgart": a site near a town.
#[test]
fn a_hyphened_backer_and_a_site_near_a_town() {
    let set = draft(
        "Lebanon\n\nBEIRUT 1996-12-06\n\nShells fired by the Israeli-backed South Lebanon Army \
         (SLA) hit their post.\n\nThe SLA blamed guerrillas of the Iranian-backed Hezbollah, \
         which is fighting to drive Israeli troops out of the south.\n\nDaimler-Benz, whose \
         Mercedes-Benz car unit on Tuesday became the first big company to apply the new rules, \
         said output at its Sindelfingen plant near Stuttgart could be halted for several \
         hours.\n",
    );
    let facts = facts(&set);
    for want in [
        "Israel | backs | South Lebanon Army",
        "Iran | backs | Hezbollah",
        "Sindelfingen | is near | Stuttgart",
    ] {
        assert!(facts.iter().any(|f| f == want), "{want}: {facts:?}");
    }
}

/// "Foreign ministers Luiz Felipe Lampreia of Brazil and Jose Angel Gurria
/// of Mexico", where the tagger read "Brazil and Jose Angel Gurria" as one
/// place: a listed place, "and" and a given name part a place from a
/// person.
#[test]
fn a_place_and_a_person_read_as_one_name() {
    let set = draft(
        "Cardoso and Zedillo sign trade and energy accords in Mexico\n\nMEXICO CITY \
         1997-04-08\n\nBrazilian President Fernando Henrique Cardoso and Mexican President \
         Ernesto Zedillo signed five agreements on trade, energy and drug trafficking on Tuesday \
         at the start of Cardoso's three-day state visit to Mexico.\n\nThe accords, signed at the \
         National Palace after a private meeting between the two leaders, include a framework \
         for talks on free trade between Mexico and the Mercosur customs union of Brazil, \
         Argentina, Uruguay and Paraguay.\n\n\"Latin America's two largest economies can no \
         longer afford to turn their backs on each other,\" Zedillo said at a ceremony attended \
         by ministers and business leaders from both countries.\n\nForeign ministers Luiz \
         Felipe Lampreia of Brazil and Jose Angel Gurria of Mexico signed a separate accord to \
         share intelligence on drug smuggling routes through Central America.\n",
    );
    assert_eq!(kind(&set, "Jose Angel Gurria"), Some(EntityKind::Person));
    let facts = facts(&set);
    for want in [
        "Luiz Felipe Lampreia | is foreign minister of | Brazil",
        "Jose Angel Gurria | is foreign minister of | Mexico",
    ] {
        assert!(facts.iter().any(|f| f == want), "{want}: {facts:?}");
    }
}

/// "Foreign ministers Luiz Felipe Lampreia of Brazil and Jose Angel Gurria
/// of Mexico": a role's plural before people each of a country gives each
/// the role, with its portfolio; "is from" beside a role of the same pair
/// says less and goes ("Presidents Benjamin Mkapa of Tanzania…").
#[test]
fn a_plural_role_with_its_portfolio_and_no_is_from_beside_a_role() {
    let set = draft(
        "Summit\n\nARUSHA 1996-12-06\n\nPresidents Benjamin Mkapa of Tanzania and Daniel arap Moi \
         of Kenya met on Monday.\n\nForeign ministers Luiz Felipe Lampreia of Brazil and Jose \
         Angel Gurria of Mexico signed a separate accord.\n",
    );
    let facts = facts(&set);
    for want in [
        "Benjamin Mkapa | is President of | Tanzania",
        "Luiz Felipe Lampreia | is foreign minister of | Brazil",
        "Jose Angel Gurria | is foreign minister of | Mexico",
    ] {
        assert!(facts.iter().any(|f| f == want), "{want}: {facts:?}");
    }
    assert!(!facts.iter().any(|f| f.contains("is from")), "{facts:?}");
}

/// "said Somchai Charoenwong, a banking analyst at Jardine Fleming": a
/// name described by a person's trade is a person's (it had been a body's,
/// as a speaker no list knew); "Richard Hitchcock of SBC Warburg": an
/// acronym opening a name makes it a body's, not a person's.
#[test]
fn a_name_described_by_a_trade_and_one_opened_by_an_acronym() {
    let set = draft(
        "Banks\n\nBANGKOK 1996-12-06\n\n\"This is the right step, but the cost to taxpayers will \
         be large,\" said Somchai Charoenwong, a banking analyst at Jardine Fleming.\n\nRichard \
         Hitchcock of SBC Warburg said the bid was likely to be referred to the Monopolies and \
         Mergers Commission.\n",
    );
    assert_eq!(kind(&set, "Somchai Charoenwong"), Some(EntityKind::Person));
    assert_eq!(kind(&set, "SBC Warburg"), Some(EntityKind::Organisation));
    let facts = facts(&set);
    for want in [
        "Somchai Charoenwong | is banking analyst at | Jardine Fleming",
        "Richard Hitchcock | works for | SBC Warburg",
    ] {
        assert!(facts.iter().any(|f| f == want), "{want}: {facts:?}");
    }
}

/// "Chrysler Corp chairman Robert Eaton, who is in Singapore as an adviser
/// to the U.S. delegation": a relative clause with a copula and "in" a
/// place says where the name is.
#[test]
fn a_relative_clause_says_where_someone_is() {
    let set = draft(
        "Trade\n\nSINGAPORE 1996-12-10\n\nChrysler Corp chairman Robert Eaton, who is in \
         Singapore as an adviser to the U.S. delegation, urged Barshefsky to file a formal \
         complaint.\n",
    );
    let facts = facts(&set);
    assert!(
        facts
            .iter()
            .any(|f| f == "Robert Eaton | is in | Singapore"),
        "{facts:?}"
    );
}

/// "Joe Sakic scored 2:14 into overtime to give the Colorado Avalanche a
/// 4-3 win over the Detroit Red Wings": the side given the win beat the
/// other, the person before "give" scored for it, and gave the beaten side
/// nothing.
#[test]
fn a_win_given_over_a_side() {
    let set = draft(
        "ICE HOCKEY - SAKIC GIVES AVALANCHE OVERTIME WIN OVER RED WINGS\n\nDENVER \
         1996-12-04\n\nJoe Sakic scored 2:14 into overtime to give the Colorado Avalanche a 4-3 \
         win over the Detroit Red Wings in the National Hockey League (NHL) on Wednesday.\n\n\
         Juan Antonio Pizzi scored twice to give Barcelona a 2-1 victory over Real Betis.\n",
    );
    let facts = facts(&set);
    for want in [
        "Juan Antonio Pizzi | scored for | Barcelona",
        "Barcelona | beat | Real Betis",
    ] {
        assert!(facts.iter().any(|f| f == want), "{want}: {facts:?}");
    }
    assert!(
        !facts.iter().any(|f| f.starts_with("Joe Sakic | give")),
        "{facts:?}"
    );
}

/// "Aston Villa signed Czech international midfielder Tomas Rehak from
/// Sparta Prague": the player came from the club after "from"; the club
/// that signs him did nothing with it.
#[test]
fn a_club_signing_a_player_from_another() {
    let set = draft(
        "Villa sign Rehak\n\nLONDON 1996-08-09\n\nAston Villa signed Czech international \
         midfielder Tomas Rehak from Sparta Prague for 4.2 million pounds on Friday.\n",
    );
    let facts = facts(&set);
    assert!(
        links(&facts, "Tomas Rehak | ", "| Sparta Prague"),
        "{facts:?}"
    );
    assert!(
        !links(&facts, "Aston Villa | ", "| Sparta Prague"),
        "{facts:?}"
    );
}

/// "DAMASCUS … Foreign Minister Farouq al-Shara … said that Damascus would
/// not negotiate with Israeli Prime Minister Benjamin Netanyahu": a title
/// with no owner is of the country the story was filed from though another
/// country's title comes after it in the sentence.
#[test]
fn a_title_of_the_filing_country_before_another_countrys() {
    let set = draft(
        "EU envoy in Damascus\n\nDAMASCUS 1996-12-06\n\nEuropean Union envoy Miguel Angel \
         Moratinos met Syrian President Hafez al-Assad on Wednesday and urged Syria to resume \
         peace talks with Israel.\n\nForeign Minister Farouq al-Shara, who also attended the \
         talks, said in a statement that Damascus would not negotiate with Israeli Prime \
         Minister Benjamin Netanyahu.\n",
    );
    let facts = facts(&set);
    assert!(
        facts
            .iter()
            .any(|f| f == "Farouq al-Shara | is Foreign Minister of | Syria"),
        "{facts:?}"
    );
}

/// "shelled a post of the United Nations Interim Force in Lebanon (UNIFIL)
/// near the village of Qana": the village says where the post is; the
/// force has no "post of" Qana.
#[test]
fn a_place_near_what_a_body_owns_is_not_owned_by_it() {
    let set = draft(
        "Israeli guns shell UN post\n\nBEIRUT 1996-08-12\n\nIsraeli artillery shelled a post \
         of the United Nations Interim Force in Lebanon (UNIFIL) near the village of Qana on \
         Monday, a UNIFIL spokesman said.\n",
    );
    let facts = facts(&set);
    assert!(
        !facts
            .iter()
            .any(|f| f.contains("Interim Force") && f.ends_with("| Qana")),
        "{facts:?}"
    );
}

/// "In Vienna, the Organisation for Security and Cooperation in Europe
/// (OSCE) said…": where a speaker spoke is evidenced with its "In", as
/// written (it had started at "Vienna,").
#[test]
fn a_fronted_place_of_speech_is_evidenced_with_its_preposition() {
    let set = draft(
        "Observers for Bosnia\n\nVIENNA 1996-08-12\n\nIn Vienna, the Organisation for Security \
         and Cooperation in Europe (OSCE) said it would send observers.\n",
    );
    let spoke = set
        .facts
        .iter()
        .find(|f| f.relation == "spoke in")
        .expect("drafted");
    assert!(
        spoke.evidence[0]
            .text
            .starts_with("In Vienna, the Organisation"),
        "{:?}",
        spoke.evidence
    );
}

/// "Adam Deadmarsh, Valeri Kamensky and Claude Lemieux also scored": a
/// given name before a rare word no list knows is a person where the
/// tagger found nothing; not after a common noun ("her graphic novel
/// Angel Catbird, with illustrator Johnnie Christmas").
#[test]
fn a_given_name_before_an_unknown_word_is_a_person() {
    let set = draft(
        "Avalanche win\n\nDENVER 1996-12-06\n\nPatrick Roy made 31 saves for Colorado, and Adam \
         Deadmarsh, Valeri Kamensky and Claude Lemieux also scored.\n\nAtwood was there to \
         launch her graphic novel Angel Catbird, with illustrator Johnnie Christmas.\n",
    );
    assert_eq!(kind(&set, "Adam Deadmarsh"), Some(EntityKind::Person));
    assert_eq!(kind(&set, "Valeri Kamensky"), Some(EntityKind::Person));
    assert_eq!(kind(&set, "Angel Catbird"), None);
}

/// "Nevada's two senators, Democrats Harry Reid and Richard Bryan": the
/// party's members' word is no part of the name, and each holds the role
/// in the singular.
#[test]
fn a_party_members_word_before_people_and_a_plural_role() {
    let set = draft(
        "Senators oppose site\n\nWASHINGTON 1996-12-06\n\nBut Nevada's two senators, Democrats \
         Harry Reid and Richard Bryan, said they would oppose any nominee who supported a waste \
         site in their state.\n",
    );
    assert_eq!(kind(&set, "Harry Reid"), Some(EntityKind::Person));
    has_all(
        &facts(&set),
        &[
            "Harry Reid | is senator of | Nevada",
            "Richard Bryan | is senator of | Nevada",
        ],
    );
}

/// "Creditanstalt-Bankverein", "Tatra Kreditbank": a name ending in a word
/// for a bank run together with what comes before it is a bank's, though
/// the headline's short form reads as a place; "the Austrian bank" stands
/// for the Austrian one (not the "National Bank of Slovakia", whose name
/// says it is another country's) and says where it is based; the chief
/// executive of that sentence is then no officer of the one company it
/// names by name.
#[test]
fn a_bank_described_by_its_nationality() {
    let set = draft(
        "Creditanstalt keeps stake\n\nVIENNA 1996-12-06\n\nCreditanstalt-Bankverein said on \
         Friday it would sell a stake in Tatra Kreditbank, in which the National Bank of \
         Slovakia holds 15 percent.\n\nChief executive Guido Schmidt-Chiari said the Austrian \
         bank would keep a majority stake of 60 percent in Tatra Kreditbank.\n",
    );
    assert_eq!(
        kind(&set, "Creditanstalt-Bankverein"),
        Some(EntityKind::Organisation)
    );
    let facts = facts(&set);
    has_all(
        &facts,
        &["Creditanstalt-Bankverein | is based in | Austria"],
    );
    assert!(
        !facts
            .iter()
            .any(|f| f.starts_with("National Bank of Slovakia |") && f.contains("Austria")),
        "{facts:?}"
    );
    assert!(
        !facts
            .iter()
            .any(|f| f.starts_with("Guido Schmidt-Chiari | is Chief executive of | Tatra")),
        "{facts:?}"
    );
}

/// "…at a news conference in Madrid by BA chairman Colin Marshall, who
/// said it would give the Spanish airline 'a place in the first
/// division'": a people's word before a company's noun, standing for a
/// company, says where it is based.
#[test]
fn a_company_described_by_its_nationality_is_based_there() {
    let set = draft(
        "BA and Iberia form alliance\n\nMADRID 1996-12-06\n\nBritish Airways Plc and Iberia \
         agreed on Wednesday to form an alliance under which the British carrier will buy a 10 \
         percent stake in Iberia.\n\nThe deal was announced at a news \
         conference in Madrid by BA chairman Colin Marshall, who said it would give the Spanish \
         airline \"a place in the first division\".\n",
    );
    has_all(
        &facts(&set),
        &[
            "British Airways Plc | is based in | Britain",
            "Iberia | is based in | Spain",
        ],
    );
}

/// "The Jatiya Party of jailed former president Hussain Mohammad Ershad
/// came third" (the parse had read the name as a second subject of the
/// verb); "the National Council for the Defence of Democracy (CNDD) of
/// Leonard Nyangoma": a body of a person is the body the person leads;
/// "Moi's Kenya African National Union" says only that it is his.
#[test]
fn a_body_of_a_person_is_led_by_the_person() {
    let set = draft(
        "Poll results\n\nDHAKA 1996-12-06\n\nThe Jatiya Party of jailed former president \
         Hussain Mohammad Ershad came third with 32 seats.\n\nRukingama said Burundi would not \
         negotiate with the National Council for the Defence of Democracy (CNDD) of Leonard \
         Nyangoma.\n\nNyachae is a leading member of Moi's Kenya African National Union \
         (KANU).\n",
    );
    let facts = facts(&set);
    has_all(
        &facts,
        &[
            "Hussain Mohammad Ershad | leads | Jatiya Party",
            "Leonard Nyangoma | leads | National Council for the Defence of Democracy",
        ],
    );
    assert!(
        !facts.iter().any(|f| f.starts_with("Moi | leads")),
        "{facts:?}"
    );
}

/// "…to form a joint Council of Ministers by the end of the year,
/// international mediator Carl Bildt said": the name after a role is the
/// role's holder only where the role is in the other subject's own noun
/// phrase, not in a clause the parse hung below it.
#[test]
fn a_holder_is_not_taken_from_a_clause_below_another_subject() {
    let set = draft(
        "Bosnia agrees\n\nSARAJEVO 1996-12-06\n\nTwo of the three members of Bosnia's joint \
         presidency agreed on Tuesday to form a joint Council of Ministers by the end of the \
         year, international mediator Carl Bildt said after six hours of talks.\n",
    );
    let facts = facts(&set);
    assert!(
        !facts
            .iter()
            .any(|f| f.contains("Council of Ministers") && f.contains("Carl Bildt")),
        "{facts:?}"
    );
}

/// "The public sector union OeTV, whose leader Herbert Mai met Kohl": a
/// name no tagger read, right after "the", lower-case words and a word
/// for a body, is that body's.
#[test]
fn a_name_after_a_word_for_a_body_is_the_bodys() {
    let set = draft(
        "Unions protest\n\nBONN 1996-12-06\n\nThe public sector union OeTV, whose leader Herbert \
         Mai met Kohl in Bonn last week, is expected to join the protests, Schulte said.\n",
    );
    assert_eq!(kind(&set, "OeTV"), Some(EntityKind::Organisation));
    has_all(&facts(&set), &["Herbert Mai | is leader of | OeTV"]);
}

/// "Ian Wright and Dennis Bergkamp scored for Arsenal, which has not lost
/// at home since August": a name the tagger missed after a verb of
/// playing and "for" is the side's, and each scorer scored for it.
#[test]
fn a_side_played_for_is_named_by_the_verb() {
    let set = draft(
        "Arsenal win\n\nLONDON 1996-12-06\n\nIan Wright and Dennis Bergkamp scored for Arsenal, \
         which has not lost at home since August.\n",
    );
    assert_eq!(kind(&set, "Arsenal"), Some(EntityKind::Organisation));
    has_all(
        &facts(&set),
        &[
            "Ian Wright | scored for | Arsenal",
            "Dennis Bergkamp | scored for | Arsenal",
        ],
    );
}

/// "Granada Group Plc, which owns 14 percent of Yorkshire-Tyne Tees,
/// said…"; "Weber said Lufthansa, which already has a code-sharing pact
/// with United, was building a global network with partners in North
/// America": a relative clause opened by "which" right after a name,
/// which the parse read as what was said, says something of the name, and
/// the verb after it with no subject of its own is the name's.
#[test]
fn a_which_clause_after_a_name_read_as_what_was_said() {
    let set = draft(
        "Airline stakes\n\nLONDON 1996-12-06\n\nCarlton Communications Plc said it would bid \
         for Yorkshire-Tyne Tees Television Holdings Plc.\n\nGranada Group Plc, which owns 14 \
         percent of Yorkshire-Tyne Tees, said it had not decided whether to sell its \
         stake.\n\nWeber said Lufthansa, which already has a code-sharing pact with United, was \
         building a global network with partners in North America, Asia and Scandinavia.\n",
    );
    let facts = facts(&set);
    has_all(
        &facts,
        &["Granada Group Plc | owns 14 percent of | Yorkshire-Tyne Tees Television Holdings Plc"],
    );
    assert!(
        links(&facts, "Lufthansa | was building", "| North America"),
        "{facts:?}"
    );
}

/// "Felipe Gonzalez, a former prime minister of Spain who heads a
/// fact-finding mission of the OSCE, met President Slobodan Milosevic":
/// the verb after an apposition ended by a relative clause is the name's,
/// where the parse had hung it inside the clause.
#[test]
fn a_verb_after_an_apposition_with_a_relative_clause() {
    let set = draft(
        "OSCE mission\n\nBELGRADE 1996-12-06\n\nFelipe Gonzalez, a former prime minister of \
         Spain who heads a fact-finding mission of the Organisation for Security and \
         Cooperation in Europe (OSCE), met President Slobodan Milosevic of Serbia on \
         Saturday.\n",
    );
    has_all(
        &facts(&set),
        &[
            "Felipe Gonzalez | met | Slobodan Milosevic",
            "Felipe Gonzalez | is former prime minister of | Spain",
        ],
    );
}

/// "Marco and Stefano Zennaro were charged on Tuesday. Their lawyer,
/// Giovanni Battista Muscari, said…": people joined by "and" nearer than
/// any body stand for "their"; the company of the paragraph before is not
/// the one the lawyer works for.
#[test]
fn they_after_people_joined_by_and_is_no_body_before_them() {
    let set = draft(
        "Fire trial\n\nVENICE 1996-12-06\n\nCanadian Airlines International said on Monday it \
         would cut jobs.\n\nMarco and Stefano Zennaro were charged on Tuesday. Their lawyer, \
         Giovanni Battista Muscari, said the cousins were innocent.\n",
    );
    let facts = facts(&set);
    assert!(
        !facts
            .iter()
            .any(|f| f.starts_with("Giovanni Battista Muscari |") && f.contains("Canadian")),
        "{facts:?}"
    );
}

/// "U.S. Middle East envoy Dennis Ross": a region right after a country
/// before a title says what the office covers; the country holds it.
#[test]
fn a_region_between_a_country_and_a_title_is_no_owner() {
    let set = draft(
        "Ross in Jerusalem\n\nJERUSALEM 1996-12-06\n\nU.S. Middle East envoy Dennis Ross met \
         Israeli Prime Minister Benjamin Netanyahu in Jerusalem on Thursday.\n",
    );
    let facts = facts(&set);
    has_all(&facts, &["Dennis Ross | is envoy of | U.S."]);
    assert!(
        !facts
            .iter()
            .any(|f| f == "Dennis Ross | is envoy of | Middle East"),
        "{facts:?}"
    );
}

/// "Dennis Ross met Israeli Prime Minister Benjamin Netanyahu in
/// Jerusalem": the one met met the other there too.
#[test]
fn the_one_met_met_there_too() {
    let set = draft(
        "Ross in Jerusalem\n\nJERUSALEM 1996-12-06\n\nU.S. Middle East envoy Dennis Ross met \
         Israeli Prime Minister Benjamin Netanyahu in Jerusalem on Thursday.\n",
    );
    has_all(
        &facts(&set),
        &[
            "Dennis Ross | met in | Jerusalem",
            "Benjamin Netanyahu | met Dennis Ross in | Jerusalem",
        ],
    );
}

/// "Siemens added 0.55 to 71.20", "owned by Aerospatiale of France": a
/// one-word name read as a person's (a surname too), no word of a longer
/// name in the text, is a company's where its shares move by a number or
/// "of" a country follows it; "Sampras of the United States" after "Pete
/// Sampras" stays a person.
#[test]
fn a_lone_surname_whose_shares_move_is_a_company() {
    let set = draft(
        "German stocks\n\nFRANKFURT 1996-12-06\n\nDaimler rose 1.10 marks to 97.40 and Siemens \
         added 0.55 to 71.20.\n\nAirbus is owned by Aerospatiale of France and British \
         Aerospace.\n\nPete Sampras beat Boris Becker. Sampras of the United States won in four \
         sets.\n",
    );
    assert_eq!(kind(&set, "Siemens"), Some(EntityKind::Organisation));
    assert_eq!(kind(&set, "Aerospatiale"), Some(EntityKind::Organisation));
    assert_eq!(kind(&set, "Pete Sampras"), Some(EntityKind::Person));
}

/// "Central Division standings after Wednesday's games: Dallas 58 points,
/// Detroit 54, St Louis 45, Chicago 44": a table's label before its colon
/// may be long; the towns in the table are teams.
#[test]
fn a_standings_table_after_a_long_label_names_teams() {
    let set = draft(
        "NHL standings\n\nNEW YORK 1996-12-06\n\nDetroit beat Colorado 4-3 on Wednesday.\n\n\
         Central Division standings after Wednesday's games: Dallas 58 points, Detroit 54, St \
         Louis 45, Chicago 44, Phoenix 42, Toronto 39.\n",
    );
    assert_eq!(kind(&set, "Dallas"), Some(EntityKind::Organisation));
    assert_eq!(kind(&set, "Chicago"), Some(EntityKind::Organisation));
}

/// "Cardinal Stephen Kim Sou-hwan, the Archbishop of Seoul, urged…": a
/// title alone before a name the tagger read apart is no name of its own
/// (it had made "Cardinal" a place), and a church's titles are roles.
#[test]
fn a_title_alone_before_a_name_is_no_name() {
    let set = draft(
        "Church urges talks\n\nSEOUL 1996-12-06\n\nCardinal Stephen Kim Sou-hwan, the \
         Archbishop of Seoul, urged President Kim Young-sam to meet the union leaders.\n",
    );
    assert_eq!(kind(&set, "Cardinal"), None);
    has_all(
        &facts(&set),
        &["Stephen Kim Sou-hwan | is Archbishop of | Seoul"],
    );
}

/// "Pesic told a crowd that the OSCE team would report to the group's
/// chairman, Flavio Cotti": a description that owns something may stand
/// for the name in its clause's subject, as "its" may (it had been taken
/// as the speaker's party, named earlier in the sentence).
#[test]
fn a_description_that_owns_may_stand_for_the_subjects_name() {
    let set = draft(
        "Envoy meets Milosevic\n\nBELGRADE 1996-12-22\n\nFelipe Gonzalez heads a mission of \
         the Organisation for Security and Cooperation in Europe (OSCE).\n\nVesna Pesic of the \
         Civic Alliance of Serbia told a crowd of about 100,000 in Belgrade's Republic Square \
         that the OSCE team would report to the group's chairman, Switzerland's Foreign Minister Flavio Cotti, by the end of the \
         month.\n",
    );
    let facts = facts(&set);
    has_all(
        &facts,
        &["Flavio Cotti | is chairman of | Organisation for Security and Cooperation in Europe"],
    );
    assert!(
        !facts
            .iter()
            .any(|f| f == "Flavio Cotti | is chairman of | Civic Alliance of Serbia"),
        "{facts:?}"
    );
}

/// "Police sources said Benali was detained at a flat": the parse had hung
/// "said" from "detained" and taken the name for its object; the name is
/// the passive clause's subject, and a subject of the passive is as good a
/// candidate for "he" as one of the active ("French investigators believe
/// he is a member of the GIA" had been the minister's).
#[test]
fn a_reported_passive_subject_is_a_candidate_for_he() {
    let set = draft(
        "France asks Belgium to hand over suspect\n\nBRUSSELS 1996-12-12\n\nFrance on \
         Thursday asked Belgium to extradite Karim Benali, a 31-year-old Algerian who was \
         arrested in Brussels on Tuesday.\n\nBelgian Justice Minister Stefaan De Clerck said \
         he had received the request from his French counterpart, Jacques Toubon.\n\nPolice \
         sources said Benali was detained at a flat in Brussels after a tip from France.\n\n\
         French investigators believe he is a member of the Armed Islamic Group (GIA).\n",
    );
    let facts = facts(&set);
    has_all(&facts, &["Karim Benali | was detained in | Brussels"]);
    assert!(
        !facts
            .iter()
            .any(|f| f.starts_with("Stefaan De Clerck | is member of")),
        "{facts:?}"
    );
}

/// "Daimler-Benz AG said… Daimler shares fell": a company's name before
/// the hyphen of a longer one is that company (it had been a second
/// entity, and "Mapei" of "Mapei-GB" a person).
#[test]
fn a_name_before_a_hyphen_is_the_company() {
    let set = draft(
        "Daimler-Benz results drag Frankfurt shares lower\n\nFRANKFURT 1996-12-10\n\nGerman \
         shares closed lower on Thursday after Daimler-Benz AG reported a smaller rise in \
         profit.\n\nDaimler shares fell 2.10 marks to 97.40 in Frankfurt.\n",
    );
    assert_eq!(kind(&set, "Daimler"), None);
    let company = set
        .entities
        .iter()
        .find(|e| e.name.starts_with("Daimler-Benz"))
        .expect("Daimler-Benz");
    assert!(
        company.aliases.iter().any(|a| a == "Daimler"),
        "{:?}",
        company.aliases
    );
}

/// "Air Canada shares rose 35 cents to C$5.10 on the Montreal Exchange":
/// "shares" after a name is the subject's noun, not the verb (the tagger,
/// trained on little market news, read it as the verb and the parse made
/// it the root); the company's shares trade on the exchange named.
#[test]
fn a_companys_shares_trade_on_the_exchange_named() {
    let set = draft(
        "Air Canada in alliance talks\n\nMONTREAL 1996-12-10\n\nAir Canada said on Tuesday it \
         was in talks with United Airlines.\n\nAir Canada shares rose 35 cents to C$5.10 on the \
         Montreal Exchange.\n",
    );
    let facts = facts(&set);
    has_all(
        &facts,
        &["Air Canada | shares traded on | Montreal Exchange"],
    );
    assert!(
        !facts.iter().any(|f| f.contains("shares rose")),
        "{facts:?}"
    );
}

/// "Kohl and Kuchma signed three agreements…. The accords were signed
/// after four hours of talks between the two leaders": a description of a
/// pair stands for the two joined by "and" before it; "The two met for an
/// hour" after a sentence naming only two people is those two meeting.
#[test]
fn a_pair_described_stands_for_the_two_named_before() {
    let set = draft(
        "Kohl signs accords in Kiev\n\nKIEV 1996-09-05\n\nGerman Chancellor Helmut Kohl and \
         Ukrainian President Leonid Kuchma signed three agreements on trade on Thursday.\n\n\
         The accords were signed at the Mariinsky Palace after four hours of talks between the \
         two leaders.\n",
    );
    has_all(
        &facts(&set),
        &["Helmut Kohl | held talks with | Leonid Kuchma"],
    );
    let set = draft(
        "Japan rejects U.S. demands\n\nSINGAPORE 1996-12-10\n\nJapan's Trade Minister Shinji \
         Sato on Tuesday rejected fresh U.S. demands, telling U.S. Trade Representative \
         Charlene Barshefsky that Tokyo had kept its side of a deal.\n\nThe two met for an hour \
         in Singapore.\n",
    );
    has_all(&facts(&set), &["Shinji Sato | met | Charlene Barshefsky"]);
    // (Three people before it: which two is not said.)
    let set = draft(
        "Talks in Rome\n\nROME 1996-12-10\n\nRomano Prodi, Jacques Chirac and Helmut Kohl \
         arrived in Rome on Tuesday.\n\nThe two met for an hour.\n",
    );
    assert!(
        !facts(&set).iter().any(|f| f.contains("| met |")),
        "{:?}",
        facts(&set)
    );
}

/// "Patrick Roy made 31 saves for Colorado, and Adam Deadmarsh, Valeri
/// Kamensky and Claude Lemieux also scored for the Stanley Cup champions":
/// "the champions", whatever title its words name, is a side the story
/// named.
#[test]
fn the_champions_are_a_side_named_before() {
    let set = draft(
        "ICE HOCKEY - SAKIC GIVES AVALANCHE OVERTIME WIN OVER RED WINGS\n\nDENVER \
         1997-01-15\n\nJoe Sakic scored 2:14 into overtime to give the Colorado Avalanche a 4-3 \
         win over the Detroit Red Wings in the National Hockey League (NHL) on Wednesday.\n\nThe \
         Avalanche captain beat Detroit goaltender Mike Vernon with a wrist shot from the left \
         circle after a pass from Swede Peter Forsberg in front of a crowd of 16,061 at \
         McNichols Sports Arena.\n\nSergei Fedorov scored twice for Detroit, including a \
         power-play goal that tied the game 3-3 with 58 seconds left in regulation time.\n\n\"We \
         gave them too many chances in our own end and Joe made us pay,\" Detroit coach Scotty \
         Bowman told reporters.\n\nPatrick Roy made 31 saves for Colorado, and Adam Deadmarsh, \
         Valeri Kamensky and Claude Lemieux also scored for the Stanley Cup \
         champions.\n\nColorado coach Marc Crawford said Roy had kept his team in the game \
         during a second period in which Detroit outshot the Avalanche 14-5.\n",
    );
    has_all(
        &facts(&set),
        &[
            "Adam Deadmarsh | scored for | Colorado Avalanche",
            "Claude Lemieux | scored for | Colorado Avalanche",
        ],
    );
    // Only a side its own sentence names, and not one introduced as
    // something else.
    let set = draft(
        "Villa sign Rehak\n\nLONDON 1996-08-02\n\nAston Villa signed Czech midfielder Tomas \
         Rehak on Friday.\n\nDortmund general manager Michael Meier told the German sports news \
         agency SID that the German champions had never made a firm bid for Rehak.\n",
    );
    assert!(
        !facts(&set).iter().any(|f| f.contains("| had never made")),
        "{:?}",
        facts(&set)
    );
}

/// "U.S. Senator John Cornyn, Republican from Texas, issued a statement":
/// a party's word after a person's name and a comma, before "from", is the
/// person's party and no person of its own ("Republican" had been one,
/// from Texas); the person is from the place after "from" (so is "Joseph
/// Bruno, a Republican from Rensselaer County").
#[test]
fn a_party_word_after_a_name_says_party_and_home() {
    let set = draft(
        "NASA picks shuttle homes\n\nWASHINGTON 2011-04-12\n\nU.S. Senator John Cornyn, \
         Republican from Texas, issued a statement regarding the rejection of Houston.\n\nSenate \
         Majority Leader Joseph Bruno, a Republican from Ohio, praised the choice.\n",
    );
    assert_eq!(kind(&set, "Republican"), None);
    has_all(
        &facts(&set),
        &[
            "John Cornyn | is member of | Republican Party",
            "John Cornyn | is from | Texas",
            "Joseph Bruno | is from | Ohio",
        ],
    );
}

/// "John Cornyn, U.S. Senator (R-Texas)": the letter in the bracket is the
/// member's party and the name after the hyphen his state (it had been a
/// person, "(R-Texas", who was Senator of the U.S.).
#[test]
fn a_party_and_state_bracket_after_a_senator() {
    let set = draft(
        "Shuttle decision criticised\n\nWASHINGTON 2011-04-12\n\nNASA announced where the \
         shuttles will go.\n\n\"I am disappointed,\" said John Cornyn, U.S. Senator (R-Texas).\n",
    );
    assert!(
        set.entities.iter().all(|e| !e.name.contains("R-")),
        "{:?}",
        set.entities.iter().map(|e| &e.name).collect::<Vec<_>>()
    );
    has_all(
        &facts(&set),
        &[
            "John Cornyn | is member of | Republican Party",
            "John Cornyn | is from | Texas",
        ],
    );
}

/// "at the Kennedy Space Center (KSC) in Cape Canaveral, Florida": a
/// feature's word and the capitalised words after it are a place the
/// tagger had missed, and what is "in" it is in it.
#[test]
fn a_feature_word_opens_a_place() {
    let set = draft(
        "Shuttle anniversary\n\nWASHINGTON 2011-04-12\n\nNASA celebrated the launch of the first \
         space shuttle Tuesday at an event at the Kennedy Space Center (KSC) in Cape Canaveral, \
         Florida.\n",
    );
    assert!(kind(&set, "Cape Canaveral").is_some_and(|k| k.is_place()));
    has_all(
        &facts(&set),
        &["Kennedy Space Center | is in | Cape Canaveral"],
    );
}

/// "Jeff Rathke, the State Department Spokesperson, said": a role with its
/// article after a name and a comma, and no "and" before it, explains the
/// name (the labeller had called it a conjunct, and the draft said
/// nothing of whose spokesperson he is).
#[test]
fn a_role_after_a_comma_is_an_apposition() {
    let set = draft(
        "Boat people stranded\n\nWASHINGTON 2015-05-15\n\nJeff Rathke, the State Department \
         Spokesperson, said, \"We urge the governments of the region to act.\"\n",
    );
    has_all(
        &facts(&set),
        &["Jeff Rathke | is Spokesperson of | State Department"],
    );
}

/// '"…," Khaled Al-Maeena, editor at large at the Saudi Gazette, told the
/// BBC': the parse had made the role the verb's subject and hung the name
/// from it; the name is the subject and the role its apposition.
#[test]
fn a_name_before_its_role_is_the_subject() {
    let set = draft(
        "\"Had it happened an hour later it would have been much worse,\" Khaled Al-Maeena, \
         editor at large at the Saudi Gazette, told the BBC.\n",
    );
    has_all(
        &facts(&set),
        &[
            "Khaled Al-Maeena | is editor at | Saudi Gazette",
            "Khaled Al-Maeena | told | BBC",
        ],
    );
}

/// '"…," said Peter Chapman, a mining analyst at JB Were and Son in
/// Melbourne': a firm's "and Son" joins its name as "&" does (it had been
/// "JB", and "Were and Son" a thing bought; in the story the analyst is
/// now the firm's).
#[test]
fn a_firms_and_son_is_one_name() {
    let set = draft(
        "WMC buys Laurentian\n\nMELBOURNE 1996-12-10\n\n\"The market thinks Morgan has paid top \
         dollar, but he has bought the best nickel story in the world,\" said Peter Chapman, a \
         mining analyst at JB Were and Son in Melbourne.\n",
    );
    assert_eq!(
        kind(&set, "JB Were and Son"),
        Some(EntityKind::Organisation)
    );
    assert_eq!(kind(&set, "JB"), None);
}

/// "…ran a small firm, Elettrica Lagunare…. Casson alleges that the pair
/// started the blaze…. Their lawyer, Giovanni Battista Muscari, said": a
/// description of people as a pair between the firm and "their" says the
/// lawyer is not the firm's.
#[test]
fn a_pair_between_a_body_and_they_rules_the_body_out() {
    let set = draft(
        "Venice opera fire trial\n\nVENICE 1996-12-10\n\nThe electricians, Marco Zennaro, 31, \
         and his cousin Stefano Zennaro, 27, ran a small firm, Elettrica Lagunare, which had been \
         hired to rewire the theatre.\n\nProsecutor Felice Casson, who led the investigation, \
         alleges that the pair started the blaze to avoid paying penalties.\n\nTheir lawyer, \
         Giovanni Battista Muscari, said the cousins were innocent.\n",
    );
    assert!(
        !facts(&set)
            .iter()
            .any(|f| f.ends_with("| Elettrica Lagunare") && f.contains("lawyer")),
        "{:?}",
        facts(&set)
    );
}

/// "Jalal Talabani, whose Patriotic Union of Kurdistan (PUK) has fought
/// the KDP…, said in Damascus that Akashi had not consulted him": a name
/// before ", whose" and a party's name is the party's leader, a person (it
/// had been a body, and "him" another man).
#[test]
fn a_name_whose_party_is_a_person() {
    let set = draft(
        "Kurds reject talks\n\nANKARA 1996-12-10\n\nKurdistan Democratic Party leader Massoud \
         Barzani said in Salahuddin that the talks would go on.\n\nJalal Talabani, whose \
         Patriotic Union of Kurdistan (PUK) has fought the KDP for control of the north since \
         1994, said in Damascus that Akashi had not consulted him.\n",
    );
    assert_eq!(kind(&set, "Jalal Talabani"), Some(EntityKind::Person));
    has_all(
        &facts(&set),
        &["Jalal Talabani | belongs to | Patriotic Union of Kurdistan"],
    );
}

/// "Little said he still hoped to sign a striker to play alongside Villa
/// forwards Savo Milosevic and Dwight Yorke": a clause with no subject of
/// its own under a verb whose object is a person by trade is the
/// object's doing (the manager had been drafted as playing with them).
#[test]
fn a_clause_under_a_persons_object_is_the_objects_doing() {
    let set = draft(
        "Villa sign Rehak\n\nLONDON 1996-08-02\n\nAston Villa signed Czech midfielder Tomas \
         Rehak on Friday.\n\nVilla manager Brian Little said Rehak would play on the left of \
         midfield.\n\nLittle said he still hoped to sign a striker to play alongside Villa \
         forwards Savo Milosevic and Dwight Yorke.\n",
    );
    let facts = facts(&set);
    assert!(
        !facts.iter().any(|f| f.starts_with("Brian Little | play")),
        "{facts:?}"
    );
}

/// "Western diplomats said the United States and Britain would press
/// Chiluba to open talks with Kaunda": what one is pressed or urged to do
/// is hoped for, not done (it had been stated).
#[test]
fn what_one_is_urged_to_do_is_hoped_for() {
    let set = draft(
        "Zambia vote disputed\n\nLUSAKA 1996-11-20\n\nPresident Frederick Chiluba won the vote, \
         and former President Kenneth Kaunda called it a fraud.\n\nWestern diplomats in Lusaka \
         said the United States and Britain would not cut aid to Zambia but would press Chiluba \
         to open talks with Kaunda.\n",
    );
    let f = set
        .facts
        .iter()
        .find(|f| f.relation.contains("open talks"))
        .expect("the fact");
    assert_eq!(f.status, fact_explorer_core::model::Status::Hoped);
}

/// "CRICKET - WARNE SPINS AUSTRALIA TO VICTORY OVER WEST INDIES": a
/// shouted headline's relation is worded in small letters ("SPINS").
#[test]
fn a_shouted_headlines_relation_is_in_small_letters() {
    let set = draft(
        "CRICKET - WARNE SPINS AUSTRALIA TO VICTORY OVER WEST INDIES\n\nMELBOURNE 1996-12-30\n\n\
         Shane Warne took seven wickets as Australia beat the West Indies by 122 runs.\n",
    );
    assert!(!set.facts.is_empty());
    for f in &set.facts {
        assert!(
            f.relation.chars().filter(|c| c.is_uppercase()).count() <= 1,
            "{}",
            f.relation
        );
    }
}

/// "Frenchman Laurent Jalabert won the Fleche Wallonne classic…, pulling
/// clear of Italian Michele Bartoli": a clause with no subject of its own
/// hung from the verb is the subject's doing, not the object's (the race
/// had been drafted as pulling clear of the rider).
#[test]
fn a_subjectless_clause_is_not_the_objects_doing() {
    let set = draft(
        "CYCLING - JALABERT WINS FLECHE WALLONNE FOR SECOND TIME\n\nHUY, Belgium 1997-04-16\n\n\
         Frenchman Laurent Jalabert \
         won the Fleche Wallonne classic for the second time on Wednesday, pulling clear of \
         Italian Michele Bartoli on the steep final climb of the Mur de Huy.\n",
    );
    let facts = facts(&set);
    assert!(
        !links(&facts, "Fleche Wallonne |", "| Michele Bartoli"),
        "{facts:?}"
    );
}

/// "…its stake in Turin-Milano Holdings SpA. In Turin, workers went on
/// strike": a place's name before a company's hyphen stays the place (the
/// hyphen rule had made the town the company).
#[test]
fn a_town_before_a_companys_hyphen_stays_the_town() {
    let set = draft(
        "Fiat sells stake\n\nMILAN 1996-12-10\n\nFiat SpA said on Tuesday it sold its stake in \
         Turin-Milano Holdings SpA.\n\nIn Turin, workers at the plant went on strike on \
         Wednesday.\n",
    );
    assert_eq!(kind(&set, "Turin"), Some(EntityKind::City));
}

/// "Western diplomats said the United States would press Kuchma…": a
/// compass point's adjective alone before a word in small letters is no
/// place (the authoring page had shown "Western" as a region).
#[test]
fn a_compass_adjective_alone_is_no_place() {
    let set = draft(
        "Talks urged\n\nKIEV 1996-09-05\n\nWestern diplomats said the United States would press \
         Kuchma to open talks with the opposition leader Viktor Yushchenko.\n",
    );
    assert_eq!(kind(&set, "Western"), None);
}

/// "Hilary Braysmith, USI associate professor of art history": a name
/// before two common nouns modifies the phrase's head, as the treebank
/// hangs it (the parse had hung "USI" from "associate", and the role was
/// lost); a teacher's trade is a role ("a USI instructor in English"),
/// and a people's word after "in" is a language.
#[test]
fn a_body_before_a_two_word_role_owns_it() {
    let set = draft(
        "Warhol show opens\n\nHilary Braysmith, USI associate professor of art history, said \
         the photographs were influential. Kevin Allton, a USI instructor in English, said it \
         was magical.\n",
    );
    let facts = facts(&set);
    has_all(
        &facts,
        &[
            "Hilary Braysmith | is associate professor of | USI",
            "Kevin Allton | is instructor of | USI",
        ],
    );
    // ("in English" is the subject taught, no country of his.)
    assert!(!facts.iter().any(|f| f.contains("England")), "{facts:?}");
}

/// "King Hussein told the official Petra news agency that he would visit
/// Washington": "that" with a clause of its own after a verb of telling
/// opens what was told, not a relative clause of the agency (with "Petra"
/// hung from "agency" by the rule for a name before two nouns, the agency
/// had been drafted as visiting Washington).
#[test]
fn what_is_told_after_that_is_no_relative_clause() {
    let set = draft(
        "Hussein to visit\n\nAMMAN 1996-12-10\n\nIn Amman, King Hussein of Jordan told the \
         official Petra news agency that he would visit Washington in January for talks with \
         President Bill Clinton on the peace process.\n",
    );
    let facts = facts(&set);
    assert!(
        facts
            .iter()
            .any(|f| f == "Hussein | would visit | Washington")
            && !facts.iter().any(|f| f.starts_with("Petra |")),
        "{facts:?}"
    );
}

/// "taken to New Bilibid Prison in Muntinlupa", "mines copper at Olympic
/// Dam in South Australia": a prison, a dam or a mine is a named site,
/// and a place holds it.
#[test]
fn prisons_and_dams_are_named_sites() {
    let set = draft(
        "Mayor jailed\n\nMANILA 1996-12-10\n\nThe former mayor Ernesto Dimalanta was later \
         taken to New Bilibid Prison in Muntinlupa, south of Manila. WMC Ltd also mines copper \
         at Olympic Dam in South Australia.\n",
    );
    assert_eq!(kind(&set, "New Bilibid Prison"), Some(EntityKind::Venue));
    has_all(
        &facts(&set),
        &[
            "New Bilibid Prison | is in | Muntinlupa",
            "Olympic Dam | is in | South Australia",
        ],
    );
}

/// "…rose after Siemens AG, which is based in Munich, said it had agreed
/// to buy…": past a relative clause set off by commas, the verb after the
/// noun that "after" opens is the noun's own clause (the parse had hung
/// "said" beside the company, and "it" stood for no one).
#[test]
fn the_verb_after_a_relative_clause_is_the_nouns_own() {
    let set = draft(
        "Siemens to buy Nixdorf\n\nMUNICH 1996-12-10\n\nShares rose on Tuesday after Siemens \
         AG, which is based in Munich, said it had agreed to buy Nixdorf Computer AG.\n",
    );
    has_all(
        &facts(&set),
        &[
            "Siemens | is based in | Munich",
            "Siemens | had agreed to buy | Nixdorf Computer AG",
        ],
    );
}

/// "U.S. Ambassador to the United Nations Bill Richardson met Arafat": a
/// title, "to" and a body run straight into the person's name; the name
/// heads the phrase (the parse had made the body the subject, and the
/// United Nations met Arafat).
#[test]
fn the_person_after_a_title_to_a_body_does_the_deed() {
    let facts = facts(&draft(
        "Richardson in Gaza\n\nGAZA 1996-12-10\n\nU.S. Ambassador to the United Nations Bill \
         Richardson met Yasser Arafat and accused Israel of delays.\n",
    ));
    has_all(
        &facts,
        &[
            "Bill Richardson | met | Yasser Arafat",
            "Bill Richardson | accused | Israel",
            "Bill Richardson | is Ambassador to | United Nations",
        ],
    );
    assert!(
        !facts.iter().any(|f| f.starts_with("United Nations | met")),
        "{facts:?}"
    );
}

/// "…said in New York that Washington would block any contracts, and
/// accused Baghdad of trying to cheat": a deed coordinated with the
/// speech verb is the speaker's own; with an auxiliary it goes on what
/// was said ("said Pena had met Reid and had made no promises about Yucca
/// Mountain" is no promise of McCurry's).
#[test]
fn a_deed_coordinated_with_said_is_the_speakers() {
    let facts = facts(&draft(
        "Oil deal\n\nUNITED NATIONS 1996-12-10\n\nBut U.S. Ambassador to the UN Madeleine \
         Albright said in New York that Washington would block any contracts that broke the \
         rules, and accused Baghdad of trying to cheat its way out of sanctions. White House \
         spokesman Mike McCurry said Pena had met Reid on Thursday and had made no promises \
         about Yucca Mountain.\n",
    ));
    has_all(&facts, &["Madeleine Albright | accused | Baghdad"]);
    assert!(
        !facts
            .iter()
            .any(|f| f.starts_with("Mike McCurry | had made")),
        "{facts:?}"
    );
}

/// "The case was brought… by the Crown Prosecution Service (CPS). Its
/// lawyer, Andrew Mitchell, told the court…": a passive's agent is its
/// doer, and "it" in the next sentence may stand for it as for a subject.
#[test]
fn its_may_stand_for_a_passives_agent() {
    let set = draft(
        "Harland extradition\n\nLONDON 1996-12-10\n\nThe case was brought on behalf of the U.S. \
         government by the Crown Prosecution Service (CPS). Its lawyer, Andrew Mitchell, told \
         the court that Harland had fled New York in 1994.\n",
    );
    has_all(
        &facts(&set),
        &["Andrew Mitchell | is lawyer of | Crown Prosecution Service"],
    );
}

/// "Whitmore stated to LA Weekly that…", "Akashi would report to
/// Boutros-Ghali": whom one speaks or reports to is a party, as for
/// "told" (a speech verb had ruled out every fact through it).
#[test]
fn whom_one_speaks_to_is_a_party() {
    let facts = facts(&draft(
        "Pena on Yucca\n\nWASHINGTON 1996-12-10\n\nFederico Pena explained to Harry Reid that the \
         plan was dead. Steve Whitmore stated to the Washington Post that the case was closed.\n",
    ));
    has_all(
        &facts,
        &[
            "Federico Pena | explained to | Harry Reid",
            "Steve Whitmore | stated to | Washington Post",
        ],
    );
}

/// "CEO of the Refugee Council Enver Solomon told Sky News": after a
/// title and "of the", a body's name (ending in its head word) runs into
/// the person's, who heads the phrase (the whole had been one body that
/// told Sky News).
#[test]
fn a_title_of_a_body_then_the_persons_name() {
    let set = draft(
        "Asylum plan\n\nLONDON 2022-11-23\n\nAfter the leak, CEO of the Refugee Council Enver \
         Solomon told Sky News any process must be fair.\n",
    );
    assert_eq!(kind(&set, "Enver Solomon"), Some(EntityKind::Person));
    has_all(
        &facts(&set),
        &[
            "Enver Solomon | is CEO of | Refugee Council",
            "Enver Solomon | told | Sky News",
        ],
    );
}

/// "John Smith, chief financial officer and treasurer at the Andy Warhol
/// Foundation, said…": a preposition and its article that the parse hung
/// from the verb after the name, across it, hang from the name (which
/// held a false start, "reparandum", news has none of).
#[test]
fn a_preposition_hung_past_its_name_hangs_from_it() {
    let set = draft(
        "Warhol gift\n\nEVANSVILLE 2014-01-27\n\nJohn Smith, chief financial officer and \
         treasurer at the Andy Warhol Foundation, said 500 works were given.\n",
    );
    has_all(
        &facts(&set),
        &["John Smith | is chief financial officer and treasurer at | Andy Warhol Foundation"],
    );
}

/// "Then England opened the scoring, when Harry Kane scored a
/// close-ranged shot": a goal told as the time of what a side did is
/// scored for that side ("when" is the clause's adverb in the treebank).
#[test]
fn a_goal_timing_a_sides_deed_is_for_that_side() {
    let set = draft(
        "England beat Tunisia\n\nVOLGOGRAD 2018-06-18\n\nThen England opened the scoring, when \
         Harry Kane scored a close-ranged shot.\n",
    );
    has_all(&facts(&set), &["Harry Kane | scored for | England"]);
}

/// "The Jamaica Cricket Board named the squad from its offices in
/// Kingston": a body's own offices, base or headquarters "in" a place say
/// where it is based, through "its" when it stands for the clause's own
/// subject (not "who heads the European consortium from its base in
/// Toulouse", the consortium's base, which the nearest name is not).
#[test]
fn a_bodys_own_offices_in_a_place() {
    let set = draft(
        "Squad named\n\nLONDON 1996-12-10\n\nThe Jamaica Cricket Board named the squad on \
         Tuesday from its offices in Kingston. Singapore Airlines ordered 20 planes. The order \
         was signed by Jean Pierson, who heads the European consortium from its base in \
         Toulouse.\n",
    );
    let facts = facts(&set);
    has_all(&facts, &["Jamaica Cricket Board | is based in | Kingston"]);
    assert!(
        !facts
            .iter()
            .any(|f| f == "Singapore Airlines | is based in | Toulouse"),
        "{facts:?}"
    );
}

/// "The West Indies Cricket Board said…": the tagger's "The West" (only
/// "The" before the start of a body's name found by its head word) is
/// inside the body's name, which it had kept out.
#[test]
fn the_before_a_bodys_name_does_not_keep_it_out() {
    let set = draft(
        "Lloyd to stay\n\nKINGSTON 1996-12-10\n\nThe West Indies Cricket Board said on Tuesday \
         that it would not replace manager Clive Lloyd.\n",
    );
    assert_eq!(
        kind(&set, "West Indies Cricket Board"),
        Some(EntityKind::Organisation),
        "{:#?}",
        set.entities
    );
}

/// "Krajisnik, who met U.S. envoy John Kornblum in Pale on Sunday, told
/// Reuters the Serb Republic would never give up the town": a verb of
/// saying after a name's relative clause is the name's, and what was said
/// its complement (the parse had made "give up" the root, with Krajisnik
/// its subject and "told" an adverbial clause).
#[test]
fn a_speech_verb_after_a_names_relative_clause_is_the_names() {
    let set = draft(
        "Serbs keep Brcko\n\nPALE 1996-12-10\n\nKrajisnik, who met U.S. envoy John Kornblum in \
         Pale on Sunday, told Reuters the Serb Republic would never give up the town.\n",
    );
    has_all(
        &facts(&set),
        &[
            "Krajisnik | told | Reuters",
            "Krajisnik | met | John Kornblum",
        ],
    );
}

/// "would visit New York next week", "met Yeltsin last year in Moscow": a
/// time with no preposition is when the deed is, not the head of the name
/// before it (New York had been a modifier of "week") nor of the place
/// after it.
#[test]
fn a_bare_time_is_when_not_what() {
    let facts = facts(&draft(
        "Karatzas to visit\n\nATHENS 1996-12-10\n\nTheodoros Karatzas would visit New York \
         next week to meet investors. Kohl met Yeltsin last year in Moscow.\n",
    ));
    has_all(
        &facts,
        &[
            "Theodoros Karatzas | would visit | New York",
            "Kohl | met Yeltsin in | Moscow",
        ],
    );
}

/// "…said Zoran Djindjic, who leads the Democratic Party, one of the
/// three parties in Zajedno": a body set beside "one of" the bodies "in"
/// another is a member of it.
#[test]
fn one_of_the_parties_in_a_coalition_is_its_member() {
    let set = draft(
        "Serbian opposition\n\nBELGRADE 1996-12-10\n\nThe Zajedno coalition marched again. \
         \"We want only what the voters gave us,\" said Zoran Djindjic, who leads the \
         Democratic Party, one of the three parties in Zajedno.\n",
    );
    has_all(&facts(&set), &["Democratic Party | is member of | Zajedno"]);
}

/// "the U.S. Space and Rocket Center in Huntsville", "the National Air
/// and Space Museum": common capitalised words joined by "and" before a
/// place's or a body's head word are one name ("Rocket Center" had been
/// the name), not two ("Ford and General Motors Corp" still are).
#[test]
fn common_words_joined_by_and_before_a_head_are_one_name() {
    let set = draft(
        "Shuttle trainers\n\nWASHINGTON 2011-04-12\n\nThe crew compartment trainer will go to \
         the U.S. Space and Rocket Center in Huntsville. Ford and General Motors Corp cut \
         prices.\n",
    );
    assert_eq!(
        kind(&set, "U.S. Space and Rocket Center"),
        Some(EntityKind::Venue),
        "{:#?}",
        set.entities
    );
    assert!(kind(&set, "Ford and General Motors Corp").is_none());
    has_all(
        &facts(&set),
        &["U.S. Space and Rocket Center | is in | Huntsville"],
    );
}

/// "Zoran Djindjic, who leads the Democratic Party, one of the three
/// parties in Zajedno, said the protests would go on": the parse had made
/// "leads" the root with two subjects (the name and "who") and hung
/// "said" from it, taking the party for the speaker; the main verb takes
/// the root's place and the clause hangs from the name again.
#[test]
fn a_relative_clause_read_as_the_root_hangs_from_its_name() {
    let set = draft(
        "Serbian opposition\n\nBELGRADE 1996-12-10\n\nThe Zajedno coalition marched again. Zoran \
         Djindjic, who leads the Democratic Party, one of the three parties in Zajedno, said \
         the protests would go on.\n",
    );
    has_all(
        &facts(&set),
        &[
            "Zoran Djindjic | leads | Democratic Party",
            "Democratic Party | is member of | Zajedno",
        ],
    );
}

/// "its Slovak subsidiary Tatra Kreditbank… the Slovak bank", "Australia's
/// WMC Ltd… The Australian company": a description with a people's word
/// stands for the one body the story gave that nationality, however far
/// back, and not for a nearer body given another ("Italy's Banca
/// Commerciale Italiana" had been taken for "the Austrian bank").
#[test]
fn a_description_with_a_nationality_is_the_body_given_it() {
    let set = draft(
        "Creditanstalt-Bankverein, Austria's second largest bank, said on Thursday it had agreed \
         to sell a stake in its Slovak subsidiary Tatra Kreditbank to Italy's Banca Commerciale \
         Italiana. Banca Commerciale Italiana has offices in Prague. Schmidt-Chiari said the \
         Austrian bank would keep a majority stake. An EBRD spokesman said the development bank \
         did not plan to sell its shares in the Slovak bank.\n",
    );
    let described = |name: &str, place: &str, words: &str| {
        set.facts.iter().any(|f| {
            set.entity(&f.subject).is_some_and(|e| e.name == name)
                && matches!(&f.object, Object::Entity(o) if set.entity(o).is_some_and(|e| e.name == place))
                && f.evidence.iter().any(|e| e.text.contains(words))
        })
    };
    assert!(
        described("Creditanstalt-Bankverein", "Austria", "the Austrian bank"),
        "{:?}",
        facts(&set)
    );
    assert!(
        described("Tatra Kreditbank", "Slovakia", "the Slovak bank"),
        "{:?}",
        facts(&set)
    );
}

/// "Cardinal Stephen Kim Sou-hwan, the Archbishop of Seoul, urged
/// President Kim Young-sam to meet the union leaders": a capitalised title
/// the tagger read as an adjective, before a name, is the name's title
/// (the parse had hung the name from it and made the archbishop the one
/// who urged).
#[test]
fn a_title_read_as_an_adjective_before_a_name_titles_it() {
    let set = draft(
        "Cardinal Stephen Kim Sou-hwan, the Archbishop of Seoul, urged President Kim Young-sam \
         to meet the union leaders.\n",
    );
    has_all(
        &facts(&set),
        &[
            "Stephen Kim Sou-hwan | urged | Kim Young-sam",
            "Stephen Kim Sou-hwan | is Archbishop of | Seoul",
        ],
    );
}

/// "European Union envoy Miguel Angel Moratinos met Syrian President Hafez
/// al-Assad on Wednesday and urged Syria to resume peace talks": the parse
/// had made the role the root and the verb after the name a clause of it,
/// so the deed coordinated with "met" had no subject.
#[test]
fn a_role_read_as_the_root_is_the_subject_of_the_verb_after_its_name() {
    let set = draft(
        "European Union envoy Miguel Angel Moratinos met Syrian President Hafez al-Assad on \
         Wednesday and urged Syria to resume peace talks with Israel, which have been frozen \
         for a year.\n",
    );
    has_all(
        &facts(&set),
        &[
            "Miguel Angel Moratinos | urged | Syria",
            "Miguel Angel Moratinos | met | Hafez al-Assad",
            "Miguel Angel Moratinos | is envoy of | European Union",
        ],
    );
}

/// "…Israeli Prime Minister Benjamin Netanyahu until he honoured
/// commitments made by his predecessor, Shimon Peres": a predecessor or a
/// successor named in apposition is one of whoever owns the word, as
/// "Her father, Josef Korbel" is a father.
#[test]
fn a_predecessor_in_apposition_is_the_owners() {
    let set = draft(
        "Damascus would not negotiate with Israeli Prime Minister Benjamin Netanyahu until he \
         honoured commitments made by his predecessor, Shimon Peres.\n",
    );
    has_all(
        &facts(&set),
        &["Shimon Peres | is predecessor of | Benjamin Netanyahu"],
    );
}

/// "Inter president Massimo Moratti confirmed the deal in Milan" after
/// "Italy's Inter Milan": the first word of one body's name, before a
/// role and a name, is that body at a sentence's start too.
#[test]
fn a_bodys_first_word_before_a_role_opening_a_sentence_is_the_body() {
    let set = draft(
        "Atletico Madrid agreed to sell Dario Lucena to Italy's Inter Milan on Friday.\n\nInter \
         president Massimo Moratti confirmed the deal in Milan.\n",
    );
    has_all(
        &facts(&set),
        &["Massimo Moratti | is president of | Inter Milan"],
    );
}

/// "…the sale had been agreed by club president Jesus Gil" after
/// "Atletico Madrid vice-president Tomas Arrieta resigned": a bare body's
/// noun before a role and a name stands for the body as "the club" does,
/// and the body holds the role.
#[test]
fn a_bare_bodys_noun_before_a_role_is_the_body_described() {
    let set = draft(
        "Atletico Madrid vice-president Tomas Arrieta resigned on Friday in protest at the \
         club's decision to sell Dario Lucena to Italy's Inter Milan.\n\nArrieta said the sale \
         had been agreed by club president Jesus Gil without consulting the board.\n",
    );
    has_all(
        &facts(&set),
        &["Jesus Gil | is president of | Atletico Madrid"],
    );
}

/// "Acme Corp named John Smith as its chairman", "Dairy Farm names Floto
/// chief executive": whom a body names, appoints or elects to a role holds
/// it, of the role's owner (its possessive, what follows "of", or else the
/// body that named the person). Only "named" had been drafted, and a role
/// and a deed between the same two both stand.
#[test]
fn whom_a_body_names_as_a_role_holds_it() {
    let set = draft("Acme Corp named John Smith as its chairman on Monday.\n");
    has_all(&facts(&set), &["John Smith | is chairman of | Acme Corp"]);
}

/// "…on Thursday named Ronald Floto, a former executive of Australia's
/// Coles Myer Ltd, as its chief executive": the parse had coordinated "as
/// its chief executive" with the apposition's noun ("as" its
/// conjunction); it is what the object is named as.
#[test]
fn as_after_an_apposition_is_what_the_object_is_named_as() {
    let set = draft(
        "Dairy Farm International Holdings Ltd, the supermarket arm of the Jardine Matheson \
         group, on Thursday named Ronald Floto, a former executive of Australia's Coles Myer \
         Ltd, as its chief executive.\n",
    );
    has_all(
        &facts(&set),
        &[
            "Ronald Floto | is chief executive of | Dairy Farm International Holdings Ltd",
            "Ronald Floto | is former executive of | Coles Myer Ltd",
        ],
    );
}

/// "beat Detroit goaltender Mike Vernon", "U.S. Middle East coordinator
/// Dennis Ross": an ice hockey goaltender and a coordinator hold roles as
/// a goalkeeper and a negotiator do.
#[test]
fn goaltenders_and_coordinators_hold_roles() {
    let set = draft(
        "The Avalanche captain beat Detroit Red Wings goaltender Mike Vernon with a wrist \
         shot. U.S. Middle East coordinator Dennis Ross will go to the region.\n",
    );
    has_all(
        &facts(&set),
        &["Mike Vernon | is goaltender of | Detroit Red Wings"],
    );
    assert!(
        facts(&set)
            .iter()
            .any(|f| f.starts_with("Dennis Ross | is coordinator of | ")),
        "{:?}",
        facts(&set)
    );
}

/// "United chairman Gerald Greenwald, who met Hollis Harris in Chicago last
/// month, said…": the one met was where the meeting was too, when the
/// place hangs from that person's name and the subject's meeting place was
/// learned rather than matched.
#[test]
fn the_one_met_was_where_the_meeting_was() {
    let set = draft(
        "United chairman Gerald Greenwald, who met Hollis Harris in Chicago last month, said the \
         U.S. carrier would decide by the end of the year.\n",
    );
    assert!(
        links(&facts(&set), "Hollis Harris | met ", "| Chicago"),
        "{:?}",
        facts(&set)
    );
}

/// "The contract was signed in Istanbul by THY chairman Yusuf Bozkurt and
/// Jean Pierson", "Foreign ministers Luiz Felipe Lampreia of Brazil and
/// Jose Angel Gurria of Mexico signed a separate accord": the agents of a
/// passive joint deed, and names in apposition to the subject, act
/// together as coordinated subjects do; a person does not act jointly
/// with the body in the other's title ("by Air Canada chairman Hollis
/// Harris and Lufthansa chairman Juergen Weber").
#[test]
fn agents_and_apposed_names_of_a_joint_deed_act_together() {
    let set = draft(
        "The contract was signed in Istanbul by THY chairman Yusuf Bozkurt and Jean Pierson, \
         managing director of Airbus Industrie. Foreign ministers Luiz Felipe Lampreia of \
         Brazil and Jose Angel Gurria of Mexico signed a separate accord. The agreement was \
         signed in Montreal by Air Canada chairman Hollis Harris and Lufthansa chairman Juergen \
         Weber. GIP Chairman Adebayo Ogunlesi and Jim Yong Kim also joined the discussions.\n",
    );
    let facts = facts(&set);
    has_all(
        &facts,
        &[
            "Yusuf Bozkurt | signed the contract with | Jean Pierson",
            "Luiz Felipe Lampreia | signed a separate accord with | Jose Angel Gurria",
        ],
    );
    assert!(
        !facts
            .iter()
            .any(|f| f.starts_with("Hollis Harris | signed with | ")
                || f.starts_with("Adebayo Ogunlesi | joined")),
        "{facts:?}"
    );
}

/// "Norbert Bluem appealed to IG Metall and Gesamtmetall to settle the
/// dispute through talks" (here two companies), "urged Hasina and Khaleda
/// Zia to meet": those
/// asked to act together would act together, hoped for, not done.
#[test]
fn those_asked_to_act_together_would_act_together() {
    let set = draft(
        "German Economics Minister Guenter Rexrodt appealed to Lufthansa and British Airways \
         to settle the dispute through talks. The United States urged Sheikh Hasina and Khaleda \
         Zia to meet.\n",
    );
    let hoped = |a: &str, b: &str| {
        set.facts.iter().any(|f| {
            set.entity(&f.subject).is_some_and(|e| e.name == a)
                && matches!(&f.object, Object::Entity(o) if set.entity(o).is_some_and(|e| e.name == b))
                && f.status == fact_explorer_core::model::Status::Hoped
        })
    };
    assert!(hoped("Hasina", "Khaleda Zia"), "{:?}", facts(&set));
    assert!(hoped("Lufthansa", "British Airways"), "{:?}", facts(&set));
}

/// "Mulayam Singh Yadav, whose Samajwadi Party is a key member of the
/// United Front, said…": the parse had hung the party in apposition to the
/// name and made "member" the main predicate, so the man was drafted as
/// the coalition's member; the clause is the party's.
#[test]
fn a_whose_clause_read_as_the_root_is_the_owned_nouns() {
    let set = draft(
        "Mulayam Singh Yadav, whose Samajwadi Party is a key member of the United Front, said he \
         would stand by the prime minister.\n",
    );
    let facts = facts(&set);
    has_all(
        &facts,
        &["Samajwadi Party | is key member of | United Front"],
    );
    assert!(
        !facts
            .iter()
            .any(|f| f.starts_with("Mulayam Singh Yadav | is key member")),
        "{facts:?}"
    );
}

/// "Trent Lott said he did not want to interfere in the work of the
/// committee": the wording of a deed carried by "want" keeps the carrier's
/// negation (it read "did want to interfere", the opposite, beside a
/// not-planned status).
#[test]
fn a_carriers_negation_stays_in_the_wording() {
    let set = draft(
        "The Senate Foreign Relations Committee will hold a hearing. Senate Majority Leader Trent \
         Lott said he did not want to interfere in the work of the committee.\n",
    );
    assert!(
        facts(&set)
            .iter()
            .any(|f| f.starts_with("Trent Lott | did not want to interfere")),
        "{:?}",
        facts(&set)
    );
}

/// "…he did not want to interfere in the work of the Senate Foreign
/// Relations Committee", parsed with the committee hung from the verb by
/// "of": the words between them are the deed's (it read "interfere of",
/// seen in this stop's screenshot).
#[test]
fn words_between_a_verb_and_its_of_object_are_the_deeds() {
    let set = draft(
        "Senate Majority Leader Trent Lott said he did not want to interfere in the work of the \
         Senate Foreign Relations Committee.\n",
    );
    has_all(
        &facts(&set),
        &["Trent Lott | did not want to interfere in the work of | Senate Foreign Relations Committee"],
    );
}

/// "whose leader Herbert Mai met Kohl in Bonn last week": the parse may
/// hang the place from the name of the one met; after a verb of meeting
/// it is where both were, and after what a company owns it is not the
/// owner's ("owns starch maker Amylum in Belgium").
#[test]
fn a_place_after_the_one_met_is_where_the_meeting_was() {
    let set = draft(
        "The farmers' union, whose leader Anna Berg met Dahl in Oslo last week, is expected to \
         join the protest, Jon Dahl's spokesman said.\n\nThe Danish group Norsk Sukker, which \
         already owns sugar maker Fabrik in Belgium, reported a fall in profit.\n",
    );
    let all = facts(&set);
    for who in ["Anna Berg", "Jon Dahl"] {
        assert!(
            links(&all, &format!("{who} | met"), "| Oslo"),
            "{who}: {all:?}"
        );
    }
    assert!(!links(&all, "Norsk Sukker |", "| Belgium"), "{all:?}");
}

/// "Chamorro's son-in-law, Antonio Lacayo": the tokens split "son-in-law",
/// and the role had been worded "is son of".
#[test]
fn an_in_law_is_worded_whole() {
    let set = draft(
        "Maria Lopez's son-in-law, Carlos Ruiz, who served as her chief of staff until last \
         year, failed to win a seat.\n",
    );
    has_all(
        &facts(&set),
        &["Carlos Ruiz | is son-in-law of | Maria Lopez"],
    );
}

/// "the Senate Energy and Natural Resources Committee", "the Foreign
/// Affairs and Trade Ministry": one body each (the legislature's word
/// before a committee's joined words, as an owner's acronym is; a title
/// after "and" starts no second person when the name ends in a body's
/// head word). Each had been cut in two at its "and".
#[test]
fn a_committee_or_ministry_with_and_in_its_name_is_one_body() {
    let set = draft(
        "The Senate Energy and Natural Resources Committee will hold hearings on Federico Pena \
         next week.\n\nThe Foreign Affairs and Trade Ministry said on Monday that Australia \
         would act.\n",
    );
    for name in [
        "Senate Energy and Natural Resources Committee",
        "Foreign Affairs and Trade Ministry",
    ] {
        assert!(kind(&set, name).is_some(), "{name}: {:?}", set.entities);
    }
    assert!(kind(&set, "Trade Ministry").is_none());
    assert!(kind(&set, "Senate Energy").is_none());
}

/// "Sheldon Silver, who has clashed repeatedly with the Republican
/// governor over spending": the parse hung "over spending" from the
/// description, which still picks out no other governor than the one
/// the story named.
#[test]
fn a_description_with_the_verbs_phrase_hung_from_it_still_stands_for_its_one() {
    let set = draft(
        "Governor Mark Dunn of Ohio on Tuesday named Tom Hale as state budget director.\n\n\
         Democratic Assembly Speaker Anna Reed, who has clashed repeatedly with the Republican \
         governor over spending, said she hoped Hale would be more open with the legislature.\n",
    );
    assert!(
        links(&facts(&set), "Anna Reed | has clashed with", "| Mark Dunn"),
        "{:?}",
        facts(&set)
    );
}

/// "The agreement was signed in Istanbul by THY chairman Yusuf Bozkurt and
/// Airbus chief Jean Pierson": each one who signed did it there, worded in
/// the past as the active verb; not so a deed still to come ("will be
/// signed in Rome by") nor one whose past is not its participle.
#[test]
fn one_who_signed_a_passive_deed_did_it_where_it_was_done() {
    let set = draft(
        "The accord was signed in Oslo by Nordic Air chairman Lars Berg.\n\nThe treaty was \
         signed by Prime Minister Jon Dahl in Bergen.\n\nThe pact will be signed in Rome by \
         Anna Lind.\n\nThe city was taken in Tromso by Erik Moe.\n",
    );
    let all = facts(&set);
    has_all(
        &all,
        &[
            "Lars Berg | signed in | Oslo",
            "Jon Dahl | signed in | Bergen",
        ],
    );
    assert!(
        !all.iter()
            .any(|f| f.starts_with("Anna Lind") || f.starts_with("Erik Moe")),
        "{all:?}"
    );
}

/// "Moratinos flew to Damascus from Beirut": the parse hung "from Beirut"
/// from Damascus; the journey began there.
#[test]
fn a_journey_from_one_place_to_another_names_both_ends() {
    let set = draft("Anna Lind flew to Oslo from Bergen on Tuesday.\n");
    has_all(
        &facts(&set),
        &[
            "Anna Lind | flew to | Oslo",
            "Anna Lind | flew from | Bergen",
        ],
    );
}

/// "Ohio Governor Mark Dunn": the tagger may leave the title outside both
/// names (a place's and a person's); it is still the person's, so "the
/// governor" later stands for him.
#[test]
fn a_title_between_a_place_and_a_name_describes_the_person() {
    let set = draft(
        "Ohio Governor Mark Dunn on Tuesday named Tom Hale as state budget director.\n\nAssembly \
         Speaker Anna Reed, who has clashed repeatedly with the governor over spending, said \
         she hoped Hale would be more open with the legislature.\n",
    );
    assert!(
        links(&facts(&set), "Anna Reed | has clashed with", "| Mark Dunn"),
        "{:?}",
        facts(&set)
    );
}

/// "Fischler, an Austrian, denied…" and later "the Italian commissioner
/// said": a person the story gave another nationality is not the one a
/// description with a people's word stands for (with both commissioners
/// titled, the quote had lost its speaker).
#[test]
fn a_person_given_another_nationality_is_not_the_one_described() {
    let set = draft(
        "The dispute began when Agriculture Commissioner Karl Huber said the ban could be lifted, \
         a plan rejected by Health Commissioner Anna Rossi.\n\nHuber, an Austrian, denied \
         acting alone.\n\n\"No ban will be lifted until it is safe,\" the Italian commissioner \
         said.\n",
    );
    assert_eq!(speakers(&set), ["Anna Rossi"], "{:?}", facts(&set));
}

/// "British Airways Plc and Spain's state-owned Iberia agreed on
/// Wednesday to form…": the parse may hang the verb from the participle
/// before the second name (and that name from "and"); the verb is the
/// sentence's, the two names its subjects, and what they agreed to do is
/// the deed.
#[test]
fn a_verb_hung_from_a_participle_before_a_name_is_the_sentences() {
    let set = draft(
        "Lufthansa and Greece's state-owned Olympic Airways agreed on Monday to form an alliance \
         under which the German carrier will buy a stake in Olympic Airways.\n",
    );
    has_all(
        &facts(&set),
        &["Lufthansa | agreed to form an alliance with | Olympic Airways"],
    );
}

/// "British Airways and Iberia agree alliance": a headline's verb the
/// parse hung from the first name as its complement is the headline's,
/// and the object the two agreed on is worded with it.
#[test]
fn a_headline_verb_hung_from_its_subject_is_the_headlines() {
    let set = draft(
        "Lufthansa and Olympic Airways agree alliance\n\nATHENS 1997-05-14\n\nThe two airlines \
         will share codes.\n",
    );
    has_all(
        &facts(&set),
        &["Lufthansa | agree alliance with | Olympic Airways"],
    );
}

/// "The deal still needs the approval of the European Commission": a
/// body whose approval a deal needs approves the deal of its parties,
/// the deal being the story's (the lead's), of the noun's sort ("the
/// alliance" is no purchase), and a bid "from" someone theirs.
#[test]
fn who_must_approve_a_deal_approves_its_parties() {
    let set = draft(
        "Daimler-Benz AG agreed on Monday to buy Fokker NV for $2 billion.\n\nThe deal still \
         needs the approval of the European Commission, which is expected to rule in March.\n",
    );
    has_all(
        &facts(&set),
        &["European Commission | must approve the deal of | Daimler-Benz AG"],
    );
    let set = draft(
        "Daimler-Benz AG agreed on Monday to buy Fokker NV for $2 billion.\n\nLufthansa and \
         Olympic Airways agreed on Tuesday to form an alliance.\n\nCanadian Transport Minister \
         Anna Berg, who must approve the alliance, said in Ottawa that she would study its \
         effect on fares.\n",
    );
    let found = facts(&set);
    has_all(
        &found,
        &[
            "Anna Berg | must approve the alliance of | Lufthansa",
            "Anna Berg | must approve the alliance of | Olympic Airways",
        ],
    );
    assert!(
        !links(&found, "Anna Berg | must", "| Daimler-Benz AG"),
        "{found:?}"
    );
    let set = draft(
        "Norsk Hydro ASA rejected a hostile takeover bid from Statoil ASA on Wednesday.\n\nThe bid \
         must be approved by the Foreign Investment Review Board because Statoil is 30 percent \
         owned by a state fund.\n",
    );
    let found = facts(&set);
    has_all(
        &found,
        &["Foreign Investment Review Board | must approve the bid of | Statoil ASA"],
    );
    assert!(
        !links(
            &found,
            "Foreign Investment Review Board",
            "| Norsk Hydro ASA"
        ),
        "{found:?}"
    );
}

/// "a mining analyst at JB Were and Son in Melbourne", in a story where
/// "we were not going to let it go" came before: a capitalised "Were"
/// after a name is the name's (read as the verb, it split the name); and
/// a preposition the parse left with nothing under it, beside the name
/// after it, is the name's ("at" had hung from "analyst" alone).
#[test]
fn a_capitalised_verb_inside_a_name_is_the_names() {
    let set = draft(
        "\"This is the kind of ore body that comes along once in a generation, and we were not \
         going to let it go,\" Hollis said.\n\n\"The market thinks Hollis has paid top dollar, \
         but he has bought the best copper story in the world,\" said Peter Walsh, a mining \
         analyst at JB Were and Son in Melbourne.\n",
    );
    has_all(
        &facts(&set),
        &[
            "Peter Walsh | is mining analyst at | JB Were and Son",
            "JB Were and Son | is in | Melbourne",
        ],
    );
}

/// "the Sicilian town of Bagheria", in a story filed from "PALERMO,
/// Sicily": a region's people's word before a town's noun and "of" says
/// the town is in the region, as a country's does.
#[test]
fn a_regions_peoples_word_before_a_town_places_the_town() {
    let set = draft(
        "MUNICH, Bavaria 1996-10-15\n\nGerman police on Tuesday arrested a suspected arms dealer \
         in a farmhouse near the Bavarian town of Dachau, police said.\n",
    );
    has_all(&facts(&set), &["Dachau | is in | Bavaria"]);
}

/// "the approval of the Garante per la Radiodiffusione e l'Editoria, the
/// broadcasting regulator in Rome": a noun phrase after a name and its
/// comma, which the parse hung from the verb with no preposition, explains
/// the name (a regulator is where its description puts it); and "agreed
/// to buy Azucarera Ebro, the sugar subsidiary of Spain's Ebro Agricolas
/// SA, for 260 million pounds" buys the subsidiary, not from its owner.
#[test]
fn a_phrase_after_a_name_and_its_comma_explains_the_name() {
    let set = draft(
        "The merger needs the approval of the Commissione Nazionale per le Societa e la Borsa, \
         the stock market regulator in Rome.\n\nSwiss food group Nestle SA said on Monday it had \
         agreed to buy Perrier Vittel, the water subsidiary of France's Exor SA, for 260 million \
         francs ($45 million) in cash.\n",
    );
    let found = facts(&set);
    has_all(
        &found,
        &[
            "Commissione Nazionale per le Societa e la Borsa | is based in | Rome",
            "Perrier Vittel | is water subsidiary of | Exor SA",
        ],
    );
    assert!(!links(&found, "Nestle SA", "| Exor SA"), "{found:?}");
}

/// "The WHO representative in Nigeria, Abdoulaye Diallo, said the agency
/// had recorded…": a role word after a body's name before its place is a
/// noun; the name between the commas after the role's place is the
/// role's apposition (the parse had hung it from the place); and the verb
/// of saying the parse hung from what was said is the sentence's.
#[test]
fn a_name_after_a_role_and_its_place_holds_the_role() {
    let set = draft(
        "KINSHASA 1996-11-12\n\nThe United Nations Children's Fund said on Tuesday that fighting \
         had cut off aid to 200,000 people in Zaire.\n\nThe UNICEF representative in Zaire, \
         Marie Dupont, said the agency had flown in 20 tonnes of food, but the need was probably \
         much greater.\n",
    );
    has_all(
        &facts(&set),
        &["Marie Dupont | is representative of | United Nations Children's Fund"],
    );
}

/// "The deal was announced at a news conference in Madrid by BA chairman
/// Colin Marshall and Xabier de Irala, the chairman of Iberia": the
/// passive's agents the parse hung from the noun before them are the
/// verb's, and two who announced a thing together did it with each other,
/// worded with what they announced.
#[test]
fn agents_hung_from_a_noun_announce_together() {
    let set = draft(
        "The merger was announced at a news conference in Athens by Olympic chairman Nikos \
         Vlachos and Anna Berg, the chairman of Aegean Airlines.\n",
    );
    has_all(
        &facts(&set),
        &["Nikos Vlachos | announced the merger with | Anna Berg"],
    );
}

/// "he would not hold a hearing on President Bill Clinton's nomination of
/// former Massachusetts Governor William Weld": a hearing held (or not)
/// on a person, or on their nomination, links the two, negated when it
/// is.
#[test]
fn a_hearing_on_a_nomination_links_the_nominee() {
    let set = draft(
        "Senator Anna Reed, the chairman of the Senate Banking Committee, said on Friday she would \
         not hold a hearing on President Bill Clinton's nomination of Mark Dunn as ambassador to \
         Canada.\n",
    );
    let fact = set
        .facts
        .iter()
        .find(|f| f.relation.starts_with("would not hold a hearing on"))
        .expect("the hearing");
    assert_eq!(set.entity(&fact.subject).unwrap().name, "Anna Reed");
    assert!(
        matches!(&fact.object, Object::Entity(o) if set.entity(o).unwrap().name == "Mark Dunn"),
        "{:?}",
        facts(&set)
    );
    assert_eq!(fact.status, fact_explorer_core::model::Status::Negated);
}

/// "Chamorro's son-in-law, Antonio Lacayo, met Arnoldo Aleman": the name
/// set off in apposition to a common noun that is the verb's subject did
/// the deed.
#[test]
fn a_name_apposed_to_the_subject_does_the_deed() {
    let set = draft(
        "Chamorro's son-in-law, Antonio Lacayo, met Arnoldo Aleman on Tuesday.\n\nHis brother, \
         Tomas Lacayo, criticised Daniel Ortega on Friday.\n",
    );
    has_all(
        &facts(&set),
        &[
            "Antonio Lacayo | met | Arnoldo Aleman",
            "Tomas Lacayo | criticised | Daniel Ortega",
        ],
    );
}

/// "Greek Transport Minister Anna Berg, who must approve the alliance,
/// said in Athens…": a portfolio's word between a people's word and the
/// title is the title's, so the titled name is one phrase (the parse had
/// headed it on "Transport", and lost what the minister did and where).
#[test]
fn a_portfolio_word_before_a_title_is_the_titles() {
    let set = draft(
        "Lufthansa and Olympic Airways agreed on Wednesday to form an alliance.\n\nGreek \
         Transport Minister Anna Berg, who must approve the alliance, said in Athens that she \
         would study its effect on fares.\n",
    );
    has_all(
        &facts(&set),
        &[
            "Anna Berg | must approve the alliance of | Olympic Airways",
            "Anna Berg | spoke in | Athens",
        ],
    );
}

/// "Ivanisevic, who served 24 aces, will meet German Boris Becker": a
/// name before its relative clause, hung from the verb as an adverb by
/// the parse, is the verb's subject.
#[test]
fn a_name_read_as_an_adverb_before_its_relative_clause_is_the_subject() {
    let set = draft(
        "Novak, who served 19 aces, will meet Swiss Roger Brandt, who beat Spaniard Carlos \
         Ruiz 6-3 6-4 earlier in the day, in Saturday's final at the Olympiahalle.\n",
    );
    has_all(&facts(&set), &["Novak | will meet | Roger Brandt"]);
}

/// "Will meet … in Rome", "will hold talks with Kahn in Bergen": where a
/// meeting or talks are to be held is planned, as the meeting is, for
/// both who meet (they were drafted as held).
#[test]
fn where_a_meeting_is_planned_is_planned() {
    let set = draft(
        "Tomas Berg, who met Anna Lund in Paris last week, will meet Lund again in Rome on \
         Monday.\n\nMaria Lind will hold talks with Peter Kahn in Bergen on Friday.\n",
    );
    let planned: Vec<String> = set
        .facts
        .iter()
        .filter(|f| f.status == fact_explorer_core::model::Status::Planned)
        .map(|f| f.relation.clone())
        .collect();
    let all = facts(&set);
    has_all(
        &all,
        &[
            "Anna Lund | met Berg in | Paris",
            "Anna Lund | will meet Berg in | Rome",
            "Maria Lind | will hold talks with Kahn in | Bergen",
            "Peter Kahn | will hold talks with Lind in | Bergen",
        ],
    );
    for r in [
        "will meet Berg in",
        "will hold talks with Kahn in",
        "will hold talks with Lind in",
    ] {
        assert!(planned.iter().any(|p| p == r), "{r}: {planned:?}");
    }
    assert!(
        !all.iter().any(|f| f.contains("| held talks with")),
        "{all:?}"
    );
}

/// "Maria Lind, who met Peter Kahn in Oslo last month, will hold talks
/// with Kahn": two clauses of one sentence, two facts of one pair (one
/// was kept); one clause read by two patterns is still one fact.
#[test]
fn a_pair_in_two_clauses_of_a_sentence_has_two_facts() {
    let set = draft(
        "Maria Lind, who met Peter Kahn in Oslo last month, will hold talks with Kahn in Bergen \
         on Friday.\n\nAnalysts said the order was a coup for Airbus Industrie, which is owned \
         by Aerospatiale of France and CASA of Spain.\n",
    );
    let all = facts(&set);
    has_all(
        &all,
        &[
            "Maria Lind | met | Peter Kahn",
            "Maria Lind | will hold talks with | Peter Kahn",
        ],
    );
    let aerospatiale = all
        .iter()
        .filter(|f| f.contains("Aerospatiale") && f.contains("Airbus"))
        .count();
    assert_eq!(aerospatiale, 1, "{all:?}");
}

/// "United chairman Gerald Greenwald", "Canadian's chief executive,
/// Kevin Benson" in a story that names United Airlines and Canadian
/// Airlines International: a body's first word alone stands for it, though
/// common ("United") or a people's word ("Canadian"), and for the one
/// body of that word named before it (the story names Canadian Auto
/// Workers later).
#[test]
fn a_bodys_first_word_alone_is_its_short_name() {
    let set = draft(
        "Air Canada will talk to United Airlines and Canadian Airlines International about an \
         alliance, the airline said on Monday.\n\nUnited chairman Gerald Greenwald said the \
         U.S. carrier would decide by the end of the year.\n\nCanadian's chief executive, \
         Kevin Benson, said in Calgary that the deal would not affect the airline.\n\nThe \
         Canadian Auto Workers union said it would study the deal.\n",
    );
    has_all(
        &facts(&set),
        &[
            "Gerald Greenwald | is chairman of | United Airlines",
            "Kevin Benson | is chief executive of | Canadian Airlines International",
        ],
    );
}

/// "Lufthansa, which already has a code-sharing pact with United, was
/// building…": a proper noun the tagger read as a verb (as the treebank
/// tags the "United" of "United States") with no capitalised word after it
/// is a name, not a verb's word.
#[test]
fn a_lone_proper_verb_is_a_name() {
    let set = draft(
        "Air Canada will talk to United Airlines about an alliance.\n\nWeber said Lufthansa, \
         which already has a code-sharing pact with United, was building a global network.\n",
    );
    let all = facts(&set);
    assert!(
        all.iter()
            .any(|f| f.starts_with("Lufthansa | has a code") && f.ends_with("| United Airlines")),
        "{all:?}"
    );
}

/// "American owns a 33 percent stake in Canadian's parent, PWA Corp of
/// Calgary": the name after the comma explains "parent" (the parse hung it
/// from "owns", and Canadian was drafted as owning PWA).
#[test]
fn a_name_after_a_nouns_comma_is_its_apposition() {
    let set = draft(
        "The alliance is a blow to Canadian Airlines International, which relies on a \
         partnership with American Airlines.\n\nAmerican owns a 33 percent stake in Canadian's \
         parent, PWA Corp of Calgary.\n",
    );
    let all = facts(&set);
    assert!(
        !links(&all, "Canadian Airlines International", "PWA Corp"),
        "{all:?}"
    );
    assert!(links(&all, "American Airlines", "PWA Corp"), "{all:?}");
}

/// "Air Canada and Lufthansa sign alliance, eye United link" over "Air
/// Canada and Germany's Deutsche Lufthansa AG signed a … alliance": the
/// deal a regulator must approve ("the pact also needs approval from…") is
/// the lead's before the headline's, whose telegraphic words are read
/// least well.
#[test]
fn the_deal_approved_is_the_leads_before_the_headlines() {
    let set = draft(
        "Lufthansa eyes alliance with United Airlines\n\nAir Canada and Germany's Deutsche \
         Lufthansa AG signed a wide-ranging marketing alliance on Thursday.\n\nThe pact also \
         needs approval from Germany's Federal Cartel Office.\n",
    );
    let all = facts(&set);
    assert!(
        links(&all, "Federal Cartel Office", "Air Canada"),
        "{all:?}"
    );
    assert!(
        !links(&all, "Federal Cartel Office", "United Airlines"),
        "{all:?}"
    );
}

/// "Khaleda Zia's Bangladesh Nationalist Party": a name of two or three
/// words whose "'s" owns a party's name is the party's leader, a person
/// (it was typed a body, and its facts lost).
#[test]
fn a_name_owning_a_party_is_its_leader() {
    let set = draft(
        "Chief Election Commissioner Mohammad Abu Hena told reporters in Dhaka that the Awami \
         League had taken 146 of the 300 elected seats, ahead of Khaleda Zia's Bangladesh \
         Nationalist Party (BNP), which governed until March and won 116.\n\nKhaleda Zia \
         refused to concede defeat and accused the Awami League of rigging the vote in \
         several constituencies in Chittagong.\n\nDiplomats said Japan was expected to urge \
         Hasina and Khaleda to end the boycotts.\n",
    );
    assert_eq!(kind(&set, "Khaleda Zia"), Some(EntityKind::Person));
}

/// "won the most seats, ahead of the Bangladesh Nationalist Party": the
/// adverb a preposition completes is worded with it ("won the most seats
/// the most seats of" before).
#[test]
fn ahead_of_is_worded_whole() {
    let set = draft(
        "The Awami League won the most seats, ahead of the Bangladesh Nationalist Party, on \
         Friday.\n",
    );
    has_all(
        &facts(&set),
        &["Awami League | won the most seats ahead of | Bangladesh Nationalist Party"],
    );
}

/// "Ross, who has made four trips to the region since Netanyahu took
/// office in June, is due to fly to Cairo on Friday to brief President
/// Hosni Mubarak of Egypt": the sentence's verb after the relative clause
/// may be a copula and an adjective ("is due"), whose "to" clause is its
/// complement; and what a journey is for ("to brief") is planned as the
/// journey is.
#[test]
fn a_journey_and_what_it_is_for_are_planned() {
    let set = draft(
        "Peter Walsh, who has made four trips to the region since Netanyahu took office in \
         June, is due to fly to Cairo on Friday to brief President Hosni Mubarak of Egypt.\n",
    );
    has_all(
        &facts(&set),
        &[
            "Peter Walsh | is due to fly to | Cairo",
            "Peter Walsh | will brief | Hosni Mubarak",
        ],
    );
    let brief = set
        .facts
        .iter()
        .find(|f| f.relation == "will brief")
        .expect("drafted");
    assert_eq!(brief.status, fact_explorer_core::model::Status::Planned);
}

/// "Abdala Bucaram is due to travel to Washington next week to meet
/// Michel Camdessus": "next week" is when, not the journey's object, and
/// the "to" clause the parse hung from it is what the journey is for.
#[test]
fn a_time_read_as_an_object_gives_back_its_purpose_clause() {
    let set = draft(
        "Abdala Bucaram is due to travel to Washington next week to meet Michel Camdessus.\n",
    );
    has_all(
        &facts(&set),
        &[
            "Abdala Bucaram | is due to travel to | Washington",
            "Abdala Bucaram | will meet | Michel Camdessus",
        ],
    );
}

/// "King served two terms in the state Assembly before he was elected":
/// a clause opened by "before" is no relative clause of "terms", and the
/// Assembly is where he served (it was drafted as where he was elected).
#[test]
fn a_clause_of_time_is_no_relative_clause() {
    let set = draft(
        "Robert King served two terms in the New York State Assembly before he was elected.\n",
    );
    let all = facts(&set);
    has_all(
        &all,
        &["Robert King | served two terms in | New York State Assembly"],
    );
    assert!(!all.iter().any(|f| f.contains("elected")), "{all:?}");
}

/// "run by Jose Antonio Fernandez, who heads…": a person's name the
/// tagger ended at a second given name takes the capitalised word after
/// it, as one given name alone did.
#[test]
fn two_given_names_take_the_surname_after_them() {
    let set = draft("The company will be run by Jose Antonio Fernandez, who heads the unit.\n");
    assert_eq!(
        kind(&set, "Jose Antonio Fernandez"),
        Some(EntityKind::Person),
        "{:?}",
        set.entities.iter().map(|e| &e.name).collect::<Vec<_>>()
    );
}

/// "in talks with Lufthansa and Swissair", "advised by Lazard Brothers":
/// a word no given name, read as a person, beside a body's name by "and"
/// is a body's, and so is a name ending in "Brothers" or "Bros".
#[test]
fn bodies_by_their_company_and_their_last_word() {
    let set = draft(
        "Turkish Airlines is also in talks with Lufthansa and Swissair about joining a marketing \
         alliance, Bozkurt said.\n\nBritish Airways was advised by Lazard Brothers, while SEPI was \
         advised by Goldman Sachs.\n",
    );
    assert_eq!(kind(&set, "Swissair"), Some(EntityKind::Organisation));
    assert_eq!(
        kind(&set, "Lazard Brothers"),
        Some(EntityKind::Organisation)
    );
}

/// "Peugeot sports director Jean-Pierre Jabouille said…": a word in "-s"
/// between a name and a role before a name is the role's noun (it was
/// read as a verb, "sports", and Peugeot as a person).
#[test]
fn a_word_before_a_role_and_a_name_is_the_roles() {
    let set = draft(
        "Peugeot sports director Jean-Pierre Jabouille said in Paris that the French car maker \
         would supply Jordan with engines until the end of 1997.\n",
    );
    has_all(
        &facts(&set),
        &["Jean-Pierre Jabouille | is sports director of | Peugeot"],
    );
}

/// "its staff in the southern port of Kismayu", then "to fly medical
/// supplies to Kismayu and Bardera": the place the text calls one is one
/// wherever else it is named (the tagger read the later two as people).
#[test]
fn a_place_the_text_calls_one_is_one_throughout() {
    let set = draft(
        "The International Committee of the Red Cross (ICRC) said its staff in the southern \
         port of Kismayu had reported cases of cholera among thousands of people who had fled \
         to higher ground.\n\nThe agency, which is based in Geneva, plans to fly medical \
         supplies and water purification equipment to Kismayu and Bardera on Saturday.\n",
    );
    let k = kind(&set, "Kismayu");
    assert!(k.is_some_and(|k| k.is_place()), "{k:?}");
}

/// "its offices in St John's, Antigua": a saint's place keeps its
/// possessive when a name follows its comma (it was "St John").
#[test]
fn a_saints_place_keeps_its_possessive() {
    let set = draft(
        "The West Indies Cricket Board said in a statement from its offices in St John's, \
         Antigua, that it would not replace manager Clive Lloyd.\n",
    );
    let names: Vec<&str> = set.entities.iter().map(|e| e.name.as_str()).collect();
    assert!(names.contains(&"St John's"), "{names:?}");
}

/// "Buyoya … stayed away from the Arusha meeting and sent Burundi's
/// foreign minister, Luc Rukingama, in his place": "meeting" after an
/// article and a name is a noun, and an irregular past after "and" is the
/// verb, not an adjective ("Buyoya | stayed | Luc Rukingama" and "stayed
/// from Arusha" were drafted).
#[test]
fn a_named_meeting_is_a_noun_and_sent_a_verb() {
    let set = draft(
        "Buyoya, who seized power in a coup on July 25, stayed away from the Arusha meeting and \
         sent Burundi's foreign minister, Luc Rukingama, in his place.\n",
    );
    let all = facts(&set);
    has_all(&all, &["Buyoya | sent | Luc Rukingama"]);
    assert!(!all.iter().any(|f| f.contains("stayed")), "{all:?}");
}

/// "planned to launch his own party, the Russian People's Republican
/// Party, at a congress in Moscow": the name after the comma explains
/// "party" (the parse had it as a conjunct of "launch", and the party
/// planned a congress in Moscow), and is what was planned.
#[test]
fn the_named_object_of_a_plan() {
    let set = draft(
        "Alexander Lebed said he planned to launch his own party, the Russian People's \
         Republican Party, at a congress in Moscow in the new year.\n\nThe former general said \
         he planned to launch his own party, the Russian People's Republican Party, at a \
         congress in Moscow in the new year.\n",
    );
    let all = facts(&set);
    has_all(
        &all,
        &["Alexander Lebed | planned to launch | Russian People's Republican Party"],
    );
    assert!(
        !all.iter()
            .any(|f| f.starts_with("Russian People's Republican Party | planned")),
        "{all:?}"
    );
}

/// "The European Union's new Middle East envoy, Miguel Angel Moratinos":
/// the words of the possessor's name are the possessor's ("European" was
/// hung from "envoy", and the envoy drafted as the Middle East's only).
#[test]
fn a_possessors_words_are_its_own() {
    let set = draft(
        "The European Union's new Middle East envoy, Miguel Angel Moratinos, met Israeli Prime \
         Minister Benjamin Netanyahu in Jerusalem on Thursday.\n",
    );
    assert!(
        links(
            &facts(&set),
            "Miguel Angel Moratinos | is new envoy of",
            "European Union"
        ),
        "{:?}",
        facts(&set)
    );
}

/// "Air Canada chairman Hollis Harris, who met Weber in Chicago last
/// month, will hold talks with Juergen Weber in Frankfurt on Friday": the
/// parse read the titled name as a clause (the body its subject, the role
/// its root, the name its object) and the talks as a clause of the
/// meeting; the name heads the phrase, and the talks are the sentence's.
#[test]
fn a_titled_name_before_its_relative_clause_is_no_clause() {
    let set = draft(
        "Air Canada chairman Hollis Harris, who met Weber in Chicago last month, will hold talks \
         with Juergen Weber in Frankfurt on Friday.\n",
    );
    has_all(
        &facts(&set),
        &[
            "Hollis Harris | is chairman of | Air Canada",
            "Hollis Harris | will hold talks with | Juergen Weber",
            "Hollis Harris | will hold talks with Weber in | Frankfurt",
        ],
    );
}

/// "is due to fly to Bonn next week to meet Matthias Wissmann", with
/// "next week" hung from Bonn: the time is the journey's, and the "to"
/// clause its purpose.
#[test]
fn a_time_hung_from_a_place_is_the_journeys() {
    let set = draft("David Anderson is due to fly to Bonn next week to meet Matthias Wissmann.\n");
    has_all(
        &facts(&set),
        &[
            "David Anderson | is due to fly to | Bonn",
            "David Anderson | will meet | Matthias Wissmann",
        ],
    );
}

//! Search over the bundled article: one line per query and what it must find.

use fact_explorer::item::{ItemKind, ItemRef};
use fact_explorer::load::load_bundled;
use fact_explorer::model::FactSet;
use fact_explorer::search::{Hit, Index, MatchQuality, Results, Via};
use proptest::prelude::*;

fn setup() -> (FactSet, Index) {
    let set = load_bundled().unwrap();
    let index = Index::of(&set);
    (set, index)
}

/// The id of the entity a hit points at, if it points at an entity.
fn entity_id<'a>(set: &'a FactSet, hit: &Hit) -> Option<&'a str> {
    match hit.item {
        ItemRef::Entity(i) => Some(set.entities[i].id.as_str()),
        _ => None,
    }
}

/// The id of the first entity result, if any.
fn top_entity(set: &FactSet, r: &Results) -> Option<String> {
    r.hits
        .iter()
        .find_map(|h| entity_id(set, h))
        .map(str::to_string)
}

/// `query` must put entity `id` first among entity results and first overall.
fn check(set: &FactSet, index: &Index, query: &str, id: &str) {
    let r = index.search(query, 20);
    assert_eq!(
        top_entity(set, &r).as_deref(),
        Some(id),
        "query {query:?}: entity"
    );
    assert_eq!(
        entity_id(set, &r.hits[0]),
        Some(id),
        "query {query:?}: first hit"
    );
}

#[test]
fn finds_entities_by_name_alias_case_accent_and_romanisation() {
    let (set, index) = setup();
    for (query, id) in [
        // names, surnames, prefixes as you type
        ("Larry Fink", "fink"),
        ("fink", "fink"),
        ("Ogun", "ogunlesi"),
        ("ogunlesi", "ogunlesi"),
        ("Guter", "guterres"),
        // case, accents, punctuation
        ("GUTERRES", "guterres"),
        ("António", "guterres"),
        ("antonio guterres", "guterres"),
        ("Jae-myung", "lee"),
        ("jaemyung", "lee"),
        ("Jae Myung", "lee"),
        ("Lee Jae-myung", "lee"),
        // acronyms and aliases
        ("GIP", "gip"),
        ("UNSC", "unsc"),
        ("MoU", "mou"),
        ("blockrock", "blackrock"),
        // Korean: whole name and leading syllables
        ("이재명", "lee"),
        ("이재", "lee"),
        // typos: one edit at 4+ letters, two at 8+
        ("Guteres", "guterres"),
        ("Blackrok", "blackrock"),
        ("Ogunlessi", "ogunlesi"),
        ("Uzbekistn", "uzbekistan"),
        ("Gutterress", "guterres"),
        ("Ministry of Sciense", "msit"),
    ] {
        check(&set, &index, query, id);
    }
}

#[test]
fn typo_tolerance_has_limits() {
    let (set, index) = setup();
    // Three letters: no correction ("kin" is not "kim").
    assert!(set.entity("jim_yong_kim").is_some());
    assert!(index
        .search("kin", 10)
        .hits
        .iter()
        .all(|h| entity_id(&set, h) != Some("jim_yong_kim")));
    // Two edits on a five-letter word: nothing.
    assert_eq!(index.search("Fxnkk", 10).total, 0);
}

#[test]
fn exact_ranks_above_corrected() {
    let (set, index) = setup();
    // "Cha" is exact for Cha Ji-ho; nothing corrected may outrank it.
    let r = index.search("Kim", 10);
    assert_eq!(top_entity(&set, &r).as_deref(), Some("jim_yong_kim"));
    // "Korean" exactly beats corrections such as "korea": both kinds are
    // found, and every exact hit comes before every corrected one.
    let r = index.search("Korean", 200);
    let first_corrected = r
        .hits
        .iter()
        .position(|h| h.rank.quality == MatchQuality::Corrected as u32)
        .expect("\"Korean\" finds corrected matches (\"korea\")");
    let last_exact = r
        .hits
        .iter()
        .rposition(|h| h.rank.quality == MatchQuality::Exact as u32)
        .expect("\"Korean\" finds exact matches");
    assert!(
        last_exact < first_corrected,
        "an exact hit ranks below a corrected one"
    );
}

#[test]
fn name_ranks_above_alias_above_body() {
    let (set, index) = setup();
    // "Seoul" is in the name of the Seoul-Washington alliance, an alias of
    // the South Korean government (the article's metonymy) and body text of
    // many facts: name first, then alias, then body.
    let r = index.search("Seoul", 20);
    assert_eq!(entity_id(&set, &r.hits[0]), Some("alliance"));
    assert_eq!(entity_id(&set, &r.hits[1]), Some("korean_government"));
    let first_body = r
        .hits
        .iter()
        .position(|h| entity_id(&set, h).is_none())
        .expect("facts mention Seoul too");
    assert!(first_body > 1);
    // "Fink" is an alias of Larry Fink: the entity comes before facts about him.
    let r = index.search("Fink", 20);
    assert_eq!(entity_id(&set, &r.hits[0]), Some("fink"));
}

#[test]
fn phrases_and_multiword_queries_find_the_fact() {
    let (set, index) = setup();
    for (query, fact) in [
        ("task force", "f-msit-task-force"),
        ("12.5 trillion", "f-blackrock-assets"),
        ("$12.5 trillion", "f-blackrock-assets"),
        ("several trillion won", "f-pilot-won"),
        ("informal encounter Trump", "f-lee-trump-informal"),
        ("denuclearization peninsula", "f-lee-denuclearization"),
    ] {
        let r = index.search(query, 20);
        let first_fact = r.hits.iter().find_map(|h| match h.item {
            ItemRef::Fact(i) => Some(set.facts[i].id.as_str()),
            _ => None,
        });
        assert_eq!(first_fact, Some(fact), "query {query:?}");
    }
    // More matched words rank higher.
    let r = index.search("Lee Guterres", 10);
    assert_eq!(r.hits[0].rank.matched_terms, 2);
}

#[test]
fn searches_every_kind() {
    let (_, index) = setup();
    for (query, kind) in [
        ("humanity", ItemKind::Quote),
        ("investor relations", ItemKind::Event),
        ("hyper-scale", ItemKind::Sentence),
        ("met with", ItemKind::Fact),
        ("chairman", ItemKind::Entity),
    ] {
        let r = index.search(query, 50);
        assert!(
            r.hits.iter().any(|h| h.item.kind() == kind),
            "{query:?} finds no {kind:?}"
        );
    }
}

#[test]
fn suggests_a_correction() {
    let (_, index) = setup();
    assert_eq!(
        index.search("Guteres", 5).suggestion.as_deref(),
        Some("guterres")
    );
    assert_eq!(index.search("Guterres", 5).suggestion, None);
    // Too far for matching, close enough to suggest.
    let r = index.search("Fiinkk", 5);
    assert_eq!(r.total, 0);
    assert_eq!(r.suggestion.as_deref(), Some("fink"));
}

#[test]
fn odd_queries_return_nothing_or_something_never_fail() {
    let (_, index) = setup();
    for q in [
        "",
        "   ",
        "<script>alert(1)</script>",
        "😀😀",
        "שלום",
        "'\"",
        "\u{0}",
        ".,.,",
        "--",
    ] {
        let _ = index.search(q, 10);
    }
    let long = "BlackRock ".repeat(1000);
    assert!(index.search(&long, 10).total > 0);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]
    #[test]
    fn search_never_panics_on_arbitrary_unicode(q in "\\PC{0,40}") {
        static INDEX: std::sync::OnceLock<Index> = std::sync::OnceLock::new();
        let index = INDEX.get_or_init(|| setup().1);
        let r = index.search(&q, 10);
        prop_assert!(r.hits.len() <= 10);
    }

    #[test]
    fn highlight_covers_the_text_exactly(text in "\\PC{0,60}", m in proptest::collection::vec("[a-z]{1,5}", 0..4)) {
        let mut m = m;
        fact_explorer::sort::sort_dedup(&mut m);
        let pieces = fact_explorer::search::highlight(&text, &m, m.first().map(String::as_str));
        let mut at = 0;
        for (r, _) in &pieces {
            prop_assert_eq!(r.start, at);
            at = r.end;
        }
        prop_assert_eq!(at, text.len());
    }
}

#[test]
fn an_entity_found_brings_what_involves_it_right_after_it() {
    let (set, index) = setup();
    let r = index.search_set(&set, "MoU", 30);
    assert_eq!(entity_id(&set, &r.hits[0]), Some("mou"));
    // Right after it: every fact, quote and event that involves the MoU,
    // before anything else.
    let involving: Vec<ItemRef> = (0..set.facts.len())
        .map(ItemRef::Fact)
        .filter(|&f| set.involved(f).contains(&"mou"))
        .collect();
    assert!(!involving.is_empty());
    let next: Vec<ItemRef> = r.hits[1..=involving.len()].iter().map(|h| h.item).collect();
    for f in &involving {
        assert!(next.contains(f), "{f:?} is not right after the MoU");
    }
    // Items found through the entity say so; none appears twice.
    let mou = set.entity_position("mou");
    assert!(r.hits.iter().any(|h| h.via == mou.map(Via::Involves)));
    let mut items: Vec<ItemRef> = r.hits.iter().map(|h| h.item).collect();
    fact_explorer::sort::sort_dedup(&mut items);
    assert_eq!(items.len(), r.hits.len());
}

/// Where `item` is among the hits of `r`, if there.
fn position(r: &Results, item: ItemRef) -> Option<usize> {
    r.hits.iter().position(|h| h.item == item)
}

#[test]
fn an_alias_finds_the_facts_that_spell_the_entity_out() {
    let (set, index) = setup();
    let fact = |id: &str| ItemRef::Fact(set.facts.iter().position(|f| f.id == id).unwrap());
    let signing = fact("f-msit-mou");
    // The ministry's signing names the memorandum in words only: its object
    // is BlackRock.
    assert!(!set.involved(signing).contains(&"mou"));
    for query in ["MoU", "MOU", "mou", "Memorandum of understanding"] {
        let r = index.search_set(&set, query, 50);
        let at = position(&r, signing).unwrap_or_else(|| panic!("{query:?} misses the signing"));
        // Below the MoU and every item that involves it.
        let involving = set.involving(set.entity_position("mou").unwrap());
        for &item in involving {
            assert!(
                position(&r, item).unwrap() < at,
                "{query:?}: {item:?} after the signing"
            );
        }
        if query.eq_ignore_ascii_case("mou") {
            assert_eq!(r.hits[at].via, set.entity_position("mou").map(Via::Spells));
        }
        // The words that spell it out are highlighted.
        let text = set.describe(signing);
        let marked: Vec<&str> = fact_explorer::search::highlight(&text, &r.matched, None)
            .into_iter()
            .filter(|p| p.1)
            .map(|p| &text[p.0])
            .collect();
        assert!(
            marked.contains(&"memorandum") && marked.contains(&"understanding"),
            "{query:?}: {marked:?}"
        );
    }
    // "memorandum" still finds it, by its own words.
    let r = index.search_set(&set, "memorandum", 50);
    let at = position(&r, signing).expect("memorandum misses the signing");
    assert_eq!(r.hits[at].via, None);
    // The article's sentence that spells it out comes too.
    let r = index.search_set(&set, "MoU", 50);
    assert!(r.hits.iter().any(|h| matches!(h.item, ItemRef::Sentence(s)
        if set.article.text[set.article.sentences[s].clone()].contains("memorandum of understanding"))));
}

#[test]
fn only_an_entity_the_query_names_brings_its_spellings() {
    let (set, index) = setup();
    // "data centers" meets the Asia-Pacific through its description only:
    // the entity is found, its spellings are not brought.
    let r = index.search_set(&set, "data centers", 50);
    let apac = set.entity_position("asia_pacific").unwrap();
    assert!(position(&r, ItemRef::Entity(apac)).is_some());
    assert!(r.hits.iter().all(|h| h.via != Some(Via::Spells(apac))));
    // "APAC", an alias, names it: the facts and sentences that say
    // "Asia-Pacific" come, and they do say it.
    let r = index.search_set(&set, "APAC", 50);
    let spelled: Vec<&Hit> = r
        .hits
        .iter()
        .filter(|h| h.via == Some(Via::Spells(apac)))
        .collect();
    assert!(!spelled.is_empty());
    let docs = fact_explorer::search::documents(&set);
    for h in spelled {
        let text = &docs.iter().find(|d| d.item == h.item).unwrap().body;
        assert!(
            fact_explorer::text::fold(text).contains("asia pacific"),
            "{text}"
        );
    }
}

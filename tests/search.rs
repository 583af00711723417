//! Search over the bundled article: one line per query and what it must find.

use fact_explorer::load::load_bundled;
use fact_explorer::model::FactSet;
use fact_explorer::search::{DocKind, Index, Quality, Results};
use proptest::prelude::*;

fn setup() -> (FactSet, Index) {
    let set = load_bundled().unwrap();
    let index = Index::of(&set);
    (set, index)
}

/// The id of the first entity result, if any.
fn top_entity(set: &FactSet, r: &Results) -> Option<String> {
    r.hits
        .iter()
        .find(|h| h.kind == DocKind::Entity)
        .map(|h| set.entities[h.target].id.clone())
}

/// `query` must put entity `id` first among entity results and first overall.
fn check(set: &FactSet, index: &Index, query: &str, id: &str) {
    let r = index.search(query, 20);
    assert_eq!(
        top_entity(set, &r).as_deref(),
        Some(id),
        "query {query:?}: entity"
    );
    let first = &r.hits[0];
    assert_eq!(
        (
            first.kind,
            set.entities.get(first.target).map(|e| e.id.as_str())
        ),
        (DocKind::Entity, Some(id)),
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
    let (_, index) = setup();
    // Three letters: no correction ("kin" is not "kim").
    assert!(index
        .search("kin", 10)
        .hits
        .iter()
        .all(|h| h.kind != DocKind::Entity || h.target != 5));
    // Two edits on a five-letter word: nothing.
    assert_eq!(index.search("Fxnkk", 10).total, 0);
}

#[test]
fn exact_ranks_above_corrected() {
    let (set, index) = setup();
    // "Cha" is exact for Cha Ji-ho; nothing corrected may outrank it.
    let r = index.search("Kim", 10);
    assert_eq!(top_entity(&set, &r).as_deref(), Some("jim_yong_kim"));
    // "Korea" exactly beats corrections such as "korean".
    let r = index.search("Korea", 50);
    let first_corrected = r
        .hits
        .iter()
        .position(|h| h.rank.quality == Quality::Corrected as u32);
    let last_exact = r
        .hits
        .iter()
        .rposition(|h| h.rank.quality == Quality::Exact as u32);
    if let (Some(c), Some(e)) = (first_corrected, last_exact) {
        assert!(e < c, "an exact hit ranks below a corrected one");
    }
}

#[test]
fn name_ranks_above_alias_above_body() {
    let (set, index) = setup();
    // "Seoul" is the name of the city entity and body text of many facts.
    let r = index.search("Seoul", 20);
    assert_eq!(r.hits[0].kind, DocKind::Entity);
    assert_eq!(set.entities[r.hits[0].target].id, "seoul");
    // "Fink" is an alias of Larry Fink: the entity comes before facts about him.
    let r = index.search("Fink", 20);
    assert_eq!(
        (r.hits[0].kind, set.entities[r.hits[0].target].id.as_str()),
        (DocKind::Entity, "fink")
    );
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
        let first_fact = r
            .hits
            .iter()
            .find(|h| h.kind == DocKind::Fact)
            .map(|h| set.facts[h.target].id.as_str());
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
        ("humanity", DocKind::Quote),
        ("investor relations", DocKind::Event),
        ("hyper-scale", DocKind::Sentence),
        ("met with", DocKind::Fact),
        ("chairman", DocKind::Entity),
    ] {
        let r = index.search(query, 50);
        assert!(
            r.hits.iter().any(|h| h.kind == kind),
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
        m.sort();
        let pieces = fact_explorer::search::highlight(&text, &m, m.first().map(String::as_str));
        let mut at = 0;
        for (r, _) in &pieces {
            prop_assert_eq!(r.start, at);
            at = r.end;
        }
        prop_assert_eq!(at, text.len());
    }
}

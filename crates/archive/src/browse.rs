//! What the archive's search page (`archive.html`) needs besides the query
//! ([`crate::index::search_filtered`]): the site's manifest as the page
//! reads it, the links it gives entities, and the facet choices as a
//! [`Filter`]. Pure, so the page's wasm and the host tests share it.

use serde::Deserialize;

use crate::index::{Directory, Filter};

/// `manifest.json`, the parts the search page reads: what it needs before
/// the first query, nothing that grows with the archive's articles.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
pub struct SiteManifest {
    pub format: String,
    /// How many articles and archive entities the archive has.
    pub articles: usize,
    pub entities: usize,
    /// How many `lines/` buckets there are (see [`crate::site::lines_file`]).
    pub lines_buckets: usize,
    /// How many `entities/*.json` buckets the entity pages are in.
    #[serde(default)]
    pub entity_buckets: usize,
    pub index: Directory,
}

impl SiteManifest {
    /// Reads `manifest.json`; a clear error for anything else.
    pub fn parse(json: &str) -> Result<SiteManifest, String> {
        #[derive(Deserialize)]
        struct Format {
            format: Option<String>,
        }
        // The format first, so an older archive is told to rebuild rather
        // than given a parse error about its fields.
        let f: Format = serde_json::from_str(json)
            .map_err(|e| format!("manifest.json is not an archive's manifest: {e}"))?;
        if f.format.as_deref() != Some(crate::records::FORMAT) {
            return Err(format!(
                "manifest.json is of format {:?}; this page reads {:?} (rebuild the archive)",
                f.format.unwrap_or_default(),
                crate::records::FORMAT
            ));
        }
        serde_json::from_str(json)
            .map_err(|e| format!("manifest.json is not an archive's manifest: {e}"))
    }

    /// The `lines/` bucket that holds article `id`'s title and lines.
    pub fn lines_file(&self, id: &str) -> String {
        crate::site::lines_file(id, self.lines_buckets)
    }
}

/// The search page's address of an archive entity's page, relative to the
/// search page itself: `?entity=KEY` (one shell page renders every entity
/// from its bucket, so the site needs no file per entity).
pub fn entity_href(key: &str) -> String {
    format!("?entity={}", crate::records::form_escape(key))
}

/// An entity's page from its bucket file's JSON (as
/// [`crate::pages::bucket_file`] names it), or why not.
pub fn find_page(bucket: &str, json: &str, key: &str) -> Result<crate::pages::EntityPage, String> {
    let pages: Vec<crate::pages::EntityPage> = serde_json::from_str(json)
        .map_err(|e| format!("{bucket} is not a bucket of entity pages: {e}"))?;
    pages.into_iter().find(|p| p.key == key).ok_or_else(|| {
        format!(
            "The archive has no entity {key:?} (it may have been merged, renamed or taken down)."
        )
    })
}

/// Which facet value a person chose.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Facet {
    /// An entity kind (`person`…) or an item kind (`fact`…).
    EntityKind(String),
    ItemKind(String),
    Article(String),
    /// A year, `YYYY`: the date facet's first level (a decade of news is
    /// ten buttons, not 120).
    Year(String),
    /// A month, `YYYY-MM`: offered within the year chosen.
    Month(String),
}

/// Whether `facet` is chosen in `filter`.
pub fn chosen(filter: &Filter, facet: &Facet) -> bool {
    match facet {
        Facet::EntityKind(k) => filter.entity_kinds.contains(k),
        Facet::ItemKind(k) => filter.item_kinds.contains(k),
        Facet::Article(a) => filter.articles.contains(a),
        Facet::Year(y) => {
            let (from, to) = year_range(y);
            filter.from.as_deref() == Some(from.as_str()) && filter.to.as_deref() == Some(&to)
        }
        Facet::Month(m) => {
            let (from, to) = month_range(m);
            filter.from.as_deref() == Some(from.as_str()) && filter.to.as_deref() == Some(&to)
        }
    }
}

/// The first and last day of a year `YYYY`.
pub fn year_range(year: &str) -> (String, String) {
    (format!("{year}-01-01"), format!("{year}-12-31"))
}

/// The year whose months the date facet offers: the one the filter's
/// range lies in (a year or one of its months chosen), if any.
pub fn open_year(filter: &Filter) -> Option<&str> {
    let from = filter.from.as_deref()?.get(..4)?;
    (filter.to.as_deref()?.get(..4)? == from).then_some(from)
}

/// Passages by year, from their counts by month (`YYYY-MM`; `undated`
/// left out).
pub fn years(months: &std::collections::BTreeMap<String, usize>) -> Vec<(String, usize)> {
    let mut out: Vec<(String, usize)> = Vec::new();
    for (m, n) in months {
        let Some(y) = m.get(..4).filter(|y| y.bytes().all(|b| b.is_ascii_digit())) else {
            continue;
        };
        match out.last_mut() {
            Some((last, total)) if last == y => *total += n,
            _ => out.push((y.to_string(), *n)),
        }
    }
    out
}

/// The first and last day of a month `YYYY-MM`, as the filter compares
/// days (strings).
pub fn month_range(month: &str) -> (String, String) {
    (format!("{month}-01"), format!("{month}-31"))
}

/// `filter` with `facet` chosen or, when it was, unchosen. One date range
/// at a time: choosing a year or a month replaces the previous one;
/// unchoosing a month goes back to its year.
pub fn toggle(filter: &Filter, facet: &Facet) -> Filter {
    let mut f = filter.clone();
    let was = chosen(filter, facet);
    let flip = |list: &mut Vec<String>, v: &String| {
        if was {
            list.retain(|x| x != v);
        } else {
            list.push(v.clone());
        }
    };
    match facet {
        Facet::EntityKind(k) => flip(&mut f.entity_kinds, k),
        Facet::ItemKind(k) => flip(&mut f.item_kinds, k),
        Facet::Article(a) => flip(&mut f.articles, a),
        Facet::Year(y) => {
            let (from, to) = year_range(y);
            (f.from, f.to) = if was {
                (None, None)
            } else {
                (Some(from), Some(to))
            };
        }
        Facet::Month(m) => {
            let (from, to) = if was {
                year_range(m.get(..4).unwrap_or(m))
            } else {
                month_range(m)
            };
            f.from = Some(from);
            f.to = Some(to);
        }
    }
    f
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::index::{search_filtered, Chunk, Record};
    use crate::site::{build, Input};

    fn demo() -> crate::site::Built {
        let inputs = [
            Input {
                id: "seoul".into(),
                json: fact_explorer_core::load::BUNDLED_FACTS.into(),
                text: Some(fact_explorer_core::load::BUNDLED_TEXT.into()),
                url: None,
            },
            Input {
                id: "seoul-again".into(),
                json: fact_explorer_core::load::BUNDLED_FACTS.into(),
                text: Some(fact_explorer_core::load::BUNDLED_TEXT.into()),
                url: Some("https://example.org/a".into()),
            },
        ];
        build(&inputs, &[], None)
    }

    /// What the page does: manifest → files for the query → chunks →
    /// search → links.
    #[test]
    fn the_page_finds_an_entity_through_only_its_chunks_and_links_it() {
        let built = demo();
        let m = SiteManifest::parse(std::str::from_utf8(&built.files["manifest.json"]).unwrap())
            .unwrap();
        assert_eq!(
            (m.articles, m.entities),
            (2, built.identities.entities.len())
        );
        // A typo after the first two letters.
        let query = "blakrock";
        let files = m.index.files_for(query);
        assert!(!files.is_empty());
        assert!(files
            .iter()
            .all(|f| f.starts_with("index/") && f.contains("-626c")));
        let chunks: Vec<Chunk> = files
            .iter()
            .map(|f| serde_json::from_slice(&built.files[f]).unwrap())
            .collect();
        let results = search_filtered(&chunks, query, &Filter::default(), 20);
        let Some(Record::Entity {
            name,
            articles,
            article,
            link,
            ..
        }) = results.entities.first().map(|h| &h.record)
        else {
            panic!("no entity found: {results:?}");
        };
        assert_eq!(name, "BlackRock");
        assert_eq!(*articles, 2);
        // Both undated: the first by id.
        assert_eq!(article, "seoul");
        assert_eq!(link, "a/seoul.html?fx=x%3Dblackrock");
        // An item's line and its article's title are in the article's
        // lines bucket.
        let item = results.items.first().expect("items name BlackRock");
        let Record::Item { article, id, .. } = &item.record else {
            panic!("an item");
        };
        let bucket: crate::site::LinesBucket =
            serde_json::from_slice(&built.files[&m.lines_file(article)]).unwrap();
        let lines = &bucket[article];
        assert_eq!(lines.title, built.articles[0].title);
        assert!(lines.lines[id].contains("BlackRock"), "{}", lines.lines[id]);
    }

    /// The entity page's way: its address, its bucket from the manifest,
    /// the page found in it; a key that is gone is said so.
    #[test]
    fn an_entity_page_is_found_through_the_manifest_and_its_bucket() {
        let built = demo();
        let m = SiteManifest::parse(std::str::from_utf8(&built.files["manifest.json"]).unwrap())
            .unwrap();
        assert!(m.entity_buckets > 1);
        let key = "organisation/blackrock";
        assert_eq!(entity_href(key), "?entity=organisation%2Fblackrock");
        let file = crate::pages::bucket_file(key, m.entity_buckets);
        let json = std::str::from_utf8(&built.files[&file]).unwrap();
        let page = find_page(&file, json, key).unwrap();
        assert_eq!(page.name, "BlackRock");
        assert_eq!(page.articles.len(), 2);
        let gone = find_page(&file, json, "person/nobody").unwrap_err();
        assert!(gone.contains("no entity \"person/nobody\""), "{gone}");
        let bad = find_page(&file, "<html>", key).unwrap_err();
        assert!(bad.contains("not a bucket"), "{bad}");
    }

    #[test]
    fn a_bad_manifest_is_a_clear_error() {
        assert!(SiteManifest::parse("<html>")
            .unwrap_err()
            .contains("not an archive"));
        let e = SiteManifest::parse(r#"{"format":"fact-archive/0","articles":[],"entities":[],"index":{"files":[],"pieces":{}}}"#)
            .unwrap_err();
        assert!(e.contains("rebuild"), "{e}");
    }

    #[test]
    fn years_sum_their_months_and_leave_undated_out() {
        let months: std::collections::BTreeMap<String, usize> = [
            ("2024-11", 2),
            ("2024-12", 3),
            ("2025-01", 4),
            ("undated", 9),
        ]
        .into_iter()
        .map(|(m, n)| (m.to_string(), n))
        .collect();
        assert_eq!(
            years(&months),
            vec![("2024".to_string(), 5), ("2025".to_string(), 4)]
        );
    }

    #[test]
    fn facets_toggle_on_and_off() {
        let f = Filter::default();
        let kind = Facet::ItemKind("quote".into());
        let month = Facet::Month("2025-09".into());
        let on = toggle(&toggle(&f, &kind), &month);
        assert!(chosen(&on, &kind) && chosen(&on, &month));
        assert_eq!(on.from.as_deref(), Some("2025-09-01"));
        assert_eq!(on.to.as_deref(), Some("2025-09-31"));
        let other = toggle(&on, &Facet::Month("2025-10".into()));
        assert!(!chosen(&other, &month));
        // Unchoosing a month goes back to its year; unchoosing the year, to
        // no date at all.
        let year = Facet::Year("2025".into());
        let back = toggle(&toggle(&on, &kind), &month);
        assert!(chosen(&back, &year) && !chosen(&back, &month));
        assert_eq!(open_year(&back), Some("2025"));
        assert_eq!(open_year(&on), Some("2025"));
        assert_eq!(toggle(&back, &year), f);
        assert_eq!(open_year(&f), None);
        // A year chosen replaces a month of another.
        let y24 = toggle(&on, &Facet::Year("2024".into()));
        assert_eq!(
            (y24.from.as_deref(), y24.to.as_deref()),
            (Some("2024-01-01"), Some("2024-12-31"))
        );
        let a = Facet::Article("x".into());
        assert!(!chosen(&toggle(&toggle(&f, &a), &a), &a));
        let e = Facet::EntityKind("person".into());
        assert_eq!(toggle(&f, &e).entity_kinds, vec!["person".to_string()]);
    }
}

//! The archive's article pages, `SITE/a/ID.html` (host only): each the
//! explorer's prerendered first view of one article ([`crate::render`], as
//! `render` prints it), hydrated when the explorer's script arrives, so the
//! search results' deep links (`a/ID.html?fx=…`) open the explorer at their
//! item. Below it, a list of the article's entities, each linked to its
//! archive entity page (`archive.html?entity=KEY`).
//!
//! Rendering is the slow part of a build, so a page carries a digest of
//! everything it is made from ([`page_digest`]); a rebuild keeps the bytes
//! of a page whose digest has not changed instead of rendering it again,
//! and the result is the same bytes a full build writes.

use std::collections::BTreeMap;

use sha2::{Digest, Sha256};

// Text for an HTML text node or a double-quoted attribute: the core's XML
// escape, which HTML reads the same way.
use crate::export::xml_escape as esc;
use crate::model::FactSet;

/// The marker every article page carries, so a rebuild removes only pages a
/// build made.
pub const GENERATOR: &str = fact_explorer_archive::site::PAGE_GENERATOR;

/// Where an article page finds the explorer and the archive's search page.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PageLinks {
    /// The folder of `fact-explorer-embed.js` and `page.css`, relative to
    /// the article page (`../..` when the site is a folder of the
    /// explorer's build, as `dist/archive` is).
    pub explorer: String,
    /// The archive's search page, relative to the article page.
    pub search: String,
}

/// An entity of the article with its archive entity.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub struct EntityLink {
    /// The archive entity's key.
    pub key: String,
    pub name: String,
    pub kind: String,
}

/// The digest of what an article page is made from: this build of the view
/// and stylesheet, the code that writes the page, the article's source
/// digest (its records' `source`), its
/// entities' archive links and where the page links to.
pub fn page_digest(source: &str, entities: &[EntityLink], links: &PageLinks) -> String {
    let mut h = Sha256::new();
    for part in [
        crate::render::BUILD,
        // This file: a change to the page around the explorer is a change.
        include_str!("archive_page.rs"),
        source,
        &serde_json::to_string(entities).unwrap_or_default(),
        &links.explorer,
        &links.search,
    ] {
        h.update((part.len() as u64).to_le_bytes());
        h.update(part.as_bytes());
    }
    h.finalize().iter().map(|b| format!("{b:02x}")).collect()
}

/// The digest a page written earlier carries, if it is an article page.
pub fn digest_of(page: &str) -> Option<&str> {
    if !page.contains(GENERATOR) {
        return None;
    }
    let start = page.find("<meta name=\"fx-archive-page\" content=\"")? + 38;
    let len = page[start..].find('"')?;
    Some(&page[start..start + len])
}

/// The page of article `id` (its fact set `set`, with the original's `url`
/// when known), whose entities are `entities` (by the article's entity id).
pub fn article_page(
    id: &str,
    set: &FactSet,
    url: Option<&str>,
    entities: &BTreeMap<String, EntityLink>,
    digest: &str,
    links: &PageLinks,
) -> Result<String, String> {
    let explorer = crate::render::fragment(set, None, crate::render::STYLE)?;
    let title = esc(&set.article.title);
    let search = esc(&links.search);
    let dir = esc(links.explorer.trim_end_matches('/'));
    let mut list = String::new();
    for e in &set.entities {
        let Some(link) = entities.get(&e.id) else {
            continue;
        };
        let href = format!(
            "{}?entity={}",
            links.search,
            fact_explorer_archive::records::form_escape(&link.key)
        );
        list.push_str(&format!(
            "<li><a href=\"{}\">{}</a> <span class=\"kind\">{}</span></li>",
            esc(&href),
            esc(&e.name),
            esc(&e.kind.slug().replace('_', " "))
        ));
    }
    let original = url
        .map(|u| {
            format!(
                " · <a href=\"{}\" rel=\"noopener noreferrer\">the original</a>",
                esc(u)
            )
        })
        .unwrap_or_default();
    let date = set
        .article
        .date
        .map(|d| format!(" · {d}"))
        .unwrap_or_default();
    Ok(format!(
        "<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         {GENERATOR}\n<meta name=\"fx-archive-page\" content=\"{digest}\">\n\
         <title>{title}</title>\n\
         <link rel=\"icon\" href=\"{dir}/favicon.svg\">\n\
         <link rel=\"stylesheet\" href=\"{dir}/page.css\">\n\
         <script type=\"module\" src=\"{dir}/fact-explorer-embed.js\"></script>\n\
         <style>.archive-nav,.archive-entities{{max-width:1200px;margin:0 auto;padding:8px 16px;font:16px/1.5 system-ui,sans-serif}}\
         .archive-entities ul{{display:flex;flex-wrap:wrap;gap:6px 16px;padding:0;list-style:none}}\
         .archive-entities .kind{{opacity:.8;font-size:.85em}}\
         .archive-nav,.archive-entities{{color:#16181d}}.archive-nav a,.archive-entities a{{color:#1d4ed8}}\
         @media(prefers-color-scheme:dark){{.archive-nav,.archive-entities{{color:#e8eaee}}\
         .archive-nav a,.archive-entities a{{color:#93c5fd}}}}</style>\n\
         </head>\n<body>\n\
         <nav class=\"archive-nav\" aria-label=\"The archive\"><a href=\"{search}\">Search the archive</a>{date}{original}</nav>\n\
         <main data-article=\"{}\">\n{explorer}</main>\n\
         <section class=\"archive-entities\" data-testid=\"article-entities\" aria-labelledby=\"archive-entities-h\">\
         <h2 id=\"archive-entities-h\">Its entities across the archive</h2><ul>{list}</ul></section>\n\
         </body>\n</html>\n",
        esc(id)
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn links() -> PageLinks {
        PageLinks {
            explorer: "../..".into(),
            search: "../../archive.html".into(),
        }
    }

    #[test]
    fn an_article_page_is_the_prerendered_explorer_with_links_to_its_entities() {
        let set = crate::load::load_bundled().unwrap();
        let mut entities = BTreeMap::new();
        entities.insert(
            "fink".to_string(),
            EntityLink {
                key: "person/larry-fink".into(),
                name: "Larry Fink".into(),
                kind: "person".into(),
            },
        );
        let digest = page_digest(
            "src",
            &entities.values().cloned().collect::<Vec<_>>(),
            &links(),
        );
        let page = article_page(
            "seoul",
            &set,
            Some("https://example.org/?a=1&b=\"2\""),
            &entities,
            &digest,
            &links(),
        )
        .unwrap();
        assert!(page.contains("<fact-explorer><template shadowrootmode=\"open\">"));
        assert!(page.contains(&crate::render::stamp(&set)));
        assert!(page.contains("src=\"../../fact-explorer-embed.js\""));
        assert!(page
            .contains("<a href=\"../../archive.html?entity=person%2Flarry-fink\">Larry Fink</a>"));
        // Only entities with an archive entity are listed.
        assert_eq!(page.matches("?entity=").count(), 1);
        assert!(page.contains("href=\"https://example.org/?a=1&amp;b=&quot;2&quot;\""));
        assert_eq!(digest_of(&page), Some(digest.as_str()));
        assert_eq!(digest_of("<html>"), None);
        // Another link, another digest.
        let other = PageLinks {
            search: "../index.html".into(),
            ..links()
        };
        assert_ne!(
            page_digest("src", &[], &links()),
            page_digest("src", &[], &other)
        );
    }

    #[test]
    fn names_and_titles_with_markup_stay_text() {
        let mut set = crate::load::load_bundled().unwrap();
        set.article.title = "</title><script>alert(1)</script>".into();
        set.entities[0].name = "<img src=x onerror=alert(1)></script><!--".into();
        let mut entities = BTreeMap::new();
        entities.insert(
            set.entities[0].id.clone(),
            EntityLink {
                key: "person/x\"><script>".into(),
                name: set.entities[0].name.clone(),
                kind: "person".into(),
            },
        );
        let page = article_page("x", &set, None, &entities, "d", &links()).unwrap();
        assert!(!page.contains("<script>alert"));
        assert!(!page.contains("<img src=x"));
        assert!(page.contains("&lt;img src=x onerror=alert(1)&gt;&lt;/script&gt;&lt;!--"));
        assert!(page.contains("entity=person%2Fx%22%3E%3Cscript%3E"));
        // The only scripts are the module and the fact set and JSON-LD
        // (whose `<` are written \u003c).
        let scripts = page.matches("<script").count();
        assert_eq!(scripts, 3, "{scripts} scripts");
    }
}

//! The archive commands: `archive build DIR --out SITE [--strict]` and
//! `archive identities DIR`, with the exit codes of the other commands (0
//! done, 1 problems under --strict, 2 usage errors and unreadable folders).

mod common;
use common::cli;

use std::path::{Path, PathBuf};

use fact_explorer_archive::fixture::{ent, fact_set, Ent};

/// A fresh folder for one test.
fn fresh(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// An archive folder: the bundled article, two small ones naming the same
/// person, a broken file and a decisions file with one stale line.
fn archive(name: &str) -> PathBuf {
    let dir = fresh(name);
    let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("crates/core/src/data");
    std::fs::copy(
        data.join("article.facts.json"),
        dir.join("seoul.facts.json"),
    )
    .unwrap();
    std::fs::copy(data.join("article.txt"), dir.join("seoul.txt")).unwrap();
    std::fs::write(dir.join("seoul.url"), "https://example.com/seoul\n").unwrap();
    let fink = Ent {
        id: "fink",
        name: "Larry Fink",
        kind: "person",
        aliases: &["Fink"],
        description: "chief executive of BlackRock",
    };
    let namesake = Ent {
        description: "goalkeeper",
        ..fink
    };
    let write = |id: &str, date, ents: &[Ent]| {
        std::fs::write(
            dir.join(format!("{id}.facts.json")),
            fact_set(&format!("About {id}"), date, ents),
        )
        .unwrap();
    };
    write(
        "davos",
        Some("2026-01-20"),
        &[fink, ent("davos", "Davos", "city")],
    );
    write("football", Some("2026-02-01"), &[namesake]);
    std::fs::write(dir.join("broken.facts.json"), "{\"schema\": ").unwrap();
    std::fs::write(
        dir.join("identities.txt"),
        "same-as: davos / city / Davos = seoul / city / New York\nnot-same-as: gone / person / Nobody = davos / person / Larry Fink\n",
    )
    .unwrap();
    dir
}

#[test]
fn usage_errors_exit_with_2() {
    for (args, says) in [
        (vec!["archive"], "Usage"),
        (vec!["archive", "build"], "DIR"),
        (vec!["archive", "build", "somewhere"], "--out"),
        (vec!["archive", "identities"], "DIR"),
        (vec!["archive", "index"], "index"),
    ] {
        let (code, out, err) = cli(&args);
        assert_eq!(code, 2, "{args:?}: {err}");
        assert!(out.is_empty(), "{args:?}: {out}");
        assert!(err.contains(says), "{args:?}: {err}");
    }
    for args in [
        vec!["archive", "build", "no-such-dir", "--out", "x"],
        vec!["archive", "identities", "no-such-dir"],
    ] {
        let (code, _, err) = cli(&args);
        assert_eq!(code, 2, "{args:?}");
        assert!(err.contains("no-such-dir"), "{err}");
    }
}

#[test]
fn build_reports_bad_files_and_goes_on_and_strict_fails() {
    let dir = archive("cli-build");
    let site = fresh("cli-build-site").join("site");
    let (d, s) = (dir.to_str().unwrap(), site.to_str().unwrap());

    let (code, _, err) = cli(&["archive", "build", d, "--out", s, "--strict"]);
    assert_eq!(code, 1, "{err}");
    assert!(
        err.contains("broken: skipped") && err.contains("not valid JSON"),
        "{err}"
    );
    assert!(!site.exists(), "--strict wrote files");

    let (code, out, err) = cli(&["archive", "build", d, "--out", s]);
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("broken: skipped"), "{err}");
    assert!(
        out.contains("3 articles (3 checked, 0 unchanged, 3 pages rendered), 1 skipped"),
        "{out}"
    );
    assert!(out.contains("1 decisions not applied"), "{out}");
    let read = |f: &str| -> serde_json::Value {
        serde_json::from_slice(&std::fs::read(site.join(f)).unwrap()).unwrap()
    };
    let (manifest, articles) = (read("manifest.json"), read("articles.json"));
    assert_eq!(manifest["articles"], 3);
    let articles = articles.as_array().unwrap();
    assert_eq!(articles.len(), 3);
    assert_eq!(articles[2]["url"], "https://example.com/seoul");
    assert_eq!(articles[0]["date"], "2026-01-20");
    assert!(articles[2]["date"].is_null());
    let directory: fact_explorer_archive::index::Directory =
        serde_json::from_value(manifest["index"].clone()).unwrap();
    assert!(directory.files.iter().all(|c| site.join(c).exists()));

    // The search over the chunks the query needs, as the element will run it.
    let loaded: Vec<fact_explorer_archive::index::Chunk> = directory
        .files_for("Larry Fnik")
        .iter()
        .map(|f| serde_json::from_slice(&std::fs::read(site.join(f)).unwrap()).unwrap())
        .collect();
    let r = fact_explorer_archive::index::search(&loaded, "Larry Fnik", 10);
    let names: Vec<String> = r
        .entities
        .iter()
        .map(|h| match &h.record {
            fact_explorer_archive::index::Record::Entity { key, articles, .. } => {
                format!("{key} {articles}")
            }
            other => format!("{other:?}"),
        })
        .collect();
    // Larry Fink of Davos and of Seoul is one; the goalkeeper is not him.
    assert_eq!(
        names[..2],
        ["person/larry-fink 2", "person/larry-fink~2 1"],
        "{names:?}"
    );

    // Each article's page: the prerendered explorer, linking its entities'
    // archive pages (Larry Fink of Davos is the merged one).
    let davos = std::fs::read_to_string(site.join("a/davos.html")).unwrap();
    assert!(davos.contains("<fact-explorer><template shadowrootmode=\"open\">"));
    assert!(davos.contains("href=\"../../archive.html?entity=person%2Flarry-fink\""));
    assert!(
        davos.contains("href=\"../../fact-explorer-embed.js\"")
            || davos.contains("src=\"../../fact-explorer-embed.js\"")
    );
    // A page of the site's owner in a/ is left alone.
    std::fs::write(site.join("a/mine.html"), "<!doctype html>\n").unwrap();

    // Again: nothing changed, nothing written, nothing rendered.
    let (code, out, _) = cli(&["archive", "build", d, "--out", s]);
    assert_eq!(code, 0);
    assert!(
        out.contains("(0 checked, 3 unchanged, 0 pages rendered)")
            && out.contains(" 0 files written"),
        "{out}"
    );

    // Removing an article removes its page; the pages whose entities' links
    // changed are rendered again, the rest kept; the same bytes as a full
    // build.
    std::fs::remove_file(dir.join("football.facts.json")).unwrap();
    let (code, out, err) = cli(&["archive", "build", d, "--out", s]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("0 pages rendered"), "{out}");
    assert!(!site.join("a/football.html").exists());
    assert!(site.join("a/mine.html").exists());
    let full = fresh("cli-build-full").join("site");
    let (code, _, err) = cli(&["archive", "build", d, "--out", full.to_str().unwrap()]);
    assert_eq!(code, 0, "{err}");
    for id in ["davos", "seoul"] {
        let f = format!("a/{id}.html");
        assert_eq!(
            std::fs::read(site.join(&f)).unwrap(),
            std::fs::read(full.join(&f)).unwrap(),
            "{f}"
        );
    }
    // Another search page address: every page is rendered again with it.
    let (code, out, _) = cli(&[
        "archive",
        "build",
        d,
        "--out",
        s,
        "--search",
        "../index.html",
    ]);
    assert_eq!(code, 0);
    assert!(out.contains("2 pages rendered"), "{out}");
    let davos = std::fs::read_to_string(site.join("a/davos.html")).unwrap();
    assert!(davos.contains("href=\"../index.html?entity=person%2Flarry-fink\""));
}

#[test]
fn identities_lists_merges_proposals_and_stale_decisions() {
    let dir = archive("cli-identities");
    let (code, out, err) = cli(&["archive", "identities", dir.to_str().unwrap()]);
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("broken: skipped"), "{err}");
    for says in [
        "merged person/larry-fink\n  davos / person / Larry Fink  =  seoul / person / Larry Fink\n    because the same full name and kind: \"Larry Fink\"",
        "because decided same-as (line 1)",
        "proposal: person/larry-fink | person/larry-fink~2",
        "evidence: the same full name with different roles: \"chairman and chief executive of BlackRock\" / \"chief executive of BlackRock\" / \"goalkeeper\"",
        "settle with: same-as: ",
        "decision line 2 is stale: no such entity: gone / person / Nobody",
    ] {
        assert!(out.contains(says), "missing {says:?} in\n{out}");
    }
}

/// Hostile input through the command line: markup, `</script` and `<!--`
/// in every field, a huge name, thousands of aliases, the same entity ids
/// in two articles, a missing date, a decisions file that is a folder and
/// then bytes that are not text. The build reports and goes on, and no
/// page (the article pages included) carries the data as markup.
#[test]
fn hostile_input_is_reported_the_build_goes_on_and_no_page_shows_data_as_html() {
    let dir = fresh("cli-hostile");
    let evil = "<img src=x onerror=alert(1)></script><!--";
    let name = format!("<b>Bold</b> {evil} Name");
    let alias = format!("alias {evil}");
    let huge = "W".repeat(100_000);
    let aliases: Vec<String> = (0..3000).map(|i| format!("Alias {i}")).collect();
    let mut many: Vec<&str> = aliases.iter().map(String::as_str).collect();
    many.push(&alias);
    let marked = Ent {
        id: "m",
        name: &name,
        kind: "person",
        aliases: &many,
        description: evil,
    };
    let write = |id: &str, title: &str, date, ents: &[Ent]| {
        std::fs::write(
            dir.join(format!("{id}.facts.json")),
            fact_set(title, date, ents),
        )
        .unwrap();
    };
    // The same entity ids (`m`) in both; "markup" has no date.
    write(
        "markup",
        &format!("Title {evil}"),
        None,
        &[marked, ent("o", "Seoul", "city")],
    );
    write(
        "again",
        "Again",
        Some("2024-02-29"),
        &[marked, ent("o", &huge, "city")],
    );
    std::fs::write(
        dir.join("markup.url"),
        format!("https://example.com/\"><script>{evil}\n"),
    )
    .unwrap();
    // A decisions file that cannot be read: the build says so and goes on.
    std::fs::create_dir_all(dir.join("identities.txt")).unwrap();
    let site = fresh("cli-hostile-site").join("site");
    let (d, s) = (dir.to_str().unwrap(), site.to_str().unwrap());
    let (code, out, err) = cli(&["archive", "build", d, "--out", s]);
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("identities.txt: skipped"), "{err}");
    assert!(out.contains("2 articles (2 checked"), "{out}");
    let (code, _, _) = cli(&["archive", "build", d, "--out", s, "--strict"]);
    assert_eq!(code, 1, "--strict fails on an unreadable decisions file");

    // Bytes that are not text, and lines that are not decisions: reported,
    // the rest applied.
    std::fs::remove_dir(dir.join("identities.txt")).unwrap();
    let mut bytes = vec![0xff, 0xfe, 0x00, b'\n'];
    bytes.extend(
        format!(
            "not-same-as: markup / person / {name} = again / person / {name}\nsame-as: {evil}\n"
        )
        .bytes(),
    );
    std::fs::write(dir.join("identities.txt"), bytes).unwrap();
    let (code, out, err) = cli(&["archive", "build", d, "--out", s]);
    assert_eq!(code, 0, "{err}");
    assert!(
        err.contains("identities.txt: line 1") && err.contains("identities.txt: line 3"),
        "{err}"
    );
    assert!(out.contains("0 decisions not applied"), "{out}");
    let entities = std::fs::read_to_string(site.join("entities.json")).unwrap();
    assert_eq!(
        entities.matches("\\u003cb>Bold").count(),
        2,
        "kept apart as decided"
    );

    // No file of the site holds the data as markup: JSON writes `<` as
    // \u003c, the article pages escape it.
    let mut pages = 0;
    for entry in walk(&site) {
        let text = std::fs::read_to_string(&entry).unwrap();
        let path = entry.display().to_string();
        for raw in ["<img", "<b>", "\"><script>"] {
            assert!(!text.contains(raw), "{path} holds {raw:?} as markup");
        }
        if path.ends_with(".html") {
            pages += 1;
            // (Leptos's hydration markers are comments of its own.)
            assert!(
                !text.contains("</script><!--"),
                "{path} holds the data's script end and comment opener"
            );
            assert!(
                text.contains("&lt;b&gt;Bold") || text.contains("\\u003cb>Bold"),
                "{path} shows the name, escaped"
            );
        }
    }
    assert_eq!(pages, 2);
}

/// Every file under `dir`.
fn walk(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap().flatten() {
        let p = entry.path();
        if p.is_dir() {
            out.extend(walk(&p));
        } else {
            out.push(p);
        }
    }
    out
}

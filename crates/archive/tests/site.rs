//! The archive build on disk: an incremental rebuild after adding,
//! changing or removing one article equals a full build byte for byte, a
//! removed article leaves no trace, and hostile input is reported while the
//! build goes on.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use fact_explorer_archive::fixture::{ent, fact_set, Ent};
use fact_explorer_archive::site::{build, build_dir, previous_records, scan, Built};

/// A fresh folder under the test target's temporary folder.
fn fresh(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// Every file under `dir`, by relative path.
fn tree(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    let mut out = BTreeMap::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                stack.push(p);
            } else {
                let rel = p.strip_prefix(dir).unwrap().to_string_lossy().into_owned();
                out.insert(rel, std::fs::read(&p).unwrap());
            }
        }
    }
    out
}

/// Builds `dir` into `site` as the command does (one article at a time,
/// file by file), reusing what `site` holds; checks that the pure build in
/// memory, written out, makes the same files.
fn build_into(dir: &Path, site: &Path) -> Built {
    let s = scan(dir).unwrap();
    let pure = build(&s.inputs, &previous_records(site), s.decisions.as_deref());
    let (built, written) = build_dir(dir, site, false).unwrap();
    assert!(written.is_some());
    let mut on_disk = tree(site);
    on_disk.retain(|name, _| pure.files.contains_key(name));
    assert_eq!(on_disk, pure.files, "build_dir and build differ");
    assert_eq!((built.made, built.reused), (pure.made, pure.reused));
    built
}

fn write_article(dir: &Path, id: &str, date: Option<&str>, ents: &[Ent]) {
    std::fs::write(
        dir.join(format!("{id}.facts.json")),
        fact_set(&format!("Article {id}"), date, ents),
    )
    .unwrap();
}

fn seed(dir: &Path) {
    let lee = Ent {
        id: "lee",
        name: "Lee Jae Myung",
        kind: "person",
        aliases: &["이재명"],
        description: "President of South Korea",
    };
    write_article(
        dir,
        "a1",
        Some("2025-09-22"),
        &[lee, ent("ny", "New York", "city")],
    );
    write_article(
        dir,
        "a2",
        Some("2025-09-25"),
        &[lee, ent("un", "United Nations", "organisation")],
    );
    write_article(dir, "a3", None, &[ent("s", "Seoul", "city"), lee]);
    std::fs::write(
        dir.join("identities.txt"),
        "same-as: a3 / city / Seoul = a1 / city / New York\nnot-same-as: a9 / city / Nowhere = a1 / city / New York\n",
    )
    .unwrap();
}

#[test]
fn incremental_rebuilds_equal_full_builds_byte_for_byte() {
    let dir = fresh("inc-dir");
    seed(&dir);
    let site = fresh("inc-site");
    // Files of the site's owner, which no build removes.
    std::fs::create_dir_all(site.join("articles")).unwrap();
    std::fs::write(site.join("articles/notes.json"), "{\"mine\": true}\n").unwrap();
    std::fs::write(site.join("index.html"), "<!doctype html>\n").unwrap();
    let first = build_into(&dir, &site);
    assert_eq!((first.made, first.reused), (3, 0));

    type Step = (&'static str, fn(&Path));
    let steps: [Step; 3] = [
        ("add", |d| {
            write_article(
                d,
                "a4",
                Some("2025-10-01"),
                &[
                    ent("kim", "Kim Min-jun", "person"),
                    ent("ny", "New York", "city"),
                ],
            )
        }),
        ("change", |d| {
            write_article(
                d,
                "a2",
                Some("2025-09-26"),
                &[
                    ent("un", "United Nations", "organisation"),
                    ent("guterres", "Antonio Guterres", "person"),
                ],
            )
        }),
        ("remove", |d| {
            std::fs::remove_file(d.join("a1.facts.json")).unwrap()
        }),
    ];
    for (name, change) in steps {
        change(&dir);
        let inc = build_into(&dir, &site);
        assert_eq!(inc.made, usize::from(name != "remove"), "{name}: made");
        let full_site = fresh(&format!("inc-full-{name}"));
        std::fs::create_dir_all(full_site.join("articles")).unwrap();
        std::fs::write(full_site.join("articles/notes.json"), "{\"mine\": true}\n").unwrap();
        std::fs::write(full_site.join("index.html"), "<!doctype html>\n").unwrap();
        let full = build_into(&dir, &full_site);
        assert_eq!(full.reused, 0);
        assert_eq!(tree(&site), tree(&full_site), "{name}: the trees differ");
    }
    assert!(site.join("articles/notes.json").exists() && site.join("index.html").exists());
    // The takedown: nothing of a1 is left anywhere.
    for (path, bytes) in tree(&site) {
        let text = String::from_utf8(bytes).unwrap();
        assert!(
            !text.contains("\"a1\"") && !text.contains("a/a1.html") && !text.contains("a1#"),
            "{path} mentions a1"
        );
        assert!(!text.contains("Article a1"), "{path} keeps a1's title");
    }
    // The decision about a1's New York went stale, and says so.
    let ids = std::fs::read_to_string(site.join("identities.json")).unwrap();
    assert_eq!(ids.matches("\"stale\"").count(), 2, "{ids}");
}

#[test]
fn hostile_input_is_reported_and_the_build_goes_on() {
    let dir = fresh("hostile-dir");
    let huge = "W".repeat(200_000);
    let aliases: Vec<String> = (0..5000).map(|i| format!("Alias {i}")).collect();
    let aliases: Vec<&str> = aliases.iter().map(String::as_str).collect();
    let marked = Ent {
        id: "m",
        name: "<b>Bold</b> </script><!-- Name",
        kind: "person",
        aliases: &["<img src=x onerror=alert(1)>"],
        description: "</script>",
    };
    let many = Ent {
        id: "many",
        name: "Many Names",
        kind: "organisation",
        aliases: &aliases,
        description: "",
    };
    // Duplicate ids across articles (both have `m` and `f1`), a missing
    // date, markup, a huge name, thousands of aliases.
    write_article(&dir, "markup", None, &[marked, many]);
    write_article(
        &dir,
        "again",
        Some("2024-02-29"),
        &[marked, ent("h", &huge, "city")],
    );
    std::fs::write(dir.join("broken.facts.json"), "{\"schema\": ").unwrap();
    std::fs::write(
        dir.join("wrong.facts.json"),
        fact_set("Wrong", None, &[ent("x", "X", "person")]).replace("\"person\"", "\"wizard\""),
    )
    .unwrap();
    std::fs::write(
        dir.join("bad id!.facts.json"),
        fact_set("Bad", None, &[ent("x", "X", "person")]),
    )
    .unwrap();
    write_article(&dir, "badurl", None, &[ent("x", "X", "person")]);
    std::fs::write(dir.join("badurl.url"), "javascript:alert(1)\n").unwrap();
    std::fs::write(dir.join("again.url"), "https://example.com/again\n").unwrap();
    std::fs::write(dir.join("identities.txt"), "same-as: nonsense\n\u{0}\u{1}garbage\nnot-same-as: again / person / <b>Bold</b> </script><!-- Name = markup / person / <b>Bold</b> </script><!-- Name\n").unwrap();
    let site = fresh("hostile-site");
    let built = build_into(&dir, &site);
    let skipped: Vec<&str> = built.skipped.iter().map(|s| s.name.as_str()).collect();
    assert_eq!(
        skipped,
        ["bad id!", "badurl", "broken", "wrong"],
        "{:?}",
        built.skipped
    );
    let why = |n: &str| &built.skipped.iter().find(|s| s.name == n).unwrap().problems;
    assert!(
        why("broken").contains("not valid JSON"),
        "{}",
        why("broken")
    );
    assert!(why("wrong").contains("wizard"), "{}", why("wrong"));
    assert!(why("badurl").contains("not an http(s) address"));
    assert_eq!(built.articles.len(), 2);
    assert_eq!(
        built.identities.file_problems.len(),
        2,
        "{:?}",
        built.identities.file_problems
    );
    // The namesakes with markup in their names are kept apart as decided.
    assert_eq!(built.identities.decisions[0].status, "applied");
    let marked: Vec<_> = built
        .identities
        .entities
        .iter()
        .filter(|e| e.name.contains("Bold"))
        .collect();
    assert_eq!(marked.len(), 2);
    assert!(built
        .identities
        .entities
        .iter()
        .any(|e| e.aliases.len() == 5000));
    // No file can close a script it is inlined into, and every one is JSON.
    for (path, bytes) in tree(&site) {
        let text = String::from_utf8(bytes).unwrap();
        assert!(!text.contains('<'), "{path} has a raw <");
        serde_json::from_str::<serde_json::Value>(&text).unwrap_or_else(|e| panic!("{path}: {e}"));
    }
    // The huge name is kept but not indexed as a term.
    let entities = std::fs::read_to_string(site.join("entities.json")).unwrap();
    assert!(entities.contains(&huge));
    assert!(tree(&site).keys().all(|p| p.len() < 100));
}

#[test]
fn the_same_articles_in_any_order_build_the_same_bytes() {
    let dir = fresh("order-dir");
    seed(&dir);
    let mut s = scan(&dir).unwrap();
    let a = build(&s.inputs, &[], s.decisions.as_deref());
    s.inputs.reverse();
    let b = build(&s.inputs, &[], s.decisions.as_deref());
    assert_eq!(a.files, b.files);
}

//! Build-time rendering (issue 18): the fragment `render` prints, the page
//! the build prerenders, and the JSON-LD, checked on the host. The browser
//! tests (tests/browser/tests/prerender.test.mjs) check that the browser
//! build hydrates them.

use fact_explorer::{jsonld, load, render};

mod common;
use common::cli;

fn tiny() -> fact_explorer::model::FactSet {
    let json = std::fs::read_to_string("examples/tiny.facts.json").expect("the tiny example");
    load::load(&json, None).expect("the tiny example loads")
}

/// The text of the first `<script type="...">` element of `html`.
fn script<'a>(html: &'a str, kind: &str) -> &'a str {
    let open = format!("<script type=\"{kind}\">");
    let start = html.find(&open).expect("the script element") + open.len();
    let end = start + html[start..].find("</script>").expect("its end");
    &html[start..end]
}

#[test]
fn the_fragment_holds_the_view_the_fact_set_and_the_json_ld() {
    let set = tiny();
    let html = render::fragment(&set, Some("tiny"), "p { color: red }").unwrap();
    assert!(html.starts_with(
        "<fact-explorer id=\"tiny\"><template shadowrootmode=\"open\"><style>p { color: red }</style>"
    ));
    let stamp = render::stamp(&set);
    assert!(stamp.starts_with(&format!("{}-", render::BUILD)));
    assert!(html.contains(&format!(
        "<div class=\"fx-mount\" data-fx-stamp=\"{stamp}\">"
    )));
    // The view: every fact with its evidence, as text.
    for fact in &set.facts {
        assert!(html.contains(&format!("data-fact=\"{}\"", fact.id)));
        for span in &fact.evidence {
            assert!(html.contains(&span.text), "{}", span.text);
        }
    }
    // The fact set it was rendered from reads back as the same set.
    let inline = load::load(script(&html, "application/json"), None).unwrap();
    assert_eq!(render::stamp(&inline), stamp);
    let ld: serde_json::Value = serde_json::from_str(script(&html, "application/ld+json")).unwrap();
    assert_eq!(ld["@type"], "NewsArticle");
    assert_eq!(ld["headline"], "A tiny custom fact set");
    let names: Vec<&str> = ld["mentions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["Ana Souza", "Kenji Ito", "Lyon", "Osaka"]);
}

#[test]
fn data_cannot_end_a_script_element_or_inject_markup() {
    let mut set = tiny();
    set.article.title = "A </script><script>alert(1)</script> title <!--".into();
    set.entities[0].description = "</SCRIPT> <!-- <b>not bold</b>".into();
    let html = render::fragment(&set, None, "").unwrap();
    for kind in ["application/json", "application/ld+json"] {
        let text = script(&html, kind);
        assert!(!text.to_ascii_lowercase().contains("</script"), "{kind}");
        assert!(!text.contains("<!--"), "{kind}");
        let back: serde_json::Value = serde_json::from_str(text).unwrap();
        assert!(
            back.to_string().contains("alert(1)"),
            "the text itself is kept"
        );
    }
    // In the markup the title is text, escaped.
    assert!(html.contains("A &lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt; title &lt;!--"));
    assert!(!html.contains("<b>not bold</b>"));
    // A stylesheet that could end its element is refused.
    assert!(render::fragment(&set, None, "a{}</style><script>").is_err());
}

#[test]
fn the_stamp_follows_the_fact_set() {
    let set = tiny();
    let mut other = tiny();
    other.facts[0].relation.push('!');
    assert_ne!(render::stamp(&set), render::stamp(&other));
    assert_eq!(render::stamp(&set), render::stamp(&tiny()));
}

#[test]
fn the_page_gets_the_view_in_its_element_and_the_json_ld_in_its_head() {
    let set = load::load_bundled().unwrap();
    let page = "<!doctype html><html><head><title>t</title></head><body>\
                <fact-explorer><p slot=\"notice\">fallback</p></fact-explorer></body></html>";
    let html = render::page(page, &set, "").unwrap();
    let head_end = html.find("</head>").unwrap();
    assert!(html[..head_end].contains("<script type=\"application/ld+json\">"));
    let element = html
        .find("<fact-explorer><template shadowrootmode=\"open\">")
        .unwrap();
    assert!(element > head_end);
    assert!(html.contains("</template><p slot=\"notice\">fallback</p></fact-explorer>"));
    assert!(html.contains("Lee Jae Myung"));
    // Pages it cannot prerender say why.
    assert!(render::page("<html><body></body></html>", &set, "").is_err());
    assert!(render::page(
        "<html><head></head><body><fact-explorer src=\"x.json\"></fact-explorer></body></html>",
        &set,
        ""
    )
    .is_err());
}

#[test]
fn the_bundled_article_names_its_people_and_organisations_for_search_engines() {
    let set = load::load_bundled().unwrap();
    let ld = jsonld::news_article(&set);
    let mentions = ld["mentions"].as_array().unwrap();
    let of = |t: &str| mentions.iter().filter(|m| m["@type"] == t).count();
    assert!(of("Person") >= 9);
    assert!(of("Organization") >= 5);
    assert!(mentions
        .iter()
        .any(|m| m["name"] == "Lee Jae Myung" && m["@type"] == "Person"));
    assert_eq!(ld["author"]["name"], "Jae-young Han");
}

#[test]
fn the_render_command_prints_the_fragment_and_the_csp_it_needs() {
    let (code, out, err) = cli(&["render", "examples/tiny.facts.json", "--id", "tiny"]);
    assert_eq!(code, 0, "{err}");
    assert!(out.starts_with("<fact-explorer id=\"tiny\"><template shadowrootmode=\"open\">"));
    let expected = render::style_hash(render::STYLE);
    assert!(
        err.contains(&format!("style-src 'self' {expected}")),
        "{err}"
    );
}

#[test]
fn the_render_command_refuses_bad_input_plainly() {
    for (args, says) in [
        (vec!["render", "no-such-file.json"], "no-such-file.json"),
        (
            vec!["render", "examples/tiny.facts.json", "--id", "a b"],
            "--id",
        ),
        (
            vec!["render", "examples/tiny.facts.json", "--css", "missing.css"],
            "missing.css",
        ),
        (
            vec!["render", "examples/tiny.facts.json", "--colour"],
            "--colour",
        ),
    ] {
        let (code, out, err) = cli(&args);
        assert_eq!(code, 2, "{args:?}: {err}");
        assert!(out.is_empty(), "{args:?}");
        assert!(err.contains(says), "{args:?}: {err}");
        assert!(!err.contains("panicked"), "{args:?}: {err}");
    }
    let (code, _, err) = cli(&["render", "Cargo.toml"]);
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("Cargo.toml"), "{err}");
}

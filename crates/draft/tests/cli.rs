//! The command line as the README shows it: `fx-draft draft ARTICLE.txt
//! --summary` drafts the bundled article (CI runs this instead of the
//! README's `cargo run --profile host …`, a build of its own), and a file
//! that is not there is a clear error.

use std::process::Command;

fn fx_draft(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_fx-draft"))
        .args(args)
        .current_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/../.."))
        .output()
        .expect("fx-draft runs")
}

#[test]
fn draft_summary_of_the_bundled_article() {
    let out = fx_draft(&["draft", "crates/core/src/data/article.txt", "--summary"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8_lossy(&out.stdout);
    for want in [
        "entity larry_fink Person",
        "entity blackrock_inc Organisation",
        "quote q1",
        "Larry Fink | told | Lee Jae Myung",
    ] {
        assert!(text.contains(want), "{want} not in:\n{text}");
    }
}

#[test]
fn a_missing_article_is_a_clear_error() {
    let out = fx_draft(&["draft", "no/such/article.txt", "--summary"]);
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("no/such/article.txt"), "{err}");
}

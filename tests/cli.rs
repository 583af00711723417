//! The command line's exit codes and messages: 0 for success and `--help`,
//! 1 for a fact set with problems, 2 for a usage error or a file that cannot
//! be read; the message always names what was wrong, never a panic.

mod common;
use common::cli;

#[test]
fn usage_errors_exit_with_2_and_say_what_is_wrong() {
    for (args, says) in [
        (vec![], "Usage"),
        (vec!["frobnicate"], "frobnicate"),
        (vec!["check"], "FILE.json"),
        (vec!["check", "--bundled", "--fix"], "--fix"),
        (vec!["check", "a.json", "b.txt", "c.txt"], "c.txt"),
        (vec!["standalone"], "FACTS.json"),
        (vec!["render", "examples/tiny.facts.json", "--id"], "--id"),
        (vec!["prerender"], "DIR"),
        (vec!["draft"], "ARTICLE.txt"),
        (vec!["draft", "a.txt", "b.txt"], "b.txt"),
        (vec!["draft", "a.txt", "--date", "2020-13-01"], "YYYY-MM-DD"),
        (vec!["draft", "a.txt", "--weather", "fine"], "--weather"),
        (vec!["draft-data"], "OUT"),
        (vec!["schema", "extra"], "extra"),
    ] {
        let (code, out, err) = cli(&args);
        assert_eq!(code, 2, "{args:?}: {err}");
        assert!(out.is_empty(), "{args:?}: {out}");
        assert!(err.contains(says), "{args:?}: {err}");
        assert!(!err.contains("panicked"), "{args:?}: {err}");
    }
}

#[test]
fn missing_files_exit_with_2_and_name_the_file() {
    // A built page for `standalone` to read, so the missing file is the facts.
    let dist = format!("{}/cli-dist", env!("CARGO_TARGET_TMPDIR"));
    std::fs::create_dir_all(&dist).unwrap();
    std::fs::write(
        format!("{dist}/fact-explorer.html"),
        "<html><body><fact-explorer></fact-explorer></body></html>",
    )
    .unwrap();
    for (args, names) in [
        (vec!["check", "no-such.json"], "no-such.json"),
        (
            vec!["check", "examples/tiny.facts.json", "no-such.txt"],
            "no-such.txt",
        ),
        (vec!["check", "--fix", "no-such.json"], "no-such.json"),
        (
            vec!["standalone", "no-such.json", "--dist", &dist],
            "no-such.json",
        ),
        (
            vec![
                "standalone",
                "examples/tiny.facts.json",
                "--dist",
                "no-such-dir",
            ],
            "no-such-dir",
        ),
        (vec!["render", "no-such.json"], "no-such.json"),
        (vec!["prerender", "no-such-dir"], "no-such-dir"),
        (vec!["draft", "no-such.txt"], "no-such.txt"),
        (
            vec!["draft-data", "no-such-dir/draft-data.bin"],
            "no-such-dir",
        ),
    ] {
        let (code, out, err) = cli(&args);
        assert_eq!(code, 2, "{args:?}: {err}");
        assert!(out.is_empty(), "{args:?}: {out}");
        assert!(err.contains(names), "{args:?}: {err}");
        assert!(!err.contains("panicked"), "{args:?}: {err}");
    }
}

#[test]
fn a_fact_set_with_problems_exits_with_1_and_a_valid_one_with_0() {
    let (code, _, err) = cli(&["check", "Cargo.toml"]);
    assert_eq!(code, 1, "{err}");
    let (code, out, err) = cli(&["check", "--bundled"]);
    assert_eq!(code, 0, "{err}");
    assert!(out.starts_with("valid: "), "{out}");
    let (code, out, err) = cli(&["check", "examples/tiny.facts.json"]);
    assert_eq!(code, 0, "{err}");
    assert!(out.starts_with("valid: "), "{out}");
}

#[test]
fn help_is_generated_for_every_command_and_exits_with_0() {
    let (code, out, err) = cli(&["--help"]);
    assert_eq!(code, 0, "{err}");
    for command in [
        "check",
        "standalone",
        "render",
        "prerender",
        "draft",
        "draft-data",
        "schema",
        "kind-css",
    ] {
        assert!(out.contains(&format!("  {command} ")), "{command}: {out}");
        let (code, sub, err) = cli(&[command, "--help"]);
        assert_eq!(code, 0, "{command}: {err}");
        assert!(
            sub.contains(&format!("Usage: fact-explorer {command}")),
            "{command}: {sub}"
        );
    }
    let (_, draft, _) = cli(&["draft", "--help"]);
    for option in ["--title", "--byline", "--date <YYYY-MM-DD>"] {
        assert!(draft.contains(option), "{draft}");
    }
}

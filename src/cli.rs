//! The host-side command line: check a fact-set file and print what is wrong,
//! the same checks the explorer runs in the browser.

use std::process::ExitCode;

use crate::load;

const USAGE: &str = "usage: fact-explorer check FILE.json [ARTICLE.txt]
       fact-explorer check --bundled
       fact-explorer check --fix FILE.json [ARTICLE.txt]
       fact-explorer schema
       fact-explorer kind-css

check: checks a fact set the way the explorer does and prints its problems,
or a summary when it is valid. ARTICLE.txt supplies the text when the JSON
has none. With --fix, first re-anchors every span whose offsets do not hold
its text (the nearest occurrence of its words; refused when ambiguous or
absent) and rewrites FILE.json, so spans can be edited by their words.
schema: prints the fact-set JSON Schema generated from the model types
(docs/fact-set.schema.json is this output).
kind-css: prints the stylesheet's kind colours, generated from the kind
table (style/main.css holds this block).";

/// Runs the command line with `args` (without the program name).
pub fn run(args: Vec<String>) -> ExitCode {
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let loaded = match args.as_slice() {
        ["check", "--fix", file] | ["check", "--fix", file, _] => {
            return fix(file, args.get(3).copied());
        }
        ["schema"] => {
            print!("{}", crate::schema::fact_set_schema());
            return ExitCode::SUCCESS;
        }
        ["kind-css"] => {
            print!("{}", crate::kinds::css());
            return ExitCode::SUCCESS;
        }
        ["check", "--bundled"] => load::load_bundled(),
        ["check", file] | ["check", file, _] => {
            let json = match std::fs::read_to_string(file) {
                Ok(j) => j,
                Err(e) => {
                    eprintln!("{file}: {e}");
                    return ExitCode::from(2);
                }
            };
            let text = match args.get(2) {
                Some(path) => match std::fs::read_to_string(path) {
                    Ok(t) => Some(t),
                    Err(e) => {
                        eprintln!("{path}: {e}");
                        return ExitCode::from(2);
                    }
                },
                None => None,
            };
            load::load(&json, text.as_deref())
        }
        _ => {
            eprintln!("{USAGE}");
            return ExitCode::from(2);
        }
    };
    match loaded {
        Ok(set) => {
            println!(
                "valid: {} entities, {} facts, {} quotes, {} events, {} sentences",
                set.entities.len(),
                set.facts.len(),
                set.quotes.len(),
                set.events.len(),
                set.article.sentences.len()
            );
            ExitCode::SUCCESS
        }
        Err(err) => {
            eprintln!("{err}");
            ExitCode::FAILURE
        }
    }
}

/// Reads a file, or says on stderr why not.
fn read(path: &str) -> Option<String> {
    std::fs::read_to_string(path)
        .map_err(|e| eprintln!("{path}: {e}"))
        .ok()
}

/// `check --fix`: re-anchors the spans of `file` and writes it back when
/// every span could be placed; then checks it as `check` does.
fn fix(file: &str, article: Option<&str>) -> ExitCode {
    let (Some(json), text) = (read(file), article.map(read)) else {
        return ExitCode::from(2);
    };
    let text = match text {
        Some(None) => return ExitCode::from(2),
        Some(Some(t)) => Some(t),
        None => None,
    };
    let mut set = match load::parse(&json) {
        Ok(set) => set,
        Err(err) => {
            eprintln!("{err}");
            return ExitCode::FAILURE;
        }
    };
    let separate_text = set.article.text.is_empty();
    if separate_text {
        match &text {
            Some(t) => set.article.text = t.clone(),
            None => {
                eprintln!("{file}: the fact set has no article text; give ARTICLE.txt");
                return ExitCode::from(2);
            }
        }
    }
    let done = match crate::anchor::reanchor(&mut set) {
        Ok(done) => done,
        Err(err) => {
            eprintln!("{err}\nnothing was written");
            return ExitCode::FAILURE;
        }
    };
    if done.moved > 0 {
        let full_text = std::mem::take(&mut set.article.text);
        if !separate_text {
            set.article.text = full_text.clone();
        }
        if let Err(e) = std::fs::write(file, set.to_pretty_json()) {
            eprintln!("{file}: {e}");
            return ExitCode::from(2);
        }
        set.article.text = full_text;
    }
    eprintln!(
        "{file}: {} spans re-anchored, {} already in place",
        done.moved, done.kept
    );
    match load::validate(&set) {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("{err}");
            ExitCode::FAILURE
        }
    }
}

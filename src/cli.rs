//! The host-side command line: check a fact-set file and print what is wrong,
//! the same checks the explorer runs in the browser.

use std::process::ExitCode;

use crate::load;

const USAGE: &str = "usage: fact-explorer check FILE.json [ARTICLE.txt]
       fact-explorer check --bundled
       fact-explorer schema
       fact-explorer kind-css

check: checks a fact set the way the explorer does and prints its problems,
or a summary when it is valid. ARTICLE.txt supplies the text when the JSON
has none.
schema: prints the fact-set JSON Schema generated from the model types
(docs/fact-set.schema.json is this output).
kind-css: prints the stylesheet's kind colours, generated from the kind
table (style/main.css holds this block).";

/// Runs the command line with `args` (without the program name).
pub fn run(args: Vec<String>) -> ExitCode {
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let loaded = match args.as_slice() {
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

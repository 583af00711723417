//! The host-side command line: check a fact-set file and print what is wrong,
//! the same checks the explorer runs in the browser.

use std::process::ExitCode;

use crate::load;

const USAGE: &str = "usage: fact-explorer check FILE.json [ARTICLE.txt]
       fact-explorer check --bundled
       fact-explorer check --fix FILE.json [ARTICLE.txt]
       fact-explorer standalone FACTS.json [ARTICLE.txt] [--dist DIR]
       fact-explorer render FACTS.json [ARTICLE.txt] [--id ID] [--css FILE]
       fact-explorer prerender DIR
       fact-explorer draft ARTICLE.txt [--title T] [--byline B] [--date YYYY-MM-DD]
       fact-explorer draft-data OUT
       fact-explorer schema
       fact-explorer kind-css

check: checks a fact set the way the explorer does and prints its problems,
or a summary when it is valid. ARTICLE.txt supplies the text when the JSON
has none. With --fix, first re-anchors every span whose offsets do not hold
its text (the nearest occurrence of its words; refused when ambiguous or
absent) and rewrites FILE.json, so spans can be edited by their words.
standalone: prints a self-contained HTML page (the explorer with FACTS.json
inside) that opens from disk; it reads the built page DIR/fact-explorer.html
(DIR is dist by default: run ./dev build first).
render: prints a <fact-explorer> element with the explorer's first view of
FACTS.json rendered into it (a declarative shadow root, hydrated in place
when the explorer's script arrives), the fact set it was rendered from and
the article's JSON-LD, for a CMS or static-site generator to put into its
HTML source. --id sets the element's id; --css the stylesheet to inline
(the built dist/main.css; the source style/main.css by default). The
Content-Security-Policy the inline style needs goes to stderr.
prerender: the same for the built page DIR/index.html and the bundled
article (a trunk hook runs it on every build).
draft: prints a draft fact set for a plain-text article: entities with
every mention, quotes with their speakers, amounts, times and candidate
facts (see crates/draft). It loads in the explorer as it is; correct it
before you publish it.
draft-data: writes the drafting engine's weights and word lists as one file
(the authoring page fetches it; a trunk hook writes dist/draft-data.bin).
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
        ["standalone", rest @ ..] if !rest.is_empty() => return standalone(rest),
        ["render", rest @ ..] if !rest.is_empty() => return render(rest),
        ["prerender", dir] => return prerender(dir),
        ["draft", rest @ ..] if !rest.is_empty() => return draft(rest),
        ["draft-data", out] => {
            let bytes = fact_explorer_draft::data::Data::embedded().pack();
            return match std::fs::write(out, &bytes) {
                Ok(()) => {
                    eprintln!("{out}: {} bytes", bytes.len());
                    ExitCode::SUCCESS
                }
                Err(e) => {
                    eprintln!("{out}: {e}");
                    ExitCode::from(2)
                }
            };
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

/// `standalone FACTS.json [ARTICLE.txt] [--dist DIR]`: the self-contained
/// page with the fact set inside, on stdout.
fn standalone(args: &[&str]) -> ExitCode {
    let (dist, files): (Option<&str>, Vec<&str>) = match args {
        [files @ .., "--dist", dir] => (Some(*dir), files.to_vec()),
        files => (None, files.to_vec()),
    };
    let Some((facts, article)) = facts_and_article(&files) else {
        eprintln!("{USAGE}");
        return ExitCode::from(2);
    };
    let template_path = format!("{}/fact-explorer.html", dist.unwrap_or("dist"));
    let Some(template) = read(&template_path) else {
        eprintln!("run ./dev build first: the page is made from the built explorer");
        return ExitCode::from(2);
    };
    let set = match load_file(facts, article) {
        Ok(set) => set,
        Err(code) => return code,
    };
    match crate::export::standalone_page(&template, &set) {
        Some(page) => {
            print!("{page}");
            ExitCode::SUCCESS
        }
        None => {
            eprintln!("{template_path} has no <fact-explorer> element");
            ExitCode::from(2)
        }
    }
}

/// `FACTS.json [ARTICLE.txt]` from a command's file arguments.
fn facts_and_article<'a>(files: &[&'a str]) -> Option<(&'a str, Option<&'a str>)> {
    match files {
        [facts] => Some((facts, None)),
        [facts, article] => Some((facts, Some(article))),
        _ => None,
    }
}

/// Loads `facts` (with the text of `article` when given) for a command,
/// or says on stderr why not.
fn load_file(facts: &str, article: Option<&str>) -> Result<crate::model::FactSet, ExitCode> {
    let json = read(facts).ok_or(ExitCode::from(2))?;
    let text = match article.map(read) {
        Some(None) => return Err(ExitCode::from(2)),
        Some(Some(t)) => Some(t),
        None => None,
    };
    load::load(&json, text.as_deref()).map_err(|err| {
        eprintln!("{facts}: {err}");
        ExitCode::FAILURE
    })
}

/// The CSP line for a page with the inline stylesheet `css`.
fn csp_line(css: &str) -> String {
    format!(
        "Content-Security-Policy: default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self' {}",
        crate::render::style_hash(css)
    )
}

/// `render FACTS.json [ARTICLE.txt] [--id ID] [--css FILE]`: the prerendered
/// element on stdout.
fn render(args: &[&str]) -> ExitCode {
    let mut id = None;
    let mut css_file = None;
    let mut files = Vec::new();
    let mut rest = args.iter();
    while let Some(arg) = rest.next() {
        match *arg {
            "--id" => id = rest.next().copied(),
            "--css" => css_file = rest.next().copied(),
            flag if flag.starts_with("--") => {
                eprintln!("unknown option {flag}\n{USAGE}");
                return ExitCode::from(2);
            }
            file => files.push(file),
        }
    }
    let Some((facts, article)) = facts_and_article(&files) else {
        eprintln!("{USAGE}");
        return ExitCode::from(2);
    };
    let css = match css_file {
        Some(path) => match read(path) {
            Some(css) => css,
            None => return ExitCode::from(2),
        },
        None => crate::render::STYLE.to_string(),
    };
    let set = match load_file(facts, article) {
        Ok(set) => set,
        Err(code) => return code,
    };
    match crate::render::fragment(&set, id, &css) {
        Ok(html) => {
            print!("{html}");
            eprintln!("the page needs: {}", csp_line(&css));
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("{e}");
            ExitCode::from(2)
        }
    }
}

/// `prerender DIR`: renders the bundled article into DIR/index.html and
/// writes the page's CSP to DIR/csp.txt.
fn prerender(dir: &str) -> ExitCode {
    let (Some(page), Some(css)) = (
        read(&format!("{dir}/index.html")),
        read(&format!("{dir}/main.css")),
    ) else {
        return ExitCode::from(2);
    };
    let set = match load::load_bundled() {
        Ok(set) => set,
        Err(err) => {
            eprintln!("the bundled fact set: {err}");
            return ExitCode::FAILURE;
        }
    };
    let html = match crate::render::page(&page, &set, &css) {
        Ok(html) => html,
        Err(e) => {
            eprintln!("{dir}/index.html: {e}");
            return ExitCode::from(2);
        }
    };
    let csp = csp_line(&css);
    let written = std::fs::write(format!("{dir}/index.html"), &html)
        .and_then(|()| std::fs::write(format!("{dir}/csp.txt"), format!("{csp}\n")));
    if let Err(e) = written {
        eprintln!("{dir}: {e}");
        return ExitCode::from(2);
    }
    println!("prerendered index.html: {} bytes; {csp}", html.len());
    ExitCode::SUCCESS
}

/// `draft ARTICLE.txt [--title T] [--byline B] [--date YYYY-MM-DD]`: the
/// draft fact set on stdout.
fn draft(args: &[&str]) -> ExitCode {
    let mut meta = fact_explorer_draft::Meta::default();
    let mut file = None;
    let mut rest = args.iter();
    while let Some(arg) = rest.next() {
        let mut value = |what: &str| {
            rest.next()
                .copied()
                .ok_or_else(|| format!("{what} needs a value"))
        };
        let step = match *arg {
            "--title" => value("--title").map(|v| meta.title = Some(v.to_string())),
            "--byline" => value("--byline").map(|v| meta.byline = Some(v.to_string())),
            "--date" => value("--date").and_then(|v| {
                v.parse()
                    .map(|d| meta.date = Some(d))
                    .map_err(|_| format!("--date {v:?}: expected a calendar date, YYYY-MM-DD"))
            }),
            flag if flag.starts_with("--") => Err(format!("unknown option {flag}")),
            path if file.is_none() => {
                file = Some(path);
                Ok(())
            }
            extra => Err(format!("one article at a time ({extra:?} is a second)")),
        };
        if let Err(e) = step {
            eprintln!("{e}\n{USAGE}");
            return ExitCode::from(2);
        }
    }
    let Some(file) = file else {
        eprintln!("{USAGE}");
        return ExitCode::from(2);
    };
    let bytes = match std::fs::read(file) {
        Ok(b) => b,
        Err(e) => {
            eprintln!("{file}: {e}");
            return ExitCode::from(2);
        }
    };
    let text = match String::from_utf8(bytes) {
        Ok(t) => t,
        Err(e) => {
            eprintln!(
                "{file}: not UTF-8 text (invalid byte at offset {}); save it as UTF-8 and try again",
                e.utf8_error().valid_up_to()
            );
            return ExitCode::from(2);
        }
    };
    let drafter = match fact_explorer_draft::Drafter::embedded() {
        Ok(d) => d,
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::FAILURE;
        }
    };
    match drafter.draft(&text, &meta) {
        Ok(set) => {
            println!("{}", set.to_pretty_json());
            eprintln!(
                "{file}: drafted {} entities with {} mentions",
                set.entities.len(),
                set.entities.iter().map(|e| e.mentions.len()).sum::<usize>()
            );
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("{file}: {e}");
            ExitCode::from(2)
        }
    }
}

//! The host-side command line: check a fact-set file and print what is wrong,
//! the same checks the explorer runs in the browser; render, prerender and
//! draft fact sets. Parsed by clap, so `--help` and the usage errors are
//! generated from the types below and cannot drift from what is accepted.

use std::process::ExitCode;

use clap::{CommandFactory, Parser, Subcommand};

use crate::load;

#[derive(Parser, Debug)]
#[command(
    name = "fact-explorer",
    about = "Checks, renders and drafts fact sets for the fact explorer.",
    arg_required_else_help = true
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Checks a fact set the way the explorer does and prints its problems,
    /// or a summary when it is valid.
    ///
    /// ARTICLE.txt supplies the text when the JSON has none. With --fix,
    /// first re-anchors every span whose offsets do not hold its text (the
    /// nearest occurrence of its words; refused when ambiguous or absent) and
    /// rewrites FILE.json, so spans can be edited by their words.
    Check {
        /// Checks the fact set bundled with the explorer instead of a file.
        #[arg(long, conflicts_with_all = ["file", "article", "fix"])]
        bundled: bool,
        /// Re-anchors spans from their words and rewrites FILE.json first.
        #[arg(long)]
        fix: bool,
        /// The fact-set JSON file.
        #[arg(value_name = "FILE.json", required_unless_present = "bundled")]
        file: Option<String>,
        /// The article's plain text, when the JSON has none.
        #[arg(value_name = "ARTICLE.txt")]
        article: Option<String>,
    },
    /// Prints a self-contained HTML page (the explorer with FACTS.json
    /// inside) that opens from disk.
    ///
    /// It reads the built page DIR/fact-explorer.html (run ./dev build
    /// first).
    Standalone {
        /// The fact-set JSON file.
        #[arg(value_name = "FACTS.json")]
        facts: String,
        /// The article's plain text, when the JSON has none.
        #[arg(value_name = "ARTICLE.txt")]
        article: Option<String>,
        /// The built explorer's directory.
        #[arg(long, value_name = "DIR", default_value = "dist")]
        dist: String,
    },
    /// Prints a <fact-explorer> element with the explorer's first view of
    /// FACTS.json rendered into it.
    ///
    /// A declarative shadow root, hydrated in place when the explorer's
    /// script arrives, with the fact set it was rendered from and the
    /// article's JSON-LD, for a CMS or static-site generator to put into its
    /// HTML source. The Content-Security-Policy the inline style needs goes
    /// to stderr.
    Render {
        /// The fact-set JSON file.
        #[arg(value_name = "FACTS.json")]
        facts: String,
        /// The article's plain text, when the JSON has none.
        #[arg(value_name = "ARTICLE.txt")]
        article: Option<String>,
        /// The element's id.
        #[arg(long)]
        id: Option<String>,
        /// The stylesheet to inline (the built dist/main.css; the source
        /// style/main.css by default).
        #[arg(long, value_name = "FILE")]
        css: Option<String>,
    },
    /// Renders the bundled article into the built page DIR/index.html and
    /// writes its CSP to DIR/csp.txt (a trunk hook runs it on every build).
    Prerender {
        /// The built page's directory.
        #[arg(value_name = "DIR")]
        dir: String,
    },
    /// Prints a draft fact set for a plain-text article.
    ///
    /// Entities with every mention, quotes with their speakers, amounts,
    /// times and candidate facts (see crates/draft). It loads in the
    /// explorer as it is; correct it before you publish it.
    Draft {
        /// The article's plain text (UTF-8).
        #[arg(value_name = "ARTICLE.txt")]
        article: String,
        /// The article's title.
        #[arg(long, value_name = "T")]
        title: Option<String>,
        /// The article's byline.
        #[arg(long, value_name = "B")]
        byline: Option<String>,
        /// The article's date.
        #[arg(long, value_name = "YYYY-MM-DD")]
        date: Option<crate::model::Date>,
    },
    /// Writes the drafting engine's weights and word lists as one file (the
    /// authoring page fetches it; a trunk hook writes dist/draft-data.bin).
    DraftData {
        /// The file to write.
        #[arg(value_name = "OUT")]
        out: String,
    },
    /// Prints the fact-set JSON Schema generated from the model types
    /// (docs/fact-set.schema.json is this output).
    Schema,
    /// Prints the stylesheet's kind colours, generated from the kind table
    /// (style/main.css holds this block).
    KindCss,
    /// A newsroom's archive: many articles' fact sets explored together.
    ///
    /// DIR holds one NAME.facts.json per article (NAME is its id), with
    /// NAME.txt when the fact set carries no text and NAME.url for the
    /// original's address, and identities.txt, the identity decisions.
    #[command(subcommand)]
    Archive(ArchiveCommand),
}

#[derive(Subcommand, Debug)]
enum ArchiveCommand {
    /// Builds the archive's search index and manifest from DIR into SITE.
    ///
    /// Each fact set is checked as `check` does; a bad one is reported and
    /// skipped. Rebuilding into the same SITE reuses the records of
    /// unchanged articles and writes only the files that changed; the
    /// result equals a full build byte for byte.
    Build {
        /// The archive folder.
        #[arg(value_name = "DIR")]
        dir: String,
        /// The site folder to write (made when missing).
        #[arg(long, value_name = "SITE")]
        out: String,
        /// Fails (exit 1, nothing written) when any file has problems.
        #[arg(long)]
        strict: bool,
        /// The folder of the explorer's built files (fact-explorer-embed.js,
        /// page.css), relative to the article pages SITE/a/ID.html; the
        /// default fits a SITE inside the explorer's build (dist/archive).
        #[arg(long, value_name = "URL", default_value = "../..")]
        explorer: String,
        /// The archive's search page (archive.html, which also shows the
        /// entity pages), relative to the article pages.
        #[arg(long, value_name = "URL", default_value = "../../archive.html")]
        search: String,
    },
    /// Prints the archive's entity merges with their evidence, the open
    /// proposals, and decisions in DIR/identities.txt that no longer match.
    Identities {
        /// The archive folder.
        #[arg(value_name = "DIR")]
        dir: String,
    },
    /// Writes a synthetic archive of N articles into DIR, for measuring
    /// the build at scale: dated articles with facts and a quote, a few
    /// entities in many of them, most in one or two, some namesakes.
    /// Deterministic for a seed.
    Synth {
        /// How many articles.
        #[arg(value_name = "N")]
        n: usize,
        /// The folder to write (made when missing).
        #[arg(long, value_name = "DIR")]
        out: String,
        /// The generator's seed.
        #[arg(long, default_value_t = 29)]
        seed: u64,
    },
}

/// Runs the command line with `args` (without the program name). Help
/// exits with 0; usage errors and files that cannot be read with 2; a fact
/// set with problems with 1.
pub fn run(args: Vec<String>) -> ExitCode {
    let argv = std::iter::once("fact-explorer".to_string()).chain(args);
    let cli = match Cli::try_parse_from(argv) {
        Ok(cli) => cli,
        Err(e) => return clap_exit(&e),
    };
    let loaded = match cli.command {
        Command::Check { bundled: true, .. } => load::load_bundled(),
        Command::Check { file: None, .. } => {
            // clap requires FILE.json unless --bundled; said plainly anyway.
            let e = Cli::command().error(
                clap::error::ErrorKind::MissingRequiredArgument,
                "check needs FILE.json or --bundled",
            );
            return clap_exit(&e);
        }
        Command::Check {
            fix: true,
            file: Some(file),
            article,
            ..
        } => return fix(&file, article.as_deref()),
        Command::Check {
            file: Some(file),
            article,
            ..
        } => {
            let Some(json) = read(&file) else {
                return ExitCode::from(2);
            };
            let text = match article.as_deref().map(read) {
                Some(None) => return ExitCode::from(2),
                Some(Some(t)) => Some(t),
                None => None,
            };
            load::load(&json, text.as_deref())
        }
        Command::Standalone {
            facts,
            article,
            dist,
        } => return standalone(&facts, article.as_deref(), &dist),
        Command::Render {
            facts,
            article,
            id,
            css,
        } => return render(&facts, article.as_deref(), id.as_deref(), css.as_deref()),
        Command::Prerender { dir } => return prerender(&dir),
        Command::Draft {
            article,
            title,
            byline,
            date,
        } => {
            let meta = fact_explorer_draft::Meta {
                title,
                byline,
                date,
            };
            return draft(&article, &meta);
        }
        Command::DraftData { out } => {
            let bytes = fact_explorer_draft::data::Data::embedded().pack();
            return match std::fs::write(&out, &bytes) {
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
        Command::Schema => {
            print!("{}", crate::schema::fact_set_schema());
            return ExitCode::SUCCESS;
        }
        Command::KindCss => {
            print!("{}", crate::kinds::css());
            return ExitCode::SUCCESS;
        }
        Command::Archive(ArchiveCommand::Build {
            dir,
            out,
            strict,
            explorer,
            search,
        }) => {
            let links = crate::archive_page::PageLinks { explorer, search };
            return archive_build(&dir, &out, strict, &links);
        }
        Command::Archive(ArchiveCommand::Identities { dir }) => return archive_identities(&dir),
        Command::Archive(ArchiveCommand::Synth { n, out, seed }) => {
            return archive_synth(n, &out, seed)
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

/// Prints clap's message (help on stdout, usage errors on stderr) and
/// returns its exit code: 0 for help, 2 for a usage error.
fn clap_exit(e: &clap::Error) -> ExitCode {
    let _ = e.print();
    ExitCode::from(u8::try_from(e.exit_code()).unwrap_or(2))
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
fn standalone(facts: &str, article: Option<&str>, dist: &str) -> ExitCode {
    let template_path = format!("{dist}/fact-explorer.html");
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
fn render(
    facts: &str,
    article: Option<&str>,
    id: Option<&str>,
    css_file: Option<&str>,
) -> ExitCode {
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
fn draft(file: &str, meta: &fact_explorer_draft::Meta) -> ExitCode {
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
    match drafter.draft(&text, meta) {
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

/// Reads an archive folder and builds it in memory, reporting skipped
/// files and unreadable decision lines on stderr.
fn archive_plan(dir: &str) -> Result<fact_explorer_archive::site::Built, ExitCode> {
    use fact_explorer_archive::site;
    let scan = site::scan(std::path::Path::new(dir)).map_err(|e| {
        eprintln!("{dir}: {e}");
        ExitCode::from(2)
    })?;
    let mut built = site::build(&scan.inputs, &[], scan.decisions.as_deref());
    built.skipped.extend(scan.skipped);
    crate::sort::sort_by(&mut built.skipped, |a, b| a.name.cmp(&b.name));
    report_problems(dir, &built);
    Ok(built)
}

/// Reports skipped files and unreadable decision lines on stderr.
fn report_problems(dir: &str, built: &fact_explorer_archive::site::Built) {
    use fact_explorer_archive::site;
    for s in &built.skipped {
        eprintln!(
            "{dir}/{}: skipped\n  {}",
            s.name,
            s.problems.replace('\n', "\n  ")
        );
    }
    for p in &built.identities.file_problems {
        eprintln!("{dir}/{}: {p}", site::DECISIONS_FILE);
    }
}

/// `archive build DIR --out SITE [--strict]`: reads the articles one at a
/// time and writes the site file by file (`site::build_dir_with`), so an
/// archive of 100,000 articles builds in a few GB; each article's page
/// (`a/ID.html`) is written through the same writer once the archive is
/// built.
fn archive_build(
    dir: &str,
    out: &str,
    strict: bool,
    links: &crate::archive_page::PageLinks,
) -> ExitCode {
    use fact_explorer_archive::site;
    let mut rendered = 0;
    let mut page_error = None;
    let mut pages = |built: &site::Built, sink: &mut site::Sink| {
        article_pages(built, dir, out, links, sink)
            .map(|n| rendered = n)
            .map_err(|e| {
                page_error = Some(e.clone());
                std::io::Error::other(e)
            })
    };
    let result = site::build_dir_with(
        std::path::Path::new(dir),
        std::path::Path::new(out),
        strict,
        &mut pages,
    );
    let (built, written) = match result {
        Ok(b) => b,
        Err(_) if page_error.is_some() => {
            eprintln!("{}", page_error.unwrap_or_default());
            return ExitCode::from(2);
        }
        Err(e) => {
            // Which folder failed: the archive when it cannot be listed.
            let which = if std::fs::read_dir(dir).is_err() {
                dir
            } else {
                out
            };
            eprintln!("{which}: {e}");
            return ExitCode::from(2);
        }
    };
    report_problems(dir, &built);
    let problems = built.skipped.len() + built.identities.file_problems.len();
    if strict && problems > 0 {
        eprintln!("--strict: {problems} problems; nothing was written");
        return ExitCode::FAILURE;
    }
    let written = written.unwrap_or_default();
    let ids = &built.identities;
    let stale = ids
        .decisions
        .iter()
        .filter(|d| d.status != "applied")
        .count();
    println!(
        "{out}: {} articles ({} checked, {} unchanged, {rendered} pages rendered), {} skipped; {} entities, {} merged across articles, {} proposals, {stale} decisions not applied; {} files written, {} unchanged, {} removed",
        built.articles.len(),
        built.made,
        built.reused,
        built.skipped.len(),
        ids.entities.len(),
        ids.merges.len(),
        ids.proposals.len(),
        written.written,
        written.unchanged,
        written.removed
    );
    ExitCode::SUCCESS
}

/// `archive synth N --out DIR [--seed S]`.
fn archive_synth(n: usize, out: &str, seed: u64) -> ExitCode {
    let dir = std::path::Path::new(out);
    let written = std::fs::create_dir_all(dir).and_then(|()| {
        for input in fact_explorer_archive::synth::articles(n, seed) {
            std::fs::write(dir.join(format!("{}.facts.json", input.id)), input.json)?;
        }
        Ok(())
    });
    match written {
        Ok(()) => {
            println!("{out}: {n} synthetic articles (seed {seed})");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("{out}: {e}");
            ExitCode::from(2)
        }
    }
}

/// Writes each article's page (`a/ID.html`, see [`crate::archive_page`])
/// to `sink`: the page already in `out` when its digest still matches,
/// else rendered from the article's files in `dir` (read one at a time).
/// Returns how many were rendered.
fn article_pages(
    built: &fact_explorer_archive::site::Built,
    dir: &str,
    out: &str,
    links: &crate::archive_page::PageLinks,
    sink: &mut fact_explorer_archive::site::Sink,
) -> Result<usize, String> {
    use crate::archive_page::{article_page, digest_of, page_digest, EntityLink};
    use std::collections::BTreeMap;
    let mut by_article: BTreeMap<&str, BTreeMap<String, EntityLink>> = BTreeMap::new();
    for e in &built.identities.entities {
        for m in &e.members {
            by_article.entry(m.article.as_str()).or_default().insert(
                m.id.clone(),
                EntityLink {
                    key: e.key.clone(),
                    name: e.name.clone(),
                    kind: e.kind.clone(),
                },
            );
        }
    }
    let empty = BTreeMap::new();
    let mut rendered = 0;
    for a in &built.articles {
        let entities = by_article.get(a.id.as_str()).unwrap_or(&empty);
        let list: Vec<EntityLink> = entities.values().cloned().collect();
        let digest = page_digest(&a.source, &list, links);
        let file = format!("a/{}.html", a.id);
        let path = std::path::Path::new(out).join(&file);
        let write_error = |e: std::io::Error| format!("{out}/{file}: {e}");
        if let Some(old) = std::fs::read_to_string(&path)
            .ok()
            .filter(|old| digest_of(old) == Some(digest.as_str()))
        {
            sink(&file, old.as_bytes()).map_err(write_error)?;
            continue;
        }
        let input = fact_explorer_archive::site::read_input(std::path::Path::new(dir), &a.id)
            .map_err(|s| format!("{dir}/{}: {}", s.name, s.problems))?;
        let set =
            load::load(&input.json, input.text.as_deref()).map_err(|e| format!("{}: {e}", a.id))?;
        let html = article_page(&a.id, &set, a.url.as_deref(), entities, &digest, links)
            .map_err(|e| format!("{}: {e}", a.id))?;
        rendered += 1;
        sink(&file, html.as_bytes()).map_err(write_error)?;
    }
    Ok(rendered)
}

/// `archive identities DIR`.
fn archive_identities(dir: &str) -> ExitCode {
    match archive_plan(dir) {
        Ok(built) => {
            print!(
                "{}",
                fact_explorer_archive::report::identities_text(&built.identities)
            );
            ExitCode::SUCCESS
        }
        Err(code) => code,
    }
}

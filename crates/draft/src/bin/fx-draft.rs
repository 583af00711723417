//! Training and measuring the drafting engine (host only; build it with the
//! speed-optimised `host` profile):
//!
//!   cargo run --profile host -p fact-explorer-draft --bin fx-draft -- train
//!   cargo run --profile host -p fact-explorer-draft --bin fx-draft -- eval [--peers DIR] [--show …]
//!
//! `--help` lists every command.

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

use clap::{Parser as ClapParser, Subcommand};

use fact_explorer_draft::corpus;
use fact_explorer_draft::gum::{self, Document, Split};
use fact_explorer_draft::labels::Tag;
use fact_explorer_draft::lemma::Lemmatizer;
use fact_explorer_draft::lexicon::Lexicon;
use fact_explorer_draft::parse::Parser;
use fact_explorer_draft::pos::Tagger;
use fact_explorer_draft::tokenize;

#[derive(ClapParser)]
#[command(name = "fx-draft", about = "Train and measure the drafting engine")]
struct Cli {
    #[command(subcommand)]
    command: Command,
    /// Diagnostics to print as well (comma-separated), for seeing why a
    /// figure is what it is.
    #[arg(long, global = true, value_enum, value_delimiter = ',')]
    show: Vec<Show>,
}

/// Diagnostics `--show` prints.
#[derive(Clone, Copy, PartialEq, Eq, Debug, clap::ValueEnum)]
enum Show {
    /// train: the tagger's commonest confusions on the tune documents.
    PosErrors,
    /// train: the parser's commonest attachment errors.
    DepErrors,
    /// train: each name the draft's mentions get wrong on the documents
    /// the name tagger is scored on (with --check-names, the held-out ones).
    NameErrors,
    /// eval: the name types' confusion matrix.
    Confusion,
    /// eval --verbose, draft --summary: every pair of things a sentence names, with the
    /// tree path between them and the pattern it matched (GOLD when the
    /// fact gold links them).
    Paths,
    /// eval: the bundled article's drafted facts, matched or not.
    Seed,
    /// eval: the bundled article's pairs with their paths.
    SeedPaths,
    /// eval: each pronoun left unresolved or resolved wrongly.
    Pronouns,
    /// draft --summary: each sentence's tokens with tag, lemma, head and
    /// relation (CoNLL-U's columns), for seeing why a path is what it is.
    Tree,
}

/// The diagnostics asked for, set once from the command line.
static SHOW: std::sync::OnceLock<Vec<Show>> = std::sync::OnceLock::new();

fn shows(what: Show) -> bool {
    SHOW.get().is_some_and(|s| s.contains(&what))
}

/// A learned part of the drafting engine.
#[derive(Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum Part {
    Pos,
    Parser,
    Names,
}

#[derive(Subcommand)]
enum Command {
    /// Learn the weights from the GUM documents and write them to crates/draft/model/.
    Train {
        /// Passes over the training documents (the tagger and the parser).
        #[arg(long, default_value_t = 10)]
        epochs: usize,
        /// Passes over the name tagger's training documents: 8 scored
        /// best on the held-out check (--check-names: GUM tune 0.557,
        /// WikiGold 0.615, tweets 0.599 typed F1 through the draft's
        /// mentions; 10 epochs 0.553, 0.609, 0.603; 15 epochs 0.547,
        /// 0.618, 0.600).
        #[arg(long, default_value_t = 8)]
        name_epochs: usize,
        /// Train only this part and read the others from crates/draft/model/.
        #[arg(long, value_enum)]
        only: Option<Part>,
        /// Train the parser on gold tags instead of the tagger's held-out ones.
        #[arg(long)]
        gold_tags: bool,
        /// Train the name tagger on WikiGold too (left out by default: it
        /// cost 3 points of typed F1 on the GUM tune documents).
        #[arg(long)]
        with_wikigold: bool,
        /// The Broad Twitter Corpus sections the name tagger learns from
        /// (letters of data/btc/*.conll; "g" is the news accounts).
        #[arg(long, default_value = "g")]
        btc: String,
        /// Instead of writing the name tagger, train it without held-out
        /// slices (the GUM tune documents; WikiGold and the tweets, three
        /// folds each) and score it on them.
        #[arg(long)]
        check_names: bool,
        /// Print the parse of this GUM document's first sentences.
        #[arg(long)]
        doc: Option<String>,
    },
    /// How the draft's tokens and sentences line up with GUM's.
    Tokens,
    /// Measure drafts: names, facts, pronouns and the bundled article (the
    /// tune documents; the test documents with --test).
    Eval {
        /// Also the 8 test documents (scored once, at the end).
        #[arg(long)]
        test: bool,
        /// The peers' names (compromise.json, spacy.json) from this folder.
        #[arg(long)]
        peers: Option<PathBuf>,
        /// Print each document's fact misses and false facts.
        #[arg(long)]
        verbose: bool,
        /// With `--show paths`: read the paths on GUM's gold tokens, tags and trees.
        #[arg(long)]
        gold_trees: bool,
        /// Draft with the weights in crates/draft/model/ as they are on disk
        /// (just written by `train`) instead of those compiled in, so a
        /// retrained model is measured without rebuilding.
        #[arg(long)]
        disk_weights: bool,
    },
    /// Draft time as texts grow to 50,000 words (native), pass by pass.
    Scale,
    /// Draft a text file and print the fact set (JSON), or a summary.
    Draft {
        file: PathBuf,
        /// A readable summary instead of the JSON.
        #[arg(long)]
        summary: bool,
    },
}

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).to_path_buf()
}

fn lexicon() -> Lexicon {
    Lexicon::read(|name| {
        std::fs::read_to_string(root().join("data/lists").join(name)).unwrap_or_default()
    })
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let _ = SHOW.set(cli.show.clone());
    if let Command::Draft { file, summary } = &cli.command {
        return draft_file(file, *summary);
    }
    let docs = match gum::read_dir(&root().join("data/gum")) {
        Ok(d) => d,
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::from(2);
        }
    };
    match cli.command {
        Command::Train {
            epochs,
            name_epochs,
            only,
            gold_tags,
            with_wikigold,
            btc,
            check_names,
            doc,
        } => train(
            &docs,
            epochs,
            only,
            Training {
                gold_tags,
                names: NameTraining {
                    epochs: name_epochs,
                    with_wikigold,
                    btc,
                    check: check_names,
                },
                doc,
            },
        ),
        Command::Tokens => tokens(&docs),
        Command::Scale => scale(&docs),
        Command::Eval {
            test,
            peers,
            verbose,
            gold_trees,
            disk_weights,
        } => eval(
            &docs,
            test,
            peers.as_deref(),
            verbose,
            gold_trees,
            disk_weights,
        ),
        Command::Draft { .. } => ExitCode::SUCCESS,
    }
}

fn model_path(name: &str) -> PathBuf {
    root().join("model").join(name)
}

fn save(name: &str, write: impl FnOnce(&mut Vec<u8>)) {
    let mut bytes = Vec::new();
    write(&mut bytes);
    let path = model_path(name);
    match std::fs::write(&path, &bytes) {
        Ok(()) => println!("  wrote {} ({} bytes)", path.display(), bytes.len()),
        Err(e) => eprintln!("{}: {e}", path.display()),
    }
}

fn load_model(name: &str) -> fact_explorer_draft::perceptron::Model {
    let bytes = std::fs::read(model_path(name)).unwrap_or_default();
    match fact_explorer_draft::perceptron::Model::read(&bytes) {
        Ok((m, _)) => m,
        Err(e) => {
            eprintln!("{name}: {e}");
            Default::default()
        }
    }
}

#[allow(clippy::needless_range_loop)] // gold and drafted tokens side by side
/// How `train` trains, beyond its defaults.
struct Training {
    gold_tags: bool,
    names: NameTraining,
    doc: Option<String>,
}

fn train(docs: &[Document], epochs: usize, only: Option<Part>, how: Training) -> ExitCode {
    let lex = lexicon();
    let mut train: Vec<_> = docs
        .iter()
        .filter(|d| d.split() == Split::Train && d.has_trees())
        .map(|d| corpus::gold_doc(d, &lex))
        .collect();
    let words: usize = train.iter().map(|d| d.len()).sum();
    let tagger = if only.is_none_or(|p| p == Part::Pos) {
        println!(
            "part of speech: {} documents, {words} tokens, {epochs} epochs",
            train.len()
        );
        let started = Instant::now();
        let (tagger, held_out) = Tagger::train(&train, epochs, |e, acc| {
            println!("  epoch {:2}: token accuracy {acc:.4}", e + 1)
        });
        // The held-out tags, for training the parser later on its own.
        let flat: Vec<u8> = held_out.iter().flatten().map(|t| t.0).collect();
        let _ = std::fs::create_dir_all(root().join("../../target"));
        let _ = std::fs::write(root().join("../../target/pos-held-out.bin"), flat);
        println!(
            "  trained in {:.1} s, {} features",
            started.elapsed().as_secs_f64(),
            tagger.second.features()
        );
        save("pos-1.bin", |b| tagger.first.write(b));
        save("pos-2.bin", |b| tagger.second.write(b));
        save("pos-fixed.txt", |b| tagger.fixed.write(b));
        Tagger {
            first: load_model("pos-1.bin"),
            second: load_model("pos-2.bin"),
            fixed: tagger.fixed,
        }
    } else {
        Tagger {
            first: load_model("pos-1.bin"),
            second: load_model("pos-2.bin"),
            fixed: fact_explorer_draft::pos::Fixed::read(
                &std::fs::read_to_string(model_path("pos-fixed.txt")).unwrap_or_default(),
            ),
        }
    };
    // Measured on the news documents' gold tokens.
    for split in [Split::Tune] {
        let (mut right_u, mut right_x, mut all) = (0, 0, 0);
        for d in docs.iter().filter(|d| d.split() == split && d.has_trees()) {
            let mut doc = corpus::gold_doc(d, &lex);
            tagger.tag(&mut doc);
            for (p, g) in doc.tags.iter().zip(&d.tags) {
                right_u += usize::from(p.upos() == g.upos());
                right_x += usize::from(p.penn() == g.penn());
                all += 1;
            }
        }
        println!(
            "  {split:?}: UPOS {:.4}, Penn {:.4} ({all} gold tokens)",
            right_u as f64 / all as f64,
            right_x as f64 / all as f64
        );
    }
    let _ = Tag::default();
    if shows(Show::PosErrors) {
        pos_errors(docs, &tagger, &lex);
    }
    let lemmatizer = Lemmatizer::learn(&train, &lex);
    println!("lemmas: {} exceptions", lemmatizer.exceptions.len());
    save("lemmas.txt", |b| lemmatizer.write(b));
    if only.is_none_or(|p| p == Part::Names) {
        train_names(docs, &tagger, &lemmatizer, &lex, &how.names);
    }
    if only.is_some_and(|p| p != Part::Parser) {
        return ExitCode::SUCCESS;
    }
    // The parser learns from the tags the tagger gives documents it did
    // not learn from, and the lemmas those tags give.
    let mut held_out =
        std::fs::read(root().join("../../target/pos-held-out.bin")).unwrap_or_default();
    if only == Some(Part::Parser) && !how.gold_tags {
        // Not the file a tagger trained earlier left behind: the held-out
        // tags of the tagger this code trains, so the parser is the same
        // whatever ran before.
        println!("parser: the tagger's held-out tags ({epochs} epochs, 5 folds)");
        let (_, tags) = Tagger::train(&train, epochs, |_, _| {});
        held_out = tags.iter().flatten().map(|t| t.0).collect();
    }
    if held_out.len() == words && !how.gold_tags {
        let mut at = 0;
        for d in &mut train {
            for t in d.tags.iter_mut() {
                *t = Tag(held_out[at]);
                at += 1;
            }
            lemmatizer.lemmatize(d, &lex);
        }
        println!("parser: {epochs} epochs, on held-out predicted tags");
    } else {
        println!("parser: {epochs} epochs, on gold tags");
    }
    let started = Instant::now();
    let parser = Parser::train(&train, epochs, |e, uas, ls| {
        println!("  epoch {:2}: attachment {uas:.4}, labels {ls:.4}", e + 1)
    });
    println!(
        "  trained in {:.1} s, {} move features, {} label features",
        started.elapsed().as_secs_f64(),
        parser.moves.features(),
        parser.labels.features()
    );
    save("parse-moves.bin", |b| parser.moves.write(b));
    save("parse-labels.bin", |b| parser.labels.write(b));
    // Measured as drafting reads them: from the bytes written.
    let parser = Parser {
        moves: load_model("parse-moves.bin"),
        labels: load_model("parse-labels.bin"),
    };
    let mut by_dep: std::collections::HashMap<&str, (usize, usize)> = Default::default();
    {
        // How far GUM's punctuation follows the rule the parse re-hangs it by.
        let (mut ok, mut all) = (0, 0);
        for d in docs
            .iter()
            .filter(|d| d.split() == Split::Train && d.has_trees())
        {
            let mut doc = corpus::gold_doc(d, &lex);
            for i in 0..doc.len() {
                if doc.tags[i].is_punct() {
                    doc.heads[i] = None;
                }
            }
            for s in doc.sentences.clone() {
                fact_explorer_draft::punct::fix(&mut doc, s);
            }
            for i in (0..doc.len()).filter(|&i| d.tags[i].is_punct()) {
                all += 1;
                ok += usize::from(doc.heads[i] == d.heads[i]);
            }
        }
        println!(
            "  punctuation rule on the training documents' gold trees: {ok} of {all} marks hung as in GUM"
        );
    }
    {
        let mut docs_t: Vec<_> = docs
            .iter()
            .filter(|d| d.split() != Split::Train)
            .map(|d| corpus::gold_doc(d, &lex))
            .collect();
        let n: usize = docs_t.iter().map(|d| d.len()).sum();
        let t0 = Instant::now();
        for d in &mut docs_t {
            tagger.tag(d);
        }
        let t1 = Instant::now();
        for d in &mut docs_t {
            lemmatizer.lemmatize(d, &lex);
        }
        let t2 = Instant::now();
        for d in &mut docs_t {
            parser.parse(d);
        }
        let t3 = Instant::now();
        let per = |a: Instant, b: Instant| (b - a).as_secs_f64() * 1000.0 / (n as f64 / 1000.0);
        println!(
            "  speed per 1,000 tokens (native): tag {:.2} ms, lemmas {:.2} ms, parse {:.2} ms",
            per(t0, t1),
            per(t1, t2),
            per(t2, t3)
        );
    }
    for split in [Split::Tune] {
        let (mut uas, mut las, mut all) = (0, 0, 0);
        let (mut las_base, mut uas_np, mut las_np, mut all_np) = (0, 0, 0, 0);
        for d in docs.iter().filter(|d| d.split() == split && d.has_trees()) {
            let mut doc = corpus::gold_doc(d, &lex);
            if !how.gold_tags {
                tagger.tag(&mut doc);
                lemmatizer.lemmatize(&mut doc, &lex);
            }
            parser.parse(&mut doc);
            if how.doc.as_deref() == Some(d.id.as_str()) {
                for s in doc.sentences.iter().take(8) {
                    for i in s.clone() {
                        let h = |x: Option<usize>| {
                            x.map_or("ROOT".to_string(), |h| {
                                format!("{}:{}", h - s.start, doc.word(h))
                            })
                        };
                        println!(
                            "{:3} {:15} {:6} gold {:20} {:10} pred {:20} {:10} {}",
                            i - s.start,
                            doc.word(i),
                            doc.tags[i].penn(),
                            h(d.heads[i]),
                            d.deps[i].name(),
                            h(doc.heads[i]),
                            doc.deps[i].name(),
                            if d.heads[i] == doc.heads[i] {
                                ""
                            } else {
                                "XXX"
                            }
                        );
                    }
                    println!();
                }
            }
            for i in 0..doc.len() {
                let head_ok = doc.heads[i] == d.heads[i];
                if split == Split::Tune {
                    let e = by_dep.entry(d.deps[i].name()).or_default();
                    e.0 += 1;
                    e.1 += usize::from(!head_ok);
                }
                uas += usize::from(head_ok);
                las += usize::from(head_ok && doc.deps[i] == d.deps[i]);
                las_base += usize::from(head_ok && doc.deps[i].base() == d.deps[i].base());
                all += 1;
                if !d.tags[i].is_punct() {
                    uas_np += usize::from(head_ok);
                    las_np += usize::from(head_ok && doc.deps[i].base() == d.deps[i].base());
                    all_np += 1;
                }
            }
        }
        println!(
            "  {split:?}, {} tags: UAS {:.4}, LAS {:.4}, LAS on universal relations {:.4} ({all} gold tokens); without punctuation: UAS {:.4}, LAS {:.4}",
            if how.gold_tags { "gold" } else { "predicted" },
            uas as f64 / all as f64,
            las as f64 / all as f64,
            las_base as f64 / all as f64,
            uas_np as f64 / all_np as f64,
            las_np as f64 / all_np as f64,
        );
    }
    if shows(Show::DepErrors) {
        let mut v: Vec<_> = by_dep.into_iter().collect();
        fact_explorer_core::sort::sort_by_key(&mut v, |x| std::cmp::Reverse(x.1 .1));
        for (d, (n, wrong)) in v.iter().take(25) {
            println!("    {d}: {wrong} of {n} heads wrong");
        }
    }
    ExitCode::SUCCESS
}

/// Counts of names against gold names, and what the wrong ones were.
#[derive(Default)]
struct NameCheck {
    typed: fact_explorer_draft::score::Counts,
    untyped: fact_explorer_draft::score::Counts,
    /// (gold label, our label): the right span with the wrong type.
    confused: std::collections::BTreeMap<(gum::Label, gum::Label), usize>,
    /// Ours overlapping a gold name with other bounds; gold names overlapped
    /// by ours with other bounds.
    bounds_ours: usize,
    bounds_gold: usize,
    /// Ours touching no gold name, by type; gold names touching none of ours.
    spurious: std::collections::BTreeMap<gum::Label, usize>,
    missed: std::collections::BTreeMap<gum::Label, usize>,
}

impl NameCheck {
    fn add(&mut self, gold: &[gum::Named], ours: &[gum::Named]) {
        use std::collections::HashSet;
        let g: HashSet<gum::Named> = gold.iter().copied().collect();
        let o: HashSet<gum::Named> = ours.iter().copied().collect();
        let gs: HashSet<(usize, usize)> = g.iter().map(|n| (n.start, n.end)).collect();
        let os: HashSet<(usize, usize)> = o.iter().map(|n| (n.start, n.end)).collect();
        let count = |a: usize, gold: usize, ours: usize| fact_explorer_draft::score::Counts {
            tp: a,
            fp: ours - a,
            fn_: gold - a,
        };
        let t = g.intersection(&o).count();
        let u = gs.intersection(&os).count();
        for (sum, c) in [
            (&mut self.typed, count(t, g.len(), o.len())),
            (&mut self.untyped, count(u, gs.len(), os.len())),
        ] {
            sum.tp += c.tp;
            sum.fp += c.fp;
            sum.fn_ += c.fn_;
        }
        let overlaps = |a: &gum::Named, b: &gum::Named| a.start < b.end && b.start < a.end;
        for n in o.difference(&g) {
            if let Some(m) = g.iter().find(|m| m.start == n.start && m.end == n.end) {
                *self.confused.entry((m.label, n.label)).or_default() += 1;
            } else if g.iter().any(|m| overlaps(m, n)) {
                self.bounds_ours += 1;
            } else {
                *self.spurious.entry(n.label).or_default() += 1;
            }
        }
        for m in g.difference(&o) {
            if os.contains(&(m.start, m.end)) {
                continue;
            }
            if o.iter().any(|n| overlaps(m, n)) {
                self.bounds_gold += 1;
            } else {
                *self.missed.entry(m.label).or_default() += 1;
            }
        }
    }

    fn print(&self, what: &str) {
        let (t, u) = (&self.typed, &self.untyped);
        println!(
            "  {what}: typed P {:.3} R {:.3} F1 {:.3}; untyped P {:.3} R {:.3} F1 {:.3}",
            t.precision(),
            t.recall(),
            t.f1(),
            u.precision(),
            u.recall(),
            u.f1()
        );
        let list = |m: &std::collections::BTreeMap<gum::Label, usize>| {
            m.iter()
                .map(|(l, n)| format!("{} {n}", l.name()))
                .collect::<Vec<_>>()
                .join(", ")
        };
        let confused: Vec<String> = self
            .confused
            .iter()
            .map(|((g, o), n)| format!("{}→{} {n}", g.name(), o.name()))
            .collect();
        println!(
            "    errors: wrong type (gold→ours) {}; other bounds {} ours / {} gold; spurious {}; missed {}",
            confused.join(", "),
            self.bounds_ours,
            self.bounds_gold,
            list(&self.spurious),
            list(&self.missed)
        );
    }
}

/// The name tagger's training documents: GUM outside its test documents
/// (on the draft's own tokens), WikiGold, the Broad Twitter Corpus; each
/// a document with its gold tags, and where it came from.
struct NameSet<'t> {
    docs: Vec<(fact_explorer_draft::doc::Doc<'t>, Vec<usize>)>,
    gold: Vec<Vec<gum::Named>>,
    source: Vec<NameSource>,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum NameSource {
    GumTrain,
    GumTune,
    WikiGold,
    Btc,
}

impl NameSet<'_> {
    fn pairs(
        &self,
        keep: impl Fn(usize) -> bool,
    ) -> Vec<(&fact_explorer_draft::doc::Doc<'_>, &[usize])> {
        self.docs
            .iter()
            .enumerate()
            .filter(|(i, _)| keep(*i))
            .map(|(_, (d, g))| (d, g.as_slice()))
            .collect()
    }

    /// Tags the documents `which` picks with `model` and adds them up:
    /// the tagger's names alone, and the mentions the draft makes of them
    /// (its rules over the tagger's names, reading the parse).
    fn check(
        &self,
        model: &fact_explorer_draft::names::NameTagger,
        lex: &Lexicon,
        which: impl Fn(usize) -> bool,
        into: &mut [NameCheck; 2],
    ) {
        let named = |doc: &fact_explorer_draft::doc::Doc, r: std::ops::Range<usize>, label| {
            let r = doc.bytes(r);
            gum::Named {
                start: r.start,
                end: r.end,
                label,
            }
        };
        for (i, (doc, _)) in self.docs.iter().enumerate().filter(|(i, _)| which(*i)) {
            let names = model.tag(doc);
            let alone: Vec<gum::Named> = names
                .names
                .iter()
                .map(|n| named(doc, n.tokens.clone(), n.label))
                .collect();
            let drafted: Vec<gum::Named> = fact_explorer_draft::mentions::mentions(doc, names, lex)
                .into_iter()
                .map(|m| named(doc, m.tokens, m.label))
                .collect();
            if shows(Show::NameErrors) {
                for n in drafted.iter().filter(|n| !self.gold[i].contains(n)) {
                    eprintln!("FP {:?} {:?}", n.label, &doc.text[n.start..n.end]);
                }
                for n in self.gold[i].iter().filter(|n| !drafted.contains(n)) {
                    eprintln!("FN {:?} {:?}", n.label, &doc.text[n.start..n.end]);
                }
            }
            into[0].add(&self.gold[i], &alone);
            into[1].add(&self.gold[i], &drafted);
        }
    }
}

/// How the name tagger trains: which data, and whether to check it on
/// held-out slices instead of writing the model.
struct NameTraining {
    epochs: usize,
    with_wikigold: bool,
    /// The Broad Twitter Corpus sections ("g": the news accounts).
    btc: String,
    check: bool,
}

/// The name tagger: GUM outside its test documents (on the draft's own
/// tokens), WikiGold, and the Broad Twitter Corpus sections asked for (by
/// default its news accounts).
fn train_names(
    docs: &[Document],
    tagger: &Tagger,
    lemmatizer: &Lemmatizer,
    lex: &Lexicon,
    how: &NameTraining,
) {
    use fact_explorer_draft::names::{self, NameTagger};
    let epochs = how.epochs;
    let mut set = NameSet {
        docs: Vec::new(),
        gold: Vec::new(),
        source: Vec::new(),
    };
    for d in docs
        .iter()
        .filter(|d| d.split() == Split::Train || d.split() == Split::Tune)
    {
        let (mut doc, gold) = corpus::gum_for_names(d, tagger, lex);
        lemmatizer.lemmatize(&mut doc, lex);
        set.docs.push((doc, gold));
        set.gold.push(d.names.clone());
        set.source.push(if d.split() == Split::Tune {
            NameSource::GumTune
        } else {
            NameSource::GumTrain
        });
    }
    let gum_docs = set.docs.len();
    let read = |p: &str| std::fs::read_to_string(root().join(p)).unwrap_or_default();
    let wikigold = if how.with_wikigold || how.check {
        corpus::read_conll(&read("data/wikigold/wikigold.conll"), 0)
    } else {
        Vec::new()
    };
    let btc: Vec<corpus::Conll> = how
        .btc
        .chars()
        .flat_map(|s| {
            corpus::read_conll(
                &read(&format!("data/btc/{s}.conll")),
                corpus::TWEETS_PER_DOC,
            )
        })
        .collect();
    for (c, source) in wikigold
        .iter()
        .map(|c| (c, NameSource::WikiGold))
        .chain(btc.iter().map(|c| (c, NameSource::Btc)))
    {
        let (mut doc, gold) = corpus::conll_for_names(c, tagger, lex);
        lemmatizer.lemmatize(&mut doc, lex);
        let named = c
            .names
            .iter()
            .map(|(r, label)| {
                let b = doc.bytes(r.clone());
                gum::Named {
                    start: b.start,
                    end: b.end,
                    label: *label,
                }
            })
            .collect();
        set.docs.push((doc, gold));
        set.gold.push(named);
        set.source.push(source);
    }
    // The draft's rules over the tagger's names (measured below) read the
    // parse; the tagger itself does not.
    let parser = Parser {
        moves: load_model("parse-moves.bin"),
        labels: load_model("parse-labels.bin"),
    };
    for (doc, _) in &mut set.docs {
        parser.parse(doc);
    }
    let uses = |s: NameSource| s != NameSource::WikiGold || how.with_wikigold;
    println!(
        "names: {gum_docs} GUM documents (train and tune), {} WikiGold articles{}, {} groups of 50 tweets (BTC sections {}), {epochs} epochs",
        wikigold.len(),
        if how.with_wikigold { "" } else { " (not trained on)" },
        btc.len(),
        how.btc
    );
    if how.check {
        // Held out: the GUM tune documents (trained without them), and
        // WikiGold and the tweets in three folds each (each fold trained
        // without it; WikiGold scored even when not trained on).
        let started = Instant::now();
        let src = &set.source;
        let mut gum: [NameCheck; 2] = Default::default();
        let model = NameTagger::train(
            &set.pairs(|i| src[i] != NameSource::GumTune && uses(src[i])),
            epochs,
        );
        set.check(&model, lex, |i| src[i] == NameSource::GumTune, &mut gum);
        gum[0].print("GUM tune documents, held out, the tagger alone");
        gum[1].print("  the same, the draft's mentions");
        const FOLDS: usize = 3;
        for (what, source) in [
            ("WikiGold, 3 folds", NameSource::WikiGold),
            ("tweets, 3 folds", NameSource::Btc),
        ] {
            let mut c: [NameCheck; 2] = Default::default();
            for k in 0..FOLDS {
                let held = |i: usize| src[i] == source && i % FOLDS == k;
                let model = NameTagger::train(&set.pairs(|i| uses(src[i]) && !held(i)), epochs);
                set.check(&model, lex, held, &mut c);
            }
            c[0].print(&format!("{what}, the tagger alone"));
            c[1].print("  the same, the draft's mentions");
        }
        println!("  checked in {:.1} s", started.elapsed().as_secs_f64());
        return;
    }
    let started = Instant::now();
    let src = &set.source;
    let pairs = set.pairs(|i| uses(src[i]));
    let model = NameTagger::train(&pairs, epochs);
    println!(
        "  trained in {:.1} s, {} features",
        started.elapsed().as_secs_f64(),
        model.second.features()
    );
    save("names-1.bin", |b| model.first.write(b));
    save("names-2.bin", |b| model.second.write(b));
    // What the weights were trained on, for the test that they are what
    // this command makes of the data (tests/names_reproducible.rs).
    save("names-inputs.txt", |b| {
        b.extend_from_slice(
            format!(
                "{:016x} epochs {epochs}\n",
                names::inputs_fingerprint(&pairs)
            )
            .as_bytes(),
        )
    });
    let model = NameTagger {
        first: load_model("names-1.bin"),
        second: load_model("names-2.bin"),
    };
    let mut tune: [NameCheck; 2] = Default::default();
    set.check(&model, lex, |i| src[i] == NameSource::GumTune, &mut tune);
    tune[0].print("Tune, the tagger alone (trained on them)");
    tune[1].print("  the same, the draft's mentions");
}

fn eval(
    docs: &[Document],
    test: bool,
    peers: Option<&Path>,
    verbose: bool,
    gold_trees: bool,
    disk_weights: bool,
) -> ExitCode {
    use fact_explorer_draft::eval::{self as ev, FactGold, FactScore};
    use fact_explorer_draft::score::Score;
    let mut data = fact_explorer_draft::data::Data::embedded();
    if disk_weights {
        for (name, bytes) in data.files.iter_mut() {
            if let Ok(disk) = std::fs::read(model_path(name)) {
                *bytes = disk;
            }
        }
    }
    let drafter = match fact_explorer_draft::Drafter::new(&data) {
        Ok(d) => d,
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::FAILURE;
        }
    };
    let splits: Vec<Split> = if test {
        vec![Split::Tune, Split::Test]
    } else {
        vec![Split::Tune]
    };
    for split in splits {
        let set: Vec<&Document> = docs.iter().filter(|d| d.split() == split).collect();
        let words: usize = set.iter().map(|d| d.text.split_whitespace().count()).sum();
        println!(
            "\n## {split:?}: {} GUM news documents, {words} words\n",
            set.len()
        );
        let (mut names, mut facts, mut pron) = (Score::default(), FactScore::default(), (0, 0));
        let started = Instant::now();
        for d in &set {
            let Ok(draft) = drafter.draft(&d.text, &Default::default()) else {
                names.add(d, &[]);
                continue;
            };
            let spans: Vec<_> = ev::named(&draft).iter().map(|(n, _)| *n).collect();
            names.add(d, &spans);
            // Names drafted that the gold lacks, and gold names missed
            // (span or kind).
            if shows(Show::NameErrors) {
                for n in &spans {
                    if !d
                        .names
                        .iter()
                        .any(|g| g.start == n.start && g.end == n.end && g.label == n.label)
                    {
                        println!("NAME-FP {} {:?} {}", d.id, n.label, &d.text[n.start..n.end]);
                    }
                }
                for g in &d.names {
                    if !spans
                        .iter()
                        .any(|n| g.start == n.start && g.end == n.end && g.label == n.label)
                    {
                        println!("NAME-FN {} {:?} {}", d.id, g.label, &d.text[g.start..g.end]);
                    }
                }
            }
            if shows(Show::Confusion) {
                for n in &spans {
                    if let Some(g) = d
                        .names
                        .iter()
                        .find(|g| g.start == n.start && g.end == n.end)
                    {
                        if g.label != n.label {
                            let kind = draft
                                .entities
                                .iter()
                                .find(|e| e.mentions.iter().any(|m| m.start == n.start))
                                .map(|e| format!("{:?}", e.kind))
                                .unwrap_or_default();
                            println!(
                                "CONF gold {:?} ours {:?} ({kind}) {}",
                                g.label,
                                n.label,
                                &d.text[n.start..n.end]
                            );
                        }
                    }
                }
            }
            let gold_path = root()
                .join("data/facts-gold")
                .join(format!("{}.json", d.id));
            if let Ok(json) = std::fs::read_to_string(&gold_path) {
                match FactGold::read(&json, d) {
                    Ok(gold) => {
                        let mut hits = Vec::new();
                        let s = ev::score_facts(&draft, &gold, |id, hit| {
                            hits.push((id.to_string(), hit))
                        });
                        if verbose {
                            println!(
                                "{}: {} of {} drafted right, {} of {} gold found",
                                d.id, s.right, s.drafted, s.found, s.gold
                            );
                            let name = |id: &str| {
                                draft.entity(id).map_or(id.to_string(), |e| e.name.clone())
                            };
                            for (id, hit) in &hits {
                                let f = draft.facts.iter().find(|f| &f.id == id).unwrap();
                                let o = match &f.object {
                                    fact_explorer_core::model::Object::Entity(o) => name(o),
                                    _ => String::new(),
                                };
                                let confidence = draft
                                    .draft
                                    .as_ref()
                                    .and_then(|d| d.confidence_of(&f.id))
                                    .unwrap_or(0.0);
                                println!(
                                    "  {} {confidence:.2} {} | {} | {} [{:?}] «{}»",
                                    if hit.is_some() { "OK " } else { "BAD" },
                                    name(&f.subject),
                                    f.relation,
                                    o,
                                    f.status,
                                    f.evidence[0].text.chars().take(90).collect::<String>()
                                );
                            }
                            let found: std::collections::HashSet<usize> =
                                hits.iter().filter_map(|h| h.1).collect();
                            let known = |names: &std::collections::HashSet<String>| {
                                draft
                                    .entities
                                    .iter()
                                    .any(|e| !ev::names_of(&draft, &e.id).is_disjoint(names))
                            };
                            let (mut both, mut one, mut none) = (0, 0, 0);
                            for (k, g) in gold.facts.iter().enumerate() {
                                if found.contains(&k) {
                                    continue;
                                }
                                match (known(&g.subject), known(&g.object)) {
                                    (true, true) => both += 1,
                                    (false, false) => none += 1,
                                    _ => one += 1,
                                }
                            }
                            println!(
                                "  misses with both ends drafted {both}, one {one}, none {none}"
                            );
                            if shows(Show::Paths) {
                                let doc = if gold_trees {
                                    corpus::gold_doc(d, &drafter.lexicon)
                                } else {
                                    drafter.analyse(&d.text)
                                };
                                let (ents, explained) = drafter.explain(&doc);
                                for fact_explorer_draft::facts::Explained {
                                    sentence: k,
                                    a,
                                    b,
                                    words,
                                    pattern,
                                    features,
                                    ..
                                } in explained
                                {
                                    let sb = doc.bytes(doc.sentences[k].clone());
                                    let names = |e: usize| {
                                        let mut n: std::collections::HashSet<String> = ents[e]
                                            .mentions
                                            .iter()
                                            .map(|m| ev::fold(doc.span_text(m.clone())))
                                            .collect();
                                        n.insert(ev::fold(&ents[e].name));
                                        for al in &ents[e].aliases {
                                            n.insert(ev::fold(al));
                                        }
                                        n
                                    };
                                    let (na, nb) = (names(a), names(b));
                                    let in_gold = gold.facts.iter().any(|g| {
                                        g.sentence.start < sb.end
                                            && sb.start < g.sentence.end
                                            && ((!na.is_disjoint(&g.subject)
                                                && !nb.is_disjoint(&g.object))
                                                || (!na.is_disjoint(&g.object)
                                                    && !nb.is_disjoint(&g.subject)))
                                    });
                                    // Then the learned model's features, as
                                    // benches/draft/relations.py reads them.
                                    println!(
                                        "  PATH {} {} {} — {} [{}]\t{}",
                                        if in_gold { "GOLD" } else { "none" },
                                        ents[a].name,
                                        ents[b].name,
                                        words,
                                        pattern.unwrap_or("-"),
                                        features.join(" ")
                                    );
                                }
                            }
                            for (k, g) in gold.facts.iter().enumerate() {
                                if !found.contains(&k) {
                                    // The longest of the gold names (the first
                                    // in order among those as long), the same
                                    // on every run.
                                    let pick = |s: &std::collections::HashSet<String>| {
                                        s.iter()
                                            .max_by(|a, b| a.len().cmp(&b.len()).then(b.cmp(a)))
                                            .cloned()
                                            .unwrap_or_default()
                                    };
                                    println!(
                                        "  MISS {} | {} | {} «{}»",
                                        pick(&g.subject),
                                        g.relation,
                                        pick(&g.object),
                                        d.text[g.sentence.clone()]
                                            .chars()
                                            .take(90)
                                            .collect::<String>()
                                    );
                                }
                            }
                        }
                        facts.add(s);
                    }
                    Err(e) => eprintln!("{e}"),
                }
            }
            // Pronouns, through the same passes.
            let doc = drafter.analyse(&d.text);
            let ents = drafter.entities(&doc);
            let coref = fact_explorer_draft::coref::resolve(&doc, &ents, &drafter.lexicon);
            let resolved: Vec<_> = coref
                .iter()
                .map(|(t, e)| {
                    (
                        doc.bytes(t..t + 1),
                        ents[e]
                            .mentions
                            .iter()
                            .map(|m| doc.bytes(m.clone()))
                            .collect(),
                    )
                })
                .collect();
            let (r, a) = ev::score_pronouns(d, &resolved, shows(Show::Pronouns));
            pron.0 += r;
            pron.1 += a;
        }
        let ms = started.elapsed().as_secs_f64() * 1000.0;
        println!("| system | untyped P | untyped R | untyped F1 | typed P | typed R | typed F1 |");
        println!("|---|---:|---:|---:|---:|---:|---:|");
        row("ours: the whole draft", &names);
        if let Some(dir) = peers {
            for (name, file) in [
                ("compromise 14", "compromise.json"),
                ("spaCy en_core_web_sm 3.8", "spacy.json"),
            ] {
                let path = dir.join(file);
                let Ok(json) = std::fs::read_to_string(&path) else {
                    println!("| {name} | (no {}) | | | | | |", path.display());
                    continue;
                };
                match fact_explorer_draft::score::read_peer(&json, docs) {
                    Ok(pred) => {
                        let mut s = Score::default();
                        for d in &set {
                            s.add(d, pred.get(&d.id).map_or(&[][..], Vec::as_slice));
                        }
                        row(name, &s);
                    }
                    Err(e) => println!("| {name} | ({e}) | | | | | |"),
                }
            }
        }
        println!(
            "\nfacts: {} drafted, {} right; {} gold, {} found: precision {:.3}, recall {:.3}, F1 {:.3}",
            facts.drafted, facts.right, facts.gold, facts.found, facts.precision(), facts.recall(), facts.f1()
        );
        println!(
            "pronouns whose gold cluster holds a proper name, resolved to it: {} of {} ({:.3})",
            pron.0,
            pron.1,
            pron.0 as f64 / pron.1.max(1) as f64
        );
        syntax(&drafter, &set, peers);
        ablation(&drafter, &set);
        println!(
            "drafted in {ms:.0} ms ({:.1} ms per 1,000 words, native, with the checks above)",
            ms / (words as f64 / 1000.0)
        );
    }
    seed(&drafter);
    ExitCode::SUCCESS
}

/// Part of speech and dependency trees on the split's gold tokens, with
/// predicted tags (spaCy's `pos_` on the same tokens beside ours), and on
/// the draft's own tokens, aligned to the gold ones by their exact spans
/// (a token whose span GUM does not have counts as wrong, as in the CoNLL
/// 2018 scorer).
fn syntax(drafter: &fact_explorer_draft::Drafter, set: &[&Document], peers: Option<&Path>) {
    let lex = &drafter.lexicon;
    let spacy: Option<std::collections::HashMap<String, Vec<String>>> = peers
        .and_then(|d| std::fs::read_to_string(d.join("spacy-pos.json")).ok())
        .and_then(|j| serde_json::from_str(&j).ok());
    let (mut upos, mut spacy_right, mut spacy_all, mut all) = (0, 0, 0, 0);
    let (mut uas, mut las, mut las_u) = (0, 0, 0);
    let (mut own_gold, mut own_ours, mut own_uas, mut own_las) = (0, 0, 0, 0);
    for d in set.iter().filter(|d| d.has_trees()) {
        let mut doc = corpus::gold_doc(d, lex);
        drafter.tagger.tag(&mut doc);
        drafter.lemmatizer.lemmatize(&mut doc, lex);
        drafter.parser.parse(&mut doc);
        for i in 0..doc.len() {
            all += 1;
            upos += usize::from(doc.tags[i].upos() == d.tags[i].upos());
            let head = doc.heads[i] == d.heads[i];
            uas += usize::from(head);
            las += usize::from(head && doc.deps[i] == d.deps[i]);
            las_u += usize::from(head && doc.deps[i].base() == d.deps[i].base());
        }
        if let Some(tags) = spacy.as_ref().and_then(|s| s.get(&d.id)) {
            for (t, g) in tags.iter().zip(&d.tags) {
                spacy_all += 1;
                spacy_right += usize::from(t == g.upos());
            }
        }
        // The draft's own tokens.
        let own = drafter.analyse(&d.text);
        let aligned = corpus::align(&d.tokens, &own.tokens);
        own_gold += d.tokens.len();
        own_ours += own.len();
        for (g, a) in aligned.iter().enumerate() {
            let Some(o) = *a else { continue };
            let head = match (d.heads[g], own.heads[o]) {
                (None, None) => true,
                (Some(gh), Some(oh)) => aligned[gh] == Some(oh),
                _ => false,
            };
            own_uas += usize::from(head);
            own_las += usize::from(head && own.deps[o].base() == d.deps[g].base());
        }
    }
    let r = |a: usize, b: usize| a as f64 / b.max(1) as f64;
    println!("\nsyntax on {all} gold tokens, predicted tags: UPOS {:.3}{}; UAS {:.3}, LAS {:.3} (LAS on universal relations {:.3})",
        r(upos, all),
        if spacy_all > 0 { format!(" (spaCy en_core_web_sm 3.8 on the same tokens: {:.3})", r(spacy_right, spacy_all)) } else { String::new() },
        r(uas, all), r(las, all), r(las_u, all));
    // F1 over aligned tokens: right heads over gold and over ours.
    let f1 = |x: usize| 2.0 * x as f64 / (own_gold + own_ours).max(1) as f64;
    println!("syntax on the draft's own tokens ({own_ours} against {own_gold} gold): UAS F1 {:.3}, LAS F1 {:.3} (universal relations)", f1(own_uas), f1(own_las));
}

/// What each source of facts gives: the previous engine's surface
/// patterns on the same entities, the parse without coreference, the
/// whole draft.
fn ablation(drafter: &fact_explorer_draft::Drafter, set: &[&Document]) {
    use fact_explorer_draft::drafter::Passes;
    use fact_explorer_draft::eval::{self as ev, FactGold, FactScore};
    let mut rows: Vec<(&str, FactScore)> = vec![
        (
            "the previous engine's 90 surface patterns, same entities",
            FactScore::default(),
        ),
        ("the parse, without coreference", FactScore::default()),
        (
            "the parse with coreference (the draft)",
            FactScore::default(),
        ),
        (
            "the same on GUM's gold tokens, tags and trees (a perfect parse)",
            FactScore::default(),
        ),
    ];
    for d in set {
        let Ok(json) = std::fs::read_to_string(
            root()
                .join("data/facts-gold")
                .join(format!("{}.json", d.id)),
        ) else {
            continue;
        };
        let Ok(gold) = FactGold::read(&json, d) else {
            continue;
        };
        let Ok(full) = drafter.draft(&d.text, &Default::default()) else {
            continue;
        };
        let mut old = full.clone();
        let sentences = fact_explorer_core::text::sentences(&d.text);
        old.facts = fact_explorer_draft::baseline::candidates(&d.text, &sentences, &full.entities);
        let no_coref = drafter
            .draft_with(
                &d.text,
                &Default::default(),
                Passes {
                    coref: false,
                    ..Passes::default()
                },
            )
            .unwrap_or_else(|_| full.clone());
        // The same, on the treebank's own tokens, tags and trees: what a
        // perfect parse would give.
        let gold_tree = {
            let doc = corpus::gold_doc(d, &drafter.lexicon);
            drafter
                .draft_analysed(&doc, &Default::default(), Passes::default())
                .unwrap_or_else(|_| full.clone())
        };
        rows[3].1.add(ev::score_facts(&gold_tree, &gold, |_, _| {}));
        for (k, set) in [old, no_coref, full].iter().enumerate() {
            rows[k].1.add(ev::score_facts(set, &gold, |_, _| {}));
        }
    }
    println!("\nfacts by source (same documents, same gold):\n");
    println!("| facts from | drafted | right | precision | recall | F1 |");
    println!("|---|---:|---:|---:|---:|---:|");
    for (name, s) in rows {
        println!(
            "| {name} | {} | {} | {:.3} | {:.3} | {:.3} |",
            s.drafted,
            s.right,
            s.precision(),
            s.recall(),
            s.f1()
        );
    }
}

/// The bundled article against its curated fact set.
fn seed(drafter: &fact_explorer_draft::Drafter) {
    let Ok(curated) = fact_explorer_core::load::load_bundled() else {
        println!("(the bundled fact set did not load)");
        return;
    };
    let Ok(draft) = drafter.draft(&curated.article.text, &Default::default()) else {
        println!("(the bundled article could not be drafted)");
        return;
    };
    let s = fact_explorer_draft::eval::score_seed(&curated, &draft);
    println!("\nbundled article, against its curated fact set:");
    println!(
        "- named entities: {} of {} found, {} with the right type",
        s.entities_found, s.entities, s.entities_typed
    );
    println!(
        "- quotes: {} of {} with the right speaker (or rightly none)",
        s.quotes_right, s.quotes
    );
    println!(
        "- facts between two named things: {} of {} curated facts drafted ({:.2}); {} of {} distinct drafted facts match one (precision {:.2})",
        s.found,
        s.curated,
        s.found as f64 / s.curated.max(1) as f64,
        s.right,
        s.drafted,
        s.right as f64 / s.drafted.max(1) as f64
    );
    if shows(Show::SeedPaths) {
        print_paths(drafter, &curated.article.text);
    }
    if shows(Show::Seed) {
        let name = |id: &str| draft.entity(id).map_or(id.to_string(), |e| e.name.clone());
        for f in &draft.facts {
            let o = match &f.object {
                fact_explorer_core::model::Object::Entity(o) => name(o),
                _ => String::new(),
            };
            println!(
                "  {} | {} | {} [{:?}]",
                name(&f.subject),
                f.relation,
                o,
                f.status
            );
        }
    }
}

fn row(name: &str, s: &fact_explorer_draft::score::Score) {
    println!(
        "| {name} | {:.3} | {:.3} | {:.3} | {:.3} | {:.3} | {:.3} |",
        s.untyped.precision(),
        s.untyped.recall(),
        s.untyped.f1(),
        s.typed.precision(),
        s.typed.recall(),
        s.typed.f1()
    );
}

/// Draft time against length: the news documents joined into texts of
/// 1,000 to 50,000 words, and the same lengths with no punctuation at all
/// (one endless sentence); then the 1,000-word text pass by pass.
fn scale(docs: &[Document]) -> ExitCode {
    let drafter = match fact_explorer_draft::Drafter::embedded() {
        Ok(d) => d,
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::FAILURE;
        }
    };
    let joined: String = docs
        .iter()
        .filter(|d| d.split() != Split::Train)
        .map(|d| d.text.as_str())
        .collect::<Vec<_>>()
        .join("\n\n");
    let take = |n: usize| -> String {
        let mut out = String::new();
        while out.split_whitespace().count() < n {
            let need = n - out.split_whitespace().count();
            let mut count = 0;
            let mut in_word = false;
            let mut cut = joined.len();
            for (i, c) in joined.char_indices() {
                let space = c.is_whitespace();
                if !space && !in_word {
                    if count == need {
                        cut = i;
                        break;
                    }
                    count += 1;
                }
                in_word = !space;
            }
            if !out.is_empty() {
                out.push_str("\n\n");
            }
            out.push_str(&joined[..cut]);
        }
        out
    };
    // Time on the CPU, not on the wall: other programs on a shared machine
    // do not count (Linux's per-thread schedstat, in nanoseconds; the wall
    // clock where it is missing).
    let cpu_ms = || -> Option<f64> {
        let s = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
        Some(s.split_whitespace().next()?.parse::<f64>().ok()? / 1e6)
    };
    let time = |f: &mut dyn FnMut()| -> f64 {
        let mut runs: Vec<f64> = (0..3)
            .map(|_| {
                let (started, cpu) = (Instant::now(), cpu_ms());
                f();
                match (cpu, cpu_ms()) {
                    (Some(a), Some(b)) => b - a,
                    _ => started.elapsed().as_secs_f64() * 1000.0,
                }
            })
            .collect();
        fact_explorer_core::sort::sort_by(&mut runs, f64::total_cmp);
        runs[1]
    };
    println!("draft time against length (native, `host` profile; CPU time, median of 3 runs)\n");
    println!(
        "| words | news text ms | ms per 1,000 words | no punctuation ms | ms per 1,000 words |"
    );
    println!("|---:|---:|---:|---:|---:|");
    for n in [1_000, 5_000, 10_000, 20_000, 50_000] {
        let text = take(n);
        let flat = "word Seoul Fink then ".repeat(n / 4);
        let a = time(&mut || {
            let _ = drafter.draft(&text, &Default::default());
        });
        let b = time(&mut || {
            let _ = drafter.draft(&flat, &Default::default());
        });
        println!(
            "| {n} | {a:.1} | {:.2} | {b:.1} | {:.2} |",
            a / (n as f64 / 1000.0),
            b / (n as f64 / 1000.0)
        );
    }
    // Pass by pass at two lengths: a pass whose ms per 1,000 words grows
    // from the first to the second is not linear.
    for n in [10_000, 50_000] {
        let text = take(n);
        let lex = &drafter.lexicon;
        let tokens = time(&mut || {
            let _ = fact_explorer_draft::doc::Doc::new(&text, lex);
        });
        let mut doc = fact_explorer_draft::doc::Doc::new(&text, lex);
        let tags = time(&mut || drafter.tagger.tag(&mut doc));
        let lemmas = time(&mut || drafter.lemmatizer.lemmatize(&mut doc, lex));
        let parse = time(&mut || drafter.parser.parse(&mut doc));
        let doc = drafter.analyse(&text);
        let names = time(&mut || {
            let _ = drafter.names.tag(&doc);
        });
        let entities = time(&mut || {
            let _ = drafter.entities(&doc);
        });
        let ents = drafter.entities(&doc);
        let coref = time(&mut || {
            let _ = fact_explorer_draft::coref::resolve(&doc, &ents, lex);
        });
        let rest = time(&mut || {
            let _ = drafter.draft_analysed(&doc, &Default::default(), Default::default());
        });
        let all = time(&mut || {
            let _ = drafter.draft(&text, &Default::default());
        });
        let per = |ms: f64| ms / (n as f64 / 1000.0);
        println!(
            "\n{n} words pass by pass (ms, and ms per 1,000 words): tokens and word lists {tokens:.1} ({:.2}), tags {tags:.1} ({:.2}), lemmas {lemmas:.1} ({:.2}), parse {parse:.1} ({:.2}), name tagger {names:.1} ({:.2}), mentions and entities {:.1} ({:.2}), coreference {coref:.1} ({:.2}), quotes, amounts, facts, events and the fact set {:.1} ({:.2}); all {all:.1} ({:.2})",
            per(tokens),
            per(tags),
            per(lemmas),
            per(parse),
            per(names),
            entities - names,
            per(entities - names),
            per(coref),
            rest - entities - coref,
            per(rest - entities - coref),
            per(all),
        );
    }
    ExitCode::SUCCESS
}

/// Every pair of things a sentence of `text` names, with the tree path
/// between them and the pattern it matched.
fn print_paths(drafter: &fact_explorer_draft::Drafter, text: &str) {
    let doc = drafter.analyse(text);
    let (ents, explained) = drafter.explain(&doc);
    for x in explained {
        // The sentence's first byte, so a scorer can tell which sentence.
        let at = doc
            .sentences
            .get(x.sentence)
            .and_then(|s| doc.tokens.get(s.start))
            .map_or(0, |t| t.start);
        // Then the learned model's probability and features, tab-separated.
        println!(
            "  PATH {} | {} @{at} — {} [{}]\t{}\t{}",
            ents[x.a].name,
            ents[x.b].name,
            x.words,
            x.pattern.unwrap_or("-"),
            x.probability.map_or("-".into(), |p| format!("{p:.3}")),
            x.features.join(" ")
        );
    }
}

/// The analysed text as CoNLL-U's columns (id, form, lemma, UPOS, XPOS,
/// head, relation), one block per sentence.
fn print_tree(drafter: &fact_explorer_draft::Drafter, text: &str) {
    let doc = drafter.analyse(text);
    for s in &doc.sentences {
        for i in s.clone() {
            let head = doc.heads[i].map_or(0, |h| h + 1 - s.start);
            println!(
                "{}\t{}\t{}\t{}\t{}\t{}\t{}",
                i + 1 - s.start,
                doc.word(i),
                doc.lemmas[i],
                doc.tags[i].upos(),
                doc.tags[i].penn(),
                head,
                doc.deps[i].name()
            );
        }
        println!();
    }
}

fn draft_file(file: &Path, summary: bool) -> ExitCode {
    let Ok(text) = std::fs::read_to_string(file) else {
        eprintln!("{}: cannot read it as UTF-8 text", file.display());
        return ExitCode::from(2);
    };
    let drafter = match fact_explorer_draft::Drafter::embedded() {
        Ok(d) => d,
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::FAILURE;
        }
    };
    let set = match drafter.draft(&text, &Default::default()) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("{}: {e}", file.display());
            return ExitCode::FAILURE;
        }
    };
    if summary {
        print!("{}", fact_explorer_draft::eval::summary(&set));
        if shows(Show::Paths) {
            print_paths(&drafter, &text);
        }
        if shows(Show::Tree) {
            print_tree(&drafter, &text);
        }
    } else {
        println!("{}", set.to_pretty_json());
    }
    ExitCode::SUCCESS
}

fn tokens(docs: &[Document]) -> ExitCode {
    let (mut gold_n, mut ours_n, mut same, mut sb_gold, mut sb_ours, mut sb_same) =
        (0, 0, 0, 0, 0, 0);
    for d in docs.iter().filter(|d| d.has_trees()) {
        let ours = tokenize::tokenize(&d.text);
        let aligned = corpus::align(&d.tokens, &ours);
        gold_n += d.tokens.len();
        ours_n += ours.len();
        same += aligned.iter().filter(|a| a.is_some()).count();
        let gold_ends: std::collections::HashSet<usize> = d
            .sentences
            .iter()
            .map(|s| d.tokens[s.end - 1].end)
            .collect();
        let our_ends: std::collections::HashSet<usize> = tokenize::sentences(&d.text, &ours)
            .iter()
            .map(|s| ours[s.end - 1].end)
            .collect();
        sb_gold += gold_ends.len();
        sb_ours += our_ends.len();
        sb_same += gold_ends.intersection(&our_ends).count();
    }
    let f1 = |a: usize, b: usize, c: usize| 2.0 * c as f64 / (a + b) as f64;
    println!(
        "tokens: {same} of {gold_n} gold tokens reproduced exactly ({ours_n} ours): F1 {:.4}",
        f1(gold_n, ours_n, same)
    );
    println!(
        "sentence ends: {sb_same} of {sb_gold} gold ({sb_ours} ours): F1 {:.4}",
        f1(sb_gold, sb_ours, sb_same)
    );
    ExitCode::SUCCESS
}

#[allow(dead_code)]
fn pos_errors(docs: &[Document], tagger: &Tagger, lex: &Lexicon) {
    let mut conf: std::collections::HashMap<(String, String), usize> = Default::default();
    let mut words: std::collections::HashMap<String, usize> = Default::default();
    for d in docs
        .iter()
        .filter(|d| d.split() != Split::Train && d.has_trees())
    {
        let mut doc = corpus::gold_doc(d, lex);
        tagger.tag(&mut doc);
        for (i, (p, g)) in doc.tags.iter().zip(&d.tags).enumerate() {
            if p.upos() != g.upos() {
                *conf
                    .entry((g.upos().to_string(), p.upos().to_string()))
                    .or_default() += 1;
                *words
                    .entry(format!("{}:{}>{}", doc.word(i), g.upos(), p.upos()))
                    .or_default() += 1;
            }
        }
    }
    let mut c: Vec<_> = conf.into_iter().collect();
    fact_explorer_core::sort::sort_by_key(&mut c, |x| std::cmp::Reverse(x.1));
    println!("{:?}", &c[..c.len().min(25)]);
    let mut w: Vec<_> = words.into_iter().collect();
    fact_explorer_core::sort::sort_by_key(&mut w, |x| std::cmp::Reverse(x.1));
    println!("{:?}", &w[..w.len().min(80)]);
}

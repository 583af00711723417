//! Training and measuring the drafting engine (host only; build it with the
//! speed-optimised `host` profile):
//!
//!   cargo run --profile host -p fact-explorer-draft --bin fx-draft -- train [--epochs N]
//!   cargo run --profile host -p fact-explorer-draft --bin fx-draft -- eval [--peers DIR]
//!
//! `train` learns the name tagger's weights from the GUM documents outside
//! the development set (the 24 news documents) and writes
//! crates/draft/model/names.bin. `eval` scores the tagger on the
//! development set, and beside it the peers' predictions in DIR
//! (compromise.json, spacy.json: `./dev draft-eval` makes them).

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

use fact_explorer_draft::gum::{self, Doc, Named};
use fact_explorer_draft::score::{self, Score};
use fact_explorer_draft::{tagger, tokens};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).to_path_buf()
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let docs = match gum::read_dir(&root().join("data/gum")) {
        Ok(d) => d,
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::from(2);
        }
    };
    match args.as_slice() {
        ["train", rest @ ..] => {
            let epochs = match rest {
                [] => 10,
                ["--epochs", n] => n.parse().unwrap_or(10),
                _ => return usage(),
            };
            train(&docs, epochs)
        }
        ["scale"] => scale(&docs),
        ["names", file] => {
            // What the tagger alone finds in a text file, span by span.
            let Ok(text) = std::fs::read_to_string(file) else {
                eprintln!("{file}: cannot read it as UTF-8 text");
                return ExitCode::from(2);
            };
            let m = fact_explorer_draft::draft::model();
            for n in m.names(&text, &tokens::tokenize(&text)) {
                println!(
                    "{:?}\t{}..{}\t{}",
                    n.label,
                    n.start,
                    n.end,
                    &text[n.start..n.end]
                );
            }
            ExitCode::SUCCESS
        }
        ["debug"] => {
            let m = tagger::Model::from_bytes(include_bytes!("../../model/names.bin"))
                .unwrap_or_default();
            debug_errors(&docs, &m);
            ExitCode::SUCCESS
        }
        ["eval", rest @ ..] => {
            let peers = match rest {
                [] => None,
                ["--peers", dir] => Some(PathBuf::from(dir)),
                _ => return usage(),
            };
            eval(&docs, peers.as_deref())
        }
        _ => usage(),
    }
}

fn usage() -> ExitCode {
    eprintln!("usage: fx-draft train [--epochs N]\n       fx-draft eval [--peers DIR]\n       fx-draft scale   (draft time as documents grow to 50,000 words)\n       fx-draft names FILE   (the tagger's names in a text file)\n       fx-draft debug   (the tagger's misses and false finds in the first news documents)");
    ExitCode::from(2)
}

fn train(docs: &[Doc], epochs: usize) -> ExitCode {
    let training: Vec<(&str, Vec<tokens::Token>, Vec<usize>)> = docs
        .iter()
        .filter(|d| !d.is_dev())
        .map(|d| {
            let toks = tokens::tokenize(&d.text);
            let gold = tagger::gold_tags(&toks, &d.names);
            (d.text.as_str(), toks, gold)
        })
        .collect();
    let words: usize = training.iter().map(|(_, t, _)| t.len()).sum();
    println!(
        "training on {} documents ({words} tokens), {epochs} epochs",
        training.len()
    );
    let started = Instant::now();
    let model = tagger::train(&training, epochs, |e, acc| {
        println!("  epoch {:2}: token accuracy {acc:.4}", e + 1)
    });
    println!("trained in {:.1} s", started.elapsed().as_secs_f64());
    let bytes = model.to_bytes();
    let path = root().join("model/names.bin");
    if let Err(e) = std::fs::write(&path, &bytes) {
        eprintln!("{}: {e}", path.display());
        return ExitCode::from(2);
    }
    println!("wrote {} ({} bytes)", path.display(), bytes.len());
    // Read back, as drafting will.
    match tagger::Model::from_bytes(&bytes) {
        Ok(m) => print_dev(docs, &m),
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::FAILURE;
        }
    }
    ExitCode::SUCCESS
}

fn tag_dev(docs: &[Doc], model: &tagger::Model) -> Vec<Vec<Named>> {
    docs.iter()
        .filter(|d| d.is_dev())
        .map(|d| model.names(&d.text, &tokens::tokenize(&d.text)))
        .collect()
}

fn print_dev(docs: &[Doc], model: &tagger::Model) {
    let dev: Vec<&Doc> = docs.iter().filter(|d| d.is_dev()).collect();
    let mut s = Score::default();
    for (d, p) in dev.iter().zip(tag_dev(docs, model)) {
        s.add(d, &p);
    }
    println!(
        "development set ({} news documents): untyped F1 {:.3}, typed F1 {:.3}",
        s.docs,
        s.untyped.f1(),
        s.typed.f1()
    );
}

fn row(name: &str, s: &Score) {
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

fn eval(docs: &[Doc], peers: Option<&Path>) -> ExitCode {
    let model = match tagger::Model::from_bytes(include_bytes!("../../model/names.bin")) {
        Ok(m) => m,
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::FAILURE;
        }
    };
    let dev: Vec<&Doc> = docs.iter().filter(|d| d.is_dev()).collect();
    let words: usize = dev.iter().map(|d| d.text.split_whitespace().count()).sum();
    println!("GUM development set: {} news documents, {words} words; gold: proper-name mentions typed person / organization / place\n", dev.len());
    println!("| system | untyped P | untyped R | untyped F1 | typed P | typed R | typed F1 |");
    println!("|---|---:|---:|---:|---:|---:|---:|");
    let started = Instant::now();
    let ours = tag_dev(docs, &model);
    let elapsed = started.elapsed();
    let mut s = Score::default();
    for (d, p) in dev.iter().zip(&ours) {
        s.add(d, p);
    }
    row("ours: the tagger", &s);
    // The whole draft: the tagger and the rules (lists, organisations,
    // Korean names, titles kept out of the mention), as `draft` writes it.
    let mut whole = Score::default();
    let (mut b3_p, mut b3_r, mut b3_n) = (0.0, 0.0, 0usize);
    for d in &dev {
        let Ok(set) = fact_explorer_draft::draft::draft(&d.text, &Default::default()) else {
            whole.add(d, &[]);
            continue;
        };
        let mut pred = Vec::new();
        for (cluster, e) in set.entities.iter().enumerate() {
            use fact_explorer_core::model::EntityKind as K;
            let label = match e.kind {
                K::Person => gum::Label::Per,
                K::Organisation | K::GovernmentBody => gum::Label::Org,
                K::Country | K::City | K::Region => gum::Label::Loc,
                _ => continue,
            };
            for m in &e.mentions {
                pred.push((
                    Named {
                        start: m.start,
                        end: m.end,
                        label,
                    },
                    cluster,
                ));
            }
        }
        let spans: Vec<Named> = pred.iter().map(|(n, _)| *n).collect();
        whole.add(d, &spans);
        let (p, r, n) = score::b_cubed(d, &pred);
        b3_p += p;
        b3_r += r;
        b3_n += n;
    }
    row("ours: the whole draft", &whole);
    for (name, file) in [
        ("compromise 14", "compromise.json"),
        ("spaCy en_core_web_sm 3.8", "spacy.json"),
    ] {
        let Some(dir) = peers else { continue };
        let path = dir.join(file);
        let Ok(json) = std::fs::read_to_string(&path) else {
            println!("| {name} | (no {}) | | | | | |", path.display());
            continue;
        };
        match score::read_peer(&json, docs) {
            Ok(pred) => {
                let mut s = Score::default();
                for d in &dev {
                    s.add(d, pred.get(&d.id).map_or(&[][..], Vec::as_slice));
                }
                row(name, &s);
            }
            Err(e) => println!("| {name} | ({e}) | | | | | |"),
        }
    }
    let (bp, br) = (b3_p / b3_n.max(1) as f64, b3_r / b3_n.max(1) as f64);
    println!(
        "\nclusters of the whole draft, B³ over the {b3_n} gold proper-name mentions: precision {bp:.3}, recall {br:.3}, F1 {:.3}",
        if bp + br > 0.0 { 2.0 * bp * br / (bp + br) } else { 0.0 }
    );
    seed_check();
    println!(
        "\nours: {:.1} ms for the {} documents ({:.3} ms per 1,000 words), native, tagger only",
        elapsed.as_secs_f64() * 1000.0,
        dev.len(),
        elapsed.as_secs_f64() * 1000.0 / (words as f64 / 1000.0)
    );
    ExitCode::SUCCESS
}

/// Draft time against document length: the development documents joined
/// into texts of 1,000 to 50,000 words, and the same lengths of text with no
/// punctuation at all (one endless sentence).
fn scale(docs: &[Doc]) -> ExitCode {
    let joined: String = docs
        .iter()
        .filter(|d| d.is_dev())
        .map(|d| d.text.as_str())
        .collect::<Vec<_>>()
        .join("\n\n");
    let words: Vec<&str> = joined.split_whitespace().collect();
    let take = |n: usize| -> String {
        // Cut at the byte where word n starts, so the text keeps its layout.
        let mut count = 0;
        let mut in_word = false;
        for (i, c) in joined.char_indices() {
            let space = c.is_whitespace();
            if !space && !in_word {
                if count == n {
                    return joined[..i].to_string();
                }
                count += 1;
            }
            in_word = !space;
        }
        joined.clone()
    };
    let doc_words = words.len();
    println!("draft time against length (native, `host` profile; median of 3 runs)\n");
    println!(
        "| words | news text ms | ms per 1,000 words | no punctuation ms | ms per 1,000 words |"
    );
    println!("|---:|---:|---:|---:|---:|");
    let time = |text: &str| -> f64 {
        let mut runs: Vec<f64> = (0..3)
            .map(|_| {
                let started = Instant::now();
                let _ = fact_explorer_draft::draft::draft(text, &Default::default());
                started.elapsed().as_secs_f64() * 1000.0
            })
            .collect();
        fact_explorer_core::sort::sort_by(&mut runs, f64::total_cmp);
        runs[1]
    };
    let _ = time(&take(200)); // word lists and weights loaded once
    for n in [1_000, 5_000, 10_000, 20_000, 50_000] {
        let mut text = take(n.min(doc_words));
        while text.split_whitespace().count() < n {
            text.push_str("\n\n");
            text.push_str(&take(n.min(doc_words)));
        }
        let flat = "word Seoul Fink then ".repeat(n / 4);
        let (a, b) = (time(&text), time(&flat));
        println!(
            "| {n} | {a:.1} | {:.2} | {b:.1} | {:.2} |",
            a / (n as f64 / 1000.0),
            b / (n as f64 / 1000.0)
        );
    }
    ExitCode::SUCCESS
}

#[allow(dead_code)]
fn debug_errors(docs: &[Doc], model: &tagger::Model) {
    for d in docs.iter().filter(|d| d.is_dev()).take(4) {
        let p = model.names(&d.text, &tokens::tokenize(&d.text));
        let gold: std::collections::HashSet<(usize, usize)> =
            d.names.iter().map(|n| (n.start, n.end)).collect();
        let pred: std::collections::HashSet<(usize, usize)> =
            p.iter().map(|n| (n.start, n.end)).collect();
        for n in &p {
            if !gold.contains(&(n.start, n.end)) {
                println!("FP {:?} {:?}", n.label, &d.text[n.start..n.end]);
            }
        }
        for n in &d.names {
            if !pred.contains(&(n.start, n.end)) {
                println!("FN {:?} {:?}", n.label, &d.text[n.start..n.end]);
            }
        }
    }
}

/// The seed article as a second check: the draft of its text against the
/// curated fact set.
fn seed_check() {
    use fact_explorer_core::model::EntityKind;
    let Ok(curated) = fact_explorer_core::load::load_bundled() else {
        println!("(the bundled fact set did not load)");
        return;
    };
    let text = &curated.article.text;
    let started = Instant::now();
    let Ok(draft) = fact_explorer_draft::draft::draft(text, &Default::default()) else {
        println!("(the seed article could not be drafted)");
        return;
    };
    let ms = started.elapsed().as_secs_f64() * 1000.0;
    let named = |k: EntityKind| {
        matches!(
            k,
            EntityKind::Person
                | EntityKind::Organisation
                | EntityKind::GovernmentBody
                | EntityKind::Country
                | EntityKind::City
                | EntityKind::Region
        )
    };
    // A drafted entity stands for a curated one when it shares a mention
    // span with it.
    let same = |a: &fact_explorer_core::model::Entity, b: &fact_explorer_core::model::Entity| {
        a.mentions.iter().any(|m| {
            b.mentions
                .iter()
                .any(|n| m.start == n.start && m.end == n.end)
        })
    };
    let wanted: Vec<_> = curated.entities.iter().filter(|e| named(e.kind)).collect();
    let found = wanted
        .iter()
        .filter(|c| draft.entities.iter().any(|d| same(c, d)))
        .count();
    let right = wanted
        .iter()
        .filter(|c| {
            draft
                .entities
                .iter()
                .any(|d| same(c, d) && d.kind == c.kind)
        })
        .count();
    let overlaps = |a: &fact_explorer_core::model::Span, b: &fact_explorer_core::model::Span| {
        a.start < b.end && b.start < a.end
    };
    let (mut attributed, mut attributed_right, mut unattributed, mut unattributed_right) =
        (0, 0, 0, 0);
    for q in &curated.quotes {
        let drafted = draft.quotes.iter().find(|d| overlaps(&d.words, &q.words));
        match &q.speaker {
            Some(who) => {
                attributed += 1;
                let ok = drafted.and_then(|d| d.speaker.as_ref()).is_some_and(|s| {
                    let (Some(c), Some(d)) = (curated.entity(who), draft.entity(s)) else {
                        return false;
                    };
                    same(c, d)
                });
                attributed_right += usize::from(ok);
            }
            None => {
                unattributed += 1;
                unattributed_right += usize::from(drafted.is_some_and(|d| d.speaker.is_none()));
            }
        }
    }
    println!(
        "\nseed article ({} words), draft against the curated fact set:",
        text.split_whitespace().count()
    );
    println!("- named entities (people, organisations, government bodies, places): {found} of {} found, {right} with the right kind ({:.0} %)", wanted.len(), 100.0 * right as f64 / wanted.len().max(1) as f64);
    println!("- attributed quotes with the right speaker: {attributed_right} of {attributed}; unattributed quotes left unattributed: {unattributed_right} of {unattributed}");
    // A drafted fact matches a curated one with the same subject and object
    // (entities that share a mention) and overlapping evidence.
    let entity_same = |cur: &str, dra: &str| match (curated.entity(cur), draft.entity(dra)) {
        (Some(c), Some(d)) => same(c, d),
        _ => false,
    };
    let matching = |d: &fact_explorer_core::model::Fact| {
        use fact_explorer_core::model::Object;
        curated.facts.iter().any(|c| {
            let objects = match (&c.object, &d.object) {
                (Object::Entity(c), Object::Entity(d)) => entity_same(c, d),
                _ => false,
            };
            entity_same(&c.subject, &d.subject)
                && objects
                && c.evidence
                    .iter()
                    .any(|a| d.evidence.iter().any(|b| overlaps(a, b)))
        })
    };
    let good = draft.facts.iter().filter(|d| matching(d)).count();
    println!(
        "- candidate facts: {} drafted, {good} of them match a curated fact (same subject, same object, overlapping evidence); the curated set has {}",
        draft.facts.len(),
        curated.facts.len()
    );
    println!("- drafted in {ms:.1} ms (native, first call, word lists loaded)");
}

//! The committed name weights are what `fx-draft train` makes of the data
//! today. They were once trained by code that tokenized, tagged and listed
//! words differently, and retraining gave other weights (and other drafts)
//! without anything saying so. Training itself takes seconds and is not
//! run here: training writes `model/names-inputs.txt`, a hash of what it
//! read (each token's features and gold tag, `names::inputs_fingerprint`),
//! and this test makes the same hash of what the current code reads from
//! the same documents. A change to the tokenizer, the word lists, the
//! part-of-speech weights or the name features changes it, and then the
//! weights must be retrained (`fx-draft train --only names`) and
//! committed with it. (That training gives the same bytes every time is
//! `names::tests::training_twice_writes_the_same_bytes`.)
#![cfg(feature = "embedded")]

use fact_explorer_draft::corpus::{self, TWEETS_PER_DOC};
use fact_explorer_draft::gum::{self, Split};
use fact_explorer_draft::names;
use fact_explorer_draft::Drafter;

#[test]
fn the_name_weights_were_trained_on_what_the_code_reads_today() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let drafter = Drafter::embedded().expect("the compiled-in data reads");
    let (tagger, lexicon) = (&drafter.tagger, &drafter.lexicon);
    // As `fx-draft train` picks them by default: GUM outside the test
    // documents, then the news accounts' tweets (BTC section g).
    let docs = gum::read_dir(&root.join("data/gum")).expect("the GUM documents read");
    let tweets = corpus::read_conll(
        &std::fs::read_to_string(root.join("data/btc/g.conll")).expect("the tweets read"),
        TWEETS_PER_DOC,
    );
    let mut set: Vec<_> = docs
        .iter()
        .filter(|d| matches!(d.split(), Split::Train | Split::Tune))
        .map(|d| corpus::gum_for_names(d, tagger, lexicon))
        .collect();
    set.extend(
        tweets
            .iter()
            .map(|c| corpus::conll_for_names(c, tagger, lexicon)),
    );
    let pairs: Vec<_> = set.iter().map(|(d, g)| (d, g.as_slice())).collect();
    let now = format!("{:016x}", names::inputs_fingerprint(&pairs));
    let written = std::fs::read_to_string(root.join("model/names-inputs.txt"))
        .expect("model/names-inputs.txt (written by fx-draft train)");
    let trained = written.split_whitespace().next().unwrap_or_default();
    assert_eq!(
        trained, now,
        "the name weights were trained on other inputs than the code reads now: \
         retrain them (cargo run --profile host -p fact-explorer-draft --bin fx-draft -- \
         train --only names) and commit model/names-*.bin and model/names-inputs.txt"
    );
}

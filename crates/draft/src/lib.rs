//! Drafting a fact set from an article's plain text, in pure Rust: no
//! browser crate, compiled for the host and for wasm, and linked only
//! where drafting happens (the `draft` command, the authoring page), never
//! into the explorer.
//!
//! A [`Drafter`] owns the weights and word lists and runs small passes over
//! one [`doc::Doc`] (spaCy's design):
//!
//! - [`tokenize`]: words and punctuation with byte offsets, and sentences;
//! - [`pos`], [`lemma`], [`parse`]: part of speech, lemmas and dependency
//!   trees, learned from GUM's gold trees ([`perceptron`], [`labels`]);
//! - [`names`], [`mentions`], [`entities`]: names, their mentions and the
//!   entities they group into;
//! - [`coref`]: what pronouns and descriptions stand for;
//! - [`quotes`], [`amounts`], [`facts`], [`events`]: quotes and speakers,
//!   amounts and times, facts from the parse, itinerary events;
//! - [`lexicon`]: every word list, each word once; [`data`]: the files.
//!
//! Measuring: [`gum`] (the corpus and its split), [`corpus`], [`score`].

pub mod amounts;
pub mod baseline;
pub mod coref;
pub mod corpus;
pub mod data;
pub mod doc;
pub mod drafter;
pub mod entities;
pub mod eval;
pub mod events;
pub mod facts;
pub mod gum;
pub mod labels;
pub mod lemma;
pub mod lexicon;
pub mod mentions;
pub mod names;
pub mod parse;
pub mod perceptron;
pub mod pos;
pub mod punct;
pub mod quotes;
pub mod relate;
pub mod score;
pub mod tokenize;

pub use drafter::{DraftError, Drafter, Meta};

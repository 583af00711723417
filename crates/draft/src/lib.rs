//! Drafting a fact set from an article's plain text (issue 16), in pure
//! Rust: no browser crate, compiled for the host and for wasm, and linked
//! only where drafting happens (the `draft` command, the authoring page),
//! never into the explorer.
//!
//! - [`tokens`]: words and punctuation with byte offsets;
//! - [`tagger`]: the name tagger with learned weights (`model/names.bin`);
//! - [`gum`]: the GUM documents it is trained and measured on;
//! - [`score`]: the scorer the peers are measured with too.

pub mod data;
pub mod draft;
pub mod extras;
pub mod facts;
pub mod gum;
pub mod lists;
pub mod score;
pub mod tagger;
pub mod tokens;

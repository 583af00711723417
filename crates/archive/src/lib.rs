//! A newsroom's archive: many articles' fact sets explored together, as
//! static files. Pure Rust on the core: no Leptos, no browser.
//!
//! The build is a pure per-article step followed by a merge:
//!
//! - [`records`]: one checked fact set → the records the archive keeps of it
//!   (entities as the article gives them, facts, quotes, events, sentences,
//!   each with the explorer's deep link);
//! - [`identity`]: the articles' entities → archive entities, merged only on
//!   strong evidence, with proposals for the rest and a decisions file;
//! - [`index`]: records → search chunks keyed by the first two folded
//!   letters of each term, and the query over loaded chunks;
//! - [`pages`]: each archive entity's page data (its articles newest first
//!   with the naming sentence, its items, the entities it appears with, a
//!   timeline), in buckets;
//! - [`site`]: a folder of articles → the site's files, rebuilt
//!   incrementally (an unchanged article's records are reused, only changed
//!   files are written) and byte-identical to a full build;
//! - [`report`]: the identities in words, for the command line;
//! - [`review`]: the identity review page's data and the decisions file
//!   it writes;
//! - [`synth`]: synthetic archives for measuring the build at scale.
//!
//! ```
//! use fact_explorer_archive::site::{build, Input};
//! let input = Input {
//!     id: "seoul".into(),
//!     json: fact_explorer_core::load::BUNDLED_FACTS.into(),
//!     text: Some(fact_explorer_core::load::BUNDLED_TEXT.into()),
//!     url: None,
//! };
//! let built = build(&[input], &[], None);
//! assert!(built.skipped.is_empty());
//! assert!(built.files.contains_key("manifest.json"));
//! ```

pub mod browse;
pub mod fixture;
pub mod identity;
pub mod index;
pub mod pages;
pub mod records;
pub mod report;
pub mod review;
pub mod site;
pub mod synth;

//! The fact explorer's pure core: everything the explorer knows and computes,
//! as plain Rust that imports neither `leptos` nor `web_sys`, so `cargo test`
//! covers it on the host and the browser build and the command line share it.
//!
//! - [`model`]: the fact-set format (serde types; the JSON Schema is generated from them).
//! - [`kinds`]: how each entity kind is shown (tag, colours, graph shape), one table.
//! - [`load`]: reading and validating fact sets, with typed problems that name the place;
//!   [`anchor`]: re-anchoring spans from their words (`check --fix`).
//! - [`item`]: items by typed reference, and what each involves, says and stands on.
//! - [`text`], [`article`]: sentences and the article cut into highlighted pieces.
//! - [`search`], [`filter`]: the search index and what the chips and the search leave visible.
//! - [`graph`], [`layout`]: the relationship graph and its force-directed layout.
//! - [`explore`]: the views and the reader's state that links and the host page share.
//! - [`export`], [`url_state`]: what leaves the explorer (files, URLs).
//! - [`authoring`], [`review`], [`saved_draft`]: the authoring page's editor, its
//!   review loop (accept, reject, edit) and the drafts it saves.
//! - [`synth`]: synthetic fact sets for benchmarks.
//!
//! ```
//! let set = fact_explorer_core::load::load_bundled().expect("the bundled fact set is valid");
//! let lee = set.entity("lee").unwrap();
//! assert_eq!(lee.name, "Lee Jae Myung");
//! ```

pub mod anchor;
pub mod article;
pub mod authoring;
pub mod explore;
pub mod export;
pub mod filter;
pub mod graph;
pub mod item;
pub mod jsonld;
pub mod kinds;
pub mod layout;
pub mod load;
pub mod model;
pub mod review;
pub mod saved_draft;
#[cfg(not(target_arch = "wasm32"))]
pub mod schema;
pub mod search;
pub mod sort;
pub mod synth;
pub mod text;
pub mod url_state;

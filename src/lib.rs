//! An in-browser fact explorer for news articles: the app package. The pure
//! core is `crates/core` ([`fact_explorer_core`]), the Leptos view
//! `crates/view` (`fact_explorer_view`); this library holds what the app's
//! binaries share: the core's modules re-exported under their own names (so
//! `fact_explorer::load` is `fact_explorer_core::load`), build-time
//! rendering ([`render`]) and the command line (`cli`, host only). The
//! browser entry point, its JavaScript boundary and the allocator are in
//! `src/main.rs` and `src/host.rs`.
//!
//! **In a Leptos app**, depend on this crate with `default-features =
//! false` (no rendering mode, no allocator, no command line: your app picks
//! them) and use [`Explorer`]:
//!
//! ```no_run
//! use fact_explorer::{load, Explorer, ExplorerState};
//! use leptos::prelude::*;
//!
//! let facts = load::load(include_str!("../examples/tiny.facts.json"), None).expect("a valid fact set");
//! leptos::mount::mount_to_body(move || view! {
//!     <h1>"My newsroom app"</h1>
//!     <Explorer facts on_change=|state: ExplorerState| leptos::logging::log!("{}", state.query)/>
//! });
//! ```
//!
//! ```
//! let set = fact_explorer::load::load_bundled().expect("the bundled fact set is valid");
//! let lee = set.entity("lee").unwrap();
//! assert_eq!(lee.name, "Lee Jae Myung");
//! ```

pub use fact_explorer_core::{
    anchor, article, explore, export, filter, graph, item, jsonld, kinds, layout, load, model,
    search, sort, synth, text, url_state,
};

#[cfg(not(target_arch = "wasm32"))]
pub use fact_explorer_core::schema;

pub use fact_explorer_core::explore::ExplorerState;
/// The explorer as a Leptos component (see the crate documentation).
pub use fact_explorer_view::component::Explorer;

#[cfg(all(feature = "app", not(target_arch = "wasm32")))]
pub mod archive_page;
#[cfg(all(feature = "app", not(target_arch = "wasm32")))]
pub mod cli;

pub mod render;

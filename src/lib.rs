//! An in-browser fact explorer for news articles: the app package. The pure
//! core is `crates/core` ([`fact_explorer_core`]), the Leptos view
//! `crates/view` (`fact_explorer_view`); this library holds what the app's
//! binaries share: the core's modules re-exported under their own names (so
//! `fact_explorer::load` is `fact_explorer_core::load`), the command line
//! ([`cli`], host only) and, in the browser, the allocator. The browser
//! entry point and its JavaScript boundary are in `src/main.rs` and
//! `src/host.rs`.
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

#[cfg(not(target_arch = "wasm32"))]
pub mod cli;

pub mod render;

/// In the browser, Talc instead of the standard library's dlmalloc: smaller
/// in the brotli wasm and as fast (the browser load benchmark). Lives in the
/// library so the app and the benchmark module (`src/bin/fx-bench.rs`)
/// allocate alike.
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

//! An in-browser fact explorer for news articles.
//!
//! The crate is a pure core plus a thin view:
//!
//! - [`model`], [`load`] and [`text`] (and later search, filtering and layout)
//!   are plain Rust that import neither `leptos` nor `web_sys`; `cargo test`
//!   covers them on the host.
//! - `app` and `components` are the Leptos view, compiled only for
//!   `wasm32-unknown-unknown`.
//!
//! ```
//! let set = fact_explorer::load::load_bundled().expect("the bundled fact set is valid");
//! let lee = set.entity("lee").unwrap();
//! assert_eq!(lee.name, "Lee Jae Myung");
//! ```

pub mod article;
pub mod codec;
pub mod export;
pub mod filter;
pub mod graph;
pub mod json;
pub mod layout;
pub mod load;
pub mod model;
pub mod search;
pub mod sort;
pub mod synth;
pub mod text;
pub mod url_state;

#[cfg(not(target_arch = "wasm32"))]
pub mod cli;

/// In the browser, Talc instead of the standard library's dlmalloc: 0.9 KB
/// smaller in the brotli wasm and as fast (browser load benchmark, 100,000
/// facts: 497 ms against 504). Its `disable-realloc-in-place` feature saves
/// 0.1 KB more but made that load 10 % slower, so it is off. Lives in the
/// library so the app and the benchmark module (`src/bin/fx-bench.rs`)
/// allocate alike.
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

#[cfg(target_arch = "wasm32")]
pub mod app;
#[cfg(target_arch = "wasm32")]
pub mod components;

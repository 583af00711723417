//! The fact explorer's view: Leptos components over the pure core
//! ([`fact_explorer_core`], whose modules are re-exported here so the view
//! reads `crate::model`, `crate::search`…).
//!
//! - [`app`]: the root component and the small contexts components take
//!   (`Data`, `Filters`, `Nav`, `GraphState`);
//! - [`components`]: one component per file, the graph's parts in `graph/`;
//! - [`component`]: the whole explorer as one component for Leptos apps.
//!
//! This crate picks no rendering mode and no allocator: the browser app (the
//! root package) enables Leptos's `csr` and `hydrate` and mounts it through
//! `src/host.rs`; a Leptos app picks its own.

pub use fact_explorer_core::{
    article, explore, export, filter, graph, item, kinds, layout, load, model, search, sort, synth,
    text, url_state,
};

pub mod app;
pub mod component;
pub mod components;
pub mod later;

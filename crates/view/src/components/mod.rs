//! The Leptos view: one component per file (the graph's parts in
//! `graph/`), each taking from context only what it uses (see
//! [`crate::app`]). No data logic lives here: it is the core's.

pub mod article_view;
pub mod badge;
pub mod chips;
pub mod entity_panel;
pub mod explorer;
pub mod export_bar;
pub mod fact_list;
pub mod graph;
pub mod load_error;
pub mod quotes;
pub mod search;
pub mod timeline;
pub mod url_sync;

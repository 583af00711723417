//! The Leptos view: one component per file, each reading the shared
//! [`crate::app::State`] from context. No data logic lives here.

pub mod article_view;
pub mod badge;
pub mod chips;
pub mod entity_panel;
pub mod explorer;
pub mod export_bar;
pub mod fact_list;
pub mod graph_view;
pub mod load_error;
pub mod quotes;
pub mod search;
pub mod timeline;
pub mod url_sync;

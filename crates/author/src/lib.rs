//! The authoring page (`author.html`) as a crate, built to the explorer
//! view's rules: one component per file (`components/`), small typed
//! contexts (`context.rs`), rows keyed by id, tabs as an enum. Every edit
//! goes through the core's [`fact_explorer_core::authoring::Editor`]
//! (typed errors, undoable, validated live).
//!
//! The pure parts compile and test on the host (`cargo test -p
//! fact-explorer-author`): the article's mention pieces ([`pieces`]), the
//! word cursor and re-bounding a mention ([`cursor`]), saved drafts
//! ([`drafts`]), where a problem or a new item's row is ([`target`]), what
//! the forms accept ([`forms`]) and the item under review
//! ([`review_item`]) and what a refused save says ([`storage`]). The
//! browser services are leptos-use's (listeners, the preview's pause,
//! storage, the clipboard) and, for what it does not offer, `glue.js`,
//! reached through [`glue`] only. The page's binary (`src/bin/fx-author`) is the entry
//! point: the allocator, the panic hook and client-side rendering.

pub mod cursor;
pub mod drafts;
pub mod forms;
pub mod pieces;
pub mod review_item;
pub mod storage;
pub mod target;

pub mod components;
pub mod context;
pub mod glue;
mod keys;

use wasm_bindgen::prelude::*;

/// Mounts the page on `root` (the `#author` element).
#[wasm_bindgen]
pub fn start_author(root: web_sys::HtmlElement) {
    // Clear the fallback message: no markup is written, only nodes removed.
    root.replace_children_with_node_0();
    let handle = leptos::mount::mount_to(root.clone(), move || {
        leptos::view! { <components::Author root=root.clone()/> }
    });
    handle.forget();
}

//! The archive's search page (`archive.html`): a search box over the
//! archive a `fact-explorer archive build` wrote. As the person types, the
//! page fetches only the index chunks the query needs (the manifest's
//! [`fact_explorer_archive::index::Directory`]) and runs the archive
//! crate's query ([`fact_explorer_archive::index::search_filtered`], the
//! same function the host tests run); this file and `page.rs` are the thin
//! Leptos view over it and `glue.js` the browser's fetch and address bar.
//!
//! Its own wasm: the explorer's never links the archive.

#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

#[cfg(target_arch = "wasm32")]
mod entity;
#[cfg(target_arch = "wasm32")]
mod page;
#[cfg(target_arch = "wasm32")]
mod review;

#[cfg(target_arch = "wasm32")]
fn main() {
    // The page calls `start_archive`: nothing runs on load but the panic
    // hook.
    console_error_panic_hook::set_once();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("fx-archive is the archive search page's wasm; build it with `./dev build` and open dist/archive.html");
}

//! The authoring page (`author.html`): paste or open an article, get a draft
//! from the drafting engine (in a worker), correct it, preview it in the
//! explorer, export it. Every edit goes through the core's
//! [`fact_explorer_core::authoring::Editor`] (undoable, validated live); this
//! file is the Leptos view over it and the browser services in `glue.js`.
//!
//! The drafting runs in a worker (`author-worker.js`) with a wasm of its own
//! (`src/bin/fx-draft-worker.rs`): this one never carries the engine.

#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

#[cfg(target_arch = "wasm32")]
mod page;

#[cfg(target_arch = "wasm32")]
fn main() {
    // The page calls `start_author`: nothing runs on load but the panic
    // hook.
    console_error_panic_hook::set_once();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("fx-author is the authoring page's wasm; build it with `./dev build` and open dist/author.html");
}

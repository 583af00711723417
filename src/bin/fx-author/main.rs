//! The authoring page's wasm (`author.html`): the allocator and the panic
//! hook. The page itself is `crates/author` (its `start_author`, which
//! `author.js` calls); the drafting runs in a worker (`author-worker.js`)
//! with a wasm of its own (`src/bin/fx-draft-worker.rs`), so this one never
//! carries the engine.

#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

#[cfg(target_arch = "wasm32")]
pub use fact_explorer_author::start_author;

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

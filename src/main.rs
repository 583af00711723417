//! Entry point. In the browser: install the panic hook; the page's
//! `<fact-explorer>` elements mount explorers through [`host`], the
//! JavaScript boundary. On the host: the command line ([`fact_explorer::cli`]).

/// The JavaScript boundary lives in the binary so the linker keeps its
/// exports.
#[cfg(target_arch = "wasm32")]
mod host;

/// In the browser, Talc instead of the standard library's dlmalloc: smaller
/// in the brotli wasm and as fast (the browser load benchmark). Set here, in
/// the binary, not in the library: a Rust app that uses the explorer as a
/// component keeps its own allocator.
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

#[cfg(target_arch = "wasm32")]
fn main() {
    // Mounting is driven by the <fact-explorer> element, which calls
    // `host::mount_explorer` for each instance (src/embed/fact-explorer-embed.js).
    console_error_panic_hook::set_once();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    fact_explorer::cli::run(std::env::args().skip(1).collect())
}

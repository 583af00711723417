//! The browser benchmark's wasm side: the core's loader and search, exported
//! to JavaScript so `tests/browser/bench/` can time them beside MiniSearch
//! (the graph layout beside d3-force, the drafting engine beside
//! compromise). Not part of the app.

/// In the browser, Talc instead of the standard library's dlmalloc: smaller
/// in the brotli wasm and as fast (the browser load benchmark). Set here, in
/// each binary, not in the library (the benchmark allocates as the app does): a Rust app that uses the explorer as a
/// component keeps its own allocator.
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

#[cfg(target_arch = "wasm32")]
mod exports {
    use std::cell::RefCell;

    use fact_explorer::search::{documents, Index};
    use fact_explorer::{layout, load, synth};
    use wasm_bindgen::prelude::*;

    thread_local! {
        static INDEX: RefCell<Option<Index>> = const { RefCell::new(None) };
        static DOCS: RefCell<Vec<fact_explorer::search::Doc>> = const { RefCell::new(Vec::new()) };
    }

    /// A synthetic fact set of `facts` facts, as JSON.
    #[wasm_bindgen]
    pub fn generate_json(facts: usize) -> String {
        synth::generate(facts, 1).to_json()
    }

    /// The scripted typing session, one keystroke's query per line.
    #[wasm_bindgen]
    pub fn typing_session() -> String {
        synth::typing_session().join("\n")
    }

    /// Loads and validates `json`; returns the number of facts, or -1.
    #[wasm_bindgen]
    pub fn load_json(json: &str) -> i32 {
        match load::load(json, None) {
            Ok(set) => {
                DOCS.with(|d| *d.borrow_mut() = documents(&set));
                set.facts.len() as i32
            }
            Err(_) => -1,
        }
    }

    /// Loads the bundled article; returns its number of facts.
    #[wasm_bindgen]
    pub fn load_bundled() -> i32 {
        load::load_bundled().map_or(-1, |s| s.facts.len() as i32)
    }

    /// The documents of the last loaded set as JSON, for MiniSearch, so both
    /// engines index exactly the same text.
    #[wasm_bindgen]
    pub fn documents_json() -> String {
        DOCS.with(|d| {
            let docs: Vec<serde_json::Value> = d
                .borrow()
                .iter()
                .enumerate()
                .map(|(i, doc)| {
                    serde_json::json!({
                        "id": i, "name": doc.name, "aliases": doc.aliases, "body": doc.body,
                    })
                })
                .collect();
            serde_json::Value::Array(docs).to_string()
        })
    }

    /// Builds the search index of the last loaded set.
    #[wasm_bindgen]
    pub fn build_index() -> usize {
        let index = DOCS.with(|d| Index::build(&d.borrow()));
        let n = index.len();
        INDEX.with(|i| *i.borrow_mut() = Some(index));
        n
    }

    /// Runs one query; returns the number of matching documents.
    #[wasm_bindgen]
    pub fn search(q: &str) -> usize {
        INDEX.with(|i| i.borrow().as_ref().map_or(0, |i| i.search(q, 20).total))
    }

    /// Estimated heap bytes the search index holds.
    #[wasm_bindgen]
    pub fn index_bytes() -> usize {
        INDEX.with(|i| i.borrow().as_ref().map_or(0, Index::heap_bytes))
    }

    /// Node radius used by the layout benchmark (both engines).
    pub const RADIUS: f32 = 5.0;

    /// Edges of the synthetic benchmark graph, flattened (s0, t0, s1, t1, …).
    #[wasm_bindgen]
    pub fn graph_edges(n: usize) -> Vec<u32> {
        layout::synthetic_graph(n, 3, RADIUS)
            .edges
            .iter()
            .flat_map(|&(s, t)| [s as u32, t as u32])
            .collect()
    }

    /// Lays out the synthetic graph; returns x0, y0, x1, y1, … then the tick count.
    #[wasm_bindgen]
    pub fn layout_graph(n: usize) -> Vec<f32> {
        let g = layout::synthetic_graph(n, 3, RADIUS);
        let l = layout::layout(&g, &layout::Options::default());
        let mut out: Vec<f32> = l.x.iter().zip(&l.y).flat_map(|(&a, &b)| [a, b]).collect();
        out.push(l.ticks as f32);
        out
    }

    /// Installs the drafting data (`fact-explorer draft-data`), fetched by
    /// the page; returns an error message or an empty string.
    #[wasm_bindgen]
    pub fn draft_install(packed: &[u8]) -> String {
        match fact_explorer_draft::Drafter::from_packed(packed) {
            Ok(d) => {
                DRAFTER.with(|x| *x.borrow_mut() = Some(d));
                String::new()
            }
            Err(e) => e.to_string(),
        }
    }

    thread_local! {
        /// The page's one drafter, made by `draft_install`.
        static DRAFTER: std::cell::RefCell<Option<fact_explorer_draft::Drafter>> =
            const { std::cell::RefCell::new(None) };
    }

    /// Drafts a fact set from `text` (the drafting engine, as the authoring
    /// page runs it); returns the number of entities drafted, or -1.
    #[wasm_bindgen]
    pub fn draft_text(text: &str) -> i32 {
        DRAFTER.with(|d| {
            d.borrow()
                .as_ref()
                .and_then(|d| d.draft(text, &Default::default()).ok())
                .map_or(-1, |s| s.entities.len() as i32)
        })
    }

    /// Bytes of wasm linear memory in use (its current size).
    #[wasm_bindgen]
    pub fn memory_bytes() -> usize {
        core::arch::wasm32::memory_size(0) * 65536
    }
}

fn main() {}

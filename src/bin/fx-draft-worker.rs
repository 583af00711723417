//! The authoring page's drafting worker (`author-worker.js`): the drafting
//! engine, off the page's main thread and out of the page's own wasm, so the
//! page is interactive before the engine (and its data) arrive. Two calls:
//! [`worker_install`] once with the weights and word lists, then
//! [`worker_draft`] per text.

#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

#[cfg(target_arch = "wasm32")]
mod worker {
    use wasm_bindgen::prelude::*;

    thread_local! {
        /// The worker's one drafter, made by `worker_install`.
        static DRAFTER: std::cell::RefCell<Option<fact_explorer_draft::Drafter>> =
            const { std::cell::RefCell::new(None) };
    }

    /// Installs the drafting data; an error message or "".
    #[wasm_bindgen]
    pub fn worker_install(packed: &[u8]) -> String {
        match fact_explorer_draft::Drafter::from_packed(packed) {
            Ok(d) => {
                DRAFTER.with(|x| *x.borrow_mut() = Some(d));
                String::new()
            }
            Err(e) => e.to_string(),
        }
    }

    /// Drafts a fact set: its JSON, or an exception with why not. `date` is
    /// `YYYY-MM-DD` or empty.
    #[wasm_bindgen]
    pub fn worker_draft(
        text: &str,
        title: &str,
        byline: &str,
        date: &str,
    ) -> Result<String, JsError> {
        let nonempty = |s: &str| (!s.trim().is_empty()).then(|| s.trim().to_string());
        let meta = fact_explorer_draft::Meta {
            title: nonempty(title),
            byline: nonempty(byline),
            date: date.trim().parse().ok(),
        };
        DRAFTER.with(|d| match d.borrow().as_ref() {
            Some(d) => d
                .draft(text, &meta)
                .map(|set| set.to_json())
                .map_err(|e| JsError::new(&e.to_string())),
            None => Err(JsError::new(
                "the drafting data (weights and word lists) is not loaded yet",
            )),
        })
    }
}

#[cfg(target_arch = "wasm32")]
fn main() {
    console_error_panic_hook::set_once();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!(
        "fx-draft-worker is the authoring page's drafting worker; build it with `./dev build`"
    );
}

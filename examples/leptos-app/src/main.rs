//! The fact explorer inside a Leptos app: one component, the fact set as a
//! prop, the reader's state back through a callback.

use fact_explorer::{load, Explorer, ExplorerState};
use leptos::prelude::*;

fn main() {
    // Any fact set: read from JSON here, or built in code.
    let facts = load::load(include_str!("../../tiny.facts.json"), None)
        .expect("the example fact set is valid");
    leptos::mount::mount_to_body(move || {
        let query = RwSignal::new(String::new());
        view! {
            <h1>"My newsroom app"</h1>
            <p>"The reader searched for: " {move || query.get()}</p>
            <Explorer facts on_change=move |state: ExplorerState| query.set(state.query)/>
        }
    });
}

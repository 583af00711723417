//! The explorer as a Leptos component for Rust apps: `<Explorer facts/>`.
//!
//! It draws into its own shadow root with the explorer's stylesheet, as the
//! `<fact-explorer>` element does, so the app's CSS and the explorer's never
//! meet. The shadow root and the explorer inside it are made in the browser
//! (in an effect); under server rendering the component is an empty `<div>`
//! that fills in on the client.

use std::rc::Rc;

use leptos::prelude::*;
use leptos::wasm_bindgen::JsCast;

use crate::app::{App, Explorer as Contexts, Mounted};
use crate::explore::ExplorerState;
use crate::load::{self, LoadError};
use crate::model::FactSet;

/// The explorer's stylesheet (`style/main.css`), scoped to a shadow root.
pub const STYLE: &str = include_str!("../../../style/main.css");

/// Reports the reader's state changes to the app.
struct Report(Option<Callback<ExplorerState>>);

impl Mounted for Report {
    fn created(&self, explorer: Contexts) {
        let Some(on_change) = self.0 else { return };
        Effect::new(move |before: Option<ExplorerState>| {
            let now = explorer.state();
            if before.as_ref().is_some_and(|b| *b != now) {
                on_change.run(now.clone());
            }
            now
        });
    }
    fn ready(&self, _: Contexts) {}
    fn failed(&self, _: &LoadError) {}
}

/// The fact explorer for `facts`: search, entity chips, the relationship
/// graph, the timeline, quotes and the article, every fact tied to its words.
/// A fact set that does not hold together (spans that miss the text,
/// unknown ids) shows the explorer's error panel with each problem.
#[component]
pub fn Explorer(
    /// The fact set: from [`load::load`] (JSON text), or made in code.
    facts: FactSet,
    /// Called with the reader's state (query, chips, view, open items)
    /// each time the reader changes it.
    #[prop(optional, into)]
    on_change: Option<Callback<ExplorerState>>,
) -> impl IntoView {
    let host = NodeRef::<leptos::html::Div>::new();
    let facts = StoredValue::new_local(Some(facts));
    Effect::new(move |_| {
        let Some(el) = host.get() else { return };
        // Mount once: the fact set moves into the explorer.
        let Some(set) = facts.try_update_value(Option::take).flatten() else {
            return;
        };
        let el: web_sys::HtmlElement = el.unchecked_into();
        let root = match el.shadow_root() {
            Some(root) => root,
            None => match el
                .attach_shadow(&web_sys::ShadowRootInit::new(web_sys::ShadowRootMode::Open))
            {
                Ok(root) => root,
                Err(_) => return,
            },
        };
        let doc = document();
        let (Ok(style), Ok(mount)) = (doc.create_element("style"), doc.create_element("div"))
        else {
            return;
        };
        style.set_text_content(Some(STYLE));
        mount.set_class_name("fx-mount");
        root.replace_children_with_node_2(&style, &mount);
        let loaded = load::prepare(set);
        let mounted: Rc<dyn Mounted> = Rc::new(Report(on_change));
        let handle = leptos::mount::mount_to(mount.unchecked_into(), move || {
            view! { <App loaded mounted/> }
        });
        // Kept by the effect's owner: unmounted with the component.
        StoredValue::new_local(handle);
    });
    view! { <div class="fact-explorer" node_ref=host></div> }
}

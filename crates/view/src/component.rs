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

/// Reports the reader's state changes to the app, and keeps the explorer's
/// contexts so a new fact set can be put in place.
struct Report {
    on_change: Option<Callback<ExplorerState>>,
    contexts: StoredValue<Option<Contexts>, LocalStorage>,
}

impl Mounted for Report {
    fn created(&self, explorer: Contexts) {
        self.contexts.set_value(Some(explorer));
        let Some(on_change) = self.on_change else {
            return;
        };
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
///
/// `facts` may change: the explorer shows the new set in place (the same
/// element, the reader's query, chips and view kept where the new set has
/// them), as the authoring page's preview does after each edit.
#[component]
pub fn Explorer(
    /// The fact set: from [`load::load`] (JSON text), or made in code; a
    /// signal to have the explorer follow it.
    #[prop(into)]
    facts: Signal<FactSet>,
    /// Called with the reader's state (query, chips, view, open items)
    /// each time the reader changes it.
    #[prop(optional, into)]
    on_change: Option<Callback<ExplorerState>>,
) -> impl IntoView {
    let host = NodeRef::<leptos::html::Div>::new();
    // The explorer drawn, once there is one: its contexts (none when its
    // first fact set failed its checks), its mount, and the problems of a
    // later set that failed them.
    let contexts = StoredValue::new_local(None::<Contexts>);
    let mounted_at = StoredValue::new_local(None::<Box<dyn std::any::Any>>);
    let problem = RwSignal::new(None::<LoadError>);
    // The explorer is mounted under the component's owner, not the
    // effect's: the effect runs again for each new fact set, and what a run
    // made is disposed before the next.
    let owner = Owner::current();
    Effect::new(move |_| {
        let set = facts.get();
        let Some(el) = host.get() else { return };
        if let Some(explorer) = contexts.get_value() {
            problem.set(explorer.replace(set).err());
            return;
        }
        // The first set, or one after a first that failed: mount.
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
        // (An earlier mount is unmounted when its handle is replaced.)
        mounted_at.set_value(None);
        root.replace_children_with_node_2(&style, &mount);
        let loaded = load::prepare(set);
        problem.set(None);
        let mounted: Rc<dyn Mounted> = Rc::new(Report {
            on_change,
            contexts,
        });
        let mount_here = move || {
            leptos::mount::mount_to(mount.unchecked_into(), move || {
                view! { <App loaded mounted live=problem/> }
            })
        };
        let handle = match &owner {
            Some(owner) => owner.with(mount_here),
            None => mount_here(),
        };
        // Kept by the component: unmounted with it.
        mounted_at.set_value(Some(Box::new(handle)));
    });
    view! { <div class="fact-explorer" node_ref=host></div> }
}

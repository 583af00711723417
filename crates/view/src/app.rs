//! The Leptos root: loads a fact set, provides the explorer's small contexts,
//! and renders the explorer or the load-error panel.
//!
//! Components take from context only what they use:
//!
//! - [`Data`]: the fact set and its search index (read-only);
//! - [`Filters`]: the chips and the search, and what they leave visible;
//! - [`Nav`]: the view, the open entity, the highlighted item, the open sentence;
//! - [`GraphState`]: the relationship graph as the reader arranged it.
//!
//! [`Explorer`] bundles them for the two places that see the whole state at
//! once: the URL sync and the host page's API (`crate::host`).

use std::sync::Arc;

use leptos::prelude::*;

use crate::components::explorer::ExplorerView;
use crate::components::load_error::LoadErrorPanel;
use crate::explore::{ExplorerState, View};
use crate::filter::{visible, Selection, Visible};
use crate::graph::RelationGraph;
use crate::item::ItemRef;
use crate::load::LoadError;
use crate::model::FactSet;
use crate::search::{Index, Results};

/// Most search hits kept: enough for every view and the results list.
const SEARCH_LIMIT: usize = 1000;

/// The fact set and its search index (built on first use). Freed with the
/// explorer when it is unmounted.
#[derive(Clone, Copy)]
pub struct Data {
    set: StoredValue<Arc<FactSet>>,
    index: StoredValue<Option<Arc<Index>>>,
    /// Counts [`Data::replace`]s: what depends on the fact set as a whole
    /// (the search, the filters, a live explorer's view) tracks it.
    revision: RwSignal<u64>,
}

impl Data {
    /// Tracks the fact set: the caller runs again when it is replaced.
    pub fn track(&self) {
        self.revision.track();
    }

    /// Puts `set` in place of the fact set (already checked: see
    /// [`crate::load::prepare`]); the search index is rebuilt on next use.
    fn replace(&self, set: FactSet) {
        self.set.set_value(Arc::new(set));
        self.index.set_value(None);
        self.revision.update(|r| *r += 1);
    }

    /// The fact set.
    pub fn set(&self) -> Arc<FactSet> {
        self.set.get_value()
    }

    /// The search index of the fact set.
    pub fn index(&self) -> Arc<Index> {
        if let Some(index) = self.index.get_value() {
            return index;
        }
        let index = Arc::new(Index::of(&self.set()));
        self.index.set_value(Some(index.clone()));
        index
    }
}

/// The chips and the search, and what they leave visible in every view.
#[derive(Clone, Copy)]
pub struct Filters {
    /// The chip selection.
    pub selection: RwSignal<Selection>,
    /// The search box's text.
    pub query: RwSignal<String>,
    /// The search results for `query` (`None` while it is empty), best first.
    pub results: Memo<Option<Results>>,
    /// What the chips and the search leave visible.
    pub visible: Memo<Visible>,
}

/// Where the reader is.
#[derive(Clone, Copy)]
pub struct Nav {
    /// The current view.
    pub view: RwSignal<View>,
    /// The item whose evidence the article highlights.
    pub highlighted: RwSignal<Option<ItemRef>>,
    /// The entity whose panel is open (index into `entities`).
    pub focus: RwSignal<Option<usize>>,
    /// The article sentence whose facts are listed (index into sentences).
    pub open_sentence: RwSignal<Option<usize>>,
}

impl Nav {
    /// Shows the article with the evidence of `item` highlighted.
    pub fn show_in_article(&self, item: ItemRef) {
        self.highlighted.set(Some(item));
        self.view.set(View::Article);
    }
}

/// The relationship graph as the reader arranged it (dragged nodes
/// included), shared by the graph view and the SVG export. `None` until the
/// graph is first needed.
#[derive(Clone, Copy)]
pub struct GraphState(pub RwSignal<Option<RelationGraph>>);

impl GraphState {
    /// The graph, built the first time it is asked for.
    pub fn get_or_build(&self, set: &FactSet) -> RelationGraph {
        if let Some(g) = self.0.get_untracked() {
            return g;
        }
        let g = RelationGraph::build(set);
        self.0.set(Some(g.clone()));
        g
    }
}

impl Filters {
    /// Toggles an entity in the chip selection; a newly selected entity's
    /// panel opens, and a deselected one's closes.
    pub fn toggle_entity(&self, nav: Nav, set: &FactSet, id: &str) {
        let index = set.entity_position(id);
        let mut added = false;
        self.selection.update(|s| {
            if let Some(pos) = s.entities.iter().position(|e| e == id) {
                s.entities.remove(pos);
            } else {
                s.entities.push(id.to_string());
                added = true;
            }
        });
        if added {
            nav.focus.set(index);
        } else if nav.focus.get_untracked() == index {
            nav.focus.set(None);
        }
    }

    /// Adds an entity to the chip selection if it is not there yet.
    pub fn select_entity(&self, nav: Nav, set: &FactSet, id: &str) {
        if !self
            .selection
            .with_untracked(|s| s.entities.iter().any(|e| e == id))
        {
            self.toggle_entity(nav, set, id);
        }
    }

    /// Clears the chip selection and closes the entity panel.
    pub fn clear_entities(&self, nav: Nav) {
        self.selection.update(|s| s.entities.clear());
        nav.focus.set(None);
    }
}

/// Every context of one explorer, for the code that reads or writes its
/// whole state (URL sync, host API).
#[derive(Clone, Copy)]
pub struct Explorer {
    pub data: Data,
    pub filters: Filters,
    pub nav: Nav,
    pub graph: GraphState,
}

impl Explorer {
    /// Shows `set` in place of the fact set, keeping what the reader chose
    /// (query, chips, view, open items) where the new set still has it: the
    /// authoring page's preview follows the edits this way, in the same
    /// explorer (its view is drawn anew over the new set). A set that fails
    /// the loader's checks ([`crate::load::prepare`]) changes nothing and
    /// comes back as the error.
    pub fn replace(&self, set: FactSet) -> Result<(), LoadError> {
        let set = crate::load::prepare(set)?;
        let state = self.state_untracked();
        self.graph.0.set(None);
        // A sentence index means nothing in another text.
        self.nav.open_sentence.set(None);
        self.data.replace(set);
        self.apply(state);
        Ok(())
    }

    /// The reader's state as links and the host API carry it.
    pub fn state(&self) -> ExplorerState {
        let set = self.data.set();
        let selection = self.filters.selection.get();
        ExplorerState {
            query: self.filters.query.get(),
            entities: selection.entities,
            mode: selection.mode,
            view: self.nav.view.get(),
            focus: self
                .nav
                .focus
                .get()
                .and_then(|i| set.entities.get(i))
                .map(|e| e.id.clone()),
            fact: self.nav.highlighted.get().and_then(|item| set.key_of(item)),
        }
    }

    /// The state, without subscribing the caller to it.
    pub fn state_untracked(&self) -> ExplorerState {
        untrack(|| self.state())
    }

    /// Shows `state`. Unknown ids are dropped (callers that must refuse them
    /// check [`ExplorerState::problem`] first).
    pub fn apply(&self, state: ExplorerState) {
        let set = self.data.set();
        self.filters.query.set(state.query);
        self.filters.selection.set(Selection {
            entities: state
                .entities
                .into_iter()
                .filter(|id| set.entity(id).is_some())
                .collect(),
            mode: state.mode,
        });
        self.nav.view.set(state.view);
        self.nav
            .focus
            .set(state.focus.and_then(|id| set.entity_position(&id)));
        self.nav
            .highlighted
            .set(state.fact.and_then(|key| set.resolve(&key)));
    }
}

/// Builds the contexts of an explorer over `set` and provides them.
fn provide_explorer(set: FactSet) -> Explorer {
    let data = Data {
        set: StoredValue::new(Arc::new(set)),
        index: StoredValue::new(None),
        revision: RwSignal::new(0),
    };
    let selection = RwSignal::new(Selection::default());
    let query = RwSignal::new(String::new());
    // One search per keystroke, shared by the search box and every view.
    let results = Memo::new(move |_| {
        data.track();
        let q = query.get();
        (!q.trim().is_empty()).then(|| data.index().search_set(&data.set(), &q, SEARCH_LIMIT))
    });
    let visible = Memo::new(move |_| {
        data.track();
        let hits: Option<Vec<ItemRef>> =
            results.with(|r| r.as_ref().map(|r| r.hits.iter().map(|h| h.item).collect()));
        selection.with(|sel| visible(&data.set(), sel, hits.as_deref()))
    });
    let filters = Filters {
        selection,
        query,
        results,
        visible,
    };
    let nav = Nav {
        view: RwSignal::new(View::Facts),
        highlighted: RwSignal::new(None),
        focus: RwSignal::new(None),
        open_sentence: RwSignal::new(None),
    };
    provide_context(data);
    provide_context(filters);
    provide_context(nav);
    let graph = GraphState(RwSignal::new(None));
    provide_context(graph);
    Explorer {
        data,
        filters,
        nav,
        graph,
    }
}

/// The fact set and index from context.
pub fn use_data() -> Data {
    expect_context::<Data>()
}

/// The chips and search from context.
pub fn use_filters() -> Filters {
    expect_context::<Filters>()
}

/// Where the reader is, from context.
pub fn use_nav() -> Nav {
    expect_context::<Nav>()
}

/// The shared graph from context.
pub fn use_graph() -> GraphState {
    expect_context::<GraphState>()
}

/// What the root tells the code that mounted it.
pub trait Mounted: 'static {
    /// The explorer's contexts exist; nothing is drawn yet. Runs inside the
    /// explorer's reactive owner, so effects made here end with it.
    fn created(&self, explorer: Explorer);
    /// The explorer is drawn and ready.
    fn ready(&self, explorer: Explorer);
    /// The fact set could not be loaded.
    fn failed(&self, error: &LoadError);
}

/// The application root (`data-testid="app"`): the explorer for a loaded
/// fact set, or the panel that says why it could not be loaded.
#[component]
pub fn App(
    /// The fact set, or why there is none.
    loaded: Result<FactSet, LoadError>,
    /// Told when the explorer is ready or has failed.
    mounted: std::rc::Rc<dyn Mounted>,
    /// A live explorer (the `Explorer` component's): its fact set may be
    /// replaced ([`Explorer::replace`]) and the view follows; a later set
    /// that fails its checks is put here, and its problems are shown in
    /// place of the view until a good one comes.
    #[prop(optional)]
    live: Option<RwSignal<Option<LoadError>>>,
) -> impl IntoView {
    match loaded {
        Ok(set) => {
            let explorer = provide_explorer(set);
            mounted.created(explorer);
            // Ready after the first render, and after the last slice of a
            // hydration (crate::later), so tests and hosts can wait for a
            // drawn page that answers.
            let rendered = RwSignal::new(false);
            Effect::new(move |_| {
                if !crate::later::pending() && !rendered.get_untracked() {
                    rendered.set(true);
                    mounted.ready(explorer);
                }
            });
            let Some(problem) = live else {
                return view! {
                    <div class="fx" data-testid="app"
                        data-state=move || if rendered.get() { "ready" } else { "loading" }>
                        <ExplorerView/>
                    </div>
                }
                .into_any();
            };
            let data = explorer.data;
            view! {
                <div class="fx" data-testid="app"
                    data-state=move || match (problem.with(Option::is_some), rendered.get()) {
                        (true, _) => "error",
                        (false, true) => "ready",
                        (false, false) => "loading",
                    }>
                    {move || match problem.get() {
                        Some(error) => view! { <LoadErrorPanel error/> }.into_any(),
                        None => {
                            data.track();
                            view! { <ExplorerView/> }.into_any()
                        }
                    }}
                </div>
            }
            .into_any()
        }
        Err(err) => {
            mounted.failed(&err);
            view! {
                <div class="fx" data-testid="app" data-state="error">
                    <LoadErrorPanel error=err/>
                </div>
            }
            .into_any()
        }
    }
}

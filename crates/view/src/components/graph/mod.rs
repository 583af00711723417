//! The relationship view: an SVG graph of who did what with whom, with pan,
//! zoom, drag, neighbourhood focus, keyboard navigation, and a list twin.
//! The maths (layout, lanes, bounds, pan and zoom) is the core's
//! ([`crate::graph`]); these components only map it onto SVG.
//!
//! The drawing takes what it draws from a [`GraphSource`]: the explorer's
//! is its fact set, filters and panels ([`GraphView`]); another page hands
//! its own graph and source to [`GraphOf`] (the archive's entity pages:
//! an entity and those it appears with).
//!
//! - [`GraphView`]: the explorer's graph, its selected fact and list twin;
//! - [`GraphOf`]: the same drawing and controls for data passed in;
//! - [`controls::GraphControls`]: zoom and fit;
//! - [`canvas::GraphCanvas`]: the `<svg>` with pointer, wheel and keys;
//! - [`node::GraphNode`], [`edge::GraphEdge`]: one node, one edge;
//! - [`relation_list::RelationList`]: the accessible list twin.

mod canvas;
mod controls;
mod edge;
mod node;
mod relation_list;

use std::sync::Arc;

use leptos::prelude::*;

use crate::app::{use_data, use_filters, use_graph, use_nav, Data, Filters, Nav};
use crate::components::badge::{Evidence, MarkBadges, StatusBadge};
use crate::graph::{Bounds, RelationGraph, Viewport, MAX_NODES};
use crate::item::ItemRef;
use crate::model::Status;

/// Margin around the drawing, in layout units.
const MARGIN: f32 = 16.0;

/// How a node is drawn and named.
#[derive(Clone, Debug, PartialEq)]
pub struct NodeLook {
    /// Its id (`data-entity`).
    pub id: String,
    /// Its name: the label and the accessible name.
    pub name: String,
    /// The class giving its kind's colours.
    pub kind_class: String,
    /// Its kind's slug (`data-kind`).
    pub kind: &'static str,
    /// Its kind's symbol, an SVG path about the origin.
    pub shape: &'static str,
}

/// How an edge is drawn and named.
#[derive(Clone, Debug, PartialEq)]
pub struct EdgeLook {
    /// Its id (`data-fact`).
    pub id: String,
    /// The label along it.
    pub label: String,
    /// What it stands for, in words (its tooltip).
    pub title: String,
    /// Drawn dashed (a fact not simply stated).
    pub dashed: bool,
    /// An arrow from the source to the target.
    pub directed: bool,
    /// The line's width in layout units, when not the stylesheet's.
    pub width: Option<f32>,
}

/// What a graph draws, and what choosing in it does. Node and edge numbers
/// are the graph's [`RelationGraph::nodes`] entries and [`crate::graph::Edge::fact`]s.
/// The methods that answer "is it shown" are read inside reactive
/// closures, so a source whose answer changes tracks it there.
pub trait GraphSource: Send + Sync + 'static {
    /// How node item `item` looks.
    fn node(&self, item: usize) -> NodeLook;
    /// How edge item `item` looks.
    fn edge(&self, item: usize) -> EdgeLook;
    /// Whether edge item `item` is left lit (not filtered away).
    fn edge_shown(&self, _item: usize) -> bool {
        true
    }
    /// Whether node item `item` is chosen elsewhere (drawn bold).
    fn node_chosen(&self, _item: usize) -> bool {
        false
    }
    /// A node was chosen (click, Enter or Space).
    fn select(&self, item: usize);
    /// An edge was chosen.
    fn open_edge(&self, _item: usize) {}
    /// The graph laid out again for a canvas `aspect` times as wide as tall.
    fn relayout(&self, aspect: f32) -> Option<RelationGraph>;
}

/// What the graph's parts share.
#[derive(Clone, Copy)]
struct GraphCtx {
    /// The graph as the reader arranged it (the explorer-wide [`crate::app::GraphState`]).
    graph: RwSignal<Option<RelationGraph>>,
    /// What the nodes and edges are.
    source: StoredValue<Arc<dyn GraphSource>>,
    /// The drawing's accessible name.
    label: StoredValue<String>,
    /// The SVG viewBox: the whole drawing.
    view_box: RwSignal<Bounds>,
    /// Pan and zoom.
    viewport: RwSignal<Viewport>,
    /// The node whose neighbourhood is lit.
    neighbourhood: RwSignal<Option<usize>>,
    /// The node the keyboard is on (the one with tabindex 0).
    keyboard_node: RwSignal<usize>,
    /// The fact of the selected edge.
    selected_fact: RwSignal<Option<usize>>,
    /// Whether the search or the chips narrow what is shown.
    filtering: Signal<bool>,
}

impl GraphCtx {
    /// Runs `f` on the graph (which exists while the view is shown).
    fn with<T>(&self, f: impl FnOnce(&RelationGraph) -> T) -> Option<T> {
        self.graph.with(|g| g.as_ref().map(f))
    }

    fn with_untracked<T>(&self, f: impl FnOnce(&RelationGraph) -> T) -> Option<T> {
        self.graph.with_untracked(|g| g.as_ref().map(f))
    }

    /// The graph's source.
    fn source(&self) -> Arc<dyn GraphSource> {
        self.source.get_value()
    }

    /// The shared state of a graph first drawn as `first`.
    fn new(
        graph: RwSignal<Option<RelationGraph>>,
        first: &RelationGraph,
        source: Arc<dyn GraphSource>,
        label: String,
        filtering: Signal<bool>,
    ) -> GraphCtx {
        GraphCtx {
            graph,
            source: StoredValue::new(source),
            label: StoredValue::new(label),
            view_box: RwSignal::new(first.bounds(MARGIN)),
            viewport: RwSignal::new(Viewport::IDENTITY),
            neighbourhood: RwSignal::new(None),
            keyboard_node: RwSignal::new(0),
            selected_fact: RwSignal::new(None),
            filtering,
        }
    }

    /// Shows the whole drawing.
    fn fit(&self) {
        if let Some(b) = self.with_untracked(|g| g.bounds(MARGIN)) {
            self.view_box.set(b);
        }
        self.viewport.set(Viewport::IDENTITY);
    }

    /// Zooms by `factor` about a viewBox point (the centre when `None`).
    fn zoom_by(&self, factor: f32, around: Option<(f32, f32)>) {
        let b = self.view_box.get_untracked();
        let (cx, cy) = around.unwrap_or((b.x + b.w / 2.0, b.y + b.h / 2.0));
        self.viewport.update(|v| *v = v.zoomed(factor, cx, cy));
    }
}

/// The explorer's fact set as a graph: nodes are its entities, edges its
/// facts between two of them, lit by the filters; choosing a node selects
/// its chip and opens its panel.
#[derive(Clone, Copy)]
struct ExplorerSource {
    data: Data,
    filters: Filters,
    nav: Nav,
}

impl GraphSource for ExplorerSource {
    fn node(&self, item: usize) -> NodeLook {
        let set = self.data.set();
        let e = &set.entities[item];
        let style = e.kind.style();
        NodeLook {
            id: e.id.clone(),
            name: e.name.clone(),
            kind_class: format!("fx-kind--{}", style.slug),
            kind: style.slug,
            shape: style.shape,
        }
    }

    fn edge(&self, item: usize) -> EdgeLook {
        let set = self.data.set();
        let f = &set.facts[item];
        EdgeLook {
            id: f.id.clone(),
            label: f.relation.clone(),
            title: set.describe(ItemRef::Fact(item)),
            dashed: f.status != Status::Stated,
            directed: true,
            width: None,
        }
    }

    fn edge_shown(&self, item: usize) -> bool {
        self.filters.visible.with(|v| v.facts[item])
    }

    fn node_chosen(&self, item: usize) -> bool {
        let set = self.data.set();
        let id = &set.entities[item].id;
        self.filters.selection.with(|s| s.entities.contains(id))
    }

    fn select(&self, item: usize) {
        let set = self.data.set();
        self.filters
            .select_entity(self.nav, &set, &set.entities[item].id);
        self.nav.focus.set(Some(item));
    }

    fn open_edge(&self, item: usize) {
        self.nav.highlighted.set(Some(ItemRef::Fact(item)));
    }

    fn relayout(&self, aspect: f32) -> Option<RelationGraph> {
        Some(RelationGraph::build_for(
            &self.data.set(),
            MAX_NODES,
            aspect,
        ))
    }
}

/// The graph, its controls, the selected edge's fact, and the list twin.
#[component]
pub fn GraphView() -> impl IntoView {
    let data = use_data();
    let filters = use_filters();
    let nav = use_nav();
    let graph = use_graph();
    let first = graph.get_or_build(&data.set());
    let filtering = Memo::new(move |_| {
        !filters.query.with(|q| q.trim().is_empty())
            || filters.selection.with(|s| !s.entities.is_empty())
    });
    let ctx = GraphCtx::new(
        graph.0,
        &first,
        Arc::new(ExplorerSource { data, filters, nav }),
        "Relationship graph: entities and the relations between them".into(),
        filtering.into(),
    );
    provide_context(ctx);
    let hidden = move || ctx.with(|g| (g.nodes.len(), g.hidden)).unwrap_or_default();
    view! {
        <div class="fx-graph">
            <controls::GraphControls/>
            {move || (hidden().1 > 0).then(|| view! {
                <p class="fx-graph__note" data-testid="graph-note">
                    {format!("Showing the {} best-connected entities; {} more are in the list below.", hidden().0, hidden().1)}
                </p>
            })}
            <canvas::GraphCanvas/>
            <SelectedFact/>
            <relation_list::RelationList/>
        </div>
    }
}

/// The graph `graph` of data passed in, drawn as the explorer draws its
/// own (pan, zoom, drag, neighbourhood focus, arrow keys), with its zoom
/// and fit controls; `source` names its nodes and edges and says what
/// choosing a node does. The page keeps its own list twin beside it.
#[component]
pub fn GraphOf(
    /// The laid-out graph.
    graph: RelationGraph,
    /// Its nodes' and edges' looks, and what choosing does.
    source: Arc<dyn GraphSource>,
    /// The drawing's accessible name.
    #[prop(into)]
    label: String,
) -> impl IntoView {
    let ctx = GraphCtx::new(
        RwSignal::new(Some(graph.clone())),
        &graph,
        source,
        label,
        Signal::stored(false),
    );
    provide_context(ctx);
    view! {
        <div class="fx-graph">
            <controls::GraphControls/>
            <canvas::GraphCanvas/>
        </div>
    }
}

/// The fact of the selected edge, with its evidence.
#[component]
fn SelectedFact() -> impl IntoView {
    let data = use_data();
    let nav = use_nav();
    let ctx = expect_context::<GraphCtx>();
    move || {
        ctx.selected_fact.get().map(|fi| {
            let set = data.set();
            let f = &set.facts[fi];
            view! {
                <section class="fx-graph__fact" data-testid="graph-fact" data-fact=f.id.clone() aria-live="polite">
                    <p class="fx-fact__line">{set.describe(ItemRef::Fact(fi))}
                        <StatusBadge status=f.status/>
                        <MarkBadges marks=f.marks.clone()/>
                    </p>
                    <Evidence spans=f.evidence.clone()/>
                    <button class="fx-link" on:click=move |_| nav.show_in_article(ItemRef::Fact(fi))>"Show in article"</button>
                </section>
            }
        })
    }
}

/// Selects node `node`: lights its neighbourhood and tells the source (the
/// explorer selects its entity's chip and opens its panel).
fn select_node(ctx: GraphCtx, node: usize) {
    ctx.neighbourhood.set(Some(node));
    ctx.keyboard_node.set(node);
    let Some(item) = ctx.with_untracked(|g| g.nodes[node]) else {
        return;
    };
    ctx.source().select(item);
}

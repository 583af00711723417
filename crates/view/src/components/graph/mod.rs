//! The relationship view: an SVG graph of who did what with whom, with pan,
//! zoom, drag, neighbourhood focus, keyboard navigation, and a list twin.
//! The maths (layout, lanes, bounds, pan and zoom) is the core's
//! ([`crate::graph`]); these components only map it onto SVG.
//!
//! - [`GraphView`]: the shared state and the layout of the parts;
//! - [`controls::GraphControls`]: zoom and fit;
//! - [`canvas::GraphCanvas`]: the `<svg>` with pointer, wheel and keys;
//! - [`node::GraphNode`], [`edge::GraphEdge`]: one node, one edge;
//! - [`relation_list::RelationList`]: the accessible list twin.

mod canvas;
mod controls;
mod edge;
mod node;
mod relation_list;

use leptos::prelude::*;

use crate::app::{use_data, use_filters, use_graph, use_nav};
use crate::components::badge::{Evidence, MarkBadges, StatusBadge};
use crate::graph::{Bounds, RelationGraph, Viewport};
use crate::item::ItemRef;

/// Margin around the drawing, in layout units.
const MARGIN: f32 = 16.0;

/// What the graph's parts share.
#[derive(Clone, Copy)]
struct GraphCtx {
    /// The graph as the reader arranged it (the explorer-wide [`crate::app::GraphState`]).
    graph: RwSignal<Option<RelationGraph>>,
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
    filtering: Memo<bool>,
}

impl GraphCtx {
    /// Runs `f` on the graph (which exists while the view is shown).
    fn with<T>(&self, f: impl FnOnce(&RelationGraph) -> T) -> Option<T> {
        self.graph.with(|g| g.as_ref().map(f))
    }

    fn with_untracked<T>(&self, f: impl FnOnce(&RelationGraph) -> T) -> Option<T> {
        self.graph.with_untracked(|g| g.as_ref().map(f))
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

/// The graph, its controls, the selected edge's fact, and the list twin.
#[component]
pub fn GraphView() -> impl IntoView {
    let data = use_data();
    let filters = use_filters();
    let graph = use_graph();
    let first = graph.get_or_build(&data.set());
    let filtering = Memo::new(move |_| {
        !filters.query.with(|q| q.trim().is_empty())
            || filters.selection.with(|s| !s.entities.is_empty())
    });
    let ctx = GraphCtx {
        graph: graph.0,
        view_box: RwSignal::new(first.bounds(MARGIN)),
        viewport: RwSignal::new(Viewport::IDENTITY),
        neighbourhood: RwSignal::new(None),
        keyboard_node: RwSignal::new(0),
        selected_fact: RwSignal::new(None),
        filtering,
    };
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

/// Selects node `node`: lights its neighbourhood, selects its entity's chip
/// and opens its panel.
fn select_node(
    data: crate::app::Data,
    filters: crate::app::Filters,
    nav: crate::app::Nav,
    ctx: GraphCtx,
    node: usize,
) {
    ctx.neighbourhood.set(Some(node));
    ctx.keyboard_node.set(node);
    let Some(entity) = ctx.with_untracked(|g| g.nodes[node]) else {
        return;
    };
    let set = data.set();
    filters.select_entity(nav, &set, &set.entities[entity].id);
    nav.focus.set(Some(entity));
}

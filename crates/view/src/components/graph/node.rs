//! One entity node: its kind's shape and its name, lit or dimmed by the
//! filters and the neighbourhood focus, moved without being rebuilt.

use leptos::prelude::*;

use super::GraphCtx;
use crate::app::{use_data, use_filters};
use crate::graph::{LABEL_GAP, LABEL_SIZE, NODE_RADIUS};
use crate::text::Fixed;

/// Node `node` of the graph.
#[component]
pub fn GraphNode(
    /// Index of the node in the graph.
    node: usize,
) -> impl IntoView {
    let data = use_data();
    let filters = use_filters();
    let ctx = expect_context::<GraphCtx>();
    let set = data.set();
    let Some(entity) = ctx.with_untracked(|g| g.nodes[node]) else {
        return ().into_any();
    };
    let e = &set.entities[entity];
    let lit = move || {
        ctx.with(|g| {
            if let Some(n) = ctx.neighbourhood.get() {
                return node == n || g.neighbours(n).contains(&node);
            }
            !ctx.filtering.get()
                || filters.visible.with(|v| {
                    g.edges
                        .iter()
                        .any(|ed| (ed.from == node || ed.to == node) && v.facts[ed.fact])
                })
        })
        .unwrap_or(false)
    };
    // Only this attribute follows the node when it or another node moves.
    let transform = move || {
        ctx.with(|g| {
            format!(
                "translate({} {})",
                Fixed::<1>(g.layout.x[node]),
                Fixed::<1>(g.layout.y[node])
            )
        })
    };
    let selected = {
        let id = e.id.clone();
        move || filters.selection.with(|s| s.entities.contains(&id))
    };
    let style = e.kind.style();
    let label_x = Fixed::<1>(NODE_RADIUS + LABEL_GAP).to_string();
    let label_y = Fixed::<1>(LABEL_SIZE * 0.35).to_string();
    view! {
        <g
            class=format!("fx-node fx-kind--{}", style.slug)
            class:fx-node--dim=move || !lit()
            class:fx-node--neighbourhood=move || ctx.neighbourhood.get() == Some(node)
            class:fx-node--selected=selected
            data-testid="graph-node"
            data-entity=e.id.clone()
            data-node=node
            data-kind=style.slug
            transform=transform
            role="button"
            tabindex=move || if ctx.keyboard_node.get() == node { "0" } else { "-1" }
            aria-label=e.name.clone()
            aria-pressed=move || (ctx.neighbourhood.get() == Some(node)).to_string()
            on:focus=move |_| ctx.keyboard_node.set(node)
        >
            <path class="fx-node__shape" d=style.shape></path>
            <text class="fx-node__label" x=label_x y=label_y>
                {e.name.clone()}
            </text>
        </g>
    }
    .into_any()
}

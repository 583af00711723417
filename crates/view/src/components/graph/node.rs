//! One entity node: its kind's shape and its name, lit or dimmed by the
//! filters and the neighbourhood focus, moved without being rebuilt.

use leptos::prelude::*;

use super::GraphCtx;
use crate::graph::{LABEL_GAP, LABEL_SIZE, NODE_RADIUS};
use crate::text::Fixed;

/// Node `node` of the graph.
#[component]
pub fn GraphNode(
    /// Index of the node in the graph.
    node: usize,
) -> impl IntoView {
    let ctx = expect_context::<GraphCtx>();
    let Some(item) = ctx.with_untracked(|g| g.nodes[node]) else {
        return ().into_any();
    };
    let look = ctx.source().node(item);
    let lit = move || {
        ctx.with(|g| {
            if let Some(n) = ctx.neighbourhood.get() {
                return node == n || g.neighbours(n).contains(&node);
            }
            !ctx.filtering.get() || {
                let source = ctx.source();
                g.edges
                    .iter()
                    .any(|ed| (ed.from == node || ed.to == node) && source.edge_shown(ed.fact))
            }
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
    let selected = move || ctx.source().node_chosen(item);
    let name = look.name.clone();
    let label_x = Fixed::<1>(NODE_RADIUS + LABEL_GAP).to_string();
    let label_y = Fixed::<1>(LABEL_SIZE * 0.35).to_string();
    view! {
        <g
            class=format!("fx-node {}", look.kind_class)
            class:fx-node--dim=move || !lit()
            class:fx-node--neighbourhood=move || ctx.neighbourhood.get() == Some(node)
            class:fx-node--selected=selected
            data-testid="graph-node"
            data-entity=look.id
            data-node=node
            data-kind=look.kind
            transform=transform
            role="button"
            tabindex=move || if ctx.keyboard_node.get() == node { "0" } else { "-1" }
            aria-label=look.name.clone()
            aria-pressed=move || (ctx.neighbourhood.get() == Some(node)).to_string()
            on:focus=move |_| ctx.keyboard_node.set(node)
        >
            <path class="fx-node__shape" d=look.shape></path>
            <text class="fx-node__label" x=label_x y=label_y>
                {name}
            </text>
        </g>
    }
    .into_any()
}

//! One relation edge: a curve bent by its lane, with its relation as a
//! label, lit or dimmed like the nodes; clicking it shows its fact.

use leptos::prelude::*;

use super::GraphCtx;
use crate::text::Fixed;

/// Edge `index` of the graph.
#[component]
pub fn GraphEdge(
    /// Index of the edge in the graph.
    index: usize,
) -> impl IntoView {
    let ctx = expect_context::<GraphCtx>();
    let source = ctx.source();
    let Some((fi, src, dst)) = ctx.with_untracked(|g| {
        let e = &g.edges[index];
        (e.fact, g.nodes[e.from], g.nodes[e.to])
    }) else {
        return ().into_any();
    };
    let look = source.edge(fi);
    let lit = move || {
        ctx.with(|g| {
            let e = &g.edges[index];
            match ctx.neighbourhood.get() {
                Some(n) => e.from == n || e.to == n,
                None => ctx.source().edge_shown(e.fact),
            }
        })
        .unwrap_or(false)
    };
    // The shape follows its nodes when they move; nothing else is rebuilt.
    let shape = Memo::new(move |_| ctx.with(|g| g.edge_shape(index)));
    let d = move || shape.with(|s| s.as_ref().map(|s| s.d.clone()).unwrap_or_default());
    let label_at = move |axis: usize| {
        shape.with(|s| {
            s.as_ref()
                .map(|s| Fixed::<1>(if axis == 0 { s.label.0 } else { s.label.1 }).to_string())
                .unwrap_or_default()
        })
    };
    // A style, not an attribute: the stylesheet's width would win over one.
    let width = look
        .width
        .map(|w| format!("stroke-width:{}", Fixed::<1>(w)));
    let marker = look.directed.then_some("url(#fx-arrow)");
    view! {
        <g
            class="fx-edge"
            class:fx-edge--dim=move || !lit()
            class:fx-edge--neighbourhood=move || ctx.neighbourhood.get().is_some() && lit()
            class:fx-edge--selected=move || ctx.selected_fact.get() == Some(fi)
            class:fx-edge--status=look.dashed
            data-testid="graph-edge"
            data-fact=look.id
            data-source=source.node(src).id
            data-target=source.node(dst).id
            on:click=move |ev| {
                ev.stop_propagation();
                ctx.selected_fact.set(Some(fi));
                ctx.source().open_edge(fi);
            }
        >
            <title>{look.title}</title>
            <path class="fx-edge__hit" d=d></path>
            <path class="fx-edge__line" d=d marker-end=marker style=width></path>
            <text class="fx-edge__label" x=move || label_at(0) y=move || label_at(1) text-anchor="middle">{look.label}</text>
        </g>
    }
    .into_any()
}

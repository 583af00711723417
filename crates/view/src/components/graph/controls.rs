//! The graph's toolbar: zoom in, zoom out, fit, and how to use it.

use leptos::prelude::*;

use super::GraphCtx;

/// Zoom and fit buttons with a short usage hint.
#[component]
pub fn GraphControls() -> impl IntoView {
    let ctx = expect_context::<GraphCtx>();
    view! {
        <div class="fx-graph__bar" role="toolbar" aria-label="Graph controls">
            <button class="fx-graph__btn" data-testid="graph-zoom-in" aria-label="Zoom in" on:click=move |_| ctx.zoom_by(1.25, None)>"+"</button>
            <button class="fx-graph__btn" data-testid="graph-zoom-out" aria-label="Zoom out" on:click=move |_| ctx.zoom_by(0.8, None)>"−"</button>
            <button class="fx-graph__btn fx-graph__btn--wide" data-testid="graph-fit" on:click=move |_| ctx.fit()>"Fit"</button>
            <span class="fx-graph__hint">
                "Drag to pan or move a node · Ctrl + wheel zooms · Tab to a node, then arrow keys, Enter, Escape"
            </span>
        </div>
    }
}

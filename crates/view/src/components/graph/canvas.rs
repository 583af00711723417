//! The graph's `<svg>`: draws the nodes and edges, and turns pointer, wheel
//! and key events into pans, zooms, drags and selections.

use leptos::ev;
use leptos::prelude::*;
use leptos::wasm_bindgen::JsCast;

use super::edge::GraphEdge;
use super::node::GraphNode;
use super::{select_node, GraphCtx};
use crate::graph::{meet, Viewport};
use crate::text::Fixed;

/// What a pointer is dragging.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Drag {
    /// The drawing, from client point (x, y) with the viewport it had.
    Pan { x: f32, y: f32, start: Viewport },
    /// A node, grabbed at layout point (start_x, start_y).
    Node {
        node: usize,
        start_x: f32,
        start_y: f32,
        moved: bool,
    },
}

/// The drawing and its event handlers.
#[component]
pub fn GraphCanvas() -> impl IntoView {
    let ctx = expect_context::<GraphCtx>();
    let drag = StoredValue::new(None::<Drag>);
    let svg = NodeRef::<leptos::svg::Svg>::new();

    // The whole drawing shows at first and after every resize. When the
    // canvas's shape differs much from the one the layout was made for (a
    // phone, a narrowed window, a turned screen) and the reader has not
    // moved a node, the graph is laid out again for it; the view is fitted
    // again when the size changed noticeably (a scroll bar coming and going
    // keeps the reader's zoom).
    let fitted = StoredValue::new(None::<(f32, f32)>);
    leptos_use_resize_observer::use_resize_observer(svg, move |entries, _| {
        let Some(rect) = entries.first().map(|e| e.content_rect()) else {
            return;
        };
        let (w, h) = (rect.width() as f32, rect.height() as f32);
        if w <= 0.0 || h <= 0.0 {
            return;
        }
        let untouched = ctx.with_untracked(|g| g.pins.is_empty()).unwrap_or(true);
        let reshape = untouched
            && ctx
                .with_untracked(|g| g.needs_layout_for(w / h))
                .unwrap_or(false);
        if reshape {
            if let Some(g) = ctx.source().relayout(w / h) {
                ctx.graph.set(Some(g));
            }
        }
        let moved = fitted
            .get_value()
            .is_none_or(|(fw, fh)| (w - fw).abs() > 0.04 * fw || (h - fh).abs() > 0.04 * fh);
        if reshape || moved {
            fitted.set_value(Some((w, h)));
            ctx.fit();
        }
    });

    // A client point in viewBox units, and in layout units.
    let to_view_box = move |client_x: f32, client_y: f32| -> Option<(f32, f32)> {
        let el: web_sys::Element = svg.get_untracked()?.unchecked_into();
        let r = el.get_bounding_client_rect();
        let b = ctx.view_box.get_untracked();
        let (s, ox, oy) = meet(b, r.width() as f32, r.height() as f32);
        Some((
            b.x + (client_x - r.left() as f32 - ox) / s,
            b.y + (client_y - r.top() as f32 - oy) / s,
        ))
    };
    let to_layout = move |client_x: f32, client_y: f32| {
        let (x, y) = to_view_box(client_x, client_y)?;
        Some(ctx.viewport.get_untracked().to_layout(x, y))
    };
    let focus_node = move |node: usize| {
        if let Some(root) = svg.get_untracked() {
            let el: web_sys::Element = root.unchecked_into();
            if let Ok(Some(n)) = el.query_selector(&format!("[data-node='{node}']")) {
                let _ = n.unchecked_into::<web_sys::HtmlElement>().focus();
            }
        }
    };

    let on_down = move |ev: ev::PointerEvent| {
        if ev.button() != 0 {
            return;
        }
        let target: Option<web_sys::Element> = ev.target().and_then(|t| t.dyn_into().ok());
        let node = target
            .and_then(|t| t.closest("[data-node]").ok().flatten())
            .and_then(|n| n.get_attribute("data-node"))
            .and_then(|n| n.parse::<usize>().ok());
        let Some((x, y)) = to_layout(ev.client_x() as f32, ev.client_y() as f32) else {
            return;
        };
        let d = match node {
            Some(node) => Drag::Node {
                node,
                start_x: x,
                start_y: y,
                moved: false,
            },
            None => Drag::Pan {
                x: ev.client_x() as f32,
                y: ev.client_y() as f32,
                start: ctx.viewport.get_untracked(),
            },
        };
        drag.set_value(Some(d));
        if let Some(el) = svg.get_untracked() {
            let el: web_sys::Element = el.unchecked_into();
            let _ = el.set_pointer_capture(ev.pointer_id());
        }
    };
    let on_move = move |ev: ev::PointerEvent| {
        let Some(d) = drag.get_value() else { return };
        match d {
            Drag::Pan { x, y, start } => {
                let el: Option<web_sys::Element> = svg.get_untracked().map(|s| s.unchecked_into());
                let Some(el) = el else { return };
                let r = el.get_bounding_client_rect();
                let (s, _, _) = meet(
                    ctx.view_box.get_untracked(),
                    r.width() as f32,
                    r.height() as f32,
                );
                ctx.viewport.set(Viewport {
                    tx: start.tx + (ev.client_x() as f32 - x) / s,
                    ty: start.ty + (ev.client_y() as f32 - y) / s,
                    k: start.k,
                });
            }
            Drag::Node {
                node,
                start_x,
                start_y,
                moved,
            } => {
                let Some((x, y)) = to_layout(ev.client_x() as f32, ev.client_y() as f32) else {
                    return;
                };
                if !moved && (x - start_x).hypot(y - start_y) < 4.0 {
                    return;
                }
                drag.set_value(Some(Drag::Node {
                    node,
                    start_x,
                    start_y,
                    moved: true,
                }));
                ctx.graph.update(|g| {
                    if let Some(g) = g {
                        g.drag(node, x, y);
                    }
                });
            }
        }
    };
    let on_up = move |_ev: ev::PointerEvent| {
        if let Some(Drag::Node {
            node, moved: false, ..
        }) = drag.get_value()
        {
            select_node(ctx, node);
        }
        drag.set_value(None);
    };
    let on_wheel = move |ev: ev::WheelEvent| {
        // Only with Ctrl or ⌘ held: a plain wheel scrolls the page, as it should.
        if !(ev.ctrl_key() || ev.meta_key()) {
            return;
        }
        ev.prevent_default();
        let around = to_view_box(ev.client_x() as f32, ev.client_y() as f32);
        ctx.zoom_by(if ev.delta_y() < 0.0 { 1.2 } else { 1.0 / 1.2 }, around);
    };
    let on_key = move |ev: ev::KeyboardEvent| {
        let current = ctx.keyboard_node.get_untracked();
        let dir = match ev.key().as_str() {
            "ArrowRight" => Some((1.0, 0.0)),
            "ArrowLeft" => Some((-1.0, 0.0)),
            "ArrowDown" => Some((0.0, 1.0)),
            "ArrowUp" => Some((0.0, -1.0)),
            _ => None,
        };
        if let Some((dx, dy)) = dir {
            ev.prevent_default();
            if let Some(next) = ctx.with_untracked(|g| g.step(current, dx, dy)).flatten() {
                ctx.keyboard_node.set(next);
                focus_node(next);
            }
            return;
        }
        match ev.key().as_str() {
            "Enter" | " " => {
                ev.prevent_default();
                select_node(ctx, current);
            }
            "Escape" => {
                ctx.neighbourhood.set(None);
                ctx.selected_fact.set(None);
            }
            "+" | "=" => ctx.zoom_by(1.2, None),
            "-" => ctx.zoom_by(1.0 / 1.2, None),
            _ => {}
        }
    };

    // The lists of nodes and edges change only when the graph is rebuilt,
    // not when a node moves, so a drag never rebuilds them.
    let node_count = Memo::new(move |_| ctx.with(|g| g.nodes.len()).unwrap_or(0));
    let edge_count = Memo::new(move |_| ctx.with(|g| g.edges.len()).unwrap_or(0));
    let f1 = |v: f32| Fixed::<1>(v);
    view! {
        <svg
            class="fx-graph__svg"
            data-testid="graph"
            node_ref=svg
            role="group"
            aria-label=ctx.label.get_value()
            viewBox=move || { let b = ctx.view_box.get(); format!("{} {} {} {}", f1(b.x), f1(b.y), f1(b.w), f1(b.h)) }
            preserveAspectRatio="xMidYMid meet"
            on:pointerdown=on_down
            on:pointermove=on_move
            on:pointerup=on_up
            on:pointercancel=move |_| drag.set_value(None)
            on:wheel=on_wheel
            on:keydown=on_key
            on:click=move |ev| {
                let on_item = ev
                    .target()
                    .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                    .and_then(|t| t.closest("[data-node],[data-fact]").ok().flatten())
                    .is_some();
                if !on_item {
                    ctx.neighbourhood.set(None);
                    ctx.selected_fact.set(None);
                }
            }
        >
            <defs>
                <marker id="fx-arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
                    <path d="M0 0L10 5L0 10Z" class="fx-edge__arrow"></path>
                </marker>
            </defs>
            <g data-testid="graph-viewport" transform=move || { let v = ctx.viewport.get(); format!("translate({} {}) scale({})", f1(v.tx), f1(v.ty), Fixed::<3>(v.k)) }>
                <g class="fx-graph__edges">
                    {move || (0..edge_count.get()).map(|i| view! { <GraphEdge index=i/> }).collect_view()}
                </g>
                <g class="fx-graph__nodes">
                    {move || (0..node_count.get()).map(|i| view! { <GraphNode node=i/> }).collect_view()}
                </g>
            </g>
        </svg>
    }
}

//! The relationship view: an SVG graph of who did what with whom, with pan,
//! zoom, drag, neighbourhood focus, keyboard navigation, and a list twin.

use leptos::ev;
use leptos::prelude::*;
use leptos::wasm_bindgen::JsCast;

use crate::app::use_state;
use crate::article::Target;
use crate::components::badge::{Evidence, StatusBadge};
use crate::graph::{RelationGraph, LABEL_GAP, LABEL_SIZE, NODE_RADIUS};
use crate::model::EntityKind;
use crate::text::Fixed;

/// One decimal, for SVG coordinates.
fn f1(v: f32) -> Fixed<1> {
    Fixed(v)
}

/// The SVG path of a node symbol of `kind`, centred on (0, 0).
fn symbol(kind: EntityKind) -> &'static str {
    match kind {
        EntityKind::Person => "M-8 0a8 8 0 1 0 16 0a8 8 0 1 0 -16 0Z",
        EntityKind::Organisation => "M-7 -7h14v14h-14Z",
        EntityKind::GovernmentBody => "M0 -9L9 0L0 9L-9 0Z",
        EntityKind::Country => "M0 -9L8.5 7H-8.5Z",
        EntityKind::City => {
            "M-6 0a6 6 0 1 0 12 0a6 6 0 1 0 -12 0ZM-2 0a2 2 0 1 0 4 0a2 2 0 1 0 -4 0Z"
        }
        EntityKind::Region => "M-8 0L-4 -7H4L8 0L4 7H-4Z",
        EntityKind::Event => {
            "M0 -9L2.6 -3.1L9 -2.8L4 1.3L5.6 7.6L0 4L-5.6 7.6L-4 1.3L-9 -2.8L-2.6 -3.1Z"
        }
        EntityKind::Agreement => "M-6 -8h8l4 4v12h-12Z",
        EntityKind::Amount => "M-8 -5h16v10h-16Z",
        EntityKind::Time => {
            "M-8 0a8 8 0 1 0 16 0a8 8 0 1 0 -16 0ZM-5 0a5 5 0 1 0 10 0a5 5 0 1 0 -10 0Z"
        }
    }
}

/// Pan and zoom of the drawing: screen = layout × k + (tx, ty).
#[derive(Clone, Copy, Debug, PartialEq)]
struct View {
    tx: f32,
    ty: f32,
    k: f32,
}

const IDENTITY: View = View {
    tx: 0.0,
    ty: 0.0,
    k: 1.0,
};

/// What a pointer is dragging.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Drag {
    Pan {
        x: f32,
        y: f32,
        view: View,
    },
    Node {
        node: usize,
        start_x: f32,
        start_y: f32,
        moved: bool,
    },
}

/// The graph, its controls, the selected edge's fact, and the list twin.
#[component]
pub fn GraphView() -> impl IntoView {
    let state = use_state();
    let set = state.set;
    let graph = RwSignal::new(RelationGraph::build(set));
    let view_box = RwSignal::new(view_box_of(&graph.get_untracked()));
    let view = RwSignal::new(IDENTITY);
    let hood = RwSignal::new(None::<usize>);
    let kb = RwSignal::new(0usize);
    let edge = RwSignal::new(None::<usize>);
    let drag = StoredValue::new(None::<Drag>);
    let svg = NodeRef::<leptos::svg::Svg>::new();

    // Once the SVG has a size: portrait screens get a tall layout, and when
    // fitting everything would make labels too small to read, start at a
    // legible zoom centred on the best-connected node (Fit shows it all).
    // Inside a hidden tab the SVG has no size yet; a ResizeObserver waits
    // until it is shown.
    let adapt = move |w: f32, h: f32| {
        if w < h * 0.9 {
            graph.set(RelationGraph::build_shaped(
                set,
                crate::graph::MAX_NODES,
                true,
            ));
            view_box.set(view_box_of(&graph.get_untracked()));
        }
        let (vx, vy, vw, vh) = view_box.get_untracked();
        let s = (w / vw).min(h / vh);
        if s < 0.7 {
            let g = graph.get_untracked();
            if let Some(hub) = g.hub() {
                let k = 0.9 / s;
                let (cx, cy) = (vx + vw / 2.0, vy + vh / 2.0);
                view.set(View {
                    tx: cx - g.layout.x[hub] * k,
                    ty: cy - g.layout.y[hub] * k,
                    k,
                });
            }
        }
    };
    Effect::new(move |_| {
        let Some(el) = svg.get() else { return };
        let el: web_sys::Element = el.unchecked_into();
        let r = el.get_bounding_client_rect();
        if r.width() > 0.0 && r.height() > 0.0 {
            adapt(r.width() as f32, r.height() as f32);
            return;
        }
        let done = std::rc::Rc::new(std::cell::Cell::new(false));
        let on_resize = leptos::wasm_bindgen::closure::Closure::<
            dyn FnMut(web_sys::js_sys::Array, web_sys::ResizeObserver),
        >::new(
            move |entries: web_sys::js_sys::Array, observer: web_sys::ResizeObserver| {
                let Some(entry) = entries
                    .get(0)
                    .dyn_into::<web_sys::ResizeObserverEntry>()
                    .ok()
                else {
                    return;
                };
                let rect = entry.content_rect();
                if rect.width() > 0.0 && rect.height() > 0.0 && !done.get() {
                    done.set(true);
                    observer.disconnect();
                    adapt(rect.width() as f32, rect.height() as f32);
                }
            },
        );
        if let Ok(observer) = web_sys::ResizeObserver::new(on_resize.as_ref().unchecked_ref()) {
            observer.observe(&el);
        }
        on_resize.forget();
    });

    let filtering = move || {
        !state.query.with(|q| q.trim().is_empty())
            || state.selection.with(|s| !s.entities.is_empty())
    };
    let node_lit = move |node: usize| -> bool {
        let g = graph.read();
        if let Some(h) = hood.get() {
            return node == h || g.neighbours(h).contains(&node);
        }
        !filtering()
            || state.visible.with(|v| {
                g.edges
                    .iter()
                    .any(|e| (e.from == node || e.to == node) && v.facts[e.fact])
            })
    };
    let edge_lit = move |i: usize| -> bool {
        let g = graph.read();
        let e = &g.edges[i];
        if let Some(h) = hood.get() {
            return e.from == h || e.to == h;
        }
        state.visible.with(|v| v.facts[e.fact])
    };

    // Pointer position in layout units.
    let to_layout = move |client_x: f32, client_y: f32| -> Option<(f32, f32)> {
        let el: web_sys::Element = svg.get_untracked()?.unchecked_into();
        let r = el.get_bounding_client_rect();
        let (vx, vy, vw, vh) = view_box.get_untracked();
        let s = (r.width() as f32 / vw).min(r.height() as f32 / vh);
        let ox = (r.width() as f32 - vw * s) / 2.0;
        let oy = (r.height() as f32 - vh * s) / 2.0;
        let px = vx + (client_x - r.left() as f32 - ox) / s;
        let py = vy + (client_y - r.top() as f32 - oy) / s;
        let v = view.get_untracked();
        Some(((px - v.tx) / v.k, (py - v.ty) / v.k))
    };
    let zoom_by = move |factor: f32, around: Option<(f32, f32)>| {
        let (vx, vy, vw, vh) = view_box.get_untracked();
        let (cx, cy) = around.unwrap_or((vx + vw / 2.0, vy + vh / 2.0));
        view.update(|v| {
            let k = (v.k * factor).clamp(0.3, 6.0);
            let f = k / v.k;
            v.tx = cx - (cx - v.tx) * f;
            v.ty = cy - (cy - v.ty) * f;
            v.k = k;
        });
    };
    let fit_view = move || {
        view_box.set(view_box_of(&graph.get_untracked()));
        view.set(IDENTITY);
    };
    let select_node = move |node: usize| {
        hood.set(Some(node));
        kb.set(node);
        let entity = graph.with_untracked(|g| g.nodes[node]);
        state.select_entity(&set.entities[entity].id);
        state.focus.set(Some(entity));
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
                view: view.get_untracked(),
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
            Drag::Pan { x, y, view: start } => {
                let el: Option<web_sys::Element> = svg.get_untracked().map(|s| s.unchecked_into());
                let Some(el) = el else { return };
                let r = el.get_bounding_client_rect();
                let (_, _, vw, vh) = view_box.get_untracked();
                let s = (r.width() as f32 / vw).min(r.height() as f32 / vh);
                view.set(View {
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
                graph.update(|g| g.drag(node, x, y));
            }
        }
    };
    let on_up = move |_ev: ev::PointerEvent| {
        if let Some(Drag::Node {
            node, moved: false, ..
        }) = drag.get_value()
        {
            select_node(node);
        }
        drag.set_value(None);
    };
    let on_wheel = move |ev: ev::WheelEvent| {
        // Only with Ctrl or ⌘ held: a plain wheel scrolls the page, as it should.
        if !(ev.ctrl_key() || ev.meta_key()) {
            return;
        }
        ev.prevent_default();
        let around = to_layout(ev.client_x() as f32, ev.client_y() as f32).map(|(x, y)| {
            let v = view.get_untracked();
            (x * v.k + v.tx, y * v.k + v.ty)
        });
        zoom_by(if ev.delta_y() < 0.0 { 1.2 } else { 1.0 / 1.2 }, around);
    };
    let on_key = move |ev: ev::KeyboardEvent| {
        let current = kb.get_untracked();
        let dir = match ev.key().as_str() {
            "ArrowRight" => Some((1.0, 0.0)),
            "ArrowLeft" => Some((-1.0, 0.0)),
            "ArrowDown" => Some((0.0, 1.0)),
            "ArrowUp" => Some((0.0, -1.0)),
            _ => None,
        };
        if let Some((dx, dy)) = dir {
            ev.prevent_default();
            if let Some(next) = graph.with_untracked(|g| g.step(current, dx, dy)) {
                kb.set(next);
                focus_node(next);
            }
            return;
        }
        match ev.key().as_str() {
            "Enter" | " " => {
                ev.prevent_default();
                select_node(current);
            }
            "Escape" => {
                hood.set(None);
                edge.set(None);
            }
            "+" | "=" => zoom_by(1.2, None),
            "-" => zoom_by(1.0 / 1.2, None),
            _ => {}
        }
    };

    let nodes_view = move || {
        let g = graph.read();
        (0..g.nodes.len())
            .map(|i| {
                let e = &set.entities[g.nodes[i]];
                let (x, y) = (g.layout.x[i], g.layout.y[i]);
                let lit = move || node_lit(i);
                let id = e.id.clone();
                let selected = move || state.selection.with(|s| s.entities.contains(&id));
                view! {
                    <g
                        class=format!("fx-node fx-kind--{}", e.kind.slug())
                        class:fx-node--dim=move || !lit()
                        class:fx-node--hood=move || hood.get() == Some(i)
                        class:fx-node--selected=selected
                        data-testid="graph-node"
                        data-entity=e.id.clone()
                        data-node=i
                        data-kind=e.kind.slug()
                        transform=format!("translate({} {})", f1(x), f1(y))
                        role="button"
                        tabindex=move || if kb.get() == i { "0" } else { "-1" }
                        aria-label=e.name.clone()
                        aria-pressed=move || (hood.get() == Some(i)).to_string()
                        on:focus=move |_| kb.set(i)
                    >
                        <path class="fx-node__shape" d=symbol(e.kind)></path>
                        <text class="fx-node__label" x=f1(NODE_RADIUS + LABEL_GAP).to_string() y=f1(LABEL_SIZE * 0.35).to_string()>
                            {e.name.clone()}
                        </text>
                    </g>
                }
            })
            .collect_view()
    };
    let edges_view = move || {
        let g = graph.read();
        g.edges
            .iter()
            .enumerate()
            .map(|(i, e)| {
                let (x1, y1) = (g.layout.x[e.from], g.layout.y[e.from]);
                let (x2, y2) = (g.layout.x[e.to], g.layout.y[e.to]);
                let (path, mx, my) = edge_path(x1, y1, x2, y2, e.lane, e.from < e.to);
                let f = &set.facts[e.fact];
                let words = set.fact_sentence(f);
                let src = set.entities[g.nodes[e.from]].id.clone();
                let dst = set.entities[g.nodes[e.to]].id.clone();
                let fi = e.fact;
                let lit = move || edge_lit(i);
                view! {
                    <g
                        class="fx-edge"
                        class:fx-edge--dim=move || !lit()
                        class:fx-edge--hood=move || hood.get().is_some() && lit()
                        class:fx-edge--selected=move || edge.get() == Some(fi)
                        class:fx-edge--status=f.status != crate::model::Status::Stated
                        data-testid="graph-edge"
                        data-fact=f.id.clone()
                        data-source=src
                        data-target=dst
                        on:click=move |ev| {
                            ev.stop_propagation();
                            edge.set(Some(fi));
                            state.selected.set(Some(Target::Fact(fi)));
                        }
                    >
                        <title>{words.clone()}</title>
                        <path class="fx-edge__hit" d=path.clone()></path>
                        <path class="fx-edge__line" d=path marker-end="url(#fx-arrow)"></path>
                        <text class="fx-edge__label" x=f1(mx).to_string() y=f1(my).to_string() text-anchor="middle">{f.relation.clone()}</text>
                    </g>
                }
            })
            .collect_view()
    };

    let hidden = move || graph.with(|g| g.hidden);
    view! {
        <div class="fx-graph">
            <div class="fx-graph__bar" role="toolbar" aria-label="Graph controls">
                <button class="fx-graph__btn" data-testid="graph-zoom-in" aria-label="Zoom in" on:click=move |_| zoom_by(1.25, None)>"+"</button>
                <button class="fx-graph__btn" data-testid="graph-zoom-out" aria-label="Zoom out" on:click=move |_| zoom_by(0.8, None)>"−"</button>
                <button class="fx-graph__btn fx-graph__btn--wide" data-testid="graph-fit" on:click=move |_| fit_view()>"Fit"</button>
                <span class="fx-graph__hint">
                    "Drag to pan or move a node · Ctrl + wheel zooms · Tab to a node, then arrow keys, Enter, Escape"
                </span>
            </div>
            {move || (hidden() > 0).then(|| view! {
                <p class="fx-graph__note" data-testid="graph-note">
                    {format!("Showing the {} best-connected entities; {} more are in the list below.", graph.with(|g| g.nodes.len()), hidden())}
                </p>
            })}
            <svg
                class="fx-graph__svg"
                data-testid="graph"
                node_ref=svg
                role="group"
                aria-label="Relationship graph: entities and the relations between them"
                viewBox=move || { let (x, y, w, h) = view_box.get(); format!("{} {} {} {}", f1(x), f1(y), f1(w), f1(h)) }
                preserveAspectRatio="xMidYMid meet"
                on:pointerdown=on_down
                on:pointermove=on_move
                on:pointerup=on_up
                on:pointercancel=move |_| drag.set_value(None)
                on:wheel=on_wheel
                on:keydown=on_key
                on:click=move |ev| {
                    let on_node = ev
                        .target()
                        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                        .and_then(|t| t.closest("[data-node],[data-fact]").ok().flatten())
                        .is_some();
                    if !on_node {
                        hood.set(None);
                        edge.set(None);
                    }
                }
            >
                <defs>
                    <marker id="fx-arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
                        <path d="M0 0L10 5L0 10Z" class="fx-edge__arrow"></path>
                    </marker>
                </defs>
                <g data-testid="graph-viewport" transform=move || { let v = view.get(); format!("translate({} {}) scale({})", f1(v.tx), f1(v.ty), Fixed::<3>(v.k)) }>
                    <g class="fx-graph__edges">{edges_view}</g>
                    <g class="fx-graph__nodes">{nodes_view}</g>
                </g>
            </svg>
            {move || edge.get().map(|fi| {
                let f = &set.facts[fi];
                view! {
                    <section class="fx-graph__fact" data-testid="graph-fact" data-fact=f.id.clone() aria-live="polite">
                        <p class="fx-fact__line">{set.fact_sentence(f)}
                            <StatusBadge status=f.status/>
                        </p>
                        <Evidence spans=f.evidence.clone()/>
                        <button class="fx-link" on:click=move |_| state.show_in_article(Target::Fact(fi))>"Show in article"</button>
                    </section>
                }
            })}
            <details class="fx-graph__list" open>
                <summary>"All relations as a list"</summary>
                <ol data-testid="relation-list" class="fx-relations">
                    {move || {
                        let g = graph.read();
                        g.edges.iter().filter(|e| state.visible.with(|v| v.facts[e.fact])).map(|e| {
                            let f = &set.facts[e.fact];
                            let fi = e.fact;
                            view! {
                                <li data-fact=f.id.clone()>
                                    <button class="fx-link fx-link--plain" on:click=move |_| {
                                        edge.set(Some(fi));
                                        state.selected.set(Some(Target::Fact(fi)));
                                    }>
                                        {set.name_of(&f.subject).to_string()} " → " {f.relation.clone()} " → " {set.object_words(&f.object).to_string()}
                                    </button>
                                    <StatusBadge status=f.status/>
                                </li>
                            }
                        }).collect_view()
                    }}
                </ol>
            </details>
        </div>
    }
}

/// The viewBox that fits the whole layout, with room around it.
fn view_box_of(g: &RelationGraph) -> (f32, f32, f32, f32) {
    let (mut x0, mut y0, mut x1, mut y1) = (f32::MAX, f32::MAX, f32::MIN, f32::MIN);
    for (i, f) in g.footprints.iter().enumerate() {
        x0 = x0.min(g.layout.x[i] - f.left);
        x1 = x1.max(g.layout.x[i] + f.right);
        y0 = y0.min(g.layout.y[i] - f.half_height);
        y1 = y1.max(g.layout.y[i] + f.half_height);
    }
    if x0 > x1 {
        return (0.0, 0.0, 100.0, 100.0);
    }
    let m = 16.0;
    (x0 - m, y0 - m, x1 - x0 + 2.0 * m, y1 - y0 + 2.0 * m)
}

/// An edge's path from (x1, y1) to (x2, y2), bent by its lane so parallel
/// edges separate, ending at the target's rim. Also the label position.
fn edge_path(
    x1: f32,
    y1: f32,
    x2: f32,
    y2: f32,
    lane: (usize, usize),
    forward: bool,
) -> (String, f32, f32) {
    let (dx, dy) = (x2 - x1, y2 - y1);
    let len = dx.hypot(dy).max(1e-3);
    let (ux, uy) = (dx / len, dy / len);
    // Perpendicular offset of the control point for this lane.
    let spread = 22.0;
    let mut off = (lane.0 as f32 - (lane.1 as f32 - 1.0) / 2.0) * spread;
    if !forward {
        off = -off;
    }
    let (mx, my) = ((x1 + x2) / 2.0 - uy * off, (y1 + y2) / 2.0 + ux * off);
    // End at the rim of the target symbol, along the tangent at the end.
    let (tx, ty) = (x2 - mx, y2 - my);
    let tl = tx.hypot(ty).max(1e-3);
    let (ex, ey) = (
        x2 - tx / tl * (NODE_RADIUS + 2.0),
        y2 - ty / tl * (NODE_RADIUS + 2.0),
    );
    let (sx, sy) = (x1 + ux * NODE_RADIUS, y1 + uy * NODE_RADIUS);
    let label = (
        (x1 + x2) / 2.0 - uy * off / 2.0,
        (y1 + y2) / 2.0 + ux * off / 2.0,
    );
    (
        format!(
            "M{} {}Q{} {} {} {}",
            f1(sx),
            f1(sy),
            f1(mx),
            f1(my),
            f1(ex),
            f1(ey)
        ),
        label.0,
        label.1,
    )
}

//! The relationship graph of a fact set and its state on screen: which
//! entities are nodes, which facts are edges, where everything goes (nodes
//! the reader dragged stay pinned), how parallel edges bend apart, the
//! drawing's bounds, pan and zoom, and how the keyboard moves between
//! nodes. Pure data: the SVG view and the SVG export both draw it, so the
//! file a reader downloads shows what they see.

use crate::layout::{self, Footprint, Graph, Layout, Options};
use crate::model::{FactSet, Object};

/// Most nodes drawn; larger graphs keep their best-connected nodes.
pub const MAX_NODES: usize = 150;
/// Radius of a node's symbol, in layout units (CSS px at zoom 1).
pub const NODE_RADIUS: f32 = 8.0;
/// Label font size, in the same units.
pub const LABEL_SIZE: f32 = 12.0;
/// Gap between a symbol and its label.
pub const LABEL_GAP: f32 = 4.0;
/// The width-to-height ratio a graph is laid out for when the canvas is
/// not known yet (a desktop's graph view).
pub const DEFAULT_ASPECT: f32 = 1.5;
/// A canvas whose ratio differs from the layout's by more than this factor
/// gets a layout of its own (a phone turned, a window narrowed).
pub const RELAYOUT_RATIO: f32 = 1.25;

/// An edge: one fact whose object is an entity.
#[derive(Clone, Debug, PartialEq)]
pub struct Edge {
    /// Node index of the subject.
    pub from: usize,
    /// Node index of the object.
    pub to: usize,
    /// Index of the fact in `facts`.
    pub fact: usize,
    /// Position among the edges joining the same two nodes (0-based), and
    /// how many there are, so parallel edges can bend apart.
    pub lane: (usize, usize),
}

/// The laid-out relationship graph.
#[derive(Clone, Debug, PartialEq)]
pub struct RelationGraph {
    /// Entity index of each node.
    pub nodes: Vec<usize>,
    /// Facts between nodes.
    pub edges: Vec<Edge>,
    /// Each node's footprint (symbol plus label).
    pub footprints: Vec<Footprint>,
    /// Node positions.
    pub layout: Layout,
    /// Entities left out because of [`MAX_NODES`].
    pub hidden: usize,
    /// Nodes the reader dragged, held where they were dropped: (node, x, y).
    pub pins: Vec<(usize, f32, f32)>,
    /// The width-to-height ratio of the canvas the layout was made for.
    pub aspect: f32,
}

/// Part of the layout plane: x, y, width, height.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Bounds {
    pub x: f32,
    pub y: f32,
    pub w: f32,
    pub h: f32,
}

/// Pan and zoom of the drawing: screen = layout × k + (tx, ty), in the
/// units of the SVG's viewBox.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Viewport {
    pub tx: f32,
    pub ty: f32,
    pub k: f32,
}

impl Viewport {
    /// No pan, no zoom.
    pub const IDENTITY: Viewport = Viewport {
        tx: 0.0,
        ty: 0.0,
        k: 1.0,
    };
    /// Zoom limits.
    pub const MIN_ZOOM: f32 = 0.3;
    pub const MAX_ZOOM: f32 = 6.0;

    /// Zoomed by `factor` (clamped to the limits) about the viewBox point
    /// (`cx`, `cy`), which stays where it is.
    pub fn zoomed(self, factor: f32, cx: f32, cy: f32) -> Viewport {
        let k = (self.k * factor).clamp(Self::MIN_ZOOM, Self::MAX_ZOOM);
        let f = k / self.k;
        Viewport {
            tx: cx - (cx - self.tx) * f,
            ty: cy - (cy - self.ty) * f,
            k,
        }
    }

    /// The layout point under viewBox point (`x`, `y`).
    pub fn to_layout(self, x: f32, y: f32) -> (f32, f32) {
        ((x - self.tx) / self.k, (y - self.ty) / self.k)
    }

    /// The viewBox point of layout point (`x`, `y`).
    pub fn to_view(self, x: f32, y: f32) -> (f32, f32) {
        (x * self.k + self.tx, y * self.k + self.ty)
    }
}

/// How an SVG viewBox of `view_box` maps onto an element of `w` × `h`
/// pixels with `preserveAspectRatio="xMidYMid meet"`: the scale and the
/// offsets of the letterbox.
pub fn meet(view_box: Bounds, w: f32, h: f32) -> (f32, f32, f32) {
    let s = (w / view_box.w).min(h / view_box.h);
    (s, (w - view_box.w * s) / 2.0, (h - view_box.h * s) / 2.0)
}

/// `aspect` within the ratios a layout is made for (a phone on its side
/// to a wide monitor); 1 for what is not a number.
fn sane_aspect(aspect: f32) -> f32 {
    if aspect.is_finite() {
        aspect.clamp(0.4, 3.0)
    } else {
        1.0
    }
}

/// An edge as drawn: its SVG path and where its label goes.
#[derive(Clone, Debug, PartialEq)]
pub struct EdgeShape {
    /// The path from the source's rim to the target's rim.
    pub d: String,
    /// The label's centre.
    pub label: (f32, f32),
}

/// Estimated width of `text` at [`LABEL_SIZE`] in a sans-serif face, with
/// a tenth to spare: the reader's fallback font may run wider than the
/// estimate (DejaVu Sans does, for "Global Infrastructure Partners").
pub fn label_width(text: &str) -> f32 {
    text.chars()
        .map(|c| match c {
            'i' | 'l' | 'j' | '.' | ',' | '\'' | '’' | ' ' | 'I' | '|' | '!' | 'f' | 't' | 'r' => {
                0.32
            }
            'm' | 'w' | 'M' | 'W' | '@' => 0.9,
            c if c.is_uppercase() || c.is_ascii_digit() => 0.68,
            c if (c as u32) >= 0x1100 => 1.0,
            _ => 0.56,
        })
        .sum::<f32>()
        * LABEL_SIZE
        * 1.1
}

impl RelationGraph {
    /// Builds and lays out the graph of `set`.
    pub fn build(set: &FactSet) -> RelationGraph {
        Self::build_with(set, MAX_NODES)
    }

    /// Builds the graph keeping at most `max_nodes` nodes.
    pub fn build_with(set: &FactSet, max_nodes: usize) -> RelationGraph {
        Self::build_for(set, max_nodes, DEFAULT_ASPECT)
    }

    /// Builds the graph laid out for a canvas `aspect` times as wide as it
    /// is tall, so that fitting the whole drawing into it keeps the labels
    /// as large as it can.
    pub fn build_for(set: &FactSet, max_nodes: usize, aspect: f32) -> RelationGraph {
        let n = set.entities.len();
        let mut degree = vec![0usize; n];
        let mut pairs = Vec::new();
        for (fi, f) in set.facts.iter().enumerate() {
            let (Some(s), Object::Entity(o)) = (set.entity_position(&f.subject), &f.object) else {
                continue;
            };
            let Some(o) = set.entity_position(o) else {
                continue;
            };
            if s == o {
                continue;
            }
            degree[s] += 1;
            degree[o] += 1;
            pairs.push((s, o, fi));
        }
        let mut candidates: Vec<usize> = (0..n).filter(|&i| degree[i] > 0).collect();
        crate::sort::sort_by_key(&mut candidates, |&i| (std::cmp::Reverse(degree[i]), i));
        let hidden = candidates.len().saturating_sub(max_nodes);
        candidates.truncate(max_nodes);
        crate::sort::sort_by(&mut candidates, Ord::cmp);
        let mut node_of = vec![usize::MAX; n];
        for (k, &e) in candidates.iter().enumerate() {
            node_of[e] = k;
        }
        let edges: Vec<Edge> = pairs
            .into_iter()
            .filter(|&(s, o, _)| node_of[s] != usize::MAX && node_of[o] != usize::MAX)
            .map(|(s, o, fi)| Edge {
                from: node_of[s],
                to: node_of[o],
                fact: fi,
                lane: (0, 1),
            })
            .collect();
        let names: Vec<&str> = candidates
            .iter()
            .map(|&e| set.entities[e].name.as_str())
            .collect();
        Self::assemble(candidates.clone(), &names, edges, hidden, aspect)
    }

    /// Builds and lays out a graph of data other than a fact set's (an
    /// archive entity and the entities it appears with): node `i` is
    /// named `names[i]`, and edge `(from, to)` number `k` has `k` as its
    /// [`Edge::fact`], so the caller's own list says what it stands for.
    /// An edge naming a node that does not exist, or a node twice, is left
    /// out.
    pub fn from_parts(names: &[&str], edges: &[(usize, usize)], aspect: f32) -> RelationGraph {
        let n = names.len();
        let edges: Vec<Edge> = edges
            .iter()
            .enumerate()
            .filter(|(_, &(a, b))| a < n && b < n && a != b)
            .map(|(k, &(from, to))| Edge {
                from,
                to,
                fact: k,
                lane: (0, 1),
            })
            .collect();
        Self::assemble((0..n).collect(), names, edges, 0, aspect)
    }

    /// Numbers the parallel edges, measures the nodes and lays them out.
    fn assemble(
        nodes: Vec<usize>,
        names: &[&str],
        mut edges: Vec<Edge>,
        hidden: usize,
        aspect: f32,
    ) -> RelationGraph {
        // Number parallel edges (either direction) so they can bend apart.
        let key = |e: &Edge| (e.from.min(e.to), e.from.max(e.to));
        for i in 0..edges.len() {
            let k = key(&edges[i]);
            let lane = edges[..i].iter().filter(|e| key(e) == k).count();
            let total = edges.iter().filter(|e| key(e) == k).count();
            edges[i].lane = (lane, total);
        }
        let footprints: Vec<Footprint> = names
            .iter()
            .map(|name| Footprint {
                left: NODE_RADIUS + 2.0,
                right: NODE_RADIUS + LABEL_GAP + label_width(name) + 4.0,
                half_height: NODE_RADIUS.max(LABEL_SIZE * 0.7) + 2.0,
            })
            .collect();
        let graph = Graph {
            nodes: footprints.clone(),
            edges: edges.iter().map(|e| (e.from, e.to)).collect(),
        };
        let aspect = sane_aspect(aspect);
        let layout = layout::layout(&graph, &Self::options(aspect));
        RelationGraph {
            nodes,
            edges,
            footprints,
            layout,
            hidden,
            pins: Vec::new(),
            aspect,
        }
    }

    /// Layout options for article graphs on a canvas of ratio `aspect`:
    /// long links so labels have room, a mild repulsion so the drawing
    /// stays compact (the collision of footprints keeps labels apart), and
    /// a pull towards the centre that is stronger across the canvas's
    /// short side, so the drawing takes the canvas's shape.
    pub fn options(aspect: f32) -> Options {
        const PULL: f32 = 0.06;
        let a = sane_aspect(aspect);
        Options {
            link_distance: 70.0,
            charge: -100.0,
            padding: 6.0,
            max_ticks: 300,
            gravity: if a >= 1.0 {
                (PULL, PULL * a * a)
            } else {
                (PULL / (a * a), PULL)
            },
            ..Options::default()
        }
    }

    /// Whether a canvas of ratio `aspect` needs a layout of its own (see
    /// [`RELAYOUT_RATIO`]).
    pub fn needs_layout_for(&self, aspect: f32) -> bool {
        let r = sane_aspect(aspect) / self.aspect;
        !(1.0 / RELAYOUT_RATIO..=RELAYOUT_RATIO).contains(&r)
    }

    /// The layout-engine view of this graph.
    pub fn as_layout_graph(&self) -> Graph {
        Graph {
            nodes: self.footprints.clone(),
            edges: self.edges.iter().map(|e| (e.from, e.to)).collect(),
        }
    }

    /// Re-lays out with node `node` held at (x, y), and every node dragged
    /// before held where it was dropped: the rest settle around them.
    pub fn drag(&mut self, node: usize, x: f32, y: f32) {
        self.pins.retain(|p| p.0 != node);
        self.pins.push((node, x, y));
        let start: Vec<(f32, f32)> = self
            .layout
            .x
            .iter()
            .zip(&self.layout.y)
            .map(|(&a, &b)| (a, b))
            .collect();
        let opts = Options {
            pinned: self.pins.clone(),
            start: Some(start),
            alpha: 0.25,
            max_ticks: 40,
            ..Self::options(self.aspect)
        };
        self.layout = layout::layout(&self.as_layout_graph(), &opts);
    }

    /// The part of the plane the whole drawing covers (symbols and labels),
    /// with a margin of `margin` around it.
    pub fn bounds(&self, margin: f32) -> Bounds {
        self.bounds_of(|_| true, margin)
    }

    /// The bounds of the nodes `keep` accepts, with a margin; a small box
    /// at the origin when it accepts none.
    pub fn bounds_of(&self, keep: impl Fn(usize) -> bool, margin: f32) -> Bounds {
        let (mut x0, mut y0, mut x1, mut y1) = (f32::MAX, f32::MAX, f32::MIN, f32::MIN);
        for (i, f) in self.footprints.iter().enumerate().filter(|(i, _)| keep(*i)) {
            x0 = x0.min(self.layout.x[i] - f.left);
            x1 = x1.max(self.layout.x[i] + f.right);
            y0 = y0.min(self.layout.y[i] - f.half_height);
            y1 = y1.max(self.layout.y[i] + f.half_height);
        }
        if x0 > x1 {
            return Bounds {
                x: 0.0,
                y: 0.0,
                w: 100.0,
                h: 100.0,
            };
        }
        Bounds {
            x: x0 - margin,
            y: y0 - margin,
            w: x1 - x0 + 2.0 * margin,
            h: y1 - y0 + 2.0 * margin,
        }
    }

    /// Edge `i` as drawn: a quadratic curve bent by its lane so parallel
    /// edges separate, from the source's rim to the target's rim.
    pub fn edge_shape(&self, i: usize) -> EdgeShape {
        let e = &self.edges[i];
        let (x1, y1) = (self.layout.x[e.from], self.layout.y[e.from]);
        let (x2, y2) = (self.layout.x[e.to], self.layout.y[e.to]);
        let (dx, dy) = (x2 - x1, y2 - y1);
        let len = dx.hypot(dy).max(1e-3);
        let (ux, uy) = (dx / len, dy / len);
        // Perpendicular offset of the control point for this lane; edges
        // drawn the other way round bend the other way, so lanes stay apart.
        let spread = 22.0;
        let mut off = (e.lane.0 as f32 - (e.lane.1 as f32 - 1.0) / 2.0) * spread;
        if e.from > e.to {
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
        let f = crate::text::Fixed::<1>;
        EdgeShape {
            d: format!(
                "M{} {}Q{} {} {} {}",
                f(sx),
                f(sy),
                f(mx),
                f(my),
                f(ex),
                f(ey)
            ),
            label: (
                (x1 + x2) / 2.0 - uy * off / 2.0,
                (y1 + y2) / 2.0 + ux * off / 2.0,
            ),
        }
    }

    /// The node of entity `entity`, if drawn.
    pub fn node_of(&self, entity: usize) -> Option<usize> {
        self.nodes.iter().position(|&e| e == entity)
    }

    /// The node with the most edges (ties: the lowest index).
    pub fn hub(&self) -> Option<usize> {
        (0..self.nodes.len()).max_by_key(|&i| (self.neighbours(i).len(), std::cmp::Reverse(i)))
    }

    /// Nodes joined to `node` by an edge.
    pub fn neighbours(&self, node: usize) -> Vec<usize> {
        let mut out: Vec<usize> = self
            .edges
            .iter()
            .filter_map(|e| match (e.from == node, e.to == node) {
                (true, false) => Some(e.to),
                (false, true) => Some(e.from),
                _ => None,
            })
            .collect();
        crate::sort::sort_dedup(&mut out);
        out
    }

    /// The node to move to from `from` with an arrow key: among nodes within
    /// 60° of direction (`dx`, `dy`), the nearest one, preferring neighbours.
    pub fn step(&self, from: usize, dx: f32, dy: f32) -> Option<usize> {
        let (x, y) = (&self.layout.x, &self.layout.y);
        let near = self.neighbours(from);
        let pick = |pool: &mut dyn Iterator<Item = usize>| {
            pool.filter(|&j| j != from)
                .filter_map(|j| {
                    let (vx, vy) = (x[j] - x[from], y[j] - y[from]);
                    let d = (vx * vx + vy * vy).sqrt();
                    let cos = (vx * dx + vy * dy) / (d * (dx * dx + dy * dy).sqrt()).max(1e-6);
                    (cos >= 0.5).then_some((j, d * (2.0 - cos)))
                })
                .min_by(|a, b| a.1.total_cmp(&b.1).then(a.0.cmp(&b.0)))
                .map(|(j, _)| j)
        };
        pick(&mut near.iter().copied()).or_else(|| pick(&mut (0..self.nodes.len())))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::layout::quality;

    #[test]
    fn a_graph_from_parts_is_a_star_with_its_edges_numbered() {
        let names = ["Korea", "Seoul", "Samsung", "Lee"];
        // The centre and each of the others, an edge out of range, a loop.
        let g = RelationGraph::from_parts(&names, &[(0, 1), (0, 2), (0, 3), (0, 9), (2, 2)], 1.5);
        assert_eq!(g.nodes, vec![0, 1, 2, 3]);
        assert_eq!(g.edges.len(), 3);
        assert_eq!(
            g.edges
                .iter()
                .map(|e| (e.from, e.to, e.fact))
                .collect::<Vec<_>>(),
            vec![(0, 1, 0), (0, 2, 1), (0, 3, 2)]
        );
        assert_eq!(g.hub(), Some(0));
        assert_eq!(g.neighbours(0), vec![1, 2, 3]);
        assert_eq!(g.hidden, 0);
        // Laid out: the nodes apart, every label inside the bounds.
        let b = g.bounds(0.0);
        for (i, name) in names.iter().enumerate() {
            for j in i + 1..names.len() {
                let d = (g.layout.x[i] - g.layout.x[j]).hypot(g.layout.y[i] - g.layout.y[j]);
                assert!(d > 2.0 * NODE_RADIUS, "{i} and {j} overlap");
            }
            assert!(g.layout.x[i] + label_width(name) <= b.x + b.w + 0.1);
        }
        // Nothing to draw is an empty graph, not a panic.
        let empty = RelationGraph::from_parts(&[], &[(0, 1)], 1.0);
        assert!(empty.nodes.is_empty() && empty.edges.is_empty());
    }

    #[test]
    fn article_graph_has_blackrocks_neighbourhood() {
        let set = crate::load::load_bundled().unwrap();
        let g = RelationGraph::build(&set);
        let node = |id: &str| g.node_of(set.entity_position(id).unwrap()).unwrap();
        let near: Vec<usize> = g.neighbours(node("blackrock"));
        for id in ["fink", "gip", "msit"] {
            assert!(
                near.contains(&node(id)),
                "{id} is not BlackRock's neighbour"
            );
        }
        assert_eq!(g.hidden, 0);
        assert_eq!(
            g.edges.len(),
            set.facts
                .iter()
                .filter(|f| matches!(f.object, Object::Entity(_)))
                .count()
        );
    }

    #[test]
    fn article_labels_do_not_overlap() {
        let set = crate::load::load_bundled().unwrap();
        for aspect in [0.5, 1.0, DEFAULT_ASPECT, 2.5] {
            let g = RelationGraph::build_for(&set, MAX_NODES, aspect);
            let q = quality(&g.as_layout_graph(), &g.layout, 90.0);
            assert_eq!(q.overlaps, 0, "aspect {aspect}");
        }
    }

    /// The canvases of the browser test (1440, 1024 and 375 px wide pages):
    /// the drawing laid out for each, fitted whole, keeps labels legible
    /// (at least 8.5 px for the 12-unit labels).
    #[test]
    fn article_graph_fits_its_canvas_legibly() {
        let set = crate::load::load_bundled().unwrap();
        for (w, h) in [(890.0, 576.0), (620.0, 491.0), (350.0, 609.0)] {
            let g = RelationGraph::build_for(&set, MAX_NODES, w / h);
            let (s, _, _) = meet(g.bounds(16.0), w, h);
            assert!(
                s * LABEL_SIZE >= 8.5,
                "{w}x{h}: labels at {:.1} px",
                s * LABEL_SIZE
            );
        }
    }

    #[test]
    fn a_layout_is_remade_only_for_a_canvas_of_another_shape() {
        let set = crate::load::load_bundled().unwrap();
        let g = RelationGraph::build_for(&set, MAX_NODES, 1.5);
        assert!(!g.needs_layout_for(1.4) && !g.needs_layout_for(1.7));
        assert!(g.needs_layout_for(0.6) && g.needs_layout_for(2.2));
    }

    #[test]
    fn parallel_edges_get_lanes() {
        let set = crate::load::load_bundled().unwrap();
        let g = RelationGraph::build(&set);
        let lee = g.node_of(set.entity_position("lee").unwrap()).unwrap();
        let trump = g.node_of(set.entity_position("trump").unwrap()).unwrap();
        let lanes: Vec<(usize, usize)> = g
            .edges
            .iter()
            .filter(|e| e.from == lee && e.to == trump)
            .map(|e| e.lane)
            .collect();
        assert_eq!(lanes, [(0, 2), (1, 2)]);
    }

    #[test]
    fn big_sets_keep_the_best_connected_nodes() {
        let set = crate::synth::generate(2_000, 3);
        let g = RelationGraph::build_with(&set, 100);
        assert_eq!(g.nodes.len(), 100);
        assert!(g.hidden > 0);
    }

    #[test]
    fn arrow_keys_move_in_their_direction() {
        let set = crate::load::load_bundled().unwrap();
        let g = RelationGraph::build(&set);
        for from in 0..g.nodes.len() {
            for (dx, dy) in [(1.0, 0.0), (-1.0, 0.0), (0.0, 1.0), (0.0, -1.0)] {
                if let Some(to) = g.step(from, dx, dy) {
                    let (vx, vy) = (
                        g.layout.x[to] - g.layout.x[from],
                        g.layout.y[to] - g.layout.y[from],
                    );
                    assert!(vx * dx + vy * dy > 0.0, "step from {from} went backwards");
                }
            }
        }
    }
}

//! The relationship graph of a fact set: which entities are nodes, which
//! facts are edges, where everything goes, and how the keyboard moves
//! between nodes. Pure data; the SVG view only draws it.

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
}

/// Estimated width of `text` at [`LABEL_SIZE`] in a sans-serif face.
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
}

impl RelationGraph {
    /// Builds and lays out the graph of `set`.
    pub fn build(set: &FactSet) -> RelationGraph {
        Self::build_with(set, MAX_NODES)
    }

    /// Builds the graph keeping at most `max_nodes` nodes.
    pub fn build_with(set: &FactSet, max_nodes: usize) -> RelationGraph {
        Self::build_shaped(set, max_nodes, false)
    }

    /// Builds the graph, laid out taller than wide when `tall` (for portrait
    /// screens) and wider than tall otherwise.
    pub fn build_shaped(set: &FactSet, max_nodes: usize, tall: bool) -> RelationGraph {
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
        let mut edges: Vec<Edge> = pairs
            .into_iter()
            .filter(|&(s, o, _)| node_of[s] != usize::MAX && node_of[o] != usize::MAX)
            .map(|(s, o, fi)| Edge {
                from: node_of[s],
                to: node_of[o],
                fact: fi,
                lane: (0, 1),
            })
            .collect();
        // Number parallel edges (either direction) so they can bend apart.
        let key = |e: &Edge| (e.from.min(e.to), e.from.max(e.to));
        for i in 0..edges.len() {
            let k = key(&edges[i]);
            let lane = edges[..i].iter().filter(|e| key(e) == k).count();
            let total = edges.iter().filter(|e| key(e) == k).count();
            edges[i].lane = (lane, total);
        }
        let footprints: Vec<Footprint> = candidates
            .iter()
            .map(|&e| Footprint {
                left: NODE_RADIUS + 2.0,
                right: NODE_RADIUS + LABEL_GAP + label_width(&set.entities[e].name) + 4.0,
                half_height: NODE_RADIUS.max(LABEL_SIZE * 0.7) + 2.0,
            })
            .collect();
        let graph = Graph {
            nodes: footprints.clone(),
            edges: edges.iter().map(|e| (e.from, e.to)).collect(),
        };
        let mut opts = Self::options();
        if tall {
            opts.gravity = (opts.gravity.1, opts.gravity.0);
        }
        let layout = layout::layout(&graph, &opts);
        RelationGraph {
            nodes: candidates,
            edges,
            footprints,
            layout,
            hidden,
        }
    }

    /// Layout options for article graphs: long links so labels have room.
    pub fn options() -> Options {
        Options {
            link_distance: 70.0,
            charge: -400.0,
            padding: 6.0,
            max_ticks: 300,
            gravity: (0.04, 0.12),
            ..Options::default()
        }
    }

    /// The layout-engine view of this graph.
    pub fn as_layout_graph(&self) -> Graph {
        Graph {
            nodes: self.footprints.clone(),
            edges: self.edges.iter().map(|e| (e.from, e.to)).collect(),
        }
    }

    /// Re-lays out with node `node` held at (x, y): the rest settle around it.
    pub fn drag(&mut self, node: usize, x: f32, y: f32) {
        let start: Vec<(f32, f32)> = self
            .layout
            .x
            .iter()
            .zip(&self.layout.y)
            .map(|(&a, &b)| (a, b))
            .collect();
        let opts = Options {
            pinned: vec![(node, x, y)],
            start: Some(start),
            alpha: 0.25,
            max_ticks: 40,
            ..Self::options()
        };
        self.layout = layout::layout(&self.as_layout_graph(), &opts);
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
        let g = RelationGraph::build(&set);
        assert_eq!(quality(&g.as_layout_graph(), &g.layout, 90.0).overlaps, 0);
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

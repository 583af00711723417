//! Force-directed graph layout: deterministic, pure, and fast enough for
//! thousands of nodes.
//!
//! The forces are d3-force's (links as springs, many-body repulsion,
//! centring, collision), with three differences that make it settle sooner:
//!
//! - **Start near the answer.** Nodes are placed on a phyllotaxis spiral in
//!   breadth-first order from the best-connected node, so neighbours start
//!   close together instead of at arbitrary places.
//! - **Barnes-Hut repulsion** (θ = 0.9) from a quadtree rebuilt every tick,
//!   exact pairwise repulsion below [`EXACT_BELOW`] nodes.
//! - **A shorter cooling schedule** that ends when the layout has settled
//!   (mean speed below a threshold) or after `max_ticks`.
//!
//! Collision works on boxes, so a node's label can be part of its footprint:
//! once settled, a final pass pushes apart any boxes that still overlap.
//! The same graph and options always give the same positions.

/// A node's footprint: a box around its centre, `left`/`right` of it and
/// `half_height` above and below (a symbol with a label to its right).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Footprint {
    pub left: f32,
    pub right: f32,
    pub half_height: f32,
}

impl Footprint {
    /// A square footprint of radius `r`.
    pub fn round(r: f32) -> Footprint {
        Footprint {
            left: r,
            right: r,
            half_height: r,
        }
    }
}

/// The graph to lay out.
#[derive(Clone, Debug, Default)]
pub struct Graph {
    /// One footprint per node.
    pub nodes: Vec<Footprint>,
    /// Edges as (source, target) node indices.
    pub edges: Vec<(usize, usize)>,
}

/// Layout parameters; [`Options::default`] suits a news article's graph.
#[derive(Clone, Debug)]
pub struct Options {
    /// Rest length of a link.
    pub link_distance: f32,
    /// Many-body strength (negative repels), as in d3's `forceManyBody`.
    pub charge: f32,
    /// Extra space kept between footprints.
    pub padding: f32,
    /// Most simulation ticks.
    pub max_ticks: usize,
    /// Nodes held in place (e.g. while dragged): (node, x, y).
    pub pinned: Vec<(usize, f32, f32)>,
    /// Start from these positions instead of the spiral (same length as nodes).
    pub start: Option<Vec<(f32, f32)>>,
    /// Starting temperature (1 for a fresh layout, lower to settle around a change).
    pub alpha: f32,
    /// Pull of every node towards the centre along x and y (d3's `forceX` and
    /// `forceY` strengths); keeps separate components together, and a
    /// stronger y pull makes the layout wider than tall. Zero by default.
    pub gravity: (f32, f32),
}

impl Default for Options {
    fn default() -> Options {
        Options {
            link_distance: 30.0,
            charge: -30.0,
            padding: 2.0,
            max_ticks: 80,
            pinned: Vec::new(),
            start: None,
            alpha: 1.0,
            gravity: (0.0, 0.0),
        }
    }
}

/// Positions of the nodes, in the graph's own units, centred on (0, 0).
#[derive(Clone, Debug, PartialEq)]
pub struct Layout {
    pub x: Vec<f32>,
    pub y: Vec<f32>,
    /// How many ticks it took.
    pub ticks: usize,
}

/// Below this many nodes repulsion is computed exactly, pair by pair.
pub const EXACT_BELOW: usize = 120;
const THETA2: f32 = 0.81;
const VELOCITY_DECAY: f32 = 0.4;
const ALPHA_MIN: f32 = 0.001;
const SETTLED_SPEED: f32 = 0.02;
const FINAL_PASSES: usize = 500;
const OVERLAP_EPSILON: f32 = 0.01;

/// Lays out `graph`.
pub fn layout(graph: &Graph, opts: &Options) -> Layout {
    let n = graph.nodes.len();
    let (mut x, mut y) = match &opts.start {
        Some(s) if s.len() == n => (
            s.iter().map(|p| p.0).collect(),
            s.iter().map(|p| p.1).collect(),
        ),
        _ => initial_positions(graph),
    };
    let mut vx = vec![0f32; n];
    let mut vy = vec![0f32; n];
    if n == 0 {
        return Layout { x, y, ticks: 0 };
    }
    let mut degree = vec![0usize; n];
    for &(s, t) in &graph.edges {
        if s < n && t < n && s != t {
            degree[s] += 1;
            degree[t] += 1;
        }
    }
    let edges: Vec<(usize, usize, f32, f32)> = graph
        .edges
        .iter()
        .filter(|&&(s, t)| s < n && t < n && s != t)
        .map(|&(s, t)| {
            let strength = 1.0 / degree[s].min(degree[t]).max(1) as f32;
            let bias = degree[s] as f32 / (degree[s] + degree[t]) as f32;
            (s, t, strength, bias)
        })
        .collect();
    let mut pinned = vec![None; n];
    for &(i, px, py) in &opts.pinned {
        if i < n {
            pinned[i] = Some((px, py));
        }
    }
    let mut alpha = opts.alpha.clamp(ALPHA_MIN, 1.0);
    let decay = 1.0 - ALPHA_MIN.powf(1.0 / opts.max_ticks.max(1) as f32);
    let mut tree = QuadTree::default();
    let mut ticks = 0;
    while ticks < opts.max_ticks && alpha >= ALPHA_MIN {
        ticks += 1;
        alpha += (0.0 - alpha) * decay;
        // Links.
        for &(s, t, strength, bias) in &edges {
            let mut dx = x[t] + vx[t] - x[s] - vx[s];
            let mut dy = y[t] + vy[t] - y[s] - vy[s];
            if dx == 0.0 && dy == 0.0 {
                dx = jiggle(s + t);
                dy = jiggle(s * 31 + t);
            }
            let l = (dx * dx + dy * dy).sqrt();
            let k = (l - opts.link_distance) / l * alpha * strength;
            let (fx, fy) = (dx * k, dy * k);
            vx[t] -= fx * bias;
            vy[t] -= fy * bias;
            vx[s] += fx * (1.0 - bias);
            vy[s] += fy * (1.0 - bias);
        }
        // Many-body.
        if n < EXACT_BELOW {
            for i in 0..n {
                for j in (i + 1)..n {
                    let dx = x[j] - x[i];
                    let dy = y[j] - y[i];
                    let d2 = (dx * dx + dy * dy).max(1.0);
                    let k = opts.charge * alpha / d2;
                    vx[i] += dx * k;
                    vy[i] += dy * k;
                    vx[j] -= dx * k;
                    vy[j] -= dy * k;
                }
            }
        } else {
            tree.build(&x, &y);
            for i in 0..n {
                let (fx, fy) = tree.force(i, x[i], y[i], &x, &y, opts.charge * alpha);
                vx[i] += fx;
                vy[i] += fy;
            }
        }
        // Gravity towards the centre.
        if opts.gravity != (0.0, 0.0) {
            for i in 0..n {
                vx[i] -= x[i] * opts.gravity.0 * alpha;
                vy[i] -= y[i] * opts.gravity.1 * alpha;
            }
        }
        // Integrate, holding pinned nodes.
        let mut speed = 0.0;
        for i in 0..n {
            if let Some((px, py)) = pinned[i] {
                x[i] = px;
                y[i] = py;
                vx[i] = 0.0;
                vy[i] = 0.0;
                continue;
            }
            vx[i] *= 1.0 - VELOCITY_DECAY;
            vy[i] *= 1.0 - VELOCITY_DECAY;
            x[i] += vx[i];
            y[i] += vy[i];
            speed += vx[i].abs() + vy[i].abs();
        }
        // Collision, a few times a tick while hot, once when cool.
        collide(graph, &mut x, &mut y, &pinned, opts.padding, 0.7);
        if ticks > 20 && speed / (n as f32) < SETTLED_SPEED {
            break;
        }
    }
    // Centre on the mean of free nodes (when nothing is pinned).
    if opts.pinned.is_empty() {
        let (mx, my) = (
            x.iter().sum::<f32>() / n as f32,
            y.iter().sum::<f32>() / n as f32,
        );
        x.iter_mut().for_each(|v| *v -= mx);
        y.iter_mut().for_each(|v| *v -= my);
    }
    // Final, full-strength passes so footprints do not overlap.
    for _ in 0..FINAL_PASSES {
        if !collide(graph, &mut x, &mut y, &pinned, opts.padding, 1.0) {
            break;
        }
    }
    Layout { x, y, ticks }
}

/// Spiral positions in breadth-first order from the best-connected node.
fn initial_positions(graph: &Graph) -> (Vec<f32>, Vec<f32>) {
    let n = graph.nodes.len();
    let mut adj = vec![Vec::new(); n];
    for &(s, t) in &graph.edges {
        if s < n && t < n && s != t {
            adj[s].push(t);
            adj[t].push(s);
        }
    }
    let mut order = Vec::with_capacity(n);
    let mut seen = vec![false; n];
    let mut by_degree: Vec<usize> = (0..n).collect();
    crate::sort::sort_by_key(&mut by_degree, |&i| (std::cmp::Reverse(adj[i].len()), i));
    for &root in &by_degree {
        if seen[root] {
            continue;
        }
        seen[root] = true;
        let mut queue = std::collections::VecDeque::from([root]);
        while let Some(v) = queue.pop_front() {
            order.push(v);
            for &w in &adj[v] {
                if !seen[w] {
                    seen[w] = true;
                    queue.push_back(w);
                }
            }
        }
    }
    let mut x = vec![0f32; n];
    let mut y = vec![0f32; n];
    // Turn by the golden angle each step: multiply the unit direction by
    // (cos g, sin g), g = π(3 − √5), instead of calling sin and cos (which
    // would pull libm's trigonometry into the wasm).
    const COS_G: f64 = -0.737_368_878_078_319_9;
    const SIN_G: f64 = 0.675_490_294_261_524_4;
    let (mut dx, mut dy) = (1.0f64, 0.0f64);
    for (rank, &i) in order.iter().enumerate() {
        let r = 10.0 * (0.5 + rank as f64).sqrt();
        x[i] = (r * dx) as f32;
        y[i] = (r * dy) as f32;
        (dx, dy) = (dx * COS_G - dy * SIN_G, dx * SIN_G + dy * COS_G);
    }
    (x, y)
}

/// A tiny deterministic nudge for coincident points.
fn jiggle(seed: usize) -> f32 {
    let h = (seed as u32).wrapping_mul(2_654_435_761);
    ((h >> 8) as f32 / (1u32 << 24) as f32 - 0.5) * 1e-3
}

/// Pushes overlapping footprints apart (a fraction `strength` of the overlap,
/// along the axis where it is smallest). Returns whether any overlapped.
fn collide(
    graph: &Graph,
    x: &mut [f32],
    y: &mut [f32],
    pinned: &[Option<(f32, f32)>],
    pad: f32,
    strength: f32,
) -> bool {
    let n = graph.nodes.len();
    let cell = graph
        .nodes
        .iter()
        .map(|f| (f.left + f.right).max(2.0 * f.half_height))
        .fold(1.0f32, f32::max)
        + pad;
    // Uniform grid: each node in the cell of its centre; neighbours within one cell.
    let mut keys: Vec<(i64, usize)> = (0..n)
        .map(|i| {
            (
                cell_key((x[i] / cell).floor() as i64, (y[i] / cell).floor() as i64),
                i,
            )
        })
        .collect();
    crate::sort::sort_by(&mut keys, Ord::cmp);
    let find = |k: i64| -> &[(i64, usize)] {
        let a = keys.partition_point(|e| e.0 < k);
        let b = keys.partition_point(|e| e.0 <= k);
        &keys[a..b]
    };
    let mut any = false;
    for i in 0..n {
        let cx = (x[i] / cell).floor() as i64;
        let cy = (y[i] / cell).floor() as i64;
        for gx in cx - 1..=cx + 1 {
            for gy in cy - 1..=cy + 1 {
                for &(_, j) in find(cell_key(gx, gy)) {
                    if j <= i {
                        continue;
                    }
                    let (a, b) = (graph.nodes[i], graph.nodes[j]);
                    // Overlap of [x-left, x+right] ranges and of the heights.
                    let ox = (x[i] + a.right).min(x[j] + b.right)
                        - (x[i] - a.left).max(x[j] - b.left)
                        + pad;
                    let oy = (y[i] + a.half_height).min(y[j] + b.half_height)
                        - (y[i] - a.half_height).max(y[j] - b.half_height)
                        + pad;
                    // Ignore rounding-sized overlaps, or passes never end.
                    if ox <= OVERLAP_EPSILON || oy <= OVERLAP_EPSILON {
                        continue;
                    }
                    any = true;
                    let (wi, wj) = match (pinned[i].is_some(), pinned[j].is_some()) {
                        (true, true) => continue,
                        (true, false) => (0.0, 1.0),
                        (false, true) => (1.0, 0.0),
                        (false, false) => (0.5, 0.5),
                    };
                    if ox < oy {
                        let mid_i = x[i] + (a.right - a.left) / 2.0;
                        let mid_j = x[j] + (b.right - b.left) / 2.0;
                        let dir = if mid_i < mid_j || (mid_i == mid_j && i < j) {
                            -1.0
                        } else {
                            1.0
                        };
                        x[i] += dir * ox * strength * wi;
                        x[j] -= dir * ox * strength * wj;
                    } else {
                        let dir = if y[i] < y[j] || (y[i] == y[j] && i < j) {
                            -1.0
                        } else {
                            1.0
                        };
                        y[i] += dir * oy * strength * wi;
                        y[j] -= dir * oy * strength * wj;
                    }
                }
            }
        }
    }
    any
}

fn cell_key(gx: i64, gy: i64) -> i64 {
    (gx << 32) ^ (gy & 0xFFFF_FFFF)
}

/// A Barnes-Hut quadtree over points, stored in flat arrays.
#[derive(Default)]
struct QuadTree {
    /// Per cell: centre x, centre y, half size.
    bounds: Vec<(f32, f32, f32)>,
    /// Per cell: total mass and mass-weighted centre.
    mass: Vec<(f32, f32, f32)>,
    /// Per cell: first child index (0 = leaf).
    child: Vec<u32>,
    /// Per cell: the single point in a leaf, or u32::MAX.
    point: Vec<u32>,
    /// Traversal stack, kept between calls.
    stack: std::cell::Cell<Vec<u32>>,
}

const MAX_DEPTH: u32 = 24;

impl QuadTree {
    fn build(&mut self, x: &[f32], y: &[f32]) {
        let (mut x0, mut y0, mut x1, mut y1) = (f32::MAX, f32::MAX, f32::MIN, f32::MIN);
        for (&a, &b) in x.iter().zip(y) {
            x0 = x0.min(a);
            y0 = y0.min(b);
            x1 = x1.max(a);
            y1 = y1.max(b);
        }
        let half = ((x1 - x0).max(y1 - y0) / 2.0).max(1.0) * 1.001;
        self.bounds.clear();
        self.mass.clear();
        self.child.clear();
        self.point.clear();
        self.push_cell((x0 + x1) / 2.0, (y0 + y1) / 2.0, half);
        for i in 0..x.len() {
            self.insert(0, i as u32, x, y, 0);
        }
        self.accumulate(0, x, y);
    }

    fn push_cell(&mut self, cx: f32, cy: f32, half: f32) -> u32 {
        self.bounds.push((cx, cy, half));
        self.mass.push((0.0, 0.0, 0.0));
        self.child.push(0);
        self.point.push(u32::MAX);
        (self.bounds.len() - 1) as u32
    }

    fn quadrant(&self, cell: u32, px: f32, py: f32) -> u32 {
        let (cx, cy, _) = self.bounds[cell as usize];
        u32::from(px >= cx) + 2 * u32::from(py >= cy)
    }

    fn split(&mut self, cell: u32) {
        let (cx, cy, half) = self.bounds[cell as usize];
        let h = half / 2.0;
        let first = self.push_cell(cx - h, cy - h, h);
        self.push_cell(cx + h, cy - h, h);
        self.push_cell(cx - h, cy + h, h);
        self.push_cell(cx + h, cy + h, h);
        self.child[cell as usize] = first;
    }

    fn insert(&mut self, mut cell: u32, p: u32, x: &[f32], y: &[f32], mut depth: u32) {
        loop {
            let c = cell as usize;
            if self.child[c] != 0 {
                cell = self.child[c] + self.quadrant(cell, x[p as usize], y[p as usize]);
                depth += 1;
                continue;
            }
            if self.point[c] == u32::MAX && self.mass[c].0 == 0.0 {
                self.point[c] = p;
                self.mass[c].0 = 1.0;
                return;
            }
            if depth >= MAX_DEPTH {
                // Coincident points: pile them into this leaf's mass.
                self.mass[c].0 += 1.0;
                return;
            }
            let old = self.point[c];
            self.point[c] = u32::MAX;
            let old_mass = self.mass[c].0;
            self.mass[c].0 = 0.0;
            self.split(cell);
            if old != u32::MAX {
                let q = self.child[c] + self.quadrant(cell, x[old as usize], y[old as usize]);
                self.point[q as usize] = old;
                self.mass[q as usize].0 = old_mass;
            }
        }
    }

    fn accumulate(&mut self, cell: u32, x: &[f32], y: &[f32]) -> (f32, f32, f32) {
        let c = cell as usize;
        let m = if self.child[c] == 0 {
            match self.point[c] {
                u32::MAX => (0.0, 0.0, 0.0),
                p => {
                    let w = self.mass[c].0;
                    (w, x[p as usize] * w, y[p as usize] * w)
                }
            }
        } else {
            let first = self.child[c];
            let mut sum = (0.0, 0.0, 0.0);
            for q in first..first + 4 {
                let (w, sx, sy) = self.accumulate(q, x, y);
                sum = (sum.0 + w, sum.1 + sx, sum.2 + sy);
            }
            sum
        };
        self.mass[c] = if m.0 > 0.0 {
            (m.0, m.1 / m.0, m.2 / m.0)
        } else {
            (0.0, 0.0, 0.0)
        };
        m
    }

    /// Velocity change on point `i` at (px, py) from all others, d3-style.
    fn force(&self, i: usize, px: f32, py: f32, x: &[f32], y: &[f32], strength: f32) -> (f32, f32) {
        let mut fx = 0.0;
        let mut fy = 0.0;
        let mut stack = self.stack.take();
        stack.clear();
        stack.push(0);
        while let Some(cell) = stack.pop() {
            let c = cell as usize;
            let (w, mx, my) = self.mass[c];
            if w == 0.0 {
                continue;
            }
            let (_, _, half) = self.bounds[c];
            let dx = mx - px;
            let dy = my - py;
            let d2 = dx * dx + dy * dy;
            let leaf = self.child[c] == 0;
            if !leaf && (2.0 * half) * (2.0 * half) / THETA2 < d2 {
                let d2 = d2.max(1.0);
                fx += dx * strength * w / d2;
                fy += dy * strength * w / d2;
                continue;
            }
            if leaf {
                let p = self.point[c];
                if p as usize == i || p == u32::MAX {
                    // Coincident pile-ups other than this point still push.
                    let others = if p as usize == i { w - 1.0 } else { w };
                    if others > 0.0 {
                        fx += jiggle(i) * strength * others;
                        fy += jiggle(i + 7) * strength * others;
                    }
                    continue;
                }
                let dx = x[p as usize] - px;
                let dy = y[p as usize] - py;
                let d2 = (dx * dx + dy * dy).max(1.0);
                fx += dx * strength * w / d2;
                fy += dy * strength * w / d2;
                continue;
            }
            let first = self.child[c];
            stack.extend(first..first + 4);
        }
        self.stack.set(stack);
        (fx, fy)
    }
}

/// Quality figures of a layout: how far edges are from their rest length and
/// how many footprints overlap.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct LayoutQuality {
    /// Mean of ((length − rest) / rest)² over edges.
    pub edge_stress: f32,
    /// Pairs of nodes whose footprints overlap.
    pub overlaps: usize,
}

/// Measures `layout` of `graph` against `rest`, the intended edge length.
pub fn quality(graph: &Graph, layout: &Layout, rest: f32) -> LayoutQuality {
    let (x, y) = (&layout.x, &layout.y);
    let mut stress = 0.0;
    let mut m = 0;
    for &(s, t) in &graph.edges {
        if s == t || s >= x.len() || t >= x.len() {
            continue;
        }
        let d = ((x[s] - x[t]).powi(2) + (y[s] - y[t]).powi(2)).sqrt();
        stress += ((d - rest) / rest).powi(2);
        m += 1;
    }
    let mut overlaps = 0;
    let n = graph.nodes.len();
    let mut order: Vec<usize> = (0..n).collect();
    crate::sort::sort_by(&mut order, |&a, &b| {
        (x[a] - graph.nodes[a].left).total_cmp(&(x[b] - graph.nodes[b].left))
    });
    for (k, &i) in order.iter().enumerate() {
        let a = graph.nodes[i];
        for &j in &order[k + 1..] {
            let b = graph.nodes[j];
            if x[j] - b.left >= x[i] + a.right {
                break;
            }
            let oy = (y[i] + a.half_height).min(y[j] + b.half_height)
                - (y[i] - a.half_height).max(y[j] - b.half_height);
            if oy > 0.0 {
                overlaps += 1;
            }
        }
    }
    LayoutQuality {
        edge_stress: if m > 0 { stress / m as f32 } else { 0.0 },
        overlaps,
    }
}

/// A scale and offset that fit the layout's footprints into a `w` × `h`
/// viewport with `margin` on every side: screen = layout × scale + offset.
pub fn fit(graph: &Graph, layout: &Layout, w: f32, h: f32, margin: f32) -> (f32, f32, f32) {
    if graph.nodes.is_empty() {
        return (1.0, w / 2.0, h / 2.0);
    }
    let (mut x0, mut y0, mut x1, mut y1) = (f32::MAX, f32::MAX, f32::MIN, f32::MIN);
    for (i, f) in graph.nodes.iter().enumerate() {
        x0 = x0.min(layout.x[i] - f.left);
        x1 = x1.max(layout.x[i] + f.right);
        y0 = y0.min(layout.y[i] - f.half_height);
        y1 = y1.max(layout.y[i] + f.half_height);
    }
    let scale = ((w - 2.0 * margin) / (x1 - x0).max(1.0))
        .min((h - 2.0 * margin) / (y1 - y0).max(1.0))
        .min(2.0);
    let ox = w / 2.0 - (x0 + x1) / 2.0 * scale;
    let oy = h / 2.0 - (y0 + y1) / 2.0 * scale;
    (scale, ox, oy)
}

/// A deterministic random-ish graph of `n` nodes with `per_node` edges each
/// (to earlier nodes, favouring the well connected), for benchmarks.
pub fn synthetic_graph(n: usize, per_node: usize, radius: f32) -> Graph {
    let mut edges = Vec::with_capacity(n * per_node);
    let mut state: u64 = 0x2545_F491_4F6C_DD1D;
    let mut next = || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    for i in 1..n {
        for _ in 0..per_node.min(i) {
            // Preferential attachment: pick an endpoint of a random edge, or a random node.
            let r = next();
            let j = if !edges.is_empty() && r % 2 == 0 {
                let (a, b): (usize, usize) = edges[(next() % edges.len() as u64) as usize];
                if r % 4 == 0 {
                    a
                } else {
                    b
                }
            } else {
                (next() % i as u64) as usize
            };
            if j != i {
                edges.push((i, j));
            }
        }
    }
    Graph {
        nodes: vec![Footprint::round(radius); n],
        edges,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dist(l: &Layout, a: usize, b: usize) -> f32 {
        ((l.x[a] - l.x[b]).powi(2) + (l.y[a] - l.y[b]).powi(2)).sqrt()
    }

    #[test]
    fn is_deterministic() {
        let g = synthetic_graph(200, 3, 4.0);
        assert_eq!(
            layout(&g, &Options::default()),
            layout(&g, &Options::default())
        );
    }

    #[test]
    fn no_two_nodes_overlap() {
        for n in [1, 2, 10, 60, 300, 1000] {
            let g = synthetic_graph(n, 3, 5.0);
            let l = layout(&g, &Options::default());
            assert_eq!(quality(&g, &l, 30.0).overlaps, 0, "{n} nodes");
            assert!(l.x.iter().chain(&l.y).all(|v| v.is_finite()));
        }
    }

    #[test]
    fn labelled_boxes_do_not_overlap() {
        let mut g = synthetic_graph(60, 2, 6.0);
        for (i, f) in g.nodes.iter_mut().enumerate() {
            f.right = 8.0 + (i % 7) as f32 * 14.0;
            f.half_height = 8.0;
        }
        let l = layout(&g, &Options::default());
        assert_eq!(quality(&g, &l, 30.0).overlaps, 0);
    }

    #[test]
    fn connected_nodes_end_nearer_than_unconnected() {
        let g = synthetic_graph(300, 2, 4.0);
        let l = layout(&g, &Options::default());
        let linked: f32 =
            g.edges.iter().map(|&(a, b)| dist(&l, a, b)).sum::<f32>() / g.edges.len() as f32;
        let mut other = 0.0;
        let mut count = 0;
        for a in (0..300).step_by(7) {
            for b in (1..300).step_by(11) {
                if a != b && !g.edges.contains(&(a, b)) && !g.edges.contains(&(b, a)) {
                    other += dist(&l, a, b);
                    count += 1;
                }
            }
        }
        assert!(
            linked * 2.0 < other / count as f32,
            "linked {linked}, other {}",
            other / count as f32
        );
    }

    #[test]
    fn fits_the_viewport() {
        let g = synthetic_graph(100, 3, 5.0);
        let l = layout(&g, &Options::default());
        for (w, h) in [(375.0, 400.0), (1440.0, 600.0)] {
            let (s, ox, oy) = fit(&g, &l, w, h, 10.0);
            for i in 0..100 {
                let f = g.nodes[i];
                assert!(
                    l.x[i] * s + ox - f.left * s >= 9.9 && l.x[i] * s + ox + f.right * s <= w - 9.9
                );
                assert!(
                    l.y[i] * s + oy - f.half_height * s >= 9.9
                        && l.y[i] * s + oy + f.half_height * s <= h - 9.9
                );
            }
        }
    }

    #[test]
    fn pinned_nodes_stay_and_others_settle_around_them() {
        let g = synthetic_graph(50, 2, 5.0);
        let first = layout(&g, &Options::default());
        let start: Vec<(f32, f32)> = first
            .x
            .iter()
            .zip(&first.y)
            .map(|(&a, &b)| (a, b))
            .collect();
        let opts = Options {
            pinned: vec![(0, 200.0, 0.0)],
            start: Some(start),
            alpha: 0.3,
            ..Options::default()
        };
        let moved = layout(&g, &opts);
        assert_eq!((moved.x[0], moved.y[0]), (200.0, 0.0));
        // Node 0's neighbours followed it part of the way.
        let nb: Vec<usize> = g
            .edges
            .iter()
            .filter(|e| e.0 == 0 || e.1 == 0)
            .map(|e| e.0 + e.1)
            .collect();
        let before: f32 = nb.iter().map(|&j| first.x[j]).sum::<f32>() / nb.len() as f32;
        let after: f32 = nb.iter().map(|&j| moved.x[j]).sum::<f32>() / nb.len() as f32;
        assert!(
            after > before,
            "neighbours did not follow: {before} -> {after}"
        );
        assert_eq!(quality(&g, &moved, 30.0).overlaps, 0);
    }

    #[test]
    fn empty_and_degenerate_graphs() {
        assert_eq!(layout(&Graph::default(), &Options::default()).ticks, 0);
        let g = Graph {
            nodes: vec![Footprint::round(3.0); 3],
            edges: vec![(0, 0), (0, 9), (1, 2), (1, 2)],
        };
        let l = layout(&g, &Options::default());
        assert!(l.x.iter().all(|v| v.is_finite()));
    }
}

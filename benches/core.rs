//! Native benchmarks of the pure core. Prints figures; asserts nothing timed.
//!
//! `cargo bench --bench core` (all), or `cargo bench --bench core -- load`.
//! `-- --quick` measures only the smallest size of each, three runs each
//! (`./dev readme-check` runs it so).

use std::hint::black_box;
use std::time::{Duration, Instant};

use fact_explorer::{load, synth};

/// `--quick`: the smallest size of each benchmark, no minimum time.
fn quick() -> bool {
    std::env::args().any(|a| a == "--quick")
}

/// The sizes to measure: all of them, or the first with `--quick`.
fn sizes(all: &[usize]) -> &[usize] {
    if quick() {
        &all[..1]
    } else {
        all
    }
}

/// Runs `f` until at least `min` has passed (and at least 3 times); returns
/// the median time of one run.
fn measure<T>(min: Duration, mut f: impl FnMut() -> T) -> Duration {
    let min = if quick() { Duration::ZERO } else { min };
    let mut times = Vec::new();
    let started = Instant::now();
    while times.len() < 3 || started.elapsed() < min {
        let t = Instant::now();
        black_box(f());
        times.push(t.elapsed());
        if times.len() >= 1000 {
            break;
        }
    }
    fact_explorer::sort::sort_by(&mut times, Ord::cmp);
    times[times.len() / 2]
}

fn ms(d: Duration) -> String {
    format!("{:.3} ms", d.as_secs_f64() * 1e3)
}

fn bench_load() {
    println!("\n## load + validate (median)");
    let t = measure(Duration::from_secs(1), || load::load_bundled().unwrap());
    println!(
        "bundled article ({} bytes JSON): {}",
        load::BUNDLED_FACTS.len(),
        ms(t)
    );
    for &n in sizes(&[1_000, 10_000, 100_000]) {
        let json = synth::generate(n, 1).to_json();
        let t = measure(Duration::from_secs(2), || load::load(&json, None).unwrap());
        println!(
            "synthetic {n} facts ({:.1} MB JSON): {}",
            json.len() as f64 / 1e6,
            ms(t)
        );
    }
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    sorted[((sorted.len() - 1) as f64 * p).round() as usize]
}

fn bench_search() {
    use fact_explorer::search::{documents, Index};
    println!("\n## search: index build (median) and per-keystroke latency");
    let session = synth::typing_session();
    for &n in sizes(&[1_000, 10_000, 100_000]) {
        let set = synth::generate(n, 1);
        let docs = documents(&set);
        let t = measure(Duration::from_secs(2), || Index::build(&docs));
        let index = Index::build(&docs);
        let mut lat = Vec::new();
        for _ in 0..3 {
            for q in &session {
                let t = Instant::now();
                black_box(index.search(q, 20));
                lat.push(t.elapsed());
            }
        }
        fact_explorer::sort::sort_by(&mut lat, Ord::cmp);
        println!(
            "{n} facts ({} docs, {} terms): build {}, keystroke p50 {}, p95 {} ({} keystrokes)",
            docs.len(),
            index.vocabulary(),
            ms(t),
            ms(percentile(&lat, 0.5)),
            ms(percentile(&lat, 0.95)),
            lat.len()
        );
    }
}

fn bench_layout() {
    use fact_explorer::layout::{layout, quality, synthetic_graph, Options};
    println!("\n## graph layout (median)");
    for &n in sizes(&[100, 1_000, 5_000]) {
        let g = synthetic_graph(n, 3, 5.0);
        let opts = Options::default();
        let t = measure(Duration::from_secs(2), || layout(&g, &opts));
        let l = layout(&g, &opts);
        let q = quality(&g, &l, 30.0);
        println!(
            "{n} nodes, {} edges: {} ({} ticks), edge stress {:.3}, overlaps {}",
            g.edges.len(),
            ms(t),
            l.ticks,
            q.edge_stress,
            q.overlaps
        );
    }
}

fn main() {
    let filter: Vec<String> = std::env::args()
        .skip(1)
        .filter(|a| !a.starts_with('-'))
        .collect();
    let wants = |name: &str| filter.is_empty() || filter.iter().any(|f| name.contains(f.as_str()));
    if wants("load") {
        bench_load();
    }
    if wants("layout") {
        bench_layout();
    }
    if wants("search") {
        bench_search();
    }
}

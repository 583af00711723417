//! How the build grows: the demo archive's articles copied N times under
//! new ids (`c7-GUM_news_korea`…), built in memory; prints the CPU time of
//! a full build and of a rebuild after one article changed, and the site's files and bytes.
//! Copies repeat their entities, so every entity recurs in N articles: a
//! probe of the build's cost, not a realistic archive (issue 29's
//! synthetic generator is still to come).
//!
//!     cargo run --profile host -p fact-explorer-archive --example scale -- 20

use std::path::Path;

use fact_explorer_archive::site::{build, scan, Input};

/// This process's CPU time (user and system) in seconds, from
/// /proc/self/stat (Linux; in USER_HZ = 100 ticks), or 0 elsewhere.
fn cpu() -> f64 {
    let stat = std::fs::read_to_string("/proc/self/stat").unwrap_or_default();
    // The fields after the command name (which may hold spaces).
    let rest = stat.rsplit_once(')').map_or("", |(_, r)| r);
    let f: Vec<f64> = rest
        .split_whitespace()
        .filter_map(|x| x.parse().ok())
        .collect();
    // utime and stime are fields 14 and 15; `rest` starts at field 3 (state,
    // not a number), so they are the 11th and 12th numbers.
    match (f.get(10), f.get(11)) {
        (Some(u), Some(s)) => (u + s) / 100.0,
        _ => 0.0,
    }
}

fn main() {
    let copies: usize = std::env::args()
        .nth(1)
        .and_then(|n| n.parse().ok())
        .unwrap_or(10);
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples/archive");
    let s = match scan(&root) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("{}: {e}", root.display());
            std::process::exit(2);
        }
    };
    let inputs: Vec<Input> = (0..copies)
        .flat_map(|c| {
            s.inputs.iter().map(move |i| Input {
                id: format!("c{c}-{}", i.id),
                ..i.clone()
            })
        })
        .collect();
    let t = cpu();
    let full = build(&inputs, &[], None);
    let full_time = cpu() - t;
    // One article changed: its records made again, the rest reused.
    let mut changed = inputs.clone();
    changed[0].json = changed[0]
        .json
        .replacen("\"title\": \"", "\"title\": \"Updated: ", 1);
    let t = cpu();
    let inc = build(&changed, &full.articles, None);
    let inc_time = cpu() - t;
    let bytes: usize = full.files.values().map(Vec::len).sum();
    println!(
        "{} articles: full build {:.2} s CPU, rebuild after one change {:.2} s CPU ({} made, {} reused); {} files, {} bytes; {} entities, {} proposals",
        inputs.len(),
        full_time,
        inc_time,
        inc.made,
        inc.reused,
        full.files.len(),
        bytes,
        full.identities.entities.len(),
        full.identities.proposals.len()
    );
}

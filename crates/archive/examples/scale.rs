//! How the build grows: N synthetic articles ([`fact_explorer_archive::synth`]),
//! or with `copies N` the demo archive's articles copied N times under new
//! ids, built in memory; prints the CPU time of a full build and of a
//! rebuild after one article changed, and the site's files and bytes.
//!
//!     cargo run --profile host -p fact-explorer-archive --example scale -- 1000
//!     cargo run --profile host -p fact-explorer-archive --example scale -- copies 20

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
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (copies, n) = match args.as_slice() {
        [c, n] if c == "copies" => (true, n.parse().unwrap_or(10)),
        [n] => (false, n.parse().unwrap_or(1000)),
        _ => (false, 1000),
    };
    let inputs: Vec<Input> = if copies {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples/archive");
        let s = match scan(&root) {
            Ok(s) => s,
            Err(e) => {
                eprintln!("{}: {e}", root.display());
                std::process::exit(2);
            }
        };
        (0..n)
            .flat_map(|c| {
                s.inputs.iter().map(move |i| Input {
                    id: format!("c{c}-{}", i.id),
                    ..i.clone()
                })
            })
            .collect()
    } else {
        fact_explorer_archive::synth::archive(n, 29)
    };
    let t = cpu();
    let full = build(&inputs, &[], None);
    let full_time = cpu() - t;
    let peak_full = peak_kb();
    let bytes: usize = full.files.values().map(Vec::len).sum();
    let mut parts: std::collections::BTreeMap<String, (usize, usize)> = Default::default();
    for (name, bytes) in &full.files {
        let part = name.split_once('/').map_or(name.as_str(), |(d, _)| d);
        let e = parts.entry(part.to_string()).or_default();
        e.0 += 1;
        e.1 += bytes.len();
    }
    let (files, entities, proposals) = (
        full.files.len(),
        full.identities.entities.len(),
        full.identities.proposals.len(),
    );
    // Keep only what the rebuild reuses.
    let previous = full.articles;
    // One article changed: its records made again, the rest reused.
    let mut changed = inputs.clone();
    changed[0].json = changed[0]
        .json
        .replacen("\"title\": \"", "\"title\": \"Updated: ", 1);
    let t = cpu();
    let inc = build(&changed, &previous, None);
    let inc_time = cpu() - t;
    println!(
        "{} articles: full build {full_time:.2} s CPU, peak {} MB; rebuild after one change {inc_time:.2} s CPU ({} made, {} reused); {files} files, {bytes} bytes; {entities} entities, {proposals} proposals",
        inputs.len(),
        peak_full / 1024,
        inc.made,
        inc.reused,
    );
    for (part, (files, bytes)) in parts {
        println!("  {part}: {files} files, {bytes} bytes");
    }
}

/// The process's peak resident memory so far in KB (VmHWM of
/// /proc/self/status; 0 elsewhere).
fn peak_kb() -> usize {
    std::fs::read_to_string("/proc/self/status")
        .unwrap_or_default()
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        .unwrap_or(0)
}

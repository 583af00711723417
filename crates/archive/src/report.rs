//! The identities in words: what `fact-explorer archive identities` prints.

use std::fmt::Write;

use crate::identity::Identities;

/// Most entities of a proposal listed; the rest are counted.
const MAX_LISTED: usize = 20;

/// Merges, proposals and decisions, one block each, in a stable order.
pub fn identities_text(ids: &Identities) -> String {
    let mut out = String::new();
    let merged = ids.merges.len();
    let _ = writeln!(
        out,
        "{} archive entities; {merged} merged from several articles; {} proposals open",
        ids.entities.len(),
        ids.proposals.len()
    );
    for m in &ids.merges {
        let _ = writeln!(out, "\nmerged {}", m.entity);
        for l in &m.links {
            let _ = writeln!(
                out,
                "  {}  =  {}\n    because {}",
                l.a.decision_form(),
                l.b.decision_form(),
                l.evidence
            );
        }
    }
    for p in &ids.proposals {
        let _ = writeln!(out, "\nproposal: {}", p.entities.join(" | "));
        for e in &p.evidence {
            let _ = writeln!(out, "  evidence: {e}");
        }
        for r in p.representatives.iter().take(MAX_LISTED) {
            let _ = writeln!(out, "  - {}", r.decision_form());
        }
        if p.representatives.len() > MAX_LISTED {
            let _ = writeln!(out, "  … and {} more", p.representatives.len() - MAX_LISTED);
        }
        if let [a, b, ..] = p.representatives.as_slice() {
            let _ = writeln!(
                out,
                "  settle with: same-as: {} = {}\n          or: not-same-as: {} = {}",
                a.decision_form(),
                b.decision_form(),
                a.decision_form(),
                b.decision_form()
            );
        }
    }
    for d in &ids.decisions {
        if d.status != "applied" {
            let _ = writeln!(
                out,
                "\ndecision line {} is {}: {}\n  {}",
                d.line, d.status, d.detail, d.text
            );
        }
    }
    for p in &ids.file_problems {
        let _ = writeln!(out, "\nidentities file: {p}");
    }
    out
}

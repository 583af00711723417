//! Exports of what a reader currently sees: a fact set (same schema, so it
//! loads back), CSV (one row per fact, safe from spreadsheet formulas), and
//! the graph as a standalone SVG file. Pure functions returning text.

use crate::filter::Visible;
use crate::graph::{RelationGraph, LABEL_GAP, LABEL_SIZE, NODE_RADIUS};
use crate::model::{EntityKind, FactSet};
use crate::text::Fixed;

/// One decimal, for SVG coordinates.
fn f1(v: f32) -> Fixed<1> {
    Fixed(v)
}

/// The visible part of `set` as a fact-set JSON document carrying its own
/// article text. Entities are kept when a kept fact, quote or event refers
/// to them.
pub fn to_json(set: &FactSet, visible: &Visible) -> String {
    let mut out = set.clone();
    out.facts = kept(&set.facts, &visible.facts);
    out.quotes = kept(&set.quotes, &visible.quotes);
    out.events = kept(&set.events, &visible.events);
    let mut used: std::collections::HashSet<&str> = std::collections::HashSet::new();
    for f in &out.facts {
        used.extend(set.fact_entities(f));
    }
    for q in &out.quotes {
        used.insert(&q.speaker);
        used.extend(q.reported_by.as_deref());
    }
    for e in &out.events {
        used.extend(e.who.iter().map(String::as_str));
        used.extend(e.place.as_deref());
    }
    out.entities = set
        .entities
        .iter()
        .filter(|e| used.contains(e.id.as_str()))
        .cloned()
        .collect();
    crate::codec::write_fact_set(&out)
}

/// Copies of the items whose flag is set (a missing flag means not shown).
fn kept<T: Clone>(items: &[T], flags: &[bool]) -> Vec<T> {
    crate::filter::shown(items, flags).cloned().collect()
}

/// One CSV cell: quoted, inner quotes doubled, and a leading `=`, `+`, `-`,
/// `@`, tab or carriage return neutralised with an apostrophe so spreadsheet
/// programs show the text instead of running it as a formula.
pub fn csv_cell(text: &str) -> String {
    let risky = text.starts_with(['=', '+', '-', '@', '\t', '\r']);
    let body = if risky {
        format!("'{text}")
    } else {
        text.to_string()
    };
    format!("\"{}\"", body.replace('"', "\"\""))
}

/// The visible facts as CSV, one row per fact.
pub fn to_csv(set: &FactSet, visible: &Visible) -> String {
    let mut out = String::from(
        "id,subject,relation,object,status,when,where,amount,role,attributed_to,note,evidence\r\n",
    );
    let name = |id: &Option<String>| {
        id.as_deref()
            .map_or(String::new(), |i| set.name_of(i).to_string())
    };
    for (i, f) in set.facts.iter().enumerate() {
        if !visible.facts.get(i).copied().unwrap_or(false) {
            continue;
        }
        let q = &f.qualifiers;
        let evidence: Vec<&str> = f.evidence.iter().map(|s| s.text.as_str()).collect();
        let row = [
            f.id.clone(),
            set.name_of(&f.subject).to_string(),
            f.relation.clone(),
            set.object_words(&f.object).to_string(),
            f.status.slug().to_string(),
            name(&q.when),
            name(&q.place),
            name(&q.amount),
            q.role.clone().unwrap_or_default(),
            name(&q.attributed_to),
            q.note.clone().unwrap_or_default(),
            evidence.join(" … "),
        ];
        let cells: Vec<String> = row.iter().map(|c| csv_cell(c)).collect();
        out.push_str(&cells.join(","));
        out.push_str("\r\n");
    }
    out
}

/// Escapes text for XML content and attribute values.
pub fn xml_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            c if (c as u32) < 0x20 && !matches!(c, '\n' | '\t') => {}
            c => out.push(c),
        }
    }
    out
}

/// Fill and stroke of a kind, as the light theme draws them.
fn colours(kind: EntityKind) -> (&'static str, &'static str) {
    match kind {
        EntityKind::Person => ("#fde2e4", "#be123c"),
        EntityKind::Organisation => ("#dbeafe", "#1d4ed8"),
        EntityKind::GovernmentBody => ("#e0e7ff", "#4338ca"),
        EntityKind::Country => ("#dcfce7", "#15803d"),
        EntityKind::City => ("#ccfbf1", "#0f766e"),
        EntityKind::Region => ("#ecfccb", "#4d7c0f"),
        EntityKind::Event => ("#fef3c7", "#b45309"),
        EntityKind::Agreement => ("#f3e8ff", "#7e22ce"),
        EntityKind::Amount => ("#ffedd5", "#c2410c"),
        EntityKind::Time => ("#e5e7eb", "#4b5563"),
    }
}

/// The graph's visible nodes and edges as a standalone SVG document: every
/// style inline, no external CSS or fonts, every text escaped.
pub fn to_svg(set: &FactSet, graph: &RelationGraph, visible: &Visible) -> String {
    let shown_edge: Vec<bool> = graph
        .edges
        .iter()
        .map(|e| visible.facts.get(e.fact).copied().unwrap_or(false))
        .collect();
    let mut shown_node = vec![false; graph.nodes.len()];
    for (e, &s) in graph.edges.iter().zip(&shown_edge) {
        if s {
            shown_node[e.from] = true;
            shown_node[e.to] = true;
        }
    }
    let (mut x0, mut y0, mut x1, mut y1) = (f32::MAX, f32::MAX, f32::MIN, f32::MIN);
    for (i, f) in graph.footprints.iter().enumerate() {
        if !shown_node[i] {
            continue;
        }
        x0 = x0.min(graph.layout.x[i] - f.left);
        x1 = x1.max(graph.layout.x[i] + f.right);
        y0 = y0.min(graph.layout.y[i] - f.half_height);
        y1 = y1.max(graph.layout.y[i] + f.half_height);
    }
    if x0 > x1 {
        (x0, y0, x1, y1) = (0.0, 0.0, 100.0, 40.0);
    }
    let m = 20.0;
    let (w, h) = (x1 - x0 + 2.0 * m, y1 - y0 + 2.0 * m);
    let (vx, vy, w0, h0, w, h) = (
        f1(x0 - m),
        f1(y0 - m),
        Fixed::<0>(w),
        Fixed::<0>(h),
        f1(w),
        f1(h),
    );
    let mut s = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" \
         viewBox=\"{vx} {vy} {w} {h}\" width=\"{w0}\" height=\"{h0}\" \
         font-family=\"Helvetica, Arial, sans-serif\">\n<title>{}</title>\n\
         <defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" orient=\"auto\">\
         <path d=\"M0 0L10 5L0 10Z\" fill=\"#6b7280\"/></marker></defs>\n\
         <rect x=\"{vx}\" y=\"{vy}\" width=\"{w}\" height=\"{h}\" fill=\"#ffffff\"/>\n",
        xml_escape(&format!("Relationships in: {}", set.article.title)),
    );
    for e in crate::filter::shown(&graph.edges, &shown_edge) {
        let (ax, ay) = (graph.layout.x[e.from], graph.layout.y[e.from]);
        let (bx, by) = (graph.layout.x[e.to], graph.layout.y[e.to]);
        let len = (bx - ax).hypot(by - ay).max(1e-3);
        let (ux, uy) = ((bx - ax) / len, (by - ay) / len);
        let f = &set.facts[e.fact];
        s.push_str(&format!(
            "<g class=\"edge\" data-fact=\"{}\"><title>{}</title><line x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\" \
             stroke=\"#6b7280\" stroke-width=\"1.3\"{} marker-end=\"url(#arrow)\"/></g>\n",
            xml_escape(&f.id),
            xml_escape(&set.fact_sentence(f)),
            f1(ax + ux * NODE_RADIUS),
            f1(ay + uy * NODE_RADIUS),
            f1(bx - ux * (NODE_RADIUS + 2.0)),
            f1(by - uy * (NODE_RADIUS + 2.0)),
            if f.status == crate::model::Status::Stated { "" } else { " stroke-dasharray=\"5 3\"" },
        ));
    }
    for (i, &entity) in graph.nodes.iter().enumerate() {
        if !shown_node[i] {
            continue;
        }
        let ent = &set.entities[entity];
        let (fill, stroke) = colours(ent.kind);
        s.push_str(&format!(
            "<g class=\"node\" data-entity=\"{}\" transform=\"translate({} {})\"><circle r=\"{}\" fill=\"{fill}\" stroke=\"{stroke}\" stroke-width=\"2\"/>\
             <text x=\"{}\" y=\"{}\" font-size=\"{}\" fill=\"#1b1b1f\">{}</text></g>\n",
            xml_escape(&ent.id),
            f1(graph.layout.x[i]),
            f1(graph.layout.y[i]),
            f1(NODE_RADIUS),
            f1(NODE_RADIUS + LABEL_GAP),
            f1(LABEL_SIZE * 0.35),
            f1(LABEL_SIZE),
            xml_escape(&ent.name),
        ));
    }
    s.push_str("</svg>\n");
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::filter::{visible, Mode, Selection};
    use crate::load::{load, load_bundled};

    fn blackrock(set: &FactSet) -> Visible {
        let sel = Selection {
            entities: vec!["blackrock".into()],
            mode: Mode::All,
        };
        visible(set, &sel, None)
    }

    #[test]
    fn json_export_loads_back_with_the_same_facts() {
        let set = load_bundled().unwrap();
        let v = blackrock(&set);
        let json = to_json(&set, &v);
        let back = load(&json, None).unwrap_or_else(|e| panic!("{e}"));
        let want: Vec<&str> = crate::filter::shown(&set.facts, &v.facts)
            .map(|f| f.id.as_str())
            .collect();
        let got: Vec<&str> = back.facts.iter().map(|f| f.id.as_str()).collect();
        assert_eq!(got, want);
        assert_eq!(back.article.text, set.article.text);
    }

    #[test]
    fn csv_neutralises_formulas_and_quotes() {
        for (input, want) in [
            ("plain", "\"plain\""),
            ("=HYPERLINK(\"x\")", "\"'=HYPERLINK(\"\"x\"\")\""),
            ("+1", "\"'+1\""),
            ("-2", "\"'-2\""),
            ("@SUM(A1)", "\"'@SUM(A1)\""),
            ("a,b\nc", "\"a,b\nc\""),
        ] {
            assert_eq!(csv_cell(input), want);
        }
        let set = load_bundled().unwrap();
        let v = blackrock(&set);
        let csv = to_csv(&set, &v);
        assert_eq!(
            csv.lines().count(),
            1 + v.facts.iter().filter(|b| **b).count()
        );
    }

    #[test]
    fn svg_is_standalone_and_escaped() {
        let mut set = load_bundled().unwrap();
        set.entities[0].name = "<script>&\"x\"".into();
        let g = RelationGraph::build(&set);
        let all = visible(&set, &Selection::default(), None);
        let svg = to_svg(&set, &g, &all);
        assert!(svg.contains("&lt;script&gt;&amp;&quot;x&quot;"));
        assert!(!svg.contains("<script"));
        assert!(!svg.contains("<style") && !svg.contains("href"));
        assert_eq!(svg.matches("class=\"node\"").count(), g.nodes.len());
    }
}

//! Exports of what a reader currently sees: a fact set (same schema, so it
//! loads back), CSV (one row per fact, safe from spreadsheet formulas), and
//! the graph as a standalone SVG file. Pure functions returning text.

use crate::filter::Visible;
use crate::graph::{RelationGraph, LABEL_GAP, LABEL_SIZE, NODE_RADIUS};
use crate::item::ItemRef;
use crate::model::FactSet;
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
    let flags = [
        (&visible.facts, ItemRef::Fact as fn(usize) -> ItemRef),
        (&visible.quotes, ItemRef::Quote),
        (&visible.events, ItemRef::Event),
    ];
    for (shown, item) in flags {
        for (i, _) in shown.iter().enumerate().filter(|(_, on)| **on) {
            used.extend(set.involved(item(i)));
        }
    }
    out.entities = set
        .entities
        .iter()
        .filter(|e| used.contains(e.id.as_str()))
        .cloned()
        .collect();
    out.to_json()
}

/// The self-contained page `template` (`dist/fact-explorer.html`) with
/// `set` inside its `<fact-explorer>` element, as
/// `<script type="application/json">`. Every `<` in the JSON is written
/// `\u003c`, so no `</script` or `<!--` in the data can end the script
/// early. The fallback message inside the element is kept; a fact set
/// already there is replaced. `None` when the template has no element.
pub fn standalone_page(template: &str, set: &FactSet) -> Option<String> {
    const SCRIPT: &str = "<script type=\"application/json\">";
    // In the body: the head's inlined styles and scripts may name the element.
    let body = template.find("<body").unwrap_or(0);
    let open = body + template[body..].find("<fact-explorer")?;
    let close = open + template[open..].find("</fact-explorer>")?;
    let tag_end = open + template[open..].find('>')? + 1;
    let mut inner = &template[tag_end..close];
    let kept;
    if let Some(at) = inner.find(SCRIPT) {
        let end = at + inner[at..].find("</script>")? + "</script>".len();
        kept = format!("{}{}", &inner[..at], &inner[end..]);
        inner = &kept;
    }
    let json = set.to_json().replace('<', "\\u003c");
    Some(format!(
        "{}{SCRIPT}{json}</script>{inner}{}",
        &template[..tag_end],
        &template[close..]
    ))
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
    let b = graph.bounds_of(|i| shown_node[i], 20.0);
    let (vx, vy, w0, h0, w, h) = (
        f1(b.x),
        f1(b.y),
        Fixed::<0>(b.w),
        Fixed::<0>(b.h),
        f1(b.w),
        f1(b.h),
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
    for (i, e) in graph
        .edges
        .iter()
        .enumerate()
        .filter(|(i, _)| shown_edge[*i])
    {
        let f = &set.facts[e.fact];
        let shape = graph.edge_shape(i);
        s.push_str(&format!(
            "<g class=\"edge\" data-fact=\"{}\"><title>{}</title><path d=\"{}\" fill=\"none\" \
             stroke=\"#6b7280\" stroke-width=\"1.3\"{} marker-end=\"url(#arrow)\"/>\
             <text x=\"{}\" y=\"{}\" font-size=\"{}\" text-anchor=\"middle\" fill=\"#55565e\">{}</text></g>\n",
            xml_escape(&f.id),
            xml_escape(&set.describe(ItemRef::Fact(e.fact))),
            shape.d,
            if f.status == crate::model::Status::Stated { "" } else { " stroke-dasharray=\"5 3\"" },
            f1(shape.label.0),
            f1(shape.label.1),
            f1(LABEL_SIZE * 0.8),
            xml_escape(&f.relation),
        ));
    }
    for (i, &entity) in graph.nodes.iter().enumerate() {
        if !shown_node[i] {
            continue;
        }
        let ent = &set.entities[entity];
        let style = ent.kind.style();
        let (fill, stroke) = style.light;
        s.push_str(&format!(
            "<g class=\"node\" data-entity=\"{}\" transform=\"translate({} {})\"><path d=\"{}\" fill=\"{fill}\" stroke=\"{stroke}\" stroke-width=\"2\"/>\
             <text x=\"{}\" y=\"{}\" font-size=\"{}\" fill=\"#1b1b1f\">{}</text></g>\n",
            xml_escape(&ent.id),
            f1(graph.layout.x[i]),
            f1(graph.layout.y[i]),
            style.shape,
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

    #[test]
    fn svg_shows_the_graph_the_reader_arranged() {
        let set = load_bundled().unwrap();
        let mut g = RelationGraph::build(&set);
        let all = visible(&set, &Selection::default(), None);
        // A dragged node is drawn where it was dropped, and stays pinned
        // when another node is dragged after it.
        let a = g.hub().unwrap();
        let b = usize::from(a == 0);
        g.drag(a, 432.0, -321.0);
        g.drag(b, -250.0, 140.0);
        let svg = to_svg(&set, &g, &all);
        let node = |i: usize| {
            let id = &set.entities[g.nodes[i]].id;
            let at = svg
                .find(&format!("data-entity=\"{id}\" transform="))
                .unwrap();
            svg[at..].split('"').nth(3).unwrap().to_string()
        };
        assert_eq!(node(a), "translate(432.0 -321.0)");
        assert_eq!(node(b), "translate(-250.0 140.0)");
        // Edges are the view's curves, parallel ones bent apart by their lanes.
        let parallel = (0..g.edges.len())
            .find(|&i| g.edges[i].lane.1 > 1)
            .expect("the article has parallel edges");
        let shape = g.edge_shape(parallel);
        assert!(shape.d.contains('Q'));
        assert!(svg.contains(&format!("d=\"{}\"", shape.d)));
        for i in 0..g.edges.len() {
            assert!(svg.contains(&format!("d=\"{}\" fill=\"none\"", g.edge_shape(i).d)));
        }
    }

    #[test]
    fn a_standalone_page_carries_the_set_safely() {
        let mut set = load_bundled().unwrap();
        set.article.title = "</script><!-- <script>alert(1)</script>".into();
        let template = "<html><head><style>/* <fact-explorer> </fact-explorer> */</style></head>\
                        <body><fact-explorer><p>Loading</p></fact-explorer>\
                        <script>var s = \"x\";</script></body></html>";
        let page = standalone_page(template, &set).unwrap();
        let start = page.find("<script type=\"application/json\">").unwrap();
        let end = start + page[start..].find("</script>").unwrap();
        let json = &page[start + "<script type=\"application/json\">".len()..end];
        assert!(!json.contains('<'), "{json:.80}");
        let back = crate::load::load(json, None).unwrap();
        assert_eq!(back.article.title, set.article.title);
        assert!(page.contains("<p>Loading</p></fact-explorer>"));
        // A page that already holds a set gets the new one instead.
        let again = standalone_page(&page, &back).unwrap();
        assert_eq!(again.matches("application/json").count(), 1);
        assert_eq!(standalone_page("<html></html>", &set), None);
    }
}

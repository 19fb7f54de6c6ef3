//! Bar charts of a [`FigureTable`], drawn by the project as inline SVG: no
//! script, no external asset, no inline style (the Content-Security-Policy
//! forbids it), readable on a 360 px phone and mirrored in Arabic.
//!
//! A chart is an image with a title and a short description (`role="img"`);
//! the table next to it holds every figure. Each bar carries its value in
//! words, so colour never carries meaning alone; a second and third series
//! are hatched and dotted; a hidden value has no bar and says it is hidden.

use domain::Lang;
use domain::statistics::{FigureTable, Unit, Value};
use maud::{Markup, html};

use crate::i18n::{t, t_args};
use crate::ui::figures::{label_text, value_words};

/// The drawing's width in its own units (it scales to the page's width).
pub const WIDTH: f64 = 320.0;
const MARGIN: f64 = 4.0;
/// Room kept after the longest bar for its value label.
const VALUE_ROOM: f64 = 110.0;
/// The longest bar.
pub const BAR_MAX: f64 = WIDTH - 2.0 * MARGIN - VALUE_ROOM;
const LABEL_LINE: f64 = 20.0;
const BAR_LINE: f64 = 22.0;
const BAR_HEIGHT: f64 = 15.0;
const ROW_GAP: f64 = 8.0;
/// At most this many series (columns) in one chart.
const MAX_SERIES: usize = 3;
/// Longest row label drawn (the table has the whole label).
const LABEL_CHARS: usize = 34;
const INK: &str = "#00467f";

/// A number with at most one decimal, as SVG attributes take it.
fn n(x: f64) -> String {
    let r = (x * 10.0).round() / 10.0;
    if r.fract() == 0.0 {
        format!("{r:.0}")
    } else {
        format!("{r:.1}")
    }
}

fn shorten(s: &str) -> String {
    if s.chars().count() <= LABEL_CHARS {
        s.to_owned()
    } else {
        let mut out: String = s.chars().take(LABEL_CHARS - 1).collect();
        out.push('…');
        out
    }
}

/// The columns drawn: the first column and the next ones of the same unit
/// (comparable lengths), up to [`MAX_SERIES`].
fn series(table: &FigureTable) -> Vec<usize> {
    let Some(first) = table.columns.first() else {
        return vec![];
    };
    table
        .columns
        .iter()
        .enumerate()
        .filter(|(_, c)| c.unit == first.unit)
        .map(|(i, _)| i)
        .take(MAX_SERIES)
        .collect()
}

/// The value of column `c` of a row (a short row is missing the rest).
fn value(row: &domain::statistics::Row, c: usize) -> Value {
    row.values.get(c).copied().unwrap_or(Value::Missing)
}

/// The fill of series `s`: solid, hatched, dotted.
fn fill(id: &str, s: usize) -> String {
    match s {
        0 => INK.to_owned(),
        1 => format!("url(#{id}-hatch)"),
        _ => format!("url(#{id}-dots)"),
    }
}

/// What the chart of `table` shows, for those who cannot see it: the
/// column `c` drawn along the table's dimension.
fn description(lang: Lang, table: &FigureTable, c: usize) -> String {
    t_args(
        lang,
        "figures-chart-desc",
        &[
            ("column", t(lang, &table.columns[c].label_key).into()),
            ("dimension", t(lang, &table.dimension_key).into()),
            ("rows", table.rows.len().into()),
        ],
    )
}

/// The chart's alternative text (its title and description) and the
/// first column it draws; `None` when [`bar_chart`] draws nothing.
pub fn alternative(lang: Lang, table: &FigureTable) -> Option<(String, usize)> {
    let cols = series(table);
    let first = *cols.first()?;
    if table.rows.is_empty() {
        return None;
    }
    Some((
        format!(
            "{} — {}",
            t(lang, &table.title_key),
            description(lang, table, first)
        ),
        first,
    ))
}

/// The horizontal bar chart of `table` (nothing for a table without rows).
pub fn bar_chart(lang: Lang, table: &FigureTable) -> Markup {
    let cols = series(table);
    if table.rows.is_empty() || cols.is_empty() {
        return html! {};
    }
    let rtl = lang.is_rtl();
    // x of a point `d` units from the start edge (the right one in Arabic).
    let at = |d: f64| if rtl { WIDTH - d } else { d };
    let max = table
        .rows
        .iter()
        .flat_map(|r| cols.iter().filter_map(|&c| value(r, c).number()))
        .max()
        .unwrap_or(0)
        .max(0);
    let width_of = |v: i64| {
        if max == 0 {
            0.0
        } else {
            v.max(0) as f64 * BAR_MAX / max as f64
        }
    };
    let legend = if cols.len() > 1 {
        cols.len() as f64 * BAR_LINE + ROW_GAP
    } else {
        0.0
    };
    let row_h = LABEL_LINE + cols.len() as f64 * BAR_LINE + ROW_GAP;
    let height = legend + table.rows.len() as f64 * row_h;
    let id = format!("{}-chart", table.id);
    let title = t(lang, &table.title_key);
    let desc = description(lang, table, cols[0]);
    let unit: Unit = table.columns[cols[0]].unit;
    html! {
        svg.chart #(id) role="img" aria-labelledby=(format!("{id}-title {id}-desc"))
            viewBox=(format!("0 0 {} {}", n(WIDTH), n(height))) width="100%"
            direction=(if rtl { "rtl" } else { "ltr" }) font-size="15" xmlns="http://www.w3.org/2000/svg" {
            title #(format!("{id}-title")) { (title) }
            desc #(format!("{id}-desc")) { (desc) }
            @if cols.len() > 1 {
                defs {
                    pattern #(format!("{id}-hatch")) patternUnits="userSpaceOnUse" width="6" height="6" {
                        rect width="6" height="6" fill="#ffffff" {}
                        path d="M0,6 L6,0 M-1,1 L1,-1 M5,7 L7,5" stroke=(INK) stroke-width="2" {}
                    }
                    pattern #(format!("{id}-dots")) patternUnits="userSpaceOnUse" width="5" height="5" {
                        rect width="5" height="5" fill="#ffffff" {}
                        circle cx="2.5" cy="2.5" r="1.5" fill=(INK) {}
                    }
                }
                @for (s, &c) in cols.iter().enumerate() {
                    @let y = s as f64 * BAR_LINE;
                    @let sw = at(MARGIN) - if rtl { 24.0 } else { 0.0 };
                    rect.legend x=(n(sw)) y=(n(y + 2.0)) width="24" height=(n(BAR_HEIGHT)) fill=(fill(&id, s)) stroke=(INK) {}
                    text x=(n(at(MARGIN + 30.0))) y=(n(y + 13.5)) fill="#1b1b1b" { (t(lang, &table.columns[c].label_key)) }
                }
            }
            @for (i, row) in table.rows.iter().enumerate() {
                @let top = legend + i as f64 * row_h;
                text.row-label x=(n(at(MARGIN))) y=(n(top + 15.0)) fill="#1b1b1b" font-weight="bold" font-size="14" { (shorten(&label_text(lang, &row.label))) }
                @for (s, &c) in cols.iter().enumerate() {
                    @let y = top + LABEL_LINE + s as f64 * BAR_LINE;
                    @let v = value(row, c);
                    @let w = v.number().map_or(0.0, width_of);
                    @if let Value::Number(_) = v {
                        rect.bar x=(n(if rtl { WIDTH - MARGIN - w } else { MARGIN })) y=(n(y)) width=(n(w)) height=(n(BAR_HEIGHT))
                            fill=(fill(&id, s)) stroke=(INK) data-value=(v.number().unwrap_or(0)) {}
                    }
                    text.value x=(n(at(MARGIN + w + 4.0))) y=(n(y + 12.5)) fill="#1b1b1b"
                        font-style=[(!matches!(v, Value::Number(_))).then_some("italic")] {
                        (value_words(lang, unit, v))
                    }
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use domain::statistics::{Column, Label, Row};

    use super::*;

    fn table(values: &[Value]) -> FigureTable {
        FigureTable {
            id: "t".into(),
            title_key: "figures-title".into(),
            dimension_key: "figures-title".into(),
            columns: vec![Column {
                code: "people".into(),
                label_key: "figures-title".into(),
                unit: Unit::Count,
            }],
            rows: values
                .iter()
                .enumerate()
                .map(|(i, v)| Row {
                    code: format!("r{i}"),
                    label: Label::Text(format!("row {i}")),
                    values: vec![*v],
                })
                .collect(),
            total: None,
            respondents: None,
            source: None,
        }
    }

    /// The `(x, width)` of each bar, in order.
    fn bars(svg: &str) -> Vec<(f64, f64)> {
        svg.split("<rect class=\"bar\"")
            .skip(1)
            .map(|r| {
                let attr = |name: &str| -> f64 {
                    let start = r.find(&format!(" {name}=\"")).unwrap() + name.len() + 3;
                    r[start..].split('"').next().unwrap().parse().unwrap()
                };
                (attr("x"), attr("width"))
            })
            .collect()
    }

    #[test]
    fn bars_are_proportional_to_the_values() {
        let t = table(&[
            Value::Number(40),
            Value::Number(10),
            Value::Number(0),
            Value::Number(20),
        ]);
        let svg = bar_chart(Lang::Fr, &t).into_string();
        let b = bars(&svg);
        assert_eq!(b.len(), 4);
        assert_eq!(b[0], (MARGIN, BAR_MAX));
        assert_eq!(b[1].1, BAR_MAX / 4.0);
        assert_eq!(b[2].1, 0.0);
        assert_eq!(b[3].1, BAR_MAX / 2.0);
        assert!(
            b.iter().all(|(x, _)| *x == MARGIN),
            "bars grow from the left"
        );
        assert!(svg.contains("role=\"img\""));
        assert!(svg.contains("aria-labelledby=\"t-chart-title t-chart-desc\""));
        assert!(svg.contains("<title id=\"t-chart-title\">"));
        assert!(svg.contains(">40</text>"), "each bar says its value");
        assert!(!svg.contains("style="), "the CSP forbids inline styles");
    }

    #[test]
    fn arabic_bars_grow_from_the_right() {
        let t = table(&[Value::Number(40), Value::Number(10)]);
        let svg = bar_chart(Lang::Ar, &t).into_string();
        let b = bars(&svg);
        assert_eq!(b[0], (WIDTH - MARGIN - BAR_MAX, BAR_MAX));
        assert_eq!(b[1], (WIDTH - MARGIN - BAR_MAX / 4.0, BAR_MAX / 4.0));
        assert!(svg.contains("direction=\"rtl\""));
        // The row label starts at the right edge.
        assert!(svg.contains(&format!(
            "<text class=\"row-label\" x=\"{}\"",
            n(WIDTH - MARGIN)
        )));
    }

    #[test]
    fn a_hidden_value_has_no_bar_and_says_so() {
        let t = table(&[Value::Number(40), Value::Suppressed, Value::Missing]);
        let svg = bar_chart(Lang::En, &t).into_string();
        assert_eq!(bars(&svg).len(), 1);
        assert!(svg.contains(&format!(">{}</text>", t_hidden())), "{svg}");
        assert!(svg.contains(&format!(
            ">{}</text>",
            crate::i18n::t(Lang::En, "figures-not-given")
        )));
    }

    fn t_hidden() -> String {
        crate::i18n::t(Lang::En, "figures-hidden")
    }

    #[test]
    fn the_description_counts_the_rows_and_a_short_row_is_drawn_as_unknown() {
        let mut t = table(&[Value::Number(7)]);
        let svg = bar_chart(Lang::En, &t).into_string();
        assert!(
            svg.contains(", one row. Every figure is in the table.</desc>"),
            "{svg}"
        );
        t.rows.push(domain::statistics::Row {
            code: "short".into(),
            label: Label::Text("short".into()),
            values: vec![],
        });
        let svg = bar_chart(Lang::En, &t).into_string();
        assert!(svg.contains(", 2 rows."), "{svg}");
        assert_eq!(bars(&svg).len(), 1);
        assert!(svg.contains(">not given</text>"));
    }

    #[test]
    fn several_series_are_told_apart_by_patterns() {
        let mut t = table(&[Value::Number(40), Value::Number(10)]);
        t.columns.push(Column {
            code: "other".into(),
            label_key: "figures-title".into(),
            unit: Unit::Count,
        });
        for r in &mut t.rows {
            r.values.push(Value::Number(5));
        }
        let svg = bar_chart(Lang::En, &t).into_string();
        assert_eq!(bars(&svg).len(), 4);
        assert!(svg.contains("fill=\"url(#t-chart-hatch)\""));
        assert!(svg.contains("<pattern id=\"t-chart-hatch\""));
    }
}

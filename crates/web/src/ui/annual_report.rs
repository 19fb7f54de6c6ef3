//! The annual report drawn: as HTML (the public page and the coordination's
//! preview) and as the worded document the PDF is made from. Both come
//! from one [`Report`], so the page and the PDF say the same.

use domain::Lang;
use domain::annual_report::{
    Block, DocBar, DocChapter, DocChart, DocFigure, DocLabels, Inline, ReportDoc,
};
use domain::statistics::Value;
use maud::{Markup, html};

use crate::i18n::{t, t_args};
use crate::services::annual_report::{Chapter, Figure, Report};
use crate::services::figures::export;
use crate::ui::chart;
use crate::ui::figures::{FigureLinks, figure_block, value_words};
use crate::ui::format::long_date;

fn inlines(content: &[Inline]) -> Markup {
    html! {
        @for i in content {
            @match i {
                Inline::Text { text } => (text),
                Inline::Link { text, href } => a href=(href) { (text) },
            }
        }
    }
}

/// A written text; its headings sit under the chapter's heading `level`
/// (h2 or h3).
pub fn blocks(blocks: &[Block], level: u8) -> Markup {
    html! {
        @for b in blocks {
            @match b {
                Block::Heading { depth, content } => {
                    @match level + depth {
                        0..=3 => h3 { (inlines(content)) },
                        4 => h4 { (inlines(content)) },
                        _ => h5 { (inlines(content)) },
                    }
                },
                Block::Paragraph { content } => p { (inlines(content)) },
                Block::List { items } => ul { @for item in items { li { (inlines(item)) } } },
            }
        }
    }
}

fn chapter(lang: Lang, r: &Report, c: &Chapter) -> Markup {
    let heading = format!("{}-h", c.id);
    html! {
        section.report-part id=(c.id) aria-labelledby=(heading) {
            @if c.level == 1 { h2 #(heading) { (c.title) } } @else { h3 #(heading) { (c.title) } }
            @match &c.text {
                Some(b) => (blocks(b, c.level + 1)),
                None => @if c.id != "annex" { p.small.not-written { (t(lang, "annual-not-written")) } },
            }
            @if !c.see_also.is_empty() {
                p.small {
                    (t(lang, "annual-see-also")) " "
                    @for (i, (at, title)) in c.see_also.iter().enumerate() {
                        @if i > 0 { (t(lang, "annual-separator")) }
                        a href=(format!("#{at}")) { (title) }
                    }
                }
            }
            @for f in &c.figures {
                (figure_block(lang, &f.table, r.small_cell, &FigureLinks::Source(&f.source), c.level + 2))
            }
        }
    }
}

/// The report's contents and parts (the page's title and notices are the caller's).
pub fn report(lang: Lang, r: &Report) -> Markup {
    html! {
        nav.report-contents aria-labelledby="annual-contents-h" {
            h2 #report-contents-h { (t(lang, "annual-contents")) }
            ol {
                @for c in r.chapters.iter().filter(|c| c.level == 1) {
                    li {
                        a href=(format!("#{}", c.id)) { (c.title) }
                        @let subs: Vec<&Chapter> = r.chapters.iter()
                            .skip_while(|x| x.id != c.id).skip(1)
                            .take_while(|x| x.level > 1).collect();
                        @if !subs.is_empty() {
                            ol { @for s in subs { li { a href=(format!("#{}", s.id)) { (s.title) } } } }
                        }
                    }
                }
            }
        }
        @for c in &r.chapters { (chapter(lang, r, c)) }
    }
}

/// The date line: "Figures of 4 December 2026".
pub fn date_line(r: &Report) -> String {
    t_args(
        r.lang,
        "annual-date-line",
        &[("date", long_date(r.lang, &r.data_date.to_string()).into())],
    )
}

fn absolute_blocks(blocks: &[Block], link: &dyn Fn(&str) -> String) -> Vec<Block> {
    let fix = |content: &[Inline]| -> Vec<Inline> {
        content
            .iter()
            .map(|i| match i {
                Inline::Link { text, href } if href.starts_with('/') => Inline::Link {
                    text: text.clone(),
                    href: link(href),
                },
                other => other.clone(),
            })
            .collect()
    };
    blocks
        .iter()
        .map(|b| match b {
            Block::Heading { depth, content } => Block::Heading {
                depth: *depth,
                content: fix(content),
            },
            Block::Paragraph { content } => Block::Paragraph {
                content: fix(content),
            },
            Block::List { items } => Block::List {
                items: items.iter().map(|i| fix(i)).collect(),
            },
        })
        .collect()
}

fn doc_figure(lang: Lang, f: &Figure, small_cell: i64, link: &dyn Fn(&str) -> String) -> DocFigure {
    let table = export::table(lang, &f.table, small_cell);
    // The export's first column is the row's code, its last row may be the
    // notes ("about"); the document shows the label and the values.
    let mut rows: Vec<Vec<String>> = Vec::new();
    let mut total = None;
    let mut notes = Vec::new();
    for row in &table.rows {
        let code = row.first().map(|c| c.to_text()).unwrap_or_default();
        let cells: Vec<String> = row.iter().skip(1).map(|c| c.to_text()).collect();
        match code.as_str() {
            "about" => notes.extend(cells),
            "total" if f.table.total.is_some() => total = Some(cells),
            _ => rows.push(cells),
        }
    }
    // Numbers as the page writes them, not as a spreadsheet reads them.
    let worded = |values: &[Value]| -> Vec<String> {
        f.table
            .columns
            .iter()
            .zip(values)
            .map(|(c, v)| value_words(lang, c.unit, *v))
            .collect()
    };
    for (row, r) in rows.iter_mut().zip(&f.table.rows) {
        row.truncate(1);
        row.extend(worded(&r.values));
    }
    if let (Some(total), Some(values)) = (total.as_mut(), &f.table.total) {
        let total: &mut Vec<String> = total;
        total.truncate(1);
        total.extend(worded(values));
    }
    let chart = chart::alternative(lang, &f.table).map(|(alt, c)| {
        let max = f
            .table
            .rows
            .iter()
            .filter_map(|r| r.values.get(c).and_then(|v| v.number()))
            .max()
            .unwrap_or(0)
            .max(0);
        DocChart {
            alt,
            bars: f
                .table
                .rows
                .iter()
                .map(|r| {
                    let v = r.values.get(c).copied().unwrap_or(Value::Missing);
                    DocBar {
                        label: crate::ui::figures::label_text(lang, &r.label),
                        share: match v.number() {
                            Some(n) if max > 0 => n.max(0) as f64 / max as f64,
                            _ => 0.0,
                        },
                        value: value_words(lang, f.table.columns[c].unit, v),
                    }
                })
                .collect(),
        }
    });
    let header = table.header.into_iter().skip(1).collect();
    let source_url = link(&f.source);
    DocFigure {
        id: f.table.id.clone(),
        title: t(lang, &f.table.title_key),
        header,
        rows,
        total,
        notes,
        source: t_args(
            lang,
            "annual-figure-source-pdf",
            &[("url", source_url.clone().into())],
        ),
        source_url,
        chart,
    }
}

/// The report as the PDF draws it; `link` makes a path of the site absolute.
pub fn document(r: &Report, publisher: &str, link: &dyn Fn(&str) -> String) -> ReportDoc {
    let lang = r.lang;
    ReportDoc {
        lang: lang.code().to_owned(),
        year: r.year,
        title: r.title.clone(),
        date_line: date_line(r),
        publisher: publisher.to_owned(),
        site: link(&format!("/{}/annual-report/{}", lang.code(), r.year)),
        labels: DocLabels {
            contents: t(lang, "annual-contents"),
            page_of: t(lang, "annual-page"),
            total: t(lang, "figures-total"),
            see_also: t(lang, "annual-see-also"),
            not_written: t(lang, "annual-not-written"),
        },
        chapters: r
            .chapters
            .iter()
            .map(|c| DocChapter {
                id: c.id.clone(),
                level: c.level,
                title: c.title.clone(),
                written: c.text.is_some() || c.id == "annex",
                blocks: c
                    .text
                    .as_deref()
                    .map(|b| absolute_blocks(b, link))
                    .unwrap_or_default(),
                see_also: c.see_also.iter().map(|(_, t)| t.clone()).collect(),
                figures: c
                    .figures
                    .iter()
                    .map(|f| doc_figure(lang, f, r.small_cell, link))
                    .collect(),
            })
            .collect(),
    }
}

//! The plan's annual report: its structure (an introduction, then each axis
//! of the plan and each of its measures, then a conclusion), the texts the
//! coordination writes for each part in a simple markup, and the states a
//! text goes through (draft, waiting for review, published). The figures
//! and tables are not written: the web crate inserts them from the data.
//!
//! The markup, one block per paragraph (blank lines between them):
//! - `## Heading` and `### Smaller heading` (under the part's own heading);
//! - `- item` (or `* item`), one list item per line;
//! - any other lines form a paragraph;
//! - `[words](address)` anywhere is a link: an `http(s)` web address (the
//!   rule of [`crate::contact::WebAddress`]) or a path of this site
//!   (the rule of [`crate::redirect::LocalPath`]).

use serde::Serialize;

use crate::contact::WebAddress;
use crate::plan::Plan;
use crate::redirect::LocalPath;

/// The longest text of a part, in characters.
pub const MAX_TEXT_CHARS: usize = 20_000;

/// A part of the report that has a written text.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(into = "String")]
pub enum PartKey {
    Intro,
    Axis(String),
    Measure(u32),
    Conclusion,
}

impl From<PartKey> for String {
    fn from(k: PartKey) -> String {
        k.code()
    }
}

impl PartKey {
    /// `intro`, `axis-federer`, `measure-6`, `conclusion`: stored, and in addresses.
    pub fn code(&self) -> String {
        match self {
            PartKey::Intro => "intro".into(),
            PartKey::Axis(c) => format!("axis-{c}"),
            PartKey::Measure(n) => format!("measure-{n}"),
            PartKey::Conclusion => "conclusion".into(),
        }
    }

    /// The part a code names, when the plan has it.
    pub fn parse(code: &str, plan: &Plan) -> Option<PartKey> {
        match code {
            "intro" => Some(PartKey::Intro),
            "conclusion" => Some(PartKey::Conclusion),
            _ => {
                if let Some(axis) = code.strip_prefix("axis-") {
                    plan.axis(axis).map(|a| PartKey::Axis(a.code.clone()))
                } else {
                    let n: u32 = code.strip_prefix("measure-")?.parse().ok()?;
                    plan.measure(n).map(|m| PartKey::Measure(m.number))
                }
            }
        }
    }
}

/// Every part of the report of `plan`, in reading order: the introduction,
/// each axis followed by its measures, the conclusion.
pub fn parts(plan: &Plan) -> Vec<PartKey> {
    let mut out = vec![PartKey::Intro];
    let mut axes: Vec<_> = plan.axes.iter().collect();
    axes.sort_by_key(|a| a.number);
    for a in axes {
        out.push(PartKey::Axis(a.code.clone()));
        let mut measures: Vec<_> = plan.measures_of(&a.code).collect();
        measures.sort_by_key(|m| m.number);
        out.extend(measures.into_iter().map(|m| PartKey::Measure(m.number)));
    }
    out.push(PartKey::Conclusion);
    out
}

/// Where a written text stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum TextState {
    /// Being written; anyone of the coordination may change it.
    Draft,
    /// Written, waiting for a second person to publish it or send it back.
    Review,
    /// In the report.
    Published,
    /// Was published, replaced by a newer text.
    Superseded,
}

impl TextState {
    pub fn code(self) -> &'static str {
        match self {
            TextState::Draft => "draft",
            TextState::Review => "review",
            TextState::Published => "published",
            TextState::Superseded => "superseded",
        }
    }

    pub fn parse(s: &str) -> Option<TextState> {
        [
            TextState::Draft,
            TextState::Review,
            TextState::Published,
            TextState::Superseded,
        ]
        .into_iter()
        .find(|t| t.code() == s)
    }
}

/// What a reviewer may do with a text waiting for review.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReviewStep {
    Publish,
    SendBack,
}

/// Why a step on a text is refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StepRefusal {
    /// The text is not in the state the step needs.
    WrongState,
    /// The one who wrote the text cannot review it: a second person must.
    OwnText,
    /// There is no such text.
    Unknown,
}

/// Whether `reviewer` may take `step` on a text in `state` last written by `author`.
pub fn check_review(
    state: TextState,
    author: Option<i64>,
    reviewer: i64,
) -> Result<(), StepRefusal> {
    if state != TextState::Review {
        return Err(StepRefusal::WrongState);
    }
    if author == Some(reviewer) {
        return Err(StepRefusal::OwnText);
    }
    Ok(())
}

/// A piece of running text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Inline {
    Text { text: String },
    Link { text: String, href: String },
}

/// A block of a written text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Block {
    /// `depth` 1 for `##`, 2 for `###` (under the part's own heading).
    Heading {
        depth: u8,
        content: Vec<Inline>,
    },
    Paragraph {
        content: Vec<Inline>,
    },
    List {
        items: Vec<Vec<Inline>>,
    },
}

/// A mistake in a text, with its line (from 1).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MarkupError {
    TooLong {
        chars: usize,
    },
    /// A link's address is neither an http(s) web address nor a path of the site.
    BadLink {
        line: usize,
        href: String,
    },
    /// `[words]( )`: a link without address, or `[](…)` without words.
    EmptyLink {
        line: usize,
    },
    /// `#` or `####`…: only `##` and `###` are headings.
    BadHeading {
        line: usize,
    },
}

/// Reads a written text; every mistake is returned, with its line.
pub fn parse(src: &str) -> Result<Vec<Block>, Vec<MarkupError>> {
    let chars = src.chars().count();
    if chars > MAX_TEXT_CHARS {
        return Err(vec![MarkupError::TooLong { chars }]);
    }
    let mut errors = Vec::new();
    let mut blocks = Vec::new();
    let mut para: Vec<String> = Vec::new();
    let mut para_line = 0;
    let mut items: Vec<Vec<Inline>> = Vec::new();
    let flush = |para: &mut Vec<String>,
                 items: &mut Vec<Vec<Inline>>,
                 blocks: &mut Vec<Block>,
                 errors: &mut Vec<MarkupError>,
                 line: usize| {
        if !para.is_empty() {
            let text = para.join(" ");
            blocks.push(Block::Paragraph {
                content: inlines(&text, line, errors),
            });
            para.clear();
        }
        if !items.is_empty() {
            blocks.push(Block::List {
                items: std::mem::take(items),
            });
        }
    };
    for (i, raw) in src.lines().enumerate() {
        let n = i + 1;
        let line = raw.trim();
        if line.is_empty() {
            flush(&mut para, &mut items, &mut blocks, &mut errors, para_line);
            continue;
        }
        if line.starts_with('#') {
            flush(&mut para, &mut items, &mut blocks, &mut errors, para_line);
            let hashes = line.chars().take_while(|c| *c == '#').count();
            let rest = line[hashes..].trim();
            if !(2..=3).contains(&hashes) || rest.is_empty() {
                errors.push(MarkupError::BadHeading { line: n });
                continue;
            }
            blocks.push(Block::Heading {
                depth: (hashes - 1) as u8,
                content: inlines(rest, n, &mut errors),
            });
        } else if let Some(item) = line.strip_prefix("- ").or_else(|| line.strip_prefix("* ")) {
            if !para.is_empty() {
                let text = para.join(" ");
                blocks.push(Block::Paragraph {
                    content: inlines(&text, para_line, &mut errors),
                });
                para.clear();
            }
            items.push(inlines(item.trim(), n, &mut errors));
        } else {
            if !items.is_empty() {
                blocks.push(Block::List {
                    items: std::mem::take(&mut items),
                });
            }
            if para.is_empty() {
                para_line = n;
            }
            para.push(line.to_owned());
        }
    }
    flush(&mut para, &mut items, &mut blocks, &mut errors, para_line);
    if errors.is_empty() {
        Ok(blocks)
    } else {
        Err(errors)
    }
}

/// Whether `href` may be a link of the report: http(s) or a path of the site.
pub fn link_allowed(href: &str) -> bool {
    if href.starts_with('/') {
        LocalPath::parse(href).is_some()
    } else {
        WebAddress::parse(href).is_ok_and(|w| w.as_str() == href)
    }
}

/// The text and links of one line (or of a paragraph's joined lines).
fn inlines(s: &str, line: usize, errors: &mut Vec<MarkupError>) -> Vec<Inline> {
    let mut out = Vec::new();
    let mut text = String::new();
    let mut rest = s;
    while let Some(open) = rest.find('[') {
        let after = &rest[open + 1..];
        let link = after.find("](").and_then(|close| {
            let href_part = &after[close + 2..];
            href_part.find(')').map(|end| {
                (
                    &after[..close],
                    href_part[..end].trim(),
                    close + 2 + end + 1,
                )
            })
        });
        match link {
            Some((words, href, used)) if !words.contains('[') => {
                text.push_str(&rest[..open]);
                let words = words.trim();
                if words.is_empty() || href.is_empty() {
                    errors.push(MarkupError::EmptyLink { line });
                } else if !link_allowed(href) {
                    errors.push(MarkupError::BadLink {
                        line,
                        href: href.to_owned(),
                    });
                } else {
                    if !text.is_empty() {
                        out.push(Inline::Text {
                            text: std::mem::take(&mut text),
                        });
                    }
                    out.push(Inline::Link {
                        text: words.to_owned(),
                        href: href.to_owned(),
                    });
                }
                rest = &after[used..];
            }
            _ => {
                text.push_str(&rest[..=open]);
                rest = after;
            }
        }
    }
    text.push_str(rest);
    if !text.is_empty() {
        out.push(Inline::Text { text });
    }
    out
}

/// The plain words of some inlines (for a title or an alternative text).
pub fn plain(content: &[Inline]) -> String {
    content
        .iter()
        .map(|i| match i {
            Inline::Text { text } | Inline::Link { text, .. } => text.as_str(),
        })
        .collect()
}

/// The report assembled (by the web crate, from the data), in one language:
/// drawn as a page, and worded as a [`ReportDoc`] for the PDF.
/// A figure of the report and the page it comes from.
#[derive(Debug, Clone, PartialEq)]
pub struct Figure {
    pub table: crate::statistics::FigureTable,
    /// The page (and anchor) the figure comes from, on this site.
    pub source: String,
}

/// A part of the report.
#[derive(Debug, Clone, PartialEq)]
pub struct Chapter {
    /// `intro`, `axis-…`, `measure-…`, `conclusion`, `annex`: its anchor.
    pub id: String,
    /// 1 for the introduction, an axis, the conclusion and the annex; 2 for a measure.
    pub level: u8,
    pub title: String,
    /// The written text; `None` when none is published (in this language).
    pub text: Option<Vec<Block>>,
    pub figures: Vec<Figure>,
    /// Chapters above that already show the figures of an area this one
    /// names: (anchor, title).
    pub see_also: Vec<(String, String)>,
}

impl Chapter {
    /// Whether the part has figures only, no written text (the data's
    /// checks, the budget annex).
    pub fn text_optional(&self) -> bool {
        matches!(self.id.as_str(), "annex" | "data-quality")
    }
}

/// The whole report, worded in one language.
#[derive(Debug, Clone, PartialEq)]
pub struct Report {
    pub year: i32,
    pub lang: crate::Lang,
    pub title: String,
    /// The day the figures were taken (today, in the region's time zone).
    pub data_date: chrono::NaiveDate,
    pub small_cell: i64,
    pub chapters: Vec<Chapter>,
    /// How many parts have a text in this language.
    pub written: usize,
}

/// The report worded in one language, as the PDF draws it (the documents
/// crate): every string is final, links are absolute.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ReportDoc {
    /// BCP 47 code: the document's language (and direction).
    pub lang: String,
    pub year: i32,
    pub title: String,
    /// "Figures of 4 December 2026".
    pub date_line: String,
    pub publisher: String,
    pub site: String,
    pub labels: DocLabels,
    pub chapters: Vec<DocChapter>,
}

/// The report's fixed words.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DocLabels {
    pub contents: String,
    pub page_of: String,
    pub total: String,
    pub see_also: String,
    /// Said in a part that has no text yet.
    pub not_written: String,
}

/// A part of the report.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DocChapter {
    pub id: String,
    /// 1 (introduction, axis, conclusion, annex) or 2 (measure).
    pub level: u8,
    pub title: String,
    pub blocks: Vec<Block>,
    pub written: bool,
    /// Titles of the parts above that show figures this one refers to.
    pub see_also: Vec<String>,
    pub figures: Vec<DocFigure>,
}

/// A figure: its table (header, rows, total, all worded), notes, source
/// and chart.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DocFigure {
    pub id: String,
    pub title: String,
    pub header: Vec<String>,
    pub rows: Vec<Vec<String>>,
    pub total: Option<Vec<String>>,
    pub notes: Vec<String>,
    /// "Source: …", worded, and the page's absolute address.
    pub source: String,
    pub source_url: String,
    pub chart: Option<DocChart>,
}

/// A horizontal bar chart of one column.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DocChart {
    /// What it shows, for those who cannot see it.
    pub alt: String,
    pub bars: Vec<DocBar>,
}

/// A bar: its label, its length as a share of the longest (0 to 1), its value in words.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DocBar {
    pub label: String,
    pub share: f64,
    pub value: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(s: &str) -> Inline {
        Inline::Text { text: s.into() }
    }

    #[test]
    fn headings_lists_paragraphs_and_links_are_read() {
        let src = "## Ce qui a changé\n\nLe label compte [20 EPN](/fr/label/epn) en\nfin d'année.\n\n- un\n* deux [site](https://example.org/a?b=1)\n\n### Détail\nFin.";
        let blocks = parse(src).unwrap();
        assert_eq!(
            blocks,
            vec![
                Block::Heading {
                    depth: 1,
                    content: vec![text("Ce qui a changé")]
                },
                Block::Paragraph {
                    content: vec![
                        text("Le label compte "),
                        Inline::Link {
                            text: "20 EPN".into(),
                            href: "/fr/label/epn".into()
                        },
                        text(" en fin d'année.")
                    ]
                },
                Block::List {
                    items: vec![
                        vec![text("un")],
                        vec![
                            text("deux "),
                            Inline::Link {
                                text: "site".into(),
                                href: "https://example.org/a?b=1".into()
                            }
                        ]
                    ]
                },
                Block::Heading {
                    depth: 2,
                    content: vec![text("Détail")]
                },
                Block::Paragraph {
                    content: vec![text("Fin.")]
                },
            ]
        );
    }

    #[test]
    fn a_list_ends_at_a_plain_line_and_brackets_alone_stay_text() {
        let blocks = parse("- a\nsuite [sic] et [x]\n").unwrap();
        assert_eq!(
            blocks,
            vec![
                Block::List {
                    items: vec![vec![text("a")]]
                },
                Block::Paragraph {
                    content: vec![text("suite [sic] et [x]")]
                }
            ]
        );
    }

    #[test]
    fn every_mistake_is_named_with_its_line() {
        let src = "# Titre\n\n[clic](javascript:alert(1))\n\n[](/fr)\n\n#### trop\n[ok](//evil.example/x)";
        let errors = parse(src).unwrap_err();
        assert_eq!(
            errors,
            vec![
                MarkupError::BadHeading { line: 1 },
                MarkupError::BadLink {
                    line: 3,
                    href: "javascript:alert(1".into()
                },
                MarkupError::EmptyLink { line: 5 },
                MarkupError::BadHeading { line: 7 },
                MarkupError::BadLink {
                    line: 8,
                    href: "//evil.example/x".into()
                },
            ]
        );
        let long = "a".repeat(MAX_TEXT_CHARS + 1);
        assert_eq!(
            parse(&long).unwrap_err(),
            vec![MarkupError::TooLong {
                chars: MAX_TEXT_CHARS + 1
            }]
        );
    }

    #[test]
    fn only_a_second_person_reviews_a_text_waiting_for_review() {
        assert_eq!(check_review(TextState::Review, Some(1), 2), Ok(()));
        assert_eq!(
            check_review(TextState::Review, Some(1), 1),
            Err(StepRefusal::OwnText)
        );
        assert_eq!(
            check_review(TextState::Draft, Some(1), 2),
            Err(StepRefusal::WrongState)
        );
    }

    #[test]
    fn the_parts_follow_the_plan() {
        let plan = crate::plan::shipped("brussels").unwrap();
        let parts = parts(plan);
        assert_eq!(parts.first(), Some(&PartKey::Intro));
        assert_eq!(parts.last(), Some(&PartKey::Conclusion));
        assert_eq!(parts[1], PartKey::Axis("sensibiliser".into()));
        assert_eq!(parts[2], PartKey::Measure(1));
        assert_eq!(
            parts.len(),
            2 + plan.axes.len() + plan.measures.len(),
            "every axis and measure once"
        );
        for p in &parts {
            assert_eq!(PartKey::parse(&p.code(), plan).as_ref(), Some(p));
        }
        assert_eq!(PartKey::parse("measure-99", plan), None);
        assert_eq!(PartKey::parse("axis-nope", plan), None);
    }
}

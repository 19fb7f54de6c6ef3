//! The annual report drawn as HTML: the public page and the coordination's
//! preview (the PDF's worded document is `services::annual_report::document`).
//! Both come from one [`Report`], so the page and the PDF say the same.

use domain::Lang;
use domain::annual_report::{Block, Chapter, Inline, Report};
use maud::{Markup, html};

use crate::i18n::{t, t_args};
use crate::ui::figures::{FigureLinks, figure_block};
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
                None => @if !c.text_optional() { p.small.not-written { (t(lang, "annual-not-written")) } },
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

/// The page of a report (the public one, or the coordination's preview).
pub fn report_body(lang: Lang, r: &Report, preview: bool) -> maud::Markup {
    let l = lang.code();
    html! {
        article.annual-report {
            h1 { (r.title) }
            p #data-date { (date_line(r)) }
            @if preview {
                p.notice role="note" { (t(lang, "annual-preview-note")) }
            }
            @if r.written == 0 {
                p.notice role="note" { (t(lang, "annual-no-text-in-language")) }
            }
            p.no-print {
                @if cfg!(feature = "pdf") && !preview {
                    a href=(format!("/{l}/annual-report/{}/pdf", r.year)) { (t(lang, "annual-pdf")) }
                    " — "
                }
                a href=(format!("/{l}/plan")) { (t(lang, "annual-plan-link")) }
            }
            (report(lang, r))
        }
    }
}

//! How a [`FigureTable`] is written for a person: its numbers in the reader's
//! language (shares as percentages, cents as euros, minutes as hours), its
//! row labels, and the figure block of the figure pages — the table (the
//! whole truth) with its chart beside it, its notes and its downloads.

use domain::Lang;
use domain::statistics::{FigureTable, Label, Section, Unit, Value};
use maud::{Markup, html};

use crate::i18n::{t, t_args};
use crate::ui::chart;

/// Digits of `n` grouped by thousands in the language's way (`12 500` in
/// French, `12.500` in Dutch, `12,500` in English and Arabic).
fn grouped(lang: Lang, n: u64) -> String {
    let digits = n.to_string();
    let sep = lang.thousands_separator();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(sep);
        }
        out.push(c);
    }
    out
}

/// `n / 10^decimals` written with `decimals` digits after the language's
/// decimal mark.
fn decimal(lang: Lang, n: i64, decimals: u32) -> String {
    let sign = if n < 0 { "-" } else { "" };
    let scale = 10u64.pow(decimals);
    let abs = n.unsigned_abs();
    let whole = grouped(lang, abs / scale);
    if decimals == 0 {
        return format!("{sign}{whole}");
    }
    let mark = if lang.decimal_comma() { ',' } else { '.' };
    format!(
        "{sign}{whole}{mark}{:0width$}",
        abs % scale,
        width = decimals as usize
    )
}

/// Minutes as tenths of an hour, rounded half up.
fn tenths_of_hours(minutes: i64) -> i64 {
    let tenths = minutes.abs() * 10;
    let rounded = (tenths + 30) / 60;
    if minutes < 0 { -rounded } else { rounded }
}

/// A number of the table in the reader's language: `1 234`, `43,5 %`,
/// `12 500,50 €`, `12,5 h`, `16,25`.
pub fn number_text(lang: Lang, unit: Unit, n: i64) -> String {
    match unit {
        Unit::Count => decimal(lang, n, 0),
        Unit::Hundredths => decimal(lang, n, 2),
        Unit::PerMille => t_args(
            lang,
            "figures-percent",
            &[("value", decimal(lang, n, 1).into())],
        ),
        Unit::Cents => t_args(
            lang,
            "figures-euros",
            &[("amount", decimal(lang, n, 2).into())],
        ),
        Unit::Minutes => t_args(
            lang,
            "figures-hours",
            &[("hours", decimal(lang, tenths_of_hours(n), 1).into())],
        ),
    }
}

/// A number as a spreadsheet reads it, in the unit its column header names
/// (see [`unit_suffix`]): euros, percent, hours, or the count itself.
pub fn number_plain(unit: Unit, n: i64) -> f64 {
    match unit {
        Unit::Count => n as f64,
        Unit::Hundredths | Unit::Cents => n as f64 / 100.0,
        Unit::PerMille => n as f64 / 10.0,
        Unit::Minutes => (n as f64 / 60.0 * 100.0).round() / 100.0,
    }
}

/// What an export's column header adds to the label: ` (%)`, ` (€)`, ` (h)`.
pub fn unit_suffix(unit: Unit) -> &'static str {
    match unit {
        Unit::Count | Unit::Hundredths => "",
        Unit::PerMille => " (%)",
        Unit::Cents => " (€)",
        Unit::Minutes => " (h)",
    }
}

/// A row's label in the reader's language (a month as "mars 2026").
pub fn label_text(lang: Lang, label: &Label) -> String {
    match label {
        Label::Key(k) => t(lang, k),
        Label::Text(s) => s.clone(),
        Label::Month(ym) => {
            let month = ym
                .split_once('-')
                .and_then(|(y, m)| Some((y, m.parse::<u32>().ok()?)));
            match month {
                Some((y, m)) if (1..=12).contains(&m) => t_args(
                    lang,
                    "figures-month",
                    &[
                        ("month", t(lang, &format!("month-{m}")).into()),
                        ("year", y.to_owned().into()),
                    ],
                ),
                _ => ym.clone(),
            }
        }
    }
}

/// A value in words, for exports and chart labels: the number, "hidden" or
/// "not given".
pub fn value_words(lang: Lang, unit: Unit, v: Value) -> String {
    match v {
        Value::Number(n) => number_text(lang, unit, n),
        Value::Suppressed => t(lang, "figures-hidden"),
        Value::Missing => t(lang, "figures-not-given"),
    }
}

/// A cell of the HTML table: the number, the mark of a hidden value
/// (explained under the table), or "not given".
fn value_cell(lang: Lang, unit: Unit, v: Value) -> Markup {
    match v {
        Value::Number(n) => html! { bdi { (number_text(lang, unit, n)) } },
        Value::Suppressed => html! {
            span.suppressed { span aria-hidden="true" { "*" } span.visually-hidden { (t(lang, "figures-hidden")) } }
        },
        Value::Missing => html! { span.small { (t(lang, "figures-not-given")) } },
    }
}

/// Where a figure's downloads are: the page's path after `/{lang}/` (e.g.
/// `figures` or `bo/figures`) and the page's query (kept in the links).
pub struct Downloads<'a> {
    pub path: &'a str,
    pub query: &'a str,
}

/// The figure: its heading, chart and table, the notes under the table
/// (hidden values, respondents, source) and its CSV and spreadsheet links.
pub fn figure(lang: Lang, table: &FigureTable, small_cell: i64, downloads: &Downloads) -> Markup {
    figure_block(
        lang,
        table,
        small_cell,
        &FigureLinks::Downloads(downloads),
        3,
    )
}

/// What a figure links to under its table.
pub enum FigureLinks<'a> {
    /// Its CSV and spreadsheet downloads.
    Downloads(&'a Downloads<'a>),
    /// The page it comes from (a path of this site).
    Source(&'a str),
}

/// The figure block with its heading at `level` (3 or 4) and its links.
pub fn figure_block(
    lang: Lang,
    table: &FigureTable,
    small_cell: i64,
    links: &FigureLinks,
    level: u8,
) -> Markup {
    let l = lang.code();
    let title = t(lang, &table.title_key);
    let caption_id = format!("{}-caption", table.id);
    let hidden = table
        .rows
        .iter()
        .flat_map(|r| r.values.iter())
        .chain(table.total.iter().flatten())
        .any(|v| *v == Value::Suppressed);
    let link = |downloads: &Downloads, ext: &str| {
        let q = if downloads.query.is_empty() {
            String::new()
        } else {
            format!("?{}", downloads.query)
        };
        format!("/{l}/{}/{}.{ext}{q}", downloads.path, table.id)
    };
    html! {
        section.figure #(table.id) aria-labelledby=(caption_id) {
            @if level >= 4 { h4 #(caption_id) { (title) } } @else { h3 #(caption_id) { (title) } }
            (chart::bar_chart(lang, table))
            div.table-scroll tabindex="0" role="region" aria-label=(title) {
                table.bo.figures {
                    caption { (title) }
                    thead { tr {
                        th scope="col" { (t(lang, &table.dimension_key)) }
                        @for c in &table.columns { th scope="col" { (t(lang, &c.label_key)) } }
                    } }
                    tbody {
                        @for r in &table.rows {
                            tr {
                                th scope="row" { (label_text(lang, &r.label)) }
                                @for (c, v) in table.columns.iter().zip(&r.values) { td.num { (value_cell(lang, c.unit, *v)) } }
                            }
                        }
                    }
                    @if let Some(total) = &table.total {
                        tfoot { tr {
                            th scope="row" { (t(lang, "figures-total")) }
                            @for (c, v) in table.columns.iter().zip(total) { td.num { (value_cell(lang, c.unit, *v)) } }
                        } }
                    }
                }
            }
            @if hidden {
                p.small { span aria-hidden="true" { "* " } (t_args(lang, "figures-hidden-note", &[("threshold", crate::i18n::Arg::Number(small_cell))])) }
            }
            @if let Some(n) = table.respondents {
                p.small { (t_args(lang, "figures-respondents", &[("count", crate::i18n::Arg::Number(n))])) }
            }
            @if let Some(s) = &table.source {
                p.small { (t(lang, "figures-source")) " " span dir="auto" { (s) } }
            }
            @match links {
                FigureLinks::Downloads(downloads) => p.downloads {
                    a href=(link(downloads, "csv")) download { (t_args(lang, "figures-download-csv", &[("title", title.clone().into())])) }
                    " "
                    a href=(link(downloads, "xlsx")) download { (t_args(lang, "figures-download-xlsx", &[("title", title.clone().into())])) }
                },
                FigureLinks::Source(href) => p.figure-source {
                    a href=(href) { (t_args(lang, "annual-figure-source", &[("title", title.clone().into())])) }
                },
            }
        }
    }
}

/// A section of a figures page: its heading and figures, or the sentence
/// saying there are none for the period yet.
pub fn section(
    lang: Lang,
    code: &str,
    title_key: &str,
    tables: &[FigureTable],
    small_cell: i64,
    downloads: &Downloads,
) -> Markup {
    let heading = format!("section-{code}");
    html! {
        section.figures-section aria-labelledby=(heading) {
            h2 #(heading) { (t(lang, title_key)) }
            @if tables.is_empty() {
                p { (t(lang, "figures-none-yet")) }
            }
            @for table in tables { (figure(lang, table, small_cell, downloads)) }
        }
    }
}

/// The figures of a page: its contents — a link to each section and to each
/// of its figures, so that a person on a phone or with a screen reader goes
/// straight to the figure they want (a page holds many) — then each section.
/// Nothing when there is no section.
pub fn sections(
    lang: Lang,
    sections: &[Section],
    small_cell: i64,
    downloads: &Downloads,
) -> Markup {
    html! {
        @if !sections.is_empty() {
            nav.figures-contents aria-labelledby="figures-contents" {
                h2 #figures-contents { (t(lang, "figures-contents")) }
                ol {
                    @for s in sections {
                        li {
                            a href=(format!("#section-{}", s.code)) { (t(lang, s.title_key)) }
                            @if !s.tables.is_empty() {
                                ol {
                                    @for table in &s.tables {
                                        li { a href=(format!("#{}", table.id)) { (t(lang, &table.title_key)) } }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        @for s in sections {
            (section(lang, s.code, s.title_key, &s.tables, small_cell, downloads))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_written_in_the_readers_language() {
        assert_eq!(number_text(Lang::Fr, Unit::Count, 1137), "1\u{202f}137");
        assert_eq!(number_text(Lang::Nl, Unit::Count, 1137), "1.137");
        assert_eq!(number_text(Lang::En, Unit::Count, 1137), "1,137");
        assert_eq!(number_text(Lang::Fr, Unit::PerMille, 435), "43,5\u{a0}%");
        assert_eq!(number_text(Lang::En, Unit::PerMille, 435), "43.5%");
        assert_eq!(
            number_text(Lang::Fr, Unit::Cents, 1_250_050),
            "12\u{202f}500,50\u{a0}€"
        );
        assert_eq!(number_text(Lang::En, Unit::Minutes, 750), "12.5 h");
        assert_eq!(number_text(Lang::Fr, Unit::Hundredths, 1625), "16,25");
        assert_eq!(number_text(Lang::En, Unit::Count, -3), "-3");
        assert_eq!(number_plain(Unit::Cents, 1_250_050), 12500.5);
        assert_eq!(number_plain(Unit::Minutes, 90), 1.5);
    }

    #[test]
    fn the_table_is_the_whole_figure_and_explains_hidden_values() {
        use domain::statistics::{Column, Row};
        let table = FigureTable {
            id: "capacity-computers".into(),
            title_key: "figures-capacity".into(),
            dimension_key: "figures-field-place".into(),
            columns: vec![Column {
                code: "places".into(),
                label_key: "figures-field-commune".into(),
                unit: Unit::Count,
            }],
            rows: vec![
                Row {
                    code: "a".into(),
                    label: Label::Text("Ixelles".into()),
                    values: vec![Value::Number(12)],
                },
                Row {
                    code: "b".into(),
                    label: Label::Text("Uccle".into()),
                    values: vec![Value::Suppressed],
                },
                Row {
                    code: "c".into(),
                    label: Label::Text("Evere".into()),
                    values: vec![Value::Missing],
                },
            ],
            total: Some(vec![Value::Number(15)]),
            respondents: Some(17),
            source: Some("Étude 2021".into()),
        };
        let html = figure(
            Lang::En,
            &table,
            5,
            &Downloads {
                path: "figures",
                query: "year=2021",
            },
        )
        .into_string();
        assert!(
            html.contains("<caption>Capacity and visits</caption>"),
            "{html}"
        );
        assert!(
            html.contains("<th scope=\"col\">Place</th>")
                && html.contains("<th scope=\"row\">Uccle</th>")
        );
        assert!(html.contains(
            "<span aria-hidden=\"true\">*</span><span class=\"visually-hidden\">hidden</span>"
        ));
        assert!(
            html.contains(
                "fewer than 5, or a number that would let such a small number be computed"
            )
        );
        assert!(
            html.contains("not given")
                && html.contains("Number of respondents: 17.")
                && html.contains("Étude 2021")
        );
        assert!(html.contains("<tfoot><tr><th scope=\"row\">Total</th>"));
        assert!(html.contains("href=\"/en/figures/capacity-computers.csv?year=2021\""));
        assert!(html.contains("href=\"/en/figures/capacity-computers.xlsx?year=2021\""));
        assert!(
            html.contains("role=\"img\""),
            "the chart is next to the table"
        );
        let plain = FigureTable {
            rows: vec![table.rows[0].clone()],
            ..table
        };
        let html = figure(
            Lang::En,
            &plain,
            5,
            &Downloads {
                path: "figures",
                query: "",
            },
        )
        .into_string();
        assert!(
            !html.contains("fewer than"),
            "no note without a hidden value"
        );
    }

    #[test]
    fn months_are_named() {
        assert_eq!(
            label_text(Lang::Fr, &Label::Month("2026-03".into())),
            "mars 2026"
        );
        assert_eq!(
            label_text(Lang::Fr, &Label::Month("2026-13".into())),
            "2026-13"
        );
    }
}

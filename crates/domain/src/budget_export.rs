//! The budget's exports (issue 13): an XLSX in the shape of the report's
//! Annex 1 (four sheets: planned, actual of the plan's sources, actual of
//! the other sources, spending by measure and action; and a fifth with the
//! declared totals that differ from their lines), and an open-data Data
//! Package (Frictionless: `datapackage.json` with a Table Schema for each
//! CSV). Amounts are written from integer cents: numbers with a euro
//! format in the workbook, `amount_cents` integers and `amount_eur`
//! decimal text in the CSVs. No words here: the caller passes them in
//! (`Words`, from Fluent on the web, English in the CLI).

use rust_xlsxwriter::{Format, Workbook, XlsxError};
use serde_json::json;

use crate::budget::{AxisBySource, BudgetTables, DeclaredTotal, Difference, NewRow};
use crate::plan::Plan;
use crate::text::csv_cell;

/// The words of the workbook, in the reader's language.
#[derive(Debug, Clone, Default)]
pub struct Words {
    pub planned: String,
    pub actual: String,
    pub other: String,
    pub measures: String,
    pub differences: String,
    pub axis: String,
    pub total: String,
    pub subtotal: String,
    pub measure: String,
    pub line: String,
    /// The column of the plan's sources in the per-measure sheet.
    pub plan_column: String,
    /// The column of the other sources in the per-measure sheet.
    pub other_column: String,
    pub declared: String,
    pub computed: String,
    pub difference: String,
}

fn name<'a>(names: &'a std::collections::BTreeMap<String, String>, lang: &str) -> &'a str {
    names
        .get(lang)
        .or_else(|| names.get("en"))
        .or_else(|| names.values().next())
        .map_or("", String::as_str)
}

fn euros(cents: i64) -> f64 {
    cents as f64 / 100.0
}

/// Euros as decimal text from cents, exactly: -1234.5 € is "-1234.50".
pub fn eur_text(cents: i64) -> String {
    let sign = if cents < 0 { "-" } else { "" };
    let c = cents.unsigned_abs();
    format!("{sign}{}.{:02}", c / 100, c % 100)
}

/// The workbook, one sheet per table of Annex 1 for `tables.year`.
pub fn xlsx(
    plan: &Plan,
    tables: &BudgetTables,
    differences: &[Difference],
    words: &Words,
    lang: &str,
) -> Result<Vec<u8>, XlsxError> {
    let mut book = Workbook::new();
    let money = Format::new().set_num_format("#,##0.00\\ \"€\"");
    let bold = Format::new().set_bold();
    let bold_money = Format::new().set_bold().set_num_format("#,##0.00\\ \"€\"");
    let source_name = |code: &str| {
        plan.source(code)
            .map_or(code.to_string(), |s| name(&s.name, lang).to_string())
    };
    let axis_name = |code: &str| {
        plan.axis(code)
            .map_or(code.to_string(), |a| a.name(lang).to_string())
    };

    let mut axis_sheet = |title: &str, t: &AxisBySource| -> Result<(), XlsxError> {
        let ws = book.add_worksheet();
        ws.set_name(sheet_name(title))?;
        ws.write_string_with_format(0, 0, &words.axis, &bold)?;
        for (c, s) in t.sources.iter().enumerate() {
            ws.write_string_with_format(0, c as u16 + 1, source_name(s), &bold)?;
        }
        let tc = t.sources.len() as u16 + 1;
        ws.write_string_with_format(0, tc, &words.total, &bold)?;
        for (r, a) in t.axes.iter().enumerate() {
            let row = r as u32 + 1;
            ws.write_string(row, 0, axis_name(a))?;
            for (c, v) in t.cells[r].iter().enumerate() {
                ws.write_number_with_format(row, c as u16 + 1, euros(*v), &money)?;
            }
            ws.write_number_with_format(row, tc, euros(t.axis_totals[r]), &bold_money)?;
        }
        let row = t.axes.len() as u32 + 1;
        ws.write_string_with_format(row, 0, &words.subtotal, &bold)?;
        for (c, v) in t.source_totals.iter().enumerate() {
            ws.write_number_with_format(row, c as u16 + 1, euros(*v), &bold_money)?;
        }
        ws.write_number_with_format(row, tc, euros(t.total), &bold_money)?;
        ws.set_column_width(0, 30)?;
        ws.set_column_range_width(1, tc, 18)?;
        Ok(())
    };
    axis_sheet(&words.planned, &tables.planned)?;
    axis_sheet(&words.actual, &tables.actual)?;
    axis_sheet(&words.other, &tables.other)?;

    let ws = book.add_worksheet();
    ws.set_name(sheet_name(&words.measures))?;
    for (c, h) in [
        &words.measure,
        &words.line,
        &words.plan_column,
        &words.other_column,
    ]
    .into_iter()
    .enumerate()
    {
        ws.write_string_with_format(0, c as u16, h, &bold)?;
    }
    let mut row = 1u32;
    let mut current_axis = "";
    for m in &tables.measures {
        if m.axis != current_axis {
            current_axis = &m.axis;
            ws.write_string_with_format(row, 0, axis_name(&m.axis).to_uppercase(), &bold)?;
            row += 1;
        }
        let title = match m.measure.and_then(|n| plan.measure(n)) {
            Some(me) => format!("{}. {}", me.number, me.name(lang)),
            None => String::new(),
        };
        ws.write_string_with_format(row, 0, &title, &bold)?;
        ws.write_number_with_format(row, 2, euros(m.plan_cents), &bold_money)?;
        ws.write_number_with_format(row, 3, euros(m.other_cents), &bold_money)?;
        row += 1;
        for l in &m.lines {
            let text = match (&l.action, &l.detail) {
                (Some(a), _) => plan
                    .action(a)
                    .map_or(a.clone(), |(_, x)| x.name(lang).to_string()),
                (None, Some(d)) => d.clone(),
                (None, None) => String::new(),
            };
            ws.write_string(row, 1, &text)?;
            if l.plan_cents != 0 {
                ws.write_number_with_format(row, 2, euros(l.plan_cents), &money)?;
            }
            if l.other_cents != 0 {
                ws.write_number_with_format(row, 3, euros(l.other_cents), &money)?;
            }
            row += 1;
        }
    }
    let plan_total: i64 = tables.measures.iter().map(|m| m.plan_cents).sum();
    let other_total: i64 = tables.measures.iter().map(|m| m.other_cents).sum();
    ws.write_string_with_format(row, 0, &words.total, &bold)?;
    ws.write_number_with_format(row, 2, euros(plan_total), &bold_money)?;
    ws.write_number_with_format(row, 3, euros(other_total), &bold_money)?;
    ws.set_column_width(0, 40)?;
    ws.set_column_width(1, 60)?;
    ws.set_column_range_width(2, 3, 18)?;

    let ws = book.add_worksheet();
    ws.set_name(sheet_name(&words.differences))?;
    for (c, h) in ["", &words.declared, &words.computed, &words.difference]
        .into_iter()
        .enumerate()
    {
        ws.write_string_with_format(0, c as u16, h, &bold)?;
    }
    for (i, d) in differences.iter().enumerate() {
        let row = i as u32 + 1;
        ws.write_string(row, 0, &d.declared.label)?;
        ws.write_number_with_format(row, 1, euros(d.declared.cents), &money)?;
        ws.write_number_with_format(row, 2, euros(d.computed_cents), &money)?;
        ws.write_number_with_format(row, 3, euros(d.difference_cents), &money)?;
    }
    ws.set_column_width(0, 60)?;
    ws.set_column_range_width(1, 3, 18)?;
    book.save_to_buffer()
}

/// A sheet's name: at most 31 characters, none of `[]:*?/\`.
fn sheet_name(s: &str) -> String {
    let clean: String = s
        .chars()
        .map(|c| if "[]:*?/\\".contains(c) { ' ' } else { c })
        .collect();
    let clean = clean.trim();
    let short: String = clean.chars().take(31).collect();
    if short.is_empty() { "-".into() } else { short }
}

/// A stored row as the Data Package lists it.
#[derive(Debug, Clone)]
pub struct PackageRow<'a> {
    pub id: i64,
    pub reverses: Option<i64>,
    pub row: &'a NewRow,
}

fn csv_bytes(header: &[&str], rows: Vec<Vec<String>>) -> Vec<u8> {
    let mut w = csv::WriterBuilder::new()
        .quote_style(csv::QuoteStyle::Necessary)
        .from_writer(Vec::new());
    w.write_record(header).expect("writing to memory");
    for r in rows {
        w.write_record(r.iter().map(|c| csv_cell(c).into_owned()))
            .expect("writing to memory");
    }
    w.into_inner().expect("writing to memory")
}

fn field(name: &str, kind: &str, required: bool) -> serde_json::Value {
    let mut f = json!({ "name": name, "type": kind });
    if required {
        f["constraints"] = json!({ "required": true });
    }
    f
}

/// The open data: `(path, bytes)` of `datapackage.json`, `ledger.csv`,
/// `measures.csv`, `sources.csv` and `declared_totals.csv`.
pub fn datapackage(
    plan: &Plan,
    rows: &[PackageRow],
    declared: &[DeclaredTotal],
    licence: (&str, &str),
) -> Vec<(String, Vec<u8>)> {
    let o = |s: &Option<String>| s.clone().unwrap_or_default();
    let ledger_fields = [
        ("id", "integer", true),
        ("reverses", "integer", false),
        ("year", "year", true),
        ("phase", "string", true),
        ("source", "string", true),
        ("axis", "string", true),
        ("measure", "integer", false),
        ("action", "string", false),
        ("date", "date", false),
        ("supplier", "string", false),
        ("invoice", "string", false),
        ("label", "string", true),
        ("amount_cents", "integer", true),
        ("amount_eur", "number", true),
        ("note", "string", false),
        ("reason", "string", false),
    ];
    let ledger = csv_bytes(
        &ledger_fields.map(|f| f.0),
        rows.iter()
            .map(|p| {
                let r = p.row;
                vec![
                    p.id.to_string(),
                    p.reverses.map(|x| x.to_string()).unwrap_or_default(),
                    r.year.to_string(),
                    r.phase.code().into(),
                    r.source.clone(),
                    r.axis.clone(),
                    r.measure.map(|m| m.to_string()).unwrap_or_default(),
                    o(&r.action),
                    r.date.map(|d| d.to_string()).unwrap_or_default(),
                    o(&r.supplier),
                    o(&r.invoice),
                    r.label.clone(),
                    r.amount_cents.to_string(),
                    eur_text(r.amount_cents),
                    o(&r.note),
                    o(&r.reason),
                ]
            })
            .collect(),
    );
    let measure_fields = [
        ("number", "integer", true),
        ("axis", "string", true),
        ("name_fr", "string", true),
        ("name_nl", "string", false),
        ("name_en", "string", false),
    ];
    let measures = csv_bytes(
        &measure_fields.map(|f| f.0),
        plan.axes
            .iter()
            .flat_map(|a| plan.measures_of(&a.code))
            .map(|m| {
                vec![
                    m.number.to_string(),
                    m.axis.clone(),
                    m.name.get("fr").cloned().unwrap_or_default(),
                    m.name.get("nl").cloned().unwrap_or_default(),
                    m.name.get("en").cloned().unwrap_or_default(),
                ]
            })
            .collect(),
    );
    let source_fields = [
        ("code", "string", true),
        ("in_plan", "boolean", true),
        ("name_fr", "string", true),
        ("name_nl", "string", false),
        ("name_en", "string", false),
    ];
    let sources = csv_bytes(
        &source_fields.map(|f| f.0),
        plan.sources
            .iter()
            .map(|s| {
                vec![
                    s.code.clone(),
                    s.in_plan.to_string(),
                    s.name.get("fr").cloned().unwrap_or_default(),
                    s.name.get("nl").cloned().unwrap_or_default(),
                    s.name.get("en").cloned().unwrap_or_default(),
                ]
            })
            .collect(),
    );
    let declared_fields = [
        ("id", "integer", true),
        ("year", "year", true),
        ("figure", "string", true),
        ("sources", "string", true),
        ("axis", "string", false),
        ("measure", "integer", false),
        ("action", "string", false),
        ("amount_cents", "integer", true),
        ("amount_eur", "number", true),
        ("label", "string", true),
    ];
    let declared_csv = csv_bytes(
        &declared_fields.map(|f| f.0),
        declared
            .iter()
            .map(|d| {
                vec![
                    d.id.to_string(),
                    d.scope.year.to_string(),
                    d.scope.figure.code().into(),
                    d.scope.sources.code(),
                    o(&d.scope.axis),
                    d.scope.measure.map(|m| m.to_string()).unwrap_or_default(),
                    o(&d.scope.action),
                    d.cents.to_string(),
                    eur_text(d.cents),
                    d.label.clone(),
                ]
            })
            .collect(),
    );
    let schema = |fields: &[(&str, &str, bool)], key: &str| {
        json!({
            "fields": fields.iter().map(|(n, t, r)| field(n, t, *r)).collect::<Vec<_>>(),
            "primaryKey": key,
        })
    };
    let resource = |name: &str, fields: &[(&str, &str, bool)], key: &str| {
        json!({
            "name": name,
            "path": format!("{name}.csv"),
            "profile": "tabular-data-resource",
            "format": "csv",
            "mediatype": "text/csv",
            "encoding": "utf-8",
            "schema": schema(fields, key),
        })
    };
    let mut ledger_res = resource("ledger", &ledger_fields, "id");
    ledger_res["schema"]["foreignKeys"] = json!([
        { "fields": "source", "reference": { "resource": "sources", "fields": "code" } },
        { "fields": "measure", "reference": { "resource": "measures", "fields": "number" } },
    ]);
    let package = json!({
        "profile": "tabular-data-package",
        "name": format!("{}-budget", plan.code),
        "title": plan.name("en"),
        "licenses": [{ "name": licence.0, "path": licence.1 }],
        "resources": [
            ledger_res,
            resource("measures", &measure_fields, "number"),
            resource("sources", &source_fields, "code"),
            resource("declared_totals", &declared_fields, "id"),
        ],
    });
    vec![
        (
            "datapackage.json".into(),
            serde_json::to_vec_pretty(&package).expect("JSON"),
        ),
        ("ledger.csv".into(), ledger),
        ("measures.csv".into(), measures),
        ("sources.csv".into(), sources),
        ("declared_totals.csv".into(), declared_csv),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::budget::{LedgerSum, Phase, RawRow, Scope, Sources};

    fn plan() -> &'static Plan {
        crate::plan::shipped("brussels").unwrap()
    }

    fn row(amount: &str, label: &str) -> NewRow {
        RawRow {
            year: "2021".into(),
            phase: "actual".into(),
            source: "cirb-other".into(),
            measure: "1".into(),
            action: "printemps-numerique".into(),
            label: label.into(),
            amount: amount.into(),
            ..Default::default()
        }
        .check(plan())
        .unwrap()
    }

    #[test]
    fn eur_text_is_exact() {
        assert_eq!(eur_text(365_681_980), "3656819.80");
        assert_eq!(eur_text(-5), "-0.05");
        assert_eq!(eur_text(0), "0.00");
    }

    #[test]
    fn the_data_package_describes_every_csv_and_neutralises_cells() {
        let r1 = row("42.320,96", "=HYPERLINK(\"http://x\")");
        let r2 = row("786,50", "Campagne en ligne");
        let declared = [DeclaredTotal {
            id: 7,
            scope: Scope {
                year: 2021,
                figure: Phase::Actual,
                sources: Sources::Other,
                axis: None,
                measure: None,
                action: None,
            },
            cents: 365_681_980,
            label: "TOTAL".into(),
        }];
        let files = datapackage(
            plan(),
            &[
                PackageRow {
                    id: 1,
                    reverses: None,
                    row: &r1,
                },
                PackageRow {
                    id: 2,
                    reverses: None,
                    row: &r2,
                },
            ],
            &declared,
            ("CC-BY-4.0", "https://creativecommons.org/licenses/by/4.0/"),
        );
        let names: Vec<&str> = files.iter().map(|(n, _)| n.as_str()).collect();
        assert_eq!(
            names,
            [
                "datapackage.json",
                "ledger.csv",
                "measures.csv",
                "sources.csv",
                "declared_totals.csv"
            ]
        );
        let pkg: serde_json::Value = serde_json::from_slice(&files[0].1).unwrap();
        for (i, res) in pkg["resources"].as_array().unwrap().iter().enumerate() {
            assert_eq!(res["path"], files[i + 1].0);
            // Every CSV's header is its schema's fields, in order.
            let csv = String::from_utf8(files[i + 1].1.clone()).unwrap();
            let header: Vec<&str> = csv.lines().next().unwrap().split(',').collect();
            let fields: Vec<&str> = res["schema"]["fields"]
                .as_array()
                .unwrap()
                .iter()
                .map(|f| f["name"].as_str().unwrap())
                .collect();
            assert_eq!(header, fields);
        }
        let ledger = String::from_utf8(files[1].1.clone()).unwrap();
        let lines: Vec<&str> = ledger.lines().collect();
        assert_eq!(lines.len(), 3);
        assert!(lines[1].contains(",4232096,42320.96,"), "{}", lines[1]);
        assert!(lines[1].contains("'=HYPERLINK"), "{}", lines[1]);
        assert!(lines[2].contains(",78650,786.50,"));
        let measures = String::from_utf8(files[2].1.clone()).unwrap();
        assert_eq!(measures.lines().count(), 1 + 17);
        let declared = String::from_utf8(files[4].1.clone()).unwrap();
        assert!(declared.contains("7,2021,actual,other,,,,365681980,3656819.80,TOTAL"));
    }

    #[test]
    fn the_workbook_has_annex_1_s_sheets_with_numbers() {
        use calamine::{Data, Reader};
        let sums = vec![
            LedgerSum {
                year: 2021,
                phase: Phase::Actual,
                source: "cirb-other".into(),
                axis: "sensibiliser".into(),
                measure: Some(1),
                action: Some("1.printemps-numerique".into()),
                detail: None,
                cents: 4_232_096,
            },
            LedgerSum {
                year: 2021,
                phase: Phase::Budget,
                source: "cirb-pan".into(),
                axis: "federer".into(),
                measure: None,
                action: None,
                detail: None,
                cents: 42_000_000,
            },
        ];
        let tables = BudgetTables::build(plan(), 2021, &sums);
        let words = Words {
            planned: "Planned".into(),
            actual: "Actual".into(),
            other: "Other".into(),
            measures: "By measure".into(),
            differences: "Differences".into(),
            total: "TOTAL".into(),
            ..Default::default()
        };
        let bytes = xlsx(plan(), &tables, &[], &words, "fr").unwrap();
        let mut book = calamine::open_workbook_auto_from_rs(std::io::Cursor::new(bytes)).unwrap();
        assert_eq!(
            book.sheet_names(),
            ["Planned", "Actual", "Other", "By measure", "Differences"]
        );
        let planned = book.worksheet_range("Planned").unwrap();
        let cells: Vec<&Data> = planned.used_cells().map(|(_, _, d)| d).collect();
        assert!(cells.contains(&&Data::Float(420_000.0)));
        let by_measure = book.worksheet_range("By measure").unwrap();
        let floats: Vec<f64> = by_measure
            .used_cells()
            .filter_map(|(_, _, d)| match d {
                Data::Float(x) => Some(*x),
                _ => None,
            })
            .collect();
        assert!(floats.contains(&42_320.96));
        // And read back through the import, the amount is exact.
        assert_eq!(crate::budget_import::number_text(42_320.96), "42320.96");
    }
}

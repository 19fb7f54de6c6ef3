//! The annual report of a plan year, assembled: the parts of the plan
//! (`domain::annual_report::parts`) with the texts the coordination wrote
//! and published, and under each measure the figures of the areas it
//! names (`areas` in the plan), computed by the same functions as the
//! pages they come from — each figure links to its page, so the numbers
//! are the same by construction (and tests compare them). An annex gives
//! the year's budget by axis. The web page, the PDF and the command line
//! all draw this one [`Report`].

use std::collections::HashSet;

use chrono::Datelike;
use domain::Lang;
use domain::annual_report::{
    Block, Chapter, DocBar, DocChapter, DocChart, DocFigure, DocLabels, Figure, Inline, PartKey,
    Report, ReportDoc, parse, parts,
};
use domain::plan::Plan;
use domain::statistics::{Column, FigureTable, Label, Row, Unit, Value};
use store::StoreError;

use crate::App;
use crate::i18n::{t, t_args};
use crate::services::figures::{self, export, public_year};
use crate::ui::annual_report::date_line;
use crate::ui::chart;
use crate::ui::figures::value_words;

/// Which texts the report shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Texts {
    /// The published ones (the public report).
    Published,
    /// The ones being worked on, else the published ones (the coordination's preview).
    Working,
}

/// The title of a part in `lang`: "Introduction", "Axis 3: Equip",
/// "Measure 10: …" (empty for a part the plan does not have).
pub fn part_title(lang: Lang, plan: &Plan, part: &PartKey) -> String {
    let l = lang.code();
    match part {
        PartKey::Intro => t(lang, "annual-intro"),
        PartKey::Conclusion => t(lang, "annual-conclusion"),
        PartKey::Axis(code) => plan.axis(code).map_or_else(String::new, |a| {
            t_args(
                lang,
                "annual-axis-title",
                &[
                    ("number", (a.number as usize).into()),
                    ("name", a.name(l).to_owned().into()),
                ],
            )
        }),
        PartKey::Measure(n) => plan.measure(*n).map_or_else(String::new, |m| {
            t_args(
                lang,
                "annual-measure-title",
                &[
                    ("number", (m.number as usize).into()),
                    ("name", m.name(l).to_owned().into()),
                ],
            )
        }),
    }
}

/// A year of the plan as written in an address (four digits).
pub fn year_of(s: &str) -> Option<i32> {
    if s.len() != 4 || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    s.parse().ok()
}

/// The years a report can be made for: the plan's.
pub fn years(plan: &Plan) -> std::ops::RangeInclusive<i32> {
    plan.years()
}

/// The report of `year` in `lang` (`None` when the region has no plan or
/// the year is not one of the plan's).
pub async fn build(
    app: &App,
    lang: Lang,
    year: i32,
    texts: Texts,
) -> Result<Option<Report>, StoreError> {
    let Some(plan) = crate::services::budget::plan(app) else {
        return Ok(None);
    };
    if !plan.years().contains(&year) {
        return Ok(None);
    }
    let l = lang.code();
    let bodies = match texts {
        Texts::Published => app.db.report_published(year, l).await?,
        Texts::Working => app
            .db
            .report_texts(year, l)
            .await?
            .into_iter()
            .filter_map(|(part, t)| t.working.or(t.published).map(|t| (part, t.body)))
            .collect(),
    };
    let mut sources = Sources::new(app, lang, year);
    let mut chapters = Vec::new();
    let mut first_of_area: Vec<(String, String, String)> = Vec::new();
    for part in parts(plan) {
        let id = part.code();
        let title = part_title(lang, plan, &part);
        let (level, areas) = match &part {
            PartKey::Measure(n) => (
                2,
                plan.measure(*n)
                    .map(|m| m.areas.clone())
                    .unwrap_or_default(),
            ),
            _ => (1, vec![]),
        };
        let text = bodies
            .get(&id)
            .and_then(|b| parse(b).ok())
            .filter(|b| !b.is_empty());
        let mut figures = Vec::new();
        let mut see_also = Vec::new();
        for area in &areas {
            if let Some((_, at, at_title)) = first_of_area.iter().find(|(a, _, _)| a == area) {
                if !see_also.iter().any(|(a, _)| a == at) {
                    see_also.push((at.clone(), at_title.clone()));
                }
                continue;
            }
            let found = sources.area(area).await?;
            if !found.is_empty() {
                first_of_area.push((area.clone(), id.clone(), title.clone()));
                figures.extend(found);
            }
        }
        chapters.push(Chapter {
            id,
            level,
            title,
            text,
            figures,
            see_also,
        });
    }
    chapters.push(Chapter {
        id: "data-quality".into(),
        level: 1,
        title: t(lang, "annual-quality-chapter"),
        text: None,
        figures: sources.quality().await?,
        see_also: vec![],
    });
    let annex = sources.budget(plan).await?;
    if !annex.is_empty() {
        chapters.push(Chapter {
            id: "annex".into(),
            level: 1,
            title: t(lang, "annual-annex"),
            text: None,
            figures: annex,
            see_also: vec![],
        });
    }
    let written = chapters.iter().filter(|c| c.text.is_some()).count();
    Ok(Some(Report {
        year,
        lang,
        title: t_args(
            lang,
            "annual-title",
            &[
                ("year", year.into()),
                ("plan", plan.name(l).to_owned().into()),
            ],
        ),
        data_date: app.today(),
        small_cell: app.config.small_cell,
        chapters,
        written,
    }))
}

/// The figures of each area for one year, each computed once.
struct Sources<'a> {
    app: &'a App,
    lang: Lang,
    year: i32,
    /// The figure sections (activity, capacity, cadastre) already given.
    given: HashSet<&'static str>,
}

impl<'a> Sources<'a> {
    fn new(app: &'a App, lang: Lang, year: i32) -> Sources<'a> {
        Sources {
            app,
            lang,
            year,
            given: HashSet::new(),
        }
    }

    /// The figures of `area` (one of `domain::plan::AREAS`); none for an
    /// area whose figures are not in the report.
    async fn area(&mut self, area: &str) -> Result<Vec<Figure>, StoreError> {
        match area {
            "activity" | "capacity" | "cadastre" => self.figure_sections(&[area]).await,
            "figures" => self.figure_sections(&figures::SECTION_CODES).await,
            "label" => {
                let mut out = self.label().await?;
                out.extend(self.label_decisions().await?);
                Ok(out)
            }
            "sessions" => self.sessions().await,
            "referrals" => self.referrals().await,
            "survey" => self.survey().await,
            "calls" => self.funded().await,
            "equipment" => {
                let mut out = self.equipment_orders().await?;
                out.extend(self.refurbished());
                Ok(out)
            }
            _ => Ok(vec![]),
        }
    }

    async fn figure_sections(&mut self, codes: &[&str]) -> Result<Vec<Figure>, StoreError> {
        let Some(scope) = public_year(self.year) else {
            return Ok(vec![]);
        };
        let mut out = Vec::new();
        for code in figures::SECTION_CODES {
            if !codes.contains(&code) || !self.given.insert(code) {
                continue;
            }
            if let Some(section) = figures::section(self.app, &scope, code).await? {
                let l = self.lang.code();
                out.extend(section.tables.into_iter().map(|table| Figure {
                    source: format!("/{l}/figures?year={}#{}", self.year, table.id),
                    table,
                }));
            }
        }
        Ok(out)
    }

    /// The labelled EPN by commune, as the public list counts them today,
    /// with those whose label was granted in the year.
    async fn label(&self) -> Result<Vec<Figure>, StoreError> {
        let years = self.app.db.label_granted_years().await?;
        let dir = self.app.directory();
        let groups = crate::services::label::labelled_by_commune(&dir, self.lang);
        if groups.is_empty() {
            return Ok(vec![]);
        }
        let count = |places: &[domain::directory::PlaceSummary<'_>]| -> (i64, i64) {
            (
                places.len() as i64,
                places
                    .iter()
                    .filter(|p| years.get(&p.id) == Some(&self.year))
                    .count() as i64,
            )
        };
        let mut total = (0, 0);
        let rows = groups
            .iter()
            .map(|g| {
                let (n, granted) = count(&g.places);
                total.0 += n;
                total.1 += granted;
                Row {
                    code: g.nis.clone().unwrap_or_else(|| "unknown".into()),
                    label: Label::Text(g.name.clone()),
                    values: vec![Value::Number(n), Value::Number(granted)],
                }
            })
            .collect();
        Ok(vec![Figure {
            table: FigureTable {
                id: "annual-label-by-commune".into(),
                title_key: "annual-fig-label".into(),
                dimension_key: "annual-dim-commune".into(),
                columns: vec![
                    count_column("labelled", "annual-col-labelled"),
                    count_column("granted", "annual-col-granted-in-year"),
                ],
                rows,
                total: Some(vec![Value::Number(total.0), Value::Number(total.1)]),
                respondents: None,
                source: None,
            },
            source: format!("/{}/label/epn", self.lang.code()),
        }])
    }

    /// The label decisions of the year: granted, refused, withdrawn.
    async fn label_decisions(&self) -> Result<Vec<Figure>, StoreError> {
        let counts = self.app.db.label_decisions_in(self.year).await?;
        if counts.iter().all(|(_, n)| *n == 0) {
            return Ok(vec![]);
        }
        let total = counts.iter().map(|(_, n)| n).sum();
        Ok(vec![Figure {
            table: FigureTable {
                id: "annual-label-decisions".into(),
                title_key: "annual-fig-label-decisions".into(),
                dimension_key: "annual-dim-decision".into(),
                columns: vec![count_column("decisions", "annual-col-decisions")],
                rows: counts
                    .into_iter()
                    .map(|(state, n)| Row {
                        label: Label::Key(format!("label-state-{state}")),
                        code: state,
                        values: vec![Value::Number(n)],
                    })
                    .collect(),
                total: Some(vec![Value::Number(total)]),
                respondents: None,
                source: None,
            },
            source: format!("/{}/label/epn", self.lang.code()),
        }])
    }

    /// The sessions of the year (in the region's time zone): held and
    /// cancelled dates, seats offered and booked at the held ones.
    async fn sessions(&self) -> Result<Vec<Figure>, StoreError> {
        let Some((from, to)) = self.bounds() else {
            return Ok(vec![]);
        };
        let sessions = self.app.db.sessions_between(from, to).await?;
        if sessions.is_empty() {
            return Ok(vec![]);
        }
        let cancelled =
            |s: &&domain::sessions::Session| s.status == domain::sessions::SessionStatus::Cancelled;
        let held: Vec<_> = sessions.iter().filter(|s| !cancelled(s)).collect();
        let row = |code: &str, n: i64| Row {
            code: code.into(),
            label: Label::Key(format!("annual-sessions-{code}")),
            values: vec![Value::Number(n)],
        };
        Ok(vec![Figure {
            table: FigureTable {
                id: "annual-sessions".into(),
                title_key: "sessions-title".into(),
                dimension_key: "annual-dim-what".into(),
                columns: vec![count_column("number", "annual-col-number")],
                rows: vec![
                    row("held", held.len() as i64),
                    row(
                        "cancelled",
                        sessions.iter().filter(cancelled).count() as i64,
                    ),
                    row("seats", held.iter().map(|s| i64::from(s.seats)).sum()),
                    row("booked", held.iter().map(|s| i64::from(s.booked)).sum()),
                ],
                total: None,
                respondents: None,
                source: None,
            },
            source: format!("/{}/sessions", self.lang.code()),
        }])
    }

    /// The year as [start, end) in Unix seconds, in the region's time zone.
    fn bounds(&self) -> Option<(i64, i64)> {
        let tz = self.app.region.timezone;
        let start = |y: i32| {
            chrono::NaiveDate::from_ymd_opt(y, 1, 1)?
                .and_hms_opt(0, 0, 0)?
                .and_local_timezone(tz)
                .earliest()
                .map(|d| d.timestamp())
        };
        Some((start(self.year)?, start(self.year + 1)?))
    }

    /// The people referred in the year, by where their referral stands now;
    /// small counts hidden, as in every public figure (docs/figures.md).
    async fn referrals(&self) -> Result<Vec<Figure>, StoreError> {
        let Some((from, to)) = self.bounds() else {
            return Ok(vec![]);
        };
        let counts = self.app.db.referral_counts_between(from, to).await?;
        if counts.is_empty() {
            return Ok(vec![]);
        }
        let n = |code: &str| {
            counts
                .iter()
                .find(|(s, _)| s == code)
                .map_or(0, |(_, n)| *n)
        };
        let rows: Vec<Row> = domain::referral::ReferralState::ALL
            .into_iter()
            .map(|s| Row {
                code: s.code().into(),
                label: Label::Key(format!("referral-state-{}", s.code().replace('_', "-"))),
                values: vec![Value::Number(n(s.code()))],
            })
            .collect();
        let total = counts.iter().map(|(_, n)| n).sum();
        let mut table = FigureTable {
            id: "annual-referrals".into(),
            title_key: "annual-fig-referrals".into(),
            dimension_key: "referral-state-label".into(),
            columns: vec![count_column("referrals", "annual-col-referrals")],
            rows,
            total: Some(vec![Value::Number(total)]),
            respondents: None,
            source: None,
        };
        table.suppress_small_cells(self.app.config.small_cell);
        Ok(vec![Figure {
            table,
            source: format!("/{}/bo/referrals", self.lang.code()),
        }])
    }

    /// The checks of the directory's data run today (`passerelle check`,
    /// the coordination's quality page): how many places each one flags.
    async fn quality(&self) -> Result<Vec<Figure>, StoreError> {
        let places = self.app.db.load_places().await?;
        let granted = self.app.db.granted_label_place_ids().await?;
        let findings =
            domain::quality::check_all(&self.app.region, &places, self.app.today(), &granted);
        let rows: Vec<Row> = domain::quality::CheckKind::ALL
            .into_iter()
            .map(|k| {
                let places: std::collections::HashSet<i64> = findings
                    .iter()
                    .filter(|f| f.kind == k)
                    .map(|f| f.place_id)
                    .collect();
                Row {
                    code: k.code().into(),
                    label: Label::Key(format!("quality-kind-{}", k.code())),
                    values: vec![Value::Number(places.len() as i64)],
                }
            })
            .collect();
        Ok(vec![Figure {
            table: FigureTable {
                id: "annual-quality".into(),
                title_key: "annual-fig-quality".into(),
                dimension_key: "annual-dim-check".into(),
                columns: vec![count_column("places", "annual-col-places")],
                rows,
                // A place may fail several checks.
                total: None,
                respondents: None,
                source: None,
            },
            source: format!("/{}/bo/quality", self.lang.code()),
        }])
    }

    /// The equipment the labelled places ordered in the year's campaigns,
    /// by the orders' status: number and amount.
    async fn equipment_orders(&self) -> Result<Vec<Figure>, StoreError> {
        let mut by_status: std::collections::BTreeMap<&'static str, (i64, i64)> =
            Default::default();
        for c in self.app.db.equipment_campaigns().await? {
            if c.year != self.year {
                continue;
            }
            for o in self.app.db.equipment_orders(c.id, None).await? {
                let e = by_status.entry(o.status.code()).or_default();
                e.0 += 1;
                e.1 += o.total_cents;
            }
        }
        if by_status.is_empty() {
            return Ok(vec![]);
        }
        let total = by_status
            .values()
            .fold((0, 0), |(n, c), (a, b)| (n + a, c + b));
        Ok(vec![Figure {
            table: FigureTable {
                id: "annual-equipment-orders".into(),
                title_key: "annual-fig-orders".into(),
                dimension_key: "equipment-col-status".into(),
                columns: vec![
                    count_column("orders", "annual-col-orders"),
                    Column {
                        code: "amount".into(),
                        label_key: "annual-col-amount".into(),
                        unit: Unit::Cents,
                    },
                ],
                rows: by_status
                    .into_iter()
                    .map(|(status, (n, cents))| Row {
                        code: status.into(),
                        label: Label::Key(format!("equipment-status-{status}")),
                        values: vec![Value::Number(n), Value::Number(cents)],
                    })
                    .collect(),
                total: Some(vec![Value::Number(total.0), Value::Number(total.1)]),
                respondents: None,
                source: None,
            },
            source: format!("/{}/equipment", self.lang.code()),
        }])
    }

    /// The public summary of the survey editions that opened in the year
    /// (an illustrative edition says so under each table).
    async fn survey(&self) -> Result<Vec<Figure>, StoreError> {
        let mut out = Vec::new();
        for e in self.app.db.editions().await? {
            if e.opens_on.year() != self.year {
                continue;
            }
            let Some(s) =
                crate::services::survey_results::public_summary(self.app, &e.slug).await?
            else {
                continue;
            };
            let l = self.lang.code();
            out.extend(
                crate::services::survey_results::public_tables(&s, self.lang)
                    .into_iter()
                    .map(|mut table| {
                        // Said under each table, as the survey's page says it once.
                        if e.illustrative {
                            table.source = Some(t(self.lang, "survey-results-illustrative"));
                        }
                        Figure {
                            source: format!("/{l}/survey/{}#{}", e.slug, table.id),
                            table,
                        }
                    }),
            );
        }
        Ok(out)
    }

    /// The projects funded in the year, by commune: number and amount.
    async fn funded(&self) -> Result<Vec<Figure>, StoreError> {
        let grants: Vec<_> = self
            .app
            .db
            .awarded_grants(None)
            .await?
            .into_iter()
            .filter(|g| g.award_date.year() == self.year)
            .collect();
        if grants.is_empty() {
            return Ok(vec![]);
        }
        let dir = self.app.directory();
        let groups = crate::services::awards::by_commune(grants);
        let mut total = (0, 0);
        let rows = groups
            .iter()
            .map(|g| {
                let n = g.grants.len() as i64;
                total.0 += n;
                total.1 += g.total_cents;
                let name = g
                    .commune_nis
                    .as_deref()
                    .map(|nis| crate::ui::format::commune_name(&dir, self.lang, nis).to_owned())
                    .filter(|n| !n.is_empty())
                    .unwrap_or_else(|| t(self.lang, "annual-no-commune"));
                Row {
                    code: g.commune_nis.clone().unwrap_or_else(|| "unknown".into()),
                    label: Label::Text(name),
                    values: vec![Value::Number(n), Value::Number(g.total_cents)],
                }
            })
            .collect();
        Ok(vec![Figure {
            table: FigureTable {
                id: "annual-funded-by-commune".into(),
                title_key: "annual-fig-funded".into(),
                dimension_key: "annual-dim-commune".into(),
                columns: vec![
                    count_column("projects", "annual-col-projects"),
                    Column {
                        code: "amount".into(),
                        label_key: "annual-col-amount".into(),
                        unit: Unit::Cents,
                    },
                ],
                rows,
                total: Some(vec![Value::Number(total.0), Value::Number(total.1)]),
                respondents: None,
                source: None,
            },
            source: format!("/{}/funded-projects", self.lang.code()),
        }])
    }

    /// The refurbished computers given in the year, by supplier.
    fn refurbished(&self) -> Vec<Figure> {
        let Some(r) = domain::equipment::refurbished::shipped(&self.app.region.code) else {
            return vec![];
        };
        let lines: Vec<_> = r.lines.iter().filter(|l| l.year == self.year).collect();
        if lines.is_empty() {
            return vec![];
        }
        let units = |l: &domain::equipment::refurbished::Units| {
            vec![
                Value::Number(l.laptop.into()),
                Value::Number(l.desktop.into()),
                Value::Number(l.screen.into()),
            ]
        };
        let total = r
            .per_year()
            .into_iter()
            .find(|(y, _)| *y == self.year)
            .map(|(_, t)| units(&t));
        let rows = lines
            .iter()
            .enumerate()
            .map(|(i, l)| Row {
                code: format!("{}", i + 1),
                label: Label::Text(l.supplier.clone()),
                values: units(&domain::equipment::refurbished::Units {
                    laptop: l.laptop,
                    desktop: l.desktop,
                    screen: l.screen,
                }),
            })
            .collect();
        vec![Figure {
            table: FigureTable {
                id: format!("annual-refurbished-{}", self.year),
                title_key: "annual-fig-refurbished".into(),
                dimension_key: "equipment-col-supplier".into(),
                columns: vec![
                    count_column("laptops", "equipment-col-laptops"),
                    count_column("desktops", "equipment-col-desktops"),
                    count_column("screens", "equipment-col-screens"),
                ],
                rows,
                total,
                respondents: None,
                source: None,
            },
            source: format!(
                "/{}/equipment/distributed#refurbished-{}",
                self.lang.code(),
                self.year
            ),
        }]
    }

    /// The year's budget, as the plan's Annex 1: by axis and by funding
    /// source (planned, and spent when the plan's actual spending is
    /// public), and the spending by measure (from the plan's sources and
    /// from others). The same tables as `/{lang}/plan/budget`.
    async fn budget(&self, plan: &Plan) -> Result<Vec<Figure>, StoreError> {
        let yb = crate::services::budget::year_budget(self.app, plan, self.year).await?;
        let t = &yb.tables;
        if t.planned.total == 0 && t.actual.total == 0 {
            return Ok(vec![]);
        }
        let actuals = crate::services::budget::actuals_public(self.app, plan);
        let l = self.lang.code();
        let cents = |code: &str, key: &str| Column {
            code: code.into(),
            label_key: key.into(),
            unit: Unit::Cents,
        };
        let figure =
            |id: &str, title: &str, dimension: &str, columns: Vec<Column>, rows: Vec<Row>| {
                let total = (0..columns.len())
                    .map(|c| Value::Number(rows.iter().filter_map(|r| r.values[c].number()).sum()))
                    .collect();
                Figure {
                    table: FigureTable {
                        id: id.into(),
                        title_key: title.into(),
                        dimension_key: dimension.into(),
                        columns,
                        rows,
                        total: Some(total),
                        respondents: None,
                        source: None,
                    },
                    source: format!("/{l}/plan/budget?year={}", self.year),
                }
            };
        let planned_actual = || {
            let mut c = vec![cents("planned", "annual-col-planned")];
            if actuals {
                c.push(cents("actual", "annual-col-actual"));
            }
            c
        };
        let row = |code: &str, name: String, planned: i64, actual: i64| Row {
            code: code.to_owned(),
            label: Label::Text(name),
            values: if actuals {
                vec![Value::Number(planned), Value::Number(actual)]
            } else {
                vec![Value::Number(planned)]
            },
        };
        let axes = t
            .planned
            .axes
            .iter()
            .enumerate()
            .map(|(i, code)| {
                let name = plan.axis(code).map_or(code.as_str(), |a| a.name(l));
                row(
                    code,
                    name.to_owned(),
                    t.planned.axis_totals[i],
                    t.actual.axis_totals[i],
                )
            })
            .collect();
        let sources = t
            .planned
            .sources
            .iter()
            .enumerate()
            .map(|(i, code)| {
                let name = plan.source(code).map_or(code.as_str(), |s| s.name(l));
                row(
                    code,
                    name.to_owned(),
                    t.planned.source_totals[i],
                    t.actual.source_totals[i],
                )
            })
            .collect();
        let mut out = vec![
            figure(
                "annual-budget-by-axis",
                "annual-fig-budget",
                "annual-dim-axis",
                planned_actual(),
                axes,
            ),
            figure(
                "annual-budget-by-source",
                "annual-fig-budget-sources",
                "annual-dim-source",
                planned_actual(),
                sources,
            ),
        ];
        if actuals {
            let measures = t
                .measures
                .iter()
                .filter(|m| m.planned_cents != 0 || m.plan_cents != 0 || m.other_cents != 0)
                .map(|m| {
                    let axis = plan.axis(&m.axis).map_or(m.axis.as_str(), |a| a.name(l));
                    let (code, name) = match m.measure.and_then(|n| plan.measure(n)) {
                        Some(measure) => (
                            format!("{}", measure.number),
                            part_title(self.lang, plan, &PartKey::Measure(measure.number)),
                        ),
                        None => (
                            format!("axis-{}", m.axis),
                            t_args(
                                self.lang,
                                "annual-axis-whole",
                                &[("axis", axis.to_owned().into())],
                            ),
                        ),
                    };
                    Row {
                        code,
                        label: Label::Text(name),
                        values: vec![Value::Number(m.plan_cents), Value::Number(m.other_cents)],
                    }
                })
                .collect();
            out.push(figure(
                "annual-budget-by-measure",
                "annual-fig-budget-measures",
                "annual-dim-measure",
                vec![
                    cents("plan", "annual-col-plan-spent"),
                    cents("other", "annual-col-other-spent"),
                ],
                measures,
            ));
        }
        Ok(out)
    }
}

fn count_column(code: &str, key: &str) -> Column {
    Column {
        code: code.into(),
        label_key: key.into(),
        unit: Unit::Count,
    }
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
                written: c.text.is_some() || c.text_optional(),
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

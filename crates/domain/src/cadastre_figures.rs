//! The cadastre's figures (issue 11, item 5), computed from the funding and
//! staff entries of the labelled places in scope the way the 2020 cadastre
//! states them (seed, Annex 8): cash resources by funder and by level of
//! government, received by the EPN or mobilised by its host structure
//! (amount in cents and share in per mille of all resources), costs by kind,
//! staff by contract type, and the share of precarious contracts overall
//! and among animators — each with its respondents. Also the shapes the
//! reported 2020 figures fill, and the public rule. See docs/cadastre.md,
//! "Figures".

use crate::cadastre::{CONTRACTS, Cadastre, Funder, LEVELS};
use crate::figure_shapes::{Reported, empty_table, hide_column, set, set_shares, withhold};
use crate::statistics::{FigureTable, Label, Unit, Value};

/// The kinds of cadastre tables, in the order of the page.
pub const KINDS: [&str; 6] = [
    "funders",
    "levels",
    "received-host",
    "costs",
    "staff",
    "precarious",
];

/// The contract types counted as precarious: subsidised jobs (article 60,
/// PTP…) and volunteers, as the 2020 cadastre counts them ("art. 60 et PTP,
/// vacataires, bénévoles", seed:7018-7019); permanent and fixed-term
/// contracts are the "postes internes CDI/CDD" (seed:7020-7022), not
/// precarious.
pub const PRECARIOUS: [&str; 2] = ["subsidised", "volunteer"];

/// Whether a contract type is precarious (see [`PRECARIOUS`]).
pub fn precarious(contract: &str) -> bool {
    PRECARIOUS.contains(&contract)
}

const EPN: (&str, &str, Unit) = ("epn", "cadastre-figures-col-epn", Unit::Count);
const CENTS: (&str, &str, Unit) = ("cents", "cadastre-figures-col-cents", Unit::Cents);
const SHARE: (&str, &str, Unit) = ("share", "cadastre-figures-col-share", Unit::PerMille);

/// A funder's row label: the Fluent key of a funder of the Brussels file,
/// its English name otherwise.
fn funder_label(f: &Funder) -> Label {
    let brussels = crate::cadastre::shipped("brussels").unwrap_or(&[]);
    if brussels.iter().any(|b| b.code == f.code) {
        Label::Key(format!("cadastre-figures-funder-{}", f.code))
    } else {
        Label::Text(f.en.clone())
    }
}

fn keyed(codes: &[&str], prefix: &str) -> Vec<(String, Label)> {
    codes
        .iter()
        .map(|c| ((*c).to_string(), Label::Key(format!("{prefix}{c}"))))
        .collect()
}

/// The empty table of `kind` with every row it may have (every funder,
/// every level), id and title of the computed figure; None for an unknown
/// kind.
pub fn shape(kind: &str, funders: &[Funder]) -> Option<FigureTable> {
    let id = format!("cadastre-{kind}");
    let title = format!("cadastre-figures-{kind}");
    let t = match kind {
        "funders" => empty_table(
            &id,
            &title,
            "cadastre-figures-dim-funder",
            &[EPN, CENTS, SHARE],
            &funders
                .iter()
                .map(|f| (f.code.clone(), funder_label(f)))
                .collect::<Vec<_>>(),
            true,
        ),
        "levels" => empty_table(
            &id,
            &title,
            "cadastre-figures-dim-level",
            &[EPN, CENTS, SHARE],
            &keyed(&LEVELS, "cadastre-figures-level-"),
            true,
        ),
        "received-host" => empty_table(
            &id,
            &title,
            "cadastre-figures-dim-by",
            &[EPN, CENTS, SHARE],
            &keyed(&["received", "host"], "cadastre-figures-row-"),
            true,
        ),
        "costs" => empty_table(
            &id,
            &title,
            "cadastre-figures-dim-cost",
            &[CENTS, SHARE],
            &keyed(
                &["epn-staff", "host-staff", "running"],
                "cadastre-figures-row-",
            ),
            true,
        ),
        "staff" => empty_table(
            &id,
            &title,
            "cadastre-figures-dim-contract",
            &[
                ("people", "cadastre-figures-col-people", Unit::Count),
                ("animators", "cadastre-figures-col-animators", Unit::Count),
            ],
            &keyed(&CONTRACTS, "cadastre-figures-contract-"),
            true,
        ),
        "precarious" => empty_table(
            &id,
            &title,
            "cadastre-figures-dim-staff",
            &[
                ("people", "cadastre-figures-col-people", Unit::Count),
                ("precarious", "cadastre-figures-col-precarious", Unit::Count),
                (
                    "share",
                    "cadastre-figures-col-share-precarious",
                    Unit::PerMille,
                ),
                (
                    "precarious-fte",
                    "cadastre-figures-col-precarious-fte",
                    Unit::Hundredths,
                ),
            ],
            &keyed(&["all-staff", "animators"], "cadastre-figures-row-"),
            false,
        ),
        _ => return None,
    };
    Some(t)
}

/// Fills a resources table: per row, the entries with such a resource,
/// the cents and the share of all resources; rows without resources go.
fn resources(
    t: &mut FigureTable,
    entries: &[&Cadastre],
    row_of: impl Fn(&crate::cadastre::Resource) -> String,
) {
    let whole: i64 = entries.iter().map(|e| e.resources_cents()).sum();
    let codes: Vec<String> = t.rows.iter().map(|r| r.code.clone()).collect();
    for code in &codes {
        let cents: i64 = entries
            .iter()
            .flat_map(|e| &e.resources)
            .filter(|r| row_of(r) == *code)
            .map(|r| r.cents)
            .sum();
        let epn = entries
            .iter()
            .filter(|e| e.resources.iter().any(|r| row_of(r) == *code))
            .count() as i64;
        set(t, code, "epn", Value::Number(epn));
        set(t, code, "cents", Value::Number(cents));
    }
    t.rows.retain(|r| r.values[1] != Value::Number(0));
    set(t, "total", "cents", Value::Number(whole));
    set_shares(t, "share", whole);
}

/// Every cadastre table of `entries` (one entry per place: the caller picks
/// each place's entry). The respondents of a table are the entries that
/// filled its part (some resource; some cost; some staff line); a table
/// nobody filled is left out.
///
/// * by funder, by level of government (the funder's `level`; an unknown
///   funder counts as `other`), received by the EPN or mobilised by the
///   host: entries with such a resource (`epn`), cents, share of all the
///   resources of the respondents; the `epn` column has no total (an entry
///   counts under several funders);
/// * costs: cents and share of all costs;
/// * staff: head counts by contract type, all roles and animators;
/// * precarious: head counts of all staff and of animators, the precarious
///   ones among them ([`PRECARIOUS`]) and their share.
pub fn tables(entries: &[&Cadastre], funders: &[Funder]) -> Vec<FigureTable> {
    let mut out = Vec::new();
    let with_resources: Vec<&Cadastre> = entries
        .iter()
        .copied()
        .filter(|e| !e.resources.is_empty())
        .collect();
    let with_costs: Vec<&Cadastre> = entries
        .iter()
        .copied()
        .filter(|e| e.costs_cents() > 0)
        .collect();
    let with_staff: Vec<&Cadastre> = entries
        .iter()
        .copied()
        .filter(|e| e.head_count() > 0)
        .collect();
    let level_of = |code: &str| {
        funders
            .iter()
            .find(|f| f.code == code)
            .map_or("other".to_string(), |f| f.level.clone())
    };
    for kind in KINDS {
        let Some(mut t) = shape(kind, funders) else {
            continue;
        };
        let n = match kind {
            "funders" | "levels" | "received-host" => with_resources.len(),
            "costs" => with_costs.len(),
            _ => with_staff.len(),
        } as i64;
        if n == 0 {
            continue;
        }
        t.respondents = Some(n);
        match kind {
            "funders" => {
                // A funder that left the region's file still counts, by its code.
                for e in &with_resources {
                    for r in &e.resources {
                        if !t.rows.iter().any(|row| row.code == r.funder) {
                            t.rows.push(crate::statistics::Row {
                                code: r.funder.clone(),
                                label: Label::Text(r.funder.clone()),
                                values: vec![Value::Missing; 3],
                            });
                        }
                    }
                }
                resources(&mut t, &with_resources, |r| r.funder.clone());
            }
            "levels" => resources(&mut t, &with_resources, |r| level_of(&r.funder)),
            "received-host" => resources(&mut t, &with_resources, |r| {
                if r.by_host { "host" } else { "received" }.to_string()
            }),
            "costs" => {
                let sum = |f: fn(&Cadastre) -> i64| with_costs.iter().map(|e| f(e)).sum::<i64>();
                let (a, b, c) = (
                    sum(|e| e.cost_epn_staff_cents),
                    sum(|e| e.cost_host_staff_cents),
                    sum(|e| e.cost_running_cents),
                );
                set(&mut t, "epn-staff", "cents", Value::Number(a));
                set(&mut t, "host-staff", "cents", Value::Number(b));
                set(&mut t, "running", "cents", Value::Number(c));
                set(&mut t, "total", "cents", Value::Number(a + b + c));
                set_shares(&mut t, "share", a + b + c);
            }
            "staff" => {
                let lines = || with_staff.iter().flat_map(|e| &e.staff);
                for c in CONTRACTS {
                    let all: i64 = lines()
                        .filter(|l| l.contract == c)
                        .map(|l| i64::from(l.head_count))
                        .sum();
                    let anim: i64 = lines()
                        .filter(|l| l.contract == c && l.role == "animator")
                        .map(|l| i64::from(l.head_count))
                        .sum();
                    set(&mut t, c, "people", Value::Number(all));
                    set(&mut t, c, "animators", Value::Number(anim));
                }
                let all: i64 = lines().map(|l| i64::from(l.head_count)).sum();
                let anim: i64 = lines()
                    .filter(|l| l.role == "animator")
                    .map(|l| i64::from(l.head_count))
                    .sum();
                set(&mut t, "total", "people", Value::Number(all));
                set(&mut t, "total", "animators", Value::Number(anim));
            }
            _ => {
                let lines: Vec<_> = with_staff.iter().flat_map(|e| &e.staff).collect();
                for (row, animators_only) in [("all-staff", false), ("animators", true)] {
                    let mine = lines
                        .iter()
                        .filter(|l| !animators_only || l.role == "animator");
                    let people: i64 = mine.clone().map(|l| i64::from(l.head_count)).sum();
                    let prec: i64 = mine
                        .filter(|l| precarious(&l.contract))
                        .map(|l| i64::from(l.head_count))
                        .sum();
                    set(&mut t, row, "people", Value::Number(people));
                    set(&mut t, row, "precarious", Value::Number(prec));
                    set(
                        &mut t,
                        row,
                        "share",
                        crate::cadastre::per_mille(prec, people)
                            .map_or(Value::Missing, Value::Number),
                    );
                }
            }
        }
        crate::figure_shapes::drop_unknown(&mut t);
        out.push(t);
    }
    out
}

/// A reported cadastre figure as a table of its kind (the title says it is
/// reported).
pub fn reported(r: &Reported, funders: &[Funder]) -> Result<FigureTable, String> {
    let shape = shape(&r.kind, funders)
        .ok_or_else(|| format!("{}: unknown cadastre table {}", r.id, r.kind))?;
    r.fill(shape, &format!("cadastre-figures-{}-reported", r.kind))
}

/// Fewest respondents for a cadastre table to be public, whatever the
/// small-cell threshold: with fewer, shares of money come close to one
/// EPN's budget.
pub const MIN_PUBLIC_RESPONDENTS: i64 = 5;

/// What the public may see of a cadastre table:
///
/// * nothing when fewer than `max(threshold, MIN_PUBLIC_RESPONDENTS)`
///   places answered (the table is withheld; its respondents are said);
/// * never an amount in cents — only shares (a region-wide amount of a
///   handful of EPN, with the directory, tells one EPN's budget);
/// * a funder, level or kind of resource that fewer than `threshold` EPN
///   receive is hidden with its share, and then at least one more (the
///   small-cell rule on the `epn` column), so that no hidden share is 1000
///   minus the shown ones;
/// * small head counts suppressed like any count.
pub fn publish(t: &mut FigureTable, threshold: i64) {
    if t.respondents
        .is_some_and(|n| n < threshold.max(MIN_PUBLIC_RESPONDENTS))
    {
        withhold(t);
        return;
    }
    hide_column(t, "cents");
    t.suppress_small_cells(threshold);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cadastre::{CadastreDraft, shipped};
    use crate::figure_shapes::get;

    fn brussels() -> &'static [Funder] {
        shipped("brussels").unwrap()
    }

    fn entry(pairs: &[(&str, &str)]) -> Cadastre {
        CadastreDraft {
            year: "2025".into(),
            amounts: pairs
                .iter()
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .collect(),
        }
        .validate(brussels(), 2026)
        .unwrap()
    }

    fn table<'a>(ts: &'a [FigureTable], id: &str) -> &'a FigureTable {
        ts.iter()
            .find(|t| t.id == id)
            .unwrap_or_else(|| panic!("{id}"))
    }

    #[test]
    fn resources_by_funder_level_and_who_receives() {
        let a = entry(&[
            ("received-region-actiris", "300"),
            ("received-region-acs", "135"),
            ("host-communes", "400"),
        ]);
        let b = entry(&[
            ("received-region-actiris", "0"),
            ("received-own-revenue", "165"),
            ("cost_running", "10"),
        ]);
        let ts = tables(&[&a, &b], brussels());
        let f = table(&ts, "cadastre-funders");
        assert_eq!(f.respondents, Some(2));
        assert_eq!(
            f.rows.iter().map(|r| r.code.as_str()).collect::<Vec<_>>(),
            ["region-actiris", "region-acs", "communes", "own-revenue"]
        );
        assert_eq!(
            get(f, "region-actiris", "cents"),
            Some(Value::Number(30_000))
        );
        assert_eq!(get(f, "region-actiris", "share"), Some(Value::Number(300)));
        assert_eq!(get(f, "total", "cents"), Some(Value::Number(100_000)));
        assert_eq!(get(f, "total", "epn"), Some(Value::Missing));
        let l = table(&ts, "cadastre-levels");
        // 43.5 % from the Region, as in the 2020 cadastre.
        assert_eq!(get(l, "region", "share"), Some(Value::Number(435)));
        assert_eq!(get(l, "region", "epn"), Some(Value::Number(1)));
        assert_eq!(get(l, "commune", "share"), Some(Value::Number(400)));
        assert_eq!(get(l, "own", "share"), Some(Value::Number(165)));
        assert_eq!(
            get(l, "federal", "share"),
            None,
            "a level without resources has no row"
        );
        let rh = table(&ts, "cadastre-received-host");
        assert_eq!(get(rh, "received", "share"), Some(Value::Number(600)));
        assert_eq!(get(rh, "host", "share"), Some(Value::Number(400)));
        let c = table(&ts, "cadastre-costs");
        assert_eq!(c.respondents, Some(1));
        assert_eq!(get(c, "running", "share"), Some(Value::Number(1000)));
        assert!(
            ts.iter().all(|t| t.id != "cadastre-staff"),
            "nobody gave staff"
        );
    }

    #[test]
    fn precarious_contracts_overall_and_among_animators() {
        assert!(precarious("subsidised") && precarious("volunteer"));
        assert!(!precarious("permanent") && !precarious("fixed-term"));
        let a = entry(&[
            ("staff-permanent-coordinator-full", "1"),
            ("staff-fixed-term-animator-full", "1"),
            ("staff-subsidised-animator-full", "2"),
            ("staff-volunteer-animator-part", "3"),
        ]);
        let b = entry(&[
            ("staff-permanent-animator-full", "2"),
            ("staff-volunteer-other-part", "1"),
        ]);
        let ts = tables(&[&a, &b], brussels());
        let p = table(&ts, "cadastre-precarious");
        assert_eq!(p.respondents, Some(2));
        // 6 precarious of 10 people; 5 of 8 animators.
        assert_eq!(get(p, "all-staff", "people"), Some(Value::Number(10)));
        assert_eq!(get(p, "all-staff", "precarious"), Some(Value::Number(6)));
        assert_eq!(get(p, "all-staff", "share"), Some(Value::Number(600)));
        assert_eq!(get(p, "animators", "share"), Some(Value::Number(625)));
        let s = table(&ts, "cadastre-staff");
        assert_eq!(get(s, "volunteer", "people"), Some(Value::Number(4)));
        assert_eq!(get(s, "volunteer", "animators"), Some(Value::Number(3)));
        assert_eq!(get(s, "total", "people"), Some(Value::Number(10)));
    }

    #[test]
    fn the_public_sees_shares_of_enough_epn_and_no_amount() {
        // Six EPN funded by the Region, five by communes, one by the FWB.
        let mut entries = Vec::new();
        for i in 0..6 {
            let mut pairs = vec![("received-region-digital-inclusion", "1000")];
            if i < 5 {
                pairs.push(("host-communes", "500"));
            }
            if i == 0 {
                pairs.push(("received-fwb", "700"));
            }
            entries.push(entry(&pairs));
        }
        let refs: Vec<&Cadastre> = entries.iter().collect();
        let mut ts = tables(&refs, brussels());
        for t in &mut ts {
            publish(t, 5);
        }
        let f = table(&ts, "cadastre-funders");
        assert!(
            f.rows.iter().all(|r| r.values[1] == Value::Suppressed),
            "no amount is public"
        );
        assert_eq!(f.total.as_ref().unwrap()[1], Value::Suppressed);
        // The FWB funds one EPN: hidden, and the communes with it, so that
        // its share is not 1000 minus the others.
        assert_eq!(get(f, "fwb", "share"), Some(Value::Suppressed));
        assert_eq!(get(f, "communes", "share"), Some(Value::Suppressed));
        assert!(matches!(
            get(f, "region-digital-inclusion", "share"),
            Some(Value::Number(_))
        ));
        let hidden_shares = f
            .rows
            .iter()
            .filter(|r| r.values[2] == Value::Suppressed)
            .count();
        assert_ne!(hidden_shares, 1);

        // Four respondents: withheld, even with a threshold of 3.
        let mut ts = tables(&refs[..4], brussels());
        for t in &mut ts {
            publish(t, 3);
            assert!(
                t.rows
                    .iter()
                    .all(|r| r.values.iter().all(|v| *v == Value::Suppressed)),
                "{}",
                t.id
            );
            assert_eq!(t.respondents, Some(4));
        }
    }

    #[test]
    fn reported_figures_fill_the_same_shapes() {
        let r = Reported {
            id: "cadastre-reported-2020-levels".into(),
            kind: "levels".into(),
            year: 2020,
            report_year: 2021,
            respondents: Some(12),
            source: "seed:6712".into(),
            values: vec![("region".into(), "share".into(), 435)],
        };
        let t = reported(&r, brussels()).unwrap();
        assert_eq!(t.title_key, "cadastre-figures-levels-reported");
        assert_eq!(t.rows.len(), 1);
        assert_eq!(
            t.columns
                .iter()
                .map(|c| c.code.as_str())
                .collect::<Vec<_>>(),
            ["share"]
        );
        assert_eq!(get(&t, "region", "share"), Some(Value::Number(435)));
    }
}

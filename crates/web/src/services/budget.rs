//! The plan's budget as the back office and the public pages read it: the
//! region's plan, the years that can be shown, the Annex 1 tables and the
//! consistency checks of one year, computed from the ledger's sums.

use chrono::Datelike;
use domain::budget::{BudgetTables, Difference};
use domain::plan::Plan;

use crate::App;

/// The region's plan, if it has one.
pub fn plan(app: &App) -> Option<&'static Plan> {
    domain::plan::shipped(&app.region.code)
}

/// Whether the public pages show actual spending: the deployment's
/// setting, else the plan's.
pub fn actuals_public(app: &App, plan: &Plan) -> bool {
    app.config
        .budget_actuals_public
        .unwrap_or(plan.actuals_public)
}

/// The year asked (one of the plan's), else the last year the ledger
/// holds, else this year within the plan's years.
pub async fn year(app: &App, plan: &Plan, asked: Option<&str>) -> Result<i32, store::StoreError> {
    if let Some(y) = asked
        .and_then(|y| y.trim().parse::<i32>().ok())
        .filter(|y| plan.years().contains(y))
    {
        return Ok(y);
    }
    let years = app.db.ledger_years(&plan.code).await?;
    Ok(years
        .into_iter()
        .rfind(|y| plan.years().contains(y))
        .unwrap_or_else(|| app.today().year().clamp(plan.first_year, plan.last_year)))
}

/// A year's tables and the declared totals of that year that differ from
/// their lines.
pub struct YearBudget {
    pub tables: BudgetTables,
    pub differences: Vec<Difference>,
}

pub async fn year_budget(
    app: &App,
    plan: &Plan,
    year: i32,
) -> Result<YearBudget, store::StoreError> {
    let sums = app.db.ledger_sums(&plan.code, Some(year)).await?;
    let declared = app.db.declared_totals(&plan.code, Some(year)).await?;
    Ok(YearBudget {
        tables: BudgetTables::build(plan, year, &sums),
        differences: domain::budget::check(plan, &sums, &declared),
    })
}

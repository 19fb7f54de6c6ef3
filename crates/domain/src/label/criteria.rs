//! Does an EPN meet the label's criteria? Each criterion gives pass or fail
//! with the figures that explain it; the web layer turns them into a sentence
//! in the person's language (message `label-criterion-<id>-pass|fail`).
//!
//! The thresholds are [`LabelRules`], read from the region's label file
//! (`data/regions/<region>/label.toml`): other regions have other labels.

use chrono::{Datelike, NaiveDate, TimeDelta};
use serde::{Deserialize, Serialize};

use crate::hours::Hours;

/// The thresholds of a label. Brussels 2021: 6 computers, 15 h open, 6 h of
/// training and 6 h of free access with an animator a week, basic activities
/// free or symbolic and open to every adult, the charter signed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LabelRules {
    pub min_computers: u32,
    /// Hours a week; compared in minutes, so that exactly the threshold passes.
    pub min_open_hours_per_week: f64,
    pub min_training_hours_per_week: f64,
    pub min_free_access_hours_per_week: f64,
    /// Prices of the basic activities that are accepted.
    pub accepted_prices: Vec<BasicPrice>,
    pub require_open_to_all_adults: bool,
    pub require_charter: bool,
    /// Weeks looked at to find the usual week of the opening hours.
    #[serde(default = "default_weeks")]
    pub weeks_sampled: u32,
}

fn default_weeks() -> u32 {
    52
}

impl LabelRules {
    pub fn from_toml(src: &str) -> Result<LabelRules, String> {
        #[derive(Deserialize)]
        struct File {
            rules: LabelRules,
        }
        let f: File = toml::from_str(src).map_err(|e| e.to_string())?;
        f.rules.validate()?;
        Ok(f.rules)
    }

    fn validate(&self) -> Result<(), String> {
        for (name, v) in [
            ("min_open_hours_per_week", self.min_open_hours_per_week),
            (
                "min_training_hours_per_week",
                self.min_training_hours_per_week,
            ),
            (
                "min_free_access_hours_per_week",
                self.min_free_access_hours_per_week,
            ),
        ] {
            if !(0.0..=168.0).contains(&v) {
                return Err(format!("{name} must be between 0 and 168 hours, not {v}"));
            }
        }
        if self.accepted_prices.is_empty() {
            return Err("accepted_prices must list at least one price".into());
        }
        if self.weeks_sampled == 0 || self.weeks_sampled > 104 {
            return Err("weeks_sampled must be between 1 and 104".into());
        }
        Ok(())
    }
}

/// What the basic activities cost a visitor.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum BasicPrice {
    Free,
    Symbolic,
    Paid,
}

impl BasicPrice {
    pub fn code(self) -> &'static str {
        match self {
            BasicPrice::Free => "free",
            BasicPrice::Symbolic => "symbolic",
            BasicPrice::Paid => "paid",
        }
    }
    pub fn parse(s: &str) -> Option<BasicPrice> {
        [BasicPrice::Free, BasicPrice::Symbolic, BasicPrice::Paid]
            .into_iter()
            .find(|p| p.code() == s)
    }
}

/// The facts of an application (or of a labelled place's current data).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Application {
    pub computers: u32,
    /// OpenStreetMap opening_hours syntax.
    pub opening_hours: String,
    pub training_hours_per_week: f64,
    pub free_access_hours_per_week: f64,
    pub open_to_all_adults: bool,
    pub basic_activities_price: BasicPrice,
    pub charter_accepted: bool,
}

/// The criteria, in the order they are shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CriterionId {
    Computers,
    OpeningHours,
    TrainingHours,
    FreeAccessHours,
    OpenToAllAdults,
    Price,
    Charter,
}

impl CriterionId {
    pub const ALL: [CriterionId; 7] = [
        CriterionId::Computers,
        CriterionId::OpeningHours,
        CriterionId::TrainingHours,
        CriterionId::FreeAccessHours,
        CriterionId::OpenToAllAdults,
        CriterionId::Price,
        CriterionId::Charter,
    ];

    pub fn code(self) -> &'static str {
        match self {
            CriterionId::Computers => "computers",
            CriterionId::OpeningHours => "opening_hours",
            CriterionId::TrainingHours => "training_hours",
            CriterionId::FreeAccessHours => "free_access_hours",
            CriterionId::OpenToAllAdults => "open_to_all_adults",
            CriterionId::Price => "price",
            CriterionId::Charter => "charter",
        }
    }
}

/// One criterion's outcome with the figures of its explanation.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CriterionResult {
    pub id: CriterionId,
    pub passed: bool,
    /// What the application has (e.g. "4" computers, "12.5" hours, "paid").
    pub actual: String,
    /// What the label asks (e.g. "6", "15", "free, symbolic").
    pub required: String,
    /// The opening hours could not be read (explained differently).
    pub unreadable: bool,
}

impl CriterionResult {
    /// The message key of the explanation: `label-criterion-<id>-<pass|fail|unreadable>`.
    pub fn message_key(&self) -> String {
        let outcome = if self.unreadable {
            "unreadable"
        } else if self.passed {
            "pass"
        } else {
            "fail"
        };
        format!(
            "label-criterion-{}-{outcome}",
            self.id.code().replace('_', "-")
        )
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Evaluation {
    pub eligible: bool,
    pub criteria: Vec<CriterionResult>,
}

/// Hours as people write them: "15", "12.5".
pub fn fmt_hours(h: f64) -> String {
    let r = (h * 100.0).round() / 100.0;
    if (r - r.round()).abs() < 1e-9 {
        format!("{}", r.round() as i64)
    } else {
        let s = format!("{r:.2}");
        s.trim_end_matches('0').to_owned()
    }
}

/// The usual weekly opening hours: the median over `weeks` weeks from the
/// Monday of `from`'s week, so that a public holiday or "closed in August"
/// does not decide. None when the hours cannot be read.
pub fn usual_weekly_hours(
    opening_hours: &str,
    country: &str,
    from: NaiveDate,
    weeks: u32,
) -> Option<f64> {
    let hours = Hours::parse(opening_hours, country).ok()?;
    let monday = from - TimeDelta::days(i64::from(from.weekday().num_days_from_monday()));
    let mut totals: Vec<i64> = (0..weeks.max(1))
        .map(|w| {
            let start = (monday + TimeDelta::weeks(i64::from(w)))
                .and_hms_opt(0, 0, 0)
                .expect("midnight");
            hours.hours_in_week(start).num_minutes()
        })
        .collect();
    totals.sort_unstable();
    let n = totals.len();
    let median = if n % 2 == 1 {
        totals[n / 2] as f64
    } else {
        (totals[n / 2 - 1] + totals[n / 2]) as f64 / 2.0
    };
    Some(median / 60.0)
}

/// Evaluates every criterion. `today` anchors the weeks of the opening hours;
/// `country` gives the public holidays.
pub fn evaluate(
    rules: &LabelRules,
    app: &Application,
    country: &str,
    today: NaiveDate,
) -> Evaluation {
    // Compare in minutes to avoid floating-point surprises at the threshold.
    let minutes = |h: f64| (h * 60.0).round() as i64;
    let mut criteria = Vec::with_capacity(7);
    criteria.push(CriterionResult {
        id: CriterionId::Computers,
        passed: app.computers >= rules.min_computers,
        actual: app.computers.to_string(),
        required: rules.min_computers.to_string(),
        unreadable: false,
    });
    let weekly = usual_weekly_hours(&app.opening_hours, country, today, rules.weeks_sampled);
    criteria.push(CriterionResult {
        id: CriterionId::OpeningHours,
        passed: weekly.is_some_and(|h| minutes(h) >= minutes(rules.min_open_hours_per_week)),
        actual: weekly
            .map(fmt_hours)
            .unwrap_or_else(|| app.opening_hours.clone()),
        required: fmt_hours(rules.min_open_hours_per_week),
        unreadable: weekly.is_none(),
    });
    for (id, have, need) in [
        (
            CriterionId::TrainingHours,
            app.training_hours_per_week,
            rules.min_training_hours_per_week,
        ),
        (
            CriterionId::FreeAccessHours,
            app.free_access_hours_per_week,
            rules.min_free_access_hours_per_week,
        ),
    ] {
        criteria.push(CriterionResult {
            id,
            passed: minutes(have) >= minutes(need),
            actual: fmt_hours(have),
            required: fmt_hours(need),
            unreadable: false,
        });
    }
    criteria.push(CriterionResult {
        id: CriterionId::OpenToAllAdults,
        passed: app.open_to_all_adults || !rules.require_open_to_all_adults,
        actual: app.open_to_all_adults.to_string(),
        required: rules.require_open_to_all_adults.to_string(),
        unreadable: false,
    });
    criteria.push(CriterionResult {
        id: CriterionId::Price,
        passed: rules.accepted_prices.contains(&app.basic_activities_price),
        actual: app.basic_activities_price.code().to_owned(),
        required: rules
            .accepted_prices
            .iter()
            .map(|p| p.code())
            .collect::<Vec<_>>()
            .join(", "),
        unreadable: false,
    });
    criteria.push(CriterionResult {
        id: CriterionId::Charter,
        passed: app.charter_accepted || !rules.require_charter,
        actual: app.charter_accepted.to_string(),
        required: rules.require_charter.to_string(),
        unreadable: false,
    });
    Evaluation {
        eligible: criteria.iter().all(|c| c.passed),
        criteria,
    }
}

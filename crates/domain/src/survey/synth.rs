//! Generated answers (issue 12, the demo and the benchmark): plausible
//! answers to any questionnaire from a fixed seed, always the same for the
//! same seed. Every answer respects the questionnaire: a question is
//! answered only when it is shown (its conditions and its section's, with
//! the hidden values the visitor's link sets, e.g. `public` = `mobile`), a
//! required question that is shown is always answered, an optional one is
//! sometimes left out, a multiple choice holds known options (an exclusive
//! option such as "none" alone), numbers stay within their bounds.
//!
//! A [`Plan`] gives the associations the data should show: the weights of
//! the choices, the chance of each option, and [`Effect`]s that change them
//! when a condition on the earlier answers holds (the over-60s more often
//! without a device). Satisfaction follows a latent satisfaction per
//! visitor: overall satisfaction close to it, each service more or less
//! close to it by its loading, so that the services with the highest
//! loadings come out as the most important in the matrix.
//!
//! No random crate: a SplitMix64 generator (Steele, Lea & Flood 2014, the
//! seeding generator of xoshiro), small, fast and good enough for test data.

use std::collections::BTreeMap;

use chrono::{Days, NaiveDate};

use super::questionnaire::{Answers, Condition, QuestionKind, Questionnaire, Role, Value};

/// SplitMix64: a 64-bit state advanced by a constant and mixed.
#[derive(Debug, Clone)]
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in [0, 1).
    pub fn unit(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64
    }

    pub fn chance(&mut self, p: f64) -> bool {
        self.unit() < p
    }

    /// An index drawn with the given weights (the last when all are zero).
    pub fn weighted(&mut self, weights: &[f64]) -> usize {
        let total: f64 = weights.iter().map(|w| w.max(0.0)).sum();
        let mut x = self.unit() * total;
        for (i, w) in weights.iter().enumerate() {
            let w = w.max(0.0);
            if x < w {
                return i;
            }
            x -= w;
        }
        weights.len().saturating_sub(1)
    }

    /// Standard normal (Box–Muller).
    pub fn normal(&mut self) -> f64 {
        let u = 1.0 - self.unit();
        let v = self.unit();
        (-2.0 * u.ln()).sqrt() * (2.0 * std::f64::consts::PI * v).cos()
    }
}

/// A change of one choice's weight (single choice) or odds (an option of a
/// multiple choice) when `when` holds on the earlier answers.
#[derive(Debug, Clone, PartialEq)]
pub struct Effect {
    pub when: Condition,
    pub question: String,
    pub choice: String,
    pub factor: f64,
}

/// How a service rating follows the visitor's satisfaction.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Rating {
    /// The mean rating.
    pub mean: f64,
    /// 0 to 1: how closely it follows the latent satisfaction (the rest is
    /// noise).
    pub loading: f64,
}

/// What the generated answers should look like.
#[derive(Debug, Clone, PartialEq)]
pub struct Plan {
    /// Weights of the choices of single choices (others uniform).
    pub weights: BTreeMap<String, Vec<(String, f64)>>,
    /// Chance of each option of multiple choices (others 0.3).
    pub selections: BTreeMap<String, Vec<(String, f64)>>,
    /// Options that are selected alone ("none"), per question.
    pub exclusive: BTreeMap<String, String>,
    pub effects: Vec<Effect>,
    /// Mean and spread of the latent satisfaction (0–10).
    pub satisfaction: (f64, f64),
    /// Service ratings (others: mean 7.5, loading 0.3).
    pub ratings: BTreeMap<String, Rating>,
    /// Mean and spread of numbers (others: the middle of their bounds).
    pub numbers: BTreeMap<String, (f64, f64)>,
    /// Chance of leaving out a shown optional question (texts: 0.9).
    pub skip: f64,
    /// Languages of the answers with their weights.
    pub languages: Vec<(String, f64)>,
}

impl Default for Plan {
    fn default() -> Self {
        Plan {
            weights: BTreeMap::new(),
            selections: BTreeMap::new(),
            exclusive: BTreeMap::new(),
            effects: Vec::new(),
            satisfaction: (7.5, 1.8),
            ratings: BTreeMap::new(),
            numbers: BTreeMap::new(),
            skip: 0.05,
            languages: vec![("fr".into(), 1.0)],
        }
    }
}

/// A few short texts per language for the text questions (never analysed).
fn a_text(lang: &str, rng: &mut Rng) -> String {
    let texts: &[&str] = match lang {
        "nl" => &["Bedankt", "Meer openingsuren", "Heel behulpzaam"],
        "en" => &["Thank you", "More opening hours", "Very helpful"],
        "es" => &["Gracias", "Más horarios", "Muy útil"],
        "ar" => &["شكرا", "ساعات عمل أكثر", "مفيد جدا"],
        _ => &["Merci", "Plus d'heures d'ouverture", "Très utile"],
    };
    texts[(rng.next_u64() % texts.len() as u64) as usize].to_owned()
}

fn clamp_round(x: f64, min: i64, max: i64) -> i64 {
    (x.round() as i64).clamp(min, max)
}

/// One visitor's answers, the hidden values given by the link (`hidden`:
/// question → value) already set.
pub fn generate_one(
    form: &Questionnaire,
    plan: &Plan,
    hidden: &[(String, String)],
    lang: &str,
    rng: &mut Rng,
) -> Answers {
    let mut answers = Answers::new();
    for (q, v) in hidden {
        answers.insert(q.clone(), Value::Text(v.clone()));
    }
    let (mu, sigma) = plan.satisfaction;
    let latent = mu + sigma * rng.normal();
    for q in form.questions() {
        if q.kind == QuestionKind::Hidden || !form.is_shown(&q.name, &answers) {
            continue;
        }
        let skip = if q.kind == QuestionKind::Text {
            0.9
        } else {
            plan.skip
        };
        if !q.required && rng.chance(skip) {
            continue;
        }
        let factor = |choice: &str, answers: &Answers| -> f64 {
            plan.effects
                .iter()
                .filter(|e| e.question == q.name && e.choice == choice && e.when.holds(answers))
                .map(|e| e.factor)
                .product()
        };
        let value = match &q.kind {
            QuestionKind::SingleChoice { .. } => {
                let choices = form.choices_of(q);
                if choices.is_empty() {
                    continue;
                }
                let given = plan.weights.get(&q.name);
                let weights: Vec<f64> = choices
                    .iter()
                    .map(|c| {
                        let base = given.map_or(1.0, |w| {
                            w.iter()
                                .find(|(n, _)| *n == c.name)
                                .map_or(0.0, |(_, w)| *w)
                        });
                        base * factor(&c.name, &answers)
                    })
                    .collect();
                Value::Text(choices[rng.weighted(&weights)].name.clone())
            }
            QuestionKind::MultipleChoice { .. } => {
                let choices = form.choices_of(q);
                if choices.is_empty() {
                    continue;
                }
                let given = plan.selections.get(&q.name);
                let chance = |name: &str| {
                    let p = given
                        .and_then(|g| g.iter().find(|(n, _)| n == name).map(|(_, p)| *p))
                        .unwrap_or(0.3)
                        .clamp(0.0, 1.0);
                    // The factor multiplies the odds.
                    let f = factor(name, &answers);
                    if p >= 1.0 {
                        1.0
                    } else {
                        let odds = p / (1.0 - p) * f;
                        odds / (1.0 + odds)
                    }
                };
                let probabilities: Vec<f64> = choices.iter().map(|c| chance(&c.name)).collect();
                let exclusive = plan.exclusive.get(&q.name);
                let mut selected: Vec<String> = Vec::new();
                // The exclusive option first: alone when drawn.
                if let Some(ex) = exclusive
                    && let Some(i) = choices.iter().position(|c| &c.name == ex)
                    && rng.chance(probabilities[i])
                {
                    selected.push(ex.clone());
                } else {
                    for (c, &p) in choices.iter().zip(&probabilities) {
                        if Some(&c.name) != exclusive && rng.chance(p) {
                            selected.push(c.name.clone());
                        }
                    }
                }
                if selected.is_empty() {
                    // Nothing drawn: the most likely option, so that every
                    // multiple choice answered has at least one.
                    let best = (0..choices.len())
                        .filter(|&i| Some(&choices[i].name) != exclusive)
                        .max_by(|&a, &b| probabilities[a].total_cmp(&probabilities[b]))
                        .unwrap_or(0);
                    selected.push(choices[best].name.clone());
                }
                Value::Choices(selected)
            }
            QuestionKind::Scale { min, max } => {
                let x = match q.role {
                    Some(Role::Overall) => latent + 0.6 * rng.normal(),
                    _ => {
                        let r = plan.ratings.get(&q.name).copied().unwrap_or(Rating {
                            mean: 7.5,
                            loading: 0.3,
                        });
                        r.mean
                            + r.loading * (latent - mu)
                            + (1.0 - r.loading) * sigma * rng.normal()
                    }
                };
                Value::Number(clamp_round(x, *min, *max))
            }
            QuestionKind::Number { min, max } => {
                let lo = min.unwrap_or(0);
                let hi = max.unwrap_or(lo + 20);
                let (m, s) = plan
                    .numbers
                    .get(&q.name)
                    .copied()
                    .unwrap_or(((lo + hi) as f64 / 2.0, (hi - lo) as f64 / 6.0));
                Value::Number(clamp_round(m + s * rng.normal(), lo, hi))
            }
            QuestionKind::Text => Value::Text(a_text(lang, rng)),
            QuestionKind::Hidden => continue,
        };
        answers.insert(q.name.clone(), value);
    }
    answers
}

/// How many answers a place gives, and the hidden values of its link.
#[derive(Debug, Clone, PartialEq)]
pub struct Quota {
    pub place_id: i64,
    pub answers: u32,
    pub hidden: Vec<(String, String)>,
}

/// One generated answer with its place, day and language.
#[derive(Debug, Clone, PartialEq)]
pub struct Generated {
    pub place_id: i64,
    pub day: NaiveDate,
    pub lang: String,
    pub answers: Answers,
}

/// The answers of an edition: each place's quota, on days of the period
/// (`opens_on` to `closes_on`), in the plan's languages, places mixed as
/// they would arrive.
pub fn generate(
    form: &Questionnaire,
    plan: &Plan,
    quotas: &[Quota],
    opens_on: NaiveDate,
    closes_on: NaiveDate,
    seed: u64,
) -> Vec<Generated> {
    let mut rng = Rng::new(seed);
    let days = (closes_on - opens_on).num_days().max(0) as u64 + 1;
    let mut left: Vec<u32> = quotas.iter().map(|q| q.answers).collect();
    let total: u32 = left.iter().sum();
    // The languages in their exact shares (largest remainders), drawn in turn.
    let mut langs_left = exact_shares(
        &plan.languages.iter().map(|l| l.1).collect::<Vec<_>>(),
        total,
    );
    let mut out = Vec::with_capacity(total as usize);
    for _ in 0..total {
        // A place drawn in proportion to what it has left.
        let i = rng.weighted(&left.iter().map(|&n| n as f64).collect::<Vec<_>>());
        left[i] -= 1;
        let quota = &quotas[i];
        let l = rng.weighted(&langs_left.iter().map(|&n| n as f64).collect::<Vec<_>>());
        let lang = match plan.languages.get(l) {
            Some((code, _)) if langs_left[l] > 0 => {
                langs_left[l] -= 1;
                code.clone()
            }
            _ => form.default_language().to_owned(),
        };
        let day = opens_on + Days::new(rng.next_u64() % days);
        let answers = generate_one(form, plan, &quota.hidden, &lang, &mut rng);
        out.push(Generated {
            place_id: quota.place_id,
            day,
            lang,
            answers,
        });
    }
    out.sort_by_key(|g| g.day);
    out
}

/// `total` split in proportion to `weights`, by largest remainders (the
/// parts add up to `total` exactly).
pub fn exact_shares(weights: &[f64], total: u32) -> Vec<u32> {
    let sum: f64 = weights.iter().map(|w| w.max(0.0)).sum();
    if weights.is_empty() || sum <= 0.0 {
        return vec![0; weights.len()];
    }
    let exact: Vec<f64> = weights
        .iter()
        .map(|w| w.max(0.0) / sum * total as f64)
        .collect();
    let mut out: Vec<u32> = exact.iter().map(|x| x.floor() as u32).collect();
    let mut order: Vec<usize> = (0..weights.len()).collect();
    order.sort_by(|&a, &b| (exact[b] - exact[b].floor()).total_cmp(&(exact[a] - exact[a].floor())));
    let given: u32 = out.iter().sum();
    for &i in order.iter().cycle().take((total - given) as usize) {
        out[i] += 1;
    }
    out
}

/// Spreads `total` answers over the first `answering` places (the rest give
/// none), `first_share` of them at the first place (e.g. the mobile EPN),
/// the others unevenly (weights 1 to 3, drawn from the seed), exactly
/// `total` in all and at least one each.
pub fn spread(
    total: u32,
    places: usize,
    answering: usize,
    first_share: f64,
    seed: u64,
) -> Vec<u32> {
    let mut rng = Rng::new(seed ^ 0x5EED);
    let answering = answering.min(places).max(1);
    let mut out = vec![0u32; places];
    let first = if answering == 1 {
        total
    } else {
        ((total as f64) * first_share).round() as u32
    };
    out[0] = first;
    let rest = total - first;
    let weights: Vec<f64> = (1..answering).map(|_| 1.0 + 2.0 * rng.unit()).collect();
    let sum: f64 = weights.iter().sum();
    let mut given = 0;
    for (i, w) in weights.iter().enumerate() {
        let n = ((rest as f64) * w / sum).floor().max(1.0) as u32;
        out[i + 1] = n;
        given += n;
    }
    // What rounding left goes to the places in turn.
    let mut i = 1;
    while given < rest && answering > 1 {
        out[i] += 1;
        given += 1;
        i = if i + 1 < answering { i + 1 } else { 1 };
    }
    out
}

/// The plan of the 2021 demo (the questionnaire `epn-visitors` 2021.1):
/// the associations the 2021 report found, so that the demo's crosses show
/// them — the over-60s more often without a device (about 31 % against
/// 9 %), the over-50s more often without a connection (39 % against under
/// 10 %), about as many women as men, about two thirds with the CESS or
/// less, about 80 % giving 8 or more overall, help and support weighing
/// most on overall satisfaction; 97 % of the answers in French.
pub fn plan_2021() -> Plan {
    fn w(pairs: &[(&str, f64)]) -> Vec<(String, f64)> {
        pairs.iter().map(|(n, x)| (n.to_string(), *x)).collect()
    }
    fn when(c: &str) -> Condition {
        Condition::parse_xlsform(c).expect("a valid condition")
    }
    let effect = |c: &str, question: &str, choice: &str, factor: f64| Effect {
        when: when(c),
        question: question.into(),
        choice: choice.into(),
        factor,
    };
    let over_50 = "${age} = 'age_50_59' or ${age} = 'age_60_plus'";
    let young = "${age} = 'under_20' or ${age} = 'age_20_29'";
    let mut plan = Plan {
        skip: 0.04,
        satisfaction: (8.85, 1.5),
        languages: w(&[
            ("fr", 97.0),
            ("nl", 1.2),
            ("en", 0.8),
            ("es", 0.5),
            ("ar", 0.5),
        ]),
        ..Plan::default()
    };
    let weights = [
        (
            "age",
            w(&[
                ("under_20", 7.0),
                ("age_20_29", 15.0),
                ("age_30_39", 17.0),
                ("age_40_49", 18.0),
                ("age_50_59", 19.0),
                ("age_60_plus", 24.0),
            ]),
        ),
        (
            "gender",
            w(&[("woman", 49.0), ("man", 49.0), ("other", 2.0)]),
        ),
        (
            "diploma",
            w(&[
                ("primary", 22.0),
                ("lower_secondary", 22.0),
                ("upper_secondary", 23.0),
                ("higher_non_university", 18.0),
                ("university", 15.0),
            ]),
        ),
        (
            "status",
            w(&[
                ("student", 8.0),
                ("job_seeker", 30.0),
                ("employed", 15.0),
                ("self_employed", 5.0),
                ("retired", 20.0),
                ("at_home", 14.0),
                ("other", 8.0),
            ]),
        ),
        ("home_help", w(&[("yes", 35.0), ("no", 65.0)])),
        (
            "connection",
            w(&[
                ("home", 62.0),
                ("mobile_only", 20.0),
                ("shared", 10.0),
                ("none", 8.0),
            ]),
        ),
        ("knew_before", w(&[("yes", 70.0), ("no", 30.0)])),
    ];
    plan.weights = weights
        .into_iter()
        .map(|(q, x)| (q.to_owned(), x))
        .collect();
    let selections = [
        (
            "devices",
            w(&[
                ("computer", 0.45),
                ("smartphone", 0.7),
                ("tablet", 0.2),
                ("none", 0.09),
            ]),
        ),
        (
            "heard_from",
            w(&[
                ("commune", 0.2),
                ("neighbourhood", 0.15),
                ("public_service", 0.25),
                ("family_friends", 0.35),
                ("internet", 0.12),
                ("poster", 0.1),
                ("other", 0.05),
            ]),
        ),
        (
            "come_for",
            w(&[
                ("computer_access", 0.5),
                ("help", 0.55),
                ("training", 0.3),
                ("printing", 0.35),
                ("other", 0.05),
            ]),
        ),
        (
            "purposes",
            w(&[
                ("job_seeking", 0.3),
                ("administration", 0.55),
                ("school", 0.15),
                ("private", 0.35),
                ("leisure", 0.15),
                ("other", 0.05),
            ]),
        ),
        (
            "criteria",
            w(&[
                ("proximity", 0.55),
                ("free", 0.5),
                ("opening_hours", 0.25),
                ("staff_help", 0.45),
                ("equipment", 0.2),
                ("recommended", 0.15),
                ("other", 0.04),
            ]),
        ),
    ];
    plan.selections = selections
        .into_iter()
        .map(|(q, x)| (q.to_owned(), x))
        .collect();
    plan.exclusive.insert("devices".into(), "none".into());
    plan.effects = vec![
        // The over-60s: 31 % without a device against 9 % (odds × 4.5).
        effect("${age} = 'age_60_plus'", "devices", "none", 4.5),
        effect("${age} = 'age_60_plus'", "devices", "smartphone", 0.4),
        // The over-50s: 39 % without a connection against 8 %.
        effect(over_50, "connection", "none", 7.4),
        // Without a device, rarely a connection of one's own.
        effect("selected(${devices}, 'none')", "connection", "home", 0.3),
        effect("${age} = 'age_60_plus'", "status", "retired", 6.0),
        effect("${age} = 'age_60_plus'", "status", "student", 0.0),
        effect("${age} = 'age_60_plus'", "status", "job_seeker", 0.2),
        effect(young, "status", "retired", 0.0),
        effect("${age} = 'under_20'", "status", "student", 12.0),
        effect("${status} = 'job_seeker'", "purposes", "job_seeking", 6.0),
        effect("${status} = 'student'", "purposes", "school", 6.0),
        effect(over_50, "come_for", "help", 2.0),
        effect("${diploma} = 'university'", "come_for", "help", 0.5),
    ];
    let rating = |mean, loading| Rating { mean, loading };
    plan.ratings = [
        ("sat_help", rating(8.9, 0.9)),
        ("sat_welcome", rating(9.1, 0.55)),
        ("sat_time", rating(8.2, 0.5)),
        ("sat_computers", rating(7.6, 0.35)),
        ("sat_equipment", rating(7.4, 0.3)),
        ("sat_trainings", rating(8.0, 0.3)),
        ("sat_hours", rating(7.0, 0.2)),
    ]
    .into_iter()
    .map(|(q, r)| (q.to_owned(), r))
    .collect();
    plan
}

/// The 2021 demo's quotas: 352 answers from 15 of the `places` (id, the
/// hidden `public` of its link), a third from the mobile EPN (the place
/// whose public is `mobile`, put first), the five that did not take part
/// being the last of the list.
pub fn quotas_2021(places: &[(i64, Option<String>)]) -> Vec<Quota> {
    demo_quotas(places, 352, 15, 2021)
}

/// A demo edition's quotas: `total` answers from the first `answering` of
/// the `places` (id, the hidden `public` of its link), a third from the
/// mobile EPN when there is one (the place whose public is `mobile`, put
/// first), the others spread unevenly from `seed` ([`spread`]); the places
/// beyond `answering` give none.
pub fn demo_quotas(
    places: &[(i64, Option<String>)],
    total: u32,
    answering: usize,
    seed: u64,
) -> Vec<Quota> {
    let mut ordered: Vec<&(i64, Option<String>)> = places
        .iter()
        .filter(|p| p.1.as_deref() == Some("mobile"))
        .collect();
    let mobile = !ordered.is_empty();
    ordered.extend(places.iter().filter(|p| p.1.as_deref() != Some("mobile")));
    let answering = places.len().min(answering);
    let share = if mobile {
        1.0 / 3.0
    } else {
        1.0 / answering.max(1) as f64
    };
    spread(total, ordered.len(), answering, share, seed)
        .into_iter()
        .zip(ordered)
        .filter(|(n, _)| *n > 0)
        .map(|(n, (id, public))| Quota {
            place_id: *id,
            answers: n,
            hidden: public
                .iter()
                .map(|p| ("public".to_owned(), p.clone()))
                .collect(),
        })
        .collect()
}

/// The seed of the demo: the same answers on every fresh demo.
pub const DEMO_SEED: u64 = 2021;

#[cfg(test)]
mod tests {
    use super::super::analysis::tests::form;
    use super::*;

    #[test]
    fn splitmix64_reference_values() {
        // The reference output of SplitMix64 seeded with 1234567.
        let mut r = Rng::new(1234567);
        assert_eq!(r.next_u64(), 6457827717110365317);
        assert_eq!(r.next_u64(), 3203168211198807973);
        let mut a = Rng::new(7);
        let mut b = Rng::new(7);
        assert!((0..100).all(|_| a.next_u64() == b.next_u64()));
        assert!((0..1000).all(|_| (0.0..1.0).contains(&a.unit())));
    }

    #[test]
    fn spread_gives_the_totals() {
        let s = spread(352, 20, 15, 1.0 / 3.0, 2021);
        assert_eq!(s.iter().sum::<u32>(), 352);
        assert_eq!(s.iter().filter(|&&n| n > 0).count(), 15);
        assert_eq!(s[0], 117);
        assert!(s[15..].iter().all(|&n| n == 0));
    }

    #[test]
    fn generated_answers_respect_the_questionnaire() {
        let f = form();
        let mut plan = Plan::default();
        plan.exclusive.insert("devices".into(), "none".into());
        plan.selections.insert(
            "devices".into(),
            vec![("none".into(), 0.2), ("phone".into(), 0.8)],
        );
        plan.effects.push(Effect {
            when: Condition::parse_xlsform("${age} = 'over_50'").unwrap(),
            question: "devices".into(),
            choice: "none".into(),
            factor: 6.0,
        });
        let mut required = f.clone();
        for q in required.sections[0].questions.iter_mut() {
            q.required = q.name == "overall" || q.name == "connection";
        }
        let quotas = vec![
            Quota {
                place_id: 1,
                answers: 600,
                hidden: vec![],
            },
            Quota {
                place_id: 2,
                answers: 400,
                hidden: vec![("public".into(), "mobile".into())],
            },
        ];
        let day = |d| NaiveDate::from_ymd_opt(2021, 10, d).unwrap();
        let got = generate(&required, &plan, &quotas, day(4), day(31), 42);
        assert_eq!(got.len(), 1000);
        assert_eq!(
            got,
            generate(&required, &plan, &quotas, day(4), day(31), 42),
            "same seed"
        );
        assert_eq!(got.iter().filter(|g| g.place_id == 2).count(), 400);
        let (mut none_old, mut old, mut none_young, mut young) = (0, 0, 0, 0);
        for g in &got {
            assert!((day(4)..=day(31)).contains(&g.day));
            let a = &g.answers;
            for q in required.questions() {
                let shown = required.is_shown(&q.name, a);
                if q.kind == QuestionKind::Hidden {
                    continue;
                }
                assert!(
                    shown || !a.contains_key(&q.name),
                    "{} answered but not shown",
                    q.name
                );
                if shown && q.required {
                    assert!(a.contains_key(&q.name), "{} required", q.name);
                }
            }
            // The mobile public never sees the connection question.
            assert_eq!(g.place_id == 2, !a.contains_key("connection"));
            if let Some(Value::Choices(d)) = a.get("devices") {
                assert!(!d.is_empty());
                assert!(!d.contains(&"none".to_string()) || d.len() == 1);
                let none = d.contains(&"none".to_string());
                match a.get("age") {
                    Some(Value::Text(x)) if x == "over_50" => {
                        old += 1;
                        none_old += none as u32;
                    }
                    Some(_) => {
                        young += 1;
                        none_young += none as u32;
                    }
                    None => {}
                }
            }
            if let Some(Value::Number(x)) = a.get("overall") {
                assert!((0..=10).contains(x));
            }
        }
        // The effect shows: about 60 % of the 50+ without a device against 20 %.
        let (o, y) = (
            none_old as f64 / old as f64,
            none_young as f64 / young as f64,
        );
        assert!(o > 0.5 && o < 0.7 && y > 0.13 && y < 0.27, "{o} {y}");
    }

    #[test]
    fn the_2021_demo_shows_what_the_report_found() {
        use super::super::analysis::{AnalysisOptions, Distribution, analyse_answers};
        use super::super::finding::Finding;
        use super::super::shipped::epn_visitors_2021;

        let form = epn_visitors_2021();
        let places: Vec<(i64, Option<String>)> = (1..=20)
            .map(|i| (i, (i == 7).then(|| "mobile".to_owned())))
            .collect();
        let quotas = quotas_2021(&places);
        assert_eq!(quotas.len(), 15);
        assert_eq!(quotas[0].place_id, 7);
        assert_eq!(quotas.iter().map(|q| q.answers).sum::<u32>(), 352);
        let day = |d| NaiveDate::from_ymd_opt(2021, 10, d).unwrap();
        let got = generate(&form, &plan_2021(), &quotas, day(4), day(31), DEMO_SEED);
        assert_eq!(got.len(), 352);
        let mobile = got.iter().filter(|g| g.place_id == 7).count();
        assert_eq!(mobile, 117, "a third from the mobile EPN");
        assert_eq!(
            got.iter().filter(|g| g.lang == "fr").count(),
            341,
            "97 % in French"
        );
        for g in &got {
            for q in form.questions() {
                if q.kind == QuestionKind::Hidden {
                    continue;
                }
                let shown = form.is_shown(&q.name, &g.answers);
                assert!(shown || !g.answers.contains_key(&q.name), "{}", q.name);
                assert!(
                    !(shown && q.required) || g.answers.contains_key(&q.name),
                    "{}",
                    q.name
                );
            }
            if g.place_id == 7 {
                assert!(
                    !g.answers.contains_key("knew_before"),
                    "the mobile public's part"
                );
                assert_eq!(g.answers.get("public"), Some(&Value::Text("mobile".into())));
            }
        }

        let a = analyse_answers(
            &form,
            got.iter().map(|g| &g.answers),
            AnalysisOptions::default(),
        );
        let share = |q: &str, names: &[&str]| {
            let r = a.question(q).unwrap();
            let Distribution::Choices(c) = &r.distribution else {
                panic!("{q}")
            };
            c.iter()
                .filter(|x| names.contains(&x.0.as_str()))
                .map(|x| x.1)
                .sum::<u64>() as f64
                / r.n as f64
        };
        let (women, men) = (share("gender", &["woman"]), share("gender", &["man"]));
        assert!((women - men).abs() < 0.1, "{women} {men}");
        let cess = share(
            "diploma",
            &["primary", "lower_secondary", "upper_secondary"],
        );
        assert!((0.6..0.74).contains(&cess), "{cess}");
        let Distribution::Scale { high, .. } = a.question("overall").unwrap().distribution else {
            panic!()
        };
        let high = high as f64 / 352.0;
        assert!((0.74..0.86).contains(&high), "{high}");

        // No connection: over 50 against under 50.
        let c = a
            .crosses
            .iter()
            .find(|c| c.by == "age" && c.question == "connection")
            .unwrap();
        let t = &c.analysis.table;
        let none = t.col_labels.iter().position(|l| l == "none").unwrap();
        let (mut old, mut old_n, mut young, mut young_n) = (0, 0, 0, 0);
        for (i, row) in t.counts.iter().enumerate() {
            let n: u64 = row.iter().sum();
            if t.row_labels[i] == "age_50_59" || t.row_labels[i] == "age_60_plus" {
                old += row[none];
                old_n += n;
            } else {
                young += row[none];
                young_n += n;
            }
        }
        let (o, y) = (old as f64 / old_n as f64, young as f64 / young_n as f64);
        assert!(o > 0.3 && o < 0.48 && y < 0.12, "{o} {y}");
        assert!(c.p_holm.unwrap() < 0.05, "significant after Holm");
        // The over-60s more often without a device, said so.
        let d = a
            .crosses
            .iter()
            .find(|c| {
                c.by == "age"
                    && c.question == "devices"
                    && c.measure == super::super::analysis::Measure::Option("none".into())
            })
            .unwrap();
        match &d.finding {
            Finding::MoreOften { group, answer, .. } => {
                assert_eq!(
                    (group.as_str(), answer.as_str()),
                    ("age_60_plus", "selected")
                );
            }
            other => panic!("{other:?}"),
        }
        // Help and support weigh most on overall satisfaction.
        let top = a
            .matrix
            .iter()
            .max_by(|x, y| x.importance.total_cmp(&y.importance))
            .unwrap();
        assert_eq!(top.service, "sat_help");
        assert_eq!(a.matrix.len(), 7);
    }
}

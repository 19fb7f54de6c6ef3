use super::super::finding::Finding;
use super::super::independence::{TestUsed, chi_square};
use super::super::matrix::importance_performance;
use super::super::questionnaire::{
    Answers, Choice, ChoiceList, Condition, Labels, Question, QuestionKind, Questionnaire, Role,
    Section, Value,
};
use super::*;
use crate::statistics::Value as Shown;

fn label(text: &str) -> Labels {
    Labels::new().with("en", text)
}

fn list(name: &str, choices: &[&str]) -> ChoiceList {
    ChoiceList {
        name: name.into(),
        choices: choices
            .iter()
            .map(|c| Choice {
                name: (*c).into(),
                label: label(c),
            })
            .collect(),
    }
}

fn question(name: &str, kind: QuestionKind, role: Option<Role>) -> Question {
    Question {
        name: name.into(),
        kind,
        label: label(name),
        hint: Labels::new(),
        required: false,
        relevant: None,
        role,
    }
}

fn single(list: &str) -> QuestionKind {
    QuestionKind::SingleChoice { list: list.into() }
}

fn scale() -> QuestionKind {
    QuestionKind::Scale { min: 0, max: 10 }
}

/// A small questionnaire: two crossing variables, a multiple choice, a
/// question the mobile public does not see, overall satisfaction and two
/// services, a number and a text.
pub(crate) fn form() -> Questionnaire {
    let mut connection = question("connection", single("yes_no"), None);
    connection.relevant = Some(Condition::parse_xlsform("${public} != 'mobile'").unwrap());
    let f = Questionnaire {
        form_id: "test".into(),
        version: "1".into(),
        title: label("Test"),
        languages: vec!["en".into()],
        provenance: None,
        sections: vec![Section {
            name: "all".into(),
            label: label("All"),
            relevant: None,
            questions: vec![
                question("public", QuestionKind::Hidden, None),
                question("age", single("ages"), Some(Role::Cross)),
                question("gender", single("genders"), Some(Role::Cross)),
                question(
                    "devices",
                    QuestionKind::MultipleChoice {
                        list: "devices".into(),
                    },
                    None,
                ),
                connection,
                question("overall", scale(), Some(Role::Overall)),
                question("help", scale(), Some(Role::Service)),
                question("wifi", scale(), Some(Role::Service)),
                question(
                    "visits",
                    QuestionKind::Number {
                        min: Some(0),
                        max: None,
                    },
                    None,
                ),
                question("comment", QuestionKind::Text, None),
            ],
        }],
        lists: vec![
            list("ages", &["under_50", "over_50"]),
            list("genders", &["woman", "man"]),
            list("devices", &["phone", "computer", "none"]),
            list("yes_no", &["yes", "no"]),
        ],
    };
    f.check().unwrap();
    f
}

fn text(v: &str) -> Value {
    Value::Text(v.into())
}

/// One answer from a compact description.
#[allow(clippy::too_many_arguments)]
fn answer(
    age: Option<&str>,
    gender: &str,
    devices: &[&str],
    connection: Option<&str>,
    overall: i64,
    help: Option<i64>,
    visits: i64,
    comment: &str,
) -> Answers {
    let mut a = Answers::new();
    if let Some(age) = age {
        a.insert("age".into(), text(age));
    }
    a.insert("gender".into(), text(gender));
    a.insert(
        "devices".into(),
        Value::Choices(devices.iter().map(|d| d.to_string()).collect()),
    );
    match connection {
        Some(c) => {
            a.insert("connection".into(), text(c));
        }
        None => {
            a.insert("public".into(), text("mobile"));
        }
    }
    a.insert("overall".into(), Value::Number(overall));
    if let Some(h) = help {
        a.insert("help".into(), Value::Number(h));
    }
    a.insert("wifi".into(), Value::Number(overall.min(7)));
    a.insert("visits".into(), Value::Number(visits));
    if !comment.is_empty() {
        a.insert("comment".into(), text(comment));
    }
    a
}

fn eight() -> Vec<Answers> {
    vec![
        answer(
            Some("under_50"),
            "woman",
            &["phone", "computer"],
            Some("yes"),
            9,
            Some(9),
            1,
            "fine",
        ),
        answer(
            Some("under_50"),
            "man",
            &["phone"],
            Some("yes"),
            8,
            Some(8),
            2,
            "",
        ),
        answer(
            Some("under_50"),
            "woman",
            &["computer"],
            Some("yes"),
            10,
            Some(10),
            3,
            "",
        ),
        answer(
            Some("over_50"),
            "man",
            &["none"],
            Some("no"),
            5,
            Some(4),
            4,
            "slow",
        ),
        answer(
            Some("over_50"),
            "woman",
            &["phone"],
            Some("no"),
            7,
            Some(6),
            4,
            "",
        ),
        answer(Some("over_50"), "man", &["none"], None, 6, None, 6, ""),
        answer(None, "woman", &["phone"], None, 8, Some(7), 10, ""),
        answer(
            Some("under_50"),
            "man",
            &["phone", "computer"],
            Some("yes"),
            9,
            Some(9),
            2,
            " ",
        ),
    ]
}

fn analysed() -> EditionAnalysis {
    analyse_answers(&form(), &eight(), AnalysisOptions::default())
}

#[test]
fn distributions_by_hand() {
    let a = analysed();
    assert_eq!(a.answers, 8);
    assert!(
        a.question("public").is_none(),
        "hidden values are not analysed"
    );

    let age = a.question("age").unwrap();
    assert_eq!(age.n, 7);
    assert_eq!(
        age.distribution,
        Distribution::Choices(vec![("under_50".into(), 4), ("over_50".into(), 3)])
    );
    assert!((age.share(4) - 4.0 / 7.0).abs() < 1e-12);

    // Multiple choice: shares of the 8 who answered, 5 + 3 + 2 = 10 > 8.
    let devices = a.question("devices").unwrap();
    assert_eq!(devices.n, 8);
    assert_eq!(
        devices.distribution,
        Distribution::Selections(vec![
            ("phone".into(), 5),
            ("computer".into(), 3),
            ("none".into(), 2)
        ])
    );

    // Shown to 6 (not to the mobile public).
    assert_eq!(a.question("connection").unwrap().n, 6);

    let overall = a.question("overall").unwrap();
    match &overall.distribution {
        Distribution::Scale {
            counts,
            mean,
            high_from,
            high,
            ..
        } => {
            assert_eq!(counts.len(), 11);
            assert_eq!((counts[8], counts[9], counts[5]), (2, 2, 1));
            // (9 + 8 + 10 + 5 + 7 + 6 + 8 + 9) / 8 = 62 / 8
            assert!((mean.unwrap() - 7.75).abs() < 1e-12);
            assert_eq!((*high_from, *high), (8, 5));
        }
        other => panic!("{other:?}"),
    }
    // visits: 1 2 2 3 4 4 6 10 → mean 32/8 = 4, median (3 + 4) / 2.
    assert_eq!(
        a.question("visits").unwrap().distribution,
        Distribution::Number {
            mean: Some(4.0),
            median: Some(3.5),
            min: Some(1),
            max: Some(10)
        }
    );
    // Blank texts do not count; texts are only counted.
    let comment = a.question("comment").unwrap();
    assert_eq!((comment.n, &comment.distribution), (2, &Distribution::Text));
}

#[test]
fn crosses_by_hand() {
    let a = analysed();
    let cross = |by: &str, q: &str| {
        a.crosses
            .iter()
            .filter(|c| c.by == by && c.question == q)
            .collect::<Vec<_>>()
    };
    // connection by age: under 50 → 4 yes; 50+ → 2 no (one mobile answer
    // did not see it); the answer without an age is missing.
    let c = cross("age", "connection");
    assert_eq!(c.len(), 1);
    let t = &c[0].analysis.table;
    assert_eq!(t.row_labels, ["under_50", "over_50"]);
    assert_eq!(t.col_labels, ["yes", "no"]);
    assert_eq!(t.counts, [[4, 0], [0, 2]]);
    assert_eq!(
        t.missing, 0,
        "the answer without an age was not shown the question"
    );
    assert_eq!(c[0].analysis.test, TestUsed::FisherExact);
    // Fisher, [[4,0],[0,2]]: the only table as improbable is itself, 1 / C(6,2).
    assert!((c[0].analysis.p_value.unwrap() - 1.0 / 15.0).abs() < 1e-9);

    // Each option of a multiple choice, selected or not among those who answered.
    let d = cross("age", "devices");
    assert_eq!(d.len(), 3);
    assert_eq!(d[2].measure, Measure::Option("none".into()));
    assert_eq!(d[2].analysis.table.col_labels, [SELECTED, NOT_SELECTED]);
    assert_eq!(d[2].analysis.table.counts, [[0, 4], [2, 1]]);
    assert_eq!(d[2].analysis.table.missing, 1);

    // A scale: 8 or more against under 8.
    let o = cross("gender", "overall");
    assert_eq!(o[0].measure, Measure::High { from: 8 });
    assert_eq!(o[0].analysis.table.counts, [[3, 1], [2, 2]]);

    // A number: above its median (3.5) or not.
    let v = cross("age", "visits");
    assert_eq!(v[0].measure, Measure::Median { median: 3.5 });
    assert_eq!(v[0].analysis.table.counts, [[0, 4], [3, 0]]);

    // The two crossing variables are crossed once; texts are not crossed.
    assert_eq!(cross("age", "gender").len(), 1);
    assert!(cross("gender", "age").is_empty());
    assert!(cross("age", "comment").is_empty());
    assert!(cross("age", "age").is_empty());

    // Holm over the whole family.
    let ps: Vec<f64> = a
        .crosses
        .iter()
        .filter_map(|c| c.analysis.p_value)
        .collect();
    let adjusted = holm(&ps);
    let got: Vec<f64> = a.crosses.iter().filter_map(|c| c.p_holm).collect();
    assert_eq!(got, adjusted);
    assert!(ps.len() > 10);
    // With 8 answers and a big family, nothing is significant after Holm.
    assert!(
        a.crosses
            .iter()
            .all(|c| !matches!(c.finding, Finding::MoreOften { .. }))
    );
}

#[test]
fn tallies_add_up_and_survive_as_cells() {
    let f = form();
    let answers = eight();
    let mut all = Tally::new(&f);
    for a in &answers {
        all.add(a);
    }
    let (mut first, mut second) = (Tally::new(&f), Tally::new(&f));
    for a in &answers[..3] {
        first.add(a);
    }
    for a in &answers[3..] {
        second.add(a);
    }
    first.merge(&second);
    assert_eq!(first, all);

    let cells = all.cells();
    assert!(cells.iter().all(|(_, c)| *c > 0));
    let back = Tally::from_cells(&f, cells.iter().map(|(k, c)| (k.as_str(), *c)));
    assert_eq!(back, all);
    // Cells of single answers add up like the answers (the store's rollup).
    let mut summed: BTreeMap<String, i64> = BTreeMap::new();
    for a in &answers {
        let mut one = Tally::new(&f);
        one.add(a);
        for (k, c) in one.cells() {
            *summed.entry(k).or_default() += c;
        }
    }
    let back = Tally::from_cells(&f, summed.iter().map(|(k, c)| (k.as_str(), *c)));
    assert_eq!(back.analyse(AnalysisOptions::default()), analysed());
}

#[test]
fn values_that_do_not_fit_are_not_counted() {
    let f = form();
    let mut a = Answers::new();
    a.insert("age".into(), text("unknown"));
    a.insert(
        "devices".into(),
        Value::Choices(vec!["phone".into(), "phone".into(), "fax".into()]),
    );
    a.insert("overall".into(), Value::Number(11));
    let r = analyse_answers(&f, [&a], AnalysisOptions::default());
    assert_eq!(r.question("age").unwrap().n, 0);
    assert_eq!(r.question("overall").unwrap().n, 0);
    assert_eq!(
        r.question("devices").unwrap().distribution,
        Distribution::Selections(vec![
            ("phone".into(), 1),
            ("computer".into(), 0),
            ("none".into(), 0)
        ])
    );
}

/// Answers whose cross of `connection`-like question by age is `counts`
/// (rows: age classes of a 2-row variable; columns: a 3-choice question).
fn answers_for(counts: [[u64; 3]; 2]) -> (Questionnaire, Vec<Answers>) {
    let mut f = form();
    f.lists.push(list("three", &["a", "b", "c"]));
    f.sections[0]
        .questions
        .push(question("third", single("three"), None));
    let ages = ["under_50", "over_50"];
    let choices = ["a", "b", "c"];
    let mut out = Vec::new();
    for (i, row) in counts.iter().enumerate() {
        for (j, &n) in row.iter().enumerate() {
            for _ in 0..n {
                let mut a = Answers::new();
                a.insert("age".into(), text(ages[i]));
                a.insert("third".into(), text(choices[j]));
                out.push(a);
            }
        }
    }
    (f, out)
}

#[test]
fn reference_values_through_the_edition() {
    // Issue 12: χ² = 30.0701, df = 2, p = 2.954e-07, V = 0.1044 (0.1009 corrected).
    let (f, answers) = answers_for([[762, 327, 468], [484, 239, 477]]);
    let a = analyse_answers(&f, &answers, AnalysisOptions::default());
    let c = a
        .crosses
        .iter()
        .find(|c| c.by == "age" && c.question == "third")
        .unwrap();
    assert_eq!(c.analysis.test, TestUsed::ChiSquare);
    let chi = c.analysis.chi_square.unwrap();
    assert!((chi.statistic - 30.0701).abs() < 5e-5, "{}", chi.statistic);
    assert_eq!(chi.df, 2);
    assert!((chi.p_value / 2.954e-07 - 1.0).abs() < 5e-4);
    assert!((chi.cramers_v - 0.1044).abs() < 5e-5);
    assert!((chi.cramers_v_corrected - 0.1009).abs() < 5e-5);
    // The only tested cross here: Holm leaves it as it is.
    assert_eq!(c.p_holm, c.analysis.p_value);
    match &c.finding {
        Finding::MoreOften {
            group,
            answer,
            group_share,
            others_share,
            ..
        } => {
            // The largest gap: over 50, 477/1200 = 39.8 % "c" against
            // 468/1557 = 30.1 % (under 50, "a": 48.9 % against 40.3 %).
            assert_eq!((group.as_str(), answer.as_str()), ("over_50", "c"));
            assert!((group_share - 477.0 / 1200.0).abs() < 1e-12);
            assert!((others_share - 468.0 / 1557.0).abs() < 1e-12);
        }
        other => panic!("{other:?}"),
    }

    // [[3,1,0],[0,2,4]]: chi-square not valid, exact p = 1/30.
    let (f, answers) = answers_for([[3, 1, 0], [0, 2, 4]]);
    let a = analyse_answers(&f, &answers, AnalysisOptions::default());
    let c = a.crosses.iter().find(|c| c.question == "third").unwrap();
    assert!(!c.analysis.valid_chi_square());
    assert_eq!(c.analysis.test, TestUsed::ExactEnumeration);
    assert!((c.analysis.p_value.unwrap() - 1.0 / 30.0).abs() < 1e-12);
}

#[test]
fn the_matrix_from_counts_is_the_matrix_from_answers() {
    let f = form();
    // Overall follows help closely; wifi is capped at 7 and follows less.
    let mut answers = Vec::new();
    for i in 0..60i64 {
        let overall = (i * 7) % 11;
        let help = (overall + (i % 3) - 1).clamp(0, 10);
        let mut a = answer(
            Some("under_50"),
            "woman",
            &["phone"],
            Some("yes"),
            overall,
            Some(help),
            1,
            "",
        );
        a.insert("wifi".into(), Value::Number((i * 5) % 11));
        if i % 10 == 0 {
            a.remove("overall");
        }
        answers.push(a);
    }
    let r = analyse_answers(&f, &answers, AnalysisOptions::default());
    let col = |name: &str| -> Vec<Option<f64>> {
        answers
            .iter()
            .map(|a| match a.get(name) {
                Some(Value::Number(x)) => Some(*x as f64),
                _ => None,
            })
            .collect()
    };
    let want = importance_performance(
        &[("help".into(), col("help")), ("wifi".into(), col("wifi"))],
        &col("overall"),
    );
    assert_eq!(r.matrix.len(), 2);
    assert_eq!(r.overall.as_deref(), Some("overall"));
    for (got, want) in r.matrix.iter().zip(&want) {
        assert_eq!(got.service, want.service);
        assert_eq!(got.quadrant, want.quadrant);
        assert_eq!(got.n, want.n);
        assert!((got.performance - want.performance).abs() < 1e-12);
        assert!((got.importance - want.importance).abs() < 1e-12);
    }
    assert!(r.matrix[0].importance > r.matrix[1].importance);
}

#[test]
fn two_editions_compared() {
    let (f, before) = answers_for([[20, 10, 10], [0, 0, 0]]);
    let (_, after) = answers_for([[10, 10, 20], [0, 0, 0]]);
    let options = AnalysisOptions::default();
    let (b, a) = (
        analyse_answers(&f, &before, options),
        analyse_answers(&f, &after, options),
    );
    let cmp = compare(&a, "2021", &b, "2019", options);
    let third = cmp.iter().find(|c| c.question == "third").unwrap();
    assert_eq!(third.analysis.table.row_labels, ["2019", "2021"]);
    assert_eq!(third.analysis.table.counts, [[20, 10, 10], [10, 10, 20]]);
    let chi = chi_square(&third.analysis.table);
    assert_eq!(third.analysis.p_value, Some(chi.p_value));
    assert_eq!(third.differences[0].0, "a");
    assert!((third.differences[0].1 - (-0.25)).abs() < 1e-12);
    assert!((third.differences[2].1 - 0.25).abs() < 1e-12);
    // The age question is compared too (same choices), texts and numbers are not.
    assert!(cmp.iter().any(|c| c.question == "age"));
    assert!(
        !cmp.iter()
            .any(|c| c.question == "comment" || c.question == "visits")
    );
    // Holm over the comparisons of the pair.
    let ps: Vec<f64> = cmp.iter().filter_map(|c| c.analysis.p_value).collect();
    assert_eq!(
        cmp.iter().filter_map(|c| c.p_holm).collect::<Vec<_>>(),
        holm(&ps)
    );

    // A question whose choices changed is not compared.
    let mut g = f.clone();
    g.lists
        .iter_mut()
        .find(|l| l.name == "three")
        .unwrap()
        .choices
        .pop();
    let a2 = analyse_answers(&g, &after, options);
    assert!(
        !compare(&a2, "2021", &b, "2019", options)
            .iter()
            .any(|c| c.question == "third")
    );
}

#[test]
fn the_public_version_shows_no_small_count() {
    let (f, mut answers) = answers_for([[40, 3, 12], [30, 20, 0]]);
    for a in answers.iter_mut().take(2) {
        a.insert("devices".into(), Value::Choices(vec!["none".into()]));
    }
    for a in answers.iter_mut().skip(2).take(30) {
        a.insert("devices".into(), Value::Choices(vec!["phone".into()]));
    }
    let r = analyse_answers(&f, &answers, AnalysisOptions::default());
    let p = publish(&r, 5);
    assert_eq!(p.answers, Shown::Number(105));
    let third = p.questions.iter().find(|q| q.question == "third").unwrap();
    // b = 23, c = 12, a = 70: nothing small.
    assert_eq!(
        third.counts,
        [
            ("a".into(), Shown::Number(70)),
            ("b".into(), Shown::Number(23)),
            ("c".into(), Shown::Number(12))
        ]
    );
    // The cross has a cell of 3: not shown, and says so.
    let cross = p.crosses.iter().find(|c| c.question == "third").unwrap();
    assert!(cross.shown.is_none());
    // devices: 32 answered; none = 2 (small), phone = 30, computer = 0;
    // phone's complement is 2 (small) too.
    let devices = p
        .questions
        .iter()
        .find(|q| q.question == "devices")
        .unwrap();
    assert!(!devices.adds_up);
    assert_eq!(
        devices.counts,
        [
            ("phone".into(), Shown::Suppressed),
            ("computer".into(), Shown::Number(0)),
            ("none".into(), Shown::Suppressed)
        ]
    );
    // Secondary suppression on a single choice: age has 105 and 0 … use a
    // table with one small count: it takes the next smallest with it.
    let (f, answers) = answers_for([[40, 3, 12], [30, 20, 7]]);
    let r = analyse_answers(&f, &answers, AnalysisOptions::default());
    let p = publish(&r, 5);
    let third = p.questions.iter().find(|q| q.question == "third").unwrap();
    assert_eq!(
        third.counts,
        [
            ("a".into(), Shown::Number(70)),
            ("b".into(), Shown::Number(23)),
            ("c".into(), Shown::Number(19))
        ]
    );
    let p = publish(&r, 25);
    let third = p.questions.iter().find(|q| q.question == "third").unwrap();
    assert_eq!(
        third.counts,
        [
            ("a".into(), Shown::Number(70)),
            ("b".into(), Shown::Suppressed),
            ("c".into(), Shown::Suppressed)
        ]
    );
    // Nothing in any shown cross is small.
    for c in p.crosses.iter().filter_map(|c| c.shown.as_ref()) {
        assert!(
            c.analysis
                .table
                .counts
                .iter()
                .flatten()
                .all(|&x| x == 0 || x >= 25)
        );
    }
    // A small question: n hidden, no mean.
    let few = analyse_answers(&form(), &eight()[..3], AnalysisOptions::default());
    let p = publish(&few, 5);
    let overall = p
        .questions
        .iter()
        .find(|q| q.question == "overall")
        .unwrap();
    assert_eq!(overall.n, Shown::Suppressed);
    assert_eq!(overall.mean, None);
    assert!(overall.counts.iter().all(|(_, v)| *v != Shown::Number(1)));
    assert!(p.matrix.is_empty());
}

//! The anonymised answers of an edition as a table (one row per answer, one
//! column per question, value labels in a chosen language) and its codebook
//! (what each column holds). Short texts are left out of the answers: a
//! visitor may have written a name or a phone number in them; the codebook
//! says so.

use chrono::NaiveDate;

use super::questionnaire::{Answers, Question, QuestionKind, Questionnaire, Value};
use crate::export::{Cell, Table};

/// Whether a question's answers go in the anonymised table.
pub fn exported(q: &Question) -> bool {
    q.kind != QuestionKind::Text
}

fn kind_code(kind: &QuestionKind) -> String {
    match kind {
        QuestionKind::SingleChoice { list } => format!("select_one {list}"),
        QuestionKind::MultipleChoice { list } => format!("select_multiple {list}"),
        QuestionKind::Scale { min, max } => format!("range {min}-{max}"),
        QuestionKind::Number { .. } => "integer".into(),
        QuestionKind::Text => "text".into(),
        QuestionKind::Hidden => "hidden".into(),
    }
}

/// The columns of the answers table: `place`, `day`, `language`, then per
/// exported question its name, or `name/choice` for each choice of a
/// multiple choice (1 selected, 0 not, empty when not answered).
pub fn columns(form: &Questionnaire) -> Vec<String> {
    let mut out = vec!["place".to_owned(), "day".to_owned(), "language".to_owned()];
    for q in form.questions().filter(|q| exported(q)) {
        match q.kind {
            QuestionKind::MultipleChoice { .. } => {
                for c in form.choices_of(q) {
                    out.push(format!("{}/{}", q.name, c.name));
                }
            }
            _ => out.push(q.name.clone()),
        }
    }
    out
}

/// One answer's row, value labels in `lang`.
pub fn row(
    form: &Questionnaire,
    lang: &str,
    place: &str,
    day: NaiveDate,
    answer_lang: &str,
    a: &Answers,
) -> Vec<Cell> {
    let fallback = form.default_language();
    let mut out = vec![
        Cell::text(place),
        Cell::text(day.format("%Y-%m-%d").to_string()),
        Cell::text(answer_lang),
    ];
    for q in form.questions().filter(|q| exported(q)) {
        let value = a.get(&q.name);
        match &q.kind {
            QuestionKind::MultipleChoice { .. } => {
                let chosen: &[String] = match value {
                    Some(Value::Choices(cs)) => cs,
                    _ => &[],
                };
                for c in form.choices_of(q) {
                    out.push(if value.is_none() {
                        Cell::Empty
                    } else {
                        Cell::Integer(i64::from(chosen.contains(&c.name)))
                    });
                }
            }
            QuestionKind::SingleChoice { .. } => out.push(match value {
                Some(Value::Text(name)) => Cell::text(
                    form.choices_of(q)
                        .iter()
                        .find(|c| &c.name == name)
                        .map_or(name.as_str(), |c| c.label.get(lang, fallback)),
                ),
                _ => Cell::Empty,
            }),
            _ => out.push(match value {
                Some(Value::Number(n)) => Cell::Integer(*n),
                Some(Value::Text(t)) => Cell::text(t.as_str()),
                Some(Value::Choices(cs)) => Cell::text(cs.join(" ")),
                None => Cell::Empty,
            }),
        }
    }
    out
}

/// The codebook: per question, its column(s), section, label in `lang`,
/// type, values (each choice's name and label), condition, role, and
/// whether it is in the answers table.
pub fn codebook(form: &Questionnaire, lang: &str) -> Table {
    let fallback = form.default_language();
    let header = [
        "column", "section", "question", "type", "values", "shown_if", "role", "exported",
    ]
    .map(String::from)
    .to_vec();
    let mut rows = Vec::new();
    for s in &form.sections {
        for q in &s.questions {
            let values = match &q.kind {
                QuestionKind::SingleChoice { .. } | QuestionKind::MultipleChoice { .. } => form
                    .choices_of(q)
                    .iter()
                    .map(|c| format!("{} = {}", c.name, c.label.get(lang, fallback)))
                    .collect::<Vec<_>>()
                    .join(" | "),
                QuestionKind::Scale { min, max } => format!("{min} … {max}"),
                QuestionKind::Number { min, max } => format!(
                    "{} … {}",
                    min.map_or(String::new(), |m| m.to_string()),
                    max.map_or(String::new(), |m| m.to_string())
                ),
                QuestionKind::Text | QuestionKind::Hidden => String::new(),
            };
            let column = match q.kind {
                QuestionKind::MultipleChoice { .. } => format!("{}/…", q.name),
                _ => q.name.clone(),
            };
            let condition = [s.relevant.as_ref(), q.relevant.as_ref()]
                .into_iter()
                .flatten()
                .map(|c| c.to_xlsform())
                .collect::<Vec<_>>()
                .join(" and ");
            rows.push(vec![
                Cell::text(column),
                Cell::text(s.name.as_str()),
                Cell::text(q.label.get(lang, fallback)),
                Cell::text(kind_code(&q.kind)),
                Cell::text(values),
                Cell::text(condition),
                Cell::text(q.role.map_or("", |r| r.code())),
                Cell::text(if exported(q) {
                    "yes"
                } else {
                    "no: free text may identify a person"
                }),
            ]);
        }
    }
    Table { header, rows }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::survey::shipped::epn_visitors_2021;

    #[test]
    fn the_answers_table_has_value_labels_and_no_free_text() {
        let form = epn_visitors_2021();
        let cols = columns(&form);
        assert_eq!(&cols[..3], ["place", "day", "language"]);
        assert!(cols.contains(&"age".to_owned()));
        assert!(cols.iter().any(|c| c.starts_with("devices/")));
        let texts: Vec<_> = form
            .questions()
            .filter(|q| q.kind == QuestionKind::Text)
            .collect();
        assert!(!texts.is_empty());
        for t in texts {
            assert!(!cols.contains(&t.name), "{} is free text", t.name);
        }
        let mut a = Answers::new();
        let age = form.question("age").unwrap();
        let first = &form.choices_of(age)[0];
        a.insert("age".into(), Value::Text(first.name.clone()));
        let devices = form.question("devices").unwrap();
        let some = &form.choices_of(devices)[0];
        a.insert("devices".into(), Value::Choices(vec![some.name.clone()]));
        a.insert("overall".into(), Value::Number(9));
        let day = NaiveDate::from_ymd_opt(2021, 11, 3).unwrap();
        let r = row(&form, "nl", "EPN X", day, "fr", &a);
        assert_eq!(r.len(), cols.len());
        let at = |name: &str| &r[cols.iter().position(|c| c == name).unwrap()];
        assert_eq!(at("age"), &Cell::text(first.label.get("nl", "fr")));
        assert_eq!(at(&format!("devices/{}", some.name)), &Cell::Integer(1));
        let other = &form.choices_of(devices)[1];
        assert_eq!(at(&format!("devices/{}", other.name)), &Cell::Integer(0));
        assert_eq!(at("overall"), &Cell::Integer(9));
        assert_eq!(at("day"), &Cell::text("2021-11-03"));
        // Not answered: empty, not 0.
        let none = row(&form, "nl", "EPN X", day, "fr", &Answers::new());
        assert!(none[3..].iter().all(|c| *c == Cell::Empty));
    }

    #[test]
    fn the_codebook_lists_every_question_with_its_values_and_condition() {
        let form = epn_visitors_2021();
        let book = codebook(&form, "fr");
        assert_eq!(book.rows.len(), form.questions().count());
        let age = book
            .rows
            .iter()
            .find(|r| r[0] == Cell::text("age"))
            .unwrap();
        assert!(age[4].to_text().contains(" = "), "{:?}", age[4]);
        assert_eq!(age[6], Cell::text("cross"));
        assert!(
            book.rows
                .iter()
                .any(|r| r[5].to_text().contains("${public} != 'mobile'")),
            "the mobile public's conditions are there"
        );
        assert!(book.rows.iter().any(|r| r[7].to_text().starts_with("no")));
    }
}

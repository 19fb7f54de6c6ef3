//! Additive tallies of an edition's answers: one pass over the answers, any
//! number of them, and every figure of the analysis follows from the counts
//! (the distributions, the crosses by each crossing variable, the joint
//! counts of each service's rating with overall satisfaction). Two tallies
//! of the same questionnaire add up ([`Tally::merge`]), and a tally is also
//! a list of named cells ([`Tally::cells`], [`Tally::from_cells`]) that the
//! store keeps up to date as answers arrive, so that the analysis of a
//! million answers reads a few thousand counts instead of a million answers.

use std::collections::BTreeMap;

use super::super::questionnaire::{Answers, QuestionKind, Questionnaire, Role, Value};

/// How a question is counted.
#[derive(Debug, Clone, PartialEq)]
pub(super) enum Shape {
    /// One category per choice, in the list's order.
    Single(Vec<String>),
    /// One count per choice: how many selected it.
    Multiple(Vec<String>),
    /// One category per value from `min` to `max`.
    Scale { min: i64, max: i64 },
    /// A histogram of the values.
    Number,
    /// How many gave a text (never analysed further).
    Text,
    /// Not analysed (a value set by the visitor's link).
    Hidden,
}

impl Shape {
    /// The number of categories counted.
    pub(super) fn width(&self) -> usize {
        match self {
            Shape::Single(c) | Shape::Multiple(c) => c.len(),
            Shape::Scale { min, max } => (max - min + 1).max(0) as usize,
            Shape::Number | Shape::Text | Shape::Hidden => 0,
        }
    }

    /// The category of a value (single choices and scales).
    fn category(&self, value: &Value) -> Option<usize> {
        match (self, value) {
            (Shape::Single(names), Value::Text(t)) => names.iter().position(|n| n == t),
            (Shape::Single(names), Value::Number(x)) => {
                let t = x.to_string();
                names.iter().position(|n| *n == t)
            }
            (Shape::Single(names), Value::Choices(cs)) if cs.len() == 1 => {
                names.iter().position(|n| *n == cs[0])
            }
            (Shape::Scale { min, max }, Value::Number(x)) if (min..=max).contains(&x) => {
                Some((x - min) as usize)
            }
            _ => None,
        }
    }

    /// The name of category `i` in cells: the choice's name or the value.
    fn cell_name(&self, i: usize) -> String {
        match self {
            Shape::Single(c) | Shape::Multiple(c) => c[i].clone(),
            Shape::Scale { min, .. } => (min + i as i64).to_string(),
            _ => String::new(),
        }
    }

    fn category_of_name(&self, name: &str) -> Option<usize> {
        match self {
            Shape::Single(c) | Shape::Multiple(c) => c.iter().position(|n| n == name),
            Shape::Scale { min, max } => {
                let x: i64 = name.parse().ok()?;
                (*min..=*max).contains(&x).then(|| (x - min) as usize)
            }
            _ => None,
        }
    }
}

/// The counts of one question.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct QuestionTally {
    pub(super) name: String,
    pub(super) shape: Shape,
    /// Answers that answered it.
    pub(super) n: u64,
    /// Per category (see [`Shape`]).
    pub(super) counts: Vec<u64>,
    /// The values of a number question: value → answers.
    pub(super) numbers: BTreeMap<i64, u64>,
    /// Per crossing variable, per category of that variable: the counts of
    /// this question's categories then, last, how many answered it.
    pub(super) by: Vec<Vec<Vec<u64>>>,
    /// Per crossing variable, per category: the values of a number question.
    pub(super) by_numbers: Vec<Vec<BTreeMap<i64, u64>>>,
}

/// The additive tallies of an edition's answers to one questionnaire.
#[derive(Debug, Clone, PartialEq)]
pub struct Tally {
    pub(super) answers: u64,
    pub(super) questions: Vec<QuestionTally>,
    /// Indices (in `questions`) of the crossing variables, in order.
    pub(super) cross: Vec<usize>,
    pub(super) overall: Option<usize>,
    pub(super) services: Vec<usize>,
    /// Per service: `joint[s][service value][overall value]`, answers that
    /// rated both.
    pub(super) joint: Vec<Vec<Vec<u64>>>,
}

impl Tally {
    /// Empty tallies for the questionnaire.
    pub fn new(form: &Questionnaire) -> Tally {
        let shapes: Vec<(String, Shape, Option<Role>)> = form
            .questions()
            .map(|q| {
                let names = || {
                    form.choices_of(q)
                        .iter()
                        .map(|c| c.name.clone())
                        .collect::<Vec<_>>()
                };
                let shape = match &q.kind {
                    QuestionKind::SingleChoice { .. } => Shape::Single(names()),
                    QuestionKind::MultipleChoice { .. } => Shape::Multiple(names()),
                    QuestionKind::Scale { min, max } => Shape::Scale {
                        min: *min,
                        max: *max,
                    },
                    QuestionKind::Number { .. } => Shape::Number,
                    QuestionKind::Text => Shape::Text,
                    QuestionKind::Hidden => Shape::Hidden,
                };
                (q.name.clone(), shape, q.role)
            })
            .collect();
        let cross: Vec<usize> = shapes
            .iter()
            .enumerate()
            .filter(|(_, (_, s, r))| *r == Some(Role::Cross) && matches!(s, Shape::Single(_)))
            .map(|(i, _)| i)
            .collect();
        let is_scale = |s: &Shape| matches!(s, Shape::Scale { .. });
        let overall = shapes
            .iter()
            .position(|(_, s, r)| *r == Some(Role::Overall) && is_scale(s));
        let services: Vec<usize> = if overall.is_some() {
            shapes
                .iter()
                .enumerate()
                .filter(|(_, (_, s, r))| *r == Some(Role::Service) && is_scale(s))
                .map(|(i, _)| i)
                .collect()
        } else {
            Vec::new()
        };
        let cross_widths: Vec<usize> = cross.iter().map(|&c| shapes[c].1.width()).collect();
        let joint = services
            .iter()
            .map(|&s| vec![vec![0; shapes[overall.unwrap_or(0)].1.width()]; shapes[s].1.width()])
            .collect();
        let questions = shapes
            .into_iter()
            .map(|(name, shape, _)| {
                let w = shape.width();
                QuestionTally {
                    name,
                    n: 0,
                    counts: vec![0; w],
                    numbers: BTreeMap::new(),
                    by: cross_widths
                        .iter()
                        .map(|&k| vec![vec![0; w + 1]; k])
                        .collect(),
                    by_numbers: if shape == Shape::Number {
                        cross_widths
                            .iter()
                            .map(|&k| vec![BTreeMap::new(); k])
                            .collect()
                    } else {
                        Vec::new()
                    },
                    shape,
                }
            })
            .collect();
        Tally {
            answers: 0,
            questions,
            cross,
            overall,
            services,
            joint,
        }
    }

    /// How many answers were counted.
    pub fn answers(&self) -> u64 {
        self.answers
    }

    /// Counts one visitor's answers. Values that do not fit the question
    /// (an unknown choice, a number out of the scale) are not counted.
    pub fn add(&mut self, answers: &Answers) {
        self.answers += 1;
        let xs: Vec<Option<usize>> = self
            .cross
            .iter()
            .map(|&c| {
                let q = &self.questions[c];
                answers.get(&q.name).and_then(|v| q.shape.category(v))
            })
            .collect();
        for q in &mut self.questions {
            let Some(value) = answers.get(&q.name) else {
                continue;
            };
            let w = q.shape.width();
            match &q.shape {
                Shape::Single(_) | Shape::Scale { .. } => {
                    let Some(i) = q.shape.category(value) else {
                        continue;
                    };
                    q.n += 1;
                    q.counts[i] += 1;
                    for (by, x) in q.by.iter_mut().zip(&xs) {
                        if let Some(x) = *x {
                            by[x][i] += 1;
                            by[x][w] += 1;
                        }
                    }
                }
                Shape::Multiple(names) => {
                    let selected: Vec<usize> = match value {
                        Value::Choices(cs) => {
                            let mut v: Vec<usize> = cs
                                .iter()
                                .filter_map(|c| names.iter().position(|n| n == c))
                                .collect();
                            v.sort_unstable();
                            v.dedup();
                            v
                        }
                        Value::Text(t) => names.iter().position(|n| n == t).into_iter().collect(),
                        Value::Number(_) => continue,
                    };
                    q.n += 1;
                    for &i in &selected {
                        q.counts[i] += 1;
                    }
                    for (by, x) in q.by.iter_mut().zip(&xs) {
                        if let Some(x) = *x {
                            for &i in &selected {
                                by[x][i] += 1;
                            }
                            by[x][w] += 1;
                        }
                    }
                }
                Shape::Number => {
                    let Value::Number(v) = value else {
                        continue;
                    };
                    q.n += 1;
                    *q.numbers.entry(*v).or_default() += 1;
                    for ((by, byn), x) in q.by.iter_mut().zip(&mut q.by_numbers).zip(&xs) {
                        if let Some(x) = *x {
                            *byn[x].entry(*v).or_default() += 1;
                            by[x][w] += 1;
                        }
                    }
                }
                Shape::Text => {
                    if matches!(value, Value::Text(t) if !t.trim().is_empty()) {
                        q.n += 1;
                    }
                }
                Shape::Hidden => {}
            }
        }
        if let Some(o) = self.overall {
            let oq = &self.questions[o];
            if let Some(ov) = answers.get(&oq.name).and_then(|v| oq.shape.category(v)) {
                for (joint, &s) in self.joint.iter_mut().zip(&self.services) {
                    let sq = &self.questions[s];
                    if let Some(sv) = answers.get(&sq.name).and_then(|v| sq.shape.category(v)) {
                        joint[sv][ov] += 1;
                    }
                }
            }
        }
    }

    /// Adds the counts of another tally of the same questionnaire.
    pub fn merge(&mut self, other: &Tally) {
        fn add(a: &mut [u64], b: &[u64]) {
            for (x, y) in a.iter_mut().zip(b) {
                *x += y;
            }
        }
        fn add_map(a: &mut BTreeMap<i64, u64>, b: &BTreeMap<i64, u64>) {
            for (k, v) in b {
                *a.entry(*k).or_default() += v;
            }
        }
        self.answers += other.answers;
        for (q, o) in self.questions.iter_mut().zip(&other.questions) {
            q.n += o.n;
            add(&mut q.counts, &o.counts);
            add_map(&mut q.numbers, &o.numbers);
            for (a, b) in q.by.iter_mut().zip(&o.by) {
                for (x, y) in a.iter_mut().zip(b) {
                    add(x, y);
                }
            }
            for (a, b) in q.by_numbers.iter_mut().zip(&o.by_numbers) {
                for (x, y) in a.iter_mut().zip(b) {
                    add_map(x, y);
                }
            }
        }
        for (a, b) in self.joint.iter_mut().zip(&other.joint) {
            for (x, y) in a.iter_mut().zip(b) {
                add(x, y);
            }
        }
    }

    /// The non-zero counts as named cells: `n` (answers); `d|q|` (answered
    /// q) and `d|q|c` (category or value c of q); `x|v|a|q|` and `x|v|a|q|c`
    /// (the same among the answers whose crossing variable v is a);
    /// `m|s|i|j` (service s rated i and overall satisfaction j). Names and
    /// values hold no `|`.
    pub fn cells(&self) -> Vec<(String, i64)> {
        let mut out = Vec::new();
        let mut push = |k: String, v: u64| {
            if v > 0 {
                out.push((k, v as i64));
            }
        };
        push("n".into(), self.answers);
        for q in &self.questions {
            push(format!("d|{}|", q.name), q.n);
            for (i, &c) in q.counts.iter().enumerate() {
                push(format!("d|{}|{}", q.name, q.shape.cell_name(i)), c);
            }
            for (v, &x) in q.numbers.iter() {
                push(format!("d|{}|{v}", q.name), x);
            }
            let w = q.shape.width();
            for (ci, by) in q.by.iter().enumerate() {
                let var = &self.questions[self.cross[ci]];
                for (a, row) in by.iter().enumerate() {
                    let a_name = var.shape.cell_name(a);
                    push(format!("x|{}|{a_name}|{}|", var.name, q.name), row[w]);
                    for (i, &c) in row[..w].iter().enumerate() {
                        push(
                            format!(
                                "x|{}|{a_name}|{}|{}",
                                var.name,
                                q.name,
                                q.shape.cell_name(i)
                            ),
                            c,
                        );
                    }
                    if let Some(values) = q.by_numbers.get(ci).map(|b| &b[a]) {
                        for (v, &c) in values {
                            push(format!("x|{}|{a_name}|{}|{v}", var.name, q.name), c);
                        }
                    }
                }
            }
        }
        if let Some(o) = self.overall {
            let oq = &self.questions[o];
            for (joint, &s) in self.joint.iter().zip(&self.services) {
                let sq = &self.questions[s];
                for (i, row) in joint.iter().enumerate() {
                    for (j, &c) in row.iter().enumerate() {
                        push(
                            format!(
                                "m|{}|{}|{}",
                                sq.name,
                                sq.shape.cell_name(i),
                                oq.shape.cell_name(j)
                            ),
                            c,
                        );
                    }
                }
            }
        }
        out
    }

    /// The tallies from named cells ([`Tally::cells`]); cells that name no
    /// question, category or value of the questionnaire are ignored (there
    /// are none when the cells were written for it).
    pub fn from_cells<'a>(
        form: &Questionnaire,
        cells: impl IntoIterator<Item = (&'a str, i64)>,
    ) -> Tally {
        let mut t = Tally::new(form);
        let index: BTreeMap<String, usize> = t
            .questions
            .iter()
            .enumerate()
            .map(|(i, q)| (q.name.clone(), i))
            .collect();
        let cross_of: BTreeMap<usize, usize> =
            t.cross.iter().enumerate().map(|(ci, &q)| (q, ci)).collect();
        let service_of: BTreeMap<usize, usize> = t
            .services
            .iter()
            .enumerate()
            .map(|(si, &q)| (q, si))
            .collect();
        for (key, count) in cells {
            let count = count.max(0) as u64;
            let parts: Vec<&str> = key.split('|').collect();
            match parts.as_slice() {
                ["n"] => t.answers += count,
                ["d", q, c] => {
                    let Some(&qi) = index.get(*q) else { continue };
                    let q = &mut t.questions[qi];
                    if c.is_empty() {
                        q.n += count;
                    } else if q.shape == Shape::Number {
                        if let Ok(v) = c.parse::<i64>() {
                            *q.numbers.entry(v).or_default() += count;
                        }
                    } else if let Some(i) = q.shape.category_of_name(c) {
                        q.counts[i] += count;
                    }
                }
                ["x", v, a, q, c] => {
                    let (Some(&vi), Some(&qi)) = (index.get(*v), index.get(*q)) else {
                        continue;
                    };
                    let Some(&ci) = cross_of.get(&vi) else {
                        continue;
                    };
                    let Some(ai) = t.questions[vi].shape.category_of_name(a) else {
                        continue;
                    };
                    let q = &mut t.questions[qi];
                    let w = q.shape.width();
                    if c.is_empty() {
                        q.by[ci][ai][w] += count;
                    } else if q.shape == Shape::Number {
                        if let Ok(x) = c.parse::<i64>() {
                            *q.by_numbers[ci][ai].entry(x).or_default() += count;
                        }
                    } else if let Some(i) = q.shape.category_of_name(c) {
                        q.by[ci][ai][i] += count;
                    }
                }
                ["m", s, i, j] => {
                    let (Some(&sq), Some(o)) = (index.get(*s), t.overall) else {
                        continue;
                    };
                    let Some(&si) = service_of.get(&sq) else {
                        continue;
                    };
                    let (Some(i), Some(j)) = (
                        t.questions[sq].shape.category_of_name(i),
                        t.questions[o].shape.category_of_name(j),
                    ) else {
                        continue;
                    };
                    t.joint[si][i][j] += count;
                }
                _ => {}
            }
        }
        t
    }
}

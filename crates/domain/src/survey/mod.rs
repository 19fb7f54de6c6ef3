//! The visitor survey's statistics (issue 12): contingency tables, the
//! chi-square test of independence and when it is valid, exact tests when it
//! is not (Fisher's for 2×2, an enumeration of the tables with the same
//! margins for small r×c tables), Cramér's V raw and bias-corrected (Bergsma
//! 2013), Holm's correction, Spearman's rank correlation, the
//! importance/performance matrix, and the plain finding of each cross as a
//! structured value with an English renderer (the web layer translates the
//! same values). Pure functions, no I/O; the methods and references are in
//! docs/survey.md.

pub mod analysis;
pub mod answering;
pub mod answers;
pub mod codebook;
pub mod edition;
pub mod finding;
pub mod holm;
pub mod independence;
pub mod matrix;
pub mod participation;
pub mod poster;
pub mod questionnaire;
pub mod rank;
pub mod shipped;
pub mod synth;
pub mod table;
pub mod xlsform;

pub use finding::{Finding, Significance};
pub use holm::holm;
pub use independence::{CrossAnalysis, Options, TestUsed, Why, analyse, analyse_with};
pub use matrix::{Quadrant, ServiceScore, importance_performance};
pub use questionnaire::{
    Answers, Choice, ChoiceList, Condition, Labels, Question, QuestionKind, Questionnaire, Role,
    Section, Value,
};
pub use rank::{Correlation, spearman};
pub use table::{Axis, ContingencyTable, Validity};

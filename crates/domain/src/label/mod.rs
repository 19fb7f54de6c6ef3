//! The EPN label: its rules (thresholds are configuration, per region), the
//! criteria engine that explains each pass or fail, and the procedure from
//! application to decision to withdrawal as explicit states.

pub mod criteria;
pub mod procedure;

pub use criteria::{
    Application, BasicPrice, CriterionId, CriterionResult, Evaluation, LabelRules, evaluate,
};
pub use procedure::{Body, LabelState, Step, TransitionError, transition};

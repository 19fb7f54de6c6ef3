//! What the API accepts, written once: the rule of each query parameter and
//! body field. The OpenAPI document takes its schemas from these rules and
//! each request is checked against them before a handler reads it, so that
//! generated clients, the fuzzing and the server agree on every value.

mod body;
mod document;
mod query;
mod rule;

pub use body::{BOOKING, Body, EVALUATE as EVALUATE_BODY, Field, PERSON, check_body};
pub use document::document;
pub use query::{EVALUATE, PLACES, Param, SESSIONS, STATISTICS, check_query};
pub use rule::{CodeList, Pattern, Rule, integer};

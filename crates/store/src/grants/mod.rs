//! Calls for projects (migrations 0022–0023, issue 14): calls with their
//! texts, criteria and questions (`calls`), applications with their steps,
//! budget lines and attachments (`applications`), the jury (`jury`), the
//! selection, agreements, payments and final reports (`selection`), and the
//! awarded grants as open data (`awards`). The rules are in
//! `domain::grants`.

pub mod applications;
pub mod attachments;
pub mod awards;
pub mod calls;
pub mod demo_jury;
pub mod demo_open;
pub mod jury;
pub mod selection;

pub use applications::{Application, ApplicationEvent, NewApplication};
pub use calls::{Call, OrgRef};

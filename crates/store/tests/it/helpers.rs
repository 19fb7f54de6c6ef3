//! The shared harness of the store's tests: the Brussels demo loaded at the
//! tests' fixed time ([`NOW`]), demo places by name, accounts.

use domain::account::Role;
use store::demo::DemoData;
use store::testing::{NOW, TestDb, brussels_db};

pub const HOUR: i64 = 3600;
pub const DAY: i64 = 86_400;

/// A database with the Brussels reference data and the demo, loaded at [`NOW`].
pub async fn demo() -> TestDb {
    let t = brussels_db().await.unwrap();
    t.db.load_demo(&DemoData::brussels_2021(), NOW)
        .await
        .unwrap();
    t
}

/// The demo place whose name contains `part`.
pub async fn place(t: &TestDb, part: &str) -> domain::Place {
    t.db.load_places()
        .await
        .unwrap()
        .into_iter()
        .find(|p| p.name.contains(part))
        .unwrap_or_else(|| panic!("no place {part}"))
}

/// A new account with this role, member of `orgs`; its id.
pub async fn user(t: &TestDb, role: Role, orgs: &[i64]) -> i64 {
    let n = store::accounts::new_secret();
    t.db.create_user(
        &format!("{}@example.org", &n[..10]),
        "Someone",
        role,
        orgs,
        None,
        NOW,
    )
    .await
    .unwrap()
}

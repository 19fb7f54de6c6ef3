//! People who sign in, their roles, and what each role may do.

use serde::{Deserialize, Serialize};

/// The role of an account. One role per account; EPN managers and referrers
/// are also scoped to organisations (their places, their referring structure).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// Runs the platform: accounts, tokens, everything a coordinator does.
    Admin,
    /// The coordination team: validates, corrects, moderates the directory.
    Coordinator,
    /// Keeps the places of their organisation(s) up to date.
    EpnManager,
    /// A social worker of a referring structure (CPAS, commune, association).
    Referrer,
    /// A member of the label's working group or steering committee.
    Committee,
    /// A member of a call-for-projects jury.
    Jury,
    /// An organisation that applies to calls for projects (sees only its
    /// own organisation's applications).
    Applicant,
}

impl Role {
    pub const ALL: [Role; 7] = [
        Role::Admin,
        Role::Coordinator,
        Role::EpnManager,
        Role::Referrer,
        Role::Committee,
        Role::Jury,
        Role::Applicant,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Role::Admin => "admin",
            Role::Coordinator => "coordinator",
            Role::EpnManager => "epn_manager",
            Role::Referrer => "referrer",
            Role::Committee => "committee",
            Role::Jury => "jury",
            Role::Applicant => "applicant",
        }
    }

    /// Accepts the code, or the code with dashes (`epn-manager`).
    pub fn parse(s: &str) -> Option<Role> {
        let s = s.trim().replace('-', "_").to_ascii_lowercase();
        Role::ALL.into_iter().find(|r| r.code() == s)
    }

    /// The coordination: sees and changes the whole directory.
    pub fn is_coordination(self) -> bool {
        matches!(self, Role::Admin | Role::Coordinator)
    }

    /// Roles that must be attached to at least one organisation.
    pub fn needs_organisation(self) -> bool {
        matches!(self, Role::EpnManager | Role::Referrer | Role::Applicant)
    }
}

/// Who may use a route. Every route of the application has exactly one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Access {
    /// Anyone, signed in or not.
    Public,
    /// Any signed-in account.
    SignedIn,
    /// Only these roles. Scope (which organisation) is checked by the handler.
    Roles(&'static [Role]),
}

impl Access {
    pub const COORDINATION: Access = Access::Roles(&[Role::Admin, Role::Coordinator]);
    pub const ADMIN: Access = Access::Roles(&[Role::Admin]);
    /// The coordination and the EPN managers (who only see their own places).
    pub const PLACE_EDITORS: Access =
        Access::Roles(&[Role::Admin, Role::Coordinator, Role::EpnManager]);
    /// Referrers: those who send people to a place or a session.
    pub const REFERRERS: Access = Access::Roles(&[Role::Referrer]);
    /// Who may book a seat for someone: referrers, and EPN managers at their own sessions.
    pub const BOOKERS: Access = Access::Roles(&[Role::Referrer, Role::EpnManager]);
    /// Organisations applying to calls for projects (their own applications only).
    pub const APPLICANTS: Access = Access::Roles(&[Role::Applicant]);
    /// The jurors of calls for projects (the calls they are invited to only).
    pub const JURORS: Access = Access::Roles(&[Role::Jury]);

    /// May someone with this role (None: not signed in) use the route?
    pub fn allows(self, role: Option<Role>) -> bool {
        match (self, role) {
            (Access::Public, _) => true,
            (Access::SignedIn, r) => r.is_some(),
            (Access::Roles(roles), Some(r)) => roles.contains(&r),
            (Access::Roles(_), None) => false,
        }
    }
}

/// The smallest password accepted (NIST SP 800-63B: at least 8; we ask 10).
pub const MIN_PASSWORD_CHARS: usize = 10;

/// Why a new password is refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PasswordProblem {
    TooShort,
    TooLong,
    SameAsEmail,
}

/// Checks a new password: long enough, not absurdly long, not the e-mail.
pub fn check_new_password(password: &str, email: &str) -> Result<(), PasswordProblem> {
    let n = password.chars().count();
    if n < MIN_PASSWORD_CHARS {
        return Err(PasswordProblem::TooShort);
    }
    if n > 256 {
        return Err(PasswordProblem::TooLong);
    }
    if password.trim().eq_ignore_ascii_case(email.trim()) {
        return Err(PasswordProblem::SameAsEmail);
    }
    Ok(())
}

/// Normalises an e-mail address for lookup; None when it cannot be one
/// (the rule of [`Email`](crate::contact::Email)).
pub fn normalise_email(s: &str) -> Option<String> {
    crate::contact::Email::parse(s)
        .ok()
        .map(crate::contact::Email::into_string)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn roles_round_trip_and_accept_dashes() {
        for r in Role::ALL {
            assert_eq!(Role::parse(r.code()), Some(r));
        }
        assert_eq!(Role::parse("EPN-manager"), Some(Role::EpnManager));
        assert_eq!(Role::parse("boss"), None);
    }

    #[test]
    fn access_denies_anonymous_except_public() {
        assert!(Access::Public.allows(None));
        assert!(!Access::SignedIn.allows(None));
        assert!(Access::SignedIn.allows(Some(Role::Jury)));
        assert!(!Access::COORDINATION.allows(Some(Role::EpnManager)));
        assert!(Access::PLACE_EDITORS.allows(Some(Role::EpnManager)));
        assert!(!Access::PLACE_EDITORS.allows(Some(Role::Referrer)));
    }

    #[test]
    fn passwords_and_emails() {
        assert_eq!(
            check_new_password("short", "a@b.be"),
            Err(PasswordProblem::TooShort)
        );
        assert_eq!(
            check_new_password("anna@epn.be", "anna@epn.be"),
            Err(PasswordProblem::SameAsEmail)
        );
        assert!(check_new_password("correct horse battery", "a@b.be").is_ok());
        assert_eq!(normalise_email(" Anna@EPN.be "), Some("anna@epn.be".into()));
        assert_eq!(normalise_email("anna"), None);
        assert_eq!(normalise_email("anna@localhost"), None);
    }
}

//! Accounts, sign-in sessions, API tokens, e-mailed one-time links and
//! sign-in throttling. Secrets are random 256-bit values given to the person
//! once; the database keeps only their SHA-256, and passwords only as argon2id.

use argon2::Argon2;
use argon2::password_hash::{PasswordHasher, PasswordVerifier};
use domain::account::Role;
use sha2::{Digest, Sha256};

use crate::{Db, Result, StoreError, run, write_tx};

/// A signed-in person, as handlers see them.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct User {
    pub id: i64,
    pub email: String,
    pub name: String,
    pub role: Role,
    pub active: bool,
    /// Organisations managed (EPN manager) or the referring structure (referrer).
    pub organisations: Vec<i64>,
}

impl User {
    /// May this person change the places of `organisation_id`?
    pub fn manages(&self, organisation_id: i64) -> bool {
        self.role.is_coordination()
            || (self.role == Role::EpnManager && self.organisations.contains(&organisation_id))
    }
}

/// What a one-time e-mailed link is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LinkPurpose {
    Invite,
    Reset,
}

impl LinkPurpose {
    fn code(self) -> &'static str {
        match self {
            LinkPurpose::Invite => "invite",
            LinkPurpose::Reset => "reset",
        }
    }
}

/// An organisation as the back office lists it.
#[derive(Debug, Clone, sqlx::FromRow, serde::Serialize)]
pub struct OrganisationRow {
    pub id: i64,
    pub name: String,
    pub kind: String,
    pub trusted: bool,
}

/// A new random secret (64 hex digits) for a cookie, token or link.
pub fn new_secret() -> String {
    let mut bytes = [0u8; 32];
    getrandom::fill(&mut bytes).expect("the operating system's random source");
    hex(&bytes)
}

/// The SHA-256 of a secret, as stored.
pub fn secret_hash(secret: &str) -> String {
    hex(&Sha256::digest(secret.as_bytes()))
}

fn hex(bytes: &[u8]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut s = String::with_capacity(bytes.len() * 2);
    for b in bytes {
        s.push(char::from(DIGITS[usize::from(b >> 4)]));
        s.push(char::from(DIGITS[usize::from(b & 0xf)]));
    }
    s
}

/// Hashes a password with argon2id (default parameters: 19 MiB, 2 passes), off the async threads.
pub async fn hash_password(password: &str) -> Result<String> {
    let pw = password.to_owned();
    tokio::task::spawn_blocking(move || {
        Argon2::default()
            .hash_password(pw.as_bytes())
            .map(|h| h.to_string())
            .map_err(|e| StoreError::Invalid(format!("hashing the password: {e}")))
    })
    .await
    .map_err(|e| StoreError::Invalid(format!("hashing the password: {e}")))?
}

/// Checks a password against a stored hash (a dummy hash when the account is
/// unknown, so that both answers take the same time).
async fn verify_password(password: &str, hash: Option<String>) -> bool {
    const DUMMY: &str = "$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$Yq9fZ4cXjz2cS0Ryr0mZ9bW0Q5f2XyC8m3v8Jq0lWcE";
    let known = hash.is_some();
    let hash = hash.unwrap_or_else(|| DUMMY.to_owned());
    let pw = password.to_owned();
    let ok = tokio::task::spawn_blocking(move || {
        Argon2::default()
            .verify_password(pw.as_bytes(), hash.as_str())
            .is_ok()
    })
    .await
    .unwrap_or(false);
    ok && known
}

#[derive(sqlx::FromRow)]
struct UserRow {
    id: i64,
    email: String,
    name: String,
    role: String,
    active: bool,
}

/// A bearer token's last use is recorded to the minute.
pub const TOKEN_USE_PRECISION_SECS: i64 = 60;

const SELECT_USER: &str = "SELECT id, email, name, role, active FROM users";

/// Which e-mails an account wants, and in which language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MailPreferences {
    /// The language of the e-mails (a code of `domain::Lang`); None: the
    /// region's staff languages.
    pub lang: Option<String>,
    /// A referrer is told when the person came, was followed up and when the
    /// referral was closed.
    pub referral_progress: bool,
}

impl Default for MailPreferences {
    fn default() -> MailPreferences {
        MailPreferences {
            lang: None,
            referral_progress: true,
        }
    }
}

impl Db {
    /// Creates an account; `password` None leaves it waiting for an invitation.
    pub async fn create_user(
        &self,
        email: &str,
        name: &str,
        role: Role,
        organisations: &[i64],
        password: Option<&str>,
        now: i64,
    ) -> Result<i64> {
        let email = domain::account::normalise_email(email)
            .ok_or_else(|| StoreError::Invalid(format!("{email:?} is not an e-mail address")))?;
        if role.needs_organisation() && organisations.is_empty() {
            return Err(StoreError::Invalid(format!(
                "a {} account needs an organisation",
                role.code()
            )));
        }
        if self.user_by_email(&email).await?.is_some() {
            return Err(StoreError::Invalid(format!(
                "an account with the e-mail {email} already exists"
            )));
        }
        for org in organisations {
            if !self.organisation_exists(*org).await? {
                return Err(StoreError::Invalid(format!(
                    "no organisation with id {org}"
                )));
            }
        }
        let hash = match password {
            Some(pw) => Some(hash_password(pw).await?),
            None => None,
        };
        let id = crate::write_tx!(self, tx => {
            let id: i64 = sqlx::query_scalar(
                "INSERT INTO users (email, name, role, password_hash, active, created_at, updated_at)
                 VALUES ($1, $2, $3, $4, TRUE, $5, $5) RETURNING id")
                .bind(&email).bind(name).bind(role.code()).bind(&hash).bind(now)
                .fetch_one(&mut *tx).await?;
            for org in organisations {
                sqlx::query("INSERT INTO user_organisations (user_id, organisation_id) VALUES ($1, $2)")
                    .bind(id).bind(org).execute(&mut *tx).await?;
            }
            id
        });
        Ok(id)
    }

    async fn organisation_exists(&self, id: i64) -> Result<bool> {
        let n: i64 = run!(self, p => sqlx::query_scalar("SELECT COUNT(*) FROM organisations WHERE id = $1")
            .bind(id).fetch_one(p).await?);
        Ok(n > 0)
    }

    async fn complete_user(&self, row: Option<UserRow>) -> Result<Option<User>> {
        let Some(r) = row else { return Ok(None) };
        let organisations: Vec<i64> = run!(self, p => sqlx::query_scalar(
            "SELECT organisation_id FROM user_organisations WHERE user_id = $1 ORDER BY organisation_id")
            .bind(r.id).fetch_all(p).await?);
        let role = Role::parse(&r.role)
            .ok_or_else(|| StoreError::Invalid(format!("unknown role {:?}", r.role)))?;
        Ok(Some(User {
            id: r.id,
            email: r.email,
            name: r.name,
            role,
            active: r.active,
            organisations,
        }))
    }

    /// The account's e-mail preferences (the defaults for an unknown id).
    pub async fn mail_preferences(&self, user_id: i64) -> Result<MailPreferences> {
        let row: Option<(Option<String>, bool)> = run!(self, p => sqlx::query_as(
            "SELECT mail_lang, referral_progress_mails FROM users WHERE id = $1")
            .bind(user_id).fetch_optional(p).await?);
        Ok(
            row.map_or_else(MailPreferences::default, |(lang, referral_progress)| {
                MailPreferences {
                    lang,
                    referral_progress,
                }
            }),
        )
    }

    /// Saves the account's e-mail preferences (audited).
    pub async fn set_mail_preferences(
        &self,
        user_id: i64,
        prefs: &MailPreferences,
        now: i64,
    ) -> Result<()> {
        crate::write_tx!(self, tx => {
            sqlx::query("UPDATE users SET mail_lang = $1, referral_progress_mails = $2, updated_at = $3
                         WHERE id = $4")
                .bind(&prefs.lang).bind(prefs.referral_progress).bind(now).bind(user_id)
                .execute(&mut *tx).await?;
            crate::audit!(&mut *tx, now, &crate::audit::NewAudit {
                user_id: Some(user_id),
                action: "account.mail_preferences",
                entity: "user",
                entity_id: Some(user_id),
                after: Some(serde_json::json!({"lang": prefs.lang,
                    "referral_progress": prefs.referral_progress})),
                ..Default::default()
            });
        });
        Ok(())
    }

    /// Remembers the language an account signed in with as the language of
    /// its e-mails, unless one is already set.
    pub async fn set_mail_lang_if_unset(&self, user_id: i64, lang: &str) -> Result<()> {
        run!(self, p => {
            sqlx::query("UPDATE users SET mail_lang = $1 WHERE id = $2 AND mail_lang IS NULL")
                .bind(lang).bind(user_id).execute(p).await?;
        });
        Ok(())
    }

    pub async fn user_by_email(&self, email: &str) -> Result<Option<User>> {
        let email = email.trim().to_lowercase();
        let row: Option<UserRow> = run!(self, p => sqlx::query_as(
            sqlx::AssertSqlSafe(format!("{SELECT_USER} WHERE email = $1")))
            .bind(&email).fetch_optional(p).await?);
        self.complete_user(row).await
    }

    pub async fn user_by_id(&self, id: i64) -> Result<Option<User>> {
        let row: Option<UserRow> = run!(self, p => sqlx::query_as(
            sqlx::AssertSqlSafe(format!("{SELECT_USER} WHERE id = $1")))
            .bind(id).fetch_optional(p).await?);
        self.complete_user(row).await
    }

    /// Every account, by e-mail.
    pub async fn list_users(&self) -> Result<Vec<User>> {
        let rows: Vec<UserRow> = run!(self, p => sqlx::query_as(
            sqlx::AssertSqlSafe(format!("{SELECT_USER} ORDER BY email")))
            .fetch_all(p).await?);
        let mut users = Vec::with_capacity(rows.len());
        for r in rows {
            users.extend(self.complete_user(Some(r)).await?);
        }
        Ok(users)
    }

    /// The account whose e-mail and password these are, if active.
    pub async fn check_login(&self, email: &str, password: &str) -> Result<Option<User>> {
        let email = email.trim().to_lowercase();
        let row: Option<(i64, Option<String>, bool)> = run!(self, p => sqlx::query_as(
            "SELECT id, password_hash, active FROM users WHERE email = $1")
            .bind(&email).fetch_optional(p).await?);
        let (id, hash, active) = match row {
            Some((id, hash, active)) => (Some(id), hash, active),
            None => (None, None, false),
        };
        if !verify_password(password, hash).await || !active {
            return Ok(None);
        }
        match id {
            Some(id) => self.user_by_id(id).await,
            None => Ok(None),
        }
    }

    /// Sets a new password and signs the person out everywhere else.
    pub async fn set_password(&self, user_id: i64, password: &str, now: i64) -> Result<()> {
        let hash = hash_password(password).await?;
        crate::write_tx!(self, tx => {
            sqlx::query("UPDATE users SET password_hash = $1, updated_at = $2 WHERE id = $3")
                .bind(&hash).bind(now).bind(user_id).execute(&mut *tx).await?;
            sqlx::query("DELETE FROM sessions WHERE user_id = $1")
                .bind(user_id).execute(&mut *tx).await?;
        });
        Ok(())
    }

    /// Opens a browser session; returns the cookie's secret.
    pub async fn create_session(&self, user_id: i64, ttl_secs: i64, now: i64) -> Result<String> {
        let secret = new_secret();
        run!(self, p => sqlx::query(
            "INSERT INTO sessions (token_hash, user_id, created_at, expires_at) VALUES ($1, $2, $3, $4)")
            .bind(secret_hash(&secret)).bind(user_id).bind(now).bind(now + ttl_secs)
            .execute(p).await.map(|_| ())?);
        Ok(secret)
    }

    /// The active account behind a session cookie, if the session is still valid.
    pub async fn session_user(&self, secret: &str, now: i64) -> Result<Option<User>> {
        let id: Option<i64> = run!(self, p => sqlx::query_scalar(
            "SELECT s.user_id FROM sessions s JOIN users u ON u.id = s.user_id
             WHERE s.token_hash = $1 AND s.expires_at > $2 AND u.active")
            .bind(secret_hash(secret)).bind(now).fetch_optional(p).await?);
        match id {
            Some(id) => self.user_by_id(id).await,
            None => Ok(None),
        }
    }

    pub async fn delete_session(&self, secret: &str, now: i64) -> Result<()> {
        run!(self, p => sqlx::query("DELETE FROM sessions WHERE token_hash = $1 OR expires_at < $2")
            .bind(secret_hash(secret)).bind(now).execute(p).await.map(|_| ())?);
        Ok(())
    }

    /// A bearer token for scripts; returns the secret (shown once).
    pub async fn create_api_token(&self, user_id: i64, label: &str, now: i64) -> Result<String> {
        let secret = format!("pas_{}", new_secret());
        run!(self, p => sqlx::query(
            "INSERT INTO api_tokens (user_id, token_hash, label, created_at) VALUES ($1, $2, $3, $4)")
            .bind(user_id).bind(secret_hash(&secret)).bind(label).bind(now)
            .execute(p).await.map(|_| ())?);
        Ok(secret)
    }

    /// The active account behind a bearer token. When the token was last
    /// used is kept to the minute: a script's burst of requests does not
    /// write once per request, queued behind the writes it asks for.
    pub async fn token_user(&self, secret: &str, now: i64) -> Result<Option<User>> {
        let hash = secret_hash(secret);
        let found: Option<(i64, Option<i64>)> = run!(self, p => sqlx::query_as(
            "SELECT t.user_id, t.last_used_at FROM api_tokens t JOIN users u ON u.id = t.user_id
             WHERE t.token_hash = $1 AND t.revoked_at IS NULL AND u.active")
            .bind(&hash).fetch_optional(p).await?);
        let Some((id, last_used)) = found else {
            return Ok(None);
        };
        if last_used.is_none_or(|t| now - t >= TOKEN_USE_PRECISION_SECS) {
            write_tx!(self, tx => sqlx::query(
                "UPDATE api_tokens SET last_used_at = $1 WHERE token_hash = $2")
                .bind(now).bind(&hash).execute(&mut *tx).await.map(|_| ())?);
        }
        self.user_by_id(id).await
    }

    /// When a bearer token was last used (Unix seconds, kept to the minute);
    /// None when it never was or there is no such token.
    pub async fn token_last_used(&self, secret: &str) -> Result<Option<i64>> {
        Ok(run!(self, p => sqlx::query_scalar(
            "SELECT last_used_at FROM api_tokens WHERE token_hash = $1")
            .bind(secret_hash(secret)).fetch_optional(p).await?)
        .flatten())
    }

    /// A link secret for an invitation or a password reset.
    pub async fn create_link(
        &self,
        user_id: i64,
        purpose: LinkPurpose,
        ttl_secs: i64,
        now: i64,
    ) -> Result<String> {
        let secret = new_secret();
        run!(self, p => sqlx::query(
            "INSERT INTO one_time_tokens (token_hash, user_id, purpose, created_at, expires_at)
             VALUES ($1, $2, $3, $4, $5)")
            .bind(secret_hash(&secret)).bind(user_id).bind(purpose.code()).bind(now)
            .bind(now + ttl_secs).execute(p).await.map(|_| ())?);
        Ok(secret)
    }

    /// The account a valid, unused link is for (without using it up).
    pub async fn link_user(
        &self,
        secret: &str,
        purpose: LinkPurpose,
        now: i64,
    ) -> Result<Option<User>> {
        let id: Option<i64> = run!(self, p => sqlx::query_scalar(
            "SELECT user_id FROM one_time_tokens
             WHERE token_hash = $1 AND purpose = $2 AND used_at IS NULL AND expires_at > $3")
            .bind(secret_hash(secret)).bind(purpose.code()).bind(now)
            .fetch_optional(p).await?);
        match id {
            Some(id) => self.user_by_id(id).await,
            None => Ok(None),
        }
    }

    /// Uses a link up and sets the password; false when the link is not valid (any more).
    pub async fn use_link(
        &self,
        secret: &str,
        purpose: LinkPurpose,
        password: &str,
        now: i64,
    ) -> Result<bool> {
        let Some(user) = self.link_user(secret, purpose, now).await? else {
            return Ok(false);
        };
        let hash = hash_password(password).await?;
        let used = crate::write_tx!(self, tx => {
            let n = sqlx::query("UPDATE one_time_tokens SET used_at = $1
                 WHERE token_hash = $2 AND used_at IS NULL")
                .bind(now).bind(secret_hash(secret)).execute(&mut *tx).await?.rows_affected();
            if n == 1 {
                sqlx::query("UPDATE users SET password_hash = $1, updated_at = $2 WHERE id = $3")
                    .bind(&hash).bind(now).bind(user.id).execute(&mut *tx).await?;
                sqlx::query("DELETE FROM sessions WHERE user_id = $1")
                    .bind(user.id).execute(&mut *tx).await?;
            }
            n == 1
        });
        Ok(used)
    }

    /// Records a failed sign-in under each key (e-mail, client address).
    pub async fn record_login_failure(&self, keys: &[&str], now: i64) -> Result<()> {
        for key in keys {
            run!(self, p => sqlx::query("INSERT INTO login_failures (key, at) VALUES ($1, $2)")
                .bind(*key).bind(now).execute(p).await.map(|_| ())?);
        }
        Ok(())
    }

    /// Failed sign-ins under `key` in the `window_secs` before `now`.
    pub async fn login_failures(&self, key: &str, window_secs: i64, now: i64) -> Result<i64> {
        Ok(run!(self, p => sqlx::query_scalar(
            "SELECT COUNT(*) FROM login_failures WHERE key = $1 AND at > $2")
            .bind(key).bind(now - window_secs).fetch_one(p).await?))
    }

    /// Forgets the failures of a key after a successful sign-in, and old ones.
    pub async fn clear_login_failures(&self, key: &str, now: i64) -> Result<()> {
        run!(self, p => sqlx::query("DELETE FROM login_failures WHERE key = $1 OR at < $2")
            .bind(key).bind(now - 86_400).execute(p).await.map(|_| ())?);
        Ok(())
    }

    /// Every organisation, by name.
    pub async fn list_organisations(&self) -> Result<Vec<OrganisationRow>> {
        Ok(run!(self, p => sqlx::query_as(
            "SELECT id, name, kind, trusted FROM organisations ORDER BY name, id")
            .fetch_all(p).await?))
    }

    /// The organisation whose exact name (case-insensitive) or source key this is.
    pub async fn find_organisation(&self, name_or_key: &str) -> Result<Vec<OrganisationRow>> {
        Ok(run!(self, p => sqlx::query_as(
            "SELECT id, name, kind, trusted FROM organisations
             WHERE LOWER(name) = LOWER($1) OR source_key = $1 OR CAST(id AS TEXT) = $1 ORDER BY id")
            .bind(name_or_key.trim()).fetch_all(p).await?))
    }

    pub async fn organisation(&self, id: i64) -> Result<Option<OrganisationRow>> {
        Ok(run!(self, p => sqlx::query_as(
            "SELECT id, name, kind, trusted FROM organisations WHERE id = $1")
            .bind(id).fetch_optional(p).await?))
    }
}

impl Db {
    /// Trusts (or stops trusting) an organisation to publish without moderation; audited.
    pub async fn set_organisation_trusted(
        &self,
        id: i64,
        trusted: bool,
        actor: Option<i64>,
        now: i64,
    ) -> Result<bool> {
        let found = crate::write_tx!(self, tx => {
            let before: Option<bool> = sqlx::query_scalar("SELECT trusted FROM organisations WHERE id = $1")
                .bind(id).fetch_optional(&mut *tx).await?;
            if let Some(before) = before {
                sqlx::query("UPDATE organisations SET trusted = $1, updated_at = $2 WHERE id = $3")
                    .bind(trusted).bind(now).bind(id).execute(&mut *tx).await?;
                crate::audit!(&mut *tx, now, &crate::audit::NewAudit {
                    user_id: actor,
                    action: "organisation.trust",
                    entity: "organisation",
                    entity_id: Some(id),
                    before: Some(serde_json::json!({"trusted": before})),
                    after: Some(serde_json::json!({"trusted": trusted})),
                    ..Default::default()
                });
            }
            before.is_some()
        });
        Ok(found)
    }
}

#[cfg(test)]
mod hex_tests {
    #[test]
    fn a_secret_hash_is_the_lowercase_hex_sha256() {
        assert_eq!(
            super::secret_hash("abc"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
        let secret = super::new_secret();
        assert_eq!(secret.len(), 64);
        assert!(
            secret
                .bytes()
                .all(|b| b.is_ascii_hexdigit() && !b.is_ascii_uppercase())
        );
    }
}

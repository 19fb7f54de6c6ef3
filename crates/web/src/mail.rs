//! Outgoing e-mail: SMTP when `PASSERELLE_SMTP_URL` is set (for example
//! `smtp://relay.example.org:25`, or `smtps://user:pass@host` when the
//! `mail-tls` feature is built), otherwise a spool folder where every message
//! is written as an `.eml` file (RFC 5322), so that nothing is needed to run.

use std::path::{Path, PathBuf};

use lettre::message::{Mailbox, header::ContentType};
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};

/// A message to one person, plain text.
#[derive(Debug, Clone)]
pub struct Mail {
    pub to: String,
    pub subject: String,
    pub body: String,
}

#[derive(Clone)]
pub enum Mailer {
    Spool(PathBuf),
    Smtp(AsyncSmtpTransport<Tokio1Executor>),
}

impl std::fmt::Debug for Mailer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Mailer::Spool(p) => write!(f, "Mailer::Spool({})", p.display()),
            Mailer::Smtp(_) => write!(f, "Mailer::Smtp"),
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum MailError {
    #[error("bad e-mail address {0:?}")]
    Address(String),
    #[error("building the message: {0}")]
    Build(String),
    #[error("writing to the mail spool {path}: {source}")]
    Spool {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("SMTP: {0}")]
    Smtp(String),
}

impl Mailer {
    /// SMTP from a URL, or the spool folder.
    pub fn new(smtp_url: Option<&str>, spool: &Path) -> Result<Mailer, MailError> {
        match smtp_url.filter(|u| !u.is_empty()) {
            Some(url) => smtp_transport(url).map(Mailer::Smtp),
            None => Ok(Mailer::Spool(spool.to_path_buf())),
        }
    }

    /// Where messages go, for the start-up line.
    pub fn describe(&self) -> String {
        match self {
            Mailer::Spool(p) => format!("mail spool {}", p.display()),
            Mailer::Smtp(_) => "SMTP".into(),
        }
    }

    pub async fn send(&self, from: &str, mail: &Mail) -> Result<(), MailError> {
        let from: Mailbox = from
            .parse()
            .map_err(|_| MailError::Address(from.to_owned()))?;
        let to: Mailbox = mail
            .to
            .parse()
            .map_err(|_| MailError::Address(mail.to.clone()))?;
        let message = Message::builder()
            .from(from)
            .to(to)
            .subject(mail.subject.clone())
            .header(ContentType::TEXT_PLAIN)
            .body(mail.body.clone())
            .map_err(|e| MailError::Build(e.to_string()))?;
        match self {
            Mailer::Spool(dir) => {
                let spool = |source| MailError::Spool {
                    path: dir.clone(),
                    source,
                };
                tokio::fs::create_dir_all(dir).await.map_err(spool)?;
                let name = format!(
                    "{}-{}.eml",
                    chrono::Utc::now().format("%Y%m%dT%H%M%S%.6fZ"),
                    &store::accounts::new_secret()[..8]
                );
                // Written under a temporary name then renamed: a reader never sees half a message.
                let tmp = dir.join(format!(".{name}.tmp"));
                tokio::fs::write(&tmp, message.formatted())
                    .await
                    .map_err(spool)?;
                tokio::fs::rename(&tmp, dir.join(&name))
                    .await
                    .map_err(spool)?;
                Ok(())
            }
            Mailer::Smtp(t) => t
                .send(message)
                .await
                .map(|_| ())
                .map_err(|e| MailError::Smtp(e.to_string())),
        }
    }
}

/// `smtp://[user:password@]host[:port]` (plain SMTP to a relay, e.g. the
/// server's own MTA); with the `mail-tls` feature, every URL form of lettre
/// (`smtps://`, `?tls=required`).
fn smtp_transport(url: &str) -> Result<AsyncSmtpTransport<Tokio1Executor>, MailError> {
    #[cfg(feature = "mail-tls")]
    if !url.starts_with("smtp://") || url.contains("tls=") {
        return AsyncSmtpTransport::<Tokio1Executor>::from_url(url)
            .map(|b| b.build())
            .map_err(|e| MailError::Smtp(format!("PASSERELLE_SMTP_URL: {e}")));
    }
    let bad = || {
        MailError::Smtp(format!(
            "PASSERELLE_SMTP_URL must look like smtp://[user:password@]host[:port] (got {url:?}); \
             build with the mail-tls feature for smtps://"
        ))
    };
    let rest = url.strip_prefix("smtp://").ok_or_else(bad)?;
    let rest = rest.trim_end_matches('/');
    let (creds, hostport) = match rest.rsplit_once('@') {
        Some((c, h)) => (Some(c), h),
        None => (None, rest),
    };
    let (host, port) = match hostport.rsplit_once(':') {
        Some((h, p)) => (h, p.parse::<u16>().map_err(|_| bad())?),
        None => (hostport, 25),
    };
    if host.is_empty() {
        return Err(bad());
    }
    let mut b = AsyncSmtpTransport::<Tokio1Executor>::builder_dangerous(host).port(port);
    if let Some(c) = creds {
        let (user, pass) = c.split_once(':').ok_or_else(bad)?;
        let dec = |s: &str| {
            form_urlencoded::parse(format!("x={s}").as_bytes())
                .next()
                .map(|(_, v)| v.into_owned())
                .unwrap_or_default()
        };
        b = b.credentials(lettre::transport::smtp::authentication::Credentials::new(
            dec(user),
            dec(pass),
        ));
    }
    Ok(b.build())
}

/// The messages in a spool folder, oldest first (for tests and the demo).
pub fn read_spool(dir: &Path) -> Vec<String> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|rd| {
            rd.filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.extension().is_some_and(|x| x == "eml"))
                .collect()
        })
        .unwrap_or_default();
    files.sort();
    files
        .iter()
        .filter_map(|p| std::fs::read_to_string(p).ok())
        .collect()
}

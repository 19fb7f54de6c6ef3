//! `passerelle admin`: the first accounts and API tokens, from the command line.

use std::io::Read;

use anyhow::{Context, bail};
use clap::{Args, Subcommand};
use domain::Lang;
use domain::account::Role;
use store::accounts::LinkPurpose;

use crate::DbArgs;

#[derive(Args)]
pub struct AdminArgs {
    #[command(subcommand)]
    command: AdminCommand,
}

#[derive(Args, Clone)]
pub struct MailArgs {
    /// Address people reach the platform at, for links in e-mails and in the
    /// API's answers. By default `serve` and `demo` use the address they listen
    /// on (http://ADDR); the other commands, http://127.0.0.1:8080.
    #[arg(long, env = "PASSERELLE_PUBLIC_URL")]
    pub public_url: Option<String>,
    /// SMTP server, e.g. smtp://relay.example.org:25; without it e-mails go to the spool folder.
    #[arg(long, env = "PASSERELLE_SMTP_URL")]
    pub smtp_url: Option<String>,
    /// Folder where e-mails are written when no SMTP server is set.
    #[arg(long, env = "PASSERELLE_MAIL_SPOOL", default_value = "mail-spool")]
    pub mail_spool: std::path::PathBuf,
    /// Sender of the platform's e-mails.
    #[arg(
        long,
        env = "PASSERELLE_MAIL_FROM",
        default_value = "Passerelle <no-reply@localhost>"
    )]
    pub mail_from: String,
}

impl MailArgs {
    /// The settings; without --public-url, links use web's default address
    /// (`serve` and `demo` replace it with the address they listen on).
    pub fn config(&self) -> web::Config {
        let default = web::Config::default();
        web::Config {
            public_url: self.public_url.clone().unwrap_or(default.public_url),
            smtp_url: self.smtp_url.clone(),
            mail_spool: self.mail_spool.clone(),
            mail_from: self.mail_from.clone(),
            ..default
        }
    }
}

#[derive(Subcommand)]
enum AdminCommand {
    /// Create an account. Without --password-stdin, an invitation e-mail is sent
    /// so that the person chooses their own password.
    CreateUser {
        #[command(flatten)]
        db: DbArgs,
        #[command(flatten)]
        mail: MailArgs,
        #[arg(long)]
        email: String,
        /// admin, coordinator, epn-manager, referrer, committee or jury.
        #[arg(long)]
        role: String,
        /// The person's name (the part of the e-mail before @ when omitted).
        #[arg(long)]
        name: Option<String>,
        /// Organisation (id, source key or exact name); repeat for several.
        /// Needed for EPN managers and referrers.
        #[arg(long)]
        organisation: Vec<String>,
        /// Read the password from standard input instead of sending an invitation.
        #[arg(long)]
        password_stdin: bool,
        /// Language of the invitation e-mail (fr, nl, en).
        #[arg(long, default_value = "fr")]
        lang: String,
    },
    /// Create an API bearer token for an account and print it (shown once).
    CreateToken {
        #[command(flatten)]
        db: DbArgs,
        #[arg(long)]
        email: String,
        /// What the token is for, to recognise it later.
        #[arg(long, default_value = "script")]
        label: String,
    },
    /// List the accounts.
    ListUsers {
        #[command(flatten)]
        db: DbArgs,
    },
}

pub async fn run(args: AdminArgs) -> anyhow::Result<()> {
    let now = chrono::Utc::now().timestamp();
    match args.command {
        AdminCommand::CreateUser {
            db,
            mail,
            email,
            role,
            name,
            organisation,
            password_stdin,
            lang,
        } => {
            let role = Role::parse(&role).with_context(|| {
                format!("--role {role:?}: expected admin, coordinator, epn-manager, referrer, committee or jury")
            })?;
            let Some(email) = domain::account::normalise_email(&email) else {
                bail!("--email {email:?}: expected an e-mail address like name@example.org");
            };
            let lang = Lang::parse(&lang)
                .with_context(|| format!("--lang {lang:?}: expected fr, nl, en or ar"))?;
            let (pool, _) = crate::open(&db, false).await?;
            let mut orgs = Vec::new();
            for o in &organisation {
                let found = pool.find_organisation(o).await?;
                match found.as_slice() {
                    [one] => orgs.push(one.id),
                    [] => bail!("--organisation {o:?}: no organisation has this id, key or name"),
                    many => bail!(
                        "--organisation {o:?}: {} organisations have this name; use the id ({})",
                        many.len(),
                        many.iter()
                            .map(|m| m.id.to_string())
                            .collect::<Vec<_>>()
                            .join(", ")
                    ),
                }
            }
            let password = if password_stdin {
                let mut s = String::new();
                std::io::stdin()
                    .read_to_string(&mut s)
                    .context("reading the password")?;
                let pw = s.trim_end_matches(['\r', '\n']).to_owned();
                if let Err(p) = domain::account::check_new_password(&pw, &email) {
                    bail!(
                        "the password is refused ({p:?}): at least {} characters, not the e-mail",
                        domain::account::MIN_PASSWORD_CHARS
                    );
                }
                Some(pw)
            } else {
                None
            };
            let name = name.unwrap_or_else(|| email.split('@').next().unwrap_or("").to_owned());
            let id = pool
                .create_user(&email, &name, role, &orgs, password.as_deref(), now)
                .await?;
            let after =
                serde_json::json!({"email": email, "role": role.code(), "organisations": orgs});
            pool.audit(
                &store::audit::NewAudit {
                    action: "user.create",
                    entity: "user",
                    entity_id: Some(id),
                    after: Some(after),
                    note: Some("passerelle admin create-user"),
                    ..Default::default()
                },
                now,
            )
            .await?;
            println!("Account {id} created: {email} ({})", role.code());
            if password.is_none() {
                let config = mail.config();
                let mailer =
                    web::mail::Mailer::new(config.smtp_url.as_deref(), &config.mail_spool)?;
                let user = pool.user_by_id(id).await?.context("the new account")?;
                web::backoffice::send_link_with(
                    &pool,
                    &config,
                    &mailer,
                    lang,
                    &user,
                    LinkPurpose::Invite,
                    now,
                )
                .await
                .map_err(|e| anyhow::anyhow!("the invitation could not be sent: {e}"))?;
                match &mailer {
                    web::mail::Mailer::Spool(dir) => println!(
                        "Invitation written to the mail spool {} (no SMTP server set)",
                        std::fs::canonicalize(dir).unwrap_or(dir.clone()).display()
                    ),
                    web::mail::Mailer::Smtp(_) => println!("Invitation sent to {email}"),
                }
            }
            pool.close().await;
            Ok(())
        }
        AdminCommand::CreateToken { db, email, label } => {
            let (pool, _) = crate::open(&db, false).await?;
            let user = pool
                .user_by_email(&email)
                .await?
                .with_context(|| format!("--email {email:?}: no account has this e-mail"))?;
            let token = pool.create_api_token(user.id, &label, now).await?;
            pool.audit(
                &store::audit::NewAudit {
                    user_id: Some(user.id),
                    action: "token.create",
                    entity: "user",
                    entity_id: Some(user.id),
                    note: Some(&label),
                    ..Default::default()
                },
                now,
            )
            .await?;
            eprintln!(
                "Token for {} ({}); keep it secret, it is shown only once:",
                user.email,
                user.role.code()
            );
            println!("{token}");
            pool.close().await;
            Ok(())
        }
        AdminCommand::ListUsers { db } => {
            let (pool, _) = crate::open(&db, false).await?;
            for u in pool.list_users().await? {
                println!(
                    "{}\t{}\t{}\t{}\t{}",
                    u.id,
                    u.email,
                    u.role.code(),
                    if u.active { "active" } else { "disabled" },
                    u.organisations
                        .iter()
                        .map(i64::to_string)
                        .collect::<Vec<_>>()
                        .join(",")
                );
            }
            pool.close().await;
            Ok(())
        }
    }
}

//! Files attached to an application, kept in the database (so that a
//! backup holds them): at most `MAX_ATTACHMENTS` per application, each of
//! at most `MAX_ATTACHMENT_BYTES`, of a kind `attachment_type` recognises
//! (checked by the caller, which knows the file's name). Every addition and
//! removal is audited.

use domain::grants::application::{MAX_ATTACHMENT_BYTES, MAX_ATTACHMENTS};
use serde::Serialize;
use sha2::{Digest, Sha256};

use crate::audit::NewAudit;
use crate::{Db, Result, run, write_tx};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, sqlx::FromRow)]
pub struct Attachment {
    pub id: i64,
    pub application_id: i64,
    pub filename: String,
    pub content_type: String,
    pub size_bytes: i64,
    pub sha256: String,
    pub uploaded_at: i64,
}

const SELECT: &str = "SELECT id, application_id, filename, content_type, size_bytes, sha256,
    uploaded_at FROM grant_attachments";

impl Db {
    /// Attaches a file; refused above the size or the number of files.
    pub async fn add_attachment(
        &self,
        application: i64,
        filename: &str,
        content_type: &str,
        bytes: &[u8],
        actor: Option<i64>,
        now: i64,
    ) -> Result<i64> {
        if bytes.len() > MAX_ATTACHMENT_BYTES {
            return Err(Db::invalid("the file is too large"));
        }
        let hash: String = Sha256::digest(bytes)
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect();
        let id = write_tx!(self, tx => {
            let n: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM grant_attachments WHERE application_id = $1")
                .bind(application).fetch_one(&mut *tx).await?;
            if n as usize >= MAX_ATTACHMENTS {
                return Err(Db::invalid("too many files"));
            }
            let id: i64 = sqlx::query_scalar("INSERT INTO grant_attachments (application_id, filename,
                content_type, size_bytes, sha256, content, uploaded_by, uploaded_at)
                VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id")
                .bind(application).bind(filename).bind(content_type).bind(bytes.len() as i64)
                .bind(&hash).bind(bytes).bind(actor).bind(now)
                .fetch_one(&mut *tx).await?;
            crate::audit!(&mut *tx, now, &NewAudit {
                user_id: actor,
                action: "grant.attachment.add",
                entity: "grant_application",
                entity_id: Some(application),
                after: Some(serde_json::json!({"file": filename, "bytes": bytes.len(), "sha256": hash})),
                ..Default::default()
            });
            id
        });
        Ok(id)
    }

    pub async fn attachments(&self, application: i64) -> Result<Vec<Attachment>> {
        let sql = format!("{SELECT} WHERE application_id = $1 ORDER BY id");
        Ok(
            run!(self, p => sqlx::query_as(sqlx::AssertSqlSafe(sql.clone()))
            .bind(application).fetch_all(p).await?),
        )
    }

    /// A file with its bytes.
    pub async fn attachment(&self, id: i64) -> Result<Option<(Attachment, Vec<u8>)>> {
        let sql = format!("{SELECT} WHERE id = $1");
        let meta: Option<Attachment> = run!(self, p => sqlx::query_as(sqlx::AssertSqlSafe(sql.clone()))
            .bind(id).fetch_optional(p).await?);
        let Some(meta) = meta else { return Ok(None) };
        let bytes: Vec<u8> = run!(self, p => sqlx::query_scalar("SELECT content FROM grant_attachments WHERE id = $1")
            .bind(id).fetch_one(p).await?);
        Ok(Some((meta, bytes)))
    }

    pub async fn delete_attachment(&self, id: i64, actor: Option<i64>, now: i64) -> Result<()> {
        let Some((meta, _)) = self.attachment(id).await? else {
            return Ok(());
        };
        write_tx!(self, tx => {
            sqlx::query("DELETE FROM grant_attachments WHERE id = $1").bind(id).execute(&mut *tx).await?;
            crate::audit!(&mut *tx, now, &NewAudit {
                user_id: actor,
                action: "grant.attachment.delete",
                entity: "grant_application",
                entity_id: Some(meta.application_id),
                before: Some(serde_json::json!({"file": meta.filename, "sha256": meta.sha256})),
                ..Default::default()
            });
        });
        Ok(())
    }
}

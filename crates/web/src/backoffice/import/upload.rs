//! The uploaded file and the choices made with it: read from the multipart
//! form, kept server-side for an hour between the preview and the import, and
//! turned into the mapping that reads it.

use std::path::PathBuf;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use axum::extract::Multipart;
use axum::http::StatusCode;
use domain::Vocabularies;
use domain::import::{Encoding, InputFormat, Mapping, MappingError};
use serde::{Deserialize, Serialize};

/// The largest file accepted (the file and its checked rows are held in memory).
pub const MAX_UPLOAD_BYTES: usize = 20 * 1024 * 1024;
/// The largest mapping file accepted.
pub const MAX_MAPPING_BYTES: usize = 256 * 1024;
/// The request body limit: the file, a mapping and the other fields.
pub const MAX_BODY_BYTES: usize = MAX_UPLOAD_BYTES + MAX_MAPPING_BYTES + 64 * 1024;
/// How long an uploaded file is kept for its import.
pub const KEEP: Duration = Duration::from_secs(3600);

/// The mappings shipped in `mappings/`, compiled in: (name, TOML).
pub const SHIPPED: &[(&str, &str)] = &[
    (
        "france-services_liste-fs-20221201",
        include_str!("../../../../../mappings/france-services_liste-fs-20221201.toml"),
    ),
    (
        "hinaura_lieux-mediation-numerique_source",
        include_str!("../../../../../mappings/hinaura_lieux-mediation-numerique_source.toml"),
    ),
    (
        "maine-et-loire_lieux-mediation-numerique",
        include_str!("../../../../../mappings/maine-et-loire_lieux-mediation-numerique.toml"),
    ),
    (
        "paca_regionsud-lieux-inclusion-numerique-2022",
        include_str!("../../../../../mappings/paca_regionsud-lieux-inclusion-numerique-2022.toml"),
    ),
];

/// The `mapping` choice that means "the mapping file I send".
pub const OWN_MAPPING: &str = "upload";

/// What the person chose on the form (kept as typed, to show the form again).
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Options {
    /// auto, csv, json or mednum.
    pub format: String,
    /// Empty: the national standard; a shipped mapping's name; or [`OWN_MAPPING`].
    pub mapping: String,
    /// reject or accept.
    pub outside: String,
    /// Empty: the mapping's; utf-8, latin-1 or windows-1252.
    pub encoding: String,
    pub skip_invalid: bool,
}

/// An upload kept for its import.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Stored {
    pub user_id: i64,
    /// Unix seconds (the machine's clock: this is about files on its disk).
    pub created: u64,
    pub file_name: String,
    pub options: Options,
    /// The mapping file the person sent, if any.
    pub mapping_toml: Option<String>,
    pub mapping_file_name: Option<String>,
}

/// A submitted form: the file's bytes and the rest.
pub struct Submitted {
    pub file: Vec<u8>,
    pub stored: Stored,
}

/// Why a submitted form cannot be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FormProblem {
    /// The file is larger than [`MAX_UPLOAD_BYTES`] (or the whole form than the body limit).
    TooLarge,
    MappingTooLarge,
    NoFile,
    /// The body is not a readable multipart form.
    Unreadable,
    /// The mapping file is not UTF-8 text.
    MappingNotText,
}

fn now_secs() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs())
}

/// Reads a field into memory, stopping past `limit` bytes.
async fn read_limited(
    field: &mut axum::extract::multipart::Field<'_>,
    limit: usize,
) -> Result<Option<Vec<u8>>, FormProblem> {
    let mut out = Vec::new();
    loop {
        match field.chunk().await {
            Ok(Some(chunk)) => {
                if out.len() + chunk.len() > limit {
                    return Ok(None);
                }
                out.extend_from_slice(&chunk);
            }
            Ok(None) => return Ok(Some(out)),
            Err(e) if e.status() == StatusCode::PAYLOAD_TOO_LARGE => {
                return Err(FormProblem::TooLarge);
            }
            Err(_) => return Err(FormProblem::Unreadable),
        }
    }
}

/// Reads the upload form. `options` is filled in as far as it was read, even on error.
pub async fn read_form(
    mut multipart: Multipart,
    user_id: i64,
    options: &mut Options,
) -> Result<Submitted, FormProblem> {
    let mut file: Option<(String, Vec<u8>)> = None;
    let mut mapping: Option<(String, Vec<u8>)> = None;
    let mut problem = None;
    loop {
        let mut field = match multipart.next_field().await {
            Ok(Some(f)) => f,
            Ok(None) => break,
            Err(e) if e.status() == StatusCode::PAYLOAD_TOO_LARGE => {
                return Err(FormProblem::TooLarge);
            }
            Err(_) => return Err(FormProblem::Unreadable),
        };
        let name = field.name().unwrap_or("").to_owned();
        let file_name = field.file_name().unwrap_or("").to_owned();
        match name.as_str() {
            "file" => match read_limited(&mut field, MAX_UPLOAD_BYTES).await? {
                Some(bytes) => file = Some((file_name, bytes)),
                None => problem = Some(FormProblem::TooLarge),
            },
            "mapping_file" => match read_limited(&mut field, MAX_MAPPING_BYTES).await? {
                Some(bytes) => mapping = Some((file_name, bytes)),
                None => problem = problem.or(Some(FormProblem::MappingTooLarge)),
            },
            "format" | "mapping" | "outside" | "encoding" | "skip_invalid" => {
                let value = match read_limited(&mut field, 1024).await? {
                    Some(v) => String::from_utf8_lossy(&v).trim().to_owned(),
                    None => String::new(),
                };
                match name.as_str() {
                    "format" => options.format = value,
                    "mapping" => options.mapping = value,
                    "outside" => options.outside = value,
                    "encoding" => options.encoding = value,
                    _ => options.skip_invalid = !value.is_empty(),
                }
            }
            // The CSRF token (checked from the query) and anything else: read and ignored.
            _ => {
                read_limited(&mut field, MAX_MAPPING_BYTES).await?;
            }
        }
    }
    if let Some(p) = problem {
        return Err(p);
    }
    let (file_name, file) = match file {
        Some((n, b)) if !b.is_empty() || !n.is_empty() => (n, b),
        _ => return Err(FormProblem::NoFile),
    };
    let (mapping_toml, mapping_file_name) = match mapping {
        Some((n, b)) if !b.is_empty() => match String::from_utf8(b) {
            Ok(s) => (Some(s), Some(n)),
            Err(_) => return Err(FormProblem::MappingNotText),
        },
        _ => (None, None),
    };
    Ok(Submitted {
        file,
        stored: Stored {
            user_id,
            created: now_secs(),
            file_name: clean_name(&file_name),
            options: options.clone(),
            mapping_toml,
            mapping_file_name: mapping_file_name.map(|n| clean_name(&n)),
        },
    })
}

/// A file name to show: its last path segment, printable, at most 200 characters.
fn clean_name(name: &str) -> String {
    let last = name.rsplit(['/', '\\']).next().unwrap_or(name);
    last.chars().filter(|c| !c.is_control()).take(200).collect()
}

/// Why the choices cannot read the file.
#[derive(Debug)]
pub enum ChoiceProblem {
    /// The national standard is built in: no mapping with it.
    MednumWithMapping,
    /// CSV or JSON other than the national standard needs a mapping.
    NeedsMapping,
    /// "My own mapping" without a mapping file.
    NoMappingFile,
    /// A mapping file sent with another choice than "my own mapping".
    MappingFileUnused,
    UnknownMapping,
    BadMapping(MappingError),
}

/// Does the file look like JSON (its first visible character opens an array or object)?
fn looks_like_json(bytes: &[u8]) -> bool {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    bytes
        .iter()
        .find(|b| !b.is_ascii_whitespace())
        .is_some_and(|b| *b == b'[' || *b == b'{')
}

/// The mapping that reads `file` with the person's choices.
pub fn mapping_for(
    stored: &Stored,
    file: &[u8],
    vocab: &Vocabularies,
) -> Result<Mapping, ChoiceProblem> {
    let o = &stored.options;
    let own = o.mapping == OWN_MAPPING;
    if stored.mapping_toml.is_some() && !own {
        return Err(ChoiceProblem::MappingFileUnused);
    }
    let toml: Option<&str> = if own {
        Some(
            stored
                .mapping_toml
                .as_deref()
                .ok_or(ChoiceProblem::NoMappingFile)?,
        )
    } else if o.mapping.is_empty() {
        None
    } else {
        Some(
            SHIPPED
                .iter()
                .find(|(n, _)| *n == o.mapping)
                .map(|(_, m)| *m)
                .ok_or(ChoiceProblem::UnknownMapping)?,
        )
    };
    let mut m = match (toml, o.format.as_str()) {
        (Some(_), "mednum") => return Err(ChoiceProblem::MednumWithMapping),
        (None, "csv" | "json") => return Err(ChoiceProblem::NeedsMapping),
        (None, _) if looks_like_json(file) => return Err(ChoiceProblem::NeedsMapping),
        (None, _) => Mapping::mednum(vocab),
        (Some(src), _) => Mapping::from_toml(src, vocab).map_err(ChoiceProblem::BadMapping)?,
    };
    match o.format.as_str() {
        "csv" => m.format = InputFormat::Csv,
        "json" => m.format = InputFormat::Json,
        "auto" | "" if toml.is_some() => {
            m.format = if looks_like_json(file) {
                InputFormat::Json
            } else {
                InputFormat::Csv
            }
        }
        _ => {}
    }
    if let Some(e) = Encoding::parse(&o.encoding) {
        m.encoding = e;
    }
    Ok(m)
}

/// The folder of kept uploads.
fn root() -> PathBuf {
    std::env::temp_dir().join("passerelle-imports")
}

/// The folder of one upload; `None` for anything but a well-formed id.
fn folder(id: &str) -> Option<PathBuf> {
    (id.len() == 64 && id.bytes().all(|b| b.is_ascii_hexdigit())).then(|| root().join(id))
}

/// Removes the uploads older than [`KEEP`].
pub fn clean_old() {
    let Ok(entries) = std::fs::read_dir(root()) else {
        return;
    };
    for e in entries.flatten() {
        let old = e
            .metadata()
            .and_then(|m| m.modified())
            .ok()
            .and_then(|t| t.elapsed().ok())
            .is_some_and(|age| age > KEEP);
        if old {
            let _ = std::fs::remove_dir_all(e.path());
        }
    }
}

/// Keeps an upload; returns its id.
pub fn save(s: &Submitted) -> std::io::Result<String> {
    let id = store::accounts::new_secret();
    let dir = root().join(&id);
    let mut builder = std::fs::DirBuilder::new();
    builder.recursive(true);
    // Only the server's account may read what people upload.
    #[cfg(unix)]
    std::os::unix::fs::DirBuilderExt::mode(&mut builder, 0o700);
    builder.create(&dir)?;
    std::fs::write(dir.join("file"), &s.file)?;
    let meta = serde_json::to_vec(&s.stored).map_err(std::io::Error::other)?;
    std::fs::write(dir.join("meta.json"), meta)?;
    Ok(id)
}

/// A kept upload of `user_id`; `None` when unknown, someone else's or expired
/// (an expired one is removed).
pub fn load(id: &str, user_id: i64) -> Option<(Stored, Vec<u8>)> {
    let dir = folder(id)?;
    let meta: Stored = serde_json::from_slice(&std::fs::read(dir.join("meta.json")).ok()?).ok()?;
    if now_secs().saturating_sub(meta.created) > KEEP.as_secs() {
        let _ = std::fs::remove_dir_all(&dir);
        return None;
    }
    if meta.user_id != user_id {
        return None;
    }
    let bytes = std::fs::read(dir.join("file")).ok()?;
    Some((meta, bytes))
}

/// What an import did, kept beside its upload so that the page saying it is
/// reached by a GET after the POST (reloading it does not import again).
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ImportResult {
    pub counts: store::import::ImportCounts,
    /// The places imported outside the region: in the database, not in the
    /// public directory (which lists the places of the region's communes).
    pub outside_region: Vec<String>,
}

/// Keeps the result of the import of upload `id`.
pub fn save_result(id: &str, result: &ImportResult) -> std::io::Result<()> {
    let dir = folder(id).ok_or_else(|| std::io::Error::other("bad upload id"))?;
    let bytes = serde_json::to_vec(result).map_err(std::io::Error::other)?;
    std::fs::write(dir.join("result.json"), bytes)
}

/// The result of the import of `user_id`'s upload `id`, with its upload.
pub fn load_result(id: &str, user_id: i64) -> Option<(Stored, ImportResult)> {
    let (stored, _) = load(id, user_id)?;
    let dir = folder(id)?;
    let result = serde_json::from_slice(&std::fs::read(dir.join("result.json")).ok()?).ok()?;
    Some((stored, result))
}

//! Reference data shipped with the code (regions, vocabularies) and its copy in
//! the database, refreshed at every start so that SQL users and foreign keys see it.

use domain::vocab::VocabKind;
use domain::{Region, Vocabularies};

use crate::{Db, Result, run, write_tx};

/// The Brussels-Capital Region, the first data set.
pub const BRUSSELS_REGION: &str = include_str!("../../../data/regions/brussels/region.toml");
/// Services, publics, languages, accessibility and prices.
pub const VOCABULARIES: &str = include_str!("../../../data/vocabularies.toml");

/// The shipped vocabularies.
pub fn vocabularies() -> Vocabularies {
    Vocabularies::from_toml(VOCABULARIES).expect("shipped vocabularies are valid")
}

/// A shipped region by code.
pub fn shipped_region(code: &str) -> Option<Region> {
    match code {
        "brussels" => Some(Region::from_toml(BRUSSELS_REGION).expect("shipped region is valid")),
        _ => None,
    }
}

const KINDS: [VocabKind; 5] = [
    VocabKind::Service,
    VocabKind::Public,
    VocabKind::Language,
    VocabKind::Accessibility,
    VocabKind::Price,
];

impl Db {
    /// Writes the region and vocabularies into their tables (insert or update).
    pub async fn sync_reference(&self, region: &Region, vocab: &Vocabularies) -> Result<()> {
        let names = |n: &domain::region::Names, l: &str| n.get(l).cloned();
        write_tx!(self, tx => {
            sqlx::query(
                "INSERT INTO regions (code, country, timezone) VALUES ($1, $2, $3)
                 ON CONFLICT (code) DO UPDATE SET country = excluded.country, timezone = excluded.timezone",
            )
            .bind(&region.code)
            .bind(&region.country)
            .bind(region.timezone.name())
            .execute(&mut *tx)
            .await?;
            for g in &region.brochure_groups {
                sqlx::query(
                    "INSERT INTO brochure_groups (code, region, name_fr, name_nl, name_en) VALUES ($1, $2, $3, $4, $5)
                     ON CONFLICT (code) DO UPDATE SET region = excluded.region, name_fr = excluded.name_fr,
                       name_nl = excluded.name_nl, name_en = excluded.name_en",
                )
                .bind(&g.code)
                .bind(&region.code)
                .bind(names(&g.name, "fr"))
                .bind(names(&g.name, "nl"))
                .bind(names(&g.name, "en"))
                .execute(&mut *tx)
                .await?;
            }
            for c in &region.communes {
                sqlx::query(
                    "INSERT INTO communes (nis, region, slug, name_fr, name_nl, lat, lon, brochure_group)
                     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
                     ON CONFLICT (nis) DO UPDATE SET region = excluded.region, slug = excluded.slug,
                       name_fr = excluded.name_fr, name_nl = excluded.name_nl, lat = excluded.lat,
                       lon = excluded.lon, brochure_group = excluded.brochure_group",
                )
                .bind(&c.nis)
                .bind(&region.code)
                .bind(&c.slug)
                .bind(names(&c.name, "fr"))
                .bind(names(&c.name, "nl"))
                .bind(c.lat)
                .bind(c.lon)
                .bind(&c.brochure_group)
                .execute(&mut *tx)
                .await?;
            }
            for p in &region.postcodes {
                sqlx::query("DELETE FROM postcodes WHERE code = $1").bind(&p.code).execute(&mut *tx).await?;
                for (i, nis) in p.communes.iter().enumerate() {
                    sqlx::query(
                        "INSERT INTO postcodes (code, commune_nis, is_main, lat, lon) VALUES ($1, $2, $3, $4, $5)",
                    )
                    .bind(&p.code)
                    .bind(nis)
                    .bind(i == 0)
                    .bind(p.lat)
                    .bind(p.lon)
                    .execute(&mut *tx)
                    .await?;
                }
            }
            for kind in KINDS {
                for (i, t) in vocab.terms(kind).iter().enumerate() {
                    sqlx::query(
                        "INSERT INTO vocabulary_terms (kind, code, mednum, position) VALUES ($1, $2, $3, $4)
                         ON CONFLICT (kind, code) DO UPDATE SET mednum = excluded.mednum, position = excluded.position",
                    )
                    .bind(kind.key_prefix())
                    .bind(&t.code)
                    .bind(&t.mednum)
                    .bind(i as i32)
                    .execute(&mut *tx)
                    .await?;
                }
            }
        });
        Ok(())
    }

    /// Number of communes stored, for health checks and tests.
    pub async fn count_communes(&self) -> Result<i64> {
        Ok(run!(self, p => sqlx::query_scalar("SELECT COUNT(*) FROM communes").fetch_one(p).await?))
    }
}

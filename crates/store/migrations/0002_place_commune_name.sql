-- Imported places may lie outside the region (`passerelle import places
-- --outside-region accept`): they have no commune of the region
-- (commune_nis IS NULL), so the commune is kept as the source wrote it.
ALTER TABLE places ADD COLUMN commune_name TEXT;

-- Figures that a report gave, entered as what they are (issue 11, item 6):
-- region-level aggregates of a year (the 2021 study's capacity figures, the
-- 2020 funding cadastre), never per-place data. A figure fills a table kind
-- of its area (domain::capacity_figures / domain::cadastre_figures) with the
-- cells the report states; the rest stays unknown. `year` is the year the
-- figures are about, `report_year` the year of the report that gave them.
CREATE TABLE reported_figures (
    id {{ID}},
    figure TEXT NOT NULL,
    area TEXT NOT NULL,
    kind TEXT NOT NULL,
    year INTEGER NOT NULL,
    report_year INTEGER NOT NULL,
    respondents BIGINT,
    source TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    CONSTRAINT reported_figures_figure_key UNIQUE (figure),
    CONSTRAINT reported_figures_area_check CHECK (area IN ('capacity', 'cadastre'))
);

-- A cell of a reported figure: its row (`total` for the total), its column,
-- and the value in the column's stored unit (counts, cents, per mille,
-- hundredths).
CREATE TABLE reported_figure_values (
    figure_id BIGINT NOT NULL REFERENCES reported_figures(id),
    row_code TEXT NOT NULL,
    column_code TEXT NOT NULL,
    value BIGINT NOT NULL,
    PRIMARY KEY (figure_id, row_code, column_code)
);

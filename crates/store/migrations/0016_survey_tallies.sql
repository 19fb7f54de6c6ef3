-- The rollup of an edition's answers (issue 12): the named cells of
-- `domain::survey::analysis::Tally` (how many answers gave each answer, per
-- category of each crossing variable, and each service's rating with
-- overall satisfaction), so that the analysis of a million answers reads a
-- few thousand lines instead of parsing every answer. Every insert of an
-- answer adds its cells in the same transaction (store::survey::tallies);
-- `rebuild_survey_tallies` recomputes an edition's cells from its answers.
CREATE TABLE survey_tallies (
    edition_id BIGINT NOT NULL REFERENCES survey_editions(id),
    cell TEXT NOT NULL,
    answers BIGINT NOT NULL,
    CONSTRAINT survey_tallies_key PRIMARY KEY (edition_id, cell)
);

-- A living directory (docs/living-directory.md): current tables keyed by a stable id, and an append-only
-- history of change sets and revisions. The snapshot tables of V1 are kept as legacy_* until the store,
-- on opening, has turned their directory into the first change set (store/LegacyUpgrade), then dropped.

ALTER TABLE region_groups RENAME TO legacy_region_groups;
ALTER INDEX region_groups_group RENAME TO legacy_region_groups_group;
ALTER TABLE region_resources RENAME TO legacy_region_resources;
ALTER TABLE group_links RENAME TO legacy_group_links;
ALTER TABLE group_notes RENAME TO legacy_group_notes;
ALTER TABLE group_lines RENAME TO legacy_group_lines;
ALTER TABLE groups RENAME TO legacy_groups;
ALTER TABLE regions RENAME TO legacy_regions;
ALTER TABLE directory_intro_links RENAME TO legacy_directory_intro_links;
ALTER TABLE directory_intro RENAME TO legacy_directory_intro;
ALTER TABLE directory_meta RENAME TO legacy_directory_meta;

-- index and constraint names stay with a renamed table, and the new tables want them
ALTER INDEX directory_meta_pkey RENAME TO legacy_directory_meta_pkey;
ALTER INDEX directory_intro_pkey RENAME TO legacy_directory_intro_pkey;
ALTER INDEX directory_intro_links_pkey RENAME TO legacy_directory_intro_links_pkey;
ALTER INDEX regions_pkey RENAME TO legacy_regions_pkey;
ALTER INDEX regions_position_key RENAME TO legacy_regions_position_key;
ALTER INDEX region_resources_pkey RENAME TO legacy_region_resources_pkey;
ALTER INDEX groups_pkey RENAME TO legacy_groups_pkey;
ALTER INDEX groups_position_key RENAME TO legacy_groups_position_key;
ALTER INDEX group_links_pkey RENAME TO legacy_group_links_pkey;
ALTER INDEX region_groups_pkey RENAME TO legacy_region_groups_pkey;
ALTER INDEX group_notes_pkey RENAME TO legacy_group_notes_pkey;
ALTER INDEX group_lines_pkey RENAME TO legacy_group_lines_pkey;

-- Ids are given by the one writer (the write lock is held) as MAX(id) + 1: they only ever increase.
CREATE TABLE change_sets (
  id              BIGINT PRIMARY KEY,
  origin          TEXT NOT NULL,
  at              TIMESTAMPTZ NOT NULL,
  author          TEXT NOT NULL,
  comment         TEXT NOT NULL,
  source          TEXT NOT NULL,
  source_revision TEXT NOT NULL
);

-- state: the entity's whole state after the change, as JSON (revision/StateJson)
CREATE TABLE revisions (
  id            BIGINT PRIMARY KEY,
  change_set_id BIGINT NOT NULL REFERENCES change_sets (id),
  entity_kind   TEXT NOT NULL,
  entity_id     TEXT NOT NULL,
  parent_id     BIGINT REFERENCES revisions (id),
  kind          TEXT NOT NULL,
  removed       BOOLEAN NOT NULL,
  slug          TEXT NOT NULL,
  label         TEXT NOT NULL,
  state         TEXT NOT NULL
);
CREATE INDEX revisions_entity ON revisions (entity_kind, entity_id, id);
CREATE INDEX revisions_change_set ON revisions (change_set_id);

CREATE TABLE directory_meta (
  id          INTEGER PRIMARY KEY CHECK (id = 1),
  title       TEXT NOT NULL,
  revision_id BIGINT NOT NULL REFERENCES revisions (id)
);

CREATE TABLE directory_intro (
  position INTEGER PRIMARY KEY,
  line     TEXT NOT NULL
);

CREATE TABLE directory_intro_links (
  intro_position INTEGER NOT NULL REFERENCES directory_intro (position) ON DELETE CASCADE,
  position       INTEGER NOT NULL,
  kind           TEXT NOT NULL,
  url            TEXT NOT NULL,
  label          TEXT NOT NULL,
  written        TEXT NOT NULL,
  PRIMARY KEY (intro_position, position)
);

-- position: the page's order (parents before children); removed regions keep their row, flagged
CREATE TABLE regions (
  id                 TEXT PRIMARY KEY,
  slug               TEXT NOT NULL UNIQUE,
  position           INTEGER NOT NULL,
  removed            BOOLEAN NOT NULL,
  revision_id        BIGINT NOT NULL REFERENCES revisions (id),
  name               TEXT NOT NULL,
  level              INTEGER NOT NULL,
  parent_id          TEXT REFERENCES regions (id),
  kind               TEXT NOT NULL,
  place_precision    TEXT NOT NULL,
  place_name         TEXT NOT NULL,
  place_country_code TEXT NOT NULL,
  place_admin1       TEXT NOT NULL,
  place_latitude     DOUBLE PRECISION NOT NULL,
  place_longitude    DOUBLE PRECISION NOT NULL,
  place_geoname_id   BIGINT NOT NULL,
  place_confidence   DOUBLE PRECISION NOT NULL,
  place_reason       TEXT NOT NULL,
  line               INTEGER NOT NULL
);

CREATE TABLE region_resources (
  region_id TEXT NOT NULL REFERENCES regions (id) ON DELETE CASCADE,
  position  INTEGER NOT NULL,
  kind      TEXT NOT NULL,
  url       TEXT NOT NULL,
  label     TEXT NOT NULL,
  written   TEXT NOT NULL,
  PRIMARY KEY (region_id, position)
);

CREATE TABLE groups (
  id                 TEXT PRIMARY KEY,
  slug               TEXT NOT NULL UNIQUE,
  position           INTEGER NOT NULL,
  removed            BOOLEAN NOT NULL,
  revision_id        BIGINT NOT NULL REFERENCES revisions (id),
  name               TEXT NOT NULL,
  description        TEXT NOT NULL,
  status             TEXT NOT NULL,
  founded            TEXT NOT NULL,
  meeting            TEXT NOT NULL,
  place_precision    TEXT NOT NULL,
  place_name         TEXT NOT NULL,
  place_country_code TEXT NOT NULL,
  place_admin1       TEXT NOT NULL,
  place_latitude     DOUBLE PRECISION NOT NULL,
  place_longitude    DOUBLE PRECISION NOT NULL,
  place_geoname_id   BIGINT NOT NULL,
  place_confidence   DOUBLE PRECISION NOT NULL,
  place_reason       TEXT NOT NULL
);
CREATE INDEX groups_order ON groups (removed, position);

CREATE TABLE group_links (
  group_id TEXT NOT NULL REFERENCES groups (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  kind     TEXT NOT NULL,
  url      TEXT NOT NULL,
  label    TEXT NOT NULL,
  written  TEXT NOT NULL,
  PRIMARY KEY (group_id, position)
);

CREATE TABLE group_notes (
  group_id TEXT NOT NULL REFERENCES groups (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  note     TEXT NOT NULL,
  PRIMARY KEY (group_id, position)
);

-- the source lines that made a group at the last import that listed it (not part of any revision)
CREATE TABLE group_lines (
  group_id TEXT NOT NULL REFERENCES groups (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  line     INTEGER NOT NULL,
  PRIMARY KEY (group_id, position)
);

-- which live groups a region lists, in the page's order
CREATE TABLE region_groups (
  region_id TEXT NOT NULL REFERENCES regions (id) ON DELETE CASCADE,
  group_id  TEXT NOT NULL REFERENCES groups (id) ON DELETE CASCADE,
  position  INTEGER NOT NULL,
  PRIMARY KEY (region_id, group_id)
);
CREATE INDEX region_groups_group ON region_groups (group_id);

-- slugs an entity once had: they answer 301 to its current one and are never given to another
CREATE TABLE slug_history (
  entity_kind TEXT NOT NULL,
  slug        TEXT NOT NULL,
  entity_id   TEXT NOT NULL,
  PRIMARY KEY (entity_kind, slug)
);

-- what a source (a page) said at its last import, per entity: the base of its next three-way merge
CREATE TABLE import_bases (
  source      TEXT NOT NULL,
  entity_kind TEXT NOT NULL,
  entity_id   TEXT NOT NULL,
  state       TEXT NOT NULL,
  PRIMARY KEY (source, entity_kind, entity_id)
);

ALTER TABLE import_runs ADD COLUMN change_set_id BIGINT REFERENCES change_sets (id);
ALTER TABLE import_runs ADD COLUMN source_revision TEXT NOT NULL DEFAULT '';
ALTER TABLE import_runs ADD COLUMN skipped TEXT NOT NULL DEFAULT '';
CREATE INDEX import_runs_source ON import_runs (source, source_revision);

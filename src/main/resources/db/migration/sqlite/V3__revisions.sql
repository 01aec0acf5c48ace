-- A living directory (docs/living-directory.md): current tables keyed by a stable id, and an append-only
-- history of change sets and revisions. The snapshot tables of V1 are kept as legacy_* until the store,
-- on opening, has turned their directory into the first change set (store/LegacyUpgrade), then dropped.

ALTER TABLE region_groups RENAME TO legacy_region_groups;
ALTER TABLE region_resources RENAME TO legacy_region_resources;
ALTER TABLE group_links RENAME TO legacy_group_links;
ALTER TABLE group_notes RENAME TO legacy_group_notes;
ALTER TABLE group_lines RENAME TO legacy_group_lines;
ALTER TABLE groups RENAME TO legacy_groups;
ALTER TABLE regions RENAME TO legacy_regions;
ALTER TABLE directory_intro_links RENAME TO legacy_directory_intro_links;
ALTER TABLE directory_intro RENAME TO legacy_directory_intro;
ALTER TABLE directory_meta RENAME TO legacy_directory_meta;
DROP INDEX region_groups_group; -- index names are global: the new region_groups has one of that name

-- Ids are given by the one writer (the write lock is held) as MAX(id) + 1: they only ever increase.
CREATE TABLE change_sets (
  id              INTEGER PRIMARY KEY,
  origin          TEXT NOT NULL,
  at              TEXT NOT NULL, -- ISO-8601 instant in UTC, microsecond precision
  author          TEXT NOT NULL,
  comment         TEXT NOT NULL,
  source          TEXT NOT NULL,
  source_revision TEXT NOT NULL
) STRICT;

-- state: the entity's whole state after the change, as JSON (revision/StateJson)
CREATE TABLE revisions (
  id            INTEGER PRIMARY KEY,
  change_set_id INTEGER NOT NULL REFERENCES change_sets (id),
  entity_kind   TEXT NOT NULL,
  entity_id     TEXT NOT NULL,
  parent_id     INTEGER REFERENCES revisions (id),
  kind          TEXT NOT NULL,
  removed       INTEGER NOT NULL CHECK (removed IN (0, 1)),
  slug          TEXT NOT NULL,
  label         TEXT NOT NULL,
  state         TEXT NOT NULL
) STRICT;
CREATE INDEX revisions_entity ON revisions (entity_kind, entity_id, id);
CREATE INDEX revisions_change_set ON revisions (change_set_id);

CREATE TABLE directory_meta (
  id          INTEGER PRIMARY KEY CHECK (id = 1),
  title       TEXT NOT NULL,
  revision_id INTEGER NOT NULL REFERENCES revisions (id)
) STRICT;

CREATE TABLE directory_intro (
  position INTEGER PRIMARY KEY,
  line     TEXT NOT NULL
) STRICT;

CREATE TABLE directory_intro_links (
  intro_position INTEGER NOT NULL REFERENCES directory_intro (position) ON DELETE CASCADE,
  position       INTEGER NOT NULL,
  kind           TEXT NOT NULL,
  url            TEXT NOT NULL,
  label          TEXT NOT NULL,
  written        TEXT NOT NULL,
  PRIMARY KEY (intro_position, position)
) STRICT;

-- position: the page's order (parents before children); removed regions keep their row, flagged
CREATE TABLE regions (
  id                 TEXT PRIMARY KEY,
  slug               TEXT NOT NULL UNIQUE,
  position           INTEGER NOT NULL,
  removed            INTEGER NOT NULL CHECK (removed IN (0, 1)),
  revision_id        INTEGER NOT NULL REFERENCES revisions (id),
  name               TEXT NOT NULL,
  level              INTEGER NOT NULL,
  parent_id          TEXT REFERENCES regions (id),
  kind               TEXT NOT NULL,
  place_precision    TEXT NOT NULL,
  place_name         TEXT NOT NULL,
  place_country_code TEXT NOT NULL,
  place_admin1       TEXT NOT NULL,
  place_latitude     REAL NOT NULL,
  place_longitude    REAL NOT NULL,
  place_geoname_id   INTEGER NOT NULL,
  place_confidence   REAL NOT NULL,
  place_reason       TEXT NOT NULL,
  line               INTEGER NOT NULL
) STRICT;

CREATE TABLE region_resources (
  region_id TEXT NOT NULL REFERENCES regions (id) ON DELETE CASCADE,
  position  INTEGER NOT NULL,
  kind      TEXT NOT NULL,
  url       TEXT NOT NULL,
  label     TEXT NOT NULL,
  written   TEXT NOT NULL,
  PRIMARY KEY (region_id, position)
) STRICT;

CREATE TABLE groups (
  id                 TEXT PRIMARY KEY,
  slug               TEXT NOT NULL UNIQUE,
  position           INTEGER NOT NULL,
  removed            INTEGER NOT NULL CHECK (removed IN (0, 1)),
  revision_id        INTEGER NOT NULL REFERENCES revisions (id),
  name               TEXT NOT NULL,
  description        TEXT NOT NULL,
  status             TEXT NOT NULL,
  founded            TEXT NOT NULL,
  meeting            TEXT NOT NULL,
  place_precision    TEXT NOT NULL,
  place_name         TEXT NOT NULL,
  place_country_code TEXT NOT NULL,
  place_admin1       TEXT NOT NULL,
  place_latitude     REAL NOT NULL,
  place_longitude    REAL NOT NULL,
  place_geoname_id   INTEGER NOT NULL,
  place_confidence   REAL NOT NULL,
  place_reason       TEXT NOT NULL
) STRICT;
CREATE INDEX groups_order ON groups (removed, position);

CREATE TABLE group_links (
  group_id TEXT NOT NULL REFERENCES groups (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  kind     TEXT NOT NULL,
  url      TEXT NOT NULL,
  label    TEXT NOT NULL,
  written  TEXT NOT NULL,
  PRIMARY KEY (group_id, position)
) STRICT;

CREATE TABLE group_notes (
  group_id TEXT NOT NULL REFERENCES groups (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  note     TEXT NOT NULL,
  PRIMARY KEY (group_id, position)
) STRICT;

-- the source lines that made a group at the last import that listed it (not part of any revision)
CREATE TABLE group_lines (
  group_id TEXT NOT NULL REFERENCES groups (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  line     INTEGER NOT NULL,
  PRIMARY KEY (group_id, position)
) STRICT;

-- which live groups a region lists, in the page's order
CREATE TABLE region_groups (
  region_id TEXT NOT NULL REFERENCES regions (id) ON DELETE CASCADE,
  group_id  TEXT NOT NULL REFERENCES groups (id) ON DELETE CASCADE,
  position  INTEGER NOT NULL,
  PRIMARY KEY (region_id, group_id)
) STRICT;
CREATE INDEX region_groups_group ON region_groups (group_id);

-- slugs an entity once had: they answer 301 to its current one and are never given to another
CREATE TABLE slug_history (
  entity_kind TEXT NOT NULL,
  slug        TEXT NOT NULL,
  entity_id   TEXT NOT NULL,
  PRIMARY KEY (entity_kind, slug)
) STRICT;

-- what a source (a page) said at its last import, per entity: the base of its next three-way merge
CREATE TABLE import_bases (
  source      TEXT NOT NULL,
  entity_kind TEXT NOT NULL,
  entity_id   TEXT NOT NULL,
  state       TEXT NOT NULL,
  PRIMARY KEY (source, entity_kind, entity_id)
) STRICT;

ALTER TABLE import_runs ADD COLUMN change_set_id INTEGER REFERENCES change_sets (id);
ALTER TABLE import_runs ADD COLUMN source_revision TEXT NOT NULL DEFAULT '';
ALTER TABLE import_runs ADD COLUMN skipped TEXT NOT NULL DEFAULT '';
CREATE INDEX import_runs_source ON import_runs (source, source_revision);

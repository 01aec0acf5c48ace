-- The stored directory (PostgreSQL). Lists keep their order in a "position" column; "" means "none",
-- except for regions.parent_slug, which is NULL at the top level so that it can reference its parent.

CREATE TABLE directory_meta (
  id    INTEGER PRIMARY KEY CHECK (id = 1),
  title TEXT NOT NULL
);

CREATE TABLE directory_intro (
  position INTEGER PRIMARY KEY,
  line     TEXT NOT NULL
);

-- links of the introduction's lines, in order
CREATE TABLE directory_intro_links (
  intro_position INTEGER NOT NULL REFERENCES directory_intro (position) ON DELETE CASCADE,
  position       INTEGER NOT NULL,
  kind           TEXT NOT NULL,
  url            TEXT NOT NULL,
  label          TEXT NOT NULL,
  written        TEXT NOT NULL,
  PRIMARY KEY (intro_position, position)
);

CREATE TABLE regions (
  slug               TEXT PRIMARY KEY,
  position           INTEGER NOT NULL UNIQUE,
  name               TEXT NOT NULL,
  level              INTEGER NOT NULL,
  parent_slug        TEXT REFERENCES regions (slug),
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
  region_slug TEXT NOT NULL REFERENCES regions (slug) ON DELETE CASCADE,
  position    INTEGER NOT NULL,
  kind        TEXT NOT NULL,
  url         TEXT NOT NULL,
  label       TEXT NOT NULL,
  written     TEXT NOT NULL,
  PRIMARY KEY (region_slug, position)
);

CREATE TABLE groups (
  slug               TEXT PRIMARY KEY,
  position           INTEGER NOT NULL UNIQUE,
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

CREATE TABLE group_links (
  group_slug TEXT NOT NULL REFERENCES groups (slug) ON DELETE CASCADE,
  position   INTEGER NOT NULL,
  kind       TEXT NOT NULL,
  url        TEXT NOT NULL,
  label      TEXT NOT NULL,
  written    TEXT NOT NULL,
  PRIMARY KEY (group_slug, position)
);

CREATE TABLE region_groups (
  region_slug TEXT NOT NULL REFERENCES regions (slug) ON DELETE CASCADE,
  position    INTEGER NOT NULL,
  group_slug  TEXT NOT NULL REFERENCES groups (slug) ON DELETE CASCADE,
  PRIMARY KEY (region_slug, position)
);
CREATE INDEX region_groups_group ON region_groups (group_slug);

CREATE TABLE group_notes (
  group_slug TEXT NOT NULL REFERENCES groups (slug) ON DELETE CASCADE,
  position   INTEGER NOT NULL,
  note       TEXT NOT NULL,
  PRIMARY KEY (group_slug, position)
);

CREATE TABLE group_lines (
  group_slug TEXT NOT NULL REFERENCES groups (slug) ON DELETE CASCADE,
  position   INTEGER NOT NULL,
  line       INTEGER NOT NULL,
  PRIMARY KEY (group_slug, position)
);

-- Identity: run ids only ever increase.
CREATE TABLE import_runs (
  id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  source       TEXT NOT NULL,
  format       TEXT NOT NULL,
  at           TIMESTAMPTZ NOT NULL,
  line_count   INTEGER NOT NULL,
  regions      INTEGER NOT NULL,
  groups       INTEGER NOT NULL,
  unused_lines INTEGER NOT NULL,
  changed      BOOLEAN NOT NULL
);

CREATE TABLE import_report_entries (
  run_id      BIGINT NOT NULL REFERENCES import_runs (id) ON DELETE CASCADE,
  position    INTEGER NOT NULL,
  line        INTEGER NOT NULL,
  disposition TEXT NOT NULL,
  subject     TEXT NOT NULL,
  message     TEXT NOT NULL,
  PRIMARY KEY (run_id, position)
);

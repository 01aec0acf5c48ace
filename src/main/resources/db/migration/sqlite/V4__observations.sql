-- Observations (issue 9, docs/link-checks.md): what was found about a group, kept beside the directory and
-- never a revision of it. Append-only: a new check or statement is a new row; nothing is updated.
-- Ids are given by the writer, holding the store's write lock, as MAX(id) + 1 (as for change sets), so that a copy
-- to another database (migrate) keeps them and needs no sequence.

-- One check of one link. The link is known by its group's id and its identity (directory/Link.identity),
-- so that a re-import or an edit that keeps the link keeps its history.
CREATE TABLE link_checks (
  id            INTEGER PRIMARY KEY,
  group_id      TEXT NOT NULL,
  link_identity TEXT NOT NULL,
  url           TEXT NOT NULL,
  outcome       TEXT NOT NULL,  -- fetch/Outcome, by name
  status_code   INTEGER NOT NULL, -- 0 when there was no HTTP answer
  final_url     TEXT NOT NULL,
  suggested_url TEXT,           -- the new home of a link moved permanently
  millis        INTEGER NOT NULL,
  checked_at    TEXT NOT NULL,  -- ISO-8601 instant in UTC
  detail        TEXT NOT NULL
) STRICT;
CREATE INDEX link_checks_link ON link_checks (group_id, link_identity, id);

-- What people say of a group: an organiser's confirmation that it is alive, or a report that it is not.
CREATE TABLE group_statements (
  id         INTEGER PRIMARY KEY,
  group_id   TEXT NOT NULL,
  kind       TEXT NOT NULL CHECK (kind IN ('CONFIRMATION', 'REPORT')),
  by_whom    TEXT NOT NULL,
  said       TEXT NOT NULL,
  said_at    TEXT NOT NULL      -- ISO-8601 instant in UTC
) STRICT;
CREATE INDEX group_statements_group ON group_statements (group_id, id);

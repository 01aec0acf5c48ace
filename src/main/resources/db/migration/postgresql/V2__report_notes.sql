-- What the page reader noticed on a line of a run's report (a markup quirk, a guess, a repair), as data:
-- before V2 these were appended to the entry's message as "; warning [code] text", and runs stored then
-- keep them there.

CREATE TABLE import_report_notes (
  run_id         BIGINT NOT NULL,
  entry_position INTEGER NOT NULL,
  position       INTEGER NOT NULL,
  line_column    INTEGER NOT NULL, -- 1-based; 0 when the note concerns the whole line
  severity       TEXT NOT NULL,
  code           TEXT NOT NULL,
  message        TEXT NOT NULL,
  PRIMARY KEY (run_id, entry_position, position),
  FOREIGN KEY (run_id, entry_position) REFERENCES import_report_entries (run_id, position) ON DELETE CASCADE
);

-- The meeting rules a group's organisers set (issue 10 §5), each in the notation of
-- meetings.OrganiserRules ("monthly, 2nd Thursday, 18:00-20:00"), in order. Part of the group's
-- state: its revisions keep them too (GroupState.meeting_rules; older revisions have none).
CREATE TABLE group_meeting_rules (
  group_id TEXT NOT NULL REFERENCES groups (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  rule     TEXT NOT NULL,
  PRIMARY KEY (group_id, position)
) STRICT;

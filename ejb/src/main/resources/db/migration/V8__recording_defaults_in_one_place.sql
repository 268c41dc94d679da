-- A new company's recording settings (off, 90 days, administrators play) come from
-- RecordingSettings alone. V6's column defaults only filled in the companies that existed
-- when it ran; left in the schema they would be a second copy of the rule.

alter table company alter column recording_policy drop default;
alter table company alter column recording_retention_days drop default;
alter table company alter column recording_own_playback drop default;

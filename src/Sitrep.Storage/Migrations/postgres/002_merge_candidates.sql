-- Finding the incidents a new report could join (CandidateQuery) scans one range per stored time precision: the
-- event type, the precision and a date window, with the admin1 and coordinate tests answered from the index too,
-- so only rows that may match are read from the table.
CREATE INDEX events_merge_candidates ON events (event_type, time_precision, event_date, admin1, latitude, longitude);

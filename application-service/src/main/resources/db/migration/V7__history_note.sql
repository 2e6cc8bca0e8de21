-- Free text staff write for the resident (a supplement instruction, a rejection explanation). It stays
-- here, in the application's timeline, and never goes onto the public application-events topic, so that
-- erasing the applicant can clear it (an ERASED history entry clears the notes of its application).
alter table application_history add column note text check (char_length(note) between 1 and 500);

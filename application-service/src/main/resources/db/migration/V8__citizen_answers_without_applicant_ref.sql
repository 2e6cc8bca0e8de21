-- A citizen is never told an applicantRef (the pseudonym of a person on public topics): a citizen may file
-- under someone else's ID number, and the reference would de-anonymise that person's public events.
-- Answers of citizens' filings (channel ONLINE or MOBILE) stored for an Idempotency-Key before this rule
-- still carry it and a retried request would replay it, so it is taken out of them here (the rest of the
-- answer is kept byte for byte). Answers of staff filings (PHONE, COUNTER) keep it. Running this again
-- changes nothing.
update idempotent_request
set response_body = regexp_replace(regexp_replace(response_body,
        '"applicantRef":"[^"]*",', ''),
        ',?"applicantRef":"[^"]*"', '')
where case when status = 201 and scope like '% POST /applications' and strpos(response_body, '"applicantRef":') > 0
           then (response_body::jsonb #>> '{applications,0,channel}') in ('ONLINE', 'MOBILE')
           else false end;

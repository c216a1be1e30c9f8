-- 0006: find a contact's erasure requests by contact (the research-consent
-- question is never asked of someone who asked to be erased).
CREATE INDEX erasure_request_contact ON erasure_request (contact_id);

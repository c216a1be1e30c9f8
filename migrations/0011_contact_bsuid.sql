-- 0011: WhatsApp contacts known by a business-scoped user id (BSUID) and a
-- username. A person who adopts a WhatsApp username may write without a
-- phone number: such a contact has a BSUID and no address. A contact is
-- found by its address or by its BSUID (src/store_ingest.c); when a later
-- payload carries both, the one it was found by gains the other.
ALTER TABLE contact ALTER COLUMN address DROP NOT NULL;
ALTER TABLE contact ADD COLUMN bsuid text;	-- personal data: the BSUID
ALTER TABLE contact ADD COLUMN username text;	-- personal data: used only to scrub transcripts
ALTER TABLE contact ADD CONSTRAINT contact_address_or_bsuid
	CHECK (address IS NOT NULL OR bsuid IS NOT NULL);
CREATE UNIQUE INDEX contact_bsuid ON contact (channel, bsuid) WHERE bsuid IS NOT NULL;

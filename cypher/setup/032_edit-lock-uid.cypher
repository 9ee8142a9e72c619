// One lock node per edited record (EditLock): edits of the same record take its write lock in turn, so each checks the version the previous one left.
CREATE CONSTRAINT edit_lock_uid IF NOT EXISTS FOR (n:EditLock) REQUIRE n.uid IS UNIQUE

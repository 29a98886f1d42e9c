"""Getting the record from the site itself, politely, into an archive of record."""

-- Filing a release again (issue 18): after its archive number was voided and a new one given,
-- or when it moves to another folder, its one `filings` row records where it is now and who
-- filed it when. 0005 let a desk change only the folder; the time and the filer go with it.
-- The release, once filed, never changes row (its release_id is the key). `{{app}}` is the
-- application role. Never edit once landed.

GRANT UPDATE (filed_at, filed_by) ON filings TO {{app}};

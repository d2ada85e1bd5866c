-- Search (issue 15): the server's index holds what SQLite's `releases_fts` row holds
-- (`release/search.rs`): title, body, sender and contact, and the numbers "001/2026 1
-- letter_no", cut into the words FTS5's tokenizer (unicode61, remove_diacritics 2) makes:
-- runs of letters and digits, diacritics taken off, lower case. 0001's index had neither the
-- contact nor the numbers, and PostgreSQL's own parser keeps "800/12/2026" or
-- "diskominfo.go.id" as one token where FTS5 has three words, so the words are cut here before
-- the `simple` configuration sees them. Numbered 0007: 0006 is left to the spine's work.
-- Never edit once landed.

DROP INDEX releases_search;

-- The text as FTS5 sees it: diacritics off (decomposed, then the combining marks U+0300–U+036F
-- dropped: FTS5's own table comes from the same decomposition, so ß, æ and ø stay as they are,
-- where `unaccent` would rewrite them), everything but letters and digits a space (ICU's
-- classes, whatever the database's locale), lower case. Immutable, so an index may use it.
CREATE FUNCTION search_words(t text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN lower(regexp_replace(
    regexp_replace(normalize(t, NFD), '[\u0300-\u036f]+', '', 'g') COLLATE "und-x-icu",
    '[^[:alnum:]]+', ' ', 'g') COLLATE "und-x-icu");

-- A release's search document; the agenda number as `numbering::agenda_display` writes it.
CREATE FUNCTION search_doc(title text, body text, sender_org text, sender_contact text,
    agenda_year bigint, agenda_seq bigint, letter_no text) RETURNS tsvector
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN to_tsvector('simple'::regconfig, search_words(
    title || ' ' || body || ' ' || sender_org || ' ' || sender_contact || ' '
    || lpad(agenda_seq::text, greatest(3, length(agenda_seq::text)), '0') || '/'
    || agenda_year::text || ' ' || agenda_seq::text || ' ' || letter_no));

CREATE INDEX releases_search ON releases USING gin
    (search_doc(title, body, sender_org, sender_contact, agenda_year, agenda_seq, letter_no));

REVOKE ALL ON FUNCTION search_words(text),
    search_doc(text, text, text, text, bigint, bigint, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION search_words(text),
    search_doc(text, text, text, text, bigint, bigint, text) TO {{app}};

-- SQLite's instr(haystack, needle) for the raw SQL the two engines share (src/services/organization.service.ts
-- filters names with it): the 1-based position of needle in haystack, 0 when absent; NULL for a NULL argument.
CREATE FUNCTION instr(haystack TEXT, needle TEXT) RETURNS INTEGER
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS 'SELECT strpos(haystack, needle)';

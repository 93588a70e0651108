-- SQLite's json_each(text) over a JSON array of integers, for the raw SQL the two engines share: the page
-- loaders send a list of ids as ONE parameter (one statement text however many ids) and read it as a table
-- ("key": 0-based position, "value": the id). PostgreSQL's own json_each(json) (objects) is untouched: a
-- parameter of unknown type resolves to this text overload.
CREATE FUNCTION json_each(ids TEXT) RETURNS TABLE("key" INTEGER, "value" INTEGER)
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
    SELECT (e.ordinality - 1)::INTEGER, e.elem::INTEGER FROM jsonb_array_elements_text(ids::jsonb) WITH ORDINALITY AS e(elem, ordinality)
$$;

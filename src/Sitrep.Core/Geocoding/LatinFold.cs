namespace Sitrep.Core.Geocoding;

/// <summary>Base ASCII letter of each accented Latin letter, generated from Unicode canonical decompositions.</summary>
/// <remarks>
/// The project runs with InvariantGlobalization, where string.Normalize cannot decompose letters, so the
/// decompositions Sitrep needs (Latin-1 Supplement, Latin Extended-A/B, Latin Extended Additional) are tabled here.
/// </remarks>
internal static class LatinFold
{
    // U+00C0..U+024F, one char per code point; \0 where the letter has no ASCII base (æ, ß, ø ... are handled by hand).
    private const string Block1 = "AAAAAA\0CEEEEIIII\0NOOOOO\0\0UUUUY\0\0aaaaaa\0ceeeeiiii\0nooooo\0\0uuuuy\0yAaAaAaCcCcCcCcDd\0\0EeEeEeEeEeGgGgGgGgHh\0\0IiIiIiIiI\0\0\0JjKk\0LlLlLl\0\0\0\0NnNnNn\0\0\0OoOoOo\0\0RrRrRrSsSsSsSsTtTt\0\0UuUuUuUuUuUuWwYyYZzZzZz\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0Oo\0\0\0\0\0\0\0\0\0\0\0\0\0Uu\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0AaIiOoUuUuUuUuUu\0AaAa\0\0\0\0GgKkOoOo\0\0j\0\0\0Gg\0\0NnAa\0\0\0\0AaAaEeEeIiIiOoOoRrRrUuUuSsTt\0\0Hh\0\0\0\0\0\0AaEeOoOoOoOoYy\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0";

    // U+1E00..U+1EFF.
    private const string Block2 = "AaBbBbBbCcDdDdDdDdDdEeEeEeEeEeFfGgHhHhHhHhHhIiIiKkKkKkLlLlLlLlMmMmMmNnNnNnNnOoOoOoOoPpPpRrRrRrRrSsSsSsSsSsTtTtTtTtUuUuUuUuUuVvVvWwWwWwWwWwXxXxYyZzZzZzhtwy\0\0\0\0\0\0AaAaAaAaAaAaAaAaAaAaAaAaEeEeEeEeEeEeEeEeIiIiOoOoOoOoOoOoOoOoOoOoOoOoUuUuUuUuUuUuUuYyYyYyYy\0\0\0\0\0\0";

    /// <summary>The ASCII base letter, or the character itself when it has none.</summary>
    public static char Base(char c)
    {
        if (c >= '\u00C0' && c < '\u0250')
        {
            var b = Block1[c - '\u00C0'];
            return b == '\0' ? c : b;
        }

        if (c >= '\u1E00' && c <= '\u1EFF')
        {
            var b = Block2[c - '\u1E00'];
            return b == '\0' ? c : b;
        }

        return c;
    }
}

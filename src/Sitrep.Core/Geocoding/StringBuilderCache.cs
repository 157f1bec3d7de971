using System.Text;

namespace Sitrep.Core.Geocoding;

/// <summary>One reusable builder per thread for the explanations every event writes (as the runtime's own internal cache does).</summary>
/// <remarks>A fresh builder grows through several chunks for a sentence of a few hundred characters; only the final string need be new.</remarks>
internal static class StringBuilderCache
{
    // Larger builders are let go rather than kept, so one very long explanation does not stay in memory.
    private const int MaxKept = 2048;

    [ThreadStatic]
    private static StringBuilder? t_cached;

    /// <summary>An empty builder: the thread's cached one when free, else a new one.</summary>
    public static StringBuilder Acquire()
    {
        var sb = t_cached;
        if (sb is null) return new StringBuilder(512);
        t_cached = null;
        sb.Clear();
        return sb;
    }

    /// <summary>The builder's text; the builder goes back to the cache.</summary>
    public static string ToStringAndRelease(StringBuilder sb)
    {
        var s = sb.ToString();
        if (sb.Capacity <= MaxKept) t_cached = sb;
        return s;
    }
}

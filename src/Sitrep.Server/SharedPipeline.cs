using Sitrep.Core.Pipeline;

namespace Sitrep.Server;

/// <summary>The one pipeline of the process, loaded once (lexicons and gazetteer take seconds) and shared by every request.</summary>
/// <remarks>Process-wide rather than per host because it is immutable and thread-safe, and tests start several hosts.</remarks>
public static class SharedPipeline
{
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Lazy<SitrepPipeline>> ByHome = new(StringComparer.Ordinal);

    /// <summary>The pipeline with the gazetteer overlays of <paramref name="home"/> (null: the bundled gazetteer only), loaded on first use.</summary>
    public static SitrepPipeline For(string? home) => Lazy(home).Value;

    /// <summary>Starts loading in the background so that the first posted report does not wait for it.</summary>
    public static void Warm(string? home) => _ = Task.Run(() => Lazy(home).Value);

    private static Lazy<SitrepPipeline> Lazy(string? home) => ByHome.GetOrAdd(home ?? "",
        h => new Lazy<SitrepPipeline>(() => SitrepPipeline.CreateDefault(sitrepHome: h.Length == 0 ? null : h), LazyThreadSafetyMode.ExecutionAndPublication));
}

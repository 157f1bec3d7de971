using Sitrep.Core.Pipeline;

namespace Sitrep.Server;

/// <summary>The one pipeline of the process, loaded once (lexicons and gazetteer take seconds) and shared by every request.</summary>
/// <remarks>Process-wide rather than per host because it is immutable and thread-safe, and tests start several hosts.</remarks>
public static class SharedPipeline
{
    private static readonly Lazy<SitrepPipeline> Instance = new(() => SitrepPipeline.CreateDefault(), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The pipeline, loading it on first use.</summary>
    public static SitrepPipeline Value => Instance.Value;

    /// <summary>Starts loading in the background so that the first posted report does not wait for it.</summary>
    public static void Warm() => _ = Task.Run(() => Instance.Value);
}

namespace Sitrep.Core.Pipeline;

/// <summary>Told as each stage of one document ends, so a profiler times the pipeline's own path rather than a copy of it.</summary>
/// <remarks>
/// The observer keeps its own clock: <see cref="Ended"/> charges what passed since the previous call to <paramref
/// name="stage"/>, or to no stage when it is null (the glue between stages). The pipeline calls it on the document's thread.
/// </remarks>
public interface IStageObserver
{
    /// <summary>The work since the previous call was <paramref name="stage"/> (a "Type.Method" name), or glue when null.</summary>
    void Ended(string? stage);
}

using Sitrep.Core.Documents;
using Sitrep.Core.Pipeline;
using Sitrep.Core.Resolution;

namespace Sitrep.Core.Tests.Coding;

/// <summary>One default pipeline for every coding test (loading lexicons and the gazetteer once).</summary>
public static class TestPipeline
{
    private static readonly Lazy<SitrepPipeline> Instance = new(() => SitrepPipeline.CreateDefault());

    public static SitrepPipeline Pipeline => Instance.Value;

    public static readonly DateOnly Published = new(2020, 5, 28);

    public static IReadOnlyList<ResolvedEvent> Run(string text, DateOnly? published = null, string id = "test-doc", string? source = null) =>
        Pipeline.Process(new Document(id, published ?? Published, source ?? "Test Wire", null, text));
}

using Sitrep.Core.Annotation;
using Sitrep.Core.Documents;
using Sitrep.Core.Pipeline;

namespace Sitrep.Storage.Tests;

/// <summary>Short reports written for these tests, and the real pipeline that processes them.</summary>
internal static class Reports
{
    private static readonly Lazy<SitrepPipeline> PipelineInstance = new(() => SitrepPipeline.CreateDefault());

    public static SitrepPipeline Pipeline => PipelineInstance.Value;

    // One air strike told by three outlets, with different tolls and three spellings of the town.
    public static readonly Document MarketA = new("levant-monitor-0312", new DateOnly(2024, 3, 12), "Levant Monitor", null,
        "At least 5 civilians were killed and 9 injured when Russian warplanes struck a market in Maarat al-Numan in southern Idlib on Monday, local rescuers said.");

    public static readonly Document MarketB = new("north-syria-wire-0311", new DateOnly(2024, 3, 11), "North Syria Wire", null,
        "Russian air strikes hit a crowded market in Ma'arrat an-Nu'man on March 11, killing seven civilians, according to the civil defence.");

    public static readonly Document MarketC = new("daily-frontline-0312", new DateOnly(2024, 3, 12), "Daily Frontline", null,
        "Air raids by Russian jets killed 6 people in the town of Maaret al-Noman, Idlib province, on 11 March 2024.");

    // Two different clashes in the same town on the same day, between different sides.
    public static readonly Document ClashA = new("wire-a-0312", new DateOnly(2024, 3, 12), "Wire A", null,
        "Fighters of Hayat Tahrir al-Sham clashed with the National Front for Liberation in Maarat al-Numan on 11 March 2024. Two fighters were killed.");

    public static readonly Document ClashB = new("wire-b-0312", new DateOnly(2024, 3, 12), "Wire B", null,
        "Syrian government forces clashed with Turkish-backed Syrian National Army fighters in Maarat al-Numan on 11 March 2024, leaving three soldiers dead.");

    // Elsewhere and later, to exercise the filters.
    public static readonly Document Kenya = new("coast-news-0402", new DateOnly(2024, 4, 2), "Coast News", null,
        "Suspected al-Shabaab militants attacked a police post in Mandera on Monday, killing two officers.");

    public static ProcessedDocument Process(Document d)
    {
        var (annotations, events) = Pipeline.ProcessWithAnnotations(d);
        return new ProcessedDocument(d, ProcessedDocument.HashOf(d.Text), AnnotationSpan.Flatten(annotations), events);
    }
}

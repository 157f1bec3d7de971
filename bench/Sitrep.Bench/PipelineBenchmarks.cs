using BenchmarkDotNet.Attributes;
using Sitrep.Core.Documents;
using Sitrep.Core.Pipeline;
using Sitrep.Core.Text;

namespace Sitrep.Bench;

/// <summary>Micro-benchmarks of the pipeline stages (normalise, annotate, full Process) over a handful of short reports written for this benchmark.</summary>
[MemoryDiagnoser]
public class PipelineBenchmarks
{
    // Hand-written, fictional-detail reports in the register of conflict monitoring, with PDF artefacts in some.
    private static readonly string[] Reports =
    [
        "On March 3, government forces shelled the outskirts of Saraqib in the eastern countryside of Idlib, killing at least 4 civilians and wounding 7 others, local sources said.",
        "Clashes broke out late on Tuesday between the Syrian Democratic Forces and Islamic State fighters near Hajin in the Deir ez-Zor countryside. Two SDF fighters were killed.",
        "Unidentified gunmen on a motorcycle shot dead a local council member in the town of Tafas in western Daraa yesterday.",
        "An IED planted on the road between Al Bab and Manbij exploded as a military vehicle passed, injuring three soldiers of the Turkish Army, according to a war monitor.",
        "Russian Aerospace Forces carried out several airstrikes on positions of Hay'at Tahrir al-Sham around Kafr Nubl on Sunday. The group claimed it shot down a drone over the area.",
        "Opposition factions regained control of the village of Tal Abyad after\nday-long fighting with regime forces, who withdrew towards the south. Dozens were reported dead on both sides.",
        "Hundreds of protesters gathered in the centre of Raqqa on Friday to denounce rising prices; the demonstration ended peacefully.",
        "A car bomb exploded near a checkpoint at the entrance of Afrin city on 12 January 2021, killing six people, including two children. No group claimed responsibility.",
    ];

    private SitrepPipeline _pipeline = null!;
    private Document[] _docs = null!;

    /// <summary>Builds the pipeline once and warms it up.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _pipeline = SitrepPipeline.CreateDefault();
        _docs = Reports.Select((t, i) => new Document($"bench-{i}", new DateOnly(2021, 3, 5), "bench", null, t)).ToArray();
        foreach (var d in _docs) _pipeline.Process(d);
    }

    /// <summary>TextNormaliser over all reports.</summary>
    [Benchmark(OperationsPerInvoke = 8)]
    public int Normalise()
    {
        var n = 0;
        foreach (var d in _docs) n += TextNormaliser.Normalise(d.Text).Text.Length;
        return n;
    }

    /// <summary>Normalisation plus every annotator.</summary>
    [Benchmark(OperationsPerInvoke = 8)]
    public int Annotate()
    {
        var n = 0;
        foreach (var d in _docs) n += _pipeline.Annotate(d).Sentences.Count;
        return n;
    }

    /// <summary>The whole pipeline: annotate, code, resolve (incl. geocoding).</summary>
    [Benchmark(OperationsPerInvoke = 8, Baseline = true)]
    public int Process()
    {
        var n = 0;
        foreach (var d in _docs) n += _pipeline.Process(d).Count;
        return n;
    }
}

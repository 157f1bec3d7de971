using System.Diagnostics;
using System.Text;
using BenchmarkDotNet.Attributes;
using Sitrep.Core.Geocoding;

namespace Sitrep.Bench;

/// <summary>Gazetteer load time, exact and fuzzy lookups per second, and geocoder resolutions, on the bundled data.</summary>
[MemoryDiagnoser]
public class GazetteerBenchmarks
{
    // Real place names in several spellings; the fuzzy set is misspelt so it must go through the deletion index.
    private static readonly string[] ExactNames =
    [
        "Jisr al-Shughur", "Deir ez-Zor", "Raqqa", "Palmyra", "Nairobi", "Kabul", "Mombasa", "Idlib", "Aleppo",
        "Kandahar", "Garissa", "Mazar-i-Sharif", "Homs", "Al Bab", "Manbij", "Kisumu", "Herat", "Daraa",
    ];

    private static readonly string[] FuzzyNames =
    [
        "Jisr al-Shugoor", "Deir Ezzorr", "Raqqqah", "Nairoby", "Kabull", "Mombassa", "Idlibb", "Alepo",
        "Kandahaar", "Garrisa", "Mazar Sharef", "Manbej", "Kissumu", "Heraat", "Dara'a", "Lashkar Gah",
    ];

    private Gazetteer _g = null!;
    private Geocoder _geo = null!;
    private string[] _exactKeys = null!;

    [GlobalSetup]
    public void Setup()
    {
        _g = Gazetteer.LoadBundled();
        _g.WarmUp();
        _geo = new Geocoder(_g);
        _exactKeys = ExactNames.Select(PlaceNameKey.Of).ToArray();
    }

    [Benchmark]
    public int Load() => Gazetteer.Build([ReadBundled()]).Places.Count;

    [Benchmark(OperationsPerInvoke = 18)]
    public int ExactLookup()
    {
        var n = 0;
        foreach (var name in ExactNames) n += _g.Lookup(name).Count;
        return n;
    }

    [Benchmark(OperationsPerInvoke = 18)]
    public int ExactKeyLookup()
    {
        var n = 0;
        foreach (var key in _exactKeys) n += _g.ContainsKey(key) ? 1 : 0;
        return n;
    }

    [Benchmark(OperationsPerInvoke = 16)]
    public int FuzzyLookup()
    {
        var n = 0;
        foreach (var name in FuzzyNames) n += _g.LookupFuzzy(name).Count;
        return n;
    }

    [Benchmark(OperationsPerInvoke = 18)]
    public int Resolve()
    {
        var n = 0;
        foreach (var name in ExactNames)
        {
            var m = new PlaceMention(name, 0, name.Length, PlaceRelation.In);
            n += _geo.Resolve([m], [m], null)?.GeoPrecision ?? 0;
        }

        return n;
    }

    private static GazetteerData ReadBundled()
    {
        using var s = typeof(Gazetteer).Assembly.GetManifestResourceStream(Gazetteer.BundledResource)!;
        return GazetteerFile.Read(s, alternateNames: false);
    }

    /// <summary>A quick Stopwatch measurement (no BenchmarkDotNet) for CI logs and the closing note.</summary>
    public static string RunQuick()
    {
        var sb = new StringBuilder();
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var sw = Stopwatch.StartNew();
        var pause0 = GC.GetTotalPauseDuration();
        var g = Gazetteer.LoadBundled();
        var load = sw.Elapsed;
        var firstPause = GC.GetTotalPauseDuration() - pause0;
        // A second load, in parts: the first includes JIT and the one-time inflation of the embedded resource.
        sw.Restart();
        var data = ReadBundled();
        var read = sw.Elapsed;
        sw.Restart();
        _ = Gazetteer.Build([data]);
        var build = sw.Elapsed;
        data = null;
        var after = GC.GetTotalMemory(forceFullCollection: true);
        sw.Restart();
        g.WarmUp();
        var fuzzyBuild = sw.Elapsed;
        var afterFuzzy = GC.GetTotalMemory(forceFullCollection: true);
        sb.AppendLine($"gazetteer: {g.Places.Count} places, {g.KeyCount} keys; load {load.TotalMilliseconds:0} ms (first in process, {firstPause.TotalMilliseconds:0} ms of it GC pauses), fuzzy index {fuzzyBuild.TotalMilliseconds:0} ms");
        sb.AppendLine($"second load: read {read.TotalMilliseconds:0} ms + build {build.TotalMilliseconds:0} ms");
        sb.AppendLine($"memory: {(after - before) / 1e6:0} MB after load, {(afterFuzzy - before) / 1e6:0} MB with fuzzy index");

        var keys = ExactNames.Select(PlaceNameKey.Of).ToArray();
        sb.AppendLine(Rate("exact lookups (name → places, incl. key)", ExactNames, n => g.Lookup(n).Count));
        sb.AppendLine(Rate("exact key probes", keys, k => g.ContainsKey(k) ? 1 : 0));
        sb.AppendLine(Rate("fuzzy lookups", FuzzyNames, n => g.LookupFuzzy(n).Count));
        // Memo-free figures over thousands of distinct names, so no cache flatters them: real place names from the
        // gazetteer, and the same names misspelt (one letter doubled, dropped or swapped) for the fuzzy index.
        var rng = new Random(5);
        var distinct = g.Places.Where(p => p.Name.Length >= 6).OrderBy(_ => rng.Next()).Take(20_000).Select(p => p.Name).ToArray();
        var misspelt = distinct.Select(n => Misspell(n, rng)).ToArray();
        sb.AppendLine(Rate($"exact lookups, {distinct.Length:N0} distinct names, key computed each time (no memo)", distinct, n => g.LookupKey(PlaceNameKey.Of(n)).Count));
        sb.AppendLine(Rate($"fuzzy lookups, {misspelt.Length:N0} distinct misspelt names, key computed each time (no memo)", misspelt, n =>
        {
            var k = PlaceNameKey.Of(n);
            return g.LookupFuzzyKey(k, FuzzyIndex.DefaultMaxDistance(k.Length)).Count;
        }));
        var found = misspelt.Count(n => g.LookupFuzzyKey(PlaceNameKey.Of(n), FuzzyIndex.DefaultMaxDistance(PlaceNameKey.Of(n).Length)).Count > 0);
        sb.AppendLine($"misspelt names the fuzzy index still finds: {100.0 * found / misspelt.Length:0.0} %");
        var geo = new Geocoder(g);
        sb.AppendLine(Rate("Geocoder.Resolve", ExactNames, n =>
        {
            var m = new PlaceMention(n, 0, n.Length, PlaceRelation.In);
            return geo.Resolve([m], [m], null)?.GeoPrecision ?? 0;
        }));
        return sb.ToString();
    }

    private static string Misspell(string name, Random rng)
    {
        var i = rng.Next(1, name.Length - 1);
        return rng.Next(3) switch
        {
            0 => name[..i] + name[i] + name[i..],                      // a letter doubled
            1 => name[..i] + name[(i + 1)..],                          // a letter dropped
            _ => name[..(i - 1)] + name[i] + name[i - 1] + name[(i + 1)..], // two letters swapped
        };
    }

    private static string Rate(string what, string[] inputs, Func<string, int> op)
    {
        var sink = 0;
        foreach (var i in inputs) sink += op(i);
        var sw = Stopwatch.StartNew();
        var ops = 0;
        while (sw.ElapsedMilliseconds < 1000)
        {
            foreach (var i in inputs) sink += op(i);
            ops += inputs.Length;
        }

        return $"{what}: {ops / sw.Elapsed.TotalSeconds:#,0}/s (sink {sink % 10})";
    }
}

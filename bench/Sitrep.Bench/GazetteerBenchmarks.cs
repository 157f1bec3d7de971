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

    // The country each fuzzy name is asked in, as the geocoder asks (it only fuzzy-matches inside a known country).
    private static readonly string[] FuzzyCountries =
    [
        "SY", "SY", "SY", "KE", "AF", "KE", "SY", "SY", "AF", "KE", "AF", "SY", "KE", "AF", "SY", "AF",
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
    public int Load() => Gazetteer.LoadBundledUncached().Places.Count;

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
        for (var i = 0; i < FuzzyNames.Length; i++) n += _g.LookupFuzzy(FuzzyNames[i], FuzzyCountries[i]).Count;
        return n;
    }

    [Benchmark(OperationsPerInvoke = 18)]
    public int Resolve()
    {
        var n = 0;
        foreach (var name in ExactNames)
        {
            var m = new PlaceMention(name, 0, name.Length, PlaceRelation.In);
            n += _geo.Resolve([m], [m], (string?)null)?.GeoPrecision ?? 0;
        }

        return n;
    }

    /// <summary>A quick Stopwatch measurement (no BenchmarkDotNet) for CI logs and the closing note.</summary>
    public static string RunQuick()
    {
        var sb = new StringBuilder();
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var rssBefore = Process.GetCurrentProcess().WorkingSet64;
        var sw = Stopwatch.StartNew();
        var pause0 = GC.GetTotalPauseDuration();
        var g = Gazetteer.LoadBundled();
        var load = sw.Elapsed;
        var firstPause = GC.GetTotalPauseDuration() - pause0;
        var after = GC.GetTotalMemory(forceFullCollection: true);
        var peak = Process.GetCurrentProcess().PeakWorkingSet64;
        sb.AppendLine($"gazetteer: {g.Places.Count} places, {g.KeyCount} keys; ready in {load.TotalMilliseconds:0} ms (first in process, incl. JIT; {firstPause.TotalMilliseconds:0} ms of it GC pauses)");
        sb.AppendLine($"memory: +{(after - before) / 1e6:0} MB managed after load; peak RSS {peak / 1e6:0} MB ({rssBefore / 1e6:0} MB before the load)");

        var largest = g.Countries.MaxBy(c => c.MemberCount)!;
        sw.Restart();
        g.WarmUp(largest.CountryCode);
        var countryFuzzy = sw.Elapsed;
        sw.Restart();
        g.WarmUp("SY");
        var syFuzzy = sw.Elapsed;
        sw.Restart();
        g.WarmUp();
        var adminFuzzy = sw.Elapsed;
        var afterFuzzy = GC.GetTotalMemory(forceFullCollection: true);
        sb.AppendLine($"fuzzy indexes (built on first use): largest country {largest.CountryCode} ({largest.MemberCount:N0} populated places) {countryFuzzy.TotalMilliseconds:0} ms, SY {syFuzzy.TotalMilliseconds:0.0} ms, admin names {adminFuzzy.TotalMilliseconds:0} ms; +{(afterFuzzy - after) / 1e6:0} MB");

        // Again, warm (no JIT): the index read alone, and the former load path (build every index from the data).
        sw.Restart();
        _ = Gazetteer.LoadBundledUncached();
        var again = sw.Elapsed;
        var data = Gazetteer.ReadBundledDataForBenchmark();
        sw.Restart();
        _ = Gazetteer.Build([data]);
        var build = sw.Elapsed;
        data = null;
        sb.AppendLine($"second load: {again.TotalMilliseconds:0} ms; building the same from GazetteerData (the former load path): {build.TotalMilliseconds:0} ms");

        var keys = ExactNames.Select(PlaceNameKey.Of).ToArray();
        sb.AppendLine(Rate("exact lookups (name → places, incl. key)", ExactNames, n => g.Lookup(n).Count));
        sb.AppendLine(Rate("exact key probes", keys, k => g.ContainsKey(k) ? 1 : 0));
        var fuzzyIn = FuzzyNames.Select((n, i) => n + "|" + FuzzyCountries[i]).ToArray();
        sb.AppendLine(Rate("fuzzy lookups in a country", fuzzyIn, n => g.LookupFuzzy(n[..n.IndexOf('|')], n[(n.IndexOf('|') + 1)..]).Count));
        // Memo-free figures over thousands of distinct names, so no cache flatters them: real place names from the
        // gazetteer, and the same names misspelt (one letter doubled, dropped or swapped) for the fuzzy index.
        var rng = new Random(5);
        var sample = g.Places.Where(p => p.Name.Length >= 6).OrderBy(_ => rng.Next()).Take(20_000).ToArray();
        var distinct = sample.Select(p => p.Name).ToArray();
        var misspelt = sample.Select(p => Misspell(p.Name, rng) + "|" + p.CountryCode).ToArray();
        sb.AppendLine(Rate($"exact lookups, {distinct.Length:N0} distinct names, key computed each time (no memo)", distinct, n => g.LookupKey(PlaceNameKey.Of(n)).Count));
        sw.Restart();
        foreach (var cc in sample.Select(p => p.CountryCode).Distinct()) g.WarmUp(cc);
        sb.AppendLine($"fuzzy indexes of the sample's {sample.Select(p => p.CountryCode).Distinct().Count()} countries: {sw.Elapsed.TotalMilliseconds:0} ms");
        sb.AppendLine(Rate($"fuzzy lookups in the place's country, {misspelt.Length:N0} distinct misspelt names, key computed each time (no memo)", misspelt, n =>
        {
            var k = PlaceNameKey.Of(n[..n.IndexOf('|')]);
            return g.LookupFuzzyKey(k, n[(n.IndexOf('|') + 1)..], FuzzyIndex.DefaultMaxDistance(k.Length)).Count;
        }));
        var found = misspelt.Count(n =>
        {
            var k = PlaceNameKey.Of(n[..n.IndexOf('|')]);
            return g.LookupFuzzyKey(k, n[(n.IndexOf('|') + 1)..], FuzzyIndex.DefaultMaxDistance(k.Length)).Count > 0;
        });
        sb.AppendLine($"misspelt names the fuzzy index still finds: {100.0 * found / misspelt.Length:0.0} %");
        var geo = new Geocoder(g);
        sb.AppendLine(Rate("Geocoder.Resolve", ExactNames, n =>
        {
            var m = new PlaceMention(n, 0, n.Length, PlaceRelation.In);
            return geo.Resolve([m], [m], (string?)null)?.GeoPrecision ?? 0;
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

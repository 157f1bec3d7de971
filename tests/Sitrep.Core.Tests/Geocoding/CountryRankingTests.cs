using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Sitrep.Core.Geocoding;

namespace Sitrep.Core.Tests.Geocoding;

public class CountryRankingTests
{
    private static readonly string[] Codes = ["SY", "IQ", "TR", "LB", "KE", "SO", "UG", "sy", "S"];

    // Few distinct values, some a hair apart, so rounding and every tie-break are exercised.
    private static readonly double[] Values = [0, 0.3, 0.5, 1, 1.0000001, 1.5, 2.5, 1.0 / 3, 0.1 + 0.2, 3];

    private static Gen<Dictionary<string, double>> Votes(int min) =>
        Gen.Choose(min, Codes.Length)
            .SelectMany(n => Gen.Shuffle(Codes).Select(c => c.Take(n).ToArray()))
            .SelectMany(keys => Gen.ArrayOf(Gen.Elements(Values), keys.Length).Select(v => keys.Zip(v).ToDictionary(x => x.First, x => x.Second, StringComparer.Ordinal)));

    public static Arbitrary<(Dictionary<string, double>, Dictionary<string, double>, Dictionary<string, double>)> Inputs() =>
        Votes(1).SelectMany(v => Votes(0).SelectMany(p => Votes(0).Select(q => (v, p, q)))).ToArbitrary();

    [Property(MaxTest = 2000)]
    public Property FirstTwoAreWhatSortingEveryCountryPutsFirst() => Prop.ForAll(Inputs(), input =>
    {
        var (votes, placeVotes, priorVotes) = input;
        var ranked = votes.OrderByDescending(kv => Math.Round(kv.Value, 6)).ThenByDescending(kv => placeVotes.GetValueOrDefault(kv.Key))
            .ThenByDescending(kv => priorVotes.GetValueOrDefault(kv.Key)).ThenBy(kv => kv.Key, StringComparer.Ordinal).ToList();
        var (best, second) = Geocoder.FirstTwo(votes, placeVotes, priorVotes);
        return best.Equals(ranked[0]) && (ranked.Count > 1 ? second.Equals(ranked[1]) : second is null);
    });
}

using System.Globalization;
using System.Text.Json;

namespace Sitrep.Core.Evaluation;

/// <summary>
/// How many predicted events sit in another country than the gold row of their document, and how many have no country:
/// score.py does not count these, but one dot on the wrong continent costs an analyst's trust in all the others.
/// </summary>
/// <remarks>
/// Counted per (event, gold document) pair over events that name a gold document; countries compare after score.py's
/// place normalisation. Reported beside score.py's metrics (never inside them, so its JSON stays identical) and
/// usable with --min/--max as country_outside and country_missing (percent).
/// </remarks>
public sealed record CountryAgreement(int Pairs, int Outside, int Missing)
{
    /// <summary>Metric keys these figures go by in thresholds.</summary>
    public const string OutsideKey = "country_outside", MissingKey = "country_missing";

    /// <summary>Percent of pairs whose event is in another country than the gold row's.</summary>
    public double? OutsidePercent => Pairs == 0 ? null : 100.0 * Outside / Pairs;

    /// <summary>Percent of pairs whose event has no country.</summary>
    public double? MissingPercent => Pairs == 0 ? null : 100.0 * Missing / Pairs;

    /// <summary>Counts the pairs of <paramref name="events"/> (ACLED-named JSON objects with doc_ids) against <paramref name="gold"/>.</summary>
    public static CountryAgreement Measure(GoldSet gold, IEnumerable<JsonElement> events)
    {
        var goldCountry = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in gold.Rows)
        {
            if (row.TryGetValue(GoldReader.IdColumn, out var id) && row.TryGetValue("country", out var c)) goldCountry.TryAdd(id.Trim(), c);
        }

        int pairs = 0, outside = 0, missing = 0;
        foreach (var e in events)
        {
            var country = e.TryGetProperty("country", out var cv) && cv.ValueKind == JsonValueKind.String ? cv.GetString() ?? "" : "";
            foreach (var id in PredictionReader.DocIdsOf(e) ?? [])
            {
                if (!goldCountry.TryGetValue(id, out var expected)) continue;
                pairs++;
                if (country.Trim().Length == 0) missing++;
                else if (ScoreNormaliser.NormPlace(country) != ScoreNormaliser.NormPlace(expected)) outside++;
            }
        }

        return new CountryAgreement(pairs, outside, missing);
    }

    /// <summary>The figures as metrics for threshold checks.</summary>
    public IEnumerable<KeyValuePair<string, double?>> Metrics() =>
        [new(OutsideKey, OutsidePercent), new(MissingKey, MissingPercent)];

    /// <summary>The two report lines, in the layout of score.py's text report.</summary>
    public string Format()
    {
        static string Pct(double? v) => v is { } d ? d.ToString("0.0", CultureInfo.InvariantCulture) + "%" : "n/a";
        return string.Join('\n',
            "Country (sitrep only; not a score.py metric)",
            $"  {OutsideKey,-22}{Pct(OutsidePercent),10}  {Outside,6}/{Pairs,-6} events outside the gold row's country",
            $"  {MissingKey,-22}{Pct(MissingPercent),10}  {Missing,6}/{Pairs,-6} events with no country");
    }
}

using System.Text.Json;
using Sitrep.Core.Evaluation;

namespace Sitrep.Core.Tests.Evaluation;

/// <summary>sitrep eval's country lines: events in another country than their gold row, and events with none.</summary>
public class CountryAgreementTests
{
    private static readonly GoldSet Gold = GoldReader.Read(new StringReader(
        "event_id_cnty,country\nA1,Syria\nA2,Syria\nA3,Kenya\nA4,Democratic Republic of Congo\n"));

    private static JsonElement E(string json) => JsonDocument.Parse(json).RootElement;

    [Fact]
    public void CountsOutsideAndMissingPerEventAndDocument()
    {
        var a = CountryAgreement.Measure(Gold, [
            E("""{"doc_ids":["A1"],"country":"Syria"}"""),
            E("""{"doc_ids":["A2"],"country":"Germany"}"""),
            E("""{"doc_ids":["A3"],"country":""}"""),
            E("""{"doc_ids":["A4"],"country":"democratic republic of congo"}"""),
            E("""{"doc_ids":["ZZ"],"country":"Peru"}"""),
        ]);
        Assert.Equal((4, 1, 1), (a.Pairs, a.Outside, a.Missing));
        Assert.Equal(25.0, a.OutsidePercent);
        Assert.Contains("country_outside", a.Format());
    }

    [Fact]
    public void TheCountryKeysAreThresholdsOnlyWhereTheCallerOffersThem()
    {
        Assert.Throws<FormatException>(() => Threshold.Parse("country_outside=1"));
        var t = Threshold.Parse("country_outside=1", [CountryAgreement.OutsideKey, CountryAgreement.MissingKey]);
        Assert.Equal(("country_outside", 1.0), (t.Key, t.Limit));
        var failed = ThresholdChecker.CheckThresholds(new Dictionary<string, double?> { ["country_outside"] = 1.5 }, maxes: [t]);
        Assert.False(failed.Passed);
    }
}

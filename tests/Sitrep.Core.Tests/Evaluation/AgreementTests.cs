using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Sitrep.Core.Evaluation;

namespace Sitrep.Core.Tests.Evaluation;

/// <summary>Runs the reference score.py on synthetic data and requires the C# port to agree exactly.</summary>
public class AgreementTests
{
    private static readonly string[] Types = ["Battles", "Explosions/Remote violence", "Protests", "Riots", "Violence against civilians", "Strategic developments"];
    private static readonly string[] Subs = ["Armed clash", "Shelling/artillery/missile attack", "Peaceful protest", "Mob violence", "Attack", "Air/drone strike"];
    private static readonly string[] Places = ["Tell al-Qasr", "Al-Midan", "Ḳafr Ṭāb", "Ra’s al-‘Ayn", "Dar-es-Salam", "Ash-Shamal", "Alba", "Nowhere Town", "Saint-Étienne", "Straße"];
    private static readonly string[] Actors = ["Rebel Group X (2011-2020)", "Armed Men (Country)", "Ja'ish al-Fath", "Police Forces (1990-) Unit", "Civilians (Country)", "Protesters", ""];

    private static string Pick(Random r, string[] xs) => xs[r.Next(xs.Length)];

    private static string Vary(Random r, string s) => r.Next(5) switch
    {
        0 => s.ToUpperInvariant(),
        1 => s.ToLowerInvariant().Replace("/", " / "),
        2 => "  " + s.Replace(" ", "  ") + " ",
        3 => s.Replace("-", " ").Replace("'", "’"),
        _ => s,
    };

    private static string Csv(string s) =>
        s.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + s.Replace("\"", "\"\"") + "\"" : s;

    private static string FindScorePy()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (!File.Exists(Path.Combine(dir.FullName, "Sitrep.slnx"))) continue;
            string candidate = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "eval", "score.py"));
            if (File.Exists(candidate)) return candidate;
            Assert.Fail($"score.py not found at {candidate} (expected <repo>/../shared/eval/score.py)");
        }
        Assert.Fail($"repository root (Sitrep.slnx) not found above {AppContext.BaseDirectory}; cannot locate score.py");
        return "";
    }

    private static (string Gold, string Pred) Generate(int seed, int n)
    {
        var r = new Random(seed);
        var gold = new StringBuilder("\uFEFFevent_id_cnty,event_date, event_type ,sub_event_type,actor1,assoc_actor_1,actor2,assoc_actor_2,admin1,admin2,location,latitude,longitude,fatalities,time_precision,notes\r\n");
        var pred = new StringBuilder();
        for (int i = 0; i < n; i++)
        {
            string id = $"XYZ{i}";
            int t = r.Next(Types.Length);
            var date = new DateOnly(2023, 1, 1).AddDays(r.Next(500));
            double lat = Math.Round(30 + r.NextDouble() * 8, 4), lon = Math.Round(35 + r.NextDouble() * 8, 4);
            int fat = r.Next(6);
            string a1 = Pick(r, Actors), a2 = Pick(r, Actors), loc = Pick(r, Places), adm1 = Pick(r, Places), adm2 = Pick(r, Places);
            string assoc = r.Next(3) == 0 ? "Farmers (Country); Teachers" : "";
            string gtype = r.Next(40) == 0 ? "" : Types[t];
            string[] cells =
            [
                id, r.Next(10) == 0 ? date.ToString("dd MMMM yyyy", CultureInfo.InvariantCulture) : date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                gtype, Subs[t], a1, assoc, a2, "", adm1, adm2, loc,
                r.Next(30) == 0 ? "" : lat.ToString(CultureInfo.InvariantCulture), lon.ToString(CultureInfo.InvariantCulture),
                r.Next(25) == 0 ? "" : fat.ToString(CultureInfo.InvariantCulture), (1 + r.Next(3)).ToString(CultureInfo.InvariantCulture),
                r.Next(4) == 0 ? "line one, with \"quotes\"\nline two" : "plain",
            ];
            gold.Append(string.Join(",", cells.Select(Csv))).Append(r.Next(2) == 0 ? "\r\n" : "\n");
            if (r.Next(50) == 0) gold.Append('\n'); // blank line, skipped

            int k = r.Next(10) switch { 0 => 0, < 6 => 1, < 9 => 2, _ => 3 };
            for (int j = 0; j < k; j++)
            {
                var ev = new Dictionary<string, object?>();
                switch (r.Next(4))
                {
                    case 0: ev["doc_id"] = id; break;
                    case 1: ev["documents"] = new object[] { new Dictionary<string, object?> { ["id"] = id }, new Dictionary<string, object?> { ["id"] = $"XYZ{r.Next(n + 20)}" } }; break;
                    case 2: ev["doc_ids"] = new object[] { id, " " + id + " ", $"XYZ{r.Next(n)}" }; break;
                    default: ev["doc_ids"] = new object[] { id }; break;
                }
                int pt = r.Next(4) == 0 ? r.Next(Types.Length) : t;
                if (r.Next(15) != 0) ev["event_type"] = Vary(r, Types[pt]);
                ev["sub_event_type"] = r.Next(3) == 0 ? Vary(r, Pick(r, Subs)) : Vary(r, Subs[pt]);
                var pd = r.Next(5) == 0 ? date.AddDays(r.Next(-2, 3)) : date;
                ev["event_date"] = r.Next(7) switch
                {
                    0 => pd.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T10:00:00Z",
                    1 => pd.ToString("d MMM yyyy", CultureInfo.InvariantCulture),
                    2 => pd.ToString("MMMM d, yyyy", CultureInfo.InvariantCulture),
                    3 => pd.ToString("dd-MMM-yy", CultureInfo.InvariantCulture),
                    4 => pd.ToString("yyyy/M/d", CultureInfo.InvariantCulture),
                    5 => "sometime " + pd.ToString("MMMM", CultureInfo.InvariantCulture),
                    _ => pd.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                };
                ev["time_precision"] = r.Next(4) switch { 0 => "1", 1 => 2.0, 2 => null, _ => 1 };
                ev["fatalities"] = r.Next(6) switch { 0 => null, 1 => (fat + r.Next(-2, 3)).ToString(CultureInfo.InvariantCulture), 2 => fat + 0.5, 3 => fat + r.Next(-1, 2), _ => fat };
                double dlat = r.Next(4) switch { 0 => 0, 1 => r.NextDouble() * 0.08, 2 => r.NextDouble() * 0.3, _ => r.NextDouble() * 3 };
                switch (r.Next(8))
                {
                    case 0: break;
                    case 1: ev["latitude"] = null; ev["longitude"] = lon; break;
                    case 2: ev["latitude"] = 95.0; ev["longitude"] = lon; break;
                    case 3: ev["latitude"] = (lat + dlat).ToString(CultureInfo.InvariantCulture); ev["longitude"] = lon.ToString(CultureInfo.InvariantCulture); break;
                    default: ev["latitude"] = lat + dlat; ev["longitude"] = lon - dlat / 2; break;
                }
                ev["location"] = r.Next(4) == 0 ? Pick(r, Places) : Vary(r, r.Next(2) == 0 ? "al-" + loc : loc);
                ev["admin1"] = r.Next(5) == 0 ? null : Vary(r, adm1);
                ev["admin2"] = Vary(r, r.Next(3) == 0 ? Pick(r, Places) : adm2);
                ev["actor1"] = r.Next(4) == 0 ? Pick(r, Actors) : Vary(r, a1);
                ev["actor2"] = r.Next(5) == 0 ? a1 : a2;
                ev["assoc_actor_1"] = r.Next(3) switch { 0 => new object[] { "Teachers", "Farmers" }, 1 => assoc, _ => null };
                if (r.Next(6) == 0) ev["assoc_actor_2"] = "X; Y (Z)";
                pred.Append(JsonSerializer.Serialize(ev)).Append('\n');
            }
            if (r.Next(30) == 0) pred.Append("\n");
            if (r.Next(40) == 0) pred.Append(JsonSerializer.Serialize(new { doc_id = $"ORPHAN{i}", event_type = "Riots" })).Append('\n');
            if (r.Next(60) == 0) pred.Append("{\"event_type\": \"Battles\"}\n");
        }
        return (gold.ToString(), pred.ToString());
    }

    [Theory]
    [InlineData(20240101, 300)]
    [InlineData(7, 120)]
    public void CSharpPortAgreesWithScorePy(int seed, int rows)
    {
        string scorePy = FindScorePy();
        var (goldText, predText) = Generate(seed, rows);
        string dir = Directory.CreateTempSubdirectory("sitrep-eval-").FullName;
        try
        {
            string gold = Path.Combine(dir, "gold.csv"), pred = Path.Combine(dir, "pred.jsonl"), outJson = Path.Combine(dir, "out.json");
            File.WriteAllText(gold, goldText, new UTF8Encoding(false));
            File.WriteAllText(pred, predText, new UTF8Encoding(false));
            var psi = new ProcessStartInfo("python3") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach (var a in new[] { scorePy, "--gold", gold, "--pred", pred, "--json", outJson, "--min", "event_type=101", "--max", "geo_median_km=0.5", "--min", "event_f1=1" })
            {
                psi.ArgumentList.Add(a);
            }
            psi.Environment["PYTHONIOENCODING"] = "utf-8";
            using var p = Process.Start(psi) ?? throw new InvalidOperationException("could not start python3");
            string stdout = p.StandardOutput.ReadToEnd();
            string stderr = p.StandardError.ReadToEnd();
            p.WaitForExit();
            Assert.True(p.ExitCode == 1, $"score.py exit {p.ExitCode}: {stderr}");

            var report = Scorer.Score(GoldReader.ReadFile(gold), PredictionReader.ReadFile(pred));
            using var expected = JsonDocument.Parse(File.ReadAllText(outJson));
            var em = expected.RootElement.GetProperty("metrics");
            Assert.Equal(em.EnumerateObject().Select(x => x.Name), report.Metrics.Keys);
            foreach (var (key, value) in report.Metrics)
            {
                var e = em.GetProperty(key);
                double? ev = e.ValueKind == JsonValueKind.Null ? null : Math.Round(e.GetDouble(), 4);
                Assert.True(ev == (value is double v ? Math.Round(v, 4) : null), $"{key}: score.py {ev}, C# {value}");
            }
            var ec = expected.RootElement.GetProperty("counts");
            Assert.Equal(ec.EnumerateObject().Select(x => x.Name), report.Counts.Keys);
            foreach (var (key, c) in report.Counts)
            {
                var arr = ec.GetProperty(key);
                Assert.Equal((arr[0].GetInt64(), arr[1].GetInt64()), (c.Numerator, c.Denominator));
            }
            Assert.True(report.TopConfusions.Count > 0 && report.ByEventType.Count > 3, "synthetic data should produce confusions");

            var thresholds = ThresholdChecker.CheckThresholds(report.Metrics,
                [Threshold.Parse("event_type=101")], [Threshold.Parse("geo_median_km=0.5")]);
            thresholds = ThresholdChecker.CheckThresholds(report.Metrics,
                [Threshold.Parse("event_type=101"), Threshold.Parse("event_f1=1")], [Threshold.Parse("geo_median_km=0.5")]);
            // Whole documents, byte for byte: the text report and the JSON file.
            Assert.Equal(stdout.TrimEnd('\n'), ScoreReportFormatter.Format(report, gold, pred));
            Assert.Equal(File.ReadAllText(outJson),
                ScoreReportFormatter.ToJson(report, new ScoreInputs(gold, pred), thresholds));
            Assert.Contains("event_type", string.Join("\n", thresholds.Failures));
            Assert.True(stderr.Contains(thresholds.Failures[0], StringComparison.Ordinal), stderr);
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }
}

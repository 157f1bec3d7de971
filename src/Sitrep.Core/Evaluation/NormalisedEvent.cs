using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Sitrep.Core.Evaluation;

/// <summary>The comparable form of a gold row or predicted event (score.py's normalise()).</summary>
internal sealed class NormalisedEvent
{
    public required string EventTypeRaw { get; init; }
    public required string EventType { get; init; }
    public required string SubEventType { get; init; }
    public required string EventDate { get; init; }
    public required double? TimePrecisionNumber { get; init; }
    public required string? TimePrecisionText { get; init; }
    public required double? Fatalities { get; init; }
    public required (double Lat, double Lon)? Coords { get; init; }
    public required string Admin1 { get; init; }
    public required string Admin2 { get; init; }
    public required string Location { get; init; }
    public required string Actor1 { get; init; }
    public required string Actor2 { get; init; }
    public required HashSet<string> ActorPair { get; init; }
    public required HashSet<string> ActorSet { get; init; }

    public bool TimePrecisionEquals(NormalisedEvent o) =>
        TimePrecisionNumber is double a ? o.TimePrecisionNumber is double b && a == b
            : o.TimePrecisionNumber is null && TimePrecisionText == o.TimePrecisionText;

    public string Field(string key) => key switch
    {
        "event_type" => EventType,
        "sub_event_type" => SubEventType,
        "event_date" => EventDate,
        "admin1" => Admin1,
        "admin2" => Admin2,
        "location" => Location,
        "actor1" => Actor1,
        "actor2" => Actor2,
        _ => throw new ArgumentOutOfRangeException(nameof(key)),
    };

    /// <summary>Normalises a gold CSV row (a missing cell is Python's None, i.e. empty text and no number).</summary>
    public static NormalisedEvent FromRow(IReadOnlyDictionary<string, string> row) => Build(
        k => row.TryGetValue(k, out var v) ? v ?? "" : "",
        k => row.TryGetValue(k, out var v) && v is not null ? Finite(PyText.ParseFloat(v)) : null);

    /// <summary>Normalises a predicted event given as a JSON object.</summary>
    public static NormalisedEvent FromJson(JsonElement obj) => Build(
        k => TryGet(obj, k, out var v) ? Text(v) : "",
        k => TryGet(obj, k, out var v) ? Num(v) : null);

    private static NormalisedEvent Build(Func<string, string> t, Func<string, double?> num)
    {
        double? lat = num("latitude"), lon = num("longitude");
        (double, double)? coords = null;
        if (lat is double la && lon is double lo && Math.Abs(la) <= 90 && Math.Abs(lo) <= 180) coords = (la, lo);
        double? tp = num("time_precision");
        string a1 = ScoreNormaliser.NormActor(t("actor1")), a2 = ScoreNormaliser.NormActor(t("actor2"));
        var actorSet = new HashSet<string>(StringComparer.Ordinal);
        var pair = new HashSet<string>(StringComparer.Ordinal);
        foreach (var a in new[] { a1, a2 })
        {
            if (a.Length > 0) { pair.Add(a); actorSet.Add(a); }
        }
        foreach (var k in new[] { "assoc_actor_1", "assoc_actor_2" })
        {
            foreach (var x in t(k).Split(';'))
            {
                string n = ScoreNormaliser.NormActor(x);
                if (n.Length > 0) actorSet.Add(n);
            }
        }
        string et = t("event_type");
        return new NormalisedEvent
        {
            EventTypeRaw = PyText.CollapseSpaces(et),
            EventType = ScoreNormaliser.NormLabel(et),
            SubEventType = ScoreNormaliser.NormLabel(t("sub_event_type")),
            EventDate = ScoreNormaliser.NormDate(t("event_date")),
            TimePrecisionNumber = tp,
            TimePrecisionText = tp is null ? PyText.CaseFold(PyText.Strip(t("time_precision"))) : null,
            Fatalities = num("fatalities"),
            Coords = coords,
            Admin1 = ScoreNormaliser.NormPlace(t("admin1")),
            Admin2 = ScoreNormaliser.NormPlace(t("admin2")),
            Location = ScoreNormaliser.NormPlace(t("location")),
            Actor1 = a1,
            Actor2 = a2,
            ActorPair = pair,
            ActorSet = actorSet,
        };
    }

    /// <summary>obj.get(key) that treats JSON null as missing.</summary>
    internal static bool TryGet(JsonElement obj, string key, out JsonElement value) =>
        obj.TryGetProperty(key, out value) && value.ValueKind != JsonValueKind.Null;

    private static double? Finite(double? v) => v is double d && double.IsFinite(d) ? d : null;

    /// <summary>score.py's _num() for a JSON value.</summary>
    internal static double? Num(JsonElement v) => v.ValueKind switch
    {
        JsonValueKind.Number => Finite(JsonNumber(v)),
        JsonValueKind.String => Finite(PyText.ParseFloat(v.GetString() ?? "")),
        _ => null,
    };

    private static double JsonNumber(JsonElement v) =>
        double.Parse(v.GetRawText(), NumberStyles.Float, CultureInfo.InvariantCulture);

    private static bool IsJsonInt(JsonElement v)
    {
        string raw = v.GetRawText();
        return raw.IndexOfAny(['.', 'e', 'E']) < 0;
    }

    /// <summary>score.py's _text(): None to "", lists joined by ";", everything else as Python's str().</summary>
    internal static string Text(JsonElement v)
    {
        if (v.ValueKind == JsonValueKind.Array)
        {
            var parts = new List<string>();
            foreach (var x in v.EnumerateArray()) parts.Add(x.ValueKind == JsonValueKind.Null ? "" : Text(x));
            return string.Join(";", parts);
        }
        return Str(v);
    }

    /// <summary>Python's str() of a value decoded by json.loads.</summary>
    internal static string Str(JsonElement v) => v.ValueKind switch
    {
        JsonValueKind.String => v.GetString() ?? "",
        JsonValueKind.Null => "None",
        JsonValueKind.True => "True",
        JsonValueKind.False => "False",
        JsonValueKind.Number => NumberStr(v),
        _ => Repr(v),
    };

    private static string NumberStr(JsonElement v)
    {
        if (IsJsonInt(v))
        {
            string raw = v.GetRawText();
            return raw.TrimStart('-').All(c => c == '0') ? "0" : raw;
        }
        return PyText.FloatRepr(JsonNumber(v));
    }

    /// <summary>Python's repr() of a decoded JSON value.</summary>
    private static string Repr(JsonElement v)
    {
        switch (v.ValueKind)
        {
            case JsonValueKind.String:
                return PyText.StrRepr(v.GetString() ?? "");
            case JsonValueKind.Array:
                return "[" + string.Join(", ", v.EnumerateArray().Select(Repr)) + "]";
            case JsonValueKind.Object:
                // json.loads keeps the last value of a repeated key, at the key's first position.
                var keys = new List<string>();
                var values = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
                foreach (var p in v.EnumerateObject())
                {
                    if (!values.ContainsKey(p.Name)) keys.Add(p.Name);
                    values[p.Name] = p.Value;
                }
                var sb = new StringBuilder("{");
                for (int i = 0; i < keys.Count; i++)
                {
                    if (i > 0) sb.Append(", ");
                    sb.Append(PyText.StrRepr(keys[i])).Append(": ").Append(Repr(values[keys[i]]));
                }
                return sb.Append('}').ToString();
            default:
                return Str(v);
        }
    }
}

using System.Globalization;
using Sitrep.Storage;

namespace Sitrep.Server;

/// <summary>The filters, paging and format of a <c>GET /api/events</c> or <c>/api/stats</c> request, validated.</summary>
public sealed record EventQuery(EventFilter Filter, string Format)
{
    /// <summary>Page size when none is asked for.</summary>
    public const int DefaultLimit = 100;

    /// <summary>The largest page: a bigger one would hold a request's memory and a store connection for seconds.</summary>
    public const int MaxLimit = 1_000;

    /// <summary>Longest full-text query, in characters.</summary>
    public const int MaxQueryLength = 200;

    /// <summary>Most words in a full-text query: each one is another index lookup joined with the rest.</summary>
    public const int MaxQueryTerms = 12;

    /// <summary>Longest value of any other parameter.</summary>
    private const int MaxValueLength = 200;

    private static readonly string[] FilterNames = ["from", "to", "country", "admin1", "event_type", "sub_event_type", "actor", "bbox", "q", "placed"];
    private static readonly string[] PagingNames = ["cursor", "limit", "format", "order"];

    /// <summary>Parses the query string; unknown parameters and values that can never match are refused, not ignored.</summary>
    public static EventQuery Parse(IQueryCollection query, bool paging)
    {
        var allowed = paging ? FilterNames.Concat(PagingNames).ToArray() : FilterNames;
        foreach (var key in query.Keys)
        {
            if (!allowed.Contains(key, StringComparer.Ordinal))
                throw ApiError.BadRequest($"unknown parameter '{key}'; expected one of: {string.Join(", ", allowed)}");
            if (query[key].Count > 1) throw ApiError.BadRequest($"parameter '{key}' is given {query[key].Count} times; give it once");
            var value = query[key].ToString();
            if (ReportFields.ControlCharacter(value) is { } at)
                throw ApiError.BadRequest($"parameter '{key}' holds a control character (U+{(int)value[at]:X4} at position {at})");
            var cap = key == "q" ? MaxQueryLength : MaxValueLength;
            if (value.Length > cap) throw ApiError.BadRequest($"parameter '{key}' is {value.Length} characters long; the limit is {cap}");
        }

        string? Get(string name) => query.TryGetValue(name, out var v) && !string.IsNullOrWhiteSpace(v) ? v.ToString().Trim() : null;

        var filter = new EventFilter
        {
            From = Date(Get("from"), "from"),
            To = Date(Get("to"), "to"),
            Country = Get("country"),
            Admin1 = Get("admin1"),
            Actor = Get("actor"),
            Text = Get("q"),
        };
        if (filter.Text is { } text && text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length is var terms && terms > MaxQueryTerms)
            throw ApiError.BadRequest($"q has {terms} words; search with at most {MaxQueryTerms}");
        if (filter.From > filter.To) throw ApiError.BadRequest($"from ({filter.From:yyyy-MM-dd}) is after to ({filter.To:yyyy-MM-dd})");
        if (Get("event_type") is { } type)
        {
            filter = filter with
            {
                EventType = AcledTaxonomy.EventType(type)
                    ?? throw ApiError.BadRequest($"unknown event_type '{type}'; expected one of: {string.Join(", ", AcledTaxonomy.EventTypeNames)}"),
            };
        }

        if (Get("sub_event_type") is { } sub)
        {
            filter = filter with
            {
                SubEventType = AcledTaxonomy.SubEventType(sub)
                    ?? throw ApiError.BadRequest($"unknown sub_event_type '{sub}'; expected one of ACLED's 25 sub-event types, e.g. Armed clash, Air/drone strike, Attack"),
            };
        }

        if (Get("bbox") is { } bbox) filter = filter with { Bbox = Bbox(bbox) };
        if (Get("placed") is { } placed)
        {
            filter = filter with
            {
                Placed = placed.ToLowerInvariant() switch
                {
                    "true" => true,
                    "false" => false,
                    _ => throw ApiError.BadRequest($"placed must be true (events with coordinates) or false (unplaced events), not '{placed}'"),
                },
            };
        }

        var format = "json";
        if (paging)
        {
            if (Get("cursor") is { } cursor) filter = filter with { After = Cursor.Decode(cursor) };
            filter = filter with { Limit = Limit(Get("limit"), DefaultLimit, MaxLimit) };
            var order = Get("order") ?? "oldest";
            if (order is not ("oldest" or "newest")) throw ApiError.BadRequest($"order must be oldest or newest, not '{order}'");
            filter = filter with { NewestFirst = order == "newest" };
            format = (Get("format") ?? "json").ToLowerInvariant();
            if (format is not ("json" or "csv" or "geojson")) throw ApiError.BadRequest($"unknown format '{format}'; expected json, csv or geojson");
        }

        return new EventQuery(filter, format);
    }

    private static DateOnly? Date(string? value, string name)
    {
        if (value is null) return null;
        return DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d
            : throw ApiError.BadRequest($"{name} must be a date as YYYY-MM-DD, not '{value}'");
    }

    /// <summary>A limit parameter: <paramref name="fallback"/> when absent, a 400 naming the range when not a whole number from 1 to <paramref name="max"/>.</summary>
    internal static int Limit(string? value, int fallback, int max)
    {
        if (value is null) return fallback;
        return int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var limit) && limit >= 1 && limit <= max
            ? limit
            : throw ApiError.BadRequest($"limit must be a whole number from 1 to {max}, not '{value}'");
    }

    /// <summary>A bbox parameter as west, south, east, north; a 400 naming the problem otherwise.</summary>
    internal static (double West, double South, double East, double North) Bbox(string value)
    {
        var parts = value.Split(',');
        var n = new double[4];
        if (parts.Length != 4 || parts.Where((p, i) => !double.TryParse(p, NumberStyles.Float, CultureInfo.InvariantCulture, out n[i]) || !double.IsFinite(n[i])).Any())
            throw ApiError.BadRequest($"bbox must be four numbers west,south,east,north in degrees, not '{value}'");
        var (w, s, e, no) = (n[0], n[1], n[2], n[3]);
        if (w is < -180 or > 180 || e is < -180 or > 180 || s is < -90 or > 90 || no is < -90 or > 90)
            throw ApiError.BadRequest($"bbox '{value}' is outside -180..180 longitude, -90..90 latitude");
        if (s > no) throw ApiError.BadRequest($"bbox '{value}': south ({s}) is north of north ({no})");
        if (w > e) throw ApiError.BadRequest($"bbox '{value}': west ({w}) is east of east ({e}); split a box across the antimeridian into two requests");
        return (w, s, e, no);
    }
}

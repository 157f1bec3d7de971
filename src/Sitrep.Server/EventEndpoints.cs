using System.Text;
using System.Text.Json;
using Sitrep.Core.Output;
using Sitrep.Core.Resolution;
using Sitrep.Storage;

namespace Sitrep.Server;

/// <summary>The read endpoints over stored events: the filtered listing (JSON, CSV, GeoJSON), one event with its sources, and stats.</summary>
public static class EventEndpoints
{
    /// <summary>Maps <c>GET /api/events</c>, <c>GET /api/events/{id}</c> and <c>GET /api/stats</c>.</summary>
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/api/events", List);
        app.MapGet("/api/events/{id}", One);
        app.MapGet("/api/stats", Stats);
    }

    private static IResult List(HttpContext context, StoreAccess store)
    {
        var query = EventQuery.Parse(context.Request.Query, paging: true);
        var limit = query.Filter.Limit!.Value;
        // One more than asked tells whether another page exists without a second query.
        var (records, total) = store.Read(s => (s.QueryRecords(query.Filter with { Limit = limit + 1 }).ToList(), s.Count(query.Filter)));
        string? next = null;
        if (records.Count > limit)
        {
            records.RemoveAt(limit);
            next = Cursor.Encode(records[^1].EventDate, records[^1].EventId);
        }

        context.Response.Headers["X-Total-Count"] = total.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (next is not null) context.Response.Headers["X-Next-Cursor"] = next;
        return query.Format switch
        {
            "csv" => new CsvResult(records.Select(r => EventJsonReader.Parse(r.Json)).ToList()),
            "geojson" => Results.Bytes(GeoJson(records.Select(r => EventJsonReader.Parse(r.Json))), "application/geo+json"),
            _ => JsonBody.Streamed(async (w, send) =>
            {
                w.WriteStartObject();
                w.WriteNumber("count", total);
                if (next is null) w.WriteNull("next_cursor"); else w.WriteString("next_cursor", next);
                w.WriteStartArray("events");
                for (var i = 0; i < records.Count; i++)
                {
                    // The stored record is the event's JSON as EventJsonWriter wrote it: copied, not parsed and written again.
                    w.WriteRawValue(records[i].Json, skipInputValidation: true);
                    if (i % StreamChunk == StreamChunk - 1) await send();
                }

                w.WriteEndArray();
                w.WriteEndObject();
            }),
        };
    }

    // Events written between sends: small enough that a page never sits whole in a buffer, large enough to fill a packet.
    private const int StreamChunk = 50;

    /// <summary>ACLED CSV written line by line to the response.</summary>
    private sealed class CsvResult(IReadOnlyList<ResolvedEvent> events) : IResult
    {
        public async Task ExecuteAsync(HttpContext context)
        {
            context.Response.ContentType = "text/csv; charset=utf-8";
            var sb = new StringBuilder(AcledCsvWriter.Header).Append('\n');
            for (var i = 0; i < events.Count; i++)
            {
                sb.Append(AcledCsvWriter.ToLine(events[i])).Append('\n');
                if (i % StreamChunk == StreamChunk - 1)
                {
                    await context.Response.WriteAsync(sb.ToString(), context.RequestAborted);
                    sb.Clear();
                }
            }

            if (sb.Length > 0) await context.Response.WriteAsync(sb.ToString(), context.RequestAborted);
        }
    }

    private static byte[] GeoJson(IEnumerable<ResolvedEvent> events)
    {
        using var ms = new MemoryStream();
        using (var g = new GeoJsonEventWriter(ms))
        {
            foreach (var e in events) g.Write(e);
        }

        return ms.ToArray();
    }

    private static IResult One(string id, StoreAccess store)
    {
        if (ReportFields.ControlCharacter(id) is not null) throw new ApiError(StatusCodes.Status404NotFound, "no such event (the id holds a control character)");
        var (e, sources) = store.Read(s => (s.GetEvent(id), s.Sources(id)));
        if (e is null) throw new ApiError(StatusCodes.Status404NotFound, $"no event '{id}'");
        return JsonBody.Result(w =>
        {
            w.WriteStartObject();
            w.WritePropertyName("event");
            EventJsonWriter.Write(w, e);
            w.WriteStartArray("sources");
            foreach (var s in sources)
            {
                w.WriteStartObject();
                w.WriteNumber("document_id", s.DocumentId);
                w.WriteString("doc_key", s.DocKey);
                w.WriteString("source", s.Source);
                w.WriteString("url", s.Url);
                w.WriteString("published", s.Published);
                // Null for the report that founded the incident; for the others, why the merge judged them the same incident.
                w.WriteString("joined_because", s.JoinedBecause);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        });
    }

    private static IResult Stats(HttpContext context, StoreAccess store)
    {
        var query = EventQuery.Parse(context.Request.Query, paging: false);
        var stats = store.Read(s => s.Stats(query.Filter));
        return JsonBody.Result(w =>
        {
            w.WriteStartObject();
            w.WriteNumber("documents", stats.Documents);
            w.WriteNumber("events", stats.Events);
            w.WriteNumber("report_events", stats.ReportEvents);
            Counts(w, "by_day", "date", stats.ByDay);
            Counts(w, "by_type", "event_type", stats.ByType);
            Counts(w, "by_admin1", "admin1", stats.ByAdmin1);
            w.WriteEndObject();
        });
    }

    private static void Counts(Utf8JsonWriter w, string name, string key, IReadOnlyList<(string Key, long Count)> rows)
    {
        w.WriteStartArray(name);
        foreach (var (k, n) in rows)
        {
            w.WriteStartObject();
            w.WriteString(key, k);
            w.WriteNumber("count", n);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }
}

using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using Sitrep.Core.Annotation;
using Sitrep.Core.Documents;
using Sitrep.Core.Output;
using Sitrep.Storage;

namespace Sitrep.Server;

/// <summary>Posting a report as JSON, text, HTML, PDF or a form upload (processed, stored and answered with its events) and reading a stored document with its annotations.</summary>
public static class DocumentEndpoints
{
    private static readonly string[] Fields = [.. ReportFields.Metadata, "text"];

    private const string Accepted = "application/json {\"text\": \"...\"}, text/plain, text/html, application/pdf, " +
        "or multipart/form-data with a 'file' part (and optional id, published, source, url fields)";

    /// <summary>Maps <c>POST /api/documents</c> (behind the API key) and <c>GET /api/documents/{id}</c>.</summary>
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapPost("/api/documents", Post).AddEndpointFilter<WriteIntentFilter>().AddEndpointFilter<ApiKeyFilter>();
        app.MapGet("/api/documents/{*id}", Get);
    }

    private static async Task<IResult> Post(HttpContext context, StoreAccess store, IOptions<SitrepServerOptions> options, TimeProvider clock)
    {
        var request = context.Request;
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var media) || media.MediaType.Value is not { } type)
            throw new ApiError(StatusCodes.Status415UnsupportedMediaType, $"send the report with a Content-Type: {Accepted}");
        var json = UploadedReport.IsJson(type);
        var multipart = type.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase);
        var raw = UploadedReport.FormatOf(type);
        if (!json && !multipart && raw is null)
            throw new ApiError(StatusCodes.Status415UnsupportedMediaType, $"unsupported Content-Type '{type}'; send {Accepted}");

        var limits = options.Value;
        var max = limits.MaxBodyBytes;
        var bytes = await RequestBody.ReadAsync(request, max, context.RequestAborted);
        var document = json ? FromJson(bytes)
            : multipart ? await UploadedReport.FromMultipartAsync(bytes, media, max, context.RequestAborted)
            : UploadedReport.FromBody(bytes, raw!.Value, request.Query, max);
        if (PublishedWindow.Default(clock).Problem(document.Published) is { } badDate)
            throw ApiError.BadRequest($"{badDate}; give the report's real publication date in 'published'");

        // The same report posted again is answered from the store, before any extraction work.
        var hash = ProcessedDocument.HashOf(document.Text);
        if (store.Read(s => s.DocumentIdOf(document, hash) is { } id ? Stored(s, id) : default) is { Doc: not null } known)
            return Answer(context, known, IngestOutcome.Empty, already: true);

        var processed = await Extract(document, hash, limits, context.RequestAborted);
        var (outcome, stored) = await store.WriteAsync(s =>
        {
            var o = s.Ingest([processed]);
            var id = s.DocumentIdOf(document, hash) ?? throw new InvalidOperationException("the document was not stored");
            return (o, Stored(s, id));
        }, context.RequestAborted);
        return Answer(context, stored, outcome, already: outcome.DocumentsAdded == 0);
    }

    /// <summary>Runs the pipeline off the request thread, given up when the client leaves or the time limit passes.</summary>
    private static async Task<ProcessedDocument> Extract(Document document, string hash, SitrepServerOptions limits, CancellationToken aborted)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(aborted);
        deadline.CancelAfter(TimeSpan.FromSeconds(Math.Max(1, limits.MaxProcessingSeconds)));
        try
        {
            return await Task.Run(() =>
            {
                var (annotations, events) = SharedPipeline.For(limits.Home).ProcessWithAnnotations(document, deadline.Token);
                if (events.Count > limits.MaxEventsPerReport)
                {
                    throw new ApiError(StatusCodes.Status413PayloadTooLarge,
                        $"the report gives {events.Count} events, over the limit of {limits.MaxEventsPerReport} for one posted report; split it, or run `sitrep ingest` on it");
                }

                return new ProcessedDocument(document, hash, AnnotationSpan.Flatten(annotations), events, document.Title);
            }, deadline.Token);
        }
        catch (OperationCanceledException) when (!aborted.IsCancellationRequested)
        {
            throw new ApiError(StatusCodes.Status413PayloadTooLarge,
                $"the report took longer than {limits.MaxProcessingSeconds} s to process and was given up; split it, or run `sitrep ingest` on it");
        }
    }

    private static (StoredDocument Doc, List<Sitrep.Core.Resolution.ResolvedEvent> Events) Stored(EventStore s, long id)
    {
        var doc = s.GetDocument(id.ToString(CultureInfo.InvariantCulture))!;
        return (doc, doc.EventIds.Select(s.GetEvent).OfType<Sitrep.Core.Resolution.ResolvedEvent>().ToList());
    }

    private static IResult Answer(HttpContext context, (StoredDocument Doc, List<Sitrep.Core.Resolution.ResolvedEvent> Events) stored, IngestOutcome outcome, bool already)
    {
        context.Response.Headers.Location = $"/api/documents/{stored.Doc.Id}";
        return JsonBody.Result(w =>
        {
            w.WriteStartObject();
            w.WriteNumber("document_id", stored.Doc.Id);
            w.WriteString("doc_key", stored.Doc.DocKey);
            // The same text posted again is not stored twice; the caller gets the events it gave the first time.
            w.WriteBoolean("already_stored", already);
            w.WriteNumber("events_created", outcome.EventsCreated);
            w.WriteNumber("events_merged", outcome.EventsMerged);
            w.WriteStartArray("events");
            foreach (var e in stored.Events) EventJsonWriter.Write(w, e);
            w.WriteEndArray();
            w.WriteEndObject();
        }, already ? StatusCodes.Status200OK : StatusCodes.Status201Created);
    }

    private static Document FromJson(byte[] bytes)
    {
        JsonDocument parsed;
        try
        {
            parsed = JsonDocument.Parse(bytes);
        }
        catch (JsonException e)
        {
            throw ApiError.BadRequest($"malformed JSON: {e.Message.Split(" Path:")[0].Split(" LineNumber")[0].TrimEnd('.', ' ')}");
        }

        using (parsed)
        {
            var root = parsed.RootElement;
            if (root.ValueKind != JsonValueKind.Object) throw ApiError.BadRequest("the body must be a JSON object {\"text\": \"...\"}");
            var values = new Dictionary<string, string?>();
            foreach (var p in root.EnumerateObject())
            {
                if (!Fields.Contains(p.Name, StringComparer.Ordinal))
                    throw ApiError.BadRequest($"unknown field '{p.Name}'; expected {string.Join(", ", Fields)}");
                values[p.Name] = p.Value.ValueKind switch
                {
                    JsonValueKind.String => p.Value.GetString(),
                    JsonValueKind.Null => null,
                    JsonValueKind.Number when p.Name == "id" => p.Value.GetRawText(),
                    _ => throw ApiError.BadRequest($"field '{p.Name}' must be a string"),
                };
            }

            return Build(values);
        }
    }

    private static Document Build(Dictionary<string, string?> values)
    {
        var text = values.GetValueOrDefault("text");
        if (string.IsNullOrWhiteSpace(text)) throw ApiError.BadRequest("the report has no text (field 'text' is missing or empty)");
        var published = ReportFields.Published(values);
        return new Document(ReportFields.Value(values, "id") ?? ReportFields.DefaultId(text), published ?? DocumentDecoder.FindDateline(text),
            ReportFields.Value(values, "source"), ReportFields.Value(values, "url"), text);
    }

    private static IResult Get(string id, StoreAccess store)
    {
        if (ReportFields.ControlCharacter(id) is not null) throw new ApiError(StatusCodes.Status404NotFound, "no such document (the id holds a control character)");
        var doc = store.Read(s => s.GetDocument(id)) ?? throw new ApiError(StatusCodes.Status404NotFound, $"no document '{id}'");
        return JsonBody.Result(w =>
        {
            w.WriteStartObject();
            w.WriteNumber("id", doc.Id);
            w.WriteString("doc_key", doc.DocKey);
            w.WriteString("source", doc.Source);
            w.WriteString("url", doc.Url);
            w.WriteString("published", doc.Published);
            w.WriteString("title", doc.Title);
            w.WriteString("text", doc.Text);
            w.WriteStartArray("annotations");
            foreach (var a in doc.Annotations)
            {
                w.WriteStartObject();
                w.WriteString("kind", a.Kind);
                w.WriteNumber("start", a.Start);
                w.WriteNumber("end", a.End);
                w.WriteString("label", a.Label);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartArray("event_ids");
            foreach (var e in doc.EventIds) w.WriteStringValue(e);
            w.WriteEndArray();
            w.WriteEndObject();
        });
    }
}

using System.Security.Cryptography;
using System.Text;
using Sitrep.Core.Annotation;
using Sitrep.Core.Documents;
using Sitrep.Core.Resolution;

namespace Sitrep.Storage;

/// <summary>A document after the pipeline: what the store keeps of it in one transaction.</summary>
public sealed record ProcessedDocument(Document Document, string ContentHash, IReadOnlyList<AnnotationSpan> Annotations, IReadOnlyList<ResolvedEvent> Events, string? Title = null)
{
    /// <summary>SHA-256 (hex) of the document text: the identity that makes re-ingesting the same content a no-op.</summary>
    public static string HashOf(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}

/// <summary>What one ingest batch changed.</summary>
public sealed record IngestOutcome(int DocumentsAdded, int DocumentsAlreadyStored, int ReportEvents, int EventsCreated, int EventsMerged)
{
    /// <summary>Adds two outcomes.</summary>
    public static IngestOutcome operator +(IngestOutcome a, IngestOutcome b) => new(
        a.DocumentsAdded + b.DocumentsAdded, a.DocumentsAlreadyStored + b.DocumentsAlreadyStored, a.ReportEvents + b.ReportEvents,
        a.EventsCreated + b.EventsCreated, a.EventsMerged + b.EventsMerged);

    /// <summary>Nothing changed.</summary>
    public static IngestOutcome Empty { get; } = new(0, 0, 0, 0, 0);
}

/// <summary>Which events to list or export; every criterion is optional and they combine with AND.</summary>
public sealed record EventFilter
{
    /// <summary>Earliest event date (inclusive).</summary>
    public DateOnly? From { get; init; }

    /// <summary>Latest event date (inclusive).</summary>
    public DateOnly? To { get; init; }

    /// <summary>Country name, as in the event (case-insensitive).</summary>
    public string? Country { get; init; }

    /// <summary>Admin1 name (case-insensitive).</summary>
    public string? Admin1 { get; init; }

    /// <summary>ACLED event type.</summary>
    public string? EventType { get; init; }

    /// <summary>ACLED sub-event type.</summary>
    public string? SubEventType { get; init; }

    /// <summary>Actor1 or actor2 contains this text (case-insensitive).</summary>
    public string? Actor { get; init; }

    /// <summary>Bounding box: west, south, east, north in degrees.</summary>
    public (double West, double South, double East, double North)? Bbox { get; init; }

    /// <summary>True: only events with coordinates; false: only events without (unplaced); null: both.</summary>
    public bool? Placed { get; init; }

    /// <summary>Full-text query over the source documents' text.</summary>
    public string? Text { get; init; }

    /// <summary>List the newest events first (event_date, then event_id, descending); the cursor then walks back in time.</summary>
    public bool NewestFirst { get; init; }

    /// <summary>Cursor: only events after this (event_date, event_id) pair, in listing order.</summary>
    public (string Date, string EventId)? After { get; init; }

    /// <summary>At most this many events (null: all).</summary>
    public int? Limit { get; init; }
}

/// <summary>A stored source document with its annotations.</summary>
public sealed record StoredDocument(long Id, string DocKey, string? Source, string? Url, string? Published, string? Title, string Text, IReadOnlyList<AnnotationSpan> Annotations, IReadOnlyList<string> EventIds)
{
    /// <summary>The first stored document with the same text under another id or date, when this one is a reprint of it.</summary>
    public long? ReprintOf { get; init; }
}

/// <summary>A stored source of an event: the document and how it joined.</summary>
public sealed record EventSource(long DocumentId, string DocKey, string? Source, string? Url, string? Published, string? JoinedBecause);

/// <summary>Counts of stored events by day, by type and by admin1.</summary>
public sealed record StoreStats(long Documents, long Events, long ReportEvents, IReadOnlyList<(string Key, long Count)> ByDay, IReadOnlyList<(string Key, long Count)> ByType, IReadOnlyList<(string Key, long Count)> ByAdmin1);

/// <summary>One stored event as its JSON record (the event's JSON as written by <c>EventJsonWriter</c>), with its date and id.</summary>
public sealed record StoredEventRecord(string EventDate, string EventId, string Json);

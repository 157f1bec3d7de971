using System.Data.Common;
using System.Globalization;
using System.Text.Json;
using Sitrep.Core.Annotation;
using Sitrep.Core.Merging;
using Sitrep.Core.Output;
using Sitrep.Core.Resolution;

namespace Sitrep.Storage;

/// <summary>
/// The event store over SQLite or PostgreSQL: documents (deduplicated by content hash), annotations, each report's
/// events, merged incidents with their sources, claims and evidence. One schema, applied by versioned migrations.
/// </summary>
/// <remarks>
/// Every batch is one transaction, so a crash at any moment leaves either the whole batch or none of it, and a rerun
/// skips what is already stored by content hash: nothing is lost and nothing duplicated. Not thread-safe: one writer
/// per instance (the ingest command extracts on all cores and writes from one thread).
/// </remarks>
public sealed class EventStore : IDisposable
{
    /// <summary>Queued writes beyond this many are sent at once.</summary>
    private const int MaxQueuedWrites = 1000;

    private readonly DbConnection _connection;
    private readonly Dictionary<string, DbCommand> _prepared = new(StringComparer.Ordinal);
    private readonly BatchState _batch = new();
    private readonly bool _batchWrites;
    private DbBatch? _queue;
    private bool _cacheRaised;

    private EventStore(StoreTarget target, DbConnection connection)
    {
        Target = target;
        _connection = connection;
        // A round trip to a server costs more than the statement; SQLite runs in-process, where a kept prepared statement is cheapest.
        _batchWrites = target.Kind == StoreKind.Postgres && connection.CanCreateBatch;
    }

    /// <summary>What one <see cref="Ingest"/> transaction holds back or remembers until it commits.</summary>
    private sealed class BatchState
    {
        /// <summary>Annotations of the documents stored so far, written at the end of the batch.</summary>
        public List<(long DocumentId, IReadOnlyList<AnnotationSpan> Spans)> Annotations { get; } = [];

        /// <summary>The reports of each incident this batch touched, in joining order, so that a second merge need not read them again.</summary>
        public Dictionary<string, List<MergeMember>> Members { get; } = new(StringComparer.Ordinal);

        /// <summary>Each incident's latest combined event, in the order of its last change, for claims and evidence.</summary>
        public OrderedDictionary<string, ResolvedEvent> Rewritten { get; } = new(StringComparer.Ordinal);

        public void Clear()
        {
            Annotations.Clear();
            Members.Clear();
            Rewritten.Clear();
        }
    }

    /// <summary>Where this store lives.</summary>
    public StoreTarget Target { get; }

    /// <summary>Opens (creating if needed) and migrates the store.</summary>
    public static EventStore Open(StoreTarget target)
    {
        if (target.Kind == StoreKind.Sqlite)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(target.Display)!);
        }

        var connection = target.CreateConnection();
        connection.Open();
        var store = new EventStore(target, connection);
        if (target.Kind == StoreKind.Sqlite)
        {
            // WAL lets readers (the server) run while a writer ingests; NORMAL sync is durable at each commit in WAL mode
            // against process crashes, which is what kill -9 tests.
            // Foreign keys stay off while migrating: a migration that rebuilds a table (SQLite cannot drop a constraint)
            // drops the old one while other tables still refer to it by name.
            store.Execute("PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=OFF; PRAGMA busy_timeout=10000;");
        }

        Migrations.Apply(connection, target.Kind);
        if (target.Kind == StoreKind.Sqlite) store.Execute("PRAGMA foreign_keys=ON;");
        return store;
    }

    /// <summary>The schema version after migrations.</summary>
    public int SchemaVersion => Convert.ToInt32(Scalar("SELECT MAX(version) FROM schema_migrations"), CultureInfo.InvariantCulture);

    /// <summary>
    /// True if this document is already stored: the same id (or URL), publication date and text. The same text under
    /// another id or date is another document (a reprint), stored and linked to the first.
    /// </summary>
    public bool HasDocument(Sitrep.Core.Documents.Document d, string contentHash)
    {
        // Asked once per input document by ingest, so the statement is kept prepared.
        var cmd = Prepared(null, "SELECT 1 FROM documents WHERE content_hash = @h AND doc_key = @k AND COALESCE(published, '') = @p");
        Bind(cmd, ("h", contentHash), ("k", DocKey(d)), ("p", PublishedText(d) ?? ""));
        return cmd.ExecuteScalar() is not (null or DBNull);
    }

    /// <summary>The numeric id of the stored document with this identity (see <see cref="HasDocument"/>), or null when none is stored.</summary>
    public long? DocumentIdOf(Sitrep.Core.Documents.Document d, string contentHash) =>
        Scalar("SELECT id FROM documents WHERE content_hash = @h AND doc_key = @k AND COALESCE(published, '') = @p",
            ("h", contentHash), ("k", DocKey(d)), ("p", PublishedText(d) ?? "")) is { } id ? Convert.ToInt64(id, CultureInfo.InvariantCulture) : null;

    /// <summary>False for a store that keeps one event per report (<c>sitrep ingest --no-merge</c>).</summary>
    public bool MergeReports { get; set; } = true;

    // A document without an id of its own is known by its URL.
    private static string DocKey(Sitrep.Core.Documents.Document d) => d.Id.Length > 0 ? d.Id : d.Url ?? "";

    private static string? PublishedText(Sitrep.Core.Documents.Document d) => d.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Stores a batch of processed documents in one transaction, merging their events into stored incidents.</summary>
    public IngestOutcome Ingest(IReadOnlyList<ProcessedDocument> batch)
    {
        if (Target.Kind == StoreKind.Sqlite && !_cacheRaised)
        {
            // Ingest looks up and updates indexes all over the file (content hashes, event ids); with SQLite's default
            // 2 MB page cache most of that time went to reading pages back from the OS. Only the writing connection
            // gets the larger cache.
            Execute("PRAGMA cache_size = -65536");
            _cacheRaised = true;
        }

        using var tx = _connection.BeginTransaction();
        try
        {
            var outcome = IngestOutcome.Empty;
            foreach (var doc in batch) outcome += IngestOne(tx, doc);
            WriteDeferred(tx);
            Flush(tx);
            tx.Commit();
            return outcome;
        }
        finally
        {
            // What was cached or queued belongs to this transaction only, committed or not.
            _batch.Clear();
            _queue?.Dispose();
            _queue = null;
        }
    }

    private IngestOutcome IngestOne(DbTransaction tx, ProcessedDocument p)
    {
        var d = p.Document;
        var id = Read(tx,
            "INSERT INTO documents (doc_key, content_hash, source, url, published, title, text, ingested_at, reprint_of) " +
            "VALUES (@k, @h, @s, @u, @p, @t, @x, @at, (SELECT MIN(id) FROM documents WHERE content_hash = @h)) ON CONFLICT DO NOTHING RETURNING id",
            ("k", DocKey(d)), ("h", p.ContentHash), ("s", d.Source), ("u", d.Url), ("p", PublishedText(d)),
            ("t", p.Title), ("x", d.Text), ("at", DateTime.UtcNow.ToString("O", CultureInfo.InvariantCulture)));
        if (id is null) return new IngestOutcome(0, 1, 0, 0, 0);
        var docId = Convert.ToInt64(id, CultureInfo.InvariantCulture);
        // Nothing reads annotations while a batch is stored, so they are written together at its end.
        _batch.Annotations.Add((docId, p.Annotations));

        int created = 0, merged = 0;
        for (var i = 0; i < p.Events.Count; i++)
        {
            var e = p.Events[i];
            var (cluster, why) = MergeReports ? FindIncident(tx, e, docId) : (null, null);
            List<MergeMember> members;
            if (cluster is null)
            {
                cluster = UniqueEventId(tx, e.EventId, p.ContentHash, i);
                members = [];
                created++;
            }
            else
            {
                // The members as stored before this report's row, which joins last (it gets the highest id).
                members = _batch.Members.TryGetValue(cluster, out var known) ? known : ReadMembers(tx, cluster);
                merged++;
            }

            var record = EventJsonWriter.ToJson(e);
            Write(tx, "INSERT INTO report_events (document_id, ordinal, event_id, joined_because, record) VALUES (@d, @o, @c, @w, @r)",
                ("d", docId), ("o", i), ("c", cluster), ("w", why), ("r", record));
            Write(tx, "INSERT INTO event_sources (event_id, document_id) VALUES (@c, @d) ON CONFLICT DO NOTHING", ("c", cluster), ("d", docId));
            // Parsed back from its JSON, exactly as a later read of report_events would give it.
            members.Add(new MergeMember(EventJsonReader.Parse(record), why));
            _batch.Members[cluster] = members;
            var combined = WriteIncident(tx, cluster, members);
            // Only the last rewrite of an incident in a batch decides its claims and evidence.
            _batch.Rewritten.Remove(cluster);
            _batch.Rewritten.Add(cluster, combined);
        }

        return new IngestOutcome(1, 0, p.Events.Count, created, merged);
    }

    /// <summary>The stored incident a new report's event belongs to, and why; (null, null) for a new incident.</summary>
    /// <remarks>
    /// Candidates are narrowed in SQL (<see cref="CandidateQuery"/>) and by their row's columns
    /// (<see cref="MergePolicy.MayJoin"/>), then tried nearest date and place first: the report joins the first
    /// incident whose every report it agrees with (<see cref="MergePolicy.Decide"/>), so an incident never grows by a
    /// chain of near matches.
    /// </remarks>
    private (string? EventId, string? Why) FindIncident(DbTransaction tx, ResolvedEvent e, long docId)
    {
        if (!MergePolicy.CanJoinAny(e)) return (null, null);
        var date = DateOnly.ParseExact(e.EventDate, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var query = CandidateQuery.For(e, date, Target.Kind);
        Flush(tx);
        var cmd = Prepared(tx, query.Sql);
        Bind(cmd, [.. query.Args, ("d", docId)]);
        var candidates = new List<(string Id, int Gap, double Km)>();
        using (var r = cmd.ExecuteReader())
        {
            while (r.Read())
            {
                var probe = CandidateQuery.Probe(r);
                if (!MergePolicy.MayJoin(probe, e)) continue;
                var km = Sitrep.Core.Geocoding.GeoMath.DistanceKm(probe.Latitude!.Value, probe.Longitude!.Value, e.Latitude!.Value, e.Longitude!.Value);
                candidates.Add((probe.EventId, Math.Abs(DayGap(probe.EventDate, date)), km));
            }
        }

        foreach (var (cid, _, _) in candidates.OrderBy(c => c.Gap).ThenBy(c => c.Km))
        {
            if (!_batch.Members.TryGetValue(cid, out var members))
            {
                members = ReadMembers(tx, cid);
                _batch.Members[cid] = members;
            }

            var decision = MergePolicy.DecideIncident(members.Select(m => m.Event).ToList(), e);
            if (decision.Same) return (cid, decision.Explain());
        }

        return (null, null);
    }

    private static int DayGap(string d, DateOnly date) =>
        DateOnly.TryParseExact(d, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var x) ? x.DayNumber - date.DayNumber : int.MaxValue / 2;

    private string UniqueEventId(DbTransaction tx, string wanted, string contentHash, int ordinal)
    {
        if (Read(tx, "SELECT 1 FROM events WHERE event_id = @i", ("i", wanted)) is null) return wanted;
        // The same document key with different content (an edited page) yields the same extract id; the content tells them apart.
        return $"{wanted}-{contentHash[..6]}{ordinal}";
    }

    /// <summary>The reports an incident was combined from, each as that report coded it, with why it joined (empty for an unknown id).</summary>
    public IReadOnlyList<MergeMember> Reports(string eventId)
    {
        using var tx = _connection.BeginTransaction();
        return ReadMembers(tx, eventId);
    }

    private List<MergeMember> ReadMembers(DbTransaction tx, string eventId)
    {
        Flush(tx);
        var members = new List<MergeMember>();
        var cmd = Prepared(tx, "SELECT record, joined_because FROM report_events WHERE event_id = @i ORDER BY id");
        Bind(cmd, ("i", eventId));
        using var r = cmd.ExecuteReader();
        while (r.Read()) members.Add(new MergeMember(EventJsonReader.Parse(r.GetString(0)), r.IsDBNull(1) ? null : r.GetString(1)));
        return members;
    }

    /// <summary>Recomputes an incident from its reports and rewrites its row, claims and evidence.</summary>
    private void Rewrite(DbTransaction tx, string eventId)
    {
        var members = ReadMembers(tx, eventId);
        if (members.Count == 0)
        {
            Write(tx, "DELETE FROM claims WHERE event_id = @i", ("i", eventId));
            Write(tx, "DELETE FROM evidence WHERE event_id = @i", ("i", eventId));
            Write(tx, "DELETE FROM events WHERE event_id = @i", ("i", eventId));
            return;
        }

        WriteClaimsAndEvidence(tx, eventId, WriteIncident(tx, eventId, members));
    }

    /// <summary>Writes the incident row combined from <paramref name="members"/> and returns the combined event.</summary>
    private ResolvedEvent WriteIncident(DbTransaction tx, string eventId, IReadOnlyList<MergeMember> members)
    {
        var e = EventCombiner.Combine(members) with { EventId = eventId };
        Write(tx,
            "INSERT INTO events (event_id, event_date, year, time_precision, event_type, sub_event_type, actor1, actor2, country, admin1, admin2, " +
            "location, latitude, longitude, geo_precision, fatalities, source_count, record, updated_at) VALUES " +
            "(@i, @d, @y, @tp, @t, @st, @a1, @a2, @c, @ad1, @ad2, @l, @lat, @lon, @gp, @f, @n, @r, @u) ON CONFLICT (event_id) DO UPDATE SET " +
            "event_date = excluded.event_date, year = excluded.year, time_precision = excluded.time_precision, event_type = excluded.event_type, " +
            "sub_event_type = excluded.sub_event_type, actor1 = excluded.actor1, actor2 = excluded.actor2, country = excluded.country, " +
            "admin1 = excluded.admin1, admin2 = excluded.admin2, location = excluded.location, latitude = excluded.latitude, " +
            "longitude = excluded.longitude, geo_precision = excluded.geo_precision, fatalities = excluded.fatalities, " +
            "source_count = excluded.source_count, record = excluded.record, updated_at = excluded.updated_at",
            ("i", eventId), ("d", e.EventDate), ("y", e.Year), ("tp", e.TimePrecision), ("t", e.EventType), ("st", e.SubEventType),
            ("a1", e.Actor1), ("a2", e.Actor2), ("c", e.Country), ("ad1", e.Admin1), ("ad2", e.Admin2), ("l", e.Location),
            ("lat", e.Latitude), ("lon", e.Longitude), ("gp", e.GeoPrecision), ("f", e.Fatalities), ("n", members.Count),
            ("r", EventJsonWriter.ToJson(e)), ("u", DateTime.UtcNow.ToString("O", CultureInfo.InvariantCulture)));
        return e;
    }

    private void WriteClaimsAndEvidence(DbTransaction tx, string eventId, ResolvedEvent e)
    {
        Write(tx, "DELETE FROM claims WHERE event_id = @i", ("i", eventId));
        Write(tx, "DELETE FROM evidence WHERE event_id = @i", ("i", eventId));
        WriteRows(tx, "claims", "event_id", eventId, ClaimColumns, e.Claims.Select((c, n) => new object?[]
        {
            n, c.Source, c.Certainty, JsonSerializer.Serialize(c.Asserts), c.Evidence.DocId, c.Evidence.Start, c.Evidence.End,
        }));
        WriteRows(tx, "evidence", "event_id", eventId, EvidenceColumns, e.Evidence.SelectMany(f => f.Value.Select(x => new object?[]
        {
            f.Key, x.DocId, x.Start, x.End, x.Text,
        })));
    }

    private static readonly (string Name, bool Integer)[] ClaimColumns =
        [("ordinal", true), ("source", false), ("certainty", false), ("asserts", false), ("doc_key", false), ("start_offset", true), ("end_offset", true)];

    private static readonly (string Name, bool Integer)[] EvidenceColumns =
        [("field", false), ("doc_key", false), ("start_offset", true), ("end_offset", true), ("text", false)];

    private static readonly (string Name, bool Integer)[] AnnotationColumns =
        [("kind", false), ("start_offset", true), ("end_offset", true), ("label", false)];

    /// <summary>
    /// Inserts many rows that share one key as one statement with two parameters: the rows travel as a JSON array
    /// that the database unpacks (json_each / json_array_elements) in order. Binding a parameter costs more than the
    /// insert itself for these short rows, and on PostgreSQL this is one statement instead of one per row.
    /// </summary>
    private void WriteRows(DbTransaction tx, string table, string keyColumn, object key, (string Name, bool Integer)[] columns, IEnumerable<object?[]> rows)
    {
        using var buffer = new MemoryStream();
        var count = 0;
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartArray();
            foreach (var row in rows)
            {
                w.WriteStartArray();
                foreach (var v in row)
                {
                    switch (v)
                    {
                        case int i: w.WriteNumberValue(i); break;
                        case string t: w.WriteStringValue(t); break;
                        default: w.WriteNullValue(); break;
                    }
                }

                w.WriteEndArray();
                count++;
            }

            w.WriteEndArray();
        }

        if (count == 0) return;
        var sql = Target.Kind == StoreKind.Sqlite
            ? $"INSERT INTO {table} ({keyColumn}, {string.Join(", ", columns.Select(c => c.Name))}) " +
              $"SELECT @key, {string.Join(", ", columns.Select((_, i) => $"j.value ->> {i}"))} FROM json_each(@rows) j ORDER BY j.key"
            : $"INSERT INTO {table} ({keyColumn}, {string.Join(", ", columns.Select(c => c.Name))}) " +
              $"SELECT @key, {string.Join(", ", columns.Select((c, i) => c.Integer ? $"(j.value ->> {i})::integer" : $"j.value ->> {i}"))} " +
              "FROM json_array_elements(CAST(@rows AS json)) WITH ORDINALITY AS j(value, n) ORDER BY j.n";
        Write(tx, sql, ("key", key), ("rows", System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length)));
    }

    /// <summary>Writes what the batch deferred: annotations, and the claims and evidence of each incident it changed.</summary>
    private void WriteDeferred(DbTransaction tx)
    {
        foreach (var (docId, annotations) in _batch.Annotations)
        {
            WriteRows(tx, "annotations", "document_id", docId, AnnotationColumns, annotations.Select(a => new object?[] { a.Kind, a.Start, a.End, a.Label }));
        }

        foreach (var (eventId, e) in _batch.Rewritten) WriteClaimsAndEvidence(tx, eventId, e);
    }

    /// <summary>Undoes a merge: every report of the incident becomes its own event again. Returns the resulting event ids.</summary>
    public IReadOnlyList<string> Split(string eventId)
    {
        using var tx = _connection.BeginTransaction();
        var members = new List<(long Id, long DocId, string OwnId)>();
        Flush(tx);
        using (var cmd = Command(tx, "SELECT id, document_id, record FROM report_events WHERE event_id = @i ORDER BY id"))
        {
            Bind(cmd, ("i", eventId));
            using var r = cmd.ExecuteReader();
            while (r.Read()) members.Add((r.GetInt64(0), r.GetInt64(1), EventJsonReader.Parse(r.GetString(2)).EventId));
        }

        if (members.Count == 0) throw new KeyNotFoundException($"no event {eventId}");
        if (members.Count == 1) throw new InvalidOperationException($"event {eventId} has one report; nothing to split");
        var ids = new List<string> { eventId };
        foreach (var m in members.Skip(1))
        {
            var hash = Convert.ToString(Read(tx, "SELECT content_hash FROM documents WHERE id = @d", ("d", m.DocId)), CultureInfo.InvariantCulture)!;
            var own = UniqueEventId(tx, m.OwnId, hash, (int)(m.Id % 100));
            Write(tx, "UPDATE report_events SET event_id = @n, joined_because = NULL WHERE id = @r", ("n", own), ("r", m.Id));
            Write(tx, "DELETE FROM event_sources WHERE event_id = @i AND document_id = @d AND NOT EXISTS " +
                "(SELECT 1 FROM report_events WHERE event_id = @i AND document_id = @d)", ("i", eventId), ("d", m.DocId));
            Write(tx, "INSERT INTO event_sources (event_id, document_id) VALUES (@n, @d) ON CONFLICT DO NOTHING", ("n", own), ("d", m.DocId));
            Rewrite(tx, own);
            ids.Add(own);
        }

        Rewrite(tx, eventId);
        Flush(tx);
        tx.Commit();
        return ids;
    }

    /// <summary>Events matching <paramref name="filter"/>, ordered by date then id, streamed from the database.</summary>
    public IEnumerable<ResolvedEvent> Query(EventFilter filter) => QueryRecords(filter).Select(r => EventJsonReader.Parse(r.Json));

    /// <summary>
    /// The stored JSON of the events matching <paramref name="filter"/> (as <see cref="Query"/> orders them), with the
    /// date and id a cursor needs: a server copies the JSON into its answer without parsing and writing each event again.
    /// </summary>
    public IEnumerable<StoredEventRecord> QueryRecords(EventFilter filter)
    {
        var (where, args) = Where(filter);
        var order = filter.NewestFirst ? " ORDER BY e.event_date DESC, e.event_id DESC" : " ORDER BY e.event_date, e.event_id";
        var sql = "SELECT e.event_date, e.event_id, e.record FROM events e" + where + order + (filter.Limit is { } l ? $" LIMIT {l}" : "");
        using var cmd = Command(null, sql);
        Bind(cmd, args.ToArray());
        using var r = cmd.ExecuteReader();
        while (r.Read()) yield return new StoredEventRecord(r.IsDBNull(0) ? "" : r.GetString(0), r.GetString(1), r.GetString(2));
    }

    /// <summary>Number of events matching <paramref name="filter"/> (ignoring its cursor and limit).</summary>
    public long Count(EventFilter filter)
    {
        var (where, args) = Where(filter with { After = null, Limit = null });
        return Convert.ToInt64(Scalar("SELECT COUNT(*) FROM events e" + where, args.ToArray()), CultureInfo.InvariantCulture);
    }

    private (string Sql, List<(string, object?)> Args) Where(EventFilter f)
    {
        var clauses = new List<string>();
        var args = new List<(string, object?)>();
        void Add(string clause, params (string, object?)[] a)
        {
            clauses.Add(clause);
            args.AddRange(a);
        }

        if (f.From is { } from) Add("e.event_date >= @from", ("from", from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        if (f.To is { } to) Add("e.event_date <= @to", ("to", to.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        if (!string.IsNullOrEmpty(f.Country)) Add("lower(e.country) = lower(@country)", ("country", f.Country));
        if (!string.IsNullOrEmpty(f.Admin1)) Add("lower(e.admin1) = lower(@admin1)", ("admin1", f.Admin1));
        if (!string.IsNullOrEmpty(f.EventType)) Add("e.event_type = @type", ("type", f.EventType));
        if (!string.IsNullOrEmpty(f.SubEventType)) Add("e.sub_event_type = @subtype", ("subtype", f.SubEventType));
        if (!string.IsNullOrEmpty(f.Actor))
        {
            Add("(lower(e.actor1) LIKE @actor OR lower(e.actor2) LIKE @actor)", ("actor", "%" + f.Actor.ToLowerInvariant() + "%"));
        }

        if (f.Placed is { } placed) Add(placed ? "e.latitude IS NOT NULL" : "e.latitude IS NULL");

        if (f.Bbox is { } b)
        {
            Add("e.latitude BETWEEN @s AND @n AND e.longitude BETWEEN @w AND @e", ("s", b.South), ("n", b.North), ("w", b.West), ("e", b.East));
        }

        if (!string.IsNullOrWhiteSpace(f.Text))
        {
            var match = Target.Kind == StoreKind.Sqlite
                ? "d.id IN (SELECT rowid FROM documents_fts WHERE documents_fts MATCH @q)"
                : "to_tsvector('simple', d.text) @@ plainto_tsquery('simple', @q)";
            // Users type words, not FTS5 syntax: each word is quoted so punctuation cannot break the query.
            var q = Target.Kind == StoreKind.Sqlite
                ? string.Join(' ', f.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => "\"" + w.Replace("\"", "\"\"") + "\""))
                : f.Text;
            Add($"e.event_id IN (SELECT s.event_id FROM event_sources s JOIN documents d ON d.id = s.document_id WHERE {match})", ("q", q));
        }

        if (f.After is { } after)
        {
            var beyond = f.NewestFirst ? "<" : ">";
            Add($"(e.event_date {beyond} @ad OR (e.event_date = @ad AND e.event_id {beyond} @ai))", ("ad", after.Date), ("ai", after.EventId));
        }

        return (clauses.Count == 0 ? "" : " WHERE " + string.Join(" AND ", clauses), args);
    }

    /// <summary>One event by id, or null.</summary>
    public ResolvedEvent? GetEvent(string eventId) =>
        Scalar("SELECT record FROM events WHERE event_id = @i", ("i", eventId)) is string json ? EventJsonReader.Parse(json) : null;

    /// <summary>The reports an event rests on, in the order they joined.</summary>
    public IReadOnlyList<EventSource> Sources(string eventId)
    {
        using var cmd = Command(null,
            "SELECT d.id, d.doc_key, d.source, d.url, d.published, MIN(r.joined_because) FROM report_events r JOIN documents d ON d.id = r.document_id " +
            "WHERE r.event_id = @i GROUP BY d.id, d.doc_key, d.source, d.url, d.published ORDER BY MIN(r.id)");
        Bind(cmd, ("i", eventId));
        using var r = cmd.ExecuteReader();
        var list = new List<EventSource>();
        while (r.Read())
        {
            list.Add(new EventSource(r.GetInt64(0), r.GetString(1), Str(r, 2), Str(r, 3), Str(r, 4), Str(r, 5)));
        }

        return list;
    }

    /// <summary>A stored document by numeric id or by its document key (the newest with that key), with annotations.</summary>
    public StoredDocument? GetDocument(string idOrKey)
    {
        object? id = long.TryParse(idOrKey, NumberStyles.None, CultureInfo.InvariantCulture, out var n)
            ? Scalar("SELECT id FROM documents WHERE id = @n", ("n", n))
            : null;
        id ??= Scalar("SELECT MAX(id) FROM documents WHERE doc_key = @k", ("k", idOrKey));
        if (id is null or DBNull) return null;
        var docId = Convert.ToInt64(id, CultureInfo.InvariantCulture);
        StoredDocument? doc = null;
        using (var cmd = Command(null, "SELECT doc_key, source, url, published, title, text, reprint_of FROM documents WHERE id = @d"))
        {
            Bind(cmd, ("d", docId));
            using var r = cmd.ExecuteReader();
            if (!r.Read()) return null;
            doc = new StoredDocument(docId, r.GetString(0), Str(r, 1), Str(r, 2), Str(r, 3), Str(r, 4), r.GetString(5), [], [])
            {
                ReprintOf = r.IsDBNull(6) ? null : Convert.ToInt64(r.GetValue(6), CultureInfo.InvariantCulture),
            };
        }

        var anns = new List<AnnotationSpan>();
        using (var cmd = Command(null, "SELECT kind, start_offset, end_offset, label FROM annotations WHERE document_id = @d ORDER BY start_offset, end_offset"))
        {
            Bind(cmd, ("d", docId));
            using var r = cmd.ExecuteReader();
            while (r.Read()) anns.Add(new AnnotationSpan(r.GetString(0), r.GetInt32(1), r.GetInt32(2), r.GetString(3)));
        }

        var events = new List<string>();
        using (var cmd = Command(null, "SELECT DISTINCT event_id FROM report_events WHERE document_id = @d ORDER BY event_id"))
        {
            Bind(cmd, ("d", docId));
            using var r = cmd.ExecuteReader();
            while (r.Read()) events.Add(r.GetString(0));
        }

        return doc with { Annotations = anns, EventIds = events };
    }

    /// <summary>Totals and counts by day, type and admin1 (of events matching <paramref name="filter"/>).</summary>
    public StoreStats Stats(EventFilter? filter = null)
    {
        var (where, args) = Where((filter ?? new EventFilter()) with { After = null, Limit = null });
        List<(string, long)> Group(string column)
        {
            using var cmd = Command(null, $"SELECT {column}, COUNT(*) FROM events e{where} GROUP BY {column} ORDER BY {column}");
            Bind(cmd, args.ToArray());
            using var r = cmd.ExecuteReader();
            var list = new List<(string, long)>();
            while (r.Read()) list.Add((r.IsDBNull(0) ? "" : r.GetString(0), r.GetInt64(1)));
            return list;
        }

        return new StoreStats(
            Convert.ToInt64(Scalar("SELECT COUNT(*) FROM documents"), CultureInfo.InvariantCulture),
            Convert.ToInt64(Scalar("SELECT COUNT(*) FROM events e" + where, args.ToArray()), CultureInfo.InvariantCulture),
            Convert.ToInt64(Scalar("SELECT COUNT(*) FROM report_events"), CultureInfo.InvariantCulture),
            Group("e.event_date"), Group("e.event_type"), Group("e.admin1"));
    }

    /// <summary>Row counts of every table, for integrity checks and tests.</summary>
    public IReadOnlyDictionary<string, long> TableCounts()
    {
        var tables = new[] { "documents", "annotations", "events", "report_events", "event_sources", "claims", "evidence" };
        return tables.ToDictionary(t => t, t => Convert.ToInt64(Scalar($"SELECT COUNT(*) FROM {t}"), CultureInfo.InvariantCulture));
    }

    public void Dispose()
    {
        _queue?.Dispose();
        foreach (var cmd in _prepared.Values) cmd.Dispose();
        _connection.Dispose();
    }

    private static string? Str(DbDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);

    /// <summary>
    /// A command kept for the life of the store, so that the statements an ingest repeats for every row are parsed and
    /// planned once (SQLite keeps them prepared; Npgsql prepares them on the server, see <see cref="StoreTarget"/>).
    /// </summary>
    private DbCommand Prepared(DbTransaction? tx, string sql)
    {
        if (!_prepared.TryGetValue(sql, out var cmd))
        {
            cmd = _connection.CreateCommand();
            cmd.CommandText = sql;
            _prepared.Add(sql, cmd);
        }

        cmd.Transaction = tx;
        return cmd;
    }

    /// <summary>A statement that only writes: run now on SQLite, queued on PostgreSQL to go in one round trip with the next ones.</summary>
    private void Write(DbTransaction tx, string sql, params (string, object?)[] args)
    {
        if (!_batchWrites)
        {
            var cmd = Prepared(tx, sql);
            Bind(cmd, args);
            cmd.ExecuteNonQuery();
            return;
        }

        _queue ??= _connection.CreateBatch();
        var c = _queue.CreateBatchCommand();
        c.CommandText = sql;
        foreach (var (name, value) in args)
        {
            var p = c.CreateParameter();
            p.ParameterName = name;
            p.Value = value ?? DBNull.Value;
            c.Parameters.Add(p);
        }

        _queue.BatchCommands.Add(c);
        if (_queue.BatchCommands.Count >= MaxQueuedWrites) Flush(tx);
    }

    /// <summary>Sends the queued writes; every read goes after this so that it sees them.</summary>
    private void Flush(DbTransaction tx)
    {
        if (_queue is null) return;
        if (_queue.BatchCommands.Count > 0)
        {
            _queue.Connection = _connection;
            _queue.Transaction = tx;
            _queue.ExecuteNonQuery();
        }

        _queue.Dispose();
        _queue = null;
    }

    /// <summary>A one-value read with a kept command, after the queued writes.</summary>
    private object? Read(DbTransaction tx, string sql, params (string, object?)[] args)
    {
        Flush(tx);
        var cmd = Prepared(tx, sql);
        Bind(cmd, args);
        var v = cmd.ExecuteScalar();
        return v is DBNull ? null : v;
    }

    private DbCommand Command(DbTransaction? tx, string sql)
    {
        var cmd = _connection.CreateCommand();
        cmd.CommandText = sql;
        cmd.Transaction = tx;
        return cmd;
    }

    private static void Bind(DbCommand cmd, params (string Name, object? Value)[] args)
    {
        foreach (var (name, value) in args)
        {
            DbParameter p;
            if (cmd.Parameters.Contains(name))
            {
                p = cmd.Parameters[name];
            }
            else
            {
                p = cmd.CreateParameter();
                p.ParameterName = name;
                cmd.Parameters.Add(p);
            }

            p.Value = value ?? DBNull.Value;
        }
    }

    private void Execute(string sql) => Execute(null, sql);

    private void Execute(DbTransaction? tx, string sql, params (string, object?)[] args)
    {
        using var cmd = Command(tx, sql);
        Bind(cmd, args);
        cmd.ExecuteNonQuery();
    }

    private object? Scalar(string sql, params (string, object?)[] args) => Scalar(null, sql, args);

    private object? Scalar(DbTransaction? tx, string sql, params (string, object?)[] args)
    {
        using var cmd = Command(tx, sql);
        Bind(cmd, args);
        var v = cmd.ExecuteScalar();
        return v is DBNull ? null : v;
    }
}

using Parquet;
using Parquet.Schema;
using Sitrep.Core.Resolution;

namespace Sitrep.Core.Output;

/// <summary>Writes events to Parquet with typed columns (dates as DATE, coordinates as DOUBLE), in row groups so memory stays bounded.</summary>
/// <remarks>ACLED's columns in ACLED's order, then Sitrep's injuries, weapon, source count and the full JSON record for everything nested.</remarks>
public sealed class ParquetEventWriter : IAsyncDisposable
{
    /// <summary>Events per row group: large enough for good compression, small enough to keep a million-event export in bounded memory.</summary>
    public const int RowGroupSize = 50_000;

    private static readonly DataField[] Fields =
    [
        new DataField<string>("event_id_cnty"), new DataField<DateOnly?>("event_date"), new DataField<int?>("year"), new DataField<int>("time_precision"),
        new DataField<string>("disorder_type"), new DataField<string>("event_type"), new DataField<string>("sub_event_type"),
        new DataField<string>("actor1"), new DataField<string>("assoc_actor_1"), new DataField<string>("inter1"),
        new DataField<string>("actor2"), new DataField<string>("assoc_actor_2"), new DataField<string>("inter2"),
        new DataField<string>("interaction"), new DataField<string>("civilian_targeting"), new DataField<int?>("iso"),
        new DataField<string>("region"), new DataField<string>("country"), new DataField<string>("admin1"), new DataField<string>("admin2"),
        new DataField<string>("admin3"), new DataField<string>("location"), new DataField<double?>("latitude"), new DataField<double?>("longitude"),
        new DataField<int?>("geo_precision"), new DataField<string>("source"), new DataField<string>("source_scale"), new DataField<string>("notes"),
        new DataField<int>("fatalities"), new DataField<int?>("injuries"), new DataField<string>("weapon"), new DataField<int>("source_count"),
        new DataField<string>("record_json"),
    ];

    private readonly ParquetWriter _writer;
    private readonly List<ResolvedEvent> _buffer = new(RowGroupSize);

    private ParquetEventWriter(ParquetWriter writer) => _writer = writer;

    /// <summary>The schema of the exported file.</summary>
    public static ParquetSchema Schema { get; } = new(Fields);

    /// <summary>Starts a Parquet file on <paramref name="output"/>.</summary>
    public static async Task<ParquetEventWriter> CreateAsync(Stream output) =>
        new(await ParquetWriter.CreateAsync(Schema, output).ConfigureAwait(false));

    /// <summary>Adds an event; a full row group is written out.</summary>
    public async Task WriteAsync(ResolvedEvent e)
    {
        _buffer.Add(e);
        if (_buffer.Count >= RowGroupSize) await FlushAsync().ConfigureAwait(false);
    }

    private async Task FlushAsync()
    {
        if (_buffer.Count == 0) return;
        using var rg = _writer.CreateRowGroup();
        var b = _buffer;
        async Task Str(int i, Func<ResolvedEvent, string?> f) => await rg.WriteAsync(Fields[i], b.Select(f).ToArray()!, null).ConfigureAwait(false);
        async Task Val<T>(int i, Func<ResolvedEvent, T> f) where T : struct =>
            await rg.WriteAsync(Fields[i], new ReadOnlyMemory<T>(b.Select(f).ToArray()), null, null, default).ConfigureAwait(false);
        async Task Opt<T>(int i, Func<ResolvedEvent, T?> f) where T : struct =>
            await rg.WriteAsync(Fields[i], new ReadOnlyMemory<T?>(b.Select(f).ToArray()), null, null, default).ConfigureAwait(false);
        await Str(0, e => e.EventId);
        await Opt(1, e => DateOnly.TryParseExact(e.EventDate, "yyyy-MM-dd", out var d) ? d : (DateOnly?)null);
        await Opt(2, e => e.Year);
        await Val(3, e => e.TimePrecision);
        await Str(4, e => e.DisorderType);
        await Str(5, e => e.EventType);
        await Str(6, e => e.SubEventType);
        await Str(7, e => e.Actor1);
        await Str(8, e => e.AssocActor1);
        await Str(9, e => e.Inter1);
        await Str(10, e => e.Actor2);
        await Str(11, e => e.AssocActor2);
        await Str(12, e => e.Inter2);
        await Str(13, e => e.Interaction);
        await Str(14, e => e.CivilianTargeting);
        await Opt(15, e => e.Iso);
        await Str(16, e => e.Region);
        await Str(17, e => e.Country);
        await Str(18, e => e.Admin1);
        await Str(19, e => e.Admin2);
        await Str(20, e => e.Admin3);
        await Str(21, e => e.Location);
        await Opt(22, e => e.Latitude);
        await Opt(23, e => e.Longitude);
        await Opt(24, e => e.GeoPrecision);
        await Str(25, e => e.Source);
        await Str(26, e => e.SourceScale);
        await Str(27, e => e.Notes);
        await Val(28, e => e.Fatalities);
        await Opt(29, e => e.Injuries);
        await Str(30, e => e.Weapon);
        await Val(31, e => e.DocIds.Count);
        await Str(32, EventJsonWriter.ToJson);
        _buffer.Clear();
    }

    /// <summary>Writes the last row group and the file footer.</summary>
    public async ValueTask DisposeAsync()
    {
        await FlushAsync().ConfigureAwait(false);
        await _writer.DisposeAsync().ConfigureAwait(false);
    }
}

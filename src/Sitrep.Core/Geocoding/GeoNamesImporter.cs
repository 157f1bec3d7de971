using System.Globalization;
using System.Text;

namespace Sitrep.Core.Geocoding;

/// <summary>One malformed input row: where it was and why it was skipped.</summary>
public sealed record ImportIssue(string File, long Line, string Reason);

/// <summary>How far an import has got, in bytes of input read.</summary>
public sealed record ImportProgress(string File, long BytesRead, long BytesTotal, string Phase);

/// <summary>What an import did: rows read and kept, alternate names attached, overlay files written, malformed rows named.</summary>
public sealed class ImportReport
{
    /// <summary>How many malformed rows are kept with their line number; all are counted.</summary>
    public const int MaxIssuesKept = 200;

    public long RowsRead { get; internal set; }

    public long PlacesImported { get; internal set; }

    public long RowsSkippedByFeatureClass { get; internal set; }

    public long AdminNamesImported { get; internal set; }

    public long AlternateNamesAttached { get; internal set; }

    public long Malformed { get; internal set; }

    public List<ImportIssue> Issues { get; } = new();

    public Dictionary<string, long> MalformedByReason { get; } = new(StringComparer.Ordinal);

    public List<string> FilesWritten { get; } = new();

    internal void Bad(string file, long line, string reason)
    {
        Malformed++;
        var kind = reason.Split(' ', 2)[0] == "wrong" ? "wrong column count" : reason.Split('(', '\'')[0].Trim();
        MalformedByReason[kind] = MalformedByReason.GetValueOrDefault(kind) + 1;
        if (Issues.Count < MaxIssuesKept)
        {
            Issues.Add(new ImportIssue(file, line, reason));
        }
    }
}

/// <summary>Streams GeoNames dumps (allCountries.txt, XX.txt, alternateNamesV2.txt) into a local overlay gazetteer under $SITREP_HOME/gazetteer.</summary>
/// <remarks>
/// Memory stays bounded on the 1.5 GB world file: rows are first spooled to one temp file per country, then each
/// country is merged with its existing overlay file and written on its own, so at most one country's places are held
/// at a time (plus 5 bytes per imported id to route alternate names). Each country file is written to a temp file
/// and renamed over the old one, so a crash leaves the previous overlay intact rather than half a file.
/// Re-importing is idempotent: rows are keyed by geonameid and a new row replaces the old one.
/// </remarks>
public sealed class GeoNamesImporter
{
    private static readonly HashSet<string> SkippedAltLanguages = new(StringComparer.Ordinal)
    {
        "link", "post", "iata", "icao", "faac", "fr_1793", "abbr", "wkdt", "unlc", "tcid", "phon", "piny",
    };

    private readonly string _dir;

    public GeoNamesImporter(string sitrepHome)
    {
        _dir = GazetteerDirectory(sitrepHome);
    }

    /// <summary>Feature classes kept as places; P (populated places) by default, ADM1/ADM2 rows always feed the admin name tables.</summary>
    public HashSet<char> FeatureClasses { get; init; } = ['P'];

    public string Directory => _dir;

    /// <summary>HOME/gazetteer, where the overlays of the Sitrep home directory the host names are written.</summary>
    public static string GazetteerDirectory(string sitrepHome) => Path.Combine(sitrepHome, "gazetteer");

    /// <summary>The overlay files an import has written, in a stable order; none without a home directory.</summary>
    public static IReadOnlyList<string> OverlayFiles(string? sitrepHome)
    {
        if (sitrepHome is null) return [];
        var dir = GazetteerDirectory(sitrepHome);
        return System.IO.Directory.Exists(dir)
            ? System.IO.Directory.GetFiles(dir, "*.sgz").Order(StringComparer.Ordinal).ToList()
            : [];
    }

    public ImportReport Import(IEnumerable<string> files, IProgress<ImportProgress>? progress = null)
    {
        var report = new ImportReport();
        var list = files.ToList();
        foreach (var f in list.Where(f => !File.Exists(f)))
        {
            throw new FileNotFoundException($"No such file: {f}", f);
        }

        var altFiles = list.Where(IsAlternateNamesFile).ToList();
        var geoFiles = list.Except(altFiles).ToList();
        System.IO.Directory.CreateDirectory(_dir);
        var spool = Path.Combine(_dir, $".spool-{Environment.ProcessId}-{Guid.NewGuid():N}");
        System.IO.Directory.CreateDirectory(spool);
        try
        {
            var writers = new Dictionary<string, StreamWriter>(StringComparer.Ordinal);
            StreamWriter Spool(string name)
            {
                if (!writers.TryGetValue(name, out var w))
                {
                    w = new StreamWriter(Path.Combine(spool, name), append: true, new UTF8Encoding(false), 1 << 14);
                    writers[name] = w;
                }

                return w;
            }

            var ids = new IdRouter();
            foreach (var file in geoFiles)
            {
                foreach (var (lineNo, line, error) in ReadLines(file, report, progress, "places"))
                {
                    report.RowsRead++;
                    if (error is not null)
                    {
                        report.Bad(file, lineNo, error);
                        continue;
                    }

                    if (!GeoNamesRow.TryParse(line!, out var place, out var parseError))
                    {
                        report.Bad(file, lineNo, parseError!);
                        continue;
                    }

                    var cc = SafeCountry(place!.CountryCode);
                    if (place.FeatureClass == 'A' && place.FeatureCode is "ADM1" or "ADM2")
                    {
                        Spool(cc + ".adm").WriteLine(line);
                        report.AdminNamesImported++;
                        continue;
                    }

                    if (!FeatureClasses.Contains(place.FeatureClass))
                    {
                        report.RowsSkippedByFeatureClass++;
                        continue;
                    }

                    Spool(cc + ".rows").WriteLine(line);
                    ids.Add(place.GeonameId, cc);
                    report.PlacesImported++;
                }
            }

            if (altFiles.Count > 0)
            {
                // Alternate names need each id's country; ids already in the overlay count too.
                foreach (var existing in OverlayFiles(Path.GetDirectoryName(_dir)))
                {
                    var cc = Path.GetFileNameWithoutExtension(existing);
                    foreach (var p in GazetteerFile.Read(existing).Places) ids.Add(p.GeonameId, cc);
                }

                ids.Seal();
                foreach (var file in altFiles)
                {
                    foreach (var (lineNo, line, error) in ReadLines(file, report, progress, "alternate names"))
                    {
                        if (error is not null)
                        {
                            report.Bad(file, lineNo, error);
                            continue;
                        }

                        var cols = line!.Split('\t');
                        if (cols.Length < 4 || cols.Length > 10)
                        {
                            report.Bad(file, lineNo, $"wrong column count ({cols.Length}, expected 8 to 10)");
                            continue;
                        }

                        if (!int.TryParse(cols[1], NumberStyles.None, CultureInfo.InvariantCulture, out var id))
                        {
                            report.Bad(file, lineNo, $"non-numeric geonameid '{cols[1]}'");
                            continue;
                        }

                        if (SkippedAltLanguages.Contains(cols[2]) || !AlternateNames.IsUseful(cols[3]) || ids.CountryOf(id) is not { } cc)
                        {
                            continue;
                        }

                        Spool(cc + ".alt").WriteLine($"{id}\t{cols[3]}");
                        report.AlternateNamesAttached++;
                    }
                }
            }

            foreach (var w in writers.Values) w.Dispose();
            var countries = writers.Keys.Select(k => k[..k.IndexOf('.')]).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
            foreach (var cc in countries)
            {
                progress?.Report(new ImportProgress(cc, 0, 0, "writing"));
                var written = MergeCountry(cc, spool);
                if (written is not null) report.FilesWritten.Add(written);
            }
        }
        finally
        {
            System.IO.Directory.Delete(spool, recursive: true);
        }

        // The merged index of bundled data and overlays is written now, so the next run loads it instead of merging.
        if (report.FilesWritten.Count > 0)
        {
            progress?.Report(new ImportProgress(Gazetteer.OverlayIndexName, 0, 0, "indexing"));
            Gazetteer.WriteOverlayIndex(Path.GetDirectoryName(_dir)!);
        }

        return report;
    }

    private string? MergeCountry(string cc, string spool)
    {
        var target = Path.Combine(_dir, cc + ".sgz");
        var data = File.Exists(target) ? GazetteerFile.Read(target) : new GazetteerData();
        var byId = new Dictionary<int, RawPlace>(data.Places.Count);
        foreach (var p in data.Places) byId[p.GeonameId] = p;

        var rows = Path.Combine(spool, cc + ".rows");
        if (File.Exists(rows))
        {
            foreach (var line in File.ReadLines(rows))
            {
                if (GeoNamesRow.TryParse(line, out var p, out _)) byId[p!.GeonameId] = p;
            }
        }

        var adm = Path.Combine(spool, cc + ".adm");
        if (File.Exists(adm))
        {
            foreach (var line in File.ReadLines(adm))
            {
                if (!GeoNamesRow.TryParse(line, out var p, out _)) continue;
                if (p!.FeatureCode == "ADM1") data.Admin1Names[$"{p.CountryCode}.{p.Admin1Code}"] = p.Name;
                else data.Admin2Names[$"{p.CountryCode}.{p.Admin1Code}.{p.Admin2Code}"] = p.Name;
            }
        }

        var alt = Path.Combine(spool, cc + ".alt");
        if (File.Exists(alt))
        {
            var extra = new Dictionary<int, List<string>>();
            foreach (var line in File.ReadLines(alt))
            {
                var tab = line.IndexOf('\t');
                var id = int.Parse(line.AsSpan(0, tab), CultureInfo.InvariantCulture);
                if (!extra.TryGetValue(id, out var l)) extra[id] = l = new List<string>();
                l.Add(line[(tab + 1)..]);
            }

            foreach (var (id, names) in extra)
            {
                if (byId.TryGetValue(id, out var p))
                {
                    byId[id] = p with { AlternateNames = AlternateNames.Filter(p.Name, string.Empty, p.AlternateNames.Concat(names)), Keys = null };
                }
            }
        }

        if (byId.Count == 0 && data.Admin1Names.Count == 0 && data.Admin2Names.Count == 0)
        {
            return null;
        }

        data.Places.Clear();
        data.Places.AddRange(byId.Values.OrderBy(p => p.GeonameId));
        GazetteerFile.WriteAtomic(data, target);
        return target;
    }

    private static bool IsAlternateNamesFile(string path) =>
        Path.GetFileName(path).StartsWith("alternateNames", StringComparison.OrdinalIgnoreCase);

    /// <summary>Country codes become file names, so anything but two ASCII letters goes to one "XX" bucket.</summary>
    private static string SafeCountry(string cc) =>
        cc.Length == 2 && char.IsAsciiLetterUpper(cc[0]) && char.IsAsciiLetterUpper(cc[1]) ? cc : "XX";

    /// <summary>Lines of a file as strict UTF-8; a line with invalid bytes comes back as an error instead of mojibake.</summary>
    private static IEnumerable<(long LineNo, string? Line, string? Error)> ReadLines(string file, ImportReport report, IProgress<ImportProgress>? progress, string phase)
    {
        var strict = new UTF8Encoding(false, throwOnInvalidBytes: true);
        using var fs = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        var total = fs.Length;
        var buffer = new byte[1 << 16];
        var line = new List<byte>(512);
        var lineBuf = new byte[4096];
        long lineNo = 0;
        long lastReport = 0;
        int read;
        var name = Path.GetFileName(file);
        while (true)
        {
            read = fs.Read(buffer, 0, buffer.Length);
            var start = 0;
            for (var i = 0; i < read; i++)
            {
                if (buffer[i] != (byte)'\n') continue;
                line.AddRange(new ReadOnlySpan<byte>(buffer, start, i - start));
                start = i + 1;
                lineNo++;
                var decoded = Decode(line, ref lineBuf, strict);
                line.Clear();
                if (decoded.Line is { Length: 0 }) continue;
                yield return (lineNo, decoded.Line, decoded.Error);
            }

            if (read <= 0)
            {
                if (line.Count > 0)
                {
                    lineNo++;
                    var decoded = Decode(line, ref lineBuf, strict);
                    line.Clear();
                    if (decoded.Line is not { Length: 0 }) yield return (lineNo, decoded.Line, decoded.Error);
                }

                break;
            }

            line.AddRange(new ReadOnlySpan<byte>(buffer, start, read - start));
            if (progress is not null && fs.Position - lastReport > (1 << 22))
            {
                lastReport = fs.Position;
                progress.Report(new ImportProgress(name, fs.Position, total, phase));
            }
        }

        progress?.Report(new ImportProgress(name, total, total, phase));
    }

    private static (string? Line, string? Error) Decode(List<byte> bytes, ref byte[] buf, UTF8Encoding strict)
    {
        var n = bytes.Count;
        if (n > 0 && bytes[n - 1] == (byte)'\r') n--;
        if (buf.Length < n) buf = new byte[Math.Max(n, buf.Length * 2)];
        bytes.CopyTo(0, buf, 0, n);
        try
        {
            return (strict.GetString(buf, 0, n), null);
        }
        catch (DecoderFallbackException e)
        {
            return (null, $"non-UTF-8 bytes at byte {e.Index}");
        }
    }

    /// <summary>geonameid → country, compact enough for the twelve million ids of the world file.</summary>
    private sealed class IdRouter
    {
        private readonly List<string> _countries = new();
        private readonly Dictionary<string, byte> _index = new(StringComparer.Ordinal);
        private int[] _ids = new int[1024];
        private byte[] _cc = new byte[1024];
        private int _n;

        public void Add(int id, string cc)
        {
            if (!_index.TryGetValue(cc, out var ci))
            {
                ci = (byte)_countries.Count;
                _countries.Add(cc);
                _index[cc] = ci;
            }

            if (_n == _ids.Length)
            {
                Array.Resize(ref _ids, _n * 2);
                Array.Resize(ref _cc, _n * 2);
            }

            _ids[_n] = id;
            _cc[_n++] = ci;
        }

        public void Seal() => Array.Sort(_ids, _cc, 0, _n);

        public string? CountryOf(int id)
        {
            var i = Array.BinarySearch(_ids, 0, _n, id);
            return i >= 0 ? _countries[_cc[i]] : null;
        }
    }
}

// Extracts village-level places and admin areas from a bare whosonfirst-data-admin-<cc> git directory into the gazetteer TSV.
// Usage: dotnet run --file ExtractWof.cs -- --repo <gitdir> --cc ID --out <file.tsv.gz> [--keep-superseded] [--scripts latin,arabic,cyrillic]
// Output matches /work/shared/gazetteer/wof-localities-*.tsv.gz column for column (checked row for row against SY, CO and NG).
using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.Json;

var opts = new Dictionary<string, string>();
for (var i = 0; i < args.Length; i++)
{
    var key = args[i].TrimStart('-');
    // Flags without a value are switches; everything else takes the next argument.
    opts[key] = key == "keep-superseded" ? "true" : args[++i];
}

if (!opts.TryGetValue("repo", out var repo) || !opts.TryGetValue("cc", out var cc) || !opts.TryGetValue("out", out var outPath))
{
    Console.Error.WriteLine("usage: ExtractWof.cs --repo <bare git dir> --cc <ISO2> --out <file.tsv.gz> [--keep-superseded] [--scripts latin,arabic,cyrillic]");
    return 2;
}

cc = cc.ToUpperInvariant();
// The shared extract keeps one superseded-but-not-deprecated record in NG; by default we drop superseded records as well.
var keepSuperseded = opts.ContainsKey("keep-superseded");
// Optional size saver: keep alternate names only when every letter is in one of these scripts.
var scripts = opts.TryGetValue("scripts", out var s) ? s.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(x => x.Trim().ToLowerInvariant()).ToHashSet() : null;

string[] keptPlacetypes = ["locality", "localadmin", "neighbourhood", "borough", "county", "region", "macrocounty", "macroregion"];

// List blobs in tree order: the shared files are written in `git ls-tree` (path) order, so we keep it.
var blobs = new List<string>();
foreach (var entry in Git(repo, "ls-tree -r -z HEAD").Split('\0', StringSplitOptions.RemoveEmptyEntries))
{
    var tab = entry.IndexOf('\t');
    var path = entry[(tab + 1)..];
    var file = Path.GetFileName(path);
    // Skip alternate geometries (<id>-alt-<source>.geojson): they carry no properties of their own.
    if (path.StartsWith("data/", StringComparison.Ordinal) && file.EndsWith(".geojson", StringComparison.Ordinal) && file[..^8].All(char.IsAsciiDigit))
    {
        blobs.Add(entry[..tab].Split(' ')[2]);
    }
}

// Names of every record, deprecated ones included, so admin1/admin2 resolve like the shared extract does.
var names = new Dictionary<long, string>();
var rows = new List<Row>();

var psi = new ProcessStartInfo("git", ["--git-dir", repo, "cat-file", "--batch"])
{
    RedirectStandardInput = true,
    RedirectStandardOutput = true,
    UseShellExecute = false,
};
using (var proc = Process.Start(psi)!)
{
    // Feed ids on another task so git never blocks on a full stdout pipe while we are still writing.
    var feeder = Task.Run(() =>
    {
        foreach (var sha in blobs)
        {
            proc.StandardInput.Write(sha);
            proc.StandardInput.Write('\n');
        }
        proc.StandardInput.Close();
    });

    var stdout = new BufferedStream(proc.StandardOutput.BaseStream, 1 << 20);
    for (var n = 0; n < blobs.Count; n++)
    {
        var header = ReadLine(stdout).Split(' ');
        if (header.Length < 3)
        {
            throw new InvalidDataException($"git cat-file: {string.Join(' ', header)}");
        }
        var body = new byte[int.Parse(header[2], CultureInfo.InvariantCulture)];
        stdout.ReadExactly(body);
        stdout.ReadByte(); // newline after each object
        Parse(body);
    }
    feeder.Wait();
    proc.WaitForExit();
}

var counts = new SortedDictionary<string, int>();
using (var gz = new GZipStream(File.Create(outPath), CompressionLevel.SmallestSize))
using (var w = new StreamWriter(gz, new UTF8Encoding(false)) { NewLine = "\n" })
{
    w.WriteLine("wof_id\tgn_id\tcc\tplacetype\tgn_fcode\tis_current\tlat\tlon\tpopulation\tadmin1\tadmin2\tname\taltnames");
    foreach (var r in rows)
    {
        var admin1 = r.RegionId is { } rid && names.TryGetValue(rid, out var a1) ? a1 : "";
        var admin2 = r.CountyId is { } cid && names.TryGetValue(cid, out var a2) ? a2 : "";
        w.WriteLine(string.Join('\t', r.Id.ToString(CultureInfo.InvariantCulture), r.GnId, cc, r.Placetype, r.FeatureCode, r.IsCurrent,
            r.Lat, r.Lon, r.Population, Clean(admin1), Clean(admin2), Clean(r.Name), r.AltNames));
        counts[r.Placetype] = counts.GetValueOrDefault(r.Placetype) + 1;
    }
}

Console.Error.WriteLine($"{cc}: {rows.Count} rows from {blobs.Count} records ({string.Join(", ", counts.Select(c => $"{c.Key} {c.Value}"))})");
return 0;

void Parse(byte[] body)
{
    using var doc = JsonDocument.Parse(body);
    if (!doc.RootElement.TryGetProperty("properties", out var p) || !p.TryGetProperty("wof:id", out var idEl))
    {
        return;
    }
    var id = idEl.GetInt64();
    var name = Str(p, "wof:name");
    names[id] = name;

    var placetype = Str(p, "wof:placetype");
    if (!keptPlacetypes.Contains(placetype)
        || Str(p, "edtf:deprecated") != ""
        || (!keepSuperseded && p.TryGetProperty("wof:superseded_by", out var sup) && sup.ValueKind == JsonValueKind.Array && sup.GetArrayLength() > 0))
    {
        return;
    }

    long? regionId = null, countyId = null;
    // Only the first hierarchy counts, as in the shared extract; places on disputed borders have several.
    if (p.TryGetProperty("wof:hierarchy", out var hs) && hs.ValueKind == JsonValueKind.Array && hs.GetArrayLength() > 0)
    {
        var h = hs[0];
        if (h.TryGetProperty("region_id", out var r) && r.ValueKind == JsonValueKind.Number) regionId = r.GetInt64();
        if (h.TryGetProperty("county_id", out var c) && c.ValueKind == JsonValueKind.Number) countyId = c.GetInt64();
    }

    // GeoNames' own id wins over the concordance: WOF sometimes concords a neighbouring GeoNames record.
    var gnId = Scalar(p, "gn:geonameid");
    if (gnId == "" && p.TryGetProperty("wof:concordances", out var conc) && conc.ValueKind == JsonValueKind.Object)
    {
        gnId = Scalar(conc, "gn:id");
    }

    // GeoNames population first (the shared extract prefers it), then WOF's; zero means unknown and stays empty.
    var population = Scalar(p, "gn:population");
    if (population == "") population = Scalar(p, "wof:population");

    // Alternate names: every name:* list in file order (WOF sorts keys), trimmed, without the main name or repeats.
    var seen = new HashSet<string>(StringComparer.Ordinal) { name };
    var alts = new List<string>();
    foreach (var prop in p.EnumerateObject())
    {
        if (!prop.Name.StartsWith("name:", StringComparison.Ordinal)) continue;
        IEnumerable<JsonElement> values = prop.Value.ValueKind == JsonValueKind.Array ? prop.Value.EnumerateArray() : [prop.Value];
        foreach (var v in values)
        {
            if (v.ValueKind != JsonValueKind.String) continue;
            var alt = Clean(v.GetString()!).Trim();
            if (alt != "" && (scripts is null || InScripts(alt)) && seen.Add(alt)) alts.Add(alt);
        }
    }

    rows.Add(new Row(id, gnId, placetype, Str(p, "gn:feature_code"), Scalar(p, "mz:is_current", keepZero: true),
        Coord(p, "geom:latitude"), Coord(p, "geom:longitude"), population, regionId, countyId, name, string.Join('|', alts)));
}

bool InScripts(string text)
{
    foreach (var ch in text)
    {
        if (!char.IsLetter(ch)) continue;
        var script = ch < 0x0250 || (ch >= 0x1E00 && ch < 0x1F00) ? "latin"
            : (ch >= 0x0600 && ch < 0x0780) || (ch >= 0x08A0 && ch < 0x0900) || (ch >= 0xFB50 && ch < 0xFE00) || (ch >= 0xFE70 && ch < 0xFF00) ? "arabic"
            : (ch >= 0x0400 && ch < 0x0530) || (ch >= 0x2DE0 && ch < 0x2E00) || (ch >= 0xA640 && ch < 0xA6A0) ? "cyrillic"
            : "other";
        if (!scripts!.Contains(script)) return false;
    }
    return true;
}

static string Str(JsonElement p, string key) =>
    p.TryGetProperty(key, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString()! : "";

// Numbers are written as WOF stores them (raw JSON text), so "1234" stays "1234" and ids never go through a double.
static string Scalar(JsonElement p, string key, bool keepZero = false)
{
    if (!p.TryGetProperty(key, out var v)) return "";
    var text = v.ValueKind switch
    {
        JsonValueKind.Number => v.GetRawText(),
        JsonValueKind.String => v.GetString()!.Trim(),
        _ => "",
    };
    return !keepZero && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && d == 0 ? "" : text;
}

// Five decimals with trailing zeros dropped but one kept after the point ("36.0"), as in the shared extract.
static string Coord(JsonElement p, string key)
{
    if (!p.TryGetProperty(key, out var v) || v.ValueKind != JsonValueKind.Number) return "";
    var text = v.GetDouble().ToString("F5", CultureInfo.InvariantCulture).TrimEnd('0');
    return text.EndsWith('.') ? text + "0" : text;
}

// Tabs and newlines would break the TSV and '|' separates alternate names, so none may survive in a field.
static string Clean(string text) => text.Replace('|', '/').Replace('\t', ' ').Replace('\n', ' ').Replace('\r', ' ');

static string ReadLine(Stream s)
{
    var bytes = new List<byte>();
    int b;
    while ((b = s.ReadByte()) is not -1 and not '\n') bytes.Add((byte)b);
    return Encoding.UTF8.GetString(bytes.ToArray());
}

static string Git(string gitDir, string arguments)
{
    var psi = new ProcessStartInfo("git", $"--git-dir \"{gitDir}\" {arguments}") { RedirectStandardOutput = true, UseShellExecute = false };
    using var proc = Process.Start(psi)!;
    var output = proc.StandardOutput.ReadToEnd();
    proc.WaitForExit();
    return proc.ExitCode == 0 ? output : throw new InvalidOperationException($"git {arguments} failed in {gitDir}");
}

record Row(long Id, string GnId, string Placetype, string FeatureCode, string IsCurrent, string Lat, string Lon, string Population,
    long? RegionId, long? CountyId, string Name, string AltNames);

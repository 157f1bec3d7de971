#:project ../../src/Sitrep.Core/Sitrep.Core.csproj
// Builds the bundled gazetteer index from GeoNames cities500 plus admin and country name tables.
// Run through build.sh, which fetches the pinned inputs; the parsing and filtering live in Sitrep.Core so
// the bundled file and `sitrep gazetteer import` treat GeoNames rows identically.
using System.Text.Json;
using Sitrep.Core.Geocoding;

var opts = new Dictionary<string, string>();
for (var i = 0; i + 1 < args.Length; i += 2)
{
    opts[args[i].TrimStart('-')] = args[i + 1];
}

var data = new GazetteerData();

foreach (var line in File.ReadLines(opts["countries"]).Skip(1))
{
    // countries.csv quotes every field; names hold no quotes or commas inside quotes except a few we keep whole.
    var fields = ParseCsv(line);
    if (fields.Count >= 3 && fields[0].Length == 2)
    {
        data.Countries[fields[0]] = fields[1];
        if (fields[2] != fields[1])
        {
            data.CountryAlternates[fields[0]] = [fields[2]];
        }
    }
}

foreach (var (table, file) in new[] { (data.Admin1Names, opts["admin1"]), (data.Admin2Names, opts["admin2"]) })
{
    using var doc = JsonDocument.Parse(File.ReadAllBytes(file));
    foreach (var e in doc.RootElement.EnumerateArray())
    {
        table[e.GetProperty("code").GetString()!] = e.GetProperty("name").GetString()!;
    }
}

var bad = 0;
var lineNo = 0;
foreach (var line in File.ReadLines(opts["cities"]))
{
    lineNo++;
    if (GeoNamesRow.TryParse(line, out var place, out var error))
    {
        data.Places.Add(place!);
    }
    else
    {
        bad++;
        Console.Error.WriteLine($"line {lineNo}: {error}");
    }
}

// Village-level places from Who's On First, merged onto the GeoNames rows (see GazetteerMerge for the rules).
if (opts.TryGetValue("wof", out var wofList))
{
    var files = wofList.Split(',', StringSplitOptions.RemoveEmptyEntries);
    var rows = files.SelectMany(f => WhosOnFirstRow.ReadFile(f, e => { bad++; Console.Error.WriteLine(e); }));
    var report = GazetteerMerge.Merge(data, rows);
    Console.WriteLine($"who's on first: {string.Join(", ", files.Select(Path.GetFileName))}: {report}");
}

// The index holds everything Gazetteer searches (key and admin hash tables, district seats, per-country key lists),
// so building it here is what keeps a load from building anything.
using (var fs = File.Create(opts["out"]))
{
    GazetteerIndexFile.Write(data, fs);
}

Console.WriteLine($"places {data.Places.Count}, alternate names {data.Places.Sum(p => p.AlternateNames.Count)}, admin1 {data.Admin1Names.Count}, admin2 {data.Admin2Names.Count}, countries {data.Countries.Count}, bad rows {bad}");
return 0;

static List<string> ParseCsv(string line)
{
    var fields = new List<string>();
    var sb = new System.Text.StringBuilder();
    var quoted = false;
    for (var i = 0; i < line.Length; i++)
    {
        var c = line[i];
        if (quoted)
        {
            if (c == '"' && i + 1 < line.Length && line[i + 1] == '"') { sb.Append('"'); i++; }
            else if (c == '"') { quoted = false; }
            else { sb.Append(c); }
        }
        else if (c == '"') { quoted = true; }
        else if (c == ',') { fields.Add(sb.ToString()); sb.Clear(); }
        else { sb.Append(c); }
    }

    fields.Add(sb.ToString());
    return fields;
}

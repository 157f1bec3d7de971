using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Sitrep.Bench;

/// <summary>Writes varied, synthetic, news-length conflict reports (deterministic for a seed) for ingest benchmarks and crash tests.</summary>
/// <remarks>
/// Every sentence pattern here was written for Sitrep. Places are real towns so the geocoder has work to do; actors,
/// numbers, weapons, dates and the order of paragraphs vary per report, and some reports retell an earlier incident
/// from another outlet with another toll, so merging has work to do too.
/// </remarks>
public sealed class ReportGenerator(int seed)
{
    private static readonly (string Country, string[] Towns, string Region)[] Theatres =
    [
        ("Syria", ["Idlib", "Jisr al-Shughur", "Maarat al-Numan", "Saraqib", "Ariha", "Deir ez-Zor", "Al Bab", "Manbij", "Raqqa", "Daraa", "Homs", "Tadmur"], "Idlib countryside"),
        ("Yemen", ["Marib", "Taiz", "Hodeidah", "Sanaa", "Aden", "Saada", "Al Bayda", "Mokha"], "Marib governorate"),
        ("Somalia", ["Mogadishu", "Kismayo", "Baidoa", "Beledweyne", "Afgooye", "Jowhar", "Bulo Burte"], "Lower Shabelle region"),
        ("Kenya", ["Mandera", "Garissa", "Lamu", "Wajir", "Mpeketoni", "Elwak"], "Mandera County"),
        ("Afghanistan", ["Kandahar", "Lashkar Gah", "Kunduz", "Ghazni", "Jalalabad", "Herat"], "Helmand province"),
        ("Ukraine", ["Bakhmut", "Avdiivka", "Kherson", "Kharkiv", "Pokrovsk", "Toretsk"], "Donetsk region"),
    ];

    private static readonly Dictionary<string, (string Attacker, string Target)[]> Sides = new()
    {
        ["Syria"] = [("Syrian government forces", "Hayat Tahrir al-Sham fighters"), ("Russian warplanes", "civilians"), ("Islamic State militants", "Syrian Democratic Forces"), ("Turkish-backed Syrian National Army fighters", "Kurdish YPG fighters")],
        ["Yemen"] = [("Houthi fighters", "government forces"), ("Saudi-led coalition aircraft", "civilians"), ("al-Qaeda militants", "Southern Transitional Council forces")],
        ["Somalia"] = [("Al-Shabaab militants", "Somali National Army troops"), ("unidentified gunmen", "civilians"), ("AMISOM troops", "Al-Shabaab fighters")],
        ["Kenya"] = [("Suspected al-Shabaab militants", "police officers"), ("unidentified gunmen", "civilians"), ("Kenya Defence Forces", "al-Shabaab militants")],
        ["Afghanistan"] = [("Taliban fighters", "Afghan security forces"), ("Islamic State Khorasan militants", "civilians"), ("Afghan army troops", "Taliban fighters")],
        ["Ukraine"] = [("Russian forces", "Ukrainian troops"), ("Russian artillery", "civilians"), ("Ukrainian forces", "Russian positions")],
    };

    private static readonly string[] Numbers = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "a dozen", "at least 4", "at least 11", "over 20", "dozens of"];

    private static readonly string[] Outlets = ["Frontline Daily", "Regional Wire", "Monitor Network", "Crisis Desk", "Field Dispatch", "Evening Courier", "Border Post", "Radio Horizon"];

    private static readonly string[] Weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

    private readonly Random _rng = new(seed);
    private readonly List<(string Country, string Town, DateOnly Date, string Attacker, string Target)> _told = new();

    /// <summary>The next report, as a JSONL document object (id, published, source, text).</summary>
    public (string Id, DateOnly Published, string Source, string Text) Next(int index)
    {
        var outlet = Pick(Outlets);
        // One report in five retells an incident already told, with its own wording and toll.
        (string Country, string Town, DateOnly Date, string Attacker, string Target) incident;
        if (_told.Count > 10 && _rng.Next(5) == 0)
        {
            incident = _told[_rng.Next(_told.Count)];
        }
        else
        {
            var (country, towns, _) = Pick(Theatres);
            var (attacker, target) = Pick(Sides[country]);
            incident = (country, Pick(towns), new DateOnly(2023, 1, 1).AddDays(_rng.Next(700)), attacker, target);
            _told.Add(incident);
        }

        var published = incident.Date.AddDays(_rng.Next(0, 3));
        var sb = new StringBuilder();
        var theatre = Theatres.First(t => t.Country == incident.Country);
        var when = WhenPhrase(incident.Date, published);
        var killed = Pick(Numbers);
        var hurt = Pick(Numbers);
        sb.Append(_rng.Next(4) switch
        {
            0 => $"{Cap(killed)} people were killed and {hurt} wounded when {incident.Attacker} attacked {incident.Target} in {incident.Town} {when}, {outlet} reported.",
            1 => $"{Cap(incident.Attacker)} clashed with {incident.Target} near {incident.Town} in {incident.Country} {when}, leaving {killed} dead.",
            2 => $"{Cap(incident.Attacker)} shelled positions held by {incident.Target} on the outskirts of {incident.Town} {when}. Local sources said {killed} people died and {hurt} were injured.",
            _ => $"An air strike by {incident.Attacker} hit a market in {incident.Town}, {theatre.Region}, {when}, killing {killed} and injuring {hurt}, according to medical sources.",
        });
        sb.Append("\n\n");
        // Background, statements and context of news length: these must not become events.
        var fillers = new[]
        {
            $"The area has seen repeated fighting since a ceasefire agreed in {incident.Date.AddMonths(-8):MMMM yyyy} broke down.",
            $"A spokesman for {incident.Target} accused {incident.Attacker} of violating earlier commitments and warned that any further attack would be answered.",
            $"Residents of {incident.Town} said many families had fled towards safer villages in recent weeks, and aid groups called for access to the wounded.",
            $"It was not possible to verify the figures independently. Other sources gave a different account of what happened.",
            $"Officials in {incident.Country} have promised an investigation, but similar inquiries in the past have rarely been published.",
            $"Analysts said the incident could complicate talks expected to resume next month.",
        };
        foreach (var f in fillers.OrderBy(_ => _rng.Next()).Take(_rng.Next(2, 6)))
        {
            sb.Append(f).Append(' ');
        }

        return ($"synthetic-{seed}-{index:D7}", published, outlet, sb.ToString().TrimEnd());
    }

    /// <summary>Writes <paramref name="count"/> reports as JSONL.</summary>
    public void WriteJsonl(string path, int count)
    {
        using var w = new StreamWriter(path, false, new UTF8Encoding(false));
        for (var i = 0; i < count; i++)
        {
            var (id, published, source, text) = Next(i);
            w.WriteLine(JsonSerializer.Serialize(new Dictionary<string, string>
            {
                ["id"] = id,
                ["published"] = published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                ["source"] = source,
                ["text"] = text,
            }));
        }
    }

    private string WhenPhrase(DateOnly date, DateOnly published)
    {
        var gap = published.DayNumber - date.DayNumber;
        return (_rng.Next(3), gap) switch
        {
            (0, 1) => "yesterday",
            (1, _) when gap is > 0 and < 7 => "on " + Weekdays[((int)date.DayOfWeek + 6) % 7],
            (0, 0) => "on " + date.ToString("MMMM d", CultureInfo.InvariantCulture),
            _ => "on " + date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture),
        };
    }

    private T Pick<T>(IReadOnlyList<T> items) => items[_rng.Next(items.Count)];

    private static string Cap(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];
}

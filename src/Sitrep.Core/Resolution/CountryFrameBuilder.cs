using System.Buffers;
using System.Text.RegularExpressions;
using Sitrep.Core.Acled;
using Sitrep.Core.Annotation;
using Sitrep.Core.Geocoding;
using Sitrep.Core.Lexicons;

namespace Sitrep.Core.Resolution;

/// <summary>Decides a report's <see cref="CountryFrame"/> from its annotations, once per report, before any place is resolved.</summary>
/// <remarks>
/// Weights: a country named as the place of events 3 (at most two such mentions count), a dateline 3, a province name
/// 2.5 shared among the countries that have it, a place name one vote spread over its countries; a country named as a
/// participant 0.75, a demonym 0.4, a word only one country uses 0.4, an armed group's home 0.5 (each capped), the outlet 1 (an outlet that covers one
/// country, such as a national monitor, is a better guide than a foreign group fighting there). The words that make a
/// country name a place ("in", "northern", "Syria's Idlib") and the dateline shapes are in data/lexicons/en/frame.tsv.
/// A country a side comes from ("raiders from Uganda", "Ethiopian raiders") weighs as a participant but opens no country of its own.
/// A province of one country named right after a place ("in Acapulco, Guerrero") opens its country as "Hatay province" does.
/// </remarks>
public sealed class CountryFrameBuilder(ActorTable actors, Geocoder geocoder)
{
    private static readonly Lazy<FramePatterns> Patterns = new(FramePatterns.Load);

    // The events of a report are resolved one after another, so the last report's frame is the only one worth keeping;
    // a weak table per report cost more than building did. The pair is swapped whole, so threads never see a torn one.
    private sealed record LastFrame(DocumentAnnotations Doc, CountryFrame Frame);

    private LastFrame? _last;

    private Func<string, string, bool>? _near, _adjacent;

    /// <summary>The report's frame (memoised for the latest report: every event of a report shares it).</summary>
    public CountryFrame FrameOf(DocumentAnnotations doc)
    {
        if (Volatile.Read(ref _last) is { } last && ReferenceEquals(last.Doc, doc)) return last.Frame;
        var frame = Build(doc);
        Volatile.Write(ref _last, new LastFrame(doc, frame));
        return frame;
    }

    // The evidence is gathered in the thread's own list, then copied once, capped, into the frame's.
    private CountryFrame Build(DocumentAnnotations doc)
    {
        var evidence = ThreadScratch<List<FrameEvidence>>.Take(static () => []);
        try
        {
            Gather(doc, evidence);
            // The tests made once, not as new delegates for every report.
            _near ??= geocoder.Extents.Near;
            _adjacent ??= geocoder.Extents.Adjacent;
            return CountryFrame.Decide(Capped(evidence), _near, _adjacent);
        }
        finally
        {
            evidence.Clear();
            ThreadScratch<List<FrameEvidence>>.Give(evidence);
        }
    }

    private void Gather(DocumentAnnotations doc, List<FrameEvidence> evidence)
    {
        var text = doc.Text.Text;
        var p = Patterns.Value;

        foreach (var m in doc.Countries)
        {
            // "Benin City", "Djibouti Town", "Kuwait City": the country's name inside a town's.
            if (p.IsInsideTownName(text, m.Span.End)) continue;

            // "Madaka (Rafi LGA, Niger)", "in Niger State": a country's name in a province's slot names the province of
            // another country that is spelled so, and opens that country.
            if (!m.IsDemonym && p.IsProvinceSlot(text, m.Span.Start, m.Span.End)
                && geocoder.NamesakeProvinceCountry(Surface(text, m.Span), m.Country.Iso2) is { } provinceOf)
            {
                evidence.Add(ProvinceNamed(provinceOf, Surface(text, m.Span), m.Span.Start));
                continue;
            }

            if (m.IsDemonym)
            {
                // "Ethiopian raiders", "Somali refugees": a nationality told of armed men or of people abroad says who they
                // are, not where they were.
                evidence.Add(new FrameEvidence(m.Country.Iso2, FrameEvidenceKind.Demonym, 0.4, Surface(text, m.Span), m.Span.Start, OpensFrame: !p.IsOriginAfter(text, m.Span.End)));
                continue;
            }

            // "Attackers from Sudan": where a side comes from says who, not where; that country comes in only if other
            // words put events there.
            if (p.IsOrigin(text, m.Span.Start))
            {
                evidence.Add(new FrameEvidence(m.Country.Iso2, FrameEvidenceKind.CountryAsActor, 0.75, Surface(text, m.Span), m.Span.Start, OpensFrame: false));
                continue;
            }

            var asPlace = p.IsPlaceContext(text, m.Span.Start, m.Span.End, doc.Places);
            evidence.Add(new FrameEvidence(m.Country.Iso2, asPlace ? FrameEvidenceKind.CountryAsPlace : FrameEvidenceKind.CountryAsActor, asPlace ? 3 : 0.75, Surface(text, m.Span), m.Span.Start));
        }

        if (p.Dateline(text) is { } dateline)
        {
            var places = geocoder.FrameEvidenceOf([new PlaceMention(dateline.Value, dateline.Index, dateline.Index + dateline.Length, PlaceRelation.In)]);
            // A dateline names a town a reporter files from: only a clear, prominent one says which country.
            foreach (var e in places.Where(e => e.OpensFrame && e.Weight >= 0.5))
            {
                evidence.Add(e with { Kind = FrameEvidenceKind.Dateline, Weight = 3 });
            }
        }

        var datelineSpan = -1;
        foreach (var e in evidence)
        {
            if (e.Kind != FrameEvidenceKind.Dateline) continue;
            datelineSpan = e.Start;
            break;
        }
        geocoder.AddFrameEvidence(doc.Places, datelineSpan, evidence);

        // "in Acapulco, Guerrero": a province named right after a place is where the place is, as "in Mandera, Kenya" is.
        foreach (var pl in doc.Places)
        {
            if (p.ProvinceAfter(text, pl.End) is not { } province) continue;
            if (geocoder.ProvinceCountry(province.Name) is not { } cc) continue;
            evidence.Add(ProvinceNamed(cc, province.Name, province.Start));
        }

        foreach (var a in doc.Actors)
        {
            // Only a group named by a proper name says where it fights ("HTS", "Nour al-Din al-Zinki"); a description
            // that one country's row happens to list ("pro-government forces", "militiamen") says nothing.
            if (!IsProperName(a.Surface)) continue;
            // One home among the named rows (not generic, not a state force), read in one pass.
            string? homeCode = null;
            var oneHome = true;
            var nonStateArmed = true;
            var rows = a.Candidates;
            for (var i = 0; i < rows.Count; i++)
            {
                var c = rows[i];
                if (c.IsGeneric || c.Country.Length == 0 || c.IsStateForce || c.Synthetic) continue;
                if (homeCode is null) homeCode = c.Country;
                else if (homeCode != c.Country) oneHome = false;
                if (!InterCode.IsNonStateArmedName(c.Inter)) nonStateArmed = false;
            }
            if (homeCode is null || !oneHome || actors.Country(homeCode) is not { } home) continue;
            evidence.Add(new FrameEvidence(home.Iso2, FrameEvidenceKind.ActorHome, 0.5, a.Surface, a.Span.Start) { NonStateArmed = nonStateArmed });
        }

        // "Kibaki's re-election", "a matatu strike": a word only one country's reporting uses says as much as a demonym.
        foreach (var (country, word, index) in NationalWords.FirstUses(text))
        {
            if (actors.Country(country) is { } home)
                evidence.Add(new FrameEvidence(home.Iso2, FrameEvidenceKind.NationalWord, 0.4, word, index));
        }

        if (doc.SourceCountry is { } outlet)
        {
            evidence.Add(new FrameEvidence(outlet.Iso2, FrameEvidenceKind.Outlet, 1.0, doc.Document.Source ?? outlet.Name));
        }
    }

    /// <summary>A province the text names as written, in its slot: it opens its country, as "Hatay province" does.</summary>
    private static FrameEvidence ProvinceNamed(string countryCode, string name, int start) =>
        new(countryCode, FrameEvidenceKind.AdminName, 2.5, name, start, OpensFrame: true, Explicit: true) { SpelledAsWritten = true, SpelledExactly = true };

    /// <summary>Repetition adds little: a country named ten times is not ten times as likely.</summary>
    private static readonly Dictionary<FrameEvidenceKind, double> Caps = new()
    {
        [FrameEvidenceKind.CountryAsPlace] = 6,
        [FrameEvidenceKind.CountryAsActor] = 1.5,
        [FrameEvidenceKind.Demonym] = 1.2,
        [FrameEvidenceKind.ActorHome] = 1.0,
    };

    private static List<FrameEvidence> Capped(List<FrameEvidence> evidence)
    {
        // A few countries and kinds a report: the sums are kept in a short list rather than a table.
        List<(string Country, FrameEvidenceKind Kind, double Used)>? used = null;
        var result = new List<FrameEvidence>(evidence.Count);
        foreach (var e in evidence)
        {
            if (!Caps.TryGetValue(e.Kind, out var cap))
            {
                result.Add(e);
                continue;
            }

            used ??= [];
            var at = -1;
            for (var i = 0; i < used.Count; i++)
            {
                if (used[i].Kind != e.Kind || used[i].Country != e.CountryCode) continue;
                at = i;
                break;
            }
            var so = at < 0 ? 0 : used[at].Used;
            var w = Math.Min(e.Weight, cap - so);
            if (w <= 0) continue;
            if (at < 0) used.Add((e.CountryCode, e.Kind, so + w));
            else used[at] = (e.CountryCode, e.Kind, so + w);
            // Evidence under its cap is kept as it is (a copy would be the same record).
            result.Add(w == e.Weight ? e : e with { Weight = w });
        }

        return result;
    }

    private static string Surface(string text, Text.TextSpan span) => text[span.Start..span.End];

    /// <summary>True when some word of the mention is capitalised and not a word any description of a side uses.</summary>
    private static bool IsProperName(string surface)
    {
        // Every actor mention of every report asks, so the words are read in place rather than split out.
        var descriptive = Patterns.Value.Descriptive.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var range in surface.AsSpan().SplitAny(NameSeparators))
        {
            var word = surface.AsSpan(range);
            if (word.Length > 0 && char.IsUpper(word[0]) && !descriptive.Contains(word)) return true;
        }

        return false;
    }

    private static readonly SearchValues<char> NameSeparators = SearchValues.Create(" -'’");

    /// <summary>The patterns of data/lexicons/en/frame.tsv.</summary>
    private sealed class FramePatterns
    {
        private readonly List<TieredRegex> _before = new();
        private readonly List<TieredRegex> _after = new();
        private readonly List<TieredRegex> _origin = new();
        private readonly List<TieredRegex> _originAfter = new();
        private readonly List<TieredRegex> _provinceAfter = new();
        private readonly List<TieredRegex> _datelines = new();
        private readonly List<TieredRegex> _townAfter = new();
        private readonly List<TieredRegex> _provinceSlotBefore = new();
        private readonly List<TieredRegex> _provinceSlotAfter = new();

        /// <summary>Words any description of a side uses (kind=descriptive-words).</summary>
        public HashSet<string> Descriptive { get; } = new(StringComparer.OrdinalIgnoreCase);

        public static FramePatterns Load()
        {
            var p = new FramePatterns();
            foreach (var (line, cells) in LexiconFile.Read("frame.tsv"))
            {
                var kind = cells.Cell(0);
                var pattern = cells.Cell(1);
                // Every report asks these (the dateline always, the rest per country name), so they are compiled like the lexicons.
                var options = RegexCompilation.With(RegexOptions.CultureInvariant);
                switch (kind)
                {
                    case "place-before": p._before.Add(new TieredRegex(pattern, options | RegexOptions.IgnoreCase)); break;
                    case "place-after": p._after.Add(new TieredRegex(pattern, options)); break;
                    case "province-after": p._provinceAfter.Add(new TieredRegex(pattern, options)); break;
                    case "origin-before": p._origin.Add(new TieredRegex(pattern, options | RegexOptions.IgnoreCase)); break;
                    case "origin-after": p._originAfter.Add(new TieredRegex(pattern, options | RegexOptions.IgnoreCase)); break;
                    case "dateline": p._datelines.Add(new TieredRegex(pattern, options)); break;
                    case "town-after": p._townAfter.Add(new TieredRegex(pattern, options)); break;
                    case "province-slot-before": p._provinceSlotBefore.Add(new TieredRegex(pattern, options)); break;
                    case "province-slot-after": p._provinceSlotAfter.Add(new TieredRegex(pattern, options)); break;
                    case "descriptive-words": p.Descriptive.UnionWith(cells.List(1)); break;
                    default: throw new InvalidDataException($"frame.tsv line {line}: unknown kind '{kind}'");
                }
            }

            return p;
        }

        /// <summary>True when the words around a country name make it the place of events.</summary>
        public bool IsPlaceContext(string text, int start, int end, IReadOnlyList<PlaceMention> places)
        {
            // Every country name of every report asks: the windows are read in place, not copied out.
            var from = Math.Max(0, start - 40);
            if (AnyMatch(_before, text.AsSpan(from, start - from))) return true;
            // "in Mandera, Kenya": a country right after a place and a comma is where that place is.
            for (var i = 0; i < places.Count; i++)
            {
                var pl = places[i];
                if (pl.End <= start && start - pl.End <= 2 && text.AsSpan(pl.End, start - pl.End).Trim() is [',']) return true;
            }
            var after = text.AsSpan(end, Math.Min(text.Length, end + 30) - end);
            foreach (var r in _after)
            {
                // The first match, as Match would find it.
                foreach (var m in r.Current.EnumerateMatches(after))
                {
                    // "Syria's Idlib": the possessive only counts before a place the annotator found, not "Turkey's Erdogan".
                    for (var i = 0; i < places.Count; i++)
                    {
                        var pl = places[i];
                        if (pl.Start >= end && pl.Start <= end + m.Length + 1) return true;
                    }
                    break;
                }
            }

            return false;
        }

        /// <summary>The province named right after a place mention ending at <paramref name="end"/>, if any.</summary>
        public (string Name, int Start)? ProvinceAfter(string text, int end)
        {
            if (end >= text.Length || text[end] != ',') return null;
            var window = text.Substring(end, Math.Min(60, text.Length - end));
            foreach (var r in _provinceAfter)
            {
                var m = r.Current.Match(window);
                if (m.Success)
                {
                    var g = m.Groups["name"];
                    return (g.Value, end + g.Index);
                }
            }

            return null;
        }

        /// <summary>True when the words right before a country name make it where a side comes from.</summary>
        public bool IsOrigin(string text, int start)
        {
            var before = text.AsSpan(Math.Max(0, start - 30), Math.Min(30, start));
            foreach (var r in _origin)
                if (r.Current.IsMatch(before)) return true;
            return false;
        }

        /// <summary>True when the words around a country name put it where a province's name goes ("Rafi LGA, Niger", "Niger State").</summary>
        public bool IsProvinceSlot(string text, int start, int end) =>
            AnyMatch(_provinceSlotBefore, text.AsSpan(Math.Max(0, start - 40), Math.Min(40, start)))
            || AnyMatch(_provinceSlotAfter, text.AsSpan(end, Math.Min(20, text.Length - end)));

        // Asked of every country name: a loop, not a query with a closure over the text.
        private static bool AnyMatch(List<TieredRegex> patterns, ReadOnlySpan<char> window)
        {
            foreach (var r in patterns)
            {
                if (r.Current.IsMatch(window)) return true;
            }
            return false;
        }

        /// <summary>True when the words right after a demonym make it the nationality of a side from abroad.</summary>
        public bool IsOriginAfter(string text, int end) => AnyMatch(_originAfter, text.AsSpan(end, Math.Min(30, text.Length - end)));

        /// <summary>True when a country name is followed by a word that makes it part of a town's name.</summary>
        public bool IsInsideTownName(string text, int end) => AnyMatch(_townAfter, text.AsSpan(end, Math.Min(20, text.Length - end)));

        /// <summary>The town of the report's dateline, if it opens with one.</summary>
        public Group? Dateline(string text)
        {
            // Most reports open with no dateline: asked of the span first, the head is copied out only for one that does.
            var length = Math.Min(120, text.Length);
            foreach (var r in _datelines)
            {
                var regex = r.Current;
                if (!regex.IsMatch(text.AsSpan(0, length))) continue;
                var m = regex.Match(length < text.Length ? text[..length] : text);
                if (m.Success) return m.Groups["place"];
            }

            return null;
        }
    }
}

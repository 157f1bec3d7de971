using System.Globalization;
using System.Text;
using System.Runtime.InteropServices;

namespace Sitrep.Core.Geocoding;

/// <summary>How a mention relates the event to the named place: in it, near it, offset from it, or somewhere in an area.</summary>
public enum PlaceRelation
{
    In,
    Near,
    Offset,
    Area,
}

/// <summary>A place mention found in text by the annotator; Name is the surface name ("al-Gassaneyah", "Idlib", "Raqqa").</summary>
/// <remarks>
/// Relation: In = "in X"/"the town of X"; Near = "near/outskirts of/vicinity of X"; Offset = "12 km north of X"
/// (OffsetKm, BearingDegrees set); Area = "southern Idlib", "X countryside", "rural X", "X province", "the desert".
/// </remarks>
public sealed record PlaceMention(string Name, int Start, int End, PlaceRelation Relation, double? OffsetKm = null, double? BearingDegrees = null, string? Qualifier = null);

/// <summary>A gazetteer place considered for a mention, with its score and the reasons for it.</summary>
public sealed record GeoCandidate(Place Place, double Score, string Why);

/// <summary>The outcome for one event: ACLED geo fields, geo_precision 1/2/3, and the explanation.</summary>
public sealed record GeoResolution(
    string Country,
    string Admin1,
    string Admin2,
    string Admin3,
    string Location,
    double? Latitude,
    double? Longitude,
    int GeoPrecision,
    PlaceMention? Mention,
    GeoCandidate? Chosen,
    GeoCandidate? RunnerUp,
    string Why)
{
    /// <summary>True when the place is the one the event's own words name (not a wider place it fell back to): only such a place can tie two reports to one incident.</summary>
    public bool Specific { get; init; }
}

/// <summary>Resolves an event's place mentions to ACLED geo fields using a <see cref="Gazetteer"/> and the rest of the report as context.</summary>
public sealed partial class Geocoder
{
    private readonly Gazetteer _g;

    // Reports repeat the same few thousand place names, and every event of a report sees all of them again: what a
    // name contributes to the country vote, to the context and to a chosen place's admin2 depends on the name (or
    // place) alone, so it is worked out once. Bounded like the other memos, so a stream of new names cannot grow them without end.
    private const int MemoLimit = 200_000;
    private readonly BoundedMemo<string, (string Code, double Add)[]> _votesByName = new(MemoLimit, StringComparer.Ordinal);
    private readonly BoundedMemo<(string Name, string? Cc), (string[] Admin1Keys, Place? Anchor, Place[] Namesakes)> _contextByName = new(MemoLimit);
    private readonly BoundedMemo<Place, (string Name, double DistanceKm)?> _admin2ByPlace = new(MemoLimit, ReferenceEqualityComparer.Instance);
    private readonly BoundedMemo<(string Name, string? Cc, string Frame), (string Key, (Place Place, int Distance)[] Raw)> _candidatesByName = new(MemoLimit);
    private readonly BoundedMemo<(string Name, PlaceRelation Relation, string? Qualifier, string? Cc, string Frame), (string[] Admin1Codes, Place? Anchor)> _fenceByName = new(MemoLimit);
    private readonly BoundedMemo<string, IReadOnlyList<AdminUnit>> _fuzzyAdmins = new(MemoLimit, StringComparer.Ordinal);
    private static readonly BoundedMemo<string, string> FoldedMemo = new(MemoLimit, StringComparer.Ordinal);
    private static readonly BoundedMemo<string, string> LocationNameMemo = new(MemoLimit, StringComparer.Ordinal);

    public Geocoder(Gazetteer g)
    {
        _g = g;
        _extents = new Lazy<CountryExtents>(() => new CountryExtents(g), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    private readonly Lazy<CountryExtents> _extents;

    /// <summary>Countries' rough extents, to tell a neighbour from a namesake a continent away.</summary>
    public CountryExtents Extents => _extents.Value;

    /// <summary>
    /// Resolves the event's mentions (most specific first) in the context of every mention in the report.
    /// countryHint: ISO2 or English country name the text names (may be null); countryPriors: countries the report's
    /// actors belong to (names or ISO2, one per mention; "~Name" for a demonym), weaker evidence than a named country. Returns null only if nothing resolves.
    /// </summary>
    public GeoResolution? Resolve(IReadOnlyList<PlaceMention> eventMentions, IReadOnlyList<PlaceMention> documentMentions, string? countryHint, IReadOnlyCollection<string>? countryPriors = null)
    {
        if (eventMentions.Count == 0)
        {
            return null;
        }

        var all = new List<PlaceMention>(documentMentions.Count + eventMentions.Count);
        all.AddRange(documentMentions);
        all.AddRange(eventMentions);
        var (cc, fixedCountry) = DecideCountry(all, countryHint, countryPriors);
        var frame = cc is null ? CountryFrame.Open : CountryFrame.Of(cc, fixedCountry, countryHint ?? "the report's places");
        return Resolve(eventMentions, all, frame, cc);
    }

    /// <summary>
    /// Resolves the event's mentions inside the report's <paramref name="frame"/>: a place outside it is never chosen.
    /// eventCountry: the frame member the event's own sentence names, if any (else the frame's primary country).
    /// </summary>
    /// <remarks>sentences: the report's sentences, when known; a mention the gazetteer lacks then falls back to a place of
    /// another sentence only in the country of the wider places its own sentence names.</remarks>
    public GeoResolution? Resolve(IReadOnlyList<PlaceMention> eventMentions, IReadOnlyList<PlaceMention> documentMentions, CountryFrame frame, string? eventCountry = null,
        IReadOnlyList<Annotation.Sentence>? sentences = null) =>
        Resolve(eventMentions, documentMentions, frame, eventCountry, whyTail: null, sentences);

    /// <summary>As the public overload, with "; " and <paramref name="whyTail"/> (the frame's explanation) at the end of every
    /// reason it writes, so the explanation an event carries is written once rather than once and again with the tail.</summary>
    internal GeoResolution? Resolve(IReadOnlyList<PlaceMention> eventMentions, IReadOnlyList<PlaceMention> documentMentions, CountryFrame frame, string? eventCountry, string? whyTail,
        IReadOnlyList<Annotation.Sentence>? sentences = null)
    {
        if (eventMentions.Count == 0)
        {
            return null;
        }

        var cc = eventCountry is not null && frame.Allows(eventCountry) ? eventCountry : frame.Primary;
        var fixedCountry = frame.Confident;
        // The context is the nearest of the report's mentions, then the event's own (read in that order, not copied into one list).
        var ctx = new Context(this, Nearest(documentMentions, eventMentions[0].Start, ContextMentions), eventMentions, cc, fixedCountry, frame) { WhyTail = whyTail };
        // A place that is also a governorate or district name ("in Hama") is the wider one when a village is named too.
        var ordered = StableOrder(eventMentions, (Geo: this, Cc: cc),
            static (m, s) => SpecificityRank(m) + (SpecificityRank(m) == 0 && s.Geo.NamesAdminUnit(m, s.Cc) ? 0.5 : 0));
        // Names that failed, made only when one does (most events resolve their first mention).
        List<string>? failed = null;
        PlaceMention? firstFailed = null;
        // A place the report names after one the gazetteer has: near that one (precision 2 at least), and the location keeps
        // the report's name when it is the first name tried.
        GeoResolution? NearNamesake(PlaceMention m, string namesake, string kind, ReadOnlySpan<PlaceMention> outer)
        {
            var at = m with { Name = namesake, Relation = m.Relation == PlaceRelation.In ? PlaceRelation.Near : m.Relation };
            return ResolveOne(at, outer, ctx, fallbackFrom: failed ?? NoNames) is { } near
                ? near with
                {
                    Mention = m,
                    Location = failed is null ? LocationName(m.Name) : near.Location,
                    GeoPrecision = Math.Max(near.GeoPrecision, 2),
                    Why = $"'{m.Name}' not in the gazetteer, {kind} '{namesake}': {near.Why}",
                }
                : null;
        }

        for (var i = 0; i < ordered.Count; i++)
        {
            var m = ordered[i];
            var outer = CollectionsMarshal.AsSpan(ordered)[(i + 1)..];
            var res = ResolveOne(m, outer, ctx, fallbackFrom: failed ?? NoNames);
            // "Tiyas Military Airbase", "Jroud Arsal": the gazetteer has the place the site is named after; the event
            // is beside it.
            if (res is null && m.Relation != PlaceRelation.Area && SiteWords.SiteOf(m.Name) is { } core)
            {
                res = NearNamesake(m, core, "a site named after", outer);
            }

            // "Nyamira North sub-county", "Kisumu East": a unit named after a place and a compass word, which the
            // gazetteer lacks, is an area around that place.
            if (res is null && CompassBase(m.Name) is { } baseName)
            {
                res = NearNamesake(m, baseName, "an area named after", outer);
            }

            // "in the Gombe area of Kinshasa. It was related to a killing in New Delhi": a place of another sentence
            // stands in for the one the gazetteer lacks only in the country of the wider places that one's own sentence names.
            if (res is not null && firstFailed is not null && sentences is { Count: > 1 } && OutsideOwnSentence(res, m, ordered, firstFailed, sentences, ctx))
            {
                continue;
            }

            if (res is not null)
            {
                // A village the gazetteer lacks is still where the report puts the event: it stays the location's name,
                // while the coordinates and geo_precision (2 or 3) say only the wider place is known.
                PlaceMention? missing = null;
                for (var j = 0; j < i && missing is null; j++)
                {
                    if (ordered[j].Relation != PlaceRelation.Area && LooksLikePlaceName(ordered[j].Name)) missing = ordered[j];
                }
                // Only a place of the event's own words ties reports together: not one reached because a name the
                // gazetteer lacks was passed over (a mention that is no place name, "Sinjar Resistance Units", is no loss).
                return missing is null ? res with { Specific = true } : res with { Location = LocationName(missing.Name), GeoPrecision = Math.Max(res.GeoPrecision, 2) };
            }

            firstFailed ??= m;
            (failed ??= []).Add(m.Name);
        }

        // Nothing resolves: the report still names the place, and its country may be known.
        var named = ordered.FirstOrDefault(x => x.Relation != PlaceRelation.Area && LooksLikePlaceName(x.Name));
        if (named is not null && cc is not null && _g.Country(cc) is { } country)
        {
            return new GeoResolution(country.CountryName, string.Empty, string.Empty, string.Empty, LocationName(named.Name), null, null, 3, named, null, null,
                WithTail($"'{string.Join("', '", failed ?? NoNames)}' not in the gazetteer and no wider place named; country {country.CountryName} from the report ({(fixedCountry ? "clear" : "best guess")}), no coordinates", ctx));
        }

        return null;
    }

    /// <summary>True when <paramref name="m"/>, of another sentence than <paramref name="failed"/>, resolved (<paramref name="res"/>)
    /// in another country than every admin1 unit the other mentions of <paramref name="failed"/>'s sentence name.</summary>
    private static bool OutsideOwnSentence(GeoResolution res, PlaceMention m, List<PlaceMention> ordered, PlaceMention failed, IReadOnlyList<Annotation.Sentence> sentences, Context ctx)
    {
        var own = SentenceAt(sentences, failed.Start);
        if (SentenceAt(sentences, m.Start) == own || res.Chosen?.Place is not { } p) return false;
        List<PlaceMention>? wider = null;
        foreach (var o in ordered)
        {
            if (!ReferenceEquals(o, failed) && SentenceAt(sentences, o.Start) == own) (wider ??= []).Add(o);
        }
        if (wider is null) return false;
        // Only the country is held against it: the sentence may list sibling towns rather than a wider place.
        var fence = ctx.ConstraintFrom(CollectionsMarshal.AsSpan(wider), m).Admin1Codes;
        if (fence.Count == 0) return false;
        foreach (var code in fence)
        {
            if (code.Length > p.CountryCode.Length && code[p.CountryCode.Length] == '.' && code.StartsWith(p.CountryCode, StringComparison.Ordinal)) return false;
        }
        return true;
    }

    /// <summary>The index of the last sentence starting at or before <paramref name="offset"/> (0 before the first).</summary>
    private static int SentenceAt(IReadOnlyList<Annotation.Sentence> sentences, int offset) =>
        Math.Max(0, Annotation.DocumentAnnotations.LastStartingAtOrBefore(sentences, offset));

    /// <summary>
    /// Mentions from the most to the least specific: a place (in, near, offset from it) before a district, sub-county or
    /// constituency, before a province, county, governorate or a directional area ("southern Idlib"); stable otherwise.
    /// </summary>
    public static List<PlaceMention> BySpecificity(IReadOnlyList<PlaceMention> mentions) => StableOrder(mentions, SpecificityRank);

    /// <summary>Mentions by rank, then by position in the text, then as given: an insertion sort, as there are only a few.</summary>
    /// <summary>How many of the report's place mentions, the nearest in the text, make an event's context.</summary>
    /// <remarks>A news report names fewer; in a 200-page situation report the places of distant sections say nothing
    /// about this one, and reading all of them for every event made the cost grow with the square of its length.</remarks>
    public const int ContextMentions = 64;

    /// <summary>The <paramref name="limit"/> mentions nearest to <paramref name="at"/> (all when there are no more), in
    /// their order; nearest by text position when the list is in text order, else the first ones.</summary>
    private static IReadOnlyList<PlaceMention> Nearest(IReadOnlyList<PlaceMention> mentions, int at, int limit)
    {
        if (mentions.Count <= limit) return mentions;
        for (var i = 1; i < mentions.Count; i++)
        {
            if (mentions[i].Start < mentions[i - 1].Start) return mentions.Take(limit).ToList();
        }
        int lo = 0, hi = mentions.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (mentions[mid].Start < at) lo = mid + 1;
            else hi = mid;
        }
        // Widen a window around the event's position, a step to whichever side is nearer.
        int left = lo - 1, right = lo;
        while (right - left - 1 < limit)
        {
            var takeLeft = right >= mentions.Count || left >= 0 && at - mentions[left].Start <= mentions[right].Start - at;
            if (takeLeft) left--;
            else right++;
        }
        var result = new List<PlaceMention>(limit);
        for (var i = left + 1; i < right; i++) result.Add(mentions[i]);
        return result;
    }

    // A stable sort by rank, then by position: mentions of equal rank and position keep their order. An insertion sort,
    // as there are only a few; one mention (most events) needs no rank at all.
    private static List<PlaceMention> StableOrder(IReadOnlyList<PlaceMention> mentions, Func<PlaceMention, double> rank) =>
        StableOrder(mentions, rank, static (m, r) => r(m));

    // The rank with its state passed in, so a caller's rank needs no closure of its own.
    private static List<PlaceMention> StableOrder<TState>(IReadOnlyList<PlaceMention> mentions, TState state, Func<PlaceMention, TState, double> rank)
    {
        var result = new List<PlaceMention>(mentions.Count);
        if (mentions.Count <= 1)
        {
            result.AddRange(mentions);
            return result;
        }

        var ranks = new double[mentions.Count];
        for (var i = 0; i < mentions.Count; i++)
        {
            var m = mentions[i];
            var r = rank(m, state);
            var j = i;
            for (; j > 0 && After(ranks[j - 1], result[j - 1].Start, r, m.Start); j--) ranks[j] = ranks[j - 1];
            ranks[j] = r;
            result.Insert(j, m);
        }

        return result;

        static bool After(double rank, int start, double thanRank, int thanStart) =>
            rank.CompareTo(thanRank) is var c && (c > 0 || (c == 0 && start > thanStart));
    }

    /// <summary>
    /// Admin units named exactly by key, where a country counts only when spelled as the report spells it: a whole
    /// country met through the transliteration key ("As Samawah" / Samoa) would take an event across the world.
    /// </summary>
    /// <summary>The shortest name that may name a country a letter off its own spelling.</summary>
    public const int CountrySlackLength = 6;

    private IReadOnlyList<AdminUnit> NamedAdmins(string name)
    {
        var admins = ExactAdmins(name);
        if (!admins.Any(a => a.Level == AdminLevel.Country)) return admins;
        var folded = Folded(name);
        // A letter off is a misspelt country only in a long name: "Banin" (a Syrian town) is not Benin, nor "Irag" Iraq's
        // neighbour's namesake; "Afganistan" is Afghanistan.
        var slack = folded.Length >= CountrySlackLength ? 1 : 0;
        return admins.Where(a => a.Level != AdminLevel.Country || FuzzyIndex.Distance(Folded(a.Name), folded, 1) <= slack).ToList();
    }

    private readonly BoundedMemo<string, IReadOnlyList<AdminUnit>> _exactAdmins = new(MemoLimit, StringComparer.Ordinal);
    private Func<string, IReadOnlyList<AdminUnit>>? _exactAdminsOf;

    /// <summary>Admin units named exactly by key, kept per name: every event asks it of its mentions and their wider ones.</summary>
    private IReadOnlyList<AdminUnit> ExactAdmins(string name) => _exactAdmins.Get(name, _exactAdminsOf ??= n => _g.LookupAdmin(n, allowFuzzy: false));

    /// <summary>
    /// <paramref name="m"/> with a capitalised compass word written before it taken into its name when, together, they name a
    /// province or district ("North Waziristan", "South Darfur", "Western Equatoria"): the annotator reads such a word as a
    /// part of the area ("northern Idlib"), and "Waziristan" alone names no unit. Any other mention comes back unchanged.
    /// </summary>
    public PlaceMention WithCompassName(PlaceMention m, string text)
    {
        if (m.Relation != PlaceRelation.Area || m.Qualifier is not { } word || !CompassWord.IsMatch(word) || m.Start > text.Length) return m;
        var before = text.AsSpan(0, m.Start).TrimEnd(' ');
        if (before.Length == m.Start || !before.EndsWith(word, StringComparison.OrdinalIgnoreCase)) return m;
        var start = before.Length - word.Length;
        // Only a word written as part of a name: "South Darfur", not "northern Idlib" or "in the south, Darfur".
        if (!char.IsUpper(text[start]) || (start > 0 && char.IsLetterOrDigit(text[start - 1]))) return m;
        var joined = text[start..m.End];
        if (joined.Contains('\n') || !NamedAdmins(joined).Any(a => a.Level is AdminLevel.Admin1 or AdminLevel.Admin2)) return m;
        return m with { Name = joined, Start = start, Qualifier = null };
    }

    private bool NamesAdminUnit(PlaceMention m, string? cc) =>
        ExactAdmins(m.Name).Any(a => a.Level != AdminLevel.Country && (cc is null || a.CountryCode == cc));

    private static double SpecificityRank(PlaceMention m) => m.Relation switch
    {
        PlaceRelation.Offset or PlaceRelation.In or PlaceRelation.Near => 0,
        _ => m.Qualifier switch
        {
            "district" or "sub-district" or "subdistrict" or "sub-county" or "subcounty" or "constituency" or "ward" or "division"
                or "highway" or "road" or "front" or "frontline" or "axis" or "sector" or "valley" or "plain" or "mountains" or "hills" or "border" => 1,
            "container" => 3,
            _ => 2,
        },
    };

    /// <summary>
    /// The report's country (ISO2) and whether it is sure enough to exclude same-named places abroad. A country the text
    /// names counts most, then the admin regions it names, the countries of its actors, and its places by prominence.
    /// </summary>
    public (string? CountryCode, bool Fixed) DecideCountry(IReadOnlyList<PlaceMention> documentMentions, string? countryHint, IReadOnlyCollection<string>? countryPriors = null)
    {
        var placeVotes = PlaceVotes(documentMentions);
        var votes = new Dictionary<string, double>(placeVotes, StringComparer.Ordinal);
        var hinted = _g.CountryCodeOf(countryHint);
        if (hinted is not null)
        {
            votes[hinted] = votes.GetValueOrDefault(hinted) + 2.5;
        }

        // Weak, one vote per mention: armed groups and armies act abroad (al-Shabaab in Kenya, Turkish forces in Syria).
        // A prior written "~Name" is weaker still (a demonym: "Russian warplanes" says whose planes, not where).
        var priorVotes = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var prior in countryPriors ?? [])
        {
            var weak = prior.StartsWith('~');
            if (_g.CountryCodeOf(weak ? prior[1..] : prior) is not { } code) continue;
            priorVotes[code] = Math.Min(1.5, priorVotes.GetValueOrDefault(code) + (weak ? 0.3 : 0.5));
        }

        foreach (var (code, v) in priorVotes)
        {
            votes[code] = votes.GetValueOrDefault(code) + v;
        }

        if (votes.Count == 0)
        {
            return (null, false);
        }

        var (best, runnerUp) = FirstTwo(votes, placeVotes, priorVotes);
        var second = runnerUp?.Value ?? 0;
        // Fixed when a named country agrees or the winner is clearly ahead; otherwise only a preference.
        var isFixed = best.Key == hinted || (best.Value >= 1.5 && best.Value - second >= 1.0);
        return (best.Key, isFixed);
    }

    /// <summary>
    /// The first two countries by vote (rounded to 6 places), then place votes, then prior votes, then code: what sorting
    /// them all would put first, found in one pass since only two are ever read.
    /// </summary>
    internal static (KeyValuePair<string, double> Best, KeyValuePair<string, double>? Second) FirstTwo(
        Dictionary<string, double> votes, Dictionary<string, double> placeVotes, Dictionary<string, double> priorVotes)
    {
        int Compare(KeyValuePair<string, double> a, KeyValuePair<string, double> b)
        {
            var c = Math.Round(b.Value, 6).CompareTo(Math.Round(a.Value, 6));
            if (c == 0) c = placeVotes.GetValueOrDefault(b.Key).CompareTo(placeVotes.GetValueOrDefault(a.Key));
            if (c == 0) c = priorVotes.GetValueOrDefault(b.Key).CompareTo(priorVotes.GetValueOrDefault(a.Key));
            return c != 0 ? c : string.CompareOrdinal(a.Key, b.Key);
        }

        KeyValuePair<string, double>? best = null, second = null;
        foreach (var kv in votes)
        {
            if (best is null || Compare(kv, best.Value) < 0)
            {
                second = best;
                best = kv;
            }
            else if (second is null || Compare(kv, second.Value) < 0)
            {
                second = kv;
            }
        }

        return (best ?? throw new ArgumentException("no votes", nameof(votes)), second);
    }

    /// <summary>
    /// What the report's place mentions say of its countries, for the <see cref="CountryFrame"/>: a country or an admin
    /// area named (few countries share a province's name), else one vote spread over the countries with a place of that
    /// name by prominence. Only a prominent place (a capital, a seat, a city) may open a country on its own.
    /// </summary>
    public List<FrameEvidence> FrameEvidenceOf(IReadOnlyList<PlaceMention> mentions)
    {
        var result = new List<FrameEvidence>();
        AddFrameEvidence(mentions, int.MinValue, result);
        return result;
    }

    /// <summary><see cref="FrameEvidenceOf"/> of the mentions that do not start at <paramref name="skipStart"/>, added to
    /// <paramref name="result"/>: every report asks it of all its places, so no list of them nor of their evidence is made.</summary>
    internal void AddFrameEvidence(IReadOnlyList<PlaceMention> mentions, int skipStart, List<FrameEvidence> result)
    {
        // The thread's own set.
        var seen = ThreadScratch<HashSet<string>>.Take(static () => new(StringComparer.Ordinal));
        try
        {
            AddFrameEvidence(mentions, skipStart, result, seen);
        }
        finally
        {
            seen.Clear();
            ThreadScratch<HashSet<string>>.Give(seen);
        }
    }

    private void AddFrameEvidence(IReadOnlyList<PlaceMention> mentions, int skipStart, List<FrameEvidence> result, HashSet<string> seen)
    {
        for (var i = 0; i < mentions.Count; i++)
        {
            var m = mentions[i];
            if (m.Start == skipStart) continue;
            if (!seen.Add(KeyOf(m.Name))) continue;
            // "the University of X", "Nairobi Governor": a mention that is no place name says nothing of the country.
            if (!LooksLikePlaceName(m.Name)) continue;
            // "Hatay province", "Mandera County": a name the text itself calls a province may open its country, whether the
            // kind word was read as the mention's qualifier or kept in its name ("in Lamu County").
            // (Asked only of a province spelled exactly, the one kind of evidence it can change.)
            bool? explicitAdmin = null;
            foreach (var e in FrameEvidenceOfName(m.Name, CalledVillage(m)))
            {
                // Only the province's own spelling: "Praya district" is not Cape Verde's Praia.
                var isExplicit = e.Explicit || (e.Kind == FrameEvidenceKind.AdminName && e.OpensFrame && e.SpelledExactly
                    && (explicitAdmin ??= (m.Qualifier is { } q && AdminQualifiers.Contains(q)) || EndsWithAdminWord(m.Name)));
                result.Add(e with { Start = m.Start, Explicit = isExplicit });
            }
        }
    }

    private readonly BoundedMemo<string, FrameEvidence[]> _frameByName = new(MemoLimit, StringComparer.Ordinal);

    /// <summary>True when the last word of a name of two words or more is an admin unit's kind ("Lamu County", "Niger State").</summary>
    private static bool EndsWithAdminWord(string name)
    {
        var space = name.LastIndexOf(' ');
        return space > 0 && AdminQualifiers.Contains(name[(space + 1)..].ToLowerInvariant());
    }

    private FrameEvidence[] FrameEvidenceOfName(string name, bool village)
    {
        var memoKey = village ? name + "\0village" : name;
        if (_frameByName.TryGetValue(memoKey, out var memo)) return memo;
        var list = new List<FrameEvidence>();
        var admins = NamedAdmins(name);
        var folded = Folded(name);
        if (admins.FirstOrDefault(a => a.Level == AdminLevel.Country) is { } country)
        {
            list.Add(new FrameEvidence(country.CountryCode, FrameEvidenceKind.CountryAsPlace, 3, name));
        }
        else
        {
            // A province spelled a letter or two off (Samara) is not the name when a city abroad is spelled exactly as
            // written (Samarra): then the place votes decide.
            // "Tsu village": a city of that name is not the place the text means ("Turkana village" still says Turkana's country).
            var places = village ? _g.Lookup(name).Where(p => p.Population < CityPopulation).ToList() : _g.Lookup(name);
            // "Raqqa" is "Ar Raqqah" and "Hasakah" is "Al Hasakah": the article is no part of how a name is spelled.
            // Only the same letters count then, give or take a final h: an article-less near-miss ("Haffa" / "Haifa") is a
            // different name.
            var bare = Bare(name);
            bool Same(string spelled) => Folded(spelled) == folded || Bare(spelled) == bare;
            var exactCityIn = places.Where(p => p.Population >= 100_000 && Same(p.Name)).Select(p => p.CountryCode).ToHashSet(StringComparer.Ordinal);
            // Only provinces and cities of 100,000 are spelled that way often enough to trust it: a village namesake abroad
            // with an article ("Al Hadar") is no better a match than before.
            bool Alike(string cc, string spelled, bool major)
            {
                var same = major ? Same(spelled) : Folded(spelled) == folded;
                return (same || SpelledAlike(Folded(spelled), folded)) && (same || exactCityIn.Count == 0 || exactCityIn.Contains(cc));
            }
            var exactAdmin1 = admins.Where(a => a.Level == AdminLevel.Admin1 && Alike(a.CountryCode, a.Name, true)).Select(a => a.CountryCode).Distinct().ToList();
            // "Lamu County" is Kenya's Lamu, not the Maldives' Laamu: when one country's province is spelled as written and
            // the others' only alike, the variants are namesakes, and the name is that one province's.
            var spelledAdmin1 = exactAdmin1.Where(c => admins.Any(a => a.Level == AdminLevel.Admin1 && a.CountryCode == c && Same(a.Name))).ToList();
            var deciding = spelledAdmin1.Count == 1 ? spelledAdmin1 : exactAdmin1;
            foreach (var c in exactAdmin1)
            {
                var variant = !deciding.Contains(c);
                // Opening a country takes the province's own spelling give or take a letter (Idlib / Idleb), not Bara / Berea.
                var close = admins.Any(a => a.Level == AdminLevel.Admin1 && a.CountryCode == c
                    && (FuzzyIndex.Distance(Folded(a.Name), folded, 1) <= 1 || Same(a.Name)));
                // Spelled as written, or a letter off in a name long enough that one letter is a variant (Sulaimaniyah /
                // Sulaymaniyah, Kissi / Kisii), not another name (Hema / Hama).
                var spelled = spelledAdmin1.Contains(c);
                var nearlySpelled = spelled || admins.Any(a => a.Level == AdminLevel.Admin1 && a.CountryCode == c
                    && Math.Max(Bare(a.Name).Length, bare.Length) >= 5 && FuzzyIndex.Distance(Bare(a.Name), bare, 1) <= 1);
                // A province met only through the transliteration key, or a variant beside a province spelled as written, keeps
                // a third of its weight, as a place namesake does.
                list.Add(new FrameEvidence(c, FrameEvidenceKind.AdminName, 2.5 / deciding.Count * (nearlySpelled && !variant ? 1 : 0.3), name, OpensFrame: deciding.Count == 1 && !variant && close && nearlySpelled)
                {
                    SpelledAsWritten = nearlySpelled && !variant,
                    SpelledExactly = spelled,
                });
            }

            var weights = new Dictionary<string, ((double W, bool Alike) W, bool Prominent)>(StringComparer.Ordinal);
            var cities = new HashSet<string>(StringComparer.Ordinal);
            void Vote(string cc, double w, bool alike, bool prominent)
            {
                var old = weights.GetValueOrDefault(cc);
                var best = w > old.W.W ? (w, alike) : old.W;
                weights[cc] = (best, old.Prominent || prominent);
            }

            // Countries with a place spelled as the report spells it: only those (and a city alike to it, City) may be opened by the name.
            var spelledIn = new HashSet<string>(StringComparer.Ordinal);
            foreach (var p in places)
            {
                var alike = Alike(p.CountryCode, p.Name, p.Population >= 100_000);
                if (Same(p.Name)) spelledIn.Add(p.CountryCode);
                // Only a capital spelled as the report spells it opens a country by its name alone.
                Vote(p.CountryCode, Math.Pow(Math.Max(Prominence(p), 0.1), 2), alike, p.FeatureCode == "PPLC" && folded == Folded(p.Name));
                if (alike && p.Population >= 100_000) cities.Add(p.CountryCode);
            }

            foreach (var a in admins.Where(a => a.Level != AdminLevel.Country))
            {
                if (Same(a.Name)) spelledIn.Add(a.CountryCode);
                Vote(a.CountryCode, a.Level == AdminLevel.Admin1 ? 9 : 4, Alike(a.CountryCode, a.Name, a.Level == AdminLevel.Admin1), false);
            }

            // Shares of one vote; a namesake met only through the transliteration key (Bennsh / Binche) keeps a third of its share.
            var total = weights.Values.Sum(x => x.W.W);
            foreach (var (c, ((w, alike), prominent)) in weights.OrderBy(kv => kv.Key, StringComparer.Ordinal))
            {
                // A capital spelled as the report spells it puts the report in its country whatever else the words say.
                var capital = prominent && w / total >= 0.5;
                list.Add(new FrameEvidence(c, FrameEvidenceKind.PlaceName, w / total * (alike ? 1 : 0.3), name, OpensFrame: capital, Explicit: capital, City: cities.Contains(c))
                {
                    SpelledAsWritten = spelledIn.Contains(c),
                });
            }
        }

        memo = list.ToArray();
        _frameByName.TryAdd(memoKey, memo);
        return memo;
    }

    /// <summary>
    /// The country whose province <paramref name="name"/> is, when exactly one country has a province spelled so (give or
    /// take an article or a final h) and no country is called so: null for "Central" (many countries) or "Niger".
    /// </summary>
    public string? ProvinceCountry(string name)
    {
        if (!LooksLikePlaceName(name)) return null;
        var admins = NamedAdmins(name);
        if (admins.Any(a => a.Level == AdminLevel.Country) || _g.CountryCodeOf(name) is not null) return null;
        var folded = Folded(name);
        var bare = Bare(name);
        return SoleCountry(admins.Where(a => a.Level == AdminLevel.Admin1 && (Folded(a.Name) == folded || Bare(a.Name) == bare)));
    }

    /// <summary>
    /// The other country whose province is spelled as the country <paramref name="countryName"/> (Nigeria's Niger state),
    /// when exactly one other country has one; null otherwise.
    /// </summary>
    public string? NamesakeProvinceCountry(string countryName, string countryCode)
    {
        if (!LooksLikePlaceName(countryName)) return null;
        var folded = Folded(countryName);
        return SoleCountry(NamedAdmins(countryName).Where(a => a.Level == AdminLevel.Admin1 && a.CountryCode != countryCode && Folded(a.Name) == folded));
    }

    /// <summary>The country of <paramref name="admins"/> when they all lie in one; null for none or several.</summary>
    private static string? SoleCountry(IEnumerable<AdminUnit> admins)
    {
        var countries = admins.Select(a => a.CountryCode).Distinct().Take(2).ToList();
        return countries.Count == 1 ? countries[0] : null;
    }

    /// <summary>Best guess of the report's country (ISO2) from all its mentions, for documents that never name their country.</summary>
    public string? InferCountry(IReadOnlyList<PlaceMention> documentMentions) => DecideCountry(documentMentions, null).CountryCode;

    private Dictionary<string, double> PlaceVotes(IReadOnlyList<PlaceMention> documentMentions)
    {
        var votes = new Dictionary<string, double>(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var m in documentMentions)
        {
            var name = m.Name;
            if (!seen.Add(KeyOf(name))) continue;
            // Replayed addition by addition, in the order they were made, so the sums are the same to the last bit.
            foreach (var (code, add) in VotesOf(name))
            {
                votes[code] = votes.GetValueOrDefault(code) + add;
            }
        }

        return votes;
    }

    /// <summary>The additions one mention makes to the country votes, in order.</summary>
    private (string Code, double Add)[] VotesOf(string name)
    {
        if (_votesByName.TryGetValue(name, out var memo)) return memo;
        var adds = new List<(string Code, double Add)>();
        var admins = NamedAdmins(name);
        var country = admins.FirstOrDefault(a => a.Level == AdminLevel.Country);
        if (country is not null)
        {
            adds.Add((country.CountryCode, 3));
        }
        else
        {
            // Each mention spreads one vote over the countries of its candidates, by how prominent they are there.
            // Names spelled the same count fully; names that only share a transliteration key (Thika / Attica) count less.
            var folded = Folded(name);
            var weights = new Dictionary<string, double>(StringComparer.Ordinal);
            foreach (var p in _g.Lookup(name))
            {
                var w = Math.Pow(Math.Max(Prominence(p), 0.1), 2) * (SpelledAlike(Folded(p.Name), folded) ? 1 : 0.5);
                weights[p.CountryCode] = Math.Max(weights.GetValueOrDefault(p.CountryCode), w);
            }

            var exactAdmins = admins.Where(a => SpelledAlike(Folded(a.Name), folded)).ToList();
            foreach (var a in admins)
            {
                var w = (a.Level == AdminLevel.Admin1 ? 9 : 4) * (exactAdmins.Contains(a) ? 1 : 0.3);
                weights[a.CountryCode] = Math.Max(weights.GetValueOrDefault(a.CountryCode), w);
            }

            var total = weights.Values.Sum();
            foreach (var (c, w) in weights)
            {
                adds.Add((c, w / total));
            }

            // A province or governorate name is strong evidence on its own: few countries share one.
            var a1Countries = exactAdmins.Where(a => a.Level == AdminLevel.Admin1).Select(a => a.CountryCode).Distinct().ToList();
            foreach (var c in a1Countries)
            {
                adds.Add((c, 1.5 / a1Countries.Count));
            }
        }

        memo = adds.ToArray();
        _votesByName.TryAdd(name, memo);
        return memo;
    }

    // Read only, never added to: the names that failed when none has.
    private static readonly List<string> NoNames = [];

    private GeoResolution? ResolveOne(PlaceMention m, ReadOnlySpan<PlaceMention> outer, Context ctx, List<string> fallbackFrom)
    {
        if (m.Qualifier == Annotation.PlaceAnnotator.CapitalQualifier)
        {
            // "In the capital": the capital of the report's country, when the report has one.
            if (ctx.CountryCode is not { } cc || _g.Capital(cc) is not { } capital) return null;
            var near = m.Relation == PlaceRelation.Near;
            return new GeoResolution(capital.CountryName, capital.Admin1Name, capital.Admin2Name, string.Empty, Ascii(capital.Name),
                capital.Latitude, capital.Longitude, near ? 2 : 1, m, new GeoCandidate(capital, 10, "the capital"), null,
                WithTail($"'the capital' of the report's country: {capital} ({cc})", ctx)) { Specific = true };
        }

        var admins = AreaAdminsInFrame(m, ctx);
        var constraint = ctx.ConstraintFrom(outer, m);

        if (m.Relation == PlaceRelation.Area && admins.Count > 0)
        {
            return AdminResolution(m, admins, constraint, ctx, fallbackFrom);
        }

        var scored = ScorePlaces(m, ctx, constraint);
        if (scored.Count == 0)
        {
            return admins.Count > 0 ? AdminResolution(m, admins, constraint, ctx, fallbackFrom) : null;
        }

        // "Trans Mara district": a name the report calls an admin unit, when no unit has it, is not a place whose name is
        // only spelled near it; unplaced is more honest than a namesake's suburb on another continent.
        if (admins.Count == 0 && m.Qualifier is { } unit && AdminQualifiers.Contains(unit) && scored[0].Why.Contains("fuzzy match", StringComparison.Ordinal))
        {
            return null;
        }

        // "in Haryana": a province spelled exactly as written is the province, not a village that shares its name (a
        // provincial seat of that name, as Idlib or Ghazni, is still the town).
        List<AdminUnit>? provinces = null;
        foreach (var a in admins)
        {
            if (a.Level == AdminLevel.Admin1 && Folded(a.Name) == Folded(m.Name)) (provinces ??= []).Add(a);
        }
        if (provinces is not null
            && scored[0].Place is var top && !top.FeatureCode.StartsWith("PPLA", StringComparison.Ordinal) && top.FeatureCode != "PPLC"
            && top.Population < 100_000 && Folded(top.Name) != Folded(m.Name))
        {
            return AdminResolution(m, provinces, constraint, ctx, fallbackFrom);
        }

        var best = scored[0];
        var runner = scored.Count > 1 ? scored[1] : null;
        var p = best.Place;
        var precision = m.Relation switch
        {
            PlaceRelation.In => 1,
            _ => 2,
        };
        double lat = p.Latitude, lon = p.Longitude;
        var why = StringBuilderCache.Acquire();
        if (m.Relation == PlaceRelation.Offset && m.OffsetKm is { } km && m.BearingDegrees is { } bearing)
        {
            (lat, lon) = GeoMath.Destination(p.Latitude, p.Longitude, km, bearing);
            why.Append(CultureInfo.InvariantCulture, $"{km:0.#} km at {bearing:0.#}° from {p.Name}; ");
        }
        else if (m.Relation == PlaceRelation.Area)
        {
            why.Append(CultureInfo.InvariantCulture, $"area around {p.Name} (no admin unit of that name); ");
        }

        if (fallbackFrom.Count > 0)
        {
            // The more specific place was not found: the event is somewhere near this one, not in it.
            precision = Math.Max(precision, 2);
            why.Append(CultureInfo.InvariantCulture, $"'{string.Join("', '", fallbackFrom)}' not in the gazetteer, fell back to '{m.Name}'; ");
        }

        why.Append(CultureInfo.InvariantCulture, $"chose {p} score {best.Score:0.00} [{best.Why}]");
        if (runner is not null)
        {
            why.Append(CultureInfo.InvariantCulture, $"; runner-up {runner.Place} score {runner.Score:0.00} [{runner.Why}]");
        }

        var admin2 = p.Admin2Name;
        if (admin2.Length == 0 && InferAdmin2(p) is { } inferred)
        {
            admin2 = inferred.Name;
            why.Append(CultureInfo.InvariantCulture, $"; admin2 {inferred.Name} from the nearest district seat or coded place ({inferred.DistanceKm:0} km)");
        }

        // ACLED spells a location the way its sources do, so the report's own spelling of the place it names is kept.
        var location = fallbackFrom.Count == 0 ? LocationName(m.Name) : Ascii(p.Name);
        if (m.Relation != PlaceRelation.Area && CityAround(p, outer) is { } city)
        {
            // A quarter of a city the event's wider words name ("Jobar in eastern Damascus"): ACLED names urban
            // fighting "City - Quarter".
            location = $"{LocationName(city.Mention.Name)} - {location}";
            why.Append(CultureInfo.InvariantCulture, $"; within {city.Km:0.#} km of {city.Place.Name}, so named as one of its quarters");
        }

        AppendTail(why, ctx);
        return new GeoResolution(p.CountryName, p.Admin1Name, admin2, string.Empty, location, lat, lon, precision, m, best, runner, StringBuilderCache.ToStringAndRelease(why));
    }

    /// <summary>A city (a seat or 100,000 people) that one of the event's wider mentions names, within 8 km of <paramref name="p"/>.</summary>
    private (PlaceMention Mention, Place Place, double Km)? CityAround(Place p, ReadOnlySpan<PlaceMention> outer)
    {
        foreach (var o in outer)
        {
            if (SameKey(o.Name, p.Name)) continue;
            foreach (var c in CitiesNamed(o.Name))
            {
                if (c.CountryCode != p.CountryCode || c.GeonameId == p.GeonameId) continue;
                var km = GeoMath.DistanceKm(p.Latitude, p.Longitude, c.Latitude, c.Longitude);
                if (km <= 8) return (o, c, km);
            }
        }

        return null;
    }

    private readonly BoundedMemo<string, Place[]> _citiesByName = new(MemoLimit, StringComparer.Ordinal);

    // The places of a name that are cities (a capital, a provincial seat or 100,000 people), in the gazetteer's order:
    // every event asks this of its wider mentions, and most of a name's namesakes are villages.
    private Place[] CitiesNamed(string name)
    {
        if (_citiesByName.TryGetValue(name, out var memo)) return memo;
        memo = _g.Lookup(name).Where(c => c.FeatureCode is "PPLC" or "PPLA" || c.Population >= 100_000).ToArray();
        _citiesByName.TryAdd(name, memo);
        return memo;
    }

    /// <summary>Admin units within one edit of a name that has no exact one (the gazetteer searches its deletion index every time).</summary>
    private IReadOnlyList<AdminUnit> FuzzyAdmins(string name)
    {
        if (_fuzzyAdmins.TryGetValue(name, out var memo)) return memo;
        memo = _g.LookupAdmin(name, allowFuzzy: true);
        _fuzzyAdmins.TryAdd(name, memo);
        return memo;
    }

    private (string Name, double DistanceKm)? InferAdmin2(Place p)
    {
        // The nearest district seat is searched among every place of the admin1: worth keeping for the next event there.
        if (_admin2ByPlace.TryGetValue(p, out var memo)) return memo;
        memo = _g.InferAdmin2(p);
        _admin2ByPlace.TryAdd(p, memo);
        return memo;
    }

    /// <summary>
    /// Admin units a mention may name. "Damascus countryside" and "rural Damascus" are the governorate named after the
    /// countryside ("Rural Damascus", Rif Dimashq) where one exists; a bare "rural X" is X. Fuzzy only inside a known country.
    /// </summary>
    private IReadOnlyList<AdminUnit> LookupAreaAdmins(PlaceMention m, Context ctx, bool allowFuzzy = true)
    {
        var name = m.Name;
        var isRural = RuralBefore.Any(w => name.Length > w.Length && name[w.Length] == ' ' && name.StartsWith(w, StringComparison.OrdinalIgnoreCase));
        var bare = isRural ? name[(name.IndexOf(' ') + 1)..] : name;
        if (m.Relation == PlaceRelation.Area && (isRural || (m.Qualifier is { } q && RuralQualifiers.Contains(q))))
        {
            var rural = RuralUnitWords.SelectMany(w => FilterAdmins(ExactAdmins(w + " " + bare), ctx))
                .Where(a => a.Level == AdminLevel.Admin1).Distinct().ToList();
            if (rural.Count > 0) return rural;
        }

        if (isRural && m.Relation != PlaceRelation.Area)
        {
            // "between Rural Damascus and As-Sweida": a governorate whose name says rural, whatever preposition names it.
            var named = FilterAdmins(ExactAdmins(name), ctx).Where(a => a.Level == AdminLevel.Admin1).ToList();
            if (named.Count > 0) return named;
        }

        var found = NamedAdmins(bare);
        if (found.Count == 0 && allowFuzzy && m.Relation == PlaceRelation.Area && ctx.CountryCode is not null)
        {
            found = FuzzyAdmins(bare).Where(a => a.CountryCode == ctx.CountryCode || (ctx.Frame.Members.Count > 0 && ctx.Frame.Allows(a.CountryCode))).ToList();
        }

        return found;
    }

    private readonly BoundedMemo<(string Name, PlaceRelation Relation, string? Qualifier, string? Cc, string Frame), List<AdminUnit>> _areaAdminsByName = new(MemoLimit);

    /// <summary>The admin units a mention may name inside the frame: the same for every event of every report with that
    /// mention, country and frame, so kept (a rural area asks several names of the gazetteer).</summary>
    private List<AdminUnit> AreaAdminsInFrame(PlaceMention m, Context ctx)
    {
        var memoKey = (m.Name, m.Relation, m.Qualifier, ctx.CountryCode, ctx.Frame.Key);
        if (_areaAdminsByName.TryGetValue(memoKey, out var memo)) return memo;
        memo = FilterAdmins(LookupAreaAdmins(m, ctx), ctx);
        _areaAdminsByName.TryAdd(memoKey, memo);
        return memo;
    }

    private GeoResolution AdminResolution(PlaceMention m, IReadOnlyList<AdminUnit> admins, Constraint constraint, Context ctx, List<string> fallbackFrom)
    {
        // A governorate beats a district of the same name ("Idlib" is both); a named admin in the report beats others.
        // Only the first two are read: found in one pass, the first of equals first, as a stable sort by score would put them.
        (AdminUnit Unit, double Score)? first = null, second = null;
        for (var i = 0; i < admins.Count; i++)
        {
            var scored = (admins[i], AdminScore(admins[i], constraint, ctx));
            if (first is null || scored.Item2 > first.Value.Score) (first, second) = (scored, first);
            else if (second is null || scored.Item2 > second.Value.Score) second = scored;
        }
        var best = first!.Value;
        var u = best.Unit;
        var place = AdminPlace(u);
        var chosen = new GeoCandidate(place, best.Score, $"{u.Level} {u.Name} of {u.CountryName}, centroid of {u.MemberCount} places");
        var runner = second is { } r ? new GeoCandidate(AdminPlace(r.Unit), r.Score, $"{r.Unit.Level} {r.Unit.Name} of {r.Unit.CountryName}") : null;
        var why = StringBuilderCache.Acquire();
        if (fallbackFrom.Count > 0)
        {
            why.Append(CultureInfo.InvariantCulture, $"'{string.Join("', '", fallbackFrom)}' not in the gazetteer, fell back to '{m.Name}'; ");
        }

        why.Append(CultureInfo.InvariantCulture, $"area mention resolved to {u.Level} {u.Name} ({u.CountryCode}); only the region is known, so precision 3 at its centroid");
        if (runner is not null)
        {
            why.Append(CultureInfo.InvariantCulture, $"; runner-up {runner.Why}");
        }

        var admin1 = u.Level == AdminLevel.Country ? string.Empty : u.Admin1Name;
        var admin2 = u.Level == AdminLevel.Admin2 ? u.Admin2Name : string.Empty;
        AppendTail(why, ctx);
        return new GeoResolution(u.CountryName, admin1, admin2, string.Empty, u.Name, u.Latitude, u.Longitude, 3, m, chosen, runner, StringBuilderCache.ToStringAndRelease(why));
    }

    private static string WithTail(string why, Context ctx) => ctx.WhyTail is { } tail ? string.Concat(why, "; ", tail) : why;

    private static void AppendTail(StringBuilder why, Context ctx)
    {
        if (ctx.WhyTail is { } tail) why.Append("; ").Append(tail);
    }

    private static double AdminScore(AdminUnit a, Constraint constraint, Context ctx)
    {
        var s = a.Level switch { AdminLevel.Admin1 => 3.0, AdminLevel.Admin2 => 2.0, _ => 1.0 };
        if (ctx.CountryCode is not null && a.CountryCode == ctx.CountryCode) s += 3;
        if (constraint.Admin1Codes.Count > 0 && constraint.Admin1Codes.Contains(a.CountryCode + "." + a.Admin1Code)) s += 2;
        if (ctx.TryNamedAdmin1(a.CountryCode, a.Admin1Code, out _)) s += 1;
        return s;
    }

    private static Place AdminPlace(AdminUnit u) => new(
        0, u.Name, u.Latitude, u.Longitude, 'A',
        u.Level switch { AdminLevel.Admin1 => "ADM1", AdminLevel.Admin2 => "ADM2", _ => "PCLI" },
        u.CountryCode, u.CountryName, u.Admin1Code, u.Admin1Name, u.Admin2Name, 0)
    {
        Admin2Code = u.Admin2Code,
    };

    private static List<AdminUnit> FilterAdmins(IReadOnlyList<AdminUnit> admins, Context ctx)
    {
        // Inside the frame only; the primary country's units first among equals is the scorer's job.
        return admins.Where(a => ctx.Frame.Allows(a.CountryCode)).ToList();
    }

    /// <summary>The best candidate for a mention and the runner-up (none when no place qualifies), with their reasons.</summary>
    private List<GeoCandidate> ScorePlaces(PlaceMention m, Context ctx, Constraint constraint)
    {
        var (key, raw) = CandidatesOf(m.Name, ctx.CountryCode, ctx.Frame);
        var village = CalledVillage(m);
        var fenced = constraint.Admin1Codes.Count > 0;

        // Only the winner and the runner-up are explained, so the reasons are written for those two alone.
        var near = constraint.Anchors.Count > 0 ? constraint.Anchors : ctx.AnchorsExcept(key);
        // Only the winner and the runner-up are read: the first two by score, then GeoNames id, as sorting all would put them.
        (Place Place, int Distance, double Score)? first = null, second = null;
        foreach (var (p, distance) in raw)
        {
            // (Read in place of a filtered copy.)
            if (village && p.Population >= CityPopulation) continue;
            // The event's own wider mention ("... in Idlib province") fences the candidates in.
            // Exact names may sit just across a stale admin boundary; a fuzzy guess must be inside by code.
            if (fenced && !InFence(p, distance, constraint.Admin1Codes)) continue;
            var candidate = (p, distance, Math.Round(Score(p, distance, m, key, ctx, constraint, near, null), 3));
            if (first is null || Ahead(candidate, first.Value)) (first, second) = (candidate, first);
            else if (second is null || Ahead(candidate, second.Value)) second = candidate;
        }

        var result = new List<GeoCandidate>(2);
        foreach (var top in (ReadOnlySpan<(Place Place, int Distance, double Score)?>)[first, second])
        {
            if (top is not { } t) break;
            var reasons = StringBuilderCache.Acquire();
            Score(t.Place, t.Distance, m, key, ctx, constraint, near, reasons);
            result.Add(new GeoCandidate(t.Place, t.Score, StringBuilderCache.ToStringAndRelease(reasons)));
        }

        return result;

        static bool Ahead((Place Place, int Distance, double Score) a, (Place Place, int Distance, double Score) b)
        {
            var c = b.Score.CompareTo(a.Score);
            return (c != 0 ? c : a.Place.GeonameId.CompareTo(b.Place.GeonameId)) < 0;
        }
    }

    private bool InFence(Place p, int distance, HashSet<string> admin1Keys)
    {
        foreach (var key in admin1Keys)
        {
            if (distance == 0 ? IsInOrBeside(p, key) : IsAdmin1KeyOf(key, p)) return true;
        }
        return false;
    }

    // Whether a place lies in or just beside a province searches the province's places near it; every event of a report
    // fences the same namesakes with the same provinces again, so the answer is kept per place and province.
    private readonly BoundedMemo<(Place Place, string Key), bool> _besideByPlace = new(MemoLimit, PlaceAndKeyComparer.Instance);

    private bool IsInOrBeside(Place p, string admin1Key) =>
        IsAdmin1KeyOf(admin1Key, p) || _besideByPlace.Get((p, admin1Key), _besideOf ??= k => _g.IsInOrBeside(k.Place, k.Key));

    private Func<(Place Place, string Key), bool>? _besideOf;

    /// <summary>A place by reference (the gazetteer hands out one object per place) and a key by its letters.</summary>
    private sealed class PlaceAndKeyComparer : IEqualityComparer<(Place Place, string Key)>
    {
        public static readonly PlaceAndKeyComparer Instance = new();

        public bool Equals((Place Place, string Key) x, (Place Place, string Key) y) => ReferenceEquals(x.Place, y.Place) && string.Equals(x.Key, y.Key, StringComparison.Ordinal);

        public int GetHashCode((Place Place, string Key) obj) => HashCode.Combine(System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj.Place), StringComparer.Ordinal.GetHashCode(obj.Key));
    }

    /// <summary>Whether <paramref name="key"/> is <paramref name="p"/>'s "CC.A1", compared in place rather than built.</summary>
    private static bool IsAdmin1KeyOf(string key, Place p) =>
        key.Length == p.CountryCode.Length + 1 + p.Admin1Code.Length && key.StartsWith(p.CountryCode, StringComparison.Ordinal)
        && key[p.CountryCode.Length] == '.' && key.AsSpan(p.CountryCode.Length + 1).SequenceEqual(p.Admin1Code);

    /// <summary>A candidate's score for a mention, before rounding; the reasons go to <paramref name="why"/> when it is given,
    /// joined by "; " (written in one buffer, as the winner's and the runner-up's of every event are).</summary>
    private static double Score(Place p, int distance, PlaceMention m, string key, Context ctx, Constraint constraint, List<Place> near, StringBuilder? why)
    {
        var s = 0.0;
        if (distance == 0)
        {
            if (PlaceNameKey.Cached(p.Name) == key)
            {
                s += 0.5;
                Next(why)?.Append("exact name");
            }
            else
            {
                Next(why)?.Append("alternate name");
            }
        }
        else
        {
            s -= 1.5 * distance;
            Next(why)?.Append($"fuzzy match at distance {distance}");
        }

        if (ctx.CountryCode is not null)
        {
            if (p.CountryCode == ctx.CountryCode)
            {
                s += 3;
                Next(why)?.Append($"in {(ctx.CountryIsHinted ? "the report's" : "the likely")} country {p.CountryCode}");
            }
            else
            {
                // Another of the report's countries: taken only when the main one has no such place.
                s -= 1;
                Next(why)?.Append($"in {p.CountryCode}, one of the report's other countries");
            }
        }

        if (constraint.Admin1Codes.Count > 0)
        {
            s += 1;
            Next(why)?.Append($"inside '{constraint.Source}'");
        }

        if (ctx.TryNamedAdmin1(p.CountryCode, p.Admin1Code, out var adminMention) && !SameKey(adminMention, m.Name))
        {
            s += 2;
            Next(why)?.Append($"admin1 {p.Admin1Name} named in report ('{adminMention}')");
        }

        if (near.Count > 0)
        {
            // The nearest anchor, the first of equals.
            var (d, anchor) = (GeoMath.DistanceKm(p.Latitude, p.Longitude, near[0].Latitude, near[0].Longitude), near[0]);
            for (var i = 1; i < near.Count; i++)
            {
                var di = GeoMath.DistanceKm(p.Latitude, p.Longitude, near[i].Latitude, near[i].Longitude);
                if (di.CompareTo(d) < 0) (d, anchor) = (di, near[i]);
            }
            var bonus = 2.5 * Math.Exp(-d / 40);
            s += bonus;
            if (bonus > 0.2)
            {
                Next(why)?.Append(CultureInfo.InvariantCulture, $"{d:0} km from {anchor.Name}");
            }
        }

        // Same-named villages: the one near a namesake of another place the report names ("Maasran ... nearby Masasneh").
        var best = (Bonus: 0.0, Km: 0.0, Name: "");
        foreach (var (other, namesakes) in ctx.CoMentions)
        {
            if (other == key) continue;
            foreach (var o in namesakes)
            {
                if (o.GeonameId == p.GeonameId || Math.Abs(o.Latitude - p.Latitude) > 0.3) continue;
                var km = GeoMath.DistanceKm(p.Latitude, p.Longitude, o.Latitude, o.Longitude);
                var b = 1.5 * Math.Exp(-km / 15);
                if (b > best.Bonus) best = (b, km, o.Name);
            }
        }

        if (best.Bonus > 0.05)
        {
            s += best.Bonus;
            Next(why)?.Append(CultureInfo.InvariantCulture, $"{best.Km:0} km from a {best.Name} the report also names");
        }

        s += Prominence(p);
        Next(why)?.Append(CultureInfo.InvariantCulture, $"{p.FeatureCode} pop {p.Population}");
        return s;
    }

    /// <summary>The reasons so far with "; " after them, ready for the next (null when none are asked for).</summary>
    private static StringBuilder? Next(StringBuilder? why) => why is { Length: > 0 } ? why.Append("; ") : why;

    /// <summary>The gazetteer places a mention may name in the report's country, before the event's own wider mentions fence them in.</summary>
    private (string Key, (Place Place, int Distance)[] Raw) CandidatesOf(string name, string? cc, CountryFrame frame)
    {
        if (_candidatesByName.TryGetValue((name, cc, frame.Key), out var memo)) return memo;

        var key = KeyOf(name);
        var raw = new List<(Place Place, int Distance)>();
        foreach (var p in _g.LookupKey(key))
        {
            raw.Add((p, 0));
        }

        if (raw.Count == 0 && SiteWords.SamePlace(name) is { } bare)
        {
            // "Mandera Town", "Gesabakwa Village": the kind word is part of the mention, not of the gazetteer name.
            key = PlaceNameKey.Cached(bare);
            foreach (var p in _g.LookupKey(key)) raw.Add((p, 0));
        }

        // The report's countries are a hard fence: a same-named place abroad is never the answer, however big.
        raw.RemoveAll(c => !frame.Allows(c.Place.CountryCode));
        // A misspelling is looked for in the event's own country only (across a frame of several countries a near-miss
        // is more often another village than the one meant), and keeps its first letter, which every transliteration
        // scheme keeps: a near-miss that changes it is another village.
        if (raw.Count == 0 && key.Length >= 6 && frame.Members.Count > 0 && (cc ?? frame.Primary) is { } fuzzyCountry)
        {
            raw.AddRange(_g.LookupFuzzy(name, fuzzyCountry).Where(c => PlaceNameKey.Cached(c.Place.Name) is { Length: > 0 } k && k[0] == key[0]));
        }

        memo = (key, raw.ToArray());
        _candidatesByName.TryAdd((name, cc, frame.Key), memo);
        return memo;
    }

    // The English words the geocoder reads (data/lexicons/en/places.tsv): the rest of it works on names alone.
    private static readonly Lexicons.PatternSet PlaceWords = Lexicons.PatternSet.Of("places.tsv");
    private static readonly HashSet<string> NotPlaceWords = new(PlaceWords.Words("not-place-words"), StringComparer.Ordinal);
    private static readonly HashSet<string> NotPlaceLastWords = new(PlaceWords.Words("not-place-last-words"), StringComparer.Ordinal);
    private static readonly string[] DemonymEndings = PlaceWords.Words("demonym-endings");
    private static readonly HashSet<string> AdminQualifiers = new(PlaceWords.Words("admin-qualifiers"), StringComparer.Ordinal);
    private static readonly HashSet<string> RuralQualifiers = new(PlaceWords.Words("rural-qualifiers"), StringComparer.Ordinal);
    private static readonly HashSet<string> VillageQualifiers = new(PlaceWords.Words("village-qualifiers"), StringComparer.Ordinal);
    // A whole qualifier that is a compass word, as the annotator's direction row reads one ("North", "south-eastern").
    private static readonly HashSet<string> CompassSuffixes = new(PlaceWords.Words("compass-suffixes"), StringComparer.Ordinal);

    /// <summary>The place a name ending in a compass word is named after ("Nyamira North" → "Nyamira", "Kisumu South East" →
    /// "Kisumu"), or null when the name has no such ending or nothing but it.</summary>
    private string? CompassBase(string name)
    {
        var end = name.Length;
        for (var words = 0; words < 2; words++)
        {
            var space = name.LastIndexOf(' ', end - 1);
            if (space <= 0 || !CompassSuffixes.Contains(name[(space + 1)..end])) break;
            end = space;
        }
        if (end == name.Length) return null;
        var core = name[..end].TrimEnd();
        return core.Length > 0 && LooksLikePlaceName(core) ? core : null;
    }

    private static readonly System.Text.RegularExpressions.Regex CompassWord = new("^(?:" + PlaceWords.Text("direction") + ")$",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant | System.Text.RegularExpressions.RegexOptions.IgnoreCase);

    // A city of this size is never what a text calls a village.
    private const int CityPopulation = 100_000;

    private static bool CalledVillage(PlaceMention m) => m.Qualifier is { } q && VillageQualifiers.Contains(q);
    private static readonly string[] RuralBefore = PlaceWords.Words("rural-before");
    private static readonly string[] RuralUnitWords = PlaceWords.Words("rural-unit-words");

    private readonly BoundedMemo<string, bool> _looksLikePlaceName = new(MemoLimit, StringComparer.Ordinal);
    private Func<string, bool>? _looksLikePlaceNameOf;

    /// <summary>Short names without titles or clause words ("Nairobi Governor Mike Sonko" is not a place name).</summary>
    /// <remarks>Every event asks it of the report's mentions again, so the answer is kept per name.</remarks>
    private bool LooksLikePlaceName(string name) => _looksLikePlaceName.Get(name, _looksLikePlaceNameOf ??= LooksLikePlaceNameUncached);

    private bool LooksLikePlaceNameUncached(string name)
    {
        var words = name.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is 0 or > 4) return false;
        if (words.Any(NotPlaceWords.Contains)) return false;
        // "Supporters of Raila Odinga": a name made only of a country's leaders or bodies is a person or an institution.
        if (Lexicons.NationalWords.NamesOnlyThese(name)) return false;
        // Demonyms and unmarked possessives of countries ("Somalian", "Kenyas") are not the place of an event.
        var last = words[^1];
        // "under the Anti-Terrorism Law", "the Government of the Transition": a capitalised name ending so is a law or an
        // institution ("Mombasa Law Courts" is a place: the word is not last).
        if (NotPlaceLastWords.Contains(last)) return false;
        if (words.Length == 1 && DemonymEndings.Any(e => last.EndsWith(e, StringComparison.Ordinal))) return false;
        // "appealed to Western partners": a compass word alone names a direction, not a place the reader could find.
        if (words.Length == 1 && CompassWord.IsMatch(name)) return false;
        return !(last.EndsWith('s') && _g.CountryCodeOf(name[..^1]) is not null);
    }

    /// <summary>A mention as a location name: admin words dropped, ASCII letters, first letter capitalised ("al-Rashdeen" → "Al-Rashdeen").</summary>
    public static string LocationName(string mention)
    {
        if (LocationNameMemo.TryGetValue(mention, out var memo)) return memo;
        memo = LocationNameUncached(mention);
        LocationNameMemo.TryAdd(mention, memo);
        return memo;
    }

    private static string LocationNameUncached(string mention)
    {
        var trimmed = mention.Trim();
        var stripped = Gazetteer.StripAdminWords(trimmed);
        // Keep the report's hyphens ("Al-Rashdeen") unless an admin word was dropped.
        var n = Ascii(stripped == trimmed.Replace('-', ' ') ? trimmed : stripped);
        return n.Length > 0 && char.IsLower(n[0]) ? char.ToUpperInvariant(n[0]) + n[1..] : n;
    }

    /// <summary>A name without diacritics or ayn/hamza marks, as GeoNames' ASCII names spell it ("Jisr ash Shughūr" → "Jisr ash Shughur").</summary>
    public static string Ascii(string name)
    {
        var d = name.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(d.Length);
        foreach (var c in d)
        {
            var cat = CharUnicodeInfo.GetUnicodeCategory(c);
            if (cat is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark) continue;
            if (c is '\u2018' or '\u2019' or '\u02BB' or '\u02BC' or '\u02BE' or '\u02BF' or '`' or '\u00B4') continue;
            sb.Append(LatinFold.Base(c));
        }

        return sb.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>Two folded spellings that differ by at most a vowel or two (Idlib / Idleb), unlike key-only namesakes (Thika / Attica).</summary>
    private static bool SpelledAlike(string a, string b)
    {
        if (a == b) return true;
        if (Math.Abs(a.Length - b.Length) > 2) return false;
        // Asked of every namesake of every new name: the rows live on the stack.
        Span<int> prev = b.Length < 256 ? stackalloc int[b.Length + 1] : new int[b.Length + 1];
        Span<int> cur = b.Length < 256 ? stackalloc int[b.Length + 1] : new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) prev[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            cur[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                cur[j] = Math.Min(Math.Min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }

            var t = prev;
            prev = cur;
            cur = t;
        }

        return prev[b.Length] <= 2 && a.Length > 0 && b.Length > 0 && a[0] == b[0];
    }

    private static string Folded(string name)
    {
        if (FoldedMemo.TryGetValue(name, out var memo)) return memo;
        memo = PlaceNameKey.Fold(Gazetteer.StripAdminWords(name)).Replace(" ", string.Empty, StringComparison.Ordinal);
        FoldedMemo.TryAdd(name, memo);
        return memo;
    }

    private static readonly BoundedMemo<string, string> BareMemo = new(MemoLimit, StringComparer.Ordinal);

    /// <summary>The folded name without a leading Arabic article or a final h ("Ar Raqqah" → "raqqa"), to compare spellings.</summary>
    private static string Bare(string name) => BareMemo.Get(name, static n =>
    {
        var tokens = PlaceNameKey.Fold(Gazetteer.StripAdminWords(n)).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return string.Concat(tokens.Length > 1 && PlaceNameKey.IsArticle(tokens[0]) ? tokens.Skip(1) : tokens).TrimEnd('h');
    });

    private static bool SameKey(string a, string b) => KeyOf(a) == KeyOf(b);

    private static readonly BoundedMemo<string, string> KeyMemo = new(MemoLimit, StringComparer.Ordinal);

    /// <summary>A mention's lookup key, its admin words dropped: asked of every mention by every event, so kept in one memo rather than two.</summary>
    private static string KeyOf(string name) => KeyMemo.Get(name, static n => PlaceNameKey.Cached(Gazetteer.StripAdminWords(n)));

    /// <summary>How likely a bare mention means this place, before context: population on a log scale plus rank as a seat.</summary>
    private static double Prominence(Place p)
    {
        var s = 0.4 * Math.Log10(p.Population + 1);
        s += p.FeatureCode switch
        {
            "PPLC" => 1.5,
            "PPLA" => 1.0,
            "PPLA2" => 0.6,
            "PPLA3" or "PPLA4" => 0.3,
            "PPLX" => -0.3,
            "PPLH" or "PPLQ" or "PPLW" => -1.5,
            _ => 0,
        };
        return s;
    }

    /// <summary>What the rest of the report says about where things are: the country, the admins it names, and places to be near.</summary>
    private sealed class Context
    {
        private readonly List<(string Key, Place Place)> _anchors = new();
        private readonly List<(string Key, Place[] Namesakes)> _comentions = new();
        private List<Place>? _allAnchors;

        // Every event makes a context: the set of keys seen is the thread's own (ThreadScratch).

        /// <summary>The context of <paramref name="mentions"/> and then <paramref name="more"/>, in that order.</summary>
        public Context(Geocoder geo, IReadOnlyList<PlaceMention> mentions, IReadOnlyList<PlaceMention> more, string? cc, bool hinted, CountryFrame frame)
        {
            Geo = geo;
            CountryCode = cc;
            CountryIsHinted = hinted;
            Frame = frame;
            var seen = ThreadScratch<HashSet<string>>.Take(static () => new(StringComparer.Ordinal));
            for (var i = 0; i < mentions.Count + more.Count; i++)
            {
                var m = i < mentions.Count ? mentions[i] : more[i - mentions.Count];
                var key = KeyOf(m.Name);
                if (key.Length == 0 || !seen.Add(key)) continue;
                var (admin1Keys, anchor, namesakes) = geo.ContextOf(m.Name, key, cc);
                if (namesakes.Length > 0) _comentions.Add((key, namesakes));
                foreach (var a1 in admin1Keys)
                {
                    (_namedAdmin1 ??= new Dictionary<string, string>(StringComparer.Ordinal)).TryAdd(a1, m.Name);
                }

                if (anchor is not null)
                {
                    _anchors.Add((key, anchor));
                }
            }
            seen.Clear();
            ThreadScratch<HashSet<string>>.Give(seen);
        }

        public Geocoder Geo { get; }

        /// <summary>What every reason written for this event ends with, after "; " (none when null).</summary>
        public string? WhyTail { get; init; }

        public string? CountryCode { get; }

        public bool CountryIsHinted { get; }

        public CountryFrame Frame { get; }

        // Made when a mention names an admin1 unit.
        private Dictionary<string, string>? _namedAdmin1;

        /// <summary>The admin1 unit "CC.A1" is one the report names: the mention that names it first.</summary>
        public bool TryNamedAdmin1(string countryCode, string admin1Code, out string mention)
        {
            mention = "";
            if (_namedAdmin1 is not { Count: > 0 } named) return false;
            // Every candidate of every mention asks, so the key is spelled in a buffer rather than concatenated.
            var length = countryCode.Length + 1 + admin1Code.Length;
            Span<char> key = length <= 64 ? stackalloc char[length] : new char[length];
            countryCode.CopyTo(key);
            key[countryCode.Length] = '.';
            admin1Code.CopyTo(key[(countryCode.Length + 1)..]);
            if (!named.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(key, out var found)) return false;
            mention = found;
            return true;
        }

        public List<Place> AnchorsExcept(string key)
        {
            // Read only by the scorer: every mention of the event asks, and most have no anchor of their own key.
            var own = false;
            foreach (var (k, _) in _anchors)
            {
                if (k == key) own = true;
            }
            if (!own)
            {
                if (_allAnchors is null)
                {
                    _allAnchors = new List<Place>(_anchors.Count);
                    foreach (var (_, place) in _anchors) _allAnchors.Add(place);
                }
                return _allAnchors;
            }
            var result = new List<Place>(_anchors.Count);
            foreach (var (k, place) in _anchors)
            {
                if (k != key) result.Add(place);
            }
            return result;
        }

        /// <summary>Each mention's namesakes in the country by the mention's key, for telling same-named villages apart by their neighbours (a mention skips its own).</summary>
        public List<(string Key, Place[] Namesakes)> CoMentions => _comentions;

        /// <summary>The fence that the event's wider mentions put around a more specific one.</summary>
        public Constraint ConstraintFrom(ReadOnlySpan<PlaceMention> outer, PlaceMention self)
        {
            // Most events name one place: no wider mention, no fence, and nothing made for it.
            if (outer.IsEmpty) return Constraint.None;
            var codes = new HashSet<string>(StringComparer.Ordinal);
            var anchors = new List<Place>();
            var source = new List<string>();
            foreach (var o in outer)
            {
                if (SameKey(o.Name, self.Name)) continue;
                var (admin1Codes, anchor) = Geo.FenceOf(o, this);
                if (admin1Codes.Length > 0)
                {
                    foreach (var code in admin1Codes) codes.Add(code);
                    source.Add(o.Name);
                    continue;
                }

                if (anchor is not null)
                {
                    anchors.Add(anchor);
                }
            }

            return new Constraint(codes, anchors, string.Join(", ", source));
        }
    }

    /// <summary>What a wider mention says of a more specific one: the admin1 units it names, else the place it names.</summary>
    private (string[] Admin1Codes, Place? Anchor) FenceOf(PlaceMention o, Context ctx)
    {
        var memoKey = (o.Name, o.Relation, o.Qualifier, ctx.CountryCode, ctx.Frame.Key);
        if (_fenceByName.TryGetValue(memoKey, out var memo)) return memo;
        var admins = FilterAdmins(LookupAreaAdmins(o, ctx, allowFuzzy: false), ctx)
            .Where(a => a.Level != AdminLevel.Country).ToList();
        if (admins.Count > 0)
        {
            memo = (admins.Select(a => a.CountryCode + "." + a.Admin1Code).ToArray(), null);
        }
        else
        {
            var key = KeyOf(o.Name);
            var places = _g.LookupKey(key).Where(p => ctx.CountryCode is null || p.CountryCode == ctx.CountryCode).ToList();
            memo = ([], places.Count > 0 ? places.MaxBy(Prominence)! : null);
        }

        _fenceByName.TryAdd(memoKey, memo);
        return memo;
    }

    /// <summary>The admin1 units a name names in the country, and the place it anchors if it is nearly unambiguous there.</summary>
    private (string[] Admin1Keys, Place? Anchor, Place[] Namesakes) ContextOf(string name, string key, string? cc)
    {
        if (_contextByName.TryGetValue((name, cc), out var memo)) return memo;
        var keys = new List<string>();
        foreach (var a in ExactAdmins(name))
        {
            if (a.Level == AdminLevel.Admin1 && (cc is null || a.CountryCode == cc))
            {
                keys.Add(a.CountryCode + "." + a.Admin1Code);
            }
        }

        // A mention is an anchor only when it is nearly unambiguous in the country.
        var cands = _g.LookupKey(key).Where(p => cc is null || p.CountryCode == cc).ToList();
        // A name shared by a handful of villages still says the event is near one of them.
        memo = (keys.ToArray(), cands.Count is > 0 and <= 3 ? cands.MaxBy(Prominence)! : null, cands.Count is > 1 and <= 15 ? cands.ToArray() : []);
        _contextByName.TryAdd((name, cc), memo);
        return memo;
    }

    private sealed record Constraint(HashSet<string> Admin1Codes, List<Place> Anchors, string Source)
    {
        /// <summary>No fence and no anchor (its sets are read, never added to).</summary>
        public static readonly Constraint None = new([], [], string.Empty);
    }
}

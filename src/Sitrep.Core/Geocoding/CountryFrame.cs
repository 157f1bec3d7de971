using System.Runtime.InteropServices;

namespace Sitrep.Core.Geocoding;

/// <summary>How a piece of text bears on where a report's events happened.</summary>
public enum FrameEvidenceKind
{
    /// <summary>A country named as the place of events ("in Syria", "northern Syria", "Syria's Idlib").</summary>
    CountryAsPlace,

    /// <summary>A dateline ("KABUL, March 3 —") naming a place of the country.</summary>
    Dateline,

    /// <summary>A province, governorate or district name that only a few countries have.</summary>
    AdminName,

    /// <summary>A place name, its vote spread over the countries that have a place of that name.</summary>
    PlaceName,

    /// <summary>A country named as a participant ("Turkey's shelling", "Russia said").</summary>
    CountryAsActor,

    /// <summary>A demonym ("Syrian regime forces", "Kenyan police").</summary>
    Demonym,

    /// <summary>An armed group whose home country is known (HTS, al-Shabaab, TTP).</summary>
    ActorHome,

    /// <summary>The outlet's country: local outlets mostly report local events.</summary>
    Outlet,

    /// <summary>A word only one country's reporting uses: its leaders, parties, institutions, currency ("Kibaki", "IEBC").</summary>
    NationalWord,
}

/// <summary>One reason a country is in a report's frame, with the words it came from.</summary>
/// <remarks>
/// OpensFrame is false for a place vote of a village: it weighs inside the frame but cannot add its country to it. A
/// place-derived vote that may open (a capital, a province name only one country has) opens only when the countries
/// the words name have no place support of their own; an Explicit one ("Hatay province") always opens. City marks a
/// place vote for a town of 100,000 or more, which a village namesake in a named country does not outweigh.
/// </remarks>
public sealed record FrameEvidence(string CountryCode, FrameEvidenceKind Kind, double Weight, string Text, int Start = -1, bool OpensFrame = true, bool Explicit = false, bool City = false)
{
    /// <summary>For <see cref="FrameEvidenceKind.ActorHome"/>: the group is a non-state armed group (rebels, militias), which fight near home.</summary>
    public bool NonStateArmed { get; init; }

    /// <summary>For <see cref="FrameEvidenceKind.AdminName"/>: the province is spelled as the text spells it, give or take an
    /// article, a final h or, in a name of five letters or more, one letter; not only alike through the transliteration key
    /// ("Hema" is not Hama).</summary>
    public bool SpelledAsWritten { get; init; }

    /// <summary>For <see cref="FrameEvidenceKind.AdminName"/>: the same letters exactly, give or take an article or a final h,
    /// which a text calling the name a province needs to open the country whatever else it says.</summary>
    public bool SpelledExactly { get; init; }

    /// <summary>True for evidence of where events happened rather than of who took part.</summary>
    public bool IsLocation => Kind is FrameEvidenceKind.CountryAsPlace or FrameEvidenceKind.Dateline or FrameEvidenceKind.AdminName or FrameEvidenceKind.PlaceName;

    /// <summary>True for evidence read off a place name through the gazetteer rather than off the words of the text.</summary>
    public bool IsPlaceDerived => Kind is FrameEvidenceKind.AdminName or FrameEvidenceKind.PlaceName;
}

/// <summary>
/// The countries a report is about, decided before any place is resolved: places are looked up only inside it, so a
/// village that shares its name with a town abroad never takes the event there.
/// </summary>
/// <remarks>
/// Members are the countries the words of the report name: as the place of events ("in Syria", "Mandera, Kenya"), in
/// a dateline, as a side (a demonym, an armed group's home, "Turkey said"), or as the outlet's home. Place names open
/// a country only where no word says where (no country named as the place, no dateline, no outlet) — a province only
/// one country has, a capital, or a name most of whose namesakes are in one country (not when a named side has a
/// village of that name too, unless the namesake is a city) — or when the text calls a name a province ("Hatay
/// province"), or is a capital. Events are placed only in the primary country or where the report puts them
/// (<see cref="Placeable"/>): a country that is only a side ("Turkish forces") hosts no place. A report whose words
/// name no country and whose places open none is <see cref="Closed"/>: nothing is placed. The primary country is the
/// member with the most weight, evidence of place counting double.
/// </remarks>
public sealed record CountryFrame(string? Primary, IReadOnlySet<string> Members, bool Confident, IReadOnlyList<FrameEvidence> Evidence)
{
    /// <summary>A frame with no members: nothing restricts the lookup.</summary>
    public static readonly CountryFrame Open = new(null, new HashSet<string>(), false, []);

    /// <summary>Members joined in code order: a memo key.</summary>
    public string Key => _key ??= Closed ? "closed" : SortedCodes(Placeable ?? Members);

    // A set's codes are distinct, so a plain sort puts them as a stable one would.
    private static string SortedCodes(IReadOnlySet<string> codes)
    {
        var sorted = new string[codes.Count];
        if (codes is HashSet<string> set) set.CopyTo(sorted);
        else
        {
            var i = 0;
            foreach (var c in codes) sorted[i++] = c;
        }
        Array.Sort(sorted, StringComparer.Ordinal);
        return string.Join(',', sorted);
    }

    private string? _key;

    /// <summary>True when the report gave evidence but none opened a country: nothing may be placed.</summary>
    public bool Closed { get; init; }

    /// <summary>The members where the report puts events: the primary and those with evidence of place (not only of a side).</summary>
    public IReadOnlySet<string>? Placeable { get; init; }

    /// <summary>True when a place in <paramref name="countryCode"/> may be the event's place.</summary>
    public bool Allows(string countryCode) => Members.Count == 0 ? !Closed : (Placeable ?? Members).Contains(countryCode);

    /// <summary>A frame of one country (a caller that already knows it).</summary>
    public static CountryFrame Of(string countryCode, bool confident, string why) =>
        new(countryCode, new HashSet<string>(StringComparer.Ordinal) { countryCode }, confident, [new FrameEvidence(countryCode, FrameEvidenceKind.CountryAsPlace, 3, why)]);

    /// <summary>Decides the frame from its evidence (see the type's remarks for the rules).</summary>
    /// <param name="evidence">Everything the report says about its countries.</param>
    /// <param name="near">When given, a place name opens a country only near the home of an armed group the report names (if it names one).</param>
    /// <param name="adjacent">When given, a place name whose only support is its own name opens a country only next to a
    /// side's country that has a place of the report's (see the rule below); defaults to <paramref name="near"/>.</param>
    public static CountryFrame Decide(IReadOnlyList<FrameEvidence> evidence, Func<string, string, bool>? near = null, Func<string, string, bool>? adjacent = null)
    {
        if (evidence.Count == 0) return Open;
        // Each country's weight of strong evidence, of place votes and of the rest, in one table. Every report decides a
        // frame and a place name's votes spread over dozens of countries, so the table is the thread's own, cleared, not
        // grown anew each time (taken while in use, so a nested call would make its own).
        var weights = ThreadScratch<Dictionary<string, (double Strong, double Places, double Other)>>.Take(static () => new(StringComparer.Ordinal));
        try
        {
            return Decide(evidence, near, adjacent, weights);
        }
        finally
        {
            weights.Clear();
            ThreadScratch<Dictionary<string, (double Strong, double Places, double Other)>>.Give(weights);
        }
    }

    private static CountryFrame Decide(IReadOnlyList<FrameEvidence> evidence, Func<string, string, bool>? near, Func<string, string, bool>? adjacent,
        Dictionary<string, (double Strong, double Places, double Other)> weights)
    {
        var members = new HashSet<string>(StringComparer.Ordinal);
        // Countries where the report puts events (or whose outlet covers them), as against the sides it names.
        var located = new HashSet<string>(StringComparer.Ordinal);
        // Words that say where (a country named as the place, a dateline, an outlet that covers one country), and the
        // countries named as the place or in a dateline, gathered in the same pass.
        var saysWhere = false;
        HashSet<string>? namedAsPlace = null;
        foreach (var e in evidence)
        {
            ref var w = ref CollectionsMarshal.GetValueRefOrAddDefault(weights, e.CountryCode, out _);
            switch (e.Kind)
            {
                case FrameEvidenceKind.PlaceName when e.Explicit: w.Strong += e.Weight; break;
                case FrameEvidenceKind.PlaceName: w.Places += e.Weight; break;
                case FrameEvidenceKind.AdminName when !e.SpelledAsWritten: w.Places += e.Weight; break;
                case FrameEvidenceKind.CountryAsPlace or FrameEvidenceKind.Dateline or FrameEvidenceKind.AdminName: w.Strong += e.Weight; break;
                default: w.Other += e.Weight; break;
            }
            if (e.OpensFrame && !e.IsPlaceDerived) members.Add(e.CountryCode);
            if (e.Kind is FrameEvidenceKind.CountryAsPlace or FrameEvidenceKind.Dateline or FrameEvidenceKind.Outlet) located.Add(e.CountryCode);
            if (e.Explicit || e.Kind is FrameEvidenceKind.CountryAsPlace or FrameEvidenceKind.Dateline or FrameEvidenceKind.Outlet) saysWhere = true;
            if (e.Kind is FrameEvidenceKind.CountryAsPlace or FrameEvidenceKind.Dateline) (namedAsPlace ??= new HashSet<string>(StringComparer.Ordinal)).Add(e.CountryCode);
        }

        // Words that say where (a country named as the place, a dateline, an outlet that covers one country) leave place
        // names no say in which countries are in; words that only name sides (a demonym, a group, "Turkey said") do not:
        // then a province only one country has, a capital, or a place name most of whose namesakes are in one country,
        // opens that country.
        // An outlet's country is where events are only while the text names no country as the place.
        if (namedAsPlace is not null)
        {
            located.RemoveWhere(cc => !namedAsPlace.Contains(cc));
        }

        if (!saysWhere)
        {
            // An armed group fights near its home, whereas states send forces abroad: a village name whose namesake is a
            // continent away from the home of every group the report names is a coincidence of spelling.
            // (Every report that names no country as a place comes here, so the evidence is read in loops, not queries.)
            List<string>? named = null, cityIn = null, opening = null, anchored = null;
            HashSet<string>? sharedWithNamed = null;
            for (var i = 0; i < evidence.Count; i++)
            {
                var e = evidence[i];
                if (e.Kind == FrameEvidenceKind.ActorHome && e.NonStateArmed && !(named ??= []).Contains(e.CountryCode)) named.Add(e.CountryCode);
                if (e.City && !(cityIn ??= []).Contains(e.CountryCode)) cityIn.Add(e.CountryCode);
                if (!e.IsPlaceDerived && e.OpensFrame && !(opening ??= []).Contains(e.CountryCode)) opening.Add(e.CountryCode);
                // A name the countries the words name also have a place of ("HTS took Tamanaah": Syria has a Tamanaah)
                // opens nothing abroad, however big the namesake there.
                if (e.IsPlaceDerived && members.Contains(e.CountryCode)) (sharedWithNamed ??= new HashSet<string>(StringComparer.Ordinal)).Add(e.Text);
            }
            // Whether or not it names such a group, a side the words name (a demonym, a force's home, a national word)
            // whose country also has a place the report names says where events are: a name whose only support is its
            // own spelling, a country away from it, is a namesake ("Syrian troops took Al Bayda near Palmyra" is not
            // Yemen's Al Bayda). A side with no place of its own says nothing of where: states send forces abroad
            // ("French forces near Menaka").
            foreach (var cc in opening ?? [])
            {
                for (var i = 0; i < evidence.Count; i++)
                {
                    if (!evidence[i].IsPlaceDerived || evidence[i].CountryCode != cc) continue;
                    (anchored ??= []).Add(cc);
                    break;
                }
            }
            var touches = adjacent ?? near;
            bool Plausible(string cc)
            {
                if (near is null || touches is null || (cityIn is not null && cityIn.Contains(cc))) return true;
                if (named is not null && !AnyOf(named, near, cc)) return false;
                return anchored is null || AnyOf(anchored, touches, cc);
            }
            bool Shared(string text) => sharedWithNamed is not null && sharedWithNamed.Contains(text);
            // (A province only one country has is never outweighed that way: "Mandera" is Kenya's, whatever Somali
            // village shares the name.)
            for (var i = 0; i < evidence.Count; i++)
            {
                var e = evidence[i];
                if (e.IsPlaceDerived && e.OpensFrame && (e.Kind == FrameEvidenceKind.AdminName || !Shared(e.Text)) && Plausible(e.CountryCode)) located.Add(e.CountryCode);
            }
            // Only a name spelled as a place of the country spells it opens that country (Matete is not New Zealand's Matata).
            // The sums by country in the order the countries first come, as a table would hold them.
            List<(string Country, double Total)>? openable = null;
            for (var i = 0; i < evidence.Count; i++)
            {
                var e = evidence[i];
                if (e.Kind != FrameEvidenceKind.PlaceName || !(e.City || (e.SpelledAsWritten && !Shared(e.Text)))) continue;
                openable ??= [];
                var at = -1;
                for (var j = 0; j < openable.Count && at < 0; j++)
                {
                    if (openable[j].Country == e.CountryCode) at = j;
                }
                if (at < 0) openable.Add((e.CountryCode, 0 + e.Weight));
                else openable[at] = (e.CountryCode, openable[at].Total + e.Weight);
            }

            foreach (var (cc, total) in openable ?? [])
            {
                if ((total >= 0.5 || SoleSpelledCity(evidence, cc)) && Plausible(cc)) located.Add(cc);
            }
        }

        // "Hatay province" (a province the text calls one) and a capital always open their country.
        foreach (var e in evidence)
        {
            if (e.Explicit) located.Add(e.CountryCode);
        }

        members.UnionWith(located);
        if (members.Count == 0)
        {
            // No word names a country, and no place is clear enough to open one: the event stays unplaced rather than
            // following a village name to whichever country has a namesake.
            return new CountryFrame(null, members, false, evidence) { Closed = true };
        }

        double Strong(string cc) => weights.GetValueOrDefault(cc).Strong;
        double Score(string cc) => weights.GetValueOrDefault(cc) is var w ? 2 * w.Strong + w.Places + w.Other : 0;
        // The first two by score, then strong evidence, then code: what sorting them all would put first.
        int Compare(string a, string b)
        {
            var c = Score(b).CompareTo(Score(a));
            if (c == 0) c = Strong(b).CompareTo(Strong(a));
            return c != 0 ? c : string.CompareOrdinal(a, b);
        }

        string? primary = null, runnerUp = null;
        foreach (var cc in members)
        {
            if (primary is null || Compare(cc, primary) < 0) (primary, runnerUp) = (cc, primary);
            else if (runnerUp is null || Compare(cc, runnerUp) < 0) runnerUp = cc;
        }

        if (primary is null) throw new System.Diagnostics.UnreachableException("a frame with members has a first one");
        var second = runnerUp is null ? 0 : Score(runnerUp);

        // A member that only a scatter of place-name votes supports, far behind the rest, is noise.
        members.RemoveWhere(cc => cc != primary && weights.GetValueOrDefault(cc) is var w && w.Other == 0 && w.Strong == 0 && w.Places < 0.5);
        var confident = (Score(primary) >= 3 && Score(primary) - second >= 2) || Strong(primary) >= 2.5;
        // Events are placed in the primary country or where the report puts them; a country that is only a side
        // ("Turkish forces", "Hezbollah") hosts no place of the report's unless the text puts one there.
        located.Add(primary);
        located.IntersectWith(members);
        return new CountryFrame(primary, members, confident, evidence) { Placeable = located };
    }

    /// <summary>A city of 100,000 spelled as the report spells it, in the only country with a place spelled so: its share of
    /// the name's votes may be small (namesakes abroad met only through the transliteration key), but no other country
    /// has the name as written, and a city that size is named often enough to trust ("in Thika").</summary>
    private static bool SoleSpelledCity(IReadOnlyList<FrameEvidence> evidence, string cc)
    {
        for (var i = 0; i < evidence.Count; i++)
        {
            var e = evidence[i];
            if (e.Kind != FrameEvidenceKind.PlaceName || e.CountryCode != cc || !e.City || !e.SpelledAsWritten) continue;
            var sole = true;
            for (var j = 0; j < evidence.Count && sole; j++)
            {
                var o = evidence[j];
                if (o.CountryCode != cc && o.IsPlaceDerived && o.SpelledAsWritten && o.Text == e.Text) sole = false;
            }
            if (sole) return true;
        }
        return false;
    }

    private static bool AnyOf(List<string> homes, Func<string, string, bool> test, string cc)
    {
        foreach (var m in homes)
        {
            if (test(m, cc)) return true;
        }
        return false;
    }

    /// <summary>True when the frame has evidence that the text names <paramref name="countryCode"/> as a place of events.</summary>
    public bool NamesAsPlace(string countryCode)
    {
        for (var i = 0; i < Evidence.Count; i++)
        {
            var e = Evidence[i];
            if (e.CountryCode == countryCode && e.Kind is FrameEvidenceKind.CountryAsPlace or FrameEvidenceKind.Dateline) return true;
        }
        return false;
    }

    /// <summary>The frame in words, for an event's geocoding explanation (worked out once: every event of a report asks).</summary>
    public string Explain() => _explained ??= ExplainUncached();

    private string? _explained;

    private string ExplainUncached()
    {
        if (Members.Count == 0) return Closed ? "no word of the report names a country and no place name is clear enough to open one" : "no country evidence in the report";
        // Every report's first event writes this, so it is built in one buffer rather than through sorted queries per country.
        var codes = Members.ToArray();
        Array.Sort(codes, StringComparer.Ordinal);
        var text = StringBuilderCache.Acquire().Append("report's countries ");
        if (!Confident) text.Append("(best guess) ");
        var top = new List<FrameEvidence>(Evidence.Count);
        for (var c = 0; c < codes.Length; c++)
        {
            var cc = codes[c];
            if (c > 0) text.Append("; ");
            text.Append(cc);
            if (cc == Primary) text.Append(" (primary)");
            text.Append(": ");
            top.Clear();
            for (var i = 0; i < Evidence.Count; i++)
            {
                if (Evidence[i].CountryCode == cc) top.Add(Evidence[i]);
            }
            // The three heaviest, ties in evidence order (a stable sort, as OrderByDescending is).
            for (var i = 1; i < top.Count; i++)
            {
                var e = top[i];
                var j = i;
                for (; j > 0 && top[j - 1].Weight.CompareTo(e.Weight) < 0; j--) top[j] = top[j - 1];
                top[j] = e;
            }
            for (var i = 0; i < Math.Min(3, top.Count); i++)
            {
                if (i > 0) text.Append(", ");
                text.Append(Describe(top[i].Kind)).Append(" '").Append(top[i].Text).Append('\'');
            }
        }
        return StringBuilderCache.ToStringAndRelease(text);
    }

    private static string Describe(FrameEvidenceKind k) => k switch
    {
        FrameEvidenceKind.CountryAsPlace => "named as place",
        FrameEvidenceKind.Dateline => "dateline",
        FrameEvidenceKind.AdminName => "admin area",
        FrameEvidenceKind.PlaceName => "place",
        FrameEvidenceKind.CountryAsActor => "named as participant",
        FrameEvidenceKind.Demonym => "demonym",
        FrameEvidenceKind.ActorHome => "home of",
        FrameEvidenceKind.NationalWord => "national word",
        _ => "outlet",
    };
}

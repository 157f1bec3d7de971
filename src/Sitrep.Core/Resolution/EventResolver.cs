using System.Globalization;
using System.Text;
using Sitrep.Core.Acled;
using Sitrep.Core.Annotation;
using Sitrep.Core.Coding;
using Sitrep.Core.Geocoding;
using Sitrep.Core.Lexicons;
using Sitrep.Core.Text;

namespace Sitrep.Core.Resolution;

/// <summary>Turns event candidates into ACLED-schema events: names actors for the country and date, geocodes, maps evidence to raw offsets.</summary>
public sealed class EventResolver(ActorTable actors, Geocoder? geocoder, TimeProvider? clock = null)
{
    private readonly CountryFrameBuilder? _frames = geocoder is null ? null : new CountryFrameBuilder(actors, geocoder);

    // The table's generic rows by name: a synthetic actor the coder adds ("Labour Group ({country})") takes its row's dates,
    // so a date is written once, in actors.tsv.
    private readonly Dictionary<string, ActorEntry> _genericRows = actors.Actors.Where(a => a.IsGeneric)
        .GroupBy(a => a.Canonical, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);

    private readonly ActorCompanions _companions = ActorCompanions.LoadBundled();

    /// <summary><paramref name="annotations"/> with each place named with its compass word where the two name a province
    /// ("South Darfur"), before the coder chooses an event's places; unchanged without a gazetteer or such a name.</summary>
    public DocumentAnnotations WithProvinceNames(DocumentAnnotations annotations)
    {
        if (geocoder is null) return annotations;
        List<PlaceMention>? joined = null;
        for (var i = 0; i < annotations.Places.Count; i++)
        {
            var m = annotations.Places[i];
            var n = geocoder.WithCompassName(m, annotations.Text.Text);
            if (ReferenceEquals(n, m) && joined is null) continue;
            joined ??= annotations.Places.Take(i).ToList();
            joined.Add(n);
        }

        return joined is null ? annotations : annotations with { Places = joined };
    }

    /// <summary>Resolves <paramref name="candidate"/>; <paramref name="ordinal"/> keeps ids distinct within a document.</summary>
    public ResolvedEvent Resolve(EventCandidate candidate, int ordinal)
    {
        var doc = candidate.Doc;
        var docId = doc.Document.Id;
        var text = doc.Text;
        // The event's evidence by field, gathered in the thread's own list and then made into the event's map, each table
        // and list of the size it needs. Fields that rest on the same words (event and sub-event type, location and
        // precision) share one record of them.
        var gathered = ThreadScratch<List<(string Field, Evidence Evidence)>>.Take(static () => []);
        gathered.Clear();
        void Add(string field, TextSpan? span)
        {
            if (span is not { } s || s.Length == 0) return;
            var raw = text.ToRaw(s);
            Evidence? same = null;
            foreach (var (f, e) in gathered)
            {
                if (e.Start != raw.Start || e.End != raw.End) continue;
                if (f == field) return;
                same = e;
            }
            gathered.Add((field, same ?? new Evidence(docId, raw.Start, raw.End, text.Raw.Substring(raw.Start, raw.Length))));
        }

        // Where: decide the report's countries first, then geocode the event's mentions inside them, with every mention
        // of the report as context.
        var frame = _frames?.FrameOf(doc) ?? CountryFrame.Open;
        // The event's own sentence names a country as the place ("in Iraq"), not as a side ("pro-Turkey factions").
        var eventCountry = candidate.CountryHint?.Iso2 is { } hinted && frame.NamesAsPlace(hinted) ? hinted : null;
        GeoResolution? geo = null;
        // An event sentence that names no place takes the places of the report (short reports name one place for one event).
        var eventPlaces = candidate.Places.Count > 0 ? candidate.Places : candidate.Elsewhere ? [] : Geocoder.BySpecificity(doc.Places);
        if (geocoder is not null && eventPlaces.Count > 0)
        {
            // Every reason ends with the frame's explanation, written in by the geocoder.
            var whyTail = frame.Explain();
            geo = geocoder.Resolve(eventPlaces, doc.Places, frame, eventCountry, whyTail, doc.Sentences);
            // A village the gazetteer lacks: fall back to the region the report places its events in, and say so.
            // The region named nearest before the event's own words is the one the report places it in.
            // (A resolution without coordinates knows only the country and the name the report gives the place.)
            GeoResolution? region = null;
            if (geo?.Latitude is null)
            {
                var at = eventPlaces.Min(p => p.Start);
                // A region first; else another place the report names (the city whose quarter or plain the event was in).
                // Only the paragraph that tells the event: a place another paragraph names belongs to another incident.
                var paragraph = doc.ParagraphAt(at);
                var others = doc.Places.Where(p => !eventPlaces.Contains(p) && doc.ParagraphAt(p.Start) == paragraph)
                    .OrderBy(p => p.Relation == PlaceRelation.Area ? 0 : 1)
                    .ThenBy(p => p.Start <= at ? 0 : 1).ThenBy(p => Math.Abs(at - p.Start)).ToList();
                region = others.Select(o => geocoder.Resolve([o], doc.Places, frame, eventCountry, whyTail)).FirstOrDefault(r => r?.Latitude is not null);
            }
            if (region is not null)
            {
                var missing = string.Join(", ", eventPlaces.Select(p => $"'{p.Name}'").Distinct());
                geo = region with
                {
                    Specific = false,
                    GeoPrecision = 3,
                    Location = geo is { Location.Length: > 0 } named ? named.Location
                        : region.Admin2.Length > 0 && region.GeoPrecision < 3 ? region.Admin2 : region.Location,
                    Why = $"{missing} not in the gazetteer; coded to the {(region.Mention?.Relation == PlaceRelation.Area ? "region" : "place")} the report names ('{region.Mention?.Name}') at precision 3: {region.Why}",
                };
            }
        }
        // Without a place, the event is in the country its sentence names, else the report's main country; a report that
        // gives no evidence of any country gets none rather than a guess.
        var country = geo?.Country is { Length: > 0 } gc ? gc
            : eventCountry is not null ? candidate.CountryHint!.Name
            : frame.Primary is { } primary ? actors.Country(primary)?.Name ?? ""
            : geocoder is null ? InferCountryFromActors(candidate) ?? ""
            : "";
        var countryEntry = actors.Country(country);

        var date = candidate.Date;
        var onDate = date ?? DateOnly.FromDateTime((clock ?? TimeProvider.System).GetUtcNow().UtcDateTime);
        var scope = new ActorScope(country, onDate, text.Text, this, doc, frame);
        var (a1, i1) = Name(candidate.Actor1, scope, fallback: true);
        var (a2, i2) = Name(candidate.Actor2, scope, fallback: true);
        // "Turkish troops were attacked, killing one soldier": a bare "soldier" or "police" is the named force the report
        // is about, not the event country's own, so it adds no associate when a named force of that kind takes part.
        List<(bool Home, string Kind)>? forces = null;
        void AddForce(ActorRole? r)
        {
            if (r is not null && r.Entry.Inter == InterCode.StateForces.Name && !r.Entry.IsStateForce && r.Entry.Country != "*")
                (forces ??= []).Add((r.Entry.Country == country, RoleAssigner.ForceKind(r.Entry)));
        }
        AddForce(candidate.Actor1);
        AddForce(candidate.Actor2);
        for (var i = 0; i < candidate.Assoc1.Count; i++) AddForce(candidate.Assoc1[i]);
        for (var i = 0; i < candidate.Assoc2.Count; i++) AddForce(candidate.Assoc2[i]);
        bool Restates(ActorRole r)
        {
            if (forces is null || !r.Entry.IsStateForce || r.Span is not { } span || !CodingWords.BareForceNoun.IsMatch(text.Text.AsSpan(span.Start, span.End - span.Start))) return false;
            var kind = RoleAssigner.ForceKind(r.Entry);
            bool abroad = false, home = false;
            foreach (var f in forces)
            {
                if (f.Kind != kind) continue;
                if (f.Home) home = true;
                else abroad = true;
            }
            return abroad && !home;
        }
        // "Iraqi troops attacked IS militants, killing four militants": where a side is a named armed group, an unnamed
        // armed group told beside it is that group's members told again, not another group.
        var namedArmed = (InterCode.IsNonStateArmedName(i1) && !SyntheticActors.IsUnidentifiedName(a1)) || (InterCode.IsNonStateArmedName(i2) && !SyntheticActors.IsUnidentifiedName(a2));
        bool Retold(ActorRole r) => namedArmed && SyntheticActors.IsUnidentified(r.Entry);
        List<string> Associates(IReadOnlyList<ActorRole> roles, List<string>? before)
        {
            var names = new List<string>(roles.Count);
            for (var i = 0; i < roles.Count; i++)
            {
                var r = roles[i];
                if (Restates(r) || Retold(r)) continue;
                var n = Name(r, scope).Name;
                if (n.Length > 0 && n != a1 && n != a2 && (before is null || !before.Contains(n)) && !names.Contains(n)) names.Add(n);
            }
            return names;
        }
        var assoc1 = Associates(candidate.Assoc1, null);
        var assoc2 = Associates(candidate.Assoc2, assoc1);
        // Two crowds fighting each other are "Rioters" on both sides (ACLED's mob violence between groups); any other
        // actor named on both sides is one side.
        var twoCrowds = candidate.Actor1?.Entry == SyntheticActors.Rioters && candidate.Actor2?.Entry == SyntheticActors.Rioters;
        if (a2 == a1 && a1.Length > 0 && !twoCrowds)
        {
            (a2, i2) = ("", "");
            if (assoc2.Count > 0) { a2 = assoc2[0]; i2 = InterOf(candidate.Assoc2, a2, scope); assoc2.RemoveAt(0); }
        }

        Add("event_date", candidate.DateSpan);
        Add("event_type", candidate.TriggerSpan);
        Add("sub_event_type", candidate.TriggerSpan);
        Add("actor1", candidate.Actor1?.Span);
        for (var i = 0; i < candidate.Assoc1.Count; i++) Add("assoc_actor_1", candidate.Assoc1[i].Span);
        Add("actor2", candidate.Actor2?.Span);
        for (var i = 0; i < candidate.Assoc2.Count; i++) Add("assoc_actor_2", candidate.Assoc2[i].Span);
        // A note that splits the toll by place: the event takes the share of its place.
        var fatalities = candidate.Fatalities;
        var share = candidate.FatalityShares.Count == 0 ? null : Coding.Stages.FatalityShares.For(candidate.FatalityShares,
            new[] { geo?.Mention?.Name }.Concat(candidate.Places.Select(p => p.Name)).OfType<string>(), candidate.SharesNamedOnly);
        if (share is not null)
        {
            fatalities = share.Count;
            Add("fatalities", share.Span);
        }
        else
        {
            for (var i = 0; i < candidate.FatalitySpans.Count; i++) Add("fatalities", candidate.FatalitySpans[i]);
        }
        for (var i = 0; i < candidate.InjurySpans.Count; i++) Add("injuries", candidate.InjurySpans[i]);
        Add("weapon", candidate.WeaponSpan);
        Add("source", candidate.SourceSpan);
        if (geo?.Mention is { } gm)
        {
            Add("location", new TextSpan(gm.Start, gm.End));
            if (geo.GeoPrecision > 1) Add("geo_precision", new TextSpan(gm.Start, gm.End));
        }
        for (var i = 0; i < doc.Countries.Count; i++)
        {
            var c = doc.Countries[i];
            if (c.Country.Name != country || c.IsDemonym) continue;
            Add("country", c.Span);
            break;
        }

        var evidence = EvidenceMap(gathered);
        ThreadScratch<List<(string Field, Evidence Evidence)>>.Give(gathered);

        var claims = candidate.Claims.Count == 0 ? [] : candidate.Claims.Select(c =>
        {
            var raw = text.ToRaw(c.Span);
            var asserts = new Dictionary<string, object?>(c.Asserts);
            if (c.Actors.Count > 0) asserts["actor1"] = Name(c.Actors[0], scope).Name;
            return new Claim(c.Source, c.Certainty, asserts, new Evidence(docId, raw.Start, raw.End, text.Raw.Substring(raw.Start, raw.Length)));
        }).ToList();

        var warnings = new List<string>();
        if (candidate.DateGuessed) warnings.Add("no publication date: the event date is the month of the stated date at best (time_precision 3)");
        var timePrecision = candidate.DateGuessed ? 3 : candidate.TimePrecision;

        // ACLED's "Government regains territory" is the country's own government (or its affiliate, a pro-government militia)
        // taking ground; a foreign army taking it is "Non-state actor overtakes territory".
        // Ground handed over without a fight has a taker too, who leads as in a battle for it, whatever the government.
        var subType = candidate.SubEventType;
        var regains = SubEventType.GovernmentRegainsTerritory.Name;
        var overtakes = SubEventType.NonStateActorOvertakesTerritory.Name;
        var handedOver = SubEventType.NonViolentTransfer.Name;
        if (candidate.TerritoryTaker is { } taker && (subType == regains || subType == overtakes || subType == handedOver))
        {
            var (takerName, takerInter) = Name(taker, scope);
            var own = (takerInter == InterCode.StateForces.Name || CodingWords.TakerGovernmentAffiliate.IsMatch(takerName))
                && (taker.Entry.Country is "*" || taker.Entry.Country == country || country.Length == 0);
            if (subType != handedOver) subType = own ? regains : overtakes;
            if (a1 != takerName && takerName.Length > 0 && (a2 == takerName || assoc1.Contains(takerName)))
            {
                // The actor that took the ground leads.
                if (a2 == takerName) { (a1, i1, a2, i2) = (a2, i2, a1, i1); }
                else { assoc1.Remove(takerName); assoc1.Insert(0, a1); (a1, i1) = (takerName, takerInter); }
            }
        }

        // ACLED names the targeted as civilians: an attack on farmers or journalists targets "Civilians (country)", the
        // group associated with them. Residents in a riot or protest are the crowd itself, not civilians beside it.
        var civiliansHere = country.Length > 0 ? $"Civilians ({country})" : "Civilians";
        if ((candidate.EventType == EventType.ViolenceAgainstCivilians.Name || candidate.EventType == EventType.ExplosionsRemoteViolence.Name)
            && (i2 == InterCode.Protesters.Name || i2 == InterCode.Civilians.Name) && a2.Length > 0 && !a2.StartsWith("Civilians", StringComparison.Ordinal))
        {
            assoc2.Remove(civiliansHere);
            assoc2.Insert(0, a2);
            (a2, i2) = (civiliansHere, InterCode.Civilians.Name);
        }

        if (candidate.EventType == EventType.Riots.Name || candidate.EventType == EventType.Protests.Name) assoc1.Remove(civiliansHere);

        // ACLED's standing associates (a Fulani militia with Pastoralists), on the side of the actor they stand beside.
        _companions.CompleteBoth(a1, assoc1, a2, assoc2, country, date);

        var notes = Notes(candidate);
        var id = Id(docId, ordinal, date, geo?.Location, subType);
        var civilianTargeting = i2 == "Civilians" && candidate.EventType is "Violence against civilians" or "Explosions/Remote violence" ? "Civilian targeting" : "";
        return new ResolvedEvent
        {
            EventId = id,
            DocIds = [docId],
            EventDate = date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "",
            Year = date?.Year,
            TimePrecision = timePrecision,
            DisorderType = DisorderType(candidate.EventType, candidate.SubEventType),
            EventType = candidate.EventType,
            SubEventType = subType,
            Actor1 = a1,
            AssocActor1 = string.Join("; ", assoc1),
            Inter1 = i1,
            Actor2 = a2,
            AssocActor2 = string.Join("; ", assoc2),
            Inter2 = i2,
            Interaction = i2.Length > 0 ? $"{i1}-{i2}" : i1.Length > 0 ? $"Sole {i1} action" : "",
            CivilianTargeting = civilianTargeting,
            Iso = countryEntry?.IsoNumeric,
            Region = countryEntry?.Region ?? "",
            Country = country,
            Admin1 = geo?.Admin1 ?? "",
            Admin2 = geo?.Admin2 ?? "",
            Admin3 = geo?.Admin3 ?? "",
            Location = geo?.Location ?? "",
            Latitude = geo?.Latitude is { } lat ? Math.Round(lat, 4) : null,
            Longitude = geo?.Longitude is { } lon ? Math.Round(lon, 4) : null,
            GeoPrecision = geo?.GeoPrecision,
            Source = doc.Document.Source ?? candidate.Source ?? "",
            Notes = notes,
            Fatalities = fatalities,
            FatalitiesBySide = share is null ? candidate.FatalitiesBySide : null,
            Elsewhere = candidate.Elsewhere,
            Injuries = candidate.Injuries,
            Weapon = candidate.Weapon,
            Evidence = evidence,
            Claims = claims,
            PrimaryClaim = candidate.PrimaryClaim,
            Classification = candidate.Classification,
            Geocoding = geo is null ? null : new GeocodingNote(geo.Chosen is null ? geo.Location : $"{geo.Chosen.Place.Name} (GeoNames {geo.Chosen.Place.GeonameId})",
                geo.Why, geo.RunnerUp is null ? null : $"{geo.RunnerUp.Place.Name} (GeoNames {geo.RunnerUp.Place.GeonameId}, {geo.RunnerUp.Place.Admin1Name}, {geo.RunnerUp.Place.CountryCode}): {geo.RunnerUp.Why}")
            {
                PlaceId = geo.Specific && geo.Chosen is { } ownPlace ? ownPlace.Place.GeonameId.ToString(CultureInfo.InvariantCulture) : null,
            },
            Warnings = warnings,
        };
    }

    /// <summary>The gathered evidence as a map by field in the order the fields first come, each field's in its order.</summary>
    private static Dictionary<string, IReadOnlyList<Evidence>> EvidenceMap(List<(string Field, Evidence Evidence)> gathered)
    {
        var fields = 0;
        for (var i = 0; i < gathered.Count; i++)
        {
            if (FirstOf(gathered, i)) fields++;
        }
        var map = new Dictionary<string, IReadOnlyList<Evidence>>(fields);
        for (var i = 0; i < gathered.Count; i++)
        {
            var (field, e) = gathered[i];
            if (map.TryGetValue(field, out var list))
            {
                ((List<Evidence>)list).Add(e);
                continue;
            }
            var count = 0;
            for (var j = i; j < gathered.Count; j++)
            {
                if (gathered[j].Field == field) count++;
            }
            map[field] = new List<Evidence>(count) { e };
        }
        gathered.Clear();
        return map;

        static bool FirstOf(List<(string Field, Evidence Evidence)> gathered, int i)
        {
            for (var j = 0; j < i; j++)
            {
                if (gathered[j].Field == gathered[i].Field) return false;
            }
            return true;
        }
    }

    private static string? InferCountryFromActors(EventCandidate c) =>
        new[] { c.Actor1, c.Actor2 }.Concat(c.Assoc1).Concat(c.Assoc2)
            .Where(r => r is not null && !r.Entry.IsGeneric && r.Entry.Country.Length > 0)
            .Select(r => r!.Entry.Country).FirstOrDefault();

    private string InterOf(IReadOnlyList<ActorRole> roles, string name, ActorScope scope) =>
        roles.Select(r => Name(r, scope)).FirstOrDefault(x => x.Name == name).Inter ?? "";

    /// <summary>Where and when an event's actors are named: its country, date, the text, and the countries its report names.</summary>
    /// <remarks>Most events never ask which countries the report names (their actors are of the event's country), so the set is made on first use.</remarks>
    private sealed class ActorScope(string country, DateOnly date, string text, EventResolver resolver, DocumentAnnotations doc, CountryFrame frame)
    {
        private IReadOnlySet<string>? _present;

        public string Country { get; } = country;

        public DateOnly Date { get; } = date;

        public string Text { get; } = text;

        public IReadOnlySet<string> Present => _present ??= resolver.PresentIn(doc, frame);
    }

    // The countries of the latest report, for all its events: the pair is swapped whole, as the frame builder's is.
    private sealed record LastPresent(DocumentAnnotations Doc, CountryFrame Frame, HashSet<string> Present);

    private LastPresent? _lastPresent;

    private HashSet<string> PresentIn(DocumentAnnotations doc, CountryFrame frame)
    {
        if (Volatile.Read(ref _lastPresent) is { } last && ReferenceEquals(last.Doc, doc) && ReferenceEquals(last.Frame, frame)) return last.Present;
        var present = Present(doc, frame);
        Volatile.Write(ref _lastPresent, new LastPresent(doc, frame, present));
        return present;
    }

    /// <summary>Countries the report itself names (or its frame holds): a named group of another country may act here only then.</summary>
    private HashSet<string> Present(DocumentAnnotations doc, CountryFrame frame)
    {
        var countries = doc.Countries;
        var present = new HashSet<string>(countries.Count + frame.Evidence.Count, StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < countries.Count; i++) present.Add(countries[i].Country.Name);
        // A group's own home is no evidence for itself: only words about places and people count.
        var evidence = frame.Evidence;
        for (var i = 0; i < evidence.Count; i++)
        {
            var ev = evidence[i];
            if (ev.Kind is not (FrameEvidenceKind.ActorHome or FrameEvidenceKind.Outlet) && actors.Country(ev.CountryCode) is { } m) present.Add(m.Name);
        }
        return present;
    }

    // A country's row stands for an actor elsewhere only when it is a proper name ("Hezbollah") and the report names or
    // frames that country; a description ("militiamen", "settlers", "warplanes") is that country's wording and means
    // nothing abroad, and "Congress" in a Nepali report is not India's party.
    private bool Admissible(ActorEntry entry, ActorRole role, ActorScope scope)
    {
        if (entry.Synthetic && _genericRows.TryGetValue(entry.Canonical, out var row)) entry = row;
        // A generic group ACLED began to code on a date (Labour Group from 2016) names no one before it: earlier events keep
        // the crowd or civilians alone, as ACLED's own data of those years does.
        if (entry.IsGeneric) return entry.ValidOn(scope.Date);
        if (entry.Country == scope.Country) return true;
        if (role.Span is { } span && IsDescription(entry, scope.Text.AsSpan(span.Start, span.Length))) return false;
        // An unplaced event has no country to be abroad from: a proper name is the best evidence there is. Armed groups
        // cross borders (Hezbollah in Syria, al-Shabaab in Kenya); parties, unions and governments do not, so they need
        // their country in the report's own words.
        return scope.Country.Length == 0 || scope.Present.Contains(entry.Country)
            || InterCode.IsNonStateArmedName(entry.Inter);
    }

    // The table writes descriptions in lower case ("pirates") and names as names ("Hezbollah"); the report's casing
    // says nothing at the start of a sentence.
    private static bool IsDescription(ActorEntry entry, ReadOnlySpan<char> surface)
    {
        var aliases = entry.Aliases;
        for (var i = 0; i < aliases.Count; i++)
        {
            var a = aliases[i];
            if (surface.Equals(a, StringComparison.OrdinalIgnoreCase) && !HasUpper(a)) return true;
        }
        return false;

        static bool HasUpper(string a)
        {
            foreach (var c in a)
            {
                if (char.IsUpper(c)) return true;
            }
            return false;
        }
    }

    private (string Name, string Inter) Name(ActorRole? role, ActorScope scope, bool fallback = false)
    {
        if (role is null) return ("", "");
        // Every side, associate and claim of every event is named here: the admissible options are marked in place
        // rather than listed, and a role without alternatives is its entry alone.
        var options = role.Alternatives;
        var count = options?.Count ?? 1;
        Span<bool> admissible = count <= 64 ? stackalloc bool[count] : new bool[count];
        var any = false;
        for (var i = 0; i < count; i++)
        {
            if (Admissible(options is null ? role.Entry : options[i], role, scope)) admissible[i] = any = true;
        }
        if (any) return NameOf(options, role.Entry, admissible, scope.Country, scope.Date);
        if (!fallback) return ("", "");
        // A side the report does describe keeps its kind: the event's own state force, or an unnamed armed group.
        var kind = role.Entry.Inter;
        var generic = kind == InterCode.StateForces.Name ? (role.Entry.Canonical.StartsWith("Police", StringComparison.Ordinal) ? SyntheticActors.Police : SyntheticActors.Military)
            : kind == InterCode.Civilians.Name ? SyntheticActors.Civilians
            : kind == InterCode.Protesters.Name ? SyntheticActors.Protesters
            : kind == InterCode.Rioters.Name ? SyntheticActors.Rioters
            : kind == InterCode.RebelGroup.Name || kind == InterCode.PoliticalMilitia.Name || kind == InterCode.IdentityMilitia.Name ? SyntheticActors.Unidentified
            : null;
        return generic is null ? ("", "") : NameOf(null, generic, [], scope.Country, scope.Date);
    }

    /// <summary>The ACLED name and inter type of an actor role in <paramref name="country"/> on <paramref name="date"/>.</summary>
    public (string Name, string Inter) Name(ActorRole? role, string country, DateOnly date) =>
        role is null ? ("", "") : NameOf(role.Alternatives, role.Entry, [], country, date);

    /// <summary>The name of the options (<paramref name="single"/> alone when there is no list) that <paramref name="admissible"/>
    /// marks, all of them when it is empty.</summary>
    private (string Name, string Inter) NameOf(IReadOnlyList<ActorEntry>? options, ActorEntry single, ReadOnlySpan<bool> admissible, string country, DateOnly date)
    {
        // The first valid option of the country, else generic, else any, the latest row first; with none valid, the first
        // of the country, else the first.
        var count = options?.Count ?? 1;
        ActorEntry? entry = null;
        var (bestRank, bestFrom) = (0, DateOnly.MinValue);
        for (var i = 0; i < count; i++)
        {
            if (!admissible.IsEmpty && !admissible[i]) continue;
            var o = options is null ? single : options[i];
            if (!o.ValidOn(date)) continue;
            var rank = o.Country == country ? 0 : o.IsGeneric ? 1 : 2;
            var from = o.From ?? DateOnly.MinValue;
            if (entry is null || rank < bestRank || (rank == bestRank && from > bestFrom)) (entry, bestRank, bestFrom) = (o, rank, from);
        }
        if (entry is null)
        {
            ActorEntry? first = null;
            for (var i = 0; i < count; i++)
            {
                if (!admissible.IsEmpty && !admissible[i]) continue;
                var o = options is null ? single : options[i];
                first ??= o;
                if (o.Country != country) continue;
                entry = o;
                break;
            }
            entry ??= first ?? options!.First();
        }
        if (entry.IsStateForce)
        {
            var forceCountry = entry.Country == "*" ? country : entry.Country;
            if (forceCountry.Length == 0) return (entry.Canonical == "@police" ? "Police Forces" : "Military Forces", "State forces");
            var kind = entry.Canonical == "@police" ? "police" : "military";
            var force = actors.StateForce(forceCountry, kind, date);
            var name = force?.Canonical ?? (kind == "police" ? $"Police Forces of {forceCountry}" : $"Military Forces of {forceCountry}");
            return (name, "State forces");
        }
        var canonical = entry.Canonical;
        if (canonical.Contains("{country}"))
        {
            var c = entry.Country != "*" ? entry.Country : country;
            canonical = c.Length > 0 ? canonical.Replace("{country}", c) : canonical.Replace(" ({country})", "").Replace("{country}", "");
        }
        return (canonical, entry.Inter);
    }

    private static string DisorderType(string eventType, string sub) => eventType switch
    {
        "Protests" => "Demonstrations",
        "Riots" => sub == "Mob violence" ? "Political violence; Demonstrations" : "Demonstrations",
        "Strategic developments" => "Strategic developments",
        _ => "Political violence",
    };

    private static string Notes(EventCandidate c)
    {
        // The extent (often a whole paragraph) with its paragraph breaks as spaces, cut after 400 characters: only the first
        // 401 are ever read, so they are written in a buffer, and only the note itself is made.
        var t = c.Doc.Text.Text;
        var source = t.AsSpan(c.Extent.Start, c.Extent.End - c.Extent.Start);
        Span<char> head = stackalloc char[401];
        var n = 0;
        var replaced = false;
        for (var i = 0; i < source.Length && n < head.Length; i++)
        {
            if (source[i] == '\n' && i + 1 < source.Length && source[i + 1] == '\n')
            {
                head[n++] = ' ';
                i++;
                replaced = true;
            }
            else head[n++] = source[i];
        }
        // A short report that is one event's whole note is its own text.
        if (n <= 400) return !replaced && source.Length == t.Length ? t : new string(head[..n]);
        var cut = head.LastIndexOf(' ');
        return string.Concat(head[..(cut > 200 ? cut : 400)], " ...");
    }

    private const string IdPrefix = "SITREP-";

    private static string Id(string docId, int ordinal, DateOnly? date, string? location, string sub)
    {
        // Every event: the key is written in a buffer (formatted as the interpolated string is) and only the id is a string.
        Span<char> chars = stackalloc char[256];
        ReadOnlySpan<char> key = chars.TryWrite($"{docId}\u001f{ordinal}\u001f{date}\u001f{location}\u001f{sub}", out var written)
            ? chars[..written]
            : $"{docId}\u001f{ordinal}\u001f{date}\u001f{location}\u001f{sub}";
        var max = Encoding.UTF8.GetMaxByteCount(key.Length);
        Span<byte> buffer = max <= 1024 ? stackalloc byte[max] : new byte[max];
        var length = Encoding.UTF8.GetBytes(key, buffer);
        Span<byte> hash = stackalloc byte[Sha256.HashSizeInBytes];
        Sha256.HashData(buffer[..length], hash);
        Span<char> id = stackalloc char[IdPrefix.Length + 10];
        IdPrefix.CopyTo(id);
        Convert.TryToHexStringLower(hash[..5], id[IdPrefix.Length..], out _);
        return new string(id);
    }
}

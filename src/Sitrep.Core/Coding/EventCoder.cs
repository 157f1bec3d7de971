using System.Text.RegularExpressions;
using Sitrep.Core.Annotation;
using Sitrep.Core.Geocoding;
using Sitrep.Core.Lexicons;
using Sitrep.Core.Text;

namespace Sitrep.Core.Coding;

/// <summary>Groups a document's sentences into incidents and codes each as one or more ACLED event candidates.</summary>
/// <remarks>
/// An incident starts at a sentence that reports something happening (a trigger, not hypothetical, not a statement,
/// not background) and continues through the sentences that add to it. Sentences that attribute or hedge a version
/// ("X claimed", "likely conducted by") become claims on the incident they refer to. One incident gives one event
/// per (date, location) as ACLED requires.
/// </remarks>
public static partial class EventCoder
{
    private static readonly ActorEntry Unidentified = new("Unidentified Armed Group ({country})", "Political militia", "*", null, null, [], Synthetic: true);
    private static readonly ActorEntry Civilians = new("Civilians ({country})", "Civilians", "*", null, null, [], Synthetic: true);
    private static readonly ActorEntry Protesters = new("Protesters ({country})", "Protesters", "*", null, null, [], Synthetic: true);
    private static readonly ActorEntry Rioters = new("Rioters ({country})", "Rioters", "*", null, null, [], Synthetic: true);

    [GeneratedRegex(@"\b(?:the|this|that)\s+(?:large\s+|deadly\s+|latest\s+|reported\s+|alleged\s+)?(?:explosion|blast|incident|attack|strike|airstrike|air strike|clash(?:es)?|bombing|shelling|raid|ambush|killing|assault|operation|fighting|violence|event)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AnaphoricEvent();

    [GeneratedRegex(@"\b(?:continu(?:e|es|ed|ing)|ongoing|so far|over the past|in recent (?:days|weeks)|for (?:several|many|\w+) (?:days|weeks))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Ongoing();

    [GeneratedRegex(@"\b(?:and|&)\s+(?:in|along|on|near|at|around|across)\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LocationJoin();

    [GeneratedRegex(@"\b(?:due to|caused by|because of|as a result of|result of|was caused by|resulted from)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CauseWords();

    private static readonly Regex LaterDeath = Patterns.Get(@"\b(?:later\s+|subsequently\s+|eventually\s+)?(?:died|succumbed)\s+(?:of|to|from)\s+(?:his|her|their|the)\s+(?:wounds|injuries)\b|\blater\s+died\b");
    private static readonly Regex PoliceWords = Patterns.Get(@"\bpolice|officers\b");
    private static readonly Regex BareExplosion = Patterns.Get("^(?:explosion|blast|explosions|blasts|exploded|detonation)$");
    private static readonly Regex DateJoin = Patterns.Get(@"^\s*(?:,|and|&|,\s*and|to)\s*$");
    private static readonly Regex VictimPeople = Patterns.Get(@"\b(?:civilians?|people|residents?|villagers?|children|women|men|man|woman|child|persons?)\b");
    private static readonly Regex AccidentCause = Patterns.Get(@"accident|safety|malfunction|negligence|mishandl");
    private static readonly Regex DefiniteBefore = Patterns.Get(@"\b(?:the|this|that|same)\s+$");
    private static readonly Regex DefiniteStart = Patterns.Get(@"^(?:the|this|that)\s");
    private static readonly Regex ByAgentBefore = Patterns.Get(@"\bby\s+(?:the\s+)?(?:[\w'-]+\s+){0,2}$");

    private sealed class Incident
    {
        public required SentenceView Lead;
        public List<SentenceView> Main { get; } = [];
        public List<SentenceView> ClaimSentences { get; } = [];
        public int Paragraph => Lead.Sentence.Paragraph;
    }

    /// <summary>Event candidates of one annotated document, in text order.</summary>
    public static IReadOnlyList<EventCandidate> Code(DocumentAnnotations doc)
    {
        var views = new List<SentenceView>(doc.Sentences.Count);
        foreach (var s in doc.Sentences) views.Add(new SentenceView(doc, s));
        var incidents = new List<Incident>();
        Incident? current = null;
        var headline = Headline(doc, views);
        foreach (var v in views)
        {
            if (v.IsHypothetical || v == headline) continue;
            var hasEventDates = v.HasEventDates;
            var eventive = v.Triggers.Count > 0 && !(v.IsStatement && v.Casualties.Count == 0 && !hasEventDates) && !(v.IsBackground && !hasEventDates);
            // The regexes below run only where their answer is read: most sentences need neither.
            bool? refersBackMemo = null;
            bool RefersBack() => refersBackMemo ??= AnaphoricEvent().IsMatch(v.Text);
            if (v.IsAttributed && incidents.Count > 0 && HasClaimContent(v) && (!hasEventDates || RefersBack()))
            {
                if (current is not null && ContinuesLeadSource(doc, current.Lead, v))
                {
                    current.Main.Add(v);
                    continue;
                }
                BestReferent(incidents, v, current).ClaimSentences.Add(v);
                continue;
            }
            if (eventive)
            {
                // "She died of her wounds on 7 June": a later death of someone the incident hurt is its toll, not a new event.
                if (current is not null && LaterDeath.IsMatch(v.Text))
                {
                    current.Main.Add(v);
                    continue;
                }

                var startsNew = current is null
                    || v.Sentence.Paragraph != current.Paragraph && !(!hasEventDates && RefersBack())
                    || HasNewDate(current, v)
                    || (NewPlace(current, v) && v.Casualties.Count == 0 && v.Actors.Count > 0 && !NewActors(current, v) && !RefersBack());
                if (startsNew)
                {
                    current = new Incident { Lead = v };
                    current.Main.Add(v);
                    incidents.Add(current);
                }
                else current!.Main.Add(v);
                continue;
            }
            if (v.IsBackground || v.IsStatement) continue;
            if (current is not null && v.Sentence.Paragraph == current.Paragraph) current.Main.Add(v);
        }

        // A summary with no trigger word still reports something when it counts victims or names two sides.
        if (incidents.Count == 0)
        {
            var lead = views.FirstOrDefault(v => !v.IsHypothetical && (v.Casualties.Count > 0 || v.Actors.Count > 0));
            if (lead is not null)
            {
                var inc = new Incident { Lead = lead };
                inc.Main.AddRange(views.Where(v => !v.IsHypothetical && v.Sentence.Paragraph == lead.Sentence.Paragraph));
                incidents.Add(inc);
            }
        }

        var result = new List<EventCandidate>();
        Incident? previous = null;
        foreach (var inc in incidents)
        {
            // "Russian airstrikes on ISIS positions were also reported": no place of its own, so the paragraph's last place holds.
            var inherited = previous is not null && previous.Paragraph == inc.Paragraph && !inc.Main.Any(m => m.Places.Count > 0)
                ? SentenceView.Flatten(previous.Main, static m => m.Places) : null;
            result.AddRange(CodeIncident(doc, inc, inherited));
            previous = inc;
        }
        return result;
    }

    /// <summary>
    /// A title line above the story ("Clashes near Marib", then a blank line and the report) names the incident the body
    /// tells with its date and sides; coded on its own it would be a second, undated event. It is set aside only when
    /// the body has a trigger of its own, so a headline-only brief still gives its event.
    /// </summary>
    private static SentenceView? Headline(DocumentAnnotations doc, List<SentenceView> views)
    {
        if (views.Count < 2) return null;
        var first = views[0];
        if (first.Sentence.Paragraph != 0 || views[1].Sentence.Paragraph == 0 || first.Triggers.Count == 0) return null;
        var span = first.Sentence.Span;
        var last = doc.Text.Text[span.End - 1];
        if (last is '.' or '!' or '?' or ':' or '"' or '\u201D' or ')') return null;
        for (var i = 1; i < views.Count; i++)
        {
            if (views[i].Triggers.Count > 0) return first;
        }

        return null;
    }

    /// <summary>
    /// "..., a military official said. Four soldiers were killed in the fighting, the official added": the same voice goes
    /// on telling the same account, so its figures are the account's, not a competing version. Only a plain report
    /// ("said", "added") by the lead's own source counts: the same words, or "the"/"this" + the same head noun; "other
    /// sources say" or a claim or denial stays a claim.
    /// </summary>
    private static bool ContinuesLeadSource(DocumentAnnotations doc, SentenceView lead, SentenceView v)
    {
        if (v.Certainty.Any(c => c != "reported")) return false;
        var leadSource = lead.Cues.FirstOrDefault(c => c.Kind == "source");
        var source = v.Cues.FirstOrDefault(c => c.Kind == "source");
        if (leadSource is null || source is null) return false;
        if (string.Equals(leadSource.Value, source.Value, StringComparison.OrdinalIgnoreCase)) return true;
        if (!string.Equals(Head(leadSource.Value), Head(source.Value), StringComparison.OrdinalIgnoreCase)) return false;
        var text = doc.Text.Text;
        var before = text[Math.Max(0, source.Span.Start - 6)..source.Span.Start];
        return DefiniteBefore.IsMatch(before) || DefiniteStart.IsMatch(source.Value);

        static string Head(string words)
        {
            var i = words.LastIndexOf(' ');
            var head = i < 0 ? words : words[(i + 1)..];
            return head.Length > 3 && head.EndsWith('s') ? head[..^1] : head;
        }
    }

    /// <summary>"the kidnappers were likely members of JNIM" says who did it, though it names no act.</summary>
    private static bool HasClaimContent(SentenceView v)
    {
        if (v.Triggers.Count > 0 || v.Casualties.Count > 0 || CauseWords().IsMatch(v.Text)) return true;
        var certainty = v.Certainty;
        if (v.Actors.Count > 0)
        {
            foreach (var c in certainty)
            {
                if (c is "likely" or "claimed") return true;
            }
        }
        return certainty.Contains("denied");
    }

    /// <summary>True when the sentence states an event date that none of the incident's sentences state.</summary>
    private static bool HasNewDate(Incident inc, SentenceView v)
    {
        foreach (var d in v.EventDates)
        {
            var known = false;
            foreach (var m in inc.Main)
            {
                foreach (var c in m.EventDates)
                {
                    if (c.Dates.SequenceEqual(d.Dates)) { known = true; break; }
                }
                if (known) break;
            }
            if (!known) return true;
        }
        return false;
    }

    private static bool NewPlace(Incident inc, SentenceView v)
    {
        if (v.Places.Count == 0) return false;
        foreach (var p in v.Places)
        {
            foreach (var m in inc.Main)
            {
                foreach (var k in m.Places)
                {
                    if (string.Equals(k.Name, p.Name, StringComparison.OrdinalIgnoreCase)) return false;
                }
            }
        }
        return true;
    }

    private static bool NewActors(Incident inc, SentenceView v)
    {
        foreach (var a in v.Actors)
        {
            var canonical = a.Candidates[0].Canonical;
            var known = false;
            foreach (var m in inc.Main)
            {
                foreach (var k in m.Actors)
                {
                    if (k.Candidates[0].Canonical == canonical) { known = true; break; }
                }
                if (known) break;
            }
            if (!known) return true;
        }
        return false;
    }

    private static Incident BestReferent(List<Incident> incidents, SentenceView claim, Incident? current)
    {
        // The incident sharing an actor or a place with the claim; else the most recent one.
        Incident? best = null;
        var bestScore = 0;
        var words = claim.Text.ToLowerInvariant();
        var claimKeys = claim.Actors.SelectMany(c => c.Candidates).Select(RoleAssigner.Identity).ToHashSet();
        foreach (var inc in incidents)
        {
            var score = 0;
            foreach (var key in inc.Main.SelectMany(m => m.Actors).Select(a => RoleAssigner.Identity(a.Candidates[0])).Distinct())
            {
                if (claimKeys.Contains(key)) score += 2;
            }
            foreach (var country in inc.Main.SelectMany(m => m.Actors).Select(a => a.Candidates[0].Country).Where(c => c != "*").Distinct())
            {
                if (words.Contains(country.ToLowerInvariant()[..Math.Min(5, country.Length)])) score += 1;
            }
            foreach (var p in inc.Main.SelectMany(m => m.Places)) if (claim.Text.Contains(p.Name, StringComparison.OrdinalIgnoreCase)) score += 2;
            foreach (var t in inc.Main.SelectMany(m => m.Triggers)) if (claim.Text.Contains(Word(t, inc), StringComparison.OrdinalIgnoreCase)) score += 1;
            if (score > bestScore) { best = inc; bestScore = score; }
        }
        return best ?? current ?? incidents[^1];
    }

    private static string Word(TriggerMention t, Incident inc)
    {
        var s = inc.Main.First(m => m.Span.Contains(t.Span));
        return s.Slice(t.Span).Split(' ')[^1];
    }

    private static IEnumerable<EventCandidate> CodeIncident(DocumentAnnotations doc, Incident inc, List<PlaceMention>? inheritedPlaces)
    {
        var main = inc.Main;
        var lead = inc.Lead;
        var firstPass = RoleAssigner.Assign(main, lead.Triggers.FirstOrDefault());
        var cls = EventClassifier.Classify(main, firstPass);
        var sides = cls.Trigger is not null && cls.Trigger != lead.Triggers.FirstOrDefault() ? RoleAssigner.Assign(main, cls.Trigger) : firstPass;
        var side1 = sides.Side1.ToList();
        var side2 = sides.Side2.ToList();

        // Crowds and civilians take ACLED's generic names when the text names no organisation.
        switch (cls.EventType)
        {
            case "Protests":
                // Women, students or traders who protest are the crowd's associates: ACLED's actor is "Protesters (Country)".
                if (!side1.Any(a => a.Entry.Inter == "Protesters" && a.Entry.Canonical.StartsWith("Protesters", StringComparison.Ordinal)))
                {
                    // ACLED names the crowd "Protesters (Country)"; unions, traders or students who protest are its associates.
                    var crowd = side1.Concat(side2).FirstOrDefault(a => a.Entry.Inter == "Protesters" && a.Entry.Canonical.StartsWith("Protesters", StringComparison.Ordinal));
                    var groups = side1.Concat(side2).Where(a => a.Entry.Inter == "Protesters" && a != crowd).ToList();
                    side1.RemoveAll(a => a.Entry.Inter == "Protesters");
                    side2.RemoveAll(a => a.Entry.Inter == "Protesters");
                    side1.InsertRange(0, groups);
                    // Parties, unions and social groups that protest are associates of the protesters.
                    var assoc = side1.Where(a => !EventClassifier.IsArmed(a.Entry.Inter) || a.Entry.Inter == "Political militia" && !a.Entry.IsGeneric).ToList();
                    side1 = [crowd ?? new ActorRole(Protesters, null), .. assoc.Where(a => a != crowd)];
                }
                if (cls.SubEventType == "Peaceful protest") side2 = side2.Where(a => a.Entry.Inter != "State forces").ToList();
                else if (!side2.Any(a => a.Entry.Inter == "State forces"))
                {
                    var force = side1.FirstOrDefault(a => a.Entry.Inter == "State forces");
                    if (force is not null) { side1.Remove(force); side2.Insert(0, force); }
                    else if (PoliceWords.IsMatch(string.Join(" ", main.Select(m => m.Text))))
                        side2.Insert(0, new ActorRole(new ActorEntry("@police", "State forces", "*", null, null, [], Synthetic: true), null));
                }
                if (cls.SubEventType == "Excessive force against protesters") (side1, side2) = (side2, side1);
                break;
            case "Riots":
                if (!side1.Any(a => a.Entry.Inter == "Rioters"))
                {
                    var crowd = side1.Concat(side2).FirstOrDefault(a => a.Entry.Inter is "Rioters" or "Protesters");
                    // Students or traders who riot are associates of "Rioters (Country)", as with protests.
                    var groups = side1.Concat(side2)
                        .Where(a => a.Entry.Inter == "Protesters" && !a.Entry.Canonical.StartsWith("Protesters", StringComparison.Ordinal))
                        .ToList();
                    side1.RemoveAll(a => a.Entry.Inter is "Rioters" or "Protesters");
                    side2.RemoveAll(a => a.Entry.Inter is "Rioters" or "Protesters");
                    var assoc = side1.ToList();
                    side1 = [new ActorRole(Rioters, crowd?.Span), .. groups, .. assoc.Where(a => a.Entry.Inter != "State forces")];
                    side2.InsertRange(0, assoc.Where(a => a.Entry.Inter == "State forces"));
                }
                if (cls.SubEventType == "Mob violence" && side2.Count == 0) side2.Add(new ActorRole(Civilians, null));
                break;
            case "Violence against civilians":
                if (side1.Count > 0 && side1.All(a => a.Entry.Inter == "Civilians") && side2.Any(a => a.Entry.Inter != "Civilians"))
                    (side1, side2) = (side2, side1);
                side2.RemoveAll(a => EventClassifier.IsArmed(a.Entry.Inter) && side1.Count > 0);
                if (!side2.Any(a => a.Entry.Inter == "Civilians")) side2.Insert(0, new ActorRole(Civilians, null));
                if (side1.Count == 0) side1.Add(new ActorRole(Unidentified, null));
                break;
            case "Battles" or "Explosions/Remote violence":
                if (side1.Count == 0 && side2.Count > 0) side1.Add(new ActorRole(Unidentified, null));
                if (side1.Count > 0 && side2.Count == 0 && cls.EventType == "Explosions/Remote violence" && Victims(main) is { } victims)
                    side2.Add(victims);
                if (side1.Count == 0 && side2.Count == 0) side1.Add(new ActorRole(Unidentified, null));
                if (cls.EventType == "Battles" && side2.Count == 0 && cls.SubEventType == "Armed clash")
                    side2.Add(new ActorRole(Unidentified, null));
                break;
        }

        // Casualties: killed counts are fatalities, conservatively summed over distinct groups.
        var casualties = new List<CasualtyMention>();
        foreach (var m in main)
        {
            foreach (var c in m.Casualties)
            {
                if (!InClaim(inc, c.Span)) casualties.Add(c);
            }
        }
        var killed = Distinct(casualties.Where(c => c.Kind == CasualtyKind.Killed && !c.Uncertain)).ToList();
        var injured = Distinct(casualties.Where(c => c.Kind == CasualtyKind.Injured)).ToList();
        // A stated total ("2 fatalities") restates the counted groups; it adds only what they leave out.
        var counted = killed.Where(c => !c.IsTotal).Sum(c => c.Count);
        var total = killed.Where(c => c.IsTotal).Select(c => c.Count).DefaultIfEmpty(0).Max();
        var fatalities = Math.Max(counted, total);
        var coded = FirstCue(main, "coded_fatalities");
        var fatalitySpans = killed.Select(c => c.Span).ToList();
        if (coded is not null && Numbers.Parse(coded.Value) is ({ } codedN, _))
        {
            fatalities = codedN;
            fatalitySpans = [coded.Span];
        }
        // Coders' notes share a total across events ("coded as 10 and split between 2 events"): this event takes its share.
        var share = FirstCue(main, "per_event_fatalities");
        var split = FirstCue(main, "split_fatalities");
        if (share is not null && int.TryParse(share.Value, out var shareN))
        {
            fatalities = shareN;
            fatalitySpans = [.. fatalitySpans, share.Span];
        }
        else if (split is not null && int.TryParse(split.Value, out var parts) && parts > 1)
        {
            fatalities /= parts;
            fatalitySpans = [.. fatalitySpans, split.Span];
        }
        var none = main.SelectMany(m => m.Cues).FirstOrDefault(c => c.Kind == "no_casualties" && c.Value == "fatalities");
        if (fatalities == 0 && none is not null) fatalitySpans = [none.Span];
        int? injuries = injured.Count > 0 ? injured.Sum(c => c.Count) : FirstCue(main, "no_casualties") is not null ? 0 : null;

        // Weapon: the first named in the incident's own sentences.
        WeaponMention? weapon = null;
        foreach (var m in main)
        {
            foreach (var w in m.Weapons)
            {
                if (!InClaim(inc, w.Span)) { weapon = w; break; }
            }
            if (weapon is not null) break;
        }
        var claims = BuildClaims(doc, inc);
        var primary = "the report's own account";
        var eventType = cls.EventType;
        var subType = cls.SubEventType;
        // When the report itself names no cause of an explosion, the version naming a weapon and a perpetrator leads.
        if (cls.Family == "remote" && cls.Trigger is not null && doc.Text.Text[cls.Trigger.Span.Start..cls.Trigger.Span.End] is var word
            && BareExplosion.IsMatch(word))
        {
            var specific = claims.FirstOrDefault(c => c.Asserts.ContainsKey("sub_event_type") && c.Asserts.ContainsKey("actor1") && c.Certainty != "denied");
            if (specific is not null)
            {
                eventType = (string)specific.Asserts["event_type"]!;
                subType = (string)specific.Asserts["sub_event_type"]!;
                var perpetrator = specific.Actors.FirstOrDefault();
                if (perpetrator is not null)
                {
                    if (side1.Count > 0 && side1[0].Entry == Unidentified) side1.RemoveAt(0);
                    side1.Insert(0, perpetrator);
                }
                primary = $"claim by {specific.Source}: the only version that names a weapon and a perpetrator; the report itself gives no cause";
                if (specific.Asserts.TryGetValue("weapon", out var w) && w is string ws && weapon is null)
                    weapon = doc.Weapons.FirstOrDefault(x => x.Weapon == ws);
            }
        }
        if (weapon is null && cls.Family == "remote" && cls.Trigger is not null)
            weapon = doc.Weapons.FirstOrDefault(w => w.Span.Overlaps(cls.Trigger.Span));

        // Source: who the report attributes the whole account to ("the Turkish Defense Ministry reported").
        var sourceCue = lead.Cues.FirstOrDefault(c => c.Kind == "source");

        // The account the report attributes to a named source is itself a claim, and the primary coding follows it.
        // The source may be an actor speaking for itself ("HTS claimed that its fighters killed ...").
        var leadCertainty = lead.Certainty.FirstOrDefault(c => c is "claimed" or "denied" or "likely") ?? (lead.Certainty.Contains("reported") ? "reported" : null);
        var speaker = sourceCue?.Value;
        if (speaker is null && leadCertainty is "claimed" or "denied")
        {
            var verb = lead.Cues.First(c => c.Kind == "certainty" && c.Value == leadCertainty);
            speaker = SpeakerBefore(lead, verb);
        }
        if (speaker is not null && leadCertainty is not null && primary == "the report's own account")
        {
            var asserts = new Dictionary<string, object?> { ["event_type"] = eventType, ["sub_event_type"] = subType, ["fatalities"] = fatalities };
            if (injuries is { } inj) asserts["injuries"] = inj;
            claims.Insert(0, new ClaimCandidate(speaker, leadCertainty, asserts, lead.Span, []));
            primary = $"the account the report attributes to {speaker} ({leadCertainty})";
        }

        // ACLED codes a group that claims an attack as its perpetrator, unless the report itself names another.
        if (side1.Count == 0 || side1[0].Entry == Unidentified)
        {
            var owner = claims.FirstOrDefault(c => c.Asserts.ContainsKey("responsibility") && c.Certainty != "denied" && c.Actors.Count > 0);
            if (owner is not null && !claims.Any(c => c.Certainty == "denied" && c.Asserts.ContainsKey("responsibility")))
            {
                if (side1.Count > 0) side1.RemoveAt(0);
                side1.Insert(0, owner.Actors[0]);
                side2.RemoveAll(a => a.Entry == owner.Actors[0].Entry);
                var why = $"actor1 from the claim of responsibility by {owner.Actors[0].Entry.Canonical} (ACLED codes the group that claims an attack as its perpetrator)";
                primary = primary == "the report's own account" ? why : $"{primary}; {why}";
            }
        }

        // Dates: the incident's own, else the publication date.
        var dateMentions = SentenceView.Flatten(main, static m => m.EventDateList);
        var dates = new List<(DateOnly? Date, int Precision, TextSpan? Span, bool Guessed)>();
        if (dateMentions.Count > 0)
        {
            var first = dateMentions[0];
            // "On May 27 and May 28": adjacent dates joined by "and" form one list.
            var list = new List<DateMention> { first };
            foreach (var d in dateMentions.Skip(1))
            {
                var gap = doc.Text.Text[list[^1].Span.End..Math.Max(list[^1].Span.End, d.Span.Start)];
                if (DateJoin.IsMatch(gap)) list.Add(d);
                else break;
            }
            foreach (var dm in list)
                foreach (var date in dm.Dates) dates.Add((date, dm.Precision, dm.Span, dm.NeedsPublished));
        }
        else if (Ongoing().IsMatch(lead.Text) && doc.Document.Published is { } pub)
        {
            dates.Add((pub, 3, null, false));
        }
        else
        {
            dates.Add((doc.Document.Published, doc.Document.Published is null ? 3 : 1, null, doc.Document.Published is null));
        }

        // Locations: one event per place joined by "and in/along ..." in the lead sentence; otherwise all mentions inform one location.
        var places = inheritedPlaces ?? SentenceView.Flatten(main, static m => m.Places);
        var locationGroups = new List<List<PlaceMention>>();
        var leadPlaces = lead.Places.ToList();
        var locationSplit = inheritedPlaces is null ? SplitLocations(lead, leadPlaces) : [places];
        if (locationSplit.Count > 1)
        {
            foreach (var g in locationSplit) locationGroups.Add(g.Concat(places.Where(p => !leadPlaces.Contains(p))).ToList());
        }
        else locationGroups.Add(OrderPlaces(places));

        var hint = CountryHint(doc, main);
        ActorRole? taker = null;
        if (cls.Family == "territory" && cls.Trigger is { } tt)
        {
            // The subject of "took control": the nearest actor named before the verb in its sentence.
            var sentence = main.First(m => m.Span.Contains(tt.Span));
            // The subject of "took control": the first actor of the clause that holds the verb.
            var clauseStart = sentence.Text.LastIndexOf(", ", tt.Span.Start - sentence.Span.Start, StringComparison.Ordinal);
            var from = clauseStart < 0 ? sentence.Span.Start : sentence.Span.Start + clauseStart;
            var subject = sentence.Actors.FirstOrDefault(a => a.Span.Start >= from && a.Span.End <= tt.Span.Start)
                ?? sentence.Actors.FirstOrDefault(a => a.Span.End <= tt.Span.Start);
            taker = subject is not null ? new ActorRole(subject.Candidates[0], subject.Span, subject.Candidates) : side1.FirstOrDefault();
        }
        var extent = new TextSpan(main.Min(m => m.Span.Start), main.Max(m => m.Span.End));
        var explanation = cls.Trigger is { } ct ? $"{cls.Rule}: '{doc.Text.Text[ct.Span.Start..ct.Span.End]}'" : cls.Rule;
        if (eventType != cls.EventType || subType != cls.SubEventType) explanation += $"; {eventType} / {subType} from a claim";
        var perEventFatalities = fatalities;
        var n = 0;
        foreach (var (date, precision, span, guessed) in dates)
        {
            foreach (var group in locationGroups)
            {
                n++;
                yield return new EventCandidate
                {
                    Doc = doc,
                    Date = date,
                    TimePrecision = precision,
                    DateSpan = span,
                    DateGuessed = guessed,
                    EventType = eventType,
                    SubEventType = subType,
                    TriggerSpan = cls.Trigger?.Span,
                    Actor1 = side1.FirstOrDefault(),
                    Assoc1 = side1.Skip(1).ToList(),
                    TerritoryTaker = taker,
                    Actor2 = side2.FirstOrDefault(),
                    Assoc2 = side2.Skip(1).ToList(),
                    Places = OrderPlaces(group),
                    // ACLED never counts one death twice: the toll goes to the first event of a split incident.
                    Fatalities = n == 1 ? perEventFatalities : 0,
                    FatalitySpans = n == 1 ? fatalitySpans : [],
                    Injuries = n == 1 ? injuries : null,
                    InjurySpans = n == 1 ? injured.Select(c => c.Span).ToList() : [],
                    Weapon = weapon?.Weapon,
                    WeaponSpan = weapon?.Span,
                    Claims = claims,
                    PrimaryClaim = primary,
                    Classification = explanation,
                    Extent = extent,
                    Source = sourceCue?.Value,
                    SourceSpan = sourceCue?.Span,
                    CountryHint = hint,
                };
            }
        }
    }

    private static bool InClaim(Incident inc, TextSpan span)
    {
        foreach (var s in inc.ClaimSentences)
        {
            if (s.Span.Contains(span)) return true;
        }
        return false;
    }

    private static CueMention? FirstCue(List<SentenceView> main, string kind)
    {
        foreach (var m in main)
        {
            foreach (var c in m.Cues)
            {
                if (c.Kind == kind) return c;
            }
        }
        return null;
    }

    private static List<List<PlaceMention>> SplitLocations(SentenceView lead, List<PlaceMention> places)
    {
        var groups = new List<List<PlaceMention>>();
        if (places.Count < 2) return [places];
        groups.Add([places[0]]);
        for (var i = 1; i < places.Count; i++)
        {
            var between = lead.Between(places[i - 1].End, places[i].Start);
            if (LocationJoin().IsMatch(between) && places[i].Relation is PlaceRelation.Area or PlaceRelation.In && !between.Contains(" of ")) groups.Add([places[i]]);
            else groups[^1].Add(places[i]);
        }
        return groups;
    }

    /// <summary>Most specific first: a named town, then near/offset, then areas.</summary>
    private static List<PlaceMention> OrderPlaces(List<PlaceMention> places)
    {
        // A stable insertion sort: the lists are a few places long.
        var sorted = new List<PlaceMention>(places.Count);
        foreach (var p in places)
        {
            var rank = PlaceRank(p);
            var at = sorted.Count;
            while (at > 0 && PlaceRank(sorted[at - 1]) > rank) at--;
            sorted.Insert(at, p);
        }
        return sorted;
    }

    private static int PlaceRank(PlaceMention p) => p.Relation switch
    {
        PlaceRelation.Offset => 0,
        PlaceRelation.In => 1,
        PlaceRelation.Near => 2,
        _ => 3,
    };

    private static CountryEntry? CountryHint(DocumentAnnotations doc, List<SentenceView> main)
    {
        // A country named as a place ("in Syria", "Syria's Idlib") beats a demonym ("Turkish soldiers").
        foreach (var m in main)
        {
            foreach (var c in m.Countries)
            {
                if (!c.IsDemonym) return c.Country;
            }
        }
        // The country the report names most often; the first named among equals.
        CountryEntry? best = null;
        var bestCount = 0;
        for (var i = 0; i < doc.Countries.Count; i++)
        {
            var c = doc.Countries[i];
            if (c.IsDemonym) continue;
            var seenBefore = false;
            for (var j = 0; j < i && !seenBefore; j++)
            {
                seenBefore = !doc.Countries[j].IsDemonym && EqualityComparer<CountryEntry>.Default.Equals(doc.Countries[j].Country, c.Country);
            }
            if (seenBefore) continue;
            var count = 0;
            for (var j = i; j < doc.Countries.Count; j++)
            {
                if (!doc.Countries[j].IsDemonym && EqualityComparer<CountryEntry>.Default.Equals(doc.Countries[j].Country, c.Country)) count++;
            }
            if (count > bestCount) { best = c.Country; bestCount = count; }
        }
        return best;
    }

    private static ActorRole? Victims(List<SentenceView> main)
    {
        foreach (var c in SentenceView.Flatten(main, static m => m.Casualties))
        {
            if (c.Victims is { } v && VictimPeople.IsMatch(v))
                return new ActorRole(Civilians, c.VictimSpan);
        }
        return null;
    }

    private static IEnumerable<CasualtyMention> Distinct(IEnumerable<CasualtyMention> items)
    {
        var seen = new HashSet<(int, string)>();
        foreach (var c in items)
        {
            var head = (c.Victims ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries).LastOrDefault()?.TrimEnd('s').ToLowerInvariant() ?? "";
            if (seen.Add((c.Count, head))) yield return c;
        }
    }

    /// <summary>An actor or country named right before a reporting verb speaks for itself ("HTS claimed", "Turkey denied").</summary>
    private static string? SpeakerBefore(SentenceView s, CueMention verb)
    {
        bool JustBefore(TextSpan x) => x.End <= verb.Span.Start && verb.Span.Start - x.End <= 4;
        return s.Actors.Concat(s.SourceActors).Where(a => JustBefore(a.Span)).Select(a => a.Surface).FirstOrDefault()
            ?? s.Countries.Where(c => JustBefore(c.Span)).Select(c => c.Country.Name).FirstOrDefault();
    }

    /// <summary>Who owns the act: the actor right before "claimed responsibility", else the one right after "claimed by".</summary>
    private static ActorMention? Claimant(SentenceView s, CueMention owns)
    {
        ActorMention? best = null;
        foreach (var a in s.Actors.Concat(s.SourceActors))
        {
            if (a.Span.End <= owns.Span.Start && owns.Span.Start - a.Span.End <= 40 && (best is null || a.Span.End > best.Span.End)) best = a;
        }
        if (best is not null) return best;
        foreach (var a in s.Actors.Concat(s.SourceActors))
        {
            if (a.Span.Start >= owns.Span.End && a.Span.Start - owns.Span.End <= 6) return a;
        }
        return null;
    }

    private static List<ClaimCandidate> BuildClaims(DocumentAnnotations doc, Incident inc)
    {
        var claims = new List<ClaimCandidate>();
        foreach (var s in inc.ClaimSentences)
        {
            var certainty = s.Certainty.Contains("denied") ? "denied"
                : s.Certainty.Contains("likely") ? "likely"
                : s.Certainty.Contains("claimed") ? "claimed"
                : s.Certainty.Contains("confirmed") ? "confirmed" : "reported";
            var sourceCue = s.Cues.FirstOrDefault(c => c.Kind == "source");
            var verbCue = s.Cues.FirstOrDefault(c => c.Kind == "certainty" && c.Value == certainty);
            var source = sourceCue?.Value ?? (verbCue is null ? null : SpeakerBefore(s, verbCue)) ?? (certainty == "likely" ? "the report itself" : "unnamed sources");
            var asserts = new Dictionary<string, object?>();
            var actors = new List<ActorRole>();
            if (CauseWords().IsMatch(s.Text) && !s.Triggers.Any(t => t.Class is "air" or "shelling" or "suicide" or "grenade" or "chemical"))
            {
                var m = CauseWords().Match(s.Text);
                var cause = s.Text[m.Index..].TrimEnd('.');
                asserts["cause"] = cause;
                if (AccidentCause.IsMatch(cause))
                {
                    asserts["event_type"] = "Strategic developments";
                    asserts["sub_event_type"] = "Other";
                    asserts["actor1"] = "";
                }
            }
            else
            {
                // A named weapon ("an airstrike") says more than a bare "explosion".
                var remote = s.Triggers.Where(t => t.Class is "air" or "shelling" or "suicide" or "grenade" or "chemical" or "ied")
                    .OrderBy(t => Array.IndexOf(new[] { "suicide", "chemical", "air", "shelling", "grenade", "ied" }, t.Class)).FirstOrDefault();
                var trig = remote ?? s.Triggers.FirstOrDefault(t => t.Class is "clash" or "attack" or "kill");
                if (remote is not null)
                {
                    asserts["event_type"] = remote.EventType;
                    asserts["sub_event_type"] = remote.SubEventType;
                }
                var weapon = s.Weapons.FirstOrDefault();
                if (weapon is not null) asserts["weapon"] = weapon.Weapon;
                // The agent: "by X", "conducted by X", else the first actor named.
                foreach (var a in s.Actors)
                {
                    var before = s.Between(a.Span.Start - 30, a.Span.Start);
                    if (ByAgentBefore.IsMatch(before) || trig is null)
                    {
                        actors.Add(new ActorRole(a.Candidates[0], a.Span, a.Candidates));
                        // "by the TIP or its allies": the alternative stays in the claim's words.
                        break;
                    }
                }
                // "Al-Shabaab claimed responsibility": the speaker is the perpetrator it names.
                if (s.Cues.FirstOrDefault(c => c.Kind == "responsibility") is { } owns && Claimant(s, owns) is { } claimant)
                {
                    actors.Clear();
                    actors.Add(new ActorRole(claimant.Candidates[0], claimant.Span, claimant.Candidates));
                    asserts["responsibility"] = true;
                }
                if (actors.Count > 0) asserts["actor1"] = actors[0].Entry.Canonical;
            }
            if (certainty == "denied") asserts["denies"] = s.Text.Length > 160 ? s.Text[..160] + "..." : s.Text;
            var kills = s.Casualties.Where(c => c.Kind == CasualtyKind.Killed).ToList();
            if (kills.Count > 0) asserts["fatalities"] = kills.Sum(c => c.Count);
            claims.Add(new ClaimCandidate(source, certainty, asserts, s.Span, actors));
        }
        // "neutralized over 20": killed or captured is not established, so the figure is kept as a claim, not a toll.
        foreach (var c in inc.Main.SelectMany(m => m.Casualties).Where(c => c.Kind == CasualtyKind.Killed && c.Uncertain))
        {
            claims.Add(new ClaimCandidate("the report itself", "reported",
                new Dictionary<string, object?> { ["fatalities"] = c.Count, ["note"] = "vague or ambiguous casualty phrase (e.g. neutralized: killed or captured); not counted in fatalities" },
                c.Span, []));
        }
        return claims;
    }
}

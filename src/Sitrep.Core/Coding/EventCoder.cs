using Sitrep.Core.Acled;
using Sitrep.Core.Annotation;
using Sitrep.Core.Coding.Incidents;
using Sitrep.Core.Coding.Stages;
using Sitrep.Core.Geocoding;
using Sitrep.Core.Text;

namespace Sitrep.Core.Coding;

/// <summary>Groups a document's sentences into incidents and codes each as one or more ACLED event candidates.</summary>
/// <remarks>
/// An incident starts at a sentence that reports something happening (a trigger, not hypothetical, not a statement,
/// not background) and continues through the sentences that add to it. Sentences that attribute or hedge a version
/// ("X claimed", "likely conducted by") become claims on the incident they refer to. One incident gives one event
/// per (date, location) as ACLED requires.
/// Stages, each a class with a plain record out: <see cref="IncidentGrouper"/> (sentences → incidents),
/// <see cref="RoleAssigner"/> and <see cref="EventClassifier"/> (sides and type), <see cref="SideNaming"/>,
/// <see cref="TollCounter"/>, <see cref="PrimaryAccount"/> (with <see cref="Claims.ClaimBuilder"/>), <see cref="DateChoice"/>
/// and <see cref="LocationChoice"/>; this class runs them and writes the candidates.
/// </remarks>
public static class EventCoder
{
    /// <summary>Event candidates of one annotated document, in text order.</summary>
    public static IReadOnlyList<EventCandidate> Code(DocumentAnnotations doc, CancellationToken cancel = default)
    {
        var clauses = new List<Sentence>(doc.Sentences.Count);
        foreach (var s in doc.Sentences)
        {
            cancel.ThrowIfCancellationRequested();
            ClauseSplitter.Split(doc, s, clauses);
        }
        var views = new List<SentenceView>(clauses.Count);
        foreach (var clause in clauses) views.Add(new SentenceView(doc, clause));

        var incidents = IncidentGrouper.Group(doc, views);

        var result = new List<EventCandidate>();
        Incident? previous = null;
        var story = views.Count > 0 && views[^1].Sentence.Paragraph != views[0].Sentence.Paragraph;
        var reportLead = story && incidents.Count > 1 ? incidents[0] : null;
        var country = new LocationChoice.ReportCountry(doc);
        foreach (var inc in incidents)
        {
            cancel.ThrowIfCancellationRequested();
            // "Russian airstrikes on ISIS positions were also reported": no place of its own, so the paragraph's last place holds.
            // "..., and a drone strike killed two further east": a clause that says it moved on has no place of the one before.
            var elsewhere = inc.MovesOn;
            var inherited = previous is not null && previous.Paragraph == inc.Paragraph && !inc.Main.Any(m => m.Places.Count > 0) && !elsewhere
                ? SentenceView.Flatten(previous.Main, static m => m.Places) : null;
            result.AddRange(CodeIncident(doc, inc, inherited, reportLead, elsewhere, country));
            previous = inc;
        }
        return result;
    }

    private static IEnumerable<EventCandidate> CodeIncident(DocumentAnnotations doc, Incident inc, List<PlaceMention>? inheritedPlaces, Incident? reportLead, bool elsewhere,
        LocationChoice.ReportCountry country)
    {
        var main = inc.Main;
        var lead = inc.Lead;
        var firstPass = RoleAssigner.Assign(main, lead.Triggers.FirstOrDefault());
        var cls = EventClassifier.Classify(main, firstPass);
        var sides = cls.Trigger is not null && cls.Trigger != lead.Triggers.FirstOrDefault() ? RoleAssigner.Assign(main, cls.Trigger) : firstPass;
        var (side1, side2) = SideNaming.Name(cls, main, sides, doc, inc.ClaimSentences);
        var toll = TollCounter.Count(inc, cls.Family == ClassFamily.Riot);
        // The codebook's peaceful protest and protest with intervention kill nobody (force that kills makes it excessive force):
        // a death told beside such a protest is what the crowd protests, not a toll of the protest.
        // A coder's stated figure stands, and so does a toll beside fire opened on the crowd (a rule missed the excessive force).
        // Settled before the account, whose claim of the report's own version carries the toll.
        if ((cls.SubEventType == SubEventType.PeacefulProtest.Name || cls.SubEventType == SubEventType.ProtestWithIntervention.Name)
            && !toll.CoderFigure && !main.Any(m => CodingWords.LethalForce.IsMatch(m.Text)))
            toll = toll with { Fatalities = 0, FatalitySpans = [], BySide = null, Shares = null };
        var account = PrimaryAccount.Decide(doc, inc, cls, toll, side1, side2);
        var locationGroups = LocationChoice.Groups(inc, inheritedPlaces);
        var hint = LocationChoice.CountryHint(main, country);
        ActorRole? taker = null;
        if (cls.Family == ClassFamily.Territory && cls.Trigger is { } tt)
        {
            var takerSentence = main.First(m => m.Span.Contains(tt.Span));
            var subject = TerritoryTaker.Find(takerSentence, tt);
            taker = side2.Count > 0 && TerritoryTaker.ByTheLatter(takerSentence, tt) ? side2[0]
                : subject is not null ? new ActorRole(subject.Candidates[0], subject.Span, subject.Candidates) : side1.FirstOrDefault();
        }
        var extent = new TextSpan(main.Min(m => m.Span.Start), main.Max(m => m.Span.End));
        var explanation = cls.Trigger is { } ct ? $"{cls.Rule}: '{doc.Text.Text[ct.Span.Start..ct.Span.End]}'" : cls.Rule;
        if (account.EventType != cls.EventType || account.SubEventType != cls.SubEventType) explanation += $"; {account.EventType} / {account.SubEventType} from a claim";
        
        var n = 0;
        var dates = DateChoice.Dates(doc, inc, reportLead);
        // A place changes hands once: "held the village from 26 to 28 October" is taken on the 26th, not three times.
        if (cls.Family == ClassFamily.Territory && dates.Count > 1) dates = [dates[0]];
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
                    EventType = account.EventType,
                    SubEventType = account.SubEventType,
                    TriggerSpan = cls.Trigger?.Span,
                    Actor1 = side1.FirstOrDefault(),
                    Assoc1 = side1.Skip(1).ToList(),
                    TerritoryTaker = taker,
                    Actor2 = side2.FirstOrDefault(),
                    Assoc2 = side2.Skip(1).ToList(),
                    Places = LocationChoice.OrderPlaces(group),
                    Elsewhere = elsewhere,
                    // ACLED never counts one death twice: the toll goes to the first event of a split incident.
                    Fatalities = n == 1 ? toll.Fatalities : 0,
                    FatalitySpans = n == 1 ? toll.FatalitySpans.ToList() : [],
                    FatalitiesBySide = n == 1 ? toll.BySide : null,
                    FatalityShares = toll.Shares ?? [],
                    SharesNamedOnly = n > 1,
                    Injuries = n == 1 ? toll.Injuries : null,
                    InjurySpans = n == 1 ? toll.InjurySpans.ToList() : [],
                    Weapon = account.Weapon?.Weapon,
                    WeaponSpan = account.Weapon?.Span,
                    Claims = account.Claims,
                    PrimaryClaim = account.Primary,
                    Classification = explanation,
                    Extent = extent,
                    Source = account.SourceCue?.Value,
                    SourceSpan = account.SourceCue?.Span,
                    CountryHint = hint,
                };
            }
        }
    }
}

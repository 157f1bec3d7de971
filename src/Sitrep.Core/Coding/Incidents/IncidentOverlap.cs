namespace Sitrep.Core.Coding.Incidents;

/// <summary>What a sentence shares with the incident being told: its dates, places and actors, which decide whether it opens a new one.</summary>
internal static class IncidentOverlap
{
    /// <summary>True when the sentence names two different actors.</summary>
    public static bool TwoSides(SentenceView v)
    {
        for (var i = 1; i < v.Actors.Count; i++)
        {
            if (v.Actors[i].Candidates[0].Canonical != v.Actors[0].Candidates[0].Canonical) return true;
        }
        return false;
    }

    /// <summary>True when the sentence states an event date that none of the incident's sentences state.</summary>
    public static bool HasNewDate(Incident inc, SentenceView v)
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

    /// <summary>True when the sentence names places and none of them is one the incident already names.</summary>
    /// <summary>"The gunmen then rode to Zagami", "on Friday the fighting spread north to La Gabarra, also in Tibu": the
    /// sentence moves on (fighting that spreads, on another day), and the place it moves to (the first named after the words that say so) is new to the incident.</summary>
    public static bool MovesToNewPlace(Incident inc, SentenceView v)
    {
        var m = CodingWords.MovedOn.Match(v.Text);
        if (!m.Success && v.HasEventDates && HasNewDate(inc, v)) m = CodingWords.SpreadOn.Match(v.Text);
        if (!m.Success) return false;
        var after = v.Sentence.Span.Start + m.Index + m.Length;
        var to = v.Places.Where(p => p.Start >= after).MinBy(p => p.Start);
        if (to is null) return NewPlace(inc, v);
        return !inc.Main.Any(s => s.Places.Any(k => string.Equals(k.Name, to.Name, StringComparison.OrdinalIgnoreCase)));
    }

    public static bool NewPlace(Incident inc, SentenceView v)
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

    /// <summary>True when the sentence names an actor none of the incident's sentences name.</summary>
    public static bool NewActors(Incident inc, SentenceView v)
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
}

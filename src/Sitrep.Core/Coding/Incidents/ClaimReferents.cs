using Sitrep.Core.Acled;
using Sitrep.Core.Annotation;

namespace Sitrep.Core.Coding.Incidents;

/// <summary>Attributed sentences: whether one carries a claim, whether it only continues the lead's own source, and which incident it is a claim on.</summary>
internal static class ClaimReferents
{
    /// <summary>
    /// "..., a military official said. Four soldiers were killed in the fighting, the official added": the same voice goes
    /// on telling the same account, so its figures are the account's, not a competing version. Only a plain report
    /// ("said", "added") by the lead's own source counts: the same words, or "the"/"this" + the same head noun; "other
    /// sources say" or a claim or denial stays a claim.
    /// </summary>
    public static bool ContinuesLeadSource(DocumentAnnotations doc, SentenceView lead, SentenceView v)
    {
        if (v.Certainty.Any(c => c != Certainty.Reported)) return false;
        var leadSource = lead.Cues.FirstOrDefault(c => c.Kind == "source");
        var source = v.Cues.FirstOrDefault(c => c.Kind == "source");
        if (leadSource is null || source is null) return false;
        if (string.Equals(leadSource.Value, source.Value, StringComparison.OrdinalIgnoreCase)) return true;
        if (!string.Equals(Head(leadSource.Value), Head(source.Value), StringComparison.OrdinalIgnoreCase)) return false;
        var text = doc.Text.Text;
        var before = text[Math.Max(0, source.Span.Start - 6)..source.Span.Start];
        return CodingWords.DefiniteBefore.IsMatch(before) || CodingWords.DefiniteStart.IsMatch(source.Value);

        static string Head(string words)
        {
            var i = words.LastIndexOf(' ');
            var head = i < 0 ? words : words[(i + 1)..];
            return head.Length > 3 && head.EndsWith('s') ? head[..^1] : head;
        }
    }

    /// <summary>"the kidnappers were likely members of JNIM" says who did it, though it names no act.</summary>
    public static bool HasClaimContent(SentenceView v)
    {
        if (v.Triggers.Count > 0 || v.Casualties.Count > 0 || CodingWords.CauseWords.IsMatch(v.Text)) return true;
        var certainty = v.Certainty;
        if (v.Actors.Count > 0)
        {
            foreach (var c in certainty)
            {
                if (c is Certainty.Likely or Certainty.Claimed) return true;
            }
        }
        return certainty.Contains(Certainty.Denied);
    }

    /// <summary>How many of the latest incidents a claim sentence may refer back to.</summary>
    public const int ReferentWindow = 40;

    /// <summary>The incident a claim sentence speaks of, among the latest <see cref="ReferentWindow"/>.</summary>
    public static Incident BestReferent(List<Incident> incidents, SentenceView claim, Incident? current)
    {
        // The incident sharing an actor or a place with the claim; else the most recent one.
        Incident? best = null;
        var bestScore = 0;
        var words = claim.Text.ToLowerInvariant();
        var claimKeys = claim.Actors.SelectMany(c => c.Candidates).Select(RoleAssigner.Identity).ToHashSet();
        // A claim speaks of an incident told shortly before it; in a long report, older ones are other sections' news.
        for (var i = Math.Max(0, incidents.Count - ReferentWindow); i < incidents.Count; i++)
        {
            var inc = incidents[i];
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
            // "Four soldiers were killed, according to two security sources" in the paragraph that tells a bombing speaks of
            // that bombing, not of an attack on soldiers two sections up.
            if (inc.Paragraph == claim.Sentence.Paragraph) score += 2;
            if (score > bestScore) { best = inc; bestScore = score; }
        }
        return best ?? current ?? incidents[^1];
    }

    private static string Word(TriggerMention t, Incident inc)
    {
        var s = inc.Main.First(m => m.Span.Contains(t.Span));
        return s.Slice(t.Span).Split(' ')[^1];
    }
}

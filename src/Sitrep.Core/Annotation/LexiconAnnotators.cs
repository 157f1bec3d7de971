using Sitrep.Core.Acled;
using System.Text.RegularExpressions;
using Sitrep.Core.Text;
using Sitrep.Core.Lexicons;

namespace Sitrep.Core.Annotation;

/// <summary>Marks the rows of one lexicon found in a text, each row found as one mention.</summary>
public abstract class LexiconAnnotator<TMention>(PatternLexicon lexicon)
{
    /// <summary>The lexicon read, for tests.</summary>
    internal PatternLexicon Lexicon => lexicon;

    /// <summary>The mentions in <paramref name="text"/>, in the lexicon's order of hits.</summary>
    public IReadOnlyList<TMention> Annotate(string text) => Annotate(text, null);

    /// <summary>As <see cref="Annotate(string)"/>, reading the lexicon's candidate rows from <paramref name="keywords"/> when it covers them.</summary>
    internal IReadOnlyList<TMention> Annotate(string text, KeywordHits? keywords)
    {
        var hits = lexicon.Find(text, keywords);
        var list = new List<TMention>(hits.Count);
        foreach (var hit in hits) list.Add(Mention(hit));
        return list;
    }

    /// <summary>The mention one row found stands for.</summary>
    private protected abstract TMention Mention(PatternHit hit);
}

/// <summary>Marks event trigger words from the trigger lexicon.</summary>
public sealed class TriggerAnnotator(PatternLexicon lexicon) : LexiconAnnotator<TriggerMention>(lexicon)
{
    /// <summary>The bundled trigger lexicon (data/lexicons/en/triggers.tsv).</summary>
    public static TriggerAnnotator LoadBundled() => new(PatternLexicon.LoadBundled("triggers.tsv", 0, 1));

    private protected override TriggerMention Mention(PatternHit hit) => new(hit.Span, hit.Entry.Key, hit.Entry.Cell(2), hit.Entry.Cell(3));
}

/// <summary>Marks weapons from the weapon lexicon.</summary>
public sealed class WeaponAnnotator(PatternLexicon lexicon) : LexiconAnnotator<WeaponMention>(lexicon)
{
    /// <summary>The bundled weapon lexicon (data/lexicons/en/weapons.tsv).</summary>
    public static WeaponAnnotator LoadBundled() => new(PatternLexicon.LoadBundled("weapons.tsv", 0, 1));

    private protected override WeaponMention Mention(PatternHit hit)
    {
        var hint = hit.Entry.Cell(2);
        return new(hit.Span, hit.Entry.Key, hint.Length > 0 ? hint : null);
    }
}

/// <summary>Marks discourse cues: certainty, sources, hypotheticals, statements, background, negated casualties.</summary>
public sealed class CueAnnotator(PatternLexicon lexicon)
{
    /// <summary>The bundled cue lexicon (data/lexicons/en/cues.tsv).</summary>
    public static CueAnnotator LoadBundled() => new(PatternLexicon.LoadBundled("cues.tsv", 0, 2));

    /// <summary>The lexicon read, for tests.</summary>
    internal PatternLexicon Lexicon => lexicon;

    /// <summary>Cue mentions in <paramref name="text"/>; a source cue's value is the source's words.</summary>
    public IReadOnlyList<CueMention> Annotate(string text) => Annotate(text, null);

    /// <summary>As <see cref="Annotate(string)"/>, reading the lexicon's candidate rows from <paramref name="keywords"/> when it covers them.</summary>
    internal IReadOnlyList<CueMention> Annotate(string text, KeywordHits? keywords)
    {
        var list = new List<CueMention>();
        foreach (var hit in lexicon.Find(text, keywords))
        {
            var (span, entry) = (hit.Span, hit.Entry);
            var value = entry.Cell(1);
            if (entry.Key == "source-certainty") continue;
            // Only these rows read groups; the rest take their value from the row, so they need no Match.
            if (entry.Key is not ("source" or "coded_fatalities" or "per_event_fatalities" or "split_fatalities"))
            {
                // "claimed responsibility" is both who did it and how sure the clause is.
                if (entry.Key == "responsibility" && value.Length > 0) list.Add(new CueMention(span, "certainty", value));
                list.Add(new CueMention(span, entry.Key, value));
                continue;
            }
            var match = lexicon.MatchOf(text, hit);
            var src = match.Groups["src"];
            if (entry.Key == "source" && src.Success)
            {
                value = src.Value.Trim();
                var verb = match.Groups["verb"];
                if (verb.Success)
                    list.Add(new CueMention(new Text.TextSpan(verb.Index, verb.Index + verb.Length), "certainty", CertaintyAt(text, verb.Index) ?? Certainty.Reported));
                else if (src.Index > match.Index && CertaintyAt(text, match.Index) is { } lead)
                    list.Add(new CueMention(new Text.TextSpan(match.Index, src.Index), "certainty", lead));
                list.Add(new CueMention(new Text.TextSpan(src.Index, src.Index + src.Length), "source", value));
                continue;
            }
            var n = match.Groups["n"];
            if (entry.Key is "coded_fatalities" or "per_event_fatalities" && n.Success) value = n.Value;
            var k = match.Groups["k"];
            if (entry.Key == "split_fatalities" && k.Success)
                value = Numbers.Parse(k.Value) is { Vague: false } count ? count.Value.ToString(System.Globalization.CultureInfo.InvariantCulture) : k.Value;
            list.Add(new CueMention(span, entry.Key, value));
        }
        return list;
    }

    // A source's own verb ("officials claimed") says how sure it is in the words the certainty rows already list, so those
    // rows are asked at the verb, after the rows only a source's verb reads.
    private string? CertaintyAt(string text, int at) =>
        (lexicon.EntryAt(text, at, "source-certainty") ?? lexicon.EntryAt(text, at, "certainty"))?.Cell(1);
}

using Sitrep.Core.Annotation;

namespace Sitrep.Core.Coding.Incidents;

/// <summary>How a report lays itself out: section numbers, headings in capitals, and a title line above the story.</summary>
internal static class ReportLayout
{
    /// <summary>True when the sentence is only a section number ("3.", "3.1").</summary>
    public static bool BareNumber(string text)
    {
        var t = text.AsSpan().Trim();
        if (t.Length == 0 || t.Length > 8 || !char.IsDigit(t[0])) return false;
        foreach (var c in t)
        {
            if (!char.IsDigit(c) && c != '.') return false;
        }
        return true;
    }

    /// <summary>True when the sentence has letters and none of them is lower case.</summary>
    public static bool InCapitals(string text)
    {
        var letters = 0;
        foreach (var c in text)
        {
            if (!char.IsLetter(c)) continue;
            if (char.IsLower(c)) return false;
            letters++;
        }
        return letters > 1;
    }

    /// <summary>
    /// A title line above the story ("Clashes near Marib", then a blank line and the report) names the incident the body
    /// tells with its date and sides; coded on its own it would be a second, undated event. It is set aside only when
    /// the body has a trigger of its own, so a headline-only brief still gives its event.
    /// </summary>
    public static SentenceView? Headline(DocumentAnnotations doc, List<SentenceView> views)
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

    /// <summary>Whether <paramref name="v"/> opens its paragraph: only a number or a short heading without an event word comes
    /// before it there ("2. Incident").</summary>
    public static bool OpensParagraph(List<SentenceView> views, SentenceView v)
    {
        for (var i = views.IndexOf(v) - 1; i >= 0 && views[i].Sentence.Paragraph == v.Sentence.Paragraph; i--)
        {
            if (views[i].Triggers.Count > 0 || views[i].Text.Length > IncidentGrouper.HeadingLength) return false;
        }
        return true;
    }
}

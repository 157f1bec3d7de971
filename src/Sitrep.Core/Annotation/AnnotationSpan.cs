using Sitrep.Core.Text;

namespace Sitrep.Core.Annotation;

/// <summary>One annotation flattened for storage and display: its kind, raw-text offsets and a short label.</summary>
public sealed record AnnotationSpan(string Kind, int Start, int End, string Label)
{
    /// <summary>Every annotation of a document with offsets mapped to the raw text, in text order.</summary>
    public static IReadOnlyList<AnnotationSpan> Flatten(DocumentAnnotations a)
    {
        var list = new List<AnnotationSpan>();
        void Add(string kind, TextSpan span, string label)
        {
            var raw = a.Text.ToRaw(span);
            list.Add(new AnnotationSpan(kind, raw.Start, raw.End, label));
        }

        foreach (var d in a.Dates) Add("date", d.Span, string.Join(",", d.Dates.Select(x => x.ToString("yyyy-MM-dd"))) + (d.Background ? " (background)" : ""));
        foreach (var c in a.Casualties) Add("casualty", c.Span, $"{c.Kind.ToString().ToLowerInvariant()} {c.Count}" + (c.Uncertain ? " (uncertain)" : ""));
        foreach (var w in a.Weapons) Add("weapon", w.Span, w.Weapon);
        foreach (var t in a.Triggers) Add("trigger", t.Span, t.SubEventType.Length > 0 ? t.SubEventType : t.EventType);
        foreach (var c in a.Cues) Add("cue", c.Span, $"{c.Kind}:{c.Value}");
        foreach (var m in a.Actors) Add("actor", m.Span, m.Candidates[0].Canonical);
        foreach (var c in a.Countries) Add("country", c.Span, c.Country.Name);
        foreach (var p in a.Places) Add("place", new TextSpan(p.Start, p.End), p.Relation.ToString().ToLowerInvariant() + (p.Qualifier is { } q ? $" ({q})" : ""));
        list.Sort((x, y) => x.Start != y.Start ? x.Start.CompareTo(y.Start) : x.End.CompareTo(y.End));
        return list;
    }
}

using Sitrep.Core.Documents;
using Sitrep.Storage;

namespace Sitrep.Server;

/// <summary>The metadata a posted report may carry (JSON fields, query parameters or form fields), read the same way whatever the body.</summary>
public static class ReportFields
{
    /// <summary>The metadata fields besides the text.</summary>
    public static readonly string[] Metadata = ["id", "published", "source", "url"];

    /// <summary>The <c>published</c> field as a date, null when absent; a 400 naming the value when it is not a date.</summary>
    public static DateOnly? Published(IReadOnlyDictionary<string, string?> fields) =>
        fields.GetValueOrDefault("published") is { Length: > 0 } p
            ? DocumentDecoder.ParseIsoDate(p) ?? throw ApiError.BadRequest($"published must be a date as YYYY-MM-DD, not '{p}'")
            : null;

    /// <summary>A field's trimmed value, or null when it is missing or blank; a 400 when it holds a control character.</summary>
    public static string? Value(IReadOnlyDictionary<string, string?> fields, string name)
    {
        if (fields.GetValueOrDefault(name) is not { } s || string.IsNullOrWhiteSpace(s)) return null;
        if (ControlCharacter(s) is { } at) throw ApiError.BadRequest($"{name} holds a control character (U+{(int)s[at]:X4} at position {at})");
        return s.Trim();
    }

    /// <summary>The position of the first control character (C0, DEL or C1) in <paramref name="s"/>, or null.</summary>
    public static int? ControlCharacter(string s)
    {
        for (var i = 0; i < s.Length; i++)
        {
            if (char.IsControl(s[i])) return i;
        }

        return null;
    }

    /// <summary>The id of a report posted without one: the content names it, so the same text posted twice gets the same key.</summary>
    public static string DefaultId(string text) => "web-" + ProcessedDocument.HashOf(text)[..12];
}

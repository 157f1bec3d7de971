using Sitrep.Core.Text;

namespace Sitrep.Core.Annotation;

/// <summary>Splits normalised text into sentences, keeping paragraph numbers.</summary>
public static class SentenceSplitter
{
    // The words a period follows without ending the sentence (data/lexicons/en/abbreviations.tsv).
    private static readonly Lazy<HashSet<string>> Abbreviations = new(() =>
        new HashSet<string>(Lexicons.LexiconFile.Read("abbreviations.tsv").Select(r => r.Cells[0].Trim()), StringComparer.OrdinalIgnoreCase));

    /// <summary>Sentences of <paramref name="text"/> in order.</summary>
    public static IReadOnlyList<Sentence> Split(string text)
    {
        var result = new List<Sentence>();
        var paragraph = 0;
        var start = 0;
        var i = 0;
        void Add(int end, bool newParagraph)
        {
            var s = start;
            while (s < end && char.IsWhiteSpace(text[s])) s++;
            var e = end;
            while (e > s && char.IsWhiteSpace(text[e - 1])) e--;
            if (e > s) result.Add(new Sentence(new TextSpan(s, e), result.Count, paragraph));
            if (newParagraph) paragraph++;
        }
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '\n' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                Add(i, true);
                i += 2;
                start = i;
                continue;
            }
            if (c is '.' or '!' or '?' or '؟' or '۔' && IsBoundary(text, i))
            {
                var end = i + 1;
                while (end < text.Length && text[end] is '"' or '\'' or ')') end++;
                Add(end, false);
                start = end;
                i = end;
                continue;
            }
            i++;
        }
        Add(text.Length, false);
        return result;
    }

    private static bool IsBoundary(string text, int i)
    {
        var j = i + 1;
        while (j < text.Length && text[j] is '"' or '\'' or ')') j++;
        if (j >= text.Length) return true;
        if (!char.IsWhiteSpace(text[j])) return false;
        while (j < text.Length && text[j] == ' ') j++;
        if (j >= text.Length || text[j] == '\n') return true;
        var next = text[j];
        // A capital starts a sentence; so does any letter of a script without case (Arabic, Hebrew, CJK ...).
        if (!(char.IsUpper(next) || char.IsDigit(next) || (char.IsLetter(next) && !char.IsLower(next)) || next is '"' or '\'' or '(' or '[')) return false;
        if (text[i] != '.') return true;
        // The word before the period: an abbreviation or an initial does not end a sentence.
        var w = i - 1;
        while (w >= 0 && (char.IsLetter(text[w]) || text[w] == '.')) w--;
        var word = text.Substring(w + 1, i - w - 1);
        if (word.Length == 1 && char.IsUpper(word[0])) return false;
        return !Abbreviations.Value.Contains(word);
    }
}

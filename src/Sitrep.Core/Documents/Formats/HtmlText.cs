using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Sitrep.Core.Documents.Formats;

/// <summary>Plain text from HTML: block elements become paragraph breaks, &lt;br&gt; a line break, and scripts, styles and other non-prose never appear.</summary>
internal static class HtmlText
{
    // Never prose: their text content is code, styling or fallback markup.
    private static readonly HashSet<string> Skipped = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "math", "canvas", "head", "select", "button", "nav",
    };

    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "section", "article", "main", "header", "footer", "aside", "h1", "h2", "h3", "h4", "h5", "h6",
        "ul", "ol", "li", "dl", "dt", "dd", "blockquote", "pre", "table", "thead", "tbody", "tfoot", "tr", "caption",
        "figure", "figcaption", "hr", "address", "details", "summary", "form", "fieldset",
    };

    /// <summary>Text of an HTML fragment (a feed description, say).</summary>
    public static string FromHtml(string html)
    {
        var parser = new HtmlParser();
        var doc = parser.ParseDocument("<!doctype html><html><body></body></html>");
        var nodes = parser.ParseFragment(html, doc.Body!);
        var sb = new StringBuilder(html.Length);
        foreach (var n in nodes) Append(n, sb, pre: false);
        return Tidy(sb.ToString());
    }

    /// <summary>Text of one element and everything inside it.</summary>
    public static string FromNode(INode node)
    {
        var sb = new StringBuilder();
        Append(node, sb, pre: false);
        return Tidy(sb.ToString());
    }

    /// <summary>How many non-space characters of prose a node holds: text outside links, navigation and non-prose elements.</summary>
    public static int ProseLength(INode node) => node switch
    {
        IText t => t.Data.Count(c => !char.IsWhiteSpace(c)),
        IElement e when Skipped.Contains(e.LocalName) || e.LocalName == "a" => 0,
        _ => node.ChildNodes.Sum(ProseLength),
    };

    private static void Append(INode node, StringBuilder sb, bool pre)
    {
        switch (node)
        {
            case IText t:
                sb.Append(pre ? t.Data.Replace("\r\n", "\n") : Collapse(t.Data));
                break;
            case IElement e when Skipped.Contains(e.LocalName):
                break;
            case IElement e when e.LocalName == "br":
                sb.Append('\n');
                break;
            case IElement e:
                var block = Blocks.Contains(e.LocalName);
                var cell = e.LocalName is "td" or "th";
                if (block) sb.Append("\n\n");
                foreach (var c in e.ChildNodes) Append(c, sb, pre || e.LocalName == "pre");
                if (block) sb.Append("\n\n");
                else if (cell) sb.Append(' ');
                break;
            default:
                // Documents and fragments: walk children; comments and doctypes carry no prose.
                if (node.NodeType is NodeType.Document or NodeType.DocumentFragment)
                    foreach (var c in node.ChildNodes) Append(c, sb, pre);
                break;
        }
    }

    private static string Collapse(string s)
    {
        var sb = new StringBuilder(s.Length);
        var space = false;
        foreach (var ch in s)
        {
            if (ch is ' ' or '\t' or '\n' or '\r' or '\f' or '\u00A0')
            {
                if (!space) sb.Append(' ');
                space = true;
            }
            else
            {
                sb.Append(ch);
                space = false;
            }
        }
        return sb.ToString();
    }

    /// <summary>Trims every line and turns any run of blank lines into one paragraph break ("\n\n").</summary>
    internal static string Tidy(string s)
    {
        var sb = new StringBuilder(s.Length);
        var blank = false;
        foreach (var raw in s.Split('\n'))
        {
            var line = raw.Trim(' ', '\t', '\r');
            if (line.Length == 0)
            {
                blank = true;
                continue;
            }
            if (sb.Length > 0) sb.Append(blank ? "\n\n" : "\n");
            sb.Append(line);
            blank = false;
        }
        return sb.ToString();
    }
}

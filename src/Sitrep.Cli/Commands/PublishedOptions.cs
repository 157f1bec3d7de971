using System.CommandLine;
using Sitrep.Core.Documents;

namespace Sitrep.Cli.Commands;

/// <summary>The <c>--published</c> and <c>--allow-any-date</c> options, read and checked the same way by every command that takes reports.</summary>
internal sealed class PublishedOptions
{
    /// <summary>The fallback publication date.</summary>
    public Option<string?> Published { get; }

    /// <summary>Lifts the 1900 … tomorrow window on publication dates.</summary>
    public Option<bool> AllowAnyDate { get; } = new("--allow-any-date")
    {
        Description = "Accept publication dates before 1900 or after tomorrow (historical archives). Without it such a report is refused, named on stderr, and the rest are processed.",
    };

    /// <summary>The date for every document, whatever it states.</summary>
    public Option<string?> Override { get; } = new("--published-override")
    {
        Description = "Publication date (YYYY-MM-DD) for every document, even one that states its own (a JSONL or CSV field, X.meta.json, page metadata, a dateline).",
    };

    public PublishedOptions(string description) => Published = new Option<string?>("--published") { Description = description };

    /// <summary>Adds the options to <paramref name="command"/>.</summary>
    public void AddTo(Command command)
    {
        command.Options.Add(Published);
        command.Options.Add(Override);
        command.Options.Add(AllowAnyDate);
    }

    /// <summary>The fallback and override dates and the window asked for, or false after printing why a date is refused (a usage error).</summary>
    public bool TryRead(ParseResult parse, TimeProvider clock, out DateOnly? fallback, out DateOnly? forced, out PublishedWindow window)
    {
        var w = window = parse.GetValue(AllowAnyDate) ? PublishedWindow.Any : PublishedWindow.Default(clock);
        bool Read(Option<string?> option, out DateOnly? date)
        {
            date = null;
            if (parse.GetValue(option) is not { } p) return true;
            date = DocumentDecoder.ParseIsoDate(p);
            if (date is null)
            {
                Console.Error.WriteLine($"sitrep: {option.Name}: not a date: {p} (use YYYY-MM-DD)");
                return false;
            }

            if (w.Problem(date) is { } problem)
            {
                Console.Error.WriteLine($"sitrep: {option.Name}: {problem}; give --allow-any-date for historical reports");
                return false;
            }

            return true;
        }

        forced = null;
        return Read(Published, out fallback) && Read(Override, out forced);
    }
}

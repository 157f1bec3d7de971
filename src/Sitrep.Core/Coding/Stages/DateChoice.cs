using Sitrep.Core.Annotation;
using Sitrep.Core.Coding.Incidents;
using Sitrep.Core.Text;

namespace Sitrep.Core.Coding.Stages;

/// <summary>One date an incident is coded on, with its precision, its words, and whether it had to be guessed.</summary>
public sealed record EventDateChoice(DateOnly? Date, int Precision, TextSpan? Span, bool Guessed);

/// <summary>Dates an incident: its own dates (a list joined by "and" gives one event each), an ongoing one to the week of
/// publication, else the publication date.</summary>
internal static class DateChoice
{
    /// <param name="reportLead">The report's first incident when the report is a story of several paragraphs: what the
    /// story goes on to tell without a date of its own happened on the day its lead names, not on the day it was published.</param>
    public static List<EventDateChoice> Dates(DocumentAnnotations doc, Incident inc, Incident? reportLead = null)
    {
        var main = inc.Main;
        var lead = inc.Lead;
        // Dates: the incident's own, else the publication date.
        var text = doc.Text.Text;
        var dateMentions = SentenceView.Flatten(main, static m => m.EventDateList);
        // "The gunmen then rode to Zagami": what follows on from an incident happened on its day unless it says otherwise.
        if (dateMentions.Count == 0 && inc.FollowsOn is { } before) dateMentions = SentenceView.Flatten(before.Main, static m => m.EventDateList);
        // The second clause of a lead cut in two ("..., and a drone strike killed two further east") is dated by the first only
        // until a paragraph that tells it gives its own day: its borrowed date is no evidence.
        var borrowed = false;
        if (dateMentions.Count == 0 && reportLead is not null && reportLead != inc && !CodingWords.Ongoing.IsMatch(lead.Text))
        {
            dateMentions = SentenceView.Flatten(reportLead.Main, static m => m.EventDateList);
            borrowed = inc.MovesOn || lead.Sentence.Index == reportLead.Lead.Sentence.Index;
        }
        // A note that tells only of something last month is coded on that date: it is all the note reports.
        // (Only a date set aside for its words, within the report's window: other dates set aside stay so.)
        if (dateMentions.Count == 0 && lead.OnlyBackgroundDates && doc.Document.Published is { } published)
        {
            dateMentions = lead.Dates.Where(d => d.Dates.Count > 0 && d.Dates.Max() >= published.AddDays(-DateAnnotator.WindowDays)
                && DateAnnotator.NamesEarlierPeriod(text[d.Span.Start..d.Span.End])).ToList();
        }
        // "The army said on Wednesday it had retaken the town ... troops entered it on Monday": the day of the statement
        // dates the incident only when nothing else does.
        if (dateMentions.Count > 0)
        {
            var own = dateMentions.Where(d => !CodingWords.StatementDateBefore.IsMatch(text.AsSpan(Math.Max(0, d.Span.Start - 60), Math.Min(60, d.Span.Start)))).ToList();
            // A story's lead that only says when it was announced ("the Houthis said on Tuesday they had shot down a drone")
            // is dated by the announcement rather than by the publication, until a retelling gives the day it happened.
            if (own.Count < dateMentions.Count && (own.Count > 0 || reportLead != inc)) dateMentions = own;
            else if (own.Count == 0) borrowed = true;
            // "The gunmen then rode to Zagami" after "shooting dead three men, a police spokesman said on Monday": with only the
            // statement's day left out, the story's lead dates it, as a default a retelling with a day of its own overrides.
            if (dateMentions.Count == 0 && reportLead is not null && reportLead != inc && !CodingWords.Ongoing.IsMatch(lead.Text))
            {
                dateMentions = SentenceView.Flatten(reportLead.Main, static m => m.EventDateList);
                borrowed = true;
            }
        }
        if (dateMentions.Count > 0 && reportLead is not null && reportLead != inc)
        {
            // "On Tuesday, the interior ministry confirmed that six had died": the day the statement was made.
            var told = dateMentions.Where(d => !(CodingWords.SentenceStartBefore.IsMatch(d.Span.Start < 20 ? "\n" + text[..d.Span.Start] : text[(d.Span.Start - 20)..d.Span.Start])
                && CodingWords.StatementDateAfter.IsMatch(text.AsSpan(d.Span.End, Math.Min(100, text.Length - d.Span.End))))).ToList();
            if (told.Count < dateMentions.Count) dateMentions = told.Count > 0 ? told : SentenceView.Flatten(reportLead.Main, static m => m.EventDateList);
        }
        var dates = new List<EventDateChoice>();
        if (dateMentions.Count > 0)
        {
            var first = dateMentions[0];
            // "On May 27 and May 28": adjacent dates joined by "and" form one list.
            var list = new List<DateMention> { first };
            foreach (var d in dateMentions.Skip(1))
            {
                var gap = doc.Text.Text[list[^1].Span.End..Math.Max(list[^1].Span.End, d.Span.Start)];
                if (CodingWords.DateJoin.IsMatch(gap)) list.Add(d);
                else break;
            }
            foreach (var dm in list)
                foreach (var date in dm.Dates) dates.Add(new EventDateChoice(date, dm.Precision, borrowed ? null : dm.Span, dm.NeedsPublished));
        }
        else if (CodingWords.Ongoing.IsMatch(lead.Text) && doc.Document.Published is { } pub)
        {
            dates.Add(new EventDateChoice(pub, 3, null, false));
        }
        else
        {
            dates.Add(new EventDateChoice(doc.Document.Published, doc.Document.Published is null ? 3 : 1, null, doc.Document.Published is null));
        }

        return dates;
    }
}

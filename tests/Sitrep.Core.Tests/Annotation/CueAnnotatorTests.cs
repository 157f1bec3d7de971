using Sitrep.Core.Acled;
using Sitrep.Core.Annotation;

namespace Sitrep.Core.Tests.Annotation;

public class CueAnnotatorTests
{
    private static readonly CueAnnotator Cues = CueAnnotator.LoadBundled();

    [Theory]
    [InlineData("Local residents said two houses were burned.", "said", Certainty.Reported)]
    [InlineData("Opposition activists claimed that a drone hit the market.", "claimed", Certainty.Claimed)]
    [InlineData("Security officials denied that anyone was hurt.", "denied", Certainty.Denied)]
    [InlineData("Hospital officials confirmed the toll on Friday.", "confirmed", Certainty.Confirmed)]
    [InlineData("Local residents accused the police of firing on the crowd.", "accused", Certainty.Claimed)]
    [InlineData("Witnesses added that the shop was looted.", "added", Certainty.Reported)]
    public void A_sources_verb_gives_the_certainty_of_its_row(string text, string verb, string certainty)
    {
        var at = text.IndexOf(verb, StringComparison.Ordinal);
        var cue = Assert.Single(Cues.Annotate(text), c => c.Kind == "certainty" && c.Span.Start == at && c.Span.End == at + verb.Length);
        Assert.Equal(certainty, cue.Value);
    }

    [Fact]
    public void According_to_a_source_is_reported()
    {
        var cues = Cues.Annotate("According to the district commissioner, five people died.");
        Assert.Contains(cues, c => c.Kind == "certainty" && c.Value == Certainty.Reported && c.Span.Start == 0);
        Assert.Contains(cues, c => c.Kind == "source" && c.Value.Contains("district commissioner", StringComparison.Ordinal));
    }

    [Fact]
    public void A_grievance_is_no_doubt_about_the_event()
    {
        // "accusing" outside a source's verb is a statement, not a claim on what happened.
        var cues = Cues.Annotate("Traders blocked the road, accusing the county of neglect.");
        Assert.DoesNotContain(cues, c => c.Kind == "certainty" && c.Value == Certainty.Claimed);
    }

    [Fact]
    public void Split_fatalities_read_the_number_word()
    {
        var cue = Assert.Single(Cues.Annotate("Fatalities were split between both events."), c => c.Kind == "split_fatalities");
        Assert.Equal("2", cue.Value);
        cue = Assert.Single(Cues.Annotate("The toll is divided among five villages."), c => c.Kind == "split_fatalities");
        Assert.Equal("5", cue.Value);
    }

    [Theory]
    [InlineData(new[] { Certainty.Reported, Certainty.Confirmed }, Certainty.Confirmed)]
    [InlineData(new[] { Certainty.Confirmed, Certainty.Claimed }, Certainty.Claimed)]
    [InlineData(new[] { Certainty.Claimed, Certainty.Likely }, Certainty.Likely)]
    [InlineData(new[] { Certainty.Likely, Certainty.Denied, Certainty.Reported }, Certainty.Denied)]
    [InlineData(new string[0], Certainty.Reported)]
    public void A_clause_takes_its_least_sure_word(string[] words, string expected) => Assert.Equal(expected, Certainty.Of(words));

    [Theory]
    [InlineData("The Liberation Army claimed responsibility for the bombing.")]
    [InlineData("The Liberation Army claimed the attack in a statement.")]
    [InlineData("The Liberation Army claimed Monday's ambush.")]
    public void A_group_that_claims_the_act_owns_it_and_is_no_mere_source(string text)
    {
        var cues = Cues.Annotate(text);
        Assert.Contains(cues, c => c.Kind == "responsibility");
        Assert.DoesNotContain(cues, c => c.Kind == "source");
    }

    [Fact]
    public void Claiming_what_the_attack_did_is_a_sources_claim()
    {
        var cues = Cues.Annotate("Local officials claimed the attack was carried out by unknown men.");
        Assert.DoesNotContain(cues, c => c.Kind == "responsibility");
        Assert.Contains(cues, c => c.Kind == "source" && c.Value == "Local officials");
    }
}

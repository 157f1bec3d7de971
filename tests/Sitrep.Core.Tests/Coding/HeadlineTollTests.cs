namespace Sitrep.Core.Tests.Coding;

/// <summary>Tolls told in a headline's short style: a bare singular victim after a present-tense verb or before a passive one.</summary>
public class HeadlineTollTests
{
    [Theory]
    [InlineData("Gunmen kill official in refugee camp in Dadaab on May 27.", 1)]
    [InlineData("Raiders kill herder while stealing cattle near Lodwar on May 27.", 1)]
    [InlineData("Police reservist shot dead by bandits near Baragoi on May 27.", 1)]
    [InlineData("Bodyguard shot and killed in Mombasa on May 27.", 1)]
    [InlineData("Student shot dead and three officers injured during clashes at a college in Nyeri on May 27.", 1)]
    [InlineData("Bandits kill Somali shop owner in Garissa on May 27.", 1)]
    [InlineData("Villagers lynch suspected goat thief near Kitui on May 27.", 1)]
    [InlineData("Militia shoots and kills village chief near Moyale on May 27.", 1)]
    public void AHeadlineVictimInTheSingularIsOneDeath(string text, int deaths) =>
        Assert.Equal(deaths, Assert.Single(TestPipeline.Run(text)).Fatalities);

    [Fact]
    public void AnAimToKillIsNoDeath() =>
        Assert.Equal(0, Assert.Single(TestPipeline.Run("Gunmen attacked a village near Mandera on May 27 in a plot to kill chief of the area; nobody was hurt.")).Fatalities);

    [Theory]
    [InlineData("Gunmen attacked a village near Mandera on May 27 and killed two herders.", 2)]
    [InlineData("Raiders kill three Turkana herders near Lodwar on May 27.", 3)]
    public void ACountOrNoOneIsNoSingleHeadlineDeath(string text, int deaths) =>
        Assert.Equal(deaths, Assert.Single(TestPipeline.Run(text)).Fatalities);

    [Theory]
    [InlineData("A watchman was clubbed to death by robbers in Kitale on May 27.", 1)]
    [InlineData("One man was speared to death in a clash between two clans near Garsen on May 27.", 1)]
    [InlineData("A trader was crushed to death when a mob pushed a lorry over him in Kisii on May 27.", 1)]
    [InlineData("Three herders were speared to death by raiders near Baragoi on May 27.", 3)]
    public void ClubbedSpearedOrCrushedToDeathIsADeath(string text, int deaths) =>
        Assert.Equal(deaths, Assert.Single(TestPipeline.Run(text)).Fatalities);

    [Theory]
    // A beating "to death" told before its victim kills one, whatever the article.
    [InlineData("Residents beat to death a suspected cattle thief in Kitale on May 27.", 1)]
    [InlineData("A mob stoned to death a suspected robber near Kisii on May 27.", 1)]
    public void BeatenToDeathBeforeTheVictimIsADeath(string text, int deaths) =>
        Assert.Equal(deaths, Assert.Single(TestPipeline.Run(text)).Fatalities);

    [Theory]
    // The toll of an incident told with the incident between "death toll" and its verb.
    [InlineData("Raiders attacked a village near Lodwar on May 27. The death toll from the raid on the village has risen to 14.", 14)]
    [InlineData("Raiders attacked a village near Lodwar on May 27. The death toll in Lodwar rose to 6.", 6)]
    public void ATollRisenAfterItsIncidentIsCounted(string text, int deaths) =>
        Assert.Equal(deaths, Assert.Single(TestPipeline.Run(text)).Fatalities);

    [Fact]
    public void SpearedWithoutDeathIsNoDeath() =>
        Assert.Equal(0, Assert.Single(TestPipeline.Run("Raiders speared a herder near Baragoi on May 27; he was treated in hospital.")).Fatalities);
}

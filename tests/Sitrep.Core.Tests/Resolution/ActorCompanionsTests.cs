using Sitrep.Core.Resolution;

namespace Sitrep.Core.Tests.Resolution;

/// <summary>ACLED's standing associates are added on the side of the actor they stand beside, once, from their first date.</summary>
public class ActorCompanionsTests
{
    private static readonly ActorCompanions Table = new([("Fulani Ethnic Militia", "Pastoralists ({country})", new DateOnly(2018, 1, 1))]);

    [Fact]
    public void TheCompanionJoinsTheSideOfItsActor()
    {
        var assoc = new List<string>();
        Table.Complete(["Fulani Ethnic Militia (Mali)"], assoc, ["Civilians (Mali)"], "Mali", new DateOnly(2020, 5, 1));
        Assert.Equal(["Pastoralists (Mali)"], assoc);
    }

    [Fact]
    public void NoCompanionBeforeItsDateOrForAnotherActorOrWhenAlreadyNamed()
    {
        var assoc = new List<string>();
        Table.Complete(["Fulani Ethnic Militia (Mali)"], assoc, [], "Mali", new DateOnly(2012, 5, 1));
        Table.Complete(["Fulani Ethnic Militia Splinter (Mali)", "Dozo Communal Militia (Mali)"], assoc, [], "Mali", new DateOnly(2020, 5, 1));
        Table.Complete(["Fulani Ethnic Militia (Mali)"], assoc, ["Pastoralists (Mali)"], "Mali", new DateOnly(2020, 5, 1));
        Assert.Empty(assoc);
    }
}

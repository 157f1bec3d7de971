using Sitrep.Core.Coding;
using Sitrep.Core.Output;
using Sitrep.Core.Resolution;

namespace Sitrep.Core.Tests.Coding;

/// <summary>The classifier's named rules: their order of precedence, and short reports written here that each rule decides.</summary>
public class ClassificationRuleTests
{
    private static readonly List<string> Names = ClassificationRules.Default.Select(r => r.Name).ToList();

    private static int At(string name)
    {
        var i = Names.IndexOf(name);
        Assert.True(i >= 0, $"no rule {name}");
        return i;
    }

    private static ResolvedEvent One(string text) => Assert.Single(TestPipeline.Run(text));

    /// <summary>The rule name at the head of an event's classification explanation ("ArmedClash: 'fought'").</summary>
    private static string RuleOf(ResolvedEvent e)
    {
        Assert.NotNull(e.Classification);
        return e.Classification.Split(':', ';')[0];
    }

    [Fact]
    public void RuleNamesAreUniqueAndTheCatchAllIsLast()
    {
        Assert.Equal(Names.Count, Names.Distinct().Count());
        Assert.Equal("OtherDevelopment", Names[^1]);
        Assert.All(Names, n => Assert.False(string.IsNullOrWhiteSpace(n)));
    }

    [Fact]
    public void CrowdRulesComeBeforeBattleRules()
    {
        string[] crowd = ["Brawl", "MobWithHarm", "CrowdPerpetrator", "CrowdClash", "CrowdReprisal", "ViolentCrowd", "CrowdDestruction", "ExcessiveForce", "ProtestWithIntervention", "PeacefulProtest"];
        foreach (var c in crowd)
        {
            Assert.True(At(c) < At("ArmedClash"), $"{c} after ArmedClash");
            Assert.True(At(c) < At("ViolenceOnArmed"), $"{c} after ViolenceOnArmed");
            Assert.True(At(c) < At("TerritoryChange"), $"{c} after TerritoryChange");
        }
        // A riot is decided before the protest it grew out of.
        Assert.True(At("ViolentCrowd") < At("ExcessiveForce"));
        // A mob's reprisal is told apart before the violent-crowd rule would take it for a demonstration.
        Assert.True(At("CrowdReprisal") < At("ViolentCrowd"));
        Assert.True(At("ExcessiveForce") < At("ProtestWithIntervention"));
        Assert.True(At("ProtestWithIntervention") < At("PeacefulProtest"));
    }

    [Fact]
    public void RemoteRulesComeBeforeBattlesAndViolenceAgainstCivilians()
    {
        string[] remote = ["SuicideBomb", "DisruptedWeapons", "ExplosiveAccident", "RemoteViolence"];
        foreach (var r in remote)
        {
            Assert.True(At("TerritoryChange") < At(r), $"{r} before TerritoryChange");
            foreach (var later in new[] { "ArmedClash", "SexualViolence", "Abduction", "ViolenceOnArmed", "AttackOnCivilians" })
                Assert.True(At(r) < At(later), $"{r} after {later}");
        }
        // The specific remote cases come before the trigger's own sub-event type.
        Assert.True(At("SuicideBomb") < At("RemoteViolence"));
        Assert.True(At("DisruptedWeapons") < At("RemoteViolence"));
    }

    [Fact]
    public void ViolenceRulesComeBeforeTheTriggerDevelopments()
    {
        Assert.True(At("NonViolentTransfer") < At("TerritoryChange"));
        Assert.True(At("ArmedClash") < At("ViolenceOnArmed"));
        Assert.True(At("Looting") < At("ViolenceOnArmed"));
        Assert.True(At("Looting") < At("AttackOnCivilians"));
        var firstTrigger = Names.FindIndex(n => n.EndsWith("Trigger", StringComparison.Ordinal));
        Assert.True(At("AttackOnCivilians") < firstTrigger);
        Assert.Equal(["ArrestTrigger", "AgreementTrigger", "DisruptedTrigger", "LootTrigger", "TransferTrigger", "HeadquartersTrigger", "ChangeTrigger"],
            Names.Where(n => n.EndsWith("Trigger", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("A mob lynched a man accused of stealing a goat in Kakamega on May 27.", "MobWithHarm", "Riots", "Mob violence")]
    [InlineData("Villagers beat a suspected cattle thief to death in Bungoma on May 27.", "CrowdPerpetrator", "Riots", "Mob violence")]
    [InlineData("Supporters of two rival candidates clashed in Kisii town on May 27, injuring several people.", "CrowdClash", "Riots", "Mob violence")]
    [InlineData("Traders protesting new market fees in Eldoret on May 27 burned tyres and looted shops.", "ViolentCrowd", "Riots", "Violent demonstration")]
    [InlineData("Students held a demonstration at their college in Bungoma on May 27 over exam dates. They broke windows in the library and burned the principal's car.",
        "ViolentCrowd", "Riots", "Violent demonstration")]
    [InlineData("Workers demonstrated outside a factory in Thika on May 27 over unpaid wages. Several machines were destroyed during the demonstration.",
        "ViolentCrowd", "Riots", "Violent demonstration")]
    [InlineData("Two groups of traders got into a brawl over stall space at a market in Kisumu on May 27; four people were injured.", "Brawl", "Riots", "Mob violence")]
    [InlineData("Villagers torched a lorry in Molo on May 27 after it knocked down a boy.", "CrowdDestruction", "Riots", "Mob violence")]
    [InlineData("A suspected thief was beaten up by locals at a bus terminal in Nakuru on May 27.", "CrowdPerpetrator", "Riots", "Mob violence")]
    [InlineData("Two days of post-election violence swept the slums of Eldoret on May 27.", "ViolentCrowd", "Riots", "Violent demonstration")]
    [InlineData("Gunmen shot dead a trader in Eldoret on May 27 during the post-election violence.", "AttackOnCivilians", "Violence against civilians", "Attack")]
    [InlineData("Police fired live bullets and tear gas at demonstrators protesting a land grab in Nakuru on May 27, killing one protester.",
        "ExcessiveForce", "Protests", "Excessive force against protesters")]
    [InlineData("Police fired tear gas to disperse students protesting tuition fees in Kampala on May 27.", "ProtestWithIntervention", "Protests", "Protest with intervention")]
    [InlineData("Nurses held a protest in Mombasa on May 27 to demand better pay.", "PeacefulProtest", "Protests", "Peaceful protest")]
    [InlineData("Government forces took control of the town of Saraqib on May 27 without resistance after rebel fighters withdrew.",
        "NonViolentTransfer", "Strategic developments", "Non-violent transfer of territory")]
    [InlineData("The Syrian army seized control of the village of Kafr Zita from rebels on May 27.", "TerritoryChange", "Battles", "Government regains territory")]
    [InlineData("Soldiers regained the villages of Tumbi and Wala from the insurgents on May 27. No resistance from the insurgents was reported.",
        "NonViolentTransfer", "Strategic developments", "Non-violent transfer of territory")]
    [InlineData("Rebels took control of the town of Saraqib unopposed on May 27 after the soldiers left.",
        "NonViolentTransfer", "Strategic developments", "Non-violent transfer of territory")]
    [InlineData("Army troops retook control of Saraqib on May 27 with no engagement with the rebels, who had held the town since March.",
        "NonViolentTransfer", "Strategic developments", "Non-violent transfer of territory")]
    [InlineData("A suicide bomber detonated an explosive vest at a market in Maiduguri on May 27, killing six people.", "SuicideBomb", "Explosions/Remote violence", "Suicide bomb")]
    [InlineData("Police bomb experts defused an improvised explosive device found outside a church in Garissa on May 27.",
        "DisruptedWeapons", "Strategic developments", "Disrupted weapons use")]
    [InlineData("Artillery shells fired by government forces struck the town of Ariha in Idlib on May 27, killing a woman.",
        "RemoteViolence", "Explosions/Remote violence", "Shelling/artillery/missile attack")]
    [InlineData("Rebel fighters shelled army positions near Ariha in Idlib on May 27, and as a response the army shelled rebel positions.",
        "RemoteReturned", "Battles", "Armed clash")]
    [InlineData("Al-Shabaab militants and Somali troops fought for hours near Afgooye on May 27.", "ArmedClash", "Battles", "Armed clash")]
    [InlineData("Militiamen raped two girls fetching water near Bunia on May 27.", "SexualViolence", "Violence against civilians", "Sexual violence")]
    [InlineData("Bandits kidnapped twelve passengers from a bus on the Kaduna-Abuja highway on May 27.",
        "Abduction", "Violence against civilians", "Abduction/forced disappearance")]
    [InlineData("Gunmen killed two police officers at a roadblock in Mandera on May 27.", "ViolenceOnArmed", "Battles", "Armed clash")]
    // The subject of a clause of time whose act is told as a noun ("laid an ambush") did it: the farmer is its victim.
    [InlineData("A farmer was shot dead when gunmen laid an ambush near Gusau on May 27.", "AttackOnCivilians", "Violence against civilians", "Attack")]
    [InlineData("Unknown gunmen assassinated a leader of a rebel faction in Kidal on May 27.", "ViolenceOnArmed", "Battles", "Armed clash")]
    [InlineData("Gunmen shot and killed two members of an armed opposition group near Gao on May 27.", "ViolenceOnArmed", "Battles", "Armed clash")]
    [InlineData("Assailants killed a lieutenant at his post near Mopti on May 27.", "ViolenceOnArmed", "Battles", "Armed clash")]
    [InlineData("Gunmen killed two members of the farming community near Mopti on May 27.", "AttackOnCivilians", "Violence against civilians", "Attack")]
    [InlineData("Police shot dead two militants suspected of planting an IED near Garissa on May 27.", "ViolenceOnArmed", "Battles", "Armed clash")]
    [InlineData("Rebels shot dead a soldier responsible for a bombing in Gao on May 27.", "ViolenceOnArmed", "Battles", "Armed clash")]
    [InlineData("Militants planted an IED that killed two soldiers near Garissa on May 27.", "RemoteViolence", "Explosions/Remote violence", "Remote explosive/landmine/IED")]
    [InlineData("Gunmen shot dead a shopkeeper in Garissa on May 27.", "AttackOnCivilians", "Violence against civilians", "Attack")]
    [InlineData("Army troops regained areas after heavy clashes with the rebels on May 27.", "TerritoryChange", "Battles", "Government regains territory")]
    [InlineData("Police shot dead a suicide bomber at a checkpoint in Maiduguri on May 27 before he could detonate his vest.", "SuicideStopped", "Battles", "Armed clash")]
    [InlineData("Militants raided one of the army's positions near Gao on May 27.", "ArmedClash", "Battles", "Armed clash")]
    [InlineData("Gunmen opened heavy fire on the gendarmerie headquarters in Kaya on May 27.", "ArmedClash", "Battles", "Armed clash")]
    [InlineData("Two army soldiers were captured during clashes with rebels near Kidal on May 27.", "ArmedClash", "Battles", "Armed clash")]
    [InlineData("Rebels captured a group of army soldiers near Kidal on May 27.", "TerritoryAttempt", "Battles", "Armed clash")]
    [InlineData("Rebels captured a senior militant figure near Tessalit on May 27.", "TerritoryAttempt", "Battles", "Armed clash")]
    [InlineData("Rebels nearly captured the town of Tessalit from the army on May 27.", "TerritoryAttempt", "Battles", "Armed clash")]
    [InlineData("Two soldiers were killed in the battles of controlling the town of Menaka on May 27.", "TerritoryAttempt", "Battles", "Armed clash")]
    [InlineData("A brigade commander was assassinated by unknown gunmen in Kidal on May 27.", "ViolenceOnArmed", "Battles", "Armed clash")]
    [InlineData("A fighter from the rebel factions was shot by a sniper near Gao on May 27.", "ViolenceOnArmed", "Battles", "Armed clash")]
    [InlineData("A retired police officer was shot dead by gunmen in Garissa on May 27.", "AttackOnCivilians", "Violence against civilians", "Attack")]
    [InlineData("A polling officer was shot by gunmen in Mandera on May 27.", "AttackOnCivilians", "Violence against civilians", "Attack")]
    [InlineData("Gunmen opened fire on the car of an army colonel near Mopti on May 27.", "ViolenceOnArmed", "Battles", "Armed clash")]
    [InlineData("Gunmen opened fire on the car of a shopkeeper near Mopti on May 27.", "AttackOnCivilians", "Violence against civilians", "Attack")]
    [InlineData("Police arrested an opposition politician in Kampala on May 27.", "ArrestTrigger", "Strategic developments", "Arrests")]
    [InlineData("A gunbattle broke out between police and bandits near Isiolo on May 27.", "ArmedClash", "Battles", "Armed clash")]
    [InlineData("Soldiers raided an al-Shabaab hideout near Lamu on May 27 and killed two suspects.", "ArmedClash", "Battles", "Armed clash")]
    [InlineData("Police raided a bandit hideout near Isiolo on May 27 and arrested three suspects.", "ArrestRaid", "Strategic developments", "Arrests")]
    [InlineData("Police raided a drug den in Kisumu on May 27 and arrested four suspects.", "ArrestRaid", "Strategic developments", "Arrests")]
    [InlineData("A militant detonates an explosive outside a bar in Garissa on May 27, injuring five people.", "RemoteViolence", "Explosions/Remote violence", "Remote explosive/landmine/IED")]
    [InlineData("Two soldiers were hurt when their truck drove over a buried explosive near Mandera on May 27.", "RemoteViolence", "Explosions/Remote violence", "Remote explosive/landmine/IED")]
    [InlineData("Militants detonated a grenade inside a bus in Garissa on May 27, injuring five passengers.", "RemoteViolence", "Explosions/Remote violence", "Grenade")]
    [InlineData("Gunmen ambushed a bus near Garissa on May 27 and shot two passengers.", "AttackOnCivilians", "Violence against civilians", "Attack")]
    [InlineData("Bandits ambushed three farmers near Gusau on May 27, injuring one.", "AttackOnCivilians", "Violence against civilians", "Attack")]
    [InlineData("Gunmen stormed the home of a village chief in Wase on May 27 and abducted his wife.", "Abduction", "Violence against civilians", "Abduction/forced disappearance")]
    [InlineData("Militants ambushed an army vehicle near Mandera on May 27, killing two soldiers.", "ArmedClash", "Battles", "Armed clash")]
    [InlineData("Militiamen stormed a house in Daraa on May 27; its armed owner fired at the militiamen, killing one.", "ArmedClash", "Battles", "Armed clash")]
    [InlineData("Gunmen stormed a hotel in Mogadishu on May 27 and fought security forces for hours.", "ArmedClash", "Battles", "Armed clash")]
    [InlineData("Bandits targeted police and civilians near Baringo on May 27.", "ViolenceOnArmed", "Battles", "Armed clash")]
    [InlineData("Police shot militiamen who had killed civilians near Mandera on May 27.", "ViolenceOnArmed", "Battles", "Armed clash")]
    [InlineData("Militants attacked civilians and police officers at a market in Lamu on May 27.", "AttackOnCivilians", "Violence against civilians", "Attack")]
    [InlineData("Elders of two clans signed a peace deal in Galkayo on May 27.", "AgreementTrigger", "Strategic developments", "Agreement")]
    // Two sides joined before the verb name the fight even with an adverb between ("once again clashed").
    [InlineData("The Ajuran and Degodia clans once again clashed at a water point near Wajir on May 27. Two civilians were killed in the violence.",
        "ArmedClash", "Battles", "Armed clash")]
    // One force named twice (its officers and the station they serve at) is no fight between armed sides; its own ranks as
    // victims ("his colleagues") are.
    [InlineData("Police officers attached to the Kilimani Police Station sprayed a car with bullets in Ruaka on May 27, killing a man.",
        "AttackOnCivilians", "Violence against civilians", "Attack")]
    [InlineData("A police officer shot dead two of his colleagues at the Kilimani police station on May 27.", "ViolenceOnArmed", "Battles", "Armed clash")]
    // Force whose object is told as protesting is force used on a gathering, not violence on a person before any protest.
    [InlineData("Soldiers shot and killed a man who protested with other traders against the closure of a market in Mandera on May 27.",
        "ExcessiveForce", "Protests", "Excessive force against protesters")]
    [InlineData("Police shot and injured two mourners who were protesting a killing in Kisii on May 27.",
        "ExcessiveForce", "Protests", "Excessive force against protesters")]
    [InlineData("Police fired at demonstrators who had gathered to march in Siaya on May 27.",
        "ProtestWithIntervention", "Protests", "Protest with intervention")]
    [InlineData("The government imposed a curfew on the town of Lodwar on May 27.", "ChangeTrigger", "Strategic developments", "Change to group/activity")]
    // Officers arrested after their force's act answer for it: they are no armed victims, so the torture stays an attack.
    [InlineData("Police arrested a young man for breaking the curfew in Kyato village, Uganda, on May 27. The police tortured the man in custody. Two officers have been arrested.",
        "AttackOnCivilians", "Violence against civilians", "Attack")]
    // Remote fire that drove fighters off is told by its weapon: nobody fought in person.
    [InlineData("On May 27, air strikes by the army were reported near Mueda. The bombing repelled the insurgents.",
        "RemoteViolence", "Explosions/Remote violence", "Air/drone strike")]
    [InlineData("On May 27, soldiers repelled the insurgents near Mueda.", "ArmedClash", "Battles", "Armed clash")]
    // "Allegedly" hedges one clause as "reportedly" does; nobody is named as saying it, so the sentence stays the report's own.
    [InlineData("People demonstrated against a developer in Kisumu on May 27. The demonstrators destroyed two machines, and allegedly assaulted a guard.",
        "ViolentCrowd", "Riots", "Violent demonstration")]
    public void ReportIsDecidedByRule(string text, string rule, string eventType, string subEventType)
    {
        var e = One(text);
        Assert.Equal(rule, RuleOf(e));
        Assert.Equal(eventType, e.EventType);
        Assert.Equal(subEventType, e.SubEventType);
    }

    [Theory]
    [InlineData("Turkish forces responded by shelling the base.", true)]
    [InlineData("The rebels responded by targeting army positions.", true)]
    [InlineData("The governor responded by calling for calm.", false)]
    public void ShellingAnsweredInKindIsReturnedFire(string text, bool returned) =>
        Assert.Equal(returned, ClassificationPatterns.RemoteReturned.IsMatch(text));

    [Theory]
    [InlineData("Police arrested three men in Kano on May 27 who were planning an attack on a police post.", "ArrestTrigger", "Arrests")]
    [InlineData("The two clans agreed to stop attacks on each other's villages at a meeting in Wajir on May 27.", "OtherDevelopment", "Other")]
    [InlineData("Soldiers set up two new bases near Wajir on May 27 to prevent clashes between the two clans.", "HeadquartersTrigger", "Headquarters or base established")]
    [InlineData("Suspected militants who perpetrated attacks in Garissa were sighted near the river Tana on May 27.", "ChangeTrigger", "Change to group/activity")]
    [InlineData("Gunmen shot dead two traders in a village near Kidal on May 27, in an area where fighting occurred in the 1990s.", "AttackOnCivilians", "Attack")]
    [InlineData("Gunmen attacked a police post near Kano on May 27, killing two officers.", "ArmedClash", "Armed clash")]
    public void ViolenceOnlyPlannedStoppedOrPastIsNoTrigger(string text, string rule, string subEventType)
    {
        var e = One(text);
        Assert.Equal(rule, RuleOf(e));
        Assert.Equal(subEventType, e.SubEventType);
    }

    [Fact]
    public void ASuicideBomberStoppedComesBeforeTheBomb() => Assert.True(At("SuicideStopped") < At("SuicideBomb"));

    [Fact]
    public void ExplanationQuotesTheTriggerWords()
    {
        var e = One("Al-Shabaab militants and Somali troops fought for hours near Afgooye on May 27.");
        Assert.Equal("ArmedClash: 'fought'", e.Classification);
    }

    [Fact]
    public void ClassificationIsWrittenOnlyWhenSetAndReadBack()
    {
        var e = One("Gunmen shot dead a shopkeeper in Garissa on May 27.");
        var json = EventJsonWriter.ToJson(e);
        Assert.Contains("\"classification\":", json);
        Assert.Equal(e.Classification, EventJsonReader.Parse(json).Classification);

        var bare = EventJsonWriter.ToJson(e with { Classification = null });
        Assert.DoesNotContain("\"classification\"", bare);
        Assert.Null(EventJsonReader.Parse(bare).Classification);
    }
}

using static Sitrep.Core.Acled.NameMatch;

namespace Sitrep.Core.Acled;

/// <summary>ACLED's three kinds of disorder, the first level of its taxonomy.</summary>
public sealed record DisorderType(string Name, string Definition)
{
    /// <summary>Organised armed violence: battles, remote violence and violence against civilians.</summary>
    public static readonly DisorderType PoliticalViolence = new("Political violence",
        "The use of force by a group with a political purpose or motivation: fighting between armed groups, remote violence, attacks on civilians and violent crowds.");

    /// <summary>Public gatherings: protests, and riots when the crowd is violent.</summary>
    public static readonly DisorderType Demonstrations = new("Demonstrations",
        "A public gathering of people in support of or against a cause; violent ones are riots, which ACLED also counts as political violence.");

    /// <summary>Contextually important non-violent events (agreements, arrests, territory changes without fighting).</summary>
    public static readonly DisorderType StrategicDevelopments = new("Strategic developments",
        "Events that are not violence or demonstrations but change the conflict's course: agreements, arrests, bases established, disrupted attacks, looting.");

    /// <summary>Mob violence and violent demonstrations sit in both kinds at once.</summary>
    public static readonly DisorderType PoliticalViolenceAndDemonstrations = new("Political violence; Demonstrations",
        "A riot: a demonstration or crowd that turns to violence counts both as a demonstration and as political violence.");

    /// <summary>Every disorder type.</summary>
    public static IReadOnlyList<DisorderType> All { get; } = [PoliticalViolence, Demonstrations, StrategicDevelopments, PoliticalViolenceAndDemonstrations];

    /// <inheritdoc />
    public override string ToString() => Name;
}

/// <summary>An ACLED event type: the second level, six in all.</summary>
public sealed record EventType(string Name, string Definition)
{
    /// <summary>Violent interaction between two organised armed groups at a particular time and place.</summary>
    public static readonly EventType Battles = new("Battles",
        "A violent clash between two organised armed groups, whoever fired first, including fighting in which territory changes hands.");

    /// <summary>One-sided violence by an armed group whose means strike from a distance (air, artillery, explosives).</summary>
    public static readonly EventType ExplosionsRemoteViolence = new("Explosions/Remote violence",
        "Violence in which the tool of violence works at a distance or without the perpetrator facing the target: air and drone strikes, shelling, missiles, IEDs, grenades, suicide bombs, chemical weapons.");

    /// <summary>Organised armed groups deliberately harming unarmed non-combatants.</summary>
    public static readonly EventType ViolenceAgainstCivilians = new("Violence against civilians",
        "An organised armed group deliberately inflicting violence on unarmed non-combatants: killings, abductions, sexual violence. Remote violence against civilians is coded as Explosions/Remote violence.");

    /// <summary>A public demonstration that does not itself use violence.</summary>
    public static readonly EventType Protests = new("Protests",
        "A public demonstration in which participants do not engage in violence, even when force is used against them.");

    /// <summary>Violent events in which demonstrators or mobs take part.</summary>
    public static readonly EventType Riots = new("Riots",
        "A violent event where demonstrators or a spontaneous, unorganised crowd engage in violence against people or property.");

    /// <summary>Non-violent, contextually important developments.</summary>
    public static readonly EventType StrategicDevelopments = new("Strategic developments",
        "Non-violent activity by conflict and other agents that is important to the conflict's course, recorded so that the record of the political environment is complete.");

    /// <summary>The six event types in ACLED's order.</summary>
    public static IReadOnlyList<EventType> All { get; } = [Battles, ExplosionsRemoteViolence, ViolenceAgainstCivilians, Protests, Riots, StrategicDevelopments];

    /// <summary>The disorder type an event of this type belongs to.</summary>
    public DisorderType Disorder => this == Riots ? DisorderType.PoliticalViolenceAndDemonstrations
        : this == Protests ? DisorderType.Demonstrations
        : this == StrategicDevelopments ? DisorderType.StrategicDevelopments
        : DisorderType.PoliticalViolence;

    /// <summary>The event type of that name (any case, spaces around it ignored), or null.</summary>
    public static EventType? Find(string? name) => All.FirstOrDefault(t => Named(t.Name, name));

    /// <inheritdoc />
    public override string ToString() => Name;
}

/// <summary>An ACLED sub-event type: the third level, each belonging to one event type.</summary>
public sealed record SubEventType(string Name, EventType EventType, string Definition)
{
    /// <summary>Battles: armed fighting with no change of who holds the ground.</summary>
    public static readonly SubEventType ArmedClash = new("Armed clash", EventType.Battles,
        "Armed, organised groups engage in a battle and no side takes territory. Also an armed group attacking soldiers, a patrol, a checkpoint or a position in person, even if only one side fired.");

    /// <summary>Battles: the government takes back territory from a non-state group.</summary>
    public static readonly SubEventType GovernmentRegainsTerritory = new("Government regains territory", EventType.Battles,
        "Government forces or their affiliates fighting for the state regain control of a location from a non-state actor.");

    /// <summary>Battles: a non-state group takes territory through fighting.</summary>
    public static readonly SubEventType NonStateActorOvertakesTerritory = new("Non-state actor overtakes territory", EventType.Battles,
        "A non-state actor (or a foreign state's forces) captures territory from the government or another non-state actor through fighting.");

    /// <summary>Remote violence: chemical weapons.</summary>
    public static readonly SubEventType ChemicalWeapon = new("Chemical weapon", EventType.ExplosionsRemoteViolence,
        "Use of chemical weapons in warfare, with no other weapon in the event.");

    /// <summary>Remote violence: attacks from the air.</summary>
    public static readonly SubEventType AirDroneStrike = new("Air/drone strike", EventType.ExplosionsRemoteViolence,
        "Air or drone strikes, including helicopter attacks and barrel bombs dropped from aircraft.");

    /// <summary>Remote violence: suicide attacks.</summary>
    public static readonly SubEventType SuicideBomb = new("Suicide bomb", EventType.ExplosionsRemoteViolence,
        "An attack in which the perpetrator detonates explosives on their person or vehicle and dies doing so.");

    /// <summary>Remote violence: artillery, mortars, rockets and missiles fired from the ground.</summary>
    public static readonly SubEventType ShellingArtilleryMissile = new("Shelling/artillery/missile attack", EventType.ExplosionsRemoteViolence,
        "Long-range artillery, mortars, rockets and missiles fired at a target.");

    /// <summary>Remote violence: explosives placed in advance.</summary>
    public static readonly SubEventType RemoteExplosive = new("Remote explosive/landmine/IED", EventType.ExplosionsRemoteViolence,
        "Remotely detonated or victim-activated explosives: IEDs, landmines, car bombs not driven by a suicide attacker.");

    /// <summary>Remote violence: grenades.</summary>
    public static readonly SubEventType Grenade = new("Grenade", EventType.ExplosionsRemoteViolence,
        "A grenade or similar hand-thrown explosive.");

    /// <summary>Violence against civilians: sexual violence.</summary>
    public static readonly SubEventType SexualViolence = new("Sexual violence", EventType.ViolenceAgainstCivilians,
        "Sexual violence by an armed group against civilians.");

    /// <summary>Violence against civilians: killing, wounding or otherwise attacking unarmed people.</summary>
    public static readonly SubEventType Attack = new("Attack", EventType.ViolenceAgainstCivilians,
        "An armed group attacks unarmed civilians in person: killings, beatings, shootings, burnings of their homes with people inside.");

    /// <summary>Violence against civilians: abductions and disappearances.</summary>
    public static readonly SubEventType AbductionForcedDisappearance = new("Abduction/forced disappearance", EventType.ViolenceAgainstCivilians,
        "An armed group abducts or detains civilians outside any legal process, or they disappear at its hands.");

    /// <summary>Protests: a demonstration without violence and without interference.</summary>
    public static readonly SubEventType PeacefulProtest = new("Peaceful protest", EventType.Protests,
        "Demonstrators gather without violence and are not met with force.");

    /// <summary>Protests: force used to stop or disperse a peaceful demonstration, short of serious harm.</summary>
    public static readonly SubEventType ProtestWithIntervention = new("Protest with intervention", EventType.Protests,
        "A peaceful protest that authorities or others try to disperse or suppress (arrests, tear gas, rubber bullets) without killing or seriously injuring protesters.");

    /// <summary>Protests: lethal or serious force against peaceful demonstrators.</summary>
    public static readonly SubEventType ExcessiveForceAgainstProtesters = new("Excessive force against protesters", EventType.Protests,
        "Force that kills or seriously injures peaceful protesters (live fire, beatings).");

    /// <summary>Riots: a demonstration turning violent.</summary>
    public static readonly SubEventType ViolentDemonstration = new("Violent demonstration", EventType.Riots,
        "Demonstrators engage in violence or destruction (stone-throwing, burning, clashing with police); road blocks alone are not violence.");

    /// <summary>Riots: a crowd attacking people or property without a demonstration.</summary>
    public static readonly SubEventType MobViolence = new("Mob violence", EventType.Riots,
        "An unorganised crowd attacks people or property without a demonstration: lynchings, communal crowds fighting.");

    /// <summary>Strategic developments: agreements.</summary>
    public static readonly SubEventType Agreement = new("Agreement", EventType.StrategicDevelopments,
        "Ceasefires, peace agreements, prisoner exchanges and other accords between conflict actors.");

    /// <summary>Strategic developments: arrests with political significance.</summary>
    public static readonly SubEventType Arrests = new("Arrests", EventType.StrategicDevelopments,
        "State forces or others detain people in a politically significant way, not during fighting.");

    /// <summary>Strategic developments: a group changes its name, leadership, alliance or activity.</summary>
    public static readonly SubEventType ChangeToGroupActivity = new("Change to group/activity", EventType.StrategicDevelopments,
        "A group changes its structure or behaviour: mergers, new leaders, troop movements, curfews, weapons seizures.");

    /// <summary>Strategic developments: an attack prevented or a weapon intercepted.</summary>
    public static readonly SubEventType DisruptedWeaponsUse = new("Disrupted weapons use", EventType.StrategicDevelopments,
        "An attack that was prevented: explosives defused or detonated safely, missiles or drones intercepted or shot down.");

    /// <summary>Strategic developments: a base or headquarters set up.</summary>
    public static readonly SubEventType HeadquartersEstablished = new("Headquarters or base established", EventType.StrategicDevelopments,
        "An armed group establishes a permanent or semi-permanent base or headquarters.");

    /// <summary>Strategic developments: looting and destruction of property without violence against people.</summary>
    public static readonly SubEventType LootingPropertyDestruction = new("Looting/property destruction", EventType.StrategicDevelopments,
        "Property is looted or destroyed by a group without violence against people or a demonstration.");

    /// <summary>Strategic developments: territory changing hands without fighting.</summary>
    public static readonly SubEventType NonViolentTransfer = new("Non-violent transfer of territory", EventType.StrategicDevelopments,
        "Territory changes hands without fighting: a withdrawal, a handover.");

    /// <summary>Strategic developments: important events no other definition fits.</summary>
    public static readonly SubEventType Other = new("Other", EventType.StrategicDevelopments,
        "An important event that fits no other definition; never the answer for a report nothing in which was recognised.");

    /// <summary>Every sub-event type, grouped by event type in ACLED's order.</summary>
    public static IReadOnlyList<SubEventType> All { get; } =
    [
        ArmedClash, GovernmentRegainsTerritory, NonStateActorOvertakesTerritory,
        ChemicalWeapon, AirDroneStrike, SuicideBomb, ShellingArtilleryMissile, RemoteExplosive, Grenade,
        SexualViolence, Attack, AbductionForcedDisappearance,
        PeacefulProtest, ProtestWithIntervention, ExcessiveForceAgainstProtesters,
        ViolentDemonstration, MobViolence,
        Agreement, Arrests, ChangeToGroupActivity, DisruptedWeaponsUse, HeadquartersEstablished, LootingPropertyDestruction, NonViolentTransfer, Other,
    ];

    /// <summary>The sub-event type of that name (any case, spaces around it ignored), or null.</summary>
    public static SubEventType? Find(string? name) => All.FirstOrDefault(t => Named(t.Name, name));

    /// <inheritdoc />
    public override string ToString() => Name;
}

/// <summary>ACLED's actor categories ("inter" codes 1–8).</summary>
public sealed record InterCode(int Code, string Name, string Definition)
{
    /// <summary>1: a state's military and police forces.</summary>
    public static readonly InterCode StateForces = new(1, "State forces", "Military and police forces of a recognised state acting for its government.");

    /// <summary>2: organised groups fighting to change or overthrow a government.</summary>
    public static readonly InterCode RebelGroup = new(2, "Rebel group", "Organised armed groups whose aim is to take or counter national power.");

    /// <summary>3: armed groups serving a political elite's interests without aiming to take the state.</summary>
    public static readonly InterCode PoliticalMilitia = new(3, "Political militia", "Armed groups acting for political elites or parties, without the aim of overthrowing the government.");

    /// <summary>4: armed groups organised around an ethnic, religious, clan or community identity.</summary>
    public static readonly InterCode IdentityMilitia = new(4, "Identity militia", "Armed groups organised around a shared identity: ethnic, clan, religious, communal, livelihood.");

    /// <summary>5: violent crowds.</summary>
    public static readonly InterCode Rioters = new(5, "Rioters", "Individuals taking part in a violent demonstration or mob.");

    /// <summary>6: non-violent demonstrators.</summary>
    public static readonly InterCode Protesters = new(6, "Protesters", "Individuals taking part in a non-violent demonstration.");

    /// <summary>7: unarmed non-combatants.</summary>
    public static readonly InterCode Civilians = new(7, "Civilians", "Unarmed people who are not engaged in political violence: the victims of violence.");

    /// <summary>8: international bodies, foreign actors not otherwise coded, private security.</summary>
    public static readonly InterCode ExternalOtherForces = new(8, "External/Other forces", "International organisations, peacekeepers, private security firms and other external actors.");

    /// <summary>The eight categories in code order.</summary>
    public static IReadOnlyList<InterCode> All { get; } = [StateForces, RebelGroup, PoliticalMilitia, IdentityMilitia, Rioters, Protesters, Civilians, ExternalOtherForces];

    /// <summary>The category of that name (any case, spaces around it ignored), or null.</summary>
    public static InterCode? Find(string? name) => All.FirstOrDefault(t => Named(t.Name, name));

    /// <summary>True for the categories that carry weapons as organised forces (state, rebel, militias, external).</summary>
    public bool IsArmed => Code is 1 or 2 or 3 or 4 or 8;

    private static readonly HashSet<string> ArmedNames = All.Where(c => c.IsArmed).Select(c => c.Name).ToHashSet(StringComparer.Ordinal);

    /// <summary>True when <paramref name="name"/> is exactly the name of an armed category (the actor tables' inter column).</summary>
    public static bool IsArmedName(string name) => ArmedNames.Contains(name);

    /// <summary>True when <paramref name="name"/> names an armed category other than state forces (rebels, militias).</summary>
    public static bool IsNonStateArmedName(string name) => IsArmedName(name) && name != StateForces.Name;

    /// <summary>ACLED's interaction label for two actors ("State forces-Rebel group"), the lower code first; one actor alone is "X only".</summary>
    public static string Interaction(InterCode? a, InterCode? b)
    {
        if (a is null && b is null) return "";
        if (a is null || b is null) return $"{(a ?? b)!.Name} only";
        var (first, second) = a.Code <= b.Code ? (a, b) : (b, a);
        return $"{first.Name}-{second.Name}";
    }

    /// <inheritdoc />
    public override string ToString() => Name;
}

/// <summary>How the taxonomy's lookups compare names: any case, spaces around the value ignored.</summary>
internal static class NameMatch
{
    /// <summary>True when <paramref name="value"/> spells <paramref name="name"/>.</summary>
    public static bool Named(string name, string? value) => value is not null && string.Equals(name, value.Trim(), StringComparison.OrdinalIgnoreCase);
}

/// <summary>ACLED's precision codes for dates and places (1 = exact … 3 = approximate).</summary>
public static class Precision
{
    /// <summary>Time precision: 1 the day is known, 2 the week (or a few days), 3 only the month.</summary>
    public static IReadOnlyDictionary<int, string> Time { get; } = new Dictionary<int, string>
    {
        [1] = "the day is known",
        [2] = "known to within a week or a few days",
        [3] = "known only to the month",
    };

    /// <summary>Geo precision: 1 the town or village itself, 2 near it or a small part of a region, 3 only a larger region.</summary>
    public static IReadOnlyDictionary<int, string> Geo { get; } = new Dictionary<int, string>
    {
        [1] = "the town, village or quarter itself",
        [2] = "near a named place, or a small area around it",
        [3] = "only a larger area (district, province) or the nearest known place",
    };
}

/// <summary>How sure a claim's source is, as the words of the report put it.</summary>
public static class Certainty
{
    /// <summary>The source asserts it as fact ("said", "reported").</summary>
    public const string Reported = "reported";

    /// <summary>The source claims it, often as a party ("claimed", "alleged").</summary>
    public const string Claimed = "claimed";

    /// <summary>The source hedges ("likely", "believed", "suspected").</summary>
    public const string Likely = "likely";

    /// <summary>The source confirms it ("confirmed", "acknowledged").</summary>
    public const string Confirmed = "confirmed";

    /// <summary>The source denies it.</summary>
    public const string Denied = "denied";

    /// <summary>Every certainty value, from the most to the least sure.</summary>
    public static IReadOnlyList<string> All { get; } = [Confirmed, Reported, Claimed, Likely, Denied];

    /// <summary>Whether a source that puts it so does not state the thing as fact: a party's claim, a hedge or a denial.</summary>
    public static bool IsHedged(string certainty) => certainty is Claimed or Likely or Denied;

    /// <summary>The certainty of a clause whose words say several: a denial, then a hedge, then a claim outweighs a
    /// confirmation, and plain reporting is what is left.</summary>
    public static string Of(IReadOnlyCollection<string> words) =>
        words.Contains(Denied) ? Denied
        : words.Contains(Likely) ? Likely
        : words.Contains(Claimed) ? Claimed
        : words.Contains(Confirmed) ? Confirmed
        : Reported;
}

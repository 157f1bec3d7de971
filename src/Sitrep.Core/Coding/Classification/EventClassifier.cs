using Sitrep.Core.Acled;
using Sitrep.Core.Annotation;

namespace Sitrep.Core.Coding;

/// <summary>The ACLED event type and sub-event type for an incident, and the trigger that decided it.</summary>
public sealed record Classification(string EventType, string SubEventType, TriggerMention? Trigger, ClassFamily Family)
{
    /// <summary>The name of the rule that decided (see <see cref="ClassificationRules.Default"/>); empty until the classifier sets it.</summary>
    public string Rule { get; init; } = "";

    /// <summary>A classification as <paramref name="sub"/> and its event type.</summary>
    internal static Classification Of(SubEventType sub, TriggerMention? trigger, ClassFamily family) => new(sub.EventType.Name, sub.Name, trigger, family);
}

/// <summary>Chooses event_type and sub_event_type from trigger classes, victims and actors, following ACLED's definitions.</summary>
/// <remarks>
/// ACLED separates events by who acts on whom: armed groups fighting each other are Battles, armed groups against
/// unarmed people are Violence against civilians, remote weapons are Explosions, crowds are Protests or Riots.
/// Trigger words say what happened; the actors and the victims decide which of these it is. Each decision is a named
/// rule; the first of <see cref="ClassificationRules.Default"/> that applies wins.
/// </remarks>
public static class EventClassifier
{
    /// <summary>Classifies an incident from its main sentences (the first one leads).</summary>
    public static Classification Classify(IReadOnlyList<SentenceView> sentences, ActorSides sides)
    {
        var ctx = new ClassificationContext(sentences, sides);
        foreach (var rule in ClassificationRules.Default)
        {
            if (rule.Apply(ctx) is { } decided) return decided with { Rule = rule.Name };
        }
        // The last rule always applies; this is never reached.
        throw new InvalidOperationException("no classification rule applied");
    }
}
